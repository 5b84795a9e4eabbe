"""When in a runner's day or race a food was eaten, said around it and rewritten away.

"2 cups of coke at aid stations", "3 cups white rice (carb loading)", "carb load - 150g dry
pasta", "a navel orange, mid-afternoon": the when and why, never another food. Each is a
(pattern, replacement) pair that :data:`journal.foods.servedwords.SERVED_WORDS` carries into
the shop-word list run over the whole meal text (the longer context words, "after the race",
"at the aid station", are cut by :data:`journal.foods.said.CONTEXT` from an item's end).
"""

from __future__ import annotations

import re

# the phases of training and racing a runner tags a meal with
_PHASE = (
    r"carb[- ]?load(?:ing)?|carbo[- ]?load(?:ing)?|pre[- ]?(?:race|run|long\s+run|workout)"
    r"|post[- ]?(?:race|run|long\s+run|workout|intervals|session)|race[- ](?:eve|week|prep|day)"
    r"|recovery|refuel(?:ling)?|taper(?:ing)?|fuell?ing"
)

RUN_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "3 cups white rice (carb loading)", "pasta (pre-race)": the why, in brackets
    # "(carb load day 2)": which day of the phase too
    (
        re.compile(
            rf"\s*\(\s*(?:{_PHASE})(?:\s+(?:meal|dinner|lunch|day|snack))?(?:\s+(?:day\s+)?\d)?\s*\)",
            re.I,
        ),
        "",
    ),
    # "200g dry pasta, plain, carb loading", "bagels - race week": the phase said last
    (re.compile(rf"\s*[,\-–]\s*(?:{_PHASE})(?:\s+(?:day|meal)(?:\s+\d)?)?\s*$", re.I), ""),
    # "carb load - 150g dry pasta", "carb loading: 3 bagels": the phase as the meal's label
    (
        re.compile(
            r"(?:^|(?<=[,;\n]))\s*(?:carb|carbo)[- ]?load(?:ing)?(?:\s+day)?"
            r"\s*(?:[:\-–,]|\s(?=\d))\s*",
            re.I,
        ),
        "",
    ),
    # "half a pb and jelly sandwich at aid 3", "coke at aid station 5": a numbered aid station
    (
        re.compile(r"\s+at\s+(?:the\s+)?aid(?:\s+(?:station|stn|stop))?\s*#?\d+\b", re.I),
        " at the aid station",
    ),
    # "2 small cups of coke at aid stations", "at the water stops": said one way, so the item
    # ends at it and the race's paper cups are known (journal.foods.venues)
    (
        re.compile(
            r"\s+at\s+(?:the\s+|each\s+|every\s+)?(?:aid|feed|water|drinks?|refreshment)\s+"
            r"(?:stations?|stns?|stops?|points?|tables?)\b(\s*\([^()]{1,30}\))?",
            re.I,
        ),
        r"\1 at the aid station",  # "(~200ml)" said after it stays with the drink
    ),
    # "a navel orange, mid-afternoon", "mid morning banana": when in the day
    (
        re.compile(
            r"(?:\s*,\s*|\s+|^\s*)mid[- ]?(?:morning|afternoon|day|evening)\b(?:\s+snack\b)?", re.I
        ),
        "",
    ),
    # "a banana on the start line", "flat coke on the ultra", "a bottle of water through the day",
    # "apricots off the tree", "… lol": where, when or how it felt, said after the food
    (
        re.compile(
            r"\s+(?:(?:on|at)\s+the\s+(?:start(?:ing)?\s+line|start|finish(?:\s+line)?|ultra|marathon)"
            r"|through(?:out)?\s+the\s+(?:day|morning|afternoon|evening|race|run)"
            r"|(?:fresh\s+)?off\s+the\s+(?:tree|bush|vine|grill|bbq|barbie)"
            r"|(?:cooked\s+|done\s+)?on\s+the\s+(?:barbie|bbq|barbecue|grill|griddle|braai)"
            r"|from\s+the\s+(?:supermarket|petrol\s+station|gas\s+station|vending\s+machine)"
            r"|(?:lol|haha|lmao|oops)+)(?=\s*(?:$|[,;.!\n+]|(?:and|&|with|w/?)\s))",
            re.I,
        ),
        "",
    ),
    # Where and when said plainly after a food: "a snickers in the car", "a cornetto on the
    # beach", "brownies from the bake sale", "a banana b4 work", "coffee, drive thru" (a "sex on
    # the beach" is a cocktail)
    (
        re.compile(
            r"(?<!\bsex)(?<!\bsex\s)\s*(?:,\s*)?\b(?:(?:in|on|at)\s+(?:the|my)\s+(?:car|beach|plane|train|bus|desk|office"
            r"|park|pool|gym|airport|lake|river|couch|sofa|cinema|movies|stadium|track)"
            r"|from\s+(?:the|a)\s+(?:bake\s+sale|school\s+fete|fete|fair|farmers\s+market)"
            r"|b4\s+(?:work|school|bed|uni|training|the\s+\w+|my\s+\w+)"
            r"|(?:at\s+the\s+|from\s+the\s+|via\s+)?drive[- ]?(?:thru|through|in)"
            r"|@\s*(?:mile|km|k)\s*\d+(?:\.\d+)?)"
            r"(?=\s*(?:$|[,;.!\n+)]|(?:and|&|with|w/?)\s))",
            re.I,
        ),
        "",
    ),
    # "egg muffins from meal prep", "meal prep box #3: …": batch-cooked, not another food
    (
        re.compile(
            r"\s+from\s+(?:my\s+|the\s+|sunday'?s?\s+)?meal[- ]?prep\b"
            r"|(?:^|(?<=[;\n]))\s*meal[- ]?prep(?:\s+(?:box|bowl|container|lunch|tub))?"
            r"(?:\s*#?\d+)?\s*[:\-–]\s*|\bmeal[- ]?prep(?:ped)?\s+(?=[a-z])",
            re.I,
        ),
        "",
    ),
    # "3 gels (every 40 min)", "a gel (@ 10k)", "coke (at halfway)": when in the run, in brackets
    (re.compile(r"\s*\(\s*(?:every|@|at)\s+[^()]{1,25}\)", re.I), ""),
    # "4 maurten gels, marathon", "2 bananas - half marathon": the race said last
    (
        re.compile(
            r"\s*[,\-–]\s*(?:(?:half\s+)?marathon|ultra|race|long\s+run|parkrun|\d+\s*(?:k|km|miler))"
            r"\s*$",
            re.I,
        ),
        "",
    ),
)

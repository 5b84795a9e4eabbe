"""How a drink was poured: "2 shots of bourbon", "rum n coke, single", "3 pints of lager, 4%".

"bourbon" alone is a UK biscuit in aliases.txt (a bourbon cream), so "2 shots of bourbon" was
two biscuits; poured (a shot, nip, dram or glass of it, with a mixer, neat or on the rocks)
it is the whiskey. A "single" or "double" said after a mixed drink is its measure, as when it
is said before ("a single g&t": a 25 ml pour). A beer's strength said after it is not a food, and
"1 percent" is a milk's 1%. Each is a (pattern, replacement) pair that
:data:`journal.foods.servedwords.SERVED_WORDS` carries into the shop-word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_POURS = r"shots?|nips?|drams?|fingers?|doubles?|singles?|glass(?:es)?|tots?|measures?"
_SPIRITS = r"rum|vodka|gin|whiske?y|bourbon|scotch|tequila|brandy|cognac|g&t|gin\s+and\s+tonic"
_MIXERS = r"coke|cola|ginger(?:\s+ale)?|soda|water|ice|lemonade|dry|diet\s+coke|coke\s+zero"

POUR_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "2 shots of bourbon", "a dram of bourbon" (25 ml of it by then): poured, the whiskey
    (
        re.compile(
            rf"\b((?:{_POURS}|\d+\s*ml)\s+of\s+)bourbon\b(?!\s+(?:biscuits?|creams?|whiske?y))",
            re.I,
        ),
        r"\1bourbon whiskey",
    ),
    # "bourbon and coke", "bourbon n dry", "bourbon neat", "bourbon on the rocks": a drink
    (
        re.compile(
            rf"\bbourbon\b(?!\s+(?:biscuits?|creams?|whiske?y))"
            rf"(?=\s+(?:(?:and|n|&|with|w/?)\s+(?:{_MIXERS})\b|neat\b|on\s+the\s+rocks\b))",
            re.I,
        ),
        "bourbon whiskey",
    ),
    # "3 pints of lager, 4%", "a can of cider (5.5% abv)": a drink's strength, not a food
    (
        re.compile(
            r"\b((?:lagers?|beers?|ales?|ipas?|ciders?|stouts?|pilsners?|pils|bitter|pints?)\b"
            r"[^,;\n+%]*?)\s*[,(]?\s*\d{1,2}(?:\.\d)?\s*%\s*(?:abv)?\s*\)?(?=\s*(?:$|[,;\n+]))",
            re.I,
        ),
        r"\1",
    ),
    # "200ml 1 percent", "2 percent milk": a milk's fat, written out
    (re.compile(r"\b([1-3](?:\.5)?)\s*percent\b", re.I), r"\1%"),
    # "2 glasses of red (5oz pours)": the size of each pour
    (re.compile(r"(\d+(?:\.\d+)?\s*(?:oz|ml|cl))\s+pours?\b", re.I), r"\1 each"),
    # "rum n coke, single", "vodka soda - double": the measure said after the drink
    (
        re.compile(
            rf"(?:^|(?<=[;\n+]))(\s*)(?=[^,;\n+]*\b(?:{_SPIRITS})\b)([^,;\n+]+?)\s*[,\-–]\s*(single|double)(?:\s+(?:shot|nip|measure))?"
            r"(?=\s*(?:$|[;\n+]))",
            re.I,
        ),
        lambda m: f"{m[1]}{'25 ml' if m[3].lower() == 'single' else 'a double'} {m[2]}",
    ),
)

"""Where a food was eaten, said with "on the", "in my", "by the": never a food.

"cherries in a bowl on the porch", "a banana on the bench", "toast in the garden": the place
is an everyday word for a place (:mod:`journal.foods.plainwords`' places and the furniture
a runner eats at), said after a food with a place word and "the", "my", "our". Read as
context it ends the item, so its words are neither left unread nor mended into a food
("porch" into perch). A vessel said just before it ("in a bowl on the porch") goes with it.
"a" is left out ("on a bed of rice", "in a flat white": a food's own words), and so is
"beach" ("sex on the beach", the cocktail).
"""

from __future__ import annotations

_PLACES = (
    "porch|garden|yard|backyard|kitchen|bedroom|bathroom|office|hall|hallway|stairs|landing|"
    "balcony|patio|deck|terrace|roof|doorstep|driveway|garage|shed|car|bus|train|tram|plane|"
    "ferry|boat|couch|sofa|bench|desk|floor|lawn|grass|park|street|pavement|sidewalk|"
    "porch|lounge|sunroom|conservatory|veranda|verandah|steps|tent|van|sun|shade|rain"
)
_VESSEL = r"(?:(?:in|on|from|out\s+of)\s+(?:a|the|my)\s+(?:bowl|plate|mug|cup|dish|tub)\s+)?"
# the alternative said.CONTEXT adds: a vessel, then "on/in/by ... the/my place"; the place
# word may come alone, as "the porch" after the item was cut at "on" ("eggs on toast")
PLACE_SAID = (
    _VESSEL + r"(?:(?:on|in|by|under|near|beside|outside|inside|round|around|out\s+on)\s+)?"
    r"(?:the|my|our|his|her|their)\s+(?:(?:back|front|little|old|sunny|shady)\s+)?"
    rf"(?:{_PLACES})\b"
    # "crisps from the meal deal", "a coke as part of a tesco meal deal": where it came from;
    # the meal deal's foods are the ones named
    r"|(?:from|in|with|out\s+of|as\s+part\s+of)\s+(?:the|my|a|an|today'?s)\s+"
    r"(?:[a-z&']+\s+){0,2}meal\s+deal\b"
    # "eggs, desk snack", "a snack": when it was eaten, said as an item of its own ("a
    # cadbury snack" is a biscuit; "fruit snacks" a sweet)
    r"|(?<=^\s)(?:(?:a|an|my|the)\s+)?(?:(?:desk|office|work|afternoon|morning|evening|late|night"
    r"|midnight|quick|little|small)\s+)?snack(?=\s*$)"
)

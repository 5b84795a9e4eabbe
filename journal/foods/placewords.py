"""Where a meal was eaten, said after it: never a food.

"pasta at a restaurant", "a curry at an indian restaurant", "burgers in a pub", "a pint in a
us bar": the place ends the item like "at the pub" or "at home" do (:data:`journal.foods.said.
CONTEXT` reads it as context), so its words are never left unread. The place still sizes the
food: :mod:`journal.foods.eatenout` reads the meal as typed.
"""

from __future__ import annotations

# "at a restaurant", "in an italian place", "at our local pub", "at this little thai joint"
PLACE_AFTER = (
    r"(?:at|in)\s+(?:a|an|our|my|this|that|some|one)\s+(?:[a-z]+\s+){0,2}"
    r"(?:restaurant|resto|place|pub|gastropub|bar|diner|cafe|café|bistro|brasserie|trattoria"
    r"|pizzeria|steakhouse|joint|canteen|cafeteria|takeaway|buffet|tavern|food\s+court"
    r"|hawker\s+cent(?:re|er)|dhaba|chippy|taqueria|noodle\s+shop|curry\s+house)"
)

_PLACE_JOIN = frozenset(("at", "from"))


def word_before_place(words: list[str]) -> str:
    """The food's last word when a place follows it: "pancakes at ihop" is "pancakes", so a
    plural said before a place keeps its count; else the last word ("" for none)."""
    for k in range(1, len(words)):
        if words[k].lower() in _PLACE_JOIN:
            return words[k - 1]
    return words[-1] if words else ""

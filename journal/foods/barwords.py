"""How a bar measures a spirit, rewritten before the meal is read.

"gin and tonic, double", "a double vodka and coke", "2 bourbon and cokes": each is a (pattern,
replacement) pair that :data:`journal.foods.shopwords.SHOP_WORDS` runs, in this order, over
the whole meal text. Kept apart so the shop-word list stays one module.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SPIRIT_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "gin and tonic, double": a double measure of the spirit
    (
        re.compile(
            r"\b(gin|vodka|rum|whisky|whiskey|bourbon|brandy|scotch|tequila)\b([^,;\n]*?)\s*,\s*"
            r"(?:a\s+|make\s+it\s+a\s+)?(double|triple)\b(?=\s*(?:$|[,;.\n]))",
            re.I,
        ),
        r"\3 \1\2",
    ),
    # "2 bourbon and cokes", "a double bourbon", "bourbon on the rocks": the whiskey, not the
    # biscuit
    (
        re.compile(
            r"\bbourbons?(?=\s+(?:and|&|n|with)\s+(?:diet\s+|zero\s+)?(?:cokes?|colas?|pepsi|lemonade"
            r"|soda|ginger|sprite|7\s?up|dry)\b|\s+(?:neat|on\s+the\s+rocks|over\s+ice)\b)",
            re.I,
        ),
        "bourbon whiskey",
    ),
    (
        re.compile(r"\b(double|single|shot\s+of|measure\s+of|glass\s+of)\s+bourbon\b", re.I),
        r"\1 bourbon whiskey",
    ),
    # "a double vodka and coke", "single g&t": a double is a 50 ml measure (UK Weights and
    # Measures Order: 25 ml single, 50 ml double), not two of the 35 ml single a bare spirit is
    (
        re.compile(
            r"\b(?:an?\s+)?(single|double|triple)\s+(?=(?:g&t|g\s+and\s+t|gin|vodka|rum|whisky|whiskey|bourbon\s+whiskey"
            r"|brandy|scotch|tequila|jameson|bacardi|smirnoff|gordons|jack\s+daniels)\b)",
            re.I,
        ),
        lambda m: {"single": "25 ml ", "double": "50 ml "}.get(m[1].lower(), "75 ml "),
    ),
)

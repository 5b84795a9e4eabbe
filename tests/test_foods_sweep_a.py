"""Issue 15, session 11 vocabulary sweep A: Latin American, Caribbean, Spanish, Portuguese and
US regional (Southern, Cajun, Midwest, New England, Hawaiian, deli and diner) names resolve to
their foods with a typical helping. Each phrase is written for this test, in no phrase table;
the gram range is what a careful person would accept for the named part (about +-30 %).
"""

from __future__ import annotations

import pytest

from tests.test_foods_round3 import _items

CASES: list[tuple[str, str, float, float]] = [
    # Mexican and Tex-Mex
    ("california burrito after the half", "13931", 80, 145),  # carne asada in it
    ("carne asada fries at 1am", "21138", 140, 260),  # a tray of fries under the steak
    ("3 birria tacos", "13373", 105, 195),  # braised chuck, 50 g a taco
    ("migas and black coffee", "01132", 85, 155),  # two eggs scrambled
    ("chile relleno with rice", "01025", 35, 65),  # the cheese inside
    ("bowl of menudo", "36414", 280, 700),  # tripe soup
    ("queso and chips", "01042", 40, 80),  # a 4 oz cup of cheese dip
    ("flan for dessert", "01095", 20, 40),  # condensed milk in a slice
    ("glass of horchata", "14638", 200, 400),
    # Central and South America
    ("pupusas de queso x2", "36409", 160, 300),
    ("6 tostones", "x-tostones", 85, 160),  # counted by the piece
    ("arepa reina pepiada", "05064", 35, 65),
    ("bandeja paisa", "16033", 105, 195),  # the red beans
    ("half a milanesa napolitana", "13931", 40, 80),
    # Caribbean
    ("ackee and saltfish", "09037", 70, 130),  # avocado stands in for ackee
    ("saltfish with bread", "15016", 70, 130),  # soaked salt cod
    ("patty and coco bread", "18069", 55, 105),
    ("jamaican chicken patty", "05064", 40, 70),
    ("curry goat with rice n peas", "17169", 105, 195),
    ("2 doubles", "16057", 100, 180),  # curried channa
    ("mofongo", "09446", 125, 235),
    ("pernil with white rice", "10071", 105, 195),
    # Spain and Portugal
    ("gambas al ajillo", "15151", 85, 155),
    ("pan tumaca and a cortado", "18029", 40, 80),
    ("bocadillo de calamares", "15176", 85, 155),
    ("2 pasteis de bacalhau", "15016", 20, 40),
    ("francesinha", "01027", 40, 80),
    ("galao", "01079", 140, 260),
    # US South, Cajun and Creole
    ("country fried steak", "13931", 105, 195),
    ("red beans and rice", "16033", 90, 170),
    ("crawfish etouffee", "15146", 70, 130),
    ("shrimp po boy", "15151", 105, 195),
    ("3 beignets", "19336", 10, 20),  # the powdered sugar
    ("shrimp and grits", "08091", 175, 325),
    # Midwest, New England, Hawaii
    ("skyline chili", "21042", 105, 195),
    ("juicy lucy", "23568", 75, 145),
    ("kalua pork", "10071", 105, 195),
    ("mac salad", "20100", 55, 105),
    ("egg cream", "19348", 15, 35),  # chocolate syrup, no egg
    # deli and diner
    ("pastrami on rye", "13355", 105, 195),
    ("matzo ball soup", "18217", 20, 40),
    ("chopped cheese", "01042", 20, 40),
    ("home fries and eggs", "11367", 105, 195),
    ("hoagie", "21124", 210, 390),  # the sandwich, not the bare roll
]


@pytest.mark.parametrize(("text", "food", "low", "high"), CASES)
def test_sweep_a_name_resolves(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text).get(food, 0.0) <= high


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("mezcal", "16"),  # a spirit, not soy meal
        ("pintxos", "16"),  # bread with a topping, not raw pinto beans
        ("tapas", "14003"),  # small plates, not beer
        ("galao", "09003"),  # milky coffee, not apples
        ("saltfish", "15074"),  # salt cod, not raw sablefish
        ("concha", "15250"),  # a sweet bread, not conch
        ("doubles", "21"),  # bara and channa, not a fast-food double cheeseburger
        ("etouffee", "19"),  # a crawfish stew, not toffee
        ("bananas foster", "14003"),  # no beer in it
        ("juicy lucy", "09206"),  # a burger, not orange juice
        ("churrasco", "20081"),  # a steak, not churro dough
        ("pound cake", "18096"),  # a slice of pound cake, not chocolate cake
    ],
)
def test_a_near_word_does_not_win(text: str, wrong: str) -> None:
    assert not any(food.startswith(wrong) for food in _items(text))

"""Issue 15, round 19a: everyday helpings. A cafe's bake, a shop's tub or bag, a punnet and a
helping of bacon, asserted on phrases of no scoring table, with the grams a careful person
would accept (±30 % of the label or survey size the rule names).
"""

from __future__ import annotations

from tests.test_foods_round3 import _items

BANANA_BREAD = "18019"
SCONE = "x-scone"
HUMMUS = "16158"
COTTAGE = "01012"
COLESLAW = "11159"
SPINACH = "11457"
ROCKET = "11959"
STRAWBERRIES = "09316"
BACON = "10862"


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


def test_a_cafe_bake_is_counter_sized() -> None:
    # a cafe slice of banana loaf is ~ 110 g (Starbucks 113 g); a home slice stays 60 g
    assert _near(_items("banana loaf at the coffee shop")[BANANA_BREAD], 110)
    assert _near(_items("two slices of banana bread from starbucks")[BANANA_BREAD], 220)
    assert _near(_items("one slice of banana bread")[BANANA_BREAD], 60)
    # a cafe scone ~ 100 g, a home one 60-70 g; a small or mini one is not enlarged
    assert _near(_items("fruit scone with jam at the cafe")[SCONE], 100)
    assert _items("a cheese scone")[SCONE] < 80
    assert _items("a mini scone from the bakery")[SCONE] < 60


def test_a_tub_or_bag_is_the_shop_pack() -> None:
    # UK hummus tubs 200 g, cottage cheese 300 g, coleslaw 300 g; a pot is a snack pot
    assert _near(_items("a whole tub of houmous")[HUMMUS], 200)
    assert _near(_items("a quarter of a tub of hummus")[HUMMUS], 50)
    assert _near(_items("tub of cottage cheese and an apple")[COTTAGE], 300)
    assert _near(_items("half a tub of coleslaw")[COLESLAW], 150)
    assert _items("a pot of hummus with pitta")[HUMMUS] < 100
    # bagged leaves: spinach UK 200-260 g, rocket and salad leaves 90-120 g
    assert _near(_items("a whole bag of spinach")[SPINACH], 200)
    assert _near(_items("half a bag of rocket")[ROCKET], 60)


def test_a_punnet_of_strawberries() -> None:
    # UK 300 g everyday punnet (AU 250 g); a small punnet is the 227 g one
    assert _near(_items("punnet of strawbs")[STRAWBERRIES], 280)
    assert _near(_items("half a punnet of strawberries")[STRAWBERRIES], 140)
    assert _near(_items("small punnet of strawberries with cream")[STRAWBERRIES], 227)


def test_bacon_said_bare_is_a_helping_of_two_slices() -> None:
    # US bacon labels: a serving is 2 pan-fried slices (15 g); a strip or slice is one
    assert _near(_items("scrambled eggs with bacon")[BACON], 16)
    assert _near(_items("4 strips of bacon")[BACON], 32)
    assert _near(_items("one slice of bacon")[BACON], 8)
    assert _near(_items("pancakes and bacon")[BACON], 16)


def test_a_cut_said_after_a_big_fruit_is_one_cut() -> None:
    # SR24: a watermelon wedge is 1/16 of a melon (286 g); a cantaloupe wedge 1/8 (69 g)
    assert _near(_items("2 watermelon wedges and a banana")["09326"], 572)
    assert _near(_items("a cantaloupe wedge")["09181"], 69)
    # without a count, plural slices keep the everyday helping (a cup, 152 g)
    assert _near(_items("watermelon slices")["09326"], 152)
    assert "11674" in _items("potato wedges")  # a food, not a cut of one


def test_a_share_of_a_family_dish_is_helpings_of_it() -> None:
    # a family tray or dish serves four (UK family ready meals, "serves 4"): a quarter is one
    # helping (SR24 lasagne 297 g), half is two, not half of one helping
    assert _near(_items("chicken lasagne, a quarter of the dish")["22916"], 297)
    assert _near(_items("half the baking dish of lasagna")["22916"], 594)
    pie = _items("cottage pie (half the dish)")
    assert _near(pie["11657"], 400)  # its mash: two helpings' worth
    assert _near(_items("lasagne")["22916"], 250)  # a bare one is one helping

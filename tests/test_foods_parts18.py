"""Issue 15, the parts18 session: counts said inside a food's words, and a dish's own parts
named again in the list after it. Phrases of no table; a careful person's foods and grams
(±30 %).
"""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str, name: str) -> float:
    """Grams of the foods whose table name starts with ``name`` in the parsed text."""
    return sum(i.grams for i in foods.parse_meal(text).items if i.name.startswith(name))


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("eggs x3 fried in butter", "Egg, whole", 138),  # three fried eggs, 46 g each
        ("weetabix x2 soaked in warm milk", "Cereals ready-to-eat", 37.5),
        ("crumpets x2 toasted, butter", "Crumpet", 110),
        ("ginger nuts x4 dunked in tea", "Cookies", 40),
        ("digestives x3 (mcvities)", "Cookies", 45),
        ("jaffa cakes x 3 out of the cupboard", "Jaffa cake", 36),
    ],
)
def test_a_count_said_inside_the_words_counts_the_food(text: str, name: str, grams: float) -> None:
    got = _grams(text, name)
    assert _near(got, grams), foods.parse_meal(text).items


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("burritos x2 chicken", "Chicken"),  # the filling said after: not moved, not doubled
        ("pitta x2 packets", "Bread, pita"),  # a unit after the count stays where it is
        ("jacket potatoes x2 (tuna and sweetcorn)", "Potato"),  # the filling of both
    ],
)
def test_a_count_before_a_food_or_unit_is_left_where_it_is(text: str, name: str) -> None:
    from journal.foods.timescount import count_first

    assert count_first(text) == text


def test_a_count_that_ends_its_item_is_read_as_before() -> None:
    from journal.foods.timescount import count_first

    assert count_first("banana x2, coffee") == "banana x2, coffee"
    assert count_first("2 x 30g gels") == "2 x 30g gels"
    assert count_first("toast, eggs x2 poached") == "toast, 2 eggs poached"


@pytest.mark.parametrize(
    ("text", "bread", "grams", "not_there"),
    [
        # the listed bread is the dish's bread: no default slices of white beside it
        ("egg sandwich: bagel, 2 eggs, cheese", "Bagels", 105, "Bread, white"),
        ("club sandwich - sourdough, turkey, bacon, lettuce", "Bread", 100, "Rolls"),
        ("halloumi wrap: pitta, halloumi, salad", "Bread, pita", 60, "Tortillas"),
        ("chicken wrap: 120g chicken, lettuce, 1 wrap", "Tortillas", 72, "Bread"),
        ("brekkie wrap - 2 eggs, 2 rashers, 2 wraps", "Tortillas", 144, "Bread"),
    ],
)
def test_a_bread_listed_bare_is_the_dishs_bread(
    text: str, bread: str, grams: float, not_there: str
) -> None:
    items = foods.parse_meal(text).items
    assert _near(_grams(text, bread), grams), items
    assert not [i for i in items if i.name.startswith(not_there)], items


def test_a_listed_wrap_is_a_tortilla_not_a_second_filled_wrap() -> None:
    items = foods.parse_meal("breakfast wrap: 2 eggs, hash brown, 1 wrap").items
    assert not [i for i in items if i.name.startswith(("Chicken", "Salad dressing"))], items


def test_a_dish_named_without_a_listed_bread_keeps_its_bread() -> None:
    assert _grams("chicken wrap: chicken, lettuce, mayo", "Tortillas") > 40
    assert _grams("ham sandwich - ham, mustard", "Bread") > 40


@pytest.mark.parametrize(
    ("text", "main", "grams", "gone"),
    [
        ("wrap with 120g of prawns, lettuce", "Crustaceans, shrimp", 120, "Chicken"),
        ("poke bowl w 150g tofu", "Tofu", 150, "Fish, salmon"),
        ("chicken caesar salad with 100g smoked salmon", "Fish, salmon", 100, "Chicken"),
    ],
)
def test_a_main_weighed_after_a_dish_replaces_its_own(
    text: str, main: str, grams: float, gone: str
) -> None:
    items = foods.parse_meal(text).items
    assert _near(_grams(text, main), grams), items
    assert not [i for i in items if i.name.startswith(gone)], items


def test_a_second_main_weighed_after_the_swap_is_a_second_main() -> None:
    text = "burrito bowl with 100g chicken and 80g chorizo"
    assert _near(_grams(text, "Chicken"), 100)
    assert _near(_grams(text, "Chorizo"), 80)


@pytest.mark.parametrize(
    ("text", "row_g"),
    [
        ("3 hot dogs with buns and ketchup", 294),  # 98 g each, bun and all
        ("a hot dog on a white roll w onions", 98),
        ("2 cheeseburgers on brioche buns", 254),
    ],
)
def test_a_fast_food_row_holds_the_bun_said_after_it(text: str, row_g: float) -> None:
    items = foods.parse_meal(text).items
    assert _near(_grams(text, "Fast foods"), row_g), items
    assert not [i for i in items if i.name.startswith(("Rolls", "Bread"))], items


def test_more_rolls_than_the_row_holds_are_extra_bread() -> None:
    assert _grams("a hot dog with 3 rolls", "Rolls") > 100


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("a 10 inch flour tortilla with beans", "Tortillas", 72),  # SR24: 10" 72 g
        ("2 8in tortillas", "Tortillas", 98),  # SR24: 7-8" 49 g each
        ("4 pancakes (4 inch) and maple syrup", "Pancakes", 152),  # SR24: 4" 38 g
        ("two 6 inch pancakes w berries", "Pancakes", 154),  # SR24: 6" 77 g
        ("pancakes (6in) x2, golden syrup", "Pancakes", 154),
    ],
)
def test_a_width_is_the_weight_of_one_that_wide(text: str, name: str, grams: float) -> None:
    got = _grams(text, name)
    assert _near(got, grams), foods.parse_meal(text).items


def test_a_width_leaves_pizzas_subs_and_plain_words_alone() -> None:
    from journal.foods.widths import widths_weighed

    for text in ("a 12 inch pizza", "6 inch sub", "2 in the morning", "3 bananas"):
        assert widths_weighed(text) == text


def test_a_width_between_sr24s_is_scaled_by_area() -> None:
    from journal.foods.widths import width_grams

    four = width_grams("pancake", 4)
    five = width_grams("pancake", 5)
    assert four is not None and five is not None
    assert five == pytest.approx(four * (5 / 4) ** 2, rel=0.01)
    assert width_grams("pancake", 20) is None  # too far from any width SR24 gives


@pytest.mark.parametrize(
    ("one", "article"),
    [
        ("1 pack of jelly beans", "a pack of jelly beans"),
        ("1 pack of energy chews", "a pack of energy chews"),
        ("1 pack of salted peanuts", "a pack of salted peanuts"),
    ],
)
def test_one_pack_is_a_pack_not_one_piece(one: str, article: str) -> None:
    got, want = foods.parse_meal(one).items, foods.parse_meal(article).items
    assert sum(i.grams for i in got) == pytest.approx(sum(i.grams for i in want), rel=0.05)
    assert sum(i.grams for i in got) > 20


def test_a_multipack_count_is_that_many() -> None:
    assert _near(_grams("a 4 pack of fruit yoghurts", "Yogurt"), 4 * 125)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a packet of custard creams", 300),
        ("half a pack of ginger nuts", 150),
        ("quarter of a packet of chocolate chip cookies", 75),
    ],
)
def test_a_pack_of_biscuits_is_the_pack(text: str, grams: float) -> None:
    assert _near(_grams(text, "Cookies"), grams), foods.parse_meal(text).items


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("wendys 6 chicken nuggets", "WENDY'S, Chicken Nuggets", 90),  # 15 g a nugget
        ("kfc 4 crispy strips", "KENTUCKY FRIED CHICKEN, Crispy", 188),  # 47 g a strip
        ("burger king 4pc chicken tenders", "BURGER KING, CHICKEN TENDERS", 62),
        ("popeyes 2 spicy tenders + a coke", "POPEYES, Spicy Chicken Strips", 106),
    ],
)
def test_a_count_after_a_chains_name_counts_its_items(text: str, name: str, grams: float) -> None:
    assert _near(_grams(text, name), grams), foods.parse_meal(text).items


def test_a_chain_count_leaves_widths_times_and_piece_meals_alone() -> None:
    from journal.foods.chaincount import count_before_chain

    for text in ("subway 6 inch turkey", "kfc 2 piece meal w slaw", "mcdonalds 20 mins ago"):
        assert count_before_chain(text) == text


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("orange juice, 1 pint", "Orange juice", 568 * 1.04),
        ("semi skimmed milk, a pint", "Milk", 586),
        ("6pc chicken nuggets", "Chicken nuggets", 96),
    ],
)
def test_a_pint_after_a_drink_and_pc_counts(text: str, name: str, grams: float) -> None:
    items = foods.parse_meal(text).items
    assert _near(_grams(text, name), grams), items
    assert not [i for i in items if i.name.startswith("Alcoholic")], items


def test_a_pint_after_a_food_is_still_a_beer() -> None:
    assert _grams("a burger, a pint", "Alcoholic beverage, beer") > 400


@pytest.mark.parametrize(
    "text",
    [
        "a bag of crisps, cheese and onion",
        "packet of crisps, ready salted",
        "crisps, sea salt and vinegar",
    ],
)
def test_a_flavour_said_after_a_snack_is_the_same_bag(text: str) -> None:
    crisps = [i for i in foods.parse_meal(text).items if i.name.startswith("Snacks, potato")]
    assert len(crisps) == 1 and _near(crisps[0].grams, 32), crisps


def test_the_same_food_said_again_by_name_is_not_a_flavour() -> None:
    from journal.foods.flavourafter import says_which
    from journal.foods.items import parse_item

    first, again = parse_item("a bag of crisps"), parse_item("crisps")
    assert not says_which(first, again)


@pytest.mark.parametrize(
    ("text", "name", "grams"),
    [
        ("bowl of blueberries, maybe 1 cup", "Blueberries", 148),
        ("frosted flakes, like 2 cups, with milk", "Cereals ready-to-eat", 62),
        ("grapes, maybe 20", "Grapes", 100),
    ],
)
def test_an_amount_hedged_with_maybe_or_like_is_the_amount(
    text: str, name: str, grams: float
) -> None:
    assert _near(_grams(text, name), grams), foods.parse_meal(text).items


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a large filter coffee", 591),  # 20 fl oz
        ("medium coffee, black", 473),  # 16 fl oz
        ("small americano coffee", 355),
        ("large iced coffee", 591 * 0.75),  # ice takes a quarter of the cup
    ],
)
def test_a_coffee_bought_by_size_is_that_cup(text: str, grams: float) -> None:
    assert _near(_grams(text, "Coffee"), grams), foods.parse_meal(text).items


def test_a_milk_coffee_by_size_keeps_its_shots() -> None:
    assert _grams("a large latte", "Coffee, brewed, espresso") < 100

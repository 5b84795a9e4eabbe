"""Round 22b: words that are not food (cuisines and places, courses and menu words, states of
the food, where it was eaten, cafe cup names) read as the food they describe.

Phrases of no scoring table; each asserts what a runner would see in the check-in.
"""

from __future__ import annotations

import pytest

from journal import foods


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # cuisines, regions and cities, before or after the dish
        ("prawn curry, goan style", "prawn curry"),
        ("chicken biryani hyderabadi style", "chicken biryani"),
        ("bangkok street pad thai", "pad thai"),
        ("sichuan dan dan noodles", "dan dan noodles"),
        ("beef stew, ethiopian", "beef stew"),
        ("pork dumplings shanghai style", "pork dumplings"),
        ("meatballs, new orleans style", "meatballs"),
        ("fried chicken south indian style", "fried chicken"),
        ("lamb curry like my nan makes", "lamb curry"),
        ("shepherd's pie the way mum makes it", "shepherd's pie"),
        ("chilli con carne (grandma's recipe)", "chilli con carne"),
        # courses and menu words
        ("prawn cocktail starter", "prawn cocktail"),
        ("mozzarella sticks, an appetiser", "mozzarella sticks"),
        ("roast lamb for main", "roast lamb"),
        ("pork belly main course", "pork belly"),
        ("chicken chow mein lunch special", "chicken chow mein"),
        ("minestrone soup of the day", "minestrone soup"),
        ("onion rings side", "onion rings"),
        # states and qualities
        ("burnt crumpets x2", "2 crumpets"),
        ("soggy cornflakes", "cornflakes"),
        ("stale croissant", "croissant"),
        ("a scant cup of oats", "a cup of oats"),
        ("poached eggs, runny", "poached eggs"),
        # where it was eaten
        ("haribo in a ziploc", "haribo"),
        ("nachos at the movies", "nachos"),
        ("2 litres of water on the treadmill", "2 litres of water"),
        ("a sausage roll at my desk", "a sausage roll"),
        ("a bagel at the buffet", "a bagel"),
        ("jaffa cakes in bed", "jaffa cakes"),
        ("a meat pie at half time", "a meat pie"),
        ("sparkling water, room temperature", "sparkling water"),
        ("day old baguette", "baguette"),
        ("crumpets, slightly burnt", "crumpets"),
        ("fish fingers off the kids menu", "fish fingers"),
        ("sheet pan salmon", "salmon"),
        ("chana masala, dhaba-style", "chana masala"),
    ],
)
def test_words_that_are_not_food_read_as_the_food(said: str, plain: str) -> None:
    got, want = foods.parse_meal(said), foods.parse_meal(plain)
    assert not got.unmatched, got.unmatched
    assert [i.name for i in got.items] == [i.name for i in want.items]
    assert _near(got.totals["kcal"], want.totals["kcal"])


@pytest.mark.parametrize(
    ("said", "dish"),
    [
        ("thai basil chicken, extra spicy", "thai basil chicken"),
        ("a spanish omelette, burnt", "spanish omelette"),
        ("sichuan eggplant, a starter", "sichuan eggplant"),
        ("special fried rice lunch special", "special fried rice"),
        ("burnt ends at the buffet", "burnt ends"),
        ("jamaican beef patty, bangkok style", "jamaican beef patty"),
    ],
)
def test_a_dish_named_with_a_quiet_word_is_read_whole(said: str, dish: str) -> None:
    got, want = foods.parse_meal(said), foods.parse_meal(dish)
    assert not got.unmatched, got.unmatched
    assert [i.name for i in got.items] == [i.name for i in want.items]


def test_a_place_alone_names_no_food() -> None:
    parsed = foods.parse_meal("hanoi style")
    assert not parsed.items


@pytest.mark.parametrize(
    ("said", "ml"),
    [
        ("a tall filter coffee", 355),  # Starbucks' cups: tall 12 fl oz, grande 16, venti 20
        ("grande drip coffee", 473),
        ("americano venti", 591),
        ("flat white grande", 473),
        ("trenta iced black tea", 665),  # 30 fl oz, a quarter of it ice
        ("a short cappuccino", 237),  # 8 fl oz
    ],
)
def test_cafe_cup_names_are_their_cups(said: str, ml: float) -> None:
    parsed = foods.parse_meal(said)
    assert not parsed.unmatched, parsed.unmatched
    assert _near(sum(i.grams for i in parsed.items), ml)


def test_short_rib_and_short_black_are_not_a_short_cup() -> None:
    assert foods.parse_meal("short black").items[0].grams < 100
    assert "short" not in " ".join(foods.parse_meal("a short black").unmatched)

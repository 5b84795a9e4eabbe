"""Round 26a: words around a meal that name no food leave the food whole and fully read.

A verb before or after the food, how warm it was, when in the race, day or year, where it came
from and who with: the runner sees the food with its amount, nothing left unread ("peeled two
mandarins at my desk" is two mandarins, not one with "peeled" and "two" unread).
"""

from __future__ import annotations

import pytest

from journal import foods


def _read(text: str) -> tuple[list[tuple[str, float]], list[str]]:
    parsed = foods.parse_meal(text)
    return [(i.name, i.grams) for i in parsed.items], parsed.unmatched


def _same_as(text: str, plain: str) -> None:
    got, unread = _read(text)
    want, _ = _read(plain)
    assert not unread, (text, unread)
    assert [n for n, _g in got] == [n for n, _g in want], (text, got, want)
    for (_n, g), (_m, w) in zip(got, want, strict=True):
        assert g == pytest.approx(w, rel=0.05), (text, got, want)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("peeled two mandarins at my desk", "two mandarins"),
        ("snacked on 2 hard boiled eggs", "2 hard boiled eggs"),
        ("reheated 2 slices of pizza", "2 slices of pizza"),
        ("grabbed 3 biscuits", "3 biscuits"),
        ("canned chili heated up w sour cream", "canned chili w sour cream"),
        ("2 mandarins, peeled", "2 mandarins"),
        ("tinned peeled tomatoes", "tinned tomatoes"),
        ("quinoa with crumbled feta", "quinoa with feta"),
        ("wolfed down 3 tacos", "3 tacos"),
        ("polished off a tub of ice cream", "a tub of ice cream"),
        ("got 2 coffees", "2 coffees"),
        ("munched through a bag of crisps", "a bag of crisps"),
        ("knocked back 2 pints", "2 pints"),
        ("2 slices of toast, lightly buttered", "2 slices of toast, buttered"),
    ],
)
def test_a_verb_around_the_food_keeps_its_count(text: str, plain: str) -> None:
    _same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("half a pink grapefruit sprinkled with sugar", "half a pink grapefruit with sugar"),
        ("carrot sticks dipped in 4 tbsp hummus", "carrot sticks with 4 tbsp hummus"),
        ("porridge drizzled with honey", "porridge with honey"),
    ],
)
def test_a_topping_verb_joins_its_topping(text: str, plain: str) -> None:
    _same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("one sausage roll, still warm", "one sausage roll"),
        ("grapes, straight from the fridge", "grapes"),
        ("a banana straight out of the fridge", "a banana"),
        ("hot chocolate, piping hot", "hot chocolate"),
    ],
)
def test_how_warm_it_was_is_no_food(text: str, plain: str) -> None:
    _same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("jelly babies x6 somewhere around mile 18", "jelly babies x6"),
        ("a gel around 25 km", "a gel"),
        ("wrap with 4 falafel, late night", "wrap with 4 falafel"),
        ("late night cheese toastie", "cheese toastie"),
        ("plain bagel with pb + honey, marathon morning", "plain bagel with pb + honey"),
        ("marathon morning oats 80g with honey", "oats 80g with honey"),
        ("dal with rice when sick", "dal with rice"),
        ("toasted hot cross bun, buttered, good friday", "toasted hot cross bun, buttered"),
        ("eggnog glass christmas", "eggnog glass"),
        ("a mince pie on boxing day", "a mince pie"),
        ("skittles bag for the ultra", "skittles bag"),
        ("kedgeree for sunday brunch", "kedgeree"),
    ],
)
def test_a_time_race_point_or_day_is_no_food(text: str, plain: str) -> None:
    _same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("almonds from the desk drawer, one handful", "almonds, one handful"),
        ("40g trail mix from the bulk bin", "40g trail mix"),
        ("two string cheeses from the kids' snack drawer", "two string cheeses"),
        ("palak paneer, two chapatis, hostel mess", "palak paneer, two chapatis"),
        ("a kitkat, gas station", "a kitkat"),
        ("vending machine snickers", "snickers"),
        ("an apple from the fruit bowl", "an apple"),
        ("greek moussaka from the taverna", "greek moussaka"),
        ("2 anzac biscuits from the tin mum made", "2 anzac biscuits"),
    ],
)
def test_a_place_that_is_no_pack_is_no_food(text: str, plain: str) -> None:
    _same_as(text, plain)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("pork sinigang, lola's, with a cup of rice", "pork sinigang, with a cup of rice"),
        ("stew (mum's)", "stew"),
        ("a beer with the lads", "a beer"),
        ("post-race beer, free one", "post-race beer"),
    ],
)
def test_a_person_is_no_food(text: str, plain: str) -> None:
    _same_as(text, plain)


def test_shared_with_one_person_is_half() -> None:
    got, unread = _read("shared a bottle of prosecco with my sister")
    whole, _ = _read("a bottle of prosecco")
    assert not unread
    assert sum(g for _n, g in got) == pytest.approx(sum(g for _n, g in whole) / 2, rel=0.05)


@pytest.mark.parametrize(
    "text",
    [
        "christmas pudding",
        "eton mess",
        "microwaved popcorn",
        "hot cross bun",
        "rice with the chicken",
    ],
)
def test_a_food_named_with_those_words_stays(text: str) -> None:
    got, unread = _read(text)
    assert got and not unread, (text, got, unread)


def test_rice_with_the_chicken_keeps_the_chicken() -> None:
    got, _ = _read("rice with the chicken")
    assert any(n.startswith("Chicken") for n, _g in got)


def test_an_aid_station_checkpoint_still_pours_paper_cups() -> None:
    got, unread = _read("2 cups of coke at cp3")
    assert not unread
    assert sum(g for _n, g in got) == pytest.approx(300, rel=0.05)


@pytest.mark.parametrize(
    "text",
    ["a sausage roll, gas station", "gas station sausage roll", "a sausage roll from the servo"],
)
def test_a_counter_that_sizes_its_food_still_does(text: str) -> None:
    got, unread = _read(text)
    assert not unread
    assert sum(g for _n, g in got) == pytest.approx(140, rel=0.05)


def test_a_distance_into_the_run_is_no_food() -> None:
    _same_as("a banana about 5k in", "a banana")
    _same_as("a gel 10k into the run", "a gel")


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("porridge, same as always", "porridge"),
        ("a bagel, the usual", "a bagel"),
        ("oats again", "oats"),
        ("toast, nothing fancy", "toast"),
        ("nachos on the sofa watching tv", "nachos"),
        ("crisps in the pub garden", "crisps"),
        ("2 slices of pizza at a friend's house", "2 slices of pizza"),
    ],
)
def test_a_habit_or_a_setting_is_no_food(text: str, plain: str) -> None:
    _same_as(text, plain)

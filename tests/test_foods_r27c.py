"""Round 27c: a breakfast cereal or porridge and the milk or water it was made with."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, start: str) -> float:
    return sum(i.grams for i in foods.parse_meal(phrase).items if i.name.startswith(start))


def _names(phrase: str) -> list[str]:
    return [i.name for i in foods.parse_meal(phrase).items]


@pytest.mark.parametrize(
    "phrase",
    [
        "porridge made with water",
        "quick oats sachet made with water in the office microwave",
        "oats cooked in water",
        "40g oats soaked in water",
        "porridge, made w water",
    ],
)
def test_porridge_made_with_water_keeps_its_water(phrase: str) -> None:
    meal = foods.parse_meal(phrase)
    assert not meal.unmatched
    assert 150 <= _grams(phrase, "Water") <= 250
    assert _grams(phrase, "Cereals, oats") > 0


@pytest.mark.parametrize(
    ("phrase", "milk"),
    [
        ("two weetabix crushed into warm milk", 150.0),
        ("2 weetabix soaked in milk", 150.0),
        ("60g oats made with milk", 300.0),
        ("80g oats cooked in milk", 400.0),
        ("2 x oat so simple made w semi skimmed", 360.0),
    ],
)
def test_a_cereal_made_with_milk_gets_its_ratio(phrase: str, milk: float) -> None:
    assert _grams(phrase, "Milk") == pytest.approx(milk, rel=0.05)


@pytest.mark.parametrize(
    "phrase",
    [
        "porridge oats 60g made with half milk half water",
        "oats made with half milk, half water",
        "porridge w half water half milk",
    ],
)
def test_half_milk_half_water_is_both(phrase: str) -> None:
    milk, water = _grams(phrase, "Milk"), _grams(phrase, "Water")
    assert milk == pytest.approx(water)
    assert milk >= 90
    assert not foods.parse_meal(phrase).unmatched


@pytest.mark.parametrize(
    ("phrase", "milk"),
    [
        ("cornflakes 2 cups + skim", 240.0),
        ("honey nut cheerios, 1.5 cups, 2% milk", 180.0),
        ("bowl of raisin bran, about 1.5 cups, 2% milk", 180.0),
        ("a bowl of rice krispies with semi skimmed", 150.0),
        ("granola with milk", 150.0),
    ],
)
def test_cold_cereal_milk_is_half_a_cup_a_cup(phrase: str, milk: float) -> None:
    assert _grams(phrase, "Milk") == pytest.approx(milk, rel=0.05)


@pytest.mark.parametrize(
    "phrase",
    [
        "maple and pecan granola, 45g, oat milk",
        "fruit and nut muesli with milk",
        "chocolate granola with milk",
        "honey and almond granola, 45g",
        "cinnamon granola with yoghurt",
    ],
)
def test_a_cereal_flavour_names_the_cereal(phrase: str) -> None:
    names = _names(phrase)
    assert not any(n.startswith(("Syrups", "Nuts", "Honey", "Spices", "Candies")) for n in names)
    assert any(n.startswith("Cereals") for n in names)


def test_stated_granola_weight_is_the_granolas() -> None:
    assert _grams("maple and pecan granola, 45g, oat milk", "Cereals") == pytest.approx(45)


@pytest.mark.parametrize(
    "phrase",
    [
        "steel cut oats, quater cup dry",
        "1/4 cup steel-cut oats",
        "a quarter cup of pinhead oats",
    ],
)
def test_steel_cut_oats_by_the_cup_are_dense(phrase: str) -> None:
    assert _grams(phrase, "Cereals, oats") == pytest.approx(40.0)
    assert not foods.parse_meal(phrase).unmatched


@pytest.mark.parametrize(
    "phrase", ["milo with cold milk, 3 heaped tsp", "ovaltine with warm milk, 2 tsp"]
)
def test_drink_powder_spoons_are_not_the_milks(phrase: str) -> None:
    assert _grams(phrase, "Milk") >= 175


@pytest.mark.parametrize(
    "phrase", ["frosted flakes with whole milk, kids bowl", "cheerios, a kid's bowl, milk"]
)
def test_kids_bowl_is_a_small_bowl(phrase: str) -> None:
    assert not foods.parse_meal(phrase).unmatched


def test_oats_with_milk_unsized_keep_the_bowls_pour() -> None:
    assert _grams("oats with milk and a banana", "Milk") == pytest.approx(150.0)
    assert _grams("porridge with milk", "Milk") == pytest.approx(200.0)


@pytest.mark.parametrize(
    ("phrase", "cereal"),
    [
        ("shreddies + milk, 45g", 45.0),
        ("granola with oat milk, 50g", 50.0),
        ("bran flakes and semi skimmed milk, 40g, banana", 40.0),
    ],
)
def test_a_weight_after_the_cereals_milk_is_the_cereals(phrase: str, cereal: float) -> None:
    assert _grams(phrase, "Cereals") == pytest.approx(cereal)
    assert _grams(phrase, "Milk") + _grams(phrase, "Oat drink") >= 150


@pytest.mark.parametrize(
    "phrase", ["milo and milk post long run, big glass", "milo, big glass", "ovaltine, a large mug"]
)
def test_a_drink_powders_glass_said_after_it_is_its_size(phrase: str) -> None:
    assert _grams(phrase, "Milk") == pytest.approx(_grams("a big glass of milo", "Milk"), rel=0.2)
    assert _grams(phrase, "Milk") > _grams("milo", "Milk")


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("greek yoghurt 170g, honey, granola sprinkle", "Cereals"),
        ("porridge made with water, 50g oats, golden syrup drizzle", "Syrups"),
        ("pancakes, maple syrup drizzle", "Syrups"),
    ],
)
def test_a_sprinkle_or_drizzle_said_after_is_a_little(phrase: str, start: str) -> None:
    assert not foods.parse_meal(phrase).unmatched
    assert 0 < _grams(phrase, start) <= 15


def test_milo_cereal_is_a_cereal_not_the_drink() -> None:
    names = _names("milo cereal, 1 cup w cold milk")
    assert any(n.startswith("Cereals") for n in names)
    assert not any(n.startswith("Malted drink") for n in names)

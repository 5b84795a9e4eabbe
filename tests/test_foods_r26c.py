"""Issue 15, round 26c: drinks said by brand, cup and share, asserted on phrases of each
family that are not in any table (the foods and grams a runner would see).
"""

from __future__ import annotations

from journal import foods
from tests.test_foods_round3 import _grams, _items

_WINE = ("14096", "14106")
_SPIRITS = ("14037",)
_COLA = ("14400", "14147")
_TONIC = ("14155",)


def _total(text: str) -> float:
    return sum(_items(text).values())


def test_a_share_said_by_whom_it_was_shared_with_is_that_many_shares() -> None:
    bottle = _grams("a bottle of red wine", *_WINE)
    for said in (
        "shared a bottle of red wine with my sister",
        "split a bottle of red wine with the wife",
    ):
        assert abs(_grams(said, *_WINE) - bottle / 2) < 5, said
    three = _grams("shared a bottle of red wine with my mate and my brother", *_WINE)
    assert abs(three - bottle / 3) < 5
    assert _total("split a large pizza with a friend") < 0.6 * _total("a large pizza")


def test_a_shot_said_after_a_mixed_drink_keeps_its_glass_of_mixer() -> None:
    for drink in ("bacardi and coke", "vodka and coke", "rum and coke"):
        assert _grams(f"{drink}, one shot", *_COLA) >= 180, drink
        assert _grams(f"{drink}, 2 shots", *_SPIRITS) > _grams(f"{drink}, one shot", *_SPIRITS)


def test_a_bare_g_and_t_is_a_uk_single_with_a_splash_of_tonic() -> None:
    for said in ("g&t", "a g&t", "burger and a g&t"):
        assert 20 <= _grams(said, *_SPIRITS) <= 27, said
        assert 130 <= _grams(said, *_TONIC) <= 170, said
    assert _grams("double g&t", *_SPIRITS) > 40


def test_a_brand_said_alone_is_its_pack() -> None:
    for said in ("vita coco", "a vita coco after the run", "vita coco 330ml"):
        assert 300 <= _grams(said, "12119") <= 345, said
    for said in ("juice box (apple)", "an apple juice box", "a juice box", "grape juice box"):
        assert 190 <= _total(said) <= 220, said
    assert 190 <= _total("200ml apple juice box") <= 220
    for said in ("iced tea, arizona can", "arizona can", "arizona iced tea can"):
        assert 600 <= _total(said) <= 700, said
    for said in ("fairlife core power choc 26g", "core power 26g vanilla", "core power, chocolate"):
        parsed = foods.parse_meal(said)
        assert parsed.unmatched == [] and 150 <= parsed.totals["kcal"] <= 230, said


def test_a_mcdonalds_shake_is_its_cup() -> None:
    for flavour in ("vanilla", "strawberry"):
        assert 300 <= _total(f"mcdonalds {flavour} shake") <= 400, flavour
        assert 250 <= _total(f"mcdonalds {flavour} shake (small)") <= 400, flavour


def test_an_aid_station_cup_is_a_paper_cup_however_the_station_is_said() -> None:
    for said in ("2 cups of coke at the aid station", "flat coke at the aid station, 2 cups"):
        assert 250 <= _grams(said, *_COLA) <= 300, said
    assert 100 <= _grams("a cup of milk at the aid station", "01077", "01079") <= 150


def test_a_mug_said_after_a_hot_drink_is_its_size() -> None:
    assert _total("milo with milk, big mug") > _total("milo with milk") + 60
    assert _total("black filter coffee, big mug") > 300

"""Issue 15, round 25a: cuts of meat and fish and pieces of produce said in words, asserted on
phrases of each family that are not in any table (the foods and grams a runner would see).
"""

from __future__ import annotations

import time

from journal import foods
from tests.test_foods_round3 import _items


def _one(text: str) -> tuple[str, float]:
    (food, grams), *rest = _items(text).items()
    assert not rest, (text, rest)
    return food, grams


def test_a_share_or_count_of_a_cut_is_that_many_of_one_cut() -> None:
    for cut in ("salmon fillet", "duck breast", "turkey leg", "chicken breast", "pork chop"):
        _food, one = _one(f"a {cut}")
        assert abs(_one(f"half a {cut}")[1] - one / 2) < 1, cut
    # a count of steaks is that many of the steak "a venison steak" reads, not SR24's thin one
    assert _one("2 venison steaks")[1] == 2 * _one("a venison steak")[1]
    # wings stay SR24's wing each: ten wings are ten of them, not ten helpings
    assert 300 <= _one("10 chicken wings")[1] <= 360


def test_a_whole_cut_is_never_srs_ounce() -> None:
    for cut in ("a turkey drumstick", "a pork shoulder", "a lamb shank"):
        assert 100 <= _one(cut)[1] <= 200, cut


def test_a_fish_by_its_cut_is_one_cooked_piece_of_that_fish() -> None:
    for fish, food in (("sea bass", "15016"), ("swordfish", "15111"), ("mahi mahi", "15194")):
        for cut in ("fillet", "steak"):
            got, grams = _one(f"a {fish} {cut}")
            assert got == food and 120 <= grams <= 180, (fish, cut, grams)
    assert _one("a halibut fillet")[1] <= 180  # not SR24's half side (318 g)
    assert _one("2 cod steaks") == ("15016", 300)
    assert _one("200g halibut fillet")[1] == 200  # weighed: as said
    assert _one("a lamb steak")[0] == "17012"  # lamb, not lamb mince and a beef steak


def test_a_vegetable_said_whole_is_one_whole_one() -> None:
    assert _one("an aubergine") == _one("1 aubergine") == ("11209", 458)
    assert _one("an eggplant")[1] == 458
    assert _one("a cucumber")[1] == 301
    assert _one("a courgette")[1] == _one("1 courgette")[1]  # already whole: unchanged


def test_a_wedge_stick_head_and_slice_of_produce() -> None:
    # a wedge of a small fruit is an eighth of it, however said
    for said in ("a wedge of lime", "a lime wedge"):
        assert _one(said) == ("09159", 8.38), said
    assert _one("a lemon wedge") == _one("a wedge of lemon") == ("09150", 7)
    assert 14 <= _one("an orange wedge")[1] <= 18
    assert _one("a wedge of watermelon")[1] == 286  # SR24's own wedge stands
    # a stick is a medium stalk of what grows in stalks, else a baton
    assert _one("a stick of celery") == _one("a celery stick") == ("11143", 40)
    assert _one("2 sticks of carrot")[1] == 20
    assert _one("a stick of rhubarb")[1] == 51
    # a head is SR24's head, else the head a shop sells
    assert _one("a head of broccoli")[1] == 350
    assert 35 <= _one("a head of garlic")[1] <= 60
    assert _one("a head of cabbage")[1] == 908
    # among several slices, the middle one; a slice of mango is the fruit, not the drink
    assert _one("a slice of pineapple")[1] == 84
    food, grams = _one("2 slices of mango")
    assert food == "09176" and 40 <= grams <= 90


def test_squeezes_and_cheese_slices() -> None:
    assert _one("2 squeezes of lemon") == ("09150", 10)
    assert _one("a squeeze of lime")[1] == 5
    assert _one("a slice of halloumi")[1] <= 30
    assert _one("3 slices of halloumi")[1] <= 90
    assert _one("a slice of cheddar")[1] == 22  # SR24's slice, capped as before


def test_cut_readings_stay_fast() -> None:
    meal = "half a salmon fillet, a wedge of lime, an aubergine, 2 lamb chops, a stick of celery"
    foods.parse_meal(meal)
    start = time.perf_counter()
    for _ in range(20):
        foods.parse_meal(meal + " ")
    assert (time.perf_counter() - start) / 20 < 0.05


def test_a_vegetable_by_size_and_a_head_said_after_it() -> None:
    assert _one("a medium cucumber") == _one("a cucumber")
    assert _one("a small aubergine")[1] < _one("an aubergine")[1] < _one("a large aubergine")[1]
    assert _one("a large carrot")[1] == 72  # SR24's own large carrot stands
    assert _one("a broccoli head") == _one("a head of broccoli")
    assert _one("half a cauliflower head")[1] == 294
    for said in ("a garlic head", "a garlic bulb", "a bulb of garlic"):
        assert _one(said) == ("11215", 45), said
    assert _one("a fennel bulb")[0] == "11957"  # a fennel bulb is fennel


def test_a_cut_said_before_its_fish_reads_as_said_after_it() -> None:
    assert _one("2 fillets of salmon") == _one("2 salmon fillets")  # not two sides (712 g)
    assert _one("a fillet of cod") == _one("a cod fillet")
    assert _one("half a fillet of salmon") == _one("half a salmon fillet")
    assert _one("a large fillet of salmon")[1] < 180

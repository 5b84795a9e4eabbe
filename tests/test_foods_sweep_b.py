"""Issue 15, vocabulary sweep B (session 11): South, East and Southeast Asian dishes, snacks,
sweets and drinks, typed as UK/AU takeaways and home cooks write them, resolve to their main
SR24 parts with a served helping. The phrases are written for this test, not taken from a
phrase table; each range is what a careful person would accept (about ±30 %).
"""

from __future__ import annotations

import pytest

from tests.test_foods_round3 import _items

CASES: list[tuple[str, str, float, float]] = [
    # South Asia
    ("chicken 65 with a naan", "05092", 105, 195),  # boneless thigh, battered and fried
    ("plate of momos", "x-momo", 170, 310),  # eight or so
    ("10 veg momos", "x-veg-momo", 210, 390),  # counted by the piece
    ("chicken kottu from the sri lankan place", "18364", 105, 195),  # chopped godamba roti
    ("papdi chaat", "16057", 35, 65),  # chickpeas in a street plate
    ("keema matar with 2 rotis", "17225", 85, 155),  # lamb mince
    ("nihari and naan", "13378", 105, 195),
    ("bowl of haleem", "16070", 70, 130),
    ("chilli paneer dry", "01027", 70, 130),
    ("gobi manchurian", "11135", 105, 195),
    ("2 rasgulla", "01036", 35, 65),  # two pieces of chhena
    ("kadhi chawal", "20045", 110, 210),  # a cup of rice under the kadhi
    ("moong dal with jeera rice", "16081", 140, 260),
    ("3 aloo tikki", "x-aloo-tikki", 125, 235),
    ("masoor dal", "16070", 140, 260),
    ("matar paneer", "01027", 55, 105),
    ("mango pickle on the side", "09176", 5, 15),  # a spoonful, not a mango
    # China, Hong Kong, UK/AU Chinese takeaway
    ("2 char siu bao", "10023", 40, 80),  # barbecue pork, two buns
    ("singapore noodles from the takeaway", "20134", 140, 260),
    ("salt and pepper chicken", "21229", 140, 260),
    ("beef ho fun", "20134", 175, 325),
    ("wonton noodle soup", "x-dumpling", 55, 105),
    ("cheung fun", "20134", 105, 195),
    ("egg foo young", "01123", 105, 195),  # three eggs
    # Japan and Korea
    ("katsudon", "10042", 70, 130),
    ("gyudon", "20053", 175, 325),
    ("tempura udon", "20115", 175, 325),
    ("galbi", "23125", 85, 155),
    ("jajangmyeon", "20110", 175, 325),
    ("sundubu jjigae", "16127", 175, 325),
    ("samgyeopsal", "10005", 85, 155),
    ("haemul pajeon", "20081", 40, 80),
    # Taiwan and bubble tea
    ("taro milk tea", "20068", 17, 33),
    ("brown sugar boba", "01077", 210, 390),
    ("lu rou fan", "20045", 140, 260),
    # Thailand and Vietnam
    ("thai iced tea", "01095", 20, 40),  # condensed milk, not plain tea
    ("drunken noodles", "20134", 175, 325),
    ("som tam", "09226", 105, 195),
    ("larb gai", "05098", 105, 195),
    ("bun bo hue", "20134", 140, 260),
    ("com tam", "10042", 70, 130),
    ("4 cha gio", "x-cha-gio", 110, 210),
    ("ca phe sua da", "01095", 25, 50),
    # Malaysia, Singapore, Indonesia
    ("teh tarik", "01095", 20, 40),
    ("chicken murtabak", "18364", 70, 130),
    ("beef rendang", "13373", 75, 145),
    ("gado gado", "16098", 20, 40),
    ("chilli crab", "15140", 105, 195),
    ("bak kut teh", "10089", 75, 145),
    # Philippines
    ("chicken adobo", "05098", 105, 195),
    ("pork adobo", "10042", 110, 250),  # the swap reads pork
    ("6 lumpia", "x-lumpia", 125, 235),
    ("pancit canton", "20110", 140, 260),
    ("sisig", "10005", 60, 120),
    ("tapsilog", "13931", 55, 105),
    ("halo halo", "01153", 40, 80),
    ("2 pandesal", "18350", 50, 90),
    ("chicken inasal", "05009", 120, 220),
    # second pass: curry-house sides, tiffin, hawker and street food, cafe drinks
    ("brinjal bhaji on the side", "11210", 105, 195),
    ("paper dosa with chutney", "20061", 28, 52),
    ("2 sabudana vada", "20068", 21, 39),
    ("filter kaapi", "01077", 75, 145),
    ("sheer khurma", "01077", 105, 195),
    ("khao soi", "12118", 85, 155),
    ("pho tai", "13931", 55, 105),
    ("bun rieu", "15140", 28, 52),
    ("3 curry puffs", "18335", 65, 115),  # pastry of three puffs
    ("kopi o", "14209", 140, 260),
    ("fried carrot cake", "11429", 85, 155),  # radish cake, not a sponge
    ("mee siam", "20134", 140, 260),
    ("2 siopao", "10023", 55, 105),
    ("leche flan", "01095", 28, 52),
    ("pinoy bbq", "10071", 85, 155),
    ("unagi don", "15026", 70, 130),
    ("dan dan", "20110", 140, 260),
    ("hk milk tea", "01153", 35, 65),
]


@pytest.mark.parametrize(("text", "food", "low", "high"), CASES)
def test_sweep_b_name_resolves(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text).get(food, 0.0) <= high


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("galbi", "09181"),  # short ribs, not cantaloupe (galia melon)
        ("dango", "09176"),  # rice dumplings, not mango
        ("ramune", "06"),  # a lemonade, not a ramen soup mix
        ("otak otak", "01102"),  # a fish parcel, not chocolate milk
        ("murtabak", "11210"),  # a stuffed bread, not aubergine (mutabal)
        ("hot pot", "11945"),  # Chinese hot pot, not hot dog relish
        ("rooh afza", "17"),  # a rose syrup drink, not venison
        ("chaat", "14411"),  # a street snack, not thinned buttermilk
        ("mandu", "05098"),  # Korean dumplings, not mandi's rice and chicken
        ("lu rou fan", "05"),  # braised pork rice, not ostrich
        ("fried carrot cake", "18096"),  # radish cake, not a frosted cake
        ("curry puff", "12118"),  # a pastry, not a bowl of chicken curry
    ],
)
def test_a_near_name_does_not_win(text: str, wrong: str) -> None:
    assert not any(food.startswith(wrong) for food in _items(text))


def test_counted_pieces_count_pieces() -> None:
    """Momos, lumpia and fried rolls go by the piece: a count is pieces, a bare name a plate."""
    assert _items("momos")["x-momo"] == pytest.approx(240)
    assert _items("6 momos")["x-momo"] == pytest.approx(180)
    assert _items("lumpia")["x-lumpia"] == pytest.approx(150)
    assert _items("3 cha gio")["x-cha-gio"] == pytest.approx(120)

"""Round 21b: South and East Asian dishes read with their make-up and helpings.

Phrases of no scoring table; each asserts what a runner would see (foods, grams within ±30 %).
"""

from __future__ import annotations

from journal import foods
from journal.foods.platedishes import plate_dishes


def _grams(text: str) -> dict[str, float]:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, (text, parsed.unmatched)
    out: dict[str, float] = {}
    for i in parsed.items:
        out[i.food_id] = out.get(i.food_id, 0.0) + i.grams
    return out


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


def _kcal(text: str) -> float:
    return foods.parse_meal(text).totals.get("kcal", 0.0)


def test_idli_and_dosa_are_the_rice_of_their_batter() -> None:
    assert _near(_grams("3 idlis")["20045"], 105)  # ~ 35 g rice equivalent a 40 g idli
    assert _near(_grams("plain dosa w coconut chutney")["20045"], 65)
    masala = _grams("a masala dosa")
    assert _near(masala["20045"], 80) and _near(masala["11367"], 100)  # and its potato


def test_counted_idli_with_sambar_is_one_sambar() -> None:
    for text in ("4 idlis with sambar", "idly x4 and sambar"):
        got = _grams(text)
        assert _near(got["20045"], 136), text  # four idlis
        assert _near(got["16070"], 55), text  # one katori of sambar's dal
    assert 200 <= _kcal("4 idlis with sambar") <= 450


def test_chutneys_beside_a_south_asian_snack() -> None:
    assert 40 <= _kcal("coconut chutney") <= 90
    assert 30 <= _kcal("imli chutney") <= 70
    assert _kcal("mint chutney") < 30


def test_a_katori_is_the_indian_serving_bowl() -> None:
    assert _near(sum(_grams("a katori of dal").values()), 150)
    assert _near(_grams("payasam, 2 katoris")["19193"], 300)  # kheer is a rice pudding
    assert _near(_grams("1 katori dahi")["01116"], 150)
    assert _near(_grams("curd")["01116"], 100)  # a katori of curd beside a meal


def test_a_plated_dish_by_the_plate_is_its_helping() -> None:
    plate = _grams("1 plate rajma chawal")
    assert _near(plate["16033"], 150) and _near(plate["20045"], 180)
    assert _near(_grams("kanda poha, 1 plate")["20045"], 150)
    assert _near(_grams("2 plates of upma")["20066"], 80)  # two plates, one helping each
    assert plate_dishes("pav bhaji one plate") == "pav bhaji"
    assert plate_dishes("2 plates of pav bhaji") == "2 pav bhaji"
    assert plate_dishes("a plate of pasta") == "a plate of pasta"  # not a plated dish


def test_sushi_train_plates_are_two_pieces_each() -> None:
    got = _grams("conveyor belt sushi, 5 plates")
    assert _near(got["x-sushi-rice"], 200)  # 10 pieces, ~ 20 g rice each
    assert _near(_grams("8 plates at the kaiten")["x-sushi-rice"], 320)
    assert plate_dishes("4 plates of tuna nigiri at yo sushi") == "8 pieces of tuna nigiri"


def test_bunny_chow_by_the_loaf() -> None:
    assert _near(_grams("bunny chow half chicken")["18069"], 400)  # half a loaf
    assert _near(_grams("quarter beans bunny")["18069"], 200)


def test_masala_omelette_eggs_are_its_eggs() -> None:
    for text in ("masala omelette 3 eggs", "a 3-egg masala omelette"):
        got = _grams(text)
        assert _near(got["01123"], 150), text
        assert not any(k.startswith("05") for k in got), text  # no curry's chicken


def test_pan_fried_dumplings_are_fried() -> None:
    got = _grams("gyoza x8 pan-fried")
    assert "04582" in got  # the frying oil
    assert _near(_grams("pan fried potstickers")["x-dumpling"], 120)


def test_asian_takeaway_dishes() -> None:
    assert _near(_grams("tonkotsu")["04002"], 12)  # the pork-fat broth
    assert 550 <= _kcal("tonkotsu ramen") <= 850
    assert _near(_grams("beef with broccoli")["36603"], 350)
    assert _near(_grams("whole yangnyeom chicken")["05007"], 450)
    assert _near(_grams("a cheese naan")["x-naan"], 115)
    assert _near(_grams("chicken tikka masala")["05064"], 125)
    massaman = _grams("beef massaman")
    assert _near(massaman["23090"], 130) and _near(massaman["12118"], 100)


def test_a_meal_from_the_dabba() -> None:
    assert _near(_grams("veg pulao from the dabba")["20045"], 200)
    assert _near(_grams("1 plate veg pulao")["20045"], 200)


def test_takeaway_fried_rice_and_chicken_balls() -> None:
    assert _near(_grams("special fried rice")["36602"], 250)  # a takeaway carton
    balls = _grams("sweet n sour chicken balls")
    assert _near(balls["05058"], 200) and "21229" not in balls  # battered chicken, not nuggets

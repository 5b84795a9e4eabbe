"""Issue 15, session 11, vocabulary sweep C: Middle Eastern, Turkish, Persian, African, European,
and UK/IE/AU/NZ/ZA home and bakery food (scripts/vocab_sweep.py, group ``sweep_c``).

Each name asserted here was unknown or read as a wrong food before the sweep. The phrases are
written for this test, in no phrase table; the gram ranges are what a careful person would
accept for the helping said (about ±30 % of a typical one).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

PITA = "18041"
BREAST = "05064"
THIGH = "05098"
LAMB_MINCE = "17225"
LAMB_STEW = "17060"
SPAGHETTI = "20121"
COWPEAS = "16063"
EGGPLANT = "11210"
FAVA = "16053"
HALAVAH = "19117"

CASES: list[tuple[str, str, float, float]] = [
    # Middle East, Turkey and Iran
    ("labneh with cucumber", "01116", 20, 45),
    ("kibbeh from the lebanese place", "x-kibbeh", 85, 160),  # two torpedoes
    ("5 kibbeh at the party", "x-kibbeh", 250, 350),
    ("shish tawook wrap and a diet coke", BREAST, 85, 160),
    ("shawarma sandwich after parkrun", PITA, 45, 80),
    ("150g chicken shawarma in a pita", BREAST, 105, 195),  # the meat, weighed
    ("shawarma plate with extra garlic sauce", THIGH, 105, 195),
    ("foul with bread for breakfast", FAVA, 140, 260),
    ("dolmades and olives", "x-dolma", 90, 165),
    ("8 stuffed vine leaves", "x-dolma", 160, 240),
    ("imam bayildi with bread", EGGPLANT, 140, 260),
    ("bowl of mercimek", "16070", 70, 150),
    ("some turkish delight", "19106", 25, 55),
    ("tahini halva with my coffee", HALAVAH, 25, 55),
    ("ghormeh sabzi and rice", LAMB_STEW, 70, 130),
    ("fesenjan with rice", THIGH, 105, 195),
    ("manti with yogurt", "x-dumpling", 140, 260),
    ("koobideh and a doogh", LAMB_MINCE, 105, 195),
    ("sangak bread and feta", PITA, 70, 130),
    # North, West and East Africa
    ("couscous royale for dinner", "20029", 110, 200),
    ("merguez with couscous", "07064", 70, 130),
    ("waakye with shito", COWPEAS, 70, 130),
    ("red red and plantain", COWPEAS, 140, 260),
    ("maafe with rice", "16098", 25, 45),
    ("moi moi and pap", COWPEAS, 70, 130),
    ("akara and akamu", COWPEAS, 40, 80),
    ("chicken yassa and rice", THIGH, 105, 195),
    ("shiro with injera", "16157", 28, 52),
    ("nigerian meat pie", "23570", 35, 65),
    # Southern Africa
    ("braai with pap", "07064", 70, 130),
    ("3 sosaties", "x-sosatie", 210, 390),
    ("lamb bredie", LAMB_STEW, 105, 195),
    ("malva pudding and custard", "18133", 50, 90),
    ("slice of peppermint crisp tart", "01053", 28, 52),
    # Europe
    ("bigos with rye bread", "11439", 100, 200),
    ("4 cabbage rolls", "x-cabbage-roll", 420, 780),
    ("latkes with applesauce", "11672", 80, 145),
    ("paczki and a coffee", "18255", 60, 110),
    ("slice of sachertorte", "18096", 55, 105),
    ("black forest gateau", "18096", 50, 90),
    ("kaiserschmarrn at the hut", "18293", 140, 260),
    ("langos with sour cream", PITA, 85, 155),
    ("chicken paprikash with dumplings", THIGH, 105, 195),
    ("olivier salad", "11367", 55, 105),
    ("gravlax on rye", "15077", 40, 80),
    ("a lotus biscoff with my latte", "18192", 6, 10),
    ("biscoff with a cuppa", "18192", 11, 21),
    ("belgian waffle with strawberries", "18367", 70, 130),
    ("cacio e pepe", SPAGHETTI, 140, 260),
    ("big plate of amatriciana", SPAGHETTI, 210, 400),
    ("puttanesca", SPAGHETTI, 140, 260),
    ("piadina for lunch", "18364", 70, 130),
    ("2 cannoli", "01036", 55, 105),
    ("a biscotti with my flat white", "x-biscotti", 20, 36),
    ("chicken cacciatore and polenta", THIGH, 105, 195),
    ("ratatouille with couscous", EGGPLANT, 40, 80),
    ("beef bourguignon and mash", "13373", 125, 235),
    ("coq au vin", THIGH, 140, 260),
    ("cassoulet", "16050", 105, 195),
    ("profiteroles for dessert", "18237", 20, 40),
    ("3 macarons", "x-macaron", 30, 60),
    ("lemon tart and a coffee", "18335", 25, 45),
    ("duck confit with lentils", "05140", 105, 195),
    ("dauphinoise potatoes", "11367", 105, 195),
    ("kleftiko", "17038", 140, 260),
    ("10 cevapi with onions", "x-cevapi", 175, 325),
    ("a chocolate eclair", "18257", 55, 100),
    # UK, Ireland, Australia, New Zealand
    ("colcannon with ham", "11371", 140, 260),
    ("battenberg with a cuppa", "18141", 28, 52),
    ("cream tea after the long run", "x-scone", 100, 180),
    ("banoffee pie", "01095", 28, 52),
    ("damper with golden syrup", "18032", 70, 130),
    ("fairy bread at the party", "18069", 20, 36),
    ("2 mince pies", "18322", 70, 130),  # the small Christmas pies, not 1/8 of a 9-inch
    ("bacon and egg pie", "01123", 60, 120),
    # second pass: more of the family, and names a near word read wrongly
    ("6 keftedes with tzatziki", "x-keftedes", 105, 195),
    ("saganaki with lemon", "01038", 40, 80),
    ("avgolemono", "06194", 175, 325),
    ("beef stifado", "13373", 105, 195),
    ("osso buco with risotto", "17277", 140, 260),
    ("stamppot with gravy", "11371", 175, 325),
    ("a bowl of erwtensoep", "16086", 105, 195),
    ("rollmops on rye", "15041", 40, 80),
    ("zurek with bread", "01129", 35, 65),  # sour rye soup, not a filo borek
    ("kotlet schabowy with potatoes", "10176", 85, 155),
    ("tartiflette after skiing", "11367", 140, 260),
    ("custard square and a flat white", "19201", 40, 80),  # a slice, not 8 g of custard
    ("chicken balti pie", "18335", 60, 120),  # a pie, not apple pie and curry
    ("pease pudding with ham", "16086", 70, 130),
    ("scotch broth", "20006", 40, 80),  # barley broth, not chicken stock
    ("spaghetti hoops on toast", "06931", 70, 130),
    ("treacle tart and custard", "19129", 30, 60),
    ("cranachan", "09302", 40, 80),
    ("githeri", "16033", 85, 155),
    ("goat pepper soup", "17169", 105, 195),
    ("mujadara with salad", "16070", 85, 155),
    ("zereshk polo", "05098", 105, 195),  # barberry rice with chicken, not a hard candy
    ("maamoul and tea", "09421", 6, 14),
    ("pljeskavica", "23570", 85, 155),
    ("shopska salad", "01019", 28, 52),
    # a pasta shape said before the sauce, and kebab-shop and chippy variants
    ("penne carbonara", "10862", 22, 42),  # the dish, not plain penne and an unread word
    ("linguine alle vongole", "15159", 40, 80),
    ("rigatoni amatriciana", "10862", 14, 26),
    ("gnocchi alla sorrentina", "01026", 28, 52),
    ("tortellini in brodo", "06194", 210, 390),
    ("beef kofta and rice", "23570", 85, 155),  # no lamb beside the beef
    ("chicken kofta with salad", "05333", 85, 155),
    ("gyros pita with chips", "17225", 85, 155),  # the meat, not an empty pitta
    ("falafel bowl", "16138", 70, 130),
    ("veal schnitzel with potato salad", "17101", 105, 195),
    ("pie mash and liquor", "11657", 140, 260),  # not apple pie and liquorice
    ("4 party pies at the footy", "18335", 55, 105),  # mini meat pies, not apple pie
    ("kota with extra chips", "07023", 70, 130),
    ("cheese and onion pie and beans", "01009", 28, 52),
    ("peppered steak pie", "22529", 140, 260),
    ("bangers mash and gravy", "07064", 90, 170),
    ("an iced ring", "18250", 38, 72),  # a doughnut, not a ring of bologna
    ("kik alicha with injera", "16086", 105, 195),
    ("beyaynetu and a coffee", "20143", 175, 325),
    ("braaibroodjie", "01009", 20, 40),
    ("snoek on the braai", "15052", 140, 260),
    ("polony sandwich", "07010", 20, 55),  # a ZA bologna, not hard candy
    ("bowl of maltabella with milk", "20067", 28, 52),
    ("hertzoggies", "12108", 5, 11),
    # third pass: Central and Eastern Europe, the Caucasus and Scandinavia
    ("8 potato pierogi", "11367", 85, 155),
    ("meat pierogi", "10220", 8, 16),
    ("kasespatzle", "01040", 35, 65),  # the cheese is in the dish, not an option
    ("2 piroshki", "23570", 28, 52),
    ("plov with salad", "20045", 175, 325),
    ("6 khinkali", "x-khinkali", 250, 470),
    ("gulaschsuppe", "13373", 55, 105),
    ("currywurst pommes", "21138", 105, 195),
    ("butterbrezel", "43109", 70, 130),
    ("kottbullar with mash", "23570", 105, 195),
    ("toast skagen", "15151", 50, 90),
    ("svickova with dumplings", "13418", 85, 155),
    ("vepro knedlo zelo", "11439", 70, 130),
    ("palacsinta with walnuts", "18293", 60, 120),
    ("cevapi in somun", "18041", 70, 130),
]


@pytest.mark.parametrize(("text", "food", "low", "high"), CASES)
def test_sweep_c_name_lands_on_its_food(text: str, food: str, low: float, high: float) -> None:
    got = _items(text)
    assert low <= got.get(food, 0.0) <= high, got


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("cacio e pepe", 380, 580),  # a restaurant plate
        ("boeuf bourguignon", 480, 800),
        ("red red", 520, 820),
        ("malva pudding", 300, 480),
        ("kibbeh", 220, 340),  # two
        ("mince pie", 180, 260),
        ("ratatouille", 120, 230),
        ("cream tea", 550, 850),
        ("moussaka", 460, 760),  # not the frozen lasagne it was read as (318)
    ],
)
def test_sweep_c_dish_energy_is_a_typical_helping(text: str, low: float, high: float) -> None:
    assert low <= foods.parse_meal(text).totals["kcal"] <= high


def test_a_count_multiplies_a_whole_pie_not_one_part() -> None:
    """Two pies for "2 x bacon and egg pie", not two portions of the bacon beside one pie."""
    one, two = _items("bacon and egg pie"), _items("2 x bacon and egg pie and a coke")
    assert two["01123"] == pytest.approx(2 * one["01123"])
    assert two["10862"] == pytest.approx(2 * one["10862"])

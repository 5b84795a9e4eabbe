"""Issue 15, ninth round: general rules and data found on the held9 misses, asserted on
phrases of the same kinds that are not in any table (the foods and grams a runner would see).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items


def _ids(text: str) -> set[str]:
    return set(_items(text))


def test_an_amount_said_after_the_food_reads_as_said_before_it() -> None:
    # a measure with its container: the can is the 330 ml one said, not another item
    assert 330 <= _items("lemonade, a 330 ml can")["14145"] <= 350
    assert _items("ginger beer (500ml bottle)") == _items("a 500ml bottle of ginger beer")
    # "and a half" after a measure, and a hedge before it
    assert _items("rice, about a cup and a half") == {"20045": 237}
    assert _items("roughly 2 slices of toast") == _items("2 slices of toast")
    # a tin said with a dish is its canned food's: the toast stays as the recipe has it
    beans = _items("beans on toast (1 tin)")
    assert beans["16006"] == 415 and beans["18069"] == 56
    # slices said after a list on bread count the bread (and its spread), not the last food
    toast = _items("toast with butter and marmite, 3 slices")
    assert toast["18069"] == 84 and toast["43406"] > 4
    # a bracketed amount in the middle of an item stays where it is
    assert _items("poached eggs (2) on toast")["01131"] == 100


def test_rashers_chips_and_curries_by_their_usual_helpings() -> None:
    # a rasher is a UK back rasher, whether or not "bacon" is said
    assert _items("3 rashers and 2 eggs")["10862"] == 54
    assert _items("2 rashers of back bacon") == {"10862": 36}
    # chips beside a meal are a UK helping; fries stay a fast-food medium
    assert _items("gammon and chips")["21138"] == 170
    assert _items("a burger and fries")["21138"] == _items("fries")["21138"]
    # beside anything battered, or as "cod and chips", a chip-shop portion
    assert _items("haddock and chips") == {"x-battered-fish": 150, "21138": 220}
    assert _items("a battered sausage with chips and curry sauce")["21138"] == 220
    # a chicken curry holds 125 g of chicken; a plain curry's other meats keep 100 g scaled
    assert _items("chicken jalfrezi and rice")["05064"] == 125
    assert _items("thai red curry with chicken")["05064"] == 125


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("2 slices of vogels toast", "18035", 90),  # a thick mixed-grain slice, 45 g
        ("burgen toast with butter", "18035", 45),
        ("3 marie biscuits", "18173", 21),
        ("a hot milo", "14315", 20),
        ("a yoplait", "01120", 170),
        ("a stubby of xxxx", "14006", 375),
        ("a packet of wotsits", "19008", 16.5),
        ("a bag of quavers", "19411", 16),
        ("a precision fuel gel", "19350", 51),
        ("a spoon of tomato relish", "11945", 15),
        ("cream of tomato soup", "06359", 252),
    ],
)
def test_names_from_home_and_the_shop(text: str, food: str, grams: float) -> None:
    assert _items(text)[food] == pytest.approx(grams, rel=0.02)


def test_dishes_and_boxes_built_from_parts() -> None:
    assert _ids("saag paneer with rice") >= {"11458", "01027", "20045"}
    assert _items("a large hsp")["21138"] == pytest.approx(390, rel=0.02)  # chips under meat
    assert _ids("a spice bag") >= {"21138", "05326", "11821"}
    kfc = _items("3 pieces of kfc original recipe")  # SR24's own: meat and skin with breading
    assert kfc == {"21425": 210, "21424": 75}
    # the sachet and the 180 ml of water on its label (round 27c)
    assert _items("oat so simple made with water") == {"08120": 27, "14411": 180}
    assert _items("2 kodiak pancakes") == {"18293": 76}
    sub = _items("footlong turkey sub")  # two six-inch rolls, 70 g of filling each
    assert sub["18353"] == 150 and sub["05186"] == 140
    assert _items("a tuna sub")["15128"] == 70
    assert _ids("meatball marinara sub") >= {"18353", "23570", "06931"}


def test_where_when_and_how_words_name_no_food() -> None:
    assert _items("a sausage roll from londis") == _items("a sausage roll")
    assert _items("pho from the food court") == _items("pho")
    assert _items("a bagel from the bagel bar") == _items("a bagel")
    assert _items("2 gels over 3 hours") == _items("2 gels")
    assert _items("a banana 1hr before the race") == _items("a banana")
    assert _items("4 gels in the half marathon") == _items("4 gels")
    assert _items("pasta the night before my race") == _items("pasta")
    assert _items("a double vodka, neat") == _items("a double vodka")
    assert _items("a whole pack of jelly babies") == _items("a pack of jelly babies")
    assert _items("cheese n onion crisps") == _items("cheese and onion crisps")
    assert _items("100g dry fusilli") == {"20120": 100}
    assert _items("a ginsters steak slice") == _items("a steak slice")


def test_shares_and_lunch_boxes() -> None:
    assert _items("a bottle of red between 2 of us") == {"14096": pytest.approx(373, abs=2)}
    assert _items("a large pizza between 4") == _items("a quarter of a large pizza")
    assert _items("3 quarters of a cheese sandwich")["18069"] == 42
    assert _items("chilli, a tupperware full") == _items("a large portion of chilli")


def test_gross_misreads_caught() -> None:
    # chilli sauce is a spoon of hot sauce, never a bowl of chilli con carne
    chips = _items("chips with chilli sauce")
    assert chips["06961"] == 15 and "22904" not in chips
    # oats cooked in water are the oats as said and their own water (5 ml a gram, round 27c),
    # not a glass of water
    assert _items("porridge oats cooked in water") == {"08120": 40, "14411": 200}
    # "restaurant portion" is a helping, not a Chinese restaurant's fried rice
    assert _items("lasagne, restaurant portion") == _items("lasagne")
    # cranberry in a sandwich is the sauce, not dried cranberries
    brie = _ids("a brie and cranberry baguette")
    assert "09081" in brie and "09079" not in brie
    # a counted food before a sauce is counted, not the sauce
    meatballs = _items("8 meatballs in arrabbiata")
    assert meatballs["23570"] == 200 and meatballs["06931"] < 150
    # a number after a product is its name, never a count of bottles
    assert _items("2 bottles of sis 500")["14460"] < 1500
    # bourbon with a mixer is the whiskey, not the biscuit
    drink = _ids("a bourbon and diet coke")
    assert "14037" in drink and "18173" not in drink
    # icing sugar is a dusting of powdered sugar, not a spoon of frosting
    assert _items("pancakes with icing sugar") == {
        "18293": 114,
        "19336": 5,
    }  # a stack of three (round 11)
    # "3 slices of papa johns pepperoni": pizza slices, not pepperoni sausage (since round 15
    # Papa John's own pepperoni pizza, 21284; a chain's generic pepperoni pizza before)
    assert _ids("3 slices of papa johns pepperoni") & {"21280", "21284"}


def test_counts_sizes_and_lists_name_the_right_food() -> None:
    bangers = _items("4 bangers and mash")  # four sausages, one helping of mash
    assert bangers["07064"] == 192 and bangers["11657"] == 200
    assert _items("a 10 inch margherita") == _items("a small margherita")
    assert _items("latte, oat") == _items("latte with oat milk")
    burrito = _items("burrito: steak, rice, beans")  # the burrito's own tortilla stays
    assert burrito["18364"] == 110
    assert "18350" in _ids("bap from the garage (bacon, egg)")
    assert _items("a packet of hula hoops") == {"19411": 24}  # the brand's own bag
    assert _items("a big bag of hula hoops")["19411"] > 100  # a sharing bag is its own size


@pytest.mark.parametrize(
    "text",
    [
        "an ulster fry",
        "a tattie scone",
        "a vanilla slice",
        "a koeksister",
        "a nanaimo bar",
        "6 pani puri",
        "a plate of idli sambar",
        "a nasi lemak",
        "patatas bravas",
        "a currywurst",
        "a plate of suya",
        "a bottle of huel",
        "a tunnock's teacake",
        "a bag of minstrels",
        "a slice of christmas pudding",
        "a sloppy joe",
        "a london fog",
        "a slice of key lime pie",
        "a bag of takis",
        "a liquid iv",
        "a high5 gel",
        "a 5 hour energy",
        "2 baozi",
        "a katsu sando",
        "a bowl of japchae",
        "a plate of kushari",
        "2 empanadas",
        "a lomo saltado",
    ],
)
def test_probed_names_are_known(text: str) -> None:
    # everyday names from home, bakeries, chains and race kits (none in a phrase table)
    parsed = foods.parse_meal(text)
    assert parsed.items and parsed.unmatched == [], (text, parsed.unmatched)


def test_probed_names_weigh_a_helping() -> None:
    assert sum(_items("6 pani puri").values()) == 120  # six puris, not six plates
    assert _items("a boost bar") == _items("a boost")  # the name is the bar
    assert _items("a precision hydration 1500") == _items("a precision hydration")
    assert _items("a bec on a roll")["10862"] == pytest.approx(23.7)
    assert _items("3 street tacos") == _items("3 tacos")


def test_a_runners_log_phrasing() -> None:
    # a size and a piece said after a food: one piece of it, that size
    assert _items("quiche, a big slab") == _items("a big slab of quiche")
    # "a caffeine one" after gels is a caffeine gel
    assert _items("3 gu gels, a caffeine one") == _items("3 gu gels, a caffeine gel")
    assert _items("a gel on the 16 miler") == _items("a gel")
    assert _items("sushi platter, 10 pieces") == _items("10 pieces of sushi")


def test_wholes_shares_and_packs() -> None:
    # a share of a whole melon is of the melon, not of SR24's "10 watermelon balls"
    assert _items("a quarter of a watermelon")["09326"] == pytest.approx(1129.5)
    assert _items("half a loaf of bread") == {"18069": 400}  # a UK large loaf, 800 g
    assert _items("1lb of pasta between 4")["20121"] == pytest.approx(113.4, abs=0.1)
    assert _items("a 4 pack of cider") == _items("4 ciders")
    assert _items("a 250g punnet of cherries") == {"09070": 250}
    milk = _items("a splash of milk in my tea")  # the milk and the tea, not a milky tea dish
    assert milk["01077"] == pytest.approx(30.9, abs=0.1) and "14355" in milk
    assert _items("a wee dram") == _items("25 ml of whisky")
    # an avocado as bought is a Hass, ~ 155 g eaten; half of one however it is said
    assert _items("an avocado") == {"09037": 155}
    assert _items("half avo") == _items("half an avocado") == {"09037": 77.5}
    assert _items("straw berries and cream") == _items("strawberries and cream")
    assert _items("chick peas") == _items("chickpeas")


def test_a_count_of_a_helping_of_pieces_counts_pieces() -> None:
    assert _items("6 new potatoes") == {"11367": 300}  # 50 g each, not six 150 g helpings
    assert _items("a new potato") == {"11367": 50}
    assert _items("4 roast potatoes")["11674"] == 300  # a roast potato ~ 75 g
    assert _items("roast potatoes") == _items("a portion of roast potatoes")
    assert _items("4 mini eggs") == {"19141": 14}  # chocolate eggs, not hens' eggs
    assert _items("8 chicken tikka pieces") == {"05064": 200}  # not eight chicken breasts
    assert _items("3 pigs in blankets")["07064"] == 36
    assert sum(_items("2 fish cakes").values()) == 146  # two cakes, not cod and chocolate cake
    assert _items("4 cocktail sausages") == {"07064": 48}
    assert _items("2 tortilla wraps") == {"18364": 144}  # the breads, not two chicken wraps
    assert set(_items("a wholemeal pitta")) == {"18042"}
    assert _items("2 9bars") == {"19015": 80}  # two seed bars, not nine ice-cream bars each
    # round 11: the 320 keeps its strength (320 kcal a bottle), the plain drink does not
    strong = foods.parse_meal("a maurten 320 in 500ml").totals["kcal"]
    assert strong > 1.8 * foods.parse_meal("500 ml of maurten drink").totals["kcal"]


def test_sauces_sides_and_trimmings() -> None:
    # curry sauce is the sauce, not a chicken curry with ketchup
    assert "05064" not in _items("chips and curry sauce from the van")
    assert _items("chips from the chippy")["21138"] == 220  # a chip-shop portion
    # a soup and a sandwich are two things, not a sandwich filled with soup
    assert _ids("leek and potato soup and a cheese toastie") >= {"06253", "18069", "01009"}
    assert "06559" in _ids("tomato soup and a grilled cheese sandwich")
    # "a roast beef dinner with all the trimmings" is the dinner, trimmings and all
    assert _items("a roast beef dinner with all the trimmings") == _items("a roast beef dinner")
    assert _ids("a cheese board") >= {"01009", "18229"}


def test_how_much_of_it_in_passing() -> None:
    assert _items("a large pizza, ate half") == _items("half a large pizza")
    assert _items("the rest of the risotto") == _items("risotto")
    assert _items("seconds of the chilli") == _items("a helping of chilli")
    assert _items("a second bowl of porridge") == _items("a bowl of porridge")
    assert sum(_items("2 bites of cheesecake").values()) == 60  # mouthfuls, not helpings
    assert _items("a spoonful of peanut butter from the jar") == _items(
        "a spoonful of peanut butter"
    )
    assert _items("a few chips off my son's plate") == _items("a few chips")
    assert _items("a cheeky pint") == _items("a pint")
    assert _ids("faggots, mash and peas") >= {"13327", "07064", "11657"}
    assert _items("6 indomie") == _items("6 packets of indomie")  # "6 in..." is no 6-inch
    # a name ending in a unit word stays the name when counted ("2 vanilla slices")
    assert _items("2 caramel slices") == {"18192": 50, "19074": 40, "19120": 30}
    assert _items("a steak slice") == {"x-pasty": 145}


def test_runner_products_by_brand() -> None:
    # a gel or bar by a brand the table does not know is a gel or bar, said unsure
    assert _items("a hammer gel") == _items("an energy gel")
    assert _items("2 veloforte bars") == _items("2 energy bars")
    parsed = foods.parse_meal("a neversecond gel")
    assert parsed.unmatched == [] and parsed.confidence == [0.8]
    assert _items("a bar") == _items("an energy bar")  # not an ice-cream bar
    assert sum(_items("a sis beta fuel drink").values()) == 548  # 80 g carbs in 500 ml
    assert "x-whey-protein" in _items("a sis rego")
    assert _items("a beta fuel gel") == {"19350": 60}


def test_squares_and_pieces_of_sweet_things() -> None:
    assert _items("3 squares of galaxy") == {"19120": 21}  # milk chunks, 7 g
    assert _items("3 squares of 70% dark chocolate") == {"19904": 24}  # dark squares, 8 g
    assert _items("2 pieces of shortbread") == {"18192": 40}  # a finger, 20 g


def test_bar_drinks_by_name() -> None:
    assert _ids("a vodka red bull") == {"14037", "14154"}  # not a red bull unknown
    assert _ids("a jager bomb") >= {"14037", "14154"}
    assert "14400" not in _ids("a lime and soda")  # lime cordial and soda water, no cola
    assert "14037" in _ids("a long island iced tea")  # a cocktail, not a tea
    assert _items("an alcohol free beer") == {"14006": 330}
    assert _ids("a whisky sour") >= {"14037", "09152"}


def test_aid_station_potatoes_are_baby_potatoes() -> None:
    assert _items("4 boiled potatoes at the aid station") == {"11367": 160}
    assert _items("boiled potatoes, 150g, at the checkpoint") == {"11367": 150}  # weighed
    assert _items("4 boiled potatoes")["11367"] > 400  # at home, whole potatoes


def test_round9_leaves_the_parser_version_bumped() -> None:
    assert int(foods.VERSION.rpartition("+p")[2]) >= 8

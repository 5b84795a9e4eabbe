"""Issue 15, seventh round: general rules and data found on the held7 misses, asserted on
phrases of the same kinds that are not in that table (the foods and grams a runner would see).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items


def test_a_lone_modifier_is_no_food() -> None:
    # "white" after a sandwich is its bread, never "Corn, white" by the plate
    assert _items("ham sandwich on white") == {"18069": 56, "01001": 5, "07029": 40}
    # counted whites are egg whites, 33 g each; after an omelette they size it
    assert _items("3 whites scrambled") == {"01124": 99}
    assert _items("an egg white omelette, 3 whites") == {"01124": 99}
    # a hedge before an amount names nothing ("maybe" was a brand of smokies)
    assert _items("cashews, roughly 40g") == {"12087": 40}
    assert _items("maybe 200ml of orange juice").keys() == {"09206"}
    assert _items("rice, about 100g") == {"20045": 100}


def test_where_and_when_alone_name_no_food() -> None:
    assert _items("banana, at the aid station") == {"09040": 118}
    assert _items("3 dates mid hike") == {"09421": 72}
    assert _items("a meat pie from the servo") == {"22529": 200}
    assert _items("flapjack from the vending machine").keys() == {"x-flapjack"}
    assert _items("a pasty for brekkie").keys() == {"x-pasty"}
    assert _items("gel on the way to the start") == {"19350": 32}
    assert _items("a gel every 30 minutes, 4 in total") == {"19350": 128}
    bagel = _items("a bagel with cheese and ham in it")
    assert set(bagel) == {"18001", "07029", "01009"}


def test_an_amount_after_a_dish_counts_its_part() -> None:
    # rashers are the bacon's (a UK back rasher 18 g since round 9), not more sandwiches
    assert _items("bacon sandwich, 2 rashers") == {"18069": 56, "01001": 5, "10862": 36}
    assert _items("bacon roll, 4 rashers")["18350"] == 50  # one roll
    # balls are the falafel's (17 g each); the wrap stays one wrap
    wrap = _items("falafel wrap, 5 balls")
    assert wrap["16138"] == 85 and wrap["18364"] == 72
    # slices are the bread's: the dish on that many slices (cheese on toast is per slice)
    assert _items("cheese on toast, 3 slices") == {"18069": 84, "01009": 75}  # 25 g a slice


def test_portion_words_by_what_they_hold() -> None:
    # half a pizza of no size is half a ~12.5" pizza; a size said is kept
    half = _items("half a margherita pizza")["21299"]
    assert 300 <= half <= 360
    assert _items("half a medium pizza")["21299"] == 300
    assert _items("half a large pizza")["21299"] > 400
    # a square of a tray dish is a helping; of chocolate, a square of a bar
    assert _items("a square of lasagne")["22916"] >= 200
    assert _items("a square of chocolate") == {"19120": 7}  # a milk chunk (round 9)
    # a pot of pudding is a UK pot (150 g), counted pots too
    assert _items("2 pots of rice pudding") == {"19193": 300}
    # a double of a spirit said after the drink
    assert _items("rum and coke, double")["14037"] == 47.0  # a 50 ml double (round 11)


def test_buttered_names_of_two_words() -> None:
    assert _items("a buttered corn on the cob") == {"11167": 102, "01001": 10}
    assert _items("a buttered corn cob") == {"11167": 102, "01001": 10}  # no bread roll
    assert _items("a buttered english muffin") == {"18258": 57, "01001": 10}


def test_regional_names() -> None:
    assert _items("kumara mash").keys() == {"11508", "11657"}
    assert _items("a boerewors roll") == {"18350": 60, "07064": 100}
    assert _items("a bag of biltong") == {"19002": 35}
    assert _items("2 timbits") == {"18248": 28}  # 14 g doughnut holes
    assert set(_items("large poutine")) == {"21138", "01009", "06119"}
    assert _items("a double double") == {"14209": 350, "01049": 30, "19335": 8}
    chai = _items("masala chai")
    assert chai == {"14355": 150, "01077": 100} and "05064" not in chai  # no tikka masala
    assert _items("curd") == {"01116": 100}  # Indian curd is yogurt, a katori beside a meal
    assert set(_items("a ham and cheese jaffle")) == {"18069", "01001", "07029", "01009"}
    assert _items("a bag of tayto") == {"19411": 25}  # the brand's single bag (round 9)
    assert _items("2 toaster waffles") == {"18365": 70}
    assert _items("congee") == {"20045": 120, "14411": 180}
    assert _items("full cream milk") == _items("whole milk")
    assert _items("egg and soldiers").keys() == {"01123", "18069", "01001"}


def test_one_describing_word_alone_is_unknown() -> None:
    for text, word in (("rice, black", "black"), ("pasta, classic", "classic")):
        parsed = foods.parse_meal(text)
        assert parsed.unmatched == [word] and len(parsed.items) == 1, text
    assert foods.parse_meal("chips, side").unmatched == ["side"]  # not a potato salad
    # a lone word that is the food's own name or variety still lands
    assert _items("swiss") == {"01040": 28}  # Cheese, swiss
    assert _items("brisket") == {"13367": 85}
    assert _items("pancetta") == {"10862": 30}  # not pancreas, by spelling


def test_milk_on_a_cereal_and_a_wedge_in_a_drink() -> None:
    assert _items("weetabix, semi skimmed milk") == {"08148": 19, "01079": 150}
    assert _items("muesli, oat milk")["x-oat-drink"] == 150
    assert _items("a gin soda with lemon") == {"14037": 33.0, "14121": 200, "09150": 8}


def test_vegetables_beside_a_grain_are_a_portion() -> None:
    assert _items("pasta with broccoli and sweetcorn")["11167"] == 80  # not a cup of corn
    assert _items("rice with chickpeas and spinach")["16057"] == 80
    # roast: SR24's baked butternut (round 23b), still one portion
    assert _items("quinoa with roast butternut squash")["11486"] == 80
    assert _items("rice and passata")["11549"] == 150  # a sauce is not a vegetable portion
    assert _items("roast parsnips")["11298"] == 120  # a name holding "roast" stays


def test_sizes_of_bags_pots_and_pieces() -> None:
    assert _items("a bag of cashews") == {"12087": 50}  # a nut bag, not a crisp bag
    assert _items("a small bag of peanuts") == {"16090": 37.5}
    assert _items("a bag of crisps") == {"19411": 32}
    assert _items("a small pot of greek yogurt") == {"x-greek-yogurt": 112.5}
    assert _items("2 bangers") == {"07064": 96}
    assert _items("a jacket sweet potato") == {"11508": 140}
    # "brownie" and "cookie" are singular: one, not two
    assert _items("chocolate brownie") == {"18151": 56}
    assert _items("a cookie") == {"18159": 12.2}


def test_a_drink_never_takes_a_dishs_main() -> None:
    tea = foods.parse_meal("tea masala")
    assert [i.food_id for i in tea.items] == ["14355"] and tea.unmatched == ["masala"]
    assert tea.unsure == [0]  # shown as unsure, not trusted
    assert _items("beer battered fish and chips").keys() == {"x-battered-fish", "21138"}


def test_spreads_fillings_and_breads_said_around_a_dish() -> None:
    # the BLT's own mayo, said again after its bread, is not a second helping
    assert _items("a BLT on sourdough with mayo")["04025"] == 13.8
    # two fillings "on" a bread sit on two slices
    assert _items("ham and cheese on rye")["18060"] == 64
    # "raisin toast with butter" is raisin toast with a spread on each slice
    assert _items("2 slices of raisin toast with butter") == {"18047": 64, "01001": 10}


def test_a_few_small_pieces_and_sized_pots() -> None:
    assert _items("a few almonds") == {"12061": 15}  # half a handful, not 3.6 g
    assert _items("a few blueberries") == {"09050": 30}
    assert _items("3 almonds") == {"12061": 3.6}  # a number is counted
    assert _items("a pot of tomato soup") == {"06559": 400}  # a UK chilled soup pot
    assert _items("3 clementines") == {"09433": 222}  # SR24's own, 74 g each


def test_porridge_is_cooked_in_its_milk() -> None:
    assert _items("porridge with almond milk")["x-almond-drink"] == 200
    assert _items("oatmeal with skim milk")["01085"] == 200
    assert _items("oats with milk")["01077"] == 150  # a bowl of oats, as a cereal


def test_how_it_was_made_names_no_food() -> None:
    shake = _items("30g whey shaken with 300ml milk")
    assert shake["x-whey-protein"] == 30 and len(shake) == 2  # the powder, not 30 g of a shake
    tray = _items("a tray bake of carrots, parsnips and red onion")
    assert {"11124", "11298", "11282"} <= set(tray)  # roasted vegetables, not a cake
    chilli = _items("homemade chilli with rice")
    assert {"23570", "16335", "11531"} <= set(chilli)  # mince, beans, tomatoes: a home recipe


def test_the_seventh_table_keeps_round_sevens_gain(monkeypatch: pytest.MonkeyPatch) -> None:
    # held7 was 50.3 % foods with grams and 78.5 % energy when scored blind; tuning material
    # for round 7, after which it read 68.7 % / 89.2 % (bench/README.md)
    from tests import foods_score
    from tests.foods_heldout7 import HELD7, KINDS7

    for kind, ids in KINDS7.items():
        monkeypatch.setitem(foods_score.KINDS, kind, ids)
    foods_share, energy_share, _misses = foods_score.score(HELD7)
    assert foods_share >= 0.66 and energy_share >= 0.87, (foods_share, energy_share)


def test_a_homemade_burger_is_in_its_bun_with_its_chips_beside() -> None:
    burger = _items("a homemade burger and chips")
    assert {"18350", "23568"} <= set(burger)  # bun and patty
    fries = _items("homemade beef burger with oven fries")
    assert fries["11403"] == 150  # a side of fries, not onions-on-a-hot-dog 30 g
    assert _items("burger patty") == {"23568": 77}  # the meat alone when "patty" is said


def test_an_aid_station_pours_paper_cups() -> None:
    assert _items("flat coke and watermelon at the aid station")["14400"] == 150
    assert _items("2 cups of coke at the checkpoint") == {"14400": 300}
    assert _items("a bottle of water at the aid station")["14411"] > 400  # a bottle is a bottle
    assert _items("flat coke")["14400"] > 300  # elsewhere, a can


def test_a_bowl_of_cereal_is_a_little_more_than_its_helping() -> None:
    assert _items("a bowl of muesli") == {"42184": 68.75}  # 55 g helping, not 82 g
    assert _items("a bowl of chilli")["22904"] >= 300  # a bowl of a dish stays a bowlful

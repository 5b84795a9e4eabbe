"""An eighth held-apart table: written blind on 2026-12-02 for issue 15's bar.

Same shape and judging as tests/foods_heldout7.py (phrase, expected kinds with grams, kcal from
a hand estimate with USDA SR24 values per 100 g and household portions or typical retail
serving sizes; branded runner foods and a few takeaway items use the pack label where SR24 has
no such food). Written blind: the meal parser was never run on these phrases, and neither the
parser code nor its alias data nor the parser's tests were read to choose them. Composite dishes
SR24 lacks list their main ingredients as kinds; the kcal includes the rest (sauce, oil, ghee).
Only foods whose amount a careful person could estimate are expected kinds: milk in an unasked
cup of tea, cooking oil and sauces count towards the kcal only. Never used for tuning: score it
once. Kinds missing from tests/foods_kinds.py are defined in KINDS8 (SR24 NDB id prefixes, or
"x-" ids that foods_kinds.py already uses), which ``foods_score.py held8`` merges into KINDS
before judging.
"""

from __future__ import annotations

KINDS8: dict[str, tuple[str, ...]] = {
    "anylemonade": ("14288", "14293", "14543", "14297", "14145", "14144"),
    "anytea": ("14355", "14352", "14381", "14544", "14545"),
    # champagne, pinot grigio, sauvignon blanc: any table wine is right
    "anywine": (
        "14084",
        "14096",
        "14097",
        "14098",
        "14099",
        "14100",
        "14101",
        "14102",
        "14103",
        "14105",
        "14106",
        "14107",
        "14108",
        "14109",
        "14113",
        "14116",
        "14117",
        "14120",
        "14124",
        "14126",
        "14132",
        "14134",
        "14138",
        "14140",
        "14152",
        "14158",
        "14159",
        "14160",
    ),
    "apricot": ("09021",),
    # peameal is canadian-style bacon; plain bacon is also a fair reading
    "backbacon": ("10130", "10131", "10857", "10862", "10123", "10124", "10860", "10861"),
    "bananachips": ("19400",),
    "bellpepper": ("11821", "11333", "11951"),
    "biscuit": (
        "18009",
        "18010",
        "18011",
        "18012",
        "18013",
        "18014",
        "18015",
        "18016",
        "18017",
        "18629",
        "18633",
        "18634",
        "x-scone",
    ),
    "bokchoy": ("11116", "11117"),
    # a bap, a kaiser, a baguette, a sub roll or ciabatta: bread or a roll is equally right
    "breadroll": (
        "180",
        "181",
        "182",
        "184",
        "18342",
        "18347",
        "18348",
        "18349",
        "18350",
        "18351",
        "18353",
    ),
    "brussels": ("11098", "11099"),
    "buttermilk": ("01088", "01230", "42189"),
    "cabbage": ("11109", "11110"),
    "cantaloupe": ("09181",),
    "cauliflower": ("11135", "11136"),
    "coleslaw": ("11159", "21127", "21416", "21420"),
    "corn": ("11167", "11168", "11172", "11177"),
    "corndog": ("22973",),
    "cranberryjuice": ("14242", "14238", "14243", "14431"),
    "cranberrysauce": ("09081",),
    "edamame": ("11211", "11212"),
    "figs": ("09089", "09094"),
    # a chapati modelled as a flour tortilla, pita or naan
    "flatbread": ("18364", "18363", "18450", "18970", "18616", "18041", "18042", "x-naan"),
    "fries": (
        "11402",
        "11403",
        "11407",
        "21138",
        "21249",
        "36002",
        "36007",
        "36014",
        "36610",
        "x-chips",
    ),
    "gingerale": ("14136",),
    "grapefruit": ("09111", "09112", "09113", "09114", "09116", "09117", "09118"),
    # round 8: SR24's pink raw grapefruit juice (09404) is as plainly grapefruit juice as the
    # white ones; the kind had left it out
    "grapefruitjuice": ("09123", "09124", "09126", "09128", "09404"),
    # cooked grits; soft or stiff maize-meal pap is the same food
    "grits": (
        "08090",
        "08091",
        "08092",
        "08093",
        "08158",
        "08159",
        "08160",
        "08161",
        "08162",
        "08163",
        "08164",
        "08165",
        "08166",
        "08167",
        "08314",
        "08315",
        "08316",
    ),
    "hashbrown": ("11370", "11391", "11393", "21026"),
    "icedtea": ("14475", "14476", "14137", "14371"),
    "lemonpie": ("18320", "18321"),
    "liqueur": ("14414", "14415", "14534"),
    "mango": ("09176",),
    # a steak bake is a pasty or a meat pie
    "meatpastry": ("x-pasty", "22529"),
    "meatpie": ("22529",),
    "mms": ("19141", "19157"),
    "mozzarella": ("01026", "01027", "01028", "01029"),
    "mussels": ("15164", "15165"),
    "oliveoil": ("04053",),
    "olives": ("09193", "09194", "09195"),
    "onion": ("11282", "11283"),
    "passionfruit": ("09231",),
    "pineapple": ("09266",),
    "pineapplejuice": ("09273", "09275"),
    "plantain": ("09277", "09278", "09446", "09447"),
    "poptart": (
        "18361",
        "18362",
        "18475",
        "18476",
        "18477",
        "18478",
        "18479",
        "18480",
        "18481",
        "18482",
        "18483",
        "18484",
        "18486",
        "18487",
        "18488",
        "18489",
        "18490",
        "18494",
        "18495",
        "18496",
        "18497",
        "18938",
        "18939",
    ),
    "potatosalad": ("11414", "21140", "22971"),
    # a pumpkin soup is a soup, or pumpkin (the stock is near zero)
    "pumpkinsoup": ("06", "11422", "11424"),
    "reeses": ("19150", "19238"),
    "ricotta": ("01036", "01037"),
    "rusk": ("18224",),
    "soba": ("20114", "20115"),
    # stewed apple: apples, cooked apples or unsweetened apple sauce
    "stewedapple": ("09003", "09004", "09005", "09006", "09019", "09401"),
    "stuffing": ("18081", "18082", "18084", "18085", "18567", "18603"),
    "tomatojuice": ("11540", "11886"),
    "tortillachips": (
        "19056",
        "19057",
        "19058",
        "19063",
        "19424",
        "19433",
        "19833",
        "19857",
        "25028",
        "43364",
        "43566",
    ),
    # a stroopwafel is a cookie or a waffle
    "wafflecookie": ("181", "18365", "18367", "18403", "18932"),
    "whopper": ("21252", "21253", "21107", "21108", "21109"),
    "zucchini": ("11477", "11478"),
}

HELD8: list[tuple[str, dict[str, float], float]] = [
    # --- breakfasts ---
    # oats 50 × 3.79 = 190; skyr 150 × 0.63 = 94; raspberries 60 × 0.52 = 31
    (
        "overnight oats made with skyr, topped with raspberries",
        {"oats": 50, "greek": 150, "berries": 60},
        315,
    ),
    # multigrain bread 2 × 36 = 72 × 2.65 = 191; almond butter 1 tbsp = 16 × 6.14 = 98; strawberries
    # 60 × 0.32 = 19
    (
        "2 slices multigrain toast w/ almond butter and sliced strawberries",
        {"bread": 72, "almondbutter": 16, "strawberries": 60},
        308,
    ),
    # omelette eggs 150 × 1.54 = 231; mushrooms 60 × 0.26 = 16; cheddar 30 × 4.03 = 121; butter 5 ×
    # 7.17 = 36
    (
        "3 egg omelette with mushrooms and cheddar, cooked in butter",
        {"egg": 150, "mushroom": 60, "cheese": 30},
        404,
    ),
    # cheerios 35 × 3.67 = 128; 1% milk 200 × 0.42 = 84; banana 1/2 × 118 = 59 × 0.89 = 53
    (
        "a bowl of cheerios with 1% milk and half a banana",
        {"cheerios": 35, "milk": 200, "banana": 59},
        265,
    ),
    # bacon cooked 4 × 10 = 40 × 5.41 = 216; fried egg 2 × 46 = 92 × 1.96 = 180
    ("4 rashers of streaky bacon and 2 fried eggs", {"bacon": 40, "egg": 92}, 396),
    # peameal (canadian) bacon grilled 3 slices = 75 × 1.85 = 139; kaiser roll 57 × 2.93 = 167;
    # fried egg 46 × 1.96 = 90
    (
        "peameal bacon on a kaiser with a fried egg",
        {"backbacon": 75, "breadroll": 57, "egg": 46},
        396,
    ),
    # grits cooked 1 cup = 240 × 0.71 = 170; butter 10 × 7.17 = 72; scrambled eggs 2 eggs = 110 ×
    # 1.49 = 164
    ("grits with butter and 2 scrambled eggs", {"grits": 240, "egg": 110}, 406),
    # shreddies (shredded wheat) 40 × 3.51 = 140; semi-skimmed 150 × 0.46 = 69
    ("a bowl of shreddies with semi-skimmed", {"cereal": 40, "milk": 150}, 209),
    # rusks (rusk toast) 2 × 40 = 80 × 4.07 = 326; herbal tea 250 × 0.01 = 2
    ("2 buttermilk rusks dunked in rooibos tea", {"rusk": 80, "anytea": 250}, 328),
    # omelette eggs 100 × 1.54 = 154; onion 30 × 0.40 = 12; oil 5 × 8.84 = 44; white bread 2 × 28 =
    # 56 × 2.65 = 148
    (
        "masala omelette (2 eggs, onion, chilli) with 2 slices of bread",
        {"egg": 100, "bread": 56},
        358,
    ),
    # flour tortilla 64 × 3.01 = 193; scrambled eggs 2 eggs = 110 × 1.49 = 164; bacon cooked 2
    # rashers = 30 × 5.41 = 162; bbq sauce 20 × 1.50 = 30
    (
        "brekkie wrap - scrambled egg, bacon and bbq sauce",
        {"tortilla": 64, "egg": 110, "bacon": 30},
        549,
    ),
    # english muffin 57 × 2.27 = 129; butter 7 × 7.17 = 50; vegemite 5 × 1.85 = 9
    ("a toasted english muffin with butter and vegemite", {"englishmuffin": 57, "yeast": 5}, 188),
    # oats 40 × 3.79 = 152; brown sugar 10 × 3.80 = 38; walnuts 15 × 6.54 = 98
    ("steel cut oats with brown sugar and walnuts", {"oats": 40, "walnuts": 15}, 288),
    # rye crispbread 2 × 10 = 20 × 3.66 = 73; cottage cheese 100 × 0.98 = 98; tomato 60 × 0.18 = 11
    ("cottage cheese and tomato on 2 ryvitas", {"crackers": 20, "cottage": 100, "tomato": 60}, 182),
    # granola 80 × 4.89 = 391; oat milk 200 × 0.46 = 92; banana 118 × 0.89 = 105
    (
        "a big bowl of granola w/ oat milk and a banana",
        {"granola": 80, "oatmilk": 200, "banana": 118},
        588,
    ),
    # english muffin 57 × 2.27 = 129; poached eggs 100 × 1.43 = 143; spinach 50 × 0.23 = 12
    (
        "2 poached eggs on a toasted english muffin with wilted spinach",
        {"englishmuffin": 57, "egg": 100, "spinach": 50},
        284,
    ),
    # natural yoghurt 150 × 0.63 = 94; kiwi 75 × 0.61 = 46; passionfruit 18 × 0.97 = 17
    (
        "natural yoghurt with a kiwi and a passionfruit",
        {"yogurt": 150, "kiwi": 75, "passionfruit": 18},
        157,
    ),
    # pop tarts 2 × 52 = 104 × 3.90 = 406; 2% milk 250 × 0.50 = 125
    ("two pop tarts and a glass of 2% milk", {"poptart": 104, "milk": 250}, 531),
    # buttermilk biscuits 2 × 60 = 120 × 3.53 = 424; pork sausages cooked 40 × 3.39 = 136; milk
    # gravy 80 g ≈ 1.2/g ≈ 96
    ("2 buttermilk biscuits with sausage gravy", {"biscuit": 120, "sausage": 40}, 656),
    # soda bread 50 × 2.90 = 145; butter 7 × 7.17 = 50; boiled eggs 50 × 1.55 = 78
    (
        "a slice of soda bread with butter and a boiled egg",
        {"bread": 50, "butter": 7, "egg": 50},
        273,
    ),
    # weet-bix 2 × 17 = 34 × 3.62 = 123; 2% milk 200 × 0.50 = 100; sugar 4 × 3.87 = 15
    ("2 weetbix with milk and a teaspoon of sugar", {"weetabix": 34, "milk": 200, "sugar": 4}, 238),
    # special k 30 × 3.65 = 110; skim milk 125 × 0.34 = 42
    ("special k red berries with skimmed milk", {"cereal": 30, "milk": 125}, 152),
    # hash browns 2 × 45 = 90 × 2.18 = 196; baked beans 415 g tin / 2 = 207 × 0.94 = 195; fried egg
    # 46 × 1.96 = 90
    (
        "2 hash browns, half a tin of beans and a fried egg",
        {"hashbrown": 90, "bakedbeans": 207, "egg": 46},
        481,
    ),
    # firm tofu 150 × 0.70 = 105; red pepper 60 × 0.31 = 19; spinach 30 × 0.23 = 7; oil 10 × 8.84 =
    # 88
    (
        "tofu scramble with red pepper and spinach",
        {"tofu": 150, "bellpepper": 60, "spinach": 30},
        219,
    ),
    # chia 25 × 4.86 = 122; almond milk 150 × 0.17 = 26; mango 80 × 0.60 = 48
    (
        "chia pudding made with almond milk, topped with mango",
        {"chia": 25, "almondmilk": 150, "mango": 80},
        196,
    ),
    # banana 118 × 0.89 = 105; eggs 100 × 1.43 = 143; oil 5 × 8.84 = 44
    ("2 ingredient pancakes - 1 banana and 2 eggs", {"banana": 118, "egg": 100}, 292),
    # pork sausages cooked 2 × 40 = 80 × 3.39 = 271; fried egg 46 × 1.96 = 90; bap 60 × 2.78 = 167
    ("a sausage and egg bap", {"sausage": 80, "egg": 46, "breadroll": 60}, 528),
    # oats 40 × 3.79 = 152; peanut butter 16 × 5.88 = 94; blueberries 50 × 0.57 = 28
    ("oatmeal with a spoon of pb and blueberries", {"oats": 40, "pb": 16, "berries": 50}, 274),
    # whole milk 150 × 0.61 = 92; espresso 60 × 0.02 = 1; half a barra roll 60 × 2.89 = 173; tomato
    # 50 × 0.18 = 9; olive oil 10 × 8.84 = 88
    (
        "café con leche and a tostada with tomato and olive oil",
        {"milk": 150, "breadroll": 60, "tomato": 50, "oliveoil": 10},
        363,
    ),
    # crumpets (label ≈ 1.75/g) 2 × 55 = 110 × 1.75 = 192; golden syrup (label) 20 × 3.25 = 65
    ("a couple of crumpets with golden syrup", {"crumpet": 110, "syrup": 20}, 257),
    # coco pops (cocoa krispies) 30 × 3.89 = 117; whole milk 150 × 0.61 = 92
    ("coco pops with full cream milk", {"cereal": 30, "milk": 150}, 209),
    # fried egg 92 × 1.96 = 180; salsa 40 × 0.27 = 11; avocado 50 × 1.60 = 80; sourdough 50 × 2.89 =
    # 144
    (
        "2 fried eggs with salsa and avacado on sourdough",
        {"egg": 92, "salsa": 40, "avocado": 50, "bread": 50},
        415,
    ),
    # oats 40 × 3.79 = 152; stewed apple (unsweetened) 100 × 0.42 = 42; sugar 5 × 3.87 = 19
    ("porridge with stewed apple and cinnamon", {"oats": 40, "stewedapple": 100}, 213),
    # frozen mixed berries 100 × 0.51 = 51; banana 118 × 0.89 = 105; greek yoghurt 2% 100 × 0.73 =
    # 73; granola 30 × 4.89 = 147
    (
        "smoothie bowl: frozen berries, a banana, greek yoghurt and granola on top",
        {"berries": 100, "banana": 118, "greek": 100, "granola": 30},
        376,
    ),
    # white bread 36 × 2.65 = 95; ricotta 50 × 1.74 = 87; honey 10 × 3.04 = 30
    ("a slice of toast with ricotta and honey", {"bread": 36, "ricotta": 50, "honey": 10}, 212),
    # boiled eggs 100 × 1.55 = 155; white bread 36 × 2.65 = 95; butter 5 × 7.17 = 36; tea 250 × 0.01
    # = 2; milk 20 × 0.46 = 9
    (
        "2 dippy eggs with toast soldiers and a cup of tea",
        {"egg": 100, "bread": 36, "tea": 250},
        297,
    ),
    # bagel 105 × 2.57 = 270; bacon cooked 3 × 8 = 24 × 5.41 = 130; fried egg 92 × 1.96 = 180;
    # american cheese 20 × 3.71 = 74
    (
        "a bacon egg and cheese on a bagel from the deli",
        {"bagel": 105, "bacon": 24, "egg": 92, "cheese": 20},
        654,
    ),
    # soft maize porridge (as cooked grits) 250 × 0.59 = 148; whole milk 100 × 0.61 = 61; sugar 10 ×
    # 3.87 = 39
    ("mielie pap with milk and sugar for breakfast", {"grits": 250, "milk": 100, "sugar": 10}, 248),
    # grapefruit 123 × 0.42 = 52; boiled eggs 100 × 1.55 = 155
    ("half a grapefruit and 2 boiled eggs", {"grapefruit": 123, "egg": 100}, 207),
    # bagel 105 × 2.57 = 270; cheddar 30 × 4.03 = 121; tomato 40 × 0.18 = 7
    ("a toasted cheese and tomatoe bagel", {"bagel": 105, "cheese": 30, "tomato": 40}, 398),
    # scrambled eggs 2 eggs = 110 × 1.49 = 164; cheddar 20 × 4.03 = 81; english muffin 57 × 2.27 =
    # 129; butter 5 × 7.17 = 36
    (
        "cheesy scrambled eggs on an english muffin",
        {"egg": 110, "cheese": 20, "englishmuffin": 57},
        410,
    ),
    # --- lunches ---
    # breaded fried chicken 150 × 2.60 = 390; baguette 100 × 2.77 = 277; cheddar 20 × 4.03 = 81;
    # mayo 15 × 7.18 = 108
    (
        "chicken fillet roll with cheese and mayo from the deli counter",
        {"chicken": 150, "breadroll": 100, "cheese": 20, "mayo": 15},
        856,
    ),
    # wheat sub roll 71 × 2.73 = 194; deli turkey 56 × 1.04 = 58; swiss 14 × 3.80 = 53; lettuce,
    # tomato, onion 50 g ≈ 10
    (
        "6 inch turkey sub on wheat with swiss and veggies",
        {"breadroll": 71, "turkey": 56, "cheese": 14},
        315,
    ),
    # roast chicken meat 80 × 1.90 = 152; deli coleslaw 50 × 1.53 = 76; flour tortilla 64 × 3.01 =
    # 193
    (
        "leftover roast chicken and coleslaw in a wholemeal wrap",
        {"chicken": 80, "coleslaw": 50, "tortilla": 64},
        421,
    ),
    # pasty 180 g, label ≈ 3.0/g = 540
    ("a cheese and onion pasty from the bakery", {"pasty": 180}, 540),
    # tomato soup (condensed, made with water) 300 × 0.33 = 99; cheese scone 70 g × 3.6 = 252
    ("tomato and basil soup with a cheese scone", {"soup": 300, "scone": 70}, 351),
    # prawns cooked 100 × 1.19 = 119; avocado 70 × 1.60 = 112; lettuce 60 × 0.15 = 9
    (
        "prawn and avocado salad with a squeeze of lemon",
        {"shrimp": 100, "avocado": 70, "lettuce": 60},
        240,
    ),
    # pumpkin soup 350 × 0.50 = 175; bread roll 50 × 2.78 = 139; butter 7 × 7.17 = 50
    (
        "a bowl of pumpkin soup with a buttered bread roll",
        {"pumpkinsoup": 350, "breadroll": 50},
        364,
    ),
    # white rice 200 × 1.30 = 260; sirloin 80 × 2.12 = 170; fried egg 46 × 1.96 = 90; spinach,
    # carrot, sprouts 90 g ≈ 27; gochujang 20 g ≈ 40; oil 5 × 8.84 = 44
    ("bibimbap with beef and a fried egg", {"rice": 200, "beef": 80, "egg": 46}, 631),
    # white rice 2 × 100 = 200 × 1.30 = 260; tuna canned 2 × 15 = 30 × 1.16 = 35; mayo 16 × 7.18 =
    # 115
    ("2 tuna mayo onigiri from the konbini", {"rice": 200, "tuna": 30}, 410),
    # white rice 250 × 1.30 = 325; oil 15 × 8.84 = 133; chicken thigh meat 120 × 1.77 = 212; natural
    # yoghurt 80 × 0.63 = 50
    ("chicken biryani with raita", {"rice": 250, "chicken": 120, "yogurt": 80}, 720),
    # kidney beans 200 × 1.27 = 254; oil 10 × 8.84 = 88; onion-tomato masala ≈ 20; white rice 180 ×
    # 1.30 = 234; ghee 5 g ≈ 45
    ("rajma with jeera rice", {"beans": 200, "rice": 180}, 641),
    # chapatis (as flour tortilla) 2 × 40 = 80 × 3.01 = 241; potatoes 100 × 0.86 = 86; cauliflower
    # 100 × 0.25 = 25; oil 15 × 8.84 = 133
    ("2 chapatis with aloo gobi", {"flatbread": 80, "potato": 100, "cauliflower": 100}, 485),
    # white bread quarter loaf = 200 × 2.65 = 530; stewed lamb 120 × 2.60 = 312; potato 60 g ≈ 52;
    # oil 15 × 8.84 = 133
    ("quarter mutton bunny chow", {"bread": 200, "lamb": 120}, 1027),
    # tuna canned 80 × 1.16 = 93; mayo 10 × 7.18 = 72; spinach 20 × 0.23 = 5; flour tortilla 64 ×
    # 3.01 = 193
    ("tuna salad wrap with spinach", {"tuna": 80, "spinach": 20, "tortilla": 64}, 363),
    # chicken thigh meat 150 × 1.77 = 266; oil 5 × 8.84 = 44; white rice 180 × 1.30 = 234; toum 30 g
    # ≈ 6/g ≈ 180; salad 60 g ≈ 10
    ("chicken shawarma plate with rice and garlic sauce", {"chicken": 150, "rice": 180}, 734),
    # chicken leg, meat and skin, roasted 150 × 1.84 = 276; white rice 150 × 1.30 = 195; oil 5 ×
    # 8.84 = 44; corn 100 × 0.96 = 96
    (
        "nandos quarter chicken leg, spicy rice and corn on the cob",
        {"chicken": 150, "rice": 150, "corn": 100},
        611,
    ),
    # flour tortilla 72 × 3.01 = 217; sweet potato 80 × 0.90 = 72; black beans 60 × 1.32 = 79;
    # cheddar 30 × 4.03 = 121; oil 5 × 8.84 = 44
    (
        "sweet potato and black bean quesadilla",
        {"tortilla": 72, "sweetpotato": 80, "beans": 60, "cheese": 30},
        533,
    ),
    # ciabatta 80 × 2.71 = 217; mozzarella 60 × 3.00 = 180; tomato 60 × 0.18 = 11; oil 5 × 8.84 = 44
    ("caprese sandwich on ciabatta", {"breadroll": 80, "mozzarella": 60, "tomato": 60}, 452),
    # corned beef 100 × 2.51 = 251; swiss 30 × 3.80 = 114; sauerkraut 40 g ≈ 8; rye bread 2 × 32 =
    # 64 × 2.58 = 165; russian dressing 20 g × 3.7 ≈ 74; butter 7 × 7.17 = 50
    ("a reuben on rye", {"beef": 100, "cheese": 30, "bread": 64}, 662),
    # fried rice 300 × 1.63 = 489; breaded fried chicken 6 × 25 = 150 × 2.60 = 390; curry sauce 150
    # × 1.00 = 150
    (
        "egg fried rice, chicken balls and curry sauce from the chinese",
        {"friedrice": 300, "chicken": 150},
        1029,
    ),
    # pita 80 × 2.75 = 220; roast leg of lamb 120 × 2.30 = 276; tzatziki 40 g ≈ 36; fries 50 × 3.14
    # = 157
    (
        "lamb souvlaki wrap with tzatziki and chips inside",
        {"pita": 80, "lamb": 120, "chips": 50},
        689,
    ),
    # thin margherita 3 × 70 = 210 g × 2.66 = 559
    ("3 slices of a thin crust margherita", {"pizza": 210}, 559),
    # corn dogs 2 × 78 = 156 g × 2.67 = 417; lemonade 350 × 0.40 = 140
    ("2 corn dogs and a lemonade at the fair", {"corndog": 156, "anylemonade": 350}, 557),
    # crisps 25 × 5.42 = 136; white bread 2 × 36 = 72 × 2.65 = 191; butter 7 × 7.17 = 50
    ("cheese and onion crisp sandwich on white", {"crisps": 25, "bread": 72, "butter": 7}, 377),
    # white bread 2 × 36 = 72 × 2.65 = 191; vegemite 5 × 1.85 = 9; cheddar 20 × 4.03 = 81; butter 7
    # × 7.17 = 50
    ("vegemite and cheese sanga", {"bread": 72, "yeast": 5, "cheese": 20}, 331),
    # chicken breast 150 × 1.65 = 248; makhani sauce 100 g ≈ 150; white rice 200 × 1.30 = 260
    ("leftover butter chicken over rice", {"chicken": 150, "rice": 200}, 658),
    # sardines in oil 90 × 2.08 = 187; saltines 6 × 3 = 18 × 4.21 = 76
    ("a tin of sardines on 6 saltines", {"sardines": 90, "crackers": 18}, 263),
    # corned beef 150 × 2.51 = 376; rye bread 2 × 32 = 64 × 2.58 = 165; mustard ≈ 3
    ("a montreal smoked meat sandwich with mustard", {"beef": 150, "bread": 64}, 544),
    # sushi rice 12 × 18 = 216 × 1.45 = 313; raw salmon 48 × 2.08 = 100; avocado 36 × 1.60 = 58;
    # nori ≈ 5
    ("a 12 piece salmon avo maki box", {"sushirice": 216, "salmon": 48, "avocado": 36}, 476),
    # baguette 130 × 2.77 = 360; chicken breast 80 × 1.65 = 132; mayo 20 × 7.18 = 144
    ("a chicken mayo baguette from the spar", {"breadroll": 130, "chicken": 80, "mayo": 20}, 636),
    # tomato soup (condensed, made with water) 250 × 0.33 = 82; white bread 72 × 2.65 = 191; cheddar
    # 40 × 4.03 = 161; butter 10 × 7.17 = 72
    ("tomato soup and a grilled cheese", {"soup": 250, "bread": 72, "cheese": 40}, 506),
    # baked potato 250 × 0.93 = 232; cottage cheese 100 × 0.98 = 98
    ("jacket potato with cottage cheese and chives", {"potato": 250, "cottage": 100}, 330),
    # roast leg of lamb 80 × 2.30 = 184; white bread 72 × 2.65 = 191; butter 7 × 7.17 = 50; mint
    # sauce ≈ 10
    ("leftover roast lamb sandwich with mint sauce", {"lamb": 80, "bread": 72}, 435),
    # soba cooked 200 × 0.99 = 198; edamame 60 × 1.22 = 73; sesame dressing 20 g ≈ 88
    ("soba noodle salad with edamame and sesame dressing", {"soba": 200, "edamame": 60}, 359),
    # pasta cooked 150 × 1.58 = 237; pesto (label) 30 × 4.50 = 135; tomato 60 × 0.18 = 11;
    # mozzarella 50 × 3.00 = 150
    (
        "pesto pasta salad with cherry tomatoes and mozzarella balls",
        {"pasta": 150, "pesto": 30, "tomato": 60, "mozzarella": 50},
        533,
    ),
    # flour tortilla 64 × 3.01 = 193; chicken breast 80 × 1.65 = 132; bacon cooked 20 × 5.41 = 108;
    # mayo 15 × 7.18 = 108; crisps 40 × 5.42 = 217
    (
        "a chicken club wrap and a bag of sea salt crisps",
        {"tortilla": 64, "chicken": 80, "bacon": 20, "crisps": 40},
        758,
    ),
    # chicken thigh meat 120 × 1.77 = 212; flour tortilla 90 × 3.01 = 271; garlic mayo 30 g ≈ 180;
    # salad 60 g ≈ 9
    ("a kebab shop chicken wrap with garlic mayo and salad", {"chicken": 120, "tortilla": 90}, 672),
    # fish fingers 3 × 28 = 84 × 2.49 = 209; bap 60 × 2.78 = 167; butter 7 × 7.17 = 50
    ("3 fish fingers in a buttered bap", {"fishsticks": 84, "breadroll": 60}, 426),
    # --- dinners ---
    # lamb chops 140 × 2.94 = 412; feta 30 × 2.64 = 79; tomato 80 × 0.18 = 14; cucumber 60 × 0.15 =
    # 9; oil 10 × 8.84 = 88; pita 60 × 2.75 = 165
    (
        "grilled lamb chops with greek salad and a pita",
        {"lamb": 140, "feta": 30, "tomato": 80, "cucumber": 60, "pita": 60},
        767,
    ),
    # salmon cooked 140 × 2.06 = 288; pasta cooked 180 × 1.58 = 284; pesto (label) 30 × 4.50 = 135;
    # oil 5 × 8.84 = 44
    ("pan fried salmon with pesto linguine", {"salmon": 140, "pasta": 180, "pesto": 30}, 751),
    # sausages 2 × 60 = 120 × 3.20 = 384; white bread 72 × 2.65 = 191; potato salad 100 × 1.43 = 143
    (
        "2 beef snags in bread with a scoop of potato salad at the bbq",
        {"sausage": 120, "bread": 72, "potatosalad": 100},
        718,
    ),
    # roast pork leg 150 × 2.73 = 410; crackling 20 × 5.40 = 108; roast potatoes 200 × 1.50 = 300;
    # apple sauce sweetened 40 × 0.68 = 27; cabbage 80 × 0.23 = 18
    (
        "roast pork with crackling, roast potatoes, apple sauce and cabbage",
        {"pork": 170, "potato": 200, "applesauce": 40, "cabbage": 80},
        863,
    ),
    # stewed lamb 120 × 2.60 = 312; potatoes 200 × 0.86 = 172; carrots cooked 60 × 0.35 = 21; onion
    # 50 × 0.40 = 20
    (
        "a big bowl of irish stew (lamb, spuds, carrots)",
        {"lamb": 120, "potato": 200, "carrot": 60},
        525,
    ),
    # pasta cooked 200 × 1.58 = 316; oil 20 × 8.84 = 177; parmesan 10 × 3.92 = 39; lettuce 50 × 0.15
    # = 8
    (
        "spaghetti aglio e olio with parmesan and a side salad",
        {"pasta": 200, "parmesan": 10, "lettuce": 50},
        540,
    ),
    # boiled eggs 100 × 1.55 = 155; onion 60 g, tomato 80 g ≈ 38; oil 15 × 8.84 = 133; white rice
    # 180 × 1.30 = 234
    ("egg curry with rice", {"egg": 100, "rice": 180}, 560),
    # white fish cooked 150 × 1.05 = 158; coconut milk 60 × 2.30 = 138; onion, tomato ≈ 25; oil 10 ×
    # 8.84 = 88; white rice 180 × 1.30 = 234
    ("goan fish curry with rice", {"fish": 150, "rice": 180}, 643),
    # sirloin 150 × 2.12 = 318; onion, peppers 100 g ≈ 30; black bean sauce 40 g ≈ 40; oil 10 × 8.84
    # = 88; egg noodles 200 × 1.38 = 276
    ("beef and black bean sauce with egg noodles", {"beef": 150, "noodles": 200}, 752),
    # pasta cooked 200 × 1.58 = 316; tomato sauce 100 × 0.49 = 49; cream 40 × 3.45 = 138; parmesan
    # 10 × 3.92 = 39
    ("penne alla vodka", {"pasta": 200, "tomsauce": 100, "cream": 40, "parmesan": 10}, 542),
    # meatloaf 150 × 2.20 = 330; mash 200 × 0.83 = 166; green beans 100 × 0.35 = 35
    (
        "meatloaf with mashed potatoes and green beans",
        {"beef": 150, "mash": 200, "greenbeans": 100},
        531,
    ),
    # chuck pot roast lean 150 × 2.12 = 318; carrots cooked 80 × 0.35 = 28; potatoes 150 × 0.86 =
    # 129; gravy 60 g ≈ 30
    ("pot roast with carrots and potatoes", {"beef": 150, "carrot": 80, "potato": 150}, 505),
    # white rice 200 × 1.30 = 260; chicken thigh meat 80 × 1.77 = 142; sausages 60 × 3.20 = 192;
    # tomato, pepper, onion ≈ 25; oil 10 × 8.84 = 88
    (
        "a big bowl of jambalaya with chicken and andouille",
        {"rice": 200, "chicken": 80, "sausage": 60},
        707,
    ),
    # flank steak 150 × 2.02 = 303; sweet soy sauce 40 g ≈ 80; oil 15 × 8.84 = 133; white rice 200 ×
    # 1.30 = 260
    ("mongolian beef with steamed rice", {"beef": 150, "rice": 200}, 776),
    # corn tortillas 3 × 26 = 78 × 2.18 = 170; pork shoulder 150 × 2.30 = 345; pineapple 30 × 0.50 =
    # 15; onion, cilantro, salsa ≈ 15
    ("3 al pastor tacos with pineapple", {"tortilla": 78, "pork": 150, "pineapple": 30}, 545),
    # corn tortillas 2 × 26 = 52 × 2.18 = 113; chicken breast 100 × 1.65 = 165; enchilada sauce 100
    # g ≈ 30; cheddar 40 × 4.03 = 161; white rice 150 × 1.30 = 195; oil 5 × 8.84 = 44; refried beans
    # 120 × 0.91 = 109
    (
        "2 chicken enchiladas with mexican rice and refried beans",
        {"tortilla": 52, "chicken": 100, "cheese": 40, "rice": 150, "beans": 120},
        817,
    ),
    # salmon cooked 140 × 2.06 = 288; quinoa cooked 150 × 1.20 = 180; brussels sprouts 100 × 0.36 =
    # 36; oil 10 × 8.84 = 88
    (
        "baked salmon, quinoa and roasted brussels sprouts",
        {"salmon": 140, "quinoa": 150, "brussels": 100},
        592,
    ),
    # pork belly 120 × 5.18 = 622; white rice 180 × 1.30 = 234; pak choi 100 × 0.12 = 12
    ("crispy pork belly with rice and pak choi", {"pork": 120, "rice": 180, "bokchoy": 100}, 868),
    # chicken thighs with skin 2 × 90 = 180 × 2.29 = 412; baked potato 200 × 0.93 = 186; onion 80 ×
    # 0.40 = 32; tomato 100 × 0.18 = 18; oil 15 × 8.84 = 133
    (
        "chicken thigh traybake with new potatoes, red onion and cherry tomatoes",
        {"chicken": 180, "potato": 200, "onion": 80, "tomato": 100},
        781,
    ),
    # red pepper 2 × 120 = 240 × 0.31 = 74; beef mince cooked 100 × 2.50 = 250; white rice 80 × 1.30
    # = 104; tomato sauce 60 × 0.49 = 29; cheddar 30 × 4.03 = 121
    (
        "2 stuffed peppers with beef mince, rice and cheese on top",
        {"bellpepper": 240, "beef": 100, "rice": 80, "tomsauce": 60, "cheese": 30},
        578,
    ),
    # rice noodles 150 × 1.09 = 164; chicken breast 100 × 1.65 = 165; coconut milk 150 × 2.30 = 345;
    # tofu puffs 30 g ≈ 81; laksa paste, stock ≈ 50
    ("a bowl of chicken laksa", {"ricenoodles": 150, "chicken": 100}, 805),
    # braised chuck 150 × 2.50 = 375; potatoes 100 × 0.86 = 86; coconut milk 100 × 2.30 = 230;
    # peanuts 10 × 5.85 = 58; white rice 180 × 1.30 = 234
    ("massaman beef curry with jasmine rice", {"beef": 150, "potato": 100, "rice": 180}, 983),
    # beef mince cooked 150 × 2.50 = 375; bread, egg custard 60 g ≈ 108; white rice 150 × 1.30 =
    # 195; raisins 10 × 2.99 = 30; butter 5 × 7.17 = 36
    ("bobotie with yellow rice", {"beef": 150, "rice": 150}, 744),
    # sausages 150 × 3.20 = 480; stiff pap (maize meal 70 g dry in water) 250 × 1.00 = 250; tomato
    # relish 50 g ≈ 25
    ("boerewors and pap at the braai", {"sausage": 150, "grits": 250}, 755),
    # pork back ribs, edible 250 × 2.86 = 715; bbq sauce 40 × 1.50 = 60; deli coleslaw 100 × 1.53 =
    # 153
    ("half a rack of bbq ribs with coleslaw", {"pork": 250, "coleslaw": 100}, 928),
    # fried rice 300 × 1.63 = 489; fried egg 46 × 1.96 = 90
    ("a plate of nasi goreng with a fried egg on top", {"friedrice": 300, "egg": 46}, 579),
    # yellowfin tuna cooked 150 × 1.30 = 195; sweet potato 200 × 0.90 = 180; butter 5 × 7.17 = 36;
    # asparagus 80 × 0.22 = 18
    (
        "tuna steak with sweet potato mash and asparagus",
        {"fish": 150, "sweetpotato": 200, "asparagus": 80},
        429,
    ),
    # roast turkey light meat 150 × 1.57 = 236; stuffing 80 × 1.77 = 142; cranberry sauce 40 × 1.51
    # = 60; roast potatoes 200 × 1.50 = 300
    (
        "roast turkey, stuffing, cranberry sauce and roasties",
        {"turkey": 150, "stuffing": 80, "cranberrysauce": 40, "potato": 200},
        738,
    ),
    # lentils cooked 150 × 1.16 = 174; tomato sauce 150 × 0.49 = 74; pasta cooked 200 × 1.58 = 316;
    # oil 10 × 8.84 = 88
    ("lentil bolognese with spagetti", {"lentils": 150, "tomsauce": 150, "pasta": 200}, 652),
    # mussel meat 150 × 1.72 = 258; wine, butter, cream sauce ≈ 100; crusty bread 60 × 2.89 = 173
    ("mussels in white wine sauce with crusty bread", {"mussels": 150, "bread": 60}, 531),
    # chicken breast 200 × 1.65 = 330; red pepper 80 × 0.31 = 25; onion 60 × 0.40 = 24; oil 10 ×
    # 8.84 = 88; corn 100 × 0.96 = 96
    (
        "2 chicken skewers with peppers and onion, and a corn cob",
        {"chicken": 200, "bellpepper": 80, "onion": 60, "corn": 100},
        563,
    ),
    # flour tortilla 72 × 3.01 = 217; chicken breast 100 × 1.65 = 165; cheddar 50 × 4.03 = 202; sour
    # cream 30 × 1.93 = 58; oil 5 × 8.84 = 44
    (
        "chicken quesadilla with sour cream",
        {"tortilla": 72, "chicken": 100, "cheese": 50, "sourcream": 30},
        686,
    ),
    # pork mince cooked 150 × 2.97 = 446; oil 15 × 8.84 = 133; oyster and fish sauce ≈ 30; white
    # rice 200 × 1.30 = 260; fried egg 46 × 1.96 = 90
    (
        "thai basil pork mince (pad kra pao) with rice and a fried egg",
        {"pork": 150, "rice": 200, "egg": 46},
        959,
    ),
    # fried wings 10 × 32 = 320 × 3.21 = 1027; hot sauce with butter 30 g ≈ 90; blue cheese dressing
    # 40 × 4.76 = 190
    ("10 buffalo wings with blue cheese dip", {"chicken": 320, "dressing": 40}, 1307),
    # pasta cooked 200 × 1.58 = 316; prawns cooked 100 × 1.19 = 119; chorizo 40 × 4.55 = 182;
    # tomatoes 100 g ≈ 18; oil 10 × 8.84 = 88
    ("prawn and chorizo linguine", {"pasta": 200, "shrimp": 100, "sausage": 40}, 723),
    # cauliflower 200 × 0.25 = 50; cheese sauce 100 g ≈ 180; chicken breast 150 × 1.65 = 248
    ("cauliflower cheese with a roast chicken breast", {"cauliflower": 200, "chicken": 150}, 478),
    # boxed mac and cheese prepared 300 × 1.73 = 519; hot dogs 2 × 45 = 90 × 3.05 = 274
    ("a plate of kraft dinner with cut up hot dogs", {"mac": 300, "hotdog": 90}, 793),
    # breaded pork schnitzel 150 × 2.60 = 390; potato salad 150 × 1.43 = 214
    ("pork schnitzel with potato salad", {"pork": 150, "potatosalad": 150}, 604),
    # black beans 150 × 1.32 = 198; white rice 150 × 1.30 = 195; plantain cooked 100 × 1.16 = 116;
    # oil 10 × 8.84 = 88
    ("black beans and rice with fried plantain", {"beans": 150, "rice": 150, "plantain": 100}, 597),
    # breaded fried chicken 150 × 2.60 = 390; waffle 75 × 2.91 = 218; maple syrup 40 × 2.60 = 104
    ("chicken and waffles with maple syrup", {"chicken": 150, "waffle": 75, "syrup": 40}, 712),
    # omelette eggs 100 × 1.54 = 154; red pepper 40 × 0.31 = 12; onion 40 × 0.40 = 16; courgette 40
    # × 0.17 = 7; oil 5 × 8.84 = 44
    (
        "omelette with leftover veg - peppers, onion and courgette, 2 eggs",
        {"egg": 100, "bellpepper": 40, "onion": 40, "zucchini": 40},
        233,
    ),
    # sirloin 180 × 2.12 = 382; baked potato 200 × 0.93 = 186; green beans 100 × 0.35 = 35
    (
        "180g sirloin, 200g baked potato, 100g green beans",
        {"beef": 180, "potato": 200, "greenbeans": 100},
        603,
    ),
    # --- snacks ---
    # macadamias 28 × 7.18 = 201
    ("a handful of macadamias", {"nuts": 28}, 201),
    # pistachios 20 × 5.67 = 113
    ("a small handful of pistachios", {"nuts": 20}, 113),
    # tim tam (label ≈ 5.2/g) 18 × 5.20 = 94; tea 250 × 0.01 = 2; milk 30 × 0.46 = 14
    ("a tim tam and a cuppa", {"cookie": 18, "tea": 250}, 110),
    # doritos (nacho tortilla chips) 45 × 5.14 = 231
    ("a 45g bag of doritos", {"tortillachips": 45}, 231),
    # mandarin 88 × 0.53 = 47; string cheese (part-skim mozzarella) 28 × 2.54 = 71
    ("a mandarin and a cheese stick", {"clementine": 88, "cheese": 28}, 118),
    # celery 80 × 0.16 = 13; cream cheese 30 × 3.42 = 103
    ("celery sticks with cream cheese", {"celery": 80, "creamcheese": 30}, 116),
    # 70-85% dark chocolate 30 × 5.98 = 179
    ("a few squares of dark chocolate, about 30g", {"darkchoc": 30}, 179),
    # m&ms 48 × 4.92 = 236
    ("a packet of m&ms", {"mms": 48}, 236),
    # reese's cups 42 × 5.15 = 216
    ("a reese's 2 cup pack", {"reeses": 42}, 216),
    # babybel (edam) 2 × 20 = 40 × 3.57 = 143; grapes 80 × 0.69 = 55
    ("2 mini babybels and a handful of red grapes", {"cheese": 40, "grapes": 80}, 198),
    # peanut butter 20 × 5.88 = 118
    ("a big spoonful of peanut butter", {"pb": 20}, 118),
    # banana chips 20 × 5.19 = 104
    ("a small handful of banana chips", {"bananachips": 20}, 104),
    # blueberries 125 × 0.57 = 71
    ("a punnet of blueberries", {"berries": 125}, 71),
    # watermelon 150 × 0.30 = 45; strawberries 60 × 0.32 = 19
    ("a cup of watermelon and a few strawberries", {"watermelon": 150, "strawberries": 60}, 64),
    # bakery muffin 120 × 3.93 = 472
    ("a banana muffin from the coffee shop", {"muffin": 120}, 472),
    # banana 118 × 0.89 = 105; fig rolls 2 × 19 = 38 × 3.48 = 132
    ("a banana and 2 fig rolls at halfway", {"banana": 118, "cookie": 38}, 237),
    # carrot cake with frosting 100 × 4.15 = 415
    ("a slice of carrot cake with cream cheese icing", {"cake": 100}, 415),
    # lamington (sponge, chocolate, coconut) 60 × 3.60 = 216
    ("a lamington from the bakery", {"cake": 60}, 216),
    # fruit cake 70 × 3.24 = 227; tea 250 × 0.01 = 2; milk 30 × 0.46 = 14
    ("a slice of fruit cake and a cup of tea", {"cake": 70, "tea": 250}, 243),
    # whole-wheat crackers 6 × 4.7 = 28 × 4.27 = 120; cheddar 30 × 4.03 = 121
    ("6 triscuits with cheddar", {"crackers": 28, "cheese": 30}, 241),
    # apple 182 × 0.52 = 95; almonds 10 × 1.2 = 12 × 5.75 = 69
    ("an apple and 10 almonds", {"apple": 182, "almonds": 12}, 164),
    # cantaloupe 276 × 0.34 = 94
    ("half a cantaloupe", {"cantaloupe": 276}, 94),
    # lemon meringue pie 1/6 of 8" = 113 × 2.68 = 303
    ("a slice of lemon meringue pie", {"lemonpie": 113}, 303),
    # soft choc chip cookies 2 × 45 = 90 × 4.54 = 409
    ("2 choc chip cookies from subway", {"cookie": 90}, 409),
    # salted peanuts 30 × 5.85 = 176
    ("a handful of salted peanuts", {"peanuts": 30}, 176),
    # glazed yeast donut 49 × 3.99 = 196
    ("a glazed donut from krispy kreme", {"donut": 49}, 196),
    # fresh figs 2 × 50 = 100 × 0.74 = 74; soft goat cheese 30 × 2.68 = 80
    ("two figs and some goats cheese", {"figs": 100, "cheese": 30}, 154),
    # parmesan 20 × 3.92 = 78
    ("a chunk of parmesan, about 20g", {"parmesan": 20}, 78),
    # tomato 125 × 0.18 = 22; olives 30 × 1.15 = 34
    ("half a punnet of cherry tomatoes and some olives", {"tomato": 125, "olives": 30}, 56),
    # kit kat 40 × 5.18 = 207
    ("a kit kat chunky", {"kitkat": 40}, 207),
    # apricots 3 × 35 = 105 × 0.48 = 50
    ("3 fresh apricots", {"apricot": 105}, 50),
    # 0% greek yoghurt 300 × 0.59 = 177
    ("2 x 150g pots of fat free greek yoghurt", {"greek": 300}, 177),
    # smoked salmon 80 × 1.17 = 94; rye crispbread 2 × 10 = 20 × 3.66 = 73
    ("80g smoked salmon on 2 rye crackers", {"salmon": 80, "crackers": 20}, 167),
    # --- drinks ---
    # coffee 2 × 300 = 600 × 0.01 = 6
    ("2 mugs of cafetiere coffee, black", {"coffee": 600}, 6),
    # skim milk 150 × 0.34 = 51; espresso 30 × 0.02 = 1
    ("a regular skinny cappucino", {"milk": 150}, 52),
    # 2% milk 300 × 0.50 = 150; chocolate syrup 40 × 2.79 = 112; whipped cream 25 × 2.57 = 64;
    # espresso 60 × 0.02 = 1
    ("a 16oz mocha with whipped cream", {"milk": 300, "cream": 25}, 327),
    # beer 284 × 0.43 = 122
    ("a half pint of pale ale", {"beer": 284}, 122),
    # beer 3 × 375 = 1125 × 0.43 = 484
    ("3 stubbies of VB at the footy", {"beer": 1125}, 484),
    # white wine 150 × 0.82 = 123
    ("a glass of sauv blanc", {"anywine": 150}, 123),
    # beer 355 × 0.43 = 153
    ("a bottle of corona with a lime wedge", {"beer": 355}, 153),
    # spirits 50 × 2.31 = 116; cola 200 × 0.37 = 74
    ("a double rum and coke", {"spirits": 50, "cola": 200}, 190),
    # cranberry juice cocktail 250 × 0.54 = 135
    ("a glass of cranberry juice", {"cranberryjuice": 250}, 135),
    # energy drink 250 × 0.45 = 112
    ("a 250ml can of V energy drink", {"energydrink": 250}, 112),
    # soy milk 200 × 0.43 = 86; chai concentrate 150 × 0.60 = 90
    ("a medium soy chai latte", {"soymilk": 200}, 176),
    # buttermilk 300 × 0.40 = 120
    ("a big glass of buttermilk after the run", {"buttermilk": 300}, 120),
    # banana 118 × 0.89 = 105; medjool dates 2 × 24 = 48 × 2.77 = 133; almond milk 250 × 0.17 = 42
    (
        "a banana date smoothie with almond milk",
        {"banana": 118, "dates": 48, "almondmilk": 250},
        280,
    ),
    # vanilla shake 340 × 1.48 = 503
    ("a small vanilla shake from mcdonalds", {"milkshake": 340}, 503),
    # tea 250 × 0.01 = 2; oat milk 30 × 0.46 = 14
    ("a cup of tea with a splash of oat milk", {"tea": 250, "oatmilk": 30}, 16),
    # water 1000 × 0.00 = 0
    ("a litre of water after the run", {"water": 1000}, 0),
    # red wine 375 × 0.85 = 319
    ("half a bottle of red", {"wine": 375}, 319),
    # spirits 30 × 2.31 = 69
    ("a 30ml shot of tequila", {"spirits": 30}, 69),
    # white wine 250 × 0.82 = 205
    ("a large glass of pinot grigio", {"anywine": 250}, 205),
    # cider (label) 500 × 0.44 = 220
    ("a 500ml bottle of strongbow", {"cider": 500}, 220),
    # pineapple juice 250 × 0.53 = 132
    ("a glass of pineapple juice", {"pineapplejuice": 250}, 132),
    # tomato juice 150 × 0.17 = 26
    ("a small glass of tomato juice", {"tomatojuice": 150}, 26),
    # spirits 45 × 2.31 = 104; coffee liqueur 30 × 3.26 = 98; espresso 30 × 0.02 = 1; sugar syrup 10
    # g ≈ 26
    ("an espresso martini", {"spirits": 45, "liqueur": 30}, 229),
    # ginger ale 355 × 0.34 = 121
    ("a can of canada dry ginger ale", {"gingerale": 355}, 121),
    # grapefruit juice 200 × 0.38 = 76
    ("a glass of grapefruit juice", {"grapefruitjuice": 200}, 76),
    # oat milk 250 × 0.46 = 115; cocoa mix 25 × 3.98 = 100
    ("a hot chocolate made with oat milk", {"oatmilk": 250}, 215),
    # cola 355 × 0.37 = 131
    ("a can of pepsi", {"cola": 355}, 131),
    # wine 2 × 125 = 250 × 0.82 = 205
    ("2 flutes of champagne at the wedding", {"anywine": 250}, 205),
    # herbal tea 300 × 0.01 = 3; honey 7 × 3.04 = 21
    ("a mug of chamomile tea with a tsp of honey", {"anytea": 300, "honey": 7}, 24),
    # sweet iced tea 400 × 0.35 = 140
    ("a big glass of sweet iced tea", {"icedtea": 400}, 140),
    # whey 30 × 3.88 = 116; almond milk 300 × 0.17 = 51
    ("a protein shake made with almond milk, 1 scoop", {"protein": 30, "almondmilk": 300}, 167),
    # spirits 35 × 2.31 = 81; cranberry juice cocktail 150 × 0.54 = 81
    ("a vodka cranberry", {"spirits": 35, "cranberryjuice": 150}, 162),
    # --- runner foods ---
    # Maurten Gel 100, 40 g, label = 100
    ("a maurten gel 100 at km 25", {"gel": 40}, 100),
    # GU gels 2 × 32 g, label 2 × 100 = 200; water 200 × 0.00 = 0
    ("2 gu gels and a cup of water at the aid station", {"gel": 64, "water": 200}, 200),
    # 6 bloks × 10 g, label 6 × 33 = 200
    ("6 clif bloks over the long run", {"chews": 60}, 200),
    # stroopwafel 30 g, label (Honey Stinger) = 140
    ("a stroopwafel at the turnaround", {"wafflecookie": 30}, 140),
    # white bread 2 × 36 = 72 × 2.65 = 191; peanut butter 2 tbsp = 32 × 5.88 = 188; honey 1 tbsp =
    # 21 × 3.04 = 64
    ("pb and honey sandwich on the trail", {"bread": 72, "pb": 32, "honey": 21}, 443),
    # gummy sweets (gumdrops) 40 × 3.96 = 158
    ("a handful of gummy worms at the aid station", {"candy": 40}, 158),
    # cola 165 × 0.37 = 61; gel 32 g, label = 100
    ("half a can of coke and a gel at 30k", {"cola": 165, "gel": 32}, 161),
    # banana 236 × 0.89 = 210; bagel 105 × 2.57 = 270
    ("2 bananas and a plain bagel 3 hrs before the marathon", {"banana": 236, "bagel": 105}, 480),
    # white rice 300 × 1.30 = 390; soy sauce 15 g ≈ 8; fried egg 92 × 1.96 = 180
    (
        "night before the race: a big bowl of white rice with soy sauce and 2 fried eggs",
        {"rice": 300, "egg": 92},
        578,
    ),
    # white bread 72 × 2.65 = 191; jam 2 × 15 = 30 × 2.78 = 83; semi-skimmed 568 × 0.46 = 261
    (
        "recovery: 2 slices of toast with jam and a pint of semi-skimmed",
        {"bread": 72, "jam": 30, "milk": 568},
        535,
    ),
    # Huma gel 39 g, label = 100
    ("a huma chia gel at mile 8", {"gel": 39}, 100),
    # saltines 4 × 3 = 12 × 4.21 = 51; ginger ale 200 × 0.34 = 68
    (
        "4 saltines and a cup of flat ginger ale at the aid station",
        {"crackers": 12, "gingerale": 200},
        119,
    ),
    # bagel 105 × 2.57 = 270; peanut butter 10 × 5.88 = 59; coffee 240 × 0.01 = 2
    (
        "race morning: plain bagel with a thin layer of PB and a coffee",
        {"bagel": 105, "pb": 10, "coffee": 240},
        331,
    ),
    # sports drink 1500 × 0.26 = 390
    ("1.5 litres of gatorade over the 20 miler", {"sports": 1500}, 390),
    # pancakes 4 × 38 = 152 × 2.27 = 345; bacon cooked 3 × 8 = 24 × 5.41 = 130; maple syrup 60 ×
    # 2.60 = 156
    (
        "a stack of 4 pancakes with bacon and syrup after the marathon",
        {"pancake": 152, "bacon": 24, "syrup": 60},
        631,
    ),
    # 2% milk 250 × 0.50 = 125; banana 118 × 0.89 = 105; oats 2 × 5 = 10 × 3.79 = 38; honey 21 ×
    # 3.04 = 64
    (
        "recovery smoothie: 250ml milk, a banana, 2 tbsp oats and a tbsp of honey",
        {"milk": 250, "banana": 118, "oats": 10, "honey": 21},
        332,
    ),
    # energy bar 68 × 3.46 = 235
    ("a cliff bar before the hill reps", {"energybar": 68}, 235),
    # banana bread 2 × 60 = 120 × 3.26 = 391
    ("2 slices of banana bread at the aid station", {"bananabread": 120}, 391),
    # tea 250 × 0.01 = 2; milk 30 × 0.46 = 14; sugar 8 × 3.87 = 31; white bread 72 × 2.65 = 191;
    # cheddar 40 × 4.03 = 161; butter 7 × 7.17 = 50
    (
        "a mug of sweet tea and a cheese sandwich after the fell race",
        {"tea": 250, "sugar": 8, "bread": 72, "cheese": 40},
        449,
    ),
    # oat milk 280 × 0.46 = 129; almond croissant 100 × 4.10 = 410
    (
        "an oat latte and an almond croissant after the club run",
        {"oatmilk": 280, "croissant": 100},
        539,
    ),
    # chicken broth 240 × 0.06 = 14; white bread 36 × 2.65 = 95; peanut butter 16 × 5.88 = 94; jam
    # 10 g ≈ 28
    (
        "a cup of chicken broth and half a pb&j at the 80k aid station",
        {"soup": 240, "bread": 36, "pb": 16},
        231,
    ),
    # reduced-fat chocolate milk 1000 × 0.76 = 760
    ("a 1 litre carton of choc milk after the 30k", {"chocmilk": 1000}, 760),
    # white bread 72 × 2.65 = 191; honey 21 × 3.04 = 64; banana 118 × 0.89 = 105
    (
        "2 pieces of white toast with honey and a banana 2 hours before the half",
        {"bread": 72, "honey": 21, "banana": 118},
        360,
    ),
    # jelly babies (jellybeans) 9 × 6 = 54 × 3.75 = 202
    ("9 jelly babies over the 30k, 3 every 10k", {"candy": 54}, 202),
    # energy bar 65 × 3.46 = 225
    ("a powerbar on the way to the race", {"energybar": 65}, 225),
    # baked potato 138 × 0.93 = 128
    ("a small baked potato with salt at the 50k checkpoint", {"potato": 138}, 128),
    # whey 60 × 3.88 = 233; semi-skimmed 300 × 0.46 = 138
    ("2 scoops of whey with 300ml semi-skimmed after the gym", {"protein": 60, "milk": 300}, 371),
    # gels 2 × 32 g, label 2 × 100 = 200; sports drink 600 × 0.26 = 156
    (
        "2 caffeinated gels and 600ml of electrolyte drink during the half ironman",
        {"gel": 64, "sports": 600},
        356,
    ),
    # oreo 11 × 4.69 = 52; cola 150 × 0.37 = 56
    ("an oreo and a cup of coke at the aid station", {"oreo": 11, "cola": 150}, 108),
    # bagel 3 × 105 = 315 × 2.57 = 810
    ("3 plain bagels over the day for carb loading", {"bagel": 315}, 810),
    # gels 4 × 32 g, label 4 × 100 = 400
    ("a gel every 45 min on the 3 hour run, 4 in total", {"gel": 128}, 400),
    # oats 60 × 3.79 = 227; whey 30 × 3.88 = 116
    ("protien oats: 60g oats, a scoop of whey, water", {"oats": 60, "protein": 30}, 343),
    # medjool dates 2 × 24 = 48 × 2.77 = 133; gel 32 g, label = 100
    ("2 medjool dates and a gel at mile 20", {"dates": 48, "gel": 32}, 233),
    # --- takeaway, cafe and weighed meals ---
    # bread roll 70 × 2.78 = 195; bacon cooked 2 rashers = 40 × 5.41 = 216; fried egg 46 × 1.96 =
    # 90; bbq sauce 20 × 1.50 = 30
    (
        "a bacon and egg roll with bbq sauce from the servo",
        {"breadroll": 70, "bacon": 40, "egg": 46},
        531,
    ),
    # whopper 270 g × 2.33 = 629; BK fries 116 × 3.31 = 384; diet coke 500 g × 0.02 = 10
    (
        "a whopper, medium fries and a diet coke",
        {"whopper": 270, "fries": 116, "dietcola": 500},
        1023,
    ),
    # battered fish 200 × 2.30 = 460; fries 250 × 3.14 = 785; cola 330 × 0.37 = 122
    (
        "a fish supper from the chipper and a can of coke",
        {"fish": 200, "chips": 250, "cola": 330},
        1367,
    ),
    # steak bake 141 g, label = 408
    ("a greggs steak bake", {"meatpastry": 141}, 408),
    # meat pie 175 g × 2.2 = 385; ketchup 20 × 0.97 = 19
    ("a pie and sauce from the servo", {"meatpie": 175, "ketchup": 20}, 404),
    # fries 250 × 3.14 = 785; curry sauce 120 × 1.00 = 120
    ("a portion of chips with curry sauce from the chipper", {"chips": 250}, 905),
    # coffee 300 × 0.01 = 3; light cream 30 × 1.95 = 58; sugar 8 × 3.87 = 31; boston cream donut 85
    # × 3.61 = 307
    (
        "a tim hortons double double and a boston cream donut",
        {"coffee": 300, "cream": 30, "sugar": 8, "donut": 85},
        399,
    ),
    # bakery sausage roll 150 g × 2.9 = 435; ketchup 20 × 0.97 = 19
    ("a sausage roll with tomato sauce from the bakery", {"sausagerolls": 150, "ketchup": 20}, 454),
    # fries 200 × 3.14 = 628; cheddar 50 × 4.03 = 202; bacon cooked 15 × 5.41 = 81
    ("loaded fries with cheese and bacon bits", {"chips": 200, "cheese": 50, "bacon": 15}, 911),
    # poached eggs 2 eggs = 100 × 1.43 = 143; bacon cooked 2 rashers = 40 × 5.41 = 216; sausages 60
    # × 3.20 = 192; hash browns 60 × 2.18 = 131; white bread 2 × 40 = 80 × 2.65 = 212; butter 10 ×
    # 7.17 = 72; tomato 60 × 0.18 = 11
    (
        "the big breakfast at the cafe - eggs, bacon, a snag, hash brown, toast and grilled tomato",
        {"egg": 100, "bacon": 40, "sausage": 60, "hashbrown": 60, "bread": 80, "tomato": 60},
        977,
    ),
    # white rice 100 × 1.30 = 130; chicken thigh meat 150 × 1.77 = 266; broccoli 80 × 0.35 = 28
    (
        "100g cooked basmati, 150g chicken thigh, 80g brocolli",
        {"rice": 100, "chicken": 150, "broccoli": 80},
        424,
    ),
    # oats 45 × 3.79 = 171; chia 15 × 4.86 = 73; soy milk 200 × 0.43 = 86
    ("45g rolled oats, 15g chia, 200ml soya milk", {"oats": 45, "chia": 15, "soymilk": 200}, 330),
    # brown rice 195 × 1.11 = 216; chicken breast 113 × 1.65 = 186
    ("1 cup cooked brown rice and 4 oz grilled chicken", {"rice": 195, "chicken": 113}, 402),
    # salmon cooked 85 × 2.06 = 175; quinoa cooked 93 × 1.20 = 112; spinach 30 × 0.23 = 7
    ("3oz salmon, 1/2 cup quinoa, 1 cup spinach", {"salmon": 85, "quinoa": 93, "spinach": 30}, 294),
]

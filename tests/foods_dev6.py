"""A sixth dev table: written on the fifth round (2026-12-02, 15:50 UTC) before the parser
was run on any of its phrases.

Same shape and judging as tests/foods_dev5.py: (phrase, expected kinds with grams, kcal).
Grams from SR24 household portions or typical servings (a slice of bread 28 g, a large egg
50 g, a cup of cooked rice 158 g, of pasta 140 g, a medium banana 118 g, a chicken breast as
served 120 g, a fish finger 28 g, a nugget 18-20 g, a meatball 25 g, a king prawn 10-12 g,
a tbsp of peanut butter 16 g, of honey 21 g, a UK can 330-355 ml, a 500 ml bottle); kcal are
hand estimates from SR24 values per 100 g. It leans on the classes of miss this round works
on (counts of pieces, dishes with qualifiers, connectors, spreads and toppings, recipe
shares) plus everyday breakfasts, drinks and runner foods. Tuning material.

A second batch (marked below) was written at 15:55 UTC, after the first batch's fixes, and a
third at 16:07 UTC (amounts typed as numbers, sizes, US and UK shop phrasing), each before the
parser was run on any of its phrases.
"""

from __future__ import annotations

DEV6: list[tuple[str, dict[str, float], float]] = [
    # --- counts of pieces ---
    ("spaghetti with 4 meatballs", {"pasta": 150, "beef": 100}, 500),
    ("6 chicken nuggets and a small fries", {"nuggets": 110, "chips": 85}, 600),
    ("a dozen prawns in garlic butter", {"shrimp": 130, "butter": 10}, 230),
    ("5 fish fingers with peas", {"fishsticks": 140, "peas": 80}, 420),
    ("10 almonds and an apple", {"almonds": 12, "apple": 182}, 165),
    ("3 falafel in a pitta with hummus", {"falafel": 51, "pita": 60, "hummus": 30}, 385),
    ("a handful of cherry tomatoes", {"tomato": 70}, 13),
    ("two chicken drumsticks", {"chicken": 95}, 165),
    ("20 fries", {"chips": 80}, 250),
    # --- dishes named with their filling ---
    ("a chicken tikka masala with pilau rice", {"chicken": 120, "rice": 180}, 750),
    ("a beef burrito", {"tortilla": 72, "beef": 90}, 650),
    ("a pulled pork sandwich with coleslaw", {"pork": 100}, 580),
    ("a prawn stir fry with noodles", {"shrimp": 85, "noodles": 160, "veg": 150}, 545),
    ("a halloumi and roasted veg wrap", {"tortilla": 72}, 480),
    ("chicken katsu curry", {"chicken": 110, "rice": 200}, 700),
    ("a tuna pasta bake", {"pasta": 200, "tuna": 60}, 600),
    ("a veggie stir fry with tofu and noodles", {"tofu": 100, "noodles": 160, "veg": 150}, 600),
    # --- burgers without a bun ---
    ("a cheeseburger with no bun", {"beef": 45}, 200),
    # --- "over", "served with", "on a bed of", "on" ---
    ("teriyaki salmon over rice", {"salmon": 125, "rice": 158}, 500),
    ("grilled chicken served with sweet potato fries", {"chicken": 120, "sweetpotato": 100}, 430),
    ("steak on a bed of rocket with parmesan shavings", {"beef": 170, "parmesan": 10}, 390),
    ("avocado and poached eggs on sourdough", {"avocado": 70, "egg": 100, "bread": 50}, 390),
    ("scrambled eggs on two slices of toast", {"egg": 120, "bread": 56}, 360),
    ("beans on toast with a fried egg", {"bakedbeans": 200, "bread": 56, "egg": 46}, 427),
    # --- spreads and toppings ---
    ("two crumpets with butter", {"crumpet": 110, "butter": 10}, 250),
    (
        "a slice of toast with peanut butter and banana",
        {"bread": 28, "pb": 16, "banana": 60},
        220,
    ),
    (
        "greek yogurt with a drizzle of honey and some walnuts",
        {"greek": 170, "honey": 10, "walnuts": 15},
        244,
    ),
    (
        "a bagel with cream cheese and smoked salmon",
        {"bagel": 105, "creamcheese": 30, "salmon": 40},
        420,
    ),
    ("pancakes with maple syrup and bacon", {"pancake": 114, "syrup": 40, "bacon": 16}, 450),
    (
        "a jacket potato with beans and cheese",
        {"potato": 220, "bakedbeans": 150, "cheese": 30},
        467,
    ),
    ("3 scrambled eggs with smoked salmon", {"egg": 180, "salmon": 50}, 326),
    ("overnight oats with chia seeds and berries", {"oats": 50, "chia": 12, "berries": 50}, 340),
    # --- drinks ---
    ("a large cappuccino with oat milk", {"espresso": 60, "oatmilk": 220}, 115),
    ("a bottle of coke", {"cola": 520}, 210),
    ("two glasses of red wine", {"wine": 294}, 250),
    ("a can of diet coke and a packet of crisps", {"dietcola": 355, "crisps": 35}, 190),
    ("a protein shake with a banana after my run", {"protein": 30, "banana": 118}, 225),
    # --- runner foods ---
    ("2 energy gels and a banana", {"gel": 64, "banana": 118}, 285),
    ("a handful of jelly babies during the long run", {"candy": 40}, 136),
    # --- everyday meals ---
    ("a sausage sandwich with brown sauce", {"bread": 56, "sausage": 90}, 450),
    ("fish and chips with mushy peas", {"fish": 150, "chips": 220, "peas": 80}, 1000),
    ("a bacon roll with ketchup", {"roll": 60, "bacon": 30}, 340),
    (
        "a chicken caesar salad, no croutons",
        {"chicken": 100, "caesar": 30, "parmesan": 5},
        370,
    ),
    ("a mug of tomato soup and a cheese toastie", {"soup": 250, "bread": 56, "cheese": 40}, 457),
    ("lasagne and garlic bread", {"lasagna": 300}, 600),
    ("a bowl of beef chilli with rice", {"rice": 158}, 520),
    # --- second batch, written before parsing ---
    (
        "a bowl of cornflakes with semi-skimmed milk and a sliced banana",
        {"cornflakes": 35, "milk": 150, "banana": 118},
        305,
    ),
    ("2 crumpets with peanut butter", {"crumpet": 110, "pb": 32}, 364),
    ("a cheese and pickle sandwich", {"bread": 56, "cheese": 40}, 360),
    ("chicken fajitas", {"tortilla": 90, "chicken": 120}, 600),
    ("a portion of chicken wings", {"chicken": 200}, 580),
    ("a large pepperoni pizza slice", {"pizza": 140}, 400),
    ("a chicken caesar wrap", {"tortilla": 72, "chicken": 80}, 520),
    ("a packet of quavers", {"crisps": 20}, 100),
    ("a banana and a handful of almonds before the run", {"banana": 118, "almonds": 30}, 279),
    (
        "a bowl of greek yoghurt with granola and honey",
        {"greek": 200, "granola": 30, "honey": 15},
        330,
    ),
    ("four rice cakes with cottage cheese", {"ricecake": 36, "cottage": 100}, 240),
    ("a tuna melt", {"bread": 56, "tuna": 60, "cheese": 30}, 400),
    ("a bowl of tomato pasta with parmesan", {"pasta": 210, "parmesan": 10}, 440),
    ("a slice of pepperoni pizza and a can of coke", {"pizza": 107, "cola": 370}, 440),
    (
        "grilled salmon with new potatoes and green beans",
        {"salmon": 125, "potato": 150, "greenbeans": 80},
        416,
    ),
    ("a small glass of orange juice", {"oj": 175}, 79),
    ("3 weetabix with cold milk", {"weetabix": 57, "milk": 150}, 290),
    ("a large latte with skimmed milk", {"espresso": 60, "milk": 360}, 130),
    ("a glass of prosecco", {}, 90),
    ("two hard boiled eggs and an apple", {"egg": 100, "apple": 182}, 250),
    ("a bowl of leftover chilli", {"chili": 300}, 330),
    ("a chicken and sweetcorn sandwich", {"bread": 56, "chicken": 60}, 370),
    ("6 chicken wings and a side of fries", {"chicken": 200, "chips": 134}, 1010),
    ("a large bowl of porridge with a chopped banana", {"oats": 60, "banana": 118}, 330),
    ("a jacket potato with tuna mayo", {"potato": 220, "tuna": 70}, 385),
    ("6 salmon nigiri", {"sushirice": 120, "salmon": 60}, 280),
    ("a handful of mixed nuts", {"nuts": 30}, 180),
    ("an apple and 2 tbsp of peanut butter", {"apple": 182, "pb": 32}, 283),
    ("2 slices of ham and a boiled egg", {"ham": 40, "egg": 50}, 140),
    ("a cappuccino and a blueberry muffin", {"muffin": 113}, 520),
    ("an egg white omelette with spinach", {"egg": 100, "spinach": 30}, 100),
    ("a double espresso", {"espresso": 60}, 5),
    ("two scoops of vanilla ice cream", {"icecream": 132}, 273),
    ("a chocolate brownie", {"brownie": 60}, 250),
    ("12 grapes and a cheese string", {"grapes": 60, "cheese": 21}, 104),
    ("3 fish tacos", {"fish": 120, "tortilla": 72}, 600),
    ("8 chicken nuggets", {"nuggets": 150}, 450),
    ("a bowl of strawberries", {"strawberries": 150}, 48),
    ("two hot cross buns with butter", {"bread": 130, "butter": 10}, 428),
    # --- third batch, written before parsing ---
    ("2 x 30g gels", {"gel": 60}, 170),
    ("banana, 2 rice cakes, 1 tbsp honey", {"banana": 118, "ricecake": 18, "honey": 21}, 239),
    (
        "150g chicken breast, 200g rice, 100g broccoli",
        {"chicken": 150, "rice": 200, "broccoli": 100},
        543,
    ),
    ("1 cup oats with 1 cup milk", {"oats": 81, "milk": 244}, 456),
    ("3 eggs and 2 slices of wholemeal toast", {"egg": 150, "bread": 60}, 365),
    ("a pint of guinness", {"beer": 568}, 240),
    ("half a cup of granola and a cup of greek yogurt", {"granola": 61, "greek": 245}, 465),
    ("two slices of cheese on crackers", {"cheese": 40, "crackers": 15}, 226),
    ("a mug of soup", {"soup": 250}, 90),
    ("a medium banana and a tbsp of almond butter", {"banana": 118, "almondbutter": 16}, 203),
    (
        "100g smoked salmon with cream cheese on a bagel",
        {"salmon": 100, "creamcheese": 30, "bagel": 105},
        490,
    ),
    ("a 250ml carton of orange juice", {"oj": 260}, 117),
    ("a tin of baked beans", {"bakedbeans": 415}, 390),
    (
        "a large jacket potato with butter and cheese",
        {"potato": 300, "butter": 10, "cheese": 30},
        472,
    ),
    (
        "a chicken breast, a cup of rice and some peas",
        {"chicken": 120, "rice": 158, "peas": 80},
        470,
    ),
    ("2 cups of coffee with milk", {"coffee": 474, "milk": 60}, 35),
    ("4 squares of chocolate", {"chocolate": 32}, 171),
    ("a small handful of peanuts", {"peanuts": 22}, 130),
    ("a protein bar and a black coffee", {}, 210),
    ("an avocado", {"avocado": 201}, 322),
    ("2 kiwis", {"kiwi": 138}, 84),
    ("a bowl of watermelon", {"watermelon": 300}, 90),
    ("spag bol with parmesan", {"pasta": 140, "beef": 85, "parmesan": 8}, 572),
    ("a grilled cheese sandwich", {"bread": 56, "cheese": 50, "butter": 10}, 422),
    ("a bowl of chicken noodle soup", {"soup": 300}, 90),
    ("a slice of toast with butter and a glass of OJ", {"bread": 28, "butter": 6, "oj": 250}, 229),
    ("3 pieces of sushi", {"sushirice": 60}, 135),
    ("a mcdonalds cheeseburger and small fries", {"chips": 85}, 567),
    ("a chocolate croissant", {"painchoc": 60}, 250),
    ("a double cheeseburger", {}, 440),
]

"""Vocabulary sweep: everyday food names runners type around the world, parsed bare and with
their usual portion word, printed with what the parser resolves them to.

Why: about a third of blind-table misses are words the parser does not know. The list below
was written from general knowledge (not from any phrase table); run this after editing
journal/foods/aliases.txt and read the lines marked "??" (unmatched) by eye.

    python scripts/vocab_sweep.py [GROUP ...] [--unknown]
"""

from __future__ import annotations

import sys

from journal import foods

# group -> names separated by ";"; "name/word" also tries "a <word> of <name>".
_GROUPS: dict[str, str] = {
    "fruit_veg": (
        "courgette/medium; aubergine; rocket/handful; capsicum; rockmelon/slice; kumara; "
        "silverbeet/cup; swede/portion; mangetout/handful; clementine; satsuma; easy peeler; "
        "strawberries/punnet; blueberries/punnet; raspberries/punnet; cherry tomatoes/punnet; "
        "sugar snap peas/handful; snow peas/handful; beansprouts/handful; pak choi; choy sum; "
        "gai lan; spring greens/portion; kale/handful; cavolo nero/handful; chard; rainbow "
        "chard; celeriac; turnip; neeps; rutabaga; parsnips; butternut; gem lettuce; little "
        "gem; cos lettuce; iceberg; watercress/handful; lambs lettuce; radishes/handful; "
        "beetroot; sweetcorn/tin; garden peas; petit pois; broad beans; runner beans; french "
        "beans; fine beans; edamame; okra; bhindi; karela; bitter gourd; lauki; brinjal; "
        "ladyfinger; drumstick veg; plantain; cassava; yuca; taro; jicama; chayote; zucchini; "
        "marrow; squash; pumpkin; gem squash; butternut pumpkin; kent pumpkin; spud; jacket "
        "potato; baked potato; new potatoes/portion; roast potatoes/portion; roasties; potato "
        "wedges; sweet potato fries; hash brown; tater tots; shallot; red onion; leek; "
        "fennel; artichoke; artichoke hearts; asparagus/bunch; tenderstem broccoli; "
        "broccolini; romanesco; cauliflower rice; mushrooms/punnet; portobello mushroom; "
        "button mushrooms; shiitake; avocado; avo; banana; nanner; apple; granny smith; pink "
        "lady; gala apple; pear; nashi; persimmon; sharon fruit; feijoa; passionfruit; "
        "passion fruit; lychee; lychees; rambutan; dragon fruit; guava; jackfruit; durian; "
        "papaya; pawpaw; mango; kiwi; gold kiwi; kiwifruit; figs; fig; dates; medjool dates; "
        "medjool date; grapes/bunch; red grapes; green grapes; cherries/punnet; nectarine; "
        "apricot; plums; greengage; damson; mandarin; tangerine; blood orange; navel orange; "
        "grapefruit; pomelo; lemon; lime; watermelon/slice; honeydew melon; cantaloupe; galia "
        "melon; pineapple/slice; pomegranate seeds; goji berries; blackcurrants; redcurrants; "
        "gooseberries; cranberries; rhubarb; prunes; sultanas; currants; raisins/box; dried "
        "mango; dried apricots; frozen berries; frozen peas; mixed veg; stir fry veg; "
        "salad/bowl; side salad; garden salad; coleslaw"
    ),
    "bakery_cereal": (
        "crumpet; pikelet; bap; barm; barm cake; cob; batch; stottie; soda farl; potato farl; "
        "soda bread; wheaten bread; weetbix; weet-bix; weetabix; shreddies; crunchy nut; "
        "crunchy nut cornflakes; cornflakes; coco pops; rice krispies; special k; fruit n "
        "fibre; bran flakes; all bran; cheerios; frosties; frosted flakes; cinnamon toast "
        "crunch; lucky charms; froot loops; honey nut cheerios; just right; sultana bran; "
        "nutri grain; uncle tobys oats; ready brek; granola/bowl; muesli/bowl; bircher; "
        "bircher muesli; overnight oats; porridge/bowl; oats/bowl; teacake; toasted teacake; "
        "hot cross bun; english muffin; muffin; bagel; croissant; pain au chocolat; danish; "
        "danish pastry; cinnamon roll; cinnamon swirl; chelsea bun; iced bun; finger bun; "
        "lamington; anzac biscuit; anzac biscuits; scone; rock cake; welsh cake; eccles cake; "
        "bakewell tart; jam tart; custard tart; pastel de nata; portuguese tart; brioche; "
        "challah; focaccia; baguette; french stick; ciabatta; sourdough/slice; rye "
        "bread/slice; bloomer; tiger bread; naan; garlic naan; roti; chapati; paratha; puri; "
        "dosa; idli; uttapam; appam; bhatura; pita; pitta; lavash; wrap; tortilla; bagel "
        "thin; sandwich thin; rice cakes; ryvita; oatcakes; oatcake; crackers; cream "
        "crackers; water crackers; jatz; vita weat; crispbread; breadsticks; grissini; "
        "pancake; pancakes/stack; crepe; waffle; french toast; eggy bread; dutch baby; pop "
        "tart; toaster strudel; poptart"
    ),
    "dairy": (
        "babybel; mini babybel; laughing cow; dairylea; string cheese; cheese string; skyr; "
        "quark; kefir; halloumi; paneer; feta; mozzarella; burrata; bocconcini; ricotta; "
        "mascarpone; cottage cheese; cream cheese; philadelphia; red leicester; wensleydale; "
        "stilton; blue cheese; gorgonzola; camembert; brie; manchego; gouda; edam; jarlsberg; "
        "emmental; gruyere; parmesan; pecorino; provolone; monterey jack; pepper jack; colby; "
        "tasty cheese; mild cheddar; vintage cheddar; goats cheese; yakult; actimel; activia; "
        "greek yogurt; coconut yogurt; soy yogurt; petit filous; frube; custard; rice "
        "pudding; clotted cream; double cream; single cream; creme fraiche; sour cream; ghee; "
        "buttermilk; evaporated milk; condensed milk; lactose free milk; a2 milk; oat milk; "
        "almond milk; soy milk; coconut milk; cashew milk; hazelnut milk; pea milk; rice "
        "milk; flat white; latte; cappuccino; mocha; macchiato; cortado; piccolo; espresso; "
        "double espresso; chai latte; matcha latte; turmeric latte; golden milk; milo; "
        "horlicks; ovaltine; babyccino; iced latte; frappuccino; milkshake; smoothie"
    ),
    "protein": (
        "chicken breast; chicken thigh; chicken tenders; chicken goujons; chicken kiev; "
        "chicken schnitzel; schnitzel; parmigiana; chicken parmi; parma; chicken parma; pork "
        "belly; pulled pork; gammon; gammon steak; ham hock; prosciutto; parma ham; chorizo; "
        "pancetta; lardons; black pudding; white pudding; haggis; kransky; bratwurst; "
        "boerewors; cumberland sausage; lincolnshire sausage; lamb shank; lamb leg; roast "
        "lamb; lamb kofta; kofta; meatballs; rissoles; corned beef; silverside; brisket; "
        "oxtail; veal; kangaroo; roo steak; venison; goat curry; mutton; duck breast; turkey "
        "mince; chicken mince; pork mince; tuna steak; salmon fillet; smoked mackerel; "
        "kippers; kipper; anchovies; sardines on toast; calamari; squid; octopus; mussels; "
        "clams; lobster; crayfish; crab sticks; surimi; king prawns; tiger prawns; scampi; "
        "fish fingers; fish pie; kedgeree; tofu; tempeh; seitan; tvp; beyond burger; "
        "impossible burger; quorn nuggets; falafel; veggie burger; bean burger; halloumi "
        "fries; egg; eggs; scrambled eggs; poached eggs; omelette; omelet; frittata; egg "
        "muffin; devilled eggs; scotch egg; boiled eggs"
    ),
    "snacks": (
        "kitkat; twix; mars; snickers; crunchie; tim tam; tim tams; digestives; chocolate "
        "digestive; hobnobs; jaffa cakes; pretzels; bounty; milky way; galaxy; dairy milk; "
        "cadbury dairy milk; freddo; caramilk; flake; twirl; wispa; boost; double decker; "
        "picnic; lion bar; yorkie; toblerone; kinder bueno; kinder bar; ferrero rocher; "
        "maltesers; m&ms; reeses; reese's peanut butter cup; reeses cups; butterfinger; "
        "hershey bar; hersheys kisses; 3 musketeers; baby ruth; almond joy; oh henry; aero; "
        "coffee crisp; smarties; crunchie bar; violet crumble; cherry ripe; picnic bar; "
        "golden gaytime; magnum; cornetto; solero; calippo; drumstick ice cream; ben and "
        "jerrys; halo top; gelato; sorbet; custard creams; bourbon biscuit; rich tea; ginger "
        "nut; ginger nuts; chocolate hobnob; oreos; chips ahoy; nice biscuit; arnotts; scotch "
        "finger; monte carlo; kingston biscuit; tiny teddy; shapes; twisties; cheezels; "
        "doritos; pringles; walkers; quavers; monster munch; wotsits; hula hoops; skips; mini "
        "cheddars; cheetos; lays; kettle chips; sensations; popchips; sun chips; nik naks; "
        "bombay mix; chakli; namkeen; bhujia; mixture; chevda; popcorn; salted popcorn; sweet "
        "popcorn; beef jerky; biltong; droewors; pork scratchings; trail mix; scroggin; gorp; "
        "nuts/handful; protein bar; grenade bar; nakd bar; nakd; trek bar; kind bar; rxbar; "
        "larabar; nature valley; nature valley bar; quest bar; bounce ball; bliss ball; "
        "energy balls; fruit leather; fruit roll up; fruit winders; fruit pastilles; wine "
        "gums; jelly babies; percy pigs; fizzy sweets; gummy worms; sour patch kids; "
        "twizzlers; licorice; liquorice allsorts; fudge; toffee; mint imperials; extra strong "
        "mints; tic tacs; chewing gum; rice crispy treat; rice krispie square; millionaires "
        "shortbread; caramel slice; rocky road; brownie; cookie; muffin; doughnut; cronut; "
        "churros; baklava; gulab jamun; jalebi; barfi; ladoo; halwa; kheer; mochi; dorayaki; "
        "taiyaki; koeksister; melktert; milk tart; pavlova; trifle; sticky toffee pudding; "
        "crumble; apple crumble; eton mess; tiramisu; panna cotta; creme brulee; cheesecake; "
        "carrot cake; banana bread; lemon drizzle; jam doughnut; custard slice; vanilla "
        "slice; fly cemetery; tea loaf; malt loaf; soreen; jaffa cake"
    ),
    "runner_nutrition": (
        "sis gel; sis go gel; sis isotonic gel; science in sport gel; maurten gel; maurten "
        "gel 100; maurten gel 160; maurten 320; maurten drink mix; gu gel; gu energy gel; gu "
        "roctane; roctane gel; gu chews; clif shot; clif shot bloks; clif bloks; clif bar; "
        "clif builders; tailwind; tailwind endurance fuel; high5 gel; high 5 gel; high5 "
        "energy gel; high5 zero; huma gel; huma; honey stinger gel; honey stinger waffle; "
        "stinger waffle; spring energy; spring gel; awesome sauce; precision fuel gel; pf 30 "
        "gel; precision fuel 30; skratch; skratch labs; skratch hydration; nuun; nuun tablet; "
        "lmnt; torq gel; torq bar; 33shake; 33shake gel; naak bar; naak; enervit gel; "
        "powerbar gel; powergel; powerbar; isostar; hammer gel; spring awesome sauce; jelly "
        "beans sports; sport beans; jelly belly sport beans; clif shot gel; mulebar; "
        "veloforte; veloforte bar; styrkr; styrkr gel; kinetica; myprotein bar; myprotein "
        "impact whey; optimum nutrition; electrolyte tab; hydration tablet; salt tab; salt "
        "stick; saltstick caps; dextrose tablets; glucose tablets; lucozade sport; gatorade; "
        "powerade; bodyarmor; maurten bar; sis beta fuel; tailwind rebuild; chocolate milk; "
        "recovery shake; protein shake; protein smoothie; electrolytes; sis rego; high5 "
        "energy drink; high5 4:1"
    ),
    "chains": (
        "footlong; subway footlong; 6 inch sub; subway 6 inch; subway cookie; greggs sausage "
        "roll; greggs steak bake; greggs vegan sausage roll; pret baguette; pret croissant; "
        "nandos; nando's chicken; quarter chicken; half chicken; peri peri chicken; peri "
        "chips; spicy rice; frosty; wendys frosty; baconator; dave's single; crunchwrap; "
        "crunchwrap supreme; chalupa; quesadilla; burrito; burrito bowl; chipotle bowl; "
        "chipotle burrito; timbits; tim hortons double double; double double; iced capp; "
        "boston cream; honey cruller; starbucks latte; grande latte; venti latte; tall latte; "
        "pumpkin spice latte; psl; caramel macchiato; cake pop; costa latte; costa flat "
        "white; dunkin donut; munchkins; coolatta; chick fil a nuggets; chick fil a sandwich; "
        "waffle fries; five guys burger; five guys fries; little hamburger; dominos pizza; "
        "pizza hut; garlic bread; cheesy garlic bread; stuffed crust; panera bread bowl; "
        "broccoli cheddar soup; guzman burrito; gyg burrito; oporto burger; bondi burger; "
        "whopper; whopper jr; hungry jacks whopper; big mac; quarter pounder; mcmuffin; egg "
        "mcmuffin; sausage mcmuffin; hash brown; mcflurry; mcdonalds fries; large fries; "
        "happy meal; zinger; zinger burger; kfc; kfc bucket; popcorn chicken; kfc chips; "
        "gravy; double down; in n out burger; double double animal style; shake shack burger; "
        "shackburger; krispy kreme; original glazed; auntie annes pretzel; cinnabon; wingstop "
        "wings; buffalo wings; dirty fries; loaded fries; halo top; taco bell bean burrito; "
        "cheesy gordita crunch; doritos locos taco; nachos; mcchicken; filet o fish; chicken "
        "royale; boneless banquet; wrapstar; twister; grilled chicken wrap; meal deal"
    ),
    "drinks": (
        "pint; pint of lager; pint of guinness; guinness; stout; porter; ipa; neipa; hazy "
        "ipa; pale ale; apa; session ipa; lager; pilsner; heineken; stella; stella artois; "
        "carling; fosters; corona; peroni; moretti; birra moretti; budweiser; bud; coors; "
        "miller; tooheys; vb; victoria bitter; xxxx; carlton draught; great northern; "
        "steinlager; speights; castle lager; kingfisher; tiger beer; asahi; sapporo; kirin; "
        "tsingtao; modelo; pacifico; dos equis; blue moon; hoegaarden; wheat beer; "
        "hefeweizen; weissbier; sour beer; gose; ale; bitter; mild; real ale; schooner; "
        "middy; pot of beer; stubby; tinnie; longneck; shandy; radler; cider; strongbow; "
        "magners; bulmers; kopparberg; rekorderlig; perry; hard seltzer; white claw; truly; "
        "red wine; white wine; rose; sauvignon blanc; pinot noir; merlot; shiraz; cabernet; "
        "chardonnay; pinot grigio; malbec; rioja; prosecco; champagne; cava; glass of red; "
        "glass of white; large glass of wine; bottle of wine; gin and tonic; g&t; vodka soda; "
        "rum and coke; jack and coke; whisky; scotch; bourbon; tequila; margarita; mojito; "
        "espresso martini; pina colada; cosmopolitan; old fashioned; martini; pimms; "
        "kombucha; coconut water; cordial; squash; orange squash; ribena; vimto; robinsons; "
        "barley water; lemon squash; red bull; monster; v energy; lucozade; rockstar; "
        "celsius; prime; irn bru; dr pepper; mountain dew; fanta; tango; lilt; ginger beer; "
        "ginger ale; tonic water; soda water; lemon lime bitters; iced coffee; iced tea; "
        "lipton iced tea; arizona; bubble tea; boba; chai; masala chai; matcha; yerba mate; "
        "mate; hot chocolate; horchata; agua fresca; tamarind juice; sugarcane juice; lassi; "
        "ayran; nimbu pani; fresh lime soda; orange juice; apple juice; pineapple juice; "
        "grapefruit juice; v8; tomato juice; beetroot juice; green juice; cold pressed juice; "
        "smoothie; protein shake; sparkling water; soda; root beer; sprite; 7up"
    ),
    "world": (
        "dal; dhal; daal; tarka dal; dal makhani; biryani; chicken biryani; paneer tikka; "
        "paneer tikka masala; chicken tikka masala; butter chicken; korma; chicken korma; "
        "vindaloo; madras; jalfrezi; rogan josh; saag aloo; palak paneer; aloo gobi; samosa; "
        "pakora; onion bhaji; bhaji; poppadom; poppadoms; raita; pilau rice; pulao; khichdi; "
        "rajma; rajma chawal; chole bhature; pav bhaji; vada pav; masala dosa; upma; poha; "
        "sambar; rasam; thali; katsu curry; chicken katsu; katsu; bibimbap; kimchi; kimchi "
        "fried rice; laksa; nasi goreng; mee goreng; nasi lemak; rendang; satay; chicken "
        "satay; pad thai; green curry; red curry; massaman; tom yum; tom kha; pho; banh mi; "
        "bun cha; spring rolls; summer rolls; ramen; udon; soba; sushi; sashimi; maki; "
        "california roll; poke bowl; onigiri; bao; bao bun; gyoza; dumplings; dim sum; har "
        "gow; siu mai; char siu; char siu bao; congee; jook; fried rice; egg fried rice; chow "
        "mein; lo mein; sweet and sour chicken; kung pao chicken; general tso chicken; orange "
        "chicken; beef and broccoli; mongolian beef; sweet chilli chicken; shakshuka; tagine; "
        "couscous; falafel wrap; shawarma; doner kebab; kebab; souvlaki; gyros; gyro; "
        "moussaka; spanakopita; tzatziki; hummus; baba ganoush; tabbouleh; fattoush; pierogi; "
        "pierogies; goulash; borscht; schnitzel; spaetzle; pretzel; bratwurst; paella; "
        "tortilla espanola; spanish omelette; patatas bravas; gazpacho; bobotie; bunny chow; "
        "pap; pap and wors; chakalaka; vetkoek; poutine; jollof; jollof rice; fufu; egusi; "
        "injera; arepa; empanada; chilaquiles; huevos rancheros; enchiladas; tamales; pozole; "
        "mole; carne asada; fajitas; tostada; elote; feijoada; acai bowl; acai; coxinha; "
        "lasagne; lasagna; spag bol; spaghetti bolognese; carbonara; risotto; gnocchi; "
        "ravioli; tortellini; minestrone; bruschetta; calzone; arancini; shepherds pie; "
        "cottage pie; bangers and mash; toad in the hole; fish and chips; full english; fry "
        "up; full irish; ploughmans; jacket potato with beans; beans on toast; cheese on "
        "toast; welsh rarebit; sunday roast; roast dinner; cornish pasty; pie and mash; steak "
        "and ale pie; meat pie; sausage roll; chilli con carne; chili; mac and cheese; "
        "jambalaya; gumbo; clam chowder; cornbread; grits; biscuits and gravy; chicken and "
        "waffles; meatloaf; pot roast; pulled pork sandwich; philly cheesesteak; reuben; club "
        "sandwich; grilled cheese; toastie; cheese toastie; ham and cheese toastie; jaffle; "
        "sausage sarnie; bacon butty; bacon roll; chip butty; egg sandwich; tuna melt; poke; "
        "loco moco; spam musubi; kimchi jjigae; tonkatsu; teriyaki chicken; yakitori; "
        "karaage; tempura; miso soup; edamame; okonomiyaki; mapo tofu"
    ),
    "regional": (
        "l&p; lemon and paeroa; pineapple lumps; afghan biscuit; mince and cheese pie; steak and "
        "cheese pie; hokey pokey; hokey pokey ice cream; kumara chips; club orange; spice bag; "
        "breakfast roll; chicken fillet roll; nanaimo bar; butter tart; beavertail; ketchup chips; "
        "caesar cocktail; rusks; ouma rusks; mielie pap; boerewors roll; gatsby; russian sausage; "
        "slap chips; amasi; maas; medu vada; vada; pani puri; bhel puri; dhokla; aloo paratha; "
        "paneer paratha; chaas; filter coffee; chobani; oikos; fairlife; core power; up and go; "
        "up&go; chiko roll; dim sim; potato cake; potato scallop; halal snack pack; hsp; bacon and "
        "egg roll; smashed avo; farmers union iced coffee; big m; oak milk; pork pie; coronation "
        "chicken; cheese and onion crisps; prawn cocktail crisps; egg mayo sandwich; meal deal "
        "sandwich; yorkshire tea; builders tea; pain au raisin; almond croissant; flat white; "
        "coconut yogurt; green juice; mild ale; cheese scone; sausage and egg mcmuffin; "
        "hash brown roll; breakfast bap; bacon bap; egg bap; quiche lorraine; cornish pasty; "
        "welsh rarebit; kedgeree; cullen skink; stovies; clootie dumpling; tablet; tattie scone; "
        "lorne sausage; square sausage; bridie; scotch pie; macaroni pie; irn bru; deep fried "
        "mars bar; munchy box; chip shop chips; battered sausage; mushy peas; curry sauce; "
        "gravy chips; doner meat and chips; pizza crunch; bao bun; katsu chicken bao; "
        "teriyaki salmon; miso salmon; salmon poke; acai; chia pudding; overnight oats; protein "
        "pancakes; protein oats; proats; egg white omelette; turkey bacon; rice cakes with peanut "
        "butter; bagel with cream cheese; bagel and lox; english breakfast; eggs benedict; eggs "
        "royale; eggs florentine; huevos rancheros; breakfast burrito; shakshuka; menemen; "
        "turkish eggs; cilbir; avocado toast; smashed avocado; banana bread; granola bar; "
        "flapjack; energy balls; medjool dates with peanut butter; rice pudding; skyr bowl; "
        "cottage cheese pancakes; syrniki; blini; kasha; buckwheat porridge; tvorog; kissel; "
        "kvass; pelmeni; vareniki; khachapuri; lahmacun; pide; gozleme; borek; simit; kumpir; "
        "kofte; adana kebab; iskender; falafel pita; sabich; shawarma plate; mixed grill; "
        "mandi; kabsa; machboos; manakish; zaatar manakish; knafeh; kunafa; luqaimat; "
        "umm ali; ful; koshari; bissara; msemen; harira; bastilla; pastilla"
    ),
    "sweep_b": (
        "chicken 65; masala dosa/plate; plain dosa; dosa; rava dosa; idli; idly; idli sambar; "
        "medu vada; vada; uttapam; appam; hoppers; kottu roti; chicken kottu; sambar/bowl; "
        "rasam/cup; curd rice; lemon rice; pongal; upma/bowl; rava upma; poha/plate; kanda poha; "
        "khichdi; misal pav; pav bhaji; vada pav; bhel puri; pani puri; golgappa; puchka; papdi "
        "chaat; aloo tikki; chaat; kachori; dhokla; thepla; aloo paratha; paneer paratha; "
        "paratha; parotta; roti; chapati; tandoori roti; naan; butter naan; garlic naan; peshwari "
        "naan; keema naan; cheese naan; bhatura; chole bhature; puri; poori; rajma chawal; dal "
        "tadka/bowl; dal fry; dal makhani; chana masala; chole/bowl; aloo gobi; aloo matar; matar "
        "paneer; palak paneer; saag paneer; kadai paneer; paneer butter masala; shahi paneer; "
        "paneer bhurji; malai kofta; baingan bharta; bhindi masala; jeera rice; veg pulao; "
        "chicken biryani/plate; mutton biryani; veg biryani; egg biryani; prawn biryani; butter "
        "chicken; murgh makhani; chicken tikka; chicken tikka masala; tandoori chicken; chicken "
        "curry; egg curry; fish curry; goan fish curry; prawn curry; keema/bowl; mutton curry; "
        "lamb rogan josh; nihari; haleem; karahi; seekh kebab; shami kebab; chapli kebab; "
        "tandoori prawns; chicken korma; chicken dhansak; chicken balti; chicken saag; lamb "
        "vindaloo; chicken madras; chicken jalfrezi; chana dal; moong dal; masoor dal; bombay "
        "potatoes; onion bhaji/portion; vegetable samosa; paneer pakora; chicken pakora; bread "
        "pakora; chicken momo; veg momo; momos/plate; momo/plate; thukpa; dal bhat; chowmein; "
        "hakka noodles; chilli chicken; chilli paneer; gobi manchurian; fuchka; rasgulla; "
        "rasmalai; gulab jamun; jalebi; kaju katli; barfi; ladoo; halwa; gajar halwa; kheer/bowl; "
        "kulfi/stick; falooda; mango lassi/glass; sweet lassi; salt lassi; masala chai/cup; "
        "chai/cup; filter coffee; rooh afza; nimbu pani; sugarcane juice; bhujia; bombay mix; "
        "papad; poppadom; raita; dim sum/basket; har gow; siu mai; shumai; char siu bao; cha siu "
        "bao; bbq pork bun; steamed bun; baozi; xiao long bao; soup dumplings; potstickers; "
        "jiaozi; wontons; wonton soup; wonton noodle soup; cheung fun; turnip cake; egg tart; egg "
        "tarts; custard bun; spring roll; egg roll; prawn toast; char siu; roast duck; crispy "
        "duck; peking duck; crispy aromatic duck; duck pancakes; salt and pepper chicken; salt "
        "and pepper squid; crispy chilli beef; sweet and sour pork; lemon chicken; honey chilli "
        "chicken; kung pao chicken; general tso's chicken; orange chicken; sesame chicken; mapo "
        "tofu; twice cooked pork; dan dan noodles; hot pot; chow mein/portion; chicken chow mein; "
        "beef chow mein; singapore noodles/portion; lo mein; ho fun; beef ho fun; special fried "
        "rice; egg fried rice/portion; chicken fried rice; congee/bowl; jook; mooncake; sesame "
        "balls; jian bing; scallion pancake; chicken and cashew; beef in black bean sauce; chop "
        "suey; crispy seaweed; prawn crackers/bag; sushi/box; nigiri; salmon nigiri; sashimi; "
        "salmon sashimi; maki; california roll; temaki; onigiri; rice ball; bento; katsu curry; "
        "chicken katsu curry; tonkatsu; chicken katsu; karaage; chicken karaage; teriyaki "
        "chicken; chicken teriyaki; salmon teriyaki; yakitori; gyudon; beef bowl; oyakodon; "
        "katsudon; donburi; ramen/bowl; tonkotsu ramen; shoyu ramen; miso ramen; udon; soba; "
        "yakisoba; tempura; prawn tempura; miso soup/bowl; edamame/bowl; okonomiyaki; takoyaki; "
        "gyoza/plate; chicken gyoza; omurice; japanese curry; mochi; daifuku; dorayaki; taiyaki; "
        "matcha latte; matcha; sake/glass; pocky/box; bibimbap/bowl; bulgogi; galbi; kalbi; "
        "korean fried chicken; japchae; tteokbokki; topokki; kimbap; gimbap; kimchi/bowl; kimchi "
        "jjigae; sundubu jjigae; kimchi fried rice; samgyeopsal; mandu; kimchi pancake; pajeon; "
        "jajangmyeon; bingsu; soju/bottle; makgeolli/bowl; banana milk; beef noodle soup; gua "
        "bao; bubble tea/cup; boba/cup; boba tea; milk tea/cup; taro milk tea; brown sugar boba; "
        "pad thai/plate; pad see ew; pad kra pao; pad krapow; drunken noodles; green curry; thai "
        "green curry; red curry; massaman curry; panang curry; jungle curry; tom yum/bowl; tom "
        "kha gai; som tam; papaya salad; larb; larb gai; thai fried rice; khao man gai; satay; "
        "chicken satay; mango sticky rice; thai iced tea; fish cakes; pho/bowl; pho bo; pho ga; "
        "beef pho; chicken pho; banh mi; bun cha; com tam; broken rice; goi cuon; summer rolls; "
        "fresh spring rolls; banh xeo; vietnamese iced coffee; vietnamese coffee; nasi "
        "lemak/plate; nasi goreng; mee goreng; mie goreng; char kway teow; laksa/bowl; curry "
        "laksa; hainanese chicken rice; chicken rice; roti canai; roti prata; murtabak; rendang; "
        "beef rendang; gado gado; ayam goreng; bakso; kaya toast; teh tarik/glass; cendol; bak "
        "kut teh; hokkien mee; chilli crab; popiah; chicken adobo; adobo; pork adobo; sinigang; "
        "lechon; lumpia/plate; pancit/plate; pancit canton; sisig; kare kare; silog; arroz caldo; "
        "halo halo/glass; ube; pandesal; turon; chicken inasal; lugaw"
        "; ctm; tandoori; paper dosa; bonda; sabudana vada; filter kaapi; dragon roll; dan dan; "
        "yakiniku; unagi don; khao soi; pho tai; curry puff; kopi; teh o; siomai; leche flan; "
        "kwek kwek"
    ),
}
NAMES: dict[str, list[str]] = {g: [n.strip() for n in s.split(";")] for g, s in _GROUPS.items()}


def _show(text: str) -> str:
    parsed = foods.parse_meal(text)
    if parsed.unmatched and not parsed.items:
        return "??"
    out = "; ".join(f"{i.name[:38]} {i.grams:.0f}g" for i in parsed.items)
    kcal = parsed.totals.get("kcal", 0.0)
    flag = "?? " if parsed.unmatched else ""
    return f"{flag}{out} = {kcal:.0f} kcal"


def main(argv: list[str]) -> int:
    """Print each name bare and with its portion word; --unknown prints only the unmatched."""
    only_unknown = "--unknown" in argv
    groups = [a for a in argv if not a.startswith("-")] or list(NAMES)
    checked = unknown = 0
    for group in groups:
        print(f"## {group}")
        for entry in NAMES[group]:
            name, _, word = entry.partition("/")
            phrases = [name, f"a {word or 'serving'} of {name}"]
            for text in phrases:
                checked += 1
                shown = _show(text)
                unknown += shown.startswith("??")
                if not only_unknown or shown.startswith("??"):
                    print(f"{text:40} -> {shown}")
    print(f"{checked} phrases, {unknown} unmatched")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

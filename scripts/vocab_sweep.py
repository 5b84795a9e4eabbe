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
    # Sweep C (session 11): Middle East, Turkey, Iran, Africa, Europe, and UK/IE/AU/NZ/ZA
    # home and bakery food; written from general knowledge, not from any phrase table.
    "sweep_c": (
        "shakshuka; hummus/tub; houmous; hummus and pitta; baba ganoush; baba ghanoush; moutabal;"
        " tabbouleh; tabouli; fattoush; falafel/plate; falafel wrap; falafel pitta; chicken "
        "shawarma; shawarma wrap; manakish; zaatar manakish; labneh; kibbeh; shish tawook; shish "
        "kebab; lamb kofta; kofta kebab; kabsa; mandi; ful medames; foul; koshari; knafeh; "
        "kunafa; baklava; halva; basbousa; mezze/plate; stuffed vine leaves; dolma; dolmades; "
        "tahini; lahmacun; pide; gozleme; borek; burek; simit; menemen; cilbir; turkish eggs; "
        "iskender; adana kebab; doner kebab; doner; chicken doner; kebab/portion; kumpir; kofte; "
        "imam bayildi; manti; mercimek; lentil soup/bowl; turkish delight; ayran; turkish coffee;"
        " turkish tea; kunefe; sutlac; pilav; ghormeh sabzi; fesenjan; tahdig; koobideh; joojeh "
        "kabab; barbari bread; sangak; lavash; tagine; chicken tagine; lamb tagine; couscous "
        "royale; harira; bastilla; pastilla; msemen; merguez; mint tea; moroccan mint tea; "
        "harissa chicken; jollof; jollof rice; jollof and plantain; fried plantain; dodo; puff "
        "puff; chin chin; suya; egusi; egusi soup; fufu; pounded yam; banku; waakye; kelewele; "
        "red red; groundnut soup; peanut stew; maafe; moi moi; akara; eba; garri; yassa; chicken "
        "yassa; nigerian meat pie; injera; doro wat; shiro; tibs; ugali; nyama choma; mandazi; "
        "bobotie; bunny chow; pap; pap and wors; boerewors; boerewors roll; braai; chakalaka; "
        "vetkoek; koeksister; melktert; milk tart; biltong; droewors; sosaties; tomato bredie; "
        "bredie; malva pudding; rusks; ouma rusks; mielie pap; slap chips; fat cakes; peppermint "
        "crisp tart; rooibos; pierogi/plate; pierogies; perogies; pelmeni; vareniki; "
        "borscht/bowl; goulash/bowl; chicken paprikash; schnitzel; wiener schnitzel; spaetzle; "
        "bratwurst; currywurst; soft pretzel; sauerkraut; kielbasa; bigos; golabki; cabbage "
        "rolls; latkes; potato pancakes; kasha; buckwheat porridge; blini; syrniki; russian "
        "salad; beef stroganoff; stroganoff; chicken kiev; paczki; apple strudel; strudel; "
        "sachertorte; black forest cake; black forest gateau; kaiserschmarrn; langos; khachapuri;"
        " gravlax; swedish meatballs; kanelbulle; stroopwafel; hagelslag; appeltaart; biscoff; "
        "belgian waffle; moules frites; lasagne; lasagna; spaghetti bolognese; spag bol; "
        "bolognese; carbonara; spaghetti carbonara; cacio e pepe; amatriciana; penne arrabbiata; "
        "arrabbiata; pesto pasta; pasta al pomodoro; aglio e olio; puttanesca; fettuccine "
        "alfredo; risotto/bowl; mushroom risotto; risotto milanese; gnocchi; ravioli; tortellini;"
        " minestrone; bruschetta; calzone; arancini; margherita pizza; pepperoni pizza; pizza "
        "slice; focaccia; panini; piadina; caprese salad; chicken cacciatore; chicken parmigiana;"
        " eggplant parmigiana; polenta; tiramisu; panna cotta; cannoli; gelato/scoop; affogato; "
        "biscotti; panettone; aperol spritz; pasta bake; pasta salad; croissant; pain au "
        "chocolat; pain au raisin; croque monsieur; croque madame; quiche; quiche lorraine; "
        "ratatouille; coq au vin; boeuf bourguignon; beef bourguignon; cassoulet; bouillabaisse; "
        "french onion soup; salade nicoise; crepe; steak frites; duck confit; gratin dauphinois; "
        "tarte tatin; creme brulee; profiteroles; eclair; macarons; madeleines; mille feuille; "
        "tarte au citron; brioche; baguette; raclette; cheese fondue; almond croissant; moussaka;"
        " spanakopita; tiropita; souvlaki; chicken souvlaki; gyros; gyro; tzatziki; greek salad; "
        "pastitsio; kleftiko; loukoumades; cevapi; cevapcici; full english; fry up; full irish; "
        "full breakfast; bacon butty; bacon sarnie; bacon roll; sausage sandwich; sausage sarnie;"
        " chip butty; fish finger sandwich; cheese toastie; toastie; jacket potato; jacket potato"
        " with beans; beans on toast; cheese on toast; welsh rarebit; boiled egg and soldiers; "
        "shepherds pie; cottage pie; fish pie; bangers and mash; sausage and mash; toad in the "
        "hole; fish and chips; battered cod; scampi and chips; steak and ale pie; chicken and "
        "mushroom pie; pie and mash; cornish pasty; pasty; sausage roll; scotch egg; pork pie; "
        "ploughmans; ploughman's lunch; sunday roast; roast dinner; yorkshire pudding; pigs in "
        "blankets; stuffing; bubble and squeak; cauliflower cheese; lancashire hotpot; irish "
        "stew; colcannon; soda bread; wheaten bread; barmbrack; chicken fillet roll; breakfast "
        "roll; spice bag; crisp sandwich; coronation chicken sandwich; cheese and pickle "
        "sandwich; egg mayo sandwich; prawn mayo sandwich; haggis; potato scone; scotch pie; "
        "steak bake; cream tea; scone with jam and cream; victoria sponge; lemon drizzle cake; "
        "coffee and walnut cake; battenberg; bakewell tart; eccles cake; welsh cakes; bara brith;"
        " flapjack; millionaires shortbread; shortbread; sticky toffee pudding; apple crumble; "
        "trifle; eton mess; banoffee pie; christmas pudding; mince pie; custard slice; jam "
        "doughnut; steak and kidney pie; lamington; anzac biscuit; pavlova/slice; meat pie; "
        "sausage sizzle; vegemite toast; vegemite sandwich; marmite toast; fairy bread; damper; "
        "chiko roll; dim sim; potato cake; potato scallop; halal snack pack; chicken parmi; "
        "chicken parma; vanilla slice; caramel slice; cheese scone; bacon and egg pie; jaffle; "
        "saveloy; fruit toast; muesli bar; keftedes; stamppot; custard square; chicken balti "
        "pie; scotch broth"
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

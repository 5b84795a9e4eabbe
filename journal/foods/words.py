"""The word lists the matcher reads a phrase with: words that name no food, words that
describe how a food is prepared or served, and words that turn a food into another product.

Kept apart from :mod:`journal.foods.match` so the lists can grow without the matcher's logic.
"""

from __future__ import annotations

import re

from journal.foods.chains import CHAIN_KEYS
from journal.foods.text import stem

# Words that carry no food meaning of their own. Kept apart from unknown words: these are
# never reported as unmatched.
STOP_TEXT = (
    "a an the of some my our your with and or in on for to from at about approx around "
    "bit little lot lots piece pieces serving servings portion portions "
    "x plus extra more less few couple bunch handful cup bowl glass mug plate basket "
    "had ate drank eaten big huge tiny slices segment segments wedges chunks box "
    "strip strips stick sticks cube cubes baton batons floret florets topping toppings "
    "i me we also then later today tonight yesterday last night another usual "
    "maybe perhaps probably roughly approx approximately ish total overall altogether "
    "both each every them"  # "pop tarts, both of them": not broth, nor a beach
)
STOPWORDS = frozenset(stem(w) for w in STOP_TEXT.split())
# Preparation words people add that the alias already implies ("sliced banana").
FILLER_TEXT = (
    "fresh freshly organic homemade home made plain ripe sliced chopped diced cubed "
    "steamed grilled roasted baked boiled toasted warm hot cold iced chilled frozen "
    "small medium large whole leftover leftovers raw cooked natural unsweetened "
    "sweetened light regular mini halved mashed scrambled poached stewed sauteed braised "
    "seared green red yellow shaved shaving shavings grated shredded "
    # styles and sauces that name how a dish is done, not another food ("chicken tikka
    # wrap", "salmon teriyaki", "crusty bread")
    "tikka tandoori shawarma shwarma teriyaki bbq barbecue barbecued cajun jerk piri peri "
    "katsu crispy crusty swedish spicy just rotisserie caffeinated decaffeinated "
    # shops and chains a runner names with the food ("a greggs sausage roll"), and cuisines
    "greggs pret costa starbucks tesco sainsburys asda aldi lidl nandos kfc mcdonalds maccas "
    "wetherspoons spoons waitrose itsu wasabi leon subway chippy takeaway "
    "korean japanese mexican indian vietnamese lebanese turkish chinese malaysian moroccan "
    "caribbean shish rendang smashed loin "
    # how it was made, bought or liked: never another food ("loaded fries", "bircher muesli")
    "shelled squeezed loaded stuffed smothered drenched doused wilted scrape minted bircher "
    "drizzled spiced marinated charred "
    "blackened deep air slow flaked tinned jarred crushed creamy smooth fluffy sticky zesty "
    "fiery mild savoury savory topped filled wrapped dipped coated griddled broiled "
    "chargrilled quick simple healthy tasty delicious nice lovely proper decent hearty "
    "assorted various usual normal standard traditional authentic fancy cheap nuked warmed "
    "reheated microwaved defrosted premade readymade boxed bagged packaged packed bought "
    "range mixed salted unsalted lightly chipotle hard "
    # more shops and places, and whose it was ("mum's lasagne", "a canteen curry")
    "gails dunkin sweetgreen wagamama zizzi wahaca gbk morrisons costco kirkland dominos "
    "krispy kreme tim hortons honest finest everyday value own brand branded generic local cafe "
    "canteen office school hotel airport station petrol garage motorway services deli bakery "
    "wifes husbands partners yesterdays innocent heinz cloudy conference sis clif wild "
    "mums mum dads dad nans nan grans gran mams mam dissolved shaken stirred blended whisked "
    # where it was, never another food ("chips inside the wrap", "a kebab shop wrap")
    "inside shop store mall "
    # round 21c: corner shops, stalls and fairs a runner buys from ("BEC on a roll, bodega")
    "bodega servo dairy truck stall stand kiosk carnival rodeo fairground funfair midway ekka "
    # a size said by comparison, as "large" is ("a larger latte"), never a food
    "larger bigger smaller "
    # brands said with the food that name no other ("a ginsters pasty", "ambrosia rice pudding")
    "ginsters ambrosia walkers centra street "
    # how it felt to eat it, never what it was ("a sneaky biscuit", "a well-earned pint")
    "sneaky cheeky naughty obligatory celebratory earned guilty treat "
    # how it was cut or when (AU "smoko", a tea break): never another food
    "skinless boneless scooped smoko soaked cracked real "
    # a seasoning that leads a dish's name ("garlic prawn linguine"): named alone it is garlic
    "garlic "
    # brands and shops said with the food: "jungle oats", "castle lager", "from woolies"
    "jungle castle woolies woolworths coles tescos "
    # chains said before their dish ("wingstop wings", "a panera bread bowl")
    "wingstop panera popeyes wendys arbys zaxbys culvers whataburger qdoba jollibee "
    # sit-down chains said with a side ("applebees fries", "tgi fridays fries"), and "original"
    # as a range's plain one ("tim tams, original", "a ginsters original pasty"); a tin's
    # contents "drained" or "rinsed" are the food as eaten ("a can of sweetcorn, drained")
    "applebees applebee chilis dennys ihop outback fridays tgi original drained rinsed "
    # grocery brands said with the food they make, swept by kind (none names a food of its
    # own): oats, soups and tins, yogurt, bread, tea and coffee, biscuits, tinned fish, meat,
    # noodles and gravy, and supermarkets ("flahavans oats", "amy's lentil soup", "a cup of
    # barrys tea", "hovis granary", "john west tuna", "richmond sausages", "kroger eggs")
    "flahavans flahavan mornflake jordans amys progresso baxters habitant glorious "
    "danone onken hovis warburtons kingsmill helgas genius "
    "barrys tetley tetleys typhoo twinings bushells dilmah lyons clipper kenco "
    "mcvities bega sirena princes starkist safcol greenseas richmond hillshire "
    "saffola batchelors bisto trader kroger safeway loblaws dunnes supervalu "
    # round 22b: closed classes of words that never name a food. Courses and menu words
    # ("garlic bread starter", "lasagne main course", "burger the works")
    "starter starters appetizer appetizers appetiser appetisers main mains course courses menu "
    # states and qualities of the food as served ("burnt toast", "soggy chips", "a scant cup",
    # "unsweet tea", "sparkling water"): the food is the same food
    "burned overcooked undercooked overdone soggy stale runny lukewarm tepid piping steaming "
    "scant unsweet "
    # where it was eaten or carried ("water on the treadmill", "crisps in a ziploc", "gummies
    # from the aid table", "popcorn at the movies")
    "treadmill ziploc ziplock ziplocs tupperware movie movies cinema theater theatre "
    "potluck buffet festival expo gym desk sofa couch aid checkpoint tent "
    "lounge flight bed "
    # how much of a state ("toast, slightly burnt", "a very ripe banana")
    "slightly overly very really "
    # round 22c: more makers said before their food ("kelloggs all bran", "sanitarium
    # weet-bix", "amul shrikhand", "cottees jam", "clonakilty black pudding", "wonder bread")
    "kelloggs kellogg sanitarium amul cottees clonakilty superquinn galtee denny mcdonnells "
    "brennans avonmore glenisk britannia nestle cadburys arnotts griffins watties wonder "
    "dempsters natrel neilson pams countdown checkers pnp shoprite spar"
)
# and the chains whose names are several words, read as one ("taco bell", "five guys")
FILLERS = frozenset(stem(w) for w in FILLER_TEXT.split()) | CHAIN_KEYS

# Words that say where or how a dish is done and never name a food alone, but are part of many
# dishes' names ("thai basil", "spanish omelette", "sichuan eggplant", "skinny latte"): never
# reported as unread, yet left to the matcher, which reads a dish named with one whole.
# Cuisines, regions and cities ("fish curry, kerala style", "bun cha hanoi", "punjabi chole");
# a word that names a food alone ("russian", "afghan", "a cuban", "a danish", "a madras") or
# stands for one ("greek" for its yoghurt, "swiss" and "american" for their cheese, "italian"
# and "french" for their dressing, "buffalo" for its wings) is left out.
QUIET_TEXT = (
    "thai spanish portuguese german ukrainian hungarian austrian belgian norwegian finnish "
    "scottish british aussie brazilian argentinian argentine peruvian colombian chilean "
    "jamaican trini trinidadian bajan haitian dominican creole southern nigerian ghanaian "
    "kenyan ethiopian eritrean somali egyptian tunisian israeli syrian iranian persian "
    "pakistani bangladeshi nepali nepalese tibetan lankan burmese cambodian khmer laotian "
    "filipino indonesian singaporean taiwanese cantonese sichuan szechuan hunan shanghai "
    "punjabi gujarati goan kerala keralan bengali hyderabadi chettinad kashmiri mughlai tamil "
    "mumbai delhi kolkata calcutta hanoi saigon bangkok tokyo osaka seoul beijing lisbon paris "
    "naples sicilian tuscan provencal parisian bavarian texan texas chicago nashville memphis "
    "carolina brooklyn louisiana mediterranean levantine balkan scandinavian scandi nordic "
    "latin arab arabic african halal kosher dhaba style "
    # menu words, qualities and places that are part of a food's name ("special fried rice",
    # "italian combo", "meal deal", "papa john's the works", "panda express 2 entree plate",
    # "burnt ends", "gooey butter cake", "chewy bar", "skinny latte", "lean ground beef",
    # "sparkling wine", "fizzy cola bottles", "picnic bar", "wedding cookies", "birthday cake",
    # "table cream")
    "special specials combo deal works entree entrees burnt gooey chewy skinny lean sparkling "
    "fizzy picnic wedding birthday table party recipe recipes"
)
QUIET = frozenset(stem(w) for w in QUIET_TEXT.split())

# Words that turn a food into another product: "herring" is not "Fish oil, herring".
DERIVED_TEXT = (
    "oil juice flour powder sauce soup bread chips pie cake candies syrup drink beverage "
    "babyfood dessert pudding mix spread nectar cereal crackers cookies muffin fat gravy "
    "seasoning spice bar snack dip salad dressing sandwich "
    "gizzard giblets heart kidney liver tongue feet skin neck brain tripe variety byproducts"
)
DERIVED = frozenset(stem(w) for w in DERIVED_TEXT.split())
# Words of a product not yet made into the food: "Cake, carrot, dry mix" is not a slice of cake.
UNPREPARED_TEXT = "dry mix unprepared condensed concentrate dehydrated uncooked"
UNPREPARED = frozenset(stem(w) for w in UNPREPARED_TEXT.split())


_CHAIN_WORD = re.compile(r"[A-Za-z']*[A-Z]{3,}[A-Za-z']*")


def unnamed_chain(name: str, group: str, words: tuple[str, ...]) -> bool:
    """Whether a food is a chain's own item ("McDONALD'S, Premium Crispy Chicken Club") while
    the phrase names no chain: "a chicken club sandwich" is the everyday dish, not theirs."""
    if group != "Fast Foods":
        return False
    brands = {re.sub(r"[^a-z]", "", w.lower()) for w in _CHAIN_WORD.findall(name.split(",")[0])}
    said = {re.sub(r"[^a-z]", "", w) for w in words}
    if any(w.startswith("mc") or w == "macca" for w in said) and any(
        b.startswith("mc") for b in brands
    ):
        return False
    return bool(brands) and not (brands & said or {stem(b) for b in brands} & said)

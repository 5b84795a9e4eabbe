"""Everyday English words that are not food: never mended into a food word by likeness.

A meal note says where, when, with whom and how a runner ate ("on the porch", "after the
race", "with my coach"). Such a word sits one letter from a food word often enough ("porch" /
perch, "barn" / bran, "coach" / conch, "price" / rice, "calm" / clam) that a spelling mend read
it as the fish, the grain or the clam. A word spelt right is no typo: a word in these closed
families (places, furniture, body, weather, time, travel, people, feelings, clothing, sport,
things and everyday verbs) is left as it is, and read as a food only when a food is spelt so.
"""

from __future__ import annotations

_FAMILIES = """
porch house home garden yard kitchen bedroom bathroom office hall hallway stair stairs
landing attic basement cellar garage shed balcony patio deck terrace roof window door gate
fence path road street lane avenue track trail park field beach shore coast harbour harbor
pier dock river lake pond stream canal bridge tunnel hill mountain valley forest wood woods
meadow farm barn village town city suburb station airport platform terminal gym pool stadium
arena court pitch school college university library church chapel temple hospital clinic shop
store mall market pharmacy bank hotel hostel motel campsite tent cabin flat apartment studio
lounge lobby corridor sidewalk pavement corner square plaza centre center downtown countryside
moor heath cliff cave island jungle summit peak ridge slope bench playground checkpoint
tower castle palace museum gallery theatre theater cinema pub club canteen cafeteria office
room floor wall ceiling stage venue site spot place area region country world earth ground
table chair stool bed mattress pillow blanket duvet quilt rug carpet curtain blind lamp shelf
shelves cupboard cabinet drawer wardrobe closet mirror clock fridge freezer stove microwave
toaster kettle sink counter worktop dishwasher bin basket box crate bag backpack rucksack
suitcase tray bottle jar lid napkin towel tissue screen laptop phone tablet radio television
speaker headphone headphones charger cable remote armchair recliner hammock cushion vase
candle frame poster painting book notebook pen pencil paper envelope folder calendar journal
watch ring key wallet purse umbrella helmet lock door handle switch socket plug fan heater
head face eye ear nose mouth lip tooth teeth tongue throat neck shoulder arm elbow wrist hand
finger thumb chest back spine stomach belly gut waist hip knee shin calf calves ankle foot
toe skin hair brain heart lung muscle bone joint blood sweat tendon hamstring quad glute
achilles blister bruise cramp stitch injury pain ache headache fever cough sneeze nausea
weather rain drizzle shower storm thunder lightning snow sleet hail frost fog mist wind
breeze gale sunshine cloud heat humid humidity damp puddle mud dust sky rainbow dawn dusk
sun sunrise sunset summer temperature degree forecast climate season spring autumn winter
rainy snowy
icy frosty foggy misty windy sunny cloudy muddy dusty chilly freezing
morning afternoon evening night midnight noon today yesterday tomorrow tonight week weekend
weekday month year hour minute second moment monday tuesday wednesday thursday friday saturday
sunday january february march april june july august september october november december
holiday birthday christmas easter anniversary race raceday session interval warmup cooldown
recovery rest taper
vehicle engine wheel tyre tire brake seat seatbelt horn traffic parking petrol diesel
motorway highway junction roundabout crossing signal sign ticket fare journey trip ride drive
commute route map car bus tram plane ferry boat ship taxi van truck lorry bike bicycle scooter
motorbike
mum mom dad mother father parent son daughter brother sister husband wife partner boyfriend
girlfriend friend mate buddy colleague boss team coach teacher student neighbour neighbor
child children kid toddler grandma grandpa granny grandad uncle aunt cousin nephew niece
family guest host crowd stranger runner pacer marshal volunteer doctor nurse physio dentist
waiter waitress driver pilot captain everyone someone anyone nobody somebody people person
man woman men women boy girl lady gentleman baby dog puppy cat kitten pet bird
happy sad tired exhausted sleepy hungry starving thirsty bloated sick nauseous queasy dizzy
weak strong great good fine okay bad awful terrible amazing lovely nice glad grateful proud
nervous anxious stressed calm relaxed excited bored lonely angry cross upset grumpy cranky
guilty lazy busy rushed hurried sore stiff achy fit unwell ill better worse best worst mood
feeling motivated focused sluggish
shirt tshirt top vest coat hoodie jumper sweater cardigan fleece shorts trousers pants jeans
leggings tights skirt dress sock shoe trainer sneaker boot sandal slipper hat cap beanie glove
scarf belt bra underwear pyjamas pajamas uniform kit bib medal sunglasses armband headband
wristband pocket zip button collar sleeve hem
run jog walk hike sprint swim cycle row climb yoga pilates stretch lift squat lunge plank
pushup situp football soccer rugby cricket tennis golf basketball netball hockey baseball
volleyball badminton boxing skiing skating surfing marathon ultra parkrun mile lap pace tempo
split repeat fartlek stride drill match game training workout exercise sport league tournament
final goal score point win loss draw trophy podium record
thing stuff work job meeting call email message letter text note plan idea problem question
answer reason way side end middle part lot number kind type sort size shape colour color name
word story news show film movie song music party event visit break pause nap sleep dream bath
wash laundry cleaning shopping errand chore homework exam test class lesson lecture talk chat
argument joke laugh smile kiss hug wait queue line order bill receipt change money cash card
price cost deal offer sale gift present prize luck chance choice mistake accident emergency
trouble fun joy peace quiet noise sound voice silence smell view picture photo video camera
internet wifi battery power electricity heating paint brush broom mop bucket hose ladder tool
hammer nail screw rope string tape glue scissors needle thread pin clip chain wire pipe stone
rock sand soil dirt grass leaf leaves tree flower plant branch root weed bush hedge lawn moss log
stick metal plastic steel gold silver copper brass cloth cotton wool silk leather rubber brick
concrete marble
ate eaten drank drunk grab grabbed got pick picked buy bought make made share finish start try
skip miss need want like love hate enjoy regret manage force sneak snuck steal stole save left
keep kept take took bring brought deliver ran rode drove sat stood lay slept woke felt seem look
sound become stay watch read wrote texted quick slow fast big small huge tiny long short tall
wide narrow heavy soft rough smooth sharp clean dirty new old young cheap expensive free easy
difficult simple normal usual proper real actual whole entire double single random weird
strange funny serious loud bright dark first last next previous main only other same
different certain once print
jetty quay wharf hut shack loft den nook cot crib sill ledge hearth vent drain gutter chimney
alley marsh swamp creek brook glen dale dune lagoon orchard vineyard quarry factory warehouse
robe gown poncho blazer apron mitten parka brow cheek chin jaw rib vein nerve gust squall
blizzard drought flood tide mayor judge clerk plumber referee umpire fan rival anger fear pride
shame grief chess darts bowling archery judo karate kayak canoe raft pram stroller
"""

PLAIN_WORDS: frozenset[str] = frozenset(_FAMILIES.split())
# When a food was eaten, said alone ("desk snack", "a treat"): no food, whichever it was.
OCCASIONS: frozenset[str] = frozenset(
    ("snack", "meal", "treat", "breakfast", "brunch", "lunch", "dinner", "supper", "elevenses")
)
_ENDINGS = ("s", "es", "ed", "d", "ing")


def lone_nonfood(word: str, head_hit: float) -> bool:
    """Whether ``word``, said alone, names no food of a name it is in: an occasion ("snack"
    is not "Snacks, potato sticks"), or an everyday word that is not the food's head ("the
    garden" is not "Cress, garden")."""
    return word in OCCASIONS or (head_hit < 1.0 and plain_word(word))


def plain_word(word: str) -> bool:
    """Whether ``word`` is an everyday non-food word, as written or with an ending added
    ("brakes", "walked", "parking"): a word spelt right, not a typo to mend."""
    if word in PLAIN_WORDS:
        return True
    return any(word.endswith(e) and word[: -len(e)] in PLAIN_WORDS for e in _ENDINGS)

"""Sweep common English words that are not food through the meal parser.

A word a runner writes about where, when, with whom or how they ate ("on the porch", "after
the race", "with my sister") must never be read as a food by spelling correction or fuzzy
matching ("porch" read as perch, the fish). Each word is said alone ("porch"), after a food
("a banana on the porch") and in a list ("toast, porch"); a reading is a miss when it adds a
food that is not the banana or the toast, or reads the word alone as a food with nothing left
unread. Run ``python scripts/nonfood_sweep.py [-v]``: prints the misses and their count.
"""

from __future__ import annotations

import sys

from journal import foods

# Closed families of everyday words, none of them a food or a drink.
WORDS: dict[str, str] = {
    "places": """porch house home garden yard kitchen bedroom bathroom office desk hall
        hallway stairs landing attic basement cellar garage shed balcony patio deck terrace
        roof window door gate fence path road street lane avenue track trail park field
        beach shore coast harbour harbor pier dock river lake pond stream canal bridge tunnel
        hill mountain valley forest wood woods meadow farm barn village town city suburb
        station airport platform terminal gym pool stadium arena court pitch school college
        university library church chapel temple hospital clinic shop store mall market
        supermarket pharmacy bank post hotel hostel motel campsite tent cabin cottage flat
        apartment studio lounge lobby corridor car bus train tram plane ferry boat ship taxi
        van truck lorry bike bicycle scooter motorbike couch sofa sidewalk pavement corner
        square plaza centre center downtown uptown countryside moor heath cliff cave island
        desert jungle summit peak ridge slope bench picnic playground finish start line
        checkpoint tower castle palace museum gallery theatre theater cinema pub bar club
        restaurant cafe canteen cafeteria diner bakery""",
    "furniture": """table chair stool bed mattress pillow blanket sheet duvet quilt rug carpet
        curtain blind lamp light shelf shelves cupboard cabinet drawer wardrobe closet mirror
        clock fridge freezer oven stove microwave toaster kettle sink tap counter worktop
        dishwasher bin basket box crate bag backpack rucksack suitcase tray bottle jar tin
        can lid plate bowl cup mug glass spoon fork knife chopsticks napkin towel tissue
        screen laptop phone tablet radio television speaker headphones charger cable remote
        desk armchair recliner hammock cushion vase candle frame poster painting book
        notebook pen pencil paper envelope folder calendar diary journal watch ring key keys
        wallet purse umbrella helmet lock""",
    "body": """head face eye eyes ear ears nose mouth lip lips tooth teeth tongue throat neck
        shoulder shoulders arm arms elbow wrist hand hands finger fingers thumb chest back
        spine stomach belly gut waist hip hips leg legs thigh knee knees shin calf calves
        ankle ankles foot feet heel toe toes skin hair brain heart lung lungs muscle muscles
        bone bones joint joints blood sweat tendon hamstring quad quads glute glutes achilles
        blister bruise cramp stitch injury pain ache headache fever cold cough sneeze""",
    "weather": """weather rain rainy drizzle shower showers storm thunder lightning snow snowy
        sleet hail ice icy frost frosty fog foggy mist misty wind windy breeze gale sun sunny
        sunshine cloud cloudy clouds heat hot warm cool chilly freezing humid humidity dry
        wet damp puddle mud muddy dust dusty sky rainbow dawn dusk sunrise sunset
        temperature degrees forecast climate season spring summer autumn fall winter""",
    "time": """morning afternoon evening night midnight noon today yesterday tomorrow tonight
        week weekend weekday month year hour hours minute minutes second seconds moment
        monday tuesday wednesday thursday friday saturday sunday january february march
        april may june july august september october november december early late later
        soon before after during while then now always never sometimes often usually again
        once twice daily weekly monthly yearly holiday birthday christmas easter anniversary
        race raceday session interval intervals warmup cooldown recovery rest taper""",
    "vehicles": """vehicle engine wheel wheels tyre tire brake brakes seat seatbelt horn
        traffic parking garage petrol diesel fuel motorway highway junction roundabout
        crossing signal sign ticket fare journey trip ride drive commute route map""",
    "people": """mum mom dad mother father parent parents son daughter brother sister
        husband wife partner boyfriend girlfriend friend friends mate mates buddy colleague
        colleagues boss team coach teacher student neighbour neighbor child children kid
        kids baby toddler grandma grandpa granny grandad uncle aunt cousin nephew niece
        family guest guests host crowd stranger runner runners pacer marshal volunteer
        doctor nurse physio dentist waiter waitress chef cook driver pilot captain
        everyone someone anyone nobody somebody people person man woman men women boy girl
        lady gentleman dog cat puppy kitten pet horse bird""",
    "feelings": """happy sad tired exhausted sleepy hungry starving thirsty full stuffed
        bloated sick nauseous queasy dizzy weak strong fresh great good fine okay bad awful
        terrible amazing lovely nice glad grateful proud nervous anxious stressed calm
        relaxed excited bored lonely angry cross upset grumpy cranky guilty lazy busy rushed
        hurried late early sore stiff achy fit unwell ill better worse best worst energy
        mood feeling feelings motivated focused sluggish""",
    "clothing": """shirt tshirt top vest jacket coat hoodie jumper sweater cardigan fleece
        shorts trousers pants jeans leggings tights skirt dress socks sock shoe shoes
        trainers sneakers boots boot sandals slippers hat cap beanie gloves glove scarf
        belt bra underwear pyjamas pajamas uniform kit bib number medal sunglasses watch
        armband headband wristband pocket zip button collar sleeve hem""",
    "sports": """run running jog jogging walk walking hike hiking sprint sprinting swim
        swimming cycle cycling ride riding row rowing climb climbing yoga pilates stretch
        stretching lift lifting squat lunge plank pushup situp football soccer rugby
        cricket tennis golf basketball netball hockey baseball volleyball badminton squash
        boxing skiing skating surfing marathon halfmarathon ultra parkrun 5k 10k mile miles
        lap laps pace tempo split splits hill hills repeat repeats fartlek strides drill
        drills match game training workout exercise sport league tournament final goal
        score point points win loss draw medal trophy podium pb pr personal record""",
    "everyday": """thing things stuff work job meeting call email message letter text note
        plan idea problem question answer reason way side end middle part piece bit lot
        number amount kind type sort size shape colour color name word story news show film
        movie song music game party event trip visit break pause nap sleep dream bath
        shower wash laundry cleaning shopping errand chore homework exam test class lesson
        lecture talk chat argument joke laugh smile kiss hug walk wait queue line order
        bill receipt change money cash card price cost deal offer sale gift present prize
        luck chance choice mistake accident emergency trouble fun joy peace quiet noise
        sound voice silence smell view picture photo video camera internet wifi battery
        power electricity gas water heating paint brush broom mop bucket hose ladder tool
        hammer nail screw rope string tape glue scissors needle thread pin clip chain wire
        pipe stone rock sand soil dirt grass leaf leaves tree trees flower flowers plant
        plants branch root seed weed bush hedge lawn moss log stick wood metal plastic
        steel iron gold silver copper brass glass cloth cotton wool silk leather rubber
        stone brick concrete marble""",
    "verbs_adj": """had ate eaten drank drunk grabbed got picked bought made cooked shared
        finished started tried skipped missed needed wanted liked loved hated enjoyed
        regretted managed forced snuck stole split saved left kept took brought ordered
        delivered walked ran jogged rode drove sat stood lay slept woke felt seemed looked
        tasted smelled sounded became stayed waited watched read wrote called texted
        quick slow fast big small huge tiny long short tall wide narrow thick thin heavy
        light soft hard rough smooth sharp clean dirty new old young cheap expensive free
        easy difficult simple normal usual proper real actual whole entire half quarter
        double single extra random weird strange funny serious quiet loud bright dark
        early late first last next previous main only other same different certain""",
}


def words() -> list[str]:
    """Every swept word once, in the order written."""
    return list(dict.fromkeys(w for text in WORDS.values() for w in text.split()))


def _extra(parsed: foods.MealParse, keep: set[str]) -> list[str]:
    return [i.name for i in parsed.items if not (set(i.name.lower().split(", ")[0].split()) & keep)]


def misses(word: str) -> list[str]:
    """How ``word`` was read as a food, one line a reading, or [] when it never was."""
    out = []
    alone = foods.parse_meal(word)
    if alone.items and not alone.unmatched:
        out.append(f"{word!r} -> {alone.items[0].name[:50]}")
    for said, keep in ((f"a banana on the {word}", {"bananas"}), (f"toast, {word}", {"bread"})):
        extra = _extra(foods.parse_meal(said), keep)
        if extra:
            out.append(f"{said!r} -> {extra[0][:50]}")
    return out


def main(verbose: bool) -> int:
    swept = words()
    found = {w: m for w in swept if (m := misses(w))}
    for w, lines in found.items():
        if verbose:
            print("\n".join(lines))
        else:
            print(w, end=" ")
    print(f"\n{len(found)} of {len(swept)} words read as a food")
    return len(found)


if __name__ == "__main__":
    main("-v" in sys.argv)

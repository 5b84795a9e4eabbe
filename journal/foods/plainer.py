"""The rewrites :func:`journal.foods.said.plainly` runs after the shop words, each in a
module of its own behind a cheap cue check (said.py is at its size limit, and a long paste
should pay only for the rewrites whose words it holds)."""

from __future__ import annotations

import re

from journal.foods.amountsapart import amounts_apart
from journal.foods.aroundwords import without_around
from journal.foods.asideamounts import aside_amounts_apart
from journal.foods.asidewords import cut_asides
from journal.foods.baresizes import bare_sizes_said
from journal.foods.batchshare import batch_shared
from journal.foods.bracketwords import weight_in_brackets
from journal.foods.breadends import heels_said
from journal.foods.breastquarter import breast_quarter
from journal.foods.chaincount import count_before_chain
from journal.foods.chainpieces import pieces_listed
from journal.foods.combos import combo_said
from journal.foods.cookedform import cooking_plainly
from journal.foods.countsafter import counts_after
from journal.foods.cutsandpieces import heads_first
from journal.foods.dishpieces import dish_pieces_said
from journal.foods.dishshares import dish_shared
from journal.foods.drinkflavours import drink_flavours
from journal.foods.fruitcuts import cut_first
from journal.foods.frywords import fry_said
from journal.foods.fuelcounts import fuel_counts
from journal.foods.fuelmixes import fuel_mixes
from journal.foods.gravybiscuits import gravy_biscuits
from journal.foods.listedbreads import breads_listed
from journal.foods.loosewords import one_said_after, said_loosely
from journal.foods.measureafter import measures_first
from journal.foods.mixedcount import mixed_counted
from journal.foods.namedwords import said_as_kind
from journal.foods.ordermods import order_said
from journal.foods.packafter import pack_first
from journal.foods.partsapart import parts_apart
from journal.foods.piecewords import pieces_said
from journal.foods.platedishes import plate_dishes
from journal.foods.runnerdrinks import runner_drinks
from journal.foods.seasonwords import seasoned
from journal.foods.shareafter import share_first
from journal.foods.sharesbefore import shares_before
from journal.foods.sizeafter import size_first
from journal.foods.smallcuts import cuts_weighed
from journal.foods.takeaway import takeaway_said
from journal.foods.timescount import count_first
from journal.foods.weighedverbs import weighed_plainly
from journal.foods.weighedwords import weighed_first
from journal.foods.widths import widths_weighed

# A run of digits no amount has: cut to twelve before any rule reads it, so a pasted line of
# 5,000 digits is neither read digit by digit by every rule nor turned into a number.
_LONG_FIGURE = re.compile(r"\d{13,}")


def said_before(text: str) -> str:
    """``text`` with an amount said apart from its food, hedged or corrected ("crackers,
    like 6"), said before it; a share eaten of a batch said through the batch's amounts; the
    words that hid a weight said after its food taken out of its way; the amounts said after
    a dish of two parts or a drink's pours said with what they measure; a count said inside
    a food's words ("eggs x4 scrambled") or after a chain's name ("kfc 3 strips") said before
    them; without the name of a dish whose listed parts say its bread; and with a size said
    in brackets ("(big one)") said as said.py reads it, and a quarter chicken's breast as
    the breast quarter; a chain's piece count is dropped where the pieces are listed; a
    chain's combo or numbered meal is said as its main, side and drink, and a counted or
    double mixed drink by the volume of its spirit and mixer; a bare figure before a container
    is its size ("coke 330 can"); a drink mix said by its tab or scoops and bottle is the
    made-up drink's volume, and a branded drink's flavour said after it dropped; a plated
    dish's plate, a sushi train's plates and a bunny chow's loaf said as their helpings; a
    counter's dotted initials, "chippies" and a servo's pie said plainly; a count, handful or
    marks said after a food ("celery w peanut butter, 3 stalks", "gel at 10k and 15k") said
    before it (run first)."""
    if _LONG_FIGURE.search(text):  # no amount has 13 digits; Python will not read 4,300
        text = _LONG_FIGURE.sub(lambda m: m[0][:12], text)
    text = without_around(text)  # "peeled two mandarins at my desk": the mandarins
    # "two quarter pb&j sandwiches", "onigiri x2, salmon and tuna", "granola on top 40g"
    text = fry_said(aside_amounts_apart(dish_pieces_said(text)))  # "a fry": the fry-up
    text = measures_first(shares_before(text))  # "most of a pizza"; "tea, a mug": a mug of tea
    text = cuts_weighed(text)  # "12 pineapple chunks": twelve cuts, not twelve pineapples
    text = plate_dishes(
        runner_drinks(fuel_mixes(drink_flavours(takeaway_said(counts_after(fuel_counts(text))))))
    )
    text = combo_said(bare_sizes_said(cooking_plainly(order_said(text))))
    text = batch_shared(breast_quarter(pieces_listed(mixed_counted(text))))
    text = parts_apart(weighed_plainly(amounts_apart(text)))
    return one_said_after(breads_listed(count_before_chain(count_first(text))))


def said_plainer(text: str) -> str:
    """``text`` without asides that name no food, with loose measures and left-out foods
    said plainly, a weight or a share said after its
    food said first, branded products and pack counts said as their kind, and listed
    seasonings as the seasonings they are; a weight in brackets keeps only the words that
    say how it was taken ("(tin, 400g)" is "(400g)"); a size said after a food is said
    before it ("cappuccino, large"); a width said with a round food is the weight of one
    that wide ("a 12in tortilla"); "8pc" is 8 pieces, a pint after a drink its pint, a
    cut after a big fruit its cut ("watermelon wedge"), a head after its vegetable its head
    ("a broccoli head"), a shop pack said after its food said
    before it ("baby carrots bag"), and a share of a family tray or dish the helpings it
    holds; a biscuit said with gravy is the US buttermilk one."""
    text = gravy_biscuits(text)
    text = weighed_first(cut_asides(said_loosely(weight_in_brackets(size_first(text)))))
    text = said_as_kind(pieces_said(text))
    text = share_first(pack_first(dish_shared(heels_said(text))))
    return heads_first(cut_first(widths_weighed(seasoned(text))))

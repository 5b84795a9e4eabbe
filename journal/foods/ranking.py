"""Shortlist and score the foods a phrase's words may name, with a prior for plain foods.

The word index shortlists; coverage, the head word, rapidfuzz and a prior that keeps compound,
branded and baby foods behind plain ones rank the shortlist ("banana" is "Bananas, raw",
never "Bread, banana"). Per-food stems and priors are cached, warmed from a worker.
"""

from __future__ import annotations

import re
from functools import cache

from journal.foods.plainwords import lone_nonfood
from journal.foods.table import Table, load
from journal.foods.text import WORD, fold, stem
from journal.foods.typos import slip
from journal.foods.words import DERIVED, UNPREPARED

# Penalties (points out of 100) that keep compound and special-purpose foods behind plain ones.
_GROUP_PENALTY = {
    "Baby Foods": 40.0,
    "American Indian/Alaska Native Foods": 25.0,
    "Restaurant Foods": 20.0,
    "Fast Foods": 15.0,
    "Meals, Entrees, and Side Dishes": 10.0,
    "": 5.0,
}
_BRAND = re.compile(r"\b[A-Z][A-Z'&.]{2,}\b")
MIN_COVER = 0.5  # share of the phrase's words a food name must contain


@cache
def food_prior(i: int) -> float:
    """Points to subtract from a food's score for being compound, branded or niche."""
    table = load()
    name = table.name(i)
    penalty = _GROUP_PENALTY.get(table.group(i), 0.0)
    if _BRAND.search(name):
        penalty += 10.0
    penalty += min(15.0, 2.5 * max(0, name.count(",") - 1))
    return penalty


@cache  # one entry per food: the whole table (about 8,000) fits
def food_stems(i: int) -> tuple[frozenset[str], tuple[str, ...], str]:
    folded = fold(load().name(i))  # fold once: this runs for every food a word shortlists
    all_stems = [stem(w) for w in WORD.findall(folded)]
    head = tuple(stem(w) for w in WORD.findall(folded.split(",")[0]))
    return frozenset(all_stems), head, " ".join(all_stems)


def warm() -> None:
    """Stem every food name now (about 0.1 s, from a worker), so that no keystroke pays for
    a broad shortlist ("chicken b" scores some 460 chicken foods)."""
    for i in range(len(load().rows)):
        food_stems(i)
        food_prior(i)
    slip("")  # and index the food words by their slips


def head_stems(i: int) -> tuple[str, ...]:
    """Stems of a food name's first part ("Melons, cantaloupe, raw" → ("melon",))."""
    return food_stems(i)[1]


def rank(table: Table, words: tuple[str, ...], limit: int) -> list[tuple[float, int]]:
    """Shortlist by the word index, then score: coverage, head word, fuzz, prior."""
    from rapidfuzz import fuzz

    wanted = [w for w in dict.fromkeys(words) if w in table.index]
    if not wanted:
        return []
    counts: dict[int, int] = {}
    for w in wanted:
        for i in table.index[w]:
            counts[i] = counts.get(i, 0) + 1
    best = max(counts.values())
    if best / len(words) < MIN_COVER:
        return []
    phrase = " ".join(words)
    query = set(words)
    scored = []
    for i, n in counts.items():
        if n < best:
            continue
        name_stems, head, name_key = food_stems(i)
        cover = n / len(words)
        head_hit = 1.0 if head and set(head) <= query else (0.5 if head[0] in query else 0.0)
        if len(words) == 1 and lone_nonfood(words[0], head_hit):
            continue  # "the garden", "gold": an everyday word alone is no "Cress, garden"
        sort_ratio = fuzz.token_sort_ratio(phrase, name_key) / 100.0
        score = 55.0 * cover + 25.0 * head_hit + 20.0 * sort_ratio - food_prior(i)
        if "raw" in name_stems:
            score += 2.0
        if (name_stems & DERIVED) - query:
            score -= 12.0
        if (name_stems & UNPREPARED) - query:  # a typed food is as eaten, not a dry mix
            score -= 10.0
        scored.append((round(max(0.0, min(100.0, score)), 2), i))
    scored.sort(key=lambda s: (-s[0], table.rows[s[1]][0]))
    return scored[:limit]

"""Issue 15: a long paste's rewrites run only on the stretches that can hold a match
(journal/foods/stretches.py), and give exactly what rewriting the whole text gives.

The reference is the same rewrite with the stretches turned off (every pattern run over the
whole text, as before). No timings here: bench/bench_foods.py measures the speed.
"""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path

import pytest

from journal import foods
from journal.foods import said, stretches
from journal.foods.shopwords import SHOP_WORDS, _Cued

TESTS = Path(__file__).resolve().parent
SEPARATORS = ("\n", ", ", "\n\n", "; ", " and ", " + ", "\n- ", ",", "\r\n", "\n  ", " with ")


def _phrases() -> list[str]:
    """Every phrase of every phrase table (tests/foods_*.py), once."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))  # the tables import each other by their own names
    found: list[str] = []
    for path in sorted(TESTS.glob("foods_*.py")):
        if path.stem in ("foods_score", "foods_kinds"):
            continue
        module = importlib.import_module(path.stem)
        for value in vars(module).values():
            if isinstance(value, list | tuple) and value and isinstance(value[0], tuple):
                found += [row[0] for row in value if row and isinstance(row[0], str)]
    return list(dict.fromkeys(found))


def _whole(text: str) -> str:
    """plainly() with every pattern over the whole text: the reference."""
    keep = stretches.LONG_TEXT
    stretches.LONG_TEXT = 10**9
    try:
        return said.plainly.__wrapped__(text)
    finally:
        stretches.LONG_TEXT = keep


def _paste(rng: random.Random, phrases: list[str], broken: bool) -> str:
    """Phrases joined as a runner pastes them; ``broken``: some spaces made line breaks, so
    rewrites that read across a line are met too."""
    parts = [rng.choice(phrases) for _ in range(rng.randint(60, 400))]
    text = "".join(p + rng.choice(SEPARATORS) for p in parts)
    if broken:
        breaks = ("\n", "\n\n", "\n \n", " \n", "\n\t")
        text = "".join(rng.choice(breaks) if c == " " and rng.random() < 0.15 else c for c in text)
    return text


@pytest.fixture(scope="module")
def phrases() -> list[str]:
    foods.load()
    found = _phrases()
    assert len(found) > 4000  # every table was read
    return found


@pytest.mark.parametrize("seed", range(8))
def test_a_paste_rewrites_as_the_whole_text_does(phrases: list[str], seed: int) -> None:
    rng = random.Random(seed)
    text = _paste(rng, phrases, broken=seed % 2 == 1)
    if seed % 4 == 2:
        text = text.upper()
    assert len(text) > stretches.LONG_TEXT
    assert said.plainly.__wrapped__(text) == _whole(text)


def test_every_table_phrase_pasted_line_by_line(phrases: list[str]) -> None:
    """All the tables as one long paste, a phrase a line, in chunks of 20,000 characters."""
    lines, chunk = [], 0
    for phrase in phrases:
        lines.append(phrase)
        chunk += len(phrase) + 1
        if chunk > 20_000:
            text = "\n".join(lines)
            assert said.plainly.__wrapped__(text) == _whole(text)
            lines, chunk = [], 0


def test_the_bench_paste_parses_as_before() -> None:
    from bench.bench_foods import paste_text

    text = paste_text()
    fast = foods.parse_meal(text)
    said.plainly.cache_clear()
    keep = stretches.LONG_TEXT
    stretches.LONG_TEXT = 10**9
    try:
        slow = foods.parse_meal(text)
    finally:
        stretches.LONG_TEXT = keep
        said.plainly.cache_clear()
    assert [(i.name, i.grams) for i in fast.items] == [(i.name, i.grams) for i in slow.items]
    assert fast.unmatched == slow.unmatched


FILLER = "2 eggs, toast with butter\n" * 80  # long enough for stretches, nothing to rewrite


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        # a match across a line break (whitespace crosses it)
        (r"\b([a-z]+)\s+(?:and|&)\s+(guinness)\s+(stew)\b", "beef and\nguinness\n\nstew"),
        # a lookahead that reads the next line: "fillet" then "of ..." on the next line
        (r"\b([a-z]+)\s+fillets?\b(?!\s+of\b)", "salmon fillet\nof cod, a salmon fillet"),
        # "^ or after a stop" at the start of a stretch, "$ or a stop" at its end
        (r"(?:^|(?<=[,;\n]))\s*(\w+)\s+pie(?=\s*(?:$|[,;\n]))", "meat pie, pork pie;\npie pie"),
        # a bare "^" and "$": the text's own start and end, read from a window of lines
        (r"^\s*(\w+) pie|(\w+) pie\s*$", "meat pie\npork pie"),
        # a class that reads past a line break: only commas bound it
        (r"\b([^,]*\bsoup)\b", "a bowl of tomato\nsoup, bread"),
    ],
)
def test_stretches_give_the_whole_texts_rewrite(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.I)
    for long in (  # in the middle, at the start (after blank lines), at the end
        FILLER + text + "\n" + FILLER + text.upper(),
        "\n \n" + text + "\n" + FILLER,
        FILLER + text,
    ):
        assert stretches.sub(compiled, r"<\1>", long) == compiled.sub(r"<\1>", long)
        assert compiled.sub(r"<\1>", long) != long  # the case is met


def test_what_a_pattern_needs_and_reaches() -> None:
    plan = stretches.plan(re.compile(r"\bbuttered\s+([a-z]+)\b", re.I), r"\1")
    assert plan is not None and plan.needs == ("buttered",) and plan.reach == 1
    plan = stretches.plan(re.compile(r"\b(tea|coffee)[,;]\s*black\b", re.I), "")
    assert plan is not None and plan.needs == ("black",)
    # a class that crosses lines with more than whitespace: only stops bound it
    plan = stretches.plan(re.compile(r"\b([^,]*)soup\b", re.I), "")
    assert plan is not None and plan.reach is None and plan.stops == ","
    # nothing every match must hold: the whole text
    assert stretches.plan(re.compile(r"\b[a-z]+\s+\d+\b"), "") is None


def test_replacements_that_read_around_their_match_see_the_whole_text() -> None:
    pattern = re.compile(r"\bbuttered\b")
    assert stretches.plan(pattern, lambda m: m.group(0).upper()) is not None
    assert stretches.plan(pattern, lambda m: f"{m[0]}{len(m.string)}") is None
    assert stretches.plan(pattern, lambda m: m.string[: m.start()]) is None
    assert stretches.plan(pattern, lambda m: str(m)) is None  # the match handed on


def test_most_shop_word_rewrites_run_on_stretches() -> None:
    """The mechanism is used: a pattern given up on falls back to the slow whole text."""
    planned = [
        stretches.plan(p.pattern if isinstance(p, _Cued) else p, repl) is not None
        for p, repl in SHOP_WORDS
    ]
    assert sum(planned) >= 0.85 * len(planned)


def test_case_folding_covers_what_ignorecase_matches() -> None:
    """Every character IGNORECASE equates with an ASCII letter folds to that letter (or
    changes length when lowered, when the whole text is rewritten)."""
    letters = re.compile("[a-z]", re.I)
    for code in range(128, 0x110000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or not letters.fullmatch(ch) or len(ch.lower()) != 1:
            continue
        folded = ch.lower().translate(stretches._FOLDS)
        assert folded.isascii() and re.fullmatch(folded, ch, re.I), ch

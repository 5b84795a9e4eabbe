"""The seventh held-apart table is well formed, checked without running the meal parser.

Every kind a row expects must be defined (tests/foods_kinds.py or KINDS7) and every KINDS7 id
prefix must name a food in the SR24 table, else the judge would fail rows for a typo of ours,
not a parser miss. Reads the SR24 CSV directly; imports nothing from ``journal``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from foods_heldout7 import HELD7, KINDS7
from foods_kinds import KINDS

SR24_FOODS = Path("/work/shared/data/usda-sr24/foods.csv")


def _sr24_ids() -> list[str]:
    with SR24_FOODS.open(newline="", encoding="utf-8") as f:
        return [row["id"] for row in csv.DictReader(f)]


def test_rows_have_phrase_kinds_grams_and_energy() -> None:
    assert len(HELD7) >= 150
    phrases = [phrase for phrase, _, _ in HELD7]
    assert len(set(phrases)) == len(phrases), "a phrase is repeated"
    for phrase, expected, kcal in HELD7:
        assert phrase.strip() == phrase and phrase, phrase
        assert expected, phrase
        assert all(grams > 0 for grams in expected.values()), phrase
        assert 0 <= kcal < 3000, phrase


def test_every_expected_kind_is_defined() -> None:
    kinds = {**KINDS, **KINDS7}
    missing = {k for _, expected, _ in HELD7 for k in expected if k not in kinds}
    assert not missing


def test_kinds7_adds_kinds_without_redefining_the_shared_ones() -> None:
    assert not set(KINDS7) & set(KINDS)


@pytest.mark.skipif(not SR24_FOODS.exists(), reason="SR24 table not on this machine")
def test_every_kinds7_prefix_names_an_sr24_food() -> None:
    ids = _sr24_ids()
    modelled = {p for prefixes in KINDS.values() for p in prefixes if p.startswith("x-")}
    for kind, prefixes in KINDS7.items():
        for prefix in prefixes:
            if prefix.startswith("x-"):
                assert prefix in modelled, (kind, prefix)
            else:
                assert any(i.startswith(prefix) for i in ids), (kind, prefix)


def test_the_new_phrases_are_not_copied_from_the_other_tables() -> None:
    from foods_dev5 import DEV5
    from foods_dev6 import DEV6
    from foods_heldout import HELD
    from foods_heldout2 import HELD2
    from foods_heldout3 import HELD3
    from foods_heldout4 import HELD4
    from foods_heldout5 import HELD5
    from foods_heldout6 import HELD6
    from foods_tuned import TUNED

    older = {
        p.lower() for p, _, _ in TUNED + HELD + HELD2 + HELD3 + HELD4 + DEV5 + DEV6 + HELD5 + HELD6
    }
    assert not [p for p, _, _ in HELD7 if p.lower() in older]

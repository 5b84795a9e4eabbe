"""The blind held-apart tables are well formed, checked without running the meal parser.

Every kind a row expects must be defined (tests/foods_kinds.py or the table's own KINDS6,
KINDS7, ... KINDS23) and every id prefix of its own must name a food in the SR24 table, else
the judge would fail rows for a typo of ours, not a parser miss; no phrase may repeat one of a
table written before it. Reads the SR24 CSV directly; imports
nothing from ``journal``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from foods_dev5 import DEV5
from foods_dev6 import DEV6
from foods_heldout import HELD
from foods_heldout2 import HELD2
from foods_heldout3 import HELD3
from foods_heldout4 import HELD4
from foods_heldout5 import HELD5
from foods_heldout6 import HELD6, KINDS6
from foods_heldout7 import HELD7, KINDS7
from foods_heldout8 import HELD8, KINDS8
from foods_heldout9 import HELD9, KINDS9
from foods_heldout10 import HELD10, KINDS10
from foods_heldout11 import HELD11, KINDS11
from foods_heldout12 import HELD12, KINDS12
from foods_heldout13 import HELD13, KINDS13
from foods_heldout14 import HELD14, KINDS14
from foods_heldout15 import HELD15, KINDS15
from foods_heldout16 import HELD16, KINDS16
from foods_heldout17 import HELD17, KINDS17
from foods_heldout18 import HELD18, KINDS18
from foods_heldout19 import HELD19, KINDS19
from foods_heldout20 import HELD20, KINDS20
from foods_heldout21 import HELD21, KINDS21
from foods_heldout22 import HELD22, KINDS22
from foods_heldout23 import HELD23, KINDS23
from foods_kinds import KINDS
from foods_tuned import TUNED

SR24_FOODS = Path("/work/shared/data/usda-sr24/foods.csv")
Rows = list[tuple[str, dict[str, float], float]]

# every table in the order written (dev6 came after held6)
WRITTEN: list[Rows] = [
    TUNED, HELD, HELD2, HELD3, HELD4, DEV5, HELD5, HELD6, DEV6,
    HELD7, HELD8, HELD9, HELD10, HELD11, HELD12, HELD13, HELD14, HELD15, HELD16, HELD17, HELD18,
    HELD19, HELD20, HELD21, HELD22, HELD23,
]  # fmt: skip


def _before(rows: Rows) -> Rows:
    """Every row of the tables written before ``rows``."""
    k = next(k for k, table in enumerate(WRITTEN) if table is rows)
    return [row for table in WRITTEN[:k] for row in table]


# (name, rows, its own kinds, fewest rows, the tables written before it)
TABLES = [
    (name, rows, kinds, fewest, _before(rows))
    for name, rows, kinds, fewest in (
        ("held6", HELD6, KINDS6, 200),
        ("held7", HELD7, KINDS7, 150),
        ("held8", HELD8, KINDS8, 220),
        ("held9", HELD9, KINDS9, 240),
        ("held10", HELD10, KINDS10, 250),
        ("held11", HELD11, KINDS11, 300),
        ("held12", HELD12, KINDS12, 300),
        ("held13", HELD13, KINDS13, 300),
        ("held14", HELD14, KINDS14, 320),
        ("held15", HELD15, KINDS15, 320),
        ("held16", HELD16, KINDS16, 320),
        ("held17", HELD17, KINDS17, 320),
        ("held18", HELD18, KINDS18, 360),
        ("held19", HELD19, KINDS19, 280),
        ("held20", HELD20, KINDS20, 330),
        ("held21", HELD21, KINDS21, 330),
        ("held22", HELD22, KINDS22, 330),
        ("held23", HELD23, KINDS23, 330),
    )
]
each_table = pytest.mark.parametrize(
    ("rows", "own", "fewest", "older"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES]
)


def _sr24_ids() -> list[str]:
    with SR24_FOODS.open(newline="", encoding="utf-8") as f:
        return [row["id"] for row in csv.DictReader(f)]


@each_table
def test_rows_have_phrase_kinds_grams_and_energy(
    rows: Rows, own: dict[str, tuple[str, ...]], fewest: int, older: Rows
) -> None:
    assert len(rows) >= fewest
    phrases = [phrase for phrase, _, _ in rows]
    assert len(set(phrases)) == len(phrases), "a phrase is repeated"
    for phrase, expected, kcal in rows:
        assert phrase.strip() == phrase and phrase, phrase
        assert expected, phrase
        assert all(grams > 0 for grams in expected.values()), phrase
        assert 0 <= kcal < 3000, phrase


@each_table
def test_every_expected_kind_is_defined_once(
    rows: Rows, own: dict[str, tuple[str, ...]], fewest: int, older: Rows
) -> None:
    kinds = {**KINDS, **own}
    assert not {k for _, expected, _ in rows for k in expected if k not in kinds}
    assert not set(own) & set(KINDS), "a kind the shared list has is defined again"


@pytest.mark.skipif(not SR24_FOODS.exists(), reason="SR24 table not on this machine")
@each_table
def test_every_own_prefix_names_an_sr24_food(
    rows: Rows, own: dict[str, tuple[str, ...]], fewest: int, older: Rows
) -> None:
    ids = _sr24_ids()
    modelled = {p for prefixes in KINDS.values() for p in prefixes if p.startswith("x-")}
    for kind, prefixes in own.items():
        for prefix in prefixes:
            if prefix.startswith("x-"):
                assert prefix in modelled, (kind, prefix)
            else:
                assert any(i.startswith(prefix) for i in ids), (kind, prefix)


@each_table
def test_the_phrases_are_not_copied_from_the_tables_before(
    rows: Rows, own: dict[str, tuple[str, ...]], fewest: int, older: Rows
) -> None:
    seen = {p.lower() for p, _, _ in older}
    assert not [p for p, _, _ in rows if p.lower() in seen]


@pytest.mark.skipif(not SR24_FOODS.exists(), reason="SR24 table not on this machine")
def test_every_shared_prefix_names_an_sr24_food() -> None:
    """A kind's id that names no food can only hide a typo; "x-" ids are the modelled foods."""
    ids = _sr24_ids()
    missing = [
        (kind, prefix)
        for kind, prefixes in KINDS.items()
        for prefix in prefixes
        if not prefix.startswith("x-") and not any(i.startswith(prefix) for i in ids)
    ]
    assert missing == []

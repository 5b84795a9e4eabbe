"""The fifth held-apart phrase table is well formed (checked without running the parser).

Its kinds must exist (in tests/foods_kinds.py or the table's own KINDS5), each KINDS5 id
prefix must name at least one SR24 food, and its phrases must be new to every other table.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.foods_heldout import HELD
from tests.foods_heldout2 import HELD2
from tests.foods_heldout3 import HELD3
from tests.foods_heldout4 import HELD4
from tests.foods_heldout5 import HELD5, KINDS5
from tests.foods_kinds import KINDS
from tests.foods_tuned import TUNED

SR24 = Path(__file__).resolve().parent.parent / "journal" / "foods" / "sr24.json"


def test_the_fifth_table_is_big_and_its_phrases_are_new() -> None:
    phrases = [p for p, *_ in HELD5]
    assert len(phrases) >= 150 and len(set(phrases)) == len(phrases)
    others = {p.lower() for table in (TUNED, HELD, HELD2, HELD3, HELD4) for p, *_ in table}
    assert not {p.lower() for p in phrases} & others


def test_the_fifth_table_names_known_kinds_with_positive_amounts() -> None:
    # it adds kinds; one that the tuning tables gained since (couscous) means the same foods
    assert all(set(KINDS5[k]) == set(KINDS[k]) for k in set(KINDS5) & set(KINDS))
    kinds = {**KINDS, **KINDS5}
    for phrase, expected, kcal in HELD5:
        assert expected and kcal > 0, phrase
        assert all(k in kinds and g > 0 for k, g in expected.items()), phrase


def test_each_added_kind_names_sr24_foods() -> None:
    ids = [row[0] for row in json.loads(SR24.read_text(encoding="utf-8"))["foods"]]
    for kind, prefixes in KINDS5.items():
        for prefix in prefixes:
            assert any(i.startswith(prefix) for i in ids), (kind, prefix)

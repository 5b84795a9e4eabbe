"""Every name of this session's vocabulary sweeps reads as a food, bare and with its portion word.

Why: each sweep wrote its own list of everyday names of its family (scripts/vocab_sweep.py) and
built what the parser lacked; a later alias or rule that leaves one of them unread again is a
regression a runner would meet.
"""

from __future__ import annotations

import pytest

from journal import foods
from scripts.vocab_sweep import NAMES

SWEEPS = ("sweep_a", "sweep_b", "sweep_c", "sweep_d")


@pytest.mark.parametrize("group", SWEEPS)
def test_every_name_of_a_sweep_is_read(group: str) -> None:
    unread = []
    for entry in NAMES[group]:
        name, _, word = entry.partition("/")
        for text in (name, f"a {word or 'serving'} of {name}"):
            parsed = foods.parse_meal(text)
            if parsed.unmatched or not parsed.items:
                unread.append(text)
    assert len(NAMES[group]) >= 250
    assert unread == []

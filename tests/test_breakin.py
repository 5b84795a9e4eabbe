"""Every attack of the break-in list ends cleanly: a message, no traceback, the journal intact."""

from __future__ import annotations

import pytest

from tests.breakin import Attack, every_attack, run_attack, summary


@pytest.mark.parametrize("attack", every_attack(), ids=lambda a: a.name)
def test_attack_is_refused_cleanly(stridelog_exe: str, attack: Attack) -> None:
    outcome = run_attack(stridelog_exe, attack)
    assert outcome.clean, outcome.problem
    assert summary([outcome]) == "1 tried, 1 refused cleanly, 0 tracebacks, 0 journals changed"

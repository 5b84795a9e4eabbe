"""The load model's sums carried from an earlier run: taken up only where the loads before
them are the same, and then giving the very numbers of a run from the first logged day."""

from __future__ import annotations

import datetime as dt
import stat

import msgspec
import pytest

from journal.analysis import analyze
from journal.analysis.metrics import load_arrays
from journal.analysis.series import build
from journal.store import Journal, layout
from journal.stored_analysis import analyze_journal
from tests.test_analysis_history import END, varied_days


@pytest.fixture(scope="module")
def days() -> list:
    return varied_days()


def test_carried_sums_give_the_numbers_of_a_whole_run(days: list) -> None:
    start = END - dt.timedelta(days=89)
    dense = build(days, start, END)
    keep = dense.index(start) - 60
    whole = load_arrays(dense, keep, keep)
    assert whole.carry is not None
    assert dt.date.fromordinal(whole.carry.at).day == 1
    carried = load_arrays(dense, keep, keep, whole.carry)
    assert msgspec.structs.asdict(carried) == msgspec.structs.asdict(whole)
    # a later window of the same journal takes the sums up where they were left
    later = load_arrays(dense, keep + 45, keep + 45, whole.carry)
    assert later.ctl[keep + 50 :] == load_arrays(dense, keep + 45, keep + 45).ctl[keep + 50 :]


def test_sums_are_taken_up_only_where_the_loads_before_them_are_the_same(days: list) -> None:
    start = END - dt.timedelta(days=89)
    dense = build(days, start, END)
    keep = dense.index(start) - 60
    carry = load_arrays(dense, keep, keep).carry
    assert carry is not None
    # the mechanism is used: sums told wrong (same loads) change what follows
    wrong = msgspec.structs.replace(carry, fit=carry.fit + 50)
    assert (
        load_arrays(dense, keep, keep, wrong).ctl[keep] != load_arrays(dense, keep, keep).ctl[keep]
    )
    # and refused once a day before them changed (an old run rated again)
    first = dense.first_index or 0
    dense.load[first + 30] += 25.0
    fresh = load_arrays(dense, keep, keep)
    assert load_arrays(dense, keep, keep, wrong).ctl == fresh.ctl
    assert fresh.carry is not None and fresh.carry.digest != carry.digest


def test_the_carry_file_is_a_private_cache(tmp_path, days: list) -> None:
    from journal.demo import demo_profile

    journal = Journal.open(tmp_path / "journal")
    journal.put_many(days, profile=demo_profile())
    path = journal.data_dir / layout.CARRY_FILE

    def same() -> None:
        every = analyze(journal.days(), journal.profile()).to_json()
        assert analyze_journal(journal).to_json() == every

    same()
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    same()  # taken up
    old = journal.days()[40]
    journal.put(
        msgspec.structs.replace(old, runs=[msgspec.structs.replace(r, rpe=9) for r in old.runs])
    )
    same()  # a changed year-old day: the sums run again
    path.write_bytes(b"not sums")
    same()
    path.unlink()
    same()

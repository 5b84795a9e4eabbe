"""A one-day change of a month file, applied without TinyDB, gives TinyDB's own bytes."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import msgspec
import pytest

from journal.model import Day, parse_day
from journal.store.tinyfile import month_file_after, one_day_after, through_tinydb

NOV = [dt.date(2026, 11, d) for d in (1, 2, 3, 4)]


def day(date: dt.date, note: str) -> Day:
    return parse_day({"date": date.isoformat(), "notes": note, "sleep": {"hours": 7.5}})


def stored(dates: list[dt.date], *, other_table: bool = False, odd_keys: bool = False) -> bytes:
    """A month file as the store (or a hand edit, ``odd_keys``: "+739…", " 739…") left it."""
    days = {}
    for i, d in enumerate(dates):
        key = str(d.toordinal())
        days[(" ", "+", "0")[i % 3] + key if odd_keys else key] = msgspec.to_builtins(
            day(d, f"old {d.day}")
        )
    tables = {"_default": {}, "days": days} if other_table else {"days": days}
    return msgspec.json.encode(tables)


CASES = [
    pytest.param(old, o, put, delete, id=f"{i}")
    for i, (old, o, (put, delete)) in enumerate(
        itertools.product(
            [
                None,
                b"{}",
                b'{"_default": {}}',
                stored([]),
                stored(NOV[:1]),
                stored(NOV[1:3]),
                stored(NOV, other_table=True),
                stored(NOV[::-1]),
                stored(NOV, odd_keys=True),
            ],
            [d.toordinal() for d in NOV],
            [(True, False), (False, True), (True, True)],
        )
    )
]


@pytest.mark.parametrize(("old", "o", "put", "delete"), CASES)
def test_one_day_gives_tinydbs_bytes(old: bytes | None, o: int, put: bool, delete: bool) -> None:
    puts = {o: day(dt.date.fromordinal(o), "new")} if put else {}
    deletes = {o} if delete else set()

    def tables() -> dict:
        return msgspec.json.decode(old) if old is not None else {}

    expected = through_tinydb(tables(), puts, deletes, [o])
    assert one_day_after(tables(), puts, deletes, o) == expected
    assert month_file_after(old, puts, deletes, [o]) == expected


def test_a_random_history_of_saves_and_deletes_gives_tinydbs_bytes() -> None:
    """A month changed day by day, 300 times, both ways: the same file at every step."""
    rng = random.Random(11)
    ours: bytes | None = None
    theirs: bytes | None = None
    for step in range(300):
        date = dt.date(2026, 10, rng.randint(1, 31))
        o = date.toordinal()
        puts = {} if rng.random() < 0.3 else {o: day(date, f"step {step}")}
        deletes = {o} if not puts else set()
        ours = month_file_after(ours, puts, deletes, [o])
        theirs = through_tinydb(
            msgspec.json.decode(theirs) if theirs is not None else {}, puts, deletes, [o]
        )
        assert ours == theirs
    assert len(msgspec.json.decode(ours)["days"]) > 10

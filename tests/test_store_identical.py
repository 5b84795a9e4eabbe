"""Results identical before and after the month layout: `trends --json` and `export`, byte
for byte, on the 10-year demo journal and on a 10-year journal without weights.

"Before" is the single-file journal the earlier store wrote (one TinyDB file, every day in its
``days`` table), read without converting it; "after" is the same folder once converted on
open, read through the installed ``stridelog`` and in process.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import msgspec
import orjson
import pytest

from journal.analysis import analyze
from journal.demo import demo_profile, generate_days, meal_resolver
from journal.exchange import build_export, dumps
from journal.model import Day, to_doc
from journal.store import Journal

END = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def ten_years(no_weights: bool) -> list[Day]:
    resolve = meal_resolver()
    days = generate_days(3900, END)[-3650:]
    if no_weights:
        days = [msgspec.structs.replace(d, meals=d.meals[:3], weight_kg=None) for d in days]
    return [resolve(d) for d in days]


def write_single_file(folder: Path, days: list[Day]) -> bytes:
    """The file the single-file store wrote: tables of TinyDB documents keyed by ordinal."""
    tables = {
        "days": {str(d.date.toordinal()): to_doc(d) for d in days},
        "meta": {"1": {"schema_version": 1}},
        "profile": {"1": to_doc(demo_profile())},
    }
    folder.mkdir(mode=0o700, parents=True)
    raw = orjson.dumps(tables)
    (folder / "journal.json").write_bytes(raw)
    return raw


def trends_json(journal: Journal) -> bytes:
    """What `stridelog trends --json` prints (same calls, same formatting)."""
    result = analyze(journal.days(None, None), journal.profile()).to_json()
    return orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n"


def export_bytes(journal: Journal) -> bytes:
    return dumps(build_export(journal, now=NOW))


def without_timestamp(export: bytes) -> bytes:
    return b"\n".join(ln for ln in export.split(b"\n") if b'"generated_at"' not in ln)


@pytest.mark.parametrize("no_weights", [False, True], ids=["demo", "no-weights"])
def test_trends_and_export_identical_before_and_after_the_month_layout(
    tmp_path: Path, stridelog_exe: str, no_weights: bool
) -> None:
    folder = tmp_path / "journal"
    days = ten_years(no_weights)
    single = write_single_file(folder, days)

    before = Journal(folder, migrate=False)  # reads the single file as it is
    trends_before, export_before = trends_json(before), export_bytes(before)
    assert (folder / "journal.json").read_bytes() == single and not before.backups()
    assert len(before.days()) == 3650
    weights = sum(d.weight_kg is not None for d in before.days())
    assert (weights == 0) if no_weights else (weights > 1000)

    env = {**os.environ, "STRIDELOG_DATA_DIR": str(folder)}
    cli_trends = subprocess.run(
        [stridelog_exe, "trends", "--json"], capture_output=True, env=env, check=True
    ).stdout  # the first command converts the journal on open
    cli_export = subprocess.run(
        [stridelog_exe, "export"], capture_output=True, env=env, check=True
    ).stdout
    after = Journal(folder)
    assert after.days_dir is not None and len(list(after.days_dir.iterdir())) == len(
        {(d.date.year, d.date.month) for d in days}
    )
    assert [p.name for p in after.backups()] == [
        f"journal-{dt.date.today().isoformat()}-pre-migration-v1.json"
    ]

    assert cli_trends == trends_before
    assert trends_json(after) == trends_before
    assert export_bytes(after) == export_before
    assert without_timestamp(cli_export) == without_timestamp(export_before)
    assert b'"flags"' in export_before and len(export_before) > 1_000_000
    # again, with the rule hits of every whole month taken from the cache the first wrote
    assert (folder / "month-hits.msgpack").exists()
    (folder / "month-hits.msgpack").unlink()
    everything = [stridelog_exe, "trends", "--json", "--from", days[0].date.isoformat()]
    cold = subprocess.run(everything, capture_output=True, env=env, check=True).stdout
    warm = subprocess.run(everything, capture_output=True, env=env, check=True).stdout
    assert warm == cold and b'"flags"' in warm
    assert export_bytes(after) == export_before

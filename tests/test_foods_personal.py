"""The runner's food corrections: stored privately, validated on load, used first everywhere."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from journal import foods
from journal.foods import personal
from journal.model import Day, Meal, Resolved
from journal.nutrition import day_intake
from journal.store import Journal

from .conftest import private

BEANS = "16006"  # Beans, baked, canned
BREAD = "18069"
MUFFIN = "18258"  # English muffin


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=60, env=os.environ)


def test_remember_writes_a_private_file_and_parse_uses_it_first(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    personal.remember(folder, "Toast Thing", ((BEANS, 150.0), (BREAD, 28.0)))
    path = folder / personal.FILE_NAME
    assert private(path) and private(folder)
    loaded = personal.load(folder)
    assert loaded.problem == ""
    assert loaded.foods == {"toast thing": ((BEANS, 150.0), (BREAD, 28.0))}
    parsed = foods.parse_meal("2 toast things, a banana", loaded.as_personal())
    assert [(i.food_id, i.grams) for i in parsed.items][:2] == [(BEANS, 300.0), (BREAD, 56.0)]
    assert parsed.unsure == []  # the runner's own choice is trusted
    assert foods.parse_meal("toast thing").unmatched  # the table alone does not know it


def test_a_weight_scales_a_correction_and_forget_removes_it(tmp_path: Path) -> None:
    personal.remember(tmp_path, "my granola", ((MUFFIN, 50.0),))
    parsed = foods.parse_meal("100 g my granola", personal.load(tmp_path).as_personal())
    assert [(i.food_id, i.grams) for i in parsed.items] == [(MUFFIN, 100.0)]
    assert personal.forget(tmp_path, "My Granola") is True
    assert personal.load(tmp_path).foods == {}
    assert personal.forget(tmp_path, "my granola") is False


@pytest.mark.parametrize(
    ("content", "usable", "problem"),
    [
        (b"{not json", {}, "not valid JSON"),
        (b'{"format": 9, "corrections": {}}', {}, "not a format 1"),
        (b'{"format": 1, "corrections": []}', {}, "is not an object"),
        (
            json.dumps(
                {
                    "format": 1,
                    "corrections": {
                        "ok": [{"food_id": BEANS, "grams": 200}],
                        "negative": [{"food_id": BEANS, "grams": -5}],
                        "huge": [{"food_id": BEANS, "grams": 1e308}],
                        "bool": [{"food_id": BEANS, "grams": True}],
                        "no id": [{"grams": 20}],
                        "not a list": {"food_id": BEANS, "grams": 20},
                    },
                }
            ).encode(),
            {"ok": ((BEANS, 200.0),)},
            "5 damaged correction(s) skipped",
        ),
    ],
)
def test_a_damaged_file_is_ignored_with_a_message(
    tmp_path: Path, content: bytes, usable: dict, problem: str
) -> None:
    (tmp_path / personal.FILE_NAME).write_bytes(content)
    loaded = personal.load(tmp_path)
    assert loaded.foods == usable
    assert problem in loaded.problem


def test_the_version_changes_with_the_corrections() -> None:
    meal = Meal(name="breakfast", text="beans on toast")
    plain = foods.resolve_meal(meal)
    mine = foods.resolve_meal(meal, {"beans on toast": ((MUFFIN, 60.0),)})
    assert plain.resolved is not None and mine.resolved is not None
    assert plain.resolved.version != mine.resolved.version
    assert [i.food_id for i in mine.resolved.items] == [MUFFIN]
    assert foods.resolve_meal(mine, {"beans on toast": ((MUFFIN, 60.0),)}) is mine


def test_add_uses_corrections_and_the_cli_lists_and_removes_them(
    stridelog_exe: str, data_dir: Path
) -> None:
    personal.remember(data_dir, "beans on toast", ((MUFFIN, 60.0),))
    out = run(stridelog_exe, "add", "--date", "2026-11-01", "--meal", "2 beans on toast")
    assert out.returncode == 0, out.stderr
    with Journal.open(data_dir) as journal:
        day = journal.get(dt.date(2026, 11, 1))
    assert day is not None and day.meals[0].resolved is not None
    assert [(i.food_id, i.grams) for i in day.meals[0].resolved.items] == [(MUFFIN, 120.0)]

    parsed = json.loads(run(stridelog_exe, "foods", "parse", "--json", "beans on toast").stdout)
    assert [i["food_id"] for i in parsed["items"]] == [MUFFIN]  # as `add` reads it

    listed = run(stridelog_exe, "foods", "corrections")
    assert listed.returncode == 0, listed.stderr
    assert "beans on toast" in listed.stdout and "English muffins" in listed.stdout
    as_json = json.loads(run(stridelog_exe, "foods", "corrections", "--json").stdout)
    assert as_json == {"beans on toast": [{"food_id": MUFFIN, "grams": 60.0}]}

    missing = run(stridelog_exe, "foods", "corrections", "--remove", "toast beans")
    assert missing.returncode == 1 and "no correction for" in missing.stderr
    assert "Traceback" not in missing.stderr
    gone = run(stridelog_exe, "foods", "corrections", "--remove", "Beans on Toast")
    assert gone.returncode == 0 and "Forgot" in gone.stdout
    assert "No food corrections yet" in run(stridelog_exe, "foods", "corrections").stdout


def test_a_damaged_file_never_stops_add(stridelog_exe: str, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / personal.FILE_NAME).write_text("[1, 2")
    out = run(stridelog_exe, "add", "--date", "2026-11-02", "--meal", "a banana")
    assert out.returncode == 0, out.stderr
    assert "corrections are ignored" in out.stderr and "Traceback" not in out.stderr
    listed = run(stridelog_exe, "foods", "corrections")
    assert listed.returncode == 0 and "not valid JSON" in listed.stderr


def test_import_recheck_uses_corrections(
    stridelog_exe: str, data_dir: Path, tmp_path: Path
) -> None:
    personal.remember(data_dir, "my usual", ((BEANS, 200.0), (BREAD, 56.0)))
    resolved = foods.resolve_meal(Meal(name="lunch", text="my usual"))  # read without them
    day = {"date": "2026-11-03", "meals": [json.loads(json.dumps(_doc(resolved)))]}
    file = tmp_path / "days.json"
    file.write_text(json.dumps({"days": [day]}))
    out = run(stridelog_exe, "import", str(file))
    assert out.returncode == 0, out.stderr
    with Journal.open(data_dir) as journal:
        stored = journal.get(dt.date(2026, 11, 3))
    assert stored is not None and stored.meals[0].resolved is not None
    assert [i.food_id for i in stored.meals[0].resolved.items] == [BEANS, BREAD]


def _doc(meal: Meal) -> dict:
    from journal.model import to_doc

    return to_doc(meal)


def test_an_unsure_match_counts_half_in_the_matched_share() -> None:
    items = foods.resolve_meal(Meal(name="m", text="a banana, an apple")).resolved
    assert items is not None and len(items.items) == 2
    day = Day(
        date=dt.date(2026, 11, 4),
        meals=[Meal(name="m", text="a banana, an apple", resolved=_with_unsure(items, [1]))],
    )
    assert day_intake(day).matched_share == pytest.approx(0.75)  # 1.5 of 2 foods
    sure = Day(date=day.date, meals=[Meal(name="m", text="a banana, an apple", resolved=items)])
    assert day_intake(sure).matched_share == 1.0


def _with_unsure(resolved: Resolved, unsure: list[int]) -> Resolved:
    import msgspec

    return msgspec.structs.replace(resolved, unsure=unsure)

"""A writer whose view is stale (another process committed a new days folder since it last
read) must not take the folder journal.json now names for an old one and delete it."""

from __future__ import annotations

from pathlib import Path

from journal.model import parse_day
from journal.store import Journal


def test_a_stale_writer_keeps_the_days_folder_another_process_committed(data_dir: Path) -> None:
    first = Journal.open(data_dir)
    first.put_many([parse_day({"date": f"2021-0{m}-01"}) for m in (1, 2, 3)])
    first.put_many([parse_day({"date": f"2021-0{m}-02"}) for m in (1, 2, 3)])
    other = Journal.open(data_dir)  # another process: commits days.000003
    other.put_many([parse_day({"date": f"2021-0{m}-03"}) for m in (1, 2, 3)])
    first.put(parse_day({"date": "2021-05-05"}))  # its view still names days.000002
    assert len(Journal.open(data_dir).days()) == 10
    assert (data_dir / "days.000003").is_dir()

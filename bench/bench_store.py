"""Store benchmarks on a generated 10-year journal (3,650 days).

Run: ``python bench/bench_store.py``. Figures go in bench/README.md.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import orjson
from common import END, row, ten_year_days, time_process, timeit, write_journal
from tinydb import TinyDB
from tinydb.table import Document

from journal.exchange import build_export, dumps, import_days, parse_import
from journal.model import parse_day, to_doc
from journal.store import Journal


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "ten-years"
        write_journal(folder)
        size = sum(p.stat().st_size for p in folder.rglob("*.json"))
        print(f"journal: 3,650 days, {size / 1e6:.1f} MB\n")
        print("| operation | median | target |\n|---|---|---|")
        row(
            "open the store and read every day",
            timeit(lambda: Journal.open(folder).days(), 10)["median_ms"],
        )
        journal = Journal.open(folder)
        journal.days()
        n = [0]

        def save_one() -> None:
            n[0] += 1
            journal.add(parse_day({"date": END.isoformat(), "fatigue": 1 + n[0] % 10}))

        row("save one day (add, in process, fsync)", timeit(save_one, 30)["median_ms"], "≤ 25 ms")
        row(
            "show one day (in process)",
            timeit(lambda: journal.get(END - dt.timedelta(days=400)), 200)["median_ms"],
        )
        export = lambda: dumps(build_export(journal))  # noqa: E731
        row("export everything (in process, with analysis)", timeit(export, 5)["median_ms"])
        doc = orjson.loads(export())

        def import_all() -> None:
            with tempfile.TemporaryDirectory() as t2:
                import_days(Journal.open(t2), parse_import(doc))

        row(
            "import everything into an empty journal (in process)",
            timeit(import_all, 5)["median_ms"],
        )
        env = {"STRIDELOG_DATA_DIR": str(folder)}
        row(
            "`stridelog show --date D` (whole process)",
            time_process(["show", "--date", "2026-11-01"], env),
            "≤ 250 ms",
        )
        row(
            "`stridelog export -o FILE` (whole process)",
            time_process(["export", "--force", "-o", str(base / "e.json")], env, 3),
        )
        empty = {"STRIDELOG_DATA_DIR": str(base / "empty")}
        row(
            "`stridelog show --date D`, empty journal (whole process)",
            time_process(["show"], empty),
        )

        # stock TinyDB for comparison: JSONStorage rewrites and re-reads the file each time
        stock_path = base / "stock.json"
        stock = TinyDB(stock_path)
        table = stock.table("days")
        table.insert_multiple(
            Document(to_doc(d), doc_id=d.date.toordinal()) for d in ten_year_days()
        )
        k = [0]

        def stock_insert() -> None:
            k[0] += 1
            table.insert({"date": f"x{k[0]}"})

        row("stock TinyDB JSONStorage: insert one document", timeit(stock_insert, 10)["median_ms"])
        row(
            "stock TinyDB JSONStorage: get one document",
            timeit(lambda: table.get(doc_id=END.toordinal() - 400), 10)["median_ms"],
        )


if __name__ == "__main__":
    main()

"""How fast a whole-journal ``export`` could be at all: the floor under issue 11's export bar.

Times, in the same turns at 3,650 days, jrnl's ``--export json``, ``stridelog export -o F``,
and a probe that does only what no export can skip: start Python, import the export's
modules, read every month file as it is (days passed through as raw JSON, not decoded or
validated), write them out in the export's format (``journal.exchange.dumps``: indented by 2)
and save the file. The probe computes no summary, nutrition or flags, so its ratio to jrnl is
a floor no design of the analysis can go under.

Run: ``python bench/export_floor.py`` (jrnl is installed as bench_compare.py installs it).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import (
    STRIDELOG,
    ensure_jrnl,
    plain_days,
    time_interleaved,
    write_jrnl,
    write_stridelog,
)

PROBE = """
import gc, os, sys
gc.disable()
from journal import deferred
deferred.defer(); deferred.import_msgspec()
import msgspec
from journal.exchange import dumps
import journal.stored_analysis, journal.analysis.report  # what the export imports besides
class Month(msgspec.Struct):
    days: dict[str, msgspec.Raw]
decode = msgspec.json.Decoder(Month).decode
folder = sys.argv[1]
gen = os.path.join(folder, max(n for n in os.listdir(folder) if n.startswith("days.")))
days = []
for name in sorted(os.listdir(gen)):
    with open(os.path.join(gen, name), "rb") as f:
        month = decode(f.read())
    days.extend(month.days[k] for k in sorted(month.days, key=int))
with open(sys.argv[2], "wb") as f:
    f.write(dumps({"format": "stridelog", "days": days}))
    f.flush()
    os.fsync(f.fileno())
"""


def main() -> None:
    base = Path(tempfile.mkdtemp(prefix="stridelog-floor-"))
    try:
        days = plain_days(3650)
        folder = base / "s"
        write_stridelog(folder, days)
        jenv = write_jrnl(base / "jrnl", days)
        out = str(base / "out.json")
        env = {"STRIDELOG_DATA_DIR": str(folder)}
        commands = {
            "jrnl": ([str(ensure_jrnl()), "--export", "json"], jenv),
            "export": ([STRIDELOG, "export", "--force", "-o", out], env),
            "floor": ([sys.executable, "-c", PROBE, str(folder), out], {}),
        }
        times = time_interleaved(commands, 7)
        for key, ms in times.items():
            print(f"{key}: {ms:.0f} ms ({ms / times['jrnl']:.2f}× jrnl)")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()

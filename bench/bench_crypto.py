"""Encryption at rest on a generated 10-year journal (3,650 days), default scrypt cost.

Run: ``python bench/bench_crypto.py``. Figures go in bench/README.md.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import END, row, time_process, timeit, write_journal

from journal import crypto
from journal.model import parse_day
from journal.store import Journal, codec, rekey

PASS = "correct horse battery staple"


def main() -> None:
    os.environ.pop(codec.TEST_COST_ENV, None)  # the real, default cost
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        plain_dir, enc_dir = base / "plain", base / "encrypted"
        write_journal(plain_dir)
        shutil.copytree(plain_dir, enc_dir)
        pw = base / "pw"
        pw.write_text(PASS + "\n")
        os.environ["STRIDELOG_PASSPHRASE_FILE"] = str(pw)
        rekey.rekey(Journal.open(enc_dir), PASS)
        params = crypto.read_params((enc_dir / "journal.json").read_bytes())
        print(f"scrypt N=2^{params.log2_n}, r={params.r}, p={params.p}\n")
        print("| operation | median | target |\n|---|---|---|")
        blob = (enc_dir / codec.KEY_FILE).read_bytes()

        def unlock() -> None:
            crypto.Cipher.unlock(PASS, params).verify(blob)

        row("unlock: derive the key (scrypt) and check it", timeit(unlock, 7, 1)["median_ms"],
            "≤ 500 ms")  # fmt: skip

        def saver(folder: Path):
            journal = Journal.open(folder)
            journal.days()
            n = [0]

            def save_one() -> None:
                n[0] += 1
                journal.add(parse_day({"date": END.isoformat(), "fatigue": 1 + n[0] % 10}))

            return save_one

        month = sorted(enc_dir.glob("days.*/*.json"))[-2]
        cipher = crypto.Cipher.unlock(PASS, params)
        plain_month = cipher.decrypt(month.read_bytes())
        row(f"AES-GCM encrypt of one month file ({len(plain_month) // 1000} kB)",
            timeit(lambda: cipher.encrypt(plain_month), 200)["median_ms"])  # fmt: skip
        save_plain = timeit(saver(plain_dir), 30)["median_ms"]
        save_enc = timeit(saver(enc_dir), 30)["median_ms"]
        row("save one day, plain (add, in process, fsync)", save_plain)
        row("save one day, encrypted (add, in process, fsync)", save_enc)
        row("encrypted minus plain", save_enc - save_plain, "≤ +5 ms")
        row(
            "open and read every day, plain",
            timeit(lambda: Journal.open(plain_dir).days(), 7)["median_ms"],
        )

        def read_all_enc() -> None:
            codec._unlocked.clear()  # a new process pays the KDF again
            Journal.open(enc_dir).days()

        row(
            "open and read every day, encrypted (with the KDF)",
            timeit(read_all_enc, 7)["median_ms"],
        )
        day = (END - dt.timedelta(days=20)).isoformat()
        show = ["show", "--date", day]
        plain_env, enc_env = (
            {"STRIDELOG_DATA_DIR": str(plain_dir)},
            {"STRIDELOG_DATA_DIR": str(enc_dir)},
        )
        row("`stridelog show --date D`, plain (whole process)", time_process(show, plain_env))
        row(
            "`stridelog show --date D`, encrypted (whole process, with the KDF)",
            time_process(show, enc_env),
            "≤ 600 ms",
        )
        t = timeit(lambda: rekey.rekey(Journal.open(enc_dir), PASS), 3, 0)["median_ms"]
        row("`passwd` of the 10-year journal (KDF, every month and backup)", t)


if __name__ == "__main__":
    main()

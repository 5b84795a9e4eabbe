"""Save SVG screenshots of the check-in and trends screens for the README.

Run ``python scripts/screenshots.py`` after a change to the screens. It writes a demo journal
(the fixed seed of :mod:`journal.demo`) into a temporary folder, opens the app on a fixed
"today" at 120×36, and saves ``docs/screenshot-checkin.svg`` and ``docs/screenshot-trends.svg``
with Textual's ``save_screenshot``, so the README always shows the current app.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 20)
SIZE = (120, 36)


async def shoot(data_dir: Path, out_dir: Path, theme: str) -> list[Path]:
    from journal.tui.app import create_app
    from journal.tui.still import settle

    app = create_app(data_dir, today=TODAY, theme=theme)
    written: list[Path] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        written.append(Path(app.save_screenshot("screenshot-checkin.svg", str(out_dir))))
        await pilot.press("f4")
        await settle(pilot)
        flags = app.screen.query("Collapsible")
        if flags:
            flags.first().collapsed = False  # show one flag's evidence, rule and advice
        await settle(pilot)
        written.append(Path(app.save_screenshot("screenshot-trends.svg", str(out_dir))))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--theme", default="stridelog-dark")
    args = parser.parse_args()
    from journal.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["STRIDELOG_CONFIG_DIR"] = str(Path(tmp) / "config")  # never touch settings
        data = Path(tmp) / "data"
        write_demo(data, 120, TODAY)
        args.out.mkdir(parents=True, exist_ok=True)
        for path in asyncio.run(shoot(data, args.out, args.theme)):
            print(path)


if __name__ == "__main__":
    main()

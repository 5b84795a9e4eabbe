#!/usr/bin/env python3
"""Rebuild journal/foods/sr24.json from ../shared/data/usda-sr24 and journal/foods/aliases.txt.

Usage: python scripts/build_foods.py [SOURCE_DIR] [--check]
  SOURCE_DIR  folder with foods.csv and portions.csv (default: ../shared/data/usda-sr24 next
              to the repo, then /work/shared/data/usda-sr24)
  --check     do not write; exit 1 if the packaged table differs from a rebuild
Also writes journal/foods/_table_version.py (the table's digest, part of foods.VERSION), so
stored meals are re-resolved once after the table changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from journal.foods.build import OUTPUT, VERSION_FILE, BuildError, build_table, version_module  # noqa: E402

DEFAULT_SOURCES = (
    REPO.parent / "shared" / "data" / "usda-sr24",
    Path("/work/shared/data/usda-sr24"),
)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    candidates = [Path(args[0])] if args else list(DEFAULT_SOURCES)
    source = next((c for c in candidates if (c / "foods.csv").exists()), None)
    if source is None:
        print(f"build_foods: no foods.csv in {', '.join(map(str, candidates))}", file=sys.stderr)
        return 1
    try:
        data = build_table(source)
    except BuildError as err:
        print(f"build_foods: {err}", file=sys.stderr)
        return 1
    version = version_module(data)
    if check:
        same = OUTPUT.exists() and OUTPUT.read_bytes() == data
        same = same and VERSION_FILE.exists() and VERSION_FILE.read_text() == version
        print("up to date" if same else f"{OUTPUT} differs from a rebuild")
        return 0 if same else 1
    OUTPUT.write_bytes(data)
    VERSION_FILE.write_text(version)
    print(f"wrote {OUTPUT} ({len(data) / 1e6:.2f} MB) from {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

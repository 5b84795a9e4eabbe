"""Print an HTML file to PDF with the distribution's headless Chromium, and read the PDF back.

Used by the slow print test and by ``bench/bench_report.py``. Needs the Debian packages
``chromium`` and ``poppler-utils`` (pdfinfo, pdftotext, pdftoppm).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
)


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    return None


def available() -> bool:
    return chromium() is not None and all(
        shutil.which(t) for t in ("pdfinfo", "pdftotext", "pdftoppm")
    )


def print_to_pdf(html: Path, pdf: Path) -> Path:
    """``html`` printed by Chromium to ``pdf`` (page size from the page's own @page rule)."""
    exe = chromium()
    assert exe, "chromium is not installed"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return pdf


@dataclass(frozen=True, slots=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float


def layout(pdf: Path) -> tuple[list[Page], list[Word]]:
    """Pages (in points) and every word with its box, from ``pdftotext -bbox``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages: list[Page] = []
    words: list[Word] = []
    for m in re.finditer(
        r'<page width="([\d.]+)" height="([\d.]+)">|<word ([^>]*)>(.*?)</word>', out
    ):
        if m.group(1):
            pages.append(Page(float(m.group(1)), float(m.group(2))))
            continue
        box = dict(re.findall(r'(\w+)="([\d.]+)"', m.group(3)))
        words.append(
            Word(
                len(pages) - 1,
                unescape(m.group(4)),
                float(box["xMin"]),
                float(box["yMin"]),
                float(box["xMax"]),
                float(box["yMax"]),
            )
        )
    return pages, words


def to_pngs(pdf: Path, prefix: Path, dpi: int = 80) -> list[Path]:
    """Each page of ``pdf`` as ``prefix-N.png``."""
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=120
    )
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))

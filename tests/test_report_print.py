"""The visit report printed by a real browser: two pages at most, nothing cut at the edges.

Slow (a 10-year journal and Chromium); skipped where Chromium or poppler-utils is missing.
Run with ``python -m pytest -m slow tests/test_report_print.py``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from journal.demo import write_demo
from tests.helpers import browser
from tests.helpers.clinic import add_clinical_events

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not browser.available(), reason="needs chromium and poppler-utils"),
]

END = dt.date(2026, 11, 20)
MARGIN_PT = 11 / 25.4 * 72  # the page's @page margin, 11 mm


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ten-years-print")
    add_clinical_events(write_demo(folder, 3650, end=END), END)
    return folder


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_twelve_weeks_print_on_two_pages_with_nothing_cut(
    stridelog_exe: str, journal_dir: Path, tmp_path: Path, paper: str, size: tuple[float, float]
) -> None:
    html = tmp_path / "visit.html"
    subprocess.run(
        [stridelog_exe, "--data-dir", str(journal_dir), "report", "--to", str(END),
         "--paper", paper, "-o", str(html)],
        check=True, capture_output=True,
    )  # fmt: skip
    pdf = browser.print_to_pdf(html, tmp_path / "visit.pdf")
    pages, words = browser.layout(pdf)
    assert 1 <= len(pages) <= 2
    for page in pages:
        assert (round(page.width), round(page.height)) == (round(size[0]), round(size[1]))
    for w in words:  # every word inside the printable area of its page: nothing cut
        page = pages[w.page]
        assert w.x0 >= MARGIN_PT - 1 and w.x1 <= page.width - MARGIN_PT + 1, w
        assert w.y0 >= MARGIN_PT - 1 and w.y1 <= page.height - MARGIN_PT + 1, w
    text = " ".join(w.text for w in words)
    for expected in ("Week by week", "16–20 Nov", "Nutrition:", "Menstrual cycle", "ALERT", "shin"):
        assert expected in text
    # the last column of the weekly table and the charts' axis labels made it onto the page
    assert "Weight" in text and "resting" in text

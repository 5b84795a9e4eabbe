"""Every packaged brand of the round-22c sweep reads as a food at its pack's serving.

Why: runners name what they ate by its brand ("a trumoo", "upngo", "parle g", "2 tim tams");
scripts/brand_sweep.py lists the best sellers of eight markets with the energy of one label
serving. A later alias or rule that leaves one unread, or moves it off its label by more than
30 %, is a regression a runner would meet.
"""

from __future__ import annotations

import pytest

from journal import foods
from scripts.brand_sweep import NAMES, verdict


@pytest.mark.parametrize("country", sorted(NAMES))
def test_every_brand_of_a_country_is_read_at_its_serving(country: str) -> None:
    bad = []
    for name, kcal in NAMES[country]:
        what, shown = verdict(name, kcal)
        if what:
            bad.append(f"{what}: {name} -> {shown}")
    assert len(NAMES[country]) >= 40
    assert bad == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a trumoo", 150, 300),
        ("upngo", 120, 260),
        ("2 weet-bix", 110, 160),
        ("a bag of hunky dorys", 150, 250),
        ("a bottle of lucozade energy", 100, 200),
        ("a premier protein shake", 120, 200),
        ("a luna bar", 140, 240),
        ("2 rice krispies treats", 130, 230),
    ],
)
def test_brands_with_amounts_read_as_a_runner_means(text: str, low: float, high: float) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [] and parsed.items
    assert low <= parsed.totals["kcal"] <= high

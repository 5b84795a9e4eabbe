"""journal.charts: what a runner sees in each chart, at the size asked, whatever the data."""

from __future__ import annotations

import datetime as dt
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import charts
from journal.entry import KM_PER_MILE
from journal.model import Day, Profile, parse_day
from journal.store import Journal

START = dt.date(2026, 10, 5)  # a Monday
END = dt.date(2026, 11, 1)  # a Sunday: four whole weeks


def day(date: dt.date, **doc: object) -> Day:
    return parse_day({"date": date.isoformat(), **doc})


def run(km: float, minutes: float = 50, rpe: int = 5) -> dict[str, object]:
    return {"distance_km": km, "duration_min": minutes, "rpe": rpe}


# --- reading a plain rendering -----------------------------------------------------------------


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def axis(lines: list[str], side: str = "left") -> dict[int, float]:
    """Row index -> tick value of the left (``┤``) or right (``├``) y axis."""
    pattern = r"^\s*(-?\d+(?:\.\d+)?)┤" if side == "left" else r"├(-?\d+(?:\.\d+)?)\s*$"
    out = {}
    for i, line in enumerate(lines):
        if m := re.search(pattern, line):
            out[i] = float(m.group(1))
    assert len(out) >= 2, f"no {side} axis in:\n" + "\n".join(lines)
    return out


def value_at(ticks: dict[int, float], row: int) -> float:
    """The y value of a row, interpolated between the two outermost ticks."""
    (r0, v0), (r1, v1) = min(ticks.items()), max(ticks.items())
    return v0 + (row - r0) * (v1 - v0) / (r1 - r0)


def row_step(ticks: dict[int, float]) -> float:
    (r0, v0), (r1, v1) = min(ticks.items()), max(ticks.items())
    return abs((v1 - v0) / (r1 - r0))


def plot_body(lines: list[str]) -> list[tuple[int, str]]:
    """(row, text inside the frame) for the rows between the frame's top and bottom."""
    top = next(i for i, line in enumerate(lines) if "┌" in line)
    bottom = next(i for i, line in enumerate(lines) if "└" in line)
    body = []
    for i in range(top + 1, bottom):
        line = lines[i]
        first = min(p for p in (line.find("│"), line.find("┤")) if p >= 0)
        last = max(line.rfind("│"), line.rfind("├"))
        body.append((i, line[first + 1 : last]))
    return body


def rows_with(lines: list[str], mark: str) -> list[int]:
    return [i for i, inside in plot_body(lines) if mark in inside]


def values_of(lines: list[str], mark: str, side: str = "left") -> list[float]:
    ticks = axis(lines, side)
    return [value_at(ticks, r) for r in rows_with(lines, mark)]


def near(values: list[float], target: float, lines: list[str], side: str = "left") -> bool:
    tolerance = row_step(axis(lines, side)) * 1.01
    return any(abs(v - target) <= tolerance for v in values)


# --- data ---------------------------------------------------------------------------------------


@pytest.fixture
def training() -> list[Day]:
    """Week 1: 10 + 20 km; week 2: nothing; week 3: 8 km; week 4: 12 + 12 km."""
    return [
        day(START, runs=[run(10)], sleep={"hours": 8}, fatigue=3),
        day(START + dt.timedelta(days=2), runs=[run(20, 120)], sleep={"hours": 5}, fatigue=8),
        day(START + dt.timedelta(days=3), sleep={"hours": 8}, fatigue=3),
        day(START + dt.timedelta(days=15), runs=[run(8)]),
        day(START + dt.timedelta(days=22), runs=[run(12)]),
        day(START + dt.timedelta(days=24), runs=[run(12)]),
    ]


def meals_days(n: int, **totals: float) -> list[Day]:
    return [
        day(START + dt.timedelta(days=k), meals=[{"name": "all day", **totals}]) for k in range(n)
    ]


PROFILE = Profile(sex="female", birth_year=1990, weight_kg=60.0, body_fat_pct=20.0)


# --- each chart ---------------------------------------------------------------------------------


def test_mileage_bars_and_longest_runs_where_the_data_says(training: list[Day]) -> None:
    text = charts.render("mileage", training, START, END, width=100, height=30, color=False)
    lines = lines_of(text)
    assert lines[0].strip().startswith("Weekly mileage")
    assert "distance (km)" in text and "week starting" in text
    assert "5 Oct" in text and "26 Oct" in text  # Monday ticks of the date axis
    # Longest runs 20, 8 and 12 km are marked; the empty week has none.
    longest = values_of(lines, "◆")
    for km in (20, 8, 12):
        assert near(longest, km, lines), (km, longest)
    assert not near(longest, 10, lines)
    # The tallest bar is week 1 (30 km), then week 4 (24 km).
    tops = values_of(lines, "█")
    assert near([max(tops)], 30, lines)
    assert near(tops, 24, lines)
    assert lines[-1] == "█ weekly distance (km)  ◆ longest run (km)"


def test_sleep_against_fatigue_on_two_axes(training: list[Day]) -> None:
    text = charts.render("sleep", training, START, END, width=90, height=26, color=False)
    lines = lines_of(text)
    assert lines[0].strip().startswith("Sleep and fatigue")
    assert "sleep (h)" in text and "fatigue (1-10)" in text
    sleep = values_of(lines, "•")
    assert near(sleep, 8, lines) and near(sleep, 5, lines)
    fatigue = values_of(lines, "x", side="right")
    assert near(fatigue, 3, lines, "right") and near(fatigue, 8, lines, "right")
    target = values_of(lines, "·")
    assert target and all(abs(v - 7) <= row_step(axis(lines)) for v in target)
    assert "· 7 h target" in lines[-1]


def test_sleep_line_breaks_at_nights_not_logged() -> None:
    days = [
        day(START + dt.timedelta(days=k), sleep={"hours": 8 if k < 3 else 6})
        for k in (0, 1, 2, 20, 21, 22)
    ]
    text = charts.render("sleep", days, START, END, width=100, height=24, color=False)
    lines = lines_of(text)
    # No line is drawn across the 17 missing nights: nothing between 8 h and 6 h is marked.
    step = row_step(axis(lines))
    sleep = values_of(lines, "•")
    assert near(sleep, 8, lines) and near(sleep, 6, lines)
    assert not any(6 + step < v < 8 - step for v in sleep)


def test_load_has_fitness_fatigue_form_and_flag_dates(training: list[Day]) -> None:
    flag = {"id": "monotony", "category": "training", "severity": "warning"}
    flag |= {"start": "2026-10-06", "end": "2026-10-08"}
    info = {"id": "no_rest", "category": "training", "severity": "info"}
    info |= {"start": "2026-10-20", "end": "2026-10-20"}
    # Nutrition flags span weeks; the load chart leaves them to the Trends screen.
    iron = {"id": "iron_low", "category": "nutrition", "severity": "warning"}
    iron |= {"start": "2026-10-10", "end": "2026-10-30"}
    text = charts.render(
        "load", training, START, END, width=100, height=28, color=False, flags=[flag, info, iron]
    )
    lines = lines_of(text)
    assert lines[0].strip().startswith("Daily training load")
    assert "load (RPE×min)" in text and "TSB" in lines[-2]
    legend = lines[-1]
    for label in (
        "░ daily load",
        "+ fitness CTL",
        "* fatigue ATL",
        "o form TSB",
        "▽ info flag",
        "▼ warning flag",
    ):
        assert label in legend
    body = "\n".join(inside for _, inside in plot_body(lines))
    assert body.count("▼") == 3  # one mark per flagged day, none elsewhere
    assert body.count("▽") == 1
    # The 20 km day (120 min × RPE 5 = 600) is the highest stem.
    assert near([max(values_of(lines, "░"))], 600, lines)


def test_load_reads_history_before_the_range() -> None:
    days = [day(START - dt.timedelta(days=k), runs=[run(10, 60, 6)]) for k in range(1, 60)]
    days.append(day(START, runs=[run(5, 30, 3)]))
    spec = charts.spec_for("load", days, START, END)
    ctl = next(s for s in spec.series if "CTL" in s.label)
    assert ctl.y[0] is not None and ctl.y[0] > 100  # 59 days of 360-load history show up


def test_nutrients_percent_of_reference(training: list[Day]) -> None:
    # Iron RDA for a woman of 36 is 18 mg: 9 mg is 50 %. B12 RDA 2.4 µg: 2.4 is 100 %.
    days = meals_days(28, kcal=2000, iron_mg=9.0, b12_ug=2.4, b6_mg=2.6)
    text = charts.render(
        "nutrients", days, START, END, width=100, height=30, color=False, profile=PROFILE
    )
    lines = lines_of(text)
    assert lines[0].strip().startswith("Nutrient intake vs reference")
    assert "% of reference" in text
    assert near(values_of(lines, "x"), 50, lines)  # iron
    assert near(values_of(lines, "o"), 100, lines)  # B12
    assert near(values_of(lines, "+"), 200, lines)  # B6: 2.6 of 1.3 mg
    assert "* energy" in lines[-1]
    assert "· 100 %" in lines[-1]


def test_nutrients_need_four_logged_days_a_week() -> None:
    days = meals_days(28, iron_mg=18.0)
    sparse = [d for d in days if d.date.weekday() in (0, 3, 6)]  # three days a week
    text = charts.render(
        "nutrients", sparse, START, END, width=100, height=24, color=False, profile=PROFILE
    )
    assert "Too few days with meals logged" in text
    assert "4 logged days" in text


def test_energy_needs_a_body_weight() -> None:
    days = meals_days(28, kcal=2000, iron_mg=9.0)
    spec = charts.spec_for(
        "nutrients", days, START, END, profile=Profile(sex="female", birth_year=1990)
    )
    assert [s.label for s in spec.series if "energy" in s.label] == []
    spec = charts.spec_for("nutrients", days, START, END, profile=PROFILE)
    energy = next(s for s in spec.series if "energy" in s.label)
    # 30 kcal/kg × 48 kg fat-free mass = 1440 kcal on rest days: 2000 kcal is 139 %.
    assert energy.y[-1] == pytest.approx(100 * 2000 / (30 * 48), rel=1e-6)


def test_nutrients_count_only_days_the_analyzer_judges() -> None:
    """A day whose meal was not recognised is not a day of low intake (as the analyzer)."""

    def days_with(judged_weekdays: int) -> list[Day]:
        out = []
        for k in range(28):
            date = START + dt.timedelta(days=k)
            if date.weekday() < judged_weekdays:
                out.append(day(date, meals=[{"name": "all day", "kcal": 2000, "iron_mg": 18}]))
            else:
                out.append(day(date, meals=[{"name": "lunch", "text": "mystery stew"}]))
        return out

    spec = charts.spec_for("nutrients", days_with(3), START, END, profile=PROFILE)
    assert spec.empty is not None and "recognised" in spec.empty
    spec = charts.spec_for("nutrients", days_with(4), START, END, profile=PROFILE)
    iron = next(s for s in spec.series if s.label.startswith("iron"))
    assert iron.y[-1] == pytest.approx(100.0)  # 18 mg on every judged day: 100 % of the RDA


def test_energy_uses_the_analyzers_weight_carry_forward() -> None:
    """A weight logged more than 60 days ago gives way to the profile's, as in the analyzer."""
    old = day(START - dt.timedelta(days=90), weight_kg=90.0)
    days = [old, *meals_days(28, kcal=2000, iron_mg=9.0)]
    spec = charts.spec_for("nutrients", days, START, END, profile=PROFILE)
    energy = next(s for s in spec.series if "energy" in s.label)
    # the profile's 60 kg with 20 % fat: 48 kg fat-free mass, not the stale 90 kg
    assert energy.y[-1] == pytest.approx(100 * 2000 / (30 * 48), rel=1e-6)


def test_macros_against_the_guides_ranges() -> None:
    # 300 g carbs (1200 kcal), 75 g protein (300), 50 g fat (450): 61.5 %, 15.4 %, 23.1 %.
    days = meals_days(28, carbs_g=300, protein_g=75, fat_g=50)
    text = charts.render("macros", days, START, END, width=100, height=30, color=False)
    lines = lines_of(text)
    assert lines[0].strip().startswith("Macronutrient share of energy")
    assert "share of energy (%)" in text
    assert near(values_of(lines, "c"), 61.5, lines)
    assert near(values_of(lines, "f"), 23.1, lines)
    assert near(values_of(lines, "p"), 15.4, lines)
    assert lines[-1] == "c carbs % (guide 50-70)  f fat % (guide 20-30)  p protein % (guide 10-20)"
    # The guide's bounds are dotted lines at 10, 20, 30, 50 and 70 %.
    guides = values_of(lines, "·")
    for bound in (10, 20, 30, 50, 70):
        assert near(guides, bound, lines), bound


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("mileage", "No runs with a distance between 05 Oct 2026 and 01 Nov 2026"),
        ("load", "No training logged between"),
        ("sleep", "No sleep or fatigue logged between"),
        ("nutrients", "No meals logged between"),
        ("macros", "No meals logged between"),
    ],
)
def test_an_empty_range_says_so(name: str, says: str) -> None:
    elsewhere = [day(dt.date(2025, 1, 1), runs=[run(10)], sleep={"hours": 7}, fatigue=2)]
    for days in ([], elsewhere):
        text = charts.render(name, days, START, END, width=40, height=10, color=False)
        assert charts.CHART_TITLES[name] in text
        assert says.replace("  ", " ")[:30] in " ".join(text.split())
        assert all(charts.visible_width(line) <= 40 for line in lines_of(text))
        assert len(lines_of(text)) <= 10


# --- size and colour ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def year() -> list[Day]:
    """400 generated days; meals carry explicit nutrients, so no food table is needed."""
    from journal.demo import generate_days
    from journal.model import replace

    meal = {"name": "day", "kcal": 2300, "carbs_g": 310, "protein_g": 90, "fat_g": 70}
    meal |= {"iron_mg": 14.0, "b6_mg": 1.6, "b12_ug": 3.1}
    return [replace(d, meals=[meal]) if d.meals else d for d in generate_days(400, END)]


@pytest.mark.parametrize("name", charts.CHART_NAMES)
@pytest.mark.parametrize("color", [True, False])
def test_lines_never_exceed_the_width_asked(year: list[Day], name: str, color: bool) -> None:
    for width, height in ((30, 10), (47, 13), (80, 24), (133, 41), (200, 60)):
        for span in (6, 90, 365):
            text = charts.render(
                name,
                year,
                END - dt.timedelta(days=span),
                END,
                width=width,
                height=height,
                color=color,
                profile=PROFILE,
            )
            lines = lines_of(text)
            assert len(lines) <= height
            assert max(charts.visible_width(line) for line in lines) <= width, (width, span)
            assert charts.CHART_TITLES[name] in charts.strip_ansi(text)
            assert ("\x1b[" in text) == color


def test_too_small_says_what_it_needs(year: list[Day]) -> None:
    text = charts.render("mileage", year, START, END, width=25, height=5, color=False)
    assert "Too small for a chart: needs 30×10" in " ".join(text.split())
    assert all(charts.visible_width(line) <= 25 for line in lines_of(text))


def test_colours_come_from_the_theme(year: list[Day]) -> None:
    from journal import themes

    palette = charts.Palette.from_theme(themes.load_theme_data("high-contrast"))
    assert palette.series[0] == "#00E5FF"
    text = charts.render(
        "mileage", year, START, END, width=80, height=20, palette=palette, color=True
    )
    assert "\x1b[38;2;0;229;255m" in text  # the theme's first series colour on the bars
    flag = {"severity": "alert", "start": START.isoformat(), "end": START.isoformat()}
    text = charts.render(
        "load", year, START, END, width=80, height=20, palette=palette, flags=[flag]
    )
    assert "\x1b[38;2;255;64;64m" in text  # the theme's alert colour marks the flag


def test_plain_output_gives_each_series_its_own_marker() -> None:
    for name in charts.CHART_NAMES:
        spec = charts.spec_for(name, [], START, END)
        spec.empty = None
        markers = [s.plain for s in spec.series if s.legend]
        assert len(markers) == len(set(markers)), name
    days = meals_days(28, kcal=2000, iron_mg=9.0, b12_ug=2.4, b6_mg=1.0, carbs_g=1, fat_g=1)
    spec = charts.spec_for("nutrients", days, START, END, profile=PROFILE)
    markers = [s.plain for s in spec.series]
    assert len(markers) == len(set(markers))


def test_theme_palette_falls_back_for_an_unknown_theme() -> None:
    assert charts.theme_palette("no-such-theme").series  # never raises


# --- the rendering core -------------------------------------------------------------------------


def test_clean_points_drops_non_finite_and_breaks_at_gaps() -> None:
    x = [0, 1, 2, 3, 4, 5, 9, 10]
    y = [1.0, math.nan, 2.0, None, math.inf, 3.0, 4.0, -math.inf]
    xs, ys, breaks = charts.clean_points(x, y)
    assert xs == [0, 2, 5, 9]
    assert ys == [1.0, 2.0, 3.0, 4.0]
    assert breaks == [1, 2, 3]


def test_date_ticks_fit_and_step_by_calendar() -> None:
    ticks = charts.date_ticks(START, END, 10)
    assert [label for _, label in ticks] == ["5 Oct", "12 Oct", "19 Oct", "26 Oct"]
    long = charts.date_ticks(dt.date(2025, 11, 21), dt.date(2026, 11, 20), 8)
    assert len(long) <= 8
    assert all(re.fullmatch(r"[A-Z][a-z]{2} 20\d\d", label) for _, label in long)
    assert [t for t, _ in long] == sorted(t for t, _ in long)
    decade = charts.date_ticks(dt.date(2016, 1, 1), dt.date(2026, 1, 1), 6)
    assert len(decade) <= 6


def test_nice_ticks() -> None:
    assert charts.nice_ticks(0, 10, 6) == [0, 2, 4, 6, 8, 10]
    assert charts.nice_ticks(0, 953, 6) == [0, 200, 400, 600, 800, 1000]
    ticks = charts.nice_ticks(-37.5, 112.0, 5)
    assert ticks[0] <= -37.5 and ticks[-1] >= 112


def test_crop_keeps_colour_codes_and_counts_visible_cells() -> None:
    line = "\x1b[31mabc\x1b[0mdef"
    assert charts.visible_width(line) == 6
    cropped = charts.crop(line, 4)
    assert charts.strip_ansi(cropped) == "abcd"
    assert cropped.startswith("\x1b[31m")
    assert charts.visible_width("日本") == 4


def test_importing_charts_and_the_screen_does_not_import_plotext() -> None:
    code = (
        "import sys, journal.charts, journal.commands.chart;"
        "print('plotext' in sys.modules, 'textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --- property: nothing non-finite ever reaches plotext ------------------------------------------

values = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True, width=64),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.just(math.nan),
    st.just(math.inf),
)


@pytest.fixture
def guarded_plotext(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make plotext's figure refuse any non-finite coordinate (it would abort the process)."""
    import plotext as plt

    real = plt.figure.signal
    calls = [0]

    def checked(*args: object, **kwargs: object) -> object:
        for seq in args:
            for v in seq if isinstance(seq, list | tuple) else [seq]:
                if isinstance(v, float | int):
                    assert math.isfinite(v), f"non-finite value {v!r} reached plotext"
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(plt.figure, "signal", checked)
    return calls


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    ys=st.lists(st.lists(values, max_size=120), min_size=1, max_size=4),
    gaps=st.lists(st.integers(min_value=1, max_value=9), max_size=120),
    style=st.sampled_from(["line", "filled", "bars", "points", "reference"]),
    right=st.booleans(),
    width=st.integers(min_value=1, max_value=160),
    height=st.integers(min_value=1, max_value=50),
    color=st.booleans(),
    span=st.integers(min_value=0, max_value=800),
)
def test_any_values_render_without_crashing(
    guarded_plotext: list[int],
    ys: list[list[object]],
    gaps: list[int],
    style: str,
    right: bool,
    width: int,
    height: int,
    color: bool,
    span: int,
) -> None:
    series = []
    for i, y in enumerate(ys):
        x, pos = [], 0.0
        for k in range(len(y)):
            pos += gaps[k] if k < len(gaps) else 1
            x.append(pos)
        side = "right" if right and i % 2 else "left"
        series.append(charts.Series(f"s{i}", x, y, style, "ox+*"[i], i, side))  # type: ignore[arg-type]
    spec = charts.ChartSpec("Property", START, START + dt.timedelta(days=span), "y", series=series)
    text = charts.draw(spec, width, height, None, color)
    lines = lines_of(text)
    assert len(lines) <= height
    assert all(charts.visible_width(line) <= width for line in lines)


def test_flags_from_the_analyzer_mark_the_load_chart(data_dir: Path) -> None:
    """A 2-day fever while training is an illness_training alert (DESIGN §4)."""
    days = [day(START + dt.timedelta(days=k), runs=[run(8, 45, 5)]) for k in range(28)]
    for k in (10, 11):
        days[k] = day(START + dt.timedelta(days=k), runs=[run(8, 45, 5)], illness={"fever": True})
    journal = Journal.open(data_dir)
    journal.put_many(days, profile=PROFILE)
    flags = charts.flags_for(journal, START, END)
    assert any(getattr(f, "id", None) == "illness_training" for f in flags)
    text = charts.render("load", days, START, END, width=100, height=24, color=False, flags=flags)
    body = "\n".join(inside for _, inside in plot_body(lines_of(text)))
    assert body.count("!") >= 2
    assert "! alert flag" in lines_of(text)[-1]


def test_mileage_in_miles_for_an_imperial_profile(training: list[Day]) -> None:
    profile = Profile(units="imperial")
    text = charts.render(
        "mileage", training, START, END, width=100, height=30, color=False, profile=profile
    )
    lines = lines_of(text)
    assert "distance (mi)" in text and "longest run (mi)" in lines[-1]
    assert near(values_of(lines, "◆"), 20 / KM_PER_MILE, lines)  # the 20 km run


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_registered_chart_draws_in_the_terminal(name: str, training: list[Day]) -> None:
    """A registry entry is all a chart needs: the CLI and the terminal backend take it as is."""
    days = [
        *training,
        day(START + dt.timedelta(days=5), resting_hr=48, weight_kg=60.5),
        day(START + dt.timedelta(days=6), resting_hr=52, weight_kg=60.1),
    ]
    if name in ("nutrients", "macros"):
        days = meals_days(28, kcal=2000, iron_mg=9, b12_ug=2.4, carbs_g=300, protein_g=75, fat_g=50)
    text = charts.render(name, days, START, END, width=80, height=20, color=False, profile=PROFILE)
    lines = lines_of(text)
    assert charts.CHARTS[name].title in lines[0]
    assert len(lines) <= 20 and all(charts.visible_width(line) <= 80 for line in lines)
    assert "┌" in text  # a plot, not a message


def test_cli_and_screen_read_the_registry() -> None:
    from journal.tui.screens.charts import LABELS

    assert (
        set(charts.CHART_NAMES)
        <= set(charts.CLI_NAMES)
        == {n for n, c in charts.CHARTS.items() if "cli" in c.places}
    )
    assert {n: charts.CHARTS[n].label for n in charts.CHART_NAMES} == LABELS

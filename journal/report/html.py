"""The visit report as one self-contained HTML page: inline CSS and SVG, nothing fetched.

Laid out for a physician with fifteen minutes: who and when, the flags (alerts first), the
weekly table, four charts, cycle, pain and illness, nutrition. Print CSS keeps it to two
pages for twelve weeks on A4 or Letter (the content is sized for the narrower of the two),
and severity is written out and bordered, never shown by colour alone, so it reads in black
and white. Every piece of text is HTML-escaped; there is no script and no external URL.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from journal import __version__
from journal.charts.svg import draw_svg
from journal.report import fmt
from journal.report.data import Report

CSS = """
@page { size: %PAPER%; margin: 11mm 11mm 12mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 8.3pt; line-height: 1.25; color: #111; margin: 0 auto; max-width: 188mm; }
@media screen { body { padding: 8mm 4mm; } }
h1 { font-size: 14pt; margin: 0 0 1mm; }
h2 { font-size: 10pt; margin: 2.4mm 0 1mm; padding-bottom: 0.6mm; border-bottom: 1.2px solid #111;
  break-after: avoid; }
p { margin: 0.8mm 0; }
.sub { color: #333; }
.small { font-size: 7.4pt; color: #333; }
.who { display: grid; grid-template-columns: repeat(6, auto); gap: 0 4mm; margin: 1.5mm 0; }
.who div b { display: block; font-size: 7pt; font-weight: normal; color: #444; }
.disclaimer { border: 0.8px solid #777; padding: 1.2mm 2mm; font-size: 7.2pt; color: #222; }
.flags { list-style: none; margin: 0; padding: 0; }
.flag { padding: 0.4mm 0 0.4mm 2.2mm; margin: 0.6mm 0; break-inside: avoid;
  border-left: 1.6px dashed #333; }
.flag.alert { border-left: 3.2px solid #000; }
.flag .sev { font-weight: bold; letter-spacing: 0.02em; }
.flag.alert .sev { color: #b00020; }
.flag.warning .sev { color: #6b5200; }
.flag .title { font-weight: bold; }
.flag .ev { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 6.9pt; }
.infos { margin: 1mm 0 0 0; font-size: 7.6pt; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.25mm 1.2mm; text-align: right; border-bottom: 0.5px solid #bbb;
  white-space: nowrap; }
th { font-size: 7.2pt; font-weight: bold; vertical-align: bottom; border-bottom: 1px solid #111; }
th:first-child, td:first-child { text-align: left; }
td.text, th.text { text-align: left; white-space: normal; }
tfoot td { border-top: 1px solid #111; border-bottom: none; font-weight: bold; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 4mm; }
.charts figure { margin: 0; break-inside: avoid; }
.charts svg { width: 100%; height: auto; display: block; }
.timeline svg { width: 100%; height: auto; display: block; }
.bone { font-weight: bold; }
section { break-inside: auto; }
.keep { break-inside: avoid; }
footer { margin-top: 3mm; font-size: 7pt; color: #444; border-top: 0.5px solid #999;
  padding-top: 1mm; }
"""


def e(value: object) -> str:
    return escape(str(value), quote=True)


PAPERS = {"a4": "A4", "letter": "letter"}


def render(report: Report, paper: str = "a4") -> str:
    """The whole page as a string (UTF-8 when written), for ``paper`` (a4 or letter).

    The content is sized for the narrower page either way; ``paper`` sets the printed page
    size, so a browser's print dialog starts on the right paper.
    """
    css = CSS.replace("%PAPER%", PAPERS[paper])
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Training report {e(report.start)} to {e(report.end)}</title>",
        f"<style>{css}</style></head><body>",
        _header(report),
        _flags(report),
        _weeks(report),
        _charts(report),
        _cycle(report),
        _pain(report),
        _nutrition(report),
        "<footer>Stridelog "
        + e(__version__)
        + f" · generated {e(fmt.day(report.generated))} from the runner's own journal "
        "(self-reported check-ins). Flag rules and sources are named in each flag.</footer>",
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _header(r: Report) -> str:
    who = "".join(f"<div><b>{e(k)}</b>{e(v)}</div>" for k, v in fmt.profile_items(r))
    return (
        "<header>"
        "<h1>Runner's training and recovery report</h1>"
        f'<p class="sub"><b>{e(fmt.span(r.start, r.end))}</b> · {e(fmt.logged_text(r))}'
        f" · generated {e(fmt.day(r.generated))}</p>"
        f'<div class="who">{who}</div>'
        f'<p class="disclaimer">{e(r.disclaimer)}</p>'
        "</header>"
    )


def _flags(r: Report) -> str:
    main = [f for f in r.flags if f.severity in ("alert", "warning")]
    infos = [f for f in r.flags if f.severity not in ("alert", "warning")]
    n_alert = sum(1 for f in main if f.severity == "alert")
    head = (
        f"<h2>Flags of the period: {n_alert} alert{'s' if n_alert != 1 else ''}, "
        f"{len(main) - n_alert} warning{'s' if len(main) - n_alert != 1 else ''}, "
        f"{len(infos)} for information</h2>"
    )
    if not r.flags:
        return f"<section>{head}<p>No flags in this period.</p></section>"
    groups: dict[tuple[str, str], list] = {}  # one entry per (severity, rule): rule said once
    for f in main:
        groups.setdefault((f.severity, f.id), []).append(f)
    items = []
    for (severity, _id), flags in groups.items():
        f = flags[-1]  # the latest period in full
        also = ""
        if len(flags) > 1:
            earlier = "; ".join(f"{e(g.title)} ({e(fmt.flag_dates(g))})" for g in flags[:-1])
            also = f'<br><span class="small">Also: {earlier}.</span>'
        items.append(
            f'<li class="flag {e(severity)}">'
            f'<span class="sev">{e(fmt.SEVERITY_WORD[severity])}</span> · '
            f'<span class="title">{e(f.title)}</span> · {e(fmt.flag_dates(f))} '
            f'<span class="small">({e(f.category)})</span>{also}<br>'
            f'<span class="small"><span class="ev">{e(fmt.evidence(f.evidence, r.units))}</span>'
            f" · Rule: {e(f.rule)}</span></li>"
        )
    info = ""
    if infos:
        listed = "; ".join(f"{e(f.title)} ({e(fmt.flag_dates(f))})" for f in infos)
        info = f'<p class="infos"><b>For information:</b> {listed}.</p>'
    return f'<section>{head}<ul class="flags">{"".join(items)}</ul>{info}</section>'


def _weeks(r: Report) -> str:
    unit = fmt.distance_unit(r.units)
    head = (
        "<thead><tr><th>Week</th><th>Days<br>logged</th><th>Distance<br>"
        f"({unit})</th><th>Time<br>(h:min)</th><th>Load<br>(AU)</th><th>Runs</th>"
        f"<th>Longest<br>run ({unit})</th><th>Mono-<br>tony</th><th>Sleep<br>(h, mean)</th>"
        "<th>Fatigue<br>(1–10)</th><th>Resting HR<br>(bpm, median)</th>"
        f"<th>Weight<br>({fmt.weight_unit(r.units)})</th></tr></thead>"
    )
    rows = []
    for w in r.weeks:
        rows.append(
            "<tr>"
            f"<td>{e(fmt.week_label(w.start, w.end))}</td><td>{w.days_logged}</td>"
            f"<td>{fmt.distance(w.distance_km, r.units)}</td>"
            f"<td>{fmt.hours_minutes(w.duration_min)}</td><td>{fmt.num(w.load, 0)}</td>"
            f"<td>{w.runs}</td><td>{fmt.distance(w.longest_run_km, r.units)}</td>"
            f"<td>{fmt.num(w.monotony, 2)}</td><td>{fmt.num(w.mean_sleep_h, 1)}</td>"
            f"<td>{fmt.num(w.mean_fatigue, 1)}</td><td>{fmt.num(w.median_rhr, 0)}</td>"
            f"<td>{fmt.weight(w.weight_kg, r.units)}</td></tr>"
        )
    foot = ""
    if r.weeks:
        n = len(r.weeks)
        foot = (
            "<tfoot><tr><td>Weekly mean</td>"
            f"<td>{fmt.num(sum(w.days_logged for w in r.weeks) / n, 1)}</td>"
            f"<td>{fmt.distance(sum(w.distance_km for w in r.weeks) / n, r.units)}</td>"
            f"<td>{fmt.hours_minutes(sum(w.duration_min for w in r.weeks) / n)}</td>"
            f"<td>{fmt.num(sum(w.load for w in r.weeks) / n, 0)}</td>"
            f"<td>{fmt.num(sum(w.runs for w in r.weeks) / n, 1)}</td>"
            f"<td>{fmt.distance(max(w.longest_run_km for w in r.weeks), r.units)} max</td>"
            "<td></td><td></td><td></td><td></td><td></td></tr></tfoot>"
        )
    note = (
        '<p class="small">Load = session RPE × minutes (Foster 2001), arbitrary units. '
        "Monotony = mean ÷ SD of the 7 daily loads ending on the week's last day (Foster "
        "1998; above 2 is flagged). Weeks run Monday to Sunday, clipped to the period.</p>"
    )
    return (
        f"<section><h2>Week by week ({len(r.weeks)} weeks)</h2>"
        f'<table class="weeks">{head}<tbody>{"".join(rows)}</tbody>{foot}</table>{note}'
        "</section>"
    )


def _charts(r: Report) -> str:
    if not r.charts:
        return ""
    figures = "".join(
        f"<figure>{draw_svg(spec, 340, 178, range_in_title=False)}</figure>" for spec in r.charts
    )
    return f'<section class="keep"><h2>Charts</h2><div class="charts">{figures}</div></section>'


def _timeline(r: Report) -> str:
    """A strip of the period's days: logged days as ticks, period days as filled blocks."""
    assert r.cycle is not None
    n = (r.end - r.start).days + 1
    width, height, left = 680.0, 34.0, 4.0
    step = (width - 2 * left) / n
    logged = {d.date for d in r.days}
    period = set(r.cycle.period_days)
    out = [
        f'<svg viewBox="0 0 {width:g} {height:g}" width="{width:g}" height="{height:g}" '
        'role="img" aria-label="Cycle timeline" font-size="9">'
    ]
    for k in range(n):
        date = r.start + dt.timedelta(days=k)
        x = left + k * step
        if date in period:
            out.append(
                f'<rect x="{x:.1f}" y="4" width="{max(step, 1):.1f}" height="14" fill="#333"/>'
            )
        elif date in logged:
            out.append(
                f'<line x1="{x + step / 2:.1f}" x2="{x + step / 2:.1f}" y1="14" y2="18" '
                'stroke="#999"/>'
            )
        first_label = k == 0 and (date.day == 1 or date.day < 26)  # not crowding the 1st
        if date.day == 1 or first_label:
            anchor = "end" if x > width - 40 else "start"
            label = e(f"{date.day} {date:%b}")
            out.append(
                f'<text x="{x:.1f}" y="30" text-anchor="{anchor}">{label}</text>'
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="2" y2="20" stroke="#bbb"/>'
            )
    out.append(f'<line x1="{left}" x2="{width - left}" y1="18.5" y2="18.5" stroke="#555"/></svg>')
    return "".join(out)


def _cycle(r: Report) -> str:
    if r.cycle is None:
        return ""
    c = r.cycle
    if c.last_period is None:
        text = "No period logged in the journal."
    else:
        text = (
            f"Last period started {e(fmt.day(c.last_period))}: {c.days_since} days before "
            f"{e(fmt.day(r.end))}. Cycles started in the last 90 days: {len(c.onsets_90d)}"
        )
        if c.onsets_90d:
            text += " (" + ", ".join(e(fmt.day(o)) for o in c.onsets_90d) + ")"
        text += "."
    return (
        '<section class="keep"><h2>Menstrual cycle</h2>'
        f"<p>{text}</p>"
        f'<div class="timeline">{_timeline(r)}</div>'
        '<p class="small">Filled blocks: period days logged; ticks: other logged days.</p>'
        "</section>"
    )


def _pain(r: Report) -> str:
    parts = ["<section><h2>Pain and illness</h2>"]
    if r.pains:
        rows = "".join(
            "<tr>"
            f'<td class="text">{"<span class=bone>&#9650; " if p.bone else ""}{e(p.site)}'
            f"{' (bone-stress site)</span>' if p.bone else ''}</td>"
            f"<td>{e(fmt.span(p.first, p.last))}</td><td>{p.days}</td>"
            f"<td>{p.max_score}/10</td></tr>"
            for p in r.pains
        )
        parts.append(
            '<table class="pain"><thead><tr><th class="text">Pain site</th><th>Dates</th>'
            f"<th>Days</th><th>Worst score</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        parts.append("<p>No pain logged in this period.</p>")
    if r.illnesses:
        rows = "".join(
            "<tr>"
            f'<td class="text">{e(", ".join(i.symptoms) or "unwell")}</td>'
            f"<td>{e(fmt.span(i.first, i.last))}</td><td>{i.days}</td>"
            f"<td>{'yes' if i.fever else 'no'}</td><td>{i.trained_days}</td></tr>"
            for i in r.illnesses
        )
        parts.append(
            '<table class="illness"><thead><tr><th class="text">Illness (symptoms)</th>'
            "<th>Dates</th><th>Days</th><th>Fever</th><th>Days trained</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    else:
        parts.append("<p>No illness logged in this period.</p>")
    parts.append(
        '<p class="small">&#9650; marks a bone-stress site (shin, metatarsal, hip, pelvis, '
        "heel and the like), as the analyzer's bone_pain rule reads them.</p></section>"
    )
    return "".join(parts)


def _nutrition(r: Report) -> str:
    from journal.nutrition import LABELS

    n = r.nutrition
    head = '<section class="keep"><h2>Nutrition: mean daily intake against references</h2>'
    logged = (
        f"Meals logged on {n.get('days_logged', 0)} of {n.get('days', 0)} days; "
        f"{n.get('days_judged', 0)} with most of the food recognised (means are over those)."
    )
    if not n.get("days_logged"):
        return head + f"<p>{e(logged)} No intake to show.</p></section>"
    problems = n.get("problems") or []
    extra = f" Not judged: {e('; '.join(problems))}." if problems else ""
    rows = []
    for key in fmt.NUTRIENT_ORDER:
        entry = n["nutrients"].get(key)
        if not entry or entry.get("mean") is None:
            continue
        label, unit = LABELS.get(key, (key, ""))
        rda, ear = entry.get("rda"), entry.get("ear")
        pct = f"{100 * entry['mean'] / rda:.0f} %" if rda else "–"
        cov = entry.get("coverage")
        rows.append(
            f'<tr><td class="text">{e(label)}</td><td>{fmt.num(entry["mean"], 1)} {e(unit)}</td>'
            f"<td>{fmt.num(ear, 1) if ear else '–'}</td><td>{fmt.num(rda, 1) if rda else '–'}</td>"
            f'<td>{pct}</td><td class="text">{e(entry.get("status") or "–")}</td>'
            f"<td>{fmt.num(None if cov is None else cov * 100, 0)} %</td></tr>"
        )
    shares = n.get("energy_pct")
    share_text = ""
    if shares:
        share_text = (
            f"Share of energy: carbohydrate {shares.get('carbs')} %, protein "
            f"{shares.get('protein')} %, fat {shares.get('fat')} %."
        )
    return (
        head + f"<p>{e(logged)}{extra}</p>"
        '<table class="nutrition"><thead><tr><th class="text">Nutrient</th><th>Mean a day</th>'
        '<th>EAR</th><th>RDA</th><th>% of RDA</th><th class="text">Status</th>'
        f"<th>Known for</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="small">{e(share_text)} References: IOM 2000 / NIH ODS for the profile '
        '(EAR = estimated average requirement; RDA = recommended amount). "Known for" is '
        "the share of the food eaten whose amount of the nutrient is known. Intake below a "
        "reference is not a deficiency.</p></section>"
    )

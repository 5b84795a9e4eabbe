"""The visit report as Markdown, for runners who paste it into a patient-portal message.

The same sections as the HTML page in the same order, without charts. User text (pain sites,
symptoms) has Markdown's special characters escaped so it cannot turn into links or markup.
"""

from __future__ import annotations

import re

from journal.report import fmt
from journal.report.data import Report

# Characters that make emphasis, links, HTML or table cells wherever they stand.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: object) -> str:
    """``text`` with Markdown's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", str(text))


def _table(head: list[str], rows: list[list[str]], align: str) -> list[str]:
    marks = ["---:" if a == "r" else ":---" for a in align]
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join(marks) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render(r: Report) -> str:
    lines = [
        "## Runner's training and recovery report",
        "",
        f"**{fmt.span(r.start, r.end)}** · {fmt.logged_text(r)} · generated {fmt.day(r.generated)}",
        "",
        " · ".join(f"{k}: {md(v)}" for k, v in fmt.profile_items(r)),
        "",
        f"_{md(r.disclaimer)}_",
        "",
        "### Flags (alerts first)",
        "",
    ]
    main = [f for f in r.flags if f.severity in ("alert", "warning")]
    infos = [f for f in r.flags if f.severity not in ("alert", "warning")]
    if not r.flags:
        lines.append("No flags in this period.")
    for f in main:
        lines += [
            f"- **{fmt.SEVERITY_WORD[f.severity]}** {md(f.title)} ({md(fmt.flag_dates(f))})",
            f"  - evidence: {md(fmt.evidence(f.evidence, r.units))}",
            f"  - rule: {md(f.rule)}",
        ]
    if infos:
        listed = "; ".join(f"{md(f.title)} ({md(fmt.flag_dates(f))})" for f in infos)
        lines += ["", f"For information: {listed}."]
    unit = fmt.distance_unit(r.units)
    lines += ["", f"### Week by week ({len(r.weeks)} weeks)", ""]
    lines += _table(
        [
            "Week",
            "Days",
            f"Dist ({unit})",
            "Time",
            "Load (AU)",
            "Runs",
            f"Longest ({unit})",
            "Monotony",
            "Sleep (h)",
            "Fatigue",
            "RHR (bpm)",
            f"Weight ({fmt.weight_unit(r.units)})",
        ],
        [
            [
                fmt.week_label(w.start, w.end),
                str(w.days_logged),
                fmt.distance(w.distance_km, r.units),
                fmt.hours_minutes(w.duration_min),
                fmt.num(w.load, 0),
                str(w.runs),
                fmt.distance(w.longest_run_km, r.units),
                fmt.num(w.monotony, 2),
                fmt.num(w.mean_sleep_h, 1),
                fmt.num(w.mean_fatigue, 1),
                fmt.num(w.median_rhr, 0),
                fmt.weight(w.weight_kg, r.units),
            ]
            for w in r.weeks
        ],
        "lrrrrrrrrrrr",
    )
    lines += [
        "",
        "Load = session RPE × minutes (arbitrary units); sleep and fatigue are weekly means.",
    ]
    if r.cycle is not None:
        c = r.cycle
        lines += ["", "### Menstrual cycle", ""]
        if c.last_period is None:
            lines.append("No period logged in the journal.")
        else:
            onsets = ", ".join(fmt.day(o) for o in c.onsets_90d)
            lines.append(
                f"Last period started {fmt.day(c.last_period)} ({c.days_since} days before "
                f"{fmt.day(r.end)}); cycles started in the last 90 days: {len(c.onsets_90d)}"
                + (f" ({onsets})." if onsets else ".")
            )
    lines += ["", "### Pain and illness", ""]
    if r.pains:
        for p in r.pains:
            bone = " **(bone-stress site)**" if p.bone else ""
            lines.append(
                f"- {md(p.site)}{bone}: {fmt.span(p.first, p.last)}, {p.days} days, "
                f"worst {p.max_score}/10"
            )
    else:
        lines.append("No pain logged in this period.")
    for i in r.illnesses:
        symptoms = md(", ".join(i.symptoms) or "unwell")
        lines.append(
            f"- illness ({symptoms}{', fever' if i.fever else ''}): "
            f"{fmt.span(i.first, i.last)}, {i.days} days, trained on {i.trained_days}"
        )
    if not r.illnesses:
        lines.append("No illness logged in this period.")
    lines += ["", "### Nutrition (mean a day against references)", ""]
    lines += _nutrition(r)
    return "\n".join(lines) + "\n"


def _nutrition(r: Report) -> list[str]:
    from journal.nutrition import LABELS

    n = r.nutrition
    out = [
        f"Meals logged on {n.get('days_logged', 0)} of {n.get('days', 0)} days; "
        f"{n.get('days_judged', 0)} with most of the food recognised (means are over those)."
    ]
    if not n.get("days_logged"):
        return out
    if n.get("problems"):
        out.append("Not judged: " + md("; ".join(n["problems"])) + ".")
    rows = []
    for key in fmt.NUTRIENT_ORDER:
        entry = n["nutrients"].get(key)
        if not entry or entry.get("mean") is None:
            continue
        label, unit = LABELS.get(key, (key, ""))
        rda, ear = entry.get("rda"), entry.get("ear")
        cov = entry.get("coverage")
        rows.append(
            [
                label,
                f"{fmt.num(entry['mean'], 1)} {unit}",
                fmt.num(ear, 1) if ear else "–",
                fmt.num(rda, 1) if rda else "–",
                f"{100 * entry['mean'] / rda:.0f} %" if rda else "–",
                entry.get("status") or "–",
                f"{fmt.num(None if cov is None else cov * 100, 0)} %",
            ]
        )
    out.append("")
    out += _table(
        ["Nutrient", "Mean", "EAR", "RDA", "% RDA", "Status", "Known for"], rows, "lrrrrlr"
    )
    return out

"""Specs of the training, recovery, medical and baseline flags (see :mod:`.specs`)."""

from __future__ import annotations

from typing import Any

from journal.analysis import thresholds as T
from journal.analysis.flag_spec import FlagSpec, over, under, whole

_FRANDSEN = (
    "Frandsen et al., BJSM 2025, 5,200 runners: a session longer than the longest of the past "
    "30 days raised injury hazard (+10-30 %: 1.64; +30-100 %: 1.52, no worse; over +100 %: "
    "2.28); the same study found no rise in injuries with ACWR"
)
_CONTESTED = (
    "Gabbett 2016; Williams 2017 for the EWMA. Contested: Impellizzeri 2020; Frandsen 2025 "
    "found no rise in runner injuries with ACWR"
)
_BASE = (
    f"against your own rolling {T.BASELINE_DAYS}-day baseline (ending before the last "
    f"{T.RECENT_DAYS} days), once it holds {T.BASELINE_MIN_VALUES} values"
)
_RED_FLAGS = "fever, unexplained weight loss, chest pain, breathlessness, night sweats or fainting"


def _run_spike_title(sev: str, days: int, ev: dict[str, Any], units: str = "metric") -> str:
    from journal.entry import format_distance

    t = (
        f"Run of {format_distance(ev['longest_run_km'], units)}, {ev['increase_pct']:g} % longer "
        f"than your longest ({format_distance(ev['previous_longest_km'], units)}) of the "
        f"previous {T.RUN_SPIKE_LOOKBACK_DAYS} days"
    )
    if sev == "info":
        n = ev["runs_with_distance_30d"]
        t += f" (only {n} earlier run{'s' * (n != 1)} with a distance to compare)"
    return t


def _load_spike_title(sev: str, days: int, ev: dict[str, Any]) -> str:
    t = (
        f"This week's load {ev['acwr']:.2f}× your usual (acute {ev['acute_load']:g} AU a day "
        f"vs chronic {ev['chronic_load']:g} AU a day)"
    )
    return t + (" with your wellness down" if sev == "warning" else "")


def _fatigue_rising_title(sev: str, days: int, ev: dict[str, Any]) -> str:
    if "fatigue" in ev:
        return "Fatigue rising day after day while training: " + " → ".join(
            whole(v) for v in ev["fatigue"]
        )
    return (
        f"Fatigue above your usual: 7-day mean {over(ev['mean_fatigue_7d'], ev['limit'])}/10 "
        f"vs your normal {ev['baseline_fatigue']:.1f}"
    )


def _extreme_title(sev: str, days: int, ev: dict[str, Any]) -> str:
    if "days_9_or_10" in ev:
        return (
            f"Extreme fatigue ({T.EXTREME_FATIGUE}-10/10) on {ev['days_9_or_10']} of "
            f"{T.EXTREME_FATIGUE_WINDOW} days: see a physician"
        )
    return (
        f"Fatigue above your usual for {ev['days_above']} days "
        f"(mean {ev['mean_fatigue']:.1f}/10 vs your normal {ev['baseline_fatigue']:.1f})"
    )


def _sleep_title(sev: str, days: int, ev: dict[str, Any]) -> str:
    return (
        f"Sleep {ev['below_baseline_h']:.1f} h under your normal: 7-day mean "
        f"{under(ev['mean_sleep_h_7d'], ev['baseline_sleep_h'] - T.SLEEP_DROP_H + 1e-9)} h vs "
        f"your {ev['baseline_sleep_h']:.1f} h"
    )


def _weight_title(sev: str, days: int, ev: dict[str, Any], units: str = "metric") -> str:
    from journal.entry import format_weight

    def weight(kg: float) -> str:
        return format_weight(kg, units) if units == "imperial" else f"{kg:g} kg"

    return (
        f"Body weight down {over(ev['loss_pct'], T.WEIGHT_LOSS_PCT)} % within "
        f"{T.WEIGHT_LOSS_DAYS} days (7-day median {weight(ev['median_kg'])}, from "
        f"{weight(ev['highest_median_kg'])})"
    )


BODY_SPECS: tuple[FlagSpec, ...] = (
    FlagSpec(
        id="run_spike",
        category="training",
        severities=("info", "warning", "alert"),
        severity_logic=(
            f"warning over +{(T.RUN_SPIKE_WARNING - 1) * 100:g} %, alert over "
            f"+{(T.RUN_SPIKE_ALERT - 1) * 100:g} %; info only when fewer than "
            f"{T.RUN_SPIKE_MIN_RUNS} earlier runs with a distance are there to compare"
        ),
        title=_run_spike_title,
        imperial_title=lambda sev, days, ev: _run_spike_title(sev, days, ev, "imperial"),
        rule=(
            f"a run longer than {T.RUN_SPIKE_WARNING * 100:g} % of the longest run of the previous "
            f"{T.RUN_SPIKE_LOOKBACK_DAYS} days (alert above {T.RUN_SPIKE_ALERT * 100:g} %), judged "
            f"once those days hold {T.RUN_SPIKE_MIN_RUNS} runs with a distance"
        ),
        source=_FRANDSEN,
        advice=(
            "Grow your longest run gradually: in a large study runners whose longest run jumped "
            "by more than 10 % were injured more often, most of all when it doubled. Keep the "
            "next days easy."
        ),
        thresholds={
            "lookback_days": T.RUN_SPIKE_LOOKBACK_DAYS,
            "warning_ratio": T.RUN_SPIKE_WARNING,
            "alert_ratio": T.RUN_SPIKE_ALERT,
            "min_runs": T.RUN_SPIKE_MIN_RUNS,
        },
        measure="increase_pct",
        unit=" % longer",
    ),
    FlagSpec(
        id="load_spike",
        category="training",
        severities=("info", "warning"),
        severity_logic=(
            "warning only when your wellness is down in the same 7 days (sleep, fatigue, "
            "soreness or stress against your own normal); info otherwise"
        ),
        title=_load_spike_title,
        rule=(
            f"EWMA acute:chronic ratio of daily session load (RPE × minutes, in AU) above "
            f"{T.LOAD_SPIKE_ACWR:g}; λ = 2/(N+1), N = {T.ACUTE_N} and {T.CHRONIC_N} days, "
            f"judged once the last {T.LOAD_SPIKE_HISTORY_DAYS} days hold "
            f"{T.LOAD_SPIKE_MIN_SESSIONS}+ sessions"
        ),
        source=_CONTESTED,
        advice=(
            "This week was much harder than your recent month; add an easy day or a rest day. "
            "The ratio is a rough guide, not an injury predictor."
        ),
        thresholds={"acwr": T.LOAD_SPIKE_ACWR, "min_sessions": T.LOAD_SPIKE_MIN_SESSIONS},
        measure="acwr",
        unit="×",
    ),
    FlagSpec(
        id="monotony",
        category="training",
        severities=("info", "warning"),
        severity_logic=(
            "warning when the week's strain is also above your own usual strain (mean + 1 SD "
            f"of your last {T.STRAIN_HISTORY_DAYS} days) and your wellness is down in the same "
            "days; info otherwise"
        ),
        title=lambda sev, days, ev: (
            f"Same load day after day: monotony {ev['monotony']:.1f}, weekly strain "
            f"{ev['strain']:g} AU"
            + (" (above your usual, with your wellness down)" if sev == "warning" else "")
        ),
        rule=(
            f"{T.MONOTONY_DAYS}-day mean ÷ standard deviation of daily load (rest days count "
            f"as 0) above {T.MONOTONY_MAX:g}; an SD of 0 counts as {T.MONOTONY_SD_ZERO:g}; "
            "strain = weekly load × monotony, judged against your own strain history"
        ),
        source="Foster 1998, who set strain thresholds per athlete",
        advice=(
            "Vary the days: alternate hard and easy sessions and keep rest days so tissues repair."
        ),
        thresholds={"monotony": T.MONOTONY_MAX, "strain_history_days": T.STRAIN_HISTORY_DAYS},
        measure="monotony",
    ),
    FlagSpec(
        id="no_rest",
        category="training",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: f"{ev['days_without_rest']} days of training without rest",
        rule=f"{T.NO_REST_DAYS} or more consecutive days with training and no rest day",
        source="training guidance; weak evidence",
        advice=(
            "Take a rest day or an easy day: tissues repair between sessions, and fatigue often "
            "means time off is needed."
        ),
        thresholds={"days": T.NO_REST_DAYS},
        measure="days_without_rest",
        unit=" days",
    ),
    FlagSpec(
        id="fatigue_rising",
        category="recovery",
        severities=("warning",),
        severity_logic="always a warning",
        title=_fatigue_rising_title,
        rule=(
            f"{T.RECENT_DAYS}-day mean fatigue at least 1 SD (SD at least "
            f"{T.RATING_SD_FLOOR:g}) over your own baseline, {_BASE}; or fatigue higher than "
            f"the day before on {T.FATIGUE_RISING_DAYS} days in a row with training on "
            f"{T.FATIGUE_RISING_TRAINED}+ of them, ending 2 SD over your normal"
        ),
        source=(
            "Hooper & Mackinnon 1995 and Saw 2016: self-reported wellness against the athlete's "
            "own baseline is the most sensitive marker; Meeusen 2013 consensus"
        ),
        advice=(
            "Fatigue is building: swap the next hard session for rest or an easy run. If it does "
            "not settle, rule out illness and look at what you eat."
        ),
        thresholds={"sd_floor": T.RATING_SD_FLOOR, "rising_days": T.FATIGUE_RISING_DAYS},
        measure="mean_fatigue_7d",
        unit="/10",
    ),
    FlagSpec(
        id="extreme_fatigue",
        category="medical",
        severities=("warning", "alert"),
        severity_logic=(
            f"alert: fatigue {T.EXTREME_FATIGUE}-10 on {T.EXTREME_FATIGUE_DAYS} of "
            f"{T.EXTREME_FATIGUE_WINDOW} days; warning: fatigue above your own normal for "
            f"{T.FATIGUE_PERSISTENT_DAYS}+ days"
        ),
        title=_extreme_title,
        rule=(
            f"fatigue {T.EXTREME_FATIGUE}-10 on {T.EXTREME_FATIGUE_DAYS} of the last "
            f"{T.EXTREME_FATIGUE_WINDOW} days, or the fatigue_rising baseline rule holding on "
            f"every logged day for {T.FATIGUE_PERSISTENT_DAYS}+ days"
        ),
        source=(
            "the runner's guide: extreme fatigue, to the point of sleep or immobility, may be "
            "serious; Meeusen 2013: exclude other causes over a time course"
        ),
        advice=(
            "Fatigue this strong or this lasting may be serious: see a physician before you "
            f"train hard again, sooner if you notice {_RED_FLAGS}."
        ),
        thresholds={
            "extreme": T.EXTREME_FATIGUE,
            "days": T.EXTREME_FATIGUE_DAYS,
            "window": T.EXTREME_FATIGUE_WINDOW,
            "persistent_days": T.FATIGUE_PERSISTENT_DAYS,
        },
    ),
    FlagSpec(
        id="sleep_debt",
        category="recovery",
        severities=("warning",),
        severity_logic="always a warning",
        title=_sleep_title,
        rule=(
            f"{T.RECENT_DAYS}-day mean sleep {T.SLEEP_DROP_H:g} h or more (and at least 1 SD, "
            f"SD at least {T.SLEEP_SD_FLOOR:g} h) under your own baseline, {_BASE}"
        ),
        source=(
            "Walsh 2021, BJSM consensus on athletes' sleep: sleep need is individual, judge "
            "against the athlete's own habit"
        ),
        advice=(
            "You are sleeping clearly less than you usually do: recovery from training happens "
            "in sleep. Protect your usual bedtime for a few nights and keep training easy."
        ),
        thresholds={"drop_h": T.SLEEP_DROP_H, "sd_floor_h": T.SLEEP_SD_FLOOR},
        measure="below_baseline_h",
        unit=" h under",
    ),
    FlagSpec(
        id="resting_hr_up",
        category="recovery",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: (
            f"Morning resting heart rate {ev['resting_hr']} bpm, {ev['above_median_bpm']:g} bpm "
            f"above your {T.RHR_MEDIAN_DAYS}-day median"
        ),
        rule=(
            f"morning resting HR {T.RHR_RISE_BPM}+ bpm above its {T.RHR_MEDIAN_DAYS}-day median "
            f"on {T.RHR_DAYS} of the last {T.RHR_WINDOW} days. The value may be a watch's "
            "overnight figure, which runs lower and steadier than a morning count"
        ),
        source="Dressendorfer 1985; weak on its own",
        advice=(
            "A raised resting heart rate can mean incomplete recovery, illness, heat, alcohol "
            "or stress; keep the next days easy and watch the trend. On its own it is a weak "
            "signal."
        ),
        thresholds={"rise_bpm": T.RHR_RISE_BPM, "median_days": T.RHR_MEDIAN_DAYS},
        measure="above_median_bpm",
        unit=" bpm over",
    ),
    FlagSpec(
        id="illness_training",
        category="medical",
        severities=("alert",),
        severity_logic="always an alert",
        title=lambda sev, days, ev: (
            "Training with a fever" if ev.get("fever") else "Hard training while ill"
        ),
        rule=(
            f"training on a day with fever, or hard training (RPE ≥ {T.ILLNESS_HARD_RPE}) with "
            "illness symptoms"
        ),
        source="Meeusen 2013: rule out illness before calling fatigue overtraining",
        advice=(
            "Do not train with a fever; with other symptoms keep it easy or rest. See a doctor "
            "if symptoms persist: illness must be ruled out before fatigue is blamed on training."
        ),
        thresholds={"hard_rpe": T.ILLNESS_HARD_RPE},
    ),
    FlagSpec(
        id="bone_pain",
        category="medical",
        severities=("alert",),
        severity_logic="always an alert",
        title=lambda sev, days, ev: (
            f"Pain at a bone-stress site ({', '.join(ev['sites'])}) on {ev['days_with_pain']} "
            f"days within a week"
            if "sites" in ev
            else f"Pain {ev['score']}/10 ({ev['site']}) while training continued"
        ),
        rule=(
            f"pain at a bone-stress site (shin/tibia, foot/metatarsal, hip/femoral neck, pelvis, "
            f"heel) on {T.BONE_PAIN_DAYS}+ days within {T.BONE_PAIN_WINDOW}, or any pain score "
            f"≥ {T.PAIN_SEVERE} while training continues"
        ),
        source="OSTRC, Clarsen 2020",
        advice=(
            "Pain at a bone-stress site that keeps coming back or gets worse with running can be "
            "a bone stress injury: stop running on it and see a doctor or physiotherapist."
        ),
        thresholds={"days": T.BONE_PAIN_DAYS, "severe": T.PAIN_SEVERE},
    ),
    FlagSpec(
        id="weight_loss",
        category="nutrition",
        severities=("warning",),
        severity_logic="always a warning",
        title=_weight_title,
        imperial_title=lambda sev, days, ev: _weight_title(sev, days, ev, "imperial"),
        rule=(
            f"7-day median body weight ({T.WEIGHT_MIN_READINGS}+ readings) more than "
            f"{T.WEIGHT_LOSS_PCT:g} % under the highest 7-day median of the previous "
            f"{T.WEIGHT_LOSS_DAYS} days, so one mistyped weight never counts"
        ),
        source="IOC REDs consensus 2023, Mountjoy",
        advice=(
            "Fast weight loss while training can mean you are not eating enough for your "
            "training; talk to a doctor or sports dietitian."
        ),
        thresholds={"pct": T.WEIGHT_LOSS_PCT, "days": T.WEIGHT_LOSS_DAYS},
        measure="loss_pct",
        unit=" % down",
    ),
    FlagSpec(
        id="cycle_absent",
        category="medical",
        severities=("alert",),
        severity_logic="always an alert (only when the cycle is tracked)",
        title=lambda sev, days, ev: (
            f"No period logged for {ev['days_since_period']} days"
            if "days_since_period" in ev
            else f"Menstrual cycle of {ev['cycle_days']} days"
        ),
        rule=(
            f"no period logged for {T.CYCLE_ABSENT_DAYS}+ days, or a cycle over "
            f"{T.CYCLE_LONG_DAYS} days"
        ),
        source="IOC REDs 2023; Female Athlete Triad Coalition 2014",
        advice=(
            "A missing or irregular period in a training runner is worth checking with a doctor."
        ),
        thresholds={"absent_days": T.CYCLE_ABSENT_DAYS, "long_days": T.CYCLE_LONG_DAYS},
    ),
    FlagSpec(
        id="baseline_building",
        category="data",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: (
            f"Learning your normal: {ev['values']} of {T.BASELINE_MIN_VALUES} days logged "
            "before sleep and wellness are judged against it"
        ),
        rule=(
            f"sleep or fatigue logged, but fewer than {T.BASELINE_MIN_VALUES} values in the "
            f"{T.BASELINE_DAYS} days before the last {T.RECENT_DAYS}"
        ),
        source=(
            "Walsh 2021; Saw 2016: judge against the athlete's own normal, not population norms"
        ),
        advice=(
            "Keep logging sleep and how you feel each morning: after a few weeks Stridelog "
            "compares each week with your own normal instead of general figures."
        ),
        thresholds={"min_values": T.BASELINE_MIN_VALUES, "days": T.BASELINE_DAYS},
    ),
    FlagSpec(
        id="short_sleep_habit",
        category="recovery",
        severities=("info",),
        severity_logic=f"always info, at most once in {T.HABIT_EVERY_DAYS} days",
        title=lambda sev, days, ev: (
            f"Your usual sleep, {under(ev['mean_sleep_h'], T.SLEEP_HABIT_H)} h a night over "
            f"{ev['nights']} nights, is under the {T.SLEEP_HABIT_H:g} h most adults need"
        ),
        rule=(
            f"mean sleep of the last {T.HABIT_DAYS} days under {T.SLEEP_HABIT_H:g} h "
            f"({T.BASELINE_MIN_VALUES}+ nights); a note about habit, not a daily warning"
        ),
        source=(
            "Watson 2015, AASM/SRS consensus: 7 h or more for adults; Walsh 2021: athletes' "
            "needs differ, so this is a note, not a judgement"
        ),
        advice=(
            "Athletes often need more sleep than 7 h; if you feel you recover poorly, an extra "
            "half hour a night is a cheap thing to try."
        ),
        thresholds={"hours": T.SLEEP_HABIT_H, "every_days": T.HABIT_EVERY_DAYS},
    ),
    FlagSpec(
        id="high_fatigue_habit",
        category="recovery",
        severities=("info",),
        severity_logic=f"always info, at most once in {T.HABIT_EVERY_DAYS} days",
        title=lambda sev, days, ev: (
            f"Your usual fatigue, {over(ev['mean_fatigue'], T.FATIGUE_HABIT)}/10 over "
            f"{ev['days_logged']} days, is high"
        ),
        rule=(
            f"mean fatigue of the last {T.HABIT_DAYS} days {T.FATIGUE_HABIT:g} or more; a note "
            "about habit, not a daily warning"
        ),
        source="Hooper & Mackinnon 1995 (7+ of 10 as high)",
        advice=(
            "Feeling this tired most days is worth a look at sleep, food and training, and a "
            f"talk with a doctor if it persists, sooner if you notice {_RED_FLAGS}."
        ),
        thresholds={"fatigue": T.FATIGUE_HABIT, "every_days": T.HABIT_EVERY_DAYS},
    ),
)

"""Every threshold and time constant of the analyzer, in one place.

Change a default here and the rule, its ``rule`` text and its tests follow.
"""

from __future__ import annotations

# --- load model ---------------------------------------------------------------------------------
ACUTE_N = 7  # EWMA span of the acute load, days (Williams 2017: λ = 2 / (N + 1))
CHRONIC_N = 28  # EWMA span of the chronic load, days
EWMA_SEED_DAYS = 7  # both EWMAs start at the mean daily load of the first 7 days
CTL_DAYS = 42  # Banister/Coggan fitness time constant
ATL_DAYS = 7  # fatigue time constant
MONOTONY_DAYS = 7  # Foster 1998
MONOTONY_SD_ZERO = 10.0  # monotony when the 7-day SD is 0 but there was load

# --- training -----------------------------------------------------------------------------------
RUN_SPIKE_LOOKBACK_DAYS = 30
RUN_SPIKE_WARNING = 1.10  # longer than 110 % of the previous 30 days' longest run
RUN_SPIKE_ALERT = 2.00  # above 200 %
RUN_SPIKE_MIN_RUNS = 3  # runs with a distance in the lookback before a warning or alert
LOAD_SPIKE_ACWR = 1.5
LOAD_SPIKE_HISTORY_DAYS = 28
LOAD_SPIKE_MIN_SESSIONS = 8  # sessions in the last 28 days before the ratio means anything
STRAIN_HISTORY_DAYS = 84  # own strain history monotony is weighed against
STRAIN_MIN_VALUES = 28
MONOTONY_MAX = 2.0
NO_REST_DAYS = 10

# --- personal baselines ---------------------------------------------------------------------
RECENT_DAYS = 7  # the recent window judged against the baseline
RECENT_MIN_VALUES = 4  # values in the recent window before it is judged
BASELINE_DAYS = 42  # the baseline: the 42 days before the recent window (28-60 in the tools)
BASELINE_MIN_VALUES = 14  # values in the baseline before it judges anything
SLEEP_SD_FLOOR = 0.5  # h: a very steady sleeper is not flagged for tiny changes
RATING_SD_FLOOR = 1.0  # points on the 1-10 scales
SLEEP_DROP_H = 1.0  # 7-day mean this far under the baseline mean
FATIGUE_PERSISTENT_DAYS = 14  # fatigue above baseline this long: the second extreme route
HABIT_DAYS = 28  # habit notes look at the last 28 days ...
HABIT_EVERY_DAYS = 30  # ... and are given at most once in 30 days
SLEEP_HABIT_H = 7.0
FATIGUE_HABIT = 7.0

# --- recovery -----------------------------------------------------------------------------------
FATIGUE_RISING_DAYS = 3  # rising on 3 days in a row (4 values)
FATIGUE_RISING_TRAINED = 2  # with training on at least 2 of those days
FATIGUE_MEAN_DAYS = 7
FATIGUE_MEAN_MAX = 7.0  # 7-day mean fatigue of 7 or more
FATIGUE_MEAN_MIN_VALUES = 3  # fatigue logged on at least 3 of the 7 days
EXTREME_FATIGUE = 9  # fatigue 9-10 ...
EXTREME_FATIGUE_DAYS = 2  # ... on 2 ...
EXTREME_FATIGUE_WINDOW = 3  # ... of the last 3 days
SLEEP_MEAN_DAYS = 7
SLEEP_MEAN_MIN_H = 7.0
SLEEP_MEAN_MIN_NIGHTS = 3  # nights logged in the 7 days before a mean is judged
SLEEP_SHORT_H = 6.0
SLEEP_SHORT_NIGHTS = 3
RHR_MEDIAN_DAYS = 30
RHR_MEDIAN_MIN_VALUES = 7  # a median needs at least a week of readings
RHR_RISE_BPM = 5
RHR_DAYS = 3  # on 3 ...
RHR_WINDOW = 4  # ... of the last 4 days

# --- medical ------------------------------------------------------------------------------------
ILLNESS_HARD_RPE = 7
BONE_SITES: tuple[str, ...] = (
    "shin",
    "tibia",
    "foot",
    "feet",
    "metatars",
    "hip",
    "femur",
    "femoral",
    "pelvis",
    "pelvic",
    "heel",
    "calcane",
    "sacrum",
)
BONE_PAIN_DAYS = 2  # bone-site pain on 2+ days ...
BONE_PAIN_WINDOW = 7  # ... within 7
PAIN_SEVERE = 6  # any pain score ≥ 6 while training continues
CYCLE_ABSENT_DAYS = 90
CYCLE_LONG_DAYS = 35

# --- nutrition ----------------------------------------------------------------------------------
NUTRITION_DAYS = 7  # 7-day windows
NUTRITION_MIN_LOGGED = 4  # at least 4 days with meals logged in the window
NUTRITION_MIN_MATCHED = 0.75  # "most" meal words matched to foods
NUTRITION_MIN_COVERAGE = 0.8  # a nutrient (energy first) known for most of the food eaten
WEIGHT_LOSS_PCT = 5.0
WEIGHT_LOSS_DAYS = 30
WEIGHT_MEDIAN_DAYS = 7
WEIGHT_MIN_READINGS = 3  # readings in each 7-day median
COMPLETE_HISTORY_DAYS = 60  # the runner's own complete days a day is compared with
COMPLETE_MIN_DECLARED = 3  # declared complete days needed to compare with them
COMPLETE_MIN_MEALS = 3  # with no declared days: breakfast, lunch and dinner
COMPLETE_KCAL_SHARE = 0.75  # energy at least 75 % of the runner's usual complete day
ENERGY_AVAILABILITY_MIN = 30.0  # kcal / kg FFM / day
CARBS_MIN_G_PER_KG = 5.0  # on days with an hour or more of training
CARBS_TRAINING_MIN = 60.0
CARBS_MIN_SHARE = 0.50
PROTEIN_MIN_G_PER_KG = 1.2
PROTEIN_MIN_SHARE = 0.10
FAT_MIN_SHARE = 0.20
FAT_MAX_SHARE = 0.35

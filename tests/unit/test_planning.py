from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import combinations, pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nudger.bot.words import window_label
from nudger.domain.languages import Language
from nudger.domain.planning import (
    DEFAULT_QUIET_END,
    DEFAULT_QUIET_START,
    EARLIEST,
    LATEST,
    MAX_PER_DAY,
    MIN_GAP,
    QUIET_ENDS,
    QUIET_STARTS,
    PlannedSlot,
    Schedule,
    ScheduleError,
    ScheduleProblem,
    Window,
    capacity,
    capacity_of,
    in_quiet_hours,
    local_day,
    next_send_time,
    plan_between,
    plan_day,
    plannable,
    quiet_start_today,
    validate_schedule,
)
from nudger.i18n.texts import shared_texts

M, A, E = Window.MORNING, Window.AFTERNOON, Window.EVENING

WINDOW_SETS: list[frozenset[Window]] = [
    frozenset(c) for n in range(1, 4) for c in combinations(Window, n)
]

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/St_Johns",
    "Pacific/Easter",
    "Asia/Kathmandu",
    "UTC",
]

# (zone, local date of a clock change in 2026)
DST_DAYS = [
    ("Europe/Berlin", date(2026, 3, 29)),
    ("Europe/Berlin", date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
    ("Australia/Lord_Howe", date(2026, 4, 5)),
    ("Australia/Lord_Howe", date(2026, 10, 4)),
]

# (zone, local date) of clock changes that land on or near a quiet-hours boundary
QUIET_EDGES = [
    ("Europe/Berlin", date(2026, 3, 29)),
    ("Europe/Berlin", date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
    ("America/Santiago", date(2026, 4, 4)),  # 00:00 -> 23:00 the evening before
    ("America/Santiago", date(2026, 9, 6)),  # 00:00 -> 01:00
    ("America/Havana", date(2026, 3, 8)),  # 00:00 -> 01:00
    ("America/Havana", date(2026, 11, 1)),  # 01:00 -> 00:00
    ("Pacific/Easter", date(2026, 4, 4)),  # 22:00 -> 21:00: 21:00-21:59 twice
    ("Pacific/Easter", date(2026, 9, 5)),  # 22:00 -> 23:00: 22:00-22:59 skipped
    ("America/Nuuk", date(2023, 3, 25)),  # 22:00 -> 23:00
    ("Europe/Athens", date(1979, 4, 1)),  # 09:00 -> 10:00
    ("Pacific/Apia", date(2011, 12, 30)),  # the whole day skipped
    ("Australia/Lord_Howe", date(2026, 4, 5)),
]

HYPOTHESIS = settings(max_examples=200, deadline=None, database=None)


def rng_for(seed: int) -> Callable[[date], random.Random]:
    """What callers do: one Random per local day, seeded by user, date and settings."""
    return lambda day: random.Random(f"{seed}:{day.isoformat()}")


def schedules_for(zone: str) -> list[Schedule]:
    return [
        Schedule(zone, per_day, windows)
        for windows in WINDOW_SETS
        for per_day in range(1, capacity(windows) + 1)
    ]


def assert_valid_day(s: Schedule, day: date, slots: Sequence[PlannedSlot], expected: int) -> None:
    """Every rule a planned day must keep."""
    zone = ZoneInfo(s.timezone)
    assert len(slots) == expected
    assert [p.slot for p in slots] == list(range(expected))
    assert list(slots) == sorted(slots)
    walls = []
    for p in slots:
        assert p.local_date == day
        assert p.due_at.utcoffset() == timedelta(0)
        assert (p.due_at.second, p.due_at.microsecond) == (0, 0)
        local = p.due_at.astimezone(zone)
        # The wall time exists, is read as its first occurrence, and maps back to this instant.
        assert local.fold == 0
        assert local.date() == day
        wall = local.replace(tzinfo=None)
        assert wall.replace(tzinfo=zone, fold=0).astimezone(UTC) == p.due_at
        assert EARLIEST <= wall.time() < LATEST
        assert s.quiet_end <= wall.time() < s.quiet_start
        assert not in_quiet_hours(p.due_at, s.timezone, s.quiet_start, s.quiet_end)
        assert any(w.start <= wall.time() < w.end for w in s.windows)
        walls.append(wall)
    assert len(set(walls)) == len(walls)
    for earlier, later in pairwise(slots):
        assert later.due_at - earlier.due_at >= MIN_GAP


def assert_valid_range(s: Schedule, slots: Sequence[PlannedSlot]) -> None:
    keys = [(p.local_date, p.slot) for p in slots]
    assert len(set(keys)) == len(keys)
    assert list(slots) == sorted(slots)
    walls = [p.due_at.astimezone(ZoneInfo(s.timezone)).replace(tzinfo=None) for p in slots]
    assert len(set(walls)) == len(walls)
    for p in slots:
        assert local_day(p.due_at, s.timezone) == p.local_date
    for earlier, later in pairwise(slots):
        assert later.due_at - earlier.due_at >= MIN_GAP


# --- windows and capacity ------------------------------------------------------


@pytest.mark.parametrize(
    ("window", "label", "start", "end"),
    [
        (M, "Morning", time(8), time(12)),
        (A, "Afternoon", time(12), time(17)),
        (E, "Evening", time(17), time(22)),
    ],
)
def test_window_label_and_bounds(window: Window, label: str, start: time, end: time) -> None:
    assert window_label(shared_texts().words(Language.EN), window) == label
    assert (window.start, window.end) == (start, end)
    assert EARLIEST <= window.start < window.end <= LATEST


@pytest.mark.parametrize(
    ("windows", "expected"),
    [
        (set(), 0),
        ({M}, 2),
        ({A}, 3),
        ({E}, 3),
        ({M, A}, 3),
        ({M, E}, 3),
        ({A, E}, 3),
        ({M, A, E}, 3),
    ],
)
def test_capacity(windows: set[Window], expected: int) -> None:
    assert capacity(windows) == expected
    assert capacity(list(windows)) == expected
    assert capacity(w for w in windows) == expected


def test_capacity_never_exceeds_max() -> None:
    assert all(capacity(ws) <= MAX_PER_DAY for ws in WINDOW_SETS)


# --- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        (Schedule("Mars/Olympus_Mons", 1, frozenset({M})), "unknown-zone"),
        (Schedule("", 1, frozenset({M})), "unknown-zone"),
        (Schedule("../../etc/passwd", 1, frozenset({M})), "unknown-zone"),
        (Schedule("America", 1, frozenset({M})), "unknown-zone"),
        (Schedule("/etc/localtime", 1, frozenset({M})), "unknown-zone"),
        (Schedule("Europe/Berlin", 0, frozenset({M})), "per-day"),
        (Schedule("Europe/Berlin", 4, frozenset(Window)), "per-day"),
        (Schedule("Europe/Berlin", -1, frozenset({E})), "per-day"),
        (Schedule("Europe/Berlin", 1, frozenset()), "no-windows"),
        (Schedule("Europe/Berlin", 3, frozenset({M})), "too-many: 3 asked, 2 fit"),
    ],
)
def test_validate_schedule_rejects(schedule: Schedule, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        validate_schedule(schedule)


def test_schedule_error_is_a_value_error() -> None:
    assert issubclass(ScheduleError, ValueError)


def test_schedule_error_says_why_and_how_many_fit() -> None:
    with pytest.raises(ScheduleError) as caught:
        validate_schedule(Schedule("Europe/Berlin", 3, frozenset({M})))
    assert (caught.value.problem, caught.value.fits) == (ScheduleProblem.TOO_MANY, 2)
    evening = Schedule("Europe/Berlin", 3, frozenset({E}), quiet_start=time(20))
    with pytest.raises(ScheduleError) as caught:
        validate_schedule(evening)
    assert (caught.value.problem, caught.value.fits) == (ScheduleProblem.TOO_MANY_QUIET, 2)
    with pytest.raises(ScheduleError) as caught:
        validate_schedule(Schedule("Europe/Berlin", 1, frozenset({M}), quiet_end=time(6)))
    assert caught.value.problem is ScheduleProblem.QUIET_END


@pytest.mark.parametrize("zone", ZONES)
def test_validate_schedule_accepts_everything_within_capacity(zone: str) -> None:
    for s in schedules_for(zone):
        validate_schedule(s)


def test_plan_day_rejects_more_than_capacity() -> None:
    with pytest.raises(ScheduleError):
        plan_day(Schedule("Europe/Berlin", 3, frozenset({M})), date(2026, 5, 1), random.Random(1))


# --- plan_day --------------------------------------------------------------------


@pytest.mark.parametrize(("zone", "day"), DST_DAYS)
def test_plan_day_on_clock_change_days(zone: str, day: date) -> None:
    tz = ZoneInfo(zone)
    offsets = {
        datetime.combine(day, time(0), tzinfo=tz).utcoffset(),
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).utcoffset(),
    }
    assert len(offsets) == 2, "the test date must be a clock-change day"
    for s in schedules_for(zone):
        for seed in range(3):
            slots = plan_day(s, day, random.Random(seed))
            assert_valid_day(s, day, slots, expected=s.per_day)


def test_ambiguous_evening_hour_uses_first_occurrence() -> None:
    # Easter Island turns its clocks back from 22:00 to 21:00 local, so 21:00-21:59
    # happens twice that evening; only the first (UTC-5) may be planned.
    s = Schedule("Pacific/Easter", 1, frozenset({E}))
    day = date(2025, 4, 5)
    tz = ZoneInfo(s.timezone)
    wall = datetime(2025, 4, 5, 21, 30)
    assert (
        wall.replace(tzinfo=tz, fold=0).utcoffset() != wall.replace(tzinfo=tz, fold=1).utcoffset()
    )
    late = []
    for seed in range(400):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=1)
        local = slots[0].due_at.astimezone(tz)
        if local.hour == 21:
            late.append(local)
    assert late, "some plans should fall in the ambiguous hour"
    assert all(t.utcoffset() == timedelta(hours=-5) for t in late)


def test_skipped_hour_inside_a_window_is_never_planned() -> None:
    # Athens jumped from 09:00 to 10:00 on 1979-04-01.
    s = Schedule("Europe/Athens", 2, frozenset({M}))
    day = date(1979, 4, 1)
    for seed in range(200):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=2)
        assert all(p.due_at.astimezone(ZoneInfo(s.timezone)).hour != 9 for p in slots)


def test_day_too_short_for_per_day_gets_as_many_as_fit() -> None:
    # Khartoum jumped from 12:00 to 13:00 on 2000-01-15: the afternoon had 4 real hours.
    s = Schedule("Africa/Khartoum", 3, frozenset({A}))
    day = date(2000, 1, 15)
    for seed in range(50):
        assert_valid_day(s, day, plan_day(s, day, random.Random(seed)), expected=2)
    assert len(plan_day(s, date(2000, 1, 16), random.Random(0))) == 3


def test_skipped_day_has_no_slots() -> None:
    # Samoa skipped 2011-12-30 entirely.
    s = Schedule("Pacific/Apia", 2, frozenset({M, E}))
    assert plan_day(s, date(2011, 12, 30), random.Random(0)) == []
    start = datetime(2011, 12, 28, tzinfo=UTC)
    slots = plan_between(s, start, start + timedelta(days=5), rng_for(1))
    assert_valid_range(s, slots)
    assert date(2011, 12, 30) not in {p.local_date for p in slots}
    assert {p.local_date for p in slots} >= {date(2011, 12, 29), date(2011, 12, 31)}


def test_same_seed_same_plan() -> None:
    s = Schedule("Europe/Berlin", 3, frozenset(Window))
    day = date(2026, 10, 25)
    assert plan_day(s, day, random.Random(42)) == plan_day(s, day, random.Random(42))


def test_different_seeds_give_different_plans() -> None:
    s = Schedule("Europe/Berlin", 2, frozenset({M, E}))
    day = date(2026, 6, 1)
    plans = {tuple(p.due_at for p in plan_day(s, day, random.Random(seed))) for seed in range(100)}
    assert len(plans) >= 95


def test_single_nudge_is_spread_over_the_window() -> None:
    s = Schedule("Europe/Berlin", 1, frozenset({M}))
    tz = ZoneInfo(s.timezone)
    minutes = []
    for seed in range(800):
        (p,) = plan_day(s, date(2026, 6, 1), random.Random(seed))
        local = p.due_at.astimezone(tz)
        minutes.append(local.hour * 60 + local.minute)
    assert min(minutes) < 8 * 60 + 10
    assert max(minutes) >= 11 * 60 + 50
    # Eight half-hour buckets, 100 expected in each (standard deviation about 9).
    buckets = Counter((m - 8 * 60) // 30 for m in minutes)
    assert sorted(buckets) == list(range(8))
    assert all(60 <= n <= 140 for n in buckets.values()), buckets


def test_single_nudge_picks_windows_by_their_length() -> None:
    s = Schedule("Asia/Kolkata", 1, frozenset(Window))
    tz = ZoneInfo(s.timezone)
    counts: Counter[Window] = Counter()
    for seed in range(350):
        (p,) = plan_day(s, date(2026, 6, 1), random.Random(seed))
        t = p.due_at.astimezone(tz).time()
        counts[next(w for w in Window if w.start <= t < w.end)] += 1
    # Expected 100 / 125 / 125 (4, 5 and 5 of 14 hours; standard deviation about 9).
    assert 65 <= counts[M] <= 135, counts
    assert 90 <= counts[A] <= 160, counts
    assert 90 <= counts[E] <= 160, counts


def test_three_a_day_use_the_whole_day() -> None:
    s = Schedule("America/New_York", 3, frozenset(Window))
    tz = ZoneInfo(s.timezone)
    firsts, lasts = [], []
    for seed in range(150):
        slots = plan_day(s, date(2026, 6, 1), random.Random(seed))
        firsts.append(slots[0].due_at.astimezone(tz).time())
        lasts.append(slots[-1].due_at.astimezone(tz).time())
    assert min(firsts) < time(9) and max(firsts) > time(14)
    assert min(lasts) < time(16) and max(lasts) > time(21)


# --- plan_between --------------------------------------------------


@pytest.mark.parametrize(("zone", "day"), DST_DAYS)
@pytest.mark.parametrize("windows", [frozenset(Window), frozenset({M}), frozenset({E})])
def test_plan_between_across_clock_change(zone: str, day: date, windows: frozenset[Window]) -> None:
    s = Schedule(zone, capacity(windows), windows)
    tz = ZoneInfo(zone)
    first, last = day - timedelta(days=3), day + timedelta(days=3)
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    slots = plan_between(s, start, end, rng_for(7))
    assert_valid_range(s, slots)
    assert Counter(p.local_date for p in slots) == {
        first + timedelta(days=i): s.per_day for i in range(7)
    }
    for d in {p.local_date for p in slots}:
        assert_valid_day(s, d, [p for p in slots if p.local_date == d], expected=s.per_day)
    # Planning again, or in overlapping pieces, gives the very same slots.
    assert plan_between(s, start, end, rng_for(7)) == slots
    middle = datetime.combine(day, time(12), tzinfo=tz).astimezone(UTC)
    pieces = plan_between(s, start, middle, rng_for(7)) + plan_between(s, middle, end, rng_for(7))
    assert pieces == slots


def test_plan_between_bounds_are_exclusive_then_inclusive() -> None:
    s = Schedule("Europe/Berlin", 2, frozenset({M, E}))
    day = date(2026, 6, 1)
    slots = plan_day(s, day, rng_for(3)(day))
    a, b = slots[0].due_at, slots[1].due_at
    assert plan_between(s, a, b, rng_for(3)) == [slots[1]]
    assert plan_between(s, a - timedelta(minutes=1), a, rng_for(3)) == [slots[0]]
    assert plan_between(s, b, a, rng_for(3)) == []
    assert plan_between(s, a, a, rng_for(3)) == []


def test_plan_between_accepts_any_aware_datetimes() -> None:
    s = Schedule("America/St_Johns", 3, frozenset(Window))
    tz = ZoneInfo("Asia/Kolkata")
    start = datetime(2026, 3, 1, tzinfo=tz)
    end = datetime(2026, 3, 10, tzinfo=tz)
    assert plan_between(s, start, end, rng_for(1)) == plan_between(
        s, start.astimezone(UTC), end.astimezone(UTC), rng_for(1)
    )


def test_naive_datetimes_are_rejected() -> None:
    s = Schedule("Europe/Berlin", 1, frozenset({M}))
    naive = datetime(2026, 6, 1, 12)
    aware = naive.replace(tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_between(s, naive, aware, rng_for(1))
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_between(s, aware, naive, rng_for(1))
    with pytest.raises(ValueError, match="timezone-aware"):
        local_day(naive, "Europe/Berlin")


# --- local_day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "zone", "expected"),
    [
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), "Europe/Berlin", date(2026, 3, 29)),
        (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), "Europe/Berlin", date(2026, 3, 28)),
        (datetime(2026, 3, 8, 4, 59, tzinfo=UTC), "America/New_York", date(2026, 3, 7)),
        (datetime(2026, 3, 8, 5, 0, tzinfo=UTC), "America/New_York", date(2026, 3, 8)),
        (datetime(2026, 6, 1, 18, 29, tzinfo=UTC), "Asia/Kolkata", date(2026, 6, 1)),
        (datetime(2026, 6, 1, 18, 30, tzinfo=UTC), "Asia/Kolkata", date(2026, 6, 2)),
        (datetime(2026, 6, 1, 11, 14, tzinfo=UTC), "Pacific/Chatham", date(2026, 6, 1)),
        (datetime(2026, 6, 1, 11, 15, tzinfo=UTC), "Pacific/Chatham", date(2026, 6, 2)),
        (datetime(2026, 12, 1, 10, 15, tzinfo=UTC), "Pacific/Chatham", date(2026, 12, 2)),
    ],
)
def test_local_day(at: datetime, zone: str, expected: date) -> None:
    assert local_day(at, zone) == expected


def test_local_day_rejects_unknown_zone() -> None:
    with pytest.raises(ScheduleError):
        local_day(datetime(2026, 6, 1, tzinfo=UTC), "Nowhere/Special")


# --- properties --------------------------------------------------------------------


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    windows = draw(st.sampled_from(WINDOW_SETS))
    quiet_start = draw(st.sampled_from(QUIET_STARTS))
    quiet_end = draw(st.sampled_from(QUIET_ENDS))
    fits = capacity(windows, quiet_start=quiet_start, quiet_end=quiet_end)
    per_day = draw(st.integers(1, fits))
    return Schedule(draw(st.sampled_from(ZONES)), per_day, windows, quiet_start, quiet_end)


days = st.one_of(
    st.sampled_from([d for _, d in DST_DAYS + QUIET_EDGES]),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
)
seeds = st.integers(min_value=0, max_value=2**32)


@HYPOTHESIS
@given(s=schedules(), day=days, seed=seeds)
def test_plan_day_properties(s: Schedule, day: date, seed: int) -> None:
    slots = plan_day(s, day, random.Random(seed))
    assert_valid_day(s, day, slots, expected=s.per_day)
    assert plan_day(s, day, random.Random(seed)) == slots


@settings(max_examples=100, deadline=None, database=None)
@given(
    s=schedules(),
    day=days,
    offset=st.integers(0, 24 * 60 - 1),
    span=st.integers(0, 4 * 24 * 60),
    cut=st.floats(0, 1),
    seed=seeds,
)
def test_plan_between_properties(
    s: Schedule, day: date, offset: int, span: int, cut: float, seed: int
) -> None:
    start = datetime.combine(day, time(0), tzinfo=UTC) + timedelta(minutes=offset)
    end = start + timedelta(minutes=span)
    slots = plan_between(s, start, end, rng_for(seed))
    assert_valid_range(s, slots)
    assert all(start < p.due_at <= end for p in slots)
    # Exactly the slots of the planned days that fall in the range.
    first, last = local_day(start, s.timezone), local_day(end, s.timezone)
    expected = [
        p
        for i in range((last - first).days + 1)
        for p in plan_day(s, first + timedelta(days=i), rng_for(seed)(first + timedelta(days=i)))
        if start < p.due_at <= end
    ]
    assert slots == expected
    middle = start + timedelta(minutes=round(span * cut))
    assert slots == plan_between(s, start, middle, rng_for(seed)) + plan_between(
        s, middle, end, rng_for(seed)
    )


@settings(max_examples=300, deadline=None, database=None)
@given(s=schedules(), day=days, seed=seeds)
def test_fast_path_for_days_without_a_clock_change_matches_the_general_one(
    s: Schedule, day: date, seed: int
) -> None:
    """plan_day skips the per-minute conversion on ordinary days; the draw must not change."""
    import nudger.domain.planning as planning

    fast = plan_day(s, day, random.Random(seed))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(planning, "_regular_day_base", lambda *_: None)
        general = plan_day(s, day, random.Random(seed))
    assert fast == general


# --- quiet hours: settings, capacity, validation -------------------------------------

NIGHT = time(20), time(21), time(22)
MORNING_END = time(7), time(8), time(9), time(10)


def utc(
    year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def local_times(s: Schedule, slots: Sequence[PlannedSlot]) -> list[time]:
    return [p.due_at.astimezone(ZoneInfo(s.timezone)).time() for p in slots]


def test_quiet_hour_choices_and_defaults() -> None:
    assert QUIET_STARTS == NIGHT
    assert QUIET_ENDS == MORNING_END
    assert time(22) == DEFAULT_QUIET_START
    assert time(8) == DEFAULT_QUIET_END
    s = Schedule("Europe/Berlin", 2, frozenset({M, E}))
    assert (s.quiet_start, s.quiet_end) == (time(22), time(8))
    assert s == Schedule("Europe/Berlin", 2, frozenset({M, E}), time(22), time(8))
    assert s != Schedule("Europe/Berlin", 2, frozenset({M, E}), time(21), time(8))


@pytest.mark.parametrize(
    ("windows", "quiet_start", "quiet_end", "expected"),
    [
        ({M}, time(22), time(10), 1),  # 10:00-11:59
        ({M}, time(22), time(9), 2),  # 09:00 and 11:00
        ({M}, time(22), time(7), 2),  # 07:00 does not widen the morning
        ({M}, time(20), time(10), 1),
        ({E}, time(20), time(8), 2),  # 17:00-19:59
        ({E}, time(21), time(8), 2),  # 17:00, 19:00 and 21:00 would need 21:00
        ({E}, time(22), time(8), 3),
        ({A}, time(20), time(10), 3),
        ({M, A}, time(22), time(10), 3),
        ({M, E}, time(20), time(10), 3),  # 10:00, 17:00, 19:00
    ],
)
def test_capacity_with_quiet_hours(
    windows: set[Window], quiet_start: time, quiet_end: time, expected: int
) -> None:
    assert capacity(windows, quiet_start=quiet_start, quiet_end=quiet_end) == expected
    s = Schedule("Europe/Berlin", 1, frozenset(windows), quiet_start, quiet_end)
    assert capacity_of(s) == expected


def test_capacity_defaults_are_the_old_capacity() -> None:
    for windows in WINDOW_SETS:
        old = capacity(windows)
        assert capacity(windows, quiet_start=time(22), quiet_end=time(8)) == old
        assert capacity_of(Schedule("UTC", 1, windows)) == old


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        (
            Schedule("Europe/Berlin", 3, frozenset({E}), quiet_start=time(20)),
            "too-many-quiet: 3 asked, 2 fit",
        ),
        (
            Schedule("Europe/Berlin", 3, frozenset({E}), quiet_start=time(21)),
            "too-many-quiet: 3 asked, 2 fit",
        ),
        (
            Schedule("Europe/Berlin", 2, frozenset({M}), quiet_end=time(10)),
            "too-many-quiet: 2 asked, 1 fit",
        ),
        (
            Schedule("Europe/Berlin", 3, frozenset({M}), quiet_end=time(7)),
            "too-many: 3 asked, 2 fit",  # quiet hours are not to blame
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_start=time(23)),
            "quiet-start: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_start=time(19)),
            "quiet-start: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_start=time(21, 30)),
            "quiet-start: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_start=time(22, tzinfo=UTC)),
            "quiet-start: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_end=time(6)),
            "quiet-end: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_end=time(11)),
            "quiet-end: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_end=time(8, 30)),
            "quiet-end: ",
        ),
        (
            Schedule("Europe/Berlin", 1, frozenset({M}), quiet_start=time(8), quiet_end=time(22)),
            "quiet-start: ",
        ),
    ],
)
def test_validate_schedule_rejects_quiet_hours(schedule: Schedule, message: str) -> None:
    with pytest.raises(ScheduleError, match=re.escape(message)):
        validate_schedule(schedule)
    with pytest.raises(ScheduleError, match=re.escape(message)):
        plan_day(schedule, date(2026, 6, 1), random.Random(0))


def test_quiet_hours_refuse_only_what_no_longer_fits() -> None:
    evening = frozenset({E})
    validate_schedule(Schedule("Europe/Berlin", 3, evening))
    validate_schedule(Schedule("Europe/Berlin", 2, evening, quiet_start=time(20)))
    with pytest.raises(ScheduleError, match="too-many-quiet"):
        validate_schedule(Schedule("Europe/Berlin", 3, evening, quiet_start=time(20)))
    validate_schedule(Schedule("Europe/Berlin", 1, frozenset({M}), quiet_end=time(10)))
    # Adding a time of day makes room again.
    validate_schedule(Schedule("Europe/Berlin", 3, frozenset({M, E}), time(20), time(10)))


@pytest.mark.parametrize("zone", ZONES)
def test_validate_schedule_accepts_everything_within_capacity_with_quiet_hours(zone: str) -> None:
    for windows in WINDOW_SETS:
        for quiet_start in QUIET_STARTS:
            for quiet_end in QUIET_ENDS:
                fits = capacity(windows, quiet_start=quiet_start, quiet_end=quiet_end)
                assert fits >= 1
                for per_day in range(1, fits + 1):
                    validate_schedule(Schedule(zone, per_day, windows, quiet_start, quiet_end))


def test_capacity_rejects_unknown_quiet_times() -> None:
    with pytest.raises(ScheduleError, match="quiet-start"):
        capacity({E}, quiet_start=time(23))
    with pytest.raises(ScheduleError, match="quiet-end"):
        capacity({M}, quiet_end=time(6))


# --- quiet hours: planning -------------------------------------------------------------


def test_quiet_start_narrows_the_evening() -> None:
    day = date(2026, 6, 1)
    quiet = Schedule("Europe/Berlin", 2, frozenset({E}), quiet_start=time(20))
    loud = Schedule("Europe/Berlin", 2, frozenset({E}))
    times: list[time] = []
    for seed in range(300):
        slots = plan_day(quiet, day, random.Random(seed))
        assert_valid_day(quiet, day, slots, expected=2)
        times.extend(local_times(quiet, slots))
    assert all(time(17) <= t < time(20) for t in times)
    assert min(times) < time(17, 5)
    assert max(times) >= time(19, 55)
    # Without quiet hours the same draws reach past 20:00.
    assert any(
        t >= time(20)
        for seed in range(300)
        for t in local_times(loud, plan_day(loud, day, random.Random(seed)))
    )


def test_quiet_end_narrows_the_morning() -> None:
    day = date(2026, 6, 1)
    s = Schedule("America/New_York", 1, frozenset({M}), quiet_end=time(10))
    times: list[time] = []
    for seed in range(400):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=1)
        times.extend(local_times(s, slots))
    assert all(time(10) <= t < time(12) for t in times)
    assert min(times) < time(10, 10)
    assert max(times) >= time(11, 50)


def test_quiet_hours_narrow_both_ends_of_the_day() -> None:
    s = Schedule("Asia/Kolkata", 3, frozenset(Window), quiet_start=time(20), quiet_end=time(9))
    day = date(2026, 6, 1)
    firsts, lasts = [], []
    for seed in range(200):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=3)
        firsts.append(local_times(s, slots)[0])
        lasts.append(local_times(s, slots)[-1])
    assert min(firsts) >= time(9) and min(firsts) < time(9, 30)
    assert max(lasts) < time(20) and max(lasts) >= time(19, 30)


@pytest.mark.parametrize(
    ("zone", "day"), [(z, d) for z, d in DST_DAYS] + [("UTC", date(2026, 6, 1))]
)
def test_quiet_end_at_seven_changes_no_plan(zone: str, day: date) -> None:
    """Quiet hours only narrow the windows: ending them at 07:00 plans exactly as 08:00."""
    for s in schedules_for(zone):
        early = Schedule(zone, s.per_day, s.windows, quiet_end=time(7))
        for seed in range(3):
            assert plan_day(early, day, random.Random(seed)) == plan_day(
                s, day, random.Random(seed)
            )


# Recorded with the planner as it was before quiet hours existed (rng seeded "7:<date>").
PRE_QUIET_PLANS = [
    (
        "Europe/Berlin",
        3,
        frozenset(Window),
        date(2026, 6, 1),
        ["2026-06-01T06:37Z", "2026-06-01T12:41Z", "2026-06-01T18:10Z"],
    ),
    (
        "Europe/Berlin",
        2,
        frozenset({M, E}),
        date(2026, 3, 29),
        ["2026-03-29T15:14Z", "2026-03-29T18:26Z"],
    ),
    ("America/New_York", 1, frozenset({E}), date(2026, 11, 1), ["2026-11-01T22:35Z"]),
    (
        "Australia/Lord_Howe",
        3,
        frozenset({A, E}),
        date(2026, 10, 4),
        ["2026-10-04T01:00Z", "2026-10-04T07:16Z", "2026-10-04T10:40Z"],
    ),
    (
        "Asia/Kolkata",
        2,
        frozenset({M}),
        date(2027, 2, 14),
        ["2027-02-14T03:15Z", "2027-02-14T05:21Z"],
    ),
]


@pytest.mark.parametrize(("zone", "per_day", "windows", "day", "expected"), PRE_QUIET_PLANS)
def test_default_quiet_hours_keep_existing_plans(
    zone: str, per_day: int, windows: frozenset[Window], day: date, expected: list[str]
) -> None:
    def draw(s: Schedule) -> list[PlannedSlot]:
        return plan_day(s, day, random.Random(f"7:{day.isoformat()}"))

    without = Schedule(zone, per_day, windows)
    assert [p.due_at.strftime("%Y-%m-%dT%H:%MZ") for p in draw(without)] == expected
    explicit = Schedule(zone, per_day, windows, quiet_start=time(22), quiet_end=time(8))
    assert draw(explicit) == draw(without)
    narrower = Schedule(zone, per_day, windows, quiet_start=time(20), quiet_end=time(10))
    if capacity_of(narrower) >= per_day:
        assert draw(narrower) != draw(without)


@pytest.mark.parametrize(("zone", "day"), [e for e in QUIET_EDGES if e[0] != "Pacific/Apia"])
@pytest.mark.parametrize(("quiet_start", "quiet_end"), [(time(20), time(10)), (time(21), time(9))])
def test_plan_day_with_quiet_hours_on_clock_change_days(
    zone: str, day: date, quiet_start: time, quiet_end: time
) -> None:
    for windows in WINDOW_SETS:
        fits = capacity(windows, quiet_start=quiet_start, quiet_end=quiet_end)
        for per_day in range(1, fits + 1):
            s = Schedule(zone, per_day, windows, quiet_start, quiet_end)
            slots = plan_day(s, day, random.Random(per_day))
            # Athens lost 09:00-09:59 of its morning that day; one fewer may fit there.
            short = zone == "Europe/Athens" and M in windows
            assert_valid_day(s, day, slots, expected=len(slots) if short else per_day)
            assert len(slots) >= per_day - 1


def test_quiet_end_in_a_skipped_hour() -> None:
    # Athens jumped from 09:00 to 10:00 on 1979-04-01: with quiet hours until 09:00 the
    # morning started at 10:00 and held two real hours, room for a single nudge.
    s = Schedule("Europe/Athens", 2, frozenset({M}), quiet_end=time(9))
    day = date(1979, 4, 1)
    for seed in range(50):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=1)
        assert local_times(s, slots)[0] >= time(10)
    assert len(plan_day(s, date(1979, 4, 2), random.Random(0))) == 2


def test_doubled_hour_at_quiet_start_is_never_planned() -> None:
    # Easter Island: 21:00-21:59 happened twice on 2026-04-04. Quiet from 21:00 means
    # neither occurrence may be planned.
    s = Schedule("Pacific/Easter", 2, frozenset({E}), quiet_start=time(21))
    day = date(2026, 4, 4)
    times: list[time] = []
    for seed in range(300):
        slots = plan_day(s, day, random.Random(seed))
        assert_valid_day(s, day, slots, expected=2)
        times.extend(local_times(s, slots))
    assert max(times) < time(21) and max(times) >= time(20, 50)


# --- quiet hours: in_quiet_hours, next_send_time, quiet_start_today --------------------


@pytest.mark.parametrize(
    ("zone", "at", "quiet_start", "quiet_end", "expected"),
    [
        # An ordinary Berlin day (UTC+2): quiet before 08:00 and from 22:00.
        ("Europe/Berlin", utc(2026, 6, 1, 5, 59), time(22), time(8), True),
        ("Europe/Berlin", utc(2026, 6, 1, 6, 0), time(22), time(8), False),
        ("Europe/Berlin", utc(2026, 6, 1, 19, 59, 59), time(22), time(8), False),
        ("Europe/Berlin", utc(2026, 6, 1, 20, 0), time(22), time(8), True),
        ("Europe/Berlin", utc(2026, 6, 1, 17, 59), time(20), time(7), False),
        ("Europe/Berlin", utc(2026, 6, 1, 18, 0), time(20), time(7), True),
        # Quiet hours ending at 07:00 allow sending at 07:00, though nudges wait for 08:00.
        ("Europe/Berlin", utc(2026, 6, 1, 5, 0), time(22), time(7), False),
        ("Europe/Berlin", utc(2026, 6, 1, 4, 59), time(22), time(7), True),
        # Berlin, clocks forward at 02:00 (01:00 UTC): 08:00 CEST is 06:00 UTC.
        ("Europe/Berlin", utc(2026, 3, 29, 5, 59), time(22), time(8), True),
        ("Europe/Berlin", utc(2026, 3, 29, 6, 0), time(22), time(8), False),
        # Berlin, clocks back at 03:00 (01:00 UTC): 08:00 CET is 07:00 UTC.
        ("Europe/Berlin", utc(2026, 10, 25, 6, 59), time(22), time(8), True),
        ("Europe/Berlin", utc(2026, 10, 25, 7, 0), time(22), time(8), False),
        # New York, clocks back at 02:00 EDT (06:00 UTC): 08:00 EST is 13:00 UTC.
        ("America/New_York", utc(2026, 11, 1, 12, 59), time(22), time(8), True),
        ("America/New_York", utc(2026, 11, 1, 13, 0), time(22), time(8), False),
        ("America/New_York", utc(2026, 11, 2, 1, 59), time(21), time(8), False),  # 20:59 EST
        ("America/New_York", utc(2026, 11, 2, 2, 0), time(21), time(8), True),
        # Easter Island turned back 22:00 -> 21:00 on 2026-04-04 (03:00 UTC).
        ("Pacific/Easter", utc(2026, 4, 5, 1, 59), time(21), time(8), False),  # 20:59 -05
        ("Pacific/Easter", utc(2026, 4, 5, 2, 0), time(21), time(8), True),  # first 21:00
        ("Pacific/Easter", utc(2026, 4, 5, 3, 30), time(21), time(8), True),  # second 21:30
        ("Pacific/Easter", utc(2026, 4, 5, 2, 30), time(22), time(8), False),  # first 21:30
        ("Pacific/Easter", utc(2026, 4, 5, 3, 59), time(22), time(8), False),  # second 21:59
        ("Pacific/Easter", utc(2026, 4, 5, 4, 0), time(22), time(8), True),  # 22:00 -06
        # Easter Island skipped 22:00-22:59 on 2026-09-05 (04:00 UTC): quiet from 22:00
        # begins at the change.
        ("Pacific/Easter", utc(2026, 9, 6, 3, 59, 59), time(22), time(8), False),  # 21:59:59
        ("Pacific/Easter", utc(2026, 9, 6, 4, 0), time(22), time(8), True),  # 23:00 -05
        # Athens skipped 09:00-09:59 on 1979-04-01 (07:00 UTC).
        ("Europe/Athens", utc(1979, 4, 1, 6, 59, 59), time(22), time(9), True),  # 08:59:59
        ("Europe/Athens", utc(1979, 4, 1, 7, 0), time(22), time(9), False),  # 10:00 +03
        ("Europe/Athens", utc(1979, 4, 1, 6, 59, 59), time(22), time(8), False),
    ],
)
def test_in_quiet_hours(
    zone: str, at: datetime, quiet_start: time, quiet_end: time, expected: bool
) -> None:
    assert in_quiet_hours(at, zone, quiet_start, quiet_end) is expected
    other = at.astimezone(ZoneInfo("Asia/Kathmandu"))
    assert in_quiet_hours(other, zone, quiet_start, quiet_end) is expected


@pytest.mark.parametrize(
    ("zone", "at", "quiet_start", "quiet_end", "expected", "expected_wall"),
    [
        # Berlin, clocks forward 02:00 -> 03:00: the night is an hour shorter.
        ("Europe/Berlin", utc(2026, 3, 29, 0, 30), time(22), time(8), utc(2026, 3, 29, 6), "08:00"),
        ("Europe/Berlin", utc(2026, 3, 29, 1, 0), time(22), time(8), utc(2026, 3, 29, 6), "08:00"),
        (
            "Europe/Berlin",
            utc(2026, 3, 28, 20, 30),
            time(21),
            time(8),
            utc(2026, 3, 29, 6),
            "08:00",
        ),
        # Berlin, clocks back 03:00 -> 02:00: both 02:30s wait for 08:00 CET.
        (
            "Europe/Berlin",
            utc(2026, 10, 25, 0, 30),
            time(22),
            time(8),
            utc(2026, 10, 25, 7),
            "08:00",
        ),
        (
            "Europe/Berlin",
            utc(2026, 10, 25, 1, 30),
            time(22),
            time(8),
            utc(2026, 10, 25, 7),
            "08:00",
        ),
        # New York forward (07:00 UTC) and back (06:00 UTC).
        (
            "America/New_York",
            utc(2026, 3, 8, 6, 30),
            time(22),
            time(7),
            utc(2026, 3, 8, 11),
            "07:00",
        ),
        ("America/New_York", utc(2026, 3, 8, 2), time(21), time(10), utc(2026, 3, 8, 14), "10:00"),
        (
            "America/New_York",
            utc(2026, 11, 1, 5, 30),
            time(22),
            time(8),
            utc(2026, 11, 1, 13),
            "08:00",
        ),
        (
            "America/New_York",
            utc(2026, 11, 1, 6, 30),
            time(22),
            time(8),
            utc(2026, 11, 1, 13),
            "08:00",
        ),
        # Santiago changes at midnight: back 00:00 -> 23:00 (03:00 UTC), both 23:30s ...
        (
            "America/Santiago",
            utc(2026, 4, 5, 2, 30),
            time(22),
            time(8),
            utc(2026, 4, 5, 12),
            "08:00",
        ),
        (
            "America/Santiago",
            utc(2026, 4, 5, 3, 30),
            time(22),
            time(8),
            utc(2026, 4, 5, 12),
            "08:00",
        ),
        # ... and forward 00:00 -> 01:00 (04:00 UTC).
        (
            "America/Santiago",
            utc(2026, 9, 6, 3, 30),
            time(22),
            time(9),
            utc(2026, 9, 6, 12),
            "09:00",
        ),
        ("America/Havana", utc(2026, 3, 8, 4, 30), time(20), time(7), utc(2026, 3, 8, 11), "07:00"),
        (
            "America/Havana",
            utc(2026, 11, 1, 5, 30),
            time(20),
            time(8),
            utc(2026, 11, 1, 13),
            "08:00",
        ),
        # Athens skipped 09:00-09:59: quiet until 09:00 ends at the change, 10:00 local.
        ("Europe/Athens", utc(1979, 4, 1, 6, 30), time(22), time(9), utc(1979, 4, 1, 7), "10:00"),
        ("Europe/Athens", utc(1979, 4, 1, 6, 30), time(22), time(10), utc(1979, 4, 1, 7), "10:00"),
        ("Europe/Athens", utc(1979, 4, 1, 3, 0), time(22), time(8), utc(1979, 4, 1, 6), "08:00"),
        # Easter Island: the second 21:30 is still inside quiet hours that began at the first.
        ("Pacific/Easter", utc(2026, 4, 5, 3, 30), time(21), time(8), utc(2026, 4, 5, 14), "08:00"),
        # Casey and Dumont d'Urville started their clocks at 00:00 -> 08:00 and 00:00 -> 10:00:
        # a quiet end inside the skipped hours ends at the change.
        ("Antarctica/Casey", utc(1968, 12, 31, 23), time(22), time(7), utc(1969, 1, 1, 0), "08:00"),
        (
            "Antarctica/DumontDUrville",
            utc(1956, 10, 31, 22),
            time(22),
            time(9),
            utc(1956, 11, 1, 0),
            "10:00",
        ),
        # Samoa skipped 2011-12-30: the night of the 29th ends on the morning of the 31st.
        ("Pacific/Apia", utc(2011, 12, 30, 9), time(22), time(8), utc(2011, 12, 30, 18), "08:00"),
    ],
)
def test_next_send_time_waits_for_the_end_of_quiet_hours(
    zone: str,
    at: datetime,
    quiet_start: time,
    quiet_end: time,
    expected: datetime,
    expected_wall: str,
) -> None:
    assert in_quiet_hours(at, zone, quiet_start, quiet_end)
    got = next_send_time(at, zone, quiet_start, quiet_end)
    assert got == expected
    assert got.tzinfo is UTC
    assert got.astimezone(ZoneInfo(zone)).strftime("%H:%M") == expected_wall
    assert not in_quiet_hours(got, zone, quiet_start, quiet_end)
    assert in_quiet_hours(got - timedelta(seconds=1), zone, quiet_start, quiet_end)


KOLKATA = ZoneInfo("Asia/Kolkata")


@pytest.mark.parametrize(
    ("zone", "at", "quiet_start", "quiet_end"),
    [
        ("Europe/Berlin", datetime(2026, 6, 1, 15, 30, 12, tzinfo=KOLKATA), time(20), time(10)),
        ("Europe/Berlin", utc(2026, 6, 1, 6, 0), time(22), time(8)),  # exactly 08:00
        ("Europe/Berlin", utc(2026, 6, 1, 17, 59, 59, 999999), time(20), time(8)),
        ("Europe/Berlin", utc(2026, 10, 25, 6, 0), time(22), time(7)),  # 07:00 CET
        ("Pacific/Easter", utc(2026, 4, 5, 3, 30), time(22), time(8)),  # second 21:30
    ],
)
def test_next_send_time_outside_quiet_hours_is_now(
    zone: str, at: datetime, quiet_start: time, quiet_end: time
) -> None:
    assert not in_quiet_hours(at, zone, quiet_start, quiet_end)
    got = next_send_time(at, zone, quiet_start, quiet_end)
    assert got == at
    assert got.tzinfo is UTC


@pytest.mark.parametrize(
    ("zone", "at", "quiet_start", "expected"),
    [
        ("Europe/Berlin", utc(2026, 6, 1, 10), time(20), utc(2026, 6, 1, 18)),
        # Early morning, still in last night's quiet hours: tonight's start.
        ("Europe/Berlin", utc(2026, 6, 1, 1), time(22), utc(2026, 6, 1, 20)),
        ("Europe/Berlin", utc(2026, 6, 1, 18, 59, 59), time(21), utc(2026, 6, 1, 19)),
        ("Europe/Berlin", utc(2026, 6, 1, 19), time(21), None),  # exactly 21:00
        ("Europe/Berlin", utc(2026, 6, 1, 21, 59), time(20), None),  # 23:59
        # The Berlin spring-forward day starts quiet hours at 22:00 CEST.
        ("Europe/Berlin", utc(2026, 3, 28, 23, 30), time(22), utc(2026, 3, 29, 20)),
        # Easter Island, 21:00-21:59 twice: quiet from 21:00 begins at the first 21:00 ...
        ("Pacific/Easter", utc(2026, 4, 5, 1), time(21), utc(2026, 4, 5, 2)),
        ("Pacific/Easter", utc(2026, 4, 5, 3, 30), time(21), None),
        # ... and quiet from 22:00 after the second 21:59.
        ("Pacific/Easter", utc(2026, 4, 5, 2, 30), time(22), utc(2026, 4, 5, 4)),
        # Easter Island and Nuuk skipped 22:00-22:59: quiet from 22:00 begins at the change.
        ("Pacific/Easter", utc(2026, 9, 6, 2), time(22), utc(2026, 9, 6, 4)),
        ("America/Nuuk", utc(2023, 3, 25, 15), time(22), utc(2023, 3, 26, 1)),
        # Santiago: the evening before the 00:00 -> 23:00 change.
        ("America/Santiago", utc(2026, 4, 4, 15), time(20), utc(2026, 4, 4, 23)),
    ],
)
def test_quiet_start_today(
    zone: str, at: datetime, quiet_start: time, expected: datetime | None
) -> None:
    got = quiet_start_today(at, zone, quiet_start)
    assert got == expected
    assert quiet_start_today(at.astimezone(KOLKATA), zone, quiet_start) == expected
    if got is not None:
        assert got.tzinfo is UTC
        assert in_quiet_hours(got, zone, quiet_start, time(8))
        assert not in_quiet_hours(got - timedelta(seconds=1), zone, quiet_start, time(8))


def test_quiet_helpers_reject_bad_input() -> None:
    aware = utc(2026, 6, 1, 12)
    naive = datetime(2026, 6, 1, 12)
    with pytest.raises(ValueError, match="timezone-aware"):
        in_quiet_hours(naive, "Europe/Berlin", time(22), time(8))
    with pytest.raises(ValueError, match="timezone-aware"):
        next_send_time(naive, "Europe/Berlin", time(22), time(8))
    with pytest.raises(ValueError, match="timezone-aware"):
        quiet_start_today(naive, "Europe/Berlin", time(22))
    with pytest.raises(ScheduleError, match="unknown-zone"):
        in_quiet_hours(aware, "Nowhere/Special", time(22), time(8))
    with pytest.raises(ScheduleError, match="unknown-zone"):
        next_send_time(aware, "Nowhere/Special", time(22), time(8))
    with pytest.raises(ScheduleError, match="unknown-zone"):
        quiet_start_today(aware, "Nowhere/Special", time(22))
    with pytest.raises(ScheduleError, match="quiet-start"):
        in_quiet_hours(aware, "Europe/Berlin", time(23), time(8))
    with pytest.raises(ScheduleError, match="quiet-end"):
        next_send_time(aware, "Europe/Berlin", time(22), time(11))
    with pytest.raises(ScheduleError, match="quiet-start"):
        quiet_start_today(aware, "Europe/Berlin", time(8))


edge_instants = st.builds(
    lambda edge, seconds: (edge[0], utc(edge[1].year, edge[1].month, edge[1].day, 12) + seconds),
    st.sampled_from(
        [
            *QUIET_EDGES,
            ("Asia/Kolkata", date(2026, 6, 1)),
            ("Antarctica/Casey", date(1969, 1, 1)),  # 00:00 -> 08:00
            ("Antarctica/DumontDUrville", date(1956, 11, 1)),  # 00:00 -> 10:00
        ]
    ),
    st.integers(-2 * 86400, 2 * 86400).map(lambda n: timedelta(seconds=n)),
)


@settings(max_examples=150, deadline=None, database=None)
@given(
    edge=edge_instants,
    quiet_start=st.sampled_from(QUIET_STARTS),
    quiet_end=st.sampled_from(QUIET_ENDS),
)
def test_quiet_hours_properties(
    edge: tuple[str, datetime], quiet_start: time, quiet_end: time
) -> None:
    zone, at = edge
    tz = ZoneInfo(zone)

    def quiet(t: datetime) -> bool:
        return in_quiet_hours(t, zone, quiet_start, quiet_end)

    # Away from a repeated hour, quiet hours are simply the wall clock.
    local = at.astimezone(tz)
    if local.fold == 0:
        assert quiet(at) is not (quiet_end <= local.time() < quiet_start)

    # next_send_time: the first instant at or after `at` outside quiet hours.
    sent = next_send_time(at, zone, quiet_start, quiet_end)
    assert sent.tzinfo is UTC
    assert sent >= at
    assert not quiet(sent)
    if not quiet(at):
        assert sent == at
    else:
        assert quiet(sent - timedelta(seconds=1))
        minute = at.replace(second=0, microsecond=0) + timedelta(minutes=1)
        while minute < sent:
            assert quiet(minute)
            minute += timedelta(minutes=1)

    # quiet_start_today: when tonight's quiet hours begin, if still ahead.
    start = quiet_start_today(at, zone, quiet_start)
    if start is None:
        assert quiet(at)
        assert local.time() >= quiet_start or local.fold == 1
    else:
        assert start > at
        assert quiet(start)
        assert not quiet(start - timedelta(seconds=1))
        assert local_day(start - timedelta(seconds=1), zone) == local.date()


@pytest.mark.parametrize(
    ("local", "quiet", "expected"),
    [
        (time(8, 0), (22, 8), True),
        (time(7, 59), (22, 8), False),
        (time(21, 59), (22, 8), True),
        (time(22, 0), (22, 8), False),
        (time(19, 59), (20, 8), True),
        (time(20, 0), (20, 8), False),
        (time(9, 59), (22, 10), False),
        (time(8, 0), (22, 7), True),  # a 07:00 quiet end doesn't open 07:00-08:00 to plans
        (time(7, 30), (22, 7), False),
    ],
)
def test_plannable_is_the_window_planning_draws_from(
    local: time, quiet: tuple[int, int], expected: bool
) -> None:
    s = Schedule(
        timezone="Europe/Berlin",
        per_day=1,
        windows=frozenset(Window),
        quiet_start=time(quiet[0]),
        quiet_end=time(quiet[1]),
    )
    at = datetime.combine(date(2026, 11, 23), local, tzinfo=ZoneInfo("Europe/Berlin"))
    assert plannable(at, s) is expected

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import combinations, pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nudger.domain.planning import (
    EARLIEST,
    LATEST,
    MAX_PER_DAY,
    MIN_GAP,
    PlannedSlot,
    Schedule,
    ScheduleError,
    Window,
    capacity,
    local_day,
    plan_between,
    plan_day,
    validate_schedule,
)

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
    assert window.label == label
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
        (Schedule("Mars/Olympus_Mons", 1, frozenset({M})), "time zone"),
        (Schedule("", 1, frozenset({M})), "time zone"),
        (Schedule("../../etc/passwd", 1, frozenset({M})), "time zone"),
        (Schedule("America", 1, frozenset({M})), "time zone"),
        (Schedule("/etc/localtime", 1, frozenset({M})), "time zone"),
        (Schedule("Europe/Berlin", 0, frozenset({M})), "between 1 and 3"),
        (Schedule("Europe/Berlin", 4, frozenset(Window)), "between 1 and 3"),
        (Schedule("Europe/Berlin", -1, frozenset({E})), "between 1 and 3"),
        (Schedule("Europe/Berlin", 1, frozenset()), "at least one"),
        (Schedule("Europe/Berlin", 3, frozenset({M})), "At most 2 nudges fit in the morning"),
    ],
)
def test_validate_schedule_rejects(schedule: Schedule, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        validate_schedule(schedule)


def test_schedule_error_is_a_value_error() -> None:
    assert issubclass(ScheduleError, ValueError)


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
    per_day = draw(st.integers(1, capacity(windows)))
    return Schedule(draw(st.sampled_from(ZONES)), per_day, windows)


days = st.one_of(
    st.sampled_from([d for _, d in DST_DAYS]),
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

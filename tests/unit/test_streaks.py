from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nudger.domain.streaks import (
    current_streak,
    longest_streak,
    week_start,
)

TODAY = date(2026, 11, 27)


def ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


@pytest.mark.parametrize(
    ("done", "current", "longest"),
    [
        pytest.param([], 0, 0, id="empty"),
        pytest.param(ago(0), 1, 1, id="only-today"),
        pytest.param(ago(1), 1, 1, id="only-yesterday-today-still-open"),
        pytest.param(ago(2), 0, 1, id="day-before-yesterday-is-broken"),
        pytest.param(ago(0, 1, 2), 3, 3, id="three-ending-today"),
        pytest.param(ago(1, 2, 3), 3, 3, id="three-ending-yesterday"),
        pytest.param(ago(0, 1, 3, 4, 5, 6), 2, 4, id="gap-longer-run-before"),
        pytest.param(ago(0, 1, 2, 4, 5), 3, 3, id="gap-current-is-longest"),
        pytest.param(ago(5, 6, 7, 8, 20), 0, 4, id="old-runs-only"),
        pytest.param(ago(0, 0, 1, 1, 1), 2, 2, id="duplicates"),
        pytest.param(ago(-1), 0, 1, id="tomorrow-does-not-count"),
    ],
)
def test_streaks(done: list[date], current: int, longest: int) -> None:
    assert current_streak(done, TODAY) == current
    assert longest_streak(done) == longest


def test_streak_across_month_and_year() -> None:
    done = {date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)}
    assert current_streak(done, date(2027, 1, 2)) == 4
    assert current_streak(done, date(2027, 1, 3)) == 4
    assert current_streak(done, date(2027, 1, 4)) == 0
    assert longest_streak(done) == 4
    assert longest_streak({date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)}) == 3


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 11, 23), date(2026, 11, 23)),
        (date(2026, 11, 25), date(2026, 11, 23)),
        (date(2026, 11, 29), date(2026, 11, 23)),
        (date(2026, 11, 30), date(2026, 11, 30)),
        (date(2026, 1, 1), date(2025, 12, 29)),
        (date(2027, 1, 3), date(2026, 12, 28)),
    ],
)
def test_week_start(day: date, monday: date) -> None:
    assert week_start(day) == monday


day_sets = st.sets(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 3, 31)), max_size=60)
days = st.dates(min_value=date(2025, 12, 1), max_value=date(2026, 4, 30))


@settings(max_examples=200, deadline=None, database=None)
@given(done=day_sets, today=days)
def test_streak_properties(done: set[date], today: date) -> None:
    current = current_streak(done, today)
    assert 0 <= current <= longest_streak(done) <= len(done)
    assert (current > 0) == bool({today, today - timedelta(days=1)} & done)
    # The run counted is really there, unbroken.
    end = today if today in done else today - timedelta(days=1)
    assert all(end - timedelta(days=i) in done for i in range(current))
    assert end - timedelta(days=current) not in done
    # A done today extends the run that ended yesterday by one.
    if today not in done:
        assert current_streak(done | {today}, today) == current + 1


@settings(max_examples=200, deadline=None, database=None)
@given(start=days, length=st.integers(1, 400))
def test_longest_streak_of_a_contiguous_run(start: date, length: int) -> None:
    run = [start + timedelta(days=i) for i in range(length)]
    assert longest_streak(run) == length
    assert current_streak(run, run[-1]) == length
    assert current_streak(run, run[-1] + timedelta(days=1)) == length


@settings(max_examples=200, deadline=None, database=None)
@given(day=st.dates())
def test_week_properties(day: date) -> None:
    monday = week_start(day)
    assert monday.weekday() == 0
    assert 0 <= (day - monday).days < 7
    assert monday.isocalendar()[:2] == day.isocalendar()[:2]


# --- paused days ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("done", "paused", "current", "longest"),
    [
        pytest.param(ago(2, 3), ago(1), 2, 2, id="paused-yesterday-bridges-to-older-run"),
        pytest.param(ago(0, 2, 3), ago(1), 3, 3, id="paused-day-neither-breaks-nor-counts"),
        pytest.param(ago(3, 4), ago(0, 1, 2), 2, 2, id="paused-until-today"),
        pytest.param(ago(1, 2), ago(0), 2, 2, id="paused-today-keeps-yesterday"),
        pytest.param(ago(0, 5, 6), ago(2, 3, 4), 1, 2, id="unpaused-gap-still-breaks"),
        pytest.param(ago(0, 1), ago(1), 2, 2, id="done-on-a-paused-day-counts"),
        pytest.param(ago(3), ago(1, 2), 1, 1, id="single-done-before-a-pause"),
        pytest.param(ago(4, 6), ago(5), 0, 2, id="old-bridged-run-then-broken"),
        pytest.param([], ago(0, 1, 2), 0, 0, id="paused-and-nothing-done"),
    ],
)
def test_streaks_with_paused_days(
    done: list[date], paused: list[date], current: int, longest: int
) -> None:
    assert current_streak(done, TODAY, paused) == current
    assert longest_streak(done, paused) == longest


def test_a_long_pause_freezes_the_streak() -> None:
    run = [TODAY - timedelta(days=40 + i) for i in range(10)]
    pause = [TODAY - timedelta(days=i) for i in range(1, 40)]
    assert current_streak(run, TODAY) == 0
    assert current_streak(run, TODAY, pause) == 10
    # The first day after the pause is open until it ends; if it ends without a Done,
    # the run is broken.
    assert current_streak(run, TODAY + timedelta(days=1), pause) == 0
    assert current_streak([*run, TODAY], TODAY + timedelta(days=1), pause) == 11


def _compressed(days: list[date], skip: set[date]) -> dict[date, date]:
    """Map each day not in ``skip`` onto a calendar with the skipped days removed."""
    origin = date(2000, 1, 1)
    kept = [day for day in days if day not in skip]
    return {day: origin + timedelta(days=i) for i, day in enumerate(kept)}


@settings(max_examples=300, deadline=None, database=None)
@given(done=day_sets, paused=day_sets, today=days)
def test_paused_days_act_as_if_cut_from_the_calendar(
    done: set[date], paused: set[date], today: date
) -> None:
    effective = paused - done
    lo = min([*done, *paused, today])
    hi = max([*done, *paused, today])
    calendar = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    # Today is always kept: a paused today without a Done is just an open today.
    mapping = _compressed(calendar, effective - {today})
    squeezed_done = {mapping[day] for day in done}
    past_done = {mapping[day] for day in done if day <= today}
    assert current_streak(done, today, paused) == current_streak(past_done, mapping[today])
    full = _compressed(calendar, effective)
    assert longest_streak(done, paused) == longest_streak({full[day] for day in done})
    # Pausing never lowers a streak.
    assert current_streak(done, today, paused) >= current_streak(done, today)
    assert longest_streak(done, paused) >= longest_streak(done)
    assert len(squeezed_done) == len(done)

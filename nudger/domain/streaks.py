"""Day streaks and weekly figures.

Days are local calendar dates in the user's time zone; callers convert
instants with ``planning.local_day`` before passing them here.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_DAY = timedelta(days=1)


def current_streak(done_days: Collection[date], today: date) -> int:
    """Consecutive days with a Done, ending today, or ending yesterday while today is open."""
    days = set(done_days)
    day = today if today in days else today - _DAY
    streak = 0
    while day in days:
        streak += 1
        day -= _DAY
    return streak


def longest_streak(done_days: Collection[date]) -> int:
    """The longest run of consecutive days with a Done."""
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(done_days)):
        run = run + 1 if previous is not None and day - previous == _DAY else 1
        longest = max(longest, run)
        previous = day
    return longest


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())

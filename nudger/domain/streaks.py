"""Day streaks and weekly figures.

Days are local calendar dates in the user's time zone; callers convert
instants with ``planning.local_day`` before passing them here.

Paused days freeze a streak: a paused day without a Done neither breaks the
run nor adds to it, so a week away keeps the streak where it was. A Done on a
paused day (say, ticked off before pausing that afternoon) still counts; a
Done is never thrown away.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_DAY = timedelta(days=1)


def current_streak(
    done_days: Collection[date], today: date, paused_days: Collection[date] = ()
) -> int:
    """Consecutive days with a Done, ending today, or ending yesterday while today is open.

    Paused days without a Done are stepped over (see the module docstring).
    """
    days = {day for day in done_days if day <= today}
    paused = set(paused_days) - days
    day = today if today in days else today - _DAY
    streak = 0
    while True:
        if day in days:
            streak += 1
        elif day not in paused:
            return streak
        day -= _DAY


def longest_streak(done_days: Collection[date], paused_days: Collection[date] = ()) -> int:
    """The longest run of consecutive days with a Done; paused days between Dones bridge."""
    paused = set(paused_days)
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(done_days)):
        run = run + 1 if previous is not None and _bridged(previous, day, paused) else 1
        longest = max(longest, run)
        previous = day
    return longest


def _bridged(previous: date, day: date, paused: set[date]) -> bool:
    """Whether every day strictly between ``previous`` and ``day`` was paused."""
    gap = (day - previous).days - 1
    if gap > len(paused):
        return False
    return all(previous + _DAY * i in paused for i in range(1, gap + 1))


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())

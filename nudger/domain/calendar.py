"""When weekly reviews are due, and which week each one covers.

A review goes out at the user's chosen local weekday and hour. A review sent
on a Sunday covers the week under way (Monday to Sunday, as far as it has
gone); one sent on any other day covers the week before, which is then
complete. So consecutive reviews leave no day out, except a Sunday's hours
after its review (which /week still shows).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nudger.domain.streaks import week_start

#: Hours a user can pick for the review (/settings refuses one inside their quiet hours).
REVIEW_HOURS = (9, 12, 15, 18, 19)
#: Weekday names by ``date.weekday()`` (Monday 0), as data (the export's review day), not words:
#: what the user reads is worded by ``nudger.i18n``.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Reviews due on this weekday (Sunday) cover the current week.
_CURRENT_WEEK_FROM = 6


def _at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    """The instant of ``hour``:00 local on ``day`` (a skipped wall time moves forward)."""
    local = datetime.combine(day, time(hour), tzinfo=zone)
    # A wall time that does not exist comes back changed from a UTC round trip.
    return local.astimezone(UTC)


def next_review_at(after: datetime, timezone: str, weekday: int, hour: int) -> datetime:
    """The first review time strictly after ``after`` (UTC)."""
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0-6, got {weekday}")
    if not 0 <= hour <= 23:
        raise ValueError(f"hour must be 0-23, got {hour}")
    zone = ZoneInfo(timezone)
    today = after.astimezone(zone).date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    due = _at(day, hour, zone)
    if due <= after:
        due = _at(day + timedelta(days=7), hour, zone)
    return due


def week_covered(due: datetime, timezone: str) -> date:
    """The Monday of the week a review due at ``due`` covers."""
    local = due.astimezone(ZoneInfo(timezone)).date()
    monday = week_start(local)
    return monday if local.weekday() >= _CURRENT_WEEK_FROM else monday - timedelta(days=7)

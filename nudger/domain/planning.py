"""When a user's nudges are due.

Pure planning: the clock and the randomness are arguments, nothing here reads
the current time or touches storage.

A user picks how many nudges a day they want (1 to 3) and in which windows of
their local day (morning, afternoon, evening).  Each local day is planned on
its own from a ``random.Random`` that the caller derives from the user, the
date and the settings version, so planning the same day again gives the same
times.

Rules every plan keeps:

* every planned time is a whole local minute inside one of the chosen windows
  and inside [08:00, 22:00) local;
* a local wall time that does not exist that day (a clock change skipped it)
  is never planned, and an ambiguous one (the clock was turned back over it)
  is always read as its first occurrence (``fold=0``), so no planned local
  time can happen twice;
* any two planned nudges are at least ``MIN_GAP`` apart in real elapsed time;
* no planned time falls in the user's quiet hours (below).

Quiet hours are a nightly period in which the bot sends nothing at all: no
planned nudge, no snooze resend, no follow-up, no weekly review.  They start at
one of ``QUIET_STARTS`` (20:00, 21:00 or 22:00) and end the next morning at one
of ``QUIET_ENDS`` (07:00 to 10:00).  They can only narrow the windows, never
widen them: nudges are planned only in the chosen windows intersected with
[max(08:00, quiet end), min(22:00, quiet start)).  The defaults (22:00 to
08:00) leave every plan exactly as it was before quiet hours existed.

On the clock, the quiet hours of a local day are read the same way as planned
times: they end when the clock first reads the quiet end that morning and
begin when it first reads the quiet start that evening.  If a clock change
skipped that wall time, the moment of the change counts (the first existing
minute after it); if the clock was turned back over it, its first occurrence
counts.  ``in_quiet_hours``, ``next_send_time`` and ``quiet_start_today`` give
the rest of the app these instants.

The times of a day are drawn uniformly from all sets of ``per_day`` allowed
minutes that keep the gap (exact sampling: one random draw, no rejection
loop; the counting is in ``spaced_sets``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nudger.domain import spaced_sets

EARLIEST = time(8, 0)
LATEST = time(22, 0)
MIN_GAP = timedelta(hours=2)
MAX_PER_DAY = 3

QUIET_STARTS: tuple[time, ...] = (time(20, 0), time(21, 0), time(22, 0))
"""The local times a user can choose for quiet hours to begin (evening)."""
QUIET_ENDS: tuple[time, ...] = (time(7, 0), time(8, 0), time(9, 0), time(10, 0))
"""The local times a user can choose for quiet hours to end (next morning)."""
DEFAULT_QUIET_START = LATEST
DEFAULT_QUIET_END = EARLIEST

_MINUTE = timedelta(minutes=1)
_GAP_MINUTES = MIN_GAP // _MINUTE
_OFFSETS = tuple(m * _MINUTE for m in range(24 * 60))  # minute of the day -> timedelta


class ScheduleProblem(StrEnum):
    """Why a schedule cannot be planned (the bot words each one for the user)."""

    #: The time zone is not an IANA zone.
    UNKNOWN_ZONE = "unknown-zone"
    #: Nudges per day outside 1 to ``MAX_PER_DAY``.
    PER_DAY = "per-day"
    #: No time of day chosen.
    NO_WINDOWS = "no-windows"
    #: Quiet hours that start at a time not among ``QUIET_STARTS``.
    QUIET_START = "quiet-start"
    #: Quiet hours that end at a time not among ``QUIET_ENDS``.
    QUIET_END = "quiet-end"
    #: More nudges a day than fit in the chosen times of day, ``MIN_GAP`` apart.
    TOO_MANY = "too-many"
    #: As ``TOO_MANY``, but only because the quiet hours narrow the times of day.
    TOO_MANY_QUIET = "too-many-quiet"


class ScheduleError(ValueError):
    """A schedule that cannot be planned: ``problem`` says why, ``fits`` how many nudges a
    day would fit (for ``TOO_MANY`` and ``TOO_MANY_QUIET``). Its text is for developers;
    the bot words the problem in the user's language."""

    def __init__(self, problem: ScheduleProblem, detail: str = "", *, fits: int = 0) -> None:
        self.problem = problem
        self.fits = fits
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


class Window(StrEnum):
    """A part of the user's local day in which nudges may come."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"

    @property
    def start(self) -> time:
        """First allowed local time (inclusive)."""
        return _BOUNDS[self][0]

    @property
    def end(self) -> time:
        """End of the window (exclusive)."""
        return _BOUNDS[self][1]


_BOUNDS: dict[Window, tuple[time, time]] = {
    Window.MORNING: (time(8, 0), time(12, 0)),
    Window.AFTERNOON: (time(12, 0), time(17, 0)),
    Window.EVENING: (time(17, 0), LATEST),
}


@dataclass(frozen=True)
class Schedule:
    timezone: str
    per_day: int
    windows: frozenset[Window]
    quiet_start: time = DEFAULT_QUIET_START
    """Local time the nightly quiet hours begin; one of ``QUIET_STARTS``."""
    quiet_end: time = DEFAULT_QUIET_END
    """Local time the quiet hours end the next morning; one of ``QUIET_ENDS``."""


@dataclass(frozen=True, order=True)
class PlannedSlot:
    due_at: datetime
    local_date: date
    slot: int


def capacity(
    windows: Iterable[Window],
    *,
    quiet_start: time = DEFAULT_QUIET_START,
    quiet_end: time = DEFAULT_QUIET_END,
) -> int:
    """Most nudges a day that fit in ``windows`` outside the quiet hours, ``MIN_GAP`` apart.

    Counted on the nominal local clock and capped at ``MAX_PER_DAY``.  Raises
    ``ScheduleError`` for quiet times that are not among the choices.
    """
    _check_quiet(quiet_start, quiet_end)
    return _capacity(frozenset(windows), *_quiet_bounds(quiet_start, quiet_end))


def capacity_of(s: Schedule) -> int:
    """``capacity`` of the schedule's windows with its quiet hours."""
    return capacity(s.windows, quiet_start=s.quiet_start, quiet_end=s.quiet_end)


def validate_schedule(s: Schedule) -> None:
    """Raise ``ScheduleError`` (saying which :class:`ScheduleProblem`) if ``s`` cannot be
    planned."""
    _zone(s.timezone)
    if isinstance(s.per_day, bool) or not 1 <= s.per_day <= MAX_PER_DAY:
        raise ScheduleError(ScheduleProblem.PER_DAY, f"{s.per_day!r} not in 1..{MAX_PER_DAY}")
    if not s.windows:
        raise ScheduleError(ScheduleProblem.NO_WINDOWS)
    _check_quiet(s.quiet_start, s.quiet_end)
    fits = capacity_of(s)
    if s.per_day > fits:
        quiet = fits < capacity(s.windows)
        problem = ScheduleProblem.TOO_MANY_QUIET if quiet else ScheduleProblem.TOO_MANY
        raise ScheduleError(problem, f"{s.per_day} asked, {fits} fit", fits=fits)


def plan_day(s: Schedule, day: date, rng: random.Random) -> list[PlannedSlot]:
    """Plan the nudges of one local day, sorted by time.

    Usually ``s.per_day`` slots.  On a day where a clock change inside the
    chosen windows removes so much real time that ``per_day`` nudges no longer
    fit ``MIN_GAP`` apart, the day gets as many as fit (none if the whole day
    was skipped).  Raises ``ScheduleError`` for an invalid schedule.
    """
    validate_schedule(s)
    zone = _zone(s.timezone)
    low, high = _quiet_bounds(s.quiet_start, s.quiet_end)
    minutes = _allowed_minutes(s.windows, low, high)
    base = _regular_day_base(zone, day, minutes)
    if base is not None:
        # No clock change inside the allowed minutes: every wall minute exists once, at a
        # fixed offset, so the gap tables depend on the windows and quiet hours alone.
        # Same draw, same result as the general path below.
        nexts, ways = _regular_tables(s.windows, low, high, s.per_day)
        chosen = spaced_sets.unrank(ways, nexts, s.per_day, rng.randrange(ways[s.per_day][0]))
        return [
            PlannedSlot(due_at=base + _OFFSETS[minutes[i]], local_date=day, slot=n)
            for n, i in enumerate(chosen)
        ]
    candidates = _candidates(zone, day, minutes)
    points = [_epoch_minute(at) for at in candidates]
    nexts = spaced_sets.nexts(points, _GAP_MINUTES)
    ways = spaced_sets.ways(nexts, s.per_day)
    count = max(j for j in range(s.per_day + 1) if ways[j][0] > 0)
    chosen = spaced_sets.unrank(ways, nexts, count, rng.randrange(ways[count][0]))
    return [PlannedSlot(due_at=candidates[i], local_date=day, slot=n) for n, i in enumerate(chosen)]


def plan_between(
    s: Schedule,
    start: datetime,
    end: datetime,
    rng_for_day: Callable[[date], random.Random],
) -> list[PlannedSlot]:
    """All planned slots with ``start < due_at <= end``, sorted.

    Every local day touching the range is planned with its own
    ``rng_for_day(day)``, so overlapping calls agree on the shared days.
    """
    _require_aware(start, "start")
    _require_aware(end, "end")
    if end <= start:
        return []
    first = local_day(start, s.timezone)
    last = local_day(end, s.timezone)
    slots: list[PlannedSlot] = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        slots.extend(p for p in plan_day(s, day, rng_for_day(day)) if start < p.due_at <= end)
    return sorted(slots)


def local_day(at: datetime, timezone: str) -> date:
    """The calendar date in ``timezone`` at the aware instant ``at``."""
    _require_aware(at, "at")
    return at.astimezone(_zone(timezone)).date()


# --- quiet hours ---------------------------------------------------------------


def in_quiet_hours(at: datetime, timezone: str, quiet_start: time, quiet_end: time) -> bool:
    """Whether the aware instant ``at`` falls in the user's quiet hours.

    True from the moment the local clock first reads ``quiet_start`` in the
    evening until it first reads ``quiet_end`` the next morning (a skipped wall
    time counts from the clock change, a repeated one from its first
    occurrence).  With the defaults 22:00 and 08:00 this is "outside
    [08:00, 22:00) local" on every ordinary day.
    """
    _require_aware(at, "at")
    _check_quiet(quiet_start, quiet_end)
    return _is_quiet(_zone(timezone), at, quiet_start, quiet_end)


def plannable(at: datetime, s: Schedule) -> bool:
    """Whether a planned nudge may still go out at ``at``: inside [08:00, 22:00) local and
    outside the schedule's quiet hours (the same bounds planning draws from)."""
    _require_aware(at, "at")
    low, high = _quiet_bounds(s.quiet_start, s.quiet_end)
    return low <= _minute_of_day(at.astimezone(_zone(s.timezone)).time()) < high


def quiet_hour(hour: int, quiet_start: time, quiet_end: time) -> bool:
    """Whether the local hour ``hour``:00 lies in quiet hours (on a day without a clock change)."""
    _check_quiet(quiet_start, quiet_end)
    return hour * 60 >= _minute_of_day(quiet_start) or hour * 60 < _minute_of_day(quiet_end)


def next_send_time(at: datetime, timezone: str, quiet_start: time, quiet_end: time) -> datetime:
    """The earliest instant at or after ``at`` when something may be sent, in UTC.

    ``at`` itself when it is outside quiet hours; otherwise the moment these quiet
    hours end: the next local ``quiet_end`` (its first occurrence if the clock
    was turned back over it; the first existing minute after it, i.e. the moment
    of the clock change, if a change skipped it).
    """
    _require_aware(at, "at")
    _check_quiet(quiet_start, quiet_end)
    zone = _zone(timezone)
    now = at.astimezone(UTC)
    if not _is_quiet(zone, now, quiet_start, quiet_end):
        return now
    day = now.astimezone(zone).date()
    # This morning's end if it is still ahead, else tomorrow's; a day skipped
    # by the calendar (Samoa, 2011-12-30) pushes it one more day.
    for ahead in range(7):
        end = _clock_reaches(zone, day + timedelta(days=ahead), quiet_end)
        if end >= now and not _is_quiet(zone, end, quiet_start, quiet_end):
            return end
    raise AssertionError("quiet hours never end")  # pragma: no cover - no zone does this


def quiet_start_today(at: datetime, timezone: str, quiet_start: time) -> datetime | None:
    """When the quiet hours of the local day of ``at`` begin, in UTC; None if already begun.

    The returned instant is an exclusive deadline: anything sent that day must
    be sent strictly before it.  ``at`` may itself be in the quiet hours of the
    night before (early morning); then this evening's start is returned.  Use
    ``in_quiet_hours`` to ask about ``at`` itself.
    """
    _require_aware(at, "at")
    _check_choice(quiet_start, QUIET_STARTS, ScheduleProblem.QUIET_START)
    zone = _zone(timezone)
    start = _clock_reaches(zone, at.astimezone(zone).date(), quiet_start)
    return start if at < start else None


# --- helpers -----------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(ScheduleProblem.UNKNOWN_ZONE, f"unknown time zone {name!r}") from None


def _require_aware(at: datetime, name: str) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def _minute_of_day(t: time) -> int:
    return t.hour * 60 + t.minute


def _hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _check_quiet(quiet_start: time, quiet_end: time) -> None:
    _check_choice(quiet_start, QUIET_STARTS, ScheduleProblem.QUIET_START)
    _check_choice(quiet_end, QUIET_ENDS, ScheduleProblem.QUIET_END)


def _check_choice(value: time, choices: Sequence[time], problem: ScheduleProblem) -> None:
    # A datetime or an aware time never equals a choice, so both are refused.
    if not isinstance(value, time) or value not in choices:
        listed = ", ".join(_hhmm(t) for t in choices)
        raise ScheduleError(problem, f"{value!r} is not one of {listed}")


def _quiet_bounds(quiet_start: time, quiet_end: time) -> tuple[int, int]:
    """The [low, high) local minutes of the day that quiet hours leave for nudges."""
    low = max(_minute_of_day(EARLIEST), _minute_of_day(quiet_end))
    high = min(_minute_of_day(LATEST), _minute_of_day(quiet_start))
    return low, high


def _wall(at: datetime, zone: ZoneInfo) -> datetime:
    return at.astimezone(zone).replace(tzinfo=None)


def _clock_reaches(zone: ZoneInfo, day: date, t: time) -> datetime:
    """The first instant (UTC) at which the local clock reads ``t`` on ``day`` or later.

    The wall time at its first occurrence (``fold=0``) if it exists; if a clock
    change skipped it, the moment of that change.
    """
    wall = datetime.combine(day, t)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if _wall(first, zone) == wall:
        return first
    # Skipped. Read with the offset after the change (fold=1) it lands before the
    # change, with the offset before it (fold=0) after: the change lies in between.
    other = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = sorted((int(first.timestamp()), int(other.timestamp())))
    while high - low > 1:  # the clock reads < wall at low and > wall at high
        middle = (low + high) // 2
        if _wall(datetime.fromtimestamp(middle, UTC), zone) >= wall:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def _is_quiet(zone: ZoneInfo, at: datetime, quiet_start: time, quiet_end: time) -> bool:
    day = at.astimezone(zone).date()
    return not (_clock_reaches(zone, day, quiet_end) <= at < _clock_reaches(zone, day, quiet_start))


def _regular_day_base(zone: ZoneInfo, day: date, minutes: Sequence[int]) -> datetime | None:
    """The UTC instant of local 00:00 (at the windows' offset) if no clock change falls
    between the first and the last allowed minute of ``day``; else None."""
    midnight = datetime.combine(day, time(0, fold=0), tzinfo=zone)
    first = midnight + _OFFSETS[minutes[0]]
    last = midnight + _OFFSETS[minutes[-1]]
    offset = first.utcoffset()
    if offset is None or last.utcoffset() != offset:
        return None
    for local in (first, last):
        if local.astimezone(UTC).astimezone(zone).utcoffset() != offset:
            return None
    return first.astimezone(UTC) - _OFFSETS[minutes[0]]


@cache
def _regular_tables(
    windows: frozenset[Window], low: int, high: int, per_day: int
) -> tuple[list[int], list[list[int]]]:
    nexts = spaced_sets.nexts(_allowed_minutes(windows, low, high), _GAP_MINUTES)
    return nexts, spaced_sets.ways(nexts, per_day)


@cache
def _allowed_minutes(windows: frozenset[Window], low: int, high: int) -> list[int]:
    """Sorted local minutes of the day (0..1439) allowed by ``windows`` within [low, high)."""
    allowed: set[int] = set()
    for w in windows:
        start = max(_minute_of_day(w.start), low)
        end = min(_minute_of_day(w.end), high)
        allowed.update(range(start, end))
    return sorted(allowed)


def _candidates(zone: ZoneInfo, day: date, minutes: Sequence[int]) -> list[datetime]:
    """UTC instants of the allowed local minutes of ``day`` that exist exactly as written.

    Ambiguous wall times are taken at their first occurrence (``fold=0``);
    wall times that do not exist fail the round trip and are dropped.
    """
    midnight = datetime.combine(day, time(0, fold=0), tzinfo=zone)
    instants: list[datetime] = []
    for m in minutes:
        local = midnight + _OFFSETS[m]  # wall-clock arithmetic: same zone, fold=0
        at = local.astimezone(UTC)
        # Back to local: the wall time is unchanged exactly when the offset is.
        if at.astimezone(zone).utcoffset() == local.utcoffset():
            instants.append(at)
    return sorted(instants)


def _epoch_minute(at: datetime) -> int:
    return int(at.timestamp()) // 60


@cache
def _capacity(windows: frozenset[Window], low: int, high: int) -> int:
    nexts = spaced_sets.nexts(_allowed_minutes(windows, low, high), _GAP_MINUTES)
    ways = spaced_sets.ways(nexts, MAX_PER_DAY)
    return max(j for j in range(MAX_PER_DAY + 1) if ways[j][0] > 0)

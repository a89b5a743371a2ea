"""How long a /pause lasts: reading "3d", "1 week", "a fortnight" ... and when it ends.

Pure: the current time and the user's zone are passed in.

Units: hours (``h``, ``hr``, ``hour``), days (``d``, ``day``), weeks (``w``, ``wk``,
``week``), fortnights and months (``mo``, ``month``: 30 days). A number may be
digits or a word from "a"/"one" to "twelve"; parts may be combined ("1 week and
2 days", "1w2d"); a leading "for" is allowed. A pause lasts from 1 hour to 90 days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from nudger.domain.planning import next_send_time

MIN_PAUSE = timedelta(hours=1)
MAX_PAUSE_DAYS = 90
MAX_PAUSE = timedelta(days=MAX_PAUSE_DAYS)

_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
#: Each unit's spellings, and its size as (days, hours).
_UNITS: dict[tuple[str, ...], tuple[int, int]] = {
    ("hours", "hour", "hrs", "hr", "h"): (0, 1),
    ("days", "day", "d"): (1, 0),
    ("weeks", "week", "wks", "wk", "w"): (7, 0),
    ("fortnights", "fortnight"): (14, 0),
    ("months", "month", "mos", "mo"): (30, 0),
}
_SIZES = {spelling: size for spellings, size in _UNITS.items() for spelling in spellings}
# Longer spellings first, so "hours" is not read as "h" followed by "ours".
_UNIT = "|".join(sorted(_SIZES, key=len, reverse=True))
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_PART = re.compile(
    rf"(?:(?P<digits>[0-9]+)\s*|(?P<word>{_WORD})\s+)?(?P<unit>{_UNIT})(?![a-z])", re.ASCII
)
_SEPARATOR = re.compile(r"\s*(?:(?:,|&|\+|and\b)\s*)?", re.ASCII)
#: Units that may stand alone, meaning one of them ("/pause week").
_BARE = frozenset({"hour", "day", "week", "fortnight", "month"})
#: More digits than this is a length far beyond any limit (and int() has limits of its own).
_MAX_DIGITS = 6


class LengthProblem(StrEnum):
    UNREADABLE = "unreadable"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


class LengthError(ValueError):
    """The text is not a pause length we accept; ``problem`` says why."""

    def __init__(self, problem: LengthProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Length:
    """A pause length: whole local days (weeks and months are days) plus hours."""

    days: int = 0
    hours: int = 0

    @property
    def total_hours(self) -> int:
        """Days as 24 hours each: how the limits are checked (plain ints: no overflow however
        large the counts; :func:`pause_end` counts the days on the local calendar instead)."""
        return self.days * 24 + self.hours


def parse_length(text: str) -> Length:
    """Read a pause length such as ``3d``, ``1w``, ``2 weeks``, ``a week`` or ``12h``.

    Raises :class:`LengthError` if it is unreadable, shorter than an hour or longer than
    90 days.
    """
    cleaned = " ".join(text.lower().split()).rstrip(".!")
    cleaned = cleaned.removeprefix("for ").strip()
    days = hours = 0
    position = 0
    while True:
        part = _PART.match(cleaned, position)
        if part is None:
            raise LengthError(LengthProblem.UNREADABLE)
        digits, word, unit = part.group("digits", "word", "unit")
        if digits is None and word is None and unit not in _BARE:
            raise LengthError(LengthProblem.UNREADABLE)  # "d" alone is too cryptic to guess
        count = _count(digits, word)
        unit_days, unit_hours = _SIZES[unit]
        days += count * unit_days
        hours += count * unit_hours
        position = part.end()
        if position == len(cleaned):
            break
        separator = _SEPARATOR.match(cleaned, position)
        position = separator.end() if separator else position
    length = Length(days=days, hours=hours)
    if length.total_hours < MIN_PAUSE // timedelta(hours=1):
        raise LengthError(LengthProblem.TOO_SHORT)
    if length.total_hours > MAX_PAUSE // timedelta(hours=1):
        raise LengthError(LengthProblem.TOO_LONG)
    return length


def _count(digits: str | None, word: str | None) -> int:
    if digits is not None:
        significant = digits.lstrip("0")
        if len(significant) > _MAX_DIGITS:
            raise LengthError(LengthProblem.TOO_LONG)
        return int(significant or "0")
    if word is not None:
        return _WORDS[word]
    return 1  # a bare unit: "week" is one week


@dataclass(frozen=True)
class PauseEnd:
    """When a pause ends (UTC, whole minutes), and whether it was moved out of quiet hours."""

    at: datetime
    moved_from_quiet_hours: bool = False


def pause_end(
    now: datetime, length: Length, timezone: str, quiet_start: int, quiet_end: int
) -> PauseEnd:
    """When a pause of ``length`` that starts at ``now`` ends.

    Days count on the user's local calendar (a week from 09:30 ends at 09:30, even across
    a daylight-saving change); hours are added as they pass. The end is cut to the whole
    minute (so the time shown is exact) and, if it falls in the user's quiet hours, moved
    to when they end, so the "welcome back" never arrives at night.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    local = now.astimezone(ZoneInfo(timezone))
    end = (local + timedelta(days=length.days)).astimezone(UTC) + timedelta(hours=length.hours)
    end = end.replace(second=0, microsecond=0)
    moved = next_send_time(end, timezone, time(quiet_start), time(quiet_end))
    return PauseEnd(moved, moved_from_quiet_hours=moved != end)

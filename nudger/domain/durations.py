"""How long a /pause lasts: reading "3d", "1 week", "a fortnight", "2 недели" ... and when
it ends.

Pure: the current time, the user's zone and the words of their language are passed in.

Units: hours, days, weeks, fortnights and months (30 days), each spelled as the
language's ``words.toml`` lists (English: ``h``/``hour``, ``d``/``day``, ``w``/``week``,
``fortnight``, ``mo``/``month``). A number may be digits of any script or a number word
("a", "one" ... "twelve"; "eine", "одну" ...); parts may be combined ("1 week and 2 days",
"1w2d"); a leading "for" (or the language's word for it) is allowed. A pause lasts from
1 hour to 90 days.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from zoneinfo import ZoneInfo

from nudger.domain.planning import next_send_time
from nudger.domain.typed import without_direction_marks

MIN_PAUSE = timedelta(hours=1)
MAX_PAUSE_DAYS = 90
MAX_PAUSE = timedelta(days=MAX_PAUSE_DAYS)

#: A unit's size as (days, hours), by the unit's name in the vocabulary.
UNIT_SIZES: Mapping[str, tuple[int, int]] = {
    "hours": (0, 1),
    "days": (1, 0),
    "weeks": (7, 0),
    "fortnights": (14, 0),
    "months": (30, 0),
}
#: What may follow a unit or a joining word: anything but a letter ("1w2d" reads as two parts).
_NOT_A_LETTER = r"(?![^\W\d_])"
#: More digits than this is a length far beyond any limit (and int() has limits of its own).
_MAX_DIGITS = 6


Spellings = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class LengthWords:
    """How people write a pause length in one or more languages (``locales/*/words.toml``).

    ``units``: every spelling of a unit (lowercase), by unit name (``UNIT_SIZES``); one may
    stand alone ("/pause week"). ``short``: abbreviations, read only after a number ("3d").
    ``numbers``: number words ("one", "eine", "одну"). ``joins``: words between parts
    ("and", "и"). ``leads``: words that may come first ("for", "на").
    """

    units: Mapping[str, tuple[str, ...]]
    short: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: Mapping[str, int] = field(default_factory=dict)
    joins: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()

    def __add__(self, other: LengthWords) -> LengthWords:
        """Both vocabularies at once (a user's language, and English)."""

        def merged(
            a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]
        ) -> dict[str, tuple[str, ...]]:
            return {k: tuple(dict.fromkeys((*a.get(k, ()), *b.get(k, ())))) for k in {*a, *b}}

        return LengthWords(
            units=merged(self.units, other.units),
            short=merged(self.short, other.short),
            numbers={**other.numbers, **self.numbers},
            joins=tuple(dict.fromkeys((*self.joins, *other.joins))),
            leads=tuple(dict.fromkeys((*self.leads, *other.leads))),
        )

    @cached_property
    def grammar(self) -> _Grammar:
        """The patterns that read these words, built once per vocabulary."""
        return _grammar(self)


@dataclass(frozen=True)
class _Grammar:
    part: re.Pattern[str]
    separator: re.Pattern[str]
    lead: re.Pattern[str]
    sizes: Mapping[str, tuple[int, int]]
    bare: frozenset[str]
    numbers: Mapping[str, int]


def _alternatives(spellings: Iterable[str]) -> str:
    # Longer spellings first, so "hours" is not read as "h" followed by "ours".
    return "|".join(re.escape(w) for w in sorted(set(spellings), key=len, reverse=True))


def _grammar(words: LengthWords) -> _Grammar:
    sizes: dict[str, tuple[int, int]] = {}
    for unit, spellings in (*words.short.items(), *words.units.items()):
        for spelling in spellings:
            sizes[spelling.lower()] = UNIT_SIZES[unit]
    bare = frozenset(w.lower() for spellings in words.units.values() for w in spellings)
    numbers = {w.lower(): n for w, n in words.numbers.items()}
    unit = _alternatives(sizes)
    word = _alternatives(numbers) or "(?!)"
    joins = _alternatives(words.joins)
    join = rf"|(?:{joins}){_NOT_A_LETTER}" if joins else ""
    leads = _alternatives(words.leads)
    return _Grammar(
        part=re.compile(
            rf"(?:(?P<digits>\d+)\s*|(?P<word>{word})\s+)?(?P<unit>{unit}){_NOT_A_LETTER}"
        ),
        separator=re.compile(rf"\s*(?:(?:,|&|\+{join})\s*)?"),
        lead=re.compile(rf"(?:{leads})\s+" if leads else "(?!)"),
        sizes=sizes,
        bare=bare,
        numbers=numbers,
    )


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


def parse_length(text: str, words: LengthWords) -> Length:
    """Read a pause length such as ``3d``, ``1w``, ``2 weeks``, ``a week``, ``12h``,
    ``2 недели`` or ``۳ روز``, in the languages of ``words``. Digits of any script count.

    Raises :class:`LengthError` if it is unreadable, shorter than an hour or longer than
    90 days.
    """
    grammar = words.grammar
    cleaned = " ".join(without_direction_marks(text).lower().split()).rstrip(".!")
    if lead := grammar.lead.match(cleaned):
        cleaned = cleaned[lead.end() :].strip()
    days = hours = 0
    position = 0
    while True:
        part = grammar.part.match(cleaned, position)
        if part is None or part.end() == position:
            raise LengthError(LengthProblem.UNREADABLE)
        digits, word, unit = part.group("digits", "word", "unit")
        if digits is None and word is None and unit not in grammar.bare:
            raise LengthError(LengthProblem.UNREADABLE)  # "d" alone is too cryptic to guess
        count = _count(digits, grammar.numbers.get(word) if word else None)
        unit_days, unit_hours = grammar.sizes[unit]
        days += count * unit_days
        hours += count * unit_hours
        position = part.end()
        if position == len(cleaned):
            break
        separator = grammar.separator.match(cleaned, position)
        position = separator.end() if separator else position
    length = Length(days=days, hours=hours)
    if length.total_hours < MIN_PAUSE // timedelta(hours=1):
        raise LengthError(LengthProblem.TOO_SHORT)
    if length.total_hours > MAX_PAUSE // timedelta(hours=1):
        raise LengthError(LengthProblem.TOO_LONG)
    return length


def _count(digits: str | None, number: int | None) -> int:
    if digits is not None:
        # Any script's digits ("۳", "٣"), as plain ones.
        significant = "".join(str(unicodedata.digit(c)) for c in digits).lstrip("0")
        if len(significant) > _MAX_DIGITS:
            raise LengthError(LengthProblem.TOO_LONG)
        return int(significant or "0")
    if number is not None:
        return number
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

"""Reading a /pause length, and when such a pause ends."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nudger.domain.durations import (
    MAX_PAUSE,
    MIN_PAUSE,
    Length,
    LengthError,
    LengthProblem,
    parse_length,
    pause_end,
)
from nudger.domain.languages import Language
from nudger.domain.planning import quiet_hour
from nudger.i18n.texts import Texts

#: How English speakers write a length (what the English words.toml lists).
ENGLISH = Texts.load(languages=[Language.EN]).vocabulary(Language.EN).lengths

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "days", "hours"),
    [
        ("3d", 3, 0),
        ("1w", 7, 0),
        ("2 weeks", 14, 0),
        ("10 days", 10, 0),
        ("a week", 7, 0),
        ("A Week", 7, 0),
        ("one week", 7, 0),
        ("week", 7, 0),
        ("12h", 0, 12),
        ("12 hours", 0, 12),
        ("2 hrs", 0, 2),
        ("an hour", 0, 1),
        ("1 day", 1, 0),
        ("a fortnight", 14, 0),
        ("a month", 30, 0),
        ("3 months", 90, 0),
        ("for a week", 7, 0),
        ("for 3 days.", 3, 0),
        ("  5   days  ", 5, 0),
        ("1w2d", 9, 0),
        ("1 week and 2 days", 9, 0),
        ("1 week, 2 days", 9, 0),
        ("2d 6h", 2, 6),
        ("007d", 7, 0),
        ("90d", 90, 0),
        ("2160h", 0, 2160),
        # Digits of any script: Arabic-Indic and Persian (Extended Arabic-Indic).
        ("٣d", 3, 0),
        ("۳ days", 3, 0),
        ("۱۲h", 0, 12),
    ],
)
def test_reads_lengths(text: str, days: int, hours: int) -> None:
    assert parse_length(text, ENGLISH) == Length(days=days, hours=hours)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("banana", LengthProblem.UNREADABLE),
        ("", LengthProblem.UNREADABLE),
        ("   ", LengthProblem.UNREADABLE),
        ("-1w", LengthProblem.UNREADABLE),
        ("+1w", LengthProblem.UNREADABLE),
        ("1.5d", LengthProblem.UNREADABLE),
        ("3", LengthProblem.UNREADABLE),
        ("d", LengthProblem.UNREADABLE),
        ("3 minutes", LengthProblem.UNREADABLE),
        ("3m", LengthProblem.UNREADABLE),  # minutes or months? Not guessed.
        ("1 weekx", LengthProblem.UNREADABLE),
        ("1w and", LengthProblem.UNREADABLE),
        ("until friday", LengthProblem.UNREADABLE),
        ("3d banana", LengthProblem.UNREADABLE),
        ("0d", LengthProblem.TOO_SHORT),
        ("0h", LengthProblem.TOO_SHORT),
        ("0w 0d", LengthProblem.TOO_SHORT),
        ("91d", LengthProblem.TOO_LONG),
        ("400d", LengthProblem.TOO_LONG),
        ("13w", LengthProblem.TOO_LONG),
        ("4 months", LengthProblem.TOO_LONG),
        ("2161h", LengthProblem.TOO_LONG),
        ("90d 1h", LengthProblem.TOO_LONG),
        ("9" * 5000 + "d", LengthProblem.TOO_LONG),
        ("999999mo " * 400, LengthProblem.TOO_LONG),
    ],
)
def test_refuses_bad_lengths(text: str, problem: LengthProblem) -> None:
    with pytest.raises(LengthError) as caught:
        parse_length(text, ENGLISH)
    assert caught.value.problem is problem


@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(["d", " days", "w", "h"]))
def test_limits_hold_for_every_count(count: int, unit: str) -> None:
    hours_per = {"d": 24, " days": 24, "w": 7 * 24, "h": 1}[unit]
    wanted = timedelta(hours=count * hours_per)
    if MIN_PAUSE <= wanted <= MAX_PAUSE:
        assert timedelta(hours=parse_length(f"{count}{unit}", ENGLISH).total_hours) == wanted
    else:
        with pytest.raises(LengthError) as caught:
            parse_length(f"{count}{unit}", ENGLISH)
        expected = LengthProblem.TOO_SHORT if wanted < MIN_PAUSE else LengthProblem.TOO_LONG
        assert caught.value.problem is expected


@given(st.text(max_size=60))
def test_any_text_gives_a_length_in_range_or_a_length_error(text: str) -> None:
    try:
        length = parse_length(text, ENGLISH)
    except LengthError:
        return
    assert MIN_PAUSE <= timedelta(hours=length.total_hours) <= MAX_PAUSE


def _berlin(*parts: int) -> datetime:
    """Local Berlin wall time (year, month, day, hour, minute) as UTC."""
    year, month, day, hour, minute = parts
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def test_days_count_on_the_local_calendar_across_a_clock_change() -> None:
    # Europe/Berlin leaves summer time on Sunday 25 Oct 2026.
    now = _berlin(2026, 10, 20, 9, 30)
    end = pause_end(now, Length(days=7), "Europe/Berlin", 22, 8)
    assert end.at.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 27, 9, 30)
    assert end.at - now == timedelta(days=7, hours=1)
    assert not end.moved_from_quiet_hours


def test_hours_are_added_as_they_pass() -> None:
    now = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)  # 22:00 in Berlin, summer time
    end = pause_end(now, Length(hours=12), "Europe/Berlin", 22, 8)
    assert end.at == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # 09:00 Berlin, winter time
    assert end.at.tzinfo is not None and end.at.utcoffset() == timedelta(0)


def test_the_end_is_cut_to_the_whole_minute() -> None:
    now = datetime(2026, 11, 23, 9, 41, 37, 123456, tzinfo=UTC)
    end = pause_end(now, Length(days=3), "UTC", 22, 8)
    assert end.at == datetime(2026, 11, 26, 9, 41, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "length", "expected"),
    [
        # 21:00 + 2 h = 23:00, in quiet hours: moved to 08:00 the next morning.
        ((2026, 11, 23, 21, 0), Length(hours=2), (2026, 11, 24, 8, 0)),
        # 00:30 + 3 h = 03:30: moved to 08:00 the same morning.
        ((2026, 11, 23, 0, 30), Length(hours=3), (2026, 11, 23, 8, 0)),
        # 23:15 + 1 week: still 23:15, so 08:00 the morning after.
        ((2026, 11, 23, 23, 15), Length(days=7), (2026, 12, 1, 8, 0)),
    ],
)
def test_an_end_in_quiet_hours_moves_to_when_they_end(
    start: tuple[int, ...], length: Length, expected: tuple[int, ...]
) -> None:
    end = pause_end(_berlin(*start), length, "Europe/Berlin", 22, 8)
    assert end.at == _berlin(*expected)
    assert end.moved_from_quiet_hours


def test_an_end_outside_quiet_hours_stays() -> None:
    now = _berlin(2026, 11, 23, 8, 0)
    end = pause_end(now, Length(hours=13, days=1), "Europe/Berlin", 22, 8)
    assert end.at == _berlin(2026, 11, 24, 21, 0)
    assert not end.moved_from_quiet_hours


@pytest.mark.parametrize(
    ("hour", "start", "end", "quiet"),
    [
        (22, 22, 8, True),
        (23, 22, 8, True),
        (0, 22, 8, True),
        (7, 22, 8, True),
        (8, 22, 8, False),
        (21, 22, 8, False),
        (20, 20, 10, True),
        (9, 20, 10, True),
        (10, 20, 10, False),
        (19, 20, 10, False),
    ],
)
def test_quiet_hour(hour: int, start: int, end: int, quiet: bool) -> None:
    assert quiet_hour(hour, time(start), time(end)) is quiet


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        pause_end(datetime(2026, 11, 23, 9, 0), Length(days=1), "UTC", 22, 8)

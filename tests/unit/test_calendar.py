"""When weekly reviews are due and which week each covers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nudger.domain.calendar import next_review_at, week_covered
from nudger.domain.languages import Language
from nudger.i18n.texts import shared_texts

EN = shared_texts().words(Language.EN)

BERLIN = ZoneInfo("Europe/Berlin")


def test_next_review_is_the_next_chosen_weekday_and_hour() -> None:
    after = datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN)  # Wednesday
    assert next_review_at(after, "Europe/Berlin", 6, 19) == datetime(
        2026, 11, 29, 19, 0, tzinfo=BERLIN
    )


def test_next_review_is_strictly_after() -> None:
    due = datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN)
    assert next_review_at(due, "Europe/Berlin", 6, 19) == due + timedelta(days=7)
    assert next_review_at(due - timedelta(seconds=1), "Europe/Berlin", 6, 19) == due


def test_next_review_keeps_local_time_across_the_autumn_change() -> None:
    """Berlin: 19:00 is 17:00 UTC on 25 Oct 2026 (CET) and 17:00 UTC a week before (CEST)."""
    after = datetime(2026, 10, 18, 18, 0, tzinfo=UTC)  # just after the 18 Oct review
    due = next_review_at(after, "Europe/Berlin", 6, 19)
    assert due == datetime(2026, 10, 25, 18, 0, tzinfo=UTC)
    assert due.astimezone(BERLIN).hour == 19


def test_a_review_hour_the_clock_skips_comes_an_hour_later() -> None:
    """Havana skips 00:00-00:59 on 8 Mar 2026: a midnight review comes at 01:00."""
    havana = ZoneInfo("America/Havana")
    due = next_review_at(datetime(2026, 3, 5, tzinfo=havana), "America/Havana", 6, 0)
    assert due.astimezone(havana) == datetime(2026, 3, 8, 1, 0, tzinfo=havana)


@pytest.mark.parametrize(("weekday", "hour"), [(-1, 19), (7, 19), (6, -1), (6, 24)])
def test_bad_review_settings_are_refused(weekday: int, hour: int) -> None:
    with pytest.raises(ValueError, match="must be"):
        next_review_at(datetime(2026, 11, 25, tzinfo=UTC), "Europe/Berlin", weekday, hour)


@pytest.mark.parametrize(
    ("local", "covered"),
    [
        (datetime(2026, 11, 29, 19, 0), date(2026, 11, 23)),  # Sunday: the week under way
        (datetime(2026, 11, 30, 9, 0), date(2026, 11, 23)),  # Monday: the week just ended
        (datetime(2026, 11, 27, 9, 0), date(2026, 11, 16)),  # Friday: the last complete week
        (datetime(2026, 11, 28, 18, 0), date(2026, 11, 16)),  # Saturday: likewise
    ],
)
def test_the_week_a_review_covers(local: datetime, covered: date) -> None:
    assert week_covered(local.replace(tzinfo=BERLIN), "Europe/Berlin") == covered


@given(
    weekday=st.integers(0, 6),
    hour=st.sampled_from([9, 12, 15, 18, 19]),
    start=st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
)
def test_consecutive_reviews_cover_consecutive_weeks(
    weekday: int, hour: int, start: datetime
) -> None:
    after = start.replace(tzinfo=UTC)
    first = next_review_at(after, "Europe/Berlin", weekday, hour)
    second = next_review_at(first, "Europe/Berlin", weekday, hour)
    one = week_covered(first, "Europe/Berlin")
    two = week_covered(second, "Europe/Berlin")
    assert two - one == timedelta(days=7)
    assert one.weekday() == 0


@pytest.mark.parametrize(
    ("at", "written"),
    [
        (datetime(2026, 12, 5, 8, 0, tzinfo=BERLIN), "Sat 5 Dec, 08:00"),
        (datetime(2026, 11, 30, 23, 7, tzinfo=BERLIN), "Mon 30 Nov, 23:07"),
        # In the zone it carries: 23:30 UTC on the 4th is the 5th in Berlin.
        (datetime(2026, 12, 4, 23, 30, tzinfo=UTC), "Fri 4 Dec, 23:30"),
        (datetime(2026, 12, 4, 23, 30, tzinfo=UTC).astimezone(BERLIN), "Sat 5 Dec, 00:30"),
    ],
)
def test_a_moment_is_written_one_way_with_no_leading_zero_on_the_day(
    at: datetime, written: str
) -> None:
    assert EN.moment(at) == written


@pytest.mark.parametrize(
    ("language", "written"),
    [
        (Language.ES, "sáb, 5 dic, 8:00"),
        (Language.PT_BR, "sáb., 5 de dez. 08:00"),
        (Language.DE, "Sa., 5. Dez., 08:00"),
        (Language.RU, "сб, 5 дек., 08:00"),
        (Language.UK, "сб, 5 груд., 08:00"),
        (Language.FA, "شنبه ۵ دسامبر،\u200f ۸:۰۰"),
    ],
)
def test_a_moment_in_each_language_is_written_the_locales_way(
    language: Language, written: str
) -> None:
    """CLDR's own formats through Babel (Persian with Persian digits), not ours."""
    at = datetime(2026, 12, 5, 8, 0, tzinfo=BERLIN)
    assert shared_texts().words(language).moment(at) == written

from __future__ import annotations

import string
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from nudger.domain.conflict import (
    FOLLOW_UP_ALREADY,
    FOLLOW_UP_BUTTON,
    TOO_LATE_TODAY,
    conflict_text,
    follow_up_at,
    follow_up_confirmation,
    render_steps,
    steps,
)
from nudger.domain.styles import AttachmentStyle

LIMIT = 1000
LONG_NAME = "Maximiliana-Theodora Featherstonehaugh"
#: Words that would label or blame the partner; none may appear in a step.
FORBIDDEN = ("avoidant", "anxious", "fearful", "insecure", "attachment", "your fault", "always")


@pytest.mark.parametrize("style", list(AttachmentStyle))
def test_three_short_steps_for_every_style(style: AttachmentStyle) -> None:
    result = steps(style)
    assert len(result) == 3
    assert len(set(result)) == 3
    for step in result:
        assert step.strip() == step and step
        assert 20 <= len(step) <= 200
        fields = {n for _, n, _, _ in string.Formatter().parse(step) if n is not None}
        assert fields <= {"partner"}
        assert not any(word in step.lower() for word in FORBIDDEN)


@pytest.mark.parametrize("style", list(AttachmentStyle))
def test_conflict_text_renders_with_a_name(style: AttachmentStyle) -> None:
    text = conflict_text(style, "Sam")
    assert "Sam" in text
    assert "{" not in text
    rendered = render_steps(style, "Sam")
    for number, step in enumerate(rendered, start=1):
        assert f"{number}. {step}" in text
    assert "4." not in text
    assert "later today" in text
    assert len(conflict_text(style, LONG_NAME)) < LIMIT


def test_partner_name_is_filled_in_not_reformatted() -> None:
    assert "{x}" in conflict_text(AttachmentStyle.ANXIOUS, "{x}")
    assert all("{partner}" not in s for s in render_steps(AttachmentStyle.FEARFUL, "Sam"))


def test_style_specific_content_differs() -> None:
    anxious = " ".join(steps(AttachmentStyle.ANXIOUS)).lower()
    avoidant = " ".join(steps(AttachmentStyle.AVOIDANT)).lower()
    fearful = " ".join(steps(AttachmentStyle.FEARFUL)).lower()
    general = " ".join(steps(AttachmentStyle.SECURE)).lower()
    assert len({anxious, avoidant, fearful, general}) == 4
    # Anxious: reassurance of commitment, staying present, the bond.
    assert "reassurance" in anxious and "not going anywhere" in anxious
    assert "present" in anxious and "hug" in anxious
    # Avoidant: a lower temperature, their view, credit, space with a time to come back.
    assert "temperature" in avoidant and "view" in avoidant
    assert "thank" in avoidant and "space" in avoidant and "time to come back" in avoidant
    # Both high: reassurance and room, without pressure.
    assert "care" in fearful and "room" in fearful and "no pushing" in fearful
    assert steps(AttachmentStyle.SECURE) == steps(AttachmentStyle.UNKNOWN)


def test_follow_up_wording() -> None:
    at = datetime(2026, 3, 6, 19, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert follow_up_confirmation(at) == "I'll nudge you around 19:30 to reconnect."
    assert FOLLOW_UP_BUTTON == "Remind me later today"
    assert "today" in TOO_LATE_TODAY and "today" in FOLLOW_UP_ALREADY


BERLIN = "Europe/Berlin"


def _berlin(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(BERLIN))


def test_follow_up_comes_after_the_delay_in_utc() -> None:
    now = _berlin(2026, 6, 10, 14, 12, 45)
    at = follow_up_at(now, BERLIN)
    assert at is not None
    assert at.tzinfo is UTC
    assert at == datetime(2026, 6, 10, 15, 12, tzinfo=UTC)  # 17:12 Berlin (UTC+2)
    assert follow_up_confirmation(at.astimezone(ZoneInfo(BERLIN))).endswith("17:12 to reconnect.")


def test_follow_up_at_the_latest_time_is_allowed_one_minute_later_is_not() -> None:
    delay = timedelta(hours=3)
    assert follow_up_at(_berlin(2026, 6, 10, 19, 0), BERLIN, delay, latest=time(22, 0)) == (
        _berlin(2026, 6, 10, 22, 0)
    )
    assert follow_up_at(_berlin(2026, 6, 10, 19, 1), BERLIN, delay, latest=time(22, 0)) is None


def test_follow_up_never_spills_into_tomorrow() -> None:
    assert follow_up_at(_berlin(2026, 6, 10, 23, 30), BERLIN, latest=time(23, 59)) is None


def test_follow_up_waits_for_the_morning() -> None:
    at = follow_up_at(_berlin(2026, 6, 10, 1, 0), BERLIN, earliest=time(8, 0))
    assert at == _berlin(2026, 6, 10, 8, 0)


def test_follow_up_across_a_dst_change_keeps_real_elapsed_time() -> None:
    # 29 March 2026: Berlin clocks jump from 02:00 to 03:00, so 3 real hours after
    # 01:30 is 05:30 on the wall clock, not 04:30.
    now = _berlin(2026, 3, 29, 1, 30)
    at = follow_up_at(now, BERLIN, timedelta(hours=3), earliest=time(0, 0))
    assert at is not None
    assert at - now == timedelta(hours=3)
    assert at.astimezone(ZoneInfo(BERLIN)).time() == time(5, 30)


def test_follow_up_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        follow_up_at(datetime(2026, 6, 10, 12, 0), BERLIN)

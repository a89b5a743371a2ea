from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from nudger.bot.conflict import (
    FOLLOW_UP_ALREADY,
    conflict_text,
    follow_up_button,
    follow_up_confirmation,
    step_texts,
)
from nudger.domain.conflict import (
    STEP_COUNT,
    FollowUp,
    FollowUpKind,
    FollowUpWhen,
    StepSet,
    follow_up_when,
    plan_follow_up,
    step_set,
    steps,
)
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.planning import QUIET_ENDS, QUIET_STARTS, ScheduleError, in_quiet_hours
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts
from tests.support.ftl_vars import message_variables
from tests.support.words import EN, english

LIMIT = 1000
LONG_NAME = "Maximiliana-Theodora Featherstonehaugh"
#: Words that would label or blame the partner; none may appear in a step.
FORBIDDEN = ("avoidant", "anxious", "fearful", "insecure", "attachment", "your fault", "always")
SAM = english("Sam")


@pytest.mark.parametrize("style", list(AttachmentStyle))
def test_three_short_steps_for_every_style(style: AttachmentStyle) -> None:
    result = step_texts(SAM, style)
    assert len(result) == STEP_COUNT == 3
    assert len(set(result)) == 3
    for step in result:
        assert step.strip() == step and step
        assert 20 <= len(step) <= 200
        assert "{" not in step
        assert not any(word in step.lower() for word in FORBIDDEN)


@pytest.mark.parametrize("step_set", list(StepSet))
@pytest.mark.parametrize("number", range(1, STEP_COUNT + 1))
def test_every_step_has_its_english_message(step_set: StepSet, number: int) -> None:
    """Each step is a message needing at most ``$partner`` (which every call passes, with
    ``$gender``), and renders with the partner's name."""
    msg_id = f"conflict-step-{step_set.value}-{number}"
    variables = message_variables(Language.EN, msg_id)
    assert variables <= {"partner"}
    for gender in PartnerGender:
        text = shared_texts().words(Language.EN, "Sam", gender)(msg_id)
        assert ("Sam" in text) == ("partner" in variables)
        assert "{" not in text and "your partner" not in text


def test_steps_are_keys_of_the_styles_set() -> None:
    assert steps(AttachmentStyle.ANXIOUS) == ("anxious-1", "anxious-2", "anxious-3")
    assert {step_set(s) for s in AttachmentStyle} == set(StepSet)
    assert step_set(AttachmentStyle.SECURE) is step_set(AttachmentStyle.UNKNOWN)
    assert step_set(AttachmentStyle.SECURE) is StepSet.GENERAL


@pytest.mark.parametrize("style", list(AttachmentStyle))
def test_conflict_text_renders_with_a_name(style: AttachmentStyle) -> None:
    text = conflict_text(SAM, style)
    assert "Sam" in text
    assert "{" not in text
    rendered = step_texts(SAM, style)
    for number, step in enumerate(rendered, start=1):
        assert f"{number}. {step}" in text
    assert "4." not in text
    assert text.endswith("I'll send you an idea for one later today.")
    morning = conflict_text(SAM, style, FollowUpWhen.TOMORROW_MORNING)
    assert morning.endswith("I'll send you an idea for one tomorrow morning.")
    early = conflict_text(SAM, style, FollowUpWhen.THIS_MORNING)
    assert early.endswith("I'll send you an idea for one this morning.")
    assert len(conflict_text(english(LONG_NAME), style)) < LIMIT


def test_partner_name_is_filled_in_not_reformatted() -> None:
    assert "{x}" in conflict_text(english("{x}"), AttachmentStyle.ANXIOUS)
    assert all("partner" not in s for s in step_texts(SAM, AttachmentStyle.FEARFUL))


def test_style_specific_content_differs() -> None:
    anxious = " ".join(step_texts(SAM, AttachmentStyle.ANXIOUS)).lower()
    avoidant = " ".join(step_texts(SAM, AttachmentStyle.AVOIDANT)).lower()
    fearful = " ".join(step_texts(SAM, AttachmentStyle.FEARFUL)).lower()
    general = " ".join(step_texts(SAM, AttachmentStyle.SECURE)).lower()
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


BERLIN = "Europe/Berlin"
LATER, SOONER, MORNING = FollowUpKind.LATER, FollowUpKind.SOONER, FollowUpKind.MORNING
DEFAULT_QUIET = (time(22), time(8))


def _berlin(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=ZoneInfo(BERLIN))


def _nov(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """That local time in Berlin (UTC+1) in November 2026."""
    return _berlin(2026, 11, day, hour, minute)


def _plan(now: datetime, quiet: tuple[time, time] = DEFAULT_QUIET) -> FollowUp:
    return plan_follow_up(now, BERLIN, *quiet)


def test_follow_up_comes_after_the_delay_in_utc() -> None:
    now = _berlin(2026, 6, 10, 14, 12, 45)
    follow_up = _plan(now)
    assert follow_up.kind is LATER
    assert follow_up.at.tzinfo is UTC
    assert follow_up.at == datetime(2026, 6, 10, 15, 12, tzinfo=UTC)  # 17:12 Berlin (UTC+2)
    assert follow_up_confirmation(EN, follow_up, now, BERLIN) == (
        "I'll nudge you around 17:12 to reconnect."
    )


@pytest.mark.parametrize(
    ("now", "kind", "at"),
    [
        (_nov(8, 0), LATER, _nov(11, 0)),
        (_nov(18, 59), LATER, _nov(21, 59)),  # the last minute the full delay fits
        (_nov(19, 0), SOONER, _nov(21, 30)),  # 22:00 would be quiet: half an hour before
        (_nov(21, 0), SOONER, _nov(21, 30)),
        (_nov(21, 15), SOONER, _nov(21, 30)),  # exactly 45 minutes of room left
        (_nov(21, 16), MORNING, _nov(8, 30, day=24)),  # 44 minutes: too close
        (_nov(21, 50), MORNING, _nov(8, 30, day=24)),
        (_nov(22, 0), MORNING, _nov(8, 30, day=24)),  # in quiet hours
        (_nov(23, 59), MORNING, _nov(8, 30, day=24)),
        (_nov(0, 30), MORNING, _nov(8, 30)),  # after midnight: this morning
        (_nov(7, 59), MORNING, _nov(8, 30)),
    ],
)
def test_follow_up_through_an_ordinary_day(now: datetime, kind: FollowUpKind, at: datetime) -> None:
    assert _plan(now) == FollowUp(kind, at.astimezone(UTC))


def test_follow_up_is_to_the_whole_minute() -> None:
    assert _plan(_nov(18, 59) + timedelta(seconds=59, microseconds=5)).at == _nov(21, 59)
    assert _plan(_nov(21, 15) + timedelta(seconds=30)).kind is MORNING  # under 45 minutes


@pytest.mark.parametrize(
    ("quiet", "now", "kind", "at"),
    [
        ((20, 9), _nov(16, 59), LATER, _nov(19, 59)),
        ((20, 9), _nov(17, 0), SOONER, _nov(19, 30)),
        ((20, 9), _nov(19, 15), SOONER, _nov(19, 30)),
        ((20, 9), _nov(19, 16), MORNING, _nov(9, 30, day=24)),
        ((20, 9), _nov(8, 45), MORNING, _nov(9, 30)),  # still quiet until 09:00
        ((21, 7), _nov(20, 0), SOONER, _nov(20, 30)),
        ((21, 7), _nov(6, 59), MORNING, _nov(7, 30)),
        ((21, 7), _nov(7, 0), LATER, _nov(10, 0)),  # earlier than the default 08:00 is fine
        ((22, 10), _nov(5, 0), MORNING, _nov(10, 30)),
        ((22, 10), _nov(21, 50), MORNING, _nov(10, 30, day=24)),
    ],
)
def test_follow_up_with_custom_quiet_hours(
    quiet: tuple[int, int], now: datetime, kind: FollowUpKind, at: datetime
) -> None:
    assert _plan(now, (time(quiet[0]), time(quiet[1]))) == FollowUp(kind, at.astimezone(UTC))


def test_follow_up_in_the_spring_dst_night() -> None:
    # 29 March 2026: Berlin clocks jump from 02:00 to 03:00 in the quiet hours.
    now = _berlin(2026, 3, 28, 21, 50)  # CET, UTC+1
    follow_up = _plan(now)
    assert follow_up.kind is MORNING
    assert follow_up.at == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # 08:30 CEST
    assert follow_up.at - now == timedelta(hours=9, minutes=40)  # one wall hour less
    assert follow_up_confirmation(EN, follow_up, now, BERLIN) == (
        "I'll nudge you tomorrow around 08:30 to reconnect."
    )
    during = _berlin(2026, 3, 29, 1, 30)
    assert _plan(during) == follow_up  # before the jump: still this morning's 08:30
    assert follow_up_when(follow_up, during, BERLIN) is FollowUpWhen.THIS_MORNING


def test_follow_up_in_the_autumn_dst_night() -> None:
    # 25 October 2026: Berlin clocks go back from 03:00 to 02:00.
    now = _berlin(2026, 10, 24, 21, 0)  # CEST, UTC+2
    assert _plan(now) == FollowUp(SOONER, datetime(2026, 10, 24, 19, 30, tzinfo=UTC))
    late = _plan(_berlin(2026, 10, 24, 21, 50))
    assert late == FollowUp(MORNING, datetime(2026, 10, 25, 7, 30, tzinfo=UTC))  # 08:30 CET
    # The repeated hour, either time round: the same morning.
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert _plan(first) == _plan(second) == late


@pytest.mark.parametrize(
    ("zone", "start"),
    [
        (BERLIN, datetime(2026, 3, 27, 12, 0, tzinfo=UTC)),
        (BERLIN, datetime(2026, 10, 23, 12, 0, tzinfo=UTC)),
        ("America/New_York", datetime(2026, 3, 7, 12, 0, tzinfo=UTC)),
        ("Australia/Lord_Howe", datetime(2026, 4, 3, 12, 0, tzinfo=UTC)),  # half-hour change
        ("Asia/Kolkata", datetime(2026, 6, 1, 12, 0, tzinfo=UTC)),
    ],
)
@pytest.mark.parametrize("quiet_start", QUIET_STARTS)
@pytest.mark.parametrize("quiet_end", [QUIET_ENDS[0], QUIET_ENDS[-1]])
def test_follow_up_is_never_in_quiet_hours_and_the_kind_fits(
    zone: str, start: datetime, quiet_start: time, quiet_end: time
) -> None:
    for step in range(0, 3 * 24 * 60, 7):
        now = start + timedelta(minutes=step)
        follow_up = plan_follow_up(now, zone, quiet_start, quiet_end)
        at = follow_up.at
        assert at.second == at.microsecond == 0 and at.tzinfo is UTC
        assert not in_quiet_hours(at, zone, quiet_start, quiet_end), (now, follow_up)
        assert now < at <= now + timedelta(hours=17), (now, follow_up)  # 14 h quiet at most
        quiet_now = in_quiet_hours(now, zone, quiet_start, quiet_end)
        if follow_up.kind is LATER:
            assert at == (now + timedelta(hours=3)).replace(second=0, microsecond=0)
        elif follow_up.kind is SOONER:
            assert not quiet_now and at >= now + timedelta(minutes=14)
            assert in_quiet_hours(at + timedelta(minutes=30), zone, quiet_start, quiet_end)
        else:
            # Nothing allowed between now and then: quiet hours lie in between (or now).
            assert quiet_now or at - now > timedelta(hours=3)
            assert in_quiet_hours(at - timedelta(minutes=31), zone, quiet_start, quiet_end)


def test_follow_up_wording() -> None:
    now = _nov(14, 0)
    later = _plan(now)
    assert follow_up_when(later, now, BERLIN) is FollowUpWhen.LATER
    assert follow_up_button(EN, FollowUpWhen.LATER) == "Remind me later today"
    sooner = _plan(_nov(21, 0))
    assert follow_up_when(sooner, _nov(21, 0), BERLIN) is FollowUpWhen.LATER
    assert follow_up_confirmation(EN, sooner, _nov(21, 0), BERLIN) == (
        "I'll nudge you around 21:30 to reconnect, before your quiet hours begin."
    )
    evening = _nov(21, 50)
    morning = _plan(evening)
    assert follow_up_when(morning, evening, BERLIN) is FollowUpWhen.TOMORROW_MORNING
    assert follow_up_button(EN, FollowUpWhen.TOMORROW_MORNING) == "Remind me tomorrow morning"
    assert follow_up_confirmation(EN, morning, evening, BERLIN) == (
        "I'll nudge you tomorrow around 08:30 to reconnect."
    )
    assert follow_up_confirmation(EN, morning, evening, BERLIN, asked_for_today=True) == (
        "It's getting late, so I'll nudge you tomorrow around 08:30 to reconnect."
    )
    night = _nov(1, 0)
    early = _plan(night)
    assert follow_up_when(early, night, BERLIN) is FollowUpWhen.THIS_MORNING
    assert follow_up_button(EN, FollowUpWhen.THIS_MORNING) == "Remind me this morning"
    assert follow_up_confirmation(EN, early, night, BERLIN) == (
        "I'll nudge you this morning around 08:30 to reconnect."
    )
    assert follow_up_confirmation(EN, early, night, BERLIN, asked_for_today=True) == (
        "It's getting late, so I'll nudge you this morning around 08:30 to reconnect."
    )
    already = EN(FOLLOW_UP_ALREADY)
    assert "today" not in already and "reminder" in already


def test_follow_up_needs_an_aware_time_and_real_quiet_hours() -> None:
    with pytest.raises(ValueError, match="aware"):
        plan_follow_up(datetime(2026, 6, 10, 12, 0), BERLIN, *DEFAULT_QUIET)
    with pytest.raises(ScheduleError, match="quiet-start"):
        plan_follow_up(_nov(12, 0), BERLIN, time(23), time(8))
    with pytest.raises(ScheduleError, match="unknown-zone"):
        plan_follow_up(_nov(12, 0), "Mars/Olympus", *DEFAULT_QUIET)

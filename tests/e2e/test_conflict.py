"""End to end: /conflict, its follow-up button and the follow-up nudge, through real PTB."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from nudger import texts
from nudger.app import NudgerApp
from nudger.domain.catalog import Context
from nudger.domain.conflict import (
    FOLLOW_UP_ALREADY,
    FOLLOW_UP_BUTTON,
    TOO_LATE_TODAY,
    conflict_text,
    follow_up_confirmation,
)
from nudger.domain.model import Profile
from nudger.domain.styles import AttachmentStyle
from nudger.features.conflict import follow_up_span
from nudger.storage import repository as repo
from nudger.storage.db import session_factory
from nudger.storage.tables import NudgeRow
from nudger.testing import FakeBotApi, FakeMessage
from tests.conftest import FakeClock
from tests.e2e.conftest import Chat

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in November
NUDGE_BUTTONS = [texts.DONE_BUTTON, texts.SKIP_BUTTON, texts.SNOOZE_BUTTON]
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def berlin(hour: int, minute: int = 0) -> datetime:
    """That local time in Berlin on the test day (Mon 23 Nov 2026), in UTC."""
    return datetime(2026, 11, 23, hour, minute, tzinfo=BERLIN).astimezone(UTC)


async def onboard(chat: Chat, style: str = "Anxious") -> None:
    # One evening nudge a day, so no planned nudge gets in the way of the follow-up.
    await chat.onboard(name="Sam", style=style, per_day="1", windows=("Evening",))


async def profile_of(app: NudgerApp, chat: Chat) -> Profile:
    async with session_factory(app.engine)() as session:
        profile = await repo.get_profile(session, chat.user.user_id)
    assert profile is not None
    return profile


async def conflicts(app: NudgerApp, chat: Chat) -> list[datetime]:
    profile = await profile_of(app, chat)
    async with session_factory(app.engine)() as session:
        return await repo.conflict_times(session, profile.id, EPOCH)


async def followups(app: NudgerApp) -> list[Any]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(
            select(NudgeRow).where(NudgeRow.source == "followup").order_by(NudgeRow.id)
        )
        return list(rows)


async def snapshot(app: NudgerApp) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with app.engine.connect() as connection:
        for table in ("users", "nudges", "conflicts"):
            rows = await connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            out[table] = [tuple(r) for r in rows]
    return out


def message(chat: Chat, message_id: int) -> FakeMessage:
    return next(m for m in chat.user.messages if m.message_id == message_id)


async def later(chat: Chat, message_id: int) -> str | None:
    """Tap "Remind me later today" and wait until the /conflict message is edited."""
    mark = chat.api.mark()
    notice = await chat.press(message_id, "c:later")
    await chat.api.wait_for_call(
        "editMessageText", lambda c: c.params.get("message_id") == message_id, since=mark
    )
    return notice


@pytest.mark.parametrize("style", [AttachmentStyle.AVOIDANT, AttachmentStyle.ANXIOUS])
async def test_conflict_shows_steps_for_the_style_and_is_recorded(
    app: NudgerApp, chat: Chat, clock: FakeClock, style: AttachmentStyle
) -> None:
    await onboard(chat, style.label)
    [reply] = await chat.say("/conflict")
    assert reply.text == conflict_text(style, "Sam")
    assert reply.buttons == [FOLLOW_UP_BUTTON]
    assert await conflicts(app, chat) == [clock.now]

    clock.advance(timedelta(hours=1))
    await chat.say("/conflict")
    assert await conflicts(app, chat) == [clock.now - timedelta(hours=1), clock.now]
    assert await followups(app) == []  # nothing is planned until the button is tapped


async def test_steps_differ_between_avoidant_and_anxious(api: FakeBotApi, app: NudgerApp) -> None:
    alex, kim = Chat(api, api.user(501, "Alex")), Chat(api, api.user(502, "Kim"))
    await onboard(alex, "Avoidant")
    await onboard(kim, "Anxious")
    [for_avoidant] = await alex.say("/conflict")
    [for_anxious] = await kim.say("/conflict")
    assert for_avoidant.text != for_anxious.text
    assert "reassurance" in (for_anxious.text or "")
    assert "temperature" in (for_avoidant.text or "")


async def test_follow_up_is_planned_once_and_then_sent(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat, "Avoidant")
    clock.set(
        berlin(
            9,
            30,
        )
    )
    [reply] = await chat.say("/conflict")
    due = berlin(12, 30)  # three hours later
    confirmation = follow_up_confirmation(due.astimezone(BERLIN))
    assert confirmation.endswith("12:30 to reconnect.")

    assert await later(chat, reply.message_id) == confirmation
    edited = message(chat, reply.message_id)
    assert edited.text == f"{conflict_text(AttachmentStyle.AVOIDANT, 'Sam')}\n\n{confirmation}"
    assert edited.buttons == []
    [row] = await followups(app)
    assert (row.due_at, row.state, row.prompt_id) == (due, "planned", None)

    # A second tap (an old message, or a forged press) adds nothing.
    clock.advance(timedelta(minutes=5))
    assert await later(chat, reply.message_id) == FOLLOW_UP_ALREADY
    [again] = await followups(app)
    assert again.id == row.id
    [other] = await chat.say("/conflict")
    assert await later(chat, other.message_id) == FOLLOW_UP_ALREADY
    assert len(await followups(app)) == 1

    clock.set(due - timedelta(minutes=1))
    await app.tick_once()
    assert [r.state for r in await followups(app)] == ["planned"]
    clock.set(due)
    mark = api.mark()
    await app.tick_once()
    await api.wait_for_call("sendMessage", since=mark)
    nudge = chat.user.last_message
    assert nudge.buttons == NUDGE_BUTTONS
    [sent] = await followups(app)
    assert sent.state == "sent" and sent.prompt_id is not None
    prompt = app.catalog.get(sent.prompt_id)
    assert prompt is not None and prompt.context is Context.AFTER_CONFLICT
    assert prompt.render("Sam") in (nudge.text or "")

    # Once it has been sent, a new /conflict may ask for another one.
    [third] = await chat.say("/conflict")
    clock.set(berlin(13, 0))
    assert await later(chat, third.message_id) == follow_up_confirmation(
        berlin(16, 0).astimezone(BERLIN)
    )
    assert len(await followups(app)) == 2


@pytest.mark.parametrize(
    ("now", "quiet", "due"),
    [
        (berlin(18, 59), (22, 8), berlin(21, 59)),  # the last minute before quiet hours
        (berlin(17, 59), (21, 8), berlin(20, 59)),  # earlier quiet hours, earlier limit
        (berlin(18, 0), (21, 8), None),  # would be 21:00: quiet already
        (berlin(4, 0), (22, 8), berlin(8, 0)),  # early: moved to the end of quiet hours
        (berlin(5, 0), (22, 10), berlin(10, 0)),
        (berlin(7, 30), (20, 7), berlin(10, 30)),  # quiet hours over: three hours later
    ],
)
async def test_follow_up_respects_quiet_hours(
    app: NudgerApp,
    chat: Chat,
    clock: FakeClock,
    now: datetime,
    quiet: tuple[int, int],
    due: datetime | None,
) -> None:
    await onboard(chat)
    profile = await profile_of(app, chat)
    async with session_factory(app.engine).begin() as session:
        await repo.update_settings(
            session, profile.id, clock.now, quiet_start=quiet[0], quiet_end=quiet[1]
        )
    clock.set(now)
    [reply] = await chat.say("/conflict")
    notice = await later(chat, reply.message_id)
    if due is None:
        assert notice == TOO_LATE_TODAY
        assert await followups(app) == []
        return
    assert notice == follow_up_confirmation(due.astimezone(BERLIN))
    [row] = await followups(app)
    assert row.due_at == due


@pytest.mark.parametrize("now", [berlin(19, 0), berlin(21, 30), berlin(23, 50)])
async def test_too_late_today_plans_nothing(
    app: NudgerApp, chat: Chat, clock: FakeClock, now: datetime
) -> None:
    await onboard(chat)
    clock.set(now)
    [reply] = await chat.say("/conflict")
    before = await snapshot(app)
    assert await later(chat, reply.message_id) == TOO_LATE_TODAY
    edited = message(chat, reply.message_id)
    assert edited.buttons == [] and (edited.text or "").endswith(TOO_LATE_TODAY)
    assert await followups(app) == []
    assert await snapshot(app) == before


async def test_paused_user_can_still_ask_for_a_follow_up(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.say("/pause")
    assert (await profile_of(app, chat)).paused
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [FOLLOW_UP_BUTTON]
    assert await later(chat, reply.message_id) == follow_up_confirmation(
        berlin(11, 0).astimezone(BERLIN)
    )
    [row] = await followups(app)
    assert row.due_at == berlin(11, 0)
    assert len(await conflicts(app, chat)) == 1


async def test_conflict_needs_setup_and_bad_buttons_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    [reply] = await chat.say("/conflict")
    assert reply.text == texts.NOT_SET_UP
    await chat.say("/start", replies=2)
    [reply] = await chat.say("/conflict")
    assert reply.text == texts.NOT_SET_UP
    before = await snapshot(app)
    assert await chat.press(reply.message_id, "c:later") == texts.NOT_SET_UP
    assert await snapshot(app) == before
    assert before["conflicts"] == []

    await chat.say("Sam")
    await chat.tap_and_wait("Anxious", "sendMessage")
    await chat.say("Europe/Berlin", replies=2)
    await chat.tap_and_wait("1", "sendMessage")
    await chat.tap_and_wait("Evening", "editMessageText")
    await chat.tap_and_wait("Save", "sendMessage")
    [conflict] = await chat.say("/conflict")
    mallory = Chat(api, api.user(666, "Mallory"))
    await mallory.say("/start", replies=2)
    before = await snapshot(app)
    edits = len(api.calls_to("editMessageText"))
    for data in ("c:", "c:now", "c:later:1", "c:later\n", "c:LATER", "c:later "):
        assert await chat.press(conflict.message_id, data) == texts.BAD_BUTTON, data
    assert await mallory.press(mallory.user.last_message.message_id, "c:later") == (
        texts.NOT_SET_UP
    )
    assert await snapshot(app) == before
    assert len(api.calls_to("editMessageText")) == edits
    assert message(chat, conflict.message_id).buttons == [FOLLOW_UP_BUTTON]


@pytest.mark.parametrize(
    ("quiet", "span"),
    [
        ((22, 8), (time(8), time(21, 59))),
        ((23, 7), (time(7), time(22, 59))),
        ((0, 8), (time(8), time(23, 59))),
        ((1, 9), (time(9), time(23, 59))),
        ((21, 21), (time(0), time(23, 59))),
    ],
)
def test_follow_up_span_from_quiet_hours(quiet: tuple[int, int], span: tuple[time, time]) -> None:
    assert follow_up_span(*quiet) == span


@pytest.mark.parametrize("quiet", [(24, 8), (22, -1)])
def test_follow_up_span_rejects_impossible_hours(quiet: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="quiet hours"):
        follow_up_span(*quiet)

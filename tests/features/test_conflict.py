"""Fast tier, through the router: /conflict, its follow-up button and the follow-up nudge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from nudger.app import NudgerApp
from nudger.bot.conflict import FOLLOW_UP_ALREADY, conflict_text
from nudger.bot.words import BAD_BUTTON, NOT_SET_UP, style_label
from nudger.domain.conflict import FollowUpWhen
from nudger.domain.model import Profile
from nudger.domain.prompts import Context
from nudger.domain.styles import AttachmentStyle
from nudger.storage import history, users
from nudger.storage.db import session_factory
from nudger.storage.tables import NudgeRow
from nudger.testing.fake_bot_api import FakeBotApi, FakeMessage
from tests.conftest import FakeClock
from tests.support.chat import Chat
from tests.support.rows import eventually
from tests.support.words import EN, NUDGE_BUTTONS, english

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in November
LATER_TODAY = "Remind me later today"
TOMORROW_MORNING = "Remind me tomorrow morning"
THIS_MORNING = "Remind me this morning"
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
SAM = english("Sam")


def berlin(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """That local time in Berlin on the test day (Mon 23 Nov 2026, or ``day``), in UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def at(hhmm: str) -> str:
    """The confirmation for a follow-up later today at ``hhmm``."""
    return f"I'll nudge you around {hhmm} to reconnect."


def sooner(hhmm: str) -> str:
    """The confirmation for a follow-up moved to just before quiet hours."""
    return f"I'll nudge you around {hhmm} to reconnect, before your quiet hours begin."


def morning(day: str, hhmm: str) -> str:
    """The confirmation for a morning follow-up (``day``: "tomorrow" or "this morning")."""
    return f"I'll nudge you {day} around {hhmm} to reconnect."


async def onboard(chat: Chat, style: str = "Anxious") -> None:
    # One evening nudge a day, so no planned nudge gets in the way of the follow-up.
    await chat.onboard(name="Sam", style=style, per_day="1", windows=("Evening",))


async def profile_of(app: NudgerApp, chat: Chat) -> Profile:
    async with session_factory(app.engine)() as session:
        profile = await users.by_telegram_id(session, chat.user.user_id)
    assert profile is not None
    return profile


async def conflicts(app: NudgerApp, chat: Chat) -> list[datetime]:
    profile = await profile_of(app, chat)
    async with session_factory(app.engine)() as session:
        return await history.conflict_times(session, profile.id, EPOCH)


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


async def set_quiet(app: NudgerApp, chat: Chat, clock: FakeClock, quiet: tuple[int, int]) -> None:
    profile = await profile_of(app, chat)
    async with session_factory(app.engine).begin() as session:
        await users.update_settings(
            session, profile.id, clock.now, quiet_start=quiet[0], quiet_end=quiet[1]
        )


async def later(chat: Chat, message_id: int, data: str = "c:later") -> str | None:
    """Tap the follow-up button (``data``) and wait until the /conflict message is edited."""
    mark = chat.api.mark()
    notice = await chat.press(message_id, data)
    await chat.api.wait_for_call(
        "editMessageText", lambda c: c.params.get("message_id") == message_id, since=mark
    )
    return notice


@pytest.mark.parametrize("style", [AttachmentStyle.AVOIDANT, AttachmentStyle.ANXIOUS])
async def test_conflict_shows_steps_for_the_style_and_is_recorded(
    app: NudgerApp, chat: Chat, clock: FakeClock, style: AttachmentStyle
) -> None:
    await onboard(chat, style_label(EN, style))
    [reply] = await chat.say("/conflict")
    assert reply.text == conflict_text(SAM, style)
    assert reply.buttons == [LATER_TODAY]
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
    clock.set(berlin(9, 30))
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [LATER_TODAY]
    due = berlin(12, 30)  # three hours later
    confirmation = at("12:30")

    assert await later(chat, reply.message_id) == confirmation
    edited = message(chat, reply.message_id)
    assert edited.text == f"{conflict_text(SAM, AttachmentStyle.AVOIDANT)}\n\n{confirmation}"
    assert edited.buttons == []
    [row] = await followups(app)
    assert (row.due_at, row.state, row.prompt_id) == (due, "planned", None)

    # A second tap (an old message, or a forged press) adds nothing.
    clock.advance(timedelta(minutes=5))
    assert await later(chat, reply.message_id) == EN(FOLLOW_UP_ALREADY)
    [again] = await followups(app)
    assert again.id == row.id
    [other] = await chat.say("/conflict")
    assert await later(chat, other.message_id) == EN(FOLLOW_UP_ALREADY)
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
    assert SAM.prompt(prompt.id) in (nudge.text or "")

    # Once it has been sent, a new /conflict may ask for another one.
    [third] = await chat.say("/conflict")
    clock.set(berlin(13, 0))
    assert await later(chat, third.message_id) == at("16:00")
    assert len(await followups(app)) == 2


@pytest.mark.parametrize(
    ("now", "quiet", "button", "data", "due", "confirmation"),
    [
        (berlin(18, 59), (22, 8), LATER_TODAY, "c:later", berlin(21, 59), at("21:59")),
        # Three hours won't fit before quiet hours: half an hour before they begin.
        (berlin(19, 0), (22, 8), LATER_TODAY, "c:later", berlin(21, 30), sooner("21:30")),
        (berlin(21, 0), (22, 8), LATER_TODAY, "c:later", berlin(21, 30), sooner("21:30")),
        # Less than 45 minutes left (or quiet already): shortly after they end.
        (
            berlin(21, 50),
            (22, 8),
            TOMORROW_MORNING,
            "c:morning",
            berlin(8, 30, day=24),
            morning("tomorrow", "08:30"),
        ),
        (
            berlin(23, 50),
            (22, 8),
            TOMORROW_MORNING,
            "c:morning",
            berlin(8, 30, day=24),
            morning("tomorrow", "08:30"),
        ),
        # Custom quiet hours move every limit.
        (berlin(17, 0), (20, 9), LATER_TODAY, "c:later", berlin(19, 30), sooner("19:30")),
        (
            berlin(19, 20),
            (20, 9),
            TOMORROW_MORNING,
            "c:morning",
            berlin(9, 30, day=24),
            morning("tomorrow", "09:30"),
        ),
        (
            berlin(4, 0),
            (22, 8),
            THIS_MORNING,
            "c:thismorning",
            berlin(8, 30),
            morning("this morning", "08:30"),
        ),
        (
            berlin(5, 0),
            (22, 10),
            THIS_MORNING,
            "c:thismorning",
            berlin(10, 30),
            morning("this morning", "10:30"),
        ),
        (berlin(7, 30), (20, 7), LATER_TODAY, "c:later", berlin(10, 30), at("10:30")),
    ],
)
async def test_the_button_offered_is_what_a_tap_does(
    app: NudgerApp,
    chat: Chat,
    clock: FakeClock,
    now: datetime,
    quiet: tuple[int, int],
    button: str,
    data: str,
    due: datetime,
    confirmation: str,
) -> None:
    await onboard(chat)
    await set_quiet(app, chat, clock, quiet)
    clock.set(now)
    [reply] = await chat.say("/conflict")
    text = conflict_text(SAM, AttachmentStyle.ANXIOUS, FollowUpWhen(data.removeprefix("c:")))
    assert reply.text == text
    assert reply.buttons == [button]
    assert [d for row in reply.reply_markup for _, d in row] == [data]
    assert await chat.tap(button, reply.message_id) == confirmation
    await chat.api.wait_until(lambda: message(chat, reply.message_id).buttons == [])
    assert message(chat, reply.message_id).text == f"{text}\n\n{confirmation}"
    [row] = await followups(app)
    assert (row.due_at, row.state) == (due, "planned")


async def test_a_morning_follow_up_comes_after_quiet_hours(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(berlin(21, 50))
    [reply] = await chat.say("/conflict")
    assert await later(chat, reply.message_id, "c:morning") == morning("tomorrow", "08:30")
    due = berlin(8, 30, day=24)
    clock.set(due - timedelta(minutes=1))
    await app.tick_once()
    assert [r.state for r in await followups(app)] == ["planned"]
    clock.set(due)
    mark = api.mark()
    await app.tick_once()
    await api.wait_for_call("sendMessage", since=mark)
    [sent] = await followups(app)
    assert sent.state == "sent" and sent.prompt_id is not None
    prompt = app.catalog.get(sent.prompt_id)
    assert prompt is not None and prompt.context is Context.AFTER_CONFLICT
    assert chat.user.last_message.text is not None
    assert SAM.prompt(prompt.id) in chat.user.last_message.text


async def test_a_later_tap_plans_what_fits_then(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    # Offered "later today" at 21:00; tapped at 21:50: too late now, so tomorrow morning.
    clock.set(berlin(21, 0))
    [evening] = await chat.say("/conflict")
    assert evening.buttons == [LATER_TODAY]
    clock.set(berlin(21, 50))
    late = f"It's getting late, so {morning('tomorrow', '08:30')}"
    assert await later(chat, evening.message_id) == late
    edited = message(chat, evening.message_id)
    assert edited.buttons == []
    assert edited.text == f"{conflict_text(SAM, AttachmentStyle.ANXIOUS)}\n\n{late}"
    [first] = await followups(app)
    assert first.due_at == berlin(8, 30, day=24)

    # One follow-up at a time, whichever button.
    clock.set(berlin(23, 0))
    [night] = await chat.say("/conflict")
    assert night.buttons == [TOMORROW_MORNING]
    assert await later(chat, night.message_id, "c:morning") == EN(FOLLOW_UP_ALREADY)
    assert (message(chat, night.message_id).text or "").endswith(
        f"one tomorrow morning.\n\n{EN(FOLLOW_UP_ALREADY)}"
    )
    assert [r.id for r in await followups(app)] == [first.id]

    # Offered "tomorrow morning" the night before, tapped after the follow-up went out at
    # noon: three hours from then.
    clock.set(berlin(8, 30, day=24))
    await app.tick_once()
    await eventually_sent(app)
    clock.set(berlin(12, 0, day=24))
    assert await later(chat, night.message_id, "c:morning") == at("15:00")
    assert [r.due_at for r in await followups(app)] == [
        berlin(8, 30, day=24),
        berlin(15, 0, day=24),
    ]


async def test_offered_before_midnight_tapped_after(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    clock.set(berlin(23, 50))
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [TOMORROW_MORNING]
    clock.set(berlin(0, 10, day=24))
    assert await later(chat, reply.message_id, "c:morning") == morning("this morning", "08:30")
    [row] = await followups(app)
    assert row.due_at == berlin(8, 30, day=24)


async def test_follow_up_over_the_spring_dst_night(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    # Sat 28 March 2026: Berlin clocks jump from 02:00 to 03:00 in the night.
    clock.set(datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN).astimezone(UTC))
    await onboard(chat)
    clock.set(datetime(2026, 3, 28, 21, 50, tzinfo=BERLIN).astimezone(UTC))
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [TOMORROW_MORNING]
    assert await later(chat, reply.message_id, "c:morning") == morning("tomorrow", "08:30")
    [row] = await followups(app)
    assert row.due_at == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # 08:30 summer time
    clock.set(row.due_at)
    await app.tick_once()
    await eventually_sent(app)


async def eventually_sent(app: NudgerApp) -> None:
    async def sent() -> bool:
        return any(r.state == "sent" for r in await followups(app))

    await eventually(sent)


async def test_tapping_in_quiet_hours_never_plans_into_them(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    await set_quiet(app, chat, clock, (20, 10))
    clock.set(berlin(17, 0))
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [LATER_TODAY]  # 19:30, before quiet hours
    clock.set(berlin(20, 30))  # quiet by the time of the tap
    notice = await later(chat, reply.message_id)
    assert notice == f"It's getting late, so {morning('tomorrow', '10:30')}"
    [row] = await followups(app)
    assert row.due_at == berlin(10, 30, day=24)


async def test_paused_user_can_still_ask_for_a_follow_up(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    await chat.say("/pause")
    assert (await profile_of(app, chat)).paused
    [reply] = await chat.say("/conflict")
    assert reply.buttons == [LATER_TODAY]
    assert await later(chat, reply.message_id) == at("11:00")
    [row] = await followups(app)
    assert row.due_at == berlin(11, 0)
    assert len(await conflicts(app, chat)) == 1


async def test_conflict_needs_setup_and_bad_buttons_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    [reply] = await chat.say("/conflict")
    assert reply.text == EN(NOT_SET_UP)
    await chat.say("/start", replies=2)
    [reply] = await chat.say("/conflict")
    assert reply.text == EN(NOT_SET_UP)
    before = await snapshot(app)
    assert await chat.press(reply.message_id, "c:later") == EN(NOT_SET_UP)
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
    for data in (
        "c:",
        "c:now",
        "c:later:1",
        "c:later\n",
        "c:LATER",
        "c:later ",
        "c:Morning",
        "c:morning:1",
        "c:tomorrow",
        "c:sooner",
    ):
        assert await chat.press(conflict.message_id, data) == EN(BAD_BUTTON), data
    assert await mallory.press(mallory.user.last_message.message_id, "c:later") == EN(NOT_SET_UP)
    assert await snapshot(app) == before
    assert len(api.calls_to("editMessageText")) == edits
    assert message(chat, conflict.message_id).buttons == [LATER_TODAY]

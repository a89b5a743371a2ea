"""Fast tier, through the router: /pause with and without a length, /resume, and pauses that end
by themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from nudger.app import NudgerApp
from nudger.bot.words import NOT_SET_UP
from nudger.domain.durations import LengthProblem
from nudger.domain.model import Profile
from nudger.services import pause_words, pauses
from nudger.services.pause_words import ALREADY_PAUSED, NOT_PAUSED, PAUSED, resumed
from nudger.storage import history, users
from nudger.storage.tables import NudgeRow
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from tests.conftest import FakeClock
from tests.support.chat import Chat
from tests.support.rows import STATE_TABLES
from tests.support.words import EN

BERLIN = ZoneInfo("Europe/Berlin")


async def _profile(app: NudgerApp, telegram_id: int) -> Profile:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, telegram_id)
    assert profile is not None
    return profile


async def _periods(app: NudgerApp, user_id: int) -> list[tuple[datetime, datetime | None]]:
    async with app.router._deps.sessions() as session:
        return await history.pause_periods(session, user_id)


async def _nudges(app: NudgerApp, user_id: int) -> list[Any]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(
            select(NudgeRow).where(NudgeRow.user_id == user_id).order_by(NudgeRow.due_at)
        )
        return list(rows)


async def _everything(app: NudgerApp) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of users' data and state."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with app.engine.connect() as connection:
        for table in STATE_TABLES:
            rows = await connection.execute(select(table).order_by(*table.primary_key.columns))
            out[table.name] = [tuple(r) for r in rows]
    return out


def _nudges_sent_to(api: FakeBotApi, chat_id: int, since: int) -> list[str]:
    """Texts of messages with nudge buttons sent to the chat after ``since``."""
    found = []
    for call in api.calls[since:]:
        if call.method != "sendMessage" or call.params.get("chat_id") != chat_id:
            continue
        keyboard = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
        if any(str(b.get("callback_data", "")).startswith("n:") for r in keyboard for b in r):
            found.append(str(call.params.get("text")))
    return found


def _texts_to(api: FakeBotApi, chat_id: int, since: int) -> list[str]:
    return [
        str(call.params.get("text"))
        for call in api.calls[since:]
        if call.method == "sendMessage" and call.params.get("chat_id") == chat_id
    ]


async def test_a_week_away_ends_by_itself(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()  # Europe/Berlin; the clock is Mon 23 Nov 2026, 08:00 there
    user = await _profile(app, chat.user.user_id)
    assert [n for n in await _nudges(app, user.id) if n.state == "planned"] != []
    started = clock.now

    [reply] = await chat.say("/pause 1w")
    end = started + timedelta(days=7)
    assert reply.text == pause_words.paused_until(EN, end.astimezone(BERLIN), False)
    assert "Paused until Mon 30 Nov, 08:00 (your time)" in (reply.text or "")
    profile = await _profile(app, chat.user.user_id)
    assert (profile.paused, profile.paused_until) == (True, end)
    assert await _periods(app, user.id) == [(started, None)]
    assert [n for n in await _nudges(app, user.id) if n.state == "planned"] == []

    mark = api.mark()
    while clock.now + timedelta(hours=12) < end:
        clock.advance(timedelta(hours=12))
        await app.tick_once()
    assert _nudges_sent_to(api, chat.user.user_id, mark) == []
    assert {n.state for n in await _nudges(app, user.id)} <= {"cancelled"}
    assert (await _profile(app, chat.user.user_id)).paused
    assert not any("pause is over" in t for t in _texts_to(api, chat.user.user_id, mark))

    clock.set(end)
    mark = api.mark()
    await app.tick_once()
    await api.wait_for_call(
        "sendMessage",
        lambda c: "pause is over" in str(c.params.get("text")),
        since=mark,
    )
    [notice] = [t for t in _texts_to(api, chat.user.user_id, mark) if "pause is over" in t]
    profile = await _profile(app, chat.user.user_id)
    assert (profile.paused, profile.paused_until) == (False, None)
    assert await _periods(app, user.id) == [(started, end)]
    planned = [n for n in await _nudges(app, user.id) if n.state == "planned"]
    assert planned and all(n.due_at > end for n in planned)
    first = min(n.due_at for n in planned)
    assert notice == pause_words.pause_ended(EN, first.astimezone(BERLIN))

    # Nothing more to end; and the plan delivers again.
    assert await pauses.resume_due(app.sessions, app.planner, app.texts, clock()) == []
    clock.set(first)
    mark = api.mark()
    await app.tick_once()
    assert len(_nudges_sent_to(api, chat.user.user_id, mark)) == 1


async def test_bad_lengths_change_nothing(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard()
    before = await _everything(app)
    cases = {
        "banana": LengthProblem.UNREADABLE,
        "-1w": LengthProblem.UNREADABLE,
        "1.5 weeks": LengthProblem.UNREADABLE,
        "0d": LengthProblem.TOO_SHORT,
        "400d": LengthProblem.TOO_LONG,
    }
    for length, problem in cases.items():
        [reply] = await chat.say(f"/pause {length}")
        assert reply.text == pause_words.bad_length(EN, length, problem), length
        assert "/pause 3d" in (reply.text or "") and "Nothing has changed" in (reply.text or "")
    assert await _everything(app) == before

    # While paused, a bad length keeps the pause as it was.
    [reply] = await chat.say("/pause 3 days")
    assert (reply.text or "").startswith("Paused until")
    before = await _everything(app)
    [reply] = await chat.say("/pause forever")
    assert reply.text == pause_words.bad_length(EN, "forever", LengthProblem.UNREADABLE)
    assert await _everything(app) == before


async def test_a_long_garbled_length_is_shown_shortened(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard()
    [reply] = await chat.say("/pause " + "x" * 500)
    assert reply.text == pause_words.bad_length(EN, "x" * 500, LengthProblem.UNREADABLE)
    assert '"' + "x" * 29 + '…"' in (reply.text or "")


async def test_resume_early_closes_the_pause(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    user = await _profile(app, chat.user.user_id)
    started = clock.now
    await chat.say("/pause 2 weeks")
    clock.advance(timedelta(days=2, hours=3))
    resumed_at = clock.now

    [reply] = await chat.say("/resume")
    planned = [n for n in await _nudges(app, user.id) if n.state == "planned"]
    assert planned
    first = min(n.due_at for n in planned)
    assert reply.text == resumed(EN, first.astimezone(BERLIN))
    profile = await _profile(app, chat.user.user_id)
    assert (profile.paused, profile.paused_until) == (False, None)
    assert await _periods(app, user.id) == [(started, resumed_at)]

    # When the two weeks would have ended, nothing happens.
    clock.set(started + timedelta(days=14))
    assert await pauses.resume_due(app.sessions, app.planner, app.texts, clock()) == []
    assert await _periods(app, user.id) == [(started, resumed_at)]
    [reply] = await chat.say("/resume")
    assert reply.text == EN(NOT_PAUSED)


async def test_pause_while_paused_tells_and_changes_the_end(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    user = await _profile(app, chat.user.user_id)
    started = clock.now
    # A right-to-left mark a keyboard adds after the command is nothing: /pause alone.
    [reply] = await chat.say("/pause \u200f")
    assert reply.text == EN(PAUSED)
    [reply] = await chat.say("/pause")
    assert reply.text == EN(ALREADY_PAUSED)
    assert (await _profile(app, chat.user.user_id)).paused_until is None

    clock.advance(timedelta(hours=5))  # 13:00 in Berlin
    [reply] = await chat.say("/pause 3d")
    end = clock.now + timedelta(days=3)
    assert reply.text == pause_words.pause_changed(EN, end.astimezone(BERLIN), False)
    assert "Your pause now ends Thu 26 Nov, 13:00" in (reply.text or "")
    [reply] = await chat.say("/pause")
    assert reply.text == pause_words.already_paused_until(EN, end.astimezone(BERLIN))
    assert (await _profile(app, chat.user.user_id)).paused_until == end

    [reply] = await chat.say("/pause 10 days")
    end = clock.now + timedelta(days=10)
    assert reply.text == pause_words.pause_changed(EN, end.astimezone(BERLIN), False)
    assert (await _profile(app, chat.user.user_id)).paused_until == end
    assert await _periods(app, user.id) == [(started, None)]  # still the one pause


async def test_an_end_at_night_moves_to_the_morning(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    clock.set(datetime(2026, 11, 23, 21, 0, tzinfo=BERLIN).astimezone(UTC))
    [reply] = await chat.say("/pause 2h")
    morning = datetime(2026, 11, 24, 8, 0, tzinfo=BERLIN)
    assert reply.text == pause_words.paused_until(EN, morning, True)
    assert "Paused until Tue 24 Nov, 08:00" in (reply.text or "")
    assert (await _profile(app, chat.user.user_id)).paused_until == morning


async def test_pause_before_start_points_to_start(app: NudgerApp, chat: Chat) -> None:
    before = await _everything(app)
    for command in ("/pause 1w", "/pause banana", "/pause", "/resume"):
        [reply] = await chat.say(command)
        assert reply.text == EN(NOT_SET_UP), command
    assert await _everything(app) == before


async def test_resume_due_works_in_batches_and_skips_blocked_users(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chats = [Chat(api, api.user(601 + i, f"P{i}")) for i in range(3)]
    for chat in chats:
        await chat.onboard()
        await chat.say("/pause 1d")
    profiles = [await _profile(app, chat.user.user_id) for chat in chats]
    async with app.router._deps.sessions.begin() as session:
        await users.deactivate(session, profiles[2].id, clock.now)  # blocked the bot meanwhile

    clock.advance(timedelta(days=1))
    notices = await pauses.resume_due(app.sessions, app.planner, app.texts, clock(), limit=2)
    assert sorted(n.chat_id for n in notices) == [601, 602]
    assert all(n.text.startswith("Welcome back: your pause is over") for n in notices)
    for chat in chats:
        profile = await _profile(app, chat.user.user_id)
        assert (profile.paused, profile.paused_until) == (False, None)
    for user in profiles:
        [(_, ended)] = await _periods(app, user.id)
        assert ended == clock.now
    assert await pauses.resume_due(app.sessions, app.planner, app.texts, clock(), limit=2) == []


async def test_the_welcome_back_notice_follows_a_moved_chat_and_a_block(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    """The notice gets the same send policy as nudges and reviews."""
    moving, blocking = Chat(api, api.user(611, "Mo")), Chat(api, api.user(612, "Bo"))
    group = api.user(-100611, "Group")
    for chat in (moving, blocking):
        await chat.onboard()
        await chat.say("/pause 1d")
    clock.advance(timedelta(days=1))
    api.fail_next("sendMessage", FakeError.chat_migrated(-100611), chat_id=611)
    api.fail_next("sendMessage", FakeError.forbidden(), chat_id=612)
    assert await app.pause_ends.tick() == 1
    assert "pause is over" in (group.last_message.text or "")
    moved = await _profile(app, 611)
    assert (moved.chat_id, moved.active, moved.paused) == (-100611, True, False)
    blocked = await _profile(app, 612)
    assert (blocked.active, blocked.paused) == (False, False)
    assert not any("pause is over" in (m.text or "") for m in blocking.user.messages)


async def test_pause_and_settings_write_the_end_the_same_way(app: NudgerApp, chat: Chat) -> None:
    """One date format (defect 4): no leading zero on a one-digit day, in both places."""
    await chat.onboard()  # Europe/Berlin; the clock is Mon 23 Nov 2026, 08:00 there
    [reply] = await chat.say("/pause 2w")
    assert "Paused until Mon 7 Dec, 08:00 (your time)." in (reply.text or "")
    [menu] = await chat.say("/settings")
    assert "• Paused until Mon 7 Dec, 08:00 (your time)." in (menu.text or "")

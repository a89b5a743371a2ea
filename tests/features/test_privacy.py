"""Fast tier, through the router: /export sends everything as JSON; /delete erases everything,
after asking."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from nudger.app import NudgerApp
from nudger.bot import privacy
from nudger.bot.onboarding import ASK_NAME, WELCOME
from nudger.bot.words import BAD_BUTTON, NOT_SET_UP
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import NudgeSource
from nudger.storage import drafts, nudges, users
from nudger.storage import privacy as privacy_rows
from nudger.storage.tables import Base, ConflictRow, NudgeRow, QuizRow, ReviewRow, UserRow
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi, FakeError, FakeMessage
from tests.conftest import FakeClock
from tests.support.chat import Chat
from tests.support.rows import STATE_TABLES, eventually, snapshot, traces
from tests.support.words import DONE_BUTTON, EN, SNOOZE_BUTTON, english

DELETE_BUTTON = EN("privacy-delete-button")
KEEP_BUTTON = EN("privacy-keep-button")
DELETED_NOTICE = EN("privacy-deleted-notice")

#: Large enough that no other number in the database (ids, counts, message ids) matches it.
TELEGRAM_ID = 7_000_000_501
PARTNER = "Zoë Zephyrine"
BERLIN = ZoneInfo("Europe/Berlin")


def _columns(model: type[Base]) -> set[str]:
    return {column.name for column in model.__table__.columns}


async def _user_id(app: NudgerApp, telegram_id: int) -> int:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, telegram_id)
    assert profile is not None
    return profile.id


async def _nudge_rows(app: NudgerApp, user_id: int) -> list[Any]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(
            select(NudgeRow).where(NudgeRow.user_id == user_id).order_by(NudgeRow.id)
        )
        return list(rows)


async def rows_of(app: NudgerApp, user_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """This user's rows, table by table."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with app.engine.connect() as connection:
        for table in STATE_TABLES:
            name = {"users": "id", "invitations": "inviter_id"}.get(table.name, "user_id")
            if name not in table.c:  # keyed by Telegram id (link_attempts)
                continue
            key = table.c[name]
            rows = await connection.execute(
                select(table).where(key == user_id).order_by(*table.primary_key.columns)
            )
            out[table.name] = [tuple(r) for r in rows]
    return out


async def deliver_next(app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat) -> int:
    """Move the clock to the user's next planned nudge and send it; returns its message id."""
    user_id = await _user_id(app, chat.user.user_id)
    planned = [n for n in await _nudge_rows(app, user_id) if n.state == "planned"]
    assert planned, "nothing planned"
    clock.set(min(n.due_at for n in planned))
    mark = api.mark()
    assert await app.dispatcher.tick() >= 1
    await api.wait_for_call(
        "sendMessage", lambda c: c.params.get("chat_id") == chat.user.user_id, since=mark
    )
    return chat.user.last_message.message_id


async def export(chat: Chat) -> FakeMessage:
    mark = chat.api.mark()
    chat.user.send_text("/export")
    await chat.api.wait_for_call(
        "sendDocument", lambda c: c.params.get("chat_id") == chat.user.user_id, since=mark
    )
    return chat.user.last_message


async def _used(app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat) -> list[int]:
    """Use the bot a little, leaving a row in every table but ``onboarding``.

    Answered nudges, a pause, a /conflict with its follow-up, a quiz under way and a sent
    weekly review. Returns the message ids of the nudge ticked off and the one snoozed.
    """
    await chat.onboard(name=PARTNER)  # Monday 23 November, 08:00 in Berlin
    await app.tick_once()  # schedules the first weekly review: Sunday 19:00 their time
    await chat.say("/pause 1w")
    clock.advance(timedelta(hours=1))
    await chat.say("/resume")
    done = await deliver_next(app, api, clock, chat)
    await chat.tap(DONE_BUTTON, done)
    clock.advance(timedelta(minutes=1))
    snoozed = await deliver_next(app, api, clock, chat)
    await chat.tap(SNOOZE_BUTTON, snoozed)

    # The next morning: /conflict, and its follow-up later (whatever time it offers).
    clock.set(max(clock.now, datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN).astimezone(UTC)))
    [conflict] = await chat.say("/conflict")
    [follow_up] = conflict.buttons
    await chat.tap(follow_up, conflict.message_id)
    user_id = await _user_id(app, chat.user.user_id)
    async with app.router._deps.sessions() as session:
        assert await nudges.has_pending(session, user_id, NudgeSource.FOLLOWUP)

    # A quiz under way: the first question answered.
    _intro, question = await chat.say("/quiz", replies=2)
    await chat.tap("5", question.message_id)
    await eventually(lambda: _quiz_answers(app, user_id, (5,)))

    # Sunday 19:00 in Berlin: the weekly review goes out.
    clock.set(datetime(2026, 11, 29, 19, 0, 30, tzinfo=BERLIN).astimezone(UTC))
    mark = api.mark()
    await app.tick_once()
    await api.wait_for_call(
        "sendPhoto", lambda c: c.params.get("chat_id") == chat.user.user_id, since=mark
    )
    return [done, snoozed]


async def _quiz_answers(app: NudgerApp, user_id: int, answers: tuple[int, ...]) -> bool:
    async with app.router._deps.sessions() as session:
        quiz = await drafts.load_quiz(session, user_id)
    return quiz is not None and quiz.answers == answers


# --- /export ---------------------------------------------------------------------------


async def test_export_and_delete_before_start(app: NudgerApp, api: FakeBotApi) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    [reply] = await chat.say("/export")
    assert reply.text == EN(privacy.NO_DATA_TO_EXPORT)
    [reply] = await chat.say("/delete")
    assert reply.text == EN(privacy.NO_DATA_TO_DELETE)
    assert api.calls_to("sendDocument") == []
    assert all(rows == [] for rows in (await snapshot(app.engine)).values())


async def test_export_holds_everything_and_matches_the_database(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    done_message, snoozed_message = await _used(app, api, clock, chat)
    user_id = await _user_id(app, TELEGRAM_ID)
    sent_texts = {m.message_id: m.text or "" for m in chat.user.messages}
    before = await snapshot(app.engine)

    message = await export(chat)
    assert message.caption == EN(privacy.EXPORT_CAPTION)
    local_day = clock.now.astimezone(ZoneInfo("Europe/Berlin")).date()
    assert message.filename == f"nudger-export-{local_day:%Y-%m-%d}.json"
    assert message.document is not None
    raw = message.document.decode("utf-8")
    assert PARTNER in raw  # UTF-8, not \u escapes
    document = json.loads(raw)
    assert await snapshot(app.engine) == before  # exporting changes nothing

    assert list(document) == [
        "format",
        "version",
        "exported_at",
        "user",
        "nudges",
        "pauses",
        "weekly_reviews",
        "conflict_uses",
        "quiz_in_progress",
        "partner_link",
        "open_invitation",
        "wrong_invitation_links",
        "setup_in_progress",
    ]
    # Not linked, no invitation, no wrong link tried (tests/e2e/test_partners.py has them).
    assert document["partner_link"] is None and document["open_invitation"] is None
    assert document["wrong_invitation_links"] is None
    assert (document["format"], document["version"]) == ("nudger-export", 1)
    assert document["exported_at"] == clock.now.isoformat()

    user = document["user"]
    assert len(user) == len(_columns(UserRow)) - 1  # every column but the internal id
    assert "id" not in user
    assert user["telegram_user_id"] == TELEGRAM_ID
    assert user["partner_name"] == PARTNER
    assert user["style"] == "anxious"
    assert user["time_zone"] == "Europe/Berlin"
    assert user["nudges_per_day"] == 2
    assert user["nudge_times"] == ["morning", "evening"]
    assert user["paused"] is False and user["paused_until"] is None
    assert user["review_day"] == "Sunday"

    rows = await _nudge_rows(app, user_id)
    exported = {n["id"]: n for n in document["nudges"]}
    assert set(exported) == {r.id for r in rows}
    for row in rows:
        nudge = exported[row.id]
        assert len(nudge) == len(_columns(NudgeRow)) - 1  # user_id left out; prompt_id -> prompt
        assert (nudge["state"], nudge["source"]) == (row.state, row.source)
        assert nudge["due_at"] == row.due_at.isoformat()
        assert nudge["sent_at"] == (row.sent_at.isoformat() if row.sent_at else None)
        assert nudge["answered_at"] == (row.answered_at.isoformat() if row.answered_at else None)
        assert nudge["telegram_message_id"] == row.message_id
        if row.prompt_id is None:
            assert nudge["prompt"] is None
        else:
            prompt = app.catalog.get(row.prompt_id)
            assert prompt is not None
            assert nudge["prompt"] == {
                "id": row.prompt_id,
                "text": english(PARTNER).prompt(prompt.id),
                "why": english(PARTNER).why(prompt.id),
            }
    states = {n["telegram_message_id"]: n["state"] for n in document["nudges"]}
    assert states[done_message] == "done"
    assert states[snoozed_message] == "snoozed"
    [snooze] = [n for n in document["nudges"] if n["source"] == "snooze"]
    assert snooze["prompt"] == exported[_id_of(document, snoozed_message)]["prompt"]
    # The prompt text in the export is what the user was sent.
    done = exported[_id_of(document, done_message)]
    assert sent_texts[done_message].startswith(done["prompt"]["text"])

    [period] = document["pauses"]
    assert set(period) == {"started_at", "ended_at"}
    assert period["ended_at"] is not None
    assert document["setup_in_progress"] is None

    # /conflict: its use, and the follow-up nudge asked for then.
    [conflict] = await _rows(app, ConflictRow, user_id)
    assert document["conflict_uses"] == [{"at": conflict["at"].isoformat()}]
    [follow_up] = [n for n in document["nudges"] if n["source"] == "followup"]
    assert follow_up["created_at"] == conflict["at"].isoformat()
    # The quiz under way, with its one answer.
    [quiz] = await _rows(app, QuizRow, user_id)
    assert document["quiz_in_progress"] == {
        "answers": [5],
        "started_during_setup": False,
        "updated_at": quiz["updated_at"].isoformat(),
    }
    # The weekly review that was sent.
    [review] = await _rows(app, ReviewRow, user_id)
    [exported_review] = document["weekly_reviews"]
    assert set(exported_review) == _columns(ReviewRow) - {"id", "user_id"}
    assert exported_review["week_start"] == "2026-11-23"
    assert exported_review["state"] == review["state"] == "sent"
    assert exported_review["sent_at"] == review["sent_at"].isoformat() == clock.now.isoformat()


async def _rows(app: NudgerApp, model: type[Base], user_id: int) -> list[Any]:
    """The user's rows of one table, as mappings."""
    table = model.__table__
    async with app.engine.connect() as connection:
        rows = await connection.execute(select(table).where(table.c.user_id == user_id))
        return list(rows.mappings())


def _id_of(document: dict[str, Any], message_id: int) -> int:
    [found] = [n["id"] for n in document["nudges"] if n["telegram_message_id"] == message_id]
    return int(found)


async def test_export_during_setup_holds_the_answers_so_far(
    app: NudgerApp, api: FakeBotApi
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await chat.say("/start", replies=2)
    await chat.say(PARTNER)
    document = json.loads((await export(chat)).document or b"")
    assert document["setup_in_progress"]["partner_name"] == PARTNER
    assert document["setup_in_progress"]["step"] == "style"
    assert document["user"]["partner_name"] is None
    assert document["nudges"] == []


# --- /delete ---------------------------------------------------------------------------


async def test_delete_asks_first_and_cancel_keeps_everything(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await _used(app, api, clock, chat)
    before = await snapshot(app.engine)

    [warning] = await chat.say("/delete")
    assert warning.text == EN(privacy.DELETE_WARNING)
    assert "can't be undone" in (warning.text or "") and "/export" in (warning.text or "")
    assert warning.buttons == [DELETE_BUTTON, KEEP_BUTTON]
    assert await snapshot(app.engine) == before

    assert await chat.tap(KEEP_BUTTON, warning.message_id) == EN(privacy.KEPT)
    await api.wait_until(
        lambda: next(m for m in chat.user.messages if m.message_id == warning.message_id).edited
    )
    edited = next(m for m in chat.user.messages if m.message_id == warning.message_id)
    assert (edited.text, edited.buttons) == (EN(privacy.KEPT), [])
    assert await snapshot(app.engine) == before

    garbled = ("x:", "x:delete", "x:del:", "x:del:abc", "x:del:-5", "x:del:1:2", "x:DEL", "x:keep:")
    for data in garbled:
        assert await chat.press(warning.message_id, data) == EN(BAD_BUTTON), data
    # A "Yes" that names another account (or none: a warning from before buttons had a stamp).
    stamp = _stamp_of(warning)
    for data in ("x:del", f"x:del:{stamp + 1}", f"x:del:{stamp - 1_000_000}", "x:del:1"):
        assert await chat.press(warning.message_id, data) == EN(privacy.OLD_WARNING), data
    assert await snapshot(app.engine) == before


def _stamp_of(warning: FakeMessage) -> int:
    """The account stamp in a delete warning's buttons (the same in both)."""
    data = [data for row in warning.reply_markup for _label, data in row]
    assert len(data) == 2 and data[0].startswith("x:del:") and data[1].startswith("x:keep:")
    assert all(len(d.encode()) <= 64 for d in data)
    stamp = data[0].removeprefix("x:del:")
    assert data[1] == f"x:keep:{stamp}"
    return int(stamp)


async def _message(chat: Chat, message_id: int, edited_to: str) -> FakeMessage:
    """The bot message once it has been edited to ``edited_to``."""

    def current() -> FakeMessage:
        return next(m for m in chat.user.messages if m.message_id == message_id)

    await chat.api.wait_until(lambda: current().text == edited_to)
    return current()


async def test_delete_erases_every_row_and_the_bot_forgets(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    other = Chat(api, api.user(502, "Robin"))
    await other.onboard(name="Kim", style="Avoidant")
    await _used(app, api, clock, chat)
    [other_nudge] = await other.say("/now")
    await other.tap(DONE_BUTTON, other_nudge.message_id)
    await other.say("/pause 3d")
    user_id = await _user_id(app, TELEGRAM_ID)
    other_id = await _user_id(app, 502)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) != []
    others_rows = await rows_of(app, other_id)
    assert others_rows["nudges"] and others_rows["pauses"]
    # The user has rows in every table (but the finished onboarding's, and the link's, which
    # tests/e2e/test_partners.py erases), so all are tested.
    mine = await rows_of(app, user_id)
    empty = [table for table, rows in mine.items() if not rows]
    assert sorted(empty) == ["invitations", "onboarding", "partner_links"]
    assert "followup" in {row["source"] for row in await _rows(app, NudgeRow, user_id)}

    [warning] = await chat.say("/delete")
    mark = api.mark()
    assert await chat.tap(DELETE_BUTTON, warning.message_id) == DELETED_NOTICE
    # One confirmation: the warning becomes it (without buttons); nothing else is sent.
    edited = await _message(chat, warning.message_id, EN(privacy.DELETED))
    assert edited.buttons == []
    assert "/start" in EN(privacy.DELETED)
    assert [c.method for c in api.calls[mark:] if c.params.get("chat_id") == TELEGRAM_ID] == [
        "editMessageText"
    ]

    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []
    assert await rows_of(app, other_id) == others_rows

    # A second confirmation (a stale or repeated tap) finds nothing and creates nothing.
    stamp = _stamp_of(warning)
    assert await chat.press(warning.message_id, f"x:del:{stamp}") == EN(privacy.NOTHING_LEFT)
    assert await chat.press(warning.message_id, f"x:keep:{stamp}") == EN(privacy.NOTHING_LEFT)
    edited = next(m for m in chat.user.messages if m.message_id == warning.message_id)
    assert edited.text == EN(privacy.DELETED)

    # From now on the bot knows nothing of them; everything but /start says so.
    for command in ("/week", "/now", "/settings", "/pause", "/pause 1w", "/resume", "hello"):
        [reply] = await chat.say(command)
        assert reply.text == EN(NOT_SET_UP), command
    [reply] = await chat.say("/export")
    assert reply.text == EN(privacy.NO_DATA_TO_EXPORT)
    [reply] = await chat.say("/delete")
    assert reply.text == EN(privacy.NO_DATA_TO_DELETE)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # The planner and dispatcher find nothing of theirs either.
    clock.advance(timedelta(days=1))
    mark = api.mark()
    await app.tick_once()
    assert [c for c in api.calls[mark:] if c.params.get("chat_id") == TELEGRAM_ID] == []
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # /start begins afresh: a new, empty user.
    first = await chat.say("/start", replies=2)
    assert first[0].text == EN(WELCOME)
    assert first[1].text == EN(ASK_NAME)
    # (SQLite may hand out the freed internal id again; the row is new all the same.)
    fresh = await rows_of(app, await _user_id(app, TELEGRAM_ID))
    assert all(rows == [] for t, rows in fresh.items() if t not in ("users", "onboarding"))
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, TELEGRAM_ID)
        assert profile is not None and profile.partner_name is None and not profile.onboarded
        assert await drafts.load(session, profile.id) == Draft(step=Step.NAME)
    summary = await chat.onboard(name="Robin")
    assert "Partner: Robin" in (summary.text or "")


async def test_an_old_warning_cannot_delete_the_account_set_up_afterwards(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await chat.onboard(name=PARTNER)
    first_id = await _user_id(app, TELEGRAM_ID)
    # Two warnings; the second one's "Yes" deletes, the first one is left in the chat.
    [old_warning] = await chat.say("/delete")
    [other_warning] = await chat.say("/delete")
    assert _stamp_of(old_warning) == _stamp_of(other_warning)
    await chat.tap(DELETE_BUTTON, other_warning.message_id)
    await eventually(lambda: _gone(app, first_id))

    # Days later they set up again (SQLite may even hand out the same internal id).
    clock.advance(timedelta(days=3))
    await chat.onboard(name="Robin")
    new_id = await _user_id(app, TELEGRAM_ID)
    before = await snapshot(app.engine)
    assert before["users"] and before["nudges"]

    # Weeks later, a tap on the old warning's "Yes" deletes nothing and says why.
    clock.advance(timedelta(days=20))
    assert await chat.tap(DELETE_BUTTON, old_warning.message_id) == EN(privacy.OLD_WARNING)
    edited = await _message(chat, old_warning.message_id, EN(privacy.OLD_WARNING))
    assert edited.buttons == []
    assert "/delete" in EN(privacy.OLD_WARNING)
    assert await snapshot(app.engine) == before
    # Pressing it again (a client showing the old buttons) is refused the same way.
    old_yes = f"x:del:{_stamp_of(old_warning)}"
    assert await chat.press(old_warning.message_id, old_yes) == EN(privacy.OLD_WARNING)
    assert await snapshot(app.engine) == before

    # "Cancel" on an old warning changes nothing either.
    old_keep = f"x:keep:{_stamp_of(old_warning)}"
    assert await chat.press(old_warning.message_id, old_keep) == EN(privacy.KEPT)
    await _message(chat, old_warning.message_id, EN(privacy.KEPT))
    assert await snapshot(app.engine) == before

    # A new warning names the new account, and its "Yes" does delete it.
    [warning] = await chat.say("/delete")
    assert _stamp_of(warning) != _stamp_of(old_warning)
    assert await chat.tap(DELETE_BUTTON, warning.message_id) == DELETED_NOTICE
    await eventually(lambda: _gone(app, new_id))
    assert await traces(app, new_id, TELEGRAM_ID, "Robin") == []


def test_every_table_about_a_user_is_exported_and_deleted() -> None:
    """A new table with a foreign key to users.id must be added to ``privacy_rows.USER_TABLES``."""
    about_users = {
        (table.name, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if (fk.column.table.name, fk.column.name) == ("users", "id")
    }
    assert about_users  # the check below means something
    covered = {(model.__tablename__, column) for model, column in privacy_rows.USER_TABLES}
    # The other side of a link names this user in partner_id: erase deletes it too, but it is
    # the other user's row, so never exported (tests/e2e/test_partners.py).
    other_side = {("partner_links", "partner_id")}
    assert covered | other_side == about_users | {("users", "id")}
    # Users last: deleting it first would break the others' foreign keys without cascades.
    assert privacy_rows.USER_TABLES[-1] == (UserRow, "id")


async def test_a_nudge_button_after_delete_says_the_bot_knows_nothing(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await chat.onboard(name=PARTNER)
    message_id = await deliver_next(app, api, clock, chat)
    user_id = await _user_id(app, TELEGRAM_ID)
    [warning] = await chat.say("/delete")
    await chat.tap(DELETE_BUTTON, warning.message_id)
    await eventually(lambda: _gone(app, user_id))

    assert await chat.tap(DONE_BUTTON, message_id) == EN(NOT_SET_UP)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []


async def _gone(app: NudgerApp, user_id: int) -> bool:
    return all(rows == [] for rows in (await rows_of(app, user_id)).values())


async def test_a_nudge_in_flight_during_delete_leaves_no_trace(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await chat.onboard(name=PARTNER)
    user_id = await _user_id(app, TELEGRAM_ID)
    [warning] = await chat.say("/delete")
    planned = [n for n in await _nudge_rows(app, user_id) if n.state == "planned"]
    clock.set(min(n.due_at for n in planned))

    # The nudge's send is held up at the Bot API while the user confirms the deletion.
    api.fail_next("sendMessage", FakeError.delay(2.5), chat_id=TELEGRAM_ID)
    mark = api.mark()
    with caplog.at_level(logging.INFO, logger="nudger.jobs.dispatcher"):
        tick = asyncio.create_task(app.dispatcher.tick())
        await api.wait_for_call("sendMessage", _is_nudge, since=mark)  # sent, not yet answered
        assert await chat.tap(DELETE_BUTTON, warning.message_id) == DELETED_NOTICE
        await eventually(lambda: _gone(app, user_id))
        assert not tick.done()
        await tick  # the send completes; its record step finds no row to update
    [sent] = [r for r in caplog.records if getattr(r, "event", None) == "nudge_sent"]
    assert sent.fields["recorded"] is False  # type: ignore[attr-defined]
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # Snoozing the nudge that arrived creates nothing either.
    [nudge] = [m for m in chat.user.messages if SNOOZE_BUTTON in m.buttons]
    await chat.tap(SNOOZE_BUTTON, nudge.message_id)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []


def _is_nudge(call: ApiCall) -> bool:
    keyboard = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return any(str(b.get("callback_data", "")).startswith("n:") for row in keyboard for b in row)

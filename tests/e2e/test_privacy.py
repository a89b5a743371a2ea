"""End to end: /export sends everything as JSON; /delete erases everything, after asking."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from nudger import texts
from nudger.app import NudgerApp
from nudger.features import privacy
from nudger.storage import repository as repo
from nudger.storage.tables import Base, NudgeRow, UserRow
from nudger.testing import FakeBotApi, FakeError, FakeMessage
from nudger.testing.fake_bot_api import ApiCall
from tests.conftest import FakeClock
from tests.e2e.conftest import Chat, eventually, snapshot

#: Large enough that no other number in the database (ids, counts, message ids) matches it.
TELEGRAM_ID = 7_000_000_501
PARTNER = "Zoë Zephyrine"


def _columns(model: type[Base]) -> set[str]:
    return {column.name for column in model.__table__.columns}


async def _user_id(app: NudgerApp, telegram_id: int) -> int:
    async with app.conversation._deps.sessions() as session:
        profile = await repo.get_profile(session, telegram_id)
    assert profile is not None
    return profile.id


async def _nudge_rows(app: NudgerApp, user_id: int) -> list[Any]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(
            select(NudgeRow).where(NudgeRow.user_id == user_id).order_by(NudgeRow.id)
        )
        return list(rows)


def _refers_to_users(column: Any) -> bool:
    return column.name == "user_id" or any(
        fk.column.table.name == "users" for fk in column.foreign_keys
    )


async def traces(app: NudgerApp, user_id: int, telegram_id: int, partner: str) -> list[str]:
    """Every place in EVERY table of the metadata that still names this user."""
    found = []
    async with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in (await connection.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    is_user_column = _refers_to_users(column) or (
                        table.name == "users" and column.name == "id"
                    )
                    if is_user_column and value == user_id:
                        found.append(f"{table.name}.{column.name}={value}")
                    if isinstance(value, int) and value == telegram_id:
                        found.append(f"{table.name}.{column.name}=telegram id")
                    if isinstance(value, str) and partner in value:
                        found.append(f"{table.name}.{column.name}=partner name")
    return found


async def rows_of(app: NudgerApp, user_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """This user's rows, table by table."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            key = table.c.id if table.name == "users" else table.c.user_id
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
    """Onboard and use the bot a little: answered nudges and a pause. Returns message ids."""
    await chat.onboard(name=PARTNER)
    await chat.say("/pause 1w")
    clock.advance(timedelta(hours=1))
    await chat.say("/resume")
    done = await deliver_next(app, api, clock, chat)
    await chat.tap(texts.DONE_BUTTON, done)
    clock.advance(timedelta(minutes=1))
    snoozed = await deliver_next(app, api, clock, chat)
    await chat.tap(texts.SNOOZE_BUTTON, snoozed)
    return [done, snoozed]


# --- /export ---------------------------------------------------------------------------


async def test_export_and_delete_before_start(app: NudgerApp, api: FakeBotApi) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    [reply] = await chat.say("/export")
    assert reply.text == privacy.NO_DATA_TO_EXPORT
    [reply] = await chat.say("/delete")
    assert reply.text == privacy.NO_DATA_TO_DELETE
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
    assert message.caption == privacy.EXPORT_CAPTION
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
        "setup_in_progress",
    ]
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
                "text": prompt.render(PARTNER),
                "why": prompt.why,
            }
    states = {n["telegram_message_id"]: n["state"] for n in document["nudges"]}
    assert states[done_message] == "done"
    assert states[snoozed_message] == "snoozed"
    [snooze] = [n for n in document["nudges"] if n["source"] == "snooze"]
    assert snooze["state"] == "planned"
    assert snooze["prompt"] == exported[_id_of(document, snoozed_message)]["prompt"]
    # The prompt text in the export is what the user was sent.
    done = exported[_id_of(document, done_message)]
    assert sent_texts[done_message].startswith(done["prompt"]["text"])

    [period] = document["pauses"]
    assert set(period) == {"started_at", "ended_at"}
    assert period["ended_at"] is not None
    assert document["quiz_in_progress"] is None
    assert document["setup_in_progress"] is None
    assert document["conflict_uses"] == []


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
    assert warning.text == privacy.DELETE_WARNING
    assert "can't be undone" in (warning.text or "") and "/export" in (warning.text or "")
    assert warning.buttons == [privacy.DELETE_BUTTON, privacy.KEEP_BUTTON]
    assert await snapshot(app.engine) == before

    assert await chat.tap(privacy.KEEP_BUTTON, warning.message_id) == privacy.KEPT
    await api.wait_until(
        lambda: next(m for m in chat.user.messages if m.message_id == warning.message_id).edited
    )
    edited = next(m for m in chat.user.messages if m.message_id == warning.message_id)
    assert (edited.text, edited.buttons) == (privacy.KEPT, [])
    assert await snapshot(app.engine) == before

    for garbled in ("x:", "x:delete", "x:del:1", "x:DEL", "x:keep:"):
        assert await chat.press(warning.message_id, garbled) == texts.BAD_BUTTON, garbled
    assert await snapshot(app.engine) == before


async def test_delete_erases_every_row_and_the_bot_forgets(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    other = Chat(api, api.user(502, "Robin"))
    await other.onboard(name="Kim", style="Avoidant")
    await _used(app, api, clock, chat)
    [other_nudge] = await other.say("/now")
    await other.tap(texts.DONE_BUTTON, other_nudge.message_id)
    await other.say("/pause 3d")
    user_id = await _user_id(app, TELEGRAM_ID)
    other_id = await _user_id(app, 502)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) != []
    others_rows = await rows_of(app, other_id)
    assert others_rows["nudges"] and others_rows["pauses"]

    [warning] = await chat.say("/delete")
    mark = api.mark()
    assert await chat.tap(privacy.DELETE_BUTTON, warning.message_id) == privacy.DELETED_NOTICE
    await api.wait_for_call(
        "sendMessage", lambda c: c.params.get("text") == privacy.DELETED, since=mark
    )
    edited = next(m for m in chat.user.messages if m.message_id == warning.message_id)
    assert (edited.text, edited.buttons) == (privacy.DELETED_MARK, [])
    assert chat.user.last_message.text == privacy.DELETED
    assert "/start" in privacy.DELETED

    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []
    assert await rows_of(app, other_id) == others_rows

    # A second confirmation (a stale or repeated tap) finds nothing and creates nothing.
    assert await chat.press(warning.message_id, "x:del") == privacy.NOTHING_LEFT
    assert await chat.press(warning.message_id, "x:keep") == privacy.NOTHING_LEFT
    edited = next(m for m in chat.user.messages if m.message_id == warning.message_id)
    assert edited.text == privacy.DELETED_MARK

    # From now on the bot knows nothing of them; everything but /start says so.
    for command in ("/week", "/now", "/settings", "/pause", "/pause 1w", "/resume", "hello"):
        [reply] = await chat.say(command)
        assert reply.text == texts.NOT_SET_UP, command
    [reply] = await chat.say("/export")
    assert reply.text == privacy.NO_DATA_TO_EXPORT
    [reply] = await chat.say("/delete")
    assert reply.text == privacy.NO_DATA_TO_DELETE
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # The planner and dispatcher find nothing of theirs either.
    clock.advance(timedelta(days=1))
    mark = api.mark()
    await app.tick_once()
    assert [c for c in api.calls[mark:] if c.params.get("chat_id") == TELEGRAM_ID] == []
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # /start begins afresh: a new, empty user.
    first = await chat.say("/start", replies=2)
    assert first[0].text == texts.WELCOME
    assert first[1].text == texts.ASK_NAME
    # (SQLite may hand out the freed internal id again; the row is new all the same.)
    fresh = await rows_of(app, await _user_id(app, TELEGRAM_ID))
    assert all(rows == [] for t, rows in fresh.items() if t not in ("users", "onboarding"))
    async with app.conversation._deps.sessions() as session:
        profile = await repo.get_profile(session, TELEGRAM_ID)
        assert profile is not None and profile.partner_name is None and not profile.onboarded
        assert await repo.get_draft(session, profile.id) == repo.Draft(step=repo.Step.NAME)
    summary = await chat.onboard(name="Robin")
    assert "Partner: Robin" in (summary.text or "")


async def test_a_nudge_button_after_delete_says_the_bot_knows_nothing(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(TELEGRAM_ID, "Alex"))
    await chat.onboard(name=PARTNER)
    message_id = await deliver_next(app, api, clock, chat)
    user_id = await _user_id(app, TELEGRAM_ID)
    [warning] = await chat.say("/delete")
    await chat.tap(privacy.DELETE_BUTTON, warning.message_id)
    await eventually(lambda: _gone(app, user_id))

    assert await chat.tap(texts.DONE_BUTTON, message_id) == texts.NOT_SET_UP
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
    with caplog.at_level(logging.INFO, logger="nudger.dispatch"):
        tick = asyncio.create_task(app.dispatcher.tick())
        await api.wait_for_call("sendMessage", _is_nudge, since=mark)  # sent, not yet answered
        assert await chat.tap(privacy.DELETE_BUTTON, warning.message_id) == privacy.DELETED_NOTICE
        await eventually(lambda: _gone(app, user_id))
        assert not tick.done()
        await tick  # the send completes; its record step finds no row to update
    [sent] = [r for r in caplog.records if getattr(r, "event", None) == "nudge_sent"]
    assert sent.fields["recorded"] is False  # type: ignore[attr-defined]
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []

    # Snoozing the nudge that arrived creates nothing either.
    [nudge] = [m for m in chat.user.messages if texts.SNOOZE_BUTTON in m.buttons]
    await chat.tap(texts.SNOOZE_BUTTON, nudge.message_id)
    assert await traces(app, user_id, TELEGRAM_ID, PARTNER) == []


def _is_nudge(call: ApiCall) -> bool:
    keyboard = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return any(str(b.get("callback_data", "")).startswith("n:") for row in keyboard for b in row)

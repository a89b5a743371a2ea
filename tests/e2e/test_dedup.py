"""Updates are deduplicated by update_id: a redelivered update is dropped entirely.

Telegram delivers an update again when the bot's confirmation was lost (a crash before the
next getUpdates offset, or a webhook answer that never arrived). The same update_id is then
handled once: one state change, one reply. A replayed tap gets no second answer at all,
which is right: the first answer already reached Telegram.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from nudger.app import NudgerApp
from nudger.bot import words
from nudger.storage.tables import UpdateSeenRow
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.chat import HELP, Chat, deliver_next
from tests.support.rows import eventually, nudges
from tests.support.words import DONE_BUTTON, DONE_MARK, EN


async def _seen(app: NudgerApp) -> set[int]:
    async with app.engine.connect() as connection:
        return set((await connection.execute(select(UpdateSeenRow.update_id))).scalars())


async def _after_replay(chat: Chat, update_id: int) -> None:
    """Replay an update, then wait for a later one to be answered (updates run in order)."""
    chat.api.replay(update_id)
    [reply] = await chat.say("/help")
    assert reply.text == HELP


def _duplicates(caplog: pytest.LogCaptureFixture) -> list[object]:
    return [
        getattr(r, "fields", {}).get("update_id")
        for r in caplog.records
        if getattr(r, "event", None) == "update_duplicate"
    ]


async def test_the_same_now_twice_makes_one_nudge_and_one_reply(
    app: NudgerApp, api: FakeBotApi, chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    await chat.onboard()
    [nudge] = await chat.say("/now")
    update_id = api.last_update_id
    assert nudge.buttons  # the nudge itself is the reply
    mark = api.mark()

    with caplog.at_level(logging.INFO, logger="nudger.messaging.inbound"):
        await _after_replay(chat, update_id)
    assert await app.dispatcher.tick() == 0  # no second row waiting

    assert [n.source for n in await nudges(app)].count("now") == 1
    sent = [c for c in api.calls[mark:] if c.method == "sendMessage"]
    assert [c.params["text"] for c in sent] == [HELP]
    assert _duplicates(caplog) == [update_id]


async def test_the_same_done_tap_twice_changes_one_state_and_answers_once(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    callback_id = chat.user.press_button(DONE_BUTTON, message_id)
    update_id = api.last_update_id
    await api.wait_for_call("editMessageText", lambda c: c.params.get("message_id") == message_id)
    rows = await nudges(app)
    assert sorted(n.state for n in rows).count("done") == 1
    edits = len(api.calls_to("editMessageText"))

    await _after_replay(chat, update_id)

    answers = [
        c
        for c in api.calls_to("answerCallbackQuery")
        if c.params.get("callback_query_id") == callback_id
    ]
    assert len(answers) == 1  # the replay is dropped before it is answered
    assert await nudges(app) == rows
    assert len(api.calls_to("editMessageText")) == edits


async def test_a_real_double_tap_is_two_updates_and_the_second_says_already(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    [data] = [
        c.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        for c in api.calls_to("sendMessage")
        if c.ok and c.result["message_id"] == message_id
    ]
    assert await chat.press(message_id, data) == DONE_MARK
    first = api.last_update_id
    rows = await nudges(app)

    assert await chat.press(message_id, data) == EN("nudge-already-done")
    assert api.last_update_id != first
    assert await nudges(app) == rows
    both = {first, api.last_update_id}

    async def recorded() -> bool:  # each once handled, just after its answer
        return both <= await _seen(app)

    await eventually(recorded)


async def test_seen_update_ids_are_forgotten_after_two_days(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await chat.say("/help")
    update_id = chat.api.last_update_id

    async def recorded() -> bool:  # once handled, just after the reply went out
        return update_id in await _seen(app)

    await eventually(recorded)

    clock.advance(timedelta(days=2) - timedelta(minutes=1))
    await app.reaper.tick()
    assert update_id in await _seen(app)

    clock.advance(timedelta(minutes=2))
    await app.reaper.tick()
    assert update_id not in await _seen(app)


async def test_a_message_no_library_could_build_gets_the_pointer_and_stops_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    """A message PTB 22.8 couldn't build (a poll from an older Bot API server, without fields
    PTB requires) once stopped polling for everyone; updates are now read from their JSON, so
    it is a kind of message nudger doesn't read: the pointer, and the next update goes on."""
    old_poll = {
        "id": "p1",
        "question": "?",
        "options": [{"text": "a", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    private = {"id": chat.user.user_id, "type": "private", "first_name": "Alex"}
    sender = {"id": chat.user.user_id, "is_bot": False, "first_name": "Alex"}
    with caplog.at_level(logging.INFO):
        update_id = api.queue_raw_update(
            {
                "message": {
                    "message_id": 9_001,
                    "date": 1_700_000_000,
                    "chat": private,
                    "from": sender,
                    "poll": old_poll,
                }
            }
        )
        replies = await chat.say("/help", replies=2)
    assert [reply.text for reply in replies] == [EN(words.UNKNOWN_TEXT), HELP]
    assert update_id < api.last_update_id
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "p1" not in caplog.text  # the update's content is not logged

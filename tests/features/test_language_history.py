"""A user who changes language sees everything in the new one, their history too: a sent
nudge keeps only its prompt id, so its words are looked up when it is shown again."""

from __future__ import annotations

import json

from nudger.app import NudgerApp
from nudger.domain.languages import Language, PartnerGender
from nudger.i18n.texts import shared_texts
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.chat import Chat, deliver_next, nudge_id_of
from tests.support.rows import nudges
from tests.support.words import DONE_BUTTON, english


async def test_after_a_switch_to_german_an_earlier_nudge_reads_in_german(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard(name="Sam")
    message_id = await deliver_next(app, api, clock, chat)
    [row] = [n for n in await nudges(app) if n.message_id == message_id]
    assert row.prompt_id is not None
    assert english("Sam").prompt(row.prompt_id) in (chat.user.last_message.text or "")

    [menu] = await chat.say("/settings")
    await chat.tap_and_wait(english()("settings-language-button"), "editMessageText")
    await chat.tap_and_wait(Language.DE.autonym, "editMessageText", menu.message_id)
    de = shared_texts().words(Language.DE, "Sam", PartnerGender.NAME)

    # Done on the nudge sent in English: it is shown again, now in German.
    mark = api.mark()
    assert await chat.tap(DONE_BUTTON, message_id) == de("nudge-done-mark")
    await api.wait_for_call("editMessageText", since=mark)
    edited = next(m for m in chat.user.messages if m.message_id == message_id)
    body = de("nudge-message", action=de.prompt(row.prompt_id), why=de.why(row.prompt_id))
    assert edited.text == body + "\n\n" + de("nudge-done-mark")
    assert nudge_id_of(api, message_id) == row.id

    # The export words the same prompt in German as well, under the same id.
    [export] = await chat.say("/export", method="sendDocument")
    assert export.document is not None
    [sent] = [n for n in json.loads(export.document)["nudges"] if n["id"] == row.id]
    assert sent["prompt"] == {
        "id": row.prompt_id,
        "text": de.prompt(row.prompt_id),
        "why": de.why(row.prompt_id),
    }
    assert export.caption == de("privacy-export-caption")

"""What only the Telegram adapter does, through the real bot over HTTP.

The fast tier (tests/features) drives the router in-process and refuses these updates:
the command menu, taps and messages outside the user's private chat, kinds of message
nudger does not read, and the apology when handling an update fails.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from nudger.app import NudgerApp
from nudger.bot import words
from nudger.domain.languages import Language
from nudger.i18n.texts import shared_texts
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from tests.conftest import FakeClock
from tests.support.apps import build_app
from tests.support.chat import Chat, deliver_next, nudge_id_of
from tests.support.rows import snapshot
from tests.support.words import EN


async def test_registers_commands_with_telegram(app: NudgerApp, api: FakeBotApi) -> None:
    call = api.calls_to("setMyCommands")[-1]
    names = [c["command"] for c in call.params["commands"]]
    assert names == [name for name, _ in app.router.menu(EN)]
    assert {"start", "now", "week", "settings", "quiz", "conflict", "export", "delete"} <= set(
        names
    )


async def test_the_menu_and_descriptions_are_set_in_every_language(
    app: NudgerApp, api: FakeBotApi
) -> None:
    """setMyCommands, setMyDescription and setMyShortDescription for each language (English
    as the default, for everyone else), each in that language's words."""
    default_scope = json.dumps({"type": "default"}, sort_keys=True)
    assert len(api.descriptions) == len(Language)
    for language in Language:
        t = shared_texts().words(language)
        code = language.telegram_code or ""
        commands = api.commands[(default_scope, code)]
        assert [(c["command"], c["description"]) for c in commands] == app.router.menu(t)
        assert api.descriptions[code] == t("bot-description")
        assert api.short_descriptions[code] == t("bot-short-description")
    assert api.descriptions[""] != api.descriptions["ru"]


async def test_a_restart_changes_no_menu_and_a_refusal_does_not_stop_the_start(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, places: TimezoneResolver
) -> None:
    """The menus and descriptions are read first and set only where they differ (Telegram
    limits how often they change); a refusal is logged and the bot starts, and after a 429
    the rest wait for the next start."""
    await app.stop()
    setters = ("setMyCommands", "setMyDescription", "setMyShortDescription")
    before = {method: len(api.calls_to(method)) for method in setters}
    again = build_app(api, app.settings.database_url, clock, places)
    await again.start()
    await again.stop()
    assert {method: len(api.calls_to(method)) for method in setters} == before

    api.descriptions.clear()
    api.fail_next("setMyDescription", FakeError.retry_after(30))
    third = build_app(api, app.settings.database_url, clock, places)
    await third.start()  # no StartupError, no traceback
    await third.stop()
    # Held back by Telegram: nothing more is asked until the next start, which sets them.
    assert api.descriptions == {}
    fourth = build_app(api, app.settings.database_url, clock, places)
    await fourth.start()
    await fourth.stop()
    assert len(api.descriptions) == len(Language)


async def test_taps_outside_the_private_chat_are_ignored(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    nudge_id = nudge_id_of(api, message_id)
    before = await snapshot(app.engine)
    mark = api.mark()
    group = {"id": -100123, "type": "supergroup", "title": "Friends"}
    api.queue_raw_update(
        {
            "callback_query": {
                "id": "group-tap",
                "from": chat.user.as_dict,
                "chat_instance": "g",
                "data": f"n:{nudge_id}:d",
                "message": {
                    "message_id": 5,
                    "date": 0,
                    "chat": group,
                    "from": {"id": 1000, "is_bot": True, "first_name": "Nudger"},
                    "text": "a nudge forwarded into a group",
                },
            }
        }
    )
    call = await api.wait_for_call(
        "answerCallbackQuery", lambda c: c.params["callback_query_id"] == "group-tap", since=mark
    )
    assert call.params["text"] == EN(words.NOT_YOURS)
    assert await snapshot(app.engine) == before


async def test_other_kinds_of_message_get_a_pointer_and_groups_are_ignored(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.onboard()
    before = await snapshot(app.engine)
    mark = api.mark()
    sticker = {
        "message_id": 900,
        "date": 0,
        "chat": chat.user.chat,
        "from": chat.user.as_dict,
        "sticker": {
            "file_id": "s",
            "file_unique_id": "s",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        },
    }
    api.queue_raw_update({"message": sticker})
    reply = await api.wait_for_call("sendMessage", since=mark)
    assert reply.params["text"] == EN(words.UNKNOWN_TEXT)

    group = {"id": -100555, "type": "group", "title": "Friends"}
    mark = api.mark()
    api.queue_raw_update(
        {
            "message": {
                "message_id": 901,
                "date": 0,
                "chat": group,
                "from": chat.user.as_dict,
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            }
        }
    )
    [help_reply] = await chat.say("/help")  # handled after the group message
    assert "/week" in (help_reply.text or "")
    assert [c for c in api.calls[mark:] if c.params.get("chat_id") == -100555] == []
    assert await snapshot(app.engine) == before


async def test_a_database_failure_gets_an_apology_and_the_bot_keeps_working(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.say("/start", replies=2)
    async with app.engine.begin() as connection:
        await connection.execute(text("ALTER TABLE onboarding RENAME TO onboarding_away"))
    [reply] = await chat.say("Sam")
    assert reply.text == EN(words.SOMETHING_WRONG)
    async with app.engine.begin() as connection:
        await connection.execute(text("ALTER TABLE onboarding_away RENAME TO onboarding"))
    [reply] = await chat.say("Sam")
    assert (reply.text or "").startswith("Which sounds most like Sam?")

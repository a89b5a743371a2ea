"""Webhook mode: Telegram posts updates to nudger's own web server, guarded by a secret."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from nudger.app import NudgerApp
from nudger.config import load_settings
from nudger.services.places import TimezoneResolver
from nudger.storage.tables import UpdateSeenRow
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.outage import Outage
from tests.conftest import FakeClock
from tests.support.apps import TOKEN, build_app, free_port
from tests.support.chat import HELP, Chat
from tests.support.rows import snapshot

SECRET = "s3cret_-token"
PATH = "/telegram/update"


async def _start(
    api: FakeBotApi, database_url: str, clock: FakeClock, places: TimezoneResolver
) -> NudgerApp:
    port = free_port()  # the URL must be known before start, so the port can't be 0
    app = build_app(
        api,
        database_url,
        clock,
        places,
        http_port=port,
        webhook_url=f"http://127.0.0.1:{port}{PATH}",
        webhook_secret=SECRET,
    )
    await app.start()
    return app


@pytest.fixture
async def hooked(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[NudgerApp]:
    app = await _start(api, db_url, clock, places)
    try:
        yield app
    finally:
        await app.stop()


def _update(user_id: int, text: str, update_id: int = 990_001) -> dict[str, Any]:
    chat = {"id": user_id, "type": "private", "first_name": "Eve"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": "Eve"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def post(app: NudgerApp, body: Any, headers: dict[str, str] | None = None) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"http://127.0.0.1:{app.http_port}{PATH}",
            data=io.BytesIO(body) if isinstance(body, bytes) else None,
            json=None if isinstance(body, bytes) else body,
            headers=headers or {},
        ) as response,
    ):
        return response.status


async def _seen(app: NudgerApp) -> int:
    async with app.engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(UpdateSeenRow)) or 0)


async def test_updates_arrive_by_webhook_and_are_answered(
    hooked: NudgerApp, api: FakeBotApi
) -> None:
    [call] = api.calls_to("setWebhook")
    assert call.params["url"] == f"http://127.0.0.1:{hooked.http_port}{PATH}"
    assert call.params["secret_token"] == SECRET
    assert call.params["max_connections"] == 40  # NUDGER_WEBHOOK_MAX_CONCURRENCY's default
    assert hooked.mode == "webhook"
    chat = Chat(api, api.user(951, "Alex"))
    await chat.onboard()
    assert api.calls_to("getUpdates") == []  # nothing polls
    assert {a.status for a in api.webhook_attempts} == {200}


async def test_a_missing_or_wrong_secret_is_refused_and_nothing_is_processed(
    hooked: NudgerApp, api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    before = await snapshot(hooked.engine)
    seen = await _seen(hooked)
    sends = len(api.calls_to("sendMessage"))
    header = "X-Telegram-Bot-Api-Secret-Token"
    with caplog.at_level(logging.WARNING):
        assert await post(hooked, _update(952, "/start")) == 403
        assert await post(hooked, _update(952, "/start"), {header: "wrong"}) == 403
        assert await post(hooked, _update(952, "/start"), {header: SECRET + "x"}) == 403
        assert await post(hooked, _update(952, "/start"), {header: ""}) == 403
    assert await snapshot(hooked.engine) == before
    assert await _seen(hooked) == seen  # not even recorded as seen
    assert len(api.calls_to("sendMessage")) == sends
    refused = [r for r in caplog.records if getattr(r, "event", None) == "webhook_refused"]
    assert len(refused) == 4
    assert SECRET not in caplog.text

    # The same update with the right secret is handled.
    assert await post(hooked, _update(952, "/start"), {header: SECRET}) == 200
    assert len(api.calls_to("sendMessage")) == sends + 2


async def test_garbage_and_oversized_bodies_are_refused(hooked: NudgerApp) -> None:
    header = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    before = await snapshot(hooked.engine)
    assert await post(hooked, b"not json", header) == 400
    assert await post(hooked, [1, 2], header) == 400
    assert await post(hooked, {"update_id": "7"}, header) == 400
    assert await post(hooked, b"x" * (2 * 1024 * 1024), header) == 413
    # A readable update id with nothing nudger handles: accepted, nothing to do.
    assert await post(hooked, {"update_id": 990_100, "poll": {"id": "1"}}, header) == 200
    assert await snapshot(hooked.engine) == before


async def test_a_redelivered_update_is_answered_once(hooked: NudgerApp, api: FakeBotApi) -> None:
    chat = Chat(api, api.user(953, "Alex"))
    await chat.say("/start", replies=2)
    update_id = api.last_update_id
    mark = api.mark()
    api.replay(update_id)
    [reply] = await chat.say("/help")
    assert reply.text == HELP
    assert [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"] == [HELP]


async def test_a_failure_gets_telegrams_retry_and_is_then_handled(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver, tmp_path: Path
) -> None:
    outage = Outage(db_url, tmp_path / "moved.db")
    app = await _start(api, await outage.url(), clock, places)
    outage.app = app
    try:
        chat = Chat(api, api.user(954, "Alex"))
        await chat.say("/start", replies=2)
        await outage.down(api)
        mark = api.mark()
        tried = len(api.webhook_attempts)
        chat.user.send_text("Sam")
        await api.wait_until(lambda: any(a.status == 500 for a in api.webhook_attempts[tried:]))
        assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]
        await outage.up()
        await api.wait_for_call("sendMessage", since=mark, timeout=30)
        replies = [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"]
        assert len(replies) == 1 and replies[0].startswith("Which sounds most like Sam?")
        await api.wait_until(lambda: api.webhook_attempts[-1].status == 200)  # answered after
    finally:
        await app.stop()
        await outage.close()
    assert api.calls_to("deleteWebhook") == []  # Telegram keeps updates while nudger is away


def test_webhook_mode_needs_a_secret() -> None:
    from nudger.config import SettingsError

    with pytest.raises(SettingsError, match="NUDGER_WEBHOOK_SECRET is required"):
        load_settings(telegram_token=TOKEN, webhook_url="https://bot.example.org/hook")
    with pytest.raises(SettingsError, match="NUDGER_WEBHOOK_SECRET"):
        load_settings(
            telegram_token=TOKEN, webhook_url="https://bot.example.org/hook", webhook_secret="a b"
        )
    with pytest.raises(SettingsError, match="NUDGER_WEBHOOK_URL"):
        load_settings(telegram_token=TOKEN, webhook_url="bot.example.org/hook", webhook_secret="a")
    settings = load_settings(
        telegram_token=TOKEN, webhook_url="https://bot.example.org/tg/x", webhook_secret="a"
    )
    assert settings.webhook_path == "/tg/x"


async def test_while_stopping_updates_are_left_to_telegrams_retry(
    hooked: NudgerApp, api: FakeBotApi
) -> None:
    header = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    before = await snapshot(hooked.engine)
    sends = len(api.calls_to("sendMessage"))
    hooked.http.not_ready()  # the first step of stopping
    assert await post(hooked, _update(955, "/start"), header) == 503
    hooked.http.ready()
    await hooked.telegram.stop_receiving()  # a request already past the door
    assert await post(hooked, _update(955, "/start"), header) == 500
    assert await snapshot(hooked.engine) == before
    assert len(api.calls_to("sendMessage")) == sends

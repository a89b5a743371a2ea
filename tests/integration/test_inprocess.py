"""The fast tier's stand-in for Telegram does what the real adapter does, as the fake sees it.

Each messenger call is made once through production's TelegramMessenger over HTTP and once
through the in-process messenger, with the same injected failure: the fake must record the
same calls and chats, and the caller must get the same answer or the same DeliveryError.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from nudger.bot.base import Reply, Sender
from nudger.messaging.base import BotIntro, Button, DeliveryError, Messenger
from nudger.messaging.gateway import TelegramGateway
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from nudger.testing.inprocess.edge import AdapterOnly, InProcessEdge
from nudger.testing.inprocess.messenger import InProcessMessenger

TOKEN = "123456:TEST-token"
CHAT = 501
KEYBOARD = ((Button("Yes", "y:1"), Button("No", "y:0")),)

Operation = Callable[[Messenger, FakeBotApi], Awaitable[object]]


async def _send(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send(CHAT, "Hello", KEYBOARD)


async def _photo(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send_photo(CHAT, b"\x89PNG picture", "The week", KEYBOARD)


async def _document(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send_document(CHAT, b'{"a": 1}', "export.json", "Your data")


async def _edit(messenger: Messenger, _api: FakeBotApi) -> object:
    message_id = await messenger.send(CHAT, "Before", KEYBOARD)
    await messenger.edit(CHAT, message_id, "After")
    return None


async def _edit_unchanged(messenger: Messenger, _api: FakeBotApi) -> object:
    message_id = await messenger.send(CHAT, "Same", KEYBOARD)
    await messenger.edit(CHAT, message_id, "Same", KEYBOARD)
    return None


async def _answer(messenger: Messenger, api: FakeBotApi) -> object:
    message_id = await messenger.send(CHAT, "Tap", KEYBOARD)
    await messenger.answer_callback(api.user(CHAT).press(message_id, "y:1"), "Noted")
    return None


OPERATIONS: dict[str, tuple[str, Operation]] = {
    "send": ("sendMessage", _send),
    "photo": ("sendPhoto", _photo),
    "document": ("sendDocument", _document),
    "edit": ("editMessageText", _edit),
    "edit unchanged": ("editMessageText", _edit_unchanged),
    "answer": ("answerCallbackQuery", _answer),
}
FAILURES = {
    "none": None,
    "429": FakeError.retry_after(7),
    "403": FakeError.forbidden(),
    "500": FakeError.server_error(500),
    "502": FakeError.server_error(502),
    "migrated": FakeError.chat_migrated(-100501),
    "400": FakeError.bad_request("chat not found"),
    "409": FakeError(409, "Conflict: terminated by other getUpdates request"),
}


def _outcome(result: object) -> object:
    if isinstance(result, DeliveryError):
        return (
            "DeliveryError",
            result.reason,
            result.permanent,
            result.blocked,
            result.retry_after,
            result.outcome_unknown,
            result.migrate_to,
        )
    return result


async def _run(api: FakeBotApi, messenger: Messenger, operation: Operation) -> object:
    try:
        return _outcome(await operation(messenger, api))
    except DeliveryError as error:
        return _outcome(error)


def _seen(api: FakeBotApi) -> tuple[object, ...]:
    calls = [(c.method, c.params, c.status, c.ok) for c in api.calls if c.method != "getMe"]
    chat = [(m.message_id, m.text, m.caption, m.reply_markup, m.photo, m.document, m.filename)
            for m in api.user(CHAT).messages]  # fmt: skip
    return calls, chat, sorted(api.answered_callbacks)


async def over_http(method: str, failure: FakeError | None, operation: Operation) -> object:
    """Run an operation through production's messenger over HTTP; returns what was seen."""
    async with FakeBotApi(token=TOKEN) as api:
        api.user(CHAT, "Alex")
        gateway = TelegramGateway(TOKEN, api.url)
        await gateway.connect()
        try:
            if failure is not None:
                api.fail_next(method, failure)
            return await _run(api, gateway.messenger, operation), _seen(api)
        finally:
            await gateway.stop()


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=OPERATIONS.keys())
async def test_the_in_process_messenger_sends_and_fails_as_telegrams_does(
    operation: tuple[str, Operation],
    failure: FakeError | None,
) -> None:
    method, run = operation
    expected = await over_http(method, failure, run)
    api = FakeBotApi(token=TOKEN)
    api.user(CHAT, "Alex")
    if failure is not None:
        api.fail_next(method, failure)
    try:
        seen = await _run(api, InProcessMessenger(api), run), _seen(api)
    finally:
        await api.stop()
    assert seen == expected


class _NoRouter:
    """A router no update may reach."""

    def _reached(self) -> Reply:
        raise AssertionError("an adapter-only update reached the router")

    def commands(self) -> list[str]:
        raise AssertionError("an adapter-only update reached the router")

    def intros(self) -> list[BotIntro]:
        raise AssertionError("an adapter-only update reached the router")

    def apology(self, sender: Sender) -> str:
        raise AssertionError("an adapter-only update reached the router")

    def not_yours(self, sender: Sender) -> str:
        raise AssertionError("an adapter-only update reached the router")

    async def other(self, sender: Sender) -> Reply:
        return self._reached()

    async def command(self, sender: Sender, name: str, args: str = "") -> Reply:
        return self._reached()

    async def text(self, sender: Sender, text: str) -> Reply:
        return self._reached()

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        return self._reached()

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply:
        return self._reached()

    async def seen_update(self, update_id: int) -> bool:
        raise AssertionError("an adapter-only update reached the router")

    async def remember_update(self, update_id: int) -> None:
        raise AssertionError("an adapter-only update reached the router")


@pytest.mark.parametrize("kind", ["group message", "tap in a group"])
async def test_updates_only_the_adapter_handles_are_refused_loudly(kind: str) -> None:
    api = FakeBotApi(token=TOKEN)
    user = api.user(CHAT, "Alex")
    group = {"id": -100555, "type": "group", "title": "Friends"}
    bot_message = {"message_id": 5, "date": 0, "chat": group, "from": {"id": 1000}, "text": "x"}
    if kind == "group message":
        update = {"message": {**bot_message, "from": user.as_dict, "text": "/start"}}
    else:
        update = {"callback_query": {"id": "q1", "from": user.as_dict, "message": bot_message}}
    edge = InProcessEdge(api)
    await edge.open(_NoRouter())
    try:
        api.queue_raw_update(update)
        await api.wait_until(lambda: bool(edge.failures))
    finally:
        await edge.close()
        await api.stop()
    [failure] = edge.failures
    assert isinstance(failure, AdapterOnly)
    assert api.calls == []  # nothing was answered in the group

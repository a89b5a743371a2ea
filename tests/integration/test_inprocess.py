"""The fast tier's stand-in for Telegram does what the real adapter does, as the fake sees it.

Each messenger call is made once through production's TelegramMessenger over HTTP and once
through the in-process messenger, with the same injected failure: the fake must record the
same calls and chats, and the caller must get the same answer or the same DeliveryError.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager

import pytest

from nudger.bot.base import Reply, Sender, Settle
from nudger.messaging.base import BotIntro, Button, DeliveryError, Messenger
from nudger.messaging.gateway import TelegramGateway
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from nudger.testing.inprocess.edge import InProcessEdge
from nudger.testing.inprocess.messenger import InProcessMessenger

TOKEN = "123456:TEST-token"
CHAT = 501
KEYBOARD = ((Button("Yes", "y:1"), Button("No", "y:0")),)

Operation = Callable[[Messenger, FakeBotApi], Awaitable[object]]


async def _send(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send(CHAT, "Hello", KEYBOARD)


async def _photo(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send_photo(CHAT, b"\x89PNG picture", "The week", KEYBOARD)


async def _paid_send(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send(CHAT, "Hello", KEYBOARD, paid=True)


async def _paid_photo(messenger: Messenger, _api: FakeBotApi) -> object:
    return await messenger.send_photo(CHAT, b"\x89PNG picture", "The week", KEYBOARD, paid=True)


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
    "paid send": ("sendMessage", _paid_send),  # a paid broadcast: allow_paid_broadcast
    "paid photo": ("sendPhoto", _paid_photo),
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


@pytest.mark.parametrize("operation", ["paid send", "paid photo", "send", "photo"])
async def test_only_a_paid_send_asks_telegram_for_a_paid_broadcast(operation: str) -> None:
    method, run = OPERATIONS[operation]
    seen = await over_http(method, None, run)  # production's messenger, over HTTP
    assert isinstance(seen, tuple)
    _, (calls, _, _) = seen
    [params] = [params for name, params, _, _ in calls if name == method]
    assert params.get("allow_paid_broadcast") is (True if "paid" in operation else None)


class _NoWork:
    async def __aenter__(self) -> _NoWork:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        return None

    async def settle(self) -> None:
        return None


class _NoRouter:
    """A router no update may reach (but for the "not yours" notice of a tap elsewhere)."""

    def __init__(self) -> None:
        self.handled: list[int] = []

    def _reached(self) -> Reply:
        raise AssertionError("an adapter-only update reached the router")

    def commands(self) -> list[str]:
        raise AssertionError("an adapter-only update reached the router")

    def intros(self) -> list[BotIntro]:
        raise AssertionError("an adapter-only update reached the router")

    def apology(self, sender: Sender) -> str:
        return "Sorry"

    def not_yours(self, sender: Sender) -> str:
        return "Not yours"

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

    def handling(self, update_id: int, sender: int) -> AbstractAsyncContextManager[Settle]:
        self.handled.append(update_id)  # recorded, as every update that gets an answer
        return _NoWork()


@pytest.mark.parametrize("kind", ["group message", "tap in a group"])
async def test_updates_outside_the_private_chat_never_reach_the_router(kind: str) -> None:
    api = FakeBotApi(token=TOKEN)
    user = api.user(CHAT, "Alex")
    group = {"id": -100555, "type": "group", "title": "Friends"}
    bot_message = {"message_id": 5, "date": 0, "chat": group, "from": {"id": 1000}, "text": "x"}
    if kind == "group message":
        update = {"message": {**bot_message, "from": user.as_dict, "text": "/start"}}
    else:
        update = {"callback_query": {"id": "q1", "from": user.as_dict, "message": bot_message}}
    edge = InProcessEdge(api)
    router = _NoRouter()
    await edge.open(router)
    try:
        first = api.queue_raw_update(update)
        second = api.queue_raw_update(
            {"message": {**bot_message, "chat": user.chat, "from": user.as_dict}}
        )
        # The second update (private) reaches the router: by then the first was handled.
        await api.wait_until(lambda: bool(edge.failures))
    finally:
        await edge.close()
        await api.stop()
    [failure] = edge.failures
    assert isinstance(failure, AssertionError)  # the private message, not the group's update
    assert [call for call in api.calls if call.params.get("chat_id") == group["id"]] == []
    if kind == "group message":  # ignored: not even recorded
        assert [call.method for call in api.calls if call.method != "sendMessage"] == []
        assert router.handled == [second]
    else:  # the tap is answered, and only that; recorded, so a redelivery is not answered
        [answer] = [call for call in api.calls if call.method == "answerCallbackQuery"]
        assert answer.params == {"callback_query_id": "q1", "text": "Not yours"}
        assert router.handled == [first, second]

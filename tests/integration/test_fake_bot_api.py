"""The fake Bot API, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import json
import logging
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from nudger.testing.fake_bot_api import (
    BOT_ID,
    BOT_USERNAME,
    FakeBotApi,
    FakeError,
    UploadedFile,
    WebhookAttempt,
)

TOKEN = "123456:TEST-token"
Handler = BaseHandler[Update, ContextTypes.DEFAULT_TYPE, None]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot") as b:
        yield b


@contextlib.asynccontextmanager
async def polling_app(api: FakeBotApi, *handlers: Handler) -> AsyncIterator[None]:
    """A real PTB Application long-polling the fake."""
    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(f"{api.url}/bot")
        .base_file_url(f"{api.url}/file/bot")
        .build()
    )
    app.add_handlers(handlers)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in buttons]])


async def test_send_message_returns_parsable_message_and_is_recorded(
    api: FakeBotApi, bot: Bot
) -> None:
    alex = api.user(42, "Alex")
    sent = await bot.send_message(42, "Hello", reply_markup=keyboard(("Yes", "y"), ("No", "n")))

    assert bot.username == BOT_USERNAME
    assert sent.chat.id == 42
    assert sent.from_user is not None
    assert sent.from_user.id == BOT_ID
    assert sent.reply_markup == keyboard(("Yes", "y"), ("No", "n"))
    [call] = api.calls_to("sendMessage")
    assert call.params["chat_id"] == 42
    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "y"}, {"text": "No", "callback_data": "n"}]
        ]
    }
    assert call.result["message_id"] == sent.message_id
    assert alex.last_message.text == "Hello"
    assert alex.last_message.buttons == ["Yes", "No"]
    assert [c.method for c in api.calls] == ["getMe", "sendMessage"]


async def test_command_echo_round_trip_through_polling_application(api: FakeBotApi) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"echo: {' '.join(context.args or [])}")

    alex = api.user(42)
    async with polling_app(api, CommandHandler("start", echo)):
        alex.send_text("/start hello")
        await api.wait_for_call("sendMessage")
        mark = api.mark()
        alex.send_text("/start@nudger_test_bot there")
        alex.send_text("not a command")  # ignored by the CommandHandler
        call = await api.wait_for_call("sendMessage", since=mark)

    assert call.params["text"] == "echo: there"
    assert [m.text for m in alex.messages] == ["echo: hello", "echo: there"]
    assert len(api.calls_to("sendMessage")) == 2


async def test_button_press_is_answered_and_message_edited(api: FakeBotApi) -> None:
    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Ready?", reply_markup=keyboard(("Yes", "y")))

    async def on_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Noted")
        await query.edit_message_text(f"You chose {query.data}")

    alex = api.user(42)
    async with polling_app(api, CommandHandler("start", ask), CallbackQueryHandler(on_press)):
        alex.send_text("/start")
        await api.wait_for_call("sendMessage")
        query_id = alex.press_button("Yes")
        edit = await api.wait_for_call("editMessageText")

    assert api.answered_callbacks[query_id].params["text"] == "Noted"
    assert edit.params["message_id"] == alex.last_message.message_id
    assert alex.last_message.text == "You chose y"
    assert alex.last_message.edited
    assert alex.last_message.buttons == []  # editing without reply_markup drops the keyboard
    with pytest.raises(AssertionError, match="no button 'Yes'"):
        alex.press_button("Yes")


async def test_location_edited_message_and_raw_updates_reach_handlers(api: FakeBotApi) -> None:
    seen: list[str] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.edited_message is not None:
            seen.append(f"edited:{update.edited_message.text}")
        elif update.effective_message and update.effective_message.location:
            seen.append(f"location:{update.effective_message.location.latitude}")
        elif update.effective_message:
            seen.append(f"text:{update.effective_message.text}")

    alex = api.user(42)
    async with polling_app(api, MessageHandler(filters.ALL, record)):
        api.queue_raw_update({"some_future_update_type": {"x": 1}})
        message_id = alex.send_text("hi")
        alex.share_location(52.52, 13.40)
        alex.edit_text(message_id, "hi there")
        await api.wait_until(lambda: len(seen) == 3)

    assert seen == ["text:hi", "location:52.52", "edited:hi there"]


async def test_get_updates_long_polls_and_offset_confirms(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await api.wait_until(lambda: api.pending_polls == 1)
    alex.send_text("wake up")
    [update] = await poll

    assert time.monotonic() - started < 5  # answered by the update, not the timeout
    assert update.message is not None
    assert update.message.text == "wake up"
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
    assert api.queue_raw_update({"message": {}}) > update.update_id


@pytest.mark.parametrize(
    ("text", "error"),
    [(" ", r"(?i)message text is empty"), ("x" * 4097, r"(?i)message is too long")],
)
async def test_text_length_is_validated(api: FakeBotApi, bot: Bot, text: str, error: str) -> None:
    api.user(42)
    with pytest.raises(BadRequest, match=error):
        await bot.send_message(42, text)
    assert not api.calls_to("sendMessage")[0].ok
    assert await bot.send_message(42, "x" * 4096)


async def test_button_data_and_unknown_chat_are_rejected(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(42, "Hi", reply_markup=keyboard(("Yes", "y" * 65)))
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(7, "Hi")
    assert alex.messages == []


async def test_edits_are_validated(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    sent = await bot.send_message(42, "Hi", reply_markup=keyboard(("Yes", "y")))

    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("Hello", chat_id=42, message_id=999)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "Hi", chat_id=42, message_id=sent.message_id, reply_markup=keyboard(("Yes", "y"))
        )
    edited = await bot.edit_message_reply_markup(
        chat_id=42, message_id=sent.message_id, reply_markup=keyboard(("No", "n"))
    )
    assert isinstance(edited, Message)
    assert edited.reply_markup == keyboard(("No", "n"))
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=42, message_id=sent.message_id, reply_markup=keyboard(("No", "n"))
        )
    assert api.user(42).last_message.buttons == ["No"]


async def test_callback_answers_are_validated(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    sent = await bot.send_message(42, "Hi", reply_markup=keyboard(("Yes", "y")))
    query_id = alex.press(sent.message_id, "y")

    assert await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
        await bot.answer_callback_query("never-issued")
    assert list(api.answered_callbacks) == [query_id]


async def test_send_photo_and_document_uploads_are_recorded(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    png = b"\x89PNG\r\n\x1a\nfake"
    sent = await bot.send_photo(42, photo=png, caption="A chart", filename="chart.png")
    doc = await bot.send_document(42, document=b"a,b\n1,2\n", filename="data.csv")

    assert sent.photo[-1].file_size == len(png)
    assert sent.caption == "A chart"
    assert doc.document is not None
    assert doc.document.file_name == "data.csv"
    upload = api.calls_to("sendPhoto")[0].params["photo"]
    assert isinstance(upload, UploadedFile)
    assert (upload.filename, upload.data) == ("chart.png", png)
    photo_message, doc_message = alex.messages
    assert (photo_message.photo, photo_message.caption) == (png, "A chart")
    assert (doc_message.document, doc_message.filename) == (b"a,b\n1,2\n", "data.csv")
    resent = await bot.send_photo(42, photo=sent.photo[-1].file_id)
    assert alex.last_message.photo == png
    assert resent.photo[-1].file_id != sent.photo[-1].file_id
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(42, photo=png, caption="x" * 1025)


async def test_wrong_token_is_unauthorized(api: FakeBotApi) -> None:
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("654321:wrong", base_url=f"{api.url}/bot"):
            pass
    [call] = api.calls
    assert (call.method, call.status) == ("getMe", 401)
    assert call.response == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_raw_http_json_get_and_unknown_method(api: FakeBotApi) -> None:
    api.user(42)
    markup = json.dumps({"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]})
    async with aiohttp.ClientSession(base_url=api.url) as http:
        async with http.post(
            f"/bot{TOKEN}/sendMessage", json={"chat_id": 42, "text": "Hi", "reply_markup": markup}
        ) as resp:
            body: dict[str, Any] = await resp.json()
        async with http.get(f"/bot{TOKEN}/getMe") as resp:
            me = await resp.json()
        async with http.post(f"/bot{TOKEN}/noSuchMethod") as resp:
            missing = (resp.status, await resp.json())

    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"
    assert me["result"]["username"] == BOT_USERNAME
    assert missing == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )


async def test_retry_after_then_success(
    api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22 warns about int retry_after otherwise
    alex = api.user(42)
    api.fail_next("sendMessage", FakeError.retry_after(3))

    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(42, "Hi")
    await bot.send_message(42, "Hi")

    assert excinfo.value.retry_after == dtm.timedelta(seconds=3)
    assert [c.status for c in api.calls_to("sendMessage")] == [429, 200]
    assert [m.text for m in alex.messages] == ["Hi"]


async def test_failures_can_target_a_chat_and_repeat(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    api.user(43)
    api.fail_next("sendMessage", FakeError.forbidden(), times=2, chat_id=43)

    assert await bot.send_message(42, "to 42")
    for _ in range(2):
        with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
            await bot.send_message(43, "to 43")
    assert await bot.send_message(43, "to 43")
    api.user(43).blocked = True
    with pytest.raises(Forbidden):
        await bot.send_message(43, "to 43")


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_raise_network_error(api: FakeBotApi, bot: Bot, status: int) -> None:
    api.user(42)
    api.fail_next("sendMessage", FakeError.server_error(status))
    with pytest.raises(NetworkError):
        await bot.send_message(42, "Hi")
    assert api.calls_to("sendMessage")[0].status == status
    assert api.user(42).messages == []


async def test_chat_migrated(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    api.fail_next("sendMessage", FakeError.chat_migrated(-100123))
    with pytest.raises(ChatMigrated) as excinfo:
        await bot.send_message(42, "Hi")
    assert excinfo.value.new_chat_id == -100123


async def test_delay_times_out_client_after_message_was_sent(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    api.fail_next("sendMessage", FakeError.delay(30))

    with pytest.raises(TimedOut):
        await bot.send_message(42, "Hi", read_timeout=0.2)

    assert [m.text for m in alex.messages] == ["Hi"]  # Telegram did deliver it
    assert api.calls_to("sendMessage")[0].ok


async def test_commands_webhook_and_chat_action(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    assert await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Start!", "Bad")])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()

    assert await bot.set_webhook("https://example.invalid/hook")
    assert (await bot.get_webhook_info()).url == "https://example.invalid/hook"
    assert await bot.delete_webhook()
    assert await bot.send_chat_action(42, "typing")
    assert api.calls_to("sendChatAction")[0].params["action"] == "typing"


async def test_wait_for_call_times_out_with_recent_calls(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    await bot.send_message(42, "Hi")
    with pytest.raises(
        TimeoutError, match=r"(?i)expected 1 matching editMessageText(.|\n)*sendMessage"
    ):
        await api.wait_for_call("editMessageText", timeout=0.05)


async def test_replay_delivers_a_confirmed_update_again_once(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    alex.send_text("hello")
    [first] = await bot.get_updates(timeout=0)
    assert api.last_update_id == first.update_id
    assert await bot.get_updates(offset=first.update_id + 1, timeout=0) == ()

    api.replay(first.update_id)
    [again] = await bot.get_updates(offset=first.update_id + 1, timeout=0)
    assert again.update_id == first.update_id
    assert again.message is not None and again.message.text == "hello"
    assert await bot.get_updates(offset=first.update_id + 1, timeout=0) == ()
    with pytest.raises(AssertionError, match="no update 999"):
        api.replay(999)


async def test_a_replayed_callback_query_can_be_answered_again(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    sent = await bot.send_message(42, "Pick", reply_markup=keyboard(("Yes", "y")))
    alex.press(sent.message_id, "y")
    [update] = await bot.get_updates(timeout=0)
    assert update.callback_query is not None
    assert await bot.answer_callback_query(update.callback_query.id)

    api.replay(update.update_id)
    [again] = await bot.get_updates(offset=update.update_id + 1, timeout=0)
    assert again.callback_query is not None
    assert again.callback_query.id == update.callback_query.id
    assert await bot.answer_callback_query(again.callback_query.id)


# ----------------------------------------------------------------- webhook delivery


class Receiver:
    """A webhook endpoint on loopback that records every POST.

    The first ``fail_first`` requests are answered ``fail_status``; requests while ``hold``
    is set wait (up to 5 s) for it to be cleared, to make the fake's client time out.
    """

    def __init__(self, fail_first: int = 0, fail_status: int = 500) -> None:
        self.fail_first, self.fail_status = fail_first, fail_status
        self.requests: list[tuple[dict[str, Any], str | None]] = []  # (body, secret header)
        self.hold = False
        self._released = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    @property
    def update_ids(self) -> list[int]:
        return [body["update_id"] for body, _ in self.requests]

    async def _handle(self, request: web.Request) -> web.Response:
        self.requests.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        if self.hold:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._released.wait(), 5)
        if len(self.requests) <= self.fail_first:
            return web.Response(status=self.fail_status)
        return web.Response(text="")

    def release(self) -> None:
        self.hold = False
        self._released.set()

    async def __aenter__(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/hook"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()
        assert self._runner is not None
        await self._runner.cleanup()


def free_port() -> int:
    """A loopback port nobody listens on (bound and released again)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_pushes_pending_and_new_updates_in_order_with_secret(
    api: FakeBotApi, bot: Bot
) -> None:
    alex = api.user(42)
    first, second = alex.send_text("one"), alex.send_text("two")
    async with Receiver() as receiver:
        assert await bot.set_webhook(receiver.url, secret_token="s3cret_-x")
        await api.wait_until(lambda: len(receiver.requests) == 2)
        third = alex.send_text("three")
        await api.wait_until(lambda: len(receiver.requests) == 3)
        info = await bot.get_webhook_info()
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates(timeout=0)

    assert [body["message"]["message_id"] for body, _ in receiver.requests] == [
        first,
        second,
        third,
    ]
    assert receiver.update_ids == sorted(receiver.update_ids)
    assert {secret for _, secret in receiver.requests} == {"s3cret_-x"}
    assert api.webhook_attempts == [WebhookAttempt(u, 200) for u in receiver.update_ids]
    assert (info.url, info.pending_update_count) == (receiver.url, 0)
    assert (info.max_connections, info.has_custom_certificate) == (40, False)
    assert info.last_error_date is None
    assert info.last_error_message is None


async def test_webhook_without_secret_sends_no_secret_header(api: FakeBotApi, bot: Bot) -> None:
    api.user(42).send_text("hi")
    async with Receiver() as receiver:
        assert await bot.set_webhook(receiver.url)
        await api.wait_until(lambda: len(receiver.requests) == 1)
    assert receiver.requests[0][1] is None
    with pytest.raises(BadRequest, match=r"(?i)secret token contains unallowed characters"):
        await bot.set_webhook(receiver.url, secret_token="no spaces")


async def test_webhook_retries_after_500_and_reports_the_error(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    api.webhook_retry_delay = 0.05
    alex.send_text("one")
    alex.send_text("two")
    async with Receiver(fail_first=1) as receiver:
        before = int(time.time())
        assert await bot.set_webhook(receiver.url)
        await api.wait_until(lambda: len(api.webhook_attempts) == 3)
        info = await bot.get_webhook_info()

    one, two = api.last_update_id - 1, api.last_update_id
    assert receiver.update_ids == [one, one, two]  # "two" waits until "one" was accepted
    assert api.webhook_attempts == [
        WebhookAttempt(one, 500),
        WebhookAttempt(one, 200),
        WebhookAttempt(two, 200),
    ]
    assert [a.ok for a in api.webhook_attempts] == [False, True, True]
    assert info.pending_update_count == 0
    assert info.last_error_date is not None
    assert info.last_error_date.timestamp() >= before
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"


async def test_webhook_timeout_keeps_the_update_pending(api: FakeBotApi, bot: Bot) -> None:
    api.webhook_timeout = 0.2
    api.webhook_retry_delay = 0.05
    update_id = api.queue_raw_update({"message": {"text": "slow"}})
    async with Receiver() as receiver:
        receiver.hold = True
        assert await bot.set_webhook(receiver.url)
        await api.wait_until(lambda: len(api.webhook_attempts) == 1)
        assert (await bot.get_webhook_info()).pending_update_count == 1
        receiver.release()
        await api.wait_until(lambda: len(api.webhook_attempts) == 2)
        info = await bot.get_webhook_info()

    assert api.webhook_attempts == [WebhookAttempt(update_id, None), WebhookAttempt(update_id, 200)]
    assert info.pending_update_count == 0
    assert info.last_error_message == "Read timeout expired"


async def test_connection_errors_retry_until_delete_webhook_hands_updates_to_polling(
    api: FakeBotApi, bot: Bot
) -> None:
    alex = api.user(42)
    api.webhook_retry_delay = 0.05
    alex.send_text("stuck")
    assert await bot.set_webhook(f"http://127.0.0.1:{free_port()}/hook")
    await api.wait_until(lambda: len(api.webhook_attempts) >= 2)  # retried
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 1
    assert info.last_error_message == "Connection refused"
    assert {a.status for a in api.webhook_attempts} == {None}

    assert await bot.delete_webhook()
    attempts = len(api.webhook_attempts)
    alex.send_text("after delete")
    with pytest.raises(TimeoutError):  # no more pushes
        await api.wait_until(lambda: len(api.webhook_attempts) > attempts, timeout=0.3)
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["stuck", "after delete"]
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count, info.last_error_message) == ("", 2, None)


@pytest.mark.parametrize("how", ["deleteWebhook", "empty url"])
async def test_delete_webhook_and_empty_url_stop_pushes(
    api: FakeBotApi, bot: Bot, how: str
) -> None:
    alex = api.user(42)
    async with Receiver() as receiver:
        assert await bot.set_webhook(receiver.url)
        alex.send_text("pushed")
        await api.wait_until(lambda: len(receiver.requests) == 1)
        if how == "deleteWebhook":
            assert await bot.delete_webhook()
        else:
            assert await bot.set_webhook("")
        attempts = len(api.webhook_attempts)
        alex.send_text("kept")
        with pytest.raises(TimeoutError):  # no more pushes
            await api.wait_until(lambda: len(api.webhook_attempts) > attempts, timeout=0.3)
        [kept] = await bot.get_updates(timeout=0)

    assert kept.message is not None
    assert kept.message.text == "kept"
    assert [body["message"]["text"] for body, _ in receiver.requests] == ["pushed"]
    assert await bot.get_updates(offset=kept.update_id + 1, timeout=0) == ()
    assert (await bot.get_webhook_info()).url == ""


async def test_webhook_respects_allowed_updates_and_drop_pending_updates(
    api: FakeBotApi, bot: Bot
) -> None:
    alex = api.user(42)
    sent = await bot.send_message(42, "Pick", reply_markup=keyboard(("Yes", "y")))
    alex.send_text("dropped")
    async with Receiver() as receiver:
        assert await bot.set_webhook(receiver.url, drop_pending_updates=True)
        assert (await bot.get_webhook_info()).pending_update_count == 0
        assert await bot.set_webhook(receiver.url, allowed_updates=["callback_query"])
        alex.send_text("not allowed")
        query_id = alex.press(sent.message_id, "y")
        await api.wait_until(lambda: len(receiver.requests) == 1)
        info = await bot.get_webhook_info()

    [(body, _)] = receiver.requests
    assert body["callback_query"]["id"] == query_id
    assert info.allowed_updates == ("callback_query",)
    assert info.pending_update_count == 0


async def test_replay_is_pushed_to_the_webhook_again(api: FakeBotApi, bot: Bot) -> None:
    alex = api.user(42)
    async with Receiver() as receiver:
        assert await bot.set_webhook(receiver.url)
        alex.send_text("hello")
        update_id = api.last_update_id
        await api.wait_until(lambda: len(receiver.requests) == 1)
        api.replay(update_id)
        alex.send_text("later")  # pending together with the replay, which goes first
        await api.wait_until(lambda: len(receiver.requests) == 3)

    first, again, later = (body for body, _ in receiver.requests)
    assert again == first
    assert first["update_id"] == update_id
    assert later["update_id"] == update_id + 1
    assert [a.update_id for a in api.webhook_attempts] == [update_id, update_id, update_id + 1]


async def test_webhook_to_a_non_loopback_url_is_never_posted(
    api: FakeBotApi, bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    api.user(42).send_text("stays")
    with caplog.at_level(logging.WARNING, logger="nudger.testing.fake_bot_api"):
        assert await bot.set_webhook("https://example.invalid/hook")
    assert "only to loopback" in caplog.text
    with pytest.raises(TimeoutError):
        await api.wait_until(lambda: bool(api.webhook_attempts), timeout=0.2)
    assert (await bot.get_webhook_info()).pending_update_count == 1


# ----------------------------------------------------------------- rate limit


async def test_rate_limit_throttles_concurrent_sends_within_a_second(api: FakeBotApi) -> None:
    alex = api.user(42)
    api.rate_limit = 10

    async def send(http: aiohttp.ClientSession, n: int) -> tuple[int, dict[str, Any]]:
        async with http.post(
            f"/bot{TOKEN}/sendMessage", json={"chat_id": 42, "text": f"#{n}"}
        ) as r:
            return r.status, await r.json()

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(base_url=api.url, connector=connector) as http:
        answers = await asyncio.gather(*(send(http, n) for n in range(30)))
        statuses = [status for status, _ in answers]
        assert statuses.count(200) == 10
        assert statuses.count(429) == 20
        assert api.throttled == 20
        assert api.max_sends_per_second() == 10
        assert len(alex.messages) == 10  # throttled sends deliver nothing
        throttled = next(body for status, body in answers if status == 429)
        assert throttled == {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        }

        await asyncio.sleep(1.05)  # the window of the accepted sends has passed
        again = await asyncio.gather(*(send(http, n) for n in range(3)))

    assert [status for status, _ in again] == [200, 200, 200]
    assert api.throttled == 20
    assert len(alex.messages) == 13
    assert api.max_sends_per_second() == 10
    assert [c.status for c in api.calls_to("sendMessage")].count(429) == 20


async def test_rate_limit_counts_photos_and_documents_and_ptb_sees_retry_after(
    api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22 warns about int retry_after otherwise
    alex = api.user(42)
    with pytest.raises(BadRequest):
        await bot.send_message(42, " ")  # a failed send does not count
    api.rate_limit = 2
    await bot.send_photo(42, photo=b"\x89PNG\r\n\x1a\nfake")
    await bot.send_document(42, document=b"a,b\n", filename="data.csv")
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(42, "third")
    with pytest.raises(RetryAfter):
        await bot.send_document(42, document=b"a,b\n", filename="data.csv")
    assert await bot.send_chat_action(42, "typing")  # not a send

    assert excinfo.value.retry_after == dtm.timedelta(seconds=1)
    assert api.throttled == 2
    assert len(alex.messages) == 2
    assert api.max_sends_per_second() == 2


async def test_max_sends_per_second_without_a_limit(api: FakeBotApi, bot: Bot) -> None:
    api.user(42)
    assert api.max_sends_per_second() == 0
    for n in range(3):
        await bot.send_message(42, f"#{n}")
    assert api.max_sends_per_second() == 3
    assert api.throttled == 0


async def test_paid_broadcasts_count_against_their_own_limit_not_the_free_one(
    api: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like Telegram: a send with allow_paid_broadcast ignores the free limit (about 30 a
    second) and meets the paid one (1,000 a second) instead; the parameter is recorded."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB 22 warns about int retry_after otherwise
    alex = api.user(42)
    api.rate_limit, api.paid_rate_limit = 3, 5

    async def send(n: int, paid: bool) -> int:
        try:
            await bot.send_message(42, f"#{n}", allow_paid_broadcast=paid or None)
        except RetryAfter:
            return 429
        return 200

    statuses = await asyncio.gather(*(send(n, paid=n % 2 == 1) for n in range(16)))
    free, paid = statuses[0::2], statuses[1::2]
    assert (free.count(200), paid.count(200)) == (3, 5)  # 8 of each were sent
    assert api.throttled == 8
    assert len(alex.messages) == 8
    assert api.max_sends_per_second(paid=False) == 3
    assert api.max_sends_per_second(paid=True) == api.paid_sends() == 5
    assert api.max_sends_per_second() == 8
    flagged = [
        c for c in api.calls_to("sendMessage") if c.ok and "allow_paid_broadcast" in c.params
    ]
    assert len(flagged) == 5
    assert all(c.params["allow_paid_broadcast"] is True for c in flagged)  # PTB's "true", decoded
    # A paid photo or document counts as a paid broadcast too (not against the free limit).
    api.paid_rate_limit = None
    await bot.send_photo(42, photo=b"\x89PNG\r\n\x1a\nfake", allow_paid_broadcast=True)
    await bot.send_document(42, document=b"a,b\n", filename="d.csv", allow_paid_broadcast=True)
    assert api.paid_sends() == 7

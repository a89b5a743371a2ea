"""A fake Telegram Bot API server that the real python-telegram-bot can talk to.

Point PTB at it and drive the conversation from the user's side::

    async with FakeBotApi() as api:
        app = ApplicationBuilder().token(api.token).base_url(f"{api.url}/bot").build()
        ...
        alex = api.user(42)
        alex.send_text("/start")
        await api.wait_for_call("sendMessage")
        assert alex.last_message.buttons == ["Yes", "No"]

Every request is recorded in :attr:`FakeBotApi.calls`. Cheap Telegram validations are
mirrored so that bot bugs surface as the same ``BadRequest`` errors production would raise.
Failures (flood control, blocked users, 5xx, slow responses) can be injected per method.

Webhooks work as with Telegram: after ``setWebhook`` the fake POSTs every pending and future
update (replays too) as JSON to the URL, with ``X-Telegram-Bot-Api-Secret-Token`` if a secret
was set, one request at a time in update order (replays first). A 2xx answer confirms the
update; anything else, a connection error or a timeout (:attr:`FakeBotApi.webhook_timeout`)
keeps it pending and it is posted again after :attr:`FakeBotApi.webhook_retry_delay`. Every
attempt is recorded in :attr:`FakeBotApi.webhook_attempts`; ``getWebhookInfo`` reports the
pending count and the last error. ``deleteWebhook`` (or ``setWebhook`` with an empty URL) stops
the pushes, and pending updates wait for ``getUpdates`` again. Only loopback URLs
(127.0.0.0/8, ``localhost``, ``[::1]``) are posted to; with any other URL the updates just
stay pending.

Setting :attr:`FakeBotApi.rate_limit` mimics Telegram's overall flood limit for load tests: a
``sendMessage``/``sendPhoto``/``sendDocument`` that would make more than ``rate_limit``
successful sends within any 1-second window (by arrival time) is answered 429 ``retry after 1``
and counted in :attr:`FakeBotApi.throttled`. :meth:`FakeBotApi.max_sends_per_second` tells the
busiest second of successful sends so far, whether or not a limit is set.

Run ``python -m nudger.testing.fake_bot_api --port 8081`` to serve it stand-alone.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import copy
import html
import ipaddress
import itertools
import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Self
from urllib.parse import urlsplit

import aiohttp
from aiohttp import BodyPartReader, web

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "ApiCall",
    "FakeBotApi",
    "FakeError",
    "FakeMessage",
    "FakeUser",
    "UploadedFile",
    "WebhookAttempt",
]

_log = logging.getLogger(__name__)

BOT_ID = 1000
BOT_USERNAME = "nudger_test_bot"
_BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Nudger",
    "username": BOT_USERNAME,
}
_BOT_CAPABILITIES = {
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
    "can_connect_to_business": False,
    "has_main_web_app": False,
}
# Parameters that are plain strings on the wire; everything else is JSON-decoded if possible
# (PTB form-encodes ints as "42", booleans as "true" and objects as JSON text).
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "action",
        "language_code",
        "secret_token",
        "photo",
        "document",
    }
)
# Update kinds this fake produces itself; only those are filtered by ``allowed_updates``.
_OWN_KINDS = frozenset({"message", "edited_message", "callback_query"})
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
# Calls that count towards ``rate_limit``.
_SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded in a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class ApiCall:
    """One request the fake received, recorded when it was answered.

    ``params`` are decoded (ints, bools, JSON objects); uploads appear as :class:`UploadedFile`.
    ``at`` is the ``time.monotonic()`` of arrival; ``response`` is the JSON body sent back.
    """

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """Whether Telegram would have reported success."""
        return self.status == HTTPStatus.OK

    @property
    def result(self) -> Any:
        """The ``result`` of a successful call (``None`` for errors)."""
        return self.response.get("result")


@dataclass(frozen=True)
class FakeError:
    """An injected failure; build it with the class methods, pass it to ``fail_next``."""

    status: int
    description: str = ""
    parameters: dict[str, int] | None = None
    delay_seconds: float = 0.0

    @classmethod
    def retry_after(cls, seconds: int) -> FakeError:
        """429 flood control; PTB raises ``RetryAfter``."""
        return cls(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})

    @classmethod
    def forbidden(cls, description: str = "Forbidden: bot was blocked by the user") -> FakeError:
        """403; PTB raises ``Forbidden``."""
        return cls(403, description)

    @classmethod
    def server_error(cls, status: int = 500) -> FakeError:
        """5xx (500, 502, ...); PTB raises ``NetworkError``."""
        return cls(status, HTTPStatus(status).phrase)

    @classmethod
    def chat_migrated(cls, new_chat_id: int) -> FakeError:
        """400 with ``migrate_to_chat_id``; PTB raises ``ChatMigrated``."""
        description = "Bad Request: group chat was upgraded to a supergroup chat"
        return cls(400, description, {"migrate_to_chat_id": new_chat_id})

    @classmethod
    def bad_request(cls, description: str) -> FakeError:
        """Any other 400; PTB raises ``BadRequest``."""
        return cls(400, f"Bad Request: {description}")

    @classmethod
    def delay(cls, seconds: float) -> FakeError:
        """Perform the call normally (the message *is* sent) but answer only after ``seconds``."""
        return cls(200, delay_seconds=seconds)


@dataclass(frozen=True)
class WebhookAttempt:
    """One POST of an update to the webhook.

    ``status`` is the HTTP status the receiver answered, ``None`` for a connection error or
    a timeout.
    """

    update_id: int
    status: int | None

    @property
    def ok(self) -> bool:
        """Whether the update counts as delivered (a 2xx answer)."""
        return self.status is not None and 200 <= self.status < 300


@dataclass(frozen=True)
class FakeMessage:
    """Snapshot of a bot message in a chat, in its current (possibly edited) state."""

    message_id: int
    chat_id: int
    text: str | None
    caption: str | None
    reply_markup: list[list[tuple[str, str]]]
    """Inline keyboard rows of ``(label, callback_data or url)``."""
    photo: bytes | None
    edited: bool
    document: bytes | None = None
    filename: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def buttons(self) -> list[str]:
        """All inline button labels, row by row."""
        return [label for row in self.reply_markup for label, _ in row]


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: Any = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


@dataclass
class _Failure:
    method: str
    error: FakeError
    remaining: int
    chat_id: int | None


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _visible(text: str, parse_mode: Any) -> str:
    """Approximate the text Telegram counts: HTML tags and entities are stripped."""
    if str(parse_mode).lower() == "html":
        return html.unescape(re.sub(r"<[^>]*>", "", text))
    return text


def _decode_param(name: str, value: Any) -> Any:
    if isinstance(value, str) and name not in _STRING_PARAMS:
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


def _is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (the only place the fake posts updates to)."""
    try:
        host = urlsplit(url).hostname or ""
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _update_kind(update: Mapping[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


class FakeUser:
    """A Telegram user with a private chat with the bot (chat id == user id)."""

    def __init__(self, api: FakeBotApi, user_id: int, first_name: str, language_code: str) -> None:
        self.api = api
        self.user_id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.blocked = False
        """Set to ``True`` to make every send to this chat fail with 403 (user blocked bot)."""
        self._messages: dict[int, dict[str, Any]] = {}  # user and bot messages, by id
        self._uploads: dict[int, UploadedFile] = {}
        self._message_ids = itertools.count(1)

    @property
    def as_dict(self) -> dict[str, Any]:
        """The Telegram ``User`` object."""
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    @property
    def chat(self) -> dict[str, Any]:
        """The Telegram ``Chat`` object of the private chat."""
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def send_text(self, text: str) -> int:
        """Queue a text message from this user; returns its message id.

        Text starting with ``/`` gets a ``bot_command`` entity, so ``CommandHandler`` matches
        (also ``/start@nudger_test_bot``).
        """
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self._send(content)

    def share_location(self, latitude: float, longitude: float) -> int:
        """Queue a location message from this user; returns its message id."""
        return self._send({"location": {"latitude": latitude, "longitude": longitude}})

    def edit_text(self, message_id: int, text: str) -> None:
        """Queue an ``edited_message`` update for one of this user's text messages."""
        message = self._messages.get(message_id)
        if message is None or message["from"]["id"] != self.user_id or "text" not in message:
            raise AssertionError(f"user {self.user_id} has no text message {message_id} to edit")
        message.update(text=text, edit_date=int(time.time()))
        self.api._queue("edited_message", copy.deepcopy(message))

    def press(self, message_id: int, data: str) -> str:
        """Queue a ``callback_query`` for a bot message; returns the callback query id.

        ``data`` is not checked against the keyboard, so stale or forged presses can be tested.
        """
        message = self._messages.get(message_id)
        if message is None or message["from"]["id"] != BOT_ID:
            raise AssertionError(f"no bot message {message_id} in chat {self.user_id}")
        query_id = self.api._new_callback_id()
        query = {
            "id": query_id,
            "from": self.as_dict,
            "message": copy.deepcopy(message),
            "chat_instance": f"ci{self.user_id}",
            "data": data,
        }
        self.api._queue("callback_query", query)
        return query_id

    def press_button(self, label: str, message_id: int | None = None) -> str:
        """Press the inline button labelled exactly ``label``; returns the callback query id.

        Searches ``message_id`` or else the newest bot message in this chat with that button.
        """
        candidates = self.messages[::-1]
        if message_id is not None:
            candidates = [m for m in candidates if m.message_id == message_id]
        for message in candidates:
            for row in message.raw.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button.get("text") != label:
                        continue
                    if "callback_data" not in button:
                        raise AssertionError(f"button {label!r} has no callback_data: {button}")
                    return self.press(message.message_id, button["callback_data"])
        seen = {m.message_id: m.buttons for m in candidates[:5]}
        where = f"message {message_id}" if message_id is not None else f"chat {self.user_id}"
        raise AssertionError(f"no button {label!r} in {where}; recent buttons: {seen}")

    @property
    def messages(self) -> list[FakeMessage]:
        """The bot's messages in this chat, oldest first, in their current state."""
        return [
            self._snapshot(message)
            for message in self._messages.values()
            if message["from"]["id"] == BOT_ID
        ]

    @property
    def last_message(self) -> FakeMessage:
        """The bot's newest message in this chat (AssertionError if there is none)."""
        messages = self.messages
        if not messages:
            raise AssertionError(f"the bot has not sent anything to chat {self.user_id}")
        return messages[-1]

    def _send(self, content: dict[str, Any]) -> int:
        message = self._new_message(self.as_dict, content)
        self.api._queue("message", copy.deepcopy(message))
        return int(message["message_id"])

    def _new_message(self, sender: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        message_id = next(self._message_ids)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.chat,
            "from": sender,
            **content,
        }
        self._messages[message_id] = message
        return message

    def _snapshot(self, message: dict[str, Any]) -> FakeMessage:
        keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
        upload = self._uploads.get(message["message_id"])
        return FakeMessage(
            message_id=message["message_id"],
            chat_id=self.user_id,
            text=message.get("text"),
            caption=message.get("caption"),
            reply_markup=[
                [(b.get("text", ""), b.get("callback_data") or b.get("url") or "") for b in row]
                for row in keyboard
            ],
            photo=upload.data if upload and "photo" in message else None,
            edited="edit_date" in message,
            document=upload.data if upload and "document" in message else None,
            filename=upload.filename if upload else None,
            raw=copy.deepcopy(message),
        )


class FakeBotApi:
    """Fake Telegram Bot API on loopback; see the module docstring for an example."""

    def __init__(
        self,
        token: str = "123456:TEST-token",  # noqa: S107 - a fake token for a fake server
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.calls: list[ApiCall] = []
        """Every request, in the order it was answered."""
        self.answered_callbacks: dict[str, ApiCall] = {}
        self.latency = 0.0
        """Seconds added to every ``sendMessage`` response (for benchmarks)."""
        self.webhook_url = ""
        self.webhook_retry_delay = 0.2
        """Seconds before an update the webhook did not accept is posted again."""
        self.webhook_timeout = 5.0
        """Seconds the fake waits for the webhook's answer before counting a failure."""
        self.webhook_attempts: list[WebhookAttempt] = []
        """Every POST to a webhook, in order."""
        self.rate_limit: float | None = None
        """Successful sends allowed within any 1-second window; more are answered 429."""
        self.throttled = 0
        """Number of sends answered 429 because of :attr:`rate_limit`."""
        self.pending_polls = 0
        """Number of ``getUpdates`` requests currently long-polling (waiting for updates)."""
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        """``setMyCommands`` state keyed by (JSON scope, language code)."""
        self._users: dict[int, FakeUser] = {}
        self._updates: list[dict[str, Any]] = []
        self._queued: dict[int, dict[str, Any]] = {}  # every update ever queued, by id
        self._replays: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] = []
        self._pending_callbacks: set[str] = set()
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._files: dict[str, UploadedFile] = {}
        self._failures: list[_Failure] = []
        self._send_times: list[float] = []  # arrival of every successful send, sorted
        self._webhook_secret = ""
        self._webhook_max_connections = 40
        self._webhook_error: tuple[int, str] | None = None  # (unix time, message)
        self._webhook_task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": lambda p: {**_BOT_USER, **_BOT_CAPABILITIES},
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda p: self.commands.get(self._commands_key(p), []),
            "deleteMyCommands": self._delete_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendPhoto": lambda p: self._send_file(p, "photo"),
            "sendDocument": lambda p: self._send_file(p, "document"),
            "sendChatAction": lambda p: self._chat(p) is not None,
            "close": lambda p: True,
            "logOut": lambda p: True,
        }
        self._handlers = {name.lower(): (name, fn) for name, fn in handlers.items()}

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Start serving; with ``port=0`` an ephemeral port is chosen (see :attr:`url`)."""
        if self._runner is not None:
            return
        self._closing = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self.port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        """Stop webhook pushes, release long polls and delayed answers, shut the server down."""
        self._closing.set()
        self._notify()
        if self._webhook_task is not None:
            task, self._webhook_task = self._webhook_task, None
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``; use ``f"{api.url}/bot"`` as PTB's ``base_url``."""
        if self._runner is None:
            raise RuntimeError("FakeBotApi is not running; call start() first")
        return f"http://{self.host}:{self.port}"

    # ----------------------------------------------------------------- acting as users

    def user(
        self, user_id: int, first_name: str = "Alex", *, language_code: str = "en"
    ) -> FakeUser:
        """Get or create a user; from now on the bot may send to chat ``user_id``."""
        if user_id not in self._users:
            self._users[user_id] = FakeUser(self, user_id, first_name, language_code)
        return self._users[user_id]

    def queue_raw_update(self, update: Mapping[str, Any]) -> int:
        """Queue any update dict for ``getUpdates``; a missing ``update_id`` is assigned.

        A callback query in it can be answered, as Telegram accepts an answer to any query
        it delivered.
        """
        queued = {"update_id": self._next_update_id, **update}
        query = queued.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._pending_callbacks.add(str(query["id"]))
        if isinstance(queued["update_id"], int):
            self._next_update_id = max(self._next_update_id, queued["update_id"]) + 1
            self._queued[queued["update_id"]] = copy.deepcopy(queued)
        self._updates.append(queued)
        self._notify()
        return int(queued["update_id"])

    @property
    def last_update_id(self) -> int:
        """The id of the newest update queued so far (0 if none)."""
        return self._next_update_id - 1

    def replay(self, update_id: int) -> None:
        """Deliver an update queued before once more, with the same ``update_id``.

        As Telegram does when the bot's confirmation (the ``offset``) or a webhook's 200
        was lost: the copy goes out with the next ``getUpdates`` even though its id was
        already confirmed. A callback query in it can be answered again.
        """
        if update_id not in self._queued:
            raise AssertionError(f"no update {update_id} was queued")
        update = copy.deepcopy(self._queued[update_id])
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._pending_callbacks.add(str(query["id"]))
        self._replays.append(update)
        self._notify()

    def fail_next(
        self, method: str, error: FakeError, times: int = 1, chat_id: int | None = None
    ) -> None:
        """Make the next ``times`` calls of ``method`` (optionally only to ``chat_id``) fail."""
        self._failures.append(_Failure(self._canonical(method), error, times, chat_id))

    # ----------------------------------------------------------------- inspecting calls

    def max_sends_per_second(self) -> int:
        """The most successful sends whose arrival falls within one window [t, t + 1 s).

        Counts ``sendMessage``, ``sendPhoto`` and ``sendDocument`` calls answered 200.
        """
        times, best, end = self._send_times, 0, 0
        for start_index, start in enumerate(times):
            while end < len(times) and times[end] < start + 1:
                end += 1
            best = max(best, end - start_index)
        return best

    def calls_to(self, method: str) -> list[ApiCall]:
        """All recorded calls of ``method`` (name matched case-insensitively)."""
        method = self._canonical(method)
        return [call for call in self.calls if call.method == method]

    def mark(self) -> int:
        """A marker for ``wait_for_call(since=...)``: only calls after it are considered."""
        return len(self.calls)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the documented test API
        *,
        since: int = 0,
    ) -> ApiCall:
        """Wait for the ``count``-th call of ``method`` (matching ``predicate``) after ``since``."""
        method = self._canonical(method)

        def matching() -> list[ApiCall]:
            return [
                call
                for call in self.calls[since:]
                if call.method == method and (predicate is None or predicate(call))
            ]

        try:
            await self._wait(lambda: len(matching()) >= count, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"expected {count} matching {method} call(s) after call #{since} within "
                f"{timeout}s, got {len(matching())}; {self._recent_calls()}"
            ) from None
        return matching()[count - 1]

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the documented test API
    ) -> None:
        """Wait until ``predicate()`` holds.

        It is re-checked right after every call and queued update, and every 10 ms for state
        the fake does not see (e.g. a handler's side effects).
        """
        try:
            await self._wait(predicate, timeout, recheck=0.01)
        except TimeoutError:
            raise TimeoutError(
                f"condition still false after {timeout}s; {self._recent_calls()}"
            ) from None

    # ----------------------------------------------------------------- internals

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait(
        self,
        predicate: Callable[[], bool],
        timeout: float,  # noqa: ASYNC109
        recheck: float | None = None,
    ) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                changed = self._changed
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(recheck):
                        await changed.wait()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up early when the server stops."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._closing.wait()

    def _recent_calls(self, limit: int = 10) -> str:
        recent = [call for call in self.calls if call.method != "getUpdates"][-limit:]
        lines = [f"  {c.method} {c.status} {c.params!r:.200}" for c in recent]
        return "recent calls (getUpdates omitted):\n" + ("\n".join(lines) or "  none")

    def _canonical(self, method: str) -> str:
        return self._handlers.get(method.lower(), (method, None))[0]

    def _queue(self, kind: str, payload: dict[str, Any]) -> int:
        return self.queue_raw_update({kind: payload})

    def _new_callback_id(self) -> str:
        query_id = f"cbq{next(self._callback_ids)}"
        self._pending_callbacks.add(query_id)
        return query_id

    async def _handle(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        method, handler = self._handlers.get(
            request.match_info["method"].lower(), (request.match_info["method"], None)
        )
        failure: FakeError | None = None
        params: dict[str, Any] = {}
        try:
            params = await self._read_params(request)
            if request.match_info["token"] != self.token:
                raise _ApiError(401, "Unauthorized")
            if handler is None:
                raise _ApiError(404, "Not Found: method not found")
            failure = self._take_failure(method, params)
            if failure is not None and not failure.delay_seconds:
                raise _ApiError(failure.status, failure.description, failure.parameters)
            if method in _SEND_METHODS:
                self._check_rate_limit(at)
            if method == "getUpdates":
                await self._long_poll(params)
            response: dict[str, Any] = {"ok": True, "result": handler(params)}
            status = 200
            if method in _SEND_METHODS:
                bisect.insort(self._send_times, at)
        except _ApiError as error:
            status = error.status
            response = {"ok": False, "error_code": status, "description": error.description}
            if error.parameters:
                response["parameters"] = error.parameters
        except ValueError as error:
            status = 400
            response = {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}
        except Exception as error:  # noqa: BLE001 - a bug in the fake or absurd input: record it
            _log.exception("FakeBotApi failed to handle %s %s", method, params)
            status = 500
            response = {"ok": False, "error_code": 500, "description": f"Fake error: {error!r}"}
        call = ApiCall(method, params, at, status, response)
        self.calls.append(call)
        if method == "answerCallbackQuery" and call.ok:
            self.answered_callbacks[str(params["callback_query_id"])] = call
        _log.info("%s %s -> %s", method, params, status)
        self._notify()
        delay = failure.delay_seconds if failure else 0.0
        if method == "sendMessage":
            delay += self.latency
        if delay > 0:
            await self._sleep(delay)
        return web.json_response(response, status=status)

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise ValueError("JSON body must be an object")
            raw.update(body)
        elif request.content_type.startswith("multipart/"):
            async for part in await request.multipart():
                if not isinstance(part, BodyPartReader) or part.name is None:
                    continue
                if part.filename is None:
                    raw[part.name] = await part.text()
                else:
                    content_type = part.headers.get("Content-Type")
                    data = bytes(await part.read(decode=True))
                    raw[part.name] = UploadedFile(part.filename, content_type, data)
        elif request.can_read_body:
            raw.update(await request.post())
        return {name: _decode_param(name, value) for name, value in raw.items()}

    def _check_rate_limit(self, at: float) -> None:
        """Raise 429 if a send arriving at ``at`` would exceed :attr:`rate_limit`.

        Every 1-second window [t, t + 1) that contains ``at`` is checked, since concurrent
        requests may be handled in a different order than they arrived.
        """
        if self.rate_limit is None:
            return
        times = self._send_times
        starts = times[bisect.bisect_right(times, at - 1) : bisect.bisect_right(times, at)]
        for start in [*starts, at]:
            in_window = bisect.bisect_left(times, start + 1) - bisect.bisect_left(times, start)
            if in_window + 1 > self.rate_limit:
                self.throttled += 1
                error = FakeError.retry_after(1)
                raise _ApiError(error.status, error.description, error.parameters)

    def _take_failure(self, method: str, params: dict[str, Any]) -> FakeError | None:
        for failure in self._failures:
            if failure.method == method and failure.chat_id in (None, params.get("chat_id")):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure.error
        return None

    def _chat(self, params: dict[str, Any]) -> FakeUser:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        user = self._users.get(chat_id) if isinstance(chat_id, int) else None
        if user is None:
            raise _bad("chat not found")
        if user.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return user

    # ----------------------------------------------------------------- validation

    @staticmethod
    def _text_content(params: dict[str, Any]) -> dict[str, Any]:
        """Validate ``text``; returns the Message fields ``text`` and ``entities``."""
        text = params.get("text")
        visible = _visible(text, params.get("parse_mode")) if isinstance(text, str) else ""
        if not visible.strip():
            raise _bad("message text is empty")
        if _utf16_len(visible) > 4096:
            raise _bad("message is too long")
        content: dict[str, Any] = {"text": text}
        if isinstance(params.get("entities"), list):
            content["entities"] = params["entities"]
        return content

    @staticmethod
    def _check_caption(params: dict[str, Any]) -> dict[str, Any]:
        caption = params.get("caption")
        if caption is None:
            return {}
        if _utf16_len(_visible(str(caption), params.get("parse_mode"))) > 1024:
            raise _bad("message caption is too long")
        return {"caption": str(caption)}

    @staticmethod
    def _check_markup(params: dict[str, Any]) -> dict[str, Any] | None:
        """Validate ``reply_markup``; returns the inline keyboard that the Message will carry."""
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        keyboard = markup.get("inline_keyboard")
        if not isinstance(keyboard, list) or not any(keyboard):
            return None  # reply keyboards and empty inline keyboards are not part of a Message
        for row in keyboard:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise _bad("text buttons are unallowed in the inline keyboard")
        return {"inline_keyboard": keyboard}

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        if "inline_message_id" in params:
            raise _bad("MESSAGE_ID_INVALID (inline messages are not supported by the fake)")
        user = self._chat(params)
        message_id = params.get("message_id")
        message = user._messages.get(message_id) if isinstance(message_id, int) else None
        if message is None:
            raise _bad("message to edit not found")
        if message["from"]["id"] != BOT_ID:
            raise _bad("message can't be edited")
        return message

    # ----------------------------------------------------------------- methods

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = _update_kind(update)
        return not self._allowed_updates or kind not in _OWN_KINDS or kind in self._allowed_updates

    async def _long_poll(self, params: dict[str, Any]) -> None:
        if self.webhook_url:
            return  # answered 409 by _get_updates, without confirming anything
        self._confirm(params)
        timeout = float(params.get("timeout") or 0)
        if timeout > 0 and not self.webhook_url:
            self.pending_polls += 1
            self._notify()
            try:
                with contextlib.suppress(TimeoutError):
                    await self._wait(
                        lambda: (
                            self._closing.is_set()
                            or bool(self._replays)
                            or any(map(self._allowed, self._updates))
                        ),
                        timeout,
                    )
            finally:
                self.pending_polls -= 1

    def _confirm(self, params: dict[str, Any]) -> None:
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        offset = params.get("offset")
        if isinstance(offset, int) and offset < 0:
            self._updates = self._updates[offset:]
        elif isinstance(offset, int):
            self._updates = [u for u in self._updates if u.get("update_id", 0) >= offset]

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._confirm(params)
        self._updates = [u for u in self._updates if self._allowed(u)]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        # Replays go first, so the newest update id (the bot's next offset) comes last.
        replays, self._replays = self._replays[:limit], self._replays[limit:]
        return replays + copy.deepcopy(self._updates[: limit - len(replays)])

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self._chat(params)
        content = self._text_content(params)
        if (markup := self._check_markup(params)) is not None:
            content["reply_markup"] = markup
        return copy.deepcopy(user._new_message(_BOT_USER, content))

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        if "text" not in message:
            raise _bad("there is no text in the message to edit")
        content, markup = self._text_content(params), self._check_markup(params)
        # Like Telegram: an edit without reply_markup removes the inline keyboard.
        if content["text"] == message["text"] and markup == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        message.pop("entities", None)
        return self._apply_edit(message, content, markup)

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        markup = self._check_markup(params)
        if markup == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        return self._apply_edit(message, {}, markup)

    @staticmethod
    def _apply_edit(
        message: dict[str, Any], content: dict[str, Any], markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        message.update(content, edit_date=int(time.time()))
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        return copy.deepcopy(message)

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._pending_callbacks:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        self._pending_callbacks.remove(query_id)
        return True

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("command description must be 1-256 characters")
        self.commands[self._commands_key(params)] = commands
        return True

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        secret = str(params.get("secret_token") or "")
        if secret and not _SECRET_TOKEN_RE.fullmatch(secret):
            raise _bad("secret token contains unallowed characters")
        max_connections = params.get("max_connections")
        if isinstance(max_connections, int) and not 1 <= max_connections <= 100:
            raise _bad("invalid max_connections specified")
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        self.webhook_url = url
        self._webhook_secret = secret if url else ""
        self._webhook_max_connections = max_connections if isinstance(max_connections, int) else 40
        self._webhook_error = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if url and not _is_loopback(url):
            _log.warning("FakeBotApi posts updates only to loopback URLs; not to %s", url)
        if url and (self._webhook_task is None or self._webhook_task.done()):
            self._webhook_task = asyncio.create_task(self._push_updates())
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        return self._set_webhook({"drop_pending_updates": params.get("drop_pending_updates")})

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        pending = len(self._replays) + sum(map(self._allowed, self._updates))
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }
        if self.webhook_url:
            info["max_connections"] = self._webhook_max_connections
            if self._allowed_updates:
                info["allowed_updates"] = list(self._allowed_updates)
        if self._webhook_error is not None:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    # ----------------------------------------------------------------- webhook delivery

    def _next_webhook_update(self) -> dict[str, Any] | None:
        """The update to post next (replays first), or ``None`` without webhook or updates."""
        if not _is_loopback(self.webhook_url):
            return None
        if self._replays:
            return self._replays[0]
        self._updates = [u for u in self._updates if self._allowed(u)]
        return self._updates[0] if self._updates else None

    async def _push_updates(self) -> None:
        """Post pending updates to the webhook one at a time, until :meth:`stop` cancels it."""
        async with aiohttp.ClientSession() as session:
            while True:
                changed = self._changed
                update = self._next_webhook_update()
                if update is None:
                    await changed.wait()
                    continue
                try:
                    delivered = await self._post_update(session, update)
                except Exception:  # noqa: BLE001 - a bug in the fake: log it, keep the loop alive
                    _log.exception("FakeBotApi failed to post an update to the webhook")
                    delivered = False
                self._notify()
                if not delivered:
                    await self._sleep(self.webhook_retry_delay)

    async def _post_update(self, session: aiohttp.ClientSession, update: dict[str, Any]) -> bool:
        """Post one update; returns whether it was delivered (and so is no longer pending)."""
        update_id = update.get("update_id")
        body = json.dumps(update)  # serialized now: the update may change while posting
        headers = {"Content-Type": "application/json"}
        if self._webhook_secret:
            headers[_SECRET_HEADER] = self._webhook_secret
        status: int | None = None
        try:
            async with session.post(
                self.webhook_url,
                data=body,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.webhook_timeout),
            ) as response:
                await response.read()
                status = response.status
                error = f"Wrong response from the webhook: {status} {response.reason or ''}"
        except TimeoutError:
            error = "Read timeout expired"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except aiohttp.ClientError as exc:
            error = f"Connection failed: {type(exc).__name__}"
        attempt = WebhookAttempt(update_id if isinstance(update_id, int) else -1, status)
        self.webhook_attempts.append(attempt)
        _log.info("webhook update %s -> %s", update_id, status)
        if not attempt.ok:
            self._webhook_error = (int(time.time()), error.strip())
            return False
        self._replays = [u for u in self._replays if u is not update]
        self._updates = [u for u in self._updates if u is not update]
        return True

    def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        user = self._chat(params)
        content = self._check_caption(params)
        value = params.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, str) and value in self._files:
            value = self._files[value]
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            value = UploadedFile(value.rsplit("/", 1)[-1], None, b"")  # not fetched
        elif isinstance(value, UploadedFile) and not value.data:
            raise _bad("file must be non-empty")
        if not isinstance(value, UploadedFile):
            raise _bad(f"there is no {kind} in the request" if value is None else "wrong file id")
        file_id = f"{kind}-{next(self._file_ids)}"
        self._files[file_id] = value
        info: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": len(value.data),
        }
        if kind == "photo":
            content["photo"] = [{**info, "width": 512, "height": 512}]
        else:
            extra = {"file_name": value.filename, "mime_type": value.content_type}
            content["document"] = {**info, **{k: v for k, v in extra.items() if v}}
        if (markup := self._check_markup(params)) is not None:
            content["reply_markup"] = markup
        message = user._new_message(_BOT_USER, content)
        user._uploads[message["message_id"]] = value
        return copy.deepcopy(message)


async def _serve(host: str, port: int, token: str) -> None:
    async with FakeBotApi(token, host=host, port=port) as api:
        _log.warning("Fake Bot API on %s (base_url=%s/bot); Ctrl-C to stop", api.url, api.url)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> None:
    """Run the fake server until interrupted (for pointing a real ``nudger run`` at it)."""
    parser = argparse.ArgumentParser(description="Serve a fake Telegram Bot API on loopback.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:TEST-token")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, args.token))


if __name__ == "__main__":
    main()

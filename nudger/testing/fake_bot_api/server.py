"""The aiohttp server: routing requests to the methods, recording them, injected failures."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import BodyPartReader, web

from nudger.testing.fake_bot_api.bot import _BOT_CAPABILITIES, _BOT_USER
from nudger.testing.fake_bot_api.limits import _SEND_METHODS, _FloodLimit, _paid
from nudger.testing.fake_bot_api.methods import _BotMethods
from nudger.testing.fake_bot_api.records import ApiCall, FakeError, UploadedFile
from nudger.testing.fake_bot_api.users import FakeUser
from nudger.testing.fake_bot_api.validation import _ApiError

# The package's name, as the single module had before it was split, so that log filters
# (and ``caplog``) written for ``nudger.testing.fake_bot_api`` keep matching.
_log = logging.getLogger("nudger.testing.fake_bot_api")

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


@dataclass
class _Failure:
    method: str
    error: FakeError
    remaining: int
    chat_id: int | None


def _decode_param(name: str, value: Any) -> Any:
    if isinstance(value, str) and name not in _STRING_PARAMS:
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


class FakeBotApi(_BotMethods, _FloodLimit):
    """Fake Telegram Bot API on loopback; see the package docstring for an example.

    The Bot API methods and the state they keep come from the base classes: the update queue
    (updates.py), webhook delivery (webhook.py), the other methods (methods.py) and the flood
    limit (limits.py).
    """

    def __init__(
        self,
        token: str = "123456:TEST-token",  # noqa: S107 - a fake token for a fake server
        *,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__()
        self.token = token
        self.host = host
        self.port = port
        self.calls: list[ApiCall] = []
        """Every request, in the order it was answered."""
        self.answered_callbacks: dict[str, ApiCall] = {}
        self.latency = 0.0
        """Seconds added to every ``sendMessage`` response (for benchmarks)."""
        self._failures: list[_Failure] = []
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
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": lambda p: self._set_my_description(p, short=True),
            "getMyShortDescription": lambda p: self._get_my_description(p, short=True),
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
    # (queue_raw_update, last_update_id and replay are in updates.py)

    def user(
        self, user_id: int, first_name: str = "Alex", *, language_code: str = "en"
    ) -> FakeUser:
        """Get or create a user; from now on the bot may send to chat ``user_id``."""
        if user_id not in self._users:
            self._users[user_id] = FakeUser(self, user_id, first_name, language_code)
        return self._users[user_id]

    def fail_next(
        self, method: str, error: FakeError, times: int = 1, chat_id: int | None = None
    ) -> None:
        """Make the next ``times`` calls of ``method`` (optionally only to ``chat_id``) fail."""
        self._failures.append(_Failure(self._canonical(method), error, times, chat_id))

    # ----------------------------------------------------------------- inspecting calls

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

    def _recent_calls(self, limit: int = 10) -> str:
        recent = [call for call in self.calls if call.method != "getUpdates"][-limit:]
        lines = [f"  {c.method} {c.status} {c.params!r:.200}" for c in recent]
        return "recent calls (getUpdates omitted):\n" + ("\n".join(lines) or "  none")

    def _canonical(self, method: str) -> str:
        return self._handlers.get(method.lower(), (method, None))[0]

    async def _handle(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        params: dict[str, Any] = {}
        refused: Exception | None = None
        try:
            params = await self._read_params(request)
            if request.match_info["token"] != self.token:
                raise _ApiError(401, "Unauthorized")
        except Exception as error:  # noqa: BLE001 - answered (and recorded) by invoke
            refused = error
        call = await self.invoke(request.match_info["method"], params, at=at, refused=refused)
        return web.json_response(call.response, status=call.status)

    async def invoke(
        self,
        method: str,
        params: dict[str, Any],
        *,
        at: float | None = None,
        refused: Exception | None = None,
    ) -> ApiCall:
        """Answer one Bot API call, record it and return it, as a request over HTTP would be.

        ``params`` are decoded as :attr:`ApiCall.params` shows them. The HTTP server answers
        every request through here, and the fast test tier's messenger
        (:mod:`nudger.testing.inprocess`) calls it directly: both see the same validation,
        injected failures (:meth:`fail_next`, delays included), flood limit and records.
        ``refused``: the request was already found bad (unreadable, wrong token).
        """
        at = time.monotonic() if at is None else at
        method, handler = self._handlers.get(method.lower(), (method, None))
        failure: FakeError | None = None
        try:
            if refused is not None:
                raise refused
            if handler is None:
                raise _ApiError(404, "Not Found: method not found")
            failure = self._take_failure(method, params)
            if failure is not None and not failure.delay_seconds:
                raise _ApiError(failure.status, failure.description, failure.parameters)
            if method in _SEND_METHODS:
                self._check_rate_limit(at, paid=_paid(params))
            if method == "getUpdates":
                await self._long_poll(params)
            response: dict[str, Any] = {"ok": True, "result": handler(params)}
            status = 200
            if method in _SEND_METHODS:
                self._record_send(at, paid=_paid(params))
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
        return call

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

    def _take_failure(self, method: str, params: dict[str, Any]) -> FakeError | None:
        for failure in self._failures:
            if failure.method == method and failure.chat_id in (None, params.get("chat_id")):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure.error
        return None

"""python-telegram-bot: the application that polls, and sending with errors mapped."""

from __future__ import annotations

import asyncio
import copy
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, cast

import httpx
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from nudger.errors import StartupError
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Keyboard


def use_timedelta_retry_after() -> None:
    """Opt in to PTB 22's timedelta ``RetryAfter.retry_after`` (else reading it warns)."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in keyboard]
    )


#: httpx errors raised before the request reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def delivery_error(error: TelegramError) -> DeliveryError:
    """Translate a PTB error into what the dispatcher needs to decide."""
    if isinstance(error, RetryAfter):
        seconds = error.retry_after
        wait = seconds if isinstance(seconds, int | float) else seconds.total_seconds()
        return DeliveryError("retry_after", retry_after=float(wait))
    if isinstance(error, ChatMigrated):
        return DeliveryError("chat_migrated", migrate_to=error.new_chat_id)
    if isinstance(error, Forbidden):
        return DeliveryError("forbidden", permanent=True, blocked=True)
    if isinstance(error, TimedOut):
        # Connect and pool time-outs mean the request never left; a read or
        # write time-out means it may have arrived.
        if isinstance(error.__cause__, _NOT_SENT):
            return DeliveryError("connect_timeout")
        return DeliveryError("timed_out", outcome_unknown=True)
    if isinstance(error, BadRequest):
        return DeliveryError("bad_request", permanent=True)
    if isinstance(error, NetworkError):
        cause = error.__cause__
        if isinstance(cause, httpx.HTTPError) and not isinstance(cause, _NOT_SENT):
            # The connection broke after the request was written: it may have arrived.
            return DeliveryError("connection_lost", outcome_unknown=True)
        # Connection refused, DNS, or a 5xx answer: it surely was not delivered.
        return DeliveryError("network")
    return DeliveryError(type(error).__name__, permanent=True)


class TelegramMessenger:
    """:class:`~nudger.messaging.base.Messenger` over a PTB :class:`telegram.Bot`."""

    def __init__(self, bot: Bot) -> None:
        use_timedelta_retry_after()
        self._bot = bot

    async def send(self, chat_id: int, text: str, keyboard: Keyboard = ()) -> int:
        try:
            message = await self._bot.send_message(chat_id, text, reply_markup=markup(keyboard))
        except TelegramError as error:
            raise delivery_error(error) from error
        return message.message_id

    async def send_photo(
        self, chat_id: int, png: bytes, caption: str, keyboard: Keyboard = ()
    ) -> int:
        try:
            message = await self._bot.send_photo(
                chat_id,
                InputFile(png, filename="week.png"),
                caption=caption,
                reply_markup=markup(keyboard),
            )
        except TelegramError as error:
            raise delivery_error(error) from error
        return message.message_id

    async def send_document(
        self, chat_id: int, data: bytes, filename: str, caption: str = ""
    ) -> int:
        try:
            message = await self._bot.send_document(
                chat_id, InputFile(data, filename=filename), caption=caption or None
            )
        except TelegramError as error:
            raise delivery_error(error) from error
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, text: str, keyboard: Keyboard = ()) -> None:
        try:
            await self._bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, reply_markup=markup(keyboard)
            )
        except BadRequest as error:
            if "message is not modified" in str(error).lower():
                return
            raise delivery_error(error) from error
        except TelegramError as error:
            raise delivery_error(error) from error

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        try:
            await self._bot.answer_callback_query(callback_id, text=text)
        except TelegramError as error:
            raise delivery_error(error) from error


#: Handles one update by calling ``process`` (PTB's own handling), retrying as it sees fit;
#: returns False if the update was not handled and should be delivered again.
UpdateRunner = Callable[[Update, Callable[[], Awaitable[None]], bool], Awaitable[bool]]

#: The updates nudger handles; Telegram does not send the others.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


logger = logging.getLogger(__name__)


class _UpdatesRequest(HTTPXRequest):
    """The connection getUpdates uses: an update PTB cannot read becomes an empty one.

    Otherwise PTB raises for the whole batch, logs it (message texts included), and
    fetches the same batch again and again: one unreadable update (e.g. a field PTB
    requires that an older Bot API server does not send) would stop the bot for everyone.
    The empty update keeps its update_id, so it is confirmed and passes every handler by.
    """

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        data = HTTPXRequest.parse_json_payload(payload)
        result = data.get("result")
        if isinstance(result, list):
            data["result"] = [_readable(update) for update in result]
        return data


def _readable(update: Any) -> Any:
    if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
        return update
    try:
        Update.de_json(copy.deepcopy(update), None)
    except Exception as error:  # noqa: BLE001 - whatever PTB raises, this update is unreadable
        kind = next((key for key in update if key != "update_id"), "")
        log_event(
            logger,
            "update_unreadable",
            logging.WARNING,
            update_id=update["update_id"],
            kind=kind,
            error=type(error).__name__,
        )
        return {"update_id": update["update_id"]}
    return update


class _Application(Application):  # type: ignore[type-arg]
    """PTB's Application, with each polled update handed to :attr:`runner` (for retries)."""

    runner: UpdateRunner | None = None

    async def process_update(self, update: object) -> None:
        if self.runner is None or not isinstance(update, Update):
            await super().process_update(update)
            return
        await self.runner(update, partial(super().process_update, update), True)


class TelegramGateway:
    """The PTB application: receiving updates (polling or webhook) and the bot used to send.

    Everything nudger does with python-telegram-bot's Application lives here.
    """

    def __init__(self, token: str, api_url: str, poll_timeout: float = 10.0) -> None:
        self._api_url = api_url
        self._poll_timeout = poll_timeout
        self.application = cast(
            _Application,
            ApplicationBuilder()
            .application_class(_Application)
            .token(token)
            .base_url(f"{api_url}/bot")
            .base_file_url(f"{api_url}/file/bot")
            .get_updates_request(
                _UpdatesRequest(connection_pool_size=1, read_timeout=poll_timeout + 10)
            )
            .build(),
        )
        self.messenger = TelegramMessenger(self.application.bot)
        self._webhook_turn = asyncio.Lock()

    def handle_updates(self, runner: UpdateRunner) -> None:
        """Route every update through ``runner`` (polled ones with retry=True)."""
        self.application.runner = runner

    async def connect(self) -> str:
        """Check the token (getMe), for a process that only sends. Returns the bot's @name."""
        await self._initialize()
        return str(self.application.bot.username)

    async def start(
        self,
        commands: Sequence[tuple[str, str]],
        webhook: tuple[str, str] | None = None,
    ) -> str:
        """Check the token, register the command menu, and receive updates. Returns @name.

        ``webhook`` is (url, secret): Telegram is told to post updates there, and
        :meth:`receive` handles them. Otherwise updates are polled.
        """
        await self._initialize(commands)
        await self.application.start()
        if webhook is not None:
            url, secret = webhook
            try:
                await self.application.bot.set_webhook(
                    url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
                )
            except TelegramError as error:
                raise StartupError(
                    f"Telegram refused the webhook ({type(error).__name__}: {error}); "
                    "check NUDGER_WEBHOOK_URL (Telegram needs https on port 443, 80, 88 or 8443)"
                ) from error
        else:
            assert self.application.updater is not None
            await self.application.updater.start_polling(
                poll_interval=0,
                timeout=int(self._poll_timeout),
                allowed_updates=ALLOWED_UPDATES,
            )
        return str(self.application.bot.username)

    async def receive(self, payload: dict[str, Any]) -> bool:
        """Handle one update posted to the webhook; False if Telegram should post it again.

        Updates are handled one at a time, in the order they arrive, as when polling.
        """
        try:
            update = Update.de_json(payload, self.application.bot)
        except (KeyError, TypeError, ValueError):
            return True  # not an update PTB can read: a retry would not help
        runner = self.application.runner
        process = partial(Application.process_update, self.application, update)
        async with self._webhook_turn:
            if runner is None:
                await process()
                return True
            return await runner(update, process, False)

    async def _initialize(self, commands: Sequence[tuple[str, str]] = ()) -> None:
        try:
            await self.application.initialize()
            if commands:
                await self.application.bot.set_my_commands(
                    [BotCommand(name, about) for name, about in commands]
                )
        except InvalidToken as error:
            raise StartupError(
                f"the Bot API at {self._api_url} rejected NUDGER_TELEGRAM_TOKEN; "
                "check the token @BotFather gave you"
            ) from error
        except NetworkError as error:
            raise StartupError(
                f"could not reach the Bot API at {self._api_url} ({type(error).__name__}); "
                "check NUDGER_TELEGRAM_API_URL and the network"
            ) from error

    async def stop_polling(self) -> None:
        """Take no new updates (those being handled finish)."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()

    async def stop(self) -> None:
        await self.stop_polling()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

"""python-telegram-bot: the application that polls, and sending with errors mapped."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, TypeVar

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


#: Handles one update by calling ``process`` (PTB's own handling); with ``retry`` it waits out
#: an unavailable database. Returns False if the update was not handled and should come again.
UpdateRunner = Callable[[Update, Callable[[], Awaitable[None]], bool], Awaitable[bool]]

#: The updates nudger handles; Telegram does not send the others.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


logger = logging.getLogger(__name__)

T = TypeVar("T")
#: After a failed getUpdates: first wait, and the longest.
POLL_RETRY_FIRST = 1.0
POLL_RETRY_LONGEST = 30.0


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


class TelegramGateway:
    """The PTB application: receiving updates (polling or webhook) and the bot used to send.

    Everything nudger does with python-telegram-bot's Application lives here. PTB's
    ``Updater`` is not used: it confirms each batch of updates to Telegram at its next
    ``getUpdates`` whether or not they were handled, so updates waiting for the database
    would be lost with the process. Our loop moves the offset past an update only once it
    has been handled, one update at a time, in order.
    """

    def __init__(self, token: str, api_url: str, poll_timeout: float = 10.0) -> None:
        self._api_url = api_url
        self._poll_timeout = poll_timeout
        self.application: Application = (  # type: ignore[type-arg]
            ApplicationBuilder()
            .token(token)
            .base_url(f"{api_url}/bot")
            .base_file_url(f"{api_url}/file/bot")
            .get_updates_request(
                _UpdatesRequest(connection_pool_size=1, read_timeout=poll_timeout + 10)
            )
            .updater(None)
            .build()
        )
        self.messenger = TelegramMessenger(self.application.bot)
        self._runner: UpdateRunner | None = None
        self._turn = asyncio.Lock()  # one update at a time, polled or posted
        self._closing = asyncio.Event()
        self._receiving = asyncio.Event()  # cleared while polling is paused
        self._poller: asyncio.Task[None] | None = None

    def handle_updates(self, runner: UpdateRunner) -> None:
        """Route every update through ``runner``: it calls PTB's handling and may retry."""
        self._runner = runner

    @property
    def polling(self) -> bool:
        """Whether this process is polling Telegram for updates right now."""
        return self._poller is not None and not self._poller.done() and self._receiving.is_set()

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
        bot = self.application.bot
        try:
            if webhook is not None:
                url, secret = webhook
                await bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)
            else:
                await bot.delete_webhook()  # Telegram refuses getUpdates while one is set
        except TelegramError as error:
            raise StartupError(
                f"Telegram refused the webhook ({type(error).__name__}: {error}); "
                "check NUDGER_WEBHOOK_URL (Telegram needs https on port 443, 80, 88 or 8443)"
            ) from error
        if webhook is None:
            self._receiving.set()
            self._poller = asyncio.create_task(self._poll(), name="poll-telegram")
        return str(bot.username)

    def pause_polling(self) -> None:
        """Stop asking Telegram for updates (the one being handled finishes)."""
        self._receiving.clear()

    def resume_polling(self) -> None:
        self._receiving.set()

    async def _poll(self) -> None:
        bot = self.application.bot
        offset: int | None = None
        delay = POLL_RETRY_FIRST
        while not self._closing.is_set():
            if not await self._until_closing(self._receiving.wait()):
                break
            try:
                updates = await self._until_closing(
                    bot.get_updates(
                        offset=offset,
                        timeout=int(self._poll_timeout),
                        allowed_updates=ALLOWED_UPDATES,
                    )
                )
            except TimedOut:
                continue  # a long poll that outlived its read timeout: ask again
            except RetryAfter as error:
                await self._until_closing(asyncio.sleep(delivery_error(error).retry_after or 1))
                continue
            except Exception as error:  # noqa: BLE001 - network, 5xx, 409 Conflict, anything
                log_event(logger, "poll_failed", logging.WARNING, error=type(error).__name__)
                await self._until_closing(asyncio.sleep(delay))
                delay = min(delay * 2, POLL_RETRY_LONGEST)
                continue
            if updates is None:
                break  # closing
            delay = POLL_RETRY_FIRST
            stopped = False
            for update in updates:
                if not await self.handle(update, retry=True):
                    stopped = True  # Telegram keeps it, and those after it, for next time
                    break
                offset = update.update_id + 1
            if stopped:
                break
        if offset is not None:  # confirm what was handled since the last request
            with contextlib.suppress(TelegramError):
                await bot.get_updates(offset=offset, timeout=0, limit=1)

    async def _until_closing(self, step: Awaitable[T]) -> T | None:
        """``step``'s result, or None if the gateway starts closing first (then it is cancelled)."""
        task = asyncio.ensure_future(step)
        closing = asyncio.ensure_future(self._closing.wait())
        try:
            await asyncio.wait({task, closing}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            return None
        return task.result()

    async def handle(self, update: Update, retry: bool) -> bool:
        """Handle one update now; False if it was not handled and should come again.

        ``retry``: wait out an unavailable database (polling) rather than give up at once
        (webhook: Telegram posts it again). An unexpected error is logged and the update
        counts as handled, so that one bad update cannot stop all the others.
        """
        process = partial(self.application.process_update, update)
        async with self._turn:
            if self._runner is None:
                await process()
                return True
            try:
                return await self._runner(update, process, retry)
            except Exception as error:  # noqa: BLE001 - see above
                log_event(
                    logger,
                    "update_failed",
                    logging.ERROR,
                    update_id=update.update_id,
                    error=type(error).__name__,
                )
                return True

    async def receive(self, payload: dict[str, Any]) -> bool:
        """Handle one update posted to the webhook; False if Telegram should post it again.

        Updates are handled one at a time, in the order they arrive, as when polling.
        """
        if self._closing.is_set():
            return False
        try:
            update = Update.de_json(payload, self.application.bot)
        except Exception as error:  # noqa: BLE001 - whatever PTB raises, it is unreadable
            log_event(logger, "update_unreadable", logging.WARNING, error=type(error).__name__)
            return True  # a retry would not help
        return await self.handle(update, retry=False)

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

    async def stop_receiving(self) -> None:
        """Take no new updates; the one being handled finishes (polled or posted)."""
        self._closing.set()
        poller, self._poller = self._poller, None
        if poller is not None:
            await asyncio.gather(poller, return_exceptions=True)
        async with self._turn:  # a webhook update being handled finishes
            pass

    async def stop(self) -> None:
        await self.stop_receiving()
        await self.application.shutdown()

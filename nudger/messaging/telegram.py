"""python-telegram-bot: the application that polls, and sending with errors mapped."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from functools import partial
from typing import Any, TypeVar, cast

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
from telegram.request import RequestData

from nudger.errors import StartupError
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Keyboard
from nudger.messaging.transport import AiohttpRequest, ConnectionLost, JsonBody, NotSentTimeout


def use_timedelta_retry_after() -> None:
    """Opt in to PTB 22's timedelta ``RetryAfter.retry_after`` (else reading it warns)."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in keyboard]
    )


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
        if isinstance(error, NotSentTimeout):
            return DeliveryError("connect_timeout")
        return DeliveryError("timed_out", outcome_unknown=True)
    if isinstance(error, BadRequest):
        return DeliveryError("bad_request", permanent=True)
    if isinstance(error, ConnectionLost):
        # The connection broke after the request was written: it may have arrived.
        return DeliveryError("connection_lost", outcome_unknown=True)
    if isinstance(error, NetworkError):
        # Connection refused (NotSent), DNS, or a 5xx answer: it surely was not delivered.
        return DeliveryError("network")
    return DeliveryError(type(error).__name__, permanent=True)


class TelegramMessenger:
    """:class:`~nudger.messaging.base.Messenger` over a PTB :class:`telegram.Bot`."""

    def __init__(self, bot: Bot) -> None:
        use_timedelta_retry_after()
        self._bot = bot

    async def _post(self, method: str, body: dict[str, object]) -> object:
        """Call ``method`` with a body built here, through PTB's request: its connection pool,
        time-outs and error mapping, without building and parsing PTB's objects.

        Sends, edits and callback answers are the hot paths (the dispatcher, and every button
        pressed): ``Bot.send_message`` and friends build and parse about 200 objects per call,
        more than half of its CPU (docs/architecture.md), and nudger needs at most an id back.
        """
        # PTB's RequestData is final; BaseRequest.post only hands it to our transport,
        # which reads the JSON body from JsonBody (see messaging/transport.py).
        return await self._bot.request.post(
            f"{self._bot.base_url}/{method}", request_data=cast(RequestData, JsonBody(body))
        )

    async def send(self, chat_id: int, text: str, keyboard: Keyboard = ()) -> int:
        body: dict[str, object] = {"chat_id": chat_id, "text": text}
        if keyboard:
            body["reply_markup"] = _markup_json(keyboard)
        try:
            result = await self._post("sendMessage", body)
        except TelegramError as error:
            raise delivery_error(error) from error
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if not isinstance(message_id, int):  # not a Message: it may have been sent all the same
            raise DeliveryError("unexpected_answer", outcome_unknown=True)
        return message_id

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
        body: dict[str, object] = {"chat_id": chat_id, "message_id": message_id, "text": text}
        if keyboard:
            body["reply_markup"] = _markup_json(keyboard)
        try:
            await self._post("editMessageText", body)
        except BadRequest as error:
            if "message is not modified" in str(error).lower():
                return
            raise delivery_error(error) from error
        except TelegramError as error:
            raise delivery_error(error) from error

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        body: dict[str, object] = {"callback_query_id": callback_id}
        if text is not None:
            body["text"] = text
        try:
            await self._post("answerCallbackQuery", body)
        except TelegramError as error:
            raise delivery_error(error) from error


def _markup_json(keyboard: Keyboard) -> dict[str, object]:
    """An inline keyboard as the Bot API's JSON (what PTB's InlineKeyboardMarkup sends)."""
    return {
        "inline_keyboard": [
            [{"text": b.label, "callback_data": b.data} for b in row] for row in keyboard
        ]
    }


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


class _UpdatesRequest(AiohttpRequest):
    """The connection getUpdates uses: an update PTB cannot read becomes an empty one.

    Otherwise PTB raises for the whole batch, logs it (message texts included), and
    fetches the same batch again and again: one unreadable update (e.g. a field PTB
    requires that an older Bot API server does not send) would stop the bot for everyone.
    The empty update keeps its update_id, so it is confirmed and passes every handler by.
    """

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        data = AiohttpRequest.parse_json_payload(payload)
        result = data.get("result")
        if isinstance(result, list):
            data["result"] = [_readable(update) for update in result]
        return data


def _chat_of(update: Update) -> int:
    """Whose updates must be handled in order: the sender's, as nudger keeps its state per
    user (in a private chat, the chat's id is the user's); 0 for an update without one."""
    if update.effective_user is not None:
        return update.effective_user.id
    if update.effective_chat is not None:
        return update.effective_chat.id
    return 0


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
    has been handled; each user's updates one at a time, in order, different users' side by
    side.
    """

    def __init__(self, token: str, api_url: str, poll_timeout: float = 10.0) -> None:
        self._api_url = api_url
        self._poll_timeout = poll_timeout
        self.application: Application = (  # type: ignore[type-arg]
            ApplicationBuilder()
            .token(token)
            .base_url(f"{api_url}/bot")
            .base_file_url(f"{api_url}/file/bot")
            .request(AiohttpRequest())
            .get_updates_request(
                _UpdatesRequest(connection_pool_size=1, read_timeout=poll_timeout + 10)
            )
            .updater(None)
            .build()
        )
        self.messenger = TelegramMessenger(self.application.bot)
        self._runner: UpdateRunner | None = None
        # One update at a time per user (see _chat_of), polled or posted; users side by side.
        self._chats: dict[int, tuple[asyncio.Lock, list[int]]] = {}  # lock, [holders+waiters]
        self._handling = 0  # updates being handled now
        self._idle = asyncio.Event()  # set while none is
        self._idle.set()
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
        *,
        webhook_connections: int = 40,
    ) -> str:
        """Check the token, register the command menu, and receive updates. Returns @name.

        ``webhook`` is (url, secret): Telegram is told to post updates there, with at most
        ``webhook_connections`` at once, and :meth:`receive` handles them. Otherwise updates
        are polled.
        """
        await self._initialize(commands)
        bot = self.application.bot
        try:
            if webhook is not None:
                url, secret = webhook
                await bot.set_webhook(
                    url,
                    secret_token=secret,
                    allowed_updates=ALLOWED_UPDATES,
                    max_connections=webhook_connections,
                )
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
        """Stop asking Telegram for updates (those being handled finish)."""
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
            # The batch's chats are handled side by side, each chat's updates in order; the
            # offset then moves past the updates handled, up to the first that was not.
            handled = await asyncio.gather(*(self.handle(u, retry=True) for u in updates))
            stopped = False
            for update, done in zip(updates, handled, strict=True):
                if not done:
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
        self._handling += 1
        self._idle.clear()
        try:
            async with self._chat_turn(_chat_of(update)):
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
        finally:
            self._handling -= 1
            if not self._handling:
                self._idle.set()

    @contextlib.asynccontextmanager
    async def _chat_turn(self, chat: int) -> AsyncIterator[None]:
        """Hold this user's turn: their updates are handled one at a time, in arrival order
        (asyncio's locks are first come, first served)."""
        lock, users = self._chats.setdefault(chat, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._chats[chat]  # nobody holds or waits for it: forget the chat

    async def receive(self, payload: dict[str, Any]) -> bool:
        """Handle one update posted to the webhook; False if Telegram should post it again.

        Each chat's updates are handled one at a time, in the order they arrive, as when
        polling; different chats' updates side by side.
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
        """Take no new updates; those being handled finish (polled or posted)."""
        self._closing.set()
        poller, self._poller = self._poller, None
        if poller is not None:
            await asyncio.gather(poller, return_exceptions=True)
        await self._idle.wait()  # webhook updates being handled finish

    async def stop(self) -> None:
        """Stop receiving, then close the connections to the Bot API.

        Also after a start that failed half-way: PTB's ``Application.shutdown`` does nothing
        unless ``initialize`` finished, but the bot's two connection pools were opened before
        its ``getMe`` failed, so the bot is shut down on its own as well (a no-op if done).
        """
        await self.stop_receiving()
        await self.application.shutdown()
        await self.application.bot.shutdown()

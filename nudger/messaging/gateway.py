"""The PTB application: receiving updates (our own polling loop, or the webhook's posts).

:class:`TelegramGateway` owns python-telegram-bot's ``Application`` and the bot used to send;
it hands each update to the handlers, one at a time per user, and moves the poll offset past
an update only once it has been handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from telegram import BotCommand, Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ApplicationBuilder

from nudger.errors import StartupError
from nudger.logs import log_event
from nudger.messaging.base import BotIntro
from nudger.messaging.messenger import TelegramMessenger, delivery_error
from nudger.messaging.transport import AiohttpRequest

logger = logging.getLogger(__name__)

#: Handles one update by calling ``process`` (PTB's own handling); with ``retry`` it waits out
#: an unavailable database. Returns False if the update was not handled and should come again.
UpdateRunner = Callable[[Update, Callable[[], Awaitable[None]], bool], Awaitable[bool]]

#: The updates nudger handles; Telegram does not send the others.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]

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

    def username(self) -> str:
        """The bot's @name without the @ (from getMe; "" before it was asked)."""
        try:
            return str(self.application.bot.username)
        except RuntimeError:  # not initialised yet
            return ""

    async def connect(self) -> str:
        """Check the token (getMe), for a process that only sends. Returns the bot's @name."""
        await self._initialize()
        return str(self.application.bot.username)

    async def start(
        self,
        intros: Sequence[BotIntro],
        webhook: tuple[str, str] | None = None,
        *,
        webhook_connections: int = 40,
    ) -> str:
        """Check the token, set the description and command menu in every language (the
        ``intros``), and receive updates. Returns @name.

        ``webhook`` is (url, secret): Telegram is told to post updates there, with at most
        ``webhook_connections`` at once, and :meth:`receive` handles them. Otherwise updates
        are polled.
        """
        await self._initialize(intros)
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

    async def _initialize(self, intros: Sequence[BotIntro] = ()) -> None:
        try:
            await self.application.initialize()
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
        for intro in intros:
            if not await self._introduce(intro):
                break  # held back by Telegram: the rest wait for the next start

    async def _introduce(self, intro: BotIntro) -> bool:
        """The menu and descriptions in one language, each set only if Telegram's differs (a
        restart changes nothing, and Telegram limits how often they change). A refusal is
        logged and start-up goes on: the bot works without them. False after a 429, when
        asking again now would only lengthen the wait."""
        bot = self.application.bot
        code = intro.language_code
        try:
            commands = [BotCommand(name, about) for name, about in intro.commands]
            if list(await bot.get_my_commands(language_code=code)) != commands:
                await bot.set_my_commands(commands, language_code=code)
            if (await bot.get_my_description(language_code=code)).description != (
                intro.description
            ):
                await bot.set_my_description(intro.description, language_code=code)
            short = await bot.get_my_short_description(language_code=code)
            if short.short_description != intro.short_description:
                await bot.set_my_short_description(intro.short_description, language_code=code)
        except TelegramError as error:
            log_event(
                logger,
                "bot_intro_failed",
                logging.WARNING,
                language=code or "default",
                error=type(error).__name__,
            )
            return not isinstance(error, RetryAfter)
        return True

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

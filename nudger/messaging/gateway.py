"""Receiving updates from Telegram (our own polling loop, or the webhook's posts).

:class:`TelegramGateway` owns python-telegram-bot's ``Bot`` (its requests, errors and the
Bot API calls made at start) and hands each update, as the Bot API's JSON, to
:class:`nudger.messaging.inbound.InboundUpdates`; when polling, it moves the offset past an
update only once it has been handled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from telegram import Bot, BotCommand
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import RequestData

from nudger.errors import StartupError
from nudger.logs import log_event
from nudger.messaging.base import BotIntro
from nudger.messaging.messenger import TelegramMessenger, delivery_error
from nudger.messaging.transport import AiohttpRequest, JsonBody

if TYPE_CHECKING:  # a worker receives nothing and need not import the inbound side
    from nudger.messaging.inbound import InboundUpdates

logger = logging.getLogger(__name__)

#: The updates nudger handles; Telegram does not send the others.
ALLOWED_UPDATES = ["message", "callback_query"]

T = TypeVar("T")
#: After a failed getUpdates: first wait, and the longest.
POLL_RETRY_FIRST = 1.0
POLL_RETRY_LONGEST = 30.0


class TelegramGateway:
    """Receiving updates (polling or webhook), and the PTB bot used to send.

    PTB's ``Updater`` is not used: it confirms each batch of updates to Telegram at its next
    ``getUpdates`` whether or not they were handled, so updates waiting for the database
    would be lost with the process. Our loop moves the offset past an update only once it
    has been handled. Nor are PTB's ``Update`` objects: each update is read once, from its
    JSON, by :class:`~nudger.messaging.inbound.InboundUpdates`.
    """

    def __init__(self, token: str, api_url: str, poll_timeout: float = 10.0) -> None:
        self._api_url = api_url
        self._poll_timeout = poll_timeout
        self._updates_request = AiohttpRequest(
            connection_pool_size=1, read_timeout=poll_timeout + 10
        )
        self.bot = Bot(
            token,
            base_url=f"{api_url}/bot",
            base_file_url=f"{api_url}/file/bot",
            request=AiohttpRequest(),
            get_updates_request=self._updates_request,
        )
        self.messenger = TelegramMessenger(self.bot)
        self._inbound: InboundUpdates | None = None
        self._closing = asyncio.Event()
        self._receiving = asyncio.Event()  # cleared while polling is paused
        self._poller: asyncio.Task[None] | None = None

    def handle_updates(self, inbound: InboundUpdates) -> None:
        """Hand every update to ``inbound``."""
        self._inbound = inbound

    @property
    def polling(self) -> bool:
        """Whether this process is polling Telegram for updates right now."""
        return self._poller is not None and not self._poller.done() and self._receiving.is_set()

    def username(self) -> str:
        """The bot's @name without the @ (from getMe; "" before it was asked)."""
        try:
            return str(self.bot.username)
        except RuntimeError:  # not initialised yet
            return ""

    async def connect(self) -> str:
        """Check the token (getMe), for a process that only sends. Returns the bot's @name."""
        await self._initialize()
        return str(self.bot.username)

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
        bot = self.bot
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

    async def _get_updates(self, offset: int | None, wait: int, limit: int = 100) -> Any:
        """getUpdates, its answer read once as JSON (PTB's errors for a refusal)."""
        body: dict[str, object] = {
            "timeout": wait,
            "limit": limit,
            "allowed_updates": ALLOWED_UPDATES,
        }
        if offset is not None:
            body["offset"] = offset
        # PTB's RequestData is final; BaseRequest.post only hands it to our transport.
        return await self._updates_request.post(
            f"{self.bot.base_url}/getUpdates",
            request_data=cast(RequestData, JsonBody(body)),
            read_timeout=self._poll_timeout + 10,
        )

    async def _poll(self) -> None:
        offset: int | None = None
        delay = POLL_RETRY_FIRST
        while not self._closing.is_set():
            if not await self._until_closing(self._receiving.wait()):
                break
            try:
                result = await self._until_closing(
                    self._get_updates(offset, int(self._poll_timeout))
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
            if result is None:
                break  # closing
            delay = POLL_RETRY_FIRST
            # Only what has an update id can be confirmed; anything else is not an update.
            updates = [
                u
                for u in (result if isinstance(result, list) else [])
                if isinstance(u, dict) and type(u.get("update_id")) is int
            ]
            # The batch's senders are handled side by side, each one's updates in order; the
            # offset then moves past the updates handled, up to the first that was not.
            handled = await asyncio.gather(*(self.handle(u, retry=True) for u in updates))
            stopped = False
            for update, done in zip(updates, handled, strict=True):
                if not done:
                    stopped = True  # Telegram keeps it, and those after it, for next time
                    break
                offset = int(update["update_id"]) + 1
            if stopped:
                break
        if offset is not None:  # confirm what was handled since the last request
            with contextlib.suppress(TelegramError):
                await self._get_updates(offset, wait=0, limit=1)

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

    async def handle(self, update: dict[str, Any], retry: bool) -> bool:
        """Handle one update now; False if it was not handled and should come again
        (:meth:`nudger.messaging.inbound.InboundUpdates.handle`)."""
        if self._inbound is None:
            return True
        return await self._inbound.handle(update, retry)

    async def receive(self, payload: dict[str, Any]) -> bool:
        """Handle one update posted to the webhook; False if Telegram should post it again."""
        if self._closing.is_set():
            return False
        return await self.handle(payload, retry=False)

    async def _initialize(self, intros: Sequence[BotIntro] = ()) -> None:
        try:
            await self.bot.initialize()
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
        bot = self.bot
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
        if self._inbound is not None:
            await self._inbound.idle()  # webhook updates being handled finish

    async def stop(self) -> None:
        """Stop receiving, then close the connections to the Bot API (also after a start
        that failed half-way: the connection pools were opened before getMe failed)."""
        await self.stop_receiving()
        await self.bot.shutdown()

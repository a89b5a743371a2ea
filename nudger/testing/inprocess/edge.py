"""Updates from the fake Bot API handed to the router, replies rendered: no PTB, no HTTP.

The in-process stand-in for the Telegram gateway and ``nudger.messaging.handlers``, for the
cases the feature tests use: commands (an unknown one gets the pointer), text, locations,
other kinds of message (the pointer) and button taps in the user's private chat, each user's
updates one at a time and in order, different users side by side, and a retry while the
database is unavailable. What only the adapter does (groups, taps outside the private chat,
redelivered updates, the command menu) is refused here and tested over HTTP in tests/e2e.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from nudger.bot.base import Action, Inbound, Sender
from nudger.logs import log_event
from nudger.messaging import replies
from nudger.messaging.base import DeliveryError
from nudger.messaging.handlers import RETRY_FIRST, RETRY_LONGEST
from nudger.storage.db import unavailable
from nudger.testing.fake_bot_api import BOT_USERNAME, FakeBotApi
from nudger.testing.inprocess.messenger import InProcessMessenger

logger = logging.getLogger(__name__)


class AdapterOnly(Exception):
    """An update only the Telegram adapter handles; test it over HTTP (tests/e2e)."""


def _chat_of(update: dict[str, Any]) -> int:
    """Whose updates are handled in order: the sender's (as the gateway's ``_chat_of``)."""
    inner = update.get("message") or update.get("callback_query") or {}
    return int(inner.get("from", {}).get("id", 0))


def _command(message: dict[str, Any]) -> tuple[str, str] | None:
    """(name, args) if the message starts with a command to this bot, as PTB's
    ``CommandHandler`` reads it; the name is "" for another bot's command."""
    entities = message.get("entities") or []
    text = message.get("text")
    if not text or not entities:
        return None
    first = entities[0]
    if first.get("type") != "bot_command" or first.get("offset") != 0:
        return None
    name, _, bot = text[1 : first["length"]].partition("@")
    if bot and bot.lower() != BOT_USERNAME.lower():
        return "", ""
    return name.lower(), " ".join(text.split()[1:])


class InProcessEdge:
    """Receives for ``NudgerApp(edge=...)``: see :class:`nudger.app.Edge`.

    ``failures`` holds every unexpected error an update raised (after the apology production
    sends); the fast tier's fixture fails the test on any.
    """

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.messenger = InProcessMessenger(api)
        self.failures: list[BaseException] = []
        self._router: Inbound | None = None
        self._receiver: asyncio.Task[None] | None = None
        self._handling: set[asyncio.Task[None]] = set()
        self._chats: dict[int, asyncio.Lock] = {}
        self._closing = False

    @property
    def bot_username(self) -> str:
        return BOT_USERNAME

    async def open(self, router: Inbound) -> None:
        """Start handing queued updates to ``router``."""
        self._router = router
        self._closing = False
        self._receiver = asyncio.create_task(self._receive(), name="in-process-updates")

    async def close(self) -> None:
        """Take no new updates; those being handled finish."""
        self._closing = True
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await receiver
        await asyncio.gather(*self._handling, return_exceptions=True)

    async def _receive(self) -> None:
        while updates := await self.api.next_updates():
            for update in updates:
                task = asyncio.create_task(self._in_turn(update))
                self._handling.add(task)
                task.add_done_callback(self._handling.discard)

    async def _in_turn(self, update: dict[str, Any]) -> None:
        async with self._chats.setdefault(_chat_of(update), asyncio.Lock()):
            await self._handle(update)

    async def _handle(self, update: dict[str, Any]) -> None:
        """Handle one update; while the database is unavailable, again after a pause."""
        delay = RETRY_FIRST
        while True:
            try:
                await self._dispatch(update)
                return
            except Exception as error:  # noqa: BLE001 - recorded; the test fails on it
                if unavailable(error) and not self._closing:
                    log_event(logger, "update_retry", logging.WARNING, wait=delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, RETRY_LONGEST)
                    continue
                log_event(logger, "update_failed", logging.ERROR, error=type(error).__name__)
                self.failures.append(error)
                router = self._router
                if "message" in update and router and not isinstance(error, AdapterOnly):
                    with contextlib.suppress(DeliveryError):
                        message = update["message"]
                        sender = Sender(
                            message["from"]["id"],
                            message["chat"]["id"],
                            message["from"].get("language_code"),
                        )
                        await self.messenger.send(sender.chat_id, router.apology(sender))
                return

    async def _dispatch(self, update: dict[str, Any]) -> None:
        # Telegram sends nudger only these two kinds (ALLOWED_UPDATES); the rest is dropped.
        if "message" in update:
            await self._message(update["message"])
        elif "callback_query" in update:
            await self._tap(update["callback_query"])

    async def _message(self, message: dict[str, Any]) -> None:
        router = self._router
        assert router is not None
        chat = message["chat"]
        if chat.get("type") != "private" or "from" not in message:
            raise AdapterOnly("a message outside a private chat")
        sender = Sender(
            telegram_id=message["from"]["id"],
            chat_id=chat["id"],
            language_code=message["from"].get("language_code"),
            first_name=message["from"].get("first_name"),
        )
        command = _command(message)
        if command is not None:
            name, args = command
            if name in router.commands():
                reply = await router.command(sender, name, args)
            else:
                reply = await router.other(sender)
        elif "text" in message:
            reply = await router.text(sender, message["text"])
        elif "location" in message:
            where = message["location"]
            reply = await router.location(sender, where["latitude"], where["longitude"])
        else:
            reply = await router.other(sender)
        await self._perform(sender, reply.actions)

    async def _tap(self, query: dict[str, Any]) -> None:
        router = self._router
        assert router is not None
        message = query.get("message")
        if message is None or message["chat"]["id"] != query["from"]["id"]:
            raise AdapterOnly("a tap outside the user's private chat")
        sender = Sender(
            telegram_id=query["from"]["id"],
            chat_id=message["chat"]["id"],
            language_code=query["from"].get("language_code"),
            first_name=query["from"].get("first_name"),
        )
        try:
            reply = await router.tap(sender, query.get("data") or "", message["message_id"])
        except Exception as error:
            if not unavailable(error):  # else the tap is handled again and answered then
                await self._answer(query["id"], router.apology(sender))
            raise
        await self._answer(query["id"], reply.notice)
        await self._perform(sender, reply.actions)

    async def _answer(self, callback_id: str, notice: str | None) -> None:
        await replies.answer_tap(self.messenger, callback_id, notice)

    async def _perform(self, sender: Sender, actions: list[Action]) -> None:
        await replies.perform(self.messenger, sender.chat_id, actions)

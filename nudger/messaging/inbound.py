"""Updates in: a Telegram update, read once from the Bot API's JSON, handed to the router.

Both ways of receiving use it (the gateway's polling loop and the webhook), and so does the
fast test tier's in-process edge, so the fast tests run the adapter that production runs.
python-telegram-bot's ``Application`` and its ``Update`` objects are not used on this side:
parsing every update into PTB's objects (twice, as it was) and its handler dispatch cost
about an eighth of a button press's CPU (docs/performance.md), and nudger reads a handful
of fields.

For each update:

- **One at a time per sender, in order.** Within a process, each sender's updates wait for
  their turn in arrival order (different senders side by side). Across processes, the
  update's transaction takes the sender's database lock (PostgreSQL) or the write lock
  (SQLite), and Telegram sends one chat's updates one at a time, each after the last one
  was answered.
- **Exactly once.** Everything an update changes is one transaction, which also records the
  update as handled (:class:`nudger.storage.updates.UpdateSessions`). It commits before the
  reply is sent; a redelivery (another receiver, a retried webhook post, a poll after a
  crash) finds the record and is dropped.
- **Retried while the database is unavailable** (polling, with backoff, updates behind it
  waiting), or left for Telegram to post again (webhook). Any other error is logged
  (without the update's content), the user gets an apology, and the update counts as handled,
  so one bad update cannot stop the others.

What is read, as PTB's handlers read it: a command is a message whose first entity is a
``bot_command`` at offset 0 (``/name@bot`` only for this bot; names case-insensitive; the
arguments are the rest of the text, split on whitespace); other text is an answer; a
location is a location; anything else in the private chat gets the pointer. Only private
chats are answered; a tap on a message outside the sender's own chat gets the "not yours"
notice. Any JSON at all is read without an error (tested with arbitrary updates).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

from nudger.bot.base import Action, Inbound, Sender
from nudger.errors import AlreadyHandled
from nudger.logs import log_event
from nudger.messaging import replies
from nudger.messaging.base import DeliveryError, Messenger

logger = logging.getLogger(__name__)

#: Retrying an update while the database is unavailable: first wait, and the longest.
RETRY_FIRST = 1.0
RETRY_LONGEST = 30.0


def update_id_of(update: object) -> int | None:
    """The update's id, or None if it is not an update at all."""
    if not isinstance(update, dict):
        return None
    update_id = update.get("update_id")
    return update_id if type(update_id) is int else None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: object) -> int | None:
    return value if type(value) is int else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def sender_of(update: dict[str, Any]) -> int:
    """Whose updates are handled in order: the sender's Telegram id (in a private chat, the
    chat's id too); 0 for an update without one."""
    inner = _dict(update.get("message")) or _dict(update.get("callback_query"))
    return _int(_dict(inner.get("from")).get("id")) or 0


def _sender(user: dict[str, Any], chat_id: int) -> Sender:
    return Sender(
        telegram_id=int(user["id"]),
        chat_id=chat_id,
        language_code=_str(user.get("language_code")),
        first_name=_str(user.get("first_name")),
    )


def command_of(message: dict[str, Any], bot_username: str) -> tuple[str, str] | None:
    """(name, arguments) if the message is a command, as PTB's ``CommandHandler`` reads it;
    the name is "" for a command to another bot (``/start@otherbot``)."""
    text = _str(message.get("text"))
    entities = message.get("entities")
    if not text or not isinstance(entities, list) or not entities:
        return None
    first = _dict(entities[0])
    length = _int(first.get("length"))
    if first.get("type") != "bot_command" or first.get("offset") != 0 or not length:
        return None
    name, _, bot = text[1:length].partition("@")
    if bot and bot.lower() != bot_username.lower():
        return "", ""
    return name.lower(), " ".join(text.split()[1:])


class InboundUpdates:
    """Hands updates to the router (:class:`~nudger.bot.base.Inbound`) and performs its
    replies through ``messenger``; see the module's description."""

    def __init__(
        self,
        router: Inbound,
        messenger: Messenger,
        *,
        bot_username: Callable[[], str],
        transient: Callable[[BaseException], bool],
        on_update: Callable[[], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
    ) -> None:
        self._router = router
        self._messenger = messenger
        self._bot_username = bot_username
        self._transient = transient
        self._on_update = on_update
        self._on_failure = on_failure
        self._turns: dict[int, tuple[asyncio.Lock, list[int]]] = {}  # lock, [holders+waiters]
        self._handling = 0  # updates being handled now
        self._idle = asyncio.Event()  # set while none is
        self._idle.set()
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """Stop retrying updates (the one being retried is given up)."""
        self._stopping.set()

    async def idle(self) -> None:
        """Wait until no update is being handled."""
        await self._idle.wait()

    async def handle(self, update: dict[str, Any], retry: bool) -> bool:
        """Handle one update; False if it was not handled and should come again.

        ``retry``: wait out an unavailable database (polling) rather than give up at once
        (webhook: Telegram posts it again).
        """
        update_id = update_id_of(update)
        if update_id is None:
            return True  # nothing to confirm or answer
        self._handling += 1
        self._idle.clear()
        try:
            async with self._turn(sender_of(update)):
                return await self._handle(update, update_id, retry)
        except Exception as error:  # noqa: BLE001 - even the apology failed: never stop polling
            log_event(
                logger,
                "update_failed",
                logging.ERROR,
                error=type(error).__name__,
                update_id=update_id,
            )
            return True
        finally:
            self._handling -= 1
            if not self._handling:
                self._idle.set()

    @contextlib.asynccontextmanager
    async def _turn(self, sender: int) -> AsyncIterator[None]:
        """Hold this sender's turn: their updates one at a time, in arrival order
        (asyncio's locks are first come, first served)."""
        lock, users = self._turns.setdefault(sender, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._turns[sender]  # nobody holds or waits for it: forget the sender

    async def _handle(self, update: dict[str, Any], update_id: int, retry: bool) -> bool:
        if self._on_update is not None:
            self._on_update()
        delay = RETRY_FIRST
        while True:
            try:
                await self._once(update, update_id)
                return True
            except AlreadyHandled:
                log_event(logger, "update_duplicate", update_id=update_id)
                return True
            except Exception as error:  # noqa: BLE001 - logged; one update can't stop the rest
                if not self._transient(error):
                    await self._failed(update, update_id, error)
                    return True
                log_event(
                    logger,
                    "update_failed",
                    logging.WARNING,
                    error=type(error).__name__,
                    update_id=update_id,
                    transient=True,
                )
            if not retry:
                return False
            log_event(logger, "update_retry", logging.WARNING, update_id=update_id, wait=delay)
            if not await self._pause(delay):
                log_event(logger, "update_not_handled", logging.WARNING, update_id=update_id)
                return False
            delay = min(delay * 2, RETRY_LONGEST)

    async def _pause(self, seconds: float) -> bool:
        """Wait before a retry; False if the service is stopping meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return not self._stopping.is_set()

    async def _once(self, update: dict[str, Any], update_id: int) -> None:
        message = _dict(update.get("message"))
        query = _dict(update.get("callback_query"))
        if message:
            await self._message(message, update_id)
        elif query:
            await self._tap(query, update_id)
        # Telegram sends nudger only these two kinds (ALLOWED_UPDATES); the rest is dropped.

    async def _message(self, message: dict[str, Any], update_id: int) -> None:
        chat, user = _dict(message.get("chat")), _dict(message.get("from"))
        chat_id, user_id = _int(chat.get("id")), _int(user.get("id"))
        if chat.get("type") != "private" or chat_id is None or user_id is None:
            return  # only private chats are answered
        sender = _sender(user, chat_id)
        router = self._router
        async with router.handling(update_id, user_id) as scope:
            command = command_of(message, self._bot_username())
            location = _dict(message.get("location"))
            if command is not None:
                name, args = command
                if name in router.commands():
                    reply = await router.command(sender, name, args)
                else:
                    reply = await router.other(sender)
            elif isinstance(message.get("text"), str):
                reply = await router.text(sender, message["text"])
            elif _number(location.get("latitude")) and _number(location.get("longitude")):
                reply = await router.location(sender, location["latitude"], location["longitude"])
            else:
                reply = await router.other(sender)
            await scope.settle()
        await self._perform(sender, reply.actions)

    async def _tap(self, query: dict[str, Any], update_id: int) -> None:
        user, message = _dict(query.get("from")), _dict(query.get("message"))
        callback_id, user_id = _str(query.get("id")), _int(user.get("id"))
        if callback_id is None or user_id is None:
            return  # nothing to answer
        chat_id = _int(_dict(message.get("chat")).get("id"))
        message_id = _int(message.get("message_id"))
        router = self._router
        if chat_id != user_id or message_id is None:
            # Only taps in the user's own private chat with the bot count. Recorded all the
            # same, so that a redelivery is not answered twice.
            async with router.handling(update_id, user_id) as scope:
                await scope.settle()
            await self._answer(callback_id, router.not_yours(_sender(user, user_id)))
            return
        sender = _sender(user, chat_id)
        data = _str(query.get("data")) or ""
        try:
            async with router.handling(update_id, user_id) as scope:
                reply = await router.tap(sender, data, message_id)
                await scope.settle()
        except AlreadyHandled:
            raise
        except Exception as error:
            if not self._transient(error):  # else the tap is handled again and answered then
                await self._answer(callback_id, router.apology(sender))
            raise
        await self._answer(callback_id, reply.notice)
        await self._perform(sender, reply.actions)

    async def _failed(self, update: dict[str, Any], update_id: int, error: Exception) -> None:
        """An unexpected error: logged (no content), and a message gets an apology (a tap's
        apology was its answer)."""
        log_event(
            logger,
            "update_failed",
            logging.ERROR,
            error=type(error).__name__,
            update_id=update_id,
        )
        if self._on_failure is not None:
            self._on_failure(error)
        message = _dict(update.get("message"))
        chat, user = _dict(message.get("chat")), _dict(message.get("from"))
        chat_id, user_id = _int(chat.get("id")), _int(user.get("id"))
        if chat.get("type") == "private" and chat_id is not None and user_id is not None:
            sender = _sender(user, chat_id)
            with contextlib.suppress(DeliveryError):
                await self._messenger.send(chat_id, self._router.apology(sender))

    async def _answer(self, callback_id: str, notice: str | None) -> None:
        await replies.answer_tap(self._messenger, callback_id, notice)

    async def _perform(self, sender: Sender, actions: list[Action]) -> None:
        await replies.perform(self._messenger, sender.chat_id, actions)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)

"""Inbound PTB handlers: parse the Update, call the router, render the reply.

They stay thin: no decisions here, only translation between Telegram and the router
(:class:`nudger.bot.base.Inbound`). A command handler is registered for each command the
router declares.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from nudger.bot.base import (
    Action,
    Inbound,
    Reply,
    Sender,
)
from nudger.logs import log_event
from nudger.messaging import replies
from nudger.messaging.base import DeliveryError, Messenger

logger = logging.getLogger(__name__)


#: Retrying an update while the database is unavailable: first wait, and the longest.
RETRY_FIRST = 1.0
RETRY_LONGEST = 30.0


def _sender(update: Update) -> Sender | None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != "private":
        return None
    return Sender(
        telegram_id=user.id,
        chat_id=chat.id,
        language_code=user.language_code,
        first_name=user.first_name,
    )


class Handlers:
    """Wires the router into a PTB :class:`Application`."""

    def __init__(
        self,
        router: Inbound,
        messenger: Messenger,
        on_update: Callable[[], object] | None = None,
        transient: Callable[[BaseException], bool] = lambda _error: False,
    ) -> None:
        self._router = router
        self._messenger = messenger
        self._on_update = on_update
        self._transient = transient
        self._failed: set[int] = set()  # updates whose handling hit an unavailable database
        self._duplicates: set[int] = set()  # updates dropped as seen before
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """Stop retrying updates (the one being retried is given up)."""
        self._stopping.set()

    async def run_update(
        self, update: Update, process: Callable[[], Awaitable[None]], retry: bool
    ) -> bool:
        """Handle one update; False if the database was unavailable and it was not handled.

        With ``retry`` (polling) it is tried again, with backoff, until it is handled or the
        service stops; updates behind it wait, so none is lost and their order is kept.
        Without (webhook), the caller answers so that Telegram delivers it again.

        Its update id is recorded as seen only once it has been handled, so a redelivery of
        an update that was not handled is handled, and one of an update that was is dropped.
        """
        delay = RETRY_FIRST
        update_id = update.update_id
        while True:
            self._failed.discard(update_id)
            await process()
            if update_id not in self._failed:
                break
            self._failed.discard(update_id)
            if not retry:
                return False
            log_event(logger, "update_retry", logging.WARNING, update_id=update_id, wait=delay)
            if not await self._pause(delay):
                log_event(logger, "update_not_handled", logging.WARNING, update_id=update_id)
                return False
            delay = min(delay * 2, RETRY_LONGEST)
        if update_id not in self._duplicates:
            try:
                await self._router.remember_update(update_id)
            except Exception as error:  # noqa: BLE001 - handled; only a redelivery could repeat it
                log_event(
                    logger, "update_not_recorded", logging.WARNING, error=type(error).__name__
                )
        self._duplicates.discard(update_id)
        return True

    async def _pause(self, seconds: float) -> bool:
        """Wait before a retry; False if the service is stopping meanwhile."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return not self._stopping.is_set()

    def install(self, application: Application) -> None:  # type: ignore[type-arg]
        # Group -2 drops a redelivered update (same update_id) before anything else sees it,
        # so it is neither counted nor answered. Group -1 counts every update and stops none.
        application.add_handler(TypeHandler(Update, self._deduplicate), group=-2)
        application.add_handler(TypeHandler(Update, self._count), group=-1)
        private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        for name in self._router.commands():
            application.add_handler(CommandHandler(name, self._command(name), filters=private))
        application.add_handler(CallbackQueryHandler(self._on_tap))
        application.add_handler(
            MessageHandler(private & filters.TEXT & ~filters.COMMAND, self._on_text)
        )
        application.add_handler(MessageHandler(private & filters.LOCATION, self._on_location))
        application.add_handler(MessageHandler(private & filters.COMMAND, self._on_unknown_command))
        application.add_handler(MessageHandler(private & ~filters.TEXT, self._on_other))
        application.add_error_handler(self._on_error)

    async def _deduplicate(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self._router.seen_update(update.update_id):
            log_event(logger, "update_duplicate", update_id=update.update_id)
            self._duplicates.add(update.update_id)
            raise ApplicationHandlerStop

    async def _count(self, _update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if self._on_update is not None:
            self._on_update()

    def _command(self, name: str) -> Callable[[Update, Any], Coroutine[Any, Any, None]]:
        async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            sender = _sender(update)
            if sender is not None:
                args = " ".join(context.args or [])
                await self._render(sender, await self._router.command(sender, name, args))

        return handle

    async def _on_text(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        sender = _sender(update)
        if sender is None or update.message is None:
            return
        await self._render(sender, await self._router.text(sender, update.message.text or ""))

    async def _on_location(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        sender = _sender(update)
        message = update.message
        if sender is None or message is None or message.location is None:
            return
        where = message.location
        reply = await self._router.location(sender, where.latitude, where.longitude)
        await self._render(sender, reply)

    async def _on_unknown_command(
        self, update: Update, _context: ContextTypes.DEFAULT_TYPE
    ) -> None:
        sender = _sender(update)
        if sender is not None:
            await self._render(sender, await self._router.other(sender))

    async def _on_other(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        sender = _sender(update)
        if sender is not None:
            await self._render(sender, await self._router.other(sender))

    async def _on_tap(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        message = query.message
        if message is None or message.chat.id != query.from_user.id:
            # Only taps in the user's own private chat with the bot count.
            tapper = Sender(query.from_user.id, query.from_user.id, query.from_user.language_code)
            await self._answer(query.id, self._router.not_yours(tapper))
            return
        sender = Sender(
            telegram_id=query.from_user.id,
            chat_id=message.chat.id,
            language_code=query.from_user.language_code,
            first_name=query.from_user.first_name,
        )
        message_id = message.message_id
        try:
            reply = await self._router.tap(sender, query.data or "", message_id)
        except Exception as error:
            if not self._transient(error):  # else the tap is handled again and answered then
                await self._answer(query.id, self._router.apology(sender))
            raise
        await self._answer(query.id, reply.notice)
        await self._perform(sender, reply.actions)

    async def _answer(self, callback_id: str, notice: str | None) -> None:
        await replies.answer_tap(self._messenger, callback_id, notice)

    async def _render(self, sender: Sender, reply: Reply) -> None:
        await self._perform(sender, reply.actions)

    async def _perform(self, sender: Sender, actions: list[Action]) -> None:
        await replies.perform(self._messenger, sender.chat_id, actions)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if isinstance(update, Update) and error is not None and self._transient(error):
            # The database is unavailable: stop here, and handle the whole update again.
            log_event(
                logger,
                "update_failed",
                logging.WARNING,
                error=type(error).__name__,
                update_id=update.update_id,
                transient=True,
            )
            self._failed.add(update.update_id)
            raise ApplicationHandlerStop
        log_event(
            logger,
            "update_failed",
            logging.ERROR,
            error=type(error).__name__ if error else "unknown",
        )
        if isinstance(update, Update) and update.callback_query is None:
            sender = _sender(update)
            if sender is not None:
                with contextlib.suppress(DeliveryError):
                    await self._messenger.send(sender.chat_id, self._router.apology(sender))

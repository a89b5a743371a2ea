"""Carry out a use case's :class:`~nudger.bot.base.Reply` through the Messenger port.

The PTB handlers and the fast test tier's in-process edge both answer a user this way, so
what a test sees is what Telegram gets. Nothing here knows python-telegram-bot.
"""

from __future__ import annotations

import logging

from nudger.bot.base import Action, Edit, Send, SendDocument, SendPhoto
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger

logger = logging.getLogger(__name__)

#: Telegram shows at most 200 characters of a tap's notice.
MAX_NOTICE = 200


async def answer_tap(messenger: Messenger, callback_id: str, notice: str | None) -> None:
    """Acknowledge a tap, with its notice cut to what Telegram shows."""
    if notice is not None and len(notice) > MAX_NOTICE:
        notice = notice[: MAX_NOTICE - 1] + "…"
    try:
        await messenger.answer_callback(callback_id, notice)
    except DeliveryError as error:
        log_event(logger, "callback_answer_failed", logging.WARNING, reason=error.reason)


async def perform(messenger: Messenger, chat_id: int, actions: list[Action]) -> None:
    """Send, edit, or send a photo or file, in order; a failed one is logged and skipped."""
    for action in actions:
        try:
            if isinstance(action, Send):
                to = chat_id if action.to_chat is None else action.to_chat
                await messenger.send(to, action.text, action.keyboard)
            elif isinstance(action, SendPhoto):
                await messenger.send_photo(chat_id, action.png, action.caption, action.keyboard)
            elif isinstance(action, SendDocument):
                await messenger.send_document(chat_id, action.data, action.filename, action.caption)
            elif isinstance(action, Edit):
                await messenger.edit(chat_id, action.message_id, action.text, action.keyboard)
        except DeliveryError as error:
            log_event(logger, "reply_failed", logging.WARNING, reason=error.reason)

"""Sending through python-telegram-bot, with Telegram's errors mapped to DeliveryError."""

from __future__ import annotations

import os

# Opt in to PTB 22's timedelta-valued RetryAfter.retry_after; without this,
# reading it raises a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from nudger.messaging.base import DeliveryError, Keyboard


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
        if isinstance(error.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout):
            return DeliveryError("connect_timeout")
        return DeliveryError("timed_out", outcome_unknown=True)
    if isinstance(error, BadRequest):
        return DeliveryError("bad_request", permanent=True)
    if isinstance(error, NetworkError):
        return DeliveryError("network")
    return DeliveryError(type(error).__name__, permanent=True)


class TelegramMessenger:
    """:class:`~nudger.messaging.base.Messenger` over a PTB :class:`telegram.Bot`."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, chat_id: int, text: str, keyboard: Keyboard = ()) -> int:
        try:
            message = await self._bot.send_message(chat_id, text, reply_markup=markup(keyboard))
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

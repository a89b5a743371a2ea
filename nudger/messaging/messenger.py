"""Sending through python-telegram-bot, with PTB's errors mapped to ``DeliveryError``.

:class:`TelegramMessenger` is the adapter behind the :class:`~nudger.messaging.base.Messenger`
port: the dispatcher, the weekly review and the handlers send through it and see only
``DeliveryError``, whose fields say whether a send can be retried, must be given up, or may
have arrived all the same.
"""

from __future__ import annotations

import os
from typing import cast

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import RequestData

from nudger.messaging.base import DeliveryError, Keyboard
from nudger.messaging.transport import ConnectionLost, JsonBody, NotSentTimeout


def use_timedelta_retry_after() -> None:
    """Opt in to PTB 22's timedelta ``RetryAfter.retry_after`` (else reading it warns)."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.url)
                if b.url is not None
                else InlineKeyboardButton(b.label, callback_data=b.data)
                for b in row
            ]
            for row in keyboard
        ]
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

    async def send(
        self, chat_id: int, text: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        body: dict[str, object] = {"chat_id": chat_id, "text": text}
        if keyboard:
            body["reply_markup"] = _markup_json(keyboard)
        if paid:
            body["allow_paid_broadcast"] = True
        try:
            result = await self._post("sendMessage", body)
        except TelegramError as error:
            raise delivery_error(error) from error
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if not isinstance(message_id, int):  # not a Message: it may have been sent all the same
            raise DeliveryError("unexpected_answer", outcome_unknown=True)
        return message_id

    async def send_photo(
        self, chat_id: int, png: bytes, caption: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        try:
            message = await self._bot.send_photo(
                chat_id,
                InputFile(png, filename="week.png"),
                caption=caption,
                reply_markup=markup(keyboard),
                allow_paid_broadcast=True if paid else None,
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
    return {"inline_keyboard": [[b.as_json() for b in row] for row in keyboard]}

"""A :class:`~nudger.messaging.base.Messenger` that calls the fake Bot API in-process.

It sends the parameters python-telegram-bot sends over HTTP (as the fake decodes them) and
turns a refusal into the :class:`~nudger.messaging.base.DeliveryError` that production's
messenger raises for it (PTB's error, then ``messaging.telegram.delivery_error``).
tests/integration/test_inprocess.py holds the two side by side, call by call and failure by
failure, so this copy cannot drift from them.
"""

from __future__ import annotations

import mimetypes
from http import HTTPStatus
from typing import Any

from nudger.messaging.base import DeliveryError, Keyboard
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi, UploadedFile

#: The photo's file name, as TelegramMessenger uploads it.
PHOTO_NAME = "week.png"
#: How the Bot API says that an edit would change nothing (not an error to nudger).
NOT_MODIFIED = "message is not modified"


def refusal(call: ApiCall) -> DeliveryError:
    """What production's messenger raises for this answer."""
    response = call.response
    parameters = response.get("parameters") or {}
    if parameters.get("migrate_to_chat_id"):
        return DeliveryError("chat_migrated", migrate_to=int(parameters["migrate_to_chat_id"]))
    if parameters.get("retry_after"):
        return DeliveryError("retry_after", retry_after=float(parameters["retry_after"]))
    if call.status == HTTPStatus.FORBIDDEN:
        return DeliveryError("forbidden", permanent=True, blocked=True)
    if call.status == HTTPStatus.BAD_REQUEST:
        return DeliveryError("bad_request", permanent=True)
    if call.status in (HTTPStatus.NOT_FOUND, HTTPStatus.UNAUTHORIZED):
        return DeliveryError("InvalidToken", permanent=True)
    if call.status == HTTPStatus.CONFLICT:
        return DeliveryError("Conflict", permanent=True)
    return DeliveryError("network")  # 5xx and the rest: surely not delivered


def _markup(keyboard: Keyboard) -> dict[str, Any]:
    return {"inline_keyboard": [[b.as_json() for b in row] for row in keyboard]}


def _upload(data: bytes, filename: str) -> UploadedFile:
    return UploadedFile(filename, mimetypes.guess_type(filename)[0], data)


class InProcessMessenger:
    """Sends through :meth:`FakeBotApi.invoke`: recorded, validated and failed as over HTTP."""

    def __init__(self, api: FakeBotApi) -> None:
        self._api = api

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        call = await self._api.invoke(method, params)
        if not call.ok:
            raise refusal(call)
        return call.result

    async def _message_id(self, method: str, params: dict[str, Any]) -> int:
        result = await self._call(method, params)
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if not isinstance(message_id, int):
            raise DeliveryError("unexpected_answer", outcome_unknown=True)
        return message_id

    async def send(
        self, chat_id: int, text: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        params: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if keyboard:
            params["reply_markup"] = _markup(keyboard)
        if paid:
            params["allow_paid_broadcast"] = True
        return await self._message_id("sendMessage", params)

    async def send_photo(
        self, chat_id: int, png: bytes, caption: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        params: dict[str, Any] = {
            "chat_id": chat_id,
            "photo": _upload(png, PHOTO_NAME),
            "caption": caption,
        }
        if keyboard:
            params["reply_markup"] = _markup(keyboard)
        if paid:
            params["allow_paid_broadcast"] = True
        return await self._message_id("sendPhoto", params)

    async def send_document(
        self, chat_id: int, data: bytes, filename: str, caption: str = ""
    ) -> int:
        params: dict[str, Any] = {"chat_id": chat_id, "document": _upload(data, filename)}
        if caption:
            params["caption"] = caption
        return await self._message_id("sendDocument", params)

    async def edit(self, chat_id: int, message_id: int, text: str, keyboard: Keyboard = ()) -> None:
        params: dict[str, Any] = {"chat_id": chat_id, "message_id": message_id, "text": text}
        if keyboard:
            params["reply_markup"] = _markup(keyboard)
        call = await self._api.invoke("editMessageText", params)
        if call.ok:
            return
        description = str(call.response.get("description") or "").lower()
        if call.status == HTTPStatus.BAD_REQUEST and NOT_MODIFIED in description:
            return
        raise refusal(call)

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        params: dict[str, Any] = {"callback_query_id": callback_id}
        if text is not None:
            params["text"] = text
        await self._call("answerCallbackQuery", params)

"""Acting as a Telegram user: sending, editing and pressing buttons in a private chat."""

from __future__ import annotations

import copy
import itertools
import time
from typing import TYPE_CHECKING, Any

from nudger.testing.fake_bot_api.bot import BOT_ID
from nudger.testing.fake_bot_api.records import FakeMessage, UploadedFile
from nudger.testing.fake_bot_api.validation import _utf16_len

if TYPE_CHECKING:
    from nudger.testing.fake_bot_api.server import FakeBotApi


class FakeUser:
    """A Telegram user with a private chat with the bot (chat id == user id)."""

    def __init__(self, api: FakeBotApi, user_id: int, first_name: str, language_code: str) -> None:
        self.api = api
        self.user_id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.blocked = False
        """Set to ``True`` to make every send to this chat fail with 403 (user blocked bot)."""
        self._messages: dict[int, dict[str, Any]] = {}  # user and bot messages, by id
        self._uploads: dict[int, UploadedFile] = {}
        self._message_ids = itertools.count(1)

    @property
    def as_dict(self) -> dict[str, Any]:
        """The Telegram ``User`` object."""
        return {
            "id": self.user_id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    @property
    def chat(self) -> dict[str, Any]:
        """The Telegram ``Chat`` object of the private chat."""
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def send_text(self, text: str) -> int:
        """Queue a text message from this user; returns its message id.

        Text starting with ``/`` gets a ``bot_command`` entity, so ``CommandHandler`` matches
        (also ``/start@nudger_test_bot``).
        """
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self._send(content)

    def share_location(self, latitude: float, longitude: float) -> int:
        """Queue a location message from this user; returns its message id."""
        return self._send({"location": {"latitude": latitude, "longitude": longitude}})

    def edit_text(self, message_id: int, text: str) -> None:
        """Queue an ``edited_message`` update for one of this user's text messages."""
        message = self._messages.get(message_id)
        if message is None or message["from"]["id"] != self.user_id or "text" not in message:
            raise AssertionError(f"user {self.user_id} has no text message {message_id} to edit")
        message.update(text=text, edit_date=int(time.time()))
        self.api._queue("edited_message", copy.deepcopy(message))

    def press(self, message_id: int, data: str) -> str:
        """Queue a ``callback_query`` for a bot message; returns the callback query id.

        ``data`` is not checked against the keyboard, so stale or forged presses can be tested.
        """
        message = self._messages.get(message_id)
        if message is None or message["from"]["id"] != BOT_ID:
            raise AssertionError(f"no bot message {message_id} in chat {self.user_id}")
        query_id = self.api._new_callback_id()
        query = {
            "id": query_id,
            "from": self.as_dict,
            "message": copy.deepcopy(message),
            "chat_instance": f"ci{self.user_id}",
            "data": data,
        }
        self.api._queue("callback_query", query)
        return query_id

    def press_button(self, label: str, message_id: int | None = None) -> str:
        """Press the inline button labelled exactly ``label``; returns the callback query id.

        Searches ``message_id`` or else the newest bot message in this chat with that button.
        """
        candidates = self.messages[::-1]
        if message_id is not None:
            candidates = [m for m in candidates if m.message_id == message_id]
        for message in candidates:
            for row in message.raw.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button.get("text") != label:
                        continue
                    if "callback_data" not in button:
                        raise AssertionError(f"button {label!r} has no callback_data: {button}")
                    return self.press(message.message_id, button["callback_data"])
        seen = {m.message_id: m.buttons for m in candidates[:5]}
        where = f"message {message_id}" if message_id is not None else f"chat {self.user_id}"
        raise AssertionError(f"no button {label!r} in {where}; recent buttons: {seen}")

    @property
    def messages(self) -> list[FakeMessage]:
        """The bot's messages in this chat, oldest first, in their current state."""
        return [
            self._snapshot(message)
            for message in self._messages.values()
            if message["from"]["id"] == BOT_ID
        ]

    @property
    def last_message(self) -> FakeMessage:
        """The bot's newest message in this chat (AssertionError if there is none)."""
        messages = self.messages
        if not messages:
            raise AssertionError(f"the bot has not sent anything to chat {self.user_id}")
        return messages[-1]

    def _send(self, content: dict[str, Any]) -> int:
        message = self._new_message(self.as_dict, content)
        self.api._queue("message", copy.deepcopy(message))
        return int(message["message_id"])

    def _new_message(self, sender: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
        message_id = next(self._message_ids)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.chat,
            "from": sender,
            **content,
        }
        self._messages[message_id] = message
        return message

    def _snapshot(self, message: dict[str, Any]) -> FakeMessage:
        keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
        upload = self._uploads.get(message["message_id"])
        return FakeMessage(
            message_id=message["message_id"],
            chat_id=self.user_id,
            text=message.get("text"),
            caption=message.get("caption"),
            reply_markup=[
                [(b.get("text", ""), b.get("callback_data") or b.get("url") or "") for b in row]
                for row in keyboard
            ],
            photo=upload.data if upload and "photo" in message else None,
            edited="edit_date" in message,
            document=upload.data if upload and "document" in message else None,
            filename=upload.filename if upload else None,
            raw=copy.deepcopy(message),
        )

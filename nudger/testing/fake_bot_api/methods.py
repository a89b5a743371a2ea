"""The Bot API methods the fake implements (apart from the webhook ones, in webhook.py)."""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import re
import time
from typing import Any

from nudger.testing.fake_bot_api.bot import _BOT_USER, BOT_ID
from nudger.testing.fake_bot_api.records import UploadedFile
from nudger.testing.fake_bot_api.users import FakeUser
from nudger.testing.fake_bot_api.validation import (
    _ApiError,
    _bad,
    _check_caption,
    _check_markup,
    _text_content,
)
from nudger.testing.fake_bot_api.webhook import _WebhookDelivery

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


class _BotMethods(_WebhookDelivery):
    """``getUpdates``, sending, editing, callback answers and commands, per chat."""

    def __init__(self) -> None:
        super().__init__()
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        """``setMyCommands`` state keyed by (JSON scope, language code)."""
        self.descriptions: dict[str, str] = {}
        """``setMyDescription`` state keyed by language code ("" for the default)."""
        self.short_descriptions: dict[str, str] = {}
        """``setMyShortDescription`` state keyed by language code ("" for the default)."""
        self._users: dict[int, FakeUser] = {}
        self._file_ids = itertools.count(1)
        self._files: dict[str, UploadedFile] = {}

    def _chat(self, params: dict[str, Any]) -> FakeUser:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        user = self._users.get(chat_id) if isinstance(chat_id, int) else None
        if user is None:
            raise _bad("chat not found")
        if user.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return user

    def _editable(self, params: dict[str, Any]) -> dict[str, Any]:
        if "inline_message_id" in params:
            raise _bad("MESSAGE_ID_INVALID (inline messages are not supported by the fake)")
        user = self._chat(params)
        message_id = params.get("message_id")
        message = user._messages.get(message_id) if isinstance(message_id, int) else None
        if message is None:
            raise _bad("message to edit not found")
        if message["from"]["id"] != BOT_ID:
            raise _bad("message can't be edited")
        return message

    async def _long_poll(self, params: dict[str, Any]) -> None:
        if self.webhook_url:
            return  # answered 409 by _get_updates, without confirming anything
        self._confirm(params)
        timeout = float(params.get("timeout") or 0)
        if timeout > 0 and not self.webhook_url:
            self.pending_polls += 1
            self._notify()
            try:
                with contextlib.suppress(TimeoutError):
                    await self._wait(
                        lambda: (
                            self._closing.is_set()
                            or bool(self._replays)
                            or any(map(self._allowed, self._updates))
                        ),
                        timeout,
                    )
            finally:
                self.pending_polls -= 1

    def _confirm(self, params: dict[str, Any]) -> None:
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = [str(kind) for kind in params["allowed_updates"]]
        offset = params.get("offset")
        if isinstance(offset, int) and offset < 0:
            self._updates = self._updates[offset:]
        elif isinstance(offset, int):
            self._updates = [u for u in self._updates if u.get("update_id", 0) >= offset]

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._confirm(params)
        self._updates = [u for u in self._updates if self._allowed(u)]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        # Replays go first, so the newest update id (the bot's next offset) comes last.
        replays, self._replays = self._replays[:limit], self._replays[limit:]
        return replays + copy.deepcopy(self._updates[: limit - len(replays)])

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self._chat(params)
        content = _text_content(params)
        if (markup := _check_markup(params)) is not None:
            content["reply_markup"] = markup
        return copy.deepcopy(user._new_message(_BOT_USER, content))

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        if "text" not in message:
            raise _bad("there is no text in the message to edit")
        content, markup = _text_content(params), _check_markup(params)
        # Like Telegram: an edit without reply_markup removes the inline keyboard.
        if content["text"] == message["text"] and markup == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        message.pop("entities", None)
        return self._apply_edit(message, content, markup)

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        markup = _check_markup(params)
        if markup == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        return self._apply_edit(message, {}, markup)

    @staticmethod
    def _apply_edit(
        message: dict[str, Any], content: dict[str, Any], markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        message.update(content, edit_date=int(time.time()))
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        return copy.deepcopy(message)

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._pending_callbacks:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        self._pending_callbacks.remove(query_id)
        return True

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("command description must be 1-256 characters")
        self.commands[self._commands_key(params)] = commands
        return True

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    @staticmethod
    def _language(params: dict[str, Any]) -> str:
        code = str(params.get("language_code") or "")
        if code and not re.fullmatch(r"[a-z]{2}", code):
            raise _bad("language code must be a two-letter ISO 639-1 code")
        return code

    def _set_my_description(self, params: dict[str, Any], short: bool = False) -> bool:
        """``setMyDescription`` (up to 512 characters) or ``setMyShortDescription`` (120);
        an empty text removes it for that language."""
        key = "short_description" if short else "description"
        text = str(params.get(key) or "")
        limit = 120 if short else 512
        if len(text) > limit:
            raise _bad(f"{key} is too long: {len(text)} characters (at most {limit})")
        store = self.short_descriptions if short else self.descriptions
        language = self._language(params)
        if text:
            store[language] = text
        else:
            store.pop(language, None)
        return True

    def _get_my_description(self, params: dict[str, Any], short: bool = False) -> dict[str, str]:
        key = "short_description" if short else "description"
        store = self.short_descriptions if short else self.descriptions
        language = self._language(params)
        return {key: store.get(language, store.get("", ""))}

    def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        user = self._chat(params)
        content = _check_caption(params)
        value = params.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, str) and value in self._files:
            value = self._files[value]
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            value = UploadedFile(value.rsplit("/", 1)[-1], None, b"")  # not fetched
        elif isinstance(value, UploadedFile) and not value.data:
            raise _bad("file must be non-empty")
        if not isinstance(value, UploadedFile):
            raise _bad(f"there is no {kind} in the request" if value is None else "wrong file id")
        file_id = f"{kind}-{next(self._file_ids)}"
        self._files[file_id] = value
        info: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": len(value.data),
        }
        if kind == "photo":
            content["photo"] = [{**info, "width": 512, "height": 512}]
        else:
            extra = {"file_name": value.filename, "mime_type": value.content_type}
            content["document"] = {**info, **{k: v for k, v in extra.items() if v}}
        if (markup := _check_markup(params)) is not None:
            content["reply_markup"] = markup
        message = user._new_message(_BOT_USER, content)
        user._uploads[message["message_id"]] = value
        return copy.deepcopy(message)

"""Telegram's cheap parameter checks and the error answers they raise.

Mirrored so that bot bugs surface as the same ``BadRequest`` errors production would raise.
"""

from __future__ import annotations

import html
import re
from typing import Any


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: Any = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _visible(text: str, parse_mode: Any) -> str:
    """Approximate the text Telegram counts: HTML tags and entities are stripped."""
    if str(parse_mode).lower() == "html":
        return html.unescape(re.sub(r"<[^>]*>", "", text))
    return text


def _text_content(params: dict[str, Any]) -> dict[str, Any]:
    """Validate ``text``; returns the Message fields ``text`` and ``entities``."""
    text = params.get("text")
    visible = _visible(text, params.get("parse_mode")) if isinstance(text, str) else ""
    if not visible.strip():
        raise _bad("message text is empty")
    if _utf16_len(visible) > 4096:
        raise _bad("message is too long")
    content: dict[str, Any] = {"text": text}
    if isinstance(params.get("entities"), list):
        content["entities"] = params["entities"]
    return content


def _check_caption(params: dict[str, Any]) -> dict[str, Any]:
    caption = params.get("caption")
    if caption is None:
        return {}
    if _utf16_len(_visible(str(caption), params.get("parse_mode"))) > 1024:
        raise _bad("message caption is too long")
    return {"caption": str(caption)}


def _check_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    """Validate ``reply_markup``; returns the inline keyboard that the Message will carry."""
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad("can't parse reply keyboard markup JSON object")
    keyboard = markup.get("inline_keyboard")
    if not isinstance(keyboard, list) or not any(keyboard):
        return None  # reply keyboards and empty inline keyboards are not part of a Message
    for row in keyboard:
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise _bad("BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise _bad("text buttons are unallowed in the inline keyboard")
    return {"inline_keyboard": keyboard}

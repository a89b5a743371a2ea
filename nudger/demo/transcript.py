"""The terminal side of the demo chat: what the bot sent, printed with the demo clock's time.

Each Bot API call the bot made to the person's chat becomes a few plain lines: a message with
its numbered buttons, an edit (only what was added, when it grew), a notice after a tap, a
file saved to disk. Printing knows nothing about input or waiting; the chat decides when.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO

from nudger.demo.clock import DemoClock
from nudger.testing.fake_bot_api import ApiCall, FakeMessage, FakeUser

_SENDS = {"sendMessage": "", "sendPhoto": "photo", "sendDocument": "document"}
_EDITS = ("editMessageText", "editMessageReplyMarkup")
_KNOWN_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".pdf", ".json", ".csv", ".txt"}


class Transcript:
    """Prints one person's chat with the bot to ``out``; files go to ``files_dir``.

    ``zone`` is the zone times are shown in: UTC until the chat learns the user's own.
    """

    def __init__(self, out: TextIO, clock: DemoClock, files_dir: Path, user: FakeUser) -> None:
        self.out = out
        self.clock = clock
        self.files_dir = files_dir
        self.user = user
        self.zone: tzinfo = UTC
        self._texts: dict[int, str] = {}  # the text last shown for each bot message

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def note(self, text: str) -> None:
        """A line from the demo itself (not from the bot)."""
        self.write(f"(demo) {text}")

    def stamp(self, at: datetime | None = None) -> str:
        local = (at or self.clock()).astimezone(self.zone)
        return local.strftime("%a %d %b %H:%M %Z")

    def describe_now(self) -> str:
        now = self.clock()
        text = f"{now.strftime('%a %d %b %Y %H:%M')} UTC"
        if self.zone is not UTC:
            text += f" = {now.astimezone(self.zone).strftime('%a %d %b %H:%M')} in {self.zone}"
        return text

    def show(self, call: ApiCall) -> None:
        """Print one call the bot made (calls to other chats are not this person's)."""
        if call.params.get("chat_id", self.user.user_id) != self.user.user_id:
            return
        if not call.ok:
            description = call.response.get("description", f"status {call.status}")
            self.note(f"the bot's {call.method} call failed: {description}")
            return
        prefix = f"[{self.stamp()}]"
        if call.method in _SENDS and isinstance(call.result, dict):
            message_id = int(call.result["message_id"])
            kind = _SENDS[call.method]
            body = self._remember(message_id, call.result)
            head = f"{prefix} bot" + (f" sent a {kind}" if kind else "")
            self.write(f"{head}: {_indent(body)}" if body else head)
            message = self._message(message_id)
            if kind and message is not None:
                self._save(kind, message)
            self._buttons(call.result)
        elif call.method in _EDITS and isinstance(call.result, dict):
            message_id = int(call.result["message_id"])
            before = self._texts.get(message_id, "")
            body = self._remember(message_id, call.result)
            if call.method == "editMessageReplyMarkup" or body == before:
                self.write(f"{prefix} (buttons changed) {_first_line(body)}")
            elif before and body.startswith(before):
                self.write(f"{prefix} (edited) …{_indent(body[len(before) :].lstrip())}")
            else:
                self.write(f"{prefix} (edited) {_indent(body)}")
            if not self._buttons(call.result):
                self.write("    (no buttons now)")
        elif call.method == "answerCallbackQuery" and call.params.get("text"):
            self.write(f"{prefix} (notice) {call.params['text']}")

    def _remember(self, message_id: int, message: dict[str, Any]) -> str:
        text = str(message.get("text") or message.get("caption") or "")
        self._texts[message_id] = text
        return text

    def _buttons(self, message: dict[str, Any]) -> bool:
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        number = 0
        for row in rows:
            labels = []
            for button in row:
                number += 1
                link = f" (link: {button['url']})" if "url" in button else ""
                labels.append(f"[{number}] {button.get('text', '')}{link}")
            self.write("    " + "  ".join(labels))
        return number > 0

    def _message(self, message_id: int) -> FakeMessage | None:
        return next((m for m in self.user.messages if m.message_id == message_id), None)

    def _save(self, kind: str, message: FakeMessage) -> None:
        data = message.photo if kind == "photo" else message.document
        if not data:
            self.write("    (the file was empty)")
            return
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = _free_path(self.files_dir / _file_name(kind, message, data, self.clock()))
        path.write_bytes(data)
        self.write(f"    saved to {path}")


def _indent(text: str) -> str:
    """Continuation lines indented under the first."""
    return "\n".join(("    " + line) if line.strip() else "" for line in text.split("\n")).lstrip()


def _first_line(text: str, width: int = 60) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


def _file_name(kind: str, message: FakeMessage, data: bytes, now: datetime) -> str:
    name = Path(message.filename or "").name
    name = re.sub(r"[^\w.\-]+", "_", name).strip("._")
    if name and Path(name).suffix.lower() in _KNOWN_SUFFIXES:
        return name
    if data.startswith(b"\x89PNG"):
        suffix = ".png"
    elif data.startswith(b"\xff\xd8"):
        suffix = ".jpg"
    elif data.lstrip()[:1] in (b"{", b"["):
        suffix = ".json"
    else:
        suffix = ".bin"
    return f"{kind}-{now.strftime('%Y-%m-%d')}-{message.message_id}{suffix}"


def _free_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``, ... if it already exists."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate

"""What the fake records and hands to tests: calls, injected errors, webhook posts, messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded in a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class ApiCall:
    """One request the fake received, recorded when it was answered.

    ``params`` are decoded (ints, bools, JSON objects); uploads appear as :class:`UploadedFile`.
    ``at`` is the ``time.monotonic()`` of arrival; ``response`` is the JSON body sent back.
    """

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """Whether Telegram would have reported success."""
        return self.status == HTTPStatus.OK

    @property
    def result(self) -> Any:
        """The ``result`` of a successful call (``None`` for errors)."""
        return self.response.get("result")


@dataclass(frozen=True)
class FakeError:
    """An injected failure; build it with the class methods, pass it to ``fail_next``."""

    status: int
    description: str = ""
    parameters: dict[str, int] | None = None
    delay_seconds: float = 0.0

    @classmethod
    def retry_after(cls, seconds: int) -> FakeError:
        """429 flood control; PTB raises ``RetryAfter``."""
        return cls(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})

    @classmethod
    def forbidden(cls, description: str = "Forbidden: bot was blocked by the user") -> FakeError:
        """403; PTB raises ``Forbidden``."""
        return cls(403, description)

    @classmethod
    def server_error(cls, status: int = 500) -> FakeError:
        """5xx (500, 502, ...); PTB raises ``NetworkError``."""
        return cls(status, HTTPStatus(status).phrase)

    @classmethod
    def chat_migrated(cls, new_chat_id: int) -> FakeError:
        """400 with ``migrate_to_chat_id``; PTB raises ``ChatMigrated``."""
        description = "Bad Request: group chat was upgraded to a supergroup chat"
        return cls(400, description, {"migrate_to_chat_id": new_chat_id})

    @classmethod
    def bad_request(cls, description: str) -> FakeError:
        """Any other 400; PTB raises ``BadRequest``."""
        return cls(400, f"Bad Request: {description}")

    @classmethod
    def delay(cls, seconds: float) -> FakeError:
        """Perform the call normally (the message *is* sent) but answer only after ``seconds``."""
        return cls(200, delay_seconds=seconds)


@dataclass(frozen=True)
class WebhookAttempt:
    """One POST of an update to the webhook.

    ``status`` is the HTTP status the receiver answered, ``None`` for a connection error or
    a timeout.
    """

    update_id: int
    status: int | None

    @property
    def ok(self) -> bool:
        """Whether the update counts as delivered (a 2xx answer)."""
        return self.status is not None and 200 <= self.status < 300


@dataclass(frozen=True)
class FakeMessage:
    """Snapshot of a bot message in a chat, in its current (possibly edited) state."""

    message_id: int
    chat_id: int
    text: str | None
    caption: str | None
    reply_markup: list[list[tuple[str, str]]]
    """Inline keyboard rows of ``(label, callback_data or url)``."""
    photo: bytes | None
    edited: bool
    document: bytes | None = None
    filename: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def buttons(self) -> list[str]:
        """All inline button labels, row by row."""
        return [label for row in self.reply_markup for label, _ in row]

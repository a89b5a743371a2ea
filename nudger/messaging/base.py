"""The messenger-neutral edge: what the use cases need from a chat platform."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from nudger.domain.delivery import FailureKind, SendFailure

#: Telegram allows 1-64 bytes of callback data; we keep ours well inside that.
MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Button:
    """A button under a message: a tap sends ``data`` back, or, with ``url``, opens it."""

    label: str
    data: str = ""
    url: str | None = None

    def __post_init__(self) -> None:
        if self.url is not None:
            if self.data or not self.url.startswith("https://"):
                raise ValueError("a link button has an https:// url and no callback data")
            return
        size = len(self.data.encode())
        if not 1 <= size <= MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data must be 1-{MAX_CALLBACK_BYTES} bytes, got {size}")

    def as_json(self) -> dict[str, str]:
        """The button as the Bot API's JSON."""
        if self.url is not None:
            return {"text": self.label, "url": self.url}
        return {"text": self.label, "callback_data": self.data}


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class BotIntro:
    """What the bot shows about itself in one language: set at start with setMyCommands,
    setMyDescription and setMyShortDescription."""

    #: Telegram's two-letter code; None for the default (English), shown to everyone else.
    language_code: str | None
    #: (command without the slash, its line), in menu order.
    commands: tuple[tuple[str, str], ...]
    description: str
    short_description: str


class DeliveryError(Exception):
    """A message could not be delivered; :attr:`failure` describes it for the send policy
    (:func:`nudger.domain.delivery.decide`).

    ``permanent``: trying again will not help (blocked, chat gone, bad request).
    ``blocked``: the user blocked the bot or deleted their account.
    ``retry_after``: the platform asked us to wait this many seconds.
    ``outcome_unknown``: the request was written but no answer came; it may have arrived.
    ``migrate_to``: the chat moved to this new id.
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool = False,
        blocked: bool = False,
        retry_after: float | None = None,
        outcome_unknown: bool = False,
        migrate_to: int | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.blocked = blocked
        self.retry_after = retry_after
        self.outcome_unknown = outcome_unknown
        self.migrate_to = migrate_to
        self.failure = SendFailure(
            self._kind(),
            reason,
            retry_after=timedelta(seconds=retry_after) if retry_after is not None else None,
            migrate_to=migrate_to,
        )

    def _kind(self) -> FailureKind:
        """The one kind that matters most: a 429 is about every send, then the chat, then
        the user, then the message."""
        if self.retry_after is not None:
            return FailureKind.THROTTLED
        if self.migrate_to is not None:
            return FailureKind.CHAT_MIGRATED
        if self.blocked:
            return FailureKind.BLOCKED
        if self.outcome_unknown:
            return FailureKind.OUTCOME_UNKNOWN
        if self.permanent:
            return FailureKind.PERMANENT
        return FailureKind.TRANSIENT


class Messenger(Protocol):
    """``paid``: send as one of Telegram's paid broadcasts (``allow_paid_broadcast``), which
    may go beyond the free broadcast rate for a fee; only the timed sends, when their send
    budget says so (:meth:`nudger.jobs.send_budget.SendBudget.turn`), never a reply."""

    async def send(
        self, chat_id: int, text: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        """Send a message; returns its message id. Raises DeliveryError."""

    async def send_photo(
        self, chat_id: int, png: bytes, caption: str, keyboard: Keyboard = (), *, paid: bool = False
    ) -> int:
        """Send a PNG picture with a caption (at most 1024 characters). Raises DeliveryError."""

    async def send_document(
        self, chat_id: int, data: bytes, filename: str, caption: str = ""
    ) -> int:
        """Send a file. Raises DeliveryError."""

    async def edit(self, chat_id: int, message_id: int, text: str, keyboard: Keyboard = ()) -> None:
        """Replace a message's text and buttons. Raises DeliveryError."""

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        """Acknowledge a button press, optionally with a short notice."""

"""What a feature declares: its commands, its button prefix, and the answers it waits for.

Each feature returns one :class:`Routes` from its ``routes()`` method. The router, the
command menu (Telegram's ``setMyCommands``) and the /help text are all built from these
declarations, so a command is never added in one place and forgotten in another.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from nudger.bot.base import Reply, Sender
from nudger.domain.conversation import Step
from nudger.domain.model import Profile
from nudger.storage.db import Session

T = TypeVar("T")

#: A command's use case: who sent it and the text after the command ("" if none).
CommandHandler = Callable[[Sender, str], Awaitable[Reply]]
#: Free text that answers a question the user was asked (``Step`` says which one).
AnswerHandler = Callable[[Sender, str, Step], Awaitable[Reply]]
#: A shared location.
LocationHandler = Callable[[Sender, float, float], Awaitable[Reply]]
#: What to say to free text while the feature waits for a button (None: it doesn't).
TypedHandler = Callable[[Session, Profile], Awaitable[str | None]]


@dataclass(frozen=True)
class Command:
    """``/name``: its line in Telegram's command menu and in /help is the message
    ``menu-<name>`` (``nudger/locales/<language>/menu.ftl``)."""

    name: str
    run: CommandHandler

    @property
    def about(self) -> str:
        """The id of its menu line."""
        return f"menu-{self.name}"


@dataclass(frozen=True)
class Taps(Generic[T]):
    """Buttons whose data starts with ``prefix:``.

    ``parse`` reads the data into the feature's own choice (None: not one of its buttons,
    answered with ``words.BAD_BUTTON``), and ``handle`` acts on it.
    """

    prefix: str
    parse: Callable[[str], T | None]
    handle: Callable[[Sender, T, int | None], Awaitable[Reply]]


@dataclass(frozen=True)
class Answers:
    """Free text while the user's open question is one of ``steps``."""

    steps: frozenset[Step]
    handle: AnswerHandler


@dataclass(frozen=True)
class Routes:
    """Everything a feature answers. Each part may be left out."""

    commands: tuple[Command, ...] = ()
    taps: Taps[Any] | None = None
    answers: Answers | None = None
    location: LocationHandler | None = None
    typed: TypedHandler | None = None

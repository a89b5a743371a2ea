"""What every use case shares: who is talking, what to show back, and the parts to use.

Also the contract the messaging adapter calls (:class:`Inbound`), so the adapter needs
this module only, not the router that implements it.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo

from nudger.clock import Clock
from nudger.domain import languages
from nudger.domain.catalog import Catalog
from nudger.domain.model import Profile
from nudger.domain.partners import nudge_style
from nudger.domain.prompts import MAX_PARTNER_NAME
from nudger.domain.typed import without_direction_marks
from nudger.i18n.texts import Texts, Words
from nudger.messaging.base import BotIntro, Keyboard
from nudger.services.places import TimezoneResolver
from nudger.services.planning import Planner
from nudger.storage import partners, users
from nudger.storage.db import Session
from nudger.storage.updates import UpdateSessions


@dataclass(frozen=True)
class Sender:
    """Who sent an update: their Telegram user id, the chat to answer in, and the language
    their Telegram is set to (an IETF tag such as "ru" or "pt-br"; None if not told)."""

    telegram_id: int
    chat_id: int
    language_code: str | None = None
    #: Their first name on Telegram (offered as the name an invitation shows; never stored
    #: unless they choose it, never logged).
    first_name: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Send:
    text: str
    keyboard: Keyboard = ()
    #: Another chat to send to (a linked partner told that the link started or ended);
    #: None: the sender's own chat.
    to_chat: int | None = None


@dataclass(frozen=True)
class Edit:
    message_id: int
    text: str
    keyboard: Keyboard = ()


@dataclass(frozen=True)
class SendPhoto:
    png: bytes = field(repr=False)
    caption: str
    keyboard: Keyboard = ()


@dataclass(frozen=True)
class SendDocument:
    data: bytes = field(repr=False)
    filename: str
    caption: str = ""


Action = Send | Edit | SendPhoto | SendDocument


@dataclass(frozen=True)
class Reply:
    actions: list[Action] = field(default_factory=list)
    #: For a button tap: the short notice shown when the tap is acknowledged.
    notice: str | None = None


class Settle(Protocol):
    async def settle(self) -> None:
        """Commit the update's work (before its reply is sent)."""
        ...


class Inbound(Protocol):
    """What comes in from a messenger, as the adapter in ``messaging/inbound.py`` calls it.

    :class:`nudger.bot.router.Router` implements it.
    """

    def commands(self) -> list[str]:
        """The commands the bot answers, without the slash."""
        ...

    def intros(self) -> list[BotIntro]:
        """The bot's description and command menu, in every language."""
        ...

    def apology(self, sender: Sender) -> str:
        """What to say when handling an update failed, in the sender's language."""
        ...

    def not_yours(self, sender: Sender) -> str:
        """The notice for a tap on a button that is not the sender's to press."""
        ...

    async def other(self, sender: Sender) -> Reply:
        """An unknown command, or a message of a kind the bot doesn't read (a sticker)."""
        ...

    async def command(self, sender: Sender, name: str, args: str = "") -> Reply: ...

    async def text(self, sender: Sender, text: str) -> Reply: ...

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply: ...

    async def location(self, sender: Sender, latitude: float, longitude: float) -> Reply: ...

    def handling(self, update_id: int, sender: int) -> AbstractAsyncContextManager[Settle]:
        """The unit of work of one update (``sender``: who sent it, 0 if nobody): everything
        the calls inside it change, and the record that the update was handled, commit
        together at :meth:`Settle.settle`, or are rolled back. Raises
        :class:`~nudger.storage.updates.AlreadyHandled` for a redelivery."""
        ...


@dataclass(frozen=True)
class Deps:
    """The parts a use case may use; the composition root builds them."""

    #: Sessions; while an update is handled, all of one transaction (see UpdateSessions).
    sessions: UpdateSessions
    catalog: Catalog
    planner: Planner
    places: TimezoneResolver
    texts: Texts
    clock: Clock
    #: Ask the dispatcher to look for due nudges now (after /now or a follow-up).
    wake_dispatcher: Callable[[], None]
    #: The bot's Telegram @name without the @ (getMe), for invitation links.
    bot_username: Callable[[], str] = lambda: ""
    #: Random bytes for tokens (a CSPRNG; tests may pass their own).
    random_bytes: Callable[[int], bytes] = secrets.token_bytes


def words_for(texts: Texts, profile: Profile) -> Words:
    """What to say to this user: their language, their partner's name and gender."""
    return texts.words(profile.language, profile.partner_name, profile.partner_gender)


def words_for_sender(texts: Texts, sender: Sender, profile: Profile | None = None) -> Words:
    """What to say to whoever sent this: a known user in their language, anyone else in
    the language their Telegram is set to."""
    if profile is not None:
        return words_for(texts, profile)
    return texts.words(languages.from_telegram(sender.language_code))


def local_midnight(now: datetime, profile: Profile) -> datetime:
    """The start of the user's local day (UTC), or of the UTC day if they have no zone."""
    zone = ZoneInfo(profile.timezone) if profile.timezone else UTC
    local = now.astimezone(zone)
    return datetime.combine(local.date(), time(0), tzinfo=zone).astimezone(UTC)


def to_local(at: datetime | None, profile: Profile) -> datetime | None:
    if at is None or profile.timezone is None:
        return None
    return at.astimezone(ZoneInfo(profile.timezone))


async def profile_reactivating(session: Session, sender: Sender, now: datetime) -> Profile | None:
    """The sender's profile, marked active again if it was not; None if they never sent
    /start (or deleted their data).

    Anyone who writes to the bot has evidently not blocked it, so an inactive
    user is marked active again.
    """
    profile = await users.by_telegram_id(session, sender.telegram_id)
    if profile is not None and not profile.active:
        profile = await users.reactivate(session, profile.id, sender.chat_id, now)
    return profile


#: Zero-width joiners: Persian spelling needs them inside words (a name may have one).
_JOINERS = frozenset("\u200c\u200d")


def clean_name(text: str) -> str | None:
    """A usable partner name, or None: one line, 1-40 characters, with a letter or digit.

    Invisible direction marks a right-to-left keyboard adds are left out; other control or
    format characters are refused, except the joiners Persian spelling needs.
    """
    text = without_direction_marks(text)
    if "\n" in text.strip():
        return None
    name = " ".join(text.split())
    if not 1 <= len(name) <= MAX_PARTNER_NAME or name.startswith("/"):
        return None
    if any(unicodedata.category(c).startswith("C") and c not in _JOINERS for c in name):
        return None
    if not any(c.isalnum() for c in name):
        return None
    return name


async def with_nudge_style(session: Session, profile: Profile) -> Profile:
    """``profile`` with the style their nudges use: the one their linked partner shared,
    unless they chose their own since (:func:`nudger.domain.partners.nudge_style`)."""
    shared = (await partners.shared_with(session, [profile.id])).get(profile.id)
    return replace(profile, style=nudge_style(profile.style, shared))


async def onboarded_profile_reactivating(
    session: Session, sender: Sender, now: datetime
) -> Profile | None:
    """As :func:`profile_reactivating`, but None unless they finished setup (reply
    ``words.NOT_SET_UP``)."""
    profile = await profile_reactivating(session, sender, now)
    return profile if profile is not None and profile.onboarded else None


def show(message_id: int | None, text: str, keyboard: Keyboard = ()) -> Action:
    """Show ``text`` in the message a button was pressed on, or as a new message if none."""
    return Send(text, keyboard) if message_id is None else Edit(message_id, text, keyboard)

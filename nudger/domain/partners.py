"""Linking with the partner: the invitation's token, its rules, and what a link shares.

A user may invite their partner with a personal link (``https://t.me/<bot>?start=link_<token>``).
The token is 128 random bits, shown once and stored only as its SHA-256; it works once and
runs out after :data:`INVITATION_LIFETIME`. Wrong tokens are limited per sender
(:func:`attempt_allowed`), so a token can't be found by trying.

Once both have said yes, each side may share, if they want to, two things with the other:
the *style* from a short self-report (:mod:`nudger.domain.self_report`; only the style's name
is shared, never the answers or the scores) and up to :data:`MAX_HELPS` kinds of care that
help them (:class:`HelpKind`). What the partner shared becomes a prior in the prompt choice
(:func:`favoured_categories`), never a filter. Nothing else crosses: not the other's
nudges, answers, reviews, pauses or settings.

Pure: the random bytes come from the caller.
"""

from __future__ import annotations

import hashlib
import re
from base64 import urlsafe_b64encode
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from nudger.domain.styles import AttachmentStyle

#: Random bytes in a token: 128 bits, as the issue asks (22 URL-safe characters).
TOKEN_BYTES = 16
#: ``/start <payload>``: Telegram passes the link's ``start`` parameter as the command's text.
PAYLOAD_PREFIX = "link_"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")
#: An invitation works once, for this long.
INVITATION_LIFETIME = timedelta(days=7)
#: Wrong (or used) tokens a sender may try per :data:`ATTEMPT_WINDOW`.
MAX_WRONG_TOKENS = 5
ATTEMPT_WINDOW = timedelta(hours=1)
#: Kinds of care a partner may pick as what helps them.
MAX_HELPS = 3
#: How much a shared kind of care weighs in the prompt choice: that many Done answers
#: that were never given (Beta(1 + 2, 1): a mean of 3/4 against 1/2 for the rest). The
#: user's own answers still move it, so it is a prior, not a filter.
HELPS_PRIOR_DONE = 2.0


class Role(StrEnum):
    """Which side of a link a user is on."""

    INVITER = "inviter"
    INVITED = "invited"


def new_token(random_bytes: bytes) -> str:
    """The token for ``random_bytes`` (:data:`TOKEN_BYTES` of them from a CSPRNG)."""
    if len(random_bytes) != TOKEN_BYTES:
        raise ValueError(f"a token needs {TOKEN_BYTES} random bytes, got {len(random_bytes)}")
    return urlsafe_b64encode(random_bytes).rstrip(b"=").decode("ascii")


def token_hash(token: str) -> str:
    """What is stored of a token: its SHA-256, hex (a 128-bit random token needs no salt)."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def payload(token: str) -> str:
    """The link's ``start`` parameter for ``token``."""
    return PAYLOAD_PREFIX + token


def token_of(start_text: str) -> str | None:
    """The token in ``/start``'s text if it is an invitation's, else None.

    Anything that starts like an invitation but isn't one well formed is returned as ""
    (a wrong token: it counts against the sender's attempts).
    """
    text = start_text.strip()
    if not text.startswith(PAYLOAD_PREFIX):
        return None
    token = text[len(PAYLOAD_PREFIX) :]
    return token if _TOKEN.fullmatch(token) else ""


def is_token(text: str) -> bool:
    """Whether ``text`` has a token's shape (button data carries it back)."""
    return _TOKEN.fullmatch(text) is not None


def link_url(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={payload(token)}"


@dataclass(frozen=True)
class Attempts:
    """A sender's wrong tokens in the current window."""

    window_start: datetime
    wrong: int


def attempt_allowed(attempts: Attempts | None, now: datetime) -> bool:
    """Whether a sender may try a token now (before it is looked up)."""
    if attempts is None or now - attempts.window_start >= ATTEMPT_WINDOW:
        return True
    return attempts.wrong < MAX_WRONG_TOKENS


def after_wrong(attempts: Attempts | None, now: datetime) -> Attempts:
    """The sender's attempts after one more wrong token."""
    if attempts is None or now - attempts.window_start >= ATTEMPT_WINDOW:
        return Attempts(now, 1)
    return Attempts(attempts.window_start, attempts.wrong + 1)


class InvitationCheck(StrEnum):
    """What a token turned out to be."""

    OPEN = "open"
    EXPIRED = "expired"
    #: Not found: never issued, used, declined or replaced.
    UNKNOWN = "unknown"
    OWN = "own"


def check_invitation(
    found_inviter: int | None, expires_at: datetime | None, opener: int | None, now: datetime
) -> InvitationCheck:
    """Whether the invitation found for a token may be answered by ``opener`` (their user id,
    None for someone nudger doesn't know yet)."""
    if found_inviter is None or expires_at is None:
        return InvitationCheck.UNKNOWN
    if opener is not None and opener == found_inviter:
        return InvitationCheck.OWN
    if now >= expires_at:
        return InvitationCheck.EXPIRED
    return InvitationCheck.OPEN


class HelpKind(StrEnum):
    """A kind of care, in the partner's own terms, and the catalog categories it favours.

    The categories cover every audience, so a kind helps whatever style the nudges use:
    a kind with no category in the style's prompts simply changes nothing.
    """

    REASSURANCE = "reassurance"
    APPRECIATION = "appreciation"
    AFFECTION = "affection"
    TIME_TOGETHER = "together"
    SPACE = "space"
    RELIABILITY = "reliability"
    MY_VIEW = "view"
    CREDIT = "credit"
    CALM = "calm"
    SUPPORT = "support"

    @property
    def categories(self) -> frozenset[str]:
        return _CATEGORIES[self]


_CATEGORIES: dict[HelpKind, frozenset[str]] = {
    HelpKind.REASSURANCE: frozenset({"reassurance", "commitment"}),
    HelpKind.APPRECIATION: frozenset({"gratitude", "positive_regard", "appreciation"}),
    HelpKind.AFFECTION: frozenset({"closeness", "kindness"}),
    HelpKind.TIME_TOGETHER: frozenset({"attention", "connection"}),
    HelpKind.SPACE: frozenset({"space", "autonomy"}),
    HelpKind.RELIABILITY: frozenset({"trust"}),
    HelpKind.MY_VIEW: frozenset({"validation"}),
    HelpKind.CREDIT: frozenset({"credit"}),
    HelpKind.CALM: frozenset({"calm_conflict"}),
    HelpKind.SUPPORT: frozenset({"support"}),
}


def helps_text(kinds: Iterable[HelpKind]) -> str:
    """How picked kinds are stored: their values in :class:`HelpKind` order, comma-separated."""
    chosen = set(kinds)
    return ",".join(kind.value for kind in HelpKind if kind in chosen)


def helps_of(text: str | None) -> frozenset[HelpKind]:
    """The kinds stored as ``text``; unknown values (from a newer version) are left out."""
    known = {kind.value: kind for kind in HelpKind}
    return frozenset(known[part] for part in (text or "").split(",") if part in known)


def toggle(kinds: frozenset[HelpKind], kind: HelpKind) -> frozenset[HelpKind] | None:
    """``kinds`` with ``kind`` added or taken away; None if that would pick too many."""
    if kind in kinds:
        return kinds - {kind}
    if len(kinds) >= MAX_HELPS:
        return None
    return kinds | {kind}


def favoured_categories(kinds: Iterable[HelpKind]) -> frozenset[str]:
    """The catalog categories the shared kinds of care favour."""
    return frozenset(category for kind in kinds for category in kind.categories)


@dataclass(frozen=True)
class Shared:
    """What a user's linked partner shares with them, as far as it applies to them.

    ``style``: the partner's self-reported style, if they shared it and the user has not
    chosen another since (None otherwise); ``helps``: the kinds of care they shared.
    """

    partner_style: AttachmentStyle | None = None
    helps: frozenset[HelpKind] = frozenset()
    #: The user chose their own style after the partner shared one.
    overridden: bool = False

    @property
    def favoured(self) -> frozenset[str]:
        return favoured_categories(self.helps)


def nudge_style(own: AttachmentStyle | None, shared: Shared | None) -> AttachmentStyle | None:
    """The style a user's nudges use: the one their partner shared, unless they chose their
    own after it; otherwise their own choice."""
    if shared is not None and shared.partner_style is not None and not shared.overridden:
        return shared.partner_style
    return own

"""What linking says, and its buttons: message ids, texts that take values, and the codec of
the ``lk:`` button data. The messages are in ``nudger/locales/<language>/partners.ftl``.

Whose words: a linked user reads link messages in their own language, with ``$partner``
the name *they* know the other by (:func:`link_words`), never a name the other chose for
them, and never the partner name they use in their own nudges (which may be someone else's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlencode

from nudger.bot import words
from nudger.domain.button_data import number, pack, unpack
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.model import Profile
from nudger.domain.partners import (
    INVITATION_LIFETIME,
    MAX_HELPS,
    HelpKind,
    Role,
    Shared,
    is_token,
)
from nudger.domain.quiz import SCALE, QuizResult, level
from nudger.domain.self_report import ITEMS
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Texts, Words
from nudger.messaging.base import Button, Keyboard
from nudger.storage.partners import Side

PREFIX = "lk"
LIFETIME_DAYS = INVITATION_LIFETIME.days


def link_words(texts: Texts, profile: Profile, side: Side) -> Words:
    """``profile``'s words for link messages: ``$partner`` is the name they know the other
    by; the inviter's gender setting applies (it is about the same person), the invited
    side's words go by name."""
    gender: PartnerGender | None = None
    if side.role is Role.INVITER and profile.partner_name == side.partner_name:
        gender = profile.partner_gender
    return texts.words(profile.language, side.partner_name, gender)


def words_naming(texts: Texts, language: Language, name: str) -> Words:
    """Words in ``language`` with ``$partner`` = ``name`` (by name, no gender)."""
    return texts.words(language, name)


# --- buttons -----------------------------------------------------------------------------


@dataclass(frozen=True)
class UseFirstName:
    """/invite's button: show the tapper's Telegram first name."""


@dataclass(frozen=True)
class Answer:
    """Join (``join``) or No thanks under an invitation, carrying its token."""

    join: bool
    token: str


@dataclass(frozen=True)
class Hub:
    """A button of /partner: ``what`` is one of :data:`HUB_ACTIONS`."""

    what: str


#: self-report start, helps picker, stop sharing the style, follow the partner's style again,
#: the unlink question.
HUB_ACTIONS = frozenset({"sr", "helps", "unshare", "follow", "unlink"})


@dataclass(frozen=True)
class SelfAnswer:
    """Statement ``index`` (0-based) answered ``value``."""

    index: int
    value: int


@dataclass(frozen=True)
class SelfStop:
    pass


@dataclass(frozen=True)
class ShareStyle:
    """Share or keep a quiz result (``style``: the result the question was about; None:
    stop sharing, from /partner)."""

    share: bool
    style: AttachmentStyle | None = None


@dataclass(frozen=True)
class ToggleHelp:
    kind: HelpKind


@dataclass(frozen=True)
class ShareHelps:
    """Share (True), keep to oneself (False) or stop sharing (None) the picks."""

    share: bool | None


@dataclass(frozen=True)
class Unlink:
    """The unlink question's answer; ``since`` names the link it was asked about."""

    confirm: bool
    since: int


Choice = (
    UseFirstName
    | Answer
    | Hub
    | SelfAnswer
    | SelfStop
    | ShareStyle
    | ToggleHelp
    | ShareHelps
    | Unlink
)

_KINDS = {kind.value: kind for kind in HelpKind}
_STYLES = {style.value: style for style in AttachmentStyle}
_STAMP = re.compile(r"[0-9]{1,20}")


def parse(data: str) -> Choice | None:
    """The button behind ``lk:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case ["name"]:
            return UseFirstName()
        case [("join" | "no") as kind, token] if is_token(token):
            return Answer(kind == "join", token)
        case ["hub", what] if what in HUB_ACTIONS:
            return Hub(what)
        case ["sr", index, value]:
            i = number(index, range(len(ITEMS)))
            v = number(value, SCALE)
            return SelfAnswer(i, v) if i is not None and v is not None else None
        case ["sr", "stop"]:
            return SelfStop()
        case ["st", ("yes" | "no") as answer, style] if style in _STYLES:
            return ShareStyle(answer == "yes", _STYLES[style])
        case ["h", kind] if kind in _KINDS:
            return ToggleHelp(_KINDS[kind])
        case ["hs", ("yes" | "no" | "stop") as answer]:
            return ShareHelps({"yes": True, "no": False, "stop": None}[answer])
        case [("unlink" | "keep") as kind, since] if _STAMP.fullmatch(since):
            return Unlink(kind == "unlink", int(since))
    return None


def stamp(at: datetime) -> int:
    """A link's start, as a number a button can carry (seconds since the epoch)."""
    return int(at.timestamp())


def name_keyboard(t: Words, first_name: str) -> Keyboard:
    return ((Button(t("partners-invite-use-name-button", name=first_name), pack(PREFIX, "name")),),)


def share_url(link: str, text: str) -> str:
    """Telegram's share sheet for ``link``, with ``text`` beside it."""
    return "https://t.me/share/url?" + urlencode({"url": link, "text": text})


def invitation_keyboard(t: Words, link: str, name: str) -> Keyboard:
    text = t("partners-invite-share-text", name=name)
    return ((Button(t("partners-invite-share-button"), url=share_url(link, text)),),)


def answer_keyboard(t: Words, token: str, can_join: bool = True) -> Keyboard:
    """Join and No thanks; only No thanks for someone linked with another person."""
    decline = (Button(t("partners-decline-button"), pack(PREFIX, "no", token)),)
    if not can_join:
        return (decline,)
    return ((Button(t("partners-join-button"), pack(PREFIX, "join", token)),), decline)


def hub_button(t: Words, message: str, what: str) -> Button:
    return Button(t(message), pack(PREFIX, "hub", what))


def hub_keyboard(t: Words, side: Side, shared: Shared | None) -> Keyboard:
    rows = [
        (hub_button(t, "partners-self-report-button", "sr"),),
        (hub_button(t, "partners-helps-button", "helps"),),
    ]
    if side.self_style is not None and side.self_style is not side.shared_style:
        label = t("partners-share-style-button", style=style_name(t, side.self_style))
        rows.append((Button(label, pack(PREFIX, "st", "yes", side.self_style.value)),))
    if side.shared_style is not None:
        rows.append((hub_button(t, "partners-stop-sharing-style-button", "unshare"),))
    if shared is not None and shared.overridden:
        rows.append((hub_button(t, "partners-follow-button", "follow"),))
    rows.append((hub_button(t, "partners-unlink-button", "unlink"),))
    return tuple(rows)


def joined_keyboard(t: Words) -> Keyboard:
    return (
        (hub_button(t, "partners-self-report-button", "sr"),),
        (hub_button(t, "partners-helps-button", "helps"),),
    )


def style_name(t: Words, style: AttachmentStyle) -> str:
    return words.style_label(t, style)


def kinds_text(t: Words, kinds: frozenset[HelpKind]) -> str:
    """The kinds of care as a list in the reader's language, in catalog order, each quoted
    (they are button labels, some with commas of their own)."""
    labels = [t(f"help-kind-{kind.value}") for kind in HelpKind if kind in kinds]
    return t.join([t("helps-quoted", kind=label) for label in labels])


def hub_text(
    t: Words,
    side: Side,
    shared: Shared | None,
    own: AttachmentStyle | None,
    set_up: bool,
    since: date,
) -> str:
    """/partner: what each side shares (never anything else of the other's); ``set_up``:
    whether the reader has nudges of their own; ``since``: the link's first day, theirs."""
    lines = [t("partners-hub-intro", since=t.day_month(since)), ""]
    lines.append(t("partners-hub-yours"))
    if side.shared_style is not None:
        lines.append(t("partners-hub-style-shared", style=style_name(t, side.shared_style)))
    elif side.self_style is not None:
        lines.append(t("partners-hub-style-private", style=style_name(t, side.self_style)))
    else:
        lines.append(t("partners-hub-style-none"))
    if side.shared_helps:
        lines.append(t("partners-hub-helps-shared", kinds=kinds_text(t, side.shared_helps)))
    elif side.helps:
        lines.append(t("partners-hub-helps-private", kinds=kinds_text(t, side.helps)))
    else:
        lines.append(t("partners-hub-helps-none"))
    lines += ["", t("partners-hub-theirs")]
    theirs = []
    if shared is not None and shared.partner_style is not None:
        style = style_name(t, shared.partner_style)
        if not set_up:
            theirs.append(t("partners-hub-their-style-setup", style=style))
        elif shared.overridden and own is not None:
            theirs.append(
                t("partners-hub-their-style-overridden", style=style, own=style_name(t, own))
            )
        else:
            theirs.append(t("partners-hub-their-style", style=style))
    if shared is not None and shared.helps:
        theirs.append(t("partners-hub-their-helps"))
    lines += theirs or [t("partners-hub-nothing")]
    lines += ["", t("partners-hub-never")]
    return "\n".join(lines)


# --- the self-report ---------------------------------------------------------------------


def self_question(t: Words, index: int) -> str:
    statement = t(f"self-item-{ITEMS[index].id}")
    return t("self-question", number=index + 1, total=len(ITEMS), statement=statement)


def self_keyboard(t: Words, index: int) -> Keyboard:
    scale = tuple(Button(str(v), pack(PREFIX, "sr", index, v)) for v in SCALE)
    return (scale, (Button(t("self-stop-button"), pack(PREFIX, "sr", "stop")),))


def self_result(t: Words, result: QuizResult) -> str:
    """The result for the person who answered: their own scores, what the style means."""
    lines = [
        t("self-result-intro"),
        t("quiz-result-anxiety", level=level(result.anxiety).value, score=result.anxiety),
        t("quiz-result-avoidance", level=level(result.avoidance).value, score=result.avoidance),
        "",
        t(f"self-result-{result.style.value}"),
        "",
        t("self-not-a-diagnosis"),
    ]
    return "\n".join(lines)


def share_style_keyboard(t: Words, style: AttachmentStyle) -> Keyboard:
    """Share or keep the result ``style`` (the buttons name it: a later result needs its own
    question)."""
    return (
        (Button(t("self-share-button"), pack(PREFIX, "st", "yes", style.value)),),
        (Button(t("self-keep-button"), pack(PREFIX, "st", "no", style.value)),),
    )


# --- what helps --------------------------------------------------------------------------


def helps_keyboard(t: Words, picked: frozenset[HelpKind], shared: frozenset[HelpKind]) -> Keyboard:
    """A button per kind (picked ones ticked); then Share / Keep to myself while the picks
    differ from what is shared, and Stop sharing while something is."""
    rows: list[tuple[Button, ...]] = []
    for kind in HelpKind:
        label = t(f"help-kind-{kind.value}")
        if kind in picked:
            label = t("helps-picked", kind=label)
        rows.append((Button(label, pack(PREFIX, "h", kind.value)),))
    if not shared or picked != shared:
        rows.append(
            (
                Button(t("helps-share-button"), pack(PREFIX, "hs", "yes")),
                Button(t("helps-keep-button"), pack(PREFIX, "hs", "no")),
            )
        )
    if shared:
        rows.append((Button(t("helps-stop-sharing-button"), pack(PREFIX, "hs", "stop")),))
    return tuple(rows)


def helps_intro(t: Words) -> str:
    return t("helps-intro", max=MAX_HELPS)


# --- unlink ------------------------------------------------------------------------------


def unlink_keyboard(t: Words, since: datetime) -> Keyboard:
    at = stamp(since)
    return (
        (Button(t("partners-unlink-confirm-button"), pack(PREFIX, "unlink", at)),),
        (Button(t("partners-unlink-keep-button"), pack(PREFIX, "keep", at)),),
    )

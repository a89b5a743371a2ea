"""/export and /delete: the user's data, theirs to take or erase.

/export sends everything stored about the user as one JSON document (format
``nudger-export``, version 1; see :func:`export_document`). /delete asks first,
then erases the user from every table; afterwards the bot knows nothing of them.
The warning's buttons carry the account's creation time, so a warning left over from
before the user deleted and set up again can't erase the new account.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from nudger.bot.base import (
    Action,
    Deps,
    Reply,
    Send,
    SendDocument,
    Sender,
    show,
    words_for_sender,
)
from nudger.bot.partners.words import link_words
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
from nudger.domain.calendar import WEEKDAY_NAMES
from nudger.domain.catalog import Catalog
from nudger.domain.model import Profile
from nudger.i18n.texts import Words
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import partners, privacy, users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "nudger-export"
EXPORT_VERSION = 1

# --- words ---------------------------------------------------------------------------


NO_DATA_TO_EXPORT = "privacy-no-data-to-export"
NO_DATA_TO_DELETE = "privacy-no-data-to-delete"
EXPORT_CAPTION = "privacy-export-caption"
DELETE_WARNING = "privacy-delete-warning"
#: The one confirmation: the warning is edited into this (its buttons go).
DELETED = "privacy-deleted"
KEPT = "privacy-kept"
NOTHING_LEFT = "privacy-nothing-left"
#: A "Yes" from a warning sent before the account was deleted and set up again.
OLD_WARNING = "privacy-old-warning"

# --- buttons ---------------------------------------------------------------------------

PREFIX = "x"
#: ``x:del:<stamp>`` / ``x:keep:<stamp>``. A bare ``x:del`` / ``x:keep`` (a warning sent
#: before buttons carried a stamp) is understood too; its "Yes" is always out of date.
_STAMP = re.compile(r"[0-9]{1,20}")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Answer:
    """Yes (``confirm``) or Cancel under a /delete warning for the account ``stamp``."""

    confirm: bool
    stamp: int | None


def parse(data: str) -> Answer | None:
    """The warning's button behind ``x:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case [("del" | "keep") as kind]:
            return Answer(kind == "del", None)
        case [("del" | "keep") as kind, stamp] if _STAMP.fullmatch(stamp):
            return Answer(kind == "del", int(stamp))
    return None


def account_stamp(created_at: datetime) -> int:
    """Which incarnation of an account a warning was for: its creation time, in microseconds.

    The internal id alone won't do: SQLite may give a deleted user's id to the next
    new user, and someone who deletes and sends /start again gets a new row.
    """
    return (created_at.astimezone(UTC) - _EPOCH) // timedelta(microseconds=1)


def delete_keyboard(t: Words, stamp: int) -> Keyboard:
    return (
        (Button(t("privacy-delete-button"), pack(PREFIX, "del", stamp)),),
        (Button(t("privacy-keep-button"), pack(PREFIX, "keep", stamp)),),
    )


def _stamp(profile: Profile) -> int | None:
    """The current account's stamp."""
    return account_stamp(profile.created_at) if profile.created_at is not None else None


# --- the export document --------------------------------------------------------------


def _windows(value: object) -> object:
    """'morning,evening' -> ['morning', 'evening'] (any comma-separated list)."""
    return [part for part in value.split(",") if part] if isinstance(value, str) else value


def _weekday(value: object) -> object:
    return WEEKDAY_NAMES[value] if isinstance(value, int) and 0 <= value <= 6 else value


def _digits(value: object) -> object:
    return [int(c) for c in value if c.isdigit()] if isinstance(value, str) else value


@dataclass(frozen=True)
class _Section:
    """How one table appears in the export."""

    key: str
    #: One row at most (an object or null) rather than a list.
    single: bool = False
    #: Internal columns left out (the user's internal id, row ids that mean nothing to them).
    drop: frozenset[str] = frozenset({"id", "user_id"})
    #: Column -> name in the export; columns not named here keep their own name.
    rename: Mapping[str, str] = field(default_factory=dict)
    #: Column -> conversion to a friendlier value.
    convert: Mapping[str, Callable[[object], object]] = field(default_factory=dict)

    def shape(self, row: Mapping[str, object]) -> dict[str, object]:
        shaped: dict[str, object] = {}
        for column, value in row.items():
            if column in self.drop:
                continue
            convert = self.convert.get(column)
            shaped[self.rename.get(column, column)] = convert(value) if convert else value
        return shaped


#: Tables in the order they appear in the export. A table not listed here (a newer one)
#: still appears, under its own name, so the export never leaves anything out.
_SECTIONS: dict[str, _Section] = {
    "users": _Section(
        "user",
        single=True,
        drop=frozenset({"id"}),
        rename={
            "telegram_id": "telegram_user_id",
            "chat_id": "telegram_chat_id",
            "per_day": "nudges_per_day",
            "windows": "nudge_times",
            "timezone": "time_zone",
            "quiet_start": "quiet_hours_start",
            "quiet_end": "quiet_hours_end",
        },
        convert={"windows": _windows, "review_day": _weekday},
    ),
    "nudges": _Section(
        "nudges",
        drop=frozenset({"user_id"}),
        rename={"attempt": "send_attempts", "message_id": "telegram_message_id"},
    ),
    "pauses": _Section("pauses"),
    "reviews": _Section("weekly_reviews"),
    "conflicts": _Section("conflict_uses"),
    "quiz": _Section(
        "quiz_in_progress",
        single=True,
        rename={"onboarding": "started_during_setup"},
        convert={"answers": _digits},
    ),
    "partner_links": _Section(
        "partner_link",
        single=True,
        # Only this user's own side: the other's row (and the other's user id) never appears.
        drop=frozenset({"user_id", "partner_id"}),
        rename={
            "partner_name": "partner_named_as",
            "since": "linked_since",
            "self_answers": "self_report_answers_so_far",
            "self_style": "my_self_report_style",
            "shared_style": "style_i_share",
            "helps": "what_helps_me",
            "shared_helps": "what_helps_me_i_share",
            "follows_shared": "my_nudges_follow_the_style_my_partner_shares",
        },
        convert={"self_answers": _digits, "helps": _windows, "shared_helps": _windows},
    ),
    "invitations": _Section(
        "open_invitation",
        single=True,
        # The token is stored only as its hash, which means nothing to anyone.
        drop=frozenset({"inviter_id", "token_hash"}),
        rename={"shown_name": "name_shown_to_partner"},
    ),
    "link_attempts": _Section(
        "wrong_invitation_links",
        single=True,
        drop=frozenset({"telegram_id"}),
        rename={"wrong": "tried_this_hour"},
    ),
    "onboarding": _Section(
        "setup_in_progress",
        single=True,
        rename={"per_day": "nudges_per_day", "windows": "nudge_times", "timezone": "time_zone"},
        convert={"windows": _windows},
    ),
}


def _with_prompt(
    nudge: dict[str, object], prompt_id: object, catalog: Catalog, t: Words
) -> dict[str, object]:
    """The nudge with its prompt's id, text and reason (in the user's language now, with
    their partner's name) in place of the id."""
    shaped = {k: v for k, v in nudge.items() if k != "prompt_id"}
    if not isinstance(prompt_id, str):
        shaped["prompt"] = None
        return shaped
    known = catalog.get(prompt_id) is not None
    shaped["prompt"] = {
        "id": prompt_id,
        "text": t.prompt(prompt_id) if known else None,
        "why": t.why(prompt_id) if known else None,
    }
    return shaped


def export_document(
    rows: Mapping[str, list[dict[str, object]]], catalog: Catalog, t: Words, now: datetime
) -> dict[str, object]:
    """The export envelope around :func:`privacy.export`'s rows (pure); prompts are worded
    with ``t``, the user's words."""
    document: dict[str, object] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": now.astimezone(UTC).isoformat(),
    }
    for table in [*_SECTIONS, *sorted(set(rows) - set(_SECTIONS))]:
        section = _SECTIONS.get(table) or _Section(table)
        shaped = [section.shape(row) for row in rows.get(table, [])]
        if table == "nudges":
            shaped = [
                _with_prompt(nudge, row.get("prompt_id"), catalog, t)
                for nudge, row in zip(shaped, rows.get(table, []), strict=True)
            ]
        if section.single:
            document[section.key] = shaped[0] if shaped else None
        else:
            document[section.key] = shaped
    return document


def export_filename(now: datetime, timezone: str | None) -> str:
    zone = ZoneInfo(timezone) if timezone else UTC
    return f"nudger-export-{now.astimezone(zone):%Y-%m-%d}.json"


# --- use cases -----------------------------------------------------------------------


class PrivacyFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(
                Command("export", lambda sender, _args: self.export(sender)),
                Command("delete", lambda sender, _args: self.delete(sender)),
            ),
            taps=Taps(PREFIX, parse, self.tap),
        )

    async def export(self, sender: Sender) -> Reply:
        """/export: everything about the user as a JSON file."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None:
                return Reply([Send(t(NO_DATA_TO_EXPORT))])
            rows = await privacy.export(session, profile.id)
        document = export_document(rows, self._deps.catalog, t, now)
        data = json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n"
        log_event(logger, "data_exported", user=profile.id, nudges=len(rows.get("nudges", [])))
        filename = export_filename(now, profile.timezone)
        return Reply([SendDocument(data.encode("utf-8"), filename, t(EXPORT_CAPTION))])

    async def delete(self, sender: Sender) -> Reply:
        """/delete: asks for confirmation first; the buttons name this account's incarnation."""
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
        t = words_for_sender(self._deps.texts, sender, profile)
        stamp = _stamp(profile) if profile else None
        if profile is None or stamp is None:
            return Reply([Send(t(NO_DATA_TO_DELETE))])
        return Reply([Send(t(DELETE_WARNING), delete_keyboard(t, stamp))])

    async def tap(self, sender: Sender, answer: Answer, message_id: int | None) -> Reply:
        """Yes (confirm) or Cancel under a warning.

        A "Yes" whose stamp isn't the current account's (a warning from before the user
        deleted and started afresh) deletes nothing.
        """
        confirm, tapped = answer.confirm, answer.stamp
        async with self._deps.sessions.begin() as session:
            profile = await users.by_telegram_id(session, sender.telegram_id)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None:
                # Already erased (a second tap), or never here: nothing to do either way.
                return Reply(notice=t(NOTHING_LEFT))
            current = _stamp(profile)
            if confirm and (tapped is None or tapped != current):
                log_event(logger, "delete_refused", user=profile.id, reason="old_warning")
                return Reply(_show(message_id, t(OLD_WARNING)), notice=t(OLD_WARNING))
            told: list[Action] = []
            if confirm:
                told = await self._link_ends(session, profile)
                await privacy.erase(session, profile.id)
        if not confirm:
            return Reply(_show(message_id, t(KEPT)), notice=t(KEPT))
        log_event(logger, "user_deleted", user=profile.id)
        deleted = t(DELETED)
        return Reply(
            [*_show(message_id, deleted, send=True), *told], notice=t("privacy-deleted-notice")
        )

    async def _link_ends(self, session: Session, profile: Profile) -> list[Action]:
        """A linked partner is told, only that the link has ended, when the user erases
        everything (the link goes with it)."""
        side = await partners.side_of(session, profile.id)
        if side is None:
            return []
        other = (await users.by_ids(session, [side.partner_id])).get(side.partner_id)
        other_side = await partners.side_of(session, side.partner_id)
        if other is None or other_side is None:
            return []
        their_words = link_words(self._deps.texts, other, other_side)
        return [Send(their_words("partners-link-ended"), to_chat=other.chat_id)]


def _show(message_id: int | None, text: str, send: bool = False) -> list[Action]:
    """The warning edited into ``text`` (its buttons gone); sent instead if ``send`` and
    there's no message to edit."""
    return [show(message_id, text)] if message_id is not None or send else []

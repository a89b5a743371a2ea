"""Rows to domain values and back, for the storage modules."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import (
    Row,
    Table,
)

from nudger.domain import languages
from nudger.domain.languages import PartnerGender
from nudger.domain.model import (
    Profile,
)
from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage.tables import (
    NudgeRow,
    ReviewRow,
    UserRow,
)

NUDGES = cast(Table, NudgeRow.__table__)


REVIEWS = cast(Table, ReviewRow.__table__)


def windows_text(windows: Iterable[Window]) -> str:
    return ",".join(w.value for w in Window if w in set(windows))


def windows_of(text: str | None) -> frozenset[Window]:
    if not text:
        return frozenset()
    return frozenset(Window(part) for part in text.split(",") if part)


def profile_of(row: UserRow | Row[Any]) -> Profile:
    """A user's row (an ORM instance, or a Core row of the users table) as a ``Profile``."""
    return Profile(
        id=row.id,
        telegram_id=row.telegram_id,
        chat_id=row.chat_id,
        partner_name=row.partner_name,
        style=AttachmentStyle(row.style) if row.style else None,
        timezone=row.timezone,
        per_day=row.per_day,
        windows=windows_of(row.windows),
        active=row.active,
        paused=row.paused,
        plan_version=row.plan_version,
        review_day=row.review_day,
        review_hour=row.review_hour,
        quiet_start=row.quiet_start,
        quiet_end=row.quiet_end,
        paused_until=row.paused_until,
        next_review_at=row.next_review_at,
        created_at=row.created_at,
        language=languages.parse(row.language),
        partner_gender=PartnerGender(row.partner_gender) if row.partner_gender else None,
    )

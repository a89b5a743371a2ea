"""All of a user's data at once: export and erase."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Table,
    delete,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.storage.tables import (
    Base,
    ConflictRow,
    InvitationRow,
    LinkAttemptRow,
    NudgeRow,
    OnboardingRow,
    PartnerLinkRow,
    PauseRow,
    QuizRow,
    ReviewRow,
    UserRow,
)

#: Every table that holds a user's data, by the column that names the user.
USER_TABLES: tuple[tuple[type[Base], str], ...] = (
    (NudgeRow, "user_id"),
    (OnboardingRow, "user_id"),
    (QuizRow, "user_id"),
    (PauseRow, "user_id"),
    (ReviewRow, "user_id"),
    (ConflictRow, "user_id"),
    #: The user's own side of a link (the other side's row is the other user's).
    (PartnerLinkRow, "user_id"),
    (InvitationRow, "inviter_id"),
    (UserRow, "id"),
)
#: Tables keyed by the Telegram user id (kept before someone is a user).
TELEGRAM_TABLES: tuple[tuple[type[Base], str], ...] = ((LinkAttemptRow, "telegram_id"),)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


async def export(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, object]]]:
    """Every row about the user, table by table, as JSON-ready values."""
    exported: dict[str, list[dict[str, object]]] = {}
    telegram_id = await session.scalar(select(UserRow.telegram_id).where(UserRow.id == user_id))
    keyed: list[tuple[type[Base], str, int | None]] = [
        (model, column, user_id) for model, column in USER_TABLES
    ]
    keyed += [(model, column, telegram_id) for model, column in TELEGRAM_TABLES]
    for model, column, key in keyed:
        table = cast(Table, model.__table__)
        rows = await session.execute(
            select(table).where(table.c[column] == key).order_by(*table.primary_key.columns)
        )
        exported[table.name] = [
            {key: _plain(value) for key, value in row._mapping.items()} for row in rows
        ]
    return exported


async def erase(session: AsyncSession, user_id: int) -> None:
    """Erase the user and everything about them, table by table (not relying on cascades).

    The user row is locked first, so a planning tick or a tap for this user waits and
    then finds them gone instead of adding rows behind the deletes. A link ends: the other
    side's row goes too (it names this user), so nothing this user shared is left behind.
    """
    telegram_id = await session.scalar(
        select(UserRow.telegram_id).where(UserRow.id == user_id).with_for_update()
    )
    await session.execute(delete(PartnerLinkRow).where(PartnerLinkRow.partner_id == user_id))
    for model, column in TELEGRAM_TABLES:
        table = cast(Table, model.__table__)
        await session.execute(delete(table).where(table.c[column] == telegram_id))
    for model, column in USER_TABLES:
        table = cast(Table, model.__table__)
        await session.execute(delete(table).where(table.c[column] == user_id))

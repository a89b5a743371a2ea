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
    NudgeRow,
    OnboardingRow,
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
    (UserRow, "id"),
)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


async def export(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, object]]]:
    """Every row about the user, table by table, as JSON-ready values."""
    exported: dict[str, list[dict[str, object]]] = {}
    for model, column in USER_TABLES:
        table = cast(Table, model.__table__)
        rows = await session.execute(
            select(table).where(table.c[column] == user_id).order_by(*table.primary_key.columns)
        )
        exported[table.name] = [
            {key: _plain(value) for key, value in row._mapping.items()} for row in rows
        ]
    return exported


async def erase(session: AsyncSession, user_id: int) -> None:
    """Erase the user and everything about them, table by table (not relying on cascades).

    The user row is locked first, so a planning tick or a tap for this user waits and
    then finds them gone instead of adding rows behind the deletes.
    """
    await session.execute(select(UserRow.id).where(UserRow.id == user_id).with_for_update())
    for model, column in USER_TABLES:
        table = cast(Table, model.__table__)
        await session.execute(delete(table).where(table.c[column] == user_id))

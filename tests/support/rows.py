"""The app's rows, read back: snapshots for 'nothing changed', nudges, waiting for a write."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.app import NudgerApp
from nudger.storage.tables import Base, NudgeRow

#: Tables holding users' data and state: every table but the bookkeeping of update ids seen
#: (each update, even one that is refused and changes nothing, is recorded there) and the
#: shared send budget.
STATE_TABLES = [
    t for t in Base.metadata.sorted_tables if t.name not in ("updates_seen", "send_budget")
]


async def snapshot(engine: AsyncEngine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for 'nothing changed' checks."""
    tables = [table.name for table in STATE_TABLES]
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with engine.connect() as connection:
        for table in tables:
            rows = await connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            out[table] = [tuple(r) for r in rows]
    return out


async def eventually(check: Callable[[], Awaitable[bool]]) -> None:
    """Wait (up to 5 s) until an async condition holds, e.g. a row written after a reply."""
    async with asyncio.timeout(5):
        while not await check():  # noqa: ASYNC110 - the condition lives in the database
            await asyncio.sleep(0.01)


async def nudges(app: NudgerApp) -> list[NudgeRow]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(select(NudgeRow).order_by(NudgeRow.due_at))
        return list(rows)  # type: ignore[arg-type]


async def first_due(app: NudgerApp) -> datetime:
    planned = [n for n in await nudges(app) if n.state == "planned"]
    assert planned, "onboarding planned no nudges"
    return min(n.due_at for n in planned)


def _refers_to_users(column: Any) -> bool:
    return column.name == "user_id" or any(
        fk.column.table.name == "users" for fk in column.foreign_keys
    )


async def traces(app: NudgerApp, user_id: int, telegram_id: int, partner: str) -> list[str]:
    """Every place in EVERY table of the metadata that still names this user."""
    found = []
    async with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in (await connection.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    is_user_column = _refers_to_users(column) or (
                        table.name == "users" and column.name == "id"
                    )
                    if is_user_column and value == user_id:
                        found.append(f"{table.name}.{column.name}={value}")
                    if isinstance(value, int) and value == telegram_id:
                        found.append(f"{table.name}.{column.name}=telegram id")
                    if isinstance(value, str) and partner in value:
                        found.append(f"{table.name}.{column.name}=partner name")
    return found

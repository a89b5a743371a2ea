"""Telegram update ids already handled, so a redelivery is dropped."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import (
    Table,
    delete,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.storage.tables import (
    UpdateSeenRow,
)

_updates_seen = cast(Table, UpdateSeenRow.__table__)


async def record_seen(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record a Telegram update id; False if it was recorded before (a redelivery)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(_updates_seen)
        .values(update_id=update_id, seen_at=now)
        .on_conflict_do_nothing(index_elements=[_updates_seen.c.update_id])
    )
    result = await session.execute(stmt)
    return bool(getattr(result, "rowcount", 0))


async def seen(session: AsyncSession, update_id: int) -> bool:
    found = await session.scalar(
        select(_updates_seen.c.update_id).where(_updates_seen.c.update_id == update_id)
    )
    return found is not None


async def forget_before(session: AsyncSession, before: datetime) -> int:
    """Delete the record of updates seen before ``before``; returns how many."""
    result = await session.execute(delete(_updates_seen).where(_updates_seen.c.seen_at < before))
    return int(getattr(result, "rowcount", 0) or 0)

"""Counts for monitoring; nothing about any one user."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.model import (
    NudgeState,
)
from nudger.storage.tables import (
    NudgeRow,
)


async def count_by_state(session: AsyncSession) -> dict[str, int]:
    """How many nudge rows are in each state (states with none are left out), one query."""
    rows = await session.execute(select(NudgeRow.state, func.count()).group_by(NudgeRow.state))
    return {state: int(count) for state, count in rows}


async def oldest_due(session: AsyncSession, now: datetime) -> datetime | None:
    """The due time of the oldest planned nudge whose time has come, if any."""
    return await session.scalar(
        select(func.min(NudgeRow.due_at)).where(
            NudgeRow.state == NudgeState.PLANNED.value, NudgeRow.due_at <= now
        )
    )

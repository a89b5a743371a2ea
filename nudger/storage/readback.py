"""Reading nudges back for tests and the benchmark: their owners, due times and states.

The service never calls these. They live in storage because only storage speaks SQL; the
helpers in :mod:`nudger.testing` that seed nudges and wait for them to be delivered use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.storage.tables import NudgeRow


async def owners_and_due(session: AsyncSession) -> list[tuple[int, int, datetime]]:
    """Every nudge as (id, user id, due time)."""
    rows = await session.execute(select(NudgeRow.id, NudgeRow.user_id, NudgeRow.due_at))
    return [(nudge, user, due) for nudge, user, due in rows]


async def states(session: AsyncSession, ids: Iterable[int] | None = None) -> dict[int, str]:
    """The state of each nudge (of those in ``ids``, if given)."""
    rows = (await session.execute(select(NudgeRow.id, NudgeRow.state))).all()
    wanted = None if ids is None else set(ids)
    return {nudge: state for nudge, state in rows if wanted is None or nudge in wanted}


async def count_states_between(session: AsyncSession, low: int, high: int) -> dict[str, int]:
    """How many of the nudges with ids ``low`` to ``high`` are in each state (one query)."""
    rows = await session.execute(
        select(NudgeRow.state, func.count())
        .where(NudgeRow.id.between(low, high))
        .group_by(NudgeRow.state)
    )
    return {state: int(count) for state, count in rows}


async def ids_in(session: AsyncSession, state: str) -> set[int]:
    return set(await session.scalars(select(NudgeRow.id).where(NudgeRow.state == state)))


async def count_in(session: AsyncSession, state: str) -> int:
    found = await session.scalar(
        select(func.count()).select_from(NudgeRow).where(NudgeRow.state == state)
    )
    return int(found or 0)

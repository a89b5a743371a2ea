"""What a user did: pauses, /conflict uses, delivered nudges and answer tallies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.model import (
    DELIVERED,
    NudgeState,
)
from nudger.storage.tables import (
    ConflictRow,
    NudgeRow,
    PauseRow,
)


async def pause_periods(
    session: AsyncSession, user_id: int
) -> list[tuple[datetime, datetime | None]]:
    """Every pause of the user, oldest first; an open one ends with None."""
    rows = await session.execute(
        select(PauseRow.started_at, PauseRow.ended_at)
        .where(PauseRow.user_id == user_id)
        .order_by(PauseRow.started_at)
    )
    return [(start, end) for start, end in rows]


async def add_conflict(session: AsyncSession, user_id: int, now: datetime) -> None:
    session.add(ConflictRow(user_id=user_id, at=now))
    await session.flush()


async def conflict_times(session: AsyncSession, user_id: int, since: datetime) -> list[datetime]:
    rows = await session.scalars(
        select(ConflictRow.at)
        .where(ConflictRow.user_id == user_id, ConflictRow.at >= since)
        .order_by(ConflictRow.at)
    )
    return list(rows)


async def prompt_histories(
    session: AsyncSession, user_ids: Iterable[int], since: datetime
) -> dict[int, dict[str, datetime]]:
    """When each prompt was last sent to each user, for sends after ``since``: one query
    (every user asked for gets an entry)."""
    ids = sorted(set(user_ids))
    found: dict[int, dict[str, datetime]] = {user_id: {} for user_id in ids}
    if not ids:
        return found
    rows = await session.execute(
        select(NudgeRow.user_id, NudgeRow.prompt_id, func.max(NudgeRow.sent_at))
        .where(
            NudgeRow.user_id.in_(ids),
            NudgeRow.sent_at >= since,
            NudgeRow.prompt_id.is_not(None),
        )
        .group_by(NudgeRow.user_id, NudgeRow.prompt_id)
    )
    for user_id, prompt_id, sent_at in rows:
        if prompt_id is not None and sent_at is not None:
            found[user_id][prompt_id] = sent_at
    return found


@dataclass(frozen=True)
class NudgeRecord:
    id: int
    state: NudgeState
    sent_at: datetime | None
    answered_at: datetime | None
    prompt_id: str | None = None


async def delivered_since(
    session: AsyncSession, user_id: int, since: datetime
) -> list[NudgeRecord]:
    """Nudges that reached the user since ``since`` (by send time)."""
    rows = await session.scalars(
        select(NudgeRow)
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.sent_at >= since,
            NudgeRow.state.in_([s.value for s in DELIVERED]),
        )
        .order_by(NudgeRow.sent_at)
    )
    return [
        NudgeRecord(row.id, NudgeState(row.state), row.sent_at, row.answered_at, row.prompt_id)
        for row in rows
    ]


_LEARNED_FROM = (NudgeState.DONE.value, NudgeState.SKIPPED.value)


async def answer_histories(
    session: AsyncSession, user_ids: Iterable[int], since: datetime
) -> dict[int, list[tuple[str, NudgeState, datetime]]]:
    """Each user's Done and Skip answers given since ``since``, oldest first, in one query.

    Every user asked for has an entry (maybe empty). Items are
    ``(prompt_id, state, answered_at)``; snoozes are not answers about the prompt.
    """
    ids = sorted(set(user_ids))
    found: dict[int, list[tuple[str, NudgeState, datetime]]] = {user_id: [] for user_id in ids}
    if not ids:
        return found
    rows = await session.execute(
        select(NudgeRow.user_id, NudgeRow.prompt_id, NudgeRow.state, NudgeRow.answered_at)
        .where(
            NudgeRow.user_id.in_(ids),
            NudgeRow.state.in_(_LEARNED_FROM),
            NudgeRow.answered_at >= since,
            NudgeRow.prompt_id.is_not(None),
        )
        .order_by(NudgeRow.user_id, NudgeRow.answered_at, NudgeRow.id)
    )
    for user_id, prompt_id, state, answered_at in rows:
        if prompt_id is not None and answered_at is not None:
            found[user_id].append((prompt_id, NudgeState(state), answered_at))
    return found

"""The nudge aggregate: plan, claim, send, answer and reap nudge rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.answers import TappedNudge
from nudger.domain.model import (
    ClaimedNudge,
    NudgeSource,
    NudgeState,
    Outcome,
)
from nudger.domain.planning import PlannedSlot
from nudger.storage.rows import NUDGES
from nudger.storage.tables import (
    NudgeRow,
    UserRow,
)


async def cancel_planned(
    session: AsyncSession, user_id: int, only: NudgeSource | None = None
) -> None:
    """Drop nudges that were planned but not yet claimed (only those from ``only``, if given)."""
    conditions = [NudgeRow.user_id == user_id, NudgeRow.state == NudgeState.PLANNED.value]
    if only is not None:
        conditions.append(NudgeRow.source == only.value)
    await session.execute(delete(NudgeRow).where(*conditions))


async def insert_planned(
    session: AsyncSession,
    user_id: int,
    slots: Sequence[PlannedSlot],
    now: datetime,
    state: NudgeState = NudgeState.PLANNED,
) -> int:
    """Insert planned slots; ones already there are left alone. Returns rows inserted.

    With ``state=CANCELLED`` the slots are reserved but never sent, so later planning
    ticks (which draw the same times) do not add them again.
    """
    return await insert_plans(session, [(user_id, slots)], now, state)


async def insert_plans(
    session: AsyncSession,
    plans: Iterable[tuple[int, Sequence[PlannedSlot]]],
    now: datetime,
    state: NudgeState = NudgeState.PLANNED,
) -> int:
    """:func:`insert_planned` for several users (``(user id, slots)`` pairs). Returns rows
    inserted."""
    values = [
        {
            "user_id": user_id,
            "source": NudgeSource.PLAN.value,
            "local_date": s.local_date,
            "slot": s.slot,
            "due_at": s.due_at,
            "state": state.value,
            "attempt": 0,
            "created_at": now,
            "error": None if state is NudgeState.PLANNED else "too_close",
        }
        for user_id, slots in plans
        for s in slots
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    if not values:
        return 0
    # An executemany: SQLAlchemy sends it as a few multi-row INSERTs ("insertmanyvalues")
    # from one cached compilation; .values(list) would compile every parameter anew.
    stmt = insert(NUDGES).on_conflict_do_nothing().returning(NUDGES.c.id)
    result = await session.execute(stmt, values)
    return len(result.all())


async def add(
    session: AsyncSession,
    user_id: int,
    due_at: datetime,
    source: NudgeSource,
    now: datetime,
    prompt_id: str | None = None,
) -> int:
    row = NudgeRow(
        user_id=user_id,
        source=source.value,
        prompt_id=prompt_id,
        due_at=due_at,
        state=NudgeState.PLANNED.value,
        attempt=0,
        created_at=now,
    )
    session.add(row)
    await session.flush()
    return row.id


async def claim_due(
    session: AsyncSession, now: datetime, not_before: datetime, limit: int, lease_until: datetime
) -> list[ClaimedNudge]:
    """Claim up to ``limit`` due nudges: state ``sending``, attempt + 1, a lease.

    On PostgreSQL the rows are picked with ``FOR UPDATE SKIP LOCKED`` so several
    dispatchers never claim the same row; on SQLite the transaction's
    ``BEGIN IMMEDIATE`` gives the same guarantee. Commit before sending.
    """
    due = (
        select(NudgeRow.id)
        .where(
            NudgeRow.state == NudgeState.PLANNED.value,
            NudgeRow.due_at <= now,
            NudgeRow.due_at >= not_before,
        )
        .order_by(NudgeRow.due_at, NudgeRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    result = await session.execute(
        update(NUDGES)
        .where(NUDGES.c.id.in_(due.scalar_subquery()))
        .values(
            state=NudgeState.SENDING.value,
            attempt=NUDGES.c.attempt + 1,
            lease_until=lease_until,
        )
        .returning(
            NUDGES.c.id,
            NUDGES.c.user_id,
            NUDGES.c.attempt,
            NUDGES.c.prompt_id,
            NUDGES.c.source,
            NUDGES.c.due_at,
        )
    )
    rows = result.all()
    if not rows:
        return []
    users = await session.execute(
        select(UserRow.id, UserRow.chat_id).where(UserRow.id.in_({r.user_id for r in rows}))
    )
    chats = {user_id: chat_id for user_id, chat_id in users}
    claimed = [
        ClaimedNudge(
            id=r.id,
            user_id=r.user_id,
            chat_id=chats[r.user_id],
            attempt=r.attempt,
            prompt_id=r.prompt_id,
            source=NudgeSource(r.source),
            due_at=r.due_at,
            lease_until=lease_until,
        )
        for r in rows
    ]
    return sorted(claimed, key=lambda c: (c.due_at, c.id))


async def _fenced(session: AsyncSession, nudge_id: int, attempt: int, **values: object) -> bool:
    """Update a claimed nudge only if this claim still owns it (attempt is the fence)."""
    result = await session.execute(
        update(NUDGES)
        .where(
            NUDGES.c.id == nudge_id,
            NUDGES.c.attempt == attempt,
            NUDGES.c.state == NudgeState.SENDING.value,
        )
        .values(**values)
    )
    return bool(getattr(result, "rowcount", 0))


async def set_prompts(session: AsyncSession, chosen: Sequence[tuple[ClaimedNudge, str]]) -> None:
    """Store the prompt chosen for each claimed nudge (fenced by its claim), one executemany."""
    if not chosen:
        return
    await session.execute(
        update(NUDGES)
        .where(
            NUDGES.c.id == bindparam("b_id"),
            NUDGES.c.attempt == bindparam("b_attempt"),
            NUDGES.c.state == NudgeState.SENDING.value,
        )
        .values(prompt_id=bindparam("b_prompt")),
        [{"b_id": n.id, "b_attempt": n.attempt, "b_prompt": prompt} for n, prompt in chosen],
    )


async def mark_sent(
    session: AsyncSession, sent: Sequence[tuple[ClaimedNudge, int]], now: datetime
) -> set[int]:
    """Record that Telegram took these claimed nudges (``(nudge, message id)`` pairs); returns
    the ids recorded.

    Each row is recorded only if its claim still owns it (same attempt, still ``sending``). Two
    statements of fixed shape (an executemany, then a look-up), so both are compiled once per
    process.
    """
    if not sent:
        return set()
    await session.execute(
        update(NUDGES)
        .where(
            NUDGES.c.id == bindparam("b_id"),
            NUDGES.c.attempt == bindparam("b_attempt"),
            NUDGES.c.state == NudgeState.SENDING.value,
        )
        .values(
            state=NudgeState.SENT.value,
            message_id=bindparam("b_message"),
            sent_at=bindparam("b_now"),
            lease_until=None,
            error=None,
        ),
        [
            {"b_id": n.id, "b_attempt": n.attempt, "b_message": message, "b_now": now}
            for n, message in sent
        ],
    )
    recorded = await session.scalars(
        select(NudgeRow.id).where(
            tuple_(NudgeRow.id, NudgeRow.attempt).in_(bindparam("keys", expanding=True)),
            NudgeRow.state == NudgeState.SENT.value,
        ),
        {"keys": [(n.id, n.attempt) for n, _ in sent]},
    )
    return set(recorded)


async def release(session: AsyncSession, nudge: ClaimedNudge, due_at: datetime, error: str) -> bool:
    """Give a claimed nudge back to be tried again at ``due_at``."""
    return await _fenced(
        session,
        nudge.id,
        nudge.attempt,
        state=NudgeState.PLANNED.value,
        due_at=due_at,
        lease_until=None,
        error=error,
    )


async def finish(
    session: AsyncSession,
    nudge: ClaimedNudge,
    state: NudgeState,
    error: str | None,
    sent_at: datetime | None = None,
) -> bool:
    """End a claimed nudge in ``state`` (fenced by its claim).

    ``sent_at``: when a send that may have reached the user ended (``unknown``), so that it
    counts where sends count: the weekly review, the gap to the next nudge, the prompt's
    repeat window.
    """
    values: dict[str, object] = {"state": state.value, "lease_until": None, "error": error}
    if sent_at is not None:
        values["sent_at"] = sent_at
    return await _fenced(session, nudge.id, nudge.attempt, **values)


@dataclass(frozen=True)
class Reaped:
    recovered: int
    expired: int


async def reap(session: AsyncSession, now: datetime, not_before: datetime) -> Reaped:
    """Give back claims whose lease ran out, and expire nudges too late to send."""
    recovered = await session.execute(
        update(NUDGES)
        .where(
            NUDGES.c.state == NudgeState.SENDING.value,
            NUDGES.c.lease_until < now,
        )
        .values(state=NudgeState.PLANNED.value, lease_until=None, error="lease_expired")
    )
    expired = await session.execute(
        update(NUDGES)
        .where(
            NUDGES.c.state == NudgeState.PLANNED.value,
            NUDGES.c.due_at < not_before,
        )
        .values(state=NudgeState.EXPIRED.value)
    )
    return Reaped(
        recovered=int(getattr(recovered, "rowcount", 0) or 0),
        expired=int(getattr(expired, "rowcount", 0) or 0),
    )


#: The press path's statements, built once (docs/performance.md).
_FOR_ANSWER = select(NUDGES.c.state, NUDGES.c.sent_at, NUDGES.c.due_at, NUDGES.c.prompt_id).where(
    NUDGES.c.id == bindparam("nudge_id"), NUDGES.c.user_id == bindparam("user_id")
)
_RECORD_ANSWER = (
    update(NUDGES)
    .where(NUDGES.c.id == bindparam("nudge_id"), NUDGES.c.state == bindparam("from_state"))
    .values(
        state=bindparam("to_state"),
        answered_at=bindparam("now"),
        sent_at=func.coalesce(NUDGES.c.sent_at, bindparam("now")),
    )
)


async def for_answer(session: AsyncSession, nudge_id: int, user_id: int) -> TappedNudge | None:
    """The nudge a tap names, if it is the user's: only its owner can answer it."""
    row = (
        await session.execute(_FOR_ANSWER, {"nudge_id": nudge_id, "user_id": user_id})
    ).one_or_none()
    if row is None:
        return None
    return TappedNudge(NudgeState(row.state), row.sent_at, row.due_at, row.prompt_id)


async def record_answer(
    session: AsyncSession, nudge_id: int, from_state: NudgeState, outcome: Outcome, now: datetime
) -> bool:
    """Move the nudge from ``from_state`` (as read) to the outcome's state. False if another
    tap moved it first: the state in the WHERE makes only the first tap count.

    A nudge without a send time gets ``now``: a tap on an ``unknown`` send proves it arrived.
    """
    result = await session.execute(
        _RECORD_ANSWER,
        {
            "nudge_id": nudge_id,
            "from_state": from_state.value,
            "to_state": outcome.state.value,
            "now": now,
        },
    )
    return bool(getattr(result, "rowcount", 0))


async def next_planned(session: AsyncSession, user_id: int) -> datetime | None:
    return await session.scalar(
        select(func.min(NudgeRow.due_at)).where(
            NudgeRow.user_id == user_id, NudgeRow.state == NudgeState.PLANNED.value
        )
    )


async def has_pending(session: AsyncSession, user_id: int, source: NudgeSource) -> bool:
    """Whether a nudge of this kind is waiting to be sent (or being sent) to the user."""
    found = await session.scalar(
        select(NudgeRow.id)
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.source == source.value,
            NudgeRow.state.in_([NudgeState.PLANNED.value, NudgeState.SENDING.value]),
        )
        .limit(1)
    )
    return found is not None


async def recent_sends(session: AsyncSession, user_id: int, since: datetime) -> list[datetime]:
    """When nudges went (or are going) out to the user since ``since``."""
    rows = await session.execute(
        select(NudgeRow.sent_at, NudgeRow.due_at, NudgeRow.state).where(
            NudgeRow.user_id == user_id,
            or_(
                NudgeRow.sent_at >= since,
                and_(NudgeRow.state == NudgeState.SENDING.value, NudgeRow.due_at >= since),
            ),
        )
    )
    return [sent_at or due_at for sent_at, due_at, _ in rows]

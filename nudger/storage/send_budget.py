"""The shared send budget rows: slots for the bot and per chat, and the 429 hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import (
    Table,
    bindparam,
    case,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.storage.tables import (
    SendBudgetRow,
)

_budget = cast(Table, SendBudgetRow.__table__)


@dataclass(frozen=True)
class BudgetState:
    next_slot: float  # wall-clock seconds since the epoch
    hold_until: datetime | None


async def state(session: AsyncSession, name: str) -> BudgetState:
    row = (
        await session.execute(
            select(_budget.c.next_slot, _budget.c.hold_until).where(_budget.c.name == name)
        )
    ).one_or_none()
    return BudgetState(0.0, None) if row is None else BudgetState(row.next_slot, row.hold_until)


async def _ensure_budget(session: AsyncSession, name: str) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(insert(_budget).values(name=name, next_slot=0.0).on_conflict_do_nothing())


async def reserve_slots(
    session: AsyncSession,
    name: str,
    count: int,
    wall_now: float,
    interval: float,
    start: float | None = None,
) -> tuple[float, datetime | None]:
    """Take ``count`` send slots ``interval`` seconds apart, after every slot already taken.

    If no slot is taken from ``wall_now`` on (a quiet spell), the first is at ``start``
    (default ``wall_now``; never before it). Returns the first slot's time and the shared
    hold. The row is updated in one statement, so concurrent workers each get their own slots.
    """
    first = case(
        (_budget.c.next_slot >= wall_now, _budget.c.next_slot),
        else_=wall_now if start is None else max(start, wall_now),
    )
    stmt = (
        update(_budget)
        .where(_budget.c.name == name)
        .values(next_slot=first + count * interval)
        .returning(_budget.c.next_slot, _budget.c.hold_until)
    )
    row = (await session.execute(stmt)).one_or_none()
    if row is None:
        await _ensure_budget(session, name)
        row = (await session.execute(stmt)).one()
    return row.next_slot - count * interval, row.hold_until


async def reserve_each(
    session: AsyncSession, counts: dict[str, int], wall_now: float, interval: float
) -> dict[str, float]:
    """:func:`reserve_slots` for several rows at once (rows are created as needed).

    ``counts`` maps each row's name to how many slots to take from it; returns each row's
    first slot. One upsert that moves every row on by its count, sent as an executemany so
    that it is compiled once per process.
    """
    if not counts:
        return {}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    later = func.greatest if dialect == "postgresql" else func.max
    rows_in = insert(_budget).values(name=bindparam("b_name"), next_slot=bindparam("b_next"))
    stmt = rows_in.on_conflict_do_update(
        index_elements=[_budget.c.name],
        # excluded.next_slot - b_wall is this row's count * interval
        set_={
            "next_slot": later(_budget.c.next_slot, bindparam("b_wall"))
            + rows_in.excluded.next_slot
            - bindparam("b_wall")
        },
    ).returning(_budget.c.name, _budget.c.next_slot)
    params = [
        {"b_name": name, "b_next": wall_now + n * interval, "b_wall": wall_now}
        for name, n in sorted(counts.items())  # one order for all: no deadlocks
    ]
    rows = (await session.execute(stmt, params)).all()
    return {row.name: row.next_slot - counts[row.name] * interval for row in rows}


async def forget_slots(session: AsyncSession, prefix: str, before: float) -> int:
    """Delete the budget rows named ``prefix…`` whose next slot is before ``before``."""
    result = await session.execute(
        delete(_budget).where(_budget.c.name.startswith(prefix), _budget.c.next_slot < before)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def hold_sends(session: AsyncSession, name: str, until: datetime) -> datetime:
    """Hold every send until ``until`` (or a later hold already set); returns the hold."""
    await _ensure_budget(session, name)
    current: datetime | None = await session.scalar(
        select(_budget.c.hold_until).where(_budget.c.name == name).with_for_update()
    )
    if current is not None and current >= until:
        return current
    await session.execute(update(_budget).where(_budget.c.name == name).values(hold_until=until))
    return until

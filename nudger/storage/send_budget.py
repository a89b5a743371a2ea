"""The shared send budget rows: slots for the bot and per chat, the 429 hold, and the free
sends' tokens of paid broadcasts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import (
    Table,
    bindparam,
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
    session: AsyncSession, name: str, count: int, wall_now: float, interval: float
) -> tuple[float, datetime | None]:
    """Take ``count`` send slots ``interval`` seconds apart, after every slot already taken.

    Returns the first slot's time and the shared hold. The row is updated in one statement,
    so concurrent workers each get their own slots.
    """
    dialect = session.get_bind().dialect.name
    later = func.greatest if dialect == "postgresql" else func.max
    stmt = (
        update(_budget)
        .where(_budget.c.name == name)
        .values(next_slot=later(_budget.c.next_slot, wall_now) + count * interval)
        .returning(_budget.c.next_slot, _budget.c.hold_until)
    )
    row = (await session.execute(stmt)).one_or_none()
    if row is None:
        await _ensure_budget(session, name)
        row = (await session.execute(stmt)).one()
    return row.next_slot - count * interval, row.hold_until


async def take_token(
    session: AsyncSession, names: Sequence[str], wall_now: float, window: float
) -> float | None:
    """Take one of the rows ``names`` (tokens) whose ``next_slot`` has come: it comes again
    ``window`` seconds from ``wall_now``. So no token is taken twice within ``window``, and at
    most ``len(names)`` are taken within any ``window`` seconds, by all processes together.

    Returns None if a token was taken (one UPDATE; on PostgreSQL the token is picked with
    ``FOR UPDATE SKIP LOCKED``, on SQLite the transaction's ``BEGIN IMMEDIATE`` serialises
    takers), else when the first of them comes (no token comes before that: a token only
    ever moves later). Missing rows are created, free at once. Only a miss costs more: a
    look at when the first token comes, and one more try if one is free after all (another
    process created the rows, or let go of a token it had locked, meanwhile).
    """
    if not names:
        return math.inf
    pick = (
        select(_budget.c.name)
        .where(_budget.c.name.in_(names), _budget.c.next_slot <= wall_now)
        .order_by(_budget.c.next_slot, _budget.c.name)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    take = (
        update(_budget)
        .where(_budget.c.name.in_(pick.scalar_subquery()))
        .values(next_slot=wall_now + window)
        .returning(_budget.c.name)
    )
    for _ in range(2):
        if (await session.execute(take)).first() is not None:
            return None
        earliest, found = (
            await session.execute(
                select(func.min(_budget.c.next_slot), func.count()).where(_budget.c.name.in_(names))
            )
        ).one()
        if found == len(names) and earliest > wall_now:
            return float(earliest)
        if found < len(names):  # the first take on this database, or more tokens than before
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            await session.execute(
                insert(_budget).on_conflict_do_nothing(),
                [{"name": name, "next_slot": 0.0} for name in names],
            )
        # else a token came free (or its rows were created) by another process meanwhile
    return wall_now  # taken again by others meanwhile: this send goes paid


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

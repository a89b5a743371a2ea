"""One update, one transaction: the record that it was handled commits with what it changed.

Two engines stand for two receiving processes (two connections, as two ``nudger run``
would have), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.domain.styles import AttachmentStyle
from nudger.errors import AlreadyHandled
from nudger.storage import partners, updates
from nudger.storage.db import create_engine, session_factory
from nudger.storage.tables import UpdateSeenRow, UserRow
from nudger.storage.updates import UpdateSessions

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POSTGRES_ONLY = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
#: How long the first process holds its transaction open while the second tries.
HOLD = 0.3


@pytest.fixture
async def other_engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(db_url)
    yield engine
    await engine.dispose()


def _sessions(engine: AsyncEngine) -> UpdateSessions:
    return UpdateSessions(session_factory(engine), lambda: NOW)


async def _add_user(sessions: UpdateSessions, telegram_id: int) -> None:
    async with sessions.begin() as session:
        session.add(
            UserRow(telegram_id=telegram_id, chat_id=telegram_id, created_at=NOW, updated_at=NOW)
        )


async def _telegram_ids(sessions: UpdateSessions) -> list[int]:
    async with sessions() as session:
        return list((await session.scalars(select(UserRow.telegram_id))).all())


async def _seen(sessions: UpdateSessions) -> list[int]:
    async with sessions() as session:
        return list((await session.scalars(select(UpdateSeenRow.update_id))).all())


async def test_an_update_commits_with_its_record_or_not_at_all(engine: AsyncEngine) -> None:
    sessions = _sessions(engine)

    async def failing() -> None:
        async with sessions.update(1, sender=7):
            await _add_user(sessions, 7)
            raise RuntimeError("the handler failed")

    with pytest.raises(RuntimeError):
        await failing()
    assert (await _telegram_ids(sessions), await _seen(sessions)) == ([], [])
    # Handled again (a retry or a redelivery): this time it commits, record and all.
    async with sessions.update(1, sender=7) as scope:
        await _add_user(sessions, 7)
        async with sessions() as session:  # the same transaction sees its own write
            assert await session.scalar(select(UserRow.telegram_id)) == 7
        await scope.settle()
    assert (await _telegram_ids(sessions), await _seen(sessions)) == ([7], [1])

    # A redelivery stops at its first use of the database, and changes nothing.
    async def redelivered() -> None:
        async with sessions.update(1, sender=7):
            await _add_user(sessions, 8)

    with pytest.raises(AlreadyHandled):
        await redelivered()
    assert await _telegram_ids(sessions) == [7]


async def test_work_not_settled_is_rolled_back_and_callbacks_wait_for_the_commit(
    engine: AsyncEngine,
) -> None:
    sessions = _sessions(engine)
    woken: list[str] = []
    async with sessions.update(2, sender=7):
        await _add_user(sessions, 7)
        sessions.after_commit(lambda: woken.append("never"))
    assert (await _telegram_ids(sessions), woken) == ([], [])
    async with sessions.update(3, sender=7) as scope:
        await _add_user(sessions, 7)
        sessions.after_commit(lambda: woken.append("after"))
        assert woken == []
        await scope.settle()
        assert woken == ["after"]
        # After settling, each use is a transaction of its own (the work so far is kept).
        await _add_user(sessions, 8)
    assert sorted(await _telegram_ids(sessions)) == [7, 8]
    sessions.after_commit(lambda: woken.append("outside"))  # no update: at once
    assert woken == ["after", "outside"]


async def test_an_update_without_database_work_is_still_recorded(engine: AsyncEngine) -> None:
    sessions = _sessions(engine)
    async with sessions.update(4, sender=0) as scope:
        await scope.settle()
    assert await _seen(sessions) == [4]

    async def again() -> None:
        async with sessions.update(4, sender=0) as scope:
            await scope.settle()

    with pytest.raises(AlreadyHandled):
        await again()


async def test_the_same_update_in_two_processes_at_once_is_handled_once(
    engine: AsyncEngine, other_engine: AsyncEngine
) -> None:
    first, second = _sessions(engine), _sessions(other_engine)
    entered = asyncio.Event()

    async def slow_first() -> None:
        async with first.update(5, sender=7) as scope:
            await _add_user(first, 7)
            entered.set()
            await asyncio.sleep(HOLD)
            await scope.settle()

    async def second_copy() -> str:
        await entered.wait()
        try:
            async with second.update(5, sender=7) as scope:
                await _add_user(second, 7)
                await scope.settle()
        except AlreadyHandled:
            return "dropped"
        return "handled"

    _, outcome = await asyncio.gather(slow_first(), second_copy())
    assert outcome == "dropped"  # it waited for the first, then found its record
    assert await _telegram_ids(first) == [7]


async def test_one_senders_updates_take_turns_across_processes(
    engine: AsyncEngine, other_engine: AsyncEngine
) -> None:
    first, second = _sessions(engine), _sessions(other_engine)
    log: list[str] = []
    entered = asyncio.Event()

    async def update(sessions: UpdateSessions, update_id: int, telegram_id: int) -> None:
        async with sessions.update(update_id, sender=7) as scope:
            async with sessions() as session:
                await session.scalar(select(UserRow.id))
            log.append(f"start {update_id}")
            entered.set()
            await _add_user(sessions, telegram_id)
            await asyncio.sleep(HOLD if update_id == 6 else 0)
            log.append(f"end {update_id}")
            await scope.settle()

    async def later() -> None:
        await entered.wait()
        await update(second, 7, 71)

    await asyncio.gather(update(first, 6, 70), later())
    assert log == ["start 6", "end 6", "start 7", "end 7"]
    assert sorted(await _telegram_ids(first)) == [70, 71]


@pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
async def test_different_senders_go_side_by_side_on_postgresql(
    engine: AsyncEngine, other_engine: AsyncEngine
) -> None:
    first, second = _sessions(engine), _sessions(other_engine)
    log: list[str] = []
    entered = asyncio.Event()

    async def slow() -> None:
        async with first.update(8, sender=7) as scope:
            await _add_user(first, 7)
            entered.set()
            await asyncio.sleep(HOLD)
            log.append("end 8")
            await scope.settle()

    async def other_sender() -> None:
        await entered.wait()
        async with second.update(9, sender=8) as scope:
            await _add_user(second, 8)
            log.append("end 9")
            await scope.settle()

    await asyncio.gather(slow(), other_sender())
    assert log == ["end 9", "end 8"]  # sender 8 did not wait for sender 7


async def test_what_runs_after_the_commit_runs_outside_the_update(engine: AsyncEngine) -> None:
    sessions = _sessions(engine)
    seen: list[object] = []
    async with sessions.update(10, sender=7) as scope:
        sessions.after_commit(lambda: seen.append(updates._current.get()))  # deferred
        await scope.settle()
        sessions.after_commit(lambda: seen.append(updates._current.get()))  # at once
    assert seen == [None, None]


@POSTGRES_ONLY
async def test_a_locking_read_sees_a_change_made_since_an_earlier_read(
    engine: AsyncEngine, other_engine: AsyncEngine
) -> None:
    first, second = _sessions(engine), _sessions(other_engine)
    await _add_user(first, 7)
    await _add_user(first, 8)
    async with first.begin() as session:
        ids = dict((await session.execute(select(UserRow.telegram_id, UserRow.id))).all())
        await partners.link(session, ids[7], "Kim", ids[8], "Alex", NOW)
    async with first.begin() as session:
        before = await partners.side_of(session, ids[7])
        assert before is not None and before.shared_style is None
        async with second.begin() as meanwhile:  # another process shares a style
            await partners.share_style(meanwhile, ids[7], AttachmentStyle.ANXIOUS)
        locked = await partners.side_of(session, ids[7], lock=True)
    assert locked is not None and locked.shared_style is AttachmentStyle.ANXIOUS

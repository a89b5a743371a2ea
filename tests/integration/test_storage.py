"""Repository behaviour on real SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from nudger.domain.answers import TappedNudge
from nudger.domain.model import NudgeSource, NudgeState, Outcome
from nudger.domain.planning import PlannedSlot
from nudger.errors import StartupError
from nudger.storage import history, nudges, updates, users
from nudger.storage.db import create_engine, session_factory
from nudger.storage.migrations import alembic_config, head_revision, upgrade_to_head
from nudger.storage.tables import Base, NudgeRow, UserRow

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


async def _user(sessions: async_sessionmaker[AsyncSession], telegram_id: int = 42) -> int:
    async with sessions.begin() as session:
        return (await users.ensure(session, telegram_id, telegram_id, NOW)).id


async def _due(sessions: async_sessionmaker[AsyncSession], user_id: int, n: int) -> list[int]:
    ids = []
    async with sessions.begin() as session:
        for i in range(n):
            ids.append(
                await nudges.add(
                    session, user_id, NOW - timedelta(seconds=i), NudgeSource.PLAN, NOW
                )
            )
    return ids


async def test_schema_matches_the_tables(engine: AsyncEngine) -> None:
    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as connection:
        assert await connection.run_sync(diff) == []


def test_start_up_finds_the_same_head_as_alembic() -> None:
    """Start-up reads the head revision from the files, without importing Alembic."""
    script = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite://"))
    assert head_revision() == script.get_current_head()


async def test_a_second_upgrade_finds_nothing_to_do(engine: AsyncEngine) -> None:
    assert await upgrade_to_head(engine) is False  # the fixture's database is at head
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    with pytest.raises(StartupError):  # 0005's column exists: so the upgrade really ran
        await upgrade_to_head(engine)


async def test_datetimes_round_trip_as_utc(sessions: async_sessionmaker[AsyncSession]) -> None:
    user_id = await _user(sessions)
    berlin_noon = datetime.fromisoformat("2026-11-27T12:00:00+01:00")
    async with sessions.begin() as session:
        nudge_id = await nudges.add(session, user_id, berlin_noon, NudgeSource.NOW, NOW)
    async with sessions() as session:
        row = await session.get(NudgeRow, nudge_id)
        assert row is not None
        assert row.due_at == berlin_noon
        assert row.due_at.utcoffset() == timedelta(0)
    with pytest.raises(Exception, match="naive datetime"):
        async with sessions.begin() as session:
            await nudges.add(session, user_id, datetime(2026, 1, 1), NudgeSource.NOW, NOW)


async def test_planning_inserts_each_slot_once(sessions: async_sessionmaker[AsyncSession]) -> None:
    user_id = await _user(sessions)
    slots = [
        PlannedSlot(NOW + timedelta(hours=h), date(2026, 11, 27), i) for i, h in enumerate((1, 5))
    ]
    async with sessions.begin() as session:
        assert await nudges.insert_planned(session, user_id, slots, NOW) == 2
    async with sessions.begin() as session:
        assert await nudges.insert_planned(session, user_id, slots, NOW) == 0
        moved = [PlannedSlot(s.due_at + timedelta(minutes=7), s.local_date, s.slot) for s in slots]
        assert await nudges.insert_planned(session, user_id, moved, NOW) == 0
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(NudgeRow)) == 2


async def test_claim_takes_due_rows_once_and_fences_later_writes(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    user_id = await _user(sessions)
    await _due(sessions, user_id, 3)
    async with sessions.begin() as session:
        future = await nudges.add(session, user_id, NOW + timedelta(days=1), NudgeSource.PLAN, NOW)
        stale = await nudges.add(session, user_id, NOW - timedelta(hours=3), NudgeSource.PLAN, NOW)
    lease = NOW + timedelta(minutes=2)
    not_before = NOW - timedelta(hours=2)
    async with sessions.begin() as session:
        claimed = await nudges.claim_due(session, NOW, not_before, 10, lease)
    assert len(claimed) == 3
    assert future not in {c.id for c in claimed} and stale not in {c.id for c in claimed}
    assert all(c.attempt == 1 and c.chat_id == 42 for c in claimed)
    async with sessions.begin() as session:
        assert await nudges.claim_due(session, NOW, not_before, 10, lease) == []

    # The lease runs out: the reaper gives the rows back, and the stale one expires.
    later = lease + timedelta(seconds=1)
    async with sessions.begin() as session:
        reaped = await nudges.reap(session, later, later - timedelta(hours=2))
    assert (reaped.recovered, reaped.expired) == (3, 1)
    async with sessions.begin() as session:
        again = await nudges.claim_due(session, later, later - timedelta(hours=2), 10, later)
    assert {c.id for c in again} == {c.id for c in claimed}
    assert all(c.attempt == 2 for c in again)
    async with sessions.begin() as session:
        # The first claim's late answer must not overwrite the second claim.
        assert not await nudges.mark_sent(session, [(claimed[0], 111)], later)
        assert await nudges.mark_sent(session, [(again[0], 222)], later)
    async with sessions() as session:
        row = await session.get(NudgeRow, claimed[0].id)
        assert row is not None and (row.state, row.message_id) == ("sent", 222)
        expired = await session.get(NudgeRow, stale)
        assert expired is not None and expired.state == "expired"


async def test_concurrent_claimers_never_share_a_row(db_url: str) -> None:
    """Four engines (as four processes would) race to claim 200 due rows."""
    engines = [create_engine(db_url) for _ in range(4)]
    try:
        sessions = session_factory(engines[0])
        user_id = await _user(sessions)
        await _due(sessions, user_id, 200)

        async def claimer(engine: AsyncEngine) -> list[int]:
            factory = session_factory(engine)
            got: list[int] = []
            while True:
                async with factory.begin() as session:
                    batch = await nudges.claim_due(
                        session, NOW, NOW - timedelta(hours=2), 7, NOW + timedelta(minutes=2)
                    )
                if not batch:
                    return got
                got += [c.id for c in batch]

        results = await asyncio.gather(*(claimer(e) for e in engines))
        everything = [i for r in results for i in r]
        assert len(everything) == 200
        assert len(set(everything)) == 200
    finally:
        for engine in engines:
            await engine.dispose()


async def test_only_the_owner_finds_a_nudge_to_answer(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    owner = await _user(sessions, 1)
    other = await _user(sessions, 2)
    [nudge_id] = await _due(sessions, owner, 1)
    lease = NOW + timedelta(hours=1)
    async with sessions.begin() as session:
        # Not sent yet: found, as planned with no send time (the rule says nothing to answer).
        early = await nudges.for_answer(session, nudge_id, owner)
        assert early == TappedNudge(NudgeState.PLANNED, None, NOW, None)
        [claimed] = await nudges.claim_due(session, NOW, NOW - timedelta(hours=2), 5, lease)
        await nudges.set_prompts(session, [(claimed, "anx-x")])
        await nudges.mark_sent(session, [(claimed, 10)], NOW)
    async with sessions() as session:
        assert await nudges.for_answer(session, nudge_id, other) is None
        assert await nudges.for_answer(session, nudge_id + 1, owner) is None
        found = await nudges.for_answer(session, nudge_id, owner)
        assert found == TappedNudge(NudgeState.SENT, NOW, NOW, "anx-x")


async def test_only_the_first_answer_is_recorded(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    owner = await _user(sessions, 1)
    [nudge_id] = await _due(sessions, owner, 1)
    lease = NOW + timedelta(hours=1)
    later = NOW + timedelta(minutes=5)
    async with sessions.begin() as session:
        [claimed] = await nudges.claim_due(session, NOW, NOW - timedelta(hours=2), 5, lease)
        # Still being sent: an answer from 'sent' finds nothing to move.
        assert not await nudges.record_answer(session, nudge_id, NudgeState.SENT, Outcome.DONE, NOW)
        await nudges.mark_sent(session, [(claimed, 10)], NOW)
    async with sessions.begin() as session:
        assert await nudges.record_answer(session, nudge_id, NudgeState.SENT, Outcome.SNOOZE, later)
        # A second tap that read 'sent' before the first one was written changes nothing.
        assert not await nudges.record_answer(
            session, nudge_id, NudgeState.SENT, Outcome.DONE, later + timedelta(minutes=1)
        )
    async with sessions() as session:
        row = await session.get(NudgeRow, nudge_id)
        assert row is not None
        assert (row.state, row.sent_at, row.answered_at) == ("snoozed", NOW, later)
        assert await nudges.for_answer(session, nudge_id, owner) == TappedNudge(
            NudgeState.SNOOZED, NOW, NOW, None
        )
        # Only the answer was recorded: the snooze's resend is the use case's to add.
        assert await session.scalar(select(func.count()).select_from(NudgeRow)) == 1


async def test_an_answer_to_an_unknown_send_gives_it_a_send_time(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    owner = await _user(sessions, 1)
    [nudge_id] = await _due(sessions, owner, 1)
    later = NOW + timedelta(minutes=5)
    async with sessions.begin() as session:
        await session.execute(
            update(NudgeRow)
            .where(NudgeRow.id == nudge_id)
            .values(state=NudgeState.UNKNOWN.value, sent_at=None)
        )
    async with sessions.begin() as session:
        assert await nudges.record_answer(
            session, nudge_id, NudgeState.UNKNOWN, Outcome.DONE, later
        )
    async with sessions() as session:
        row = await session.get(NudgeRow, nudge_id)
        assert row is not None
        assert (row.state, row.sent_at, row.answered_at) == ("done", later, later)


async def test_deleting_a_user_removes_their_rows(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    user_id = await _user(sessions)
    await _due(sessions, user_id, 2)
    async with sessions.begin() as session:
        await session.execute(text("DELETE FROM users WHERE id = :id"), {"id": user_id})
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(NudgeRow)) == 0
        assert await session.scalar(select(func.count()).select_from(UserRow)) == 0


async def test_answer_history_has_the_dones_and_skips_since(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    owner = await _user(sessions, 1)
    other = await _user(sessions, 2)
    quiet = await _user(sessions, 3)
    since = NOW - timedelta(days=90)

    def row(user_id: int, prompt_id: str | None, state: NudgeState, days_ago: float) -> NudgeRow:
        at = NOW - timedelta(days=days_ago)
        return NudgeRow(
            user_id=user_id,
            source=NudgeSource.PLAN.value,
            prompt_id=prompt_id,
            due_at=at - timedelta(minutes=5),
            state=state.value,
            sent_at=at - timedelta(minutes=5),
            answered_at=None if state is NudgeState.SENT else at,
            created_at=at - timedelta(days=1),
        )

    async with sessions.begin() as session:
        session.add_all(
            [
                row(owner, "anx-b", NudgeState.SKIPPED, 1),
                row(owner, "anx-a", NudgeState.DONE, 2),
                row(owner, "anx-c", NudgeState.SNOOZED, 1),  # not an answer about the prompt
                row(owner, "anx-d", NudgeState.SENT, 1),  # not answered
                row(owner, None, NudgeState.DONE, 1),  # no prompt to learn about
                row(owner, "anx-e", NudgeState.DONE, 91),  # before `since`
                row(owner, "anx-f", NudgeState.SKIPPED, 90),  # exactly at `since`
                row(other, "avo-a", NudgeState.DONE, 3),
            ]
        )
    async with sessions() as session:
        both = await history.answer_histories(session, [owner, other, quiet, other], since)
        none = await history.answer_histories(session, [], since)
    mine = both[owner]
    assert mine == [
        ("anx-f", NudgeState.SKIPPED, NOW - timedelta(days=90)),
        ("anx-a", NudgeState.DONE, NOW - timedelta(days=2)),
        ("anx-b", NudgeState.SKIPPED, NOW - timedelta(days=1)),
    ]
    assert all(at.utcoffset() == timedelta(0) for _, _, at in mine)
    assert both == {
        owner: mine,
        other: [("avo-a", NudgeState.DONE, NOW - timedelta(days=3))],
        quiet: [],
    }
    assert none == {}


async def test_first_sight_is_true_once_per_update_id(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        assert await updates.record_seen(session, 10_000_000_001, NOW)
        assert not await updates.record_seen(session, 10_000_000_001, NOW + timedelta(seconds=1))
        assert await updates.record_seen(session, 7, NOW)
    async with sessions.begin() as session:  # and across transactions
        assert not await updates.record_seen(session, 10_000_000_001, NOW + timedelta(hours=1))


async def test_forget_updates_deletes_only_older_ones(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        for update_id, age in ((1, timedelta(days=3)), (2, timedelta(days=2)), (3, timedelta(0))):
            assert await updates.record_seen(session, update_id, NOW - age)
    async with sessions.begin() as session:
        assert await updates.forget_before(session, NOW - timedelta(days=2)) == 1
    async with sessions.begin() as session:
        assert await updates.record_seen(session, 1, NOW)  # forgotten: new again
        assert not await updates.record_seen(session, 2, NOW)
        assert not await updates.record_seen(session, 3, NOW)
        assert await updates.forget_before(session, NOW - timedelta(days=2)) == 0

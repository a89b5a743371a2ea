"""Migrations keep the users' data, both ways, and ids are never given out twice."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import Table, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from nudger.domain.conversation import Draft, Step
from nudger.domain.model import NudgeSource
from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage import drafts, history, nudges, privacy, reviews, users
from nudger.storage.db import create_engine, session_factory
from nudger.storage.migrations import alembic_config, upgrade_to_head
from nudger.storage.tables import Base, NudgeRow, OnboardingRow, UserRow

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

#: What revision 0001 has of the tables it made: they survive a downgrade to it.
FIRST_TABLES = {
    UserRow: (
        "id",
        "telegram_id",
        "chat_id",
        "partner_name",
        "style",
        "timezone",
        "per_day",
        "windows",
        "active",
        "paused",
        "plan_version",
    ),
    NudgeRow: ("id", "user_id", "source", "due_at", "state", "attempt", "prompt_id"),
    OnboardingRow: ("user_id", "step", "partner_name", "style"),
}


async def _fill(sessions: async_sessionmaker[AsyncSession]) -> None:
    """Two onboarded users with nudges, reviews, pauses and conflicts; one half-way through."""
    async with sessions.begin() as session:
        for telegram_id in (11, 12):
            user = await users.ensure(session, telegram_id, telegram_id, NOW)
            draft = Draft(
                step=Step.WINDOWS,
                partner_name="Sam",
                style=AttachmentStyle.SECURE,
                timezone="Europe/Berlin",
                per_day=2,
                windows=frozenset({Window.MORNING}),
            )
            await users.finish_onboarding(session, user.id, draft, NOW)
            await users.start_pause(session, user.id, NOW, None)  # (it cancels planned nudges)
            for hours in (1, 2, 3):
                due = NOW + timedelta(hours=hours)
                await nudges.add(session, user.id, due, NudgeSource.PLAN, NOW, f"p-{hours}")
            await reviews.claim(session, user.id, date(2026, 11, 16), NOW)
            await history.add_conflict(session, user.id, NOW)
        starting = await users.ensure(session, 13, 13, NOW)
        await drafts.save(session, starting.id, Draft(step=Step.STYLE, partner_name="Kim"), NOW)


async def _snapshot(engine: AsyncEngine) -> dict[str, list[tuple[object, ...]]]:
    found = {}
    async with engine.connect() as connection:
        for model, columns in FIRST_TABLES.items():
            table = model.__table__
            assert isinstance(table, Table)
            query = select(*(table.c[c] for c in columns)).order_by(table.c[columns[0]])
            found[table.name] = [tuple(row) for row in await connection.execute(query)]
    return found


async def _downgrade(db_url: str, revision: str) -> None:
    """``alembic downgrade`` as an operator runs it (env.py starts its own event loop)."""
    await asyncio.to_thread(command.downgrade, alembic_config(db_url), revision)


async def test_downgrading_to_the_first_revision_and_back_keeps_every_users_rows(
    db_url: str,
) -> None:
    engine = create_engine(db_url)
    try:
        await _fill(session_factory(engine))
        before = await _snapshot(engine)
        assert [len(rows) for rows in before.values()] == [3, 6, 1]
        await engine.dispose()

        await _downgrade(db_url, "0001")
        assert await _snapshot(engine) == before
        await engine.dispose()

        assert await upgrade_to_head(engine)  # back as `nudger run` migrates at start
        assert await _snapshot(engine) == before
        async with engine.begin() as connection:  # the cascades work again afterwards
            await connection.execute(text("DELETE FROM users WHERE telegram_id = 11"))
            left = await connection.scalar(select(func.count()).select_from(NudgeRow))
        assert left == 3
    finally:
        await engine.dispose()


async def test_an_id_is_never_given_out_again_after_a_delete(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """A /delete removes the newest user, nudge and review; the next ones get new ids (an old
    button, or a send in flight, must not reach the new rows)."""
    async with sessions.begin() as session:
        gone = await users.ensure(session, 21, 21, NOW)
        gone_nudge = await nudges.add(session, gone.id, NOW, NudgeSource.NOW, NOW)
        gone_review = await reviews.claim(session, gone.id, date(2026, 11, 16), NOW)
    async with sessions.begin() as session:
        await privacy.erase(session, gone.id)
    async with sessions.begin() as session:
        new = await users.ensure(session, 22, 22, NOW)
        new_nudge = await nudges.add(session, new.id, NOW, NudgeSource.NOW, NOW)
        new_review = await reviews.claim(session, new.id, date(2026, 11, 16), NOW)
    assert gone_review is not None and new_review is not None
    assert new.id > gone.id
    assert new_nudge > gone_nudge
    assert new_review > gone_review


def _autoincrement_tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        return {name for name, sql in rows if "AUTOINCREMENT" in (sql or "")}


async def test_sqlite_tables_and_migrations_agree_on_autoincrement(tmp_path: Path) -> None:
    """``alembic check`` does not compare AUTOINCREMENT: the tables made from the SQLAlchemy
    definitions and those the migrations made are compared here."""
    migrated, created = tmp_path / "migrated.db", tmp_path / "created.db"
    engine = create_engine(f"sqlite+aiosqlite:///{migrated}")
    await upgrade_to_head(engine)
    await engine.dispose()
    engine = create_engine(f"sqlite+aiosqlite:///{created}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    await engine.dispose()
    assert _autoincrement_tables(migrated) == {"users", "nudges", "reviews"}
    assert _autoincrement_tables(created) == _autoincrement_tables(migrated)


async def test_nudges_that_ended_unknown_before_0007_count_as_sent_at_their_due_time(
    db_url: str,
) -> None:
    """``unknown`` sends now get a ``sent_at`` (they most likely arrived); 0007 gives the older
    ones theirs, so that they reach the weekly review too. Nothing else changes."""
    engine = create_engine(db_url)
    hour = timedelta(hours=1)
    rows = [  # (due in hours, state, sent_at before the upgrade)
        (1, "unknown", None),
        (2, "unknown", NOW + 3 * hour),  # a newer one: keeps its own time
        (3, "failed", None),
        (4, "sent", NOW + 4 * hour),
        (5, "planned", None),
    ]
    try:
        await _downgrade(db_url, "0006")
        async with session_factory(engine).begin() as session:
            # The users table as it was at 0006 (today's model has columns it didn't).
            user_id = await session.scalar(
                text(
                    "INSERT INTO users (telegram_id, chat_id, active, paused, plan_version,"
                    " created_at, updated_at) VALUES (31, 31, true, false, 0, :now, :now)"
                    " RETURNING id"
                ),
                {"now": NOW},
            )
            assert user_id is not None
            for hours, state, sent_at in rows:
                nudge_id = await nudges.add(
                    session, user_id, NOW + hours * hour, NudgeSource.PLAN, NOW
                )
                await session.execute(
                    update(NudgeRow)
                    .where(NudgeRow.id == nudge_id)
                    .values(state=state, sent_at=sent_at)
                )
        await engine.dispose()

        assert await upgrade_to_head(engine)
        async with engine.connect() as connection:
            query = select(NudgeRow.due_at, NudgeRow.state, NudgeRow.sent_at)
            found = [tuple(row) for row in await connection.execute(query.order_by("due_at"))]
        assert found == [
            (NOW + hour, "unknown", NOW + hour),
            (NOW + 2 * hour, "unknown", NOW + 3 * hour),
            (NOW + 3 * hour, "failed", None),
            (NOW + 4 * hour, "sent", NOW + 4 * hour),
            (NOW + 5 * hour, "planned", None),
        ]
    finally:
        await engine.dispose()

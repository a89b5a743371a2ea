"""PostgreSQL: a pooled connection that died while idle is replaced before work meets it."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.storage import db

POSTGRES_ONLY = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


@POSTGRES_ONLY
async def test_a_connection_killed_while_idle_is_replaced_quietly(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with engine.connect() as connection:
        pid = await connection.scalar(text("SELECT pg_backend_pid()"))
    # The server ends that pooled connection (a restart, an idle timeout) while it is idle.
    admin = db.create_engine(engine.url.render_as_string(hide_password=False))
    try:
        async with admin.connect() as other:
            await other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            await other.commit()
    finally:
        await admin.dispose()
    monkeypatch.setattr(db, "PING_AFTER_IDLE", 0.0)  # any idle time counts
    async with engine.connect() as connection:  # the dead one is found and replaced
        assert await connection.scalar(text("SELECT pg_backend_pid()")) != pid


@POSTGRES_ONLY
async def test_a_connection_in_steady_use_is_not_pinged(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings: list[object] = []
    dialect = engine.sync_engine.dialect

    def ping(connection: object) -> bool:
        pings.append(connection)
        return True

    monkeypatch.setattr(dialect, "do_ping", ping)
    for _ in range(5):  # back to back: well within PING_AFTER_IDLE
        async with engine.connect() as connection:
            await connection.scalar(text("SELECT 1"))
    assert pings == []
    monkeypatch.setattr(db, "PING_AFTER_IDLE", 0.0)
    async with engine.connect() as connection:
        await connection.scalar(text("SELECT 1"))
    assert len(pings) == 1

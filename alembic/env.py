"""Alembic environment: async, the same migrations on SQLite and PostgreSQL.

The URL comes from ``config.attributes["database_url"]`` when nudger runs
migrations itself, else from the settings (``NUDGER_DATABASE_URL``).
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from nudger.config import load_settings
from nudger.storage.db import create_engine, sqlite_foreign_key_problems
from nudger.storage.migrations import foreign_keys_off
from nudger.storage.tables import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("database_url")
    if isinstance(url, str):
        return url
    return load_settings().database_url


def _configure(connection: Connection | None = None) -> None:
    is_sqlite = (connection.dialect.name if connection else _url().split(":")[0]).startswith(
        "sqlite"
    )
    context.configure(
        connection=connection,
        url=None if connection else _url(),
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,  # SQLite alters tables by copying them
        compare_type=True,
        literal_binds=connection is None,
    )


def _run_sync(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            # Foreign keys are off while migrating (storage.migrations.foreign_keys_off): a
            # table rebuild must leave no row pointing at a missing one.
            problems = sqlite_foreign_key_problems(connection)
            if problems:
                raise RuntimeError(f"the migration left {problems} rows with a missing parent")


async def _run_async() -> None:
    engine = create_engine(_url())
    try:
        async with engine.connect() as connection, foreign_keys_off(connection):
            await connection.run_sync(_run_sync)
            await connection.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    _configure()
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run_sync(connection)
    else:
        asyncio.run(_run_async())

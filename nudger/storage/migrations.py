"""Run Alembic from inside nudger (``nudger migrate`` and start-up)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.errors import StartupError
from nudger.resources import resource_dir

#: PostgreSQL advisory lock held while migrating (any constant bigint; "nudger" + 2).
MIGRATION_LOCK_KEY = 0x6E7564676572_02


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resource_dir("alembic")))
    config.attributes["database_url"] = database_url
    return config


async def upgrade_to_head(engine: AsyncEngine) -> bool:
    """Bring the schema to the newest revision; returns True if anything ran.

    Raises StartupError, naming the database (without its password), if it can't be reached.
    """
    try:
        return await _upgrade(engine)
    except (OSError, SQLAlchemyError) as error:
        where = engine.url.render_as_string(hide_password=True)
        raise StartupError(
            f"could not open the database at {where} ({type(error).__name__}); "
            "check NUDGER_DATABASE_URL and that the database server is running"
        ) from error


async def _upgrade(engine: AsyncEngine) -> bool:
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    head = ScriptDirectory.from_config(config).get_current_head()

    def _current(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    def _upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.connect() as connection:
        if await connection.run_sync(_current) == head:
            return False
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Processes starting together migrate one after another; the later ones find
            # the schema at head. (SQLite's BEGIN IMMEDIATE serialises them already.)
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        await connection.run_sync(_upgrade)
    return True

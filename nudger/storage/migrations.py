"""Run Alembic from inside nudger (``nudger migrate`` and start-up).

Alembic (with Mako and its templates) costs about 11 MiB once imported, which a process
keeps for good. At start-up the schema is nearly always at head already, so that is
checked first without Alembic: the head revision is read from the migration files and
compared with the database's ``alembic_version``; Alembic is imported only to upgrade.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from nudger.errors import StartupError
from nudger.resources import resource_dir
from nudger.storage.db import set_sqlite_foreign_keys

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

#: PostgreSQL advisory lock held while migrating (any constant bigint; "nudger" + 2).
MIGRATION_LOCK_KEY = 0x6E7564676572_02

_REVISION = re.compile(r'^(down_revision|revision)\b[^=]*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


def head_revision() -> str:
    """The newest revision, read from the migration files (each names its parent)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (resource_dir("alembic") / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            if name == "revision":
                revisions.add(value)
            elif value:
                parents.add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise StartupError(f"the migrations have {len(heads)} heads, not one: {sorted(heads)}")
    return heads.pop()


async def _current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        try:
            found = await connection.execute(text("SELECT version_num FROM alembic_version"))
        except SQLAlchemyError:
            return None  # a new database: no alembic_version table yet
        return found.scalar_one_or_none()


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

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
    if await _current_revision(engine) == head_revision():
        return False
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))

    def _upgrade(connection: Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    # The transaction begins after foreign_keys_off: SQLite ignores the pragma inside one.
    async with (
        engine.connect() as connection,
        foreign_keys_off(connection),
        connection.begin(),
    ):
        if connection.dialect.name == "postgresql":
            # Processes starting together migrate one after another; the later ones find
            # the schema at head. (SQLite's BEGIN IMMEDIATE serialises them already.)
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        await connection.run_sync(_upgrade)
    return True


@contextlib.asynccontextmanager
async def foreign_keys_off(connection: AsyncConnection) -> AsyncIterator[None]:
    """On SQLite, migrate with foreign keys off, as SQLite's procedure for changing a table says.

    A migration that rebuilds a table (Alembic's batch mode: copy, drop the old one, rename)
    would otherwise delete, through the cascades, every row referring to the dropped copy:
    all of a user's nudges when ``users`` is rebuilt. Alembic's ``env.py`` checks that no row
    refers to a missing one before the migration commits. Call it before the transaction
    begins (SQLite ignores the pragma inside one). Nothing to do on PostgreSQL.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    await connection.run_sync(set_sqlite_foreign_keys, False)
    try:
        yield
    finally:
        try:
            await connection.run_sync(set_sqlite_foreign_keys, True)
        except Exception:  # noqa: BLE001 - never back into the pool with foreign keys off
            await connection.invalidate()

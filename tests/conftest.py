"""Shared fixtures: real databases (SQLite file and PostgreSQL), a clock, the city index.

Every test that takes ``db_url`` runs twice: on a fresh SQLite file and on a
fresh PostgreSQL database cloned from a template migrated once per session
(tests/features takes SQLite only). PostgreSQL comes from NUDGER_TEST_POSTGRES_URL (default
postgresql+asyncpg://postgres@127.0.0.1:5432/test). Without it the PostgreSQL
variants skip with a notice, unless CI=true, where they fail.

Two tiers: everything in tests/e2e and every PostgreSQL variant is marked ``e2e``
(see :func:`pytest_collection_modifyitems`), so ``pytest -m "not e2e"`` is the inner loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from nudger.services.places import TimezoneResolver
from nudger.storage.db import create_engine, session_factory
from nudger.storage.migrations import upgrade_to_head

PG_URL = os.environ.get(
    "NUDGER_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() == "true"
E2E_DIR = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the slow tier ``e2e``: the real bot over HTTP (tests/e2e) and PostgreSQL."""
    for item in items:
        if item.path.is_relative_to(E2E_DIR) or item.get_closest_marker("postgres"):
            item.add_marker(pytest.mark.e2e)


@dataclass
class FakeClock:
    """The only clock the app sees in tests; moves only when told to."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 7, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> datetime:
        self.now += delta
        return self.now

    def set(self, at: datetime) -> datetime:
        assert at.tzinfo is not None
        self.now = at
        return at


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Tests that call configure_logging() must not leak handlers into later tests."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def places() -> TimezoneResolver:
    """One city index for the whole run (building it takes a second or two)."""
    resolver = TimezoneResolver()
    resolver.warm()
    return resolver


def _asyncpg_dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.render_as_string(hide_password=False)


async def _pg_admin(url: str, *statements: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(url), timeout=5)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade_to_head(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    try:
        asyncio.run(_pg_admin(PG_URL, "SELECT 1"))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        message = f"PostgreSQL is not reachable at {PG_URL} ({type(error).__name__}: {error})"
        if IN_CI:
            pytest.fail(f"{message}; CI=true requires it", pytrace=False)
        pytest.skip(f"{message}; set NUDGER_TEST_POSTGRES_URL to run the PostgreSQL tests")
    name = f"nudger_tpl_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(PG_URL, f'CREATE DATABASE "{name}"'))
    template_url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        asyncio.run(_migrate(template_url))
        yield name
    finally:
        asyncio.run(_pg_admin(PG_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def sqlite_copy(template: Path, directory: Path) -> str:
    """A fresh copy of the migrated template in ``directory``; returns its URL."""
    path = directory / "nudger.db"
    shutil.copyfile(template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each kind."""
    if request.param == "sqlite":
        yield sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    template_name: str = request.getfixturevalue("pg_template")
    name = f"nudger_t_{uuid.uuid4().hex[:12]}"
    asyncio.run(_pg_admin(PG_URL, f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_pg_admin(PG_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(db_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)

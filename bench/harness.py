"""What every benchmark case needs: databases, nudger processes, and readings of them.

- :meth:`Context.database` gives a fresh, migrated database of either kind: an SQLite file
  in the run's directory, or a PostgreSQL database created for the case and dropped after.
- Processes are :class:`nudger.testing.processes.NudgerProcess`, as in the end-to-end tests;
  :func:`peak_rss_mib` and :func:`process_cpu_seconds` read their memory and CPU time
  from ``/proc``.
- :func:`fake_api` is nudger's fake Bot API on loopback, in this process.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import asyncpg
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bench.report import Report
from nudger.storage.db import create_engine, session_factory
from nudger.storage.migrations import upgrade_to_head
from nudger.testing import processes
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import NudgerProcess

DbKind = Literal["sqlite", "postgres"]
#: The PostgreSQL server the benchmark creates its databases on (any database of it).
POSTGRES_URL = os.environ.get(
    "NUDGER_BENCH_POSTGRES_URL",
    os.environ.get("NUDGER_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"),
)
TOKEN = "123456:BENCH-token"  # noqa: S105 - the fake Bot API's token
MIB = 1024 * 1024


@dataclass
class Database:
    kind: DbKind
    url: str
    engine: AsyncEngine

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        return session_factory(self.engine)


@dataclass
class Context:
    """One benchmark run: its report, scale, databases and working directory."""

    report: Report
    workdir: Path
    databases: tuple[DbKind, ...]
    processes: list[NudgerProcess] = field(default_factory=list)

    @property
    def smoke(self) -> bool:
        return self.report.smoke

    def scale(self, full: int, smoke: int) -> int:
        return smoke if self.smoke else full

    @asynccontextmanager
    async def database(self, kind: DbKind) -> AsyncIterator[Database]:
        """A fresh database at the newest schema, removed afterwards."""
        name = f"bench_{uuid.uuid4().hex[:12]}"
        if kind == "sqlite":
            path = self.workdir / f"{name}.db"
            url = f"sqlite+aiosqlite:///{path}"
        else:
            await _pg_admin(f'CREATE DATABASE "{name}"')
            url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
        engine = create_engine(url)
        try:
            await upgrade_to_head(engine)
            yield Database(kind, url, engine)
        finally:
            await engine.dispose()
            if kind == "sqlite":
                for suffix in ("", "-wal", "-shm", ".poller.lock"):
                    (self.workdir / f"{name}.db{suffix}").unlink(missing_ok=True)
            else:
                await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    async def start(self, role: str, api: FakeBotApi, db: Database, **env: str) -> NudgerProcess:
        """Start ``python -m nudger ROLE`` against ``api`` and ``db``; stopped at the end."""
        process = await NudgerProcess.start(
            role,
            self.workdir,
            nudger_env(api.url, db.url, **env),
            unique_name(role, len(self.processes) + 1),
        )
        self.processes.append(process)
        return process

    async def stop_all(self) -> None:
        for process in self.processes:
            await process.stop()
        self.processes.clear()


async def postgres_available() -> str | None:
    """None if the benchmark's PostgreSQL answers, else why not."""
    try:
        await _pg_admin("SELECT 1")
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return f"{type(error).__name__}: {error}"
    return None


async def _pg_admin(*statements: str) -> None:
    dsn = make_url(POSTGRES_URL).set(drivername="postgresql").render_as_string(False)
    connection = await asyncpg.connect(dsn, timeout=5)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


def nudger_env(api_url: str, db_url: str, **extra: str) -> dict[str, str]:
    """A nudger process's environment with the benchmark's token, logging every event."""
    return processes.nudger_env(api_url, db_url, token=TOKEN, NUDGER_LOG_LEVEL="INFO", **extra)


@asynccontextmanager
async def fake_api(latency: float = 0.0, chats: Iterable[int] = ()) -> AsyncIterator[FakeBotApi]:
    """nudger's fake Bot API on loopback, knowing the chats it may be asked to send to."""
    api = FakeBotApi(TOKEN)
    api.latency = latency
    for chat in chats:
        api.user(chat)
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


def unique_name(role: str, number: int = 1) -> str:
    """A process's name, and its log's: unique within the run's directory."""
    return f"{role}-{number}-{uuid.uuid4().hex[:6]}"


def _status(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


def peak_rss_mib(pid: int) -> float:
    """The highest resident memory since the process started (VmHWM)."""
    return _status(pid, "VmHWM") / MIB


def process_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]

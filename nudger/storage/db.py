"""The async engine and sessions: the one place that knows SQLite from PostgreSQL."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: SQLite error messages that mean the file could not be used just now.
_SQLITE_UNAVAILABLE = ("locked", "busy", "unable to open", "disk i/o", "readonly", "full")
#: PostgreSQL error codes (SQLSTATE) that mean the server could not be used just now: any
#: connection exception (class 08), a server shutting down, crashed or starting up (57P01,
#: 57P02, 57P03), too many connections (53300). asyncpg reports these as a plain DBAPIError,
#: not always with the connection marked invalid: 57P03 comes while connecting.
_PG_UNAVAILABLE_CLASS = "08"
_PG_UNAVAILABLE = frozenset({"57P01", "57P02", "57P03", "53300"})

# The names the rest of nudger uses, so that only storage/ imports SQLAlchemy.
Engine = AsyncEngine
Session = AsyncSession
Sessions = async_sessionmaker[AsyncSession]


#: PostgreSQL connections each process keeps, and may open beyond that for a while.
POOL_SIZE = 10
POOL_OVERFLOW = 10


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Build the engine for ``url``.

    SQLite gets WAL, a busy timeout and foreign keys, and every transaction
    starts with ``BEGIN IMMEDIATE``: Python's sqlite3 would otherwise defer the
    write lock to the first write, and a read-then-write transaction could then
    fail with SQLITE_BUSY instead of waiting its turn. Taking the write lock up
    front makes claims and answers serialise cleanly; readers are not blocked
    under WAL.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # Connections are kept, not opened per burst: a new one costs a TLS attempt and
        # preparing every statement again. 4 processes x 20 stay inside PostgreSQL's
        # default max_connections (100).
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", POOL_OVERFLOW)
        engine = create_async_engine(url, **kwargs)
        _ping_when_idle(engine)
        return engine
    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # One connection: every transaction takes the write lock (BEGIN IMMEDIATE below), so
        # a second connection could only wait in SQLite's busy handler, which sleeps and polls
        # (1, 2, 5, 10 ms ...). Tasks queue for the one connection instead, first come first
        # served; other processes still meet the busy handler.
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
    engine = create_async_engine(url, **kwargs)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


#: A pooled PostgreSQL connection unused for longer than this is pinged before it is used.
PING_AFTER_IDLE = 1.0


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Ping a pooled connection before use only if it sat idle (SQLAlchemy's pre-ping, for
    the quiet moments only).

    A ping is a round trip, about a tenth of a button press's CPU when done on every use.
    Under load connections come back within milliseconds and are not pinged; after a quiet
    spell (a restarted server, an idle timeout, a failover) a dead one is found here and
    replaced before any work meets it, as ``pool_pre_ping`` would.
    """
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(sync_engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since <= PING_AFTER_IDLE:
            return
        try:
            alive = sync_engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise DisconnectionError("stale pooled connection") from error
        if not alive:
            raise DisconnectionError("stale pooled connection")


def set_sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """Turn SQLite's foreign key enforcement on or off for this connection.

    Call it outside a transaction: SQLite ignores the pragma inside one. Migrations turn it
    off while they run (SQLite's own procedure for a table rebuild): dropping the old copy
    of a table would otherwise delete every row that refers to it, through the cascades.
    """
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    finally:
        cursor.close()


def sqlite_foreign_key_problems(connection: Connection) -> int:
    """How many rows refer to a row that does not exist (SQLite's ``foreign_key_check``)."""
    return len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def unavailable(error: BaseException) -> bool:
    """Whether an error means the database could not be used just now (worth a retry).

    Connection failures, a server that went away, is restarting or has too many connections,
    SQLite's "database is locked": not a bug in the statement or the data.
    """
    if isinstance(error, DBAPIError):
        if error.connection_invalidated or isinstance(error, InterfaceError):
            return True
        if _server_unavailable(error.orig):
            return True
        if not isinstance(error, OperationalError):
            return False
        if type(error.orig).__module__.startswith("sqlite3"):
            # SQLite reports a missing table as an OperationalError too: only these are
            # about the file being unavailable rather than about the schema.
            message = str(error.orig).lower()
            return any(sign in message for sign in _SQLITE_UNAVAILABLE)
        return True
    # PoolTimeout: no pooled connection came free in time (a long wait for another process's
    # SQLite lock, or a burst on PostgreSQL): the database is busy, not wrong.
    return isinstance(error, OSError | TimeoutError | PoolTimeout) or _server_unavailable(error)


def _server_unavailable(error: BaseException | None) -> bool:
    """Whether a driver error carries a PostgreSQL code for "not now" (see _PG_UNAVAILABLE)."""
    code = getattr(error, "sqlstate", None)
    return isinstance(code, str) and (
        code.startswith(_PG_UNAVAILABLE_CLASS) or code in _PG_UNAVAILABLE
    )


def sqlite_file(url: str) -> Path | None:
    """The file an SQLite URL names; None for PostgreSQL, or for SQLite in memory."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database:
        return None
    if database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def server_address(url: str) -> tuple[str, int] | None:
    """The database server's host and port (PostgreSQL's defaults if left out); None for SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return None
    return parsed.host or "127.0.0.1", parsed.port or 5432


def via_address(url: str, host: str, port: int) -> str:
    """The same database, reached at ``host``:``port`` instead (through a proxy, say)."""
    return make_url(url).set(host=host, port=port).render_as_string(hide_password=False)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)

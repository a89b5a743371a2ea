"""The poller lock: at most one process polls Telegram for a database.

Telegram hands each update to one ``getUpdates`` caller; two pollers would steal updates
from each other (and Telegram answers the second with 409 Conflict). A polling ``nudger run``
takes this lock exclusively. Webhook receivers take it shared: any number of them can run
behind one webhook URL, but not beside a poller (whose start deletes the webhook);
``nudger worker`` never receives and does not need it.

- **PostgreSQL:** a session-level advisory lock (``pg_try_advisory_lock``) on a connection
  kept open for as long as the process polls, in autocommit so it never sits in a
  transaction. It is released when the connection closes, so a killed process frees it.
- **SQLite:** an ``flock`` on a file beside the database (``<file>.poller.lock``); the
  kernel releases it when the process ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

#: The advisory lock key (any constant bigint; it reads "nudger" + 1).
ADVISORY_KEY = 0x6E7564676572_01
#: Server-side TCP keepalives of the lock's connection (seconds, and probes).
KEEPALIVES = (
    ("tcp_keepalives_idle", 30),
    ("tcp_keepalives_interval", 10),
    ("tcp_keepalives_count", 3),
)
#: How long the lock's connection may take to answer a check.
CHECK_TIMEOUT = 5.0


class PollerLock:
    """Held while this process polls; :meth:`acquire` is False if another process holds it."""

    def __init__(self, engine: AsyncEngine, *, shared: bool = False) -> None:
        self._engine = engine
        self._shared = shared
        self._connection: AsyncConnection | None = None
        self._file: int | None = None

    @property
    def held(self) -> bool:
        return self._connection is not None or self._file is not None

    async def acquire(self) -> bool:
        if self.held:
            return True
        if self._engine.dialect.name == "postgresql":
            return await self._acquire_advisory()
        return self._acquire_file()

    async def _acquire_advisory(self) -> bool:
        connection = await self._engine.connect()
        try:
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            # If the network drops this connection, the server notices within about a minute
            # and lets the lock go (else its backend could hold it for hours).
            for name, value in KEEPALIVES:
                await connection.execute(text(f"SET {name} = {value}"))
            take = "pg_try_advisory_lock_shared" if self._shared else "pg_try_advisory_lock"
            got = await connection.scalar(text(f"SELECT {take}(:key)"), {"key": ADVISORY_KEY})
        except BaseException:
            await connection.close()
            raise
        if not got:
            await connection.close()
            return False
        self._connection = connection
        return True

    def _acquire_file(self) -> bool:
        database = self._engine.url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            self._file = -1  # nothing on disk another process could share
            return True
        path = Path(f"{Path(database).expanduser()}.poller.lock")
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(
                descriptor, (fcntl.LOCK_SH if self._shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
            )
        except BlockingIOError:
            os.close(descriptor)
            return False
        self._file = descriptor
        return True

    async def still_held(self) -> bool | None:
        """True if the lock is surely held, False if it is surely lost, None if unknown.

        On PostgreSQL the lock lives as long as its connection: a connection that fails
        is dropped, and the lock is taken again if nobody else took it meanwhile. While the
        database cannot be reached the answer is None (nobody else can take it either).
        """
        if self._file is not None:
            return True
        if self._connection is not None:
            try:
                async with asyncio.timeout(CHECK_TIMEOUT):
                    await self._connection.scalar(text("SELECT 1"))
                return True
            except (DBAPIError, OSError, TimeoutError):
                await self._drop_connection()
        try:
            return await self.acquire()
        except (DBAPIError, OSError):
            return None

    async def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.invalidate()
                await connection.close()

    async def release(self) -> None:
        if self._file is not None:
            if self._file >= 0:
                os.close(self._file)  # closing the descriptor releases the flock
            self._file = None
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                unlock = "pg_advisory_unlock_shared" if self._shared else "pg_advisory_unlock"
                await connection.scalar(text(f"SELECT {unlock}(:key)"), {"key": ADVISORY_KEY})
            except DBAPIError:
                pass  # the connection is gone, and the lock with it
            finally:
                with contextlib.suppress(Exception):
                    await connection.close()

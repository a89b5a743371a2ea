"""Telegram update ids already handled, so a redelivery is dropped; and the inbound side's
unit of work, which records an update as handled in the same transaction as what it did."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import cast

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.errors import AlreadyHandled
from nudger.storage.db import Sessions
from nudger.storage.tables import (
    UpdateSeenRow,
    UTCDateTime,
)

_updates_seen = cast(Table, UpdateSeenRow.__table__)
#: One update at a time per sender, in every process (PostgreSQL; SQLite's BEGIN IMMEDIATE
#: already lets one transaction at a time write). Keyed by the Telegram user id, in the
#: bigint key space (the poller lock's key is far above any user id).
_LOCK_AND_RECORD = text(
    "WITH sender AS (SELECT pg_advisory_xact_lock(:key)) "
    "INSERT INTO updates_seen (update_id, seen_at) SELECT :update_id, :seen_at FROM sender "
    "ON CONFLICT (update_id) DO NOTHING"
).bindparams(bindparam("seen_at", type_=UTCDateTime()))


#: The record of an update, built once per dialect (every update inserts one).
_RECORD_SEEN = {
    name: insert(_updates_seen).on_conflict_do_nothing(index_elements=[_updates_seen.c.update_id])
    for name, insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}


async def record_seen(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record a Telegram update id; False if it was recorded before (a redelivery)."""
    statement = _RECORD_SEEN[session.get_bind().dialect.name]
    result = await session.execute(statement, {"update_id": update_id, "seen_at": now})
    return bool(getattr(result, "rowcount", 0))


async def seen(session: AsyncSession, update_id: int) -> bool:
    found = await session.scalar(
        select(_updates_seen.c.update_id).where(_updates_seen.c.update_id == update_id)
    )
    return found is not None


async def forget_before(session: AsyncSession, before: datetime) -> int:
    """Delete the record of updates seen before ``before``; returns how many."""
    result = await session.execute(delete(_updates_seen).where(_updates_seen.c.seen_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


_current: ContextVar[UpdateScope | None] = ContextVar("nudger_update_scope", default=None)


class UpdateSessions:
    """Sessions for the inbound side: everything one update does is one transaction.

    Outside an update (:meth:`update`), ``sessions()`` and ``sessions.begin()`` are the
    plain session factory's. While an update is handled, every session a use case opens is
    the update's one session: its transaction begins at the first use and first records the
    update as seen (and on PostgreSQL takes the sender's lock), so the record and everything
    the update changes commit together (:meth:`UpdateScope.settle`) or not at all. A
    redelivery finds the record and raises :class:`AlreadyHandled` at its first use; one
    delivered twice at once waits for the first to end, then finds it.
    """

    def __init__(self, sessions: Sessions, clock: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._clock = clock

    def __call__(self) -> AbstractAsyncContextManager[AsyncSession]:
        scope = _current.get()
        return scope.use() if scope is not None else self._sessions()

    def begin(self) -> AbstractAsyncContextManager[AsyncSession]:
        scope = _current.get()
        return scope.use() if scope is not None else self._sessions.begin()

    @property
    def unscoped(self) -> Sessions:
        """Sessions of their own even while an update is handled: for a read that only decides
        where an update goes, so that the update's transaction (and on SQLite the write lock)
        begins only once its work does, after any slow lookup before it."""
        return self._sessions

    @asynccontextmanager
    async def update(self, update_id: int, sender: int) -> AsyncIterator[UpdateScope]:
        """Handle update ``update_id`` from Telegram user ``sender`` (0: none) in one
        transaction; what was not settled when the block ends is rolled back."""
        scope = UpdateScope(self._sessions, update_id, sender, self._clock)
        token = _current.set(scope)
        try:
            yield scope
        finally:
            _current.reset(token)
            await scope.close()

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the current update's work is committed (at once outside an
        update): e.g. waking the dispatcher for a nudge the update added, which it could not
        see before."""
        scope = _current.get()
        if scope is None or scope.settled:
            contextvars.Context().run(callback)  # nothing it starts inherits an update
        else:
            scope.committed.append(callback)

    async def settle(self) -> None:
        """Commit the current update's work so far (before slow work that needs no database,
        such as drawing a chart); later sessions of the update are transactions of their own."""
        scope = _current.get()
        if scope is not None:
            await scope.settle()


class UpdateScope:
    """One update's transaction (see :class:`UpdateSessions`)."""

    def __init__(
        self, sessions: Sessions, update_id: int, sender: int, clock: Callable[[], datetime]
    ) -> None:
        self._sessions = sessions
        self._update_id = update_id
        self._sender = sender
        self._clock = clock
        self._session: AsyncSession | None = None
        self.settled = False
        #: Called once the work is committed.
        self.committed: list[Callable[[], object]] = []
        self._opening = asyncio.Lock()

    @asynccontextmanager
    async def use(self) -> AsyncIterator[AsyncSession]:
        """The update's session. Its code runs one step at a time (no ``gather`` of database
        work within one update: one session can't run two statements at once)."""
        async with self._opening:  # never opened twice, nor after settling began
            settled = self.settled
            if not settled and self._session is None:
                self._session = await self._open()
            session = self._session
        if settled or session is None:  # after settle(): a transaction of its own
            async with self._sessions.begin() as own:
                yield own
            return
        yield session

    async def _open(self) -> AsyncSession:
        session = self._sessions()
        try:
            if self._sender and session.get_bind().dialect.name == "postgresql":
                # The sender's lock and the record in one round trip.
                result = await session.execute(
                    _LOCK_AND_RECORD,
                    {"key": self._sender, "update_id": self._update_id, "seen_at": self._clock()},
                )
                recorded = bool(getattr(result, "rowcount", 0))
            else:
                recorded = await record_seen(session, self._update_id, self._clock())
            if not recorded:
                raise AlreadyHandled(self._update_id)
        except BaseException:
            await session.close()
            raise
        return session

    async def settle(self) -> None:
        """Commit: the update is recorded as handled with everything it changed. Raises
        :class:`AlreadyHandled` for a redelivery that had used no session yet."""
        async with self._opening:
            if self.settled:
                return
            if self._session is None:
                self._session = await self._open()
            session, self._session = self._session, None
            try:
                await session.commit()
            finally:
                await session.close()
            self.settled = True
        callbacks, self.committed = self.committed, []
        for callback in callbacks:
            contextvars.Context().run(callback)  # nothing it starts inherits this update

    async def close(self) -> None:
        """Roll back what was not settled."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

"""An update's transaction begins with its work, not before a slow lookup that comes first.

A time-zone answer looks the place up (a cold city index takes seconds) before its work
begins, and a shared location looks up its zone after the update's work is settled: in
both lookups the database must be free for everyone else. The lookups here try SQLite's
write lock from their own thread, without waiting: it must be free.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from nudger.app import NudgerApp
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from tests.conftest import FakeClock
from tests.support.apps import build_fast_app
from tests.support.chat import Chat


class _Watching(TimezoneResolver):
    """The real resolver, which also notes whether the database was free during each lookup."""

    def __init__(self, inner: TimezoneResolver, database: Path) -> None:
        super().__init__()
        self._inner = inner
        self._database = database
        self.free: list[bool] = []

    def _write_lock_free(self) -> bool:
        connection = sqlite3.connect(self._database, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:  # "database is locked"
            return False
        finally:
            connection.close()

    def resolve(self, text: str) -> str | None:
        self.free.append(self._write_lock_free())
        return self._inner.resolve(text)

    def zone_at(self, latitude: float, longitude: float) -> str | None:
        self.free.append(self._write_lock_free())
        return self._inner.zone_at(latitude, longitude)


@pytest.fixture
async def watched(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[tuple[NudgerApp, _Watching]]:
    database = Path(str(make_url(db_url).database))
    watching = _Watching(places, database)
    edge = InProcessEdge(api)
    app = build_fast_app(edge, db_url, clock, watching)
    await app.start()
    try:
        yield app, watching
    finally:
        await app.stop()
    assert not edge.failures, f"updates failed: {edge.failures!r}"


async def test_lookups_run_while_the_database_is_free(
    watched: tuple[NudgerApp, _Watching], api: FakeBotApi
) -> None:
    _app, watching = watched
    typing, sharing = Chat(api, api.user(501, "Alex")), Chat(api, api.user(502, "Kim"))
    for chat in (typing, sharing):
        await chat.say("/start", replies=2)
        await chat.say("Sam")
        await chat.tap_and_wait("Anxious", "sendMessage")  # now asked for a time zone
    await typing.say("Berlin", replies=2)  # resolve(), before the update's work begins
    sharing.user.share_location(52.52, 13.405)  # zone_at(), after its work was settled
    await api.wait_until(lambda: len(watching.free) == 2)
    assert watching.free == [True, True]

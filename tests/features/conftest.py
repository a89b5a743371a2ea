"""Each feature through the router, in-process, on SQLite: the fast tier.

The app is composed of its real parts (use cases, database, planner, dispatcher, reviewer)
around :class:`~nudger.testing.inprocess.edge.InProcessEdge`: no python-telegram-bot, no
HTTP. The fake Bot API's records are what the tests assert on, as in tests/e2e, which keeps
the real bot over HTTP and the PostgreSQL doubling.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from nudger.app import NudgerApp
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from tests.conftest import FakeClock, sqlite_copy
from tests.support.apps import TOKEN, build_fast_app
from tests.support.chat import Chat


@pytest.fixture
def db_url(sqlite_template: Path, tmp_path: Path) -> str:
    """A migrated, empty SQLite database (PostgreSQL is the e2e tier's)."""
    return sqlite_copy(sqlite_template, tmp_path)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API, not served: the app calls it in-process."""
    fake = FakeBotApi(token=TOKEN)
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def app(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[NudgerApp]:
    edge = InProcessEdge(api)
    nudger = build_fast_app(edge, db_url, clock, places)
    await nudger.start()
    try:
        yield nudger
    finally:
        await nudger.stop()
    assert not edge.failures, f"updates failed: {edge.failures!r}"


@pytest.fixture
def chat(api: FakeBotApi) -> Chat:
    return Chat(api, api.user(501, "Alex"))

"""The real application (PTB polling, real database) against the fake Bot API over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from nudger.app import NudgerApp
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.apps import TOKEN, build_app
from tests.support.chat import Chat


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def app(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[NudgerApp]:
    nudger = build_app(api, db_url, clock, places)
    await nudger.start()
    try:
        yield nudger
    finally:
        await nudger.stop()


@pytest.fixture
def chat(api: FakeBotApi) -> Chat:
    return Chat(api, api.user(501, "Alex"))

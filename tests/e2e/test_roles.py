"""`run` and `worker`: exactly one process receives updates; workers only plan and send."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from nudger.app import NudgerApp
from nudger.errors import StartupError
from nudger.services.places import TimezoneResolver
from nudger.storage.locks import ADVISORY_KEY
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.e2e.test_http import healthz
from tests.support.apps import build_app
from tests.support.chat import HELP, Chat, deliver_next
from tests.support.words import DONE_BUTTON


async def test_a_second_poller_refuses_to_start_while_one_holds_the_lock(
    app: NudgerApp, api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    second = build_app(api, db_url, clock, places)
    with pytest.raises(StartupError, match="another `nudger run` is already receiving updates"):
        await second.start()
    assert api.pending_polls <= 1  # only the first one polls

    await app.stop()  # the lock is free again
    third = build_app(api, db_url, clock, places)
    await third.start()
    try:
        chat = Chat(api, api.user(901, "Alex"))
        [reply] = await chat.say("/help")
        assert reply.text
    finally:
        await third.stop()


async def test_a_worker_sends_nudges_but_never_polls_nor_sets_commands(
    app: NudgerApp, api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    chat = Chat(api, api.user(902, "Alex"))
    await chat.onboard()
    commands = len(api.calls_to("setMyCommands"))
    worker = build_app(api, db_url, clock, places, role="worker")
    await worker.start()  # beside the poller: a worker needs no lock
    try:
        assert worker.mode == "none"
        message_id = await deliver_next(worker, api, clock, chat)
        assert chat.user.last_message.message_id == message_id
        assert len(api.calls_to("setMyCommands")) == commands
        # The poller answers the tap on the worker's nudge.
        assert await chat.tap(DONE_BUTTON, message_id) is not None
        assert not worker.telegram.polling
        assert worker.receiving is False
    finally:
        await worker.stop()


async def test_a_poller_that_lost_its_lock_pauses_until_it_is_free_again(
    app: NudgerApp, api: FakeBotApi, db_url: str
) -> None:
    """PostgreSQL: the lock's connection is cut and another process takes the lock."""
    url = make_url(db_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("SQLite's lock is a file lock, which cannot be taken away")
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    admin = await asyncpg.connect(dsn)
    try:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_locks "
            "WHERE locktype = 'advisory' AND objid = $1::bigint & 4294967295 AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())",
            ADVISORY_KEY,
        )
        async with asyncio.timeout(10):  # the terminated backend lets go a moment later
            while not await admin.fetchval("SELECT pg_try_advisory_lock($1)", ADVISORY_KEY):  # noqa: ASYNC110 - the state is in PostgreSQL
                await asyncio.sleep(0.02)
        await app._check_poller_lock()
        assert not app.telegram.polling
        assert app.receiving is False
        assert await healthz(app.http_port) == (
            503,
            {"status": "unavailable", "reason": "not receiving updates"},
        )
        await app._check_poller_lock()  # still taken: still paused
        assert not app.telegram.polling

        await admin.execute("SELECT pg_advisory_unlock($1)", ADVISORY_KEY)  # free again
        await app._check_poller_lock()
        assert app.telegram.polling and app.poller_lock.held
        assert not await admin.fetchval("SELECT pg_try_advisory_lock($1)", ADVISORY_KEY)
    finally:
        await admin.close()
    chat = Chat(api, api.user(903, "Alex"))
    [reply] = await chat.say("/help")  # receiving again
    assert reply.text == HELP


async def test_the_lock_check_keeps_a_healthy_lock(app: NudgerApp) -> None:
    assert await app.poller_lock.still_held() is True
    await app._check_poller_lock()
    assert app.telegram.polling and app.receiving

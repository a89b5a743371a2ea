"""/healthz and /metrics on the running app's web server, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import make_url

from nudger.app import NudgerApp
from nudger.errors import StartupError
from nudger.services.places import TimezoneResolver
from nudger.storage.db import create_engine, session_factory
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from nudger.web.metrics import Metrics
from nudger.web.server import HttpServer, Monitor, TickLog, tick_limits
from tests.conftest import PG_URL, FakeClock, _pg_admin
from tests.support.apps import build_app, free_port
from tests.support.chat import Chat
from tests.support.rows import eventually, first_due, nudges

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def get(port: int, path: str) -> tuple[int, str, str]:
    """GET ``path``; returns status, content type and body."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, response.headers["Content-Type"], await response.text()


async def healthz(port: int) -> tuple[int, dict[str, str]]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return response.status, await response.json()


async def scrape(port: int) -> Samples:
    status, content_type, body = await get(port, "/metrics")
    assert status == 200
    assert content_type.startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def _replace_with_directory(path: Path, moved: Path) -> None:
    path.rename(moved)
    path.mkdir()


async def test_healthy_while_the_ticks_run(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    app = build_app(
        api,
        db_url,
        clock,
        places,
        run_ticks=True,
        plan_interval_seconds=10,
        dispatch_interval_seconds=0.2,
    )
    await app.start()
    try:
        assert app.http_port > 0

        async def dispatched() -> bool:
            return "dispatch" in app.tick_log.finished and "plan" in app.tick_log.finished

        await eventually(dispatched)
        assert await healthz(app.http_port) == (200, {"status": "ok"})
    finally:
        await app.stop()


async def test_unavailable_when_no_ticks_run(app: NudgerApp) -> None:
    status, body = await healthz(app.http_port)
    assert (status, body) == (503, {"status": "unavailable", "reason": "ticks not running"})


async def test_unavailable_when_the_database_goes_away_mid_run(
    app: NudgerApp, db_url: str, tmp_path: Path
) -> None:
    assert (await healthz(app.http_port))[1]["reason"] == "ticks not running"
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        # Connections closed and the file replaced by a directory: nothing can open it.
        await app.engine.dispose()
        _replace_with_directory(Path(str(url.database)), tmp_path / "moved.db")
    else:
        await _pg_admin(PG_URL, f'DROP DATABASE "{url.database}" WITH (FORCE)')
    status, body = await healthz(app.http_port)
    assert (status, body) == (503, {"status": "unavailable", "reason": "database"})
    # /metrics still answers: the counters don't need the database.
    assert ("nudger_updates_total", ()) in await scrape(app.http_port)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_unavailable_when_the_database_cannot_be_reached(
    backend: str, tmp_path: Path
) -> None:
    """Built directly: a database that was never there (a directory, a closed port)."""
    if backend == "sqlite":
        (tmp_path / "a-directory.db").mkdir()
        url = f"sqlite+aiosqlite:///{tmp_path / 'a-directory.db'}"
    else:
        url = f"postgresql+asyncpg://nobody@127.0.0.1:{free_port()}/nothing"
    engine = create_engine(url)
    metrics = Metrics()
    ticks = TickLog(since=0.0, finished={"dispatch": 0.0, "plan": 0.0})
    monitor = Monitor(
        session_factory(engine),
        FakeClock(),
        metrics,
        ticks,
        tick_limits(600, 5),
        monotonic=lambda: 1.0,  # the ticks look fresh: only the database is wrong
    )
    server = HttpServer("127.0.0.1", 0, health=monitor.health, metrics=metrics)
    await server.start()
    try:
        assert await healthz(server.port) == (503, {"status": "unavailable", "reason": "database"})
    finally:
        await server.stop()
        await engine.dispose()
        await _sqlite_threads_ended()


async def _sqlite_threads_ended() -> None:
    """Wait for aiosqlite's worker threads of failed connections to end.

    A thread whose connection failed may still be posting its result when the test's event
    loop closes, which would surface as an unhandled thread exception in the next test.
    """
    async with asyncio.timeout(5):
        while any(  # noqa: ASYNC110 - threads have nothing to await
            "_connection_worker_thread" in thread.name for thread in threading.enumerate()
        ):
            await asyncio.sleep(0.01)


async def test_metrics_after_a_nudge_is_sent(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    chat = Chat(api, api.user(601, "Alex"))
    await chat.onboard()
    port = app.http_port
    before = await scrape(port)
    assert before[("nudger_oldest_due_seconds", ())] == 0.0
    assert before[("nudger_send_seconds_count", ())] == 0.0

    clock.set(await first_due(app) + timedelta(seconds=90))
    waiting = await scrape(port)
    assert waiting[("nudger_oldest_due_seconds", ())] == 90.0

    mark = api.mark()
    assert await app.dispatcher.tick() == 1
    await api.wait_for_call("sendMessage", since=mark)
    after = await scrape(port)
    rows = Counter(row.state for row in await nudges(app))
    assert rows["sent"] == 1
    for state in ("planned", "sending", "sent", "done", "failed", "expired"):
        assert after[("nudger_nudges", (("state", state),))] == rows[state]
    assert after[("nudger_send_seconds_count", ())] == 1.0
    assert after[("nudger_send_seconds_sum", ())] > 0
    assert after[("nudger_oldest_due_seconds", ())] == 0.0
    # Every message and tap of onboarding was an update.
    sent_by_user = len(api.calls_to("answerCallbackQuery"))
    assert after[("nudger_updates_total", ())] >= sent_by_user + 3
    assert after[("nudger_send_throttled_total", ())] == 0.0


async def test_a_429_is_counted(app: NudgerApp, api: FakeBotApi, clock: FakeClock) -> None:
    chat = Chat(api, api.user(602, "Alex"))
    await chat.onboard()
    clock.set(await first_due(app))
    api.fail_next("sendMessage", FakeError.retry_after(1))
    assert await app.dispatcher.tick() == 0
    samples = await scrape(app.http_port)
    assert samples[("nudger_send_throttled_total", ())] == 1.0
    assert samples[("nudger_send_seconds_count", ())] == 1.0  # the refused call took time too
    assert samples[("nudger_nudges", (("state", "sent"),))] == 0.0


async def test_a_taken_port_is_a_clear_startup_error(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        app = build_app(api, db_url, clock, places, http_port=port)
        with pytest.raises(StartupError, match=f"cannot listen on 127.0.0.1:{port}"):
            await app.start()

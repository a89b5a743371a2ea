"""The Ticker on the real APScheduler: ticks repeat, one at a time, and stop waits for them;
a failing tick is logged once per outage, then at a slow pace, and once when it recovers."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from nudger.jobs.ticker import FAILURE_LOG_INTERVAL, FailureLog, Ticker
from nudger.web.server import TickLog


async def test_ticks_repeat_and_a_failing_tick_does_not_stop_them() -> None:
    ticker = Ticker()
    ticks = TickLog()  # what the app records each tick's runs in (for /healthz)
    runs: list[int] = []
    enough = asyncio.Event()

    async def tick() -> None:
        runs.append(len(runs))
        if len(runs) >= 3:
            enough.set()
        if len(runs) == 1:
            raise RuntimeError("first tick fails")

    ticker.every("demo", timedelta(milliseconds=20), ticks.watch("demo", tick))
    ticker.start()
    try:
        async with asyncio.timeout(5):
            await enough.wait()
    finally:
        await ticker.stop()
    assert runs[:3] == [0, 1, 2]
    assert "demo" in ticks.finished


async def test_stop_waits_for_the_running_tick_and_no_tick_overlaps() -> None:
    ticker = Ticker()
    started = asyncio.Event()
    release = asyncio.Event()
    running = 0
    most = 0
    finished: list[bool] = []

    async def slow() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        started.set()
        await release.wait()
        finished.append(True)
        running -= 1

    ticker.every("slow", timedelta(milliseconds=10), slow)
    ticker.start()
    async with asyncio.timeout(5):
        await started.wait()
    await asyncio.sleep(0.05)  # several intervals pass while the tick is still running
    stopping = asyncio.create_task(ticker.stop())
    await asyncio.sleep(0)
    assert not stopping.done()  # stop() is waiting for the tick in hand
    release.set()
    async with asyncio.timeout(5):
        await stopping
    assert finished == [True]
    assert most == 1


class _Monotonic:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, dict[str, object]]]:
    found = []
    for record in caplog.records:
        if record.name == "nudger.jobs.ticker":
            found.append((str(getattr(record, "event", "")), dict(getattr(record, "fields", {}))))
    return found


async def test_a_tick_failing_through_an_outage_is_logged_once_then_slowly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """About 100 failures within a second (what the start of a database outage looked like)
    make one line; then one a minute while it lasts, and one when the tick works again."""
    clock = _Monotonic()
    ticker = Ticker(FailureLog(monotonic=clock))
    database_up = False

    async def tick() -> None:
        if not database_up:
            raise ConnectionRefusedError

    run = ticker.guarded("dispatch", tick)
    caplog.set_level(logging.INFO, logger="nudger.jobs.ticker")
    for _ in range(100):
        clock.now += 0.01
        await run()
    assert _lines(caplog) == [("tick_failed", {"tick": "dispatch", "failures": 1})]
    assert caplog.records[0].exc_info is not None  # the line says what failed, and where
    assert caplog.records[0].exc_info[0] is ConnectionRefusedError

    caplog.clear()
    clock.now += FAILURE_LOG_INTERVAL - 1.0  # still within the minute since the last line
    await run()
    assert _lines(caplog) == []
    clock.now += 1.0
    await run()
    await run()
    assert _lines(caplog) == [("tick_failed", {"tick": "dispatch", "failures": 102})]

    caplog.clear()
    database_up = True
    await run()
    await run()
    assert _lines(caplog) == [("tick_recovered", {"tick": "dispatch", "failures": 103})]

    caplog.clear()
    database_up = False  # the next outage is logged at once again
    await run()
    assert _lines(caplog) == [("tick_failed", {"tick": "dispatch", "failures": 1})]


async def test_each_kind_of_tick_is_paced_on_its_own(caplog: pytest.LogCaptureFixture) -> None:
    failures = FailureLog(monotonic=_Monotonic())
    caplog.set_level(logging.INFO, logger="nudger.jobs.ticker")
    for _ in range(3):
        failures.failed("plan", TimeoutError())
        failures.failed("wake", TimeoutError())
    failures.succeeded("plan")
    failures.succeeded("reap")  # never failed: nothing to say
    assert _lines(caplog) == [
        ("tick_failed", {"tick": "plan", "failures": 1}),
        ("tick_failed", {"tick": "wake", "failures": 1}),
        ("tick_recovered", {"tick": "plan", "failures": 3}),
    ]

"""The Ticker on the real APScheduler: ticks repeat, one at a time, and stop waits for them."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from nudger.jobs.ticker import Ticker


async def test_ticks_repeat_and_a_failing_tick_does_not_stop_them() -> None:
    ticker = Ticker()
    runs: list[int] = []
    enough = asyncio.Event()

    async def tick() -> None:
        runs.append(len(runs))
        if len(runs) >= 3:
            enough.set()
        if len(runs) == 1:
            raise RuntimeError("first tick fails")

    ticker.every("demo", timedelta(milliseconds=20), tick)
    ticker.start()
    try:
        async with asyncio.timeout(5):
            await enough.wait()
    finally:
        await ticker.stop()
    assert runs[:3] == [0, 1, 2]
    assert "demo" in ticker.last_tick


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

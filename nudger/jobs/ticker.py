"""Periodic ticks on APScheduler 3 (in memory): plan, dispatch, reap. Never a job per user."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from nudger.clock import utc_now
from nudger.logs import log_event

logger = logging.getLogger(__name__)

Tick = Callable[[], Awaitable[object]]


class Ticker:
    """Runs each tick on an interval, one at a time, and waits for running ticks on stop."""

    def __init__(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._running: set[asyncio.Task[None]] = set()
        self.last_tick: dict[str, datetime] = {}

    def every(self, name: str, interval: timedelta, tick: Tick) -> None:
        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self._running.add(task)
            try:
                await tick()
                self.last_tick[name] = utc_now()
            except Exception:  # noqa: BLE001 - a failed tick is logged; the next one runs
                log_event(logger, "tick_failed", logging.ERROR, tick=name, exc_info=True)
            finally:
                self._running.discard(task)

        self._scheduler.add_job(
            run,
            "interval",
            seconds=interval.total_seconds(),
            id=name,
            name=name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            next_run_time=utc_now(),
        )

    def start(self) -> None:
        self._scheduler.start()

    async def stop(self) -> None:
        """Start no more ticks, let the running ones finish, then shut down.

        APScheduler's asyncio executor cancels running coroutine jobs on
        shutdown, which could cut a dispatch between send and record, so the
        scheduler is paused and the running ticks are awaited first.
        """
        if not self._scheduler.running:
            return
        self._scheduler.pause()
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
        self._scheduler.shutdown(wait=False)

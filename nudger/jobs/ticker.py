"""Runs the timed jobs' ticks on APScheduler 3, in memory: one scheduler job per kind of work
(planning, dispatch, the reaper, reviews, ...), never one per user: nudges are rows that a
tick finds, so nothing is lost with the process and nothing grows with the users.

A tick that fails is logged through :class:`FailureLog`, so that a database outage, in which
every tick fails, costs a few log lines rather than one per tick.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from nudger.clock import utc_now
from nudger.logs import log_event

logger = logging.getLogger(__name__)

Tick = Callable[[], Awaitable[object]]

#: While a tick keeps failing, it is logged again at most this often (seconds).
FAILURE_LOG_INTERVAL = 60.0


@dataclass
class _Failing:
    """A tick kind's run of failures: how many, and when it was last logged."""

    failures: int
    logged_at: float


class FailureLog:
    """Logs failing ticks once per outage, then at a slow pace, and once when they recover.

    Per tick name: the first failure is logged at once (``tick_failed``, with the error and
    where it was raised); while the tick keeps failing, one ``tick_failed`` line at most every
    ``interval`` seconds, with ``failures=`` counting the failures in a row so far; the first
    success after that logs ``tick_recovered`` with the count. In a database outage every
    tick fails, and the dispatcher is woken after each /now, so this is what keeps the log
    readable. ``monotonic`` is the clock the pace is measured on.
    """

    def __init__(
        self,
        interval: float = FAILURE_LOG_INTERVAL,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._interval = interval
        self._monotonic = monotonic
        self._failing: dict[str, _Failing] = {}

    def failed(self, name: str, error: BaseException) -> None:
        now = self._monotonic()
        failing = self._failing.get(name)
        if failing is None:
            self._failing[name] = _Failing(1, now)
            self._log(name, error, 1)
            return
        failing.failures += 1
        if now - failing.logged_at >= self._interval:
            failing.logged_at = now
            self._log(name, error, failing.failures)

    def succeeded(self, name: str) -> None:
        failing = self._failing.pop(name, None)
        if failing is not None:
            log_event(
                logger, "tick_recovered", logging.WARNING, tick=name, failures=failing.failures
            )

    @staticmethod
    def _log(name: str, error: BaseException, failures: int) -> None:
        log_event(
            logger, "tick_failed", logging.ERROR, exc_info=error, tick=name, failures=failures
        )


class Ticker:
    """Runs each tick on an interval, one at a time, and waits for running ticks on stop."""

    def __init__(self, failures: FailureLog | None = None) -> None:
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._running: set[asyncio.Task[None]] = set()
        self.failures = failures or FailureLog()

    def every(self, name: str, interval: timedelta, tick: Tick) -> None:
        self._scheduler.add_job(
            self.guarded(name, tick),
            "interval",
            seconds=interval.total_seconds(),
            id=name,
            name=name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            next_run_time=utc_now(),  # the scheduler's own time: a first run right away
        )

    def guarded(self, name: str, tick: Tick) -> Callable[[], Awaitable[None]]:
        """One run of ``tick`` as the scheduler makes it: tracked for :meth:`stop`, and a
        failure logged through :attr:`failures` instead of stopping the next runs."""

        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self._running.add(task)
            try:
                await tick()
            except Exception as error:  # noqa: BLE001 - a failed tick is logged; the next one runs
                self.failures.failed(name, error)
            else:
                self.failures.succeeded(name)
            finally:
                self._running.discard(task)

        return run

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

"""The composition root: builds every part from the settings and owns start and stop order.

Start: catalog -> database (migrated to head) -> web server (/healthz, /metrics)
-> bot (getMe, setMyCommands) -> update polling -> periodic ticks. Stop runs in
reverse, and waits for a dispatch in progress to record what it sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import time
from datetime import timedelta
from pathlib import Path

from nudger import texts
from nudger.clock import Clock, utc_now
from nudger.conversation import Conversation, Deps
from nudger.dispatch import Dispatcher
from nudger.domain.catalog import Catalog
from nudger.logs import log_event
from nudger.messaging.handlers import Handlers
from nudger.messaging.telegram import TelegramGateway
from nudger.metrics import Metrics
from nudger.places import TimezoneResolver
from nudger.planner import Planner
from nudger.resources import default_catalog_path
from nudger.reviewer import Reviewer
from nudger.scheduler import Ticker
from nudger.settings import Settings
from nudger.storage.db import Engine, Sessions, create_engine, session_factory
from nudger.storage.migrations import upgrade_to_head
from nudger.web import HttpServer, Monitor, TickLog, tick_limits

logger = logging.getLogger(__name__)

REAP_INTERVAL = timedelta(seconds=60)


def load_catalog(path: Path | None) -> Catalog:
    """Read and validate the prompt catalog; raises CatalogError or OSError."""
    path = path or default_catalog_path()
    return Catalog.from_toml(path.read_text(encoding="utf-8"), source=str(path))


class NudgerApp:
    """One nudger process: polls Telegram, plans and dispatches.

    ``clock`` and ``rng`` are the only sources of time and chance; tests pass
    their own. With ``run_ticks=False`` nothing runs on a timer and the caller
    drives :attr:`planner` and :attr:`dispatcher` itself.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        run_ticks: bool = True,
        poll_timeout: float = 10.0,
        places: TimezoneResolver | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.rng = rng or random.Random()  # noqa: S311 - choosing prompts, not secrets
        self.run_ticks = run_ticks
        self.poll_timeout = poll_timeout
        self.places = places or TimezoneResolver()
        self.ticker = Ticker()
        self.metrics = Metrics()
        self.tick_log = TickLog()
        self._stopped = asyncio.Event()
        self._cleanup: contextlib.AsyncExitStack | None = None

    async def start(self) -> None:
        """Start every part; if one fails, the parts already started are stopped again."""
        settings = self.settings
        token = settings.require_token()
        self.catalog = load_catalog(settings.catalog_path)
        async with contextlib.AsyncExitStack() as stack:
            self.engine: Engine = create_engine(settings.database_url)
            stack.push_async_callback(self.engine.dispose)
            if await upgrade_to_head(self.engine):
                log_event(logger, "database_migrated")
            sessions = session_factory(self.engine)
            await self._serve_http(sessions, stack)
            self.telegram = TelegramGateway(token, settings.telegram_api_url, self.poll_timeout)
            messenger = self.telegram.messenger
            self.planner = Planner(
                sessions, self.clock, timedelta(hours=settings.plan_horizon_hours)
            )
            self.dispatcher = Dispatcher(
                sessions,
                messenger,
                self.catalog,
                self.clock,
                self.rng,
                batch_size=settings.dispatch_batch_size,
                lease=timedelta(seconds=settings.lease_seconds),
                grace=timedelta(minutes=settings.grace_minutes),
                rate_per_second=settings.send_rate_per_second,
                metrics=self.metrics,
            )
            self.conversation = Conversation(
                Deps(
                    sessions,
                    self.catalog,
                    self.planner,
                    self.places,
                    self.clock,
                    self.dispatcher.wake,
                )
            )
            self.reviewer = Reviewer(
                sessions,
                messenger,
                self.catalog,
                self.clock,
                self.conversation.pauses,
                self.dispatcher.budget,  # one send budget for nudges and reviews
                self.metrics,
            )
            Handlers(self.conversation, messenger, self.metrics.updates.inc).install(
                self.telegram.application
            )
            stack.push_async_callback(self.telegram.stop)
            bot_name = await self.telegram.start(texts.COMMANDS)
            warm = asyncio.create_task(asyncio.to_thread(self.places.warm))
            stack.push_async_callback(asyncio.wait, [warm])
            if self.run_ticks:
                self._schedule_ticks()
                stack.callback(setattr, self.tick_log, "since", None)
                stack.push_async_callback(self.ticker.stop)
            # Stop order: no new updates, no new claims, running ticks finish, then the rest.
            stack.push_async_callback(self.dispatcher.drain)
            stack.callback(self.dispatcher.stop)
            stack.push_async_callback(self.telegram.stop_polling)
            self._cleanup = stack.pop_all()
        log_event(logger, "started", bot=bot_name, ticks=self.run_ticks)

    async def _serve_http(self, sessions: Sessions, stack: contextlib.AsyncExitStack) -> None:
        """Start /healthz and /metrics; stopped after polling and the ticks, before the database."""
        settings = self.settings
        monitor = Monitor(
            sessions,
            self.clock,
            self.metrics,
            self.tick_log,
            tick_limits(settings.plan_interval_seconds, settings.dispatch_interval_seconds),
        )
        self.http = HttpServer(
            settings.http_host,
            settings.http_port,
            health=monitor.health,
            metrics=self.metrics,
            refresh=monitor.refresh,
        )
        await self.http.start()
        stack.push_async_callback(self.http.stop)
        log_event(logger, "http_listening", host=settings.http_host, port=self.http.port)

    @property
    def http_port(self) -> int:
        """The port /healthz and /metrics are served on (the one chosen, if the setting is 0)."""
        return self.http.port

    def _schedule_ticks(self) -> None:
        settings = self.settings
        ticks = [
            ("plan", timedelta(seconds=settings.plan_interval_seconds), self.planner.tick),
            (
                "dispatch",
                timedelta(seconds=settings.dispatch_interval_seconds),
                self.dispatcher.tick,
            ),
            ("reap", REAP_INTERVAL, self.dispatcher.reap),
            ("review", timedelta(seconds=settings.review_interval_seconds), self.reviewer.tick),
        ]
        for name, interval, tick in ticks:
            self.ticker.every(name, interval, self.tick_log.watch(name, tick))
        self.tick_log.since = time.monotonic()
        self.ticker.start()

    async def tick_once(self) -> None:
        """Run every periodic job once, in order (for ``run_ticks=False``: tests and the demo)."""
        await self.planner.tick()
        await self.dispatcher.reap()
        await self.dispatcher.tick()
        await self.reviewer.tick()

    async def stop(self) -> None:
        cleanup, self._cleanup = self._cleanup, None
        if cleanup is None:
            return
        log_event(logger, "stopping")
        await cleanup.aclose()
        log_event(logger, "stopped")

    def request_stop(self) -> None:
        self._stopped.set()

    async def run_until_stopped(self) -> None:
        """Run until SIGTERM or SIGINT, then stop cleanly."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        try:
            await self.start()
            await self._stopped.wait()
        finally:
            await self.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)

"""The composition root: builds every part from the settings and owns start and stop order.

Two roles share it. ``nudger run`` receives updates (polling, or the webhook) and runs the
periodic ticks; ``nudger worker`` only runs the ticks, and any number of them can run
beside one ``run`` on PostgreSQL.

Start: catalog -> database (migrated to head) -> [run, polling: the poller lock]
-> web server (/healthz, /metrics, the webhook) -> bot (getMe; run: setMyCommands, then
polling or setWebhook) -> periodic ticks. Stop runs in reverse, and waits for a dispatch
in progress to record what it sent.

The fast test tier composes the same parts around an :class:`Edge` instead of Telegram
(no gateway, web server or poller lock): see ``nudger.testing.inprocess``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Literal, Protocol

from nudger.bot.base import Deps, Inbound
from nudger.clock import Clock, utc_now
from nudger.config import BATCHES_IN_FLIGHT, Settings
from nudger.domain.catalog import Catalog
from nudger.errors import StartupError
from nudger.i18n.gate import gaps
from nudger.i18n.texts import LocaleError, Texts, shared_texts
from nudger.jobs.dispatcher import Dispatcher
from nudger.jobs.pause_ends import PauseEnds
from nudger.jobs.planner import PlanningJob
from nudger.jobs.reaper import Reaper
from nudger.jobs.send_budget import SendBudget
from nudger.jobs.ticker import Ticker
from nudger.jobs.weekly_review import Reviewer
from nudger.logs import log_event
from nudger.messaging.base import Messenger
from nudger.messaging.gateway import TelegramGateway
from nudger.resources import default_catalog_path
from nudger.services.places import TimezoneResolver
from nudger.services.planning import Planner
from nudger.storage.db import Engine, Sessions, create_engine, session_factory, unavailable
from nudger.storage.locks import PollerLock
from nudger.storage.migrations import upgrade_to_head
from nudger.storage.updates import UpdateSessions
from nudger.web.metrics import Metrics
from nudger.web.server import HttpServer, Monitor, TickLog, tick_limits

logger = logging.getLogger(__name__)

REAP_INTERVAL = timedelta(seconds=60)
#: How often the poller checks that it still holds the poller lock.
LOCK_CHECK_INTERVAL = timedelta(seconds=15)

Role = Literal["run", "worker"]


class Edge(Protocol):
    """Where updates come from and replies go when it is not Telegram (the fast test tier)."""

    @property
    def messenger(self) -> Messenger:
        """What every part sends with."""

    @property
    def bot_username(self) -> str:
        """The bot's @name without the @ (what Telegram's getMe would say)."""

    async def open(self, router: Inbound) -> None:
        """Start handing updates to ``router`` and sending its replies."""

    async def close(self) -> None:
        """Take no new updates; those being handled finish."""


def load_texts() -> Texts:
    """Every language's words, parsed and compiled once per process; raises StartupError
    for a broken file, a missing language or an English message a language lacks (the full
    check is ``nudger check-config``: too slow for every start)."""
    try:
        texts = shared_texts()
    except LocaleError as error:
        raise StartupError(str(error)) from error
    missing = gaps(texts)
    if missing:
        raise StartupError(
            "incomplete locales (`nudger check-config` lists every problem):\n"
            + "\n".join(f"  {problem}" for problem in missing)
        )
    return texts


def load_catalog(path: Path | None) -> Catalog:
    """Read and validate the prompt catalog; raises CatalogError or StartupError."""
    path = path or default_catalog_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise StartupError(
            f"could not read the prompt catalog at {path} ({reason}); check NUDGER_CATALOG_PATH"
        ) from error
    return Catalog.from_toml(text, source=str(path))


class NudgerApp:
    """One nudger process: receives updates (role ``run``), plans and dispatches.

    ``clock`` and ``rng`` are the only sources of time and chance; tests pass
    their own. With ``run_ticks=False`` nothing runs on a timer and the caller
    drives the jobs itself (:attr:`planning`, :attr:`reaper`, :attr:`dispatcher`,
    :attr:`pause_ends`, :attr:`reviewer`; or all of them with :meth:`tick_once`).
    ``wall`` and ``sleep`` are the real seconds the send budget paces requests by; the fast
    tests pass virtual ones. ``edge`` replaces Telegram (see :class:`Edge`).
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
        role: Role = "run",
        edge: Edge | None = None,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.role = role
        self.clock = clock
        self.rng = rng or random.Random()  # noqa: S311 - choosing prompts, not secrets
        self.run_ticks = run_ticks
        self.poll_timeout = poll_timeout
        self.places = places or TimezoneResolver()
        self._edge = edge
        self._wall = wall
        self._sleep = sleep
        self.ticker = Ticker()
        self.metrics = Metrics()
        self.tick_log = TickLog()
        self._stopped = asyncio.Event()
        self._cleanup: contextlib.AsyncExitStack | None = None
        self._lock_lost = False

    async def start(self) -> None:
        """Start every part; if one fails, the parts already started are stopped again."""
        settings = self.settings
        token = settings.require_token() if self._edge is None else ""
        self.catalog = load_catalog(settings.catalog_path)
        self.texts = load_texts()
        async with contextlib.AsyncExitStack() as stack:
            self.engine: Engine = create_engine(settings.database_url)
            stack.push_async_callback(self.engine.dispose)
            if await upgrade_to_head(self.engine):
                log_event(logger, "database_migrated")
            self.sessions: Sessions = session_factory(self.engine)
            if self._edge is None:
                bot_name = await self._start_with_telegram(token, stack)
            else:
                bot_name = await self._start_with_edge(self._edge, stack)
            self._cleanup = stack.pop_all()
        log_event(
            logger, "started", bot=bot_name, role=self.role, mode=self.mode, ticks=self.run_ticks
        )

    async def _start_with_telegram(self, token: str, stack: contextlib.AsyncExitStack) -> str:
        settings = self.settings
        if self.role == "run":
            await self._lock_receiving(stack)
        await self._serve_http(self.sessions, stack)
        self.telegram = TelegramGateway(token, settings.telegram_api_url, self.poll_timeout)
        self._compose(self.telegram.messenger, self.telegram.username)
        inbound = None
        if self.role == "run":  # a worker never receives updates
            from nudger.messaging.inbound import InboundUpdates

            inbound = InboundUpdates(
                self.router,
                self.messenger,
                bot_username=self.telegram.username,
                transient=unavailable,
                on_update=self.metrics.updates.inc,
            )
            self.telegram.handle_updates(inbound)
        stack.push_async_callback(self.telegram.stop)
        bot_name = await self._connect()
        self._start_ticks(stack)
        # Stop order: no new updates, no new claims, running ticks finish, then the rest.
        stack.push_async_callback(self.dispatcher.drain)
        stack.callback(self.dispatcher.stop)
        stack.push_async_callback(self.telegram.stop_receiving)
        if inbound is not None:
            stack.callback(inbound.stop)
        stack.callback(self.http.not_ready)
        self.http.ready()
        return bot_name

    async def _start_with_edge(self, edge: Edge, stack: contextlib.AsyncExitStack) -> str:
        """The same parts around ``edge``: no Bot API, no web server, no poller lock."""
        self._compose(edge.messenger, lambda: edge.bot_username)
        if self.role == "run":
            await edge.open(self.router)
        self._start_ticks(stack)
        stack.push_async_callback(self.dispatcher.drain)
        stack.callback(self.dispatcher.stop)
        if self.role == "run":
            stack.push_async_callback(edge.close)
        return "in-process"

    def _compose(self, messenger: Messenger, bot_username: Callable[[], str]) -> None:
        """The parts both sides use, sending with ``messenger``; ``bot_username`` tells the
        bot's @name once Telegram said it (for invitation links)."""
        settings = self.settings
        sessions = self.sessions
        self.messenger = messenger
        self.budget = SendBudget(
            sessions,
            settings.send_rate_per_second,
            chat_interval=settings.chat_interval_seconds,
            paid_above=settings.paid_above,
            wall=self._wall,
            sleep=self._sleep,
        )
        self.planner = Planner(timedelta(hours=settings.plan_horizon_hours))
        self.planning = PlanningJob(sessions, self.clock, self.planner)
        self.dispatcher = Dispatcher(
            sessions,
            messenger,
            self.catalog,
            self.clock,
            self.rng,
            batch_size=settings.dispatch_batch_size,
            lease=timedelta(seconds=settings.lease_seconds),
            grace=timedelta(minutes=settings.grace_minutes),
            budget=self.budget,
            metrics=self.metrics,
            resend_unknown=settings.resend_unknown,
            batches_in_flight=BATCHES_IN_FLIGHT,
            failures=self.ticker.failures,
            texts=self.texts,
        )
        self.reaper = Reaper(
            sessions,
            self.clock,
            self.budget,
            grace=timedelta(minutes=settings.grace_minutes),
        )
        if self.role == "run":
            # Imported here: a worker never receives an update, and the inbound side's
            # modules are about 2.6 MiB it need not hold (issue 5's memory target).
            from nudger.bot.router import Router

            update_sessions = UpdateSessions(sessions, self.clock)
            dispatcher = self.dispatcher
            self.router = Router(
                Deps(
                    update_sessions,
                    self.catalog,
                    self.planner,
                    self.places,
                    self.texts,
                    self.clock,
                    lambda: update_sessions.after_commit(dispatcher.wake),
                    bot_username,
                )
            )
        # One send budget for nudges, reviews and notices, in all processes.
        self.pause_ends = PauseEnds(
            sessions, messenger, self.clock, self.planner, self.budget, self.texts, self.metrics
        )
        self.reviewer = Reviewer(
            sessions, messenger, self.catalog, self.clock, self.budget, self.metrics, self.texts
        )

    def _start_ticks(self, stack: contextlib.AsyncExitStack) -> None:
        """Warm the city index (``run``) and start the periodic ticks (``run_ticks``)."""
        if self.role == "run":
            warm = asyncio.create_task(asyncio.to_thread(self.places.warm))
            stack.push_async_callback(asyncio.wait, [warm])
        if self.run_ticks:
            self._schedule_ticks()
            stack.callback(setattr, self.tick_log, "since", None)
            stack.push_async_callback(self.ticker.stop)

    @property
    def mode(self) -> str:
        """How updates arrive: ``polling``, ``webhook``, ``in-process`` (an :class:`Edge`), or
        ``none`` (a worker)."""
        if self.role == "worker":
            return "none"
        if self._edge is not None:
            return "in-process"
        return "webhook" if self.settings.webhook_url else "polling"

    @property
    def receiving(self) -> bool:
        """Whether this process receives updates now (False for a worker, or while a ``run``
        has lost the receiver lock to another process)."""
        return self.role == "run" and not self._lock_lost

    async def _connect(self) -> str:
        """The bot: a worker only checks the token; ``run`` also receives updates."""
        settings = self.settings
        if self.role == "worker":
            return await self.telegram.connect()
        webhook = None
        if settings.webhook_url is not None and settings.webhook_secret is not None:
            webhook = (settings.webhook_url, settings.webhook_secret.get_secret_value())
        return await self.telegram.start(
            self.router.intros(), webhook, webhook_connections=settings.webhook_max_concurrency
        )

    async def _lock_receiving(self, stack: contextlib.AsyncExitStack) -> None:
        """One poller per database, or any number of webhook receivers (storage.locks)."""
        webhook = self.mode == "webhook"
        self.poller_lock = PollerLock(self.engine, shared=webhook)
        self._lock_lost = False
        if not await self.poller_lock.acquire():
            if webhook:
                raise StartupError(
                    "a `nudger run` is polling Telegram for this database; stop it before "
                    "starting webhook receivers (NUDGER_WEBHOOK_URL)"
                )
            raise StartupError(
                "another `nudger run` is already receiving updates for this database; "
                "start more processes with `nudger worker`, which only plan and send, or "
                "receive by webhook (NUDGER_WEBHOOK_URL), where any number of `nudger run` "
                "can share the updates"
            )
        stack.push_async_callback(self.poller_lock.release)

    async def _check_poller_lock(self) -> None:
        """Stop receiving while another process holds the lock, and start again once it is ours.

        That happens after this process lost the lock's connection (a network blip, a
        database restart) and another ``run`` took the lock meanwhile. ``/healthz`` reports
        it, so an orchestrator can restart this process.
        """
        held = await self.poller_lock.still_held()
        if held is False and not self._lock_lost:
            self._lock_lost = True
            log_event(logger, "poller_lock_lost", logging.ERROR)
            self.telegram.pause_polling()
            self.http.not_ready()
        elif held is True and self._lock_lost:
            self._lock_lost = False
            log_event(logger, "poller_lock_regained", logging.WARNING)
            self.telegram.resume_polling()
            self.http.ready()

    async def _serve_http(self, sessions: Sessions, stack: contextlib.AsyncExitStack) -> None:
        """Start /healthz and /metrics; stopped after polling and the ticks, before the database."""
        settings = self.settings
        monitor = Monitor(
            sessions,
            self.clock,
            self.metrics,
            self.tick_log,
            tick_limits(settings.plan_interval_seconds, settings.dispatch_interval_seconds),
            receiving=lambda: self.role == "worker" or self.receiving,
        )
        self.http = HttpServer(
            settings.http_host,
            settings.http_port,
            health=monitor.health,
            metrics=self.metrics,
            refresh=monitor.refresh,
        )
        if self.mode == "webhook":
            assert settings.webhook_path is not None and settings.webhook_secret is not None
            self.http.serve_webhook(
                settings.webhook_path,
                settings.webhook_secret.get_secret_value(),
                lambda update: self.telegram.receive(update),
                max_concurrency=settings.webhook_max_concurrency,
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
        review_interval = timedelta(seconds=settings.review_interval_seconds)
        ticks = [
            ("plan", timedelta(seconds=settings.plan_interval_seconds), self.planning.tick),
            (
                "dispatch",
                timedelta(seconds=settings.dispatch_interval_seconds),
                self.dispatcher.tick,
            ),
            ("reap", REAP_INTERVAL, self.reaper.tick),
            # Pauses end at the pace reviews are looked for, as when one job did both.
            ("pause_ends", review_interval, self.pause_ends.tick),
            ("review", review_interval, self.reviewer.tick),
        ]
        if self.role == "run" and self._edge is None:
            ticks.append(("poller_lock", LOCK_CHECK_INTERVAL, self._check_poller_lock))
        for name, interval, tick in ticks:
            self.ticker.every(name, interval, self.tick_log.watch(name, tick))
        self.tick_log.since = time.monotonic()
        self.ticker.start()

    async def tick_once(self) -> None:
        """Run every periodic job once, in order (for ``run_ticks=False``: tests and the demo)."""
        await self.planning.tick()
        await self.reaper.tick()
        await self.dispatcher.tick()
        await self.pause_ends.tick()
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

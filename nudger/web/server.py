"""The built-in web server (aiohttp): ``/healthz``, ``/metrics`` and, in webhook mode, the webhook.

``/healthz`` answers 200 ``{"status": "ok"}`` when a small database query answers in time and
the periodic ticks are alive, and 503 ``{"status": "unavailable", "reason": ...}`` otherwise.
``/metrics`` is the Prometheus text of :class:`nudger.web.metrics.Metrics`; the gauges that come
from the database are read again on each scrape. Neither says anything about any user.

The webhook (``NUDGER_WEBHOOK_URL``'s path) refuses a request without the right secret
header with 403 (compared in constant time) before reading it, handles the update before
answering, and answers 500 if handling failed so that Telegram delivers it again. It handles
at most ``NUDGER_WEBHOOK_MAX_CONCURRENCY`` updates at once (Telegram is told the same as its
``max_connections``) and answers 503 past that, at once: Telegram keeps the update and posts
it again, while a queue here would hold memory and connections without bound.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from nudger.clock import Clock
from nudger.errors import StartupError
from nudger.logs import log_event
from nudger.storage import stats
from nudger.storage.db import Sessions
from nudger.web.metrics import Metrics

logger = logging.getLogger(__name__)

#: Telegram's header with the webhook's secret token.
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
#: A Telegram update is far smaller; anything bigger is refused with 413 before it is read.
MAX_UPDATE_BYTES = 1024 * 1024

#: Handles one update from the webhook; False if it failed and Telegram should retry it.
Receive = Callable[[dict[str, Any]], Awaitable[bool]]


@dataclass
class Webhook:
    secret: bytes
    receive: Receive
    #: Updates handled at once; past it, 503.
    max_concurrency: int
    ready: bool = False
    #: Updates being read or handled now.
    in_flight: int = 0
    #: Whether the last request was refused for want of room (one log line per busy spell).
    busy: bool = False


#: How long /healthz and /metrics wait for the database.
DB_TIMEOUT = 2.0


@dataclass(frozen=True)
class Health:
    ok: bool
    reason: str | None = None

    def body(self) -> dict[str, str]:
        if self.ok:
            return {"status": "ok"}
        return {"status": "unavailable", "reason": self.reason or "unknown"}


HealthCheck = Callable[[], Awaitable[Health]]
Refresh = Callable[[], Awaitable[None]]


def tick_limits(plan_interval: float, dispatch_interval: float) -> dict[str, float]:
    """How long (seconds) each watched tick may go without finishing before health fails.

    Dispatch: three intervals, at least 30 s. Planning: three intervals plus a minute.
    """
    return {
        "dispatch": max(3 * dispatch_interval, 30.0),
        "plan": 3 * plan_interval + 60.0,
    }


@dataclass
class TickLog:
    """When each periodic tick last finished without an error, and which runs are under way.

    Times are ``time.monotonic()`` readings: liveness is about real elapsed time, whatever
    clock the app runs on. ``since`` is when the ticks were scheduled; ``None`` means they
    don't run in this process (``run_ticks=False``).
    """

    since: float | None = None
    finished: dict[str, float] = field(default_factory=dict)
    #: When the run of each tick now under way started.
    running: dict[str, float] = field(default_factory=dict)

    def watch(
        self, name: str, tick: Callable[[], Awaitable[object]]
    ) -> Callable[[], Awaitable[None]]:
        """Wrap ``tick`` so that its runs are recorded under ``name`` (errors pass through)."""

        async def run() -> None:
            self.running[name] = time.monotonic()
            try:
                await tick()
                self.finished[name] = time.monotonic()
            finally:
                self.running.pop(name, None)

        return run


def tick_problem(
    log: TickLog, limits: Mapping[str, float], now: float, running_limit: float = 600.0
) -> str | None:
    """Why the ticks don't look alive at monotonic time ``now``, or None if they do.

    A tick counts as alive if it finished within its limit (measured from when the ticks
    were scheduled until its first run ends), or if a run of it is in progress and started
    within ``max(limit, running_limit)``: a long catch-up after downtime is not a hang.
    """
    if log.since is None:
        return "ticks not running"
    for name, limit in limits.items():
        finished = log.finished.get(name, log.since)
        if now - finished <= limit:
            continue
        started = log.running.get(name)
        if started is not None and now - started <= max(limit, running_limit):
            continue
        return f"{name} tick late"
    return None


class Monitor:
    """The health check and the database gauges, read from the running app's parts."""

    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        metrics: Metrics,
        ticks: TickLog,
        limits: Mapping[str, float],
        *,
        db_timeout: float = DB_TIMEOUT,
        monotonic: Callable[[], float] = time.monotonic,
        receiving: Callable[[], bool] = lambda: True,
    ) -> None:
        self._sessions = sessions
        self._receiving = receiving
        self._clock = clock
        self._metrics = metrics
        self._ticks = ticks
        self._limits = dict(limits)
        self._db_timeout = db_timeout
        self._monotonic = monotonic

    async def health(self) -> Health:
        try:
            async with asyncio.timeout(self._db_timeout), self._sessions() as session:
                await stats.oldest_due(session, self._clock())
        except Exception as error:  # noqa: BLE001 - any failure of the database is "down"
            log_event(logger, "health_database_failed", logging.WARNING, error=type(error).__name__)
            return Health(False, "database")
        if not self._receiving():
            return Health(False, "not receiving updates")  # another process holds the lock
        problem = tick_problem(self._ticks, self._limits, self._monotonic())
        return Health(False, problem) if problem else Health(True)

    async def refresh(self) -> None:
        """Read the nudges-by-state and oldest-due gauges from the database."""
        now = self._clock()
        async with asyncio.timeout(self._db_timeout), self._sessions() as session:
            counts = await stats.count_by_state(session)
            oldest = await stats.oldest_due(session, now)
        self._metrics.set_nudges(counts)
        self._metrics.set_oldest_due(0.0 if oldest is None else (now - oldest).total_seconds())


class HttpServer:
    """aiohttp on ``host``:``port`` (0: any free port; :attr:`port` tells which after start)."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        health: HealthCheck,
        metrics: Metrics,
        refresh: Refresh | None = None,
    ) -> None:
        self._host = host
        self._requested_port = port
        self._health = health
        self._metrics = metrics
        self._refresh = refresh
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._webhook: Webhook | None = None
        application = web.Application(client_max_size=MAX_UPDATE_BYTES)
        application.router.add_get("/healthz", self._on_healthz)
        application.router.add_get("/metrics", self._on_metrics)
        self._application = application

    def serve_webhook(
        self,
        path: str,
        secret: str,
        receive: Receive,
        *,
        max_concurrency: int,
    ) -> None:
        """Answer Telegram's POSTs on ``path`` (call before :meth:`start`).

        Until :meth:`ready` is called the webhook answers 503, and Telegram retries; also
        while ``max_concurrency`` updates are being handled.
        """
        self._webhook = Webhook(secret.encode(), receive, max_concurrency)
        self._application.router.add_post(path, self._on_webhook)

    def ready(self) -> None:
        """The bot can handle updates now."""
        if self._webhook is not None:
            self._webhook.ready = True

    def not_ready(self) -> None:
        """Stopping: the webhook answers 503 (Telegram keeps the update and retries)."""
        if self._webhook is not None:
            self._webhook.ready = False

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the HTTP server is not running")
        return self._port

    async def start(self) -> None:
        runner = web.AppRunner(self._application, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._requested_port)
        try:
            await site.start()
        except OSError as error:
            await runner.cleanup()
            raise StartupError(
                f"cannot listen on {self._host}:{self._requested_port} ({error.strerror}); "
                "check NUDGER_HTTP_HOST and NUDGER_HTTP_PORT"
            ) from error
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        self._port = None
        if runner is not None:
            await runner.cleanup()

    async def _on_healthz(self, _request: web.Request) -> web.Response:
        health = await self._health()
        return web.json_response(health.body(), status=200 if health.ok else 503)

    async def _on_webhook(self, request: web.Request) -> web.Response:
        webhook = self._webhook
        assert webhook is not None  # the route exists only with a webhook
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, webhook.secret):
            log_event(logger, "webhook_refused", logging.WARNING, reason="secret")
            return web.json_response({"error": "forbidden"}, status=403)
        if not webhook.ready:
            return web.json_response({"error": "starting"}, status=503)
        if webhook.in_flight >= webhook.max_concurrency:
            self._metrics.webhook_busy.inc()
            if not webhook.busy:
                webhook.busy = True
                log_event(logger, "webhook_busy", logging.WARNING, limit=webhook.max_concurrency)
            return web.json_response({"error": "busy, try again"}, status=503)
        webhook.busy = False
        webhook.in_flight += 1
        try:
            return await self._handle_update(request, webhook)
        finally:
            webhook.in_flight -= 1

    @staticmethod
    async def _handle_update(request: web.Request, webhook: Webhook) -> web.Response:
        try:
            update = await request.json()
        except ValueError:
            update = None
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            log_event(logger, "webhook_refused", logging.WARNING, reason="not_an_update")
            return web.json_response({"error": "not an update"}, status=400)
        # Handled before the answer: a failure gets Telegram's retry.
        if not await webhook.receive(update):
            return web.json_response({"error": "not handled, try again"}, status=500)
        return web.json_response({"ok": True})

    async def _on_metrics(self, _request: web.Request) -> web.Response:
        if self._refresh is not None:
            try:
                await self._refresh()
            except Exception as error:  # noqa: BLE001 - counters are still worth serving
                log_event(
                    logger, "metrics_refresh_failed", logging.WARNING, error=type(error).__name__
                )
        return web.Response(
            body=self._metrics.render(), headers={"Content-Type": self._metrics.content_type}
        )

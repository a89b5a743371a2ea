"""Case 7, receivers that scale out: one webhook receiver against three, on PostgreSQL.

``nudger run`` in webhook mode, 1 or 3 processes, behind a round-robin balancer (the
stand-in for nginx, :mod:`nudger.testing.balancer`, in a process of its own); the fake Bot
API posts each press to the balancer as Telegram does (up to 100 posts at once, one chat's
one at a time). The receivers first deliver one nudge to each user; then users press Done at
rising rates, a few seconds each, until the answers' p99 goes over 50 ms or a press is not
answered. The highest rate that held is the configuration's capacity.

Target (PostgreSQL): three receivers sustain at least 2.5 times the press rate of one, at p99
50 ms or less. Everything shares this machine's cores: the receivers, PostgreSQL, the
balancer, and the fake with the pressing driver.
"""

from __future__ import annotations

import asyncio
import math
import socket
import sys
import time
from dataclasses import dataclass

from bench.cases.callbacks import (
    PRESS_RATE,
    SETUP_ENV,
    _delivered,
    _seeded,
    _warmed_up,
    press_all,
    wait_answered,
)
from bench.cases.punctuality import Delivery, LoopLag, chats, collector_paused
from bench.harness import Context, DbKind, fake_api, percentile, process_cpu_seconds
from nudger.clock import utc_now
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import NudgerProcess

CASE = "receivers"
#: Press rates tried, in order, each for STEP_SECONDS (the first that fails ends the ladder).
LADDER = (100, 150, 200, 300, 400, 500, 600, 800)
STEP_SECONDS = 3.0
#: Presses first, at a low rate, not counted: connections and prepared statements warm up.
WARM_UP_PRESSES = 150
WARM_UP_RATE = 50.0
#: The answer p99 a rate must hold, and the scaling target.
P99_MS = 50.0
SCALE_TARGET = 2.5
SECRET = "bench-receivers"  # noqa: S105 - the webhook secret of a benchmark run
PATH = "/telegram/update"


@dataclass(frozen=True)
class Step:
    rate: float
    p99_ms: float
    unanswered: int
    cpu_per_press_ms: float

    @property
    def held(self) -> bool:
        return self.p99_ms <= P99_MS and self.unanswered == 0


async def run(ctx: Context) -> None:
    if "postgres" not in ctx.databases:
        return
    held: dict[int, float] = {}
    for receivers in (1, 3):
        held[receivers] = await _run_one(ctx, "postgres", receivers)
    if ctx.smoke or not held[1]:
        return
    ratio = held[3] / held[1]
    ctx.report.add(CASE, "postgres", "3 receivers / 1", "sustained press rate ratio", ratio, "x")
    ctx.report.check(
        "3 webhook receivers / 1, press rate at p99 <= 50 ms", "postgres", ratio, ">=", 2.5, "x"
    )


async def _run_one(ctx: Context, kind: DbKind, receivers: int) -> float:
    ladder = (PRESS_RATE,) if ctx.smoke else LADDER
    seconds = 0.2 if ctx.smoke else STEP_SECONDS
    counts = [max(2, math.ceil(rate * seconds)) for rate in ladder]
    warm_up = ctx.scale(WARM_UP_PRESSES, 10)  # not counted: each receiver's first requests
    now = utc_now()
    async with ctx.database(kind) as db, fake_api(chats=chats(warm_up + sum(counts))) as api:
        api.webhook_retry_delay = 0.5
        nudges = await _seeded(db, warm_up + sum(counts), now)
        ports = [_free_port() for _ in range(receivers)]
        balancer = await _balancer(ctx, ports)
        bots: list[NudgerProcess] = []
        steps: list[Step] = []
        try:
            for port in ports:
                bot = await ctx.start(
                    "run",
                    api,
                    db,
                    **SETUP_ENV,
                    NUDGER_HTTP_PORT=str(port),
                    NUDGER_WEBHOOK_URL=balancer[1] + PATH,
                    NUDGER_WEBHOOK_SECRET=SECRET,
                    NUDGER_WEBHOOK_MAX_CONCURRENCY="100",
                )
                bots.append(bot)
            for bot in bots:
                await bot.wait_for("started")
            targets = await _delivered(api, db, bots[0], nudges)
            for bot in bots:
                await _warmed_up(bot)
            await _step(api, bots, targets[:warm_up], WARM_UP_RATE)
            first = warm_up
            for rate, count in zip(ladder, counts, strict=True):
                step = await _step(api, bots, targets[first : first + count], rate)
                first += count
                steps.append(step)
                if not step.held:
                    break
        finally:
            for bot in bots:
                await bot.stop()
            balancer[0].kill()
            await balancer[0].wait()
    subject = f"{receivers} webhook receiver{'s' if receivers > 1 else ''}, ladder"
    for step in steps:
        rate_subject = f"{subject} at {step.rate:.0f}/s"
        ctx.report.add(CASE, kind, rate_subject, "answer p99", step.p99_ms, "ms")
        ctx.report.add(CASE, kind, rate_subject, "not answered", step.unanswered, "presses")
        ctx.report.add(
            CASE, kind, rate_subject, "CPU per press", step.cpu_per_press_ms, "ms", "receivers"
        )
    sustained = max((step.rate for step in steps if step.held), default=0.0)
    ctx.report.add(CASE, kind, subject, "press rate held at p99 <= 50 ms", sustained, "/s")
    return sustained


async def _step(
    api: FakeBotApi, bots: list[NudgerProcess], targets: list[Delivery], rate: float
) -> Step:
    cpu = sum(process_cpu_seconds(bot.pid) for bot in bots)
    with collector_paused():
        async with LoopLag() as lag:
            pressing = await press_all(api, targets, rate)
            waited = await wait_answered(api, pressing.presses, bots[0], lag)
    cpu = sum(process_cpu_seconds(bot.pid) for bot in bots) - cpu
    answered = {qid: call.at for qid, call in api.answered_callbacks.items()}
    latencies = [answered.get(p.query_id, waited.ended) - p.queued for p in pressing.presses]
    unanswered = sum(1 for p in pressing.presses if p.query_id not in answered)
    presses = max(1, len(pressing.presses))
    return Step(rate, percentile(latencies, 99) * 1000, unanswered, cpu / presses * 1000)


async def _balancer(ctx: Context, ports: list[int]) -> tuple[asyncio.subprocess.Process, str]:
    """The balancer in its own process; (process, its URL)."""
    url_file = ctx.workdir / f"balancer-{time.monotonic_ns()}.url"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "nudger.testing.balancer",
        *(f"http://127.0.0.1:{port}" for port in ports),
        "--url-file",
        str(url_file),
    )
    async with asyncio.timeout(30):
        while not url_file.exists() or not url_file.read_text(encoding="utf-8"):
            await asyncio.sleep(0.05)
    return process, url_file.read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

"""Case 3, dispatch capacity: how fast nudger itself can claim, send and record nudges.

The send limit is lifted (``NUDGER_SEND_RATE_PER_SECOND=10000``; per-chat pacing stays on,
at its default) and the Bot API is :mod:`bench.sink` in its own process, answering at once
or after 50 ms. Every nudge is due already; the figure is the count over the time from the
first send arriving to the last nudge recorded as sent in the database, for 1 and for 3
``nudger worker`` processes. CPU is the workers' user + system time over the same span.

Targets (PostgreSQL, 1 process): at least 2,000 nudges/s with 0 ms latency and 500/s with
50 ms (which needs sends in flight together, not one after another); and (both databases, 1
process, 0 ms) at most 1 ms of CPU per nudge: 1,000 a second per core, Telegram's paid
ceiling. The 1-process, 0 ms run is repeated on asyncio's own loop, to measure uvloop.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from bench import seed
from bench.harness import Context, Database, nudger_env, process_cpu_seconds, unique_name
from nudger.testing.processes import NudgerProcess

CASE = "dispatch"
LATENCIES = (0.0, 0.05)
PROCESSES = (1, 3)
#: Targets, PostgreSQL and one process: latency → nudges per second.
TARGETS = {0.0: 2000.0, 0.05: 500.0}
#: Nudges per claim: raised from the default (50) with the rate, as docs/operations.md advises.
BATCH = 200
#: The target on CPU per nudge in one worker (claim, choose, send, record), in seconds.
CPU_PER_NUDGE = 0.001


@dataclass
class Sink:
    url: str
    record: Path
    process: asyncio.subprocess.Process

    def arrivals(self) -> list[tuple[float, int]]:
        with self.record.open(encoding="utf-8") as lines:
            return [(float(at), int(nudge)) for at, nudge in map(json.loads, lines)]


@asynccontextmanager
async def sink(workdir: Path, latency: float) -> AsyncIterator[Sink]:
    """:mod:`bench.sink` in its own process; its record is complete after the block."""
    record = workdir / f"sink-{time.monotonic_ns()}.jsonl"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.sink",
        "--latency",
        str(latency),
        "--record",
        str(record),
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    port = int((await process.stdout.readline()).decode())
    found = Sink(f"http://127.0.0.1:{port}", record, process)
    try:
        yield found
    finally:
        process.terminate()
        await process.wait()


async def _sent(db: Database, slot: int) -> int:
    async with db.sessions() as session:
        found = await session.execute(
            text("SELECT count(*) FROM nudges WHERE slot = :slot AND state = 'sent'"),
            {"slot": slot},
        )
        return int(found.scalar_one())


async def _run(
    ctx: Context,
    db: Database,
    count: int,
    latency: float,
    processes: int,
    slot: int,
    loop: str = "uvloop",
) -> None:
    now = datetime.now(UTC)
    await seed.nudges(
        db, first_user=1, count=count, due=now - timedelta(seconds=30), slot=slot, now=now
    )
    async with sink(ctx.workdir, latency) as api:
        env = nudger_env(
            api.url,
            db.url,
            NUDGER_SEND_RATE_PER_SECOND="10000",
            NUDGER_DISPATCH_INTERVAL_SECONDS="1",
            NUDGER_DISPATCH_BATCH_SIZE=str(BATCH),
            NUDGER_EVENT_LOOP=loop,
        )
        workers = [
            await NudgerProcess.start("worker", ctx.workdir, env, unique_name("worker", n))
            for n in range(processes)
        ]
        ctx.processes.extend(workers)
        # Wait for the first send: the workers are up and dispatching.
        async with asyncio.timeout(60):
            while await _sent(db, slot) == 0:
                await asyncio.sleep(0.01)
        started = time.time()
        cpu = sum(process_cpu_seconds(w.pid) for w in workers)
        limit = max(60.0, count / 100)
        while (done := await _sent(db, slot)) < count:
            if time.time() - started > limit or not all(w.running for w in workers):
                raise RuntimeError(f"{done} of {count} recorded within {limit:.0f} s")
            await asyncio.sleep(0.05)
        finished = time.time()
        cpu = sum(process_cpu_seconds(w.pid) for w in workers) - cpu
        for worker in workers:
            await worker.stop()
    arrivals = api.arrivals()
    first = min(at for at, _ in arrivals)
    seconds = finished - min(first, started)
    copies = Counter(nudge for _, nudge in arrivals)
    twice = sum(1 for n in copies.values() if n > 1)
    subject = f"{processes} worker{'s' if processes > 1 else ''}, {latency * 1000:.0f} ms latency"
    if loop != "uvloop":
        subject += f", {loop}'s loop"
    rate = ctx.report.add(
        CASE, db.kind, subject, "nudges claimed, sent and recorded", count / seconds, "/s"
    )
    per_1000 = ctx.report.add(
        CASE, db.kind, subject, "CPU per 1,000 nudges", cpu / count * 1000, "s"
    )
    if twice or len(copies) != count:
        ctx.report.errors.append(
            f"{CASE} {db.kind} {subject}: {len(copies)} of {count} nudges arrived, {twice} twice"
        )
    if loop != "uvloop":
        return
    if processes == 1 and latency == 0:
        ctx.report.check(
            "worker CPU per nudge, 1 process", db.kind, per_1000, "<=", CPU_PER_NUDGE * 1000, "ms"
        )
    if db.kind == "postgres" and processes == 1:
        ctx.report.check(
            f"dispatch capacity, 1 process, {latency * 1000:.0f} ms latency",
            db.kind,
            rate,
            ">=",
            TARGETS[latency],
            "nudges/s",
        )


async def run(ctx: Context) -> None:
    for kind in ctx.databases:
        async with ctx.database(kind) as db:
            users = ctx.scale(20_000, 200)
            started = datetime.now(UTC)
            await seed.users(db, users, started, zone=_daytime_zone(started))
            slot = 10
            for latency, processes, loop in _runs(ctx, kind):
                count = ctx.scale(20_000 if latency == 0 else 10_000, 200)
                await _run(ctx, db, min(count, users), latency, processes, slot, loop)
                slot += 1


def _runs(ctx: Context, kind: str) -> list[tuple[float, int, str]]:
    """(latency, processes, event loop) to measure: all four on uvloop and one process at
    0 ms on asyncio's loop; in a smoke run one per database, which between them cover both
    latencies and both process counts."""
    if ctx.smoke:
        if kind == "sqlite":
            return [(LATENCIES[0], PROCESSES[0], "uvloop")]
        return [(LATENCIES[1], PROCESSES[1], "uvloop")]
    runs = [(latency, processes, "uvloop") for latency in LATENCIES for processes in PROCESSES]
    return [*runs, (LATENCIES[0], PROCESSES[0], "asyncio")]


def _daytime_zone(now: datetime) -> str:
    """An ``Etc/GMT±N`` zone where it is early afternoon now: nudges may be sent there."""
    offset = 13 - now.hour
    if offset > 14:
        offset -= 24
    elif offset < -12:
        offset += 24
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"

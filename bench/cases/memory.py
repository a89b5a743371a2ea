"""Case 1, memory and start-up vs users: nudger against one PTB ``run_daily`` job per user.

For each database and each size (10k, 100k and 1M users with three nudges a day each, plus
ten nudges already due) a fresh database is seeded, then ``nudger worker`` and afterwards
``nudger run`` are started on it, one at a time, each against its own fake Bot API. Measured
for each, from outside the process:

- the peak resident memory (VmHWM) when its first ``sendMessage`` reaches the fake (the
  first dispatch: everything needed to work is loaded by then);
- the peak after its first planning tick (``event=plan_tick`` in its log);
- the time from spawn to that first ``sendMessage``.

The baseline (:mod:`bench.baseline_ptb`, the usual design) then runs on the same database
for 10k and 100k users: time from spawn to ``READY`` (every job scheduled) and VmHWM then.

The driver never reads the users into Python: seeding is bulk SQL, and the fake Bot API only
knows the twenty chats that are sent to.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench import seed
from bench.harness import TOKEN, Context, Database, DbKind, fake_api, peak_rss_mib
from nudger.clock import utc_now
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi
from nudger.testing.processes import NudgerProcess

CASE = "memory"
SIZES = (10_000, 100_000, 1_000_000)
SMOKE_SIZES = (100,)
#: The baseline runs only up to 100k users: at 1M it would need gigabytes and minutes.
BASELINE_SIZES = (10_000, 100_000)
ROLES = ("worker", "run")
#: Nudges already due when a process starts, so that it dispatches at once.
DUE = 10
#: The slot of those nudges (apart from the day's slots 0-2 of the same users).
DUE_SLOT = 9
#: Longest wait for a process to dispatch, plan or get ready (s).
TIMEOUT = 600.0
#: The issue's targets.
WORKER_RSS_LIMIT_MIB = 150.0
RSS_GROWTH_LIMIT = 1.2
FIRST_DISPATCH_LIMIT_S = 5.0
BASELINE_RSS_RATIO = 5.0
BASELINE_START_RATIO = 10.0
#: Zones to seed the users in: the due nudges are only sent outside the users' quiet hours
#: (22:00-08:00 local), so a zone where it is day now is chosen (Berlin, if it is day there).
DAY_ZONES = (
    "Europe/Berlin",
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Sao_Paulo",
    "Atlantic/Azores",
    "Europe/London",
    "Europe/Athens",
    "Europe/Moscow",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Brisbane",
    "Pacific/Noumea",
    "Pacific/Auckland",
)
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class NudgerReading:
    rss_at_first_send: float  # MiB, VmHWM
    rss_after_plan: float  # MiB, VmHWM
    first_send: float  # s from spawn


@dataclass(frozen=True)
class BaselineReading:
    rss_at_ready: float  # MiB, VmHWM
    ready: float  # s from spawn


@dataclass
class Results:
    """One database's readings, by role and size."""

    nudger: dict[str, dict[int, NudgerReading]]
    baseline: dict[int, BaselineReading]


async def run(ctx: Context) -> None:
    sizes = SMOKE_SIZES if ctx.smoke else SIZES
    baseline_sizes = SMOKE_SIZES if ctx.smoke else BASELINE_SIZES
    for kind in ctx.databases:
        results = Results({role: {} for role in ROLES}, {})
        for users in sizes:
            async with ctx.database(kind) as db:
                await measure_size(ctx, db, users, users in baseline_sizes, results)
        judge(ctx, kind, sizes, results)
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ctx.report.add(CASE, "-", "bench driver", "peak RSS", driver, "MiB")


async def measure_size(
    ctx: Context, db: Database, users: int, baseline: bool, results: Results
) -> None:
    """Seed ``users`` users, then run each role (and the baseline) on them in turn.

    A process that fails is reported as an error; the others still run.
    """
    await seed_users(ctx, db, users)
    for number, role in enumerate(ROLES):
        first_user = 1 + number * DUE  # each role sends to its own users
        with _reported(ctx, f"nudger {role}, {label(users)} users, {db.kind}"):
            reading = await measure_nudger(ctx, db, role, first_user)
            results.nudger[role][users] = reading
            add_nudger_rows(ctx, db.kind, role, users, reading)
    if baseline:
        with _reported(ctx, f"baseline, {label(users)} users, {db.kind}"):
            results.baseline[users] = await measure_baseline(ctx, db, users)


@contextlib.contextmanager
def _reported(ctx: Context, what: str) -> Iterator[None]:
    """Record a failed measurement as an error of the run instead of ending the case."""
    try:
        yield None
    except (RuntimeError, TimeoutError, OSError) as error:
        ctx.report.errors.append(f"{CASE}: {what}: {type(error).__name__}: {error}")
        print(f"   {what} failed: {error}", file=sys.stderr, flush=True)


async def seed_users(ctx: Context, db: Database, users: int) -> None:
    """The users and a day of their nudges, timed (bulk SQL in the database itself)."""
    now = utc_now()
    started = time.monotonic()
    await seed.users(db, users, now, zone=day_zone(now))
    await seed.day_of_nudges(db, users, now)
    took = time.monotonic() - started
    ctx.report.add(
        CASE, db.kind, f"seed, {label(users)} users", "seeding time", took, "s", "3 nudges/day"
    )
    print(f"   {db.kind}: seeded {label(users)} users in {took:.1f} s", file=sys.stderr, flush=True)


def day_zone(now: datetime) -> str:
    """A zone where it is between 10:00 and 19:00 now (the first such in DAY_ZONES)."""
    for zone in DAY_ZONES:
        if 10 <= now.astimezone(ZoneInfo(zone)).hour < 19:
            return zone
    raise AssertionError("some zone is always in the day")  # pragma: no cover


async def measure_nudger(ctx: Context, db: Database, role: str, first_user: int) -> NudgerReading:
    """Start ``nudger ROLE`` with nudges due for ten users; read it at its first send and
    after its first planning tick, then stop it."""
    chats = [seed.FIRST_CHAT + user - 1 for user in range(first_user, first_user + DUE)]
    async with fake_api(chats=chats) as api:
        now = utc_now()
        due = now - timedelta(minutes=1)
        await seed.nudges(db, first_user=first_user, count=DUE, due=due, slot=DUE_SLOT, now=now)
        process = await ctx.start(role, api, db)
        try:
            call = await first_send(api, process)
            rss_at_first_send = peak_rss_mib(process.pid)
            if not call.ok:
                raise RuntimeError(f"the first sendMessage was answered {call.status}")
            await process.wait_for("plan_tick", timeout=TIMEOUT)
            rss_after_plan = peak_rss_mib(process.pid)
        finally:
            await process.stop()
    return NudgerReading(rss_at_first_send, rss_after_plan, call.at - process.started)


async def first_send(api: FakeBotApi, process: NudgerProcess) -> ApiCall:
    """The first ``sendMessage`` the fake receives (waking as soon as it arrives)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        with contextlib.suppress(TimeoutError):
            return await api.wait_for_call("sendMessage", timeout=0.5)
        if not process.running:
            raise RuntimeError(f"nudger exited ({process.process.returncode}): {process.tail()}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no sendMessage within {TIMEOUT} s: {process.tail()}")


def add_nudger_rows(
    ctx: Context, kind: DbKind, role: str, users: int, reading: NudgerReading
) -> None:
    subject = f"nudger {role}, {label(users)} users"
    add = ctx.report.add
    add(CASE, kind, subject, "peak RSS at first dispatch", reading.rss_at_first_send, "MiB")
    add(CASE, kind, subject, "peak RSS after first plan tick", reading.rss_after_plan, "MiB")
    add(CASE, kind, subject, "spawn to first dispatch", reading.first_send, "s")
    print(
        f"   {subject}: {reading.rss_at_first_send:.0f} MiB, first send after "
        f"{reading.first_send:.2f} s",
        file=sys.stderr,
        flush=True,
    )


async def measure_baseline(ctx: Context, db: Database, users: int) -> BaselineReading:
    """Run the PTB baseline on ``db``; read it when it says READY, then stop it."""
    async with fake_api() as api:
        process, stdout = await start_baseline(ctx, api, db)
        try:
            await wait_ready(process, stdout)
            reading = BaselineReading(peak_rss_mib(process.pid), time.monotonic() - process.started)
        finally:
            await process.stop(timeout=TIMEOUT)
    subject = f"PTB run_daily baseline, {label(users)} users"
    ctx.report.add(CASE, db.kind, subject, "peak RSS at READY", reading.rss_at_ready, "MiB")
    ctx.report.add(CASE, db.kind, subject, "spawn to READY", reading.ready, "s")
    print(
        f"   {subject}: {reading.rss_at_ready:.0f} MiB, ready after {reading.ready:.2f} s",
        file=sys.stderr,
        flush=True,
    )
    return reading


async def start_baseline(
    ctx: Context, api: FakeBotApi, db: Database
) -> tuple[NudgerProcess, asyncio.StreamReader]:
    """``python -m bench.baseline_ptb`` as a process of the run (stopped by ``stop_all`` too).

    Its stdout (where READY comes) is a pipe; its stderr goes to a log file.
    """
    log = ctx.workdir / f"baseline-{len(ctx.processes) + 1}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env["PYTHONUNBUFFERED"] = "1"
    started = time.monotonic()
    with log.open("wb") as err:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.baseline_ptb",
            "--db-url",
            db.url,
            "--api-url",
            api.url,
            "--token",
            TOKEN,
            env=env,
            cwd=ROOT,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=err,
        )
    handle = NudgerProcess("baseline", process, log, started)
    ctx.processes.append(handle)
    assert process.stdout is not None
    return handle, process.stdout


async def wait_ready(process: NudgerProcess, stdout: asyncio.StreamReader) -> None:
    """Read the baseline's stdout until its ``READY`` line."""
    async with asyncio.timeout(TIMEOUT):
        while (line := await stdout.readline()) != b"READY\n":
            if not line:  # end of output: it exited
                code = await process.process.wait()
                raise RuntimeError(f"baseline exited ({code}): {process.tail()}")


def judge(ctx: Context, kind: DbKind, sizes: Sequence[int], results: Results) -> None:
    """Ratios as rows, and the issue's targets (judged on ``nudger worker``)."""
    small, big = sizes[0], sizes[-1]
    growth = f"{label(big)} / {label(small)}"
    for role in ROLES:
        readings = results.nudger[role]
        if small in readings and big in readings:
            ratio = readings[big].rss_at_first_send / readings[small].rss_at_first_send
            ctx.report.add(CASE, kind, f"nudger {role}", f"RSS growth {growth} users", ratio, "x")
    worker = results.nudger["worker"]
    check = ctx.report.check
    if big in worker:
        at_big = worker[big]
        rss, start = at_big.rss_at_first_send, at_big.first_send
        check(f"worker RSS, {label(big)} users", kind, rss, "<=", WORKER_RSS_LIMIT_MIB, "MiB")
        check(f"worker start, {label(big)} users", kind, start, "<=", FIRST_DISPATCH_LIMIT_S, "s")
        if small in worker:
            ratio = at_big.rss_at_first_send / worker[small].rss_at_first_send
            check(f"worker RSS {growth}", kind, ratio, "<=", RSS_GROWTH_LIMIT, "x")
    compared = [n for n in results.baseline if n in worker]
    if compared:
        compare_baseline(ctx, kind, max(compared), results)


def compare_baseline(ctx: Context, kind: DbKind, users: int, results: Results) -> None:
    """Baseline over nudger at ``users``: rows for both roles, targets for the worker."""
    base = results.baseline[users]
    for role in ROLES:
        reading = results.nudger[role].get(users)
        if reading is None:
            continue
        rss = base.rss_at_ready / reading.rss_at_first_send
        start = base.ready / reading.first_send
        subject = f"baseline / nudger {role}, {label(users)} users"
        ctx.report.add(CASE, kind, subject, "RSS ratio", rss, "x")
        ctx.report.add(CASE, kind, subject, "start ratio", start, "x", "READY / first dispatch")
        if role == "worker":
            name = f"baseline / worker {{}}, {label(users)} users"
            ctx.report.check(name.format("RSS"), kind, rss, ">=", BASELINE_RSS_RATIO, "x")
            ctx.report.check(name.format("start"), kind, start, ">=", BASELINE_START_RATIO, "x")


def label(users: int) -> str:
    """10000 -> "10k", 1000000 -> "1M", 300 -> "300"."""
    if users >= 1_000_000 and users % 1_000_000 == 0:
        return f"{users // 1_000_000}M"
    if users >= 1_000 and users % 1_000 == 0:
        return f"{users // 1_000}k"
    return str(users)

"""Case 5, callback latency: users press Done on their nudges at a steady 200 presses/s.

``nudger run`` first delivers one nudge to each user itself (at a high send rate, so the
set-up is quick), then long-polls the fake Bot API. Each press is queued at the fake while
that poll waits, so it reaches the bot at once; its latency is from queueing to the bot's
``answerCallbackQuery`` (the spinner on the user's button stops) and, reported apart, to
the edit that marks the message done.

The presses keep to a monotonic schedule; a driver that falls behind starts the schedule
again from now rather than catching up in a burst, and counts the presses it was late for.

Then the same presses, at the same rate, go to a peer: a plain aiogram bot
(:mod:`bench.peer_aiogram`) doing the same schema work in one transaction per press, on a
fresh database of the same kind seeded the same way. Its nudges are delivered first by a
short-lived ``nudger worker`` (stopped before the peer starts), so that there are messages to
press. Both bots' CPU is read from outside while pressing and answering; the target is
nudger's CPU per answered press at most half the peer's.

The peer runs from its own environment (``.venv-peer``, made by ``make bench``; or the
interpreter in ``NUDGER_BENCH_PEER_PYTHON``, or this one if it has aiogram). Without one, a
smoke run skips the peer with a notice, and a full run reports an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from bench import seed
from bench.cases.punctuality import (
    Delivery,
    LoopLag,
    SendWatcher,
    chats,
    collector_paused,
    daytime_zone,
    due_times,
    states,
)
from bench.harness import (
    TOKEN,
    Context,
    Database,
    DbKind,
    fake_api,
    percentile,
    process_cpu_seconds,
)
from nudger.clock import utc_now
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import NudgerProcess

CASE = "callbacks"
#: Presses per second, each from its own user.
PRESS_RATE = 200.0
#: The target: the bot answers a button press within this long (p99).
ANSWER_P99_MS = 50.0
#: A press not answered within this long counts as failed (the user sees an error).
GIVE_UP_SECONDS = 10.0
#: The set-up sends: fast, and not paced per chat.
SETUP_ENV = {"NUDGER_SEND_RATE_PER_SECOND": "1000", "NUDGER_CHAT_INTERVAL_SECONDS": "0"}
#: How the bot marks a message answered (it sends new text: editMessageText).
EDIT_METHODS = frozenset({"editMessageText", "editMessageReplyMarkup"})
#: Waiting for the bot's start-up work (its city index) to end: at most, and then a bit more.
WARM_UP_TIMEOUT = 120.0
WARM_UP_SETTLE = 1.0
#: How often the driver looks at the fake's calls while waiting for answers and edits.
POLL_SECONDS = 0.1

#: The target: nudger's CPU per answered press, over the aiogram peer's, at most this.
PEER_CPU_RATIO = 0.5
#: The peer's interpreter, if not the default (.venv-peer's, else this one with aiogram).
PEER_PYTHON_ENV = "NUDGER_BENCH_PEER_PYTHON"
ROOT = Path(__file__).resolve().parents[2]
PEER_VENV_PYTHON = ROOT / ".venv-peer" / "bin" / "python"
#: Longest wait for the peer to start (or for its interpreter to answer the probe).
PEER_START_TIMEOUT = 60.0

T = TypeVar("T")
THROUGHPUT = "first press to last answer"


@dataclass(frozen=True)
class Press:
    """A Done press on one delivered nudge, queued at the fake at ``queued`` (monotonic)."""

    target: Delivery
    query_id: str
    queued: float

    @property
    def message(self) -> tuple[int, int]:
        return self.target.chat_id, self.target.message_id


@dataclass(frozen=True)
class Pressing:
    """What pressing at a steady rate did."""

    presses: list[Press]
    late: int  # presses the driver was more than one interval late for
    driver_cpu: float  # CPU seconds of this process (driver and fake) while pressing


@dataclass(frozen=True)
class Waited:
    """The edits seen by the end of the wait for answers and edits."""

    edits: dict[tuple[int, int], float]  # (chat, message) -> first edit's arrival
    ended: float  # time.monotonic() when the wait ended
    loop_lag: float  # the worst lag of this process's event loop, pressing and waiting


@dataclass(frozen=True)
class Measured:
    """One bot's run of the presses: what the driver saw and the bot's CPU meanwhile."""

    pressing: Pressing
    waited: Waited
    answered: dict[str, float]  # callback query id -> its answer's arrival
    bot_cpu: float  # CPU seconds of the bot's process, pressing and answering
    done: int  # nudges recorded done at the end

    @property
    def presses_answered(self) -> int:
        return sum(1 for press in self.pressing.presses if press.query_id in self.answered)

    @property
    def cpu_per_press(self) -> float | None:
        """The bot's CPU seconds per press it answered (None if it answered none)."""
        answered = self.presses_answered
        return self.bot_cpu / answered if answered else None


@dataclass(frozen=True)
class Peer:
    """The interpreter the aiogram peer runs on, and what it has."""

    python: str
    aiogram: str  # aiogram's version
    python_version: str


async def run(ctx: Context) -> None:
    found = await find_peer()
    peer = found if isinstance(found, Peer) else None
    if peer is None:
        print(f"   {CASE}: the aiogram peer is skipped: {found}", file=sys.stderr, flush=True)
        if not ctx.smoke:
            ctx.report.errors.append(f"{CASE}: the aiogram peer could not run: {found}")
    else:
        ours = platform.python_version()
        differs = f" -- not this run's Python {ours}!" if peer.python_version != ours else ""
        print(
            f"   {CASE}: aiogram peer: aiogram {peer.aiogram}, Python {peer.python_version} "
            f"({peer.python}){differs}",
            file=sys.stderr,
            flush=True,
        )
    for kind in ctx.databases:
        await _run_one(ctx, kind, peer)


async def _run_one(ctx: Context, kind: DbKind, peer: Peer | None) -> None:
    count = ctx.scale(2_000, 40)
    ours = await _measure_nudger(ctx, kind, count)
    subject = f"nudger run, {count:,} Done presses at {PRESS_RATE:.0f}/s"
    _report(ctx, kind, subject, ours, judged=True)
    # uvloop measured, not assumed: the same presses on asyncio's own loop.
    plain = await _measure_nudger(ctx, kind, count, NUDGER_EVENT_LOOP="asyncio")
    subject = f"nudger run on asyncio's loop, {count:,} Done presses at {PRESS_RATE:.0f}/s"
    _report(ctx, kind, subject, plain, judged=False)
    if ours.cpu_per_press and plain.cpu_per_press:
        ctx.report.add(
            CASE,
            kind,
            "nudger run: uvloop / asyncio's loop",
            "CPU per press ratio",
            ours.cpu_per_press / plain.cpu_per_press,
            "x",
            "same presses, same rate",
        )
    if peer is None:
        return
    with _reported(ctx, f"aiogram peer, {kind}"):
        theirs = await _measure_peer(ctx, kind, count, peer)
        subject = f"aiogram peer, {count:,} Done presses at {PRESS_RATE:.0f}/s"
        _report(ctx, kind, subject, theirs, judged=False, note=f"aiogram {peer.aiogram}")
        _compare(ctx, kind, ours, theirs)


async def _measure_nudger(ctx: Context, kind: DbKind, count: int, **env: str) -> Measured:
    """``nudger run`` (with ``env`` added) delivers a nudge to each user, then is pressed at
    PRESS_RATE."""
    now = utc_now()
    async with ctx.database(kind) as db, fake_api(chats=chats(count)) as api:
        nudges = await _seeded(db, count, now)
        bot = await ctx.start("run", api, db, **SETUP_ENV, **env)
        try:
            await bot.wait_for("started")
            targets = await _delivered(api, db, bot, nudges)
            await _warmed_up(bot)
            return await _pressed(api, db, bot, targets, nudges)
        finally:
            await bot.stop()


async def _measure_peer(ctx: Context, kind: DbKind, count: int, peer: Peer) -> Measured:
    """The same for the aiogram peer: a ``nudger worker`` delivers the nudges and stops,
    then the peer starts and is pressed at the same rate."""
    now = utc_now()
    async with ctx.database(kind) as db, fake_api(chats=chats(count)) as api:
        nudges = await _seeded(db, count, now)
        worker = await ctx.start("worker", api, db, **SETUP_ENV)
        try:
            await worker.wait_for("started")
            targets = await _delivered(api, db, worker, nudges)
        finally:
            await worker.stop()
        bot, stdout = await start_peer(ctx, api, db, peer)
        try:
            await _peer_ready(bot, stdout)
            await asyncio.sleep(WARM_UP_SETTLE)
            return await _pressed(api, db, bot, targets, nudges)
        finally:
            await bot.stop()


async def _seeded(db: Database, count: int, now: datetime) -> list[int]:
    """``count`` users with a nudge each, due now; returns the nudges' ids."""
    await seed.users(db, count, now, zone=daytime_zone(now))
    await seed.nudges(db, first_user=1, count=count, due=now - timedelta(seconds=1), now=now)
    return sorted(await due_times(db, now))


async def _pressed(
    api: FakeBotApi, db: Database, bot: NudgerProcess, targets: list[Delivery], nudges: list[int]
) -> Measured:
    """Press Done on every target at PRESS_RATE; wait for the answers and edits; read the bot's
    CPU over both and how many nudges it recorded done."""
    # The bot's long poll is waiting: from now on a press reaches it at once.
    # (Generous: on a busy machine the city index's load can hold the process for a while.)
    await api.wait_until(lambda: api.pending_polls > 0, timeout=120)
    bot_cpu = process_cpu_seconds(bot.pid)
    with collector_paused():
        async with LoopLag() as lag:
            pressing = await press_all(api, targets, PRESS_RATE)
            waited = await wait_answered(api, pressing.presses, bot, lag)
    bot_cpu = process_cpu_seconds(bot.pid) - bot_cpu
    done = (await states(db, nudges)).get("done", 0)
    answered = {qid: call.at for qid, call in api.answered_callbacks.items()}
    return Measured(pressing, waited, answered, bot_cpu, done)


async def _delivered(
    api: FakeBotApi, db: Database, bot: NudgerProcess, nudges: list[int]
) -> list[Delivery]:
    """The set-up: wait until the bot sent every nudge and recorded it as sent."""
    watcher = SendWatcher(api)
    await watcher.wait_for(nudges, bot, 60 + len(nudges) / 20, f"{CASE} set-up")
    missing = set(nudges) - watcher.delivered
    if missing:
        raise RuntimeError(
            f"set-up: {len(missing)} of {len(nudges)} nudges were not sent: {bot.tail()}"
        )
    deadline = time.monotonic() + 60
    while (await states(db, nudges)).get("sent", 0) < len(nudges):
        if time.monotonic() > deadline:
            raise RuntimeError(f"set-up: sends not recorded within 60 s: {bot.tail()}")
        await asyncio.sleep(0.2)
    first: dict[int, Delivery] = {}
    for sent in watcher.deliveries:
        first.setdefault(sent.nudge_id, sent)
    return [first[n] for n in nudges]


async def _warmed_up(bot: NudgerProcess) -> None:
    """Wait until ``nudger run`` finished warming up, so that the presses meet a steady bot.

    At start it builds its city index in a child process (seconds of CPU, then a large
    JSON load); presses during that would measure the start-up, not the steady state.
    """
    deadline = time.monotonic() + WARM_UP_TIMEOUT
    while time.monotonic() < deadline:
        if not _children(bot.pid):
            break
        await asyncio.sleep(0.2)
    await asyncio.sleep(WARM_UP_SETTLE)


async def find_peer() -> Peer | str:
    """The interpreter to run the aiogram peer on, or why there is none.

    ``NUDGER_BENCH_PEER_PYTHON`` if set; else ``.venv-peer``'s; else this interpreter, if it
    has aiogram. Each candidate must import the peer and both database drivers.
    """
    chosen = os.environ.get(PEER_PYTHON_ENV)
    if chosen:
        candidates = [chosen]
    else:
        candidates = [str(PEER_VENV_PYTHON)] if PEER_VENV_PYTHON.exists() else []
        candidates.append(sys.executable)
    probe = (
        "import sys, aiogram, aiosqlite, asyncpg, bench.peer_aiogram; "
        "print(aiogram.__version__, '.'.join(map(str, sys.version_info[:3])))"
    )
    why = ""
    for python in candidates:
        try:
            process = await asyncio.create_subprocess_exec(
                python,
                "-c",
                probe,
                cwd=ROOT,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            async with asyncio.timeout(PEER_START_TIMEOUT):
                out, err = await process.communicate()
        except (OSError, TimeoutError) as error:
            why = f"{python}: {type(error).__name__}: {error}"
            continue
        if process.returncode == 0:
            aiogram, version = out.decode().split()
            return Peer(python, aiogram, version)
        last = (err.decode(errors="replace").strip().splitlines() or ["no output"])[-1]
        why = f"{python}: {last}"
    return f"no interpreter with aiogram ({why}); `make bench` sets up .venv-peer"


async def start_peer(
    ctx: Context, api: FakeBotApi, db: Database, peer: Peer
) -> tuple[NudgerProcess, asyncio.StreamReader]:
    """``python -m bench.peer_aiogram`` as a process of the run (stopped by ``stop_all`` too),
    as :func:`bench.cases.memory.start_baseline` starts the PTB baseline: its stdout (where
    READY comes) is a pipe, its stderr a log file."""
    name = f"aiogram-peer-{len(ctx.processes) + 1}"
    log = ctx.workdir / f"{name}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env["PYTHONUNBUFFERED"] = "1"
    started = time.monotonic()
    with log.open("wb") as err:
        process = await asyncio.create_subprocess_exec(
            peer.python,
            "-m",
            "bench.peer_aiogram",
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
    handle = NudgerProcess(name, process, log, started)
    ctx.processes.append(handle)
    assert process.stdout is not None
    return handle, process.stdout


async def _peer_ready(process: NudgerProcess, stdout: asyncio.StreamReader) -> None:
    """Read the peer's stdout until its ``READY`` line."""
    async with asyncio.timeout(PEER_START_TIMEOUT):
        while (line := await stdout.readline()) != b"READY\n":
            if not line:  # end of output: it exited
                code = await process.process.wait()
                raise RuntimeError(f"the aiogram peer exited ({code}): {process.tail()}")


@contextlib.contextmanager
def _reported(ctx: Context, what: str) -> Iterator[None]:
    """Record a failed peer run as an error of the run; nudger's figures stay."""
    try:
        yield None
    except (RuntimeError, TimeoutError, OSError) as error:
        ctx.report.errors.append(f"{CASE}: {what}: {type(error).__name__}: {error}")
        print(f"   {what} failed: {error}", file=sys.stderr, flush=True)


def _children(pid: int) -> list[int]:
    """The ids of the processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8")
        except OSError:
            continue  # it ended meanwhile
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


async def press_all(api: FakeBotApi, targets: Sequence[Delivery], rate: float) -> Pressing:
    """Press Done on each target at ``rate`` per second, on a monotonic schedule.

    The loop sleeps until each press's time (no busy-waiting). If it is more than one
    interval late, the schedule restarts from now: catching up would bunch the presses.
    """
    interval = 1.0 / rate
    presses: list[Press] = []
    late = 0
    cpu = process_cpu_seconds(os.getpid())
    next_at = time.monotonic()
    for target in targets:
        delay = next_at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        elif delay < -interval:
            late += 1
            next_at = time.monotonic()
        query_id = api.user(target.chat_id).press(target.message_id, target.done_data)
        presses.append(Press(target, query_id, time.monotonic()))
        next_at += interval
    return Pressing(presses, late, process_cpu_seconds(os.getpid()) - cpu)


async def wait_answered(
    api: FakeBotApi, presses: list[Press], bot: NudgerProcess, lag: LoopLag
) -> Waited:
    """Wait until every press is answered and its message edited, or until the last press
    is ``GIVE_UP_SECONDS`` old."""
    wanted = {press.message for press in presses}
    deadline = presses[-1].queued + GIVE_UP_SECONDS + 1 if presses else 0.0
    edits: dict[tuple[int, int], float] = {}
    seen = 0
    while True:
        calls = api.calls
        for call in calls[seen:]:
            key = (call.params.get("chat_id"), call.params.get("message_id"))
            if call.ok and call.method in EDIT_METHODS and key in wanted:
                edits.setdefault((int(key[0]), int(key[1])), call.at)
        seen = len(calls)
        answered = all(press.query_id in api.answered_callbacks for press in presses)
        now = time.monotonic()
        if (answered and len(edits) == len(wanted)) or now > deadline:
            return Waited(edits, now, lag.worst())
        if not bot.running:
            raise RuntimeError(f"{bot.name} exited ({bot.process.returncode}): {bot.tail()}")
        await asyncio.sleep(POLL_SECONDS)


def _latencies(
    presses: list[Press], arrivals: dict[T, float], key: Callable[[Press], T], ended: float
) -> list[float]:
    """Seconds from each press to its arrival; one that never came counts as the time it
    was waited for (a lower bound), so that the percentiles do not leave it out."""
    return [arrivals.get(key(p), ended) - p.queued for p in presses]


def _throughput(presses: list[Press], answered: dict[str, float]) -> float:
    """Presses answered per second, from the first press to the last answer."""
    times = [answered[p.query_id] for p in presses if p.query_id in answered]
    span = max(times, default=0.0) - presses[0].queued if presses else 0.0
    return len(times) / span if span > 0 else 0.0


def _report(
    ctx: Context, kind: DbKind, subject: str, measured: Measured, *, judged: bool, note: str = ""
) -> None:
    """One bot's figures; ``judged``: and the issue's latency targets (nudger's alone)."""
    presses = measured.pressing.presses
    waited = measured.waited
    answered = measured.answered
    answers = _latencies(presses, answered, lambda p: p.query_id, waited.ended)
    edited = _latencies(presses, waited.edits, lambda p: p.message, waited.ended)
    failed = sum(
        1 for p in presses if answered.get(p.query_id, math.inf) - p.queued > GIVE_UP_SECONDS
    )
    not_edited = sum(1 for p in presses if p.message not in waited.edits)
    span = presses[-1].queued - presses[0].queued if len(presses) > 1 else 0.0
    rate = (len(presses) - 1) / span if span > 0 else 0.0
    missing = "unanswered: time waited" if failed else ""
    add = ctx.report.add
    add(CASE, kind, subject, "answer p50", percentile(answers, 50) * 1000, "ms", missing)
    p99 = add(CASE, kind, subject, "answer p99", percentile(answers, 99) * 1000, "ms", missing)
    add(CASE, kind, subject, "answer max", max(answers, default=0.0) * 1000, "ms", missing)
    missing = "unedited: time waited" if not_edited else ""
    add(CASE, kind, subject, "edit p50", percentile(edited, 50) * 1000, "ms", missing)
    add(CASE, kind, subject, "edit p99", percentile(edited, 99) * 1000, "ms", missing)
    add(CASE, kind, subject, "achieved press rate", rate, "/s")
    add(CASE, kind, subject, "answer throughput", _throughput(presses, answered), "/s", THROUGHPUT)
    add(CASE, kind, subject, "presses behind schedule", measured.pressing.late, "presses")
    add(CASE, kind, subject, "not answered within 10 s", failed, "presses")
    add(CASE, kind, subject, "messages not edited", not_edited, "messages")
    add(CASE, kind, subject, "nudges recorded done", measured.done, "nudges")
    add(CASE, kind, subject, "bot CPU", measured.bot_cpu, "s", "pressing and answering")
    per_press = measured.cpu_per_press
    if per_press is None:
        ctx.report.errors.append(f"{CASE}: {subject}, {kind}: no press was answered")
    else:
        answered_note = f"{measured.presses_answered:,} answered" + (f"; {note}" if note else "")
        add(CASE, kind, subject, "bot CPU per press", per_press * 1000, "ms", answered_note)
    cpu = measured.pressing.driver_cpu
    add(CASE, kind, subject, "driver + fake CPU", cpu, "s", "while pressing")
    add(CASE, kind, subject, "fake loop lag, worst", waited.loop_lag * 1000, "ms", "stamps late")
    if judged:
        ctx.report.check("callback answer p99", kind, p99, "<=", ANSWER_P99_MS, "ms")
        ctx.report.check("callbacks not answered within 10 s", kind, failed, "<=", 0, "presses")
        ctx.report.check("callback messages not edited", kind, not_edited, "<=", 0, "messages")


def _compare(ctx: Context, kind: DbKind, ours: Measured, theirs: Measured) -> None:
    """nudger's CPU per answered press over the peer's, and the target on it."""
    mine, peer = ours.cpu_per_press, theirs.cpu_per_press
    if mine is None or not peer:
        return  # none answered (reported as an error), or too few presses to read any CPU
    ratio = mine / peer
    subject = "nudger run / aiogram peer"
    note = "same presses, same rate"
    ctx.report.add(CASE, kind, subject, "CPU per press ratio", ratio, "x", note)
    name = "nudger CPU per press / aiogram peer"
    ctx.report.check(name, kind, ratio, "<=", PEER_CPU_RATIO, "x")

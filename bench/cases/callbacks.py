"""Case 5, callback latency: users press Done on their nudges at a steady 200 presses/s.

``nudger run`` first delivers one nudge to each user itself (at a high send rate, so the
set-up is quick), then long-polls the fake Bot API. Each press is queued at the fake while
that poll waits, so it reaches the bot at once; its latency is from queueing to the bot's
``answerCallbackQuery`` (the spinner on the user's button stops) and, reported apart, to
the edit that marks the message done.

The presses keep to a monotonic schedule; a driver that falls behind starts the schedule
again from now rather than catching up in a burst, and counts the presses it was late for.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
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


async def run(ctx: Context) -> None:
    for kind in ctx.databases:
        await _run_one(ctx, kind)


async def _run_one(ctx: Context, kind: DbKind) -> None:
    count = ctx.scale(2_000, 40)
    now = utc_now()
    async with ctx.database(kind) as db, fake_api(chats=chats(count)) as api:
        await seed.users(db, count, now, zone=daytime_zone(now))
        await seed.nudges(db, first_user=1, count=count, due=now - timedelta(seconds=1), now=now)
        nudges = sorted(await due_times(db, now))
        bot = await ctx.start("run", api, db, **SETUP_ENV)
        try:
            await bot.wait_for("started")
            targets = await _delivered(api, db, bot, nudges)
            await _warmed_up(bot)
            # The bot's long poll is waiting: from now on a press reaches it at once.
            await api.wait_until(lambda: api.pending_polls > 0, timeout=30)
            bot_cpu = process_cpu_seconds(bot.pid)
            with collector_paused():
                async with LoopLag() as lag:
                    pressing = await press_all(api, targets, PRESS_RATE)
                    waited = await wait_answered(api, pressing.presses, bot, lag)
            bot_cpu = process_cpu_seconds(bot.pid) - bot_cpu
            done = (await states(db, nudges)).get("done", 0)
        finally:
            await bot.stop()
        _report(ctx, kind, api, pressing, waited, bot_cpu, done)


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
            raise RuntimeError(f"nudger exited ({bot.process.returncode}): {bot.tail()}")
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
    ctx: Context,
    kind: DbKind,
    api: FakeBotApi,
    pressing: Pressing,
    waited: Waited,
    bot_cpu: float,
    done: int,
) -> None:
    presses = pressing.presses
    answered = {qid: call.at for qid, call in api.answered_callbacks.items()}
    answers = _latencies(presses, answered, lambda p: p.query_id, waited.ended)
    edited = _latencies(presses, waited.edits, lambda p: p.message, waited.ended)
    failed = sum(
        1 for p in presses if answered.get(p.query_id, math.inf) - p.queued > GIVE_UP_SECONDS
    )
    not_edited = sum(1 for p in presses if p.message not in waited.edits)
    span = presses[-1].queued - presses[0].queued if len(presses) > 1 else 0.0
    rate = (len(presses) - 1) / span if span > 0 else 0.0
    subject = f"nudger run, {len(presses):,} Done presses at {PRESS_RATE:.0f}/s"
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
    add(CASE, kind, subject, "presses behind schedule", pressing.late, "presses")
    add(CASE, kind, subject, "not answered within 10 s", failed, "presses")
    add(CASE, kind, subject, "messages not edited", not_edited, "messages")
    add(CASE, kind, subject, "nudges recorded done", done, "nudges")
    add(CASE, kind, subject, "bot CPU", bot_cpu, "s", "pressing and answering")
    add(CASE, kind, subject, "driver + fake CPU", pressing.driver_cpu, "s", "while pressing")
    add(CASE, kind, subject, "fake loop lag, worst", waited.loop_lag * 1000, "ms", "stamps late")
    ctx.report.check("callback answer p99", kind, p99, "<=", ANSWER_P99_MS, "ms")
    ctx.report.check("callbacks not answered within 10 s", kind, failed, "<=", 0, "presses")
    ctx.report.check("callback messages not edited", kind, not_edited, "<=", 0, "messages")

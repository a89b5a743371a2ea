"""Case 4, punctuality: a minute's worth of nudges for 10,000 users, sent by one worker.

All nudges fall due within the same minute, far more than the send rate can carry, so
they leave as a backlog drained at nudger's default rate (25/s). The fake Bot API refuses
more than 30 sends in any second (Telegram's flood limit), so overshooting the rate shows
up as 429s. Each nudge's lateness is its arrival at the fake minus its due time; the
target allows the backlog's own length (count / rate) plus 5 s, the dispatch interval.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import gc
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from bench import seed
from bench.harness import (
    Context,
    Database,
    DbKind,
    fake_api,
    percentile,
    process_cpu_seconds,
)
from nudger.clock import utc_now
from nudger.storage.tables import NudgeRow
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi
from nudger.testing.processes import NudgerProcess

CASE = "punctuality"
#: nudger's default NUDGER_SEND_RATE_PER_SECOND (left unset here, so the default applies).
DEFAULT_RATE = 25.0
#: Telegram's overall flood limit, as the fake enforces it (sends in any 1-second window).
TELEGRAM_LIMIT = 30
#: The nudges fall due over this long (a smoke run: a few seconds, still a backlog) ...
SPREAD = timedelta(seconds=60)
SMOKE_SPREAD = timedelta(seconds=2)
#: ... starting this long after they were seeded (the worker is already up by then).
LEAD = timedelta(seconds=5)
SMOKE_LEAD = timedelta(seconds=2)
#: The target's slack on top of the backlog: the dispatch interval (5 s by default).
SLACK_SECONDS = 5.0
#: How often the driver looks at the fake's calls while waiting (it must not compete).
POLL_SECONDS = 0.5
#: After the last nudge arrived, how long to keep watching for duplicates.
SETTLE_SECONDS = 3.0

_NUDGE_DATA = re.compile(r"^n:(\d+):([dsz])$")


@dataclass(frozen=True)
class Delivery:
    """A nudge message the fake accepted: which nudge, where, and when it arrived."""

    nudge_id: int
    chat_id: int
    message_id: int
    done_data: str  # the callback data of its Done button
    at: float  # time.monotonic() of arrival at the fake


class LoopLag:
    """How late this process's event loop wakes up, sampled every 10 ms while in use.

    The fake Bot API runs in this process and stamps each call when the loop gets to it.
    A stalled loop (a busy machine, a slow driver) stamps calls late and close together,
    which would look like a burst from nudger; this tells whether that happened.
    """

    PERIOD = 0.01

    def __init__(self) -> None:
        self.ends: list[float] = []  # time.monotonic() of each wake-up, ascending
        self.lags: list[float] = []  # how late it was, seconds
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._watch())
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _watch(self) -> None:
        while True:
            start = time.monotonic()
            await asyncio.sleep(self.PERIOD)
            end = time.monotonic()
            self.ends.append(end)
            self.lags.append(max(0.0, end - start - self.PERIOD))

    def worst(self) -> float:
        return max(self.lags, default=0.0)

    def worst_before(self, moments: Iterable[float], window: float = 1.0) -> float:
        """The worst lag within ``window`` seconds before any of ``moments``."""
        worst = 0.0
        for moment in moments:
            low = bisect.bisect_left(self.ends, moment - window)
            high = bisect.bisect_right(self.ends, moment + self.PERIOD)
            worst = max(worst, *self.lags[low:high], 0.0)
        return worst


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection in this process meanwhile (one now, another after).

    The fake Bot API runs in this process, and its heap grows with every call it records:
    a full collection then stalls the event loop for 0.1-0.3 s, and the calls waiting
    meanwhile are stamped late and together, like a burst nudger never sent.
    """
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


def most_within(times: Sequence[float], window: float) -> int:
    """The most of ``times`` (ascending) that fall within any ``window`` seconds."""
    best, start = 0, 0
    for end, moment in enumerate(times):
        while times[start] <= moment - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def daytime_zone(now: datetime) -> str:
    """A zone where it is early afternoon at ``now`` (and the same date as in UTC).

    Planned nudges are not sent in quiet hours (22:00-08:00 local), so the seeded users
    must live where it is day whenever the benchmark runs. ``Etc/GMT-N`` is UTC+N.
    """
    offset = 13 - now.hour  # -10 .. +13: local time is 13:xx
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/UTC"


def chats(count: int) -> range:
    """The chat ids of seeded users 1 .. count."""
    return range(seed.FIRST_CHAT, seed.FIRST_CHAT + count)


def delivery(call: ApiCall) -> Delivery | None:
    """The nudge a successful sendMessage carried (by its buttons' callback data), if any."""
    result = call.result
    if call.method != "sendMessage" or not call.ok or not isinstance(result, dict):
        return None
    markup = call.params.get("reply_markup")
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    for row in rows if isinstance(rows, list) else []:
        for button in row:
            match = _NUDGE_DATA.match(str(button.get("callback_data", "")))
            if match is not None and match.group(2) == "d":
                return Delivery(
                    int(match.group(1)),
                    int(result["chat"]["id"]),
                    int(result["message_id"]),
                    match.group(0),
                    call.at,
                )
    return None


class SendWatcher:
    """Collects the nudge deliveries from the fake's call log, reading only new calls."""

    def __init__(self, api: FakeBotApi) -> None:
        self._api = api
        self._seen = 0
        self.deliveries: list[Delivery] = []
        self.delivered: set[int] = set()

    def scan(self) -> None:
        calls = self._api.calls
        for call in calls[self._seen :]:
            if (found := delivery(call)) is not None:
                self.deliveries.append(found)
                self.delivered.add(found.nudge_id)
        self._seen = len(calls)

    async def wait_for(
        self,
        nudges: Iterable[int],
        process: NudgerProcess,
        timeout: float,  # noqa: ASYNC109
        label: str,
    ) -> None:
        """Wait until every one of ``nudges`` arrived (or time out; the caller reports it)."""
        wanted = set(nudges)
        deadline = time.monotonic() + timeout
        next_progress = time.monotonic() + 30
        while True:
            self.scan()
            missing = len(wanted - self.delivered)
            if not missing or time.monotonic() > deadline:
                return
            if not process.running:
                raise RuntimeError(
                    f"nudger exited ({process.process.returncode}): {process.tail()}"
                )
            if time.monotonic() > next_progress:
                done = len(wanted) - missing
                print(f"   {label}: {done}/{len(wanted)} delivered", file=sys.stderr, flush=True)
                next_progress += 30
            await asyncio.sleep(POLL_SECONDS)


async def due_times(db: Database, until: datetime) -> dict[int, float]:
    """Each seeded nudge's due time (Unix seconds), read before any is sent or re-timed."""
    async with db.sessions() as session:
        rows = await session.execute(
            select(NudgeRow.id, NudgeRow.due_at).where(NudgeRow.due_at <= until)
        )
        return {nudge_id: due.timestamp() for nudge_id, due in rows}


async def states(db: Database, nudges: Iterable[int]) -> dict[str, int]:
    """How many of ``nudges`` are in each state."""
    wanted = set(nudges)
    counts: dict[str, int] = {}
    async with db.sessions() as session:
        for nudge_id, state in await session.execute(select(NudgeRow.id, NudgeRow.state)):
            if nudge_id in wanted:
                counts[state] = counts.get(state, 0) + 1
    return counts


async def run(ctx: Context) -> None:
    for kind in ctx.databases:
        await _run_one(ctx, kind)


@dataclass(frozen=True)
class Outcome:
    """What one run measured, for the report."""

    spread: timedelta
    due: dict[int, float]  # nudge id -> due time (Unix seconds)
    deliveries: list[Delivery]
    wall_offset: float  # time.time() - time.monotonic(), taken once
    worker_cpu: float
    states: dict[str, int]


async def _run_one(ctx: Context, kind: DbKind) -> None:
    count = ctx.scale(10_000, 60)
    spread = SMOKE_SPREAD if ctx.smoke else SPREAD
    now = utc_now()
    async with (
        ctx.database(kind) as db,
        fake_api(chats=chats(count)) as api,
        LoopLag() as lag,
    ):
        api.rate_limit = TELEGRAM_LIMIT
        await seed.users(db, count, now, zone=daytime_zone(now))
        worker = await ctx.start("worker", api, db)
        try:
            await worker.wait_for("started")
            # One offset, taken once: arrivals (monotonic) are compared with due times (wall).
            wall_offset = time.time() - time.monotonic()
            lead = SMOKE_LEAD if ctx.smoke else LEAD
            first_due = utc_now() + lead
            await seed.nudges(
                db, first_user=1, count=count, due=first_due, spread=spread, now=utc_now()
            )
            await seed.analyze(db)
            due = await due_times(db, first_due + spread + timedelta(seconds=1))
            if utc_now() >= first_due:
                raise RuntimeError("seeding took longer than the lead: lateness would be off")
            watcher = SendWatcher(api)
            timeout = (lead + spread).total_seconds() + count / DEFAULT_RATE * 1.5 + 120
            with collector_paused():
                await watcher.wait_for(due, worker, timeout, f"{CASE} {kind}")
                await asyncio.sleep(1 if ctx.smoke else SETTLE_SECONDS)  # a duplicate shows now
                watcher.scan()
            outcome = Outcome(
                spread,
                due,
                watcher.deliveries,
                wall_offset,
                process_cpu_seconds(worker.pid),
                await states(db, due),
            )
        finally:
            await worker.stop()
        _report(ctx, kind, outcome, api, lag)


def _report(ctx: Context, kind: DbKind, outcome: Outcome, api: FakeBotApi, lag: LoopLag) -> None:
    due = outcome.due
    count = len(due)
    first: dict[int, float] = {}
    copies: dict[int, int] = {}
    for sent in outcome.deliveries:
        copies[sent.nudge_id] = copies.get(sent.nudge_id, 0) + 1
        first.setdefault(sent.nudge_id, sent.at + outcome.wall_offset)
    lateness = [first[n] - due[n] for n in first if n in due]
    arrivals = sorted(first.values())
    not_once = sum(1 for n in due if copies.get(n, 0) != 1)
    backlog = count / DEFAULT_RATE
    drain = arrivals[-1] - min(due.values()) if arrivals else 0.0
    span = arrivals[-1] - arrivals[0] if len(arrivals) > 1 else 0.0
    rate = (len(arrivals) - 1) / span if span > 0 else 0.0
    subject = f"nudger worker, {count:,} nudges due within {outcome.spread.total_seconds():.0f} s"
    add = ctx.report.add
    add(CASE, kind, subject, "lateness p50", percentile(lateness, 50), "s")
    add(CASE, kind, subject, "lateness p95", percentile(lateness, 95), "s")
    p99 = add(CASE, kind, subject, "lateness p99", percentile(lateness, 99), "s")
    add(CASE, kind, subject, "lateness max", max(lateness, default=0.0), "s")
    add(CASE, kind, subject, "drain time", drain, "s", "last arrival - first due")
    add(CASE, kind, subject, "backlog / rate", backlog, "s", f"{count:,} / {DEFAULT_RATE:.0f}/s")
    add(CASE, kind, subject, "achieved send rate", rate, "/s", "first to last arrival")
    add(CASE, kind, subject, "busiest second", api.max_sends_per_second(), "sends")
    add(CASE, kind, subject, "429 responses", api.throttled, "", f"limit {TELEGRAM_LIMIT}/s")
    attempts = sorted(call.at for call in api.calls if call.method == "sendMessage")
    refused = [call.at for call in api.calls if call.method == "sendMessage" and call.status == 429]
    burst = most_within(attempts, 0.2)
    add(CASE, kind, subject, "most sends in 0.2 s", burst, "sends", "attempts; even pace: 5")
    add(CASE, kind, subject, "fake loop lag, worst", lag.worst() * 1000, "ms", "stamps late")
    if refused:
        before = lag.worst_before(refused) * 1000
        add(CASE, kind, subject, "fake loop lag before a 429", before, "ms", "worst, 1 s before")
    add(CASE, kind, subject, "not delivered exactly once", not_once, "nudges")
    add(CASE, kind, subject, "nudges recorded sent", outcome.states.get("sent", 0), "nudges")
    add(CASE, kind, subject, "worker CPU", outcome.worker_cpu, "s", "whole run")
    ctx.report.check("punctuality p99 lateness", kind, p99, "<=", backlog + SLACK_SECONDS, "s")
    ctx.report.check("punctuality 429 responses", kind, api.throttled, "<=", 0, "")
    ctx.report.check("punctuality not delivered exactly once", kind, not_once, "<=", 0, "nudges")

"""Delivery across real processes: kill -9, several workers, downtime, SIGTERM, two pollers.

Each test runs real ``python -m nudger worker`` / ``run`` subprocesses against the fake Bot
API of the test and a real database, and checks the policy in docs/operations.md ("When a
nudge can arrive twice", "Downtime and catch-up", "Stopping and crashes"). Every
sendMessage of a nudge carries the nudge id in its buttons' callback data, so what the fake
received is counted per nudge.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nudger.clock import utc_now
from nudger.domain.languages import Language
from nudger.storage import nudges
from nudger.storage.tables import NudgeRow
from nudger.testing.deliveries import (
    count_in,
    daytime_zone,
    deliveries,
    ids_in,
    lease_passed,
    nudge_id_of,
    seed,
    wait_for_sends,
    wait_for_states,
)
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import Processes, nudger_env
from tests.support.apps import TOKEN

#: The lease of the tests' workers (the default; the settings want 2 × batch / rate + 60 or more).
LEASE = 120
GRACE = timedelta(minutes=120)  # NUDGER_GRACE_MINUTES' default
#: Settings shared by the tests' workers: no planning ahead to speak of, quick dispatch ticks.
FAST = {
    "NUDGER_PLAN_HORIZON_HOURS": "1",
    "NUDGER_DISPATCH_INTERVAL_SECONDS": "0.2",
    "NUDGER_LEASE_SECONDS": str(LEASE),
    # One nudge per user here: per-chat pacing (tested in test_delivery.py and
    # test_budget.py) would only add a database write per send.
    "NUDGER_CHAT_INTERVAL_SECONDS": "0",
}
POSTGRES_ONLY = pytest.mark.parametrize(
    "db_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
REFUSAL = "another `nudger run` is already receiving updates for this database; "


async def reap_as_later(sessions: async_sessionmaker[AsyncSession]) -> nudges.Reaped:
    """What the reaper of a later process does to the leases of a killed one: hands them back.

    Run only while no process is running: the clock is moved past every lease taken so far.
    """
    now = utc_now()
    async with sessions.begin() as session:
        return await nudges.reap(session, lease_passed(now, LEASE), now - GRACE)


# --- 1. kill -9 --------------------------------------------------------------------------

KILLS = 20


async def test_kill_9_at_random_moments_loses_nothing_and_duplicates_only_in_flight(
    db_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    seed_value = int(os.environ.get("KILL_TEST_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\nkill -9 test: KILL_TEST_SEED={seed_value}")
    rng = random.Random(seed_value)
    now = utc_now()
    seeded = await seed(sessions, users=1000, per_user=1, due=now, now=now, zone=daytime_zone(now))
    in_flight: list[int] = []  # at each kill
    in_flight_times: Counter[int] = Counter()  # per nudge: at how many kills it was in flight
    async with (
        FakeBotApi(token=TOKEN) as api,
        Processes(
            tmp_path,
            nudger_env(
                api.url,
                db_url,
                token=TOKEN,
                **FAST,
                NUDGER_SEND_RATE_PER_SECOND="1000",
                NUDGER_DISPATCH_BATCH_SIZE="50",
            ),
        ) as processes,
    ):
        for chat in seeded.chats:
            api.user(chat)
        for kill in range(KILLS):
            # Kill after a random number of this run's sends (at most a fair share of what
            # is left, so that every run has something to send), then a random moment more.
            left = await count_in(sessions, "planned")
            target = rng.randint(1, max(1, left // (KILLS - kill + 1)))
            pause = rng.uniform(0, 0.02)
            mark = api.mark()
            worker = await processes.start("worker")
            if left:
                await wait_for_sends(api, worker, target, since=mark)
            else:
                await worker.wait_for_log("event=started")
            await asyncio.sleep(pause)
            worker.kill()
            assert await worker.wait() == -signal.SIGKILL
            # What the killed worker had claimed and not recorded: sends that may have been
            # under way. Then the reaper of a later process hands them back.
            sending = await ids_in(sessions, "sending")
            in_flight.append(len(sending))
            in_flight_times.update(sending)
            await reap_as_later(sessions)
        last = await processes.start("worker")
        found = await wait_for_states(sessions, seeded.ids, {"sent"}, timeout=60, processes=[last])
        last.terminate()
        assert await last.wait() == 0

        delivered = deliveries(api)
        duplicates = sum(times - 1 for nudge, times in delivered.items() if nudge in seeded.ids)
        report = (
            f"kill -9 x{KILLS} (KILL_TEST_SEED={seed_value}): in flight at the kills "
            f"{sum(in_flight)} {in_flight}, duplicates {duplicates}"
        )
        print(report)
        assert set(found.values()) == {"sent"}, report
        never = sorted(seeded.ids - set(delivered))
        assert not never, f"recorded sent but never sent: {never}; {report}"
        assert duplicates <= sum(in_flight), report
        beyond = {n: times for n, times in delivered.items() if times - 1 > in_flight_times[n]}
        assert not beyond, f"sent more often than in flight at a kill + 1: {beyond}; {report}"
        sent_to = {(nudge_id_of(c), c.params["chat_id"]) for c in api.calls_to("sendMessage")}
        assert sent_to == set(seeded.chat_of.items()), "a message to the wrong chat"


# --- 2. three workers, one send budget --------------------------------------------------

#: The fake's flood limit and the workers' rate, about the ratio of Telegram's ~30 a second to
#: the default rate of 25. Three separate budgets of RATE would offer 3 * RATE, far past the
#: limit (tried: dozens of 429s); the shared one keeps all three to RATE. Measured here, the
#: busiest second runs about 7% over RATE (arrival jitter on a loaded 2-core machine); at 250
#: that left 30 sends of margin and the test failed now and then in a full run, so RATE was
#: 240, until a full run saw a busiest second of 300 (25% over) and one 429. At 200 three
#: separate budgets would still offer twice the limit, so the test still tells them apart.
FLOOD_LIMIT, RATE = 300, 200


@POSTGRES_ONLY
async def test_three_workers_deliver_each_nudge_once_within_the_shared_rate(
    db_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    now = utc_now()
    seeded = await seed(sessions, users=5000, per_user=1, due=now, now=now, zone=daytime_zone(now))
    async with (
        FakeBotApi(token=TOKEN) as api,
        Processes(
            tmp_path,
            nudger_env(
                api.url,
                db_url,
                token=TOKEN,
                **FAST,
                NUDGER_SEND_RATE_PER_SECOND=str(RATE),
                NUDGER_DISPATCH_BATCH_SIZE="100",
            ),
        ) as processes,
    ):
        api.rate_limit = FLOOD_LIMIT
        for chat in seeded.chats:
            api.user(chat)
        # The fake measures the flood limit at arrival, in this process. On two cores shared
        # with three workers and PostgreSQL, a moment this process waits for the CPU makes
        # sends that left evenly arrive together, a burst Telegram's own servers would not
        # see; so the workers yield the CPU to the instrument that judges them.
        workers = [await processes.start("worker", nice=5) for _ in range(3)]
        await wait_for_states(sessions, seeded.ids, {"sent"}, timeout=120, processes=workers)
        for worker in workers:
            worker.terminate()
        for worker in workers:
            assert await worker.wait() == 0

        sent_by = [worker.count("nudge_sent") for worker in workers]
        busiest = api.max_sends_per_second()
        report = (
            f"3 workers sent {sent_by}; busiest second {busiest} sends "
            f"(limit {FLOOD_LIMIT}, rate {RATE}); {api.throttled} answered 429"
        )
        print(f"\n{report}")
        delivered = deliveries(api)
        assert set(delivered) == seeded.ids, report
        assert set(delivered.values()) == {1}, f"a nudge was sent twice; {report}"
        assert api.throttled == 0, report
        assert busiest <= FLOOD_LIMIT, report
        assert all(sent_by), f"a worker sent nothing; {report}"


# --- 3. downtime --------------------------------------------------------------------------


async def test_after_downtime_nudges_within_the_grace_are_sent_older_ones_expire(
    db_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    now = utc_now()
    late, stale = now - timedelta(minutes=10), now - timedelta(hours=3)
    seeded = await seed(
        sessions, users=20, per_user=2, due=[late, stale], now=now, zone=daytime_zone(now)
    )
    expected = {n: "sent" if due == late else "expired" for n, due in seeded.due_of.items()}
    async with (
        FakeBotApi(token=TOKEN) as api,
        Processes(tmp_path, nudger_env(api.url, db_url, token=TOKEN, **FAST)) as processes,
    ):
        for chat in seeded.chats:
            api.user(chat)
        worker = await processes.start("worker")
        found = await wait_for_states(
            sessions, seeded.ids, {"sent", "expired"}, timeout=60, processes=[worker]
        )
        worker.terminate()
        assert await worker.wait() == 0
        assert found == expected
        delivered = deliveries(api)
        assert set(delivered) == {n for n, state in expected.items() if state == "sent"}
        assert set(delivered.values()) == {1}


# --- 4. SIGTERM mid-batch ---------------------------------------------------------------


async def test_sigterm_during_a_batch_records_what_was_sent_and_loses_nothing(
    db_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    now = utc_now()
    seeded = await seed(sessions, users=200, per_user=1, due=now, now=now, zone=daytime_zone(now))
    async with (
        FakeBotApi(token=TOKEN) as api,
        Processes(
            tmp_path,
            nudger_env(
                api.url,
                db_url,
                token=TOKEN,
                **FAST,
                NUDGER_SEND_RATE_PER_SECOND="200",
                NUDGER_DISPATCH_BATCH_SIZE="10",
            ),
        ) as processes,
    ):
        api.latency = 0.5  # every send is answered half a second late: the batch is in flight
        for chat in seeded.chats:
            api.user(chat)
        worker = await processes.start("worker")
        await wait_for_sends(api, worker)
        worker.terminate()
        assert await worker.wait(timeout=30) == 0

        received = set(deliveries(api))
        stopped_at = utc_now()
        async with sessions() as session:
            rows = {
                row.id: row
                for row in (await session.scalars(select(NudgeRow))).all()
                if row.id in seeded.ids
            }
        lost = [
            (row.id, row.state, row.lease_until)
            for row in rows.values()
            if row.state not in ("sent", "planned")
            and not (
                row.state == "sending"
                and row.lease_until is not None
                and row.lease_until > stopped_at
            )
        ]
        assert not lost, f"neither sent nor waiting to be: {lost}"
        assert received, "nothing was sent before the stop"
        unrecorded = sorted(n for n in received if rows[n].state != "sent")
        assert not unrecorded, f"sent but not recorded as sent: {unrecorded}"
        print(f"\nSIGTERM mid-batch: {len(received)} sent and recorded before the stop")

        api.latency = 0.0
        await reap_as_later(sessions)
        again = await processes.start("worker")
        await wait_for_states(sessions, seeded.ids, {"sent"}, timeout=60, processes=[again])
        again.terminate()
        assert await again.wait() == 0
        delivered = deliveries(api)
        assert set(delivered) == seeded.ids
        twice = sorted(n for n, times in delivered.items() if times > 1)
        assert not twice, f"sent twice after a clean stop: {twice}"


# --- 5. one poller ------------------------------------------------------------------------


async def test_a_second_run_refuses_to_poll_while_the_first_holds_the_lock(
    db_url: str, tmp_path: Path
) -> None:
    async with (
        FakeBotApi(token=TOKEN) as api,
        Processes(tmp_path, nudger_env(api.url, db_url, token=TOKEN)) as processes,
    ):
        first = await processes.start("run")
        await api.wait_for_call("setMyCommands", timeout=60)
        await api.wait_until(lambda: api.pending_polls > 0, timeout=30)  # it is polling
        second = await processes.start("run")
        assert await second.wait(timeout=60) == 2
        log = second.log
        assert f"nudger: {REFUSAL}" in log
        assert "start more processes with `nudger worker`" in log
        assert "Traceback" not in log
        # One menu per language, from the first: the second never reached Telegram.
        assert len(api.calls_to("setMyCommands")) == len(Language)
        assert first.running
        first.terminate()
        assert await first.wait() == 0

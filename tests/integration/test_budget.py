"""The send budget shared through the database: slots and holds across processes."""

from __future__ import annotations

import asyncio
import bisect
import itertools
import math
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nudger.jobs.send_budget import FREE_PREFIX, SendBudget
from nudger.testing.wall import Wall
from tests.conftest import FakeClock


async def test_two_workers_get_slots_that_never_overlap(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    wall = Wall(1000.0)
    one = SendBudget(sessions, 10, wall=wall, sleep=wall.sleep)
    two = SendBudget(sessions, 10, wall=wall, sleep=wall.sleep)
    first, second, third = await asyncio.gather(one.slots(5), two.slots(5), one.slots(3))
    every = sorted(first + second + third)
    assert len(every) == 13
    gaps = [round(b - a, 9) for a, b in itertools.pairwise(every)]
    assert gaps == [0.1] * 12  # 10 a second between them, in whatever order they came
    assert every[0] == 1000.0
    assert round(await one.backlog(), 9) == 1.3  # 13 slots booked from now


async def test_slots_start_from_now_after_a_quiet_spell_and_wait_for_their_time(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    wall = Wall(1000.0)
    budget = SendBudget(sessions, 4, wall=wall, sleep=wall.sleep)
    assert await budget.slots(2) == [1000.0, 1000.25]
    wall.at = 2000.0  # nothing sent for a while: no burst is saved up
    slots = await budget.slots(2)
    assert slots == [2000.0, 2000.25]
    for slot in slots:
        await budget.wait_for(slot)
    assert wall.slept == [0.25]
    assert await budget.slots(0) == []


async def test_a_hold_set_by_one_worker_stops_the_other(
    sessions: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    one = SendBudget(sessions, 25)
    two = SendBudget(sessions, 25)
    until = clock() + timedelta(seconds=30)
    await one.hold(until)
    assert one.held(clock())
    assert not two.held(clock())  # not yet known there
    await two.backlog()
    assert two.held(clock())
    await two.hold(clock() + timedelta(seconds=5))  # a shorter hold never shortens it
    assert two.hold_until == until
    await one.backlog()
    assert one.hold_until == until
    assert not one.held(until)


async def test_workers_take_slots_a_chunk_at_a_time_and_interleave(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    wall = Wall(1000.0)
    one = SendBudget(sessions, 40, wall=wall, sleep=wall.sleep)
    two = SendBudget(sessions, 40, wall=wall, sleep=wall.sleep)
    assert one.chunk == 4  # 0.1 s of slots at 40 a second
    first = [round(await one.take(), 3) for _ in range(4)]
    assert first == [1000.0, 1000.025, 1000.05, 1000.075]
    assert wall.at == 1000.075  # the last slot of a chunk is handed out when it is due
    assert round(await two.take(), 3) == 1000.1  # the other worker's chunk comes next
    assert round(await one.take(), 3) == 1000.2  # then this one's: they take turns
    wall.at = 1001.0  # the rest of that chunk passed unused: dropped, never sent late
    assert round(await one.take(), 3) == 1001.0


async def test_sends_to_one_chat_keep_apart_across_workers(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    wall = Wall(1000.0)
    one = SendBudget(sessions, 100, chat_interval=1.0, wall=wall, sleep=wall.sleep)
    two = SendBudget(sessions, 100, chat_interval=1.0, wall=wall, sleep=wall.sleep)
    await one.turn(7)
    first = wall.at
    await two.turn(8)  # another chat: only the overall rate (this worker's chunk comes next)
    assert wall.at - first < 0.2
    await two.turn(7)  # the same chat, from the other worker: a second after the first
    assert wall.at - first >= 1.0
    await one.turn(7)
    assert wall.at - first >= 2.0
    assert await one.forget_chats(idle=3600) == 0  # all recent
    wall.at += 7200
    assert await one.forget_chats(idle=3600) == 2  # chats 7 and 8 dropped


async def test_chat_pacing_can_be_turned_off(sessions: async_sessionmaker[AsyncSession]) -> None:
    wall = Wall(1000.0)
    budget = SendBudget(sessions, 100, chat_interval=0, wall=wall, sleep=wall.sleep)
    for _ in range(5):
        await budget.turn(7)
    assert wall.at - 1000.0 < 0.1  # only the overall rate: 5 slots 10 ms apart


def _busiest_second(times: list[float]) -> int:
    """The most of these times within one window [t, t + 1 s)."""
    times = sorted(times)
    return max((bisect.bisect_left(times, t + 1) - i for i, t in enumerate(times)), default=0)


def _per_wall_second(times: list[float]) -> int:
    """The most of these times within one wall-clock second [n, n + 1)."""
    return max(Counter(math.floor(t) for t in times).values(), default=0)


class _TokenStatements:
    """Counts the statements about the free sends' tokens (rows ``free:…``)."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.count = 0
        engine = sessions.kw["bind"].sync_engine

        @event.listens_for(engine, "before_cursor_execute")
        def counted(*args: Any) -> None:
            if _mentions_a_token(args[3]):
                self.count += 1


def _mentions_a_token(params: object) -> bool:
    if isinstance(params, str):
        return params.startswith(FREE_PREFIX)
    if isinstance(params, dict):
        return any(_mentions_a_token(value) for value in params.values())
    if isinstance(params, list | tuple):
        return any(_mentions_a_token(value) for value in params)
    return False


async def test_paid_broadcasts_pay_only_for_the_sends_beyond_the_free_rate(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """A sustained rate above the free one: 25 a second go free, the rest are paid, and the
    free sends' statements follow the free rate, not the send rate."""
    statements = _TokenStatements(sessions)
    wall = Wall(1000.013)
    budget = SendBudget(sessions, 100, chat_interval=0, paid_above=25, wall=wall, sleep=wall.sleep)
    sent: list[tuple[float, bool]] = []
    for n in range(1000):  # 10 seconds at 100 a second
        paid = await budget.turn(n)
        sent.append((wall.at, paid))  # sent when the slot came
    free = [at for at, paid in sent if not paid]
    assert len(free) == 250  # 25 a second go free, the other 75 are paid
    assert sum(paid for _, paid in sent) == 1000 - 25 * 10
    assert _busiest_second(free) == 25
    assert _busiest_second([at for at, _ in sent]) == 100
    # Each second's first 25 go free, then the allowance is used up until it comes back.
    assert [paid for _, paid in sent[:200]] == ([False] * 25 + [True] * 75) * 2
    # 250 tokens taken, one miss (and a look at when a token comes back) a second, and the
    # tokens' rows created once: not a statement per send.
    assert statements.count <= 250 + 2 * 10 + 3


async def test_a_send_after_a_quiet_spell_is_free_and_does_not_wait(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    wall = Wall(1000.0)
    budget = SendBudget(sessions, 100, chat_interval=0, paid_above=25, wall=wall, sleep=wall.sleep)
    for n in range(20):
        wall.at += 0.5 + n * 0.0137  # now and then, at any fraction of a second
        before = wall.at
        assert not await budget.turn(n)
        assert wall.at == before


@pytest.mark.parametrize(
    ("burst", "every", "paid"),
    [(50, 5.0, 25 * 12), (20, 5.0, 0), (20, 1.0, 0), (25, 1.5, 0)],
    ids=[
        "the review's 50 every 5 s: the 25 beyond each second's allowance",
        "20 every 5 s",
        "20 every second",
        "25 every 1.5 s",
    ],
)
async def test_bursts_at_a_fast_rate_pay_only_beyond_the_free_allowance_of_their_second(
    sessions: async_sessionmaker[AsyncSession], burst: int, every: float, paid: int
) -> None:
    """A dispatch tick sends its batch at the send rate, here 1,000 a second: 50 nudges go out
    within 50 ms. 25 of them fit in that second's free allowance, and the other 25 cannot go
    free without more than 25 unflagged sends in one second; a burst that fits goes free."""
    statements = _TokenStatements(sessions)
    wall = Wall(1000.37)
    budget = SendBudget(sessions, 1000, chat_interval=0, paid_above=25, wall=wall, sleep=wall.sleep)
    sent: list[tuple[float, bool]] = []
    for tick in range(12):
        wall.at = 1000.37 + tick * every
        for n in range(burst):
            sent.append((wall.at, await budget.turn(n)))
            sent[-1] = (wall.at, sent[-1][1])
    assert sum(was_paid for _, was_paid in sent) == paid
    assert [was_paid for _, was_paid in sent[:burst]] == [False] * min(burst, 25) + [True] * (
        burst - min(burst, 25)
    )
    free = [at for at, was_paid in sent if not was_paid]
    assert _busiest_second(free) <= 25
    assert _per_wall_second(free) <= 25
    assert statements.count <= len(free) + 2 * 12 + 3


@pytest.mark.parametrize(
    ("paid_above", "paid"),
    [
        (None, [False] * 8),
        (0, [True] * 8),
        (0.5, [True] * 8),
        (100, [False] * 8),
        (400, [False] * 8),
    ],
    ids=[
        "paid broadcasts off",
        "every send paid",
        "less than one free a second: every send paid",
        "free rate = rate",
        "free rate > rate",
    ],
)
async def test_which_sends_are_paid_at_the_edges(
    sessions: async_sessionmaker[AsyncSession], paid_above: float | None, paid: list[bool]
) -> None:
    """None of these needs a token: no statement beyond the rate's own."""
    statements = _TokenStatements(sessions)
    wall = Wall(1000.0)
    budget = SendBudget(
        sessions, 100, chat_interval=0, paid_above=paid_above, wall=wall, sleep=wall.sleep
    )
    assert [await budget.turn(n) for n in range(8)] == paid
    assert round(wall.at, 6) == 1000.07  # and no later than without paid broadcasts
    assert statements.count == 0


async def test_workers_together_send_no_more_free_than_the_free_rate(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """The tokens are shared by every process: three workers taking turns (each dropping
    the slots the others' turns passed), on a busy machine, above the free rate: at most 25
    go free in any second, and as many as that: a send is paid only when the 25 of the
    second before it went free."""
    wall = Wall(1000.0)
    workers = [
        SendBudget(sessions, 100, chat_interval=0, paid_above=25, wall=wall, sleep=wall.sleep)
        for _ in range(3)
    ]
    sent: list[tuple[float, bool]] = []
    for n in range(900):
        paid = await workers[n // 15 % 3].turn(n)
        sent.append((wall.at, paid))
        wall.at += 0.003 * (n % 5)  # and a busy machine: some sends come a little late
    free = [at for at, paid in sent if not paid]
    assert _busiest_second([at for at, _ in sent]) > 50
    assert _busiest_second(free) == 25
    assert _per_wall_second(free) <= 25
    for at, paid in sent:  # paid only when the 25 before it within a second went free
        if paid:
            assert bisect.bisect_right(free, at) - bisect.bisect_right(free, at - 1) == 25
    spread = sent[-1][0] - sent[0][0]
    assert 25 * math.floor(spread) <= len(free) <= 25 * math.ceil(spread)


async def test_workers_sending_at_once_share_the_free_allowance(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Four workers whose sends all go at the same moment (each of them many at once):
    exactly 25 go free, on either database, and none more until a second has passed."""
    at = [1000.0]

    async def no_wait(_: float) -> None:
        await asyncio.sleep(0)

    workers = [
        SendBudget(
            sessions, 1000, chat_interval=0, paid_above=25, wall=lambda: at[0], sleep=no_wait
        )
        for _ in range(4)
    ]

    async def together() -> list[bool]:
        return list(
            await asyncio.gather(*(worker.turn(n) for worker in workers for n in range(15)))
        )

    assert (await together()).count(False) == 25  # of 60
    at[0] += 0.999
    assert (await together()).count(False) == 0
    at[0] += 0.001  # a second after the first 25
    assert (await together()).count(False) == 25

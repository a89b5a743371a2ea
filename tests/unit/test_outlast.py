"""Waiting out a database outage: every step waits, but an outage is logged once at WARNING
(defect 11: no log storm), not once per claimed message and wait."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from nudger.jobs.outlast import FIRST_WAIT, Waits, outlast
from tests.conftest import FakeClock

#: Claimed nudges caught by the 10 s outage that was measured, and the waits each made.
CLAIMED = 36
FAILURES = 3


class Flaky:
    """A step that finds the database away ``failures`` times, then succeeds."""

    def __init__(self, failures: int) -> None:
        self.left = failures

    async def __call__(self) -> str:
        if self.left:
            self.left -= 1
            raise ConnectionRefusedError("the database is away")
        return "done"


async def _no_wait(seconds: float) -> None:
    """Virtual time: the wait passes at once (the others still get their turn)."""
    await asyncio.sleep(0)


def _levels(caplog: pytest.LogCaptureFixture) -> list[int]:
    return [r.levelno for r in caplog.records if getattr(r, "event", None) == "slot_retry"]


async def test_an_outage_is_one_warning_for_all_the_steps_that_wait(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    waits = Waits()
    until = clock() + timedelta(minutes=2)

    async def one(nudge: int) -> str:
        return await outlast(
            Flaky(FAILURES),
            clock=clock,
            until=until,
            event="slot_retry",
            waits=waits,
            sleep=_no_wait,
            nudge=nudge,
        )

    with caplog.at_level(logging.DEBUG, logger="nudger.jobs.outlast"):
        done = await asyncio.gather(*(one(n) for n in range(CLAIMED)))
        assert done == ["done"] * CLAIMED
        assert waits.waiting == 0
        levels = _levels(caplog)
        assert levels.count(logging.WARNING) == 1
        assert levels.count(logging.DEBUG) == CLAIMED * FAILURES - 1  # each wait is still seen

        caplog.clear()  # the database was back: the next outage is a WARNING again
        await one(CLAIMED)
        assert _levels(caplog) == [logging.WARNING] + [logging.DEBUG] * (FAILURES - 1)


async def test_without_shared_waits_each_step_warns_once(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="nudger.jobs.outlast"):
        for nudge in (1, 2):
            await outlast(
                Flaky(FAILURES),
                clock=clock,
                until=clock() + timedelta(minutes=2),
                event="slot_retry",
                sleep=_no_wait,
                nudge=nudge,
            )
    assert _levels(caplog) == 2 * ([logging.WARNING] + [logging.DEBUG] * (FAILURES - 1))
    [first, *_] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert getattr(first, "fields", None) == {"wait": FIRST_WAIT, "nudge": 1}


async def test_the_deadline_and_other_errors_end_the_wait(clock: FakeClock) -> None:
    waits = Waits()
    with pytest.raises(ConnectionRefusedError):  # past the deadline: no wait at all
        await outlast(
            Flaky(1), clock=clock, until=clock(), event="slot_retry", waits=waits, sleep=_no_wait
        )

    async def bug() -> None:
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError, match="a bug"):
        await outlast(
            bug, clock=clock, until=clock() + timedelta(minutes=1), event="x", waits=waits
        )
    assert waits.waiting == 0

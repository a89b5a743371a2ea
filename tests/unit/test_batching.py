"""The group commit: what is asked for together is written together, and nobody waits forever."""

from __future__ import annotations

import asyncio

import pytest

from nudger.jobs.coalescer import Coalescer


async def test_items_asked_for_together_go_in_one_call_and_get_their_own_results() -> None:
    calls: list[list[int]] = []

    async def run(items: list[int]) -> list[int]:
        calls.append(items)
        return [item * 10 for item in items]

    coalescer = Coalescer(run)
    assert await asyncio.gather(*(coalescer(i) for i in range(5))) == [0, 10, 20, 30, 40]
    assert calls == [[0, 1, 2, 3, 4]]
    assert await coalescer(7) == 70  # alone, later: a call of its own
    assert calls[-1] == [7]


async def test_while_all_writers_are_busy_the_next_group_grows() -> None:
    release = asyncio.Event()
    calls: list[list[int]] = []

    async def run(items: list[int]) -> list[int]:
        calls.append(items)
        await release.wait()
        return items

    coalescer = Coalescer(run, parallel=1)
    first = asyncio.ensure_future(coalescer(0))
    await asyncio.sleep(0.01)  # the first group is being written
    later = [asyncio.ensure_future(coalescer(i)) for i in (1, 2, 3)]
    await asyncio.sleep(0.01)
    assert calls == [[0]]
    release.set()
    assert await asyncio.gather(first, *later) == [0, 1, 2, 3]
    assert calls == [[0], [1, 2, 3]]


async def test_a_failed_write_reaches_every_caller_of_its_group() -> None:
    async def run(items: list[int]) -> list[int]:
        raise ConnectionError("database away")

    coalescer = Coalescer(run)
    results = await asyncio.gather(coalescer(1), coalescer(2), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in results)


async def test_a_wrong_number_of_results_is_an_error_not_a_hang() -> None:
    async def run(items: list[int]) -> list[int]:
        return []

    coalescer = Coalescer(run)
    with pytest.raises(RuntimeError, match="0 results for 2 items"):
        async with asyncio.timeout(5):
            await asyncio.gather(coalescer(1), coalescer(2))

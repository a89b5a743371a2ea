"""Group commit: writes asked for at about the same time go to the database together.

When many sends finish in the same moment (a batch against a fast Bot API), recording each
in its own transaction costs a round trip and a commit apiece. A :class:`Coalescer` runs
the items asked for within ``linger`` seconds (by default, one turn of the event loop) as
one call. Up to
``parallel`` groups are written at the same time (each in its own transaction), so nobody
queues behind one slow write; while all writers are busy, the next group keeps growing, so
database connections stay bounded. At a low rate every item still goes alone and at once;
under load the groups grow by themselves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Coalescer(Generic[T, R]):
    """``await coalescer(item)`` → ``run([..., item, ...])``'s result for ``item``.

    ``run`` takes a list of at most ``most`` items and returns one result per item, in
    order. If it raises, every item of that call gets the exception (the callers decide
    whether to try again).
    """

    def __init__(
        self,
        run: Callable[[list[T]], Awaitable[Sequence[R]]],
        most: int = 500,
        parallel: int = 4,
        linger: float = 0.0,
    ) -> None:
        self._run = run
        self._linger = linger
        self._most = most
        self._writers = asyncio.Semaphore(parallel)
        self._open: list[tuple[T, asyncio.Future[R]]] | None = None
        self._writing: set[asyncio.Task[None]] = set()

    async def __call__(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        if self._open is None or len(self._open) >= self._most:
            self._open = []
            task = asyncio.create_task(self._write(self._open))
            self._writing.add(task)
            task.add_done_callback(self._writing.discard)
        self._open.append((item, future))
        return await future

    async def _write(self, group: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            async with self._writers:  # while all are busy, the group keeps growing
                await asyncio.sleep(self._linger)  # others asked for meanwhile join in
                if self._open is group:
                    self._open = None  # later items form a new group
                results = await self._run([item for item, _ in group])
                if len(results) != len(group):
                    raise RuntimeError(f"{len(results)} results for {len(group)} items")
            for (_, future), result in zip(group, results, strict=True):
                if not future.done():  # its caller may have been cancelled meanwhile
                    future.set_result(result)
        except asyncio.CancelledError:
            for _, future in group:
                future.cancel()
            raise
        except Exception as error:  # noqa: BLE001 - handed to every caller of the group
            for _, future in group:
                if not future.done():
                    future.set_exception(error)
        finally:
            if self._open is group:
                self._open = None  # never let a later item join a group that is over

"""A virtual wall clock for the send budget's pacing: sleeping moves it, nothing waits."""

from __future__ import annotations


class Wall:
    """A wall clock (seconds, like ``time.time``) the test moves; :meth:`sleep` moves it."""

    def __init__(self, at: float) -> None:
        self.at = at
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.at

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.at += seconds

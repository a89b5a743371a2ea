"""The demo's clock: real time plus an offset that ``/skip-time`` only ever grows.

Real time keeps flowing between commands (so snoozes and charts behave as they would), and
skipping ahead never takes the app back in time, which no part of nudger expects.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from nudger.clock import Clock, utc_now


class DemoClock:
    """Real UTC time plus an offset; :meth:`advance_to` only ever moves it forward."""

    def __init__(self, start: datetime | None = None, real: Clock = utc_now) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._real = real
        self.offset = start - real() if start is not None else timedelta(0)

    def __call__(self) -> datetime:
        return self._real() + self.offset

    def advance_to(self, at: datetime) -> None:
        now = self()
        if at > now:
            self.offset += at - now

"""Telegram's overall flood limit, mimicked for load tests (see :attr:`FakeBotApi.rate_limit`)."""

from __future__ import annotations

import bisect

from nudger.testing.fake_bot_api.records import FakeError
from nudger.testing.fake_bot_api.validation import _ApiError

# Calls that count towards ``rate_limit``.
_SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


class _FloodLimit:
    """Counts successful sends by arrival time and answers 429 beyond :attr:`rate_limit`."""

    def __init__(self) -> None:
        super().__init__()
        self.rate_limit: float | None = None
        """Successful sends allowed within any 1-second window; more are answered 429."""
        self.throttled = 0
        """Number of sends answered 429 because of :attr:`rate_limit`."""
        self._send_times: list[float] = []  # arrival of every successful send, sorted

    def max_sends_per_second(self) -> int:
        """The most successful sends whose arrival falls within one window [t, t + 1 s).

        Counts ``sendMessage``, ``sendPhoto`` and ``sendDocument`` calls answered 200.
        """
        times, best, end = self._send_times, 0, 0
        for start_index, start in enumerate(times):
            while end < len(times) and times[end] < start + 1:
                end += 1
            best = max(best, end - start_index)
        return best

    def _check_rate_limit(self, at: float) -> None:
        """Raise 429 if a send arriving at ``at`` would exceed :attr:`rate_limit`.

        Every 1-second window [t, t + 1) that contains ``at`` is checked, since concurrent
        requests may be handled in a different order than they arrived.
        """
        if self.rate_limit is None:
            return
        times = self._send_times
        starts = times[bisect.bisect_right(times, at - 1) : bisect.bisect_right(times, at)]
        for start in [*starts, at]:
            in_window = bisect.bisect_left(times, start + 1) - bisect.bisect_left(times, start)
            if in_window + 1 > self.rate_limit:
                self.throttled += 1
                error = FakeError.retry_after(1)
                raise _ApiError(error.status, error.description, error.parameters)

    def _record_send(self, at: float) -> None:
        """Count a successful send that arrived at ``at``."""
        bisect.insort(self._send_times, at)

"""Telegram's overall flood limits, mimicked for load tests (see :attr:`FakeBotApi.rate_limit`
and :attr:`FakeBotApi.paid_rate_limit`)."""

from __future__ import annotations

import bisect
from typing import Any

from nudger.testing.fake_bot_api.records import FakeError
from nudger.testing.fake_bot_api.validation import _ApiError

# Calls that count towards ``rate_limit`` (or, as paid broadcasts, ``paid_rate_limit``).
_SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


def _paid(params: dict[str, Any]) -> bool:
    """Whether a send asks to be a paid broadcast (``allow_paid_broadcast``, Bot API 7.11)."""
    return params.get("allow_paid_broadcast") is True


def _busiest_second(times: list[float]) -> int:
    """The most of these sorted times within one window [t, t + 1 s)."""
    best, end = 0, 0
    for start_index, start in enumerate(times):
        while end < len(times) and times[end] < start + 1:
            end += 1
        best = max(best, end - start_index)
    return best


class _FloodLimit:
    """Counts successful sends by arrival time and answers 429 beyond the limits.

    Like Telegram, a send with ``allow_paid_broadcast`` is not counted against
    :attr:`rate_limit` (the free broadcast limit) but against :attr:`paid_rate_limit`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.rate_limit: float | None = None
        """Successful free sends (without ``allow_paid_broadcast``) allowed within any
        1-second window (Telegram: about 30); more are answered 429."""
        self.paid_rate_limit: float | None = None
        """Successful paid broadcasts (sends with ``allow_paid_broadcast``) allowed within
        any 1-second window (Telegram: 1,000); more are answered 429."""
        self.throttled = 0
        """Number of sends answered 429 because of :attr:`rate_limit` or :attr:`paid_rate_limit`."""
        self._send_times: list[float] = []  # arrival of every successful free send, sorted
        self._paid_times: list[float] = []  # and of every successful paid broadcast

    def max_sends_per_second(self, *, paid: bool | None = None) -> int:
        """The most successful sends whose arrival falls within one window [t, t + 1 s).

        Counts ``sendMessage``, ``sendPhoto`` and ``sendDocument`` calls answered 200: all of
        them, or with ``paid`` only those with (True) or without (False)
        ``allow_paid_broadcast``.
        """
        if paid is None:
            return _busiest_second(sorted(self._send_times + self._paid_times))
        return _busiest_second(self._paid_times if paid else self._send_times)

    def paid_sends(self) -> int:
        """How many successful sends carried ``allow_paid_broadcast``."""
        return len(self._paid_times)

    def _check_rate_limit(self, at: float, *, paid: bool = False) -> None:
        """Raise 429 if a send arriving at ``at`` would exceed its limit.

        Every 1-second window [t, t + 1) that contains ``at`` is checked, since concurrent
        requests may be handled in a different order than they arrived.
        """
        limit = self.paid_rate_limit if paid else self.rate_limit
        if limit is None:
            return
        times = self._paid_times if paid else self._send_times
        starts = times[bisect.bisect_right(times, at - 1) : bisect.bisect_right(times, at)]
        for start in [*starts, at]:
            in_window = bisect.bisect_left(times, start + 1) - bisect.bisect_left(times, start)
            if in_window + 1 > limit:
                self.throttled += 1
                error = FakeError.retry_after(1)
                raise _ApiError(error.status, error.description, error.parameters)

    def _record_send(self, at: float, *, paid: bool = False) -> None:
        """Count a successful send that arrived at ``at``."""
        bisect.insort(self._paid_times if paid else self._send_times, at)

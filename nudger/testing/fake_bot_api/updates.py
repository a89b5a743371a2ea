"""The queue of updates waiting for the bot, and waking up whoever waits for a change.

Both ways of delivering the queue build on it: ``getUpdates`` (methods.py) and the webhook
(webhook.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
from collections.abc import Callable, Mapping
from typing import Any

# Update kinds this fake produces itself; only those are filtered by ``allowed_updates``.
_OWN_KINDS = frozenset({"message", "edited_message", "callback_query"})


def _update_kind(update: Mapping[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


class _Updates:
    """Pending, replayed and answerable updates; the base of :class:`FakeBotApi`."""

    def __init__(self) -> None:
        super().__init__()
        self.pending_polls = 0
        """Number of ``getUpdates`` requests currently long-polling (waiting for updates)."""
        self._updates: list[dict[str, Any]] = []
        self._queued: dict[int, dict[str, Any]] = {}  # every update ever queued, by id
        self._replays: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] = []
        self._pending_callbacks: set[str] = set()
        self._callback_ids = itertools.count(1)
        self._changed = asyncio.Event()
        self._closing = asyncio.Event()

    def queue_raw_update(self, update: Mapping[str, Any]) -> int:
        """Queue any update dict for ``getUpdates``; a missing ``update_id`` is assigned.

        A callback query in it can be answered, as Telegram accepts an answer to any query
        it delivered.
        """
        queued = {"update_id": self._next_update_id, **update}
        query = queued.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._pending_callbacks.add(str(query["id"]))
        if isinstance(queued["update_id"], int):
            self._next_update_id = max(self._next_update_id, queued["update_id"]) + 1
            self._queued[queued["update_id"]] = copy.deepcopy(queued)
        self._updates.append(queued)
        self._notify()
        return int(queued["update_id"])

    @property
    def last_update_id(self) -> int:
        """The id of the newest update queued so far (0 if none)."""
        return self._next_update_id - 1

    def replay(self, update_id: int) -> None:
        """Deliver an update queued before once more, with the same ``update_id``.

        As Telegram does when the bot's confirmation (the ``offset``) or a webhook's 200
        was lost: the copy goes out with the next ``getUpdates`` even though its id was
        already confirmed. A callback query in it can be answered again.
        """
        if update_id not in self._queued:
            raise AssertionError(f"no update {update_id} was queued")
        update = copy.deepcopy(self._queued[update_id])
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._pending_callbacks.add(str(query["id"]))
        self._replays.append(update)
        self._notify()

    async def next_updates(self) -> list[dict[str, Any]]:
        """Wait for updates, then take every pending one (replays first), confirmed at once.

        What the fast test tier (:mod:`nudger.testing.inprocess`) reads instead of
        ``getUpdates``; an empty list once the fake stops.
        """
        await self._wait(lambda: self._closing.is_set() or bool(self._replays or self._updates))
        if self._closing.is_set():
            return []
        taken, self._replays, self._updates = self._replays + self._updates, [], []
        return copy.deepcopy(taken)

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = _update_kind(update)
        return not self._allowed_updates or kind not in _OWN_KINDS or kind in self._allowed_updates

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait(
        self,
        predicate: Callable[[], bool],
        timeout: float | None = None,  # noqa: ASYNC109
        recheck: float | None = None,
    ) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                changed = self._changed
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(recheck):
                        await changed.wait()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up early when the server stops."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._closing.wait()

    def _queue(self, kind: str, payload: dict[str, Any]) -> int:
        return self.queue_raw_update({kind: payload})

    def _new_callback_id(self) -> str:
        query_id = f"cbq{next(self._callback_ids)}"
        self._pending_callbacks.add(query_id)
        return query_id

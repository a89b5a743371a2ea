"""Waiting out a database outage for a step that must not be dropped.

A sender that gave up on the database right after Telegram took a message would leave no
record of it: a nudge would be sent again when its lease ran out, a review would stay
``sending``. Before a send, giving up leaves a claim idle until its lease runs out. So these
steps are tried again, at a growing interval, while the database is unavailable and until a
deadline (a nudge's lease); any other error is raised at once.

An outage makes every claimed message wait at once, each several times: logging each wait at
WARNING gave hundreds of lines for a few seconds of outage. Only the first wait of an outage
is a WARNING: the first of a step, and with a shared :class:`Waits`, the first of a sender
while none of its other steps is waiting; the others are DEBUG.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from nudger.clock import Clock
from nudger.logs import log_event
from nudger.storage.db import unavailable

logger = logging.getLogger(__name__)

#: The first wait (seconds) after the database could not be used, and the longest.
FIRST_WAIT = 0.5
LONGEST_WAIT = 10.0

T = TypeVar("T")


class Waits:
    """How many of one sender's steps are waiting for the database now (see above)."""

    def __init__(self) -> None:
        self.waiting = 0


async def outlast(
    step: Callable[[], Awaitable[T]],
    *,
    clock: Clock,
    until: datetime,
    event: str,
    waits: Waits | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    **fields: Any,
) -> T:
    """Run ``step``, again after each failure for want of the database, until ``until``
    (by ``clock``); logs ``event`` with ``fields`` before each wait (see above for the level).
    ``waits``: shared by the steps of one sender, so that an outage is one WARNING."""
    wait = FIRST_WAIT
    waiting = False
    try:
        while True:
            try:
                return await step()
            except Exception as error:
                if not unavailable(error) or clock() >= until:
                    raise
                first = not waiting and (waits is None or waits.waiting == 0)
                if not waiting and waits is not None:
                    waits.waiting += 1
                waiting = True
                level = logging.WARNING if first else logging.DEBUG
                log_event(logger, event, level, wait=wait, **fields)
                await sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
    finally:
        if waiting and waits is not None:
            waits.waiting -= 1

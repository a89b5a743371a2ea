"""Waiting out a database outage for a step that must not be dropped.

A sender that gave up on the database right after Telegram took a message would leave no
record of it: a nudge would be sent again when its lease ran out, a review would stay
``sending``. Before a send, giving up leaves a claim idle until its lease runs out. So these
steps are tried again, at a growing interval, while the database is unavailable and until a
deadline (a nudge's lease); any other error is raised at once.
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


async def outlast(
    step: Callable[[], Awaitable[T]],
    *,
    clock: Clock,
    until: datetime,
    event: str,
    **fields: Any,
) -> T:
    """Run ``step``, again after each failure for want of the database, until ``until``
    (by ``clock``); logs ``event`` with ``fields`` before each wait."""
    wait = FIRST_WAIT
    while True:
        try:
            return await step()
        except Exception as error:
            if not unavailable(error) or clock() >= until:
                raise
            log_event(logger, event, logging.WARNING, wait=wait, **fields)
            await asyncio.sleep(wait)
            wait = min(wait * 2, LONGEST_WAIT)

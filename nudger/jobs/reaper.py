"""The reap tick: hand back claims whose lease ran out, and expire what is too late to send.

A claim whose process died (or lost the database for longer than the lease) stays
``sending``; once its lease has run out it goes back to ``planned`` and is sent again, the
one way a nudge can arrive twice (see docs/operations.md). Planned nudges more than the
grace late are expired rather than sent hours late. The same tick forgets old update ids,
the send budget's idle chat rows, wrong-token counts whose hour is over and invitations
long expired, which need the same slow pace.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from nudger.clock import Clock
from nudger.domain.partners import ATTEMPT_WINDOW
from nudger.jobs.send_budget import SendBudget
from nudger.logs import log_event
from nudger.storage import nudges, partners, updates
from nudger.storage.db import Sessions

logger = logging.getLogger(__name__)

#: Update ids are remembered this long to drop redeliveries (Telegram keeps updates 24 hours).
UPDATES_KEPT = timedelta(days=2)
#: An expired invitation is kept this long (so its link says "run out", not "doesn't work").
EXPIRED_INVITATIONS_KEPT = timedelta(days=30)


class Reaper:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        budget: SendBudget,
        *,
        grace: timedelta = timedelta(hours=2),
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._budget = budget
        self._grace = grace

    async def tick(self) -> nudges.Reaped:
        now = self._clock()
        async with self._sessions.begin() as session:
            reaped = await nudges.reap(session, now, now - self._grace)
            forgotten = await updates.forget_before(session, now - UPDATES_KEPT)
            await partners.prune_attempts(session, now - ATTEMPT_WINDOW)
            await partners.drop_expired_invitations(session, now - EXPIRED_INVITATIONS_KEPT)
        await self._budget.forget_chats()
        if reaped.recovered or reaped.expired:
            log_event(logger, "reaped", recovered=reaped.recovered, expired=reaped.expired)
        if forgotten:
            log_event(logger, "updates_forgotten", count=forgotten)
        return reaped

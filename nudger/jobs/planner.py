"""The planning tick: extend every user's plan that runs out soon, a page at a time.

What one user's plan is comes from :class:`nudger.services.planning.Planner` (the bot plans
one user with it after Save or /resume); this job only finds the users due and writes their
rows in bulk.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from nudger.clock import Clock
from nudger.domain.model import Profile
from nudger.domain.planning import PlannedSlot
from nudger.logs import log_event
from nudger.services.planning import Planner
from nudger.storage import nudges, users
from nudger.storage.db import Sessions

logger = logging.getLogger(__name__)

#: Users planned per transaction.
PAGE = 500


class PlanningJob:
    def __init__(self, sessions: Sessions, clock: Clock, planner: Planner) -> None:
        self._sessions = sessions
        self._clock = clock
        self._planner = planner

    async def tick(self) -> int:
        """Extend the plans that run out within ``horizon - refresh``; returns rows inserted.

        Each user's plan is drawn up to ``now + horizon`` and that time is recorded, so a
        tick reads and plans only the users whose plan runs out soon (about ``refresh`` of
        the users' time per tick) or was reset by a change; with nothing to do it costs one
        index look-up. Each page is its own transaction; the time math runs in a worker
        thread so the event loop keeps answering users.
        """
        now = self._clock()
        until = now + self._planner.horizon
        inserted = planned_users = 0
        while True:
            async with self._sessions.begin() as session:
                page = await users.due_for_planning(session, until - self._planner.refresh, PAGE)
                planned = await asyncio.to_thread(self._plan_page, page, now)
                inserted += await nudges.insert_plans(
                    session, ((profile.id, slots) for profile, slots in planned), now
                )
                # Users that could not be planned are marked too: tried again next time round.
                await users.mark_planned(session, (p.id for p in page), until)
            planned_users += len(page)
            if len(page) < PAGE:
                break
        log_event(logger, "plan_tick", users=planned_users, planned=inserted)
        return inserted

    def _plan_page(
        self, page: list[Profile], now: datetime
    ) -> list[tuple[Profile, list[PlannedSlot]]]:
        planned = []
        for profile in page:
            try:
                planned.append((profile, self._planner.slots_for(profile, now)))
            except ValueError:  # e.g. a time zone that left the tz database: skip, say so
                log_event(logger, "plan_failed", logging.WARNING, user=profile.id)
        return planned

"""Planning ticks: turn each user's schedule into nudge rows for the next hours."""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import date, datetime, timedelta

from nudger.clock import Clock
from nudger.domain.model import NudgeState, Profile
from nudger.domain.planning import MIN_GAP, PlannedSlot, plan_between
from nudger.logs import log_event
from nudger.storage import nudges, users
from nudger.storage.db import Session, Sessions

logger = logging.getLogger(__name__)

PAGE = 500
#: Plans are extended when less than ``horizon - REFRESH`` is left (at most half the horizon).
REFRESH = timedelta(hours=6)


class Planner:
    """Plans ``horizon`` ahead for every active user, idempotently.

    Each local day's times come from a generator seeded with the user, the
    settings version and the date (plus an operator ``salt``), so planning the
    same day again gives the same times and the UNIQUE key turns the repeat
    into a no-op.
    """

    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        horizon: timedelta,
        salt: str = "",
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._horizon = horizon
        self._salt = salt

    def slots_for(self, profile: Profile, now: datetime) -> list[PlannedSlot]:
        """The user's slots within the horizon (pure; safe to run in a worker thread)."""
        schedule = profile.schedule
        if schedule is None or profile.paused or not profile.active:
            return []

        def rng_for_day(day: date) -> random.Random:
            return random.Random(f"{self._salt}:{profile.id}:{profile.plan_version}:{day}")  # noqa: S311

        return plan_between(schedule, now, now + self._horizon, rng_for_day)

    @property
    def refresh(self) -> timedelta:
        """A user's plan is extended once less than ``horizon - refresh`` of it is left."""
        return min(REFRESH, self._horizon / 2)

    async def plan_user(self, session: Session, profile: Profile, now: datetime) -> int:
        """Plan one user now (after Save or /resume).

        Slots that would come within MIN_GAP of a nudge just sent under the old settings are
        reserved as cancelled, so the 2-hour gap holds across a change of plan.
        """
        slots = self.slots_for(profile, now)
        recent = await nudges.recent_sends(session, profile.id, now - MIN_GAP)
        too_close = [s for s in slots if any(abs(s.due_at - t) < MIN_GAP for t in recent)]
        keep = [s for s in slots if s not in too_close]
        await nudges.insert_planned(session, profile.id, too_close, now, NudgeState.CANCELLED)
        inserted = await nudges.insert_planned(session, profile.id, keep, now)
        await users.mark_planned(session, [profile.id], now + self._horizon)
        return inserted

    async def tick(self) -> int:
        """Extend the plans that run out within ``horizon - refresh``, a page at a time.

        Each user's plan is drawn up to ``now + horizon`` and that time is recorded, so a
        tick reads and plans only the users whose plan runs out soon (about ``refresh`` of
        the users' time per tick) or was reset by a change; with nothing to do it costs one
        index look-up. Each page is its own transaction; the time math runs in a worker
        thread so the event loop keeps answering users.
        """
        now = self._clock()
        until = now + self._horizon
        inserted = planned_users = 0
        while True:
            async with self._sessions.begin() as session:
                page = await users.due_for_planning(session, until - self.refresh, PAGE)
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
        self, users: list[Profile], now: datetime
    ) -> list[tuple[Profile, list[PlannedSlot]]]:
        planned = []
        for profile in users:
            try:
                planned.append((profile, self.slots_for(profile, now)))
            except ValueError:  # e.g. a time zone that left the tz database: skip, say so
                log_event(logger, "plan_failed", logging.WARNING, user=profile.id)
        return planned

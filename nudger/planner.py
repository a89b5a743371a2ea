"""Planning ticks: turn each user's schedule into nudge rows for the next hours."""

from __future__ import annotations

import logging
import random
from datetime import date, datetime, timedelta

from nudger.clock import Clock
from nudger.domain.model import Profile
from nudger.domain.planning import plan_between
from nudger.logs import log_event
from nudger.storage import repository as repo
from nudger.storage.db import Session, Sessions

logger = logging.getLogger(__name__)

PAGE = 500


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

    async def plan_user(self, session: Session, profile: Profile, now: datetime) -> int:
        schedule = profile.schedule
        if schedule is None or profile.paused or not profile.active:
            return 0

        def rng_for_day(day: date) -> random.Random:
            return random.Random(f"{self._salt}:{profile.id}:{profile.plan_version}:{day}")  # noqa: S311

        slots = plan_between(schedule, now, now + self._horizon, rng_for_day)
        return await repo.insert_planned(session, profile.id, slots, now)

    async def tick(self) -> int:
        """Plan for all users, a page at a time, each page in its own transaction."""
        now = self._clock()
        inserted = 0
        after = 0
        while True:
            async with self._sessions.begin() as session:
                users = await repo.users_to_plan(session, after, PAGE)
                for profile in users:
                    inserted += await self.plan_user(session, profile, now)
            if len(users) < PAGE:
                break
            after = users[-1].id
        log_event(logger, "plan_tick", planned=inserted)
        return inserted

"""Per-user planning: a user's schedule as nudge times for the next hours, and planning one
user at once (after Save or /resume). The tick that extends everyone's plan is
:mod:`nudger.jobs.planner`."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from nudger.domain.model import NudgeState, Profile
from nudger.domain.planning import MIN_GAP, PlannedSlot, plan_between
from nudger.storage import nudges, users
from nudger.storage.db import Session

#: Plans are extended when less than ``horizon - REFRESH`` is left (at most half the horizon).
REFRESH = timedelta(hours=6)


class Planner:
    """Plans a user ``horizon`` ahead, idempotently.

    Each local day's times come from a generator seeded with the user, the
    settings version and the date (plus an operator ``salt``), so planning the
    same day again gives the same times and the UNIQUE key turns the repeat
    into a no-op.
    """

    def __init__(self, horizon: timedelta, salt: str = "") -> None:
        self.horizon = horizon
        self._salt = salt

    def slots_for(self, profile: Profile, now: datetime) -> list[PlannedSlot]:
        """The user's slots within the horizon (pure; safe to run in a worker thread)."""
        schedule = profile.schedule
        if schedule is None or profile.paused or not profile.active:
            return []

        def rng_for_day(day: date) -> random.Random:
            return random.Random(f"{self._salt}:{profile.id}:{profile.plan_version}:{day}")  # noqa: S311

        return plan_between(schedule, now, now + self.horizon, rng_for_day)

    @property
    def refresh(self) -> timedelta:
        """A user's plan is extended once less than ``horizon - refresh`` of it is left."""
        return min(REFRESH, self.horizon / 2)

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
        await users.mark_planned(session, [profile.id], now + self.horizon)
        return inserted

"""Case 2, planning throughput: plan the next 36 hours for N users, then plan again.

nudger's own :class:`~nudger.services.planning.Planner` runs in this process against the database,
as a worker's planning tick would: first for users never planned (every user is read, planned and
their nudges inserted), then again at once (nothing has changed: the tick should find nobody to
plan), then ten minutes later by the planner's clock (the next regular tick: only the users whose
plan runs out soonest, about ``refresh / horizon`` of them, are extended).

Target: a tick with nothing changed costs at most 1% of the full planning.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from bench import seed
from bench.harness import Context, Database
from nudger.jobs.planner import PlanningJob
from nudger.services.planning import Planner

CASE = "planning"
HORIZON = timedelta(hours=36)
#: The planning tick's default interval (NUDGER_PLAN_INTERVAL_SECONDS).
INTERVAL = timedelta(minutes=10)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def _nudges(db: Database) -> int:
    async with db.sessions() as session:
        return await seed.count(session, "nudges")


async def run(ctx: Context) -> None:
    users = ctx.scale(100_000, 300)
    for kind in ctx.databases:
        async with ctx.database(kind) as db:
            now = datetime.now(UTC)
            await seed.users(db, users, now, planned=False)
            clock = _Clock(now)
            planner = PlanningJob(db.sessions, clock, Planner(HORIZON))
            subject = f"{users:,} users, {HORIZON.total_seconds() / 3600:.0f} h"

            started = time.perf_counter()
            await planner.tick()
            full = time.perf_counter() - started
            planned = await _nudges(db)
            ctx.report.add(CASE, kind, subject, "first plan", users / full, "users/s")
            ctx.report.add(CASE, kind, subject, "nudges planned", planned, "rows")

            started = time.perf_counter()
            again = await planner.tick()
            unchanged = time.perf_counter() - started
            ctx.report.add(CASE, kind, subject, "re-plan, nothing changed", unchanged * 1000, "ms")
            ctx.report.add(CASE, kind, subject, "re-plan / first plan", unchanged / full * 100, "%")
            if again:
                ctx.report.errors.append(f"{CASE} {kind}: a re-plan added {again} nudges")

            clock.now += INTERVAL
            started = time.perf_counter()
            await planner.tick()
            later = time.perf_counter() - started
            ctx.report.add(CASE, kind, subject, "next tick, 10 min later", later * 1000, "ms")
            ctx.report.check(
                "re-plan with nothing changed / first plan",
                kind,
                unchanged / full * 100,
                "<=",
                1,
                "%",
            )

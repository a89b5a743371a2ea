"""Planning: one user after a change of settings keeps the 2-hour gap to what was just sent;
every user through two workers planning at once gets each slot once."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from nudger.domain.conversation import Draft, Step
from nudger.domain.model import NudgeSource
from nudger.domain.planning import MIN_GAP, Window
from nudger.domain.styles import AttachmentStyle
from nudger.jobs.planner import PlanningJob
from nudger.services.planning import Planner
from nudger.storage import nudges, users
from nudger.storage.db import Sessions, create_engine, session_factory
from nudger.storage.tables import NudgeRow

NOW = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)  # 07:00 in Berlin


async def test_a_slot_too_close_to_a_recent_send_is_reserved_not_sent(sessions: Sessions) -> None:
    planner = Planner(timedelta(hours=36))
    draft = Draft(
        step=Step.WINDOWS,
        partner_name="Sam",
        style=AttachmentStyle.SECURE,
        timezone="Europe/Berlin",
        per_day=3,
        windows=frozenset(Window),
    )
    async with sessions.begin() as session:
        user = await users.ensure(session, 1, 1, NOW)
        profile = await users.finish_onboarding(session, user.id, draft, NOW)
    first = planner.slots_for(profile, NOW)[0]
    sent_at = max(NOW - timedelta(minutes=5), first.due_at - timedelta(minutes=30))
    now = sent_at + timedelta(minutes=1)
    assert now < first.due_at < sent_at + MIN_GAP  # the first new slot would come too soon
    async with sessions.begin() as session:
        # A nudge from the old settings went out just now.
        nudge_id = await nudges.add(session, user.id, sent_at, NudgeSource.NOW, sent_at)
        [claimed] = await nudges.claim_due(session, sent_at, sent_at, 1, sent_at + MIN_GAP)
        assert claimed.id == nudge_id
        await nudges.mark_sent(session, [(claimed, 1)], sent_at)
    async with sessions.begin() as session:
        planned = await planner.plan_user(session, profile, now)
    async with sessions() as session:
        rows = (await session.scalars(select(NudgeRow).where(NudgeRow.source == "plan"))).all()
    by_slot = {(r.local_date, r.slot): r for r in rows}
    reserved = by_slot[(first.local_date, first.slot)]
    assert (reserved.state, reserved.error) == ("cancelled", "too_close")
    live = [r for r in rows if r.state == "planned"]
    assert len(live) == planned >= 1
    assert all(r.due_at - sent_at >= MIN_GAP for r in live)
    # A later planning tick draws the same times and must not bring the slot back.
    assert await PlanningJob(sessions, lambda: NOW, planner).tick() == 0


async def test_two_workers_planning_at_once_make_each_slot_once(
    sessions: Sessions, db_url: str
) -> None:
    settings = [
        ("Europe/Berlin", 3, frozenset(Window)),
        ("America/New_York", 2, frozenset({Window.MORNING, Window.EVENING})),
        ("Asia/Tokyo", 1, frozenset({Window.AFTERNOON})),
        ("Australia/Sydney", 3, frozenset(Window)),
        ("UTC", 2, frozenset({Window.AFTERNOON, Window.EVENING})),
    ]
    profiles = []
    async with sessions.begin() as session:
        for telegram_id, (timezone, per_day, windows) in enumerate(settings, start=1):
            user = await users.ensure(session, telegram_id, telegram_id, NOW)
            draft = Draft(
                step=Step.WINDOWS,
                partner_name="Sam",
                style=AttachmentStyle.ANXIOUS,
                timezone=timezone,
                per_day=per_day,
                windows=windows,
            )
            profiles.append(await users.finish_onboarding(session, user.id, draft, NOW))
    horizon = timedelta(hours=36)
    planner = Planner(horizon)
    first = PlanningJob(sessions, lambda: NOW, planner)
    expected = {
        (profile.id, slot.local_date, slot.slot, slot.due_at)
        for profile in profiles
        for slot in planner.slots_for(profile, NOW)
    }
    assert {user_id for user_id, *_ in expected} == {p.id for p in profiles}

    other_engine = create_engine(db_url)  # a second worker: its own engine and connections
    try:
        second = PlanningJob(session_factory(other_engine), lambda: NOW, Planner(horizon))
        counts = await asyncio.gather(first.tick(), second.tick())
    finally:
        await other_engine.dispose()

    async def planned_rows() -> list[tuple[int, date | None, int | None, datetime]]:
        async with sessions() as session:
            rows = await session.scalars(select(NudgeRow).order_by(NudgeRow.id))
            return [(r.user_id, r.local_date, r.slot, r.due_at) for r in rows]

    rows = await planned_rows()
    keys = [(user_id, local_date, slot) for user_id, local_date, slot, _ in rows]
    assert len(keys) == len(set(keys))  # one row per (user, local date, slot)
    assert set(rows) == expected  # the rows one planner alone makes
    assert sum(counts) == len(rows)  # each row counted once, by the tick that inserted it
    third = PlanningJob(sessions, lambda: NOW, Planner(horizon))
    assert await third.tick() == 0
    assert await planned_rows() == rows  # planning again changes nothing

"""Ending pauses: pauses whose length has run out end by themselves, and /resume ends one
early. Both plan the user again at once; a pause that ran out also says "welcome back".

The job that runs :func:`resume_due` and sends its notices is :mod:`nudger.jobs.pause_ends`;
/pause and /resume themselves are :mod:`nudger.bot.pause`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from nudger.domain.model import Profile
from nudger.i18n.texts import Texts
from nudger.logs import log_event
from nudger.services.pause_words import pause_ended
from nudger.services.planning import Planner
from nudger.storage import nudges, users
from nudger.storage.db import Session, Sessions

logger = logging.getLogger(__name__)

#: Pauses ended per transaction by :func:`resume_due`.
RESUME_BATCH = 100


@dataclass(frozen=True)
class Notice:
    """A message to send to a user outside a conversation (e.g. a pause that ended)."""

    user_id: int
    chat_id: int
    text: str


async def replan(
    session: Session, planner: Planner, profile: Profile, now: datetime
) -> datetime | None:
    """Plan a user whose pause has just ended; when their next nudge comes."""
    resumed = replace(profile, paused=False, paused_until=None)
    await planner.plan_user(session, resumed, now)
    return await nudges.next_planned(session, profile.id)


async def resume_due(
    sessions: Sessions,
    planner: Planner,
    texts: Texts,
    now: datetime,
    limit: int = RESUME_BATCH,
) -> list[Notice]:
    """End pauses whose length has run out, re-plan, and say what to tell each user.

    One transaction per batch of ``limit`` users; the rows are locked and locked ones
    skipped (PostgreSQL), so several workers can run this at once without doing a user
    twice. Users who blocked the bot are resumed but get no notice.
    """
    notices: list[Notice] = []
    while True:
        async with sessions.begin() as session:
            due = await users.pauses_ending(session, now, limit)
            for profile in due:
                if not await users.end_pause(session, profile.id, now):
                    continue
                first = await replan(session, planner, profile, now)
                log_event(logger, "resumed", user=profile.id, by="length")
                if profile.active:
                    local = _local(first, profile)
                    t = texts.words(profile.language, profile.partner_name, profile.partner_gender)
                    notices.append(Notice(profile.id, profile.chat_id, pause_ended(t, local)))
        if len(due) < limit:
            return notices


def _local(at: datetime | None, profile: Profile) -> datetime | None:
    if at is None or profile.timezone is None:
        return None
    return at.astimezone(ZoneInfo(profile.timezone))

"""/week: this week's review (a chart and a short text) on demand, and earlier weeks by button.

Loading and drawing are shared with the weekly push, in :mod:`nudger.services.review`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from zoneinfo import ZoneInfo

from nudger import texts
from nudger.bot.base import Deps, Reply, Send, Sender, SendPhoto, known_profile
from nudger.domain.streaks import week_start
from nudger.services import review

logger = logging.getLogger(__name__)


class ReviewFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def week(self, sender: Sender) -> Reply:
        """/week: this week so far, with a button for the week before."""
        return await self._show(sender, None)

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """``w:<Monday>``: the review of that week, as a new picture."""
        week = review.parse_week(data)
        if week is None:
            return Reply(notice=texts.BAD_BUTTON)
        return await self._show(sender, week)

    async def _show(self, sender: Sender, week: date | None) -> Reply:
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply([Send(texts.NOT_SET_UP)], notice=texts.NOT_SET_UP)
            current = week_start(now.astimezone(ZoneInfo(profile.timezone)).date())
            if week is None:
                week = current
            elif week > current or (current - week).days // 7 > review.MAX_WEEKS_BACK:
                return Reply(notice=texts.NO_SUCH_WEEK)
            inputs = await review.load_inputs(session, self._deps.catalog, profile, week, now)
        if week < inputs.first_week:
            return Reply(notice=texts.NO_SUCH_WEEK)
        rendered = await asyncio.to_thread(review.render, inputs)
        keyboard = review.week_keyboard(week, current, inputs.first_week)
        photo = SendPhoto(rendered.png, rendered.caption, keyboard)
        return Reply([photo], notice=f"Week of {week.day} {week:%b}")

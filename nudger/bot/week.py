"""/week: this week's review (a chart and a short text) on demand, and earlier weeks by button.

Loading and drawing, and the week buttons' data (``w:<Monday>``), are shared with the
weekly push, in :mod:`nudger.services.review`; so are the words, in
:mod:`nudger.services.week_words`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from zoneinfo import ZoneInfo

from nudger.bot import words
from nudger.bot.base import (
    Deps,
    Reply,
    Send,
    Sender,
    SendPhoto,
    profile_reactivating,
    words_for_sender,
)
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.streaks import week_start
from nudger.services import review
from nudger.services.week_words import week_of

logger = logging.getLogger(__name__)


class WeekFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("week", lambda sender, _args: self.week(sender)),),
            taps=Taps(review.PREFIX, review.parse_week, self.tap),
        )

    async def week(self, sender: Sender) -> Reply:
        """/week: this week so far, with a button for the week before."""
        return await self._show(sender, None)

    async def tap(self, sender: Sender, week: date, message_id: int | None) -> Reply:
        """``w:<Monday>``: the review of that week, as a new picture."""
        return await self._show(sender, week)

    async def _show(self, sender: Sender, week: date | None) -> Reply:
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply([Send(t(words.NOT_SET_UP))], notice=t(words.NOT_SET_UP))
            current = week_start(now.astimezone(ZoneInfo(profile.timezone)).date())
            if week is None:
                week = current
            elif week > current or (current - week).days // 7 > review.MAX_WEEKS_BACK:
                return Reply(notice=t("week-no-such-week"))
            inputs = await review.load_inputs(session, self._deps.catalog, profile, week, now)
        if week < inputs.first_week:
            return Reply(notice=t("week-no-such-week"))
        # Drawing takes a moment and needs no database: let other updates have it meanwhile.
        await self._deps.sessions.settle()
        rendered = await asyncio.to_thread(review.render, inputs, t)
        keyboard = review.week_keyboard(t, week, current, inputs.first_week)
        photo = SendPhoto(rendered.png, rendered.caption, keyboard)
        return Reply([photo], notice=week_of(t, week))

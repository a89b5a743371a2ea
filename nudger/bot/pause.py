"""/pause (optionally for a while, e.g. ``/pause 1w``) and /resume.

A pause with a length ends by itself: :func:`nudger.services.pauses.resume_due`, run by
the pause-ends job, resumes everyone whose pause has run out; /resume plans the user again
the same way (:func:`nudger.services.pauses.replan`). What both say is in
:mod:`nudger.services.pause_words`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from nudger.bot import words
from nudger.bot.base import (
    Deps,
    Reply,
    Send,
    Sender,
    profile_reactivating,
    to_local,
    words_for_sender,
)
from nudger.bot.routes import Command, Routes
from nudger.domain.durations import LengthError, parse_length, pause_end
from nudger.domain.model import Profile
from nudger.domain.typed import without_direction_marks
from nudger.i18n.texts import Words
from nudger.logs import log_event
from nudger.services.pause_words import (
    ALREADY_PAUSED,
    NOT_PAUSED,
    PAUSED,
    already_paused_until,
    bad_length,
    pause_changed,
    paused_until,
    resumed,
)
from nudger.services.pauses import replan
from nudger.storage import users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)


class PauseFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(
                Command("pause", self.pause),
                Command("resume", lambda sender, _args: self.resume(sender)),
            )
        )

    async def pause(self, sender: Sender, args: str) -> Reply:
        """/pause stops nudges until /resume; ``/pause <length>`` until then, by itself."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply([Send(t(words.NOT_SET_UP))])
            if not without_direction_marks(args).strip():
                return Reply([Send(await self._pause_open_ended(session, profile, now, t))])
            try:
                length = parse_length(args, self._deps.texts.vocabulary(profile.language).lengths)
            except LengthError as error:
                return Reply([Send(bad_length(t, args, error.problem))])
            end = pause_end(now, length, profile.timezone, profile.quiet_start, profile.quiet_end)
            started = await users.start_pause(session, profile.id, now, end.at)
        log_event(
            logger,
            "paused" if started else "pause_changed",
            user=profile.id,
            hours=round((end.at - now).total_seconds() / 3600),
        )
        local = to_local(end.at, profile) or end.at
        if started:
            return Reply([Send(paused_until(t, local, end.moved_from_quiet_hours))])
        return Reply([Send(pause_changed(t, local, end.moved_from_quiet_hours))])

    async def _pause_open_ended(
        self, session: Session, profile: Profile, now: datetime, t: Words
    ) -> str:
        """/pause alone: what to say."""
        if profile.paused:
            # Already paused: say until when; the length is changed with /pause <length>.
            local = to_local(profile.paused_until, profile)
            return t(ALREADY_PAUSED) if local is None else already_paused_until(t, local)
        await users.start_pause(session, profile.id, now, None)
        log_event(logger, "paused", user=profile.id)
        return t(PAUSED)

    async def resume(self, sender: Sender) -> Reply:
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or not profile.onboarded:
                return Reply([Send(t(words.NOT_SET_UP))])
            if not await users.end_pause(session, profile.id, now):
                return Reply([Send(t(NOT_PAUSED))])
            first = await replan(session, self._deps.planner, profile, now)
        log_event(logger, "resumed", user=profile.id, by="user")
        return Reply([Send(resumed(t, to_local(first, profile)))])

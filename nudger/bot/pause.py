"""/pause (optionally for a while, e.g. ``/pause 1w``) and /resume.

A pause with a length ends by itself: :func:`nudger.services.pauses.resume_due`, run by
the pause-ends job, resumes everyone whose pause has run out; /resume plans the user again
the same way (:func:`nudger.services.pauses.replan`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from nudger.bot import words
from nudger.bot.base import Deps, Reply, Send, Sender, profile_reactivating, to_local
from nudger.bot.routes import Command, Routes
from nudger.domain.durations import (
    MAX_PAUSE_DAYS,
    LengthError,
    LengthProblem,
    parse_length,
    pause_end,
)
from nudger.domain.model import Profile
from nudger.logs import log_event
from nudger.services.pauses import replan, when
from nudger.storage import users
from nudger.storage.db import Session

logger = logging.getLogger(__name__)


# --- words ---------------------------------------------------------------------------

ABOUT_PAUSE = "Stop nudges for a while (e.g. /pause 1w) or until you resume"
ABOUT_RESUME = "Start nudges again"
PAUSED = (
    "Paused. No nudges until you send /resume. To have them come back by themselves, "
    "send a length instead, like /pause 1w."
)
ALREADY_PAUSED = (
    "You're already paused, until you send /resume. To have nudges come back by themselves, "
    "send a length, like /pause 3d."
)
NOT_PAUSED = "You're not paused; nudges are on. To take a break, send /pause, or /pause 1w."


def resumed(first: datetime | None) -> str:
    text = "Welcome back. Nudges are on again."
    if first is not None:
        text += f" The next one comes {when(first)} (your time)."
    return text


def paused_until(end: datetime, moved_from_quiet_hours: bool) -> str:
    text = f"Paused until {when(end)} (your time). Nudges come back by themselves then."
    if moved_from_quiet_hours:
        text += " I set the end for when your quiet hours finish, so nothing arrives at night."
    return text + " Send /resume if you'd like them sooner."


def pause_changed(end: datetime, moved_from_quiet_hours: bool) -> str:
    text = f"Your pause now ends {when(end)} (your time)."
    if moved_from_quiet_hours:
        text += " That's when your quiet hours finish, so nothing arrives at night."
    return text + " Send /resume if you'd like nudges sooner."


def already_paused_until(end: datetime) -> str:
    return (
        f"You're paused until {when(end)} (your time). To change that, send a new length, "
        "like /pause 3d, or send /resume to start again now."
    )


_EXAMPLES = (
    "Try /pause 3d, /pause 1w or /pause 2 weeks (hours, days or weeks, up to "
    f"{MAX_PAUSE_DAYS} days), or just /pause to stop until you send /resume. "
    "Nothing has changed."
)


def bad_length(text: str, problem: LengthProblem) -> str:
    if problem is LengthProblem.TOO_SHORT:
        intro = "A pause needs to last at least an hour."
    elif problem is LengthProblem.TOO_LONG:
        intro = (
            f"The longest pause I can set is {MAX_PAUSE_DAYS} days. For longer, send /pause "
            "on its own, and /resume whenever you're ready."
        )
    else:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        intro = f'I couldn\'t read "{shown}" as a length.'
    return f"{intro}\n\n{_EXAMPLES}"


# --- use cases -----------------------------------------------------------------------


class PauseFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(
                Command("pause", ABOUT_PAUSE, self.pause),
                Command("resume", ABOUT_RESUME, lambda sender, _args: self.resume(sender)),
            )
        )

    async def pause(self, sender: Sender, args: str) -> Reply:
        """/pause stops nudges until /resume; ``/pause <length>`` until then, by itself."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply([Send(words.NOT_SET_UP)])
            if not args.strip():
                return Reply([Send(await self._pause_open_ended(session, profile, now))])
            try:
                length = parse_length(args)
            except LengthError as error:
                return Reply([Send(bad_length(args, error.problem))])
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
            return Reply([Send(paused_until(local, end.moved_from_quiet_hours))])
        return Reply([Send(pause_changed(local, end.moved_from_quiet_hours))])

    async def _pause_open_ended(self, session: Session, profile: Profile, now: datetime) -> str:
        if profile.paused:
            # Already paused: say until when; the length is changed with /pause <length>.
            local = to_local(profile.paused_until, profile)
            return ALREADY_PAUSED if local is None else already_paused_until(local)
        await users.start_pause(session, profile.id, now, None)
        log_event(logger, "paused", user=profile.id)
        return PAUSED

    async def resume(self, sender: Sender) -> Reply:
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(words.NOT_SET_UP)])
            if not await users.end_pause(session, profile.id, now):
                return Reply([Send(NOT_PAUSED)])
            first = await replan(session, self._deps.planner, profile, now)
        log_event(logger, "resumed", user=profile.id, by="user")
        return Reply([Send(resumed(to_local(first, profile)))])

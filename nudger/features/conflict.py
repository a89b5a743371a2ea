"""/conflict: three steps for a tense moment, and a follow-up nudge later that day.

Every /conflict is recorded (the weekly review counts them). The reply has one
button, ``c:later``: it adds one ``followup`` nudge later the same local day,
outside the user's quiet hours, unless one is already waiting. The /conflict
message is then edited to drop the button and say what happened.

A paused user may still use /conflict and ask for the follow-up: they asked
for it explicitly.
"""

from __future__ import annotations

import logging
from datetime import time

from nudger import texts
from nudger.domain.conflict import (
    FOLLOW_UP_ALREADY,
    FOLLOW_UP_BUTTON,
    TOO_LATE_TODAY,
    conflict_text,
    follow_up_at,
    follow_up_confirmation,
)
from nudger.domain.model import NudgeSource, Profile
from nudger.features.base import Action, Deps, Edit, Reply, Send, Sender, known_profile, to_local
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import repository as repo

logger = logging.getLogger(__name__)

LATER_DATA = "c:later"
KEYBOARD: Keyboard = ((Button(FOLLOW_UP_BUTTON, LATER_DATA),),)
_LAST_MINUTE = time(23, 59)


def follow_up_span(quiet_start: int, quiet_end: int) -> tuple[time, time]:
    """The earliest and latest local time (inclusive, whole minutes) a follow-up may come.

    Quiet hours run from ``quiet_start`` o'clock up to ``quiet_end`` o'clock. Usually
    they wrap past midnight (22 -> 8): a follow-up may come from 08:00 to 21:59. When they
    don't (1 -> 9), the allowed time after them is used (09:00 to 23:59); the bit
    before them (00:00 to 00:59) is left out, which only ever moves a follow-up later
    in the same day or drops it. Equal hours mean no quiet hours.
    """
    if not (0 <= quiet_start <= 23 and 0 <= quiet_end <= 23):
        raise ValueError(f"quiet hours must be 0-23, got {quiet_start} and {quiet_end}")
    if quiet_start == quiet_end:
        return time(0), _LAST_MINUTE
    if quiet_start > quiet_end:
        return time(quiet_end), time(quiet_start - 1, 59)
    return time(quiet_end), _LAST_MINUTE


class ConflictFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def start(self, sender: Sender) -> Reply:
        """/conflict."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None or not profile.onboarded:
                return Reply([Send(texts.NOT_SET_UP)])
            await repo.add_conflict(session, profile.id, now)
        log_event(logger, "conflict_used", user=profile.id)
        return Reply([Send(self._text(profile), KEYBOARD)])

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button with ``c:`` callback data."""
        if data != LATER_DATA:
            return Reply(notice=texts.BAD_BUTTON)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await known_profile(session, sender, now)
            if profile is None or not profile.onboarded or profile.timezone is None:
                return Reply(notice=texts.NOT_SET_UP)
            if await repo.has_pending(session, profile.id, NudgeSource.FOLLOWUP):
                return self._answered(profile, message_id, FOLLOW_UP_ALREADY)
            earliest, latest = follow_up_span(profile.quiet_start, profile.quiet_end)
            due_at = follow_up_at(now, profile.timezone, earliest=earliest, latest=latest)
            if due_at is None:
                return self._answered(profile, message_id, TOO_LATE_TODAY)
            nudge_id = await repo.add_nudge(session, profile.id, due_at, NudgeSource.FOLLOWUP, now)
        log_event(logger, "follow_up_planned", user=profile.id, nudge=nudge_id)
        local = to_local(due_at, profile) or due_at
        return self._answered(profile, message_id, follow_up_confirmation(local))

    @staticmethod
    def _text(profile: Profile) -> str:
        assert profile.style is not None  # onboarded
        return conflict_text(profile.style, profile.partner_name or "your partner")

    def _answered(self, profile: Profile, message_id: int | None, outcome: str) -> Reply:
        """The /conflict message without its button and with ``outcome`` below; as a notice too."""
        actions: list[Action] = []
        if message_id is not None:
            actions.append(Edit(message_id, f"{self._text(profile)}\n\n{outcome}"))
        else:
            actions.append(Send(outcome))
        return Reply(actions, notice=outcome)

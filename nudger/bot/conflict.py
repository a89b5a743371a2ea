"""/conflict: three steps for a tense moment, and a follow-up nudge to reconnect.

Every /conflict is recorded (the weekly review counts them). The reply has one
button for a single ``followup`` nudge, chosen by
:func:`nudger.domain.conflict.plan_follow_up` for that moment: "Remind me later
today" (``c:later``: three hours later, or shortly before quiet hours begin when
three hours won't fit) or, when quiet hours are too close, "Remind me tomorrow
morning" (``c:morning``: shortly after they end; after midnight it says "this
morning", ``c:thismorning``). A tap plans the follow-up that fits the moment of
the tap, whichever button it was, so an old button still gives a sensible time
and never one in quiet hours. Only one follow-up waits at a time.
The /conflict message is then edited to drop the button and say what happened.

A paused user may still use /conflict and ask for the follow-up: they asked
for it explicitly.
"""

from __future__ import annotations

import logging
from datetime import datetime

from nudger import texts
from nudger.bot.base import Deps, Reply, Send, Sender, set_up_profile, show
from nudger.domain.conflict import (
    FOLLOW_UP_ALREADY,
    FollowUp,
    FollowUpKind,
    conflict_text,
    follow_up_button,
    follow_up_confirmation,
    follow_up_when,
    plan_follow_up,
)
from nudger.domain.model import NudgeSource, Profile
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import history, nudges

logger = logging.getLogger(__name__)

LATER_DATA = "c:later"
MORNING_DATA = "c:morning"
THIS_MORNING_DATA = "c:thismorning"
#: Each button's callback data and when it offered the follow-up (``follow_up_when``).
_OFFERED = {
    LATER_DATA: "later today",
    MORNING_DATA: "tomorrow morning",
    THIS_MORNING_DATA: "this morning",
}
_DATA_FOR = {when: data for data, when in _OFFERED.items()}


def follow_up_for(profile: Profile, now: datetime) -> FollowUp:
    """The follow-up a tap at ``now`` plans for this (onboarded) user."""
    schedule = profile.schedule
    assert schedule is not None  # onboarded
    return plan_follow_up(now, schedule.timezone, schedule.quiet_start, schedule.quiet_end)


def follow_up_keyboard(follow_up: FollowUp, now: datetime, timezone: str) -> Keyboard:
    """The one button that offers ``follow_up``."""
    data = _DATA_FOR[follow_up_when(follow_up, now, timezone)]
    return ((Button(follow_up_button(follow_up, now, timezone), data),),)


class ConflictFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    async def start(self, sender: Sender) -> Reply:
        """/conflict."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await set_up_profile(session, sender, now)
            if profile is None:
                return Reply([Send(texts.NOT_SET_UP)])
            assert profile.timezone is not None  # set up
            await history.add_conflict(session, profile.id, now)
        log_event(logger, "conflict_used", user=profile.id)
        follow_up = follow_up_for(profile, now)
        when = follow_up_when(follow_up, now, profile.timezone)
        keyboard = follow_up_keyboard(follow_up, now, profile.timezone)
        return Reply([Send(self._text(profile, when), keyboard)])

    async def tap(self, sender: Sender, data: str, message_id: int | None) -> Reply:
        """A button with ``c:`` callback data: plan the follow-up that fits the moment now."""
        asked = _OFFERED.get(data)
        if asked is None:
            return Reply(notice=texts.BAD_BUTTON)
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await set_up_profile(session, sender, now)
            if profile is None:
                return Reply(notice=texts.NOT_SET_UP)
            assert profile.timezone is not None  # set up
            if await nudges.has_pending(session, profile.id, NudgeSource.FOLLOWUP):
                return self._answered(profile, asked, message_id, FOLLOW_UP_ALREADY)
            follow_up = follow_up_for(profile, now)
            nudge_id = await nudges.add(
                session, profile.id, follow_up.at, NudgeSource.FOLLOWUP, now
            )
        log_event(
            logger, "follow_up_planned", user=profile.id, nudge=nudge_id, kind=follow_up.kind.value
        )
        late = data == LATER_DATA and follow_up.kind is FollowUpKind.MORNING
        outcome = follow_up_confirmation(follow_up, now, profile.timezone, asked_for_today=late)
        return self._answered(profile, asked, message_id, outcome)

    @staticmethod
    def _text(profile: Profile, when: str) -> str:
        assert profile.style is not None  # onboarded
        return conflict_text(profile.style, profile.partner_name or "your partner", when)

    def _answered(
        self, profile: Profile, asked: str, message_id: int | None, outcome: str
    ) -> Reply:
        """The /conflict message without its button and with ``outcome`` below; as a notice too.

        ``asked``: what the tapped button offered, as the message said it.
        """
        text = outcome if message_id is None else f"{self._text(profile, asked)}\n\n{outcome}"
        return Reply([show(message_id, text)], notice=outcome)

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
from dataclasses import dataclass
from datetime import datetime

from nudger.bot import words
from nudger.bot.base import Deps, Reply, Send, Sender, onboarded_profile_reactivating, show
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
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
from nudger.domain.prompts import partner_called
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import history, nudges

logger = logging.getLogger(__name__)

# --- words (the steps and the follow-up's wording are content, in domain/conflict.py) -----


# --- buttons ---------------------------------------------------------------------------

PREFIX = "c"
#: Each button's one field (``c:<kind>``) and when it offered the follow-up
#: (``follow_up_when``).
_OFFERED = {
    "later": "later today",
    "morning": "tomorrow morning",
    "thismorning": "this morning",
}
_DATA_FOR = {when: pack(PREFIX, kind) for kind, when in _OFFERED.items()}


@dataclass(frozen=True)
class Remind:
    """A follow-up button: ``offered`` is when it offered it, as the message said."""

    offered: str
    #: The button said "later today".
    asked_for_today: bool


def parse(data: str) -> Remind | None:
    """The follow-up button behind ``c:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case [kind] if kind in _OFFERED:
            return Remind(_OFFERED[kind], asked_for_today=kind == "later")
    return None


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

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("conflict", lambda sender, _args: self.start(sender)),),
            taps=Taps(PREFIX, parse, self.tap),
        )

    async def start(self, sender: Sender) -> Reply:
        """/conflict."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await onboarded_profile_reactivating(session, sender, now)
            if profile is None:
                return Reply([Send(words.NOT_SET_UP)])
            assert profile.timezone is not None  # set up
            await history.add_conflict(session, profile.id, now)
        log_event(logger, "conflict_used", user=profile.id)
        follow_up = follow_up_for(profile, now)
        when = follow_up_when(follow_up, now, profile.timezone)
        keyboard = follow_up_keyboard(follow_up, now, profile.timezone)
        return Reply([Send(self._text(profile, when), keyboard)])

    async def tap(self, sender: Sender, remind: Remind, message_id: int | None) -> Reply:
        """A follow-up button: plan the follow-up that fits the moment now."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await onboarded_profile_reactivating(session, sender, now)
            if profile is None:
                return Reply(notice=words.NOT_SET_UP)
            assert profile.timezone is not None  # set up
            if await nudges.has_pending(session, profile.id, NudgeSource.FOLLOWUP):
                return self._answered(profile, remind.offered, message_id, FOLLOW_UP_ALREADY)
            follow_up = follow_up_for(profile, now)
            nudge_id = await nudges.add(
                session, profile.id, follow_up.at, NudgeSource.FOLLOWUP, now
            )
        log_event(
            logger, "follow_up_planned", user=profile.id, nudge=nudge_id, kind=follow_up.kind.value
        )
        late = remind.asked_for_today and follow_up.kind is FollowUpKind.MORNING
        outcome = follow_up_confirmation(follow_up, now, profile.timezone, asked_for_today=late)
        return self._answered(profile, remind.offered, message_id, outcome)

    @staticmethod
    def _text(profile: Profile, when: str) -> str:
        assert profile.style is not None  # onboarded
        return conflict_text(profile.style, partner_called(profile.partner_name), when)

    def _answered(
        self, profile: Profile, asked: str, message_id: int | None, outcome: str
    ) -> Reply:
        """The /conflict message without its button and with ``outcome`` below; as a notice too.

        ``asked``: what the tapped button offered, as the message said it.
        """
        text = outcome if message_id is None else f"{self._text(profile, asked)}\n\n{outcome}"
        return Reply([show(message_id, text)], notice=outcome)

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
The words, the steps included, are messages in ``nudger/locales/<language>/conflict.ftl``.
The /conflict message is then edited to drop the button and say what happened.

A paused user may still use /conflict and ask for the follow-up: they asked
for it explicitly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from nudger.bot import words
from nudger.bot.base import (
    Deps,
    Reply,
    Send,
    Sender,
    onboarded_profile_reactivating,
    show,
    with_nudge_style,
    words_for,
    words_for_sender,
)
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.button_data import pack, unpack
from nudger.domain.conflict import (
    FollowUp,
    FollowUpKind,
    FollowUpWhen,
    follow_up_when,
    plan_follow_up,
    steps,
)
from nudger.domain.model import NudgeSource, Profile
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.logs import log_event
from nudger.messaging.base import Button, Keyboard
from nudger.storage import history, nudges

logger = logging.getLogger(__name__)

# --- words (messages in conflict.ftl) ----------------------------------------------------

FOLLOW_UP_ALREADY = "conflict-follow-up-already"


def step_texts(t: Words, style: AttachmentStyle) -> tuple[str, str, str]:
    """The three steps for this style, about ``t``'s partner."""
    a, b, c = (t(f"conflict-step-{key}") for key in steps(style))
    return a, b, c


def conflict_text(t: Words, style: AttachmentStyle, when: FollowUpWhen = FollowUpWhen.LATER) -> str:
    """The /conflict reply: a calm intro, three numbered steps, and the follow-up offer.

    ``when``: when the offered follow-up comes (:func:`follow_up_when`).
    """
    numbered = [
        t("conflict-step-line", number=n, step=step)
        for n, step in enumerate(step_texts(t, style), start=1)
    ]
    return "\n\n".join([t("conflict-intro"), *numbered, t("conflict-offer", when=when.value)])


def follow_up_button(t: Words, when: FollowUpWhen) -> str:
    """The label of the button that asks for a follow-up at ``when``."""
    return t("conflict-remind-button", when=when.value)


def follow_up_confirmation(
    t: Words, follow_up: FollowUp, now: datetime, timezone: str, *, asked_for_today: bool = False
) -> str:
    """After the button. ``asked_for_today``: the tapped button said "later today"."""
    at = t.clock(follow_up.at.astimezone(ZoneInfo(timezone)).time())
    if follow_up.kind is FollowUpKind.LATER:
        return t("conflict-confirm-later", time=at)
    if follow_up.kind is FollowUpKind.SOONER:
        return t("conflict-confirm-sooner", time=at)
    when = follow_up_when(follow_up, now, timezone).value
    message = "conflict-confirm-too-late" if asked_for_today else "conflict-confirm-morning"
    return t(message, when=when, time=at)


# --- buttons ---------------------------------------------------------------------------

PREFIX = "c"


@dataclass(frozen=True)
class Remind:
    """A follow-up button (``c:<when>``): ``offered`` is when it offered it, as the message
    said."""

    offered: FollowUpWhen
    #: The button said "later today".
    asked_for_today: bool


def parse(data: str) -> Remind | None:
    """The follow-up button behind ``c:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case [kind] if kind in _OFFERED:
            offered = _OFFERED[kind]
            return Remind(offered, asked_for_today=offered is FollowUpWhen.LATER)
    return None


_OFFERED = {when.value: when for when in FollowUpWhen}


def follow_up_for(profile: Profile, now: datetime) -> FollowUp:
    """The follow-up a tap at ``now`` plans for this (onboarded) user."""
    schedule = profile.schedule
    assert schedule is not None  # onboarded
    return plan_follow_up(now, schedule.timezone, schedule.quiet_start, schedule.quiet_end)


def follow_up_keyboard(t: Words, when: FollowUpWhen) -> Keyboard:
    """The one button that offers a follow-up at ``when``."""
    return ((Button(follow_up_button(t, when), pack(PREFIX, when.value)),),)


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
                t = words_for_sender(self._deps.texts, sender)
                return Reply([Send(t(words.NOT_SET_UP))])
            await history.add_conflict(session, profile.id, now)
            profile = await with_nudge_style(session, profile)
            assert profile.timezone is not None  # set up
        log_event(logger, "conflict_used", user=profile.id)
        t = words_for(self._deps.texts, profile)
        when = follow_up_when(follow_up_for(profile, now), now, profile.timezone)
        return Reply([Send(self._text(t, profile, when), follow_up_keyboard(t, when))])

    async def tap(self, sender: Sender, remind: Remind, message_id: int | None) -> Reply:
        """A follow-up button: plan the follow-up that fits the moment now."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await onboarded_profile_reactivating(session, sender, now)
            if profile is None:
                return Reply(notice=words_for_sender(self._deps.texts, sender)(words.NOT_SET_UP))
            profile = await with_nudge_style(session, profile)
            assert profile.timezone is not None  # set up
            t = words_for(self._deps.texts, profile)
            if await nudges.has_pending(session, profile.id, NudgeSource.FOLLOWUP):
                already = t(FOLLOW_UP_ALREADY)
                return self._answered(t, profile, remind.offered, message_id, already)
            follow_up = follow_up_for(profile, now)
            nudge_id = await nudges.add(
                session, profile.id, follow_up.at, NudgeSource.FOLLOWUP, now
            )
        log_event(
            logger, "follow_up_planned", user=profile.id, nudge=nudge_id, kind=follow_up.kind.value
        )
        late = remind.asked_for_today and follow_up.kind is FollowUpKind.MORNING
        outcome = follow_up_confirmation(t, follow_up, now, profile.timezone, asked_for_today=late)
        return self._answered(t, profile, remind.offered, message_id, outcome)

    @staticmethod
    def _text(t: Words, profile: Profile, when: FollowUpWhen) -> str:
        assert profile.style is not None  # onboarded
        return conflict_text(t, profile.style, when)

    def _answered(
        self, t: Words, profile: Profile, asked: FollowUpWhen, message_id: int | None, outcome: str
    ) -> Reply:
        """The /conflict message without its button and with ``outcome`` below; as a notice too.

        ``asked``: what the tapped button offered, as the message said it.
        """
        text = outcome if message_id is None else f"{self._text(t, profile, asked)}\n\n{outcome}"
        return Reply([show(message_id, text)], notice=outcome)

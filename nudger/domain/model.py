"""Plain records the use cases work with; storage maps its rows onto these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from enum import StrEnum

from nudger.domain.languages import Language, PartnerGender
from nudger.domain.planning import Schedule, Window
from nudger.domain.styles import AttachmentStyle


class NudgeState(StrEnum):
    """Where a nudge is in its life.

    planned -> sending -> sent -> done | skipped | snoozed
    sending -> planned (transient error, or a lease that ran out)
    sending -> failed (permanent error or too many attempts) | unknown (outcome unknown)
    sending -> blocked (the user blocked the bot or deleted their account: 403)
    planned -> expired (its time passed while nothing could send it)
    sending -> cancelled (claimed for a user who is no longer set up or active)

    Planned rows of a user who pauses, blocks the bot or saves new settings are
    deleted rather than kept: they were never sent, so there is no history to keep.
    A change of nudge times in /settings drops only the timed plan: a snooze or a
    /conflict follow-up asked for stays.
    """

    PLANNED = "planned"
    SENDING = "sending"
    SENT = "sent"
    DONE = "done"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    FAILED = "failed"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    BLOCKED = "blocked"


#: States of a nudge that reached the user. ``unknown`` (the send's answer never came) counts:
#: it most likely arrived, and a tap on it is recorded; unanswered, the review counts it missed.
DELIVERED = frozenset(
    {NudgeState.SENT, NudgeState.UNKNOWN, NudgeState.DONE, NudgeState.SKIPPED, NudgeState.SNOOZED}
)


class NudgeSource(StrEnum):
    PLAN = "plan"
    NOW = "now"
    SNOOZE = "snooze"
    #: Asked for after /conflict: a repair prompt later the same day.
    FOLLOWUP = "followup"


class Outcome(StrEnum):
    """What the user said about a nudge."""

    DONE = "done"
    SKIP = "skip"
    SNOOZE = "snooze"

    @property
    def state(self) -> NudgeState:
        return {
            Outcome.DONE: NudgeState.DONE,
            Outcome.SKIP: NudgeState.SKIPPED,
            Outcome.SNOOZE: NudgeState.SNOOZED,
        }[self]


@dataclass(frozen=True)
class Profile:
    """A user's settings, as far as the use cases need them."""

    id: int
    telegram_id: int
    chat_id: int
    partner_name: str | None
    style: AttachmentStyle | None
    timezone: str | None
    per_day: int | None
    windows: frozenset[Window]
    active: bool
    paused: bool
    plan_version: int
    #: Weekly review: local weekday (Monday 0) and hour.
    review_day: int = 6
    review_hour: int = 19
    #: Quiet hours: no message from ``quiet_start`` o'clock to ``quiet_end`` o'clock local.
    quiet_start: int = 22
    quiet_end: int = 8
    #: When a /pause with a length ends by itself.
    paused_until: datetime | None = None
    #: When the next weekly review is due (None until first set).
    next_review_at: datetime | None = None
    #: When this account was created (a /delete and a new /start make a new one).
    created_at: datetime | None = None
    #: The language the bot speaks to them.
    language: Language = Language.EN
    #: How the bot refers to the partner in a gendered language (None: not asked: by name).
    partner_gender: PartnerGender | None = None

    @property
    def onboarded(self) -> bool:
        return (
            self.schedule is not None and self.partner_name is not None and self.style is not None
        )

    @property
    def schedule(self) -> Schedule | None:
        if self.timezone is None or self.per_day is None or not self.windows:
            return None
        return Schedule(
            timezone=self.timezone,
            per_day=self.per_day,
            windows=self.windows,
            quiet_start=time(self.quiet_start),
            quiet_end=time(self.quiet_end),
        )


@dataclass(frozen=True)
class ClaimedNudge:
    """A nudge this process has claimed for sending (state ``sending``)."""

    id: int
    user_id: int
    chat_id: int
    attempt: int
    prompt_id: str | None
    source: NudgeSource
    due_at: datetime
    lease_until: datetime

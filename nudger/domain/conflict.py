"""/conflict: three calm, style-specific steps for a tense moment.

Grounded in Overall et al. (Nature Reviews Psychology, 2022) as summarised in
``shared/seed/attachment-article.txt``:

* avoidant partner: downplay how severe the problem is (lower the temperature),
  validate their point of view, credit their sacrifices and cooperation, and
  respect their autonomy (space, with a time to come back, which also shows you
  can be trusted);
* anxious partner: clear reassurance of love and continued commitment, positive
  regard, emotions that convey commitment, soothing touch;
* both high: the gentlest mix, steady reassurance plus space that is not
  withdrawal, and no pressure;
* secure or not sure: a calm general set that suits anyone.

After the steps the user can ask for one follow-up nudge (a catalog prompt
with ``context = "after_conflict"``): later the same day, or, when quiet hours
are too close, the next morning. :func:`plan_follow_up` picks its time; the
caller passes the current time and the user's quiet hours in.

Steps never blame the partner and never name a style.

This module is pure: it returns keys and times only. The words (each step, the follow-up's
offer and confirmation) are messages in ``nudger/locales/<language>/conflict.ftl``, named by
the keys here (``conflict-step-<key>``); ``bot/conflict.py`` renders them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from nudger.domain.planning import in_quiet_hours, next_send_time, quiet_start_today
from nudger.domain.styles import AttachmentStyle


class StepSet(StrEnum):
    """Which three steps fit the partner: the messages ``conflict-step-<set>-<n>``."""

    AVOIDANT = "avoidant"
    ANXIOUS = "anxious"
    FEARFUL = "fearful"
    #: Secure or not sure: a calm general set that suits anyone.
    GENERAL = "general"


#: How many steps each set has.
STEP_COUNT = 3

Steps = tuple[str, str, str]

_STEPS: Mapping[AttachmentStyle, StepSet] = {
    AttachmentStyle.AVOIDANT: StepSet.AVOIDANT,
    AttachmentStyle.ANXIOUS: StepSet.ANXIOUS,
    AttachmentStyle.FEARFUL: StepSet.FEARFUL,
    AttachmentStyle.SECURE: StepSet.GENERAL,
    AttachmentStyle.UNKNOWN: StepSet.GENERAL,
}


def step_set(style: AttachmentStyle) -> StepSet:
    """The set of steps for this style."""
    return _STEPS[style]


def steps(style: AttachmentStyle) -> Steps:
    """The keys of the three steps for this style, in order (``"anxious-1"`` ...)."""
    chosen = _STEPS[style]
    a, b, c = (f"{chosen.value}-{n}" for n in range(1, STEP_COUNT + 1))
    return a, b, c


# --- The follow-up ------------------------------------------------------------------------


class FollowUpKind(StrEnum):
    """Which follow-up fits the moment, and the button that offers it."""

    #: ``FOLLOW_UP_DELAY`` later, still before this evening's quiet hours.
    LATER = "later"
    #: Too late for the full delay, with room left: shortly before quiet hours begin.
    SOONER = "sooner"
    #: Too close to (or in) quiet hours: shortly after they end in the morning.
    MORNING = "morning"


@dataclass(frozen=True)
class FollowUp:
    """When the follow-up nudge comes (``at``, UTC, a whole minute) and why then."""

    kind: FollowUpKind
    at: datetime


#: How long after /conflict the follow-up comes, when that fits before quiet hours.
FOLLOW_UP_DELAY = timedelta(hours=3)
#: The least time before quiet hours begin that still allows a follow-up the same evening.
MIN_ROOM = timedelta(minutes=45)
#: A shortened (``SOONER``) follow-up comes this long before quiet hours begin.
BEFORE_QUIET = timedelta(minutes=30)
#: A ``MORNING`` follow-up comes this long after quiet hours end.
AFTER_QUIET = timedelta(minutes=30)


def plan_follow_up(
    now: datetime,
    timezone: str,
    quiet_start: time,
    quiet_end: time,
    delay: timedelta = FOLLOW_UP_DELAY,
) -> FollowUp:
    """The follow-up for a /conflict (or a tap on its button) at ``now``.

    * ``LATER``: ``delay`` after ``now`` (to the whole minute), if that is before
      this evening's quiet hours begin;
    * ``SOONER``: otherwise, if quiet hours begin at least ``MIN_ROOM`` from now,
      ``BEFORE_QUIET`` before they begin;
    * ``MORNING``: otherwise (also when ``now`` is in quiet hours), ``AFTER_QUIET``
      after the coming quiet hours end.

    Never in quiet hours. Times are read as :mod:`nudger.domain.planning` reads
    them (a clock change on the way is real elapsed time, not wall time).
    Raises ``ValueError`` for a naive ``now`` and ``ScheduleError`` for an
    unknown zone or quiet hours that are not among the choices.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    night = now
    if not in_quiet_hours(now, timezone, quiet_start, quiet_end):
        begins = quiet_start_today(now, timezone, quiet_start)
        assert begins is not None  # outside quiet hours, so this evening's are ahead
        at = _minute(now + delay)
        if at < begins:
            return FollowUp(FollowUpKind.LATER, at)
        if begins - now >= MIN_ROOM:
            return FollowUp(FollowUpKind.SOONER, _minute(begins - BEFORE_QUIET))
        night = begins
    ends = next_send_time(night, timezone, quiet_start, quiet_end)
    return FollowUp(FollowUpKind.MORNING, _minute(ends + AFTER_QUIET))


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)


class FollowUpWhen(StrEnum):
    """When a follow-up comes, as the user is told (and the button's data says)."""

    #: Later today (a ``LATER`` or ``SOONER`` follow-up).
    LATER = "later"
    #: Tomorrow morning.
    TOMORROW_MORNING = "morning"
    #: This morning: asked for after midnight, before quiet hours end.
    THIS_MORNING = "thismorning"


def follow_up_when(follow_up: FollowUp, now: datetime, timezone: str) -> FollowUpWhen:
    """When ``follow_up`` comes, in words: later today, this morning (asked for after
    midnight) or tomorrow morning."""
    if follow_up.kind is not FollowUpKind.MORNING:
        return FollowUpWhen.LATER
    zone = ZoneInfo(timezone)
    same_day = follow_up.at.astimezone(zone).date() == now.astimezone(zone).date()
    return FollowUpWhen.THIS_MORNING if same_day else FollowUpWhen.TOMORROW_MORNING

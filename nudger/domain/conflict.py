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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from nudger.domain.planning import in_quiet_hours, next_send_time, quiet_start_today
from nudger.domain.styles import AttachmentStyle

#: The placeholder steps may use, as in the prompt catalog.
PARTNER = "partner"

Steps = tuple[str, str, str]

_AVOIDANT: Steps = (
    "Lower the temperature: slow down, soften your voice, and say this is something you "
    "two can sort out, not a crisis.",
    "Tell {partner} what makes sense in their view, and thank them for something they've "
    "already done or given up to make things work.",
    "If either of you needs a break, offer space and name a time to come back, like "
    "“Let's pause and talk again after dinner.” Then keep that time.",
)

_ANXIOUS: Steps = (
    "Start with reassurance: tell {partner} you're not going anywhere and that you'll "
    "work this out together.",
    "Stay present and keep talking. If you need a pause, say so and say when you'll be "
    "back, so the quiet doesn't feel like leaving.",
    "Name the bond: tell {partner} what you love about them and about the two of you, "
    "and offer a hand or a hug if it feels welcome.",
)

_FEARFUL: Steps = (
    "Keep it slow and soft. Calmly tell {partner} that you care and that this doesn't "
    "change how you feel.",
    "Let {partner} set the pace, with no pushing for answers. If they need room, give it "
    "warmly: “Take the time you need. I'm right here.”",
    "Say one thing you understand about how they see it, and suggest a time to come back "
    "to it, with no need to settle everything today.",
)

_GENERAL: Steps = (
    "Slow things down before you answer. A calmer voice helps you both hear each other.",
    "Tell {partner} what you understand about their side before you explain yours.",
    "Say you're on the same team, and agree on a next step or a time to talk again.",
)

_STEPS: Mapping[AttachmentStyle, Steps] = {
    AttachmentStyle.AVOIDANT: _AVOIDANT,
    AttachmentStyle.ANXIOUS: _ANXIOUS,
    AttachmentStyle.FEARFUL: _FEARFUL,
    AttachmentStyle.SECURE: _GENERAL,
    AttachmentStyle.UNKNOWN: _GENERAL,
}


def steps(style: AttachmentStyle) -> Steps:
    """The three steps for this style, with ``{partner}`` still in place."""
    return _STEPS[style]


def render_steps(style: AttachmentStyle, partner: str) -> Steps:
    """The three steps with the partner's name filled in."""
    a, b, c = (s.format_map({PARTNER: partner}) for s in _STEPS[style])
    return a, b, c


def conflict_text(style: AttachmentStyle, partner: str, when: str = "later today") -> str:
    """The /conflict reply: a calm intro, three numbered steps, and the follow-up offer.

    ``when`` is the offered follow-up's :func:`follow_up_when`.
    """
    numbered = [f"{n}. {s}" for n, s in enumerate(render_steps(style, partner), start=1)]
    return "\n\n".join(
        [
            f"A tense moment with {partner}? Take one slow breath. Three small steps "
            "that can help right now:",
            *numbered,
            "When things have settled, a small gesture helps you both reconnect. Tap below "
            f"and I'll send you an idea for one {when}.",
        ]
    )


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


def follow_up_when(follow_up: FollowUp, now: datetime, timezone: str) -> str:
    """When ``follow_up`` comes, in words: "later today", "this morning" (asked for after
    midnight) or "tomorrow morning"."""
    if follow_up.kind is not FollowUpKind.MORNING:
        return "later today"
    zone = ZoneInfo(timezone)
    same_day = follow_up.at.astimezone(zone).date() == now.astimezone(zone).date()
    return "this morning" if same_day else "tomorrow morning"


def follow_up_button(follow_up: FollowUp, now: datetime, timezone: str) -> str:
    """The label of the button that asks for ``follow_up``."""
    return f"Remind me {follow_up_when(follow_up, now, timezone)}"


def follow_up_confirmation(
    follow_up: FollowUp, now: datetime, timezone: str, *, asked_for_today: bool = False
) -> str:
    """After the button. ``asked_for_today``: the tapped button said "later today"."""
    at = follow_up.at.astimezone(ZoneInfo(timezone)).strftime("%H:%M")
    if follow_up.kind is FollowUpKind.LATER:
        return f"I'll nudge you around {at} to reconnect."
    if follow_up.kind is FollowUpKind.SOONER:
        return f"I'll nudge you around {at} to reconnect, before your quiet hours begin."
    when = follow_up_when(follow_up, now, timezone)
    day = "tomorrow" if when == "tomorrow morning" else when
    text = f"I'll nudge you {day} around {at} to reconnect."
    return f"It's getting late, so {text}" if asked_for_today else text


FOLLOW_UP_ALREADY = "You already have a reminder to reconnect coming up."

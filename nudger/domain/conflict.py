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

After the steps the user can ask for one follow-up nudge later the same day
(a catalog prompt with ``context = "after_conflict"``). :func:`follow_up_at`
picks its time; the caller passes the current time in.

Steps never blame the partner and never name a style.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nudger.domain.planning import EARLIEST, LATEST
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


def conflict_text(style: AttachmentStyle, partner: str) -> str:
    """The /conflict reply: a calm intro, three numbered steps, and the follow-up offer."""
    numbered = [f"{n}. {s}" for n, s in enumerate(render_steps(style, partner), start=1)]
    return "\n\n".join(
        [
            f"A tense moment with {partner}? Take one slow breath. Three small steps "
            "that can help right now:",
            *numbered,
            "When things have settled, a small gesture helps you both reconnect. Tap below "
            "and I'll send you an idea for one later today.",
        ]
    )


# --- The follow-up ------------------------------------------------------------------------

FOLLOW_UP_BUTTON = "Remind me later today"
#: How long after /conflict the follow-up comes, by default.
FOLLOW_UP_DELAY = timedelta(hours=3)


def follow_up_confirmation(at: datetime) -> str:
    """After the button: ``at`` is the follow-up time in the user's zone."""
    return f"I'll nudge you around {at.strftime('%H:%M')} to reconnect."


TOO_LATE_TODAY = (
    "It's getting late, so I won't add a reminder today. Rest well; a kind word "
    "tomorrow morning can do a lot."
)
FOLLOW_UP_ALREADY = "You already have a reminder to reconnect later today."


def follow_up_at(
    now: datetime,
    timezone: str,
    delay: timedelta = FOLLOW_UP_DELAY,
    earliest: time = EARLIEST,
    latest: time = LATEST,
) -> datetime | None:
    """When the follow-up should come (UTC), or None when it's too late today.

    ``delay`` after ``now``, moved to ``earliest`` local time if that is sooner,
    to the whole minute. None when that falls after ``latest`` or on another
    local day. ``now`` must be timezone-aware; the arithmetic is done in UTC so
    daylight-saving changes cannot shift it.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    at = (now.astimezone(UTC) + delay).replace(second=0, microsecond=0)
    start = datetime.combine(today, earliest, tzinfo=zone).astimezone(UTC)
    at = max(at, start)
    local = at.astimezone(zone)
    if local.date() != today or local.time() > latest:
        return None
    return at

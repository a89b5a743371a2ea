"""A prompt: one nudge the bot can send, and when it fits.

What the rest of nudger needs of a prompt (choosing one) lives here, apart from reading and
checking the catalog file (``catalog``) and the rules its wording keeps (``prompt_wording``).
Its words are the message of the same id in ``nudger/locales/<language>/prompts.ftl``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nudger.domain.styles import Audience

#: The only placeholder a prompt may use, and which every prompt text must use.
PARTNER = "partner"
#: The longest partner name a prompt is rendered with (setup and /settings refuse longer ones).
MAX_PARTNER_NAME = 40


class When(StrEnum):
    """When in the day a prompt's action fits."""

    ANY = "any"
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Days(StrEnum):
    """Which days of the week a prompt's action fits (in the user's zone)."""

    ANY = "any"
    WEEKDAY = "weekday"
    WEEKEND = "weekend"

    def fits(self, weekday: int) -> bool:
        """Whether a local date with this ``date.weekday()`` (Monday 0) fits."""
        if self is Days.ANY:
            return True
        return (weekday >= 5) == (self is Days.WEEKEND)


class Context(StrEnum):
    """What a prompt is sent for."""

    #: Timed nudges and /now.
    DAILY = "daily"
    #: The follow-up a user asks for after /conflict, later the same day.
    AFTER_CONFLICT = "after_conflict"


@dataclass(frozen=True)
class Prompt:
    id: str
    audience: Audience
    category: str
    when: When
    days: Days = Days.ANY
    context: Context = Context.DAILY
    #: Soft enough for a partner who both longs for and fears closeness.
    gentle: bool = False

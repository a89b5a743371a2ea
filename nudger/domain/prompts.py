"""A prompt: one nudge the bot can send, when it fits, and how it names the partner.

What the rest of nudger needs of a prompt (choosing one, rendering it) lives here, apart
from reading and checking the catalog file (``catalog``) and the rules its wording keeps
(``prompt_wording``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nudger.domain.styles import Audience

#: The only placeholder a prompt may use, and which every prompt text must use.
PARTNER = "partner"
#: How the bot refers to the partner when the user has not named them (yet).
UNNAMED_PARTNER = "your partner"
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
    text: str
    why: str
    days: Days = Days.ANY
    context: Context = Context.DAILY
    #: Soft enough for a partner who both longs for and fears closeness.
    gentle: bool = False

    def render(self, partner: str) -> str:
        """The action with the partner's name filled in."""
        return self.text.format_map({PARTNER: partner})


def partner_called(name: str | None) -> str:
    """What to call the partner in a sentence: their name, or "your partner" if none is set."""
    return name or UNNAMED_PARTNER

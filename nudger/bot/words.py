"""What the bot says in more than one feature; each feature's own wording sits in its module.

The voice stays the same everywhere: warm, plain, specific, and never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from nudger.domain import calendar
from nudger.domain.planning import Window

NOT_SET_UP = "Nothing is set up for you here. Send /start to begin."
UNKNOWN_TEXT = "I don't have a reply for that. Send /help to see what I can do."
BAD_BUTTON = "Sorry, I didn't understand that button."
NOT_YOURS = "That button isn't valid any more."
STALE_QUESTION = "That question was already answered."
SOMETHING_WRONG = (
    "Sorry, something went wrong on my side, and nothing was changed. Please try again in a moment."
)

# --- asked in setup and again in /settings --------------------------------------------

BAD_NAME = "Please send a name up to 40 characters (letters or numbers, not only emoji or symbols)."
ASK_TIMEZONE = (
    "Which time zone are you in? Send its name, like Europe/Berlin, or a city near you, "
    "like Berlin, New York or Sydney."
)
NEED_WINDOW = "Pick at least one time of day first."


def bad_timezone(text: str) -> str:
    shown = text.strip().replace("\n", " ")
    shown = shown if len(shown) <= 30 else shown[:29] + "…"
    intro = f'I couldn\'t find a time zone for "{shown}".' if shown else "That was empty."
    return (
        f"{intro} Try a zone name like Europe/Berlin, America/New_York or Asia/Tokyo, "
        "or a larger city near you, like Berlin, Toronto or Sydney.\n\n" + ASK_TIMEZONE
    )


# --- values as the setup summary and /settings show them (moments: calendar.day_and_time) -


def window_names(windows: Iterable[Window]) -> str:
    """'Morning, Afternoon and Evening', in the order of the day."""
    chosen = [w.label for w in Window if w in set(windows)]
    if len(chosen) == 1:
        return chosen[0]
    return ", ".join(chosen[:-1]) + " and " + chosen[-1]


def count_text(per_day: int) -> str:
    return "1 nudge a day" if per_day == 1 else f"{per_day} nudges a day"


def hour_text(hour: int) -> str:
    return f"{hour:02d}:00"


def review_text(day: int, hour: int) -> str:
    """'Sundays at 19:00'."""
    return f"{calendar.WEEKDAY_NAMES[day]}s at {hour_text(hour)}"


def quiet_text(start: int, end: int) -> str:
    """'22:00–08:00'."""
    return f"{hour_text(start)}–{hour_text(end)}"


def zone_text(zone: str, now: datetime) -> str:
    """'Europe/Berlin (it's 14:05 there now)'."""
    return f"{zone} (it's {now.astimezone(ZoneInfo(zone)):%H:%M} there now)"

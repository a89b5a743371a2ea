"""What /pause and /resume say, and the "welcome back" when a pause runs out by itself.

Both sides say these: /pause and /resume (``bot/pause``) and the pause-ends job
(``services/pauses``, sent by ``jobs/pause_ends``) write the same moments the same way.
The words live here, where both may import them, so the feature's wording is in one
place.
"""

from __future__ import annotations

from datetime import datetime

from nudger.domain.calendar import day_and_time
from nudger.domain.durations import MAX_PAUSE_DAYS, LengthProblem

PAUSED = (
    "Paused. No nudges until you send /resume. To have them come back by themselves, "
    "send a length instead, like /pause 1w."
)
ALREADY_PAUSED = (
    "You're already paused, until you send /resume. To have nudges come back by themselves, "
    "send a length, like /pause 3d."
)
NOT_PAUSED = "You're not paused; nudges are on. To take a break, send /pause, or /pause 1w."


def when(at: datetime) -> str:
    """'Thu 4 Dec, 09:30' in whatever zone ``at`` is in (the one format: day_and_time)."""
    return day_and_time(at)


def resumed(first: datetime | None) -> str:
    text = "Welcome back. Nudges are on again."
    if first is not None:
        text += f" The next one comes {when(first)} (your time)."
    return text


def pause_ended(first: datetime | None) -> str:
    """The notice for a pause that ran out; ``first``: the next nudge, in the user's zone."""
    text = "Welcome back: your pause is over, and nudges are on again."
    if first is not None:
        text += f" The next one comes {when(first)} (your time)."
    return text


def paused_until(end: datetime, moved_from_quiet_hours: bool) -> str:
    text = f"Paused until {when(end)} (your time). Nudges come back by themselves then."
    if moved_from_quiet_hours:
        text += " I set the end for when your quiet hours finish, so nothing arrives at night."
    return text + " Send /resume if you'd like them sooner."


def pause_changed(end: datetime, moved_from_quiet_hours: bool) -> str:
    text = f"Your pause now ends {when(end)} (your time)."
    if moved_from_quiet_hours:
        text += " That's when your quiet hours finish, so nothing arrives at night."
    return text + " Send /resume if you'd like nudges sooner."


def already_paused_until(end: datetime) -> str:
    return (
        f"You're paused until {when(end)} (your time). To change that, send a new length, "
        "like /pause 3d, or send /resume to start again now."
    )


_EXAMPLES = (
    "Try /pause 3d, /pause 1w or /pause 2 weeks (hours, days or weeks, up to "
    f"{MAX_PAUSE_DAYS} days), or just /pause to stop until you send /resume. "
    "Nothing has changed."
)


def bad_length(text: str, problem: LengthProblem) -> str:
    if problem is LengthProblem.TOO_SHORT:
        intro = "A pause needs to last at least an hour."
    elif problem is LengthProblem.TOO_LONG:
        intro = (
            f"The longest pause I can set is {MAX_PAUSE_DAYS} days. For longer, send /pause "
            "on its own, and /resume whenever you're ready."
        )
    else:
        shown = " ".join(text.split())
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        intro = f'I couldn\'t read "{shown}" as a length.'
    return f"{intro}\n\n{_EXAMPLES}"

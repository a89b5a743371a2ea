"""What /week and the weekly review say around the picture: the command, the week buttons,
the chart's title and the notice.

Both sides say these: the weekly push (``jobs/weekly_review``) sends the same picture and
week buttons as /week (``bot/week``), so the words live here, where both may import them,
rather than half in the service and half in the feature. The caption's words are content
beside the figures they word, in :mod:`nudger.domain.review_text`.
"""

from __future__ import annotations

from datetime import date

NO_SUCH_WEEK = "I can show the weeks since your first nudge, up to a year back."
THIS_WEEK_BUTTON = "This week ▶"


def week_of(monday: date) -> str:
    """'Week of 16 Nov': the notice of a week shown (the day as in ``day_and_time``)."""
    return f"Week of {monday.day} {monday:%b}"


def chart_title(monday: date) -> str:
    """'Week of 16 Nov 2026': the title drawn on the chart."""
    return f"{week_of(monday)} {monday:%Y}"


def earlier_button(monday: date) -> str:
    """'◀ Week of 9 Nov': the button to the week before."""
    return f"◀ {week_of(monday)}"


def later_button(monday: date) -> str:
    """'Week of 23 Nov ▶': the button to a later week (not the current one)."""
    return f"{week_of(monday)} ▶"

"""What the bot says in more than one feature; each feature's own wording sits in its module
and its messages in ``nudger/locales/<language>/<feature>.ftl``.

The voice stays the same everywhere: warm, plain, specific, and never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words

NOT_SET_UP = "common-not-set-up"
UNKNOWN_TEXT = "common-unknown-text"
BAD_BUTTON = "common-bad-button"
NOT_YOURS = "common-not-yours"
STALE_QUESTION = "common-stale-question"
SOMETHING_WRONG = "common-something-wrong"
BAD_NAME = "common-bad-name"
ASK_TIMEZONE = "common-ask-timezone"
NEED_WINDOW = "common-need-window"


def bad_timezone(t: Words, text: str) -> str:
    shown = text.strip().replace("\n", " ")
    shown = shown if len(shown) <= 30 else shown[:29] + "…"
    return t("common-bad-timezone", shown=shown) if shown else t("common-bad-timezone-empty")


# --- names and values as the setup summary and /settings show them (moments: t.moment) --


def style_label(t: Words, style: AttachmentStyle) -> str:
    """'Anxious', 'Not sure' ..."""
    return t(f"style-{style.value}")


def style_description(t: Words, style: AttachmentStyle) -> str:
    """One plain line beside the style's button; never a diagnosis."""
    return t.attribute(f"style-{style.value}", "description")


def window_label(t: Words, window: Window) -> str:
    return t(f"window-{window.value}")


def window_names(t: Words, windows: Iterable[Window]) -> str:
    """'Morning, Afternoon and Evening', in the order of the day."""
    chosen = set(windows)
    return t.join(window_label(t, w) for w in Window if w in chosen)


def windows_in_sentence(t: Words, windows: Iterable[Window]) -> str:
    """'morning and evening': the parts of the day as a sentence names them, in day order."""
    chosen = set(windows)
    return t.join(t(f"common-window-in-sentence-{w.value}") for w in Window if w in chosen)


def style_lines(t: Words) -> list[str]:
    """'Anxious: often worries about ...', one line per style, for the style question."""
    return [
        t("common-style-line", style=style_label(t, s), description=style_description(t, s))
        for s in AttachmentStyle
    ]


def count_text(t: Words, per_day: int) -> str:
    return t("common-per-day", count=per_day)


def hour_text(t: Words, hour: int) -> str:
    return t.hour(hour)


def review_text(t: Words, day: int, hour: int) -> str:
    """'Sundays at 19:00'."""
    return t("common-review-at", day=t.weekday(day), time=t.hour(hour))


def quiet_text(t: Words, start: int, end: int) -> str:
    """'22:00–08:00'."""
    return t("common-quiet-hours", start=t.hour(start), end=t.hour(end))


def zone_text(t: Words, zone: str, now: datetime) -> str:
    """'Europe/Berlin (it's 14:05 there now)'."""
    return t("common-zone-now", zone=zone, time=t.clock(now.astimezone(ZoneInfo(zone)).time()))

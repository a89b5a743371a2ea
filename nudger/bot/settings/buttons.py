"""/settings' buttons: what each one's ``s:`` data means, and the keyboards that carry them.

Editors are stateless: every button's data carries the whole value it sets (``s:pd:2``,
``s:ws:5`` for a set of times of day, ``s:rh:1:18`` for Tuesdays at 18:00, ``s:qe:21:7``
for 21:00-07:00), so an older button still does exactly what its label says.
"""

from __future__ import annotations

from dataclasses import dataclass

from nudger.bot.keyboards import count_keyboard, marked, rows, style_keyboard, windows_keyboard
from nudger.bot.quiz import START_DATA as QUIZ_START_DATA
from nudger.bot.settings import words
from nudger.bot.words import hour_text
from nudger.domain import calendar
from nudger.domain.button_data import number, pack, unpack
from nudger.domain.planning import QUIET_ENDS, QUIET_STARTS, Window
from nudger.domain.styles import AttachmentStyle
from nudger.messaging.base import Button, Keyboard
from nudger.services.places import known_zone

PREFIX = "s"

#: Choices for quiet hours (local o'clock, as the profile stores them): begin and end.
QUIET_START_HOURS = tuple(t.hour for t in QUIET_STARTS)
QUIET_END_HOURS = tuple(t.hour for t in QUIET_ENDS)

_WINDOWS = tuple(Window)
#: ``s:<editor>`` opens it; ``menu`` is the menu itself.
_EDITORS = frozenset({"menu", "name", "style", "tz", "pd", "win", "rd", "qs"})


@dataclass(frozen=True)
class Open:
    """Show the menu (``menu``) or one setting's editor."""

    editor: str


@dataclass(frozen=True)
class Close:
    pass


@dataclass(frozen=True)
class SetStyle:
    style: AttachmentStyle


@dataclass(frozen=True)
class SetZone:
    zone: str


@dataclass(frozen=True)
class DeclineZone:
    pass


@dataclass(frozen=True)
class SetPerDay:
    per_day: int


@dataclass(frozen=True)
class PickWindows:
    windows: frozenset[Window]


@dataclass(frozen=True)
class SaveWindows:
    windows: frozenset[Window]


@dataclass(frozen=True)
class PickReviewDay:
    day: int


@dataclass(frozen=True)
class SetReview:
    day: int
    hour: int


@dataclass(frozen=True)
class PickQuietStart:
    start: int


@dataclass(frozen=True)
class SetQuiet:
    start: int
    end: int


Choice = (
    Open
    | Close
    | SetStyle
    | SetZone
    | DeclineZone
    | SetPerDay
    | PickWindows
    | SaveWindows
    | PickReviewDay
    | SetReview
    | PickQuietStart
    | SetQuiet
)


def _mask(windows: frozenset[Window]) -> int:
    return sum(1 << i for i, w in enumerate(_WINDOWS) if w in windows)


def _windows_of(mask: int) -> frozenset[Window]:
    return frozenset(w for i, w in enumerate(_WINDOWS) if mask & (1 << i))


def parse(data: str) -> Choice | None:
    """The settings button behind ``s:...`` data, or None if it isn't one of ours."""
    match unpack(data, PREFIX):
        case [editor] if editor in _EDITORS:
            return Open(editor)
        case ["close"]:
            return Close()
        case ["st", value] if value in set(AttachmentStyle):
            return SetStyle(AttachmentStyle(value))
        case ["tz", zone] if known_zone(zone):
            return SetZone(zone)
        case ["tzno"]:
            return DeclineZone()
        case ["pd", value] if (n := number(value, range(1, 4))) is not None:
            return SetPerDay(n)
        case [("win" | "ws") as kind, value] if (m := number(value, range(8))) is not None:
            windows = _windows_of(m)
            return PickWindows(windows) if kind == "win" else SaveWindows(windows)
        case ["rd", value] if (day := number(value, range(7))) is not None:
            return PickReviewDay(day)
        case ["rh", d, h] if (day := number(d, range(7))) is not None and (
            hour := number(h, calendar.REVIEW_HOURS)
        ) is not None:
            return SetReview(day, hour)
        case ["qs", value] if (start := number(value, QUIET_START_HOURS)) is not None:
            return PickQuietStart(start)
        case ["qe", s, e] if (start := number(s, QUIET_START_HOURS)) is not None and (
            end := number(e, QUIET_END_HOURS)
        ) is not None:
            return SetQuiet(start, end)
    return None


# --- keyboards ---------------------------------------------------------------------------

BACK_ROW = (Button(words.BACK, pack(PREFIX, "menu")),)


def zone_data(zone: str) -> str:
    return pack(PREFIX, "tz", zone)


DECLINE_ZONE_DATA = pack(PREFIX, "tzno")


def menu_keyboard() -> Keyboard:
    buttons = [
        Button(words.NAME_BUTTON, pack(PREFIX, "name")),
        Button(words.STYLE_BUTTON, pack(PREFIX, "style")),
        Button(words.ZONE_BUTTON, pack(PREFIX, "tz")),
        Button(words.COUNT_BUTTON, pack(PREFIX, "pd")),
        Button(words.WINDOWS_BUTTON, pack(PREFIX, "win")),
        Button(words.REVIEW_BUTTON, pack(PREFIX, "rd")),
        Button(words.QUIET_BUTTON, pack(PREFIX, "qs")),
        Button(words.CLOSE, pack(PREFIX, "close")),
    ]
    return rows(buttons, 2)


def style_editor_keyboard(current: AttachmentStyle | None) -> Keyboard:
    return (
        *style_keyboard(lambda style: pack(PREFIX, "st", style.value), current),
        (Button(words.QUIZ_BUTTON, QUIZ_START_DATA),),
        BACK_ROW,
    )


def count_editor_keyboard(current: int | None) -> Keyboard:
    return (*count_keyboard(lambda n: pack(PREFIX, "pd", n), current), BACK_ROW)


def windows_editor_keyboard(chosen: frozenset[Window]) -> Keyboard:
    keyboard = windows_keyboard(
        chosen,
        lambda w: pack(PREFIX, "win", _mask(chosen ^ {w})),
        pack(PREFIX, "ws", _mask(chosen)),
    )
    return (*keyboard, BACK_ROW)


def review_day_keyboard(current: int) -> Keyboard:
    days = [
        Button(marked(words.weekday_button(d), d == current), pack(PREFIX, "rd", d))
        for d in range(7)
    ]
    return (*rows(days, 4), BACK_ROW)


def review_hour_keyboard(day: int, current: int | None) -> Keyboard:
    """The hours for a review on ``day``; ``current`` ticked (None: another day is set)."""
    hours = [
        Button(marked(hour_text(h), h == current), pack(PREFIX, "rh", day, h))
        for h in calendar.REVIEW_HOURS
    ]
    return (*rows(hours, 3), (Button(words.BACK, pack(PREFIX, "rd")),))


def quiet_start_keyboard(current: int) -> Keyboard:
    starts = [
        Button(marked(hour_text(h), h == current), pack(PREFIX, "qs", h)) for h in QUIET_START_HOURS
    ]
    return (tuple(starts), BACK_ROW)


def quiet_end_keyboard(start: int, current: int | None) -> Keyboard:
    """The ends for quiet hours from ``start``; ``current`` ticked (None: another start)."""
    ends = [
        Button(marked(hour_text(h), h == current), pack(PREFIX, "qe", start, h))
        for h in QUIET_END_HOURS
    ]
    return (tuple(ends), (Button(words.BACK, pack(PREFIX, "qs")),))


def location_keyboard(use: str, zone: str) -> Keyboard:
    """Use the zone (button data ``use``) or not."""
    return (
        (
            Button(words.use_zone_button(zone), use),
            Button(words.DECLINE_ZONE_BUTTON, DECLINE_ZONE_DATA),
        ),
    )

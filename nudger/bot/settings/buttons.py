"""/settings' buttons: what each one's ``s:`` data means, and the keyboards that carry them.

Editors are stateless: every button's data carries the whole value it sets (``s:pd:2``,
``s:ws:5`` for a set of times of day, ``s:rh:1:18`` for Tuesdays at 18:00, ``s:qe:21:7``
for 21:00-07:00, ``s:lg:de`` for a language, ``s:gd:she`` for how to refer to the
partner), so an older button still does exactly what its label says.
"""

from __future__ import annotations

from dataclasses import dataclass

from nudger.bot.keyboards import (
    count_keyboard,
    gender_keyboard,
    marked,
    rows,
    style_keyboard,
    windows_keyboard,
)
from nudger.bot.quiz import START_DATA as QUIZ_START_DATA
from nudger.bot.settings import words
from nudger.bot.words import hour_text
from nudger.domain import calendar
from nudger.domain.button_data import number, pack, unpack
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.planning import QUIET_ENDS, QUIET_STARTS, Window
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.messaging.base import Button, Keyboard
from nudger.services.places import known_zone

PREFIX = "s"

#: Choices for quiet hours (local o'clock, as the profile stores them): begin and end.
QUIET_START_HOURS = tuple(t.hour for t in QUIET_STARTS)
QUIET_END_HOURS = tuple(t.hour for t in QUIET_ENDS)

_WINDOWS = tuple(Window)
#: ``s:<editor>`` opens it; ``menu`` is the menu itself.
_EDITORS = frozenset({"menu", "name", "style", "tz", "pd", "win", "rd", "qs", "lang", "gen"})


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
class SetLanguage:
    language: Language


@dataclass(frozen=True)
class SetGender:
    gender: PartnerGender


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
    | SetLanguage
    | SetGender
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
        case ["lg", value] if value in set(Language):
            return SetLanguage(Language(value))
        case ["gd", value] if value in set(PartnerGender):
            return SetGender(PartnerGender(value))
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


def back_row(t: Words) -> tuple[Button, ...]:
    return (Button(t(words.BACK), pack(PREFIX, "menu")),)


def zone_data(zone: str) -> str:
    return pack(PREFIX, "tz", zone)


DECLINE_ZONE_DATA = pack(PREFIX, "tzno")


def menu_keyboard(t: Words) -> Keyboard:
    """Every setting, two to a row; "How I refer to <partner>" only in a gendered language."""
    buttons = [
        Button(t(words.NAME_BUTTON), pack(PREFIX, "name")),
        Button(t(words.STYLE_BUTTON), pack(PREFIX, "style")),
        Button(t(words.ZONE_BUTTON), pack(PREFIX, "tz")),
        Button(t(words.COUNT_BUTTON), pack(PREFIX, "pd")),
        Button(t(words.WINDOWS_BUTTON), pack(PREFIX, "win")),
        Button(t(words.REVIEW_BUTTON), pack(PREFIX, "rd")),
        Button(t(words.QUIET_BUTTON), pack(PREFIX, "qs")),
        Button(t(words.LANGUAGE_BUTTON), pack(PREFIX, "lang")),
    ]
    if t.language.gendered:
        buttons.append(Button(t(words.GENDER_BUTTON), pack(PREFIX, "gen")))
    buttons.append(Button(t(words.CLOSE), pack(PREFIX, "close")))
    return rows(buttons, 2)


def style_editor_keyboard(t: Words, current: AttachmentStyle | None) -> Keyboard:
    return (
        *style_keyboard(t, lambda style: pack(PREFIX, "st", style.value), current),
        (Button(t(words.QUIZ_BUTTON), QUIZ_START_DATA),),
        back_row(t),
    )


def language_keyboard(current: Language) -> tuple[tuple[Button, ...], ...]:
    """One button per language, by its own name; the current one ticked (no Back row)."""
    buttons = [
        Button(marked(language.autonym, language is current), pack(PREFIX, "lg", language.value))
        for language in Language
    ]
    return rows(buttons, 2)


def language_editor_keyboard(t: Words, current: Language) -> Keyboard:
    return (*language_keyboard(current), back_row(t))


def gender_editor_keyboard(t: Words, current: PartnerGender | None) -> Keyboard:
    keyboard = gender_keyboard(t, lambda gender: pack(PREFIX, "gd", gender.value), current)
    return (*keyboard, back_row(t))


def count_editor_keyboard(t: Words, current: int | None) -> Keyboard:
    return (*count_keyboard(t, lambda n: pack(PREFIX, "pd", n), current), back_row(t))


def windows_editor_keyboard(t: Words, chosen: frozenset[Window]) -> Keyboard:
    keyboard = windows_keyboard(
        t,
        chosen,
        lambda w: pack(PREFIX, "win", _mask(chosen ^ {w})),
        pack(PREFIX, "ws", _mask(chosen)),
    )
    return (*keyboard, back_row(t))


def review_day_keyboard(t: Words, current: int) -> Keyboard:
    days = [
        Button(marked(words.weekday_button(t, d), d == current), pack(PREFIX, "rd", d))
        for d in range(7)
    ]
    return (*rows(days, 4), back_row(t))


def review_hour_keyboard(t: Words, day: int, current: int | None) -> Keyboard:
    """The hours for a review on ``day``; ``current`` ticked (None: another day is set)."""
    hours = [
        Button(marked(hour_text(t, h), h == current), pack(PREFIX, "rh", day, h))
        for h in calendar.REVIEW_HOURS
    ]
    return (*rows(hours, 3), (Button(t(words.BACK), pack(PREFIX, "rd")),))


def quiet_start_keyboard(t: Words, current: int) -> Keyboard:
    starts = [
        Button(marked(hour_text(t, h), h == current), pack(PREFIX, "qs", h))
        for h in QUIET_START_HOURS
    ]
    return (tuple(starts), back_row(t))


def quiet_end_keyboard(t: Words, start: int, current: int | None) -> Keyboard:
    """The ends for quiet hours from ``start``; ``current`` ticked (None: another start)."""
    ends = [
        Button(marked(hour_text(t, h), h == current), pack(PREFIX, "qe", start, h))
        for h in QUIET_END_HOURS
    ]
    return (tuple(ends), (Button(t(words.BACK), pack(PREFIX, "qs")),))


def location_keyboard(t: Words, use: str, zone: str) -> Keyboard:
    """Use the zone (button data ``use``) or not."""
    return (
        (
            Button(words.use_zone_button(t, zone), use),
            Button(t(words.DECLINE_ZONE_BUTTON), DECLINE_ZONE_DATA),
        ),
    )

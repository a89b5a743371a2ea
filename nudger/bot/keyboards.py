"""Buttons shared by onboarding and /settings: style, how to refer to the partner, nudges
per day, times of day.

Each takes the user's words and a function that writes a button's data, so every feature
keeps its own prefix (see :mod:`nudger.domain.button_data`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nudger.bot.words import style_label, window_label
from nudger.domain.languages import PartnerGender
from nudger.domain.planning import MAX_PER_DAY, Window
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.messaging.base import Button, Keyboard

CHECK = "✓ "
SAVE = "common-save-button"


def rows(buttons: Sequence[Button], per_row: int) -> Keyboard:
    """``buttons`` laid out ``per_row`` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def marked(label: str, chosen: bool) -> str:
    """A button label, ticked (``✓ Morning``) when ``chosen``."""
    return CHECK + label if chosen else label


def style_keyboard(
    t: Words, data: Callable[[AttachmentStyle], str], current: AttachmentStyle | None = None
) -> Keyboard:
    """One button per style with data ``data(style)``; the current one ticked."""
    buttons = [Button(marked(style_label(t, s), s is current), data(s)) for s in AttachmentStyle]
    return (tuple(buttons[:2]), tuple(buttons[2:]))


def gender_label(t: Words, gender: PartnerGender) -> str:
    """'She', 'He', 'By name only': the answers to how to refer to the partner."""
    return t(f"onboarding-gender-{gender.value}")


def gender_keyboard(
    t: Words, data: Callable[[PartnerGender], str], current: PartnerGender | None = None
) -> Keyboard:
    """She, He and By name only, with data ``data(gender)``; the current one ticked."""
    return (
        tuple(
            Button(marked(gender_label(t, g), g is current), data(g))
            for g in (PartnerGender.SHE, PartnerGender.HE)
        ),
        (
            Button(
                marked(gender_label(t, PartnerGender.NAME), current is PartnerGender.NAME),
                data(PartnerGender.NAME),
            ),
        ),
    )


def count_keyboard(t: Words, data: Callable[[int], str], current: int | None = None) -> Keyboard:
    """1 to 3 nudges a day, with data ``data(n)``; the current count ticked."""
    return (
        tuple(
            Button(marked(t.number(n), n == current), data(n)) for n in range(1, MAX_PER_DAY + 1)
        ),
    )


def windows_keyboard(
    t: Words, chosen: frozenset[Window], toggle: Callable[[Window], str], save: str
) -> Keyboard:
    """A toggle per time of day (data ``toggle(window)``), chosen ones ticked, and Save."""
    return (
        tuple(Button(marked(window_label(t, w), w in chosen), toggle(w)) for w in Window),
        (Button(t(SAVE), save),),
    )

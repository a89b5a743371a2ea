"""Buttons shared by onboarding and /settings: style, nudges per day, times of day.

Each takes a function that writes a button's data, so every feature keeps its own prefix
(see :mod:`nudger.domain.button_data`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nudger.domain.planning import MAX_PER_DAY, Window
from nudger.domain.styles import AttachmentStyle
from nudger.messaging.base import Button, Keyboard

CHECK = "✓ "
SAVE = "Save"


def rows(buttons: Sequence[Button], per_row: int) -> Keyboard:
    """``buttons`` laid out ``per_row`` to a row."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def marked(label: str, chosen: bool) -> str:
    """A button label, ticked (``✓ Morning``) when ``chosen``."""
    return CHECK + label if chosen else label


def style_keyboard(
    data: Callable[[AttachmentStyle], str], current: AttachmentStyle | None = None
) -> Keyboard:
    """One button per style with data ``data(style)``; the current one ticked."""
    buttons = [Button(marked(s.label, s is current), data(s)) for s in AttachmentStyle]
    return (tuple(buttons[:2]), tuple(buttons[2:]))


def count_keyboard(data: Callable[[int], str], current: int | None = None) -> Keyboard:
    """1 to 3 nudges a day, with data ``data(n)``; the current count ticked."""
    return (
        tuple(Button(marked(str(n), n == current), data(n)) for n in range(1, MAX_PER_DAY + 1)),
    )


def windows_keyboard(
    chosen: frozenset[Window], toggle: Callable[[Window], str], save: str
) -> Keyboard:
    """A toggle per time of day (data ``toggle(window)``), chosen ones ticked, and Save."""
    return (
        tuple(Button(marked(w.label, w in chosen), toggle(w)) for w in Window),
        (Button(SAVE, save),),
    )

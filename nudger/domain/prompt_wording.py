"""How a prompt must be worded, in every language: the limits and the house rules its text
and its why keep.

The rules say what a good nudge reads like (one plain line within the limit, no clinical
labels, a part of the day or the weekend only where the prompt is tagged for it). The locale
check (:mod:`nudger.i18n.check`) renders each language's text and hands it here with that
language's own words (its ``words.toml``); each function returns the problems it finds, as
plain sentences the check prefixes with the file and the prompt's id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from nudger.domain.prompts import Days, When

#: Limits on a rendered text and why in English, the source language.
MAX_TEXT = 220
MAX_WHY = 160
#: Limits in a translation (most languages need more letters than English).
MAX_TEXT_TRANSLATED = 280
MAX_WHY_TRANSLATED = 200
#: The parts of the day a text can name, each a ``When`` (words.toml ``[time_of_day]``).
PARTS_OF_DAY = (When.MORNING, When.AFTERNOON, When.EVENING)
#: The key of the phrases that name the weekend.
WEEKEND = "weekend"
_CURLY_QUOTES = "\u2018\u2019\u201c\u201d"


def limits(source: bool) -> tuple[int, int]:
    """The most characters a text and a why may have (``source``: English)."""
    return (MAX_TEXT, MAX_WHY) if source else (MAX_TEXT_TRANSLATED, MAX_WHY_TRANSLATED)


def length_problems(text: str, why: str, source: bool) -> list[str]:
    max_text, max_why = limits(source)
    problems = []
    if len(text) > max_text:
        problems.append(f"text is {len(text)} characters (max {max_text})")
    if len(why) > max_why:
        problems.append(f"why is {len(why)} characters (max {max_why})")
    return problems


def _at_word_start(phrase: str) -> str:
    """A pattern for ``phrase`` (lowercase) where a word starts: "desayun" finds "desayuno"."""
    return r"(?<!\w)" + re.escape(phrase.lower())


def first_phrase(text: str, phrases: Iterable[str]) -> str | None:
    """The phrase found earliest in ``text`` where a word starts (the longest on a tie)."""
    lowered = text.lower()
    found = [
        (m.start(), -len(p), p) for p in phrases if (m := re.search(_at_word_start(p), lowered))
    ]
    return min(found)[2] if found else None


def label_problems(text: str, labels: Iterable[str]) -> list[str]:
    """Clinical or labelling words (a word starting with one of ``labels``) in a text."""
    lowered = text.lower()
    words = sorted(
        {
            m.group(0)
            for label in labels
            for m in re.finditer(_at_word_start(label) + r"\w*", lowered)
        }
    )
    if not words:
        return []
    return [
        f"text uses the labelling word(s) {', '.join(map(repr, words))}; "
        "describe the action, never the partner's style"
    ]


def time_problems(
    text: str, when: When, days: Days, phrases: Mapping[str, Sequence[str]]
) -> list[str]:
    """A text that names a part of the day or the weekend must be tagged to match.

    ``phrases``: the language's words naming each part of the day ("morning" ...) and
    the weekend ("weekend"). A ``when = "any"`` prompt names no part of the day.
    """
    problems = []
    named = {
        part: phrase
        for part in PARTS_OF_DAY
        if (phrase := first_phrase(text, phrases.get(part.value, ()))) is not None
    }
    if named and when not in named:
        said = " and ".join(repr(p) for p in named.values())
        expected = " or ".join(f'when = "{part.value}"' for part in named)
        problems.append(f'text says {said} but when = "{when.value}"; set {expected}, or reword it')
    weekend = first_phrase(text, phrases.get(WEEKEND, ()))
    if weekend is not None and days is not Days.WEEKEND:
        problems.append(
            f'text says {weekend!r} but days = "{days.value}"; set days = "weekend", or reword it'
        )
    return problems


def curly_quote_problems(value: str, field: str) -> list[str]:
    """English keeps to straight ASCII quotes (the catalog's house style)."""
    curly = sorted({c for c in value if c in _CURLY_QUOTES})
    if not curly:
        return []
    return [f"{field} uses curly quote(s) {' '.join(curly)}; use straight ASCII quotes"]


def duplicate_key(text: str) -> str:
    """A text as compared for duplicates: ignoring case, spacing and punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())

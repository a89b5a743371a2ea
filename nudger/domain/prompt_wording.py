"""How a prompt must be worded: the limits and the house rules every ``text`` and ``why`` keep.

The rules say what a good nudge reads like (one plain line, the partner named, no clinical
labels, a time of day only where the prompt is tagged for it). They are applied while the
catalog is read; each check appends its problems, so a file's every mistake is reported at once.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from nudger.domain.prompts import PARTNER, Days, When

#: Limits on the raw ``text`` and ``why`` (as documented in config/prompts.toml).
MAX_TEXT = 220
MAX_WHY = 160
#: Clinical or labelling words a nudge ``text`` must never use (matched as whole words).
LABEL_WORDS = re.compile(
    r"\b(anxious\w*|anxiety|avoidant\w*|attachments?|insecur\w*|issues|disorders?"
    r"|fearful\w*|diagnos\w*)\b",
    re.IGNORECASE,
)
#: Phrases that tie a text to the weekend: its ``days`` must be "weekend".
WEEKEND_PHRASES = re.compile(
    r"\b(this weekend|(on|this) (saturday|sunday))\b",
    re.IGNORECASE,
)
_CURLY_QUOTES = "\u2018\u2019\u201c\u201d"

#: Phrases that tie a text to a part of the day: its ``when`` must be one the text names.
TIME_OF_DAY_PHRASES: Mapping[When, re.Pattern[str]] = {
    When.MORNING: re.compile(
        r"\b(this morning|(at|over) breakfast|good[- ]morning)\b", re.IGNORECASE
    ),
    When.AFTERNOON: re.compile(
        r"\b(this afternoon|(at|over) lunch(time)?|the middle of the afternoon)\b", re.IGNORECASE
    ),
    When.EVENING: re.compile(
        r"\b(tonight|this evening|(at|over) dinner|before bed|at bedtime|good[- ]night"
        r"|the end of the (working )?day)\b",
        re.IGNORECASE,
    ),
}


def check_text(text: str, where: str, problems: list[str]) -> None:
    """A prompt's ``text``: one plain line within the limit, with {partner} and no labels."""
    if len(text) > MAX_TEXT:
        problems.append(f"{where}: text is {len(text)} characters (max {MAX_TEXT})")
    _check_plain(text, "text", where, problems)
    labels = sorted({m.group(0).lower() for m in LABEL_WORDS.finditer(text)})
    if labels:
        problems.append(
            f"{where}: text uses the labelling word(s) {', '.join(map(repr, labels))}; "
            "describe the action, never the partner's style"
        )
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        problems.append(f"{where}: text has a broken placeholder ({exc})")
        return
    unknown = sorted({f for f in fields if f != PARTNER})
    if unknown:
        problems.append(
            f"{where}: unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)}"
            f" (only {{{PARTNER}}} is allowed)"
        )
    if PARTNER not in fields:
        problems.append(f"{where}: text must name the partner with {{{PARTNER}}}")


def check_time_words(
    text: str, when: When | None, days: Days | None, where: str, problems: list[str]
) -> None:
    """A text that names a part of the day or the weekend must be tagged to match."""
    named = {
        w: m.group(0) for w, pattern in TIME_OF_DAY_PHRASES.items() if (m := pattern.search(text))
    }
    if when is not None and named and when not in named:
        phrases = " and ".join(repr(p.lower()) for p in named.values())
        expected = " or ".join(f'when = "{w.value}"' for w in named)
        problems.append(
            f'{where}: text says {phrases} but when = "{when.value}"; set {expected}, or reword it'
        )
    weekend = WEEKEND_PHRASES.search(text)
    if days is not None and weekend and days is not Days.WEEKEND:
        problems.append(
            f'{where}: text says {weekend.group(0).lower()!r} but days = "{days.value}"; '
            'set days = "weekend", or reword it'
        )


def check_why(why: str, where: str, problems: list[str]) -> None:
    """A prompt's ``why``: one plain line within the limit, without placeholders."""
    if len(why) > MAX_WHY:
        problems.append(f"{where}: why is {len(why)} characters (max {MAX_WHY})")
    _check_plain(why, "why", where, problems)
    if "{" in why or "}" in why:
        problems.append(f"{where}: why must not contain placeholders or braces")


def _check_plain(value: str, field: str, where: str, problems: list[str]) -> None:
    if "\n" in value:
        problems.append(f"{where}: {field} must be a single line")
    curly = sorted({c for c in value if c in _CURLY_QUOTES})
    if curly:
        problems.append(
            f"{where}: {field} uses curly quote(s) {' '.join(curly)}; use straight ASCII quotes"
        )

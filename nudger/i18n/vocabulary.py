"""The words nudger reads in each language (``locales/<language>/words.toml``): what users
type for a /pause length, and the phrases the catalog check looks for in prompts.

Read once at start with the catalogs. What reads them is pure and lives in the domain
(:class:`nudger.domain.durations.LengthWords`); this module only loads the files.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nudger.domain.durations import UNIT_SIZES, LengthWords
from nudger.domain.languages import Language

FILE = "words.toml"
PARTS_OF_DAY = ("morning", "afternoon", "evening")


@dataclass(frozen=True)
class Vocabulary:
    """One language's words (with English for lengths: "1w" works everywhere)."""

    lengths: LengthWords
    #: Part of the day ("morning" ...) or "weekend" -> phrases naming it (lowercase).
    time_of_day: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Word starts a prompt text never uses (clinical labels).
    labels: tuple[str, ...] = ()


class VocabularyError(ValueError):
    pass


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{where} must be a list of non-empty strings")
    return tuple(v.strip().lower() for v in value)


def read(path: Path) -> tuple[LengthWords, Mapping[str, tuple[str, ...]], tuple[str, ...]]:
    """One ``words.toml``; raises :class:`VocabularyError` naming what is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise VocabularyError(f"{path}: {error}") from error
    durations = data.get("durations", {})
    short = durations.get("short", {})
    numbers = durations.get("numbers", {})
    if not isinstance(numbers, dict) or not all(
        isinstance(n, int) and 1 <= n <= 99 for n in numbers.values()
    ):
        raise VocabularyError(f"{path}: [durations.numbers] must map words to numbers 1-99")
    lengths = LengthWords(
        units={u: _strings(durations.get(u, []), f"{path}: durations.{u}") for u in UNIT_SIZES},
        short={u: _strings(short.get(u, []), f"{path}: durations.short.{u}") for u in UNIT_SIZES},
        numbers={w.strip().lower(): n for w, n in numbers.items()},
        joins=_strings(durations.get("and", []), f"{path}: durations.and"),
        leads=_strings(durations.get("for", []), f"{path}: durations.for"),
    )
    for unit in ("hours", "days", "weeks", "months"):
        if not lengths.units[unit]:
            raise VocabularyError(f"{path}: durations.{unit} is empty")
    parts = data.get("time_of_day", {})
    time_of_day = {
        part: _strings(parts.get(part, []), f"{path}: time_of_day.{part}")
        for part in (*PARTS_OF_DAY, "weekend")
    }
    labels = _strings(parts.get("labels", []), f"{path}: time_of_day.labels")
    return lengths, time_of_day, labels


def load(root: Path, languages: tuple[Language, ...]) -> dict[Language, Vocabulary]:
    """Every language's vocabulary; a user's lengths are read in their language and English."""
    read_ = {language: read(root / language.value / FILE) for language in languages}
    english = read_[Language.EN][0] if Language.EN in read_ else None
    vocabularies = {}
    for language, (lengths, time_of_day, labels) in read_.items():
        both = lengths + english if english is not None and language is not Language.EN else lengths
        vocabularies[language] = Vocabulary(both, time_of_day, labels)
    return vocabularies

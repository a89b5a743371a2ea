"""The prompt catalog: every nudge the bot can send, validated before use.

The catalog lives in ``config/prompts.toml``. This module parses and checks
it; reading the file is the caller's job, so the domain stays free of I/O.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience

#: The only placeholder a prompt may use, and which every prompt text must use.
PARTNER = "partner"
MAX_TEXT = 400
MAX_WHY = 240
#: Telegram's limit for a message text; a rendered nudge must fit with room to spare.
TELEGRAM_TEXT_LIMIT = 4096
MAX_PARTNER_NAME = 40
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
_FIELDS = frozenset({"id", "audience", "category", "when", "text", "why"})


class When(StrEnum):
    """When in the day a prompt's action fits."""

    ANY = "any"
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


@dataclass(frozen=True)
class Prompt:
    id: str
    audience: Audience
    category: str
    when: When
    text: str
    why: str

    def render(self, partner: str) -> str:
        """The action with the partner's name filled in."""
        return self.text.format_map({PARTNER: partner})


class CatalogError(ValueError):
    """The prompt catalog is invalid."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid prompt catalog:\n" + "\n".join(f"  {p}" for p in problems))


class Catalog:
    """An immutable, validated set of prompts, indexed by id and audience."""

    def __init__(self, prompts: Iterable[Prompt]) -> None:
        self._by_id: dict[str, Prompt] = {p.id: p for p in prompts}
        self._by_audience: dict[Audience, tuple[Prompt, ...]] = {
            a: tuple(p for p in self._by_id.values() if p.audience is a) for a in Audience
        }

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Prompt]:
        return iter(self._by_id.values())

    def get(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def for_style(self, style: AttachmentStyle) -> tuple[Prompt, ...]:
        """Every prompt written for this style's audiences."""
        return tuple(p for a in style.audiences for p in self._by_audience[a])

    @classmethod
    def from_toml(cls, text: str, source: str = "prompts.toml") -> Catalog:
        """Parse and validate a catalog; every problem is reported with file and line."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError([f"{source}: {exc}"]) from exc
        entries = data.get("prompt")
        if not isinstance(entries, list) or not entries:
            raise CatalogError([f"{source}: no [[prompt]] entries"])
        lines = _id_lines(text)
        problems: list[str] = []
        prompts: list[Prompt] = []
        seen: dict[str, str] = {}
        for index, entry in enumerate(entries):
            where = _where(source, entry, index, lines)
            prompt = _parse(entry, where, problems)
            if prompt is None:
                continue
            if prompt.id in seen:
                problems.append(f"{where}: duplicate id {prompt.id!r} (first at {seen[prompt.id]})")
                continue
            seen[prompt.id] = where
            prompts.append(prompt)
        for audience in Audience:
            if not any(p.audience is audience for p in prompts):
                problems.append(f"{source}: no prompts for audience {audience.value!r}")
        if problems:
            raise CatalogError(problems)
        return cls(prompts)


def _id_lines(text: str) -> dict[str, int]:
    """Line numbers of each ``id = "..."`` so errors can point at the entry."""
    found: dict[str, int] = {}
    pattern = re.compile(r"""^\s*id\s*=\s*["']([^"']*)["']""")
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line)
        if match:
            found.setdefault(match.group(1), number)
    return found


def _where(source: str, entry: object, index: int, lines: Mapping[str, int]) -> str:
    if isinstance(entry, dict):
        pid = entry.get("id")
        if isinstance(pid, str) and pid in lines:
            return f"{source}:{lines[pid]}"
    return f"{source}: prompt #{index + 1}"


def _parse(entry: Any, where: str, problems: list[str]) -> Prompt | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: each [[prompt]] must be a table")
        return None
    before = len(problems)
    unknown = set(entry) - _FIELDS
    if unknown:
        problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    values: dict[str, str] = {}
    for field in sorted(_FIELDS):
        value = entry.get(field)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: field {field!r} must be a non-empty string")
        else:
            values[field] = value.strip()
    if len(problems) > before:
        return None
    if not _ID.match(values["id"]):
        problems.append(f"{where}: id {values['id']!r} must be lowercase letters, digits and '-'")
    try:
        audience = Audience(values["audience"])
    except ValueError:
        problems.append(
            f"{where}: unknown audience {values['audience']!r} "
            f"(expected one of {', '.join(a.value for a in Audience)})"
        )
        return None
    if values["category"] not in CATEGORIES[audience]:
        problems.append(
            f"{where}: unknown category {values['category']!r} for {audience.value} "
            f"(expected one of {', '.join(sorted(CATEGORIES[audience]))})"
        )
    try:
        when = When(values["when"])
    except ValueError:
        problems.append(f"{where}: unknown when {values['when']!r}")
        return None
    _check_text(values["text"], where, problems)
    if len(values["text"]) > MAX_TEXT:
        problems.append(f"{where}: text is {len(values['text'])} characters (max {MAX_TEXT})")
    if len(values["why"]) > MAX_WHY:
        problems.append(f"{where}: why is {len(values['why'])} characters (max {MAX_WHY})")
    if "{" in values["why"] or "}" in values["why"]:
        problems.append(f"{where}: why must not contain placeholders")
    if len(problems) > before:
        return None
    return Prompt(
        id=values["id"],
        audience=audience,
        category=values["category"],
        when=when,
        text=values["text"],
        why=values["why"],
    )


def _check_text(text: str, where: str, problems: list[str]) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as exc:
        problems.append(f"{where}: text has a broken placeholder ({exc})")
        return
    unknown = sorted({f for f in fields if f != PARTNER})
    if unknown:
        problems.append(
            f"{where}: unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)}"
        )
    if PARTNER not in fields:
        problems.append(f"{where}: text must name the partner with {{{PARTNER}}}")

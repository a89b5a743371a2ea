"""The prompt catalog: every nudge the bot can send, validated before use.

The catalog lives in ``config/prompts.toml``: each prompt's id, audience, category and
when it fits. Its words, in every language, are messages of the same id in
``nudger/locales/<language>/prompts.ftl`` (checked by :mod:`nudger.i18n.check` against the
rules in ``prompt_wording``). This module parses and checks the TOML; reading the file is
the caller's job, so the domain stays free of I/O. A prompt itself is in ``prompts``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from nudger.domain.prompts import Context, Days, Prompt, When
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience

#: Every attachment style must get at least this many daily prompts via ``for_style``.
MIN_DAILY_PER_STYLE = 5
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
_FIELDS = frozenset({"id", "audience", "category", "when"})
#: Fields the catalog had before its words moved to the language files.
_MOVED = frozenset({"text", "why"})
#: Optional fields and their defaults.
_OPTIONAL = {"days": "any", "context": "daily", "gentle": False}


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

    def for_style(
        self, style: AttachmentStyle, context: Context = Context.DAILY
    ) -> tuple[Prompt, ...]:
        """Every prompt written for this style's audiences and this context.

        A style that needs the gentlest tone gets only prompts marked ``gentle``.
        """
        return tuple(
            p
            for a in style.audiences
            for p in self._by_audience[a]
            if p.context is context and (p.gentle or not style.gentle_only)
        )

    @classmethod
    def from_toml(cls, text: str, source: str = "prompts.toml") -> Catalog:
        """Parse and validate a catalog; every problem is reported with file and line.

        Problems with one entry read ``file:line: problem`` (the line of the field at
        fault, else of the entry's id); problems with the catalog as a whole (coverage)
        read ``file: problem``. All problems are collected before raising.
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError([f"{source}: {exc}"]) from exc
        entries = data.get("prompt")
        if not isinstance(entries, list) or not entries:
            raise CatalogError([f"{source}: no [[prompt]] entries"])
        locations = _locate(text, source, entries)
        problems: list[str] = []
        prompts: list[Prompt] = []
        first_id: dict[str, str] = {}
        for entry, loc in zip(entries, locations, strict=True):
            found: list[str] = []
            prompt = _parse(entry, loc, found)
            duplicate_id = _check_duplicates(entry, loc, first_id, found)
            if prompt is not None and not duplicate_id:
                prompts.append(prompt)
            problems.extend(sorted(found, key=loc.line_of))
        problems.extend(_coverage(prompts, source, invalid=len(entries) - len(prompts)))
        if problems:
            raise CatalogError(problems)
        return cls(prompts)


@dataclass(frozen=True)
class _Location:
    """Where one [[prompt]] entry sits in the source, field by field."""

    source: str
    index: int
    #: Field name -> 1-based line; "" is the entry's ``[[prompt]]`` header.
    lines: Mapping[str, int]

    def line_of(self, problem: str) -> int:
        """The line a problem about this entry points at (0 if none), for sorting."""
        match = re.match(re.escape(self.source) + r":(\d+):", problem)
        return int(match.group(1)) if match else 0

    def at(self, field: str | None = None) -> str:
        line = (self.lines.get(field) if field else None) or self.lines.get("id")
        line = line or self.lines.get("")
        if line is None:
            return f"{self.source}: prompt #{self.index + 1}"
        return f"{self.source}:{line}"


_TABLE_HEADER = re.compile(r"^\s*\[")
_PROMPT_HEADER = re.compile(r"^\s*\[\[\s*prompt\s*\]\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


def _locate(text: str, source: str, entries: list[Any]) -> list[_Location]:
    """The line of each entry's header and fields, so errors can point at them.

    Entries are matched to ``[[prompt]]`` headers in order; if the file spells the
    array some other way the entries are numbered instead.
    """
    blocks: list[dict[str, int]] = []
    current: dict[str, int] | None = None
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        if _PROMPT_HEADER.match(line):
            current = {"": number}
            blocks.append(current)
        elif _TABLE_HEADER.match(line):
            current = None
        elif current is not None and (key := _KEY.match(line)):
            current.setdefault(key.group(1), number)
        for quotes in ('"""', "'''"):
            if line.count(quotes) % 2 == 1:
                in_multiline = quotes
                break
    if len(blocks) != len(entries):
        blocks = [{} for _ in entries]
    return [_Location(source, i, lines) for i, lines in enumerate(blocks)]


def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


_E = TypeVar("_E", bound=StrEnum)


def _choice(
    enum: type[_E], name: str, value: str, loc: _Location, problems: list[str]
) -> _E | None:
    try:
        return enum(value)
    except ValueError:
        expected = ", ".join(m.value for m in enum)
        problems.append(f"{loc.at(name)}: unknown {name} {value!r} (expected one of {expected})")
        return None


def _parse(entry: Any, loc: _Location, problems: list[str]) -> Prompt | None:
    """One entry as a Prompt, or None after appending its problems."""
    if not isinstance(entry, dict):
        problems.append(f"{loc.at()}: each [[prompt]] must be a table")
        return None
    before = len(problems)
    moved = sorted(set(entry) & _MOVED)
    if moved:
        live = "live" if len(moved) > 1 else "lives"
        problems.append(
            f"{loc.at(moved[0])}: {' and '.join(moved)} now {live} in "
            "nudger/locales/<language>/prompts.ftl, as the message with this prompt's id"
        )
    unknown = sorted(set(entry) - _FIELDS - _MOVED - set(_OPTIONAL))
    if unknown:
        known = ", ".join(sorted(_FIELDS | set(_OPTIONAL)))
        problems.append(
            f"{loc.at(unknown[0])}: unknown field(s) {', '.join(unknown)} (known: {known})"
        )
    values: dict[str, str] = {}
    for field in sorted(_FIELDS):
        if field not in entry:
            problems.append(f"{loc.at()}: field {field!r} must be a non-empty string (missing)")
            continue
        value = entry[field]
        if not isinstance(value, str):
            problems.append(
                f"{loc.at(field)}: field {field!r} must be a non-empty string, "
                f"not {_toml_type(value)}"
            )
        elif not value.strip():
            problems.append(f"{loc.at(field)}: field {field!r} must be a non-empty string")
        else:
            values[field] = value.strip()
    optional: dict[str, str] = {}
    for field in ("days", "context"):
        value = entry.get(field, _OPTIONAL[field])
        if isinstance(value, str):
            optional[field] = value.strip()
        else:
            problems.append(
                f"{loc.at(field)}: field {field!r} must be a string, not {_toml_type(value)}"
            )
    gentle = entry.get("gentle", _OPTIONAL["gentle"])
    if not isinstance(gentle, bool):
        problems.append(
            f"{loc.at('gentle')}: field 'gentle' must be true or false, not {_toml_type(gentle)}"
        )

    if "id" in values and not _ID.match(values["id"]):
        problems.append(
            f"{loc.at('id')}: id {values['id']!r} must be 2-64 lowercase letters, digits and '-'"
        )
    audience: Audience | None = None
    when: When | None = None
    days: Days | None = None
    context: Context | None = None
    if "audience" in values:
        audience = _choice(Audience, "audience", values["audience"], loc, problems)
    if audience is not None and "category" in values:
        category = values["category"]
        if category not in CATEGORIES[audience]:
            problems.append(
                f"{loc.at('category')}: unknown category {category!r} for {audience.value} "
                f"(expected one of {', '.join(sorted(CATEGORIES[audience]))})"
            )
    if "when" in values:
        when = _choice(When, "when", values["when"], loc, problems)
    if "days" in optional:
        days = _choice(Days, "days", optional["days"], loc, problems)
    if "context" in optional:
        context = _choice(Context, "context", optional["context"], loc, problems)
    if (
        len(problems) > before
        or audience is None
        or when is None
        or days is None
        or context is None
        or not isinstance(gentle, bool)
    ):
        return None
    return Prompt(
        id=values["id"],
        audience=audience,
        category=values["category"],
        when=when,
        days=days,
        context=context,
        gentle=gentle,
    )


def _check_duplicates(
    entry: Any, loc: _Location, first_id: dict[str, str], problems: list[str]
) -> bool:
    """Record this entry's id and report a repeat; True if the id repeats."""
    if not isinstance(entry, dict):
        return False
    pid = entry.get("id")
    if isinstance(pid, str):
        if pid in first_id:
            problems.append(f"{loc.at('id')}: duplicate id {pid!r} (first at {first_id[pid]})")
            return True
        first_id[pid] = loc.at("id")
    return False


def _coverage(prompts: list[Prompt], source: str, invalid: int) -> list[str]:
    """Catalog-wide problems: every audience and every style must be served.

    Only valid prompts count; if ``invalid`` entries were left out, each message says so.
    """
    note = f" (not counting {invalid} invalid prompt(s))" if invalid else ""
    problems: list[str] = []
    empty: set[Audience] = set()
    no_repair: set[Audience] = set()
    for audience in Audience:
        mine = [p for p in prompts if p.audience is audience]
        if not mine:
            empty.add(audience)
            problems.append(f"{source}: no prompts for audience {audience.value!r}{note}")
        if not any(p.context is Context.AFTER_CONFLICT for p in mine):
            no_repair.add(audience)
            problems.append(
                f'{source}: no context = "after_conflict" prompts for audience '
                f"{audience.value!r} (the /conflict follow-up needs at least one){note}"
            )
    catalog = Catalog(prompts)
    for style in AttachmentStyle:
        gentle = " marked gentle = true" if style.gentle_only else ""
        daily = len(catalog.for_style(style))
        if daily < MIN_DAILY_PER_STYLE and not set(style.audiences) <= empty:
            problems.append(
                f"{source}: style {style.value!r} gets {daily} daily prompt(s){gentle} from "
                f"audience(s) {', '.join(a.value for a in style.audiences)} "
                f"(needs at least {MIN_DAILY_PER_STYLE}){note}"
            )
        if not catalog.for_style(style, Context.AFTER_CONFLICT) and not (
            set(style.audiences) <= no_repair
        ):
            problems.append(
                f"{source}: style {style.value!r} gets no after_conflict prompts{gentle} from "
                f"audience(s) {', '.join(a.value for a in style.audiences)}{note}"
            )
    return problems

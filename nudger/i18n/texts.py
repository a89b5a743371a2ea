"""Every word the bot says, in every language, read once at start (Project Fluent).

Each language has a folder ``nudger/locales/<tag>/`` of ``.ftl`` files. They are parsed
and every message compiled when :meth:`Texts.load` runs; after that, a message is a lookup
and a walk over its compiled pattern, never a parse.

A user's :class:`Words` carries their language and how they refer to their partner, so a
call site writes ``t("pause-ended")`` and every message gets ``$partner`` and ``$gender``.
A missing message or argument raises :class:`MissingText`: it never falls back to English
(``nudger check-config`` and the locale tests prove every locale complete before that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal, cast

from babel import Locale, localedata
from babel import core as babel_core
from babel.core import get_global
from babel.dates import format_interval, format_skeleton, get_day_names
from babel.lists import format_list
from babel.numbers import format_percent
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from nudger.domain.languages import Language, PartnerGender
from nudger.i18n import vocabulary
from nudger.i18n.vocabulary import Vocabulary

#: Where the catalogs live: one folder per language, named by its tag.
LOCALES = Path(__file__).resolve().parent.parent / "locales"
#: The message that names the partner when the user has not named them (yet).
UNNAMED_PARTNER = "partner-unnamed"
#: Unicode isolates: a command or a user's text inside right-to-left text keeps its own
#: direction (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE).
FSI, PDI = "\u2068", "\u2069"
_COMMAND = re.compile(r"(?<![\w/])/[a-z][a-z_]*")
#: Digits of the numbering systems our locales use by default (CLDR), other than Latin.
_DIGITS = {"arabext": "۰۱۲۳۴۵۶۷۸۹", "arab": "٠١٢٣٤٥٦٧٨٩"}
#: Private-use characters that stand in for a user's own text while our text is shaped.
_HOLDER = 0xE000
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

Arg = str | int | float | Decimal | date | datetime
DayWidth = Literal["abbreviated", "narrow", "short", "wide"]
ListStyle = Literal["standard", "unit"]


class MissingText(LookupError):
    """A message, an attribute or an argument a message needs is missing (a bug)."""


class LocaleError(ValueError):
    """A catalog file does not parse."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid locale files:\n" + "\n".join(f"  {p}" for p in problems))


#: CLDR data nudger never reads: the names of languages, territories, scripts, currencies,
#: units and time zones, and formats of money, units and relative times. Babel keeps each
#: locale's data in a per-process cache, most of it these; dropping them from the cache leaves
#: a locale about a fifth of its size (see the ``languages`` case of ``make bench``).
UNUSED_CLDR = frozenset(
    {
        "character_order",
        "compact_currency_formats",
        "compact_decimal_formats",
        "compound_unit_patterns",
        "currency_formats",
        "currency_names",
        "currency_names_plural",
        "currency_symbols",
        "currency_unit_patterns",
        "date_fields",
        "datetime_formats_relative",
        "languages",
        "measurement_systems",
        "meta_zones",
        "scientific_formats",
        "scripts",
        "territories",
        "time_zones",
        "unit_display_names",
        "unit_patterns",
        "variants",
        "zone_formats",
    }
)


#: Babel's global CLDR tables nudger never reads (likely subtags of every language, the
#: languages, currencies and time zones of every territory): about 2 MiB of each process.
#: Locales are parsed by their exact names, so the likely subtags are not needed.
UNUSED_GLOBAL_CLDR = (
    "likely_subtags",
    "territory_languages",
    "territory_currencies",
    "territory_zones",
    "zone_territories",
    "meta_zones",
    "windows_zone_mapping",
    "all_currencies",
    "currency_fractions",
)


def _trim_babel_globals() -> None:
    """Load Babel's global tables and drop what nudger never reads, before anything else
    is loaded (so the memory freed is reused rather than left between newer objects)."""
    get_global("parent_exceptions")  # loads the tables
    tables = cast(dict[str, object], babel_core._global_data)  # private; Babel pinned below 3
    for key in UNUSED_GLOBAL_CLDR:
        tables.pop(key, None)


def babel_locale(language: Language) -> Locale:
    """The CLDR locale whose formats a language uses (English: the 24-hour British ones),
    its data loaded now, without what nudger never reads (:data:`UNUSED_CLDR`)."""
    name = "en_GB" if language is Language.EN else language.value.replace("-", "_")
    localedata.load(name)  # the locale and its parents (en_GB: en_001, en, root), cached
    # Babel's cache of those dicts is the one the Locale reads (pinned below Babel 3).
    for data in localedata._cache.values():
        for key in UNUSED_CLDR & set(data):
            del data[key]
    return Locale.parse(name)


@dataclass(frozen=True)
class Catalog:
    """One language's compiled messages and its formats."""

    language: Language
    bundle: FluentBundle
    locale: Locale
    digits: str | None
    ids: frozenset[str]
    #: The attributes of each message that has any (``.why``, ``.start`` ...).
    attributes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The variables each message chooses a variant by, for those that do (through the
    #: messages they reference too): their values must reach Fluent as they are.
    selectors: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def format(self, msg_id: str, attribute: str | None, args: Mapping[str, Arg]) -> str:
        if msg_id not in self.ids:
            raise MissingText(f"{self.language}: no message {msg_id!r}")
        message = self.bundle.get_message(msg_id)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            raise MissingText(f"{self.language}: {msg_id!r} has no {attribute or 'value'}")
        held, users = self._hold(args, self.selectors.get(msg_id, frozenset()))
        text, errors = self.bundle.format_pattern(pattern, held)
        if errors:
            raise MissingText(f"{self.language}: {msg_id}: {errors}")
        return self._release(str(text), users)

    def localise_digits(self, text: str) -> str:
        """Latin digits in the language's own, with its own decimal point and grouping
        between them (Persian: ۱۲٬۳۴۵ and ۴٫۲)."""
        if not self.digits:
            return text
        text = text.translate(str.maketrans("0123456789", self.digits))
        symbols = self.locale.number_symbols.get(self.locale.default_numbering_system, {})
        marks = {".": symbols.get("decimal", "."), ",": symbols.get("group", ",")}
        between = f"(?<=[{self.digits}])[.,](?=[{self.digits}])"
        return re.sub(between, lambda m: marks[m.group(0)], text)

    def _hold(
        self, args: Mapping[str, Arg], selectors: frozenset[str]
    ) -> tuple[dict[str, Arg], list[str]]:
        """Strings in a right-to-left language: set aside while digits and commands are
        shaped, so a user's own text (a name, a city) comes back exactly as they wrote it.
        A value the message chooses a variant by ("morning", "she") goes to Fluent as it is.
        """
        if not self.language.rtl:
            return dict(args), []
        held: dict[str, Arg] = {}
        users: list[str] = []
        for key, value in args.items():
            if isinstance(value, str) and key not in selectors:
                held[key] = chr(_HOLDER + len(users))
                users.append(_PRIVATE_USE.sub("", value))  # no stand-in can hide in it
            else:
                held[key] = value
        return held, users

    def _release(self, text: str, users: list[str]) -> str:
        if not self.language.rtl:
            return text
        text = _COMMAND.sub(lambda m: FSI + m.group(0) + PDI, self.localise_digits(text))
        # One pass, so a value is never looked through for another's stand-in.
        return _PRIVATE_USE.sub(lambda m: _held(m.group(0), users), text)


def _held(stand_in: str, users: list[str]) -> str:
    """The user's text a stand-in holds; any other private-use character stays as it is."""
    index = ord(stand_in) - _HOLDER
    return users[index] if 0 <= index < len(users) else stand_in


@dataclass(frozen=True)
class Source:
    """One parsed ``.ftl`` file (the locale check reads its syntax tree)."""

    path: Path
    text: str
    resource: ast.Resource

    def line(self, node: ast.SyntaxNode) -> int:
        """The 1-based line ``node`` starts on."""
        return self.text.count("\n", 0, node.span.start if node.span else 0) + 1


def read_catalog(
    folder: Path, language: Language, *, keep_sources: bool = False
) -> tuple[Catalog, list[Source], list[str]]:
    """One language's ``.ftl`` files, parsed and compiled, with their problems (a file that
    does not parse, an id defined twice). A broken entry is left out; the rest still work.

    Every message is compiled now, not on first use. Unless ``keep_sources`` (the locale
    check reads the syntax trees), the files are parsed without source positions and the
    trees let go once compiled: FluentBundle compiles a message into its own resolver
    objects and keeps them, lookups and message references go to those, and the trees are
    about half of a catalog's memory (terms are compiled on first use, so they stay).
    """
    locale = babel_locale(language)
    bundle = FluentBundle([str(locale)], use_isolating=language.rtl)
    sources: list[Source] = []
    problems: list[str] = []
    ids: set[str] = set()
    for path in sorted(folder.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        resource = FluentParser(with_spans=keep_sources).parse(text)
        if not keep_sources and any(isinstance(e, ast.Junk) for e in resource.body):
            resource = FluentParser().parse(text)  # again, with positions, to say where
        source = Source(path, text, resource)
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                why = "; ".join(a.message or a.code for a in entry.annotations)
                problems.append(f"{path}:{source.line(entry)}: does not parse ({why})")
            elif isinstance(entry, ast.Message):
                if entry.id.name in ids:
                    problems.append(
                        f"{path}:{source.line(entry)}: {entry.id.name} is defined twice"
                    )
                ids.add(entry.id.name)
        bundle.add_resource(resource)
        if keep_sources:
            sources.append(source)
    # Compiles every message now. Only messages that have attributes, or choose by a
    # variable, are listed: thousands of empty sets would cost a megabyte and a half.
    compiled = {msg_id: bundle.get_message(msg_id) for msg_id in ids}
    attributes = {
        msg_id: frozenset(message.attributes)
        for msg_id, message in compiled.items()
        if message.attributes
    }
    selectors = _selectors(bundle)
    if not keep_sources:
        bundle._messages.clear()
    digits = _DIGITS.get(locale.default_numbering_system)
    catalog = Catalog(language, bundle, locale, digits, frozenset(ids), attributes, selectors)
    return catalog, sources, problems


def _selectors(bundle: FluentBundle) -> dict[str, frozenset[str]]:
    """For each message, the variables it (or a message it references) selects by."""
    own: dict[str, set[str]] = {}
    refers: dict[str, set[str]] = {}
    for msg_id, entry in bundle._messages.items():
        own[msg_id], refers[msg_id] = set(), set()
        stack: list[object] = [entry]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.SelectExpression) and isinstance(
                node.selector, ast.VariableReference
            ):
                own[msg_id].add(node.selector.id.name)
            if isinstance(node, ast.MessageReference):
                refers[msg_id].add(node.id.name)
            if isinstance(node, ast.BaseNode):
                for value in vars(node).values():
                    stack.extend(value if isinstance(value, list) else [value])
    found: dict[str, frozenset[str]] = {}
    for msg_id in own:
        seen, names, todo = {msg_id}, set(own[msg_id]), list(refers[msg_id])
        while todo:
            other = todo.pop()
            if other in seen or other not in own:
                continue
            seen.add(other)
            names |= own[other]
            todo.extend(refers[other])
        if names:
            found[msg_id] = frozenset(names)
    return found


class Texts:
    """Every language's catalog and vocabulary, loaded once."""

    def __init__(
        self, catalogs: Mapping[Language, Catalog], vocabularies: Mapping[Language, Vocabulary]
    ) -> None:
        self._catalogs = dict(catalogs)
        self._vocabularies = dict(vocabularies)

    @classmethod
    def load(cls, root: Path = LOCALES, languages: Iterable[Language] = Language) -> Texts:
        """Parse and compile every catalog; raises :class:`LocaleError` for a broken file."""
        problems: list[str] = []
        catalogs: dict[Language, Catalog] = {}
        _trim_babel_globals()
        for language in languages:
            if not (root / language.value).is_dir():
                continue  # not shipped: the start-up gate and the locale check report it
            catalog, _, found = read_catalog(root / language.value, language)
            problems.extend(found)
            catalogs[language] = catalog
        try:
            vocabularies = vocabulary.load(root, tuple(catalogs))
        except vocabulary.VocabularyError as error:
            problems.append(str(error))
        if problems:
            raise LocaleError(problems)
        return cls(catalogs, vocabularies)

    @property
    def languages(self) -> tuple[Language, ...]:
        return tuple(self._catalogs)

    def catalog(self, language: Language) -> Catalog:
        return self._catalogs[language]

    def vocabulary(self, language: Language) -> Vocabulary:
        """The words read in ``language`` (pause lengths also in English)."""
        return self._vocabularies[language]

    def words(
        self,
        language: Language,
        partner_name: str | None = None,
        gender: PartnerGender | None = None,
    ) -> Words:
        """What to say to a user in ``language`` about a partner called ``partner_name``."""
        return Words(self._catalogs[language], partner_name, gender or PartnerGender.NAME)


@cache
def shared_texts() -> Texts:
    """The package's catalogs, loaded once per process (they never change while it runs)."""
    return Texts.load()


class Words:
    """A user's words: their language, and how their partner is named and referred to."""

    def __init__(self, catalog: Catalog, partner_name: str | None, gender: PartnerGender) -> None:
        self._catalog = catalog
        self.language = catalog.language
        self.gender = gender if partner_name else PartnerGender.NAME
        self.partner = partner_name or catalog.format(UNNAMED_PARTNER, None, {})

    def __call__(self, msg_id: str, /, **args: Arg) -> str:
        """The message ``msg_id`` with ``args`` (and ``$partner``, ``$gender``)."""
        return self._catalog.format(msg_id, None, self._with_partner(args))

    def attribute(self, msg_id: str, attribute: str, /, **args: Arg) -> str:
        """The attribute ``.attribute`` of the message ``msg_id``."""
        return self._catalog.format(msg_id, attribute, self._with_partner(args))

    def prompt(self, prompt_id: str) -> str:
        """A catalog prompt's action, with the partner's name."""
        return self(prompt_id)

    def why(self, prompt_id: str) -> str:
        """Why a catalog prompt helps."""
        return self.attribute(prompt_id, "why")

    def has(self, msg_id: str) -> bool:
        return msg_id in self._catalog.ids

    # --- formats (CLDR, through Babel) -----------------------------------------------

    def moment(self, at: datetime) -> str:
        """A day and time, 'Sat 5 Dec, 08:00', in whatever zone ``at`` is in.

        The one way the bot writes a moment (a next nudge, the end of a pause).
        """
        locale = self._catalog.locale
        pattern = str(locale.datetime_formats["medium"])
        day = format_skeleton("MMMEd", at, locale=locale)
        return self._digits(pattern.replace("{1}", day).replace("{0}", self.clock(at.time())))

    def clock(self, at: time) -> str:
        """A time of day, '08:00'."""
        return self._digits(format_skeleton("Hm", at, locale=self._catalog.locale))

    def hour(self, hour: int) -> str:
        """'19:00'."""
        return self.clock(time(hour))

    def day_month(self, day: date) -> str:
        """'5 Dec'."""
        return self._digits(format_skeleton("MMMd", day, locale=self._catalog.locale))

    def weekday(self, day: int, width: DayWidth = "wide") -> str:
        """A weekday's name by ``date.weekday()`` (Monday 0), as it stands alone."""
        names = get_day_names(width, context="stand-alone", locale=self._catalog.locale)
        return str(names[day])

    def span(self, start: date, end: date) -> str:
        """The days from ``start`` to ``end``: 'Mon 16 Nov – Sun 22 Nov'."""
        return self._digits(format_interval(start, end, "MMMEd", locale=self._catalog.locale))

    def join(self, items: Iterable[str], style: ListStyle = "standard") -> str:
        """'a, b and c' (``style="unit"``: 'a, b, c', for a list of amounts)."""
        locale = self._catalog.locale
        # Babel's CLDR data has the unit style only in part for some locales (es, de, fa);
        # those get the standard style rather than a crash.
        if not {"start", "middle", "end", "2"} <= set(locale.list_patterns.get(style, {})):
            style = "standard"
        return format_list(list(items), style=style, locale=locale)

    def number(self, value: int) -> str:
        return self._digits(str(value))

    def percent(self, share: float) -> str:
        """A share of 0-1 as a whole percentage: '75%' ('۷۵٪' in Persian)."""
        locale = self._catalog.locale
        text = format_percent(share, locale=locale)
        if self._catalog.digits:  # the sign of the language's own digits, too
            symbols = locale.number_symbols.get(locale.default_numbering_system, {})
            text = text.replace("%", symbols.get("percentSign", "%"))
        return self._digits(text)

    def _digits(self, text: str) -> str:
        return self._catalog.localise_digits(text)

    def _with_partner(self, args: Mapping[str, Arg]) -> dict[str, Arg]:
        return {"partner": self.partner, "gender": self.gender.value, **args}

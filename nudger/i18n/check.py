"""Every locale checked against English, the source: what ``nudger check-config`` and the
locale test (CI) run, so a missing or broken translation fails before it ships.

:func:`check_locales` returns every problem at once, each as ``path: message-id: problem``
(``path: problem`` for a whole file or folder). Each language is checked against English:

- its folder and ``words.toml`` exist; every English message and attribute is there, in the
  file of the same name, and nothing else is;
- every message and attribute uses the same variables as English's (through the messages it
  references too), except ``$gender``: only a gendered language adds it, as a selector (a
  message about the gender choice itself, its id naming "gender", may use it anywhere);
- a ``$gender`` selector has exactly ``[she]``, ``[he]`` and the default ``*[name]``, and what
  a message says by name only has no slash or parenthesis forms ("рад(а)", "cansado/a");
- a selector on plural categories has every category of the language (CLDR), numbers such as
  ``[0]`` besides;
- every message renders without an error for each gender and for many counts, within
  Telegram's limits: 4,096 characters for a message; ``bot-description`` 512,
  ``bot-short-description`` 120, ``menu-*`` 256, ``*-caption`` 1,024, ``*-notice`` 200;
- the prompts (:mod:`nudger.domain.prompt_wording`): every catalog prompt has its text naming
  the partner and its ``.why``, each one line within the catalog's limits, with no clinical
  label, a part of the day or the weekend only where the catalog's ``when`` or ``days`` says
  so, and in English no curly quotes and no two texts alike.

The start-up gate is :func:`nudger.i18n.gate.gaps`: only whether every language and every
message is there (a module of its own: this one costs a process about 1.7 MiB).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from fluent.syntax import ast

from nudger.domain import prompt_wording as wording
from nudger.domain.catalog import Catalog as PromptCatalog
from nudger.domain.languages import Language, PartnerGender
from nudger.i18n import vocabulary
from nudger.i18n.texts import Arg, Catalog, MissingText, babel_locale, read_catalog

#: The value every string variable is rendered with (a 10-letter name).
SAMPLE = "Konstantin"
#: The counts every plural selector is rendered with (each category of each language).
COUNTS = (0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101)
#: Telegram's limit on a message's text.
MESSAGE_LIMIT = 4096
#: Telegram's limits on the bot's profile (setMyDescription, setMyShortDescription).
LIMITS: Mapping[str, int] = {"bot-description": 512, "bot-short-description": 120}
#: Telegram's limit on a command's description (setMyCommands), by id prefix.
PREFIX_LIMITS: Mapping[str, int] = {"menu-": 256}
#: By id suffix: a photo's or a file's caption; a notice (the answer to a tap).
SUFFIX_LIMITS: Mapping[str, int] = {"-caption": 1024, "-notice": 200}
#: The file every prompt's words are in, and the attribute with its reason.
PROMPTS_FILE = "prompts.ftl"
WHY = "why"
GENDER = "gender"
_GENDER_KEYS = frozenset(g.value for g in PartnerGender)
_PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
#: Gendered forms made with a slash, brackets, "@", "*", ":" or "_" ("рад(а)", "cansado/a",
#: "querid@", "ihr/ihm", "Partner*in"): a name-only phrasing avoids them instead.
_SPLIT_FORMS = re.compile(
    r"[^\W\d_]\(-?[^\W\d_]{1,4}\)"  # рад(а), Freund(in)
    r"|[^\W\d_]/-?[^\W\d_]{1,3}(?!\w)"  # cansado/a, ihr/ihm, он/она (not Europe/Berlin)
    r"|[^\W\d_]@[^\W\d_]{0,2}(?![\w.])"  # querid@, amig@s
    r"|[^\W\d_][*:_]in(?:nen)?\b"  # Partner*in, Partner:innen
)

Part = str | None  # None: a message's value; else the name of an attribute


@dataclass(frozen=True)
class _Entry:
    """One message as a language's file has it."""

    path: Path
    message: ast.Message

    def pattern(self, part: Part) -> ast.Pattern | None:
        if part is None:
            return self.message.value
        return next((a.value for a in self.message.attributes if a.id.name == part), None)

    def parts(self) -> list[Part]:
        return [
            *([None] if self.message.value is not None else []),
            *(a.id.name for a in self.message.attributes),
        ]


@dataclass
class _Locale:
    """One language, read for checking."""

    language: Language
    folder: Path
    catalog: Catalog
    entries: dict[str, _Entry]
    time_of_day: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    _facts: dict[tuple[str, Part], _Facts] = field(default_factory=dict)

    def facts(self, msg_id: str, part: Part) -> _Facts:
        """The variables a message's value or attribute uses, and which of them are counts,
        through the messages it references too (the caller passes all of them)."""
        key = (msg_id, part)
        if key not in self._facts:
            self._facts[key] = _Facts(frozenset(), frozenset())  # a cycle stops here
            entry = self.entries.get(msg_id)
            pattern = entry.pattern(part) if entry else None
            self._facts[key] = self._collect(pattern) if pattern else _Facts()
        return self._facts[key]

    def _collect(self, pattern: ast.Pattern) -> _Facts:
        variables: set[str] = set()
        counts: set[str] = set()
        choices: dict[str, frozenset[str]] = {}
        for node in _walk(pattern):
            if isinstance(node, ast.VariableReference):
                variables.add(node.id.name)
            elif isinstance(node, ast.SelectExpression):
                name = _selector_variable(node)
                if name and name != GENDER and _numeric(node):
                    counts.add(name)
                elif name and name != GENDER:
                    choices[name] = choices.get(name, frozenset()) | frozenset(_keys(node))
            elif isinstance(node, ast.FunctionReference) and node.id.name == "NUMBER":
                counts.update(
                    arg.id.name
                    for arg in node.arguments.positional
                    if isinstance(arg, ast.VariableReference)
                )
            elif isinstance(node, ast.MessageReference):
                attribute = node.attribute.name if node.attribute else None
                referenced = self.facts(node.id.name, attribute)
                variables |= referenced.variables
                counts |= referenced.counts
                for name, keys in referenced.choices.items():
                    choices[name] = choices.get(name, frozenset()) | keys
        return _Facts(frozenset(variables), frozenset(counts), choices)


@dataclass(frozen=True)
class _Facts:
    variables: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    #: Variables chosen by as text ("$level" -> {"higher", "lower"}), not gender or counts.
    choices: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def merged(self, other: _Facts) -> _Facts:
        choices = {k: v | other.choices.get(k, frozenset()) for k, v in self.choices.items()}
        choices.update({k: v for k, v in other.choices.items() if k not in choices})
        return _Facts(self.variables | other.variables, self.counts | other.counts, choices)


def check_locales(texts_root: Path, catalog: PromptCatalog) -> list[str]:
    """Every problem of every language under ``texts_root`` (empty: all complete and sound)."""
    problems: list[str] = []
    english = _read(texts_root, Language.EN, problems)
    if english is None:
        return problems
    _check_english_prompts(english, catalog, problems)
    for language in Language:
        here = english if language is Language.EN else _read(texts_root, language, problems)
        if here is None:
            continue
        if here is not english:
            _compare(english, here, problems)
        _check_messages(english, here, problems)
        _check_prompts(here, catalog, problems)
    return list(dict.fromkeys(problems))


# --- reading ---------------------------------------------------------------------------


def _read(root: Path, language: Language, problems: list[str]) -> _Locale | None:
    folder = root / language.value
    if not folder.is_dir():
        problems.append(f"{folder}: missing (every language needs its folder)")
        return None
    catalog, sources, found = read_catalog(folder, language, keep_sources=True)
    problems.extend(found)
    entries: dict[str, _Entry] = {}
    for source in sources:
        for entry in source.resource.body:
            if isinstance(entry, ast.Message):
                entries.setdefault(entry.id.name, _Entry(source.path, entry))
    here = _Locale(language, folder, catalog, entries)
    words = folder / vocabulary.FILE
    if not words.is_file():
        problems.append(f"{words}: missing (the language's words: part of the day, /pause)")
    else:
        try:
            _, here.time_of_day, here.labels = vocabulary.read(words)
        except vocabulary.VocabularyError as error:
            problems.append(str(error))
    return here


def _walk(node: ast.BaseNode) -> Iterator[ast.BaseNode]:
    """``node`` and every node under it."""
    yield node
    for value in vars(node).values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.BaseNode) and not isinstance(child, ast.Span):
                yield from _walk(child)


def _selector_variable(select: ast.SelectExpression) -> str | None:
    """The variable a selector selects on (also through a function: ``NUMBER($count)``)."""
    selector: ast.BaseNode = select.selector
    if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
        selector = selector.arguments.positional[0]
    return selector.id.name if isinstance(selector, ast.VariableReference) else None


def _keys(select: ast.SelectExpression) -> list[str]:
    return [
        v.key.name if isinstance(v.key, ast.Identifier) else v.key.value for v in select.variants
    ]


def _numeric(select: ast.SelectExpression) -> bool:
    """Whether a selector's keys are plural categories and numbers (it selects on a count)."""
    names = [v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)]
    return all(name in _PLURAL_CATEGORIES for name in names)


def _about_gender(msg_id: str) -> bool:
    """A message about the gender choice itself (its id says "gender"): it may show the
    choice in any language, English too (``settings-menu-gender``)."""
    return GENDER in msg_id.split("-")


def _label(msg_id: str, part: Part) -> str:
    return msg_id if part is None else f"{msg_id}.{part}"


# --- against English ---------------------------------------------------------------------


def _compare(english: _Locale, here: _Locale, problems: list[str]) -> None:
    """Every English message and attribute present, in the file of the same name, and no
    other; the same variables (``$gender`` aside)."""
    missing_by_file: dict[str, list[str]] = {}
    for msg_id, source in english.entries.items():
        entry = here.entries.get(msg_id)
        if entry is None:
            missing_by_file.setdefault(source.path.name, []).append(msg_id)
            continue
        at = f"{entry.path}: {msg_id}"
        if entry.path.name != source.path.name:
            problems.append(f"{at}: is in {entry.path.name}; English has it in {source.path.name}")
        for part in source.parts():
            if entry.pattern(part) is None:
                what = "value" if part is None else f"attribute .{part}"
                problems.append(f"{at}: has no {what} (English has)")
                continue
            theirs = here.facts(msg_id, part).variables
            ours = english.facts(msg_id, part).variables
            if not _about_gender(msg_id):  # a gendered language's own grammar
                theirs, ours = theirs - {GENDER}, ours - {GENDER}
            if theirs != ours:
                problems.append(f"{entry.path}: {_label(msg_id, part)}: {_variables(theirs, ours)}")
        for part in entry.parts():
            if source.pattern(part) is None:
                what = "a value" if part is None else f"an attribute .{part}"
                problems.append(f"{at}: has {what}, which English does not have")
    present = {e.path.name for e in here.entries.values()}
    for name, ids in missing_by_file.items():
        path = here.folder / name
        if name not in present and len(ids) > 1:
            problems.append(f"{path}: missing ({len(ids)} messages, as in English's {name})")
        else:
            problems.extend(f"{path}: {msg_id}: missing (English has it)" for msg_id in ids)
    for msg_id, entry in here.entries.items():
        if msg_id not in english.entries:
            problems.append(f"{entry.path}: {msg_id}: not in English (remove it, or add it there)")


def _variables(theirs: frozenset[str], ours: frozenset[str]) -> str:
    def names(found: set[str]) -> str:
        return ", ".join(f"${v}" for v in sorted(found))

    said = []
    if ours - theirs:
        said.append(f"lacks {names(set(ours - theirs))}")
    if theirs - ours:
        said.append(f"uses {names(set(theirs - ours))}")
    return f"variables differ from English's: {' and '.join(said)}"


# --- every message ------------------------------------------------------------------------


def _check_messages(english: _Locale, here: _Locale, problems: list[str]) -> None:
    tags = _plural_tags(babel_locale(here.language))
    for msg_id, entry in here.entries.items():
        for part in entry.parts():
            where = f"{entry.path}: {_label(msg_id, part)}"
            pattern = entry.pattern(part)
            assert pattern is not None
            _check_selectors(here.language, pattern, tags, where, problems)
            facts = here.facts(msg_id, part)
            if GENDER in facts.variables and not (here.language.gendered or _about_gender(msg_id)):
                source = "English, the source," if here.language is Language.EN else here.language
                problems.append(f"{where}: uses $gender, which {source} does not need")
            if msg_id in english.entries:  # render with what the code passes, too
                other = english.facts(msg_id, part)
                _check_choices(other, facts, where, problems)
                facts = facts.merged(other)
            _check_renders(here, msg_id, part, facts, where, problems)


def _check_choices(english: _Facts, here: _Facts, where: str, problems: list[str]) -> None:
    """A variant chosen by a text value ("morning", "higher") says something different for
    each value: a translation chooses by the same values, or it would say one for all."""
    for name, keys in sorted(english.choices.items()):
        theirs = here.choices.get(name)
        if theirs != keys:
            problems.append(
                f"{where}: English chooses by ${name} among {_shown(sorted(keys), None)}; "
                f"this chooses among {_shown(sorted(theirs), None) if theirs else 'none'}"
            )


def _plural_tags(locale: Locale) -> frozenset[str]:
    return frozenset(locale.plural_form.tags) | {"other"}


def _check_selectors(
    language: Language,
    pattern: ast.Pattern,
    tags: frozenset[str],
    where: str,
    problems: list[str],
) -> None:
    gender_selectors = 0
    gender_uses = 0
    for node in _walk(pattern):
        if isinstance(node, ast.VariableReference) and node.id.name == GENDER:
            gender_uses += 1
        if not isinstance(node, ast.SelectExpression):
            continue
        keys = _keys(node)
        default = next((k for k, v in zip(keys, node.variants, strict=True) if v.default), None)
        name = _selector_variable(node)
        if name == GENDER:
            gender_selectors += 1
            if set(keys) != _GENDER_KEYS or len(keys) != 3 or default != PartnerGender.NAME:
                problems.append(
                    f"{where}: a $gender selector needs exactly [she], [he] and *[name], "
                    f"not {_shown(keys, default)}"
                )
        elif _numeric(node) and any(k in _PLURAL_CATEGORIES for k in keys):
            missing = sorted(tags - set(keys))
            if missing:
                problems.append(
                    f"{where}: the plural selector on ${name} lacks "
                    f"{', '.join(f'[{k}]' for k in missing)} ({language} needs "
                    f"{', '.join(f'[{k}]' for k in sorted(tags))})"
                )
            if default is None:
                problems.append(f"{where}: the plural selector on ${name} has no default")
    if gender_uses > gender_selectors:
        problems.append(f"{where}: $gender is only for selecting a variant, never to be shown")


def _shown(keys: list[str], default: str | None) -> str:
    return " ".join(f"*[{k}]" if k == default else f"[{k}]" for k in keys)


def _limit(msg_id: str, part: Part) -> tuple[int, str]:
    """Telegram's limit on what a message's value or attribute becomes."""
    if part is None:
        if msg_id in LIMITS:
            return LIMITS[msg_id], "Telegram's limit for it"
        for prefix, limit in PREFIX_LIMITS.items():
            if msg_id.startswith(prefix):
                return limit, "Telegram's limit for a command's description"
        for suffix, limit in SUFFIX_LIMITS.items():
            if msg_id.endswith(suffix):
                return limit, f"Telegram's limit for a {suffix[1:]}"
    return MESSAGE_LIMIT, "Telegram's limit for a message"


def _renders(
    here: _Locale, msg_id: str, part: Part, facts: _Facts
) -> Iterator[tuple[str, str, str | None]]:
    """``(gender, text, error)`` for each gender and count the message can meet."""
    genders = list(PartnerGender) if GENDER in facts.variables else [PartnerGender.NAME]
    counts: tuple[int | None, ...] = COUNTS if facts.counts else (None,)
    names = sorted(facts.choices)
    for gender in genders:
        for count in counts:
            for values in itertools.product(*(sorted(facts.choices[n]) for n in names)):
                args: dict[str, Arg] = {v: SAMPLE for v in facts.variables}
                args.update({v: count for v in facts.counts if count is not None})
                args.update(zip(names, values, strict=True))
                args.update(partner=SAMPLE, gender=gender.value)
                try:
                    yield gender, here.catalog.format(msg_id, part, args), None
                except MissingText as error:
                    yield gender, "", str(error).split(": ", 2)[-1]


def _check_renders(
    here: _Locale, msg_id: str, part: Part, facts: _Facts, where: str, problems: list[str]
) -> None:
    limit, which = _limit(msg_id, part)
    longest = 0
    for gender, text, error in _renders(here, msg_id, part, facts):
        if error is not None:
            problems.append(f"{where}: does not render for gender {gender}: {error}")
            continue
        longest = max(longest, len(text))
        if gender is PartnerGender.NAME and here.language.gendered:
            forms = sorted({m.group(0) for m in _SPLIT_FORMS.finditer(text)})
            if forms:
                problems.append(
                    f"{where}: by name only it says {', '.join(map(repr, forms))}; "
                    "use a phrasing with no gendered form instead"
                )
    if longest > limit:
        problems.append(f"{where}: renders to {longest} characters ({which} is {limit})")


# --- the prompts --------------------------------------------------------------------------


def _check_english_prompts(english: _Locale, catalog: PromptCatalog, problems: list[str]) -> None:
    """English only: the variables, no curly quotes, no two texts alike, no stray messages."""
    ids = {p.id for p in catalog}
    seen: dict[str, str] = {}
    for prompt in catalog:
        entry = english.entries.get(prompt.id)
        if entry is None:
            continue
        where = f"{entry.path}: {prompt.id}"
        text_vars = english.facts(prompt.id, None).variables
        if text_vars - {"partner"}:
            unknown = ", ".join(f"${v}" for v in sorted(text_vars - {"partner"}))
            problems.append(f"{where}: text uses {unknown} (only $partner is allowed)")
        if english.facts(prompt.id, WHY).variables:
            problems.append(f"{where}: why must not contain placeables")
        text, why = _render_prompt(english, prompt.id, PartnerGender.NAME)
        problems.extend(f"{where}: {p}" for p in wording.curly_quote_problems(text, "text"))
        problems.extend(f"{where}: {p}" for p in wording.curly_quote_problems(why, "why"))
        key = wording.duplicate_key(text)
        if key in seen:
            problems.append(
                f"{where}: text duplicates the text of {seen[key]!r} "
                "(ignoring case, spacing and punctuation)"
            )
        seen.setdefault(key, prompt.id)
    for msg_id, entry in english.entries.items():
        if entry.path.name == PROMPTS_FILE and msg_id not in ids:
            problems.append(f"{entry.path}: {msg_id}: not a prompt of the catalog")


def _render_prompt(here: _Locale, prompt_id: str, gender: PartnerGender) -> tuple[str, str]:
    args: dict[str, Arg] = {"partner": SAMPLE, GENDER: gender.value}
    rendered = []
    for part in (None, WHY):
        try:
            rendered.append(here.catalog.format(prompt_id, part, args))
        except MissingText:
            rendered.append("")  # reported with the message's renders
    return rendered[0], rendered[1]


def _check_prompts(here: _Locale, catalog: PromptCatalog, problems: list[str]) -> None:
    source = here.language is Language.EN
    for prompt in catalog:
        entry = here.entries.get(prompt.id)
        if entry is None:
            if source:  # a translation's missing messages are reported against English
                problems.append(f"{here.folder / PROMPTS_FILE}: {prompt.id}: missing")
            continue
        where = f"{entry.path}: {prompt.id}"
        if entry.path.name != PROMPTS_FILE:
            problems.append(f"{where}: a prompt belongs in {PROMPTS_FILE}")
        if entry.message.value is None or entry.pattern(WHY) is None:
            problems.append(f"{where}: a prompt needs its text (the value) and its .{WHY}")
            continue
        gendered = GENDER in here.facts(prompt.id, None).variables | (
            here.facts(prompt.id, WHY).variables
        )
        for gender in PartnerGender if gendered else [PartnerGender.NAME]:
            text, why = _render_prompt(here, prompt.id, gender)
            variant = f" (the {gender} variant)" if gendered else ""
            found = []
            if SAMPLE not in text:
                found.append("text must name the partner with { $partner }")
            if "\n" in text or "\n" in why:
                found.append("text and why must each be one line")
            found += wording.length_problems(text, why, source)
            found += wording.label_problems(text, here.labels)
            found += wording.time_problems(text, prompt.when, prompt.days, here.time_of_day)
            problems.extend(f"{where}: {p}{variant}" for p in found)

from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from nudger.domain.catalog import MIN_DAILY_PER_STYLE, Catalog, CatalogError
from nudger.domain.prompt_wording import (
    MAX_TEXT,
    MAX_TEXT_TRANSLATED,
    MAX_WHY,
    MAX_WHY_TRANSLATED,
)
from nudger.domain.prompts import Context, Days, When
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience
from nudger.resources import default_catalog_path


def _entry(pid: str, audience: str, category: str, *, when: str = "any", extra: str = "") -> str:
    return (
        f'\n[[prompt]]\nid = "{pid}"\naudience = "{audience}"\ncategory = "{category}"\n'
        f'{extra}when = "{when}"\n'
    )


GENTLE = "gentle = true\n"
AFTER = 'context = "after_conflict"\n'

#: The smallest catalog that passes every check: 5 daily prompts per audience (2 anxious
#: and 3 avoidant ones gentle, so the fearful pool has exactly 5), one after_conflict
#: prompt per audience (the anxious and avoidant ones gentle).
GOOD = (
    """
[[prompt]]
id = "anx-one"
audience = "anxious"
category = "reassurance"
when = "any"

[[prompt]]
id = "avo-one"
audience = "avoidant"
category = "space"
when = "evening"

[[prompt]]
id = "gen-one"
audience = "general"
category = "kindness"
when = "morning"
"""
    + _entry("anx-two", "anxious", "commitment", extra=GENTLE)
    + _entry("anx-three", "anxious", "gratitude", extra=GENTLE)
    + _entry("anx-four", "anxious", "positive_regard")
    + _entry("anx-five", "anxious", "closeness", when="evening")
    + _entry("avo-two", "avoidant", "trust", extra=GENTLE)
    + _entry("avo-three", "avoidant", "credit", extra=GENTLE)
    + _entry("avo-four", "avoidant", "autonomy", extra=GENTLE)
    + _entry("avo-five", "avoidant", "validation")
    + _entry("gen-two", "general", "support", extra='days = "weekday"\n')
    + _entry("gen-three", "general", "connection", extra='days = "weekend"\n')
    + _entry("gen-four", "general", "attention")
    + _entry("gen-five", "general", "appreciation")
    + _entry("anx-after", "anxious", "reassurance", extra=AFTER + GENTLE)
    + _entry("avo-after", "avoidant", "calm_conflict", extra=AFTER + GENTLE)
    + _entry("gen-after", "general", "support", extra=AFTER)
)


def _in(source: str, pid: str, original: str, replacement: str) -> str:
    """``source`` with ``original`` replaced in the entry of id ``pid`` only."""
    start = source.index(f'id = "{pid}"')
    at = source.index(original, start)
    end = source.find("[[prompt]]", start)
    assert end == -1 or at < end
    return source[:at] + replacement + source[at + len(original) :]


def _with(replacement: str, original: str = 'when = "morning"') -> str:
    """GOOD with one line of the "gen-one" entry replaced (by default its last, ``when``)."""
    return _in(GOOD, "gen-one", original, replacement)


def _line(source: str, marker: str) -> int:
    """The line of the only occurrence of ``marker`` in ``source``."""
    numbers = [n for n, text in enumerate(source.splitlines(), 1) if marker in text]
    assert len(numbers) == 1, (marker, numbers)
    return numbers[0]


def _problems(source: str, name: str = "prompts.toml") -> list[str]:
    with pytest.raises(CatalogError) as raised:
        Catalog.from_toml(source, source=name)
    return raised.value.problems


def test_parses_and_serves_each_style() -> None:
    catalog = Catalog.from_toml(GOOD)
    assert len(catalog) == 18
    anxious = {p.id for p in catalog.for_style(AttachmentStyle.ANXIOUS)}
    assert anxious == {"anx-one", "anx-two", "anx-three", "anx-four", "anx-five"}
    avoidant = {p.id for p in catalog.for_style(AttachmentStyle.AVOIDANT)}
    assert avoidant == {"avo-one", "avo-two", "avo-three", "avo-four", "avo-five"}
    general = {"gen-one", "gen-two", "gen-three", "gen-four", "gen-five"}
    assert {p.id for p in catalog.for_style(AttachmentStyle.UNKNOWN)} == general
    assert {p.id for p in catalog.for_style(AttachmentStyle.SECURE)} == general
    prompt = catalog.get("avo-one")
    assert prompt is not None and prompt.when is When.EVENING


def test_optional_fields_default_and_parse() -> None:
    catalog = Catalog.from_toml(GOOD)
    plain = catalog.get("gen-one")
    assert plain is not None
    assert (plain.days, plain.context, plain.gentle) == (Days.ANY, Context.DAILY, False)
    weekday, weekend = catalog.get("gen-two"), catalog.get("gen-three")
    assert weekday is not None and weekday.days is Days.WEEKDAY
    assert weekend is not None and weekend.days is Days.WEEKEND
    after = catalog.get("anx-after")
    assert after is not None and after.context is Context.AFTER_CONFLICT and after.gentle
    assert catalog.for_style(AttachmentStyle.AVOIDANT, Context.AFTER_CONFLICT) == (
        catalog.get("avo-after"),
    )


def test_fearful_gets_only_gentle_prompts_from_both_sides() -> None:
    catalog = Catalog.from_toml(GOOD)
    daily = {p.id for p in catalog.for_style(AttachmentStyle.FEARFUL)}
    assert daily == {"anx-two", "anx-three", "avo-two", "avo-three", "avo-four"}
    after = {p.id for p in catalog.for_style(AttachmentStyle.FEARFUL, Context.AFTER_CONFLICT)}
    assert after == {"anx-after", "avo-after"}


@pytest.mark.parametrize(
    ("source", "marker", "problem"),
    [
        (
            _with('category = "flattery"', 'category = "kindness"'),
            "flattery",
            "unknown category 'flattery' for general (expected one of appreciation,",
        ),
        (
            _with('audience = "narcissist"', 'audience = "general"'),
            "narcissist",
            "unknown audience 'narcissist' (expected one of anxious, avoidant, general)",
        ),
        (
            _with('when = "midnight"', 'when = "morning"'),
            "midnight",
            "unknown when 'midnight' (expected one of any, morning,",
        ),
        (
            _with('days = "monday"\nwhen = "morning"'),
            "monday",
            "unknown days 'monday' (expected one of any, weekday, weekend)",
        ),
        (
            _with('context = "sulking"\nwhen = "morning"'),
            "sulking",
            "unknown context 'sulking' (expected one of daily, after_conflict)",
        ),
        (
            _with('gentle = "yes"\nwhen = "morning"'),
            'gentle = "yes"',
            "field 'gentle' must be true or false, not a str",
        ),
        (
            _with('days = 5\nwhen = "morning"'),
            "days = 5",
            "field 'days' must be a string, not a number",
        ),
        (
            _with('colour = "red"\nwhen = "morning"'),
            "colour",
            "unknown field(s) colour (known: audience, category, context, days, gentle,",
        ),
        (_with('id = "Bad Id"', 'id = "gen-one"'), "Bad Id", "must be 2-64 lowercase letters"),
        (
            _with('id = "anx-one"', 'id = "gen-one"'),
            'id = "anx-one"\naudience = "general"',
            "duplicate id 'anx-one' (first at prompts.toml:",
        ),
        (
            _with('text = "Make {partner} a coffee."\nwhen = "morning"'),
            "Make {partner}",
            "text now lives in nudger/locales/<language>/prompts.ftl, as the message with this "
            "prompt's id",
        ),
        (
            _with('why = "It helps."\ntext = "Make {partner} a coffee."\nwhen = "morning"'),
            "Make {partner}",
            "text and why now live in nudger/locales/<language>/prompts.ftl",
        ),
    ],
)
def test_rejects_with_file_line_and_problem(source: str, marker: str, problem: str) -> None:
    if "\n" in marker:  # a marker spanning lines points at its first line
        line = source[: source.index(marker)].count("\n") + 1
    else:
        line = _line(source, marker)
    problems = _problems(source)
    assert any(p.startswith(f"prompts.toml:{line}: ") and problem in p for p in problems), (
        line,
        problems,
    )


def test_duplicate_id_points_at_both_entries() -> None:
    source = _with('id = "anx-one"', 'id = "gen-one"')
    first = _line(GOOD, 'id = "anx-one"')
    second = [n for n, t in enumerate(source.splitlines(), 1) if t == 'id = "anx-one"'][1]
    assert (
        f"prompts.toml:{second}: duplicate id 'anx-one' (first at prompts.toml:{first})"
        in _problems(source)
    )


def test_every_problem_is_reported_at_once() -> None:
    source = (
        _in(
            _in(GOOD, "avo-one", 'when = "evening"', 'when = "dusk"'),
            "anx-after",
            AFTER + GENTLE,
            "",
        )
    ).replace('category = "kindness"', 'category = "flattery"')
    note = " (not counting 2 invalid prompt(s))"
    assert _problems(source) == [
        f"prompts.toml:{_line(source, 'dusk')}: unknown when 'dusk' "
        "(expected one of any, morning, afternoon, evening)",
        f"prompts.toml:{_line(source, 'flattery')}: unknown category 'flattery' for general "
        "(expected one of appreciation, attention, connection, kindness, support)",
        "prompts.toml: no context = \"after_conflict\" prompts for audience 'anxious' "
        f"(the /conflict follow-up needs at least one){note}",
        "prompts.toml: style 'avoidant' gets 4 daily prompt(s) from audience(s) avoidant "
        f"(needs at least {MIN_DAILY_PER_STYLE}){note}",
        "prompts.toml: style 'secure' gets 4 daily prompt(s) from audience(s) general "
        f"(needs at least {MIN_DAILY_PER_STYLE}){note}",
        "prompts.toml: style 'unknown' gets 4 daily prompt(s) from audience(s) general "
        f"(needs at least {MIN_DAILY_PER_STYLE}){note}",
    ]


def test_every_audience_must_have_prompts() -> None:
    only_anxious = "".join(
        "[[prompt]]" + chunk for chunk in GOOD.split("[[prompt]]")[1:] if "anxious" in chunk
    )
    problems = _problems(only_anxious)
    assert "prompts.toml: no prompts for audience 'avoidant'" in problems
    assert "prompts.toml: no prompts for audience 'general'" in problems
    assert not any("style 'avoidant'" in p for p in problems)  # said once, per audience


def test_every_audience_needs_an_after_conflict_prompt() -> None:
    source = _in(GOOD, "avo-after", AFTER + GENTLE, "")
    assert _problems(source) == [
        "prompts.toml: no context = \"after_conflict\" prompts for audience 'avoidant' "
        "(the /conflict follow-up needs at least one)"
    ]


def test_fearful_needs_gentle_after_conflict_prompts() -> None:
    source = GOOD.replace(AFTER + GENTLE, AFTER)
    assert _problems(source) == [
        "prompts.toml: style 'fearful' gets no after_conflict prompts marked gentle = true "
        "from audience(s) anxious, avoidant"
    ]


def test_fearful_needs_enough_gentle_daily_prompts() -> None:
    source = _in(GOOD, "avo-four", GENTLE, "")
    assert _problems(source) == [
        "prompts.toml: style 'fearful' gets 4 daily prompt(s) marked gentle = true from "
        f"audience(s) anxious, avoidant (needs at least {MIN_DAILY_PER_STYLE})"
    ]


def test_each_style_needs_enough_daily_prompts() -> None:
    source = _in(GOOD, "gen-three", 'when = "any"', AFTER + 'when = "any"')
    assert _problems(source) == [
        f"prompts.toml: style '{style}' gets 4 daily prompt(s) from audience(s) general "
        f"(needs at least {MIN_DAILY_PER_STYLE})"
        for style in ("secure", "unknown")
    ]


def test_a_multiline_string_does_not_shift_later_lines() -> None:
    source = _in(
        GOOD,
        "avo-one",
        'when = "evening"',
        'note = """Space\n[[prompt]]\nid = "x"\n"""\nwhen = "evening"',
    ).replace('category = "kindness"', 'category = "flattery"')
    problems = _problems(source)
    note_line, category_line = _line(source, 'note = """Space'), _line(source, "flattery")
    assert any(p.startswith(f"prompts.toml:{note_line}: unknown field(s) note") for p in problems)
    assert any(p.startswith(f"prompts.toml:{category_line}: unknown category") for p in problems)


def test_inline_array_entries_are_numbered() -> None:
    source = 'prompt = [{ id = "anx-one", audience = "anxious" }]'
    assert (
        "prompts.toml: prompt #1: field 'category' must be a non-empty string (missing)"
        in _problems(source)
    )


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("[[prompt]]\nid = ", "prompts.toml: "),
        ("title = 'no prompts'", "prompts.toml: no [[prompt]] entries"),
    ],
)
def test_rejects_unreadable_files(source: str, problem: str) -> None:
    assert _problems(source)[0].startswith(problem)


def _shipped() -> tuple[str, Catalog]:
    path = default_catalog_path()
    text = path.read_text(encoding="utf-8")
    return text, Catalog.from_toml(text, source=str(path))


def test_shipped_catalog_meets_the_bar() -> None:
    text, catalog = _shipped()
    assert len(tomllib.loads(text)["prompt"]) == len(catalog) >= 155
    by_audience = Counter(p.audience for p in catalog)
    assert by_audience[Audience.ANXIOUS] >= 45
    assert by_audience[Audience.AVOIDANT] >= 45
    by_category = Counter((p.audience, p.category) for p in catalog)
    for audience, categories in CATEGORIES.items():
        for category in categories:
            assert by_category[audience, category] >= 6, (audience, category)
    assert len(by_category) == sum(len(c) for c in CATEGORIES.values()) >= 16
    assert text.isascii()


def test_shipped_catalog_serves_conflict_follow_ups_and_gentle_prompts() -> None:
    _, catalog = _shipped()
    after = Counter(p.audience for p in catalog if p.context is Context.AFTER_CONFLICT)
    assert after[Audience.ANXIOUS] >= 6
    assert after[Audience.AVOIDANT] >= 6
    assert after[Audience.GENERAL] >= 4
    gentle = Counter((p.audience, p.context) for p in catalog if p.gentle)
    for audience in (Audience.ANXIOUS, Audience.AVOIDANT):
        assert gentle[audience, Context.DAILY] >= 14, audience
        assert gentle[audience, Context.AFTER_CONFLICT] >= 3, audience
    for context in Context:
        pool = catalog.for_style(AttachmentStyle.FEARFUL, context)
        assert pool and all(p.gentle for p in pool), context
        assert {p.audience for p in pool} == {Audience.ANXIOUS, Audience.AVOIDANT}
    days = Counter(p.days for p in catalog)
    assert days[Days.WEEKDAY] and days[Days.WEEKEND] and days[Days.ANY] > len(catalog) // 2
    assert {p.when for p in catalog} == set(When)


def test_shipped_header_documents_the_limits_the_code_enforces() -> None:
    text, _ = _shipped()
    header = " ".join(text.split("\n[[prompt]]", 1)[0].replace("#", " ").split())
    assert (
        f"English: at most {MAX_TEXT} characters; a translation at most {MAX_TEXT_TRANSLATED}"
        in header
    )
    assert (
        f"English at most {MAX_WHY} characters, a translation at most {MAX_WHY_TRANSLATED}"
        in header
    )
    assert f"at least {MIN_DAILY_PER_STYLE} daily prompts" in header


def test_problems_of_one_entry_are_listed_in_line_order() -> None:
    # Checked in another order: unknown fields, then types, then values.
    source = _with('days = "someday"\ngentle = "yes"\ncolour = "red"\nwhen = "morning"')
    lines = [_line(source, marker) for marker in ("someday", 'gentle = "yes"', "colour")]
    entry = [p for p in _problems(source) if p.startswith("prompts.toml:") and p[13].isdigit()]
    assert len(entry) == 3, entry
    assert [int(p.split(":")[1]) for p in entry] == sorted(lines)

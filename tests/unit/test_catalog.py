from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from nudger.domain.catalog import MIN_DAILY_PER_STYLE, Catalog, CatalogError
from nudger.domain.prompt_wording import MAX_TEXT, MAX_WHY
from nudger.domain.prompts import Context, Days, When
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience
from nudger.resources import default_catalog_path


def _entry(
    pid: str, audience: str, category: str, text: str, *, when: str = "any", extra: str = ""
) -> str:
    return (
        f'\n[[prompt]]\nid = "{pid}"\naudience = "{audience}"\ncategory = "{category}"\n'
        f'when = "{when}"\n{extra}text = "{text}"\nwhy = "It helps, in a small way."\n'
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
text = "Tell {partner} you are glad you're together."
why = "Clear reassurance helps."

[[prompt]]
id = "avo-one"
audience = "avoidant"
category = "space"
when = "evening"
text = "Give {partner} tonight to themselves."
why = "Space respects autonomy."

[[prompt]]
id = "gen-one"
audience = "general"
category = "kindness"
when = "morning"
text = "Make {partner} a coffee."
why = "Small kindness adds up."
"""
    + _entry("anx-two", "anxious", "commitment", "Plan a trip with {partner}.", extra=GENTLE)
    + _entry("anx-three", "anxious", "gratitude", "Thank {partner} for lunch.", extra=GENTLE)
    + _entry("anx-four", "anxious", "positive_regard", "Praise {partner}'s cooking.")
    + _entry("anx-five", "anxious", "closeness", "Offer {partner} a hug.", when="evening")
    + _entry("avo-two", "avoidant", "trust", "Keep your word to {partner}.", extra=GENTLE)
    + _entry("avo-three", "avoidant", "credit", "Credit {partner} for the fix.", extra=GENTLE)
    + _entry("avo-four", "avoidant", "autonomy", "Let {partner} choose dinner.", extra=GENTLE)
    + _entry("avo-five", "avoidant", "validation", "Agree with {partner}'s plan.")
    + _entry(
        "gen-two", "general", "support", "Run an errand for {partner}.", extra='days = "weekday"\n'
    )
    + _entry(
        "gen-three", "general", "connection", "Walk with {partner}.", extra='days = "weekend"\n'
    )
    + _entry("gen-four", "general", "attention", "Ask {partner} about work.")
    + _entry("gen-five", "general", "appreciation", "Thank {partner} warmly.")
    + _entry("anx-after", "anxious", "reassurance", "Reassure {partner}.", extra=AFTER + GENTLE)
    + _entry(
        "avo-after", "avoidant", "calm_conflict", "Calm down with {partner}.", extra=AFTER + GENTLE
    )
    + _entry("gen-after", "general", "support", "Make up with {partner}.", extra=AFTER)
)


def _with(replacement: str, original: str = 'text = "Make {partner} a coffee."') -> str:
    """GOOD with one line of the "gen-one" entry replaced."""
    start = GOOD.index('id = "gen-one"')
    at = GOOD.index(original, start)
    assert at < GOOD.index("[[prompt]]", start)
    return GOOD[:at] + replacement + GOOD[at + len(original) :]


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
    assert prompt.render("Sam") == "Give Sam tonight to themselves."


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


OVER_TEXT = "Make {partner} a coffee" + "e" * (MAX_TEXT - 22)
OVER_WHY = "w" * (MAX_WHY + 1)


@pytest.mark.parametrize(
    ("source", "marker", "problem"),
    [
        (_with('text = "Make {partner} a {drink}."'), "{drink}", "unknown placeholder(s) {drink}"),
        (_with('text = "Make them a coffee."'), "them a coffee", "must name the partner"),
        (_with('text = "Make {partner a coffee."'), "{partner a", "broken placeholder"),
        (
            _with(f'text = "{OVER_TEXT}"'),
            "eeee",
            f"text is {MAX_TEXT + 1} characters (max {MAX_TEXT})",
        ),
        (
            _with(f'why = "{OVER_WHY}"', 'why = "Small kindness adds up."'),
            "www",
            f"why is {MAX_WHY + 1} characters (max {MAX_WHY})",
        ),
        (
            _with('why = "Kind {partner}."', 'why = "Small kindness adds up."'),
            "Kind {partner}",
            "why must not contain placeholders",
        ),
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
            _with('days = "monday"\ntext = "Make {partner} a coffee."'),
            "monday",
            "unknown days 'monday' (expected one of any, weekday, weekend)",
        ),
        (
            _with('context = "sulking"\ntext = "Make {partner} a coffee."'),
            "sulking",
            "unknown context 'sulking' (expected one of daily, after_conflict)",
        ),
        (
            _with('gentle = "yes"\ntext = "Make {partner} a coffee."'),
            'gentle = "yes"',
            "field 'gentle' must be true or false, not a str",
        ),
        (
            _with('days = 5\ntext = "Make {partner} a coffee."'),
            "days = 5",
            "field 'days' must be a string, not a number",
        ),
        (_with("text = 3"), "text = 3", "field 'text' must be a non-empty string, not a number"),
        (
            _with('why = ""', 'why = "Small kindness adds up."'),
            'why = ""',
            "field 'why' must be a non-empty string",
        ),
        (
            _with('colour = "red"\ntext = "Make {partner} a coffee."'),
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
            _with('text = "Make {partner} a coffee, they\u2019ll like it."'),
            "like it",
            "text uses curly quote(s)",
        ),
        (
            _with('text = """Make {partner}\na coffee."""'),
            "Make {partner}",
            "text must be a single line",
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


def test_duplicate_text_is_found_despite_case_spacing_and_punctuation() -> None:
    source = GOOD.replace(
        'text = "Give {partner} tonight to themselves."', 'text = "MAKE {partner}  a coffee!!"'
    )
    first, second = _line(source, "MAKE {partner}"), _line(source, "Make {partner} a coffee.")
    assert _problems(source) == [
        f"prompts.toml:{second}: text of 'gen-one' duplicates the text of 'avo-one' at "
        f"prompts.toml:{first} (ignoring case, spacing and punctuation)"
    ]


@pytest.mark.parametrize(
    "word",
    [
        "anxious",
        "Avoidant",
        "attachment",
        "insecure",
        "issues",
        "disorder",
        "fearful",
        "diagnosed",
        "diagnosis",
        "anxiety",
    ],
)
def test_rejects_labelling_words_in_text(word: str) -> None:
    source = _with(f'text = "Make {{partner}} a coffee, {word} or not."')
    line = _line(source, "or not.")
    assert (
        f"prompts.toml:{line}: text uses the labelling word(s) {word.lower()!r}; "
        "describe the action, never the partner's style"
    ) in _problems(source)
    assert Catalog.from_toml(source.replace(f"{word} or not", "tired or not"))


def test_innocent_words_are_not_mistaken_for_labels() -> None:
    source = _with('text = "Make {partner} a coffee; no issue, no anxiousness."')
    # "anxiousness" is a form of a label; "issue" on its own is an everyday word.
    labels = [p for p in _problems(source) if "labelling word" in p]
    assert labels == [
        f"prompts.toml:{_line(source, 'no issue')}: text uses the labelling word(s) "
        "'anxiousness'; describe the action, never the partner's style"
    ]


def _entry_problems(source: str) -> list[str]:
    """The problems that point at a line (not the coverage ones an invalid entry causes)."""
    return [p for p in _problems(source) if p.split(":")[1].isdigit()]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Tonight, make {partner} a coffee.", "tonight", 'when = "evening"'),
        ("Make {partner} a coffee this evening.", "this evening", 'when = "evening"'),
        ("At dinner, pour {partner} a coffee.", "at dinner", 'when = "evening"'),
        ("Before bed, make {partner} a cocoa.", "before bed", 'when = "evening"'),
        ("Make {partner} a coffee this afternoon.", "this afternoon", 'when = "afternoon"'),
        ("Over lunch, make {partner} a coffee.", "over lunch", 'when = "afternoon"'),
        (
            "At the end of the working day, make {partner} a tea.",
            "the end of the working day",
            'when = "evening"',
        ),
        (
            "In the middle of the afternoon, send {partner} a note.",
            "the middle of the afternoon",
            'when = "afternoon"',
        ),
    ],
)
def test_a_time_of_day_in_the_text_needs_a_matching_when(
    text: str, phrase: str, expected: str
) -> None:
    source = _with(f'text = "{text}"')  # gen-one has when = "morning"
    assert _entry_problems(source) == [
        f'prompts.toml:{_line(source, text)}: text says {phrase!r} but when = "morning"; '
        f"set {expected}, or reword it"
    ]
    fixed = source.replace('when = "morning"', f"{expected}", 1)
    assert Catalog.from_toml(fixed).get("gen-one") is not None


def test_a_text_naming_two_parts_of_the_day_may_use_either() -> None:
    text = "This morning, ask {partner} about their day, and follow up at dinner."
    assert Catalog.from_toml(_with(f'text = "{text}"')).get("gen-one") is not None
    source = _with(f'text = "{text}"').replace('when = "morning"', 'when = "any"', 1)
    assert _entry_problems(source) == [
        f"prompts.toml:{_line(source, text)}: text says 'this morning' and 'at dinner' but "
        'when = "any"; set when = "morning" or when = "evening", or reword it'
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("This weekend, make {partner} a coffee.", "this weekend"),
        ("On Sunday, make {partner} a coffee.", "on sunday"),
        ("Make {partner} a coffee this Saturday.", "this saturday"),
    ],
)
def test_a_weekend_in_the_text_needs_days_weekend(text: str, phrase: str) -> None:
    source = _with(f'text = "{text}"')
    assert _entry_problems(source) == [
        f'prompts.toml:{_line(source, text)}: text says {phrase!r} but days = "any"; '
        'set days = "weekend", or reword it'
    ]
    weekday = _with(f'days = "weekday"\ntext = "{text}"')
    assert any('but days = "weekday"' in p for p in _entry_problems(weekday))
    weekend = _with(f'days = "weekend"\ntext = "{text}"')
    assert Catalog.from_toml(weekend).get("gen-one") is not None


def test_everyday_mentions_of_times_are_not_mistaken_for_a_time_to_send() -> None:
    text = (
        "Plan your next evening out with {partner}, like Sunday breakfasts on Saturdays, "
        "or a walk after dinner tomorrow."
    )
    source = _with(f'text = "{text}"').replace('when = "morning"', 'when = "afternoon"', 1)
    prompt = Catalog.from_toml(source).get("gen-one")
    assert prompt is not None and prompt.when is When.AFTERNOON and prompt.days is Days.ANY


def test_text_and_why_at_exactly_the_limit_pass() -> None:
    text = "Make {partner} a coffee" + "e" * (MAX_TEXT - 23)
    why = "w" * MAX_WHY
    assert len(text) == MAX_TEXT
    source = _with(f'why = "{why}"', 'why = "Small kindness adds up."')
    source = source.replace('text = "Make {partner} a coffee."', f'text = "{text}"')
    prompt = Catalog.from_toml(source).get("gen-one")
    assert prompt is not None and prompt.text == text and prompt.why == why


def test_every_problem_is_reported_at_once() -> None:
    source = (
        GOOD.replace('category = "kindness"', 'category = "flattery"')
        .replace('when = "evening"\ntext = "Give', 'when = "dusk"\ntext = "Give')
        .replace(AFTER + GENTLE + 'text = "Reassure', 'text = "Reassure')
    )
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
    source = GOOD.replace(AFTER + GENTLE + 'text = "Calm down', 'text = "Calm down')
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
    source = GOOD.replace(GENTLE + 'text = "Let {partner} choose', 'text = "Let {partner} choose')
    assert _problems(source) == [
        "prompts.toml: style 'fearful' gets 4 daily prompt(s) marked gentle = true from "
        f"audience(s) anxious, avoidant (needs at least {MIN_DAILY_PER_STYLE})"
    ]


def test_each_style_needs_enough_daily_prompts() -> None:
    source = GOOD.replace(
        'text = "Walk with {partner}."', 'text = "Walk with {partner}."\n' + AFTER
    )
    assert _problems(source) == [
        f"prompts.toml: style '{style}' gets 4 daily prompt(s) from audience(s) general "
        f"(needs at least {MIN_DAILY_PER_STYLE})"
        for style in ("secure", "unknown")
    ]


def test_a_multiline_string_does_not_shift_later_lines() -> None:
    source = GOOD.replace(
        'why = "Space respects autonomy."',
        'why = """Space\n[[prompt]]\nid = "x"\nrespects autonomy."""',
    ).replace('category = "kindness"', 'category = "flattery"')
    problems = _problems(source)
    why_line, category_line = _line(source, 'why = """Space'), _line(source, "flattery")
    assert f"prompts.toml:{why_line}: why must be a single line" in problems
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
    for prompt in catalog:
        assert len(prompt.render("A" * 40)) + len(prompt.why) < 4096
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
    assert f"Max {MAX_TEXT} characters" in header
    assert f"max {MAX_WHY} characters" in header
    assert f"at least {MIN_DAILY_PER_STYLE} daily prompts" in header


def test_problems_of_one_entry_are_listed_in_line_order() -> None:
    # Checked in another order: types, then values, then the text.
    source = _with('text = "Make {partner} an anxious {x}."\ndays = "someday"\ngentle = "yes"')
    lines = [_line(source, marker) for marker in ('gentle = "yes"', "someday", "{x}")]
    entry = [p for p in _problems(source) if p.startswith("prompts.toml:") and p[13].isdigit()]
    assert len(entry) == 4, entry
    assert [int(p.split(":")[1]) for p in entry] == sorted([lines[0], lines[1], lines[2], lines[2]])

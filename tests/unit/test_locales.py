"""The locale check: every shipped language complete and sound (the CI proof), and the checker
itself on small locale folders written for each test (the real files are never touched)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nudger.domain.catalog import Catalog
from nudger.domain.languages import Language
from nudger.domain.prompt_wording import MAX_TEXT, MAX_TEXT_TRANSLATED, MAX_WHY
from nudger.domain.prompts import Days, Prompt, When
from nudger.domain.styles import Audience
from nudger.i18n.check import check_locales
from nudger.i18n.gate import gaps
from nudger.i18n.texts import LOCALES, Texts, babel_locale
from nudger.resources import default_catalog_path


def test_every_shipped_locale_is_complete_and_sound() -> None:
    catalog = Catalog.from_toml(default_catalog_path().read_text(encoding="utf-8"))
    problems = check_locales(LOCALES, catalog)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:60])


# --- a small tree of locales --------------------------------------------------------------

WORDS = (LOCALES / "en" / "words.toml").read_text(encoding="utf-8")
CATALOG = Catalog(
    [
        Prompt("gen-one", Audience.GENERAL, "kindness", When.MORNING),
        Prompt("gen-two", Audience.GENERAL, "connection", When.ANY, Days.WEEKEND),
    ]
)
PROMPTS = """\
gen-one = Make { $partner } a coffee this morning.
    .why = Small kindness adds up.
gen-two = Walk with { $partner } this weekend.
    .why = Time together matters.
"""
MENU = """\
bot-short-description = Small nudges.
menu-start = Set up your nudges
export-caption = Your data
"""
SHE_HE_NAME = """\
common-glad = { $gender ->
        [she] She is glad.
        [he] He is glad.
       *[name] { $partner } is glad.
    }
"""


def _plural(language: Language, variable: str = "count") -> str:
    """A complete plural selector for ``language`` (its CLDR categories)."""
    tags = sorted(set(babel_locale(language).plural_form.tags) - {"other"})
    lines = "".join(f"        [{tag}] {{ ${variable} }} {tag}\n" for tag in tags)
    return f"{{ ${variable} ->\n{lines}       *[other] {{ ${variable} }} other\n    }}"


def _common(language: Language) -> str:
    glad = SHE_HE_NAME if language.gendered else "common-glad = { $partner } is glad.\n"
    return (
        "partner-unnamed = your partner\n"
        f"common-per-day = {_plural(language)}\n"
        "common-hello = Hello, { $name }!\n"
        "common-days = Streak: { common-per-day }\n"
        "common-when = { $when ->\n        [morning] in the morning\n       *[later] later\n    }\n"
        + glad
    )


def _tree(root: Path, **files: str) -> Path:
    """Every language's files, complete; ``files`` replace some ("ru_common" -> ru's
    common.ftl, "en_words" -> en's words.toml); an empty value removes the file."""
    for language in Language:
        folder = root / language.value
        folder.mkdir(parents=True)
        defaults = {
            "common.ftl": _common(language),
            "menu.ftl": MENU,
            "prompts.ftl": PROMPTS,
            "words.toml": WORDS,
        }
        for name, text in defaults.items():
            key = f"{language.value.replace('-', '_')}_{name.split('.')[0]}"
            text = files.pop(key, text)
            if text:
                (folder / name).write_text(text, encoding="utf-8")
    assert not files, f"unknown files {files}"
    return root


def _problems(tmp_path: Path, **files: str) -> list[str]:
    return check_locales(_tree(tmp_path, **files), CATALOG)


def _one(tmp_path: Path, **files: str) -> str:
    problems = _problems(tmp_path, **files)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_complete_tree_passes(tmp_path: Path) -> None:
    assert _problems(tmp_path) == []
    texts = Texts.load(tmp_path)
    assert gaps(texts) == []
    ru = texts.words(Language.RU, "Anna")
    assert ru("common-per-day", count=3) == "3 few"
    assert ru("common-per-day", count=5) == "5 many"


# --- present, and nothing else --------------------------------------------------------------


def test_a_missing_language_folder(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    for path in (root / "uk").iterdir():
        path.unlink()
    (root / "uk").rmdir()
    assert check_locales(root, CATALOG) == [
        f"{root / 'uk'}: missing (every language needs its folder)"
    ]
    assert gaps(Texts.load(root)) == ["uk: no locale folder"]


def test_a_missing_words_file(tmp_path: Path) -> None:
    problem = _one(tmp_path, de_words="")
    assert problem.startswith(f"{tmp_path / 'de' / 'words.toml'}: missing")


def test_a_missing_message_an_extra_one_and_a_missing_file(tmp_path: Path) -> None:
    es = _common(Language.ES).replace("common-hello = Hello, { $name }!\n", "common-extra = Hi\n")
    problems = _problems(tmp_path, es_common=es, fa_menu="")
    assert problems == [
        f"{tmp_path / 'es' / 'common.ftl'}: common-hello: missing (English has it)",
        f"{tmp_path / 'es' / 'common.ftl'}: common-extra: not in English "
        "(remove it, or add it there)",
        f"{tmp_path / 'fa' / 'menu.ftl'}: missing (3 messages, as in English's menu.ftl)",
    ]
    texts = Texts.load(tmp_path)
    assert gaps(texts) == [
        "es: 1 message(s) missing: common-hello",
        "fa: 3 message(s) missing: bot-short-description, export-caption, menu-start",
    ]


def test_a_missing_and_an_extra_attribute(tmp_path: Path) -> None:
    de = PROMPTS.replace("    .why = Small kindness adds up.\n", "    .how = Gently.\n")
    problems = _problems(tmp_path, de_prompts=de)
    path = tmp_path / "de" / "prompts.ftl"
    assert f"{path}: gen-one: has no attribute .why (English has)" in problems
    assert f"{path}: gen-one: has an attribute .how, which English does not have" in problems
    # The start-up gate sees it too: a nudge would fail when it came to say why it helps.
    assert gaps(Texts.load(tmp_path)) == ["de: 1 message(s) missing: gen-one.why"]


def test_the_app_refuses_to_start_with_a_language_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nudger import app as app_module
    from nudger.errors import StartupError

    es = _common(Language.ES).replace("common-hello = Hello, { $name }!\n", "")
    incomplete = Texts.load(_tree(tmp_path, es_common=es))
    monkeypatch.setattr(app_module, "shared_texts", lambda: incomplete)
    with pytest.raises(StartupError, match=r"es: 1 message\(s\) missing: common-hello"):
        app_module.load_texts()


def test_a_message_in_another_file(tmp_path: Path) -> None:
    pt = _common(Language.PT_BR).replace("common-hello = Hello, { $name }!\n", "")
    problem = _one(tmp_path, pt_BR_common=pt, pt_BR_menu=MENU + "common-hello = Olá, { $name }!\n")
    assert problem == (
        f"{tmp_path / 'pt-BR' / 'menu.ftl'}: common-hello: is in menu.ftl; "
        "English has it in common.ftl"
    )


def test_a_file_that_does_not_parse(tmp_path: Path) -> None:
    problems = _problems(tmp_path, fa_menu=MENU + "menu-now = { $oops\n")
    line = MENU.count("\n") + 1
    at = f"{tmp_path / 'fa' / 'menu.ftl'}:{line}: does not parse"
    assert any(p.startswith(at) for p in problems), problems


# --- variables --------------------------------------------------------------------------------


def test_variables_must_be_english_ones(tmp_path: Path) -> None:
    ru = _common(Language.RU).replace("Hello, { $name }!", "Привет, { $who }!")
    assert _one(tmp_path, ru_common=ru) == (
        f"{tmp_path / 'ru' / 'common.ftl'}: common-hello: variables differ from English's: "
        "lacks $name and uses $who"
    )


def test_variables_count_through_referenced_messages(tmp_path: Path) -> None:
    # common-days uses $count through common-per-day; spelling it out is the same.
    de = _common(Language.DE).replace(
        "Streak: { common-per-day }", f"Serie: {_plural(Language.DE)}"
    )
    assert _problems(tmp_path, de_common=de) == []


@pytest.mark.parametrize("language", [Language.EN, Language.FA])
def test_only_a_gendered_language_uses_gender(tmp_path: Path, language: Language) -> None:
    common = _common(language).replace("common-glad = { $partner } is glad.\n", SHE_HE_NAME)
    problem = _one(tmp_path, **{f"{language.value}_common": common})
    assert problem.startswith(
        f"{tmp_path / language.value / 'common.ftl'}: common-glad: uses $gender"
    )


@pytest.mark.parametrize(
    "selector",
    [
        "[she] a\n        [he] b\n       *[other] { $partner }",
        "[she] a\n       *[he] b\n        [name] { $partner }",
        "[she] a\n        [he] b\n        [they] c\n       *[name] { $partner }",
        "[she] a\n       *[name] { $partner }",
    ],
)
def test_a_gender_selector_has_she_he_and_name(tmp_path: Path, selector: str) -> None:
    common = _common(Language.ES).replace(
        SHE_HE_NAME, f"common-glad = {{ $gender ->\n        {selector}\n    }}\n"
    )
    problem = _one(tmp_path, es_common=common)
    assert "a $gender selector needs exactly [she], [he] and *[name], not" in problem


def test_gender_is_never_shown(tmp_path: Path) -> None:
    common = _common(Language.DE).replace("Hello, { $name }!", "Hallo, { $name } ({ $gender })!")
    problem = _one(tmp_path, de_common=common)
    assert problem.endswith(
        "common-hello: $gender is only for selecting a variant, never to be shown"
    )


@pytest.mark.parametrize(
    ("language", "name_only", "form"),
    [
        (Language.RU, "{ $partner } рад(а) тебе.", "д(а)"),
        (Language.ES, "{ $partner } está cansado/a.", "o/a"),
        (Language.PT_BR, "Olá, querid@ { $partner }.", "d@"),
        (Language.DE, "Sag ihr/ihm, { $partner }, danke.", "r/ihm"),
        (Language.DE, "Dein*e Partner*in { $partner }.", "r*in"),
    ],
)
def test_name_only_has_no_slash_or_bracket_forms(
    tmp_path: Path, language: Language, name_only: str, form: str
) -> None:
    common = _common(language).replace("*[name] { $partner } is glad.", f"*[name] {name_only}")
    problem = _one(tmp_path, **{f"{language.value.replace('-', '_')}_common": common})
    assert problem.startswith(
        f"{tmp_path / language.value / 'common.ftl'}: common-glad: by name only"
    )
    assert form in problem


def test_a_time_zone_or_a_list_is_not_a_gender_form(tmp_path: Path) -> None:
    common = _common(Language.DE).replace(
        "*[name] { $partner } is glad.", "*[name] { $partner }: Europe/Berlin, America/New_York."
    )
    assert _problems(tmp_path, de_common=common) == []


# --- plurals -----------------------------------------------------------------------------------


def test_a_plural_selector_has_every_category_of_the_language(tmp_path: Path) -> None:
    ru = _common(Language.RU).replace("        [few] { $count } few\n", "")
    assert _one(tmp_path, ru_common=ru) == (
        f"{tmp_path / 'ru' / 'common.ftl'}: common-per-day: the plural selector on $count "
        "lacks [few] (ru needs [few], [many], [one], [other])"
    )


def test_numbers_may_stand_beside_the_categories(tmp_path: Path) -> None:
    uk = _common(Language.UK).replace("        [few]", "        [0] none\n        [few]")
    assert _problems(tmp_path, uk_common=uk) == []


def test_every_count_renders(tmp_path: Path) -> None:
    # A variant that references a message missing in the language fails to render.
    ru = _common(Language.RU).replace("[many] { $count } many", "[many] { common-nowhere }")
    problems = _problems(tmp_path, ru_common=ru)
    assert problems and all("common-per-day" in p or "common-days" in p for p in problems)
    assert any("does not render" in p and "common-nowhere" in p for p in problems)


@pytest.mark.parametrize(
    "variants",
    [
        "        [mornin] in the morning\n       *[later] later\n",  # a misspelled key
        "       *[later] later\n",  # one wording for every value
        "        [morning] morning\n        [evening] evening\n       *[later] later\n",
    ],
)
def test_a_text_choice_has_the_english_values(tmp_path: Path, variants: str) -> None:
    """A variant chosen by a text value ("morning") says something different for each: a
    translation that misspells a key, or has one wording for all, would always say one."""
    ru = _common(Language.RU).replace(
        "        [morning] in the morning\n       *[later] later\n", variants
    )
    problem = _one(tmp_path, ru_common=ru)
    assert problem.startswith(f"{tmp_path / 'ru' / 'common.ftl'}: common-when: English chooses")
    assert "[later] [morning]" in problem


def test_a_private_use_character_in_a_translation_is_kept(tmp_path: Path) -> None:
    """Only the stand-ins for held values are put back; any other private-use character a
    translation has stays as it is, rather than crash the message."""
    fa = _common(Language.FA).replace("Hello, { $name }!", "Hello\uf8ff, { $name }!")
    texts = Texts.load(_tree(tmp_path, fa_common=fa))
    assert "Hello\uf8ff" in texts.words(Language.FA, "Sam")("common-hello", name="Kim")


def test_persian_chooses_by_the_value_given(tmp_path: Path) -> None:
    """In a right-to-left language, strings are set aside while digits and commands are
    shaped; a value the message chooses by must still reach Fluent as it is."""
    texts = Texts.load(_tree(tmp_path))
    fa = texts.words(Language.FA, "Sam")
    assert fa("common-when", when="morning") != fa("common-when", when="later")
    assert "in the morning" in fa("common-when", when="morning")


# --- Telegram's limits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "limit"),
    [
        ("bot-short-description", 120),
        ("menu-start", 256),
        ("export-caption", 1024),
        ("common-hello", 4096),
    ],
)
def test_telegram_limits(tmp_path: Path, message: str, limit: int) -> None:
    long = "x" * (limit + 1)
    fa_menu = MENU.replace("Small nudges.", long if message == "bot-short-description" else "S")
    fa_menu = fa_menu.replace("Set up your nudges", long if message == "menu-start" else "S")
    fa_menu = fa_menu.replace("Your data", long if message == "export-caption" else "S")
    # Fluent refuses a single piece of text over 2,500 characters: split by a placeable.
    hello = f"{long[:2000]}{{ $name }}{long[2000:]}"
    fa_common = _common(Language.FA).replace("Hello, { $name }!", hello)
    problems = _problems(tmp_path, fa_menu=fa_menu, fa_common=fa_common)
    over = [p for p in problems if f": {message}: renders to" in p]
    assert len(over) == 1, problems
    assert f"is {limit})" in over[0]


# --- the prompts ---------------------------------------------------------------------------------


def _english(tmp_path: Path, text: str, why: str = "Small kindness adds up.") -> list[str]:
    """The problems with English's gen-one (when = "morning", days = "any")."""
    prompts = PROMPTS.replace("Make { $partner } a coffee this morning.", text).replace(
        "Small kindness adds up.", why
    )
    problems = _problems(
        tmp_path, **{f"{lang.value.replace('-', '_')}_prompts": prompts for lang in Language}
    )
    english = [p for p in problems if p.startswith(f"{tmp_path / 'en'}")]
    return [p.split("gen-one: ", 1)[1] for p in english if ": gen-one: " in p]


def test_every_prompt_is_present_with_its_why(tmp_path: Path) -> None:
    path = tmp_path / "en" / "prompts.ftl"
    en = PROMPTS.replace("    .why = Time together matters.\n", "")
    assert f"{path}: gen-two: a prompt needs its text (the value) and its .why" in _problems(
        tmp_path, en_prompts=en
    )


def test_a_prompt_missing_in_english_and_a_stray_one(tmp_path: Path) -> None:
    en = PROMPTS.replace("gen-two = Walk", "gen-six = Walk")
    problems = _problems(tmp_path, en_prompts=en)
    path = tmp_path / "en" / "prompts.ftl"
    assert f"{path}: gen-two: missing" in problems
    assert f"{path}: gen-six: not a prompt of the catalog" in problems


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Make them a coffee this morning.", "text must name the partner with { $partner }"),
        ("Make { $partner } a { $drink } this morning.", "text uses $drink (only $partner"),
        (
            "Make { $partner } a coffee this morning, they\u2019ll like it.",
            "text uses curly quote(s) \u2019; use straight ASCII quotes",
        ),
        ("Make { $partner }\n    a coffee this morning.", "text and why must each be one line"),
        (
            "Make { $partner } a coffee this morning" + "e" * (MAX_TEXT - 36),
            f"text is {MAX_TEXT + 1} characters (max {MAX_TEXT})",
        ),
    ],
)
def test_english_text_rules(tmp_path: Path, text: str, problem: str) -> None:
    found = _english(tmp_path, text)
    assert any(p.startswith(problem) for p in found), found


@pytest.mark.parametrize(
    ("why", "problem"),
    [
        ("Kind to { $partner }.", "why must not contain placeables"),
        ("w" * (MAX_WHY + 1), f"why is {MAX_WHY + 1} characters (max {MAX_WHY})"),
        ("It\u2019s kind.", "why uses curly quote(s)"),
    ],
)
def test_english_why_rules(tmp_path: Path, why: str, problem: str) -> None:
    found = _english(tmp_path, "Make { $partner } a coffee this morning.", why)
    assert any(p.startswith(problem) for p in found), found


def test_text_and_why_at_exactly_the_limit_pass(tmp_path: Path) -> None:
    text = "Make { $partner } a coffee this morning" + "e" * (MAX_TEXT - 37)
    assert len(text.replace("{ $partner }", "Konstantin")) == MAX_TEXT
    assert _english(tmp_path, text, "w" * MAX_WHY) == []


def test_a_translation_may_be_longer(tmp_path: Path) -> None:
    start = "Hazle un café a { $partner } esta mañana"
    rendered = len(start.replace("{ $partner }", "Konstantin"))
    long = start + "a" * (MAX_TEXT_TRANSLATED - rendered)
    es = PROMPTS.replace("Make { $partner } a coffee this morning.", long)
    assert _problems(tmp_path, es_prompts=es) == []
    problem = _one(tmp_path / "over", es_prompts=es.replace(long, long + "a"))
    assert problem.endswith(f"text is {MAX_TEXT_TRANSLATED + 1} characters (max 280)")


def test_duplicate_texts_are_found_despite_case_spacing_and_punctuation(tmp_path: Path) -> None:
    en = PROMPTS.replace(
        "Walk with { $partner } this weekend.", "MAKE { $partner }  a coffee THIS morning!!"
    )
    problems = _problems(tmp_path, en_prompts=en)
    assert (
        f"{tmp_path / 'en' / 'prompts.ftl'}: gen-two: text duplicates the text of 'gen-one' "
        "(ignoring case, spacing and punctuation)"
    ) in problems


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
def test_labelling_words_are_refused(tmp_path: Path, word: str) -> None:
    found = _english(tmp_path, f"Make {{ $partner }} a coffee this morning, {word} or not.")
    assert found == [
        f"text uses the labelling word(s) {word.lower()!r}; "
        "describe the action, never the partner's style"
    ]


def test_innocent_words_are_not_mistaken_for_labels(tmp_path: Path) -> None:
    # "anxiousness" starts with a label; "issue" and "tissues" do not.
    found = _english(
        tmp_path, "Make { $partner } a coffee this morning; no issue, tissues, no anxiousness."
    )
    assert found == [
        "text uses the labelling word(s) 'anxiousness'; "
        "describe the action, never the partner's style"
    ]


def test_labels_are_each_languages_own(tmp_path: Path) -> None:
    words = WORDS.replace('labels = ["anxious"', 'labels = ["тревожн", "anxious"')
    ru = PROMPTS.replace(
        "Make { $partner } a coffee this morning.", "Свари кофе, { $partner }, тревожному утром."
    )
    # "утром" is not among the (English) morning words of this tree's ru words.toml.
    problem = _one(tmp_path, ru_words=words, ru_prompts=ru)
    assert "labelling word(s) 'тревожному'" in problem


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Tonight, make { $partner } a coffee.", "tonight", 'when = "evening"'),
        ("Make { $partner } a coffee this evening.", "this evening", 'when = "evening"'),
        ("At dinner, pour { $partner } a coffee.", "at dinner", 'when = "evening"'),
        ("Before bed, make { $partner } a cocoa.", "before bed", 'when = "evening"'),
        ("Make { $partner } a coffee this afternoon.", "this afternoon", 'when = "afternoon"'),
        ("Over lunch, make { $partner } a coffee.", "over lunch", 'when = "afternoon"'),
        (
            "At the end of the working day, make { $partner } a tea.",
            "the end of the working day",
            'when = "evening"',
        ),
        (
            "In the middle of the afternoon, send { $partner } a note.",
            "the middle of the afternoon",
            'when = "afternoon"',
        ),
    ],
)
def test_a_part_of_the_day_needs_a_matching_when(
    tmp_path: Path, text: str, phrase: str, expected: str
) -> None:
    assert _english(tmp_path, text) == [
        f'text says {phrase!r} but when = "morning"; set {expected}, or reword it'
    ]


def test_a_text_naming_two_parts_of_the_day_may_use_either(tmp_path: Path) -> None:
    text = "This morning, ask { $partner } about their day, and follow up at dinner."
    assert _english(tmp_path, text) == []
    any_time = Catalog(
        [Prompt("gen-one", Audience.GENERAL, "kindness", When.ANY), *list(CATALOG)[1:]]
    )
    problems = check_locales(tmp_path, any_time)
    assert (
        f"{tmp_path / 'en' / 'prompts.ftl'}: gen-one: text says 'this morning' and 'at dinner' but "
        'when = "any"; set when = "morning" or when = "evening", or reword it' in problems
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("This weekend, make { $partner } a coffee this morning.", "this weekend"),
        ("On Sunday, make { $partner } a coffee this morning.", "on sunday"),
        ("Make { $partner } a coffee this Saturday morning.", "this saturday"),
    ],
)
def test_a_weekend_needs_days_weekend(tmp_path: Path, text: str, phrase: str) -> None:
    assert _english(tmp_path, text) == [
        f'text says {phrase!r} but days = "any"; set days = "weekend", or reword it'
    ]


def test_everyday_mentions_of_times_are_not_a_time_to_send(tmp_path: Path) -> None:
    text = (
        "This morning, plan your next evening out with { $partner }, like Sunday breakfasts, "
        "or a walk after dinner tomorrow."
    )
    assert _english(tmp_path, text) == []


def test_a_translation_keeps_the_when_in_its_own_words(tmp_path: Path) -> None:
    words = WORDS.replace('evening = ["tonight"', 'evening = ["сегодня вечером", "tonight"')
    ru = PROMPTS.replace(
        "Make { $partner } a coffee this morning.", "Сегодня вечером свари { $partner } кофе."
    )
    assert _one(tmp_path, ru_words=words, ru_prompts=ru) == (
        f"{tmp_path / 'ru' / 'prompts.ftl'}: gen-one: text says 'сегодня вечером' but "
        'when = "morning"; set when = "evening", or reword it'
    )


def test_every_gender_variant_of_a_prompt_is_checked(tmp_path: Path) -> None:
    de = PROMPTS.replace(
        "Make { $partner } a coffee this morning.",
        "{ $gender ->\n        [she] Mach ihr einen Kaffee.\n        [he] Mach { $partner } einen "
        "Kaffee.\n       *[name] Mach { $partner } einen Kaffee.\n    }",
    )
    assert _one(tmp_path, de_prompts=de) == (
        f"{tmp_path / 'de' / 'prompts.ftl'}: gen-one: text must name the partner with "
        "{ $partner } (the she variant)"
    )


GENDER_NOW = """\
common-gender-now = { $gender ->
        [she] she
        [he] he
       *[name] by name
    }
"""


def test_a_message_about_the_gender_choice_shows_it_in_every_language(tmp_path: Path) -> None:
    files = {
        f"{language.value.replace('-', '_')}_common": _common(language) + GENDER_NOW
        for language in Language
    }
    assert _problems(tmp_path / "all", **files) == []
    files["es_common"] = _common(Language.ES) + "common-gender-now = por nombre\n"
    assert _one(tmp_path / "es", **files) == (
        f"{tmp_path / 'es' / 'es' / 'common.ftl'}: common-gender-now: variables differ from "
        "English's: lacks $gender"
    )


def test_a_number_function_gets_a_number(tmp_path: Path) -> None:
    score = "common-score = { NUMBER($score, minimumFractionDigits: 1) } out of 7\n"
    files = {
        f"{language.value.replace('-', '_')}_common": _common(language) + score
        for language in Language
    }
    assert _problems(tmp_path, **files) == []


def test_persian_writes_its_digits_its_decimal_point_and_isolates_commands() -> None:
    from nudger.i18n.texts import FSI, PDI, shared_texts

    fa = shared_texts().words(Language.FA, "Sam2")
    result = fa("quiz-result-anxiety", level="higher", score=4.2)
    assert "۴٫۲" in result and not any(c in "0123456789" for c in result)
    assert f"{FSI}/resume{PDI}" in fa("pause-paused")
    # The user's own text comes back as typed, digits and all.
    assert f"{FSI}Sam2{PDI}" in fa.prompt("anx-reassurance-01")
    # Grouping between Persian digits is Persian's too, in a message and a percentage.
    assert "۱۲٬۳۴۵" in fa("week-tally", done=1, sent=12345)
    assert fa.percent(12.5) == "۱٬۲۵۰٪"
    # A user's text with private-use characters can't pose as another value.
    named = shared_texts().words(Language.FA, "A\ue001B")
    assert f"{FSI}AB{PDI}" in named.prompt("anx-reassurance-01")

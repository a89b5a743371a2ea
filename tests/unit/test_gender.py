"""The partner's gender reaches every sentence that needs it, in every gendered language.

The locale check proves each ``$gender`` selector complete (she, he, and by name only) and the
name-only wording free of "рад(а)" forms; this proves the choice is used: in each gendered
language some prompts do read differently for she and he, each variant names the partner, and
every message renders for every choice. Persian and English never depend on it.
"""

from __future__ import annotations

import pytest

from nudger.app import load_catalog
from nudger.domain.languages import Language, PartnerGender
from nudger.i18n.texts import shared_texts

CATALOG = load_catalog(None)
NAME = "Alexandra"


def _prompts(language: Language, gender: PartnerGender) -> dict[str, str]:
    t = shared_texts().words(language, NAME, gender)
    return {prompt.id: t.prompt(prompt.id) for prompt in CATALOG}


@pytest.mark.parametrize("language", [lang for lang in Language if lang.gendered])
def test_a_gendered_language_words_some_prompts_by_the_partners_gender(
    language: Language,
) -> None:
    she, he, by_name = (_prompts(language, g) for g in PartnerGender)
    differ = [pid for pid in she if she[pid] != he[pid]]
    assert differ, f"{language}: no prompt depends on the gender"
    for pid in differ:
        # By name only is a third wording, not one of the others with a slash in it.
        assert by_name[pid] not in (she[pid], he[pid]) or she[pid] == he[pid], pid
    for texts in (she, he, by_name):
        assert all(NAME in text for text in texts.values())


@pytest.mark.parametrize("language", [Language.EN, Language.FA])
def test_english_and_persian_read_the_same_for_every_choice(language: Language) -> None:
    she, he, by_name = (_prompts(language, g) for g in PartnerGender)
    assert she == he == by_name


@pytest.mark.parametrize("language", Language)
def test_an_unnamed_partner_is_referred_to_by_name_only(language: Language) -> None:
    """Until a name is given, the partner is "your partner" in the language, worded as by
    name only whatever was chosen (no gendered form can agree with a name not yet given)."""
    t = shared_texts().words(language, None, PartnerGender.SHE)
    assert t.gender is PartnerGender.NAME
    assert t.partner == t("partner-unnamed")

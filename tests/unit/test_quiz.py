from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nudger.bot.quiz import (
    KEEP_BUTTON,
    KEPT_TEXT,
    intro_text,
    item_text,
    question_text,
    result_text,
    same_style_text,
    save_question,
    switch_button,
    switched_text,
)
from nudger.bot.words import style_label
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.quiz import (
    ANCHORS,
    HIGH_ABOVE,
    ITEMS,
    RESULT_STYLES,
    SCALE,
    Dimension,
    Item,
    QuizResult,
    score,
)
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts
from tests.support.ftl_vars import message_variables
from tests.support.words import EN, english

LIMIT = 1000
LONG_NAME = "Maximiliana-Theodora Featherstonehaugh"  # close to the 40-character limit
SAM = english("Sam")
QUIZ_STYLES = (
    AttachmentStyle.SECURE,
    AttachmentStyle.ANXIOUS,
    AttachmentStyle.AVOIDANT,
    AttachmentStyle.FEARFUL,
)


def answers_for(anxiety: int, avoidance: int) -> list[int]:
    """Answers whose *keyed* value is ``anxiety`` / ``avoidance`` on every item."""
    out = []
    for item in ITEMS:
        keyed = anxiety if item.dimension is Dimension.ANXIETY else avoidance
        out.append(8 - keyed if item.reverse else keyed)
    return out


#: The items where agreeing means *less* of the dimension, checked by reading each one.
REVERSED = {"avo-comfort", "anx-relaxed-apart", "anx-sure-of-me", "avo-open-feelings"}


def test_exactly_the_expected_items_are_reverse_keyed() -> None:
    assert {i.id for i in ITEMS if i.reverse} == REVERSED


def test_six_items_per_dimension_two_reversed_each() -> None:
    assert Counter(i.dimension for i in ITEMS) == {Dimension.ANXIETY: 6, Dimension.AVOIDANCE: 6}
    assert Counter(i.dimension for i in ITEMS if i.reverse) == {
        Dimension.ANXIETY: 2,
        Dimension.AVOIDANCE: 2,
    }
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    assert len({item_text(SAM, n) for n in range(len(ITEMS))}) == len(ITEMS)


def test_scale_and_anchors() -> None:
    assert SCALE == (1, 2, 3, 4, 5, 6, 7)
    assert ANCHORS == (1, 4, 7)
    assert EN("quiz-anchor-1") == "Not at all like them"
    assert EN("quiz-anchor-7") == "Very much like them"


@pytest.mark.parametrize("index", range(len(ITEMS)), ids=lambda n: ITEMS[n].id)
def test_every_item_has_its_english_message_naming_the_partner(index: int) -> None:
    """Each item is a message that names the partner and needs nothing else, so a language
    with gender can select on ``$gender`` and every call passes ``$partner``."""
    item: Item = ITEMS[index]
    assert message_variables(Language.EN, f"quiz-item-{item.id}") == {"partner"}
    rendered = item_text(SAM, index)
    assert "Sam" in rendered
    assert "{" not in rendered and "}" not in rendered
    assert len(item_text(english(LONG_NAME), index)) <= 150
    for gender in PartnerGender:
        assert item_text(shared_texts().words(Language.EN, "Sam", gender), index) == rendered
    assert "your partner" in item_text(EN, index)  # not named (yet)


def test_partner_name_with_braces_is_not_reformatted() -> None:
    assert "{x}" in item_text(english("{x}"), 0)
    assert "{x}" in question_text(english("{x}"), 0)


@pytest.mark.parametrize("index", range(len(ITEMS)))
def test_each_reverse_keying_is_applied(index: int) -> None:
    """Flip one item from 4 to 7: its dimension moves up by 3/6, or down if reversed."""
    item = ITEMS[index]
    base = [4] * len(ITEMS)
    changed = list(base)
    changed[index] = 7
    before, after = score(base), score(changed)
    step = -0.5 if item.reverse else 0.5
    if item.dimension is Dimension.ANXIETY:
        assert after.anxiety == pytest.approx(before.anxiety + step)
        assert after.avoidance == before.avoidance
    else:
        assert after.avoidance == pytest.approx(before.avoidance + step)
        assert after.anxiety == before.anxiety


@pytest.mark.parametrize("value", [1, 7])
def test_same_answer_everywhere_is_balanced_by_reversed_items(value: int) -> None:
    # 4 plain items at value, 2 reversed at 8 - value, per dimension.
    expected = (4 * value + 2 * (8 - value)) / 6
    result = score([value] * len(ITEMS))
    assert result.anxiety == pytest.approx(expected)
    assert result.avoidance == pytest.approx(expected)


def test_reversed_items_at_one_and_others_at_seven_is_the_maximum() -> None:
    answers = [1 if item.reverse else 7 for item in ITEMS]
    result = score(answers)
    assert (result.anxiety, result.avoidance) == (7.0, 7.0)
    assert result.style is AttachmentStyle.FEARFUL
    flipped = score([7 if item.reverse else 1 for item in ITEMS])
    assert (flipped.anxiety, flipped.avoidance) == (1.0, 1.0)
    assert flipped.style is AttachmentStyle.SECURE


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "style"),
    [
        (2, 2, AttachmentStyle.SECURE),
        (6, 2, AttachmentStyle.ANXIOUS),
        (2, 6, AttachmentStyle.AVOIDANT),
        (6, 6, AttachmentStyle.FEARFUL),
    ],
)
def test_four_outcomes(anxiety: int, avoidance: int, style: AttachmentStyle) -> None:
    result = score(answers_for(anxiety, avoidance))
    assert result == QuizResult(float(anxiety), float(avoidance), style)


def _with_mean_sixths(dimension: Dimension, sixths: int) -> list[int]:
    """Keyed answers of 4 on both dimensions, raised on ``dimension`` to sum ``sixths``."""
    answers = answers_for(4, 4)
    extra = sixths - 24
    assert 0 <= extra <= 3 * 6
    for i, item in enumerate(ITEMS):
        if item.dimension is dimension and extra > 0:
            bump = min(3, extra)
            extra -= bump
            keyed = 4 + bump
            answers[i] = 8 - keyed if item.reverse else keyed
    return answers


@pytest.mark.parametrize(
    ("dimension", "style"),
    [
        (Dimension.ANXIETY, AttachmentStyle.ANXIOUS),
        (Dimension.AVOIDANCE, AttachmentStyle.AVOIDANT),
    ],
)
def test_cut_off_is_strictly_above_the_midpoint(
    dimension: Dimension, style: AttachmentStyle
) -> None:
    at_cut = score(_with_mean_sixths(dimension, 24))
    just_above = score(_with_mean_sixths(dimension, 25))
    assert getattr(at_cut, dimension.value) == HIGH_ABOVE == 4.0
    assert at_cut.style is AttachmentStyle.SECURE
    assert getattr(just_above, dimension.value) == pytest.approx(25 / 6)
    assert just_above.style is style


def test_both_just_above_the_cut_off_is_fearful() -> None:
    answers = _with_mean_sixths(Dimension.ANXIETY, 25)
    other = _with_mean_sixths(Dimension.AVOIDANCE, 25)
    merged = [
        a if item.dimension is Dimension.ANXIETY else b
        for item, a, b in zip(ITEMS, answers, other, strict=True)
    ]
    assert score(merged).style is AttachmentStyle.FEARFUL


@given(st.lists(st.sampled_from(SCALE), min_size=len(ITEMS), max_size=len(ITEMS)))
def test_scores_stay_on_the_scale_and_match_the_style(answers: list[int]) -> None:
    result = score(answers)
    assert 1.0 <= result.anxiety <= 7.0
    assert 1.0 <= result.avoidance <= 7.0
    high = (result.anxiety > HIGH_ABOVE, result.avoidance > HIGH_ABOVE)
    expected = {
        (False, False): AttachmentStyle.SECURE,
        (True, False): AttachmentStyle.ANXIOUS,
        (False, True): AttachmentStyle.AVOIDANT,
        (True, True): AttachmentStyle.FEARFUL,
    }[high]
    assert result.style is expected


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param([], id="empty"),
        pytest.param([4] * (len(ITEMS) - 1), id="too-few"),
        pytest.param([4] * (len(ITEMS) + 1), id="too-many"),
        pytest.param([4] * (len(ITEMS) - 1) + [0], id="zero"),
        pytest.param([8] + [4] * (len(ITEMS) - 1), id="eight"),
        pytest.param([4] * 5 + [-1] + [4] * 6, id="negative"),
        pytest.param([4] * (len(ITEMS) - 1) + [True], id="bool"),
        pytest.param([4] * (len(ITEMS) - 1) + [4.0], id="float"),
        pytest.param([4] * (len(ITEMS) - 1) + ["4"], id="string"),
    ],
)
def test_invalid_answers_are_rejected(answers: list[object]) -> None:
    with pytest.raises(ValueError, match="answer"):
        score(answers)  # type: ignore[arg-type]


def test_question_text() -> None:
    text = question_text(SAM, 2)
    assert text.startswith(f"Question 3 of {len(ITEMS)}")
    assert item_text(SAM, 2) in text
    for value in ANCHORS:
        assert f"{value} = {EN(f'quiz-anchor-{value}')}" in text
    assert question_text(SAM, len(ITEMS) - 1).startswith(f"Question {len(ITEMS)} of")


@pytest.mark.parametrize("index", [-1, len(ITEMS)])
def test_question_index_out_of_range(index: int) -> None:
    with pytest.raises(IndexError):
        question_text(SAM, index)


def test_result_styles() -> None:
    assert set(RESULT_STYLES) == set(QUIZ_STYLES)


@pytest.mark.parametrize("style", QUIZ_STYLES)
def test_result_text(style: AttachmentStyle) -> None:
    keyed = {
        AttachmentStyle.SECURE: (2, 3),
        AttachmentStyle.ANXIOUS: (6, 3),
        AttachmentStyle.AVOIDANT: (2, 5),
        AttachmentStyle.FEARFUL: (5, 6),
    }[style]
    result = score(answers_for(*keyed))
    assert result.style is style
    text = result_text(SAM, result)
    assert "Sam" in text
    assert f"({keyed[0]:.1f} out of 7)" in text
    assert f"({keyed[1]:.1f} out of 7)" in text
    assert f"“{style_label(EN, style)}”" in text
    assert "not a diagnosis" in text
    assert "People change" in text
    assert "{" not in text
    assert len(result_text(english(LONG_NAME), result)) < LIMIT


def test_result_texts_differ_by_style() -> None:
    texts = {s: result_text(SAM, QuizResult(4.0, 4.0, s)).split("\n", 5)[-1] for s in QUIZ_STYLES}
    assert len(set(texts.values())) == len(QUIZ_STYLES)
    assert "reassurance" in texts[AttachmentStyle.ANXIOUS]
    assert "space" in texts[AttachmentStyle.AVOIDANT]
    # Describes the partner, not an instruction to the user.
    assert "so they may reach out, then pull back" in texts[AttachmentStyle.FEARFUL]


def test_result_text_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown"):
        result_text(SAM, QuizResult(4.0, 4.0, AttachmentStyle.UNKNOWN))


def test_scores_show_one_decimal_and_the_level() -> None:
    text = result_text(SAM, QuizResult(25 / 6, 4.0, AttachmentStyle.ANXIOUS))
    assert "need for reassurance: higher (4.2 out of 7)" in text
    assert "need for independence: lower (4.0 out of 7)" in text


def test_asking_before_changing_the_style() -> None:
    result = score(answers_for(6, 2))
    question = save_question(SAM, result, AttachmentStyle.UNKNOWN)
    assert question is not None
    assert style_label(EN, AttachmentStyle.ANXIOUS) in question
    assert style_label(EN, AttachmentStyle.UNKNOWN) in question
    assert save_question(SAM, result, AttachmentStyle.ANXIOUS) is None
    anxious = style_label(EN, AttachmentStyle.ANXIOUS)
    assert anxious in same_style_text(SAM, AttachmentStyle.ANXIOUS)
    fearful = switch_button(SAM, AttachmentStyle.FEARFUL)
    assert style_label(EN, AttachmentStyle.FEARFUL) in fearful
    assert fearful != SAM(KEEP_BUTTON)
    assert "Sam" in switched_text(SAM, AttachmentStyle.AVOIDANT)
    assert "nothing changed" in SAM(KEPT_TEXT)


def test_intro_text() -> None:
    text = intro_text(english(LONG_NAME))
    assert LONG_NAME in text
    assert str(len(ITEMS)) in text
    assert len(text) < LIMIT


@pytest.mark.parametrize(
    ("count", "noun"), [(1, "1 quick statement "), (12, "12 quick statements")]
)
def test_intro_counts_the_statements_in_words(count: int, noun: str) -> None:
    assert SAM("quiz-intro", count=count).startswith(noun)

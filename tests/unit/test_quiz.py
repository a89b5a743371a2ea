from __future__ import annotations

import string
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nudger.bot.quiz import (
    KEEP_BUTTON,
    KEPT_TEXT,
    same_style_text,
    save_question,
    switch_button,
    switched_text,
)
from nudger.bot.words import style_label
from nudger.domain.languages import Language
from nudger.domain.quiz import (
    ANCHORS,
    HIGH_ABOVE,
    ITEMS,
    SCALE,
    Dimension,
    Item,
    QuizResult,
    intro_text,
    question_text,
    result_text,
    score,
)
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts

LIMIT = 1000
LONG_NAME = "Maximiliana-Theodora Featherstonehaugh"  # close to the 40-character limit
QUIZ_STYLES = (
    AttachmentStyle.SECURE,
    AttachmentStyle.ANXIOUS,
    AttachmentStyle.AVOIDANT,
    AttachmentStyle.FEARFUL,
)

EN = shared_texts().words(Language.EN)


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
    assert len({i.text for i in ITEMS}) == len(ITEMS)


def test_scale_and_anchors() -> None:
    assert SCALE == (1, 2, 3, 4, 5, 6, 7)
    assert set(ANCHORS) == {1, 4, 7}
    assert ANCHORS[1] == "Not at all like them"
    assert ANCHORS[7] == "Very much like them"


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_every_item_names_the_partner_and_nothing_else(item: Item) -> None:
    text = item.text
    fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    assert fields == {"partner"}
    rendered = item.render("Sam")
    assert "Sam" in rendered
    assert "{" not in rendered and "}" not in rendered
    assert len(item.render(LONG_NAME)) <= 150


def test_partner_name_with_braces_is_not_reformatted() -> None:
    assert "{x}" in ITEMS[0].render("{x}")
    assert "{x}" in question_text(0, "{x}")


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
    text = question_text(2, "Sam")
    assert text.startswith(f"Question 3 of {len(ITEMS)}")
    assert ITEMS[2].render("Sam") in text
    for value, label in ANCHORS.items():
        assert f"{value} = {label}" in text
    assert question_text(len(ITEMS) - 1, "Sam").startswith(f"Question {len(ITEMS)} of")


@pytest.mark.parametrize("index", [-1, len(ITEMS)])
def test_question_index_out_of_range(index: int) -> None:
    with pytest.raises(IndexError):
        question_text(index, "Sam")


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
    text = result_text(result, "Sam")
    assert "Sam" in text
    assert f"({keyed[0]:.1f} out of 7)" in text
    assert f"({keyed[1]:.1f} out of 7)" in text
    assert style_label(EN, style) in text
    assert "not a diagnosis" in text
    assert "People change" in text
    assert "{" not in text
    assert len(result_text(result, LONG_NAME)) < LIMIT


def test_result_texts_differ_by_style() -> None:
    texts = {s: result_text(QuizResult(4.0, 4.0, s), "Sam").split("\n", 5)[-1] for s in QUIZ_STYLES}
    assert len(set(texts.values())) == len(QUIZ_STYLES)
    assert "reassurance" in texts[AttachmentStyle.ANXIOUS]
    assert "space" in texts[AttachmentStyle.AVOIDANT]
    # Describes the partner, not an instruction to the user.
    assert "so they may reach out, then pull back" in texts[AttachmentStyle.FEARFUL]


def test_result_text_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown"):
        result_text(QuizResult(4.0, 4.0, AttachmentStyle.UNKNOWN), "Sam")


def test_asking_before_changing_the_style() -> None:
    result = score(answers_for(6, 2))
    question = save_question(result, AttachmentStyle.UNKNOWN)
    assert question is not None
    assert style_label(EN, AttachmentStyle.ANXIOUS) in question
    assert style_label(EN, AttachmentStyle.UNKNOWN) in question
    assert save_question(result, AttachmentStyle.ANXIOUS) is None
    assert style_label(EN, AttachmentStyle.ANXIOUS) in same_style_text(AttachmentStyle.ANXIOUS)
    assert style_label(EN, AttachmentStyle.FEARFUL) in switch_button(AttachmentStyle.FEARFUL)
    assert switch_button(AttachmentStyle.FEARFUL) != KEEP_BUTTON
    assert "Sam" in switched_text(AttachmentStyle.AVOIDANT, "Sam")
    assert "nothing changed" in KEPT_TEXT


def test_intro_text() -> None:
    text = intro_text(LONG_NAME)
    assert LONG_NAME in text
    assert str(len(ITEMS)) in text
    assert len(text) < LIMIT

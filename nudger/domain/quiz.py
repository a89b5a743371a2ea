"""/quiz: a short questionnaire about the partner's observable behaviour.

Twelve statements of our own wording, answered on a 1-7 agreement scale, are
scored on the two dimensions attachment research uses (Overall et al., Nature
Reviews Psychology, 2022, as summarised in ``shared/seed/attachment-article.txt``):

* **anxiety**: worry about rejection and a need for contact and reassurance;
* **avoidance**: discomfort with closeness and a preference for independence.

Each dimension has six items, two of them reverse-keyed (agreeing means *less*
of that dimension), so that someone who taps the same number all the way
through does not get an extreme result.

Scoring: reverse-keyed answers become ``8 - x``; each dimension's score is the
mean of its six answers. **Cut-off:** a dimension counts as high only when its
mean is strictly above 4.0, the scale's midpoint ("Somewhat"). With six items
that means a mean of at least 4 1/6. We use the midpoint rather than a sample
norm because we have no norm sample; "strictly above" means that answering
"Somewhat" to everything, which signals "not sure", gives the mildest result
(secure: general prompts that suit anyone) rather than the most intense one.

Result: both low -> secure, only anxiety high -> anxious, only avoidance high ->
avoidant, both high -> fearful (gentlest prompts from both sides).

This module is pure: it holds the questionnaire's content (items, scale, result) and
arithmetic only. The caller (``bot/quiz.py``) keeps the answers between questions and asks
the user, in its own words, before storing a new style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from nudger.domain.styles import AttachmentStyle

#: The placeholder every item uses, as in the prompt catalog.
PARTNER = "partner"


class Dimension(StrEnum):
    """The two dimensions attachment research measures."""

    ANXIETY = "anxiety"
    AVOIDANCE = "avoidance"


@dataclass(frozen=True)
class Item:
    """One statement; ``reverse`` items count against their dimension."""

    id: str
    text: str
    dimension: Dimension
    reverse: bool = False

    def render(self, partner: str) -> str:
        """The statement with the partner's name filled in."""
        return self.text.format_map({PARTNER: partner})


_A = Dimension.ANXIETY
_V = Dimension.AVOIDANCE

#: The questionnaire, in the order it is asked. Anxiety and avoidance items
#: alternate, and the reverse-keyed ones are spread out.
ITEMS: tuple[Item, ...] = (
    Item("anx-slow-reply", "When I'm slow to reply, {partner} worries something is wrong.", _A),
    Item(
        "avo-change-subject",
        "When I bring up feelings about us, {partner} changes the subject or keeps it short.",
        _V,
    ),
    Item("anx-ask-love", "{partner} asks if I still love them or still want to be together.", _A),
    Item(
        "avo-comfort",
        "When {partner} is stressed or down, they come to me for comfort.",
        _V,
        reverse=True,
    ),
    Item(
        "anx-after-argument",
        "After a small disagreement, {partner} seems afraid I might leave.",
        _A,
    ),
    Item(
        "avo-tense-quiet",
        "When things get tense between us, {partner} goes quiet or wants to be alone.",
        _V,
    ),
    Item(
        "anx-relaxed-apart",
        "{partner} stays relaxed when we have a day or two with little contact.",
        _A,
        reverse=True,
    ),
    Item(
        "avo-close-future",
        "{partner} seems uneasy when we get very close or talk about our future.",
        _V,
    ),
    Item(
        "anx-small-signs",
        "{partner} notices small changes in my mood or messages and worries about them.",
        _A,
    ),
    Item(
        "avo-handle-alone",
        "{partner} would rather handle a problem alone than ask me for help.",
        _V,
    ),
    Item(
        "anx-sure-of-me",
        "{partner} seems sure that I care, even when I don't say it.",
        _A,
        reverse=True,
    ),
    Item(
        "avo-open-feelings",
        "{partner} tells me openly what they feel and what they need.",
        _V,
        reverse=True,
    ),
)

#: The answers a user can give, lowest to highest.
SCALE: tuple[int, ...] = tuple(range(1, 8))
#: Labels for the ends and middle of the scale (the buttons show only the numbers).
ANCHORS: Mapping[int, str] = {
    1: "Not at all like them",
    4: "Somewhat",
    7: "Very much like them",
}
#: A dimension is high when its mean is strictly above this (the scale's midpoint).
HIGH_ABOVE = 4.0
_HIGH_ABOVE_SUM = 4  # per item; compared on integer sums so the cut-off is exact


@dataclass(frozen=True)
class QuizResult:
    """Mean scores (1-7) on each dimension and the style they map to."""

    anxiety: float
    avoidance: float
    style: AttachmentStyle


def score(answers: Sequence[int]) -> QuizResult:
    """Score one answer per item of :data:`ITEMS`, in order.

    Raises ValueError for the wrong number of answers or any answer that is not
    a whole number from 1 to 7.
    """
    if len(answers) != len(ITEMS):
        raise ValueError(f"expected {len(ITEMS)} answers, got {len(answers)}")
    totals = dict.fromkeys(Dimension, 0)
    counts = dict.fromkeys(Dimension, 0)
    for number, (item, answer) in enumerate(zip(ITEMS, answers, strict=True), start=1):
        if isinstance(answer, bool) or not isinstance(answer, int) or answer not in SCALE:
            raise ValueError(f"answer {number} must be a whole number from 1 to 7, got {answer!r}")
        totals[item.dimension] += (8 - answer) if item.reverse else answer
        counts[item.dimension] += 1
    high = {d: totals[d] > _HIGH_ABOVE_SUM * counts[d] for d in Dimension}
    return QuizResult(
        anxiety=totals[_A] / counts[_A],
        avoidance=totals[_V] / counts[_V],
        style=_STYLE_FOR[high[_A], high[_V]],
    )


_STYLE_FOR: Mapping[tuple[bool, bool], AttachmentStyle] = {
    (False, False): AttachmentStyle.SECURE,
    (True, False): AttachmentStyle.ANXIOUS,
    (False, True): AttachmentStyle.AVOIDANT,
    (True, True): AttachmentStyle.FEARFUL,
}


# --- Texts -------------------------------------------------------------------------------

SCALE_HINT = " · ".join(f"{value} = {label}" for value, label in ANCHORS.items())


def intro_text(partner: str) -> str:
    """The message before the first question."""
    return (
        f"{len(ITEMS)} quick statements about things you may have noticed {partner} do "
        f"or say. For each, tap how much it sounds like {partner}, from 1 to 7. "
        "Go with your first feeling; there are no right answers.\n\n"
        "At the end I'll show what your answers suggest and ask before changing anything."
    )


def question_text(index: int, partner: str) -> str:
    """The question at 0-based ``index`` into :data:`ITEMS`, shown as "Question n of 12"."""
    if not 0 <= index < len(ITEMS):
        raise IndexError(f"question index {index} out of range 0..{len(ITEMS) - 1}")
    return f"Question {index + 1} of {len(ITEMS)}\n\n{ITEMS[index].render(partner)}\n\n{SCALE_HINT}"


_DIMENSION_NAMES = {
    Dimension.ANXIETY: "Worry about rejection, need for reassurance",
    Dimension.AVOIDANCE: "Unease with closeness, need for independence",
}

_MEANING = {
    AttachmentStyle.SECURE: (
        "Both are on the lower side. {partner} seems mostly at ease with closeness and with "
        "time apart."
    ),
    AttachmentStyle.ANXIOUS: (
        "Worry is on the higher side. {partner} may fear being let down or left, and feel "
        "calmer with contact and clear reassurance."
    ),
    AttachmentStyle.AVOIDANT: (
        "Unease with closeness is on the higher side. {partner} may value independence and "
        "pull back a little when things get close or tense."
    ),
    AttachmentStyle.FEARFUL: (
        "Both are on the higher side. {partner} may long for closeness and be wary of it, "
        "so they may reach out, then pull back."
    ),
}

_NUDGES = {
    AttachmentStyle.SECURE: (
        "small everyday kindness, attention and appreciation that suit anyone."
    ),
    AttachmentStyle.ANXIOUS: (
        "clear reassurance, words of commitment, warm appreciation and affection."
    ),
    AttachmentStyle.AVOIDANT: (
        "showing you're reliable, respecting their space, taking their view seriously, "
        "crediting what they do, and keeping disagreements calm."
    ),
    AttachmentStyle.FEARFUL: (
        "the gentlest ideas from both sides: steady reassurance, with room to breathe "
        "and no pressure."
    ),
}

NOT_A_DIAGNOSIS = (
    "This is a rough guide from a few things you've noticed, not a diagnosis. People change, "
    "and feeling safe with someone helps."
)


#: The styles' names as the style buttons show them (until the quiz's words move to its
#: .ftl file; the buttons' names are in locales/*/styles.ftl).
_STYLE_NAMES = {
    AttachmentStyle.ANXIOUS: "Anxious",
    AttachmentStyle.AVOIDANT: "Avoidant",
    AttachmentStyle.SECURE: "Secure",
    AttachmentStyle.FEARFUL: "Both",
}


def _level(mean: float) -> str:
    return "higher" if mean > HIGH_ABOVE else "lower"


def result_text(result: QuizResult, partner: str) -> str:
    """What the result means in plain words, the two scores, and what nudges follow."""
    if result.style not in _MEANING:
        raise ValueError(f"a quiz never results in {result.style.value!r}")
    lines = [
        f"Here's what your answers suggest about {partner}.",
        "",
        f"• {_DIMENSION_NAMES[_A]}: {_level(result.anxiety)} ({result.anxiety:.1f} out of 7)",
        f"• {_DIMENSION_NAMES[_V]}: {_level(result.avoidance)} ({result.avoidance:.1f} out of 7)",
        "",
        _MEANING[result.style].format_map({PARTNER: partner}),
        f"That's closest to the “{_STYLE_NAMES[result.style]}” option. Its nudges focus on "
        + _NUDGES[result.style],
        "",
        NOT_A_DIAGNOSIS,
    ]
    return "\n".join(lines)

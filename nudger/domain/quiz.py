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

This module is pure: it holds the questionnaire's structure (items, scale, result) and
arithmetic only, as ids, keys and numbers. The words (each item's statement, the result's
wording) are messages in ``nudger/locales/<language>/quiz.ftl``, named by the keys here
(``quiz-item-<id>``, ``quiz-result-<style>``); the caller (``bot/quiz.py``) renders them,
keeps the answers between questions and asks the user before storing a new style.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from nudger.domain.styles import AttachmentStyle


class Dimension(StrEnum):
    """The two dimensions attachment research measures."""

    ANXIETY = "anxiety"
    AVOIDANCE = "avoidance"


@dataclass(frozen=True)
class Item:
    """One statement; ``reverse`` items count against their dimension."""

    #: Its key: the statement is the message ``quiz-item-<id>``, which names the partner.
    id: str
    dimension: Dimension
    reverse: bool = False


_A = Dimension.ANXIETY
_V = Dimension.AVOIDANCE

#: The questionnaire, in the order it is asked. Anxiety and avoidance items
#: alternate, and the reverse-keyed ones are spread out.
ITEMS: tuple[Item, ...] = (
    Item("anx-slow-reply", _A),
    Item("avo-change-subject", _V),
    Item("anx-ask-love", _A),
    Item("avo-comfort", _V, reverse=True),
    Item("anx-after-argument", _A),
    Item("avo-tense-quiet", _V),
    Item("anx-relaxed-apart", _A, reverse=True),
    Item("avo-close-future", _V),
    Item("anx-small-signs", _A),
    Item("avo-handle-alone", _V),
    Item("anx-sure-of-me", _A, reverse=True),
    Item("avo-open-feelings", _V, reverse=True),
)

#: The answers a user can give, lowest to highest.
SCALE: tuple[int, ...] = tuple(range(1, 8))
#: The points of the scale that have a label (``quiz-anchor-<n>``): its ends and middle.
#: The buttons show only the numbers.
ANCHORS: tuple[int, ...] = (1, 4, 7)
#: A dimension is high when its mean is strictly above this (the scale's midpoint).
HIGH_ABOVE = 4.0
_HIGH_ABOVE_SUM = 4  # per item; compared on integer sums so the cut-off is exact


@dataclass(frozen=True)
class QuizResult:
    """Mean scores (1-7) on each dimension and the style they map to."""

    anxiety: float
    avoidance: float
    style: AttachmentStyle


def score(answers: Sequence[int], items: Sequence[Item] = ITEMS) -> QuizResult:
    """Score one answer per item of ``items`` (this quiz's, or the partner's own
    self-report in :mod:`nudger.domain.self_report`), in order.

    Raises ValueError for the wrong number of answers or any answer that is not
    a whole number from 1 to 7.
    """
    if len(answers) != len(items):
        raise ValueError(f"expected {len(items)} answers, got {len(answers)}")
    totals = dict.fromkeys(Dimension, 0)
    counts = dict.fromkeys(Dimension, 0)
    for number, (item, answer) in enumerate(zip(items, answers, strict=True), start=1):
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


class Level(StrEnum):
    """Where a dimension's mean lies: above the cut-off or not."""

    HIGHER = "higher"
    LOWER = "lower"


def level(mean: float) -> Level:
    """``HIGHER`` when ``mean`` is strictly above :data:`HIGH_ABOVE`."""
    return Level.HIGHER if mean > HIGH_ABOVE else Level.LOWER


#: The styles a quiz can result in (never "Not sure").
RESULT_STYLES: tuple[AttachmentStyle, ...] = tuple(_STYLE_FOR.values())

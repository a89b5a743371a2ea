"""The linked partner's own self-report: ten statements about themselves.

Our own wording, on the same two dimensions and 1-7 scale as the quiz about a partner
(:mod:`nudger.domain.quiz`), scored the same way (:func:`nudger.domain.quiz.score` with
:data:`ITEMS`): five statements per dimension, two of each reverse-keyed, so answering the
same number throughout gives scores near the middle (3.4 to 4.6), never an extreme one.
The words are the messages ``self-item-<id>`` in ``nudger/locales/<language>/partners.ftl``.

The result is shown to the person who answered first; only its style's name is ever shared,
and only if they choose to. It is a rough guide, never a diagnosis.
"""

from __future__ import annotations

from nudger.domain.quiz import Dimension, Item

_A = Dimension.ANXIETY
_V = Dimension.AVOIDANCE

#: The statements in the order asked: the dimensions alternate, reverse-keyed ones spread out.
ITEMS: tuple[Item, ...] = (
    Item("anx-slow-reply", _A),
    Item("avo-step-back", _V),
    Item("anx-hear-it", _A),
    Item("avo-comfort", _V, reverse=True),
    Item("anx-relaxed-apart", _A, reverse=True),
    Item("avo-alone", _V),
    Item("anx-after-argument", _A),
    Item("avo-open", _V, reverse=True),
    Item("anx-sure-cared", _A, reverse=True),
    Item("avo-tense-quiet", _V),
)

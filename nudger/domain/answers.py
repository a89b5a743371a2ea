"""Whether a tap on a nudge's Done, Skip or Snooze counts: the rule, apart from its storage.

A nudge can be answered once, by its owner, on the day it was for. ``unknown`` (the send's
answer never came) is answerable like ``sent``: a tap on it proves it arrived. A nudge sent
before the start of the user's local day is old: a Done today must not count for a day that
has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from nudger.domain.model import NudgeState

#: The states an answer may move a nudge out of.
ANSWERABLE = frozenset({NudgeState.SENT, NudgeState.UNKNOWN})


class AnswerStatus(StrEnum):
    RECORDED = "recorded"  # the answer counts (it is recorded, if no other tap came first)
    ALREADY = "already"  # answered before, or not (yet) answerable
    OLD = "old"  # sent on an earlier day
    NOT_FOUND = "not_found"  # no such nudge for this user


@dataclass(frozen=True)
class TappedNudge:
    """The nudge a tap names, as far as the answer rule needs it."""

    state: NudgeState
    sent_at: datetime | None
    due_at: datetime
    prompt_id: str | None


@dataclass(frozen=True)
class Answer:
    """What came of a tap: its status, the nudge's state after it and the nudge's prompt."""

    status: AnswerStatus
    state: NudgeState | None = None
    prompt_id: str | None = None


def judge(nudge: TappedNudge | None, day_start: datetime) -> AnswerStatus:
    """Whether an answer to ``nudge`` (None: not the sender's, or no such nudge) counts.

    ``day_start`` is the start of the user's local day. A row without a send time (one
    from before ``unknown`` sends got one) is judged by its due time.
    """
    if nudge is None:
        return AnswerStatus.NOT_FOUND
    if nudge.state not in ANSWERABLE:
        return AnswerStatus.ALREADY
    if (nudge.sent_at or nudge.due_at) < day_start:
        return AnswerStatus.OLD
    return AnswerStatus.RECORDED

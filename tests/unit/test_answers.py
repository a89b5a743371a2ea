"""The answer rule as a table: who may answer a nudge, in which state, and until when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nudger.domain.answers import AnswerStatus, TappedNudge, judge
from nudger.domain.model import NudgeState

S = NudgeState
A = AnswerStatus
DAY = datetime(2026, 11, 27, tzinfo=UTC)  # the start of the user's local day
TODAY = DAY + timedelta(hours=9)
YESTERDAY = TODAY - timedelta(days=1)
TICK = timedelta(microseconds=1)


def nudge(state: NudgeState, sent_at: datetime | None, due_at: datetime = TODAY) -> TappedNudge:
    return TappedNudge(state, sent_at, due_at, prompt_id="anx-x")


@pytest.mark.parametrize(
    ("tapped", "status"),
    [
        # Not the sender's nudge (or none at all): another user's tap changes nothing.
        (None, A.NOT_FOUND),
        # The first tap on a nudge sent today counts.
        (nudge(S.SENT, TODAY), A.RECORDED),
        # A tap on a send whose answer never came proves it arrived.
        (nudge(S.UNKNOWN, TODAY), A.RECORDED),
        (nudge(S.UNKNOWN, None), A.RECORDED),
        # Not sent yet: nothing to answer.
        (nudge(S.PLANNED, None), A.ALREADY),
        (nudge(S.SENDING, None), A.ALREADY),
        # Answered before: only the first tap counts.
        (nudge(S.SNOOZED, TODAY), A.ALREADY),
        (nudge(S.DONE, TODAY), A.ALREADY),
        (nudge(S.SKIPPED, TODAY), A.ALREADY),
        # Answered before on an earlier day: it says so rather than "old".
        (nudge(S.DONE, YESTERDAY, YESTERDAY), A.ALREADY),
        # Sent on an earlier day: a Done today must not count for it.
        (nudge(S.SENT, YESTERDAY, YESTERDAY), A.OLD),
        (nudge(S.UNKNOWN, YESTERDAY, YESTERDAY), A.OLD),
        (nudge(S.SENT, DAY - TICK), A.OLD),
        (nudge(S.SENT, DAY), A.RECORDED),
        # The send time decides, not the due time (a late send belongs to the day it came).
        (nudge(S.SENT, DAY, due_at=YESTERDAY), A.RECORDED),
        (nudge(S.SENT, DAY - TICK, due_at=TODAY), A.OLD),
        # Without a send time, the due time decides.
        (nudge(S.UNKNOWN, None, due_at=DAY - TICK), A.OLD),
        (nudge(S.UNKNOWN, None, due_at=DAY), A.RECORDED),
    ],
)
def test_judge(tapped: TappedNudge | None, status: AnswerStatus) -> None:
    assert judge(tapped, DAY) is status


@pytest.mark.parametrize("state", list(NudgeState))
def test_only_a_sent_or_unknown_nudge_can_be_answered(state: NudgeState) -> None:
    answerable = state in (S.SENT, S.UNKNOWN)
    assert judge(nudge(state, TODAY), DAY) is (A.RECORDED if answerable else A.ALREADY)

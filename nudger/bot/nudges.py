"""/now, and answering a nudge with its Done, Skip or Snooze button.

The nudge's text and its buttons' data (``n:<nudge id>:<d|s|z>``) come from
:mod:`nudger.services.nudge_message`, shared with the dispatcher that sends it. An answer
edits the nudge to show what was chosen. Only the nudge's owner may answer it, once, and
only on the day it was for; Snooze brings it back in an hour (or when quiet hours end).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from nudger.bot import words
from nudger.bot.base import (
    Action,
    Deps,
    Edit,
    Reply,
    Send,
    Sender,
    local_midnight,
    profile_reactivating,
    to_local,
    words_for_sender,
)
from nudger.bot.routes import Command, Routes, Taps
from nudger.domain.answers import Answer, AnswerStatus, judge
from nudger.domain.model import NudgeSource, Outcome, Profile
from nudger.domain.planning import next_send_time
from nudger.i18n.texts import Words
from nudger.logs import log_event
from nudger.services import nudge_message
from nudger.storage import nudges
from nudger.storage.db import Session

logger = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)

# --- words ---------------------------------------------------------------------------


def snooze_mark(t: Words, at: datetime, next_day: bool = False) -> str:
    time = t.clock(at.time())
    return t("nudge-snooze-mark-tomorrow" if next_day else "nudge-snooze-mark", time=time)


def already(t: Words, state: str) -> str:
    if state in ("done", "skipped", "snoozed"):
        return t(f"nudge-already-{state}")
    return t("nudge-already-other")


# --- use cases -------------------------------------------------------------------------


class NudgeFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def routes(self) -> Routes:
        return Routes(
            commands=(Command("now", lambda sender, _args: self.now(sender)),),
            taps=Taps(nudge_message.PREFIX, nudge_message.parse_answer, self.answer),
        )

    async def now(self, sender: Sender) -> Reply:
        """/now: a nudge due at once; the nudge itself is the reply."""
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None or not profile.onboarded:
                return Reply([Send(t(words.NOT_SET_UP))])
            if await nudges.has_pending(session, profile.id, NudgeSource.NOW):
                return Reply([Send(t("nudge-now-on-its-way"))])
            nudge_id = await nudges.add(session, profile.id, now, NudgeSource.NOW, now)
        log_event(logger, "nudge_requested", user=profile.id, nudge=nudge_id)
        self._deps.wake_dispatcher()
        return Reply()

    async def answer(
        self, sender: Sender, answer: tuple[int, Outcome], message_id: int | None
    ) -> Reply:
        """Done, Skip or Snooze on nudge ``answer[0]``."""
        nudge_id, outcome = answer
        now = self._deps.clock()
        async with self._deps.sessions.begin() as session:
            profile = await profile_reactivating(session, sender, now)
            t = words_for_sender(self._deps.texts, sender, profile)
            if profile is None:
                return Reply(notice=t(words.NOT_SET_UP))
            today = local_midnight(now, profile)
            resend_at = _snooze_until(now, profile)
            result = await _record(session, nudge_id, profile.id, outcome, now, resend_at, today)
        if result.status is AnswerStatus.NOT_FOUND:
            log_event(logger, "tap_rejected", user=profile.id, reason="not_found")
            return Reply(notice=t(words.NOT_YOURS))
        if result.status is AnswerStatus.OLD:
            return Reply(notice=t("nudge-old"))
        if result.status is AnswerStatus.ALREADY:
            state = result.state.value if result.state else ""
            return Reply(notice=already(t, state))
        log_event(logger, "nudge_answered", user=profile.id, nudge=nudge_id, outcome=outcome.value)
        prompt = self._deps.catalog.get(result.prompt_id or "")
        body = nudge_message.nudge_text(t, prompt)
        if outcome is Outcome.DONE:
            mark = t("nudge-done-mark")
        elif outcome is Outcome.SKIP:
            mark = t("nudge-skip-mark")
        else:
            local = to_local(resend_at, profile) or resend_at
            today_local = to_local(now, profile) or now
            mark = snooze_mark(t, local, next_day=local.date() != today_local.date())
        actions: list[Action] = []
        if message_id is not None:
            actions.append(Edit(message_id, f"{body}\n\n{mark}"))
        return Reply(actions, notice=mark)


async def _record(
    session: Session,
    nudge_id: int,
    user_id: int,
    outcome: Outcome,
    now: datetime,
    snooze_until: datetime,
    day_start: datetime,
) -> Answer:
    """Judge the tap (:func:`nudger.domain.answers.judge`), record the answer if it counts and,
    for a Snooze, add the nudge that brings the same prompt back at ``snooze_until``.

    The caller's transaction holds all three, so a Snooze is never recorded without its resend.
    """
    nudge = await nudges.for_answer(session, nudge_id, user_id)
    status = judge(nudge, day_start)
    if nudge is None:
        return Answer(status)
    if status is not AnswerStatus.RECORDED:
        return Answer(status, state=nudge.state, prompt_id=nudge.prompt_id)
    if not await nudges.record_answer(session, nudge_id, nudge.state, outcome, now):
        # Another tap moved it between the read and the write.
        return Answer(AnswerStatus.ALREADY, state=nudge.state, prompt_id=nudge.prompt_id)
    if outcome is Outcome.SNOOZE:
        await nudges.add(
            session, user_id, snooze_until, NudgeSource.SNOOZE, now, prompt_id=nudge.prompt_id
        )
    return Answer(AnswerStatus.RECORDED, state=outcome.state, prompt_id=nudge.prompt_id)


def _snooze_until(now: datetime, profile: Profile) -> datetime:
    """An hour from now, or when the user's quiet hours end if it would fall in them."""
    due = now + SNOOZE
    schedule = profile.schedule
    if schedule is None:
        return due
    return next_send_time(due, schedule.timezone, schedule.quiet_start, schedule.quiet_end)

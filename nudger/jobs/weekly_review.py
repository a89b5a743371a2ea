"""The weekly job: send each user's review at their chosen local day and hour, once a week.

Exactly once per user and week, across ticks, restarts and workers: a review
is first claimed with a row in ``reviews`` (UNIQUE user and week) in the same
transaction that moves the user's ``next_review_at`` on; only then is it drawn
and sent. A crash between claim and send loses that one review rather than
sending it twice (it stays ``sending`` in the table).

Sends share the dispatcher's :class:`~nudger.jobs.send_budget.SendBudget` (rate limit
and 429 hold, across all workers). A 429 or a network error puts the review in ``retry`` for a later
tick; it is given up after ``MAX_ATTEMPTS`` or once ``STALE_AFTER`` has passed.

The same job ends pauses whose length has run out and tells those users.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from nudger.bot.pause import PauseFlow
from nudger.clock import Clock
from nudger.domain.calendar import next_review_at, week_covered
from nudger.domain.catalog import Catalog
from nudger.domain.model import Profile
from nudger.domain.streaks import week_start
from nudger.jobs.dispatcher import backoff
from nudger.jobs.send_budget import SendBudget
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger
from nudger.services.review import ReviewInputs, load_inputs, render, week_keyboard
from nudger.storage import reviews, users
from nudger.storage.db import Sessions
from nudger.web.metrics import Metrics

logger = logging.getLogger(__name__)

#: Users handled per transaction.
PAGE = 50
#: A review more than this late (downtime, retries) is skipped, not sent days late.
STALE_AFTER = timedelta(hours=12)
#: Sends tried per review before it is given up.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class _Claimed:
    review_id: int
    profile: Profile
    week: date
    attempt: int


class Reviewer:
    def __init__(
        self,
        sessions: Sessions,
        messenger: Messenger,
        catalog: Catalog,
        clock: Clock,
        pauses: PauseFlow,
        budget: SendBudget | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._sessions = sessions
        self._messenger = messenger
        self._catalog = catalog
        self._clock = clock
        self._pauses = pauses
        self._budget = budget or SendBudget(sessions, 25.0)
        self._metrics = metrics or Metrics()
        self._lock = asyncio.Lock()

    async def tick(self) -> int:
        """End finished pauses, then send every review that is due. Returns reviews sent."""
        async with self._lock:
            for notice in await self._pauses.resume_due():
                try:
                    await self._messenger.send(notice.chat_id, notice.text)
                except DeliveryError as error:
                    log_event(logger, "notice_failed", logging.WARNING, reason=error.reason)
            sent = 0
            for claim in (self._claim_retries, self._claim_due):
                while await self._may_claim():
                    claimed, more = await claim()
                    for review in claimed:
                        sent += await self._send(review)
                    if not more:
                        break
            return sent

    async def _may_claim(self) -> bool:
        await self._budget.backlog()  # learns of a hold set by another worker
        return not self._budget.held(self._clock())

    async def _claim_due(self) -> tuple[list[_Claimed], bool]:
        """Claim the reviews now due (a short transaction: history is read afterwards)."""
        now = self._clock()
        claimed: list[_Claimed] = []
        async with self._sessions.begin() as session:
            due_users = await users.reviews_due(session, now, PAGE)
            for profile in due_users:
                assert profile.timezone is not None  # reviews_due: set-up users only
                try:
                    following = next_review_at(
                        now, profile.timezone, profile.review_day, profile.review_hour
                    )
                    due = profile.next_review_at
                    week = week_covered(due, profile.timezone) if due is not None else None
                except (ValueError, KeyError) as error:  # e.g. a zone gone from the tz database
                    await users.set_next_review(session, profile.id, now + timedelta(days=7))
                    log_event(
                        logger,
                        "review_failed",
                        logging.WARNING,
                        user=profile.id,
                        reason=type(error).__name__,
                    )
                    continue
                await users.set_next_review(session, profile.id, following)
                if due is None or week is None or now - due > STALE_AFTER:
                    continue  # first scheduling, or too late after downtime
                review_id = await reviews.claim(session, profile.id, week, now)
                if review_id is not None:  # None: already sent for this week
                    claimed.append(_Claimed(review_id, profile, week, 1))
        return claimed, len(due_users) == PAGE

    async def _claim_retries(self) -> tuple[list[_Claimed], bool]:
        now = self._clock()
        claimed: list[_Claimed] = []
        async with self._sessions.begin() as session:
            retries = await reviews.claim_retries(session, now, PAGE)
            profiles = await users.by_ids(session, {r.user_id for r in retries})
            for retry in retries:
                profile = profiles.get(retry.user_id)
                if profile is None or not profile.onboarded or not profile.active:
                    await reviews.finish(session, retry.review_id, now, "user_unavailable")
                elif now - retry.created_at > STALE_AFTER or retry.attempt > MAX_ATTEMPTS:
                    await reviews.finish(session, retry.review_id, now, "gave_up")
                else:
                    claimed.append(
                        _Claimed(retry.review_id, profile, retry.week_start, retry.attempt)
                    )
        return claimed, len(retries) == PAGE

    async def _inputs(self, review: _Claimed) -> ReviewInputs | None:
        """The review's history, or None if the user has gone meanwhile."""
        async with self._sessions() as session:
            if not await reviews.exists(session, review.review_id):
                return None  # the user deleted their data meanwhile
            return await load_inputs(
                session, self._catalog, review.profile, review.week, self._clock()
            )

    async def _send(self, review: _Claimed) -> int:
        error: DeliveryError | None = None
        try:
            inputs = await self._inputs(review)
            if inputs is None:
                return 0
            if review.profile.paused and inputs.paused_all_week:
                return await self._finish(review, "paused", skipped=True)
            rendered = await asyncio.to_thread(render, inputs)
        except Exception as failure:  # noqa: BLE001 - one user's drawing bug must not stop the rest
            return await self._finish(review, f"draw_{type(failure).__name__}"[:64])
        keyboard = week_keyboard(inputs.week, week_start(inputs.today), inputs.first_week)
        await self._budget.turn(review.profile.id)
        now = self._clock()
        if self._budget.held(now):
            return await self._finish(review, "held", retry_at=self._budget.hold_until or now)
        async with self._sessions() as session:
            if not await reviews.exists(session, review.review_id):
                return 0  # the user deleted their data meanwhile
        try:
            await self._messenger.send_photo(
                review.profile.chat_id, rendered.png, rendered.caption, keyboard
            )
        except DeliveryError as failure:
            error = failure
        if error is None:
            return await self._finish(review, None)
        if error.retry_after is not None:
            due = self._clock() + timedelta(seconds=error.retry_after)
            await self._budget.hold(due)
            self._metrics.send_throttled.inc()
            return await self._finish(review, "retry_after", retry_at=due)
        if not (error.permanent or error.blocked or error.outcome_unknown):
            due = self._clock() + backoff(review.attempt)
            return await self._finish(review, error.reason, retry_at=due)
        return await self._finish(review, error.reason, blocked=error.blocked)

    async def _finish(
        self,
        review: _Claimed,
        error: str | None,
        *,
        retry_at: datetime | None = None,
        blocked: bool = False,
        skipped: bool = False,
    ) -> int:
        now = self._clock()
        user = review.profile.id
        async with self._sessions.begin() as session:
            await reviews.finish(session, review.review_id, now, error, retry_at, skipped)
            if blocked:
                await users.deactivate(session, user, now)
        if error is None:
            log_event(logger, "review_sent", user=user, attempt=review.attempt)
            return 1
        if skipped:
            log_event(logger, "review_skipped", user=user, reason=error)
            return 0
        event = "review_retry" if retry_at is not None else "review_failed"
        log_event(logger, event, logging.WARNING, user=user, reason=error)
        return 0

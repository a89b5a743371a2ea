"""The weekly job: send each user's review at their chosen local day and hour, once a week.

Exactly once per user and week, across ticks, restarts and workers: a review
is first claimed with a row in ``reviews`` (UNIQUE user and week) in the same
transaction that moves the user's ``next_review_at`` on; only then is it drawn
and sent. A crash between claim and send loses that one review rather than
sending it twice (it stays ``sending`` in the table).

Sends share the dispatcher's :class:`~nudger.jobs.send_budget.SendBudget` (rate limit
and 429 hold, across all workers). A failed send is handled as
:func:`nudger.domain.delivery.decide` says: a 429, a network error or a moved chat puts the
review in ``retry`` for a later tick (a moved chat at once, to the new chat); a retry is given
up when it is claimed for one attempt too many (:func:`~nudger.domain.delivery.exhausted`, the
policy's one give-up rule), or once ``STALE_AFTER`` has passed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from nudger.clock import Clock
from nudger.domain.calendar import next_review_at, week_covered
from nudger.domain.catalog import Catalog
from nudger.domain.delivery import decide, exhausted
from nudger.domain.model import Profile
from nudger.domain.streaks import week_start
from nudger.i18n.texts import Texts, shared_texts
from nudger.jobs.outlast import Waits, outlast
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
#: How long recording a review's outcome waits for the database (as a nudge's default lease).
RECORD_FOR = timedelta(minutes=2)


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
        budget: SendBudget | None = None,
        metrics: Metrics | None = None,
        texts: Texts | None = None,
    ) -> None:
        self._sessions = sessions
        self._messenger = messenger
        self._catalog = catalog
        self._texts = texts or shared_texts()
        self._clock = clock
        self._budget = budget or SendBudget(sessions, 25.0)
        self._metrics = metrics or Metrics()
        self._lock = asyncio.Lock()
        self._waits = Waits()  # an outage is one WARNING, not one per review and wait

    async def tick(self) -> int:
        """Send every review that is due, retries first. Returns reviews sent."""
        async with self._lock:
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
                elif now - retry.created_at > STALE_AFTER or exhausted(retry.attempt):
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
            profile = review.profile
            t = self._texts.words(profile.language, profile.partner_name, profile.partner_gender)
            rendered = await asyncio.to_thread(render, inputs, t)
        except Exception as failure:  # noqa: BLE001 - one user's drawing bug must not stop the rest
            return await self._finish(review, f"draw_{type(failure).__name__}"[:64])
        keyboard = week_keyboard(t, inputs.week, week_start(inputs.today), inputs.first_week)
        paid = await self._budget.turn(review.profile.id)
        now = self._clock()
        if self._budget.held(now):
            return await self._finish(review, "held", retry_at=self._budget.hold_until or now)
        async with self._sessions() as session:
            if not await reviews.exists(session, review.review_id):
                return 0  # the user deleted their data meanwhile
        try:
            await self._messenger.send_photo(
                review.profile.chat_id, rendered.png, rendered.caption, keyboard, paid=paid
            )
        except DeliveryError as failure:
            error = failure
        if error is None:
            if paid:
                self._metrics.paid_sends.inc()
            return await self._finish(review, None)
        # Given up when a retry is claimed (see _claim_retries, exhausted), not here.
        decision = decide(error.failure, review.attempt, max_attempts=None)
        now = self._clock()
        retry_at = None if decision.retry_in is None else now + decision.retry_in
        if decision.holds_every_send and retry_at is not None:
            hold_until = retry_at
            await self._outlast(review, lambda: self._budget.hold(hold_until))
            self._metrics.send_throttled.inc()
        return await self._finish(
            review,
            decision.error,
            retry_at=retry_at,
            blocked=decision.deactivates_user,
            move_to=decision.move_to,
        )

    async def _outlast(self, review: _Claimed, step: Callable[[], Awaitable[None]]) -> None:
        """Run a write about a review through a database outage (up to ``RECORD_FOR``)."""
        until = self._clock() + RECORD_FOR
        await outlast(
            step,
            clock=self._clock,
            until=until,
            event="review_record_retry",
            waits=self._waits,
            user=review.profile.id,
        )

    async def _finish(
        self,
        review: _Claimed,
        error: str | None,
        *,
        retry_at: datetime | None = None,
        blocked: bool = False,
        skipped: bool = False,
        move_to: int | None = None,
    ) -> int:
        now = self._clock()
        user = review.profile.id

        async def write() -> None:
            async with self._sessions.begin() as session:
                await reviews.finish(session, review.review_id, now, error, retry_at, skipped)
                if blocked:
                    await users.deactivate(session, user, now)
                if move_to is not None:
                    await users.move_chat(session, user, move_to, now)

        # Unrecorded, a sent review would stay 'sending' and one to retry would be lost.
        await self._outlast(review, write)
        if error is None:
            log_event(logger, "review_sent", user=user, attempt=review.attempt)
            return 1
        if skipped:
            log_event(logger, "review_skipped", user=user, reason=error)
            return 0
        event = "review_retry" if retry_at is not None else "review_failed"
        log_event(logger, event, logging.WARNING, user=user, reason=error)
        return 0

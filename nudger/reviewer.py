"""The weekly job: send each user's review at their chosen local day and hour, once a week.

Exactly once per user and week, across ticks, restarts and workers: a review
is first claimed with a row in ``reviews`` (UNIQUE user and week) in the same
transaction that moves the user's ``next_review_at`` on; only then is it drawn
and sent. A crash between claim and send loses that one review rather than
sending it twice (it stays ``sending`` in the table).

The same job ends pauses whose length has run out and tells those users.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from nudger.clock import Clock
from nudger.domain.calendar import next_review_at, week_covered
from nudger.domain.catalog import Catalog
from nudger.domain.streaks import week_start
from nudger.features.pause import PauseFlow
from nudger.features.review import ReviewInputs, load_inputs, render, week_keyboard
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger
from nudger.storage import repository as repo
from nudger.storage.db import Sessions

logger = logging.getLogger(__name__)

#: Users handled per transaction.
PAGE = 50
#: A review more than this late (the service was down) is skipped, not sent days late.
STALE_AFTER = timedelta(hours=12)


@dataclass(frozen=True)
class _Claimed:
    review_id: int
    user_id: int
    chat_id: int
    inputs: ReviewInputs


class Reviewer:
    def __init__(
        self,
        sessions: Sessions,
        messenger: Messenger,
        catalog: Catalog,
        clock: Clock,
        pauses: PauseFlow,
    ) -> None:
        self._sessions = sessions
        self._messenger = messenger
        self._catalog = catalog
        self._clock = clock
        self._pauses = pauses
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
            while True:
                claimed, more = await self._claim_page()
                for review in claimed:
                    sent += await self._send(review)
                if not more:
                    break
            return sent

    async def _claim_page(self) -> tuple[list[_Claimed], bool]:
        now = self._clock()
        claimed: list[_Claimed] = []
        async with self._sessions.begin() as session:
            users = await repo.reviews_due(session, now, PAGE)
            for profile in users:
                assert profile.timezone is not None  # reviews_due: set-up users only
                due = profile.next_review_at
                following = next_review_at(
                    now, profile.timezone, profile.review_day, profile.review_hour
                )
                await repo.set_next_review(session, profile.id, following)
                if due is None or now - due > STALE_AFTER or profile.paused:
                    continue  # first scheduling, too late, or paused: no review this time
                week = week_covered(due, profile.timezone)
                review_id = await repo.claim_review(session, profile.id, week, now)
                if review_id is None:
                    continue  # already sent for this week
                inputs = await load_inputs(session, self._catalog, profile, week, now)
                claimed.append(_Claimed(review_id, profile.id, profile.chat_id, inputs))
        return claimed, len(users) == PAGE

    async def _send(self, review: _Claimed) -> int:
        error: str | None = None
        blocked = False
        try:
            rendered = await asyncio.to_thread(render, review.inputs)
            current = week_start(review.inputs.today)
            await self._messenger.send_photo(
                review.chat_id,
                rendered.png,
                rendered.caption,
                week_keyboard(review.inputs.week, current),
            )
        except DeliveryError as failure:
            error, blocked = failure.reason, failure.blocked
        except Exception as failure:  # noqa: BLE001 - one user's drawing bug must not stop the rest
            error, blocked = type(failure).__name__, False
        async with self._sessions.begin() as session:
            await repo.finish_review(session, review.review_id, self._clock(), error)
            if error is not None and blocked:
                await repo.set_inactive(session, review.user_id, self._clock())
        if error is None:
            log_event(logger, "review_sent", user=review.user_id)
            return 1
        log_event(logger, "review_failed", logging.WARNING, user=review.user_id, reason=error)
        return 0

"""The pause-ends tick: end the pauses whose length has run out and say "welcome back".

The pauses end (and the users are planned again) in :func:`nudger.services.pauses.resume_due`,
committed before anything is sent; this job then sends each notice within the shared send
budget and applies the send policy (:func:`nudger.domain.delivery.decide`) to a failure. A
notice is not stored, so one that cannot go now is not tried again later: the user finds
their nudges back anyway.

The pauses are already ended when the notices go out: a notice lost to a database blink on
its send slot would be lost for good, and one error must not stop the notices behind it. So
the database steps of a notice wait out an outage (:mod:`nudger.jobs.outlast`, at most
``WAIT_FOR`` in all for a tick), and a notice that fails for any other reason is logged and
dropped on its own.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TypeVar

from nudger.clock import Clock
from nudger.domain.delivery import SendDecision, decide
from nudger.i18n.texts import Texts, shared_texts
from nudger.jobs.outlast import Waits, outlast
from nudger.jobs.send_budget import SendBudget
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger
from nudger.services.pauses import Notice, resume_due
from nudger.services.planning import Planner
from nudger.storage import users
from nudger.storage.db import Sessions
from nudger.web.metrics import Metrics

logger = logging.getLogger(__name__)

#: Sends tried per notice: the first, and one to the new chat if the chat moved.
NOTICE_ATTEMPTS = 2
#: How long a tick's notices wait for the database in all (as a weekly review's record).
WAIT_FOR = timedelta(minutes=2)

T = TypeVar("T")


class PauseEnds:
    def __init__(
        self,
        sessions: Sessions,
        messenger: Messenger,
        clock: Clock,
        planner: Planner,
        budget: SendBudget,
        texts: Texts | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._sessions = sessions
        self._texts = texts or shared_texts()
        self._metrics = metrics or Metrics()
        self._messenger = messenger
        self._clock = clock
        self._planner = planner
        self._budget = budget
        self._lock = asyncio.Lock()
        self._waits = Waits()  # an outage is one WARNING, not one per notice and wait

    async def tick(self) -> int:
        """End the pauses that ran out and tell those users; returns notices sent."""
        async with self._lock:
            notices = await resume_due(self._sessions, self._planner, self._texts, self._clock())
            until = self._clock() + WAIT_FOR
            sent = 0
            for notice in notices:
                try:
                    sent += await self._send(notice, until)
                except Exception as error:  # noqa: BLE001 - one notice must not stop the rest
                    log_event(
                        logger,
                        "notice_failed",
                        logging.WARNING,
                        user=notice.user_id,
                        outcome="dropped",
                        error=type(error).__name__,
                    )
            return sent

    async def _send(self, notice: Notice, until: datetime) -> bool:
        chat_id = notice.chat_id
        for attempt in range(1, NOTICE_ATTEMPTS + 1):
            paid = await self._outlast(notice, until, lambda: self._budget.turn(notice.user_id))
            try:
                await self._messenger.send(chat_id, notice.text, paid=paid)
            except DeliveryError as error:
                # Not stored, so no later attempt: only a moved chat is tried again, at once.
                decision = decide(error.failure, attempt, max_attempts=NOTICE_ATTEMPTS)
                await self._apply(notice, until, decision)
                if decision.move_to is not None and attempt < NOTICE_ATTEMPTS:
                    chat_id = decision.move_to
                    continue
                log_event(
                    logger,
                    "notice_failed",
                    logging.WARNING,
                    user=notice.user_id,
                    reason=error.reason,
                    outcome="dropped",
                    decision=decision.outcome.value,
                )
                return False
            if paid:
                self._metrics.paid_sends.inc()
            return True
        return False

    async def _apply(self, notice: Notice, until: datetime, decision: SendDecision) -> None:
        """What a failed notice means for every send (a 429 hold) and for the user."""
        now = self._clock()
        if decision.holds_every_send and decision.retry_in is not None:
            hold_until = now + decision.retry_in
            await self._outlast(notice, until, lambda: self._budget.hold(hold_until))
        if decision.move_to is None and not decision.deactivates_user:
            return

        async def write() -> None:
            async with self._sessions.begin() as session:
                if decision.move_to is not None:
                    await users.move_chat(session, notice.user_id, decision.move_to, now)
                if decision.deactivates_user:
                    await users.deactivate(session, notice.user_id, now)

        await self._outlast(notice, until, write)

    async def _outlast(
        self, notice: Notice, until: datetime, step: Callable[[], Awaitable[T]]
    ) -> T:
        """Run a notice's database step through an outage, until ``until``."""
        return await outlast(
            step,
            clock=self._clock,
            until=until,
            event="notice_retry",
            waits=self._waits,
            user=notice.user_id,
        )

"""The pause-ends tick: end the pauses whose length has run out and say "welcome back".

The pauses end (and the users are planned again) in :func:`nudger.services.pauses.resume_due`,
committed before anything is sent; this job then sends each notice within the shared send
budget and applies the send policy (:func:`nudger.domain.delivery.decide`) to a failure. A
notice is not stored, so one that cannot go now is not tried again later: the user finds
their nudges back anyway.
"""

from __future__ import annotations

import asyncio
import logging

from nudger.clock import Clock
from nudger.domain.delivery import decide
from nudger.jobs.send_budget import SendBudget
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger
from nudger.services.pauses import Notice, resume_due
from nudger.services.planning import Planner
from nudger.storage import users
from nudger.storage.db import Sessions

logger = logging.getLogger(__name__)

#: Sends tried per notice: the first, and one to the new chat if the chat moved.
NOTICE_ATTEMPTS = 2


class PauseEnds:
    def __init__(
        self,
        sessions: Sessions,
        messenger: Messenger,
        clock: Clock,
        planner: Planner,
        budget: SendBudget,
    ) -> None:
        self._sessions = sessions
        self._messenger = messenger
        self._clock = clock
        self._planner = planner
        self._budget = budget
        self._lock = asyncio.Lock()

    async def tick(self) -> int:
        """End the pauses that ran out and tell those users; returns notices sent."""
        async with self._lock:
            notices = await resume_due(self._sessions, self._planner, self._clock())
            sent = 0
            for notice in notices:
                sent += await self._send(notice)
            return sent

    async def _send(self, notice: Notice) -> bool:
        chat_id = notice.chat_id
        for attempt in range(1, NOTICE_ATTEMPTS + 1):
            await self._budget.turn(notice.user_id)
            try:
                await self._messenger.send(chat_id, notice.text)
            except DeliveryError as error:
                # Not stored, so no later attempt: only a moved chat is tried again, at once.
                decision = decide(error.failure, attempt, max_attempts=NOTICE_ATTEMPTS)
                now = self._clock()
                if decision.holds_every_send and decision.retry_in is not None:
                    await self._budget.hold(now + decision.retry_in)
                if decision.move_to is not None or decision.deactivates_user:
                    async with self._sessions.begin() as session:
                        if decision.move_to is not None:
                            await users.move_chat(session, notice.user_id, decision.move_to, now)
                        if decision.deactivates_user:
                            await users.deactivate(session, notice.user_id, now)
                if decision.move_to is not None and attempt < NOTICE_ATTEMPTS:
                    chat_id = decision.move_to
                    continue
                log_event(
                    logger,
                    "notice_failed",
                    logging.WARNING,
                    user=notice.user_id,
                    reason=error.reason,
                    outcome=decision.outcome.value,
                )
                return False
            return True
        return False

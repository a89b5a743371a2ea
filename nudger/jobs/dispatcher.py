"""Deliver due nudges: claim -> choose the prompt -> wait for a send slot -> send -> record.

Each claim is committed (state ``sending``, attempt + 1, a lease) before any HTTP call; every
later write is fenced by that attempt number, so a claim that was taken over by the reaper
(:mod:`nudger.jobs.reaper`) cannot overwrite the newer one. A failed send is handled as
:func:`nudger.domain.delivery.decide` says.

The database may go away at any step after the claim. Before the send (the send slot) and
after it (the record), the step is tried again until the database answers or the lease runs
short: unrecorded, a claim stays ``sending`` until the reaper hands it back, which makes a
nudge that was never sent minutes late, and one that Telegram took arrive twice.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from nudger.clock import Clock
from nudger.domain.catalog import Catalog
from nudger.domain.delivery import SendDecision, SendOutcome, decide
from nudger.domain.model import ClaimedNudge, NudgeSource, NudgeState, Profile
from nudger.domain.partners import Shared, nudge_style
from nudger.domain.planning import Schedule, in_quiet_hours, next_send_time, plannable
from nudger.domain.prompts import Context, Prompt
from nudger.domain.selection import (
    REPEAT_WINDOW,
    STATS_WINDOW,
    CategoryStats,
    category_stats,
    choose_prompt,
)
from nudger.i18n.texts import Texts, shared_texts
from nudger.jobs.coalescer import Coalescer
from nudger.jobs.outlast import Waits, outlast
from nudger.jobs.send_budget import SendBudget
from nudger.jobs.ticker import FailureLog
from nudger.logs import log_event
from nudger.messaging.base import DeliveryError, Messenger
from nudger.services import nudge_message
from nudger.storage import history, nudges, partners, users
from nudger.storage.db import Session, Sessions
from nudger.web.metrics import Metrics

logger = logging.getLogger(__name__)

#: A send starts only if its claim's lease has at least this long left (PTB's timeouts fit).
SEND_MARGIN = timedelta(seconds=30)
#: How long recording a send waits for others to record with it (seconds): a group commit.
RECORD_LINGER = 0.005
#: History considered for selection: enough to cover the repeat window.
_HISTORY = max(REPEAT_WINDOW, timedelta(days=30))

T = TypeVar("T")


def _not_deliverable(
    nudge: ClaimedNudge, profile: Profile | None, now: datetime
) -> tuple[NudgeState, str] | None:
    """Why a claimed nudge must not be sent now, if it must not."""
    if profile is None or not profile.onboarded or not profile.active:
        return NudgeState.CANCELLED, "user_unavailable"
    if profile.paused and nudge.source not in (NudgeSource.NOW, NudgeSource.FOLLOWUP):
        return NudgeState.CANCELLED, "paused"
    schedule = profile.schedule
    assert schedule is not None  # onboarded
    if nudge.source is NudgeSource.PLAN and not plannable(now, schedule):
        return NudgeState.EXPIRED, "quiet_hours"  # late (after downtime) into the night
    if nudge.source is NudgeSource.FOLLOWUP and _quiet(schedule, now):
        return NudgeState.EXPIRED, "quiet_hours"  # it was meant for later that same day
    return None


def _quiet(schedule: Schedule, now: datetime) -> bool:
    return in_quiet_hours(now, schedule.timezone, schedule.quiet_start, schedule.quiet_end)


def _postponed(nudge: ClaimedNudge, profile: Profile, now: datetime) -> datetime | None:
    """For a snooze that came due in the user's quiet hours: when they end."""
    schedule = profile.schedule
    if nudge.source is not NudgeSource.SNOOZE or schedule is None or not _quiet(schedule, now):
        return None
    return next_send_time(now, schedule.timezone, schedule.quiet_start, schedule.quiet_end)


class Dispatcher:
    """Sends the nudges that are due, a batch at a time, within the shared send budget.

    ``lease``: how long a claim is this process's (the reaper hands it back after that).
    ``grace``: a nudge more than this late is not claimed (the reaper expires it).
    ``resend_unknown``: a send whose answer never came is tried again (it may arrive twice)
    instead of ending ``unknown``.
    """

    def __init__(
        self,
        sessions: Sessions,
        messenger: Messenger,
        catalog: Catalog,
        clock: Clock,
        rng: random.Random,
        *,
        batch_size: int = 50,
        lease: timedelta = timedelta(minutes=2),
        grace: timedelta = timedelta(hours=2),
        rate_per_second: float = 25.0,
        budget: SendBudget | None = None,
        metrics: Metrics | None = None,
        resend_unknown: bool = False,
        batches_in_flight: int = 2,
        failures: FailureLog | None = None,
        texts: Texts | None = None,
    ) -> None:
        self._sessions = sessions
        self._texts = texts or shared_texts()
        self._batches_in_flight = batches_in_flight
        self._failures = failures or FailureLog()
        self._resend_unknown = resend_unknown
        self._messenger = messenger
        self._catalog = catalog
        self._clock = clock
        self._rng = rng
        self._batch_size = batch_size
        self._lease = lease
        self._grace = grace
        self.budget = budget or SendBudget(sessions, rate_per_second)
        self._metrics = metrics or Metrics()
        self._lock = asyncio.Lock()
        self._waits = Waits()  # an outage is one WARNING, not one per nudge and wait
        self._stopping = False
        self._woken: set[asyncio.Task[int]] = set()
        # Sends that finish together are recorded together (one statement).
        self._record = Coalescer(self._record_sends, linger=RECORD_LINGER)

    def stop(self) -> None:
        """Finish the batch in hand, claim no more."""
        self._stopping = True

    def wake(self) -> None:
        """Run a tick soon, without waiting for it (e.g. after /now)."""
        if self._stopping:
            return
        task = asyncio.create_task(self.tick())
        self._woken.add(task)
        task.add_done_callback(self._woken_done)

    def _woken_done(self, task: asyncio.Task[int]) -> None:
        self._woken.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            self._failures.failed("wake", error)  # once per outage, then slowly
        else:
            self._failures.succeeded("wake")

    async def drain(self) -> None:
        """Wait for ticks started by :meth:`wake`."""
        if self._woken:
            await asyncio.gather(*self._woken, return_exceptions=True)

    async def tick(self) -> int:
        """Deliver everything due now, a batch at a time. Returns how many were sent.

        Up to ``batches_in_flight`` batches are sent at once: the next batch is claimed while
        the last one's sends are on the way, so a slow Bot API or a slow database does not
        leave the other idle.
        """
        async with self._lock:  # one tick at a time in this process
            sent = 0
            sending: set[asyncio.Task[int]] = set()
            try:
                while not self._stopping and await self._may_claim():
                    claimed, batch = await self._claim()
                    sending.add(asyncio.create_task(self._send_batch(batch)))
                    if claimed < self._batch_size:
                        break
                    if len(sending) >= self._batches_in_flight:
                        done, sending = await asyncio.wait(
                            sending, return_when=asyncio.FIRST_COMPLETED
                        )
                        sent += sum(task.result() for task in done)
            finally:
                sent += sum(await asyncio.gather(*sending))
            return sent

    async def _send_batch(self, batch: list[tuple[ClaimedNudge, Profile, Prompt]]) -> int:
        """Send a claimed batch, each nudge on its own; returns how many were sent."""
        results = await asyncio.gather(
            *(self._deliver(n, p, pr) for n, p, pr in batch), return_exceptions=True
        )
        sent = 0
        for (nudge, _, _), result in zip(batch, results, strict=True):
            if isinstance(result, BaseException):
                # Left in 'sending' (e.g. the database was away for longer than the lease):
                # the reaper hands it back when its lease has run out.
                log_event(
                    logger,
                    "deliver_failed",
                    logging.ERROR,
                    nudge=nudge.id,
                    error=type(result).__name__,
                )
            else:
                sent += int(result)
        return sent

    async def _may_claim(self) -> bool:
        """Not while a 429 hold is on, nor while other senders have the next minute booked."""
        backlog = await self.budget.backlog()
        if self.budget.held(self._clock()):
            return False
        return backlog < self._lease.total_seconds() / 2

    async def _claim(self) -> tuple[int, list[tuple[ClaimedNudge, Profile, Prompt]]]:
        """Claim a batch and choose each prompt, in one transaction committed before sending."""
        now = self._clock()
        ready: list[tuple[ClaimedNudge, Profile, Prompt]] = []
        async with self._sessions.begin() as session:
            claimed = await nudges.claim_due(
                session, now, now - self._grace, self._batch_size, now + self._lease
            )
            profiles = await users.by_ids(session, {c.user_id for c in claimed})
            # What each user did with earlier prompts: one query for the batch, and only
            # for users who get a newly chosen prompt.
            choosing = {n.user_id for n in claimed if self._needs_choice(n)}
            answers = await history.answer_histories(session, choosing, now - STATS_WINDOW)
            stats = {
                user_id: category_stats(self._catalog, rows, now)
                for user_id, rows in answers.items()
            }
            histories = await history.prompt_histories(session, choosing, now - _HISTORY)
            # What a linked partner shares (a style, what helps them): one query too.
            shared = await partners.shared_with(session, choosing)
            chosen: list[tuple[ClaimedNudge, str]] = []
            for nudge in claimed:
                profile = profiles.get(nudge.user_id)
                skip = _not_deliverable(nudge, profile, now)
                if skip is not None:
                    await nudges.finish(session, nudge, skip[0], skip[1])
                    continue
                assert profile is not None
                later = _postponed(nudge, profile, now)
                if later is not None:
                    await nudges.release(session, nudge, later, "quiet_hours")
                    continue
                sent_before = histories.setdefault(profile.id, {})
                prompt = self._prompt_for(
                    nudge,
                    profile,
                    sent_before,
                    stats.get(profile.id, {}),
                    now,
                    shared.get(profile.id),
                )
                if prompt is None:
                    await nudges.finish(session, nudge, NudgeState.FAILED, "no_prompt")
                    continue
                sent_before[prompt.id] = now  # two in one batch get different prompts
                if nudge.prompt_id != prompt.id:
                    chosen.append((nudge, prompt.id))
                ready.append((nudge, profile, prompt))
            await nudges.set_prompts(session, chosen)
        if claimed:
            log_event(logger, "nudges_claimed", count=len(claimed))
        return len(claimed), ready

    def _needs_choice(self, nudge: ClaimedNudge) -> bool:
        """Whether the nudge has no prompt yet (or one the catalog no longer has)."""
        return nudge.prompt_id is None or self._catalog.get(nudge.prompt_id) is None

    def _prompt_for(
        self,
        nudge: ClaimedNudge,
        profile: Profile,
        history: dict[str, datetime],
        stats: Mapping[str, CategoryStats],
        now: datetime,
        shared: Shared | None = None,
    ) -> Prompt | None:
        """The prompt chosen before (a snooze's, or an earlier attempt's), or a new one for
        the user's style (or the one their partner shared) and local time, leaning towards
        what their partner shared as helping; None if the catalog has nothing for them."""
        if nudge.prompt_id is not None:
            kept = self._catalog.get(nudge.prompt_id)
            if kept is not None:
                return kept
        style = nudge_style(profile.style, shared)
        assert style is not None and profile.timezone is not None
        local = now.astimezone(ZoneInfo(profile.timezone))
        context = Context.AFTER_CONFLICT if nudge.source is NudgeSource.FOLLOWUP else Context.DAILY
        favoured = shared.favoured if shared is not None else frozenset()
        try:
            return choose_prompt(
                self._catalog, style, history, stats, local, self._rng, context, favoured
            )
        except LookupError:
            return None

    async def _deliver(self, nudge: ClaimedNudge, profile: Profile, prompt: Prompt) -> bool:
        t = self._texts.words(profile.language, profile.partner_name, profile.partner_gender)
        text = nudge_message.nudge_text(t, prompt)
        # The slot is taken in the database: if it has just gone away, wait for it rather than
        # leave the claim to the reaper, as long as the lease leaves time to send.
        paid = await self._outlast(
            nudge,
            lambda: self.budget.turn(nudge.user_id),
            until=nudge.lease_until - SEND_MARGIN,
            event="slot_retry",
        )
        started = time.perf_counter()
        # Checked after the wait for the send slot: a 429 may have come in meanwhile, or the
        # lease may be nearly over (then the reaper may hand the row to another claim).
        now = self._clock()
        if self.budget.held(now) or now + SEND_MARGIN >= nudge.lease_until:
            due = self.budget.hold_until if self.budget.held(now) else now

            async def release() -> bool:
                async with self._sessions.begin() as session:
                    return await nudges.release(session, nudge, due or now, "not_sent")

            await self._outlast(nudge, release)
            return False
        try:
            with self._metrics.send_seconds.time():
                message_id = await self._messenger.send(
                    profile.chat_id, text, nudge_message.nudge_keyboard(t, nudge.id), paid=paid
                )
        except DeliveryError as error:
            await self._failed(nudge, error)
            return False
        if paid:
            self._metrics.paid_sends.inc()
        recorded = await self._record_sent(nudge, message_id)
        log_event(
            logger,
            "nudge_sent",
            nudge=nudge.id,
            user=nudge.user_id,
            attempt=nudge.attempt,
            ms=round((time.perf_counter() - started) * 1000),
            recorded=recorded,
        )
        return True

    async def _record_sent(self, nudge: ClaimedNudge, message_id: int) -> bool:
        """Record a send Telegram accepted; False if another claim owns the row by now."""
        return await self._outlast(nudge, lambda: self._record((nudge, message_id)))

    async def _record_sends(self, sent: list[tuple[ClaimedNudge, int]]) -> list[bool]:
        """Record sends that finished together, in one transaction."""
        async with self._sessions.begin() as session:
            recorded = await nudges.mark_sent(session, sent, self._clock())
        return [nudge.id in recorded for nudge, _ in sent]

    async def _outlast(
        self,
        nudge: ClaimedNudge,
        step: Callable[[], Awaitable[T]],
        *,
        until: datetime | None = None,
        event: str = "record_retry",
    ) -> T:
        """Run a step of a claimed nudge through a database outage, by default while the
        lease lasts (see :mod:`nudger.jobs.outlast`)."""
        deadline = nudge.lease_until if until is None else until
        return await outlast(
            step, clock=self._clock, until=deadline, event=event, waits=self._waits, nudge=nudge.id
        )

    async def _failed(self, nudge: ClaimedNudge, error: DeliveryError) -> None:
        """Apply the send policy to a failed send, record it, and say what happened."""
        now = self._clock()
        decision = decide(error.failure, nudge.attempt, resend_unknown=self._resend_unknown)
        if decision.holds_every_send and decision.retry_in is not None:
            hold_until = now + decision.retry_in
            await self._outlast(nudge, lambda: self.budget.hold(hold_until))

        async def write() -> bool:
            async with self._sessions.begin() as session:
                return await self._record_failure(session, nudge, decision, now)

        await self._outlast(nudge, write)
        fields: dict[str, Any] = {
            "nudge": nudge.id,
            "user": nudge.user_id,
            "attempt": nudge.attempt,
        }
        match decision.outcome:
            case SendOutcome.RETRY_AFTER:
                self._metrics.send_throttled.inc()
                log_event(
                    logger,
                    "send_throttled",
                    logging.WARNING,
                    retry_after=error.retry_after,
                    **fields,
                )
            case SendOutcome.CHAT_MIGRATED:
                log_event(logger, "chat_migrated", **fields)
            case SendOutcome.BLOCKED:
                log_event(logger, "user_blocked_bot", logging.WARNING, **fields)
            case SendOutcome.UNKNOWN:
                log_event(logger, "send_outcome_unknown", logging.WARNING, **fields)
            case SendOutcome.FAILED:
                log_event(logger, "send_failed", logging.WARNING, reason=error.reason, **fields)
            case SendOutcome.RETRY:
                log_event(logger, "send_retry", logging.WARNING, reason=error.reason, **fields)

    async def _record_failure(
        self, session: Session, nudge: ClaimedNudge, decision: SendDecision, now: datetime
    ) -> bool:
        if decision.move_to is not None:
            await users.move_chat(session, nudge.user_id, decision.move_to, now)
        if decision.deactivates_user:
            # The user row first, then the nudge: the planner locks in that order too
            # (users FOR NO KEY UPDATE, then inserts), so the two cannot deadlock.
            await users.deactivate(session, nudge.user_id, now)
        if decision.retry_in is not None:
            return await nudges.release(session, nudge, now + decision.retry_in, decision.error)
        state = {
            SendOutcome.BLOCKED: NudgeState.BLOCKED,
            SendOutcome.UNKNOWN: NudgeState.UNKNOWN,
        }.get(decision.outcome, NudgeState.FAILED)
        # An unknown send most likely arrived: it counts as sent from now (see DELIVERED).
        sent_at = now if state is NudgeState.UNKNOWN else None
        return await nudges.finish(session, nudge, state, decision.error, sent_at)

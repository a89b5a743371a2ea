"""Telegram's send budget, shared through the database by every process that sends.

Telegram allows a bot about 30 messages a second overall. Several workers must keep to
that together, so the budget lives in one database row (``send_budget``):

- **Rate:** send slots are handed out ``1 / rate`` seconds apart in wall-clock time, a
  chunk of about 0.1 s of slots at a time (one short UPDATE per chunk). A process takes its
  next chunk only when the one in hand is used up and due, so busy processes interleave and
  each carries its share of the rate rather than one carrying all of it for a while. A
  sender waits for its slot, so all processes together keep to the rate.
- **Per chat:** Telegram also wants about one message a second per chat. Each chat has its
  own row (``chat:<user id>``) handing out slots ``chat_interval`` apart. A sender takes its
  chat's slot when its overall slot has come; if the chat is not free yet, it waits and takes
  a new overall slot. Senders whose overall slots come together (a fast rate, or a backlog)
  reserve their chats' slots in one statement (:class:`~nudger.jobs.coalescer.Coalescer`). Rows
  unused for an hour are dropped by the reap tick. Replies to a user's own message are not
  paced: they answer it.
- **Hold:** a 429 sets ``hold_until`` (Telegram's ``retry_after``) for everyone. Each
  process reads it before each batch and keeps its own copy in between, so another
  worker learns of a hold within one batch.
- **Paid broadcasts** (``paid_above``): Telegram lets a bot send up to 1,000 messages a second
  if the messages beyond its free rate carry ``allow_paid_broadcast`` (0.1 Stars each). The
  free sends are counted in a sliding second, for all processes together: ``paid_above``
  rows (``free:0``, ``free:1``...) are tokens, each free again one second after it was last
  taken. A timed send, right before it goes (its overall and chat slots have come), takes a
  token that is free now (one UPDATE) and goes unflagged; if none is, it goes paid. So at
  most ``paid_above`` sends go unflagged within any second, bursts included, and a send is
  paid only when that many went unflagged in the second before it. A process that found no
  token also learns when the first comes back, and flags its sends until then without
  asking: its statements for this follow the free rate (at most about ``paid_above`` a
  second, per process), not the send rate; none at all with paid broadcasts off, with every
  send paid, or with a rate within the free one (then no send is paid). Replies are not
  budgeted, yet count towards Telegram's free 30 a second too: hence the free rate's cap
  below 30 (:mod:`nudger.config`).

The rate runs on the wall clock (``wall``), because it is about real seconds between
HTTP requests; the hold is kept in the service's clock, like every due time.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from datetime import datetime

from nudger.jobs.coalescer import Coalescer
from nudger.storage import send_budget
from nudger.storage.db import Sessions

#: The budget's row: one bot, one budget.
NAME = "telegram"
#: Slots are reserved this many seconds' worth at a time (at least one).
CHUNK_SECONDS = 0.1
#: Per-chat pacing rows are named this plus nudger's user id (not the Telegram id).
CHAT_PREFIX = "chat:"
#: A send more than this many slot intervals late takes a new slot (at most RETAKES times).
LATE_SLOTS = 2
LATE_AT_LEAST = 0.002  # seconds: at a lifted rate, timer jitter is not lateness
RETAKES = 3
#: How long a chat-slot reservation waits for others to join it (seconds).
CHAT_LINGER = 0.002
#: A chat's pacing row is dropped after this long without a send.
CHAT_KEPT_SECONDS = 3600.0
#: Paid broadcasts: the free sends' tokens are rows named this plus 0, 1, ...
FREE_PREFIX = "free:"
#: A token is free again this long (wall-clock seconds) after it was taken.
FREE_WINDOW = 1.0


def chat_key(user_id: int) -> str:
    return f"{CHAT_PREFIX}{user_id}"


class SendBudget:
    def __init__(
        self,
        sessions: Sessions,
        rate_per_second: float,
        *,
        chat_interval: float = 1.0,
        paid_above: float | None = None,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """``paid_above``: with paid broadcasts, how many sends a second go free (its whole
        part; the rest are paid; 0: all are); None: paid broadcasts are off, and every send
        is free."""
        self._sessions = sessions
        self.interval = 1.0 / rate_per_second
        self.paid_above = paid_above
        # The free sends' tokens, when some sends are paid (none: all are); None when no send
        # is: paid broadcasts off, or a rate the free sends cover.
        self._free: tuple[str, ...] | None = None
        if paid_above is not None and paid_above < rate_per_second:
            self._free = tuple(f"{FREE_PREFIX}{n}" for n in range(math.floor(max(paid_above, 0))))
        self._no_free_until = -math.inf  # no token comes back before then (wall clock)
        self.chat_interval = chat_interval
        self.chunk = max(1, round(rate_per_second * CHUNK_SECONDS))
        self._wall = wall
        self._sleep = sleep
        self.hold_until: datetime | None = None
        self._mine: deque[float] = deque()  # slots reserved for this process, not yet taken
        self._taking = asyncio.Lock()
        # Senders whose overall slots come within a few milliseconds share one statement.
        self._chat_slot = Coalescer(self._chat_slots, linger=CHAT_LINGER)

    def held(self, now: datetime) -> bool:
        """Whether a 429 hold known to this process is still on."""
        return self.hold_until is not None and now < self.hold_until

    def _learn(self, hold: datetime | None) -> None:
        if hold is not None and (self.hold_until is None or hold > self.hold_until):
            self.hold_until = hold

    async def backlog(self) -> float:
        """Refresh the shared hold; returns how many seconds of slots are already taken."""
        async with self._sessions() as session:
            state = await send_budget.state(session, NAME)
        self._learn(state.hold_until)
        return max(0.0, state.next_slot - self._wall())

    async def slots(self, count: int) -> list[float]:
        """Reserve ``count`` send slots (wall-clock times) for this process."""
        if count <= 0:
            return []
        async with self._sessions.begin() as session:
            first, hold = await send_budget.reserve_slots(
                session, NAME, count, self._wall(), self.interval
            )
        self._learn(hold)
        return [first + i * self.interval for i in range(count)]

    async def take(self) -> float:
        """This process's next send slot (a wall-clock time); wait for it with :meth:`wait_for`.

        Slots are reserved a chunk at a time. A slot that passed unused (its sender gave up)
        is dropped rather than used late, so sends never bunch up behind it.
        """
        async with self._taking:
            while self._mine and self._mine[0] < self._wall() - self.interval:
                self._mine.popleft()
            if not self._mine:
                self._mine.extend(await self.slots(self.chunk))
            slot = self._mine.popleft()
            if not self._mine:
                # The next taker reserves a new chunk only when this one is due: meanwhile
                # other processes can take theirs.
                await self.wait_for(slot)
            return slot

    async def turn(self, user_id: int) -> bool:
        """Wait until this process may send to this user's chat: a slot of the overall rate,
        and at least ``chat_interval`` after the last message the service sent to that chat.
        Returns whether the send goes as a paid broadcast (:meth:`paid`), decided last, when
        the send is about to go.

        The chat's slot is reserved when the overall slot has come, right before the send, so
        two sends to one chat keep apart even when the overall slots run late.
        """
        slot = await self.take()
        await self.wait_for(slot)
        if self.chat_interval > 0:
            chat = await self._chat_slot(user_id)
            if chat > self._wall():  # the chat had a message less than chat_interval ago
                await self.wait_for(chat)
                slot = await self.take()
                await self.wait_for(slot)
        for _ in range(RETAKES):
            # Late for the slot (a slow chat write, a busy machine)? A late send would land on
            # top of the next ones and break the rate: take a new slot instead.
            if self._wall() - slot <= max(LATE_SLOTS * self.interval, LATE_AT_LEAST):
                break
            slot = await self.take()
            await self.wait_for(slot)
        return await self.paid()

    async def paid(self) -> bool:
        """Whether a send going now goes as a paid broadcast (``allow_paid_broadcast``): with
        paid broadcasts, if no free send's token is free now (see the module's docstring).
        Takes the token otherwise: call it only right before the send."""
        if self._free is None:
            return False
        wall = self._wall()
        if not self._free or wall < self._no_free_until:
            return True
        async with self._sessions.begin() as session:
            comes = await send_budget.take_token(session, self._free, wall, FREE_WINDOW)
        if comes is None:
            return False
        self._no_free_until = comes
        return True

    async def _chat_slots(self, user_ids: list[int]) -> list[float]:
        """Each sender's chat slot, for all senders whose turn came together: one statement.

        Two senders to one chat in the same group get consecutive slots of that chat.
        """
        counts = Counter(chat_key(user_id) for user_id in user_ids)
        async with self._sessions.begin() as session:
            first = await send_budget.reserve_each(
                session, counts, self._wall(), self.chat_interval
            )
        taken: Counter[str] = Counter()
        slots = []
        for user_id in user_ids:
            key = chat_key(user_id)
            slots.append(first[key] + taken[key] * self.chat_interval)
            taken[key] += 1
        return slots

    async def forget_chats(self, idle: float = CHAT_KEPT_SECONDS) -> int:
        """Drop the pacing rows of chats nothing was sent to for ``idle`` seconds."""
        async with self._sessions.begin() as session:
            return await send_budget.forget_slots(session, CHAT_PREFIX, self._wall() - idle)

    async def wait_for(self, slot: float) -> None:
        """Sleep until a reserved slot has come."""
        delay = slot - self._wall()
        if delay > 0:
            await self._sleep(delay)

    async def hold(self, until: datetime) -> None:
        """After a 429: no process starts a send before ``until``."""
        self._learn(until)
        async with self._sessions.begin() as session:
            self._learn(await send_budget.hold_sends(session, NAME, until))

"""Nudges for delivery tests: seeding onboarded users with due nudges, reading back what became
of them, and counting what the fake Bot API received.

The seeding writes with nudger's own storage functions, in one transaction, and the reading
goes through :mod:`nudger.storage.readback`.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nudger.domain.conversation import Draft, Step
from nudger.domain.planning import PlannedSlot, Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage import nudges, readback
from nudger.storage import users as user_rows
from nudger.storage.db import Sessions
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi
from nudger.testing.processes import NudgerProcess

_NUDGE_DATA = re.compile(r"^n:(\d+):")


def daytime_zone(now: datetime, hour: int = 13) -> str:
    """An ``Etc/GMT±N`` zone in which ``now`` is ``hour``:MM local (whenever the test runs).

    Nudges planned for such users are deliverable now, nowhere near their quiet hours.
    """
    offset = hour - now.hour
    if offset > 14:
        offset -= 24
    elif offset < -12:
        offset += 24
    # The POSIX-style names are inverted: Etc/GMT-5 is five hours ahead of UTC.
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


@dataclass(frozen=True)
class Seeded:
    """The nudges seeded: the chat each goes to, and when each is due."""

    chat_of: dict[int, int]
    due_of: dict[int, datetime]

    @property
    def ids(self) -> set[int]:
        return set(self.chat_of)

    @property
    def chats(self) -> set[int]:
        return set(self.chat_of.values())


async def seed(
    sessions: Sessions,
    *,
    users: int,
    per_user: int,
    due: Iterable[datetime] | datetime,
    now: datetime,
    zone: str,
    first_chat: int = 10_000,
) -> Seeded:
    """Onboard ``users`` users in ``zone`` and plan ``per_user`` nudges for each at ``due``.

    ``due`` is one time for all, or one time per nudge of a user. The nudges are planned rows
    (slots 0, 1, ... of the local day), inserted as the planner does. Users choose only the
    morning window and the zone puts them in the afternoon (see :func:`daytime_zone`), so the
    planner of a process started now adds nothing within a short horizon.
    """
    times = [due] * per_user if isinstance(due, datetime) else list(due)
    assert len(times) == per_user
    day = now.astimezone(ZoneInfo(zone)).date()
    chat_by_user: dict[int, int] = {}
    async with sessions.begin() as session:
        for n in range(users):
            chat = first_chat + n
            profile = await user_rows.ensure(session, chat, chat, now)
            draft = Draft(
                step=Step.WINDOWS,
                partner_name="Sam",
                style=(AttachmentStyle.ANXIOUS, AttachmentStyle.AVOIDANT)[n % 2],
                timezone=zone,
                per_day=1,
                windows=frozenset({Window.MORNING}),
            )
            await user_rows.finish_onboarding(session, profile.id, draft, now)
            slots = [PlannedSlot(at, day, slot) for slot, at in enumerate(times)]
            assert await nudges.insert_planned(session, profile.id, slots, now) == per_user
            chat_by_user[profile.id] = chat
        rows = await readback.owners_and_due(session)
    return Seeded(
        {nudge: chat_by_user[user] for nudge, user, _ in rows},
        {nudge: at for nudge, _, at in rows},
    )


async def states(sessions: Sessions, ids: Iterable[int] | None = None) -> dict[int, str]:
    """The state of each nudge (of those in ``ids``, if given)."""
    async with sessions() as session:
        return await readback.states(session, ids)


async def ids_in(sessions: Sessions, state: str) -> set[int]:
    async with sessions() as session:
        return await readback.ids_in(session, state)


async def count_in(sessions: Sessions, state: str) -> int:
    async with sessions() as session:
        return await readback.count_in(session, state)


async def _state_counts(sessions: Sessions, ids: set[int]) -> Counter[str]:
    """How many of the nudges ``ids`` are in each state: one cheap query if they are a range."""
    low, high = min(ids), max(ids)
    if len(ids) != high - low + 1:
        return Counter((await states(sessions, ids)).values())
    async with sessions() as session:
        return Counter(await readback.count_states_between(session, low, high))


async def wait_for_states(
    sessions: Sessions,
    ids: Iterable[int],
    done: Iterable[str],
    timeout: float,  # noqa: ASYNC109
    processes: Iterable[NudgerProcess] = (),
) -> dict[int, str]:
    """Poll the database until every nudge in ``ids`` is in one of the ``done`` states.

    Returns each nudge's state. Fails early if one of ``processes`` has exited meanwhile.
    """
    wanted, finished = set(ids), set(done)
    watched = list(processes)
    deadline = time.monotonic() + timeout
    while True:
        counts = await _state_counts(sessions, wanted)
        left = {state: n for state, n in counts.items() if state not in finished}
        if not left:
            return await states(sessions, wanted)
        gone = [p.name for p in watched if not p.running]
        if gone or time.monotonic() > deadline:
            why = f"{', '.join(gone)} exited" if gone else f"not within {timeout} s"
            raise AssertionError(f"{why}; nudges not yet {sorted(finished)}: {left}")
        await asyncio.sleep(0.2)


# --- what the fake received -----------------------------------------------------------------


def nudge_id_of(call: ApiCall) -> int | None:
    """The nudge a sendMessage call delivered (from its buttons' callback data), if any."""
    markup = call.params.get("reply_markup")
    if not isinstance(markup, dict):
        return None
    for row in markup.get("inline_keyboard", []):
        for button in row:
            found = _NUDGE_DATA.match(str(button.get("callback_data", "")))
            if found:
                return int(found.group(1))
    return None


def deliveries(api: FakeBotApi, since: int = 0) -> Counter[int]:
    """How many times each nudge was delivered (successful sendMessage calls)."""
    return Counter(
        nudge
        for call in api.calls[since:]
        if call.method == "sendMessage" and call.ok and (nudge := nudge_id_of(call)) is not None
    )


def lease_passed(now: datetime, lease_seconds: int) -> datetime:
    """A clock reading past every lease taken until ``now``: what a later reaper would see."""
    return now + timedelta(seconds=lease_seconds + 1)


async def wait_for_sends(
    api: FakeBotApi,
    process: NudgerProcess,
    count: int = 1,
    since: int = 0,
    timeout: float = 60,  # noqa: ASYNC109
) -> None:
    """Wait until the fake has received ``count`` sendMessage calls after ``since``.

    Fails at once if ``process`` exits meanwhile.
    """

    def sends() -> int:
        return sum(1 for call in api.calls[since:] if call.method == "sendMessage")

    await api.wait_until(lambda: sends() >= count or not process.running, timeout)
    if sends() < count:
        raise AssertionError(f"{process.name} exited ({process.returncode}) before sending")

"""Real ``nudger run`` / ``nudger worker`` processes for end-to-end tests, and what they need.

:class:`Processes` starts ``python -m nudger ROLE`` subprocesses against a fake Bot API and a
test database. Each process writes its log to a file (a pipe nobody reads would fill up and
block a busy worker); if the ``async with`` block fails, every process's log is printed, and
on leaving it any process still running is killed.

The seeding helpers write onboarded users and due nudges with nudger's own repository
functions, in one transaction.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Self
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nudger.domain.conversation import Draft, Step
from nudger.domain.planning import PlannedSlot, Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage import nudges
from nudger.storage import users as user_rows
from nudger.storage.tables import NudgeRow
from nudger.testing import ApiCall, FakeBotApi
from tests.e2e.conftest import TOKEN

#: Lines of each process's log printed when a test fails.
LOG_TAIL = 200
_NUDGE_DATA = re.compile(r"^n:(\d+):")


def nudger_env(api: FakeBotApi, db_url: str, **extra: str) -> dict[str, str]:
    """The environment of a nudger process: this one's, without any NUDGER_* of the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUDGER_")}
    env.update(
        NUDGER_TELEGRAM_TOKEN=TOKEN,
        NUDGER_TELEGRAM_API_URL=api.url,
        NUDGER_DATABASE_URL=db_url,
        NUDGER_HTTP_PORT="0",  # any free port: tests may run beside a real service
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class NudgerProcess:
    """One ``python -m nudger ROLE`` process; its stdout and stderr go to ``log_path``."""

    def __init__(self, name: str, process: asyncio.subprocess.Process, log_path: Path) -> None:
        self.name = name
        self.process = process
        self.log_path = log_path

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def running(self) -> bool:
        return self.process.returncode is None

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def count(self, event: str) -> int:
        """How many log lines report ``event``."""
        return len(re.findall(rf"\bevent={re.escape(event)}\b", self.log))

    async def wait_for_log(self, needle: str, timeout: float = 60) -> None:  # noqa: ASYNC109
        """Wait until ``needle`` is in the log; fails at once if the process has exited."""
        async with asyncio.timeout(timeout):
            while needle not in self.log:
                if not self.running:
                    raise AssertionError(
                        f"{self.name} exited ({self.returncode}) without logging {needle!r}"
                    )
                await asyncio.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no cleanup of any kind, as an OOM kill or a power loss."""
        if self.running:
            self.process.kill()

    def terminate(self) -> None:
        """SIGTERM: the clean stop."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)

    async def wait(self, timeout: float = 30) -> int:  # noqa: ASYNC109
        """Wait for the process to exit; returns its exit code."""
        async with asyncio.timeout(timeout):
            return await self.process.wait()


class Processes:
    """Starts nudger processes for one test; see the module docstring."""

    def __init__(self, directory: Path, env: dict[str, str]) -> None:
        self.directory = directory
        self.env = env
        self.started: list[NudgerProcess] = []

    async def start(self, role: str, **extra_env: str) -> NudgerProcess:
        """Start ``python -m nudger ROLE`` in the test's directory (so no .env is read)."""
        name = f"{role}-{len(self.started) + 1}"
        log_path = self.directory / f"{name}.log"
        with log_path.open("wb") as log:  # the child writes to its own copy of the descriptor
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "nudger",
                role,
                env={**self.env, **extra_env},
                cwd=self.directory,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        started = NudgerProcess(name, process, log_path)
        self.started.append(started)
        return started

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for process in self.started:
            if process.running:
                process.kill()
                await process.wait()
        if error is not None:
            for process in self.started:
                tail = "\n".join(process.log.splitlines()[-LOG_TAIL:])
                print(
                    f"----- {process.name} (pid {process.pid}, exit {process.returncode}), "
                    f"last {LOG_TAIL} lines:\n{tail}",
                    file=sys.stderr,
                )


# --- users and nudges --------------------------------------------------------------------


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
    sessions: async_sessionmaker[AsyncSession],
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
        rows = (await session.execute(select(NudgeRow.id, NudgeRow.user_id, NudgeRow.due_at))).all()
    return Seeded(
        {nudge: chat_by_user[user] for nudge, user, _ in rows},
        {nudge: at for nudge, _, at in rows},
    )


async def states(
    sessions: async_sessionmaker[AsyncSession], ids: Iterable[int] | None = None
) -> dict[int, str]:
    """The state of each nudge (of those in ``ids``, if given)."""
    query = select(NudgeRow.id, NudgeRow.state)
    async with sessions() as session:
        rows = (await session.execute(query)).all()
    wanted = None if ids is None else set(ids)
    return {i: s for i, s in rows if wanted is None or i in wanted}


async def ids_in(sessions: async_sessionmaker[AsyncSession], state: str) -> set[int]:
    async with sessions() as session:
        return set(await session.scalars(select(NudgeRow.id).where(NudgeRow.state == state)))


async def count_in(sessions: async_sessionmaker[AsyncSession], state: str) -> int:
    async with sessions() as session:
        found = await session.scalar(
            select(func.count()).select_from(NudgeRow).where(NudgeRow.state == state)
        )
    return int(found or 0)


async def _state_counts(sessions: async_sessionmaker[AsyncSession], ids: set[int]) -> Counter[str]:
    """How many of the nudges ``ids`` are in each state: one cheap query if they are a range."""
    low, high = min(ids), max(ids)
    if len(ids) != high - low + 1:
        return Counter((await states(sessions, ids)).values())
    async with sessions() as session:
        rows = await session.execute(
            select(NudgeRow.state, func.count())
            .where(NudgeRow.id.between(low, high))
            .group_by(NudgeRow.state)
        )
        return Counter({state: int(count) for state, count in rows})


async def wait_for_states(
    sessions: async_sessionmaker[AsyncSession],
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

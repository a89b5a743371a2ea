"""The real application (PTB polling, real database) against the fake Bot API."""

from __future__ import annotations

import asyncio
import random
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any, cast

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from nudger.app import NudgerApp, Role
from nudger.bot.base import Deps
from nudger.bot.help import help_text
from nudger.bot.quiz import SKIP_BUTTON as QUIZ_SKIP_BUTTON
from nudger.bot.router import Router
from nudger.config import load_settings
from nudger.services.places import TimezoneResolver
from nudger.storage.tables import Base, NudgeRow
from nudger.testing import FakeBotApi, FakeMessage, FakeUser
from tests.conftest import FakeClock

TOKEN = "123456:TEST-token"

#: The command menu as the features declare it, read without an app: building the router
#: only hands each feature its parts, which nothing uses until an update comes.
MENU = Router(cast(Deps, None)).menu()
#: What /help says.
HELP = help_text(MENU)


#: Tables holding users' data and state: every table but the bookkeeping of update ids seen
#: (each update, even one that is refused and changes nothing, is recorded there) and the
#: shared send budget.
STATE_TABLES = [
    t for t in Base.metadata.sorted_tables if t.name not in ("updates_seen", "send_budget")
]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture(scope="session")
def places() -> TimezoneResolver:
    """One city index for the whole run (building it takes a second or two)."""
    resolver = TimezoneResolver()
    resolver.warm()
    return resolver


def build_app(
    api: FakeBotApi,
    db_url: str,
    clock: FakeClock,
    places: TimezoneResolver,
    *,
    role: Role = "run",
    run_ticks: bool = False,
    seed: int = 7,
    **settings: Any,
) -> NudgerApp:
    """The real app against the fake Bot API, its web server on any free port."""
    settings.setdefault("http_port", 0)  # any free port: tests may run beside a real service
    return NudgerApp(
        load_settings(
            telegram_token=TOKEN, telegram_api_url=api.url, database_url=db_url, **settings
        ),
        clock=clock,
        rng=random.Random(seed),
        run_ticks=run_ticks,
        poll_timeout=1,
        places=places,
        role=role,
    )


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def app(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[NudgerApp]:
    nudger = build_app(api, db_url, clock, places)
    await nudger.start()
    try:
        yield nudger
    finally:
        await nudger.stop()


class Chat:
    """A person in a private chat with the bot, driving it through the fake Bot API."""

    def __init__(self, api: FakeBotApi, user: FakeUser) -> None:
        self.api = api
        self.user = user

    async def say(
        self, text: str, replies: int = 1, method: str = "sendMessage"
    ) -> list[FakeMessage]:
        """Send text; wait for ``replies`` new bot messages (sent with ``method``); return them."""
        mark = self.api.mark()
        before = {m.message_id for m in self.user.messages}
        self.user.send_text(text)
        await self.api.wait_for_call(
            method,
            lambda c: c.params.get("chat_id") == self.user.user_id,
            count=replies,
            since=mark,
        )
        return [m for m in self.user.messages if m.message_id not in before]

    async def tap(self, label: str, message_id: int | None = None) -> str | None:
        """Press a button; wait for the tap to be answered; return the notice shown."""
        mark = self.api.mark()
        return await self._notice(self.user.press_button(label, message_id), mark)

    async def press(self, message_id: int, data: str) -> str | None:
        """Press a button with exactly this callback data (as a stale or forged client would)."""
        mark = self.api.mark()
        return await self._notice(self.user.press(message_id, data), mark)

    async def _notice(self, callback_id: str, mark: int) -> str | None:
        call = await self.api.wait_for_call(
            "answerCallbackQuery",
            lambda c: c.params.get("callback_query_id") == callback_id,
            since=mark,
        )
        text = call.params.get("text")
        return str(text) if text is not None else None

    async def week(self) -> FakeMessage:
        """/week: the review picture (its caption holds the figures)."""
        [photo] = await self.say("/week", method="sendPhoto")
        assert photo.photo is not None and photo.caption is not None
        return photo

    async def tap_and_wait(self, label: str, method: str, message_id: int | None = None) -> None:
        mark = self.api.mark()
        self.user.press_button(label, message_id)
        await self.api.wait_for_call(method, since=mark)

    async def onboard(
        self,
        name: str = "Sam",
        style: str = "Anxious",
        zone: str = "Europe/Berlin",
        per_day: str = "2",
        windows: tuple[str, ...] = ("Morning", "Evening"),
    ) -> FakeMessage:
        """Walk through onboarding; returns the summary message."""
        await self.say("/start", replies=2)
        await self.say(name)
        if style == "Not sure":  # the quiz starts; skipping it keeps "Not sure"
            self.user.press_button(style)
            await self.api.wait_until(lambda: QUIZ_SKIP_BUTTON in self.user.last_message.buttons)
            await self.tap_and_wait(QUIZ_SKIP_BUTTON, "sendMessage")
        else:
            await self.tap_and_wait(style, "sendMessage")
        await self.say(zone, replies=2)
        await self.tap_and_wait(per_day, "sendMessage")
        for window in windows:
            await self.tap_and_wait(window, "editMessageText")
        await self.tap_and_wait("Save", "sendMessage")
        return self.user.last_message


@pytest.fixture
def chat(api: FakeBotApi) -> Chat:
    return Chat(api, api.user(501, "Alex"))


async def snapshot(engine: AsyncEngine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for 'nothing changed' checks."""
    tables = [table.name for table in STATE_TABLES]
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with engine.connect() as connection:
        for table in tables:
            rows = await connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            out[table] = [tuple(r) for r in rows]
    return out


async def eventually(check: Callable[[], Awaitable[bool]]) -> None:
    """Wait (up to 5 s) until an async condition holds, e.g. a row written after a reply."""
    async with asyncio.timeout(5):
        while not await check():  # noqa: ASYNC110 - the condition lives in the database
            await asyncio.sleep(0.01)


async def nudges(app: NudgerApp) -> list[NudgeRow]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(select(NudgeRow).order_by(NudgeRow.due_at))
        return list(rows)  # type: ignore[arg-type]


async def first_due(app: NudgerApp) -> datetime:
    planned = [n for n in await nudges(app) if n.state == "planned"]
    assert planned, "onboarding planned no nudges"
    return min(n.due_at for n in planned)


async def deliver_next(app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat) -> int:
    """Move the clock to the next planned nudge, run a dispatch tick, return its message id."""
    clock.set(await first_due(app))
    mark = api.mark()
    assert await app.dispatcher.tick() == 1
    await api.wait_for_call("sendMessage", since=mark)
    return chat.user.last_message.message_id

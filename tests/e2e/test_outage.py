"""The database goes away mid-run: updates wait and are handled when it is back; nothing lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from nudger.bot import words
from nudger.jobs.send_budget import CHAT_PREFIX
from nudger.messaging.base import Keyboard
from nudger.services.places import TimezoneResolver
from nudger.storage.tables import ReviewRow, SendBudgetRow
from nudger.testing.deliveries import deliveries
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.outage import Outage
from tests.conftest import FakeClock
from tests.support.apps import build_app
from tests.support.chat import HELP, Chat
from tests.support.rows import eventually, first_due, nudges
from tests.support.words import EN

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
async def outage(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver, tmp_path: Path
) -> AsyncIterator[Outage]:
    switch = Outage(db_url, tmp_path / "moved.db")
    app = build_app(api, await switch.url(), clock, places)
    await app.start()
    switch.app = app
    try:
        yield switch
    finally:
        await app.stop()
        await switch.close()


def _events(caplog: pytest.LogCaptureFixture, name: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if getattr(r, "event", None) == name]


async def test_updates_wait_for_the_database_and_are_handled_in_order(
    outage: Outage, api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    chat = Chat(api, api.user(931, "Alex"))
    await chat.say("/start", replies=2)
    await outage.down(api)
    mark = api.mark()
    with caplog.at_level(logging.INFO):
        chat.user.send_text("Sam")  # the partner's name: needs the database
        chat.user.send_text("/settings")  # behind it: must wait, not overtake
        await api.wait_until(lambda: bool(_events(caplog, "update_retry")), timeout=20)
        assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]  # no apology
        await outage.up()
        await api.wait_for_call("sendMessage", since=mark, count=2, timeout=60)
    replies = [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"]
    assert replies[0].startswith("Which sounds most like Sam?")
    assert EN(words.SOMETHING_WRONG) not in replies
    assert len(replies) == 2
    failed = _events(caplog, "update_failed")
    assert failed and all(r.levelno == logging.WARNING for r in failed)


async def test_a_nudge_due_during_the_outage_is_sent_when_the_database_is_back(
    outage: Outage, api: FakeBotApi, clock: FakeClock
) -> None:
    app = outage.app
    assert app is not None
    chat = Chat(api, api.user(932, "Alex"))
    await chat.onboard()
    clock.set(await first_due(app))
    await outage.down(api)
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the driver raises; the ticker logs it
        await app.dispatcher.tick()
    assert not api.calls_to("sendMessage")[-1].params.get("reply_markup")  # nothing sent
    await outage.up()
    assert await app.dispatcher.tick() == 1
    assert [n.state for n in await nudges(app)].count("sent") == 1


async def test_a_nudge_claimed_as_the_database_goes_away_is_sent_as_soon_as_it_is_back(
    outage: Outage,
    api: FakeBotApi,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Claimed, then the send slot cannot be taken: it waits for the database, not the reaper."""
    app = outage.app
    assert app is not None
    chat = Chat(api, api.user(936, "Alex"))
    await chat.onboard()
    clock.set(await first_due(app))
    budget = app.dispatcher.budget
    take_turn = budget.turn
    cut = False

    async def turn(user_id: int) -> None:
        """The claim is committed; the database goes away before the slot is taken."""
        nonlocal cut
        if not cut:
            cut = True
            await outage.down(api)
        await take_turn(user_id)

    monkeypatch.setattr(budget, "turn", turn)
    mark = api.mark()
    with caplog.at_level(logging.INFO):
        tick = asyncio.create_task(app.dispatcher.tick())
        await api.wait_until(lambda: bool(_events(caplog, "slot_retry")), timeout=20)
        assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]
        await outage.up()
        async with asyncio.timeout(30):  # the lease (2 minutes) is far from over
            assert await tick == 1
    assert not _events(caplog, "deliver_failed")
    [row] = [n for n in await nudges(app) if n.message_id is not None]
    assert (row.state, row.attempt) == ("sent", 1)
    assert deliveries(api) == {row.id: 1}


@pytest.mark.parametrize("restarting", [False, True], ids=["refused", "restarting"])
async def test_a_send_whose_record_fails_is_recorded_when_the_database_is_back(
    outage: Outage,
    api: FakeBotApi,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    restarting: bool,
) -> None:
    """Telegram took the nudge, then the database went away: it is recorded, not resent.

    ``restarting``: PostgreSQL answers the record's new connection with "the database system
    is starting up" (57P03), as during a restart, rather than refusing it; that error was
    once taken for a bug and the nudge left to the reaper, which sent it again.
    """
    app = outage.app
    assert app is not None
    chat = Chat(api, api.user(933, "Alex"))
    await chat.onboard()
    clock.set(await first_due(app))
    api.latency = 1.0  # the send is in flight while the database goes away

    async def sending() -> bool:
        """The chat's pacing slot is taken: the last database write before the send."""
        async with app.engine.connect() as connection:
            names = (await connection.execute(select(SendBudgetRow.name))).scalars().all()
        return any(name.startswith(CHAT_PREFIX) for name in names)

    with caplog.at_level(logging.INFO):
        tick = asyncio.create_task(app.dispatcher.tick())
        await eventually(sending)
        await outage.down(api, restarting=restarting)
        await api.wait_until(lambda: bool(_events(caplog, "record_retry")), timeout=20)
        await outage.up()
        async with asyncio.timeout(30):
            assert await tick == 1
    assert not _events(caplog, "deliver_failed")
    [row] = [n for n in await nudges(app) if n.message_id is not None]
    assert (row.state, row.attempt) == ("sent", 1)
    assert deliveries(api) == {row.id: 1}
    clock.advance(timedelta(hours=1))  # any lease long gone: nothing is handed back
    await app.reaper.tick()
    assert await app.dispatcher.tick() == 0
    assert deliveries(api) == {row.id: 1}


async def test_a_review_whose_record_fails_is_recorded_when_the_database_is_back(
    outage: Outage,
    api: FakeBotApi,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Telegram took the weekly review, then the database went away: it is recorded as sent."""
    app = outage.app
    assert app is not None
    chat = Chat(api, api.user(937, "Alex"))
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))
    await chat.onboard()
    await app.reviewer.tick()  # schedules the first review: Sunday 19:00 Berlin
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    messenger = app.telegram.messenger
    send_photo = messenger.send_photo

    async def send_then_cut(
        chat_id: int, png: bytes, caption: str, keyboard: Keyboard, *, paid: bool = False
    ) -> int:
        message_id = await send_photo(chat_id, png, caption, keyboard, paid=paid)
        await outage.down(api)  # right after Telegram took it
        return message_id

    monkeypatch.setattr(messenger, "send_photo", send_then_cut)
    with caplog.at_level(logging.INFO):
        tick = asyncio.create_task(app.reviewer.tick())
        await api.wait_until(lambda: bool(_events(caplog, "review_record_retry")), timeout=20)
        await outage.up()
        async with asyncio.timeout(30):
            assert await tick == 1
    async with app.engine.connect() as connection:
        rows = (await connection.execute(select(ReviewRow.state, ReviewRow.sent_at))).all()
    assert [tuple(row) for row in rows] == [("sent", clock())]
    assert len(api.calls_to("sendPhoto")) == 1


async def test_updates_waiting_when_the_service_stops_are_handled_after_a_restart(
    api: FakeBotApi,
    db_url: str,
    clock: FakeClock,
    places: TimezoneResolver,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """They were never confirmed to Telegram, so the next process gets them again."""
    outage = Outage(db_url, tmp_path / "moved.db")
    url = await outage.url()
    first = build_app(api, url, clock, places)
    await first.start()
    outage.app = first
    try:
        chat = Chat(api, api.user(934, "Alex"))
        await chat.say("/start", replies=2)
        await outage.down(api)
        mark = api.mark()
        with caplog.at_level(logging.INFO):
            chat.user.send_text("Sam")
            chat.user.send_text("/help")
            await api.wait_until(lambda: bool(_events(caplog, "update_retry")), timeout=20)
            async with asyncio.timeout(15):
                await first.stop()  # promptly, though the database is away
        assert _events(caplog, "update_not_handled")
        await outage.up()
        second = build_app(api, url, clock, places)
        await second.start()
        try:
            await api.wait_for_call("sendMessage", since=mark, count=2, timeout=30)
        finally:
            await second.stop()
    finally:
        await first.stop()
        await outage.close()
    replies = [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"]
    assert replies[0].startswith("Which sounds most like Sam?")
    assert replies[1] == HELP
    assert len(replies) == 2

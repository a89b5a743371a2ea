"""Delivery rules seen through the real app: per-chat pacing, catch-up rate, a blocked user."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from nudger.app import NudgerApp
from nudger.domain.model import NudgeSource
from nudger.storage import nudges, users
from nudger.storage.db import session_factory
from nudger.storage.tables import UserRow
from nudger.testing.deliveries import daytime_zone, deliveries, seed
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from tests.conftest import FakeClock
from tests.support import rows
from tests.support.chat import Chat, deliver_next
from tests.support.rows import first_due


async def _active(app: NudgerApp, telegram_id: int) -> bool:
    async with app.engine.connect() as connection:
        active = await connection.scalar(
            select(UserRow.active).where(UserRow.telegram_id == telegram_id)
        )
    return bool(active)


async def test_two_nudges_for_one_chat_go_out_a_second_apart(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    now = clock.set(await first_due(app))
    async with session_factory(app.engine).begin() as session:
        profile = await users.by_telegram_id(session, chat.user.user_id)
        assert profile is not None
        await nudges.add(session, profile.id, now, NudgeSource.NOW, now)
    mark = api.mark()
    assert await app.dispatcher.tick() == 2
    first, second = [c for c in api.calls[mark:] if c.method == "sendMessage"]
    assert second.at - first.at >= 0.95  # NUDGER_CHAT_INTERVAL_SECONDS, 1 s by default


async def test_a_backlog_after_downtime_drains_at_the_send_rate(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    now = clock()
    seeded = await seed(
        session_factory(app.engine),
        users=60,
        per_user=1,
        due=now - timedelta(minutes=30),  # within the grace: all are sent
        now=now,
        zone=daytime_zone(now),
    )
    for chat_id in seeded.chats:
        api.user(chat_id)
    api.rate_limit = 30  # Telegram's limit; nudger's default rate is 25
    assert await app.dispatcher.tick() == 60
    assert set(deliveries(api)) == seeded.ids
    assert api.throttled == 0
    # 25 a second by slot; a busy event loop can bunch a couple of sends, never up to 30
    # (unpaced, the 60 would go out in well under a second).
    assert api.max_sends_per_second() <= 30


async def test_a_user_who_blocked_the_bot_gets_nothing_until_start(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    clock.set(await first_due(app))
    api.fail_next("sendMessage", FakeError.forbidden())
    assert await app.dispatcher.tick() == 0
    assert [n.state for n in await rows.nudges(app)].count("blocked") == 1
    assert not await _active(app, chat.user.user_id)
    assert not [n for n in await rows.nudges(app) if n.state == "planned"]
    await app.planning.tick()
    assert not [n for n in await rows.nudges(app) if n.state == "planned"]  # none for the inactive

    await chat.say("/start", replies=2)  # they are back
    assert await _active(app, chat.user.user_id)
    await app.planning.tick()
    message_id = await deliver_next(app, api, clock, chat)
    assert chat.user.last_message.message_id == message_id

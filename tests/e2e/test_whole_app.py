"""The whole app over HTTP, on each database: one walk from /start to an answered nudge,
the ticks running on their own, and a restart.

Each feature is tested in depth by the fast tier (tests/features); this proves the parts
work together through the real bot.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nudger.app import NudgerApp
from nudger.config import load_settings
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.apps import TOKEN
from tests.support.chat import Chat, deliver_next
from tests.support.rows import first_due, nudges
from tests.support.words import DONE_BUTTON, DONE_MARK, NUDGE_BUTTONS

BERLIN = ZoneInfo("Europe/Berlin")


async def test_onboard_get_a_nudge_and_answer_it(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    summary = await chat.onboard(name="Sam", style="Anxious")
    assert "Partner: Sam" in (summary.text or "")
    message_id = await deliver_next(app, api, clock, chat)
    nudge = chat.user.last_message
    assert nudge.message_id == message_id and nudge.buttons == NUDGE_BUTTONS
    assert "Sam" in (nudge.text or "")

    clock.advance(timedelta(minutes=3))
    assert await chat.tap(DONE_BUTTON, message_id) == DONE_MARK
    await api.wait_until(
        lambda: next(m for m in chat.user.messages if m.message_id == message_id).edited
    )
    answered = next(m for m in chat.user.messages if m.message_id == message_id)
    assert answered.buttons == [] and (answered.text or "").endswith(DONE_MARK)
    [row] = [n for n in await nudges(app) if n.message_id == message_id]
    assert (row.state, row.answered_at) == ("done", clock.now)


async def test_scheduled_ticks_plan_and_send_without_being_driven(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    """With its ticks on, the app plans and sends by itself when a nudge falls due."""
    settings = load_settings(
        telegram_token=TOKEN,
        telegram_api_url=api.url,
        database_url=db_url,
        dispatch_interval_seconds=0.05,
        http_port=0,
    )
    nudger = NudgerApp(settings, clock=clock, run_ticks=True, poll_timeout=1, places=places)
    await nudger.start()
    try:
        chat = Chat(api, api.user(808, "Alex"))
        await chat.onboard()
        clock.set(await first_due(nudger))
        mark = api.mark()
        await api.wait_for_call("sendMessage", since=mark)
        assert chat.user.last_message.buttons == NUDGE_BUTTONS
    finally:
        await nudger.stop()
    assert {"plan", "dispatch", "reap"} <= set(nudger.tick_log.finished)


async def test_a_restarted_service_does_not_send_the_review_again(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))
    await chat.onboard()
    await app.tick_once()
    clock.set(datetime(2026, 11, 29, 19, 0, 10, tzinfo=BERLIN))
    await app.tick_once()
    assert len(api.calls_to("sendPhoto")) == 1
    await app.stop()
    restarted = NudgerApp(
        app.settings, clock=clock, run_ticks=False, poll_timeout=1, places=app.places
    )
    await restarted.start()
    try:
        for _ in range(3):
            clock.advance(timedelta(minutes=5))
            await restarted.tick_once()
    finally:
        await restarted.stop()
    assert len(api.calls_to("sendPhoto")) == 1

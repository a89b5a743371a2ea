"""Fast tier: with Telegram's paid broadcasts on (NUDGER_PAID_BROADCAST), the timed sends
(nudges, weekly reviews, "welcome back" notices: those of the shared send budget) carry
allow_paid_broadcast when the budget says so; a reply to a user's own update never does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from nudger.app import NudgerApp
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from tests.conftest import FakeClock
from tests.support.apps import build_fast_app
from tests.support.chat import Chat
from tests.support.words import DONE_BUTTON

BERLIN = ZoneInfo("Europe/Berlin")
SENDS = ("sendMessage", "sendPhoto", "sendDocument")


@pytest.fixture
async def paying(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> AsyncIterator[NudgerApp]:
    """The app with paid broadcasts on and no free rate: every timed send is paid."""
    edge = InProcessEdge(api)
    nudger = build_fast_app(
        edge, db_url, clock, places, paid_broadcast=True, free_rate_per_second=0
    )
    await nudger.start()
    try:
        yield nudger
    finally:
        await nudger.stop()
    assert not edge.failures, f"updates failed: {edge.failures!r}"


async def _through_a_week(app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock) -> int:
    """Setup, a /now nudge tapped Done, /week, a pause that ends by itself and the weekly
    review: replies and every kind of timed send. Returns the mark of the review's tick."""
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))  # Monday
    await chat.onboard(per_day="1", windows=("Morning",))
    await app.reviewer.tick()  # schedules the first review: Sunday 19:00 Berlin
    [nudge] = await chat.say("/now")
    await chat.tap(DONE_BUTTON, nudge.message_id)
    await chat.week()
    await chat.say("/pause 12h")
    clock.advance(timedelta(hours=12))
    mark = api.mark()
    assert await app.pause_ends.tick() == 1
    await api.wait_for_call(
        "sendMessage", lambda c: "pause is over" in c.params["text"], since=mark
    )
    clock.set(datetime(2026, 11, 29, 19, 0, 30, tzinfo=BERLIN))
    review = api.mark()
    assert await app.reviewer.tick() == 1
    return review


def _kinds(api: FakeBotApi, review: int) -> list[tuple[str, ApiCall]]:
    """Every successful send: which timed send it is (a nudge, a notice, the review), or a
    reply."""
    kinds = []
    for at, call in enumerate(api.calls):
        if call.method not in SENDS or not call.ok:
            continue
        keyboard = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
        data = [str(b.get("callback_data", "")) for row in keyboard for b in row]
        if call.method == "sendMessage" and any(d.startswith("n:") for d in data):
            kinds.append(("nudge", call))
        elif call.method == "sendMessage" and "pause is over" in call.params["text"]:
            kinds.append(("notice", call))
        elif call.method == "sendPhoto" and at >= review:
            kinds.append(("review", call))
        else:
            kinds.append(("reply", call))
    return kinds


def _paid(call: ApiCall) -> bool:
    return call.params.get("allow_paid_broadcast") is True


def _paid_sends_metric(app: NudgerApp) -> str:
    [line] = [
        line
        for line in app.metrics.render().decode().splitlines()
        if line.startswith("nudger_paid_sends_total ")
    ]
    return line.split()[1]


async def test_timed_sends_are_paid_broadcasts_and_replies_never(
    paying: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    kinds = _kinds(api, await _through_a_week(paying, api, chat, clock))
    timed = [(kind, _paid(call)) for kind, call in kinds if kind != "reply"]
    assert timed == [("nudge", True), ("notice", True), ("review", True)]
    replies = [call for kind, call in kinds if kind == "reply"]
    assert {call.method for call in replies} == {"sendMessage", "sendPhoto"}  # /week's picture
    assert len(replies) >= 8  # setup's questions, the summary, /pause's answer...
    assert [call for call in replies if "allow_paid_broadcast" in call.params] == []
    assert _paid_sends_metric(paying) == "3.0"


async def test_without_paid_broadcasts_no_send_is_paid(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    kinds = _kinds(api, await _through_a_week(app, api, chat, clock))
    assert [kind for kind, _ in kinds if kind != "reply"] == ["nudge", "notice", "review"]
    assert [call for _, call in kinds if "allow_paid_broadcast" in call.params] == []
    assert _paid_sends_metric(app) == "0.0"

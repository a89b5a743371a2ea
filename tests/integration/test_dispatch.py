"""The dispatcher against real PTB, the fake Bot API and real databases: each failure mode."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.request import HTTPXRequest

from nudger.app import load_catalog
from nudger.domain.answers import AnswerStatus, judge
from nudger.domain.conversation import Draft, Step
from nudger.domain.delivery import MAX_ATTEMPTS, backoff
from nudger.domain.model import NudgeSource, NudgeState, Outcome
from nudger.domain.planning import PlannedSlot, Window
from nudger.domain.review import Delivered, build_review
from nudger.domain.streaks import week_start
from nudger.domain.styles import AttachmentStyle
from nudger.jobs.dispatcher import SEND_MARGIN, Dispatcher
from nudger.jobs.reaper import Reaper
from nudger.jobs.send_budget import SendBudget
from nudger.jobs.ticker import FailureLog
from nudger.messaging.messenger import TelegramMessenger
from nudger.services.review import load_inputs
from nudger.storage import nudges, users
from nudger.storage.db import create_engine, session_factory
from nudger.storage.tables import NudgeRow, UserRow
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi, FakeError
from nudger.testing.wall import Wall
from tests.conftest import FakeClock

TOKEN = "123456:TEST-token"
BERLIN = ZoneInfo("Europe/Berlin")
CHAT = 777
#: The dispatcher's default send rate.
RATE = 25.0


@dataclass
class Rig:
    api: FakeBotApi
    dispatcher: Dispatcher
    messenger: TelegramMessenger
    sessions: async_sessionmaker[AsyncSession]
    clock: FakeClock
    user_id: int
    reaper: Reaper
    wall: Wall

    async def nudge(self, minutes_ago: int = 0) -> int:
        now = self.clock()
        async with self.sessions.begin() as session:
            return await nudges.add(
                session, self.user_id, now - timedelta(minutes=minutes_ago), NudgeSource.PLAN, now
            )

    async def row(self, nudge_id: int) -> NudgeRow:
        async with self.sessions() as session:
            row = await session.get(NudgeRow, nudge_id)
            assert row is not None
            return row

    async def user(self) -> UserRow:
        async with self.sessions() as session:
            row = await session.get(UserRow, self.user_id)
            assert row is not None
            return row

    def budget(self) -> SendBudget:
        """A send budget that paces in virtual seconds (the per-chat second waits for nothing)."""
        return SendBudget(self.sessions, RATE, wall=self.wall, sleep=self.wall.sleep)

    def sends(self) -> int:
        return len(self.api.calls_to("sendMessage"))

    def dispatcher_with(self, **options: Any) -> Dispatcher:
        """Another dispatcher on the same database and bot, with other settings."""
        options.setdefault("budget", self.budget())
        return Dispatcher(
            self.sessions,
            self.messenger,
            load_catalog(None),
            self.clock,
            random.Random(1),
            **options,
        )


@pytest.fixture
async def rig(sessions: async_sessionmaker[AsyncSession], clock: FakeClock) -> AsyncIterator[Rig]:
    async with FakeBotApi(token=TOKEN) as api:
        api.user(CHAT, "Alex")
        request = HTTPXRequest(read_timeout=0.5)
        bot = Bot(TOKEN, base_url=f"{api.url}/bot", request=request)
        async with bot:
            now = clock()
            async with sessions.begin() as session:
                profile = await users.ensure(session, CHAT, CHAT, now)
                draft = Draft(
                    step=Step.WINDOWS,
                    partner_name="Sam",
                    style=AttachmentStyle.AVOIDANT,
                    timezone="Europe/Berlin",
                    per_day=1,
                    windows=frozenset({Window.EVENING}),
                )
                await users.finish_onboarding(session, profile.id, draft, now)
            messenger = TelegramMessenger(bot)
            wall = Wall(time.time())
            dispatcher = Dispatcher(
                sessions,
                messenger,
                load_catalog(None),
                clock,
                random.Random(1),
                grace=timedelta(hours=2),
                budget=SendBudget(sessions, RATE, wall=wall, sleep=wall.sleep),
            )
            reaper = Reaper(sessions, clock, dispatcher.budget, grace=timedelta(hours=2))
            yield Rig(api, dispatcher, messenger, sessions, clock, profile.id, reaper, wall)


async def test_sends_once_and_records_the_message(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    assert await rig.dispatcher.tick() == 1
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    [call] = rig.api.calls_to("sendMessage")
    assert (row.state, row.attempt, row.message_id) == ("sent", 1, call.result["message_id"])
    assert row.prompt_id is not None and row.prompt_id.startswith("avo-")
    assert "Sam" in call.params["text"]
    assert row.sent_at == rig.clock()


async def test_429_holds_every_send_until_retry_after(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.retry_after(30))
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.error) == ("planned", "retry_after")
    assert row.due_at == rig.clock() + timedelta(seconds=30)
    assert rig.sends() == 1
    other = await rig.nudge()  # due now, but the bot is on hold
    rig.clock.advance(timedelta(seconds=29))
    assert await rig.dispatcher.tick() == 0
    assert rig.sends() == 1
    assert (await rig.row(other)).state == "planned"
    rig.clock.advance(timedelta(seconds=1))
    assert await rig.dispatcher.tick() == 2
    assert (await rig.row(nudge_id)).state == "sent"
    assert (await rig.row(other)).state == "sent"
    assert rig.sends() == 3  # the refused one, then both after the hold


async def test_403_marks_the_user_inactive_and_sends_nothing_more(rig: Rig) -> None:
    first = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.forbidden())
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(first)
    assert (row.state, row.error) == ("blocked", "forbidden")
    assert not (await rig.user()).active
    await rig.nudge()
    assert await rig.dispatcher.tick() == 0
    assert rig.sends() == 1  # the second nudge was never attempted


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_is_retried_with_backoff_then_fails(rig: Rig, status: int) -> None:
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.server_error(status), times=MAX_ATTEMPTS)
    for attempt in range(1, MAX_ATTEMPTS):
        assert await rig.dispatcher.tick() == 0
        row = await rig.row(nudge_id)
        assert (row.state, row.attempt, row.error) == ("planned", attempt, "network")
        assert row.due_at == rig.clock() + backoff(attempt)
        rig.clock.advance(backoff(attempt))
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.attempt) == ("failed", MAX_ATTEMPTS)
    assert rig.sends() == MAX_ATTEMPTS
    assert backoff(1) == timedelta(seconds=10)
    assert backoff(30) == timedelta(minutes=10)


async def test_400_fails_after_one_call_and_is_never_retried(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.bad_request("chat not found"))
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.attempt, row.error) == ("failed", 1, "bad_request")
    assert rig.sends() == 1
    rig.clock.advance(backoff(1) + timedelta(seconds=1))  # past the first retry a 5xx gets
    assert await rig.dispatcher.tick() == 0  # the Bot API would accept it now: not asked
    await rig.reaper.tick()
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.attempt, row.error) == ("failed", 1, "bad_request")
    assert rig.sends() == 1
    assert (await rig.user()).active  # unlike a 403, the user is not marked inactive


async def test_read_timeout_is_recorded_as_unknown_and_not_resent(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.delay(2))
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.error) == ("unknown", "timed_out")
    rig.clock.advance(timedelta(hours=1))
    assert await rig.dispatcher.tick() == 0
    await rig.reaper.tick()
    assert (await rig.row(nudge_id)).state == "unknown"
    assert rig.sends() == 1


async def test_an_unknown_send_counts_as_delivered_and_missed_in_the_weekly_review(
    rig: Rig,
) -> None:
    """It most likely arrived: the review loaded from the database counts it, unanswered."""
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.delay(2))
    assert await rig.dispatcher.tick() == 0
    sent_at = rig.clock()
    row = await rig.row(nudge_id)
    assert (row.state, row.sent_at) == ("unknown", sent_at)
    catalog = load_catalog(None)
    assert row.prompt_id is not None
    prompt = catalog.get(row.prompt_id)
    assert prompt is not None
    day = sent_at.astimezone(BERLIN).date()
    now = rig.clock.advance(timedelta(days=1))  # the next day: no longer open, but missed
    async with rig.sessions() as session:
        [profile] = (await users.by_ids(session, {rig.user_id})).values()
        inputs = await load_inputs(session, catalog, profile, week_start(day), now)
    assert inputs.delivered == (Delivered(day, NudgeState.UNKNOWN, prompt.category),)
    review = build_review(
        inputs.delivered,
        week=inputs.week,
        today=inputs.today,
        first_day=inputs.first_day,
        paused_days=inputs.paused_days,
        style=inputs.style,
    )
    assert (review.sent, review.missed, review.done) == (1, 1, 0)


async def test_read_timeout_is_resent_when_the_setting_says_so(rig: Rig) -> None:
    resending = rig.dispatcher_with(resend_unknown=True)
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.delay(2))
    assert await resending.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.error) == ("planned", "timed_out")
    rig.clock.advance(backoff(1))
    assert await resending.tick() == 1
    assert (await rig.row(nudge_id)).state == "sent"
    assert rig.sends() == 2  # the first may have arrived too: the duplicate the setting allows


async def test_connection_refused_is_retried_then_fails(rig: Rig) -> None:
    gone = FakeBotApi(token=TOKEN)
    await gone.start()
    bot = Bot(TOKEN, base_url=f"{gone.url}/bot")
    async with bot:
        await gone.stop()  # from now on its port refuses connections
        refused = Dispatcher(
            rig.sessions,
            TelegramMessenger(bot),
            load_catalog(None),
            rig.clock,
            random.Random(1),
            budget=rig.budget(),
        )
        nudge_id = await rig.nudge()
        for attempt in range(1, MAX_ATTEMPTS + 1):
            assert await refused.tick() == 0
            row = await rig.row(nudge_id)
            assert row.attempt == attempt
            rig.clock.advance(backoff(attempt))
    assert (row.state, row.error) == ("failed", "network")
    assert rig.sends() == 0  # nothing reached the Bot API


async def test_chat_migration_updates_the_chat_and_resends(rig: Rig) -> None:
    rig.api.user(-100777, "Group")
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.chat_migrated(-100777))
    await rig.dispatcher.tick()
    assert (await rig.user()).chat_id == -100777
    assert await rig.dispatcher.tick() == 1
    row = await rig.row(nudge_id)
    assert row.state == "sent"
    assert rig.api.calls_to("sendMessage")[-1].params["chat_id"] == -100777
    assert rig.sends() == 2  # the refused one, then one to the new chat


async def test_nudges_too_late_are_expired_not_sent(rig: Rig) -> None:
    late = await rig.nudge(minutes_ago=121)
    in_grace = await rig.nudge(minutes_ago=119)
    assert await rig.dispatcher.tick() == 1
    reaped = await rig.reaper.tick()
    assert reaped.expired == 1
    assert (await rig.row(late)).state == "expired"
    assert (await rig.row(in_grace)).state == "sent"


async def test_pausing_drops_planned_and_inactive_users_get_nothing(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    async with rig.sessions.begin() as session:
        await users.set_paused(session, rig.user_id, True, rig.clock())
    async with rig.sessions() as session:
        assert await session.get(NudgeRow, nudge_id) is None  # pausing dropped what was planned
    async with rig.sessions.begin() as session:
        await session.execute(update(UserRow).where(UserRow.id == rig.user_id).values(active=False))
        extra = await nudges.add(session, rig.user_id, rig.clock(), NudgeSource.NOW, rig.clock())
    assert await rig.dispatcher.tick() == 0
    assert (await rig.row(extra)).state == "cancelled"
    assert rig.sends() == 0
    async with rig.sessions() as session:
        assert (await session.scalars(select(NudgeRow.state))).all() == ["cancelled"]


async def test_a_planned_nudge_late_into_quiet_hours_is_expired(rig: Rig) -> None:
    # 21:30 UTC is 22:30 in Berlin: within the grace window, but past 22:00 local.
    rig.clock.set(rig.clock.now.replace(hour=21, minute=30))
    nudge_id = await rig.nudge(minutes_ago=45)
    assert await rig.dispatcher.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.error) == ("expired", "quiet_hours")
    assert rig.sends() == 0


async def test_two_nudges_in_one_batch_get_different_prompts(rig: Rig) -> None:
    first, second = await rig.nudge(), await rig.nudge(minutes_ago=1)
    assert await rig.dispatcher.tick() == 2
    assert (await rig.row(first)).prompt_id != (await rig.row(second)).prompt_id


async def test_a_tap_on_a_nudge_whose_send_timed_out_is_recorded(rig: Rig) -> None:
    nudge_id = await rig.nudge()
    rig.api.fail_next("sendMessage", FakeError.delay(2))
    await rig.dispatcher.tick()
    assert (await rig.row(nudge_id)).state == "unknown"
    now = rig.clock()
    async with rig.sessions.begin() as session:
        tapped = await nudges.for_answer(session, nudge_id, rig.user_id)
        assert judge(tapped, now - timedelta(hours=1)) is AnswerStatus.RECORDED
        assert tapped is not None
        assert await nudges.record_answer(session, nudge_id, tapped.state, Outcome.DONE, now)
    row = await rig.row(nudge_id)
    assert (row.state, row.sent_at, row.answered_at) == ("done", now, now)


async def test_a_block_while_planning_does_not_deadlock(rig: Rig) -> None:
    """The planner holds users FOR SHARE and then inserts; a 403 updates users and nudges.

    Both must take the user row before the nudge row, or PostgreSQL aborts one of them.
    """
    async with rig.sessions() as probe:
        if probe.get_bind().dialect.name == "sqlite":
            pytest.skip("SQLite runs one writer at a time; there is no lock order to get wrong")
    now = rig.clock()
    slot = PlannedSlot(now, now.date(), 0)
    async with rig.sessions.begin() as session:
        assert await nudges.insert_planned(session, rig.user_id, [slot], now) == 1
    rig.api.fail_next("sendMessage", FakeError.forbidden())
    async with rig.sessions.begin() as planner:
        await users.due_for_planning(planner, now, 500)  # FOR SHARE on the user
        mark = rig.api.mark()
        tick = asyncio.create_task(rig.dispatcher.tick())
        await rig.api.wait_for_call("sendMessage", since=mark)
        await asyncio.sleep(0.2)  # let the dispatcher reach its writes and wait for the lock
        await nudges.insert_planned(planner, rig.user_id, [slot], now)  # conflicts with the row
    async with asyncio.timeout(10):
        assert await tick == 0
    assert not (await rig.user()).active
    async with rig.sessions() as session:
        assert (await session.scalars(select(NudgeRow.state))).all() == ["blocked"]


async def test_no_send_starts_without_enough_lease_left(rig: Rig) -> None:
    short = rig.dispatcher_with(
        lease=SEND_MARGIN,  # never enough: the reaper could hand the row on mid-send
    )
    nudge_id = await rig.nudge()
    assert await short.tick() == 0
    assert rig.sends() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.error) == ("planned", "not_sent")


async def test_a_long_past_429_hold_does_not_backdate_a_released_nudge(rig: Rig) -> None:
    """The hold stays in the shared row after it ended; a release must not use it as due."""
    short = rig.dispatcher_with(
        lease=SEND_MARGIN,  # too short to send: the claim is released
        budget=rig.dispatcher.budget,
    )
    await rig.dispatcher.budget.hold(rig.clock() - timedelta(hours=3))
    nudge_id = await rig.nudge()
    assert await short.tick() == 0
    row = await rig.row(nudge_id)
    assert (row.state, row.due_at) == ("planned", rig.clock())
    await rig.reaper.tick()
    assert (await rig.row(nudge_id)).state == "planned"  # not expired


async def test_wakes_that_fail_in_an_outage_are_logged_once(
    rig: Rig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A hundred /now in a database outage give one ``tick_failed tick=wake`` line, not 100."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/no/such/folder/nudger.db")
    try:
        away = Dispatcher(
            session_factory(engine),
            rig.messenger,
            load_catalog(None),
            rig.clock,
            random.Random(1),
            failures=FailureLog(),
        )
        caplog.set_level(logging.INFO, logger="nudger.jobs.ticker")
        for _ in range(100):
            away.wake()
        await away.drain()
    finally:
        await engine.dispose()
    failed = [r for r in caplog.records if r.getMessage() == "tick_failed"]
    assert [getattr(r, "fields", {}).get("tick") for r in failed] == ["wake"]


def _paid(call: ApiCall) -> bool:
    return call.params.get("allow_paid_broadcast") is True


async def test_without_paid_broadcasts_no_send_carries_the_flag(rig: Rig) -> None:
    for _ in range(3):
        await rig.nudge()
    assert await rig.dispatcher.tick() == 3
    calls = rig.api.calls_to("sendMessage")
    assert len(calls) == 3
    assert not any("allow_paid_broadcast" in call.params for call in calls)


async def test_paid_broadcasts_lift_telegrams_limit_and_pay_only_beyond_the_free_rate(
    rig: Rig,
) -> None:
    """100 nudges at 100 a second, in real seconds, against Telegram's limits: the sends
    beyond 25 a second carry allow_paid_broadcast, so none meets the free limit's 429."""
    rig.api.rate_limit, rig.api.paid_rate_limit = 30, 1000
    paying = rig.dispatcher_with(
        budget=SendBudget(rig.sessions, 100, chat_interval=0, paid_above=25)  # real seconds
    )
    for _ in range(100):
        await rig.nudge()
    assert await paying.tick() == 100
    calls = rig.api.calls_to("sendMessage")
    assert rig.api.throttled == 0 and len(calls) == 100
    paid = [call for call in calls if _paid(call)]
    assert 0 < len(paid) < 100
    # 25 within any second when the budget decides; a send arrives a few ms after that, by
    # how much varies, so a second of arrivals may hold a few more (the margin below 30).
    assert rig.api.max_sends_per_second(paid=False) <= 28
    assert rig.api.max_sends_per_second() > 30  # faster than the free limit allows
    assert rig.api.paid_sends() == len(paid)
    assert all(call.params["allow_paid_broadcast"] is True for call in paid)


async def test_with_every_send_paid_each_nudge_carries_the_flag(rig: Rig) -> None:
    """NUDGER_FREE_RATE_PER_SECOND=0: every timed send is a paid broadcast."""
    paying = rig.dispatcher_with(
        budget=SendBudget(rig.sessions, RATE, paid_above=0, wall=rig.wall, sleep=rig.wall.sleep),
    )
    nudge_ids = [await rig.nudge() for _ in range(3)]
    assert await paying.tick() == 3
    assert [_paid(call) for call in rig.api.calls_to("sendMessage")] == [True] * 3
    for nudge_id in nudge_ids:
        assert (await rig.row(nudge_id)).state == "sent"


@pytest.mark.parametrize(("per_tick", "paid"), [(50, 25), (20, 0)], ids=["50 a tick", "20 a tick"])
async def test_a_fast_rate_pays_only_for_what_a_tick_sends_beyond_the_seconds_free_allowance(
    rig: Rig, per_tick: int, paid: int
) -> None:
    """The review's case: ticks 5 s apart, each sending its nudges at 1,000 a second (50 go
    out within 50 ms). 10 a second on average, but within that burst only 25 can go free
    without more than 25 unflagged sends in one second: the rest are paid, and a tick whose
    nudges fit in the allowance pays nothing (before, all but one in 40 ms were paid)."""
    paying = rig.dispatcher_with(
        budget=SendBudget(
            rig.sessions, 1000, chat_interval=0, paid_above=25, wall=rig.wall, sleep=rig.wall.sleep
        )
    )
    paid_per_tick = []
    for _ in range(4):
        mark = rig.api.mark()
        for _ in range(per_tick):
            await rig.nudge()
        assert await paying.tick() == per_tick
        sent = [call for call in rig.api.calls[mark:] if call.method == "sendMessage"]
        assert len(sent) == per_tick
        paid_per_tick.append(sum(_paid(call) for call in sent))
        rig.clock.advance(timedelta(seconds=5))
        rig.wall.at += 5
    assert paid_per_tick == [paid] * 4

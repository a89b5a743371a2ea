"""Fast tier, through the router: /week's picture and buttons, and the weekly review pushed
exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from nudger.app import NudgerApp
from nudger.bot.words import BAD_BUTTON, NOT_SET_UP
from nudger.jobs.weekly_review import Reviewer
from nudger.storage.db import create_engine, session_factory
from nudger.storage.tables import ReviewRow, UserRow
from nudger.testing.fake_bot_api import FakeBotApi, FakeError
from tests.conftest import FakeClock
from tests.support.chat import Chat, deliver_next
from tests.support.words import DONE_BUTTON, EN, SKIP_BUTTON

BERLIN = ZoneInfo("Europe/Berlin")
#: Telegram's photo limits: 10 MB, width + height <= 10000, aspect ratio <= 20.
MAX_PHOTO_BYTES = 10 * 1024 * 1024


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


async def set_up_on_monday(app: NudgerApp, chat: Chat, clock: FakeClock, **onboarding: Any) -> None:
    """Set up on Monday 23 Nov 2026, 07:00 Berlin; the first review is then due Sunday 19:00."""
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))
    await chat.onboard(**onboarding)
    await app.reviewer.tick()  # schedules the first review


async def _answer_next(app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock) -> None:
    """Send the next planned nudge and tick it Done (older planned ones have expired)."""
    await app.reaper.tick()
    await app.planning.tick()
    message_id = await deliver_next(app, api, clock, chat)
    await chat.tap(DONE_BUTTON, message_id)


@contextlib.asynccontextmanager
async def second_worker(app: NudgerApp, db_url: str, clock: FakeClock) -> AsyncIterator[Reviewer]:
    """Another process's reviewer: its own engine on the same database."""
    engine = create_engine(db_url)
    try:
        yield Reviewer(
            session_factory(engine),
            app.messenger,
            app.catalog,
            clock,
        )
    finally:
        await engine.dispose()


async def _reviews(app: NudgerApp) -> list[ReviewRow]:
    async with app.engine.connect() as connection:
        return list(await connection.execute(select(ReviewRow).order_by(ReviewRow.id)))  # type: ignore[arg-type]


async def test_week_is_a_phone_sized_chart_with_buttons_to_earlier_weeks(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 17, 7, 0, tzinfo=BERLIN))  # Tuesday of the week before
    await chat.onboard(per_day="1", windows=("Morning",))
    await _answer_next(app, api, chat, clock)  # Tue 17 Nov
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN))
    await _answer_next(app, api, chat, clock)  # Tue 24 Nov

    week = await chat.week()
    assert week.photo is not None
    width, height = png_size(week.photo)
    assert 800 <= width <= 2000 and width + height <= 10000
    assert max(width, height) / min(width, height) <= 20
    assert len(week.photo) < 1024 * 1024 < MAX_PHOTO_BYTES
    caption = week.caption or ""
    assert len(caption) <= 1024
    assert "Mon 23 Nov\u2009–\u2009Sun 29 Nov" in caption and "Done: 1 of 1 sent" in caption
    assert week.buttons == ["◀ Week of 16 Nov"]

    # The week before, the first one: it links back to this week and no further.
    mark = api.mark()
    notice = await chat.tap("◀ Week of 16 Nov", week.message_id)
    assert notice == "Week of 16 Nov"
    await api.wait_for_call("sendPhoto", since=mark)
    earlier = chat.user.last_message
    assert "Mon 16 Nov\u2009–\u2009Sun 22 Nov" in (earlier.caption or "")
    assert "Done: 1 of 1 sent" in (earlier.caption or "")
    assert earlier.buttons == ["This week ▶"]
    assert await chat.press(earlier.message_id, "w:2026-11-09") == EN("week-no-such-week")


async def test_week_buttons_with_bad_weeks_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN))
    await chat.onboard()
    week = await chat.week()
    photos = len(api.calls_to("sendPhoto"))
    for data, notice in (
        ("w:2026-11-17", EN(BAD_BUTTON)),  # not a Monday
        ("w:2026-13-02", EN(BAD_BUTTON)),
        ("w:", EN(BAD_BUTTON)),
        ("w:2026-11-30", EN("week-no-such-week")),  # next week
        ("w:2020-01-06", EN("week-no-such-week")),  # over a year back
    ):
        assert await chat.press(week.message_id, data) == notice
    assert len(api.calls_to("sendPhoto")) == photos


async def test_week_before_setup_points_to_start(app: NudgerApp, chat: Chat) -> None:
    [reply] = await chat.say("/week")
    assert reply.text == EN(NOT_SET_UP)


async def test_the_review_is_pushed_once_a_week_at_the_chosen_local_time(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock, db_url: str
) -> None:
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))  # Monday
    await chat.onboard(per_day="1", windows=("Morning",))
    await _answer_next(app, api, chat, clock)
    await app.reviewer.tick()  # schedules the first review: Sunday 19:00 Berlin
    assert api.calls_to("sendPhoto") == []

    clock.set(datetime(2026, 11, 29, 18, 59, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 0
    clock.set(datetime(2026, 11, 29, 19, 0, 30, tzinfo=BERLIN))
    mark = api.mark()
    assert await app.reviewer.tick() == 1
    await api.wait_for_call("sendPhoto", since=mark)
    review = chat.user.last_message
    assert review.photo is not None
    assert "Mon 23 Nov\u2009–\u2009Sun 29 Nov" in (review.caption or "")
    assert "Done: 1 of 1 sent" in (review.caption or "")

    # Many ticks, a second worker and a restart (new engine) later: still one review.
    async with second_worker(app, db_url, clock) as other:
        for _ in range(3):
            clock.advance(timedelta(minutes=7))
            results = await asyncio.gather(app.reviewer.tick(), other.tick())
            assert list(results) == [0, 0]
    assert len(api.calls_to("sendPhoto")) == 1
    [row] = await _reviews(app)
    assert row.state == "sent" and str(row.week_start) == "2026-11-23"

    # The next Sunday brings the next review.
    clock.set(datetime(2026, 12, 6, 19, 5, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 1
    assert [str(r.week_start) for r in await _reviews(app)] == ["2026-11-23", "2026-11-30"]


async def test_two_workers_ticking_together_send_one_review(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock, db_url: str
) -> None:
    await set_up_on_monday(app, chat, clock)
    clock.set(datetime(2026, 11, 29, 19, 1, tzinfo=BERLIN))
    async with second_worker(app, db_url, clock) as other:
        results = await asyncio.gather(app.reviewer.tick(), other.tick(), app.reviewer.tick())
    assert sorted(results) == [0, 0, 1]
    assert len(api.calls_to("sendPhoto")) == 1


async def test_a_review_missed_by_a_long_outage_is_skipped_not_sent_late(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN))  # Tuesday: 38 hours late
    assert await app.reviewer.tick() == 0
    assert api.calls_to("sendPhoto") == []
    clock.set(datetime(2026, 12, 6, 19, 0, tzinfo=BERLIN))  # but the next one comes
    assert await app.reviewer.tick() == 1


async def test_review_day_and_hour_follow_local_time_across_a_dst_change(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """Berlin leaves summer time on Sunday 2026-10-25: 19:00 local is 17:00 UTC that day."""
    clock.set(datetime(2026, 10, 19, 7, 0, tzinfo=BERLIN))
    await chat.onboard()
    await app.reviewer.tick()
    clock.set(datetime(2026, 10, 25, 17, 59, tzinfo=UTC))  # 18:59 local (CET)
    assert await app.reviewer.tick() == 0
    clock.set(datetime(2026, 10, 25, 18, 0, tzinfo=UTC))  # 19:00 local
    assert await app.reviewer.tick() == 1
    assert "Mon 19 Oct\u2009–\u2009Sun 25 Oct" in (chat.user.last_message.caption or "")


async def test_no_review_while_paused_and_a_blocked_user_is_marked_inactive(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    await chat.say("/pause")
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 0
    await chat.say("/resume")
    clock.set(datetime(2026, 12, 6, 19, 0, tzinfo=BERLIN))
    api.fail_next("sendPhoto", FakeError.forbidden())
    assert await app.reviewer.tick() == 0
    paused_week, blocked = await _reviews(app)
    assert (paused_week.state, paused_week.error) == ("skipped", "paused")
    assert blocked.state == "failed"  # reviews have no blocked state
    async with app.engine.connect() as connection:
        active = await connection.scalar(select(UserRow.active))
    assert active is False


async def test_a_429_puts_the_review_off_and_it_is_sent_after_the_wait(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    api.fail_next("sendPhoto", FakeError.retry_after(30))
    assert await app.reviewer.tick() == 0
    [row] = await _reviews(app)
    assert row.state == "retry" and row.error == "retry_after"
    assert app.dispatcher.budget.held(clock())  # nudges wait too
    clock.advance(timedelta(seconds=10))
    assert await app.reviewer.tick() == 0  # still held: no call at all
    assert len(api.calls_to("sendPhoto")) == 1
    clock.advance(timedelta(seconds=25))
    assert await app.reviewer.tick() == 1
    [row] = await _reviews(app)
    assert row.state == "sent" and row.attempt == 2
    assert len(api.calls_to("sendPhoto")) == 2  # the refused call and the one that went out


async def test_a_review_to_a_chat_that_moved_is_sent_to_the_new_chat(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    group = api.user(-100931, "Group")
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    api.fail_next("sendPhoto", FakeError.chat_migrated(-100931))
    assert await app.reviewer.tick() == 0
    [row] = await _reviews(app)
    assert (row.state, row.error, row.retry_at) == ("retry", "chat_migrated", clock())
    async with app.engine.connect() as connection:
        moved = await connection.scalar(
            select(UserRow.chat_id).where(UserRow.telegram_id == chat.user.user_id)
        )
    assert moved == -100931
    assert await app.reviewer.tick() == 1
    [row] = await _reviews(app)
    assert (row.state, row.attempt) == ("sent", 2)
    assert group.last_message.photo is not None
    assert all(m.photo is None for m in chat.user.messages)
    assert len(api.calls_to("sendPhoto")) == 2  # the refused call and the one to the new chat


async def test_network_errors_are_retried_then_given_up(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    for _ in range(5):
        api.fail_next("sendPhoto", FakeError.server_error(502))
        await app.reviewer.tick()
        clock.advance(timedelta(minutes=11))  # past each backoff (at most 10 minutes)
    [row] = await _reviews(app)
    assert row.state == "retry" and row.attempt == 5
    clock.advance(timedelta(minutes=11))
    assert await app.reviewer.tick() == 0  # a sixth attempt is not made
    [row] = await _reviews(app)
    assert row.state == "failed" and row.error == "gave_up"
    assert len(api.calls_to("sendPhoto")) == 5


async def test_one_users_broken_zone_does_not_stop_the_others_reviews(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN))
    other = Chat(api, api.user(502, "Bea"))
    await other.onboard(name="Kim")
    await chat.onboard()
    await app.reviewer.tick()
    async with app.engine.begin() as connection:  # a zone the tz database no longer has
        await connection.execute(
            update(UserRow).where(UserRow.telegram_id == 502).values(timezone="Mars/Olympus")
        )
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 1
    assert chat.user.last_message.photo is not None
    assert all(m.photo is None for m in other.user.messages)


async def test_paused_since_sunday_lunch_still_gets_the_week_reviewed(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock, per_day="1", windows=("Morning",))
    await _answer_next(app, api, chat, clock)
    clock.set(datetime(2026, 11, 29, 13, 0, tzinfo=BERLIN))
    await chat.say("/pause")
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 1
    assert "Done: 1 of 1 sent" in (chat.user.last_message.caption or "")


async def test_setting_up_again_in_another_zone_moves_the_review(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await set_up_on_monday(app, chat, clock)
    await chat.onboard(zone="Asia/Tokyo")
    await app.reviewer.tick()
    tokyo = ZoneInfo("Asia/Tokyo")
    clock.set(datetime(2026, 11, 29, 18, 59, tzinfo=tokyo))
    assert await app.reviewer.tick() == 0
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=tokyo))  # 11:00 in Berlin
    assert await app.reviewer.tick() == 1


async def test_a_week_with_a_skip_a_pause_and_tense_moments_is_reviewed_as_lived(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """Mon Done, Tue Skip, Wed paused (/pause 1d), Thu-Sun Done; /conflict on Thu, Fri, Sat.

    Streak on Sunday: Sun, Sat, Fri, Thu, then Wed is paused (skipped over) and Tue has no
    Done, so 4 days; longest 4. Sent 6 (Wed none), done 5, skipped 1. /conflict on three
    days within two weeks brings the note on couples therapy.
    """
    await set_up_on_monday(app, chat, clock, per_day="1", windows=("Morning",))
    plan = {
        23: DONE_BUTTON,
        24: SKIP_BUTTON,
        26: DONE_BUTTON,
    }
    plan |= {
        27: DONE_BUTTON,
        28: DONE_BUTTON,
        29: DONE_BUTTON,
    }
    for day in range(23, 30):
        clock.set(datetime(2026, 11, day, 8, 0, tzinfo=BERLIN))
        await app.pause_ends.tick()  # ends Wednesday's pause on Thursday at 08:00
        await app.reviewer.tick()
        if day == 25:
            await chat.say("/pause 1d")
            continue
        await app.reaper.tick()
        await app.planning.tick()
        message_id = await deliver_next(app, api, clock, chat)
        assert clock().astimezone(BERLIN).day == day
        await chat.tap(plan[day], message_id)
        if day in (26, 27, 28):
            await chat.say("/conflict")
    clock.set(datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN))
    assert await app.reviewer.tick() == 1
    caption = chat.user.last_message.caption or ""
    assert "Mon 23 Nov\u2009–\u2009Sun 29 Nov" in caption
    assert "Done: 5 of 6 sent (1 skipped)." in caption
    assert "Streak: 4 days (longest 4 days)." in caption
    assert "Paused days kept your streak and score as they were." in caption
    assert "couples therapy can help" in caption

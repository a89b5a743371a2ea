"""Fast tier, through the router: quiet hours hold for planned nudges, snoozes and /conflict
follow-ups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from nudger.app import NudgerApp
from nudger.domain.model import NudgeSource
from nudger.storage import nudges, users
from nudger.storage.tables import NudgeRow
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support import rows
from tests.support.chat import Chat, deliver_next
from tests.support.words import SNOOZE_BUTTON

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in November


async def _user_id(app: NudgerApp, chat: Chat) -> int:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, chat.user.user_id)
    assert profile is not None
    return profile.id


async def _set(app: NudgerApp, user_id: int, clock: FakeClock, **changes: object) -> None:
    async with app.router._deps.sessions.begin() as session:
        profile = await users.update_settings(session, user_id, clock(), **changes)
        await app.planner.plan_user(session, profile, clock())


async def _add(app: NudgerApp, user_id: int, due: datetime, source: NudgeSource) -> int:
    async with app.router._deps.sessions.begin() as session:
        return await nudges.add(session, user_id, due, source, due)


async def _row(app: NudgerApp, nudge_id: int) -> NudgeRow:
    async with app.engine.connect() as connection:
        row = (await connection.execute(select(NudgeRow).where(NudgeRow.id == nudge_id))).one()
    return row  # type: ignore[return-value]


async def test_a_snooze_that_would_land_in_quiet_hours_comes_when_they_end(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 23, 17, 0, tzinfo=BERLIN))
    await chat.onboard(per_day="1", windows=("Evening",))
    message_id = await deliver_next(app, api, clock, chat)
    clock.set(datetime(2026, 11, 23, 21, 30, tzinfo=BERLIN))
    notice = await chat.tap(SNOOZE_BUTTON, message_id)
    assert notice == "⏰ Snoozed — I'll bring it back tomorrow at 08:00."
    [snooze] = [n for n in await rows.nudges(app) if n.source == NudgeSource.SNOOZE.value]
    assert snooze.due_at == datetime(2026, 11, 24, 8, 0, tzinfo=BERLIN)


async def test_a_snooze_due_in_quiet_hours_set_later_waits_for_the_morning(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """The snooze was made for 20:30; quiet hours then moved to start at 20:00."""
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN))
    await chat.onboard(per_day="1", windows=("Afternoon",))
    user_id = await _user_id(app, chat)
    snooze = await _add(
        app, user_id, datetime(2026, 11, 23, 20, 30, tzinfo=BERLIN), NudgeSource.SNOOZE
    )
    await _set(app, user_id, clock, quiet_start=20)
    clock.set(datetime(2026, 11, 23, 20, 30, tzinfo=BERLIN))
    sends = len(api.calls_to("sendMessage"))
    await app.dispatcher.tick()
    row = await _row(app, snooze)
    assert row.state == "planned" and row.error == "quiet_hours"
    assert row.due_at == datetime(2026, 11, 24, 8, 0, tzinfo=BERLIN)
    assert len(api.calls_to("sendMessage")) == sends
    clock.set(datetime(2026, 11, 24, 8, 0, 5, tzinfo=BERLIN))
    await app.dispatcher.tick()
    assert (await _row(app, snooze)).state == "sent"


async def test_planned_nudges_and_follow_ups_late_into_quiet_hours_expire(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """After downtime, nothing planned goes out once the user's quiet hours (from 20:00) began."""
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN))
    await chat.onboard(per_day="1", windows=("Evening",))
    user_id = await _user_id(app, chat)
    await _set(app, user_id, clock, quiet_start=20)
    planned_rows = [n for n in await rows.nudges(app) if n.state == "planned"]
    assert all(17 <= n.due_at.astimezone(BERLIN).hour < 20 for n in planned_rows)  # narrowed
    # A nudge planned for 19:55 (before quiet hours) that the outage kept back.
    late = await _add(app, user_id, datetime(2026, 11, 23, 19, 55, tzinfo=BERLIN), NudgeSource.PLAN)
    follow_up = await _add(
        app, user_id, datetime(2026, 11, 23, 19, 50, tzinfo=BERLIN), NudgeSource.FOLLOWUP
    )
    clock.set(datetime(2026, 11, 23, 20, 10, tzinfo=BERLIN))  # within the 2 h grace
    sends = len(api.calls_to("sendMessage"))
    await app.dispatcher.tick()
    assert (await _row(app, late)).state == "expired"
    row = await _row(app, follow_up)
    assert row.state == "expired" and row.error == "quiet_hours"
    assert len(api.calls_to("sendMessage")) == sends


async def test_while_paused_only_what_was_asked_for_is_sent(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN))
    await chat.onboard(per_day="1", windows=("Evening",))
    user_id = await _user_id(app, chat)
    await chat.say("/pause")
    due = datetime(2026, 11, 23, 15, 0, tzinfo=BERLIN).astimezone(UTC)
    follow_up = await _add(app, user_id, due, NudgeSource.FOLLOWUP)
    snooze = await _add(app, user_id, due, NudgeSource.SNOOZE)
    clock.set(due + timedelta(seconds=5))
    await app.dispatcher.tick()
    assert (await _row(app, follow_up)).state == "sent"
    assert (await _row(app, snooze)).state == "cancelled"

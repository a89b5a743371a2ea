"""Fast tier, through the router: /settings — every setting by buttons, name and time zone by
text, time zone by a shared location (in settings and during onboarding), bad input."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from nudger.app import NudgerApp
from nudger.bot.onboarding import ASK_COUNT
from nudger.bot.settings import words as s
from nudger.bot.words import (
    ASK_TIMEZONE,
    BAD_BUTTON,
    NEED_WINDOW,
    NOT_SET_UP,
    STALE_QUESTION,
    UNKNOWN_TEXT,
)
from nudger.domain import calendar
from nudger.domain.conversation import Draft, Step
from nudger.domain.model import Profile
from nudger.domain.planning import Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage import drafts, users
from nudger.storage.tables import Base, NudgeRow, UserRow
from nudger.testing.fake_bot_api import FakeMessage
from tests.conftest import FakeClock
from tests.support.chat import HELP, Chat
from tests.support.rows import snapshot
from tests.support.words import EN

MENU_BUTTONS = [
    "Partner name",
    "Style",
    "Time zone",
    "Nudges a day",
    "Times of day",
    "Weekly review",
    "Quiet hours",
    "Language",
    "Close",
]
BERLIN = (52.52, 13.405)
NEW_YORK = (40.7128, -74.006)


async def _profile(app: NudgerApp, user_id: int = 501) -> Profile:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, user_id)
    assert profile is not None
    return profile


async def _draft(app: NudgerApp, profile: Profile) -> Draft | None:
    async with app.router._deps.sessions() as session:
        return await drafts.load(session, profile.id)


async def _next_review(app: NudgerApp) -> datetime | None:
    async with app.engine.connect() as connection:
        return (await connection.execute(select(UserRow.next_review_at))).scalar_one()


async def _planned(app: NudgerApp) -> list[datetime]:
    async with app.engine.connect() as connection:
        rows = await connection.execute(
            select(NudgeRow.due_at).where(NudgeRow.state == "planned").order_by(NudgeRow.due_at)
        )
        return [r.due_at for r in rows]


def _message(chat: Chat, message_id: int) -> FakeMessage:
    return next(m for m in chat.user.messages if m.message_id == message_id)


def _assert_saved(notice: str | None, menu: FakeMessage, what: str) -> None:
    """Every change confirms the same way: "Saved: …" as the notice and above the menu."""
    line = f"Saved: {what}."
    assert notice == line
    assert (menu.text or "").startswith(f"{line}\n\nYour settings\n")
    assert menu.buttons == MENU_BUTTONS


async def _open_menu(chat: Chat) -> FakeMessage:
    [menu] = await chat.say("/settings")
    assert menu.buttons == MENU_BUTTONS
    return menu


async def _tap_edit(chat: Chat, label: str, message_id: int) -> tuple[str | None, FakeMessage]:
    """Tap a button on ``message_id``; wait for that message to be edited; return both."""
    mark = chat.api.mark()
    notice = await chat.tap(label, message_id)
    await chat.api.wait_for_call(
        "editMessageText", lambda c: c.params.get("message_id") == message_id, since=mark
    )
    return notice, _message(chat, message_id)


async def _press_edit(chat: Chat, message_id: int, data: str, notice: str) -> FakeMessage:
    """Press ``data`` on ``message_id``; check the notice; wait for the message to be edited."""
    mark = chat.api.mark()
    assert await chat.press(message_id, data) == notice
    await chat.api.wait_for_call(
        "editMessageText", lambda c: c.params.get("message_id") == message_id, since=mark
    )
    return _message(chat, message_id)


async def _press_unchanged(app: NudgerApp, chat: Chat, message_id: int, data: str) -> str | None:
    """Press forged/stale data; prove no row changed and no message was sent or edited."""
    before = await snapshot(app.engine)
    mark = chat.api.mark()
    notice = await chat.press(message_id, data)
    # Updates are handled one at a time: once /help is answered, the press is fully handled.
    [help_reply] = await chat.say("/help")
    assert help_reply.text == HELP
    assert await snapshot(app.engine) == before, data
    calls = chat.api.calls[mark:]
    assert [c.method for c in calls if c.method in ("sendMessage", "editMessageText")] == [
        "sendMessage"
    ], data
    return notice


async def _share_location(chat: Chat, latitude: float, longitude: float) -> FakeMessage:
    mark = chat.api.mark()
    chat.user.share_location(latitude, longitude)
    await chat.api.wait_for_call(
        "sendMessage", lambda c: c.params.get("chat_id") == chat.user.user_id, since=mark
    )
    return chat.user.last_message


async def test_settings_and_location_before_start(app: NudgerApp, chat: Chat) -> None:
    [reply] = await chat.say("/settings")
    assert reply.text == EN(NOT_SET_UP)
    reply = await _share_location(chat, *BERLIN)
    assert reply.text == EN(s.LOCATION_NOT_SET_UP)
    assert "didn't keep it" in (reply.text or "")
    assert (await snapshot(app.engine))["users"] == []


async def test_menu_lists_every_current_value(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Anxious", zone="Europe/Berlin", per_day="2")
    menu = await _open_menu(chat)
    body = menu.text or ""
    # The FakeClock starts at 07:00 UTC on a Monday in November: 08:00 in Berlin.
    for line in (
        "Partner: Sam",
        "Style: Anxious",
        "Time zone: Europe/Berlin (it's 08:00 there now)",
        "Nudges: 2 nudges a day",
        "Times of day: morning and evening",
        "Weekly review: Sundays at 19:00",
        "Quiet hours: 22:00–08:00",
        "Nudges are on.",
        "Next nudge: Mon 23 Nov",
    ):
        assert line in body, line
    assert menu.reply_markup[0] == [("Partner name", "s:name"), ("Style", "s:style")]
    assert menu.reply_markup[-1][-1] == ("Close", "s:close")

    notice, closed = await _tap_edit(chat, "Close", menu.message_id)
    assert notice == "Closed"
    assert closed.text == EN(s.CLOSED) and closed.buttons == []


async def test_style_by_buttons_edits_the_same_message(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(style="Anxious")
    menu = await _open_menu(chat)
    messages_before = len(chat.user.messages)

    _, editor = await _tap_edit(chat, "Style", menu.message_id)
    assert "Right now: Anxious." in (editor.text or "")
    assert "not a diagnosis" in (editor.text or "")
    assert "✓ Anxious" in editor.buttons
    assert ("Take the quiz", "q:start") in [b for row in editor.reply_markup for b in row]
    assert editor.buttons[-1] == EN(s.BACK)

    _, back = await _tap_edit(chat, EN(s.BACK), menu.message_id)
    assert back.buttons == MENU_BUTTONS and "Style: Anxious" in (back.text or "")
    assert "Saved" not in (back.text or "")  # Back saves nothing

    await _tap_edit(chat, "Style", menu.message_id)
    notice, after = await _tap_edit(chat, "Avoidant", menu.message_id)
    _assert_saved(notice, after, "the style is now Avoidant")
    assert "• Style: Avoidant" in (after.text or "")
    assert (await _profile(app)).style is AttachmentStyle.AVOIDANT
    assert len(chat.user.messages) == messages_before  # all of it in one message


async def test_per_day_is_saved_and_replanned(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(per_day="1", windows=("Morning", "Evening"))
    before = await _profile(app)
    menu = await _open_menu(chat)
    _, editor = await _tap_edit(chat, "Nudges a day", menu.message_id)
    assert (editor.text or "").startswith("Right now you get 1 nudge a day. How many")
    assert editor.buttons == ["✓ 1", "2", "3", EN(s.BACK)]

    notice, after = await _tap_edit(chat, "3", menu.message_id)
    _assert_saved(notice, after, "3 nudges a day")
    assert "Nudges: 3 nudges a day" in (after.text or "")
    profile = await _profile(app)
    assert profile.per_day == 3
    assert profile.plan_version == before.plan_version + 1
    planned = await _planned(app)
    berlin = ZoneInfo("Europe/Berlin")
    first_day = planned[0].astimezone(berlin).date()
    assert len([p for p in planned if p.astimezone(berlin).date() == first_day]) >= 2


async def test_a_count_that_does_not_fit_is_refused(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(per_day="1", windows=("Morning",))
    menu = await _open_menu(chat)
    await _tap_edit(chat, "Nudges a day", menu.message_id)
    before = await snapshot(app.engine)
    notice = await chat.tap("3", menu.message_id)
    assert notice is not None and "At most 2 nudges fit in the morning" in notice
    assert await snapshot(app.engine) == before
    assert (await _profile(app)).per_day == 1


async def test_windows_from_morning_to_evening_replans(
    app: NudgerApp, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard(per_day="1", windows=("Morning",))
    berlin = ZoneInfo("Europe/Berlin")
    assert (await _planned(app))[0].astimezone(berlin).hour < 12
    menu = await _open_menu(chat)
    _, editor = await _tap_edit(chat, "Times of day", menu.message_id)
    assert editor.buttons == ["✓ Morning", "Afternoon", "Evening", "Save", EN(s.BACK)]

    _, editor = await _tap_edit(chat, "✓ Morning", menu.message_id)
    assert editor.buttons == ["Morning", "Afternoon", "Evening", "Save", EN(s.BACK)]
    assert await chat.tap("Save", menu.message_id) == EN(NEED_WINDOW)
    assert (await _profile(app)).windows == {Window.MORNING}

    _, editor = await _tap_edit(chat, "Evening", menu.message_id)
    assert editor.buttons == ["Morning", "Afternoon", "✓ Evening", "Save", EN(s.BACK)]
    notice, after = await _tap_edit(chat, "Save", menu.message_id)
    _assert_saved(notice, after, "nudges in the evening")
    assert "Times of day: evening" in (after.text or "")
    assert (await _profile(app)).windows == {Window.EVENING}
    planned = await _planned(app)
    assert planned, "nothing re-planned"
    assert all(17 <= p.astimezone(berlin).hour < 22 for p in planned)
    assert planned[0] > clock.now
    assert f"Next nudge: {EN.moment(planned[0].astimezone(berlin))}" in (after.text or "")


async def test_review_day_and_hour(app: NudgerApp, chat: Chat, clock: FakeClock) -> None:
    await chat.onboard()
    menu = await _open_menu(chat)
    _, days = await _tap_edit(chat, "Weekly review", menu.message_id)
    assert "Sundays at 19:00" in (days.text or "")
    assert days.buttons == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "✓ Sun", EN(s.BACK)]
    _, hours = await _tap_edit(chat, "Tue", menu.message_id)
    assert hours.buttons == ["09:00", "12:00", "15:00", "18:00", "19:00", EN(s.BACK)]
    notice, after = await _tap_edit(chat, "18:00", menu.message_id)
    _assert_saved(notice, after, "weekly review on Tuesdays at 18:00")
    assert "Weekly review: Tuesdays at 18:00" in (after.text or "")
    profile = await _profile(app)
    assert (profile.review_day, profile.review_hour) == (1, 18)
    expected = calendar.next_review_at(clock.now, "Europe/Berlin", 1, 18)
    assert await _next_review(app) == expected


async def test_quiet_hours(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(per_day="2", windows=("Evening",))
    before = await _profile(app)
    menu = await _open_menu(chat)
    _, starts = await _tap_edit(chat, "Quiet hours", menu.message_id)
    assert (starts.text or "").startswith("Right now quiet hours are 22:00–08:00")
    assert starts.buttons == ["20:00", "21:00", "✓ 22:00", EN(s.BACK)]
    _, ends = await _tap_edit(chat, "20:00", menu.message_id)
    assert ends.buttons == ["07:00", "08:00", "09:00", "10:00", EN(s.BACK)]
    notice, after = await _tap_edit(chat, "07:00", menu.message_id)
    _assert_saved(notice, after, "quiet hours 20:00–07:00")
    assert "Quiet hours: 20:00–07:00" in (after.text or "")
    profile = await _profile(app)
    assert (profile.quiet_start, profile.quiet_end) == (20, 7)
    assert profile.plan_version == before.plan_version + 1  # re-planned
    berlin = ZoneInfo("Europe/Berlin")
    planned = await _planned(app)
    assert planned and all(17 <= p.astimezone(berlin).hour < 20 for p in planned)


async def test_quiet_hours_that_leave_too_little_room_are_refused(
    app: NudgerApp, chat: Chat
) -> None:
    await chat.onboard(per_day="2", windows=("Morning",))
    menu = await _open_menu(chat)
    await _tap_edit(chat, "Quiet hours", menu.message_id)
    await _tap_edit(chat, "✓ 22:00", menu.message_id)
    before = await snapshot(app.engine)
    notice = await chat.tap("10:00", menu.message_id)
    assert notice is not None and "At most 1 nudge fits in the morning outside" in notice
    assert await snapshot(app.engine) == before
    profile = await _profile(app)
    assert (profile.quiet_start, profile.quiet_end) == (22, 8)


async def test_quiet_hours_over_the_review_are_refused(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard()
    menu = await _open_menu(chat)
    await _tap_edit(chat, "Weekly review", menu.message_id)
    await _tap_edit(chat, "Sat", menu.message_id)
    await _tap_edit(chat, "09:00", menu.message_id)
    await _tap_edit(chat, "Quiet hours", menu.message_id)
    await _tap_edit(chat, "✓ 22:00", menu.message_id)
    before = await snapshot(app.engine)
    notice = await chat.tap("10:00", menu.message_id)
    assert notice is not None and "review at 09:00 would fall in quiet hours" in notice
    assert await snapshot(app.engine) == before


async def test_name_by_text(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam")
    menu = await _open_menu(chat)
    _, editor = await _tap_edit(chat, "Partner name", menu.message_id)
    assert editor.text == f"Right now I call your partner Sam.\n\n{EN(s.ASK_NEW_NAME)}"
    profile = await _profile(app)
    assert await _draft(app, profile) == Draft(step=Step.SET_NAME)

    before = await snapshot(app.engine)
    for bad in ("🙂🙂", "x" * 41, "two\nlines"):
        [reply] = await chat.say(bad)
        assert reply.text == EN(s.BAD_NEW_NAME)
    assert await snapshot(app.engine) == before  # unchanged, still waiting

    [reply] = await chat.say("  Robin ")
    assert (reply.text or "").startswith("Saved: your partner's name is now Robin.\n\n")
    assert "Partner: Robin" in (reply.text or "") and reply.buttons == MENU_BUTTONS
    profile = await _profile(app)
    assert profile.partner_name == "Robin"
    assert await _draft(app, profile) is None
    [after] = await chat.say("Alex")  # no longer waiting
    assert after.text == EN(UNKNOWN_TEXT)
    assert (await _profile(app)).partner_name == "Robin"


async def test_settings_command_ends_a_wait(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam")
    menu = await _open_menu(chat)
    await _tap_edit(chat, "Partner name", menu.message_id)
    await _open_menu(chat)
    [reply] = await chat.say("Robin")
    assert reply.text == EN(UNKNOWN_TEXT)
    assert (await _profile(app)).partner_name == "Sam"


async def test_time_zone_by_text(app: NudgerApp, chat: Chat, clock: FakeClock) -> None:
    await chat.onboard(zone="Europe/Berlin", windows=("Morning",), per_day="1")
    menu = await _open_menu(chat)
    _, editor = await _tap_edit(chat, "Time zone", menu.message_id)
    assert "Europe/Berlin (it's 08:00 there now)" in (editor.text or "")
    assert EN(s.LOCATION_PROMISE) in (editor.text or "")

    before = await snapshot(app.engine)
    [bad] = await chat.say("Qwxz Nowhere")
    assert 'couldn\'t find a time zone for "Qwxz Nowhere"' in (bad.text or "")
    assert await snapshot(app.engine) == before

    [reply] = await chat.say("tokyo")
    assert (reply.text or "").startswith(
        "Saved: your time zone is Asia/Tokyo (it's 16:00 there now).\n\n"
    )
    assert "Time zone: Asia/Tokyo" in (reply.text or "")
    profile = await _profile(app)
    assert profile.timezone == "Asia/Tokyo"
    assert await _draft(app, profile) is None
    tokyo = ZoneInfo("Asia/Tokyo")
    planned = await _planned(app)
    assert planned and all(8 <= p.astimezone(tokyo).hour < 12 for p in planned)
    expected = calendar.next_review_at(clock.now, "Asia/Tokyo", 6, 19)
    assert await _next_review(app) == expected


async def test_time_zone_by_location_in_settings(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(zone="Europe/Berlin")
    offer = await _share_location(chat, *NEW_YORK)
    assert (offer.text or "").startswith(
        "That looks like America/New_York (it's 02:00 there now). Use it?"
    )
    assert EN(s.LOCATION_PROMISE) in (offer.text or "")
    assert offer.reply_markup == [
        [("Use America/New_York", "s:tz:America/New_York"), ("No", "s:tzno")]
    ]
    assert (await _profile(app)).timezone == "Europe/Berlin"  # nothing until confirmed

    notice, menu = await _tap_edit(chat, "Use America/New_York", offer.message_id)
    _assert_saved(notice, menu, "your time zone is America/New_York (it's 02:00 there now)")
    assert "• Time zone: America/New_York" in (menu.text or "")
    assert (await _profile(app)).timezone == "America/New_York"
    await _assert_no_coordinates(app)

    # Confirming again changes nothing.
    before = await snapshot(app.engine)
    same = await _press_edit(chat, menu.message_id, "s:tz:America/New_York", EN(s.NO_CHANGE))
    assert await snapshot(app.engine) == before
    assert "Saved" not in (same.text or "") and same.buttons == MENU_BUTTONS


async def test_location_offer_declined(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(zone="Europe/Berlin")
    offer = await _share_location(chat, -33.8688, 151.2093)
    assert "Australia/Sydney" in (offer.text or "")
    before = await snapshot(app.engine)
    notice, declined = await _tap_edit(chat, "No", offer.message_id)
    assert notice == "Okay"
    assert declined.text == EN(s.DECLINED) and declined.buttons == []
    assert await snapshot(app.engine) == before


async def test_time_zone_by_location_during_onboarding(app: NudgerApp, chat: Chat) -> None:
    await chat.say("/start", replies=2)
    await chat.say("Sam")
    early = await _share_location(chat, *BERLIN)  # at the style question: not yet
    assert early.text == EN(s.LOCATION_NOT_NOW)
    await chat.tap_and_wait("Avoidant", "sendMessage")
    assert chat.user.last_message.text == EN(ASK_TIMEZONE)

    offer = await _share_location(chat, *BERLIN)
    assert "Europe/Berlin (it's 08:00 there now). Use it?" in (offer.text or "")
    assert EN(s.LOCATION_PROMISE) in (offer.text or "")
    assert offer.reply_markup == [[("Use Europe/Berlin", "o:tz:Europe/Berlin"), ("No", "s:tzno")]]

    mark = chat.api.mark()
    assert await chat.tap("Use Europe/Berlin", offer.message_id) == "Europe/Berlin"
    await chat.api.wait_for_call("sendMessage", since=mark)
    confirmed = _message(chat, offer.message_id)
    assert confirmed.text == "Time zone: Europe/Berlin (it's 08:00 there now)."
    assert confirmed.buttons == []
    question = chat.user.last_message
    assert question.text == EN(ASK_COUNT) and question.buttons == ["1", "2", "3"]
    draft = await _draft(app, await _profile(app))
    assert draft is not None and draft.step is Step.COUNT
    assert draft.timezone == "Europe/Berlin"

    # The offer is answered: pressing it again is stale and changes nothing.
    notice = await _press_unchanged(app, chat, offer.message_id, "o:tz:Europe/Berlin")
    assert notice == EN(STALE_QUESTION)

    await chat.tap_and_wait("1", "sendMessage")
    await chat.tap_and_wait("Evening", "editMessageText")
    await chat.tap_and_wait("Save", "sendMessage")
    assert "Time zone: Europe/Berlin" in (chat.user.last_message.text or "")
    profile = await _profile(app)
    assert profile.onboarded and profile.timezone == "Europe/Berlin"
    await _assert_no_coordinates(app)


async def test_location_declined_during_onboarding_keeps_asking(app: NudgerApp, chat: Chat) -> None:
    await chat.say("/start", replies=2)
    await chat.say("Sam")
    await chat.tap_and_wait("Secure", "sendMessage")
    offer = await _share_location(chat, *BERLIN)
    _, declined = await _tap_edit(chat, "No", offer.message_id)
    assert declined.text == EN(s.DECLINED_WAITING)
    confirm, _count = await chat.say("Berlin", replies=2)
    assert "Europe/Berlin" in (confirm.text or "")


@pytest.mark.parametrize(
    ("latitude", "longitude", "reply"),
    [
        (0.0, -30.0, EN(s.NO_ZONE_THERE)),
        (-45.0, -140.0, EN(s.NO_ZONE_THERE)),
        (95.0, 10.0, EN(s.BAD_LOCATION)),
    ],
)
async def test_location_at_sea_or_out_of_range(
    app: NudgerApp, chat: Chat, latitude: float, longitude: float, reply: str
) -> None:
    await chat.onboard()
    before = await snapshot(app.engine)
    answer = await _share_location(chat, latitude, longitude)
    assert answer.text == reply and answer.buttons == []
    assert await snapshot(app.engine) == before


async def test_garbled_and_stale_settings_taps(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard()
    menu = await _open_menu(chat)
    for data in (
        "s:",
        "s:zzz",
        "s:pd:4",
        "s:pd:02",
        "s:pd:+2",
        "s:st:clingy",
        "s:tz:",
        "s:tz:Mars/Olympus",
        "s:tz:europe/berlin",
        "s:win:8",
        "s:ws:-1",
        "s:rd:7",
        "s:rh:1:10",
        "s:rh:1",
        "s:qs:23",
        "s:qe:22:6",
        "s:qe:21:07",
        "s:name:x",
        "s:lg:xx",
        "s:lg:pt-br",
        "s:gd:it",
        "s:lang:de",
    ):
        assert await _press_unchanged(app, chat, menu.message_id, data) == EN(BAD_BUTTON), data

    # Someone in their first setup, pressing a settings button they could only have kept
    # from elsewhere (or forged): nothing to change yet.
    other = Chat(chat.api, chat.api.user(502, "Kim"))
    [_, ask] = await other.say("/start", replies=2)
    for data in ("s:pd:2", "s:tz:Asia/Tokyo", "s:menu"):
        notice = await _press_unchanged(app, other, ask.message_id, data)
        assert notice == EN(STALE_QUESTION)


async def _assert_no_coordinates(app: NudgerApp) -> None:
    """No table holds anything that looks like the shared coordinates."""
    dump: dict[str, Any] = {}
    async with app.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = await connection.execute(text(f"SELECT * FROM {table.name}"))
            dump[table.name] = [tuple(r) for r in rows]
    assert set(dump) == set(Base.metadata.tables) and "users" in dump and "nudges" in dump
    assert dump["users"], "nothing to look through"
    flat = repr(dump)
    for needle in ("52.52", "13.405", "40.71", "-74.0"):
        assert needle not in flat

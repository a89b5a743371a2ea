"""Fast tier, through the router: onboarding, timed nudges, Done/Skip/Snooze, /week."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from nudger.app import NudgerApp
from nudger.bot.onboarding import ASK_NAME, IN_ONBOARDING_TAP, too_many_for_windows
from nudger.bot.words import (
    ASK_TIMEZONE,
    BAD_BUTTON,
    BAD_NAME,
    NEED_WINDOW,
    NOT_SET_UP,
    NOT_YOURS,
    STALE_QUESTION,
    UNKNOWN_TEXT,
)
from nudger.domain.languages import Language, PartnerGender
from nudger.i18n.texts import shared_texts
from nudger.logs import configure_logging
from nudger.services.pause_words import ALREADY_PAUSED, NOT_PAUSED, PAUSED
from nudger.storage.tables import NudgeRow, UserRow
from nudger.testing.fake_bot_api import FakeBotApi
from tests.conftest import FakeClock
from tests.support.apps import TOKEN
from tests.support.chat import Chat, deliver_next, nudge_id_of
from tests.support.rows import eventually, first_due, nudges, snapshot
from tests.support.words import (
    DONE_BUTTON,
    DONE_MARK,
    EN,
    NUDGE_BUTTONS,
    SKIP_BUTTON,
    SNOOZE_BUTTON,
)


async def test_onboarding_by_taps_and_text(app: NudgerApp, chat: Chat, clock: FakeClock) -> None:
    first = await chat.say("/start", replies=2)
    assert "What I store" in (first[0].text or "")
    assert first[1].text == EN(ASK_NAME)

    [style_question] = await chat.say("  Sam  ")
    assert style_question.buttons == ["Anxious", "Avoidant", "Secure", "Both", "Not sure"]
    assert "Sam" in (style_question.text or "")
    assert "not a diagnosis" in (style_question.text or "")

    notice = await chat.tap("Avoidant")
    assert notice == "Avoidant"
    await chat.api.wait_until(lambda: chat.user.last_message.text == EN(ASK_TIMEZONE))
    edited = next(m for m in chat.user.messages if m.message_id == style_question.message_id)
    assert edited.edited and edited.buttons == [] and "Your answer: Avoidant" in (edited.text or "")

    confirm, count_question = await chat.say("new york", replies=2)
    assert "America/New_York" in (confirm.text or "")
    assert count_question.buttons == ["1", "2", "3"]

    await chat.tap_and_wait("3", "sendMessage")
    windows = chat.user.last_message
    assert windows.buttons == ["Morning", "Afternoon", "Evening", "Save"]
    for label in ("Morning", "Afternoon", "Evening"):
        await chat.tap_and_wait(label, "editMessageText", windows.message_id)
    after = next(m for m in chat.user.messages if m.message_id == windows.message_id)
    assert after.buttons == ["✓ Morning", "✓ Afternoon", "✓ Evening", "Save"]
    await chat.tap_and_wait("✓ Afternoon", "editMessageText", windows.message_id)
    await chat.tap_and_wait("Save", "sendMessage")

    summary = chat.user.last_message.text or ""
    assert "Partner: Sam" in summary
    assert "Style: Avoidant" in summary
    assert "America/New_York" in summary
    assert "3 nudges a day, morning and evening" in summary
    assert "Your first nudge comes" in summary

    async with app.engine.connect() as connection:
        user = (await connection.execute(select(UserRow))).one()
        assert (user.partner_name, user.style, user.timezone, user.per_day, user.windows) == (
            "Sam",
            "avoidant",
            "America/New_York",
            3,
            "morning,evening",
        )
    planned = await nudges(app)
    assert len(planned) >= 3
    first_due = min(n.due_at for n in planned)
    local = first_due.astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
    assert local.strftime("%H:%M") in summary


@pytest.mark.parametrize(
    ("button", "mark", "done", "skipped", "streak"),
    [
        (DONE_BUTTON, DONE_MARK, 1, 0, 1),
        (SKIP_BUTTON, EN("nudge-skip-mark"), 0, 1, 0),
    ],
)
async def test_nudge_answered_then_week(
    app: NudgerApp,
    api: FakeBotApi,
    chat: Chat,
    clock: FakeClock,
    button: str,
    mark: str,
    done: int,
    skipped: int,
    streak: int,
) -> None:
    await chat.onboard(name="Sam", style="Anxious")
    message_id = await deliver_next(app, api, clock, chat)
    nudge = chat.user.last_message
    assert nudge.buttons == NUDGE_BUTTONS
    assert "Sam" in (nudge.text or "") and "Why it helps:" in (nudge.text or "")
    prompt_ids = {n.prompt_id for n in await nudges(app) if n.state == "sent"}
    [prompt_id] = prompt_ids
    assert prompt_id is not None and prompt_id.startswith("anx-")

    clock.advance(timedelta(minutes=3))
    notice = await chat.tap(button)
    assert notice == mark
    await api.wait_until(
        lambda: next(m for m in chat.user.messages if m.message_id == message_id).edited
    )
    edited = next(m for m in chat.user.messages if m.message_id == message_id)
    assert edited.buttons == []
    assert (edited.text or "").endswith(mark)
    assert (edited.text or "").startswith((nudge.text or "")[:20])

    week = await chat.week()
    caption = week.caption or ""
    assert f"Done: {done} of 1 sent" in caption
    assert (f"{skipped} skipped" in caption) == bool(skipped)
    assert f"Streak: {streak} day" in caption


async def test_snooze_resends_the_same_prompt_an_hour_later(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    first_id = await deliver_next(app, api, clock, chat)
    first_text = chat.user.last_message.text
    first_nudge = nudge_id_of(api, first_id)
    tapped_at = clock()
    notice = await chat.tap(SNOOZE_BUTTON)
    assert notice is not None and notice.startswith("⏰ Snoozed")
    await api.wait_until(
        lambda: next(m for m in chat.user.messages if m.message_id == first_id).edited
    )
    rows = {n.id: n for n in await nudges(app)}
    snoozed = rows[first_nudge]
    assert snoozed.state == "snoozed"
    [resend] = [n for n in rows.values() if n.source == "snooze"]
    assert (resend.state, resend.due_at, resend.prompt_id) == (
        "planned",
        tapped_at + timedelta(hours=1),
        snoozed.prompt_id,
    )
    assert snoozed.prompt_id is not None
    # The snoozed nudge keeps its first answer.
    assert await chat.press(first_id, f"n:{first_nudge}:d") == EN("nudge-already-snoozed")

    clock.advance(timedelta(minutes=59))
    assert await app.dispatcher.tick() == 0
    clock.advance(timedelta(minutes=1))
    mark = api.mark()
    assert await app.dispatcher.tick() == 1
    await api.wait_for_call("sendMessage", since=mark)
    again = chat.user.last_message
    assert again.message_id != first_id
    assert again.text == first_text
    assert again.buttons == NUDGE_BUTTONS

    await chat.tap(DONE_BUTTON, again.message_id)
    caption = (await chat.week()).caption or ""
    assert "Done: 1 of 1 sent" in caption
    assert "Streak: 1 day" in caption


async def test_second_tap_changes_nothing_and_says_so(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    nudge_id = nudge_id_of(api, message_id)
    await chat.tap(DONE_BUTTON, message_id)
    await api.wait_for_call("editMessageText", lambda c: c.params.get("message_id") == message_id)
    before = await snapshot(app.engine)
    edits = len(api.calls_to("editMessageText"))

    assert await chat.press(message_id, f"n:{nudge_id}:d") == EN("nudge-already-done")
    assert await chat.press(message_id, f"n:{nudge_id}:z") == EN("nudge-already-done")
    assert await chat.press(message_id, f"n:{nudge_id}:s") == EN("nudge-already-done")

    assert await snapshot(app.engine) == before
    assert len(api.calls_to("editMessageText")) == edits


async def test_a_tap_on_a_nudge_whose_send_timed_out_is_recorded(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """A send whose answer never came ('unknown') is answerable: the tap proves it arrived."""
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    nudge_id = nudge_id_of(api, message_id)
    async with app.engine.begin() as connection:
        await connection.execute(
            update(NudgeRow).where(NudgeRow.id == nudge_id).values(state="unknown", sent_at=None)
        )
    clock.advance(timedelta(minutes=3))
    tapped_at = clock()
    assert await chat.tap(DONE_BUTTON, message_id) == DONE_MARK
    [row] = [n for n in await nudges(app) if n.id == nudge_id]
    assert (row.state, row.sent_at, row.answered_at) == ("done", tapped_at, tapped_at)
    assert await chat.press(message_id, f"n:{nudge_id}:s") == EN("nudge-already-done")


async def test_taps_on_other_users_nudges_and_garbage_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    nudge_id = nudge_id_of(api, message_id)
    mallory = Chat(api, api.user(666, "Mallory"))
    await mallory.onboard(name="Kim")
    [mallory_start] = [m for m in mallory.user.messages][:1]
    before = await snapshot(app.engine)

    forged = {
        f"n:{nudge_id}:d": EN(NOT_YOURS),  # Alex's nudge, pressed by Mallory
        f"n:{nudge_id + 1000}:d": EN(NOT_YOURS),  # no such nudge
        f"n:{nudge_id}:x": EN(BAD_BUTTON),
        "n:abc:d": EN(BAD_BUTTON),
        "n::d": EN(BAD_BUTTON),
        "zzz": EN(BAD_BUTTON),
        "o:style:narcissist": EN(BAD_BUTTON),
        "o:count:9": EN(BAD_BUTTON),
        "o:save:extra": EN(BAD_BUTTON),
        "o:style:anxious": EN(STALE_QUESTION),  # a real button, but setup is over
    }
    for data, expected in forged.items():
        assert await mallory.press(mallory_start.message_id, data) == expected, data

    assert await snapshot(app.engine) == before
    assert chat.user.last_message.buttons == NUDGE_BUTTONS  # Alex's nudge is untouched


async def test_bad_input_during_onboarding_gets_a_clear_reply_and_changes_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.say("/start", replies=2)
    for bad in ("   ", "x" * 5000, "🙂🙂🙂", "A" * 41, "Sam\nDrop table"):
        before = await snapshot(app.engine)
        [reply] = await chat.say(bad)
        assert reply.text == EN(BAD_NAME), bad[:20]
        assert await snapshot(app.engine) == before

    await chat.say("Sam")
    before = await snapshot(app.engine)
    [reply] = await chat.say("Anxious")  # typed instead of tapped
    assert reply.text == EN(IN_ONBOARDING_TAP)
    assert await snapshot(app.engine) == before
    assert await chat.press(chat.user.last_message.message_id, "o:style:bogus") == EN(BAD_BUTTON)
    assert await chat.press(chat.user.last_message.message_id, "o:count:2") == (EN(STALE_QUESTION))
    assert await snapshot(app.engine) == before

    await chat.tap_and_wait("Anxious", "sendMessage")
    for bad in ("Mars/Olympus", "x" * 5000, "🙂", "   ", "Europe/"):
        before = await snapshot(app.engine)
        [reply] = await chat.say(bad)
        assert (reply.text or "").endswith(EN(ASK_TIMEZONE)), bad[:20]
        assert "Europe/Berlin" in (reply.text or "")
        assert await snapshot(app.engine) == before

    await chat.say("berlin", replies=2)
    before = await snapshot(app.engine)
    [reply] = await chat.say("3")  # typed instead of tapped
    assert reply.text == EN(IN_ONBOARDING_TAP)
    assert await snapshot(app.engine) == before

    await chat.tap_and_wait("3", "sendMessage")
    windows_id = chat.user.last_message.message_id
    before = await snapshot(app.engine)
    assert await chat.tap("Save", windows_id) == EN(NEED_WINDOW)
    assert await snapshot(app.engine) == before

    await chat.tap_and_wait("Morning", "editMessageText", windows_id)
    before = await snapshot(app.engine)
    mark = api.mark()
    assert await chat.tap("Save", windows_id) is None  # the reason comes as a message
    await api.wait_for_call("sendMessage", since=mark)
    assert chat.user.last_message.text == too_many_for_windows(EN, 3, 2)
    assert await snapshot(app.engine) == before

    await chat.tap_and_wait("Evening", "editMessageText", windows_id)
    await chat.tap_and_wait("Save", "sendMessage", windows_id)
    assert "3 nudges a day, morning and evening" in (chat.user.last_message.text or "")
    assert await chat.press(windows_id, "o:save") == EN(STALE_QUESTION)


async def test_commands_before_start_point_to_start(app: NudgerApp, chat: Chat) -> None:
    commands = ("/now", "/week", "/pause", "/resume", "/settings", "/quiz", "/conflict", "hello")
    for command in commands:
        [reply] = await chat.say(command)
        assert reply.text == EN(NOT_SET_UP), command
    assert all(rows == [] for rows in (await snapshot(app.engine)).values())
    [reply] = await chat.say("/help")
    assert "/week" in (reply.text or "")


async def test_other_text_points_to_help(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard()
    before = await snapshot(app.engine)
    for message in ("hi there", "/unknowncommand", "x" * 4000):
        [reply] = await chat.say(message)
        assert reply.text == EN(UNKNOWN_TEXT)
    assert await snapshot(app.engine) == before


async def test_now_sends_a_nudge_immediately(app: NudgerApp, api: FakeBotApi, chat: Chat) -> None:
    await chat.onboard(style="Not sure")
    [nudge] = await chat.say("/now")
    assert nudge.buttons == NUDGE_BUTTONS
    assert "Sam" in (nudge.text or "")

    async def recorded() -> bool:
        return any(n.state == "sent" for n in await nudges(app))

    await eventually(recorded)
    sent = [n for n in await nudges(app) if n.state == "sent"]
    assert len(sent) == 1 and sent[0].source == "now"
    assert sent[0].prompt_id is not None and sent[0].prompt_id.startswith("gen-")
    await chat.tap(DONE_BUTTON, nudge.message_id)
    assert "Done: 1 of 1 sent" in ((await chat.week()).caption or "")


async def test_pause_stops_nudges_until_resume(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    [reply] = await chat.say("/pause")
    assert reply.text == EN(PAUSED)
    [reply] = await chat.say("/pause")
    assert reply.text == EN(ALREADY_PAUSED)
    assert [n for n in await nudges(app) if n.state == "planned"] == []
    clock.advance(timedelta(days=1))
    assert await app.planning.tick() == 0
    assert await app.dispatcher.tick() == 0

    [reply] = await chat.say("/resume")
    assert (reply.text or "").startswith("Welcome back.")
    assert "The next one comes" in (reply.text or "")
    assert [n for n in await nudges(app) if n.state == "planned"] != []
    [reply] = await chat.say("/resume")
    assert reply.text == EN(NOT_PAUSED)


async def test_start_again_keeps_history_and_replans(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard(per_day="1", windows=("Evening",))
    message_id = await deliver_next(app, api, clock, chat)
    await chat.tap(DONE_BUTTON, message_id)
    await chat.onboard(name="Robin", style="Avoidant", per_day="1", windows=("Morning",))
    rows = await nudges(app)
    assert [n.state for n in rows if n.state != "planned"] == ["done"]
    assert "Done: 1 of 1 sent" in ((await chat.week()).caption or "")
    clock.set(await first_due(app))
    await app.dispatcher.tick()
    await api.wait_until(lambda: "Robin" in (chat.user.last_message.text or ""))


async def test_planner_tick_is_idempotent(app: NudgerApp, chat: Chat, clock: FakeClock) -> None:
    await chat.onboard()
    before = await snapshot(app.engine)
    assert await app.planning.tick() == 0
    assert await snapshot(app.engine) == before
    clock.advance(timedelta(hours=24))  # the 36-hour horizon now reaches Wednesday morning
    added = await app.planning.tick()
    assert added >= 1
    assert await app.planning.tick() == 0


async def test_logs_carry_events_but_no_personal_data(
    app: NudgerApp,
    api: FakeBotApi,
    chat: Chat,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("DEBUG")
    # The fake Bot API (a test double, not the service) logs what it receives.
    logging.getLogger("nudger.testing").setLevel(logging.WARNING)
    await chat.onboard(name="Zebulon", style="Avoidant")
    message_id = await deliver_next(app, api, clock, chat)
    await chat.tap(DONE_BUTTON, message_id)
    await chat.week()
    err = capsys.readouterr().err
    assert "event=onboarding_finished" in err
    assert "event=nudge_sent" in err
    assert "event=nudge_answered" in err
    for secret in ("Zebulon", TOKEN, "avoidant", "Avoidant", "Europe/Berlin"):
        assert secret not in err, secret


async def test_logs_never_name_the_language_or_the_partners_gender(
    app: NudgerApp, api: FakeBotApi, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Russian user who says "she" and later switches to German: the logs show events and
    ids, never the language, the gender, the name or the city."""
    configure_logging("DEBUG")
    logging.getLogger("nudger.testing").setLevel(logging.WARNING)
    ru = shared_texts().words(Language.RU, "Зебулон", PartnerGender.SHE)
    chat = Chat(api, api.user(777, "Ivan", language_code="ru"))
    await chat.say("/start", replies=2)
    await chat.say("Зебулон")
    await chat.tap_and_wait(ru("onboarding-gender-she"), "sendMessage")
    await chat.tap_and_wait(ru("style-avoidant"), "sendMessage")
    await chat.say("Москва", replies=2)
    await chat.tap_and_wait(ru.number(1), "sendMessage")
    await chat.tap_and_wait(ru("window-evening"), "editMessageText")
    await chat.tap_and_wait(ru("common-save-button"), "sendMessage")
    message_id = await deliver_next(app, api, clock, chat)
    await chat.tap(ru("nudge-button-done"), message_id)
    [menu] = await chat.say("/settings")
    await chat.tap_and_wait(ru("settings-language-button"), "editMessageText", menu.message_id)
    await chat.tap_and_wait(Language.DE.autonym, "editMessageText", menu.message_id)
    err = capsys.readouterr().err
    assert "event=onboarding_finished" in err and "event=nudge_answered" in err
    fields = re.findall(r"(\w+)=(\S+)", err)
    assert not [key for key, _ in fields if key in {"language", "gender", "lang"}]
    values = {value.strip("'\",") for _, value in fields}
    for secret in ("ru", "de", "she", "Зебулон", "Москва", "Europe/Moscow", "avoidant"):
        assert secret not in values, secret
    for secret in ("Зебулон", "Москва", "Europe/Moscow"):
        assert secret not in err, secret


async def test_dst_week_counts_in_local_days(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """New York leaves summer time on Sunday 2026-11-01; days and weeks follow local time.

    Evening nudges are ticked off at 21:59 local, which is already the next day in UTC.
    Local days with a Done: Fri and Sat (none on Sunday), so on Monday the current streak
    is 0 and the longest 2; counted in UTC days (Sat, Sun) the streak would still be 2.
    """
    new_york = ZoneInfo("America/New_York")
    clock.set(datetime(2026, 10, 29, 8, 0, tzinfo=new_york))  # Thursday
    await chat.onboard(zone="New York", per_day="1", windows=("Evening",))
    # Thu, Fri, Sat, Sun (the change): Done on Friday and Saturday only.
    for day, tap in ((29, False), (30, True), (31, True), (1, False)):
        await app.planning.tick()
        message_id = await deliver_next(app, api, clock, chat)
        local = clock.now.astimezone(new_york)
        assert local.day == day and 17 <= local.hour < 22
        if tap:
            clock.set(local.replace(hour=21, minute=59, second=30))
            assert clock.now.astimezone(UTC).day != day  # already tomorrow in UTC
            await chat.tap(DONE_BUTTON, message_id)
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=new_york))  # Monday morning
    text = (await chat.week()).caption or ""
    assert "Streak: 0 days (longest 2 days)" in text
    assert "Mon 2 Nov\u2009–\u2009Sun 8 Nov" in text
    assert "Nothing sent yet this week" in text  # Fri-Sun belong to last week


async def test_the_week_and_streak_use_local_midnight(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    """Auckland is UTC+13 in November: local Monday starts on Sunday in UTC."""
    auckland = ZoneInfo("Pacific/Auckland")
    clock.set(datetime(2026, 11, 22, 8, 0, tzinfo=auckland))  # Sunday local
    await chat.onboard(zone="Pacific/Auckland", per_day="1", windows=("Morning",))
    sunday = await deliver_next(app, api, clock, chat)  # Sunday morning local
    await chat.tap(DONE_BUTTON, sunday)
    await app.planning.tick()
    monday = await deliver_next(app, api, clock, chat)  # Monday morning local = Sunday UTC
    await chat.tap(DONE_BUTTON, monday)
    text = (await chat.week()).caption or ""
    assert "23" in text.splitlines()[0]  # local week, although it is still Sunday in UTC
    assert "Done: 1 of 1 sent" in text  # Sunday's nudge was last week
    assert "Streak: 2 days" in text


async def test_onboarding_taps_with_bad_values_in_their_own_step(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.say("/start", replies=2)
    await chat.say("Sam")
    question = chat.user.last_message.message_id
    await chat.tap_and_wait("Anxious", "sendMessage")
    await chat.say("Berlin", replies=2)
    count_question = chat.user.last_message.message_id
    before = await snapshot(app.engine)
    for data in ("o:count:9", "o:count:0", "o:count:", "o:count:1:2", "o:win:morning"):
        expected = EN(STALE_QUESTION) if data.startswith("o:win") else EN(BAD_BUTTON)
        assert await chat.press(count_question, data) == expected, data
    assert await chat.press(question, "o:style:avoidant") == EN(STALE_QUESTION)
    assert await snapshot(app.engine) == before

    await chat.tap_and_wait("2", "sendMessage", count_question)
    windows = chat.user.last_message.message_id
    before = await snapshot(app.engine)
    for data in ("o:win:night", "o:win:", "o:win:MORNING", "o:save:now", "o:"):
        assert await chat.press(windows, data) == EN(BAD_BUTTON), data
    assert await snapshot(app.engine) == before


async def test_a_snooze_does_not_come_back_while_paused(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    await chat.tap(SNOOZE_BUTTON, message_id)
    [reply] = await chat.say("/pause")
    assert reply.text == EN(PAUSED)
    clock.advance(timedelta(hours=1))
    mark = api.mark()
    assert await app.dispatcher.tick() == 0
    assert api.calls_to("sendMessage")[mark:] == []
    states = sorted(n.state for n in await nudges(app))
    assert states == ["snoozed"]  # the re-send and the rest of the plan were dropped


async def test_a_nudge_from_an_earlier_day_cannot_be_answered(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard(per_day="1", windows=("Evening",))
    message_id = await deliver_next(app, api, clock, chat)
    berlin = ZoneInfo("Europe/Berlin")
    clock.set(
        datetime.combine(clock.now.astimezone(berlin).date(), datetime.min.time(), berlin)
        + timedelta(days=1, minutes=5)
    )  # 00:05 the next local day
    before = await snapshot(app.engine)
    assert await chat.tap(DONE_BUTTON, message_id) == EN("nudge-old")
    assert await snapshot(app.engine) == before


async def test_now_twice_sends_one_and_says_so(app: NudgerApp, api: FakeBotApi, chat: Chat) -> None:
    await chat.onboard()
    app.dispatcher.stop()  # hold the first one back, as if the dispatcher were busy
    chat.user.send_text("/now")

    async def queued() -> bool:
        return any(n.source == "now" for n in await nudges(app))

    await eventually(queued)
    before = await snapshot(app.engine)
    [reply] = await chat.say("/now")
    assert reply.text == EN("nudge-now-on-its-way")
    assert await snapshot(app.engine) == before


async def test_a_snooze_tapped_while_paused_is_not_sent(
    app: NudgerApp, api: FakeBotApi, chat: Chat, clock: FakeClock
) -> None:
    await chat.onboard()
    message_id = await deliver_next(app, api, clock, chat)
    await chat.say("/pause")
    await chat.tap(SNOOZE_BUTTON, message_id)
    clock.advance(timedelta(hours=1))
    mark = api.mark()
    assert await app.dispatcher.tick() == 0
    assert api.calls_to("sendMessage")[mark:] == []
    assert sorted(n.state for n in await nudges(app)) == ["cancelled", "snoozed"]

"""Fast tier, through the router: /quiz and the quiz behind onboarding's "Not sure"."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from nudger.app import NudgerApp
from nudger.bot.onboarding import IN_ONBOARDING_TAP, ask_style
from nudger.bot.quiz import (
    FINISH_SETUP_FIRST,
    KEEP_BUTTON,
    KEEP_NOT_SURE_BUTTON,
    KEPT_TEXT,
    NO_QUIZ,
    SKIP_BUTTON,
    SKIPPED_IN_SETUP,
    STALE_ANSWER,
    STOP_BUTTON,
    STOPPED_TEXT,
    TYPED_AFTER_QUIZ,
    TYPED_DURING_QUIZ,
    intro_text,
    onboarding_question,
    question_text,
    result_text,
    same_style_text,
    save_question,
    switch_button,
    switched_text,
    use_button,
)
from nudger.bot.words import (
    ASK_TIMEZONE,
    BAD_BUTTON,
    NOT_SET_UP,
    STALE_QUESTION,
    UNKNOWN_TEXT,
    style_label,
)
from nudger.domain.conversation import Draft, Quiz, Step
from nudger.domain.model import Profile
from nudger.domain.quiz import ITEMS, SCALE, Dimension, score
from nudger.domain.styles import AttachmentStyle
from nudger.storage import drafts, users
from nudger.storage.db import session_factory
from nudger.testing.fake_bot_api import FakeBotApi, FakeMessage
from tests.support.chat import Chat
from tests.support.words import EN, english

NUMBERS = [str(v) for v in SCALE]
NOT_SURE = style_label(EN, AttachmentStyle.UNKNOWN)


#: (anxiety, avoidance) keyed answer for each result the quiz can give.
_KEYED = {
    AttachmentStyle.ANXIOUS: (6, 2),
    AttachmentStyle.AVOIDANT: (2, 6),
    AttachmentStyle.FEARFUL: (6, 7),
    AttachmentStyle.SECURE: (3, 1),
}


def answers_for(style: AttachmentStyle) -> list[int]:
    """Raw button presses (reverse-keyed items flipped) that lead to ``style``."""
    anxiety, avoidance = _KEYED[style]
    out = []
    for item in ITEMS:
        keyed = anxiety if item.dimension is Dimension.ANXIETY else avoidance
        out.append(8 - keyed if item.reverse else keyed)
    assert score(out).style is style  # the test's own premise
    return out


async def state(app: NudgerApp, chat: Chat) -> tuple[Profile | None, Quiz | None, Draft | None]:
    async with session_factory(app.engine)() as session:
        profile = await users.by_telegram_id(session, chat.user.user_id)
        if profile is None:
            return None, None, None
        quiz = await drafts.load_quiz(session, profile.id)
        return profile, quiz, await drafts.load(session, profile.id)


async def snapshot(app: NudgerApp) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    async with app.engine.connect() as connection:
        for table in ("users", "onboarding", "nudges", "quiz"):
            rows = await connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            out[table] = [tuple(r) for r in rows]
    return out


def message(chat: Chat, message_id: int) -> FakeMessage:
    return next(m for m in chat.user.messages if m.message_id == message_id)


async def start_quiz(chat: Chat, command: str = "/quiz", partner: str = "Sam") -> int:
    """Send /quiz; check the intro and the first question; return the question's id."""
    intro, first = await chat.say(command, replies=2)
    assert intro.text == intro_text(english(partner))
    assert first.text == question_text(english(partner), 0)
    assert first.buttons == [*NUMBERS, EN(STOP_BUTTON)]
    return first.message_id


async def answer(chat: Chat, question_id: int, index: int, value: int) -> None:
    """Press ``value`` on the open question and wait until the bot has acted on it."""
    mark = chat.api.mark()
    notice = await chat.press(question_id, f"q:a:{index}:{value}")
    assert notice is None
    method = "sendMessage" if index == len(ITEMS) - 1 else "editMessageText"
    await chat.api.wait_for_call(method, since=mark)


async def answer_all(
    chat: Chat, question_id: int, answers: list[int], partner: str = "Sam", first: int = 0
) -> None:
    """Answer by tapping the labelled buttons, checking that the one message advances."""
    for index in range(first, len(answers)):
        mark = chat.api.mark()
        assert await chat.tap(str(answers[index]), question_id) is None
        last = index == len(ITEMS) - 1
        await chat.api.wait_for_call("sendMessage" if last else "editMessageText", since=mark)
        if not last:
            shown = message(chat, question_id)
            assert shown.text == question_text(english(partner), index + 1)
            assert (shown.text or "").startswith(f"Question {index + 2} of {len(ITEMS)}")
            assert shown.buttons[:7] == NUMBERS


@pytest.mark.parametrize(
    ("result", "stored"),
    [
        (AttachmentStyle.ANXIOUS, "Secure"),
        (AttachmentStyle.AVOIDANT, "Anxious"),
        (AttachmentStyle.FEARFUL, "Avoidant"),
        (AttachmentStyle.SECURE, "Avoidant"),
    ],
)
async def test_quiz_result_switches_the_style_only_after_use(
    app: NudgerApp, chat: Chat, result: AttachmentStyle, stored: str
) -> None:
    await chat.onboard(name="Sam", style=stored)
    before, _, _ = await state(app, chat)
    assert (
        before is not None and before.style is not None and style_label(EN, before.style) == stored
    )
    question_id = await start_quiz(chat)
    answers = answers_for(result)
    await answer_all(chat, question_id, answers)

    expected = score(answers)
    assert message(chat, question_id).text == result_text(english("Sam"), expected)
    assert message(chat, question_id).buttons == []
    ask = chat.user.last_message
    assert ask.text == save_question(EN, expected, before.style)
    assert ask.buttons == [switch_button(EN, result), EN(KEEP_BUTTON)]
    profile, quiz, _ = await state(app, chat)
    assert profile is not None and profile.style is before.style  # not yet
    assert quiz == Quiz(tuple(answers), onboarding=False)

    mark = chat.api.mark()
    assert await chat.tap(switch_button(EN, result), ask.message_id) == "Switched"
    await chat.api.wait_for_call("editMessageText", since=mark)
    assert message(chat, ask.message_id).text == switched_text(english("Sam"), result)
    assert message(chat, ask.message_id).buttons == []
    profile, quiz, _ = await state(app, chat)
    assert profile is not None and profile.style is result and quiz is None
    assert profile.plan_version == before.plan_version  # the plan is left alone

    # The choice was made: pressing it again changes nothing.
    assert await chat.press(ask.message_id, "q:use") == EN(NO_QUIZ)
    assert await chat.press(ask.message_id, "q:keep") == EN(NO_QUIZ)
    again, _, _ = await state(app, chat)
    assert again == profile


async def test_keep_leaves_the_style_as_it_was(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Anxious")
    question_id = await start_quiz(chat)
    await answer_all(chat, question_id, answers_for(AttachmentStyle.AVOIDANT))
    ask = chat.user.last_message
    before = await snapshot(app)

    mark = chat.api.mark()
    assert await chat.tap(EN(KEEP_BUTTON), ask.message_id) == "Kept"
    await chat.api.wait_for_call("editMessageText", since=mark)
    assert message(chat, ask.message_id).text == EN(KEPT_TEXT)
    assert message(chat, ask.message_id).buttons == []
    profile, quiz, _ = await state(app, chat)
    assert profile is not None and profile.style is AttachmentStyle.ANXIOUS and quiz is None
    after = await snapshot(app)
    assert after["users"] == before["users"] and after["quiz"] == []
    assert await chat.press(ask.message_id, "q:use") == EN(NO_QUIZ)
    profile, _, _ = await state(app, chat)
    assert profile is not None and profile.style is AttachmentStyle.ANXIOUS


async def test_same_result_as_stored_asks_nothing(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Avoidant")
    question_id = await start_quiz(chat)
    await answer_all(chat, question_id, answers_for(AttachmentStyle.AVOIDANT))
    assert chat.user.last_message.text == same_style_text(EN, AttachmentStyle.AVOIDANT)
    assert chat.user.last_message.buttons == []
    profile, quiz, _ = await state(app, chat)
    assert profile is not None and profile.style is AttachmentStyle.AVOIDANT and quiz is None


async def onboard_to_quiz(chat: Chat, name: str = "Robin") -> tuple[int, int]:
    """/start, a name, "Not sure": returns (style question id, first quiz question id)."""
    await chat.say("/start", replies=2)
    [style_question] = await chat.say(name)
    mark = chat.api.mark()
    assert await chat.tap(NOT_SURE, style_question.message_id) == NOT_SURE
    await chat.api.wait_for_call("sendMessage", count=2, since=mark)
    edited = message(chat, style_question.message_id)
    assert edited.text == f"{ask_style(english(name))}\n\nYour answer: {NOT_SURE}"
    assert edited.buttons == []
    intro, first = chat.user.messages[-2:]
    assert intro.text == intro_text(english(name))
    assert first.text == question_text(english(name), 0)
    assert first.buttons == [*NUMBERS, EN(SKIP_BUTTON)]
    return style_question.message_id, first.message_id


async def finish_setup(chat: Chat) -> str:
    """From the time zone question to Save; returns the summary."""
    await chat.say("Europe/Berlin", replies=2)
    await chat.tap_and_wait("1", "sendMessage")
    await chat.tap_and_wait("Evening", "editMessageText")
    await chat.tap_and_wait("Save", "sendMessage")
    return chat.user.last_message.text or ""


@pytest.mark.parametrize("use", [True, False])
async def test_not_sure_in_onboarding_runs_the_quiz_then_setup_goes_on(
    app: NudgerApp, chat: Chat, use: bool
) -> None:
    style_question_id, question_id = await onboard_to_quiz(chat, "Robin")
    _, quiz, draft = await state(app, chat)
    assert quiz == Quiz((), onboarding=True)
    assert draft is not None and draft.step is Step.STYLE

    answers = answers_for(AttachmentStyle.AVOIDANT)
    await answer_all(chat, question_id, answers, partner="Robin")
    result = score(answers)
    assert message(chat, question_id).text == result_text(english("Robin"), result)
    ask = chat.user.last_message
    assert ask.text == onboarding_question(EN, result)
    assert ask.buttons == [use_button(EN, AttachmentStyle.AVOIDANT), EN(KEEP_NOT_SURE_BUTTON)]
    _, _, draft = await state(app, chat)
    assert draft is not None and draft.step is Step.STYLE and draft.style is None

    chosen = AttachmentStyle.AVOIDANT if use else AttachmentStyle.UNKNOWN
    label = use_button(EN, AttachmentStyle.AVOIDANT) if use else EN(KEEP_NOT_SURE_BUTTON)
    mark = chat.api.mark()
    assert await chat.tap(label, ask.message_id) == style_label(EN, chosen)
    await chat.api.wait_for_call("sendMessage", since=mark)
    assert chat.user.last_message.text == EN(ASK_TIMEZONE)
    assert message(chat, ask.message_id).text == (
        f"{onboarding_question(EN, result)}\n\nYour answer: {style_label(EN, chosen)}"
    )
    profile, quiz, draft = await state(app, chat)
    assert quiz is None
    assert draft is not None and draft.step is Step.TIMEZONE and draft.style is chosen
    assert profile is not None and not profile.onboarded

    # The old style question and the answered choice are stale now.
    assert await chat.press(style_question_id, "o:style:unknown") == EN(STALE_QUESTION)
    assert await chat.press(ask.message_id, "q:use") == EN(NO_QUIZ)

    summary = await finish_setup(chat)
    assert f"Style: {style_label(EN, chosen)}" in summary
    profile, _, draft = await state(app, chat)
    assert profile is not None and profile.onboarded and draft is None
    assert profile.style is chosen and profile.partner_name == "Robin"


async def test_skipping_the_quiz_in_onboarding_keeps_not_sure(app: NudgerApp, chat: Chat) -> None:
    _, question_id = await onboard_to_quiz(chat, "Robin")
    await answer_all(chat, question_id, answers_for(AttachmentStyle.ANXIOUS)[:3], "Robin")
    mark = chat.api.mark()
    assert await chat.tap(EN(SKIP_BUTTON), question_id) == "Skipped"
    await chat.api.wait_for_call("sendMessage", since=mark)
    assert message(chat, question_id).text == EN(SKIPPED_IN_SETUP)
    assert message(chat, question_id).buttons == []
    assert chat.user.last_message.text == EN(ASK_TIMEZONE)
    _, quiz, draft = await state(app, chat)
    assert quiz is None
    assert draft is not None and draft.step is Step.TIMEZONE
    assert draft.style is AttachmentStyle.UNKNOWN
    assert "Style: Not sure" in await finish_setup(chat)


async def test_stop_ends_the_quiz_and_changes_nothing(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Secure")
    question_id = await start_quiz(chat)
    await answer_all(chat, question_id, answers_for(AttachmentStyle.ANXIOUS)[:5])
    mark = chat.api.mark()
    assert await chat.tap(EN(STOP_BUTTON), question_id) == "Stopped"
    await chat.api.wait_for_call("editMessageText", since=mark)
    assert message(chat, question_id).text == EN(STOPPED_TEXT)
    profile, quiz, _ = await state(app, chat)
    assert quiz is None and profile is not None and profile.style is AttachmentStyle.SECURE
    assert await chat.press(question_id, "q:a:5:3") == EN(NO_QUIZ)


async def test_quiz_again_restarts_from_the_first_question(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Secure")
    old_id = await start_quiz(chat)
    answers = answers_for(AttachmentStyle.FEARFUL)
    await answer_all(chat, old_id, answers[:4])
    _, quiz, _ = await state(app, chat)
    assert quiz is not None and len(quiz.answers) == 4

    new_id = await start_quiz(chat)
    assert new_id != old_id
    _, quiz, _ = await state(app, chat)
    assert quiz == Quiz((), onboarding=False)
    # The old message still shows question 5: its buttons are stale now.
    assert await chat.press(old_id, "q:a:4:3") == EN(STALE_ANSWER)
    await answer_all(chat, new_id, answers)
    assert chat.user.last_message.buttons == [
        switch_button(EN, AttachmentStyle.FEARFUL),
        EN(KEEP_BUTTON),
    ]


async def test_quiz_during_onboarding_restarts_as_an_onboarding_quiz(
    app: NudgerApp, chat: Chat
) -> None:
    _, question_id = await onboard_to_quiz(chat, "Robin")
    await answer_all(chat, question_id, [4, 4], partner="Robin")
    intro, first = await chat.say("/quiz", replies=2)
    assert intro.text == intro_text(english("Robin"))
    assert first.buttons == [*NUMBERS, EN(SKIP_BUTTON)]
    _, quiz, _ = await state(app, chat)
    assert quiz == Quiz((), onboarding=True)


async def test_bad_quiz_taps_get_a_notice_and_change_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.onboard(name="Sam", style="Secure")
    question_id = await start_quiz(chat)
    await answer(chat, question_id, 0, 5)
    await answer(chat, question_id, 1, 2)
    before = await snapshot(app)
    edits, sends = len(api.calls_to("editMessageText")), len(api.calls_to("sendMessage"))

    bad = {
        "q:a:0:3": EN(STALE_ANSWER),  # an old question
        "q:a:1:7": EN(STALE_ANSWER),  # the one just answered (a double tap)
        "q:a:5:3": EN(STALE_ANSWER),  # ahead of the open one
        "q:a:12:3": EN(STALE_ANSWER),  # past the end
        "q:a:99:1": EN(STALE_ANSWER),
        "q:a:2:0": EN(BAD_BUTTON),
        "q:a:2:8": EN(BAD_BUTTON),
        "q:a:2:-1": EN(BAD_BUTTON),
        "q:a:2:\u0663": EN(BAD_BUTTON),  # an Arabic-Indic digit three
        "q:a:2:3\n": EN(BAD_BUTTON),
        "q:a:x:y": EN(BAD_BUTTON),
        "q:a:2": EN(BAD_BUTTON),
        "q:a::": EN(BAD_BUTTON),
        "q:": EN(BAD_BUTTON),
        "q:use:anxious": EN(BAD_BUTTON),
        "q:use": EN(STALE_ANSWER),  # the quiz is not finished
        "q:keep": EN(STALE_ANSWER),
    }
    for data, expected in bad.items():
        assert await chat.press(question_id, data) == expected, data
    assert await snapshot(app) == before

    await answer(chat, question_id, 2, 6)  # the open question still works
    assert len(api.calls_to("editMessageText")) == edits + 1
    assert len(api.calls_to("sendMessage")) == sends
    _, quiz, _ = await state(app, chat)
    assert quiz == Quiz((5, 2, 6), onboarding=False)
    assert message(chat, question_id).text == question_text(english("Sam"), 3)


async def test_quiz_needs_setup_and_taps_without_a_quiz_do_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    [reply] = await chat.say("/quiz")
    assert reply.text == EN(NOT_SET_UP)
    assert (await snapshot(app))["users"] == []

    await chat.say("/start", replies=2)
    [reply] = await chat.say("/quiz")
    assert reply.text == EN(FINISH_SETUP_FIRST)
    [style_question] = await chat.say("Sam")
    assert (await state(app, chat))[1] is None
    before = await snapshot(app)
    for data in ("q:use", "q:keep", "q:stop", "q:a:0:4"):
        assert await chat.press(style_question.message_id, data) == EN(NO_QUIZ), data
    assert await snapshot(app) == before

    # After "Avoidant", "Not sure" on the same (old) question is stale.
    await chat.tap_and_wait("Avoidant", "sendMessage")
    before = await snapshot(app)
    assert await chat.press(style_question.message_id, "o:style:unknown") == EN(STALE_QUESTION)
    assert await snapshot(app) == before


async def test_quiz_start_button_starts_the_quiz(app: NudgerApp, chat: Chat) -> None:
    summary = await chat.onboard(name="Sam")
    mark = chat.api.mark()
    assert await chat.press(summary.message_id, "q:start") is None
    await chat.api.wait_for_call("sendMessage", count=2, since=mark)
    intro, first = chat.user.messages[-2:]
    assert intro.text == intro_text(english("Sam")) and first.text == question_text(
        english("Sam"), 0
    )
    _, quiz, _ = await state(app, chat)
    assert quiz == Quiz((), onboarding=False)


async def test_another_users_quiz_is_untouched(app: NudgerApp, api: FakeBotApi, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Secure")
    question_id = await start_quiz(chat)
    await answer(chat, question_id, 0, 4)
    mallory = Chat(api, api.user(666, "Mallory"))
    await mallory.onboard(name="Kim")
    own = mallory.user.last_message.message_id
    before = await snapshot(app)
    for data in ("q:a:1:4", "q:use", "q:stop"):
        assert await mallory.press(own, data) == EN(NO_QUIZ)
    assert await snapshot(app) == before


async def test_typing_during_the_quiz_points_to_its_buttons(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam", style="Anxious")
    [before_quiz] = await chat.say("4")
    assert before_quiz.text == EN(UNKNOWN_TEXT)  # no quiz open: the general reply
    question_id = await start_quiz(chat)
    answers = answers_for(AttachmentStyle.AVOIDANT)
    await answer_all(chat, question_id, answers[:3])
    before = await snapshot(app)
    for typed in ("4", "seven", "I am not sure"):
        [reply] = await chat.say(typed)
        assert reply.text == EN(TYPED_DURING_QUIZ), typed
        assert reply.buttons == []
    assert EN(STOP_BUTTON) in EN(TYPED_DURING_QUIZ)
    assert await snapshot(app) == before  # a typed answer counts for nothing
    assert message(chat, question_id).text == question_text(english("Sam"), 3)

    # The quiz goes on where it was.
    await answer_all(chat, question_id, answers, first=3)
    ask = chat.user.last_message
    assert ask.buttons == [switch_button(EN, AttachmentStyle.AVOIDANT), EN(KEEP_BUTTON)]
    [reply] = await chat.say("yes")
    assert reply.text == EN(TYPED_AFTER_QUIZ)
    profile, quiz, _ = await state(app, chat)
    assert profile is not None and profile.style is AttachmentStyle.ANXIOUS  # not switched
    assert quiz == Quiz(tuple(answers), onboarding=False)

    mark = chat.api.mark()
    assert await chat.tap(EN(KEEP_BUTTON), ask.message_id) == "Kept"
    await chat.api.wait_for_call("editMessageText", since=mark)
    [after] = await chat.say("yes")
    assert after.text == EN(UNKNOWN_TEXT)  # the quiz is over


async def test_typing_during_the_setup_quiz_keeps_its_own_reply(app: NudgerApp, chat: Chat) -> None:
    _, question_id = await onboard_to_quiz(chat, "Robin")
    before = await snapshot(app)
    [reply] = await chat.say("5")
    assert reply.text == EN(IN_ONBOARDING_TAP)
    assert await snapshot(app) == before
    assert message(chat, question_id).text == question_text(english("Robin"), 0)

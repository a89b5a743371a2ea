"""Fast tier, through the router: the language a new user gets at /start, and the question
of how to refer to the partner, asked in setup only where the language's grammar needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from nudger.app import NudgerApp
from nudger.bot.onboarding import ASK_NAME, WELCOME
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.model import Profile
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import shared_texts
from nudger.services.places import TimezoneResolver
from nudger.storage import users
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.inprocess.edge import InProcessEdge
from tests.conftest import FakeClock
from tests.support.apps import build_fast_app
from tests.support.chat import Chat
from tests.support.stand_in import use_stand_in_texts
from tests.support.words import EN

STYLE_BUTTONS = ["Anxious", "Avoidant", "Secure", "Both", "Not sure"]
GENDER_BUTTONS = ["She", "He", "By name only"]


async def _profile(app: NudgerApp, user_id: int) -> Profile:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, user_id)
    assert profile is not None
    return profile


@pytest.mark.parametrize("code", ["en", "en-GB", "xx", "zz-Latn-ZZ"])
async def test_english_or_an_unsupported_telegram_language_is_english(
    app: NudgerApp, api: FakeBotApi, code: str
) -> None:
    chat = Chat(api, api.user(601, "Kim", language_code=code))
    welcome, ask = await chat.say("/start", replies=2)
    assert (welcome.text, ask.text) == (EN(WELCOME), EN(ASK_NAME))
    assert (await _profile(app, 601)).language is Language.EN


async def test_a_russian_telegram_gets_russian_with_the_real_catalogs(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver
) -> None:
    edge = InProcessEdge(api)
    app = build_fast_app(edge, db_url, clock, places)
    await app.start()
    try:
        user = api.user(602, "Ivan", language_code="ru")
        user.send_text("/start")
        await api.wait_until(lambda: bool(edge.failures) or len(user.messages) >= 2)
        assert not edge.failures, edge.failures
        assert (await _profile(app, 602)).language is Language.RU
        ru = shared_texts().words(Language.RU)
        assert [m.text for m in user.messages[:2]] == [ru(WELCOME), ru(ASK_NAME)]
    finally:
        await app.stop()


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("ru", Language.RU),
        ("pt-br", Language.PT_BR),
        ("pt", Language.PT_BR),
        ("de-AT", Language.DE),
    ],
)
async def test_the_telegram_language_is_stored_at_start(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    api: FakeBotApi,
    db_url: str,
    clock: FakeClock,
    places: TimezoneResolver,
    code: str,
    language: Language,
) -> None:
    use_stand_in_texts(monkeypatch, tmp_path / "locales")
    edge = InProcessEdge(api)
    app = build_fast_app(edge, db_url, clock, places)
    await app.start()
    try:
        chat = Chat(api, api.user(603, "Ana", language_code=code))
        await chat.say("/start", replies=2)
        assert (await _profile(app, 603)).language is language
        # Someone who sends /start again keeps the language they have, whatever their
        # Telegram says now.
        chat.user.language_code = "es"
        await chat.say("/start", replies=2)
        assert (await _profile(app, 603)).language is language
    finally:
        await app.stop()
    assert not edge.failures


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_stand_in_texts(monkeypatch, tmp_path / "locales")


async def _finish_setup(chat: Chat, one: str = "1") -> str:
    """From the style question to Save (``one``: the button for 1 a day); returns the summary."""
    await chat.tap_and_wait("Secure", "sendMessage")
    await chat.say("Europe/Berlin", replies=2)
    await chat.tap_and_wait(one, "sendMessage")
    await chat.tap_and_wait("Evening", "editMessageText")
    await chat.tap_and_wait("Save", "sendMessage")
    return chat.user.last_message.text or ""


@pytest.mark.parametrize(
    ("code", "gender"),
    [("de", PartnerGender.SHE), ("ru", PartnerGender.HE), ("es", PartnerGender.NAME)],
)
async def test_a_gendered_language_asks_how_to_refer_to_the_partner(
    stand_in: None, app: NudgerApp, api: FakeBotApi, code: str, gender: PartnerGender
) -> None:
    chat = Chat(api, api.user(604, "Kim", language_code=code))
    await chat.say("/start", replies=2)
    [question] = await chat.say("Sam")
    assert question.text == "How should I refer to Sam?"
    assert question.buttons == GENDER_BUTTONS
    [typed] = await chat.say("she")  # the buttons answer it
    assert typed.text == EN("onboarding-in-setup-tap")

    label = GENDER_BUTTONS[[PartnerGender.SHE, PartnerGender.HE, PartnerGender.NAME].index(gender)]
    mark = api.mark()
    assert await chat.tap(label, question.message_id) == label
    await api.wait_for_call("sendMessage", since=mark)
    answered = next(m for m in chat.user.messages if m.message_id == question.message_id)
    assert answered.text == f"How should I refer to Sam?\n\nYour answer: {label}"
    assert answered.buttons == []
    style_question = chat.user.last_message
    assert style_question.buttons == STYLE_BUTTONS
    assert "Sam" in (style_question.text or "")
    # The question is answered: its buttons are stale now.
    assert await chat.press(question.message_id, "o:gender:he") == EN("common-stale-question")

    summary = await _finish_setup(chat)
    assert "Partner: Sam" in summary
    profile = await _profile(app, 604)
    assert profile.onboarded and profile.partner_gender is gender
    assert profile.style is AttachmentStyle.SECURE


@pytest.mark.parametrize("code", ["en", "fa"])
async def test_english_and_persian_do_not_ask(
    stand_in: None, app: NudgerApp, api: FakeBotApi, code: str
) -> None:
    chat = Chat(api, api.user(605, "Kim", language_code=code))
    await chat.say("/start", replies=2)
    [question] = await chat.say("Sam")
    assert question.buttons == STYLE_BUTTONS
    # A forged answer to a question never asked is stale.
    assert await chat.press(question.message_id, "o:gender:she") == EN("common-stale-question")
    await _finish_setup(chat, one="۱" if code == "fa" else "1")  # Persian digits in Persian
    profile = await _profile(app, 605)
    assert profile.onboarded and profile.partner_gender is None

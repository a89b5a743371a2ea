"""The full tour in each of the seven languages, through the real bot over HTTP.

A user whose Telegram is set to a language sets up their nudges (the gender question where the
language asks it, a city typed in their script), gets a nudge and ticks it off, looks at their
week, opens /settings, pauses with a length in their words and resumes, exports and deletes.
Every reply is checked for meaning (what changed, what was stored) and for the language
itself: its script, its own words, and no English word but commands and the partner's name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from nudger.app import NudgerApp
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.model import Profile
from nudger.i18n.texts import FSI, PDI, shared_texts
from nudger.services.places import TimezoneResolver
from nudger.storage import users
from nudger.storage.db import session_factory
from nudger.testing.fake_bot_api import FakeBotApi, FakeMessage
from tests.conftest import FakeClock, sqlite_copy
from tests.support.apps import TOKEN, build_app
from tests.support.chat import Chat, deliver_next
from tests.support.rows import nudges


@dataclass(frozen=True)
class Tour:
    """One user's tour: how their Telegram names the language, and what they type."""

    code: str
    partner: str
    city: str
    zone: str
    pause: str
    pause_days: int


TOURS = {
    Language.EN: Tour("en", "Sam", "London", "Europe/London", "2 weeks", 14),
    Language.ES: Tour("es", "Lucía", "Madrid", "Europe/Madrid", "1 semana", 7),
    Language.PT_BR: Tour("pt-br", "João", "São Paulo", "America/Sao_Paulo", "2 semanas", 14),
    Language.DE: Tour("de", "Jonas", "München", "Europe/Berlin", "3 Tage", 3),
    Language.RU: Tour("ru", "Маша", "Москва", "Europe/Moscow", "2 недели", 14),
    Language.UK: Tour("uk", "Олена", "Київ", "Europe/Kyiv", "2 тижні", 14),
    Language.FA: Tour("fa", "سارا", "تهران", "Asia/Tehran", "۳ روز", 3),
}

#: Words a reply in another language must never contain: common English words that are not
#: words of Spanish, Portuguese or German too ("in", "was", "Partner" and "Pause" are).
ENGLISH = frozenset(
    [
        "the",
        "you",
        "your",
        "and",
        "with",
        "what",
        "when",
        "this",
        "that",
        "please",
        "send",
        "tap",
        "nudge",
        "nudges",
        "week",
        "weekly",
        "done",
        "skip",
        "skipped",
        "snooze",
        "snoozed",
        "settings",
        "time",
        "zone",
        "day",
        "days",
        "morning",
        "evening",
        "afternoon",
        "save",
        "back",
        "close",
        "here",
        "there",
        "now",
        "help",
        "about",
        "from",
        "for",
        "would",
        "can",
        "don't",
        "it's",
        "i'll",
        "we",
        "our",
        "is",
        "are",
        "to",
        "of",
        "on",
        "at",
        "it",
        "my",
        "be",
        "been",
        "has",
        "have",
        "had",
        "they",
        "them",
        "their",
        "which",
        "will",
        "won't",
        "once",
        "each",
        "every",
        "set",
        "sorry",
        "something",
        "nothing",
        "anything",
        "quiet",
        "hours",
        "review",
        "style",
        "language",
    ]
)
#: Common words of a language: a reply of six words or more has one at least. Spanish and
#: Portuguese list only words the other doesn't have, so neither passes for the other.
OWN_WORDS = {
    Language.ES: set(
        [
            "tu",
            "tus",
            "el",
            "y",
            "los",
            "las",
            "te",
            "qué",
            "una",
            "es",
            "lo",
            "con",
            "del",
            "al",
            "más",
            "cómo",
            "cuándo",
            "mi",
            "muy",
            "hoy",
            "puedes",
            "ya",
            "esto",
            "esta",
            "este",
            "está",
            "son",
            "eso",
            "hay",
        ]
    ),
    Language.PT_BR: set(
        [
            "você",
            "seu",
            "sua",
            "seus",
            "suas",
            "os",
            "um",
            "uma",
            "não",
            "é",
            "ao",
            "do",
            "da",
            "e",
            "o",
            "com",
            "em",
            "no",
            "na",
            "mais",
            "isso",
            "esta",
            "está",
            "são",
            "hoje",
            "pode",
            "já",
            "muito",
            "dos",
            "das",
            "pelo",
            "pela",
        ]
    ),
    Language.DE: set(
        [
            "ich",
            "du",
            "dein",
            "deine",
            "deinen",
            "deinem",
            "dich",
            "dir",
            "und",
            "der",
            "die",
            "das",
            "den",
            "dem",
            "ist",
            "mit",
            "in",
            "nicht",
            "ein",
            "eine",
            "zu",
            "von",
            "für",
            "auf",
            "es",
            "wie",
            "was",
            "wenn",
            "sich",
            "soll",
            "kann",
            "noch",
            "schon",
            "auch",
            "oder",
            "am",
            "im",
            "um",
            "bei",
            "bis",
            "nach",
            "so",
            "sind",
            "hat",
            "hast",
            "bist",
            "wird",
            "kommt",
        ]
    ),
}
#: Letters one Cyrillic language has and the other doesn't: Russian and Ukrainian must not
#: pass for each other. Persian writes ی and ک, not the Arabic forms.
NOT_IN = {
    Language.RU: set("іїєґ"),
    Language.UK: set("ыэъё"),
    Language.FA: set("يك"),
}
SCRIPT = {Language.RU: "CYRILLIC", Language.UK: "CYRILLIC", Language.FA: "ARABIC"}
#: Left out before the words are checked: commands, zone names, and the bot's own name.
_NOT_WORDS = re.compile(
    r"/[a-z_]+|\b[A-Z][A-Za-z_]+/[A-Za-z_/]+\b|\b(?:nudger|JSON|UTC)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def assert_speaks(language: Language, text: str | None, partner: str) -> None:
    """``text`` is in ``language``: its script, its words, and no English word."""
    assert text, "an empty reply"
    plain = _NOT_WORDS.sub(" ", text.replace(partner, " ").replace(FSI, "").replace(PDI, ""))
    words = [w.lower() for w in _WORD.findall(plain)]
    if language is Language.EN:
        assert len(words) < 4 or set(words) & ENGLISH, text
        return
    english = sorted({w for w in words if w in ENGLISH})
    assert not english, f"English in {language}: {english} in {text!r}"
    if language in SCRIPT:
        foreign = [w for w in words if not _in_script(w, SCRIPT[language])]
        assert not foreign, f"not {SCRIPT[language]} in {language}: {foreign} in {text!r}"
    if language in OWN_WORDS and len(words) >= 6:
        assert set(words) & OWN_WORDS[language], f"no {language} words in {text!r}"
    wrong = NOT_IN.get(language, set()) & set("".join(words))
    assert not wrong, f"letters of another language in {language}: {wrong} in {text!r}"


def _in_script(word: str, script: str) -> bool:
    return all(unicodedata.name(c, "").startswith(script) for c in word if c.isalpha())


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def app(
    api: FakeBotApi,
    sqlite_template: Path,
    tmp_path: Path,
    clock: FakeClock,
    places: TimezoneResolver,
) -> AsyncIterator[NudgerApp]:
    nudger = build_app(api, sqlite_copy(sqlite_template, tmp_path), clock, places)
    await nudger.start()
    try:
        yield nudger
    finally:
        await nudger.stop()


@pytest.mark.parametrize("language", Language)
async def test_the_whole_tour_in_the_users_language(
    language: Language, app: NudgerApp, api: FakeBotApi, clock: FakeClock
) -> None:
    tour = TOURS[language]
    clock.set(datetime(2026, 11, 23, 7, 0, tzinfo=ZoneInfo(tour.zone)))
    chat = Chat(
        api, api.user(700 + list(Language).index(language), "Alex", language_code=tour.code)
    )
    t = shared_texts().words(language, tour.partner, PartnerGender.SHE)

    def speaks(*messages: FakeMessage | str | None) -> None:
        for message in messages:
            text = message if isinstance(message, str | None) else message.text or message.caption
            assert_speaks(language, text, tour.partner)

    # --- setup --------------------------------------------------------------------------
    welcome, ask_name = await chat.say("/start", replies=2)
    speaks(welcome, ask_name)
    [asked] = await chat.say(tour.partner)
    speaks(asked)
    if language.gendered:
        assert asked.buttons == [t(f"onboarding-gender-{g}") for g in ("she", "he", "name")]
        speaks(*asked.buttons)
        await chat.tap_and_wait(t("onboarding-gender-she"), "sendMessage")
        asked = chat.user.last_message
        speaks(asked)
    assert tour.partner in (asked.text or "")
    speaks(*asked.buttons)
    await chat.tap_and_wait(t("style-anxious"), "sendMessage")
    zone_set, ask_count = await chat.say(tour.city, replies=2)
    speaks(zone_set, ask_count)
    assert tour.zone in (zone_set.text or "")
    await chat.tap_and_wait(t.number(2), "sendMessage")
    speaks(chat.user.last_message)
    for window in ("morning", "evening"):
        await chat.tap_and_wait(t(f"window-{window}"), "editMessageText")
    await chat.tap_and_wait(t("common-save-button"), "sendMessage")
    summary = chat.user.last_message
    speaks(summary)
    assert tour.partner in (summary.text or "")
    profile = await _profile(app, chat)
    assert profile is not None and profile.language is language
    assert profile.partner_gender is (PartnerGender.SHE if language.gendered else None)
    assert profile.timezone == tour.zone

    # --- a nudge, ticked off ----------------------------------------------------------------
    message_id = await deliver_next(app, api, clock, chat)
    nudge = chat.user.last_message
    speaks(nudge, *nudge.buttons)
    assert tour.partner in (nudge.text or "")
    assert nudge.buttons == [
        t("nudge-button-done"),
        t("nudge-button-skip"),
        t("nudge-button-snooze"),
    ]
    clock.advance(timedelta(minutes=3))
    notice = await chat.tap(t("nudge-button-done"), message_id)
    speaks(notice)
    [row] = [n for n in await nudges(app) if n.message_id == message_id]
    assert row.state == "done"

    # --- the week, with its picture -----------------------------------------------------------
    week = await chat.week()
    speaks(week.caption)
    assert week.photo is not None and week.photo.startswith(b"\x89PNG")
    assert t.number(1) in (week.caption or "")  # one done

    # --- /settings --------------------------------------------------------------------------
    [menu] = await chat.say("/settings")
    speaks(menu, *menu.buttons)
    assert language.autonym in (menu.text or "")
    assert t("settings-language-button") in menu.buttons
    speaks(await chat.tap(t("settings-close-button"), menu.message_id))

    # --- /pause with a length in their words, /resume --------------------------------------------
    [paused] = await chat.say(f"/pause {tour.pause}")
    speaks(paused)
    profile = await _profile(app, chat)
    assert profile is not None and profile.paused and profile.paused_until is not None
    days = (profile.paused_until - clock.now).total_seconds() / 86400
    assert tour.pause_days - 0.5 < days < tour.pause_days + 0.5
    [resumed] = await chat.say("/resume")
    speaks(resumed)

    # --- /export ---------------------------------------------------------------------------
    [export] = await chat.say("/export", method="sendDocument")
    speaks(export.caption)
    assert export.document is not None
    data = json.loads(export.document)
    assert data["user"]["language"] == language.value
    expected_gender = PartnerGender.SHE.value if language.gendered else None
    assert data["user"]["partner_gender"] == expected_gender
    [sent] = [n for n in data["nudges"] if n["state"] == "done"]
    assert sent["prompt"]["text"] == t.prompt(sent["prompt"]["id"])

    # --- /delete --------------------------------------------------------------------------
    [warning] = await chat.say("/delete")
    speaks(warning, *warning.buttons)
    speaks(await chat.tap(t("privacy-delete-button"), warning.message_id))
    await api.wait_until(lambda: chat.user.messages[-1].message_id == warning.message_id)
    assert await _profile(app, chat) is None


async def _profile(app: NudgerApp, chat: Chat) -> Profile | None:
    async with session_factory(app.engine)() as session:
        return await users.by_telegram_id(session, chat.user.user_id)


def test_the_checks_catch_english_and_the_wrong_script() -> None:
    """The language checks above can fail."""
    with pytest.raises(AssertionError, match="English"):
        assert_speaks(Language.DE, "Sende /start, um deine Nudges zu planen, please", "Jonas")
    with pytest.raises(AssertionError, match="CYRILLIC"):
        assert_speaks(Language.RU, "Привет, это nudger. Tschüss", "Маша")
    with pytest.raises(AssertionError, match="another language"):
        assert_speaks(Language.UK, "Привет, это твой день", "Оля")
    with pytest.raises(AssertionError, match="no pt-BR words"):
        assert_speaks(Language.PT_BR, "Tu semana con los empujoncitos de la tarde y el", "João")
    assert_speaks(Language.RU, "Маша будет рада. Отправь /start и Europe/Moscow", "Маша")

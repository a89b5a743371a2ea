"""Fast tier, through the router: /settings' Language button and, in a language whose
grammar needs it, how to refer to the partner. Every language speaks the stand-in (English)
catalogs here, so the flow is asserted in English words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nudger.app import NudgerApp
from nudger.domain.languages import Language, PartnerGender
from nudger.domain.model import Profile
from nudger.storage import users
from nudger.testing.fake_bot_api import FakeBotApi, FakeMessage
from tests.support.chat import Chat
from tests.support.rows import snapshot
from tests.support.stand_in import use_stand_in_texts

AUTONYMS = [language.autonym for language in Language]
GENDER = "How I refer to Sam"


@pytest.fixture(autouse=True)
def stand_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    use_stand_in_texts(monkeypatch, tmp_path / "locales")


async def _profile(app: NudgerApp) -> Profile:
    async with app.router._deps.sessions() as session:
        profile = await users.by_telegram_id(session, 501)
    assert profile is not None
    return profile


async def _tap_edit(chat: Chat, label: str, message_id: int) -> tuple[str | None, FakeMessage]:
    mark = chat.api.mark()
    notice = await chat.tap(label, message_id)
    await chat.api.wait_for_call(
        "editMessageText", lambda c: c.params.get("message_id") == message_id, since=mark
    )
    return notice, next(m for m in chat.user.messages if m.message_id == message_id)


async def test_language_switch_to_a_gendered_language_asks_about_the_partner(
    app: NudgerApp, chat: Chat
) -> None:
    await chat.onboard(name="Sam")
    [menu] = await chat.say("/settings")
    assert "Language" in menu.buttons and GENDER not in menu.buttons
    assert "• Language: English" in (menu.text or "")
    assert "How I refer to" not in (menu.text or "")

    _, editor = await _tap_edit(chat, "Language", menu.message_id)
    assert editor.buttons == ["✓ English", *AUTONYMS[1:], "« Back"]
    assert editor.reply_markup[0] == [("✓ English", "s:lg:en"), ("Español", "s:lg:es")]
    assert editor.reply_markup[1] == [("Português (Brasil)", "s:lg:pt-BR"), ("Deutsch", "s:lg:de")]

    notice, asked = await _tap_edit(chat, "Deutsch", menu.message_id)
    assert notice == "Saved: I'll speak Deutsch with you."
    assert asked.text == (
        "Saved: I'll speak Deutsch with you.\n\nHow should I refer to Sam? Right now: by name only."
    )
    assert asked.buttons == ["She", "He", "By name only", "« Back"]
    profile = await _profile(app)
    assert profile.language is Language.DE and profile.partner_gender is None

    notice, after = await _tap_edit(chat, "He", menu.message_id)
    assert notice == "Saved: I'll refer to Sam as he."
    assert "• Language: Deutsch" in (after.text or "")
    assert "• How I refer to Sam: he" in (after.text or "")
    assert GENDER in after.buttons and after.buttons[-1] == "Close"
    assert (await _profile(app)).partner_gender is PartnerGender.HE

    # The gender editor from the menu: the current choice ticked.
    _, editor = await _tap_edit(chat, GENDER, menu.message_id)
    assert editor.buttons == ["She", "✓ He", "By name only", "« Back"]
    notice, after = await _tap_edit(chat, "By name only", menu.message_id)
    assert notice == "Saved: I'll refer to Sam by name only."
    assert "• How I refer to Sam: by name only" in (after.text or "")
    assert (await _profile(app)).partner_gender is PartnerGender.NAME


async def test_the_gender_button_only_in_gendered_languages(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam")
    [menu] = await chat.say("/settings")
    await _tap_edit(chat, "Language", menu.message_id)
    await _tap_edit(chat, "Español", menu.message_id)
    _, after = await _tap_edit(chat, "She", menu.message_id)
    assert GENDER in after.buttons

    # Answered once: another gendered language goes straight back to the menu.
    await _tap_edit(chat, "Language", menu.message_id)
    notice, after = await _tap_edit(chat, "Русский", menu.message_id)
    assert notice == "Saved: I'll speak Русский with you."
    assert (after.text or "").startswith("Saved: I'll speak Русский with you.\n\nYour settings\n")
    assert GENDER in after.buttons and "• How I refer to Sam: she" in (after.text or "")

    for language in ("فارسی", "English"):  # neither needs it: no button, no line
        await _tap_edit(chat, "Language", menu.message_id)
        _, after = await _tap_edit(chat, language, menu.message_id)
        assert GENDER not in after.buttons and "How I refer to" not in (after.text or "")
    profile = await _profile(app)
    assert profile.language is Language.EN
    assert profile.partner_gender is PartnerGender.SHE  # kept for a gendered language later


async def test_choosing_the_current_language_changes_nothing(
    app: NudgerApp, api: FakeBotApi, chat: Chat
) -> None:
    await chat.onboard()
    [menu] = await chat.say("/settings")
    await _tap_edit(chat, "Language", menu.message_id)
    before = await snapshot(app.engine)
    notice, after = await _tap_edit(chat, "✓ English", menu.message_id)
    assert notice == "That's what it already is."
    assert (after.text or "").startswith("Your settings\n")
    assert await snapshot(app.engine) == before


async def test_a_persian_switch_does_not_ask_about_the_partner(app: NudgerApp, chat: Chat) -> None:
    await chat.onboard(name="Sam")
    [menu] = await chat.say("/settings")
    await _tap_edit(chat, "Language", menu.message_id)
    _, after = await _tap_edit(chat, "فارسی", menu.message_id)
    assert "How should I refer" not in (after.text or "")
    assert GENDER not in after.buttons
    profile = await _profile(app)
    assert profile.language is Language.FA and profile.partner_gender is None

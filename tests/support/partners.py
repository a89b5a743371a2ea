"""Two people linking through the bot: the steps both test tiers take, from the users' side.

Every step goes through the fake Bot API as a user would: commands, taps, and the link read
off the inviter's message. Words are the ones a user reads in their language (``t``).
"""

from __future__ import annotations

import re

from nudger.domain.partners import PAYLOAD_PREFIX
from nudger.domain.quiz import Dimension
from nudger.domain.self_report import ITEMS
from nudger.domain.styles import AttachmentStyle
from nudger.i18n.texts import Words
from nudger.testing.fake_bot_api import BOT_USERNAME
from tests.support.chat import Chat

LINK = re.compile(
    re.escape(f"https://t.me/{BOT_USERNAME}?start=") + r"(" + PAYLOAD_PREFIX + r"[A-Za-z0-9_-]+)"
)


def link_in(text: str) -> str:
    """The ``start`` payload of the invitation link in ``text``."""
    found = LINK.search(text)
    assert found is not None, f"no invitation link in {text!r}"
    return found.group(1)


async def invite(inviter: Chat, t: Words, first_name: str) -> str:
    """/invite, then "Show <first name>": returns the link's payload."""
    [asked] = await inviter.say("/invite")
    label = t("partners-invite-use-name-button", name=first_name)
    assert label in asked.buttons
    await inviter.tap_and_wait(label, "editMessageText", asked.message_id)
    return link_in(inviter.user.last_message.text or "")


async def open_link(partner: Chat, payload: str) -> str:
    """The partner opens the link (``/start <payload>``); returns what the bot said."""
    [reply] = await partner.say(f"/start {payload}")
    return reply.text or ""


async def tap_telling(chat: Chat, other: Chat, label: str, message_id: int | None = None) -> str:
    """Tap ``label``; wait until the bot told ``other`` something too; return that."""
    api = chat.api
    mark = api.mark()
    chat.user.press_button(label, message_id)
    call = await api.wait_for_call(
        "sendMessage", lambda c: c.params.get("chat_id") == other.user.user_id, since=mark
    )
    await api.wait_for_call("answerCallbackQuery", since=mark)
    return str(call.params["text"])


def answers_for(style: AttachmentStyle) -> list[int]:
    """Self-report answers whose result is ``style`` (secure, anxious, avoidant, fearful)."""
    high_anxiety = style in (AttachmentStyle.ANXIOUS, AttachmentStyle.FEARFUL)
    high_avoidance = style in (AttachmentStyle.AVOIDANT, AttachmentStyle.FEARFUL)
    answers = []
    for item in ITEMS:
        high = high_anxiety if item.dimension is Dimension.ANXIETY else high_avoidance
        keyed = 7 if high else 1
        answers.append(8 - keyed if item.reverse else keyed)
    return answers


async def self_report(chat: Chat, t: Words, style: AttachmentStyle) -> None:
    """From /partner: the quiz about oneself, answered to give ``style``; ends at the share
    question."""
    [hub] = await chat.say("/partner")
    mark = chat.api.mark()
    chat.user.press_button(t("partners-self-report-button"), hub.message_id)
    await chat.api.wait_for_call("sendMessage", count=2, since=mark)
    question = chat.user.last_message
    for n, value in enumerate(answers_for(style), start=1):
        method = "sendMessage" if n == len(ITEMS) else "editMessageText"
        await chat.tap_and_wait(str(value), method, question.message_id)
    assert chat.user.last_message.buttons == [t("self-share-button"), t("self-keep-button")]

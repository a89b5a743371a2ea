"""A person in a private chat with the bot, and the next nudge delivered to them.

Both tiers drive the bot the same way, from the user's side of the fake Bot API, and wait
for its calls: over HTTP (tests/e2e) or in-process (tests/features).
"""

from __future__ import annotations

from typing import cast

from nudger.app import NudgerApp
from nudger.bot.base import Deps
from nudger.bot.help import help_text
from nudger.bot.quiz import SKIP_BUTTON as QUIZ_SKIP_BUTTON
from nudger.bot.router import Router
from nudger.testing.fake_bot_api import FakeBotApi, FakeMessage, FakeUser
from tests.conftest import FakeClock
from tests.support.rows import first_due
from tests.support.words import EN

#: The command menu as the features declare it, read without an app: building the router
#: only hands each feature its parts, which nothing uses until an update comes.
MENU = Router(cast(Deps, None)).menu(EN)
#: What /help says.
HELP = help_text(EN, MENU)


class Chat:
    """A person in a private chat with the bot, driving it through the fake Bot API."""

    def __init__(self, api: FakeBotApi, user: FakeUser) -> None:
        self.api = api
        self.user = user

    async def say(
        self, text: str, replies: int = 1, method: str = "sendMessage"
    ) -> list[FakeMessage]:
        """Send text; wait for ``replies`` new bot messages (sent with ``method``); return them."""
        mark = self.api.mark()
        before = {m.message_id for m in self.user.messages}
        self.user.send_text(text)
        await self.api.wait_for_call(
            method,
            lambda c: c.params.get("chat_id") == self.user.user_id,
            count=replies,
            since=mark,
        )
        return [m for m in self.user.messages if m.message_id not in before]

    async def tap(self, label: str, message_id: int | None = None) -> str | None:
        """Press a button; wait for the tap to be answered; return the notice shown."""
        mark = self.api.mark()
        return await self._notice(self.user.press_button(label, message_id), mark)

    async def press(self, message_id: int, data: str) -> str | None:
        """Press a button with exactly this callback data (as a stale or forged client would)."""
        mark = self.api.mark()
        return await self._notice(self.user.press(message_id, data), mark)

    async def _notice(self, callback_id: str, mark: int) -> str | None:
        call = await self.api.wait_for_call(
            "answerCallbackQuery",
            lambda c: c.params.get("callback_query_id") == callback_id,
            since=mark,
        )
        text = call.params.get("text")
        return str(text) if text is not None else None

    async def week(self) -> FakeMessage:
        """/week: the review picture (its caption holds the figures)."""
        [photo] = await self.say("/week", method="sendPhoto")
        assert photo.photo is not None and photo.caption is not None
        return photo

    async def tap_and_wait(self, label: str, method: str, message_id: int | None = None) -> None:
        mark = self.api.mark()
        self.user.press_button(label, message_id)
        await self.api.wait_for_call(method, since=mark)

    async def onboard(
        self,
        name: str = "Sam",
        style: str = "Anxious",
        zone: str = "Europe/Berlin",
        per_day: str = "2",
        windows: tuple[str, ...] = ("Morning", "Evening"),
    ) -> FakeMessage:
        """Walk through onboarding; returns the summary message."""
        await self.say("/start", replies=2)
        await self.say(name)
        if style == "Not sure":  # the quiz starts; skipping it keeps "Not sure"
            self.user.press_button(style)
            skip = EN(QUIZ_SKIP_BUTTON)
            await self.api.wait_until(lambda: skip in self.user.last_message.buttons)
            await self.tap_and_wait(skip, "sendMessage")
        else:
            await self.tap_and_wait(style, "sendMessage")
        await self.say(zone, replies=2)
        await self.tap_and_wait(per_day, "sendMessage")
        for window in windows:
            await self.tap_and_wait(window, "editMessageText")
        await self.tap_and_wait("Save", "sendMessage")
        return self.user.last_message


async def deliver_next(app: NudgerApp, api: FakeBotApi, clock: FakeClock, chat: Chat) -> int:
    """Move the clock to the next planned nudge, run a dispatch tick, return its message id."""
    clock.set(await first_due(app))
    mark = api.mark()
    assert await app.dispatcher.tick() == 1
    await api.wait_for_call("sendMessage", since=mark)
    return chat.user.last_message.message_id


def nudge_id_of(api: FakeBotApi, message_id: int) -> int:
    """The nudge id carried by the buttons the bot originally sent with this message."""
    for call in api.calls_to("sendMessage"):
        if call.ok and call.result["message_id"] == message_id:
            data = call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            return int(data.split(":")[1])
    raise AssertionError(f"no message {message_id}")

"""One person's chat with the running bot: acting on a typed line, and waiting for the answer.

A typed line becomes a message, a button press, a location or a demo command. The chat then
waits until the bot has handled that update and its calls have stopped for a moment, and has
the transcript print them; ``/skip-time`` moves the clock in steps, running the periodic jobs
at each, so nudges arrive at their own times.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nudger.app import NudgerApp
from nudger.demo.clock import DemoClock
from nudger.demo.commands import (
    INTRO,
    DemoError,
    describe_duration,
    parse_duration,
    parse_location,
)
from nudger.demo.transcript import Transcript
from nudger.storage import nudges, users
from nudger.storage.db import session_factory
from nudger.testing.fake_bot_api import FakeBotApi

DEMO_USER_ID = 4711
#: The clock moves at most this far between two runs of the periodic jobs.
STEP = timedelta(hours=1)

_NUMBER = re.compile(r"\d+", re.ASCII)


@dataclass(frozen=True)
class _Pending:
    """An update the demo queued (a message or a button press) and waits to see handled."""

    since: int
    message_id: int | None = None
    callback_id: str | None = None

    def matches(self, update: dict[str, Any]) -> bool:
        if self.callback_id is not None:
            return bool(update.get("callback_query", {}).get("id") == self.callback_id)
        return bool(update.get("message", {}).get("message_id") == self.message_id)


class DemoChat:
    """The terminal side of the demo: one person's chat with a running app and fake API.

    :meth:`handle` acts on one typed line; :meth:`flush` prints what the bot sent since.
    """

    def __init__(
        self,
        api: FakeBotApi,
        app: NudgerApp,
        clock: DemoClock,
        out: TextIO,
        files_dir: Path,
        *,
        quiet: float,
        reply_timeout: float,
        language_code: str = "en",
    ) -> None:
        self.api = api
        self.app = app
        self.clock = clock
        self.quiet = quiet
        self.reply_timeout = reply_timeout
        self.user = api.user(DEMO_USER_ID, "Alex", language_code=language_code)
        self.transcript = Transcript(out, clock, files_dir, self.user)
        self.sessions = session_factory(app.engine)
        self._seen_calls = len(api.calls)

    # ------------------------------------------------------------------ output

    async def refresh_zone(self) -> None:
        """Show times in the user's own zone once onboarding has set one."""
        async with self.sessions() as session:
            profile = await users.by_telegram_id(session, DEMO_USER_ID)
        name = profile.timezone if profile is not None else None
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            self.transcript.zone = ZoneInfo(name) if name else UTC

    def has_news(self) -> bool:
        return any(c.method != "getUpdates" for c in self.api.calls[self._seen_calls :])

    async def flush(self) -> int:
        """Print every bot message, edit, notice and file since the last flush."""
        if not self.has_news():
            self._seen_calls = len(self.api.calls)
            return 0
        await self.refresh_zone()  # before taking the calls: a cancel here loses nothing
        calls = self.api.calls[self._seen_calls :]
        self._seen_calls += len(calls)
        shown = [call for call in calls if call.method != "getUpdates"]
        for call in shown:
            self.transcript.show(call)
        return len(shown)

    # ------------------------------------------------------------------ waiting

    async def settle(self, pending: _Pending | None = None) -> None:
        """Wait until the bot has handled the input, then until its calls stop for a moment."""
        if pending is not None:
            try:
                async with asyncio.timeout(self.reply_timeout):
                    await self._handled(pending)
            except TimeoutError:
                self.transcript.note(f"no answer from the bot within {self.reply_timeout:.0f}s")
        await self._quiet()
        await self.flush()

    async def _handled(self, pending: _Pending) -> None:
        """Wait until the bot has fetched the update and run its handlers.

        The gateway handles every update of a batch before it polls again.
        """

        def fetched() -> int | None:
            for index in range(pending.since, len(self.api.calls)):
                call = self.api.calls[index]
                updates = call.result if call.method == "getUpdates" else None
                if isinstance(updates, list) and any(map(pending.matches, updates)):
                    return index
            return None

        await self.api.wait_until(lambda: fetched() is not None, self.reply_timeout)
        after = (fetched() or 0) + 1
        await self.api.wait_until(
            lambda: (
                bool(self.api.pending_polls)
                or any(call.method == "getUpdates" for call in self.api.calls[after:])
            ),
            self.reply_timeout,
        )

    async def _quiet(self) -> None:
        """Return once no call but polling has come in for ``quiet`` seconds (at most 3 s)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 3.0
        count = self._busy_calls()
        last_change = loop.time()
        while loop.time() - last_change < self.quiet and loop.time() < deadline:
            await asyncio.sleep(min(0.05, self.quiet))
            if (now_count := self._busy_calls()) != count:
                count, last_change = now_count, loop.time()

    def _busy_calls(self) -> int:
        return sum(1 for call in self.api.calls if call.method != "getUpdates")

    # ------------------------------------------------------------------ input

    async def handle(self, line: str) -> bool:
        """Act on one typed line; returns False when the demo should end."""
        text = line.strip()
        if not text:
            return True
        command, _, rest = text.partition(" ")
        command = command.lower()
        try:
            if command in ("/quit", "/exit"):
                return False
            if command in ("/skip-time", "/skip_time", "/skiptime"):
                await self.skip(parse_duration(rest))
            elif command == "/time":
                await self.refresh_zone()
                self.transcript.note(f"it is {self.transcript.describe_now()}")
            elif command == "/demo-help":
                self.transcript.write(INTRO)
            elif command == "/location":
                await self.location(rest)
            elif command == "/say":
                if not rest.strip():
                    raise DemoError("/say needs some text to send, e.g. /say 42")
                await self.send(rest.strip())
            elif _NUMBER.fullmatch(text):
                await self.press(int(text))
            else:
                await self.send(text)
        except DemoError as error:
            self.transcript.note(str(error))
        except Exception as error:  # noqa: BLE001 - a demo bug must not end the chat
            self.transcript.note(f"that did not work ({type(error).__name__}: {error})")
        return True

    async def send(self, text: str) -> None:
        since = len(self.api.calls)
        message_id = self.user.send_text(text)
        await self.settle(_Pending(since, message_id=message_id))

    async def location(self, rest: str) -> None:
        latitude, longitude = parse_location(rest)
        since = len(self.api.calls)
        message_id = self.user.share_location(latitude, longitude)
        await self.settle(_Pending(since, message_id=message_id))

    async def press(self, number: int) -> None:
        await self.flush()
        message = next((m for m in reversed(self.user.messages) if m.reply_markup), None)
        if message is None:
            raise DemoError(
                f"there are no buttons to press yet. To send {number} as a message, "
                f"type /say {number}"
            )
        buttons = [button for row in message.reply_markup for button in row]
        if not 1 <= number <= len(buttons):
            raise DemoError(
                f"there is no button {number}; the latest buttons are 1 to {len(buttons)}: "
                + "  ".join(f"[{i}] {label}" for i, (label, _) in enumerate(buttons, 1))
            )
        label, data = buttons[number - 1]
        row = message.raw["reply_markup"]["inline_keyboard"]
        raw = [button for r in row for button in r][number - 1]
        if "callback_data" not in raw:
            self.transcript.note(f"[{number}] {label} is a link: {data}")
            return
        self.transcript.write(f"[{self.transcript.stamp()}] you pressed: {label}")
        since = len(self.api.calls)
        callback_id = self.user.press(message.message_id, data)
        await self.settle(_Pending(since, callback_id=callback_id))

    async def skip(self, delta: timedelta) -> None:
        await self.flush()
        target = self.clock() + delta
        note = self.transcript.note
        note(f"skipping {describe_duration(delta)}, to {self.transcript.stamp(target)}")
        shown = 0
        while (now := self.clock()) < target:
            step = min(target, now + STEP)
            step = await self._next_due(now, step) or step
            self.clock.advance_to(step)
            try:
                await self.app.tick_once()  # it waits for what it sends
            except Exception as error:  # noqa: BLE001 - report it and keep the demo alive
                await self.flush()
                note(f"a periodic job failed ({type(error).__name__}: {error}); stopping here")
                break
            shown += await self.flush()
        note(f"it is now {self.transcript.describe_now()}" + ("" if shown else "; nothing arrived"))

    async def _next_due(self, after: datetime, until: datetime) -> datetime | None:
        """The user's next planned nudge, if it is due in ``(after, until]``."""
        async with self.sessions() as session:
            profile = await users.by_telegram_id(session, DEMO_USER_ID)
            due = await nudges.next_planned(session, profile.id) if profile is not None else None
        return due if due is not None and after < due <= until else None

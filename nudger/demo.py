"""``nudger demo``: try the real bot in a terminal, without Telegram.

The real :class:`~nudger.app.NudgerApp` runs against the fake Bot API on loopback, with a
throw-away SQLite database and a clock that can be fast-forwarded. The person types as the
user; the bot's messages, edits, notices and files are printed with the demo clock's time.

Demo commands (everything else goes to the bot as text, like Telegram would send it):

- a bare number ``N`` presses button N of the newest bot message that has buttons;
- ``/skip-time 3h`` (``90m``, ``2d``, ``1d12h``; up to 30 days) moves the clock forward, running
  every periodic job along the way, so nudges arrive at their own times;
- ``/location <lat> <lon>`` shares a location; ``/say <text>`` sends text as it is;
- ``/time`` shows the demo time; ``/demo-help`` shows these commands; ``/quit`` (or EOF) ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import sys
import tempfile
import threading
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nudger.app import NudgerApp
from nudger.clock import Clock, utc_now
from nudger.config import load_settings
from nudger.services.places import TimezoneResolver
from nudger.storage import nudges, users
from nudger.storage.db import session_factory
from nudger.testing.fake_bot_api import ApiCall, FakeBotApi, FakeMessage

__all__ = [
    "DEFAULT_FILES_DIR",
    "DEMO_USER_ID",
    "INTRO",
    "MAX_SKIP",
    "DemoChat",
    "DemoClock",
    "DemoError",
    "main",
    "parse_duration",
    "run_demo",
]

DEMO_TOKEN = "123456:DEMO-token"  # noqa: S105 - a fake token for the fake Bot API
DEMO_USER_ID = 4711
#: The clock moves at most this far between two runs of the periodic jobs.
STEP = timedelta(hours=1)
MAX_SKIP = timedelta(days=30)
DEFAULT_FILES_DIR = Path(tempfile.gettempdir()) / "nudger-demo"

INTRO = """\
nudger demo: the real bot, a fake Telegram, and a clock you can fast-forward.
Type as you would in Telegram: /start to begin, /help for the bot's commands.
Demo commands:
  N                   press button N of the latest message with buttons
  /skip-time 3h       move time forward (m, h, d: 90m, 2d, 1d12h; up to 30d)
  /location LAT LON   share a location (e.g. /location 52.52 13.40)
  /say TEXT           send TEXT exactly as typed (e.g. a number)
  /time               show the demo time
  /demo-help          show these commands again
  /quit               end the demo (so does Ctrl-D)
Tip: skip a few hours at a time to answer nudges on their day (a nudge from an
earlier day can't be answered); /skip-time 7d shows a weekly review."""

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", re.ASCII)
_NUMBER = re.compile(r"\d+", re.ASCII)
_SENDS = {"sendMessage": "", "sendPhoto": "photo", "sendDocument": "document"}
_EDITS = ("editMessageText", "editMessageReplyMarkup")
_KNOWN_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".pdf", ".json", ".csv", ".txt"}


class DemoError(Exception):
    """Something the person typed that the demo cannot do; the message says why."""


def parse_duration(text: str) -> timedelta:
    """``"90m"``, ``"3h"``, ``"2d"``, ``"1d12h"`` (spaces allowed) as a timedelta of 1m-30d."""
    compact = "".join(text.split()).lower()
    match = _DURATION.fullmatch(compact)
    if not compact or match is None:
        raise DemoError(
            f"/skip-time needs a duration like 90m, 3h, 2d or 1d12h, not {text.strip()!r}."
        )
    days, hours, minutes = (int(part or 0) for part in match.groups())
    delta = timedelta(days=days, hours=hours, minutes=minutes)
    if delta <= timedelta(0):
        raise DemoError("/skip-time needs a duration of at least 1m.")
    if delta > MAX_SKIP:
        raise DemoError("/skip-time goes up to 30d at a time.")
    return delta


def _describe(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n]
    return "".join(parts) or "0m"


class DemoClock:
    """Real UTC time plus an offset; :meth:`advance_to` only ever moves it forward."""

    def __init__(self, start: datetime | None = None, real: Clock = utc_now) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._real = real
        self.offset = start - real() if start is not None else timedelta(0)

    def __call__(self) -> datetime:
        return self._real() + self.offset

    def advance_to(self, at: datetime) -> None:
        now = self()
        if at > now:
            self.offset += at - now


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
    ) -> None:
        self.api = api
        self.app = app
        self.clock = clock
        self.out = out
        self.files_dir = files_dir
        self.quiet = quiet
        self.reply_timeout = reply_timeout
        self.user = api.user(DEMO_USER_ID, "Alex")
        self.sessions = session_factory(app.engine)
        self._seen_calls = len(api.calls)
        self._zone: tzinfo = UTC
        self._texts: dict[int, str] = {}  # the text last shown for each bot message

    # ------------------------------------------------------------------ output

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def note(self, text: str) -> None:
        """A line from the demo itself (not from the bot)."""
        self.write(f"(demo) {text}")

    def stamp(self, at: datetime | None = None) -> str:
        local = (at or self.clock()).astimezone(self._zone)
        return local.strftime("%a %d %b %H:%M %Z")

    def describe_now(self) -> str:
        now = self.clock()
        text = f"{now.strftime('%a %d %b %Y %H:%M')} UTC"
        if self._zone is not UTC:
            text += f" = {now.astimezone(self._zone).strftime('%a %d %b %H:%M')} in {self._zone}"
        return text

    async def refresh_zone(self) -> None:
        """Show times in the user's own zone once onboarding has set one."""
        async with self.sessions() as session:
            profile = await users.by_telegram_id(session, DEMO_USER_ID)
        name = profile.timezone if profile is not None else None
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            self._zone = ZoneInfo(name) if name else UTC

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
            self._show(call)
        return len(shown)

    def _show(self, call: ApiCall) -> None:
        if call.params.get("chat_id", DEMO_USER_ID) != DEMO_USER_ID:
            return
        if not call.ok:
            description = call.response.get("description", f"status {call.status}")
            self.note(f"the bot's {call.method} call failed: {description}")
            return
        prefix = f"[{self.stamp()}]"
        if call.method in _SENDS and isinstance(call.result, dict):
            message_id = int(call.result["message_id"])
            kind = _SENDS[call.method]
            body = self._remember(message_id, call.result)
            head = f"{prefix} bot" + (f" sent a {kind}" if kind else "")
            self.write(f"{head}: {_indent(body)}" if body else head)
            message = self._message(message_id)
            if kind and message is not None:
                self._save(kind, message)
            self._buttons(call.result)
        elif call.method in _EDITS and isinstance(call.result, dict):
            message_id = int(call.result["message_id"])
            before = self._texts.get(message_id, "")
            body = self._remember(message_id, call.result)
            if call.method == "editMessageReplyMarkup" or body == before:
                self.write(f"{prefix} (buttons changed) {_first_line(body)}")
            elif before and body.startswith(before):
                self.write(f"{prefix} (edited) …{_indent(body[len(before) :].lstrip())}")
            else:
                self.write(f"{prefix} (edited) {_indent(body)}")
            if not self._buttons(call.result):
                self.write("    (no buttons now)")
        elif call.method == "answerCallbackQuery" and call.params.get("text"):
            self.write(f"{prefix} (notice) {call.params['text']}")

    def _remember(self, message_id: int, message: dict[str, Any]) -> str:
        text = str(message.get("text") or message.get("caption") or "")
        self._texts[message_id] = text
        return text

    def _buttons(self, message: dict[str, Any]) -> bool:
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        number = 0
        for row in rows:
            labels = []
            for button in row:
                number += 1
                link = f" (link: {button['url']})" if "url" in button else ""
                labels.append(f"[{number}] {button.get('text', '')}{link}")
            self.write("    " + "  ".join(labels))
        return number > 0

    def _message(self, message_id: int) -> FakeMessage | None:
        return next((m for m in self.user.messages if m.message_id == message_id), None)

    def _save(self, kind: str, message: FakeMessage) -> None:
        data = message.photo if kind == "photo" else message.document
        if not data:
            self.write("    (the file was empty)")
            return
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = _free_path(self.files_dir / _file_name(kind, message, data, self.clock()))
        path.write_bytes(data)
        self.write(f"    saved to {path}")

    # ------------------------------------------------------------------ waiting

    async def settle(self, pending: _Pending | None = None) -> None:
        """Wait until the bot has handled the input, then until its calls stop for a moment."""
        if pending is not None:
            try:
                async with asyncio.timeout(self.reply_timeout):
                    await self._handled(pending)
            except TimeoutError:
                self.note(f"no answer from the bot within {self.reply_timeout:.0f}s")
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
                self.note(f"it is {self.describe_now()}")
            elif command == "/demo-help":
                self.write(INTRO)
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
            self.note(str(error))
        except Exception as error:  # noqa: BLE001 - a demo bug must not end the chat
            self.note(f"that did not work ({type(error).__name__}: {error})")
        return True

    async def send(self, text: str) -> None:
        since = len(self.api.calls)
        message_id = self.user.send_text(text)
        await self.settle(_Pending(since, message_id=message_id))

    async def location(self, rest: str) -> None:
        parts = rest.replace(",", " ").split()
        try:
            latitude, longitude = (float(part) for part in parts)
        except ValueError:
            raise DemoError(
                "/location needs a latitude and a longitude, e.g. /location 52.52 13.40"
            ) from None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise DemoError("latitude goes from -90 to 90 and longitude from -180 to 180.")
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
            self.note(f"[{number}] {label} is a link: {data}")
            return
        self.write(f"[{self.stamp()}] you pressed: {label}")
        since = len(self.api.calls)
        callback_id = self.user.press(message.message_id, data)
        await self.settle(_Pending(since, callback_id=callback_id))

    async def skip(self, delta: timedelta) -> None:
        await self.flush()
        target = self.clock() + delta
        self.note(f"skipping {_describe(delta)}, to {self.stamp(target)}")
        shown = 0
        while (now := self.clock()) < target:
            step = min(target, now + STEP)
            step = await self._next_due(now, step) or step
            self.clock.advance_to(step)
            try:
                await self.app.tick_once()  # it waits for what it sends
            except Exception as error:  # noqa: BLE001 - report it and keep the demo alive
                await self.flush()
                self.note(f"a periodic job failed ({type(error).__name__}: {error}); stopping here")
                break
            shown += await self.flush()
        self.note(f"it is now {self.describe_now()}" + ("" if shown else "; nothing arrived"))

    async def _next_due(self, after: datetime, until: datetime) -> datetime | None:
        """The user's next planned nudge, if it is due in ``(after, until]``."""
        async with self.sessions() as session:
            profile = await users.by_telegram_id(session, DEMO_USER_ID)
            due = await nudges.next_planned(session, profile.id) if profile is not None else None
        return due if due is not None and after < due <= until else None


def _indent(text: str) -> str:
    """Continuation lines indented under the first."""
    return "\n".join(("    " + line) if line.strip() else "" for line in text.split("\n")).lstrip()


def _first_line(text: str, width: int = 60) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


def _file_name(kind: str, message: FakeMessage, data: bytes, now: datetime) -> str:
    name = Path(message.filename or "").name
    name = re.sub(r"[^\w.\-]+", "_", name).strip("._")
    if name and Path(name).suffix.lower() in _KNOWN_SUFFIXES:
        return name
    if data.startswith(b"\x89PNG"):
        suffix = ".png"
    elif data.startswith(b"\xff\xd8"):
        suffix = ".jpg"
    elif data.lstrip()[:1] in (b"{", b"["):
        suffix = ".json"
    else:
        suffix = ".bin"
    return f"{kind}-{now.strftime('%Y-%m-%d')}-{message.message_id}{suffix}"


def _free_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``, ... if it already exists."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


async def _aiter(lines: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterable):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def run_demo(
    lines: Iterable[str] | AsyncIterable[str],
    out: TextIO,
    *,
    database_url: str | None = None,
    files_dir: Path,
    start: datetime | None = None,
    seed: int | None = None,
    places: TimezoneResolver | None = None,
    echo: bool = False,
    prompt: str = "",
    quiet: float = 0.3,
    reply_timeout: float = 10.0,
) -> None:
    """Run the real bot against the fake Bot API and chat with it through ``lines``/``out``.

    ``database_url`` defaults to a fresh SQLite file in a temporary directory, deleted at
    the end. Files the bot sends are saved under ``files_dir``. The demo clock starts at
    ``start`` (default: now) and moves forward with real time and ``/skip-time``. ``seed``
    fixes the bot's choices. ``echo`` writes each input line to ``out`` (for piped input);
    ``prompt`` is written before each line is read (for a terminal).
    """
    with contextlib.ExitStack() as cleanup:
        if database_url is None:
            folder = cleanup.enter_context(tempfile.TemporaryDirectory(prefix="nudger-demo-db-"))
            database_url = f"sqlite+aiosqlite:///{Path(folder) / 'nudger-demo.db'}"
            where = f"a fresh SQLite file, {Path(folder) / 'nudger-demo.db'} (deleted at the end)"
        elif database_url.startswith("sqlite"):
            where = database_url
        else:
            where = database_url.split("://", 1)[0] + "://… (kept)"
        clock = DemoClock(start)
        async with FakeBotApi(token=DEMO_TOKEN) as api:
            settings = load_settings(
                telegram_token=DEMO_TOKEN,
                telegram_api_url=api.url,
                database_url=database_url,
                http_port=0,  # the demo may run beside a real service
            )
            app = NudgerApp(
                settings,
                clock=clock,
                rng=random.Random(seed),  # noqa: S311 - choosing prompts, not secrets
                run_ticks=False,
                poll_timeout=1,
                places=places,
            )
            await app.start()
            try:
                demo = DemoChat(
                    api, app, clock, out, files_dir, quiet=quiet, reply_timeout=reply_timeout
                )
                demo.note(f"database: {where}")
                demo.note(f"files the bot sends are saved in {files_dir}")
                demo.note(f"it is {demo.describe_now()}")
                await _chat(demo, _aiter(lines), echo=echo, prompt=prompt)
                await demo.settle()
                demo.note("bye")
            finally:
                await app.stop()


async def _chat(demo: DemoChat, lines: AsyncIterator[str], *, echo: bool, prompt: str) -> None:
    while True:
        if prompt:
            demo.out.write(prompt)
            demo.out.flush()
        watcher = asyncio.create_task(_watch(demo, prompt))
        try:
            line = await anext(lines, None)
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        if line is None:
            return
        line = line.rstrip("\r\n")
        if echo:
            demo.write(f"you: {line}")
        if not await demo.handle(line):
            return


async def _watch(demo: DemoChat, prompt: str) -> None:
    """While waiting for input, show what the bot sends late (e.g. after a slow chart)."""
    while True:
        await asyncio.sleep(0.5)
        if not demo.has_news():
            continue
        if prompt:
            demo.out.write("\n")
        await demo.flush()
        if prompt:
            demo.out.write(prompt)
            demo.out.flush()


async def _stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin, read by a daemon thread (so Ctrl-C never waits for Enter)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in iter(sys.stdin.readline, ""):
            with contextlib.suppress(RuntimeError):  # the loop has closed
                loop.call_soon_threadsafe(queue.put_nowait, line)
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=read, name="demo-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


def main(database_url: str | None, files_dir: Path | None, seed: int | None) -> int:
    """The ``nudger demo`` command: an interactive chat on this terminal.

    Settings, catalog and start-up errors propagate to the caller (the CLI reports them).
    """
    logging.getLogger().setLevel(logging.WARNING)  # keep the chat readable
    interactive = sys.stdin.isatty()
    print(INTRO, flush=True)
    asyncio.run(
        run_demo(
            _stdin_lines(),
            sys.stdout,
            database_url=database_url,
            files_dir=(files_dir or DEFAULT_FILES_DIR).expanduser().resolve(),
            seed=seed,
            echo=not interactive,
            prompt="you> " if interactive else "",
        )
    )
    return 0

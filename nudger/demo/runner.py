"""Running the demo: the real app against the fake Bot API, driven by lines of input.

The lines may be a script (the tests, piped input) or a terminal; either way each one goes
to the chat in turn, and whatever the bot sends while the next line is awaited is printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from nudger.app import NudgerApp
from nudger.config import load_settings
from nudger.demo.chat import DemoChat
from nudger.demo.clock import DemoClock
from nudger.services.places import TimezoneResolver
from nudger.testing.fake_bot_api import FakeBotApi

DEMO_TOKEN = "123456:DEMO-token"  # noqa: S105 - a fake token for the fake Bot API


async def run_demo(
    lines: Iterable[str] | AsyncIterable[str],
    out: TextIO,
    *,
    database_url: str | None = None,
    files_dir: Path,
    start: datetime | None = None,
    seed: int | None = None,
    places: TimezoneResolver | None = None,
    language_code: str = "en",
    echo: bool = False,
    prompt: str = "",
    quiet: float = 0.3,
    reply_timeout: float = 10.0,
) -> None:
    """Run the real bot against the fake Bot API and chat with it through ``lines``/``out``.

    ``database_url`` defaults to a fresh SQLite file in a temporary directory, deleted at
    the end. Files the bot sends are saved under ``files_dir``. The demo clock starts at
    ``start`` (default: now) and moves forward with real time and ``/skip-time``. ``seed``
    fixes the bot's choices. ``language_code`` is the demo user's Telegram language (the bot
    answers in it, as it would a real user's). ``echo`` writes each input line to ``out``
    (for piped input); ``prompt`` is written before each line is read (for a terminal).
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
                    api,
                    app,
                    clock,
                    out,
                    files_dir,
                    quiet=quiet,
                    reply_timeout=reply_timeout,
                    language_code=language_code,
                )
                demo.transcript.note(f"database: {where}")
                demo.transcript.note(f"files the bot sends are saved in {files_dir}")
                demo.transcript.note(f"it is {demo.transcript.describe_now()}")
                await _chat(demo, _aiter(lines), echo=echo, prompt=prompt)
                await demo.settle()
                demo.transcript.note("bye")
            finally:
                await app.stop()


async def _aiter(lines: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterable):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def _chat(demo: DemoChat, lines: AsyncIterator[str], *, echo: bool, prompt: str) -> None:
    out = demo.transcript.out
    while True:
        if prompt:
            out.write(prompt)
            out.flush()
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
            demo.transcript.write(f"you: {line}")
        if not await demo.handle(line):
            return


async def _watch(demo: DemoChat, prompt: str) -> None:
    """While waiting for input, show what the bot sends late (e.g. after a slow chart)."""
    out = demo.transcript.out
    while True:
        await asyncio.sleep(0.5)
        if not demo.has_news():
            continue
        if prompt:
            out.write("\n")
        await demo.flush()
        if prompt:
            out.write(prompt)
            out.flush()

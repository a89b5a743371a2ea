"""The ``nudger demo`` command: the demo chat on this terminal's stdin and stdout."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
import threading
from collections.abc import AsyncIterator
from pathlib import Path

from nudger.demo.commands import INTRO
from nudger.demo.runner import run_demo

DEFAULT_FILES_DIR = Path(tempfile.gettempdir()) / "nudger-demo"


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


def main(
    database_url: str | None, files_dir: Path | None, seed: int | None, lang: str = "en"
) -> int:
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
            language_code=lang,
            echo=not interactive,
            prompt="you> " if interactive else "",
        )
    )
    return 0

"""The database goes away mid-run: updates wait and are handled when it is back; nothing lost.

PostgreSQL is reached through a TCP proxy the test can cut (every connection dropped, new
ones refused) and restore. SQLite's file is replaced by a directory and put back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from nudger import texts
from nudger.app import NudgerApp
from nudger.places import TimezoneResolver
from nudger.settings import load_settings
from nudger.testing import FakeBotApi
from tests.conftest import FakeClock
from tests.e2e.conftest import TOKEN, Chat


class Proxy:
    """Forwards 127.0.0.1:<port> to a target; :meth:`cut` drops everything until :meth:`restore`."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self._writers -= {writer, up_writer}

    async def cut(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def restore(self) -> None:
        await self.start()


def _swap(database: Path, moved: Path, *, out: bool) -> None:
    """Take the SQLite file away (a directory in its place), or put it back."""
    if out:
        database.rename(moved)
        database.mkdir()
    else:
        database.rmdir()
        moved.rename(database)


Outage = tuple[Callable[[], Awaitable[None]], Callable[[], Awaitable[None]]]


@pytest.fixture
async def outage_app(
    api: FakeBotApi, db_url: str, clock: FakeClock, places: TimezoneResolver, tmp_path: Path
) -> AsyncIterator[tuple[NudgerApp, Outage]]:
    url = make_url(db_url)
    proxy: Proxy | None = None
    if url.get_backend_name() == "postgresql":
        proxy = Proxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.start()
        db_url = url.set(port=proxy.port).render_as_string(hide_password=False)
    settings = load_settings(
        telegram_token=TOKEN, telegram_api_url=api.url, database_url=db_url, http_port=0
    )
    app = NudgerApp(
        settings, clock=clock, rng=random.Random(5), run_ticks=False, poll_timeout=1, places=places
    )
    await app.start()
    database = Path(str(url.database))
    moved = tmp_path / "moved.db"

    async def down() -> None:
        if proxy is not None:
            await proxy.cut()
        else:
            await app.engine.dispose()
            await asyncio.to_thread(_swap, database, moved, out=True)

    async def up() -> None:
        if proxy is not None:
            await proxy.restore()
        else:
            await asyncio.to_thread(_swap, database, moved, out=False)

    try:
        yield app, (down, up)
    finally:
        await app.stop()
        if proxy is not None:
            await proxy.cut()


async def test_updates_wait_for_the_database_and_are_handled_in_order(
    outage_app: tuple[NudgerApp, Outage], api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    _app, (down, up) = outage_app
    chat = Chat(api, api.user(931, "Alex"))
    await chat.say("/start", replies=2)
    await down()
    mark = api.mark()
    with caplog.at_level(logging.INFO):
        chat.user.send_text("Sam")  # the partner's name: needs the database
        chat.user.send_text("/settings")  # behind it: must wait, not overtake

        def retrying() -> bool:
            return any(getattr(r, "event", None) == "update_retry" for r in caplog.records)

        await api.wait_until(retrying, timeout=20)
        assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]  # no apology
        await up()
        await api.wait_for_call("sendMessage", since=mark, count=2, timeout=60)
    replies = [c.params["text"] for c in api.calls[mark:] if c.method == "sendMessage"]
    assert replies[0].startswith("Which sounds most like Sam?")
    assert texts.SOMETHING_WRONG not in replies
    assert len(replies) == 2
    failed = [r for r in caplog.records if getattr(r, "event", None) == "update_failed"]
    assert failed and all(r.levelno == logging.WARNING for r in failed)

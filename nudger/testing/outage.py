"""Taking the database away mid-run and bringing it back, for outage tests.

PostgreSQL is reached through a TCP proxy that can be cut (every connection dropped, new
ones refused, or answered as a restarting PostgreSQL answers them) and restored. SQLite's file
is replaced by a directory and put back.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
from pathlib import Path

from nudger.app import NudgerApp
from nudger.storage import updates
from nudger.storage.db import server_address, session_factory, sqlite_file, via_address
from nudger.testing.fake_bot_api import FakeBotApi

#: PostgreSQL's SSLRequest code, and the error it sends while it starts up or shuts down.
_SSL_REQUEST = 80877103
_STARTING_UP = b"SFATAL\x00VFATAL\x00C57P03\x00Mthe database system is starting up\x00\x00"


async def _answer_starting_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Answer a new connection as PostgreSQL does during a restart: FATAL 57P03, then close."""
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        length, code = struct.unpack("!ii", await reader.readexactly(8))
        if code == _SSL_REQUEST:
            writer.write(b"N")  # no TLS; the startup message follows
            (length,) = struct.unpack("!i", await reader.readexactly(4))
            await reader.readexactly(length - 4)
        else:
            await reader.readexactly(length - 8)
        writer.write(b"E" + struct.pack("!i", len(_STARTING_UP) + 4) + _STARTING_UP)
        await writer.drain()
    writer.close()


class Proxy:
    """Forwards 127.0.0.1:<port> to a target; :meth:`cut` drops everything until :meth:`restore`."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._restarting = False
        self.port = 0

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._restarting:
            await _answer_starting_up(reader, writer)
            return
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

    async def cut(self, *, restarting: bool = False) -> None:
        """Drop every connection; refuse new ones, or with ``restarting`` answer them as a
        PostgreSQL that is starting up (FATAL 57P03)."""
        self._restarting = restarting
        if self._server is not None and not restarting:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def restore(self) -> None:
        self._restarting = False
        if self._server is None:
            await self.start()


def _swap(database: Path, moved: Path, *, out: bool) -> None:
    """Take the SQLite file away (a directory in its place), or put it back."""
    if out:
        database.rename(moved)
        database.mkdir()
    else:
        database.rmdir()
        moved.rename(database)


class Outage:
    """Switches one app's database off and on (see the module docstring)."""

    def __init__(self, db_url: str, moved: Path) -> None:
        self._url = db_url
        self._moved = moved
        self._proxy: Proxy | None = None
        self.app: NudgerApp | None = None

    async def url(self) -> str:
        """The URL the app must use: through the proxy for PostgreSQL."""
        address = server_address(self._url)
        if address is None:
            return self._url
        self._proxy = Proxy(*address)
        await self._proxy.start()
        return via_address(self._url, "127.0.0.1", self._proxy.port)

    def _file(self) -> Path:
        path = sqlite_file(self._url)
        assert path is not None, "an outage of SQLite needs a database file"
        return path

    async def down(self, api: FakeBotApi, *, restarting: bool = False) -> None:
        """Take the database away, once the last update so far has been handled.

        An update is recorded as seen just after its replies went out; cutting the database
        in between would leave that last write hanging. ``restarting``: PostgreSQL answers
        new connections with "starting up" rather than refusing them (SQLite: no difference).
        """
        assert self.app is not None
        engine = self.app.engine
        last = api.last_update_id

        async def handled() -> bool:
            async with session_factory(engine)() as session:
                return await updates.seen(session, last)

        if last:
            async with asyncio.timeout(10):
                while not await handled():  # noqa: ASYNC110 - the state is in the database
                    await asyncio.sleep(0.01)
        if self._proxy is not None:
            await self._proxy.cut(restarting=restarting)
            return
        await engine.dispose()
        await asyncio.to_thread(_swap, self._file(), self._moved, out=True)

    async def up(self) -> None:
        if self._proxy is not None:
            await self._proxy.restore()
        else:
            await asyncio.to_thread(_swap, self._file(), self._moved, out=False)

    async def close(self) -> None:
        if self._proxy is not None:
            await self._proxy.cut()

"""A lean stand-in for the Bot API, for measuring nudger's own send capacity.

nudger's fake Bot API (``nudger.testing.FakeBotApi``) keeps every chat and message so that
tests can act as users; that costs it about a millisecond of CPU per request, which on a
small machine would make it, not nudger, the limit at thousands of sends a second. The
sink answers over plain asyncio (HTTP/1.1 keep-alive, as Telegram does), records only when
each ``sendMessage`` arrived and which nudge it carried, and can hold every answer back by
a fixed latency, like a far-away server.

It runs in its own process (``python -m bench.sink``), so its work is not counted in the
process under test and the two do not share one core's worth of Python; it prints its port,
and on SIGTERM writes what it recorded as JSON lines ``[arrival, nudge id]`` to a file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
import time
from pathlib import Path

_NUDGE = re.compile(rb"n%3A(\d+)%3A|n:(\d+):")
_ME = {"id": 1, "is_bot": True, "first_name": "nudger", "username": "nudger_bench_bot"}
_OK_TRUE = b'{"ok":true,"result":true}'


def _answer(body: bytes) -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nConnection: keep-alive\r\n\r\n" % len(body)
    )
    return head + body


class _Sink(asyncio.Protocol):
    def __init__(self, server: Sink) -> None:
        self._server = server
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(self._buffer) < end + 4 + length:
                return
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            self._respond(head.split(b" ", 2)[1], body)

    def _respond(self, path: bytes, body: bytes) -> None:
        method = path.rsplit(b"/", 1)[-1].lower()
        if method == b"sendmessage":
            answer = self._server.sent(body)
        elif method == b"getme":
            answer = json.dumps({"ok": True, "result": _ME}).encode()
        elif method == b"getupdates":
            answer = b'{"ok":true,"result":[]}'
        else:
            answer = _OK_TRUE
        response = _answer(answer)
        transport = self._transport
        assert transport is not None
        if method == b"sendmessage" and self._server.latency > 0:
            asyncio.get_running_loop().call_later(self._server.latency, _write, transport, response)
        else:
            transport.write(response)


def _write(transport: asyncio.Transport, response: bytes) -> None:
    if not transport.is_closing():
        transport.write(response)


class Sink:
    """The server; :attr:`arrivals` holds ``(time.time(), nudge id)`` per sendMessage."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.arrivals: list[tuple[float, int]] = []
        self._message_ids = 0

    def sent(self, body: bytes) -> bytes:
        found = _NUDGE.search(body)
        nudge = int((found.group(1) or found.group(2)) if found else 0)
        self.arrivals.append((time.time(), nudge))
        self._message_ids += 1
        chat = re.search(rb"chat_id=(-?\d+)", body)
        message = {
            "message_id": self._message_ids,
            "date": int(time.time()),
            "chat": {"id": int(chat.group(1)) if chat else 0, "type": "private"},
            "text": "-",
        }
        return json.dumps({"ok": True, "result": message}).encode()

    async def serve(self, port: int, record: Path) -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Sink(self), "127.0.0.1", port)
        print(server.sockets[0].getsockname()[1], flush=True)
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()
        with record.open("w", encoding="utf-8") as out:
            for arrival in self.arrivals:
                out.write(json.dumps(arrival) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sink")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per sendMessage")
    parser.add_argument("--record", type=Path, required=True)
    args = parser.parse_args()
    asyncio.run(Sink(args.latency).serve(args.port, args.record))


if __name__ == "__main__":
    main()

"""nudger's PTB transport on aiohttp, against real sockets: what each failure is raised as.

The dispatcher's policy depends on it (docs/operations.md): a request that surely did not
reach Telegram is sent again, one that may have arrived is not (by default).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import TimedOut

from nudger.messaging.transport import (
    AiohttpRequest,
    ConnectionLost,
    NotSent,
    NotSentTimeout,
    proxy_for,
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def request_() -> AsyncIterator[AiohttpRequest]:
    transport = AiohttpRequest(connection_pool_size=1, read_timeout=0.3, pool_timeout=0.2)
    await transport.initialize()
    yield transport
    await transport.shutdown()


async def _serve(handler: Handler) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}"


async def test_ptb_sends_and_reads_through_it() -> None:
    seen: dict[str, str] = {}

    async def api(request: web.Request) -> web.Response:
        if request.path.endswith("/getMe"):
            me = {"id": 1, "is_bot": True, "first_name": "nudger", "username": "nudger_bot"}
            return web.json_response({"ok": True, "result": me})
        seen.update({k: str(v) for k, v in (await request.json()).items()})
        chat = {"id": int(seen["chat_id"]), "type": "private"}
        message = {"message_id": 7, "date": 0, "chat": chat, "text": seen["text"]}
        return web.json_response({"ok": True, "result": message})

    runner, url = await _serve(api)
    bot = Bot("1:X", base_url=f"{url}/bot", request=AiohttpRequest())
    try:
        async with bot:
            message = await bot.send_message(42, "Hello")
    finally:
        await runner.cleanup()
    assert message.message_id == 7
    assert seen == {"chat_id": "42", "text": "Hello"}


async def test_a_refused_connection_is_not_sent(request_: AiohttpRequest) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free, and nothing listens once closed
    with pytest.raises(NotSent):
        await request_.post(f"http://127.0.0.1:{port}/botX/sendMessage")


async def test_no_answer_in_time_may_have_arrived(request_: AiohttpRequest) -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({"ok": True, "result": True})

    runner, url = await _serve(slow)
    try:
        with pytest.raises(TimedOut) as raised:
            await request_.post(f"{url}/botX/sendMessage")
    finally:
        await runner.cleanup()
    assert not isinstance(raised.value, NotSentTimeout)


async def test_a_connection_closed_after_the_request_may_have_arrived(
    request_: AiohttpRequest,
) -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")  # the request arrived...
        writer.close()  # ...and no answer came

    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with pytest.raises(ConnectionLost):
            await request_.post(f"http://127.0.0.1:{port}/botX/sendMessage")
    finally:
        server.close()
        await server.wait_closed()


async def test_no_free_connection_in_time_is_not_sent(request_: AiohttpRequest) -> None:
    release = asyncio.Event()

    async def held(request: web.Request) -> web.Response:
        await release.wait()
        return web.json_response({"ok": True, "result": True})

    runner, url = await _serve(held)
    try:
        first = asyncio.create_task(request_.post(f"{url}/botX/getMe", read_timeout=5))
        await asyncio.sleep(0.1)  # the pool's one connection is taken
        with pytest.raises(NotSentTimeout):
            await request_.post(f"{url}/botX/getMe", connect_timeout=0.1)
        release.set()
        assert await first is True
    finally:
        release.set()
        await runner.cleanup()


async def test_the_proxy_the_environment_names_is_read_once_and_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    targets: list[str] = []

    async def proxy(request: web.Request) -> web.Response:  # an HTTP proxy gets absolute URLs
        targets.append(str(request.url))
        me = {"id": 1, "is_bot": True, "first_name": "nudger", "username": "nudger_bot"}
        return web.json_response({"ok": True, "result": me})

    runner, url = await _serve(proxy)
    monkeypatch.setenv("HTTP_PROXY", url)
    monkeypatch.setenv("NO_PROXY", "bypassed.invalid")
    transport = AiohttpRequest()
    await transport.initialize()
    try:
        for _ in range(2):
            await transport.post("http://api.telegram.invalid/bot1:X/getMe")
        # Read once per host: changing the environment now changes nothing for this host.
        monkeypatch.delenv("HTTP_PROXY")
        await transport.post("http://api.telegram.invalid/bot1:X/getMe")
        with pytest.raises(NotSent):  # NO_PROXY: straight to a host that doesn't exist
            await transport.post("http://bypassed.invalid/bot1:X/getMe")
    finally:
        await transport.shutdown()
        await runner.cleanup()
    assert targets == ["http://api.telegram.invalid/bot1:X/getMe"] * 3


def test_only_http_proxies_by_scheme_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")  # aiohttp never read it
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert proxy_for("https://api.telegram.org/bot1:X/getMe") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert proxy_for("https://api.telegram.org/bot1:X/getMe") == "http://proxy.example:3128"
    monkeypatch.setenv("HTTPS_PROXY", "socks5://proxy.example:1080")
    assert proxy_for("https://api.telegram.org/bot1:X/getMe") is None

"""A round-robin HTTP balancer on loopback: several webhook receivers behind one URL.

What nginx does in front of several ``nudger run`` processes (docs/operations.md), as far
as the tests and the benchmark need it: each request goes to the next upstream in turn; an
upstream that refuses the connection is skipped for the next one (nginx's
``proxy_next_upstream error``: the request was not sent); a connection that breaks after
the request was sent, or an answer that takes too long, is a 502 or 504 for the caller
(Telegram posts the update again). Request and answer bodies pass through unchanged, with
the headers the webhook needs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
from collections.abc import Sequence

import aiohttp
from aiohttp import web

#: Headers passed on to the upstream (the webhook's secret among them).
_PASSED = ("Content-Type", "X-Telegram-Bot-Api-Secret-Token")


class Balancer:
    """Listens on 127.0.0.1 (:attr:`url`) and spreads requests over ``upstreams``."""

    def __init__(self, upstreams: Sequence[str], timeout: float = 60.0) -> None:
        self.upstreams = list(upstreams)
        self.forwarded: list[tuple[str, int]] = []  # (upstream, status) per request answered
        self._turn = itertools.count()
        self._timeout = timeout
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> None:
        application = web.Application()
        application.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(application, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {name: request.headers[name] for name in _PASSED if name in request.headers}
        first = next(self._turn)
        for attempt in range(len(self.upstreams)):
            upstream = self.upstreams[(first + attempt) % len(self.upstreams)]
            try:
                async with self._session.request(
                    request.method,
                    upstream + request.path_qs,
                    data=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=self._timeout),
                ) as answer:
                    content = await answer.read()
                    self.forwarded.append((upstream, answer.status))
                    return web.Response(
                        status=answer.status,
                        body=content,
                        content_type=answer.content_type,
                    )
            except aiohttp.ClientConnectorError:
                continue  # not sent: the next upstream
            except TimeoutError:
                return web.Response(status=504, text="upstream timed out")
            except aiohttp.ClientError:
                return web.Response(status=502, text="upstream connection broke")
        return web.Response(status=502, text="no upstream answers")


async def _serve(upstreams: list[str], port_file: str) -> None:
    balancer = Balancer(upstreams)
    await balancer.start()
    written = f"{port_file}.part"
    with open(written, "w", encoding="utf-8") as out:  # noqa: ASYNC230 - once, tiny
        out.write(balancer.url)
    os.replace(written, port_file)  # whole, or not there
    try:
        await asyncio.Event().wait()  # until killed
    finally:
        await balancer.stop()


def main() -> None:
    """``python -m nudger.testing.balancer URL... --url-file PATH``: the balancer in a process of
    its own (the benchmark's stand-in for nginx); its URL is written to PATH once it listens."""
    parser = argparse.ArgumentParser(prog="python -m nudger.testing.balancer")
    parser.add_argument("upstreams", nargs="+")
    parser.add_argument("--url-file", required=True)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.upstreams, args.url_file))


if __name__ == "__main__":
    main()

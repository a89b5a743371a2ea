"""The webhook handles at most NUDGER_WEBHOOK_MAX_CONCURRENCY updates at once; past that it
answers 503 at once (Telegram posts the update again) instead of queueing without bound."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import pytest

from nudger.web.metrics import Metrics
from nudger.web.server import SECRET_HEADER, Health, HttpServer

SECRET = "s3cret"


async def _healthy() -> Health:
    return Health(True)


async def _post(session: aiohttp.ClientSession, port: int, update_id: int) -> int:
    async with session.post(
        f"http://127.0.0.1:{port}/hook",
        json={"update_id": update_id},
        headers={SECRET_HEADER: SECRET},
    ) as response:
        return response.status


async def test_updates_past_the_bound_get_503_and_a_retry_is_handled(
    caplog: pytest.LogCaptureFixture,
) -> None:
    entered: list[int] = []
    two_in = asyncio.Event()
    release = asyncio.Event()

    async def receive(update: dict[str, Any]) -> bool:
        entered.append(update["update_id"])
        if len(entered) == 2:
            two_in.set()
        if update["update_id"] < 3:
            await release.wait()
        return True

    metrics = Metrics()
    server = HttpServer("127.0.0.1", 0, health=_healthy, metrics=metrics)
    server.serve_webhook("/hook", SECRET, receive, max_concurrency=2)
    await server.start()
    server.ready()
    caplog.set_level(logging.INFO, logger="nudger.web.server")
    try:
        async with aiohttp.ClientSession() as session:
            held = [asyncio.create_task(_post(session, server.port, n)) for n in (1, 2)]
            async with asyncio.timeout(10):
                await two_in.wait()
            async with asyncio.timeout(10):  # answered at once: nothing waits for room
                assert await _post(session, server.port, 3) == 503
                assert await _post(session, server.port, 4) == 503
            assert entered == [1, 2]
            release.set()
            async with asyncio.timeout(10):
                assert await asyncio.gather(*held) == [200, 200]
            assert await _post(session, server.port, 3) == 200  # Telegram's retry
    finally:
        await server.stop()
    assert entered == [1, 2, 3]
    assert metrics.registry.get_sample_value("nudger_webhook_busy_total") == 2
    busy = [r for r in caplog.records if getattr(r, "event", None) == "webhook_busy"]
    assert len(busy) == 1  # one line per busy spell, not one per refused post

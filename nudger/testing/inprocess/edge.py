"""Updates from the fake Bot API handed to nudger's inbound adapter, in process: no HTTP.

The in-process stand-in for the Telegram gateway: the fake's queued updates go, as JSON, to
the same :class:`~nudger.messaging.inbound.InboundUpdates` production uses (one transaction
per update, each sender's updates in order, retries while the database is unavailable), and
replies go to the fake through :class:`InProcessMessenger`. What only the gateway does
(polling offsets, the webhook, the command menu) is tested over HTTP in tests/e2e.
"""

from __future__ import annotations

import asyncio
import contextlib

from nudger.bot.base import Inbound
from nudger.messaging.inbound import InboundUpdates
from nudger.storage.db import unavailable
from nudger.testing.fake_bot_api import BOT_USERNAME, FakeBotApi
from nudger.testing.inprocess.messenger import InProcessMessenger


class InProcessEdge:
    """Receives for ``NudgerApp(edge=...)``: see :class:`nudger.app.Edge`.

    ``failures`` holds every unexpected error an update raised (after the apology production
    sends); the fast tier's fixture fails the test on any.
    """

    def __init__(self, api: FakeBotApi) -> None:
        self.api = api
        self.messenger = InProcessMessenger(api)
        self.failures: list[BaseException] = []
        self._inbound: InboundUpdates | None = None
        self._receiver: asyncio.Task[None] | None = None
        self._handling: set[asyncio.Task[bool]] = set()

    @property
    def bot_username(self) -> str:
        return BOT_USERNAME

    async def open(self, router: Inbound) -> None:
        """Start handing queued updates to ``router``."""
        self._inbound = InboundUpdates(
            router,
            self.messenger,
            bot_username=lambda: BOT_USERNAME,
            transient=unavailable,
            on_failure=self.failures.append,
        )
        self._receiver = asyncio.create_task(self._receive(), name="in-process-updates")

    async def close(self) -> None:
        """Take no new updates; those being handled finish (one waiting for the database is
        given up)."""
        if self._inbound is not None:
            self._inbound.stop()
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await receiver
        await asyncio.gather(*self._handling, return_exceptions=True)

    async def _receive(self) -> None:
        inbound = self._inbound
        assert inbound is not None
        while updates := await self.api.next_updates():
            for update in updates:
                task = asyncio.create_task(inbound.handle(update, retry=True))
                self._handling.add(task)
                task.add_done_callback(self._handling.discard)

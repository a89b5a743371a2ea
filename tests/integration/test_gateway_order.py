"""Updates: one sender's in order, one at a time; different senders side by side."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from nudger.bot.base import Reply, Sender, Settle
from nudger.messaging.inbound import InboundUpdates


def _update(update_id: int, chat: int) -> dict[str, Any]:
    user = {"id": chat, "is_bot": False, "first_name": "A"}
    message = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": chat, "type": "private"},
        "from": user,
        "text": f"hi {update_id}",
    }
    return {"update_id": update_id, "message": message}


class _Scope:
    async def settle(self) -> None:
        return None


class _SlowRouter:
    """Records when each text's handling starts and ends; some take longer."""

    def __init__(self, slow: dict[int, float]) -> None:
        self.log: list[tuple[str, int]] = []
        self._slow = slow

    def commands(self) -> list[str]:
        return []

    def apology(self, sender: Sender) -> str:
        return "Sorry"

    @asynccontextmanager
    async def _handling(self) -> AsyncIterator[Settle]:
        yield _Scope()

    def handling(self, update_id: int, sender: int) -> AbstractAsyncContextManager[Settle]:
        return self._handling()

    async def text(self, sender: Sender, text: str) -> Reply:
        update_id = int(text.split()[1])
        self.log.append(("start", update_id))
        await asyncio.sleep(self._slow.get(update_id, 0.01))
        self.log.append(("end", update_id))
        return Reply()


async def test_a_senders_updates_keep_their_order_while_other_senders_go_alongside() -> None:
    router = _SlowRouter({1: 0.05, 2: 0.05})
    failures: list[BaseException] = []
    inbound = InboundUpdates(
        router,  # type: ignore[arg-type]
        messenger=None,  # type: ignore[arg-type]
        bot_username=lambda: "nudger_bot",
        transient=lambda _error: False,
        on_failure=failures.append,
    )
    first = asyncio.ensure_future(inbound.handle(_update(1, chat=5), retry=True))
    second = asyncio.ensure_future(inbound.handle(_update(2, chat=5), retry=True))
    other = asyncio.ensure_future(inbound.handle(_update(3, chat=6), retry=True))
    async with asyncio.timeout(5):
        assert await first
    # Update 1 let go of the sender and 2 is about to take it: a new update of the sender
    # must queue behind 2, not start beside it.
    later = asyncio.ensure_future(inbound.handle(_update(4, chat=5), retry=True))
    assert list(await asyncio.gather(second, other, later)) == [True, True, True]

    def at(event: str, update_id: int) -> int:
        return router.log.index((event, update_id))

    assert at("start", 3) < at("end", 1)  # another sender did not wait
    assert at("end", 1) < at("start", 2) < at("end", 2) < at("start", 4)
    assert failures == []
    async with asyncio.timeout(1):
        await inbound.idle()  # nothing in hand: returns at once


class _Broken(_SlowRouter):
    """Fails every update, and even its apology."""

    def apology(self, sender: Sender) -> str:
        raise RuntimeError("the apology failed too")

    async def text(self, sender: Sender, text: str) -> Reply:
        self.log.append(("start", int(text.split()[1])))
        raise ValueError("a bug in a feature")


class _Sent:
    """A messenger that takes every message (the apology would go through it)."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    async def send(self, chat_id: int, text: str, *_args: object, **_kwargs: object) -> int:
        self.sent.append((chat_id, text))
        return len(self.sent)


async def test_an_update_whose_failure_fails_again_is_given_up_and_the_next_goes_on() -> None:
    router = _Broken({})
    messenger = _Sent()
    inbound = InboundUpdates(
        router,  # type: ignore[arg-type]
        messenger=messenger,  # type: ignore[arg-type]
        bot_username=lambda: "nudger_bot",
        transient=lambda _error: False,
    )
    async with asyncio.timeout(5):
        assert await inbound.handle(_update(1, chat=5), retry=True)  # counts as handled
        assert await inbound.handle(_update(2, chat=5), retry=True)
    assert router.log == [("start", 1), ("start", 2)]
    assert messenger.sent == []  # the apology itself failed: nothing was sent

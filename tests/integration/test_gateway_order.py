"""Updates: one chat's in order, one at a time; different chats side by side."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update

from nudger.messaging.gateway import TelegramGateway


def _update(update_id: int, chat: int) -> Update:
    user = {"id": chat, "is_bot": False, "first_name": "A"}
    message = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": chat, "type": "private"},
        "from": user,
        "text": "hi",
    }
    update = Update.de_json({"update_id": update_id, "message": message}, None)
    assert update is not None
    return update


async def test_a_chats_updates_keep_their_order_while_other_chats_go_alongside() -> None:
    gateway = TelegramGateway("123456:TEST", "http://127.0.0.1:9")  # never contacted here
    log: list[tuple[str, int]] = []
    slow = {1: 0.05, 2: 0.05}

    async def runner(update: Update, process: Callable[[], Awaitable[None]], retry: bool) -> bool:
        log.append(("start", update.update_id))
        await asyncio.sleep(slow.get(update.update_id, 0.01))
        log.append(("end", update.update_id))
        return True

    gateway.handle_updates(runner)
    first = asyncio.ensure_future(gateway.handle(_update(1, chat=5), retry=True))
    second = asyncio.ensure_future(gateway.handle(_update(2, chat=5), retry=True))
    other = asyncio.ensure_future(gateway.handle(_update(3, chat=6), retry=True))
    async with asyncio.timeout(5):
        assert await first
    # Update 1 let go of the chat and 2 is about to take it: a new update of the chat must
    # queue behind 2, not start beside it.
    later = asyncio.ensure_future(gateway.handle(_update(4, chat=5), retry=True))
    assert list(await asyncio.gather(second, other, later)) == [True, True, True]

    def at(event: str, update_id: int) -> int:
        return log.index((event, update_id))

    assert at("start", 3) < at("end", 1)  # another chat did not wait
    assert at("end", 1) < at("start", 2) < at("end", 2) < at("start", 4)
    await gateway.stop_receiving()  # nothing in hand: returns at once

"""Several webhook receivers behind one URL: each user's updates in order, each once.

Three ``python -m nudger run`` processes in webhook mode sit behind a round-robin balancer
(:class:`nudger.testing.balancer.Balancer`, as nginx in docs/operations.md); the fake Bot
API posts to it as Telegram does (many posts at once, one chat's one at a time). While the
users talk, two receivers are killed with SIGKILL, one after the other, so that some updates
die half-way (handled and committed but not answered, or not handled at all) and Telegram
posts them again to a receiver still alive.

Each user sends ``/start`` and then a name, and the bot's state afterwards tells whether both
were handled once and in order: a name handled before ``/start`` is refused ("set up
first"), a ``/start`` handled again after the name asks for the name again, and a name
handled twice is typed into the style question (a pointer to the buttons).
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from nudger.bot import words
from nudger.domain.conversation import Step
from nudger.storage import drafts, users
from nudger.storage.tables import UpdateSeenRow
from nudger.testing.balancer import Balancer
from nudger.testing.fake_bot_api import FakeBotApi
from nudger.testing.processes import Processes, nudger_env
from tests.support.apps import TOKEN, free_port
from tests.support.words import EN

SECRET = "receivers-secret"
PATH = "/telegram/update"
USERS = 60
RECEIVERS = 3


def _name(user: int) -> str:
    return f"Sam{user}"


async def test_receivers_killed_mid_stream_lose_nothing_and_keep_each_users_order(
    db_url: str, sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    api = FakeBotApi(TOKEN)
    api.latency = 0.02  # each reply takes a moment: kills land while updates are handled
    api.webhook_retry_delay = 0.1
    await api.start()
    ports = [free_port() for _ in range(RECEIVERS)]
    balancer = Balancer([f"http://127.0.0.1:{port}" for port in ports])
    await balancer.start()
    env = nudger_env(
        api.url,
        db_url,
        token=TOKEN,
        NUDGER_WEBHOOK_URL=balancer.url + PATH,
        NUDGER_WEBHOOK_SECRET=SECRET,
        NUDGER_LOG_LEVEL="INFO",
    )
    people = [api.user(1_000 + i, f"User{i}") for i in range(USERS)]
    try:
        async with Processes(tmp_path, env) as processes:
            receivers = [await processes.start("run", NUDGER_HTTP_PORT=str(port)) for port in ports]
            for receiver in receivers:
                await receiver.wait_for("started", timeout=60)
            for person in people:
                person.send_text("/start")
                person.send_text(_name(person.user_id - 1_000))
            total = 2 * USERS
            # Every receiver has answered something before the first kill.
            await api.wait_until(lambda: len(_served(balancer)) == RECEIVERS, timeout=60)
            for victim, answered in ((receivers[0], total // 4), (receivers[1], total // 2)):
                # Kill while updates are still coming: after a share of them was answered.
                await api.wait_until(lambda: _accepted(api) >= answered, timeout=60)  # noqa: B023
                victim.process.send_signal(signal.SIGKILL)
                await victim.wait()
            await api.wait_until(lambda: _accepted(api) >= total, timeout=90)
            assert receivers[2].running, receivers[2].tail()
            await asyncio.sleep(0.5)  # replies of the last updates
    finally:
        await balancer.stop()
        await api.stop()

    handled = await _seen(sessions)
    assert len(handled) == total  # every update recorded once (its primary key)
    for person in people:
        number = person.user_id - 1_000
        async with sessions() as session:
            profile = await users.by_telegram_id(session, person.user_id)
            assert profile is not None, number
            draft = await drafts.load(session, profile.id)
        assert draft is not None, number
        # /start, then the name: nothing reordered, nothing handled twice.
        assert (draft.step, draft.partner_name) == (Step.STYLE, _name(number)), number
        texts = [
            str(call.params["text"])
            for call in api.calls_to("sendMessage")
            if call.ok and call.params.get("chat_id") == person.user_id
        ]
        wrong = {EN(words.NOT_SET_UP), EN(words.UNKNOWN_TEXT)}
        assert not wrong & set(texts), (number, texts)
        # Welcome, the name question, the style question: one lost with a killed receiver
        # is possible, one twice (or any other) is not.
        assert len(texts) == len(set(texts)) <= 3, (number, texts)
    # The kills did interrupt: some posts failed and were posted again.
    assert any(not attempt.ok for attempt in api.webhook_attempts)
    assert len(_served(balancer)) == RECEIVERS  # every receiver took a share


def _served(balancer: Balancer) -> set[str]:
    return {upstream for upstream, status in balancer.forwarded if status == 200}


def _accepted(api: FakeBotApi) -> int:
    return sum(1 for attempt in api.webhook_attempts if attempt.ok)


async def _seen(sessions: async_sessionmaker[AsyncSession]) -> list[int]:
    async with sessions() as session:
        return list((await session.scalars(select(UpdateSeenRow.update_id))).all())

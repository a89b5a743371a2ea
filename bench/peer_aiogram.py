"""A plain aiogram bot, as a peer for the callback case: one transaction per button press.

    python -m bench.peer_aiogram --db-url URL --api-url URL --token TOKEN

A minimal but honest aiogram 3 bot of the kind a competent developer would write for nudger's
nudge buttons: a :class:`~aiogram.Dispatcher` with one :class:`~aiogram.Router`, long polling
the Bot API at ``--api-url`` (``TelegramAPIServer.from_base``, aiogram's default aiohttp
session), each update handled as its own task (aiogram's default). A press on a nudge's
button (callback data ``n:<nudge id>:<d|s|z>``, as nudger's buttons carry it) does the
schema work nudger does for it, in ONE transaction:

- record the update id in ``updates_seen`` (``ON CONFLICT DO NOTHING``); a redelivered update
  is dropped;
- find the user by Telegram id, and the nudge by id and owner (its state and prompt);
- if it is ``sent`` (or ``unknown``, as nudger allows), move it to ``done``, ``skipped`` or
  ``snoozed`` with the answer's time, the state it was read in being part of the ``WHERE``
  (only the first press counts); a Snooze adds the nudge that brings it back in an hour.

Then it answers the press (``answerCallbackQuery`` with a short notice) and, if the answer
counted, edits the message to its text plus a mark (``editMessageText``).

The engine is set up as nudger sets up its own: on SQLite WAL, a busy timeout, ``BEGIN
IMMEDIATE`` and one pooled connection (tasks queue for it rather than sleep in SQLite's busy
handler); on PostgreSQL a kept pool of 10 (+10) with pre-ping. Logging is at INFO, as the
benchmark runs nudger (aiogram then logs a line per update). It prints ``READY`` when polling
starts and stops cleanly on SIGTERM (aiogram's own signal handling).

Like :mod:`bench.baseline_ptb`, it imports nothing of nudger or of the bench. It runs from
its own virtual environment (``.venv-peer``, ``make bench``): aiogram pins pydantic below
what nudger's environment has (docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, Message, Update
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

log = logging.getLogger("peer")

#: A nudge's answer buttons: ``n:<nudge id>:<d|s|z>`` (Done, Skip, Snooze).
ANSWER_DATA = re.compile(r"^n:(\d{1,18}):([dsz])$")
#: What each button moves the nudge to, and the mark it adds to the message.
OUTCOMES = {
    "d": ("done", "✅ Done — nice."),
    "s": ("skipped", "⏭ Skipped — that's fine. There's always tomorrow."),
    "z": ("snoozed", "⏰ Snoozed — I'll bring it back in an hour."),
}
#: The states an answer may move a nudge out of.
ANSWERABLE = frozenset({"sent", "unknown"})
SNOOZE = timedelta(hours=1)
NOT_YOURS = "This button isn't yours to press."

# The columns this bot reads and writes, as the schema has them.
metadata = MetaData()
users = Table(
    "users",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("telegram_id", BigInteger),
)
nudges = Table(
    "nudges",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("user_id", BigInteger),
    Column("source", String(8)),
    Column("prompt_id", String(64)),
    Column("due_at", DateTime(timezone=True)),
    Column("state", String(12)),
    Column("attempt", Integer),
    Column("sent_at", DateTime(timezone=True)),
    Column("answered_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True)),
)
updates_seen = Table(
    "updates_seen",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("seen_at", DateTime(timezone=True)),
)


def create_engine(url: str) -> AsyncEngine:
    """The engine, configured as nudger configures its own (see the module docstring)."""
    if make_url(url).get_backend_name() != "sqlite":
        return create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
    engine = create_async_engine(url, pool_size=1, max_overflow=0)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # BEGIN is issued below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


async def record_answer(
    connection: AsyncConnection, update_id: int, telegram_id: int, nudge_id: int, code: str
) -> tuple[str, bool] | None:
    """The press's schema work (one transaction, the caller's). Returns the notice to show and
    whether the answer counted, or None for a redelivered update (handled before: dropped)."""
    now = datetime.now(UTC)
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    seen = await connection.execute(
        dialect.insert(updates_seen)
        .values(update_id=update_id, seen_at=now)
        .on_conflict_do_nothing(index_elements=["update_id"])
    )
    if seen.rowcount == 0:
        return None
    user_id = await connection.scalar(select(users.c.id).where(users.c.telegram_id == telegram_id))
    nudge = None
    if user_id is not None:
        nudge = (
            await connection.execute(
                select(nudges.c.state, nudges.c.prompt_id).where(
                    nudges.c.id == nudge_id, nudges.c.user_id == user_id
                )
            )
        ).one_or_none()
    if nudge is None:
        return NOT_YOURS, False
    state, mark = OUTCOMES[code]
    if nudge.state not in ANSWERABLE:
        return f"Already {nudge.state}.", False
    moved = await connection.execute(
        update(nudges)
        .where(nudges.c.id == nudge_id, nudges.c.state == nudge.state)
        .values(state=state, answered_at=now, sent_at=func.coalesce(nudges.c.sent_at, now))
    )
    if moved.rowcount == 0:  # another press moved it between the read and the write
        return "Already answered.", False
    if code == "z":
        await connection.execute(
            insert(nudges).values(
                user_id=user_id,
                source="snooze",
                prompt_id=nudge.prompt_id,
                due_at=now + SNOOZE,
                state="planned",
                attempt=0,
                created_at=now,
            )
        )
    return mark, True


async def on_answer(
    query: CallbackQuery, match: re.Match[str], event_update: Update, engine: AsyncEngine
) -> None:
    """Done, Skip or Snooze on a nudge."""
    nudge_id, code = int(match.group(1)), match.group(2)
    async with engine.begin() as connection:
        answered = await record_answer(
            connection, event_update.update_id, query.from_user.id, nudge_id, code
        )
    if answered is None:
        log.info("update %d was handled before: dropped", event_update.update_id)
        return
    notice, counted = answered
    await query.answer(notice)
    message = query.message
    if counted and isinstance(message, Message) and message.text:
        await message.edit_text(f"{message.text}\n\n{notice}")


async def serve(db_url: str, api_url: str, token: str) -> int:
    """Poll until SIGTERM (aiogram stops polling on it and closes its session)."""
    engine = create_engine(db_url)
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_url))
    bot = Bot(token, session=session)
    router = Router()
    router.callback_query.register(on_answer, F.data.regexp(ANSWER_DATA).as_("match"))
    dispatcher = Dispatcher(engine=engine)
    dispatcher.include_router(router)
    dispatcher.startup.register(ready)
    try:
        await dispatcher.start_polling(bot)
    finally:
        await engine.dispose()
    return 0


async def ready() -> None:
    print("READY", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peer_aiogram", description=__doc__)
    parser.add_argument("--db-url", required=True, help="SQLAlchemy async URL of the database")
    parser.add_argument("--api-url", required=True, help="the Bot API, e.g. http://127.0.0.1:8081")
    parser.add_argument("--token", required=True, help="the bot token")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    return asyncio.run(serve(args.db_url, args.api_url, args.token))


if __name__ == "__main__":
    sys.exit(main())

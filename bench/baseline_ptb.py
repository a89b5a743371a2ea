"""The usual design, as a baseline for the memory case: one PTB ``run_daily`` job per user.

    python -m bench.baseline_ptb --db-url URL --api-url URL --token TOKEN

A minimal but honest python-telegram-bot 22 application of the kind nudger replaces: it
builds an :class:`~telegram.ext.Application` (job queue on, the Bot API at ``--api-url``),
initialises and starts it, reads every active user from the database with SQLAlchemy, and
gives each one a daily job at a local, zone-aware time. Then it prints ``READY`` and waits
for SIGTERM. The driver (``bench/cases/memory.py``) measures the time from spawn to
``READY`` and the peak resident memory then.

The users are read in pages (a server-side cursor where the driver has one), the fairest
reading for the baseline: its memory is then the jobs', not a list of a million rows.

This module imports nothing of nudger or of the bench, so that the process holds only what
such an application would.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Sequence
from datetime import time
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from telegram.ext import ApplicationBuilder, ContextTypes, JobQueue

#: Users read from the database per page.
PAGE = 5_000
#: The message the job would send (no personal data: the usual bot would add the partner's name).
NUDGE = "A small nudge: time for a kind word."


async def send_nudge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """What each daily job does when it fires: send its user the nudge."""
    job = context.job
    if job is not None and job.chat_id is not None:
        await context.bot.send_message(job.chat_id, NUDGE)


def local_time(user_id: int, zone: ZoneInfo) -> time:
    """The user's daily nudge time, spread over 09:00-20:59 local so jobs are not all alike."""
    return time(hour=9 + user_id % 12, minute=(user_id * 7) % 60, tzinfo=zone)


async def schedule_users(jobs: JobQueue[ContextTypes.DEFAULT_TYPE], db_url: str) -> int:
    """One ``run_daily`` job per active user; returns how many were scheduled."""
    engine = create_async_engine(db_url)
    zones: dict[str, ZoneInfo] = {}
    scheduled = 0
    try:
        async with engine.connect() as connection:
            result = await connection.stream(
                text("SELECT id, chat_id, timezone FROM users WHERE active ORDER BY id"),
                execution_options={"yield_per": PAGE},
            )
            async for page in result.partitions(PAGE):
                for user_id, chat_id, timezone in page:
                    zone = zones.get(timezone) or zones.setdefault(timezone, ZoneInfo(timezone))
                    jobs.run_daily(
                        send_nudge,
                        time=local_time(user_id, zone),
                        chat_id=chat_id,
                        data=user_id,
                        name=f"nudge-{user_id}",
                    )
                    scheduled += 1
    finally:
        await engine.dispose()
    return scheduled


async def serve(db_url: str, api_url: str, token: str) -> int:
    """Start the application, schedule every user, say READY, run until SIGTERM."""
    application = ApplicationBuilder().token(token).base_url(f"{api_url}/bot").build()
    if application.job_queue is None:
        print(
            "baseline: PTB has no job queue (install python-telegram-bot[job-queue])",
            file=sys.stderr,
        )
        return 2
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await application.initialize()
    await application.start()
    try:
        scheduled = await schedule_users(application.job_queue, db_url)
        print(f"scheduled {scheduled} daily jobs", flush=True)
        print("READY", flush=True)
        await stop.wait()
    finally:
        await application.stop()
        await application.shutdown()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline_ptb", description=__doc__)
    parser.add_argument("--db-url", required=True, help="SQLAlchemy async URL of the database")
    parser.add_argument("--api-url", required=True, help="the Bot API, e.g. http://127.0.0.1:8081")
    parser.add_argument("--token", required=True, help="the bot token")
    args = parser.parse_args(argv)
    return asyncio.run(serve(args.db_url, args.api_url, args.token))


if __name__ == "__main__":
    sys.exit(main())

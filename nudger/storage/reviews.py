"""Weekly review rows: the once-per-week claim, retries and the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.storage.rows import REVIEWS
from nudger.storage.tables import (
    ReviewRow,
)


async def claim(session: AsyncSession, user_id: int, week_start: date, now: datetime) -> int | None:
    """Record that this week's review is being sent; None if it already was (once per week)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(REVIEWS)
        .values(user_id=user_id, week_start=week_start, state="sending", attempt=1, created_at=now)
        .on_conflict_do_nothing()
        .returning(REVIEWS.c.id)
    )
    found: int | None = (await session.execute(stmt)).scalar_one_or_none()
    return found


async def finish(
    session: AsyncSession,
    review_id: int,
    now: datetime,
    error: str | None = None,
    retry_at: datetime | None = None,
    skipped: bool = False,
) -> None:
    """Record a review's send: sent, failed (``error``), skipped (nothing to review, e.g. a
    week spent paused), or to try again at ``retry_at``."""
    if error is None:
        values: dict[str, object] = {"state": "sent", "sent_at": now, "error": None}
    elif skipped:
        values = {"state": "skipped", "error": error}
    elif retry_at is not None:
        values = {"state": "retry", "retry_at": retry_at, "error": error}
    else:
        values = {"state": "failed", "error": error}
    await session.execute(update(ReviewRow).where(ReviewRow.id == review_id).values(**values))


@dataclass(frozen=True)
class ReviewRetry:
    review_id: int
    user_id: int
    week_start: date
    attempt: int
    created_at: datetime


async def claim_retries(session: AsyncSession, now: datetime, limit: int) -> list[ReviewRetry]:
    """Reviews waiting to be tried again, claimed (state ``sending``, attempt + 1) for this tick."""
    rows = (
        await session.execute(
            select(ReviewRow)
            .where(ReviewRow.state == "retry", ReviewRow.retry_at <= now)
            .order_by(ReviewRow.retry_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).scalars()
    claimed = []
    for row in rows:
        row.state = "sending"
        row.attempt += 1
        row.retry_at = None
        claimed.append(
            ReviewRetry(row.id, row.user_id, row.week_start, row.attempt, row.created_at)
        )
    await session.flush()
    return claimed


async def exists(session: AsyncSession, review_id: int) -> bool:
    """Whether the review's row is still there (its user may have deleted their data)."""
    return await session.get(ReviewRow, review_id, populate_existing=True) is not None

"""Async data access. Each function takes a session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import cast

from sqlalchemy import (
    Table,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.model import (
    DELIVERED,
    ClaimedNudge,
    NudgeSource,
    NudgeState,
    Outcome,
    Profile,
)
from nudger.domain.planning import PlannedSlot, Window
from nudger.domain.styles import AttachmentStyle
from nudger.storage.tables import (
    PAUSED,
    PLANNABLE,
    REVIEWABLE,
    Base,
    ConflictRow,
    NudgeRow,
    OnboardingRow,
    PauseRow,
    QuizRow,
    ReviewRow,
    SendBudgetRow,
    UpdateSeenRow,
    UserRow,
)

_nudges = cast(Table, NudgeRow.__table__)
_reviews = cast(Table, ReviewRow.__table__)


def _windows_text(windows: Iterable[Window]) -> str:
    return ",".join(w.value for w in Window if w in set(windows))


def _windows(text: str | None) -> frozenset[Window]:
    if not text:
        return frozenset()
    return frozenset(Window(part) for part in text.split(",") if part)


def _profile(row: UserRow) -> Profile:
    return Profile(
        id=row.id,
        telegram_id=row.telegram_id,
        chat_id=row.chat_id,
        partner_name=row.partner_name,
        style=AttachmentStyle(row.style) if row.style else None,
        timezone=row.timezone,
        per_day=row.per_day,
        windows=_windows(row.windows),
        active=row.active,
        paused=row.paused,
        plan_version=row.plan_version,
        review_day=row.review_day,
        review_hour=row.review_hour,
        quiet_start=row.quiet_start,
        quiet_end=row.quiet_end,
        paused_until=row.paused_until,
        next_review_at=row.next_review_at,
        created_at=row.created_at,
    )


# --- users -------------------------------------------------------------------


async def get_profile(session: AsyncSession, telegram_id: int) -> Profile | None:
    row = await session.scalar(select(UserRow).where(UserRow.telegram_id == telegram_id))
    return _profile(row) if row else None


async def get_profiles(session: AsyncSession, user_ids: Iterable[int]) -> dict[int, Profile]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = await session.scalars(select(UserRow).where(UserRow.id.in_(ids)))
    return {row.id: _profile(row) for row in rows}


async def ensure_user(
    session: AsyncSession, telegram_id: int, chat_id: int, now: datetime
) -> Profile:
    """The user with this Telegram id, created if new; marks them active again."""
    row = await session.scalar(select(UserRow).where(UserRow.telegram_id == telegram_id))
    if row is None:
        row = UserRow(
            telegram_id=telegram_id,
            chat_id=chat_id,
            active=True,
            paused=False,
            plan_version=0,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
    else:
        row.chat_id = chat_id
        if not row.active:
            row.active = True
            row.planned_until = None  # planned afresh by the next planning tick
        row.updated_at = now
    await session.flush()
    return _profile(row)


async def reactivate(
    session: AsyncSession, user_id: int, chat_id: int, now: datetime
) -> Profile | None:
    """Mark a user active again (they wrote to the bot); None if they are gone meanwhile."""
    await session.execute(
        update(UserRow)
        .where(UserRow.id == user_id)
        .values(active=True, chat_id=chat_id, updated_at=now, planned_until=None)
    )
    row = await session.get(UserRow, user_id, populate_existing=True)
    return _profile(row) if row else None


async def set_paused(session: AsyncSession, user_id: int, paused: bool, now: datetime) -> bool:
    """Pause or resume; returns False if it already was so. Pausing cancels what is planned."""
    result = await session.execute(
        update(UserRow)
        .where(UserRow.id == user_id, UserRow.paused.is_not(paused))
        .values(paused=paused, updated_at=now, planned_until=None)
    )
    changed = bool(getattr(result, "rowcount", 0))
    if changed and paused:
        await cancel_planned(session, user_id)
    return changed


async def set_inactive(session: AsyncSession, user_id: int, now: datetime) -> None:
    """The user blocked the bot: nothing more is sent until they /start again."""
    await session.execute(
        update(UserRow).where(UserRow.id == user_id).values(active=False, updated_at=now)
    )
    await cancel_planned(session, user_id)


async def users_to_plan(session: AsyncSession, before: datetime, limit: int) -> list[Profile]:
    """Active, unpaused, onboarded users whose plan ends before ``before`` (or was reset).

    Only those are read, through the partial index ``ix_users_planned_until``, so a tick in
    which no plan runs out costs an index look-up however many users there are. (One query
    per condition: with ``IS NULL OR <`` the databases would read the whole table.)
    """
    found: list[Profile] = []
    for due in (UserRow.planned_until.is_(None), UserRow.planned_until < before):
        rows = await session.scalars(
            select(UserRow)
            # The predicate as the index has it, so both databases see that it applies.
            .where(text(PLANNABLE), due)
            .limit(limit - len(found))
            # Locked on PostgreSQL: a /pause or a new plan committed while this page is being
            # planned waits, then removes what was planned for the old settings. Two planners
            # share the work: each skips the users the other has in hand. (NO KEY UPDATE:
            # inserting a user's nudges, which checks the foreign key, is not held up.)
            .with_for_update(skip_locked=True, key_share=True)
        )
        found.extend(_profile(row) for row in rows)
        if len(found) >= limit:
            break
    return found


async def mark_planned(session: AsyncSession, user_ids: Iterable[int], until: datetime) -> None:
    """Record that these users' plans are drawn up to ``until``."""
    ids = list(user_ids)
    if ids:
        await session.execute(
            update(UserRow).where(UserRow.id.in_(ids)).values(planned_until=until)
        )


# --- onboarding ----------------------------------------------------------------


class Step(StrEnum):
    NAME = "name"
    STYLE = "style"
    TIMEZONE = "timezone"
    COUNT = "count"
    WINDOWS = "windows"
    #: Outside onboarding: /settings is waiting for a new partner name or time zone.
    SET_NAME = "set_name"
    SET_TIMEZONE = "set_tz"


@dataclass(frozen=True)
class Draft:
    step: Step
    partner_name: str | None = None
    style: AttachmentStyle | None = None
    timezone: str | None = None
    per_day: int | None = None
    windows: frozenset[Window] = frozenset()


async def get_draft(session: AsyncSession, user_id: int) -> Draft | None:
    row = await session.get(OnboardingRow, user_id)
    if row is None:
        return None
    return Draft(
        step=Step(row.step),
        partner_name=row.partner_name,
        style=AttachmentStyle(row.style) if row.style else None,
        timezone=row.timezone,
        per_day=row.per_day,
        windows=_windows(row.windows),
    )


async def save_draft(session: AsyncSession, user_id: int, draft: Draft, now: datetime) -> None:
    row = await session.get(OnboardingRow, user_id)
    if row is None:
        row = OnboardingRow(user_id=user_id)
        session.add(row)
    row.step = draft.step.value
    row.partner_name = draft.partner_name
    row.style = draft.style.value if draft.style else None
    row.timezone = draft.timezone
    row.per_day = draft.per_day
    row.windows = _windows_text(draft.windows)
    row.updated_at = now
    await session.flush()


async def finish_onboarding(
    session: AsyncSession, user_id: int, draft: Draft, now: datetime
) -> Profile:
    """Make the draft the user's settings, start a new plan version, drop the draft."""
    row = await session.get(UserRow, user_id)
    if row is None:
        raise LookupError(user_id)
    row.partner_name = draft.partner_name
    row.style = draft.style.value if draft.style else None
    row.timezone = draft.timezone
    row.per_day = draft.per_day
    row.windows = _windows_text(draft.windows)
    row.plan_version += 1
    row.planned_until = None
    row.paused = False
    row.paused_until = None
    row.next_review_at = None  # the review tick sets it again, in the (maybe new) time zone
    row.updated_at = now
    await session.execute(
        update(PauseRow)
        .where(PauseRow.user_id == user_id, PauseRow.ended_at.is_(None))
        .values(ended_at=now)
    )
    await cancel_planned(session, user_id)
    await session.execute(delete(OnboardingRow).where(OnboardingRow.user_id == user_id))
    await session.flush()
    return _profile(row)


# --- settings, pauses, quiz, conflicts --------------------------------------------

#: Settings whose change re-plans the user's nudges.
_SCHEDULE_FIELDS = frozenset({"timezone", "per_day", "windows", "quiet_start", "quiet_end"})
_SETTING_FIELDS = _SCHEDULE_FIELDS | {"partner_name", "style", "review_day", "review_hour"}


async def update_settings(
    session: AsyncSession, user_id: int, now: datetime, **changes: object
) -> Profile:
    """Change some of the user's settings. A change to when nudges come starts a new plan.

    ``windows`` takes a set of :class:`Window`; ``style`` an :class:`AttachmentStyle`.
    """
    unknown = set(changes) - _SETTING_FIELDS
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    row = await session.get(UserRow, user_id, with_for_update=True)
    if row is None:
        raise LookupError(user_id)
    for name, value in changes.items():
        if name == "windows":
            value = _windows_text(cast(Iterable[Window], value))
        elif name == "style":
            value = cast(AttachmentStyle, value).value
        setattr(row, name, value)
    if _SCHEDULE_FIELDS & set(changes):
        row.plan_version += 1
        row.planned_until = None
        # Only the timed plan is redrawn; a snooze or a follow-up asked for stays.
        await cancel_planned(session, user_id, only=NudgeSource.PLAN)
    row.updated_at = now
    await session.flush()
    return _profile(row)


async def set_next_review(session: AsyncSession, user_id: int, at: datetime | None) -> None:
    await session.execute(update(UserRow).where(UserRow.id == user_id).values(next_review_at=at))


async def start_pause(
    session: AsyncSession, user_id: int, now: datetime, until: datetime | None
) -> bool:
    """Pause (until ``until``, or until /resume). Returns False if already paused.

    What was planned is cancelled; the pause is kept so the review can freeze those days.
    """
    changed = await set_paused(session, user_id, True, now)
    if changed:
        session.add(PauseRow(user_id=user_id, started_at=now))
    await session.execute(update(UserRow).where(UserRow.id == user_id).values(paused_until=until))
    await session.flush()
    return changed


async def end_pause(session: AsyncSession, user_id: int, now: datetime) -> bool:
    """Resume; returns False if the user was not paused."""
    if not await set_paused(session, user_id, False, now):
        return False
    await session.execute(update(UserRow).where(UserRow.id == user_id).values(paused_until=None))
    await session.execute(
        update(PauseRow)
        .where(PauseRow.user_id == user_id, PauseRow.ended_at.is_(None))
        .values(ended_at=now)
    )
    return True


async def pauses_ending(session: AsyncSession, now: datetime, limit: int) -> list[Profile]:
    """Paused users whose pause length has run out (locked; others' ticks skip them)."""
    rows = await session.scalars(
        select(UserRow)
        .where(text(PAUSED), UserRow.paused_until <= now)  # through ix_users_pause_ends
        .order_by(UserRow.paused_until)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return [_profile(row) for row in rows]


async def pause_periods(
    session: AsyncSession, user_id: int
) -> list[tuple[datetime, datetime | None]]:
    """Every pause of the user, oldest first; an open one ends with None."""
    rows = await session.execute(
        select(PauseRow.started_at, PauseRow.ended_at)
        .where(PauseRow.user_id == user_id)
        .order_by(PauseRow.started_at)
    )
    return [(start, end) for start, end in rows]


@dataclass(frozen=True)
class Quiz:
    answers: tuple[int, ...]
    onboarding: bool


async def get_quiz(session: AsyncSession, user_id: int) -> Quiz | None:
    row = await session.get(QuizRow, user_id)
    if row is None:
        return None
    return Quiz(tuple(int(c) for c in row.answers), row.onboarding)


async def save_quiz(session: AsyncSession, user_id: int, quiz: Quiz, now: datetime) -> None:
    row = await session.get(QuizRow, user_id)
    if row is None:
        row = QuizRow(user_id=user_id)
        session.add(row)
    row.answers = "".join(str(a) for a in quiz.answers)
    row.onboarding = quiz.onboarding
    row.updated_at = now
    await session.flush()


async def drop_quiz(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(QuizRow).where(QuizRow.user_id == user_id))


async def drop_draft(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(OnboardingRow).where(OnboardingRow.user_id == user_id))


async def add_conflict(session: AsyncSession, user_id: int, now: datetime) -> None:
    session.add(ConflictRow(user_id=user_id, at=now))
    await session.flush()


async def conflict_times(session: AsyncSession, user_id: int, since: datetime) -> list[datetime]:
    rows = await session.scalars(
        select(ConflictRow.at)
        .where(ConflictRow.user_id == user_id, ConflictRow.at >= since)
        .order_by(ConflictRow.at)
    )
    return list(rows)


# --- weekly reviews ----------------------------------------------------------------


async def reviews_due(session: AsyncSession, now: datetime, limit: int) -> list[Profile]:
    """Onboarded, active users whose review time has come, or who have none set yet.

    Read through the partial index ``ix_users_review_due``, one query per condition (see
    :func:`users_to_plan`). Rows are locked and locked ones skipped, so several workers
    share the work.
    """
    found: list[Profile] = []
    for due in (UserRow.next_review_at.is_(None), UserRow.next_review_at <= now):
        rows = await session.scalars(
            select(UserRow)
            .where(text(REVIEWABLE), due)
            .order_by(UserRow.next_review_at)
            .limit(limit - len(found))
            .with_for_update(skip_locked=True)
        )
        found.extend(_profile(row) for row in rows)
        if len(found) >= limit:
            break
    return found


async def claim_review(
    session: AsyncSession, user_id: int, week_start: date, now: datetime
) -> int | None:
    """Record that this week's review is being sent; None if it already was (once per week)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(_reviews)
        .values(user_id=user_id, week_start=week_start, state="sending", attempt=1, created_at=now)
        .on_conflict_do_nothing()
        .returning(_reviews.c.id)
    )
    found: int | None = (await session.execute(stmt)).scalar_one_or_none()
    return found


async def finish_review(
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


async def reviews_to_retry(session: AsyncSession, now: datetime, limit: int) -> list[ReviewRetry]:
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


async def review_exists(session: AsyncSession, review_id: int) -> bool:
    """Whether the review's row is still there (its user may have deleted their data)."""
    return await session.get(ReviewRow, review_id, populate_existing=True) is not None


# --- privacy -----------------------------------------------------------------------

#: Every table that holds a user's data, by the column that names the user.
_USER_TABLES: tuple[tuple[type[Base], str], ...] = (
    (NudgeRow, "user_id"),
    (OnboardingRow, "user_id"),
    (QuizRow, "user_id"),
    (PauseRow, "user_id"),
    (ReviewRow, "user_id"),
    (ConflictRow, "user_id"),
    (UserRow, "id"),
)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


async def export_user(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, object]]]:
    """Every row about the user, table by table, as JSON-ready values."""
    exported: dict[str, list[dict[str, object]]] = {}
    for model, column in _USER_TABLES:
        table = cast(Table, model.__table__)
        rows = await session.execute(
            select(table).where(table.c[column] == user_id).order_by(*table.primary_key.columns)
        )
        exported[table.name] = [
            {key: _plain(value) for key, value in row._mapping.items()} for row in rows
        ]
    return exported


async def delete_user(session: AsyncSession, user_id: int) -> None:
    """Erase the user and everything about them, table by table (not relying on cascades).

    The user row is locked first, so a planning tick or a tap for this user waits and
    then finds them gone instead of adding rows behind the deletes.
    """
    await session.execute(select(UserRow.id).where(UserRow.id == user_id).with_for_update())
    for model, column in _USER_TABLES:
        table = cast(Table, model.__table__)
        await session.execute(delete(table).where(table.c[column] == user_id))


# --- nudges --------------------------------------------------------------------


async def cancel_planned(
    session: AsyncSession, user_id: int, only: NudgeSource | None = None
) -> None:
    """Drop nudges that were planned but not yet claimed (only those from ``only``, if given)."""
    conditions = [NudgeRow.user_id == user_id, NudgeRow.state == NudgeState.PLANNED.value]
    if only is not None:
        conditions.append(NudgeRow.source == only.value)
    await session.execute(delete(NudgeRow).where(*conditions))


async def insert_planned(
    session: AsyncSession,
    user_id: int,
    slots: Sequence[PlannedSlot],
    now: datetime,
    state: NudgeState = NudgeState.PLANNED,
) -> int:
    """Insert planned slots; ones already there are left alone. Returns rows inserted.

    With ``state=CANCELLED`` the slots are reserved but never sent, so later planning
    ticks (which draw the same times) do not add them again.
    """
    return await insert_plans(session, [(user_id, slots)], now, state)


async def insert_plans(
    session: AsyncSession,
    plans: Iterable[tuple[int, Sequence[PlannedSlot]]],
    now: datetime,
    state: NudgeState = NudgeState.PLANNED,
) -> int:
    """:func:`insert_planned` for several users (``(user id, slots)`` pairs). Returns rows
    inserted."""
    values = [
        {
            "user_id": user_id,
            "source": NudgeSource.PLAN.value,
            "local_date": s.local_date,
            "slot": s.slot,
            "due_at": s.due_at,
            "state": state.value,
            "attempt": 0,
            "created_at": now,
            "error": None if state is NudgeState.PLANNED else "too_close",
        }
        for user_id, slots in plans
        for s in slots
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    if not values:
        return 0
    # An executemany: SQLAlchemy sends it as a few multi-row INSERTs ("insertmanyvalues")
    # from one cached compilation; .values(list) would compile every parameter anew.
    stmt = insert(_nudges).on_conflict_do_nothing().returning(_nudges.c.id)
    result = await session.execute(stmt, values)
    return len(result.all())


async def add_nudge(
    session: AsyncSession,
    user_id: int,
    due_at: datetime,
    source: NudgeSource,
    now: datetime,
    prompt_id: str | None = None,
) -> int:
    row = NudgeRow(
        user_id=user_id,
        source=source.value,
        prompt_id=prompt_id,
        due_at=due_at,
        state=NudgeState.PLANNED.value,
        attempt=0,
        created_at=now,
    )
    session.add(row)
    await session.flush()
    return row.id


async def claim_due(
    session: AsyncSession, now: datetime, not_before: datetime, limit: int, lease_until: datetime
) -> list[ClaimedNudge]:
    """Claim up to ``limit`` due nudges: state ``sending``, attempt + 1, a lease.

    On PostgreSQL the rows are picked with ``FOR UPDATE SKIP LOCKED`` so several
    dispatchers never claim the same row; on SQLite the transaction's
    ``BEGIN IMMEDIATE`` gives the same guarantee. Commit before sending.
    """
    due = (
        select(NudgeRow.id)
        .where(
            NudgeRow.state == NudgeState.PLANNED.value,
            NudgeRow.due_at <= now,
            NudgeRow.due_at >= not_before,
        )
        .order_by(NudgeRow.due_at, NudgeRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    result = await session.execute(
        update(_nudges)
        .where(_nudges.c.id.in_(due.scalar_subquery()))
        .values(
            state=NudgeState.SENDING.value,
            attempt=_nudges.c.attempt + 1,
            lease_until=lease_until,
        )
        .returning(
            _nudges.c.id,
            _nudges.c.user_id,
            _nudges.c.attempt,
            _nudges.c.prompt_id,
            _nudges.c.source,
            _nudges.c.due_at,
        )
    )
    rows = result.all()
    if not rows:
        return []
    users = await session.execute(
        select(UserRow.id, UserRow.chat_id).where(UserRow.id.in_({r.user_id for r in rows}))
    )
    chats = {user_id: chat_id for user_id, chat_id in users}
    claimed = [
        ClaimedNudge(
            id=r.id,
            user_id=r.user_id,
            chat_id=chats[r.user_id],
            attempt=r.attempt,
            prompt_id=r.prompt_id,
            source=NudgeSource(r.source),
            due_at=r.due_at,
            lease_until=lease_until,
        )
        for r in rows
    ]
    return sorted(claimed, key=lambda c: (c.due_at, c.id))


async def _fenced(session: AsyncSession, nudge_id: int, attempt: int, **values: object) -> bool:
    """Update a claimed nudge only if this claim still owns it (attempt is the fence)."""
    result = await session.execute(
        update(_nudges)
        .where(
            _nudges.c.id == nudge_id,
            _nudges.c.attempt == attempt,
            _nudges.c.state == NudgeState.SENDING.value,
        )
        .values(**values)
    )
    return bool(getattr(result, "rowcount", 0))


async def set_prompts(session: AsyncSession, chosen: Sequence[tuple[ClaimedNudge, str]]) -> None:
    """Store the prompt chosen for each claimed nudge (fenced by its claim), one executemany."""
    if not chosen:
        return
    await session.execute(
        update(_nudges)
        .where(
            _nudges.c.id == bindparam("b_id"),
            _nudges.c.attempt == bindparam("b_attempt"),
            _nudges.c.state == NudgeState.SENDING.value,
        )
        .values(prompt_id=bindparam("b_prompt")),
        [{"b_id": n.id, "b_attempt": n.attempt, "b_prompt": prompt} for n, prompt in chosen],
    )


async def mark_sent_many(
    session: AsyncSession, sent: Sequence[tuple[ClaimedNudge, int]], now: datetime
) -> set[int]:
    """:func:`mark_sent` for several nudges; returns the ids recorded.

    Each row is fenced by its claim's attempt, as in :func:`mark_sent`. Two statements of
    fixed shape (an executemany, then a look-up), so both are compiled once per process.
    """
    if not sent:
        return set()
    await session.execute(
        update(_nudges)
        .where(
            _nudges.c.id == bindparam("b_id"),
            _nudges.c.attempt == bindparam("b_attempt"),
            _nudges.c.state == NudgeState.SENDING.value,
        )
        .values(
            state=NudgeState.SENT.value,
            message_id=bindparam("b_message"),
            sent_at=bindparam("b_now"),
            lease_until=None,
            error=None,
        ),
        [
            {"b_id": n.id, "b_attempt": n.attempt, "b_message": message, "b_now": now}
            for n, message in sent
        ],
    )
    recorded = await session.scalars(
        select(NudgeRow.id).where(
            tuple_(NudgeRow.id, NudgeRow.attempt).in_(bindparam("keys", expanding=True)),
            NudgeRow.state == NudgeState.SENT.value,
        ),
        {"keys": [(n.id, n.attempt) for n, _ in sent]},
    )
    return set(recorded)


async def mark_sent(
    session: AsyncSession, nudge: ClaimedNudge, message_id: int, now: datetime
) -> bool:
    """Record that Telegram took the claimed nudge (only if this claim still owns it)."""
    return nudge.id in await mark_sent_many(session, [(nudge, message_id)], now)


async def release(session: AsyncSession, nudge: ClaimedNudge, due_at: datetime, error: str) -> bool:
    """Give a claimed nudge back to be tried again at ``due_at``."""
    return await _fenced(
        session,
        nudge.id,
        nudge.attempt,
        state=NudgeState.PLANNED.value,
        due_at=due_at,
        lease_until=None,
        error=error,
    )


async def finish(
    session: AsyncSession, nudge: ClaimedNudge, state: NudgeState, error: str | None
) -> bool:
    return await _fenced(
        session, nudge.id, nudge.attempt, state=state.value, lease_until=None, error=error
    )


@dataclass(frozen=True)
class Reaped:
    recovered: int
    expired: int


async def reap(session: AsyncSession, now: datetime, not_before: datetime) -> Reaped:
    """Give back claims whose lease ran out, and expire nudges too late to send."""
    recovered = await session.execute(
        update(_nudges)
        .where(
            _nudges.c.state == NudgeState.SENDING.value,
            _nudges.c.lease_until < now,
        )
        .values(state=NudgeState.PLANNED.value, lease_until=None, error="lease_expired")
    )
    expired = await session.execute(
        update(_nudges)
        .where(
            _nudges.c.state == NudgeState.PLANNED.value,
            _nudges.c.due_at < not_before,
        )
        .values(state=NudgeState.EXPIRED.value)
    )
    return Reaped(
        recovered=int(getattr(recovered, "rowcount", 0) or 0),
        expired=int(getattr(expired, "rowcount", 0) or 0),
    )


async def prompt_histories(
    session: AsyncSession, user_ids: Iterable[int], since: datetime
) -> dict[int, dict[str, datetime]]:
    """When each prompt was last sent to each user, for sends after ``since``: one query
    (every user asked for gets an entry)."""
    ids = sorted(set(user_ids))
    found: dict[int, dict[str, datetime]] = {user_id: {} for user_id in ids}
    if not ids:
        return found
    rows = await session.execute(
        select(NudgeRow.user_id, NudgeRow.prompt_id, func.max(NudgeRow.sent_at))
        .where(
            NudgeRow.user_id.in_(ids),
            NudgeRow.sent_at >= since,
            NudgeRow.prompt_id.is_not(None),
        )
        .group_by(NudgeRow.user_id, NudgeRow.prompt_id)
    )
    for user_id, prompt_id, sent_at in rows:
        if prompt_id is not None and sent_at is not None:
            found[user_id][prompt_id] = sent_at
    return found


_ANSWERABLE = frozenset({NudgeState.SENT, NudgeState.UNKNOWN})


class AnswerStatus(StrEnum):
    RECORDED = "recorded"
    ALREADY = "already"  # answered before, or not (yet) answerable
    OLD = "old"  # sent on an earlier day
    NOT_FOUND = "not_found"  # no such nudge for this user


@dataclass(frozen=True)
class Answer:
    status: AnswerStatus
    state: NudgeState | None = None
    prompt_id: str | None = None
    snooze_id: int | None = None


async def answer(
    session: AsyncSession,
    nudge_id: int,
    user_id: int,
    outcome: Outcome,
    now: datetime,
    snooze_until: datetime,
    answerable_from: datetime,
) -> Answer:
    """Record the user's answer to a sent nudge, once. Only its owner can answer.

    A nudge sent before ``answerable_from`` (the start of the user's local day) is
    old: a Done today must not count for a day that has passed.
    """
    row = await session.scalar(
        select(NudgeRow).where(NudgeRow.id == nudge_id, NudgeRow.user_id == user_id)
    )
    if row is None:
        return Answer(AnswerStatus.NOT_FOUND)
    state = NudgeState(row.state)
    if state not in _ANSWERABLE:
        return Answer(AnswerStatus.ALREADY, state=state, prompt_id=row.prompt_id)
    if (row.sent_at or row.due_at) < answerable_from:
        return Answer(AnswerStatus.OLD, state=state, prompt_id=row.prompt_id)
    # A tap on a nudge whose send timed out ('unknown') proves it arrived.
    result = await session.execute(
        update(_nudges)
        .where(_nudges.c.id == nudge_id, _nudges.c.state == state.value)
        .values(
            state=outcome.state.value,
            answered_at=now,
            sent_at=func.coalesce(_nudges.c.sent_at, now),
        )
    )
    if not getattr(result, "rowcount", 0):
        return Answer(AnswerStatus.ALREADY, state=state, prompt_id=row.prompt_id)
    snooze_id = None
    if outcome is Outcome.SNOOZE:
        snooze_id = await add_nudge(
            session, user_id, snooze_until, NudgeSource.SNOOZE, now, prompt_id=row.prompt_id
        )
    return Answer(
        AnswerStatus.RECORDED, state=outcome.state, prompt_id=row.prompt_id, snooze_id=snooze_id
    )


@dataclass(frozen=True)
class NudgeRecord:
    id: int
    state: NudgeState
    sent_at: datetime | None
    answered_at: datetime | None
    prompt_id: str | None = None


async def delivered_since(
    session: AsyncSession, user_id: int, since: datetime
) -> list[NudgeRecord]:
    """Nudges that reached the user since ``since`` (by send time)."""
    rows = await session.scalars(
        select(NudgeRow)
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.sent_at >= since,
            NudgeRow.state.in_([s.value for s in DELIVERED]),
        )
        .order_by(NudgeRow.sent_at)
    )
    return [
        NudgeRecord(row.id, NudgeState(row.state), row.sent_at, row.answered_at, row.prompt_id)
        for row in rows
    ]


async def next_planned(session: AsyncSession, user_id: int) -> datetime | None:
    return await session.scalar(
        select(func.min(NudgeRow.due_at)).where(
            NudgeRow.user_id == user_id, NudgeRow.state == NudgeState.PLANNED.value
        )
    )


async def set_chat(session: AsyncSession, user_id: int, chat_id: int, now: datetime) -> None:
    await session.execute(
        update(UserRow).where(UserRow.id == user_id).values(chat_id=chat_id, updated_at=now)
    )


async def has_pending(session: AsyncSession, user_id: int, source: NudgeSource) -> bool:
    """Whether a nudge of this kind is waiting to be sent (or being sent) to the user."""
    found = await session.scalar(
        select(NudgeRow.id)
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.source == source.value,
            NudgeRow.state.in_([NudgeState.PLANNED.value, NudgeState.SENDING.value]),
        )
        .limit(1)
    )
    return found is not None


async def recent_sends(session: AsyncSession, user_id: int, since: datetime) -> list[datetime]:
    """When nudges went (or are going) out to the user since ``since``."""
    rows = await session.execute(
        select(NudgeRow.sent_at, NudgeRow.due_at, NudgeRow.state).where(
            NudgeRow.user_id == user_id,
            or_(
                NudgeRow.sent_at >= since,
                and_(NudgeRow.state == NudgeState.SENDING.value, NudgeRow.due_at >= since),
            ),
        )
    )
    return [sent_at or due_at for sent_at, due_at, _ in rows]


# --- answers, for prompt selection ----------------------------------------------

_LEARNED_FROM = (NudgeState.DONE.value, NudgeState.SKIPPED.value)


async def answer_histories(
    session: AsyncSession, user_ids: Iterable[int], since: datetime
) -> dict[int, list[tuple[str, NudgeState, datetime]]]:
    """Each user's Done and Skip answers given since ``since``, oldest first, in one query.

    Every user asked for has an entry (maybe empty). Items are
    ``(prompt_id, state, answered_at)``; snoozes are not answers about the prompt.
    """
    ids = sorted(set(user_ids))
    found: dict[int, list[tuple[str, NudgeState, datetime]]] = {user_id: [] for user_id in ids}
    if not ids:
        return found
    rows = await session.execute(
        select(NudgeRow.user_id, NudgeRow.prompt_id, NudgeRow.state, NudgeRow.answered_at)
        .where(
            NudgeRow.user_id.in_(ids),
            NudgeRow.state.in_(_LEARNED_FROM),
            NudgeRow.answered_at >= since,
            NudgeRow.prompt_id.is_not(None),
        )
        .order_by(NudgeRow.user_id, NudgeRow.answered_at, NudgeRow.id)
    )
    for user_id, prompt_id, state, answered_at in rows:
        if prompt_id is not None and answered_at is not None:
            found[user_id].append((prompt_id, NudgeState(state), answered_at))
    return found


# --- monitoring ------------------------------------------------------------------


async def count_by_state(session: AsyncSession) -> dict[str, int]:
    """How many nudge rows are in each state (states with none are left out), one query."""
    rows = await session.execute(select(NudgeRow.state, func.count()).group_by(NudgeRow.state))
    return {state: int(count) for state, count in rows}


async def oldest_due(session: AsyncSession, now: datetime) -> datetime | None:
    """The due time of the oldest planned nudge whose time has come, if any."""
    return await session.scalar(
        select(func.min(NudgeRow.due_at)).where(
            NudgeRow.state == NudgeState.PLANNED.value, NudgeRow.due_at <= now
        )
    )


# --- updates ---------------------------------------------------------------------

_updates_seen = cast(Table, UpdateSeenRow.__table__)


async def first_sight(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record a Telegram update id; False if it was recorded before (a redelivery)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(_updates_seen)
        .values(update_id=update_id, seen_at=now)
        .on_conflict_do_nothing(index_elements=[_updates_seen.c.update_id])
    )
    result = await session.execute(stmt)
    return bool(getattr(result, "rowcount", 0))


async def update_seen(session: AsyncSession, update_id: int) -> bool:
    found = await session.scalar(
        select(_updates_seen.c.update_id).where(_updates_seen.c.update_id == update_id)
    )
    return found is not None


async def forget_updates(session: AsyncSession, before: datetime) -> int:
    """Delete the record of updates seen before ``before``; returns how many."""
    result = await session.execute(delete(_updates_seen).where(_updates_seen.c.seen_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


# --- the send budget ------------------------------------------------------------

_budget = cast(Table, SendBudgetRow.__table__)


@dataclass(frozen=True)
class BudgetState:
    next_slot: float  # wall-clock seconds since the epoch
    hold_until: datetime | None


async def budget_state(session: AsyncSession, name: str) -> BudgetState:
    row = (
        await session.execute(
            select(_budget.c.next_slot, _budget.c.hold_until).where(_budget.c.name == name)
        )
    ).one_or_none()
    return BudgetState(0.0, None) if row is None else BudgetState(row.next_slot, row.hold_until)


async def _ensure_budget(session: AsyncSession, name: str) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(insert(_budget).values(name=name, next_slot=0.0).on_conflict_do_nothing())


async def reserve_slots(
    session: AsyncSession, name: str, count: int, wall_now: float, interval: float
) -> tuple[float, datetime | None]:
    """Take ``count`` send slots ``interval`` seconds apart, after every slot already taken.

    Returns the first slot's time and the shared hold. The row is updated in one statement,
    so concurrent workers each get their own slots.
    """
    dialect = session.get_bind().dialect.name
    later = func.greatest if dialect == "postgresql" else func.max
    stmt = (
        update(_budget)
        .where(_budget.c.name == name)
        .values(next_slot=later(_budget.c.next_slot, wall_now) + count * interval)
        .returning(_budget.c.next_slot, _budget.c.hold_until)
    )
    row = (await session.execute(stmt)).one_or_none()
    if row is None:
        await _ensure_budget(session, name)
        row = (await session.execute(stmt)).one()
    return row.next_slot - count * interval, row.hold_until


async def reserve_each(
    session: AsyncSession, counts: dict[str, int], wall_now: float, interval: float
) -> dict[str, float]:
    """:func:`reserve_slots` for several rows at once (rows are created as needed).

    ``counts`` maps each row's name to how many slots to take from it; returns each row's
    first slot. One upsert that moves every row on by its count, sent as an executemany so
    that it is compiled once per process.
    """
    if not counts:
        return {}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    later = func.greatest if dialect == "postgresql" else func.max
    rows_in = insert(_budget).values(name=bindparam("b_name"), next_slot=bindparam("b_next"))
    stmt = rows_in.on_conflict_do_update(
        index_elements=[_budget.c.name],
        # excluded.next_slot - b_wall is this row's count * interval
        set_={
            "next_slot": later(_budget.c.next_slot, bindparam("b_wall"))
            + rows_in.excluded.next_slot
            - bindparam("b_wall")
        },
    ).returning(_budget.c.name, _budget.c.next_slot)
    params = [
        {"b_name": name, "b_next": wall_now + n * interval, "b_wall": wall_now}
        for name, n in sorted(counts.items())  # one order for all: no deadlocks
    ]
    rows = (await session.execute(stmt, params)).all()
    return {row.name: row.next_slot - counts[row.name] * interval for row in rows}


async def forget_slots(session: AsyncSession, prefix: str, before: float) -> int:
    """Delete the budget rows named ``prefix…`` whose next slot is before ``before``."""
    result = await session.execute(
        delete(_budget).where(_budget.c.name.startswith(prefix), _budget.c.next_slot < before)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def hold_sends(session: AsyncSession, name: str, until: datetime) -> datetime:
    """Hold every send until ``until`` (or a later hold already set); returns the hold."""
    await _ensure_budget(session, name)
    current: datetime | None = await session.scalar(
        select(_budget.c.hold_until).where(_budget.c.name == name).with_for_update()
    )
    if current is not None and current >= until:
        return current
    await session.execute(update(_budget).where(_budget.c.name == name).values(hold_until=until))
    return until

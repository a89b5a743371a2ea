"""Async data access. Each function takes a session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import cast

from sqlalchemy import Table, and_, delete, func, or_, select, update
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
from nudger.storage.tables import NudgeRow, OnboardingRow, UserRow

_nudges = cast(Table, NudgeRow.__table__)


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
        row.active = True
        row.updated_at = now
    await session.flush()
    return _profile(row)


async def set_paused(session: AsyncSession, user_id: int, paused: bool, now: datetime) -> bool:
    """Pause or resume; returns False if it already was so. Pausing cancels what is planned."""
    result = await session.execute(
        update(UserRow)
        .where(UserRow.id == user_id, UserRow.paused.is_not(paused))
        .values(paused=paused, updated_at=now)
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


async def users_to_plan(session: AsyncSession, after_id: int, limit: int) -> list[Profile]:
    """Active, unpaused, onboarded users with id > after_id, in id order (keyset paging)."""
    rows = await session.scalars(
        select(UserRow)
        .where(
            UserRow.id > after_id,
            UserRow.active.is_(True),
            UserRow.paused.is_(False),
            UserRow.timezone.is_not(None),
        )
        .order_by(UserRow.id)
        .limit(limit)
        # FOR SHARE on PostgreSQL: a /pause or a new plan committed while this page is
        # being planned waits, then removes what was planned for the old settings.
        .with_for_update(read=True)
    )
    return [_profile(row) for row in rows]


# --- onboarding ----------------------------------------------------------------


class Step(StrEnum):
    NAME = "name"
    STYLE = "style"
    TIMEZONE = "timezone"
    COUNT = "count"
    WINDOWS = "windows"


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
    row.paused = False
    row.updated_at = now
    await cancel_planned(session, user_id)
    await session.execute(delete(OnboardingRow).where(OnboardingRow.user_id == user_id))
    await session.flush()
    return _profile(row)


# --- nudges --------------------------------------------------------------------


async def cancel_planned(session: AsyncSession, user_id: int) -> None:
    """Drop nudges that were planned but not yet claimed."""
    await session.execute(
        delete(NudgeRow).where(
            NudgeRow.user_id == user_id, NudgeRow.state == NudgeState.PLANNED.value
        )
    )


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
    if not slots:
        return 0
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
        for s in slots
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(_nudges).values(values).on_conflict_do_nothing()
    result = await session.execute(stmt)
    return int(getattr(result, "rowcount", 0) or 0)


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


async def set_prompt(session: AsyncSession, nudge: ClaimedNudge, prompt_id: str) -> bool:
    return await _fenced(session, nudge.id, nudge.attempt, prompt_id=prompt_id)


async def mark_sent(
    session: AsyncSession, nudge: ClaimedNudge, message_id: int, now: datetime
) -> bool:
    return await _fenced(
        session,
        nudge.id,
        nudge.attempt,
        state=NudgeState.SENT.value,
        message_id=message_id,
        sent_at=now,
        lease_until=None,
        error=None,
    )


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


async def prompt_history(
    session: AsyncSession, user_id: int, since: datetime
) -> dict[str, datetime]:
    """When each prompt was last sent to this user, for sends after ``since``."""
    rows = await session.execute(
        select(NudgeRow.prompt_id, func.max(NudgeRow.sent_at))
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.sent_at >= since,
            NudgeRow.prompt_id.is_not(None),
        )
        .group_by(NudgeRow.prompt_id)
    )
    history: dict[str, datetime] = {}
    for prompt_id, sent_at in rows:
        if prompt_id is not None and sent_at is not None:
            history[prompt_id] = sent_at
    return history


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
        NudgeRecord(row.id, NudgeState(row.state), row.sent_at, row.answered_at) for row in rows
    ]


async def done_times(session: AsyncSession, user_id: int) -> list[datetime]:
    """When each Done was tapped, oldest first (for streaks)."""
    rows = await session.scalars(
        select(NudgeRow.answered_at)
        .where(
            NudgeRow.user_id == user_id,
            NudgeRow.state == NudgeState.DONE.value,
            NudgeRow.answered_at.is_not(None),
        )
        .order_by(NudgeRow.answered_at)
    )
    return [t for t in rows if t is not None]


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

"""The user aggregate: a user's settings, plan state, pause and review times."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import cast

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    select,
    text,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.conversation import Draft
from nudger.domain.languages import Language
from nudger.domain.model import (
    NudgeSource,
    Profile,
)
from nudger.domain.planning import Window
from nudger.storage import nudges
from nudger.storage.rows import profile_of, windows_text
from nudger.storage.tables import (
    PAUSED,
    PLANNABLE,
    REVIEWABLE,
    OnboardingRow,
    PauseRow,
    UserRow,
)

#: Built once: every update reads its sender this way (a Core statement on the table, so the
#: ORM builds no instance; docs/performance.md).
_USERS = cast(Table, UserRow.__table__)
_BY_TELEGRAM_ID = select(_USERS).where(_USERS.c.telegram_id == bindparam("telegram_id"))


async def by_telegram_id(session: AsyncSession, telegram_id: int) -> Profile | None:
    row = (await session.execute(_BY_TELEGRAM_ID, {"telegram_id": telegram_id})).first()
    return profile_of(row) if row else None


async def by_ids(session: AsyncSession, user_ids: Iterable[int]) -> dict[int, Profile]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = await session.scalars(select(UserRow).where(UserRow.id.in_(ids)))
    return {row.id: profile_of(row) for row in rows}


async def ensure(
    session: AsyncSession,
    telegram_id: int,
    chat_id: int,
    now: datetime,
    language: Language = Language.EN,
) -> Profile:
    """The user with this Telegram id, created if new (speaking ``language``); marks them
    active again. An existing user keeps the language they have."""
    row = await session.scalar(select(UserRow).where(UserRow.telegram_id == telegram_id))
    if row is None:
        row = UserRow(
            telegram_id=telegram_id,
            chat_id=chat_id,
            language=language.value,
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
    return profile_of(row)


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
    return profile_of(row) if row else None


async def set_paused(session: AsyncSession, user_id: int, paused: bool, now: datetime) -> bool:
    """Pause or resume; returns False if it already was so. Pausing cancels what is planned."""
    result = await session.execute(
        update(UserRow)
        .where(UserRow.id == user_id, UserRow.paused.is_not(paused))
        .values(paused=paused, updated_at=now, planned_until=None)
    )
    changed = bool(getattr(result, "rowcount", 0))
    if changed and paused:
        await nudges.cancel_planned(session, user_id)
    return changed


async def deactivate(session: AsyncSession, user_id: int, now: datetime) -> None:
    """The user blocked the bot: nothing more is sent until they write to it again."""
    await session.execute(
        update(UserRow).where(UserRow.id == user_id).values(active=False, updated_at=now)
    )
    await nudges.cancel_planned(session, user_id)


async def due_for_planning(session: AsyncSession, before: datetime, limit: int) -> list[Profile]:
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
        found.extend(profile_of(row) for row in rows)
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


async def finish_onboarding(
    session: AsyncSession, user_id: int, draft: Draft, now: datetime
) -> Profile:
    """Make the draft the user's settings, start a new plan version, drop the draft."""
    row = await session.get(UserRow, user_id)
    if row is None:
        raise LookupError(user_id)
    row.partner_name = draft.partner_name
    row.partner_gender = draft.partner_gender.value if draft.partner_gender else None
    row.style = draft.style.value if draft.style else None
    row.timezone = draft.timezone
    row.per_day = draft.per_day
    row.windows = windows_text(draft.windows)
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
    await nudges.cancel_planned(session, user_id)
    await session.execute(delete(OnboardingRow).where(OnboardingRow.user_id == user_id))
    await session.flush()
    return profile_of(row)


#: Settings whose change re-plans the user's nudges.
_SCHEDULE_FIELDS = frozenset({"timezone", "per_day", "windows", "quiet_start", "quiet_end"})


_SETTING_FIELDS = _SCHEDULE_FIELDS | {
    "partner_name",
    "partner_gender",
    "style",
    "review_day",
    "review_hour",
    "language",
}


async def update_settings(
    session: AsyncSession, user_id: int, now: datetime, **changes: object
) -> Profile:
    """Change some of the user's settings. A change to when nudges come starts a new plan.

    ``windows`` takes a set of :class:`Window`; ``style`` an :class:`AttachmentStyle`;
    ``language`` a :class:`Language`; ``partner_gender`` a :class:`PartnerGender` or None.
    """
    unknown = set(changes) - _SETTING_FIELDS
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    row = await session.get(UserRow, user_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise LookupError(user_id)
    for name, value in changes.items():
        if name == "windows":
            value = windows_text(cast(Iterable[Window], value))
        elif name in ("style", "language", "partner_gender") and value is not None:
            value = cast(StrEnum, value).value
        setattr(row, name, value)
    if _SCHEDULE_FIELDS & set(changes):
        row.plan_version += 1
        row.planned_until = None
        # Only the timed plan is redrawn; a snooze or a follow-up asked for stays.
        await nudges.cancel_planned(session, user_id, only=NudgeSource.PLAN)
    row.updated_at = now
    await session.flush()
    return profile_of(row)


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
    return [profile_of(row) for row in rows]


async def reviews_due(session: AsyncSession, now: datetime, limit: int) -> list[Profile]:
    """Onboarded, active users whose review time has come, or who have none set yet.

    Read through the partial index ``ix_users_review_due``, one query per condition (see
    :func:`due_for_planning`). Rows are locked and locked ones skipped, so several workers
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
        found.extend(profile_of(row) for row in rows)
        if len(found) >= limit:
            break
    return found


async def move_chat(session: AsyncSession, user_id: int, chat_id: int, now: datetime) -> None:
    await session.execute(
        update(UserRow).where(UserRow.id == user_id).values(chat_id=chat_id, updated_at=now)
    )

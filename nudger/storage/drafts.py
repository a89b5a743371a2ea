"""Answers in progress: the onboarding or /settings draft and the open quiz."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    delete,
)
from sqlalchemy.ext.asyncio import AsyncSession

from nudger.domain.conversation import Draft, Quiz, Step
from nudger.domain.languages import PartnerGender
from nudger.domain.styles import AttachmentStyle
from nudger.storage.rows import windows_of, windows_text
from nudger.storage.tables import (
    OnboardingRow,
    QuizRow,
)


async def load(session: AsyncSession, user_id: int) -> Draft | None:
    row = await session.get(OnboardingRow, user_id)
    if row is None:
        return None
    return Draft(
        step=Step(row.step),
        partner_name=row.partner_name,
        partner_gender=PartnerGender(row.partner_gender) if row.partner_gender else None,
        style=AttachmentStyle(row.style) if row.style else None,
        timezone=row.timezone,
        per_day=row.per_day,
        windows=windows_of(row.windows),
    )


async def save(session: AsyncSession, user_id: int, draft: Draft, now: datetime) -> None:
    row = await session.get(OnboardingRow, user_id)
    if row is None:
        row = OnboardingRow(user_id=user_id)
        session.add(row)
    row.step = draft.step.value
    row.partner_name = draft.partner_name
    row.partner_gender = draft.partner_gender.value if draft.partner_gender else None
    row.style = draft.style.value if draft.style else None
    row.timezone = draft.timezone
    row.per_day = draft.per_day
    row.windows = windows_text(draft.windows)
    row.updated_at = now
    await session.flush()


async def load_quiz(session: AsyncSession, user_id: int) -> Quiz | None:
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


async def drop(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(OnboardingRow).where(OnboardingRow.user_id == user_id))

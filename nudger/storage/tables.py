"""Tables (Alembic's ``target_metadata``). Every timestamp is stored as UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    TypeDecorator,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nudger.domain.model import NudgeState

# SQLite only auto-increments an INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")
#: For tables whose ids leave the database (buttons, a send in flight): SQLite's AUTOINCREMENT
#: never gives a deleted row's id out again, as PostgreSQL's sequences never do (migration 0006).
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend.

    Naive datetimes are refused on the way in; SQLite's naive values come back
    marked as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: store UTC-aware datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


#: Users the planner may plan for: only these are in the planning index.
PLANNABLE = "active AND NOT paused AND timezone IS NOT NULL"
#: Users who get weekly reviews: only these are in the review index.
REVIEWABLE = "active AND timezone IS NOT NULL AND per_day IS NOT NULL"
#: Users whose pause may end by itself: only these are in the pause index.
PAUSED = "paused"


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (
        # The planning tick finds the users whose plan runs out soon without reading the rest.
        Index(
            "ix_users_planned_until",
            "planned_until",
            postgresql_where=text(PLANNABLE),
            sqlite_where=text(PLANNABLE),
        ),
        # Likewise for the review tick (reviews due) and the pause tick (pauses ending).
        # Queries using them repeat the predicate as written here, so both databases see it.
        Index(
            "ix_users_review_due",
            "next_review_at",
            postgresql_where=text(REVIEWABLE),
            sqlite_where=text(REVIEWABLE),
        ),
        Index(
            "ix_users_pause_ends",
            "paused_until",
            postgresql_where=text(PAUSED),
            sqlite_where=text(PAUSED),
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    partner_name: Mapped[str | None] = mapped_column(String(64))
    style: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str | None] = mapped_column(String(64))
    per_day: Mapped[int | None] = mapped_column(SmallInteger)
    windows: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    plan_version: Mapped[int] = mapped_column(Integer, default=0)
    #: A /pause with a length ends by itself at this time.
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Weekly review: local weekday (Monday 0) and hour.
    review_day: Mapped[int] = mapped_column(SmallInteger, default=6, server_default="6")
    review_hour: Mapped[int] = mapped_column(SmallInteger, default=19, server_default="19")
    #: When the next weekly review is due (UTC); set for onboarded users only.
    next_review_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Quiet hours: local hours from ``quiet_start`` to ``quiet_end`` the next morning.
    quiet_start: Mapped[int] = mapped_column(SmallInteger, default=22, server_default="22")
    quiet_end: Mapped[int] = mapped_column(SmallInteger, default=8, server_default="8")
    #: The plan is drawn up to here (for this plan version); None: to be planned afresh.
    planned_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The language the bot speaks to the user (a tag such as "ru" or "pt-BR").
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    #: How the bot refers to the partner where grammar needs it: she, he or name (None: not
    #: asked, which reads as "name").
    partner_gender: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OnboardingRow(Base):
    """Answers given so far in an onboarding that is under way."""

    __tablename__ = "onboarding"

    user_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[str] = mapped_column(String(16))
    partner_name: Mapped[str | None] = mapped_column(String(64))
    partner_gender: Mapped[str | None] = mapped_column(String(8))
    style: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str | None] = mapped_column(String(64))
    per_day: Mapped[int | None] = mapped_column(SmallInteger)
    windows: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NudgeRow(Base):
    __tablename__ = "nudges"
    __table_args__ = (
        # Planning is idempotent: one row per user, local day and slot.
        UniqueConstraint("user_id", "local_date", "slot", name="uq_nudges_plan_slot"),
        Index("ix_nudges_state_due", "state", "due_at"),
        Index("ix_nudges_user_sent", "user_id", "sent_at"),
        CheckConstraint(
            "state IN (" + ", ".join(f"'{s.value}'" for s in NudgeState) + ")", name="state"
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(8))
    local_date: Mapped[date | None] = mapped_column(Date)
    slot: Mapped[int | None] = mapped_column(SmallInteger)
    prompt_id: Mapped[str | None] = mapped_column(String(64))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default=NudgeState.PLANNED.value)
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class QuizRow(Base):
    """A /quiz under way, or finished and waiting for the user to accept its result."""

    __tablename__ = "quiz"

    user_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    #: One digit (1-7) per question answered so far.
    answers: Mapped[str] = mapped_column(String(32), default="")
    #: Started from onboarding's "Not sure": the result feeds the setup under way.
    onboarding: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PauseRow(Base):
    """One pause: from /pause until /resume or the end of its length (open while paused)."""

    __tablename__ = "pauses"
    __table_args__ = (Index("ix_pauses_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReviewRow(Base):
    """A weekly review, claimed once per user and week before it is sent."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("user_id", "week_start", name="uq_reviews_user_week"),
        CheckConstraint("state IN ('sending', 'retry', 'sent', 'failed', 'skipped')", name="state"),
        Index("ix_reviews_state_retry", "state", "retry_at"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"))
    #: The Monday of the week the review covers (user's local calendar).
    week_start: Mapped[date] = mapped_column(Date)
    #: sending -> sent | failed, or -> retry (after a 429 or a network error) -> sending ...
    state: Mapped[str] = mapped_column(String(12))
    attempt: Mapped[int] = mapped_column(SmallInteger, default=1)
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(String(64))


class ConflictRow(Base):
    """A use of /conflict (the review counts them; nothing else is kept about it)."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class UpdateSeenRow(Base):
    """A Telegram update already handled: a redelivery of the same ``update_id`` is dropped.

    Holds no user id (update ids are not personal data); rows are pruned after two days.
    """

    __tablename__ = "updates_seen"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SendBudgetRow(Base):
    """Telegram's send budget, shared by every process on this database (one row per bot).

    ``next_slot`` is the wall-clock time (seconds since the epoch) of the next free send
    slot; slots are handed out ``1 / rate`` seconds apart, so all workers together keep to
    the rate. ``hold_until`` is set after a 429: nobody starts a send before it.
    """

    __tablename__ = "send_budget"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_slot: Mapped[float] = mapped_column(Float, default=0.0)
    hold_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class InvitationRow(Base):
    """A user's open invitation to link with their partner (at most one; a new one replaces
    it). The token itself is never stored, only its SHA-256."""

    __tablename__ = "invitations"

    inviter_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: The name the invitation shows as the inviter's (their choice).
    shown_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PartnerLinkRow(Base):
    """One side of a link between two users: a link is two rows, one per side.

    Each row holds only what that side itself did or chose: what they answered about
    themselves, what they share, and whether their nudges follow the style the other shared.
    ``user_id`` is the key, so a user has at most one linked partner.
    """

    __tablename__ = "partner_links"
    __table_args__ = (
        CheckConstraint("role IN ('inviter', 'invited')", name="role"),
        CheckConstraint("user_id <> partner_id", name="not_self"),
    )

    user_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("users.id", ondelete="CASCADE"), unique=True
    )
    role: Mapped[str] = mapped_column(String(8))
    #: How the link's messages to this side name the other (the inviter's own name for their
    #: partner; for the invited side, the name the invitation showed).
    partner_name: Mapped[str] = mapped_column(String(64))
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The self-report under way: one digit (1-7) per statement answered so far.
    self_answers: Mapped[str] = mapped_column(String(16), default="", server_default="")
    #: The self-report's latest result (a style): this side's alone until shared.
    self_style: Mapped[str | None] = mapped_column(String(16))
    #: The style this side shares with the other (None: none); a new result is not shared
    #: until its owner says so.
    shared_style: Mapped[str | None] = mapped_column(String(16))
    #: Kinds of care this side picked as helping them (``HelpKind`` values, comma-separated).
    helps: Mapped[str | None] = mapped_column(String(96))
    #: The kinds of care this side shares with the other (None: none).
    shared_helps: Mapped[str | None] = mapped_column(String(96))
    #: This side's nudges use the style the other shared (until this side picks its own).
    follows_shared: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class LinkAttemptRow(Base):
    """Wrong invitation tokens a Telegram user tried in the current hour (a rate limit,
    kept before they may be a user; erased by /delete, pruned after the hour)."""

    __tablename__ = "link_attempts"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    wrong: Mapped[int] = mapped_column(SmallInteger)

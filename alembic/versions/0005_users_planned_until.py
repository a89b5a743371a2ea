"""users.planned_until, and partial indexes so that the planning, review and pause ticks
read only the users they may act on (one index look-up when there is nothing to do)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PLANNABLE = "active AND NOT paused AND timezone IS NOT NULL"
_REVIEWABLE = "active AND timezone IS NOT NULL AND per_day IS NOT NULL"
_PAUSED = "paused"


def upgrade() -> None:
    # NULL for everyone: the first planning tick after the upgrade plans every user once.
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("planned_until", sa.DateTime(timezone=True), nullable=True))
    op.create_index(
        op.f("ix_users_planned_until"),
        "users",
        ["planned_until"],
        unique=False,
        postgresql_where=sa.text(_PLANNABLE),
        sqlite_where=sa.text(_PLANNABLE),
    )
    op.drop_index(op.f("ix_users_next_review_at"), table_name="users")
    op.create_index(
        op.f("ix_users_review_due"),
        "users",
        ["next_review_at"],
        unique=False,
        postgresql_where=sa.text(_REVIEWABLE),
        sqlite_where=sa.text(_REVIEWABLE),
    )
    op.create_index(
        op.f("ix_users_pause_ends"),
        "users",
        ["paused_until"],
        unique=False,
        postgresql_where=sa.text(_PAUSED),
        sqlite_where=sa.text(_PAUSED),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_users_pause_ends"), table_name="users")
    op.drop_index(op.f("ix_users_review_due"), table_name="users")
    op.create_index(op.f("ix_users_next_review_at"), "users", ["next_review_at"], unique=False)
    op.drop_index(op.f("ix_users_planned_until"), table_name="users")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), never a copy of the table: on SQLite a copy
    # drops the old table, which with foreign keys on would delete every user's rows.
    with op.batch_alter_table("users", recreate="never") as batch_op:
        batch_op.drop_column("planned_until")

"""send_budget: one send rate and 429 hold for all workers; nudge state 'blocked'

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_OLD_STATES = (
    "'planned', 'sending', 'sent', 'done', 'skipped', 'snoozed', "
    "'failed', 'unknown', 'expired', 'cancelled'"
)
_NEW_STATES = _OLD_STATES + ", 'blocked'"


def _states(states: str) -> None:
    # SQLite cannot alter a constraint: batch mode copies the table.
    with op.batch_alter_table("nudges") as batch_op:
        batch_op.drop_constraint(op.f("ck_nudges_state"), type_="check")
        batch_op.create_check_constraint(op.f("ck_nudges_state"), f"state IN ({states})")


def upgrade() -> None:
    _states(_NEW_STATES)
    op.create_table(
        "send_budget",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("next_slot", sa.Float(), nullable=False),
        sa.Column("hold_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_send_budget")),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
    op.execute("UPDATE nudges SET state = 'failed' WHERE state = 'blocked'")
    _states(_OLD_STATES)

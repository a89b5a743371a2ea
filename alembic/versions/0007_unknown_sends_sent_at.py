"""nudges that ended ``unknown`` earlier count as sent, at their due time

A send whose answer never came most likely arrived, so an ``unknown`` nudge now gets a
``sent_at`` when the dispatcher gives up on it, and counts in the weekly review and the prompt
history. Rows that ended ``unknown`` before that have no ``sent_at`` and would never count:
they get their ``due_at``, the closest time known (a nudge is sent within its grace after it).

Data only, no schema change: the downgrade has nothing to undo and leaves the times in place
(they are true of those sends whichever code reads them).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 00:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE nudges SET sent_at = due_at WHERE state = 'unknown' AND sent_at IS NULL")


def downgrade() -> None:
    """Nothing to undo (see above)."""

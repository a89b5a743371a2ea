"""users speak a language and say how their partner is referred to

``users.language`` is the language the bot speaks to the user (existing users: English,
what they have been reading). ``partner_gender`` is how sentences about the partner are
worded in a gendered language (she, he or name); None until asked, which reads as "name".
The onboarding draft keeps the answer while setup is under way.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("language", sa.String(8), nullable=False, server_default="en"))
    op.add_column("users", sa.Column("partner_gender", sa.String(8), nullable=True))
    op.add_column("onboarding", sa.Column("partner_gender", sa.String(8), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), never a copy of the table: on SQLite a copy
    # drops the old table, which with foreign keys on would delete every user's rows.
    with op.batch_alter_table("onboarding", recreate="never") as batch_op:
        batch_op.drop_column("partner_gender")
    with op.batch_alter_table("users", recreate="never") as batch_op:
        batch_op.drop_column("partner_gender")
        batch_op.drop_column("language")

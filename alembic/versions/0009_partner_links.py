"""partners link: invitations, the two sides of a link, wrong-token attempts

``invitations`` holds a user's one open invitation (the token's SHA-256, never the token);
``partner_links`` one row per side of a link, with what that side answered about itself and
chose to share; ``link_attempts`` the wrong tokens a sender tried in the current hour.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 03:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invitations",
        sa.Column("inviter_id", BigId, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("shown_name", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["inviter_id"],
            ["users.id"],
            name=op.f("fk_invitations_inviter_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("inviter_id", name=op.f("pk_invitations")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_invitations_token_hash")),
    )
    op.create_table(
        "partner_links",
        sa.Column("user_id", BigId, nullable=False),
        sa.Column("partner_id", BigId, nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("partner_name", sa.String(64), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("self_answers", sa.String(16), nullable=False, server_default=""),
        sa.Column("self_style", sa.String(16), nullable=True),
        sa.Column("shared_style", sa.String(16), nullable=True),
        sa.Column("helps", sa.String(96), nullable=True),
        sa.Column("shared_helps", sa.String(96), nullable=True),
        sa.Column("follows_shared", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.CheckConstraint("role IN ('inviter', 'invited')", name=op.f("ck_partner_links_role")),
        sa.CheckConstraint("user_id <> partner_id", name=op.f("ck_partner_links_not_self")),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_partner_links_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["users.id"],
            name=op.f("fk_partner_links_partner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_partner_links")),
        sa.UniqueConstraint("partner_id", name=op.f("uq_partner_links_partner_id")),
    )
    op.create_table(
        "link_attempts",
        sa.Column("telegram_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("wrong", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("telegram_id", name=op.f("pk_link_attempts")),
    )


def downgrade() -> None:
    op.drop_table("link_attempts")
    op.drop_table("partner_links")
    op.drop_table("invitations")

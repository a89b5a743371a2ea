"""AUTOINCREMENT on SQLite for users, nudges and reviews: an id is never given out twice

Their ids leave the database: a nudge's is in its buttons, and the dispatcher and the reviewer
hold nudge, review and user ids across a send. Without AUTOINCREMENT, SQLite may give the
highest id again after that row was deleted (a /delete), so an old button, or a send in
flight, could reach another user's new row. PostgreSQL's sequences never reuse an id: this
migration does nothing there.

SQLite cannot add AUTOINCREMENT to a table, so each table is copied (Alembic's batch mode).
Foreign keys are off while migrating (storage.migrations.foreign_keys_off): dropping the old
``users`` does not cascade to the rows that refer to it. Ids deleted before this migration
above the highest one left may still be used once more.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 00:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose ids reach users or outlive a transaction (see above).
TABLES = ("users", "nudges", "reviews")


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass  # the copy itself is the change


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)

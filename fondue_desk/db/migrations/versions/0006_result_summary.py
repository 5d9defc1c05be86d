"""closure letters keep the result summary the mayor's office approved

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 03:10:00

A closure letter used to paste the crew's raw notes into its body; now the office edits a
result summary before approving, and the letter keeps it beside the body. Letters written
before this revision have no summary (''): their body is the letter as sent, unchanged.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite's batch mode would copy `outgoing_letter`, and a copy of a
    # table that others reference breaks their foreign keys (see 0005).
    op.add_column('outgoing_letter', sa.Column('result_summary', sa.Text(), nullable=False,
                                               server_default=''))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+ and PostgreSQL alike), never by copying the table.
    op.execute('ALTER TABLE outgoing_letter DROP COLUMN result_summary')

"""forwarding: a complaint handed to another office on the server or to an outside agency

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 04:50:00

A new table only: nothing existing is copied (SQLite's batch mode would copy tables others
reference and break their foreign keys, see 0005).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fondue_desk.db.types import UtcDateTime

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'forwarding',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('from_complaint_id', sa.Integer(), sa.ForeignKey('complaint.id'),
                  nullable=False),
        sa.Column('to_office_id', sa.Integer(), sa.ForeignKey('office.id'), nullable=True),
        sa.Column('to_complaint_id', sa.Integer(), sa.ForeignKey('complaint.id'),
                  nullable=True),
        sa.Column('agency', sa.String(300), nullable=False),
        sa.Column('letter_id', sa.Integer(), sa.ForeignKey('outgoing_letter.id'),
                  nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('by_user_id', sa.Integer(), sa.ForeignKey('app_user.id'), nullable=False),
        sa.Column('at', UtcDateTime(), nullable=False),
    )
    op.create_index('ix_forwarding_from_complaint', 'forwarding', ['from_complaint_id'])
    op.create_index('ix_forwarding_to_complaint', 'forwarding', ['to_complaint_id'])


def downgrade() -> None:
    op.drop_index('ix_forwarding_to_complaint', table_name='forwarding')
    op.drop_index('ix_forwarding_from_complaint', table_name='forwarding')
    op.drop_table('forwarding')

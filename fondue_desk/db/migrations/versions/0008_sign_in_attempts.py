"""sign-in attempts: the lock-out count of names nobody can sign in with, shared by all desks

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 05:15:00

A new table only (see 0007 for why nothing existing is copied).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fondue_desk.db.types import UtcDateTime

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sign_in_attempt',
        sa.Column('name', sa.String(200), primary_key=True),
        sa.Column('failed', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('locked_until', UtcDateTime(), nullable=True),
        sa.Column('last_attempt', UtcDateTime(), nullable=False),
    )
    op.create_index('ix_sign_in_attempt_last_attempt', 'sign_in_attempt', ['last_attempt'])


def downgrade() -> None:
    op.drop_index('ix_sign_in_attempt_last_attempt', table_name='sign_in_attempt')
    op.drop_table('sign_in_attempt')

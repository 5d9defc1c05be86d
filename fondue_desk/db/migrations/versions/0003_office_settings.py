"""office settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 01:32:24.170919
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_setting',
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_office_setting_office_id_office')),
    sa.PrimaryKeyConstraint('office_id', 'key', name=op.f('pk_office_setting'))
    )


def downgrade() -> None:
    op.drop_table('office_setting')

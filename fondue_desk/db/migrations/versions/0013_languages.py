"""Languages: each user's interface language, each complainant's, and English names

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 09:30:00

`app_user.language` is the interface language the user last chose ("" = the desk's own
choice). `complaint.language` is the language the complainant reads: their receipt and status
notices print in it (the closure letter stays Thai, with an English courtesy translation).
`office.name_en` and `village.name_en` are the English names shown to English readers; empty
means none was given and the Thai name is used.

Columns are added in place (see 0005 for why nothing is copied).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_COLUMNS = (
    ('app_user', sa.Column('language', sa.String(5), nullable=False, server_default='')),
    ('complaint', sa.Column('language', sa.String(5), nullable=False, server_default='th')),
    ('office', sa.Column('name_en', sa.String(200), nullable=False, server_default='')),
    ('village', sa.Column('name_en', sa.String(120), nullable=False, server_default='')),
)


def upgrade() -> None:
    for table, column in _COLUMNS:
        op.add_column(table, column)


def downgrade() -> None:
    for table, column in reversed(_COLUMNS):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column.name}')

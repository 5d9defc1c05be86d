"""office set-up: stable codes, retiring villages, merged categories, default crews, formats

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 00:40:00

Categories and villages get a stable `code` so a configuration file can be matched against a
live office; existing rows get one derived from their id or number. Nothing is dropped: a
village that complaints use is retired (`active`), a merged category remembers where its
complaints went (`merged_into_id`).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs and indexes only: rebuilding `category` or `village` (SQLite's batch
    # mode) would drop a table that complaints reference, which foreign keys refuse.
    op.add_column('category', sa.Column('code', sa.String(length=40), nullable=False,
                                        server_default=''))
    _add_reference('category', 'default_crew_id', 'crew')
    _add_reference('category', 'merged_into_id', 'category')
    op.add_column('village', sa.Column('code', sa.String(length=40), nullable=False,
                                       server_default=''))
    op.add_column('village', sa.Column('active', sa.Boolean(), nullable=False,
                                       server_default=sa.true()))
    op.add_column('office', sa.Column('work_order_format', sa.String(length=60), nullable=False,
                                      server_default='{seq}/{fy}'))
    op.execute("UPDATE category SET code = 'category-' || CAST(id AS VARCHAR(20))")
    op.execute("UPDATE village SET code = 'moo-' || CAST(number AS VARCHAR(20))")
    op.create_index('uq_category_office_id_code', 'category', ['office_id', 'code'], unique=True)
    op.create_index('uq_village_office_id_code', 'village', ['office_id', 'code'], unique=True)


def _add_reference(table: str, column: str, target: str) -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite adds a column with its REFERENCES clause in place; Alembic would want a copy.
        op.execute(f'ALTER TABLE {table} ADD COLUMN {column} INTEGER REFERENCES {target} (id)')
        return
    op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
    op.create_foreign_key(f'fk_{table}_{column}_{target}', table, target, [column], ['id'])


def downgrade() -> None:
    op.drop_index('uq_village_office_id_code', table_name='village')
    op.drop_index('uq_category_office_id_code', table_name='category')
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint('fk_category_merged_into_id_category', 'category', type_='foreignkey')
        op.drop_constraint('fk_category_default_crew_id_crew', 'category', type_='foreignkey')
    # Dropped in place (SQLite 3.35+), never by copying the table: complaints reference
    # `category` and `village`, and a dropped parent leaves a deferred violation behind.
    for table, column in (('office', 'work_order_format'), ('village', 'active'),
                          ('village', 'code'), ('category', 'merged_into_id'),
                          ('category', 'default_crew_id'), ('category', 'code')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')

"""custom fields per category, the closure letter's own subject, history notes as codes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00

New tables and added columns only (see 0007 for why nothing existing is copied). A field's
definition is one JSON text in the shape of an Open311 service attribute, so both backends store
it alike and the configuration file carries it as it is. A value row per complaint and field
(one per picked choice), never deleted when the field or the choice is retired.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'category_field',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('category_id', sa.Integer(),
                  sa.ForeignKey('category.id', name='fk_category_field_category_id_category'),
                  nullable=False),
        sa.Column('code', sa.String(40), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('active', sa.Boolean(), nullable=False, server_default='1'),
        sa.Column('definition', sa.Text(), nullable=False, server_default='{}'),
    )
    op.create_index('uq_category_field_category_id_code', 'category_field',
                    ['category_id', 'code'], unique=True)
    op.create_table(
        'complaint_field_value',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('complaint_id', sa.Integer(),
                  sa.ForeignKey('complaint.id', ondelete='CASCADE',
                                name='fk_complaint_field_value_complaint_id_complaint'),
                  nullable=False),
        sa.Column('field_id', sa.Integer(),
                  sa.ForeignKey('category_field.id',
                                name='fk_complaint_field_value_field_id_category_field'),
                  nullable=False),
        sa.Column('value', sa.Text(), nullable=False, server_default=''),
        sa.Column('choice_key', sa.String(60), nullable=True),
    )
    op.create_index('ix_complaint_field_value_complaint', 'complaint_field_value',
                    ['complaint_id'])
    op.create_index('ix_complaint_field_value_field_choice', 'complaint_field_value',
                    ['field_id', 'choice_key'])
    op.add_column('category', sa.Column('letter_subject', sa.Text(), nullable=False,
                                        server_default=''))
    # A category that takes no report without a photo (traffic violations): checked at intake.
    op.add_column('category', sa.Column('photo_required', sa.Boolean(), nullable=False,
                                        server_default='0'))
    for table in ('status_event', 'complaint_edit'):
        op.add_column(table, sa.Column('note_code', sa.String(60), nullable=False,
                                       server_default=''))
        op.add_column(table, sa.Column('note_params', sa.Text(), nullable=False,
                                       server_default=''))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+ and PostgreSQL alike), never by copying a table that
    # others reference (see 0005).
    for table in ('complaint_edit', 'status_event'):
        op.execute(f'ALTER TABLE {table} DROP COLUMN note_params')
        op.execute(f'ALTER TABLE {table} DROP COLUMN note_code')
    op.execute('ALTER TABLE category DROP COLUMN photo_required')
    op.execute('ALTER TABLE category DROP COLUMN letter_subject')
    op.drop_index('ix_complaint_field_value_field_choice', table_name='complaint_field_value')
    op.drop_index('ix_complaint_field_value_complaint', table_name='complaint_field_value')
    op.drop_table('complaint_field_value')
    op.drop_index('uq_category_field_category_id_code', table_name='category_field')
    op.drop_table('category_field')

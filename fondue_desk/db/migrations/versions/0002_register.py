"""register: crews, edits, attachments, text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 00:58:43.706921
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fondue_desk.db.search_index import create_search_index, drop_search_index

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crew',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_crew_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crew'))
    )
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['app_user.id'], name=op.f('fk_attachment_added_by_id_app_user')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_attachment_complaint_id_complaint'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index('ix_attachment_complaint', ['complaint_id'], unique=False)

    op.create_table('complaint_edit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=False),
    sa.Column('new_value', sa.Text(), nullable=False),
    sa.Column('by_user_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by_user_id'], ['app_user.id'], name=op.f('fk_complaint_edit_by_user_id_app_user')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_edit_complaint_id_complaint'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_edit'))
    )
    with op.batch_alter_table('complaint_edit', schema=None) as batch_op:
        batch_op.create_index('ix_complaint_edit_complaint_at', ['complaint_id', 'at'], unique=False)

    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.add_column(sa.Column('crew_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reopen_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.drop_index('ix_complaint_category')
        # One index per filter the register offers, ending in received_at so the newest
        # rows of a filtered view come straight off the index without a sort.
        for name, columns in (
            ('ix_complaint_office_category_received', ['office_id', 'category_id', 'received_at']),
            ('ix_complaint_office_channel_received', ['office_id', 'channel', 'received_at']),
            ('ix_complaint_office_crew_received', ['office_id', 'crew_id', 'received_at']),
            ('ix_complaint_office_due', ['office_id', 'due_date']),
            ('ix_complaint_office_status_received', ['office_id', 'status', 'received_at']),
            ('ix_complaint_office_village_received', ['office_id', 'village_id', 'received_at']),
        ):
            batch_op.create_index(name, columns, unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_complaint_crew_id_crew'), 'crew', ['crew_id'], ['id'])

    create_search_index(op.get_bind())



def downgrade() -> None:
    drop_search_index(op.get_bind())
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_complaint_crew_id_crew'), type_='foreignkey')
        for name in ('ix_complaint_office_village_received', 'ix_complaint_office_status_received',
                     'ix_complaint_office_due', 'ix_complaint_office_crew_received',
                     'ix_complaint_office_channel_received',
                     'ix_complaint_office_category_received'):
            batch_op.drop_index(name)
        batch_op.create_index('ix_complaint_category', ['category_id'], unique=False)
        batch_op.drop_column('reopen_count')
        batch_op.drop_column('crew_id')

    with op.batch_alter_table('complaint_edit', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_edit_complaint_at')

    op.drop_table('complaint_edit')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index('ix_attachment_complaint')

    op.drop_table('attachment')
    op.drop_table('crew')

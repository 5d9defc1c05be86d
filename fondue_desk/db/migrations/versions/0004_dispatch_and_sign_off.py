"""dispatch and sign-off

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 02:50:20.419622
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fondue_desk.db.types import UtcDateTime

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crew_category',
    sa.Column('crew_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_crew_category_category_id_category')),
    sa.ForeignKeyConstraint(['crew_id'], ['crew.id'], name=op.f('fk_crew_category_crew_id_crew'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('crew_id', 'category_id', name=op.f('pk_crew_category'))
    )
    op.create_table('work_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('crew_id', sa.Integer(), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('issued_at', UtcDateTime(), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['crew_id'], ['crew.id'], name=op.f('fk_work_order_crew_id_crew')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['app_user.id'], name=op.f('fk_work_order_issued_by_id_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_work_order_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order')),
    sa.UniqueConstraint('office_id', 'fiscal_year', 'seq', name='uq_work_order_office_fy_seq')
    )
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_office_crew_date', ['office_id', 'crew_id', 'work_date'], unique=False)

    op.create_table('assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('crew_id', sa.Integer(), nullable=False),
    sa.Column('previous_crew_id', sa.Integer(), nullable=True),
    sa.Column('planned_date', sa.Date(), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by_user_id', sa.Integer(), nullable=False),
    sa.Column('at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['by_user_id'], ['app_user.id'], name=op.f('fk_assignment_by_user_id_app_user')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_assignment_complaint_id_complaint'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['crew_id'], ['crew.id'], name=op.f('fk_assignment_crew_id_crew')),
    sa.ForeignKeyConstraint(['previous_crew_id'], ['crew.id'], name=op.f('fk_assignment_previous_crew_id_crew')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index('ix_assignment_complaint_at', ['complaint_id', 'at'], unique=False)

    op.create_table('job_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('crew_id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('minutes_spent', sa.Integer(), nullable=True),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', UtcDateTime(), nullable=False),
    sa.CheckConstraint('minutes_spent IS NULL OR minutes_spent >= 0', name=op.f('ck_job_result_minutes_non_negative')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_job_result_complaint_id_complaint'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['crew_id'], ['crew.id'], name=op.f('fk_job_result_crew_id_crew')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'], name=op.f('fk_job_result_recorded_by_id_app_user')),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_job_result_work_order_id_work_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_result'))
    )
    with op.batch_alter_table('job_result', schema=None) as batch_op:
        batch_op.create_index('ix_job_result_complaint_at', ['complaint_id', 'recorded_at'], unique=False)

    op.create_table('outgoing_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('document_no', sa.String(length=60), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_position', sa.String(length=300), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_outgoing_letter_complaint_id_complaint'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_outgoing_letter_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_outgoing_letter_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_letter')),
    sa.UniqueConstraint('office_id', 'year', 'seq', name='uq_outgoing_letter_office_year_seq')
    )
    with op.batch_alter_table('outgoing_letter', schema=None) as batch_op:
        batch_op.create_index('ix_outgoing_letter_complaint', ['complaint_id'], unique=False)
        batch_op.create_index('ix_outgoing_letter_office_date', ['office_id', 'letter_date'], unique=False)

    op.create_table('sign_off',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('by_user_id', sa.Integer(), nullable=False),
    sa.Column('at', UtcDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['by_user_id'], ['app_user.id'], name=op.f('fk_sign_off_by_user_id_app_user')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_sign_off_complaint_id_complaint'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_off'))
    )
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.create_index('ix_sign_off_at', ['at'], unique=False)
        batch_op.create_index('ix_sign_off_complaint_at', ['complaint_id', 'at'], unique=False)

    op.create_table('work_order_job',
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_work_order_job_complaint_id_complaint'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_work_order_job_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('work_order_id', 'complaint_id', name=op.f('pk_work_order_job'))
    )
    with op.batch_alter_table('work_order_job', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_job_complaint', ['complaint_id'], unique=False)

    op.add_column('app_user', sa.Column('password_hash', sa.String(length=200), server_default='', nullable=False))
    op.add_column('app_user', sa.Column('must_change_password', sa.Boolean(), server_default='1', nullable=False))
    op.add_column('app_user', sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False))
    op.add_column('app_user', sa.Column('locked_until', UtcDateTime(), nullable=True))
    op.add_column('app_user', sa.Column('last_login_at', UtcDateTime(), nullable=True))

    op.add_column('category', sa.Column('letter_template', sa.Text(), server_default='', nullable=False))

    op.add_column('complaint', sa.Column('planned_date', sa.Date(), nullable=True))
    op.add_column('complaint', sa.Column('instruction', sa.Text(), server_default='', nullable=False))

    op.add_column('crew', sa.Column('leader_name', sa.String(length=200), server_default='', nullable=False))
    op.add_column('crew', sa.Column('members', sa.Text(), server_default='', nullable=False))
    op.add_column('crew', sa.Column('phone', sa.String(length=20), server_default='', nullable=False))
    _add_crew_leader_user()
    _demo_users_keep_signing_in()

    op.add_column('office', sa.Column('signatory_name', sa.String(length=200), server_default='', nullable=False))
    op.add_column('office', sa.Column('signatory_position', sa.String(length=300), server_default='', nullable=False))
    op.add_column('office', sa.Column('signature_png', sa.LargeBinary(), nullable=True))
    op.add_column('office', sa.Column('division', sa.String(length=200), server_default='', nullable=False))
    op.add_column('office', sa.Column('thai_digits', sa.Boolean(), server_default='0', nullable=False))



def _demo_users_keep_signing_in() -> None:
    """Demo offices made before sign-in existed: their users get the documented demo password.

    A real office's users have none yet; its admin sets one with `fondue-desk user set-password`.
    """
    from fondue_desk.services.accounts import hash_password
    from fondue_desk.services.demo_data import DEMO_PASSWORD

    bind = op.get_bind()
    waiting = bind.execute(sa.text(
        "SELECT count(*) FROM app_user u JOIN office o ON o.id = u.office_id "
        "WHERE o.is_demo AND u.password_hash = ''")).scalar()
    if waiting:
        bind.execute(sa.text(
            "UPDATE app_user SET password_hash = :hash, must_change_password = :no "
            "WHERE password_hash = '' AND office_id IN (SELECT id FROM office WHERE is_demo)"),
            {"hash": hash_password(DEMO_PASSWORD), "no": False})


def _add_crew_leader_user() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # A batch copy of `crew` would DROP the old table, which complaints reference, and fail
        # with foreign keys on; SQLite can add a nullable referencing column in place.
        op.execute('ALTER TABLE crew ADD COLUMN leader_user_id INTEGER '
                   'CONSTRAINT fk_crew_leader_user_id_app_user REFERENCES app_user (id)')
    else:
        op.add_column('crew', sa.Column('leader_user_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_crew_leader_user_id_app_user', 'crew', 'app_user',
                              ['leader_user_id'], ['id'])


def downgrade() -> None:
    op.drop_column('office', 'thai_digits')
    op.drop_column('office', 'division')
    op.drop_column('office', 'signature_png')
    op.drop_column('office', 'signatory_position')
    op.drop_column('office', 'signatory_name')

    if op.get_bind().dialect.name == 'sqlite':
        # SQLite cannot drop a referencing column in place, and the batch copy drops the old
        # `crew` table, which complaints reference: checked at commit, the references hold.
        op.execute('PRAGMA defer_foreign_keys = ON')
        with op.batch_alter_table('crew', schema=None) as batch_op:
            for column in ('leader_user_id', 'phone', 'members', 'leader_name'):
                batch_op.drop_column(column)
    else:
        op.drop_constraint('fk_crew_leader_user_id_app_user', 'crew', type_='foreignkey')
        for column in ('leader_user_id', 'phone', 'members', 'leader_name'):
            op.drop_column('crew', column)

    op.drop_column('complaint', 'instruction')
    op.drop_column('complaint', 'planned_date')

    op.drop_column('category', 'letter_template')

    op.drop_column('app_user', 'last_login_at')
    op.drop_column('app_user', 'locked_until')
    op.drop_column('app_user', 'failed_logins')
    op.drop_column('app_user', 'must_change_password')
    op.drop_column('app_user', 'password_hash')

    with op.batch_alter_table('work_order_job', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_job_complaint')

    op.drop_table('work_order_job')
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.drop_index('ix_sign_off_complaint_at')
        batch_op.drop_index('ix_sign_off_at')

    op.drop_table('sign_off')
    with op.batch_alter_table('outgoing_letter', schema=None) as batch_op:
        batch_op.drop_index('ix_outgoing_letter_office_date')
        batch_op.drop_index('ix_outgoing_letter_complaint')

    op.drop_table('outgoing_letter')
    with op.batch_alter_table('job_result', schema=None) as batch_op:
        batch_op.drop_index('ix_job_result_complaint_at')

    op.drop_table('job_result')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_complaint_at')

    op.drop_table('assignment')
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_office_crew_date')

    op.drop_table('work_order')
    op.drop_table('crew_category')

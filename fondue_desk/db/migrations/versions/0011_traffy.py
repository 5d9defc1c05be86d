"""Traffy Fondue: tickets linked to complaints, the office's mappings, and the outbox

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 07:10:00

New tables only (see 0007 for why nothing existing is copied). A complaint that came from or
went to Traffy Fondue has one `traffy_ticket` row; the office's remembered type and state
mappings have their own tables; every call to the Exchange API waits in `traffy_outbox` until
it is sent, so nothing is lost while the line is down or the desk restarts.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fondue_desk.db.types import UtcDateTime

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'traffy_ticket',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('office_id', sa.Integer(),
                  sa.ForeignKey('office.id', name='fk_traffy_ticket_office_id_office'),
                  nullable=False),
        sa.Column('complaint_id', sa.Integer(),
                  sa.ForeignKey('complaint.id', ondelete='CASCADE',
                                name='fk_traffy_ticket_complaint_id_complaint'),
                  nullable=False),
        sa.Column('ticket_id', sa.String(40), nullable=False),
        sa.Column('password', sa.String(60), nullable=False, server_default=''),
        sa.Column('state_name', sa.String(80), nullable=False, server_default=''),
        sa.Column('state_kind', sa.String(20), nullable=False, server_default=''),
        sa.Column('last_activity', UtcDateTime(), nullable=True),
        sa.Column('source', sa.String(10), nullable=False),
        sa.Column('row_hash', sa.String(64), nullable=False, server_default=''),
        sa.Column('synced_at', UtcDateTime(), nullable=True),
    )
    op.create_index('uq_traffy_ticket_office_id_ticket_id', 'traffy_ticket',
                    ['office_id', 'ticket_id'], unique=True)
    op.create_index('uq_traffy_ticket_complaint_id', 'traffy_ticket', ['complaint_id'],
                    unique=True)
    op.create_table(
        'traffy_type_mapping',
        sa.Column('office_id', sa.Integer(),
                  sa.ForeignKey('office.id', name='fk_traffy_type_mapping_office_id_office'),
                  primary_key=True),
        sa.Column('traffy_type', sa.String(120), primary_key=True),
        sa.Column('category_id', sa.Integer(),
                  sa.ForeignKey('category.id',
                                name='fk_traffy_type_mapping_category_id_category'),
                  nullable=False),
    )
    op.create_table(
        'traffy_state_mapping',
        sa.Column('office_id', sa.Integer(),
                  sa.ForeignKey('office.id', name='fk_traffy_state_mapping_office_id_office'),
                  primary_key=True),
        sa.Column('state_name', sa.String(80), primary_key=True),
        sa.Column('meaning', sa.String(20), nullable=False),
    )
    op.create_table(
        'traffy_outbox',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('office_id', sa.Integer(),
                  sa.ForeignKey('office.id', name='fk_traffy_outbox_office_id_office'),
                  nullable=False),
        sa.Column('complaint_id', sa.Integer(),
                  sa.ForeignKey('complaint.id', ondelete='CASCADE',
                                name='fk_traffy_outbox_complaint_id_complaint'),
                  nullable=True),
        sa.Column('action', sa.String(30), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False, server_default='{}'),
        sa.Column('idempotency_key', sa.String(80), nullable=False),
        sa.Column('state', sa.String(10), nullable=False, server_default='queued'),
        sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('next_attempt_at', UtcDateTime(), nullable=True),
        sa.Column('last_error_code', sa.String(60), nullable=False, server_default=''),
        sa.Column('last_error_detail', sa.Text(), nullable=False, server_default=''),
        sa.Column('response', sa.Text(), nullable=False, server_default=''),
        sa.Column('created_at', UtcDateTime(), nullable=False),
        sa.Column('sent_at', UtcDateTime(), nullable=True),
    )
    op.create_index('uq_traffy_outbox_idempotency_key', 'traffy_outbox', ['idempotency_key'],
                    unique=True)
    op.create_index('ix_traffy_outbox_due', 'traffy_outbox',
                    ['office_id', 'state', 'next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_traffy_outbox_due', table_name='traffy_outbox')
    op.drop_index('uq_traffy_outbox_idempotency_key', table_name='traffy_outbox')
    op.drop_table('traffy_outbox')
    op.drop_table('traffy_state_mapping')
    op.drop_table('traffy_type_mapping')
    op.drop_index('uq_traffy_ticket_complaint_id', table_name='traffy_ticket')
    op.drop_index('uq_traffy_ticket_office_id_ticket_id', table_name='traffy_ticket')
    op.drop_table('traffy_ticket')

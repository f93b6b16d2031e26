"""Drafting, consultations and sessions: the provision tree and its immutable wording versions,
the petitions that feed each provision, consultation requests, outcomes and the exact wording
they answered, the assembly's outcome per provision, committee sessions (attendees, agenda) and
the office's text settings (letterhead). All tables start empty: nothing to back-fill.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 14:04:33.040676
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('committee_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_committee_sessions_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_sessions')),
    sa.UniqueConstraint('held_on', name=op.f('uq_committee_sessions_held_on'))
    )
    op.create_table('consultation_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('wording_sha256', sa.String(length=64), nullable=False),
    sa.Column('evidence_filename', sa.String(length=255), nullable=False),
    sa.Column('evidence_sha256', sa.String(length=64), nullable=True),
    sa.Column('evidence_size', sa.Integer(), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("method IN ('in_person','signed_letter','email')", name=op.f('ck_consultation_outcomes_method')),
    sa.CheckConstraint("outcome IN ('approved','approved_with_remarks','rejected')", name=op.f('ck_consultation_outcomes_outcome')),
    sa.ForeignKeyConstraint(['evidence_sha256'], ['attachment_blobs.sha256'], name=op.f('fk_consultation_outcomes_evidence_sha256_attachment_blobs')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_consultation_outcomes_petition_id_petitions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_consultation_outcomes_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_outcomes'))
    )
    with op.batch_alter_table('consultation_outcomes', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_outcomes_petition_recorded', ['petition_id', 'recorded_at'], unique=False)

    op.create_table('consultation_requests',
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_consultation_requests_added_by_id_users')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_consultation_requests_petition_id_petitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('petition_id', name=op.f('pk_consultation_requests'))
    )
    op.create_table('provisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('citation', sa.String(length=80), nullable=False),
    sa.Column('heading', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('titulo','articulo','apartado','numeral')", name=op.f('ck_provisions_kind')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_provisions_created_by_id_users')),
    sa.ForeignKeyConstraint(['parent_id'], ['provisions.id'], name=op.f('fk_provisions_parent_id_provisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provisions')),
    sa.UniqueConstraint('citation', name=op.f('uq_provisions_citation'))
    )
    with op.batch_alter_table('provisions', schema=None) as batch_op:
        batch_op.create_index('ix_provisions_parent_position', ['parent_id', 'position'], unique=False)

    op.create_table('text_settings',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('set_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['set_by_id'], ['users.id'], name=op.f('fk_text_settings_set_by_id_users')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_text_settings'))
    )
    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=True),
    sa.Column('provision_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('petition_hearing','wording_review','approval','crossing','other')", name=op.f('ck_agenda_items_kind')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_agenda_items_petition_id_petitions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['provision_id'], ['provisions.id'], name=op.f('fk_agenda_items_provision_id_provisions')),
    sa.ForeignKeyConstraint(['session_id'], ['committee_sessions.id'], name=op.f('fk_agenda_items_session_id_committee_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_petition_id'), ['petition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_session_id'), ['session_id'], unique=False)

    op.create_table('petition_provisions',
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('provision_id', sa.Integer(), nullable=False),
    sa.Column('contribution', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_petition_provisions_created_by_id_users')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_petition_provisions_petition_id_petitions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['provision_id'], ['provisions.id'], name=op.f('fk_petition_provisions_provision_id_provisions')),
    sa.PrimaryKeyConstraint('petition_id', 'provision_id', name=op.f('pk_petition_provisions'))
    )
    with op.batch_alter_table('petition_provisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_provisions_provision_id'), ['provision_id'], unique=False)

    op.create_table('provision_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provision_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('restored_from', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.Column('status_changed_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('draft','proposed','final')", name=op.f('ck_provision_versions_status')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_provision_versions_number_positive')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_provision_versions_author_id_users')),
    sa.ForeignKeyConstraint(['provision_id'], ['provisions.id'], name=op.f('fk_provision_versions_provision_id_provisions')),
    sa.ForeignKeyConstraint(['status_changed_by_id'], ['users.id'], name=op.f('fk_provision_versions_status_changed_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provision_versions')),
    sa.UniqueConstraint('provision_id', 'number', name='uq_provision_versions_provision_number')
    )
    with op.batch_alter_table('provision_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provision_versions_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_provision_versions_provision_id'), ['provision_id'], unique=False)

    op.create_table('session_attendees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['committee_members.id'], name=op.f('fk_session_attendees_member_id_committee_members')),
    sa.ForeignKeyConstraint(['session_id'], ['committee_sessions.id'], name=op.f('fk_session_attendees_session_id_committee_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_attendees'))
    )
    with op.batch_alter_table('session_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_attendees_session_id'), ['session_id'], unique=False)

    op.create_table('assembly_outcomes',
    sa.Column('provision_id', sa.Integer(), nullable=False),
    sa.Column('fate', sa.String(length=10), nullable=False),
    sa.Column('assembly_text', sa.Text(), nullable=False),
    sa.Column('sent_version_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("fate IN ('kept','amended','removed')", name=op.f('ck_assembly_outcomes_fate')),
    sa.ForeignKeyConstraint(['provision_id'], ['provisions.id'], name=op.f('fk_assembly_outcomes_provision_id_provisions')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_assembly_outcomes_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['sent_version_id'], ['provision_versions.id'], name=op.f('fk_assembly_outcomes_sent_version_id_provision_versions')),
    sa.PrimaryKeyConstraint('provision_id', name=op.f('pk_assembly_outcomes'))
    )
    op.create_table('consultation_items',
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('provision_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['outcome_id'], ['consultation_outcomes.id'], name=op.f('fk_consultation_items_outcome_id_consultation_outcomes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['provision_id'], ['provisions.id'], name=op.f('fk_consultation_items_provision_id_provisions')),
    sa.ForeignKeyConstraint(['version_id'], ['provision_versions.id'], name=op.f('fk_consultation_items_version_id_provision_versions')),
    sa.PrimaryKeyConstraint('outcome_id', 'provision_id', name=op.f('pk_consultation_items'))
    )
    with op.batch_alter_table('consultation_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_items_provision_id'), ['provision_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('consultation_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_items_provision_id'))

    op.drop_table('consultation_items')
    op.drop_table('assembly_outcomes')
    with op.batch_alter_table('session_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_attendees_session_id'))

    op.drop_table('session_attendees')
    with op.batch_alter_table('provision_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provision_versions_provision_id'))
        batch_op.drop_index(batch_op.f('ix_provision_versions_created_at'))

    op.drop_table('provision_versions')
    with op.batch_alter_table('petition_provisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petition_provisions_provision_id'))

    op.drop_table('petition_provisions')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_session_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_petition_id'))

    op.drop_table('agenda_items')
    op.drop_table('text_settings')
    with op.batch_alter_table('provisions', schema=None) as batch_op:
        batch_op.drop_index('ix_provisions_parent_position')

    op.drop_table('provisions')
    op.drop_table('consultation_requests')
    with op.batch_alter_table('consultation_outcomes', schema=None) as batch_op:
        batch_op.drop_index('ix_consultation_outcomes_petition_recorded')

    op.drop_table('consultation_outcomes')
    op.drop_table('committee_sessions')

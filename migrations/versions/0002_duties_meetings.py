"""Duties and meetings: duties, meetings (attendees, agreements, attachments and their stored
bytes), the drafting committee roster, and the counsel's work settings.

Back-fill: every crossing that is not reverted gets its open duty (review → legal_review,
hearing → hearing, audience → mayoral_audience), due on the crossing date plus the default days
(10 / 15 / 30), with no owner. ``work_settings`` starts empty: a missing key means the default
in code, so a freshly migrated case file still counts as empty for a restore.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 12:37:34.145345
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment_blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment_blobs'))
    )
    op.create_table('committee_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_members')),
    sa.UniqueConstraint('name', name=op.f('uq_committee_members_name'))
    )
    op.create_table('work_settings',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('set_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('value >= 0', name=op.f('ck_work_settings_value_nonnegative')),
    sa.ForeignKeyConstraint(['set_by_id'], ['users.id'], name=op.f('fk_work_settings_set_by_id_users')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_work_settings'))
    )
    op.create_table('duties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('crossing_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('crossing_reverted', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('waived_code', sa.String(length=20), nullable=True),
    sa.Column('waived_reason', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('cycle_closed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('legal_review','hearing','follow_up','mayoral_audience')", name=op.f('ck_duties_kind')),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('viable','needs_reformulation','not_viable')", name=op.f('ck_duties_outcome')),
    sa.CheckConstraint("status IN ('open','scheduled','done','waived')", name=op.f('ck_duties_status')),
    sa.CheckConstraint("waived_code IS NULL OR waived_code IN ('manual','crossing_reverted','cycle_closed')", name=op.f('ck_duties_waived_code')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_duties_closed_by_id_users')),
    sa.ForeignKeyConstraint(['crossing_id'], ['tier_crossings.id'], name=op.f('fk_duties_crossing_id_tier_crossings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_duties_owner_id_users')),
    sa.ForeignKeyConstraint(['parent_id'], ['duties.id'], name=op.f('fk_duties_parent_id_duties'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_duties_petition_id_petitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duties')),
    sa.UniqueConstraint('crossing_id', name=op.f('uq_duties_crossing_id'))
    )
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duties_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duties_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('ix_duties_petition_kind', ['petition_id', 'kind'], unique=False)
        batch_op.create_index('ix_duties_status_due_on', ['status', 'due_on'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=True),
    sa.Column('duty_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('hearing','follow_up','mayoral_audience','other')", name=op.f('ck_meetings_kind')),
    sa.CheckConstraint("status IN ('planned','held','cancelled','petitioner_absent')", name=op.f('ck_meetings_status')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_meetings_ends_after_start')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_meetings_created_by_id_users')),
    sa.ForeignKeyConstraint(['duty_id'], ['duties.id'], name=op.f('fk_meetings_duty_id_duties'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_meetings_petition_id_petitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_duty_id'), ['duty_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_petition_id'), ['petition_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)

    op.create_table('meeting_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_name', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_agreements_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agreements'))
    )
    with op.batch_alter_table('meeting_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agreements_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('storage', sa.String(length=8), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("storage IN ('folder','database')", name=op.f('ck_meeting_attachments_storage')),
    sa.CheckConstraint('size >= 0', name=op.f('ck_meeting_attachments_size_nonnegative')),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_meeting_attachments_added_by_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attachments_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attachments'))
    )
    with op.batch_alter_table('meeting_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attachments_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attachments_sha256'), ['sha256'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=80), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.CheckConstraint("(role = 'adviser') = (user_id IS NOT NULL)", name=op.f('ck_meeting_attendees_adviser_user')),
    sa.CheckConstraint("(role = 'committee') = (member_id IS NOT NULL)", name=op.f('ck_meeting_attendees_committee_member')),
    sa.CheckConstraint("role IN ('committee','adviser','petitioner','guest')", name=op.f('ck_meeting_attendees_role')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['committee_members.id'], name=op.f('fk_meeting_attendees_member_id_committee_members')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_meeting_attendees_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees')),
    sa.UniqueConstraint('meeting_id', 'member_id', name='uq_meeting_attendees_meeting_member'),
    sa.UniqueConstraint('meeting_id', 'user_id', name='uq_meeting_attendees_meeting_user')
    )
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendees_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendees_user_id'), ['user_id'], unique=False)

    _backfill_duties()


#: frozen copy of the defaults in force when this revision was written
_DEFAULT_DAYS = {"review": 10, "hearing": 15, "audience": 30}
_KIND = "CASE tier WHEN 'review' THEN 'legal_review' WHEN 'hearing' THEN 'hearing' ELSE 'mayoral_audience' END"


def _backfill_duties() -> None:
    from datetime import datetime, timezone

    bind = op.get_bind()
    days = " ".join(f"WHEN '{tier}' THEN {n}" for tier, n in _DEFAULT_DAYS.items())
    days = f"CASE tier {days} END"
    if bind.dialect.name == "sqlite":
        due = f"date(crossed_on, '+' || {days} || ' days')"
    else:
        due = f"crossed_on + {days}"
    stmt = sa.text(
        "INSERT INTO duties (petition_id, crossing_id, kind, status, created_on, due_on, "
        "crossing_reverted, outcome_note, waived_reason, created_at, updated_at, version_id) "
        f"SELECT petition_id, id, {_KIND}, 'open', crossed_on, {due}, :no, '', '', :now, :now, 1 "
        "FROM tier_crossings WHERE reverted_on IS NULL ORDER BY id"
    ).bindparams(sa.bindparam("now", type_=sa.DateTime), sa.bindparam("no", type_=sa.Boolean))
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    bind.execute(stmt, {"now": now, "no": False})



def downgrade() -> None:
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_user_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_meeting_id'))

    op.drop_table('meeting_attendees')
    with op.batch_alter_table('meeting_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attachments_sha256'))
        batch_op.drop_index(batch_op.f('ix_meeting_attachments_meeting_id'))

    op.drop_table('meeting_attachments')
    with op.batch_alter_table('meeting_agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_agreements_meeting_id'))

    op.drop_table('meeting_agreements')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_petition_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_duty_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.drop_index('ix_duties_status_due_on')
        batch_op.drop_index('ix_duties_petition_kind')
        batch_op.drop_index(batch_op.f('ix_duties_parent_id'))
        batch_op.drop_index(batch_op.f('ix_duties_owner_id'))

    op.drop_table('duties')
    op.drop_table('work_settings')
    op.drop_table('committee_members')
    op.drop_table('attachment_blobs')

"""Initial schema: users, petitions, petitioners, counts, tier policy and crossings, audit.

Also seeds the 2016 thresholds (5,000 / 10,000 / 50,000) and the change counter.

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 11:39:51.393622
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_id'), ['entity_id'], unique=False)

    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('petitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('admissibility', sa.String(length=16), nullable=False),
    sa.Column('inadmissible_reason', sa.String(length=32), nullable=True),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('admissibility_note', sa.Text(), nullable=False),
    sa.Column('signatures', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('growth_7d', sa.Integer(), nullable=True),
    sa.Column('tier', sa.String(length=16), nullable=False),
    sa.Column('last_crossing_on', sa.Date(), nullable=True),
    sa.Column('petitioner_names', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("admissibility IN ('pending','admitted','inadmissible')", name=op.f('ck_petitions_admissibility')),
    sa.CheckConstraint("inadmissible_reason IS NULL OR inadmissible_reason IN ('restricts_rights','duplicate','outside_matter','other')", name=op.f('ck_petitions_inadmissible_reason')),
    sa.CheckConstraint("status IN ('active','closed','withdrawn')", name=op.f('ck_petitions_status')),
    sa.CheckConstraint("tier IN ('watch','review','hearing','audience')", name=op.f('ck_petitions_tier')),
    sa.CheckConstraint('signatures >= 0', name=op.f('ck_petitions_signatures_nonnegative')),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['petitions.id'], name=op.f('fk_petitions_duplicate_of_id_petitions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitions')),
    sa.UniqueConstraint('url', name=op.f('uq_petitions_url'))
    )
    with op.batch_alter_table('petitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petitions_signatures'), ['signatures'], unique=False)
        batch_op.create_index('ix_petitions_tier_signatures', ['tier', 'signatures'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("role IN ('adviser','counsel','clerk','observer')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('new', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('crossings', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_import_batches_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('petitioners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_petitioners_petition_id_petitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitioners')),
    sa.UniqueConstraint('petition_id', 'position', name='uq_petitioners_petition_position')
    )
    op.create_table('tier_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review', sa.Integer(), nullable=False),
    sa.Column('hearing', sa.Integer(), nullable=False),
    sa.Column('audience', sa.Integer(), nullable=False),
    sa.Column('effective_at', sa.DateTime(), nullable=False),
    sa.Column('set_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('review > 0 AND hearing > review AND audience > hearing', name=op.f('ck_tier_policies_ordered')),
    sa.ForeignKeyConstraint(['set_by_id'], ['users.id'], name=op.f('fk_tier_policies_set_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_policies'))
    )
    op.create_table('signature_counts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('counted_on', sa.Date(), nullable=False),
    sa.Column('signatures', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('signatures >= 0', name=op.f('ck_signature_counts_signatures_nonnegative')),
    sa.ForeignKeyConstraint(['import_id'], ['import_batches.id'], name=op.f('fk_signature_counts_import_id_import_batches')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_signature_counts_petition_id_petitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature_counts')),
    sa.UniqueConstraint('petition_id', 'counted_on', name='uq_signature_counts_petition_date')
    )
    op.create_table('tier_crossings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('tier', sa.String(length=16), nullable=False),
    sa.Column('threshold', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('crossed_on', sa.Date(), nullable=False),
    sa.Column('signatures', sa.Integer(), nullable=False),
    sa.Column('reverted_on', sa.Date(), nullable=True),
    sa.Column('reverted_signatures', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("tier IN ('review','hearing','audience')", name=op.f('ck_tier_crossings_tier')),
    sa.ForeignKeyConstraint(['petition_id'], ['petitions.id'], name=op.f('fk_tier_crossings_petition_id_petitions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['policy_id'], ['tier_policies.id'], name=op.f('fk_tier_crossings_policy_id_tier_policies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tier_crossings'))
    )
    with op.batch_alter_table('tier_crossings', schema=None) as batch_op:
        batch_op.create_index('ix_tier_crossings_petition_tier', ['petition_id', 'tier'], unique=False)

    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    policies = sa.table("tier_policies", sa.column("review", sa.Integer),
                        sa.column("hearing", sa.Integer), sa.column("audience", sa.Integer),
                        sa.column("effective_at", sa.DateTime), sa.column("note", sa.Text))
    op.bulk_insert(policies, [{"review": 5000, "hearing": 10000, "audience": 50000,
                               "effective_at": now, "note": "2016"}])
    counter = sa.table("change_counter", sa.column("id", sa.Integer), sa.column("value", sa.Integer))
    op.bulk_insert(counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    with op.batch_alter_table('tier_crossings', schema=None) as batch_op:
        batch_op.drop_index('ix_tier_crossings_petition_tier')

    op.drop_table('tier_crossings')
    op.drop_table('signature_counts')
    op.drop_table('tier_policies')
    op.drop_table('petitioners')
    op.drop_table('import_batches')
    op.drop_table('users')
    with op.batch_alter_table('petitions', schema=None) as batch_op:
        batch_op.drop_index('ix_petitions_tier_signatures')
        batch_op.drop_index(batch_op.f('ix_petitions_signatures'))

    op.drop_table('petitions')
    op.drop_table('change_counter')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_entity'))

    op.drop_table('audit_log')

"""officers, devices, catalogue, dossiers, ratings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('business_day', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_event'))
    )
    with op.batch_alter_table('device_event', schema=None) as batch_op:
        batch_op.create_index('ix_device_event_device', ['device', 'id'], unique=False)

    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_holiday'))
    )
    op.create_table('officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_officer_centre_id_centre')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer')),
    sa.UniqueConstraint('centre_id', 'code', name=op.f('uq_officer_centre_id_code'))
    )
    op.create_table('procedure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_procedure_centre_id_centre')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure')),
    sa.UniqueConstraint('centre_id', 'code', name=op.f('uq_procedure_centre_id_code'))
    )
    op.create_table('field',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_field_centre_id_centre')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_field_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field')),
    sa.UniqueConstraint('centre_id', 'name', name=op.f('uq_field_centre_id_name'))
    )
    op.create_table('procedure_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=200), nullable=True),
    sa.Column('time_limit', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=True),
    sa.Column('time_limit_unit', sa.String(length=16), nullable=True),
    sa.Column('online_level', sa.String(length=16), nullable=False),
    sa.Column('fee', sa.Text(), nullable=True),
    sa.Column('post_allowed', sa.Boolean(), nullable=False),
    sa.Column('imported_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_procedure_version_field_id_field')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedure.id'], name=op.f('fk_procedure_version_procedure_id_procedure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedure_version')),
    sa.UniqueConstraint('procedure_id', 'version', name=op.f('uq_procedure_version_procedure_id_version'))
    )
    with op.batch_alter_table('procedure_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_version_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('dossier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('procedure_version_id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('digitised', sa.Boolean(), nullable=False),
    sa.Column('return_by_post', sa.Boolean(), nullable=False),
    sa.Column('paid_online', sa.Boolean(), nullable=True),
    sa.Column('received_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('business_day', sa.Date(), nullable=False),
    sa.Column('due_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('resolved_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('returned_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('paused_seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['centre.id'], name=op.f('fk_dossier_centre_id_centre')),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_dossier_counter_id_counter')),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_dossier_field_id_field')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_dossier_officer_id_officer')),
    sa.ForeignKeyConstraint(['procedure_version_id'], ['procedure_version.id'], name=op.f('fk_dossier_procedure_version_id_procedure_version')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_dossier_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier'))
    )
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_day', ['business_day', 'field_id'], unique=False)
        batch_op.create_index('ix_dossier_status', ['status', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('scale', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('business_day', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_rating_counter_id_counter')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_rating_officer_id_officer')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_rating_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating')),
    sa.UniqueConstraint('ticket_id', name=op.f('uq_rating_ticket_id'))
    )
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.create_index('ix_rating_day', ['business_day'], unique=False)

    op.create_table('dossier_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_dossier_event_counter_id_counter')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_dossier_event_dossier_id_dossier')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_dossier_event_officer_id_officer')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_dossier_event_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_event'))
    )
    with op.batch_alter_table('dossier_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_event_dossier_id'), ['dossier_id'], unique=False)

    with op.batch_alter_table('counter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('officer_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_counter_officer_id_officer'), 'officer', ['officer_id'], ['id'])

    with op.batch_alter_table('counter_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('officer_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_counter_event_officer_id_officer'), 'officer', ['officer_id'], ['id'])

    with op.batch_alter_table('ticket_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('officer_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_ticket_event_officer_id_officer'), 'officer', ['officer_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('ticket_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_ticket_event_officer_id_officer'), type_='foreignkey')
        batch_op.drop_column('officer_id')

    with op.batch_alter_table('counter_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_counter_event_officer_id_officer'), type_='foreignkey')
        batch_op.drop_column('officer_id')

    with op.batch_alter_table('counter', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_counter_officer_id_officer'), type_='foreignkey')
        batch_op.drop_column('officer_id')

    with op.batch_alter_table('dossier_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_event_dossier_id'))

    op.drop_table('dossier_event')
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index('ix_rating_day')

    op.drop_table('rating')
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_ticket_id'))
        batch_op.drop_index('ix_dossier_status')
        batch_op.drop_index('ix_dossier_day')

    op.drop_table('dossier')
    with op.batch_alter_table('procedure_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_version_procedure_id'))

    op.drop_table('procedure_version')
    op.drop_table('field')
    op.drop_table('procedure')
    op.drop_table('officer')
    op.drop_table('holiday')
    with op.batch_alter_table('device_event', schema=None) as batch_op:
        batch_op.drop_index('ix_device_event_device')

    op.drop_table('device_event')

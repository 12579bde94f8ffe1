"""event claims: values a merged source gave that differ from the stored event

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 02:30:00

Extraction merges a record from a new source into an event already stored when both
report the same event; the new source's differing values (date, status, place, its own
record id, ...) are kept here with that source.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_claims_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_event_claims_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_claims")),
        sa.UniqueConstraint(
            "event_id", "source_id", "field", "value",
            name=op.f("uq_event_claims_event_id_source_id_field_value"),
        ),
    )
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_claims_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_claims_source_id"), ["source_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_claims_source_id"))
        batch_op.drop_index(batch_op.f("ix_event_claims_event_id"))
    op.drop_table("event_claims")

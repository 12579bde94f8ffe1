"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 01:02:27.992203
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("date_edtf", sa.String(length=64), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=False),
        sa.Column("date_approximate", sa.Boolean(), nullable=False),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("date_anchor", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_country", sa.String(length=2), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'season', 'year', 'range', 'unknown')",
            name=op.f("ck_events_date_precision"),
        ),
        sa.CheckConstraint(
            "kind IN ('meeting', 'visit', 'incident', 'sanction')", name=op.f("ck_events_kind")
        ),
        sa.CheckConstraint(
            "status IN ('held', 'planned', 'tentative', 'cancelled', 'postponed', 'declined')",
            name=op.f("ck_events_status"),
        ),
        sa.CheckConstraint(
            "visibility IN ('public', 'low-key', 'secret')", name=op.f("ck_events_visibility")
        ),
        sa.CheckConstraint("date_end >= date_start", name=op.f("ck_events_date_span")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_date_span", ["date_start", "date_end", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_status"), ["status"], unique=False)

    op.create_table(
        "officials",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officials")),
    )
    with op.batch_alter_table("officials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_officials_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_officials_name_key"), ["name_key"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_sha256", sa.String(length=64), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_table(
        "characterizations",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("characterized_by", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_characterizations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "seq", name=op.f("pk_characterizations")),
    )
    op.create_table(
        "event_countries",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_countries_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "country", name=op.f("pk_event_countries")),
    )
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_countries_country_event", ["country", "event_id"], unique=False
        )

    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_sources_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_event_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "source_id", name=op.f("pk_event_sources")),
    )
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_sources_source_id"), ["source_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=True),
        sa.Column("official_id", sa.String(length=200), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(event_id IS NULL) <> (official_id IS NULL)", name=op.f("ck_evidence_one_subject")
        ),
        sa.CheckConstraint(
            "start_offset >= 0 AND end_offset > start_offset", name=op.f("ck_evidence_offsets")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_evidence_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_evidence_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_evidence_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_official_id"), ["official_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_source_id"), ["source_id"], unique=False)

    op.create_table(
        "incident_parties",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_incident_parties_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "seq", name=op.f("pk_incident_parties")),
    )
    op.create_table(
        "incidents",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_incidents_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_incidents")),
    )
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("from_event_id", sa.String(length=200), nullable=False),
        sa.Column("to_event_id", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "relation IN ('caused', 'part-of', 'rescheduled-as', 'follow-up-of', 'response-to', 'same-as')",
            name=op.f("ck_links_relation"),
        ),
        sa.ForeignKeyConstraint(
            ["from_event_id"],
            ["events.id"],
            name=op.f("fk_links_from_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_event_id"],
            ["events.id"],
            name=op.f("fk_links_to_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
        sa.UniqueConstraint(
            "from_event_id",
            "to_event_id",
            "relation",
            name=op.f("uq_links_from_event_id_to_event_id_relation"),
        ),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_to_event_id"), ["to_event_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_meetings_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_meetings")),
    )
    op.create_table(
        "official_aliases",
        sa.Column("official_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("alias_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_official_aliases_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("official_id", "seq", name=op.f("pk_official_aliases")),
    )
    with op.batch_alter_table("official_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_official_aliases_alias_key"), ["alias_key"], unique=False
        )

    op.create_table(
        "official_sources",
        sa.Column("official_id", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_official_sources_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_official_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("official_id", "source_id", name=op.f("pk_official_sources")),
    )
    with op.batch_alter_table("official_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_official_sources_source_id"), ["source_id"], unique=False
        )

    op.create_table(
        "participants",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("implied", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "role IN ('host', 'guest', 'traveler', 'participant', 'target', 'declined')",
            name=op.f("ck_participants_role"),
        ),
        sa.CheckConstraint(
            "(official_id IS NULL) <> (description IS NULL)",
            name=op.f("ck_participants_official_or_description"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_participants_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["official_id"], ["officials.id"], name=op.f("fk_participants_official_id_officials")
        ),
        sa.PrimaryKeyConstraint("event_id", "seq", name=op.f("pk_participants")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_official_id"), ["official_id"], unique=False
        )

    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("official_id", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.Text(), nullable=False),
        sa.Column("organization", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("start_edtf", sa.String(length=64), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_edtf", sa.String(length=64), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_positions_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
    )
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_positions_official_id"), ["official_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_positions_title_key"), ["title_key"], unique=False)

    op.create_table(
        "sanctions",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("imposer", sa.String(length=2), nullable=True),
        sa.Column("authority", sa.Text(), nullable=True),
        sa.Column("target_official_id", sa.String(length=200), nullable=True),
        sa.Column("target_organization", sa.Text(), nullable=True),
        sa.Column("target_description", sa.Text(), nullable=True),
        sa.Column("program", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("lifted_edtf", sa.String(length=64), nullable=True),
        sa.Column("lifted_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(CASE WHEN target_official_id IS NULL THEN 0 ELSE 1 END + CASE WHEN target_organization IS NULL THEN 0 ELSE 1 END + CASE WHEN target_description IS NULL THEN 0 ELSE 1 END) <= 1",
            name=op.f("ck_sanctions_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_sanctions_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_official_id"],
            ["officials.id"],
            name=op.f("fk_sanctions_target_official_id_officials"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_sanctions")),
    )
    with op.batch_alter_table("sanctions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sanctions_imposer"), ["imposer"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sanctions_target_official_id"), ["target_official_id"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("traveler_id", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_visits_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["traveler_id"], ["officials.id"], name=op.f("fk_visits_traveler_id_officials")
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_visits")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_traveler_id"), ["traveler_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_traveler_id"))

    op.drop_table("visits")
    with op.batch_alter_table("sanctions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sanctions_target_official_id"))
        batch_op.drop_index(batch_op.f("ix_sanctions_imposer"))

    op.drop_table("sanctions")
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_positions_title_key"))
        batch_op.drop_index(batch_op.f("ix_positions_official_id"))

    op.drop_table("positions")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_official_id"))

    op.drop_table("participants")
    with op.batch_alter_table("official_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_sources_source_id"))

    op.drop_table("official_sources")
    with op.batch_alter_table("official_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_aliases_alias_key"))

    op.drop_table("official_aliases")
    op.drop_table("meetings")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_to_event_id"))

    op.drop_table("links")
    op.drop_table("incidents")
    op.drop_table("incident_parties")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_source_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_official_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_event_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("event_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_sources_source_id"))

    op.drop_table("event_sources")
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.drop_index("ix_event_countries_country_event")

    op.drop_table("event_countries")
    op.drop_table("characterizations")
    op.drop_table("sources")
    with op.batch_alter_table("officials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officials_name_key"))
        batch_op.drop_index(batch_op.f("ix_officials_country"))

    op.drop_table("officials")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_status"))
        batch_op.drop_index(batch_op.f("ix_events_kind"))
        batch_op.drop_index("ix_events_date_span")

    op.drop_table("events")

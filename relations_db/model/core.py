"""The tables as SQLAlchemy Core `Table`s: the one definition of the schema.

Read paths (lookups, the timeline, exports) query these directly, so a command that only
reads never imports `sqlalchemy.orm` nor configures mappers; the ORM classes of
`tables` map these same objects (`__table__`) for the write side. Record ids (slugs) are
the primary keys, so references read as they were written.

Events use joined-table inheritance: `events` holds what every kind shares (title, the
date and its span, place, status, visibility) and one table per kind holds the rest.
`event_countries` is the one derived table: an index of every country an event involves,
rebuilt by the store whenever the event or one of its officials changes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from .enums import Kind, Precision, Relation, Role, Status, Visibility

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

SLUG = String(200)
CODE = String(2)
EDTF = String(64)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def one_of(column: str, values, name: str) -> CheckConstraint:
    """A CHECK that keeps a text column inside a closed vocabulary. Written as `x = 'a' OR
    x = 'b'`, not `x IN ('a', 'b')`: SQLite builds a temporary table for an IN list on
    every row it checks, which cost more than the rest of an event's insert (migration
    0006)."""
    return CheckConstraint(" OR ".join(f"{column} = '{v}'" for v in values), name=name)


def _stamps() -> tuple[Column, Column]:
    return (
        Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
        Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
    )


def _event_key() -> Column:
    """A kind table's (or detail table's) key: its event, deleted with it."""
    return Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)


def _cascading(name: str, target: str, **kwargs) -> Column:
    return Column(name, ForeignKey(target, ondelete="CASCADE"), **kwargs)


# A document the records come from: an article, a readout, a transcript.
sources = Table(
    "sources",
    metadata,
    Column("id", SLUG, primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", Date),
    Column("text", Text),
    Column("text_sha256", String(64)),
    Column("content_hash", String(64), nullable=False),
    *_stamps(),
)

officials = Table(
    "officials",
    metadata,
    Column("id", SLUG, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, index=True),
    Column("country", CODE, index=True),
    # Who stated the record when one origin did ('' = curated); NULL: see `statements`.
    Column("origin", SLUG),
    Column("content_hash", String(64), nullable=False),
    *_stamps(),
)

official_aliases = Table(
    "official_aliases",
    metadata,
    _cascading("official_id", "officials.id", primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("alias", Text, nullable=False),
    Column("alias_key", Text, nullable=False, index=True),
)

# A post an official holds, over a span when the sources give one.
positions = Table(
    "positions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _cascading("official_id", "officials.id", nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("title_key", Text, nullable=False, index=True),
    Column("organization", Text),
    Column("country", CODE),
    Column("start_edtf", EDTF),
    Column("start_date", Date),
    Column("end_edtf", EDTF),
    Column("end_date", Date),
)

# What every kind of event shares. `date_start`/`date_end` are the inclusive span.
events = Table(
    "events",
    metadata,
    Column("id", SLUG, primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("summary", Text),
    Column("date_edtf", EDTF),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False, default=Precision.UNKNOWN.value),
    Column("date_approximate", Boolean, nullable=False, default=False),
    Column("date_text", Text),
    Column("date_anchor", Date),
    Column("place", Text),
    Column("place_country", CODE),
    Column("status", String(16), nullable=False, index=True),
    Column("visibility", String(16), nullable=False),
    # Who stated the record when one origin did ('' = curated); NULL: see `statements`.
    Column("origin", SLUG),
    Column("content_hash", String(64), nullable=False),
    *_stamps(),
    one_of("kind", [k.value for k in Kind], "kind"),
    one_of("status", [s.value for s in Status], "status"),
    one_of("visibility", [v.value for v in Visibility], "visibility"),
    one_of("date_precision", [p.value for p in Precision], "date_precision"),
    CheckConstraint("date_end >= date_start", name="date_span"),
    Index("ix_events_date_span", "date_start", "date_end", "id"),
)

meetings = Table("meetings", metadata, _event_key(), Column("format", String(40)))

visits = Table(
    "visits",
    metadata,
    _event_key(),
    Column("traveler_id", ForeignKey("officials.id"), index=True),
)

incidents = Table("incidents", metadata, _event_key(), Column("category", String(40)))

sanctions = Table(
    "sanctions",
    metadata,
    _event_key(),
    Column("imposer", CODE, index=True),
    Column("authority", Text),
    Column("target_official_id", ForeignKey("officials.id"), index=True),
    Column("target_organization", Text),
    Column("target_description", Text),
    Column("program", Text),
    Column("reason", Text),
    Column("lifted_edtf", EDTF),
    Column("lifted_date", Date),
    CheckConstraint(
        "(CASE WHEN target_official_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN target_organization IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN target_description IS NULL THEN 0 ELSE 1 END) <= 1",
        name="one_target",
    ),
)

# The table of each kind's own fields, beside its `events` row.
KIND_TABLES = {
    Kind.MEETING.value: meetings,
    Kind.VISIT.value: visits,
    Kind.INCIDENT.value: incidents,
    Kind.SANCTION.value: sanctions,
}

incident_parties = Table(
    "incident_parties",
    metadata,
    _event_key(),
    Column("seq", Integer, primary_key=True),
    Column("country", CODE, nullable=False),
)

# How someone described an incident: `{by: Pentagon, text: unnecessarily aggressive}`.
characterizations = Table(
    "characterizations",
    metadata,
    _event_key(),
    Column("seq", Integer, primary_key=True),
    Column("characterized_by", Text),
    Column("text", Text, nullable=False),
)

# A named official or an unnamed person ("Chinese counterpart") taking part in an event.
# `implied` rows come from a visit's traveler or a sanction's target rather than the
# record's own participant list, so exports can write the record back as it was given.
participants = Table(
    "participants",
    metadata,
    _event_key(),
    Column("seq", Integer, primary_key=True),
    Column("official_id", ForeignKey("officials.id")),
    Column("description", Text),
    Column("country", CODE),
    Column("role", String(16), nullable=False, default=Role.PARTICIPANT.value),
    Column("implied", Boolean, nullable=False, default=False),
    one_of("role", [r.value for r in Role], "role"),
    CheckConstraint(
        "(official_id IS NULL) <> (description IS NULL)", name="official_or_description"
    ),
    # An official's events and roles from the index alone (`official NAME`, migration 0005).
    Index("ix_participants_official_event", "official_id", "event_id", "role"),
)

# Derived index: every country an event involves (participants, parties, imposer, place).
event_countries = Table(
    "event_countries",
    metadata,
    _event_key(),
    Column("country", CODE, primary_key=True),
    Index("ix_event_countries_country_event", "country", "event_id"),
)

event_sources = Table(
    "event_sources",
    metadata,
    _event_key(),
    _cascading("source_id", "sources.id", primary_key=True, index=True),
)

official_sources = Table(
    "official_sources",
    metadata,
    _cascading("official_id", "officials.id", primary_key=True),
    _cascading("source_id", "sources.id", primary_key=True, index=True),
)

# A quote from a source that states a fact, with its character offsets (end exclusive).
evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _cascading("source_id", "sources.id", nullable=False, index=True),
    _cascading("event_id", "events.id", index=True),
    _cascading("official_id", "officials.id", index=True),
    Column("seq", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    CheckConstraint("(event_id IS NULL) <> (official_id IS NULL)", name="one_subject"),
    CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
)

# A relation between two events: the balloon `caused` the cancelled trip.
links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _cascading("from_event_id", "events.id", nullable=False),
    _cascading("to_event_id", "events.id", nullable=False, index=True),
    Column("relation", String(16), nullable=False),
    Column("origin", SLUG, nullable=False, default="", server_default=""),
    one_of("relation", [r.value for r in Relation], "relation"),
    UniqueConstraint("from_event_id", "to_event_id", "relation", "origin"),
)

# What one origin said about a record that more than one origin states: see
# `tables.Statement` and docs/statements.md.
statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject", String(8), nullable=False),
    Column("subject_id", SLUG, nullable=False),
    Column("origin", SLUG, nullable=False, index=True),
    Column("claimed_id", SLUG, nullable=False),
    Column("extracted", Boolean, nullable=False, default=False),
    Column("partial", Boolean, nullable=False, default=False),
    Column("content_hash", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    one_of("subject", ["event", "official"], "subject"),
    UniqueConstraint("subject", "subject_id", "origin"),
    Index("ix_statements_claimed", "subject", "claimed_id"),
)

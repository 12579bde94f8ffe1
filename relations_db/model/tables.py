"""The tables. Record ids (slugs) are the primary keys, so references read as they were written.

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
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, one_of, utcnow
from .enums import Kind, Precision, Relation, Role, Status, Visibility

SLUG = String(200)
CODE = String(2)
EDTF = String(64)


class Source(Base):
    """A document the records come from: an article, a readout, a transcript."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(SLUG, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str | None] = mapped_column(Text)
    text_sha256: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Official(Base):
    __tablename__ = "officials"

    id: Mapped[str] = mapped_column(SLUG, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    country: Mapped[str | None] = mapped_column(CODE, index=True)
    # Who stated the record when one origin did ('' = curated); NULL: see `statements`.
    origin: Mapped[str | None] = mapped_column(SLUG)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[OfficialAlias]] = relationship(
        order_by="OfficialAlias.seq", cascade="all, delete-orphan", passive_deletes=True
    )
    positions: Mapped[list[Position]] = relationship(
        order_by="Position.seq", cascade="all, delete-orphan", passive_deletes=True
    )


class OfficialAlias(Base):
    __tablename__ = "official_aliases"

    official_id: Mapped[str] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str] = mapped_column(Text)
    alias_key: Mapped[str] = mapped_column(Text, index=True)


class Position(Base):
    """A post an official holds, over a span when the sources give one."""

    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    official_id: Mapped[str] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_key: Mapped[str] = mapped_column(Text, index=True)
    organization: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(CODE)
    start_edtf: Mapped[str | None] = mapped_column(EDTF)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_edtf: Mapped[str | None] = mapped_column(EDTF)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Event(Base):
    """What every kind of event shares. `date_start`/`date_end` are the inclusive span."""

    __tablename__ = "events"
    __table_args__ = (
        one_of("kind", [k.value for k in Kind], "kind"),
        one_of("status", [s.value for s in Status], "status"),
        one_of("visibility", [v.value for v in Visibility], "visibility"),
        one_of("date_precision", [p.value for p in Precision], "date_precision"),
        CheckConstraint("date_end >= date_start", name="date_span"),
        Index("ix_events_date_span", "date_start", "date_end", "id"),
    )

    id: Mapped[str] = mapped_column(SLUG, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    date_edtf: Mapped[str | None] = mapped_column(EDTF)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16), default=Precision.UNKNOWN.value)
    date_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    date_text: Mapped[str | None] = mapped_column(Text)
    date_anchor: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(Text)
    place_country: Mapped[str | None] = mapped_column(CODE)
    status: Mapped[str] = mapped_column(String(16), index=True)
    visibility: Mapped[str] = mapped_column(String(16))
    # Who stated the record when one origin did ('' = curated); NULL: see `statements`.
    origin: Mapped[str | None] = mapped_column(SLUG)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    participants: Mapped[list[Participant]] = relationship(
        order_by="Participant.seq", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"polymorphic_on": "kind"}


class Meeting(Event):
    __tablename__ = "meetings"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str | None] = mapped_column(String(40))

    __mapper_args__ = {"polymorphic_identity": Kind.MEETING.value}


class Visit(Event):
    __tablename__ = "visits"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    traveler_id: Mapped[str | None] = mapped_column(ForeignKey("officials.id"), index=True)

    __mapper_args__ = {"polymorphic_identity": Kind.VISIT.value}


class Incident(Event):
    __tablename__ = "incidents"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str | None] = mapped_column(String(40))

    __mapper_args__ = {"polymorphic_identity": Kind.INCIDENT.value}


class Sanction(Event):
    __tablename__ = "sanctions"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN target_official_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN target_organization IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN target_description IS NULL THEN 0 ELSE 1 END) <= 1",
            name="one_target",
        ),
    )

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    imposer: Mapped[str | None] = mapped_column(CODE, index=True)
    authority: Mapped[str | None] = mapped_column(Text)
    target_official_id: Mapped[str | None] = mapped_column(ForeignKey("officials.id"), index=True)
    target_organization: Mapped[str | None] = mapped_column(Text)
    target_description: Mapped[str | None] = mapped_column(Text)
    program: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    lifted_edtf: Mapped[str | None] = mapped_column(EDTF)
    lifted_date: Mapped[dt.date | None] = mapped_column(Date)

    __mapper_args__ = {"polymorphic_identity": Kind.SANCTION.value}


class IncidentParty(Base):
    __tablename__ = "incident_parties"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(CODE)


class Characterization(Base):
    """How someone described an incident: `{by: Pentagon, text: unnecessarily aggressive}`."""

    __tablename__ = "characterizations"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    by: Mapped[str | None] = mapped_column("characterized_by", Text)
    text: Mapped[str] = mapped_column(Text)


class Participant(Base):
    """A named official or an unnamed person ("Chinese counterpart") taking part in an event.

    `implied` rows come from a visit's traveler or a sanction's target rather than the
    record's own participant list, so exports can write the record back as it was given.
    """

    __tablename__ = "participants"
    __table_args__ = (
        one_of("role", [r.value for r in Role], "role"),
        CheckConstraint(
            "(official_id IS NULL) <> (description IS NULL)", name="official_or_description"
        ),
    )

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    official_id: Mapped[str | None] = mapped_column(ForeignKey("officials.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(CODE)
    role: Mapped[str] = mapped_column(String(16), default=Role.PARTICIPANT.value)
    implied: Mapped[bool] = mapped_column(Boolean, default=False)

    official: Mapped[Official | None] = relationship()


class EventCountry(Base):
    """Derived index: every country an event involves (participants, parties, imposer, place)."""

    __tablename__ = "event_countries"
    __table_args__ = (Index("ix_event_countries_country_event", "country", "event_id"),)

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(CODE, primary_key=True)


class EventSource(Base):
    __tablename__ = "event_sources"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[str] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class OfficialSource(Base):
    __tablename__ = "official_sources"

    official_id: Mapped[str] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[str] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Evidence(Base):
    """A quote from a source that states a fact, with its character offsets (end exclusive)."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("(event_id IS NULL) <> (official_id IS NULL)", name="one_subject"),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    official_id: Mapped[str | None] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)


class Link(Base):
    """A relation between two events: the balloon `caused` the cancelled trip."""

    __tablename__ = "links"
    __table_args__ = (
        one_of("relation", [r.value for r in Relation], "relation"),
        UniqueConstraint("from_event_id", "to_event_id", "relation", "origin"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    from_event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    to_event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(SLUG, default="", server_default="")


class Statement(Base):
    """What one origin (a source id, or '' for a curated record) said about a record that
    more than one origin states: the record as that origin gave it, in the record format.

    A record stated once keeps its statement in its own rows (`origin` names who made it);
    the second statement moves every statement here and the rows become their resolution
    (see docs/statements.md). `claimed_id` is the id the origin used, which differs from
    `subject_id` when `extract --ingest` merged the report into an event already stored.
    `partial` statements (CSV edits) set some fields and keep no record alive alone.
    """

    __tablename__ = "statements"
    __table_args__ = (
        one_of("subject", ["event", "official"], "subject"),
        UniqueConstraint("subject", "subject_id", "origin"),
        Index("ix_statements_claimed", "subject", "claimed_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(String(8))
    subject_id: Mapped[str] = mapped_column(SLUG)
    origin: Mapped[str] = mapped_column(SLUG, index=True)
    claimed_id: Mapped[str] = mapped_column(SLUG)
    extracted: Mapped[bool] = mapped_column(Boolean, default=False)
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)

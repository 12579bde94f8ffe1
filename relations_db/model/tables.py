"""The ORM classes of the write side, each mapping its Core table from `core`.

The columns are defined once, in `core`; these classes add what only the ORM needs:
joined-table inheritance of the event kinds and the relationships. Read paths use the
Core tables and never import this module.
"""

from __future__ import annotations

from sqlalchemy.orm import relationship

from . import core
from .base import Base
from .enums import Kind


class Source(Base):
    """A document the records come from: an article, a readout, a transcript."""

    __table__ = core.sources


class Official(Base):
    __table__ = core.officials

    aliases = relationship(
        "OfficialAlias", order_by="OfficialAlias.seq", cascade="all, delete-orphan",
        passive_deletes=True,
    )
    positions = relationship(
        "Position", order_by="Position.seq", cascade="all, delete-orphan", passive_deletes=True
    )


class OfficialAlias(Base):
    __table__ = core.official_aliases


class Position(Base):
    """A post an official holds, over a span when the sources give one."""

    __table__ = core.positions


class Event(Base):
    """What every kind of event shares. `date_start`/`date_end` are the inclusive span."""

    __table__ = core.events

    participants = relationship(
        "Participant", order_by="Participant.seq", cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __mapper_args__ = {"polymorphic_on": core.events.c.kind}


class Meeting(Event):
    __table__ = core.meetings
    __mapper_args__ = {"polymorphic_identity": Kind.MEETING.value}


class Visit(Event):
    __table__ = core.visits
    __mapper_args__ = {"polymorphic_identity": Kind.VISIT.value}


class Incident(Event):
    __table__ = core.incidents
    __mapper_args__ = {"polymorphic_identity": Kind.INCIDENT.value}


class Sanction(Event):
    __table__ = core.sanctions
    __mapper_args__ = {"polymorphic_identity": Kind.SANCTION.value}


class IncidentParty(Base):
    __table__ = core.incident_parties


class Characterization(Base):
    """How someone described an incident: `{by: Pentagon, text: unnecessarily aggressive}`."""

    __table__ = core.characterizations

    by = core.characterizations.c.characterized_by


class Participant(Base):
    """A named official or an unnamed person ("Chinese counterpart") taking part in an event.

    `implied` rows come from a visit's traveler or a sanction's target rather than the
    record's own participant list, so exports can write the record back as it was given.
    """

    __table__ = core.participants

    official = relationship("Official")


class EventCountry(Base):
    """Derived index: every country an event involves (participants, parties, imposer, place)."""

    __table__ = core.event_countries


class EventSource(Base):
    __table__ = core.event_sources


class OfficialSource(Base):
    __table__ = core.official_sources


class Evidence(Base):
    """A quote from a source that states a fact, with its character offsets (end exclusive)."""

    __table__ = core.evidence


class Link(Base):
    """A relation between two events: the balloon `caused` the cancelled trip."""

    __table__ = core.links


class Statement(Base):
    """What one origin (a source id, or '' for a curated record) said about a record that
    more than one origin states: the record as that origin gave it, in the record format.

    A record stated once keeps its statement in its own rows (`origin` names who made it);
    the second statement moves every statement here and the rows become their resolution
    (see docs/statements.md). `claimed_id` is the id the origin used, which differs from
    `subject_id` when `extract --ingest` merged the report into an event already stored.
    `partial` statements (CSV edits) set some fields and keep no record alive alone.
    """

    __table__ = core.statements

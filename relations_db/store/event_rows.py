"""The rows an event record is stored as, built straight as tuples for the driver.

A bulk load writes about nine rows per event (the event, its kind table, participants,
countries, evidence, sources, ...). Building them as dicts and converting each value with
SQLAlchemy's bind processors cost more than SQLite took to store them; here each row is
one tuple in the column order of `COLUMNS`, with dates already in the driver's form (ISO
text), for `RowWriter.insert_tuples(..., ready=True)`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import (
    Characterization,
    Event,
    EventCountry,
    EventSource,
    Evidence,
    Incident,
    IncidentParty,
    Meeting,
    Participant,
    Sanction,
    Visit,
)
from ..model.enums import Role, Status, Visibility
from .sources import cited_sources, evidence_by_source, origin_of

EVENT_VALUES = (
    "kind",
    "title",
    "summary",
    "date_edtf",
    "date_start",
    "date_end",
    "date_precision",
    "date_approximate",
    "date_text",
    "date_anchor",
    "place",
    "place_country",
    "status",
    "visibility",
    "content_hash",
)
KIND_TABLES = {
    "meeting": Meeting.__table__,
    "visit": Visit.__table__,
    "incident": Incident.__table__,
    "sanction": Sanction.__table__,
}
# A kind table's columns in table order; `kind_values` gives its values in that order.
KIND_VALUES = {
    kind: tuple(c.name for c in table.columns if c.name != "event_id")
    for kind, table in KIND_TABLES.items()
}


def evidence_columns(subject: str) -> tuple[str, ...]:
    """The evidence columns `evidence_rows` fills, for quotes of an event or an official."""
    return ("source_id", subject, "seq", "quote", "start_offset", "end_offset")


def evidence_rows(subject_id: str, source: str, given: list[tuple]) -> list[tuple]:
    """One source's quotes, `(quote, start, end)` each, of one record as evidence rows."""
    return [
        (source, subject_id, i, quote, start, end) for i, (quote, start, end) in enumerate(given)
    ]


PARTICIPANT = ("event_id", "seq", "official_id", "description", "country", "role", "implied")
COLUMNS = {
    Event.__table__: ("id", *EVENT_VALUES, "origin", "created_at", "updated_at"),
    **{table: ("event_id", *KIND_VALUES[kind]) for kind, table in KIND_TABLES.items()},
    Participant.__table__: PARTICIPANT,
    IncidentParty.__table__: ("event_id", "seq", "country"),
    Characterization.__table__: ("event_id", "seq", "characterized_by", "text"),
    EventCountry.__table__: ("event_id", "country"),
    Evidence.__table__: evidence_columns("event_id"),
    EventSource.__table__: ("event_id", "source_id"),
}


# Enum members to their stored text, by dict lookup (Enum.value is a Python property).
_ROLE = {member: member.value for member in Role}
_STATUS = {member: member.value for member in Status}
_VISIBILITY = {member: member.value for member in Visibility}
_PARTICIPANTS = Participant.__table__
_PARTIES = IncidentParty.__table__
_CHARACTERIZATIONS = Characterization.__table__
_COUNTRIES = EventCountry.__table__


def _iso(day):
    return day.isoformat() if day is not None else None


def event_values(record, digest: str, date_anchor, day: Callable = _iso) -> tuple:
    """The `events` row of a record in the order of EVENT_VALUES, its id and origin aside.
    `day` gives a date's stored form (ISO text for the driver; identity for SQLAlchemy)."""
    date = record.date
    location = record.location
    anchor = record.date_anchor or (date_anchor if record.date_text else None)
    return (
        record.kind,
        record.title,
        record.summary,
        date.edtf if date else None,
        day(date.start) if date else None,
        day(date.end) if date else None,
        date.precision if date else "unknown",
        bool(date and date.approximate),
        record.date_text,
        day(anchor) if anchor is not None else None,
        location.place if location else None,
        location.country if location else None,
        _STATUS[record.status],
        _VISIBILITY[record.visibility],
        digest,
    )


def kind_values(record, day: Callable = _iso) -> tuple:
    kind = record.kind
    if kind == "meeting":
        return (record.format,)
    if kind == "visit":
        return (record.traveler,)
    if kind == "incident":
        return (record.category,)
    target, lifted = record.target, record.lifted
    return (
        record.imposer,
        record.authority,
        target.official if target else None,
        target.organization if target else None,
        target.description if target else None,
        record.program,
        record.reason,
        lifted.edtf if lifted else None,
        day(lifted.end) if lifted else None,
    )


def implied_participants(record) -> list[tuple]:
    """A visit's traveler and a sanction's target belong among its participants:
    (official_id, description, country, role, implied) each."""
    kind = record.kind
    if kind != "visit" and kind != "sanction":
        return []
    listed = {p.official for p in record.participants if p.official}
    implied = []
    traveler = record.traveler if kind == "visit" else None
    if traveler and traveler not in listed:
        implied.append((traveler, None, None, Role.TRAVELER.value, True))
    target = record.target if kind == "sanction" else None
    if target is not None:
        if target.official and target.official not in listed:
            implied.append((target.official, None, None, Role.TARGET.value, True))
        elif not target.official and not any(p.role == Role.TARGET for p in record.participants):
            description = target.organization or target.description
            implied.append((None, description, target.country, Role.TARGET.value, True))
    return implied


class EventRows:
    """Rows of many events, gathered per table for one `insert_tuples` each.

    `country_of(official_id)` gives a stored official's country: an event's countries
    include its officials'.
    """

    def __init__(self, country_of: Callable[[str], str | None]):
        self.country_of = country_of
        self.tables: dict = {table: [] for table in COLUMNS}

    def add_event(self, record, sources: tuple[str, ...], date_anchor, digest: str, stamp) -> None:
        """A new event's rows: the event and what hangs off it, its quotes and its sources."""
        origin = origin_of(sources)
        self.tables[Event.__table__].append(
            (record.id, *event_values(record, digest, date_anchor), origin, stamp, stamp)
        )
        self.add_children(record)
        for source, given in evidence_by_source(record, sources).items():
            self.add_evidence(record.id, source, given)
        for source in cited_sources(record, sources):
            self.add_source(record.id, source)

    def add_children(self, record) -> None:
        """The rows that hang off the event: kind table, participants, incident parties,
        characterizations and the country index."""
        event_id, kind, tables = record.id, record.kind, self.tables
        tables[KIND_TABLES[kind]].append((event_id, *kind_values(record)))
        people = [
            (event_id, i, p.official, p.description, p.country, _ROLE[p.role], False)
            for i, p in enumerate(record.participants)
        ]
        if kind == "visit" or kind == "sanction":
            start = len(people)
            people += [
                (event_id, start + i, *p) for i, p in enumerate(implied_participants(record))
            ]
        tables[_PARTICIPANTS] += people
        country_of = self.country_of
        countries = {country_of(p[2]) if p[2] else p[4] for p in people}
        if kind == "incident":
            parties = list(dict.fromkeys(record.parties))
            tables[_PARTIES] += [(event_id, i, c) for i, c in enumerate(parties)]
            countries.update(parties)
            tables[_CHARACTERIZATIONS] += [
                (event_id, i, c.by, c.text) for i, c in enumerate(record.characterizations)
            ]
        elif kind == "sanction":
            countries.add(record.imposer)
        location = record.location
        if location is not None:
            countries.add(location.country)
        countries.discard(None)
        tables[_COUNTRIES] += [(event_id, c) for c in sorted(countries)]

    def add_evidence(self, event_id: str, source: str, given: list[tuple]) -> None:
        self.tables[Evidence.__table__] += evidence_rows(event_id, source, given)

    def add_source(self, event_id: str, source: str) -> None:
        self.tables[EventSource.__table__].append((event_id, source))

    def write(self, rows) -> None:
        """Insert every gathered row with `rows` (a RowWriter), parents first."""
        for table, columns in COLUMNS.items():
            rows.insert_tuples(table, columns, self.tables[table], ready=True)

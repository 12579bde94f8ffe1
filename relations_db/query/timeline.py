"""The timeline: events oldest first, filtered, streamed in chunks.

Events come from one ordered query; their participants, countries and sources are fetched
a chunk at a time, so memory stays flat however long the timeline is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, case, column, exists, func, or_, select, table

from ..countries import normalize_country
from ..dates import parse_bound
from ..inputs.errors import InputError
from ..model import (
    TIMELINE_COLUMNS,
    Event,
    EventCountry,
    EventSource,
    Evidence,
    Official,
    Participant,
)
from .lookup import country_option, resolve_official

COLUMNS = TIMELINE_COLUMNS
CHUNK = 500


@dataclass
class TimelineFilter:
    countries: list[str] = field(default_factory=list)
    officials: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    visibilities: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    location: str | None = None
    search: str | None = None
    limit: int | None = None
    reverse: bool = False


def timeline(connection: Connection, flt: TimelineFilter | None = None) -> Iterator[dict]:
    """One dict per event with the contract's timeline keys, streamed.

    The filters are checked here, before the first row is asked for, so a bad filter fails
    before a caller has written any output.
    """
    query = _event_query(connection, flt or TimelineFilter())
    return _stream(connection, query)


def _stream(connection: Connection, query) -> Iterator[dict]:
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for chunk in result.partitions():
        yield from _with_details(connection, chunk)


def timeline_flat(connection: Connection, flt: TimelineFilter | None = None) -> Iterator[tuple]:
    """The timeline as the `timeline` view flattens it (the CSV cells, in COLUMNS order),
    streamed from one query with no per-event lookups: what makes exporting a whole
    database as CSV run at the database's own speed. Filters as for `timeline`."""
    flt = flt or TimelineFilter()
    events = Event.__table__
    view = table("timeline", *(column(name) for name in COLUMNS))
    query = (
        select(*view.c)
        .select_from(view.join(events, events.c.id == view.c.id))
        .where(and_(True, *_conditions(connection, flt)))
        .order_by(*event_order(flt.reverse))
    )
    if flt.limit:  # 0 is no limit, as --max-rows 0 and --timeout 0 are
        query = query.limit(flt.limit)
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    return (tuple(row) for chunk in result.partitions() for row in chunk)


def event_order(reverse: bool = False) -> tuple:
    """Oldest first (newest first with `reverse`), undated events last, ties by id."""
    undated_last = case((Event.date_start.is_(None), 1), else_=0)
    if reverse:
        return (undated_last, Event.date_start.desc(), Event.date_end.desc(), Event.id.desc())
    return (undated_last, Event.date_start, Event.date_end, Event.id)


def _event_query(connection: Connection, flt: TimelineFilter):
    query = (
        select(
            Event.id,
            Event.kind,
            Event.date_edtf,
            Event.date_start,
            Event.date_end,
            Event.date_precision,
            Event.date_text,
            Event.title,
            Event.status,
            Event.visibility,
            Event.place,
            Event.place_country,
        )
        .where(and_(True, *_conditions(connection, flt)))
        .order_by(*event_order(flt.reverse))
    )
    if flt.limit:  # 0 is no limit, as --max-rows 0 and --timeout 0 are
        query = query.limit(flt.limit)
    return query


def _conditions(connection: Connection, flt: TimelineFilter) -> list:
    """The filters as SQL conditions on `events`; a bad filter raises InputError here."""
    conditions = []
    for raw in flt.countries:
        code = country_option(raw, "--country")
        conditions.append(
            exists().where(EventCountry.event_id == Event.id, EventCountry.country == code)
        )
    for name in flt.officials:
        official_id = resolve_official(connection, name).id
        conditions.append(
            exists().where(Participant.event_id == Event.id, Participant.official_id == official_id)
        )
    if flt.kinds:
        conditions.append(Event.kind.in_(flt.kinds))
    if flt.statuses:
        conditions.append(Event.status.in_(flt.statuses))
    if flt.visibilities:
        conditions.append(Event.visibility.in_(flt.visibilities))
    if flt.since:
        conditions.append(Event.date_end >= _bound(flt.since, "--since").start)
    if flt.until:
        conditions.append(Event.date_start <= _bound(flt.until, "--until").end)
    if flt.location:
        place = func.lower(Event.place).contains(flt.location.lower(), autoescape=True)
        try:
            conditions.append(or_(place, Event.place_country == normalize_country(flt.location)))
        except ValueError:
            conditions.append(place)
    if flt.search:
        needle = flt.search.lower()
        conditions.append(
            or_(
                func.lower(Event.title).contains(needle, autoescape=True),
                func.lower(Event.summary).contains(needle, autoescape=True),
                exists().where(
                    Evidence.event_id == Event.id,
                    func.lower(Evidence.quote).contains(needle, autoescape=True),
                ),
            )
        )
    return conditions


def _with_details(connection: Connection, rows) -> Iterator[dict]:
    ids = [row.id for row in rows]
    participants = defaultdict(list)
    for p in connection.execute(participants_of(ids)):
        participants[p.event_id].append({"name": p.name, "country": p.country, "role": p.role})
    countries = defaultdict(list)
    for event_id, country in connection.execute(
        select(EventCountry.event_id, EventCountry.country)
        .where(EventCountry.event_id.in_(ids))
        .order_by(EventCountry.event_id, EventCountry.country)
    ):
        countries[event_id].append(country)
    sources = defaultdict(list)
    for event_id, source in connection.execute(
        select(EventSource.event_id, EventSource.source_id)
        .where(EventSource.event_id.in_(ids))
        .order_by(EventSource.event_id, EventSource.source_id)
    ):
        sources[event_id].append(source)
    for row in rows:
        yield {
            "id": row.id,
            "kind": row.kind,
            "date": row.date_edtf,
            "start": row.date_start.isoformat() if row.date_start else None,
            "end": row.date_end.isoformat() if row.date_end else None,
            "precision": row.date_precision,
            "date_text": row.date_text,
            "title": row.title,
            "status": row.status,
            "visibility": row.visibility,
            "participants": participants[row.id],
            "countries": countries[row.id],
            "location": format_location(row.place, row.place_country),
            "sources": sources[row.id],
        }


def participants_of(event_ids: list[str]):
    """The people of these events in order: an official's name and country, or the
    description and country of someone the source does not name."""
    named = Participant.official_id.is_not(None)
    return (
        select(
            Participant.event_id,
            Participant.official_id,
            Participant.role,
            func.coalesce(Official.name, Participant.description).label("name"),
            case((named, Official.country), else_=Participant.country).label("country"),
        )
        .outerjoin(Official, Official.id == Participant.official_id)
        .where(Participant.event_id.in_(event_ids))
        .order_by(Participant.event_id, Participant.seq)
    )


def format_location(place: str | None, country: str | None) -> str | None:
    if place and country:
        return f"{place}, {country}"
    return place or country


def _bound(value: str, option: str):
    try:
        return parse_bound(value)
    except ValueError as exc:
        raise InputError(str(exc), field=option) from None

"""The timeline: events oldest first, filtered, streamed in chunks.

Events come from one ordered query; their participants, countries and sources are fetched
a chunk at a time, so memory stays flat however long the timeline is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Connection, and_, case, column, exists, func, or_, select, table

from ..dates import parse_bound
from ..inputs.errors import InputError
from ..model import core
from ..model.enums import TIMELINE_COLUMNS
from .lookup import country_option, format_location, lowered, resolve_official

COLUMNS = TIMELINE_COLUMNS
CHUNK = 500

EVENTS = core.events.c
PEOPLE = core.participants.c
OFFICIALS = core.officials.c
# The `timeline` view (migration 0002): one row per event, flattened as the CSV is.
TIMELINE_VIEW = table("timeline", *(column(name) for name in COLUMNS))


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


def timeline_flat(connection: Connection, flt: TimelineFilter | None = None) -> Iterator:
    """The timeline as the `timeline` view flattens it (the CSV cells, in COLUMNS order),
    streamed from one query with no per-event lookups: what makes exporting a whole
    database as CSV run at the database's own speed. Filters as for `timeline`.

    The view is read in table order and sorted, not read in the order of
    `ix_events_date_span`: that order visits each event's participants, countries and
    sources at random, which at 200k events costs twice the sort (see docs/benchmarks.md).
    """
    flt = flt or TimelineFilter()
    view = TIMELINE_VIEW
    query = select(*view.c).order_by(*_order(view.c.start, view.c.end, view.c.id, flt.reverse))
    conditions = _conditions(connection, flt)
    if conditions:
        query = query.where(view.c.id.in_(select(EVENTS.id).where(*conditions)))
    if flt.limit:  # 0 is no limit, as --max-rows 0 and --timeout 0 are
        query = query.limit(flt.limit)
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    return (row for chunk in result.partitions() for row in chunk)


def timeline_flat_batches(connection: Connection, flt: TimelineFilter | None = None) -> Iterator:
    """`timeline_flat` in batches (lists of rows): what CSV writes a batch at a time.

    The whole timeline of a SQLite file (no filter, no limit) is read with the sqlite3
    module alone, in one sorted query of the view (query.parallel); anything else through
    SQLAlchemy."""
    flt = flt or TimelineFilter()
    path = _sqlite_file(connection)
    if path is not None and not flt.limit and not _conditions(connection, flt):
        from .parallel import timeline_batches

        return timeline_batches(path, flt.reverse)
    rows = timeline_flat(connection, flt)
    return iter(lambda: list(islice(rows, CHUNK)), [])


def _sqlite_file(connection: Connection) -> str | None:
    url = connection.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return url.database


def event_order(reverse: bool = False) -> tuple:
    """Oldest first (newest first with `reverse`), undated events last, ties by id."""
    return _order(EVENTS.date_start, EVENTS.date_end, EVENTS.id, reverse)


def _order(start, end, key, reverse: bool) -> tuple:
    undated_last = case((start.is_(None), 1), else_=0)
    if reverse:
        return (undated_last, start.desc(), end.desc(), key.desc())
    return (undated_last, start, end, key)


def _event_query(connection: Connection, flt: TimelineFilter):
    query = (
        select(
            EVENTS.id,
            EVENTS.kind,
            EVENTS.date_edtf,
            EVENTS.date_start,
            EVENTS.date_end,
            EVENTS.date_precision,
            EVENTS.date_text,
            EVENTS.title,
            EVENTS.status,
            EVENTS.visibility,
            EVENTS.place,
            EVENTS.place_country,
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
            exists().where(
                core.event_countries.c.event_id == EVENTS.id, core.event_countries.c.country == code
            )
        )
    for name in flt.officials:
        official_id = resolve_official(connection, name).id
        conditions.append(
            exists().where(PEOPLE.event_id == EVENTS.id, PEOPLE.official_id == official_id)
        )
    if flt.kinds:
        conditions.append(EVENTS.kind.in_(flt.kinds))
    if flt.statuses:
        conditions.append(EVENTS.status.in_(flt.statuses))
    if flt.visibilities:
        conditions.append(EVENTS.visibility.in_(flt.visibilities))
    since = _bound(flt.since, "--since") if flt.since else None
    until = _bound(flt.until, "--until") if flt.until else None
    if since and until and since.start > until.end:
        # No day is in the range; an event spanning both bounds would "overlap" it anyway.
        raise InputError(f"{flt.since} is after --until {flt.until}", field="--since")
    if since:
        conditions.append(EVENTS.date_end >= since.start)
    if until:
        conditions.append(EVENTS.date_start <= until.end)
    if flt.location:
        place = lowered(connection, EVENTS.place).contains(flt.location.lower(), autoescape=True)
        from ..countries import normalize_country

        try:
            country = normalize_country(flt.location)
        except ValueError:
            conditions.append(place)
        else:
            in_country = EVENTS.place_country == country
            # A code (IN, US, USA, U.S., 356) means the country alone: as a piece of a
            # place's name "in" is in Beijing and Singapore, "usa" in Busan.
            code = len(flt.location.replace(".", "").strip()) <= 3 or flt.location.isdigit()
            conditions.append(in_country if code else or_(place, in_country))
    if flt.search:
        needle = flt.search.lower()
        conditions.append(
            or_(
                lowered(connection, EVENTS.title).contains(needle, autoescape=True),
                lowered(connection, EVENTS.summary).contains(needle, autoescape=True),
                exists().where(
                    core.evidence.c.event_id == EVENTS.id,
                    lowered(connection, core.evidence.c.quote).contains(needle, autoescape=True),
                ),
            )
        )
    return conditions


def _with_details(connection: Connection, rows) -> Iterator[dict]:
    ids = [row.id for row in rows]
    people = defaultdict(list)
    for p in connection.execute(participants_of(ids)):
        people[p.event_id].append({"name": p.name, "country": p.country, "role": p.role})
    countries = defaultdict(list)
    for event_id, country in connection.execute(
        select(core.event_countries.c.event_id, core.event_countries.c.country)
        .where(core.event_countries.c.event_id.in_(ids))
        .order_by(core.event_countries.c.event_id, core.event_countries.c.country)
    ):
        countries[event_id].append(country)
    sources = defaultdict(list)
    for event_id, source in connection.execute(
        select(core.event_sources.c.event_id, core.event_sources.c.source_id)
        .where(core.event_sources.c.event_id.in_(ids))
        .order_by(core.event_sources.c.event_id, core.event_sources.c.source_id)
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
            "participants": people[row.id],
            "countries": countries[row.id],
            "location": format_location(row.place, row.place_country),
            "sources": sources[row.id],
        }


def reported_by(day):
    """The ids of events a source stating them had published by `day`: what places an
    undated event (a contact, a sanction "in force") before that day."""
    sources = core.sources.c
    stated = core.event_sources.c
    return (
        select(stated.event_id)
        .join(core.sources, sources.id == stated.source_id)
        .where(sources.published <= day)
    )


def participants_of(event_ids: list[str]):
    """The people of these events in order: an official's name and country, or the
    description and country of someone the source does not name."""
    named = PEOPLE.official_id.is_not(None)
    return (
        select(
            PEOPLE.event_id,
            PEOPLE.official_id,
            PEOPLE.role,
            func.coalesce(OFFICIALS.name, PEOPLE.description).label("name"),
            case((named, OFFICIALS.country), else_=PEOPLE.country).label("country"),
        )
        .outerjoin(core.officials, OFFICIALS.id == PEOPLE.official_id)
        .where(PEOPLE.event_id.in_(event_ids))
        .order_by(PEOPLE.event_id, PEOPLE.seq)
    )


def _bound(value: str, option: str):
    try:
        return parse_bound(value)
    except ValueError as exc:
        raise InputError(str(exc), field=option) from None

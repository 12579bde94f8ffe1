"""`official NAME`: one official's profile, read with SQL text.

A lookup is a whole process, measured against `import sqlalchemy` alone, so what it
spends past that counts: these queries name the tables as SQL text (the names are the
schema's contract, docs/schema.md) and need neither the schema module (model.core) nor
compiling expressions, and run on a sqlite3 connection as well (query.rawsqlite: then not
even SQLAlchemy is imported). Rows come back as the driver gives them: dates are ISO text on
SQLite and `date`s on PostgreSQL, written the same by `iso`."""

from __future__ import annotations

from .lookup import format_location, iso, resolve_official, run

# The timeline's order: oldest first, undated last, ties by end date then id.
_OLDEST_FIRST = "CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, e.date_end, e.id"
_ALIASES = "SELECT alias FROM official_aliases WHERE official_id = :id ORDER BY seq"
# Posts over time: by first day (a post known only to end by its last), then last (an
# open end last); posts without dates after the dated ones; ties in the record's order.
_POSITIONS = (
    "SELECT title, organization, country, start_edtf, end_edtf FROM positions"
    " WHERE official_id = :id ORDER BY"
    " CASE WHEN COALESCE(start_date, end_date) IS NULL THEN 1 ELSE 0 END,"
    " COALESCE(start_date, end_date), CASE WHEN end_date IS NULL THEN 1 ELSE 0 END,"
    " end_date, seq"
)
# One row per event, with the official's role there (the first by name when several).
_EVENTS = (
    "SELECT e.id, e.kind, e.date_edtf, e.date_start, e.date_end, e.title, e.status,"
    " e.visibility, e.place, e.place_country, min(p.role) AS role"
    " FROM events e JOIN participants p ON p.event_id = e.id"
    f" WHERE p.official_id = :id GROUP BY e.id ORDER BY {_OLDEST_FIRST}"
)
_SANCTIONS = (
    "SELECT e.id, e.date_edtf, e.date_start, e.date_end, e.title, e.status, s.imposer,"
    " s.authority, s.target_official_id,"
    " coalesce(o.name, s.target_organization, s.target_description) AS target,"
    " s.program, s.reason, s.lifted_edtf"
    " FROM sanctions s JOIN events e ON e.id = s.event_id"
    " LEFT OUTER JOIN officials o ON o.id = s.target_official_id"
    f" WHERE s.target_official_id = :id ORDER BY {_OLDEST_FIRST}"
)
_SANCTION_SOURCES = (
    "SELECT es.event_id, es.source_id FROM event_sources es"
    " JOIN sanctions s ON s.event_id = es.event_id"
    " WHERE s.target_official_id = :id ORDER BY es.event_id, es.source_id"
)
# The sources naming the official, and those of the official's events.
_SOURCES = (
    "SELECT id, title, publisher, published, url FROM sources"
    " WHERE id IN (SELECT source_id FROM official_sources WHERE official_id = :id)"
    " OR id IN (SELECT source_id FROM event_sources WHERE event_id IN"
    " (SELECT event_id FROM participants WHERE official_id = :id))"
    " ORDER BY published, id"
)


def official_profile(connection, name: str) -> dict:
    """One official: who they are, posts over time, events oldest first, sanctions, sources."""
    found = resolve_official(connection, name)
    key = {"id": found.id}
    sources = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "published": iso(s.published),
            "url": s.url,
        }
        for s in run(connection, _SOURCES, key)
    ]
    return {
        "id": found.id,
        "name": found.name,
        "country": found.country,
        "aliases": [row[0] for row in run(connection, _ALIASES, key)],
        "positions": positions_of(connection, found.id),
        "events": _events_of(connection, found.id),
        "sanctions": _sanctions_on(connection, found.id),
        "sources": sources,
    }


def official_events(connection, name: str) -> list[dict]:
    """The events of the official called `name`, oldest first, with their role: what the
    CSV and JSONL forms of `official NAME` list, without the rest of the profile."""
    return _events_of(connection, resolve_official(connection, name).id)


def positions_of(connection, official_id: str) -> list[dict]:
    return [position_row(p) for p in run(connection, _POSITIONS, {"id": official_id})]


def position_row(p) -> dict:
    """A post as lookups show it (`officials`, `official NAME`)."""
    return {
        "title": p.title,
        "organization": p.organization,
        "country": p.country,
        "start": p.start_edtf,
        "end": p.end_edtf,
    }


def _events_of(connection, official_id: str) -> list[dict]:
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "date": row.date_edtf,
            "start": iso(row.date_start),
            "end": iso(row.date_end),
            "title": row.title,
            "status": row.status,
            "visibility": row.visibility,
            "role": row.role,
            "location": format_location(row.place, row.place_country),
        }
        for row in run(connection, _EVENTS, {"id": official_id})
    ]


def _sanctions_on(connection, official_id: str) -> list[dict]:
    """The sanctions targeting the official, as `sanctions --target` lists them."""
    sources: dict[str, list[str]] = {}
    for event_id, source_id in run(connection, _SANCTION_SOURCES, {"id": official_id}):
        sources.setdefault(event_id, []).append(source_id)
    rows = run(connection, _SANCTIONS, {"id": official_id})
    return [sanction_row(row, sources.get(row.id, [])) for row in rows]


def sanction_row(row, sources: list[str]) -> dict:
    """A sanction as every lookup shows it (`sanctions`, `official NAME`)."""
    return {
        "id": row.id,
        "date": row.date_edtf,
        "start": iso(row.date_start),
        "end": iso(row.date_end),
        "imposer": row.imposer,
        "authority": row.authority,
        "target": row.target,
        "target_official": row.target_official_id,
        "program": row.program,
        "reason": row.reason,
        "lifted": row.lifted_edtf,
        "status": row.status,
        "title": row.title,
        "sources": sources,
    }

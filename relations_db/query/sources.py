"""Sources: what each document on record is, and how much of the record it states."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, func, select

from ..model import core

SOURCES = core.sources.c
EVENT_SOURCES = core.event_sources.c
OFFICIAL_SOURCES = core.official_sources.c
EVIDENCE = core.evidence.c

SOURCE_COLUMNS = ("id", "published", "publisher", "title", "events", "officials", "quotes", "url")


def list_sources(connection: Connection) -> Iterator[dict]:
    """Sources, newest publication first (undated last), each with the number of events and
    officials it states and of the evidence quotes it gives."""

    def counts(query) -> dict[str, int]:
        return dict(connection.execute(query).all())

    events = counts(
        select(EVENT_SOURCES.source_id, func.count()).group_by(EVENT_SOURCES.source_id)
    )
    officials = counts(
        select(OFFICIAL_SOURCES.source_id, func.count()).group_by(OFFICIAL_SOURCES.source_id)
    )
    quotes = counts(select(EVIDENCE.source_id, func.count()).group_by(EVIDENCE.source_id))
    query = select(
        SOURCES.id, SOURCES.published, SOURCES.publisher, SOURCES.title, SOURCES.url
    ).order_by(SOURCES.published.is_(None), SOURCES.published.desc(), SOURCES.id)
    for row in connection.execute(query):
        yield {
            "id": row.id,
            "published": row.published.isoformat() if row.published else None,
            "publisher": row.publisher,
            "title": row.title,
            "events": events.get(row.id, 0),
            "officials": officials.get(row.id, 0),
            "quotes": quotes.get(row.id, 0),
            "url": row.url,
        }



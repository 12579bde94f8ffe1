"""Sources: what each document on record is, and how much of the record it states."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, func, select

from ..model import EventSource, Evidence, OfficialSource, Source

SOURCE_COLUMNS = ("id", "published", "publisher", "title", "events", "officials", "quotes", "url")


def list_sources(connection: Connection) -> Iterator[dict]:
    """Sources, newest publication first (undated last), each with the number of events and
    officials it states and of the evidence quotes it gives."""

    def counts(query) -> dict[str, int]:
        return dict(connection.execute(query).all())

    events = counts(
        select(EventSource.source_id, func.count()).group_by(EventSource.source_id)
    )
    officials = counts(
        select(OfficialSource.source_id, func.count()).group_by(OfficialSource.source_id)
    )
    quotes = counts(select(Evidence.source_id, func.count()).group_by(Evidence.source_id))
    query = select(
        Source.id, Source.published, Source.publisher, Source.title, Source.url
    ).order_by(Source.published.is_(None), Source.published.desc(), Source.id)
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



"""What the database holds, counted: events by kind, status, country and year, the dates
they span, sources and officials."""

from __future__ import annotations

from sqlalchemy import Connection, extract, func, select

from ..model import core

EVENTS = core.events.c
EVENT_COUNTRIES = core.event_countries.c

STAT_COLUMNS = ("group", "value", "count")


def database_stats(connection: Connection) -> dict:
    """Counts for an overview; `by_year` has `undated` for events without a date."""

    def grouped(column, order_by_count: bool = False) -> dict:
        count = func.count()
        query = select(column, count).group_by(column)
        # Undated (NULL) last on both backends, as in the timeline (SQLite sorts NULL first).
        by_value = (column.is_(None), column)
        query = (
            query.order_by(count.desc(), *by_value) if order_by_count else query.order_by(*by_value)
        )
        return {(key if key is not None else "undated"): n for key, n in connection.execute(query)}

    year = extract("year", EVENTS.date_start)
    span = select(func.min(EVENTS.date_start), func.max(EVENTS.date_end))
    first, last = connection.execute(span).one()
    return {
        "events": connection.scalar(select(func.count()).select_from(core.events)),
        "by_kind": grouped(EVENTS.kind),
        "by_status": grouped(EVENTS.status),
        "by_country": grouped(EVENT_COUNTRIES.country, order_by_count=True),
        "by_year": {str(int(k)) if k != "undated" else k: n for k, n in grouped(year).items()},
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
        "sources": connection.scalar(select(func.count()).select_from(core.sources)),
        "officials": connection.scalar(select(func.count()).select_from(core.officials)),
    }


def stat_rows(stats: dict):
    """The overview as `group, value, count` rows (CSV, JSONL, tables)."""
    for key in ("events", "sources", "officials"):
        yield {"group": "total", "value": key, "count": stats[key]}
    yield {"group": "dates", "value": "first", "count": stats["first_date"]}
    yield {"group": "dates", "value": "last", "count": stats["last_date"]}
    for group in ("by_kind", "by_status", "by_country", "by_year"):
        for value, count in stats[group].items():
            yield {"group": group.removeprefix("by_"), "value": value, "count": count}

"""Sanctions: who imposed what on whom, under which authority and program, and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, func, or_, select

from ..model import EventSource, Official, Sanction
from ..names import fold
from .lookup import country_option, find_officials
from .timeline import CHUNK, event_order


def list_sanctions(
    connection: Connection,
    *,
    target: str | None = None,
    imposer: str | None = None,
    target_official_id: str | None = None,
) -> Iterator[dict]:
    """Sanctions oldest first. `target` matches an official (id, name or alias) or, for
    organizations and described targets, words of the target's name."""
    target_name = func.coalesce(
        Official.name, Sanction.target_organization, Sanction.target_description
    )
    # Sanction inherits from Event: its inherited columns come through the join for free.
    query = select(
        Sanction.id,
        Sanction.date_edtf,
        Sanction.date_start,
        Sanction.date_end,
        Sanction.title,
        Sanction.status,
        Sanction.imposer,
        Sanction.authority,
        Sanction.target_official_id,
        target_name.label("target"),
        Sanction.program,
        Sanction.reason,
        Sanction.lifted_edtf,
    ).outerjoin(Official, Official.id == Sanction.target_official_id)
    if target_official_id:
        query = query.where(Sanction.target_official_id == target_official_id)
    if target:
        officials = [row.id for row in find_officials(connection, target)]
        words = fold(target)
        query = query.where(
            or_(
                Sanction.target_official_id.in_(officials),
                func.lower(Sanction.target_organization).contains(words, autoescape=True),
                func.lower(Sanction.target_description).contains(words, autoescape=True),
            )
        )
    if imposer:
        query = query.where(Sanction.imposer == country_option(imposer, "--imposer"))
    query = query.order_by(*event_order())
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for chunk in result.partitions():
        sources = defaultdict(list)
        for event_id, source_id in connection.execute(
            select(EventSource.event_id, EventSource.source_id)
            .where(EventSource.event_id.in_([row.id for row in chunk]))
            .order_by(EventSource.event_id, EventSource.source_id)
        ):
            sources[event_id].append(source_id)
        yield from (_sanction(row, sources[row.id]) for row in chunk)


def _sanction(row, sources: list[str]) -> dict:
    return {
        "id": row.id,
        "date": row.date_edtf,
        "start": row.date_start.isoformat() if row.date_start else None,
        "end": row.date_end.isoformat() if row.date_end else None,
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

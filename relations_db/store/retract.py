"""Taking statements back: `retract SOURCE` and `delete ID...`.

Retracting a source removes the source and every statement only it made: the records it
alone stated go (with their links), records other origins state too are resolved again
from what is left, and its links go. A record another origin still names (an official in
someone else's event) is not removed from under it: the retraction is refused, naming
what refers to it. Both run in one transaction; `confirm(plan)` sees what will go before
anything is written and may cancel.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, or_, select, update

from ..inputs.errors import InputError
from ..model import (
    Event,
    Evidence,
    Link,
    Official,
    Participant,
    Sanction,
    Source,
    Statement,
    Visit,
)


class Cancelled(Exception):
    """The user said no; nothing was written."""


@dataclass
class Removal:
    """What a retraction or deletion removes and what it changes."""

    source: str | None = None
    events: list[str] = field(default_factory=list)  # records removed
    officials: list[str] = field(default_factory=list)
    restated: list[tuple[str, str]] = field(default_factory=list)  # resolved again
    links: int = 0
    quotes: int = 0  # the source's quotes kept in records that others state

    def lines(self) -> list[str]:
        out = []
        if self.source:
            out.append(f"source {self.source}")
        restated = [record_id for _, record_id in self.restated]
        for label, ids in (
            ("events", self.events),
            ("officials", self.officials),
            ("records keep other sources' statements", restated),
        ):
            if ids:
                more = f", ... ({len(ids)} in all)" if len(ids) > 5 else ""
                out.append(f"{len(ids)} {label}: {', '.join(ids[:5])}{more}")
        if self.links:
            out.append(f"{self.links} links")
        if self.quotes:
            out.append(f"{self.quotes} quotes of the source in records other sources state")
        return out

    def empty(self) -> bool:
        return not (self.source or self.events or self.officials or self.restated or self.links)


def retract(db, source_id: str, confirm: Callable[[Removal], bool] = lambda plan: True) -> Removal:
    """Remove `source_id` and what only it stated; raises Cancelled when `confirm` says no."""
    from .writer import Writer

    with db.write() as conn:
        if conn.scalar(select(Source.id).where(Source.id == source_id)) is None:
            raise InputError(f"no source with id {source_id!r}", field="SOURCE_ID")
        plan = _plan_retract(conn, source_id)
        if not confirm(plan):
            raise Cancelled
        writer = Writer(conn)
        _strip_quotes(conn, source_id)
        for event_id in plan.events:
            writer.delete_record("event", event_id)
        for subject, record_id in plan.restated:
            conn.execute(
                delete(Statement).where(
                    Statement.subject == subject,
                    Statement.subject_id == record_id,
                    Statement.origin == source_id,
                )
            )
            writer.write_resolved(subject, record_id)
        for official_id in plan.officials:
            writer.delete_record("official", official_id)
        conn.execute(delete(Link).where(Link.origin == source_id))
        conn.execute(delete(Source).where(Source.id == source_id))
    return plan


def delete_records(
    db, ids: list[str], confirm: Callable[[Removal], bool] = lambda plan: True
) -> Removal:
    """Remove events and officials by id, with every statement of them."""
    from .writer import Writer

    with db.write() as conn:
        plan = Removal()
        for record_id in dict.fromkeys(ids):
            if conn.scalar(select(Event.id).where(Event.id == record_id)) is not None:
                plan.events.append(record_id)
            elif conn.scalar(select(Official.id).where(Official.id == record_id)) is not None:
                plan.officials.append(record_id)
            else:
                raise InputError(f"no event or official with id {record_id!r}", field="ID")
        _refuse_named(conn, plan.officials, set(plan.events))
        plan.links = _count_links(conn, plan.events)
        if not confirm(plan):
            raise Cancelled
        writer = Writer(conn)
        for event_id in plan.events:
            writer.delete_record("event", event_id)
        for official_id in plan.officials:
            writer.delete_record("official", official_id)
    return plan


def _plan_retract(conn: Connection, source_id: str) -> Removal:
    plan = Removal(source=source_id)
    plan.events = list(
        conn.scalars(select(Event.id).where(Event.origin == source_id).order_by(Event.id))
    )
    officials = list(
        conn.scalars(select(Official.id).where(Official.origin == source_id).order_by(Official.id))
    )
    for subject, record_id in conn.execute(
        select(Statement.subject, Statement.subject_id)
        .where(Statement.origin == source_id)
        .order_by(Statement.subject, Statement.subject_id)
    ):
        others = conn.scalar(
            select(Statement.id).where(
                Statement.subject == subject,
                Statement.subject_id == record_id,
                Statement.origin != source_id,
                Statement.partial.is_(False),
            )
        )
        if others is not None:
            plan.restated.append((subject, record_id))
        elif subject == "event":
            plan.events.append(record_id)
        else:
            officials.append(record_id)
    plan.officials = sorted(officials)
    _refuse_named(conn, plan.officials, set(plan.events))
    own_links = conn.scalar(select(func.count()).select_from(Link).where(Link.origin == source_id))
    plan.links = own_links + _count_links(conn, plan.events, exclude_origin=source_id)
    accounted = set(plan.events) | {i for subject, i in plan.restated if subject == "event"}
    plan.quotes = sum(
        1
        for event_id in conn.scalars(
            select(Evidence.event_id).where(
                Evidence.source_id == source_id, Evidence.event_id.is_not(None)
            )
        )
        if event_id not in accounted
    )
    return plan


def _count_links(conn: Connection, events: list[str], exclude_origin: str | None = None) -> int:
    if not events:
        return 0
    query = (
        select(func.count())
        .select_from(Link)
        .where(or_(Link.from_event_id.in_(events), Link.to_event_id.in_(events)))
    )
    if exclude_origin is not None:
        query = query.where(Link.origin != exclude_origin)
    return conn.scalar(query)


def _refuse_named(conn: Connection, officials: list[str], leaving: set[str]) -> None:
    """An official still named by an event that stays cannot go."""
    if not officials:
        return
    naming = (
        select(Participant.official_id, Participant.event_id)
        .where(Participant.official_id.in_(officials))
        .union(
            select(Visit.traveler_id, Visit.event_id).where(Visit.traveler_id.in_(officials)),
            select(Sanction.target_official_id, Sanction.event_id).where(
                Sanction.target_official_id.in_(officials)
            ),
        )
    )
    for official_id, event_id in conn.execute(naming):
        if event_id not in leaving:
            raise InputError(
                f"official {official_id!r} is named by event {event_id!r}, which stays: "
                "retract or delete that event first",
                field="ID",
            )


def _strip_quotes(conn: Connection, source_id: str) -> None:
    """Quotes of the source inside other origins' statements go with the source."""
    needle = json.dumps(source_id)
    rows = conn.execute(
        select(Statement.id, Statement.payload).where(
            Statement.origin != source_id, Statement.payload.contains(needle)
        )
    ).all()
    from .statements import digest, dumps

    for row in rows:
        payload = json.loads(row.payload)
        evidence = [e for e in payload.get("evidence", []) if e.get("source") != source_id]
        if evidence == payload.get("evidence", []):
            continue
        if evidence:
            payload["evidence"] = evidence
        else:
            payload.pop("evidence", None)
        conn.execute(
            update(Statement)
            .where(Statement.id == row.id)
            .values(payload=dumps(payload), content_hash=digest(payload))
        )

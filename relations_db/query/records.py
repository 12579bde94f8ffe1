"""Records back out of the database, as the dicts of the record format that `ingest` reads.

`RecordExport` selects events with the timeline filters, and with them the officials they
name, the sources that cite them or those officials (with their text, inline) and the links
between two selected events. Every part is streamed in chunks: events and officials a chunk
at a time with their child rows; only ids are ever held for the whole selection.

Without any filter the export is the whole database: every official and every source,
cited or not.

A record stated by one origin is rebuilt from its rows and names that origin as its
`source` (none when it is curated); quotes of other sources follow in its evidence, each
naming its source. A record stated by several origins is written once per statement, as
each origin gave it (store/statements.py), so nothing a source said is lost on the way
out. `source=` limits the export to what one source stated.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, case, func, select, union

from ..model import (
    Characterization,
    Event,
    EventSource,
    Evidence,
    Incident,
    IncidentParty,
    Link,
    Meeting,
    Official,
    OfficialAlias,
    OfficialSource,
    Participant,
    Position,
    Sanction,
    Source,
    Statement,
    Visit,
)
from .timeline import CHUNK, TimelineFilter, _event_query

KINDS = ("meeting", "visit", "incident", "sanction")
_KIND_COLUMNS = {
    "meeting": (Meeting, ("format",)),
    "visit": (Visit, ("traveler_id",)),
    "incident": (Incident, ("category",)),
    "sanction": (
        Sanction,
        (
            "imposer",
            "authority",
            "target_official_id",
            "target_organization",
            "target_description",
            "program",
            "reason",
            "lifted_edtf",
        ),
    ),
}


class RecordExport:
    """The records of the events a timeline filter selects, and what they refer to.

    The filters are checked when this is made, before any output is written.
    """

    def __init__(
        self,
        connection: Connection,
        flt: TimelineFilter | None = None,
        *,
        source: str | None = None,
    ):
        self.conn = connection
        flt = flt or TimelineFilter()
        self.source = source
        # Without filters the export is the whole database: every official and source too.
        self.everything = flt == TimelineFilter() and source is None
        selection = _event_query(connection, flt)
        if source is not None:
            if connection.scalar(select(Source.id).where(Source.id == source)) is None:
                from ..inputs.errors import InputError

                raise InputError(f"no source with id {source!r}", field="--source")
            selection = selection.where(
                (Event.origin == source)
                | Event.id.in_(
                    select(Statement.subject_id).where(
                        Statement.subject == "event", Statement.origin == source
                    )
                )
            )
        self._selection = selection.with_only_columns(Event.id)
        self._event_ids = self._selection.subquery("selected")

    # --- what the selection refers to (subqueries of ids) ---------------------------

    def _selected(self):
        return select(self._event_ids.c.id)

    def _official_ids(self):
        if self.everything:
            return select(Official.id)
        if self.source is not None:
            return select(Official.id).where(
                (Official.origin == self.source)
                | Official.id.in_(
                    select(Statement.subject_id).where(
                        Statement.subject == "official", Statement.origin == self.source
                    )
                )
            )
        return (
            select(Participant.official_id)
            .where(Participant.event_id.in_(self._selected()))
            .where(Participant.official_id.is_not(None))
            .distinct()
        )

    def _source_ids(self):
        if self.everything:
            return select(Source.id.label("source_id"))
        if self.source is not None:
            return select(Source.id.label("source_id")).where(Source.id == self.source)
        return union(
            select(EventSource.source_id).where(EventSource.event_id.in_(self._selected())),
            select(OfficialSource.source_id).where(
                OfficialSource.official_id.in_(self._official_ids())
            ),
        )

    def source_ids(self) -> list[str]:
        """The ids of the sources the selection cites (few compared with records)."""
        ids = self._source_ids().subquery()
        return list(self.conn.scalars(select(ids.c.source_id).order_by(ids.c.source_id)))

    def unsourced(self) -> int:
        """How many selected records (or statements of them) and links are curated: given
        without a source, so a document's one `source` must not be given to them."""
        if self.source is not None:
            return 0
        curated = 0
        for model, subject, ids in (
            (Event, "event", self._selected()),
            (Official, "official", self._official_ids()),
        ):
            curated += self.conn.scalar(
                select(func.count())
                .select_from(model)
                .where(model.id.in_(ids))
                .where(
                    (model.origin == "")
                    | model.id.in_(
                        select(Statement.subject_id).where(
                            Statement.subject == subject, Statement.origin == ""
                        )
                    )
                )
            )
        curated += self.conn.scalar(
            select(func.count())
            .select_from(Link)
            .where(Link.origin == "", Link.from_event_id.in_(self._selected()))
        )
        return curated

    # --- the records ----------------------------------------------------------------

    def sources(self) -> Iterator[dict]:
        query = (
            select(
                Source.id,
                Source.title,
                Source.url,
                Source.publisher,
                Source.published,
                Source.text,
            )
            .where(Source.id.in_(self._source_ids()))
            .order_by(Source.id)
        )
        for row in self.conn.execution_options(yield_per=CHUNK).execute(query):
            yield _compact(
                {
                    "id": row.id,
                    "title": row.title,
                    "url": row.url,
                    "publisher": row.publisher,
                    "published": _iso(row.published),
                    "text": row.text,
                }
            )

    def officials(self) -> Iterator[dict]:
        query = (
            select(Official.id, Official.name, Official.country, Official.origin)
            .where(Official.id.in_(self._official_ids()))
            .order_by(Official.id)
        )
        result = self.conn.execution_options(yield_per=CHUNK).execute(query)
        for chunk in result.partitions():
            yield from self._officials_chunk(chunk)

    def events(self, kind: str | None = None) -> Iterator[dict]:
        """Events of one kind (all kinds when None), oldest first, undated last."""
        kinds = [kind] if kind else list(KINDS)
        for one in kinds:
            query = (
                _event_select(one)
                .where(Event.id.in_(self._selected()))
                .order_by(
                    case((Event.date_start.is_(None), 1), else_=0),
                    Event.date_start,
                    Event.date_end,
                    Event.id,
                )
            )
            result = self.conn.execution_options(yield_per=CHUNK).execute(query)
            for chunk in result.partitions():
                yield from self._events_chunk(chunk)

    def links(self) -> Iterator[dict]:
        query = select(Link.from_event_id, Link.to_event_id, Link.relation, Link.origin).order_by(
            Link.from_event_id, Link.to_event_id, Link.relation, Link.origin
        )
        if self.source is not None:
            query = query.where(Link.origin == self.source)  # whatever its events
        else:
            # Joins, not `from IN (selected) AND to IN (selected)`: SQLite answers that by
            # probing the links index once for every pair of selected events (20,000 events:
            # 400 million probes, two minutes).
            starts = self._selection.subquery("from_selected")
            ends = self._selection.subquery("to_selected")
            query = query.join(starts, starts.c.id == Link.from_event_id).join(
                ends, ends.c.id == Link.to_event_id
            )
        for row in self.conn.execution_options(yield_per=CHUNK).execute(query):
            link = {"from": row.from_event_id, "to": row.to_event_id, "relation": row.relation}
            if row.origin:
                link["source"] = row.origin
            yield link

    def records(self) -> Iterator[tuple[str, dict]]:
        """(type, record) in the order `ingest` needs: sources, officials, events, links."""
        for record in self.sources():
            yield "source", record
        for record in self.officials():
            yield "official", record
        for record in self.events():
            yield record.pop("kind"), record
        for record in self.links():
            yield "link", record

    # --- child rows, a chunk at a time ----------------------------------------------

    def _statements(self, subject: str, ids: list[str]) -> dict[str, list[dict]]:
        """The statements of records stated by several origins, by record, curated first."""
        out = defaultdict(list)
        if not ids:
            return out
        query = select(Statement.subject_id, Statement.payload).where(
            Statement.subject == subject, Statement.subject_id.in_(ids)
        )
        if self.source is not None:
            query = query.where(Statement.origin == self.source)
        for row in self.conn.execute(query.order_by(Statement.subject_id, Statement.origin)):
            out[row.subject_id].append(json.loads(row.payload))
        if subject == "event":
            # A full statement that gives no status or visibility goes after those that give
            # both: read back, the first is stored in the record's rows, which always hold
            # them, and it must not come back saying the defaults.
            for said in out.values():
                said.sort(key=_states_less)
        return out

    def _officials_chunk(self, rows) -> Iterator[dict]:
        said = self._statements("official", [row.id for row in rows if row.origin is None])
        ids = [row.id for row in rows if row.origin is not None]
        aliases = self._grouped(
            OfficialAlias.official_id, OfficialAlias.alias, OfficialAlias.seq, ids
        )
        positions = defaultdict(list)
        for p in self.conn.execute(
            select(
                Position.official_id,
                Position.title,
                Position.organization,
                Position.country,
                Position.start_edtf,
                Position.end_edtf,
            )
            .where(Position.official_id.in_(ids))
            .order_by(Position.official_id, Position.seq)
        ):
            positions[p.official_id].append(p)
        sources = self._grouped(
            OfficialSource.official_id, OfficialSource.source_id, OfficialSource.source_id, ids
        )
        evidence = self._evidence(Evidence.official_id, ids)
        for row in rows:
            if row.origin is None:
                yield from said[row.id]
                continue
            source = row.origin or None
            yield _compact(
                {
                    "id": row.id,
                    "name": row.name,
                    "aliases": aliases[row.id],
                    "country": row.country,
                    "positions": [_position(p, row.country) for p in positions[row.id]],
                    "source": source,
                    "evidence": _cited(row.id, source, sources[row.id], evidence),
                }
            )

    def _events_chunk(self, rows) -> Iterator[dict]:
        said = self._statements("event", [row.id for row in rows if row.origin is None])
        ids = [row.id for row in rows if row.origin is not None]
        participants = defaultdict(list)
        target_country = {}
        for p in self.conn.execute(
            select(
                Participant.event_id,
                Participant.official_id,
                Participant.description,
                Participant.country,
                Participant.role,
                Participant.implied,
            )
            .where(Participant.event_id.in_(ids))
            .order_by(Participant.event_id, Participant.seq)
        ):
            if p.implied:
                if p.role == "target" and p.official_id is None:
                    target_country[p.event_id] = p.country
                continue
            participants[p.event_id].append(
                _compact(
                    {
                        "official": p.official_id,
                        "description": p.description,
                        "country": p.country,
                        "role": p.role,
                    }
                )
            )
        parties = self._grouped(
            IncidentParty.event_id, IncidentParty.country, IncidentParty.seq, ids
        )
        characterizations = defaultdict(list)
        for c in self.conn.execute(
            select(
                Characterization.event_id,
                Characterization.by.label("by"),
                Characterization.text,
            )
            .where(Characterization.event_id.in_(ids))
            .order_by(Characterization.event_id, Characterization.seq)
        ):
            characterizations[c.event_id].append(_compact({"by": c.by, "text": c.text}))
        sources = defaultdict(list)
        published = {}
        for s in self.conn.execute(
            select(EventSource.event_id, EventSource.source_id, Source.published)
            .join(Source, Source.id == EventSource.source_id)
            .where(EventSource.event_id.in_(ids))
            .order_by(EventSource.event_id, EventSource.source_id)
        ):
            sources[s.event_id].append(s.source_id)
            published[s.source_id] = s.published
        evidence = self._evidence(Evidence.event_id, ids)
        for row in rows:
            if row.origin is None:
                for payload in said[row.id]:
                    yield {"kind": row.kind, **payload}
                continue
            source = row.origin or None
            anchor = row.date_anchor
            if anchor is not None and row.date_text and anchor == published.get(source):
                anchor = None  # ingest takes it from the source's publication date again
            record = {
                "kind": row.kind,
                "id": row.id,
                "title": row.title,
                "summary": row.summary,
                "date": row.date_edtf,
                "date_text": row.date_text,
                "date_anchor": _iso(anchor),
                "location": _compact({"place": row.place, "country": row.place_country}),
                **_kind_fields(row, parties, characterizations, target_country),
                "participants": participants[row.id],
                "status": row.status,
                "visibility": row.visibility,
                "source": source,
                "evidence": _cited(row.id, source, sources[row.id], evidence),
            }
            yield _compact(record)

    def _evidence(self, column, ids) -> dict[tuple[str, str], list[dict]]:
        out = defaultdict(list)
        for e in self.conn.execute(
            select(
                column.label("subject"),
                Evidence.source_id,
                Evidence.quote,
                Evidence.start_offset,
                Evidence.end_offset,
            )
            .where(column.in_(ids))
            .order_by(column, Evidence.source_id, Evidence.seq)
        ):
            out[(e.subject, e.source_id)].append(
                {"quote": e.quote, "start": e.start_offset, "end": e.end_offset}
            )
        return out

    def _grouped(self, key, value, order, ids) -> dict[str, list]:
        """`value`s of the rows whose `key` is one of `ids`, by key, in `order`."""
        out = defaultdict(list)
        query = select(key, value).where(key.in_(ids)).order_by(key, order)
        for k, v in self.conn.execute(query):
            out[k].append(v)
        return out


def _event_select(kind: str):
    """The columns an event of `kind` is rebuilt from."""
    model, names = _KIND_COLUMNS[kind]
    table = model.__table__
    return select(
        Event.id,
        Event.kind,
        Event.title,
        Event.summary,
        Event.date_edtf,
        Event.date_text,
        Event.date_anchor,
        Event.place,
        Event.place_country,
        Event.status,
        Event.visibility,
        Event.origin,
        *(table.c[name] for name in names),
    ).join(table, table.c.event_id == Event.id)


def _cited(record_id: str, own: str | None, sources: list[str], evidence) -> list[dict]:
    """The record's evidence from every source: its own source's quotes first, then the
    others', each marked with the source it quotes."""
    quotes = list(evidence.get((record_id, own), [])) if own else []
    for other in sources:
        if other != own:
            quotes += [{**item, "source": other} for item in evidence.get((record_id, other), [])]
    return quotes


def record_of(connection: Connection, subject: str, record_id: str) -> dict:
    """One record stated by a single origin, rebuilt from its rows in the export's form
    (with `source` when it has one): that origin's statement."""
    export = RecordExport(connection)
    if subject == "official":
        query = select(Official.id, Official.name, Official.country, Official.origin).where(
            Official.id == record_id
        )
        return next(export._officials_chunk(connection.execute(query).all()))
    kind = connection.scalar(select(Event.kind).where(Event.id == record_id))
    query = _event_select(kind).where(Event.id == record_id)
    record = next(export._events_chunk(connection.execute(query).all()))
    record.pop("kind", None)
    return record


def _kind_fields(row, parties, characterizations, target_country) -> dict:
    if row.kind == "meeting":
        return {"format": row.format}
    if row.kind == "visit":
        return {"traveler": row.traveler_id}
    if row.kind == "incident":
        return {
            "category": row.category,
            "parties": parties[row.id],
            "characterizations": characterizations[row.id],
        }
    target = _compact(
        {
            "official": row.target_official_id,
            "organization": row.target_organization,
            "description": row.target_description,
        }
    )
    if target and not row.target_official_id and target_country.get(row.id):
        target["country"] = target_country[row.id]
    return {
        "imposer": row.imposer,
        "authority": row.authority,
        "target": target,
        "program": row.program,
        "reason": row.reason,
        "lifted": row.lifted_edtf,
    }


def _position(p, official_country: str | None) -> dict:
    # The store fills a position's country in from its official; leave it out again then.
    country = p.country if p.country != official_country else None
    return _compact(
        {
            "title": p.title,
            "organization": p.organization,
            "country": country,
            "start": p.start_edtf,
            "end": p.end_edtf,
        }
    )


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _compact(record: dict) -> dict:
    """Leave out what is empty, as a hand-written record would."""
    return {k: v for k, v in record.items() if v is not None and v != [] and v != {}}


__all__ = ["RecordExport", "KINDS", "record_of"]


def _states_less(payload: dict) -> bool:
    from ..store.statements import UNSTATED_DEFAULTS

    return not payload.get("partial") and not all(k in payload for k in UNSTATED_DEFAULTS)

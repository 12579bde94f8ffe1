"""Records stated by several origins: keeping each statement, and rewriting the record's
rows as their resolution.

A record stated once is written straight into its rows (`origin` says by whom). A second
origin's statement makes the record explicit: the first statement is rebuilt from the rows
into `statements` (materialized), the new one is added, and the rows are rewritten from the
resolution (store/statements.py). When retraction leaves one full statement, the record goes
back to being stored in its rows alone. The caller owns the transaction.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, update

from ..inputs.errors import InputError
from ..model import (
    Characterization,
    Event,
    EventCountry,
    EventSource,
    Evidence,
    IncidentParty,
    Official,
    OfficialAlias,
    OfficialSource,
    Participant,
    Position,
    Source,
    Statement,
)
from ..model.base import utcnow
from .statements import Said, digest, dumps, ordered, payload_of, resolve

NEW, UPDATED, UNCHANGED, MERGED = "new", "updated", "unchanged", "merged"
NOT_STORED = object()  # `_origin_of` a record that has no rows
SUBJECT_TABLES = {"event": Event, "official": Official}


class Restating:
    """Mixed into the Writer: the statement-keeping half of the write path."""

    # --- statements -----------------------------------------------------------------

    def add_statement(
        self,
        subject: str,
        record,
        origin: str,
        *,
        extracted: bool = False,
        target_id: str | None = None,
        payload: dict | None = None,
        partial: bool = False,
    ) -> str:
        """Keep `origin`'s statement of a record (the record `target_id`, when a report was
        merged into an event stored under another id) and rewrite the record's rows."""
        target = target_id or record.id
        if payload is None:
            payload = payload_of(record, subject, origin)
        origin_now = self._origin_of(subject, target)
        self._materialize(subject, target, origin_now)
        stored = self.conn.execute(
            select(Statement.id, Statement.content_hash, Statement.payload).where(
                Statement.subject == subject,
                Statement.subject_id == target,
                Statement.origin == origin,
            )
        ).first()
        content = digest(payload)
        if stored is not None and stored.content_hash == content:
            return UNCHANGED
        values = {
            "claimed_id": payload.get("id", target),
            "extracted": extracted,
            "partial": partial,
            "content_hash": content,
            "payload": dumps(payload),
        }
        if stored is None:
            self.conn.execute(
                insert(Statement).values(
                    subject=subject, subject_id=target, origin=origin, **values
                )
            )
        else:
            self.conn.execute(update(Statement).where(Statement.id == stored.id).values(**values))
        self.write_resolved(subject, target, kind=getattr(record, "kind", None))
        if stored is not None:
            return UPDATED
        return NEW if origin_now is NOT_STORED else MERGED

    def _origin_of(self, subject: str, record_id: str):
        """The record's `origin` column: a source id, '' (curated), None (its statements
        are in `statements`), or NOT_STORED."""
        table = SUBJECT_TABLES[subject]
        row = self.conn.execute(select(table.origin).where(table.id == record_id)).first()
        return NOT_STORED if row is None else row[0]

    def _materialize(self, subject: str, record_id: str, origin) -> None:
        """Move a record stated once (by `origin`) from its rows into `statements`."""
        if origin is NOT_STORED or origin is None:
            return
        from ..query.records import record_of

        payload = record_of(self.conn, subject, record_id)
        self.conn.execute(
            insert(Statement).values(
                subject=subject,
                subject_id=record_id,
                origin=origin,
                claimed_id=record_id,
                extracted=False,
                partial=False,
                content_hash=digest(payload),
                payload=dumps(payload),
            )
        )
        table = SUBJECT_TABLES[subject]
        self.conn.execute(update(table).where(table.id == record_id).values(origin=None))

    def statements_of(self, subject: str, record_id: str) -> list[Said]:
        return statements_of(self.conn, subject, record_id)

    def write_resolved(self, subject: str, record_id: str, kind: str | None = None) -> str | None:
        """Rewrite a record's rows from its statements; returns "deleted" when none that
        keeps it alive is left, "single" when it went back to its rows alone."""
        said = self.statements_of(subject, record_id)
        full = [s for s in said if not s.partial]
        if not full:
            if self._origin_of(subject, record_id) is NOT_STORED:
                return "waiting"  # an edit that came before its record: kept for it
            self.delete_record(subject, record_id)
            return "deleted"
        if len(said) == 1 and not said[0].extracted:
            only = said[0]
            self._rewrite(subject, record_id, only.payload, only.origin, (), kind)
            self.conn.execute(
                delete(Statement).where(
                    Statement.subject == subject, Statement.subject_id == record_id
                )
            )
            return "single"
        resolved = resolve(said, subject, record_id, country_of=self._country_of)
        stating = [s.origin for s in said if s.origin]
        self._rewrite(subject, record_id, resolved, None, stating, kind)
        return None

    def _country_of(self, official_id: str) -> str | None:
        return (
            self._official_country.get(official_id) if self.official_exists(official_id) else None
        )

    def _rewrite(
        self, subject: str, record_id: str, data: dict, origin: str | None, stating, kind=None
    ) -> None:
        """Write the record `data` (record format) into the rows of `record_id`; `origin`
        is who stated it alone (None: resolved from the statements of `stating`)."""
        from ..inputs.records import validate

        if subject == "official":
            kind = "official"
        else:
            stored = self.conn.scalar(select(Event.kind).where(Event.id == record_id))
            kind = stored or kind
        body = {k: v for k, v in data.items() if k != "kind"}
        body["id"] = record_id
        try:
            record = validate(kind, body, file="<statements>")
        except InputError as error:
            raise InputError(
                f"the statements of {record_id!r} do not resolve to a valid record: "
                f"{error.field}: {error.message}",
                record=record_id,
            ) from None
        sources = (origin,) if origin else ()
        if subject == "official":
            self._rewrite_official(record, origin, sources, stating)
        else:
            anchor = self.source_published(origin) if origin else None
            self._rewrite_event(record, origin, sources, anchor, stating)

    def _rewrite_event(self, record, origin, sources, anchor, stating) -> None:
        from ..inputs.records import content_hash
        from .event_rows import KIND_TABLES
        from .sources import cited_sources

        old_kind = self.conn.scalar(select(Event.kind).where(Event.id == record.id))
        values = self._event_values(record, content_hash(record), anchor)
        values["origin"] = origin
        if old_kind is None:
            self.conn.execute(insert(Event).values(id=record.id, **values))
        else:
            self.conn.execute(
                update(Event).where(Event.id == record.id).values(**values, updated_at=utcnow())
            )
            self._clear(
                record.id,
                KIND_TABLES[old_kind].c.event_id,
                Participant.event_id,
                IncidentParty.event_id,
                Characterization.event_id,
                EventCountry.event_id,
                Evidence.event_id,
                EventSource.event_id,
            )
        self._insert_children([record])
        self._insert_evidence(Evidence.event_id, record, sources)
        cited = list(dict.fromkeys([*cited_sources(record, sources), *stating]))
        if cited:
            self.conn.execute(
                insert(EventSource), [{"event_id": record.id, "source_id": s} for s in cited]
            )

    def _rewrite_official(self, record, origin, sources, stating) -> None:
        from ..inputs.records import content_hash
        from ..names import fold
        from .sources import cited_sources

        old_country = self.conn.execute(
            select(Official.country).where(Official.id == record.id)
        ).first()
        values = {
            "name": record.name,
            "name_key": fold(record.name),
            "country": record.country,
            "origin": origin,
            "content_hash": content_hash(record),
        }
        if old_country is None:
            self.conn.execute(insert(Official).values(id=record.id, **values))
        else:
            self.conn.execute(
                update(Official)
                .where(Official.id == record.id)
                .values(**values, updated_at=utcnow())
            )
            self._clear(
                record.id,
                OfficialAlias.official_id,
                Position.official_id,
                Evidence.official_id,
                OfficialSource.official_id,
            )
        self._write_official_children(record)
        self._insert_evidence(Evidence.official_id, record, sources)
        cited = list(dict.fromkeys([*cited_sources(record, sources), *stating]))
        if cited:
            self.conn.execute(
                insert(OfficialSource),
                [{"official_id": record.id, "source_id": s} for s in cited],
            )
        self._official_country[record.id] = record.country
        if old_country is not None and old_country[0] != record.country:
            self._refresh_countries_of_official(record.id)

    def _insert_evidence(self, column, record, sources) -> None:
        from .sources import evidence_by_source

        rows = [
            {
                "source_id": source,
                column.key: record.id,
                "seq": i,
                "quote": q,
                "start_offset": s,
                "end_offset": e,
            }
            for source, given in evidence_by_source(record, sources).items()
            for i, (q, s, e) in enumerate(given)
        ]
        if rows:
            self.conn.execute(insert(Evidence), rows)

    # --- removing -------------------------------------------------------------------

    def delete_record(self, subject: str, record_id: str) -> None:
        """Remove a record with its statements (child rows and links go with it)."""
        table = SUBJECT_TABLES[subject]
        self.conn.execute(
            delete(Statement).where(Statement.subject == subject, Statement.subject_id == record_id)
        )
        if subject == "official":
            self._official_country.pop(record_id, None)
        self.conn.execute(delete(table).where(table.id == record_id))

    # --- CSV rows: partial records ------------------------------------------------------

    def upsert_row(self, record, cells: dict, sources: tuple[str, ...]) -> str:
        """A row of a CSV event table is a partial record: it sets the columns it has and
        erases nothing. A row equal to what the timeline shows changes nothing; a row that
        differs is the user's edit, kept as a curated statement of those columns. A row of
        a record not stored yet is that record, stated by the sources it names."""
        from sqlalchemy import column, table

        from ..query.timeline import COLUMNS

        missing = [s for s in sources if not self.source_exists(s)]
        view = table("timeline", *(column(c) for c in COLUMNS))
        shown = self.conn.execute(select(*view.c).where(view.c.id == record.id)).first()
        if shown is None:
            if missing:
                raise InputError(
                    f"no source with id {missing[0]!r}: load the sources first (the record "
                    "documents, or an `export --format jsonl` of the database)",
                    field="sources",
                )
            outcome = self.upsert_event(record, sources[:1])
            for other in sources[1:]:
                self.add_statement("event", record, other)
            return outcome
        differing = _differing(cells, dict(zip(COLUMNS, shown, strict=True)), record.kind)
        if not differing:
            return UNCHANGED
        if "kind" in differing:
            raise InputError(
                f"{record.id!r} is a {shown.kind}, not a {record.kind}: a row cannot change "
                "an event's kind",
                field="kind",
            )
        patch = _patch(record, differing)
        origin = self._origin_of("event", record.id)
        if origin == "":
            from ..query.records import record_of

            whole = {**record_of(self.conn, "event", record.id), **patch}
            return self._restate_curated(record.kind, whole)
        curated = self.conn.execute(
            select(Statement.payload, Statement.partial).where(
                Statement.subject == "event",
                Statement.subject_id == record.id,
                Statement.origin == "",
            )
        ).first()
        if curated is not None and not curated.partial:
            whole = {**json.loads(curated.payload), **patch}
            return self.add_statement("event", record, "", payload=whole)
        # Earlier edits of other columns stay: the new row's columns go over them.
        earlier = json.loads(curated.payload) if curated is not None else {}
        edit = ordered({**earlier, **patch, "partial": True}, "event")
        return self.add_statement("event", record, "", payload=edit, partial=True)

    def _restate_curated(self, kind: str, whole: dict) -> str:
        from ..inputs.records import validate

        whole.pop("source", None)
        record = validate(kind, whole, file="<row>")
        return self.upsert_event(record, ())


def _differing(cells: dict, shown: dict, kind: str) -> set[str]:
    """The columns a row gives that differ from what the timeline shows. Derived columns
    (`start`, `end`, `precision`) and `sources` are not the row's to set; `countries` is
    an incident's parties."""
    from ..output.formats import cell

    settable = {
        "kind",
        "date",
        "date_text",
        "title",
        "status",
        "visibility",
        "participants",
        "location",
    }
    if kind == "incident":
        settable.add("countries")
    return {c for c, v in cells.items() if c in settable and v != cell(shown.get(c))}


def _patch(record, differing: set[str]) -> dict:
    """The record's fields that the differing columns set, in the record format."""
    data = record.model_dump(mode="json", by_alias=True, exclude_none=True)
    fields = {
        "date": ("date", "date_text"),
        "date_text": ("date_text",),
        "title": ("title",),
        "status": ("status",),
        "visibility": ("visibility",),
        "participants": ("participants",),
        "location": ("location",),
        "countries": ("parties",),
    }
    patch = {"id": record.id}
    for column in sorted(differing):
        for key in fields.get(column, ()):
            if key in data:
                patch[key] = data[key]
    if "participants" in patch:
        patch["participants"] = [
            {k: v for k, v in p.items() if v is not None} for p in patch["participants"]
        ]
    return patch


def statements_of(conn, subject: str, record_id: str, leave_out: str | None = None) -> list[Said]:
    """The statements kept of a record, by origin (without `leave_out`'s, when given)."""
    query = (
        select(
            Statement.origin,
            Statement.payload,
            Statement.extracted,
            Statement.partial,
            Statement.claimed_id,
            Statement.content_hash,
            Source.published,
        )
        .outerjoin(Source, Source.id == Statement.origin)
        .where(Statement.subject == subject, Statement.subject_id == record_id)
        .order_by(Statement.origin)
    )
    if leave_out is not None:
        query = query.where(Statement.origin != leave_out)
    return [
        Said(
            origin=r.origin,
            payload=json.loads(r.payload),
            published=r.published,
            extracted=r.extracted,
            partial=r.partial,
            claimed_id=r.claimed_id,
            content_hash=r.content_hash,
        )
        for r in conn.execute(query)
    ]

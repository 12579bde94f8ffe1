"""Idempotent upserts of validated records, through SQLAlchemy Core.

Each record is keyed by its `id`. A record whose content hash and evidence match what is
stored is left alone (`unchanged`); otherwise its row is updated and its child rows
(aliases, positions, participants, parties, ...) replaced (`updated`). Evidence is kept per
source: a record ingested from a second source adds that source's quotes and keeps the
first source's. The caller owns the transaction.

This module holds events (one at a time, and in batches for bulk loads), links and the
call's scratch table of ids; sources and officials are mixed in from store/sources.py and
store/officials.py, another origin's statements from store/restate.py and the matching of
reports of one event from store/matching.py.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from functools import cache
from types import SimpleNamespace

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from ..inputs.fast import is_fast
from ..inputs.records import content_hash
from ..model import (
    Characterization,
    Event,
    EventCountry,
    EventSource,
    Evidence,
    IncidentParty,
    Link,
    Participant,
)
from ..model.base import utcnow
from ..model.tables import Statement
from .event_rows import (
    EVENT_VALUES,
    KIND_TABLES,
    EventRows,
    event_values,
    evidence_columns,
    evidence_rows,
)
from .matching import Matching
from .officials import Officials
from .restate import NEW, UNCHANGED, UPDATED, Restating
from .rows import RowWriter
from .sources import LRU, SOURCE_CACHE, Sources, cited_sources, evidence_by_source, origin_of


class NeedsLookups(Exception):
    """A batch given to `upsert_events(..., fresh=True)` holds a record that needs what is
    stored looked up (an id stored already, an edit, two origins of one id): the caller
    rolls back and loads again without `fresh`."""


# The per-call scratch table of (event id, origin) keys (see Writer.start_call).
SEEN = Table("ingest_seen", MetaData(), Column("id", String(402)), Column("location", Text))


@cache
def _by_ids(dialect: str) -> SimpleNamespace:
    """Batch lookups by a list of ids bound at run time, built once per dialect, so
    SQLAlchemy compiles each once instead of coercing a thousand literals a batch. The
    list goes as one JSON array, unpacked by the database: an expanding IN list is
    rendered anew for every call, and psycopg dumps a Python list as an array in Python,
    a value at a time (a twentieth of a PostgreSQL load)."""
    unpack = func.json_array_elements_text if dialect == "postgresql" else func.json_each

    def among(column):
        ids = unpack(bindparam("ids", type_=JSON)).table_valued("value")
        return column.in_(select(ids.c.value))

    events, links = Event.__table__, Link.__table__
    return SimpleNamespace(
        stored_events=select(
            events.c.id, events.c.content_hash, events.c.kind, events.c.origin
        ).where(among(events.c.id)),
        present_events=select(events.c.id).where(among(events.c.id)),
        links_from=select(
            links.c.from_event_id, links.c.to_event_id, links.c.relation, links.c.origin
        ).where(among(links.c.from_event_id)),
        waiting_edits=select(Statement.subject_id).where(
            Statement.subject == "event", among(Statement.subject_id)
        ),
        seen_before=select(SEEN.c.id, SEEN.c.location).where(among(SEEN.c.id)),
    )


class Writer(Sources, Officials, Restating, Matching):
    def __init__(self, connection: Connection):
        self.conn = connection
        self.rows = RowWriter(connection)
        self._official_country: dict[str, str | None] = {}
        # Bounded caches: a bulk load cites thousands of sources, one after another.
        self._source_text: LRU = LRU(SOURCE_CACHE)
        self._source_published: LRU = LRU(SOURCE_CACHE)
        self._merged: dict[tuple, str] = {}  # (record id, origin) -> the event it joined
        self._pending_sources: dict[str, tuple] = {}  # staged, written with the next batch
        self._retexted: dict[str, str] = {}  # sources whose text the call changed: new text

    # --- lookups --------------------------------------------------------------------

    def event_exists(self, event_id: str, origin: str | None = None) -> bool:
        event_id = self.event_id(event_id, origin)
        return self.conn.execute(select(Event.id).where(Event.id == event_id)).first() is not None

    def event_id(self, record_id: str, origin: str | None = None) -> str:
        """The stored event a record id stands for: itself, or the event a report of
        `origin` (any origin when None) under that id was merged into."""
        if (record_id, origin) in self._merged:
            return self._merged[record_id, origin]
        if self.conn.execute(select(Event.id).where(Event.id == record_id)).first():
            return record_id
        query = select(Statement.subject_id).where(
            Statement.subject == "event", Statement.claimed_id == record_id
        )
        if origin is not None:
            query = query.where(Statement.origin == origin)
        found = self.conn.execute(query.order_by(Statement.subject_id)).first()
        if found is not None:
            self._merged[record_id, origin] = found[0]
            return found[0]
        return record_id

    def merged_into(self, record_id: str, origin: str) -> str | None:
        """The event under another id that `origin`'s report `record_id` was merged into."""
        if (record_id, origin) in self._merged:
            return self._merged[record_id, origin]
        return self.conn.scalar(
            select(Statement.subject_id).where(
                Statement.subject == "event",
                Statement.claimed_id == record_id,
                Statement.origin == origin,
                Statement.subject_id != record_id,
            )
        )

    # --- events ---------------------------------------------------------------------

    def upsert_event(
        self,
        record,
        sources: tuple[str, ...],
        date_anchor=None,
        *,
        merge: bool = False,
        extracted: bool = False,
    ) -> str:
        """Insert or update an event by id.

        A record of the origin that stated the event updates it in place; another origin's
        record of the same id is kept as its statement beside the first (store/restate.py).
        With `merge`, a record under a new id that reports an event already stored (see
        `_matches`) joins that event as its origin's statement. `extracted` statements
        (from `extract`) are always kept as statements, so they rank below documents.
        """
        if is_fast(record):
            record = record.to_model()  # statements and merges work on pydantic records
        origin = origin_of(sources)
        if getattr(record, "partial", False):
            return self.add_statement("event", record, origin, partial=True)
        merged = self.merged_into(record.id, origin)
        if merged is not None:
            return self.add_statement(
                "event", record, origin, extracted=extracted, target_id=merged
            )
        row = self.conn.execute(
            select(Event.content_hash, Event.kind, Event.origin).where(Event.id == record.id)
        ).first()
        if merge and row is None:
            same = self._same_event(record, origin)
            if same is not None:
                self._merged[record.id, origin] = same
                return self.add_statement(
                    "event", record, origin, extracted=extracted, target_id=same
                )
        if (
            merge
            and row is not None
            and row.origin != origin
            and not self._states(record.id, origin)
            and not self._matches(record.id, record, origin)
        ):
            # Another report under the same id: ids of extracted records are made from dates
            # and words, so two different events can share one.
            new_id = f"{record.id}-{hashlib.sha256(origin.encode()).hexdigest()[:6]}"
            self._merged[record.id, origin] = new_id
            renamed = record.model_copy(update={"id": new_id})
            return self.upsert_event(renamed, sources, date_anchor, extracted=extracted)
        if (
            extracted
            or (row is not None and row.origin != origin)
            or (row is None and self._waiting(record.id))
        ):
            return self.add_statement("event", record, origin, extracted=extracted)
        digest = content_hash(record)
        values = {**self._event_values(record, digest, date_anchor), "origin": origin}
        if row is None:
            self.conn.execute(insert(Event).values(id=record.id, **values))
            self._insert_children([record])
            outcome = NEW
        elif row.content_hash != digest:
            self.conn.execute(
                update(Event).where(Event.id == record.id).values(**values, updated_at=utcnow())
            )
            self._clear(
                record.id,
                KIND_TABLES[row.kind].c.event_id,
                Participant.event_id,
                IncidentParty.event_id,
                Characterization.event_id,
                EventCountry.event_id,
            )
            self._insert_children([record])
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        changed = self._sync_evidence_of("event_id", [(record, sources)]) | self._link_sources_of(
            EventSource.__table__, "event_id", [(record, sources)]
        )
        return UPDATED if outcome == UNCHANGED and changed else outcome

    def _waiting(self, event_id: str) -> bool:
        """Statements (an edit) stored before the event itself."""
        return (
            self.conn.scalar(
                select(Statement.id).where(
                    Statement.subject == "event", Statement.subject_id == event_id
                )
            )
            is not None
        )

    def _states(self, event_id: str, origin: str) -> bool:
        return (
            self.conn.scalar(
                select(Statement.id).where(
                    Statement.subject == "event",
                    Statement.subject_id == event_id,
                    Statement.origin == origin,
                )
            )
            is not None
        )

    def upsert_events(self, batch: list[tuple], *, fresh: bool = False) -> list[str]:
        """Many events at once, `(record, sources, date_anchor)` each, without merging:
        one query finds what is stored, then one executemany per table. A record that
        another origin already states (or that the batch gives twice) goes through
        `upsert_event` after the rest. The outcomes are those `upsert_event` gives.

        `fresh`: the load began on a database without events and statements, and the
        caller has kept its records unique; each record is then taken as new without a
        query, and one that is not raises NeedsLookups (its row would break the key of
        `events`, or it needs `upsert_event`)."""
        events = Event.__table__
        if fresh:
            stored, waiting = {}, set()
        else:
            ids = {"ids": [record.id for record, _, _ in batch]}
            queries = _by_ids(self.conn.dialect.name)
            stored = {row.id: row for row in self.conn.execute(queries.stored_events, ids)}
            # Edits that came before their record wait in `statements`.
            waiting = set(self.conn.scalars(queries.waiting_edits, ids))
        new = EventRows(self._country_of)
        stamp = self.rows.stamp(events, "created_at", utcnow())
        changed, outcomes, later, taken = [], [], [], set()
        for i, (record, sources, anchor) in enumerate(batch):
            origin = origin_of(sources)
            row = stored.get(record.id)
            if (
                record.id in taken
                or record.id in waiting
                or record.partial
                or (row is not None and row.origin != origin)
            ):
                later.append(i)
                outcomes.append(None)
                continue
            taken.add(record.id)
            digest = content_hash(record)
            if row is None:
                new.add_event(record, sources, anchor, digest, stamp)
                outcomes.append(NEW)
            elif row.content_hash != digest:
                values = {**self._event_values(record, digest, anchor), "origin": origin}
                changed.append((record, values))
                outcomes.append(UPDATED)
            else:
                outcomes.append(UNCHANGED)
        if fresh and later:
            raise NeedsLookups(batch[later[0]][0].id)
        try:
            new.write(self.rows)
        except self.conn.dialect.dbapi.IntegrityError as error:
            if fresh:  # an id this load stored already
                raise NeedsLookups(str(error)) from error
            raise
        if changed:
            now = utcnow()
            self.conn.execute(
                update(events).where(events.c.id == bindparam("b_id")),
                [{"b_id": record.id, **values, "updated_at": now} for record, values in changed],
            )
            changed_ids = [record.id for record, _ in changed]
            for table in (
                *KIND_TABLES.values(),
                Participant.__table__,
                IncidentParty.__table__,
                Characterization.__table__,
                EventCountry.__table__,
            ):
                self.conn.execute(delete(table).where(table.c.event_id.in_(changed_ids)))
            self._insert_children([record for record, _ in changed])
        known = [
            (record, sources)
            for (record, sources, _), outcome in zip(batch, outcomes, strict=True)
            if outcome in (UPDATED, UNCHANGED)
        ]
        touched = self._sync_evidence_of("event_id", known) | self._link_sources_of(
            EventSource.__table__, "event_id", known
        )
        outcomes = [
            UPDATED if outcome == UNCHANGED and record.id in touched else outcome
            for outcome, (record, _, _) in zip(outcomes, batch, strict=True)
        ]
        for i in later:
            record, sources, anchor = batch[i]
            outcomes[i] = self.upsert_event(record, sources, anchor)
        return outcomes

    def _sync_evidence_of(self, subject: str, batch: list[tuple]) -> set[str]:
        """Make each source's quotes of each stored record, `(record, sources)` each, what the
        record says; the quotes are under the evidence column `subject` (event_id or
        official_id). Returns the ids whose evidence changed."""
        if not batch:
            return set()
        table = Evidence.__table__
        column = table.c[subject]
        own = [
            (record, source, given)
            for record, sources in batch
            for source, given in evidence_by_source(record, sources).items()
        ]
        stored = defaultdict(list)
        for row in self.conn.execute(
            select(column, table.c.source_id, table.c.quote, table.c.start_offset,
                   table.c.end_offset)
            .where(column.in_([record.id for record, _ in batch]))
            .order_by(column, table.c.source_id, table.c.seq)
        ):
            stored[row[0], row.source_id].append(tuple(row)[2:])
        rows, touched = [], set()
        for record, source, given in own:
            if stored.get((record.id, source), []) == given:
                continue
            touched.add(record.id)
            if (record.id, source) in stored:
                self.conn.execute(
                    delete(table).where(column == record.id, table.c.source_id == source)
                )
            rows += evidence_rows(record.id, source, given)
        self.rows.insert_tuples(table, evidence_columns(subject), rows, ready=True)
        return touched

    def _link_sources_of(self, table: Table, subject: str, batch: list[tuple]) -> set[str]:
        """Link each stored record, `(record, sources)` each, to every source that cites it,
        in `table` (event_sources or official_sources); returns the ids that gained one."""
        if not batch:
            return set()
        column = table.c[subject]
        linked = {
            tuple(row)
            for row in self.conn.execute(
                select(column, table.c.source_id).where(
                    column.in_([record.id for record, _ in batch])
                )
            )
        }
        rows, gained = [], set()
        for record, sources in batch:
            for source in cited_sources(record, sources):
                if (record.id, source) not in linked:
                    rows.append((record.id, source))
                    gained.add(record.id)
        self.rows.insert_tuples(table, (subject, "source_id"), rows, ready=True)
        return gained

    # --- ids seen in one ingest call ---------------------------------------------------

    def start_call(self) -> None:
        """A scratch table of the event ids this call has given, with where: duplicates
        are found in the database instead of a set that grows with the input."""
        self.end_call()
        self.conn.exec_driver_sql(
            "CREATE TEMPORARY TABLE ingest_seen (id VARCHAR(200) PRIMARY KEY, location TEXT)"
        )

    def end_call(self) -> None:
        schema = "pg_temp" if self.conn.dialect.name == "postgresql" else "temp"
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {schema}.ingest_seen")

    def seen_before(self, located: dict[str, str]) -> dict[str, str]:
        """Record these ids (id -> location) as given; returns those given earlier in the
        call, with where they were first given."""
        query = _by_ids(self.conn.dialect.name).seen_before
        earlier = dict(self.conn.execute(query, {"ids": list(located)}).all())
        fresh = [(i, where) for i, where in located.items() if i not in earlier]
        self.rows.insert_tuples(SEEN, ("id", "location"), fresh)
        return earlier

    def add_links(self, given: list[tuple]) -> list[str | None]:
        """Many links at once, `(record, origin)` each: the outcome of each, or None where
        an end is not stored. Each origin's link is its own row, so retracting a source
        takes its links with it."""
        queries = _by_ids(self.conn.dialect.name)
        ends = {(end, origin) for r, origin in given for end in (r.from_, r.to)}
        present = set(
            self.conn.scalars(queries.present_events, {"ids": list({e for e, _ in ends})})
        )
        resolve = {
            (end, origin): end if end in present else self.event_id(end, origin)
            for end, origin in ends
        }
        renamed = set(resolve.values()) - present
        if renamed:
            present |= set(self.conn.scalars(queries.present_events, {"ids": list(renamed)}))
        links = Link.__table__
        keys = [(resolve[r.from_, o], resolve[r.to, o], r.relation.value, o) for r, o in given]
        stored = {
            tuple(row)
            for row in self.conn.execute(queries.links_from, {"ids": list({k[0] for k in keys})})
        }
        outcomes, rows = [], []
        for (record, _), key in zip(given, keys, strict=True):
            a, b, relation, origin = key
            if a not in present or b not in present:
                outcomes.append(None)
            elif (a == b and record.from_ != record.to) or key in stored:
                outcomes.append(UNCHANGED)
            else:
                stored.add(key)
                rows.append(
                    {"from_event_id": a, "to_event_id": b, "relation": relation, "origin": origin}
                )
                outcomes.append(NEW)
        self.rows.insert(links, rows)
        return outcomes

    def _event_values(self, record, digest: str, date_anchor) -> dict:
        """The `events` row of a record, bar its id and origin, for SQLAlchemy."""
        return dict(
            zip(EVENT_VALUES, event_values(record, digest, date_anchor, _same), strict=True)
        )

    def _insert_children(self, records) -> None:
        """The rows that hang off events (kind table, participants, parties,
        characterizations, countries), one insert per table for all `records`."""
        rows = EventRows(self._country_of)
        for record in records:
            rows.add_children(record)
        rows.write(self.rows)

    # --- shared ---------------------------------------------------------------------

    def _clear(self, record_id: str, *columns) -> None:
        for column in columns:
            self.conn.execute(delete(column.table).where(column == record_id))


def _same(value):
    return value

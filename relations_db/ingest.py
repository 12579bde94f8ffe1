"""Ingest: files in, records upserted, all in one transaction or not at all.

Records stream from the readers into the writer, so memory does not grow with the input:
events are written in batches of BATCH (one executemany per table; larger on PostgreSQL),
and the ids already given in the call, needed to refuse duplicates, are kept in a scratch
table. Every record is validated before it is written; the first errors are collected (up
to a limit) so a user sees more than one problem per run, and any error rolls the whole
call back. Events that name an official defined later in the same call wait until the end;
a link is written once both its events are stored, at the end of the call at the latest.

Loading into an empty database, the secondary indexes are dropped first and built once
at the end, which is much cheaper than keeping them up to date row by row. Such a load
also takes each batch's records as new without looking them up or keeping the scratch
table (a twelfth of a PostgreSQL load); a record that needs a lookup after all (an id given
twice, which the key of `events` refuses, an edit, a CSV row) rolls it back, and the
load runs again with every lookup.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .inputs import InputError, InputErrors, Item, expand_paths, iter_items
from .model.enums import SECTIONS
from .store import Database
from .store.bulk import bulk_load
from .store.sources import origin_of
from .store.writer import NeedsLookups, Writer

SECTION_ORDER = ("sources", "officials", *SECTIONS, "links")
MAX_ERRORS = 20
BATCH = 1000
# PostgreSQL batches are this many times larger: each batch costs a dozen statements
# there (a query for what is stored, one for the scratch table, a COPY per table), each
# a round trip the server parses and plans, where SQLite's executemany has none. At 200k
# events, batches of 5,000 loaded in 21.6-22.1 s against 23.1-23.8 s for 1,000 (10,000:
# no faster, and more memory).
POSTGRESQL_FACTOR = 5


@dataclass
class IngestSummary:
    files: int = 0
    dry_run: bool = False
    counts: dict[str, Counter] = field(default_factory=dict)

    def add(self, section: str, outcome: str, times: int = 1) -> None:
        self.counts.setdefault(section, Counter())[outcome] += times

    def total(self, outcome: str) -> int:
        return sum(c[outcome] for c in self.counts.values())

    def line(self) -> str:
        parts = [
            f"{section} {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged"
            + (f", {c['merged']} merged into events already stored" if c["merged"] else "")
            for section in SECTION_ORDER
            if (c := self.counts.get(section))
        ]
        head = f"{'dry run, nothing written: ' if self.dry_run else ''}{self.files} file"
        head += "" if self.files == 1 else "s"
        return f"{head}: " + ("; ".join(parts) if parts else "no records")


def ingest(
    db: Database,
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    on_bytes: Callable[[int], None] | None = None,
    merge: bool = False,
    extracted: bool = False,
    display: dict[str, str] | None = None,
) -> IngestSummary:
    """Load record files into the database; raises InputErrors (nothing written) on bad input.

    `merge`: an event under a new id that reports an event already stored from another
    source joins that event (see `Writer.upsert_event`); `extract --ingest` asks for it.
    `extracted`: the records come from `extract`, so they rank below record documents.
    `display`: names to show in errors for some paths (standard input's temporary file).
    """
    files = expand_paths(paths)
    load = (files, on_bytes, merge, extracted, display)
    try:
        return _ingest(db, dry_run, *load, careful=False)
    except NeedsLookups:
        # A load into an empty database takes its records as new without looking each
        # batch up; one that is not (given twice, an edit, a second origin) rolled that
        # load back, and it runs again with every lookup.
        return _ingest(db, dry_run, *load, careful=True)


def _ingest(db, dry_run, files, on_bytes, merge, extracted, display, careful) -> IngestSummary:
    summary = IngestSummary(files=len(files), dry_run=dry_run)
    with _fewer_collections(), db.write(dry_run=dry_run, bulk=not merge) as connection:
        _load(Writer(connection), files, summary, on_bytes, merge, extracted, display, careful)
    return summary


def _load(writer: Writer, files, summary, on_bytes, merge, extracted, display, careful) -> None:
    connection = writer.conn
    writer.start_call()
    _key_lookups(connection, True)
    bulk = bulk_load(connection) if not merge else None
    fresh = not careful and bulk is not None and bulk.fresh and not extracted
    run = _Run(writer, summary, merge=merge, extracted=extracted, fresh=fresh)
    for path in files:
        try:
            for item in iter_items(path, on_bytes):
                if isinstance(item, InputError):
                    run.fail(item)
                else:
                    run.handle(item)
                if run.full():
                    break
        except InputError as error:
            run.fail(error.located(file=str(path)))
        if run.full():
            break
    run.finish()
    run.check_quotes()
    run.sources_given_later(display or {})
    if run.errors:
        for error in run.errors:
            for problem in error.problems():
                problem.file = (display or {}).get(problem.file, problem.file)
        # Errors found at the end of the call (records waiting for their officials, a
        # batch's duplicates) come on top of those that stopped the reading: show 20.
        raise InputErrors(run.errors[:MAX_ERRORS], truncated=run.full())
    _key_lookups(connection, False)
    if bulk is not None:
        bulk.finish()
    writer.end_call()


def _key_lookups(connection, on: bool) -> None:
    """PostgreSQL: while records are loaded, every query looks rows up by key. The tables
    a load fills (the scratch table of ids above all) have no statistics yet, and the
    planner then scanned the whole table for each batch's ids: a 200k load spent 6 s
    there, growing with the square of its size. Index builds and constraint checks at the
    end scan on purpose, so scans are allowed again before them."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL enable_seqscan = {'off' if on else 'on'}")


@contextmanager
def _fewer_collections():
    """A load allocates millions of short-lived objects that form no cycles; Python's cycle
    collector, run every 700 allocations, spends a sixth of the time finding none. Collect
    the youngest generation less often during the load; the older ones as before, which
    keeps peak memory flat (124 MB at 200k events, as without; 147 MB with rarer older
    collections)."""
    before = gc.get_threshold()
    gc.freeze()  # what is alive now (modules, schema) need not be scanned again
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


class _Run:
    def __init__(
        self,
        writer: Writer,
        summary: IngestSummary,
        merge: bool = False,
        extracted: bool = False,
        fresh: bool = False,
    ):
        self.merge = merge
        self.extracted = extracted
        self.writer = writer
        self.summary = summary
        self.errors: list[InputError] = []
        self.failed: set[str] = set()
        self.said: set[str] = set()  # messages of CSV rows already reported
        self.seen: dict[str, dict[str, str]] = {"source": {}, "official": {}}
        self.waiting: list[Item] = []
        self.officials: list[Item] = []
        self.batch: list[tuple[Item, object, tuple, object]] = []
        self.links: list[Item] = []
        self.batch_size = BATCH * (
            POSTGRESQL_FACTOR if writer.conn.dialect.name == "postgresql" else 1
        )
        self.links_due = self.batch_size  # try the waiting links when this many are waiting
        # A load into a database without events or statements, taking records as new
        # without lookups (`Writer.upsert_events(..., fresh=True)`); any record that needs
        # one raises NeedsLookups, and `ingest` loads again without.
        self.fresh = fresh

    def full(self) -> bool:
        return len(self.errors) >= MAX_ERRORS

    def fail(self, error: InputError) -> None:
        if error.record:
            self.failed.add(error.record)
        self.errors.append(error)

    def _unknown_officials(self) -> None:
        """An invalid record's references are checked too, once every official of the
        call is known: all of a record's problems in one run."""
        for error in self.errors:
            for field_name, ref in error.refs:
                if ref not in self.failed and not self.writer.official_exists(ref):
                    error.also.append(
                        InputError(
                            f"no official with id {ref!r}",
                            file=error.file,
                            line=error.line,
                            record=error.record,
                            field=field_name,
                        )
                    )

    def handle(self, item: Item) -> None:
        try:
            if item.kind == "link":
                self.links.append(item)
                if len(self.links) >= self.links_due:
                    self.flush()
                    self.links_due = len(self.links) + self.batch_size
                return
            if item.kind in ("source", "official"):
                self._check_unique(item)
            if item.kind == "source":
                self.writer.stage_source(item.record, item.text)
            elif item.kind == "official":
                self._check_sources(item)
                self.writer.check_evidence(item.record, item.sources)
                self.officials.append(item)
                self.writer.stage_official(item.record)
                if len(self.officials) >= self.batch_size:
                    self._flush_staged()
            else:
                self._event(item, final=False)
        except InputError as error:
            self.fail(error.located(file=item.file, line=item.line, record=_id(item)))

    def _check_unique(self, item: Item) -> None:
        """One record per id and origin in a call (several sources may state one id)."""
        record_id = item.record.id
        key = record_id if item.kind == "source" else _key(record_id, item.sources)
        first = self.seen[item.kind].get(key)
        if first is not None:
            raise InputError(
                f"duplicate id: {record_id!r} was already given at {first}", field="id"
            )
        self.seen[item.kind][key] = _where(item)

    def _check_sources(self, item: Item) -> None:
        for source in item.sources:
            if not self.writer.source_exists(source):
                error = InputError(f"no source with id {source!r}", field="source")
                error.missing_source = source
                raise error

    def check_quotes(self) -> None:
        """A source given with another text than the stored one: every record quoting it
        must come with it, restated for the new text."""
        for source_id, record_id, quote in self.writer.stale_quotes():
            file, line = _split_where(self.seen["source"].get(source_id, ""))
            self.fail(
                InputError(
                    f"the new text no longer holds the quote {quote!r} of {record_id!r} "
                    f"where it was stored: give {record_id!r} again with this source, "
                    "or the new text its own source id",
                    file=file or None,
                    line=line,
                    record=source_id,
                    field="text",
                )
            )

    def sources_given_later(self, display: dict[str, str]) -> None:
        """A record citing a source that a later line of the call gives: say so, rather
        than that there is no such source."""
        for error in self.errors:
            where = self.seen["source"].get(getattr(error, "missing_source", None))
            if where:
                file, line = _split_where(where)
                where = f"{display.get(file, file)}:{line}" if line else display.get(file, file)
                error.message = (
                    f"source {error.missing_source!r} is given only later, at {where}: a "
                    "source must come before the records that cite it"
                )

    def _event(self, item: Item, *, final: bool) -> None:
        if not item.names_to_resolve:
            self._check_sources(item)  # a CSV row's sources are checked when it is written
        record = item.record
        if record.title is None and not record.partial:
            raise InputError("required field is missing", field="title")
        if item.names_to_resolve:
            record = self._resolve_names(record)
        missing = self.writer.missing_officials(record)
        if missing:
            if not final:
                self.waiting.append(item)
                return
            field_name, ref = missing[0]
            if ref in self.failed:
                return  # the official's own error is already reported
            raise InputError(f"no official with id {ref!r}", field=field_name)
        self.writer.check_evidence(record, item.sources)
        anchor = self.writer.source_published(item.sources[0]) if len(item.sources) == 1 else None
        self.batch.append((item, record, item.sources, anchor))
        if len(self.batch) >= self.batch_size:
            self.flush()

    def _flush_staged(self) -> None:
        """Write the staged sources, then the staged officials (their quotes cite sources)."""
        for _, outcome in self.writer.flush_sources():
            self.summary.add("sources", outcome)
        officials, self.officials = self.officials, []
        if not officials:
            return
        if self.extracted:
            outcomes = [None] * len(officials)
        else:
            outcomes = self.writer.upsert_officials([(i.record, i.sources) for i in officials])
        for item, outcome in zip(officials, outcomes, strict=True):
            if outcome is None:
                try:
                    outcome = self.writer.upsert_official(
                        item.record, item.sources, extracted=self.extracted
                    )
                except InputError as error:
                    self.fail(error.located(file=item.file, line=item.line, record=_id(item)))
                    continue
            self.summary.add("officials", outcome)

    def flush(self) -> None:
        """Write the events waiting in the batch, then the links whose events are stored."""
        self._flush_staged()  # first: events refer to them
        batch, self.batch = self.batch, []
        located: dict[str, Item] = {}
        keyed = []
        for entry in batch:
            item = entry[0]
            key = _key(entry[1].id, entry[2])
            if key in located:
                self._duplicate(item, _where(located[key]))
            else:
                located[key] = item
                keyed.append((key, entry))
        if self.fresh and any(entry[0].names_to_resolve for _, entry in keyed):
            raise NeedsLookups("a CSV row")
        earlier = (
            self.writer.seen_before({key: _where(item) for key, item in located.items()})
            if keyed and not self.fresh
            else {}
        )
        keep, rows = [], []
        for key, entry in keyed:
            if key in earlier:
                self._duplicate(entry[0], earlier[key])
            else:
                (rows if entry[0].names_to_resolve else keep).append(entry)
        for item, record, sources, _ in rows:
            try:
                outcome = self.writer.upsert_row(record, item.extra["cells"], sources)
            except InputError as error:
                if error.message in self.said:
                    self.failed.add(record.id)  # the same missing source, said once
                    continue
                self.said.add(error.message)
                self.fail(error.located(file=item.file, line=item.line, record=record.id))
                continue
            self.summary.add(f"{record.kind}s", outcome)
        if self.merge or self.extracted:
            for _, record, sources, anchor in keep:
                outcome = self.writer.upsert_event(
                    record, sources, date_anchor=anchor, merge=self.merge, extracted=self.extracted
                )
                self.summary.add(f"{record.kind}s", outcome)
        elif keep:
            outcomes = self.writer.upsert_events([entry[1:] for entry in keep], fresh=self.fresh)
            counts = Counter(zip((entry[1].kind for entry in keep), outcomes, strict=True))
            for (kind, outcome), times in counts.items():
                self.summary.add(f"{kind}s", outcome, times)
        if len(self.links) >= self.links_due:  # links wait for a batch of them
            self._try_links(final=False)

    def _duplicate(self, item: Item, first: str) -> None:
        error = InputError(
            f"duplicate id: {item.record.id!r} was already given at {first}", field="id"
        )
        self.fail(error.located(file=item.file, line=item.line, record=_id(item)))

    def _resolve_names(self, record):
        """CSV participants are `Name (CC)`: known officials become references."""
        self._flush_staged()  # officials given earlier in the call are looked up by name
        participants = []
        for p in record.participants:
            official = self.writer.resolve_name(p.description) if p.description else None
            if official:
                p = p.model_copy(
                    update={"official": official, "description": None, "country": None}
                )
            participants.append(p)
        return record.model_copy(update={"participants": participants})

    def finish(self) -> None:
        waiting, self.waiting = self.waiting, []
        for item in waiting:
            try:
                self._event(item, final=True)
            except InputError as error:
                self.fail(error.located(file=item.file, line=item.line, record=_id(item)))
        self.flush()
        self._try_links(final=True)
        self._unknown_officials()

    def _try_links(self, *, final: bool) -> None:
        """Store the links whose two events are stored; the others wait for the end of the
        call, when a missing event is an error."""
        links, self.links = self.links, []
        if not links:
            return
        outcomes = self.writer.add_links(
            [(item.record, item.record.source or origin_of(item.sources)) for item in links]
        )
        for item, outcome in zip(links, outcomes, strict=True):
            if outcome is not None:
                self.summary.add("links", outcome)
            elif not final:
                self.links.append(item)
            else:
                self._missing_end(item)

    def _missing_end(self, item: Item) -> None:
        record = item.record
        for end, field_name in ((record.from_, "from"), (record.to, "to")):
            if not self.writer.event_exists(end):
                if end not in self.failed:
                    error = InputError(f"no event with id {end!r}", field=field_name)
                    self.fail(
                        error.located(file=item.file, line=item.line, record=_link_name(record))
                    )
                return


def _key(record_id: str, sources: tuple[str, ...]) -> str:
    """A record's key in one call: its id and its origin (ids hold no spaces)."""
    return f"{record_id} {origin_of(sources)}"


def _where(item: Item) -> str:
    return f"{item.file}:{item.line}" if item.line else item.file


def _split_where(where: str) -> tuple[str, int | None]:
    """`_where`'s "file:line" (or "file") back as the file and the line."""
    file, colon, line = where.rpartition(":")
    return (file, int(line)) if colon and line.isdigit() else (where, None)


def _id(item: Item) -> str | None:
    return getattr(item.record, "id", None)


def _link_name(record) -> str:
    return f"{record.from_} {record.relation.value} {record.to}"

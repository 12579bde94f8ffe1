"""Officials: lookups by id and name, and upserts with their aliases and positions.

Mixed into the Writer (store/writer.py). Loads write officials in batches, as they write
events (`upsert_officials`: a gazetteer of 20,000 officials took 35 s on PostgreSQL one at
a time, five statements each); an update or another origin's statement takes the way of
one record (`upsert_official`). Their countries are cached in `_official_country`, which
every event's country index reads.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from ..inputs.records import content_hash
from ..model import (
    Event,
    EventCountry,
    Evidence,
    IncidentParty,
    Official,
    OfficialAlias,
    OfficialSource,
    Participant,
    Position,
    Sanction,
)
from ..model.base import utcnow
from ..names import fold
from .event_rows import evidence_columns, evidence_rows
from .restate import MERGED, NEW, UNCHANGED, UPDATED
from .sources import cited_sources, evidence_by_source, origin_of


class Officials:
    def official_exists(self, official_id: str) -> bool:
        if official_id in self._official_country:
            return True
        row = self.conn.execute(select(Official.country).where(Official.id == official_id)).first()
        if row is None:
            return False
        self._official_country[official_id] = row[0]
        return True

    def resolve_name(self, name: str) -> str | None:
        """The one official whose name or alias is `name`, if exactly one is."""
        key = fold(name)
        ids = set(self.conn.scalars(select(Official.id).where(Official.name_key == key)))
        ids |= set(
            self.conn.scalars(
                select(OfficialAlias.official_id).where(OfficialAlias.alias_key == key)
            )
        )
        return ids.pop() if len(ids) == 1 else None

    def missing_officials(self, record) -> list[tuple[str, str]]:
        """(field, id) for each official the record names that is not stored (yet)."""
        known = self._official_country
        if all(p.official in known for p in record.participants if p.official) and (
            record.kind != "visit" or not record.traveler or record.traveler in known
        ):
            target = record.target if record.kind == "sanction" else None
            if target is None or not target.official or target.official in known:
                return []  # the usual case, without building field names
        refs = [
            (f"participants[{i}].official", p.official)
            for i, p in enumerate(record.participants)
            if p.official
        ]
        if record.kind == "visit" and record.traveler:
            refs.append(("traveler", record.traveler))
        target = record.target if record.kind == "sanction" else None
        if target is not None and target.official:
            refs.append(("target.official", target.official))
        return [(f, ref) for f, ref in refs if not self.official_exists(ref)]

    def _country_of(self, official_id: str) -> str | None:
        known = self._official_country
        if official_id in known:
            return known[official_id]
        return known.get(official_id) if self.official_exists(official_id) else None

    def upsert_official(self, record, sources: tuple[str, ...], *, extracted: bool = False) -> str:
        """Insert or update an official. Another origin's statement of an official already
        stored is kept beside the first (store/restate.py), never over it; `extracted`
        statements (from `extract`) always are, so they rank below record documents."""
        digest = content_hash(record)
        origin = origin_of(sources)
        row = self.conn.execute(
            select(Official.content_hash, Official.country, Official.origin).where(
                Official.id == record.id
            )
        ).first()
        if extracted or (row is not None and row.origin != origin):
            outcome = self.add_statement("official", record, origin, extracted=extracted)
            return UPDATED if outcome == MERGED else outcome
        values = {
            "name": record.name,
            "name_key": fold(record.name),
            "country": record.country,
            "origin": origin,
            "content_hash": digest,
        }
        if row is None:
            self.conn.execute(insert(Official).values(id=record.id, **values))
            self._write_official_children(record)
            outcome = NEW
        elif row.content_hash != digest:
            self.conn.execute(
                update(Official)
                .where(Official.id == record.id)
                .values(**values, updated_at=utcnow())
            )
            self._clear(record.id, OfficialAlias.official_id, Position.official_id)
            self._write_official_children(record)
            outcome = UPDATED
        else:
            outcome = UNCHANGED
        self._official_country[record.id] = record.country
        if row is not None and row.country != record.country:
            self._refresh_countries_of_official(record.id)
        given = [(record, sources)]
        changed = self._sync_evidence_of("official_id", given) | self._link_sources_of(
            OfficialSource.__table__, "official_id", given
        )
        return UPDATED if outcome == UNCHANGED and changed else outcome

    def stage_official(self, record) -> None:
        """An official to be written with the next batch is known to the checks of the
        records that follow (its country is corrected in `upsert_officials` when another
        origin's record of it is already stored)."""
        self._official_country.setdefault(record.id, record.country)

    def upsert_officials(self, batch: list[tuple]) -> list[str | None]:
        """Many officials at once, `(record, sources)` each: one query finds what is stored,
        one insert per table writes the new ones, and the unchanged ones have their quotes
        and sources checked together. The outcomes are those `upsert_official` gives; None
        where the caller must call `upsert_official` after this (an update, another
        origin's record, or the batch's second record of one id)."""
        table = Official.__table__
        stored = {
            row.id: row
            for row in self.conn.execute(
                select(table.c.id, table.c.content_hash, table.c.country, table.c.origin).where(
                    table.c.id.in_([record.id for record, _ in batch])
                )
            )
        }
        stamp = self.rows.stamp(table, "created_at", utcnow())
        new = _OfficialRows(stamp)
        outcomes, known, taken = [], [], set()
        for record, sources in batch:
            row = stored.get(record.id)
            if row is not None:
                self._official_country[record.id] = row.country
            origin = origin_of(sources)
            digest = content_hash(record)
            if record.id in taken or (
                row is not None and (row.origin != origin or row.content_hash != digest)
            ):
                outcomes.append(None)
                continue
            taken.add(record.id)
            if row is None:
                new.add(record, sources, origin, digest)
                self._official_country[record.id] = record.country
                outcomes.append(NEW)
            else:
                known.append((record, sources))
                outcomes.append(UNCHANGED)
        new.write(self.rows)
        touched = self._sync_evidence_of("official_id", known) | self._link_sources_of(
            OfficialSource.__table__, "official_id", known
        )
        return [
            UPDATED if outcome == UNCHANGED and record.id in touched else outcome
            for outcome, (record, _) in zip(outcomes, batch, strict=True)
        ]

    def _write_official_children(self, record) -> None:
        rows = _OfficialRows()
        rows.add_children(record)
        rows.write(self.rows)

    def _refresh_countries_of_official(self, official_id: str) -> None:
        """An official's country changed: recompute the country index of their events."""
        event_ids = list(
            self.conn.scalars(
                select(Participant.event_id)
                .where(Participant.official_id == official_id)
                .distinct()
            )
        )
        for event_id in event_ids:
            self.conn.execute(delete(EventCountry).where(EventCountry.event_id == event_id))
            derived = (
                select(Participant.country)
                .where(Participant.event_id == event_id, Participant.country.is_not(None))
                .union(
                    select(Official.country)
                    .join(Participant, Participant.official_id == Official.id)
                    .where(Participant.event_id == event_id, Official.country.is_not(None)),
                    select(IncidentParty.country).where(IncidentParty.event_id == event_id),
                    select(Sanction.imposer).where(
                        Sanction.event_id == event_id, Sanction.imposer.is_not(None)
                    ),
                    select(Event.place_country).where(
                        Event.id == event_id, Event.place_country.is_not(None)
                    ),
                )
            )
            codes = sorted(set(self.conn.scalars(derived)))
            if codes:
                self.conn.execute(
                    insert(EventCountry), [{"event_id": event_id, "country": c} for c in codes]
                )


OFFICIAL_COLUMNS = (
    "id", "name", "name_key", "country", "origin", "content_hash", "created_at", "updated_at"
)
ALIAS_COLUMNS = ("official_id", "seq", "alias", "alias_key")
POSITION_COLUMNS = (
    "official_id", "seq", "title", "title_key", "organization", "country",
    "start_edtf", "start_date", "end_edtf", "end_date",
)


class _OfficialRows:
    """The rows of officials, gathered per table for one insert each: new officials
    (`add`), or only an updated official's aliases and positions (`add_children`)."""

    def __init__(self, stamp=None):
        self.stamp = stamp
        self.officials: list[tuple] = []
        self.aliases: list[tuple] = []
        self.positions: list[tuple] = []
        self.evidence: list[tuple] = []
        self.sources: list[tuple] = []

    def add(self, record, sources: tuple[str, ...], origin: str, digest: str) -> None:
        official_id = record.id
        self.officials.append(
            (
                official_id, record.name, fold(record.name), record.country, origin, digest,
                self.stamp, self.stamp,
            )
        )
        self.add_children(record)
        for source, given in evidence_by_source(record, sources).items():
            self.evidence += evidence_rows(official_id, source, given)
        self.sources += [(official_id, source) for source in cited_sources(record, sources)]

    def add_children(self, record) -> None:
        official_id = record.id
        self.aliases += [
            (official_id, i, alias, fold(alias))
            for i, alias in enumerate(dict.fromkeys(record.aliases))
        ]
        self.positions += [
            (
                official_id, i, p.title, fold(p.title), p.organization, p.country or record.country,
                p.start.edtf if p.start else None, p.start.start if p.start else None,
                p.end.edtf if p.end else None, p.end.end if p.end else None,
            )
            for i, p in enumerate(record.positions)
        ]

    def write(self, rows) -> None:
        """Insert the gathered rows with `rows` (a RowWriter), officials first."""
        rows.insert_tuples(Official.__table__, OFFICIAL_COLUMNS, self.officials, ready=True)
        rows.insert_tuples(OfficialAlias.__table__, ALIAS_COLUMNS, self.aliases, ready=True)
        rows.insert_tuples(Position.__table__, POSITION_COLUMNS, self.positions)
        rows.insert_tuples(
            Evidence.__table__, evidence_columns("official_id"), self.evidence, ready=True
        )
        rows.insert_tuples(OfficialSource.__table__, ("official_id", "source_id"), self.sources)

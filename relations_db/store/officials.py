"""Officials: lookups by id and name, and upserts with their aliases and positions.

Mixed into the Writer (store/writer.py): officials are few and written one at a time
(their events are what a bulk load is made of); their countries are cached in
`_official_country`, which every event's country index reads.
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
from .restate import MERGED, NEW, UNCHANGED, UPDATED
from .sources import cited_sources, origin_of


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
        changed = self._sync_evidence(Evidence.official_id, record, sources)
        changed |= self._link_sources(
            OfficialSource, "official_id", record.id, cited_sources(record, sources)
        )
        return UPDATED if outcome == UNCHANGED and changed else outcome

    def _write_official_children(self, record) -> None:
        if record.aliases:
            self.conn.execute(
                insert(OfficialAlias),
                [
                    {"official_id": record.id, "seq": i, "alias": a, "alias_key": fold(a)}
                    for i, a in enumerate(dict.fromkeys(record.aliases))
                ],
            )
        if record.positions:
            self.conn.execute(
                insert(Position),
                [
                    {
                        "official_id": record.id,
                        "seq": i,
                        "title": p.title,
                        "title_key": fold(p.title),
                        "organization": p.organization,
                        "country": p.country or record.country,
                        "start_edtf": p.start.edtf if p.start else None,
                        "start_date": p.start.start if p.start else None,
                        "end_edtf": p.end.edtf if p.end else None,
                        "end_date": p.end.end if p.end else None,
                    }
                    for i, p in enumerate(record.positions)
                ],
            )

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

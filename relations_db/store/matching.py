"""Which stored event a report from another source is about (`ingest --merge`,
`extract --ingest`): the rules of docs/statements.md, "Merging reports of the same event".
Mixed into the Writer; reads only."""

from __future__ import annotations

from sqlalchemy import select

from ..model import Event, EventSource, Incident, IncidentParty, Meeting, Participant, Sanction
from ..names import fold


class Matching:
    def _named(self, record) -> set[str]:
        named = {p.official for p in record.participants if p.official}
        if record.__dict__.get("traveler"):
            named.add(record.traveler)
        target = record.__dict__.get("target")
        if target is not None and target.official:
            named.add(target.official)
        return named

    def _sources_of(self, event_id: str) -> set[str]:
        return set(
            self.conn.scalars(select(EventSource.source_id).where(EventSource.event_id == event_id))
        )

    def _same_event(self, record, origin: str) -> str | None:
        """The stored event, from other sources, that `record` reports too. When several
        match (three meetings of the same two people that day), the one of the same format,
        then the one whose title shares most words, if that singles one out."""
        query = select(Event.id, Event.title).where(Event.kind == record.kind)
        if record.date is None:
            query = query.where(Event.date_start.is_(None))
        else:
            query = query.where(
                Event.date_start <= record.date.end, Event.date_end >= record.date.start
            )
        candidates = self.conn.execute(query.order_by(Event.id)).all()
        found = [c for c in candidates if self._matches(c.id, record, origin)]
        if len(found) > 1 and record.kind == "meeting" and record.format:
            table = Meeting.__table__
            formats = dict(
                self.conn.execute(
                    select(table.c.event_id, table.c.format).where(
                        table.c.event_id.in_([c.id for c in found])
                    )
                ).all()
            )
            same_format = [c for c in found if formats.get(c.id) == record.format]
            found = same_format or found
        if len(found) > 1:
            words = set(fold(record.title).split())
            scores = [len(words & set(fold(c.title).split())) for c in found]
            best = max(scores)
            found = [c for c, score in zip(found, scores, strict=True) if score == best]
        return found[0].id if len(found) == 1 else None

    def _matches(self, event_id: str, record, origin: str) -> bool:
        """Same kind, overlapping dates, compatible place, the same people (a described
        participant stands for any official of its country), and not already reported by
        `origin` (two events of one source are two events). Incidents match by category,
        parties and date; sanctions by imposer and target."""
        c = self.conn.execute(select(Event).where(Event.id == event_id)).mappings().first()
        if c is None or c["kind"] != record.kind or origin in self._sources_of(event_id):
            return False
        date = record.date
        if (date is None) != (c["date_start"] is None):
            return False  # a dated report and an undated one are not known to agree
        if date is not None and (c["date_start"] > date.end or c["date_end"] < date.start):
            return False
        loc = record.location
        if loc and loc.country and c["place_country"] and loc.country != c["place_country"]:
            return False
        if record.kind == "incident":
            return self._same_incident(event_id, record)
        if record.kind == "sanction":
            return self._same_sanction(event_id, record)
        if loc and loc.place and c["place"]:
            a, b = fold(loc.place), fold(c["place"])
            if a not in b and b not in a:
                return False
        stored = self.conn.execute(
            select(Participant.official_id, Participant.country).where(
                Participant.event_id == event_id
            )
        ).all()
        stored_named = {r.official_id for r in stored if r.official_id}
        stored_described = {r.country for r in stored if not r.official_id and r.country}
        named = self._named(record)
        described = {p.country for p in record.participants if not p.official and p.country}
        ok_a, anchor_a = self._cover(named, stored_named, stored_described)
        ok_b, anchor_b = self._cover(stored_named, named, described)
        return ok_a and ok_b and (bool(named & stored_named) or anchor_a or anchor_b)

    def _cover(self, people: set[str], named: set[str], described: set[str]) -> tuple:
        """Whether each of `people` is among `named`, or stands for a person the other side
        describes by country, or comes from a country the other side does not mention
        (it left them out); and whether a described person was matched so."""
        countries = {self._country_of(o) for o in named}
        anchored = False
        for person in people - named:
            country = self._country_of(person)
            if country in described:
                anchored = True
            elif country is None or country in countries:
                return False, False  # someone else of that country is named there
        return True, anchored

    def _same_incident(self, event_id: str, record) -> bool:
        category = self.conn.scalar(
            select(Incident.__table__.c.category).where(Incident.__table__.c.event_id == event_id)
        )
        if category and record.category and category != record.category:
            return False
        parties = set(
            self.conn.scalars(
                select(IncidentParty.country).where(IncidentParty.event_id == event_id)
            )
        )
        given = set(record.parties)
        return bool(parties and given and parties == given)

    def _same_sanction(self, event_id: str, record) -> bool:
        row = self.conn.execute(
            select(
                Sanction.imposer, Sanction.target_official_id, Sanction.target_organization
            ).where(Sanction.event_id == event_id)
        ).first()
        if row is None or record.imposer is None or row.imposer != record.imposer:
            return False
        target = record.target
        if target is None:
            return False
        if target.official or row.target_official_id:
            return target.official == row.target_official_id
        return bool(
            target.organization
            and row.target_organization
            and fold(target.organization) == fold(row.target_organization)
        )

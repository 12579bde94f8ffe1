"""One event with everything the database knows about it: every field, the people and
their roles, the evidence grouped by source, links both ways, and what each source said
where sources differ."""

from __future__ import annotations

from sqlalchemy import Connection, select

from ..inputs.errors import InputError
from ..model import core
from .timeline import format_location, participants_of

EVENTS = core.events.c
LINKS = core.links.c
SOURCES = core.sources.c
EVIDENCE = core.evidence.c

# The columns of each kind's own table, beside the `events` row, as the record names them.
_KIND_FIELDS = {
    "meeting": {"format": "format"},
    "visit": {"traveler": "traveler_id"},
    "incident": {"category": "category"},
    "sanction": {
        "imposer": "imposer",
        "authority": "authority",
        "target_official": "target_official_id",
        "target_organization": "target_organization",
        "target_description": "target_description",
        "program": "program",
        "reason": "reason",
        "lifted": "lifted_edtf",
    },
}


def event_detail(connection: Connection, event_id: str) -> dict:
    """The event `event_id` as one document; InputError (exit 2) when there is none."""
    row = connection.execute(select(core.events).where(EVENTS.id == event_id)).first()
    if row is None:
        raise InputError(f"no event with id {event_id!r}{_suggest(connection, event_id)}")
    detail = {
        "id": row.id,
        "kind": row.kind,
        "title": row.title,
        "summary": row.summary,
        "date": row.date_edtf,
        "start": _iso(row.date_start),
        "end": _iso(row.date_end),
        "precision": row.date_precision,
        "date_text": row.date_text,
        "date_anchor": _iso(row.date_anchor),
        "location": format_location(row.place, row.place_country),
        "status": row.status,
        "visibility": row.visibility,
    }
    detail.update(_kind_fields(connection, row.kind, event_id))
    detail["participants"] = [
        {"name": p.name, "official": p.official_id, "country": p.country, "role": p.role}
        for p in connection.execute(participants_of([event_id]))
    ]
    detail["countries"] = list(
        connection.scalars(
            select(core.event_countries.c.country)
            .where(core.event_countries.c.event_id == event_id)
            .order_by(core.event_countries.c.country)
        )
    )
    detail["sources"] = _evidence_by_source(connection, event_id)
    detail["links"] = _links(connection, event_id)
    detail["claims"] = claims_of(connection, event_id)
    return detail


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _kind_fields(connection: Connection, kind: str, event_id: str) -> dict:
    fields = _KIND_FIELDS[kind]
    own = core.KIND_TABLES[kind]
    row = connection.execute(select(own).where(own.c.event_id == event_id)).first()
    out = {name: getattr(row, col) if row is not None else None for name, col in fields.items()}
    if kind == "incident":
        parties, said = core.incident_parties.c, core.characterizations.c
        out["parties"] = list(
            connection.scalars(
                select(parties.country)
                .where(parties.event_id == event_id)
                .order_by(parties.seq)
            )
        )
        out["characterizations"] = [
            {"by": c.by, "text": c.text}
            for c in connection.execute(
                select(said.characterized_by.label("by"), said.text)
                .where(said.event_id == event_id)
                .order_by(said.seq)
            )
        ]
    return out


def _evidence_by_source(connection: Connection, event_id: str) -> list[dict]:
    """Each source citing the event, with its own quotes (a source may cite with none)."""
    sources = {
        s.id: {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "published": _iso(s.published),
            "url": s.url,
            "quotes": [],
        }
        for s in connection.execute(
            select(SOURCES.id, SOURCES.title, SOURCES.publisher, SOURCES.published, SOURCES.url)
            .join(core.event_sources, core.event_sources.c.source_id == SOURCES.id)
            .where(core.event_sources.c.event_id == event_id)
            .order_by(SOURCES.published, SOURCES.id)
        )
    }
    for e in connection.execute(
        select(EVIDENCE.source_id, EVIDENCE.quote, EVIDENCE.start_offset, EVIDENCE.end_offset)
        .where(EVIDENCE.event_id == event_id)
        .order_by(EVIDENCE.source_id, EVIDENCE.seq)
    ):
        entry = sources.get(e.source_id)
        if entry is not None:
            entry["quotes"].append(
                {"quote": e.quote, "start": e.start_offset, "end": e.end_offset}
            )
    return list(sources.values())


def _links(connection: Connection, event_id: str) -> list[dict]:
    """Links from this event (`direction: to`) and to it (`from`), with the other's title."""
    other = core.events.alias("other")
    out = []
    for direction, here, there in (
        ("to", LINKS.from_event_id, LINKS.to_event_id),
        ("from", LINKS.to_event_id, LINKS.from_event_id),
    ):
        query = (
            select(LINKS.relation, there.label("event"), other.c.title)
            .join(other, other.c.id == there)
            .where(here == event_id)
            .order_by(LINKS.relation, there)
        )
        out += [
            {"direction": direction, "relation": r.relation, "event": r.event, "title": r.title}
            for r in connection.execute(query)
        ]
    return out


def claims_of(connection: Connection, event_id: str) -> list[dict]:
    """What each source said where sources differ: `{source, field, value}` rows, the
    value as JSON text for lists and mappings, for the fields two sources give different
    values of. Read from `statements` (one row per origin
    of a record several origins state; '' is a curated statement)."""
    import json

    statements = core.statements.c
    rows = connection.execute(
        select(statements.origin, statements.claimed_id, statements.payload)
        .where(statements.subject == "event", statements.subject_id == event_id)
        .order_by(statements.origin)
    ).all()
    said = []
    for row in rows:
        payload = json.loads(row.payload)
        payload["id"] = row.claimed_id
        said.append((row.origin or "(curated)", payload))
    fields = sorted({key for _, payload in said for key in payload} - _NOT_CLAIMS)
    out = []
    for field in fields:
        # A source that does not state a field does not differ on it: only the values
        # given are compared, lists as sets (the same participants in another order agree).
        values = [(origin, payload[field]) for origin, payload in said if field in payload]
        if len({_canonical(v) for _, v in values}) < 2:
            continue
        for origin, value in values:
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            out.append({"source": origin, "field": field, "value": text})
    return out


def _canonical(value) -> str:
    import json

    if isinstance(value, list):
        return json.dumps(sorted(_canonical(v) for v in value))
    return json.dumps(value, sort_keys=True, default=str)


# What a statement holds that is not a claim about the event itself.
_NOT_CLAIMS = {"evidence", "source", "partial"}


def _suggest(connection: Connection, event_id: str) -> str:
    """"; did you mean ..." among ids that share a word with what was typed."""
    import difflib

    words = [w for w in event_id.lower().replace("_", "-").split("-") if len(w) >= 3]
    if not words:
        return ""
    longest = max(words, key=len)
    candidates = list(
        connection.scalars(
            select(EVENTS.id).where(EVENTS.id.contains(longest, autoescape=True)).limit(2000)
        )
    )
    close = difflib.get_close_matches(event_id, candidates, n=3, cutoff=0.5)
    return f"; did you mean {', '.join(close)}?" if close else ""


def event_rows(detail: dict):
    """The document as `section, field, value` rows, for CSV and tables."""
    for key, value in detail.items():
        if key in ("participants", "sources", "links", "claims", "characterizations"):
            continue
        if isinstance(value, list):
            value = "; ".join(value)
        yield {"section": "event", "field": key, "value": value}
    for c in detail.get("characterizations") or []:
        yield {"section": "characterization", "field": c["by"] or "", "value": c["text"]}
    for p in detail["participants"]:
        name = f"{p['name']} ({p['country']})" if p["country"] else p["name"]
        who = f"{name} [{p['official']}]" if p["official"] else name
        yield {"section": "participant", "field": p["role"], "value": who}
    for s in detail["sources"]:
        about = "  ".join(x for x in (s["published"], s["publisher"], s["title"]) if x)
        yield {"section": "source", "field": s["id"], "value": about}
        for q in s["quotes"]:
            yield {
                "section": "evidence",
                "field": f"{s['id']}[{q['start']}:{q['end']}]",
                "value": q["quote"],
            }
    for link in detail["links"]:
        relation = link["relation"]
        arrow = f"{relation} ->" if link["direction"] == "to" else f"<- {relation}"
        value = f"{link['event']}: {link['title']}"
        yield {"section": "link", "field": arrow, "value": value}
    for claim in detail["claims"]:
        yield {"section": "claim", "field": f"{claim['source']}: {claim['field']}",
               "value": claim["value"]}


EVENT_COLUMNS = ("section", "field", "value")

"""From article text to a draft record document: officials, events, links, every fact cited.

Rule based, deterministic and fast: regular expressions over sentences, a temporal
resolver (python-dateutil for the arithmetic) and small tables of titles, demonyms,
capitals and institutions. No network, no models.

    extract(text, published=date(2023, 6, 17), publisher="CNN") -> dict

`text` may start with an article header (`title:`, `url:`, `publisher:`, `published:`
lines closed by `---`); keyword arguments override it. Evidence offsets count into the
body, the text after the header.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import parse_date
from ..inputs.article import Article, parse_article

__all__ = [
    "Article",
    "default_source_id",
    "extract",
    "given_source_id",
    "parse_article",
    "publication_day",
    "slugify",
]


def slugify(text: str, limit: int = 80) -> str:
    import unicodedata

    from .people import PLAIN_LETTERS  # "Błaszczak": "blaszczak", not "baszczak"

    text = unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS))
    text = text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].strip("-") or "item"


def _span_of_parts(related) -> None:
    """A visit the text gives no time of its own ("A, who is visiting Peru, met B on Monday.
    On Tuesday, A met C") lasts from the first to the last day of the meetings held during
    it, when the text dates each of them to a day within two weeks."""
    parts: dict[int, list] = {}
    visits = {}
    for m, v, _ in related:
        if v.kind == "visit" and v.date is None and v.status == "held":
            parts.setdefault(id(v), []).append(m)
            visits[id(v)] = v
    for key, meetings in parts.items():
        spans = [parse_date(m.date) if m.date else None for m in meetings]
        if not spans or any(s is None or s.precision != "day" for s in spans):
            continue
        first, last = min(s.start for s in spans), max(s.end for s in spans)
        if first < last <= first + dt.timedelta(days=14):
            visits[key].date = f"{first.isoformat()}/{last.isoformat()}"


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    source_id: str | None = None,
    gazetteer=(),
) -> dict:
    """The record document (a plain dict, ready for YAML or JSON) drafted from `text`.

    `gazetteer`: extra known officials as (name, country, title, [aliases]) tuples, e.g.
    those already in the database; or a function of the source id that gives them.
    """
    from .events import (
        dateline_visit,
        detect,
        greeting_visits,
        leg_visits,
        merge,
        stay_spans,
        trip_legs,
        visit_day_meetings,
        visit_spans,
    )
    from .links import relate
    from .people import (
        add_title_mentions,
        distinct_positions,
        find_people,
        home_country,
        publisher_offices,
    )
    from .sentences import split_sentences
    from .speakers import add_speaker_mentions

    article = parse_article(text)
    header = article.header
    body = article.body
    published = published or header.get("published")
    if published is None:
        raise ValueError("the publication date is needed: give --published or a header")
    day = publication_day(published)
    title = title or header.get("title")
    url = url or header.get("url")
    publisher = publisher or header.get("publisher")
    source_id = given_source_id(header, source_id) or default_source_id(publisher, day, title)
    if callable(gazetteer):
        gazetteer = gazetteer(source_id)

    home = home_country(publisher, body, title, url)
    people = find_people(
        body, home=home, gazetteer=gazetteer, home_offices=publisher_offices(publisher)
    )
    turns = add_speaker_mentions(body, people, title, gazetteer, home)
    add_title_mentions(body, people, title, publisher)
    sentences = split_sentences(body)
    candidates = merge(detect(body, sentences, people, day, home))
    visit_spans(candidates, sentences, day)
    candidates = leg_visits(trip_legs(candidates), home)
    candidates = dateline_visit(candidates, body, sentences, home, day)
    candidates = greeting_visits(candidates, body, sentences, turns, day)
    visit_day_meetings(candidates)
    candidates = stay_spans(candidates)

    document: dict = {"source": {"id": source_id}}
    for key, value in (("title", title), ("url", url), ("publisher", publisher)):
        if value:
            document["source"][key] = value
    document["source"]["published"] = day.isoformat()
    document["source"]["text"] = body

    used = {p.key for c in candidates for p in c.persons}
    officials = []
    ids: dict[str, str] = {}
    taken: set[str] = set()
    mentioned = {id(m.person) for m in people.mentions}
    for p in people.persons:
        if not (p.titles or p.titled or p.key in used):
            continue
        if id(p) not in mentioned and p.key not in used and p.first[1] <= p.first[0]:
            continue  # named only in the header ("Statement by Press Secretary ..."): no
            # quote of the body can state it
        oid = _unique(slugify(p.key.replace("-", " ")) or "official", taken)
        ids[p.key] = oid
        start, end = p.first
        if end <= start:
            m = next((m for m in people.mentions if m.person is p), None)
            start, end = (m.start, m.end) if m else (0, 0)
        record: dict = {"id": oid, "name": p.name}
        aliases = [a for a in dict.fromkeys(p.aliases) if a != p.name]
        if aliases:
            record["aliases"] = aliases
        if p.country:
            record["country"] = p.country
        positions = []
        for t in distinct_positions(p.titles):
            pos = {"title": t}
            if p.organization:
                pos["organization"] = p.organization
            positions.append(pos)
        if positions:
            record["positions"] = positions
        if end > start:
            record["evidence"] = [_evidence(body, start, end)]
        officials.append(record)
    if officials:
        document["officials"] = officials

    related = _part_of(candidates)
    for m, v, _ in related:  # a meeting during a visit happens within the visit's dates
        if v.date and (m.date is None or _DURING_THE_STAY.fullmatch(m.date_text or "")):
            # ("During his stay, A also met B": dated by the stay, as the stay is at last)
            m.date, m.date_text = v.date, v.date_text
            if m.status == "held" and v.status == "planned" and v.date > day.isoformat():
                m.status = "planned"  # (so it is yet to come, as its visit is)
    _span_of_parts(related)
    related += relate(candidates)
    sections: dict[str, list] = {}
    event_ids: dict[int, str] = {}
    for c in candidates:
        record = _event_record(c, ids, body, taken)
        if record is None:
            continue
        event_ids[id(c)] = record["id"]
        sections.setdefault(f"{c.kind}s", []).append(record)
    for section in ("meetings", "visits", "incidents", "sanctions"):
        if section in sections:
            document[section] = sections[section]
    links = [
        {"from": event_ids[id(a)], "to": event_ids[id(b)], "relation": relation}
        for a, b, relation in related
        if id(a) in event_ids and id(b) in event_ids
    ]
    if links:
        document["links"] = links
    return document


def given_source_id(header: dict[str, str], source_id: str | None) -> str | None:
    """The source id the user chose: the option, else the header's `source_id:` or `id:`."""
    return source_id or header.get("source_id") or header.get("id")


def default_source_id(publisher: str | None, day: dt.date, title: str | None) -> str:
    """The source id of an article whose header and options give none."""
    return slugify(f"{publisher or 'source'} {day.isoformat()} {title or ''}", 100)


# The years of publication whose texts' dates can be worked out, with a century to spare
# either way: "last year" in a text of the year 1000 is 999, which no record date can be
# (they are written YYYY), and "next year" in one of 9999 is past the calendar.
FIRST_YEAR, LAST_YEAR = 1100, 9899


def publication_day(published: dt.date | str) -> dt.date:
    """The day a text was published, from a date or its YYYY-MM-DD (or another way of writing
    one day); ValueError, naming the field, for anything else or a year out of range."""
    from ..dates import parse_day

    if isinstance(published, dt.date):
        day = published
    else:
        try:
            day = dt.date.fromisoformat(str(published).strip())
        except ValueError:
            try:
                day = parse_day(str(published))
            except ValueError as exc:  # its message names the problem
                raise ValueError(f"published: {exc}") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(
            f"published: {day.isoformat()} is outside the years {FIRST_YEAR} to {LAST_YEAR}, "
            "in which the dates a text gives can be worked out"
        )
    return day


_DURING_THE_STAY = re.compile(r"(?i)during\s+(?:his|her|their|the)\s+(?:visit|stay|trip)")


def _unique(base: str, taken: set[str]) -> str:
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    taken.add(slug)
    return slug


def _evidence(body: str, start: int, end: int) -> dict:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return {"quote": body[start:end], "start": start, "end": end}


def _surname(p) -> str:
    return p.surname


def _event_record(c, ids, body, taken) -> dict | None:
    names = [_surname(p) for p in c.persons if p.key in ids]
    where = c.place or (c.place_country or "")
    if c.kind == "meeting":
        verb = {
            "call": "speak by phone",
            "video-call": "hold a video call",
            "summit": "meet at a summit",
            "dinner": "have dinner",
            "working-group": "hold a working-group meeting",
        }.get(c.subtype or "", "meet")
        who = names + [d["description"] for d in c.described]
        title = f"{' and '.join(who[:3]) or 'Officials'} {verb}"
        if len(who) == 1:
            title = f"{who[0]} {verb}"
        tail = "-".join(slugify(n) for n in names[:3]) or "delegations"
        slug_kind = c.subtype or "meeting"
    elif c.kind == "visit":
        title = f"{names[0] if names else 'Official'} visits {where or 'abroad'}"
        tail = "-".join([*(slugify(n) for n in names[:1]), slugify(where) if where else ""])
        slug_kind = "visit"
    elif c.kind == "incident":
        title = f"{(c.subtype or 'incident').replace('-', ' ').capitalize()} incident"
        if where:
            title += f" ({where})"
        tail = slugify(where) if where else "-".join(x.lower() for x in c.parties[:2])
        slug_kind = c.subtype or "incident"
    else:
        target = c.target or {}
        whom = (
            _surname(next(p for p in c.persons if p.key == target["official"]))
            if target.get("official") and any(p.key == target["official"] for p in c.persons)
            else target.get("description") or target.get("organization") or "a target"
        )
        title = f"{c.imposer or 'A government'} restricts {whom}"
        tail = "-".join(x for x in ((c.imposer or "").lower(), slugify(whom)) if x)
        slug_kind = "sanction"
    prefix = c.date.split("/")[0] if c.date else ""
    eid = _unique(slugify("-".join(x for x in (prefix, tail, slug_kind) if x)), taken)
    record: dict = {"id": eid, "title": title}
    if c.date:
        record["date"] = c.date
        record["date_text"] = c.date_text
    if c.place or c.place_country:
        record["location"] = {
            k: v for k, v in (("place", c.place), ("country", c.place_country)) if v
        }
    participants = []
    for p in c.persons:
        if p.key in ids:
            participants.append({"official": ids[p.key], "role": c.roles.get(p.key, "participant")})
    if c.status == "declined" and participants:
        participants[0]["role"] = "declined"
    for d in c.described:
        participants.append(
            {
                **{k: v for k, v in d.items() if k not in ("pair", "group")},  # internal
                "role": d.get("role", "participant"),
            }
        )
    if participants:
        record["participants"] = participants
    if c.kind == "meeting" and c.subtype:
        record["format"] = c.subtype
    traveler = (
        next((p for p in participants if p.get("role") == "traveler"), None)
        if c.kind == "visit"
        else None
    )
    if traveler is not None and traveler.get("official"):
        record["traveler"] = traveler["official"]
    if c.kind == "incident":
        record["category"] = c.subtype
        if c.parties:
            record["parties"] = c.parties
    if c.kind == "sanction":
        if c.imposer:
            record["imposer"] = c.imposer
        if c.target:
            target = dict(c.target)
            if "official" in target:
                if target["official"] not in ids:
                    target = None
                else:
                    target["official"] = ids[target["official"]]
            if target:
                record["target"] = target
    record["status"] = c.status
    record["visibility"] = c.visibility
    record["evidence"] = [_evidence(body, a, b) for a, b in c.evidence]
    return record


def _right_after(m, v, candidates) -> bool:
    """Is meeting `m` mentioned after visit `v` in their sentence with no other visit between
    ("his travel in Israel, where he will meet ...")? In a list of past events a meeting
    before a trip is not part of it."""
    if m.trigger[0] < v.trigger[0]:
        return False
    return not any(
        c.kind == "visit"
        and c is not v
        and v.trigger[0] < c.trigger[0] < m.trigger[0]
        and c.sentence == v.sentence
        for c in candidates
    )


def _part_of(candidates) -> list[tuple]:
    """Meetings during a visit are `part-of` it: same traveler, same place, dates agree (or
    the meeting is said to be during the trip: "before he departs")."""
    from .events import during_visit, overlap

    out = []
    visits = [c for c in candidates if c.kind == "visit"]
    for m in candidates:
        if m.kind != "meeting":
            continue
        for v in visits:
            if not v.persons or v.persons[0] not in m.persons:
                continue
            if v.status in ("cancelled", "postponed") or m.status in ("cancelled",):
                continue
            if m.place_country and v.place_country and m.place_country != v.place_country:
                continue
            if m.date and v.date:
                if not overlap(m.date, v.date):
                    continue
            elif not (
                (m.sentence == v.sentence and _right_after(m, v, candidates))
                or (m.date is None and v.date is None)
                or (during_visit(m) and m.persons[0] is v.persons[0])
            ):
                continue  # during a trip: the traveler's (the meeting's subject's) trip
            out.append((m, v, "part-of"))
            break
    return out

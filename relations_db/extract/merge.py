"""Extraction meets the database: known officials as a gazetteer, and their ids reused.

Merging the events themselves (the same event reported by several sources) is the store's
job: see `Writer.upsert_event(merge=True)`, which `extract --ingest` asks for.
"""

from __future__ import annotations


def known_officials(
    db, leave_out: str | None = None
) -> list[tuple[str, str | None, str | None, list[str]]]:
    """Officials already stored, as gazetteer entries (name, country, title, aliases).

    `leave_out`: a source id whose own statements are left out, so an article extracted
    again sees the database as it was before its first run (its titled aliases, "President
    Joseph R. Biden, Jr.", would otherwise make new names, new event ids, a second event)."""
    from sqlalchemy import select

    from ..model import Official, OfficialAlias, Statement
    from ..store import SchemaError

    if not db.exists():
        return []
    try:
        with db.read() as conn:
            # Of the officials several origins state, only those `leave_out` is one of need
            # their statements resolved again without it: one query, not one per official.
            restated = set()
            if leave_out is not None:
                restated = set(
                    conn.scalars(
                        select(Statement.subject_id).where(
                            Statement.subject == "official", Statement.origin == leave_out
                        )
                    )
                )
            aliases: dict[str, list[str]] = {}
            for official_id, alias in conn.execute(
                select(OfficialAlias.official_id, OfficialAlias.alias).order_by(
                    OfficialAlias.official_id, OfficialAlias.seq
                )
            ):
                aliases.setdefault(official_id, []).append(alias)
            out = []
            for row in conn.execute(
                select(Official.id, Official.name, Official.country, Official.origin).order_by(
                    Official.id
                )
            ):
                if leave_out is not None and row.origin == leave_out:
                    continue  # stated by that source alone
                if row.origin is None and row.id in restated:
                    others = _stated_by_others(conn, row.id, leave_out)
                    if others is not None:
                        out.append(others)
                    continue
                out.append((row.name, row.country, None, aliases.get(row.id, [])))
            return [
                (name, country, title, _untitled(name, names))
                for name, country, title, names in out
            ]
    except SchemaError:
        return []  # no schema yet, or an older one that ingest will upgrade


def _untitled(name: str, aliases: list[str]) -> list[str]:
    """The aliases without the titled forms extraction stores ("President Joseph R. Biden,
    Jr.", "Secretary of State Blinken": a title before the name or another alias). As a
    gazetteer's names they would be found whole in the next article and make the title part
    of the person's name, and a new id for its events."""
    from .people.titles import TITLE_WORDS

    keys = [name, *aliases]
    return [
        a
        for a in aliases
        if not any(
            a != k and a.endswith(" " + k) and a[: -len(k) - 1].split()[0] in TITLE_WORDS
            for k in keys
        )
    ]


def _stated_by_others(conn, official_id: str, leave_out: str):
    """The gazetteer entry of an official stated by several origins, resolved from the
    statements of origins other than `leave_out` (None when no other origin states it)."""
    from ..store.restate import statements_of
    from ..store.statements import resolve

    said = statements_of(conn, "official", official_id, leave_out=leave_out)
    if all(s.partial for s in said):
        return None
    record = resolve(said, "official", official_id)
    return (record["name"], record.get("country"), None, list(record.get("aliases", [])))


def stated_by_documents(db, source_id: str) -> bool:
    """Has a record document (or a CSV table) stated records as `source_id`? Extracting an
    article under that id would replace them: one origin keeps one statement a record."""
    from sqlalchemy import exists, or_, select

    from ..model import Event, Official, Statement
    from ..store import SchemaError

    if not db.exists():
        return False
    try:
        with db.read() as conn:
            return bool(
                conn.scalar(
                    select(
                        or_(
                            exists().where(Event.origin == source_id),
                            exists().where(Official.origin == source_id),
                            exists().where(Statement.origin == source_id, ~Statement.extracted),
                        )
                    )
                )
            )
    except SchemaError:
        return False


def own_source_id(
    db, text: str, *, source_id: str | None, published, title: str | None, publisher: str | None
) -> str | None:
    """The source id `extract --ingest` stores an article under, when another article's text
    is stored under the id it would take: two untitled articles of one publisher and day
    make the same id, and the second would replace the first's text, which the first's
    evidence offsets point into.

    A made-up id taken by another text gets the first 8 hex digits of this text's SHA-256
    (the same article comes back to the same id). An id the user chose (`--source-id`, the
    header's `id`) is refused instead: InputError naming --source-id. None: keep the id
    extraction makes (no date, or nothing stored under it)."""
    import hashlib

    from sqlalchemy import select

    from ..inputs.errors import InputError
    from ..model import Source
    from ..store import SchemaError
    from . import default_source_id, given_source_id, parse_article, publication_day

    article = parse_article(text)
    header = article.header
    chosen = given_source_id(header, source_id)
    published = published or header.get("published")
    if not chosen and not published:
        return None  # extraction says what is missing
    mine = hashlib.sha256(article.body.encode()).hexdigest()
    wanted = chosen or default_source_id(
        publisher or header.get("publisher"),
        publication_day(published),
        title or header.get("title"),
    )
    if not db.exists():
        return wanted
    try:
        with db.read() as conn:
            stored = conn.execute(select(Source.text_sha256).where(Source.id == wanted)).first()
    except SchemaError:
        return wanted
    if stored is None or stored.text_sha256 in (None, mine):
        return wanted
    if chosen:
        raise InputError(
            f"source {chosen!r} is stored with another text, which its records' evidence "
            "quotes: give this article its own --source-id",
            field="--source-id",
        )
    return f"{wanted[:91].rstrip('-')}-{mine[:8]}"


def reuse_official_ids(db, document: dict) -> dict:
    """Give extracted officials the id of the stored official they name (name or alias and
    country agree), so a second article about the same people refers to the same records."""
    from sqlalchemy import select

    from ..model import Official, OfficialAlias
    from ..names import fold
    from ..store import SchemaError

    officials = document.get("officials") or []
    if not officials or not db.exists():
        return document
    renames: dict[str, str] = {}
    try:
        with db.read() as conn:
            for official in officials:
                keys = {fold(official["name"]), *(fold(a) for a in official.get("aliases", []))}
                ids = set(conn.scalars(select(Official.id).where(Official.name_key.in_(keys))))
                ids |= set(
                    conn.scalars(
                        select(OfficialAlias.official_id).where(OfficialAlias.alias_key.in_(keys))
                    )
                )
                rows = conn.execute(
                    select(Official.id, Official.country).where(Official.id.in_(ids))
                )
                same = [r.id for r in rows if r.country == official.get("country")]
                if len(same) == 1 and same[0] != official["id"]:
                    renames[official["id"]] = same[0]
    except SchemaError:
        return document
    taken = {o["id"] for o in officials}
    for official in officials:
        new = renames.get(official["id"])
        if new and new not in taken:
            taken.add(new)
            official["id"] = new
        elif new:
            renames.pop(official["id"])
    for section in ("meetings", "visits", "incidents", "sanctions"):
        for event in document.get(section) or []:
            for p in event.get("participants") or []:
                if p.get("official") in renames:
                    p["official"] = renames[p["official"]]
            if event.get("traveler") in renames:
                event["traveler"] = renames[event["traveler"]]
            target = event.get("target") or {}
            if target.get("official") in renames:
                target["official"] = renames[target["official"]]
    return document

"""Extraction meets the database: known officials as a gazetteer, and their ids reused.

Merging the events themselves (the same event reported by several sources) is the store's
job: see `Writer.upsert_event(merge=True)`, which `extract --ingest` asks for.
"""

from __future__ import annotations


def known_officials(db) -> list[tuple[str, str | None, str | None, list[str]]]:
    """Officials already stored, as gazetteer entries (name, country, title, aliases)."""
    from sqlalchemy import select

    from ..model import Official, OfficialAlias
    from ..store import SchemaError

    if not db.exists():
        return []
    try:
        with db.read() as conn:
            aliases: dict[str, list[str]] = {}
            for official_id, alias in conn.execute(
                select(OfficialAlias.official_id, OfficialAlias.alias)
            ):
                aliases.setdefault(official_id, []).append(alias)
            return [
                (row.name, row.country, None, aliases.get(row.id, []))
                for row in conn.execute(select(Official.id, Official.name, Official.country))
            ]
    except SchemaError:
        return []  # no schema yet, or an older one that ingest will upgrade


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

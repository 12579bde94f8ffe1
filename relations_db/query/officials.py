"""Officials: the list, one person's profile, and who held a post on a date."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, and_, func, literal, or_, select

from ..dates import parse_day
from ..inputs.errors import InputError
from ..model import (
    Event,
    EventSource,
    Official,
    OfficialAlias,
    OfficialSource,
    Participant,
    Position,
    Source,
)
from ..names import fold
from .lookup import country_option, resolve_official
from .sanctions import list_sanctions
from .timeline import event_order, format_location


def list_officials(
    connection: Connection, country: str | None = None, search: str | None = None
) -> Iterator[dict]:
    """Officials by name, each with their aliases and the titles they have held."""
    query = select(Official.id, Official.name, Official.country).order_by(
        Official.name_key, Official.id
    )
    if country:
        query = query.where(Official.country == country_option(country))
    if search:
        needle = fold(search)
        aliases = select(OfficialAlias.official_id).where(
            OfficialAlias.alias_key.contains(needle, autoescape=True)
        )
        query = query.where(
            or_(
                Official.name_key.contains(needle, autoescape=True),
                Official.id.contains(search.strip().lower(), autoescape=True),
                Official.id.in_(aliases),
            )
        )
    result = connection.execution_options(yield_per=500).execute(query)
    for chunk in result.partitions():
        ids = [row.id for row in chunk]
        aliases = _grouped(
            connection,
            select(OfficialAlias.official_id, OfficialAlias.alias)
            .where(OfficialAlias.official_id.in_(ids))
            .order_by(OfficialAlias.official_id, OfficialAlias.seq),
        )
        posts = defaultdict(list)
        for p in connection.execute(
            select(Position.official_id, *_post_columns())
            .where(Position.official_id.in_(ids))
            .order_by(Position.official_id, Position.seq)
        ):
            posts[p.official_id].append(_position(p))
        for row in chunk:
            yield {
                "id": row.id,
                "name": row.name,
                "country": row.country,
                "positions": posts[row.id],
                "aliases": aliases[row.id],
            }


def _grouped(connection: Connection, query) -> dict[str, list]:
    grouped = defaultdict(list)
    for key, value in connection.execute(query):
        grouped[key].append(value)
    return grouped


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def positions_of(connection: Connection, official_id: str) -> list[dict]:
    rows = connection.execute(
        select(*_post_columns())
        .where(Position.official_id == official_id)
        .order_by(Position.seq)
    )
    return [_position(p) for p in rows]


def _post_columns() -> tuple:
    return (
        Position.title,
        Position.organization,
        Position.country,
        Position.start_edtf,
        Position.end_edtf,
    )


def _position(p) -> dict:
    return {
        "title": p.title,
        "organization": p.organization,
        "country": p.country,
        "start": p.start_edtf,
        "end": p.end_edtf,
    }


def official_profile(connection: Connection, name: str) -> dict:
    """One official: who they are, posts over time, events oldest first, sanctions, sources."""
    found = resolve_official(connection, name)
    official_id = found.id
    aliases = list(
        connection.scalars(
            select(OfficialAlias.alias)
            .where(OfficialAlias.official_id == official_id)
            .order_by(OfficialAlias.seq)
        )
    )
    events = [
        {
            "id": row.id,
            "kind": row.kind,
            "date": row.date_edtf,
            "start": _iso(row.date_start),
            "end": _iso(row.date_end),
            "title": row.title,
            "status": row.status,
            "visibility": row.visibility,
            "role": row.role,
            "location": format_location(row.place, row.place_country),
        }
        for row in connection.execute(
            select(
                Event.id,
                Event.kind,
                Event.date_edtf,
                Event.date_start,
                Event.date_end,
                Event.title,
                Event.status,
                Event.visibility,
                Event.place,
                Event.place_country,
                func.min(Participant.role).label("role"),
            )
            .join(Participant, Participant.event_id == Event.id)
            .where(Participant.official_id == official_id)
            .group_by(Event.id)
            .order_by(*event_order())
        )
    ]
    sanctions = list(list_sanctions(connection, target_official_id=official_id))
    event_sources = select(EventSource.source_id).where(
        EventSource.event_id.in_(
            select(Participant.event_id).where(Participant.official_id == official_id)
        )
    )
    own_sources = select(OfficialSource.source_id).where(OfficialSource.official_id == official_id)
    sources = [
        {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "published": _iso(s.published),
            "url": s.url,
        }
        for s in connection.execute(
            select(Source.id, Source.title, Source.publisher, Source.published, Source.url)
            .where(or_(Source.id.in_(own_sources), Source.id.in_(event_sources)))
            .order_by(Source.published, Source.id)
        )
    ]
    return {
        "id": official_id,
        "name": found.name,
        "country": found.country,
        "aliases": aliases,
        "positions": positions_of(connection, official_id),
        "events": events,
        "sanctions": sanctions,
        "sources": sources,
    }


def who_held(connection: Connection, title: str, country: str | None, on: str | None) -> dict:
    """Who held `title` (in `country`) on a day: holders whose span covers the day first,
    then holders of the post whose dates the sources do not give.

    The title matches exactly first; then as title and organization together ("CIA
    Director" is the post "Director" at the "CIA"); then titles that contain the words.
    Without `on`, the day is the latest date the record itself gives for these holders (a
    position's start or end, or the publication day of a source naming them), never today:
    a 2023 source says nothing about who holds the post now."""
    try:
        day = parse_day(on) if on else None
    except ValueError as exc:
        raise InputError(str(exc), field="--on") from None
    code = country_option(country) if country else None
    key = fold(title)
    if not key:
        raise InputError("give a position title", field="TITLE")
    holders, match = _matching_holders(connection, key, code)
    latest = day is None
    if latest:
        day = _latest_statement(connection, holders)
    covering, undated = [], []
    for row in holders:
        if row["start_date"] is None and row["end_date"] is None:
            row["basis"] = "no dates on record"
            undated.append(row)
        elif day is not None and (
            (row["start_date"] is None or row["start_date"] <= day)
            and (row["end_date"] is None or day <= row["end_date"])
        ):
            row["basis"] = "span covers the day"
            covering.append(row)
    for row in undated:
        dates = _stated_on(connection, row["id"])
        if dates:
            row["basis"] = f"no dates on record; stated in sources of {', '.join(dates)}"
    rows = covering + undated
    for row in rows:
        row.pop("start_date")
        row.pop("end_date")
    return {
        "title": title,
        "country": code,
        "on": day.isoformat() if day else None,
        "latest": latest,
        "match": match,
        "holders": rows,
    }


_LINKING_WORDS = {"of", "the", "for", "at", "and", "to", "in", "on"}


def _matching_holders(connection: Connection, key: str, code: str | None):
    """(holders, how they matched): exact title, title with organization, or contains."""
    holders = _holders(connection, Position.title_key == key, code)
    if holders:
        return holders, "exact"
    # Posts whose title is part of what was typed, where the other words name the
    # organization: "CIA Director", "Director of the CIA", "Director, CIA".
    words = set(key.replace(",", " ").split())
    candidates = _holders(
        connection,
        and_(Position.title_key != "", literal(key).contains(Position.title_key)),
        code,
    )
    with_organization = []
    for row in candidates:
        rest = words - set(fold(row["title"]).split()) - _LINKING_WORDS
        organization = set(fold(row["organization"] or "").replace(",", " ").split())
        if rest and rest <= organization:
            with_organization.append(row)
    if with_organization:
        return with_organization, "title and organization"
    return _holders(connection, Position.title_key.contains(key, autoescape=True), code), "contains"


def _latest_statement(connection: Connection, holders: list[dict]) -> dt.date | None:
    """The latest date the record gives about these holders: a position's start or end,
    or the publication day of a source that names them."""
    days = [d for row in holders for d in (row["start_date"], row["end_date"]) if d]
    ids = {row["id"] for row in holders}
    if ids:
        published = connection.scalar(
            select(func.max(Source.published))
            .join(OfficialSource, OfficialSource.source_id == Source.id)
            .where(OfficialSource.official_id.in_(ids))
        )
        if published:
            days.append(published)
    return max(days) if days else None


def _stated_on(connection: Connection, official_id: str) -> list[str]:
    """Publication days of the sources that name this official (newest last)."""
    query = (
        select(Source.published)
        .join(OfficialSource, OfficialSource.source_id == Source.id)
        .where(OfficialSource.official_id == official_id, Source.published.is_not(None))
        .distinct()
        .order_by(Source.published)
    )
    return [day.isoformat() for day in connection.scalars(query)]


def _holders(connection: Connection, condition, code: str | None) -> list[dict]:
    position_country = func.coalesce(Position.country, Official.country)
    query = (
        select(
            Official.id,
            Official.name,
            Position.title,
            Position.organization,
            position_country.label("country"),
            Position.start_edtf,
            Position.end_edtf,
            Position.start_date,
            Position.end_date,
        )
        .join(Official, Official.id == Position.official_id)
        .where(condition)
        .order_by(Position.start_date, Official.name_key, Official.id)
    )
    if code:
        query = query.where(position_country == code)
    return [
        {
            "id": row.id,
            "name": row.name,
            "title": row.title,
            "organization": row.organization,
            "country": row.country,
            "start": row.start_edtf,
            "end": row.end_edtf,
            "start_date": row.start_date,
            "end_date": row.end_date,
        }
        for row in connection.execute(query)
    ]

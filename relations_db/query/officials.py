"""Officials: the list, one person's profile, and who held a post on a date."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, func, or_, select

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
        titles = _grouped(
            connection,
            select(Position.official_id, Position.title)
            .where(Position.official_id.in_(ids))
            .order_by(Position.official_id, Position.seq),
        )
        for row in chunk:
            yield {
                "id": row.id,
                "name": row.name,
                "country": row.country,
                "positions": titles[row.id],
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
        select(
            Position.title,
            Position.organization,
            Position.country,
            Position.start_edtf,
            Position.end_edtf,
        )
        .where(Position.official_id == official_id)
        .order_by(Position.seq)
    )
    return [
        {
            "title": p.title,
            "organization": p.organization,
            "country": p.country,
            "start": p.start_edtf,
            "end": p.end_edtf,
        }
        for p in rows
    ]


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
    then holders of the post whose dates the sources do not give. An exact title match is
    preferred; otherwise titles that contain the words (so "defense minister" finds
    "Minister of Defense" only when spelled so, but "minister" finds every minister)."""
    try:
        day = parse_day(on) if on else dt.date.today()
    except ValueError as exc:
        raise InputError(str(exc), field="--on") from None
    code = country_option(country) if country else None
    key = fold(title)
    if not key:
        raise InputError("give a position title", field="TITLE")
    holders = _holders(connection, Position.title_key == key, code)
    match = "exact"
    if not holders:
        holders = _holders(connection, Position.title_key.contains(key, autoescape=True), code)
        match = "contains"
    covering, undated = [], []
    for row in holders:
        if row["start_date"] is None and row["end_date"] is None:
            row["basis"] = "no dates on record"
            undated.append(row)
        elif (row["start_date"] is None or row["start_date"] <= day) and (
            row["end_date"] is None or day <= row["end_date"]
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
    return {"title": title, "country": code, "on": day.isoformat(), "match": match, "holders": rows}


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

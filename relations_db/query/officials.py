"""Officials: the list, and who held a post on a date (one person's profile: query.profile)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, and_, case, func, literal, or_, select

from ..dates import parse_day
from ..inputs.errors import InputError
from ..model import core
from ..names import fold
from .lookup import country_option
from .profile import position_row

EVENTS = core.events.c
PEOPLE = core.participants.c
OFFICIALS = core.officials.c
ALIASES = core.official_aliases.c
POSITIONS = core.positions.c
SOURCES = core.sources.c
EVENT_SOURCES = core.event_sources.c
OFFICIAL_SOURCES = core.official_sources.c


def list_officials(
    connection: Connection, country: str | None = None, search: str | None = None
) -> Iterator[dict]:
    """Officials by name, each with their aliases and the titles they have held."""
    query = select(OFFICIALS.id, OFFICIALS.name, OFFICIALS.country).order_by(
        OFFICIALS.name_key, OFFICIALS.id
    )
    if country:
        query = query.where(OFFICIALS.country == country_option(country))
    if search:
        needle = fold(search)
        aliases = select(ALIASES.official_id).where(
            ALIASES.alias_key.contains(needle, autoescape=True)
        )
        query = query.where(
            or_(
                OFFICIALS.name_key.contains(needle, autoescape=True),
                OFFICIALS.id.contains(search.strip().lower(), autoescape=True),
                OFFICIALS.id.in_(aliases),
            )
        )
    result = connection.execution_options(yield_per=500).execute(query)
    for chunk in result.partitions():
        ids = [row.id for row in chunk]
        aliases = _grouped(
            connection,
            select(ALIASES.official_id, ALIASES.alias)
            .where(ALIASES.official_id.in_(ids))
            .order_by(ALIASES.official_id, ALIASES.seq),
        )
        posts = defaultdict(list)
        for p in connection.execute(
            select(POSITIONS.official_id, *_post_columns())
            .where(POSITIONS.official_id.in_(ids))
            .order_by(POSITIONS.official_id, POSITIONS.seq)
        ):
            posts[p.official_id].append(position_row(p))
        for row in chunk:
            yield {
                "id": row.id,
                "name": row.name,
                "country": row.country,
                "positions": posts[row.id],
                "aliases": aliases[row.id],
            }


def _post_columns() -> tuple:
    return (
        POSITIONS.title,
        POSITIONS.organization,
        POSITIONS.country,
        POSITIONS.start_edtf,
        POSITIONS.end_edtf,
    )


def _grouped(connection: Connection, query) -> dict[str, list]:
    grouped = defaultdict(list)
    for key, value in connection.execute(query):
        grouped[key].append(value)
    return grouped


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
    holders = _holders(connection, POSITIONS.title_key == key, code)
    if holders:
        return holders, "exact"
    # Posts whose title is part of what was typed, where the other words name the
    # organization: "CIA Director", "Director of the CIA", "Director, CIA".
    words = set(key.replace(",", " ").split())
    candidates = _holders(
        connection,
        and_(POSITIONS.title_key != "", literal(key).contains(POSITIONS.title_key)),
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
    contained = POSITIONS.title_key.contains(key, autoescape=True)
    return _holders(connection, contained, code), "contains"


def _latest_statement(connection: Connection, holders: list[dict]) -> dt.date | None:
    """The latest date the record gives about these holders: a position's start or end,
    or the publication day of a source that names them."""
    days = [d for row in holders for d in (row["start_date"], row["end_date"]) if d]
    ids = {row["id"] for row in holders}
    if ids:
        published = connection.scalar(
            select(func.max(SOURCES.published))
            .join(core.official_sources, OFFICIAL_SOURCES.source_id == SOURCES.id)
            .where(OFFICIAL_SOURCES.official_id.in_(ids))
        )
        if published:
            days.append(published)
    return max(days) if days else None


def _stated_on(connection: Connection, official_id: str) -> list[str]:
    """Publication days of the sources that name this official (newest last)."""
    query = (
        select(SOURCES.published)
        .join(core.official_sources, OFFICIAL_SOURCES.source_id == SOURCES.id)
        .where(OFFICIAL_SOURCES.official_id == official_id, SOURCES.published.is_not(None))
        .distinct()
        .order_by(SOURCES.published)
    )
    return [day.isoformat() for day in connection.scalars(query)]


def _holders(connection: Connection, condition, code: str | None) -> list[dict]:
    position_country = func.coalesce(POSITIONS.country, OFFICIALS.country)
    query = (
        select(
            OFFICIALS.id,
            OFFICIALS.name,
            POSITIONS.title,
            POSITIONS.organization,
            position_country.label("country"),
            POSITIONS.start_edtf,
            POSITIONS.end_edtf,
            POSITIONS.start_date,
            POSITIONS.end_date,
        )
        .join(core.officials, OFFICIALS.id == POSITIONS.official_id)
        .where(condition)
        # A post whose start is not on record first, on every backend (PostgreSQL sorts
        # NULL last, SQLite first).
        .order_by(
            case((POSITIONS.start_date.is_(None), 0), else_=1),
            POSITIONS.start_date,
            OFFICIALS.name_key,
            OFFICIALS.id,
        )
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

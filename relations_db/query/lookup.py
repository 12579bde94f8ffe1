"""Finding an official by what a user types: an id, a name or an alias, any case.

The queries are SQL text over the stable table names, so a lookup (`official NAME`) does
not import the schema module (model.core builds every table: about 15 ms a start)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from ..inputs.errors import InputError
from ..names import fold

_FIND = text(
    "SELECT id, name, country FROM officials"
    " WHERE id = :id OR name_key = :key"
    " OR id IN (SELECT official_id FROM official_aliases WHERE alias_key = :key)"
    " ORDER BY id"
)


class AmbiguousName(InputError):
    """More than one official answers to a name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list):
        listing = "; ".join(f"{c.id} ({c.name}, {c.country or '??'})" for c in candidates)
        super().__init__(f"{name!r} matches {len(candidates)} officials: {listing}")
        self.candidates = candidates


def find_officials(connection: Connection, name: str) -> list:
    """Every official whose id, name or alias is `name` (case- and space-insensitive)."""
    return list(connection.execute(_FIND, {"id": name.strip().lower(), "key": fold(name)}))


def resolve_official(connection: Connection, name: str):
    """The one official called `name`; InputError (exit 2) when none or several are."""
    found = find_officials(connection, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, found)
    import difflib

    names = list(connection.scalars(text("SELECT name FROM officials")))
    names += list(connection.scalars(text("SELECT alias FROM official_aliases")))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"no official named {name!r}{hint}")


def country_option(value: str, option: str = "--country") -> str:
    """A country code from what a user typed (code, name or demonym alias), or exit 2."""
    from ..countries import normalize_country

    try:
        return normalize_country(value)
    except ValueError as exc:
        raise InputError(str(exc), field=option) from None


def iso(day) -> str | None:
    """A date as ISO text: SQLite gives the text itself, PostgreSQL a `date`."""
    if day is None or isinstance(day, str):
        return day
    return day.isoformat()


def format_location(place: str | None, country: str | None) -> str | None:
    if place and country:
        return f"{place}, {country}"
    return place or country

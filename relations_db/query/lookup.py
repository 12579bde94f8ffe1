"""Finding an official by what a user types: an id, a name or an alias, any case.

The queries are SQL text over the stable table names, so a lookup (`official NAME`) does
not import the schema module (model.core builds every table: about 15 ms a start), and
runs on a sqlite3 connection too (query.rawsqlite), without SQLAlchemy."""

from __future__ import annotations

import sqlite3

from ..inputs.errors import InputError
from ..names import fold

_FIND = (
    "SELECT id, name, country FROM officials"
    " WHERE id = :id OR name_key = :key"
    " OR id IN (SELECT official_id FROM official_aliases WHERE alias_key = :key)"
    " ORDER BY id"
)


def run(connection, sql: str, params: dict | None = None):
    """The rows of `sql` (named :parameters) on a SQLAlchemy connection or on a sqlite3
    one from query.rawsqlite (whose rows read the same: `row.id`)."""
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, params or {})
    from sqlalchemy import text

    return connection.execute(text(sql), params or {})


def lowered(connection, column):
    """`lower(column)` for case-insensitive matching in every script: SQLite's own lower()
    leaves "Лавров" and "Élysée" as they are, so on SQLite the store's connections run
    Python's (store.engine registers it)."""
    from sqlalchemy import func

    if connection.dialect.name == "sqlite":
        return func.unicode_lower(column)
    return func.lower(column)


class AmbiguousName(InputError):
    """More than one official answers to a name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list):
        listing = "; ".join(f"{c.id} ({c.name}, {c.country or '??'})" for c in candidates)
        super().__init__(f"{name!r} matches {len(candidates)} officials: {listing}")
        self.candidates = candidates


def find_officials(connection, name: str) -> list:
    """Every official whose id, name or alias is `name` (case- and space-insensitive)."""
    return list(run(connection, _FIND, {"id": name.strip().lower(), "key": fold(name)}))


def resolve_official(connection, name: str):
    """The one official called `name`; InputError (exit 2) when none or several are."""
    found = find_officials(connection, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, found)
    import difflib

    names = [row[0] for row in run(connection, "SELECT name FROM officials")]
    names += [row[0] for row in run(connection, "SELECT alias FROM official_aliases")]
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

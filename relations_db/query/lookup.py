"""Finding an official by what a user types: an id, a name or an alias, any case."""

from __future__ import annotations

import difflib

from sqlalchemy import Connection, or_, select

from ..countries import normalize_country
from ..inputs.errors import InputError
from ..model import core
from ..names import fold

OFFICIALS = core.officials.c
ALIASES = core.official_aliases.c


class AmbiguousName(InputError):
    """More than one official answers to a name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list):
        listing = "; ".join(f"{c.id} ({c.name}, {c.country or '??'})" for c in candidates)
        super().__init__(f"{name!r} matches {len(candidates)} officials: {listing}")
        self.candidates = candidates


def find_officials(connection: Connection, name: str) -> list:
    """Every official whose id, name or alias is `name` (case- and space-insensitive)."""
    key = fold(name)
    by_alias = select(ALIASES.official_id).where(ALIASES.alias_key == key)
    query = (
        select(OFFICIALS.id, OFFICIALS.name, OFFICIALS.country)
        .where(
            or_(
                OFFICIALS.id == name.strip().lower(),
                OFFICIALS.name_key == key,
                OFFICIALS.id.in_(by_alias),
            )
        )
        .order_by(OFFICIALS.id)
    )
    return list(connection.execute(query))


def resolve_official(connection: Connection, name: str):
    """The one official called `name`; InputError (exit 2) when none or several are."""
    found = find_officials(connection, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, found)
    names = list(connection.scalars(select(OFFICIALS.name)))
    names += list(connection.scalars(select(ALIASES.alias)))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"no official named {name!r}{hint}")


def country_option(value: str, option: str = "--country") -> str:
    """A country code from what a user typed (code, name or demonym alias), or exit 2."""
    try:
        return normalize_country(value)
    except ValueError as exc:
        raise InputError(str(exc), field=option) from None

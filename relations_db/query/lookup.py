"""Finding an official by what a user types: an id, a name or an alias, any case."""

from __future__ import annotations

import difflib

from sqlalchemy import Connection, or_, select

from ..countries import normalize_country
from ..inputs.errors import InputError
from ..model import Official, OfficialAlias
from ..names import fold


class AmbiguousName(InputError):
    """More than one official answers to a name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list):
        listing = "; ".join(f"{c.id} ({c.name}, {c.country or '??'})" for c in candidates)
        super().__init__(f"{name!r} matches {len(candidates)} officials: {listing}")
        self.candidates = candidates


def find_officials(connection: Connection, name: str) -> list:
    """Every official whose id, name or alias is `name` (case- and space-insensitive)."""
    key = fold(name)
    by_alias = select(OfficialAlias.official_id).where(OfficialAlias.alias_key == key)
    query = (
        select(Official.id, Official.name, Official.country)
        .where(
            or_(
                Official.id == name.strip().lower(),
                Official.name_key == key,
                Official.id.in_(by_alias),
            )
        )
        .order_by(Official.id)
    )
    return list(connection.execute(query))


def resolve_official(connection: Connection, name: str):
    """The one official called `name`; InputError (exit 2) when none or several are."""
    found = find_officials(connection, name)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, found)
    names = list(connection.scalars(select(Official.name)))
    names += list(connection.scalars(select(OfficialAlias.alias)))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"no official named {name!r}{hint}")


def country_option(value: str, option: str = "--country") -> str:
    """A country code from what a user typed (code, name or demonym alias), or exit 2."""
    try:
        return normalize_country(value)
    except ValueError as exc:
        raise InputError(str(exc), field=option) from None

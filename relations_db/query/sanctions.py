"""Sanctions: who imposed what on whom, under which authority and program, and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, and_, exists, func, or_, select

from ..dates import parse_day
from ..inputs.errors import InputError
from ..model import core
from ..model.enums import Role
from ..names import fold
from .lookup import country_option, find_officials, lowered
from .profile import sanction_row
from .timeline import CHUNK, event_order, reported_by

# Statuses under which a sanction is in force (planned, cancelled, ... are not).
IN_FORCE = ("held",)
EVENTS = core.events.c
SANCTIONS = core.sanctions.c
OFFICIALS = core.officials.c
PEOPLE = core.participants.c


def list_sanctions(
    connection: Connection,
    *,
    target: str | None = None,
    imposer: str | None = None,
    target_official_id: str | None = None,
    target_country: str | None = None,
    as_of: str | None = None,
) -> Iterator[dict]:
    """Sanctions oldest first. `target` matches an official (id, name or alias) or, for
    organizations and described targets, words of the target's name; an unknown target is
    an error that suggests names. `target_country`: the target official's country, or a
    described target's. `as_of` (a day): only sanctions in force then, imposed by that
    day (their dates began; an undated one, stated by a source published by then) and not
    lifted before it."""
    target_name = func.coalesce(
        OFFICIALS.name, SANCTIONS.target_organization, SANCTIONS.target_description
    )
    query = select(
        EVENTS.id,
        EVENTS.date_edtf,
        EVENTS.date_start,
        EVENTS.date_end,
        EVENTS.title,
        EVENTS.status,
        SANCTIONS.imposer,
        SANCTIONS.authority,
        SANCTIONS.target_official_id,
        target_name.label("target"),
        SANCTIONS.program,
        SANCTIONS.reason,
        SANCTIONS.lifted_edtf,
    ).select_from(
        core.sanctions.join(core.events, EVENTS.id == SANCTIONS.event_id).outerjoin(
            core.officials, OFFICIALS.id == SANCTIONS.target_official_id
        )
    )
    if target_official_id:
        query = query.where(SANCTIONS.target_official_id == target_official_id)
    if target:
        officials = [row.id for row in find_officials(connection, target)]
        words = fold(target)
        condition = or_(
            SANCTIONS.target_official_id.in_(officials),
            lowered(connection, SANCTIONS.target_organization).contains(words, autoescape=True),
            lowered(connection, SANCTIONS.target_description).contains(words, autoescape=True),
        )
        if not officials and connection.scalar(select(SANCTIONS.event_id).where(condition)) is None:
            raise InputError(
                f"no sanction target named {target!r}{_suggest(connection, target)}",
                field="--target",
            )
        query = query.where(condition)
    if imposer:
        query = query.where(SANCTIONS.imposer == country_option(imposer, "--imposer"))
    if target_country:
        code = country_option(target_country, "--target-country")
        # The target is among the participants (role target), named or described.
        of_country = select(OFFICIALS.id).where(OFFICIALS.country == code)
        query = query.where(
            exists().where(
                PEOPLE.event_id == SANCTIONS.event_id,
                PEOPLE.role == Role.TARGET.value,
                or_(PEOPLE.country == code, PEOPLE.official_id.in_(of_country)),
            )
        )
    if as_of:
        try:
            day = parse_day(as_of)
        except ValueError as exc:
            raise InputError(str(exc), field="--as-of") from None
        query = query.where(
            # Undated: in force once a source that states it had been published.
            or_(
                EVENTS.date_start <= day,
                and_(EVENTS.date_start.is_(None), EVENTS.id.in_(reported_by(day))),
            ),
            or_(SANCTIONS.lifted_date.is_(None), SANCTIONS.lifted_date > day),
            EVENTS.status.in_(IN_FORCE),
        )
    query = query.order_by(*event_order())
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for chunk in result.partitions():
        sources = defaultdict(list)
        for event_id, source_id in connection.execute(
            select(core.event_sources.c.event_id, core.event_sources.c.source_id)
            .where(core.event_sources.c.event_id.in_([row.id for row in chunk]))
            .order_by(core.event_sources.c.event_id, core.event_sources.c.source_id)
        ):
            sources[event_id].append(source_id)
        yield from (sanction_row(row, sources[row.id]) for row in chunk)


def _suggest(connection: Connection, target: str) -> str:
    """ "; did you mean ..." from the names of officials and sanction targets on record."""
    import difflib

    names = set(connection.scalars(select(OFFICIALS.name)))
    names |= set(connection.scalars(select(core.official_aliases.c.alias)))
    for column in (SANCTIONS.target_organization, SANCTIONS.target_description):
        names |= set(connection.scalars(select(column).where(column.is_not(None))))
    close = difflib.get_close_matches(target, sorted(names), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""

"""Sanctions: who imposed what on whom, under which authority and program, and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import Connection, exists, func, or_, select

from ..dates import parse_day
from ..inputs.errors import InputError
from ..model import EventSource, Official, OfficialAlias, Participant, Sanction
from ..model.enums import Role
from ..names import fold
from .lookup import country_option, find_officials

# Statuses under which a sanction is in force (planned, cancelled, ... are not).
IN_FORCE = ("held",)
from .timeline import CHUNK, event_order


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
    day (their dates began) and not lifted before it."""
    target_name = func.coalesce(
        Official.name, Sanction.target_organization, Sanction.target_description
    )
    # Sanction inherits from Event: its inherited columns come through the join for free.
    query = select(
        Sanction.id,
        Sanction.date_edtf,
        Sanction.date_start,
        Sanction.date_end,
        Sanction.title,
        Sanction.status,
        Sanction.imposer,
        Sanction.authority,
        Sanction.target_official_id,
        target_name.label("target"),
        Sanction.program,
        Sanction.reason,
        Sanction.lifted_edtf,
    ).outerjoin(Official, Official.id == Sanction.target_official_id)
    if target_official_id:
        query = query.where(Sanction.target_official_id == target_official_id)
    if target:
        officials = [row.id for row in find_officials(connection, target)]
        words = fold(target)
        condition = or_(
            Sanction.target_official_id.in_(officials),
            func.lower(Sanction.target_organization).contains(words, autoescape=True),
            func.lower(Sanction.target_description).contains(words, autoescape=True),
        )
        if not officials and connection.scalar(select(Sanction.id).where(condition)) is None:
            raise InputError(
                f"no sanction target named {target!r}{_suggest(connection, target)}",
                field="--target",
            )
        query = query.where(condition)
    if imposer:
        query = query.where(Sanction.imposer == country_option(imposer, "--imposer"))
    if target_country:
        code = country_option(target_country, "--target-country")
        # The target is among the participants (role target), named or described.
        of_country = select(Official.id).where(Official.country == code)
        query = query.where(
            exists().where(
                Participant.event_id == Sanction.id,
                Participant.role == Role.TARGET.value,
                or_(Participant.country == code, Participant.official_id.in_(of_country)),
            )
        )
    if as_of:
        try:
            day = parse_day(as_of)
        except ValueError as exc:
            raise InputError(str(exc), field="--as-of") from None
        query = query.where(
            Sanction.date_start <= day,
            or_(Sanction.lifted_date.is_(None), Sanction.lifted_date > day),
            Sanction.status.in_(IN_FORCE),
        )
    query = query.order_by(*event_order())
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for chunk in result.partitions():
        sources = defaultdict(list)
        for event_id, source_id in connection.execute(
            select(EventSource.event_id, EventSource.source_id)
            .where(EventSource.event_id.in_([row.id for row in chunk]))
            .order_by(EventSource.event_id, EventSource.source_id)
        ):
            sources[event_id].append(source_id)
        yield from (_sanction(row, sources[row.id]) for row in chunk)


def _sanction(row, sources: list[str]) -> dict:
    return {
        "id": row.id,
        "date": row.date_edtf,
        "start": row.date_start.isoformat() if row.date_start else None,
        "end": row.date_end.isoformat() if row.date_end else None,
        "imposer": row.imposer,
        "authority": row.authority,
        "target": row.target,
        "target_official": row.target_official_id,
        "program": row.program,
        "reason": row.reason,
        "lifted": row.lifted_edtf,
        "status": row.status,
        "title": row.title,
        "sources": sources,
    }


def _suggest(connection: Connection, target: str) -> str:
    """"; did you mean ..." from the names of officials and sanction targets on record."""
    import difflib

    names = set(connection.scalars(select(Official.name)))
    names |= set(connection.scalars(select(OfficialAlias.alias)))
    for column in (Sanction.target_organization, Sanction.target_description):
        names |= set(connection.scalars(select(column).where(column.is_not(None))))
    close = difflib.get_close_matches(target, sorted(names), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""

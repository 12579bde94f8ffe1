"""Channels: for two countries, the last contact on each pair of counterpart posts.

Which posts form a channel is data: `relations_db/data/channels.csv` (channel, title,
organization; shell-style wildcards, any case), extended by a user's own CSV of the same
columns. A meeting or visit counts for a channel when each side has someone on it, or
one side has someone on it and the other side's person holds no post on record (an
unnamed "counterpart", or an official whose post the sources do not give): the `match`
column says which, so an inferred channel is never passed off as a certain one.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, and_, or_, select

from ..dates import parse_day
from ..inputs.errors import InputError
from ..model import core
from ..names import fold
from .lookup import country_option
from .timeline import participants_of, reported_by

EVENTS = core.events.c
POSITIONS = core.positions.c
EVENT_COUNTRIES = core.event_countries.c

CONTACT_KINDS = ("meeting", "visit")


@dataclass(frozen=True)
class ChannelRule:
    channel: str
    title: str
    organization: str

    def matches(self, title: str, organization: str | None) -> bool:
        if not fnmatchcase(fold(title), self.title):
            return False
        return not self.organization or fnmatchcase(fold(organization or ""), self.organization)


def load_rules(extra: str | Path | None = None) -> list[ChannelRule]:
    """The bundled channel table, then the user's rows (which may add whole channels)."""
    bundled = resources.files("relations_db.data").joinpath("channels.csv")
    with bundled.open(encoding="utf-8", newline="") as handle:
        rules = _read_rules(handle, "channels.csv")
    if extra:
        path = Path(extra)
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rules += _read_rules(handle, str(path))
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}", field="--channels") from None
    return rules


def _read_rules(handle, name: str) -> list[ChannelRule]:
    reader = csv.DictReader(handle)
    missing = {"channel", "title"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(
            f"missing column {', '.join(sorted(missing))} (need channel,title[,organization])",
            file=name,
            line=1,
        )
    rules = []
    for row in reader:
        channel = (row.get("channel") or "").strip()
        title = (row.get("title") or "").strip()
        if not channel or not title:
            field = "channel" if not channel else "title"
            raise InputError("empty", file=name, line=reader.line_num, field=field)
        rules.append(ChannelRule(channel, fold(title), fold(row.get("organization") or "")))
    return rules


def channel_report(
    connection: Connection,
    countries: list[str],
    as_of: str | None = None,
    channels_file: str | None = None,
) -> dict:
    """One row per channel: the latest contact up to `as_of` (any status), the latest held
    one, and the days since each, counted from the last day the contact's date allows."""
    if len(countries) != 2:
        raise InputError("give exactly two countries: --country A --country B", field="--country")
    a, b = (country_option(c) for c in countries)
    if a == b:
        raise InputError("the two countries are the same", field="--country")
    try:
        day = parse_day(as_of) if as_of else dt.date.today()
    except ValueError as exc:
        raise InputError(str(exc), field="--as-of") from None
    rules = load_rules(channels_file)
    order = list(dict.fromkeys(rule.channel for rule in rules))
    contacts: dict[str, list[dict]] = defaultdict(list)
    for event in _contacts(connection, a, b, day, known_by=day if as_of else None):
        for channel, match in _channels_of(event, a, b, rules).items():
            contacts[channel].append({**event, "match": match})
    rows = [_summary(channel, contacts[channel], a, b, day) for channel in order]
    return {"countries": [a, b], "as_of": day.isoformat(), "channels": rows}


def _contacts(
    connection: Connection, a: str, b: str, day: dt.date, known_by: dt.date | None = None
) -> list[dict]:
    """Meetings and visits involving both countries that began by `day`, or are undated.
    With `known_by` (an explicit --as-of), an undated one counts only when a source stating
    it was published by then: nothing else places it before that day."""
    both = [
        EVENTS.id.in_(select(EVENT_COUNTRIES.event_id).where(EVENT_COUNTRIES.country == code))
        for code in (a, b)
    ]
    undated = EVENTS.date_start.is_(None)
    if known_by is not None:
        undated = and_(undated, EVENTS.id.in_(reported_by(known_by)))
    events = {
        row.id: {
            "id": row.id,
            "kind": row.kind,
            "title": row.title,
            "date": row.date_edtf,
            "start": row.date_start,
            "end": row.date_end,
            "status": row.status,
            "visibility": row.visibility,
            "destination": row.place_country,
            "people": [],
        }
        for row in connection.execute(
            select(
                EVENTS.id,
                EVENTS.kind,
                EVENTS.title,
                EVENTS.date_edtf,
                EVENTS.date_start,
                EVENTS.date_end,
                EVENTS.status,
                EVENTS.visibility,
                EVENTS.place_country,
            ).where(
                EVENTS.kind.in_(CONTACT_KINDS),
                *both,
                or_(undated, EVENTS.date_start <= day),
            )
        )
    }
    if not events:
        return []
    ids = list(events)
    people = []
    for row in connection.execute(participants_of(ids)):
        person = {
            "event_id": row.event_id,
            "official_id": row.official_id,
            "name": row.name,
            "country": row.country,
            "posts": [],
        }
        events[row.event_id]["people"].append(person)
        people.append(person)
    officials = {p["official_id"] for p in people if p["official_id"]}
    posts = defaultdict(list)
    for row in connection.execute(
        select(
            POSITIONS.official_id,
            POSITIONS.title,
            POSITIONS.organization,
            POSITIONS.country,
            POSITIONS.start_date,
            POSITIONS.end_date,
        ).where(POSITIONS.official_id.in_(officials))
    ):
        posts[row.official_id].append(row)
    for person in people:
        event = events[person["event_id"]]
        start, end = event["start"] or _EARLIEST, event["end"] or day
        person["posts"] = [
            post
            for post in posts.get(person["official_id"], ())
            if _overlaps(post.start_date, post.end_date, start, end)
        ]
    for event in events.values():
        # The people a traveler goes to see are on the destination's side, named or not.
        country = event["destination"]
        if (
            event["kind"] == "visit"
            and country
            and not any(p["country"] == country for p in event["people"])
        ):
            host = {"official_id": None, "name": f"hosts in {country}", "country": country}
            event["people"].append({**host, "posts": []})
    return list(events.values())


_EARLIEST = dt.date.min


def _overlaps(first, last, start, end) -> bool:
    """Whether a post (first..last, open ends) overlaps a contact's span; an undated
    contact's span is every day up to the as-of day."""
    return (first is None or first <= end) and (last is None or start <= last)


def _channels_of(event: dict, a: str, b: str, rules: list[ChannelRule]) -> dict[str, str]:
    sides = {code: {"channels": defaultdict(list), "unknown": []} for code in (a, b)}
    for person in event["people"]:
        side = sides.get(person["country"])
        if side is None:
            continue
        channels = {
            rule.channel
            for post in person["posts"]
            for rule in rules
            if rule.matches(post.title, post.organization)
        }
        if not person["posts"]:
            side["unknown"].append(person["name"])
        for channel in channels:
            side["channels"][channel].append(person["name"])
    found = {}
    for channel in set(sides[a]["channels"]) | set(sides[b]["channels"]):
        on_a, on_b = channel in sides[a]["channels"], channel in sides[b]["channels"]
        if on_a and on_b:
            found[channel] = "both sides"
        elif (on_a and sides[b]["unknown"]) or (on_b and sides[a]["unknown"]):
            found[channel] = f"{a if on_a else b} side only"
    for channel in found:
        event.setdefault("sides", {})[channel] = {
            code: sides[code]["channels"].get(channel) or sides[code]["unknown"] for code in (a, b)
        }
    return found


def _summary(channel: str, events: list[dict], a: str, b: str, day: dt.date) -> dict:
    last = _latest(events)
    held = _latest([e for e in events if e["status"] == "held"])
    row = {
        "channel": channel,
        "event_id": None,
        "date": None,
        "status": None,
        "visibility": None,
        "days_since": None,
        "title": None,
        "match": None,
        a: None,
        b: None,
        "last_held_event_id": held["id"] if held else None,
        "last_held_date": _date_label(held),
        "days_since_held": _days_since(held, day),
    }
    if last:
        sides = last["sides"][channel]
        row.update(
            event_id=last["id"],
            date=_date_label(last),
            status=last["status"],
            visibility=last["visibility"],
            days_since=_days_since(last, day),
            title=last["title"],
            match=last["match"],
            **{a: "; ".join(sides[a]), b: "; ".join(sides[b])},
        )
    return row


def _latest(events: list[dict]) -> dict | None:
    """The latest dated event; an undated one only when nothing dated is on record."""
    dated = [e for e in events if e["end"] is not None]
    if dated:
        return max(dated, key=lambda e: (e["end"], e["start"], e["id"]))
    return min(events, key=lambda e: e["id"]) if events else None


def _date_label(event: dict | None) -> str | None:
    if event is None:
        return None
    return event["date"] or "undated"


def _days_since(event: dict | None, day: dt.date) -> int | None:
    if event is None or event["end"] is None:
        return None
    return max((day - event["end"]).days, 0)

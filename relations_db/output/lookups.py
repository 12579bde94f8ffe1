"""Answers to lookups as a terminal table (80 columns), CSV, JSON or JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from .formats import (
    cell,
    fit,
    json_default,
    terminal_text,
    write_auto_table,
    write_csv_rows,
    write_table,
)

FORMATS = ("table", "csv", "json", "jsonl")


def write_rows(
    rows: Iterable[dict],
    columns: Sequence[str],
    fmt: str,
    out: TextIO,
    table_widths: dict[str, int] | None = None,
) -> int:
    """Rows of dicts in `fmt`; tables use `table_widths` (its last key takes the rest of the
    line) or widths measured from the data."""
    if fmt == "csv":
        return write_csv_rows(([row.get(c) for c in columns] for row in rows), columns, out)
    if fmt in ("json", "jsonl"):
        from .formats import write_json, write_jsonl

        write = write_json if fmt == "json" else write_jsonl
        return write(({c: row.get(c) for c in columns} for row in rows), out)
    if table_widths:
        flexible = list(table_widths)[-1]
        return write_table(rows, table_widths, flexible, out, lambda c, v: cell(v), min_flexible=12)
    return write_auto_table(rows, columns, out)


def write_document(document: dict, out: TextIO) -> None:
    out.write(json.dumps(document, ensure_ascii=False, indent=2, default=json_default) + "\n")


def position_text(position: dict) -> str:
    """A post as one cell: "Director, CIA (2021-03-19 to 2025-01-20)"."""
    post = ", ".join(x for x in (position["title"], position.get("organization")) if x)
    if position.get("start") or position.get("end"):
        post += f" ({position.get('start') or '?'} to {position.get('end') or 'now?'})"
    return post


def _official_cell(column: str, value) -> str:
    if column == "positions" and value:
        return "; ".join(position_text(p) for p in value)
    return cell(value)


OFFICIAL_COLUMNS = ("id", "name", "country", "positions", "aliases")
OFFICIAL_TABLE = {"id": 20, "name": 20, "country": 7, "positions": 0}


def write_officials(rows: Iterable[dict], fmt: str, out: TextIO) -> int:
    """Officials; in CSV and tables each post reads "title, organization (start to end)"."""
    if fmt in ("json", "jsonl"):
        return write_rows(rows, OFFICIAL_COLUMNS, fmt, out)
    flat = ({**row, "positions": _official_cell("positions", row["positions"])} for row in rows)
    return write_rows(flat, OFFICIAL_COLUMNS, fmt, out, OFFICIAL_TABLE)

PROFILE_EVENT_COLUMNS = (
    "id",
    "kind",
    "date",
    "start",
    "end",
    "role",
    "status",
    "visibility",
    "title",
    "location",
)

HOLDER_COLUMNS = ("id", "name", "title", "organization", "country", "start", "end", "basis")

SANCTION_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "imposer",
    "authority",
    "target",
    "target_official",
    "program",
    "reason",
    "lifted",
    "status",
    "title",
    "sources",
)
SANCTION_TABLE = {
    "id": 0,
    "date": 10,
    "imposer": 7,
    "target": 14,
    "program": 12,
    "lifted": 10,
    "reason": 0,
}


def write_profile(profile: dict, out: TextIO) -> None:
    """One official as a readable page for the terminal."""

    head = f"{profile['name']} ({profile['country'] or '??'})  id: {profile['id']}"
    if profile["aliases"]:
        head += f"  aliases: {', '.join(profile['aliases'])}"
    out.write(_clip(head, 80) + "\n")
    out.write(f"\nPositions ({len(profile['positions'])})\n")
    for p in profile["positions"]:
        post = ", ".join(x for x in (p["title"], p["organization"]) if x)
        span = (
            f"{p['start'] or '?'} to {p['end'] or 'now?'}"
            if p["start"] or p["end"]
            else "dates not on record"
        )
        out.write(f"  {fit(post, 50)}  {span}\n")
    out.write(f"\nEvents ({len(profile['events'])}), oldest first\n")
    if profile["events"]:
        widths = {"date": 12, "kind": 8, "role": 11, "status": 9, "id": 0, "title": 0}
        _indented(profile["events"], widths, out)
    out.write(f"\nSanctions on {_clip(profile['name'], 60)} ({len(profile['sanctions'])})\n")
    for s in profile["sanctions"]:
        facts = [s["date"] or "undated", f"by {s['imposer'] or '??'}", s["authority"], s["program"]]
        line = ", ".join(x for x in facts if x)
        if s["reason"]:
            line += f"; reason: {s['reason']}"
        if s["lifted"]:
            line += f"; lifted {s['lifted']}"
        out.write(f"  {_clip(line, 76)}\n")
    out.write(f"\nSources ({len(profile['sources'])})\n")
    for s in profile["sources"]:
        line = "  ".join(x for x in (s["published"], s["publisher"], s["title"]) if x)
        out.write(f"  {_clip(line or s['id'], 76)}\n")


def _indented(rows: list[dict], widths: dict[str, int], out: TextIO) -> None:
    from io import StringIO

    buffer = StringIO()

    def flatten(column, value):
        return cell(value) or ("undated" if column == "date" else "")

    write_table(rows, widths, list(widths)[-1], buffer, flatten, 78, min_flexible=12)
    for line in buffer.getvalue().splitlines():
        out.write(f"  {line}\n")


def _clip(text: str, size: int) -> str:
    """Terminal-safe `text` cut to `size` display columns."""
    return fit(text, size).rstrip()


def write_holders(answer: dict, out: TextIO) -> None:
    """`who` for people: a sentence, then the holders when there are any."""
    where = f" ({answer['country']})" if answer["country"] else ""
    holders = answer["holders"]
    if answer["on"] is None:
        when = " (no dated statement on record)"
    elif answer.get("latest"):
        when = f" on {answer['on']}, the latest date on record"
    else:
        when = f" on {answer['on']}"
    post = terminal_text(f"{answer['title']!r}{where}{when}")
    if not holders:
        out.write(f"No one on record held {post}.\n")
        return
    if len(holders) == 1:
        h = holders[0]
        out.write(f"{terminal_text(h['name'])} held {post} ({h['basis']}).\n")
    else:
        out.write(f"{len(holders)} people on record held {post}:\n")
    if answer["match"] != "exact" or len(holders) > 1:
        widths = {"name": 20, "title": 18, "organization": 12, "country": 7, "basis": 0}
        write_table(holders, widths, "basis", out, lambda c, v: cell(v))


# The event id in full: it is what a user passes to `event` next.
CHANNEL_TABLE = {"channel": 18, "date": 12, "status": 9, "days": 5, "event_id": 0, "title": 0}


def channel_columns(report: dict) -> list[str]:
    a, b = report["countries"]
    return [
        "channel",
        "event_id",
        "date",
        "status",
        "visibility",
        "days_since",
        "title",
        "match",
        a,
        b,
        "last_held_event_id",
        "last_held_date",
        "days_since_held",
    ]


def write_channels(report: dict, out: TextIO) -> None:
    a, b = report["countries"]
    out.write(f"Channels between {a} and {b} as of {report['as_of']}\n")
    rows = [
        {**row, "date": row["date"] or "none on record", "days": row["days_since"]}
        for row in report["channels"]
    ]
    write_table(rows, CHANNEL_TABLE, "title", out, lambda c, v: cell(v), min_flexible=12)


SOURCE_TABLE = {
    "id": 0,
    "published": 10,
    "publisher": 12,
    "events": 6,
    "officials": 9,
    "quotes": 6,
    "title": 0,
}


def write_event(detail: dict, out: TextIO) -> None:
    """One event as a readable page: fields, people, evidence by source, links, claims."""

    def put(text: str = "") -> None:
        out.write(terminal_text(text).rstrip() + "\n")

    put(f"{detail['title']}")
    put(f"id: {detail['id']}  kind: {detail['kind']}  status: {detail['status']}")
    skip = {"id", "kind", "status", "title", "participants", "sources", "links", "claims"}
    skip |= {"characterizations"}
    put()
    for key, value in detail.items():
        if key in skip or value in (None, [], ""):
            continue
        put(f"  {key + ':':20} {cell(value)}")
    for c in detail.get("characterizations") or []:
        put(f"  {'characterized:':20} {c['text']}" + (f" ({c['by']})" if c["by"] else ""))
    put()
    put(f"Participants ({len(detail['participants'])})")
    for p in detail["participants"]:
        name = f"{p['name']} ({p['country']})" if p["country"] else p["name"]
        put(f"  {p['role']:12} {name}" + (f"  [{p['official']}]" if p["official"] else ""))
    put()
    put(f"Evidence by source ({len(detail['sources'])})")
    for s in detail["sources"]:
        put(f"  {s['id']}  " + "  ".join(x for x in (s["published"], s["publisher"]) if x))
        for q in s["quotes"]:
            put(f"    [{q['start']}:{q['end']}] \"{q['quote']}\"")
    put()
    put(f"Links ({len(detail['links'])})")
    for link in detail["links"]:
        arrow = (
            f"{link['relation']} ->" if link["direction"] == "to" else f"<- {link['relation']}"
        )
        put(f"  {arrow:20} {link['event']}  {link['title']}")
    if detail["claims"]:
        put()
        put(f"What each source says where they differ ({len(detail['claims'])})")
        for claim in detail["claims"]:
            put(f"  {claim['source']}: {claim['field']} = {claim['value']}")


def write_stats(stats: dict, out: TextIO) -> None:
    """The overview for a terminal: totals, the date range, then each breakdown."""
    out.write(
        f"{stats['events']} events, {stats['sources']} sources, {stats['officials']} officials\n"
    )
    if stats["first_date"]:
        out.write(f"dates from {stats['first_date']} to {stats['last_date']}\n")
    for group in ("by_kind", "by_status", "by_year", "by_country"):
        values = stats[group]
        out.write(f"\n{group.replace('_', ' ')} ({len(values)})\n")
        for value, count in values.items():
            out.write(f"  {fit(str(value), 20)}  {count:>8}\n")

"""Answers to lookups as a terminal table (80 columns), CSV or JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from .formats import cell, inert, json_default, write_auto_table, write_table

FORMATS = ("table", "csv", "json")


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
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        count = 0
        for row in rows:
            writer.writerow([inert(cell(row.get(c))) for c in columns])
            count += 1
        return count
    if fmt == "json":
        from .formats import write_json

        return write_json(({c: row.get(c) for c in columns} for row in rows), out)
    if table_widths:
        flexible = list(table_widths)[-1]
        return write_table(rows, table_widths, flexible, out, lambda c, v: cell(v))
    return write_auto_table(rows, columns, out)


def write_document(document: dict, out: TextIO) -> None:
    out.write(json.dumps(document, ensure_ascii=False, indent=2, default=json_default) + "\n")


OFFICIAL_COLUMNS = ("id", "name", "country", "positions", "aliases")
OFFICIAL_TABLE = {"id": 20, "name": 20, "country": 7, "positions": 0}

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
SANCTION_TABLE = {"date": 10, "imposer": 7, "target": 16, "authority": 16, "reason": 0}


def write_profile(profile: dict, out: TextIO) -> None:
    """One official as a readable page for the terminal."""
    head = f"{profile['name']} ({profile['country'] or '??'})  id: {profile['id']}"
    if profile["aliases"]:
        head += f"  aliases: {', '.join(profile['aliases'])}"
    out.write(head + "\n")
    out.write(f"\nPositions ({len(profile['positions'])})\n")
    for p in profile["positions"]:
        post = ", ".join(x for x in (p["title"], p["organization"]) if x)
        span = (
            f"{p['start'] or '?'} to {p['end'] or 'now?'}"
            if p["start"] or p["end"]
            else "dates not on record"
        )
        out.write(f"  {_clip(post, 50):50}  {span}\n")
    out.write(f"\nEvents ({len(profile['events'])}), oldest first\n")
    if profile["events"]:
        widths = {"date": 15, "kind": 8, "role": 9, "status": 9, "title": 0}
        _indented(profile["events"], widths, out)
    out.write(f"\nSanctions on {profile['name']} ({len(profile['sanctions'])})\n")
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

    write_table(rows, widths, "title", buffer, flatten, 78)
    for line in buffer.getvalue().splitlines()[1:]:
        out.write(f"  {line}\n")


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def write_holders(answer: dict, out: TextIO) -> None:
    """`who` for people: a sentence, then the holders when there are any."""
    where = f" ({answer['country']})" if answer["country"] else ""
    holders = answer["holders"]
    post = f"{answer['title']!r}{where} on {answer['on']}"
    if not holders:
        out.write(f"No one on record held {post}.\n")
        return
    if len(holders) == 1:
        h = holders[0]
        out.write(f"{h['name']} held {post} ({h['basis']}).\n")
    else:
        out.write(f"{len(holders)} people on record held {post}:\n")
    if answer["match"] == "contains" or len(holders) > 1:
        widths = {"name": 20, "title": 24, "country": 7, "basis": 0}
        write_table(holders, widths, "basis", out, lambda c, v: cell(v))


CHANNEL_TABLE = {"channel": 18, "date": 15, "status": 9, "days": 5, "title": 0}


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
    write_table(rows, CHANNEL_TABLE, "title", out, lambda c, v: cell(v))

"""Timeline rows out: CSV with the contract's columns, JSON, JSONL, or a terminal table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..query.timeline import COLUMNS
from .formats import write_csv, write_json, write_jsonl, write_table

FORMATS = ("table", "csv", "json", "jsonl")
TABLE_WIDTHS = {"id": 0, "date": 0, "kind": 8, "status": 9, "countries": 9, "title": 0}


def flatten(column: str, value) -> str:
    """One timeline value as a CSV/table cell."""
    if value is None:
        return ""
    if column == "participants":
        return "; ".join(
            f"{p['name']} ({p['country']})" if p["country"] else p["name"] for p in value
        )
    if column in ("countries", "sources"):
        return ";".join(value)
    return str(value)


def _table_cell(column: str, value) -> str:
    if column == "date" and not value:
        return "undated"
    return flatten(column, value)


def write_timeline(rows: Iterable[dict], fmt: str, out: TextIO) -> int:
    if fmt == "csv":
        return write_csv(rows, COLUMNS, out, flatten)
    if fmt == "json":
        return write_json(rows, out)
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    # Ids (measured, never cut) are what `event ID` takes next; the title gets the rest of
    # the line, and at least 20 columns even when that makes the line longer.
    return write_table(rows, TABLE_WIDTHS, "title", out, _table_cell, min_flexible=20)



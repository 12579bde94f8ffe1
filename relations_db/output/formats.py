"""Streamed writers for rows of dicts: CSV (formula-safe), JSON, JSONL and a terminal table."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterable, Sequence
from typing import TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def inert(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe; numbers stay."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def write_csv(rows: Iterable[dict], columns: Sequence[str], out: TextIO, flatten) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([inert(flatten(column, row.get(column))) for column in columns])
        count += 1
    return count


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=json_default) + "\n")
        count += 1
    return count


def write_json(rows: Iterable[dict], out: TextIO) -> int:
    """A JSON array written as it streams: one element at a time, never the whole list."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n " if count else "\n ")
        out.write(json.dumps(row, ensure_ascii=False, default=json_default))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_table(
    rows: Iterable[dict],
    widths: dict[str, int],
    flexible: str,
    out: TextIO,
    flatten,
    width: int | None = None,
) -> int:
    """An aligned table streamed row by row: fixed columns, and `flexible` takes what is left
    of the terminal's width (80 columns when not a terminal)."""
    width = width or shutil.get_terminal_size((80, 24)).columns
    columns = list(widths)
    sizes = dict(widths)
    fixed = sum(size for column, size in widths.items() if column != flexible)
    sizes[flexible] = max(3, width - fixed - 2 * (len(columns) - 1))

    def line(values: dict) -> str:
        return "  ".join(_fit(values[c], sizes[c]) for c in columns).rstrip()

    out.write(line({c: c.upper() for c in columns}) + "\n")
    count = 0
    for row in rows:
        out.write(line({c: flatten(c, row.get(c)) for c in columns}) + "\n")
        count += 1
    return count


def _fit(value: str, size: int) -> str:
    value = value.replace("\n", " ")
    if len(value) > size:
        return value[: max(size - 1, 0)] + "…"
    return value.ljust(size)


def cell(value) -> str:
    """Any value as text for a CSV cell or table: lists joined with '; ', dates in ISO."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def json_default(value):
    """json.dumps fallback for what databases return: dates, decimals, bytes."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_auto_table(
    rows: Iterable[dict], columns: Sequence[str], out: TextIO, width: int | None = None
) -> int:
    """A table whose column widths come from the first rows, shrunk to the terminal width."""
    from itertools import chain, islice

    rows = iter(rows)
    sample = list(islice(rows, 200))
    width = width or shutil.get_terminal_size((80, 24)).columns
    sizes = {
        c: max([len(c)] + [len(cell(r.get(c)).replace("\n", " ")) for r in sample]) for c in columns
    }
    # Fair shares: narrow columns keep their width, wide ones split what is left.
    budget = width - 2 * (len(columns) - 1)
    left = list(columns)
    for column in sorted(columns, key=lambda c: sizes[c]):
        share = max(budget // len(left), 3)
        sizes[column] = min(sizes[column], share)
        budget -= sizes[column]
        left.remove(column)
    flexible = columns[-1] if columns else ""
    return write_table(chain(sample, rows), sizes, flexible, out, lambda c, v: cell(v), width)


def write_csv_rows(rows: Iterable[tuple], columns: Sequence[str], out: TextIO) -> int:
    """CSV from tuples already in `columns` order (as the `timeline` view gives them)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([inert(cell(value)) for value in row])
        count += 1
    return count

"""Streamed writers for rows of dicts: CSV (formula-safe), JSON, JSONL and a terminal table."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from typing import TextIO

from ..inputs.errors import one_line

SAMPLE = 200  # rows read ahead to measure a table's columns
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def inert(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe; numbers stay.

    Spreadsheets look past a byte-order mark, zero-width and other invisible format
    characters and spaces, and read fullwidth signs (＝, ＋, －, ＠) as their ASCII
    forms, so the first visible character is what decides."""
    if not cell:
        return cell
    first = cell[0]
    if first < "\x80" and first != " " and first not in _FORMULA_START:
        return cell  # the common case, decided without Unicode tables
    if _formula_sign(cell).startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def _formula_sign(cell: str) -> str:
    """The first visible character of `cell` in its compatibility (NFKC) form."""
    for char in cell:
        if char in "\t\r" or unicodedata.category(char) not in ("Cf", "Zs"):
            return unicodedata.normalize("NFKC", char)
    return ""


def terminal_text(value: str) -> str:
    """A value made safe to print in a table: line breaks and tabs become spaces; ESC and
    every other control character, bidi overrides included, are written as escapes, so
    stored text can neither drive the terminal nor reorder the line."""
    return one_line(value.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


def display_width(text: str) -> int:
    """Columns `text` takes on a terminal (CJK characters take two, combining marks none)."""
    if text.isascii():
        return len(text)
    import wcwidth

    return sum(max(wcwidth.wcwidth(char), 0) for char in text)


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
    min_flexible: int = 3,
) -> int:
    """An aligned table streamed row by row: fixed columns, and `flexible` takes what is left
    of the terminal's width (80 columns when not a terminal), at least `min_flexible`.

    A column of width 0 (other than `flexible`) is as wide as the first rows need and its
    values are not cut: ids, which users copy into the next command."""
    from itertools import chain, islice

    width = width or shutil.get_terminal_size((80, 24)).columns
    columns = list(widths)
    sizes = dict(widths)
    rows = iter(rows)
    sample: list[dict] = []
    measured = [c for c, size in widths.items() if size == 0 and c != flexible]
    if measured:
        sample = list(islice(rows, SAMPLE))
        for column in measured:
            cells = (display_width(terminal_text(flatten(column, r.get(column)))) for r in sample)
            sizes[column] = max([len(column), *cells])
    fixed = sum(size for column, size in sizes.items() if column != flexible)
    sizes[flexible] = max(min_flexible, width - fixed - 2 * (len(columns) - 1))

    def line(values: dict) -> str:
        return "  ".join(fit(values[c], sizes[c]) for c in columns).rstrip()

    out.write(line({c: c.upper() for c in columns}) + "\n")
    count = 0
    for row in chain(sample, rows):
        out.write(line({c: flatten(c, row.get(c)) for c in columns}) + "\n")
        count += 1
    return count


def fit(value: str, size: int) -> str:
    """`value` escaped for the terminal and padded or cut to `size` display columns."""
    value = terminal_text(value)
    width = display_width(value)
    if width <= size:
        return value + " " * (size - width)
    return clip(value, size)


def clip(value: str, size: int) -> str:
    """At most `size` display columns of terminal-safe `value`, "…" marking a cut, padded
    to `size` when a wide character did not fit."""
    if display_width(value) <= size:
        return value
    if value.isascii():
        return value[: max(size - 1, 0)] + "…"
    import wcwidth

    kept, used = [], 0
    for char in value:
        width = max(wcwidth.wcwidth(char), 0)
        if used + width > size - 1:
            break
        kept.append(char)
        used += width
    return "".join(kept) + "…" + " " * max(size - 1 - used, 0)


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
    sample = list(islice(rows, SAMPLE))
    width = width or shutil.get_terminal_size((80, 24)).columns
    sizes = {
        c: max([len(c)] + [display_width(terminal_text(cell(r.get(c)))) for r in sample])
        for c in columns
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


def write_csv_rows(rows: Iterable[Sequence], columns: Sequence[str], out: TextIO) -> int:
    """CSV from rows already in `columns` order (as the `timeline` view gives them).

    A chunk of rows whose cells are all text (or NULL) and none of which starts the way
    `inert` guards against is written as it is, in one call: one search over the chunk's
    cells joined by a separator decides it, instead of `inert` on every cell. Any other
    chunk is written cell by cell through `cell` and `inert`, so the output is the same."""
    buffer = io.StringIO()  # one write to `out` a chunk, not one a row
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    rows = iter(rows)
    while chunk := list(islice(rows, CSV_CHUNK)):
        count += len(chunk)
        if _plain_text(chunk):
            writer.writerows(chunk)
        else:
            writer.writerows([inert(cell(value)) for value in row] for row in chunk)
        out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    out.write(buffer.getvalue())
    return count


CSV_CHUNK = 500
_CELL_SEPARATOR = "\x1f"
_TEXT_OR_NULL = frozenset((str, type(None)))
# A cell start `inert` may change: a formula sign, tab, CR, a space or anything past ASCII.
_RISKY_START = re.compile(_CELL_SEPARATOR + "[=+\\-@\t\r \x80-\U0010ffff]")


def _plain_text(chunk: list[Sequence]) -> bool:
    """Every cell of `chunk` is text or NULL, and none starts with what `inert` guards
    against (a separator inside a value can only make this say no, never yes)."""
    if not _TEXT_OR_NULL.issuperset(map(type, chain.from_iterable(chunk))):
        return False  # dates, numbers, lists: `cell` formats those
    joined = _CELL_SEPARATOR.join(filter(None, chain.from_iterable(chunk)))
    return _RISKY_START.search(_CELL_SEPARATOR + joined) is None

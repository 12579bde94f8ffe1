"""Streamed writers for rows of dicts: CSV (formula-safe), JSON, JSONL and a terminal table."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import partial
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
    if value.isascii() and value.isprintable():
        return value  # the common case: nothing to replace or escape
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
    import shutil  # with bz2, lzma and zlib: only a table needs the terminal's width
    from itertools import islice

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
        # A value of a measured column wider than the first rows' is not cut either: that
        # line is longer, and the id in it still whole.
        return "  ".join(fit(values[c], sizes[c], c not in measured) for c in columns).rstrip()

    out.write(line({c: c.upper() for c in columns}) + "\n")
    count = 0
    for row in chain(sample, rows):
        out.write(line({c: flatten(c, row.get(c)) for c in columns}) + "\n")
        count += 1
    return count


def fit(value: str, size: int, cut: bool = True) -> str:
    """`value` escaped for the terminal and padded or cut to `size` display columns (left
    whole when not `cut`)."""
    value = terminal_text(value)
    width = display_width(value)
    if width <= size:
        return value + " " * (size - width)
    return clip(value, size) if cut else value


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
    if isinstance(value, dict) or (
        isinstance(value, list | tuple) and any(isinstance(v, dict | list) for v in value)
    ):  # a JSON value (PostgreSQL json/jsonb, EXPLAIN (FORMAT JSON)): as JSON text
        return json.dumps(value, ensure_ascii=False, default=json_default)
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def json_default(value):
    """json.dumps fallback for what databases return: dates, decimals, bytes; any other
    type (an interval, a UUID, an address, a range) as its text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    from decimal import Decimal

    if isinstance(value, Decimal):
        if not value.is_finite():
            return json_number(float(value))
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def json_number(value):
    """A number JSON can hold; NaN and the infinities (no JSON number) as the strings
    "NaN", "Infinity" and "-Infinity", as PostgreSQL's to_json writes them."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    return value


def write_auto_table(
    rows: Iterable[dict], columns: Sequence[str], out: TextIO, width: int | None = None
) -> int:
    """A table whose column widths come from the first rows, shrunk to the terminal width."""
    from itertools import islice

    rows = iter(rows)
    sample = list(islice(rows, SAMPLE))
    import shutil  # with bz2, lzma and zlib: only a table needs the terminal's width

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
    """CSV from rows already in `columns` order (as the `timeline` view gives them)."""
    rows = iter(rows)
    return write_csv_batches(iter(lambda: list(islice(rows, CSV_CHUNK)), []), columns, out)


def write_csv_batches(
    batches: Iterable[Sequence[Sequence]],
    columns: Sequence[str],
    out: TextIO,
    header: bool = True,
) -> int:
    """CSV from batches of rows already in `columns` order, one write to `out` a batch.

    The same bytes as `csv.writer` given `inert(cell(value))` for every value, but for a
    batch of text (or NULL) cells the work is done a column at a time: one search over a
    column's cells joined decides whether any of them needs `inert` or quotes, and only
    such a column is gone through cell by cell. The rest is `str.join` (csv.writer takes
    about a third of a microsecond a cell, which at 200k events was a second). Any other
    batch (dates, numbers, lists) goes through `csv.writer` as before."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(columns)
        out.write(buffer.getvalue())
    count = 0
    for batch in batches:
        count += len(batch)
        text = _joined_text(batch) if len(columns) > 1 else None
        if text is None:
            buffer.seek(0)
            buffer.truncate()
            writer.writerows([inert(cell(value)) for value in row] for row in batch)
            text = buffer.getvalue()
        out.write(text)
    return count


def csv_renderer(columns: Sequence[str]):
    """`render(batches, out, header)` for query.parallel: CSV of rows in `columns` order
    (a partial of a module function, so a worker process can be given it)."""
    return partial(_render_csv, tuple(columns))


def _render_csv(columns, batches, out: TextIO, header: bool) -> int:
    return write_csv_batches(batches, columns, out, header)


CSV_CHUNK = 500
_CELL_SEPARATOR = "\x1f"


def _quoted_characters() -> str:
    """The characters that make `csv.writer` (this dialect, this Python) quote a cell."""
    quoted = ""
    for char in ',"\n\r\t\x0b\x0c ;\\':
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(["a" + char, "b"])
        if buffer.getvalue().startswith('"'):
            quoted += char
    return quoted


_QUOTED = _quoted_characters()
# Four `in` tests (the characters padded with the first) beat a regex a cell.
_Q1, _Q2, _Q3, _Q4 = (_QUOTED + _QUOTED[:1] * 4)[:4]
_FAST_QUOTES = 0 < len(_QUOTED) <= 4


def _csv_quoted(values: list[str]) -> list[str]:
    """Each value as csv.writer writes it: in quotes, quotes doubled, when it needs them."""
    return [
        '"' + value.replace('"', '""') + '"'
        if _Q1 in value or _Q2 in value or _Q3 in value or _Q4 in value
        else value
        for value in values
    ]


# A cell start `inert` may change: a formula sign, tab, CR, a space or anything past ASCII.
# (Past ASCII as a negated class: a range up to U+10FFFF takes 7 ms to compile.)
_RISKY_START = re.compile(_CELL_SEPARATOR + "(?:[=+\\-@\t\r ]|[^\x00-\x7f])")


def _joined_text(batch: Sequence[Sequence]) -> str | None:
    """The CSV lines of `batch` when every cell is text or NULL (None otherwise), made a
    column at a time, or None for csv.writer to write them."""
    if not _FAST_QUOTES:
        return None
    columns = []
    if len({len(row) for row in batch}) > 1:
        return None
    for values in zip(*batch, strict=True):
        if None in values:
            values = ["" if value is None else value for value in values]
        try:  # each cell after a separator: one search finds any cell `inert` may change
            joined = _CELL_SEPARATOR + _CELL_SEPARATOR.join(values)
        except TypeError:
            return None  # dates, numbers, lists: `cell` formats those
        if "\x00" in joined:
            return None  # csv.writer's own rules for NUL
        if _RISKY_START.search(joined):
            values = [inert(value) for value in values]
            joined = _CELL_SEPARATOR.join(values)
        if _Q1 in joined or _Q2 in joined or _Q3 in joined or _Q4 in joined:
            values = _csv_quoted(values)
        columns.append(values)
    if not columns:
        return ""
    return "\n".join(map(",".join, zip(*columns, strict=True))) + "\n"

"""Export: the timeline filters pick events, one call writes them in any export format.

- `csv`: the timeline columns, formula-safe, streamed.
- `yaml`, `json`, `jsonl`: record documents (a stream for `jsonl`) that `ingest` reads back
  to the same content, streamed.
- `timelinejs`, `html`, `svg`: drawings; these hold the selected events in memory (a
  drawing of more events than fit in memory would not be readable anyway).

This module imports nothing heavy until `export` runs, so the CLI can offer its choices.
"""

from __future__ import annotations

from typing import TextIO

FORMATS = ("csv", "yaml", "json", "jsonl", "timelinejs", "html", "svg")
GROUPS = ("kind", "pair")
SUFFIXES = {
    ".csv": "csv",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".svg": "svg",
}


class ExportResult:
    """How many records or events were written, and what the user should be warned of."""

    def __init__(self, count: int = 0, warnings: list[str] | None = None):
        self.count = count
        self.warnings = warnings if warnings is not None else []


def export(
    connection,
    flt,
    fmt: str,
    out: TextIO,
    *,
    group: str = "kind",
    title: str | None = None,
    source: str | None = None,
) -> ExportResult:
    """Write the events `flt` selects (a TimelineFilter) to `out` as `fmt`.

    `source`: only what that source stated (record formats only): its statements, as it
    gave them, whatever other sources say.

    Bad filters raise InputError before anything is written.
    """
    if source is not None and fmt not in ("yaml", "json", "jsonl"):
        from .inputs.errors import InputError

        raise InputError("--source needs a record format: yaml, json or jsonl", field="--source")
    if fmt == "csv":
        from .output.formats import write_csv_rows
        from .query.timeline import COLUMNS, timeline_flat

        return ExportResult(write_csv_rows(timeline_flat(connection, flt), COLUMNS, out))
    if fmt in ("yaml", "json", "jsonl"):
        from .output.documents import write_records
        from .query.records import RecordExport

        records = RecordExport(connection, flt, source=source)
        return ExportResult(write_records(records, fmt, out))
    from .output.drawing import load_view

    view = load_view(connection, flt, group=group, title=title)
    if fmt == "timelinejs":
        from .output.timelinejs import write_timelinejs

        write_timelinejs(view, out)
    elif fmt == "html":
        from .output.html import write_html

        write_html(view, out)
    elif fmt == "svg":
        from .output.svg import write_svg

        write_svg(view, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return ExportResult(len(view.events))

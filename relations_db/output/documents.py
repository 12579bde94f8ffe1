"""Record documents out: YAML and JSON documents and JSONL streams that `ingest` reads back.

All three are written as the records stream from the database, one record at a time.
A YAML or JSON record document has one `source`, which every record in it shares, so it can
only carry a selection that cites at most one source (and, when it cites one, cites it for
every record); anything else needs the JSONL stream, where each record names its source.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

import yaml

from ..inputs.errors import InputError
from ..query.records import KINDS, RecordExport

DOCUMENT_FORMATS = ("yaml", "json", "jsonl")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Safe YAML; text of several lines (a source's text) as a literal block when it can be."""


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def write_records(export: RecordExport, fmt: str, out: TextIO) -> int:
    """Write the selection as `fmt` (yaml, json or jsonl); returns the number of records."""
    if fmt == "jsonl":
        return _write_jsonl(export, out)
    source = _document_source(export)
    sections = _sections(export, source["id"] if source else None)
    if fmt == "yaml":
        return _write_yaml(source, sections, out)
    return _write_json(source, sections, out)


def _document_source(export: RecordExport) -> dict | None:
    ids = export.source_ids()
    if len(ids) > 1:
        shown = ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")
        raise InputError(
            f"the selection cites {len(ids)} sources ({shown}) and a record document holds "
            "one: use --format jsonl, or narrow the selection with the filters"
        )
    if not ids:
        return None
    unsourced = export.unsourced()
    if unsourced:
        raise InputError(
            f"{unsourced} selected record(s) cite no source, and a record document gives its "
            f"source {ids[0]!r} to every record: use --format jsonl"
        )
    return next(export.sources())


def _sections(export: RecordExport, source_id: str | None) -> Iterator[tuple[str, Iterator]]:
    def strip(records):
        for record in records:
            record.pop("kind", None)
            if source_id is not None and record.get("source") == source_id:
                del record["source"]
            yield record

    yield "officials", strip(export.officials())
    for kind in KINDS:
        yield f"{kind}s", strip(export.events(kind))
    yield "links", export.links()


def _write_yaml(source: dict | None, sections, out: TextIO) -> int:
    count = 0
    if source is not None:
        out.write(_yaml({"source": source}))
        count += 1
    for name, records in sections:
        for i, record in enumerate(records):
            if i == 0:
                out.write(f"{name}:\n")
            out.write(_yaml([record]))
            count += 1
    if count == 0:
        out.write("{}\n")
    return count


def _yaml(data) -> str:
    return yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False
    )


def _write_json(source: dict | None, sections, out: TextIO) -> int:
    count = 0
    keys = 0
    out.write("{")
    if source is not None:
        out.write('\n "source": ' + _json(source))
        keys += 1
        count += 1
    for name, records in sections:
        written = 0
        for record in records:
            if written == 0:
                out.write(("," if keys else "") + f"\n {json.dumps(name)}: [\n  ")
                keys += 1
            else:
                out.write(",\n  ")
            out.write(_json(record))
            written += 1
        if written:
            out.write("\n ]")
        count += written
    out.write("\n}\n" if keys else "}\n")
    return count


def _json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def _write_jsonl(export: RecordExport, out: TextIO) -> int:
    count = 0
    for kind, record in export.records():
        out.write(json.dumps({"type": kind, **record}, ensure_ascii=False) + "\n")
        count += 1
    return count

"""Record documents out: YAML and JSON documents and JSONL streams that `ingest` reads back.

All three are written as the records stream from the database, one record at a time.
A YAML or JSON document whose records all cite one source gives it as `source`, shared by
every record; otherwise it lists its `sources` and each record names its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

import yaml

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
    key, sources = _document_sources(export)
    shared = sources[0]["id"] if key == "source" else None
    sections = _sections(export, shared)
    if fmt == "yaml":
        return _write_yaml(key, sources, sections, out)
    return _write_json(key, sources, sections, out)


def _document_sources(export: RecordExport) -> tuple[str, list[dict]]:
    """`source` when every record cites the one source; `sources` otherwise."""
    ids = export.source_ids()
    if len(ids) == 1 and not export.unsourced():
        return "source", [next(export.sources())]
    return "sources", list(export.sources())


def _sections(export: RecordExport, shared: str | None) -> Iterator[tuple[str, Iterator]]:
    def strip(records):
        for record in records:
            record.pop("kind", None)
            if shared is not None and record.get("source") == shared:
                del record["source"]
            yield record

    yield "officials", strip(export.officials())
    for kind in KINDS:
        yield f"{kind}s", strip(export.events(kind))
    yield "links", export.links()


def _write_yaml(key: str, sources: list[dict], sections, out: TextIO) -> int:
    count = 0
    if sources:
        out.write(_yaml({key: sources[0] if key == "source" else sources}))
        count += len(sources)
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


def _write_json(key: str, sources: list[dict], sections, out: TextIO) -> int:
    count = 0
    keys = 0
    out.write("{")
    if sources:
        value = sources[0] if key == "source" else sources
        out.write(f"\n {json.dumps(key)}: " + json.dumps(value, ensure_ascii=False))
        keys += 1
        count += len(sources)
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

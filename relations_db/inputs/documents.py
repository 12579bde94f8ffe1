"""From files to validated records, in the order the store needs them.

A record document yields its source, then officials, then events, then links; a JSONL
stream yields its lines as they come (constant memory); a CSV event table yields one
event per row. Each item remembers its file and line for error messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from ..model.enums import SECTIONS, TIMELINE_COLUMNS
from . import records
from .article import parse_article
from .errors import InputError
from .fast import decode_event
from .loaders import (
    Located,
    decode_jsonl_line,
    iter_csv,
    iter_jsonl_lines,
    load_json,
    load_yaml,
    read_text_file,
)

SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".csv": "csv"}
DOCUMENT_KEYS = ("source", "sources", "officials", *SECTIONS, "links")


@dataclass
class Item:
    """One validated record and where it came from."""

    kind: str
    record: BaseModel
    file: str
    line: int | None
    sources: tuple[str, ...] = ()
    text: str | None = None  # a source's text, read from text_file
    names_to_resolve: bool = False  # CSV participants are names, not ids
    extra: dict = field(default_factory=dict)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read: folders recursively in sorted order, only the formats we know.

    A file found in a folder must be inside it once links are resolved (the rule
    `text_file` has): a link to /etc/passwd named leak.csv is refused, not read.
    Links to folders are not followed. Hidden files and folders in a folder (`.git`,
    `.github/workflows/*.yml`, a Mac's `._name.yaml`) are not records and are skipped; a
    hidden file named on the command line is read."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.is_file()
            )
            _check_inside(path, found)
            out.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(
                    "unknown file type: use .yaml, .yml, .json, .jsonl or .csv", file=str(path)
                )
            out.append(path)
        else:
            raise InputError("no such file or folder", file=str(path))
    # A file named twice (`ingest seeds/ seeds/*.yaml`, `a.yaml ./a.yaml`) is read once:
    # read again, each of its records would be a duplicate of itself.
    seen: set[Path] = set()
    unique = []
    for path in out:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _check_inside(folder: Path, files: list[Path]) -> None:
    root = folder.resolve()
    for file in files:
        if not file.resolve().is_relative_to(root):
            raise InputError(
                f"a link to a file outside the folder {folder}: only files inside it are read",
                file=str(file),
            )


def iter_items(path: Path, on_bytes=None) -> Iterator[Item | InputError]:
    """The validated records of one file, or the error of a record that is not valid.

    A problem with the file as a whole (unreadable, not YAML) is raised instead.
    `on_bytes(n)` reports progress through the file.
    """
    fmt = SUFFIXES[path.suffix.lower()]
    if fmt == "jsonl":
        yield from _jsonl_items(path, on_bytes)
        return
    size = path.stat().st_size
    if fmt == "yaml":
        yield from _document_items(path, load_yaml(path))
    elif fmt == "json":
        yield from _document_items(path, load_json(path))
    else:
        yield from _csv_items(path)
    if on_bytes is not None:
        on_bytes(size)


def _source_item(path: Path, data, line) -> Item:
    source = records.validate("source", data, file=str(path), line=line)
    text = source.text
    if source.text_file is not None:
        text = _read_source_text(path, source, data)
    return Item("source", source, str(path), getattr(data, "line", line), (source.id,), text=text)


def _read_source_text(path: Path, source, data) -> str:
    """The article's body: a header (`title:` ... `---`) is not part of the text evidence
    offsets count into, as for `extract`."""
    folder = path.parent.resolve()
    target = (folder / source.text_file).resolve()
    line = data.line_of("text_file") if isinstance(data, Located) else None
    if not target.is_relative_to(folder):
        raise InputError(
            "must be a file inside the document's folder",
            file=str(path),
            line=line,
            record=source.id,
            field="text_file",
        )
    if not target.is_file():
        raise InputError(
            f"no such file: {source.text_file}",
            file=str(path),
            line=line,
            record=source.id,
            field="text_file",
        )
    try:
        text = read_text_file(target)
    except InputError as exc:
        raise InputError(
            exc.message, file=str(path), line=line, record=source.id, field="text_file"
        ) from None
    return parse_article(text).body


def _document_items(path: Path, data) -> Iterator[Item]:
    file = str(path)
    if not isinstance(data, dict):
        raise InputError("a record document must be a mapping of sections", file=file, line=1)
    unknown = [k for k in data if k not in DOCUMENT_KEYS]
    if unknown:
        raise InputError(
            f"unknown section {unknown[0]!r} (allowed: {', '.join(DOCUMENT_KEYS)})",
            file=file,
            line=data.line_of(unknown[0]) if isinstance(data, Located) else None,
        )
    given: list[str] = []
    if data.get("source") is not None:
        item = _source_item(path, data["source"], _key_line(data, "source"))
        given.append(item.record.id)
        yield item
    listed = data.get("sources")
    if listed is not None:
        if not isinstance(listed, list):
            raise InputError(
                "section 'sources' must be a list", file=file, line=_key_line(data, "sources")
            )
        for entry in listed:
            line = entry.line if isinstance(entry, Located) else _key_line(data, "sources")
            try:
                item = _source_item(path, entry, line)
            except InputError as error:
                yield error
                continue
            yield item
    # The document's `source` is every record's; under `sources:` each record names its
    # own, and one that names none is curated (given without a source).
    source_ids: tuple[str, ...] = tuple(given)
    for section in ("officials", *SECTIONS, "links"):
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise InputError(
                f"section {section!r} must be a list", file=file, line=_key_line(data, section)
            )
        kind = (
            "official"
            if section == "officials"
            else "link"
            if section == "links"
            else SECTIONS[section].value
        )
        for entry in entries:
            line = entry.line if isinstance(entry, Located) else _key_line(data, section)
            try:
                record = records.validate(kind, entry, file=file, line=line)
            except InputError as error:
                yield error
                continue
            own = getattr(record, "source", None)
            yield Item(kind, record, file, line, (own,) if own else source_ids)


def _key_line(data, key) -> int | None:
    return data.line_of(key) if isinstance(data, Located) else None


def _jsonl_items(path: Path, on_bytes=None) -> Iterator[Item]:
    """Event lines take the compiled lane (inputs/fast.py) when it can vouch for them;
    every other line, and every line with a problem, is validated by `records`."""
    file = str(path)
    for line, raw in iter_jsonl_lines(path, on_bytes):
        event = decode_event(raw)
        if event is not None:
            yield Item(event.kind, event, file, line, (event.source,) if event.source else ())
            continue
        value = decode_jsonl_line(raw, path, line)
        try:
            yield _jsonl_item(path, line, value)
        except InputError as error:
            yield error


def _jsonl_item(path: Path, line: int, value) -> Item:
    file = str(path)
    if not isinstance(value, dict):
        raise InputError("each line must be a JSON object", file=file, line=line)
    kind = value.pop("type", None)
    if not isinstance(kind, str) or kind not in records.RECORD_MODELS:
        raise InputError(
            f"`type` must be one of {', '.join(records.RECORD_MODELS)}",
            file=file,
            line=line,
            record=value.get("id") if isinstance(value.get("id"), str) else None,
            field="type",
        )
    if kind == "source":
        return _source_item(path, value, line)
    record = records.validate(kind, value, file=file, line=line)
    own = getattr(record, "source", None)
    return Item(kind, record, file, line, (own,) if own else ())


# The columns every row of an event table needs: without one, each row would fail alike.
CSV_REQUIRED = ("id", "kind")
_NEEDED = " and ".join(CSV_REQUIRED)


def _csv_items(path: Path) -> Iterator[Item]:
    def check_header(names: list[str]) -> None:
        unknown = [k for k in names if k not in TIMELINE_COLUMNS]
        missing = [k for k in CSV_REQUIRED if k not in names]
        if unknown:
            problem = f"unknown column {unknown[0]!r} (columns: {', '.join(TIMELINE_COLUMNS)})"
        elif missing:
            problem = f"missing column {missing[0]!r} (every row needs {_NEEDED})"
        else:
            return
        raise InputError(problem, file=str(path), line=1)

    for line, row in iter_csv(path, check_header):
        try:
            yield _csv_item(path, line, row)
        except InputError as error:
            yield error


def _csv_item(path: Path, line: int, row: dict) -> Item:
    file = str(path)
    cells = {k: _uninert((v or "").strip()) for k, v in row.items()}
    kind = cells.get("kind", "")
    record_id = cells.get("id") or None
    if kind not in records.EVENT_MODELS:
        raise InputError(
            "must be one of meeting, visit, incident, sanction",
            file=file,
            line=line,
            record=record_id,
            field="kind",
        )
    data = Located({"id": cells.get("id", ""), "title": cells.get("title", "")})
    data.line = line
    for column in ("date", "date_text", "status", "visibility"):
        if cells.get(column):
            data[column] = cells[column]
    if cells.get("location"):
        data["location"] = _csv_location(cells["location"])
    if cells.get("participants"):
        data["participants"] = _csv_participants(cells["participants"])
    if kind == "incident" and cells.get("countries"):
        data["parties"] = [c.strip() for c in cells["countries"].split(";") if c.strip()]
    record = records.validate(kind, data, file=file, line=line)
    sources = tuple(s.strip() for s in cells.get("sources", "").split(";") if s.strip())
    bad = [s for s in sources if not re.match(records.SLUG_PATTERN, s)]
    if bad:
        raise InputError(
            f"{bad[0]!r} is not a source id",
            file=file,
            line=line,
            record=record.id,
            field="sources",
        )
    given = {k: v for k, v in cells.items() if v}
    return Item(kind, record, file, line, sources, names_to_resolve=True, extra={"cells": given})


def _uninert(cell: str) -> str:
    """The cell the CSV export made inert with a leading apostrophe, as it was."""
    if cell.startswith("'"):
        from ..output.formats import inert

        if inert(cell[1:]) == cell:
            return cell[1:]
    return cell


def _csv_location(text: str) -> dict:
    """`Place, CC`, a bare country code `CC`, or a place name alone."""
    place, sep, code = text.rpartition(",")
    if not sep and len(text) == 2 and text.isalpha() and text.isupper():
        return {"country": text}
    if sep and len(code.strip()) == 2:
        out = {"country": code.strip()}
        if place.strip():
            out["place"] = place.strip()
        return out
    return {"place": text}


def _csv_participants(text: str) -> list[dict]:
    out = []
    for chunk in text.split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        name, country = chunk, None
        if chunk.endswith(")") and "(" in chunk:
            name, _, rest = chunk.rpartition("(")
            name, country = name.strip(), rest[:-1].strip() or None
        entry = {"description": name}
        if country:
            entry["country"] = country
        out.append(entry)
    return out

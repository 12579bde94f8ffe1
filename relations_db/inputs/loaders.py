"""Read YAML, JSON, JSONL and CSV into plain data that remembers where it came from.

Every mapping read from a YAML or JSON document is a `Located` dict carrying its line
(and, for YAML, each key's line), so a validation error can say `FILE:LINE`.
"""

from __future__ import annotations

import csv
import json
import re
from array import array
from collections.abc import Iterator
from pathlib import Path

import yaml

from .errors import InputError

MAX_FILE_BYTES = 512 * 1024 * 1024
# Characters no database column can hold: NUL (PostgreSQL refuses it in text) and the
# halves of surrogate pairs (JSON and YAML `\ud800` escapes; not encodable as UTF-8).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class Located(dict):
    """A dict that knows the line it started on, and the lines of its keys.

    Slots, not an instance dict: a document of a million small objects holds a million of
    these, and a __dict__ each would triple their size."""

    __slots__ = ("line", "key_lines")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.line: int | None = None
        self.key_lines: dict | None = None

    def line_of(self, key) -> int | None:
        if self.key_lines and key in self.key_lines:
            return self.key_lines[key]
        return self.line


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
}


class _RecordLoader(_BaseLoader):
    """Safe YAML with the traps of YAML 1.1 removed for record documents.

    No aliases (a "billion laughs" document cannot expand), dates stay the strings the user
    wrote (EDTF is parsed by relations_db.dates), only true/false are booleans (a country
    code NO stays Norway), duplicate keys are an error rather than a silent overwrite, and
    no tags but the plain ones (`!!binary` smuggled bytes and NUL past the text check,
    `!!timestamp` made datetimes each backend stored its own way).
    """

    def construct_object(self, node, deep=False):
        if node in self.constructed_objects:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "YAML aliases (*name) are not allowed in record documents",
                node.start_mark,
            )
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"YAML tag {tag} is not allowed in record documents (only strings, numbers, "
                "true/false, null, lists and mappings)",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping, found {node.id}", node.start_mark
            )
        result = Located()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(
                    None, None, "YAML merge keys (<<) are not allowed", key_node.start_mark
                )
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain strings", key_node.start_mark
                )
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result


_RecordLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_RecordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
_RecordLoader.add_constructor("tag:yaml.org,2002:map", _RecordLoader.construct_mapping)


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"file is larger than {MAX_FILE_BYTES // 2**20} MiB", file=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8 text", file=str(path), line=line) from exc


def check_storable(value: object, file: str, line: int | None = None) -> None:
    """Refuse the first string, key or value, with a character no database can store.

    Iterative, so any depth, and lazy: the stack holds one iterator per open container,
    not every pending value. The error names the path to the string and the line of the
    innermost mapping that the loaders located."""
    stack = [iter((("", value, line),))]
    while stack:
        for where, item, at in stack[-1]:
            if isinstance(item, str):
                found = _UNSTORABLE.search(item)
                if found:
                    char = found.group()
                    what = "a NUL character" if char == "\x00" else "an unpaired surrogate"
                    raise InputError(
                        f"text must not contain {what} ({char.encode('unicode_escape').decode()})",
                        file=file,
                        line=at,
                        field=where or None,
                    )
            elif isinstance(item, dict | list):
                stack.append(_children(where, item, at, file))
                break
        else:
            stack.pop()


def _children(where: str, value: dict | list, at: int | None, file: str):
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield f"{where}[{i}]", item, at
        return
    for key, item in value.items():
        key_line = value.line_of(key) if isinstance(value, Located) else None
        if isinstance(key, str) and _UNSTORABLE.search(key):
            raise InputError("field names must be plain text", file=file, line=key_line or at)
        yield (f"{where}.{key}" if where else str(key)), item, key_line or at


def load_yaml(path: Path) -> object:
    text = _read_text(path)
    try:
        data = yaml.load(text, Loader=_RecordLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (a NUL, say): its str() spans two lines and names
        # a position in "<unicode string>"; say which line, in one.
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise InputError(
            f"invalid YAML: unacceptable character #x{ord(character):04x}: {exc.reason}",
            file=str(path),
            line=text.count("\n", 0, exc.position) + 1,
        ) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(
            f"invalid YAML: {problem}", file=str(path), line=mark.line + 1 if mark else None
        ) from exc
    except RecursionError as exc:
        raise InputError("invalid YAML: nested too deeply", file=str(path)) from exc
    except ValueError as exc:  # an integer of more than 4300 digits, say
        raise InputError(f"invalid YAML: {_first_sentence(exc)}", file=str(path)) from exc
    if data is None and _blank(text, comment="#"):
        return _empty_document()
    check_storable(data, str(path), getattr(data, "line", None))
    return data


def _blank(text: str, comment: str | None = None) -> bool:
    """Does `text` hold nothing but whitespace (and lines of `comment`)?"""
    return all(
        not line.strip() or (comment is not None and line.lstrip().startswith(comment))
        for line in text.splitlines()
    )


def _empty_document() -> Located:
    """What an empty YAML or JSON file holds: a document of no sections, so that it has no
    records, as an empty .jsonl or .csv file has none (a `null` is still not a document)."""
    empty = Located()
    empty.line = 1
    return empty


# A JSON string, or a brace outside of one.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}]')


def _object_lines(text: str) -> array:
    """The first line of each JSON object in `text`, in the order the decoder finishes
    them (at their closing brace): one pass, four bytes per object."""
    lines = array("I")
    open_lines: list[int] = []
    line, counted = 1, 0
    for match in _JSON_TOKENS.finditer(text):
        start = match.start()
        brace = text[start]
        if brace == '"':
            continue
        line += text.count("\n", counted, start)
        counted = start
        if brace == "{":
            open_lines.append(line)
        elif open_lines:
            lines.append(open_lines.pop())
    return lines


class _DuplicateKey(ValueError):
    def __init__(self, key, line: int | None):
        super().__init__(f"duplicate key {key!r}")
        self.line = line


def _decode_located(text: str) -> object:
    """json.loads (the C decoder: linear time) with every object a `Located`. The lines
    come from a separate scan; the decoder calls the hook in the same order the scan
    closed the objects, so the n-th call gets the n-th line."""
    lines = iter(_object_lines(text))

    def located(pairs):
        result = Located()
        result.line = next(lines, None)
        for key, value in pairs:
            if key in result:
                raise _DuplicateKey(key, result.line)
            result[key] = value
        return result

    return json.loads(text, object_pairs_hook=located)


def load_json(path: Path) -> object:
    text = _read_text(path)
    if _blank(text):
        return _empty_document()
    try:
        data = _decode_located(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=str(path), line=exc.lineno) from exc
    except _DuplicateKey as exc:
        raise InputError(f"invalid JSON: {exc}", file=str(path), line=exc.line) from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply", file=str(path)) from exc
    except ValueError as exc:  # an integer of more than 4300 digits, say
        raise InputError(f"invalid JSON: {_first_sentence(exc)}", file=str(path)) from exc
    check_storable(data, str(path), getattr(data, "line", None))
    return data


def _first_sentence(exc: Exception) -> str:
    return str(exc).split(";")[0].strip()


def iter_jsonl_lines(path: Path, on_bytes=None) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, raw bytes) for each non-blank line, a leading BOM removed;
    reads as a stream. `on_bytes(n)` is told how many bytes each line took."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            if on_bytes is not None:
                on_bytes(len(raw))
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.strip():
                yield number, raw


def decode_jsonl_line(raw: bytes, path: Path, number: int) -> object:
    """One JSONL line's value (a located mapping for an object); InputError if it is not
    JSON or holds text no database can store."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError("not valid UTF-8 text", file=str(path), line=number) from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=str(path), line=number) from exc
    except RecursionError as exc:
        raise InputError("invalid JSON: nested too deeply", file=str(path), line=number) from exc
    except ValueError as exc:
        raise InputError(
            f"invalid JSON: {_first_sentence(exc)}", file=str(path), line=number
        ) from exc
    if b"\\u" in raw:  # NUL and lone surrogates reach JSON text only as escapes
        check_storable(value, str(path), number)
    if isinstance(value, dict):
        located = Located(value)
        located.line = number
        value = located
    return value


def iter_csv(path: Path, check_header=None) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a CSV with a header; BOM and any line ending accepted.
    `check_header(names)` sees the header first (also in a file of a header alone).

    A row's line is the one after the row before it, where it starts: also for a row the
    csv module cannot read (an unterminated quote runs on to the end of the file)."""
    try:
        handle = path.open("r", encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    with handle:
        reader = csv.DictReader(handle, strict=True)
        line = 0  # the last line of the last row read whole
        try:
            fields = reader.fieldnames
            if not fields:
                return
            if check_header is not None:
                check_header(fields)
            line = reader.line_num
            for row in reader:
                if None in row:
                    raise InputError(
                        "row has more cells than the header", file=str(path), line=line + 1
                    )
                check_storable(row, str(path), line + 1)
                yield line + 1, row
                line = reader.line_num
        except UnicodeDecodeError as exc:
            raise InputError("not valid UTF-8 text", file=str(path)) from exc
        except csv.Error as exc:
            raise InputError(f"invalid CSV: {exc}", file=str(path), line=line + 1) from exc


def read_text_file(path: Path) -> str:
    text = _read_text(path)
    if "\x00" in text:
        raise InputError("holds a NUL character: not a text file", file=str(path))
    return text


__all__ = [
    "Located",
    "load_yaml",
    "load_json",
    "iter_jsonl_lines",
    "decode_jsonl_line",
    "iter_csv",
    "read_text_file",
]

"""Hostile and broken input: every case ends in success, or in one-line errors and exit 2
with nothing written; never a traceback.

Record documents generated with hypothesis (wrong types, missing and unknown fields, odd
unicode, NUL and lone surrogates, out-of-range numbers) in every format, and a corpus of
nasty files (tests/nasty/, plus big ones made here): huge strings, invalid UTF-8, deep
nesting, YAML alias bombs, CSV formula cells, BOMs and line endings, binary garbage,
`text_file` paths that leave the document's folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import SEEDS, _pg_database, database_checksum, record_figures
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from relations_db.cli import cli

NASTY = Path(__file__).resolve().parent / "nasty"
SUMMARY = re.compile(r"^\d+ errors?( \(stopped after the first errors\))?; nothing was written$")
EXAMPLES = int(os.environ.get("RELATIONS_DB_FUZZ_EXAMPLES", "40"))
TRIED: dict[str, int] = {}


class Target:
    """A seeded database shared by the module; tracks its checksum across ingests."""

    def __init__(self, url: str, folder: Path):
        self.url = url
        self.folder = folder
        self.checksum = database_checksum(url)

    def ingest(self, *paths, expect: int | None = None, kind: str = "corpus"):
        TRIED[kind] = TRIED.get(kind, 0) + 1
        result = CliRunner().invoke(
            cli, ["--db", self.url, "ingest", *map(str, paths)], catch_exceptions=True
        )
        assert_clean(result)
        if result.exit_code == 0:
            self.checksum = database_checksum(self.url)
        else:
            assert database_checksum(self.url) == self.checksum, "a failed ingest wrote"
        if expect is not None:
            assert result.exit_code == expect, result.output
        return result

    def scratch(self) -> Path:
        return Path(tempfile.mkdtemp(dir=self.folder))


def assert_clean(result) -> None:
    """Exit 0, or exit 2 with `error: ` lines and the summary; no traceback."""
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        import traceback

        raise AssertionError("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert lines, "exit 2 without a message"
        assert all(line.startswith("error: ") for line in lines[:-1]), result.stderr
        assert lines[-1].startswith("error: ") or SUMMARY.match(lines[-1]), result.stderr
        assert result.stdout == ""


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(request, tmp_path_factory):
    with ExitStack() as stack:
        folder = tmp_path_factory.mktemp("hostile")
        if request.param == "sqlite":
            url = f"sqlite:///{folder / 'relations.db'}"
        else:
            url = stack.enter_context(_pg_database())
        result = CliRunner().invoke(cli, ["--db", url, "ingest", str(SEEDS)])
        assert result.exit_code == 0, result.output
        yield Target(url, folder)
    record_figures("hostile-input", backend=request.param, **TRIED)
    TRIED.clear()


# --- generated record documents ---------------------------------------------------------

NASTY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfff",
    "\u202e\u2066",
    "\ufeff",
    "=1+2",
    "<script>alert(1)</script>",
    "line\nbreak",
    "\r",
    "é" * 3000,
    "𝕏" * 10,
    "NaN",
    "null",
    "../../etc/passwd",
]
texts = st.one_of(st.text(max_size=30), st.sampled_from(NASTY_TEXT))
slugs = st.one_of(
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True),
    st.sampled_from(
        ["antony-blinken", "qin-gang", "x", "source-a", "cnn-2023-06-17-blinken-beijing"]
    ),
    texts,
)
numbers = st.one_of(
    st.integers(min_value=-5, max_value=10_000),
    st.sampled_from([2**31 - 1, 2**31, 2**63, 10**20, -(2**63) - 1, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
anything = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
dates = st.one_of(
    st.sampled_from(
        [
            "2023",
            "2023-06",
            "2023-06-18",
            "2023-02-30",
            "2023-06-18/2023-06-19",
            "2023-06-19/2023-06-18",
            "2023-06~",
            "9999-12-31",
            "0000",
            "2023-21",
            "2023-06-18T10:00",
            "..",
            "/",
        ]
    ),
    texts,
    anything,
)
countries = st.one_of(st.sampled_from(["US", "CN", "cn", "China", "EU", "XK", "ZZ", "NO"]), texts)
enum_words = st.one_of(
    st.sampled_from(["held", "planned", "public", "secret", "host", "guest", "caused", "part-of"]),
    texts,
)


def _record(fields: dict, extra: bool = True):
    """A mapping with any subset of `fields` (each plausible or of any type), sometimes
    with unknown fields too."""
    optional = {name: st.one_of(strategy, anything) for name, strategy in fields.items()}
    known = st.fixed_dictionaries({}, optional=optional)
    if not extra:
        return known
    unknown = st.dictionaries(texts, anything, max_size=2)
    return st.builds(lambda a, b: {**b, **a}, known, st.one_of(st.just({}), unknown))


evidence = _record({"quote": texts, "start": numbers, "end": numbers}, extra=False)
participants = _record(
    {"official": slugs, "description": texts, "country": countries, "role": enum_words}
)
location = _record({"place": texts, "country": countries})
EVENT_FIELDS = {
    "id": slugs,
    "title": texts,
    "summary": texts,
    "date": dates,
    "date_text": texts,
    "date_anchor": dates,
    "location": location,
    "status": enum_words,
    "visibility": enum_words,
    "participants": st.lists(participants, max_size=3),
    "evidence": st.lists(evidence, max_size=2),
    "source": slugs,
}
SECTION_RECORDS = {
    "officials": _record(
        {
            "id": slugs,
            "name": texts,
            "aliases": st.lists(texts, max_size=3),
            "country": countries,
            "positions": st.lists(
                _record({"title": texts, "organization": texts, "start": dates, "end": dates}),
                max_size=2,
            ),
        }
    ),
    "meetings": _record({**EVENT_FIELDS, "format": texts}),
    "visits": _record({**EVENT_FIELDS, "traveler": slugs}),
    "incidents": _record(
        {
            **EVENT_FIELDS,
            "category": texts,
            "parties": st.lists(countries, max_size=3),
            "characterizations": st.lists(_record({"by": texts, "text": texts}), max_size=2),
        }
    ),
    "sanctions": _record(
        {
            **EVENT_FIELDS,
            "imposer": countries,
            "authority": texts,
            "target": _record(
                {
                    "official": slugs,
                    "organization": texts,
                    "description": texts,
                    "country": countries,
                }
            ),
            "program": texts,
            "reason": texts,
            "lifted": dates,
        }
    ),
    "links": _record({"from": slugs, "to": slugs, "relation": enum_words}),
}
source = _record(
    {
        "id": slugs,
        "title": texts,
        "url": texts,
        "publisher": texts,
        "published": dates,
        "text": texts,
        "text_file": st.sampled_from(
            ["text.txt", "../outside.txt", "/etc/hostname", "missing.txt"]
        ),
    }
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "source": st.one_of(source, anything),
        **{
            section: st.one_of(st.lists(record, max_size=3), anything)
            for section, record in SECTION_RECORDS.items()
        },
    },
).flatmap(
    lambda doc: st.one_of(
        st.just(doc), st.dictionaries(texts, anything, max_size=1).map(lambda x: {**doc, **x})
    )
)
JSONL_TYPES = {
    "officials": "official",
    "meetings": "meeting",
    "visits": "visit",
    "incidents": "incident",
    "sanctions": "sanction",
    "links": "link",
}


def _write(folder: Path, doc: dict, fmt: str) -> Path:
    (folder / "text.txt").write_text("Blinken met Qin Gang on Sunday.", encoding="utf-8")
    (folder.parent / "outside.txt").write_text("outside", encoding="utf-8")
    if fmt == "json":
        path = folder / "doc.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
    elif fmt == "yaml":
        path = folder / "doc.yaml"
        try:
            dumped = yaml.safe_dump(doc, allow_unicode=False)
        except (yaml.YAMLError, UnicodeError, RecursionError):
            assume(False)
        path.write_text(dumped, encoding="utf-8")
    else:
        path = folder / "doc.jsonl"
        lines = []
        if "source" in doc:
            value = doc["source"]
            lines.append({**value, "type": "source"} if isinstance(value, dict) else value)
        for section, kind in JSONL_TYPES.items():
            entries = doc.get(section)
            for entry in entries if isinstance(entries, list) else [entries]:
                lines.append({**entry, "type": kind} if isinstance(entry, dict) else entry)
        path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(doc=documents, fmt=st.sampled_from(["json", "yaml", "jsonl"]))
# Found by the generator: a record whose `participants` is no list (a bool) raised a
# TypeError (exit 1) while its errors were being gathered.
@example(doc={"meetings": [{"participants": True}]}, fmt="json")
@example(doc={"visits": [{"participants": 7, "traveler": "x"}]}, fmt="jsonl")
def test_generated_documents_succeed_or_fail_cleanly(target, doc, fmt):
    folder = target.scratch()
    try:
        target.ingest(_write(folder, doc, fmt), kind="generated documents")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- the corpus of nasty files ----------------------------------------------------------


def _corpus_files() -> list[str]:
    return sorted(p.name for p in NASTY.iterdir() if p.is_file() and p.suffix != ".txt")


@pytest.mark.parametrize("name", _corpus_files())
def test_nasty_corpus_file(target, name):
    """Each committed file ends cleanly; names starting `ok-` must load, the rest fail."""
    folder = target.scratch()
    shutil.copy(NASTY / name, folder / name)
    for text in NASTY.glob("*.txt"):
        shutil.copy(text, folder / text.name)
    result = target.ingest(folder / name, expect=0 if name.startswith("ok-") else 2)
    shutil.rmtree(folder, ignore_errors=True)
    assert result


BIG = 10 * 1024 * 1024


def _big_cases(folder: Path) -> dict[str, tuple[bytes, int]]:
    """name -> (content, expected exit code), made at test time (nothing big committed)."""
    huge = "x" * BIG
    deep = 100_000
    laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        laughs.append(
            f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]"
        )
    return {
        "huge-title.json": (json.dumps({"meetings": [{"id": "m", "title": huge}]}).encode(), 2),
        "huge-title.yaml": (f"meetings:\n  - id: m\n    title: {huge}\n".encode(), 2),
        "huge-line.jsonl": (json.dumps({"type": "meeting", "id": "m", "title": huge}).encode(), 2),
        "huge-key.json": (json.dumps({huge: []}).encode(), 2),
        "huge-cell.csv": (f"id,kind,title\nm,meeting,{huge}\n".encode(), 2),
        "deep-flow.yaml": (("[" * deep + "]" * deep).encode(), 2),
        "deep-map.yaml": (("{a: " * deep + "b" + "}" * deep).encode(), 2),
        "deep.json": (("[" * deep + "]" * deep).encode(), 2),
        "deep.jsonl": (("[" * deep + "]" * deep + "\n").encode(), 2),
        "deep-object.json": (('{"a":' * deep + "1" + "}" * deep).encode(), 2),
        "billion-laughs.yaml": ("\n".join(laughs).encode(), 2),
        "billion-laughs-in-record.yaml": (
            ("\n".join(laughs) + "\nmeetings:\n  - {id: m, title: *j}\n").encode(),
            2,
        ),
        "long-int.json": (
            (
                '{"meetings": [{"id": "m", "title": "t", "evidence": [{"quote": "q", "start": '
                + "9" * 5000
                + ', "end": 1}]}]}'
            ).encode(),
            2,
        ),
        "long-int.yaml": (
            (
                "meetings:\n  - {id: m, title: t, evidence: [{quote: q, start: "
                + "9" * 5000
                + ", end: 1}]}\n"
            ).encode(),
            2,
        ),
        "many-errors.jsonl": (
            b"".join(
                json.dumps({"type": "meeting", "id": f"BAD-{i}"}).encode() + b"\n"
                for i in range(5000)
            ),
            2,
        ),
    }


def test_big_and_deep_files(target):
    folder = target.scratch()
    for name, (content, code) in _big_cases(folder).items():
        path = folder / name
        path.write_bytes(content)
        target.ingest(path, expect=code, kind="big and deep")
        path.unlink()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json", ".jsonl", ".csv"])
def test_binary_garbage(target, suffix):
    folder = target.scratch()
    rng = __import__("random").Random(suffix)
    for size in (1, 17, 4096, 300_000):
        path = folder / f"garbage{suffix}"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(size)))
        # one byte may be plain text: a CSV header and no rows is a success
        target.ingest(path, expect=None if size == 1 else 2, kind="binary garbage")
    path.write_bytes(os.urandom(65536))
    target.ingest(path, expect=2, kind="binary garbage")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".jsonl", ".csv"])
def test_invalid_utf8_is_one_line(target, suffix):
    folder = target.scratch()
    good = {
        ".yaml": b"meetings:\n  - id: m1\n    title: caf\xe9 talks\n",
        ".json": b'{"meetings": [{"id": "m1", "title": "caf\xe9"}]}',
        ".jsonl": b'{"type": "meeting", "id": "m1", "title": "caf\xc3\xa9"}\n{"type": "meeting", "id": "m2", "title": "\xff\xfe"}\n',
        ".csv": b"id,kind,title\nm1,meeting,caf\xe9\n",
    }[suffix]
    path = folder / f"bad{suffix}"
    path.write_bytes(good)
    result = target.ingest(path, expect=2, kind="invalid utf-8")
    assert "not valid UTF-8" in result.stderr
    shutil.rmtree(folder, ignore_errors=True)


CSV_HEADER = "id,kind,date,title,status,participants,location,sources"
CSV_ROWS = [
    'csv-formula-1,meeting,2023-06-18,"=HYPERLINK(""http://evil"",""x"")",held,Antony Blinken (US),"Beijing, CN",',
    "csv-formula-2,meeting,2023-06-19,+1+2,held,@SUM(A1) (US),-3,",
]


@pytest.mark.parametrize(
    "variant",
    ["lf", "crlf", "cr", "bom-crlf", "mixed", "no-final-newline"],
)
def test_csv_line_endings_and_bom_give_the_same_events(target, variant):
    """Formula cells are stored as the text they are; BOM and any line ending read alike."""
    endings = {
        "lf": "\n",
        "crlf": "\r\n",
        "cr": "\r",
        "bom-crlf": "\r\n",
        "mixed": None,
        "no-final-newline": "\n",
    }
    lines = [CSV_HEADER, *CSV_ROWS]
    if variant == "mixed":
        content = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r"
    else:
        content = endings[variant].join(lines) + (
            "" if variant == "no-final-newline" else endings[variant]
        )
    if variant.startswith("bom"):
        content = "\ufeff" + content
    folder = target.scratch()
    path = folder / "events.csv"
    path.write_bytes(content.encode("utf-8"))
    target.ingest(path, expect=0, kind="csv variants")
    out = CliRunner().invoke(
        cli,
        [
            "--db",
            target.url,
            "sql",
            "SELECT id, title, place_country FROM events WHERE id LIKE 'csv-formula-%' ORDER BY id",
            "--format",
            "json",
        ],
    )
    assert json.loads(out.output) == [
        {"id": "csv-formula-1", "title": '=HYPERLINK("http://evil","x")', "place_country": "CN"},
        {"id": "csv-formula-2", "title": "+1+2", "place_country": None},
    ]
    shutil.rmtree(folder, ignore_errors=True)


def _source_doc(text_file: str) -> str:
    return (
        "source:\n  id: escape-test\n  title: Escape\n"
        f"  text_file: {json.dumps(text_file)}\n"
        "meetings:\n  - id: escape-meeting\n    title: T\n"
        "    evidence: [{quote: secret, start: 0, end: 6}]\n"
    )


@pytest.mark.parametrize(
    "text_file",
    [
        "../outside.txt",
        "sub/../../outside.txt",
        "ABSOLUTE",
        "/etc/hostname",
        "/dev/zero",
        "link-out.txt",
        "link-dir/outside.txt",
        "fifo.txt",
        "sub",
        "missing.txt",
        "",
        "\x00x",
    ],
)
def test_text_file_cannot_leave_the_document_folder(target, text_file):
    root = target.scratch()
    (root / "outside.txt").write_text("secret outside the folder", encoding="utf-8")
    folder = root / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "link-out.txt").symlink_to(root / "outside.txt")
    (folder / "link-dir").symlink_to(root, target_is_directory=True)
    os.mkfifo(folder / "fifo.txt")
    if text_file == "ABSOLUTE":
        text_file = str(root / "outside.txt")
    path = folder / "doc.yaml"
    path.write_text(_source_doc(text_file), encoding="utf-8")
    result = target.ingest(path, expect=2, kind="text_file escapes")
    assert "text_file" in result.stderr
    assert "secret outside" not in result.output
    shutil.rmtree(root, ignore_errors=True)


def test_folder_with_a_symlink_loop_and_odd_names(target):
    folder = target.scratch()
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "line\nbreak.json").write_text("{not json", encoding="utf-8")
    (folder / "dangling.yaml").symlink_to(folder / "nowhere.yaml")
    result = target.ingest(folder, expect=2, kind="odd folders")
    assert "invalid JSON" in result.stderr
    shutil.rmtree(folder, ignore_errors=True)


# --- issue 12: JSON record documents read in linear time ---------------------------------


class _CountingText(str):
    """Text that tallies how many characters its newline counts scan."""

    scanned = 0

    def count(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _CountingText.scanned += max(end - start, 0)
        return super().count(sub, start, end)


def _meetings_document(n: int, bad_at: int | None = None) -> str:
    meetings = [
        {"id": f"linear-{i}", "title": f'Meeting {i} {{brace}} "quoted"', "date": "2023-06"}
        for i in range(n)
    ]
    if bad_at is not None:
        meetings[bad_at]["date"] = "2023-02-30"
    return json.dumps({"meetings": meetings}, indent=2)


def test_json_line_numbers_take_one_pass_over_the_text(tmp_path, monkeypatch):
    """The line of every object costs one pass over the text in all, whatever the number
    of objects: 5,000 and 20,000 records scan their text once (it used to be once per
    object, from the start: 3.5 s and 39 s)."""
    from relations_db.inputs import loaders

    scanned = {}
    for n in (5_000, 20_000):
        path = tmp_path / f"m{n}.json"
        path.write_text(_meetings_document(n), encoding="utf-8")
        text = path.read_text(encoding="utf-8")
        monkeypatch.setattr(loaders, "_read_text", lambda _path, text=text: _CountingText(text))
        _CountingText.scanned = 0
        data = loaders.load_json(path)
        assert data["meetings"][-1].line == text.count("\n", 0, text.rindex("{\n")) + 1
        scanned[n] = _CountingText.scanned / len(text)
    assert scanned[5_000] <= 1 and scanned[20_000] <= 1, scanned


def test_json_errors_keep_their_line_in_a_large_document(target):
    folder = target.scratch()
    path = folder / "many.json"
    path.write_text(_meetings_document(20_000, bad_at=19_999), encoding="utf-8")
    result = target.ingest(path, expect=2, kind="large json")
    text = path.read_text(encoding="utf-8")
    start = text.rindex("{\n", 0, text.index('"linear-19999"'))  # the record's own line
    line = text.count("\n", 0, start) + 1
    assert f"many.json:{line}: record linear-19999: date:" in result.stderr
    duplicate = folder / "duplicate.json"
    duplicate.write_text('{"meetings": [\n  {"id": "a",\n   "id": "b"}\n]}\n', encoding="utf-8")
    result = target.ingest(duplicate, expect=2, kind="large json")
    assert "duplicate.json:2: invalid JSON: duplicate key 'id'" in result.stderr
    shutil.rmtree(folder, ignore_errors=True)


# --- issue 12: YAML tags other than the plain ones are refused ---------------------------


@pytest.mark.parametrize(
    "tag,value",
    [
        ("!!binary", "aGVsbG8Ad29ybGQ="),  # "hello\0world": a NUL past the text check
        ("!!timestamp", "2023-06-18T10:00:00+08:00"),
        ("!!set", "{a, b}"),
        ("!!omap", "[a: 1]"),
        ("!!python/name:os.system", "''"),
        ("!local", "x"),
    ],
)
def test_yaml_tags_beyond_plain_scalars_are_refused(target, tag, value):
    folder = target.scratch()
    path = folder / "tagged.yaml"
    path.write_text(
        f"meetings:\n  - id: tagged\n    title: {tag} {value}\n    date: 2023-06\n",
        encoding="utf-8",
    )
    result = target.ingest(path, expect=2, kind="yaml tags")
    assert result.stderr.splitlines()[0] == (
        f"error: {path}:3: invalid YAML: YAML tag {tag} is not allowed in record documents "
        "(only strings, numbers, true/false, null, lists and mappings)"
    )
    shutil.rmtree(folder, ignore_errors=True)


def test_explicit_plain_tags_still_load(target):
    folder = target.scratch()
    path = folder / "plain-tags.yaml"
    path.write_text(
        "meetings:\n  - !!map {id: !!str plain-tags, title: !!str 2023, date: !!str 2023-06}\n",
        encoding="utf-8",
    )
    target.ingest(path, expect=0, kind="yaml tags")
    shutil.rmtree(folder, ignore_errors=True)


# --- issue 12: a folder's links may not lead out of it -----------------------------------


@pytest.mark.parametrize("outside", ["sibling", "/etc/passwd"])
def test_a_link_in_a_folder_to_a_file_outside_is_refused(target, outside):
    root = target.scratch()
    secret = root / "secret.csv"
    secret.write_text("id,kind,title\nleaked,meeting,secret outside the folder\n")
    folder = root / "records"
    folder.mkdir()
    (folder / "fine.csv").write_text("id,kind,title\nfine,meeting,Fine\n")
    link = folder / "leak.csv"
    link.symlink_to(secret if outside == "sibling" else Path(outside))
    result = target.ingest(folder, expect=2, kind="folder links")
    assert result.stderr.splitlines() == [
        f"error: {link}: a link to a file outside the folder {folder}: "
        "only files inside it are read"
    ]
    assert "secret outside" not in result.output and "root:" not in result.output
    shutil.rmtree(root, ignore_errors=True)


def test_a_link_in_a_folder_to_a_file_inside_is_read(target):
    folder = target.scratch()
    (folder / "sub").mkdir()
    # The target's own name is not a record file's, so only the link reads it.
    (folder / "sub" / "inside.data").write_text("id,kind,title\ninside-link,meeting,Inside\n")
    (folder / "alias.csv").symlink_to(folder / "sub" / "inside.data")
    target.ingest(folder, expect=0, kind="folder links")
    shutil.rmtree(folder, ignore_errors=True)

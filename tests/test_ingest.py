"""Ingest: validated before written, one transaction per call, idempotent upserts by id."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS, database_checksum, sqlite_bytes
from sqlalchemy import create_engine, text

SEED_DOC = "blinken-beijing-2023-06-17.yaml"
ERROR_LINE = re.compile(
    r"^error: (?P<file>[^:]+):(?P<line>\d+): record (?P<record>[^:]+): (?P<rest>.+)$"
)


def _edit(folder: Path, change) -> Path:
    path = folder / SEED_DOC
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _timeline(run, *args):
    result = run("timeline", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_ingest_reports_new_then_unchanged(run):
    first = run("ingest", str(SEEDS))
    assert first.exit_code == 0, first.output
    assert first.output.strip() == (
        "1 file: sources 1 new, 0 updated, 0 unchanged; officials 10 new, 0 updated, 0 unchanged; "
        "meetings 8 new, 0 updated, 0 unchanged; visits 4 new, 0 updated, 0 unchanged; "
        "incidents 2 new, 0 updated, 0 unchanged; sanctions 1 new, 0 updated, 0 unchanged; "
        "links 7 new, 0 updated, 0 unchanged"
    )
    again = run("ingest", str(SEEDS))
    assert again.exit_code == 0
    assert " 0 new" in again.output and "updated, 0 unchanged" not in again.output
    assert re.findall(r"(\d+) new, (\d+) updated", again.output) == [("0", "0")] * 7


def test_changed_record_is_updated_and_the_rest_unchanged(run, seeds):
    assert run("ingest", str(seeds)).exit_code == 0

    def retitle(doc):
        doc["meetings"][0]["title"] = "Blinken and Qin Gang hold talks"

    _edit(seeds, retitle)
    result = run("ingest", str(seeds))
    assert "meetings 0 new, 1 updated, 7 unchanged" in result.output
    titles = {row["id"]: row["title"] for row in _timeline(run)}
    assert titles["2023-06-18-blinken-qin-gang-talks"] == "Blinken and Qin Gang hold talks"


def test_update_replaces_participants_and_keeps_links(run, db_url, seeds):
    assert run("ingest", str(seeds)).exit_code == 0

    def drop_host(doc):
        doc["meetings"][0]["participants"] = doc["meetings"][0]["participants"][:1]

    _edit(seeds, drop_host)
    assert "meetings 0 new, 1 updated" in run("ingest", str(seeds)).output
    row = {r["id"]: r for r in _timeline(run)}["2023-06-18-blinken-qin-gang-talks"]
    assert [p["name"] for p in row["participants"]] == ["Antony Blinken"]
    engine = create_engine(db_url)
    with engine.connect() as conn:
        links = conn.execute(
            text(
                "SELECT relation, to_event_id FROM links WHERE from_event_id = '2023-06-18-blinken-qin-gang-talks'"
            )
        ).all()
    engine.dispose()
    assert [tuple(link) for link in links] == [("part-of", "2023-06-18-blinken-beijing-visit")]


def test_dry_run_validates_and_writes_nothing(run, db_url, tmp_path):
    result = run("ingest", "--dry-run", str(SEEDS))
    assert result.exit_code == 0
    assert result.output.startswith("dry run, nothing written: 1 file: sources 1 new")
    if db_url.startswith("sqlite"):
        assert not Path(db_url.removeprefix("sqlite:///")).exists()
    else:
        assert run("timeline").exit_code == 1  # still no schema


BAD_EDITS = [
    (
        "unknown field",
        lambda d: d["meetings"][0].update(venue="Diaoyutai"),
        "2023-06-18-blinken-qin-gang-talks",
        "venue: unknown field",
    ),
    (
        "impossible date",
        lambda d: d["meetings"][0].update(date="2023-02-30"),
        "2023-06-18-blinken-qin-gang-talks",
        "date: ",
    ),
    (
        "unknown country",
        lambda d: d["officials"][0].update(country="Narnia"),
        "antony-blinken",
        "country: unknown country 'Narnia'",
    ),
    (
        "missing official",
        lambda d: d["meetings"][0]["participants"][0].update(official="nobody"),
        "2023-06-18-blinken-qin-gang-talks",
        "participants[0].official: no official with id 'nobody'",
    ),
    (
        "duplicate id",
        lambda d: d["meetings"].append(copy.deepcopy(d["meetings"][0])),
        "2023-06-18-blinken-qin-gang-talks",
        "id: duplicate id",
    ),
    (
        "misquoted evidence",
        lambda d: d["meetings"][0]["evidence"][0].update(start=1),
        "2023-06-18-blinken-qin-gang-talks",
        "evidence[0]: quote does not match the source text",
    ),
    (
        "bad status",
        lambda d: d["visits"][0].update(status="rumoured"),
        "2023-06-18-blinken-beijing-visit",
        "status: ",
    ),
    (
        "bad id",
        lambda d: d["officials"][0].update(id="Antony Blinken"),
        "Antony Blinken",
        "id: must be an id slug",
    ),
    (
        "missing link end",
        lambda d: d["links"].append({"from": "x-event", "to": "y", "relation": "caused"}),
        "x-event caused y",
        "from: no event with id 'x-event'",
    ),
]


@pytest.mark.parametrize(
    "change,record,message", [c[1:] for c in BAD_EDITS], ids=[c[0] for c in BAD_EDITS]
)
def test_bad_record_is_one_line_exit_2_and_changes_nothing(
    run, db_url, seeds, change, record, message
):
    assert run("ingest", str(SEEDS)).exit_code == 0
    before = database_checksum(db_url)
    raw_before = sqlite_bytes(db_url) if db_url.startswith("sqlite") else None
    path = _edit(seeds, change)
    result = run("ingest", str(seeds))
    assert result.exit_code == 2, result.output
    first = result.stderr.splitlines()[0]
    match = ERROR_LINE.match(first)
    assert match, first
    assert match["file"] == str(path)
    assert match["record"] == record
    assert match["rest"].startswith(message), first
    assert database_checksum(db_url) == before
    if raw_before is not None:
        assert sqlite_bytes(db_url) == raw_before


def test_error_names_the_yaml_line_of_the_field(run, tmp_path):
    doc = _write(
        tmp_path / "doc.yaml",
        """\
officials:
  - id: qin-gang
    name: Qin Gang
    country: CN
meetings:
  - id: m1
    title: A meeting
    date: 2023-06-18
    status: held
    participants:
      - official: qin-gang
        role: chair
""",
    )
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"error: {doc}:12: record m1: participants[0].role: "
        "must be one of 'host', 'guest', 'traveler', 'participant', 'target' or 'declined'"
    )


def test_error_names_the_json_line_of_the_record(run, tmp_path):
    doc = _write(
        tmp_path / "doc.json",
        '{\n  "visits": [\n    {"id": "v1", "title": "T",\n     "date": "2023-6-1"}\n  ]\n}\n',
    )
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {doc}:3: record v1: date: ")


def test_invalid_yaml_reports_file_and_line(run, tmp_path):
    doc = _write(tmp_path / "broken.yaml", "officials:\n  - id: a\n    name: [unclosed\n")
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert re.match(rf"^error: {re.escape(str(doc))}:\d+: invalid YAML", result.stderr)


def test_yaml_aliases_are_refused(run, tmp_path):
    doc = _write(tmp_path / "bomb.yaml", "officials:\n  - &a {id: a, name: A}\n  - *a\n")
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert "aliases" in result.stderr


def test_all_files_of_a_call_land_together_or_not_at_all(run, db_url, tmp_path):
    good = _write(
        tmp_path / "a.yaml", "officials:\n  - {id: wang-yi, name: Wang Yi, country: CN}\n"
    )
    bad = _write(tmp_path / "b.yaml", "officials:\n  - {id: x, name: X, country: ZZ}\n")
    result = run("ingest", str(good), str(bad))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "1 error; nothing was written"
    if db_url.startswith("sqlite"):
        assert not Path(db_url.removeprefix("sqlite:///")).exists()
    assert run("ingest", str(good)).exit_code == 0


def test_several_errors_are_reported_in_one_run(run, tmp_path):
    doc = _write(
        tmp_path / "doc.yaml",
        """\
officials:
  - {id: a, name: A, country: Atlantis}
  - {id: b, name: B, colour: blue}
""",
    )
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].endswith(
        "record a: country: unknown country 'Atlantis': use an ISO 3166-1 code such as CN or US,"
        " or a country's name"
    )
    assert lines[1].endswith("record b: colour: unknown field")
    assert lines[2] == "2 errors; nothing was written"


def test_country_names_are_normalised_to_iso_codes(run, tmp_path):
    doc = _write(
        tmp_path / "doc.yaml",
        """\
officials:
  - {id: wang-yi, name: Wang Yi, country: China}
  - {id: jake-sullivan, name: Jake Sullivan, country: USA}
meetings:
  - id: m1
    title: Sullivan meets Wang Yi
    date: "2024-01-26/2024-01-27"
    location: {place: Bangkok, country: Thailand}
    participants: [{official: wang-yi}, {official: jake-sullivan}]
""",
    )
    assert run("ingest", str(doc)).exit_code == 0
    [row] = _timeline(run)
    assert row["countries"] == ["CN", "TH", "US"]
    assert row["location"] == "Bangkok, TH"


def test_a_year_is_stored_as_the_whole_year_not_the_first_of_january(run, tmp_path):
    doc = _write(
        tmp_path / "doc.yaml",
        "incidents:\n  - {id: i1, title: Drill, date: 2017, parties: [CN, TW]}\n",
    )
    assert run("ingest", str(doc)).exit_code == 0
    [row] = _timeline(run)
    assert (row["date"], row["start"], row["end"], row["precision"]) == (
        "2017",
        "2017-01-01",
        "2017-12-31",
        "year",
    )
    assert _timeline(run, "--since", "2017-12") == [row]


def test_jsonl_stream_with_forward_reference_and_source_ids(run, tmp_path):
    lines = [
        {
            "type": "source",
            "id": "s1",
            "title": "Readout",
            "published": "2024-04-02",
            "text": "President Biden spoke with President Xi Jinping of the PRC.",
        },
        {
            "type": "meeting",
            "id": "call-1",
            "title": "Biden-Xi call",
            "date": "2024-04-02",
            "format": "call",
            "source": "s1",
            "participants": [{"official": "joe-biden"}, {"official": "xi-jinping"}],
            "evidence": [
                {"quote": "President Biden spoke with President Xi Jinping", "start": 0, "end": 47}
            ],
        },
        {"type": "official", "id": "joe-biden", "name": "Joe Biden", "country": "US"},
        {"type": "official", "id": "xi-jinping", "name": "Xi Jinping", "country": "CN"},
        {"type": "link", "from": "call-1", "to": "call-1", "relation": "same-as"},
    ]
    stream = tmp_path / "records.jsonl"
    stream.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = run("ingest", str(stream))
    assert result.exit_code == 0, result.output
    assert "meetings 1 new" in result.output and "links 1 new" in result.output
    [row] = _timeline(run)
    assert row["sources"] == ["s1"]
    assert [p["name"] for p in row["participants"]] == ["Joe Biden", "Xi Jinping"]


def test_jsonl_error_names_its_line(run, tmp_path):
    stream = _write(
        tmp_path / "r.jsonl",
        '{"type": "official", "id": "a", "name": "A"}\n\n{"type": "visit", "id": "v", "title": "T", "traveler": "zz"}\n',
    )
    result = run("ingest", str(stream))
    assert result.exit_code == 2
    assert (
        result.stderr.splitlines()[0]
        == f"error: {stream}:3: record v: traveler: no official with id 'zz'"
    )


def test_csv_event_table_resolves_known_names(seeded, tmp_path):
    table = _write(
        tmp_path / "events.csv",
        (
            "id,kind,date,title,status,participants,location,sources\n"
            "2023-06-19-blinken-xi,meeting,2023-06-19,Blinken meets Xi,held,"
            'Antony Blinken (US); xi jinping (CN); Interpreter (CN),"Beijing, CN",cnn-2023-06-17-blinken-beijing\n'
        ),
    )
    result = seeded("ingest", str(table))
    assert result.exit_code == 0, result.output
    row = {r["id"]: r for r in _timeline(seeded)}["2023-06-19-blinken-xi"]
    assert row["participants"] == [
        {"name": "Antony Blinken", "country": "US", "role": "participant"},
        {"name": "Xi Jinping", "country": "CN", "role": "participant"},
        {"name": "Interpreter", "country": "CN", "role": "participant"},
    ]
    assert row["sources"] == ["cnn-2023-06-17-blinken-beijing"]


@pytest.mark.parametrize("column", ["id", "kind"])
def test_csv_without_a_needed_column_is_one_line_naming_it(run, db_url, tmp_path, column):
    """A table without `id` (or `kind`) is one error at line 1 naming the column, not the
    same error on every row; a header alone without it is refused as well."""
    assert run("init").exit_code == 0
    before = database_checksum(db_url)
    header = [c for c in ("id", "kind", "date", "title") if c != column]
    values = {"id": "m{}", "kind": "meeting", "date": "2023-06-1{}", "title": "Meeting {}"}
    rows = "".join(
        ",".join(values[c] for c in header).format(*[i] * len(header)) + "\n" for i in range(5)
    )
    table = _write(tmp_path / "events.csv", ",".join(header) + "\n" + rows)
    result = run("ingest", str(table))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {table}:1: missing column '{column}' (every row needs id and kind)",
        "1 error; nothing was written",
    ]
    alone = _write(tmp_path / "header.csv", ",".join(header) + "\n")
    result = run("ingest", str(alone))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith(f"error: {alone}:1: missing column")
    assert database_checksum(db_url) == before


@pytest.mark.parametrize(
    "name,content",
    [
        ("empty.yaml", b""),
        ("empty.yml", b"\n\n"),
        ("comments.yaml", b"# records to come\n  # more\n"),
        ("empty.json", b""),
        ("blank.json", b"\xef\xbb\xbf \n\t\n"),
        ("empty.jsonl", b""),
        ("empty.csv", b""),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_an_empty_file_has_no_records_whatever_its_format(run, db_url, tmp_path, name, content):
    """An empty record document is read like an empty stream or table: no records, exit 0,
    nothing written; a document that is `null` is still not a mapping of sections."""
    assert run("init").exit_code == 0
    before = database_checksum(db_url)
    path = tmp_path / name
    path.write_bytes(content)
    result = run("ingest", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "1 file: no records\n", "")
    assert database_checksum(db_url) == before
    null = _write(tmp_path / f"null{path.suffix}", "null\n")
    if path.suffix in (".yaml", ".yml", ".json"):
        refused = run("ingest", str(null))
        assert refused.exit_code == 2
        assert refused.stderr.splitlines()[0] == (
            f"error: {null}:1: a record document must be a mapping of sections"
        )


def test_csv_unterminated_quote_names_the_line_its_row_starts_on(run, db_url, tmp_path):
    """The quote opened on line 4 runs to the end of the file: the error says line 4 (not
    the line of the row before it, nor the header's)."""
    assert run("init").exit_code == 0
    before = database_checksum(db_url)
    rows = "".join(f"m{i},meeting,2023-06-1{i},Meeting {i}\n" for i in range(1, 3))
    bad = _write(
        tmp_path / "bad.csv",
        f"id,kind,date,title\n{rows}m3,meeting,2023-06-13,\"Meeting 3\nm4,meeting,2023-06-14,M\n",
    )
    result = run("ingest", str(bad))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {bad}:4: invalid CSV: unexpected end of data",
        "1 error; nothing was written",
    ]
    first = _write(tmp_path / "first.csv", 'id,kind,date,title\nm1,meeting,2023,"Meeting\n')
    result = run("ingest", str(first))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: {first}:2: invalid CSV: unexpected end of data"
    assert database_checksum(db_url) == before


def test_evidence_from_a_second_source_is_added_not_replaced(seeded, db_url, tmp_path):
    second = _write(
        tmp_path / "second.yaml",
        """\
source: {id: reuters-2023-06-18, title: Blinken meets Qin, published: 2023-06-18, text: "Blinken met Qin Gang on Sunday."}
officials:
  - {id: antony-blinken, name: Antony Blinken, aliases: [Blinken], country: US, positions: [{title: Secretary of State}],
     evidence: [{quote: Blinken, start: 0, end: 7}]}
""",
    )
    result = seeded("ingest", str(second))
    assert result.exit_code == 0, result.output
    assert "officials 0 new, 1 updated, 0 unchanged" in result.output
    engine = create_engine(db_url)
    with engine.connect() as conn:
        quotes = conn.execute(
            text(
                "SELECT source_id, quote FROM evidence WHERE official_id = 'antony-blinken' ORDER BY source_id"
            )
        ).all()
    engine.dispose()
    assert [tuple(q) for q in quotes] == [
        ("cnn-2023-06-17-blinken-beijing", "Secretary of State Antony Blinken"),
        ("reuters-2023-06-18", "Blinken"),
    ]
    assert "officials 0 new, 0 updated, 1 unchanged" in seeded("ingest", str(second)).output


def test_text_file_outside_the_document_folder_is_refused(run, tmp_path):
    (tmp_path / "secret.txt").write_text("top secret", encoding="utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    doc = _write(folder / "doc.yaml", "source: {id: s, text_file: ../secret.txt}\n")
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"error: {doc}:1: record s: text_file: must be a file inside the document's folder"
    )


ARTICLE = (
    "title: Foreign ministers meet\npublisher: Example Wire\npublished: 2024-05-02\n---\n"
    "Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Thursday.\n"
)


def _quoting_doc(folder: Path, start: int) -> Path:
    quote = "Foreign Minister Ana Ruiz"
    return _write(
        folder / "doc.yaml",
        "source: {id: wire-1, title: Ministers meet, published: 2024-05-02, "
        "text_file: article.txt}\n"
        "officials:\n- id: ana-ruiz\n  name: Ana Ruiz\n  country: PE\n"
        f"  evidence: [{{quote: {quote}, start: {start}, end: {start + len(quote)}}}]\n",
    )


def test_text_file_header_is_not_part_of_the_text_quotes_count_into(run, tmp_path):
    """A `text_file` in the article format `extract` reads: offsets count into the body, as
    in `extract`'s output and the annotation guide, so a gold file and a draft agree."""
    _write(tmp_path / "article.txt", ARTICLE)
    assert run("ingest", str(_quoting_doc(tmp_path, 0))).exit_code == 0
    header_length = ARTICLE.index("---\n") + 4
    stale = run("ingest", str(_quoting_doc(tmp_path, header_length)))
    assert stale.exit_code == 2
    assert "record ana-ruiz: evidence[0]: quote does not match the source text" in stale.stderr


DEV_GOLD = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.gold.yaml"))


@pytest.mark.skipif(not DEV_GOLD, reason="the shared dev corpus is not beside the repository")
def test_every_dev_gold_document_ingests_with_its_evidence(run):
    result = run("ingest", *map(str, DEV_GOLD))
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith(f"{len(DEV_GOLD)} files: sources {len(DEV_GOLD)} new")
    assert "meetings 109 new" in result.output


INVENTED_GOLD = sorted((ROOT / "tests" / "extract_fixtures").glob("*.gold.yaml"))


def test_every_invented_gold_document_is_a_valid_record_document(sqlite_url):
    """The gold files beside the invented texts are record documents too: each passes
    `ingest --dry-run` on its own (a title on every event, values with a comma quoted in
    flow mappings, only country codes as countries). Validation is the same on both
    backends, so SQLite alone checks it."""
    from click.testing import CliRunner

    from relations_db.cli import cli

    assert INVENTED_GOLD
    failures = {}
    runner = CliRunner()
    for gold in INVENTED_GOLD:
        result = runner.invoke(cli, ["--db", sqlite_url, "ingest", "--dry-run", str(gold)])
        if result.exit_code != 0:
            failures[gold.name] = result.stderr.strip()
    assert not failures, "\n".join(f"{name}:\n{err}" for name, err in failures.items())


def test_unknown_file_type_and_missing_path_are_usage_errors(run, tmp_path):
    other = _write(tmp_path / "notes.txt", "hello")
    assert run("ingest", str(other)).exit_code == 2
    missing = run("ingest", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert missing.stderr.strip() == f"error: {tmp_path / 'nope.yaml'}: no such file or folder"


def test_csv_location_forms_round_trip_through_the_timeline(run, tmp_path):
    table = _write(tmp_path / "events.csv", (
        "id,kind,title,countries,location\n"
        "i1,incident,Balloon over Montana,CN;US,US\n"
        "i2,incident,Intercept,CN;US,South China Sea\n"
        "m1,meeting,Talks,,\"Bangkok, TH\"\n"
    ))
    assert run("ingest", str(table)).exit_code == 0
    rows = {r["id"]: r for r in _timeline(run)}
    assert rows["i1"]["location"] == "US"
    assert rows["i2"]["location"] == "South China Sea"
    assert rows["i2"]["countries"] == ["CN", "US"]
    assert rows["m1"]["location"] == "Bangkok, TH"


def test_progress_bar_goes_to_stderr_and_summary_to_stdout(run):
    result = run("ingest", "--progress", str(SEEDS))
    assert result.exit_code == 0
    assert "ingesting" in result.stderr
    assert result.stdout.startswith("1 file: sources 1 new")


def test_a_folder_skips_hidden_files_and_folders(run, tmp_path):
    # A records folder kept in git, with a CI workflow, an editor's hidden copy and the
    # AppleDouble files a Mac leaves on shared drives: none of them is a record document.
    folder = tmp_path / "records"
    (folder / ".github" / "workflows").mkdir(parents=True)
    _write(folder / ".github" / "workflows" / "ci.yml", "on: push\njobs: {test: {}}\n")
    (folder / "._meetings.yaml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    _write(folder / ".draft.json", '{"meetings": [{"id": "draft", "title": "Draft"}]}')
    _write(folder / "meetings.yaml", "meetings:\n- {id: kept, title: Kept}\n")
    result = run("ingest", str(folder))
    assert result.exit_code == 0, result.output
    assert "1 file: meetings 1 new" in result.output
    # A hidden file named on the command line is read: the user asked for it.
    result = run("ingest", str(folder / ".draft.json"))
    assert result.exit_code == 0, result.output
    assert "meetings 1 new" in result.output


def test_a_source_given_after_the_records_citing_it_is_named_as_later(run, tmp_path):
    stream = _write(
        tmp_path / "late.jsonl",
        '{"type": "meeting", "id": "m1", "title": "Talks", "source": "wire-1"}\n'
        '{"type": "source", "id": "wire-1", "title": "Wire"}\n',
    )
    result = run("ingest", str(stream))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {stream}:1: record m1: source: source 'wire-1' is given only later, at "
        f"{stream}:2: a source must come before the records that cite it",
        "1 error; nothing was written",
    ]


def test_a_file_named_twice_is_read_once(run, seeds):
    # `ingest seeds/ seeds/*.yaml`: the folder and a glob both give the seed document.
    doc = next(seeds.glob("*.yaml"))
    result = run("ingest", str(seeds), str(doc), str(seeds / "." / doc.name))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 file: sources 1 new")
    assert "duplicate" not in result.output


def test_at_most_twenty_errors_are_printed(run, tmp_path):
    # Errors found at the end of the call (here: officials nobody gives) are capped too.
    lines = [
        json.dumps({"type": "meeting", "id": f"m-{i}", "title": "Talks",
                    "participants": [{"official": f"ghost-{i}"}]})
        for i in range(300)
    ]
    stream = _write(tmp_path / "ghosts.jsonl", "\n".join(lines) + "\n")
    result = run("ingest", str(stream))
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 21, errors[-1]
    assert errors[0] == f"error: {stream}:1: record m-0: participants[0].official: no official with id 'ghost-0'"
    assert errors[-1] == "20 errors (stopped after the first errors); nothing was written"


def test_a_character_yaml_refuses_is_one_line_naming_its_line(run, tmp_path):
    doc = tmp_path / "nul.yaml"
    doc.write_bytes(b"meetings:\n  - id: a\n    title: x\x00y\n")
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {doc}:3: invalid YAML: unacceptable character #x0000: "
        "control characters are not allowed",
        "1 error; nothing was written",
    ]


SOURCE_WITH_A_MEETING = """\
source: {id: s1, published: '2024-01-03', text: "Alpha met Beta in Rome."}
officials:
- {id: alpha, name: Alpha, country: US}
- {id: beta, name: Beta, country: FR}
meetings:
- id: e1
  title: Alpha meets Beta
  date: '2024-01-02'
  participants: [{official: alpha}, {official: beta}]
  evidence: [{quote: Alpha met Beta, start: 0, end: 14}]
"""


def test_a_source_text_that_drops_its_records_quotes_is_refused(run, db_url, tmp_path):
    # The source's text was replaced while e1's quote still pointed into the old one.
    (tmp_path / "first.yaml").write_text(SOURCE_WITH_A_MEETING, encoding="utf-8")
    assert run("ingest", str(tmp_path / "first.yaml")).exit_code == 0
    before = database_checksum(db_url)
    (tmp_path / "new.yaml").write_text(
        "source: {id: s1, published: '2024-01-03', text: Completely different words.}\n",
        encoding="utf-8",
    )
    result = run("ingest", str(tmp_path / "new.yaml"))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"error: {tmp_path / 'new.yaml'}:1: record s1: text: the new text no longer holds the "
        "quote 'Alpha met Beta' of 'e1' where it was stored: give 'e1' again with this source, "
        "or the new text its own source id"
    )
    assert database_checksum(db_url) == before


def test_a_source_text_changed_with_its_records_restated_is_taken(run, db_url, tmp_path):
    (tmp_path / "first.yaml").write_text(SOURCE_WITH_A_MEETING, encoding="utf-8")
    assert run("ingest", str(tmp_path / "first.yaml")).exit_code == 0
    # A longer text that still holds the quote where it was: nothing to restate.
    longer = SOURCE_WITH_A_MEETING.replace("in Rome.", "in Rome on Tuesday.")
    (tmp_path / "longer.yaml").write_text(longer, encoding="utf-8")
    result = run("ingest", str(tmp_path / "longer.yaml"))
    assert result.exit_code == 0, result.output
    assert "sources 0 new, 1 updated" in result.output
    # A text that moves the quote, with the meeting restated for it.
    moved = longer.replace('text: "Alpha', 'text: "On Tuesday, Alpha').replace(
        "start: 0, end: 14", "start: 12, end: 26"
    )
    (tmp_path / "moved.yaml").write_text(moved, encoding="utf-8")
    result = run("ingest", str(tmp_path / "moved.yaml"))
    assert result.exit_code == 0, result.output
    (source,) = json.loads(run("event", "e1", "--format", "json").stdout)["sources"]
    assert source["quotes"] == [{"quote": "Alpha met Beta", "start": 12, "end": 26}]

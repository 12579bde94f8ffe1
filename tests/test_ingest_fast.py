"""The compiled JSONL lane (inputs/fast.py) stores exactly what pydantic's lane stores.

The fast lane may only take a line that pydantic accepts, with the same values: these
tests generate event lines, plain and awkward (padded text, country names, loose dates,
escapes, extra keys, numbers as text), and hold the two lanes to the same answer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import canonical_dump, synthetic_records, write_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations_db.inputs import documents
from relations_db.inputs.errors import InputError
from relations_db.inputs.fast import decode_event
from relations_db.inputs.loaders import decode_jsonl_line
from relations_db.inputs.records import content_hash

TEXT = ["Talks", "tab\there", "line\nbreak", "Ünïcødé 北京 😀", "a \\u0000 b", "x" * 2000]
AWKWARD_TEXT = [" padded", "padded ", "", " ", "NUL \x00 inside", "lone \ud800", "x" * 2001, 5]
COUNTRIES = ["US", "CN", "XK", "EU", "us", " CN", "China", "U.S.", "the United Kingdom"]
AWKWARD_COUNTRIES = ["ZZ", "Atlantis", "", 5]
DATES = ["2023-06-18", "2023-06", "2023", "2023-21", "2023-06~", "2023-06/2023-08-02", None]
AWKWARD_DATES = [" 2023-06-18", "2023-02-30", "2023-13", 2023, "June 2023", "2023-06/2022"]
SLUGS = ["a-1", "meeting-1", "x9"]
AWKWARD_SLUGS = ["Bad", "a\n", "-a", "", "x" * 201, 7, "a b", " a", "a "]
KIND_KEYS = {
    "meeting": ["format"],
    "visit": ["traveler"],
    "incident": ["category", "parties", "characterizations"],
    "sanction": ["imposer", "authority", "target", "program", "reason", "lifted"],
}


def mostly(valid: list, awkward: list):
    """A valid value nine times in ten, else an awkward one."""
    return st.integers(0, 9).flatmap(
        lambda n: st.sampled_from(awkward) if n == 0 else st.sampled_from(valid)
    )


text, country, slug = (
    mostly(TEXT, AWKWARD_TEXT),
    mostly(COUNTRIES, AWKWARD_COUNTRIES),
    mostly(SLUGS, AWKWARD_SLUGS),
)
OPTIONAL = {
    "title": text,
    "summary": text,
    "date": mostly(DATES, AWKWARD_DATES),
    "date_text": text,
    "date_anchor": mostly(["2023-06-18"], ["2023-06", " 2023-06-18", "2023-02-30"]),
    "location": st.fixed_dictionaries({}, optional={"place": text, "country": country}),
    "status": mostly(["held", "planned", "cancelled"], ["HELD", "over"]),
    "visibility": mostly(["public", "low-key", "secret"], ["private"]),
    "participants": st.lists(
        st.one_of(
            st.fixed_dictionaries(
                {"official": slug},
                optional={"role": mostly(["host", "guest", "traveler", "target"], ["boss"])},
            ),
            st.fixed_dictionaries({"description": text}, optional={"country": country}),
            st.fixed_dictionaries(
                {}, optional={"official": slug, "description": text, "country": country}
            ),
        ),
        max_size=3,
    ),
    "evidence": st.lists(
        st.fixed_dictionaries(
            {
                "quote": text,
                "start": mostly([0, 5], [-1, "3", 2.0, True]),
                "end": mostly([6, 10], [5, 2**31, 4.0]),
            },
            optional={"source": slug},
        ),
        max_size=2,
    ),
    "source": slug,
    "partial": mostly([False], [True, "yes", 0]),
    "format": mostly(["summit", "call"], [" summit", "x" * 41]),
    "traveler": slug,
    "category": mostly(["strike"], ["", "strike "]),
    "parties": st.lists(country, max_size=3),
    "characterizations": st.lists(
        st.fixed_dictionaries({"text": text}, optional={"by": text}), max_size=2
    ),
    "imposer": country,
    "authority": text,
    "target": st.one_of(
        st.fixed_dictionaries({"official": slug}),
        st.fixed_dictionaries({"organization": text}, optional={"country": country}),
        st.fixed_dictionaries(
            {}, optional={"official": slug, "description": text, "country": country}
        ),
    ),
    "program": text,
    "reason": text,
    "lifted": mostly(DATES, AWKWARD_DATES),
    "kind": st.sampled_from(["meeting", "visit"]),
    "unknown": st.just(1),
}
COMMON = [
    k
    for k in OPTIONAL
    if k not in ("kind", "unknown") and not any(k in keys for keys in KIND_KEYS.values())
]


@st.composite
def event_line(draw) -> dict:
    """An event line, valid more often than not, with now and then a key of another kind,
    an unknown key or no valid type."""
    kind = draw(mostly(list(KIND_KEYS), ["official", "link", "x"]))
    record: dict = {"type": kind, "id": draw(slug)}
    keys = COMMON + KIND_KEYS.get(kind, [])
    if draw(st.integers(0, 9)) == 0:
        keys = sorted(OPTIONAL)
    for key in draw(st.lists(st.sampled_from(keys), max_size=8, unique=True)):
        record[key] = draw(OPTIONAL[key])
    return record


def _slow(raw: bytes):
    """What the pydantic lane makes of a line: the record, or the InputError."""
    try:
        return documents._jsonl_item(Path("x.jsonl"), 1, decode_jsonl_line(raw, Path("x.jsonl"), 1))
    except InputError as error:
        return error


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=event_line(), ascii_only=st.booleans())
def test_fast_lane_takes_only_lines_pydantic_accepts_and_agrees_on_every_value(record, ascii_only):
    raw = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass") + b"\n"
    fast = decode_event(raw)
    if fast is None:
        return
    slow = _slow(raw)
    assert not isinstance(slow, InputError), f"fast lane took a line pydantic refuses: {slow}"
    model = slow.record
    assert fast.to_model() == model
    assert content_hash(fast) == content_hash(model)
    assert fast.date == model.date
    assert fast.kind == model.kind
    if fast.kind == "sanction":
        assert fast.lifted == model.lifted


def test_fast_lane_takes_plain_event_lines():
    """The lane must actually be used, or the tests above prove nothing."""
    lines = [
        json.dumps(r).encode()
        for r in synthetic_records(40)
        if r["type"] in ("meeting", "visit", "incident", "sanction")
    ]
    assert lines and all(decode_event(line) is not None for line in lines)


def _ingest(run, url, path) -> int:
    """Ingest a file; the number of records it reported new or updated."""
    result = run("ingest", "--no-progress", str(path), db=url)
    assert result.exit_code == 0, result.output
    return sum(int(n) for n in re.findall(r"(\d+) (?:new|updated)", result.output))


def _awkward(records: list[dict]) -> list[dict]:
    """Valid lines pydantic's lane normalises (padded text, a country name)."""
    for r in records[::7]:
        if r["type"] == "meeting" and r.get("location"):
            r["location"]["country"] = "China"
            r["title"] = " " + r["title"]
    return records


def test_both_lanes_store_the_same_rows(run, tmp_path, monkeypatch):
    path = write_records(tmp_path / "load.jsonl", _awkward(synthetic_records(300)))
    fast, slow = f"sqlite:///{tmp_path / 'fast.db'}", f"sqlite:///{tmp_path / 'slow.db'}"
    assert _ingest(run, fast, path) > 300
    monkeypatch.setattr(documents, "decode_event", lambda raw: None)
    assert _ingest(run, slow, path) > 300
    assert canonical_dump(fast) == canonical_dump(slow)


@pytest.mark.parametrize("first", ["fast", "slow"])
def test_each_lane_finds_the_others_load_unchanged(run, db_url, tmp_path, monkeypatch, first):
    path = write_records(tmp_path / "load.jsonl", _awkward(synthetic_records(120)))
    slow = lambda raw: None  # noqa: E731
    if first == "slow":
        monkeypatch.setattr(documents, "decode_event", slow)
    assert _ingest(run, db_url, path) > 120
    if first == "slow":
        monkeypatch.undo()
    else:
        monkeypatch.setattr(documents, "decode_event", slow)
    assert _ingest(run, db_url, path) == 0


def test_a_database_failure_in_the_middle_of_a_load_writes_nothing(
    run, db_url, tmp_path, monkeypatch
):
    """Rows go to the driver in bulk (store/rows.py): a failure there must surface in the
    command, one line, and the transaction must roll back as a whole."""
    from conftest import database_checksum

    from relations_db.store import rows

    _ingest(run, db_url, write_records(tmp_path / "first.jsonl", synthetic_records(50)))
    before = database_checksum(db_url)
    insert = rows.RowWriter.insert_tuples

    def failing(self, table, *args, **kwargs):
        if table.name == "participants":
            raise OSError("disk full")
        return insert(self, table, *args, **kwargs)

    monkeypatch.setattr(rows.RowWriter, "insert_tuples", failing)
    records = synthetic_records(400, seed=7)
    result = run("ingest", "--no-progress", str(write_records(tmp_path / "more.jsonl", records)))
    assert result.exit_code == 1, result.output
    assert "disk full" in result.output and "Traceback" not in result.output
    assert database_checksum(db_url) == before


def test_a_bulk_load_into_an_empty_sqlite_file_still_refuses_a_dangling_reference(
    sqlite_url, tmp_path, monkeypatch
):
    """A load into a SQLite file without events checks foreign keys once, at the end,
    instead of row by row. A row naming a missing parent (here: ingest's own check of
    officials switched off, as a bug would) must still fail the load, with one line and
    nothing written; and the next writes check every row again."""
    from click.testing import CliRunner
    from sqlalchemy import create_engine, text

    from relations_db.cli import cli
    from relations_db.ingest import ingest
    from relations_db.store import open_database
    from relations_db.store.writer import Writer

    records = synthetic_records(200)
    for record in records:
        if record.get("type") == "meeting" and record.get("participants"):
            record["participants"][0] = {"official": "nobody-we-know"}
            break
    else:
        raise AssertionError("no meeting with participants in the synthetic records")
    load = write_records(tmp_path / "dangling.jsonl", records)
    missing = Writer.missing_officials
    monkeypatch.setattr(
        Writer,
        "missing_officials",
        lambda self, record: [
            m for m in missing(self, record) if m[1] != "nobody-we-know"
        ],
    )
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "ingest", "--no-progress", str(load)])
    assert result.exit_code == 1, result.output
    assert "FOREIGN KEY constraint failed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not Path(sqlite_url.removeprefix("sqlite:///")).exists()  # the new file is gone

    monkeypatch.setattr(Writer, "missing_officials", missing)
    db = open_database(sqlite_url)
    ingest(db, [write_records(tmp_path / "good.jsonl", synthetic_records(50))])
    with db.write() as connection:  # the pooled connection of the load, checking again
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    engine = create_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar() > 0
    engine.dispose()

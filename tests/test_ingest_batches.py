"""Ingest writes events in batches and builds indexes after a load into an empty database:
neither may change what users see."""

import json

import pytest
from sqlalchemy import create_engine, inspect

import relations_db.ingest
from relations_db.model import Base


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(relations_db.ingest, "BATCH", 3)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def meeting(i, **extra):
    return {
        "type": "meeting",
        "id": f"m-{i:03d}",
        "title": f"Meeting {i}",
        "date": f"2020-01-{i % 28 + 1:02d}",
        "participants": [{"official": "a"}, {"official": "b"}],
        "status": "held",
        **extra,
    }


OFFICIALS = [
    {"type": "official", "id": "a", "name": "Official A", "country": "US"},
    {"type": "official", "id": "b", "name": "Official B", "country": "CN"},
]


def test_a_duplicate_in_a_later_batch_names_the_first_place(run, tmp_path, small_batches):
    records = [*OFFICIALS, *(meeting(i) for i in range(10)), meeting(2, title="Again")]
    path = write_jsonl(tmp_path / "dup.jsonl", records)
    result = run("ingest", str(path))
    assert result.exit_code == 2
    assert f"{path}:13: record m-002: id: duplicate id: 'm-002' was already given at {path}:5" in result.stderr
    assert "nothing was written" in result.stderr


def test_links_to_events_of_later_batches_are_stored(run, tmp_path, small_batches):
    links = [{"type": "link", "from": "m-000", "to": f"m-{i:03d}", "relation": "follow-up-of"} for i in range(1, 9)]
    records = [*OFFICIALS, meeting(0), *links, *(meeting(i) for i in range(1, 9))]
    result = run("ingest", str(write_jsonl(tmp_path / "links.jsonl", records)))
    assert result.exit_code == 0, result.stderr
    assert "meetings 9 new" in result.stdout and "links 8 new" in result.stdout
    again = run("ingest", str(tmp_path / "links.jsonl"))
    assert "meetings 0 new, 0 updated, 9 unchanged" in again.stdout
    assert "links 0 new, 0 updated, 8 unchanged" in again.stdout


def test_a_link_to_an_event_nowhere_in_the_call_is_an_error(run, tmp_path, small_batches):
    records = [*OFFICIALS, *(meeting(i) for i in range(5)), {"type": "link", "from": "m-001", "to": "m-999", "relation": "caused"}]
    result = run("ingest", str(write_jsonl(tmp_path / "bad-link.jsonl", records)))
    assert result.exit_code == 2
    assert "no event with id 'm-999'" in result.stderr


def test_batched_updates_report_new_updated_and_unchanged(run, tmp_path, small_batches):
    first = [*OFFICIALS, *(meeting(i) for i in range(7))]
    assert run("ingest", str(write_jsonl(tmp_path / "one.jsonl", first))).exit_code == 0
    second = [*OFFICIALS, *(meeting(i, status="cancelled") if i in (1, 5) else meeting(i) for i in range(9))]
    result = run("ingest", str(write_jsonl(tmp_path / "two.jsonl", second)))
    assert result.exit_code == 0, result.stderr
    assert "meetings 2 new, 2 updated, 5 unchanged" in result.stdout
    timeline = run("timeline", "--status", "cancelled", "--format", "json")
    assert [e["id"] for e in json.loads(timeline.stdout)] == ["m-001", "m-005"]


def test_a_load_into_an_empty_database_ends_with_every_index(run, db_url, tmp_path, small_batches):
    records = [*OFFICIALS, *(meeting(i) for i in range(7))]
    assert run("ingest", str(write_jsonl(tmp_path / "load.jsonl", records))).exit_code == 0
    engine = create_engine(db_url)
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in Base.metadata.sorted_tables:
            stored = {index["name"] for index in inspector.get_indexes(table.name)}
            expected = {index.name for index in table.indexes}
            assert expected <= stored, table.name
    engine.dispose()


def official(i, **extra):
    return {
        "type": "official",
        "id": f"o-{i:02d}",
        "name": f"Person {i:02d}",
        "country": "US" if i % 2 else "CN",
        "positions": [{"title": "Envoy", "start": "2020-01-01"}],
        **extra,
    }


def _profile(run, name):
    result = run("official", name, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_officials_in_batches_report_new_updated_and_unchanged(run, tmp_path, small_batches):
    assert run("ingest", str(write_jsonl(tmp_path / "one.jsonl", [official(i) for i in range(8)]))).exit_code == 0
    second = [official(i, aliases=["Envoy Three"]) if i == 3 else official(i) for i in range(10)]
    result = run("ingest", str(write_jsonl(tmp_path / "two.jsonl", second)))
    assert result.exit_code == 0, result.stderr
    assert "officials 2 new, 1 updated, 7 unchanged" in result.stdout
    assert _profile(run, "Envoy Three")["id"] == "o-03"
    assert [p["title"] for p in _profile(run, "o-09")["positions"]] == ["Envoy"]


def test_events_of_a_batch_take_the_countries_of_officials_given_in_the_same_call(run, tmp_path, small_batches):
    records = [
        *(official(i) for i in range(7)),
        meeting(0, participants=[{"official": "o-05"}, {"official": "o-06"}]),
        official(7),
        meeting(1, participants=[{"official": "o-07"}, {"official": "o-00"}]),
    ]
    result = run("ingest", str(write_jsonl(tmp_path / "load.jsonl", records)))
    assert result.exit_code == 0, result.stderr
    rows = json.loads(run("timeline", "--country", "US", "--country", "CN", "--format", "json").stdout)
    assert [r["id"] for r in rows] == ["m-000", "m-001"]
    assert [p["country"] for p in rows[0]["participants"]] == ["US", "CN"]


def test_a_csv_row_resolves_the_name_of_an_official_given_earlier_in_the_call(run, tmp_path, small_batches):
    write_jsonl(tmp_path / "a-officials.jsonl", [official(i) for i in range(5)])
    (tmp_path / "b-events.csv").write_text(
        "id,kind,date,title,status,participants\n"
        "talks,meeting,2024-05-01,Talks,held,Person 03 (US); Person 04 (CN)\n",
        encoding="utf-8",
    )
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    events = [e["id"] for e in _profile(run, "Person 03")["events"]]
    assert events == ["talks"]


def test_an_official_two_sources_state_in_one_batch_keeps_the_first_and_adds_the_second(run, tmp_path, small_batches):
    doc = {"sources": [{"id": "s-one", "title": "One"}, {"id": "s-two", "title": "Two"}]}
    (tmp_path / "a-sources.json").write_text(json.dumps(doc), encoding="utf-8")
    write_jsonl(
        tmp_path / "b-officials.jsonl",
        [
            official(1, source="s-one"),
            official(1, source="s-two", positions=[{"title": "Minister", "start": "2021-01-01"}]),
        ],
    )
    result = run("ingest", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "officials 1 new, 1 updated, 0 unchanged" in result.stdout
    profile = _profile(run, "o-01")
    assert sorted(p["title"] for p in profile["positions"]) == ["Envoy", "Minister"]
    assert run("ingest", str(tmp_path)).stdout.count("officials 0 new, 0 updated, 2 unchanged") == 1


SOURCES = [{"type": "source", "id": "s-one", "title": "One"}, {"type": "source", "id": "s-two", "title": "Two"}]


def _statuses(run):
    rows = json.loads(run("timeline", "--format", "json").stdout)
    return {r["id"]: (r["status"], r["sources"]) for r in rows}


def test_a_second_source_of_an_event_in_a_later_batch_of_a_first_load_is_merged(run, tmp_path, small_batches):
    # A load into an empty database takes records as new without lookups; this one needs
    # them (the id is stored already, from another source), and the result is the same.
    records = [
        *SOURCES,
        *OFFICIALS,
        *(meeting(i, source="s-one") for i in range(6)),
        meeting(0, source="s-two", status="cancelled"),
    ]
    result = run("ingest", str(write_jsonl(tmp_path / "two.jsonl", records)))
    assert result.exit_code == 0, result.stderr
    assert "meetings 6 new, 0 updated, 0 unchanged, 1 merged into events already stored" in result.stdout
    shown = _statuses(run)
    assert shown["m-000"] == ("held", ["s-one", "s-two"])
    assert shown["m-005"] == ("held", ["s-one"])


def test_an_edit_in_a_later_batch_of_a_first_load_applies_to_its_event(run, tmp_path, small_batches):
    edit = {"type": "meeting", "id": "m-002", "partial": True, "source": "s-two", "status": "postponed"}
    records = [*SOURCES, *OFFICIALS, *(meeting(i, source="s-one") for i in range(6)), edit]
    result = run("ingest", str(write_jsonl(tmp_path / "edit.jsonl", records)))
    assert result.exit_code == 0, result.stderr
    assert "meetings 6 new, 0 updated, 0 unchanged, 1 merged" in result.stdout
    assert _statuses(run)["m-002"] == ("postponed", ["s-one", "s-two"])

"""The store keeps what every source said: statements per origin, their resolution,
`export --source`, `retract`, `delete`, CSV rows as partial records, and merging reports of
events already stored. Each test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re

import yaml
from conftest import SEEDS

SEED_SOURCE = "cnn-2023-06-17-blinken-beijing"
SEED_ARTICLE = SEEDS / "blinken-beijing-2023-06-17.txt"
TALKS = "2023-06-18-blinken-qin-gang-talks"
B_TEXT = "Blinken and Qin Gang held talks in Beijing on June 18. Qin Gang is China's foreign minister."


def _b_document(tmp_path, **changes):
    """A second source, published after the seed article, that reports the seed's talks
    (now held), adds a meeting of its own, a link, and states Qin Gang with another post."""
    doc = {
        "source": {
            "id": "second-article",
            "title": "Talks held",
            "publisher": "Wire",
            "published": "2023-06-20",
            "text": B_TEXT,
        },
        "officials": [
            {
                "id": "qin-gang",
                "name": "Qin Gang",
                "country": "CN",
                "positions": [{"title": "State Councilor"}],
                "evidence": [{"quote": "Qin Gang is China's foreign minister", "start": 55, "end": 91}],
            }
        ],
        "meetings": [
            {
                "id": TALKS,
                "title": "Blinken and Qin Gang hold talks",
                "date": "2023-06-18",
                "status": "held",
                "participants": [{"official": "antony-blinken"}, {"official": "qin-gang"}],
                "evidence": [{"quote": "Blinken and Qin Gang held talks in Beijing", "start": 0, "end": 42}],
            },
            {
                "id": "2023-06-19-b-only-meeting",
                "title": "A meeting only the wire reports",
                "date": "2023-06-19",
                "participants": [{"official": "antony-blinken"}],
            },
        ],
        "links": [
            {"from": "2023-06-19-b-only-meeting", "to": "2023-06-18-blinken-beijing-visit", "relation": "part-of"}
        ],
    }
    doc.update(changes)
    path = tmp_path / "b.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _export(run, *args):
    result = run("export", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _timeline(run, event_id):
    events = json.loads(run("timeline", "--format", "json").stdout)
    return next(e for e in events if e["id"] == event_id)


def _official(run, name):
    result = run("official", name, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_second_source_keeps_the_first_sources_statements(seeded, tmp_path):
    before = _export(seeded, "--source", SEED_SOURCE)
    result = seeded("ingest", str(_b_document(tmp_path)))
    assert result.exit_code == 0, result.output
    assert "merged" in result.output
    # The first source's statements are still there, byte for byte.
    assert _export(seeded, "--source", SEED_SOURCE) == before
    talks = _timeline(seeded, TALKS)
    assert talks["sources"] == [SEED_SOURCE, "second-article"]
    roles = {p["name"]: p["role"] for p in talks["participants"]}
    assert roles == {"Antony Blinken": "guest", "Qin Gang": "host"}  # the seed's roles stay
    # Qin Gang keeps the seed's post and gains the wire's; his evidence from both sources.
    qin = _official(seeded, "Qin Gang")
    titles = [p["title"] for p in qin["positions"]]
    assert "Foreign Minister" in titles and "State Councilor" in titles
    assert {s["id"] for s in qin["sources"]} == {SEED_SOURCE, "second-article"}
    quoted = seeded(
        "sql",
        "SELECT DISTINCT source_id FROM evidence WHERE official_id = 'qin-gang' ORDER BY 1",
        "--format",
        "csv",
    )
    assert quoted.stdout.split()[1:] == [SEED_SOURCE, "second-article"]


def test_the_latest_published_source_sets_the_status(seeded, tmp_path):
    assert _timeline(seeded, TALKS)["status"] == "planned"
    assert seeded("ingest", str(_b_document(tmp_path))).exit_code == 0
    assert _timeline(seeded, TALKS)["status"] == "held"
    said = seeded(
        "sql",
        f"SELECT source_id, value FROM statement_values WHERE record_id = '{TALKS}' "
        "AND field = 'status' ORDER BY source_id",
        "--format",
        "csv",
    )
    assert said.stdout.splitlines()[1:] == [f"{SEED_SOURCE},planned", "second-article,held"]


def test_the_most_precise_date_wins_whoever_gave_it(seeded, tmp_path):
    vague = {
        "source": {"id": "vague-source", "title": "Later", "published": "2023-07-01"},
        "meetings": [{"id": TALKS, "title": "Talks in June", "date": "2023-06"}],
    }
    (tmp_path / "vague.yaml").write_text(yaml.safe_dump(vague))
    assert seeded("ingest", str(tmp_path / "vague.yaml")).exit_code == 0
    talks = _timeline(seeded, TALKS)
    assert talks["date"] == "2023-06-18" and talks["date_text"] == "on Sunday"


def test_re_ingesting_a_corrected_document_replaces_that_sources_statements(seeded, tmp_path):
    assert seeded("ingest", str(_b_document(tmp_path))).exit_code == 0
    # The wire corrects itself: Qin Gang without a post, the talks without a status.
    doc = yaml.safe_load((tmp_path / "b.yaml").read_text())
    doc["officials"][0]["positions"] = []
    del doc["meetings"][0]["status"]
    doc["meetings"][0]["title"] = "Blinken and Qin Gang talk"
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    result = seeded("ingest", str(tmp_path / "b.yaml"))
    assert result.exit_code == 0, result.output
    qin = _official(seeded, "Qin Gang")
    titles = [p["title"] for p in qin["positions"]]
    assert "State Councilor" not in titles and "Foreign Minister" in titles  # the seed's stays
    talks = _timeline(seeded, TALKS)
    assert talks["title"] == "Blinken and Qin Gang talk"
    # The wire no longer states a status (the model's default is no claim): the seed's stays,
    # as a field removed from a corrected document does (docs/statements.md).
    assert talks["status"] == "planned"


def test_retract_takes_back_exactly_what_the_source_added(seeded, tmp_path):
    before = _export(seeded)
    assert seeded("ingest", str(_b_document(tmp_path))).exit_code == 0
    assert _export(seeded) != before
    # Without --yes it asks; saying no changes nothing.
    refused = seeded("retract", "second-article", input="n\n")
    assert refused.exit_code == 1
    assert "2023-06-19-b-only-meeting" in refused.stderr and TALKS in refused.stderr
    assert "second-article" in _export(seeded)
    done = seeded("retract", "second-article", "--yes")
    assert done.exit_code == 0, done.output
    assert _export(seeded) == before
    unknown = seeded("retract", "no-such-source", "--yes")
    assert unknown.exit_code == 2 and "no source with id 'no-such-source'" in unknown.stderr


def test_retract_refuses_to_remove_an_official_another_source_names(seeded, tmp_path):
    doc = {
        "source": {"id": "only-official", "title": "Profile"},
        "officials": [{"id": "new-envoy", "name": "New Envoy", "country": "US"}],
    }
    (tmp_path / "o.yaml").write_text(yaml.safe_dump(doc))
    other = {
        "meetings": [
            {"id": "curated-envoy-meeting", "title": "Envoy meets", "participants": [{"official": "new-envoy"}]}
        ]
    }
    (tmp_path / "m.yaml").write_text(yaml.safe_dump(other))
    assert seeded("ingest", str(tmp_path / "o.yaml"), str(tmp_path / "m.yaml")).exit_code == 0
    refused = seeded("retract", "only-official", "--yes")
    assert refused.exit_code == 2
    assert "'new-envoy' is named by event 'curated-envoy-meeting'" in refused.stderr
    assert "new-envoy" in _export(seeded)
    assert seeded("delete", "curated-envoy-meeting", "--yes").exit_code == 0
    assert seeded("retract", "only-official", "--yes").exit_code == 0
    assert "new-envoy" not in _export(seeded)


def test_delete_removes_records_with_every_statement_and_asks_first(seeded, tmp_path):
    assert seeded("ingest", str(_b_document(tmp_path))).exit_code == 0
    asked = seeded("delete", TALKS, input="n\n")
    assert asked.exit_code == 1 and TALKS in _export(seeded)
    # No answer at all (a script without --yes, its input closed) is no, said as plainly.
    for command in (("delete", TALKS), ("retract", "second-article")):
        unanswered = seeded(*command, input="")
        assert unanswered.exit_code == 1
        assert unanswered.stderr.splitlines()[-1] == "nothing was changed", unanswered.stderr
        assert "Aborted" not in unanswered.stderr
    assert TALKS in _export(seeded)
    done = seeded("delete", TALKS, "--yes")
    assert done.exit_code == 0, done.output
    exported = _export(seeded)
    assert TALKS not in exported
    assert seeded("delete", "qin-gang", "--yes").exit_code == 2  # still named by other events
    assert seeded("delete", "no-such-id", "--yes").exit_code == 2


def test_export_by_source_is_what_that_source_stated(seeded, tmp_path):
    assert seeded("ingest", str(_b_document(tmp_path))).exit_code == 0
    lines = [json.loads(line) for line in _export(seeded, "--source", "second-article").splitlines()]
    kinds = [(r["type"], r.get("id", r.get("from"))) for r in lines]
    assert kinds == [
        ("source", "second-article"),
        ("official", "qin-gang"),
        ("meeting", TALKS),
        ("meeting", "2023-06-19-b-only-meeting"),
        ("link", "2023-06-19-b-only-meeting"),
    ]
    talks = lines[2]
    assert talks["title"] == "Blinken and Qin Gang hold talks" and talks["status"] == "held"
    assert seeded("export", "--format", "csv", "--source", "second-article").exit_code == 2


def test_timeline_csv_ingested_back_changes_nothing(seeded, tmp_path):
    target = tmp_path / "all.csv"
    assert seeded("timeline", "--format", "csv", "-o", str(target)).exit_code == 0
    before = _export(seeded)
    result = seeded("ingest", str(target))
    assert result.exit_code == 0, result.output
    counts = re.findall(r"(\d+) (new|updated|unchanged)", result.output)
    assert {n for n, what in counts if what != "unchanged"} == {"0"}
    assert _export(seeded) == before


def test_timeline_csv_into_an_empty_database_says_what_to_load_first(seeded, run, tmp_path, sqlite_url):
    target = tmp_path / "all.csv"
    assert seeded("timeline", "--format", "csv", "-o", str(target)).exit_code == 0
    empty = sqlite_url.replace("relations.db", "empty.db")
    result = seeded("ingest", str(target), db=empty)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert f"no source with id '{SEED_SOURCE}': load the sources first" in errors[0]


def test_a_csv_row_sets_its_columns_and_erases_nothing(seeded, tmp_path):
    target = tmp_path / "all.csv"
    assert seeded("timeline", "--format", "csv", "-o", str(target)).exit_code == 0
    text = target.read_text()
    assert ",Blinken visits Beijing," in text
    target.write_text(text.replace(",Blinken visits Beijing,", ",Blinken visits Beijing for talks,"))
    first = seeded("ingest", str(target))
    assert first.exit_code == 0, first.output
    visit = _timeline(seeded, "2023-06-18-blinken-beijing-visit")
    assert visit["title"] == "Blinken visits Beijing for talks"
    assert visit["participants"] == [{"name": "Antony Blinken", "country": "US", "role": "traveler"}]
    evidence = seeded(
        "sql",
        "SELECT count(*) AS n FROM evidence WHERE event_id = '2023-06-18-blinken-beijing-visit'",
        "--format",
        "csv",
    )
    assert int(evidence.stdout.splitlines()[1]) > 0
    again = seeded("ingest", str(target))
    assert re.findall(r"(\d+) updated", again.output) == ["0"] * 4
    # The edit is the user's (curated), not the article's.
    assert "for talks" not in _export(seeded, "--source", SEED_SOURCE)


def test_extracting_the_seed_article_into_the_seed_database_keeps_the_documents_facts(seeded):
    before = _export(seeded, "--source", SEED_SOURCE)
    events_before = json.loads(seeded("timeline", "--format", "json").stdout)
    first = seeded(
        "extract", str(SEED_ARTICLE), "--published", "2023-06-17", "--publisher", "CNN", "--ingest"
    )
    assert first.exit_code == 0, first.output
    events_after = json.loads(seeded("timeline", "--format", "json").stdout)
    assert len(events_after) - len(events_before) <= 3
    assert _export(seeded, "--source", SEED_SOURCE) == before
    kept = {"title", "date", "status", "visibility", "location", "date_text"}
    after = {e["id"]: e for e in events_after}
    for event in events_before:
        assert {k: event[k] for k in kept} == {k: after[event["id"]][k] for k in kept}
    who = seeded("who", "Leader", "--country", "CN", "--on", "2023-06-18")
    assert "Xi Jinping" in who.stdout
    # The same article again: every record unchanged.
    second = seeded(
        "extract", str(SEED_ARTICLE), "--published", "2023-06-17", "--publisher", "CNN", "--ingest"
    )
    assert second.exit_code == 0, second.output
    changed = re.findall(r"(\d+) (?:new|updated)", second.output)
    assert set(changed) == {"0"}, second.output


def test_export_of_unsourced_and_multi_source_records_round_trips(seeded, tmp_path, sqlite_url):
    curated = {"meetings": [{"id": "curated-meeting", "title": "A meeting nobody sourced", "date": "2020"}]}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(curated))
    assert seeded("ingest", str(tmp_path / "c.yaml"), str(_b_document(tmp_path))).exit_code == 0
    for fmt in ("jsonl", "yaml", "json"):
        out = seeded("export", "--format", fmt)
        assert out.exit_code == 0, out.output
        path = tmp_path / f"all.{fmt}"
        path.write_text(out.stdout)
        empty = sqlite_url.replace("relations.db", f"{fmt}.db")
        loaded = seeded("ingest", str(path), db=empty)
        assert loaded.exit_code == 0, loaded.output
        assert seeded("export", "--format", fmt, db=empty).stdout == out.stdout
        meeting = _timeline(lambda *a, db=empty: seeded(*a, db=db), "curated-meeting")
        assert meeting["sources"] == []  # still unsourced


def test_ingest_merge_joins_a_report_under_another_id(seeded, tmp_path):
    doc = {
        "source": {"id": "wire-2", "title": "Wire", "published": "2023-06-19"},
        "meetings": [
            {
                "id": "wire-blinken-qin-dinner",
                "title": "Dinner between Blinken and Qin Gang",
                "date": "2023-06-18",
                "format": "dinner",
                "status": "held",
                "participants": [{"official": "antony-blinken"}, {"description": "Chinese foreign minister", "country": "CN"}],
            }
        ],
    }
    (tmp_path / "w.yaml").write_text(yaml.safe_dump(doc))
    before = len(json.loads(seeded("timeline", "--format", "json").stdout))
    result = seeded("ingest", "--merge", str(tmp_path / "w.yaml"))
    assert result.exit_code == 0, result.output
    assert "1 merged" in result.output
    assert len(json.loads(seeded("timeline", "--format", "json").stdout)) == before
    dinner = _timeline(seeded, "2023-06-18-blinken-qin-gang-dinner")
    assert dinner["status"] == "held" and "wire-2" in dinner["sources"]
    names = {p["name"] for p in dinner["participants"]}
    assert names == {"Antony Blinken", "Qin Gang"}  # the description stood for Qin Gang
    again = seeded("ingest", "--merge", str(tmp_path / "w.yaml"))
    assert "0 new, 0 updated, 1 unchanged" in again.output


def test_ingest_reads_standard_input(run, tmp_path):
    lines = '{"type": "meeting", "id": "m1", "title": "From a pipe", "date": "2024"}\n'
    result = run("ingest", "-", input=lines)
    assert result.exit_code == 0, result.output
    bad = run("ingest", "-", input='{"type": "meeting", "id": "m2"}\n')
    assert bad.exit_code == 2 and "<stdin>:1: record m2: title: required field is missing" in bad.stderr


def test_the_readme_example_of_a_second_source(seeded, tmp_path):
    """README, "Several sources": the readout is kept beside the article and retracted."""
    example = SEEDS.parent / "docs" / "examples" / "second-source.yaml"
    before = _export(seeded)
    cnn = _export(seeded, "--source", SEED_SOURCE)
    assert seeded("ingest", str(example)).exit_code == 0
    talks = _timeline(seeded, TALKS)
    assert talks["status"] == "held" and talks["title"] == "Blinken meets Qin Gang in Beijing"
    assert _export(seeded, "--source", SEED_SOURCE) == cnn
    shown = seeded("event", TALKS, "--format", "json")
    assert shown.exit_code == 0 and "readout-2023-06-18-blinken-qin-gang" in shown.stdout
    assert seeded("retract", "readout-2023-06-18-blinken-qin-gang", "--yes").exit_code == 0
    assert _export(seeded) == before


def test_an_invalid_record_reports_an_unknown_official_in_the_same_run(run, tmp_path):
    doc = tmp_path / "four.yaml"
    doc.write_text(
        "meetings:\n"
        "  - id: m1\n"
        "    title: Four problems\n"
        "    date: 2023-13-45\n"
        "    status: happening\n"
        "    colour: blue\n"
        "    participants: [{official: nobody-here}]\n"
    )
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    fields = [line.split(": record m1: ")[1].split(":")[0] for line in errors]
    assert fields == ["date", "status", "colour", "participants[0].official"]
    assert "no official with id 'nobody-here'" in errors[-1]


def test_a_source_that_gives_no_status_or_visibility_changes_neither(seeded, tmp_path, sqlite_url):
    # A later recap mentions the seed's planned talks and secret trip, and a curated record,
    # without a word on status or visibility: what the others said stays what they said.
    curated = {
        "meetings": [
            {"id": "curated-call", "title": "A call", "status": "cancelled", "visibility": "low-key"}
        ]
    }
    recap = {
        "source": {"id": "agency-recap", "title": "Recap", "published": "2023-07-01"},
        "meetings": [
            {"id": TALKS, "title": "Blinken and Qin Gang talks"},
            {"id": "curated-call", "title": "A call about the trip"},
        ],
        "visits": [{"id": "2023-05-burns-beijing-secret-trip", "title": "Burns in Beijing"}],
    }
    (tmp_path / "curated.yaml").write_text(yaml.safe_dump(curated))
    (tmp_path / "recap.yaml").write_text(yaml.safe_dump(recap))
    assert seeded("ingest", str(tmp_path / "curated.yaml")).exit_code == 0
    result = seeded("ingest", str(tmp_path / "recap.yaml"))
    assert result.exit_code == 0, result.output
    assert "merged" in result.output
    talks = _timeline(seeded, TALKS)
    assert (talks["status"], talks["visibility"]) == ("planned", "public")
    trip = _timeline(seeded, "2023-05-burns-beijing-secret-trip")
    assert (trip["status"], trip["visibility"]) == ("held", "secret")
    call = _timeline(seeded, "curated-call")
    assert (call["status"], call["visibility"]) == ("cancelled", "low-key")
    # The recap is not made to say what it did not say.
    said = seeded("export", "--source", "agency-recap", "--format", "yaml")
    assert "status" not in said.stdout and "visibility" not in said.stdout, said.stdout
    again = seeded("ingest", str(tmp_path / "recap.yaml"))
    assert re.findall(r"(\d+) (?:new|updated)", again.output) == ["0"] * 6, again.output
    # The whole export reads back into an empty database as the same file.
    out = seeded("export", "--format", "jsonl")
    (tmp_path / "all.jsonl").write_text(out.stdout)
    empty = sqlite_url.replace("relations.db", "copy.db")
    assert seeded("ingest", str(tmp_path / "all.jsonl"), db=empty).exit_code == 0
    assert seeded("export", "--format", "jsonl", db=empty).stdout == out.stdout
    copied = _timeline(lambda *a: seeded(*a, db=empty), "2023-05-burns-beijing-secret-trip")
    assert copied["visibility"] == "secret"


def test_extracting_under_the_id_of_a_documented_source_is_refused(seeded):
    # One origin keeps one statement of a record: the extracted records would replace the
    # seed document's (its source's title, its officials' aliases, a visit), so say so.
    before = _export(seeded)
    result = seeded(
        "extract", str(SEED_ARTICLE), "--published", "2023-06-17", "--source-id", SEED_SOURCE,
        "--ingest",
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {SEED_ARTICLE}: --source-id: source '{SEED_SOURCE}' was loaded from a record "
        "document; extracted records would replace that document's: give the article its own "
        "--source-id"
    ]
    assert _export(seeded) == before

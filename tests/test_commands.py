"""The commands analysts reach for (`sources`, `event ID`, `stats`) in every format, and
the errors and options around them: migrations by relative revision, country names,
`evaluate` and `extract` mistakes as one line with exit 2."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from relations_db.cli import cli
from relations_db.countries import normalize_country

FORMATS = ("table", "csv", "json", "jsonl")
TALKS = "2023-06-18-blinken-qin-gang-talks"


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- sources ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_list_publisher_date_and_what_each_states(seeded_readonly, fmt):
    result = seeded_readonly("sources", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert result.output.split()[:4] == ["ID", "PUBLISHED", "PUBLISHER", "EVENTS"]
        assert "cnn-2023-06-17-blinken-beijing  2023-06-17  CNN" in result.output
        return
    if fmt == "csv":
        [row] = csv_rows(result.output)
    elif fmt == "json":
        [row] = json.loads(result.output)
    else:
        [row] = [json.loads(line) for line in result.output.splitlines()]
    assert (row["id"], row["publisher"], row["published"]) == (
        "cnn-2023-06-17-blinken-beijing",
        "CNN",
        "2023-06-17",
    )
    assert (int(row["events"]), int(row["officials"])) == (15, 10)
    assert int(row["quotes"]) > 15


# --- event ID ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_event_shows_fields_people_evidence_and_links(seeded_readonly, fmt):
    result = seeded_readonly("event", TALKS, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        text = result.output
        assert text.startswith("Blinken meets Qin Gang with his traveling delegation\n")
        assert "guest        Antony Blinken (US)  [antony-blinken]" in text
        assert '[497:583] "He will meet Chinese Foreign Minister Qin Gang' in text
        assert "part-of ->           2023-06-18-blinken-beijing-visit" in text
        return
    if fmt == "csv":
        rows = {(r["section"], r["field"]): r["value"] for r in csv_rows(result.output)}
        assert rows[("event", "format")] == "talks"
        assert rows[("participant", "host")] == "Qin Gang (CN) [qin-gang]"
        assert rows[("link", "part-of ->")].startswith("2023-06-18-blinken-beijing-visit")
        return
    detail = json.loads(result.output)
    assert (detail["id"], detail["kind"], detail["format"]) == (TALKS, "meeting", "talks")
    assert {(p["official"], p["role"]) for p in detail["participants"]} == {
        ("antony-blinken", "guest"),
        ("qin-gang", "host"),
    }
    [source] = detail["sources"]
    assert source["id"] == "cnn-2023-06-17-blinken-beijing"
    assert source["quotes"][0]["start"] == 497
    assert detail["links"] == [
        {
            "direction": "to",
            "relation": "part-of",
            "event": "2023-06-18-blinken-beijing-visit",
            "title": "Blinken visits Beijing",
        }
    ]
    if fmt == "jsonl":
        assert len(result.output.splitlines()) == 1


def test_event_links_show_both_ways(seeded_readonly):
    visit = json.loads(
        seeded_readonly("event", "2023-06-18-blinken-beijing-visit", "--format", "json").output
    )
    incoming = {(link["direction"], link["event"]) for link in visit["links"]}
    assert ("from", TALKS) in incoming


def test_event_unknown_id_suggests_close_ids(seeded_readonly):
    result = seeded_readonly("event", "2023-06-18-blinken-qin-gang-talk")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no event with id '2023-06-18-blinken-qin-gang-talk'")
    assert TALKS in result.stderr


# --- stats ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_stats_count_by_kind_status_country_and_year(seeded_readonly, fmt):
    result = seeded_readonly("stats", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert result.output.startswith("15 events, 1 sources, 10 officials\n")
        assert "dates from 2022-09-01 to 2023-06-30" in result.output
        return
    if fmt == "json":
        stats = json.loads(result.output)
        assert stats["by_kind"] == {"incident": 2, "meeting": 8, "sanction": 1, "visit": 4}
        assert stats["by_year"] == {"undated": 5, "2022": 1, "2023": 9}
        assert list(stats["by_year"]) == ["2022", "2023", "undated"]  # as on PostgreSQL
        assert (stats["first_date"], stats["last_date"]) == ("2022-09-01", "2023-06-30")
        assert stats["by_country"]["CN"] == 15
        return
    rows = (
        csv_rows(result.output)
        if fmt == "csv"
        else [json.loads(line) for line in result.output.splitlines()]
    )
    counts = {(r["group"], r["value"]): str(r["count"]) for r in rows}
    assert counts[("total", "events")] == "15"
    assert counts[("kind", "meeting")] == "8"
    assert counts[("status", "held")] == "8"
    assert counts[("year", "2023")] == "9"
    assert counts[("country", "US")] == "15"


# --- migrations -------------------------------------------------------------------------


def test_db_downgrade_takes_relative_revisions_and_asks_before_dropping_rows(seeded):
    current = seeded("db", "current").output.split()[0]
    # Not on a terminal and without --yes: refused, with what would go and how to back up.
    refused = seeded("db", "downgrade", "base")
    assert refused.exit_code == 2
    assert "table events (15 rows)" in refused.stderr
    assert "relations-db export --format jsonl" in refused.stderr
    assert seeded("db", "current").output.split()[0] == current
    assert seeded("timeline", "--format", "csv").output.count("\n") == 16
    # One step back by a relative revision, and forward again.
    back = seeded("db", "downgrade", "-1", "--yes")
    assert back.exit_code == 0, back.output
    assert back.output.strip().endswith(f"{current} -> {int(current) - 1:04d}")
    assert seeded("db", "upgrade", "+1").exit_code == 0
    assert seeded("db", "current").output.split()[0] == current
    assert seeded("timeline", "--format", "csv").output.count("\n") == 16


def test_db_upgrade_to_an_unknown_revision_is_one_line_exit_2(seeded):
    result = seeded("db", "upgrade", "9999")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: REVISION: Can't locate revision identified by '9999' "
        "(`relations-db db history` lists the revisions)"
    ]


# --- country names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,code",
    [
        ("ROK", "KR"),
        ("Republic of Korea", "KR"),
        ("DPRK", "KP"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("the United States", "US"),
        ("PRC", "CN"),
        ("People’s Republic of China", "CN"),
        ("U.K.", "GB"),
        ("UAE", "AE"),
        # pycountry lists these names turned round ("Congo, The Democratic Republic of the")
        ("the Democratic Republic of the Congo", "CD"),
        ("DR Congo", "CD"),
        ("Republic of the Congo", "CG"),
        ("Islamic Republic of Iran", "IR"),
        ("Plurinational State of Bolivia", "BO"),
        ("British Virgin Islands", "VG"),
    ],
)
def test_common_country_forms_are_understood(name, code):
    assert normalize_country(name) == code


def test_an_unknown_country_suggests_the_closest(seeded_readonly):
    result = seeded_readonly("timeline", "--country", "Chna")
    assert result.exit_code == 2
    assert "did you mean China" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_country_forms_work_as_options(seeded_readonly):
    rows = csv_rows(seeded_readonly("officials", "--country", "PRC", "--format", "csv").output)
    assert {r["country"] for r in rows} == {"CN"}
    us = csv_rows(seeded_readonly("officials", "--country", "U.S.", "--format", "csv").output)
    assert len(us) == 6


# --- evaluate and extract: one line, exit 2 ---------------------------------------------


@pytest.fixture
def gold_folder(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    shutil.copy(SEEDS / "blinken-beijing-2023-06-17.txt", folder)
    return folder


def _evaluate(*args):
    return CliRunner().invoke(cli, ["evaluate", *args], catch_exceptions=False)


def _one_error(result, *needles):
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Error" not in lines[0].split(":")[1]
    for needle in needles:
        assert needle in lines[0]


def test_evaluate_gold_without_text_file_is_one_line(gold_folder):
    gold = gold_folder / "a.gold.yaml"
    gold.write_text("source: {id: a}\nmeetings: []\n", encoding="utf-8")
    _one_error(_evaluate(str(gold)), str(gold), "source.text_file")


def test_evaluate_a_text_file_is_one_line(gold_folder):
    _one_error(
        _evaluate(str(gold_folder / "blinken-beijing-2023-06-17.txt")), "not a record document"
    )


def test_evaluate_bad_yaml_is_one_line_with_the_line(gold_folder):
    gold = gold_folder / "bad.gold.yaml"
    gold.write_text("source:\n  id: a\n  text_file: [unclosed\n", encoding="utf-8")
    _one_error(_evaluate(str(gold)), "invalid YAML", f"{gold}:")


def test_evaluate_reads_text_only_inside_the_gold_folder(gold_folder, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Blinken meets Qin Gang on Sunday.", encoding="utf-8")
    gold = gold_folder / "escape.gold.yaml"
    gold.write_text("source:\n  id: a\n  text_file: ../secret.txt\n", encoding="utf-8")
    _one_error(_evaluate(str(gold)), "inside the gold document's folder", f"{gold}:3")


def test_evaluate_uses_ingests_safe_loader(gold_folder):
    gold = gold_folder / "tagged.gold.yaml"
    gold.write_text(
        "source: &s\n  id: a\n  text_file: blinken-beijing-2023-06-17.txt\nother: *s\n",
        encoding="utf-8",
    )
    _one_error(_evaluate(str(gold)), "aliases")


def test_evaluate_refuses_a_predicted_file_with_invalid_records(gold_folder):
    gold = gold_folder / "g.gold.yaml"
    shutil.copy(SEEDS / "blinken-beijing-2023-06-17.yaml", gold)
    predicted = gold_folder / "predicted.yaml"
    predicted.write_text("meetings:\n  - {id: Bad Id, title: x, date: 2023-02-30}\n", "utf-8")
    result = _evaluate(str(gold), "--predicted", str(predicted))
    assert result.exit_code == 2
    assert "nothing was written" not in result.stdout
    assert "record" in result.stderr and "id" in result.stderr
    assert "| " not in result.stdout  # no score table


def test_evaluate_still_scores_a_valid_gold(gold_folder):
    gold = gold_folder / "g.gold.yaml"
    shutil.copy(SEEDS / "blinken-beijing-2023-06-17.yaml", gold)
    result = _evaluate(str(gold), "--predicted", str(gold), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["all"]["events"]["f1"] == 1.0


def test_extract_missing_article_exits_2_like_ingest(run, tmp_path):
    _one_error(run("extract", str(tmp_path / "nope.txt")), "nope.txt", "cannot read")


def test_extract_published_suggests_the_form_it_takes(run):
    article = SEEDS / "blinken-beijing-2023-06-17.txt"
    result = run("extract", str(article), "--published", "March 15, 2024")
    _one_error(result, "--published", "write YYYY-MM-DD", "2024-03-15")
    assert "YYYY-MM or" not in result.stderr


def test_extract_bad_source_id_names_the_option_not_a_temporary_file(run):
    article = SEEDS / "blinken-beijing-2023-06-17.txt"
    result = run("extract", str(article), "--source-id", "Bad Id", "--ingest")
    _one_error(result, "--source-id", "'Bad Id'")
    assert "/tmp" not in result.stderr


def test_event_claims_show_what_each_source_said_where_they_differ(seeded, tmp_path):
    second = tmp_path / "second.yaml"
    second.write_text(
        "source: {id: reuters-2023-06-19, publisher: Reuters, published: 2023-06-19}\n"
        "meetings:\n"
        f"  - {{id: {TALKS}, title: Blinken and Qin Gang hold talks, date: 2023-06-18,"
        " status: held, participants: [{official: antony-blinken, role: guest},"
        " {official: qin-gang, role: host}]}\n",
        encoding="utf-8",
    )
    assert seeded("ingest", str(second)).exit_code == 0
    detail = json.loads(seeded("event", TALKS, "--format", "json").output)
    assert [s["id"] for s in detail["sources"]] == [
        "cnn-2023-06-17-blinken-beijing",
        "reuters-2023-06-19",
    ]
    claims = detail["claims"]
    said = {(c["source"], c["field"]): c["value"] for c in claims}
    assert said[("reuters-2023-06-19", "status")] == "held"
    assert said[("cnn-2023-06-17-blinken-beijing", "status")] == "planned"
    assert said[("reuters-2023-06-19", "title")] == "Blinken and Qin Gang hold talks"
    table = seeded("event", TALKS, "--format", "table").output
    assert "reuters-2023-06-19: status = held" in table


def test_event_claims_leave_out_values_the_sources_agree_on(seeded, tmp_path):
    """A second source restating a seed meeting with the same date, place and people (in
    another order), silent on its date_text, format and visibility: only status and title
    differ, and nothing the two agree on or one leaves unsaid is listed as differing."""
    second = tmp_path / "second.yaml"
    second.write_text(
        "source: {id: reuters-2023-06-19, publisher: Reuters, published: 2023-06-19}\n"
        "meetings:\n"
        f"  - {{id: {TALKS}, title: Blinken and Qin Gang hold talks, date: 2023-06-18,"
        " location: {place: Beijing, country: CN}, status: held,"
        " participants: [{official: qin-gang, role: host},"
        " {official: antony-blinken, role: guest}]}\n",
        encoding="utf-8",
    )
    assert seeded("ingest", str(second)).exit_code == 0
    detail = json.loads(seeded("event", TALKS, "--format", "json").output)
    cnn, cnn_title = "cnn-2023-06-17-blinken-beijing", SEED_TALKS_TITLE
    assert sorted((c["field"], c["source"], c["value"]) for c in detail["claims"]) == [
        ("status", cnn, "planned"),
        ("status", "reuters-2023-06-19", "held"),
        ("title", cnn, cnn_title),
        ("title", "reuters-2023-06-19", "Blinken and Qin Gang hold talks"),
    ]
    table = seeded("event", TALKS, "--format", "table").output
    assert "where they differ (4)" in table
    for field in ("date", "location", "visibility", "date_text", "format", "participants"):
        assert f": {field} = " not in table


SEED_TALKS_TITLE = "Blinken meets Qin Gang with his traveling delegation"


def test_extract_format_with_ingest_is_a_usage_error_naming_both(run, db_url):
    """--ingest prints no document: a --format beside it would be ignored, so it is refused
    (exit 2, nothing stored); --format has a help line."""
    article = SEEDS / "blinken-beijing-2023-06-17.txt"
    result = run("extract", str(article), "--published", "2023-06-17", "--ingest",
                 "--format", "json")
    assert result.exit_code == 2
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("Error: ") and "--format" in error and "--ingest" in error
    assert result.stdout == ""
    assert run("timeline", "--format", "csv").exit_code == 1  # no database was made
    stored = run("extract", str(article), "--published", "2023-06-17", "--ingest")
    assert stored.exit_code == 0, stored.output
    assert stored.stdout.startswith("1 article: sources 1 new") and stored.stdout.count("\n") == 1
    helps = run("extract", "--help").stdout
    line = next(x for x in helps.splitlines() if x.strip().startswith("--format"))
    assert "How to print the draft document" in line

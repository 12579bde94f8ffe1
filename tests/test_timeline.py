"""`timeline` over the bundled seed data: columns, order, filters and formats (both backends)."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest
import yaml
from conftest import SEEDS

from relations_db.output.formats import inert

SEED_FILE = "blinken-beijing-2023-06-17.yaml"
SOURCE = "cnn-2023-06-17-blinken-beijing"

COLUMNS = [
    "id",
    "kind",
    "date",
    "start",
    "end",
    "precision",
    "date_text",
    "title",
    "status",
    "visibility",
    "participants",
    "countries",
    "location",
    "sources",
]

# The ten dated seed events, oldest first by start, then end (equal spans: by id).
DATED = [
    "2022-biden-xi-bali-summit",  # 2022-09-01..2022-12-31
    "2023-02-blinken-china-visit",  # 2023-02-01..2023-02-28
    "2023-02-chinese-spy-balloon",  # 2023-02-01..2023-02-28
    "2023-05-burns-beijing-secret-trip",  # 2023-05-01..2023-05-31
    "2023-06-li-shangfu-declines-austin-meeting",  # 2023-06-01..2023-06-30
    "2023-06-18-blinken-qin-gang-dinner",  # 2023-06-18
    "2023-06-18-blinken-qin-gang-smaller-meeting",  # 2023-06-18
    "2023-06-18-blinken-qin-gang-talks",  # 2023-06-18
    "2023-06-18-blinken-beijing-visit",  # 2023-06-18..2023-06-19
    "2023-06-blinken-xi-jinping-meeting",  # 2023-06-18..2023-06-19
]
UNDATED = {
    "south-china-sea-naval-air-confrontations",
    "sullivan-chinese-counterpart-vienna",
    "us-sanctions-li-shangfu",
    "wang-wentao-us-officials-meetings",
    "wang-wentao-us-visit",
}
ALL = set(DATED) | UNDATED
JUNE_2023 = DATED[4:]
QIN_GANG_MEETINGS = [
    "2023-06-18-blinken-qin-gang-dinner",
    "2023-06-18-blinken-qin-gang-smaller-meeting",
    "2023-06-18-blinken-qin-gang-talks",
]
BLINKEN_EVENTS = [
    "2023-02-blinken-china-visit",
    *QIN_GANG_MEETINGS,
    "2023-06-18-blinken-beijing-visit",
    "2023-06-blinken-xi-jinping-meeting",
]


def ok(result):
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr}"
    return result


def csv_rows(run, *args) -> list[dict]:
    result = ok(run("timeline", "--format", "csv", *args))
    return list(csv.DictReader(io.StringIO(result.stdout)))


def ids(run, *args) -> list[str]:
    return [row["id"] for row in csv_rows(run, *args)]


def json_rows(run, *args) -> list[dict]:
    return json.loads(ok(run("timeline", "--format", "json", *args)).stdout)


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {row["id"]: row for row in rows}


# --- CSV shape and order ---------------------------------------------------------------


def test_csv_header_is_exactly_the_contract_columns_in_order(seeded):
    result = ok(seeded("timeline", "--format", "csv"))
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == COLUMNS


def test_csv_is_the_default_format_when_not_on_a_terminal(seeded):
    result = ok(seeded("timeline"))
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == COLUMNS
    assert len(rows) == 16


def test_every_seed_event_is_one_row(seeded):
    found = ids(seeded)
    assert len(found) == 15
    assert set(found) == ALL


def test_dated_events_come_oldest_first_by_start_then_end_and_undated_last(seeded):
    rows = csv_rows(seeded)
    assert [row["id"] for row in rows[:10]] == DATED
    assert {row["id"] for row in rows[10:]} == UNDATED
    spans = [(row["start"], row["end"]) for row in rows[:10]]
    assert spans == sorted(spans)
    assert all(row["start"] == "" and row["end"] == "" for row in rows[10:])


def test_reverse_puts_newest_dated_events_first_and_keeps_undated_last(seeded):
    forward = ids(seeded)
    backward = ids(seeded, "--reverse")
    assert backward[:10] == list(reversed(DATED))
    assert set(backward[10:]) == UNDATED
    assert sorted(backward) == sorted(forward)


def test_limit_keeps_the_first_events_in_timeline_order(seeded):
    assert ids(seeded, "--limit", "3") == DATED[:3]
    assert ids(seeded, "--limit", "3", "--reverse") == list(reversed(DATED))[:3]
    # 0 is no limit, as `sql --max-rows 0` and `--timeout 0` are.
    assert ids(seeded, "--limit", "0") == ids(seeded)


def test_csv_cells_follow_the_contract_formats(seeded):
    rows = by_id(csv_rows(seeded))
    vienna = rows["sullivan-chinese-counterpart-vienna"]
    assert vienna["participants"] == "Jake Sullivan (US); Chinese counterpart (CN)"
    assert vienna["countries"] == "AT;CN;US"
    assert vienna["location"] == "Vienna, AT"
    assert vienna["sources"] == SOURCE
    assert vienna["date"] == "" and vienna["precision"] == "unknown"
    assert vienna["date_text"] == "recently"
    assert vienna["visibility"] == "low-key"
    bali = rows["2022-biden-xi-bali-summit"]
    assert bali["participants"] == "Biden (US); Xi Jinping (CN)"
    assert bali["countries"] == "CN;ID;US"
    assert bali["location"] == "Bali, ID"
    assert bali["title"] == "Biden and Xi meet in Bali, Indonesia"
    assert rows["south-china-sea-naval-air-confrontations"]["location"] == "South China Sea"
    assert rows["wang-wentao-us-visit"]["location"] == "US"


# --- dates in the output ----------------------------------------------------------------


def test_month_event_spans_the_whole_month_with_month_precision(seeded):
    row = by_id(csv_rows(seeded))["2023-02-blinken-china-visit"]
    assert (row["date"], row["start"], row["end"], row["precision"]) == (
        "2023-02",
        "2023-02-01",
        "2023-02-28",
        "month",
    )
    assert row["date_text"] == "in February"


def test_interval_event_spans_the_interval_with_range_precision(seeded):
    row = by_id(csv_rows(seeded))["2022-biden-xi-bali-summit"]
    assert (row["date"], row["start"], row["end"], row["precision"]) == (
        "2022-09/2022-12",
        "2022-09-01",
        "2022-12-31",
        "range",
    )


def test_day_and_day_range_events_keep_their_dates(seeded):
    rows = by_id(csv_rows(seeded))
    talks = rows["2023-06-18-blinken-qin-gang-talks"]
    assert (talks["date"], talks["start"], talks["end"], talks["precision"]) == (
        "2023-06-18",
        "2023-06-18",
        "2023-06-18",
        "day",
    )
    visit = rows["2023-06-18-blinken-beijing-visit"]
    assert (visit["date"], visit["start"], visit["end"], visit["precision"]) == (
        "2023-06-18/2023-06-19",
        "2023-06-18",
        "2023-06-19",
        "range",
    )


def test_undated_event_has_null_dates_and_unknown_precision_in_json(seeded):
    row = by_id(json_rows(seeded))["us-sanctions-li-shangfu"]
    assert (row["date"], row["start"], row["end"], row["precision"]) == (
        None,
        None,
        None,
        "unknown",
    )


# --- country, kind, status, visibility ----------------------------------------------------


def test_country_pair_keeps_only_events_involving_both(seeded):
    # Every seed event involves both China and the US.
    assert set(ids(seeded, "--country", "CN", "--country", "US")) == ALL
    assert ids(seeded, "--country", "CN", "--country", "AT") == [
        "sullivan-chinese-counterpart-vienna"
    ]
    # Austria and Indonesia each have one event, but none has both.
    assert ids(seeded, "--country", "AT", "--country", "ID") == []


def test_single_country_keeps_only_events_involving_it(seeded):
    assert ids(seeded, "--country", "AT") == ["sullivan-chinese-counterpart-vienna"]
    assert ids(seeded, "--country", "ID") == ["2022-biden-xi-bali-summit"]
    assert ids(seeded, "--country", "SG") == ["2023-06-li-shangfu-declines-austin-meeting"]
    assert ids(seeded, "--country", "RU") == []


def test_country_names_and_lowercase_codes_are_accepted(seeded):
    assert ids(seeded, "--country", "Austria") == ["sullivan-chinese-counterpart-vienna"]
    assert ids(seeded, "--country", "at") == ["sullivan-chinese-counterpart-vienna"]
    assert set(ids(seeded, "--country", "China")) == ALL
    assert ids(seeded, "--country", "China", "--country", "Indonesia") == [
        "2022-biden-xi-bali-summit"
    ]


def test_kind_keeps_only_that_kind_and_repeats_as_any_of(seeded):
    visits = [
        "2023-02-blinken-china-visit",
        "2023-05-burns-beijing-secret-trip",
        "2023-06-18-blinken-beijing-visit",
        "wang-wentao-us-visit",
    ]
    assert ids(seeded, "--kind", "visit") == visits
    assert ids(seeded, "--kind", "sanction") == ["us-sanctions-li-shangfu"]
    assert set(ids(seeded, "--kind", "incident")) == {
        "2023-02-chinese-spy-balloon",
        "south-china-sea-naval-air-confrontations",
    }
    assert set(ids(seeded, "--kind", "visit", "--kind", "sanction")) == {
        *visits,
        "us-sanctions-li-shangfu",
    }
    assert len(ids(seeded, "--kind", "meeting")) == 8


def test_status_declined_keeps_only_the_li_shangfu_meeting(seeded):
    assert ids(seeded, "--status", "declined") == ["2023-06-li-shangfu-declines-austin-meeting"]
    assert ids(seeded, "--status", "cancelled") == ["2023-02-blinken-china-visit"]
    assert ids(seeded, "--status", "declined", "--status", "cancelled") == [
        "2023-02-blinken-china-visit",
        "2023-06-li-shangfu-declines-austin-meeting",
    ]
    assert ids(seeded, "--status", "postponed") == []


def test_visibility_keeps_only_events_with_that_visibility(seeded):
    assert ids(seeded, "--visibility", "secret") == ["2023-05-burns-beijing-secret-trip"]
    assert ids(seeded, "--visibility", "low-key") == ["sullivan-chinese-counterpart-vienna"]
    assert len(ids(seeded, "--visibility", "public")) == 13


def test_unknown_kind_is_a_usage_error(seeded):
    result = seeded("timeline", "--kind", "summit")
    assert result.exit_code == 2
    assert result.stdout == ""


# --- dates as filters -------------------------------------------------------------------


def test_since_and_until_one_month_keep_events_overlapping_it_and_drop_undated(seeded):
    found = ids(seeded, "--since", "2023-06", "--until", "2023-06")
    # The month-precision Li Shangfu meeting (2023-06-01..30) overlaps June, as do the days.
    assert found == JUNE_2023
    assert not set(found) & UNDATED


def test_since_year_alone_keeps_events_ending_in_or_after_it(seeded):
    # The Bali summit ends 2022-12-31; undated events have no span to compare.
    assert ids(seeded, "--since", "2023") == DATED[1:]


def test_until_keeps_events_starting_by_the_end_of_the_bound(seeded):
    assert ids(seeded, "--until", "2023-02") == DATED[:3]
    assert ids(seeded, "--until", "2022") == ["2022-biden-xi-bali-summit"]


def test_span_overlap_is_inclusive_at_both_ends(seeded):
    # The Bali summit covers 2022-09-01..2022-12-31.
    assert ids(seeded, "--since", "2022-12-31", "--until", "2022-12-31") == [
        "2022-biden-xi-bali-summit"
    ]
    assert ids(seeded, "--since", "2022-09-01", "--until", "2022-09-01") == [
        "2022-biden-xi-bali-summit"
    ]
    assert ids(seeded, "--since", "2023-01-01", "--until", "2023-01-31") == []
    # A day inside a month-precision event's month finds it.
    assert ids(seeded, "--since", "2023-06-10", "--until", "2023-06-10") == [
        "2023-06-li-shangfu-declines-austin-meeting",
    ]
    # 2023-06-19 is the second day of the two-day visit and possible Xi meeting.
    assert ids(seeded, "--since", "2023-06-19", "--until", "2023-06-19") == [
        "2023-06-li-shangfu-declines-austin-meeting",
        "2023-06-18-blinken-beijing-visit",
        "2023-06-blinken-xi-jinping-meeting",
    ]


def test_invalid_since_month_exits_2_naming_the_option(seeded):
    result = seeded("timeline", "--since", "2023-13")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "--since" in lines[0] and "2023-13" in lines[0]
    assert "Traceback" not in result.stderr


def test_since_after_until_is_a_usage_error_not_the_events_spanning_both(seeded):
    # No day is in 2022-12..2022-10; the Bali summit (2022-09..2022-12) "overlapped" it.
    for command in (("timeline", "--format", "csv"), ("export", "--format", "jsonl")):
        result = seeded(*command, "--since", "2022-12", "--until", "2022-10")
        assert result.exit_code == 2
        assert result.stderr.strip() == "error: --since: 2022-12 is after --until 2022-10"
        assert result.stdout == ""
    assert ids(seeded, "--since", "2022-12-31", "--until", "2022-12") == [
        "2022-biden-xi-bali-summit"
    ]


def test_a_limit_past_what_sql_takes_is_a_usage_error(seeded):
    # It reached the database: "OverflowError: Python int too large ..." (SQLite) or
    # "bigint out of range" (PostgreSQL), exit 1.
    for command in ("timeline", "export"):
        result = seeded(command, "--format", "csv", "--limit", str(2**64))
        assert result.exit_code == 2
        assert "Invalid value for '--limit'" in result.stderr
    assert len(ids(seeded, "--limit", str(2**63 - 1))) == 15


def test_season_is_not_accepted_as_a_since_bound(seeded):
    # The contract: --since/--until take YYYY, YYYY-MM or YYYY-MM-DD only.
    result = seeded("timeline", "--since", "2023-21")
    assert result.exit_code == 2, result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--official", "nobody"),
        ("--since", "2023-13"),
        ("--until", "June"),
        ("--country", "Narnia"),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_bad_filter_value_writes_nothing_to_stdout(seeded, args, fmt):
    # A script reading stdout must not get a header or a lone "[" from a failed command.
    result = seeded("timeline", "--format", fmt, *args)
    assert result.exit_code == 2
    assert result.stdout == ""


# --- officials --------------------------------------------------------------------------


def test_official_by_name_is_case_insensitive(seeded):
    assert ids(seeded, "--official", "qin gang") == QIN_GANG_MEETINGS
    assert ids(seeded, "--official", "QIN GANG") == QIN_GANG_MEETINGS


def test_official_by_alias_and_by_id_find_the_same_events(seeded):
    assert ids(seeded, "--official", "Blinken") == BLINKEN_EVENTS
    assert ids(seeded, "--official", "antony-blinken") == BLINKEN_EVENTS
    assert ids(seeded, "--official", "Antony Blinken") == BLINKEN_EVENTS


def test_repeated_official_keeps_only_events_with_all_of_them(seeded):
    assert ids(seeded, "--official", "Blinken", "--official", "Xi Jinping") == [
        "2023-06-blinken-xi-jinping-meeting",
    ]
    assert ids(seeded, "--official", "Biden", "--official", "Blinken") == []


def test_official_filter_finds_a_sanction_target(seeded):
    assert ids(seeded, "--official", "li-shangfu") == [
        "2023-06-li-shangfu-declines-austin-meeting",
        "us-sanctions-li-shangfu",
    ]


def test_unknown_official_exits_2_with_one_line_error(seeded):
    result = seeded("timeline", "--official", "nobody")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error:")
    assert "nobody" in lines[0]


# --- location, search -------------------------------------------------------------------


def test_location_matches_place_name_case_insensitively(seeded):
    assert ids(seeded, "--location", "Bali") == ["2022-biden-xi-bali-summit"]
    assert ids(seeded, "--location", "bali") == ["2022-biden-xi-bali-summit"]
    assert ids(seeded, "--location", "Vienna") == ["sullivan-chinese-counterpart-vienna"]
    assert ids(seeded, "--location", "Beijing") == [
        "2023-05-burns-beijing-secret-trip",
        *QIN_GANG_MEETINGS,
        "2023-06-18-blinken-beijing-visit",
        "2023-06-blinken-xi-jinping-meeting",
    ]


def test_location_matches_the_place_country(seeded):
    assert set(ids(seeded, "--location", "US")) == {
        "2023-02-chinese-spy-balloon",
        "wang-wentao-us-officials-meetings",
        "wang-wentao-us-visit",
    }


def test_location_given_as_a_code_is_that_country_not_a_piece_of_a_place_name(seeded):
    # No seed event is in India; "in" is a piece of Beijing, Singapore and South China Sea.
    assert ids(seeded, "--location", "IN") == []
    for code in ("USA", "U.S.", "840"):
        assert set(ids(seeded, "--location", code)) == set(ids(seeded, "--location", "US"))
    # A country's name still finds places named after it too.
    assert "south-china-sea-naval-air-confrontations" in ids(seeded, "--location", "China")


def test_search_matches_title_case_insensitively(seeded):
    assert ids(seeded, "--search", "spy balloon") == ["2023-02-chinese-spy-balloon"]
    assert ids(seeded, "--search", "SPY BALLOON") == ["2023-02-chinese-spy-balloon"]


def test_search_matches_text_found_only_in_an_evidence_quote(seeded):
    # Neither title nor summary says this; only the Pentagon quote in the evidence does.
    assert ids(seeded, "--search", "unnecessarily aggressive") == [
        "south-china-sea-naval-air-confrontations"
    ]
    assert ids(seeded, "--search", "on the ground") == ["2023-06-18-blinken-beijing-visit"]


def test_search_matches_text_found_only_in_a_summary(seeded):
    assert ids(seeded, "--search", "intelligence issues") == ["2023-05-burns-beijing-secret-trip"]


def test_search_and_location_ignore_case_in_every_script(run, tmp_path):
    # SQLite's lower() folds ASCII alone: "Лавров" typed as stored found nothing there.
    meeting = {"id": "m-paris", "title": "Talks at the Élysée with Лавров", "date": "2023-08-02"}
    meeting |= {"summary": "ΣΥΝΑΝΤΗΣΗ", "location": {"place": "Élysée Palace", "country": "FR"}}
    sanction = {"id": "s-org", "title": "Listing", "date": "2023", "imposer": "US"}
    sanction["target"] = {"organization": "ÖSTERREICHISCHE Bank"}
    doc = tmp_path / "intl.json"
    doc.write_text(json.dumps({"meetings": [meeting], "sanctions": [sanction]}), encoding="utf-8")
    assert run("ingest", str(doc)).exit_code == 0
    for needle in ("Лавров", "лавров", "ЛАВРОВ", "élysée", "ÉLYSÉE", "συναντηση"):
        assert ids(run, "--search", needle) == ["m-paris"], needle
    assert ids(run, "--location", "élysée palace") == ["m-paris"]
    sanctions = run("sanctions", "--target", "österreichische bank", "--format", "csv")
    assert sanctions.exit_code == 0, sanctions.output
    assert [row["id"] for row in csv.DictReader(io.StringIO(sanctions.stdout))] == ["s-org"]


def test_search_treats_sql_wildcards_literally(seeded):
    assert ids(seeded, "--search", "%") == []
    assert ids(seeded, "--search", "_") == []


def test_filters_combine_as_and(seeded):
    assert ids(seeded, "--official", "Blinken", "--kind", "visit", "--since", "2023-06") == [
        "2023-06-18-blinken-beijing-visit",
    ]


# --- JSON, JSONL, output file -----------------------------------------------------------


def test_json_rows_have_exactly_the_contract_keys_in_order(seeded):
    rows = json_rows(seeded)
    assert len(rows) == 15
    assert [row["id"] for row in rows] == ids(seeded)
    for row in rows:
        assert list(row) == COLUMNS


def test_json_participants_are_objects_with_name_country_role(seeded):
    rows = by_id(json_rows(seeded))
    assert rows["sullivan-chinese-counterpart-vienna"]["participants"] == [
        {"name": "Jake Sullivan", "country": "US", "role": "participant"},
        {"name": "Chinese counterpart", "country": "CN", "role": "participant"},
    ]
    assert rows["2023-06-18-blinken-qin-gang-talks"]["participants"] == [
        {"name": "Antony Blinken", "country": "US", "role": "guest"},
        {"name": "Qin Gang", "country": "CN", "role": "host"},
    ]
    assert rows["2023-02-chinese-spy-balloon"]["participants"] == []


def test_json_countries_and_sources_are_lists(seeded):
    rows = by_id(json_rows(seeded))
    bali = rows["2022-biden-xi-bali-summit"]
    assert bali["countries"] == ["CN", "ID", "US"]
    assert bali["sources"] == [SOURCE]
    assert bali["location"] == "Bali, ID"
    for row in rows.values():
        assert isinstance(row["countries"], list) and isinstance(row["sources"], list)
        assert row["sources"] == [SOURCE]


def test_json_visit_lists_its_traveler_among_participants(seeded):
    rows = by_id(json_rows(seeded))
    assert {"name": "Bill Burns", "country": "US", "role": "traveler"} in (
        rows["2023-05-burns-beijing-secret-trip"]["participants"]
    )
    assert {"name": "Wang Wentao", "country": "CN", "role": "traveler"} in (
        rows["wang-wentao-us-visit"]["participants"]
    )


def test_json_sanction_lists_its_target_among_participants_and_imposer_among_countries(seeded):
    row = by_id(json_rows(seeded))["us-sanctions-li-shangfu"]
    assert row["participants"] == [{"name": "Li Shangfu", "country": "CN", "role": "target"}]
    assert row["countries"] == ["CN", "US"]


def test_traveler_and_target_given_only_in_their_fields_still_appear_as_participants(run, seeds):
    # Drop the explicit participants of the visits and the sanction: the traveler and the
    # target must still appear, from `traveler` and `target` alone.
    path = seeds / SEED_FILE
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for record in doc["visits"] + doc["sanctions"]:
        record.pop("participants", None)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    ok(run("ingest", str(seeds)))
    rows = by_id(json_rows(run))
    assert rows["2023-05-burns-beijing-secret-trip"]["participants"] == [
        {"name": "Bill Burns", "country": "US", "role": "traveler"},
    ]
    assert rows["2023-06-18-blinken-beijing-visit"]["participants"] == [
        {"name": "Antony Blinken", "country": "US", "role": "traveler"},
    ]
    sanction = rows["us-sanctions-li-shangfu"]
    assert sanction["participants"] == [{"name": "Li Shangfu", "country": "CN", "role": "target"}]
    assert sanction["countries"] == ["CN", "US"]
    assert ids(run, "--official", "Bill Burns") == ["2023-05-burns-beijing-secret-trip"]


def test_jsonl_is_one_object_per_line(seeded):
    result = ok(seeded("timeline", "--format", "jsonl"))
    lines = result.stdout.splitlines()
    assert len(lines) == 15
    rows = [json.loads(line) for line in lines]
    assert all(isinstance(row, dict) and list(row) == COLUMNS for row in rows)
    assert [row["id"] for row in rows] == ids(seeded)


def test_json_of_an_empty_result_is_an_empty_list(seeded):
    result = ok(seeded("timeline", "--format", "json", "--country", "RU"))
    assert json.loads(result.stdout) == []


def test_output_option_writes_the_file_and_nothing_to_stdout(seeded, tmp_path):
    target = tmp_path / "timeline.csv"
    result = ok(seeded("timeline", "-o", str(target), "--kind", "visit"))
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [row["id"] for row in rows] == [
        "2023-02-blinken-china-visit",
        "2023-05-burns-beijing-secret-trip",
        "2023-06-18-blinken-beijing-visit",
        "wang-wentao-us-visit",
    ]
    assert list(rows[0]) == COLUMNS


def test_output_option_writes_json_when_asked(seeded, tmp_path):
    target = tmp_path / "timeline.json"
    ok(seeded("timeline", "--format", "json", "--output", str(target)))
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert len(rows) == 15
    assert rows[0]["id"] == DATED[0]


def test_output_file_gets_the_usual_permissions_not_a_temp_files(seeded, tmp_path):
    import os
    import stat

    target = tmp_path / "timeline.csv"
    umask = os.umask(0o022)
    try:
        ok(seeded("timeline", "-o", str(target)))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_failed_command_leaves_no_output_file(seeded, tmp_path):
    target = tmp_path / "timeline.csv"
    result = seeded("timeline", "-o", str(target), "--official", "nobody")
    assert result.exit_code == 2
    assert not target.exists()
    assert list(tmp_path.glob(".timeline.csv.*")) == []


# --- formula safety ---------------------------------------------------------------------

FORMULA = '=HYPERLINK("http://x","y")'


def test_formula_title_is_inert_in_csv_and_raw_in_json(run, seeds):
    path = seeds / SEED_FILE
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    (balloon,) = [r for r in doc["incidents"] if r["id"] == "2023-02-chinese-spy-balloon"]
    balloon["title"] = FORMULA
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert (seeds / doc["source"]["text_file"]).exists()
    ok(run("ingest", str(seeds)))

    csv_row = by_id(csv_rows(run))["2023-02-chinese-spy-balloon"]
    assert csv_row["title"] == "'" + FORMULA
    json_row = by_id(json_rows(run))["2023-02-chinese-spy-balloon"]
    assert json_row["title"] == FORMULA
    jsonl = [
        json.loads(line) for line in ok(run("timeline", "--format", "jsonl")).stdout.splitlines()
    ]
    assert by_id(jsonl)["2023-02-chinese-spy-balloon"]["title"] == FORMULA
    # Other cells are untouched.
    assert by_id(csv_rows(run))["2023-02-blinken-china-visit"]["title"] == (
        "Blinken’s planned visit to China scrapped at the last minute"
    )


@pytest.mark.parametrize(
    "cell", ["=1+1", "+x", "-x", "@x", "\tx", "\rx", '=HYPERLINK("http://x","y")', "-"]
)
def test_inert_prefixes_formula_cells_with_an_apostrophe(cell):
    assert inert(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell",
    ["-5", "3.14", "+7", "-0.5", "1e3", "Blinken visits Beijing", "", "2023-06-18", "a=b", "x-1"],
)
def test_inert_leaves_numbers_and_ordinary_text_unchanged(cell):
    assert inert(cell) == cell


@pytest.mark.parametrize(
    "filters",
    [
        (),
        ("--country", "CN", "--country", "US"),
        ("--official", "Blinken", "--reverse"),
        ("--since", "2023-06", "--until", "2023-06", "--limit", "3"),
        ("--kind", "visit", "--status", "cancelled", "--status", "held"),
        ("--search", "balloon"),
        ("--reverse",),
    ],
)
def test_csv_from_the_view_equals_csv_built_from_the_rows(seeded_readonly, filters):
    """CSV output comes straight from the `timeline` view; the other formats from the
    timeline rows. Both must say the same, in the same order."""
    import io

    from relations_db.output.timeline import write_timeline

    csv_text = seeded_readonly("timeline", *filters, "--format", "csv").stdout
    rows = json.loads(seeded_readonly("timeline", *filters, "--format", "json").stdout)
    expected = io.StringIO()
    write_timeline(rows, "csv", expected)
    assert csv_text == expected.getvalue()
    assert csv_text.count("\n") == len(rows) + 1


def test_whole_timeline_csv_lists_each_event_once_when_a_commit_lands_as_it_starts(
    sqlite_url, tmp_path, monkeypatch
):
    """The whole timeline of a SQLite file is written by worker processes, each in a read
    transaction of its own. An ingest committing while they begin (here: the oldest event
    moved to the newest date) must not make that event appear twice, once from before
    the commit and once after, nor not at all."""
    import sqlite3

    from click.testing import CliRunner

    from relations_db.cli import cli
    from relations_db.query import parallel, rawsqlite

    runner = CliRunner()
    ingest = runner.invoke(cli, ["--db", sqlite_url, "ingest", str(SEEDS)])
    assert ingest.exit_code == 0, ingest.output
    path = sqlite_url.removeprefix("sqlite:///")
    committed = tmp_path / "committed"
    reading, work = rawsqlite.reading, parallel._work

    def move_oldest_event() -> None:
        writer = sqlite3.connect(path)
        with writer:
            writer.execute(
                "UPDATE events SET date_start = '2099-01-01', date_end = '2099-01-01'"
                " WHERE id = ?",
                (DATED[0],),
            )
        writer.close()
        committed.touch()

    def racing_work(target, queries, *rest):
        """In each worker process: the one given the oldest range takes its snapshot,
        then another connection commits; the other worker begins after that commit."""
        first = queries[0][0] == 0

        def begin(name):
            if first:
                connection = reading(name)
                move_oldest_event()
                return connection
            while not committed.exists():
                time.sleep(0.01)
            return reading(name)

        rawsqlite.reading = begin
        return work(target, queries, *rest)

    monkeypatch.setattr(parallel, "_work", racing_work)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)  # workers even for the seed data
    result = runner.invoke(cli, ["--db", path, "timeline", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert committed.exists()
    ids = [row["id"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert sorted(ids) == sorted(ALL)
    assert ids[len(DATED) - 1] == DATED[0]  # now the newest dated event


def test_whole_timeline_csv_worker_failure_is_one_line_and_writes_no_file(
    sqlite_url, tmp_path, monkeypatch
):
    """A worker that fails (a database error) or dies (killed) ends the export with exit
    1 and one line; `-o FILE` is then not written at all. The finished ranges wait beside
    the output file, and their folder is gone afterwards either way."""
    import os
    import sqlite3

    from click.testing import CliRunner

    from relations_db.cli import cli
    from relations_db.query import parallel

    runner = CliRunner()
    path = sqlite_url.removeprefix("sqlite:///")  # a path: the workers' reader
    assert runner.invoke(cli, ["--db", path, "ingest", str(SEEDS)]).exit_code == 0
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    batches = parallel._batches
    calls = []

    def failing(connection, sql, params):
        calls.append(sql)
        if "+start >=" in sql and "+start <" not in sql:  # the newest range only
            raise sqlite3.OperationalError("disk I/O error")
        return batches(connection, sql, params)

    def dying(connection, sql, params):
        if "+start >=" in sql and "+start <" not in sql:
            os._exit(9)
        return batches(connection, sql, params)

    for patched, message in (
        (failing, "disk I/O error"),
        (dying, "a worker writing the timeline stopped (exit code 9)"),
    ):
        monkeypatch.setattr(parallel, "_batches", patched)
        target = tmp_path / f"{patched.__name__}.csv"
        result = runner.invoke(
            cli, ["--db", path, "timeline", "--format", "csv", "-o", str(target)]
        )
        assert result.exit_code == 1, result.output
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
        assert not target.exists()
        assert not list(tmp_path.glob(f".{target.name}*"))
        assert not list(tmp_path.glob(".relations-db-timeline-*"))  # the ranges' folder

    monkeypatch.setattr(parallel, "_batches", batches)
    copy, folders = parallel._copy, set()

    def noting_copy(part, out):
        folders.add(os.path.dirname(os.path.dirname(part)))
        return copy(part, out)

    monkeypatch.setattr(parallel, "_copy", noting_copy)
    target = tmp_path / "whole.csv"
    result = runner.invoke(cli, ["--db", path, "timeline", "--format", "csv", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert folders == {str(tmp_path)}
    assert target.read_text(encoding="utf-8").count("\n") == len(ALL) + 1
    assert not list(tmp_path.glob(".relations-db-timeline-*"))


def test_whole_timeline_csv_from_a_folder_whose_name_has_a_hash(tmp_path):
    """The parallel read opens the file by URI: a '#' in the path is part of the name,
    not the start of a fragment (which would open another, empty database)."""
    from click.testing import CliRunner

    from relations_db.cli import cli

    db = tmp_path / "drafts #2" / "relations.db"
    db.parent.mkdir()
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(SEEDS)]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(db), "timeline", "--format", "csv"])
    assert result.exit_code == 0, result.output
    ids = {row["id"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert ids == ALL


def test_whole_timeline_csv_of_a_sqlite_file_starts_without_sqlalchemy(sqlite_url, tmp_path):
    """Exporting a whole SQLite database as CSV reads it with the sqlite3 module alone
    (importing SQLAlchemy would be a sixth of the time at 200k events), with the same
    rows; an older schema still gets the usual message."""
    import sqlite3

    from click.testing import CliRunner
    from test_lookups import modules_loaded_by

    from relations_db.cli import cli

    path = sqlite_url.removeprefix("sqlite:///")
    assert CliRunner().invoke(cli, ["--db", path, "ingest", str(SEEDS)]).exit_code == 0
    args = ["--db", path, "timeline", "--format", "csv"]
    output, loaded = modules_loaded_by(args, ("sqlalchemy",))
    assert loaded == []
    assert {row["id"] for row in csv.DictReader(io.StringIO(output))} == ALL

    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0004'")
    old = CliRunner().invoke(cli, ["--db", path, "timeline", "--format", "csv"])
    assert old.exit_code == 1
    assert "schema is at revision 0004" in old.stderr


@pytest.mark.parametrize("parallel_from", [0, None], ids=["workers", "one-query"])
@pytest.mark.parametrize("order", [(), ("--reverse",)])
def test_whole_timeline_csv_is_the_same_read_from_a_path_or_through_a_url(
    sqlite_url, order, parallel_from, monkeypatch
):
    """A plain path takes the sqlite3-only reader (in ranges by worker processes, or one
    sorted query for a small file); a URL takes SQLAlchemy's connection and one sorted
    query. Both write the same bytes, and `export --format csv` writes them too."""
    from click.testing import CliRunner

    from relations_db.cli import cli
    from relations_db.query import parallel

    if parallel_from is not None:
        monkeypatch.setattr(parallel, "PARALLEL_FROM", parallel_from)

    runner = CliRunner()
    path = sqlite_url.removeprefix("sqlite:///")
    assert runner.invoke(cli, ["--db", path, "ingest", str(SEEDS)]).exit_code == 0
    by_path = runner.invoke(cli, ["--db", path, "timeline", "--format", "csv", *order])
    by_url = runner.invoke(cli, ["--db", sqlite_url, "timeline", "--format", "csv", *order])
    exported = runner.invoke(cli, ["--db", path, "export", "--format", "csv", *order])
    exported_by_url = runner.invoke(
        cli, ["--db", sqlite_url, "export", "--format", "csv", *order]
    )
    assert by_path.exit_code == by_url.exit_code == exported.exit_code == 0
    assert exported_by_url.exit_code == 0
    assert by_path.stdout == by_url.stdout == exported.stdout == exported_by_url.stdout
    # and the same as the CSV of the timeline's rows (built per event, not from the view)
    from relations_db.output.timeline import write_timeline

    rows = json.loads(
        runner.invoke(cli, ["--db", path, "timeline", "--format", "json", *order]).stdout
    )
    expected = io.StringIO()
    write_timeline(rows, "csv", expected)
    assert by_path.stdout == expected.getvalue()
    assert by_path.stdout.count("\n") == len(ALL) + 1

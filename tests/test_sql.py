"""Read-only SQL: analysts can query tables and views; every write or escape is refused
with one line, exit 2, on both backends, and the database checksum does not move."""

import csv
import io
import json

import pytest
from conftest import database_checksum

# Each of these must be refused (the word tells where) and change nothing.
REFUSED = [
    ("insert", "INSERT INTO sources (id, content_hash) VALUES ('x', 'y')"),
    ("update", "UPDATE events SET title = 'pwned'"),
    ("delete", "DELETE FROM events"),
    ("drop table", "DROP TABLE events"),
    ("drop view", "DROP VIEW timeline"),
    ("create", "CREATE TABLE t (x int)"),
    ("create temp", "CREATE TEMP TABLE t AS SELECT * FROM events"),
    ("alter", "ALTER TABLE events ADD COLUMN x int"),
    ("attach", "ATTACH DATABASE '/tmp/elsewhere.db' AS other"),
    ("vacuum", "VACUUM"),
    ("vacuum into", "VACUUM INTO '/tmp/copy.db'"),
    ("reindex", "REINDEX"),
    ("analyze", "ANALYZE"),
    ("pragma write", "PRAGMA journal_mode = DELETE"),
    ("pragma user_version", "PRAGMA user_version = 7"),
    ("pragma query_only off", "PRAGMA query_only = OFF"),
    ("two statements", "SELECT 1; DELETE FROM events"),
    ("commit then delete", "COMMIT; DELETE FROM events"),
    ("begin", "BEGIN"),
    ("rollback then delete", "ROLLBACK; DELETE FROM events"),
    ("writable cte", "WITH gone AS (DELETE FROM events RETURNING id) SELECT * FROM gone"),
    ("comment hides delete", "/* SELECT */ DELETE FROM events"),
    ("line comment", "-- SELECT\nDELETE FROM events"),
    ("select into", "SELECT * INTO stolen FROM events"),
    ("explain analyze", "EXPLAIN ANALYZE DELETE FROM events"),
    ("copy to program", "COPY (SELECT 1) TO PROGRAM 'touch /tmp/relations-pwned'"),
    ("set read write", "SET TRANSACTION READ WRITE"),
    ("replace", "REPLACE INTO sources (id, content_hash) VALUES ('x', 'y')"),
    ("empty", "   -- nothing here\n"),
]


@pytest.mark.parametrize("name,query", REFUSED, ids=[n for n, _ in REFUSED])
def test_writes_and_escapes_are_refused_and_change_nothing(seeded_readonly, name, query):
    before = database_checksum(seeded_readonly.url)
    result = seeded_readonly("sql", "--", query)  # "--": a query may begin with a comment
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("error: sql: ")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""
    assert database_checksum(seeded_readonly.url) == before


def test_a_runaway_recursive_query_stops_at_the_timeout(seeded_readonly):
    before = database_checksum(seeded_readonly.url)
    result = seeded_readonly(
        "sql",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
        "--timeout",
        "0.5",
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: the query ran longer than 0.5 s and was stopped (--timeout)"
    )
    assert database_checksum(seeded_readonly.url) == before


def test_timeline_view_has_the_contract_columns(seeded_readonly):
    result = seeded_readonly(
        "sql", "SELECT * FROM timeline WHERE id = 'us-sanctions-li-shangfu'", "--format", "csv"
    )
    assert result.exit_code == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(row) == [
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
    assert row["participants"] == "Li Shangfu (CN)"
    assert row["countries"] == "CN;US"
    assert row["sources"] == "cnn-2023-06-17-blinken-beijing"


def test_timeline_view_agrees_with_the_timeline_command(seeded_readonly):
    view = seeded_readonly("sql", "SELECT * FROM timeline", "--format", "csv").stdout
    command = seeded_readonly("timeline", "--format", "csv").stdout
    by_id = lambda text: sorted(csv.DictReader(io.StringIO(text)), key=lambda r: r["id"])  # noqa: E731
    assert by_id(view) == by_id(command)


def test_participations_view_has_a_row_per_event_and_person(seeded_readonly):
    result = seeded_readonly(
        "sql",
        "SELECT event_id, person, country, role FROM participations "
        "WHERE official_id = 'li-shangfu' ORDER BY event_id",
        "--format",
        "json",
    )
    assert json.loads(result.stdout) == [
        {
            "event_id": "2023-06-li-shangfu-declines-austin-meeting",
            "person": "Li Shangfu",
            "country": "CN",
            "role": "declined",
        },
        {
            "event_id": "us-sanctions-li-shangfu",
            "person": "Li Shangfu",
            "country": "CN",
            "role": "target",
        },
    ]


def test_max_rows_caps_the_output_and_says_so(seeded_readonly):
    result = seeded_readonly(
        "sql", "SELECT id FROM events ORDER BY id", "--max-rows", "3", "--format", "csv"
    )
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1 + 3
    assert "stopped after 3 rows (--max-rows)" in result.stderr
    everything = seeded_readonly(
        "sql", "SELECT id FROM events", "--max-rows", "0", "--format", "csv"
    )
    assert len(everything.stdout.strip().splitlines()) == 1 + 15
    assert everything.stderr == ""


def test_comments_and_quoted_semicolons_are_fine(seeded_readonly):
    result = seeded_readonly(
        "sql",
        "/* count */ SELECT count(*) AS n, ';' AS s FROM events -- trailing",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"n": 15, "s": ";"}]


def test_sql_errors_are_one_line_exit_2(seeded_readonly):
    result = seeded_readonly("sql", "SELECT * FROM no_such_table")
    assert result.exit_code == 2
    assert "no_such_table" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_dates_come_out_as_iso_text_in_json(seeded_readonly):
    result = seeded_readonly(
        "sql",
        "SELECT start FROM timeline WHERE id = '2023-02-blinken-china-visit'",
        "--format",
        "jsonl",
    )
    assert json.loads(result.stdout) == {"start": "2023-02-01"}


def test_table_output_fits_80_columns(seeded_readonly):
    result = seeded_readonly("sql", "--format", "table", "SELECT * FROM timeline")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + 15
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize(
    "query,said",
    [
        ("SELEC 1", "syntax error at 'SELEC': not an SQL statement (did you mean SELECT?)"),
        ("frobnicate", "syntax error at 'frobnicate': not an SQL statement"),
    ],
)
def test_a_misspelt_statement_is_called_a_syntax_error(seeded_readonly, query, said):
    result = seeded_readonly("sql", query)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: sql: {said}"

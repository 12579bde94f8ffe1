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


def test_repeated_column_names_keep_every_value(seeded_readonly):
    # `SELECT * FROM a JOIN b` repeats `id`: each value keeps a column and a key of its own.
    query = "SELECT 1 AS id, 2 AS id, 3 AS id_2, 4 AS id"
    result = seeded_readonly("sql", "--format", "csv", query)
    assert result.stdout.splitlines() == ["id,id_3,id_2,id_4", "1,2,3,4"]
    expected = {"id": 1, "id_3": 2, "id_2": 3, "id_4": 4}
    assert json.loads(seeded_readonly("sql", "--format", "json", query).stdout) == [expected]
    assert json.loads(seeded_readonly("sql", "--format", "jsonl", query).stdout) == expected
    table = seeded_readonly("sql", "--format", "table", query).stdout.splitlines()
    assert table[0].split() == ["ID", "ID_3", "ID_2", "ID_4"]
    assert table[1].split() == ["1", "2", "3", "4"]


def _strict_json(text: str):
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_json_output_is_json_whatever_the_values(seeded_readonly):
    # NaN and the infinities are no JSON numbers (jq refuses them); PostgreSQL's own types
    # (interval, uuid, inet) failed the command half-way through the array.
    postgres = seeded_readonly.url.startswith("postgresql")
    query = "SELECT 9e999 AS up, -9e999 AS down"  # SQLite's REAL infinities
    expected = {"up": "Infinity", "down": "-Infinity"}
    if postgres:
        query = (
            "SELECT 'Infinity'::float8 AS up, '-Infinity'::float8 AS down"
            ", 'NaN'::float8 AS nan, 'NaN'::numeric AS nan_numeric, interval '2 hours' AS gap,"
            " '00000000-0000-0000-0000-000000000001'::uuid AS uuid, '10.0.0.1'::inet AS address"
        )
        expected |= {
            "nan": "NaN",
            "nan_numeric": "NaN",
            "gap": "2:00:00",
            "uuid": "00000000-0000-0000-0000-000000000001",
            "address": "10.0.0.1",
        }
    for fmt in ("json", "jsonl"):
        result = seeded_readonly("sql", "--format", fmt, query)
        assert result.exit_code == 0, result.output
        rows = _strict_json(result.stdout)
        assert (rows[0] if fmt == "json" else rows) == expected


@pytest.mark.parametrize(  # json values are PostgreSQL's: no SQLite run to skip
    "seeded_readonly", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_json_values_are_json_text_in_csv(seeded_readonly):
    query = """SELECT '{"a": [1, {"b": "x"}]}'::jsonb AS doc, ARRAY[1, 2] AS numbers"""
    rows = list(csv.DictReader(io.StringIO(seeded_readonly("sql", query).stdout)))
    assert json.loads(rows[0]["doc"]) == {"a": [1, {"b": "x"}]}
    assert rows[0]["numbers"] == "1; 2"


def test_values_and_a_parenthesized_select_are_queries(seeded_readonly):
    # sqlparse groups `VALUES (1), (2)` and `(SELECT ...)` into one token: both were called
    # "syntax error at 'VALUES (1), (2)': not an SQL statement (did you mean VALUES?)".
    result = seeded_readonly("sql", "VALUES (1), (2)")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["1", "2"]
    refused = seeded_readonly("sql", "(DELETE FROM events)")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "error: sql: read-only: only SELECT queries are allowed, not DELETE"
    )
    if seeded_readonly.url.startswith("postgresql"):  # SQLite has no parenthesized SELECT
        union = seeded_readonly("sql", "(SELECT count(*) FROM events) UNION ALL (SELECT 1)")
        assert union.exit_code == 0, union.output
        assert union.stdout.splitlines()[1:] == ["15", "1"]


@pytest.mark.parametrize(
    "query",
    ["EXPLAIN ANALYSE SELECT 1", "EXPLAIN (FORMAT JSON, ANALYZE) SELECT 1"],
)
def test_every_spelling_of_explain_analyze_is_refused_alike(seeded_readonly, query):
    result = seeded_readonly("sql", query)
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: sql: EXPLAIN ANALYZE runs the statement; use EXPLAIN"


def test_a_stray_semicolon_is_no_second_statement(seeded_readonly):
    # "SELECT 1;;" was refused: "only one statement is allowed, got 2: ; after SELECT".
    for query in ("SELECT 1 AS one;;", "; SELECT 1 AS one", "SELECT 1 AS one; /* end */ ;"):
        result = seeded_readonly("sql", query)
        assert result.exit_code == 0, (query, result.output)
        assert result.stdout.splitlines() == ["one", "1"]
    assert seeded_readonly("sql", ";").stderr.strip() == "error: sql: no SQL statement given"
    assert seeded_readonly("sql", "SELECT 1; ; DELETE FROM events").exit_code == 2


@pytest.mark.parametrize("seconds", ["nan", "inf", "1e300"])
def test_a_timeout_that_is_no_usable_number_is_a_usage_error(seeded_readonly, seconds):
    result = seeded_readonly("sql", "--timeout", seconds, "SELECT 1")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Invalid value for '--timeout'" in result.stderr

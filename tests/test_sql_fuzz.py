"""The read-only SQL guard, fuzzed: statements built by hypothesis from fragments that mix
reads, writes, schema changes, PRAGMAs, ATTACH, transaction control, comments, semicolons
(also quoted) and any letter case. Every statement either gives rows or is refused
(QueryRefused) or stopped (QueryTimeout); the database is the same at the end, bit for bit
as far as its rows and views go, with no new file, function, role or extension.
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import database_checksum, record_figures
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from relations_db.query.sql import QueryRefused, QueryTimeout, run_sql
from relations_db.store import open_database

EXAMPLES = int(os.environ.get("RELATIONS_DB_SQL_FUZZ_EXAMPLES", "300"))

READS = [
    "SELECT 1",
    "SELECT * FROM events",
    "select count(*) from timeline",
    "SELECT id, title FROM events WHERE title LIKE '%;%' LIMIT 3",
    "SELECT ';' AS s",
    "SELECT '--' || 'x'",
    "WITH x AS (SELECT 1 AS a) SELECT * FROM x",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r",
    "VALUES (1), (2)",
    "EXPLAIN SELECT * FROM events",
    "SELECT * FROM participations",
    "PRAGMA table_info(events)",
    "PRAGMA integrity_check",
    "PRAGMA user_version",
    "SELECT load_extension('/tmp/evil')",
    "SELECT pg_read_file('/etc/hostname')",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT nextval('evidence_id_seq')",
    "SELECT setval('evidence_id_seq', 1)",
    "SELECT lo_import('/etc/hostname')",
    "SELECT pg_advisory_lock(1)",
    "SELECT * FROM events FOR UPDATE",
    "SELECT * INTO stolen FROM events",
    "SELECT writefile('/tmp/x', 'y')",
]
WRITES = [
    "INSERT INTO events (id) VALUES ('fuzz')",
    "INSERT INTO sources SELECT * FROM sources",
    "REPLACE INTO sources (id, content_hash, created_at, updated_at) VALUES ('s', 'h', '2020-01-01', '2020-01-01')",
    "UPDATE events SET title = 'pwned'",
    "DELETE FROM events",
    "DELETE FROM alembic_version",
    "TRUNCATE events CASCADE",
    "DROP TABLE events",
    "DROP VIEW timeline",
    "CREATE TABLE fuzz (x int)",
    "CREATE TEMP TABLE fuzz (x int)",
    "CREATE VIEW fuzz AS SELECT 1",
    "CREATE INDEX fuzz ON events (title)",
    "CREATE TRIGGER fuzz AFTER INSERT ON events BEGIN DELETE FROM events; END",
    "CREATE FUNCTION fuzz() RETURNS int AS 'SELECT 1' LANGUAGE sql",
    "CREATE ROLE fuzz",
    "CREATE EXTENSION pgcrypto",
    "ALTER TABLE events ADD COLUMN fuzz int",
    "ALTER TABLE events RENAME TO fuzz",
    "ATTACH DATABASE '{folder}/attached.db' AS evil",
    "ATTACH '{folder}/attached.db' AS evil",
    "DETACH evil",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 5",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA writable_schema = ON",
    "PRAGMA query_only = OFF",
    "VACUUM",
    "VACUUM INTO '{folder}/copy.db'",
    "REINDEX",
    "ANALYZE",
    "COPY events TO '/tmp/fuzz.csv'",
    "COPY events FROM '/etc/hostname'",
    "SET default_transaction_read_only = off",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
    "RESET ROLE",
    "SET ROLE postgres",
    "GRANT ALL ON events TO PUBLIC",
    "LOCK TABLE events",
    "NOTIFY fuzz",
    "DO $$ BEGIN DELETE FROM events; END $$",
    "PREPARE fuzz AS DELETE FROM events",
    "EXECUTE fuzz",
    "WITH d AS (DELETE FROM events RETURNING id) SELECT * FROM d",
    "EXPLAIN ANALYZE DELETE FROM events",
    "EXPLAIN ANALYSE UPDATE events SET title = 'x'",
    "explain (analyze) delete from events",
    "EXPLAIN DELETE FROM events",
    "CALL fuzz()",
    "SELECT pg_terminate_backend(pg_backend_pid())",
]
CONTROL = [
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "END",
    "ABORT",
    "SAVEPOINT a",
    "RELEASE a",
    "START TRANSACTION READ WRITE",
]
GLUE = [";", "; ", ";\n", " ", "\n", "/* ; */", "-- ;\n", ";--", "", "\t;\t", "/*", "*/", "'", ";;"]

TRAILING = [";", " ;", ";\n", " -- done", " /* done */", ";  -- done\n"]
fragments = st.one_of(st.sampled_from(READS), st.sampled_from(WRITES), st.sampled_from(CONTROL))


def _recase(statement: str, how: int) -> str:
    if how == 1:
        return statement.lower()
    if how == 2:
        return statement.upper()
    if how == 3:
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(statement))
    return statement


@st.composite
def statements(draw) -> str:
    """One to four fragments; a third of the time a single read, which must give rows
    unless it calls something that writes."""
    single_read = draw(st.integers(0, 2)) == 0
    parts = (
        [draw(st.sampled_from(READS))]
        if single_read
        else draw(st.lists(fragments, min_size=1, max_size=4))
    )
    leads = ["", "/* lead */ ", "-- lead\n", "\n  "] + ([] if single_read else ["("])
    out = draw(st.sampled_from(leads))
    for i, part in enumerate(parts):
        out += _recase(part, draw(st.integers(0, 3)))
        if i < len(parts) - 1 or draw(st.booleans()):
            out += draw(st.sampled_from(TRAILING if single_read else GLUE))
    return out


def _state(url: str) -> dict:
    """What a write could change beyond the rows: files beside SQLite, and on PostgreSQL
    functions, roles and extensions."""
    if url.startswith("sqlite"):
        folder = Path(make_url(url).database).parent
        return {
            "files": sorted(
                p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))
            )
        }
    engine = create_engine(url)
    with engine.connect() as conn:
        state = {
            name: conn.execute(text(query)).scalars().all()
            for name, query in {
                "functions": "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1",
                # only names the fragments use: other sessions create and drop theirs
                "roles": "SELECT rolname FROM pg_roles WHERE rolname LIKE '%fuzz%' ORDER BY 1",
                "extensions": "SELECT extname FROM pg_extension ORDER BY 1",
                "prepared": "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()",
            }.items()
        }
    engine.dispose()
    return state


def test_read_only_guard_fuzzed(seeded_readonly):
    url = seeded_readonly.url
    db = open_database(url)
    folder = (
        Path(make_url(url).database).parent if url.startswith("sqlite") else Path("/nonexistent")
    )
    before = database_checksum(url), _state(url)
    outcomes = {"rows": 0, "refused": 0, "timeout": 0}

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(sql=statements())
    def fuzz(sql):
        sql = sql.replace("{folder}", str(folder))
        try:
            with run_sql(db, sql, timeout=2, max_rows=20) as result:
                for _ in result.rows:
                    pass
            outcomes["rows"] += 1
        except QueryRefused as refused:
            assert "\n" not in str(refused)
            outcomes["refused"] += 1
        except QueryTimeout:
            outcomes["timeout"] += 1

    try:
        fuzz()
    finally:
        db.dispose()
    assert (database_checksum(url), _state(url)) == before
    assert outcomes["refused"] > 0 and outcomes["rows"] > 0
    record_figures(
        "sql-fuzz",
        backend=url.split(":")[0].split("+")[0],
        cases=sum(outcomes.values()),
        **outcomes,
    )

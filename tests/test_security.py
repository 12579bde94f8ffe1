"""Issue 12, tried as an attacker would: `sql` on PostgreSQL never has superuser powers,
its limits hold whatever the query does, writers wait a bounded time and say why, and
hostile files are read in linear time without leaving their folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, _pg_database, database_checksum
from sqlalchemy import create_engine, text

from relations_db.cli import cli
from relations_db.store.reader import READER_ROLE


def _invoker(url: str):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, ["--db", url, *args], catch_exceptions=False)

    invoke.url = url
    return invoke


@pytest.fixture(scope="module")
def pg_seeded():
    """The seeds in a PostgreSQL database of their own, logged in as the superuser
    `postgres` as in the documented set-up."""
    with _pg_database() as url:
        invoke = _invoker(url)
        result = invoke("ingest", str(SEEDS))
        assert result.exit_code == 0, result.output
        yield invoke


@pytest.fixture(scope="module")
def sqlite_seeded(tmp_path_factory):
    invoke = _invoker(f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'relations.db'}")
    result = invoke("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    return invoke


def _one_line_failure(result) -> None:
    assert result.exit_code in (1, 2), (result.exit_code, result.stdout, result.stderr)
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.output


def _scalar(url: str, query: str, **params):
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(query), params)
            return result.scalar() if result.returns_rows else None
    finally:
        engine.dispose()


# --- 1. sql on PostgreSQL runs without superuser powers ---------------------------------

ISSUE_EXPLOIT = (
    "SELECT query_to_xml('select pg_read_file(''/etc/hostname'',0,200) as f',true,true,'') "
    "FROM (SELECT set_config('role','postgres',true) OFFSET 0) s"
)


def _as_superuser(query: str) -> str:
    """`query` run after switching back to the superuser, the way the issue's exploit does."""
    quoted = query.replace("'", "''")
    return (
        f"SELECT query_to_xml('{quoted}', true, true, '') "
        "FROM (SELECT set_config('role', 'postgres', true) OFFSET 0) s"
    )


# Each attack as written, and after switching back to the superuser.
both_ways = pytest.mark.parametrize("way", [lambda q: q, _as_superuser], ids=["direct", "switched"])


@pytest.mark.postgres
def test_sql_cannot_switch_back_to_the_superuser_and_read_server_files(pg_seeded):
    before = database_checksum(pg_seeded.url)
    hostname = Path("/etc/hostname").read_text().strip()
    result = pg_seeded("sql", "--format", "jsonl", ISSUE_EXPLOIT)
    _one_line_failure(result)
    assert "permission denied" in result.stderr
    assert hostname not in result.output
    assert database_checksum(pg_seeded.url) == before


@pytest.mark.postgres
@pytest.mark.parametrize(
    "name,query",
    [
        ("pg_authid", "SELECT rolname, rolpassword FROM pg_authid"),
        ("read file", "SELECT pg_read_file('/etc/hostname', 0, 200)"),
        ("list data directory", "SELECT pg_ls_dir('.')"),
        ("role via set_config", "SELECT set_config('role', 'pg_read_server_files', true)"),
        (
            "session authorization",
            "SELECT set_config('session_authorization', 'postgres', true)",
        ),
        ("read all data", "SELECT set_config('role', 'pg_read_all_data', true)"),
    ],
)
@both_ways
def test_sql_has_no_superuser_read_powers(pg_seeded, name, query, way):
    before = database_checksum(pg_seeded.url)
    result = pg_seeded("sql", "--format", "jsonl", way(query))
    _one_line_failure(result)
    assert "permission denied" in result.stderr
    assert result.stdout == ""
    assert database_checksum(pg_seeded.url) == before


@pytest.mark.postgres
@both_ways
def test_sql_cannot_terminate_another_session(pg_seeded, way):
    engine = create_engine(pg_seeded.url)
    with engine.connect() as victim:
        pid = victim.execute(text("SELECT pg_backend_pid()")).scalar()
        result = pg_seeded("sql", way(f"SELECT pg_terminate_backend({pid})"))
        _one_line_failure(result)
        assert victim.execute(text("SELECT 1")).scalar() == 1  # still alive
    engine.dispose()


@pytest.mark.postgres
def test_sql_that_ends_its_own_session_is_refused_in_one_line(pg_seeded):
    before = database_checksum(pg_seeded.url)
    result = pg_seeded("sql", "SELECT pg_terminate_backend(pg_backend_pid())")
    assert result.exit_code == 2, (result.stdout, result.stderr)
    _one_line_failure(result)
    assert "ended the query's session" in result.stderr
    assert result.stdout == ""  # not even the column header
    assert database_checksum(pg_seeded.url) == before
    assert pg_seeded("sql", "SELECT 1 AS one").exit_code == 0


@pytest.mark.postgres
@both_ways
def test_sql_cannot_create_a_replication_slot(pg_seeded, way):
    slot = f"relations_{uuid.uuid4().hex[:8]}"
    find = "SELECT count(*) FROM pg_replication_slots WHERE slot_name = :slot"
    try:
        result = pg_seeded("sql", way(f"SELECT pg_create_physical_replication_slot('{slot}')"))
        _one_line_failure(result)
        assert _scalar(pg_seeded.url, find, slot=slot) == 0
    finally:
        if _scalar(pg_seeded.url, find, slot=slot):
            _scalar(pg_seeded.url, "SELECT pg_drop_replication_slot(:slot)", slot=slot)


@pytest.mark.postgres
@both_ways
def test_sql_cannot_write_a_file_through_a_large_object(pg_seeded, way):
    # /tmp: a folder the server's OS user could write to, were it allowed to.
    target = Path("/tmp") / f"relations-written-by-postgres-{uuid.uuid4().hex[:8]}"
    oid = _scalar(pg_seeded.url, "SELECT lo_from_bytea(0, 'pwned')")
    try:
        result = pg_seeded("sql", way(f"SELECT lo_export({oid}, '{target}')"))
        _one_line_failure(result)
        assert not target.exists()
    finally:
        target.unlink(missing_ok=True)
        _scalar(pg_seeded.url, f"SELECT lo_unlink({oid})")
    assert _scalar(pg_seeded.url, "SELECT count(*) FROM pg_largeobject_metadata") == 0


@pytest.mark.postgres
def test_sql_runs_as_the_reader_role_and_still_reads_the_views(pg_seeded):
    result = pg_seeded(
        "sql",
        "--format",
        "csv",
        "SELECT session_user AS login, (SELECT count(*) FROM timeline) AS events, "
        "(SELECT count(*) FROM participations) > 0 AS participations",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == f"{READER_ROLE},15,True"


@pytest.mark.postgres
def test_the_reader_role_holds_no_power_but_select(pg_seeded):
    assert pg_seeded("sql", "SELECT 1").exit_code == 0
    attributes = _scalar(
        pg_seeded.url,
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls "
        "OR rolinherit FROM pg_roles WHERE rolname = :role",
        role=READER_ROLE,
    )
    assert attributes is False
    memberships = _scalar(
        pg_seeded.url,
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "WHERE r.rolname = :role",
        role=READER_ROLE,
    )
    assert memberships == 0
    writable = _scalar(
        pg_seeded.url,
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND ("
        "has_table_privilege(:role, c.oid, 'INSERT') OR "
        "has_table_privilege(:role, c.oid, 'UPDATE') OR "
        "has_table_privilege(:role, c.oid, 'DELETE'))",
        role=READER_ROLE,
    )
    assert writable == 0


@pytest.mark.postgres
def test_a_login_that_may_become_superuser_also_runs_as_the_reader(pg_seeded):
    """Not a superuser itself, but a member of one: `set_config('role', ...)` would lift it."""
    login = f"relations_member_{uuid.uuid4().hex[:8]}"
    _scalar(pg_seeded.url, f'CREATE ROLE "{login}" LOGIN NOINHERIT IN ROLE postgres')
    try:
        from sqlalchemy.engine import make_url

        url = make_url(pg_seeded.url).set(username=login).render_as_string(hide_password=False)
        result = _invoker(url)("sql", "--format", "jsonl", ISSUE_EXPLOIT)
        _one_line_failure(result)
        assert "permission denied" in result.stderr
    finally:
        _scalar(pg_seeded.url, f'DROP ROLE "{login}"')


# --- 2. --timeout bounds the whole query, whatever the SQL does -------------------------

LIFTS_ITS_TIMEOUT = (
    "SELECT g, CASE WHEN g > 500 THEN pg_sleep(20) END FROM "
    "(SELECT set_config('statement_timeout', '0', true) OFFSET 0) x, generate_series(1, 501) g"
)


@pytest.mark.postgres
def test_a_query_that_lifts_statement_timeout_is_still_stopped(pg_seeded):
    result = pg_seeded("sql", "--timeout", "2", "--format", "csv", LIFTS_ITS_TIMEOUT)
    assert result.exit_code == 1, result.output
    assert result.stderr == ("error: the query ran longer than 2 s and was stopped (--timeout)\n")
    assert (
        _scalar(
            pg_seeded.url,
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' "
            "AND pid <> pg_backend_pid()",
        )
        == 0
    ), "the cancelled query still runs on the server"


# Slow enough that a deadline of 0 s would stop it.
SLOW_COUNT = (
    "SELECT count(*) FROM (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
    "SELECT n + 1 FROM r WHERE n < 300000) SELECT n FROM r) counted"
)


def test_timeout_zero_on_the_command_line_means_no_limit(seeded_readonly):
    result = seeded_readonly("sql", "--timeout", "0", "--format", "csv", SLOW_COUNT)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == "300000"


@pytest.mark.parametrize("timeout", [0, None])
def test_timeout_zero_or_none_means_no_limit(seeded_readonly, timeout):
    """Through the library, where None says the same."""
    from relations_db.query.sql import run_sql
    from relations_db.store import open_database

    slow = SLOW_COUNT
    db = open_database(seeded_readonly.url)
    try:
        with run_sql(db, slow, timeout=timeout) as result:
            assert list(result.rows) == [(300000,)]
    finally:
        db.dispose()


# --- 4. SQLite: values, heap and time are capped for sql -------------------------------

HUGE_VALUE = "SELECT length(hex(randomblob(300000000)))"
LONG_CALLS = (
    "WITH RECURSIVE r(n, s) AS (SELECT 1, 0 UNION ALL "
    "SELECT n + 1, s + length(randomblob(20000000)) FROM r WHERE n < 300) SELECT max(s) FROM r"
)


def _peak_rss_mib(command: list[str]) -> tuple[int, str, int]:
    """Exit code, stderr and peak resident memory of `command`, run from a fresh parent so
    that no other child's peak is counted."""
    import subprocess
    import sys

    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, timeout=300
    )
    code, peak = map(int, done.stdout.split())
    return code, done.stderr, peak


def test_sqlite_sql_refuses_a_huge_value_without_allocating_it(sqlite_seeded):
    from conftest import cli_command

    code, stderr, peak = _peak_rss_mib(
        cli_command(sqlite_seeded.url, "sql", "--timeout", "2", HUGE_VALUE)
    )
    assert code == 1, stderr
    assert stderr.startswith("error: the query needs more memory than sql allows")
    assert len(stderr.splitlines()) == 1
    assert peak < 400, f"peak {peak} MiB"


def test_sqlite_long_function_calls_stop_at_the_timeout(sqlite_seeded):
    """One randomblob call is one VM step: these 300 rows take some 7,000 steps, fewer than
    a progress handler run every 10,000 steps waits for, and 20 to 40 s."""
    import time

    started = time.monotonic()
    result = sqlite_seeded("sql", "--timeout", "2", LONG_CALLS)
    # Stopped at the deadline, not when the query ends: a wide margin for a busy machine.
    assert time.monotonic() - started < 15
    assert result.exit_code == 1, result.output
    assert result.stderr == "error: the query ran longer than 2 s and was stopped (--timeout)\n"


# --- 3 and 6. A writer waits a bounded time for another, then says who holds the lock ----


def _ingest_process(url: str, wait: float, *paths):
    import subprocess

    from conftest import cli_command

    env = {**os.environ, "RELATIONS_DB_LOCK_WAIT": str(wait)}
    return subprocess.run(
        cli_command(url, "ingest", *map(str, paths)),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _gave_up(done) -> str:
    """The last stderr line of a writer that gave up: exit 1, a note, one error line."""
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("note: ") and "waiting up to" in lines[0]
    assert len(lines) == 2 and lines[1].startswith("error: "), done.stderr
    return lines[1]


@pytest.mark.postgres
def test_postgresql_ingest_gives_up_and_names_the_lock_holder(pg_seeded):
    import psycopg
    from sqlalchemy.engine import make_url

    from relations_db.store.database import WRITE_LOCK_KEY

    url = make_url(pg_seeded.url)
    with psycopg.connect(
        host=url.host,
        port=url.port,
        user=url.username,
        dbname=url.database,
        application_name="issue12-holder",
        autocommit=True,
    ) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK_KEY,))
        pid = holder.info.backend_pid
        before = database_checksum(pg_seeded.url)
        error = _gave_up(_ingest_process(pg_seeded.url, 1, SEEDS))
    assert "another writer held the write lock for more than 1 s" in error
    assert f"pid {pid}" in error and "issue12-holder" in error
    assert database_checksum(pg_seeded.url) == before


@pytest.mark.postgres
def test_a_sql_query_holding_the_writers_lock_only_delays_ingest(pg_seeded):
    """A read-only query may take the advisory lock; ingest names it, and it ends at its
    --timeout, after which ingest goes on."""
    import subprocess
    import time

    from conftest import cli_command

    from relations_db.store.database import WRITE_LOCK_KEY

    query = f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY}), pg_sleep(60)"
    # (a --timeout with room for a loaded machine: the giving-up ingest below starts a
    # Python process, which took more than 6 s under a CI run's load, and then found the
    # lock already free)
    sql = subprocess.Popen(
        cli_command(pg_seeded.url, "sql", "--timeout", "20", query),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
        for _ in range(300):
            if _scalar(pg_seeded.url, held):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the SQL query never took the write lock")
        error = _gave_up(_ingest_process(pg_seeded.url, 0.5, SEEDS))
        assert "application 'relations-db sql'" in error
        done = _ingest_process(pg_seeded.url, 60, SEEDS)
        assert done.returncode == 0, done.stderr
        assert "waiting up to 60 s" in done.stderr
    finally:
        try:
            sql.communicate(timeout=60)  # it ends at its own deadline
        except subprocess.TimeoutExpired:
            sql.kill()
            sql.communicate()
    assert sql.returncode == 1


def test_sqlite_second_writer_gives_up_with_one_line(tmp_path):
    import sqlite3

    url = f"sqlite:///{tmp_path / 'relations.db'}"
    assert _invoker(url)("ingest", str(SEEDS)).exit_code == 0
    holder = sqlite3.connect(tmp_path / "relations.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        error = _gave_up(_ingest_process(url, 1, SEEDS))
    finally:
        holder.rollback()
        holder.close()
    assert error.startswith(f"error: another ingest is running on {tmp_path / 'relations.db'}")
    assert "locked" not in error


def test_sqlite_second_writer_waits_for_the_first_to_finish(tmp_path):
    """The lock is let go only after the second writer has said it waits, so a slow start
    on a loaded machine cannot make it miss the lock."""
    import sqlite3
    import subprocess

    from conftest import cli_command

    url = f"sqlite:///{tmp_path / 'relations.db'}"
    assert _invoker(url)("ingest", str(SEEDS)).exit_code == 0
    holder = sqlite3.connect(tmp_path / "relations.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    writer = subprocess.Popen(
        cli_command(url, "ingest", str(SEEDS)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "RELATIONS_DB_LOCK_WAIT": "120"},
    )
    try:
        first_line = writer.stderr.readline()  # blocks until the writer meets the lock
    finally:
        holder.rollback()
        holder.close()
    rest, more = writer.communicate(timeout=120)
    assert first_line.startswith("note: another ingest is writing to "), first_line + more
    assert writer.returncode == 0, first_line + more
    assert "unchanged" in rest


# Reading a server file by taking a membership the reader should not have.
READ_AS_FILE_READER = (
    "SELECT query_to_xml('select pg_read_file(''/etc/hostname'') as f', true, true, '') "
    "FROM (SELECT set_config('role', 'pg_read_server_files', true) OFFSET 0) s"
)


@pytest.mark.postgres
def test_the_reader_role_is_created_when_missing_and_repaired_when_changed(pg_seeded, monkeypatch):
    """Under a role name of its own, so the shared role of other runs is left alone."""
    from relations_db.store import reader

    role = f"relations_reader_{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(reader, "READER_ROLE", role)
    query = "SELECT session_user AS login, count(*) AS events FROM timeline"
    try:
        first = pg_seeded("sql", "--format", "csv", query)
        assert first.exit_code == 0, first.stderr
        assert first.stdout.splitlines()[1] == f"{role},15"
        # Someone makes it powerful: the next run takes the powers away again.
        _scalar(pg_seeded.url, f'ALTER ROLE "{role}" CREATEROLE INHERIT')
        _scalar(pg_seeded.url, f'GRANT pg_read_server_files TO "{role}"')
        result = pg_seeded("sql", "--format", "jsonl", READ_AS_FILE_READER)
        _one_line_failure(result)
        assert (
            _scalar(
                pg_seeded.url,
                "SELECT rolcreaterole OR rolinherit FROM pg_roles WHERE rolname = :role",
                role=role,
            )
            is False
        )
        assert (
            _scalar(
                pg_seeded.url,
                "SELECT pg_has_role(:role, 'pg_read_server_files', 'MEMBER')",
                role=role,
            )
            is False
        )
    finally:
        _scalar(pg_seeded.url, f'DROP OWNED BY "{role}"')
        _scalar(pg_seeded.url, f'DROP ROLE IF EXISTS "{role}"')

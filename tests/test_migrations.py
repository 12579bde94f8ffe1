"""The migrations: pytest-alembic's four checks on both backends, and how the CLI runs them."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_alembic import Config as PytestAlembicConfig
from pytest_alembic.tests import (  # noqa: F401 - collected as tests here
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import IntegrityError

import relations_db
from relations_db.cli import cli
from relations_db.store.engine import make_engine
from relations_db.store.migrate import head, migrations_dir
from relations_db.store.schema import SCHEMA_HEAD


@pytest.fixture
def alembic_config():
    return PytestAlembicConfig(config_options={"script_location": str(migrations_dir())})


@pytest.fixture
def alembic_engine(db_url):
    engine = (
        make_engine(db_url, write=True) if db_url.startswith("sqlite") else create_engine(db_url)
    )
    yield engine
    engine.dispose()


def test_schema_head_constant_matches_newest_migration():
    assert SCHEMA_HEAD == head()


def test_the_sqlite_only_reader_knows_the_newest_schema():
    """The whole-timeline CSV and `official NAME` read a SQLite file without SQLAlchemy
    only at the revision query.rawsqlite names; a new migration must say whether those
    reads still hold."""
    from relations_db.query.rawsqlite import SCHEMA

    assert SCHEMA == SCHEMA_HEAD


@pytest.mark.skipif(
    os.environ.get("RELATIONS_DB_INSTALLED") != "wheel",
    reason="only meaningful on a plain `pip install .` (CI sets RELATIONS_DB_INSTALLED=wheel)",
)
def test_installed_package_carries_its_migrations():
    package = Path(relations_db.__file__).resolve().parent
    assert migrations_dir() == package / "migrations"
    assert list((package / "migrations" / "versions").glob("0002_*.py"))


def test_init_creates_then_reports_current(run, db_url):
    first = run("init")
    assert first.exit_code == 0, first.output
    assert f"schema at revision {SCHEMA_HEAD} (was empty)" in first.output
    again = run("init")
    assert again.exit_code == 0
    assert "schema is current" in again.output


def test_db_commands_walk_the_schema_down_and_up(run, db_url):
    assert run("init").exit_code == 0
    assert run("db", "current").output.strip() == f"{SCHEMA_HEAD} (current)"
    history = run("db", "history")
    assert "base -> 0001: initial schema" in history.output
    assert "0001 -> 0002: analyst views: timeline and participations" in history.output
    down = run("db", "downgrade", "base")
    assert down.exit_code == 0, down.output
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    assert run("db", "current").output.strip().startswith("empty")
    up = run("db", "upgrade")
    assert up.exit_code == 0
    assert f"empty -> {SCHEMA_HEAD}" in up.output


def test_db_upgrade_to_a_revision_already_passed_says_so_and_changes_nothing(run, db_url):
    """`db upgrade 0003` at the newest schema does nothing: it says the database is at a
    later revision and how to go back (exit 0: the schema is at least what was asked)."""
    assert run("init").exit_code == 0
    display = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite") else None
    older = run("db", "upgrade", "0003")
    assert older.exit_code == 0, older.output
    line = older.stdout.strip()
    assert line.endswith(
        f": already at revision {SCHEMA_HEAD}, later than 0003; "
        "`relations-db db downgrade 0003` goes back to it"
    )
    assert f"{SCHEMA_HEAD} -> {SCHEMA_HEAD}" not in line
    if display:
        assert line.startswith(f"{display}: ")
    same = run("db", "upgrade")
    assert same.exit_code == 0
    assert same.stdout.strip().endswith(f": already at revision {SCHEMA_HEAD}")
    assert run("db", "current").output.strip() == f"{SCHEMA_HEAD} (current)"


@pytest.mark.parametrize("revision", ["0005", "0006"])
def test_vocabulary_checks_refuse_unknown_values_before_and_after_0006(run, db_url, revision):
    """0006 rewrites the CHECKs of closed vocabularies; both forms accept the same values."""
    assert run("init").exit_code == 0
    if revision != SCHEMA_HEAD:
        assert run("db", "downgrade", revision).exit_code == 0
    engine = create_engine(db_url)
    columns = (
        "id, kind, title, date_precision, date_approximate, status, visibility, content_hash, "
        "created_at, updated_at"
    )

    def insert_event(event_id: str, kind: str) -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO events ({columns}) VALUES ('{event_id}', '{kind}', 't', 'day', "
                "false, 'held', 'public', 'h', '2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )

    try:
        insert_event("ok", "visit")
        with pytest.raises(IntegrityError):
            insert_event("bad", "summit")
        with pytest.raises(IntegrityError):
            insert_event("case", "Visit")
    finally:
        engine.dispose()
    up = run("db", "upgrade")
    assert up.exit_code == 0, up.output
    assert run("sql", "SELECT id, kind FROM events", "--format", "csv").output.split() == [
        "id,kind",
        "ok,visit",
    ]


def test_0006_leaves_a_table_it_does_not_recognise_as_it_is(tmp_path):
    """A table whose CHECK text differs from what 0001 wrote keeps it (both forms accept the
    same values); the others are rewritten and the upgrade completes."""
    path = tmp_path / "odd.db"

    def run(*args: str):
        return CliRunner().invoke(cli, ["--db", f"sqlite:///{path}", *args])

    assert run("init").exit_code == 0
    assert run("db", "downgrade", "0005").exit_code == 0
    odd = "CHECK (subject IN ('event','official'))"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'statements'",
        ("CHECK (subject IN ('event', 'official'))", odd),
    )
    connection.execute("PRAGMA writable_schema = OFF")
    connection.close()
    up = run("db", "upgrade")
    assert up.exit_code == 0, up.output
    connection = sqlite3.connect(path)
    schema = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
    connection.close()
    assert odd in schema["statements"]
    assert "kind = 'meeting' OR kind = 'visit'" in schema["events"]
    assert " IN (" not in schema["events"]

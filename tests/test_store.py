"""SQLite connection settings the store relies on, and how commands meet a missing database."""

from __future__ import annotations

from sqlalchemy import text

from relations_db.store import open_database
from relations_db.store.engine import resolve_url


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path, run, sqlite_url):
    assert run("init", db=sqlite_url).exit_code == 0
    db = open_database(sqlite_url)
    with db.read() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.dispose()


def test_plain_path_becomes_sqlite_url(tmp_path):
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_reading_a_missing_database_says_what_to_run_and_creates_nothing(run, tmp_path):
    missing = tmp_path / "nothing.db"
    result = run("timeline", db=str(missing))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "relations-db init" in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists()


def test_reading_a_database_without_schema_exits_1(run, db_url):
    assert run("init").exit_code == 0
    assert run("db", "downgrade", "base").exit_code == 0
    result = run("timeline", "--format", "csv")
    assert result.exit_code == 1
    assert "no relations-db schema" in result.stderr


def test_unreachable_postgresql_is_a_runtime_failure(run):
    result = run("timeline", db="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot open the database")
    assert "Traceback" not in result.stderr


def test_unsupported_url_scheme_is_refused(run):
    result = run("timeline", db="mysql://x@y/z")
    assert result.exit_code == 1
    assert "unsupported database" in result.stderr


def test_a_file_that_is_not_a_database_is_named(run, tmp_path):
    """`--db notes.txt` on a text file: one line naming the file, exit 1, for readers and
    writers alike; the file is left as it was."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just some notes\n" * 40, encoding="utf-8")
    for args in (("timeline", "--format", "csv"), ("officials",), ("init",), ("db", "current")):
        result = run(*args, db=str(notes))
        assert result.exit_code == 1, (args, result.stderr)
        assert result.stderr == (
            f"error: cannot open the database {notes}: file is not a database\n"
        ), args
    assert notes.read_text(encoding="utf-8") == "not a database, just some notes\n" * 40

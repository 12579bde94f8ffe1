"""Shared fixtures: a fresh database on each backend, the CLI, and the bundled seed data.

PostgreSQL tests use the server in RELATIONS_DB_TEST_PG (default: the local one). When it
cannot be reached they are skipped, unless RELATIONS_DB_REQUIRE_PG=1 (CI sets it), where an
unreachable server fails them instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from relations_db.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PG_SERVER = os.environ.get(
    "RELATIONS_DB_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def _pg_database():
    """A throwaway PostgreSQL database, dropped afterwards."""
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        admin.dispose()
        message = f"PostgreSQL at {PG_SERVER} is unreachable: {exc}".splitlines()[0]
        if os.environ.get("RELATIONS_DB_REQUIRE_PG"):
            pytest.fail(message)
        pytest.skip(message)
    name = f"relations_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL database for this test session; `db_url` empties it for each test."""
    with _pg_database() as url:
        yield url


def _reset_pg(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """An empty database (no file, no tables yet) on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'relations.db'}"
    url = request.getfixturevalue("pg_server_url")
    _reset_pg(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'relations.db'}"


@pytest.fixture
def run(db_url):
    """Run the CLI against `db_url`; returns Click's result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(*args: str, db: str | None = None):
        return runner.invoke(cli, ["--db", db or db_url, *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A private copy of the bundled seed folder, safe to edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def seeded(run):
    result = run("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    return run


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def seeded_readonly(request, tmp_path_factory):
    """The seed data loaded once per test module and backend, for tests that only read.
    Like `run`, it invokes the CLI; `.url` is the database."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'relations.db'}"
        else:
            url = stack.enter_context(_pg_database())
        runner = CliRunner()

        def invoke(*args: str):
            return runner.invoke(cli, ["--db", url, *args], catch_exceptions=False)

        result = invoke("ingest", str(SEEDS))
        assert result.exit_code == 0, result.output
        invoke.url = url
        yield invoke


def database_checksum(url: str) -> str:
    """A digest of every row of every table, to prove a failed command changed nothing."""
    engine = create_engine(url)
    digest = hashlib.sha256()
    with engine.connect() as conn:
        inspector = inspect(conn)
        for view in sorted(inspector.get_view_names()):
            digest.update(f"view {view}: {inspector.get_view_definition(view)}".encode())
        for table in sorted(inspector.get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            digest.update(table.encode())
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode())
    engine.dispose()
    return digest.hexdigest()


def sqlite_bytes(url: str) -> bytes:
    path = Path(make_url(url).database)
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )

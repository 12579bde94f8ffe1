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

    def invoke(*args: str, db: str | None = None, input: str | None = None):
        return runner.invoke(
            cli, ["--db", db or db_url, *args], catch_exceptions=False, input=input
        )

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


# --- helpers for the reliability tests (faults, concurrency, hostile input) -------------

# Columns that differ between two databases holding the same records: timestamps, and the
# surrogate keys of rows that have no natural key.
VOLATILE_COLUMNS = {"created_at", "updated_at"}
AUTOINCREMENT_TABLES = {"positions", "evidence", "links", "event_claims", "statements"}


def canonical_dump(
    url: str, tables: set[str] | None = None, columns: dict[str, list[str]] | None = None
) -> dict[str, list[str]]:
    """Every table's rows as sorted reprs, without timestamps and autoincrement ids, so two
    databases that hold the same records compare equal however they were written.
    `columns` limits tables to those columns (what an older schema had)."""
    engine = create_engine(url)
    out: dict[str, list[str]] = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            if table == "alembic_version" or (tables is not None and table not in tables):
                continue
            names = [
                c["name"]
                for c in inspector.get_columns(table)
                if c["name"] not in VOLATILE_COLUMNS
                and not (table in AUTOINCREMENT_TABLES and c["name"] == "id")
                and (columns is None or table not in columns or c["name"] in columns[table])
            ]
            listed = ", ".join(f'"{c}"' for c in names)
            rows = conn.execute(text(f'SELECT {listed} FROM "{table}"')).all()
            out[table] = sorted(repr(tuple(r)) for r in rows)
    engine.dispose()
    return out


def table_columns(url: str) -> dict[str, list[str]]:
    """The columns of every table, to compare databases across schema versions."""
    engine = create_engine(url)
    with engine.connect() as conn:
        inspector = inspect(conn)
        out = {t: [c["name"] for c in inspector.get_columns(t)] for t in inspector.get_table_names()}
    engine.dispose()
    return out


def row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        counts = {
            table: conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in sorted(inspect(conn).get_table_names())
        }
    engine.dispose()
    return counts


def synthetic_records(n_events: int, seed: int = 1, events: range | None = None) -> list[dict]:
    """`relations_db.synthetic` records cut down to a self-contained load: the events in
    `events` (by position; default all), their sources, only the officials they name, and
    the links between two of the kept events. Far fewer officials than `generate` gives,
    so a load of a few hundred records takes seconds."""
    from relations_db.synthetic import generate

    records = list(generate(n_events, seed))
    event_kinds = {"meeting", "visit", "incident", "sanction"}
    all_events = [r for r in records if r["type"] in event_kinds]
    kept = all_events if events is None else [all_events[i] for i in events]
    kept_ids = {r["id"] for r in kept}
    named: set[str] = set()
    for r in kept:
        named.update(p["official"] for p in r.get("participants", ()) if p.get("official"))
        if r.get("traveler"):
            named.add(r["traveler"])
        if isinstance(r.get("target"), dict) and r["target"].get("official"):
            named.add(r["target"]["official"])
    used_sources = {r["source"] for r in kept}
    out = []
    for r in records:
        if r["type"] == "official" and r["id"] not in named:
            continue
        if r["type"] == "source" and r["id"] not in used_sources:
            continue
        if r["type"] in event_kinds and r["id"] not in kept_ids:
            continue
        if r["type"] == "link" and not (r["from"] in kept_ids and r["to"] in kept_ids):
            continue
        out.append(r)
    return out


def write_records(path: Path, records: list[dict]) -> Path:
    import json

    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def cli_command(url: str, *args: str) -> list[str]:
    """The CLI as a separate process (`python -m relations_db`), for kills and concurrency."""
    import sys

    return [sys.executable, "-m", "relations_db", "--db", url, *args]


def record_figures(name: str, **values) -> None:
    """Append a test's measured figures (kill points, writers, fuzz cases) as one JSON line
    to the file named by RELATIONS_DB_FIGURES, when set; docs/reliability.md quotes them."""
    import json

    target = os.environ.get("RELATIONS_DB_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps({"test": name, **values}, sort_keys=True) + "\n")

"""Engines for SQLite and PostgreSQL, with the connection settings relations-db relies on.

SQLite: foreign keys on for every connection, WAL (readers keep reading while one process
writes), a busy timeout so concurrent readers wait instead of failing, a writer that finds
another writing waits for it a bounded time (`writer_wait`, saying so on stderr) and then
gives up with one line, synchronous=NORMAL
(durable at each WAL checkpoint, safe against corruption), and real transactions: pysqlite's
own implicit transaction handling is switched off and we emit BEGIN ourselves, IMMEDIATE
for writers so two writers queue up rather than deadlock on a lock upgrade.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

DEFAULT_TARGET = "relations.db"
BUSY_TIMEOUT_MS = 60_000
# How long a writer waits for another writer (ingest, init) before giving up; seconds.
WRITER_WAIT_ENV = "RELATIONS_DB_LOCK_WAIT"
WRITER_WAIT_DEFAULT = 60.0


class TargetError(Exception):
    """The --db target is not a usable database address."""


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened (exit code 1)."""


class WriterBusy(DatabaseUnavailable):
    """Another writer held the database longer than `writer_wait()` (exit code 1)."""


def writer_wait() -> float:
    """Seconds a writer waits for another one: RELATIONS_DB_LOCK_WAIT, else 60."""
    raw = os.environ.get(WRITER_WAIT_ENV, "")
    try:
        value = float(raw)
    except ValueError:
        return WRITER_WAIT_DEFAULT
    return value if value >= 0 else WRITER_WAIT_DEFAULT


def say_waiting(holder: str, wait: float) -> None:
    """One line on stderr while a writer waits, so a long wait is not mistaken for a hang."""
    print(f"note: {holder}; waiting up to {wait:g} s ({WRITER_WAIT_ENV})", file=sys.stderr)


def resolve_url(target: str | None) -> str:
    """A file path becomes a SQLite URL; anything with `://` is taken as a SQLAlchemy URL."""
    target = target or os.environ.get("RELATIONS_DB") or DEFAULT_TARGET
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError as exc:
            raise TargetError(f"not a database URL: {target}") from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise TargetError(
                f"unsupported database {url.get_backend_name()!r}: use SQLite or PostgreSQL"
            )
        if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(target).expanduser().absolute()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other backends and in-memory databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, write: bool = False) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, write=write)
        return engine
    return create_engine(url, pool_pre_ping=False)


def _configure_sqlite(engine: Engine, *, write: bool) -> None:

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if write:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        # SQLite's lower() folds ASCII letters alone; the filters' case-insensitive
        # matching (query.lookup.lowered) needs every script's, as PostgreSQL's lower() has.
        dbapi_connection.create_function("unicode_lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if write:
            _begin_writing(connection)
        else:
            connection.exec_driver_sql("BEGIN")


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def _begin_writing(connection) -> None:
    """BEGIN IMMEDIATE at once, or after waiting `writer_wait()` for the other writer."""
    import sqlite3

    def begin(timeout_ms: int) -> bool:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {timeout_ms}")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as exc:
            if isinstance(exc.orig, sqlite3.OperationalError) and "locked" in str(exc.orig):
                return False
            raise
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return True

    if begin(0):
        return
    wait = writer_wait()
    path = sqlite_path(str(connection.engine.url))
    say_waiting(f"another ingest is writing to {path}", wait)
    if not begin(int(wait * 1000)):
        raise WriterBusy(
            f"another ingest is running on {path} (it held the write lock for more than "
            f"{wait:g} s, {WRITER_WAIT_ENV}); try again when it has finished"
        )

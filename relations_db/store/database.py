"""One handle on a relations-db database: read connections, write transactions, init."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from .engine import (
    WRITER_WAIT_ENV,
    DatabaseUnavailable,
    WriterBusy,
    make_engine,
    resolve_url,
    say_waiting,
    sqlite_path,
    writer_wait,
)
from .schema import SchemaError, current_revision, require_current

# PostgreSQL advisory lock key that queues writers ("relation" in ASCII).
WRITE_LOCK_KEY = 0x72656C6174696F6E


def plan_each_query(connection: Connection) -> None:
    """PostgreSQL: plan every statement of a write for its parameters. psycopg prepares a
    statement run five times, and the server may then keep a generic plan made while the
    tables were small; a bulk load that grows them would go on scanning them whole, batch
    after batch (quadratic: 200k events took 175 s against 14 s for 50k)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


def serialize_writers(connection: Connection) -> None:
    """Make the open write transaction the only one: writers queue as on SQLite (where
    BEGIN IMMEDIATE does it). Without it, two PostgreSQL ingests of the same new ids both
    find them missing and the second fails on the primary key, and two first ingests into
    an empty database both create the schema. Released at commit or rollback.

    Any session may take an advisory lock (a read-only `sql` query too), so the wait is
    bounded (`writer_wait`) and the error names the session holding the lock."""
    if connection.dialect.name != "postgresql":
        return
    key = {"key": WRITE_LOCK_KEY}
    if connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), key).scalar():
        return
    wait = writer_wait()
    say_waiting(f"another writer holds the write lock ({_lock_holder(connection)})", wait)
    try:
        with connection.begin_nested():  # a timeout must not abort the whole transaction
            connection.execute(text(f"SET LOCAL lock_timeout = {max(int(wait * 1000), 1)}"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), key)
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != "55P03":  # lock_not_available
            raise
        raise WriterBusy(
            f"another writer held the write lock for more than {wait:g} s "
            f"({WRITER_WAIT_ENV}): {_lock_holder(connection)}; try again when it has finished"
        ) from None
    connection.execute(text("SET LOCAL lock_timeout = DEFAULT"))


def _lock_holder(connection: Connection) -> str:
    """Who holds the writers' lock: pid, application, user and since when."""
    row = connection.execute(
        text(
            "SELECT a.pid, a.application_name, a.usename, "
            "to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS') FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid = (:key >> 32)::oid AND l.objid = (:key & 4294967295)::oid "
            "AND l.objsubid = 1 LIMIT 1"
        ),
        {"key": WRITE_LOCK_KEY},
    ).first()
    if row is None:
        return "its session has ended meanwhile"
    pid, application, user, since = row
    named = [f"application {application!r}" if application else "", f"user {user}" if user else ""]
    named_text = ", ".join(part for part in named if part)
    return (
        f"pid {pid}"
        + (f" ({named_text})" if named_text else "")
        + (f", in a transaction since {since}" if since else "")
    )


@dataclass
class Database:
    url: str
    _engines: dict[bool, Engine] = field(default_factory=dict, repr=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def dialect(self) -> str:
        return "sqlite" if self.url.startswith("sqlite") else "postgresql"

    def engine(self, *, write: bool = False) -> Engine:
        if write not in self._engines:
            self._engines[write] = make_engine(self.url, write=write)
        return self._engines[write]

    def exists(self) -> bool:
        path = self.path
        return path is None or (path.is_file() and path.stat().st_size > 0)

    def display(self) -> str:
        return (
            str(self.path) if self.path else self.engine().url.render_as_string(hide_password=True)
        )

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection to a database that exists and has the current schema."""
        if not self.exists():
            raise SchemaError(
                f"no database at {self.display()}: run `relations-db ingest seeds/` or "
                "`relations-db init` first"
            )
        with self.connect(write=False) as connection:
            require_current(connection)
            yield connection

    @contextmanager
    def write(self, *, dry_run: bool = False, bulk: bool = False) -> Iterator[Connection]:
        """One transaction; a database that does not exist yet is created and migrated in it.

        Everything, the schema included, commits together or not at all; a SQLite file this
        call created is removed again when the call fails or is a dry run. `bulk`: the
        caller finishes with `store.bulk.BulkLoad.finish()`, so a SQLite database without
        events may check its foreign keys there, once (`store.bulk.checked_at_end`).
        """
        path = self.path
        created = path is not None and not self.exists()
        if path is not None and not path.parent.is_dir():
            raise DatabaseUnavailable(f"cannot create {path}: no such folder {path.parent}")
        try:
            with self.connect(write=True) as connection, _foreign_key_checks(connection, bulk):
                transaction = connection.begin()
                try:
                    serialize_writers(connection)
                    plan_each_query(connection)
                    if current_revision(connection) is None:
                        from .migrate import upgrade

                        upgrade(connection)
                    else:
                        require_current(connection)
                    yield connection
                except BaseException:
                    transaction.rollback()
                    raise
                if dry_run:
                    transaction.rollback()
                else:
                    transaction.commit()
        except BaseException:
            if created:
                self._remove_sqlite_files()
            raise
        if created and dry_run:
            self._remove_sqlite_files()

    @contextmanager
    def connect(self, *, write: bool) -> Iterator[Connection]:
        engine = self.engine(write=write)
        try:
            connection = engine.connect()
        except DatabaseError as exc:
            # Unreachable, refused, or (SQLite) a file that is not a database: say which.
            raise DatabaseUnavailable(
                f"cannot open the database {self.display()}: {_first_line(exc.orig)}"
            ) from exc
        try:
            yield connection
        finally:
            connection.close()

    def _remove_sqlite_files(self) -> None:
        for engine in self._engines.values():
            engine.dispose()
        path = self.path
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def dispose(self) -> None:
        for engine in self._engines.values():
            engine.dispose()


def _foreign_key_checks(connection: Connection, bulk: bool):
    if not bulk:
        return nullcontext()
    from .bulk import checked_at_end  # the model's tables: only for loads

    return checked_at_end(connection)


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error and str(error).strip() else "unknown error"


def open_database(target: str | None = None) -> Database:
    return Database(resolve_url(target))


def init_database(db: Database, revision: str = "head") -> tuple[str | None, str | None]:
    """Create the database or upgrade it; returns the revisions before and after."""
    from .migrate import upgrade

    with db.connect(write=True) as connection:
        with connection.begin():
            serialize_writers(connection)
            before = current_revision(connection)
            upgrade(connection, revision)
            after = current_revision(connection)
    return before, after


def downgrade_database(db: Database, revision: str) -> tuple[str | None, str | None]:
    from .migrate import downgrade

    if not db.exists():
        raise SchemaError(f"no database at {db.display()}")
    with db.connect(write=True) as connection:
        with connection.begin():
            serialize_writers(connection)
            before = current_revision(connection)
            downgrade(connection, revision)
            after = current_revision(connection)
    return before, after


def revision_of(db: Database) -> str | None:
    if not db.exists():
        raise SchemaError(f"no database at {db.display()}")
    with db.connect(write=False) as connection:
        return current_revision(connection)

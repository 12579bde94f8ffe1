"""Read-only SQL for analysts, guarded in layers because each layer alone has a gap.

1. The statement: exactly one, and a query (SELECT, WITH ... SELECT, VALUES, or EXPLAIN of
   one). sqlparse reads it the way the database will, so comments and quoted semicolons
   fool neither count nor kind. This layer gives clear messages; it is not the wall.
2. SQLite: a connection opened read-only (`mode=ro`), `PRAGMA query_only`, an authorizer
   that allows reads and nothing else (no ATTACH, no writable PRAGMA, no temp tables),
   sqlite3's own refusal of a second statement, a watchdog thread that interrupts the
   query at its deadline (even inside one long function call), and caps on the length of
   any value and on SQLite's heap, so a query cannot allocate gigabytes first.
3. PostgreSQL: a READ ONLY transaction that is always rolled back, `statement_timeout`
   (which the query can lift, so a watchdog thread also cancels it at the deadline),
   a login without superuser powers (a superuser cannot give them away within its own
   session, so its queries run over a second connection as the role of
   `store/reader.py`), queries run through a cursor declaration (which takes one query
   and no data-modifying WITH) and EXPLAIN as a prepared statement (one command only).
   The connection is discarded afterwards, so nothing a query sets can outlive it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from ..inputs.errors import InputError

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
FETCH = 500
# SQLite has no per-connection heap limit: the cap is the process's, and can only go down
# (the CLI runs one command per process).
MAX_VALUE_BYTES = 64 * 2**20
MAX_HEAP_BYTES = 256 * 2**20
APPLICATION_NAME = "relations-db sql"

# PRAGMAs that only read. The first group may take an argument (a table or index name, or
# a row limit); the second may not, because with an argument they write.
_PRAGMAS_WITH_ARGUMENT = {
    "foreign_key_check",
    "foreign_key_list",
    "index_info",
    "index_list",
    "index_xinfo",
    "integrity_check",
    "quick_check",
    "table_info",
    "table_list",
    "table_xinfo",
}
_PRAGMAS_BARE = {
    "application_id",
    "collation_list",
    "compile_options",
    "data_version",
    "database_list",
    "encoding",
    "foreign_keys",
    "freelist_count",
    "function_list",
    "journal_mode",
    "module_list",
    "page_count",
    "page_size",
    "pragma_list",
    "schema_version",
    "user_version",
}


class QueryRefused(InputError):
    """The statement is not a single read-only query (exit 2; nothing ran)."""


class QueryTimeout(Exception):
    """The query ran past one of its limits (time, or memory) and was stopped (exit 1)."""


class QueryTooBig(QueryTimeout):
    """The query needed a value or more memory than `sql` allows (exit 1)."""


@dataclass
class SqlResult:
    columns: list[str]
    rows: Iterator[tuple]
    max_rows: int | None
    truncated: bool = False

    def __post_init__(self) -> None:
        self.columns = distinct_names(self.columns)


def distinct_names(columns: list[str]) -> list[str]:
    """Column names made distinct, so each value keeps its own key in JSON and its own cell
    in a table: a repeated `id` (`SELECT * FROM a JOIN b`) becomes `id_2`, then `id_3`,
    skipping names the query already uses."""
    given = set(columns)
    taken: set[str] = set()
    names = []
    for name in columns:
        unique, n = name, 1
        while unique in taken or (unique != name and unique in given):
            n += 1
            unique = f"{name}_{n}"
        taken.add(unique)
        names.append(unique)
    return names


def check_statement(sql: str, dialect: str) -> str:
    """Layer 1: the one statement, as the database will read it; refusals name the problem."""
    import sqlparse

    # A statement of nothing (only comments, or the empty one of `SELECT 1;;`) is no statement.
    statements = [s for s in sqlparse.parse(sql) if _opening(s) is not None]
    if not statements:
        raise QueryRefused("no SQL statement given", field="sql")
    if len(statements) > 1:
        raise QueryRefused(
            f"only one statement is allowed, got {len(statements)}: "
            f"{_describe(statements[1])} after {_describe(statements[0])}",
            field="sql",
        )
    statement = statements[0]
    kind = statement.get_type()
    opening = _opening(statement)
    first = opening.normalized.upper()
    if kind == "SELECT" or first in ("SELECT", "VALUES"):
        return str(statement).strip()
    if first == "EXPLAIN":
        if _explain_runs(statement):
            raise QueryRefused("EXPLAIN ANALYZE runs the statement; use EXPLAIN", field="sql")
        return str(statement).strip()
    if first == "PRAGMA" and dialect == "sqlite":
        return str(statement).strip()
    if kind == "UNKNOWN" and not opening.is_keyword:
        import difflib

        close = difflib.get_close_matches(first, ["SELECT", "WITH", "VALUES", "EXPLAIN"], n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise QueryRefused(
            f"syntax error at {opening.value!r}: not an SQL statement{hint}", field="sql"
        )
    raise QueryRefused(
        f"read-only: only SELECT queries are allowed, not {_describe(statement)}", field="sql"
    )


def _opening(statement):
    """The statement's first word: past comments and opening parentheses, and inside the
    groups sqlparse makes (`VALUES (1), (2)` is one group, `(SELECT 1)` another); None for
    a statement of nothing (comments alone, or the empty one in `SELECT 1;;`)."""
    from sqlparse import tokens

    for token in statement.flatten():
        if token.is_whitespace or token.ttype in tokens.Comment or token.match(
            tokens.Punctuation, "("
        ):
            continue
        return None if token.match(tokens.Punctuation, ";") else token
    return None


def _explain_runs(statement) -> bool:
    """Does this EXPLAIN run its statement: ANALYZE (or ANALYSE) among its options, in
    either form (`EXPLAIN ANALYZE ...`, `EXPLAIN (FORMAT JSON, ANALYZE) ...`), not off?"""
    words = [t.normalized.upper() for t in statement.flatten() if not t.is_whitespace][1:]
    for i, word in enumerate(words):
        if word in ("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE"):
            return False
        if word in ("ANALYZE", "ANALYSE"):
            return words[i + 1 : i + 2] not in (["FALSE"], ["OFF"], ["0"])
    return False


def _describe(statement) -> str:
    kind = statement.get_type()
    if kind == "UNKNOWN":
        kind = _opening(statement).normalized.upper()
    return kind


def run_sql(
    db,
    sql: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> Iterator[SqlResult]:
    """Check and start one read-only query: a context manager whose SqlResult streams its
    rows while the context is open (`with run_sql(db, sql) as result: ...`).

    `timeout` (seconds; 0 or None: no limit) bounds the whole query, fetches included."""
    from ..store.schema import require_current

    statement = check_statement(sql, db.dialect)
    with db.read() as connection:
        require_current(connection)
    if db.dialect == "sqlite":
        return _SqliteQuery(db.path, statement, timeout, max_rows)
    return _PostgresQuery(db, statement, timeout, max_rows)


class _Deadline:
    """Calls `stop` from a thread of its own once `timeout` seconds have passed, so the
    limit holds whatever the query does (a setting it lifts, one long function call)."""

    def __init__(self, timeout: float | None, stop):
        self.timeout = timeout or None
        self.expired = False
        self._stop = stop
        self._lock = threading.Lock()
        self._done = False
        self._timer = threading.Timer(self.timeout, self._fire) if self.timeout else None
        if self._timer is not None:
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            try:
                self._stop()
            except Exception:  # noqa: BLE001 - the query ended meanwhile
                pass

    def check(self) -> None:
        if self.expired:
            raise self.error()

    def error(self) -> QueryTimeout:
        return QueryTimeout(
            f"the query ran longer than {self.timeout:g} s and was stopped (--timeout)"
        )

    def cancel(self) -> None:
        """No stop after this returns (the connection may be closed next)."""
        with self._lock:
            self._done = True
        if self._timer is not None:
            self._timer.cancel()


class _Capped:
    """Rows up to `max_rows`; records whether more were there."""

    def __init__(self, fetch, max_rows: int | None, on_error, deadline: _Deadline):
        self._fetch = fetch
        self._max = max_rows
        self._on_error = on_error
        self._deadline = deadline
        self.truncated = False

    def __iter__(self) -> Iterator[tuple]:
        count = 0
        while True:
            self._deadline.check()
            try:
                batch = self._fetch()
            except Exception as exc:  # noqa: BLE001 - translated to our errors
                self._on_error(exc)
                raise
            if not batch:
                return
            for row in batch:
                if self._max is not None and count >= self._max:
                    self.truncated = True
                    return
                count += 1
                yield tuple(row)


class _SqliteQuery:
    def __init__(self, path, statement: str, timeout: float, max_rows: int | None):
        self.path = path
        self.statement = statement
        self.timeout = timeout
        self.max_rows = max_rows

    def __enter__(self) -> SqlResult:
        uri = f"file:{quote(str(self.path))}?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA query_only = ON")
        self.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        self.conn.execute(f"PRAGMA hard_heap_limit = {MAX_HEAP_BYTES}")
        self.conn.set_authorizer(_authorize)
        self.deadline = _Deadline(self.timeout, self.conn.interrupt)
        try:
            cursor = self.conn.execute(self.statement)
        except Exception as exc:
            self.deadline.cancel()
            self.conn.close()
            self._raise(exc)
            raise
        columns = [d[0] for d in cursor.description or ()]
        rows = _Capped(lambda: cursor.fetchmany(FETCH), self.max_rows, self._raise, self.deadline)
        self.result = SqlResult(columns, rows, self.max_rows)
        self._rows = rows
        return self.result

    def _raise(self, exc: Exception) -> None:
        if isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc):
            raise self.deadline.error() from None
        if isinstance(exc, MemoryError) or (
            isinstance(exc, sqlite3.DataError) and "too big" in str(exc)
        ):
            raise QueryTooBig(
                f"the query needs more memory than sql allows (values up to "
                f"{MAX_VALUE_BYTES // 2**20} MiB, {MAX_HEAP_BYTES // 2**20} MiB in all) and "
                "was stopped"
            ) from None
        if isinstance(exc, sqlite3.DatabaseError) and "not authorized" in str(exc):
            raise QueryRefused(f"read-only: {exc}", field="sql") from None
        if isinstance(exc, sqlite3.Warning | sqlite3.ProgrammingError) and "one statement" in str(
            exc
        ):
            raise QueryRefused("only one statement is allowed", field="sql") from None
        if isinstance(exc, sqlite3.Error):
            raise QueryRefused(f"SQLite: {exc}", field="sql") from None

    def __exit__(self, *exc_info) -> None:
        self.result.truncated = self._rows.truncated
        self.deadline.cancel()
        self.conn.close()


def _authorize(action, arg1, arg2, db_name, trigger) -> int:
    """Layer 2 on SQLite: reads pass; everything else is denied."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_DENY if arg2 == "load_extension" else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _PRAGMAS_WITH_ARGUMENT or (name in _PRAGMAS_BARE and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


class _PostgresQuery:
    def __init__(self, db, statement: str, timeout: float, max_rows: int | None):
        self.db = db
        self.statement = statement
        self.timeout = timeout
        self.max_rows = max_rows

    def __enter__(self) -> SqlResult:
        self.raw = self._connect()
        raw = self.raw
        self.deadline = _Deadline(self.timeout, raw.cancel_safe)
        milliseconds = max(int(self.deadline.timeout * 1000), 1) if self.deadline.timeout else 0
        try:
            with raw.cursor() as setup:
                setup.execute("SET TRANSACTION READ ONLY")
                setup.execute(f"SET LOCAL statement_timeout = {milliseconds}")
            if self.statement.split(None, 1)[0].upper() == "EXPLAIN":
                cursor = raw.cursor()
                cursor.execute(self.statement, prepare=True)
            else:
                cursor = raw.cursor(name="relations_db_sql")
                cursor.itersize = FETCH
                cursor.execute(self.statement)
            self.cursor = cursor
            columns = [d.name for d in cursor.description or ()]
        except Exception as exc:
            self._discard()
            self._raise(exc)
            raise
        rows = _Capped(lambda: cursor.fetchmany(FETCH), self.max_rows, self._raise, self.deadline)
        self._rows = rows
        self.result = SqlResult(columns, rows, self.max_rows)
        return self.result

    def _raise(self, exc: Exception) -> None:
        import psycopg

        if isinstance(exc, psycopg.errors.QueryCanceled) or self.deadline.expired:
            raise self.deadline.error() from None
        if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction):
            raise QueryRefused(f"read-only: {_first_line(exc)}", field="sql") from None
        if isinstance(exc, psycopg.errors.AdminShutdown) and self._server_up():
            # The query ended its own session (pg_terminate_backend(pg_backend_pid())): its
            # doing, as a refused query is. A server that is going down is a runtime error.
            raise QueryRefused(
                f"PostgreSQL ended the query's session: {_first_line(exc)}", field="sql"
            ) from None
        if isinstance(exc, psycopg.Error) and not isinstance(exc, psycopg.OperationalError):
            raise QueryRefused(f"PostgreSQL: {_first_line(exc)}", field="sql") from None

    def __exit__(self, *exc_info) -> None:
        self.result.truncated = self._rows.truncated
        self._discard()

    def _connect(self):
        """A psycopg connection for the query: the login's own, or the reader role's when
        the login is (or may become) a superuser."""
        import psycopg

        from ..store.database import DatabaseUnavailable
        from ..store.reader import connect_reader, needs_reader

        try:
            raw = psycopg.connect(**self._params(), application_name=APPLICATION_NAME)
        except psycopg.OperationalError as exc:
            raise DatabaseUnavailable(
                f"cannot open the database {self.db.display()}: {_first_line(exc)}"
            ) from None
        try:
            reader = needs_reader(raw)
            raw.rollback()
            if not reader:
                return raw
            raw.autocommit = True
            return connect_reader(self.db.url, raw, application_name=APPLICATION_NAME)
        except BaseException:
            raw.close()
            raise
        finally:
            if raw.autocommit:  # the login only set up the reader
                raw.close()

    def _server_up(self) -> bool:
        import psycopg

        try:
            psycopg.connect(**self._params(), connect_timeout=5).close()
        except psycopg.Error:
            return False
        return True

    def _params(self) -> dict:
        engine = self.db.engine()
        return engine.dialect.create_connect_args(engine.url)[1]

    def _discard(self) -> None:
        # Roll back and drop the session: nothing a query set (set_config) is reused.
        self.deadline.cancel()
        try:
            self.raw.rollback()
        except Exception:  # noqa: BLE001 - the connection is being thrown away
            pass
        self.raw.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

"""Rows straight to the driver: `executemany` on tuples, inside SQLAlchemy's transaction.

SQLAlchemy's Core `insert()` with a list of dicts compiles the statement and runs every
value of every row through its parameter processing; for bulk loads that is most of the
time spent. Here a statement is built once per table and column list, only the columns
whose type needs converting for the driver (dates and times on SQLite) are converted, with
SQLAlchemy's own bind processors, and the rows go to the DBAPI cursor as tuples: with
`executemany` on SQLite, with `COPY FROM STDIN` on PostgreSQL. Only new rows come here.

With `background=True` (bulk ingest) the rows are shipped by a second thread while the
caller reads and validates the next batch: SQLite's `executemany` and PostgreSQL's COPY
spend most of their time outside the GIL, so a load uses both cores. The connection stays
one sequence of statements: any other statement, and the commit or rollback, first waits
for the shipped rows (a `before_cursor_execute` hook), and a failure in the thread is
raised there, in the caller's thread.
"""

from __future__ import annotations

import queue
import threading

from sqlalchemy import Connection, Table, event

# Inserts waiting to be shipped at most: about two batches of every table (memory stays flat).
QUEUE_DEPTH = 32


class _Shipper(threading.Thread):
    """One thread that runs the inserts it is given, in order."""

    def __init__(self):
        super().__init__(name="relations-db rows", daemon=True)
        self.tasks: queue.Queue = queue.Queue(maxsize=QUEUE_DEPTH)
        self.error: BaseException | None = None

    def run(self) -> None:
        while True:
            task = self.tasks.get()
            try:
                if task is None:
                    return
                if self.error is None:  # after a failure the rest is skipped
                    task()
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                self.error = exc
            finally:
                self.tasks.task_done()

    def wait(self) -> None:
        """Until every insert given so far has run; raises the first failure."""
        self.tasks.join()
        if self.error is not None:
            error, self.error = self.error, None
            raise error


class RowWriter:
    def __init__(self, connection: Connection, *, background: bool = False):
        self.conn = connection
        self.dialect = connection.dialect
        self._statements: dict[tuple, tuple] = {}
        self._shipper: _Shipper | None = None
        if background:
            self._shipper = _Shipper()
            self._shipper.start()
            event.listen(connection, "before_cursor_execute", self._before_statement)
            event.listen(connection, "commit", self._before_end)
            event.listen(connection, "rollback", self._before_end)

    def _before_statement(self, *_args) -> None:
        self.drain()

    def _before_end(self, _connection) -> None:
        self.drain()

    def drain(self) -> None:
        """Wait until every row given so far is in the database (raises its failure)."""
        if self._shipper is not None:
            self._shipper.wait()

    def close(self, *, quiet: bool = False) -> None:
        """Ship what is left and stop the thread; the rows' failure, if any, is raised
        (unless `quiet`: the caller is already failing)."""
        shipper, self._shipper = self._shipper, None
        if shipper is None:
            return
        event.remove(self.conn, "before_cursor_execute", self._before_statement)
        event.remove(self.conn, "commit", self._before_end)
        event.remove(self.conn, "rollback", self._before_end)
        try:
            shipper.wait()
        except BaseException:
            if not quiet:
                raise
        finally:
            shipper.tasks.put(None)
            shipper.join()

    def _prepared(self, table: Table, columns: tuple[str, ...]):
        key = (table.name, columns)
        if key not in self._statements:
            marker = "?" if self.dialect.paramstyle == "qmark" else "%s"
            names = ", ".join(self.dialect.identifier_preparer.quote(c) for c in columns)
            sql = (
                f"INSERT INTO {self.dialect.identifier_preparer.format_table(table)} "
                f"({names}) VALUES ({', '.join([marker] * len(columns))})"
            )
            by_name = {column.name: column for column in table.columns}
            processors = [
                (i, p)
                for i, c in enumerate(columns)
                if (p := by_name[c].type._cached_bind_processor(self.dialect)) is not None
            ]
            self._statements[key] = (sql, processors)
        return self._statements[key]

    def insert(self, table: Table, rows: list[dict]) -> None:
        """Insert dict rows that all have the same keys."""
        if not rows:
            return
        columns = tuple(rows[0])
        self.insert_tuples(table, columns, [tuple(row.values()) for row in rows])

    def insert_tuples(
        self, table: Table, columns: tuple[str, ...], rows: list[tuple], *, ready: bool = False
    ) -> None:
        """`ready`: the values are already in the driver's form (dates as ISO text,
        timestamps from `stamp`), so no value is converted."""
        if not rows:
            return
        sql, processors = self._prepared(table, columns)
        if processors and not ready:
            converted = []
            for row in rows:
                row = list(row)
                for i, process in processors:
                    if row[i] is not None:
                        row[i] = process(row[i])
                converted.append(row)
            rows = converted
        dbapi = self.conn.connection.dbapi_connection
        if self._shipper is not None:
            self._shipper.tasks.put(lambda: self._ship(dbapi, table, columns, sql, rows))
        else:
            self._ship(dbapi, table, columns, sql, rows)

    def _ship(self, dbapi, table: Table, columns: tuple[str, ...], sql: str, rows) -> None:
        cursor = dbapi.cursor()
        try:
            if self.dialect.name == "postgresql":
                self._copy(cursor, table, columns, rows)
            else:
                cursor.executemany(sql, rows)
        finally:
            cursor.close()

    def stamp(self, table: Table, column: str, value):
        """One value of `table.column` in the driver's form (a timestamp for many rows)."""
        process = table.c[column].type._cached_bind_processor(self.dialect)
        return process(value) if process is not None and value is not None else value

    def _copy(self, cursor, table: Table, columns: tuple[str, ...], rows) -> None:
        """PostgreSQL: `COPY ... FROM STDIN`, the server's own bulk path (psycopg adapts
        each value as it would a parameter)."""
        quote = self.dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in columns)
        target = self.dialect.identifier_preparer.format_table(table)
        with cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

"""Rows straight to the driver: `executemany` on tuples, inside SQLAlchemy's transaction.

SQLAlchemy's Core `insert()` with a list of dicts compiles the statement and runs every
value of every row through its parameter processing; for bulk loads that is most of the
time spent. Here a statement is built once per table and column list, only the columns
whose type needs converting for the driver (dates and times on SQLite) are converted, with
SQLAlchemy's own bind processors, and the rows go to the DBAPI cursor as tuples: with
`executemany` on SQLite, with `COPY FROM STDIN` on PostgreSQL. Only new rows come here.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table


class RowWriter:
    def __init__(self, connection: Connection):
        self.conn = connection
        self.dialect = connection.dialect
        self._statements: dict[tuple, tuple] = {}

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
        cursor = self.conn.connection.cursor()
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

"""A SQLite file read with the sqlite3 module alone, without SQLAlchemy.

A lookup or an export is a whole process, and importing SQLAlchemy is most of a short
one (`python -c "import sqlalchemy"`: about 0.27 s). The reads that need nothing else
(the whole timeline as CSV, `official NAME`) open the file here, read-only, once its
schema revision is the one they were written for; anything else (PostgreSQL, a URL,
another revision) goes through the store as usual, which also says what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

# The schema revision these reads were written for (tests keep it SCHEMA_HEAD).
SCHEMA = "0006"
BUSY_TIMEOUT_S = 60.0


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection in autocommit mode (BEGIN is the caller's)."""
    return sqlite3.connect(
        f"file:{quote(path)}?mode=ro",  # a '?', '#' or '%' in the path stays the path's
        uri=True,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,
        check_same_thread=False,  # opened by one thread, stepped by another
    )


def schema_revision(path: str) -> str | None:
    """The schema revision stamped in the SQLite file at `path`; None when it is not a
    relations-db database."""
    try:
        connection = connect(path)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def reading(path: str) -> sqlite3.Connection:
    """A connection inside a read transaction: its snapshot is taken at the first read."""
    connection = connect(path)
    connection.execute("BEGIN")
    connection.execute("SELECT count(*) FROM alembic_version").fetchone()
    return connection


@contextmanager
def reader(path: str) -> Iterator[sqlite3.Connection]:
    """One read transaction whose rows read like SQLAlchemy's (`row.id`)."""
    connection = reading(path)
    connection.row_factory = _named_row
    try:
        yield connection
    finally:
        connection.close()


_ROW_TYPES: dict[tuple, type] = {}


def _named_row(cursor: sqlite3.Cursor, values: tuple):
    names = tuple(column[0] for column in cursor.description)
    row_type = _ROW_TYPES.get(names)
    if row_type is None:
        row_type = _ROW_TYPES[names] = namedtuple("Row", names)
    return row_type(*values)


def sqlite_file(target: str | None) -> str | None:
    """The file `--db` names when it is a SQLite database at SCHEMA, else None (no
    target given, a URL, no such file, another revision: the store's path then)."""
    import os

    if target is None or "://" in target:
        return None
    path = os.path.abspath(os.path.expanduser(target))
    if not os.path.isfile(path) or schema_revision(path) != SCHEMA:
        return None
    return path

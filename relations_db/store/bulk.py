"""Bulk loads into an empty database: build the secondary indexes once, at the end.

Keeping a dozen indexes up to date row by row costs more than the rows themselves;
building each index once over the loaded table is the standard remedy (and checking
each foreign key once over the loaded tables). Only the plain (non-unique) indexes are
dropped: primary keys and unique constraints keep guarding the data during the load. It
all happens inside the ingest transaction, so a failed load leaves the indexes as they
were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, select
from sqlalchemy.schema import AddConstraint, DropConstraint

from ..model import Base, Event, Statement

# SQLite's page cache for a load, in KiB (negative = KiB in PRAGMA cache_size): large
# enough for the indexes being built, small enough to keep a load's memory flat.
SQLITE_CACHE_KIB = 16 * 1024


# PostgreSQL: tables that hang off events and that a bulk load never looks up by their
# primary key; their keys are built once at the end, as a restore does (the load checks
# duplicates itself, and building the key then checks them again).
KEYS_BUILT_AFTER = (
    "participants",
    "event_countries",
    "event_sources",
    "incident_parties",
    "characterizations",
    "meetings",
    "visits",
    "incidents",
    "sanctions",
    "evidence",
)


class BulkLoad:
    def __init__(
        self,
        connection: Connection,
        indexes: list,
        foreign_keys: list | None = None,
        keys: list | None = None,
        *,
        fresh: bool = False,
    ):
        self.connection = connection
        self.indexes = indexes
        self.foreign_keys = foreign_keys or []
        self.keys = keys or []
        # No event and no statement stored before the load: every stored event is one
        # this load wrote (see `Writer.upsert_events(..., fresh=True)`).
        self.fresh = fresh

    def finish(self) -> None:
        for index in self.indexes:
            index.create(self.connection)
        for constraint in (*self.keys, *self.foreign_keys):
            self.connection.execute(AddConstraint(constraint))
        if self.connection.dialect.name == "sqlite":
            check_foreign_keys(self.connection)


@contextmanager
def checked_at_end(connection: Connection) -> Iterator[None]:
    """Around a write transaction that may be a bulk load (entered before it begins: SQLite
    cannot change the setting inside one). A SQLite database without events (or without
    tables yet) loads with foreign keys unchecked, and `BulkLoad.finish()` checks every
    one of them at the end, in the same transaction, as PostgreSQL's bulk load adds its
    constraints back. A check per row was a twelfth of a 200k load (1.4 s); the check at
    the end takes 0.5 s. Afterwards the pooled connection checks each row again."""
    deferred = _defer_foreign_keys(connection)
    try:
        yield
    finally:
        if deferred:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _defer_foreign_keys(connection: Connection) -> bool:
    """True when foreign keys were switched off: SQLite, and no event stored yet."""
    if connection.dialect.name != "sqlite":
        return False
    import sqlite3

    raw = connection.connection.dbapi_connection
    try:
        if raw.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None:
            return False
    except sqlite3.OperationalError:  # no events table: a new database
        pass
    raw.execute("PRAGMA foreign_keys = OFF")
    return True


def check_foreign_keys(connection: Connection) -> None:
    """SQLite, when the load ran with foreign keys unchecked (`checked_at_end`): every
    row's references, checked once; a row naming a missing parent fails the load, as the
    check of each row would have."""
    if connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        return  # checked row by row already
    import sqlite3

    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if dangling is not None:
        table, rowid, parent, _ = dangling
        raise sqlite3.IntegrityError(
            f"FOREIGN KEY constraint failed: row {rowid} of {table} names a missing {parent} row"
        )


def bulk_load(connection: Connection) -> BulkLoad:
    """Drop the plain indexes when the database holds no events yet; `finish()` rebuilds
    them. On a database with data, nothing changes."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    if connection.execute(select(Event.id).limit(1)).first() is not None:
        return BulkLoad(connection, [])
    fresh = connection.execute(select(Statement.id).limit(1)).first() is None
    indexes = [
        index
        for table in Base.metadata.sorted_tables
        for index in sorted(table.indexes, key=lambda i: i.name)
        if not index.unique
    ]
    for index in indexes:
        index.drop(connection)
    foreign_keys = []
    if connection.dialect.name == "postgresql":
        # PostgreSQL checks a foreign key row by row with a trigger; added back at the end,
        # it checks the whole table in one join. (SQLite switches them off before the
        # transaction, in `checked_at_end`; `finish` checks them.)
        foreign_keys = [
            constraint
            for table in Base.metadata.sorted_tables
            for constraint in sorted(table.foreign_key_constraints, key=lambda c: c.name)
        ]
        for constraint in foreign_keys:
            connection.execute(DropConstraint(constraint))
        keys = [Base.metadata.tables[name].primary_key for name in KEYS_BUILT_AFTER]
        for constraint in keys:
            connection.execute(DropConstraint(constraint))
        return BulkLoad(connection, indexes, foreign_keys, keys, fresh=fresh)
    return BulkLoad(connection, indexes, foreign_keys, fresh=fresh)

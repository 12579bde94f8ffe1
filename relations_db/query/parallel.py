"""The whole timeline of a SQLite database, read by two connections at once.

The `timeline` view computes each event's participants, countries and sources with
correlated subqueries; at 200k events that and the sort are about two seconds of SQLite,
and one connection steps on one core. Here the timeline is cut into ranges of start
dates, each range read (in table order) and sorted by its own query; two worker threads
run alternate ranges, each on its own connection (SQLite lets other threads run while it
steps), while the caller writes the rows of the range in hand. That is when a core is
idle: on a busy machine one sorted query costs less, and runs instead. Memory stays flat:
each range is sorted inside SQLite (which spills to temporary files past its cache), and
a worker stops once a few batches of its range wait for the caller.

All workers read one snapshot: their read transactions begin while no other connection
commits (`PRAGMA data_version` read before and after), so a concurrent ingest cannot make
an event appear twice or not at all.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
from collections.abc import Iterator

from ..model.enums import TIMELINE_COLUMNS
from . import rawsqlite

WORKERS = 2
PARTS = 4  # ranges of start dates: the first is written while the next ones sort
BATCH = 1000  # rows a fetch
AHEAD = 4  # batches a worker may have waiting for the caller
_DONE = object()

# The view's columns, NULL as '' (what CSV writes for both): no None for the writer to
# replace. Not named, so ORDER BY still sorts the view's own columns (NULL start last).
_CELLS = ", ".join(f"coalesce(\"{name}\", '')" for name in TIMELINE_COLUMNS)
# Same order as the timeline: oldest first, undated last, ties by end date then id.
_ORDER = 'CASE WHEN start IS NULL THEN 1 ELSE 0 END, start, "end", id'
_REVERSED = 'CASE WHEN start IS NULL THEN 1 ELSE 0 END, start DESC, "end" DESC, id DESC'


def timeline_batches(path: str, reverse: bool = False) -> Iterator[list[tuple]]:
    """Every row of the `timeline` view of the SQLite file at `path`, in timeline order
    (newest first with `reverse`, undated last either way), in batches of tuples."""
    parts = PARTS if _spare_core() else 1
    connections = _snapshot(path, parts + 1) if parts > 1 else [rawsqlite.reading(path)]
    try:
        ranges = _ranges(connections[0], parts)
        if reverse:
            ranges.reverse()
        # Undated events last either way; few, so read through the date index.
        ranges.append(("start IS NULL", ()))
        order = _REVERSED if reverse else _ORDER
        queries = [
            (f"SELECT {_CELLS} FROM timeline WHERE {where} ORDER BY {order}", params)
            for where, params in ranges
        ]
        if len(connections) == 1:
            yield from _one_by_one(connections[0], queries)
        else:
            yield from _pipeline(connections, queries)
    finally:
        for connection in connections:
            connection.close()


def _spare_core() -> bool:
    """Whether a core is idle now, for a second worker: fewer processes running (this one
    included, from /proc/loadavg) than cores. On a busy machine the ranges only add work
    (each range looks up its events' details across the whole file): one sorted query
    then costs less. Where /proc is missing, assume a core is free."""
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            running = int(handle.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return True
    return running < (os.cpu_count() or 1)


def _one_by_one(
    connection: sqlite3.Connection, queries: list[tuple[str, tuple]]
) -> Iterator[list[tuple]]:
    for sql, params in queries:
        cursor = connection.execute(sql, params)
        while batch := cursor.fetchmany(BATCH):
            yield batch


def _snapshot(path: str, count: int) -> list[sqlite3.Connection]:
    """`count` connections in read transactions that all see the same committed state.

    A connection's snapshot is taken at its first read after BEGIN; if no commit lands
    between the first and the last of them, they are all the same one. Otherwise, try
    again (a writer committing a batch at a time leaves gaps between its commits)."""
    clock = rawsqlite.connect(path)
    try:
        for _ in range(50):
            before = clock.execute("PRAGMA data_version").fetchone()[0]
            connections = [rawsqlite.reading(path) for _ in range(count)]
            if clock.execute("PRAGMA data_version").fetchone()[0] == before:
                return connections
            for connection in connections:
                connection.close()
        return [rawsqlite.reading(path)]  # never a quiet moment: one snapshot, no parallel reads
    finally:
        clock.close()


def _ranges(connection: sqlite3.Connection, parts: int) -> list[tuple[str, tuple]]:
    """WHERE clauses (and their parameters) that cut the dated events into about `parts`
    ranges of start dates, oldest first. Events of one start date stay in one range, so
    the ranges' sorted rows, one range after the other, are the timeline's order.

    `+start` keeps SQLite from reading a range through the date index: in index order
    each event's participants, countries and sources are looked up at random, which costs
    more than the sort."""
    dated = connection.execute("SELECT count(date_start) FROM events").fetchone()[0]
    cuts: list[str] = []
    for part in range(1, parts):
        row = connection.execute(
            "SELECT date_start FROM events WHERE date_start IS NOT NULL"
            " ORDER BY date_start LIMIT 1 OFFSET ?",
            (dated * part // parts,),
        ).fetchone()
        if row is not None and (not cuts or row[0] > cuts[-1]):
            cuts.append(row[0])
    bounds = [None, *cuts, None]
    ranges = []
    for low, high in zip(bounds, bounds[1:], strict=False):
        where = ["+start IS NOT NULL"]
        params = []
        if low is not None:
            where.append("+start >= ?")
            params.append(low)
        if high is not None:
            where.append("+start < ?")
            params.append(high)
        ranges.append((" AND ".join(where), tuple(params)))
    return ranges


def _pipeline(
    connections: list[sqlite3.Connection], queries: list[tuple[str, tuple]]
) -> Iterator[list[tuple]]:
    """The rows of `queries`, one query after the other, each run by a thread of its own
    on a connection of its own, ahead of the caller.

    At most WORKERS queries compute at once (a query's first fetch is its whole sort);
    a sorted query waits inside SQLite, with a few batches fetched, for the caller to
    reach it, so the next ones are sorted while the caller writes this one."""
    outputs = [queue.Queue(maxsize=AHEAD) for _ in queries]
    stop = threading.Event()
    cores = threading.Semaphore(WORKERS)

    def put(output: queue.Queue, item) -> bool:
        while not stop.is_set():
            try:
                output.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work(connection: sqlite3.Connection, index: int) -> None:
        sql, params = queries[index]
        output = outputs[index]
        try:
            with cores:
                if stop.is_set():
                    return
                cursor = connection.execute(sql, params)
                batch = cursor.fetchmany(BATCH)
            while batch:
                if not put(output, batch):
                    return
                batch = cursor.fetchmany(BATCH)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            put(output, exc)
            return
        put(output, _DONE)

    threads = [
        threading.Thread(target=work, args=(connections[i], i), daemon=True)
        for i in range(len(queries))
    ]
    for thread in threads:
        thread.start()
    try:
        for output in outputs:
            while (item := output.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
    finally:
        stop.set()
        for connection in connections:
            connection.interrupt()  # a query inside a long sort stops at once
        for thread in threads:
            thread.join()

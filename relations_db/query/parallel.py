"""The whole timeline of a SQLite file, written by worker processes.

The `timeline` view computes each event's participants, countries and sources with
correlated subqueries, and the timeline's order is a sort of every row: at 1M events about
nine seconds of SQLite on one core. The timeline is cut into ranges of start dates, and
WORKERS processes each read and sort alternate ranges and render them into a file of
their own, while the caller copies the finished ones, in order, to the output. Processes
and not threads: two threads of one process, each on its own connection, took as long
for two sorted halves as one thread took for both (measured at 1M events: 7.8 s each
at once, 3.6 s each one after the other); two processes took 4.6 s each, at once.

All workers read one snapshot. Each begins its read transaction when it starts, and
the caller's `PRAGMA data_version`, read before the first worker starts and after the
last one has begun, tells whether a commit landed in between; if one did, the workers
stop and one sorted query writes the timeline instead. Memory stays flat: each range is
sorted inside SQLite, which spills to temporary files past its cache, and a rendered range
waits on disk (beside the output file, or in the temporary folder), not in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ..model.enums import TIMELINE_COLUMNS
from . import rawsqlite

WORKERS = 2
RANGES_PER_WORKER = 2  # the caller copies a finished range while later ones are sorted
PARALLEL_FROM = 20_000  # dated events; below this, one query ends before processes start
BATCH = 1000  # rows a fetch
START_TIMEOUT_S = 60.0  # how long a worker may take to begin its read transaction

# The view's columns, NULL as '' (what CSV writes for both): no None for the writer to
# replace. Not named, so ORDER BY still sorts the view's own columns (NULL start last).
_CELLS = ", ".join(f"coalesce(\"{name}\", '')" for name in TIMELINE_COLUMNS)
# Same order as the timeline: oldest first, undated last, ties by end date then id.
_ORDER = 'CASE WHEN start IS NULL THEN 1 ELSE 0 END, start, "end", id'
_REVERSED = 'CASE WHEN start IS NULL THEN 1 ELSE 0 END, start DESC, "end" DESC, id DESC'

# render(batches, out, header): writes the rows of `batches` (and the header row when
# `header`) to the text file `out`; returns the number of rows.
Render = Callable[[Iterable[list[tuple]], TextIO, bool], int]


def timeline_batches(path: str, reverse: bool = False) -> Iterator[list[tuple]]:
    """Every row of the `timeline` view of the SQLite file at `path`, in timeline order
    (newest first with `reverse`, undated last either way), in batches of tuples: one
    sorted query on one connection."""
    connection = rawsqlite.reading(path)
    try:
        yield from _batches(connection, _query("", reverse), ())
    finally:
        connection.close()


def write_timeline(path: str, out: TextIO, render: Render, reverse: bool = False) -> int:
    """Write the whole timeline of the SQLite file at `path` to `out` with `render`, in
    worker processes when the file is large enough and the machine has the cores; returns
    the number of rows."""
    workers = min(WORKERS, os.cpu_count() or 1)
    clock = rawsqlite.connect(path)
    try:
        before = _data_version(clock)
        ranges = _ranges(clock, workers * RANGES_PER_WORKER) if workers > 1 else []
        if len(ranges) > 1:
            if reverse:
                ranges.reverse()
            # Undated events last either way; few, so read through the date index.
            ranges.append(("start IS NULL", ()))
            queries = [(_query(where, reverse), params) for where, params in ranges]
            count = _in_workers(path, clock, before, queries, out, render, workers)
            if count is not None:
                return count
    finally:
        clock.close()
    return render(timeline_batches(path, reverse), out, True)


def _query(where: str, reverse: bool) -> str:
    condition = f" WHERE {where}" if where else ""
    return f"SELECT {_CELLS} FROM timeline{condition} ORDER BY {_REVERSED if reverse else _ORDER}"


def _batches(connection, sql: str, params: tuple) -> Iterator[list[tuple]]:
    cursor = connection.execute(sql, params)
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _data_version(connection) -> int:
    return connection.execute("PRAGMA data_version").fetchone()[0]


def _ranges(connection, parts: int) -> list[tuple[str, tuple]]:
    """WHERE clauses (and their parameters) that cut the dated events into about `parts`
    ranges of start dates, oldest first; none when there are too few events to be worth
    processes. Events of one start date stay in one range, so the ranges' sorted rows,
    one range after the other, are the timeline's order.

    `+start` keeps SQLite from reading a range through the date index: in index order
    each event's participants, countries and sources are looked up at random, which costs
    more than the sort."""
    dated = connection.execute("SELECT count(date_start) FROM events").fetchone()[0]
    if dated < PARALLEL_FROM:
        return []
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


def _in_workers(path, clock, before, queries, out: TextIO, render: Render, workers: int):
    """The rows of `queries`, rendered by `workers` processes into files and copied to
    `out` in order; None (nothing written) when a commit landed while the workers began
    their read transactions."""
    # Forking starts a worker in milliseconds (this process holds no threads); where fork
    # is not the platform's safe default (macOS, Windows), a fresh interpreter instead.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    reports = context.Queue()
    out.flush()  # a forked worker must not inherit unwritten output
    with tempfile.TemporaryDirectory(prefix=".relations-db-timeline-", dir=_beside(out)) as folder:
        processes = [
            context.Process(
                target=_work,
                args=(path, list(enumerate(queries))[w::workers], render, folder, reports),
                daemon=True,
            )
            for w in range(workers)
        ]
        try:
            for process in processes:
                process.start()
            done: dict[int, int] = {}
            for _ in processes:
                _next_report(reports, processes, done, START_TIMEOUT_S)
            if _data_version(clock) != before:
                return None  # two snapshots: one query writes it all instead
            count = render((), out, True)
            for index in range(len(queries)):
                while index not in done:
                    _next_report(reports, processes, done, None)
                count += done.pop(index)
                part = os.path.join(folder, f"{index}.txt")
                _copy(part, out)
                os.unlink(part)
            return count
        finally:
            for process in processes:
                if process.is_alive():
                    process.terminate()
                process.join()
            reports.close()


def _beside(out: TextIO) -> str | None:
    """The folder of the file `out` writes, where the finished ranges wait: the disk that
    will hold the export anyway. None (the temporary folder) for standard output."""
    name = getattr(out, "name", None)
    if isinstance(name, str) and os.path.isfile(name):
        return os.path.dirname(os.path.abspath(name))
    return None


def _next_report(reports, processes, done: dict[int, int], timeout: float | None) -> None:
    """Wait for a worker's next report: ready, or a range done (recorded in `done`). A
    worker's error is raised here; a worker that died without one is an error too."""
    waited = 0.0
    while True:
        try:
            kind, value = reports.get(timeout=0.5)
            break
        except queue.Empty:
            waited += 0.5
            codes = [p.exitcode for p in processes]
            failed = next((code for code in codes if code not in (None, 0)), None)
            if failed is not None or (None not in codes and reports.empty()):
                raise RuntimeError(
                    f"a worker writing the timeline stopped (exit code {failed or 0})"
                ) from None
            if timeout is not None and waited >= timeout:
                raise RuntimeError("the timeline's workers did not start in time") from None
    if kind == "error":
        raise value
    if kind == "done":
        index, count = value
        done[index] = count


def _work(path: str, queries, render: Render, folder: str, reports) -> None:
    """A worker: one read transaction for all of its ranges, each rendered into
    `folder/<index>.txt`."""
    try:
        connection = rawsqlite.reading(path)
        reports.put(("ready", None))
        for index, (sql, params) in queries:
            target = os.path.join(folder, f"{index}.txt")
            with open(target, "w", encoding="utf-8", newline="") as handle:
                count = render(_batches(connection, sql, params), handle, False)
            reports.put(("done", (index, count)))
        connection.close()
    except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
        reports.put(("error", _portable(exc)))


def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives the trip to the caller (pickled), else its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure to pickle
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _copy(part: str, out: TextIO) -> None:
    """A rendered range to `out`: as bytes when `out` writes UTF-8 to a binary buffer."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None and (getattr(out, "encoding", "") or "").lower() in ("utf-8", "utf8"):
        out.flush()
        with open(part, "rb") as source:
            shutil.copyfileobj(source, buffer, 1 << 20)
        buffer.flush()
        return
    with open(part, encoding="utf-8", newline="") as source:
        shutil.copyfileobj(source, out, 1 << 20)

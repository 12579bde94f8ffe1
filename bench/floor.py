"""The floor of our own schema: what it costs to write exactly the rows our ingest writes.

    python bench/floor.py dump LOADED.db ROWS.pickle      # once, not timed
    python bench/floor.py sqlite JSONL ROWS.pickle TARGET.db  # prints the seconds it took
    python bench/floor.py python JSONL [--copy]           # the least Python per record

`dump` reads every row our ingest wrote (every table but alembic_version) from a loaded
database, as ready tuples, with the schema's CREATE statements. `sqlite` then does, and
times: create the tables, `json.loads` every line of the input (the parsing any loader
must do), `executemany` every table's rows in one transaction, build the indexes after, and
commit. No validation, no lookups, no hashing: the practical limit for this schema.

`python` times the least per-record Python our ingest must add to that floor to keep
its guarantees: decoding and validating each event line in the compiled lane (as strict
as the pydantic models), its content hash, and its rows as tuples; no lookups, no checks,
no writes. It prints those seconds less the floor's own `json.loads` of the same lines,
which the decoding replaces. The floor plus this is the fastest ingest this design could
reach in one process. With `--copy` (PostgreSQL) it also renders every row as COPY text
with psycopg's own formatter, as `COPY ... FROM STDIN` has our process do, while the
floor's COPY sends text rendered beforehand.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import sys
import time
from pathlib import Path


def dump(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'alembic_version' ORDER BY rowid"
    ).fetchall()
    indexes = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
        )
    ]
    rows = {}
    for name, _ in tables:
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        rows[name] = (columns, cursor.fetchall())
    conn.close()
    with open(out, "wb") as handle:
        pickle.dump({"tables": tables, "indexes": indexes, "rows": rows}, handle, protocol=5)


def sqlite_floor(jsonl: Path, dumped: Path, target: Path) -> float:
    with open(dumped, "rb") as handle:
        data = pickle.load(handle)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    for _, sql in data["tables"]:
        conn.execute(sql)
    conn.execute("BEGIN")
    with open(jsonl, "rb") as handle:
        for line in handle:
            json.loads(line)
    for name, (columns, rows) in data["rows"].items():
        marks = ", ".join("?" * len(columns))
        conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    for sql in data["indexes"]:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def python_minimum(jsonl: Path, copy: bool = False) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from relations_db.inputs.fast import decode_event
    from relations_db.inputs.records import content_hash
    from relations_db.store.event_rows import EventRows

    render = _copy_text() if copy else None

    start = time.perf_counter()
    with open(jsonl, "rb") as handle:
        for line in handle:
            json.loads(line)
    parsing = time.perf_counter() - start
    start = time.perf_counter()
    rows = EventRows(lambda official: None)
    with open(jsonl, "rb") as handle:
        for n, line in enumerate(handle):
            record = decode_event(line)
            if record is None:
                continue  # sources, officials, links: a few percent of the lines
            sources = (record.source,) if record.source else ()
            rows.add_event(record, sources, None, content_hash(record), "2026-01-01 00:00:00")
            if n % 1000 == 0:
                if render is not None:
                    render(rows)
                rows = EventRows(lambda official: None)  # a batch written: memory stays flat
    if render is not None:
        render(rows)
    return time.perf_counter() - start - parsing


def _copy_text():
    """Rows to COPY text by psycopg's formatter (the one `Copy.write_row` uses; the module
    is psycopg's private one, which is why this lives in a benchmark and not in the tool)."""
    from psycopg._copy_base import format_row_text
    from psycopg.adapt import Transformer

    transformer = Transformer()

    def render(rows) -> None:
        for table_rows in rows.tables.values():
            out = bytearray()
            for row in table_rows:
                format_row_text(row, transformer, out)

    return render


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"]:
        dump(Path(argv[1]), Path(argv[2]))
        return 0
    if argv[:1] == ["sqlite"]:
        print(f"{sqlite_floor(Path(argv[1]), Path(argv[2]), Path(argv[3])):.4f}")
        return 0
    if argv[:1] == ["python"]:
        print(f"{python_minimum(Path(argv[1]), copy='--copy' in argv[2:]):.4f}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

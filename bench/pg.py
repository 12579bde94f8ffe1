"""The PostgreSQL figures of bench/run.py: ingest against COPY, a filtered timeline against
the same SQL through plain psycopg."""

from __future__ import annotations

import json
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from run import (
    BASELINE_INDEXES,
    BASELINE_SCHEMA,
    CLI,
    DETAIL_SQL,
    QUERY_SQL,
    Figure,
    alternate,
    attainable,
    baseline_rows,
    settle,
    timed,
)


@contextmanager
def scratch_database(server: str):
    import psycopg

    name = f"relations_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_limit(jsonl: Path, url: str) -> None:
    """Parse the JSONL and COPY it into a minimal schema in one transaction, indexes after."""
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        conn.execute(BASELINE_SCHEMA)
        with conn.cursor() as cur:
            rows = {
                "sources": [],
                "officials": [],
                "positions": [],
                "events": [],
                "participants": [],
                "evidence": [],
                "links": [],
            }
            with jsonl.open(encoding="utf-8") as handle:
                for line in handle:
                    for table, row in baseline_rows(json.loads(line)):
                        rows[table].append(row)
            for table, values in rows.items():
                with cur.copy(f"COPY {table} FROM STDIN") as copy:
                    for value in values:
                        copy.write_row(value)
        conn.execute(BASELINE_INDEXES)


def dump_for_floor(url: str, folder: Path) -> list[str]:
    """Our loaded database as the floor needs it (not timed): the schema in pg_dump's two
    halves (tables; then keys, constraints and indexes) and every table's rows as COPY
    text. Returns the tables in creation order."""
    import subprocess

    import psycopg

    folder.mkdir(parents=True, exist_ok=True)
    for section in ("pre-data", "post-data"):
        subprocess.run(
            ["pg_dump", "--schema-only", f"--section={section}", "--no-owner", "-f",
             str(folder / f"{section}.sql"), url],
            check=True,
        )
    with psycopg.connect(url) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'alembic_version' "
                "ORDER BY c.oid"
            )
        ]
        for name in tables:
            with open(folder / f"{name}.copy", "wb") as out, conn.cursor() as cur:
                with cur.copy(f'COPY "{name}" TO STDOUT') as copy:
                    for block in copy:
                        out.write(block)
    return tables


def copy_floor_once(jsonl: Path, folder: Path, tables: list[str], url: str) -> float:
    """Timed: the tables, json.loads of the input, COPY of exactly our rows, then the
    keys, constraints and indexes, in one transaction."""
    import psycopg

    settle()
    start = time.perf_counter()
    with psycopg.connect(url) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        conn.execute(_sql(folder / "pre-data.sql"))
        with jsonl.open("rb") as handle:
            for line in handle:
                json.loads(line)
        with conn.cursor() as cur:
            for name in tables:
                with cur.copy(f'COPY public."{name}" FROM STDIN') as copy, open(
                    folder / f"{name}.copy", "rb"
                ) as data:
                    while block := data.read(1 << 20):
                        copy.write(block)
        conn.execute(_sql(folder / "post-data.sql"))
    return time.perf_counter() - start


def _sql(path: Path) -> str:
    """pg_dump's script without psql's backslash commands (`\\restrict`)."""
    return "\n".join(
        line for line in path.read_text().splitlines() if not line.startswith("\\")
    )


def copy_floor(work, jsonl, ours_url, server, ingest, repeat, figures) -> None:
    """Our PostgreSQL ingest against COPY of our own rows into our own schema."""
    folder = work / "pg-floor"
    tables = dump_for_floor(ours_url, folder)
    with scratch_database(server) as floor_url:
        figure = Figure(
            f"PostgreSQL bulk ingest, {jsonl.stem}, vs the COPY floor of our schema",
            "≤ 2.0x",
            command=f"relations-db --db postgresql+psycopg://.../bench ingest {jsonl.name}",
            baseline="psycopg COPY of exactly the rows our ingest wrote into our schema (pg_dump's tables first, keys, constraints and indexes after), plus json.loads of the input",
        )
        figure.ours = list(ingest.ours)  # the same runs
        for _ in range(max(1, repeat // 2)):
            figure.base.append(copy_floor_once(jsonl, folder, tables, floor_url))
        figures.append(figure)
        ours_sa = ours_url.replace("postgresql://", "postgresql+psycopg://", 1)
        figures.append(attainable(figure, jsonl, repeat, ours_sa, work, copy=True))


def bench_postgresql(work: Path, jsonl: Path, repeat: int, figures: list, server: str) -> None:
    import psycopg

    from relations_db.query.timeline import TimelineFilter, timeline
    from relations_db.store import open_database

    with scratch_database(server) as ours_url, scratch_database(server) as base_url:
        ours_sa = ours_url.replace("postgresql://", "postgresql+psycopg://", 1)

        def ours():
            with psycopg.connect(ours_url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            return timed([*CLI, "--db", ours_sa, "ingest", "--no-progress", str(jsonl)])[0]

        def base():
            settle()
            start = time.perf_counter()
            copy_limit(jsonl, base_url)
            return time.perf_counter() - start

        ingest = Figure(
            f"PostgreSQL bulk ingest, {jsonl.stem}",
            "(report)",
            command=f"relations-db --db postgresql+psycopg://.../bench ingest {jsonl.name}",
            baseline="psycopg COPY of the parsed JSONL into a minimal schema, indexes after",
        )
        alternate(ingest, ours, base, max(1, repeat // 2))
        figures.append(ingest)
        copy_floor(work, jsonl, ours_url, server, ingest, repeat, figures)

        database = open_database(ours_sa)
        flt = TimelineFilter(countries=["US", "CN"], since="2015", until="2015")
        sql = QUERY_SQL
        details = [q.replace("IN ({})", "= ANY(%s)") for q in DETAIL_SQL]
        reps = 20
        with database.read() as connection, psycopg.connect(ours_url) as raw:

            def ours_query():
                start = time.perf_counter()
                for _ in range(reps):
                    list(timeline(connection, flt))
                return (time.perf_counter() - start) / reps

            def base_query():
                start = time.perf_counter()
                for _ in range(reps):
                    events = raw.execute(sql).fetchall()
                    ids = [e[0] for e in events]
                    for q in details:
                        raw.execute(q, (ids,)).fetchall()
                return (time.perf_counter() - start) / reps

            query = Figure(
                "PostgreSQL filtered timeline (US+CN, 2015)",
                "≤ 1.5x",
                command="timeline(connection, TimelineFilter(...)) on PostgreSQL",
                baseline="the same SQL through plain psycopg",
            )
            alternate(query, ours_query, base_query, repeat)
            figures.append(query)
        database.dispose()

"""Several ingests at once: they queue, none fails, and the result is the serial result.

SQLite: N processes ingest overlapping files into one file (a new one, so they also race
to create the schema); all exit 0 with no "database is locked", and the content equals a
serial ingest of the same files. Readers (`timeline`, `sql`) keep working during a long
write and see the data from before or after it, never half of it. PostgreSQL: N
processes ingest the same ids at once; no errors, no duplicate rows.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import (
    SEEDS,
    _pg_database,
    canonical_dump,
    cli_command,
    record_figures,
    synthetic_records,
    write_records,
)
from sqlalchemy import create_engine, text

from relations_db.cli import cli

WRITERS = 4


def _invoke(url: str, *args: str):
    return CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)


def _overlapping_loads(folder: Path, writers: int = WRITERS) -> list[list[str]]:
    """The arguments of each writer: windows of 30 events that overlap by 20, with the
    officials and sources they need (shared between windows); the first also loads the
    seeds."""
    loads = []
    for k in range(writers):
        records = synthetic_records(30 + 10 * writers, seed=5, events=range(10 * k, 10 * k + 30))
        path = write_records(folder / f"window-{k}.jsonl", records)
        loads.append([str(SEEDS), str(path)] if k == 0 else [str(path)])
    return loads


def _run_at_once(url: str, loads: list[list[str]]) -> list[subprocess.CompletedProcess]:
    processes = [
        subprocess.Popen(
            cli_command(url, "ingest", *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in loads
    ]
    results = []
    for process, args in zip(processes, loads, strict=True):
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(args, process.returncode, out, err))
    return results


def _serial_dump(url: str, loads: list[list[str]]) -> dict:
    for args in loads:
        result = _invoke(url, "ingest", *args)
        assert result.exit_code == 0, result.output
    return canonical_dump(url)


def _assert_all_succeeded(results: list[subprocess.CompletedProcess]) -> None:
    for result in results:
        assert result.returncode == 0, f"{result.args}: {result.stderr}"
        assert "locked" not in result.stderr
        assert "error" not in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("start", ["new file", "seeded file"])
def test_concurrent_sqlite_writers_all_succeed_and_equal_the_serial_result(tmp_path, start):
    loads = _overlapping_loads(tmp_path)
    reference = _serial_dump(f"sqlite:///{tmp_path / 'serial.db'}", loads)
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    if start == "seeded file":
        assert _invoke(url, "ingest", str(SEEDS)).exit_code == 0
    started = time.monotonic()
    results = _run_at_once(url, loads)
    _assert_all_succeeded(results)
    assert canonical_dump(url) == reference
    record_figures(
        "concurrent-sqlite-writers",
        start=start,
        writers=len(loads),
        seconds=round(time.monotonic() - started, 1),
    )


def _events(url: str) -> int:
    result = _invoke(url, "sql", "SELECT count(*) AS n FROM events", "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.output.splitlines()[1])


def test_readers_keep_reading_during_a_long_write(db_url, tmp_path):
    """`timeline` and `sql` succeed while another process writes, and they see either the
    data from before the write or all of it, never part of it."""
    assert _invoke(db_url, "ingest", str(SEEDS)).exit_code == 0
    before = _events(db_url)
    records = synthetic_records(80, seed=9)
    added = sum(r["type"] in ("meeting", "visit", "incident", "sanction") for r in records)
    load = write_records(tmp_path / "load.jsonl", records)
    writer = subprocess.Popen(
        cli_command(db_url, "ingest", str(load)), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    reads, seen = 0, set()
    try:
        while writer.poll() is None:
            seen.add(_events(db_url))
            timeline = _invoke(db_url, "timeline", "--format", "csv")
            assert timeline.exit_code == 0, timeline.output
            assert "2023-06-18-blinken-qin-gang-talks" in timeline.output
            reads += 2
    finally:
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err.decode()
    seen.add(_events(db_url))
    assert seen <= {before, before + added}, f"a reader saw a partial write: {sorted(seen)}"
    assert before + added in seen
    assert reads >= 4, f"only {reads} reads ran while the writer was running"
    record_figures("readers-during-write", backend=db_url.split(":")[0], reads=reads)


@pytest.mark.postgres
def test_concurrent_postgresql_upserts_of_the_same_ids(tmp_path):
    """Every writer ingests the same records at once into an empty database (so they also
    race to create the schema): all succeed, and no row is there twice."""
    records = synthetic_records(40, seed=13)
    load = write_records(tmp_path / "same.jsonl", records)
    loads = [[str(SEEDS), str(load)] for _ in range(WRITERS)]
    with _pg_database() as serial, _pg_database() as url:
        reference = _serial_dump(serial, loads[:1])
        started = time.monotonic()
        results = _run_at_once(url, loads)
        seconds = time.monotonic() - started
        _assert_all_succeeded(results)
        assert canonical_dump(url) == reference
        engine = create_engine(url)
        with engine.connect() as conn:
            for table, key in (
                ("evidence", "source_id, event_id, official_id, seq"),
                ("positions", "official_id, seq"),
                ("links", "from_event_id, to_event_id, relation"),
            ):
                duplicates = conn.execute(
                    text(
                        f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1) d"
                    )
                ).scalar_one()
                assert duplicates == 0, table
        engine.dispose()
    record_figures("concurrent-postgresql-writers", writers=WRITERS, seconds=round(seconds, 1))

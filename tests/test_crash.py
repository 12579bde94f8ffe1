"""An ingest killed with SIGKILL leaves the database exactly as it was, and usable.

A synthetic load big enough that the write transaction of `ingest` lasts a second or two
(W, measured on the same database from its begin to its commit, as another connection
sees them) is started as its own process, and once it is inside its transaction it is
killed at a random point (a fixed seed) 0.1 W to 0.9 W later. Start-up (interpreter,
imports) is left out of the clock: on a busy machine it varies more than W. After every
kill the database checksum is the one taken before, SQLite's integrity and foreign-key checks pass, and on PostgreSQL
no transaction of ours is left behind. At the end the same load ingests in full.
Kills of processes that finished first do not count (the database is reset), nor do
kills that land after the commit (the database must then hold the whole load).
`RELATIONS_DB_KILLS` raises the number of kills (default 20); bench/soak.py runs longer.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import time
from pathlib import Path

from click.testing import CliRunner
from conftest import (
    SEEDS,
    canonical_dump,
    cli_command,
    database_checksum,
    record_figures,
    synthetic_records,
    write_records,
)
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from relations_db.cli import cli
from relations_db.store.database import WRITE_LOCK_KEY

KILLS = int(os.environ.get("RELATIONS_DB_KILLS", "20"))
TARGET_SECONDS = (1.0, 2.5)  # how long the load's write transaction should last


def _invoke(url: str, *args: str):
    return CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)


def _reset(url: str) -> None:
    """Back to the seed data only (after a process finished before its kill)."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    result = _invoke(url, "ingest", str(SEEDS))
    assert result.exit_code == 0, result.output


def _timed(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    return time.monotonic() - started, done


def calibrated_load(url: str, folder: Path, probe, seed: int = 11) -> tuple[Path, float, int]:
    """A synthetic load whose write transaction on `url` lasts about TARGET_SECONDS.

    Each try runs the real ingest, times its transaction from begin to end (as `probe`
    sees it), and resets the database. Returns the file, that time W
    and the number of events in the load."""
    n_events, low, high = 100, *TARGET_SECONDS
    for _ in range(3):
        load = write_records(folder / f"load-{n_events}.jsonl", synthetic_records(n_events, seed))
        process = subprocess.Popen(cli_command(url, "ingest", str(load)), stdout=subprocess.DEVNULL)
        assert _wait_for_transaction(process, probe)
        began = time.monotonic()
        while probe() and process.poll() is None:
            time.sleep(0.005)
        seconds = time.monotonic() - began
        assert process.wait(timeout=300) == 0
        _reset(url)
        if low <= seconds <= high:
            break
        wanted = max(20, min(1500, int(n_events * (low + high) / 2 / seconds)))
        if wanted == n_events:
            break
        n_events = wanted
    return load, seconds, int(load.stem.split("-")[1])


def _wait_for_transaction(process: subprocess.Popen, probe, seconds: float = 120.0) -> bool:
    """Wait until `process` is inside its write transaction; False if it ended first."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        if probe():
            return True
        time.sleep(0.01)
    return False


def _sqlite_checks(url: str) -> None:
    conn = sqlite3.connect(make_url(url).database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


# Other sessions on the test database than the watcher's own.
SESSIONS = "SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"


class _PgWatch:
    """A monitoring connection to the test database (excluded from what it reports)."""

    def __init__(self, url: str):
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.conn = self.engine.connect()
        self.name = make_url(url).database

    def _count(self, sql: str) -> int:
        return self.conn.execute(text(sql), {"db": self.name}).scalar_one()

    def in_transaction(self) -> int:
        """Sessions holding the writers' lock: an ingest inside its write transaction."""
        return self._count(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE d.datname = :db AND l.locktype = 'advisory' AND l.granted "
            f"AND (l.classid::bigint << 32 | l.objid::bigint) = {WRITE_LOCK_KEY}"
        )

    def others(self) -> int:
        return self._count(SESSIONS)

    def wait_for_no_sessions(self, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while self.others() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.others() == 0, "a killed ingest's session is still open on the server"
        assert self._count("SELECT count(*) FROM pg_prepared_xacts WHERE database = :db") == 0
        locks = (
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE d.datname = :db AND l.pid <> pg_backend_pid()"
        )
        assert self._count(locks) == 0

    def check_indexes(self) -> int:
        """amcheck over every B-tree index and table of the schema (bt_index_check with
        the heap cross-check, verify_heapam); returns how many relations were checked."""
        self.conn.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        indexes = (
            self.conn.execute(
                text(
                    "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam "
                    "WHERE n.nspname = 'public' AND a.amname = 'btree'"
                )
            )
            .scalars()
            .all()
        )
        for oid in indexes:
            self.conn.execute(text("SELECT bt_index_check(:oid, true)"), {"oid": oid})
        tables = (
            self.conn.execute(
                text(
                    "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind = 'r'"
                )
            )
            .scalars()
            .all()
        )
        for oid in tables:  # the heap pages themselves
            problems = self.conn.execute(
                text("SELECT count(*) FROM verify_heapam(:oid)"), {"oid": oid}
            ).scalar_one()
            assert problems == 0, f"verify_heapam found {problems} problems in relation {oid}"
        return len(indexes) + len(tables)

    def close(self) -> None:
        self.conn.close()
        self.engine.dispose()


def _events(url: str) -> int:
    result = _invoke(url, "sql", "SELECT count(*) AS n FROM events", "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.output.splitlines()[1])


def _sqlite_write_locked(url: str) -> bool:
    """Whether another process holds the write lock: it is inside its write transaction."""
    conn = sqlite3.connect(make_url(url).database, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc) or "busy" in str(exc), exc
        return True
    else:
        conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def test_sigkill_during_ingest_changes_nothing(db_url, tmp_path):
    record_figures("sigkill", **kill_and_check(db_url, tmp_path, KILLS))


def kill_and_check(db_url: str, tmp_path: Path, wanted: int, seed: int = 7) -> dict:
    """Kill `wanted` ingests inside their transaction, checking the database after each
    (see the module's docstring); returns the figures. bench/soak.py calls it too."""
    sqlite = db_url.startswith("sqlite")
    _reset(db_url)
    watch = None if sqlite else _PgWatch(db_url)
    probe = watch.in_transaction if watch else lambda: _sqlite_write_locked(db_url)
    load, seconds, n_events = calibrated_load(db_url, tmp_path, probe)
    seed_events = _events(db_url)
    before = database_checksum(db_url)
    rng = random.Random(seed)
    kills, inside, finished, committed, attempts = [], 0, 0, 0, 0
    started = time.monotonic()
    try:
        while len(kills) < wanted:
            attempts += 1
            assert attempts <= 3 * wanted, f"only {len(kills)} of {attempts} ingests were killed"
            fraction = rng.uniform(0.1, 0.9)
            process = subprocess.Popen(
                cli_command(db_url, "ingest", str(load)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            # The clock starts when the write transaction has begun (start-up time varies
            # a lot on a busy machine); the kill comes `fraction` of the writing time later.
            began = _wait_for_transaction(process, probe)
            try:
                if not began:
                    raise subprocess.TimeoutExpired(process.args, 0) from None
                process.wait(timeout=fraction * seconds)
            except subprocess.TimeoutExpired:
                pass
            if process.poll() is not None:  # it finished first: not a kill point
                assert process.returncode == 0, process.stderr.read().decode()
                process.stderr.close()
                finished += 1
                seconds *= max(fraction, 0.5)  # this machine is faster now: aim earlier
                _reset(db_url)
                before = database_checksum(db_url)
                continue
            open_transaction = probe()
            process.kill()
            process.wait()
            process.stderr.close()
            kills.append(round(fraction, 3))
            inside += bool(open_transaction)
            if sqlite:
                _sqlite_checks(db_url)
            else:
                watch.wait_for_no_sessions()
            if database_checksum(db_url) != before:
                # Killed after its commit, while closing: then all of it must be there,
                # as a full ingest of the load leaves it.
                found = canonical_dump(db_url)
                _reset(db_url)
                full = subprocess.run(
                    cli_command(db_url, "ingest", str(load)), capture_output=True, timeout=300
                )
                assert full.returncode == 0
                assert found == canonical_dump(db_url), f"kill at {fraction:.2f}: partial data"
                committed += 1
                seconds *= max(fraction, 0.5)
                kills.pop()
                _reset(db_url)
                before = database_checksum(db_url)
        # After all that, the load goes in whole.
        done = subprocess.run(
            cli_command(db_url, "ingest", str(load)), capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        assert _events(db_url) == seed_events + n_events
        if sqlite:
            _sqlite_checks(db_url)
        else:
            assert watch.check_indexes() > 0
    finally:
        if watch:
            watch.close()
    # The kills must land inside the write transaction, or the test proves little.
    assert inside >= 0.9 * len(kills), f"only {inside} of {len(kills)} kills hit a transaction"
    return {
        "backend": "sqlite" if sqlite else "postgresql",
        "kills": len(kills),
        "inside_transaction": inside,
        "finished_first": finished,
        "committed_before_kill": committed,
        "transaction_seconds": round(seconds, 2),
        "load_events": n_events,
        "seconds": round(time.monotonic() - started, 1),
    }


def test_sigkill_during_the_first_ingest_into_a_new_sqlite_file(tmp_path):
    """No file before, the kill lands while the schema or the records are half written: the
    file left behind is refused by readers with one line, and the next ingest succeeds."""
    load = write_records(tmp_path / "load.jsonl", synthetic_records(40, seed=3))
    probe = tmp_path / "probe.db"
    seconds, done = _timed(cli_command(str(probe), "ingest", "--dry-run", str(load)))
    assert done.returncode == 0, done.stderr
    assert not probe.exists()
    killed = 0
    # Kill points after the file appears: while the schema is being created, then while
    # records are written (five, of which three must land before the ingest ends: on a
    # loaded machine the ingest and the dry run it is timed by keep different paces).
    for i, fraction in enumerate((0.0, 0.02, 0.05, 0.3, 0.6)):
        path = tmp_path / f"new-{i}.db"
        url = f"sqlite:///{path}"
        process = subprocess.Popen(
            cli_command(url, "ingest", str(load)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while not path.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        try:
            process.wait(timeout=fraction * seconds)
        except subprocess.TimeoutExpired:
            pass
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
        reader = CliRunner().invoke(cli, ["--db", url, "timeline", "--format", "csv"])
        assert reader.exit_code in (0, 1), reader.output
        assert "Traceback" not in reader.output
        if reader.exit_code == 1:
            assert len(reader.stderr.splitlines()) == 1
        if path.exists():
            _sqlite_checks(url)
        again = _invoke(url, "ingest", str(SEEDS))
        assert again.exit_code == 0, again.output
        timeline = _invoke(url, "timeline", "--format", "csv")
        assert "2023-06-18-blinken-qin-gang-talks" in timeline.output
        _sqlite_checks(url)
    assert killed >= 3
    record_figures("sigkill-new-file", kills=killed, load_seconds=round(seconds, 2))

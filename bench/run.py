"""relations-db benchmarks: each figure beside its baseline, in the same run, alternating.

    python bench/run.py [--events N] [--repeat R] [--skip-pg] [--skip-memory] [--out FILE]

Every figure is a ratio of medians (relations-db / baseline) with the min and max of
both sides, so a busy machine slows both and the ratio stays meaningful. Results and the
exact commands go to docs/benchmarks.md (`--out -` prints them instead).

Needs: the project installed (`pip install ".[bench]"` adds sqlite-utils), the `sqlite3`
command line shell, and for the PostgreSQL figures a server at RELATIONS_DB_BENCH_PG
(default postgresql://postgres@127.0.0.1:5432/postgres) and `psql`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CLI = [PYTHON, "-m", "relations_db"]
# sqlite-utils from the same environment (pip install ".[bench]"), else from PATH.
SQLITE_UTILS = str(Path(PYTHON).with_name("sqlite-utils"))
if not Path(SQLITE_UTILS).exists():
    SQLITE_UTILS = "sqlite-utils"
PEAKS: dict[str, int] = {}  # peak RSS (KiB) of the full-size runs, for the memory figures
PG = os.environ.get("RELATIONS_DB_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@dataclass
class Figure:
    name: str
    target: str
    ours: list[float] = field(default_factory=list)
    base: list[float] = field(default_factory=list)
    unit: str = "s"
    command: str = ""
    baseline: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.base)

    def ratio_of(self, other: Figure) -> str:
        """This figure's baseline over `other`'s, as the report writes a ratio."""
        return f"{statistics.median(self.base) / statistics.median(other.base):.2f}x"

    def row(self) -> str:
        def spread(values):
            return (
                f"{statistics.median(values):.3g} ({min(values):.3g}–{max(values):.3g})"
                if values
                else "–"
            )

        ratio = f"{self.ratio:.2f}x" if self.ours and self.base else "–"
        return (
            f"| {self.name} | {spread(self.ours)} | {spread(self.base)} | {ratio} | "
            f"{self.target} | {self.note} |"
        )


def settle() -> None:
    """Write out what earlier runs left in the page cache (a load leaves a gigabyte of
    dirty pages at 1M events), so that no run pays for the one before it. Not timed."""
    os.sync()


def timed(command: list[str], **kwargs) -> tuple[float, int]:
    """Wall time and peak memory (max RSS, KiB) of one child process."""
    settle()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(
            f"failed ({process.returncode}): {' '.join(command)}\n{process.stderr.read().decode()}"
        )
    return elapsed, usage.ru_maxrss


def alternate(figure: Figure, ours, base, repeat: int) -> Figure:
    """Run the two sides alternately `repeat` times (ours first, then base, then ours...)."""
    for _ in range(repeat):
        figure.ours.append(ours())
        figure.base.append(base())
    return figure


# ---------------------------------------------------------------------------------------
# Data


def make_data(folder: Path, events: int) -> Path:
    from relations_db.synthetic import write_jsonl

    path = folder / f"events-{events}.jsonl"
    if not path.exists():
        write_jsonl(path, events)
    return path


BASELINE_SCHEMA = """
CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT, publisher TEXT, published TEXT, text TEXT);
CREATE TABLE officials (id TEXT PRIMARY KEY, name TEXT, country TEXT);
CREATE TABLE positions (official_id TEXT, title TEXT, start TEXT, "end" TEXT);
CREATE TABLE events (id TEXT PRIMARY KEY, kind TEXT, title TEXT, date TEXT, status TEXT,
    visibility TEXT, place TEXT, country TEXT, source_id TEXT);
CREATE TABLE participants (event_id TEXT, official_id TEXT, role TEXT);
CREATE TABLE evidence (event_id TEXT, source_id TEXT, quote TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE links (from_id TEXT, to_id TEXT, relation TEXT);
"""
BASELINE_INDEXES = """
CREATE INDEX ix_participants ON participants (event_id);
CREATE INDEX ix_participants_official ON participants (official_id);
CREATE INDEX ix_evidence ON evidence (event_id);
CREATE INDEX ix_events_date ON events (date);
"""


def baseline_rows(r: dict):
    """(table, row) for one JSONL record in the baselines' minimal schema."""
    kind = r["type"]
    if kind == "source":
        yield (
            "sources",
            (r["id"], r.get("title"), r.get("publisher"), r.get("published"), r.get("text")),
        )
    elif kind == "official":
        yield "officials", (r["id"], r["name"], r.get("country"))
        for p in r.get("positions", ()):
            yield "positions", (r["id"], p["title"], p.get("start"), p.get("end"))
    elif kind == "link":
        yield "links", (r["from"], r["to"], r["relation"])
    else:
        loc = r.get("location") or {}
        yield (
            "events",
            (
                r["id"],
                kind,
                r["title"],
                r.get("date"),
                r.get("status"),
                r.get("visibility"),
                loc.get("place"),
                loc.get("country"),
                r.get("source"),
            ),
        )
        for p in r.get("participants", ()):
            yield "participants", (r["id"], p.get("official"), p.get("role"))
        for e in r.get("evidence", ()):
            yield "evidence", (r["id"], r.get("source"), e["quote"], e["start"], e["end"])


def sqlite3_limit(jsonl: Path, target: Path) -> None:
    """The practical limit: parse the same JSONL, executemany into a minimal schema in one
    transaction, indexes built after the load."""
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target, isolation_level=None)
    db.executescript(BASELINE_SCHEMA)
    db.execute("BEGIN")
    rows = {
        k: []
        for k in (
            "sources",
            "officials",
            "positions",
            "events",
            "participants",
            "evidence",
            "links",
        )
    }

    def flush():
        db.executemany("INSERT INTO sources VALUES (?,?,?,?,?)", rows["sources"])
        db.executemany("INSERT INTO officials VALUES (?,?,?)", rows["officials"])
        db.executemany("INSERT INTO positions VALUES (?,?,?,?)", rows["positions"])
        db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", rows["events"])
        db.executemany("INSERT INTO participants VALUES (?,?,?)", rows["participants"])
        db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?)", rows["evidence"])
        db.executemany("INSERT INTO links VALUES (?,?,?)", rows["links"])
        for batch in rows.values():
            batch.clear()

    with jsonl.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            for table, row in baseline_rows(json.loads(line)):
                rows[table].append(row)
            if n % 10_000 == 0:
                flush()
    flush()
    for statement in filter(str.strip, BASELINE_INDEXES.split(";")):
        db.execute(statement)
    db.execute("COMMIT")
    db.close()


def bench_ingest(work: Path, jsonl: Path, repeat: int, figures: list[Figure]) -> Path:
    ours_db = work / "ours.db"
    base_db = work / "base.db"
    utils_db = work / "utils.db"

    def ours():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{ours_db}{suffix}").unlink(missing_ok=True)
        elapsed, peak = timed([*CLI, "--db", str(ours_db), "ingest", "--no-progress", str(jsonl)])
        PEAKS["ingest"] = max(PEAKS.get("ingest", 0), peak)
        return elapsed

    def limit():
        settle()
        start = time.perf_counter()
        subprocess.run([PYTHON, __file__, "--sqlite3-limit", str(jsonl), str(base_db)], check=True)
        return time.perf_counter() - start

    def utils():
        utils_db.unlink(missing_ok=True)
        return timed(
            [SQLITE_UTILS, "insert", str(utils_db), "records", str(jsonl), "--nl", "--alter"]
        )[0]

    ingest = Figure(
        f"bulk ingest, {jsonl.stem}",
        "≤ 1.5x",
        command=f"relations-db --db ours.db ingest {jsonl.name}",
        baseline="plain sqlite3: json.loads + executemany into a minimal schema, one transaction, indexes after",
    )
    alternate(ingest, ours, limit, repeat)
    figures.append(ingest)
    bench_floor(work, jsonl, ours_db, ours, ingest, repeat, figures)
    if Path(SQLITE_UTILS).exists() or shutil.which(SQLITE_UTILS):
        tool = Figure(
            f"bulk ingest, {jsonl.stem}, vs sqlite-utils",
            "(sqlite-utils ≈ 3.9x the limit)",
            command=f"relations-db --db ours.db ingest {jsonl.name}",
            baseline=f"sqlite-utils insert utils.db records {jsonl.name} --nl --alter",
        )
        tool.ours = list(ingest.ours)  # the same runs: a second baseline, not a second measure
        for _ in range(max(1, repeat // 2)):
            tool.base.append(utils())
        figures.append(tool)
    return ours_db


def bench_floor(work: Path, jsonl: Path, ours_db: Path, ours, ingest: Figure, repeat: int, figures) -> None:
    """Our ingest against the floor of our own schema (bench/floor.py: exactly the rows our
    ingest wrote, plain executemany, indexes after), re-ingest against the first ingest,
    and new events into a loaded database against the same events into an empty one."""
    rows = work / "floor-rows.pickle"
    subprocess.run([PYTHON, str(ROOT / "bench" / "floor.py"), "dump", str(ours_db), str(rows)], check=True)

    def floor():
        settle()
        out = subprocess.run(
            [PYTHON, str(ROOT / "bench" / "floor.py"), "sqlite", str(jsonl), str(rows), str(work / "floor.db")],
            check=True, capture_output=True, text=True,
        )
        return float(out.stdout.strip())

    figure = Figure(
        f"bulk ingest, {jsonl.stem}, vs the floor of our schema",
        "≤ 1.5x",
        command=f"relations-db --db ours.db ingest {jsonl.name}",
        baseline="bench/floor.py: the rows our ingest wrote, as ready tuples, plain sqlite3 executemany in one transaction, indexes after, plus json.loads of the input",
    )
    figure.ours = list(ingest.ours)  # the same runs
    for _ in range(repeat):
        figure.base.append(floor())
    figures.append(figure)
    rows.unlink(missing_ok=True)
    figures.append(attainable(figure, jsonl, repeat, str(ours_db), work))

    again = Figure(
        f"re-ingest of the same file, {jsonl.stem} (all unchanged)",
        "≤ 1.0x",
        command=f"relations-db --db ours.db ingest {jsonl.name} (a second time)",
        baseline="the first ingest of the same file (the runs above)",
    )
    for _ in range(repeat):
        again.ours.append(timed([*CLI, "--db", str(ours_db), "ingest", "--no-progress", str(jsonl)])[0])
    again.base = list(ingest.ours)
    figures.append(again)

    small = 10_000
    new_file, loaded = _new_events(work, jsonl, ours_db, small)
    more = Figure(
        f"{small:,} new events into the loaded database",
        "≤ 2x",
        command=f"relations-db --db loaded.db ingest new-{small}.jsonl",
        baseline=f"the same {small:,} events into an empty database",
    )

    def into_loaded():
        target = work / "loaded-copy.db"
        shutil.copyfile(loaded, target)  # `timed` settles the copy's 1.3 GB first
        return timed([*CLI, "--db", str(target), "ingest", "--no-progress", str(new_file)])[0]

    def into_empty():
        target = work / "empty.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return timed([*CLI, "--db", str(target), "ingest", "--no-progress", str(new_file)])[0]

    alternate(more, into_loaded, into_empty, repeat)
    figures.append(more)


def least_python(jsonl: Path, copy: bool = False) -> float:
    """bench/floor.py python: the per-record Python our ingest cannot do without."""
    settle()
    out = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "floor.py"), "python", str(jsonl), *(["--copy"] if copy else [])],
        check=True, capture_output=True, text=True,
    )
    return float(out.stdout.strip())


def start_up(db: str, work: Path) -> float:
    """The whole CLI process of an ingest with nothing to load, into the loaded database:
    start-up, imports, connection and schema check, an empty transaction."""
    empty = work / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    return timed([*CLI, "--db", db, "ingest", "--no-progress", str(empty)])[0]


ATTAINABLE = " plus the least per-record Python and start-up"  # the name's suffix


def attainable(floor: Figure, jsonl: Path, repeat: int, db: str, work: Path, copy: bool = False) -> Figure:
    """Our ingest against the floor plus what no ingest of ours can skip: the least
    per-record Python (decode and validate in the compiled lane, content hash, rows as
    tuples, and on PostgreSQL their COPY text; bench/floor.py python) and the CLI's
    start-up, each run of the floor paired with one of each: what one process could reach
    at best. The floor's target, divided by this figure's baseline over the floor, tells
    how much room the target leaves for the checks (references, quotes, duplicates)."""
    figure = Figure(
        floor.name + ATTAINABLE,
        "(context: the floor's target is out of reach when this baseline is over it)",
        command=floor.command,
        baseline=floor.baseline + "; plus bench/floor.py python" + (" --copy" if copy else "") + ": decoding and validating every event line (inputs/fast.py), its content hash and its rows as tuples" + (" rendered as COPY text" if copy else "") + ", less the floor's json.loads; plus the CLI's start-up (an ingest of an empty file into the loaded database)",
    )
    figure.ours = list(floor.ours)
    figure.base = [
        base + least_python(jsonl, copy) + start_up(db, work) for base in floor.base[:repeat]
    ]
    figure.note = f"baseline over the floor: {figure.ratio_of(floor)}"
    return figure


def _new_events(work: Path, jsonl: Path, ours_db: Path, small: int) -> tuple[Path, Path]:
    """A file of `small` events whose ids the loaded database does not hold (with the
    officials and sources they cite), and a checkpointed copy of the loaded database."""
    from relations_db.synthetic import generate

    events = int(jsonl.stem.split("-")[-1])  # make_data names it events-N.jsonl
    kinds = {"meeting", "visit", "incident", "sanction"}
    path = work / f"new-{small}.jsonl"
    seen = 0
    with path.open("w", encoding="utf-8") as out:
        pending = None
        for record in generate(events + small):
            if record["type"] == "official":
                out.write(json.dumps(record) + "\n")
            elif record["type"] == "source":
                pending = record
            elif record["type"] in kinds:
                seen += 1
                if seen > events:
                    if pending is not None:
                        out.write(json.dumps(pending) + "\n")
                        pending = None
                    out.write(json.dumps(record) + "\n")
    loaded = work / "loaded.db"
    loaded.unlink(missing_ok=True)  # VACUUM INTO refuses to overwrite an earlier run's copy
    conn = sqlite3.connect(ours_db)
    conn.execute(f"VACUUM INTO '{loaded}'")
    conn.close()
    return path, loaded


# The filtered timeline as plain SQL: the same events, then their people, countries, sources.
QUERY_SQL = """
    SELECT e.id, e.kind, e.date_edtf, e.date_start, e.date_end, e.date_precision, e.date_text,
           e.title, e.status, e.visibility, e.place, e.place_country
    FROM events e
    WHERE EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = 'US')
      AND EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = 'CN')
      AND e.date_end >= '2015-01-01' AND e.date_start <= '2015-12-31'
    ORDER BY e.date_start, e.date_end, e.id
"""
DETAIL_SQL = (
    """SELECT p.event_id, p.role, COALESCE(o.name, p.description), COALESCE(o.country, p.country)
    FROM participants p LEFT JOIN officials o ON o.id = p.official_id
    WHERE p.event_id IN ({}) ORDER BY p.event_id, p.seq""",
    "SELECT event_id, country FROM event_countries WHERE event_id IN ({}) ORDER BY 1, 2",
    "SELECT event_id, source_id FROM event_sources WHERE event_id IN ({}) ORDER BY 1, 2",
)


def bench_query(db: Path, repeat: int, figures: list[Figure]) -> None:
    """A filtered timeline (country pair + one year, participants joined), in-process."""
    from relations_db.query.timeline import TimelineFilter, timeline
    from relations_db.store import open_database

    database = open_database(str(db))
    flt = TimelineFilter(countries=["US", "CN"], since="2015", until="2015")
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sql, people, countries, sources = QUERY_SQL, *DETAIL_SQL
    reps = 50
    with database.read() as connection:
        count = sum(1 for _ in timeline(connection, flt))

        def ours():
            start = time.perf_counter()
            for _ in range(reps):
                rows = list(timeline(connection, flt))
            assert len(rows) == count
            return (time.perf_counter() - start) / reps

        def base():
            start = time.perf_counter()
            for _ in range(reps):
                events = raw.execute(sql).fetchall()
                ids = [e[0] for e in events]
                marks = ",".join("?" * len(ids))
                details = [
                    raw.execute(q.format(marks), ids).fetchall()
                    for q in (people, countries, sources)
                ]
            assert len(events) == count and details
            return (time.perf_counter() - start) / reps

        figure = Figure(
            f"filtered timeline (US+CN, 2015: {count} events)",
            "≤ 1.5x",
            command="timeline(connection, TimelineFilter(countries=['US','CN'], since='2015', until='2015'))",
            baseline="the same SQL through plain sqlite3, participants/countries/sources fetched",
        )
        alternate(figure, ours, base, repeat)
        figures.append(figure)
        plans = [row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]
        figure.note = "plan: " + "; ".join(plans)
    database.dispose()
    raw.close()


def bench_export(work: Path, db: Path, repeat: int, figures: list[Figure]) -> None:
    out = work / "export.csv"

    def ours():
        elapsed, peak = timed(
            [*CLI, "--db", str(db), "timeline", "--format", "csv", "-o", str(out)]
        )
        PEAKS["CSV export"] = max(PEAKS.get("CSV export", 0), peak)
        return elapsed

    def sqlite3_csv(query: str) -> float:
        with open(work / "base.csv", "w") as handle:
            settle()
            start = time.perf_counter()
            subprocess.run(
                ["sqlite3", "-csv", "-header", str(db), query], stdout=handle, check=True
            )
            return time.perf_counter() - start

    figure = Figure(
        "CSV export of the whole timeline",
        "≤ 1.2x",
        command="relations-db --db ours.db timeline --format csv -o export.csv",
        baseline="sqlite3 -csv -header ours.db 'SELECT * FROM timeline' (unordered)",
    )
    alternate(figure, ours, lambda: sqlite3_csv("SELECT * FROM timeline"), repeat)
    figures.append(figure)

    # The export's own query (the view sorted by its own columns) in sqlite3: what is
    # left for Python once the database has done the same work.
    sorted_view = (
        "SELECT * FROM timeline"
        ' ORDER BY CASE WHEN start IS NULL THEN 1 ELSE 0 END, start, "end", id'
    )
    for name, baseline, query in (
        (
            "CSV export, against the same order (sqlite3 reads events in index order)",
            "sqlite3 -csv -header ours.db with the timeline's ORDER BY (oldest first, "
            "undated last)",
            ORDERED_TIMELINE,
        ),
        (
            "CSV export, against sqlite3 running the export's own query",
            f"sqlite3 -csv -header ours.db '{sorted_view}'",
            sorted_view,
        ),
    ):
        context = Figure(
            name,
            "(context)",
            command="relations-db --db ours.db timeline --format csv -o export.csv",
            baseline=baseline,
        )
        context.ours = list(figure.ours)  # the same runs, against another baseline
        context.base = [sqlite3_csv(query) for _ in range(repeat)]
        figures.append(context)


ORDERED_TIMELINE = (
    "SELECT t.* FROM timeline t JOIN events e ON e.id = t.id ORDER BY "
    "CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, e.date_end, e.id"
)


def bench_startup(db: Path, repeat: int, figures: list[Figure]) -> None:
    reps = max(repeat, 10)
    # Start-up as installed: pip compiles a package's bytecode, as it did for the
    # baselines' click and sqlalchemy; a checkout run with PYTHONDONTWRITEBYTECODE=1
    # would compile every relations_db module from source at every start instead.
    import compileall

    compileall.compile_dir(str(ROOT / "relations_db"), quiet=1)
    help_ = Figure(
        "start-up: relations-db --help",
        "≤ 1.5x",
        command="relations-db --help",
        baseline='python -c "import click"',
    )
    alternate(
        help_,
        lambda: timed([*CLI, "--help"])[0],
        lambda: timed([PYTHON, "-c", "import click"])[0],
        reps,
    )
    figures.append(help_)
    lookup = Figure(
        "start-up: a lookup (official NAME)",
        "≤ 1.2x",
        command="relations-db --db ours.db official official-us-001",
        baseline='python -c "import sqlalchemy"',
    )
    alternate(
        lookup,
        lambda: timed([*CLI, "--db", str(db), "official", "official-us-001"])[0],
        lambda: timed([PYTHON, "-c", "import sqlalchemy"])[0],
        reps,
    )
    figures.append(lookup)
    # How much of that is the answer: official-us-001 takes part in a share of all events.
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    answer = raw.execute(
        "SELECT count(DISTINCT event_id) FROM participants WHERE official_id = 'official-us-001'"
    ).fetchone()[0]
    event_id = raw.execute("SELECT min(id) FROM events").fetchone()[0]
    raw.close()
    lookup.note = f"the answer lists {answer:,} events"
    small = Figure(
        "start-up: a lookup with a one-event answer (event ID)",
        "(context)",
        command=f"relations-db --db ours.db event {event_id}",
        baseline='python -c "import sqlalchemy"',
    )
    alternate(
        small,
        lambda: timed([*CLI, "--db", str(db), "event", event_id])[0],
        lambda: timed([PYTHON, "-c", "import sqlalchemy"])[0],
        reps,
    )
    figures.append(small)


def bench_memory(work: Path, events: int, figures: list[Figure]) -> None:
    """Peak RSS of ingest and CSV export: the full-size runs above against one run at a
    tenth of the size. Flat means it does not grow with N."""
    small = max(events // 10, 1000)
    data = make_data(work, small)
    db = work / f"mem-{small}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    runs = {
        "ingest": [*CLI, "--db", str(db), "ingest", "--no-progress", str(data)],
        "CSV export": [
            *CLI,
            "--db",
            str(db),
            "timeline",
            "--format",
            "csv",
            "-o",
            str(work / "m.csv"),
        ],
    }
    for label, command in runs.items():
        figure = Figure(
            f"peak memory, {label}: {events:,} vs {small:,} events",
            "flat, < 200 MB",
            unit="MB",
            command="max RSS of the process, or of its largest worker process (os.wait4)",
        )
        figure.ours.append(PEAKS[label] / 1024)
        figure.base.append(timed(command)[1] / 1024)
        figures.append(figure)


# ---------------------------------------------------------------------------------------


def bounds(figures: list[Figure]) -> list[str]:
    """What the floor figures leave for the checks: for each floor with its attainable
    baseline (see `attainable`), the room the target leaves above that baseline and what
    the checks take now, in multiples of the floor."""
    by_name = {figure.name: figure for figure in figures}
    lines = []
    for floor in figures:
        best = by_name.get(floor.name + ATTAINABLE)
        if best is None or not floor.base or not best.base:
            continue
        target = float(floor.target.strip("≤ x"))
        least = statistics.median(best.base) / statistics.median(floor.base)
        lines.append(
            f"- **{floor.name}**: the floor plus what no ingest of ours can skip (the least "
            f"per-record Python and the start-up) is {least:.2f}x the floor. The target, "
            f"{floor.target}, leaves {target - least:+.2f}x of the floor for everything else "
            f"an ingest does (reference, quote and duplicate checks, bookkeeping); that takes "
            f"{floor.ratio - least:.2f}x now."
        )
    if not lines:
        return []
    return ["## What bounds the bulk ingest", "", *lines, ""]


def write_report(figures: list[Figure], args, out) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `python bench/run.py --events {args.events} --repeat {args.repeat}"
        f"{' --skip-pg' if args.skip_pg else ''}{' --skip-sqlite' if args.skip_sqlite else ''}` on {dt.date.today().isoformat()}, "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}.",
        "",
        "Each row: median (min–max) of relations-db and of its baseline, run alternately in",
        "the same run, and the ratio of the medians. Times in seconds, memory in MB.",
        "",
        "| figure | relations-db | baseline | ratio | target | notes |",
        "| --- | --- | --- | --- | --- | --- |",
        *[figure.row() for figure in figures],
        "",
        *bounds(figures),
        "## Commands",
        "",
    ]
    for figure in figures:
        lines.append(
            f"- **{figure.name}**: `{figure.command}` vs {figure.baseline or 'the smaller size'}"
        )
    text = "\n".join(lines) + "\n"
    if out == "-":
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
        print(text)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--sqlite3-limit"]:
        sqlite3_limit(Path(argv[1]), Path(argv[2]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true", help="only the PostgreSQL figures")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--work", help="folder for data and databases (default: a temp folder)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="relations-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    data = make_data(work, args.events)
    if not args.skip_sqlite:
        db = bench_ingest(work, data, args.repeat, figures)
        bench_query(db, args.repeat, figures)
        bench_export(work, db, args.repeat, figures)
        bench_startup(db, args.repeat, figures)
        if not args.skip_memory:
            bench_memory(work, args.events, figures)
    if not args.skip_pg:
        from pg import bench_postgresql  # noqa: PLC0415 - optional part

        bench_postgresql(work, data, args.repeat, figures, PG)
    write_report(figures, args, args.out)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main(sys.argv[1:]))

"""relations-db soak: many more SIGKILLs and concurrent-writer rounds than the test suite.

    python bench/soak.py [--backend sqlite|postgresql|both] [--kills N] [--writers N]
                         [--rounds N] [--seed S] [--out FILE]

The checks are the suite's own (tests/test_crash.py, tests/test_concurrency.py), run
longer: `--kills` ingests killed inside their write transaction per backend, each followed
by the checksum, integrity and leftover-session checks; `--rounds` rounds of `--writers`
processes ingesting overlapping files into one new SQLite file (compared with the serial
result) and the same ids into one PostgreSQL database. Any failed check stops the run with
its assertion. One JSON line of figures per part goes to standard output (and `--out`).

Needs the test extras (`pip install ".[test]"`) and, for PostgreSQL, the server the tests
use (RELATIONS_DB_TEST_PG, default postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import _pg_database, canonical_dump  # noqa: E402
from test_concurrency import (  # noqa: E402
    _assert_all_succeeded,
    _overlapping_loads,
    _run_at_once,
    _serial_dump,
)
from test_crash import kill_and_check  # noqa: E402


def kill_soak(backend: str, kills: int, seed: int, work: Path) -> dict:
    folder = Path(tempfile.mkdtemp(dir=work, prefix=f"kill-{backend}-"))
    if backend == "sqlite":
        return kill_and_check(f"sqlite:///{folder / 'relations.db'}", folder, kills, seed)
    with _pg_database() as url:
        return kill_and_check(url, folder, kills, seed)


def writers_soak(backend: str, writers: int, rounds: int, work: Path) -> dict:
    """`rounds` times, `writers` processes ingest overlapping files into one new database;
    each time the content must equal the serial ingest of the same files."""
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(dir=work, prefix=f"writers-{backend}-"))
    loads = _overlapping_loads(folder, writers)

    @contextmanager
    def fresh(name: str):
        if backend == "sqlite":
            yield f"sqlite:///{folder / f'{name}.db'}"
        else:
            with _pg_database() as url:
                yield url

    with fresh("serial") as url:
        reference = _serial_dump(url, loads)
    for round_ in range(rounds):
        with fresh(f"shared-{round_}") as url:
            _assert_all_succeeded(_run_at_once(url, loads))
            assert canonical_dump(url) == reference, f"round {round_}: not the serial result"
    return {
        "part": f"concurrent {backend} writers",
        "writers": writers,
        "rounds": rounds,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--kills", type=int, default=100, help="kills per backend")
    parser.add_argument("--writers", type=int, default=6, help="processes at once")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of concurrent writers")
    parser.add_argument("--seed", type=int, default=7, help="seed of the kill points")
    parser.add_argument("--out", type=Path, help="also append the JSON lines here")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    with tempfile.TemporaryDirectory(prefix="relations-soak-") as tmp:
        work = Path(tmp)
        parts = []
        for backend in backends:
            if args.kills:
                parts.append(
                    lambda b=backend: {
                        "part": "sigkill",
                        **kill_soak(b, args.kills, args.seed, work),
                    }
                )
        if args.rounds:
            for backend in backends:
                parts.append(lambda b=backend: writers_soak(b, args.writers, args.rounds, work))
        for part in parts:
            line = json.dumps(part(), sort_keys=True)
            print(line, flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as out:
                    out.write(line + "\n")


if __name__ == "__main__":
    main()

"""Migrations with data: every row survives upgrade to head, on both backends.

The database is populated at the first revision: the seed records and a synthetic load are
ingested, the schema is taken down to 0001, and there every row is copied many times under
new ids (written against the 0001 tables as reflected, not through today's code), for
thousands of events and tens of thousands of rows. Then `db upgrade` must keep every row
as it was, the head code must read them (and find the seed records unchanged), and
`db downgrade 0001` followed by `db upgrade` must keep what the schema at 0001 holds.
"""

from __future__ import annotations

import os
import re

import yaml
from conftest import (
    SEEDS,
    canonical_dump,
    record_figures,
    row_counts,
    synthetic_records,
    table_columns,
    write_records,
)
from sqlalchemy import MetaData, create_engine, insert, select, text

FIRST = "0001"
COPIES = int(os.environ.get("RELATIONS_DB_MIGRATION_COPIES", "15"))
# Columns that hold (or point to) the natural ids of sources, officials and events.
ID_COLUMNS = {"id", "event_id", "official_id", "source_id", "from_event_id", "to_event_id"}
SURROGATE_KEYS = {"positions", "evidence", "links"}


def _multiply(url: str, copies: int) -> None:
    """Add `copies` copies of every row under new ids (`<id>-c<k>`), table by table in
    foreign-key order; surrogate keys are left to the database."""
    engine = create_engine(url)
    metadata = MetaData()
    with engine.begin() as conn:
        metadata.reflect(conn)
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(r._mapping) for r in conn.execute(select(table))]
            if not rows:
                continue
            copied = []
            for k in range(1, copies + 1):
                for row in rows:
                    new = {}
                    for column, value in row.items():
                        if column == "id" and table.name in SURROGATE_KEYS:
                            continue
                        if column in ID_COLUMNS and isinstance(value, str):
                            value = f"{value}-c{k}"
                        new[column] = value
                    copied.append(new)
            conn.execute(insert(table), copied)
    engine.dispose()


def _events(run) -> int:
    result = run("sql", "SELECT count(*) AS n FROM timeline", "--format", "csv")
    assert result.exit_code == 0, result.output
    return int(result.output.splitlines()[1])


def test_rows_survive_upgrade_from_the_first_revision(run, db_url, tmp_path):
    load = write_records(tmp_path / "load.jsonl", synthetic_records(60, seed=21))
    result = run("ingest", str(SEEDS), str(load))
    assert result.exit_code == 0, result.output
    assert run("db", "downgrade", FIRST).exit_code == 0
    assert FIRST in run("db", "current").output
    _multiply(db_url, COPIES)
    at_first = row_counts(db_url)
    first_dump = canonical_dump(db_url)
    first_columns = table_columns(db_url)
    assert at_first["events"] >= 1000
    assert sum(at_first.values()) >= 10_000

    upgraded = run("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    at_head = row_counts(db_url)
    assert {t: at_head[t] for t in at_first} == at_first
    head_dump = canonical_dump(db_url)
    assert canonical_dump(db_url, set(first_dump), first_columns) == first_dump
    # Each record keeps the source it had as the origin of its one statement.
    unsourced = run(
        "sql",
        "SELECT count(*) AS n FROM events e WHERE e.origin IS NULL OR e.origin <> COALESCE("
        "(SELECT min(source_id) FROM event_sources s WHERE s.event_id = e.id), '')",
        "--format", "csv",
    )
    assert unsourced.output.splitlines()[1] == "0"
    # The head code reads the old rows: every event is in the timeline view, and the seed
    # records are recognised as already stored, unchanged.
    assert _events(run) == at_first["events"]
    again = run("ingest", str(SEEDS))
    assert again.exit_code == 0, again.output
    changed = re.findall(r"(\d+) (?:new|updated)", again.output)
    assert changed and set(changed) == {"0"}, again.output
    assert canonical_dump(db_url) == head_dump

    # Down to the first revision and back up: what the first schema holds is kept.
    down = run("db", "downgrade", FIRST)
    assert down.exit_code == 0, down.output
    assert canonical_dump(db_url) == first_dump
    up = run("db", "upgrade")
    assert up.exit_code == 0, up.output
    assert canonical_dump(db_url) == head_dump
    record_figures(
        "migrations-with-data",
        backend=db_url.split(":")[0].split("+")[0],
        events=at_first["events"],
        rows=sum(at_first.values()),
    )


def test_statements_go_down_to_event_claims_and_come_back(seeded, db_url, tmp_path):
    """0004 down to 0003 keeps a second source's differing values as its event claims;
    back up, they are that source's (partial) statement again, and no row is lost."""
    b_text = "Blinken and Qin Gang held talks in Beijing."
    doc = {
        "source": {"id": "wire", "title": "Wire", "published": "2023-06-20", "text": b_text},
        "meetings": [
            {
                "id": "2023-06-18-blinken-qin-gang-talks",
                "title": "Blinken and Qin Gang hold talks",
                "date": "2023-06-18",
                "status": "held",
                "participants": [{"official": "antony-blinken"}, {"official": "qin-gang"}],
                "evidence": [{"quote": "Blinken and Qin Gang held talks", "start": 0, "end": 31}],
            }
        ],
    }
    (tmp_path / "wire.yaml").write_text(yaml.safe_dump(doc))
    assert seeded("ingest", str(tmp_path / "wire.yaml")).exit_code == 0
    down = seeded("db", "downgrade", "0003", "--yes")
    assert down.exit_code == 0, down.output
    engine = create_engine(db_url)
    with engine.connect() as conn:
        claims = set(
            conn.execute(
                text("SELECT source_id, field, value FROM event_claims WHERE event_id = :e"),
                {"e": "2023-06-18-blinken-qin-gang-talks"},
            )
        )
    engine.dispose()
    assert ("wire", "status", "held") in claims
    assert ("wire", "title", "Blinken and Qin Gang hold talks") in claims
    up = seeded("db", "upgrade")
    assert up.exit_code == 0, up.output
    said = seeded(
        "sql",
        "SELECT source_id, field, value FROM statement_values "
        "WHERE record_id = '2023-06-18-blinken-qin-gang-talks' AND source_id = 'wire' "
        "ORDER BY field",
        "--format",
        "csv",
    )
    assert said.exit_code == 0, said.output
    assert "wire,status,held" in said.stdout
    assert "wire,title,Blinken and Qin Gang hold talks" in said.stdout
    quotes = seeded(
        "sql",
        "SELECT count(*) AS n FROM evidence WHERE source_id = 'wire'",
        "--format",
        "csv",
    )
    assert quotes.stdout.splitlines()[1] == "1"

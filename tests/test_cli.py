"""The command line as a whole: entry points and a start-up that stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "alembic", "pydantic", "yaml", "edtf")


def test_help_loads_no_database_or_parsing_library():
    code = (
        "import sys\n"
        "from relations_db.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='relations-db')\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Usage: relations-db" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run(
        [sys.executable, "-m", "relations_db", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    for command in ("init", "db", "ingest", "timeline"):
        assert f"  {command} " in result.stdout


def test_usage_errors_exit_2(run):
    result = run("timeline", "--kind", "summit")
    assert result.exit_code == 2
    assert "Invalid value for '--kind'" in result.stderr


READ_ONLY_HEAVY = ("sqlalchemy.orm", "alembic", "pydantic", "yaml", "edtf")


@pytest.mark.parametrize(
    "args",
    [
        ("official", "Antony Blinken"),
        ("officials",),
        ("event", "2023-02-blinken-china-visit"),
        ("sanctions",),
        ("timeline", "--format", "csv"),
    ],
    ids=lambda args: args[0] if args[0] != "timeline" else "timeline-csv",
)
def test_lookups_load_no_orm_migrations_or_parsing_library(seeded_readonly, args):
    """Reads go through Core tables: a lookup starts without configuring ORM mappers and
    without the validation, YAML and migration libraries only writes need."""
    code = (
        "import sys\n"
        "from relations_db.cli import cli\n"
        f"try:\n    cli(['--db', {seeded_readonly.url!r}, *{list(args)!r}], "
        "prog_name='relations-db')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        f"print(sorted(m for m in {READ_ONLY_HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip(), "the lookup printed nothing"
    assert result.stderr.strip().splitlines()[-1] == "[]"

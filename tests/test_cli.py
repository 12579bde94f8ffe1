"""The command line as a whole: entry points and a start-up that stays light."""

from __future__ import annotations

import subprocess
import sys

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

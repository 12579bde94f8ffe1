"""The `relations-db` command line: thin shims over the library, one module per group.

Only Click is imported at start-up; each command's module is imported when the command
runs (COMMANDS), and the command imports the library, so `relations-db --help` and
lookups stay fast.
"""

from __future__ import annotations

import sys

import click

from .common import AppContext, RelationsGroup, quiet_stdout

# Each command, as `module:attribute` in this package, imported only when it runs or
# --help lists it: a lookup does not load the code of ingest, extract or export.
COMMANDS = {
    "init": "db:init_command",
    "db": "db:db_group",
    "ingest": "ingest:ingest_command",
    "retract": "curate:retract_command",
    "delete": "curate:delete_command",
    "timeline": "timeline:timeline_command",
    "extract": "extract:extract_command",
    "evaluate": "extract:evaluate_command",
    "officials": "officials:officials_command",
    "official": "officials:official_command",
    "who": "officials:who_command",
    "sanctions": "officials:sanctions_command",
    "channels": "officials:channels_command",
    "sources": "analysis:sources_command",
    "event": "analysis:event_command",
    "stats": "analysis:stats_command",
    "sql": "sql:sql_command",
    "export": "export:export_command",
}


@click.group(
    cls=RelationsGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "target",
    envvar="RELATIONS_DB",
    metavar="TARGET",
    help="SQLite file or SQLAlchemy URL (postgresql+psycopg://...). Default: relations.db",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for runtime failures.")
@click.version_option(package_name="relations-db")
@click.pass_context
def cli(ctx: click.Context, target: str | None, debug: bool) -> None:
    """A queryable, source-cited timeline of international relations."""
    ctx.obj = AppContext(target=target, debug=debug)


def main() -> None:
    try:
        cli(prog_name="relations-db")
    finally:
        # Output still buffered when the reader has gone (`... | head -1`): a normal end.
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_stdout()
            sys.exit(0)

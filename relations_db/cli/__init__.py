"""The `relations-db` command line: thin shims over the library, one module per group.

Only Click is imported at start-up; each command imports the library when it runs, so
`relations-db --help` stays fast.
"""

from __future__ import annotations

import sys

import click

from .analysis import event_command, sources_command, stats_command
from .common import AppContext, RelationsGroup, quiet_stdout
from .curate import delete_command, retract_command
from .db import db_group, init_command
from .export import export_command
from .extract import evaluate_command, extract_command
from .ingest import ingest_command
from .officials import (
    channels_command,
    official_command,
    officials_command,
    sanctions_command,
    who_command,
)
from .sql import sql_command
from .timeline import timeline_command


@click.group(cls=RelationsGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


cli.add_command(init_command)
cli.add_command(db_group)
cli.add_command(ingest_command)
cli.add_command(retract_command)
cli.add_command(delete_command)
cli.add_command(timeline_command)
cli.add_command(extract_command)
cli.add_command(evaluate_command)
for lookup in (
    officials_command,
    official_command,
    who_command,
    sanctions_command,
    channels_command,
    sources_command,
    event_command,
    stats_command,
    sql_command,
):
    cli.add_command(lookup)
cli.add_command(export_command)


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

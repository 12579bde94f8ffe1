"""`ingest PATH...`: load record documents, JSONL streams and CSV event tables."""

from __future__ import annotations

import sys

import click

PROGRESS_MIN_BYTES = 4 * 1024 * 1024


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Validate everything, write nothing.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: for large inputs on a terminal).",
)
@click.pass_obj
def ingest_command(app, paths: tuple[str, ...], dry_run: bool, progress: bool | None) -> None:
    """Load records from PATHS (files or folders) in one transaction: all land or none."""
    from ..ingest import ingest
    from ..inputs import expand_paths

    total = sum(p.stat().st_size for p in expand_paths(paths))
    show = (
        progress if progress is not None else (total >= PROGRESS_MIN_BYTES and sys.stderr.isatty())
    )
    if show:
        with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:
            summary = ingest(app.db, paths, dry_run=dry_run, on_bytes=bar.update)
    else:
        summary = ingest(app.db, paths, dry_run=dry_run)
    click.echo(summary.line())

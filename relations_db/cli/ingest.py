"""`ingest PATH...`: load record documents, JSONL streams and CSV event tables."""

from __future__ import annotations

import sys

import click

PROGRESS_MIN_BYTES = 4 * 1024 * 1024
STDIN_SUFFIXES = {"jsonl": ".jsonl", "yaml": ".yaml", "json": ".json", "csv": ".csv"}


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--dry-run", is_flag=True, help="Validate everything, write nothing.")
@click.option(
    "--merge",
    is_flag=True,
    help="An event under a new id that reports one already stored from another source "
    "joins it (as `extract --ingest` does).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(STDIN_SUFFIXES)),
    help="What standard input (-) holds (default: jsonl).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: for large inputs on a terminal).",
)
@click.pass_obj
def ingest_command(
    app, paths: tuple[str, ...], dry_run: bool, merge: bool, fmt: str | None, progress: bool | None
) -> None:
    """Load records from PATHS (files or folders; - is standard input) in one transaction:
    all land or none."""
    if "-" in paths:
        if len(paths) != 1:
            raise click.UsageError("- (standard input) cannot be mixed with other paths")
        _ingest_stdin(app, fmt or "jsonl", dry_run, merge)
        return
    if fmt is not None:
        raise click.UsageError("--format is for standard input (-); files say it by suffix")
    from ..ingest import ingest
    from ..inputs import expand_paths

    total = sum(p.stat().st_size for p in expand_paths(paths))
    show = (
        progress if progress is not None else (total >= PROGRESS_MIN_BYTES and sys.stderr.isatty())
    )
    if show:
        with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:
            summary = ingest(app.db, paths, dry_run=dry_run, on_bytes=bar.update, merge=merge)
    else:
        summary = ingest(app.db, paths, dry_run=dry_run, merge=merge)
    click.echo(summary.line())


def _ingest_stdin(app, fmt: str, dry_run: bool, merge: bool) -> None:
    """Standard input goes through a private temporary file (the readers need a path to
    report lines and to read a document twice); errors name it `<stdin>`."""
    import shutil
    import tempfile
    from pathlib import Path

    from ..ingest import ingest

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"stdin{STDIN_SUFFIXES[fmt]}"
        with open(path, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out)
        summary = ingest(
            app.db, [path], dry_run=dry_run, merge=merge, display={str(path): "<stdin>"}
        )
    click.echo(summary.line())

"""`export`: the timeline filters, then records, CSV, TimelineJS, an HTML page or an SVG."""

from __future__ import annotations

import os

import click

from ..export import FORMATS, GROUPS, SUFFIXES
from .common import output_stream
from .timeline import make_filter, timeline_filters, whole_timeline_csv


@click.command("export")
@timeline_filters
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="csv, yaml, json, jsonl, timelinejs, html or svg (default: from the -o suffix).",
)
@click.option(
    "--group",
    type=click.Choice(GROUPS),
    default="kind",
    show_default=True,
    help="Lanes of the drawing and TimelineJS groups: by kind or by country pair.",
)
@click.option("--title", metavar="TEXT", help="Title of the drawing (html, svg, timelinejs).")
@click.option(
    "--source",
    metavar="ID",
    help="Only what source ID stated, as it stated it (yaml, json, jsonl).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_obj
def export_command(app, fmt, group, title, source, output, **filters) -> None:
    """Export the selected events: records that ingest reads back, CSV, or a drawing."""
    if fmt is None:
        fmt = (
            SUFFIXES.get(os.path.splitext(output)[1].lower()) if output and output != "-" else None
        )
        if fmt is None:
            raise click.UsageError("give --format (or an -o FILE whose suffix names it)")
    if fmt == "csv" and source is None and whole_timeline_csv(app, output, filters):
        return
    from ..export import export

    with app.db.read() as connection:
        flt = make_filter(filters)
        with output_stream(output) as out:
            result = export(
                connection, flt, fmt, out, group=group, title=title, source=source
            )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)

"""`sources`, `event ID`, `stats`: what the database holds, one source, event or count."""

from __future__ import annotations

import click

from .common import format_option, output_stream, pick_format

OUTPUT = click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")


@click.command("sources")
@format_option()
@OUTPUT
@click.pass_obj
def sources_command(app, fmt, output) -> None:
    """The sources, newest first: publisher, date, and how many events, officials and
    evidence quotes each states."""
    from ..output.lookups import SOURCE_TABLE, write_rows
    from ..query.sources import SOURCE_COLUMNS, list_sources

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        rows = list_sources(connection)
        with output_stream(output) as out:
            write_rows(rows, SOURCE_COLUMNS, fmt, out, SOURCE_TABLE)


@click.command("event")
@click.argument("event_id", metavar="ID")
@format_option()
@OUTPUT
@click.pass_obj
def event_command(app, event_id, fmt, output) -> None:
    """One event: every field, participants and roles, evidence by source, links both
    ways, and what each source says where sources differ.

    JSON is the whole document (JSONL: on one line); CSV lists section, field, value.
    """
    from ..output.lookups import write_document, write_event, write_rows
    from ..query.event import EVENT_COLUMNS, event_detail, event_rows

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        detail = event_detail(connection, event_id)
    with output_stream(output) as out:
        if fmt == "json":
            write_document(detail, out)
        elif fmt == "jsonl":
            write_rows([detail], list(detail), "jsonl", out)
        elif fmt == "csv":
            write_rows(event_rows(detail), EVENT_COLUMNS, "csv", out)
        else:
            write_event(detail, out)


@click.command("stats")
@format_option()
@OUTPUT
@click.pass_obj
def stats_command(app, fmt, output) -> None:
    """Counts: events by kind, status, country and year, the date range, sources and
    officials. JSON is one document; CSV and JSONL list group, value, count."""
    from ..output.lookups import write_document, write_rows, write_stats
    from ..query.stats import STAT_COLUMNS, database_stats, stat_rows

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        stats = database_stats(connection)
    with output_stream(output) as out:
        if fmt == "json":
            write_document(stats, out)
        elif fmt in ("csv", "jsonl"):
            write_rows(stat_rows(stats), STAT_COLUMNS, fmt, out)
        else:
            write_stats(stats, out)

"""`timeline`: the events, oldest first, with the contract's filters and formats."""

from __future__ import annotations

import click

from ..model.enums import SECTIONS, TIMELINE_COLUMNS, Kind, Status, Visibility
from .common import format_option, output_stream, pick_format

KINDS = [k.value for k in Kind]
COLUMNS = TIMELINE_COLUMNS
STATUSES = [s.value for s in Status]
VISIBILITIES = [v.value for v in Visibility]


class KindChoice(click.Choice):
    """A kind as the records name it (`meeting`) or as documents' sections do (`meetings`)."""

    def __init__(self):
        super().__init__(KINDS + list(SECTIONS), case_sensitive=False)

    def convert(self, value, param, ctx):
        value = super().convert(value, param, ctx)
        section = SECTIONS.get(value)
        return section.value if section is not None else value


def timeline_filters(command):
    """The timeline filters, shared by `timeline` and `export`."""
    options = [
        click.option(
            "--country",
            "countries",
            multiple=True,
            metavar="CC",
            help="Events involving this country (repeat: all of them).",
        ),
        click.option(
            "--official",
            "officials",
            multiple=True,
            metavar="NAME",
            help="Events with this official (id, name or alias; repeat: all of them).",
        ),
        click.option(
            "--kind",
            "kinds",
            multiple=True,
            type=KindChoice(),
            help="Only these kinds (repeatable; `meetings` works too).",
        ),
        click.option(
            "--status",
            "statuses",
            multiple=True,
            type=click.Choice(STATUSES),
            help="Only these statuses (repeatable).",
        ),
        click.option(
            "--visibility",
            "visibilities",
            multiple=True,
            type=click.Choice(VISIBILITIES),
            help="Only these visibilities (repeatable).",
        ),
        click.option("--since", metavar="DATE", help="Events whose dates reach DATE or later."),
        click.option("--until", metavar="DATE", help="Events whose dates begin by DATE."),
        click.option(
            "--location",
            metavar="TEXT",
            help="Place name contains TEXT, or in the country it names (a code: that country).",
        ),
        click.option("--search", metavar="TEXT", help="Title, summary or evidence contains TEXT."),
        click.option(
            "--limit",
            type=click.IntRange(min=0, max=2**63 - 1),  # what SQL's LIMIT takes
            help="At most N events (0: no limit).",
        ),
        click.option("--reverse", is_flag=True, help="Newest first."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filter(options: dict):
    from ..query.timeline import TimelineFilter

    return TimelineFilter(**{k: list(v) if isinstance(v, tuple) else v for k, v in options.items()})


@click.command("timeline")
@timeline_filters
@format_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_obj
def timeline_command(app, fmt: str | None, output: str | None, **filters) -> None:
    """The events, oldest first (undated ones last)."""
    fmt = pick_format(fmt, output)
    if fmt == "csv" and whole_timeline_csv(app, output, filters):
        return
    from ..output.formats import write_csv_batches
    from ..output.timeline import write_timeline
    from ..query.timeline import timeline, timeline_flat_batches

    with app.db.read() as connection:
        if fmt == "csv":  # straight from the `timeline` view: no per-event lookups
            batches = timeline_flat_batches(connection, make_filter(filters))
            with output_stream(output) as out:
                write_csv_batches(batches, COLUMNS, out)
            return
        rows = timeline(connection, make_filter(filters))
        with output_stream(output) as out:
            write_timeline(rows, fmt, out)


def whole_timeline_csv(app, output: str | None, filters: dict) -> bool:
    """The whole timeline of a SQLite file as CSV, read with the sqlite3 module alone
    (query.parallel): importing SQLAlchemy would be a sixth of the time at 200k events.
    False (nothing written) when a filter is given or --db is not a SQLite file at the
    schema revision the reader knows: the usual path then runs and says what is wrong."""
    if any(value for name, value in filters.items() if name != "reverse"):
        return False
    from ..query.rawsqlite import sqlite_file

    path = sqlite_file(app.target)
    if path is None:
        return False
    from ..output.formats import csv_renderer
    from ..query.parallel import write_timeline

    with output_stream(output) as out:
        write_timeline(path, out, csv_renderer(COLUMNS), bool(filters.get("reverse")))
    return True

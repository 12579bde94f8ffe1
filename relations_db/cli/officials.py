"""`officials`, `official NAME`, `who TITLE`: people and the posts they hold."""

from __future__ import annotations

import click

from .common import format_option, output_stream, pick_format, sqlite_only_reader

FORMAT = format_option()
OUTPUT = click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")


@click.command("officials")
@click.option("--country", metavar="CC", help="Only officials of this country.")
@click.option("--search", metavar="TEXT", help="Name, alias or id contains TEXT (any case).")
@FORMAT
@OUTPUT
@click.pass_obj
def officials_command(app, country, search, fmt, output) -> None:
    """List officials by name, with the posts they have held (title, organization, dates)."""
    from ..output.lookups import write_officials
    from ..query.officials import list_officials

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        rows = list_officials(connection, country=country, search=search)
        with output_stream(output) as out:
            write_officials(rows, fmt, out)


@click.command("official")
@click.argument("name")
@FORMAT
@OUTPUT
@click.pass_obj
def official_command(app, name, fmt, output) -> None:
    """One official's profile: positions over time, events, sanctions, sources.

    NAME is an id, a name or an alias, in any case. CSV and JSONL list the official's
    events; JSON is the whole profile.
    """
    from ..output.lookups import PROFILE_EVENT_COLUMNS, write_document, write_profile, write_rows
    from ..query.profile import official_events, official_profile

    fmt = pick_format(fmt, output)
    if fmt in ("csv", "jsonl"):  # the events alone: no sources or sanctions to look up
        with sqlite_only_reader(app) as connection:
            events = official_events(connection, name)
        with output_stream(output) as out:
            write_rows(events, PROFILE_EVENT_COLUMNS, fmt, out)
        return
    with sqlite_only_reader(app) as connection:
        profile = official_profile(connection, name)
    with output_stream(output) as out:
        if fmt == "json":
            write_document(profile, out)
        else:
            write_profile(profile, out)


@click.command("who")
@click.argument("title")
@click.option("--country", metavar="CC", help="The country of the post.")
@click.option(
    "--on",
    "on",
    metavar="DATE",
    help="The day (YYYY-MM-DD; default: the latest date the record gives for the post).",
)
@FORMAT
@OUTPUT
@click.pass_obj
def who_command(app, title, country, on, fmt, output) -> None:
    """Who held the post TITLE on a day, from position spans.

    TITLE is a title ("Foreign Minister") or a title with its organization ("CIA
    Director"). Holders whose span covers the day come first, then holders of the post
    whose dates the sources do not give. Without --on the day is the latest one the
    record gives (a position date or a source's publication), not today. No holder is an
    answer too (exit 0).
    """
    from ..output.lookups import HOLDER_COLUMNS, write_document, write_holders, write_rows
    from ..query.officials import who_held

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        answer = who_held(connection, title, country, on)
    with output_stream(output) as out:
        if fmt == "json":
            write_document(answer, out)
        elif fmt in ("csv", "jsonl"):
            write_rows(answer["holders"], HOLDER_COLUMNS, fmt, out)
        else:
            write_holders(answer, out)


@click.command("sanctions")
@click.option("--target", metavar="NAME", help="Sanctions on this official or organization.")
@click.option("--imposer", metavar="CC", help="Sanctions imposed by this country.")
@click.option("--target-country", metavar="CC", help="Sanctions on targets of this country.")
@click.option("--as-of", metavar="DATE", help="Only sanctions in force on this day.")
@FORMAT
@OUTPUT
@click.pass_obj
def sanctions_command(app, target, imposer, target_country, as_of, fmt, output) -> None:
    """Sanctions, oldest first, with imposer, authority, target, program, reason, lifting.

    --as-of DATE keeps the sanctions in force that day: imposed (held) by then and not
    lifted before it.
    """
    from ..output.lookups import SANCTION_COLUMNS, SANCTION_TABLE, write_rows
    from ..query.sanctions import list_sanctions

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        rows = list_sanctions(
            connection,
            target=target,
            imposer=imposer,
            target_country=target_country,
            as_of=as_of,
        )
        with output_stream(output) as out:
            write_rows(rows, SANCTION_COLUMNS, fmt, out, SANCTION_TABLE)


@click.command("channels")
@click.option("--country", "countries", multiple=True, metavar="CC", help="A country (give two).")
@click.option("--as-of", metavar="DATE", help="Count up to this day (default today).")
@click.option(
    "--channels",
    "channels_file",
    envvar="RELATIONS_DB_CHANNELS",
    type=click.Path(dir_okay=False),
    help="CSV of extra channel,title[,organization] rows (env RELATIONS_DB_CHANNELS).",
)
@FORMAT
@OUTPUT
@click.pass_obj
def channels_command(app, countries, as_of, channels_file, fmt, output) -> None:
    """The last contact between two countries on each channel of counterpart posts."""
    from ..output.lookups import channel_columns, write_channels, write_document, write_rows
    from ..query.channels import channel_report

    fmt = pick_format(fmt, output)
    with app.db.read() as connection:
        report = channel_report(connection, list(countries), as_of, channels_file)
    with output_stream(output) as out:
        if fmt == "json":
            write_document(report, out)
        elif fmt in ("csv", "jsonl"):
            write_rows(report["channels"], channel_columns(report), fmt, out)
        else:
            write_channels(report, out)

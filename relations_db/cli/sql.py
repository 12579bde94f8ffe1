"""`sql`: read-only SQL for analysts, on either backend."""

from __future__ import annotations

from itertools import chain

import click

from .common import format_option, output_stream, pick_format

MAX_TIMEOUT = 2_147_483


def _a_number(value: float) -> float:
    if value != value:  # NaN passes every range check
        raise click.BadParameter("nan is not a number of seconds")
    return value


@click.command("sql")
@click.argument("query")
@format_option()
@click.option(
    "--timeout",
    # PostgreSQL's statement_timeout holds at most 2^31-1 ms, and the timer thread cannot
    # wait "inf" or 1e300 s: both failed with tracebacks.
    type=click.FloatRange(min=0, max=MAX_TIMEOUT),
    callback=lambda ctx, param, value: _a_number(value),
    default=10.0,
    show_default=True,
    help=f"Stop the query after SECONDS, at most {MAX_TIMEOUT} (0: no limit).",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=0),
    default=10_000,
    show_default=True,
    help="Return at most N rows (0: no cap); a note says when more matched.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.pass_obj
def sql_command(app, query, fmt, timeout, max_rows, output) -> None:
    """Run one read-only SQL query (SELECT, WITH ... SELECT, VALUES, EXPLAIN).

    Writes, schema changes, ATTACH and several statements are refused (exit 2) and the
    database is left as it was. The views `timeline` and `participations` are the stable
    way in; see docs/schema.md.
    """
    from ..output.formats import json_number, write_jsonl
    from ..output.lookups import write_rows
    from ..query.sql import run_sql

    fmt = pick_format(fmt, output)
    with run_sql(app.db, query, timeout=timeout, max_rows=max_rows or None) as result:
        # The first fetch runs the query on PostgreSQL (a cursor): its error comes before
        # any output, so a failed query writes no header and creates no file.
        fetched = iter(result.rows)
        first = next(fetched, None)
        ahead = [] if first is None else [first]
        rows = (dict(zip(result.columns, row, strict=True)) for row in chain(ahead, fetched))
        if fmt in ("json", "jsonl"):  # NaN and the infinities are no JSON numbers
            rows = (
                {c: json_number(v) if type(v) is float else v for c, v in row.items()}
                for row in rows
            )
        with output_stream(output) as out:
            if fmt == "jsonl":
                write_jsonl(rows, out)
            else:
                write_rows(rows, result.columns, fmt, out)
    if result.truncated:
        click.echo(
            f"note: stopped after {max_rows} rows (--max-rows); the query has more", err=True
        )

"""`extract ARTICLE`: draft records from an article; `evaluate GOLD...`: score extraction."""

from __future__ import annotations

import sys

import click


@click.command("extract")
@click.argument("article", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", metavar="DATE", help="Publication date YYYY-MM-DD (else the header).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default="yaml",
    show_default=True,
    help="How to print the draft document (not with --ingest).",
)
@click.option(
    "--ingest",
    "do_ingest",
    is_flag=True,
    help="Store the records instead of printing them; prints the summary line only.",
)
@click.option("--title", help="The source's title (overrides the header).")
@click.option("--url", help="The source's URL (overrides the header).")
@click.option("--publisher", help="The source's publisher (overrides the header).")
@click.option("--source-id", help="The source's id (default: made from publisher, date, title).")
@click.pass_obj
def extract_command(app, article, published, fmt, do_ingest, title, url, publisher, source_id):
    """Draft a record document from a plain-text news ARTICLE ("-" reads standard input)."""
    from ..extract import extract
    from ..inputs.errors import InputError

    if do_ingest and _given(click.get_current_context(), "fmt"):
        raise click.UsageError(
            "--format and --ingest exclude each other: --ingest prints no document, only "
            "the summary line"
        )
    if source_id is not None:
        import re

        from ..inputs.records import SLUG_PATTERN

        if not re.match(SLUG_PATTERN, source_id):
            raise InputError(
                f"{source_id!r} is not an id: use lowercase letters, digits and hyphens",
                field="--source-id",
            )
    if published is not None:
        _check_published(published)
    # The text as it is, line ends and all: evidence offsets count the file's characters,
    # as ingest reads a source's `text_file` and evaluate its gold's (a CRLF article read
    # with universal newlines gave offsets a `text_file` document then failed on).
    try:
        if article == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(article, "rb") as handle:
                data = handle.read()
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file="<stdin>" if article == "-" else article) from None
    except OSError as exc:  # a missing article is bad input (exit 2), as for ingest
        raise InputError(f"cannot read: {exc.strerror}", file=article) from None
    gazetteer = _known_officials(app) if do_ingest else ()
    try:
        if do_ingest:
            from ..extract.merge import own_source_id

            source_id = own_source_id(
                app.db,
                text,
                source_id=source_id,
                published=published,
                title=title,
                publisher=publisher,
            )
        document = extract(
            text,
            published=published,
            title=title,
            url=url,
            publisher=publisher,
            source_id=source_id,
            gazetteer=gazetteer,
        )
    except ValueError as exc:
        raise InputError(str(exc), file=article) from None
    except InputError as exc:
        raise exc.located(file=article) from None
    if do_ingest:
        _ingest(app, document, "<stdin>" if article == "-" else article)
        return
    if fmt == "json":
        import json

        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        import yaml

        out = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
        click.echo(out, nl=False)


def _given(ctx: click.Context, name: str) -> bool:
    """Did the user give option `name` (on the command line or in the environment)?"""
    from click.core import ParameterSource

    return ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None)


def _check_published(published: str) -> None:
    """--published takes one day, YYYY-MM-DD; for another way of writing a day, say which
    YYYY-MM-DD it would be."""
    from ..dates import parse_day
    from ..inputs.errors import InputError

    try:
        day = parse_day(published)
    except ValueError:
        pass
    else:
        from ..extract import publication_day

        try:
            publication_day(day)
        except ValueError as exc:
            raise InputError(str(exc).removeprefix("published: "), field="--published") from None
        return
    hint = ""
    try:
        import datetime as dt

        from dateutil import parser

        # Only a fully written day: the same answer whatever the defaults for missing parts.
        one, other = (parser.parse(published, default=dt.datetime(y, m, d)) for y, m, d in
                      ((2000, 1, 1), (2001, 2, 2)))
        if one.date() == other.date():
            hint = f" (for {published!r} write {one.date().isoformat()})"
    except (ValueError, OverflowError, TypeError):
        pass
    raise InputError(f"{published!r} is not a day: write YYYY-MM-DD{hint}", field="--published")


def _known_officials(app):
    """Officials already in the database, as a gazetteer: (name, country, None, aliases),
    given the article's source id: what that source itself stated is left out, so the same
    article extracted again reads as it did the first time."""
    from ..extract.merge import known_officials

    return lambda source_id: known_officials(app.db, leave_out=source_id)


def _ingest(app, document: dict, article: str) -> None:
    import tempfile
    from pathlib import Path

    import yaml

    from ..extract.merge import reuse_official_ids, stated_by_documents
    from ..ingest import ingest
    from ..inputs.errors import InputError, InputErrors

    source_id = document["source"]["id"]
    if stated_by_documents(app.db, source_id):
        raise InputError(
            f"source {source_id!r} was loaded from a record document; extracted records "
            "would replace that document's: give the article its own --source-id",
            file=article,
            field="--source-id",
        )
    document = reuse_official_ids(app.db, document)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{document['source']['id']}.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
        try:
            summary = ingest(app.db, [path], merge=True, extracted=True)
        except (InputError, InputErrors) as exc:
            # The temporary document means nothing to the user: cite the article.
            for error in exc.errors if isinstance(exc, InputErrors) else [exc]:
                for problem in error.problems():
                    problem.file, problem.line = article, None
            raise
    click.echo(summary.line().replace("1 file", "1 article", 1))


@click.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--predicted",
    type=click.Path(exists=True, dir_okay=False),
    help="A record document to score (one GOLD only); default: extract the gold's text.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
)
def evaluate_command(gold, predicted, fmt):
    """Score extraction against GOLD record documents (annotation.md's scoring).

    Without --predicted, each GOLD's text (its `source.text_file`) is extracted and scored.
    """
    from pathlib import Path

    from ..extract.evaluate import Score, markdown_table, score_gold_file

    if predicted and len(gold) != 1:
        raise click.UsageError("--predicted scores one GOLD file")
    rows = [
        (Path(g).name.removesuffix(".yaml").removesuffix(".gold"), score_gold_file(g, predicted))
        for g in gold
    ]
    if fmt == "json":
        import json

        total = Score()
        for _, s in rows:
            total = total + s
        out = {"texts": {label: s.as_dict() for label, s in rows}, "all": total.as_dict()}
        click.echo(json.dumps(out, indent=2))
    else:
        click.echo(markdown_table(rows), nl=False)

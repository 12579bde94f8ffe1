"""`init` and the `db` group: schema migrations from the CLI, no alembic.ini needed."""

from __future__ import annotations

import click


@click.command("init")
@click.pass_obj
def init_command(app) -> None:
    """Create the database, or upgrade it to the newest schema (idempotent)."""
    from ..store.database import init_database

    before, after = init_database(app.db)
    if before == after:
        click.echo(f"{app.db.display()}: schema is current (revision {after})")
    else:
        click.echo(f"{app.db.display()}: schema at revision {after} (was {before or 'empty'})")


@click.group("db")
def db_group() -> None:
    """Schema migrations: upgrade, downgrade, current, history."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
def upgrade_command(app, revision: str) -> None:
    """Upgrade the schema to REVISION (default: the newest; `+1` is the next one)."""
    from ..store.database import init_database

    with _revision_errors(revision):
        before, after = init_database(app.db, revision)
    if before is None or before != after:
        click.echo(f"{app.db.display()}: {before or 'empty'} -> {after or 'empty'}")
        return
    # Nothing to do: the schema is at REVISION or past it. Upgrading never goes back, so
    # say so and how to, rather than "0006 -> 0006" as if a step had been taken.
    from ..store.migrate import resolve_revision

    target = resolve_revision(revision)
    if target is None or target == after:
        click.echo(f"{app.db.display()}: already at revision {after}")
    else:
        click.echo(
            f"{app.db.display()}: already at revision {after}, later than {target}; "
            f"`relations-db db downgrade {target}` goes back to it"
        )


@db_group.command("downgrade", context_settings={"ignore_unknown_options": True})
@click.argument("revision")
@click.option("--yes", is_flag=True, help="Do not ask before dropping tables or rows.")
@click.pass_obj
def downgrade_command(app, revision: str, yes: bool) -> None:
    """Downgrade the schema to REVISION: a revision, `-1` (one step back) or `base`
    (removes every table).

    A downgrade that drops tables or rows says what will be lost and asks first (or needs
    --yes when not on a terminal); back up with `relations-db export --format jsonl`.
    """
    import sys

    from ..inputs.errors import InputError
    from ..store.database import downgrade_database

    with _revision_errors(revision):
        losses = _downgrade_losses(app.db, revision)
        if losses and not yes:
            listing = ", ".join(
                f"table {t} ({n} rows)" if dropped else f"{n} rows of {t}"
                for t, n, dropped in losses
            )
            backup = "relations-db export --format jsonl -o backup.jsonl"
            if not sys.stdin.isatty():
                raise InputError(
                    f"this downgrade drops {listing}; back up first ({backup}), "
                    "then run again with --yes"
                )
            click.echo(f"This downgrade drops {listing}.", err=True)
            click.echo(f"Back up first if you may need them: {backup}", err=True)
            click.confirm("Downgrade?", abort=True, err=True)
        before, after = downgrade_database(app.db, revision)
    click.echo(f"{app.db.display()}: {before or 'empty'} -> {after or 'empty'}")


def _downgrade_losses(db, revision: str) -> list[tuple[str, int, bool]]:
    """What a downgrade would remove, found by running it in a transaction that is rolled
    back: (table, rows, whether the table goes) for each table dropped or losing rows."""
    from sqlalchemy import func, inspect, select, table

    from ..store.database import serialize_writers
    from ..store.migrate import downgrade
    from ..store.schema import SchemaError

    if not db.exists():
        raise SchemaError(f"no database at {db.display()}")

    def counts(connection) -> dict[str, int]:
        names = inspect(connection).get_table_names()
        return {
            name: connection.scalar(select(func.count()).select_from(table(name)))
            for name in names
            if name != "alembic_version"
        }

    with db.connect(write=True) as connection:
        transaction = connection.begin()
        try:
            serialize_writers(connection)
            before = counts(connection)
            downgrade(connection, revision)
            after = counts(connection)
        finally:
            transaction.rollback()
    # An empty table holds nothing to lose: only tables and rows with data count.
    return [
        (name, rows - after.get(name, 0), name not in after)
        for name, rows in before.items()
        if rows > after.get(name, 0)
    ]


class _revision_errors:
    """Alembic's CommandError (an unknown or unreachable revision) as a one-line usage
    error, exit 2, instead of a runtime failure with its class name."""

    def __init__(self, revision: str):
        self.revision = revision

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        from alembic.util.exc import CommandError

        from ..inputs.errors import InputError

        if isinstance(exc, CommandError):
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else "unknown"
            raise InputError(
                f"{detail} (`relations-db db history` lists the revisions)", field="REVISION"
            ) from None
        return False


@db_group.command("current")
@click.pass_obj
def current_command(app) -> None:
    """Show the schema revision of the database."""
    from ..store.database import revision_of
    from ..store.schema import SCHEMA_HEAD

    revision = revision_of(app.db)
    state = "current" if revision == SCHEMA_HEAD else f"this relations-db needs {SCHEMA_HEAD}"
    click.echo(f"{revision or 'empty'} ({state})")


@db_group.command("history")
def history_command() -> None:
    """List the migrations, newest first."""
    from ..store.migrate import history

    for revision, down, message in history():
        click.echo(f"{down or 'base'} -> {revision}: {message}")

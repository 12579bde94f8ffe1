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
    """Upgrade the schema to REVISION (default: the newest)."""
    from ..store.database import init_database

    before, after = init_database(app.db, revision)
    click.echo(f"{app.db.display()}: {before or 'empty'} -> {after}")


@db_group.command("downgrade")
@click.argument("revision")
@click.pass_obj
def downgrade_command(app, revision: str) -> None:
    """Downgrade the schema to REVISION (`base` removes every table)."""
    from ..store.database import downgrade_database

    before, after = downgrade_database(app.db, revision)
    click.echo(f"{app.db.display()}: {before or 'empty'} -> {after or 'empty'}")


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

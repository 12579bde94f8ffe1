"""`retract SOURCE_ID` and `delete ID...`: take statements back, showing what goes first."""

from __future__ import annotations

import click


def _confirm(yes: bool, verb: str):
    """Show the plan on standard error and ask, unless --yes."""

    def confirm(plan) -> bool:
        if plan.empty():
            return True
        click.echo(f"{verb} removes:", err=True)
        for line in plan.lines():
            click.echo(f"  {line}", err=True)
        if yes:
            return True
        try:
            return click.confirm("Go ahead?", default=False, err=True)
        except click.Abort:  # no answer (input closed) or Ctrl-C: no
            click.echo(err=True)
            return False

    return confirm


@click.command("retract")
@click.argument("source_id")
@click.option("--yes", "-y", is_flag=True, help="Do not ask; remove what the source alone stated.")
@click.pass_obj
def retract_command(app, source_id: str, yes: bool) -> None:
    """Remove source SOURCE_ID and every statement only it made.

    Records it alone stated go, with their links; records that other sources state too
    are resolved again from what those said. Lists what will go and asks, unless --yes.
    """
    from ..store.retract import Cancelled, retract

    try:
        plan = retract(app.db, source_id, _confirm(yes, f"retract {source_id}"))
    except Cancelled:
        click.echo("nothing was changed", err=True)
        raise SystemExit(1) from None
    click.echo(
        f"retracted {source_id}: {len(plan.events)} events and {len(plan.officials)} officials "
        f"removed, {len(plan.restated)} records resolved again, {plan.links} links removed"
    )


@click.command("delete")
@click.argument("ids", nargs=-1, required=True)
@click.option("--yes", "-y", is_flag=True, help="Do not ask.")
@click.pass_obj
def delete_command(app, ids: tuple[str, ...], yes: bool) -> None:
    """Remove the events and officials IDS, with every source's statements of them.

    An official that an event still names cannot go before that event. Lists what will
    go and asks, unless --yes.
    """
    from ..store.retract import Cancelled, delete_records

    try:
        plan = delete_records(app.db, list(ids), _confirm(yes, "delete"))
    except Cancelled:
        click.echo("nothing was changed", err=True)
        raise SystemExit(1) from None
    click.echo(
        f"deleted {len(plan.events)} events and {len(plan.officials)} officials, "
        f"{plan.links} links with them"
    )

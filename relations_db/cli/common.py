"""What every command shares: the database handle, error reporting, output files."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click


class AppContext:
    """What the group's options give every command; the database opens on first use."""

    def __init__(self, target: str | None = None, debug: bool = False):
        self.target = target
        self.debug = debug
        self._db = None

    @property
    def db(self):
        if self._db is None:
            from ..store import open_database

            self._db = open_database(self.target)
            # Close every connection when the command ends, so SQLite checkpoints its WAL
            # into the database file rather than whenever the engine is collected.
            click.get_current_context().call_on_close(self._db.dispose)
        return self._db


@contextmanager
def sqlite_only_reader(app: AppContext):
    """A read connection for queries written as SQL text (query.lookup.run): the sqlite3
    module's own when --db is a SQLite file at the schema query.rawsqlite knows, so the
    command never imports SQLAlchemy; the store's otherwise (which says what is wrong)."""
    from ..query.rawsqlite import reader, sqlite_file

    path = sqlite_file(app.target)
    if path is None:
        with app.db.read() as connection:
            yield connection
        return
    with reader(path) as connection:
        yield connection


def fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class RelationsGroup(click.Group):
    """Turns the library's exceptions into one-line messages and exit codes 2 and 1.

    `lazy_commands` names commands by `module:attribute` in this package; a module is
    imported when one of its commands is asked for, not when the group is built."""

    def __init__(self, *args, lazy_commands: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, name: str):
        if name not in self.commands and name in self.lazy_commands:
            from importlib import import_module

            module, attribute = self.lazy_commands[name].split(":")
            command = getattr(import_module(f".{module}", __package__), attribute)
            self.add_command(command, name)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            # The reader went away (`relations-db timeline | head`): a normal end, as for
            # other command-line tools: exit 0 without a message.
            quiet_stdout()
            sys.exit(0)
        except Exception as exc:  # noqa: BLE001 - this is the one place that reports them
            app = ctx.obj if isinstance(ctx.obj, AppContext) else AppContext()
            report(exc, debug=app.debug)


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit does not fail a second time
    on a closed pipe (the Python docs' advice for SIGPIPE)."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


def report(exc: Exception, *, debug: bool) -> None:
    from ..inputs.errors import InputError, InputErrors

    if isinstance(exc, InputErrors):
        errors = [e for error in exc.errors for e in error.problems()]
        for error in errors:
            click.echo(f"error: {error}", err=True)
        more = " (stopped after the first errors)" if exc.truncated else ""
        count = len(errors)
        click.echo(f"{count} error{'' if count == 1 else 's'}{more}; nothing was written", err=True)
        sys.exit(2)
    if isinstance(exc, InputError):
        for error in exc.problems():
            click.echo(f"error: {error}", err=True)
        sys.exit(2)
    if debug:
        raise exc
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from ..query.sql import QueryTimeout
    from ..store import DatabaseUnavailable, SchemaError, TargetError

    if isinstance(exc, SchemaError | DatabaseUnavailable | TargetError | QueryTimeout):
        fail(str(exc), 1)
    if isinstance(exc, DBAPIError):
        detail = (
            str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc).__name__
        )
        fail(f"database error: {detail} (run with --debug for details)", 1)
    if isinstance(exc, SQLAlchemyError):
        fail(f"database error: {exc} (run with --debug for details)", 1)
    if isinstance(exc, OSError):
        fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)
    fail(f"{type(exc).__name__}: {exc} (run with --debug for a traceback)", 1)


# What an -o suffix says about the format, for every command that writes rows.
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".txt": "table"}


def pick_format(fmt: str | None, output: str | None, choices=("table", "csv", "json", "jsonl")):
    """The output format: `--format` when given, else the `-o` file's suffix, else a table
    on a terminal and whole CSV when piped or redirected (as sqlite-utils and git do)."""
    if fmt:
        return fmt
    if output and output != "-":
        import os

        suffix = os.path.splitext(output)[1].lower()
        found = SUFFIX_FORMATS.get(suffix)
        if found in choices:
            return found
        known = ", ".join(s for s, f in SUFFIX_FORMATS.items() if f in choices)
        raise click.UsageError(
            f"cannot tell the format from {output!r}: give --format or a suffix ({known})"
        )
    return "table" if sys.stdout.isatty() else "csv"


def format_option(choices=("table", "csv", "json", "jsonl")):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        help="Output format (default: from the -o suffix; else table on a terminal, "
        "csv when piped).",
    )


@contextmanager
def output_stream(path: str | None):
    """Standard output, or a file written in full only when the command succeeds."""
    if path is None or path == "-":
        yield sys.stdout
        return
    import os
    import tempfile
    from pathlib import Path

    from ..inputs.errors import InputError

    target = Path(path)
    if _is_special(target):
        # /dev/null, /dev/stdout, a named pipe: written in place, as a shell's `>` does.
        # Replacing one would leave a regular file where the device or pipe was.
        with open(target, "w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    # Through a symbolic link to the file it names: the link stays a link.
    target = Path(os.path.realpath(target))
    try:
        handle = tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            newline="",
            dir=target.parent or ".",
            prefix=f".{target.name}.",
            delete=False,
        )
    except OSError as exc:
        # The temporary file's name means nothing to the user: name the path they gave.
        reason = "no such folder" if not target.parent.is_dir() else exc.strerror
        raise InputError(f"cannot write: {reason}", file=path) from None
    try:
        with handle:
            yield handle
        # A temporary file is private (0600); the output gets the mode any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _is_special(path) -> bool:
    """Is `path` (or what its link names) something other than a regular file or a folder:
    a device, a named pipe or a socket?"""
    import os
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))

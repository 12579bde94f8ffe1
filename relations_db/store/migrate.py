"""Alembic, driven from the CLI over our own connection (the Alembic cookbook's recipe).

The migration scripts ship inside the package (`relations_db/migrations` in a wheel); in a
source checkout they are the top-level `migrations/` folder. No alembic.ini is needed.
"""

from __future__ import annotations

import io
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection


def migrations_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "migrations", package.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("relations-db's migration scripts are missing from this installation")


def alembic_config(connection: Connection | None = None, stdout=None) -> Config:
    config = Config(stdout=stdout or io.StringIO())
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    command.downgrade(alembic_config(connection), revision)


def history() -> list[tuple[str, str | None, str]]:
    """(revision, down revision, message) from newest to oldest."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return [(s.revision, s.down_revision, s.doc) for s in scripts.walk_revisions()]


def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def resolve_revision(revision: str) -> str | None:
    """The revision id `revision` names (`head`, `base`, an id or a unique prefix of one);
    None for a relative one (`+1`) or one that names nothing."""
    from alembic.util.exc import CommandError

    if revision == "base":
        return revision
    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        script = scripts.get_revision(revision)
    except CommandError:
        return None
    return script.revision if script is not None else None


def is_known_revision(revision: str) -> bool:
    return any(rev == revision for rev, _, _ in history())

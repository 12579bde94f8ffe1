"""Is the database's schema the one this code needs? Answered cheaply, without Alembic.

Read paths check `alembic_version` against SCHEMA_HEAD instead of scanning the migration
scripts; a test keeps SCHEMA_HEAD equal to the newest migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

SCHEMA_HEAD = "0006"


class SchemaError(Exception):
    """The database is missing, foreign, or at another schema version (exit code 1)."""


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database, or None when it has no schema yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def require_current(connection: Connection) -> None:
    revision = current_revision(connection)
    if revision is None:
        raise SchemaError("the database has no relations-db schema: run `relations-db init`")
    if revision != SCHEMA_HEAD:
        from .migrate import is_known_revision

        if is_known_revision(revision):
            raise SchemaError(
                f"the database schema is at revision {revision}, this relations-db needs "
                f"{SCHEMA_HEAD}: run `relations-db init` to upgrade it"
            )
        raise SchemaError(
            f"the database schema is at revision {revision}, unknown to this relations-db: "
            "it was made by a newer version; upgrade relations-db"
        )

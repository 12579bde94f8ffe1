"""Alembic environment: runs over the connection relations-db hands it (no alembic.ini).

`render_as_batch` lets SQLite's ALTER-less tables be changed by copy-and-move, as
Flask-Migrate does by default; the naming convention in relations_db.model names every
constraint so later migrations can drop them on both backends.
"""

from alembic import context
from sqlalchemy import Engine, create_engine

from relations_db.model import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine
        with connection.begin() as own:
            _configure(own)
            with context.begin_transaction():
                context.run_migrations()
        return
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Developer use (e.g. `alembic -x url=...`): open our own connection.
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///relations.db")
    with create_engine(url).connect() as own:
        _configure(own)
        with context.begin_transaction():
            context.run_migrations()
        own.commit()


if context.is_offline_mode():
    raise SystemExit("relations-db migrations run online only")
run_migrations_online()

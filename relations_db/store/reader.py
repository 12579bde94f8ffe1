"""The PostgreSQL login that `sql` runs under when the user's login is too powerful.

A superuser cannot give its powers away inside its own session: `SET ROLE` is undone by
`set_config('role', ...)` in the query itself, and then the query reads server files,
signals other sessions or makes replication slots. So the query runs over a separate
connection, logged in as `relations_db_reader`: a LOGIN role that is no superuser, belongs
to no role, and may only SELECT the tables and views of the relations-db schema of this
database (plus what PostgreSQL grants every role). relations-db creates and refreshes it
from the superuser login; with password authentication it gets a fresh random password
for each run (sent as a SCRAM verifier, valid one minute).
"""

from __future__ import annotations

import secrets

from sqlalchemy.engine import make_url

from .database import DatabaseUnavailable

READER_ROLE = "relations_db_reader"
# Advisory lock key that serializes the role's set-up within one database ("rdreader").
SETUP_LOCK_KEY = 0x7264726561646572
SETUP_LOCK_WAIT_MS = 10_000
# Predefined roles whose members reach the server's files or programs.
_FILE_ROLES = ("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program")


class ReaderUnavailable(DatabaseUnavailable):
    """`sql` cannot get a login without superuser powers (exit code 1)."""


def needs_reader(raw) -> bool:
    """Is the login a superuser, able to become one, or able to reach server files?"""
    with raw.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE (r.rolsuper OR r.rolname = ANY(%s))"
            " AND pg_has_role(session_user, r.oid, 'MEMBER'))",
            (list(_FILE_ROLES),),
        )
        return bool(cursor.fetchone()[0])


def connect_reader(url: str, admin, *, application_name: str):
    """A new psycopg connection as the reader role, set up through `admin` (a psycopg
    connection of the powerful login, in autocommit mode; left open for the caller)."""
    import psycopg
    from psycopg import sql

    with admin.cursor() as cursor:
        cursor.execute(
            "SELECT r.rolname FROM pg_roles r WHERE r.rolsuper"
            " AND pg_has_role(session_user, r.oid, 'MEMBER') ORDER BY r.rolname = session_user"
            " DESC LIMIT 1"
        )
        row = cursor.fetchone()
        if row is None:
            raise ReaderUnavailable(
                "this login can reach the server's files but cannot create the read-only "
                f"role {READER_ROLE}: run sql with a --db login that is not a member of "
                + ", ".join(_FILE_ROLES)
            )
        cursor.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(row[0])))
        cursor.execute(f"SET lock_timeout = {SETUP_LOCK_WAIT_MS}")
        try:
            cursor.execute("SELECT pg_advisory_lock(%s)", (SETUP_LOCK_KEY,))
        except psycopg.errors.LockNotAvailable:
            raise ReaderUnavailable(
                f"another command held the set-up lock of the role {READER_ROLE} for "
                f"{SETUP_LOCK_WAIT_MS // 1000} s; try again"
            ) from None
        try:
            _refresh_role(cursor)
            return _login(url, admin, application_name)
        except psycopg.Error as exc:  # a grant waiting behind a writer's lock, say
            raise ReaderUnavailable(
                f"cannot set up the read-only role {READER_ROLE}: {_first_line(exc)}"
            ) from None
        finally:
            if not admin.closed:
                admin.execute("SELECT pg_advisory_unlock(%s)", (SETUP_LOCK_KEY,))


def _refresh_role(cursor) -> None:
    """Create the role, or put it back to: LOGIN, no other attribute, no membership,
    SELECT on every table and view of the schema holding `alembic_version`."""
    import psycopg
    from psycopg import sql

    role = sql.Identifier(READER_ROLE)
    attributes = sql.SQL(
        "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS"
    )
    cursor.execute(
        "SELECT oid, rolsuper OR rolcreatedb OR rolcreaterole OR rolinherit OR rolreplication"
        " OR rolbypassrls OR NOT rolcanlogin FROM pg_roles WHERE rolname = %s",
        (READER_ROLE,),
    )
    row = cursor.fetchone()
    if row is None:
        try:
            cursor.execute(sql.SQL("CREATE ROLE {} {}").format(role, attributes))
        except (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation):
            pass  # made meanwhile from another database
    elif row[1]:
        cursor.execute(sql.SQL("ALTER ROLE {} {}").format(role, attributes))
    cursor.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
        (READER_ROLE,),
    )
    for (group,) in cursor.fetchall():
        cursor.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), role))
    cursor.execute(
        "SELECT current_database(), n.nspname FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'alembic_version'::regclass"
    )
    database, schema = cursor.fetchone()
    if not _has(cursor, "has_database_privilege(%s, current_database(), 'CONNECT')"):
        cursor.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), role)
        )
    if not _has(cursor, "has_schema_privilege(%s, %s, 'USAGE')", schema):
        cursor.execute(
            sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), role)
        )
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm')"
        " AND NOT has_table_privilege(%s, c.oid, 'SELECT') ORDER BY 1",
        (schema, READER_ROLE),
    )
    for (table,) in cursor.fetchall():
        cursor.execute(
            sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(schema, table), role)
        )


def _has(cursor, test: str, *args) -> bool:
    cursor.execute(f"SELECT {test}", (READER_ROLE, *args))
    return bool(cursor.fetchone()[0])


def _login(url: str, admin, application_name: str):
    """Log in as the reader: without a password first (trust, the documented set-up), then
    with a fresh one when the server asks for it."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import create_engine

    parsed = make_url(url)
    _, params = create_engine(parsed).dialect.create_connect_args(parsed)
    params.update(user=READER_ROLE, application_name=application_name)
    params.pop("password", None)
    try:
        return psycopg.connect(**params)
    except psycopg.OperationalError as first:
        if "password" not in str(first):
            raise ReaderUnavailable(_cannot_login(first)) from None
    password = secrets.token_urlsafe(32)
    verifier = admin.pgconn.encrypt_password(password.encode(), READER_ROLE.encode())
    with admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("ALTER ROLE {} PASSWORD {} VALID UNTIL {}").format(
                sql.Identifier(READER_ROLE),
                sql.Literal(verifier.decode()),
                sql.Literal(_in_a_minute(cursor)),
            )
        )
    try:
        return psycopg.connect(**params, password=password)
    except psycopg.OperationalError as second:
        raise ReaderUnavailable(_cannot_login(second)) from None


def _in_a_minute(cursor) -> str:
    cursor.execute("SELECT (now() + interval '1 minute')::text")
    return cursor.fetchone()[0]


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _cannot_login(exc: Exception) -> str:
    detail = _first_line(exc)
    return (
        f"cannot log in as the read-only role {READER_ROLE} ({detail}): let it log in "
        "(pg_hba.conf) or run sql with a --db login that is not a superuser"
    )

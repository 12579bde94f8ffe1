"""analyst views: timeline and participations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:50:00

Stable views for SQL users (`relations-db sql`), the same on SQLite and PostgreSQL:
`timeline` has one row per event with the contract's timeline columns, flattened the way
the CSV export flattens them; `participations` has one row per event and person.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _joined(dialect: str, value: str, separator: str, order: str, rest: str) -> str:
    """An ordered string aggregate: PostgreSQL says ORDER BY in the call; SQLite (before
    3.44) aggregates an ordered subquery."""
    if dialect == "postgresql":
        return f"(SELECT string_agg({value}, '{separator}' ORDER BY {order}) {rest})"
    return f"(SELECT group_concat(v, '{separator}') FROM (SELECT {value} AS v {rest} ORDER BY {order}))"


def _timeline(dialect: str) -> str:
    person = (
        "CASE WHEN o.id IS NOT NULL THEN o.name || COALESCE(' (' || o.country || ')', '')"
        " ELSE p.description || COALESCE(' (' || p.country || ')', '') END"
    )
    participants = _joined(
        dialect,
        person,
        "; ",
        "p.seq",
        "FROM participants p LEFT JOIN officials o ON o.id = p.official_id"
        " WHERE p.event_id = e.id",
    )
    countries = _joined(
        dialect, "c.country", ";", "c.country", "FROM event_countries c WHERE c.event_id = e.id"
    )
    sources = _joined(
        dialect, "s.source_id", ";", "s.source_id", "FROM event_sources s WHERE s.event_id = e.id"
    )
    return f"""
CREATE VIEW timeline AS
SELECT
    e.id AS id,
    e.kind AS kind,
    e.date_edtf AS date,
    e.date_start AS start,
    e.date_end AS "end",
    e.date_precision AS precision,
    e.date_text AS date_text,
    e.title AS title,
    e.status AS status,
    e.visibility AS visibility,
    {participants} AS participants,
    {countries} AS countries,
    CASE
        WHEN e.place IS NOT NULL AND e.place_country IS NOT NULL
            THEN e.place || ', ' || e.place_country
        ELSE COALESCE(e.place, e.place_country)
    END AS location,
    {sources} AS sources
FROM events e
"""


PARTICIPATIONS = """
CREATE VIEW participations AS
SELECT
    e.id AS event_id,
    e.kind AS kind,
    e.date_edtf AS date,
    e.date_start AS start,
    e.date_end AS "end",
    e.title AS title,
    e.status AS status,
    e.visibility AS visibility,
    p.seq AS seq,
    p.official_id AS official_id,
    COALESCE(o.name, p.description) AS person,
    CASE WHEN o.id IS NOT NULL THEN o.country ELSE p.country END AS country,
    p.role AS role,
    p.implied AS implied
FROM participants p
JOIN events e ON e.id = p.event_id
LEFT JOIN officials o ON o.id = p.official_id
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(_timeline(dialect))
    op.execute(PARTICIPATIONS)


def downgrade() -> None:
    op.execute("DROP VIEW participations")
    op.execute("DROP VIEW timeline")

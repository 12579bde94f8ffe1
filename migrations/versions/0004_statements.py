"""statements: what each source said about a record, kept apart

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:30:00

A record (event or official) may be stated by several sources, or given without a source
(curated). The common case, one statement per record, stays as cheap as before: the
record's own rows are that statement and `origin` names who made it (a source id, or ''
for a curated record). When a second statement arrives, every statement of the record is
kept in `statements` (one row per record and origin, the record as that origin gave it)
and the record's rows become the resolved view of them (`origin` NULL).

Links get an `origin` too, so retracting a source takes its links with it; a link stored
before takes the origin of the event it starts from.

Data: a record takes its first citing source (by id) as its origin, as the exports did; an
event merged by `extract --ingest` keeps each merging source's differing values
(`event_claims`) as a partial statement of that source with its quotes.
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None



def _statement_values(dialect: str) -> str:
    """One row per record, origin and top-level field: who said what. Implicit records (one
    statement, kept in the record's own rows) are read from those rows."""

    def field(path: str) -> str:
        if dialect == "postgresql":
            parts = path.split(".")
            expr = "CAST(s.payload AS json)"
            for p in parts[:-1]:
                expr += f"->'{p}'"
            return f"{expr}->>'{parts[-1]}'"
        return f"json_extract(s.payload, '$.{path}')"

    def cast_text(expr: str) -> str:
        return f"CAST({expr} AS TEXT)"

    event_fields = {
        "title": ("title", "e.title"),
        "summary": ("summary", "e.summary"),
        "date": ("date", "e.date_edtf"),
        "date_text": ("date_text", "e.date_text"),
        "status": ("status", "e.status"),
        "visibility": ("visibility", "e.visibility"),
        "place": ("location.place", "e.place"),
        "place_country": ("location.country", "e.place_country"),
    }
    official_fields = {"name": ("name", "o.name"), "country": ("country", "o.country")}
    parts = []
    for subject, fields, table, alias in (
        ("event", event_fields, "events", "e"),
        ("official", official_fields, "officials", "o"),
    ):
        for name, (path, column) in fields.items():
            parts.append(
                f"SELECT '{subject}' AS subject, s.subject_id AS record_id, "
                f"NULLIF(s.origin, '') AS source_id, s.claimed_id AS claimed_id, "
                f"'{name}' AS field, {cast_text(field(path))} AS value "
                f"FROM statements s WHERE s.subject = '{subject}' AND {field(path)} IS NOT NULL"
            )
            parts.append(
                f"SELECT '{subject}' AS subject, {alias}.id AS record_id, "
                f"NULLIF({alias}.origin, '') AS source_id, {alias}.id AS claimed_id, "
                f"'{name}' AS field, {cast_text(column)} AS value "
                f"FROM {table} {alias} WHERE {alias}.origin IS NOT NULL AND {column} IS NOT NULL"
            )
    return "CREATE VIEW statement_values AS\n" + "\nUNION ALL\n".join(parts)


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("events", "officials"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("origin", sa.String(length=200), nullable=True))
    op.execute(
        "UPDATE events SET origin = COALESCE((SELECT min(s.source_id) FROM event_sources s "
        "WHERE s.event_id = events.id), '')"
    )
    op.execute(
        "UPDATE officials SET origin = COALESCE((SELECT min(s.source_id) FROM official_sources s "
        "WHERE s.official_id = officials.id), '')"
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.drop_constraint("uq_links_from_event_id_to_event_id_relation", type_="unique")
        batch_op.create_unique_constraint(
            "uq_links_from_event_id_to_event_id_relation_origin",
            ["from_event_id", "to_event_id", "relation", "origin"],
        )
    # A link was stated by the document of its events: take its first event's origin.
    op.execute(
        "UPDATE links SET origin = COALESCE((SELECT e.origin FROM events e "
        "WHERE e.id = links.from_event_id), '')"
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("claimed_id", sa.String(length=200), nullable=False),
        sa.Column("extracted", sa.Boolean(), nullable=False),
        sa.Column("partial", sa.Boolean(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "subject IN ('event', 'official')", name=op.f("ck_statements_subject")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint(
            "subject", "subject_id", "origin",
            name=op.f("uq_statements_subject_subject_id_origin"),
        ),
    )
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statements_origin"), ["origin"], unique=False)
        batch_op.create_index(
            "ix_statements_claimed", ["subject", "claimed_id"], unique=False
        )
    _claims_to_statements(bind)
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_claims_source_id"))
        batch_op.drop_index(batch_op.f("ix_event_claims_event_id"))
    op.drop_table("event_claims")
    op.execute(_statement_values(bind.dialect.name))


def _claims_to_statements(bind) -> None:
    """Each merging source's differing values become its partial statement of the event."""
    rows = bind.execute(
        sa.text(
            "SELECT c.event_id, c.source_id, c.field, c.value, e.origin FROM event_claims c "
            "JOIN events e ON e.id = c.event_id ORDER BY c.event_id, c.source_id, c.id"
        )
    ).all()
    grouped: dict[tuple[str, str], dict] = {}
    for event_id, source_id, field, value, origin in rows:
        if source_id == origin:
            continue  # the event's own source: its values are the event's rows
        payload = grouped.setdefault((event_id, source_id), {"id": event_id})
        if field == "id":
            payload["id"] = value
        elif field in ("place", "place_country"):
            payload.setdefault("location", {})["country" if field == "place_country" else "place"] = value
        else:
            payload[field] = value
    for (event_id, source_id), payload in grouped.items():
        evidence = bind.execute(
            sa.text(
                "SELECT quote, start_offset, end_offset FROM evidence "
                "WHERE event_id = :e AND source_id = :s ORDER BY seq"
            ),
            {"e": event_id, "s": source_id},
        ).all()
        if evidence:
            payload["evidence"] = [{"quote": q, "start": a, "end": b} for q, a, b in evidence]
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        bind.execute(
            sa.text(
                "INSERT INTO statements (subject, subject_id, origin, claimed_id, extracted, "
                "partial, content_hash, payload) VALUES ('event', :e, :s, :c, :t, :t, :h, :p)"
            ),
            {
                "e": event_id,
                "s": source_id,
                "c": payload["id"],
                "t": True,
                "h": hashlib.sha256(text.encode()).hexdigest(),
                "p": text,
            },
        )


def downgrade() -> None:
    bind = op.get_bind()
    op.execute("DROP VIEW statement_values")
    op.create_table(
        "event_claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_claims_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_event_claims_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_claims")),
        sa.UniqueConstraint(
            "event_id", "source_id", "field", "value",
            name=op.f("uq_event_claims_event_id_source_id_field_value"),
        ),
    )
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_claims_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_claims_source_id"), ["source_id"], unique=False)
    # Each source's statement of an event, but the first source's (the one 0003 keeps in
    # the event's rows and 0004 takes as the origin again): its values, as claims.
    statements = bind.execute(
        sa.text(
            "SELECT s.subject_id, s.origin, s.claimed_id, s.payload FROM statements s "
            "JOIN events e ON e.id = s.subject_id "
            "JOIN sources src ON src.id = s.origin "
            "WHERE s.subject = 'event' AND s.origin <> (SELECT min(x.origin) FROM statements x "
            "WHERE x.subject = 'event' AND x.subject_id = s.subject_id AND x.origin <> '') "
            "ORDER BY s.id"
        )
    ).all()
    for row in statements:
        payload = json.loads(row.payload)
        location = payload.get("location") or {}
        given = {
            "title": payload.get("title"),
            "date": payload.get("date"),
            "status": payload.get("status"),
            "visibility": payload.get("visibility"),
            "place": location.get("place"),
            "place_country": location.get("country"),
        }
        claims = [("id", row.claimed_id)] if row.claimed_id != row.subject_id else []
        claims += [(f, v) for f, v in given.items() if v is not None]
        for field, value in claims:
            bind.execute(
                sa.text(
                    "INSERT INTO event_claims (event_id, source_id, field, value) "
                    "VALUES (:e, :s, :f, :v)"
                ),
                {"e": row.subject_id, "s": row.origin, "f": field, "v": value},
            )
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.drop_index("ix_statements_claimed")
        batch_op.drop_index(batch_op.f("ix_statements_origin"))
    op.drop_table("statements")
    # Links said by several origins were one link before.
    op.execute(
        "DELETE FROM links WHERE id NOT IN (SELECT min(id) FROM links "
        "GROUP BY from_event_id, to_event_id, relation)"
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_constraint("uq_links_from_event_id_to_event_id_relation_origin", type_="unique")
        batch_op.create_unique_constraint(
            "uq_links_from_event_id_to_event_id_relation",
            ["from_event_id", "to_event_id", "relation"],
        )
        batch_op.drop_column("origin")
    for table in ("officials", "events"):
        # Natively on SQLite too (3.35+): a batch rebuild would drop a table that rows of
        # other tables still refer to.
        op.execute(f"ALTER TABLE {table} DROP COLUMN origin")

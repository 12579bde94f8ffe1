"""Round trip: export, ingest into an empty database, export again gives identical output.

Hypothesis generates record sets (officials with aliases and positions, every kind of event
with participants, evidence quoting the source text, links, awkward text for YAML), loads
them into an empty database, and checks the property on SQLite and PostgreSQL, for YAML and
JSON record documents and for the JSONL stream.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from relations_db.cli import cli

EXAMPLES = 12  # per test and backend: 24 generated record sets on each backend

TRICKY = [
    "<script>alert(1)</script>",
    "NO",
    "yes",
    "null",
    "~",
    "2023-06-18",
    "=1+1",
    "- dash",
    "a: b",
    "# not a comment",
    "'single' \"double\"",
    "@home",
    "Ünïcødé — “quotes” 北京",
    "tab\tinside",
    "line one\nline two",
]
COUNTRIES = ["US", "CN", "NO", "GB", "RU", "JP", "EU", "XK"]
ROLES = ["host", "guest", "traveler", "participant", "target", "declined"]
STATUSES = ["held", "planned", "tentative", "cancelled", "postponed", "declined"]
VISIBILITIES = ["public", "low-key", "secret"]
RELATIONS = ["caused", "part-of", "rescheduled-as", "follow-up-of", "response-to", "same-as"]

slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)
plain = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=24
)
texts = st.one_of(plain, st.sampled_from(TRICKY)).map(str.strip).filter(bool)
maybe = st.none().__or__  # maybe(x): x or None
countries = st.sampled_from(COUNTRIES)
words = st.from_regex(r"[A-Za-zé’0-9]{1,8}", fullmatch=True)


@st.composite
def edtf(draw):
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
    form = draw(st.sampled_from(["day", "month", "year", "season", "range", "approx"]))
    if form == "day":
        return day.isoformat()
    if form == "month":
        return day.isoformat()[:7]
    if form == "year":
        return str(day.year)
    if form == "season":
        return f"{day.year}-{draw(st.sampled_from([21, 22, 23, 24]))}"
    if form == "approx":
        return day.isoformat()[: draw(st.sampled_from([4, 7, 10]))] + "~"
    later = draw(st.dates(min_value=day, max_value=min(day + dt.timedelta(days=800), dt.date.max)))
    return f"{day.isoformat()[:7]}/{later.isoformat()}"


@st.composite
def source_record(draw, source_id):
    record = {"id": source_id, "title": draw(texts)}
    record["url"] = draw(maybe(st.sampled_from(["https://example.org/a?x=1&y=2", "x:y"])))
    record["publisher"] = draw(maybe(texts))
    record["published"] = draw(maybe(st.dates().map(lambda d: d.isoformat())))
    body = draw(st.lists(words, min_size=3, max_size=30))
    seps = draw(
        st.lists(st.sampled_from([" ", "\n", "  "]), min_size=len(body), max_size=len(body))
    )
    record["text"] = draw(maybe(st.just("".join(w + s for w, s in zip(body, seps, strict=True)))))
    return {k: v for k, v in record.items() if v is not None}


@st.composite
def evidence(draw, source):
    """Quotes that match the source's text at their offsets (any quote when it has none)."""
    out = []
    for _ in range(draw(st.integers(0, 2))):
        if source.get("text"):
            body = source["text"]
            start = draw(st.integers(0, len(body) - 1))
            end = draw(st.integers(start + 1, len(body)))
            quote = body[start:end]
            if quote != quote.strip() or not quote.strip():
                continue
            out.append({"quote": quote, "start": start, "end": end})
        else:
            start = draw(st.integers(0, 1000))
            out.append(
                {"quote": draw(texts), "start": start, "end": start + draw(st.integers(1, 9))}
            )
    return out


@st.composite
def official(draw, official_id):
    record = {
        "id": official_id,
        "name": draw(texts),
        "aliases": draw(st.lists(texts, max_size=2)),
        "country": draw(maybe(countries)),
        "positions": [],
    }
    for _ in range(draw(st.integers(0, 2))):
        first = draw(st.integers(1990, 2030))
        position = {
            "title": draw(texts),
            "organization": draw(maybe(texts)),
            "country": draw(maybe(countries)),
            "start": draw(maybe(st.just(str(first)))),
            "end": draw(maybe(st.integers(first, 2035).map(str))),
        }
        record["positions"].append({k: v for k, v in position.items() if v is not None})
    return {k: v for k, v in record.items() if v is not None}


@st.composite
def participant(draw, official_ids):
    role = draw(st.sampled_from(ROLES))
    if official_ids and draw(st.booleans()):
        return {"official": draw(st.sampled_from(official_ids)), "role": role}
    out = {"description": draw(texts), "role": role}
    if draw(st.booleans()):
        out["country"] = draw(countries)
    return out


@st.composite
def event(draw, event_id, kind, official_ids):
    record = {
        "id": event_id,
        "title": draw(texts),
        "summary": draw(maybe(texts)),
        "date": draw(maybe(edtf())),
        "date_text": draw(maybe(texts)),
        "date_anchor": draw(maybe(st.dates().map(lambda d: d.isoformat()))),
        "status": draw(st.sampled_from(STATUSES)),
        "visibility": draw(st.sampled_from(VISIBILITIES)),
        "participants": draw(st.lists(participant(official_ids), max_size=3)),
    }
    if draw(st.booleans()):
        record["location"] = {"place": draw(texts), "country": draw(countries)}
    if kind == "meeting":
        record["format"] = draw(maybe(st.sampled_from(["talks", "call", "dinner", "summit"])))
    elif kind == "visit" and official_ids:
        record["traveler"] = draw(maybe(st.sampled_from(official_ids)))
    elif kind == "incident":
        record["category"] = draw(maybe(st.sampled_from(["airspace", "maritime"])))
        record["parties"] = draw(st.lists(countries, max_size=2))
        record["characterizations"] = [
            {k: v for k, v in {"by": draw(maybe(texts)), "text": draw(texts)}.items() if v}
            for _ in range(draw(st.integers(0, 2)))
        ]
    elif kind == "sanction":
        record["imposer"] = draw(maybe(countries))
        record["authority"] = draw(maybe(texts))
        record["program"] = draw(maybe(texts))
        record["reason"] = draw(maybe(texts))
        record["lifted"] = draw(maybe(edtf()))
        target = draw(st.sampled_from(["official", "organization", "description", None]))
        if target == "official" and official_ids:
            record["target"] = {"official": draw(st.sampled_from(official_ids))}
        elif target in ("organization", "description"):
            record["target"] = {target: draw(texts)}
            if draw(st.booleans()):
                record["target"]["country"] = draw(countries)
    return {k: v for k, v in record.items() if v is not None}


@st.composite
def record_set(draw, max_sources):
    """Sources, officials, events and links; `source` on a record names the one citing it."""
    source_ids = draw(st.lists(slugs, max_size=max_sources, unique=True))
    sources = [draw(source_record(s)) for s in source_ids]
    ids = draw(st.lists(slugs, max_size=10, unique=True))
    split = draw(st.integers(0, min(4, len(ids))))
    official_ids, event_ids = ids[:split], ids[split:]
    records = [("source", s) for s in sources]

    def cite(record):
        if sources and (max_sources == 1 or draw(st.booleans())):
            source = draw(st.sampled_from(sources))
            record["source"] = source["id"]
            record["evidence"] = draw(evidence(source))
        return record

    for official_id in official_ids:
        records.append(("official", cite(draw(official(official_id)))))
    for event_id in event_ids:
        kind = draw(st.sampled_from(["meeting", "visit", "incident", "sanction"]))
        records.append((kind, cite(draw(event(event_id, kind, official_ids)))))
    if event_ids:
        links = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(event_ids),
                    st.sampled_from(event_ids),
                    st.sampled_from(RELATIONS),
                ),
                max_size=4,
                unique=True,
            ).map(lambda links: [link for link in links if link[0] != link[1]])
        )
        records += [("link", {"from": a, "to": b, "relation": r}) for a, b, r in links]
    return records


def as_document(records) -> dict:
    """One record document: its one source shared by every record."""
    doc: dict = {}
    for kind, record in records:
        record = {k: v for k, v in record.items() if k != "source"}
        if kind == "source":
            doc["source"] = record
        else:
            doc.setdefault("officials" if kind == "official" else f"{kind}s", []).append(record)
    return doc


# --- databases ----------------------------------------------------------------------


@pytest.fixture
def second_db(db_url, tmp_path):
    """A second database on the same backend as `db_url`."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'second.db'}"
        return
    name = f"relations_rt_{uuid.uuid4().hex[:10]}"
    admin = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(db_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def empty(url: str) -> None:
    """Delete every row (the schema stays): an empty database for the next example."""
    from relations_db.model import Base

    engine = create_engine(url)
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    engine.dispose()


def cli_run(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output + result.stderr
    return result


_READY: set = set()


def check_round_trip(records, fmt, first, second, folder):
    for url in (first, second):
        if (url, folder) not in _READY:  # once per test: its fixtures made new databases
            cli_run("--db", url, "init")
            _READY.add((url, folder))
        empty(url)
    if fmt == "jsonl":
        source = folder / "input.jsonl"
        source.write_text("".join(json.dumps({"type": k, **r}) + "\n" for k, r in records))
    else:
        source = folder / "input.yaml"
        source.write_text(yaml.safe_dump(as_document(records), allow_unicode=True))
    cli_run("--db", first, "ingest", str(source))
    exported = cli_run("--db", first, "export", "--format", fmt).stdout
    (folder / f"export.{fmt}").write_text(exported, encoding="utf-8")
    cli_run("--db", second, "ingest", str(folder / f"export.{fmt}"))
    assert cli_run("--db", second, "export", "--format", fmt).stdout == exported
    return exported


ROUND_TRIP = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@ROUND_TRIP
@given(records=record_set(max_sources=1), fmt=st.sampled_from(["yaml", "json"]))
def test_record_documents_round_trip(db_url, second_db, tmp_path, records, fmt):
    check_round_trip(records, fmt, db_url, second_db, tmp_path)


@ROUND_TRIP
@given(records=record_set(max_sources=3))
def test_jsonl_stream_round_trips(db_url, second_db, tmp_path, records):
    exported = check_round_trip(records, "jsonl", db_url, second_db, tmp_path)
    types = [json.loads(line)["type"] for line in exported.splitlines()]
    assert sorted(types) == sorted(kind for kind, _ in records), exported


@st.composite
def multi_source_set(draw):
    """A record set where some records are stated again: by another source, or curated
    (no source), with other titles, statuses and quotes; and some links said twice."""
    records = draw(record_set(max_sources=3))
    sources = [r for kind, r in records if kind == "source"]
    again = []
    for kind, record in records:
        if kind in ("source", "link") or not draw(st.booleans()):
            continue
        taken = {record.get("source")}
        choices = [s for s in sources if s["id"] not in taken]
        origin = draw(st.sampled_from([None, *choices])) if None not in taken else None
        if origin is None and None in taken:
            continue
        other = dict(record)
        other.pop("source", None)
        other.pop("evidence", None)
        if kind == "official":
            other["name"] = draw(texts)
        else:
            other["title"] = draw(texts)
            other["status"] = draw(st.sampled_from(STATUSES))
            if draw(st.booleans()):
                other["date"] = draw(edtf())
        if origin is not None:
            other["source"] = origin["id"]
            other["evidence"] = draw(evidence(origin))
        again.append((kind, other))
    links = [(k, r) for k, r in records if k == "link"]
    for _, link in links[:1]:
        if sources:
            again.append(("link", {**link, "source": sources[0]["id"]}))
    return records + again


@ROUND_TRIP
@given(records=multi_source_set(), fmt=st.sampled_from(["jsonl", "yaml", "json"]))
def test_multi_source_databases_round_trip(db_url, second_db, tmp_path, records, fmt):
    """Records stated by several sources, or curated beside sourced statements, export
    every statement and come back the same: no statement lost, no source invented."""
    for url in (db_url, second_db):
        if (url, tmp_path) not in _READY:
            cli_run("--db", url, "init")
            _READY.add((url, tmp_path))
        empty(url)
    source = tmp_path / "input.jsonl"
    source.write_text("".join(json.dumps({"type": k, **r}) + "\n" for k, r in records))
    cli_run("--db", db_url, "ingest", str(source))
    exported = cli_run("--db", db_url, "export", "--format", fmt).stdout
    (tmp_path / f"export.{fmt}").write_text(exported, encoding="utf-8")
    cli_run("--db", second_db, "ingest", str(tmp_path / f"export.{fmt}"))
    assert cli_run("--db", second_db, "export", "--format", fmt).stdout == exported
    if fmt == "jsonl":
        given = sorted(
            (k, r.get("id", r.get("from")), r.get("source") or "")
            for k, r in records
            if k != "source"
        )
        written = sorted(
            (d["type"], d.get("id", d.get("from")), d.get("source") or "")
            for d in map(json.loads, exported.splitlines())
            if d["type"] != "source"
        )
        assert written == given  # every statement once, with the source that made it

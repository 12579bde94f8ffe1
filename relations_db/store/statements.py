"""Statements: what each origin said about a record, and the rule that resolves them.

An origin is a source id, or '' for a curated record (one given without a source). A
statement is the record as its origin gave it, a dict in the record format. The record the
timeline, lookups and plain exports show is resolved from its statements field by field
(docs/statements.md):

- Precedence, best first: statements from record documents before those from `extract`;
  partial statements (CSV edits) first among them, then curated ones, then sources by
  publication date, latest first; ties by origin.
- `date`: the most precise (shortest span) in the best tier that gives one; its
  `date_text` and `date_anchor` come with it.
- `status`: the latest published source's that gives one (events move from planned to
  held); a statement with no publication date (curated) counts as oldest. A record that
  gives no status or visibility states none (the defaults held and public are not claims).
- Other single values: the first statement in precedence that gives one. Where a record
  document states the record, statements from `extract` add their evidence and sources
  only: they fill no field.
- Lists are united (from documents alone when a document gives the list): participants
  (a described person is dropped when a named official of that country takes part),
  aliases, positions (by title and organization), parties, characterizations; evidence
  keeps every quote with the source it quotes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from ..names import fold

# Key order of a record as the exports write it (query/records.py): statements are stored
# in this order, so a statement exports byte for byte as its record did.
EVENT_KEYS = (
    "id",
    "title",
    "summary",
    "date",
    "date_text",
    "date_anchor",
    "location",
    "format",
    "traveler",
    "category",
    "parties",
    "characterizations",
    "imposer",
    "authority",
    "target",
    "program",
    "reason",
    "lifted",
    "participants",
    "status",
    "visibility",
    "partial",
    "source",
    "evidence",
)
OFFICIAL_KEYS = ("id", "name", "aliases", "country", "positions", "source", "evidence")
LIST_FIELDS = ("participants", "aliases", "positions", "parties", "characterizations")
DATE_FIELDS = ("date", "date_text", "date_anchor")
# Event fields whose model default is no statement: left out of a statement not giving them.
UNSTATED_DEFAULTS = ("status", "visibility")


@dataclass
class Said:
    """One statement of a record, with what ranks it."""

    origin: str
    payload: dict
    published: dt.date | None = None
    extracted: bool = False
    partial: bool = False
    claimed_id: str | None = None
    content_hash: str = field(default="")


def ordered(record: dict, subject: str) -> dict:
    """`record` without empty values, in the exports' key order."""
    keys = EVENT_KEYS if subject == "event" else OFFICIAL_KEYS
    out = {k: record[k] for k in keys if k in record and _given(record[k])}
    out.update({k: v for k, v in record.items() if k not in out and k != "kind" and _given(v)})
    return out


def payload_of(record, subject: str, origin: str) -> dict:
    """A validated record (pydantic) as the statement of `origin`, in the export's form."""
    partial = getattr(record, "partial", False)
    data = record.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_unset=partial)
    if subject == "event":
        # A record that gives no status or visibility states none: the model's defaults
        # (held, public) must not outrank what another origin said (a curated "cancelled",
        # an earlier source's "secret").
        for key in UNSTATED_DEFAULTS:
            if key not in record.model_fields_set:
                data.pop(key, None)
    data.pop("kind", None)
    data.pop("source", None)
    data.pop("partial", None)
    data["id"] = record.id
    if origin:
        data["source"] = origin
    for key in ("location", "target"):
        if isinstance(data.get(key), dict):
            data[key] = {k: v for k, v in data[key].items() if v is not None}
    data["participants"] = [
        {k: v for k, v in p.items() if v is not None} for p in data.get("participants", [])
    ]
    data["evidence"] = [
        {k: v for k, v in e.items() if v is not None and not (k == "source" and v == origin)}
        for e in data.get("evidence", [])
    ]
    if "parties" in data:
        data["parties"] = list(dict.fromkeys(data["parties"]))  # as the rows keep them
    target = data.get("target")
    if (
        isinstance(target, dict)
        and "country" in target
        and any(p.get("role") == "target" for p in data.get("participants", []))
    ):
        del target["country"]  # the rows keep a described target's country only as its own
        # participant, which a record listing its target among the participants has not
    if subject == "official":
        data["aliases"] = list(dict.fromkeys(data.get("aliases", [])))
        data["positions"] = [
            {
                k: v
                for k, v in p.items()
                if v is not None and not (k == "country" and v == data.get("country"))
            }
            for p in data.get("positions", [])
        ]
    if partial:
        data["partial"] = True
        return ordered(data, subject)
    return ordered(data, subject)


def digest(payload: dict) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def dumps(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _given(value) -> bool:
    return value is not None and value != [] and value != {}


def _rank(s: Said) -> tuple:
    return (
        s.extracted,
        not s.partial,
        s.origin != "",
        -(s.published.toordinal() if s.published else 0),
        s.origin,
    )


def _status_rank(s: Said) -> tuple:
    return (
        s.extracted,
        not s.partial,
        -(s.published.toordinal() if s.published else 0),
        s.origin,
    )


def resolve(statements: list[Said], subject: str, record_id: str, country_of=None) -> dict:
    """The record the statements resolve to (see the module's rule), in the record format,
    every evidence item naming its source. `country_of(official_id)` gives an official's
    country, to drop described participants a named official of that country stands for."""
    ranked = sorted(statements, key=_rank)
    # Where a record document states the record, extracted statements add evidence only.
    documented = [s for s in ranked if not s.extracted] or ranked
    out: dict = {"id": record_id}
    for s in documented:
        for key, value in s.payload.items():
            if key in ("id", "source", "partial", "evidence", *LIST_FIELDS, *DATE_FIELDS, "status"):
                continue
            if key in ("location",) and isinstance(value, dict):
                merged = dict(out.get(key) or {})
                for k, v in value.items():
                    merged.setdefault(k, v)
                out[key] = merged
            elif key not in out and _given(value):
                out[key] = value
    if subject == "event":
        _resolve_date(ranked, out)
        status = [s for s in sorted(statements, key=_status_rank) if s.payload.get("status")]
        if status:
            out["status"] = status[0].payload["status"]
    for key in LIST_FIELDS:
        replaced = [s for s in ranked if s.partial and key in s.payload]
        if replaced:
            out[key] = replaced[0].payload[key]
            continue
        stating = [s for s in ranked if not s.extracted and s.payload.get(key)]
        stating = stating or ranked  # extracted lists count only where no document gives one
        values = [s.payload.get(key) or [] for s in stating]
        if key == "participants" and country_of is not None:
            values = _without_stand_ins(values, country_of)
        if any(values):
            out[key] = _unite(key, values)
    evidence = []
    for s in ranked:
        for item in s.payload.get("evidence") or []:
            quoted = dict(item)
            quoted.setdefault("source", s.origin or None)
            if quoted["source"] is None:
                continue
            if quoted not in evidence:
                evidence.append(quoted)
    if evidence:
        out["evidence"] = evidence
    return ordered(out, subject)


def _resolve_date(ranked: list[Said], out: dict) -> None:
    from ..dates import parse_date

    dated = [s for s in ranked if s.payload.get("date")]
    if not dated:
        worded = [s for s in ranked if s.payload.get("date_text")]
        if worded:
            out["date_text"] = worded[0].payload["date_text"]
        return
    partial = [s for s in dated if s.partial]
    if partial:
        best = partial[0]
    else:
        tier = [s for s in dated if s.extracted == dated[0].extracted]

        def span(s: Said) -> int:
            parsed = parse_date(s.payload["date"])
            return (parsed.end - parsed.start).days

        best = min(tier, key=span)  # min keeps the first of equal spans: precedence
    for key in DATE_FIELDS:
        if best.payload.get(key) is not None:
            out[key] = best.payload[key]
    if out.get("date_text") and "date_anchor" not in out and best.published:
        out["date_anchor"] = best.published.isoformat()  # what ingest would have taken


def _unite(key: str, lists: list[list]) -> list:
    out: list = []
    seen: dict = {}
    for values in lists:
        for value in values:
            k = _identity(key, value)
            if k in seen:
                if key in ("participants", "positions"):
                    _fill(out[seen[k]], value, key)
                continue
            seen[k] = len(out)
            out.append(dict(value) if isinstance(value, dict) else value)
    return out


def _identity(key: str, value):
    if key == "participants":
        if value.get("official"):
            return ("official", value["official"])
        return ("described", fold(value.get("description", "")), value.get("country"))
    if key == "positions":
        return (fold(value.get("title", "")), fold(value.get("organization") or ""))
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    return fold(value) if key == "aliases" else value


def _fill(kept: dict, other: dict, key: str) -> None:
    """A later statement fills in what the first one left out (a role, a position's dates)."""
    if key == "participants":
        if kept.get("role", "participant") == "participant" and other.get("role") not in (
            None,
            "participant",
        ):
            kept["role"] = other["role"]
        return
    for k, v in other.items():
        kept.setdefault(k, v)


def _without_stand_ins(lists: list[list[dict]], country_of) -> list[list[dict]]:
    """Drop one statement's "Chinese counterpart" when another statement names an official
    of China taking part (a statement that names both keeps both)."""
    named = [
        {country_of(p["official"]) for p in people if p.get("official")} - {None}
        for people in lists
    ]
    elsewhere = [
        set().union(*(n for j, n in enumerate(named) if j != i)) for i in range(len(lists))
    ]
    return [
        [
            p
            for p in people
            if p.get("official")
            or not p.get("country")
            or p["country"] not in elsewhere[i]
            or p["country"] in named[i]
        ]
        for i, people in enumerate(lists)
    ]

"""The record format of interface.md as pydantic models: what a valid record is.

Validation turns pydantic's errors into `InputError`s that name the file, the line, the
record and the field, using the line numbers the loaders attached to the data.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Literal

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    ValidationError,
    model_validator,
)

from ..countries import normalize_country
from ..dates import DateSpan, parse_date, parse_day
from ..model.enums import Kind, Relation, Role, Status, Visibility
from .errors import InputError
from .loaders import Located

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
# Offsets are stored as 32-bit integers (PostgreSQL `integer`); no text is that long anyway.
MAX_OFFSET = 2**31 - 1

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100_000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]
Country = Annotated[
    str, StringConstraints(strip_whitespace=True), AfterValidator(normalize_country)
]


def _to_span(value: Any) -> DateSpan:
    if isinstance(value, DateSpan):
        return value
    return parse_date(value)


def _to_day(value: Any):
    import datetime as dt

    if isinstance(value, dt.date):
        return value
    return parse_day(value)


EdtfDate = Annotated[
    DateSpan,
    BeforeValidator(_to_span),
    PlainSerializer(lambda span: span.edtf, return_type=str),
]
Day = Annotated[
    Any, BeforeValidator(_to_day), PlainSerializer(lambda d: d.isoformat(), return_type=str)
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class Evidence(_Strict):
    quote: Text
    start: Annotated[int, Field(ge=0, le=MAX_OFFSET)]
    end: Annotated[int, Field(ge=1, le=MAX_OFFSET)]
    source: Slug | None = None  # the source quoted, when not the record's own

    @model_validator(mode="after")
    def _ordered(self):
        if self.end <= self.start:
            raise ValueError("end must be greater than start")
        return self


class Location(_Strict):
    place: ShortText | None = None
    country: Country | None = None


class Participant(_Strict):
    official: Slug | None = None
    description: ShortText | None = None
    country: Country | None = None
    role: Role = Role.PARTICIPANT

    @model_validator(mode="after")
    def _one_of(self):
        if (self.official is None) == (self.description is None):
            raise ValueError("give either `official` (an id) or `description`, not both")
        if self.official is not None and self.country is not None:
            raise ValueError("`country` is for a described participant; an official has one")
        return self


class Position(_Strict):
    title: ShortText
    organization: ShortText | None = None
    country: Country | None = None
    start: EdtfDate | None = None
    end: EdtfDate | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.start and self.end and self.end.end < self.start.start:
            raise ValueError("position ends before it starts")
        return self


class Source(_Strict):
    id: Slug
    title: Text | None = None
    url: ShortText | None = None
    publisher: ShortText | None = None
    published: Day | None = None
    text_file: ShortText | None = None
    text: Annotated[str, StringConstraints(max_length=50_000_000)] | None = None

    @model_validator(mode="after")
    def _one_text(self):
        if self.text_file is not None and self.text is not None:
            raise ValueError("give `text_file` or `text`, not both")
        return self


class Official(_Strict):
    id: Slug
    name: ShortText
    aliases: list[ShortText] = []
    country: Country | None = None
    positions: list[Position] = []
    evidence: list[Evidence] = []
    source: Slug | None = None


class _Event(_Strict):
    id: Slug
    title: Text | None = None  # required, unless the record is `partial` (ingest checks)
    summary: Text | None = None
    date: EdtfDate | None = None
    date_text: ShortText | None = None
    date_anchor: Day | None = None
    location: Location | None = None
    status: Status = Status.HELD
    visibility: Visibility = Visibility.PUBLIC
    participants: list[Participant] = []
    evidence: list[Evidence] = []
    source: Slug | None = None
    partial: bool = False  # sets only the fields it gives: an edit (a CSV row's, say)


class Meeting(_Event):
    kind: Literal["meeting"] = "meeting"
    format: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] | None
    ) = None


class Visit(_Event):
    kind: Literal["visit"] = "visit"
    traveler: Slug | None = None


class Characterization(_Strict):
    by: ShortText | None = None
    text: Text


class Incident(_Event):
    kind: Literal["incident"] = "incident"
    category: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)] | None
    ) = None
    parties: list[Country] = []
    characterizations: list[Characterization] = []


class Target(_Strict):
    official: Slug | None = None
    organization: ShortText | None = None
    description: ShortText | None = None
    country: Country | None = None

    @model_validator(mode="after")
    def _one_of(self):
        given = [f for f in ("official", "organization", "description") if getattr(self, f)]
        if len(given) != 1:
            raise ValueError("give exactly one of `official`, `organization`, `description`")
        return self


class Sanction(_Event):
    kind: Literal["sanction"] = "sanction"
    imposer: Country | None = None
    authority: ShortText | None = None
    target: Target | None = None
    program: ShortText | None = None
    reason: Text | None = None
    lifted: EdtfDate | None = None


class Link(_Strict):
    from_: Slug = Field(alias="from")
    to: Slug
    relation: Relation
    source: Slug | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


EVENT_MODELS: dict[str, type[_Event]] = {
    Kind.MEETING.value: Meeting,
    Kind.VISIT.value: Visit,
    Kind.INCIDENT.value: Incident,
    Kind.SANCTION.value: Sanction,
}
RECORD_MODELS: dict[str, type[BaseModel]] = {
    "source": Source,
    "official": Official,
    **EVENT_MODELS,
    "link": Link,
}


_NOT_HASHED = frozenset({"evidence", "source"})


def content_hash(record: BaseModel) -> str:
    """Hash of what a record says, leaving out its evidence and which source said it.

    The canonical form is sorted-key compact JSON, non-ASCII as UTF-8: orjson writes the
    same bytes as `json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":"))`
    in a tenth of the time, so hashes stored by earlier versions still compare equal.
    """
    if isinstance(record, BaseModel):
        data = record.model_dump(mode="json", exclude=_NOT_HASHED, by_alias=True)
    else:  # a record of the compiled lane (inputs/fast.py)
        data = record.hash_payload()
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()


# --- turning pydantic errors into one-line InputErrors ---------------------------------

_MESSAGES = {
    "missing": "required field is missing",
    "string_pattern_mismatch": "must be an id slug: lowercase letters, digits and hyphens",
    "string_too_short": "must not be empty",
}


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + ("from" if part == "from_" else str(part))
    return out


def _line_for(data: Any, loc: tuple) -> int | None:
    """The line of the deepest located mapping on the path to a field."""
    line = data.line if isinstance(data, Located) else None
    node = data
    for part in loc:
        part = "from" if part == "from_" else part
        if isinstance(node, Located):
            line = node.line_of(part) or line
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            if isinstance(node, Located):
                line = node.line or line
        else:
            break
    return line


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field"
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if kind == "enum":
        return f"must be one of {error.get('ctx', {}).get('expected', '')}"
    msg = error["msg"]
    return msg[:1].lower() + msg[1:]


def validate(kind: str, data: Any, *, file: str, line: int | None = None) -> BaseModel:
    """Validate one record of `kind` (`source`, `official`, `meeting`, ..., `link`)."""
    model = RECORD_MODELS[kind]
    record_id = (
        data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None
    )
    if not isinstance(data, dict):
        raise InputError(f"a {kind} record must be a mapping", file=file, line=line)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # Every problem of the record at once, one line each: the first is raised, the
        # others ride along in `also` (a record with four mistakes takes one run, not four).
        problems = [
            _located_error(error, data, file, line, record_id)
            for error in exc.errors(include_url=False)
        ]
        first = problems[0]
        first.also = problems[1:]
        first.refs = _official_refs(data)
        raise first from None


def _official_refs(data: dict) -> list[tuple[str, str]]:
    """(field, id) of the officials a record that failed validation names, so ingest can
    report an unknown one in the same run as the record's other problems."""
    refs = []
    participants = data.get("participants")
    for i, p in enumerate(participants if isinstance(participants, list) else []):
        if isinstance(p, dict) and isinstance(p.get("official"), str):
            refs.append((f"participants[{i}].official", p["official"]))
    if isinstance(data.get("traveler"), str):
        refs.append(("traveler", data["traveler"]))
    target = data.get("target")
    if isinstance(target, dict) and isinstance(target.get("official"), str):
        refs.append(("target.official", target["official"]))
    return refs


def _located_error(error: dict, data: Any, file: str, line: int | None, record_id):
    loc = tuple(error["loc"])
    # A model-level error sits on the object itself: drop pydantic's trailing markers.
    return_loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith("function-")))
    return InputError(
        _message(error),
        file=file,
        line=_line_for(data, return_loc) or line or getattr(data, "line", None),
        record=record_id,
        field=_field_path(return_loc) or None,
    )

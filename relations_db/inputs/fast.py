"""A compiled fast lane for JSONL event lines: msgspec decodes and checks them in one step.

Validating a bulk load's events with pydantic cost more than storing them. msgspec
decodes a line straight into typed Structs, checking types, patterns, lengths and closed
vocabularies as it goes, in a fraction of the time. This lane only takes lines it can
prove pydantic would accept with the same values: anything else (a wrong type, padded
text, a country or date to normalise, an escape that may hide a NUL or a lone surrogate,
a rule that spans fields) returns None, and the line goes through `records.validate`,
which gives the error message, or the value pydantic makes of it. So a user never sees a
message from this module, and tests/test_ingest_fast.py checks that both lanes store the
same rows.

The Structs carry the attributes the writer reads from a pydantic record (`kind`,
`date` as a DateSpan, enums), `hash_payload()` gives what `content_hash` hashes, and
`to_model()` the pydantic record, for the rarer paths (merges, several sources).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Annotated, ClassVar

import msgspec
from msgspec import Meta, Struct, field

from ..countries import normalize_country
from ..dates import DateSpan, parse_date
from ..model.enums import Role, Status, Visibility
from . import records

# Ids are checked together, one regex over all of a record's ids (`_Event._slugs`), not
# one msgspec pattern per field: that was two thirds of the decoding time.
Slug = str
# records.SLUG_PATTERN, for ids joined by single spaces (`\Z`: "id\n" is no id).
_SLUGS = re.compile(r"[a-z0-9][a-z0-9-]{0,199}(?: [a-z0-9][a-z0-9-]{0,199})*\Z")
Text = Annotated[str, Meta(min_length=1, max_length=100_000)]
ShortText = Annotated[str, Meta(min_length=1, max_length=2_000)]
Label = Annotated[str, Meta(min_length=1, max_length=40)]
Offset = Annotated[int, Meta(ge=0, le=records.MAX_OFFSET)]
EndOffset = Annotated[int, Meta(ge=1, le=records.MAX_OFFSET)]
# JSON escapes that may spell a NUL or a surrogate (a lone one must be refused by name).
_RISKY_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89abcdefABCDEF])")


class _Plain(Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class Evidence(_Plain):
    quote: Text
    start: Offset
    end: EndOffset
    source: Slug | None = None


class Location(_Plain):
    place: ShortText | None = None
    country: str | None = None


class Participant(_Plain):
    official: Slug | None = None
    description: ShortText | None = None
    country: str | None = None
    role: Role = Role.PARTICIPANT


class Characterization(_Plain):
    text: Text
    by: ShortText | None = None


class Target(_Plain):
    official: Slug | None = None
    organization: ShortText | None = None
    description: ShortText | None = None
    country: str | None = None


class _Event(_Plain, tag_field="type"):
    kind: ClassVar[str]
    id: Slug
    title: Text | None = None
    summary: Text | None = None
    date_edtf: str | None = field(default=None, name="date")
    date_text: ShortText | None = None
    date_anchor: dt.date | None = None
    location: Location | None = None
    # Unset when the line gives none (the statements of a second source must not claim the
    # defaults, see store/statements.py); `status` and `visibility` read the defaults then.
    status_given: Status | msgspec.UnsetType = field(default=msgspec.UNSET, name="status")
    visibility_given: Visibility | msgspec.UnsetType = field(
        default=msgspec.UNSET, name="visibility"
    )
    participants: list[Participant] = []
    evidence: list[Evidence] = []
    source: Slug | None = None
    partial: bool = False

    @property
    def date(self) -> DateSpan | None:
        return parse_date(self.date_edtf) if self.date_edtf is not None else None

    @property
    def status(self) -> Status:
        given = self.status_given
        return Status.HELD if given is msgspec.UNSET else given

    @property
    def visibility(self) -> Visibility:
        given = self.visibility_given
        return Visibility.PUBLIC if given is msgspec.UNSET else given

    def _texts(self) -> list:
        texts = [self.title, self.summary, self.date_text, self.date_edtf]
        if self.location is not None:
            texts.append(self.location.place)
        texts += [p.description for p in self.participants]
        texts += [e.quote for e in self.evidence]
        return texts

    def _slugs(self) -> list:
        ids = [self.id, self.source]
        ids += [p.official for p in self.participants]
        ids += [e.source for e in self.evidence]
        return ids

    def _plain(self) -> bool:
        """The rules pydantic applies beyond types: ids, normalised countries, parsed
        dates, stripped text, one of official/description. False: let pydantic decide."""
        ids = [i for i in self._slugs() if i is not None]
        joined = " ".join(ids)
        if not _SLUGS.match(joined) or joined.count(" ") != len(ids) - 1:
            return False  # the count: an id "a b" is not two ids
        for text in self._texts():
            if text is not None and text != text.strip():
                return False
        if self.date_edtf is not None:
            parse_date(self.date_edtf)  # ValueError: not plain
        if self.location is not None and self.location.country is not None:
            self.location.country = _country(self.location.country)
        for p in self.participants:
            if (p.official is None) == (p.description is None):
                return False
            if p.country is not None:
                if p.official is not None:
                    return False
                p.country = _country(p.country)
        return all(e.end > e.start for e in self.evidence)

    def hash_payload(self) -> dict:
        """What `records.content_hash` hashes: the record as pydantic dumps it in JSON mode,
        without its evidence and source."""
        data = msgspec.to_builtins(self)
        del data["type"], data["evidence"], data["source"]
        data["kind"] = self.kind
        data.setdefault("status", Status.HELD.value)
        data.setdefault("visibility", Visibility.PUBLIC.value)
        return data

    def to_model(self):
        data = msgspec.to_builtins(self)
        kind = data.pop("type")
        return records.RECORD_MODELS[kind].model_validate(data)


class Meeting(_Event, tag="meeting"):
    kind: ClassVar[str] = "meeting"
    format: Label | None = None

    def _texts(self) -> list:
        return [*super()._texts(), self.format]


class Visit(_Event, tag="visit"):
    kind: ClassVar[str] = "visit"
    traveler: Slug | None = None

    def _slugs(self) -> list:
        return [*super()._slugs(), self.traveler]


class Incident(_Event, tag="incident"):
    kind: ClassVar[str] = "incident"
    category: Label | None = None
    parties: list[str] = []
    characterizations: list[Characterization] = []

    def _texts(self) -> list:
        texts = [*super()._texts(), self.category]
        for c in self.characterizations:
            texts += [c.by, c.text]
        return texts

    def _plain(self) -> bool:
        self.parties = [_country(c) for c in self.parties]
        return super()._plain()


class Sanction(_Event, tag="sanction"):
    kind: ClassVar[str] = "sanction"
    imposer: str | None = None
    authority: ShortText | None = None
    target: Target | None = None
    program: ShortText | None = None
    reason: Text | None = None
    lifted_edtf: str | None = field(default=None, name="lifted")

    @property
    def lifted(self) -> DateSpan | None:
        return parse_date(self.lifted_edtf) if self.lifted_edtf is not None else None

    def _slugs(self) -> list:
        target = self.target
        return [*super()._slugs(), target.official if target is not None else None]

    def _texts(self) -> list:
        texts = [*super()._texts(), self.authority, self.program, self.reason, self.lifted_edtf]
        if self.target is not None:
            texts += [self.target.organization, self.target.description]
        return texts

    def _plain(self) -> bool:
        if self.imposer is not None:
            self.imposer = _country(self.imposer)
        if self.lifted_edtf is not None:
            parse_date(self.lifted_edtf)
        target = self.target
        if target is not None:
            if (
                sum(bool(v) for v in (target.official, target.organization, target.description))
                != 1
            ):
                return False
            if target.country is not None:
                target.country = _country(target.country)
        return super()._plain()


_DECODER = msgspec.json.Decoder(Meeting | Visit | Incident | Sanction)


@lru_cache(maxsize=1024)
def _country(value: str) -> str:
    return normalize_country(value)


def decode_event(raw: bytes) -> _Event | None:
    """The event of a JSONL line, or None when pydantic must judge the line."""
    if b"\\u" in raw and _RISKY_ESCAPE.search(raw):
        return None
    try:
        record = _DECODER.decode(raw)
        return record if record._plain() else None
    except (msgspec.ValidationError, msgspec.DecodeError, ValueError):
        return None


def is_fast(record) -> bool:
    return isinstance(record, _Event)

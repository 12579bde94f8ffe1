"""The closed vocabularies of the record format; the database checks them too."""

from enum import StrEnum


class Kind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    INCIDENT = "incident"
    SANCTION = "sanction"


class Status(StrEnum):
    HELD = "held"
    PLANNED = "planned"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    DECLINED = "declined"


class Visibility(StrEnum):
    PUBLIC = "public"
    LOW_KEY = "low-key"
    SECRET = "secret"


class Role(StrEnum):
    HOST = "host"
    GUEST = "guest"
    TRAVELER = "traveler"
    PARTICIPANT = "participant"
    TARGET = "target"
    DECLINED = "declined"


class Relation(StrEnum):
    CAUSED = "caused"
    PART_OF = "part-of"
    RESCHEDULED_AS = "rescheduled-as"
    FOLLOW_UP_OF = "follow-up-of"
    RESPONSE_TO = "response-to"
    SAME_AS = "same-as"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


# Record-document section name for each kind ("meetings": Kind.MEETING, ...).
SECTIONS = {f"{kind.value}s": kind for kind in Kind}

# The columns of the timeline (CSV header, JSON keys), in the contract's order.
TIMELINE_COLUMNS = (
    "id",
    "kind",
    "date",
    "start",
    "end",
    "precision",
    "date_text",
    "title",
    "status",
    "visibility",
    "participants",
    "countries",
    "location",
    "sources",
)

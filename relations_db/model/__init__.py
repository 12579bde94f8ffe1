"""The data model: typed SQLAlchemy tables and the closed vocabularies they use."""

from .base import Base
from .enums import SECTIONS, Kind, Precision, Relation, Role, Status, Visibility
from .tables import (
    Characterization,
    Event,
    EventCountry,
    EventSource,
    Evidence,
    Incident,
    IncidentParty,
    Link,
    Meeting,
    Official,
    OfficialAlias,
    OfficialSource,
    Participant,
    Position,
    Sanction,
    Source,
    Visit,
)

__all__ = [
    "Base", "SECTIONS", "Kind", "Precision", "Relation", "Role", "Status", "Visibility",
    "Characterization", "Event", "EventCountry", "EventSource", "Evidence", "Incident",
    "IncidentParty", "Link", "Meeting", "Official", "OfficialAlias", "OfficialSource",
    "Participant", "Position", "Sanction", "Source", "Visit",
]

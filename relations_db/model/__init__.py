"""The data model: the tables, the ORM classes of the write side, the closed vocabularies.

`core` defines every table once as a Core `Table` (what read paths query); `tables` maps
them to ORM classes (`Event`, `Official`, ...), loaded on first use from here. The
vocabularies (`enums`) import nothing heavy, so the CLI can offer them as choices
without loading SQLAlchemy.
"""

from importlib import import_module

from .enums import SECTIONS, TIMELINE_COLUMNS, Kind, Precision, Relation, Role, Status, Visibility

_TABLES = (
    "Characterization",
    "Event",
    "EventCountry",
    "EventSource",
    "Evidence",
    "Incident",
    "IncidentParty",
    "Link",
    "Meeting",
    "Official",
    "OfficialAlias",
    "OfficialSource",
    "Participant",
    "Position",
    "Sanction",
    "Source",
    "Statement",
    "Visit",
)

__all__ = [
    "Base",
    "SECTIONS",
    "TIMELINE_COLUMNS",
    "Kind",
    "Precision",
    "Relation",
    "Role",
    "Status",
    "Visibility",
    *_TABLES,
]


def __getattr__(name: str):
    if name == "Base":
        # The metadata is only whole once every table class is defined.
        import_module(".tables", __name__)
        return import_module(".base", __name__).Base
    if name in _TABLES:
        return getattr(import_module(".tables", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The store: engines and connection settings, schema version checks, migrations."""

from .database import Database, DatabaseUnavailable, open_database
from .engine import TargetError, resolve_url
from .schema import SCHEMA_HEAD, SchemaError

__all__ = [
    "Database",
    "DatabaseUnavailable",
    "open_database",
    "TargetError",
    "resolve_url",
    "SCHEMA_HEAD",
    "SchemaError",
]

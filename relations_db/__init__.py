"""relations-db: a queryable, source-cited timeline of international relations."""

__version__ = "0.1.0"

"""Declarative base over the Core metadata of `core`, whose naming convention lets
migrations name what they drop."""

from sqlalchemy.orm import DeclarativeBase

from .core import NAMING_CONVENTION, metadata, one_of, utcnow

__all__ = ["NAMING_CONVENTION", "Base", "one_of", "utcnow"]


class Base(DeclarativeBase):
    metadata = metadata

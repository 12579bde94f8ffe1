"""Reading inputs: record documents, JSONL streams and CSV event tables, validated.

The readers (YAML, pydantic) load on first use, so read-only commands that only need
`InputError` stay light.
"""

from importlib import import_module

from .errors import InputError, InputErrors

__all__ = ["Item", "expand_paths", "iter_items", "InputError", "InputErrors"]


def __getattr__(name: str):
    if name in ("Item", "expand_paths", "iter_items"):
        return getattr(import_module(".documents", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Reading inputs: record documents, JSONL streams and CSV event tables, validated."""

from .documents import Item, expand_paths, iter_items
from .errors import InputError, InputErrors

__all__ = ["Item", "expand_paths", "iter_items", "InputError", "InputErrors"]

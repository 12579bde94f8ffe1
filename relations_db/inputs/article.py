"""An article file: an optional header (`title:`, `url:`, `publisher:`, `published:` lines
closed by a `---` line) and the body, which evidence offsets count into: `extract` reads one,
and so does ingest for a source's `text_file`."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_KEYS = ("title", "url", "publisher", "published", "source_id", "id")
_LINE = re.compile(r"^(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*?)[ \t]*$")


@dataclass
class Article:
    body: str
    header: dict[str, str]


def parse_article(text: str) -> Article:
    """Split a header off the body when the text starts with one; otherwise all is body."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines[:50]):
        stripped = line.rstrip("\r")
        if stripped.strip() == "---":
            if header:
                return Article("\n".join(lines[i + 1 :]), header)
            break
        match = _LINE.match(stripped)
        if not match or match["key"].lower() not in HEADER_KEYS:
            break
        value = match["value"]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        header[match["key"].lower()] = value
    return Article(text, {})

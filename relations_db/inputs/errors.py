"""Bad input: one line naming the file, the line, the record and the field."""

from __future__ import annotations

import re

# Characters that would break the one-line message or the terminal: control characters
# (file names may hold a newline; ESC starts colour, title and OSC 8 link sequences), line
# separators, the bidirectional overrides and isolates that reorder what follows them
# (U+061C, U+200E/F, U+202A-E, U+2066-9) and unpaired surrogates.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def one_line(text: str) -> str:
    """`text` with control characters, bidi controls and unpaired surrogates as escapes."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


class InputError(Exception):
    """A problem with the user's input; the CLI prints it and exits with code 2."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        record: str | None = None,
        field: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.also: list[InputError] = []  # further problems of the same record
        self.refs: list[tuple[str, str]] = []  # officials an invalid record names

    def problems(self) -> list[InputError]:
        """This problem and the others found in the same record, each its own line."""
        return [self, *self.also]

    def located(self, *, file=None, line=None, record=None) -> InputError:
        """Fill in whatever location this error does not know yet."""
        self.file = self.file or file
        self.line = self.line or line
        self.record = self.record or record
        for other in self.also:
            other.located(file=file, line=line, record=record)
        return self

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        parts = [where.rstrip(" ")] if where else []
        if self.record:
            parts.append(f"record {self.record}")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return one_line(": ".join(p.rstrip(":") for p in parts))


class InputErrors(Exception):
    """Several input errors found in one call; nothing was written."""

    def __init__(self, errors: list[InputError], truncated: bool = False):
        super().__init__(f"{len(errors)} input errors")
        self.errors = errors
        self.truncated = truncated

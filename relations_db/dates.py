"""Dates as records give them: EDTF text, the inclusive span it covers, and its precision.

Every date in relations-db passes through here, so a year stays a year (2023-01-01 to
2023-12-31) rather than silently becoming 1 January. A record may use only a small subset
of EDTF (level 0 dates and intervals, seasons, a trailing `~`), which a regular expression
recognises completely; the calendar (month lengths, leap years) is `datetime`'s and
`dateutil`'s. The `edtf` library's own parser is a pyparsing grammar that costs about
40 ms a date, too slow for bulk loads; the tests check this module against it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

PRECISIONS = ("day", "month", "season", "year", "range", "unknown")

# EDTF level 0 dates and intervals, seasons (YYYY-21..24) and a trailing "~" (level 1).
_PART = r"\d{4}(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-\d{2})?)?~?"
_ALLOWED = re.compile(rf"^{_PART}(?:/{_PART})?$")


@dataclass(frozen=True)
class DateSpan:
    """A date as given (EDTF) and the inclusive days it covers."""

    edtf: str
    start: dt.date
    end: dt.date
    precision: str
    approximate: bool = False


def _precision_of(part: str) -> str:
    core = part.rstrip("~")
    if len(core) == 4:
        return "year"
    if len(core) == 7:
        return "season" if int(core[5:7]) > 12 else "month"
    return "day"


def parse_date(value: object) -> DateSpan:
    """Parse a record's date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `A/B`, optional `~`.

    Raises ValueError with a message fit for a user.
    """
    if isinstance(value, str):
        return _parse_text(value)  # cached: bulk loads repeat the same dates
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return DateSpan(value.isoformat(), value, value, "day")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError("must be a date string such as 2023-06-18, 2023-06 or 2023")
    return _parse_text(value)


# Every day of a century and then some: bulk loads repeat the same dates.
@lru_cache(maxsize=1 << 16)
def _parse_text(value: str) -> DateSpan:
    text = value.strip()
    if not _ALLOWED.match(text):
        raise ValueError(
            f"{value!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or A/B, optionally with ~"
        )
    parts = text.split("/")
    try:
        start = _part_span(parts[0])[0]
        end = _part_span(parts[-1])[1]
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a valid calendar date") from exc
    if end < start:
        raise ValueError(f"{value!r} ends before it starts")
    precision = "range" if len(parts) == 2 else _precision_of(text)
    return DateSpan(text, start, end, precision, approximate="~" in text)


def _part_span(part: str) -> tuple[dt.date, dt.date]:
    """The first and last day of one side of a date: a year, a month, a season or a day.

    Seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, and winter
    December to February, crossing into the next year (the edtf library stops it at 31 Dec).
    """
    core = part.rstrip("~")
    year = int(core[:4])
    if len(core) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(core[5:7])
    if len(core) == 10:
        day = dt.date(year, month, int(core[8:10]))
        return day, day
    if month > 12:
        from dateutil.relativedelta import relativedelta

        first = dt.date(year, {21: 3, 22: 6, 23: 9, 24: 12}[month], 1)
        return first, first + relativedelta(months=3, days=-1)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_optional(value: object) -> DateSpan | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value)


def parse_bound(value: str) -> DateSpan:
    """A `--since`/`--until` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` only."""
    if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?", value.strip()):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return parse_date(value)


def parse_day(value: object) -> dt.date:
    """A single calendar day (a source's publication date, an `--as-of`)."""
    span = parse_date(value)
    if span.precision != "day" or span.approximate:
        raise ValueError(f"{value!r} must be one day, YYYY-MM-DD")
    return span.start

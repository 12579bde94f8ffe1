# ruff: noqa: E501  (the date patterns read better on one line each)
"""Temporal expressions: find them in text and resolve them against the publication date.

A found expression keeps its words (`date_text`, with its preposition: "on Sunday", "last
month") and resolves to the EDTF form the words support and no more: a weekday is a day, a
month name a month, "late last year" the last third of the previous year. The direction
of a weekday or a bare month name comes from the tense of its clause ("will arrive on
Sunday" looks forward, "said on Friday" back). The calendar arithmetic is dateutil's; the
EDTF strings are those relations_db.dates parses.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {
    "monday": MO,
    "tuesday": TU,
    "wednesday": WE,
    "thursday": TH,
    "friday": FR,
    "saturday": SA,
    "sunday": SU,
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*[-–—]\s*"
_PREP = r"(?:(?:back\s+|as\s+early\s+as\s+|until\s+|since\s+|by\s+|from\s+)?(?:on|in|during|of|at)\s+|back\s+in\s+|since\s+|until\s+|by\s+|as\s+(?:early|soon)\s+as\s+)?"
# "(of) last year" after a month or a season: "early December last year", "the summer of 2023"
_OF_REL_YEAR = r"\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year"
_PART = r"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)"

# Alternatives, most specific first; each named group tells the resolver what it found.
_PATTERNS = [
    # "from 19 to 21 August", "on 29 and 30 October", "August 19 to 21", "October 29 and 30"
    # ("and" only joins consecutive days: "on May 3 and 10" are two dates)
    # "31 August and 1 September", "from 30 June to 2 July"
    # "on 7, 8 and 9 May", "May 7, 8 and 9": a list of consecutive days is their span
    (
        "day_list",
        rf"\b(?P<d1>{_DAY})(?P<mid>(?:,\s+{_DAY}\b)+),?\s+and\s+(?P<d2>{_DAY})\s+(?:of\s+)?"
        rf"(?P<m1>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR}))?|(?P<m2>{_MONTH})\s+(?P<d3>{_DAY})"
        rf"(?P<mid2>(?:,\s+{_DAY}\b(?!,?\s+{_YEAR}))+),?\s+and\s+(?P<d4>{_DAY})\b"
        rf"(?:,?\s+(?P<y2>{_YEAR}))?",
    ),
    # ("between Monday, 4 May and Sunday, 10 May": a weekday before each day)
    (
        "range_dmdm",
        rf"\b(?:from\s+|between\s+)?(?:{_WEEKDAY},?\s+)?(?P<d1>{_DAY})\s+(?:of\s+)?"
        rf"(?P<m1>{_MONTH})\s+(?P<sep>to|and|through|until)\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "range_dm",
        rf"\b(?:from\s+|between\s+)?(?P<d1>{_DAY})\s+(?P<sep>to|and|through|until)\s+(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "range_md",
        rf"(?:from\s+|between\s+)?(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s+(?P<sep>to|and|through|until)\s+(?:{_WEEKDAY},?\s+)?(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # "in the week of 24 November": the Monday-Sunday week of that day
    (
        "week_of",
        rf"\bthe\s+week\s+of\s+(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?"
        rf"(?P<m2>{_MONTH}))\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # "in the first half of June": days 1-15 or 16 to the month's end
    (
        "half_month",
        rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<m>{_MONTH})\b"
        rf"(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # "in the first half of 2025", "the third quarter of this year"
    (
        "half_year",
        rf"\b(?:the\s+)?(?P<h>first|second|1st|2nd|third|fourth|3rd|4th)\s+(?P<u>half|quarter)\s+of\s+(?:(?P<rel>last|this|next|the)\s+year|(?P<y>{_YEAR}))\b",
    ),
    # "before the end of the year", "by the end of March 2025": from the text's day on
    (
        "until_end",
        rf"\b(?:before|by|until)\s+the\s+end\s+of\s+(?:(?:the|this)\s+(?P<u>year|month)|(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?)\b",
    ),
    # June 18-19(, 2023) / June 30 - July 2
    (
        "range_md",
        rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # 18-19 June 2023
    (
        "range_dm",
        rf"\b(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # (Sunday,) June 18(, 2023)
    (
        "md",
        # ("November 30th of last year", "December 6 last year": the year named by the text's)
        rf"(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*[-–—]\s*\d)(?:,?\s+(?P<y>{_YEAR})|{_OF_REL_YEAR})?",
    ),
    # 18 June 2023 / the 9th of August
    (
        "dm",
        rf"\b(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR})|{_OF_REL_YEAR})?",
    ),
    # "on the 29th", "early on the 16th": a day of the text's month (or the month next to
    # it the verb points to); not "the 5th round", "the 20th century"
    (
        "day_of_month",
        r"the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:in|at|when|to|with|for|as)\b)",
    ),
    # 2023-06-18
    ("iso", r"\b(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
    # late last year, early this year, late 2022, mid-2023
    # "at the end of the year", "the beginning of the month": the text's year, month
    ("part_year", rf"\b(?P<part>{_PART})[-\s]+(?:(?P<rel>last|this|next|(?<=of\s)the)\s+year|(?P<y>{_YEAR}))\b"),
    # mid-June, late May 2023, early last month
    (
        "part_month",
        rf"\b(?P<part>{_PART})[-\s]+(?:(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})|{_OF_REL_YEAR})?|(?P<rel>last|this|next|(?<=of\s)the)\s+month)\b",
    ),
    # in May of last year, in August of 2022, May 2023, last November
    (
        "month_of_year",
        rf"(?P<m>{_MONTH})\s+(?:of\s+)?(?:(?P<rel>last|this|next)\s+year|(?P<y>{_YEAR}))\b",
    ),
    ("rel_month_name", rf"\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<m>{_MONTH})\b"),
    (
        "season",
        rf"\b(?:(?P<rel>this|next|last|this\s+past|this\s+coming)\s+|the\s+)(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+of\s+(?P<y>\d{{4}})|{_OF_REL_YEAR})?",
    ),
    # "a year ago this week": the week (month) of that day a year back
    (
        "ago",
        r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>day|week|month|year)s?\s+ago\b(?:\s+this\s+(?P<this>week|month))?",
    ),
    # earlier this month, later this month, earlier in the month
    ("this_month", r"\b(?:(?:earlier|later)\s+(?:this|in\s+the)\s+month|this\s+month)\b"),
    ("last_month", r"\b(?:last|past)\s+month\b|\bthe\s+previous\s+month\b"),
    ("next_month", r"\bnext\s+month\b"),
    ("this_year", r"\b(?:earlier|later)\s+(?:this|in\s+the)\s+year\b|\bthis\s+year\b"),
    # a year ago, two weeks ago, three days ago
    ("last_year", r"\blast\s+year\b|\bthe\s+previous\s+year\b"),
    ("next_year", r"\bnext\s+year\b"),
    # "over the past week", "in the last three days", "throughout the past two weeks"
    (
        "over_last_week",
        r"\b(?:over|in|during|throughout)\s+the\s+(?:last|past)\s+(?:(?P<n>two|three|four|five|"
        r"six|seven|eight|nine|ten|\d{1,2})\s+(?=\w+s\b))?(?P<u>day|week)s?\b",
    ),
    # ("the week before last": the week before the previous one)
    ("last_week", r"\blast\s+week\b|\bthe\s+previous\s+week\b|\bthe\s+week\s+before\s+(?P<before>last)\b"),
    ("this_week", r"\b(?:earlier\s+|later\s+)?this\s+week\b"),
    ("next_week", r"\bnext\s+week\b|\bthe\s+week\s+after\s+(?P<after>next)\b"),
    (
        "weekend",
        r"\b(?P<rel>this\s+past|last|this|next|this\s+coming)\s+weekend\b|"
        # "had a call over the weekend", "will meet at the weekend": the one the verb points to
        r"\b(?:over|at|during)\s+the\s+(?P<past>past\s+)?weekend\b",
    ),
    # "from Monday to Wednesday", "Tuesday through Thursday", "on Monday and Tuesday"
    (
        "weekday_range",
        rf"\b(?:from\s+|between\s+)?(?P<w1>{_WEEKDAY})(?:\s+(?P<sep>to|through|until|and)\s+|"
        rf"\s*[-–]\s*)(?P<w2>{_WEEKDAY})\b",
    ),
    # (this past) Friday, last Friday, next Monday
    (
        "weekday",
        rf"\b(?:(?P<rel>this\s+past|this\s+coming|last|next|this)\s+)?(?P<w>{_WEEKDAY})\b(?:\s+(?P<tod>morning|afternoon|evening|night))?",
    ),
    (
        "today",
        r"\b(?:(?:earlier|later)\s+in\s+the\s+day|today|tonight|this\s+(?:morning|afternoon|"
        r"evening))\b",
    ),
    # "the meeting that the President just held", "has just concluded", "Just now, A and B
    # signed": the day of the text
    (
        "today",
        r"\bjust\b(?=\s+(?:met|held|hosted|spoke|finished|concluded|wrapped\s+up|had|"
        r"ended|completed|returned)\b)|\bjust\s+now\b",
    ),
    # "the day before yesterday", "the day after tomorrow": two days off the text's day
    ("two_days", r"\bthe\s+day\s+(?:before\s+yesterday|after\s+(?P<after>tomorrow))\b"),
    ("yesterday", r"\byesterday\b|\blast\s+night\b"),
    ("tomorrow", r"\btomorrow\b"),
    ("month", rf"\b(?P<m>{_MONTH})(?!\w|\.\w)"),
    ("year", rf"\b(?P<y>{_YEAR})\b(?!\s*[-–]\s*\d)"),
]
_COMPILED = [
    (name, re.compile(rf"(?P<prep>\b{_PREP})(?P<core>{pattern})", re.IGNORECASE))
    for name, pattern in _PATTERNS
]
# What each kind's pattern cannot match without (_NEEDS below): a text that lacks it skips
# the pattern, whose optional preposition makes the regex engine try it at every word of
# the text. The kinds whose every match has a month group that _plausible drops unless
# capitalised (_CAPITAL_ONLY but for week_of and until_end) need a capitalised month name as
# a whole word (a month's first three letters let "may", "march", "summary", "decided" run
# their eleven patterns for nothing). (Speed only: a text without one gets no date of these
# kinds either way.)
_CAPITAL_MONTH = rf"\b(?=(?-i:[JFMASOND])){_MONTH}(?!\w)"
# (and what the kind has next to that month: its day, "June 18" or "18 (of) June"; its year,
# "May (of) 2023", "May of last year"; "last May", "the first half of May"; and a part of
# the year or month, "the week of", its words)
_MONTH_DAY = rf"\b(?=(?-i:[JFMASOND])){_MONTH}\s+\d"
_DAY_MONTH = rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_CAPITAL_MONTH}"
_NEEDS = {
    kind: re.compile(needs, re.IGNORECASE)
    for kind, needs in {
        "range_dmdm": _DAY_MONTH, "range_dm": _DAY_MONTH, "range_md": _MONTH_DAY,
        "day_list": r"\d,\s+\d",
        "md": _MONTH_DAY, "dm": _DAY_MONTH, "month": _CAPITAL_MONTH,
        "half_month": rf"\bhalf\s+of\s+{_CAPITAL_MONTH}",
        "month_of_year": rf"{_CAPITAL_MONTH}\s+(?:of\s+)?(?:last|this|next|\d)",
        "rel_month_name": rf"\b(?:last|this|next|past|coming)\s+{_CAPITAL_MONTH}",
        "week_of": r"\bthe\s+week\s+of\s", "part_month": rf"\b{_PART}[-\s]",
        "half_year": "half|quarter", "until_end": "end",
        # an ordinal day ("the 29th"), an ISO date's month ("2023-06-18")
        "day_of_month": r"\d(?:st|nd|rd|th)\b", "iso": r"\d-[01]\d-",
        "year": r"\d", "part_year": rf"\b{_PART}[-\s]", "season": "spring|summer|autumn|fall|winter",
        "ago": "ago", "this_month": "month", "last_month": "month", "next_month": "month",
        "this_year": "year", "last_year": "year", "next_year": "year",
        "over_last_week": "day|week", "last_week": "week", "this_week": "week",
        "next_week": "week", "weekend": "weekend",
        # a weekday's name, not any "day"; "today"'s words as whole words
        "weekday_range": _WEEKDAY, "weekday": _WEEKDAY,
        "today": r"\b(?:day|today|tonight|morning|afternoon|evening|just)\b",
        "two_days": "yesterday|tomorrow", "yesterday": "yesterday|night",
        "tomorrow": "tomorrow",
    }.items()
}
# A cheap test that a text may hold a date at all.
_ANY = re.compile(
    rf"{_MONTH}|{_WEEKDAY}|\d|today|tonight|morning|afternoon|evening|yesterday|tomorrow|night|just"
    r"|week|month|year|spring|summer|autumn|fall|winter|ago|\bdays?\b",
    re.IGNORECASE,
)
# The month abbreviations and "May" collide with words: only a capitalised month counts.
_CAPITAL_ONLY = (
    "day_list",
    "half_month",
    "week_of",
    "month",
    "md",
    "month_of_year",
    "dm",
    "range_md",
    "range_dm",
    "range_dmdm",
    "rel_month_name",
    "until_end",
)

_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|’ll|plans?\s+to|planning|intends?\s+to|going\s+to|is\s+to|are\s+to"
    r"|set\s+to|scheduled|expected\s+to|expects?\s+to|to\s+be\s+held|upcoming|next|later"
    r"|would|agreed\s+to|aims?\s+to|hopes?\s+to|hoping|due\s+to|ahead)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Temporal:
    """A date expression found in text: where, its words, and what it resolves to."""

    start: int  # offsets of `text` in the string searched
    end: int
    text: str
    edtf: str | None  # None: a date expression too vague to date ("recently")
    kind: str


def looks_forward(clause: str) -> bool:
    """Does this clause speak of the future? (future auxiliaries, plans, schedules)."""
    return bool(_FUTURE.search(clause))


# a schedule's time: "(the talks that were) scheduled for (this week)"
_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due)\s+(?:for\s+)?$", re.I)


def find_dates(text: str, published: dt.date, *, forward=None) -> list[Temporal]:
    """Every resolvable date expression in `text`, in order, none overlapping another.

    `forward` decides the direction of weekdays and month names without a year: a bool,
    a function of the expression's offset, or None to test the tense of `text` itself.
    """
    if not _ANY.search(text):
        return []
    taken: list[tuple[int, int]] = []
    out: list[Temporal] = []
    originally = "originally" in text or "Originally" in text
    present: dict[str, bool] = {}  # by what is needed (the month names serve eleven kinds)
    for kind, regex in _COMPILED:
        needs = _NEEDS.get(kind)
        if needs is not None:
            if needs.pattern not in present:
                present[needs.pattern] = needs.search(text) is not None
            if not present[needs.pattern]:
                continue
        for match in regex.finditer(text):
            a, b = match.span()
            if a == b or any(a < y and x < b for x, y in taken):
                continue
            if not _plausible(kind, match, text):
                continue
            if forward is None:
                future = looks_forward(text)
            elif callable(forward):
                future = forward(a)
            else:
                future = forward
            edtf = resolve(kind, match, published, future)
            if edtf is None:
                continue
            if originally and _ORIGINALLY.search(text, max(0, a - 40), a):
                edtf = _nearest_either_way(kind, match, published, edtf)
            today = edtf == published.isoformat()
            if kind == "weekday" and future and today and not _g(match, "rel"):
                # "... on Wednesday to see A, and he wraps up in X on Thursday" in a text of
                # a Thursday: after a later weekday of the same itinerary, the next Thursday
                later = [
                    t for t in out if t.kind == "weekday" and t.start < a and t.edtf > edtf
                ]
                if later:
                    edtf = _iso(published + dt.timedelta(days=7))
            if match.group(0)[:5].lower() == "since":
                if kind == "part_month" and re.search(r"(?i)start|beginning", match.group(0)):
                    edtf = edtf[:7]  # "since the beginning of October": from the month on
                edtf = since(edtf, published)
            taken.append((a, b))
            out.append(Temporal(a, b, match.group(0), edtf, kind))
    out.sort(key=lambda t: t.start)
    return out


def since(edtf: str, published: dt.date) -> str:
    """ "Detained since April 2022" lasts up to the text's day: the span from the start of
    the date to the publication, at the precision of the date ("2022-04/2024-06")."""
    start = edtf.split("/")[0]
    end = published.isoformat()[: len(start)]
    return f"{start}/{end}" if start < end else edtf


_PLANNED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|due|earmarked|pencil(?:l)?ed\s+in|penciled)\s+for\s+$"
)
_PART_OF_DAY = re.compile(r"\b[Oo]n\s+the\s+(?:morning|afternoon|evening|night)\s+$")


def _plausible(kind: str, match: re.Match, text: str) -> bool:
    core = match.group("core")
    prep = match.group("prep").strip()
    if kind == "day_of_month" and (
        # ("on the morning of the 10th": a part of that day, the same day)
        not (
            prep.lower() == "on"
            or (prep.lower() == "of" and _PART_OF_DAY.search(text, 0, match.start()))
        )
        or re.search(rf"(?<!\d\s)\b{_MONTH}\b(?!\s+(?:\d|[a-z]))", text)
    ):
        # "on the 29th" only ("in the 1990s", "for the 3rd"), and not beside a month named
        # ("in March ... on the 15th": that month's, not the text's; "on 28 December" is a
        # day of its own)
        return False
    month = _g(match, "m") or _g(match, "m1") or (kind == "day_list" and _g(match, "m2"))
    if kind in _CAPITAL_ONLY and month and not month[:1].isupper():
        return False
    if (
        kind == "month"
        and core.lower().rstrip(".") in {"may", "march"}
        and not prep
        and not (core[:1].isupper() and _PLANNED_FOR.search(text, 0, match.start()))
    ):
        return False  # "may" and "march" are words too: bare, they count after "in" only
        # (and capitalised after a plan's "for": "is being planned for May")
    if kind == "month" and core.endswith(".") is False and len(core) <= 4 and not prep:
        return core.lower() not in _MONTH_ABBREVIATIONS
    if kind == "year" and not prep:
        return False  # a bare "2023" may be a count or a name: only "in 2023", "since 2023"
    if kind == "this_year" and (
        _ROLE_AFTER.match(text, match.end())
        or (re.search(r"\bas\s+$", text[max(0, match.start() - 4) : match.start()]) and
            re.match(r"['’]s\b", text[match.end() :]))
    ):
        # "which A is hosting this year as chair", "which he chaired as this year's chair":
        # the year of a rotating role, not the day of the event the clause is about
        return False
    first = "m" if _g(match, "m") else "m1" if _g(match, "m1") else "m2"
    name = (
        _NAME_BEFORE.search(text, 0, match.start())
        if month and not prep and match.start(first) == match.start()
        else None
    )
    if name and not _is_country(name.group(0).strip()):
        # "the resupply boat Unaizah May 1": a month inside a proper name (not "will travel
        # to Jordan and Qatar June 10-12": a country, then the dates)
        return False
    return True


# "this year as ASEAN chair", "this year as host of the summit": a role held for the year
_ROLE_AFTER = re.compile(
    r"\s+as\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:chair|host|president)",
    re.IGNORECASE,
)


# a capitalised word just before a month with no preposition, itself after a lower-case word
# ("the boat Unaizah May 1"), is a name that goes on: not a weekday ("Tuesday May 1")
# (a possessive ends the name: "the Secretary's May 2 call" is dated)
_NAME_BEFORE = re.compile(
    rf"(?<=[a-z]\s)(?!{_WEEKDAY}\b|{_MONTH}\b)[A-Z][\w’'\-]*(?<![’']s)\s$"
)


def _is_country(word: str) -> bool:
    from ..countries import country_of_word

    return bool(country_of_word(word))


def _g(match: re.Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _span(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


# "the visit, originally planned for April, was postponed", "originally scheduled for
# August but postponed": the first schedule of a changed plan has no tense of its own (the
# clause's "scheduled" or "will" is the new plan's), so a date without a year is the nearest
_ORIGINALLY = re.compile(
    r"\boriginally\s+(?:scheduled|planned|set|slated|due|expected)\s+(?:to\s+[^,;.]{0,30}?\s+)?"
    r"(?:for|in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _nearest_either_way(kind: str, m: re.Match, published: dt.date, edtf: str) -> str:
    """Of a date's past and future readings, the one nearer to the publication."""
    other = resolve(kind, m, published, not (edtf[:10] >= published.isoformat()[: len(edtf)]))
    if not other or other[:4] == edtf[:4]:
        return edtf

    def distance(value: str) -> int:
        y, mo = int(value[:4]), int(value[5:7]) if len(value) >= 7 else 6
        return abs((y - published.year) * 12 + mo - published.month)

    return other if distance(other) < distance(edtf) else edtf


def _nearest_month(month: int, published: dt.date, future: bool) -> int:
    """The year of a month name without one: the last such month, or the next if forward."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _part_of_month(part: str, year: int, month: int) -> str:
    last = calendar.monthrange(year, month)[1]
    part = part.lower()
    if part in ("early",) or "start" in part or "beginning" in part:
        a, b = 1, 10
    elif part == "mid" or "middle" in part:
        a, b = 11, 20
    else:  # late, the end of
        a, b = 21, last
    return f"{_iso(dt.date(year, month, a))}/{_iso(dt.date(year, month, b))}"


def _part_of_year(part: str, year: int) -> str:
    part = part.lower()
    if part == "early" or "start" in part or "beginning" in part:
        return f"{year}-01/{year}-04"
    if part == "mid" or "middle" in part:
        return f"{year}-05/{year}-08"
    return f"{year}-09/{year}-12"


def _week(monday: dt.date) -> str:
    return f"{_iso(monday)}/{_iso(monday + dt.timedelta(days=6))}"


_SHIFT = {"last": -1, "this": 0, "next": 1, "the": 0}
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def resolve(kind: str, m: re.Match, published: dt.date, future: bool) -> str | None:
    """The EDTF date of one match of `_RE` (see `find_dates`)."""
    p = published
    try:
        if kind == "day_list":
            first, *rest = (
                _day(d)
                for d in re.findall(r"\d+", " ".join(
                    _g(m, g) or "" for g in ("d1", "mid", "d2", "d3", "mid2", "d4")
                ))
            )
            if rest != list(range(first + 1, first + 1 + len(rest))):
                return None  # "on 3, 5 and 9 May": dates of their own, no span
            mo = _month(_g(m, "m1") or _g(m, "m2"))
            year = _g(m, "y") or _g(m, "y2")
            y = int(year) if year else _nearest_month(mo, p, future)
            return f"{_iso(dt.date(y, mo, first))}/{_iso(dt.date(y, mo, rest[-1]))}"
        if kind in ("range_md", "range_dm", "range_dmdm"):
            if (
                (_g(m, "sep") or "").lower() == "and"
                and _day(_g(m, "d2")) != _day(_g(m, "d1")) + 1
                and not (kind == "range_dmdm" and _day(_g(m, "d2")) == 1)
                and not m.group("core").lower().startswith("between")
            ):
                # "and" joins consecutive days only (the 31st and the 1st too); "between the
                # 3rd and the 7th" is the span from one to the other
                return None
            m1 = _month(_g(m, "m1"))
            m2 = _month(_g(m, "m2")) if _g(m, "m2") else m1
            y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(m1, p, future)
            first = dt.date(y, m1, _day(_g(m, "d1")))
            last = dt.date(y + (1 if m2 < m1 else 0), m2, _day(_g(m, "d2")))
            return f"{_iso(first)}/{_iso(last)}" if last > first else None
        if kind in ("md", "dm"):
            mo = _month(_g(m, "m"))
            y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(mo, p, future)
            if _g(m, "yrel"):
                y = p.year + _SHIFT[_g(m, "yrel").lower()]
            return _iso(dt.date(y, mo, _day(_g(m, "d"))))
        if kind == "iso":
            return _iso(dt.date(int(_g(m, "y")), int(_g(m, "mo")), int(_g(m, "d"))))
        if kind == "half_month":
            mo = _month(_g(m, "m"))
            y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(mo, p, future)
            last = calendar.monthrange(y, mo)[1]
            a, b = (1, 15) if _g(m, "h").lower() == "first" else (16, last)
            return f"{_iso(dt.date(y, mo, a))}/{_iso(dt.date(y, mo, b))}"
        if kind == "week_of":
            mo = _month(_g(m, "m") or _g(m, "m2"))
            y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(mo, p, future)
            day = dt.date(y, mo, _day(_g(m, "d") or _g(m, "d2")))
            monday = day - dt.timedelta(days=day.weekday())
            return f"{_iso(monday)}/{_iso(monday + dt.timedelta(days=6))}"
        if kind == "day_of_month":
            d = _day(_g(m, "d"))
            month = dt.date(p.year, p.month, 1)
            if future and d < p.day:
                month += relativedelta(months=1)
            elif not future and d > p.day:
                month -= relativedelta(months=1)
            return _iso(dt.date(month.year, month.month, d))
        if kind == "half_year":
            rel = (_g(m, "rel") or "").lower()
            y = int(_g(m, "y")) if _g(m, "y") else p.year + {"last": -1, "this": 0, "the": 0, "next": 1}[rel]
            n = {
                "first": 1,
                "1st": 1,
                "second": 2,
                "2nd": 2,
                "third": 3,
                "3rd": 3,
                "fourth": 4,
                "4th": 4,
            }[_g(m, "h").lower()]
            size = 6 if _g(m, "u").lower() == "half" else 3
            if n * size > 12:
                return None
            return f"{_ym(y, (n - 1) * size + 1)}/{_ym(y, n * size)}"
        if kind == "until_end":
            if _g(m, "m"):
                mo = _month(_g(m, "m"))
                y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(mo, p, True)
                end = dt.date(y, mo, calendar.monthrange(y, mo)[1])
            elif _g(m, "u").lower() == "year":
                end = dt.date(p.year, 12, 31)
            else:
                end = dt.date(p.year, p.month, calendar.monthrange(p.year, p.month)[1])
            return f"{_iso(p)}/{_iso(end)}" if end > p else None
        if kind == "part_year":
            rel = (_g(m, "rel") or "").lower()
            y = int(_g(m, "y")) if _g(m, "y") else p.year + _SHIFT[rel]
            return _part_of_year(_g(m, "part"), y)
        if kind == "part_month":
            if _g(m, "m"):
                mo = _month(_g(m, "m"))
                y = int(_g(m, "y")) if _g(m, "y") else _nearest_month(mo, p, future)
                y = p.year + _SHIFT[_g(m, "yrel").lower()] if _g(m, "yrel") else y
            else:
                d = p + relativedelta(months=_SHIFT[_g(m, "rel").lower()])
                y, mo = d.year, d.month
            return _part_of_month(_g(m, "part"), y, mo)
        if kind == "month_of_year":
            mo = _month(_g(m, "m"))
            if _g(m, "y"):
                return _ym(int(_g(m, "y")), mo)
            return _ym(p.year + {"last": -1, "this": 0, "next": 1}[_g(m, "rel").lower()], mo)
        if kind == "rel_month_name":
            mo = _month(_g(m, "m"))
            rel = " ".join(_g(m, "rel").lower().split())
            if rel in ("last", "this past"):
                y = p.year if mo < p.month else p.year - 1
            elif rel in ("next", "this coming"):
                y = p.year if mo > p.month else p.year + 1
            else:
                y = p.year
            return _ym(y, mo)
        if kind == "this_month":
            return _ym(p.year, p.month)
        if kind in ("last_month", "next_month"):
            d = p + relativedelta(months=-1 if kind == "last_month" else 1)
            return _ym(d.year, d.month)
        if kind == "this_year":
            if m.group(0).lower().startswith("earlier") and p.month > 1:
                # "earlier this year": from January up to the text's month, no later
                return f"{p.year}-01/{_ym(p.year, p.month)}"
            return str(p.year)
        if kind == "ago":
            n = _NUMBERS.get(_g(m, "n").lower()) or int(_g(m, "n"))
            unit = _g(m, "u").lower()
            this = (_g(m, "this") or "").lower()
            if this and unit in ("month", "year") and not (this == "month" and unit == "month"):
                back = p - relativedelta(**{f"{unit}s": n})
                if this == "week":
                    return _week(back + relativedelta(weekday=MO(-1)))
                return _ym(back.year, back.month)
            if unit == "day":
                return _iso(p - dt.timedelta(days=n))
            if unit == "week":
                return _week(p + relativedelta(weekday=MO(-1)) - dt.timedelta(weeks=n))
            d = p - relativedelta(**{f"{unit}s": n})
            return _ym(d.year, d.month) if unit == "month" else str(d.year)
        if kind == "last_year":
            return str(p.year - 1)
        if kind == "next_year":
            return str(p.year + 1)
        if kind == "over_last_week":
            n = _NUMBERS.get((_g(m, "n") or "one").lower()) or int(_g(m, "n"))
            if n == 1 and m.group(0).lower().endswith("s"):
                return None  # "over the past days": how many is not said
            days = n * (7 if _g(m, "u").lower() == "week" else 1)
            return f"{_iso(p - dt.timedelta(days=days))}/{_iso(p)}"
        if (
            kind == "this_week"
            and not future
            and not m.group(0).lower().startswith("later")
            and not _SCHEDULED_FOR.search(m.string, max(0, m.start() - 30), m.start())
        ):
            # annotation.md: "this week" for a past event runs up to the publication date
            # (not a schedule's week: "the talks that were scheduled for this week")
            monday = p + relativedelta(weekday=MO(-1))
            return _iso(p) if monday == p else f"{_iso(monday)}/{_iso(p)}"
        if kind in ("last_week", "this_week", "next_week"):
            monday = p + relativedelta(weekday=MO(-1))
            shift = {"last_week": -7, "this_week": 0, "next_week": 7}[kind]
            shift += 7 if _g(m, "after") else 0  # "the week after next"
            shift -= 7 if _g(m, "before") else 0  # "the week before last"
            return _week(monday + dt.timedelta(days=shift))
        if kind == "weekend":
            rel = " ".join((_g(m, "rel") or ("last" if _g(m, "past") else "this")).lower().split())
            if rel in ("this past", "last") or (rel == "this" and not future):
                sat = p + relativedelta(days=-1, weekday=SA(-1))
            else:
                sat = p + relativedelta(weekday=SA(+1))
            return f"{_iso(sat)}/{_iso(sat + dt.timedelta(days=1))}"
        if kind == "season":
            first = SEASONS[_g(m, "s").lower()]
            rel = " ".join((_g(m, "rel") or "").lower().split())
            if _g(m, "y"):
                y = int(_g(m, "y"))
            elif _g(m, "yrel"):
                y = p.year + _SHIFT[_g(m, "yrel").lower()]
            elif rel in ("next",):
                y = p.year + 1 if p.month >= first else p.year
            elif rel in ("last", "this past"):
                y = p.year if p.month >= first + 3 else p.year - 1
            elif future or rel == "this coming":
                y = p.year if p.month < first + 3 else p.year + 1
            else:
                y = p.year if p.month >= first else p.year - 1
            start = dt.date(y, first, 1)
            end = start + relativedelta(months=2)
            return f"{_ym(start.year, start.month)}/{_ym(end.year, end.month)}"
        if kind == "weekday_range":
            w1, w2 = (WEEKDAYS[_g(m, k).lower()] for k in ("w1", "w2"))
            days = (w2.weekday - w1.weekday) % 7
            between = m.group("core").lower().startswith("between")
            if not days or ((_g(m, "sep") or "").lower() == "and" and days != 1 and not between):
                return None  # "and" joins consecutive days only
            first = p + relativedelta(weekday=w1(+1 if future else -1))
            if not future and first + dt.timedelta(days=days) > p:
                first -= dt.timedelta(days=7)  # a past span ends by the text's day
            return f"{_iso(first)}/{_iso(first + dt.timedelta(days=days))}"
        if kind == "weekday":
            wd = WEEKDAYS[_g(m, "w").lower()]
            rel = " ".join((_g(m, "rel") or "").lower().split())
            if rel in ("this past", "last"):
                return _iso(p + relativedelta(days=-1, weekday=wd(-1)))
            if rel in ("next", "this coming"):
                return _iso(p + relativedelta(days=+1, weekday=wd(+1)))
            return _iso(p + relativedelta(weekday=wd(+1 if future else -1)))
        if kind == "today":
            return _iso(p)
        if kind == "two_days":
            return _iso(p + dt.timedelta(days=2 if _g(m, "after") else -2))
        if kind == "yesterday":
            return _iso(p - dt.timedelta(days=1))
        if kind == "tomorrow":
            return _iso(p + dt.timedelta(days=1))
        if kind == "month":
            mo = _month(_g(m, "m"))
            return _ym(_nearest_month(mo, p, future), mo)
        if kind == "year":
            return _g(m, "y")
    except (ValueError, KeyError, AttributeError):
        return None
    return None

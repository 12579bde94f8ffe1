"""Attaching dates to an event: the temporal expressions of a sentence, which of them dates
the trigger (and which date another noun, an earlier clause or another event), and the
dates carried over from the previous sentence ("the same day", "the following day").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ...dates import parse_date
from ..temporal import _NUMBERS, find_dates, looks_forward
from .candidate import Candidate, _patterns_in, _trigger_between, label_end
from .patterns import _TOOK_PLACE


@lru_cache(maxsize=256)
def _dates(text: str, published: dt.date, forward: bool):
    return find_dates(text, published, forward=forward)


def _phrase_end(text: str, a: int, b: int) -> int:
    """The end of the trigger's phrase: other trigger matches that overlap it belong to it
    ("launched a massive missile" + "missile attack on")."""
    end = b
    for regex in _patterns_in(text, a, min(len(text), b + 40)):
        for m in regex.finditer(text, a, min(len(text), b + 40)):
            if (
                m.start() < end or (m.start() - end <= 1 and text[end : m.start()].isspace())
            ) and m.end() > end:  # overlapping or adjacent ("2+2 ministerial")
                end = m.end()
    alias = _BRACKETED_ALIAS.match(text, end)
    return alias.end() if alias else end  # "the X-Y Ministerial Meeting ("2+2") will be held"


# the short name of a meeting in brackets after its name: ' Meeting ("2+2")', " (JCM)"
_BRACKETED_ALIAS = re.compile(r"(?:\s+(?-i:[A-Z])[\w\-]*){0,3}\s*\([\"“'‘]?[^()\s]{1,12}[\"”'’]?\)")


def _opens(t, text: str) -> bool:
    """Does the date open the sentence ("In May, ...", "On the afternoon of March 5, ...")
    and so date all of it?"""
    at = label_end(text)  # "Spokesperson: On the evening of April 28, ..."
    item = _LIST_ITEM.match(text, at)  # "(1) On September 22 (Mon), ..."
    at = item.end() if item else at
    dateline = _DATELINE.match(text, at) if t.start - at < 60 else None
    at = dateline.end() if dateline else at  # "Washington – Today, ..."
    if (
        text.startswith(("During", "Throughout"), at)
        and _DURING_OPENER.fullmatch(text, at, t.start)
        and _NOUN_THEN_COMMA.match(text, t.end)
    ):
        return True  # "During his May 4-6 visit to X, A met B": the stay dates all of it
    return (
        t.start <= at + 3
        or bool(_PART_OF_DAY.fullmatch(text, at, t.start))
        or bool(_OPENING_DAY.fullmatch(text, at, t.start))  # "On Sunday, 10 December 2023,"
    ) and bool(_COMMA_AFTER_DATE.match(text, t.end))


# a dateline's place before the sentence: "Washington – ", "GENEVA, Switzerland — ",
# "Lima (AP) -- "
_DATELINE = re.compile(
    r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"(?:\s+\([A-Z][\w.\s]{0,20}\))?\s+(?:[–—]|--?)\s+"
)
# an opening "During/Throughout <determiner>" right before the date, and the rest of the
# opening phrase (the noun the date modifies) up to its comma
_DURING_OPENER = re.compile(r"(?:During|Throughout)\s+(?:his|her|their|its|the|this|that)\s+")
_NOUN_THEN_COMMA = re.compile(r"\s+[\w\-]+[^,;.()]{0,60},")


# a numbered item's mark before its sentence, and a weekday in brackets after a date
_LIST_ITEM = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\.|[a-h]\))\s+")
_COMMA_AFTER_DATE = re.compile(r"(?:\s+\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?,")


_OPENING_DAY = re.compile(r"(?:On|In)\s+[A-Z][a-z]+,\s+")
_PART_OF_DAY = re.compile(
    r"\s*(?:On|In)\s+the\s+(?:morning|afternoon|evening|night)\s+(?:of\s+)?", re.I
)


def _right_after_trigger(text: str, t, a: int) -> bool:
    """Does the date follow another event's trigger, with a trigger-free stretch to this one
    ("the attack in X on April 22 and the strikes on Y on May 7": April 22 is the attack's)?"""
    before = text[max(0, t.start - 60) : t.start]
    if text[t.end : a].isspace():
        return False  # "The meeting built on the Secretary's May 2 call": the noun's own date
    if re.search(r"(?:,\s+(?:and|but|then|where)\s+|;\s+)$", before):
        return False  # "met A, and on Wednesday he will meet B": the date opens B's clause
        # (", where on Wednesday he is to call on A": the where-clause's)
    return _trigger_between(before, 0, len(before)) and not _trigger_between(text, t.end, a)


def _possessive_of_other(text: str, t) -> bool:
    """ "about tomorrow's summit": a date in the possessive dates the noun after it."""
    m = re.match(r"[’']s\s+(?:[\w\-]+\s+){0,2}", text[t.end :])
    return bool(m) and _trigger_between(text, t.end, t.end + m.end() + 20)


def _attributive_of_other(text: str, t) -> bool:
    """ "The meeting built on the Secretary's May 2 call": a date right before an event noun
    is that noun's, not the date of a trigger before it."""
    at = t.end + len(text[t.end :]) - len(text[t.end :].lstrip())
    if at == t.end:
        return False
    return any(regex.match(text, at) for regex in _patterns_in(text, at, min(len(text), at + 40)))


def _possessive_before_other(text: str, t, a: int) -> bool:
    """ "Today's call builds on the meeting between A and B in X on July 9": a date in the
    possessive dates the noun after it, not a trigger further on ("Yesterday's talks between
    A and B": the trigger is the noun, and the date is its)."""
    m = re.match(r"[’']s\s+(?:[\w\-]+\s+){0,2}", text[t.end :])
    if not m or t.end > a:
        return False
    # the noun the possessive dates is among its next two words ("call", "in-person meeting")
    return t.end + m.end() <= a


def _in_other_relative(text: str, t, a: int) -> bool:
    """ "A, who had been detained since April 2022, landed after a prisoner exchange": a date
    in a relative clause set off by commas is that clause's, not a trigger's outside it."""
    for m in _RELATIVE.finditer(text):
        if m.start() <= t.start and t.end <= m.end() and not m.start() <= a < m.end():
            return True
    return False


def _in_last_relative(text: str, t, a: int) -> bool:
    """ "A was the first sanctioned under the regime, which was introduced in July.": a date in
    a passive which-clause that ends the sentence after the trigger is the clause's own."""
    last = _LAST_RELATIVE.search(text, a) if "which" in text else None
    return bool(last) and last.start() <= t.start


_RELATIVE = re.compile(r",\s+(?:who|whom|which)\b[^,;.]*,")
_LAST_RELATIVE = re.compile(r",\s+which\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+ed\b[^,;]*$")


def _dates_an_attribute(text: str, t) -> bool:
    """ "A, born in 1991, was detained on 8 April", "a firm founded in 2015": a date of birth
    or founding describes a party, it dates no event."""
    return bool(_ATTRIBUTE_DATE.search(text, max(0, t.start - 20), t.start))


_ATTRIBUTE_DATE = re.compile(
    r"\b(?:born|founded|established|incorporated|registered)\s+(?:(?:on|in)\s+)?$", re.I
)


def _dates_a_later_noun(text: str, t) -> bool:
    """ "A's visit comes a month after the January 8 attack": a date between "after/before
    the" and a noun is that noun's, not the date of a trigger before it."""
    return bool(
        re.search(
            r"\b(?:after|before|following|since|ahead\s+of)\s+(?:the|this|"
            r"last)\s+$",
            text[max(0, t.start - 30) : t.start],
        )
        and re.match(r"\s+(?:[a-z\-]+\s+)?[a-z]", text[t.end :])
    )


def _dates_a_since_noun(text: str, t, a: int) -> bool:
    """ "his first visit to Australia since his inauguration in October": a date after "since
    <his/the> <noun> in/on" is that noun's, not the trigger's before it (the noun may be
    possessed: "since the President's inauguration on January 20")."""
    lo = max(0, t.start - 90)
    m = re.search(
        r"\bsince\s+(?:(?:his|her|their|its|the)\s+(?:[\w\-’']+\s+){1,2}?|(?:taking|assuming|"
        r"entering)\s+(?:office|power)\s+|"  # "since taking office in March"
        # "the first call since Admiral A assumed his post in December"
        r"(?:[A-Z][\w.\-’']*\s+){1,4}(?:assumed|took|became|entered|was\s+(?:appointed|"
        r"elected|sworn\s+in))\s+(?:[\w\-]+\s+){0,3}?)(?:(?:in|on)\s+)?$",
        text[lo : t.start],
    )
    return bool(m) and not (lo + m.start() <= a < t.start)


def since_clause(text: str, t, a: int) -> int | None:
    """ "Since E.O. 14033 was issued in June 2021, OFAC has designated more than 20 ...": a date
    that ends a since-clause before the trigger starts the span the main clause runs over (up
    to the text's day); the clause's start, or None."""
    m = _SINCE_CLAUSE.search(text, max(0, t.start - 120), t.start)
    if not m or t.end > a or not _COMMA_AFTER.match(text, t.end):
        return None
    return m.start()


# "Since <subject> <verb> ...", up to the date: a clause with its own verb
_SINCE_CLAUSE = re.compile(
    r"\b[Ss]ince\s+[^,;]{1,100}?\s(?:was|were|is|are|has|have|had|came|took|entered|became|"
    r"[a-z]+ed)\s+[^,;]*$"
)
_COMMA_AFTER = re.compile(r"\s*,")


def _dates_an_earlier_took_place(text: str, t, a: int) -> bool:
    """ "a call between A and B took place in December, and the two sides intend to hold
    talks": a date right after "took place" is the earlier event's, not a later trigger's."""
    return (
        t.end <= a
        and bool(_TOOK_PLACE.search(text, max(0, t.start - 25), t.start))
        and _trigger_between(text, 0, max(0, t.start - 25))
    )


def _earlier_place(text: str, lo: int, a: int) -> bool:
    """Is there a conjunct with a place of its own before the trigger ("in Niger ... and the")?"""
    return bool(
        re.search(r"\bin\s+[A-Z][^,;]*?\band\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}$", text[lo:a])
    )


def _earlier_conjunct(c: Candidate, text: str, t, a: int, lo: int) -> bool:
    """ "the coup in Niger last month and the abduction of ...", "travel to Caracas in October
    to raise the detention of ...": a date before the trigger that another conjunct or the
    verb the trigger is the object of owns."""
    if t.end > a or _opens(t, text):
        return False
    if not re.search(
        r"\band\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}$|"
        r"\bto\s+(?:[a-z]+\s+){1,3}$|"
        # "spoke by phone on 31 May and agreed to meet": the date of the verb before
        r"\band\s+(?:also\s+)?(?:agreed|pledged|decided|promised|resolved|vowed)\s+to\s+$",
        text[t.end : a],
    ):
        return False
    return c.kind == "incident" or _trigger_between(text, lo, t.start)


def _dates_a_later_clause(text: str, t, b: int) -> bool:
    """ "will have an audience with A, and on Tuesday he'll hold a meeting with B": a date
    that opens a coordinated clause with its own subject and event is that event's."""
    if t.start > b and re.search(
        r"\band\s+(?:then\s+)?(?:departed|left|returned|will\s+(?:depart|leave|return))\b"
        r"[^,;.]{0,40}$",
        text[b : t.start],
    ):
        return True  # "arrived on Monday for talks with A and departed on Wednesday"
    if t.start > b and ";" in text[b : t.start]:
        return True  # "It surrounded X with a dozen warships; even today, several warships
        # remain": the date of the clause after the semicolon
    return (
        t.start > b
        and bool(re.search(r",\s+(?:and|but)\s+(?:then\s+)?$", text[b : t.start]))
        and bool(re.match(r",?\s*(?:he|she|they|we|I)\b", text[t.end :]))
        and _trigger_between(text, t.end, min(len(text), t.end + 80))
    )


def _previous_date(context: dict, published: dt.date, day: bool = False) -> str | None:
    """The last date of the sentences before this one (looked for only when needed); with
    `day`, the last that is a day ("In the afternoon, ..." after "had last met in February"
    is the afternoon of the day told before that month). A day is looked for back to the
    text's start: "Earlier on the same day" after paragraphs of talking points is the day
    the text last gave, however far back."""
    before = context.get("before", [])
    stop = -1 if day else max(-1, len(before) - 6)
    for k in range(len(before) - 1, stop, -1):
        text = before[k]
        if day and _DAY_OF_TRIP.search(text):
            return None  # ("held on the first day of the visit": that day, which has no date)
        dated = [
            t
            for t in _dates(text, published, looks_forward(text))
            if t.edtf
            and not t.text.strip().lower().startswith("since")
            and (not day or parse_date(t.edtf).precision == "day")
        ]  # a span, not a time
        if dated:
            return dated[-1].edtf
        eve = _EVE.search(text)
        edtf = eve and _eve_date(eve, before[:k], published)
        if edtf:
            return edtf  # "On the eve of the talks, A met B. C and D met the same day."
    return None


# a day named by its place in a trip, not by a date: "on the first day of the visit"
_DAY_OF_TRIP = re.compile(
    r"\b(?:first|second|third|last|final|closing|opening)\s+day\s+of\s+(?:the|his|her|their|"
    r"this)\s+(?:[\w\-]+\s+)?(?:visit|trip|tour|stay)\b",
    re.I,
)


# "on the eve of the talks", "the day before the summit": the day before the last day the
# text gave to that noun ("the day after the summit": the day after it)
_EVE = re.compile(
    r"\b(?:on\s+)?the\s+(?:eve\s+of|day\s+before|day\s+(?P<after>after))\s+(?:the|their|this|"
    r"his|her)\s+(?P<noun>[a-z][\w\-]*)\b",
    re.I,
)


def _eve_date(eve: re.Match, before: list[str], published: dt.date) -> str | None:
    """The day before (or after) the date of the last sentence of `before` that names the
    noun of "on the eve of the <noun>" with a day's date."""
    noun = re.compile(rf"\b{re.escape(eve.group('noun'))}\b", re.I)
    for text in reversed(before[-6:]):
        if not noun.search(text):
            continue
        days = [
            t
            for t in _dates(text, published, looks_forward(text))
            if t.edtf and parse_date(t.edtf).precision == "day"
        ]
        if days:
            if eve.group("after"):
                return (parse_date(days[0].edtf).end + dt.timedelta(days=1)).isoformat()
            return (parse_date(days[0].edtf).start - dt.timedelta(days=1)).isoformat()
    return None


def _same_as(previous: str, unit: str) -> str:
    """ "that same month" after a date: the month (or day, year) of that date."""
    span = parse_date(previous)
    unit = (
        "day"
        if unit.lower() in ("concurrently", "simultaneously", "also", "then")
        else unit.lower()
    )
    if unit == "year" or span.precision == "year":
        return str(span.start.year)
    if unit == "month" or span.precision in ("month", "season"):
        return span.start.isoformat()[:7] if span.start.month == span.end.month else previous
    return previous


def _opening(regex: re.Pattern, text: str) -> re.Match | None:
    """A match that opens the sentence and is set off by a comma ("Over the following weeks,
    ...") and so dates every clause of it; the match may close a short opening phrase
    ("Later that day, ...", "On the next day, ...": the phrase is a time's and no more)."""
    m = regex.match(text)
    if m and text[m.end() : m.end() + 1] == ",":
        return m
    comma = text.find(",", 0, 40)
    if comma < 0 or not re.fullmatch(r"[A-Z][a-z]*(?:\s+[a-z]+){0,3}", text[:comma]):
        return None
    m = regex.search(text, 0, comma)
    return m if m and m.end() == comma else None


# how many days later: "three days later", "a few days later" (finish's _FOLLOWING reads them)
_FEW_DAYS = r"a\s+few|several|two|three|four|five"
_DAYS_OFF = re.compile(rf"(?P<n>{_FEW_DAYS}|a|one)\s+days?\s+later|the\s+")


def _following(previous: str, unit: str | None) -> str | None:
    """ "the following day/days/weeks" after a date: the day after it; the week after it;
    from its month to two months after its end (month precision: "weeks" gives no more);
    "the day before" it: the day before; "three days later": that day; "a few days later":
    within a week after it, to the month (the words give no day)."""
    span = parse_date(previous)
    unit = " ".join((unit or "weeks").lower().split())
    if unit == "morning":  # "the next morning": the day after, as "the following day"
        unit = "day"
    off = _DAYS_OFF.match(unit)
    if off and span.precision == "day":
        if not off.group("n"):  # "the day before", "the previous day"
            return (span.start - dt.timedelta(days=1)).isoformat()
        n = _NUMBERS.get(off.group("n"))  # (none for "a few", "several")
        if n:
            return (span.end + dt.timedelta(days=n)).isoformat()
        first, last = span.end + dt.timedelta(days=1), span.end + dt.timedelta(days=7)
        return _span_of_months(first, last)
    if off:
        return None
    if unit == "day":
        return (span.end + dt.timedelta(days=1)).isoformat() if span.precision == "day" else None
    if unit == "days":
        if span.precision not in ("day", "range"):
            return None
        return f"{span.start + dt.timedelta(days=1)}/{span.end + dt.timedelta(days=7)}"
    last = span.end + relativedelta(months=2)
    return f"{span.start.isoformat()[:7]}/{last.isoformat()[:7]}"


def _span_of_months(first: dt.date, last: dt.date) -> str:
    a, b = first.isoformat()[:7], last.isoformat()[:7]
    return a if a == b else f"{a}/{b}"

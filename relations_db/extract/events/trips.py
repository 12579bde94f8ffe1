"""Trips: meetings held during a visit, the span of a visit's days, and the legs of a trip
(one visit per destination).
"""

from __future__ import annotations

import datetime as dt
import re

from ...countries import country_of_word
from ...dates import parse_date
from ..links import _OFF
from ..sentences import Sentence
from ..temporal import _WEEKDAY, WEEKDAYS, find_dates, looks_forward
from .candidate import Candidate, clause_of
from .places import _is_country_name, _known_places

_DURING = re.compile(
    r"\bbefore\s+(?:he|she|they)\s+(?:departs?|leaves?|left|heads?\s+home|returns?)\b|\bduring"
    r"\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|stay|tour)\b|\bwhile\s+(?:he|"
    r"she|they)\s+(?:is|are|was|were|will\s+be)\s+in\b|\bon\s+the\s+(?:same\s+)?(?:trip|visit)\b|"
    r"\bon\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip)\b",
    re.I,
)


def during_visit(c: Candidate) -> bool:
    """Is a meeting said to take place during a trip ("before he departs", "during his
    visit", "while she is in ...")?"""
    for x in c.members or [c]:
        text = x.sentence.text
        a = x.trigger[0] - x.sentence.start
        lo, hi = clause_of(text, a, a + 1)
        if _DURING.search(text, lo, hi) or _DURING.search(text, a, min(len(text), a + 120)):
            return True
        if _THERE.match(text):  # "... traveled to Beijing. There he met with A": on that trip
            return True
        if _IN_PLACE.match(text) and re.search(r"\b(?:he|she|they)\b", text[:a]):
            return True  # "... will visit Russia. In Moscow, he will meet A": on that trip
        if re.match(r"\s*While\s+in\s+(?:the\s+)?[A-Z]", text):
            return True  # "While in Tokyo, Wang Yi will also co-chair ...": on that trip
    return False


# "In Moscow, he", "In Shanghai and Beijing he"
_IN_PLACE = re.compile(
    # ("In Riga he is to be received by A": no comma before the pronoun)
    r"\s*In\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+|\s+(?=(?:he|she|they)\s)|"
    r"\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,?\s+(?=(?:he|she|they)\b))"
)
_THERE = re.compile(
    r"\s*There,?\s+(?!(?:is|are|was|were|will|would|has|have|had|may|might|"
    r"seems?|remains?)\b)"
)


_N = r"(?:two|three|four|five|six|seven|[2-9])"
_DURATION = re.compile(
    rf"\b(?P<n>{_N})[\s\-]day\s+(?:[\w\-]+\s+){{0,2}}?(?:visit|trip|tour|stay|swing|journey)\b|"
    rf"\b(?:for|over|during)\s+(?:the\s+)?(?P<n2>{_N})\s+days\b(?!\s+(?:of|before|after|ago))",
    re.I,
)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def visit_spans(
    candidates: list[Candidate], sentences: list[Sentence], published: dt.date | None = None
) -> None:
    """A visit dated by its first day ("will arrive on Sunday") that the text says lasts N
    days ("a two-day visit", "over the two days that he is on the ground", in a sentence of
    the visit or the next one when it is about the traveler) covers those N days; one the
    text says the traveler left on a later day ("arrived in X on Monday ... and departed on
    Wednesday", "He left Japan on 5 March") covers the days to that one."""
    following = {s.start: n for s, n in zip(sentences, sentences[1:], strict=False)}
    for c in candidates:
        if c.kind != "visit" or not c.date or parse_date(c.date).precision != "day":
            continue
        texts = [x.sentence.text for x in c.members or [c]]
        nxt = following.get(c.sentence.start)
        if (
            nxt is not None
            and c.persons
            and (
                re.search(r"(?i)\b(?:he|she|his|her)\b", nxt.text)
                or c.persons[0].surname in nxt.text
            )
        ):
            texts.append(nxt.text)
        if published is not None and _leave_date(c, texts, published):
            continue
        if published is not None and c.persons and _leave_date(
            c, _traveler_leaves(c, sentences, nxt), published
        ):
            continue
        first = parse_date(c.date).start
        if (
            published is not None
            and c.status == "held"
            and c.date_text
            and first < published <= first + dt.timedelta(days=14)
            and re.search(rf"\b(?:began|started)\s+{re.escape(c.date_text)}", texts[0])
        ):
            # "your state visit, which began yesterday": under way, to the day of the text
            c.date = f"{first.isoformat()}/{published.isoformat()}"
            continue
        for text in texts:
            m = _DURATION.search(text)
            if m:
                n = m.group("n") or m.group("n2")
                days = _NUMBER.get(n.lower()) or int(n)
                first = parse_date(c.date).start
                c.date = f"{first.isoformat()}/{(first + dt.timedelta(days=days - 1)).isoformat()}"
                break
        else:
            _next_day_too(c, candidates, first)


def _next_day_too(c: Candidate, candidates: list[Candidate], first: dt.date) -> None:
    """ "will arrive in X on Monday to meet A and to attend the parade the next day": the stay
    runs to the day after, and the undated meeting told before that purpose is on the first
    day."""
    text = c.sentence.text
    at = text.find(c.date_text) if c.date_text else -1
    nxt = _NEXT_DAY_TOO.search(text, at + len(c.date_text)) if at >= 0 else None
    if nxt is None or parse_date(c.date).end != first:
        return
    base = c.sentence.start
    for m in candidates:
        if (
            m.kind == "meeting"
            and not m.date
            and m.sentence is c.sentence
            and at < m.trigger[0] - base < nxt.start()
        ):
            m.date, m.date_text = c.date, c.date_text
    c.date = f"{first.isoformat()}/{(first + dt.timedelta(days=1)).isoformat()}"


# a purpose of the stay told for the day after its first: "(and) to attend B the next day",
# "to take part the following day in B"
_NEXT_DAY_TOO = re.compile(
    r"\bto\s+[a-z]+\s+(?:[\w\-’']+\s+){0,6}?the\s+(?:next|following)\s+day\b"
)


# the traveler leaving: "and departed on Wednesday", "He left Japan on 5 March", "is
# scheduled to return to Tokyo on Saturday"
_LEFT = re.compile(
    r"\b(?:departed|left|leaves|will\s+(?:depart|leave)|is\s+(?:to\s+depart|leaving|departing)"
    r"|return(?:s|ed)?(?=\s+(?:to|home)\b))"
    r"\b(?:\s+(?:[A-Z][\w\-]*|for|from|to|home)){0,3}\s+(?=on\b)"
)


def _traveler_leaves(c: Candidate, sentences: list[Sentence], nxt) -> list[str]:
    """The later sentences (past the next one) whose subject is the traveler by name and
    that tell a leaving: "Ikeda is scheduled to return to Tokyo on Saturday" at the end of
    the report dates the visit's last day."""
    surname = c.persons[0].surname
    after = nxt.end if nxt is not None else c.sentence.end
    name = re.compile(
        rf"(?:[A-Z][\w.\-]*\s+){{0,4}}{re.escape(surname)}\b|{_title_subject(c.persons[0])}"
    )
    return [
        s.text
        for s in sentences
        if s.start >= after and name.match(s.text) and _LEFT.search(s.text)
    ]


def _title_subject(person) -> str:
    """The traveler named by the last words of a title as the subject: "The foreign minister
    will return to X on Thursday" after "Foreign Minister A travelled to Y" (a pattern that
    matches nothing when the text gives the traveler no title)."""
    words = {
        " ".join(title.split()[-2:]).lower()
        for title in person.titles
        if len(title.split()) >= 2 and title.split()[-2][:1].isupper()
    }
    if not words:
        return r"(?!)"
    return r"[Tt]he\s+(?i:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b"


def _leave_date(c: Candidate, texts: list[str], published: dt.date) -> bool:
    """Stretch the visit to the day the text says the traveler left (when later)."""
    first = parse_date(c.date).start
    for text in texts:
        for m in _LEFT.finditer(text):
            ahead = looks_forward(text[: m.end()])  # ("is scheduled to return on Saturday")
            day = next(
                (t for t in find_dates(text[m.end() :], published, forward=ahead) if t.start == 0),
                None,
            )
            if day is None or not day.edtf or parse_date(day.edtf).precision != "day":
                continue
            last = parse_date(day.edtf).start
            if first < last <= first + dt.timedelta(days=14):
                c.date = f"{first.isoformat()}/{last.isoformat()}"
                return True
    return False


def trip_legs(candidates: list[Candidate]) -> list[Candidate]:
    """Undated planned stops of a trip ("will begin his travel in Israel", "will then travel
    to Jeddah") take the dates of the traveler's dated trip to a region or several places
    announced before them ("will visit the Middle East region from July 13-16")."""
    trips: dict[str, Candidate] = {}
    with_legs: set[int] = set()
    for c in candidates:
        if c.kind != "visit" or not c.persons:
            continue
        key = c.persons[0].key
        if c.date and c.status == "planned" and not c.place_country:
            trips[key] = c
        elif not c.date and c.status == "planned" and key in trips:
            c.date, c.date_text = trips[key].date, trips[key].date_text
            with_legs.add(id(trips[key]))
    for c in candidates:
        text = c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
        if c.kind == "visit" and not c.date and re.match(r"(?:will|would|was|were|accompan)", text):
            # "A will be with the President in Beijing": the dates of the President's visit
            led = next(
                (
                    v
                    for v in candidates
                    if v.kind == "visit"
                    and v.date
                    and v is not c
                    and v.status == c.status
                    and v.place_country == c.place_country
                ),
                None,
            )
            if led is not None:
                c.date, c.date_text = led.date, led.date_text
    # a meeting told right after the trip to a region is within its days ("will visit the
    # Middle East region from July 13-16 ... He will also meet with counterparts"): dated
    # before that trip gives way to its stops
    _itinerary_meetings(candidates)
    # the stops are the visits (annotation.md: an official travels to another country)
    return [c for c in candidates if id(c) not in with_legs]


# the way an itinerary reaches a stop: "goes to Quito", ", then to Santiago", "wraps up in X"
_LEG_TO = re.compile(
    r"(?:\b(?:goes|travels|continues|heads|moves\s+on)\s+(?:on\s+)?to|,\s+then\s+(?:on\s+)?to"
    r"|\b(?:wraps\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+\w+\s+)?in)\s+$"
)


def leg_visits(candidates: list[Candidate], home: str | None) -> list[Candidate]:
    """A planned meeting at a stop of an itinerary ("goes to Quito, where President A will
    host him on Tuesday", "then to Santiago on Wednesday to see President B") is also a
    visit there of the home side, when no visit to that country is told."""
    if not home:
        return candidates
    visited = {c.place_country for c in candidates if c.kind == "visit"}
    out: list[Candidate] = []
    for c in candidates:
        out.append(c)
        if (
            c.kind != "meeting"
            or c.status != "planned"
            or not c.place
            or c.place_country in (None, home)
            or c.place_country in visited
        ):
            continue
        text, base = c.sentence.text, c.sentence.start
        at = text.find(c.place)
        if at < 0 or not _LEG_TO.search(text[max(0, at - 40) : at]):
            continue
        mine = [p for p in c.persons if p.country == home]
        described = [{**d, "role": "traveler"} for d in c.described if d.get("country") == home]
        if len(mine) + len(described) != 1:
            continue
        v = Candidate("visit", None, c.sentence, (base + at, base + at + len(c.place)))
        v.persons, v.described = mine, described
        v.roles = {p.key: "traveler" for p in mine}
        v.date, v.date_text, v.status, v.tense = c.date, c.date_text, "planned", "future"
        v.place, v.place_country = c.place, c.place_country
        v.evidence = [v.trigger]
        visited.add(c.place_country)
        out.append(v)
    return out


def visit_day_meetings(candidates: list[Candidate]) -> None:
    """An undated meeting told in the sentence right after a one-day visit, with the
    traveler, in the visited country or nowhere named, is on that day ("A paid an official
    visit to X on 4 September. The two Presidents co-chaired the Council in Ankara"). Then
    the other passes that date meetings by the trip they belong to and visits by the
    meetings told during them (a companion's trip, a delegation's, an itinerary's, a stop's
    days, a visit told by its end, a stay told day by day after the arrival)."""
    visits = [
        v
        for v in sorted(candidates, key=lambda v: v.trigger[0])
        if v.kind == "visit"
        and v.status == "held"
        and v.persons
        and v.date
        and parse_date(v.date).precision == "day"
        and parse_date(v.date).start == parse_date(v.date).end
    ]
    for m in candidates:
        if m.kind != "meeting" or m.date or m.status != "held" or not m.persons:
            continue
        for v in visits:
            gap = m.sentence.start - v.sentence.end
            if (
                0 <= gap <= 3
                and v.persons[0] in m.persons
                and m.place_country in (None, v.place_country)
            ):
                m.date, m.date_text = v.date, v.date_text
                break
    _hosts_of_stops(candidates)
    _companion_visits(candidates)
    _delegation_meetings(candidates)
    _itinerary_meetings(candidates)
    _program_of_called_off(candidates)
    _stop_days(candidates)
    _ended_tour_stops(candidates)
    _concluded_visits(candidates)
    _stay_days(candidates)


# a meeting told as the host's act: "A will welcome him for talks", "where B will receive him"
_HOSTING = re.compile(r"(?i)\b(?:welcom|receiv|host)")


def _hosts_of_stops(candidates: list[Candidate]) -> None:
    """The one who welcomes or receives the traveler at a stop, in the sentence of the
    arrival or the two after it ("The President flies to X on Wednesday. On Thursday,
    President A will welcome him for talks"), hosts that visit."""
    for v in candidates:
        if v.kind != "visit" or not v.persons or not v.place_country:
            continue
        if any(r == "host" for r in v.roles.values()):
            continue
        for m in candidates:
            gap = m.sentence.start - v.sentence.start
            if not (0 <= gap <= len(v.sentence.text) + 400) or not _met_there(v, m):
                continue
            if not _HOSTING.match(m.sentence.text, m.trigger[0] - m.sentence.start):
                continue
            if m.date and v.date and parse_date(m.date).start < parse_date(v.date).start:
                continue
            hosts = [p for p in m.persons if p is not v.persons[0] and p.country == v.place_country]
            if len(hosts) == 1 and hosts[0] not in v.persons:
                v.persons.append(hosts[0])
                v.roles[hosts[0].key] = "host"
                break


_ACCOMPANY = re.compile(r"(?i)\baccompany$")


def _companion_visits(candidates: list[Candidate]) -> None:
    """A trip told as going with another ("B was scheduled to accompany the foreign minister
    but cancelled") goes where and when the trip told before of one of B's country goes;
    with no such trip told, it is left out (the list is changed in place)."""
    ordered = sorted(candidates, key=lambda c: c.trigger[0])
    for i, v in enumerate(ordered):
        if v.kind != "visit" or v.place_country or not v.persons:
            continue
        if not _ACCOMPANY.search(v.sentence.text, 0, v.trigger[1] - v.sentence.start):
            continue
        lead = next(
            (
                w
                for w in reversed(ordered[:i])
                if w.kind == "visit"
                and w.place_country
                and w.persons
                and w.persons[0] is not v.persons[0]
                and w.persons[0].country == v.persons[0].country
            ),
            None,
        )
        if lead is None:
            candidates.remove(v)
            continue
        v.place, v.place_country = lead.place, lead.place_country
        v.date, v.date_text = v.date or lead.date, v.date_text or lead.date_text


def _coarse(date: str) -> bool:
    """Is a date a week or longer ("next week", "in March"), not named days?"""
    span = parse_date(date)
    return span.precision in ("month", "year") or (span.end - span.start).days >= 6


def _met_there(v: Candidate, m: Candidate) -> bool:
    """Is meeting `m` one of the traveler of visit `v` in the visited country: placed there,
    or placed nowhere and held with hosts all of that country?"""
    if m.kind != "meeting" or m.status != v.status or v.persons[0] not in m.persons:
        return False
    if m.place_country is not None:
        return m.place_country == v.place_country
    hosts = [p for p in m.persons if p is not v.persons[0]]
    return bool(hosts) and all(p.country == v.place_country for p in hosts)


def _shared_trip_days(v: Candidate, candidates: list[Candidate]) -> bool:
    """Is a visit one stop of a trip to several countries that all carry the whole trip's
    days ("a four-day trip to X, Y and Z")? Each stop is then only on its own days."""
    return any(
        w is not v
        and w.kind == "visit"
        and w.date == v.date
        and w.persons[:1] == v.persons[:1]
        and w.place_country not in (None, v.place_country)
        for w in candidates
    )


def _stop_days(candidates: list[Candidate]) -> None:
    """A stop of a trip dated only by its week or month ("will travel to X and Y next week")
    is on the days of the traveler's meetings there that the text dates to a day within
    that span ("where on Tuesday he will meet A", "On Wednesday, in Y, he will meet B"):
    the most precise dates the text gives the stop (annotation.md). A visit given its own
    days keeps them; so does each stop of a trip to several countries that all carry the
    whole trip's days ("a four-day trip to X, Y and Z")."""
    whole = {
        id(v): v.date
        for v in candidates
        if v.kind == "visit" and v.persons and v.date and _shared_trip_days(v, candidates)
    }
    _stop_days_of_meetings(candidates)
    _last_stop_days(candidates, whole)


def _last_stop_days(candidates: list[Candidate], whole: dict[int, str]) -> None:
    """The last stop of a trip to several countries ("He'll finish in Z", its meetings
    undated) keeps the days of the trip its earlier stops, given their own days, left: from
    the day after theirs to the trip's end ("a four-day trip to X, Y and Z" from Tuesday, X
    on Tuesday, Y on Wednesday: Z on Thursday and Friday)."""
    for date in set(whole.values()):
        stops = [v for v in candidates if whole.get(id(v)) == date]
        left = [v for v in stops if v.date == date]
        placed = [v for v in stops if v.date != date and v.date]
        if len(left) != 1 or not placed or len({v.persons[0].key for v in stops}) != 1:
            continue
        if stops.index(left[0]) < max(stops.index(v) for v in placed):
            continue  # a stop listed between others: its days are not the trip's last
        span = parse_date(date)
        start = max(parse_date(v.date).end for v in placed) + dt.timedelta(days=1)
        if _DAYS.fullmatch(date) and span.start < start <= span.end:
            end = span.end
            left[0].date = start.isoformat() if start == end else f"{start}/{end}"


def _stop_days_of_meetings(candidates: list[Candidate]) -> None:
    for v in list(candidates):  # (a stop may absorb a leg told apart: see below)
        if not any(x is v for x in candidates):
            continue
        if v.kind != "visit" or not v.persons or not v.place_country or not v.date:
            continue
        if not _coarse(v.date) and not _shared_trip_days(v, candidates):
            continue
        span = parse_date(v.date)
        days = sorted(
            (
                (parse_date(m.date).start, m)
                for m in candidates
                if m.date
                and _met_there(v, m)
                and parse_date(m.date).precision == "day"
                and parse_date(m.date).start == parse_date(m.date).end
            ),
            key=lambda day_meeting: day_meeting[0],
        )
        if days and all(span.start <= d <= span.end for d, _ in days):
            first, last = days[0][0], days[-1][0]
            v.date = first.isoformat() if first == last else f"{first}/{last}"
            v.date_text = days[0][1].date_text
            _absorb_same_stop(v, candidates)


def _absorb_same_stop(v: Candidate, candidates: list[Candidate]) -> None:
    """A stop given its own days is one visit with the leg told for those days ("On
    Wednesday the Secretary travels to Santiago"): the leg's place and evidence join it."""
    for w in [w for w in candidates if w is not v and w.kind == "visit"]:
        if (
            w.date == v.date
            and w.status == v.status
            and w.place_country == v.place_country
            and w.persons[:1] == v.persons[:1]
        ):
            v.place = v.place or w.place
            v.evidence = [*v.evidence, *w.evidence]
            candidates.remove(w)


# the visit's trigger told as ending: "concludes today an official visit to", "The visit
# concluded this afternoon"
_CONCLUDES = re.compile(
    r"\b(?:conclud|end|wrap)(?:s|es|ed|ing)?(?:\s+up)?\s+(?:(?!of\b)[\w\-]+\s+)?(?:an?|his|her|their|"
    r"the)\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_CONCLUDED = re.compile(r"\s*(?:was\s+|has\s+)?(?:concluded|ended|ends|concludes)\b", re.I)


# a tour told as ending, up to its noun: "wrapped up a three-nation tour of", "concluded her
# week-long trip to"
_ENDS_TOUR = re.compile(
    r"\b(?:conclud(?:es|ed|ing)|end(?:s|ed|ing)|wrap(?:s|ped|ping)\s+up|complet(?:es|ed|ing)|"
    r"finish(?:es|ed|ing)|round(?:s|ed|ing)\s+off)\s+(?:an?|his|her|their|the)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.I,
)


def _ended_tour_stops(candidates: list[Candidate]) -> None:
    """The stops of one tour the text dates by its end ("A wrapped up a three-nation tour of
    X, Y and Z on Sunday"): the day is the tour's last, not each stop's, and which stop it
    was the text does not say: the stops stay undated (annotation.md: no added precision)."""
    by_trigger: dict[tuple, list[Candidate]] = {}
    for v in candidates:
        if v.kind == "visit" and v.date and v.place_country:
            by_trigger.setdefault((v.sentence.start, v.trigger), []).append(v)
    for stops in by_trigger.values():
        if len({v.place_country for v in stops}) < 2:
            continue
        v = stops[0]
        a = v.trigger[0] - v.sentence.start
        if _ENDS_TOUR.search(v.sentence.text, max(0, a - 60), a):
            for w in stops:
                w.date = w.date_text = None


def _concluded_visits(candidates: list[Candidate]) -> None:
    """A visit the text dates by the day it ends ("A concludes today an official visit to X")
    began on the first day of the traveler's meetings there in the week before ("On the
    morning of the 10th, the two Ministers held a working meeting"): it spans those days."""
    for v in candidates:
        if v.kind != "visit" or not v.persons or not v.place_country or not v.date:
            continue
        span = parse_date(v.date)
        if span.precision != "day" or span.start != span.end:
            continue
        text, a, b = (
            v.sentence.text,
            v.trigger[0] - v.sentence.start,
            v.trigger[1] - v.sentence.start,
        )
        if not (_CONCLUDES.search(text, max(0, a - 60), a) or _CONCLUDED.match(text, b)):
            continue
        last = span.start
        earlier = [
            parse_date(m.date).start
            for m in candidates
            if m.date
            and _met_there(v, m)
            and parse_date(m.date).precision == "day"
            and last - dt.timedelta(days=6) <= parse_date(m.date).start < last
        ]
        if earlier:
            v.date = f"{min(earlier).isoformat()}/{last.isoformat()}"


def _travels_in(v: Candidate, m: Candidate) -> bool:
    """Is the traveler of visit `v` (named, or an unnamed office) a side of meeting `m`?"""
    if v.persons:
        return v.persons[0] in m.persons
    country = _traveler_country(v)
    return country is not None and any(d.get("country") == country for d in m.described)


def _itinerary_meetings(candidates: list[Candidate]) -> None:
    """An undated planned meeting of a traveler, told in the sentence right after a planned
    stop of a day ("On Monday, we head to Tokyo. The President will have an audience with
    Emperor A"; "We land in X Sunday morning. The President will be greeted by A, and he'll
    hold a bilateral meeting with him"), there or nowhere named, is on that day; after a
    stop of named days or a week ("will travel to X from May 13 to 15 for the forum. He will
    also meet A"; "will travel to X next week ... The Minister will also meet A"), within
    them (a month or a season is no stay of the traveler's: not carried over)."""
    stops = [
        v
        for v in candidates
        if v.kind == "visit"
        and v.status == "planned"
        and v.date
        and _DAYS.fullmatch(v.date)
    ]
    legs = {id(c.sentence) for c in candidates if c.kind == "visit"}
    for m in candidates if stops else ():
        if m.kind != "meeting" or m.date or m.status != "planned" or id(m.sentence) in legs:
            continue  # (a sentence of its own stop: "he will visit Munich, where he will meet")
        for v in stops:
            if (
                _travels_in(v, m)
                and 0 <= m.sentence.start - v.sentence.end <= 3
                and m.place_country in (None, v.place_country)
            ):
                m.date, m.date_text = v.date, v.date_text
                break


# a sentence that tells what a trip was to hold: "The program of the visit included ...",
# "Its itinerary foresaw ..."
_PROGRAM_OF = re.compile(
    r"(?i)\b(?:program(?:me)?|itinerary|agenda|schedule)\s+(?:of\s+the\s+(?:visit|trip|tour)|"
    r"(?:had\s+)?(?:included|includes|foresaw|provided\s+for))\b"
)


def _program_of_called_off(candidates: list[Candidate]) -> None:
    """The meetings a called-off visit's program held ("The official visit of A to X, set
    for May 5 and 6, has been postponed. The program of the visit included an audience with
    President B and ..."), told in the next sentences with the traveler, share its fate and
    its days: they are postponed or cancelled with it, not held (and a planned trip's program
    is planned: "Her program includes a meeting with B")."""
    off = [
        v for v in candidates
        if v.kind == "visit" and v.status in ("postponed", "cancelled", "planned") and v.persons
    ]
    for m in candidates if off else ():
        if m.kind != "meeting" or m.status not in ("held", "planned") or not m.persons:
            continue
        if m.tense == "past" and m.status == "held" and all(v.status == "planned" for v in off):
            continue
        if not _PROGRAM_OF.search(m.sentence.text, 0, m.trigger[0] - m.sentence.start):
            continue
        for v in off:
            if 0 <= m.sentence.start - v.sentence.end <= 600 and v.persons[0] in m.persons:
                m.status = v.status
                if not m.date:
                    m.date, m.date_text = v.date, v.date_text
                break


_SIGNING = re.compile(r"(?i)sign|initial|exchanged")
# a day or a span of days ("2024-05-13", "2024-05-13/2024-05-15")
_DAYS = re.compile(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?")


def _words(c: Candidate) -> str:
    return c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]


def _delegation_meetings(candidates: list[Candidate]) -> None:
    """An undated held meeting of the traveler's and the host's countries, told after a held
    visit of named days ("A paid an official visit to X on 11-12 March. ... The Foreign
    Minister of A's country held talks with his X counterpart"), in X or nowhere named, is
    one of the visit's meetings (annotation.md): within its dates. The first such visit told
    is the one (a later one is recalled: "when he travelled to X in March")."""
    visits = [
        v
        for v in sorted(candidates, key=lambda v: v.trigger[0])
        if v.kind == "visit"
        and v.status == "held"
        and v.persons
        and v.persons[0].country
        and v.place_country
        and v.date
        and re.fullmatch(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?", v.date)
    ]
    for m in candidates if visits else ():
        if m.kind != "meeting" or m.date or m.status != "held" or _SIGNING.match(_words(m)):
            continue  # (a signing is a ceremony of one day, not the visit's span)
        countries = {p.country for p in m.persons} | {d.get("country") for d in m.described}
        v = next(
            (
                v
                for v in visits
                if v.trigger[0] < m.trigger[0]
                and countries == {v.persons[0].country, v.place_country}
                and m.place_country in (None, v.place_country)
            ),
            None,
        )
        if v is not None:
            m.date, m.date_text = v.date, v.date_text


def _named_traveler(v: Candidate):
    """The person who travels on visit `v`, if named (not a host named with him)."""
    named = [p for p in v.persons if v.roles.get(p.key) == "traveler"]
    if named or _traveler_country(v):
        return named[0] if named else None
    return v.persons[0] if v.persons else None


def _same_traveler(v: Candidate, w: Candidate) -> bool:
    """Do two visits have one traveler (the same person, or the same unnamed office)?"""
    a, b = _named_traveler(v), _named_traveler(w)
    if a or b:
        return a is b
    return _traveler_country(v) is not None and _traveler_country(v) == _traveler_country(w)


def _goes_to(v: Candidate, m: Candidate) -> bool:
    """Is the traveler of visit `v` a side of meeting `m`?"""
    a = _named_traveler(v)
    if a is not None:
        return a in m.persons
    country = _traveler_country(v)
    return country is not None and any(d.get("country") == country for d in m.described)


def _traveler_country(v: Candidate) -> str | None:
    return next((d.get("country") for d in v.described if d.get("role") == "traveler"), None)


def _days(c: Candidate) -> tuple[dt.date, dt.date] | None:
    """A candidate's first and last day, when its date is a day or a span of days."""
    if not c.date or not _DAYS.fullmatch(c.date):
        return None
    span = parse_date(c.date)
    return span.start, span.end


_REMOTE = ("call", "video-call")
# the traveler's departure told with a meeting: "before departing for Tokyo", "before he
# leaves Phnom Penh", "before returning to Washington"
_LEAVES = re.compile(
    r"\bbefore\s+(?:(?:he|she|they|we)\s+)?(?:depart(?:s|ing)?|leav(?:es?|ing)|return(?:s|ing)?"
    r"|head(?:s|ing)\s+home|fl(?:y|ies|ying)\s+(?:on|home))\b",
    re.I,
)
# the end of a stay: "where he will remain through the close of the summit"
_STAYS_THROUGH = re.compile(r"\b(?:remain|stay)s?\s+(?:there\s+)?(?:through|until|till)\b", re.I)


def _words_around(m: Candidate) -> str:
    """The clause of a meeting's trigger (of each of its mentions)."""
    out = []
    for x in m.members or [m]:
        text = x.sentence.text
        a = x.trigger[0] - x.sentence.start
        lo, hi = clause_of(text, a, a + 1)
        out.append(text[lo : min(len(text), max(hi, a + 160))])
    return " ".join(out)


def stay_spans(candidates: list[Candidate]) -> list[Candidate]:
    """A stop of a trip dated by its first day lasts to the day the text says the traveler
    leaves it: the day of his meeting there that the text tells with his departure ("On
    Thursday, he meets A before departing for Y", "before he leaves X"), or of the event
    told as the end of his stay ("flies on to X, where he will remain through the close of
    the summit on Wednesday"). A meeting told with no end of the stay leaves the stop's day
    alone (the gold of r04 dates "arrive in X on Sunday ... meet A on Monday" by the
    arrival). His later visits to the same country within the week, before one to another
    country ("On Tuesday, President A will welcome the President to the palace"), are the
    one visit (annotation.md: an official travels to another country): they are folded into
    it with their hosts, its date kept."""
    stops = sorted(
        (
            v
            for v in candidates
            if v.kind == "visit"
            and v.status in ("planned", "held")
            and _days(v) is not None
            and (v.persons or _traveler_country(v))
        ),
        key=lambda v: (_days(v), v.trigger[0]),
    )
    days = {id(v): _days(v)[0] for v in stops}  # (before any stop is given its span)
    folded: set[int] = set()
    for v in stops:
        if id(v) in folded or not v.place_country:
            continue
        first = days[id(v)]
        elsewhere = [
            days[id(w)]
            for w in stops
            if w is not v
            and _same_traveler(v, w)
            and w.place_country not in (None, v.place_country)
            and days[id(w)] > first
        ]
        limit = min(elsewhere, default=first + dt.timedelta(days=7))
        last = _days(v)[1]  # (the end of a span its arrival's stay was given already)
        for w in stops:
            day = days[id(w)]
            if (
                w is v
                or id(w) in folded
                or not _same_traveler(v, w)
                or w.status != v.status
                or not first < day <= limit
                or w.place_country != v.place_country
            ):
                continue
            folded.add(id(w))
            for p in w.persons:
                if p not in v.persons:
                    v.persons.append(p)
                    v.roles.setdefault(p.key, w.roles.get(p.key, "host"))
            v.evidence += [ev for ev in w.evidence if ev not in v.evidence]
            v.members += w.members or [w]
        for m in candidates:
            if (
                m.kind != "meeting"
                or m.status != v.status
                or m.subtype in _REMOTE
                or not m.date
                or not _goes_to(v, m)
            ):
                continue
            span = parse_date(m.date)
            if span.precision != "day" or not first < span.start or span.end > limit:
                continue
            leaves = bool(_LEAVES.search(_words_around(m)))
            if not (
                m.place_country == v.place_country
                # (no place named: there, before the stop elsewhere or on its day before
                # leaving: "On Thursday, he meets A before departing for Y")
                or (m.place_country is None and (span.end < limit or leaves))
            ):
                continue
            if leaves or (m.sentence is v.sentence and _STAYS_THROUGH.search(v.sentence.text)):
                last = max(last, span.end)
        if last > _days(v)[1]:
            v.date = f"{first.isoformat()}/{last.isoformat()}"
    return [c for c in candidates if id(c) not in folded]


def _day_of(date: str | None) -> dt.date | None:
    if not date or not _DAYS.fullmatch(date):
        return None
    span = parse_date(date)
    return span.start if span.start == span.end else None


def _stay_days(candidates: list[Candidate]) -> None:
    """A visit dated by its arrival ("Tonight we land in X", "A arrived in X on Monday")
    whose stay the text then tells day by day ("Tomorrow, the President will meet B. On
    Wednesday, he will meet C") lasts to the traveler's last meeting told there: the
    meetings of the sentences right after it (each within a sentence of the one before), in
    the visited country or placed nowhere, up to the trip's next leg (the traveler's next
    visit). The dates the text gives for the stay (annotation.md: the most precise form)."""
    ordered = sorted(candidates, key=lambda c: c.trigger[0])
    for v in ordered:
        first = _day_of(v.date) if v.kind == "visit" else None
        if first is None or not v.place_country or v.status in _OFF:
            continue
        if not v.persons and not any(d.get("role") == "traveler" for d in v.described):
            continue
        if not any(
            _ARRIVAL.search(_near_trigger(x)) or _STAY_THERE.match(_after_trigger(x))
            for x in v.members or [v]
        ):
            continue  # dated by the day of travel ("will travel to X on Friday"), not of arrival
        other_legs = [  # the traveler's stops in other countries
            w
            for w in ordered
            if w.kind == "visit"
            and w is not v
            and w.place_country != v.place_country
            and _same_traveler(v, w)
        ]
        # (a visit merged from its departure and its arrival, "... before departing for X.
        # The President arrives in X Thursday night": its stay is told after the arrival)
        told = max(
            (x for x in v.members or [v] if x.sentence.start >= v.sentence.start),
            key=lambda x: (_ARRIVAL.search(_near_trigger(x)) is not None, x.sentence.start),
        )
        last, edge = first, told.sentence
        for c in ordered:
            if c.trigger[0] <= max(v.trigger[0], told.trigger[0]) or c is v:
                continue
            if c.sentence is not edge and not 0 <= c.sentence.start - edge.end <= 3:
                if c.sentence.start > edge.end:
                    break  # a sentence without the traveler's meeting ends the telling
                continue
            if any(c is w for w in other_legs):
                break  # the next leg of the trip
            day = _day_of(c.date)
            if (
                c.kind != "meeting"
                or c.status in _OFF
                or c.subtype in _REMOTE
                or c.place_country not in (None, v.place_country)
                or day is None
                or not _travels_in(v, c)
            ):
                continue
            if any(w.trigger[0] < c.trigger[0] and _day_of(w.date) == day for w in other_legs):
                break  # a day told before as the traveler's at another stop
            if first <= day <= first + dt.timedelta(days=7):
                last, edge = max(last, day), c.sentence
        last = max([last] + [d[1] for d in _talks_there_after(v, first, ordered)])
        back = _going_back_day(v, edge, first)
        if back and first < back <= first + dt.timedelta(days=7):
            last = max(last, back)  # "... and he returns to Washington on Saturday"
        if last > first:
            v.date = f"{first.isoformat()}/{last.isoformat()}"


# the weekday a leaving is told on: "... returns to Washington on Saturday"
_ON_WEEKDAY = re.compile(rf"on\s+(?P<day>{_WEEKDAY})\b")


def _going_back_day(v: Candidate, sentence: Sentence, first: dt.date) -> dt.date | None:
    """The day the telling of a stay says the traveler goes back (_LEFT's return: "and he
    returns to Washington on Saturday"): the weekday on or after the arrival's, when the
    words between name no place of the country visited. (A departure told with a weekday
    may be the one from home.)"""
    for left in _LEFT.finditer(sentence.text):
        day = _ON_WEEKDAY.match(sentence.text, left.end())
        named = re.findall(r"[A-Z][\w\-]*", left.group(0))
        if day is None or not left.group(0).startswith("return") or any(
            (_known_places().get(w) or country_of_word(w)) == v.place_country for w in named
        ):
            continue  # ("he returns to Tokyo on Monday": another stay there)
        ahead = (WEEKDAYS[day.group("day").lower()].weekday - first.weekday()) % 7
        return first + dt.timedelta(days=ahead)
    return None


def _talks_there_after(v: Candidate, first: dt.date, ordered: list[Candidate]) -> list:
    """The days of the traveler's talks placed in the visited country that run over several
    days from the arrival on, wherever the text tells them ("A today concluded three days of
    talks in X with B. ... A arrived in X on Sunday"): the stay lasts to their end."""
    out = []
    for c in ordered:
        days = _days(c) if c.kind == "meeting" and c.place_country == v.place_country else None
        if (
            days
            and days[0] < days[1]
            and c.status == v.status
            and first <= days[0] <= first + dt.timedelta(days=7)
            and days[1] <= first + dt.timedelta(days=7)
            and _travels_in(v, c)
        ):
            out.append(days)
    return out


# the traveler's arrival: "will land in X tonight", "arrived in X on Monday"
_ARRIVAL = re.compile(r"(?i)\b(?:arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?)\b")


# the day of travel is a day there too when the same sentence tells what the traveler does
# at the place: "On Wednesday, we fly to Korea, where the President will address ..."
# (not "where he will remain through Wednesday": the words give the stay's end, stay_spans)
_STAY_THERE = re.compile(
    r"[^.;,]{0,40},\s+where\s+(?:[Tt]he\s+[A-Z]\w+|[Hh]e|[Ss]he|we)\b"
    r"(?!\s+(?:will\s+|is\s+to\s+)?(?:remain|stay)s?\b)"
)


def _after_trigger(c: Candidate) -> str:
    """The words right after a visit's trigger (its place, and what follows)."""
    b = c.trigger[1] - c.sentence.start
    return c.sentence.text[b : b + 120]


def _near_trigger(c: Candidate) -> str:
    """The words of a visit's trigger and the few before it ("we land in X")."""
    a = c.trigger[0] - c.sentence.start
    return c.sentence.text[max(0, a - 30) : c.trigger[1] - c.sentence.start]


# a travel pool's dateline line: "En Route Geneva, Switzerland", "En Route to Athens"
_EN_ROUTE = re.compile(
    r"^En\s+Route\s+(?:to\s+)?(?P<place>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
    r"(?:,\s+(?P<region>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))?[ \t]*$",
    re.M | re.I,
)
# the speaker, aboard, telling the flight under way: "we are on our way to X", "we're ..."
_ON_OUR_WAY = re.compile(
    r"\b[Ww]e(?:\s+are|[’']re)\s+on\s+our\s+way\s+to\s+(?P<place>[A-Z][\w\-]*)"
)
# the unnamed office the pool travels with: "the President's schedule", "the Prime Minister"
_PRINCIPAL = re.compile(r"\b[Tt]he\s+(?P<title>President|Prime\s+Minister|Chancellor)\b(?!\s+of\b)")


def dateline_visit(
    candidates: list[Candidate],
    body: str,
    sentences: list[Sentence],
    home: str | None,
    published: dt.date,
) -> list[Candidate]:
    """A transcript headed by a travel dateline ("Aboard ... / En Route X") whose speaker
    says the flight is under way ("we are on our way to X") reports the trip of the
    principal the press travels with (the home office the text speaks of unnamed, "the
    President") to X, today (the dateline alone gives no day: no visit from it). A visit
    to that country found in the text already is the one."""
    head = body[:300]
    line = _EN_ROUTE.search(head) if "Route" in head or "route" in head else None
    if line is None or not home:
        return candidates
    place = line.group("place")
    code = _known_places().get(place) or country_of_word(line.group("region") or "")
    way = _ON_OUR_WAY.search(body)
    office = _PRINCIPAL.search(body)
    if (
        not code
        or code == home
        or way is None
        or way.group("place") != place
        or office is None
        or any(c.kind == "visit" and c.place_country == code for c in candidates)
    ):
        return candidates
    sentence = next((s for s in sentences if s.start <= way.start() < s.end), None)
    if sentence is None:
        return candidates
    at = (way.start("place"), way.end("place"))
    v = Candidate("visit", None, sentence, at)
    title = re.sub(r"\s+", " ", office.group("title"))
    v.described = [{"description": title, "country": home, "role": "traveler"}]
    v.date, v.date_text = published.isoformat(), "on our way"
    v.status, v.tense = "planned", "future"
    v.place, v.place_country = (None if country_of_word(place) else place), code
    v.evidence = [(line.start(), line.end()), (way.start(), way.end())]
    return [*candidates, v]


# a host's greeting to a guest: "welcome to X", "welcome you back to X", "a pleasure to
# welcome Minister A to X" (the guest named between "welcome" and "to"; not "welcomed")
_WELCOME_TO = re.compile(
    r"\b[Ww]elcome\s+(?P<guest>(?:you|back|(?:[A-Z][\w.\-’']*\s+){1,5})\s*)?(?:back\s+)?to\s+"
    r"(?P<place>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
)


def greeting_visits(
    candidates: list[Candidate], body: str, sentences: list[Sentence], turns, published: dt.date
) -> list[Candidate]:
    """In a press conference of two speakers from two countries, a speaker who greets the
    other "welcome to X" (or names the other: "welcome Minister A to X"), X a place of the
    speaker's own country, tells the guest's visit to X, held on the day of the remarks (the
    greeting is said there). A visit of the guest to that country found already is the one."""
    out = list(candidates)
    for t in turns:
        host, guest = t.speaker, t.addressee
        if host is None or guest is None or not host.country or host.country == guest.country:
            continue
        if "elcome" not in body[t.start : t.end]:
            continue
        for m in _WELCOME_TO.finditer(body, t.start, t.end):
            named = (m.group("guest") or "").strip()
            if named not in ("", "you", "back") and guest.surname not in named:
                continue  # "welcome the delegation of Z to X": not the other speaker
            place = m.group("place")
            code = _known_places().get(place) or country_of_word(place)
            if code != host.country:
                continue
            known = next(
                (
                    v
                    for v in out
                    if v.kind == "visit"
                    and guest in v.persons
                    and (
                        v.place_country == code
                        # "your state visit, which began yesterday": said here, of here
                        or (v.place_country is None and v.status == "held")
                    )
                ),
                None,
            )
            if known is not None:
                if known.place_country is None:
                    known.place_country = code
                    known.place = None if _is_country_name(place) else place
                if known.date is None and known.status == "held":
                    # the visit a "welcome A" meeting told, undated: the day of the greeting
                    known.date, known.date_text = published.isoformat(), m.group(0)
                break
            sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
            if sentence is None:
                continue
            v = Candidate("visit", None, sentence, m.span())
            v.persons, v.roles = [guest, host], {guest.key: "traveler", host.key: "host"}
            v.date, v.date_text = published.isoformat(), m.group(0)
            v.status, v.tense = "held", "past"
            v.place = None if _is_country_name(place) else place
            v.place_country = code
            v.evidence = [m.span()]
            out.append(v)
            break
    return out

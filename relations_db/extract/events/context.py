"""Context: what the sentences around a trigger tell about its people and its time.

detection carries a context from one sentence to the next: the subjects a "they" continues
(_coordinated_subjects, _group_subject, _OPENS_HE), people named only as the other party of
a reported event (_REPORTED_WITH), the official a first-person release is by (_author), and
the heads of the sides the next sentences name ("The delegation was led by A",
_DELEGATION_LED_BY, _REPRESENTED, _SIDE_BY_GROUP). A later sentence adds to an event told
before: those who join or attend it (_JOINS_THE_MEETING, _IT_WAS_ATTENDED, _JOINED), its
host (_HOSTING_THESE), the official who receives a summoned envoy (_HANDED_NOTE), pairs of a
group (_EACH_PAIR), a traveler's companions (_companions_trips), and its time ("on the
margins of the visit", "The meeting took place on Monday", a trip called off, the days of an
itinerary: _MARGINS, _THE_EVENT_HELD, _WILL_NOT_TRAVEL, _itinerary_order). These patterns
tie sentences together, which the scan of one sentence cannot see: they live apart from it.

Imports patterns, candidate and people.
"""

from __future__ import annotations

import datetime as dt
import re

from ..people import People, Person
from .candidate import Candidate
from .patterns import _COORD, _COPY, _OPENING

# whom the next sentences continue with (detection's context): the subject, "they", a
# group, the author

_OPENS_HE = re.compile(_OPENING + r"(?:[Hh]e|[Ss]he)\b")  # ("On Monday, he ...") (compiled once)
# a person named only as the other party of an event one of the two reports on ("A briefed B
# on his conversation with President C"): no party to what "they" or "the two leaders" do next
_REPORTED_WITH = re.compile(
    r"\b(?:on|about)\s+(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:conversations?|calls?|"
    r"meetings?|talks|discussions?)\s+with\s+(?:(?-i:[A-Z])[\w.\-’']*\s+){0,3}$",
    re.I,
)
# what the official who receives a summoned envoy does: "A conveyed Finland's concern"
# (the words of these two, tested first: a sentence without one skips the scan, speed only)
_CONVEYED_WORDS = (
    "conveyed",
    "delivered",
    "handed",
    "expressed",
    "lodged",
    "protested",
    "demanded",
    "informed",
    "told",
)
_CONVEYED = re.compile(r"\b(?:" + "|".join(_CONVEYED_WORDS) + r")\b")
# "A and B discussed ...": a sentence that tells what the people of a meeting did
_NEXT_TALKED_WORDS = (
    "discussed",
    "reviewed",
    "exchanged",
    "agreed",
    "signed",
    "addressed",
    "focused",
    "underlined",
    "stressed",
    "reaffirmed",
    "welcomed",
)
_NEXT_TALKED = re.compile(r"\b(?:" + "|".join(_NEXT_TALKED_WORDS) + r")\b")
_OPENING_PREPOSITION = re.compile(
    r"\s*(?:With|In|During|For|At|After|Before|On|From|To|Like|Unlike|Besides)\s", re.I
)


def _coordinated_subjects(text: str, mentions, base: int) -> list[Person]:
    """The people a sentence opens with, joined by "and" ("Secretary A and Ambassador B are
    ..."): what a "They" of the next sentence continues."""
    out: list[Person] = []
    pos = 0
    for m in mentions:
        gap = text[pos : m.start - base]
        if not out and (
            not re.fullmatch(r"\s*(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,5}", gap)
            or _OPENING_PREPOSITION.match(gap)  # "With A, B discussed ...": B alone
        ):
            break
        if out and not _COORD.fullmatch(gap):
            break
        if m.person not in out:
            out.append(m.person)
        pos = m.end - base
    return out if len(out) >= 2 and re.match(r"\s+(?:[a-z]+\s+){0,2}", text[pos:]) else []


# a sentence's opening phrase of time or place before its subject: "From June 4 to 6, "
_OPENING_PHRASE = re.compile(
    r"(?:[^,;.:]{2,40},\s+)?(?:(?:the\s+|of\s+)?[A-Z][\w.\-]*\s+){0,6}"
)
_SPEAKER_LABEL = re.compile(r"[A-Z][^:\n.,]{1,40}:\s+")
# between two people of one subject: "A of Jordan and Ambassador B", "A, B and C"
_GROUP_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,5}"
)
_GROUP_VERB = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?(?:,[^;]{0,120}?,)?\s+"
    r"(?:are|were|will|have|had|arrived|visited|traveled|travelled|came|met|held)\b"
)


def _group_subject(text: str, mentions, base: int) -> list[Person]:
    """The people joined by "and" who are a sentence's subject after an opening phrase ("From
    June 4 to 6, Deputy Minister A of X and Adviser B, ..., are visiting Y"): whom "them" or
    "the two officials" of the sentences after stand for."""
    label = _SPEAKER_LABEL.match(text)  # "Wang Wenbin: From June 4 to 6, ..."
    start = label.end() if label else 0
    mentions = [m for m in mentions if m.start - base >= start]
    if len(mentions) < 2:
        return []
    if not _OPENING_PHRASE.fullmatch(text, start, mentions[0].start - base):
        return []
    out = [mentions[0].person]
    pos = mentions[0].end - base
    for m in mentions[1:]:
        if not _GROUP_GAP.fullmatch(text, pos, m.start - base):
            break
        out.append(m.person)
        pos = m.end - base
    return out if len(out) >= 2 and _GROUP_VERB.match(text, pos) else []


# a byline: "Senator the Hon A B, Minister for Foreign Affairs", "The Rt Hon A B MP"
_BYLINE = re.compile(r"\b(?:Minister|Secretary|Senator|Hon|MP|Ambassador|Spokesperson|President)\b")


def _author(body: str, people: People) -> Person | None:
    """The official a first-person release is by: named on a line of its own (a byline, no
    sentence) among the first lines of the text."""
    pos = 0
    for line in body[:600].split("\n")[:6]:
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or len(line) > 150 or line.rstrip().endswith((".", ":", "?")):
            continue
        if not _BYLINE.search(line):
            continue
        for m in people.in_span(start, start + len(line)):
            return m.person
    return None


# the heads of the sides a later sentence names

_APPOSED_LEADS = re.compile(
    r",\s+[^,;.]{1,100},\s+(?:led|headed)\s+(?:our|the|his|her|its|their)\s+(?:[\w\-]+\s+)?"
    r"(?:delegation|side|team)\b"
)
_LED_ON_SIDE = re.compile(
    r"\b(?:was|were|will\s+be)\s+(?:led|headed)\s+on\s+the\s+[\w.\-]+\s+side\s+by\s+[^.;:]{0,100}$"
)
# "A and B represented Norway": the heads of a side of the meeting told before
_REPRESENTED = re.compile(
    r"(?:,?\s+and\s+(?:(?:[A-Z]|(?:al|el|bin|bint|ibn|de|la|da|van|von)\b)[\w.\-’']*\s+){1,6}?)?"
    r"\s*represented\s+(?:the\s+)?[A-Z]"
)
# the text's one delegation, unqualified, as a readout of a session closes: "The delegation
# was led by Deputy Assistant to the President A and included representatives from ..."
_DELEGATION_LED_BY = re.compile(
    r"\s*[Tt]he\s+delegation\s+(?:was|will\s+be|is)\s+(?:led|headed)\s+by\b(?:\s+[^.;:]{0,100})?"
)
# a side the next sentence says a group (no named person) will represent
_SIDE_BY_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<dem>[A-Z][\w\-]*)\s+(?:side|delegation|team)\s+(?:will\s+be|is|was|would\s+be)"
    r"\s+(?:represented|headed|led)\s+by\s+(?P<who>(?:senior\s+|other\s+)?(?:officers|officials"
    r"|representatives|experts|diplomats|members)\b[^.;,]{0,60})"
)


# who else is at an event told before: joiners, attendees, hosts, the official who
# receives a summoned envoy, signatories, pairs of a group, companions of a traveler

# one who joins the people of a meeting told before in the sentence: "C will join him for
# those sessions", "C also joined them for the talks"
_JOINS_FOR = re.compile(
    r"\b(?:will\s+|would\s+|also\s+|is\s+to\s+)*(?:join|joins|joined)\s+(?:him|her|them)\s+"
    r"(?:for|in|at|during)\s+(?:those|these|the|their|his|her)\s+(?:[\w\-]+\s+)?"
    r"(?:sessions?|talks|meetings?|discussions?|consultations)\b"
)
# a sentence whose subjects join the meeting told before: "C and D later joined the talks",
# "C also took part in the meeting", "C joined the meeting by video link", "C attended as
# a guest"
_JOIN_WORDS = re.compile(r"\b(?:joined|took\s+part|participated|attended|sat\s+in)\b")
_JOINS_THE_MEETING = re.compile(
    r"[^;:]{3,200}?\s(?:also\s+|later\s+|subsequently\s+|briefly\s+)?(?P<v>"
    r"(?:joined|took\s+part\s+in|participated\s+in|attended|sat\s+in\s+on)\s+(?:the|their|"
    r"these|those|that)\s+(?P<name>(?:[\w\-]+\s+){0,2}?)(?:meeting|talks|discussions?|session|"
    r"consultations|summit|dialogue)s?\b"
    r"|attended\s+(?:as\s+(?:an?\s+)?(?:guest|observer)s?|too|as\s+well))"
)
# "The session was also attended by C": those at the meeting told before
_IT_WAS_ATTENDED = re.compile(
    r"\s*(?:The|This|That|Their)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session|talks|summit|"
    r"dialogue|consultations|discussions?|dinner|lunch|forum)\s+(?:was|were)\s+(?:also\s+)?"
    r"attended\s+by\s+"
)
# ", which was also attended by C", "and attended by C": those at the meeting just named
_ATTENDED_BY = re.compile(
    r"(?:,\s+which\s+(?:was|were|had\s+been)|,?\s+and\s+(?:was\s+)?)\s+(?:also\s+)?"
    r"attended\s+by\s+"
)
_JOINED = re.compile(
    r"\s*(?:They|The\s+(?:two\s+)?(?:leaders|presidents|ministers|heads\s+of\s+"
    r"\w+))\s+(?P<v>were\s+(?:also\s+)?(?:joined|accompanied)\s+by)\s+"
)
_HOSTING_THESE = re.compile(
    r"\b(?:host(?:ing|ed)?|facilitat(?:ing|ed|e)|mediat(?:ing|ed))\s+"
    r"(?:(?:once\s+again|again)\s+)?(?:these|those|the|their)\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:talks|discussions|meetings|negotiations|consultations)\b"
)
_VENUE_OF_THIS = re.compile(
    r"\b(?:venue|host|hosts)\s+(?:for|of)\s+(?:this|that|the)\s+"
    r"(?:[\w\-]+\s+)?(?:gathering|summit|conference)\b",
    re.I,
)
_INVITATION_OF = re.compile(r"\bat\s+the\s+invitation\s+of\s+", re.I)
# "X was summoned to the Ministry, where Vice-Minister A handed over a note of protest",
# "The Ministry summoned X. Secretary General A handed him a note": who met the envoy;
# "A conveyed to him Poland's firm protest": the envoy as indirect object, a possessed protest
# (a sentence without one of these verbs skips the pattern: speed only)
_HANDED_VERBS = ("handed", "delivered", "presented", "conveyed")
_HANDED_NOTE = re.compile(
    r"\b(?:" + "|".join(_HANDED_VERBS) + r")\s+(?:(?:to\s+)?(?:him|her|them)\s+|over\s+)?"
    r"(?:a|the|[A-Z][\w\-]*(?:’s|'s))\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:note|protest|démarche|demarche)\b"
)
_SIGNED_BY = re.compile(r"(?:(?:was|were|had\s+been|been)\s+signed|signing)\s+by\b")
_EACH_PAIR = re.compile(
    r"\bbilateral\s+(?:meetings|talks|discussions)\s+(?:between|among)\s+"
    r"(?:each\s+of\s+)?the\s+(?:three\s+|four\s+)?(?:countries|delegations|participants|"
    r"leaders|sides)\b",
    re.I,
)
_ACCOMPANIED_BY = re.compile(
    r"\s*(?:The\s+[^.;]{0,60}?|He|She)\s+(?:was|were|is|will\s+be)\s+accompanied\s+by\s+"
)
# one who goes with a traveler, told after that traveler's trip: "A is accompanied by B, C
# and D", "B, who is accompanying A, met E", "B accompanied A"
_NAMED_ACCOMPANIED_BY = re.compile(
    r"\s+(?:is|are|was|were|will\s+be|has\s+been|had\s+been)\s+(?:also\s+)?accompanied\s+"
    r"(?:on\s+(?:the|this|his|her|the)\s+(?:[\w\-]+\s+)?(?:visit|trip)\s+)?by\s+"
)
# where a list of companions ends: "; ...", "... on his visit", "... to the summit"
_END_OF_COMPANIONS = re.compile(r";|\s+(?:to|on|during|for|in|at)\s+(?:the|his|her|their)\b")
_ACCOMPANYING = re.compile(
    r"\s*(?:,\s+(?:who\s+)?(?:(?:is|was|will\s+be|has\s+been)\s+)?(?:also\s+)?accompanying|"
    r",?\s+(?:also\s+)?(?:accompanied|accompanies|will\s+accompany))\s+(?:the\s+)?"
    r"(?:[A-Z][\w.\-’']*\s+){0,3}?$"
)


def _companions_trips(text, sentence, mentions, out, found) -> list[Candidate]:
    """The trips of those who go with a traveler whose visit was told before: "PM A is
    accompanied by Mrs A, Minister B and Ms C", "Minister B, who is accompanying PM A, met
    D": each companion an official who travels to the visit's country (annotation.md), with
    the visit's days and place. Not the host country's people, nor the traveler again."""
    if "ccompan" not in text or not mentions:
        return []
    base = sentence.start

    def trip_of(person):
        trips = [
            c
            for c in out
            if c.kind == "visit"
            and c.place_country
            and c.status in ("held", "planned")
            and c.roles.get(person.key) == "traveler"
        ]
        # the trip to the country of the latest one, by the span of its days (the trip's
        # announcement, not one day's programme: "from 16 to 17 June", not "this morning")
        trips = [c for c in trips if c.place_country == trips[-1].place_country]
        return next(
            (c for c in trips if c.date and "/" in c.date),
            next((c for c in trips if c.date), trips[-1] if trips else None),
        )

    pairs = []  # (companion mention, the traveler's trip, evidence start, named as going)
    for k, m in enumerate(mentions):
        by = _NAMED_ACCOMPANIED_BY.match(text, m.end - base)
        if by:  # "A is accompanied by B, C and D": the ones listed after "by"
            trip = trip_of(m.person)
            end = _END_OF_COMPANIONS.search(text, by.end())
            end = end.start() if end else len(text)
            if trip is not None:
                pairs += [
                    (x, trip, m.start, False) for x in mentions[k + 1 :] if x.start - base < end
                ]
            break
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and _ACCOMPANYING.fullmatch(text, m.end - base, nxt.start - base):
            trip = trip_of(nxt.person)  # "B, who is accompanying A": B goes with A
            if trip is not None:
                pairs.append((m, trip, m.start, True))
    twins = []
    for m, trip, start, going in pairs:
        if (
            m.person in trip.persons
            # (a host may escort the guest: "A was accompanied by the host's Minister B";
            # not one who "is accompanying A", of A's party whatever the country guessed)
            or (not going and m.person.country and m.person.country == trip.place_country)
            or any(c.kind == "visit" and m.person in c.persons for c in found)
            or any(t.persons == [m.person] for t in twins)
        ):
            continue
        twin = Candidate(**{k: getattr(trip, k) for k in _COPY})
        twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
        twin.evidence = [(start, m.end)]
        twin.date_text = trip.date_text
        twins.append(twin)
    return twins


# when an event told before took place: on its margins, the day a later sentence gives,
# a trip called off, the days of an itinerary

# "On the margins, ..." (opening the sentence), "on the sidelines of the visit", "Before the
# meeting, ...", "During his stay, ...": of (at the time of) an event told before (not "of
# the G20 summit", which names its own); "met on the sidelines" with no "of": the last one
_MARGINS = re.compile(
    r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|this|his|her)\s+"
    r"(?P<n>visit|trip|meeting|summit|talks)\b(?!\s+of\b)|^(?:\d+\.\s+)?(?:(?:On|At)\s+the\s+"
    r"(?:margins|sidelines)|(?:Ahead\s+of|Before|During)\s+(?:the|his|her|their)\s+"
    r"(?P<n2>visit|stay|trip|meeting|summit|talks)|(?:After|Following)\s+the\s+"
    r"(?P<n3>meeting|summit|talks)),"
    # "The two leaders met on the sidelines to discuss X": of the gathering told last
    r"|(?<=\smet\s)on\s+the\s+(?:margins|sidelines)\b(?!\s+of\b)"
)
# "On the sidelines of the Retreat": an event the text named before (capitalised, no date)
_SIDELINES_OF_THE = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+the\s+(?P<n>(?:[\w\-’']+\s+){0,5}?(?-i:[A-Z])[\w\-’']+)"
    r"(?=\s*,)"
)
_LEADERS_WITNESSED = re.compile(
    r"\b(?:[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Hh]eads\s+of\s+[Ss]tate)\s+"
    r"(?:also\s+)?witnessed\b"
)
# "The meeting took place on Monday", "The talks were held in X on 12 May": the event of the
# sentence before, named again by its noun, with the verb of its taking place
_THE_EVENT_HELD = re.compile(
    r"\s*(?:The|This|Their|That|These)\s+(?:[\w\-]+\s+){0,2}?(?P<n>meeting|talks|visit|trip|"
    r"call|conversation|discussions|consultations|stay|incident|attack|collision|intrusion|"
    r"violation|seizure)\s+(?:took\s+place|was\s+held|were\s+held|was\s+conducted|were\s+"
    r"conducted|happened|occurred)\b"
)
_INCIDENT_NOUNS = ("incident", "attack", "collision", "intrusion", "violation", "seizure")
_WILL_NOT_TRAVEL = re.compile(
    r"\b(?:will|would|shall)\s+not\s+(?:travel|go|fly)\s+to\s+"
    r"(?P<p>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
)
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+|for\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.I,
)


def _itinerary_order(found: list[Candidate], context: dict) -> None:
    """A trip's program goes forward: a planned stop or meeting dated by a bare weekday
    that falls before the day of a stop told before it is the next week's ("will arrive in
    X on Sunday ... On Wednesday, she travels to Y" in a text of a Wednesday)."""
    for c in sorted(found, key=lambda x: x.trigger[0]):
        week = _week_of(c) if c.kind == "visit" and c.status == "planned" else None
        if week is not None:
            # "will travel to X and Y next week": the trip's week, and who makes it
            context["leg_week"] = (week, {p.key for p in c.persons})
        if (
            c.kind not in ("meeting", "visit")
            or c.status != "planned"
            or not c.date
            or len(c.date) != 10
            or not _BARE_WEEKDAY.fullmatch((c.date_text or "").strip())
        ):
            continue
        day = dt.date.fromisoformat(c.date)
        monday, keys = context.get("leg_week") or (None, set())
        if (
            monday is not None
            and day < monday
            and (monday - day).days <= 7
            and keys & {p.key for p in c.persons}
        ):
            # "A will travel to X and Y next week. ... Thursday she travels to Y": a weekday
            # of the trip told after its week is a day of that week
            day += dt.timedelta(days=7)
            c.date = day.isoformat()
        last = context.get("leg_day")
        before = c.sentence.text[: c.trigger[0] - c.sentence.start]
        if re.search(r"\balso\b", before):
            continue  # "He will also meet A on Thursday": an addition, not the next step
        # (a stop or meeting on the leg's own weekday, told after the leg, is on its day:
        # "On Wednesday, he travels to X, where he convenes a summit")
        if last is not None and day < last and (last - day).days <= 7:
            day += dt.timedelta(days=7)
            c.date = day.isoformat()
        if c.kind == "visit" and (last is None or day > last):
            context["leg_day"] = day  # the traveller is there from that day


def _week_of(c: Candidate) -> dt.date | None:
    """The Monday of a Monday-to-Sunday span a candidate is dated by ("next week")."""
    if not c.date or len(c.date) != 21 or c.date[10] != "/":
        return None
    first, last = dt.date.fromisoformat(c.date[:10]), dt.date.fromisoformat(c.date[11:])
    return first if first.weekday() == 0 and (last - first).days == 6 else None

"""Meetings and visits: where a person is when the text names them.

A person's country is often read from who hosts whom: the object of "met" and where the
meeting was (_met_object, _host_of_meeting, _clause_place), the host of a visitor and of a
visit (_host_of_visitor, _host_of_visit, _INVITATION), where a visit goes (_destination_of,
_visits_home), a meeting held abroad (_met_abroad), and the text's main and nearest foreign
country (_main_foreign, _nearest_foreign). countries.py decides with these.

Imports titles, names and listings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...countries import INSTITUTIONS, country_of_word
from .listings import _unquoted_place
from .names import _COUNTRY_WORD, _SENTENCE_END, Person, _in_word, _is_name_token
from .titles import _state_head

# a legislature's generic name, which names the US (countries.INSTITUTIONS) only where the
# text is about it; other states have a Senate, a House and a Congress too
_GENERIC_BODY = re.compile(r"\b(?:Senate|House|Congress)\b")
_NAMES_US = re.compile(
    r"\b(?:U\.S\.|US|USA|United\s+States|Americans?|Washington|White\s+House|Pentagon)\b"
)


def _us_only_by_body(text: str, words: str) -> bool:
    """Do words name the US by a generic legislature alone, in a text that names it in no
    other way?"""
    return _GENERIC_BODY.search(words) is not None and not _has(_NAMES_US, text)


def _at_boundary(text: str, i: int) -> bool:
    """Is there a word boundary (regex's \\b) before text[i]?"""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    return before != (i < len(text) and (text[i].isalnum() or text[i] == "_"))


# "In Tallinn he is to be received by President ": the place the host receives in
_HOST_IN = re.compile(
    r"(?:^|[.;]\s+)In\s+(?P<c>[A-Z][\w\-]*)\b[^.;]{0,60}?\b(?:received|welcomed|hosted)\s+by"
    r"\s+(?:the\s+)?(?:[A-Z][\w\-.]*\s+){0,4}$"
)

# offices a government has one holder of at a time
_ONE_HOLDER = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "crown prince",
    }
)

_MET_OBJECT = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|call|called|calls|spoke|speak|speaks|"
    r"receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|"
    # ("seen off at the airport by B", "greeted on arrival by B": a visitor's host)
    r"(?:seen|saw|sees?|seeing)\s+off|greet(?:s|ed|ing)?)"
    # ("met separately with", "spoke personally with": a manner between verb and object)
    r"(?:\s+[a-z]+ly)?(?:\s+(?:at|on|upon|by|over|via)\s+(?:the\s+)?[a-z]+)?"
    r"(?:\s+(?:with|on|by|to))?\s+(?:the\s+)?"
    # "met the host, B", "met their hosts, B and C": the one met named after the role
    r"(?:(?:his|her|their)\s+)?(?:hosts?,?\s+)?"
    # "meet Prime Minister A of Norway and Prime Minister B", "met with A, and with B": B is
    # met too
    r"(?:(?-i:[A-Z])[^.;:]{0,70}?,?\s+and\s+(?:with\s+)?(?:the\s+)?)?$"
    # "the talks between the Home Secretary and Interior Minister B": an office named with
    # "the" is one side, B the other ("between Deputy Prime Minister and Minister of
    # Foreign Affairs B" is one person's two titles; a title read as "Secretary and Interior
    # Minister" leaves "the Home" before it)
    r"|\b(?:talks|meeting|call|conversation|discussions?)\s+between\s+the\s+"
    r"(?-i:[A-Z])[^.;:,]{0,50}?(?:\s+and\s+(?:the\s+)?|\s+)$"
)
# the one met in a clause that holds talks or co-chairs something "with" them
_WITH_OBJECT = re.compile(
    r"\b(?:co-chair\w*|hold|holds|held|ha(?:ve|s|d)|sign(?:s|ed|ing)?|conclud\w*)\b"
    r"[^.;:!?]{0,150}?"
    r"\bwith\s+(?:the\s+)?$"
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:visit|trip|travel\w*|arriv\w*|land\w*|fl[eo]w\w*|went|"
    r"came)\s+(?:[a-z]+\s+){0,2}?(?:to|in|at)\s+(?:the\s+)?|"
    # "plan to visit the Philippines and hold talks with Secretary A": the verb's own object
    r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?|"
    r"(?:^|(?<=[.!?]\s))(?:(?:Today|Tonight|Yesterday|Earlier|Later)\s+)?"
    r"[Ii]n\s+|^(?![^\n]{0,40}\n))"
    # "Dar es Salaam", "Rio de Janeiro": a lowercase particle inside a place's name; a
    # line that is only a heading ("Russia" over a briefing's section) places no one
    r"(?P<c>[A-Z][\w\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w\-]*)?)",
    re.M,
)


# "A invited B to visit Singapore", "B accepted an invitation to visit X": a visit asked
# for, someone else's and still to come, takes no one there (not "at the invitation of
# President B, A is to visit X", the visit the text is about)
_INVITED_TO = re.compile(r"\binvit(?:e|es|ed|ing|ations?(?!\s+of\b))\b[^.;]{0,80}?\bto\s+$")


_VISITOR_IN = re.compile(
    # ("will lead a delegation to Ha Noi": as _visits_home reads it)
    r"\b(?:(?:be|is|are|arrive[sd]?|arriving)\s+in|visit(?:ed|s|ing)?(?:\s+to)?|delegation\s+to|"
    r"visit\s+of\s+[^.;]{0,80}?\s+to)\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
)


def _met_object(text: str, p: Person) -> bool:
    """Is p the one met: the object of met, spoke to, hosts ..., or of "held talks with"?
    (Or an item of a list of titled names that is that object: "met with Minister A,
    Director of the X Office B, and Special Envoy for Y C".)"""
    start = p.first[0]
    if _MET_OBJECT.search(text[max(0, start - 120) : start]) or _WITH_OBJECT.search(
        text[max(0, start - 200) : start]
    ):
        return True
    head = _list_head(text, start)
    verb = head is not None and _MET_OBJECT.search(text[max(0, head - 120) : head])
    # (the list is the verb's object: not "the meeting between the Commander of the X, A")
    return bool(verb) and not re.match(r"\w+\s+between\b", verb.group(0))


# a word of a list of titled names: capitalised words (initials and "U.S." with their dots),
# the small words of titles and names, a comma after any of them
_LIST_WORD = re.compile(
    r"(?:(?:[A-Z]\.)+|(?:Mr|Ms|Mrs|Dr)\.|[A-Z][\w\-’']*|of|for|the|and|on|to|de|da|del|al|bin)"
    r",?"
)


def _list_head(text: str, start: int) -> int | None:
    """Where a list of titled names that runs up to `start` opens, when there is one (the
    words back from `start` are all names' and titles' words, and a comma sets items
    apart), else None."""
    lo = max(0, start - 400)
    head, commas = None, 0
    for m in reversed(list(re.finditer(r"\S+", text[lo:start]))):
        if not _LIST_WORD.fullmatch(m.group(0)):
            break
        head = lo + m.start()
        commas += m.group(0).endswith(",")
    return head if commas and head is not None and head < start else None


def _host_of_visitor(text: str, p: Person, home: str, persons) -> bool:
    """ "Japan's Prime Minister A will be in Oslo for talks with Prime Minister B", "the
    visit of A to Oslo, during which he held talks with B": is p (B) met by a foreign
    visitor in a home place (or a place the text does not place)? The visitor is the one
    named last before the place ("President C informed D that A will lead a delegation to
    X ... with B": A)."""
    start = p.first[0]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence = ends[-1] if ends else 0
    visited = _VISITOR_IN.search(text, sentence, start)
    if not visited:
        return False
    visitor = max(
        (q for q in persons if q is not p and sentence <= q.first[0] < visited.start("c")),
        key=lambda q: q.first[0],
        default=None,
    )
    place = visited.group("c")
    return bool(
        visitor
        and visitor.country
        and visitor.country != home
        and (_unquoted_place(place) or country_of_word(place.split()[0])) in (home, None)
    )


# a line's first words that are no dateline (whose place ends at a comma or a dash: "NAIROBI,
# May 3 -"): "The Uzbek delegation", "Kenyan officials said"
_NO_DATELINE = re.compile(r"(?:The|the)\s|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]+[a-z]")


def _met_abroad(text: str, p: Person, home: str, persons=()) -> str | None:
    """ "A travelled to Tunis ..., where they met President B", "during a visit to Lima ...
    paid a courtesy call on President B": the one met, whom nothing else places, is of the
    foreign country the text last took the traveller to (a place after "visit to",
    "travelled to", "arrived in" ..., or a dateline); with no such place, of the foreign
    country named nearest ("... of Brazil. A will host Foreign Minister B"). The one met is
    the object of the verb (met, spoke to, hosts, welcomed, received ...). None when the one
    met is a foreign visitor at a home place, or the place is the subject's own country."""
    start = p.first[0]
    if not _met_object(text, p):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    subject = next(
        (q for q in persons if q is not p and (ends[-1] if ends else 0) <= q.first[0] < start), None
    )
    if _host_of_visitor(text, p, home, persons):
        return None
    lo = max(0, start - 1500)
    best = None
    for m in _PLACE_BEFORE.finditer(text, lo, start):
        if _acronym_title(m.group("c").split()):
            continue
        if m.start("c") == m.start() and _NO_DATELINE.match(text, m.start()):
            continue  # "The Uzbek delegation, led by ...": a text's first words, no dateline
        code = country_of_word(m.group("c")) or country_of_word(m.group("c").split()[0])
        if (
            code
            and code != "EU"
            and not _INVITED_TO.search(text, max(lo, m.start() - 100), m.start())
        ):
            best = code
    if best and best == _subject_country(text, start, ends[-1] if ends else 0, subject):
        # "During his stay, the Nigerian Minister also met with the Minister of Agriculture,
        # B", after a visit to Abuja recalled: the one a foreigner meets is not of the
        # foreigner's own country, so the place read is not where they met
        return None
    if best:
        return best if best != home else None
    # "A spoke with Foreign Minister B" after "Peru"; with no foreign country near, and a
    # home subject, the one the text is about ("Minister A will meet Foreign Minister B");
    # but a foreign subject's own country, near as it is, is not the one met's ("Ghana's
    # Minister A held talks with Deputy Secretary B": B is left to the home)
    # (the subject may be one named again by surname, before the first mention of another:
    # "This afternoon, PM Wong will call on President of the Senate B and President C")
    sentence = ends[-1] if ends else 0
    again = _named_again(text, persons, p, sentence, subject.first[0] if subject else start)
    at = again[0] if again else subject.first[0] if subject else start
    subject = again[1] if again else subject
    # (nor is a third country named near, with no place for the meeting: "During his visit,
    # Minister A also met Minister B", A a foreign guest, after "A and C last met in X")
    near = _nearest_foreign(text, start, home)
    if (
        near
        and subject is not None
        and subject.country not in (None, home)
        and not _MET_OBJECT.search(text[max(0, at - 120) : at])
    ):
        return None
    if near:
        return near
    return _main_foreign(text, home) if subject is not None and subject.country == home else None


# the place a clause sets its meeting in: "In Tashkent he met A; in Oslo he met B", "travelled
# to Athens, where he met A, and then to Wellington, where he met B", "During the visit to
# Kenya, A met the host, B" (the place's word is a capital or a country, "the" allowed)
_CLAUSE_PLACE = re.compile(
    r"(?:(?:^|(?<=[.;!?]\s)|(?<=[.;!?]\s\s))[Ii]n|\b(?:visit|trip|tour|travel\w*|went|flew|then"
    r"|on)\s+to|\bvisit(?:ing|ed|s)?|\b(?:arrived|arriving|arrives|stop\w*)\s+in)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w’'\-]*)?)"
)
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s+(?:and\s+)?then\b|,\s+where\b")
# the one a clause's subject deals with, besides the one met (`_MET_OBJECT`): "greeted by B",
# "thanked B", "presented his credentials to B", "called on B"
_DEALT_WITH = re.compile(
    r"\b(?:(?:received|welcomed|hosted|greeted)\s+by|thank(?:s|ed|ing)?|called\s+on"
    r"|presented\s+(?:[a-z]+\s+){0,5}?to)\s+(?:the\s+)?$"
)
# a place after the one met, in the same sentence: "met B in Addis Ababa", "thanked B for the
# hospitality during the visit to Tonga" (not the venue of a multilateral meeting: the
# sentence names none)
_PLACE_AFTER = re.compile(
    r"[^.;:!?]{0,120}?\b(?:in|(?:visit|trip)\s+to)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w’'\-]*)?)"
)
_MULTILATERAL = re.compile(
    r"\b(?:sidelines?|margins?|summit|conference|forum|General\s+Assembly|ministerial|"
    r"multilateral|trilateral|session|plenary)\b",
    re.I,
)


_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?")


def _without_venues(text: str, p: Person) -> str:
    """The text with the places of p's sentence blanked when the sentence is about a
    multilateral meeting (its venue is no participant's country)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 400), p.first[0])]
    lo = ends[-1] if ends else 0
    end = _SENTENCE_END.search(text, p.first[1])
    hi = end.start() if end else len(text)
    if not _MULTILATERAL.search(text, lo, hi):
        return text
    blank = _VENUE.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    return text[:lo] + blank + text[hi:]


_HOST_APPOSITION = re.compile(r"\b(?:the|our|their|his|her)\s+hosts?,\s+$", re.I)
_PLACE_WORD = re.compile(
    r"\b(?:in|to)\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?"
    r"[A-Z][\w’'\-]*)?)"
)


def _host_of_meeting(text: str, p: Person) -> str | None:
    """ "Ministers of X, Y and Z met in Tokyo. ... the host, Foreign Minister C, welcomed
    it": the one a text calls the host is of the place named last before (the home's too)."""
    start = p.first[0]
    if not _HOST_APPOSITION.search(text, max(0, start - 20), start):
        return None
    code = None
    for m in _PLACE_WORD.finditer(text, max(0, start - 600), start):
        code = _place_code(m.group("c")) or code
    return code if code != "EU" else None


def _place_code(place: str) -> str | None:
    return _unquoted_place(place) or country_of_word(place) or country_of_word(place.split()[0])


def _clause_place(text: str, p: Person, home: str) -> str | None:
    """Host-visitor logic by clause: the one met (the object of met, received, held talks
    with, thanked ...) whom nothing else places is of the foreign country the clause sets
    the meeting in: the last place before p in its clause, or else in the clause before it
    when that clause only leads to this one ("travelled to X, where he met A"), or else the
    first place after p in its sentence ("met A in X"), unless the sentence is about a
    multilateral meeting (whose venue is no one's country)."""
    start = p.first[0]
    if not _met_object(text, p) and not _DEALT_WITH.search(text, max(0, start - 120), start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence = ends[-1] if ends else 0
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, sentence, start)]
    clause = breaks[-1] if breaks else sentence
    lead = breaks[-2] if len(breaks) > 1 else sentence
    for lo in (clause, lead) if text[clause : clause + 7].startswith(", where") else (clause,):
        places = [
            m
            for m in _CLAUSE_PLACE.finditer(text, lo, start)
            if not _INVITED_TO.search(text, max(0, m.start() - 100), m.start())
        ]
        if places:
            code = _place_code(places[-1].group("c"))
            return code if code and code not in (home, "EU") else None
    after = _PLACE_AFTER.match(text, p.first[1])
    if after and _TOPIC_BEFORE.search(text, max(0, after.start("c") - 40), after.start("c")):
        after = None  # "spoke with A about the situation in X": a topic, no venue
    end = _SENTENCE_END.search(text, p.first[1])
    if after and not _MULTILATERAL.search(text, sentence, end.start() if end else len(text)):
        code = _place_code(after.group("c"))
        return code if code and code not in (home, "EU") else None
    return None


def _named_again(text: str, persons, p: Person, lo: int, hi: int) -> tuple[int, Person] | None:
    """(where, who): the placed person other than p whose surname stands first between lo
    and hi."""
    best = None
    for q in persons:
        s = q.surname if q is not p and q.country else ""
        at = text.find(s, lo, hi) if len(s) > 1 else -1
        while at >= 0 and not (
            _at_boundary(text, at) and not _in_word(text[at + len(s) : at + len(s) + 1])
        ):
            at = text.find(s, at + 1, hi)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, q)
    return best


# Words a per-person pattern needs before it can match: a text without them skips the
# pattern, whose names make it new to the re cache each time (compiling them was a quarter
# of extraction's time).
_VISIT_OF_NAME = re.compile(r"[’']s\s+(?:[a-z]+\s+)?visit|\s+to\s+visit")
_GOES_TO = re.compile(
    r"\b(?:lead|leads|led|travel|travels|travelled|traveled|come|comes|came)\s+"
    r"(?:a\s+(?:[\w\-]+\s+)?delegation\s+)?to\s"
)
_WELCOMED = re.compile(r"\bwelcom(?:e|es|ed|ing)\s")
_INVITATION = re.compile(r"\b[Aa]t\s+the\s+invitation\s+of\s")
_HOSTED_THERE = re.compile(r",\s+which\s|\bhosted\s+by\s|,\s+where\s|\bto\s+see\s")
_LAST_LEG = re.compile(r"\b(?:wraps?\s+up|ends|finishes|concludes)\s")


def _said(p: Person) -> set[str]:
    """The names a person is mentioned by, which per-person patterns look for."""
    return {n for n in {p.name, p.surname, *p.aliases} if n}


def _alternation(names: set[str]) -> str:
    """The names as one alternation, the longest first (in a fixed order)."""
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


def _matches(pattern: str, text: str, gate: bool):
    """The matches of a per-person pattern (slow to compile), looked for only when its gate,
    cheap tests of the text and of the words next to the names, holds."""
    return re.finditer(pattern, text) if gate else ()


@lru_cache(maxsize=64)
def _has(needed: re.Pattern, text: str) -> bool:
    """Does the text have it? (Asked once a text, not once a person.)"""
    return needed.search(text) is not None
def _subject_country(text: str, at: int, sentence: int, subject) -> str | None:
    """The country of the one who meets, named in the sentence before `at` by an office with
    a demonym ("the Nigerian Minister"), no person named there first."""
    if subject is not None:
        return None
    dem = re.search(
        r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<dem>[A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+){0,3}?"
        r"(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Dd]elegation|[Ee]nvoy|[Pp]remier)\b",
        text[sentence:at],
    )
    return country_of_word(dem.group("dem")) if dem else None


# what follows the names in two of _visits_home's patterns: "A will lead", "A travelled",
# and "[welcomed] A to X"
_GOES_AFTER_NAME = re.compile(
    r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:lead|leads|led|travel|travels|travelled|"
    r"traveled|come|comes|came)\s"
)
_TO_AFTER_NAME = re.compile(r"\s+to\s+[A-Z]")


def _name_followed_by(regex: re.Pattern, text: str, names: set[str]) -> bool:
    """Does `regex` match right after a place where one of the names stands? A per-person
    pattern with it after the names can match nowhere else: a cheap test before the slow
    compiling of one."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            if regex.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False


def _visits_home(text: str, p: Person, home: str | None) -> bool:
    """ "President Widodo's state visit to Australia", "invited President Duda to visit
    Germany": a person who visits the home country is foreign to it."""
    if not home:
        return False
    said = _said(p)
    names = _alternation(said)
    # (each per-person pattern is compiled only when what follows the names in it follows
    # one of them in the text)
    for m in _matches(
        rf"\b(?:{names})(?:[’']s\s+(?:[a-z]+\s+)?visit|\s+to\s+visit)\s+(?:to\s+)?"
        r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _name_followed_by(_VISIT_OF_NAME, text, said),
    ):
        if country_of_word(m.group("c")) == home:
            return True
    # "A will lead a delegation to Hanoi", "A will travel to Hanoi": a visitor of the home
    for m in _matches(
        rf"\b(?:{names})\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:lead|leads|led|"
        r"travel|travels|travelled|traveled|come|comes|came)\s+(?:a\s+(?:[\w\-]+\s+)?"
        r"delegation\s+)?to\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _has(_GOES_TO, text) and _name_followed_by(_GOES_AFTER_NAME, text, said),
    ):
        if any(country_of_word(w) == home for w in (m.group("c"), m.group("c").split()[0])):
            return True
    # "A welcomed President B to Canberra": the one welcomed to a home place is a visitor
    for m in _matches(
        rf"\bwelcom(?:e|es|ed|ing)\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\s+"
        r"to\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _has(_WELCOMED, text) and _name_followed_by(_TO_AFTER_NAME, text, said),
    ):
        if (
            country_of_word(m.group("c")) == home
            or country_of_word(m.group("c").split()[0]) == home
        ):
            return True
    return False


# The beginnings of _destination_of's pattern: "the visit to X that ...", "the visit of ..."
# (a text without them skips those parts), and what follows the name in "A's visit to X",
# "A will visit X" (looked for right after each place a name stands): when neither is there,
# the per-person pattern, slow to compile, cannot match.
_VISIT_TO_THAT = re.compile(
    r"\b(?:visit|trip)\s+to\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:that|which)\s"
    r"|\b(?:visit|trip)\s+of\s"
)
_VISIT_AFTER_NAME = re.compile(
    r"[’']s\s+(?:[a-z]+\s+)?(?:visit|trip)\s+to|\s+(?:will\s+|to\s+)?(?:visit(?:s|ed)?|"
    r"travel(?:s|led|ed)?\s+to)"
)


def _may_travel(text: str, names: set[str]) -> bool:
    """Can _destination_of's pattern match: is a part of it that names no one in the text?"""
    return _has(_VISIT_TO_THAT, text) or _name_followed_by(_VISIT_AFTER_NAME, text, names)


# what stands right before the host's name in _host_of_visit's hosting pattern: ", which",
# "hosted by", ", where" or "to see", and title words
_BEFORE_HOST = re.compile(
    r"(?:,\s+which\s+|\bhosted\s+by\s+|,\s+where\s+|\bto\s+see\s+)"
    r"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)


# what stands right before the inviter's name in _host_of_visit's two invitation patterns
# ("at the invitation of Prime Minister A"), and before the host's in its last leg's ("wraps
# up in Santo Domingo with President A")
_BEFORE_INVITER = re.compile(
    r"\b[Aa]t\s+the\s+invitation\s+of\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)
_BEFORE_LAST_HOST = re.compile(
    r"\b(?:wraps?\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+(?:trip|tour|journey)"
    r"\s+)?in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+with\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)


def _ends_before_name(regex: re.Pattern, text: str, names: set[str]) -> bool:
    """Does `regex` (ending in $) match up to a place where one of the names stands? A
    per-person pattern with it before the names can match nowhere else: a cheap test before
    the slow compiling of one."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            if regex.search(text, 0, at):
                return True
            at = text.find(name, at + 1)
    return False


def _destination_of(text: str, p: Person) -> str | None:
    """The country a person travels to: "the visit to X that A will pay", "A will visit X",
    "A's visit to X", "A travelled to X"."""
    said = _said(p)
    if not _may_travel(text, said):
        return None
    names = _alternation(said)
    for m in re.finditer(
        r"\b(?:visit|trip)\s+to\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+"
        rf"(?:that|which)\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\b"
        rf"|\b(?:{names})(?:[’']s\s+(?:[a-z]+\s+)?(?:visit|trip)\s+to|\s+(?:will\s+|to\s+)?"
        r"(?:visit(?:s|ed)?|travel(?:s|led|ed)?\s+to))\s+(?:the\s+)?"
        r"(?P<d>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
        # "the visit of Prime Minister A to X"
        rf"|\b(?:visit|trip)\s+of\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\s+to\s+(?:the\s+)?"
        r"(?P<e>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
    ):
        if m.group("d") and _INVITATION_FROM.search(text, max(0, m.start() - 100), m.start()):
            continue  # "accepted an invitation from A to visit X": the one asked goes, not A
        words = m.group("c") or m.group("d") or m.group("e")
        code = country_of_word(words) or country_of_word(words.split()[0])
        if code:
            return code
    return None


# the source of an invitation right before a name: "an invitation from (Finance Minister) A"
_INVITATION_FROM = re.compile(
    r"\binvitations?\s+(?:(?:extended|issued|sent)\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.\-’']+\s+){0,6}$"
)


def _host_of_visit(text: str, p: Person) -> str | None:
    """ "At the invitation of Prime Minister A, B will visit Japan": the one who invites a
    visit is of the country visited (the first place after the verb in that sentence)."""
    said = _said(p)
    names = _alternation(said)
    # (each pattern compiled only when a name stands right after what precedes it there;
    # the text-wide test first, the search up to each name is slower)
    invited = _has(_INVITATION, text) and _ends_before_name(_BEFORE_INVITER, text, said)
    for m in _matches(
        r"\b[Aa]t\s+the\s+invitation\s+of\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+)"
        rf"{{0,5}}?(?:{names})\b",
        text,
        invited,
    ):
        end = _SENTENCE_END.search(text, m.end())
        clause = text[m.end() : end.start() if end else len(text)]
        place = re.search(
            r"\b(?:visit|travel\w*\s+to|arriv\w*\s+in)\s+(?:the\s+)?"
            r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
            clause,
        )
        if place:
            code = country_of_word(place.group("c")) or country_of_word(place.group("c").split()[0])
            if code:
                return code
    # "A will pay a state visit to Ghana from 12 to 14 May at the invitation of President B"
    for m in _matches(
        r"\b(?:visit(?:\s+to)?|travel\w*\s+to|arriv\w*\s+in)\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*"
        r"(?:\s+[A-Z][\w\-]*)?)[^.;]{0,80}?\bat\s+the\s+invitation\s+of\s+"
        rf"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){{0,5}}?(?:{names})\b",
        text,
        invited,
    ):
        code = country_of_word(m.group("c")) or country_of_word(m.group("c").split()[0])
        if code:
            return code
    # "travel to Reykjavik for the meeting of X, which Prime Minister A will host", "the
    # summit in Lima hosted by President A", "goes to Lima, where President A will host
    # him": the host is of the meeting's country
    title = r"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}?"
    for m in _matches(
        rf"\b(?:in|to)\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\b[^.;]{{0,80}}?"
        rf"(?:,\s+which\s+{title}(?:{names})\s+(?:will\s+)?host|\bhosted\s+by\s+{title}(?:{names})"
        # "he goes to San José, where President A will host him"
        rf"|,\s+where\s+{title}(?:{names})\s+(?:will\s+|would\s+)?(?:host|welcome|receive)s?"
        # "then to Kigali on Thursday to see President A"
        rf"|\bto\s+see\s+{title}(?:{names}))\b",
        text,
        _has(_HOSTED_THERE, text) and _ends_before_name(_BEFORE_HOST, text, said),
    ):
        code = country_of_word(m.group("c"))
        if code:
            return code
    # the itinerary's last leg: "and he wraps up in Santo Domingo with President A"
    for m in _matches(
        r"\b(?:wraps?\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+(?:trip|tour|journey)"
        rf"\s+)?in\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+with\s+{title}(?:{names})\b",
        text,
        _has(_LAST_LEG, text) and _ends_before_name(_BEFORE_LAST_HOST, text, said),
    ):
        code = country_of_word(m.group("c"))
        if code:
            return code
    return None


def _set(avoid) -> set:
    """Codes to avoid, given as one code or several."""
    return {avoid} if isinstance(avoid, str) else set(avoid or ())


def _held_elsewhere(p: Person, persons: list[Person]) -> set[str]:
    """The countries whose holder of p's one-holder office (a president, a prime minister)
    is another person of the text."""
    def heads(q: Person) -> set[str]:
        return {_state_head(t.split(" and ")[0]) for t in q.titles if t} & _ONE_HOLDER

    mine = heads(p)
    return {
        q.country for q in persons if q is not p and q.country and mine and mine & heads(q)
    }


def _main_foreign(text: str, home: str | None, avoid=None) -> str | None:
    """The country other than home that the text names most (a topic's, "the war in X",
    counting half: a party named as often is likelier a side)."""
    counts: dict[str, float] = {}
    for m in _COUNTRY_WORD.finditer(text):
        first = re.sub(r"[’']s$", "", m.group(0).split()[0])  # "Poland's presidency"
        code = (
            country_of_word(first)
            or country_of_word(re.sub(r"[’']s$", "", m.group(0)))  # "North Korea's"
            or (country_of_word(first.split("-")[0]) if "-" in first else None)
        )  # "Hungary-New"
        if code == "US" and _us_only_by_body(text, m.group(0)):
            continue  # "the Senate" in a text on Cambodia
        if code and code not in (home, "EU") and code not in _set(avoid):
            topic = _TOPIC_BEFORE.search(text, max(0, m.start() - 40), m.start())
            counts[code] = counts.get(code, 0) + (0.5 if topic else 1)
    return max(counts, key=counts.get) if counts else None


def _country_in_words(words: list[str]) -> str | None:
    """The country a run of capitalised words names, at its start or after a name
    ("Silva of Brazil", "President of Peru"): the longest run from the first place that
    names one; a country after the last "of" comes first ("the Communist Party of Vietnam")."""
    if "of" in words[1:]:
        k = len(words) - 1 - words[::-1].index("of")
        code = country_of_word(" ".join(words[k + 1 :]))
        if code:
            return code
    for i in range(len(words)):
        if words[i] == "of":
            continue
        for n in range(len(words) - i, 0, -1):
            code = country_of_word(" ".join(words[i : i + n]))
            if code:
                return code
    return None


def _acronym_title(words: list[str]) -> bool:
    """ "NSA Doval": an institution's acronym before a name is a title, not a country."""
    return (
        len(words) > 1
        and words[0].isupper()
        and words[0] in INSTITUTIONS
        and _is_name_token(words[1])
    )


def _nearest_foreign(text: str, at: int, home: str | None, pairs: bool = False) -> str | None:
    """The country other than `home` named nearest to `at` in its sentence or the one before
    (with `pairs`, also the other side of a hyphenated pair of demonyms)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    own = ends[-1] if ends else 0
    lo = ends[-2] if len(ends) > 1 else 0
    after = _SENTENCE_END.search(text, at)
    hi = after.start() if after else len(text)
    best = _nearest_in(text, at, home, pairs, lo, hi, own)
    if best and best[2] > at and _TOPIC_BEFORE.search(text, max(0, best[2] - 40), best[2]):
        # "spoke with A about the situation in X": what A talks about after being named is
        # no side of A's; a party named anywhere else is likelier
        other = _nearest_in(text, at, home, pairs, 0, len(text), own, avoid=best[1])
        if other:
            return other[1]
    return best[1] if best else None


# a country named as what is talked about, not as a party: "the situation in X", "the war in
# X", "the crisis in X"
_TOPIC_BEFORE = re.compile(
    r"\b(?:situation|war|crisis|conflict|developments|fighting|violence|elections?|peace"
    r"\s+process|humanitarian\s+situation)\s+(?:in|on)\s+(?:the\s+)?$"
)


def _nearest_in(text, at, home, pairs, lo, hi, own, avoid=None):
    """(distance, country, where) of the country other than `home` (and `avoid`) named
    nearest to `at` between lo and hi."""
    best = None
    for m in _COUNTRY_WORD.finditer(text, lo, hi):
        words = m.group(0).split()
        if _acronym_title(words):
            continue
        if text[max(0, m.start() - 3) : m.start()].lower() == "al-":
            continue  # "Ahmed Said al-Kuwaiti": a name's nisba, no country named
        if home and len(words) > 1 and country_of_word(re.sub(r"[’']s$", "", words[0])) == home:
            continue  # "China's Taiwan region", in China's text: a place the home claims
        code = _country_in_words(words)
        if code == "US" and _us_only_by_body(text, m.group(0)):
            continue  # "President of the Senate A" in a text on Cambodia
        if pairs and (not code or code == home):
            # "the Jordanian-Kuwaiti Joint Committee": the pair's other side
            code = next(
                (
                    c
                    for w in words
                    if "-" in w
                    for c in map(country_of_word, w.split("-"))
                    if c and c != home
                ),
                code,
            )
        if code and code != home and code != "EU" and code != avoid:
            d = abs(m.start() - at) + (0 if m.start() >= own else 400)
            if best is None or d < best[0]:
                best = (d, code, m.start())
    return best

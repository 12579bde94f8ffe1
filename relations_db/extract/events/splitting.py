"""Splitting one candidate into several events: coordinated participants ("met A and
B"), several destinations, joint imposers, guests of a host, per-destination visits,
groups of summits and several counterparts.
"""

from __future__ import annotations

import re

from ..temporal import find_dates
from .candidate import Candidate, clause_of
from .patterns import _AND_COUNTRY, _COORD, _COPY, _OFFICE, _PLACE, _REGIONS, _WHEN_WORD
from .places import _known_places, _longest_country, _place_after
from .sides import _two_leaders

# a passive reception whose agent's "by" is said again: "was received by A and by B",
# "will be welcomed by A and then by B": one reception by each (`_agents_each`)
_BY_AGAIN = re.compile(r"\s*,?\s+and\s+(?:then\s+|also\s+|later\s+)?by\s+")
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|hosted|greeted)\s+by\s+")


def _agents_each(c: Candidate, text: str, mentions) -> list:
    """The hosts of "received by A and by B" (the trigger's agent and the one the repeated
    "by" adds), who each receive the guest: two meetings, not one of the three."""
    base = c.sentence.start
    a = c.trigger[0] - base
    by = _RECEIVED_BY.match(text, a)
    if by is None:
        return []
    after = [m for m in mentions if m.start - base >= by.end() and m.person in c.persons]
    if len(after) < 2:
        return []
    first, second = after[0], after[1]
    # the first agent's own words (its title, an apposition) before the ", and by"
    gap = text[first.end - base : second.start - base]
    again = _BY_AGAIN.search(gap)
    if (
        again is None
        or first.person is second.person
        or not re.fullmatch(r"(?:[A-Z][\w.\-’']*\s+){0,6}", gap[again.end() :])
        or first.start - base - by.end() > 60
    ):
        return []
    return [first.person, second.person]


def _split_coordinated(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "visits by Secretary Yellen and Secretary Blinken": one visit per traveler."""
    if c.kind == "meeting" and not c.each and " by " in text:
        c.each = _agents_each(c, text, mentions)
    others = [p for p in c.persons if p not in c.each]
    if (
        c.kind == "meeting"
        and c.each
        and all(p in c.persons for p in c.each)
        and (len(others) == 1 or (not others and c.described))
    ):
        # (with two counterparts or more, "they will hold the 2+2 with A and B": together)
        out = []
        for p in c.each:  # "..., where they will meet C": one meeting per visitor
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons = [p, *others]
            twin.roles = {k: v for k, v in c.roles.items() if k in {x.key for x in twin.persons}}
            twin.evidence, twin.date_text = list(c.evidence), c.date_text
            twin.described, twin.visibility = list(c.described), c.visibility
            out.append(twin)
        return out
    if c.kind == "visit" and not c.persons and len(c.described) > 1:
        out = []
        for d in c.described:  # "both ambassadors will be in Geneva"
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.described, twin.evidence, twin.date_text = [d], list(c.evidence), c.date_text
            out.append(twin)
        return out
    if c.kind == "sanction" and (c.co_imposers or c.each):
        # one measure per imposer and per target: "The United Kingdom and Canada sanctioned A
        # and B" is four
        out = [c]
        for code in [c.imposer, *c.co_imposers]:
            for n, each in enumerate([c.target, *c.each]):
                if code == c.imposer and n == 0:
                    continue  # (the measure itself)
                twin = Candidate(**{k: getattr(c, k) for k in _COPY})
                twin.imposer, twin.evidence, twin.date_text = code, list(c.evidence), c.date_text
                if n == 0:
                    out.append(twin)  # (another imposer's, on the first target)
                    continue
                twin.target = each
                key = each.get("official")
                if key:
                    twin.persons = [m.person for m in mentions if m.person.key == key][:1]
                    twin.roles = {key: "target"}
                out.append(twin)
        return out
    if c.kind == "visit" and len(c.each) == 2 and c.persons[:1] == c.each[:1]:
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles = [c.each[1]], {c.each[1].key: "traveler"}
        twin.evidence, twin.date_text = list(c.evidence), c.date_text
        return [c, twin]  # "The two Secretaries will continue on to Manila": a visit each
    if c.kind != "visit" or not c.persons:
        return [c]
    base = c.sentence.start
    own = [m for m in mentions if m.person is c.persons[0]]
    if not own:
        return [c]
    out = [c]
    last = own[0]
    for m in mentions:
        if m.start <= last.start or m.person in [x.persons[0] for x in out]:
            continue
        gap = text[last.end - base : m.start - base]
        if not _COORD.fullmatch(gap):
            break
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
        twin.evidence = [(min(c.evidence[0][0], m.start), max(c.evidence[0][1], m.end))]
        out.append(twin)
        last = m
    first = own[0]
    if first.start < c.trigger[0] and _SUBJECT_GAP.fullmatch(
        text[first.end - base : c.trigger[0] - base]
    ):
        # "Secretary A and Secretary B will travel to X": the subject's earlier conjuncts too
        for m in reversed([m for m in mentions if m.end <= first.start]):
            if m.person in [x.persons[0] for x in out] or m.person.country == c.place_country:
                break
            if not _COORD.fullmatch(text[m.end - base : first.start - base]):
                break
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
            twin.evidence = [(min(c.evidence[0][0], m.start), max(c.evidence[0][1], m.end))]
            twin.date_text = c.date_text
            out.append(twin)
            first = m
    lo, hi = clause_of(text, c.trigger[0] - base, c.trigger[1] - base)
    along = _ALONG_WITH.search(text, c.trigger[1] - base, hi)
    if along and len(out) == 1:
        # "A travelled to Tunis together with B and C": B and C travel too
        for m in mentions:
            if (
                m.start - base < along.end()
                or m.start - base >= hi
                or m.person in [x.persons[0] for x in out]
                or m.person.country == c.place_country
            ):
                continue
            gap = (
                text[along.end() : m.start - base]
                if len(out) == 1
                else text[last.end - base : m.start - base]
            )
            if not (len(out) == 1 and _TITLE_WORDS_ONLY.fullmatch(gap) or _COORD.fullmatch(gap)):
                break
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
            twin.evidence = [(c.evidence[0][0], max(c.evidence[0][1], m.end))]
            twin.date_text = c.date_text
            out.append(twin)
            last = m
    return out


# between a subject and its verb: "A and B will then travel to", "A and B visited"
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:will|would|shall|also|then|both|jointly|together|are|were|"
    r"is|was|have|has|had|to|due|set|scheduled|expected)\s+)*"
)
_TITLE_WORDS_ONLY = re.compile(r"(?:(?:the\s+)?[A-Z][\w.\-’']*\s+|of\s+|the\s+)*")
_ALONG_WITH = re.compile(r"\b(?:together\s+with|along\s+with|accompanied\s+by|joined\s+by)\s+")


def _split_destinations(c: Candidate, text: str) -> list[Candidate]:
    """ "trips to Japan and the Republic of Korea": one visit per destination country."""
    if c.kind != "visit" or not c.place_country:
        return [c]
    base = c.sentence.start
    out = [c]
    m = next(  # (past a region a tour is "of": "a tour of Southeast Asia, with stops in X")
        (
            x
            for x in _PLACE.finditer(text, c.trigger[0] - base)
            if x.group("place") == c.place
            or (x.group("place") not in _REGIONS and _longest_country(x.group("place")))
            or x.group("place") in _known_places()
        ),
        None,
    )
    pos = m.end("place") if m else None
    if c.place and (not m or m.group("place") != c.place):
        return [c]
    while pos is not None:
        nxt = _AND_COUNTRY.match(text, pos)
        if not nxt:
            break
        place = None
        code = None if c.place else _longest_country(nxt.group("c"))
        if c.place:  # "travel to Abu Dhabi and Hong Kong": towns, one visit per country
            words = nxt.group("c").split()
            place = next(
                (
                    " ".join(words[:n])
                    for n in range(len(words), 0, -1)
                    if " ".join(words[:n]) in _known_places()
                ),
                None,
            )
            code = _known_places().get(place) if place else None
        if not code or code in [x.place_country for x in out]:
            break
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.described = list(c.described)
        twin.place, twin.place_country = place, code
        twin.date_text = c.date_text  # ("a tour of X and Y next week": each stop's words)
        out.append(twin)
        pos = nxt.end()
    return out


_HOSTS = re.compile(r"^(?:welcom|host|receiv)", re.I)

# the noun "welcome" after its determiner ("was given a ceremonial welcome", "the warm
# welcome"): a welcome received, not "A welcomed B" (its adjectives in lower case; not
# "the King will welcome B")
_WELCOME_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+"
    r"(?:(?!(?:will|would|to|shall|can|could|may|might|must|also|then|not)\b)[a-z][\w\-]*\s+){0,2}$"
)


_JOINT_SUBJECT = re.compile(
    r"\s*(?:They|The\s+two\s+(?:leaders|sides|countries|governments)|"
    r"Both\s+(?:leaders|sides|countries|governments))\b"
)


def _joint_imposers(c: Candidate, text: str, recent) -> list[Candidate]:
    """ "They (the two leaders) resolved to impose costs on X": each one's country imposes."""
    if c.kind != "sanction" or not _JOINT_SUBJECT.match(text):
        return []
    pair = _two_leaders(recent)
    codes = [p.country for p in pair if p.country]
    if len(codes) < 2:
        return []
    target = (c.target or {}).get("country")
    if c.imposer not in codes:
        c.imposer = codes[-1]
    out = []
    for code in codes:
        if code in (c.imposer, target):
            continue
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.target, twin.imposer, twin.evidence = c.target, code, list(c.evidence)
        twin.persons, twin.roles = list(c.persons), dict(c.roles)
        out.append(twin)
    return out


# a past passive of hosting, up to its verb: "A was received by B", "were welcomed by"
_PASSIVE_HOST = re.compile(r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?(?=(?:welcom|receiv))")
_RESIDENT_ENVOY = re.compile(r"\b(?:Ambassador|Charg|Envoy|High\s+Commissioner)")


def _received_guests(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "A was received by President B in X": A, from another country, visits B's country
    (or the place named), at the meeting's date and status; B hosts. Only held receptions
    ("was received"), the subject before the verb, the host the first person after it."""
    host = next((m.person for m in mentions if m.start >= c.trigger[1] and m.person in c.persons),
                None)
    if host is None or not host.country:
        return []
    out = []
    for m in mentions:
        p = m.person
        if m.end > c.trigger[0] or p not in c.persons or not p.country or p.country == host.country:
            continue
        if any(_RESIDENT_ENVOY.search(t) for t in p.titles) or any(x.persons[0] is p for x in out):
            continue  # (a resident envoy makes no visit)
        v = Candidate("visit", None, c.sentence, c.trigger)
        for k in ("date", "date_text", "status", "tense", "visibility"):
            setattr(v, k, getattr(c, k))
        v.persons, v.roles = [p, host], {p.key: "traveler", host.key: "host"}
        v.place_country = c.place_country or host.country
        v.place = c.place if c.place_country in (None, host.country) else None
        v.evidence = [(min(c.trigger[0], m.start), c.trigger[1])]
        out.append(v)
    return out


def _guest_visits(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "X welcomed / hosted / received Y": Y, from another country, visits X's country (or
    the place named), at the meeting's date and status."""
    word = text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
    if c.kind == "meeting" and _HOSTS.match(word) and c.persons and _PASSIVE_HOST.search(
        text, max(0, c.trigger[0] - c.sentence.start - 22), c.trigger[1] - c.sentence.start
    ):
        return _received_guests(c, text, mentions)
    if (
        c.kind != "meeting"
        or not _HOSTS.match(word)
        or not c.persons
        or re.match(r"\s*by\b", text[c.trigger[1] - c.sentence.start :])
        or re.search(r"\bby$", word)  # "was received in audience by King A"
        or (
            word.strip().lower() == "welcome"
            and _WELCOME_NOUN.search(text, 0, c.trigger[0] - c.sentence.start)
        )
    ):
        return []  # "he'll be welcomed by A": A is the host, the subject the guest
    host = next(
        (m.person for m in reversed(mentions) if m.end <= c.trigger[0] and m.person in c.persons),
        None,
    )
    home = (
        host.country
        if host
        else next(  # "The President will host President Z": unnamed
            (
                d["country"]
                for d in c.described
                if d.get("country") and _OFFICE.fullmatch(d.get("description", ""))
            ),
            None,
        )
    )
    if not home:
        return []
    out = []
    for m in mentions:
        p = m.person
        if m.start < c.trigger[1] or p not in c.persons or not p.country or p.country == home:
            continue
        if any(re.search(r"\b(?:Ambassador|Charg|Envoy|High\s+Commissioner)", t) for t in p.titles):
            continue  # "received the Ambassador of Japan": resident, no visit
        if any(x.persons[0] is p for x in out):
            continue
        v = Candidate("visit", None, c.sentence, c.trigger)
        for k in ("date", "date_text", "status", "tense", "visibility"):
            setattr(v, k, getattr(c, k))
        v.persons, v.roles = [p], {p.key: "traveler"}
        if host is not None and host.country == home:  # the one who hosts is the visit's host
            v.persons.append(host)
            v.roles[host.key] = "host"
        v.place_country = c.place_country or home
        v.place = c.place if c.place_country in (None, home) else None
        v.evidence = [(min(c.trigger[0], m.start), max(c.trigger[1], m.end))]
        out.append(v)
    return out


_GROUPS_AND = re.compile(r"(?P<x>[A-Z][\w+\-]*)\s+and\s+(?P<y>[A-Z][\w+\-]*)\s+[Ss]ummits\b")


def _per_destination(c: Candidate) -> list[Candidate]:
    """A meeting "in each country" of a trip: one per destination, with its counterparts."""
    if len(c.destinations) < 2:
        if c.destinations and not c.place_country:
            c.place_country = c.destinations[0]
        return [c]
    out = []
    for code in c.destinations:
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.date_text = c.date_text
        twin.described = [
            d for d in c.described if not d.get("description", "").endswith(" counterparts")
        ] + [{"description": f"{code} counterparts", "country": code}]
        twin.place_country = code
        out.append(twin)
    return out


def _split_groups(c: Candidate, text: str) -> list[Candidate]:
    """ "the G7 and NATO Summits": one summit per group."""
    base = c.sentence.start
    m = _GROUPS_AND.search(text, max(0, c.trigger[0] - base - 40), c.trigger[1] - base)
    if c.kind != "meeting" or not m:
        return [c]
    out = []
    for name in (m.group("x"), m.group("y")):
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.described = [
            d for d in c.described if "leaders" not in d.get("description", "") or d.get("country")
        ] + [{"description": f"{name} leaders"}]
        twin.date_text = c.date_text
        out.append(twin)
    return out


_AND_DESCRIBED = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*)?"
    # (not a relative clause's subject: "a meeting with A, which officials had said ...")
    r"(?:,\s*|,?\s+and\s+)(?!(?:which|who|whom|whose|that)\b)"
    # (not "B and his delegation": B's own, in B's meeting)
    r"(?!(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:delegation|team)\b)"
    r"(?P<d>(?:the\s+|other\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:officials|leaders|counterparts|ministers|delegation|team))\b"
)
# (any meeting "of three/four/more": trilateral, quadrilateral, tripartite, four-way, a
# three-nation or five-party meeting)
_MANY_PARTIES = (
    r"(?:tri|quadri|multi|pluri|mini)lateral(?:ly)?|(?:tri|quadri|quadru)partite|"
    r"(?:three|four|five|six)[\s\-](?:way|nation|country|party|power)"
)
_TOGETHER = re.compile(
    r"\b(?:together|jointly|" + _MANY_PARTIES + r"|joint|all\s+"
    r"(?:three|four|five|of\s+them)|each\s+other)\b",
    re.I,
)


# meetings whose form gathers everyone listed after "with" at once
_GROUP_FORMAT = re.compile(
    r"video|virtual|conference|2\s*\+\s*2|two[\s\-]plus[\s\-]two|summit|"
    r"ministerial|round[\s\-]?table|" + _MANY_PARTIES,
    re.I,
)


_FOR_GROUP = re.compile(
    r"\bfor\s+(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){0,4}?(?:2\s*\+\s*2|two[\s\-]plus[\s\-]two|"
    r"summit|ministerial|round[\s\-]?table|" + _MANY_PARTIES + r")",
    re.I,
)
_THREE_PARTY = re.compile(r"(?<![\w\-])(?:[A-Z][\w.]*[\-–]){2,}[A-Z][\w.]*(?![\w\-])")


# a meeting verb whose object is the counterpart itself, no "with" between
# verbs whose object is the counterpart: "met A and B", "hosted A, B and C", "received A and
# B" (a meeting with each, as after "with")
_BARE_OBJECT_VERB = re.compile(
    r"(?i:meet|meets|met|call(?:ed|s|ing)?\s+on|receiv(?:e|es|ed|ing))\s*"
)
# ("will host A and B", as a mediator hosts two leaders, is one meeting of the three: a host's
# list is split only where the text says so, as "separately")
# a list received "for a meeting of the four defence ministers", "for a joint session": one
_JOINT_AFTER = re.compile(
    r"\b(?:for|at|to)\s+(?:a|an|the|their)\s+(?:[\w\-]+\s+){0,4}?(?:meeting|summit|talks|dinner|"
    r"lunch(?:eon)?|ministerial|conference|gathering|session|trilateral|quadrilateral)\b|"
    r"\b(?:three|four|five|six)\s+(?:[\w\-]+\s+){0,2}(?:ministers|leaders)\b",
    re.I,
)


def _split_counterparts(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "He will meet with Prime Minister A and Foreign Minister B": one meeting per
    counterpart of a list after "with" (annotation.md), unless the text says they met
    together."""
    if c.kind != "meeting":
        return [c]
    base = c.sentence.start
    b = c.trigger[1] - base
    lo, hi = clause_of(text, c.trigger[0] - base, b)
    own = {p.country for p in c.persons}
    pair = [d for d in c.described if d.get("pair") and d.get("country") not in own]
    if (
        c.persons
        and len(pair) >= 2
        and not _TOGETHER.search(text, lo, hi)
        and not _GROUP_FORMAT.search(text, c.trigger[0] - base, b)
    ):
        # "A spoke with Brazilian and Colombian officials": one meeting per counterpart
        out = []
        for d in pair:
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = list(c.persons), dict(c.roles)
            twin.described = [x for x in c.described if x not in pair] + [d]
            twin.evidence, twin.date_text = list(c.evidence), c.date_text
            out.append(twin)
        return out
    if len(c.persons) < 2:
        return [c]
    with_ = re.match(
        r"(?:\s+(?:yesterday|today|again|separately|also|earlier|later|by\s+(?:tele)?phone"
        r"|(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night)|on\s+[A-Z]\w+day))*"
        r"\s+with\s+",
        text[b:],
    )  # "spoke yesterday with A and with B", "spoke by phone this evening with A and B"
    if not with_ and _BARE_OBJECT_VERB.fullmatch(text[c.trigger[0] - base : b]):
        # "he will meet Prime Minister A and Minister B", "she will call on the Speaker, A,
        # and the President of the Senate, B": a courtesy call on each
        with_ = re.match(r"\s*", text[b:])
        if re.match(r"(?i)receiv", text[c.trigger[0] - base :]) and _JOINT_AFTER.search(
            text, b, hi
        ):
            with_ = None
    inside = not with_ and re.search(r"\bwith\s*$", text[c.trigger[0] - base : b])
    if inside:
        with_ = re.match(r"\s*", text[b:])  # "spoke separately with A and B": "with" in the trigger
    if (
        not with_
        or _TOGETHER.search(text, lo, hi)
        or _GROUP_FORMAT.search(text[c.trigger[0] - base : b])
        # "met C and D in Kyiv for the inaugural 2+2 dialogue", "received B and C for a
        # three-way meeting": the gathering they were met for holds them all
        or _FOR_GROUP.search(text, b, hi)
        # "held a Japan-U.S.-ROK Foreign Ministers' telephone talk with A and B": three
        # parties named in the event's name
        or _THREE_PARTY.search(text, max(lo, c.trigger[0] - base - 60), c.trigger[0] - base)
    ):
        return [c]  # "a video call with A and B", "hold the 2+2 with A and B": one meeting
    start = b + with_.end()
    listed, pos = [], start
    spans: list[list[int]] = []  # after each listed person, up to the next: its own place
    for m in mentions:
        if m.start - base < pos:
            continue
        gap = text[pos : m.start - base]
        if listed and not re.fullmatch(
            # ("... Prime Minister Samdech A B and C": the end of a name not taken in)
            r"(?:\s+(?-i:[A-Z])[\w\-’']*){0,4}"
            # "met A in Washington and B in Detroit": each counterpart's own place
            r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){0,3})?"
            r"(?:,\s*|,?\s+and\s+)"
            # "meet with President A and then hold talks with B": a second verb, same subject
            r"(?:then\s+(?:(?-i:[a-z])+\s+){1,3}(?=with\s))?(?:with\s+)?"
            # "and with Hungary's Minister, A", ", Minister for Trade and Industry B"
            r"(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+|for\s+|and\s+(?=(?-i:[A-Z])))*"
            # ("Prime Minister A of the Philippines and Prime Minister B of Peru")
            r"|(?:\s+of\s+(?:the\s+)?[A-Z][\w\s]*?|,\s+of\s+(?:the\s+)?[A-Z][\w\s]*?)"
            # "... of Barbados, and with the Secretary of State of the United States, B"
            r"(?:,\s*|,?\s+and\s+)(?:with\s+)?(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+)*",
            gap,
        ):
            break
        if not listed and not re.fullmatch(
            r"(?:(?:his|her|their)\s+(?:[A-Z][\w\-]*\s+)?"
            r"counterparts?,?\s+)?"
            # "with Mr. A, Chief of X and Mr. B, President of Y, ...": counterparts the text
            # names with a title after the name but not known as persons, before the first
            # one known
            r"(?:" + _UNKNOWN_ENTRY + r")*"
            # "with the Minister of Foreign Affairs of Poland, A, and with B": a title before
            # the name, set off by a comma
            # ("the Chair of the Caribbean Community, Prime Minister A": a title each side)
            r"(?:the\s+)?(?:[A-Z][\w.\-’']*\s+|of\s+|the\s+|for\s+|and\s+(?=(?-i:[A-Z])))*"
            r"(?:(?<=[a-z]\s)(?-i:[A-Z])[\w\-’']*,\s+"
            r"(?:(?-i:[A-Z])[\w.\-’']*\s+)*)?",
            gap,
        ):
            break
        if m.person in c.persons and m.person not in listed:
            listed.append(m.person)
            spans.append([m.end - base, hi])
            if len(spans) > 1:
                spans[-2][1] = m.start - base
        pos = m.end - base
    subjects = [p for p in c.persons if p not in listed]
    extra = _AND_DESCRIBED.match(text, pos) if listed and not inside else None
    if extra and len(listed) == 1 and subjects:
        # "met with President A and senior foreign policy officials": A, and the officials
        # (of A's country) in a meeting of their own
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons = list(subjects)
        twin.roles = {k: v for k, v in c.roles.items() if k in {q.key for q in subjects}}
        twin.described = [
            {
                "description": extra.group("d"),
                **({"country": listed[0].country} if listed[0].country else {}),
            }
        ]
        c.described = [d for d in c.described if d.get("description") != extra.group("d")]
        twin.evidence, twin.date_text = list(c.evidence), c.date_text
        return [c, twin]
    if len(listed) < 2 or (
        not subjects
        and not c.described
        # "X's engagements were bilateral meetings with A, of Y, and B, of Z": a plural
        # meeting noun and counterparts of as many countries, each met on their own by a
        # side the sentence does not name
        and not (
            _PLURAL_MEETINGS.search(text, c.trigger[0] - base, b)
            and len({p.country for p in listed}) == len(listed)
            and None not in {p.country for p in listed}
        )
    ):
        return [c]
    out = []
    # "met with A in Washington and with B on the sidelines of X in Detroit": each its own
    places = [_own_place(text, x, y) for x, y in spans]
    own = len({w for w in places if w}) >= 2
    for p, where in zip(listed, places, strict=True):
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons = subjects + [p]
        twin.roles = {k: v for k, v in c.roles.items() if k in {q.key for q in twin.persons}}
        twin.described, twin.evidence = list(c.described), list(c.evidence)
        twin.date_text = c.date_text
        if own and where:
            twin.place, twin.place_country = where
        out.append(twin)
    return out


_PLURAL_MEETINGS = re.compile(r"\b(?:meetings|calls|conversations|bilaterals)\b", re.I)
# one counterpart of a list as a name, a comma and a title after it, up to the next one:
# "Mr. A (Dr.) B, Prime Minister of C, " or "..., The Chief of D and "
_UNKNOWN_ENTRY = (
    r"(?:(?:[A-Z][\w.\-’']*|\([A-Z][\w.]*\))\s+)+?[A-Z][\w\-’']*,\s+"
    r"(?:[A-Z][\w.\-’']*\s+|of\s+|the\s+)*?[A-Z][\w\-’']*(?:,\s+|,?\s+and\s+)"
)


_OWN_PLACE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?"  # "B of Jordan in Aqaba"
    r"(?:\s+(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+[^,;]{0,80}?)?\s+(?P<at>(?:in|at)\s)"
)


def _own_place(text: str, a: int, b: int) -> tuple[str | None, str | None] | None:
    """The place said right after one counterpart of a list, before the next ("A in
    Washington", "B on the sidelines of the X Meeting in Detroit")."""
    m = _OWN_PLACE.match(text, a, b)
    if not m:
        return None
    # (from its preposition: the event named on the way, "the X Meeting", is no other event)
    where = _place_after(text[:b], m.start("at"), "meeting")
    town = _TOWN_NAME.match(text, m.end(), b) if where is None else None
    return (town.group(0), None) if town else where  # a town the tables do not know


_TOWN_NAME = re.compile(r"(?!" + _WHEN_WORD + r")[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}")


# one more place of a list after a meeting's place: ", Malta", ", and in Bangkok" (a place
# said again with its preposition may follow a date phrase: "in X in May and in Y last June")
_NEXT_PLACE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<in>(?:in|at)\s+)?(?:the\s+)?"
    r"(?P<p>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})\b"
)
# the date words between two places of the list ("in May of last year", "last September",
# "on 3 March"): short, no clause of their own
_PLACE_GAP = re.compile(r"(?:\s+(?!and\b)[\w\-’']+){1,6}?(?=\s*[,.;]|\s+and\s|\s*$)")


# the first place after the trigger: "meetings in X", "met last year in X"
_FIRST_PLACE = re.compile(r"\s+(?:[\w\-’']+\s+){0,3}?(?:in|at)\s+(?:the\s+)?")


def _split_places(c: Candidate, text: str, published) -> list[Candidate]:
    """ "their previous meetings in Vienna, Malta and Bangkok", "they met in X in May and in Y
    last September": one meeting per place, each dated by the date words after its place
    (the trigger's clause tells a series of occasions, not one event in several towns)."""
    if c.kind != "meeting" or not (c.place or c.place_country):
        return [c]
    base = c.sentence.start
    b = c.trigger[1] - base
    m = _FIRST_PLACE.match(text, b)
    if not m:
        return [c]
    head = _place_after(text, m.start(), c.kind)
    if not head or head != (c.place, c.place_country):
        return [c]
    name = _NEXT_PLACE.match(", " + text[m.end() :])  # the first place's own words
    if not name:
        return [c]
    pos = m.end() + len(name.group("p"))
    places = [(head, pos)]
    gaps: list[str] = []
    while len(places) < 8:
        gap = ""
        nxt = _NEXT_PLACE.match(text, pos)
        if not nxt:
            g = _PLACE_GAP.match(text, pos)
            if not g:
                break
            gap, nxt = g.group(0), _NEXT_PLACE.match(text, g.end())
            if not nxt or not nxt.group("in"):
                break  # (after date words only a place said with its preposition continues)
            if not find_dates(gap, published, forward=False):
                break  # "in Oslo with A and in Rome": not date words, another complement
        where = _place_after("in " + nxt.group("p"), 0, c.kind)
        if not where or where[1] is None or where == places[-1][0]:
            break
        if nxt.group("p") in (places[-1][0][0] or ""):
            break  # "in Woodside, California": the state of the town, its own place's name
        if not nxt.group("in") and where[0] is None and where[1] == places[-1][0][1]:
            break  # "in Vienna, Austria": the country of the town, no second place
        gaps.append(gap)
        places.append((where, nxt.end()))
        pos = nxt.end()
    if len(places) < 2:
        return [c]
    gaps.append((_PLACE_GAP.match(text, pos) or re.match("", "")).group(0))
    dated = [
        next((t for t in find_dates(g, published, forward=False) if t.edtf), None) for g in gaps
    ]
    out = []
    for ((place, code), _), when in zip(places, dated, strict=True):
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.described = [dict(d) for d in c.described]
        twin.place, twin.place_country = place, code
        twin.date_text = c.date_text
        if any(dated):  # each place its own date words (none: undated)
            twin.date, twin.date_text = (when.edtf, when.text.strip()) if when else (None, None)
        out.append(twin)
    return out

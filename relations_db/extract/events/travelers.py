"""Who travels: the traveler of a visit (the subject, an office named by title or by its
home office, "we"), and a person named by a title reference.
"""

from __future__ import annotations

import re

from ...countries import country_of_word
from ..people import Person
from .candidate import Candidate, clause_of, sentence_subject
from .patterns import _DEPARTURE_ADJUNCT, _OFFICE, _POSSESSIVE, _PRONOUN, _VISITING
from .sides import _last_titled

# a participle of a stay opening the sentence, up to its end: "Visiting", "After visiting",
# "While touring", "During a visit"
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:(?:After|Before|While|When|Since|Upon)\s+)?(?:[Vv]isiting|touring|[Tt]ouring)$"
)


# a possessive phrase of a stay opening the sentence, up to its trigger: "Upon his arrival in",
# "During her visit to", "On his trip to"
_OPENING_POSSESSIVE = re.compile(
    r"\s*(?:(?:Upon|On|During|After|Before|Since|Following|While\s+on)\s+)(?:(?:his|her|their|an?)\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:arrival|visit|trip|stay|tour)(?:\s+(?:in|to))?$"
)


# "While in Astana on Monday, A ...": the stay of the main clause's subject
_OPENING_STAY = re.compile(r"\s*(?:While|When)\s+in$")


def visiting_adjective(text: str, a: int) -> bool:
    """Is "visiting" at `a` an adjective of a person ("talks with visiting Foreign Minister A"),
    not the verb of a stay whose object is a place ("Visiting Ukraine on Monday, A said",
    "After visiting Nairobi, she flew to X"): the capitalised words after it, all of them, name
    a country or a town of one."""
    m = _VISITING.match(text, a)
    if not m:
        return False
    words = text[a : m.end()].split()[1:]
    return country_of_word(" ".join(words).rstrip(",.;:")) is None

# a title's portfolio after "for": "the Minister for Development and Africa"
_PORTFOLIO = r"(?:\s+for\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})?"
_VISIT_OF = re.compile(
    r"s?\s+(?:of|by)\s+(?:a|an|the)\s+(?P<t>(?:[A-Z][\w.’'\-]*\s+){0,4}"
    r"[A-Z][\w.’'\-]*(?:\s+of\s+the\s+[A-Z]\w+)?" + _PORTFOLIO + ")"
)
# the of-phrase of a trip's noun up to the name its title is in apposition with ("s of the
# Minister of Foreign Affairs of the Republic of X, ")
_OF_TITLE_NAMED = re.compile(
    r"s?\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+|of\s+|the\s+|and\s+){1,14}?"
    r"[A-Z][\w.’'\-]*,\s+(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)?"
)
# the opening phrase of a trip's next leg before its pronoun subject: "From Astana he",
# "From there, she", "After Lima he"
_LEG_OPENING = re.compile(
    r"\s*(?:From|After|Then)\s+(?:there|(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)?)"
    r"\s*,?\s+(?:he|she)\b",
    re.I,
)
_TITLE_POSSESSIVE = re.compile(
    r"\b[Tt]he\s+(?P<t>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*" + _PORTFOLIO + r")[’']s\s+"
    r"(?:[\w\-]+\s+){0,2}$"
)


def _own_office_unnamed(subject: re.Match | None, home: str, everyone) -> bool:
    """ "The President has decided to postpone his trip": the home government's office, held
    by no person the text names (so "his" is the office's, a described traveler)."""
    if subject is None or not _HOME_OFFICE.fullmatch(subject.group("t")):
        return False
    t = subject.group("t").lower()
    return not any(
        p.country == home and any(x.split(" of ")[0].lower().endswith(t) for x in p.titles)
        for p in everyone
    )


# a time before a clause's subject: "On Sunday the President ...", "Tomorrow, the Secretary ..."
_LEADING_WHEN = re.compile(
    r"\s*(?:As\s+(?:you|we)\s+(?:know|saw|heard)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:On|By|Early|Late)\s+(?:[A-Z]\w+|the\s+\w+)(?:\s+(?:morning|afternoon|evening|"
    r"night))?|Tomorrow|Tonight|Today|Later|Next\s+\w+|This\s+\w+)(?:\s+(?:morning|"
    r"afternoon|evening|night))?,?\s+(?=[Tt]he\s)"
)


def _traveler(c: Candidate, mentions, base, a, recent, everyone=(), home=None) -> Person | None:
    found = _traveler_of(c, mentions, base, a, recent, everyone, home)
    opening = c.sentence.text[: c.trigger[1] - base]
    if found is None and (_OPENING_POSSESSIVE.match(opening) or _OPENING_STAY.match(opening)):
        # "Upon his arrival in Tokyo on Sunday, A was greeted by ...": the pronoun of a fronted
        # phrase that no one before resolves is the main clause's subject
        return _main_subject(c.sentence.text, mentions, base, c.trigger[1] - base)
    return found


def _main_subject(text: str, mentions, base: int, b: int) -> Person | None:
    """The first person named right after the comma that ends a fronted phrase at `b`."""
    comma = text.find(",", b)
    main = next((m for m in mentions if 0 <= m.start - base - comma <= 40), None)
    return main.person if comma > 0 and main is not None else None


def _traveler_of(c: Candidate, mentions, base, a, recent, everyone=(), home=None) -> Person | None:
    text = c.sentence.text
    b = c.trigger[1] - base
    poss = re.match(r"\s+(?:of|by)\s+", text[b:])
    office = _POSS_OFFICE.match(text, b + poss.end()) if poss else None
    named = office and next(
        (m for m in mentions if 0 <= m.start - base - office.end() <= 2), None
    )
    if named:
        return named.person  # "the visit of Mexico's Foreign Minister A": A, named
    if office and country_of_word(office.group("c")):
        return None  # "the visit of Uruguay's Foreign Minister": unnamed (described)
    of = _VISIT_OF.match(text, b) or _TITLE_POSSESSIVE.search(text[max(0, a - 60) : a])
    first = next((m for m in mentions if m.start - base >= b), None) if of else None
    if first is not None and _OF_TITLE_NAMED.fullmatch(text, b, first.start - base):
        return first.person  # "the visit of the Minister of X of Chile, A,": A, named after
    if of:  # "the visit of a U.S. Speaker of the House", "the Speaker's travel"
        persons = [*recent, *everyone]
        if (
            home
            and _HOME_OFFICE.fullmatch(of.group("t"))
            and of.group(0).lstrip()[:3].lower() == "the"
        ):
            # "the President's travel" in a government's text: its own office, named or not
            persons = [p for p in persons if p.country == home]
        person = title_reference(of.group("t"), persons)
        if person:
            return person
        if persons is not recent and home and _HOME_OFFICE.fullmatch(of.group("t")):
            return None
    lo, hi = clause_of(text, a, b)
    if visiting_adjective(text, a):
        guest = next((m for m in mentions if 0 <= m.start - base - b < 60), None)
        if guest:
            return guest.person
    if _OPENING_PARTICIPLE.match(text[:b]):
        # "Visiting Ukraine on Monday, A said ...", "After visiting Nairobi, she flew to X":
        # the participle's subject is the main clause's, the first person after its comma
        main = _main_subject(text, mentions, base, b)
        if main is not None:
            return main
    if (
        c.subject is not None
        and (
            re.match(r"\s*(?:and\s+|but\s+|then\s+)?(?:he|she)\b", text[lo:a], re.I)
            # ("From Astana he goes to X", "From there, she travels to Y": a leg's opening)
            or _LEG_OPENING.match(text, lo, a)
        )
        and not any(lo <= m.start - base < a for m in mentions)
    ):
        return c.subject  # "A met B in X, and he will travel to Y": the subject travels
    if (
        not any(lo <= m.start - base < a for m in mentions)
        and re.search(r",\s+and\s*$", text[:lo])
        and re.fullmatch(r"\s*(?:(?:will|would|also|then|later|is\s+to)\s+)*", text[lo:a])
    ):
        # "She will meet A in X on Tuesday, and will travel to Y next week": the subject of
        # the clause before travels, not its object
        own = sentence_subject(text[:lo], mentions, base)
        if own is not None:
            return own
        if c.subject is not None and re.match(r"\s*(?:He|She)\b", text):
            return c.subject
    if not any(lo <= m.start - base < a for m in mentions) and _GROUP_SUBJECT.search(
        text[max(0, a - 80) : a]
    ):
        return None  # ", and Treasury officials will travel to X": the group, described
    before = [m for m in mentions if lo <= m.start - base < a] or [
        m for m in mentions if m.start - base < a
    ]
    comp = _COMPANIONS.search(text, before[0].end - base, a) if len(before) > 1 else None
    if comp:
        # "A, accompanied by Minister B, arrived in X": the companions are not the one the
        # clause is about (each has a visit of their own, context._companions_trips)
        before = [m for m in before if m.start - base < comp.start()]
    if _DEPARTURE_ADJUNCT.search(text[:a]):
        # "A will meet B before departing for X": the one who departs is the subject
        return sentence_subject(text[:a], mentions, base)
    # (in the trigger's clause: not "... accompany the foreign minister but cancelled; a
    # separate visit by Minister B to X")
    office = next(iter(reversed(list(_OFFICE.finditer(text, lo, a)))), None)
    if (
        before
        and office
        and office.start() >= before[-1].end - base
        and not any(m.start - base >= office.start() for m in mentions if m.start - base < a)
        and not _hosts_own_visit(office, c, text, a, b)
        # ("A, the Secretary of State of X, made a visit to Y": the name's own title in
        # apposition, between commas, not another subject)
        and not (
            re.fullmatch(r",\s*", text[before[-1].end - base : office.start()])
            and text.startswith(",", office.end())
        )
    ):
        return None  # "A has decided that the French Ambassador will return to ...": unnamed
    if (
        len(before) > 1
        and _BRIEFED_ON_OWN.search(text, max(lo, before[0].end - base), a)
        and re.match(r"\s*(?:[A-Z][\w.\-’']*\s+){0,4}$", text[lo : before[0].start - base])
    ):
        return before[0].person  # "A briefed B on her visit to X": the subject's own trip
    later = [m for m in mentions if m.start - base >= b]
    if (
        later
        and re.fullmatch(
            r"[^.;]{0,60}?\s(?:that|which)\s+(?:[A-Z][\w.\-’']*\s+){0,4}",
            text[b : later[0].start - base],
        )
        and re.match(
            r"[\w\s]{0,30}?\b(?:pay|pays|paid|make|makes|made|undertake|undertook)\b",
            text[later[0].end - base :],
        )
    ):
        return later[0].person  # "the state visit to Japan that President A will pay"
    if (
        len(before) > 1
        and _INVITATION_FROM.search(text, before[-2].end - base, before[-1].start - base)
    ):
        # "A accepted (declined) an invitation from B to visit X": the one who invites hosts;
        # the one asked travels
        return before[-2].person
    named = _NAMED_AFTER.match(text, b)
    if named and _PASSIVE_BEFORE.search(text, max(0, a - 60), a):
        named = None  # "was accompanied on the visit by B": the by-phrase is the verb's agent
    if before and named:
        # "met B on Monday, a week after the visit of (a visit by) Minister C to X": the
        # noun's own of/by phrase names its traveler, not the clause's last person
        first = next((m for m in mentions if m.start - base >= b), None)
        if first is not None and first.start - base <= b + named.end() - named.start():
            return first.person
    if before:
        return before[-1].person
    after = [m for m in mentions if m.start - base >= a]
    by = re.search(r"\bby\s+$", text[:a]) or re.search(r"^\s*(?:s\s+)?by\b", text[a:])
    of = re.match(
        # "the visit of the then Minister of Foreign Affairs of Greece, Mr. A, to X"
        # (a compound title: "of Deputy Prime Minister – Minister of Trade and Integration")
        r"s?\s+of\s+(?:[A-Z][\w.’'\-]*,?\s+|of\s+|the\s+|then\s+|former\s+|[–—]\s+|and\s+)"
        r"{0,14}$",
        text[b : after[0].start - base] if after else "",
    )
    if after and (
        by
        or of
        or re.search(r"\bvisits?\s+by\b", text[a : a + 20])
        or _VISIT_TO_BY.fullmatch(text, a, after[0].start - base)
    ):
        # "visits by Secretary A", "the trips of Secretary A", "the official visit to X by
        # Prime Minister A"
        return after[0].person
    subject = _TITLE_SUBJECT.match(text, lo)
    adverbial = _LEADING_WHEN.match(text, lo)
    if (_POSSESSIVE.search(text[max(0, a - 30) : a + 12]) or _PRONOUN.search(text[:a])) and not (
        home
        and (subject or adverbial)
        and _own_office_unnamed(
            (subject or _TITLE_SUBJECT.match(text, adverbial.end())), home, everyone
        )
    ):
        own = _delegation_country(text[a:b])
        if own and not (c.subject and c.subject.country == own):
            # "she'll lead the German delegation to X": one of that country leads it
            leader = _last_titled([p for p in recent if p.country == own])
            if leader is not None:
                return leader
        return c.subject or _last_titled(recent)
    if subject is None and adverbial:  # "On Sunday the President will travel to X"
        subject = _TITLE_SUBJECT.match(text, adverbial.end())
    if subject and subject.end() <= a:  # "The President looked forward to visiting ..."
        own = home and _HOME_OFFICE.fullmatch(subject.group("t"))
        person = title_reference(
            subject.group("t"),
            [
                p
                for p in [*recent, *everyone]
                if (not c.place_country or p.country != c.place_country)
                and (not own or p.country == home)  # "The President" in its government's text
            ],
        )  # the traveler is not from the country visited
        if person:
            return person
        if own:
            return None  # an unnamed office of the home government: a described traveler
    if re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}$", text[:a], re.I):
        return _last_titled(recent)
    return None


# a parenthetical of companions after the subject: ", accompanied by", ", together with"
_COMPANIONS = re.compile(
    r",\s*(?:(?:who\s+(?:is|was|will\s+be)\s+)?(?:accompanied|joined|flanked)\s+by|"
    r"(?:together|along)\s+with)\s"
)


# the source of an invitation right before its name: "an invitation from (Kenyan Trade
# Minister) B", "the invitation extended by B"
_INVITATION_FROM = re.compile(
    r"\binvitations?\s+(?:(?:extended|issued|sent)\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.\-’']+\s+){0,6}$"
)


# "lead the U.S. delegation to", "heads the German delegation to": whose delegation it is
_LEADS_DELEGATION = re.compile(
    r"(?i:lead|leads|led|leading|head|heads|headed|heading)\s+(?:the|our|a|an)\s+"
    r"(?P<dem>[A-Z][\w.’'\-]*)\s+(?:[a-z\-]+\s+)?delegation\b"
)


def _delegation_country(words: str) -> str | None:
    m = _LEADS_DELEGATION.search(words)
    return country_of_word(m.group("dem")) if m else None


def _hosts_own_visit(office: re.Match, c: Candidate, text: str, a: int, b: int) -> bool:
    """Is the unnamed office the host of "his visit"? ("A thanked the President of Chile for
    the hospitality during his visit to Chile": no one visits his own country, so "his" is
    the subject's, as in "A thanked B for ... during his visit".)"""
    own = office.group("c") or office.group("dem")
    return bool(
        own
        and c.place_country
        and country_of_word(own) == c.place_country
        and _POSSESSIVE.search(text, max(0, a - 30), b)
    )


# "the official visit to the Republic of Korea by Prime Minister A": the destination, then
# the agent of the trip (the name after "by" travels, not the last official the text named)
_VISIT_TO_BY = re.compile(
    r"(?:state\s+|official\s+|working\s+)?(?:visit|trip)s?\s+to\s+(?:the\s+)?"
    # ("the official visit to Brasilia of the Minister of Foreign Affairs of X, A": the
    # traveler's of-phrase after the place)
    r"(?:[A-Z][\w.’'\-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:by|of)\s+"
    r"(?:[A-Z][\w.’'\-]*\s+|of\s+|the\s+){0,12}"
    # the title, then the name in apposition: "by the Deputy Minister of Trade, A,"
    r"(?:[A-Z][\w.’'\-]*,\s+)?"
)


# "briefed the Secretary on her visit": a report on one's own trip
_BRIEFED_ON_OWN = re.compile(
    r"\b(?:briefed|informed|updated|debriefed|told)\s+[^,;.]{0,60}?\b(?:on|about|of)\s+"
    r"(?:his|her)\s+(?:[\w\-]+\s+){0,2}$"
)
_TITLE_SUBJECT = re.compile(
    r"\s*(?:The|the)\s+(?P<t>(?:[A-Z][\w.\-]*\s+){0,3}?(?:President|Prime\s+"
    r"Minister|Premier|Chancellor|Secretary|Minister|King|Emir|Crown\s+"
    r"Prince|Ambassador|Envoy|Speaker))\b(?![’'])"
)


def title_reference(words: str, persons: list[Person]) -> Person | None:
    """The person a title without a name refers to ("a U.S. Speaker of the House", "the
    Chinese leader"): the latest one whose title has the same head word and whose country,
    when the words give one, agrees."""
    code = next(
        (country_of_word(w) for w in re.findall(r"[A-Z][\w.’'\-]*", words) if country_of_word(w)),
        None,
    )
    heads = {w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", words)}
    whole = " ".join(
        w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", words) if not country_of_word(w)
    )
    for p in reversed(persons):
        # "the Prime Minister's visit": a holder of that whole title first, not the latest
        # "External Affairs Minister"
        if code and p.country and p.country != code:
            continue
        if whole and any(
            " ".join(re.findall(r"[a-z][\w\-]*", t.split(" of ")[0].lower())).endswith(whole)
            for t in p.titles
        ):
            return p
    for p in reversed(persons):
        if code and p.country and p.country != code:
            continue
        for t in p.titles:
            head = re.findall(r"[A-Za-z][\w\-]*", t.split(" of ")[0])
            if head and head[-1].lower() in heads:
                return p
    return None


def _described_traveler(
    text: str, a: int, home: str | None = None, before: str = "", everyone=()
) -> dict | None:
    """ "the Prime Minister of Japan will be here for a state visit", "the Japanese foreign
    minister arrived in ...": a traveler the text does not name; "The President arrives in
    Manila" (or "he", after "the President" in the text before): the home government's."""
    poss = re.match(r"\s*\S+\s+(?:of|by)\s+", text[a:])
    office = _POSS_OFFICE.match(text, a + poss.end()) if poss else None
    if office and country_of_word(office.group("c")):
        title = office.group("title")
        return {
            "description": f"{office.group('c')}'s {title}",
            "country": country_of_word(office.group("c")),
        }
    m = next(iter(reversed(list(_OFFICE.finditer(text, 0, a)))), None)
    if m is None and home and _PRONOUN.search(text[:a]):
        m = _office_subject(before, everyone, home)
    if m is None and home and _WE_TRAVEL.search(text[:a]):
        # "Tonight we land in Vilnius" in a press pool's transcript: the office it travels with
        m = _office_subject(before, everyone, home) or _recent_home_office(before, everyone, home)
    if m is None:
        group = _GROUP_SUBJECT.search(text[max(0, a - 80) : a])
        code = country_of_word(group.group("w")) if group else None
        if code:  # "Treasury officials will travel to ...", "A Japanese delegation arrived"
            return {"description": group.group("d"), "country": code}
    if m is None or (a - m.end() > 60 and m.string is text):
        return None
    code = country_of_word(m.group("dem") or "") or country_of_word(m.group("c") or "")
    if (
        not code
        and home
        and not m.group("dem")
        and not m.group("c")
        and _HOME_OFFICE.fullmatch(m.group("title"))
        and (
            m.string is not text
            or (
                a - m.end() <= 40
                and re.match(r"\s*$|\s+(?:will|is|was|has|had|did|would|\w+s)\b", text[m.end() : a])
            )
        )
    ):
        code = home  # the office is the subject: "The President arrives in Manila"
    if not code:
        return None
    return {"description": m.group(0).removeprefix("the ").removeprefix("The "), "country": code}


_WE_TRAVEL = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:[Tt]hen|[Tt]onight|[Tt]omorrow)\s+)(?:(?:on|this|next)"
    r"\s+\w+\s+)?[Ww]e(?:[’']ll)?\s+(?:(?:will|then|also)\s+)?$"  # "We land in X Sunday"
)
# a group of a country's or an institution's people as the subject of a trip
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:]\s)|\b[Aa]n?\s+|\b[Tt]he\s+|,\s+(?:and|but|while)\s+)(?P<d>(?P<w>(?!(?:A|An|The)\s)[A-Z][\w.’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
    r"\s+(?:officials|delegation|delegations|team|teams|officers|negotiators))\s+"
    r"(?:(?:will|would|also|then|are|were|is|was|have|has|had|to)\s+){0,3}$"
)


# offices that a bare "the <office>" names in its own government's texts
_HOME_OFFICE = re.compile(
    r"(?:Vice\s+)?President|Prime\s+Minister|Chancellor|Premier|"
    r"Secretary(?:\s+of\s+(?:State|Defense))?|National\s+Security\s+Advis[eo]r|"
    r"Foreign\s+(?:Minister|Secretary)|Defen[cs]e\s+Minister",
    re.I,
)


# a sentence about a country, its subject: "Chile is a key partner", "Kenya hosts ..."
_COUNTRY_SUBJECT = re.compile(
    r"(?:(?:But|And|So)\s+)?(?P<c>[A-Z][\w’'\-]*)\s+(?:is|are|has|hosts)\b"
)


def _office_subject(before: str, everyone=(), home: str | None = None) -> re.Match | None:
    """The unnamed office ("the President", "the Secretary") that a "he" continues: the
    subject of the latest sentence before whose subject is not "he"/"she", when that subject
    is an office without a name (a named subject or any other one ends the chain)."""
    last = _office_chain(before)
    if last is not None and _office_holders(last, everyone, home):
        return None  # "the President" is a named person of the text
    return last


def office_holder(before: str, everyone=(), home: str | None = None) -> Person | None:
    """The named person whose office ("the Secretary", of the home government) is the
    subject a "he" continues: "The Secretary departs tomorrow ... He'll meet with B and then
    hold talks with C, whom he first met in May. He'll finish in X": the Secretary (Secretary
    A, named elsewhere in the text), not C, the last person named, who is an object."""
    last = _office_chain(before)
    holders = _office_holders(last, everyone, home) if last is not None else []
    title = last.group("title").lower() if last is not None else ""
    exact = [p for p in holders if any(_holds_exactly(t, title) for t in p.titles)]
    return exact[-1] if exact else None


def _holds_exactly(t: str, office: str) -> bool:
    """ "Secretary of State", "U.S. Secretary" hold "the Secretary"; "Assistant Secretary"
    does not (a rank word before the office is another office)."""
    head = t.split(" of ")[0].lower()
    if not head.endswith(office):
        return False
    return all(country_of_word(w) for w in head[: len(head) - len(office)].split())


def _office_holders(office: re.Match, everyone, home) -> list[Person]:
    title = office.group("title").lower()
    return [
        p
        for p in everyone
        if p.country == home
        and any(t.split(" of ")[0].lower().endswith(title) for t in p.titles)
    ]


def _office_chain(before: str) -> re.Match | None:
    """The home office ("the President") that opens the latest chain of "he" sentences."""
    last = None
    for sent in re.split(r"(?<=[.?!])\s+|\n+", before):
        sent = re.sub(r"^\s*(?:[A-Z][A-Z .’'\-]*:|Q:)\s*", "", sent)  # a speaker's label
        sent = re.sub(
            r"^(?:(?:So|And|Now|Well|Yes|Thanks|Okay|But|Then|[A-Z][a-z]+"
            r"|As\s+(?:you|we|I)(?:[’']ll)?\s+(?:know|saw|heard|recall|remember|may\s+know)),\s+)+",
            "",
            sent,
        )
        sent = re.sub(
            r"^(?:(?:On|In|At|Later|Then|Next|Tomorrow|Today|Yesterday|Last|This|Earlier|"
            r"Afterwards|Subsequently|Meanwhile|While|There|During|After|Following|"
            # ("Sunday evening, the President flies on to Bali": a time opening the sentence)
            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,]{0,30},\s+|(?:On|In|"
            # ("On Wednesday the Secretary travels to X": a day opening it, no comma)
            r"By)\s+(?:[A-Z]\w+|the\s+\w+|\d+)\s+(?=[Hh]e\b|[Ss]he\b|[Tt]he\s)|"
            r"From\s+there\s+(?=[Hh]e\b|[Ss]he\b))",
            "",
            sent,
        )
        # "Tomorrow, before the summit opens, the President ...": a second adverbial clause
        sent = re.sub(r"^(?:before|after|when|while|once|as|until)\s+[^,]{0,40},\s+", "", sent)
        if re.match(r"(?:[Hh]e|[Ss]he)\b", sent) or not sent.strip():
            continue
        m = re.match(
            r"(?:(?:Then|And|So|But|Now|Later|Next)\s+)?"  # "Then the President traveled ..."
            r"(?:(?i:did|does|do|will|has|had|is|was|can|could|would)\s+)?(?=[Tt]he\s)",
            sent,
        )
        o = _OFFICE.match(sent, m.end()) if m else None
        if (
            o
            and not o.group("dem")
            and not o.group("c")
            and _HOME_OFFICE.fullmatch(o.group("title"))
        ):
            last = o
        elif _COUNTRY_SUBJECT.match(sent) and country_of_word(
            _COUNTRY_SUBJECT.match(sent).group("c")
        ):
            continue  # "Chile is a key partner on ...": a country is no "he"; the chain goes on
        elif re.match(
            r"(?:(?:But|And|So|Then)\s+)?(?:[A-Z][\w.’'\-]*\s+){1,6}[a-z]", sent
        ) or re.match(r"(?:We|I|They)\b", sent):
            last = None  # a named (or other) subject
    return last


def _recent_home_office(before: str, everyone=(), home: str | None = None) -> re.Match | None:
    """The unnamed home office ("the President") of the last two sentences, when no person
    of the home country named in the text holds it."""
    before = re.sub(
        r"(?:^|(?<=\s))(?:[A-Z][A-Z.’'\-]*[ \t]+){0,4}[A-Z][A-Z.’'\-]+:[ \t]*", "", before
    )
    sents = re.split(r"(?<=[.?!])\s+|\n+", before.strip())  # (speaker labels set aside)
    tail = " ".join(sents[-2:])
    last = None
    for o in _OFFICE.finditer(tail):
        if not o.group("dem") and not o.group("c") and _HOME_OFFICE.fullmatch(o.group("title")):
            last = o
    if last is None or any(
        p.country == home
        and any(t.split(" of ")[0].lower().endswith(last.group("title").lower()) for t in p.titles)
        for p in everyone
    ):
        return None
    return last


# "the upcoming visit of Uruguay's Foreign Minister": an office of a country, unnamed
_POSS_OFFICE = re.compile(
    r"\b(?P<c>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s\s+(?P<title>(?:Vice\s+|Deputy\s+)?(?:President|"
    r"Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Chancellor|Premier|King|Emir|"
    r"Crown\s+Prince|Minister\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?))\b"
)


# a visit noun's of/by phrase up to a name: "of Vice President", "by Kenya's Defence
# Minister", "of the Foreign Minister of Chile," (title words, a possessive country)
_NAMED_AFTER = re.compile(
    r"s?\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*[’']s\s+)?(?:[A-Z][\w.’'\-]*\s+|of\s+){0,6}"
)


_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:[\w\-]+\s+){0,3}$"
)

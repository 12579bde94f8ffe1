"""Who meets whom: the two sides of a meeting when they are named by title, by country
("the two leaders", "both countries", "the Chinese side"), by a pair or by a group.
"""

from __future__ import annotations

import re

from ...countries import country_of_word
from ..people import Person
from ..temporal import Temporal
from .candidate import Candidate, _other_trigger
from .patterns import (
    _COORD,
    _COUNTERPART,
    _DEMONYM_PAIR,
    _DESCRIBED,
    _PAIR,
    _PREPOSITION_END,
    _WE,
    listed_sides,
)
from .places import _countries_in, _longest_country, _pair_countries

_LEADER_TITLES = re.compile(
    r"President|Prime Minister|Premier|Chancellor|Leader|King|Queen|Emir|Amir|Sultan|Emperor", re.I
)


def _held_person(text: str, a: int, b: int, lo: int, mentions, base: int) -> Person | None:
    """Who was detained or taken: the subject of a passive ("A had been detained", "A, who
    was arrested"), or the object ("the detention of A", "detained A")."""
    before = [m for m in mentions if m.end - base <= a]
    if re.search(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", text[max(0, a - 30) : a]):
        if re.match(r"\s*(?:who|whom)\b", text[lo:a]):  # "A, who had been detained"
            ante = [m for m in before if m.end - base <= lo]
            return ante[-1].person if ante else None
        inside = [m for m in before if m.start - base >= lo]
        return inside[-1].person if inside else None
    after = next((m for m in mentions if m.start - base >= b), None)
    if after is not None and re.fullmatch(
        r"\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,4}", text[b : after.start - base]
    ):
        return after.person  # "the detention of Swedish EU official A", "detained A"
    return None


def _coordinated_run(group: list, text: str, base: int) -> list[Person]:
    """The last people of `group` (mentions in order) joined by "and" or commas: "the visit
    of A and B" gives A and B."""
    run = group[-1:]
    for m in reversed(group[:-1]):
        if not _COORD.fullmatch(text[m.end - base : run[0].start - base]):
            break
        run.insert(0, m)
    return [m.person for m in run]


_WITH_SIDE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<c>[A-Z][\w.’']*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’']*){0,3})"
)

_GROUP = re.compile(
    r"(?P<a>(?:[A-Z][\w+\-]*\s+){1,4}?)(?:(?:Leaders|(?:Foreign\s+|Defen[cs]e\s+|Economic\s+)?"
    r"Ministers)[’']\s+)?(?:[Ss]ummits?|(?<=s[’']\s)Meetings?|Regional\s+Forum|"
    r"Ministerial\s+Council|Ministerial|Conference|Forum)\b|"
    r"[Ss]ummits?\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})|(?P<c>\b[A-Z][A-Z0-9+]+|Quad|"
    # "ASEAN foreign ministers", "the Pacific Islands Forum leaders", "her ASEAN counterparts"
    r"(?:[A-Z][a-z]+\s+){1,2}(?:Forum|Islands?|Group))\s+(?:(?:foreign|defen[cs]e|trade|finance|"
    r"economic|energy)\s+)?(?:leaders|partners|allies|members|ministers|counterparts)\b"
)


def _group_meeting(text: str, a: int, b: int, lo: int, hi: int) -> str | None:
    """The group a named summit or a meeting with a group's leaders brings together ("the
    Quad Summit", "the Summit of the Americas", "ASEAN leaders")."""
    for m in _GROUP.finditer(text, max(lo, a - 40), min(hi, b + 60)):
        span = Temporal(m.start(), m.end(), m.group(0), None, "group")
        if m.group("c") and (m.end() < a - 1 or _other_trigger(text, span, a, b)):
            continue  # "X leaders" after this trigger, with no other event between
        attended = bool(  # "will attend the ASEAN Regional Forum": the gathering attended
            re.match(r"(?i)attend|participat|t(?:ake|akes|ook|aking)\s+part", text[a:b])
            and 0 <= m.start() - b <= 6
        )
        if not m.group("c") and not (m.start() <= a and b <= m.end()) and not attended:
            continue  # the summit whose name holds this trigger
        name = (m.group("a") or m.group("b") or m.group("c")).strip()
        if re.search(r"Ministers[’']\s+Meetings?$", m.group(0)) and not re.search(
            r"[A-Z]{2,}|\d", name
        ):
            continue  # "the sixth Foreign Ministers' Meeting" of two; "the ASEAN-related
            # Foreign Ministers' Meetings" of a group
        words = [w for w in name.split() if w not in ("The", "the", "A", "Leaders’", "Leaders'")]
        if not words or country_of_word(" ".join(words)) or _pair_countries(words[0]):
            continue  # "the Japan-ROK Summit": the two countries, not a group
        before = re.search(r"(?:[\w\-’']+\s+){1,4}$", text[max(0, m.start() - 50) : m.start()])
        if before and re.search(r"\band\s+$", before.group(0)) and _pair_countries(before.group(0)):
            continue  # "the X-Y Foreign and Defense Ministerial Meeting": a portfolio of the
            # pair's meeting, no group
        return f"{' '.join(words)} leaders"
    m = _FROM_ACROSS.search(text, b, min(hi, b + 60))
    if m and not text[b : m.start()].strip(" ,"):
        return m.group("who")  # "meet with counterparts from across the region"
    return None


# an unnamed group of several governments' officials: "(meet) with counterparts from across
# the region", "with leaders from across Africa"
_FROM_ACROSS = re.compile(
    r"\s*with\s+(?P<who>(?:[\w\-]+\s+)?(?:counterparts|leaders|ministers|officials|partners)\s+"
    r"from\s+(?:all\s+)?across\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:region|continent|"
    r"(?-i:[A-Z])[\w\-]+))\b",
    re.I,
)


_DECLINED_TALKS = re.compile(r"(?:refus|declin|reject|turn)", re.I)


def _unnamed_sides(c: Candidate, text, a, b, lo, hi, home) -> None:
    """Sides a meeting's clause names without people: "consultations with Korean friends",
    "talks with India" (the country after "with") and "we" (the government that speaks)."""
    codes = {p.country for p in c.persons} | {d.get("country") for d in c.described}
    if not c.persons and _DECLINED_TALKS.match(text[a:b]):
        # "Russia refused to attend the talks", "turning down a Finnish invitation to talks":
        # the refusing side (the clause's country) and the inviting one (else the publisher)
        refusing = [x for x in _countries_in(text[lo:a]) if x][:1]
        inviting = [x for x in map(country_of_word, text[a:b].split()) if x][:1] or [home]
        for code in refusing + inviting:
            if code and code not in codes:
                c.described.append({"description": f"{code} officials", "country": code})
                codes.add(code)
    m = _WITH_SIDE.search(text, b, hi)
    if m and m.start() - b < 40:
        code = _longest_country(m.group("c"))
        if code and code not in codes:
            c.described.append({"description": f"{m.group('c')} officials", "country": code})
            codes.add(code)
    if home and home not in codes and not c.persons and _WE.search(text, lo, a):
        c.described.insert(0, {"description": "officials", "country": home})
        codes.add(home)
    subject = _subject_country(text, lo, a)
    if subject and subject[1] not in codes and not any(p.country == subject[1] for p in c.persons):
        c.described.insert(0, {"description": subject[0], "country": subject[1]})
    codes = {d.get("country") for d in c.described}
    if (
        home
        and not c.persons
        and len(codes) == 1
        and None not in codes
        and home not in codes
        and c.described[0]["description"].endswith(" side")
        and not _BARE_ANAPHOR.search(text, max(0, a - 12), a)
    ):
        # "The X Agreement talks were postponed at the request of the Chinese side", said in
        # a text of one government: its own talks with that side (not "The conversation took
        # place at the initiative of the X side": the one told before)
        c.described.insert(0, {"description": "officials", "country": home})


# an event noun right after its article: a mention of an event told before
_BARE_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir)\s+$")


def _subject_country(text: str, lo: int, a: int) -> tuple[str, str, int] | None:
    """A country as the subject of the clause ("the United States facilitated talks with
    ..."): the first country in the clause before the trigger that no preposition governs."""
    for m in re.finditer(r"\b(?:[Tt]he\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3}", text[lo:a]):
        code = _longest_country(m.group(0))
        if code is None:
            continue
        start = lo + m.start()
        if (
            _PREPOSITION_END.search(text[max(0, start - 30) : start])
            or _PRONOUN_VERB_END.search(text[max(0, start - 30) : start])
            or text[lo + m.end() : lo + m.end() + 2].startswith(("’s", "'s", "-"))
        ):
            continue
        return m.group(0), code, start
    return None


# a pronoun and its verb right before a name: the name is the verb's object, not a subject
# ("before he leaves Phnom Penh, he will sit down with A")
_PRONOUN_VERB_END = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+[a-z]+\s+$")


def _described_sides(text: str, lo: int, hi: int) -> set:
    """Countries of the unnamed sides of a clause ("their Indian counterparts", "Japanese
    officials")."""
    out = set()
    for regex in (_COUNTERPART, _DESCRIBED):
        for m in regex.finditer(text, lo, hi):
            dem = m.group("dem") or m.groupdict().get("dem2")
            code = country_of_word(dem) if dem else None
            if code:
                out.add(code)
    for m in _DEMONYM_PAIR.finditer(text, lo, hi):  # "Russian and Ukrainian delegations"
        out |= {code for code in map(country_of_word, listed_sides(m)) if code}
    return out


def _last_titled(recent: list[Person]) -> Person | None:
    for p in reversed(recent):
        if p.titled or p.titles:
            return p
    return recent[-1] if recent else None


def _is_leader_title(title: str) -> bool:
    """ "President", "Prime Minister of Japan"; not "Deputy Assistant to the President"."""
    if re.match(r"Head\s+of\s+State\b", title):
        return True  # "Head of State A" (Kazakh style), as "the two heads of state" says
    head = re.split(r"\s+(?:to|of|for)\s+", title)[0]
    return bool(_LEADER_TITLES.search(head)) and not re.search(
        r"\b(?:Deputy|Assistant|Vice)\b", head
    )


_TWO_TITLED = re.compile(
    r"\s*(?:(?:[A-Z][\w ]{0,30}|\w+),\s+)?(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?"
    r"(?P<t>(?:Secretar|Ambassador|Envoy|Minister|Chancellor|Governor|Senator)(?:ies|s))\b"
)


def _title_pair(text: str, lo: int, a: int, recent: list[Person]) -> list[Person]:
    """ "The two Secretaries will then continue on to Manila": the last two people whose
    titles have that head, of one country or two (a plural title names a pair)."""
    m = _TWO_TITLED.match(text, lo, a)
    if not m:
        return []
    head = re.sub(r"(?:ies|s)$", "", m.group("t")).lower()
    pair = [p for p in recent if any(head in t.lower() for t in p.titles)][-2:]
    return pair if len(pair) == 2 else []


_FULL_MINISTER = re.compile(
    r"^(?!.*\b(?:Deputy|Vice|Under|Assistant|Acting|Junior|Parliamentary|Permanent)\b)"
    r".*\b(?:Minister|Secretary)\b(?!\s+General)"
)


# (not "Minister for Foreign Trade and Development Aid": another portfolio)
_FOREIGN_AFFAIRS = re.compile(
    r"\bForeign\b(?!\s+(?:Trade|Economic|Investment|Aid|Commerce))|\bExternal\s+Affairs\b", re.I
)


def _two_leaders(
    persons: list[Person], noun: str = "leaders", home: str | None = None, seen=None
) -> list[Person]:
    """The last two people of different countries who fit "the two <noun>": leaders for
    leaders and presidents (people with a leader's title first, then people without a
    title), anyone with a title for ministers, envoys, sides ..."""
    leaders = noun.lower() in ("leaders", "presidents", "heads of state")
    # "the two Ministers of Foreign Affairs" are the two Foreign Ministers
    noun = re.sub(r"(?i)^ministers\s+of\s+foreign\s+affairs$", "foreign ministers", noun)
    if re.fullmatch(r"(?:foreign\s+)?(?:ministers|secretaries)", noun.lower()):
        # "the two ministers": ministers (and secretaries) in full, not deputies or presidents
        full = [p for p in persons if any(_FULL_MINISTER.search(t) for t in p.titles)]
        if noun.lower().startswith("foreign"):
            # "the two Foreign Ministers": of foreign affairs, when the text names them
            foreign = [p for p in full if any(_FOREIGN_AFFAIRS.search(t) for t in p.titles)]
            full = foreign if len({p.country for p in foreign}) >= 2 else full
        if seen:  # each side's minister the text has named most (the latest of equals)
            full = sorted(full, key=lambda p: seen.get(id(p), 0))
        full = _two_of(full, lambda p: True, home)
        if len(full) == 2:
            return full
    if re.fullmatch(r"prime\s+ministers|presidents", noun.lower()):
        # "the two Prime Ministers": holders of that office, not a Deputy Prime Minister
        head = re.compile(r"(?<!Deputy\s)(?<!Vice\s)\b" + noun[:-1].replace(" ", r"\s+"), re.I)
        full = _two_of(persons, lambda p: any(head.search(t) for t in p.titles), home)
        if len(full) == 2:
            return full
    if not leaders:
        return _two_of(persons, lambda p: True, home)
    titled = _two_of(persons, lambda p: any(_is_leader_title(t) for t in p.titles), home)
    return titled or _two_of(
        persons, lambda p: any(_is_leader_title(t) for t in p.titles) or not p.titles, home
    )


def _principals(pair: list[Person], recent: list[Person], seen: dict) -> list[Person]:
    """ "The two leaders" of a text that names several leaders of one country (a Prime
    Minister who hosts, a President who receives): each side's leader the text has named
    most so far, the latest of equals."""
    out = []
    for p in pair:
        best = p
        for q in recent:
            if (
                q.country == p.country
                and any(_is_leader_title(t) for t in q.titles)
                and seen.get(id(q), 0) > seen.get(id(best), 0)
            ):
                best = q
        out.append(best)
    return out


def _two_of(persons: list[Person], fits, home: str | None) -> list[Person]:
    out: list[Person] = []
    # the press secretary or spokesperson who speaks is no side of what they report
    persons = [p for p in persons if not any(_SPOKES.search(t) for t in p.titles)]
    for p in reversed(persons):
        if fits(p) and all(q.country != p.country for q in out):
            out.append(p)
        if len(out) == 2:
            break
    if home and len(out) == 2 and home not in {p.country for p in out}:
        # a text of one government speaks of its own leader and another
        own = next((p for p in reversed(persons) if p.country == home and fits(p)), None)
        if own:
            out = [out[0], own]
    return out if len(out) == 2 else []


def _pair_organization(text: str, lo: int, hi: int) -> str | None:
    """An organisation that is one side of "between the United States and NATO"."""
    for m in _PAIR.finditer(text, lo, hi):
        for g in ("a", "b"):
            word = m.group(g)
            if word and re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", word) and not country_of_word(word):
                other = m.group("b" if g == "a" else "a")
                if other and _longest_country(other):
                    return word
    return None


_SPOKES = re.compile(r"\b(?:Spokes(?:person|man|woman)|Press\s+Secretary)\b", re.I)


# the portfolio of an office, so a "counterpart" is the holder of the same one in another
# government ("Foreign Minister", "Minister of Foreign Affairs", "Secretary of State")
_PORTFOLIOS = (
    ("foreign", re.compile(r"\bForeign\b(?!\s+(?:Trade|Economic|Investment|Aid|Commerce))|"
                           r"\bExternal\s+Affairs\b|^Secretary\s+of\s+State\b", re.I)),
    ("defence", re.compile(r"\bDefen[cs]e\b|\bArmed\s+Forces\b", re.I)),
    ("trade", re.compile(r"\b(?:Trade|Commerce)\b", re.I)),
    ("finance", re.compile(r"\b(?:Finance|Treasury)\b", re.I)),
    ("interior", re.compile(r"\b(?:Interior|Home\s+Affairs)\b", re.I)),
    ("energy", re.compile(r"\bEnergy\b", re.I)),
)
_JUNIOR = re.compile(r"\b(?:Deputy|Vice|Under|Assistant|State\s+Secretary|Junior)\b", re.I)


def office_kind(titles: list[str]) -> str | None:
    """ "leader", a portfolio ("foreign", "defence", ...) or None, of a person's titles;
    a deputy's office is its own kind ("deputy foreign")."""
    for t in titles:
        junior = "deputy " if _JUNIOR.search(t) else ""
        if not junior and _is_leader_title(t):
            return "leader"
        for kind, regex in _PORTFOLIOS:
            if regex.search(t):
                return junior + kind
    return None


def named_counterpart(
    owner: Person | None, code: str, recent: list[Person], exclude: list[Person]
) -> Person | None:
    """The person an earlier sentence named whom "his <demonym> counterpart" denotes: the
    latest of that country holding the owner's office ("Foreign Minister A of X arrived in
    Y. B met his X counterpart": A). None when the owner's office is not one of the known
    kinds (a National Security Advisor's counterpart is not the Foreign Minister) or no one
    of that country holds it."""
    kind = office_kind(owner.titles) if owner is not None else None
    if not kind:
        return None
    fit = [
        p
        for p in recent
        if p.country == code and p not in exclude and office_kind(p.titles) == kind
    ]
    return fit[-1] if fit else None

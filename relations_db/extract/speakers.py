"""Who says "I": speakers of transcripts and remarks, and their first-person mentions.

Transcripts name each turn's speaker in capitals before a colon ("PRESIDENT BIDEN:",
"MR. SULLIVAN:", "THE PRESIDENT:") or in mixed case ("President Ruto:", "Mao Ning:",
"Question (Outlet):"), told from headings ("Energy:") by `_turn_labels`; remarks without
labels have one speaker, the one the title names ("Remarks by National Security Advisor
Jake Sullivan on ..."). Within a turn whose speaker is known, "I", "me", "myself" and
"my <meeting|trip|call|counterpart>" are mentions of the speaker, so "I met with Director
Wang Yi" has two participants. In a dialogue of exactly two named speakers (remarks before
a bilateral meeting), "you" is the other speaker and "we" both of them. Turns of unnamed
speakers (a moderator, a senior official on background, a question) resolve nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import (
    GAZETTEER,
    HONORIFICS,
    TITLE_WORDS,
    Mention,
    People,
    Person,
    _country_words,
    _gaz_lookup,
    _gazetteer,
    _key,
    surname_of,
)
from .people.titles import HEADS

# what may follow a label before its colon: who asks ("QUESTION (ERT):", "Question
# (Sidhant, WION):"), a language ("(in French)"), the speaker's name after an office
# ("Official Spokesperson (Shri A B):"), a member's seat and office and the time ("Ms A B
# (Seat–Minister for X) (14:45):", a parliament's record)
_ASIDE = r"(?:[ \t]+\([^()\n]{1,60}\)){0,2}"
_IN_BRACKETS = re.compile(r"\(([^()\n]{1,60})\)")
# a capital letter, with the Latin capitals that carry diacritics ("MINISTER ȚOIU",
# "PRESIDENT ÖZTÜRK"): a name in capitals keeps its accents
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# a turn label in capitals, numbered ones too ("SENIOR ADMINISTRATION OFFICIAL 1:"); the
# one label grammar of the package (events/detection.py reads turns with it)
_LABEL = re.compile(
    rf"^(?P<label>(?:[{_UPPER}][{_UPPER}0-9.’'\-]*[ \t]+){{0,5}}"
    rf"(?:[{_UPPER}][{_UPPER}0-9.’'\-]+|[0-9]+))"
    + _ASIDE
    + r"[ \t]*:[ \t]|"
    r"^Q(?=[ \t:.])",
    re.M,
)
# a turn label in mixed case at the start of a line, of up to five capitalised words
# ("President Ruto:", "Federal Chancellor Scholz:", "Mao Ning:", "Question:") before the
# turn's text; `_turn_labels` decides which are turns and which headings ("Energy: ...")
# ("Shri A B, Official Spokesperson:": a name and its office)
_MIXED = re.compile(
    r"^(?P<label>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})"
    r"(?P<office>,[ \t]+[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})?"
    + _ASIDE
    + r"[ \t]*:[ \t]+(?=[A-Z“\"‘'])",
    re.M,
)
_BY = re.compile(
    # ("Joint statements by A and B": any case, one or more)
    r"\b(?i:Remarks|Statements?|Address|Testimony|Interview|Speech|Op-Ed|Briefing|Call|Gaggle|"
    r"Conference)\b[^\n]*?"
    r"\bby\s+(?P<who>(?:[A-Z][\w.\-’']*\s+){0,8}?[A-Z][\w.\-’']*)(?=\s+(?:on|at|to|of|and|"
    r"before|after|in|with|for|during|(?i:aboard|en\s+route))\b|[,:;]|\s*$)"
)
_AND_WHO = re.compile(
    r"\s+and\s+(?P<who>(?:(?:[A-Z][\w.\-’']*|for|of|the)\s+){0,10}?[A-Z][\w.\-’']*)"
    r"(?=\s+(?:on|at|in|during|(?i:aboard|en\s+route))\b|[,:;]|\s*$)"
    # "and the Amir of the State of Qatar, Sheikh A bin B Al C, following": the name after
    # the title and its comma (particles in it)
    r"(?:,\s+(?P<name>[A-Z][\w\-’']*(?:\s+(?:[a-z]{2,4}\s+)?[A-Z][\w\-’']*){1,6})(?=,|\s*$))?"
)
_FIRST = re.compile(
    r"\bI\b(?![.’'](?:\s|$))|\bI(?=[’']m\b|[’']ve\b|[’']d\b|[’']ll\b)|\bme\b|"
    r"\bmyself\b|\bmy\s+(?:[\w\-]+\s+){0,2}?(?:meetings?|trips?|visits?|calls?|"
    r"conversations?|talks|counterparts?|travel)\b"
)
_YOU = re.compile(r"\b(?:you|You)\b(?!\s+all\b)")
_WE = re.compile(r"\b(?:we|We|us)\b")
_NOT_A_NAME = {
    "THE",
    "MR.",
    "MS.",
    "MRS.",
    "DR.",
    "SENIOR",
    "ADMINISTRATION",
    "OFFICIAL",
    "MODERATOR",
    "OPERATOR",
    "AUDIENCE",
    "MEMBER",
    "Q",
    "PARTICIPANT",
    "STAFF",
    "QUESTION",
}


@dataclass
class Turn:
    start: int
    end: int
    speaker: Person | None
    addressee: Person | None = None


def title_speaker(title: str | None) -> tuple[list[str], str] | None:
    """The title words and name of the person a title says is speaking ("Remarks by ...")."""
    if not title:
        return None
    m = _BY.search(title)
    if not m:
        return None
    return _titled_name(m.group("who"))


def _titled_name(who: str) -> tuple[list[str], str] | None:
    words = who.split()
    n = len(words)
    while n > 0 and words[n - 1] not in TITLE_WORDS and words[n - 1] not in HONORIFICS:
        n -= 1  # the name is the last run of words that are not title words
    if n == len(words):
        return None
    if len(words) - n > 3 or any(w in ("for", "of") for w in words[n:]):
        # "Coordinator for Strategic Communications John Kirby": a portfolio before the name
        k = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
        n = len(words) - k
    return [w for w in words[:n] if w not in HONORIFICS], " ".join(words[n:])


def _second_title_speaker(title: str | None) -> tuple[list[str], str] | None:
    """ "Press Gaggle by Press Secretary A and National Security Advisor B Aboard ...": B."""
    m = _BY.search(title or "")
    more = m and _AND_WHO.match(title, m.end())
    if more and more.group("name"):
        office = re.sub(r"^the\s+", "", more.group("who"))
        return [office], more.group("name")
    return _titled_name(more.group("who")) if more else None


def find_turns(body: str, people: People, title: str | None, gazetteer=()) -> list[Turn]:
    """The speaker turns of `body` (one turn for the whole body of unlabelled remarks)."""
    by = title_speaker(title)
    labels = _turn_labels(body)
    if not labels:
        if by is None:
            return []
        person = _person_for(people, by[1], by[0], body, None, gazetteer)
        return [Turn(0, len(body), person)] if person else []
    turns = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        label = m.group("label") if m.group("label") else "Q"
        speaker = _speaker(label, people, by, body, m, gazetteer, _second_title_speaker(title))
        turns.append(Turn(m.end(), end, speaker))
    speakers = []
    for t in turns:
        if t.speaker and t.speaker not in speakers:
            speakers.append(t.speaker)
    if len(speakers) == 2 and speakers[0].country != speakers[1].country:
        for t in turns:
            if t.speaker:
                t.addressee = speakers[1] if t.speaker is speakers[0] else speakers[0]
    return turns


# who speaks in a transcript without a name: said once, these open a turn too
_ROLES = {"Question", "Questioner", "Moderator", "Reporter", "Interpreter", "Spokesperson"}


def _turn_labels(body: str) -> list[re.Match]:
    """The turn labels of `body`: those in capitals, and those in mixed case that recur
    (a transcript names each speaker at every turn: "Mao Ning:", "Question:") or that
    name a person with a title ("President Ruto:", "A B, Official Spokesperson:") or a role
    ("Question (Outlet):", "Moderator:"). A
    heading ("Energy:", "Background:") is said once and has no title, so it opens no turn."""
    labels = list(_LABEL.finditer(body))
    mixed = [m for m in _MIXED.finditer(body) if not m.group("label").isupper()]
    if not mixed:
        return labels
    counts: dict[str, int] = {}
    for m in mixed:
        counts[m.group("label", "office")] = counts.get(m.group("label", "office"), 0) + 1
    for m in mixed:
        words = m.group("label").split()
        office = (m.group("office") or "").split()
        named = any(w not in TITLE_WORDS and w not in HONORIFICS for w in words)
        titled = words[0] in TITLE_WORDS or words[0] in HONORIFICS or any(
            w in TITLE_WORDS for w in office
        )
        if (
            counts[m.group("label", "office")] > 1
            or (named and titled)
            or words[0] in _ROLES
            or _bracketed_holder(body, m)
        ):
            labels.append(m)
    if labels:
        # in a transcript, a label said once before a question is who asks ("Reuters:",
        # "Phoenix TV:"): a reporter's turn, not more of the speaker's
        labels += [m for m in mixed if m not in labels and _line_of(body, m).endswith("?")]
    return sorted(labels, key=lambda m: m.start())


def _line_of(body: str, m: re.Match) -> str:
    """The text of the line after a label."""
    end = body.find("\n", m.end())
    return body[m.end() : end if end >= 0 else len(body)].rstrip()


def _speaker(label: str, people: People, by, body: str, m: re.Match, gazetteer=(), second=None):
    words = [w for w in label.split() if w.upper() not in _NOT_A_NAME]
    # ("MR. SULLIVAN" in capitals; "Cho Tae-yul", "McKay" as written)
    words = [w.title() if w.isupper() else w for w in words]
    names = [w for w in words if w not in TITLE_WORDS]
    span = (m.start("label"), m.end("label")) if m.group("label") else None
    asides = _IN_BRACKETS.findall(body, m.end("label"), m.end()) if span else []
    named = _bracketed_holder(body, m) if span else None
    if named:
        # "Official Spokesperson (Shri A B):": the office's holder, named in brackets
        return _person_for(people, named, [" ".join(words)], body, span, gazetteer)
    office = next((o for a in asides if (o := _aside_office(a))), None)
    if office and names:
        # "Ms A B (Seat–Minister for X):": a member of parliament and the office held
        return _person_for(people, " ".join(names), [office], body, span, gazetteer)
    if not names:
        # "THE PRESIDENT": the person the title names, when the label's words fit
        if by and words and all(w.title() in " ".join(by[0]) for w in words):
            return _person_for(people, by[1], by[0], body, span, gazetteer)
        return None
    surname = " ".join(names)
    if by and _names_of(names, by[1]):
        return _person_for(people, by[1], by[0], body, span, gazetteer)
    if second and _names_of(names, second[1]):
        return _person_for(people, second[1], second[0], body, span, gazetteer)
    titles = [w.title() for w in words if w.title() in TITLE_WORDS]
    return _person_for(people, surname, titles, body, span, gazetteer, strict=True)


def _bracketed_holder(body: str, m: re.Match) -> str | None:
    """The name of an office's holder in a label's brackets ("Official Spokesperson (Shri A
    B):"), when the label is an office."""
    if not any(w in HEADS for w in m.group("label").split()):
        return None
    asides = _IN_BRACKETS.findall(body, m.end("label"), m.end())
    return next((n for a in asides if (n := _aside_name(a))), None)


def _aside_name(aside: str) -> str | None:
    """The full name in a label's brackets ("Shri A B", "Mr. A B"), if it is one."""
    words = [w for w in aside.split() if w not in HONORIFICS]
    if 2 <= len(words) <= 4 and all(
        re.fullmatch(r"[A-Z][a-z][\w\-’']*", w) and w not in TITLE_WORDS for w in words
    ):
        return " ".join(words)
    return None


def _aside_office(aside: str) -> str | None:
    """The office in a member's brackets after the seat and its dash ("Seat–Minister for
    X": "Minister for X")."""
    parts = re.split(r"[ \t]*[–—][ \t]*", aside, maxsplit=1)
    office = parts[-1] if len(parts) == 2 else ""
    words = office.split()
    return office if words and words[0] in HEADS else None


def _names_of(label_names: list[str], name: str) -> bool:
    """Does a label name this person: the surname ("BIDEN"), or words of the full name
    with its particles ("SHEIKH TAMIM BIN HAMAD AL THANI")?"""
    return surname_of(name) == " ".join(label_names) or (
        len(label_names) >= 2 and {w.lower() for w in label_names} <= set(name.lower().split())
    )


def _other_full_name(name: str, p: Person) -> bool:
    """Two full names of three words or more, neither within the other, are two people
    of one family name ("Sheikh A bin B Al Thani" and "Sheikh C bin D Al Thani")."""
    mine, theirs = set(name.lower().split()), set(p.name.lower().split())
    return len(mine) >= 3 and len(theirs) >= 3 and not (mine <= theirs or theirs <= mine)


def _person_for(people: People, name: str, titles, body: str, span, gazetteer=(), strict=False):
    """The person of `people` with this name or surname, or a new one (kept only when the
    gazetteer or a title vouches for it)."""
    for p in people.persons:
        if name in (p.name, p.surname) or name in p.aliases or p.name in name.split(" ", 1)[-1:]:
            return p
        if (
            surname_of(name) == p.surname
            and p.name.endswith(p.surname)
            and not _other_full_name(name, p)
        ):
            return p
    entry = next((g for g in (*gazetteer, *GAZETTEER) if name == g[0] or name in g[3]), None)
    if entry is None:
        # "Sheikh A", "H.E. A": the known name after an address word
        entry = _gaz_lookup(_gazetteer(gazetteer), name.split(" ", 1)[-1])
    if strict and entry is None:
        return None
    title = " ".join(titles) if titles else None
    person = Person(
        key=_key(entry[0] if entry else name),
        name=name,
        # "Amir of the State of Qatar": the title's country before the gazetteer's
        country=(_country_words(title) if title else None)
        or (entry[1] if entry else None)
        or people.home,
        titles=[title] if title else [],
        first=span or (0, 0),
        titled=bool(title),
    )
    if entry:
        person.aliases = [a for a in (entry[0], *entry[3]) if a != name]
    if person.surname != name:
        person.aliases.insert(0, person.surname)
    people.persons.append(person)
    if span:
        people.mentions.append(Mention(span[0], span[1], person))
    return person


_YOUR_EVENT = re.compile(
    r"\byour(?=\s+(?:[\w\-]+\s+){0,2}(?:meeting|call|conversation|talks|trip|visit|"
    r"bilateral|discussion)s?\b)",
    re.I,
)


def add_speaker_mentions(
    body: str, people: People, title: str | None, gazetteer=(), home: str | None = None
) -> list[Turn]:
    """Add a mention of the speaker at each first-person pronoun of a turn (and of the
    addressee at "you", of both at "we", in a two-person dialogue)."""
    turns = find_turns(body, people, title, gazetteer)
    _ours(body, people, turns)
    if home:
        _guest_side(body, people, turns, home, gazetteer)
    taken = {(m.start, m.end) for m in people.mentions}
    added = []
    for i, t in enumerate(turns):
        nxt = turns[i + 1] if i + 1 < len(turns) else None
        if t.speaker is None and nxt is not None and nxt.speaker is not None:
            # "Q: ... since your meeting with Wang Yi in Vienna in May?": the one who answers
            text = body[t.start : t.end]
            for m in _YOUR_EVENT.finditer(text):
                added.append(Mention(t.start + m.start(), t.start + m.end(), nxt.speaker))
        if t.speaker is None:
            continue
        text = body[t.start : t.end]
        for m in _FIRST.finditer(text):
            added.append(Mention(t.start + m.start(), t.start + m.end(), t.speaker))
        if t.addressee is not None:
            for m in _YOU.finditer(text):
                added.append(Mention(t.start + m.start(), t.start + m.end(), t.addressee))
            for m in _WE.finditer(text):
                a, b = t.start + m.start(), t.start + m.end()
                added.append(Mention(a, b, t.speaker))
                added.append(Mention(a, b, t.addressee))
    added = [m for m in added if (m.start, m.end) not in taken]
    if added:
        people.mentions.extend(added)
        people.mentions.sort(key=lambda m: m.start)
    return turns


_OUR = re.compile(r"\b[Oo]ur\s+$")


def _ours(body: str, people: People, turns: list[Turn]) -> None:
    """ "Our Minister of State, Dr. A, was in Tehran": an official a speaker calls "our",
    whose title names no country, serves the speaker's country."""
    for t in turns:
        if t.speaker is None or not t.speaker.country:
            continue
        for p in people.persons:
            if (
                t.start <= p.first[0] < t.end
                and p.country != t.speaker.country
                # ("Our Minister of State, Dr. A": the mention may start at "Our")
                and (
                    _OUR.search(body, max(t.start, p.first[0] - 6), p.first[0])
                    or re.match(r"[Oo]ur\s", body[p.first[0] : p.first[0] + 4])
                )
                and not any(_country_words(x) for x in p.titles)
            ):
                p.country = t.speaker.country


# a mention that opens a sentence (or a turn) is the subject of its clause
_OPENS_SENTENCE = re.compile(r"(?:^\s*|[.!?][”\"’]?\s+|:[ \t]+)$")
_SPEAKER_AS_OBJECT = re.compile(r"\b(?:me|us)\b")
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)")


def _guest_side(body: str, people: People, turns: list[Turn], home: str, gazetteer=()) -> None:
    """In a press conference of two sides, the guest (a speaker of another country than the
    text's) speaks of the people of the two sides, whom their titles do not place:
    - "President A chose our capital for his first visit": a titled person who opens a
      sentence of the guest's turn as its subject (and does not act on the guest: "President
      A received me") is of the guest's country, not the home one a bare title guesses;
    - "I will be received by President B": one the guest's words place in neither side
      (a guess from the nearest foreign country, named for something else) is of the home
      side, whom the guest meets."""
    gaz = _gazetteer(gazetteer)
    for t in turns:
        guest = t.speaker
        if guest is None or not guest.country or guest.country == home:
            continue
        for p in people.persons:
            if (
                p is guest
                or not p.titles
                or not t.start <= p.first[0] < t.end
                or any(_country_words(x) for x in p.titles)
                # ("the Russian Ambassador, A": the words before, in its sentence, place A)
                or _country_words(
                    re.split(r"[.!?:]\s", body[max(t.start, p.first[0] - 30) : p.first[0]])[-1]
                )
                or _gaz_lookup(gaz, p.name)
            ):
                continue
            before = body[max(t.start, p.first[0] - 4) : p.first[0]]
            if p.country != guest.country and _OPENS_SENTENCE.search(before):
                end = _CLAUSE_END.search(body, p.first[1], t.end)
                if not _SPEAKER_AS_OBJECT.search(body, p.first[1], end.start() if end else t.end):
                    p.country = guest.country
                    continue
            if p.country not in (home, guest.country):
                p.country = home

"""Later mentions and aliases: one person named again.

A surname alone or a fuller or shorter form of a name found before (_attach,
_fuller_name, _bare_mentions), words of address used alone ("Samdech Thipadei",
_address_mentions), a counterpart ("his Moroccan counterpart, B", _COUNTERPART,
_counterparts_title: B holds the other's office), a title written again without its name
("External Affairs Minister", "EAM": _bare_title_mentions) and a definite envoy noun ("the
Belarusian diplomat": _envoy_anaphors). find_people and add_title_mentions (home.py) call
these.

Imports titles and names.
"""

from __future__ import annotations

import re

from ...countries import country_of_word
from .names import (
    _SENTENCE_END,
    PARTICLES,
    STOP,
    Mention,
    People,
    Person,
    _gaz_lookup,
    _in_word,
    _key,
    _words_at,
    surname_of,
)
from .titles import _LOW, _UP, HONORIFICS, TITLE_WORDS

# a name's word, its letters perhaps accented, a hyphened family name's second capital with
# it ("Sargsyan-Hovakimyan", "McKenzie")
_WORD = rf"[{_UP}][{_LOW}\-’']+(?:[{_UP}][{_LOW}\-’']+)?"
_COUNTERPART = re.compile(
    # (no determiner after "met": "met French counterpart General A", the demonym then
    # needed, finder.py)
    r"\b(?:(?P<det>his|her|their|its)|(?<=met)|(?<=meet)|(?<=meets))\s+(?:(?P<dem>[A-Z][\w.\-’']*(?:\s+(?=[A-Z][\w.\-’']*\s+"
    r"counterpart)[A-Z][\w.\-’']*)?)\s+)?counterparts?\b"  # ("his New Zealand counterpart")
    r"(?:,?\s+(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Minister|President|Secretary|Premier|"
    r"Chancellor|Ambassador|Prince|Sheikh|King|Emir|Amir|Sultan|Crown|H\.E\.|Mr\.?|Ms\.?|Dr\.?"
    r"|General|Admiral|Colonel|Lieutenant|Major|Rear|Air|Marshal|Brigadier)\s+)*"
    # (a name's letters may be accented: "Eduardo Año", "José Núñez")
    rf"(?P<name>(?:{_WORD}\s+)?{_WORD}))?"
)
# "her Kenyan counterpart, Cabinet Secretary for Foreign Affairs A B": any title with its
# portfolio between the comma and the name
_COUNTERPART_TITLED = re.compile(
    r"\b(?P<det>his|her|their|its)\s+(?:(?P<dem>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)?)\s+)?"
    r"counterpart,\s+"
    r"(?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,9}?"
    rf"(?P<name>{_WORD}\s+{_WORD})(?=\s*[,.;]|\s+(?:to|in|on|at|and|for)\b)"
)


def _address_mentions(text: str, people: People) -> None:
    """Words of address written before a name at its first mention and used alone later
    ("..., Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of ..." then "Samdech
    Thipadei was accompanied by ..."): a run of two or more of them is a mention of that
    person."""
    taken = [(m.start, m.end) for m in people.mentions]
    for p in people.persons:
        first = min((m.start for m in people.mentions if m.person is p), default=None)
        if first is None:
            continue
        lead = text[max(0, first - 80) : first]
        run = re.search(r"(?:^|[,;:.]\s+|\n)((?:[A-Z][\w’'\-]*[ \t]+){2,5})$", lead)
        if not run:
            continue
        words = run.group(1).split()
        if any(
            (w in TITLE_WORDS and w != "Samdech")
            or w in STOP
            or (w in HONORIFICS and w != "Samdech")
            or country_of_word(w)
            for w in words
        ):
            continue
        address, own = set(words), first - len(run.group(1))
        for m in re.finditer(r"\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)+", text):
            ws = m.group(0).split()
            if m.start() == own or not set(ws) <= address:
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            people.mentions.append(Mention(m.start(), m.end(), p))
            taken.append((m.start(), m.end()))


def _counterparts_title(text: str, people: People, at: int) -> list[str]:
    """ "Foreign Minister A held talks with his Moroccan counterpart, B": B, whose title the
    text does not give, holds the office of the one whose counterpart B is, the person last
    named before "counterpart" in its sentence (of two offices joined by "and", the last, the
    portfolio: "Prime Cabinet Secretary and Foreign Minister A ... his counterpart, B")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    sentence = ends[-1] if ends else max(0, at - 400)
    before = [m for m in people.mentions if sentence <= m.start and m.end <= at]
    if not before or not before[-1].person.titles:
        return []
    title = before[-1].person.titles[0].split(" and ")[-1]
    of = re.search(r"\s+of\s+(?:the\s+)?(?P<c>(?:(?!\s+of\s)[^,])+)$", title)
    if of and country_of_word(of.group("c")):
        title = title[: of.start()]  # "Prime Minister of Kazakhstan": the office, not the state
    return [title] if title[:1].isupper() else []


def _fuller_name(name: str, p: Person) -> bool:
    """Whether `name`, met in the text, is p's name in full: longer, with p's name as one
    of its words ("Recep Tayyip Erdogan" after a headline's "Erdogan")."""
    if len(name) <= len(p.name):
        return False
    words, own = name.split(), p.name.split()
    # ("Alberto van Klaveren" after "van Klaveren": a name of two words with its particle)
    return any(words[k : k + len(own)] == own for k in range(len(words) - len(own) + 1))


def _take_fuller_name(p: Person, name: str) -> None:
    """A person first named by surname (a headline's "A meets B", a known leader's bare
    name) is named in full once the text gives the full name; the surname stays an alias."""
    if name in p.aliases:
        p.aliases.remove(name)
    p.aliases.append(p.name)
    p.name = name
    p.key = _key(name)


def _child_of(a: str, b: str) -> bool:
    """Does one name end with the other after a patronymic ("Faisal bin Khalid bin Sultan"
    and "Khalid bin Sultan"): the child named by the parent, two people?"""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return long[: -len(short)].split()[-1:] in (["bin"], ["ibn"], ["bint"], ["binti"])


def _attach(people: People, name: str, start: int, end: int, gaz) -> Person | None:
    """The person already found whom `name` denotes: same name, surname, or full name."""
    candidates = []
    for p in reversed(people.persons):
        if name == p.name:
            return p
        if name in p.aliases:
            if _fuller_name(name, p):
                _take_fuller_name(p, name)
            return p
        if name == p.surname or (
            (p.name.endswith(" " + name) or name.endswith(" " + p.name))
            and not _child_of(name, p.name)
        ):
            candidates.append(p)
        elif surname_of(name) == p.surname and surname_of(name) == p.name:
            candidates.append(p)
        elif (
            " " not in name
            and len(p.name.split()) >= 2
            and p.name.split()[0].lower() == name.lower()
            and (
                len(p.name.split()) == 2
                or any(w in PARTICLES for w in p.name.split())
                or all(len(w.rstrip(".")) > 1 for w in p.name.split())
            )
        ):
            candidates.append(p)  # "Kishida" after "Kishida Fumio"; "King Salman" after
            # "Salman bin Abdulaziz"; "President Samia" after "Samia Suluhu Hassan" (not
            # "Charles" after "Charles Q. Brown")
        elif (
            " " not in name
            and len(p.name.split()) >= 3
            and name in p.name.split()[1:-1]
            and name not in PARTICLES
            and name[:1].isupper()
        ):
            candidates.append(p)  # "Lula" after "Luiz Inácio Lula da Silva"
        elif (
            len(name.split()) >= 2
            and p.name.startswith(name + " ")
            and p.name.split()[len(name.split())] in PARTICLES
        ):
            candidates.append(p)  # "A bin B" after "A bin B bin C": a chain of descent cut
            # short before one of its particles
        elif surname_of(name) == p.surname and len(name.split()) > 1:
            entry = _gaz_lookup(gaz, name)
            if entry and (p.name in entry[3] or p.name == entry[0]):
                candidates.append(p)
    if candidates:
        p = candidates[0]
        if _fuller_name(name, p):
            _take_fuller_name(p, name)
        elif name not in p.aliases and name != p.name:
            p.aliases.append(name)
        return p
    return None


def _bare_mentions(text: str, people: People, gaz) -> None:
    taken = [(m.start, m.end) for m in people.mentions]
    words: dict[str, Person | tuple] = {}
    for p in people.persons:
        words[p.surname] = p
        words[p.surname[:1].upper() + p.surname[1:]] = p  # "Van Klaveren said" opens a sentence
        words[p.name] = p
    for entry in gaz:
        for alias in entry[3]:
            words.setdefault(alias, entry)
    if not words:
        return
    for start, end in _leftmost_longest(text, words, gaz):
        found = text[start:end]
        if any(a <= start < b for a, b in taken):
            continue
        if found in STOP:
            continue  # "He will", "He'll": the pronoun, not He Lifeng's surname alone
        target = words[found]
        if isinstance(target, tuple):
            person = _attach(people, found, start, end, gaz)
            if person is None:
                person = Person(
                    key=_key(target[0]),
                    name=found,
                    country=target[1],
                    first=(start, end),
                    aliases=[a for a in [target[0], *target[3]] if a != found],
                )
                people.persons.append(person)
            for w in (person.surname, person.name):
                words[w] = person
        else:
            person = target
        people.mentions.append(Mention(start, end, person))


def _leftmost_longest(text: str, words, gaz) -> list[tuple[int, int]]:
    """Where the words stand as whole words, leftmost first and the longest at a place, not
    overlapping: what one alternation of them all finds. The gazetteer's aliases (the same
    in every text) are one pattern compiled once; the text's own names, new in each text,
    are looked for one by one with str.find (compiling an alternation of them cost more than
    the whole search)."""
    longest: dict[int, int] = {}
    pattern = _words_at(tuple(sorted({a for e in gaz for a in e[3]})))
    for m in pattern.finditer(text) if pattern is not None else ():
        longest[m.start()] = max(longest.get(m.start(), 0), m.end(1))
    for word in words:
        if isinstance(words[word], tuple):
            continue  # a gazetteer alias: in the pattern above
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # a whole word: no word character or hyphen either side (as _words_at's pattern)
            if not (at and _in_word(text[at - 1])) and not (
                end < len(text) and _in_word(text[end])
            ):
                longest[at] = max(longest.get(at, 0), end)
            at = text.find(word, at + 1)
    spans, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            spans.append((start, longest[start]))
            reached = longest[start]
    return spans


# "the Belarusian diplomat", "the Russian envoy" with no name after it: a definite envoy noun
# with a demonym (`_envoy_anaphors`)
_ENVOY_WORDS = re.compile(r"diplomat|[Ee]nvoy|[Aa]mbassador|[Cc]harg[eé]")
_THE_DEMONYM_ENVOY = re.compile(
    r"\b[Tt]he\s+(?P<dem>[A-Z][\w\-]+)\s+(?:diplomat|envoy|[Aa]mbassador|[Cc]harg[eé]\s+"
    r"d[’']\s?[Aa]ffaires(?:\s+a\.i\.)?)\b(?!\s*,?\s+(?:to\s+|in\s+|of\s+)?[A-Z])"
)
_ENVOY_TITLE = re.compile(r"\b(?:Ambassador|Charg[eé]|Envoy|[Dd]iplomat|High\s+Commissioner)")


def _envoy_anaphors(body: str, people: People, taken: list) -> bool:
    """ "The Chargé d'Affaires of Belarus, A, was summoned ... The Belarusian diplomat had
    previously been summoned in February": a definite envoy noun with a demonym and no name
    refers back to the envoy of that country the text named last before it."""
    if not _ENVOY_WORDS.search(body):
        return False
    added = False
    for m in _THE_DEMONYM_ENVOY.finditer(body):
        code = country_of_word(m.group("dem"))
        if not code or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = [
            x
            for x in people.mentions
            if x.end <= m.start()
            and x.person.country == code
            and any(_ENVOY_TITLE.search(t) for t in x.person.titles)
        ]
        if not before:
            continue  # "the French Ambassador will return": no envoy named, none to refer to
        people.mentions.append(Mention(m.start(), m.end(), before[-1].person))
        taken.append((m.start(), m.end()))
        added = True
    return added


def _bare_title_mentions(body: str, people: People, taken: list) -> bool:
    """ "External Affairs Minister will pay a visit", "EAM spoke with ...": a title the text
    gave one person, written again without a name (or as its initials), is a mention of that
    person."""
    forms: dict[str, list[Person]] = {}
    for p in people.persons:
        for title in p.titles:
            words = title.split()
            if len(words) < 2 or " of " in title or not all(w[:1].isupper() for w in words):
                continue
            for form in {title, "".join(w[0] for w in words)}:
                forms.setdefault(form, []).append(p)
    for p in people.persons:
        for title in p.titles:
            # "High Representative for Foreign Affairs and Security Policy A", later "The
            # High Representative briefed ...": the office's head words, with "the"
            head = title.split(" for ")[0].split()
            if (
                " for " in title
                and len(head) >= 2
                and all(w[:1].isupper() for w in head)
                and not country_of_word(head[0])
            ):
                forms.setdefault("the " + " ".join(head), []).append(p)
    added = False
    for form, holders in forms.items():
        if len({id(p) for p in holders}) != 1 or (len(form) < 3 and form.isupper()):
            continue
        the = form.startswith("the ")
        for start, end in _bare_title_spans(body, form.removeprefix("the "), the):
            if any(a < end and start < b for a, b in taken) or re.search(
                r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Ii]ts)|[A-Z][\w\-]*)\s+$"
                if not the
                else r"[A-Za-z][\w\-]*\s+$",
                body[max(0, start - 16) : start],
            ) and not (the and re.search(r"(?:^|[.;:,]\s+|\n|\b(?:and|with|that|by)\s+)$",
                                         body[max(0, start - 16) : start])):
                continue  # "the Prime Minister" is another rule's; "Deputy Prime Minister" another
            people.mentions.append(Mention(start, end, holders[0]))
            taken.append((start, end))
            added = True
    return added


# what may not follow a bare title: more of its last word, or a name, "of" or "for" (the
# title of someone named after it: "Defence Secretary A", "Secretary of X")
_TITLE_GOES_ON = re.compile(r"[\w’'-]|\s+(?:[A-Z]|of\b|for\b)")


def _bare_title_spans(body: str, words: str, the: bool):
    """Where `words` (after "the " or "The " when `the`) stand as a title of their own, left
    to right, not overlapping: not after a word character, a hyphen, a full stop or an
    apostrophe, and not followed by what _TITLE_GOES_ON matches. Found with str.find: a
    pattern for each title of each text cost more to compile than the search."""
    reached = 0
    at = body.find(words)
    while at >= 0:
        start, end = (at - 4 if the else at), at + len(words)
        if (
            start >= reached
            and (not the or body[start:at] in ("the ", "The "))
            and not (start and (_in_word(body[start - 1]) or body[start - 1] in ".’'"))
            and not _TITLE_GOES_ON.match(body, end)
        ):
            yield start, end
            reached = end
        at = body.find(words, at + 1)


def _same(p: Person, q: Person) -> bool:
    names = {q.name, *q.aliases}
    return (
        p.name in names
        or q.name in {p.name, *p.aliases}
        or (p.surname == q.surname and p.country == q.country)
    )

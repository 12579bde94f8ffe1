"""The text's home: the publisher's country and offices, and "the President".

home_country is the country whose officials a text names without a demonym (the
publisher's, by PUBLISHER_COUNTRY or its address's domain, else the country the text
names most, its headline's, or its first official's). publisher_offices are the offices
a publisher's name shows. add_title_mentions, run after find_people, ties "The President",
"the Prime Minister" without a name to the one person who holds that office (the home's,
in a home government's text) and adds the bare title and envoy mentions of mentions.py.

The top layer: it calls find_people.
"""

from __future__ import annotations

import re

from ...countries import country_of_word, normalize_country
from .countries import _OF_COUNTRY, _country_words
from .finder import find_people
from .mentions import _bare_title_mentions, _envoy_anaphors, _same
from .names import _COUNTRY_WORD, GAZETTEER, Mention, People, Person, _gaz_lookup
from .titles import _title_head
from .visits import _country_in_words

PUBLISHER_COUNTRY = {
    "white house": "US",
    "the white house": "US",
    "state department": "US",
    "u.s. department of state": "US",
    "department of defense": "US",
    "pentagon": "US",
    "cnn": "US",
    "nbc": "US",
    "abc": "US",
    "cbs": "US",
    "fox news": "US",
    "npr": "US",
    "new york times": "US",
    "the new york times": "US",
    "washington post": "US",
    "the washington post": "US",
    "wall street journal": "US",
    "politico": "US",
    "axios": "US",
    "xinhua": "CN",
    "global times": "CN",
    "china daily": "CN",
    "cgtn": "CN",
    "people's daily": "CN",
    "chinese foreign ministry": "CN",
    "tass": "RU",
    "rt": "RU",
    "kyodo": "JP",
    "nhk": "JP",
    "yonhap": "KR",
    "anadolu": "TR",
    "bernama": "MY",
    "the hindu": "IN",
    "foreign, commonwealth & development office": "GB",
    "fcdo": "GB",
    "gov.uk": "GB",
    "prime minister's office, 10 downing street": "GB",
    "10 downing street": "GB",
    "downing street": "GB",
    "kremlin": "RU",
    "élysée": "FR",
    "elysee": "FR",
}

# "Kyodo News", "Xinhua News Agency": a known publisher's name and what kind of outlet it is
_OUTLET_WORDS = re.compile(r"\s+(?:news(?:\s+agency)?|agency|wire|service)$")
# "www.outlet.com.tr", "outlet.fi": a country's domain (not one sold as a generic word)
_COUNTRY_DOMAIN = re.compile(r"^[a-z]+://[^/:]+\.(?P<cc>[a-z]{2})(?=[/:]|$)")
_GENERIC_DOMAINS = frozenset({"io", "tv", "co", "me", "ai", "ly", "fm", "cc", "eu", "int"})


def _domain_country(url: str | None) -> str | None:
    m = _COUNTRY_DOMAIN.match(url or "")
    if not m or m.group("cc") in _GENERIC_DOMAINS:
        return None
    code = "GB" if m.group("cc") == "uk" else m.group("cc").upper()
    try:
        return normalize_country(code)
    except ValueError:
        return None


# a publisher's run of name words (an initialism with its stops: "U.S. Department of X")
_NAME_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:\.(?:[A-Z]\.)+)?(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*")


def home_country(
    publisher: str | None, text: str, title: str | None = None, url: str | None = None
) -> str | None:
    """The country whose officials a text names without a demonym: the publisher's (by its
    name, or the country domain of an unknown publisher's address: a foreign agency's text
    on the US or China is not theirs), or the country the text names most (of the US and
    China), or the first its title names ("Italy and Tunisia Launch ..."), or that of the
    first official the text gives one."""
    known = _OUTLET_WORDS.sub("", (publisher or "").strip().lower())
    if publisher and known in PUBLISHER_COUNTRY:
        return PUBLISHER_COUNTRY[known]
    if publisher:  # "Ministry of Foreign Affairs of Japan", "Élysée", "Kremlin"
        for m in _NAME_WORDS.finditer(publisher):
            words = m.group(0).split()
            for i in range(len(words)):
                code = country_of_word(" ".join(words[i:]))
                if code:
                    return code
            code = _country_in_words(words)  # "Australian Government Defence"
            if code:
                return code
    code = _domain_country(url)
    if code:
        return code
    counts: dict[str, int] = {}
    # ("US$18 billion" is a currency, not the country)
    for m in re.finditer(r"\b(?:U\.S\.|US|United States|American|China|Chinese|PRC)\b(?!\$)", text):
        code = country_of_word(m.group(0))
        if code:
            counts[code] = counts.get(code, 0) + 1
    if counts and max(counts.values()) > 1:
        # (one passing mention, "the impact of United States tariffs", is not the publisher)
        return max(counts, key=counts.get)
    label = re.match(r"\s*(?P<c>[^:]{1,40}):\s", title or "")
    if label and country_of_word(label.group("c").strip()):
        # "Belarus: Switzerland adopts further sanctions": the topic before the colon is the
        # other country; the one the headline's sentence is about publishes
        title = title[label.end() :] + " " + title[: label.end()]
    for m in _COUNTRY_WORD.finditer(title or ""):
        code = country_of_word(m.group(0).split()[0]) or country_of_word(m.group(0))
        if code and code != "EU":
            return code
    first = next(
        (
            p
            for p in find_people(text, home=None).persons
            if p.titled and p.country and p.country != "EU"
        ),
        None,
    )
    return first.country if first else None


_THE_TITLE = re.compile(
    r"\b[Tt]he\s+(?P<t>(?:Vice\s+|Deputy\s+|Crown\s+|Prime\s+|Foreign\s+|Defen[cs]e\s+|"
    r"National\s+Security\s+)?(?:President|Minister|Premier|Chancellor|Secretary|King|Queen|"
    r"Prince|Emir|Amir|Sultan|Advisor|Adviser|Speaker|Head\s+of\s+State))\b(?![’']s\s+(?:[a-z]+\s+)?(?:office|team)"
    r")(?!\s+(?:of|for)\b)(?!\s+[A-Z][a-z])"
)


# the head of a full minister's title ("foreign minister", "minister of defence" has "minister"
# as its head; not a prime, deputy or vice minister's)
_FULL_MINISTRY = re.compile(
    r"(?!(?:prime|deputy|vice|assistant|under|junior|state|chief|first|press|permanent|"
    r"principal|parliamentary|executive|general)\b)(?:[a-z\-]+\s+){0,3}"
    r"(?:minister|secretary)"
)


_AND_TITLE = re.compile(
    r"\s+and\s+(?P<t>(?:Vice\s+|Deputy\s+|Crown\s+|Prime\s+|Foreign\s+)?(?:President|Minister|"
    r"Premier|Chancellor|Secretary|King|Queen|Prince|Emir|Amir|Sultan))\b(?!\s+(?:of|for)\b)"
    r"(?!\s+[A-Z][a-z])"
)


def publisher_offices(publisher: str | None) -> set[str]:
    """Offices a publisher's name shows the home government has: "Prime Minister's Office,
    10 Downing Street", "Office of the President of the Republic of Korea", "Presidency"."""
    name = (publisher or "").lower()
    found = {
        o
        for o in ("prime minister", "president", "chancellor", "premier")
        if re.search(rf"\b{o}", name)
    }
    if re.search(r"\bpresidency\b", name):
        found.add("president")
    if re.search(r"\bchancellery\b", name):
        found.add("chancellor")
    return found


def _surname_placed_by_title(title: str, p: Person, people: People) -> None:
    """ "Remarks by President A Before a Meeting with President B C of X" over a body that
    says only "President C": the body's C is the title's B C, of the country the title
    names with the name ("of X" after it, or a country in the title's words), whatever the
    body's context guessed."""
    at = title.find(p.name)
    if not p.country or " " not in p.name or at < 0:
        return
    of = _OF_COUNTRY.match(title[at + len(p.name) : at + len(p.name) + 80])
    named = of and country_of_word(of.group("c")) == p.country
    if not (named or any(_country_words(t) == p.country for t in p.titles)):
        return
    heads = {_title_head(t) for t in p.titles}
    for q in people.persons:
        if (
            q.name == p.surname
            and q.country != p.country
            and {_title_head(t) for t in q.titles} <= heads
            and not any(_country_words(t) for t in q.titles)
        ):
            q.country = p.country
            if p.name not in q.aliases:
                q.aliases.append(p.name)


def add_title_mentions(
    body: str, people: People, title: str | None, publisher: str | None = None
) -> None:
    """ "The President", "the Prime Minister" without a name are mentions of the one person
    of the text (or of its title: "Readout of President A's Call with Prime Minister B")
    who holds that office, when exactly one does."""
    if title:
        for p in find_people(title, home=people.home).persons:
            if not (p.titled and p.titles):
                continue
            _surname_placed_by_title(title, p, people)
            if any(_same(p, q) for q in people.persons):
                continue
            first = _THE_TITLE.search(body)
            own = _title_head(p.titles[-1])
            holders = [
                m
                for m in _THE_TITLE.finditer(body)
                if _title_head(m.group("t")) == own
                # "Foreign Minister A visits X" over "The Minister arrived in ...": a bare
                # head word of a full ministry the title gives (the bare-title rule below)
                or (
                    _title_head(m.group("t")) in ("minister", "secretary")
                    and _FULL_MINISTRY.fullmatch(own)
                    and own.endswith(_title_head(m.group("t")))
                )
            ]
            if not holders:
                continue
            first = holders[0]
            p.first = (first.start(), first.end())
            p.mentions = []
            people.persons.append(p)
    offices: dict[str, list[Person]] = {}
    for p in people.persons:
        for t in {_title_head(t) for t in p.titles if t}:
            offices.setdefault(t, []).append(p)
    home_offices = publisher_offices(publisher) | _HOME_OFFICES.get(people.home or "", set())
    for p in people.persons:
        # "the PMOS said Keir Starmer had a call ...": a known holder of a home office the
        # text names without a title holds it when no one of home the text names does
        known = None if p.titles else _gaz_lookup(GAZETTEER, p.name)
        head = _title_head(known[2] or "") if known and known[1] == people.home else ""
        if head in home_offices and not any(q.country == p.country for q in offices.get(head, [])):
            offices.setdefault(head, []).append(p)  # (the home one of its holders)
    taken = [(m.start, m.end) for m in people.mentions]
    added = False
    found = list(_THE_TITLE.finditer(body))
    for m in list(found):  # "the President and Prime Minister": one article, two offices
        second = _AND_TITLE.match(body, m.end())
        if second:
            found.append(second)
    for m in found:
        head = _title_head(m.group("t"))
        holders = offices.get(head, [])
        if head in ("minister", "secretary"):
            # "Foreign Minister A visited X. The Minister held talks with B": the holder of
            # a full ministry the text names (of the home country when several do, also
            # beside a "Minister of Trade C" of another country)
            full = [
                p for p in people.persons
                if any(_FULL_MINISTRY.fullmatch(h) and h.endswith(head)
                       for h in {_title_head(t) for t in p.titles if t})
            ]
            if holders and full and people.home:
                both = holders + [p for p in full if all(p is not q for q in holders)]
                own = [p for p in both if p.country == people.home]
                holders = own if len(own) == 1 else holders
            elif not holders:
                holders = full
            if len(holders) > 1:
                holders = [p for p in holders if p.country and p.country == people.home]
        if (
            len(holders) > 1
            or head in _HOME_OFFICES.get(people.home or "", ())
            or head in publisher_offices(publisher)
        ):
            # in a White House text "the President" is the US one
            holders = [p for p in holders if p.country and p.country == people.home]
        if len(holders) > 1 and (
            head in publisher_offices(publisher) | _HOME_OFFICES.get(people.home or "", set())
            or all(p.country == people.home for p in holders)
        ):
            # "the Secretary" in a text naming two secretaries, "the Foreign Minister" in one
            # naming the home's present and earlier one: the one the text names first
            holders = [min(holders, key=lambda p: p.first[0])]
        if len(holders) != 1 or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        people.mentions.append(Mention(m.start(), m.end(), holders[0]))
        taken.append((m.start(), m.end()))
        added = True
    # ("met Deputy Prime Minister and Minister of X B": a title the text gave another, in
    # B's own title before B's name, is B's)
    taken.extend(p.first for p in people.persons if p.titled and p.first[0] < p.first[1])
    added = _bare_title_mentions(body, people, taken) or added
    added = _envoy_anaphors(body, people, taken) or added
    if added:
        people.mentions.sort(key=lambda m: m.start)


# Offices of the home government that a bare "the <office>" names in its own texts
_HOME_OFFICES = {
    "US": {
        "president",
        "vice president",
        "secretary",
        "national security advisor",
        "national security adviser",
        "speaker",
    }
}

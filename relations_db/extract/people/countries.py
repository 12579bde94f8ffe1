"""A person's country: the decision steps and what each reads.

_decide_country runs the steps in evidence order (its docstring lists them): the country
of a group of titles, the host-visitor logic (with visits.py), then the context
(_guess_country, _context_country: international bodies' officers, a sanction's targets,
a side or delegation and who leads it, monarchies, the two of a meeting pair, an office
only one person at home holds), then the North Korean and visitor corrections. The
country a title itself gives is read here too: demonyms and possessives before it,
institutions and "of <country>" after it (_title_parts, _country_of_institution,
_country_after_of, _INSTITUTION_OF, _OF_COUNTRY), acronyms a text defines (_acronym_countries)
and the country words of a run (_country_words, _join_country_words).

Imports titles, names, listings and visits.
"""

from __future__ import annotations

import re

from ...countries import country_of_word, country_phrase_limit, subdivision_country
from .listings import _DESIGNATED, _LISTED_ARE, _in_bulleted_list, _sanctioned_country
from .names import _COUNTRY_WORD, _SENTENCE_END, GAZETTEER, STOP, Person, _chinese_name, _gaz_lookup
from .titles import _INSTITUTION, HEADS, TITLE_WORDS, _singular, _state_head, _title_head
from .visits import (
    _GENERIC_BODY,
    _NAMES_US,
    _ONE_HOLDER,
    _at_boundary,
    _clause_place,
    _country_in_words,
    _destination_of,
    _has,
    _host_of_meeting,
    _host_of_visit,
    _host_of_visitor,
    _main_foreign,
    _met_abroad,
    _met_object,
    _nearest_foreign,
    _visits_home,
    _without_venues,
)

_DEMONYM_BEFORE = re.compile(r"\b([A-Z][\w\-]*)(?:[’']s)?[ \t]+$")

# "Sudan's Rapid Support Forces (RSF)", "the Sudanese Armed Forces (SAF)": an acronym the
# text defines for a body of a country
_ACRONYM_DEF = re.compile(
    r"\b(?P<c>[A-Z][\w\-]*)(?:[’']s)?[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){0,4}[A-Z][\w\-]*[ \t]+)?"
    r"\((?P<a>[A-Z]{2,6})\)"
)
_ACRONYM_BEFORE = re.compile(r"\b(?P<a>[A-Z]{2,6})(?:[’']s)?[ \t]+(?:[a-z]+[ \t]+){0,2}$")


def _acronym_countries(text: str) -> dict[str, str]:
    out = {}
    for m in _ACRONYM_DEF.finditer(text):
        # (or a state's entity, province or region: "the Republika Srpska (RS)" is Bosnia's)
        words = text[m.start() : m.start("a")].split()[:-1]
        code = country_of_word(m.group("c")) or next(
            (c for n in range(len(words)) if (c := subdivision_country(" ".join(words[n:])))),
            None,
        )
        if code and m.group("a") not in out and not country_of_word(m.group("a")):
            out[m.group("a")] = code
    return out


def _acronym_in(title: str, acronyms: dict[str, str]) -> str | None:
    return next((acronyms[w] for w in re.findall(r"\b[A-Z]{2,6}\b", title) if w in acronyms), None)


# "Finland's Foreign Minister A", "the Philippines' Secretary A": the owner of a title
_POSSESSIVE = re.compile(r"\b(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:[’']s|s[’'])\s+$")

# "five senior Georgian officials, including the head of ...": the group's country
_AMONG = re.compile(
    r"\b(?P<dem>[A-Z][\w\-]*)\s+(?:[a-z]+\s+){0,3}(?:officials|individuals|ministers|leaders|nationals|"
    r"citizens|officers|commanders|judges)\s*(?:,?\s+(?:including|among\s+them|such\s+as)\s+"
    r"(?:the\s+)?"
    # "three Myanmar military officials: General A, Colonel B and Major C": a listed one
    r"|:\s+(?:[^.;:]{0,120}?(?:,|\band)\s+)?)$"
)
# "the Kenyan side will be represented by Deputy Minister A": the one who leads a side
SIDE_LED_BY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:high-level|senior|visiting|large|official)\s+)?"
    r"(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:side|delegation|team|party)"
    r"(?:\s+(?:(?:will\s+be|is|was|would\s+be|has\s+been|had\s+been)\s+)?"
    r"(?:represented|headed|led)\s+by\s+(?:(?!\b(?:side|delegation|team)\b)[^.;:]){0,100}$"
    # "The Uzbek delegation, led by Minister A, was received by B": the participle's own
    # agent only (titles' words between "by" and the name, no clause after)
    r"|,\s+(?:represented|headed|led)\s+by\s+(?:(?:the\s+)?[A-Z][\w\-]*,?\s+|(?:of|for|and)\s+)"
    r"{0,10}$)"
    # ("The X delegation was led by A, and the Y delegation by B": the verb left out)
    r"|,\s+and\s+the\s+(?P<dem2>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:side|delegation|team)"
    r"\s+by\s+"
    r"(?:[A-Z][\w\-.]*\s+){0,6}$"
)

_INSTITUTION_OF = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}" + _INSTITUTION + r"\s+of\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
    # "the European Commission", "the Indian Navy": a demonym before the institution
    r"|(?:the\s+)?(?P<d>[A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+){0,2}" + _INSTITUTION
)
_OF_COUNTRY = re.compile(
    # ("of the Democratic Republic of the Congo": "of the" inside the name)
    r"^,?\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*)*)"
)


# a plural office set off by a comma before a list of untitled names: "The leaders of X, Y
# and Z, A, B and C, met", "their French counterparts, A and B,", "the foreign ministers
# of X and Y, A and B"
_PLURAL_OFFICE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:two\s+|three\s+|four\s+)?"
    # ("her French and Polish counterparts, A and B": a demonym per name, in order)
    r"(?P<dem>(?:[A-Z][\w\-]*,?\s+(?:and\s+(?=[A-Z]))?){0,4})"
    r"(?P<office>(?:(?-i:[a-zA-Z]+)\s+(?:and\s+[a-z]+\s+)?)?(?i:ministers|leaders|presidents|"
    r"counterparts|heads\s+of\s+(?:state|government)|secretaries)"
    r"(?:\s+of\s+(?:[Ff]oreign\s+[Aa]ffairs|[Dd]efen[cs]e))?)"
    # (", respectively A and B": the order said in words)
    r"(?:\s+of\s+(?P<cs>[^,;.]{2,80}?(?:,\s+[^,;.]{2,40}?)*))?,\s+(?:respectively,?\s+)?$"
)
_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _plural_apposition(found: list, text: str) -> list:
    """Untitled names listed after a plural office and a comma take its title (singular)
    and, in order, the countries it names ("The foreign ministers of X and Y, A and B"); the
    counterparts of titled people named before take their titles, in order, and the
    demonym's country ("A and B hosted their French counterparts, C and D")."""
    if ", " not in text:
        return found
    items = sorted(found, key=lambda x: x[0])
    by_start = {x[0]: x for x in items}
    done: set[int] = set()
    for k, item in enumerate(items):
        if item[6] or item[0] in done:
            continue
        m = _PLURAL_OFFICE.search(text, max(0, item[0] - 160), item[0])
        if not m:
            continue
        run = [item]
        for nxt in items[k + 1 :]:
            gap = text[run[-1][1] : nxt[0]]
            if nxt[6] or not _LIST_GAP.fullmatch(gap):
                break
            run.append(nxt)
            if gap.strip(", ").startswith("and"):
                break
        if len(run) < 2 or not re.match(r"\s*(?:,|\s(?-i:[a-z]))", text[run[-1][1] :]):
            continue
        office = m.group("office")
        codes: list = [None] * len(run)
        titles: list = [[] for _ in run]
        if m.group("cs"):
            named = [country_of_word(w.strip()) for w in re.split(r",\s+(?:and\s+)?|\s+and\s+",
                                                                  m.group("cs"))]
            if len(named) == len(run) and all(named):
                codes = named
        dems = [w for w in re.split(r",\s*|\s+and\s+", m.group("dem").strip()) if w]
        dem = country_of_word(" ".join(dems)) if dems else None
        if dem:
            codes = [dem] * len(run)
        elif len(dems) > 1 and len(dems) == len(run) and all(map(country_of_word, dems)):
            codes = [country_of_word(w) for w in dems]
        if re.match(r"(?i)counterparts", office):
            owners = [x for x in items if x[6] and x[3] and x[1] <= m.start()
                      and not re.search(r"[.;]", text[x[1] : m.start()])]
            if len(owners) >= len(run):
                titles = [list(x[3][-1:]) for x in owners[-len(run) :]]
        else:
            word = re.sub(r"(?i)\b(?:leaders|heads\s+of\s+(?:state|government))$", "Leader",
                          office)
            word = _singular(word)
            titles = [[" ".join(w[:1].upper() + w[1:] for w in word.split())]] * len(run)
        if not any(codes) and not any(titles):
            continue
        for x, code, title in zip(run, codes, titles, strict=True):
            new = (x[0], x[1], x[2], title, code or x[4], x[5], True, x[0], *x[8:])
            found[found.index(by_start[x[0]])] = new
            done.add(x[0])
    return found


# a plural office right before a list of names, with no comma: "Kenyan and Ghanaian
# Defence Ministers A and B", "Foreign ministers A of X, B of Y and C of Z"
_PLURAL_BEFORE_NAMES = re.compile(
    r"(?:\b(?P<d1>[A-Z][\w\-]*)\s+and\s+(?P<d2>[A-Z][\w\-]*)\s+)?"
    r"(?P<office>(?:[A-Z][\w\-]*\s+){0,2}(?i:ministers|presidents|secretaries|ambassadors|envoys"
    r"|premiers|chancellors|governors|commanders|chiefs)(?:\s+of\s+(?:[Ff]oreign\s+[Aa]ffairs"
    r"|[Dd]efen[cs]e))?)[ \t]+$"
)
_PLURAL_STEMS = ("inisters", "residents", "ecretaries", "mbassadors", "nvoys", "remiers",
                 "hancellors", "overnors", "ommanders", "hiefs")
_PLURAL_OFFICE_END = re.compile(
    r"\b(?:[Mm]inisters|[Pp]residents|[Ss]ecretaries|[Aa]mbassadors|[Ee]nvoys|[Pp]remiers"
    r"|[Cc]hancellors|[Gg]overnors|[Cc]ommanders|[Cc]hiefs)"
    r"(?:\s+of\s+(?:[Ff]oreign\s+[Aa]ffairs|[Dd]efen[cs]e))?[ \t]+(?=[A-Z])"
)
# between two names of such a list: an "of <country>" after the first, the comma or "and",
# and the second one's rank ("... A and Colonel General B")
_PLURAL_LIST_GAP = re.compile(
    r"(?P<of>[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})?"
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:General|Admiral|Colonel|Lieutenant|Major"
    r"|Vice|Rear|Air|Marshal|Brigadier|Senior)[ \t]+)*"
)


def _plural_before_names(found: list, text: str) -> list:
    """Names listed right after a plural office take its title (singular) and their
    countries: an "of <country>" after each name, else two demonyms or countries before the
    office, in order ("Kenyan and Ghanaian Defence Ministers A and B": A is Kenyan)."""
    # (where a plural office ends right before a capital: the only places to try)
    if not any(w in text for w in _PLURAL_STEMS):
        return found  # (speed only: the words' stems, without their capitals)
    ends = {m.end() for m in _PLURAL_OFFICE_END.finditer(text)}
    if not ends:
        return found
    items = sorted(found, key=lambda x: x[0])
    for k, item in enumerate(items):
        if item[0] not in ends:
            continue
        m = _PLURAL_BEFORE_NAMES.search(text, max(0, item[0] - 80), item[0])
        if not m or m.end() != item[0]:
            continue
        run, gaps = [item], []
        for nxt in items[k + 1 :]:
            gap = _PLURAL_LIST_GAP.fullmatch(text, run[-1][1], nxt[0])
            if not gap:
                break
            run.append(nxt)
            gaps.append(gap)
            if "and" in gap.group(0).split():
                break
        if len(run) < 2:
            continue
        ofs = [g.group("of") for g in gaps]
        last = _OF_COUNTRY.match(text[run[-1][1] : run[-1][1] + 80])
        ofs.append(last.group(0) if last else None)
        codes = [country_of_word(re.sub(r"^\s*of\s+", "", o)) if o else None for o in ofs]
        if not all(codes):
            pair = [country_of_word(m.group(g)) if m.group(g) else None for g in ("d1", "d2")]
            codes = pair if len(run) == 2 and all(pair) else [None] * len(run)
        if not any(codes) and all(x[6] for x in run):
            continue
        word = _singular(m.group("office"))
        title = " ".join(w[:1].upper() + w[1:] if w not in ("of",) else w for w in word.split())
        for x, code in zip(run, codes, strict=True):
            ranks = [t for t in x[3] if t != m.group("office")]
            new = (x[0], x[1], x[2], [title, *ranks], code or x[4], x[5], True, x[0], *x[8:])
            found[found.index(x)] = new
    return found


_REPRESENTS = re.compile(
    r"(?:,?\s+and\s+(?:(?:[A-Z]|(?:al|el|bin|bint|ibn|de|la|da|van|von)\b)[\w.\-’']*\s+){1,6}?)?"
    r"\s*represented\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
)


# "On the Jordanian side, it was attended by A and B", "attended, on the Saudi side, by C"
_ON_THE_SIDE = re.compile(r"\b[Oo]n\s+the\s+(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+side\b")


def _on_the_side(found: list, text: str) -> list:
    """People named after "on the X side" in its sentence, with no country of their own, are
    of X (up to the next side the sentence names)."""
    sides = list(_ON_THE_SIDE.finditer(text))
    for k, m in enumerate(sides):
        code = country_of_word(m.group("dem"))
        if not code:
            continue
        stop = _SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if k + 1 < len(sides):
            end = min(end, sides[k + 1].start())
        for item in [x for x in found if m.end() <= x[0] < end and not x[4]]:
            found[found.index(item)] = (*item[:4], code, *item[5:])
    return found


# "Norway was represented by (its Minister of X) A": the passive's agent is the subject's
_REPRESENTED_BY = re.compile(
    r"\b(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:was|were|is|are|will\s+be)\s+"
    r"represented\s+by\s+"
)


def _represented(found: list, text: str) -> list:
    """ "A and B represented Norway": the untitled names before the verb are of the country
    they represent; "Norway was represented by A" (its title between): A is too."""
    items = sorted(found, key=lambda x: x[0])
    for m in _REPRESENTED_BY.finditer(text):
        code = country_of_word(m.group("c"))
        agent = next((x for x in items if x[0] >= m.end()), None)
        if not code or agent is None or agent[4] or re.search(r"[.;]", text[m.end() : agent[0]]):
            continue
        if agent[0] - m.end() > 160:
            continue
        found[found.index(agent)] = (*agent[:4], code, *agent[5:])
        items = sorted(found, key=lambda x: x[0])
    for k, item in enumerate(items):
        if item[4] or item[6]:
            continue
        m = _REPRESENTS.match(text, item[1])
        code = country_of_word(m.group("c")) if m else None
        if not code:
            continue
        if m.group(0).lstrip(", ").startswith("and"):
            nxt = items[k + 1] if k + 1 < len(items) else None
            if nxt is None or nxt[0] > m.start("c") or nxt[6]:
                continue
        # (a person by the side they represent, though untitled: one of that side's heads)
        found[found.index(item)] = (*item[:4], code, item[5], True, *item[7:])
    return found


def _last_two_countries(found: list, before: int, text: str) -> list[str]:
    """The countries of the last two people named before `before` with different countries
    (from their title or an "of <country>" after the name), in the order the text first
    named them ("The Ministers, Mr. A and Mr. B" list the two sides as the text introduced
    them)."""
    out: list[str] = []
    first: dict[str, int] = {}
    for item in sorted((x for x in found if x[0] < before), key=lambda x: -x[0]):
        of = _OF_COUNTRY.match(text[item[1] : item[1] + 80])
        code = item[4] or (country_of_word(of.group("c")) if of else None)
        if code:
            first[code] = item[0]
        if code and code not in out and len(out) < 2:
            out.insert(0, code)
    return sorted(out, key=first.get) if len(out) == 2 else []


def _join_country_words(toks: list, text: str) -> None:
    """ "New Zealand Prime Minister A", "South Korean President B": a country or demonym of
    two or three words is one word of the title (its words are no name, and the title's
    country is read from the whole: "South Korean" is not "Korean")."""
    k = 0
    while k + 2 < len(toks):  # (a title and a name after the country)
        if toks[k][0][:1].isupper():
            for n in (3, 2):
                words = toks[k : k + n]
                # (read as written: "Sri" taken for a given name above is the country's word)
                if all(text[words[x][2] : words[x + 1][1]] == " " for x in range(n - 1)):
                    joined = text[words[0][1] : words[-1][2]]
                    if country_of_word(joined):
                        toks[k : k + n] = [(joined, words[0][1], words[-1][2])]
                        break
        k += 1


def _portfolio_country(toks, k: int) -> bool:
    """Is toks[k] a country in a portfolio, right after "for" and a head word ("Additional
    Secretary for Afghanistan and West Asia A")?"""
    return (
        k >= 2
        and bool(country_of_word(toks[k][0]))
        and toks[k - 1][0] == "for"
        and toks[k - 2][0] in HEADS
    )


def _ends_with_national_institution(words: list[str]) -> bool:
    """Does a title end with a country's institution, "... of the Czech Armed Forces",
    "... of the Austrian Senate": the country word right after the last "of (the)", and only
    title words (no name) after it?"""
    for k in range(len(words) - 2, 0, -1):
        if not (words[k - 1] == "of" or (words[k - 1] == "the" and k > 1 and words[k - 2] == "of")):
            continue
        rest = words[k + 1 :]
        return (
            bool(country_of_word(words[k]))
            and 0 < len(rest) <= 3
            and all(w in TITLE_WORDS or w in STOP for w in rest)
        )
    return False


def _international_word(toks, k: int) -> bool:
    """Is toks[k] (with the word before it) an international body's name, part of its
    officer's title: "African Union Commission Chairperson A", "Secretary-General of the
    Commonwealth B"?"""
    word = toks[k][0]
    pairs = [word]
    if k > 0:
        pairs.append(f"{toks[k - 1][0]} {word}")
    if k + 1 < len(toks):
        pairs.append(f"{word} {toks[k + 1][0]}")
    return any(_INTERNATIONAL.fullmatch(w) for w in pairs)


def _decide_country(
    text: str, p: Person, persons: list[Person], home: str | None, home_offices, gaz
) -> str | None:
    """The country of p, in evidence order. The explicit cues found with the name (a demonym
    or country in the title, "of X" after the name, a nationality, a listing's particulars)
    are already p.country and stand; then, for a person they leave unplaced:
    1. institution: the country closing a group of titles ("A of X and B of Y").
    2. host-visitor logic: the place the clause sets the meeting in; an office the home
       country already fills (its second holder is foreign); two holders of one office
       holding a meeting; the counterpart of the home side.
    3. context: the text around (`_guess_country`: international bodies' officers none,
       a sanction's targets, a side's leader, the one met abroad, the host of a visit ...).
    4. nothing: a second holder of a home office whom nothing places has no country (the
       home's is never a default for them).
    Then two corrections of a guess: a North Korean read as Korean, a visitor read as a
    national of the country visited."""
    code = p.country
    # 1. institution
    if code is None and p.titled:
        code = _of_country_of_next_group(text, p)
    # 2. host-visitor logic
    if code is None:
        code = _host_of_meeting(text, p)
    if code is None and home:
        code = _clause_place(text, p, home)
    if (
        code is None
        and home
        and home_offices
        and _office_held_at_home(p, persons, home, home_offices)
    ):
        # "Office of the President of Korea": another president is foreign
        code = _nearest_foreign(text, p.first[0], home) or None
    second_holder = bool(
        code is None
        and home
        and _one_holder_at_home(p, persons, home, True)
        # (not the one a foreign visitor meets at home: a second holder there is an
        # earlier or acting one, n05's caretaker foreign minister)
        and not (_met_object(text, p) and _host_of_visitor(text, p, home, persons))
    )
    near_text = _without_venues(text, p) if second_holder else text
    if second_holder:
        # "Prime Minister A (home) and Prime Minister and Minister of Foreign Affairs B": a
        # country has one prime minister, so B is of the foreign country named nearest
        # (else the foreign country the text names most: the other side of a bilateral);
        # first, that of a foreign subject of the same sentence ("Minister K of X shared
        # his view of the summit, which President B attended")
        # (not the venue of a multilateral meeting: "met Foreign Minister B on the sidelines
        # of the summit in Nairobi" does not say B is Kenyan)
        code = (
            _sentence_foreigner(text, p, persons, home)
            or _nearest_foreign(near_text, p.first[0], home, pairs=True)
            or _main_foreign(near_text, home)
            or None
        )
    if code is None and home:
        # "Minister for Foreign Affairs A and Minister of Foreign Affairs B will co-chair
        # the Foreign Ministers' Meeting": two holders of one office who hold a meeting
        # together serve two governments, the first named the home one
        code = _same_office_pair(text, p, persons, home)
    if code is None and p.counterpart and home and not _chinese_name(p, home):
        # "Foreign Minister Wong met her counterpart, Minister Sugiono": the other side
        # (a Chinese name says which before a country named near: "A and his
        # counterpart, Minister Wei B, will meet in Siem Reap, Cambodia")
        owner = max(
            (q for q in persons if q is not p and q.country and 0 < p.first[0] - q.first[0] < 200),
            key=lambda q: q.first[0],
            default=None,
        )
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
        if owner is not None and owner.country != home and owner.country == code:
            code = home  # ("Estonia's Minister A paid a visit to Latvia, meeting his
            # counterpart B" in Latvia's text: a foreign owner's counterpart is the home one)
    # 3. context
    if code is None:
        # (a second holder's context without the venue of a multilateral meeting, which says
        # nothing of B: "A met Foreign Minister B on the sidelines of the summit in Nairobi")
        code = _guess_country(p, home, near_text if second_holder else text, persons)
        # 4. nothing: "Foreign Minister A met Foreign Minister B", the home's holder A, and
        # B's country named nowhere
        if second_holder and code == home:
            code = None
    # corrections of a guess
    if code == "KR" and home != "KR" and _north_korean(text, p, home):
        code = "KP"
    if (
        code
        and code != home
        and not any(_country_words(t) for t in p.titles)
        and not _gaz_lookup(gaz, p.name)
        and code == _destination_of(text, p)
    ):
        # "the state visit to Japan that President A will pay": a guess that made A a
        # national of the country A visits; the other side the text names most instead
        # (in a bilateral text whose other side A visits, A is of the home side: "the visit
        # of Prime Minister A to Bangladesh" in Japan's joint statement with Bangladesh)
        # (the other side's people, when the text's other people are of one foreign country,
        # say it better than the count of names: "The Prime Minister spoke to President B of
        # X about Y. They welcomed Secretary A's visit to Z" is X's A, though Y is named more)
        sides = {q.country for q in persons if q is not p and q.country not in (None, home, code)}
        code = (
            home
            if code == _main_foreign(text, home) and _one_holder_at_home(p, persons, home)
            else (sides.pop() if len(sides) == 1 else None)
            or _main_foreign(text, home, avoid=code)
            or home
        )
    return code


def _by_body_only(title: str) -> bool:
    """Does a title name the US only by a generic legislature ("President of the Senate",
    "Speaker of the House"), no other country?"""
    return _GENERIC_BODY.search(title) is not None and not _country_words(
        _GENERIC_BODY.sub("", title)
    )


def _body_country(text: str, titles: list[str]) -> str | None:
    """The US for a title of its generic legislature ("Senate President", "Speaker of the
    House") when nothing else gave the holder a country and the text names the US."""
    if any(_GENERIC_BODY.search(t) for t in titles) and _has(_NAMES_US, text):
        return "US"
    return None


def _unnamed_body_of_us(text: str, titles: list[str]) -> bool:
    """Is the US, a title's country, only its generic legislature's ("President of the
    Senate", "Speaker of the House") in a text that names the US in no other way?"""
    return (
        not _has(_NAMES_US, text)
        and any(_GENERIC_BODY.search(t) for t in titles)
        and not any(_country_words(_GENERIC_BODY.sub("", t)) for t in titles)
    )


def _title_parts(text, title_toks):
    """The title words before a name: (country, organization, [title])."""
    country = None
    org_words, title_words = [], []
    for word, _a, _b in title_toks:
        code = country_of_word(word)
        if code and _GENERIC_BODY.fullmatch(word):
            # "Senate President A", "House Speaker B": a body that other states have too is
            # a word of the title; it makes the US the country only as a last resort
            # (_body_country), after a possessive, an "of" or a demonym
            title_words.append(word)
            continue
        if code and not title_words:
            country = country or code
            if word.isupper() and word not in ("US", "U.S.", "PRC", "UK", "EU"):
                org_words.append(word)
            continue
        title_words.append(word)
    if title_toks:
        raw = text[title_toks[0][1] : title_toks[-1][2]]
        for inst in ("White House", "State Department", "Pentagon", "Communist Party"):
            if inst in raw:
                # "General Secretary of the Communist Party of Viet Nam A": the country
                # after the institution's "of" is its own, not the one its name suggests
                own = _country_of_institution(raw, inst)
                country = country or own or country_of_word(inst)
                org_words = org_words or [inst]
                if not own:
                    raw = raw.replace(inst, "").strip()
        for dem in sorted(
            {w for w, _, _ in title_toks if country_of_word(w) and not _GENERIC_BODY.fullmatch(w)},
            key=len,
        ):
            if raw.startswith(dem + " "):
                raw = raw[len(dem) + 1 :]
        title = re.sub(r"^(?:the|of)\s+", "", raw).strip()
        if not country and _TITLE_OF.search(title) and not _by_body_only(title):
            # "Foreign Minister of Iran", "Minister of Infrastructure of Ukraine" (not "President
            # of the Senate": many states have one)
            country = _country_after_of(title)
    else:
        title = ""
    return country, (" ".join(org_words) or None), [title] if title else []


def _country_of_institution(raw: str, inst: str) -> str | None:
    """The country named right after an institution's "of" ("Communist Party of Laos")."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][^,;]*)$", raw[raw.index(inst) + len(inst) :])
    return country_of_word(after.group(1).strip()) if after else None


_TITLE_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*)$")


def _country_after_of(title: str) -> str | None:
    """The country named after an "of" of a title: "President of the Republic of Korea",
    "Minister of Infrastructure of Ukraine" (a portfolio's "of" first, the country's last)."""
    for of in re.finditer(
        r"\bof\s+(?=(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*))", title
    ):
        words = of.group("c").split()
        limit = country_phrase_limit(words)  # (longer prefixes name no country)
        inner = [i for i, w in enumerate(words[:-1]) if w == "of" and i > 0]
        if inner and (len(words) > limit or not country_of_word(" ".join(words))):
            # "President of the Senate of Chile": the country after the institution's "of",
            # not the country an institution's word names alone ("Senate")
            rest = words[inner[-1] + 1 :]
            code = None
            if len(rest) <= country_phrase_limit(rest):
                code = country_of_word(" ".join(rest))
            if code:
                return code
        for n in range(min(len(words), limit), 0, -1):
            code = country_of_word(" ".join(words[:n]))
            if code:
                return code
    return None


def _subject_countries(text: str, at: int) -> set[str]:
    """The countries named in the sentence before `at` (the lead verb's subject, as in "The
    United Kingdom and Canada sanctioned ...")."""
    ends = [x.end() for x in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    lo = ends[-1] if ends else max(0, at - 400)
    return set(_countries_between(text, lo, at, subjects=True))


def _countries_between(text: str, lo: int, hi: int, subjects: bool = False) -> list[str]:
    out = []
    for x in _COUNTRY_WORD.finditer(text, lo, hi):
        if text[max(0, x.start() - 3) : x.start()].lower() == "al-":
            continue
        before = text[max(0, x.start() - 12) : x.start()]
        if subjects and re.search(
            r"(?:\(|\b(?:of|in|on|against|to|from|with|under|for|by)\s+(?:the\s+)?)$", before
        ):
            continue  # ("under the X (Iran) Regulations", "sanctions on Iran": no subject)
        code = _country_in_words(x.group(0).split())
        if code:
            out.append(code)
    return out


# "sanctioned sixteen officials aligned with A, including Justice B": one of a group the
# sanction's object counts, named after "including" in the same clause (capitalised words,
# a title, may stand between)
_DESIGNATED_INCLUDING = re.compile(
    r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing))\s+[^.;:]{1,100}?,?\s+including\s+"
    r"(?:[A-Z][\w\-]*\s+){0,4}$"
)

# "Director for Japan at the U.S. National Security Council", "a counsellor on Korea at the
# Chinese Embassy": the body the holder serves, after the portfolio
_AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?(?=[A-Z])")
# "Ambassador to China", "Consul General in Shanghai", "defence attaché in Hanoi": an
# envoy's post, where the envoy serves; the country is the host's, never the envoy's own
_POSTING = re.compile(
    r"\b(?i:ambassador|envoy|charg[eé]\s+d[’']\s?affaires|high\s+commissioner|consul"
    r"|attach[eé]|head\s+of\s+mission|chief\s+of\s+mission)(?:[\s\-](?i:general|designate))?"
    r"(?:\s+(?:a\.\s?i\.|ad\s+interim))?"
    r"\s+(?:in|to)\s+(?:the\s+)?(?P<c>[A-Z][\w\-’']*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-’']*)*)"
)


def _posted_countries(p: Person) -> set[str]:
    """The countries p's titles post p to as an envoy ("Ambassador in Beijing": CN)."""
    out = set()
    for t in p.titles:
        if "to " in t or "in " in t:
            for m in _POSTING.finditer(t):
                words = m.group("c").split()
                for n in range(len(words), 0, -1):
                    code = country_of_word(" ".join(words[:n]))
                    if code:
                        out.add(code)
                        break
    return out


_BODY_OF_STATES = re.compile(r"\bOrgani[sz]ation\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*)+")


def _country_words(title: str) -> str | None:
    # "Director-General of the European Affairs Bureau", "Asian and Oceanian Affairs": a
    # portfolio's region, no country
    title = re.sub(r"\b[A-Z][\w\-]*(?:\s+and\s+[A-Z][\w\-]*)?\s+Affairs\b", "Affairs", title)
    if "Organi" in title:
        # "Secretary General of the Organization of American States": a body of states, no
        # state ("the Organisation of Islamic Cooperation")
        title = _BODY_OF_STATES.sub("Organization", title)
    if "to " in title or "in " in title:
        title = _POSTING.sub(lambda m: m.group(0)[: m.start("c") - m.start()], title)
    body = _AT_BODY.search(title) if " at " in title else None
    if body:
        # the body's country (named or by demonym) is the holder's, before any country the
        # portfolio deals with ("for China", "on Taiwan", "Korea desk")
        code = _country_words(title[body.end() :])
        if code:
            return code
    code = _country_after_of(title)
    if code:
        return code
    for word in re.findall(r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w\-’']*)?", title):
        word = re.sub(r"[’']s\b", "", word)  # "commander of Sudan's Rapid Support Forces"
        code = country_of_word(word) or country_of_word(word.split()[0])
        if code:
            return code
    return None


# Offices a government does not have: a "Prime Minister X" in a White House text is
# foreign. (The home country's own president is in the gazetteer: another president is
# foreign too.)
_NOT_AT_HOME = {
    "US": re.compile(
        r"\b(?:Minister|Premier|Chancellor|King|Queen|Emperor|Empress|Prince|Emir|Sultan|Sheikh|"
        r"(?<!Vice\s)(?<!Vice-)President)\b"  # the United States has a Vice President
    ),
}


# the form of the home state: a monarchy has no President as head of state ("President A"
# in an Australian text is foreign, not "the President of the Senate"); a republic has no
# King, Emir or Sultan
_MONARCHIES = frozenset(
    "GB CA AU NZ PG SB TV JM BS BZ AG KN LC VC GD JP TH MY KH BN BT NL BE LU SE NO DK ES MC LI "
    "AD SA AE QA KW BH OM JO MA SZ LS TO".split()
)
_NOT_IN_MONARCHY = re.compile(
    r"^(?:(?:Former|Outgoing|Incoming)\s+)?President(?:\s+of\s+(?!the\s+(?:Senate|Council|"
    r"Board|Court|Chamber|Assembly|National\s+Assembly|Legislative|House|European|Republic\s+of"
    r"\s+(?-i:[A-Z])\w+\s+(?:Senate|Assembly)))[^,;]*)?$"
)
# the monarch's title of each monarchy (a king or queen unless listed)
_KING = re.compile(r"(?:King|Queen)\b")
_MONARCH = {
    "JP": re.compile(r"(?:Emperor|Empress)\b"),
    "QA": re.compile(r"(?:Emir|Amir)\b"),
    "KW": re.compile(r"(?:Emir|Amir)\b"),
    "OM": re.compile(r"Sultan\b"),
    "BN": re.compile(r"Sultan\b"),
    "MY": re.compile(r"(?:King|Queen|Yang\s+di-Pertuan\s+Agong|Sultan)\b"),
    "AE": re.compile(r"(?:President|Emir|Sheikh)\b"),
    "LI": re.compile(r"Prince\b"),
    "MC": re.compile(r"Prince\b"),
}
_ANY_MONARCH = re.compile(r"(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan)\b")
_NOT_IN_REPUBLIC = re.compile(
    r"\b(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan|Crown\s+Prince)\b"
)


_GROUP_CLOSED = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+and\s+$")
_OF_IN_GROUP = re.compile(r"\bof\s+(?P<c>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")


def _of_country_of_next_group(text: str, p: Person) -> str | None:
    """ "A and B of Japan and C and D of the Philippines": after a group that "of Japan"
    closed, C belongs to the next group, whose "of <country>" comes after D."""
    start, end = p.first
    if not _GROUP_CLOSED.search(text[max(0, start - 60) : start]):
        return None
    rest = text[end : end + 200]
    if not re.match(r"\s+and\s", rest):
        return None
    rest = re.split(r"(?<!\bJr)(?<!\bSr)[.;:!?]\s|,\s+(?!Jr)", rest)[0]
    for m in _OF_IN_GROUP.finditer(rest):
        code = country_of_word(re.sub(r"^the\s+", "", m.group("c"))) or country_of_word(
            m.group("c").split()[-1]
        )
        if code:
            return code
    return None


# intergovernmental organisations named in a title (their officers serve no one state)
_INTERNATIONAL = re.compile(
    r"\b(?:NATO|OSCE|ASEAN|IAEA|OPCW|OECD|WTO|IMF|African\s+Union|Arab\s+League|Alliance"
    # "UN Secretary-General A", "the United Nations High Commissioner for Refugees"
    r"|UN|U\.N\.|United\s+Nations|World\s+Bank|WHO|UNICEF|UNHCR|ICRC|Red\s+Cross"
    # "Secretary-General of the Commonwealth" (not "the Commonwealth of Australia"), "of the
    # Organisation of Islamic Cooperation", "of the Organization of American States"
    r"|Commonwealth(?!\s+of\b)|Organi[sz]ation\s+(?:of|for)\s+(?!the\s+Government))\b"
)


# "A led the Philippine delegation", "B, who heads the Chinese side", "C led our delegation":
# the side's head (and its country, when a demonym names it)
LEADS_SIDE = re.compile(
    r",?\s+(?:who\s+)?(?:led|leads|headed|heads|will\s+(?:lead|head))\s+(?:our|the|his|her|its|"
    r"their)\s+(?:(?P<dem>[A-Z][\w\-]*)\s+)?(?:[\w\-]+\s+)?(?:delegation|side|team)\b"
)


_PLURAL_OFFICE_PAIR = re.compile(
    r"\bthe\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Envoys|Ministers|Secretaries|Ambassadors|Negotiators|"
    r"Representatives|Coordinators|Chief\s+Negotiators),\s+(?P<a>[^,;:()]{3,60}?)\s+and\s+"
    r"(?:(?:[A-Z][\w.’']*)\s+){0,3}$"
)


_SOUTH_KOREA = re.compile(r"\b(?:Republic\s+of\s+Korea|South\s+Korean?|ROK|Seoul)\b")


def _north_korean(text: str, p: Person, home: str | None) -> bool:
    """Is a "Korea" that made p South Korean the North ("Deputy Director of the Munitions
    Industry Department of the Workers' Party of Korea" in a text on North Korea)? "Korea"
    alone is either; with nothing near p that names the South, it is the Korea the text is
    about, the foreign country it names most."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
    lo = ends[-2] if len(ends) > 1 else 0
    after = _SENTENCE_END.search(text, p.first[1])
    near = text[lo : after.start() if after else len(text)]
    return (
        not any(_SOUTH_KOREA.search(t) for t in p.titles)
        and not _SOUTH_KOREA.search(near)
        and _main_foreign(text, home) == "KP"
    )


_COMMON_WORD_OR_STOP = re.compile(r"\s+[a-z]|\s*[,.;:)]")


def _words_then(text: str, words: str, after: re.Pattern):
    """Where `words` stand between word boundaries with `after` matching right after them,
    left to right, not overlapping: what the pattern \\bWORDS\\b(?=AFTER) finds, found with
    str.find (a pattern for each name of each text cost more to compile than the search)."""
    reached = 0
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (
            at >= reached
            and _at_boundary(text, at)
            and _at_boundary(text, end)
            and after.match(text, end)
        ):
            yield at
            reached = end
        at = text.find(words, at + 1)


def _institution_words(text: str, name: str, start: int) -> int:
    """How many first words of a name (of three or more) the text also writes after a
    country's name and not before the rest of the name ("China Coast Guard vessels", "the
    Viet Nam Coast Guard"): an institution's words that close the title before the name."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        head = " ".join(words[:k])
        # (followed by a common word or a stop: "China Coast Guard vessels", not a name)
        for at in _words_then(text, head, _COMMON_WORD_OR_STOP):
            if at == start:
                continue
            before = re.search(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+$", text[:at][-40:])
            if before and (
                country_of_word(before.group(1)) or country_of_word(before.group(1).split()[-1])
            ):
                return k
    return 0


def _guess_country(p: Person, home: str | None, text: str = "", persons=()) -> str | None:
    """A person's country when nothing names it (`_context_country`), never the country an
    envoy is posted to: "our Ambassador in Beijing, A, will join the talks with Director B"
    is not met in China but sent there, so of the home side (of the other side the text
    names when the post is in the home country: "the Ambassador to Japan" in Japan's text)."""
    code = _context_country(p, home, text, persons)
    if code is None or not p.titles:
        return code
    posted = _posted_countries(p)
    if code not in posted:
        return code
    if home and home not in posted:
        return home
    near = _nearest_foreign(text, p.first[0], home) if text else None
    if near and near not in posted:
        return near
    return (_main_foreign(text, home, avoid=posted) if text else None) or code


# "the Mexican embassy", "Peru's mission": a country's diplomatic post
_MISSION_OF = re.compile(
    r"\b(?:(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)|(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
    r"[’']s)\s+(?i:embassy|high\s+commission|mission|consulate)\b"
)


# "The Philippine Coast Guard said ", "Kenya's defence ministry announced ": a country's
# body as the subject of a reporting verb
_BODY_SAID = re.compile(
    r"\b(?:(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)|(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
    r"[’']s)\s+(?i:(?:[a-z]+\s+)?(?:navy|army|air\s+force|coast\s+guard|military|ministry"
    r"|armed\s+forces|police|embassy|government))\s+(?:said|says|announced|reported|stated)\s+"
    r"(?:that\s+)?$"
)


def _own_mission(text: str, p: Person) -> str | None:
    """An envoy titled with no country ("Ambassador A") whose sentence names one country's
    diplomatic post ("The Mexican embassy said Ambassador A had met ..."): that country's.
    So is an officer whose sentence opens with a country's body that speaks through them
    ("The Philippine Coast Guard said Commodore A reported ...")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, p.first[0])]
    start = ends[-1] if ends else 0
    if not any(re.fullmatch(r"(?:[A-Z][a-z]+\s+)?(?:Ambassador|Envoy|Consul|Charg.*)", t)
               for t in p.titles):
        body = _BODY_SAID.search(text, start, p.first[0])
        if body and not re.search(r"[,;]", text[body.end() : p.first[0]]):
            return country_of_word(body.group("dem") or body.group("poss"))
        return None
    stop = _SENTENCE_END.search(text, p.first[1])
    codes = {
        c
        for m in _MISSION_OF.finditer(text, start, stop.start() if stop else len(text))
        if (c := country_of_word(m.group("dem") or m.group("poss")))
    }
    return codes.pop() if len(codes) == 1 else None


def _context_country(p: Person, home: str | None, text: str = "", persons=()) -> str | None:
    """A person's country when nothing names it: Chinese names are Chinese; an office the
    home country does not have points to the foreign country named nearest (the first
    mention's sentence, else the one before); else the home country."""
    # ("Undersecretary for Bilateral Relations and ASEAN Affairs": the portfolio after "for"
    # is what a state's officer deals with, not whom they serve)
    if any(_INTERNATIONAL.search(re.sub(r"\s+for\s+.*", "", t)) for t in p.titles) or (
        p.titles and all(re.fullmatch(r"Secretary[\s\-]General", t) for t in p.titles)
    ):
        # "NATO Secretary General A", a bare "Secretary General A": an organisation's
        # officer, no state's ("Secretary General of the Ministry" is a state's); the United
        # Nations' have the code UN (as the EU's have EU)
        if any(re.search(r"\b(?:UN|U\.N\.|United\s+Nations)\b", t) for t in p.titles):
            return "UN"
        return None
    pair = _PLURAL_OFFICE_PAIR.search(text, max(0, p.first[0] - 120), p.first[0]) if text else None
    if pair and home:
        # "instructed the Special Envoys, Tan Sri A and Dr. B, to hold their next meeting":
        # the second of two holders of one office, one a side, is of the other side
        first = [q for q in persons if q is not p and q.name and q.name in pair.group("a")]
        if first and first[0].country in (None, home):
            code = _main_foreign(text, home) or _nearest_foreign(text, p.first[0], home)
            if code:
                return code
    listed = _LISTED_ARE.search(text, max(0, p.first[0] - 700), p.first[0]) if text else None
    if listed and home and (
        not re.search(r"(?<=[a-z]{3})\.\s+[A-Z]|:\s", text[listed.end() : p.first[0]])
        or _in_bulleted_list(text, listed.end(), p.first[0])
    ):  # (in the sentence: not after "No. 15")
        # "Those listed include the head of the X Department, A, and two judges, B and C":
        # the targets of a sanction, of the foreign country the text names most (the items
        # of a long list may be set apart by semicolons: "are A, a judge ...; B, ...; and C")
        code = (
            _sanctioned_country(text, listed.start(), home)
            or _main_foreign(text, home)
            or _nearest_foreign(text, p.first[0], home)
        )
        if code:
            return code
    led = LEADS_SIDE.match(text, p.first[1]) if text else None
    if led and led.group("dem") and country_of_word(led.group("dem")):
        return country_of_word(led.group("dem"))  # "A led the Philippine delegation"
    mission = _own_mission(text, p) if text else None
    if mission:
        return mission
    if _chinese_name(p, home):
        return "CN"
    target = _DESIGNATED.search(text, max(0, p.first[0] - 200), p.first[0]) if text else None
    near = text[max(0, p.first[0] - 80) : p.first[0]] if text else ""
    if target is None and home and "including" in near:
        group = _DESIGNATED_INCLUDING.search(text, max(0, p.first[0] - 200), p.first[0])
        if group:
            # ("officials aligned with Maduro, including B": the group's description names
            # its side through a foreign person placed already)
            code = _country_of_person_in(persons, p, group.start(), group.end(), home)
            if code:
                return code
            target = group
    if target and home:
        # "the Department of State designated former Vice President A for corruption": a
        # government's sanction targets another country's people (a foreign government's,
        # "China announced sanctions on Speaker A", the home country's)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, target.start())]
        words = text[ends[-1] if ends else 0 : target.start()].split()
        imposer = _country_in_words([re.sub(r"[’']s$", "", w) for w in words])  # "China's"
        if imposer and imposer != home:
            return home
        # (the target of the home government's own measure: of the foreign country named
        # near or most, else of none the text says; never the imposer's by default)
        return _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
    side = SIDE_LED_BY.search(text, max(0, p.first[0] - 160), p.first[0]) if text else None
    if side and country_of_word(side.group("dem") or side.group("dem2")):
        # "the Kenyan side will be led by Minister A"
        return country_of_word(side.group("dem") or side.group("dem2"))
    among = _AMONG.search(text, max(0, p.first[0] - 120), p.first[0]) if text else None
    if among and country_of_word(among.group("dem")):
        return country_of_word(among.group("dem"))  # "18 Russian officers, including A"
    company = (
        _ACCOMPANIED.search(text, max(0, p.first[0] - 160), p.first[0])
        or _DELEGATION_OF.search(text, max(0, p.first[0] - 400), p.first[0])
        if text and "accompanied" in text  # (both patterns need the word: most texts skip)
        else None
    )
    if company:
        # "President A of Chile ... She was accompanied by the Minister of Foreign Affairs, B":
        # B travels in A's party, of A's country (the last person mentioned before: "At the
        # invitation of host C, President A paid a visit. The President was accompanied by")
        lead = [q for q in persons if q is not p and q.country and q.first[0] < company.start()]
        named = _subject_named(text, company.start(), lead)
        if named is not None:
            return named.country  # "Special Envoy A was accompanied by B": the subject's
        if lead:
            return max(lead, key=lambda q: _last_mention(text, q, company.start())).country
    party = _ACCOMPANIES.match(text, p.first[1]) if text else None
    if party:
        # "A, B and chief C accompanied Erdogan in the meeting": the active form of "was
        # accompanied by" above; those who accompany a leader are of the leader's party
        lead = [
            q for q in persons
            if q is not p and q.country and party.group("n") in (q.name, q.surname, *q.aliases)
        ]
        if lead:
            return lead[0].country
    if text and not _gaz_lookup(GAZETTEER, p.name):
        office = _office_named_before(text, p, home, persons)
        if office:
            return office
    foreign = _NOT_AT_HOME.get(home or "") or (
        _NOT_IN_MONARCHY if home in _MONARCHIES else _NOT_IN_REPUBLIC if home else None
    )
    if foreign and text and any(_names_office(foreign, t) for t in p.titles):
        code = _nearest_foreign(text, p.first[0], home)
        if code:
            return code
    monarch = _MONARCH.get(home or "", _KING) if home in _MONARCHIES else None
    if monarch and text and any(_ANY_MONARCH.match(t) and not monarch.match(t) for t in p.titles):
        # "Emperor A" in a Norwegian text, "King B" in a Japanese one: another monarchy's
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
        if code:
            return code
    if text and home:
        code = _met_abroad(text, p, home, persons)
        if code:
            return code
    if text:
        code = _host_of_visit(text, p)
        if code:
            return code
    if text and _visits_home(text, p, home):
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
        if code:
            return code
    if text and home and _second_of_a_meeting_pair(text, p, persons, home):
        # "Deputy Prime Minister A (home) and Minister of Energy B will hold a meeting of the
        # Intergovernmental Commission": the pair holds it for two governments, so B, whom
        # nothing else places, is of the other side the text names most
        code = _main_foreign(text, home)
        if code:
            return code
    if foreign and text and any(_own_office(foreign, t) for t in p.titles):
        # an office the home country lacks, with no foreign country near, held (not served:
        # "Assistant to the President"): of the other side the text names most, as for a
        # monarch above ("Minister of Defense A" in a US fact sheet on Japan)
        return _main_foreign(text, home) or home
    return home


def _country_of_person_in(persons, p: Person, start: int, end: int, home: str) -> str | None:
    """The foreign country of a placed person other than p mentioned between start and end."""
    for q in persons:
        if q is not p and q.country and q.country != home:
            if any(start <= a < end for a, _ in (q.first, *q.mentions)):
                return q.country
    return None


def _last_mention(text: str, q: Person, before: int) -> int:
    """Where the text last names q (full name or surname, as whole words: "Saud" is not
    named in "Saudi Arabia") before `before`."""
    last = -1
    for n in (q.name, q.surname):
        at = text.rfind(n, 0, before) if n else -1
        while at >= 0 and not (
            (not n[0].isalnum() or _at_boundary(text, at))
            and (not n[-1].isalnum() or _at_boundary(text, at + len(n)))
        ):
            at = text.rfind(n, 0, at)
        last = max(last, at)
    return last


def _subject_named(text: str, at: int, persons: list[Person]) -> Person | None:
    """The person whose name (or surname) ends the words right before `at`, the subject of
    the verb there ("Special Envoy A was ...")."""
    before = text[max(0, at - 60) : at].rstrip()
    for q in persons:
        if re.search(rf"\b(?:{re.escape(q.name)}|{re.escape(q.surname)})$", before):
            return q
    return None


def _names_office(office: re.Pattern, title: str) -> bool:
    """Does the title name the office as its holder's, or as a named one's ("President"),
    not as one served ("Senior Advisor to the President": the office's "the")?"""
    m = office.search(title)
    return bool(m) and not re.search(r"\bthe\s+$", title[: m.start()])


def _own_office(office: re.Pattern, title: str) -> bool:
    """Does the title name the office as its holder's own ("Minister of Defense"), not as
    one served ("Special Assistant to the President")?"""
    # ("President A", the home's own head in a headline the gazetteer does not know, stays)
    return _names_office(office, title) and office.search(title).group(0) != "President"


_ACCOMPANIED = re.compile(
    r"\b(?:was|were|is|are|will\s+be)\s+accompanied\s+by\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w\-’']*\s+|of\s+|for\s+|and\s+|the\s+)*(?:[A-Z][\w\-’']*,?\s+)?$"
)


# "The President was accompanied by a delegation that included Secretary A, Secretary B and
# C": the members of a leader's party, listed up to the name (initials' dots inside)
_DELEGATION_OF = re.compile(
    r"\b(?:was|were|is|are|will\s+be)\s+accompanied\s+by\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:delegation|party|entourage|team)\b"
    r"(?:\s+(?:that|which|who)\s+(?:included|includes|include|comprised|was\s+made\s+up\s+of)"
    r"|,?\s+(?:including|comprising|made\s+up\s+of))\s+"
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)*$"
)
# after a name: the rest of a list of titled names, then "accompanied B"
_ACCOMPANIES = re.compile(
    # (one word at a time, so that no text is read two ways)
    r"(?:,?\s+(?:(?:[A-Z][\w\-]*|and|of|for|the|chief)\b|\([A-Z]{2,6}\)))*"
    r"\s+accompanied\s+(?:[A-Z][\w\-]*\s+){0,3}?(?P<n>[A-Z][\w\-]+)\b"
    r"(?!\s+[A-Z])"
)
_PAIR_MEETS = re.compile(
    r"\s+(?:will\s+|would\s+|are\s+to\s+)?(?:hold|held|co-chair\w*|chair(?:ed)?)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:meeting|session|talks|"
    r"consultations|round)\b"
    # "which Ambassador A and Defence Secretary B signed in New Delhi": the two signatories
    r"|\s+(?:will\s+)?sign(?:ed)?\b"
    # "A and Foreign Minister B would meet on the sidelines of ...": each other, no object
    r"|\s+(?:will\s+|would\s+|are\s+to\s+|should\s+)?(?:meet|met)(?=\s+(?:on|in|at|later|"
    r"next|today|tomorrow|this|during|before|after|soon|again)\b|\s*[.,;])"
    # "He and Minister B agreed to deepen cooperation", "A and B discussed ...": two sides
    # that settle or talk something over together (d-texts: "Putin and Erdogan agreed to
    # meet", "The President and Prime Minister discussed")
    r"|(?P<together>\s+(?:also\s+)?(?:agreed|discussed|reaffirmed|exchanged)\b)"
)


def _second_of_a_meeting_pair(text: str, p: Person, persons, home: str) -> bool:
    """Is p the second of "A and B will hold a meeting ...", A of the home country by a
    title or name that says so (not by default)?"""
    end = p.first[1]
    pair = _PAIR_MEETS.match(text, end)
    if not pair:
        return False
    if pair.group("together"):
        clause = re.match(r"[^.;]*", text[pair.end() :]).group(0)
        if re.search(r"\bwith\b", clause):
            return False  # "A and B discussed the visit with C": one side, C the other
    before = text[max(0, p.first[0] - 160) : p.first[0]]
    if not re.search(r"\s+and\s+(?:the\s+)?$", before):
        return False
    if re.search(r"(?:^|[.!?]\s+)(?:He|She)\s+and\s+$", before):
        # "Defence Minister A held talks ... He and Minister B agreed": "he" is the one
        # named last before, a home official by title or name
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
        lo = ends[-2] if len(ends) > 1 else 0
        named = [q for q in persons if q is not p and lo <= q.first[0] < p.first[0] and q.titled]
        return bool(named) and max(named, key=lambda q: q.first[0]).country == home
    return any(
        q is not p
        and q.country == home
        and q.first[1] <= p.first[0]
        and p.first[0] - q.first[1] < 160
        and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[q.first[1] : p.first[0]])
        for q in persons
    )


_TITLE_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w\-']*\s+|(?:of|for|and)\s+)*")
_OFFICE_FILLER = frozenset({"minister", "of", "for", "the", "and", "ministry"})
_PAIR_HOLDS = re.compile(
    # (", who held separate talks": the pair, in a relative clause)
    r"(?:,\s+who)?\s+(?:will\s+|would\s+|are\s+to\s+|also\s+)?"
    r"(?:hold|held|co-chair\w*|chair(?:ed)?|meet|met)\b"
)


def _office_words(p: Person) -> set[str]:
    words: set[str] = set()
    for t in p.titles:
        words |= {w.lower() for w in t.split() if not country_of_word(w)}
    return words - _OFFICE_FILLER


def _same_office_pair(text: str, p: Person, persons, home: str) -> str | None:
    """p's country when p is one of "A and B will hold/co-chair ... meeting" and A and B
    hold the same office (a minister "of"/"for Foreign Affairs"): the first is the home
    government's, the second the other side's (or home, when the first is foreign)."""
    mine = _office_words(p)
    if not mine:
        return None
    for q in persons:
        if q is p:
            continue
        first, second = (p, q) if p.first[1] <= q.first[0] else (q, p)
        if not (
            0 < second.first[0] - first.first[1] < 120
            and _TITLE_BETWEEN.fullmatch(text, first.first[1], second.first[0])
            and _PAIR_HOLDS.match(text, second.first[1])
        ):
            continue
        theirs = _office_words(q)
        if not theirs or not (mine <= theirs or theirs <= mine):
            return None
        if p is first:
            return home
        if q.country and q.country != home:
            return home
        return _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home) or None
    return None


# cabinet portfolios a government has one minister of, in the words titles give them: the
# whole title (not "Deputy Foreign Minister", "Minister of State for Foreign Affairs")
_PORTFOLIO_OF = [
    (
        "foreign affairs",
        re.compile(
            r"(?:[A-Z][\w\-]*\s+)?(?:Foreign|External\s+Affairs)\s+Minister|Minister\s+(?:of|for)"
            r"\s+(?:Foreign|External)\s+Affairs(?:\s+of\s+[A-Z][\w\s\-]*)?"
        ),
    ),
    (
        "defence",
        re.compile(
            r"(?:[A-Z][\w\-]*\s+)?Defen[cs]e\s+Minister|Minister\s+(?:of|for)\s+(?:National\s+)?"
            r"Defen[cs]e(?:\s+of\s+[A-Z][\w\s\-]*)?|Raksha\s+Mantri"  # (Hindi)
        ),
    ),
]
# a cabinet minister's portfolio ("Minister for Agriculture", "Energy Minister"), not a
# deputy's, a junior minister's or a head of government's
_CABINET_PORTFOLIO = re.compile(
    r"(?!(?:Prime|Deputy|Vice|State|Chief|Senior|First|Junior|Assistant|Acting|Former)\b)"
    r"(?P<a>[A-Z][a-z]+)\s+Minister"
    r"|Minister\s+(?:of|for)\s+(?:the\s+)?(?!State\b)"
    r"(?P<b>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})"
)


def _sentence_foreigner(text: str, p: Person, persons: list[Person], home: str) -> str | None:
    """The country of the foreign person who opens p's sentence, its subject ("Minister K
    shared his view of the summit, which President B attended"), if any."""
    start = max(text.rfind(". ", 0, p.first[0]), text.rfind("\n", 0, p.first[0])) + 1
    head = re.match(r"\s*(?:(?:[A-Z][\w\-’'.]*)\s+){0,5}", text[start : p.first[0]])
    words = head.group(0) if head else ""
    for q in persons:
        if q is p or not q.country or q.country == home or not q.titled:
            continue
        if re.search(rf"\b{re.escape(q.surname)}\b", words):
            return q.country
    return None


def _one_holder_at_home(
    p: Person, persons: list[Person], home: str, portfolios: bool = False
) -> bool:
    """Does a person of the home country already hold an office of p's that a government
    has one holder of ("Prime Minister and Minister of Foreign Affairs" is a prime minister)?
    With `portfolios`, a cabinet portfolio a government has one minister of, however the
    title words it ("External Affairs Minister" and "Minister for Foreign Affairs")."""

    def heads(q: Person) -> set[str]:
        out = {_state_head(t.split(" and ")[0]) for t in q.titles if t} & _ONE_HOLDER
        if portfolios:
            for t in q.titles:
                for key, regex in _PORTFOLIO_OF:
                    if t and regex.fullmatch(t.strip()):
                        out.add(key)
                cabinet = _CABINET_PORTFOLIO.fullmatch(t.strip()) if t else None
                if cabinet:
                    # any other cabinet portfolio, by its words: "Interior Minister" and
                    # "Minister of the Interior", "Minister of Trade and Industry"
                    out.add((cabinet.group("a") or cabinet.group("b")).lower())
        return out

    mine = heads(p)
    return bool(mine) and any(q is not p and q.country == home and mine & heads(q) for q in persons)


def _office_held_at_home(p: Person, persons: list[Person], home: str, offices) -> bool:
    """Does a person of the home country (named as such) hold the office p's title names,
    one the publisher shows the home government has?"""
    heads = {_title_head(t) for t in p.titles if t} & set(offices)
    return bool(heads) and any(
        q is not p and q.country == home and heads & {_title_head(t) for t in q.titles if t}
        for q in persons
    )


def _office_named_before(text: str, p: Person, home: str | None, persons=()) -> str | None:
    """ "Did X speak with the Vietnamese foreign minister?" ... "Foreign Minister Bui Thanh
    Son": an office named earlier with a demonym and no name is the named holder's (not when
    it refers back to a holder of that country named before it: "the visit of the Minister of
    X of Chile, A, ... owing to commitments of the Chilean minister")."""
    heads = {_title_head(t) for t in p.titles if t}
    heads.discard("")
    if not heads:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
    own = ends[-1] if ends else 0
    met = _met_object(text, p)
    for m in re.finditer(
        r"\b(?:the|his|her|their)\s+(?P<dem>(?-i:[A-Z])[\w\-]*)\s+"
        r"(?P<t>(?:[a-z]+\s+){0,2}"
        r"(?:minister|president|prime\s+minister|secretary|chancellor|"
        # (not "the Afghan Foreign Minister, A B": that office's holder is named)
        r"ambassador|envoy|adviser|advisor|premier))\b(?!,?\s+(?-i:[A-Z]))",
        text[: p.first[0]],
        re.I,
    ):
        if met and m.start() >= own:
            # "the Nigerian Minister also met with the Minister of Agriculture, A": the office
            # named in A's own sentence is the one who meets A, not A
            continue
        code = country_of_word(m.group("dem"))
        if code and code != home and m.group("t").lower() in heads:
            if any(
                q is not p and q.country == code and q.first[0] < m.start()
                and m.group("t").lower() in {_title_head(t) for t in q.titles if t}
                for q in persons
            ):
                continue
            return code
    return None

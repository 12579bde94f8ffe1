"""The scan: find_people, every person a text names.

find_people reads the text's runs of capitalised words (names.py) and finds a person where
a name follows a title, where a title follows it, after "counterpart", in a listing's
entries, or where the name is in the gazetteer; it gives each person a country (the
patterns of titles.py and listings.py, then _decide_country of countries.py) and ties
later mentions back (mentions.py). It is one long function whose rules run in order;
their patterns and helpers live in the modules it imports.

Imports every module below it; only home.py imports it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ...countries import country_of_word
from .countries import (
    _ACRONYM_BEFORE,
    _AMONG,
    _DEMONYM_BEFORE,
    _INSTITUTION_OF,
    _OF_COUNTRY,
    _POSSESSIVE,
    _acronym_countries,
    _acronym_in,
    _body_country,
    _by_body_only,
    _countries_between,
    _country_after_of,
    _country_words,
    _decide_country,
    _ends_with_national_institution,
    _institution_words,
    _international_word,
    _join_country_words,
    _last_two_countries,
    _on_the_side,
    _plural_apposition,
    _plural_before_names,
    _portfolio_country,
    _represented,
    _subject_countries,
    _title_parts,
    _unnamed_body_of_us,
)
from .listings import (
    _A_DEMONYM,
    _APPOSITION_THEN_AND,
    _BODY_AFTER,
    _BULLETED_END,
    _COUNTED_DESIGNATION,
    _DASHED_TARGET,
    _DEMONYM_APPOSITION,
    _DEMONYM_NOUN_NAME,
    _DETAINED_WHO,
    _DETAINEE,
    _ENGLISH_DERIVED,
    _FACILITY_AFTER,
    _FACILITY_LAST,
    _FIRM_SHORT_NAME,
    _FIRM_THEN_BRACKET,
    _FIRM_WORDS,
    _FIRMS_THEN_PEOPLE,
    _ITEM_HEAD_END,
    _LEGAL_AFTER,
    _LEGAL_END,
    _LIST_NAME,
    _LIST_SEP,
    _MEASURE_ON,
    _NEXT_BULLET,
    _NEXT_ITEM,
    _NEXT_ITEM_SEMI,
    _NO_ROLE,
    _PARTICULARS,
    _PARTICULARS_OPEN,
    _PASSIVE_SUBJECTS,
    _PLURAL_TARGETS,
    _PLURAL_TARGETS_TAIL,
    _PROFILE,
    _REGISTER_ENTRY,
    _RELEASE_OF,
    _RESPECTIVELY,
    _ROLE_ITEM,
    _ROLE_ITEM_SEP,
    _ROLE_ITEMS_AFTER,
    _SHORT_NAMED,
    _SIGNATURE,
    _TARGET_NAME,
    _TARGET_POST,
    _TARGETS_ARE,
    _WHO_WAS_DESIGNATED,
    _based_country,
    _particulars_country,
    _unquoted_place,
)
from .mentions import (
    _COUNTERPART,
    _COUNTERPART_TITLED,
    _address_mentions,
    _attach,
    _bare_mentions,
    _counterparts_title,
)
from .names import (
    _BARE_INITIAL,
    _LIST_ENTRY,
    _NEXT_NAME,
    _NOUN_SHAPED,
    _REGNAL,
    _RUN,
    _SENTENCE_END,
    _STATE_WORDS,
    CHINESE_SURNAMES,
    PARTICLES,
    STOP,
    Mention,
    People,
    Person,
    _and_inside_portfolio,
    _family_caps,
    _family_in_capitals,
    _gaz_lookup,
    _gazetteer,
    _is_name_token,
    _is_particle,
    _is_particle_word,
    _key,
    _lone_name,
    _n_particles,
    _name_word,
    _names_like_other_words,
    _pinyin,
    _portfolio_word,
    _surname_he,
    _tokens,
)
from .titles import (
    _CHARGE_NAMED,
    _COMMA_BEFORE,
    _COMMA_TITLE,
    _CONTACT_BLOCK,
    _CONTACT_LINE,
    _HOLDER_TITLE_OF,
    _INSTITUTION,
    _ITS_ROLE,
    _ITS_ROLES,
    _LABEL_LINE,
    _LOWER_POST,
    _LOWER_POST_TAIL,
    _OFFICE_OF_LOWER_BODY,
    _OWNER_BEFORE,
    _PORTFOLIO_TITLE,
    _PORTFOLIO_TITLE_TAIL,
    _POST_OFFICE_CAP,
    _POST_OFFICE_POSS,
    _POST_TITLE,
    _POST_TITLE_CAP,
    _POST_TITLE_OF,
    _POST_TITLE_POSS,
    _POSTED_IN,
    _PREDECESSOR,
    _RANK_WORDS,
    _RULER_GIVEN_NAMES,
    _TITLE_BRACKETED,
    _TITLE_HEAD,
    _TITLE_IS,
    _TITLE_IS_TAIL,
    _TITLE_MODIFIERS,
    HEADS,
    HONORIFICS,
    TITLE_WORDS,
    _after_a_name,
    _other_office,
    _singular,
    _titled_after,
    _without_style,
)
from .visits import _GENERIC_BODY, _HOST_IN, _held_elsewhere, _main_foreign, _nearest_foreign

_COUNTRY_POSS_NAME = re.compile(
    r"\b(?P<c>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)[’']s[ \t]+(?P<name>[A-Z][\w\-’']+"
    r"(?:[ \t]+(?:(?:van|von|de|da|del|bin|al)[ \t]+)?[A-Z][\w\-’']+){1,3})(?![\w\-’'])"
)
# ", chief executive of X", ", the chairman of X Holdings": a firm's officer after a name
_COMPANY_POST = re.compile(
    r",[ \t]+(?:the[ \t]+|a[ \t]+)?(?:(?:chief[ \t]+executive|CEO"
    r"|chief[ \t]+(?:operating|financial)[ \t]+officer|founder|managing[ \t]+director)\b"
    r"|(?:(?:executive[ \t]+)?chairman|president|head)[ \t]+(?:of|at)[ \t]+"
    r"(?:[A-Z][\w&\-]*[ \t]+){0,3}(?:Corp\.?|Corporation|Inc\.?|Ltd\.?"
    r"|Limited|Group|Company|Holdings|PLC|LLC|AG)\b)"
)
_BRACKETED_COUNTRY = re.compile(r"[ \t]+\((?P<c>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})\)")
_PLURAL_OFFICE_BEFORE_LIST = re.compile(
    r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?P<o>ministers|presidents|leaders|envoys|ambassadors"
    r"|secretaries|chiefs)[ \t]*,[ \t]+"
)
_POSS_THEN_CAPITAL = re.compile(r"[’']s[ \t]+(?=[A-Z])")


def _country_poss_names(text: str) -> list[re.Match]:
    """_COUNTRY_POSS_NAME's matches, tried only where a possessive precedes a capital (speed:
    the pattern itself would be tried at every capitalised word)."""
    out = []
    for p in _POSS_THEN_CAPITAL.finditer(text):
        lo = max(0, p.start() - 40)
        m = next((x for x in _COUNTRY_POSS_NAME.finditer(text, lo, p.end() + 120)
                  if x.end("c") == p.start()), None)
        if m:
            out.append(m)
    return out


# "his deputy, ", "A's deputy, " right before a name
_DEPUTY_OF = re.compile(r"\b(?:[Hh]is|[Hh]er|(?P<owner>[A-Z][\w\-]+)[’']s)[ \t]+deputy,[ \t]+")
# ", who leads Portugal's delegation,": the relative clause's verb and its object
_WHO_LEADS = re.compile(
    r",[ \t]+who[ \t]+(?:also[ \t]+)?(?P<verb>leads|heads|chairs|commands|directs|led|headed"
    r"|chaired|commanded|directed)[ \t]+(?P<obj>[^,.;()\n]{3,80}?)(?=[,.;])"
)
_ROLE_OF_VERB = {
    "leads": "head", "heads": "head", "led": "head", "headed": "head",
    "chairs": "chair", "chaired": "chair",
    "commands": "commander", "commanded": "commander",
    "directs": "director", "directed": "director",
}
# "X's Deputy Prime Minister and " right before a second office, ", A": both offices are
# A's, and the possessive says whose
_POSS_OFFICE_AND = re.compile(
    r"\b(?P<poss>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)[’']s[ \t]+"
    r"(?P<first>(?:(?:[A-Z][\w\-]*|of|for|the)[ \t]+){1,6})and[ \t]+$"
)


def _office_of_body_before(toks: list, k: int) -> bool:
    """Does an office of a named body end right before toks[k] ("Speaker of the Knesset",
    "Chairman of the Senate": a head word, "of", then only capitalised words)?"""
    j = k - 1
    while (
        j >= 0
        and toks[j][0][:1].isupper()
        and toks[j][0] not in HEADS
        and not _is_name_token(toks[j][0])  # (a body's word the title can hold)
    ):
        j -= 1
    if j < k - 3 or j == k - 1 or j < 1 or toks[j][0] not in ("of", "the"):
        return False
    j -= 1 if toks[j][0] == "the" else 0
    return j >= 1 and toks[j][0] == "of" and toks[j - 1][0] in HEADS


# a nickname in quotes inside a name, then the family name: 'A "Nick" B'
_NICKNAME_THEN = re.compile(
    r"[ \t]+[\"“](?P<nick>[A-Z][\w\-’']*(?:[ \t][A-Z][\w\-’']*)?)[\"”][ \t]+"
    r"(?P<rest>[A-Z][\w\-’']+(?:[ \t]+[A-Z][\w\-’']+)?)(?![\w\-’'])"
)


def _with_nicknames(found: list, text: str) -> list:
    """ 'Secretary A B "Nick" C': the quoted nickname and the words after it are the same
    name's (the run of capitals stops at the quote, which would leave "A B" and "C" as two
    people)."""
    out = list(found)
    for item in sorted(found, key=lambda x: x[0]):
        if item not in out:
            continue
        m = _NICKNAME_THEN.match(text, item[1])
        if not m or any(w in TITLE_WORDS or w in STOP for w in m.group("rest").split()):
            continue  # (a family name may be a place's: "Santiago")
        end = m.end()
        out = [x for x in out if x is item or not (item[1] <= x[0] < end)]
        out[out.index(item)] = (item[0], end, text[item[0] : end], *item[3:])
    return out


def find_people(text: str, *, home: str | None, gazetteer=(), home_offices=()) -> People:
    """Every person `text` names, with mentions in order of appearance."""
    people = People(home)
    acronyms = _acronym_countries(text)
    found: list[tuple[int, int, str, list[str], str | None, str | None, bool]] = []
    # (start, end of the name; name; titles; country; organization; titled)

    for run in _RUN.finditer(text):
        toks = _tokens(run)
        _family_caps(toks, text)
        _names_like_other_words(toks)
        _join_country_words(toks, text)
        i = 0
        while i < len(toks):
            if _surname_he(toks, i, text):
                toks[i] = ("Hé", toks[i][1], toks[i][2])  # "Vice Premier He Lifeng": a surname
            if not _is_name_token(toks[i][0]):
                i += 1
                continue
            j = i
            while (
                j < len(toks)
                # (a word of descent counts from itself on: "A B C D Al-E", five words)
                and j - i < 4 + 2 * _n_particles(toks, i, min(j + 1, len(toks)))
                and (
                    _is_name_token(toks[j][0])
                    or (j > i and toks[j][0] == "He" and toks[j - 1][0] in CHINESE_SURNAMES)
                    or (j > i and _REGNAL.fullmatch(toks[j][0]))  # "King Charles III"
                    or (j > i and _is_particle(toks, j))
                )
            ):
                j += 1
            while j > i + 1 and _is_particle(toks, j - 1):
                j -= 1
            if j == i + 1 and j < len(toks) and toks[j][0] in HEADS and toks[j][0][:1].isupper():
                # "the Supreme Allied Commander Europe": a word between title words, right
                # before an office's head, is the title's, no name
                i = j
                continue
            if (
                i >= 2
                and toks[i - 1][0] in PARTICLES
                and toks[i - 1][0].islower()
                and toks[i - 2][0] in TITLE_WORDS
            ):
                i -= 1  # "Minister van Klaveren": the particle is the name's
            if (
                i >= 1
                and toks[i - 1][0] == "Amir"
                and j - i >= 2
                and (
                    re.search(
                        r"\b(?:Minister|Secretary|President|Envoy|Ambassador|Advis[eo]r|Governor|"
                        r"Commander|Chief|Spokesperson)\s*,\s*$",
                        text[max(0, toks[i - 1][1] - 40) : toks[i - 1][1]],
                    )
                    # "Brigadier General Amir Ali A": a military rank is followed by a name,
                    # never by a ruler's title
                    or (i >= 2 and toks[i - 2][0] in _RANK_WORDS)
                )
            ):
                i -= 1  # "the Afghan Foreign Minister, Amir Khan Muttaqi": a given name
            elif (
                i >= 2
                and toks[i - 1][0] in _RULER_GIVEN_NAMES
                and (
                    (
                        toks[i - 2][0] in TITLE_WORDS
                        and toks[i - 2][0] not in _RULER_GIVEN_NAMES
                        and toks[i - 2][0] not in _TITLE_MODIFIERS
                        and toks[i - 2][0] not in HONORIFICS
                    )
                    or _office_of_body_before(toks, i - 1)
                )
            ):
                i -= 1  # "Crown Prince Sultan bin A", "Minister of Industry Sultan B": a
                # ruler's word right after a full office is the holder's given name (not
                # after "His Majesty", "Deputy")
            while (
                i >= 1
                and _BARE_INITIAL.fullmatch(toks[i - 1][0])
                and (toks[i - 1][0] not in "AI" or (i >= 2 and toks[i - 2][0] in TITLE_WORDS))
            ):
                i -= 1  # "Minister S Jaishankar", "Chief Minister M K Stalin": initials, no dots
            name_toks = toks[i:j]
            # a name is directly after its title: no connector between them
            before = toks[:i]
            title_toks = []
            k = len(before) - 1
            while k >= 0 and (
                (not _is_name_token(before[k][0]) and before[k][0] != ".")
                or _portfolio_word(before, k, title_toks)
                or (title_toks and _international_word(before, k))
            ):
                if (
                    before[k][0] == "and"
                    and k > 0
                    and before[k - 1][0] not in TITLE_WORDS
                    and not _portfolio_country(before, k - 1)
                    # ("of the Department of North American and Oceanian Affairs of the
                    # Ministry A": with no office between "and" and the name, the "and" joins
                    # two words of one portfolio, and the title goes on before it)
                    and not _and_inside_portfolio(before, k, title_toks)
                ):
                    break  # "of Japan and National Security Advisor Hoon": a new title
                if (
                    before[k][0] in STOP
                    and before[k][0] not in TITLE_WORDS
                    and not country_of_word(before[k][0])
                    and not (before[k][0] in _STATE_WORDS and k > 0 and before[k - 1][0] == "the")
                    and not _international_word(before, k)
                ):
                    break  # "Readout of President ...": not part of the title
                title_toks.insert(0, before[k])
                k -= 1
            while title_toks and title_toks[0][0].lower() in ("of", "for", "to", "and", "the"):
                title_toks.pop(0)
            while (
                title_toks
                and _PLACE_PREPOSITION.search(text, max(0, title_toks[0][1] - 12), title_toks[0][1])
                and any(t[0] == "of" for t in title_toks)
            ):
                # "the visit to Brazil of Chilean Foreign Minister A": the place the
                # preposition governs and its "of" are no part of A's title
                cut = next(n for n, t in enumerate(title_toks) if t[0] == "of")
                if any(t[0] in HEADS for t in title_toks[:cut]) or not any(
                    t[0] in HEADS for t in title_toks[cut:]
                ):
                    break
                title_toks = title_toks[cut + 1 :]
                while title_toks and title_toks[0][0].lower() in ("of", "the"):
                    title_toks.pop(0)
            honorific_at = title_toks[-1][1] if title_toks else name_toks[0][1]
            while (
                len(title_toks) > 1
                and title_toks[-1][0] in HONORIFICS
                and title_toks[-2][0] not in ("of", "for", "to", "and", "the")
            ):
                # "Foreign Minister of Iran Mr. Abbas Araghchi": the honorific is no title
                title_toks.pop()
            # "..., H.E. Mr. A", "..., His Excellency A": the comma is before them all
            courtesy = bool(title_toks) and all(
                t[0] in HONORIFICS or t[0] in ("His", "Her") for t in title_toks
            )
            if courtesy:
                honorific_at = title_toks[0][1]
            if (
                title_toks
                and title_toks[-1][0] in ("of", "for")
                and j - i >= 3
                and any(t[0] in HEADS for t in title_toks)
            ):
                # "Minister of Enterprises Adolfo Urso": the portfolio is the title's; a run
                # longer than a name gives the portfolio all words before the name's last
                # four ("Secretary of Migrant Workers A B C. D")
                while j < len(toks) and j - i < 8 and _is_name_token(toks[j][0]):
                    j += 1
                while True:
                    title_toks.append(toks[i])
                    i += 1
                    if j - i <= 4:
                        break
                name_toks = toks[i:j]
            heads = [t for t in title_toks if t[0] in HEADS]
            adjacent = bool(title_toks) and title_toks[-1][0].lower() not in (
                "of",
                "for",
                "to",
                "and",
                "the",
            )
            start, end = name_toks[0][1], name_toks[-1][2]
            tail = re.match(r",?\s+Jr\.?", text[end:])
            if tail and name_toks[-1][0] == name_toks[-1][0]:
                end += tail.end()
            name = text[start:end]
            honorific_only = bool(heads) and adjacent and all(t[0] in HONORIFICS for t in heads)
            # "Viet Nam's Minister of National Defence, General A": a rank alone after the
            # comma; the office before it is A's too (and says whose)
            # (so is "Ambassador", the envoy's form of address: "The Permanent Representative
            # of X to the United Nations, Ambassador A")
            rank_only = (
                bool(heads)
                and adjacent
                and all(t[0] in _RANK_WORDS or t[0] == "Ambassador" for t in title_toks)
            )
            # "the President of the Hellenic Republic, Ms. Katerina Sakellaropoulou": the
            # title before the comma is the name's, the honorific between them is not
            title_end = honorific_at if honorific_only or courtesy else start
            if rank_only:
                title_end = title_toks[0][1]
            base = max(0, title_end - 160)
            comma_title = (
                _COMMA_TITLE.search(text, base, title_end)
                if _COMMA_BEFORE.search(text, base, title_end)
                else None
            )
            if (
                comma_title
                and _titled_after(text, end)
                and _NEXT_NAME.match(text, comma_title.end() - 2)
                # (not "At the invitation of the President of X, A, the President of Y, B,":
                # there the title opens the pair, after no name)
                and _after_a_name(text, comma_title.start())
            ):
                comma_title = None  # "H.E. A, Prime Minister of X, H.E. B, Premier of Y"
            if (
                (not heads or honorific_only or rank_only)
                and comma_title
                and (len(name_toks) >= 2 or _lone_name(text, name_toks, end))
            ):
                t = re.sub(r"^An?\s+", "", comma_title.group("t"))  # ("A spokesperson for")
                poss = comma_title.group("poss") or ""
                if not poss and (
                    double := _POSS_OFFICE_AND.search(
                        text, max(0, comma_title.start() - 80), comma_title.start()
                    )
                ):
                    if any(w in HEADS for w in double.group("first").split()):
                        poss = double.group("poss")  # "X's Deputy Prime Minister and ..."
                code = (
                    country_of_word(poss)
                    or acronyms.get(poss)
                    or _country_words(_POSTED_IN.sub("", t))
                )
                if len(name_toks) < 2 and not (code and _TITLE_HEAD.search(t)):
                    # "The Minister of Trade of Indonesia, Sugiarto, said": one name word
                    # only after a state's office
                    found.append((start, end, name, [], None, None, False, start))
                    i = j
                    continue
                among = _AMONG.search(text, max(0, comma_title.start() - 120), comma_title.start())
                code = code or (country_of_word(among.group("dem")) if among else None)
                if code is None and comma_title.group("our"):
                    code = home  # "our Ambassador in X, A": the publisher's (speakers.py
                    # gives a speaker's "our" to the speaker's country)
                if (
                    code is None
                    and (
                        re.search(r"(?:^|\s)(?:president|premier|chancellor)$", t)
                        or (poss and re.match(r"[a-z][\w\-]*\s", t))
                    )
                    # (unless a measure names them: "X's director, A, is subject to sanctions")
                    and not _SUBJECT_OF_MEASURE.match(text, end)
                ):
                    # "The German chancellor, A" is a state's; "the firm's president, B" no
                    # office of one (nor "the firm's former chief, C")
                    found.append((start, end, name, [], None, None, False, start))
                    i = j
                    continue
                ranks = [text[title_toks[0][1] : title_toks[-1][2]]] if rank_only else []
                found.append(
                    (start, end, name, [t, *ranks], code, None, True, comma_title.start())
                )
            elif heads and adjacent and all(t[0] in HONORIFICS for t in heads):
                found.append((start, end, name, [], None, None, False, start))
            elif heads and adjacent:
                country, org, titles = _title_parts(text, title_toks)
                owner = _OWNER_BEFORE.search(text, max(0, title_toks[0][1] - 120), title_toks[0][1])
                if country is None and owner:
                    # "the Commander-in-Chief of the Myanmar armed forces, Senior General A"
                    country = _country_after_of(owner.group("t"))
                poss = _POSSESSIVE.search(text, max(0, title_toks[0][1] - 40), title_toks[0][1])
                if country is None and poss:
                    # "Finland's Foreign Minister A": the country is the title's owner
                    country = country_of_word(poss.group("c"))
                at = title_toks[0][1]
                owner = _ACRONYM_BEFORE.search(text, max(0, at - 40), at)
                if country is None and owner:
                    # "SAF commander General A": a force or body the text tied to a country
                    country = acronyms.get(owner.group("a"))
                found.append((start, end, name, titles, country, org, True, title_toks[0][1]))
            elif text.endswith(") ", 0, start) and (
                bracketed := _TITLE_BRACKETED.search(text, max(0, start - 60), start)
            ):
                # "Lieutenant Colonel (Navy) A B": the rank's service in brackets between them
                title = bracketed.group("t")
                found.append((start, end, name, [title], None, None, True, bracketed.start()))
            else:
                found.append((start, end, name, [], None, None, False, start))
            i = j

    found = _with_nicknames(found, text) if '"' in text or "“" in text else found

    # "Foreign Ministers A and B": the plural title is each one's
    by_start = {item[0]: item for item in found}
    for item in sorted(found, key=lambda x: x[0]):
        start, end, name, titles, country, org, titled, first = item[:8]
        plural = (
            titled
            and titles
            and re.search(
                r"(?:Ministers|Presidents|Secretaries|Ambassadors|"
                r"Envoys|Leaders)(?:\s+(?:of|for)\s+[^,]*)?$",
                titles[-1],
            )
        )
        # "Foreign Ministers A and B", "The Ministers of Foreign Affairs, Mr. A and Mr. B"
        nxt = re.match(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", text[end:]) if plural else None
        other = by_start.get(end + nxt.end()) if nxt else None
        if plural and other is not None and not other[6]:
            head = plural.group(0).split()[0]
            single = titles[-1].replace(
                head, re.sub(r"ies$", "y", re.sub(r"(?<!ie)s$", "", head)), 1
            )
            other_country = other[4]
            if country is None and other_country is None:
                # "President A of X and President B of Y ... Foreign Ministers C and D": in the
                # order of the last two countries named with their people
                pair = _last_two_countries(found, start, text)
                if pair:
                    country, other_country = pair
            found[found.index(item)] = (
                start,
                end,
                name,
                [single],
                country,
                org,
                True,
                first,
                *item[8:],
            )
            found[found.index(other)] = (
                other[0],
                other[1],
                other[2],
                [single],
                other_country,
                other[5],
                True,
                other[0],
            )

    found = _plural_apposition(found, text)
    found = _plural_before_names(found, text)
    found = _represented(found, text) if "represented " in text else found

    # "Swedish EU official Johan Floderus": a lower-case post after a demonym or institution
    measured: set[int] = set()
    nationals: set[int] = set()  # (the names of "a Chinese national, A B": people, untitled)
    # "met Chile's A B": a country's possessive right before a name, no title between, is
    # the person's country (a side the text names by its person)
    for m in _country_poss_names(text):
        code = country_of_word(m.group("c"))
        words = m.group("name").split()
        if not code or not all(_is_name_token(w) or w in PARTICLES for w in words):
            continue
        start, end = m.span("name")
        if any(item[0] < end and start < item[1] and (item[6] or item[4]) for item in found):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, m.group("name"), [], code, None, False, start))
        nationals.add(start)  # (a person, an official only if they take part in an event)

    for m in _LOWER_POST.finditer(text) if _LOWER_POST_TAIL.search(text) else ():
        start = m.start("name")
        if any(item[0] <= start < item[1] for item in found):
            found = [item for item in found if not item[0] <= start < item[1]]
        words = [re.sub(r"[’']s$", "", w) for w in m.group("by").split()]
        # (a two-word country or demonym: "Sri Lankan Navy spokesperson A B")
        pairs = [" ".join(words[n : n + 2]) for n in range(len(words) - 1)]
        codes = [c for c in (country_of_word(w) for w in [*pairs, *words]) if c]
        country = next((c for c in codes if c != "EU"), codes[0] if codes else None)
        if m.group("post") in ("national", "citizen", "resident"):
            # "Sudanese national A B", "Hong Kong resident A B": a nationality, no post; a
            # title may follow the name. Named as the object of a measure in the same
            # sentence ("sanctioned two firms and a Chinese national, A B"), the person takes
            # part in it (annotation: named participants are officials)
            if _MEASURE_ON.search(text, max(0, m.start() - 300), m.start()):
                measured.add(start)  # (titled below, after a title that follows the name)
            found.append((start, m.end("name"), m.group("name"), [], country, None, False, start))
            nationals.add(start)
            continue
        paired = {w for pair in pairs if country_of_word(pair) == country for w in pair.split()}
        title = " ".join(
            [
                w
                for w in words
                if not country or (country_of_word(w) != country and w not in paired) or w.isupper()
            ]
            + ([m.group("body").strip()] if m.group("body") else [])
            + [m.group("post")]
            + m.group("rank").split()
        )
        found.append(
            (start, m.end("name"), m.group("name"), [title], country, None, True, m.start("by"))
        )

    # "Chinese Chargé d'affaires A B was summoned": the envoy's title (its French words
    # lowercase or not) right before the name, with no comma
    for m in _CHARGE_NAMED.finditer(text) if "ffaires" in text else ():
        words = m.group("name").split()
        while words and not _is_name_token(words[-1]):
            words.pop()
        if len(words) < 2 or not all(map(_is_name_token, words)):
            continue
        start = m.start("name")
        end = start + len(" ".join(words))
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue  # (read with its title already)
        found = [item for item in found if not (item[0] < end and start < item[1])]
        title = m.group("t")
        by = m.group("by") or ""
        code = _country_words(title) or next(
            (c for w in by.split() if (c := country_of_word(re.sub(r"[’']s$", "", w)))), None
        )
        found.append((start, end, text[start:end], [title], code, None, True, m.start()))

    # "Under Secretary of State for Economic Growth, Energy, and the Environment A B": a
    # portfolio of capitalised nouns (with commas and "and") between the title and the name
    portfolio = _PORTFOLIO_TITLE_TAIL.search(text)
    for m in _PORTFOLIO_TITLE.finditer(text) if portfolio else ():
        if m.group("prep") == "of" and "," not in m.group("port"):
            # "Minister of Trade, Industry and Energy A" (a list), not "of Defence A"; but
            # "Minister of Foreign Affairs and Emigration A B": two portfolios, one minister
            # (not "of Defence and Prime Minister A B": two people)
            if not re.search(r"[ \t]and[ \t]", m.group("port")) or re.search(
                r"\b(?:Minister|Secretary|President|Premier|Chancellor)\b", m.group("port")
            ):
                continue
        start, end = m.span("name")
        if any(
            item[6]
            and item[0] < end
            and start < item[1]
            and not (
                m.start("port") <= item[0] < start
                and all(_NOUN_SHAPED.search(w) for w in text[item[0] : start].split())
            )
            # (nor when it took the name's first word into the portfolio: "Minister of A and
            # B C D Al-E" read as "... B C" and "D Al-E")
            and not (start < item[0] and item[1] == end and item[3]
                     and item[3][-1].endswith(text[start : item[0]].strip()))
            for item in found
        ):
            continue  # the name was read with its title already (not when that reading
            # took a word of the portfolio: "Secretary for Terrorist Financing A B")
        if any(w in _STATE_WORDS for w in m.group("name").split()):
            continue  # "for the Democratic People's Republic of Korea A": a state's name
        if not all(map(_is_name_token, m.group("name").split())):
            continue  # "Minister for Foreign Affairs and East African Cooperation": the
            # portfolio's last words, no name
        found = [item for item in found if not (item[0] < end and m.start() < item[1])]
        title = text[m.start("title") : m.end("port")]
        code = _country_words(title)
        dem = _DEMONYM_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if not code and dem and country_of_word(dem.group(1)):
            code = country_of_word(dem.group(1))  # "Kenyan Cabinet Secretary for Foreign ... A"
        found.append((start, end, m.group("name"), [title], code, None, True, m.start("title")))

    # "Secretary of the provincial Party Committee A B": a body named partly in lower case
    # between the office and the name (the run of capitals before the name is no title)
    for m in _OFFICE_OF_LOWER_BODY.finditer(text) if " of the " in text else ():
        if not any(w.islower() for w in m.group("body").split()):
            continue  # (all capitals: the title is read with its name above)
        words = m.group("name").split()
        if not all(map(_is_name_token, words)):
            continue
        start, end = m.span("name")
        if any(item[6] and item[3] and item[0] < end and start < item[1] for item in found):
            continue  # (read with a title already)
        found = [item for item in found if not (item[0] < end and start < item[1])]
        title = m.group("t")
        found.append((start, end, m.group("name"), [title], _country_words(title), None, True,
                      m.start("t")))

    # "the release of A, who was detained in X in March, and B": named detainees take part
    # in an incident, so they are recorded without a title
    # (a text without the pattern's words skips it, here and in the scans below: speed only)
    releases = "release" in text or "freeing" in text
    for m in _RELEASE_OF.finditer(text) if releases else ():
        stop = re.search(r"[.;?!](?:\s|$)", text[m.end() : m.end() + 300])
        span_end = m.end() + (stop.start() if stop else 300)
        for n in _DETAINEE.finditer(text, m.end(), span_end):
            between = text[m.end() : n.start()]
            if n.start() != m.end() and not re.search(r"(?:,|\band)\s+$", between):
                continue
            words = n.group("name").split()
            if not all(_is_name_token(w) and not country_of_word(w) for w in words):
                continue
            start, end = n.span("name")
            if not any(item[6] and item[0] < end and start < item[1] for item in found):
                found = [x for x in found if not (x[0] < end and start < x[1])]
                found.append((start, end, n.group("name"), [], None, None, True, start))
    # "the case of A, who has been detained in China since 2012": a detainee named with the
    # relative clause that says so takes part in the detention, with no title
    detained = any(w in text for w in ("detained", "held", "imprisoned", "jailed", "arrested"))
    for n in _DETAINED_WHO.finditer(text) if detained else ():
        words = n.group("name").split()
        if not all(_is_name_token(w) and not country_of_word(w) for w in words):
            continue
        lead = text[max(0, n.start() - 30) : n.start()]
        if re.search(r"(?:[A-Z][\w\-’']*|\bto|\bwith)[ \t]+$", lead):
            continue  # "adviser to Aung San Suu Kyi, who was detained": the clause is his
        if text[n.end("name")] != "," and re.search(r"\b(?:of|for|from|at|in|by)[ \t]+$", lead):
            # "a national who works for A B was arrested", "fishermen from A B were
            # arrested": a name after a preposition is not the clause's subject
            continue
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            # ("a Greek citizen, A B": the nationality found before stays)
            code = next((x[4] for x in found if x[0] < end and start < x[1]), None)
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, n.group("name"), [], code, None, True, start))
    # a statement's signature: "COMMODORE A B" on a line of its own, its title on the next
    for n in _SIGNATURE.finditer(text):
        title = n.group("title").strip()
        if not any(w in HEADS for w in re.findall(r"[\w.]+", title)):
            continue
        start, end = n.span("name")
        if not any(x[0] < end and start < x[1] for x in found):
            name = " ".join(w.capitalize() for w in n.group("name").split())
            found.append((start, end, name, [title], None, None, True, start))
    # "The individuals sanctioned today are A, a former senator; B, who ...; and C, a
    # businessman": people a sanction names as its targets take part in it, titled or not,
    # and a target with no country of its own is of the foreign country named nearest
    # (a text without the pattern's participles skips it: speed only)
    listing = any(
        w in text
        for w in (
            "listed", "listing", "designat", "sanction", "measures", "assets", "bans", "freez"
        )
    )
    for m in _TARGETS_ARE.finditer(text) if listing else ():
        stop = re.search(r"[.?!](?=\s+[A-Z“\"]|\s*$)", text[m.end() : m.end() + 600])
        span_end, pos = m.end() + (stop.start() if stop else 600), m.end()
        # (a list set apart by semicolons has "and" inside its items: "in X and Y")
        next_item = _NEXT_ITEM_SEMI if ";" in text[m.end() : span_end] else _NEXT_ITEM
        # (a list in lines after a colon is the lead's: a country in an item is the item's
        # business, "the attack on Ukraine's railway", and the lead's sentence names the
        # targets' own, "officers of Russia's military intelligence")
        lead = m.start() if m.group("colon") else None
        # (a list of bulleted lines: each line an item, a person's or a body's; the list
        # ends where the lines stop opening with a bullet)
        bullets = lead is not None and _LIST_ENTRY.search(text, max(0, m.end() - 8), m.end())
        if bullets:
            span_end = _BULLETED_END.search(text, m.end()).start()
        while pos < span_end:
            n = _TARGET_NAME.match(text, pos)
            words = n.group("name").split() if n else []
            if (
                not n
                or not all(
                    _name_word(w)
                    for w in words
                )
                or any(country_of_word(w) or w in _FIRM_WORDS for w in words)
                # (a line's name is its whole head: "- A B, a broker", not "- A Logistics and
                # B Trading, which ...")
                or (bullets and not _ITEM_HEAD_END.match(text, n.end("name")))
            ):
                if bullets and (nxt := _NEXT_BULLET.search(text, pos, span_end)):
                    pos = nxt.end()  # "- X Gold Mining Company, owned by A": a body's line
                    continue
                break
            start, end = n.span("name")
            post = _TARGET_POST.match(text, end, span_end)
            title = post.group("t").strip() if post and post.group("t") else None
            old = [x for x in found if x[0] < end and start < x[1]]
            titles = [t for x in old for t in x[3]] or ([title] if title else [])
            code = next((x[4] for x in old if x[4]), None) or (
                # ("a New Delhi-based businessman": the place the residence word names)
                title
                and (
                    _country_words(title) or _acronym_in(title, acronyms) or _based_country(title)
                )
            )
            if not code and home:
                at = start if lead is None else lead
                code = _nearest_foreign(text, at, home) or _main_foreign(text, home)
                imposers = _subject_countries(text, m.start())
                if code in imposers:
                    # ("The United Kingdom and Canada sanctioned A and B for gang violence in
                    # Haiti": the lead's subject imposes; the targets' country is another)
                    code = next(
                        (
                            c
                            for c in _countries_between(text, end, span_end)
                            if c not in imposers and c != home
                        ),
                        None,
                    )
            found = [x for x in found if x not in old]
            found.append((start, end, n.group("name"), titles, code, None, True, start))
            nxt = (_NEXT_BULLET if bullets else next_item).search(text, end, span_end)
            if not nxt or (
                not bullets
                and ";" not in text[end : nxt.end()]
                and post
                and post.group("t")
                # (an apposition closed by its comma before "and": "A, a businessman who
                # financed X, and B, a former deputy": the next item)
                and not _APPOSITION_THEN_AND.match(text, post.end(), span_end)
            ):
                break
            pos = nxt.end()

    # a name with a nationality's apposition in a text about a measure: "A B, a Chinese
    # national who directs its sales", "C D, a Russian general, and E F, ...": a person of
    # the demonym's country, titled by the noun unless it is the nationality alone
    # (a text without ", a Capitalised" skips the pattern: speed only)
    appositions = listing and _A_DEMONYM.search(text) is not None
    for n in _DEMONYM_APPOSITION.finditer(text) if appositions else ():
        words = n.group("name").split()
        while words and not (
            _is_name_token(words[0].removeprefix("al-")) or _family_in_capitals(words[0])
        ):
            words = words[1:]  # ("Today A B, a ...": the name's own words only)
        # ("a Russian IT worker": the demonym's first word when the two are no country)
        code = country_of_word(n.group("dem")) or country_of_word(n.group("dem").split()[0])
        if len(words) < 2 or not code or any(w in _FIRM_WORDS for w in words):
            continue
        if not _family_in_capitals(words[0]) and not _is_name_token(words[0].removeprefix("al-")):
            continue
        if not all(
            _name_word(w) for w in words[1:]
        ):
            continue
        end = n.end("name")
        start = end - len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue  # (a line break inside: not one name)
        titled_here = [x for x in found if x[6] and x[0] < end and start < x[1]]
        if titled_here:
            # (found already with a title; an untitled find gives way; a titled one of no
            # country, or of the home one by default, takes the nationality: "its director,
            # A B, an Emirati national")
            found = [
                (*x[:4], code, *x[5:]) if x in titled_here and x[4] in (None, home) else x
                for x in found
            ]
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        noun = n.group("noun")
        titles = [] if noun in ("national", "citizen", "resident") else [f"{n.group('dem')} {noun}"]
        found.append((start, end, " ".join(words), titles, code, None, True, start))

    # "A B and C D have been designated for their roles in ...": the subject list of a
    # passive measure, people by the shape of their names (a list with a firm's word is not)
    for n in _PASSIVE_SUBJECTS.finditer(text) if listing else ():
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", n.group("names"))
        if any(
            w in _FIRM_WORDS or (country_of_word(w) and not w.startswith("al-"))
            for x in names
            for w in x.split()
        ):  # ("al-Kuwaiti": a name's nisba, not a country)
            continue
        pos = n.start("names")
        for name in names:
            start = text.index(name, pos)
            end = pos = start + len(name)
            words = name.split()
            if len(words) < 2 or not all(
                _name_word(w) for w in words
            ):
                continue
            if any(x[6] and x[0] < end and start < x[1] for x in found):
                continue
            found = [x for x in found if not (x[0] < end and start < x[1])]
            code = _nearest_foreign(text, start, home) if home else None
            found.append((start, end, name, [], code, None, True, start))

    # "Russian businessman A B", "Sudanese general C D", "Belarusian judge E F": a name after
    # a nationality and a person's noun, in a text about a measure: a person of that country
    for n in _DEMONYM_NOUN_NAME.finditer(text) if listing else ():
        code = country_of_word(n.group("dem"))
        words = n.group("name").split()
        start, end = n.span("name")
        if (
            not code
            or len(words) < 2
            or not all(_name_word(w) for w in words)
            or any(w in _FIRM_WORDS for w in words)
            or _LEGAL_AFTER.match(text, end)
            or any(x[6] and x[0] < end and start < x[1] for x in found)
        ):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), [n.group("noun")], code, None, True, start))

    # "A B, who was also designated today, laundered ...": the one a relative clause of the
    # measure is on, a person by the shape of the name, of the foreign country named nearest
    # (a text without ", who " skips the pattern: speed only)
    for n in _WHO_WAS_DESIGNATED.finditer(text) if listing and ", who " in text else ():
        words = n.group("name").split()
        while words and not _is_name_token(words[0].removeprefix("al-")):
            words = words[1:]
        end = n.end("name")
        start = end - len(" ".join(words))
        if (
            len(words) < 2
            or text[start:end] != " ".join(words)
            or any(w in _FIRM_WORDS or country_of_word(w) for w in words)
            or not all(
                _name_word(w)
                for w in words
            )
            or any(x[6] and x[0] < end and start < x[1] for x in found)
        ):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        code = _nearest_foreign(text, start, home) if home else None
        found.append((start, end, " ".join(words), [], code, None, True, start))

    # a register's entries ("DOE, John Paul, Town, Country; DOB 1970; nationality X
    # (individual) [PROGRAM]"): the person named in the usual order, of the nationality
    for n in _REGISTER_ENTRY.finditer(text) if "(individual)" in text else ():
        start, end = n.start("family"), n.end("given")
        found = [x for x in found if not (x[0] < end and start < x[1])]  # (the entry's own)
        family = " ".join(w.capitalize() for w in n.group("family").split())
        name = f"{n.group('given')} {family}"
        code = _particulars_country(n.group("rest"))
        found.append((start, end, name, [], code, None, True, start))

    # "The list includes:\nA B – State Minister of X;\nC D – member of Y.": a measure's
    # list in lines with no mark, a name and its role after a dash; of the country the role
    # names, else of the foreign one named nearest the list
    for n in _DASHED_TARGET.finditer(text) if listing and "–" in text else ():
        start, end = n.span("name")
        if any(x[6] and x[0] < end and start < x[1] for x in found):
            continue
        words = n.group("name").split()
        if any(w in _FIRM_WORDS or country_of_word(w) for w in words):
            continue
        title = n.group("t").strip()
        # (a country the role names outright, not one an institution's name suggests: "member
        # of the House of Councillors" is no US office)
        named = [country_of_word(w) for w in re.findall(r"[A-Z][\w\-]*", title)]
        code = next((c for c in named if c), None) or (
            _nearest_foreign(text, start, home) or _main_foreign(text, home) if home else None
        )
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), [title], code, None, True, start))

    # "is designating former governor of X, Y, A B", "also designating his spouse, C D, and
    # his son, E F": a measure's objects told each by a role and a name set off by commas
    for m in _ROLE_ITEMS_AFTER.finditer(text) if listing else ():
        found = _role_items(text, m.end(), found, home)

    # profiles of a designation's targets after its counted lead ("OFAC sanctioned three
    # individuals and two entities ... . Lima-based A B, a logistics broker, arranges ...";
    # "Its general manager, C D, is also designated today"): untitled people, titled by the
    # noun of the apposition, of the country of the "X-based" word before them or in it
    counted = ("sanction" in text or "designat" in text) and (
        _COUNTED_DESIGNATION.search(text) is not None
    )
    # (the firms counted first, "is sanctioning four entities and two individuals", leads
    # profiles too)
    if counted or (
        ("sanction" in text or "designat" in text) and _FIRMS_THEN_PEOPLE.search(text)
    ):
        firm_country = None
        for n in _PROFILE.finditer(text):
            if n.group("firm"):
                firm_country = _based_country(n.group("fdescr"))
                continue
            key = "name" if n.group("name") else "name2" if n.group("name2") else "name3"
            words = n.group(key).split()
            if not all(_is_name_token(w.removeprefix("al-")) for w in words) or any(
                country_of_word(w) for w in words
            ):
                continue
            start, end = n.span(key)
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            descr = (n.group("descr") or n.group("role") or n.group("descr3") or "").strip()
            officer = bool(n.group("role") or n.group("descr3")) or " of " in descr
            code = (
                _based_country(n.group("based") or "")
                or (_unquoted_place(n.group("res")) if n.group("res") else None)
                or _based_country(descr)
                # ("the general manager of X": the officer of the firm profiled before)
                or (firm_country if officer else None)
            )
            descr = re.sub(r"^[A-Z][\w’']*(?:[ \t][A-Z][\w’']*)?-based\s+", "", descr)
            # (an officer "of" a body, of no country said here: left to the body's country
            # below, not the nearest)
            if not code and home and not officer:
                code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
            found = [x for x in found if not (x[0] < end and start < x[1])]
            titles = [descr] if descr else []
            found.append((start, end, n.group(key), titles, code, None, True, start))

    # "A B C D (C) is the principal money launderer for X", "E F G H (G), a Colombian
    # national based in Y, buys ...": a person given a short name in brackets, one of the
    # name's own words (a designation's style for its targets), titled by what they are
    # (a text without brackets skips the pattern, here and below: speed only)
    short_named = list(_SHORT_NAMED.finditer(text)) if "(" in text else []
    for n in short_named:
        words = n.group("name").split()
        if n.group("short") not in words or not all(_is_name_token(w) for w in words):
            continue
        start, end = n.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        descr = (n.group("is") or n.group("appo") or "").strip()
        nat = re.fullmatch(r"(?P<dem>[A-Z][\w\-]*)\s+(?:national|citizen)\b.*", descr)
        code = country_of_word(nat.group("dem")) if nat else _acronym_in(descr, acronyms)
        titles = [descr] if descr and not nat else []
        if not code and home:
            code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), titles, code, None, True, start))

    # a listing's particulars in brackets: "A B (born 1970, Minsk)", "A B (date of birth 4
    # March 1971; nationality: Belarusian)": the nationality, else the birthplace's country,
    # is the person's (explicit cues, ahead of any guess from the text around)
    particulars = "(" in text and _PARTICULARS_OPEN.search(text)
    for n in _PARTICULARS.finditer(text) if particulars else ():
        words = n.group("name").split()
        start, end = n.span("name")
        # (a family name in capitals first: "KIM Ok Sun (Date of birth: ...)", a listing's style)
        while words and not (_is_name_token(words[0]) or _family_in_capitals(words[0])):
            # "Deputy Minister A B (born ...)": the title's words before the name
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if len(words) < 1 or not all(
            _is_name_token(w) or _is_particle_word(w) or (w is words[0] and _family_in_capitals(w))
            for w in words
        ):
            continue
        code = _particulars_country(n.group("p"))
        if code is None and any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        old = [x for x in found if x[0] < end and start < x[1]]
        titles = [t for x in old for t in x[3]]
        found = [x for x in found if x not in old]
        found.append((start, end, text[start:end], titles, code, None, True, start))

    # a briefing's label line: "Spokesperson: Md. A B" (the home government's)
    for n in _LABEL_LINE.finditer(text):
        start, end = n.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), [n.group("t")], home, None, True, start))

    # a release's contact lines: its publisher's staff, of the home country
    contacts = (
        [*_CONTACT_LINE.finditer(text), *_CONTACT_BLOCK.finditer(text)] if "\n" in text else []
    )
    for n in contacts:
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            found = [x for x in found if not (x[0] < end and start < x[1])]
            item = (start, end, n.group("name"), [n.group("t")], home, None, True, start)
            found.append((*item, n.end("t")))  # (the evidence runs to the title's end)

    # "Finland's Ambassador to Chile is A B": a title the clause says a name holds
    title_is = (" is " in text or " was " in text) and _TITLE_IS_TAIL.search(text)
    for n in _TITLE_IS.finditer(text) if title_is else ():
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            code = country_of_word(n.group("poss") or "") or _country_words(n.group("t"))
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, n.group("name"), [n.group("t")], code, None, True, n.start()))

    # "A's predecessor, B C": A's office and country, as the text gave them for A
    for n in _PREDECESSOR.finditer(text) if "cessor" in text else ():
        start, end = n.span("name")
        holder = next(
            (x for x in found if x[6] and x[4] and x[2].split()[-1] == n.group("of")), None
        )
        if holder and not any(item[6] and item[0] < end and start < item[1] for item in found):
            found = [x for x in found if not (x[0] < end and start < x[1])]
            item = (start, end, n.group("name"), holder[3][:1], holder[4], None, True)
            found.append((*item, n.start()))

    # untitled targets in apposition to a plural noun: "Two officers of the unit, A B and
    # C D, are also designated", "imposed sanctions on two officials of the regime, A B and
    # C D": each titled by the noun, of the foreign country named nearest
    for n in _PLURAL_TARGETS.finditer(text) if _PLURAL_TARGETS_TAIL.search(text) else ():
        role = re.sub(r"^(\w+?)s\b", r"\1", n.group("role").strip())
        dem = country_of_word(n.group("dem")) if n.group("dem") else None
        if n.group("dem") and not dem:
            continue  # ("the Treasury officials, A and B": a body's word, not a demonym)
        roles = [] if role in ("national", "citizen", "resident") else [role]
        for w in re.finditer(rf"{_LIST_NAME}", n.group("names")):
            start, end = n.start("names") + w.start(), n.start("names") + w.end()
            words = w.group(0).split()
            if not all(_is_name_token(x) and not country_of_word(x) for x in words):
                continue
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            code = dem or (
                _nearest_foreign(text, start, home) or _main_foreign(text, home) if home else None
            )
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, w.group(0), roles, code, None, True, start))

    # "the foreign ministers of Fiji and Egypt, A B and C D respectively": each name of the
    # list is of the country in the same place of the other list
    for m in _RESPECTIVELY.finditer(text) if "respectively" in text else ():
        codes = [country_of_word(re.sub(r"^the\s+", "", c)) for c in _LIST_SEP.split(m.group("cs"))]
        names = [n for n in _LIST_SEP.split(m.group("ns")) if n]
        if len(codes) != len(names) or not all(codes):
            continue
        role = re.sub(r"(?<=[a-z])s$", "", m.group("role"))  # "foreign ministers"
        at = m.start("ns")
        for name, code in zip(names, codes, strict=True):
            start = text.index(name, at)
            at = end = start + len(name)
            if not all(_is_name_token(w) or _is_particle_word(w) for w in name.split()):
                continue
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, name, [role], code, None, True, start))

    # a title after the name: "Jake Sullivan, the national security adviser"
    for item in list(found):
        start, end, name, titles, country, org, titled, first = item[:8]
        if not titles and not listing and _COMPANY_POST.match(text, end):
            # "A B, chief executive of X Corp,": a firm's, no official (unless a measure
            # names them: a target takes part in it)
            found.remove(item)
            continue
        if titled and not country and len(name.split()) >= 2:
            # "Major General A B, Deputy Commander of the Air Force of X", "The Ministers of
            # Trade, Mr. A and Mr. B, Minister of Commerce of X": a rank or a shared title
            # before the name gives no country; the holder's own title after it does
            post = _POST_TITLE_OF.match(text[end : end + 160]) or _HOLDER_TITLE_OF.match(
                text[end : end + 160]
            )
            nxt = post and _NEXT_NAME.match(text, end + post.end("title"))
            words = post.group("title").split() if post else []
            code = (
                post
                and not nxt
                and re.match(r"\s*[,;.]", text[end + post.end("title") :])
                and (
                    any(country_of_word(" ".join(words[-n:])) for n in range(1, 5))
                    or _ends_with_national_institution(words)
                )
                and _country_after_of(post.group("title"))
            )  # the title ends with its country: "... of the Arab Republic of Egypt A B" no
            if not code and not post:
                # "Colonel A B, Burkina Faso's junta leader, met": a country's possessive, or
                # a lower-case post that names its country (an "of" title keeps the test above)
                post = (
                    _POST_TITLE_POSS.match(text[end : end + 160])
                    or _POST_OFFICE_POSS.match(text[end : end + 160])
                    or _POST_TITLE.match(text[end : end + 160])
                )
                nxt = post and _NEXT_NAME.match(text, end + post.end("title"))
                if post and not nxt and re.match(r"\s*[,;.]", text[end + post.end("title") :]):
                    # "General A B, commander of Russia's X District," "Admiral C D, chief of
                    # staff of the Japan Maritime Force,": a country or demonym in the title
                    poss = re.sub(r"[’']s\s+$", "", post.groupdict().get("poss") or "")
                    code = (country_of_word(poss) if poss else None) or (
                        None if _by_body_only(post.group("title")) else _country_words(
                            post.group("title")
                        )
                    )
            if code:
                title = post.group("title").strip()
                found.remove(item)
                found.append((start, end, name, [*titles, title], code, org, True, first))
            continue
        if titled:
            continue
        if len(name.split()) < 2:
            # "Sugiarto, Indonesia's Trade Minister, met ...": one name word, at the head of
            # its clause, with a state's office after it
            post = None
            if _lone_name(text, [(name, start, end)], end) and _CLAUSE_HEAD.search(
                text, max(0, start - 3), start
            ):
                post = _POST_OFFICE_POSS.match(text[end : end + 160]) or _POST_TITLE_OF.match(
                    text[end : end + 160]
                )
            if not post or not (
                post.groupdict().get("poss") or _country_after_of(post.group("title"))
            ):
                continue
        else:
            post = (
                _POST_TITLE.match(text[end : end + 160])
                or _POST_TITLE_OF.match(text[end : end + 160])
                or _POST_TITLE_POSS.match(text[end : end + 160])
                or _POST_TITLE_CAP.match(text[end : end + 160])
                or _POST_OFFICE_POSS.match(text[end : end + 160])
                or _POST_OFFICE_CAP.match(text[end : end + 160])
            )
        nxt = post and _NEXT_NAME.match(text, end + post.end("title"))
        if nxt and not all(_is_name_token(w) for w in nxt.group(0).split()[-2:]):
            nxt = None  # "B, Minister of Foreign Affairs, Foreign Trade and Tourism": a portfolio
        if nxt and not _titled_after(text, nxt.end()):
            # "A, the President of Chile, H.E. B": the title is B's, before B (but in "H.E.
            # A, Prime Minister of X, H.E. B, Prime Minister of Y" each has the one after)
            post = None
        if post:
            title = post.group("title").strip()
            found.remove(item)
            poss = re.sub(r"[’']s\s+$", "", post.groupdict().get("poss") or "")
            dem = (
                (None if _by_body_only(title) else _country_words(title))
                or (country_of_word(poss) if poss else None)
                or country
                or _acronym_in(title, acronyms)
                or _institution_after(text, end + post.end("title"))
            )
            found.append(
                (start, end, name, [title], dem, None, True, start, end + post.end("title"))
            )

    # "A B, who leads Portugal's delegation, met ...": a role without a formal title, told
    # by the verb of a relative clause; a person of the country its object names
    for m in _WHO_LEADS.finditer(text) if ", who " in text else ():
        item = next((x for x in found if x[1] == m.start() and len(x[2].split()) >= 2), None)
        if item is None or (item[6] and item[4]):
            continue
        code = _country_words(m.group("obj"))
        if not code:
            continue  # ("who heads the firm's board": no state's post)
        title = f"{_ROLE_OF_VERB[m.group('verb')]} of {m.group('obj')}"
        titles = item[3] if item[6] else [title]
        found[found.index(item)] = (*item[:3], titles, code, item[5], True, *item[7:])

    # "The ministers, A (Peru) and B (Bolivia), signed": a country in brackets after a name
    # is the person's; after a plural office the office is each one's
    for item in sorted(found, key=lambda x: x[0]) if "(" in text else ():
        m = _BRACKETED_COUNTRY.match(text, item[1])
        code = country_of_word(m.group("c")) if m else None
        if not code or item[4] or len(item[2].split()) < 2:
            continue
        office = _PLURAL_OFFICE_BEFORE_LIST.search(text, max(0, item[0] - 120), item[0])
        titles = item[3]
        if not titles and office and not re.search(r"[.;]", text[office.end() : item[0]]):
            word = office.group("o")
            titles = [word[:1].upper() + _singular(word)[1:]]
        found[found.index(item)] = (*item[:3], titles, code, item[5], True, *item[7:])

    # "Interior Minister A and his deputy, B," "A's deputy, B,": the deputy of a titled
    # person named before, in the office under theirs and of their country
    for m in _DEPUTY_OF.finditer(text) if "deputy, " in text else ():
        item = next((x for x in found if x[0] == m.end() and len(x[2].split()) >= 2), None)
        if item is None or item[6]:
            continue
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        before = [x for x in found if (ends[-1] if ends else 0) <= x[0] < m.start() and x[6]]
        if m.group("owner"):
            before = [x for x in before if x[2].split()[-1] == m.group("owner")]
        if not before:
            continue
        owner = max(before, key=lambda x: x[0])
        title = f"Deputy {owner[3][-1]}" if owner[3] else "Deputy"
        found[found.index(item)] = (*item[:3], [title], owner[4], item[5], True, *item[7:])

    # (after every reading of a name and its title: a side's people)
    found = _on_the_side(found, text) if " side" in text else found

    # a national named as a measure's object, with no title after the name, takes part in
    # the measure all the same
    for item in [x for x in found if x[0] in measured and not x[6]]:
        found[found.index(item)] = (*item[:6], True, *item[7:])

    # "Its sole director, Hong Kong resident A B,", "its sales manager, A B, who ...": a
    # company's officer in apposition (v03, y04), of the place its residence names (a
    # profile found above, "Its owner, A, is also designated", is kept)
    its_role = ("its" in text or "Its" in text) and any(map(text.__contains__, _ITS_ROLES))
    for m in _ITS_ROLE.finditer(text) if its_role else ():
        start, end = m.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        code = country_of_word(m.group("dem")) if m.group("dem") else None
        code = code or next((x[4] for x in found if x[0] < end and start < x[1]), None)
        if not code and home and counted:
            # "Los Choneros, which OFAC designated ... together with its leader, A": a
            # designated body's officer, of the foreign country near (as profiles above)
            code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, m.group("name"), [m.group("t")], code, None, True, m.start("t")))

    # "his US counterpart Lloyd Austin"
    counterpart_names = {}
    matches = (
        [*_COUNTERPART.finditer(text), *_COUNTERPART_TITLED.finditer(text)]
        if "counterpart" in text  # (both need the word: a text without it skips them)
        else []
    )
    for m in matches:
        if m.group("name") and all(_is_name_token(w) for w in m.group("name").split()):
            code = country_of_word(m.group("dem") or "") if m.group("dem") else None
            if not m.group("det") and not code:
                continue
            # "his X counterpart, Minister of Foreign Affairs A B C": the pattern's last two
            # words may be the end of a longer name read with its title; key it by that name
            at = next(
                (
                    x[0]
                    for x in found
                    if m.start() < x[0] <= m.start("name") and m.end("name") == x[1]
                ),
                m.start("name"),
            )
            counterpart_names.setdefault(at, (code, m.start()))
            lead = _HONORIFIC_LEAD.search(text, m.start(), m.start("name"))
            if lead:
                # "his Omani counterpart Sheikh A bin B": the name the scan reads opens with
                # the form of address
                counterpart_names.setdefault(lead.start(1), (code, m.start()))

    gaz = _gazetteer(gazetteer)
    # titled names' spans from title to name, by where they open, with the furthest name start
    # so far: "inside another's title" is a bisect, not a scan of all found (an item's own span
    # ends at its start, before its end, so it never covers itself)
    title_spans = sorted((y[7], y[0]) for y in found if y[6])
    title_opens = [x for x, _ in title_spans]
    title_reach = list(accumulate((y for _, y in title_spans), max))
    # a firm's short name, given in brackets after its legal form ("Anatolia Motor Parts A.Ş.
    # (Anatolia Motor) is ... . Anatolia Motor is being designated"): the firm's, no person's
    firm_short_names = (
        {m.group("short") for m in _FIRM_SHORT_NAME.finditer(text)} if "(" in text else set()
    )
    for item in sorted(found, key=lambda x: x[0]):
        start, end, name, titles, country, org, titled, first = item[:8]
        n_open = bisect_right(title_opens, start)
        if n_open and title_reach[n_open - 1] >= end:
            continue  # "the Minister for Trade and Development Aid, A B": a word of A's title
        if set(name.split()) <= _STATE_WORDS or country_of_word(name):
            # "the Armed Forces of the Russian Federation": a state, no person (nor is the
            # place in "Its sole director, Hong Kong resident A B")
            continue
        if (
            _FACILITY_AFTER.match(text, end)
            or _FACILITY_LAST.fullmatch(name.split()[-1])
        ):
            continue  # "King Abdulaziz International Airport": a place named after a person
        if _BODY_AFTER.match(text, end) or _BODY_AFTER.match(" " + name.split()[-1]):
            # "the General Border Committee": a body's name, no "General Border" (nor is
            # "General Trading Corporation" a person)
            continue
        if re.search(r"[’']s\s", name) and any(w in HEADS for w in name.split()):
            continue  # "Viet Nam's Minister of ...": a country's possessive and a title
        if (
            _LEGAL_END.search(name)
            or name.split()[-1] in _FIRM_WORDS
            or _LEGAL_AFTER.match(text, end)
            or _FIRM_THEN_BRACKET.search(text, max(0, start - 16), start)
            or name in firm_short_names
        ):
            continue  # "X Aviation Limited is a Sharjah-based company": a firm, no person

        k = _institution_words(text, name, start) if titled and titles else 0
        if k:
            # "Director of the China Coast Guard A B": "Coast Guard" ends the title
            words = name.split()
            start = text.index(words[k], start + len(" ".join(words[:k])))
            titles = [*titles[:-1], f"{titles[-1]} {' '.join(words[:k])}"]
            name = text[start:end]
        ev_end = item[8] if len(item) > 8 else end
        name_country = country
        of = _OF_COUNTRY.match(text[end : end + 80])
        if of and _by_body_only(of.group("c")):
            # "Speaker A of the Senate": the body says whose only with another cue
            titles = [f"{titles[-1]} of the {_GENERIC_BODY.search(of.group('c')).group(0)}"] if (
                titles
            ) else titles
            of = None
        if of and country_of_word(of.group("c")):
            name_country = name_country or country_of_word(of.group("c"))
            if titled:
                ev_end = end + of.end()
        elif of and titled and not name_country:
            # "Governor A of the Central Bank of Egypt", "Commissioner A of the European
            # Commission": the country of the institution
            inst = _INSTITUTION_OF.fullmatch(of.group("c"))
            name_country = (
                country_of_word(inst.group("c") or inst.group("d")) if inst else None
            )
            if name_country is None and re.search(rf"\b{_INSTITUTION}\b", of.group("c")):
                # "Permanent Secretary A of the Ministry of Foreign Affairs of India",
                # "Director-General B of the Ghanaian Ministry of Trade": the institution's
                # country, after its last "of" or by a demonym among its words
                name_country = _country_words(of.group("c"))
        if start in counterpart_names:
            code, cstart = counterpart_names[start]
            name_country = name_country or code
            titled = True
            first = cstart
            titles = titles or _counterparts_title(text, people, cstart)
        if name_country == "US" and titles and _unnamed_body_of_us(text, titles):
            name_country = None  # "President of the Senate A" in a text on Cambodia
        if name_country is None and titled and titles:
            name_country = _body_country(text, titles)
        person = _attach(people, name, start, end, gaz)
        if person is None:
            if (
                not titled
                and not _gaz_lookup(gaz, name)
                and start not in counterpart_names
                and start not in nationals
                and not _meeting_actor(text, start, end, name)
            ):
                continue  # (a person named with a nationality is one, to be a target or a
                # detainee, though no official)
            if (
                " " not in name
                and _ENGLISH_DERIVED.fullmatch(name)
                and not _pinyin(name)
                and not _gaz_lookup(gaz, name)
            ):
                continue  # "the General Election": a common noun after a title word
            entry = _gaz_lookup(gaz, name)
            person = Person(
                key=_key(name),
                name=name,
                country=name_country
                or (entry[1] if entry and not _other_office(entry, titles) else None),
                first=(first, ev_end),
                titled=titled,
            )
            if entry:
                person.aliases.extend(a for a in entry[3] if a != name)
                if entry[0] != name:
                    person.aliases.append(entry[0])
            people.persons.append(person)
        elif titled and not person.titled:
            person.titled, person.first = True, (first, ev_end)
        if name_country and not person.country:
            person.country = name_country
        if start in counterpart_names and not name_country:
            person.counterpart = True
        for t in map(_without_style, titles):
            if t and t not in person.titles and t not in HONORIFICS:
                person.titles.append(t)
        if org and not person.organization:
            person.organization = org
        if titles and titles[0] and titled:
            alias = f"{titles[-1]} {name}" if titles[-1] else None
            if alias and alias not in person.aliases and len(alias) < 80:
                person.aliases.append(alias)
        people.mentions.append(Mention(start, end, person))

    # "Jhon Fredy Ospina Restrepo (Ospina)": the text's own short name is the surname (the
    # first of two Spanish family names, not the last word)
    for n in short_named:
        for p in people.persons:
            if p.name == n.group("name") and n.group("short") in p.name.split():
                p.short = n.group("short")
    # bare gazetteer words ("Biden and Xi"), and surnames of people found above
    _bare_mentions(text, people, gaz)
    for p in people.persons:
        host_in = _HOST_IN.search(text, max(0, p.first[0] - 120), p.first[0])
        if p.country is None and host_in and country_of_word(host_in.group("c")):
            # "In Tallinn he is to be received by President A": the host in his own place
            # (and so the holder of the office at home, before others are placed)
            p.country = country_of_word(host_in.group("c"))
    placed = {id(p) for p in people.persons if p.country}
    for p in people.persons:
        p.country = _decide_country(text, p, people.persons, home, home_offices, gaz)
        s = p.surname
        if s != p.name and s not in p.aliases:
            p.aliases.insert(0, s)
    for p in people.persons:
        if id(p) in placed or not home or p.country == home:
            continue
        taken = _held_elsewhere(p, people.persons)
        if p.country in taken:
            # "The President called Prime Minister B" after "Prime Minister Kishida": a
            # guess that gave B a foreign country whose office another holds; the foreign
            # country the text names most among those left (at home, a holder may be a
            # former one: "the late Prime Minister ABE Shinzo" beside "KISHIDA Fumio")
            p.country = _main_foreign(text, home, avoid=taken) or p.country
    _address_mentions(text, people)
    people.mentions.sort(key=lambda m: m.start)
    return people


_CLAUSE_HEAD = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)$")
# a measure whose subject the name is: ", is subject to sanctions", ", was also designated"
_SUBJECT_OF_MEASURE = re.compile(
    r",?\s+(?:is|are|was|were|has\s+been)\s+(?:also\s+)?(?:subject\s+to\s+(?:\w+\s+){0,2}"
    r"(?:sanctions|measures|an?\s+(?:asset\s+freeze|travel\s+ban))|designated|sanctioned|listed)\b"
)
# a form of address that opens a name after "counterpart" ("Sheikh A", "Prince B")
_HONORIFIC_LEAD = re.compile(r"\b(Sheikh|Prince|Sultan|Emir|Amir|King)\s+$")
# a preposition of place right before a title: "to", "in", "from" (with "the")
_PLACE_PREPOSITION = re.compile(r"\b(?:to|in|from)\s+(?:the\s+)?$")
# a meeting predicate right after a sentence's subject, with a titled counterpart after it:
# "A B had a telephone conversation with President C", "A B held talks with Prime Minister C",
# "A B spoke to President C"
_MEETS_TITLED = re.compile(
    r"\s+(?:(?:also|later|then)\s+)?(?:(?:had|held)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:conversation|talks|meeting|call|discussions?|consultations|audience)|met|spoke|talked"
    r"|conferred|received|hosted|welcomed)\s+(?:(?:by\s+)?(?:tele)?phone\s+)?"
    # ("A B spoke to President C": "to" as "with" after a verb of speaking)
    r"(?:with\s+|(?<=spoke\s)to\s+|(?<=talked\s)to\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}?(?:President|Prime\s+Minister|Chancellor|King|Emir|"
    r"Minister|Premier|Secretary|Crown\s+Prince)\b"
)


# ", Ministry of Foreign Affairs of X,": the institution of a post, set off after it
_INSTITUTION_APPOSITION = re.compile(
    rf",[ \t]+(?:the[ \t]+)?(?P<inst>(?:[A-Z][\w’'\-]*[ \t]+){{0,3}}{_INSTITUTION}\b"
    r"[^,;.\n]{0,60})"
)


def _institution_after(text: str, at: int) -> str | None:
    """The country of the institution named after a post and its comma ("A, Deputy
    Director-General of the X Department, Ministry of Foreign Affairs of Y": Y's)."""
    m = _INSTITUTION_APPOSITION.match(text, at)
    return _country_words(m.group("inst")) if m else None


def _meeting_actor(text: str, start: int, end: int, name: str) -> bool:
    """An untitled name of two words or more that opens a sentence and meets a titled
    person ("A B had a telephone conversation with President C of X"): a person (the head of
    a government's own readout names its leader bare), though no title precedes it."""
    return (
        " " in name
        and _CLAUSE_HEAD.search(text, max(0, start - 3), start) is not None
        and _MEETS_TITLED.match(text, end) is not None
    )


def _role_items(text: str, pos: int, found: list, home: str | None) -> list:
    """The people of a measure's object list whose items are a role in lower case and a name
    set off by commas ("former mayor of X, Y, A B", "his spouse, C D, and his son, E F"):
    each a person of the country the role names (a relative's: of the one before), titled
    by a role of their own (a relative's role is no title)."""
    code = None
    while True:
        n = _ROLE_ITEM.match(text, pos)
        if n is None or _NO_ROLE.search(n.group("role")):
            return found
        start, end = n.span("name")
        words = n.group("name").split()
        if any(w in _FIRM_WORDS or country_of_word(w) for w in words) or not all(
            _name_word(w) for w in words
        ):
            return found
        own = n.group("own")
        role = n.group("role")
        if n.group("c"):
            role = role[: n.start("c") - n.start("role")].rstrip(", ")
        named = (n.group("c") and country_of_word(n.group("c"))) or (
            n.group("place") and country_of_word(n.group("place"))
        )
        before = [x for x in found if x[1] <= start and x[4]]
        code = named or (
            (code or (before[-1][4] if before else None))
            if own
            else _country_words(role) or (_nearest_foreign(text, start, home) if home else None)
        )
        if not any(x[6] and x[0] < end and start < x[1] for x in found):
            found = [x for x in found if not (x[0] < end and start < x[1])]
            titles = [] if own else [role]
            found.append((start, end, n.group("name"), titles, code, None, True, start))
        sep = _ROLE_ITEM_SEP.match(text, n.end())
        if sep is None:
            return found
        pos = sep.end()

"""Listings: sanction measures across sentences, and the targets a release lists.

A measure's day and imposer may come from the sentences around it: "OFAC also designated"
(the day's action, _ALSO_DESIGNATED), "This measure takes effect on the 24th"
(_TAKES_EFFECT), the question an answer's measures were asked about (_ASKED_ABOUT_MEASURES),
the clause of another imposer (_another_imposer_before); "These include" lists a measure
only after one is told (_THESE_INCLUDE). After the scan of every sentence, detection adds
the targets a release lists after its measure, one measure each: firms a sentence names
(_listed_entities), a list set out line by line (_bulleted_targets), people and firms
profiled in sentences of their own (_profiled_targets); and it drops a headline's measure
that the body then reports (_without_headline_measures). Releases of sanctions are laid
out as lists more than any other kind of text: their passes live together here.

A target of a government's measure is of another country than that government
(_targets_not_of_imposer).

Imports candidate, sanctions and people.
"""

from __future__ import annotations

import re

from ...countries import country_of_word
from ..people import (
    _COUNTED_DESIGNATION,
    _FIRMS_THEN_PEOPLE,
    _PROFILE,
    People,
    _based_country,
    _main_foreign,
)
from .candidate import Candidate
from .sanctions import _ONE_FIRM, AND_ANOTHER_IMPOSER

# a measure's day and imposer from the sentences around it (read by detection)

# "These include A and B": the targets of a measure told before (none told, no measure)
_THESE_INCLUDE = re.compile(r"(?:These|They|Those)\s+include\b")
# the measure told before as the subject of its targets' verb: "The new sanctions target",
# "These measures target", "Today's action targets"
_TARGETS_TOLD = re.compile(
    r"(?i)(?:action|sanction|measure|listing|designation)s?\s+(?:also\s+)?(?:target|concern)"
)
# a further designation of the day's action: "OFAC also designated", "Separately, OFAC
# designated", "In addition, the Department sanctioned"
_ALSO_DESIGNATED = re.compile(
    r"(?:\b(?:also|additionally|further|concurrently|simultaneously|separately|likewise)\s+"
    r"|^\s*(?:Separately|In\s+addition|Additionally),\s+"
    # ("OFAC is also identifying the X (IMO ...) as blocked property": the same action)
    r"(?:[\w.’'\-]+\s+){1,6}?)(?:designat|sanction|identif|target|listed)\w*\s*$"
    # (a release's present passive: "A is being designated pursuant to E.O. 13224")
    r"|\b(?:is|are)\s+(?:being\s+)?(?:designated|sanctioned)\s*$"
    # ("A B, its director, is subject to sanctions as well": one more of the day's targets;
    # not a plural running total, "a total of 261 individuals are subject to sanctions")
    r"|\bis\s+(?:also\s+)?subject\s+to\s+(?:[\w\-]+\s+){0,2}?sanctions\s*$"
)
# a question about measures it dates: "can you say more about the sanctions announced
# Wednesday?"
_ASKED_ABOUT_MEASURES = re.compile(
    r"\b(?:sanctions|countermeasures|designations|export\s+controls|restrictions)\s+"
    r"(?:that\s+\w+\s+)?(?:announced|imposed|adopted|unveiled)(?P<rest>[^?.;]{0,40})\?\s*$"
)
# "This measure takes effect on the 24th", "This listing will take effect on 25 November"
_TAKES_EFFECT = re.compile(
    r"\s*(?:This|The|These|That)\s+(?:measures?|listings?|ban|prohibition|designations?|"
    r"decisions?)\s+(?:takes?|will\s+take|took|enters?|will\s+enter|entered)\s+(?:effect|into\s+"
    r"force)\s+(?=on\b|from\b)"
)
# a number before a noun ("1,700 persons", "fourteen packages"; not a year "June 2009 and")
_COUNTED = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty)\s+(?:[\w\-]+\s+)?(?:[a-z][\w\-]*s)\b",
    re.I,
)
# the words between another imposer's verb and the measure: "adopted its ninth package of "
_FEW_WORDS = re.compile(r"\s+(?:[\w\-]+\s+){0,4}")


def _another_imposer_before(body: str, lo: int, hi: int) -> bool:
    """Does the trigger at `hi` stand in a clause of another imposer joined with ", and"
    after `lo` ("..., and the EU adopted its ninth package of restrictive measures")?"""
    clauses = list(AND_ANOTHER_IMPOSER.finditer(body, lo, hi))
    # (the last one: the clause the trigger is in)
    return bool(clauses) and bool(_FEW_WORDS.fullmatch(body, clauses[-1].end(), hi))


# the targets listed after a measure (passes over the text after its sentences)

# "The two entities are X JSC, a Minsk-based maker of ..., and Y LLC, which procures ...":
# the firms a listing just reported names, one target each
_ENTITIES_ARE = re.compile(
    # ("The newly listed entities are")
    r"\b[Tt]he\s+(?:\w+\s+){0,2}?(?:entities|companies|firms)\s+(?:listed\s+|designated\s+)?"
    r"(?:are|include)"
    r"\s+(?P<list>[^.]+(?:\.[^\s.][^.]*)*)"
)
_ENTITY_ITEM = re.compile(
    r"(?:^|,\s+and\s+|;\s+(?:and\s+)?)(?P<org>[A-Z][\w\-&’']*(?:\s+[A-Z][\w\-&’'.]*){0,4}?)"
    r"(?=,|;|\s*$)"
)


def _listed_entities(body, sentences, out: list[Candidate], home) -> list[Candidate]:
    """The firms a sentence lists after a listing the text reported ("The two entities are
    X, a ... maker, and Y, which ..."): one measure each, of the listing's imposer and day."""
    found = []
    for sentence in sentences:
        m = _ENTITIES_ARE.search(sentence.text)
        if not m:
            continue
        leads = [
            c
            for c in out
            if c.kind == "sanction"
            and c.status == "held"
            and c.date
            and c.sentence.start < sentence.start
        ]
        # (the release's own listing, not another body's it adopts)
        leads = [c for c in leads if c.imposer in (home, None)] or leads
        lead = leads[-1] if leads else None
        if lead is None:
            continue
        taken = {(c.target or {}).get("organization") for c in out if c.kind == "sanction"}
        for item in _ENTITY_ITEM.finditer(m.group("list")):
            org = item.group("org").rstrip(".")
            if org in taken or len(org) < 3:
                continue
            a = sentence.start + m.start("list") + item.start("org")
            c = Candidate("sanction", None, sentence, (a, a + len(org)))
            c.target = {"organization": org}
            c.imposer, c.date, c.date_text = lead.imposer, lead.date, lead.date_text
            c.status = "held"
            c.evidence = [(a, a + len(org))]
            found.append(c)
    return found


# an item of a list set out line by line ("- A, Deputy Director of X", "(a) B Company, which
# ..."), and a heading inside it ("(1) Individuals")
_BULLET = re.compile(r"\s*(?:[-–—•*·▪]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s+(?P<item>\S.*)", re.S)
# a numbered line's number, which the sentence splitter leaves on its own ("1."), and the
# line after it, the whole an item
_NUMBER_ONLY = re.compile(r"\s*\d{1,2}\.\s*")
# a register's entry on a line of its own: a name, particulars and the programme's tag in
# brackets ("X COMPANY, Town, Country; ... [SDGT]")
_REGISTER_LINE = re.compile(r"\s*(?P<item>[A-Z][^\n]*?\[[A-Z0-9][A-Z0-9\-]*\][^\n]*?)\s*")
# a list's line with no mark: a name, a dash and the role ("A B – State Minister of X;")
_DASHED_LINE = re.compile(
    r"\s*(?P<item>(?:[A-ZÀ-Þ][\w’'\-]*[ \t]+){1,4}[–—][ \t]+[^\n]{2,200}?)[;.]?\s*"
)
_WHOLE_ITEM = re.compile(r"\s*(?P<item>\S.*)", re.S)
_LIST_HEADING = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?\s*:?\s*")
# a sentence of its own that introduces the list of a measure told before: "Among those
# listed are:", "Those sanctioned today include:"
_LISTED_LEAD_IN = re.compile(
    r"\s*(?:Among\s+(?:them|those\s+(?:\w+\s+){0,2}?)|(?:Those|The\s+\w+)\s+(?:\w+\s+){0,2}?)"
    r"(?:listed|designated|sanctioned|targeted|named)?\s*(?:today\s+)?(?:are|is|were|include)"
    r"\s*:\s*"
)
# a firm's item that also names a person as its own: "X JSC, a maker of ..., and its
# Director General, A"
_AND_ITS_TITLED = re.compile(
    r",?\s+and\s+its\s+(?:(?:[A-Za-z][\w\-]*|of|and)\s+){0,4}?[A-Za-z][\w\-]*,\s+"
)


def _firm_country(item: str, lead: Candidate, imposer: str | None) -> str | None:
    """The country a listed firm's item ties it to: where it is based ("a St. Petersburg-based
    maker"), else the country of the measure's regime or target ("under the Special Economic
    Measures (Russia) Regulations", "sanctions on 76 Russian entities")."""
    code = _based_country(item) or (lead.target or {}).get("country")
    regime = _REGIME_OF.search(lead.sentence.text) if code is None else None
    code = code or (regime and country_of_word(regime.group("c")))
    return code if code != imposer else None


# the country a sanctions regime is named for: "the Special Economic Measures (Russia)
# Regulations"
_REGIME_OF = re.compile(r"\((?P<c>[A-Z][\w’' ]{2,40})\)\s+(?:Regulations|Act|Order|Decree)\b")


def _bulleted_targets(
    sentences, people: People, out: list[Candidate], home, body: str = ""
) -> list[Candidate]:
    """The targets a counted measure announces with a colon and then lists line by line
    ("will subject 3 individuals and 2 entities to an asset freeze:" "(1) Individuals" "- A,
    role ..." "(2) Entities" "- X Company, which ..."), or after a lead-in sentence of their
    own ("... against 76 individuals and entities." "Among those listed are:"): one measure
    each, of the lead's imposer, day and status."""
    found: list[Candidate] = []
    for lead in out:
        if lead.kind != "sanction":
            continue
        if not (lead.target or {}).get("description") and not (
            # the lead-in a measure of its own ("Those sanctioned include:", dated by the
            # announcement sentences above it, or undated as the measure it lists: "The list
            # includes:" after an undated one), or a dated measure with no object before its
            # colon ("The UK has today sanctioned:"): its items are the measure's targets
            (lead.date or _told_before(lead, out))
            and not lead.target
            and (
                _LISTED_LEAD_IN.fullmatch(lead.sentence.text)
                or lead.sentence.text.rstrip().endswith(":")
            )
        ):
            continue
        opener = lead.sentence
        # ("to freeze the assets of the following 2 individuals and 1 entity ..." and the list
        # in lines after it, with no colon)
        following = bool(re.search(r"\bthe\s+following\b", opener.text))
        if not opener.text.rstrip().endswith(":") and not following:
            # (within the next two sentences: "These measures target X's ... . Among those
            # listed are:")
            nxt = next(
                (
                    x
                    for x in [x for x in sentences if x.start >= lead.sentence.end][:2]
                    if _LISTED_LEAD_IN.fullmatch(x.text)
                ),
                None,
            )
            if nxt is None or lead.date is None:
                continue
            opener = nxt
        # (another trigger of the sentence may hold the day: "to an asset freeze ..., with
        # effect from today:")
        dated = next(
            (x for x in out if x.kind == "sanction" and x.sentence is lead.sentence and x.date),
            lead,
        )
        # the people this measure already names (not those of another day's measure: "...,
        # coordinated with the US, which sanctioned A in January")
        taken = {
            p.key
            for c in out + found
            if c.kind == "sanction" and not (c.date and dated.date and c.date != dated.date)
            for p in c.persons
        }
        after = [x for x in sentences if x.start >= opener.end]
        persons_here = False  # under a heading "Individuals": a name people did not find is
        # a person's, not a firm's
        numbered, style, expect = False, None, None
        prev = None  # (the last sentence of the list read)
        for sentence in after:
            if _LIST_HEADING.fullmatch(sentence.text) and not numbered:
                # a heading on a line of its own, no mark ("Individuals", "Entities"): the
                # kind of the items under it, numbered from 1 again
                persons_here = bool(re.match(r"(?i)individuals|persons|people", sentence.text))
                expect = None
                continue
            if _NUMBER_ONLY.fullmatch(sentence.text):
                if style == "marked":
                    break  # ("3. Prohibition of exports" after "- A" items: the next section)
                number = int(sentence.text.strip().rstrip("."))
                if expect is not None and number not in (expect, 1):
                    break  # ("4. Japan will ..." after items 1 and 2: the release's next point)
                expect = number + 1
                numbered = True  # "1." split off its line: the next sentence is the item
                continue
            m = _WHOLE_ITEM.match(sentence.text) if numbered else _BULLET.match(sentence.text)
            if m is None and not numbered and opener.text.rstrip().endswith(":"):
                # a line with no mark, a name and its role after a dash ("A B – member of X;"),
                # or a register's entry ("DOE, John, Town; DOB 1970 (individual) [PROGRAM]")
                m = _DASHED_LINE.fullmatch(sentence.text) or _REGISTER_LINE.fullmatch(
                    sentence.text
                )
            if m and not _LIST_HEADING.fullmatch(m.group("item")):
                style = style or ("numbered" if numbered else "marked")
            numbered = False
            if not m and body and prev is not None and "\n" not in body[prev.end : sentence.start]:
                prev = sentence
                continue  # ("- X (Pvt.)" "Ltd., Lahore;": the rest of an item's line)
            if not m:
                break
            prev = sentence
            item = m.group("item")
            if _LIST_HEADING.fullmatch(item):
                persons_here = bool(re.match(r"(?i)individuals|persons|people", item))
                continue  # "(1) Individuals"
            name = re.match(r"[^,;(–—]+", item).group(0).rstrip()
            if _REGISTER_LINE.fullmatch(sentence.text) and re.search(r"(?i)\(individual\)", item):
                name = re.match(r"[^;(]+", item).group(0).rstrip()  # (the person's whole head)
            a = sentence.start + m.start("item")
            b = a + len(name)
            spans = [(a, b, people.in_span(a, b)[:1])]
            own = _AND_ITS_TITLED.search(item) if opener is not lead.sentence else None
            if own:  # "..., and its Director General, A": the firm's own person, one more
                at = sentence.start + m.start("item") + own.end()
                spans += [(at, at, [x for x in people.in_span(at, sentence.end) if x.start == at])]
                imposer = lead.imposer or dated.imposer or home
                tie = _firm_country(item[: own.start()], lead, imposer)
                for x in spans[-1][2]:
                    if tie and x.person.country in (None, imposer):
                        x.person.country = tie  # (not of the government that lists them)
            for x, y, mentions in spans:
                c = Candidate("sanction", None, sentence, (x, y))
                if mentions:
                    person = mentions[0].person
                    if person.key in taken:
                        continue
                    c.persons, c.target = [person], {"official": person.key}
                    c.roles = {person.key: "target"}
                    if x == y:  # (the own person's name, from its mention)
                        c.trigger = (mentions[0].start, mentions[0].end)
                    taken.add(person.key)
                elif x == y:
                    continue
                elif re.match(r"(?-i:[A-Z])", name) and len(name.split()) >= 2:
                    c.target = {"description" if persons_here else "organization": name}
                else:
                    continue
                c.imposer = lead.imposer or dated.imposer
                if c.imposer is None and opener is not lead.sentence:
                    c.imposer = home  # (the release's own listing)
                c.date, c.date_text, c.status = dated.date, dated.date_text, dated.status
                c.evidence = [c.trigger]
                found.append(c)
    return found


def _told_before(lead: Candidate, out: list[Candidate]) -> bool:
    """Is a measure of the lead-in's imposer told before it, undated (the measure its list is
    of)?"""
    before = [
        c for c in out if c.kind == "sanction" and c.trigger[1] <= lead.trigger[0] and c.target
    ]
    return bool(before) and before[-1].imposer == lead.imposer and before[-1].date is None


def _profiled_targets(body, sentences, people: People, out: list[Candidate]) -> list[Candidate]:
    """The targets a designation's counted lead is followed by, each profiled in a sentence
    of its own ("OFAC sanctioned two individuals and two entities ... . Lima-based A B, a
    logistics broker, arranges ... . X Ltd., a Quito-based exporter, has sold ... . Its owner,
    C D, is also designated today"): one measure each, of the lead's imposer and day."""
    lead = next(
        (
            c
            for c in out
            if c.kind == "sanction"
            and c.status == "held"
            and c.date
            and (c.target or {}).get("description")
            and (
                _COUNTED_DESIGNATION.search(body, max(0, c.trigger[0] - 5), c.trigger[1] + 80)
                or _FIRMS_THEN_PEOPLE.search(body, max(0, c.trigger[0] - 5), c.trigger[1] + 80)
                # "sanctioned three entities and three individuals based in X"
                or re.search(r"(?i)sanction|designat", body[c.trigger[0] : c.trigger[1]])
                and re.search(r"\b(?:individuals?|persons?)\b", c.target["description"])
            )
        ),
        None,
    )
    if lead is None:
        return []
    taken = {
        p.key for c in out if c.kind == "sanction" for p in c.persons
    } | {(c.target or {}).get("organization") for c in out if c.kind == "sanction"}
    found = []
    for n in _PROFILE.finditer(body, lead.sentence.end):
        sentence = next((x for x in sentences if x.start <= n.start() < x.end), None)
        if sentence is None:
            continue
        if n.group("firm"):
            org = n.group("firm").rstrip(", ")
            if org in taken:
                continue
            target = {"organization": org}
            code = _based_country(n.group("fdescr"))
            if code:
                target["country"] = code
            persons = []
        else:
            key = "name" if n.group("name") else "name2" if n.group("name2") else "name3"
            person = next(
                (m.person for m in people.mentions if m.start == n.start(key)), None
            )
            if person is None or person.key in taken:
                continue
            target, persons = {"official": person.key}, [person]
        c = Candidate("sanction", None, sentence, n.span())
        c.persons, c.target = persons, target
        c.roles = {p.key: "target" for p in persons}
        c.imposer, c.date, c.date_text, c.status = lead.imposer, lead.date, lead.date_text, "held"
        c.evidence = [n.span()]
        found.append(c)
    for sentence in sentences:
        firm = _ONE_FIRM.match(sentence.text) if sentence.start >= lead.sentence.end else None
        if firm is None or not _ACTS_AS.match(sentence.text, firm.end()):
            continue
        # "Hong Kong-based X Trading Limited served as the front company ...": a firm the
        # sentence opens with and profiles by what it did, one more target of the lead
        org = firm.group("org").rstrip(",")
        if org in taken or any(org == (c.target or {}).get("organization") for c in found):
            continue
        a, b = sentence.start + firm.start("org"), sentence.start + firm.end("org")
        c = Candidate("sanction", None, sentence, (a, b))
        c.target = {"organization": org}
        code = _based_country(sentence.text[: firm.start("org")])
        if code:
            c.target["country"] = code
        c.imposer, c.date, c.date_text, c.status = lead.imposer, lead.date, lead.date_text, "held"
        c.evidence = [(a, b)]
        found.append(c)
    return found


# what a profiled firm did: "served as", "has shipped", "supplied"
# (after its short name or its apposition: "X Ltd. (X), a Malaysia-based company, purchased";
# or its designation: "X Ltd. is being designated ...", "is identified as blocked property")
_ACTS_AS = re.compile(
    r"(?:\s+\([^()]{2,40}\))?(?:,\s+(?:a|an|the)\s+[^,;.]{3,80}?,)?"
    r"\s+(?:(?:has|had|also|is|was|are|were)\s+)*(?:being\s+)?"
    r"(?!said\b|stated\b|announced\b)[a-z]+ed\b"
)


# the country of a measure's targets

def _targets_not_of_imposer(body: str, out: list[Candidate], home) -> None:
    """A person a government's measure targets is of another country than that government,
    unless a title of the person says so ("Canadian businessman A"): a target left with the
    imposer's country (by default, as the publisher's) takes the country of the other people
    the same release targets, else of the foreign country the text names most."""
    others: dict[str, int] = {}
    for c in out:
        if c.kind == "sanction" and c.imposer:
            for p in c.persons:
                if p.country and p.country != c.imposer:
                    others[p.country] = others.get(p.country, 0) + 1
    acting = {
        p.key for c in out if c.kind != "sanction" for p in c.persons
    }  # (a person who meets or travels is no target of their own government)
    for c in out:
        if c.kind != "sanction" or not c.imposer or c.imposer != home:
            continue
        for p in c.persons:
            if (c.roles or {}).get(p.key) != "target" or p.country != c.imposer:
                continue
            words = [w for t in p.titles for w in re.findall(r"[A-Z][\w\-]*", t)]
            if p.key in acting or any(country_of_word(w) == c.imposer for w in words):
                continue
            if others:
                code = max(others, key=others.get)
            else:
                code = _main_foreign(_unnamed(body, out), home)
            if code:
                p.country = code


def _unnamed(body: str, out: list[Candidate]) -> str:
    """The body with the names of the people of `out` blanked ("al-Kuwaiti" names no
    country)."""
    for name in {p.name for c in out for p in c.persons}:
        body = body.replace(name, " " * len(name))
    return body


# a headline's measure

def _without_headline_measures(body: str, out: list[Candidate]) -> list[Candidate]:
    """A measure in a headline line ("Australia imposes cyber sanctions on North Korean
    actors", no full stop) is the one the body then reports, dated, by the same imposer:
    not a second one."""
    drop = []
    for c in out:
        if c.kind != "sanction" or c.date or not _HEADLINE.fullmatch(body, *_line(body, c)):
            continue
        later = next((x for x in out if x.kind == "sanction" and x.trigger[0] > c.trigger[1]), None)
        if later is not None and later.date and later.status == c.status and (
            later.imposer == c.imposer
        ):
            drop.append(c)
    return [c for c in out if c not in drop]


def _line(body: str, c: Candidate) -> tuple[int, int]:
    """The line of the body a candidate's sentence stands on."""
    end = body.find("\n", c.sentence.end)
    return body.rfind("\n", 0, c.sentence.start) + 1, len(body) if end < 0 else end


# a line of its own with no end stop, opening with a capital: a headline
_HEADLINE = re.compile(r"[ \t]*(?-i:[A-Z])[^\n.!?:;]{10,160}(?<![.!?:;\"”])[ \t]*")

"""A sanction's parts: who imposes it, on whom (persons, firms, counted targets) and its
measure.
"""

from __future__ import annotations

import re

from ...countries import country_name, country_of_word
from .candidate import Candidate
from .patterns import _AND_COUNTRY, _DATE_WORD, _PREPOSITION_END, _SMALL_NUMBERS
from .places import _longest_country

_MODIFIED = re.compile(
    r"\s*(?:[’']s\b|policy|policies|relations|ties|issues?|question|"
    r"strategy|problem)",
    re.I,
)


# a count after the preposition of a measure's object: "sanctions on five [Iranian ...]"
_COUNTED_OBJECT = re.compile(
    rf"\b(?:on|against|targeting)\s+(?:(?:more\s+than|over|some)\s+)?(?:\d[\d,]*|{_SMALL_NUMBERS}|"
    r"eleven|twelve|\w+teen|\w+ty)\s+$",
    re.I,
)
_BODY_OF = re.compile(
    r"\b(?:Departments?|Ministry|Ministries|Government|Office|Council)\s+of\s+(?:the\s+)?$"
)


# lower-case words only (a measure's modifiers): " existing autonomous "
_ONLY_MODIFIERS = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}\s*")


def _imposers_before(text: str) -> list[str]:
    """Countries before a sanction word that may impose it: not the object of a preposition
    ("pressure on Iran") nor a noun's modifier ("the North Korea policy")."""
    codes = []
    for m in re.finditer(r"\b(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}", text):
        words = m.group(0).split()
        owner = bool(_ONLY_MODIFIERS.fullmatch(text, m.end()) and re.search(r"[’']s$", words[-1]))
        if owner:
            # "These measures follow Japan's designation of ...", "build on Australia's
            # existing autonomous sanctions": the owner of the measure named before it (the
            # preposition governs the measure)
            words[-1] = words[-1][:-2]
        # "Existing U.S. sanctions": the country may follow another capitalised word
        code = next(
            (x for x in (_longest_country(" ".join(words[i:])) for i in range(len(words))) if x),
            None,
        )
        before = text[max(0, m.start() - 30) : m.start()]
        body = code or ("UN" if words[0] in ("UN", "U.N.") else None)
        if body in ("UN", "EU") and text[m.end() :].isspace():
            codes.append(body)  # "in support of UN Security Council sanctions": a body's
            continue  # name that modifies the measure imposes it (no body is a target)
        clause = AND_ANOTHER_IMPOSER.search(text, max(0, m.start() - 30)) if code else None
        if (
            not code
            or _PREPOSITION_END.search(before)
            and not owner
            and not _BODY_OF.search(before)
            and not (clause and m.start() <= clause.start("who") < m.end())
        ):
            continue  # "the Departments of the Treasury and Commerce imposed": the body's
            # (not ", and the European Union adopted its ninth package": a clause's subject)
        if _COUNTED_OBJECT.search(before):
            continue  # "sanctions on five Iranian individuals, and on A": the targets' country
        rest = text[m.end() :]
        if (
            rest.strip()
            and _MODIFIED.match(rest)
            and not rest.lstrip().startswith(("sanction", "export"))
        ):
            continue
        codes.append(code)
    return codes


# a clause of another imposer joined with ", and": "..., and the European Union adopted its
# ninth package of restrictive measures" (its subject is an imposer, no target)
AND_ANOTHER_IMPOSER = re.compile(
    r",\s+and\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w.’']*(?:\s+(?-i:[A-Z])[\w.’']*){0,3})\s+"
    r"(?:(?:also|today|has|have|had)\s+)*(?:imposed|announced|adopted|introduced|approved|"
    r"designated|sanctioned|listed)\b",
    re.I,
)
_ALIGNED_WITH = re.compile(
    r"\b(?:aligned|associated|affiliated|linked|loyal|close|connected)\s+(?:with|to)\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3})?$"
)
_IMPOSED_BY = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?P<who>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})\s+(?:has\s+|had\s+)?(?:imposed|announced|adopted|placed|issued)\b"
)


_BODY_ADDED_TO = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.’']*\s+){0,3}(?:Department|Ministry|Bureau|Office|Treasury)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’']*)?)\s+(?:has\s+|had\s+)?(?:added|placed)\s+"
    r"[^.;]{1,120}?\bto\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}$"
)


_UNDER_SANCTIONS = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:still\s+|now\s+|"
    r"also\s+|already\s+)?(?:under|subject\s+to)\s+(?:(?:the|new|existing|(?-i:[A-Z])[\w\-]*)\s+)"
    r"{0,3}$",
    re.I,
)


# the subject of a reporting clause after the measure's object: "..., Foreign Minister A
# announced today"
_COMMA_TITLE_BEFORE = re.compile(r",\s+(?:[A-Z][\w\-’']*\s+){0,4}$")
_REPORTING_VERB = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:announced|announces|said|says|stated|confirmed|declared)\b"
)


def _reports_the_measure(text: str, start: int, end: int) -> bool:
    """Is the name at start..end the one who reports the measure (", Minister A announced
    today"), not one it targets?"""
    return bool(
        _REPORTING_VERB.match(text, end)
        and _COMMA_TITLE_BEFORE.search(text, max(0, start - 60), start)
    )


# a second measure noun that shares the first one's object: "imposed targeted financial
# sanctions and travel bans on A"
_AND_MEASURE = re.compile(
    r"\s+and\s+(?:[\w\-]+\s+){0,2}?(?:sanctions|bans|freezes|restrictions|measures|controls)\b"
)


# the release's minister in the first person taking the measure: "Today I am announcing",
# "I have imposed" (not "I won't speak for Brazil on sanctions")
_I_IMPOSE = re.compile(
    r"\bI\s+(?:am\s+|have\s+|will\s+|today\s+|also\s+|further\s+)*(?:announc|impos|sanction|"
    r"designat|list)\w*\s+(?:[\w\-]+\s+){0,4}$"
)


# an action as the subject of its targets' verb: "Today's action targets A", "The listings
# concern five individuals"
_ACTION_VERB = re.compile(
    r"(?i)(?:action|listing|designation|sanction|measure)s?(?:,\s+which)?\s+(?:also\s+)?"
    r"(?:target|concern)"
)
# an office the release does not name taking the measure: "The Foreign Secretary today
# announced sanctions against", "the Minister has imposed"
# a head of state or government, a cabinet or a ministry, as the sentence's subject: "The
# President of X has enacted by decree", "The Ministry of Commerce decided to include"
_HEAD_OF_STATE_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+)[Tt]he\s+(?:President|Prime\s+Minister|Cabinet(?:\s+of\s+Ministers)?|Ministry)"
    r"(?:\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2}))?\s+(?-i:[a-z])[^;]*$"
)
# "Sanctions are (also) applied to": the passive of applying a measure, its targets after it
_APPLIED_TO = re.compile(r"\s+(?:are|were)\s+(?:also\s+)?(?:applied|imposed)\s+(?:to|on|against)\s")
# the rest of a measure's count and what they are: "The remaining 14 individuals are officials
# of the occupation authorities"
_THE_REMAINING = re.compile(
    r"The\s+(?:remaining|other)\s+(?P<n>\S+)\s+\w+\s+(?:(?:listed|designated|sanctioned)\s+)?"
    r"(?:are|were)\s+(?P<what>(?-i:[a-z])[^.;]{3,120})"
)
# a passive decision with no agent, the publisher's: "a decision has been taken to"
_DECISION_TAKEN = re.compile(
    r"\b(?:a|the)\s+decision\s+(?:has\s+been|had\s+been|was|is)\s+(?:taken|made|adopted)\s+to\s+"
    r"(?:[\w\-]+\s+){0,2}$"
)
_HOME_OFFICE_AGENT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+){0,3}(?:Secretary|Minister|Chancellor)\s+"
    r"(?:(?:today|yesterday|also|has|have|had|is|further)\s+)*"
    r"(?:announced|announcing|imposed|imposing|introduced|unveiled|adopted)\s+"
    r"(?:(?-i:[a-z])[\w\-]*\s+){0,3}$"
)
# a name's apposition ending in the participle of the measure: ", an Iranian financier "
_REDUCED_RELATIVE = re.compile(
    r",\s+(?:a|an)\s+(?:(?-i:[A-Z])[\w\-]*\s+){0,2}(?:(?-i:[a-z])[\w\-]*\s+){1,3}"
    r"(?:(?:also|likewise)\s+)?$"
)
# a passive's auxiliary right before its participle: "were sanctioned", "is also being
# designated"
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:also|being|today|now|likewise|separately)\s+)*$"
)
# between a firm that opens a list of targets and the person after it: its apposition or
# relative clause, then ", and" ("and its president, A")
_FIRM_THEN_AND = re.compile(
    r"(?:\s+\([^()]{1,40}\))?(?:,\s+[^.;]{1,160}?)?,?\s+and\s+"
    r"(?:(?:its|their)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,?\s+)?"
)
# a body's or a bank's name right after the measure: "sanctions on Banco Lago and its
# president, A"
_BODY_FIRST = re.compile(
    r"\s+(?:(?:on|against)\s+)?(?:the\s+)?(?P<org>(?-i:[A-Z])[\w\-&’']*(?:\s+(?:of\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])[\w\-&’']*){0,6})(?=[\s,])"
)


_RELATIVE_BREAK = re.compile(r",\s+(?:which|that|who|whose)\b|;")


# between the official who takes a measure and its noun: "[A], Minister of X, today announced
# new "
_AGENT_THEN_VERB = re.compile(
    r"(?:,[^,;.]{1,80},)?\s+(?:(?:today|yesterday|also|has|have|had|further)\s+)*"
    r"(?:announced|imposed|introduced|unveiled|adopted)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,3}"
)




def _firm_closing_the_list(c: Candidate, text: str, at: int | None) -> None:
    """One more measure, on the firm named last in a list of targeted people."""
    alias = re.compile(r"\s+\([^()]{1,60}\)").match(text, at) if at is not None else None
    if alias:
        at = alias.end()  # ("A (also known as B), a national who ..., and C Ltd.")
    firm = _AND_FIRM_AFTER.match(text, at) if at is not None else None
    if firm is None:
        return
    org = firm.group("org")
    org = org if re.search(rf"\b{_LEGAL_FORM}$", org) else org.rstrip(".")
    body = re.search(r"\bthe\s+$", text[at : firm.start("org")])
    if (_FIRM_END.search(org) or body and _BODY_NOUN.search(org)) and not country_of_word(org):
        # (or a body with "the" before its name: "..., and the Main Directorate of the General
        # Staff", "and the Reconnaissance General Bureau")
        c.each = [*c.each, {"organization": org}]


# a body's head noun in its name
_BODY_NOUN = re.compile(
    r"\b(?:Directorate|Bureau|Ministry|Agency|Corporation|Organi[sz]ation|Plant|Institute|"
    r"Service|Services|Committee|Enterprise|Foundation|Guard|Corps|Command|Office|Department|"
    r"Authority|Administration|Brigade|Regiment|Battalion|Division|Unit|Centre|Center|Factory|"
    r"Company|Fund|Bank|Banco|Banque|Group|Forces|Gang|Council|Court|Prison)\b"
)


# "identifying the X (IMO 9123456) and the Y (IMO 9234567) as blocked property": the vessels
# named with their IMO numbers before "as blocked property"
_BLOCKED_PROPERTY = re.compile(r"\bas\s+blocked\s+property\b")
_IMO_NAMED = re.compile(
    r"(?:(?:the|a)\s+)?(?:(?:[a-z][\w\-]*\s+){0,2}(?:vessels?|tankers?|ships?|carriers?)\s+)?"
    r"(?P<v>(?-i:[A-Z0-9])[\w\-’'. ]{0,38}?)\s+\((?:IMO|International\s+Maritime\s+Organization)"
    r"(?:\s+(?:number|No\.?))?:?\s*\d{7}\)"
)


def _vessels_identified(c: Candidate, text: str, b: int, home) -> bool:
    """The vessels a blocked-property identification names, a measure each (or the counted
    vessels, "identifying 23 vessels as blocked property", as one)."""
    block = _BLOCKED_PROPERTY.search(text, b)
    if block is None:
        return False
    names = []
    for v in _IMO_NAMED.finditer(text, b, block.start()):
        name = re.sub(r"^(?:and|the|a)\s+", "", v.group("v").strip(" ,"))
        if name and name not in names:
            names.append(name)
    counted = _COUNTED_TARGETS.search(text[b : block.start()]) if not names else None
    if not names and not counted:
        return False
    c.persons, c.roles = [], {}
    if names:
        c.target = {"organization": names[0]}
        c.each = [{"organization": n} for n in names[1:]]
    else:
        c.target, c.each = {"description": counted.group("t")}, []
    c.imposer = c.imposer or home  # ("OFAC is also identifying": the publisher's body)
    return True


def _bodies_among_items(text: str, b: int, mentions, base: int) -> list[str]:
    """The bodies named in a list set apart by semicolons after `b` ("A, a judge; the
    political party X; and Y, an organisation ..."): each item with no person in it, named
    by its capitalised head (lower-case words before the name are its kind)."""
    end = text.find(".", b)
    end = len(text) if end < 0 else end
    while end < len(text) - 1 and re.match(r"\.[A-Za-z]|\.\s+[a-z(]", text[end : end + 3]):
        nxt = text.find(".", end + 1)  # (a full stop inside a name: "Co.", "a.k.a.")
        end = len(text) if nxt < 0 else nxt
    if ";" not in text[b:end]:
        return []
    out, at = [], b
    for item in text[b:end].split(";"):
        lo, at = at, at + len(item) + 1
        if any(lo <= m.start - base < at for m in mentions):
            continue
        head = re.sub(r"^\s*(?:and\s+)?(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,3}", "", item)
        head = re.split(r",|\s+\(|\s+(?:which|that|who)\b", head)[0].strip()
        if (
            re.fullmatch(r"(?-i:[A-Z])[\w\-&’'.]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?-i:[A-Z])"
                         r"[\w\-&’'.]*){0,6}", head)
            and not country_of_word(head)
        ):
            out.append(head)
    return out


def _named_package(text: str, b: int, counted, first: int) -> dict | None:
    """The counted object of a measure whose named targets follow it after a colon ("against
    two individuals and one entity: A, B and the C"): the package, a record of its own beside
    each target (as a04's gold has it for a list after a colon; a count with "including A"
    names a sample, and g08, h03 and i03 record the named ones only)."""
    if counted is None:
        return None
    at = text.find(counted.group("t"), b)
    if at < 0 or at > first:
        return None
    gap = text[at + len(counted.group("t")) : first]
    if len(gap) > 120 or ":" not in gap:
        return None
    package = {"description": counted.group("t")}
    code = next((x for x in map(country_of_word, counted.group("t").split()) if x), None)
    if code:
        package["country"] = code
    return package


def _sanction_parts(c: Candidate, text, a, b, mentions, base, home) -> None:
    applied = _APPLIED_TO.match(text, b) if re.fullmatch(r"(?i)sanctions", text[a:b]) else None
    if applied:
        # "Sanctions are also applied to A Co., Ltd. and B Limited": the passive's object
        # after "to" is the targets, the release's government applies them
        b = applied.end() - 1
        c.imposer = c.imposer or home
    also = _AND_MEASURE.match(text, b)
    if also:
        b = also.end()  # (the object follows the second noun)
    noun = re.match(r"\s+measures\b", text[b : b + 10])
    if noun:
        b += noun.end()  # ("asset freeze measures against": the object follows "measures")
    after = text[b : b + 100]
    before = text[max(0, a - 100) : a]
    by = re.search(r"\bby\s+(?:the\s+)?(?P<who>[A-Z][\w.’']*(?:\s+[A-Z]?[\w’']*){0,2})", after)
    if by and _OWNED_BY.search(after, 0, by.start()):
        by = None  # "are being designated ... for being owned, controlled, or directed by A":
        # A owns the targets, no agent of the measure
    if by and _RELATIVE_BREAK.search(after, 0, by.start()):
        by = None  # "sanctions against X, which complement the sanctions imposed by the UN":
        # the agent of another noun, in a clause of its own
    on_after = bool(by) and bool(
        re.match(r"(?:[A-Z][\w.’']*\s+){1,4}(?:on|against)\s", after[by.start("who") :])
    )
    participle = re.match(r"(?:sanctioned|designated|listed)$", text[a:b])
    # (a reduced relative on the name before: "A, an Iranian financier designated today")
    reduced = participle and _REDUCED_RELATIVE.search(text, max(0, a - 100), a)
    passive = (
        re.match(r"(?:is|are|was|were|been)\s", text[a:b], re.I)
        # ("A and B were sanctioned today": the auxiliary before the verb the trigger is)
        or participle
        and _AUXILIARY_BEFORE.search(text, max(0, a - 40), a)
        or reduced
    )
    targets = (
        [m for m in mentions if m.start - base < a]
        if (by and not on_after) or passive  # "A and B are also designated": before it
        else [m for m in mentions if m.start - base >= b + (by.start("who") if by else 0)]
    )
    if passive and not by and (reduced or re.search(r",\s+who\s", text[max(0, a - 40) : a])):
        targets = targets[-1:]  # (the relative clause's own name, the nearest before)
    direct = None if by or passive else _ON_COUNTRY.match(after)
    if direct and re.match(r"\s+(?-i:[a-z])", after[direct.end() :]):
        direct = None  # ("on Sudanese businessman A": a nationality before a noun, no country)
    if direct and country_of_word(direct.group("c")):
        # "imposed sanctions on Russia and why they will stay in place, and he will listen to
        # President A's concerns": the country is the target; a person only right after it
        # ("sanctions on Russia, including on A")
        end = b + direct.end()
        targets = [
            m
            for m in targets
            if m.start - base <= end + 40 and not _CLAUSE_BREAK.search(text, end, m.start - base)
        ]
    rel = None if by else _IMPOSED_BY.match(after)
    if rel:  # "the visa restrictions the State Department imposed on Monday on ..."
        words = rel.group("who").split()
        c.imposer = next(
            (
                country_of_word(" ".join(words[:n]))
                for n in range(len(words), 0, -1)
                if country_of_word(" ".join(words[:n]))
            ),
            None,
        ) or (
            home
            if re.search(
                r"\b(?:Department|Ministry|Treasury|Office|Government)\b", rel.group("who")
            )
            else None
        )
    if by:
        words = re.sub(r"[’']s\b", "", by.group("who")).split()  # "by Mexico's Financial ..."
        c.imposer = next(
            (
                country_of_word(w)
                for n in range(len(words), 0, -1)
                # (the sentence's full stop after the agent: "were imposed by Canada.")
                for w in (" ".join(words[:n]), " ".join(words[:n]).removesuffix("."))
                if country_of_word(w)
            ),
            None,
        )
        if c.imposer is None:
            # "the sanctions announced by Minister A": the government of the person named
            agent = next(
                (
                    m.person
                    for m in mentions
                    if b + by.start("who") <= m.start - base < b + by.end("who")
                ),
                None,
            )
            c.imposer = agent.country if agent is not None else None
        if c.imposer and len(words) > 1:
            c.target = None
        if on_after:  # "the restrictions imposed by the United States on Russian banks"
            by = None
    else:
        # (a passive's subject is its target, not its imposer: "A, a Russian general, and B
        # were sanctioned today")
        codes = [] if passive else _imposers_before(before)
        if codes:
            c.imposer = codes[-1]
        which = _WHICH_IMPOSED.search(before)
        if which and _longest_country(which.group("c")):
            # "coordinated with the United States, which also announced sanctions on A": the
            # antecedent of the relative clause imposes them
            c.imposer = _longest_country(which.group("c"))
        joint = _JOINT_IMPOSERS.search(before)
        if joint and codes:
            # "the United States, the United Kingdom and Canada announced sanctions": one
            # measure per imposer
            items = re.split(r",\s+|\s+and\s+", joint.group("list"))
            listed = [_longest_country(re.sub(r"^the\s+", "", x)) for x in items]
            if all(listed):
                c.imposer = listed[0]
                c.co_imposers = [x for x in dict.fromkeys(listed) if x != listed[0]]
        elif re.search(r"\b(?:we|our)\b", before, re.I) or _I_IMPOSE.search(before):
            # ("Today I am announcing sanctions on ...": the minister of the release)
            c.imposer = home
        if c.imposer is None:
            # "Foreign Minister A today announced sanctions on ...", "Minister A, the Minister
            # of X, announced": the government of the official who takes the measure
            agent = next(
                (
                    m.person
                    for m in reversed(mentions)
                    if m.end - base <= a and _AGENT_THEN_VERB.fullmatch(text, m.end - base, a)
                ),
                None,
            )
            c.imposer = agent.country if agent is not None else None
        if c.imposer is None and home and _HOME_OFFICE_AGENT.search(before):
            c.imposer = home  # "The Foreign Secretary today announced sanctions": the home's
        added = _BODY_ADDED_TO.search(before)
        if added:  # "the Department of Commerce added five PRC-based entities to the Entity
            # List": the department's government lists them, not the targets' country
            c.imposer = _longest_country(added.group("who")) or home or c.imposer
    if _REGISTER_AFTER.match(text, b) and _entered_in_register(c, text, a, mentions, base, home):
        return
    relative = _RELATIVE_OBJECT.search(before) if re.match(r"(?:which|that)\s", text[a:b]) else None
    if relative and _relative_object(c, relative, text, a, b, mentions, base, home):
        return
    if re.match(r"(?i)identif", text[a:b]) and _vessels_identified(c, text, b, home):
        return
    rest = _THE_REMAINING.match(text, a)
    if rest:
        # "The remaining 14 individuals are officials of X": those of the count not named,
        # described by what they are, one record
        c.target = {"description": f"{rest.group('n')} {rest.group('what').strip()}"}
        c.imposer = c.imposer or home
        return
    under = None if by else _UNDER_SANCTIONS.search(before)
    subject = [m for m in mentions if m.start - base < a - len(under.group(0))] if under else []
    if subject:
        # "Secretary A is still under Chinese sanctions": the one under them is the target
        person = subject[-1].person
        c.target, c.persons = {"official": person.key}, [person]
        c.roles[person.key] = "target"
        if c.imposer is None and home and "subject" in under.group(0):
            c.imposer = home  # "A B is subject to sanctions as well": the release's measure
        return
    under_law = _UNDER_INSTRUMENT.match(text, b) if "under" in after[:8] else None
    # "sanctions under the X (Y) Regulations against 40 individuals": the object follows the
    # instrument the measure is taken under
    counted = _COUNTED_TARGETS.search(
        text[under_law.end() : under_law.end() + 120] if under_law else after[:120]
    )
    if counted is None and re.search(r"(?i)\bentry\b", text[a:b]):
        # "to close entry to X indefinitely for 23 citizens of Y": an entry ban's people
        # follow "for", after the country they may not enter
        at = re.search(r"\bfor\s+", after[:100])
        counted = _COUNTED_AT.match(after, at.end()) if at else None
    total = _TOTAL_BEFORE.search(before) or _NOW_APPLY.match(after)
    in_force = None if total else _IN_FORCE.match(after)
    if in_force:  # "the sanctions already in force on more than 200 individuals"
        total = _COUNTED_TARGETS.search(after[in_force.end() :][:120])
    if total:
        # "a total of 261 individuals and 40 entities are subject to sanctions", "measures on
        # X now apply to 236 individuals and 44 entities": the regime's running total, in force
        # (undated, as a standing measure)
        c.persons, c.roles, c.each = [], {}, []
        c.target = {"description": total.group("t")}
        c.date = c.date_text = None
        c.subtype = "standing"
        c.imposer = c.imposer or home
        code = next((x for x in map(country_of_word, total.group("t").split()) if x), None)
        if in_force and code and code != c.imposer:
            c.target["country"] = code  # "on more than 200 Iranian individuals"
        return
    firms = _FIRMS_SUBJECT.search(text, max(0, a - 300), a) if passive else None
    if firms and any(not _inside(m.start - base, firms.span("list")) for m in targets):
        firms = None  # a person named as the subject: the person is designated
    if firms:  # "A S.A., B Ltda. and C S.A.S. are being designated": a measure each
        # (a surname inside a firm's name is no person targeted: "C Gold S.A.S.")
        names = [m.group(0) for m in re.finditer(_FIRM, firms.group("list"))]
        c.persons, c.roles = [], {}
        c.target = {"organization": names[0]}
        c.each = [{"organization": n} for n in names[1:]]
        c.imposer = c.imposer or home  # (no "by": the publisher's government designates)
        return
    # (not in a name: "the Specially Designated Nationals and Blocked Persons List")
    name_word = text[a : a + 1].isupper() and not applied  # (not "Sanctions are applied to")
    orgs = None if by or name_word else _NAMED_ORGS.match(text[b : b + 240])
    if orgs and not re.search(r"\b(?:List|Act|Order|Regulations|Program(?:me)?)$", orgs.group(0)):
        names = [
            n if re.search(rf"\b{_LEGAL_FORM}$", n) else n.rstrip(".")  # (the sentence's stop)
            for n in re.findall(
                _ORG_NAME,
                _ITEM_APPOSITIONS.sub("", re.sub(r"\([A-Z]{2,6}\)", "", orgs.group("list"))),
            )
            if not country_of_word(n) and not re.match(_DATE_WORD, n)
        ]
        span = (b + orgs.start("list"), b + orgs.end())
        if len(names) >= 2 and not any(span[0] <= m.start - base < span[1] for m in mentions):
            # "sanctioned Rosneft and Lukoil, Russia's two largest oil companies", "sanctions
            # on two conglomerates, A Holdings (AH) and B Corporation (BC)": a measure each
            c.persons, c.roles = [], {}
            c.target = {"organization": names[0]}
            c.each = [{"organization": n} for n in names[1:]]
            also = _AS_WELL_AS.match(text, span[1])
            person = next(
                (m.person for m in mentions if also and m.start - base == also.end()), None
            )
            if person is not None:
                # "... against A Inc. and B LLC, as well as against C, chief executive of A":
                # the person named after the firms is a target too
                c.each.append({"official": person.key})
            if c.imposer is None and home and _HOME_BODY_SUBJECT.search(before):
                c.imposer = home  # "The A Government is imposing ... sanctions on B and C"
            if c.imposer is None and home and _ACTION_VERB.match(text, a, b):
                c.imposer = home  # "Today's action targets A, B and C": the release's
            return
    # (not for a passive's subject, which is the target: "run by A, a banker who was
    # designated today")
    if not by and not passive:  # "sixteen officials aligned with A, including B": B is a target
        targets = [
            m
            for m in targets
            if not _ALIGNED_WITH.search(text, max(0, m.start - base - 30), m.start - base)
            # "four entities owned or controlled by A", "a company owned by Mr. A": the owner
            and not _OWNER_BEFORE.search(text, max(0, m.start - base - 60), m.start - base)
            and not _reports_the_measure(text, m.start - base, m.end - base)
            # "designation of A's business partner, B": A owns the noun, B is designated
            and not _POSSESSIVE.match(text, m.end - base)
        ]
    firm = _ONE_FIRM.match(text, b) if targets and not by else None
    if (
        firm
        and _ITS_PERSON.match(text, firm.end())
        and re.search(r"(?i)designat|sanction", text[a:b])
    ):
        # "designating X Co., Ltd., which supplied ..., and its sales manager, A": the firm
        # first, its own person with it (below), not the person alone
        targets = []
    extra = None
    if (
        targets
        and counted
        and not by
        and re.search(
            r"\band\s+(?:one|a|an)\s+(?:individual|person)\b",
            text[b + counted.end() : targets[0].start - base],
        )
    ):
        # "designated seven companies ... and one individual, A": a measure each
        extra, targets = targets[0].person, []
    if targets:
        person = targets[-1].person if by else targets[0].person
        c.target = {"official": person.key}
        c.persons = [person]
        c.roles[person.key] = "target"
        lead = _ONE_FIRM.match(text, b) if not by else None
        body_first = None if lead or by else _BODY_FIRST.match(text, b)
        if body_first and _BODY_NOUN.search(body_first.group("org")):
            lead = body_first  # (a body's or a bank's name: "sanctions on Banco Lago and its")
        if (
            lead
            and lead.end() <= targets[0].start - base
            and _FIRM_THEN_AND.fullmatch(text, lead.end(), targets[0].start - base)
        ):
            # "designating X Co., Ltd., a Ningbo-based firm that shipped the parts, and A B, a
            # Chinese national": the firm that opens the list is a target too
            c.each = [*c.each, {"organization": lead.group("org").rstrip(",")}]
        nxt = targets[1] if not by and len(targets) > 1 else None
        if (
            nxt
            and nxt.person is not person
            and _AND_TITLED.fullmatch(text, targets[0].end - base, nxt.start - base)
        ):
            # "designated former President of X A and current Vice President B": one each
            c.each = [{"official": nxt.person.key}]
        elif not by and re.search(r"\b(?:include|is|are|was|were)$", text[a:b]):
            # "The individuals sanctioned today are A, a former senator; B, who ...; and C":
            # a measure on each one listed
            rest, prev = [], targets[0]
            for m in targets[1:]:
                between = text[prev.end - base : m.start - base]
                if m.person is person or m.person in rest:
                    continue
                if (
                    ";" not in between
                    and not re.fullmatch(r",?\s+and\s+", between)
                    and not _NEXT_LISTED.fullmatch(between)
                    and not _RELATIVE_THEN_AND.fullmatch(between)
                ):
                    break  # (", and two judges of the City Court, B" continues the list)
                rest.append(m.person)
                prev = m
            c.each = [{"official": p.key} for p in rest]
            last = next((m for m in reversed(targets) if m.person is (rest or [person])[-1]), None)
            _firm_closing_the_list(c, text, last.end - base if last else None)
            # "Those listed include A, ...; B, ...; the political party X; and Y, a ...": the
            # bodies among the items set apart by semicolons, a measure each
            for org in _bodies_among_items(text, b, mentions, base):
                if {"organization": org} not in c.each:
                    c.each = [*c.each, {"organization": org}]
        elif not by:
            # "sanctions on three officials: General A, Colonel B and Major C": a measure on
            # each one of a list of (titled) names
            rest, prev = [], targets[0]
            for m in targets[1:]:
                between = text[prev.end - base : m.start - base]
                if m.person is person or m.person in rest:
                    continue
                if not _NEXT_LISTED.fullmatch(between) and not _RELATIVE_THEN_AND.fullmatch(
                    between
                ):  # ("A, a businessman, and B": past the first one's apposition)
                    break
                rest.append(m.person)
                prev = m
            if rest:
                c.each = [{"official": p.key} for p in rest]
            upto = (nxt or targets[0]).start - base
            if not _AND_TITLED.fullmatch(text, targets[0].end - base, upto):
                # (the listed mention of the last one listed, not a later one: "A (also known
                # as A C), a national ..., and B Ltd.")
                last = next((m for m in targets if m.person is (rest or [person])[-1]), None)
                _firm_closing_the_list(c, text, last.end - base if last else None)
        package = _named_package(text, b, counted, targets[0].start - base) if not by else None
        if package:
            # "sanctions on seven Russian individuals, including A and B": the package, and
            # each one named from it
            if c.imposer and package.get("country") == c.imposer:
                package.pop("country")
            c.each = [*c.each, package]
    elif counted:
        # "sanctioned seven individuals and five entities based in Turkey": the count
        c.persons = []
        c.target = {"description": counted.group("t")}
        based = re.match(
            r"\s+(?:(?:based|located)\s+)?in\s+(?:the\s+)?(?P<c>[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?)"
            r"(?!\s*(?:,|and))",
            after[counted.end() :],
        )
        code = based and country_of_word(based.group("c"))
        if code and code != c.imposer:
            c.target["country"] = code
        if extra is not None:
            c.each = [{"official": extra.key}]
    elif (listed := _LISTED_OBJECT.match(text, b)) and re.search(
        r"(?i)\bto\s+list$|^list(?:ed|ing)$", text[a:b]
    ):
        # "The Council also listed the Prisons Organisation of X province", "agreed to list
        # the cargo carrier A": the body named
        c.persons = []
        c.target = {"organization": listed.group("org")}
    elif (firm := _ONE_FIRM.match(text, b)) and re.search(r"(?i)designat|sanction", text[a:b]):
        # "OFAC designated Vancouver-based Northern Maple Logistics Ltd., which ..., and its
        # sales agent A": the company, and the person named as its own
        c.persons = []
        c.target = {"organization": firm.group("org").rstrip(",")}
        agent = _ITS_PERSON.match(text, firm.end())
        if agent:
            # (the match's offsets are the sentence's already)
            own = next((m for m in mentions if m.start - base >= agent.start("who")), None)
            if own is not None and own.start - base <= agent.end():
                c.each = [{"official": own.person.key}]
    elif (own := _OWN_FIRM.match(text, b)) and re.search(r"(?i)designat|sanction", text[a:b]):
        # "designation of A's partner, B, and his company C d.o.o.": the firm named as a
        # person's own (the person, when known, is a mention and a target above)
        c.persons = []
        c.target = {"organization": own.group("org")}
    elif (
        (direct := _DIRECT_OBJECT.match(text, b))
        and re.search(r"(?i)(?:sanctioned|designated)$", text[a:b])
        and not country_of_word(direct.group("t"))
        and not re.match(_DATE_WORD, direct.group("t"))
    ):
        # "the Government sanctioned X Development Centre over attacks on Y hospitals": the
        # verb's object, not a name after a later "on"
        c.persons = []
        c.target = {"organization": direct.group("t")}
    else:
        c.persons = []
        on = re.search(
            r"\b(?:on|against)\s+(?:the\s+)?(?!" + _DATE_WORD + r")(?P<t>[A-Z][\w.’']*"
            r"(?:\s+[A-Z][\w’']*){0,3})",
            after,
        )
        of = re.search(
            r"\b(?:on|against|targeting)\s+(?P<t>(?:[\w\-]+\s+){0,4}?(?:of|in|from)\s+"
            r"(?:the\s+)?(?P<c>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3}))",
            after[:80],
        )
        if of and (not on or of.start() < on.start()) and _longest_country(of.group("c")):
            on = None  # "sanctions on six entities in China ... to Iran": the entities
        elif not on:  # "exports to X", "imports from Y"
            prep = "from" if re.search(r"(?i)import", text[a:b]) else "to"
            on = None if _REASON_TO.search(after) else re.search(
                rf"(?<!pursuant )\b{prep}\s+(?:the\s+)?"
                rf"(?P<t>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){{0,3}})",
                after,
            )
            if on and _INSTRUMENT_NAME.match(text, b + on.start("t")):
                on = None  # "add persons to the Specially Designated Nationals ... List"
            if on and _TRIP_NOUN_END.search(after, 0, on.start()):
                on = None  # "announced by A during her visit to X": where she went
        owner = on and re.match(r"(?P<c>.+?)[’']s$", on.group("t"))
        if owner and _longest_country(owner.group("c")):
            tail = re.match(
                r"[\w\s\-]{0,40}?(?=[,.;]|\s+(?:and|that|which|for|over|last|this|next|"
                r"on|in|yesterday|today|earlier)\b|$)",
                after[on.end() :],
            )
            c.target = {
                "description": (on.group("t") + (tail.group(0) if tail else "")).strip(),
                "country": _longest_country(owner.group("c")),
            }
        elif on and country_of_word(on.group("t").rstrip(".,;:")):
            code = country_of_word(on.group("t").rstrip(".,;:"))
            if code != c.imposer:
                c.target = {"description": on.group("t").rstrip(".,;:"), "country": code}
                more = _AND_COUNTRY.match(after, on.end())
                if more and AND_ANOTHER_IMPOSER.match(after, on.end()):
                    more = None  # "on Syria, and the EU adopted ...": the next clause's subject
                other = more and country_of_word(more.group("c"))
                if other and other not in (code, c.imposer):
                    # "restrictive measures on Belarus and Iran": one measure per target
                    c.each = [{"description": more.group("c"), "country": other}]
        elif on:
            c.target = {"organization": on.group("t").rstrip(".,;:")}
        else:  # "visa restrictions on officials of Nicaragua", "entities in Iran"
            of = of or re.search(
                r"(?P<t>(?:[\w\-]+\s+){0,4}?(?:of|in|from)\s+(?:the\s+)?(?P<c>[A-Z]"
                r"[\w.’']*(?:\s+[A-Z][\w’']*){0,3}))",
                after[:80],
            )
            code = of and _longest_country(of.group("c"))
            if code and code != c.imposer:
                c.target = {"description": of.group("t").strip().rstrip(".,;:"), "country": code}
    if c.target is None and home and c.imposer not in (None, home) and _WITH_US.match(after):
        # "the PRC suspended a range of military-to-military channels with us": the speaking
        # government is the one the measure is against
        c.target = {"description": country_name(home), "country": home}
    if c.imposer is None and home and (
        re.search(r"\b(?:includes?|is|are)$", text[a:b], re.I)
        or re.match(r"The\s+following\b", text[a:b])
    ):
        c.imposer = home  # "Those listed include A": the release's own listing
    if c.imposer is None and home and re.match(r"(?i)(?:exports|imports)$", text[a:b]):
        c.imposer = home  # "exports to A will be prohibited": the publisher's government's
    if c.imposer is None and home and _BODY_OWNS.search(before):
        c.imposer = home  # "OFAC's June 2023 designation of A": the publisher's body's
    if c.imposer is None and re.search(r"\bOFAC\b|Office\s+of\s+Foreign\s+Assets", before):
        c.imposer = "US"  # ("OFAC designated": the United States', whoever publishes it)
    if c.imposer is None and home and _HOME_BODY_SUBJECT.search(before):
        c.imposer = home  # "The Council today adopted restrictive measures": the publisher's
    if c.imposer is None and home and _DECISION_TAKEN.search(before):
        c.imposer = home  # "a decision has been taken to close entry ...": the release's own
    head = _HEAD_OF_STATE_SUBJECT.search(text, 0, a) if c.imposer is None and home else None
    if head and country_of_word(head.group("c") or "") in (None, home):
        # "The President of X has enacted the decision to apply sanctions": the office of the
        # release's own government (of no other country named)
        c.imposer = home
    if c.imposer is None and home and _ACTION_VERB.match(text, a, b):
        c.imposer = home  # "Today's action targets A": the release's own action
    if c.imposer is None and home and passive and c.target and not by:
        c.imposer = home  # "A and B were sanctioned today": the release's government's


# a measure's reason or ground, no party it is on: "new sanctions in response to X's
# attacks", "pursuant to Y" (not "in relation to Z": the regime's country)
_REASON_TO = re.compile(
    r"^[^.;]{0,40}?\b(?:in\s+response|response|due|owing|according|pursuant|thanks|"
    r"in\s+addition|contribut\w*)\s+to\s"
)
# a name right after a sanctioning verb, its object: "sanctioned Ryugyong Software Centre"
_DIRECT_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?P<t>(?-i:[A-Z])[\w\-&’']*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w\-&’']*){1,6})"
    r"(?=[\s,.;:]|$)"
)
# the antecedent of a relative clause whose verb is the measure: "Los X, the criminal group
# that OFAC designated in June", "Y, which the Council listed in 2022"
_RELATIVE_OBJECT = re.compile(
    r"(?P<ante>(?-i:[A-Z])[\w’'\-]*(?:\s+(?-i:[A-Z])[\w’'\-]*){0,4}),\s+"
    r"(?:(?:the|a|an)\s+[^,;()]{1,60}?\s+)?$"
)
_POSSESSIVE = re.compile(r"[’']s\s")
# a government body's head noun
_BODY = r"(?:Department|Ministry|Treasury|Office|Council|Government|OFAC)"
# the publisher's body owning the measure noun: "OFAC's designation of", "the Council's"
_BODY_OWNS = re.compile(rf"\b{_BODY}[’']s\s+$")
_BODY_WORD = re.compile(rf"\b{_BODY}\b")
# "... designated earlier this year together with its leader, A"
_TOGETHER_WITH_ITS = re.compile(
    r"[^.;]{0,40}?\btogether\s+with\s+(?:its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+,\s+"
)


# "to include two companies, A LLP and B LLP, in its sanctions list", "added A to the
# sanctions list": the verb's object, between it and the register, is the target
_REGISTER_AFTER = re.compile(r"\s+(?:list|lists|register|registry)\b", re.I)
_ENTERED_IN = re.compile(
    r"\b(?:add|includ|put|plac|enter|inscrib)(?:e|es|ed|ing|s)?\s+(?P<obj>[^.;]{3,220}?)\s+"
    r"(?:in|on|to|into|onto)\s+(?:the|its|their|his|her|a)\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)
# the body that enters them, nearest before the verb: "the decision of the U.S. Department of
# the Treasury of 9 April to include", "the Ministry of Finance of Japan added"
_ENTERING_BODY = re.compile(
    r"(?P<who>(?:[A-Z][\w.’']*\s+){0,3}(?:Department|Ministry|Bureau|Office|Treasury|Council|"
    r"Government|Commission)(?:\s+of\s+(?:the\s+)?[A-Z][\w’']*(?:\s+[A-Z][\w’']*)?){0,2})"
)


def register_decision(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The words from the entering body to its verb ("the decision of the Treasury of 9 April
    to include ... in its sanctions list"): where the measure's own date stands."""
    entered, body = _entering(text, a) if _REGISTER_AFTER.match(text, b) else (None, None)
    return (body.start(), entered.start("obj")) if entered and body else None


def _entering(text: str, a: int) -> tuple[re.Match | None, re.Match | None]:
    """The verb that enters the targets in a register before `a` ("to include ... in its"),
    and the body nearest before it that enters them (None when there is none)."""
    entered = _ENTERED_IN.search(text, max(0, a - 260), a)
    if not entered:
        return None, None
    bodies = list(_ENTERING_BODY.finditer(text, max(0, entered.start() - 200), entered.start()))
    return entered, (bodies[-1] if bodies else None)


def _entered_in_register(c: Candidate, text, a, mentions, base, home) -> bool:
    """A sanctions list its targets are entered in ("the decision of X to include two
    companies, A LLP and B LLP, in its sanctions list"): the verb's object is the target,
    a measure per firm or person named; the body before the verb imposes."""
    entered, body = _entering(text, a)
    if not entered:
        return False
    lo, hi = entered.span("obj")
    found = list(re.finditer(_FIRM, text[lo:hi]))
    firms = [m.group(0) for m in found]
    if not firms and not any(lo <= m.start - base < hi for m in mentions):
        return False
    if body:  # (its country first or last: "the U.S. Treasury", "the Ministry of X of Japan")
        words = body.group("who").split()
        code = next(
            (x for x in (_longest_country(" ".join(words[i:])) for i in range(len(words))) if x),
            None,
        )
        # (a body of no country named is the publisher's own: "The Federal Department of X
        # today added A and B, two Belarusian businessmen, to the sanctions list")
        if code is None and re.search(r"Security\s+Council|United\s+Nations", body.group("who")):
            code = "UN"  # (the Security Council's committee is the UN's)
        c.imposer = code or home or c.imposer
    spans = [(lo + m.start(), lo + m.end()) for m in found]
    # (a surname inside a firm's name is the firm's: "A Trading LLP")
    # (each person once, by key: a person is no dictionary key)
    people = {
        m.person.key: m.person
        for m in mentions
        if lo <= m.start - base < hi and not any(_inside(m.start - base, s) for s in spans)
    }
    c.persons = list(people.values())
    c.roles = {p.key: "target" for p in c.persons}
    targets = [{"organization": f} for f in firms] + [{"official": p.key} for p in c.persons]
    c.target, c.each = targets[0], targets[1:]
    return True


def _relative_object(c: Candidate, relative, text, a, b, mentions, base, home) -> bool:
    """The measure of a relative clause on its antecedent ("Los X, the group that OFAC
    designated in June"): the antecedent is the target, the clause's subject (a country or
    the publisher's body) the imposer; "together with its leader, A": A too."""
    who = re.sub(
        r"^(?:which|that)\s+(?:the\s+)?|\s+(?:(?:has|had|also|previously)\s+)*\w+$", "", text[a:b]
    )
    imposer = _longest_country(who) or (home if _BODY_WORD.search(who) else None)
    ante = relative.group("ante")
    if imposer is None or country_of_word(ante):
        return False
    start = max(0, a - 100) + relative.start("ante")  # (the match is in the 100 before)
    person = next((m.person for m in mentions if m.start - base == start), None)
    c.imposer = imposer
    if person is not None:
        c.target, c.persons, c.roles = {"official": person.key}, [person], {person.key: "target"}
    else:
        c.target, c.persons, c.roles = {"organization": ante}, [], {}
    c.each = []
    leader = _TOGETHER_WITH_ITS.match(text, b)
    own = leader and next((m for m in mentions if m.start - base == leader.end()), None)
    if own is not None:
        c.each = [{"official": own.person.key}]
    return True


def _short_names_of_people(c: Candidate, sentences_before: list[str]) -> bool:
    """Whether every organisation the measure names is one word the text gave earlier as the
    short name of a person ("Karina Elizabeth Mendoza Zambrano (Mendoza) is ..." then
    "designating Fajardo, Mendoza and Ospina"): people, not firms (a firm's full name ends
    in its legal form)."""
    names = [x.get("organization") for x in [c.target or {}, *c.each]]
    if not all(names) or any(" " in n for n in names):
        return False
    before = " ".join(sentences_before)
    for n in names:
        full = re.search(
            rf"\b(?P<full>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,4}})\s+\({re.escape(n)}\)", before
        )
        if not full or _FIRM_END.search(full["full"]):
            return False
    return True


_WHICH_IMPOSED = re.compile(
    r"(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}),\s+which\s+(?:also\s+|has\s+|have\s+|"
    # (or the measure's own verb right after "which": "the United States, which sanctioned A
    # in January")
    r"today\s+)*(?:(?:announced|imposed|introduced|adopted)\s+(?:[\w\-]+\s+){0,3})?$"
)
# between two names of a list: ", Colonel ", ", and Major ", " and "
_NEXT_LISTED = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:two|three|four|five|six|several)\s+[a-z][^,;]{0,60},\s+)?"
    r"(?:(?:[A-Z][\w.\-’']*|of|the)\s+){0,4}"
    # ("A, Iranian general B": a nationality and a person's noun before the next name)
    r"|(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w\-]*\s+(?:[a-z][\w\-]*\s+){1,2}"
    # ("A, and his adult son, B", "A, and former mayor of X, Y, B": the next item's role in
    # lower case, set off by its comma)
    r"|(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?-i:his|her|their|its)\s+)?(?-i:[a-z])[\w\-]*"
    r"(?:\s+(?-i:[a-z])[\w\-]*){0,3}?(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z])[^,;.()]{1,50}?"
    r"(?:,\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)?)?,\s+"
)
# a list of countries as the subject of the sanctions word: "the United States, the United
# Kingdom and Canada announced additional"
_JOINT_IMPOSERS = re.compile(
    # ("the action taken by the EU, Japan and Canada, who have also implemented a number of
    # targeted sanctions": the list a relative clause's measure is of)
    r"(?:^|[.;:]\s+|,\s+|\bby\s+|\b(?:[Yy]esterday|[Tt]oday|[Oo]n\s+\w+day),?\s+)"
    r"(?!(?:Yesterday|Today|On|In|Last|This)\b)(?P<list>(?:the\s+)?"
    r"[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}(?:,\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)"
    r"{0,3})*,?\s+and\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})"
    r"(?:,\s+(?:who|which)\s+(?:\w+\s+){1,7}|\s+(?:\w+\s+){0,3})$"
)
# one company right after "designated" ("Among those designated today is A Co., Ltd."): a
# name that ends in a legal form
# (in every language: "d.o.o.", "OOO", "S.r.l.", "Sp. z o.o.", "Sdn. Bhd.")
_LEGAL_FORM = (
    r"(?:Co\.,?\s+Ltd\.|Co\.|(?:Cía\.\s+)?Ltda\.|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|Corp\.?|"
    r"Corporation|Company|GmbH|S\.A\.S\.|S\.A\.(?:\s+de\s+C\.V\.)?|PLC|(?:[PO]|C)?JSC|LLP|"
    r"FZ-?LLC|FZE|FZCO|DMCC|Pte\.\s+Ltd\.|Pty\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|"
    r"d\.o\.o\.|d\.d\.|a\.d\.|s\.r\.o\.|Sp\.\s+z\s+o\.o\.|S\.[Rr]\.[Ll]\.|SRL|S\.[Pp]\.A\.|"
    r"[BN]\.V\.|AG|KG|OOO|OAO|ZAO|PJSC|TOO|Kft\.|Zrt\.|A\.Ş\.)(?!\w)"
)
# a firm's seat after its legal form ("A d.o.o. Banja Luka"): part of its registered name
_SEAT = r"(?:[ \t]+[A-Z][a-z][\w\-]*(?:[ \t]+[A-Z][a-z][\w\-]*)?)?"
# a firm's full name ends in its legal form or a body's noun
_FIRM_END = re.compile(rf"(?:{_LEGAL_FORM}|Group|Forces|Bank)$")
_ONE_FIRM = re.compile(
    r"\s*(?:(?:today|yesterday)\s+)?(?:(?:is|are|was|were|includes?|included)\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w\-]*\s+)?(?-i:[A-Z])[\w\-]*-based\s+)?(?P<org>(?-i:[A-Z])[\w\-&’']*(?:\s+(?-i:[A-Z])[\w\-&’'.]*){0,6}?"
    rf",?\s+{_LEGAL_FORM})(?=[\s,.;:]|$)"
)
# firms listed as the subject of a passive sanctions verb: "A S.A., B Cía. Ltda. and C
# S.A.S. are being designated" (name words without full stops, so that no word of the
# sentence before joins the first name)
_FIRM = (
    r"[A-Z][\w\-&’']*(?:\s+(?:(?:de|del|la|el|do|da|das|dos|von|van)\s+)?[A-Z][\w\-&’']*){0,6}?"
    rf",?\s+{_LEGAL_FORM}{_SEAT}"
)


def _inside(at: int, span: tuple[int, int]) -> bool:
    """Is a mention at `at` inside `span` ("Transportes Ruiz Sur S.A.S.": a surname within
    a firm's name is the firm's, not the person's)?"""
    return span[0] <= at < span[1]


_FIRMS_SUBJECT = re.compile(
    rf"(?<![\w\-&’'])(?P<list>{_FIRM}(?:,\s+{_FIRM})*,?\s+and\s+{_FIRM})\s+$"
)
# a firm named as someone's own in the measure's object: "..., and his company C d.o.o."
_OWN_FIRM = re.compile(
    rf"[^.;]{{0,160}}?\b(?:his|her|their|its)\s+(?:[a-z][\w\-]*\s+)?(?:company|firm|business)"
    rf",?\s+(?P<org>{_FIRM})"
)
# a relative clause on one listed name, then the next: "A, whose force oversees X, and B"
# (or an apposition, with its own relative clause: "A, a businessman who financed X, and B")
_RELATIVE_THEN_AND = re.compile(
    r",\s+(?:(?:a|an|the)\s+[^;,]{1,80}?(?:\s+(?:who|that|which|whose)\b[^;,]{0,100})?"
    # (a post without its article: "A, head of the security service, and B")
    r"|(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?-i:[a-z])[\w\-]*\s+of\s+[^;,]{1,80}?"
    r"|(?:who|whose|which|where)\b[^;,]{0,120}),\s+and\s+"
    # (an item's apposition and the next item without "and": "A, a Syrian businessman, B, a
    # senior official of X, and C")
    r"|,\s+(?:a|an)\s+[^;,]{1,80}?,\s+"
)
# "..., which supplies pill presses, and its sales agent A"
_ITS_PERSON = re.compile(
    r"(?:,\s+(?:which|that|a|an)\b[^;]{0,160}?)?,?\s+and\s+its\s+(?:[a-z][\w\-]*\s+){0,2}"
    r"[a-z][\w\-]*,?\s+(?P<who>(?-i:[A-Z]))"
)
# named organisations right after a sanctions verb or noun, two or more, "and" before the last
# (an "of" phrase inside a name: "the Maritime Lines of Arbor Bay")
_ORG_NAME = (
    r"[A-Z][\w\-&’']*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w\-&’'.]*){0,6}"
    # a legal form after a comma is the name's own: "A Co., Ltd.", "B Holdings, Inc."
    rf"(?:,[ \t]+(?=[A-Z])(?!and\b){_LEGAL_FORM})?"
)
# an item's apposition or relative clause inside a list of names: ", a company that ran X",
# ", which transported funds" (up to the comma before the next name)
_ITEM_APPOSITION = (
    # ("A, her business partner, and X Ltd.": a possessive's apposition too)
    r"(?:,\s+(?:(?:a|an)\s|(?:the|his|her|its|their)\s+(?-i:[a-z])|(?:which|that|who)\b)"
    r"[^;,.]{1,100}(?=,))"
)
_NAMED_ORGS = re.compile(
    r"^\s*(?:(?:on|against|targeting)\s+)?(?:(?:\w+)\s+(?:[\w\-]+\s+){0,3}?(?:companies|"
    r"conglomerates|entities|firms|banks|groups|organi[sz]ations|enterprises|producers)"
    r"(?:,\s+including|:|,)\s+)?"
    rf"(?P<list>{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?{_ITEM_APPOSITION}?(?:,\s+(?:the\s+)?"
    rf"{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?{_ITEM_APPOSITION}?)*,?\s+and\s+(?:the\s+)?"
    rf"{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?)"
    r"(?=[\s,.;:]|$)"
)
_ITEM_APPOSITIONS = re.compile(_ITEM_APPOSITION)
# a firm that closes a list of named people: "sanctioned A, a businessman, and B Ltd., which
# runs tankers", "including A, B and the X Bank" (its name ends in a legal form or a body's noun)
_AND_FIRM_AFTER = re.compile(
    rf"{_ITEM_APPOSITION}?,?\s+and\s+(?:(?:his|her|their|its)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?:company|companies|firm|firms),?\s+"
    # ("and Chinese firm X Co., Ltd.": a demonym and the noun before the name)
    rf"|(?-i:[A-Z])[\w\-]*\s+(?:company|firm|entity|bank|manufacturer|supplier)\s+)?"
    rf"(?:the\s+)?(?P<org>{_ORG_NAME})(?=[\s,.;:]|$)"
)


# between two sanctioned people: "A and current Paraguayan Vice President B"
_AND_TITLED = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:(?:former|current|then|sitting)[\s\-]+)?"
    r"(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+){0,6}"  # "and the Deputy Commander, General B"
)
_TARGET_NOUN = (
    # ("two U.S. defense companies and a senior executive")
    r"(?:[\w\-]+\s+|U\.S\.\s+){0,2}?(?:individuals?|entities|entity|persons?|companies|company|"
    r"officials|people|vessels|banks|organi[sz]ations|networks?|firms|leaders|commanders|members|"
    r"suppliers|manufacturers|citizens|nationals|executives?)"
)
_COUNTED_TARGETS = re.compile(
    r"^\s*(?:(?:on|against|targeting)\s+)?(?:a\s+further\s+|an\s+additional\s+|another\s+)?"
    # ("on the following 3 individuals:": a count whose names a list then gives)
    r"(?:the\s+following\s+)?"
    r"(?P<t>(?:(?:more\s+than|over|at\s+least|nearly|some|about)\s+)?"
    # ("more than a dozen PRC-based entities": a count in words)
    rf"(?:\d[\d,]*|one|{_SMALL_NUMBERS}|eleven|twelve|\w+teen|\w+ty|a\s+dozen|dozens\s+of)\s+"
    + _TARGET_NOUN
    + rf"(?:\s+and\s+(?:\d+|one|an?|{_SMALL_NUMBERS}|eleven|twelve|\w+teen|\w+ty)\s+"
    + _TARGET_NOUN
    + r")?)\b"
)
# (the same, wherever it starts)
_COUNTED_AT = re.compile(_COUNTED_TARGETS.pattern.removeprefix("^"))
_TOTAL_BEFORE = re.compile(
    r"\ba\s+total\s+of\s+(?P<t>(?:\d[\d,]*|\w+)\s+[^.;]{0,60}?)\s+(?:are|is|remain)\s+(?:now\s+)?"
    r"subject\s+to\s+(?:[\w\-]+\s+){0,2}$"
)
_NOW_APPLY = re.compile(
    r"[^.;]{0,80}?\b(?:now\s+)?appl(?:y|ies)\s+to\s+(?P<t>(?:(?:more\s+than|over)\s+)?\d[\d,]*\s+"
    + _TARGET_NOUN
    + r"(?:\s+and\s+\d[\d,]*\s+"
    + _TARGET_NOUN
    + r")?)\b"
)
# a measure named as standing: "sanctions already in force on", "measures in place against"
_IN_FORCE = re.compile(
    r"\s+(?:already\s+|now\s+|still\s+)?in\s+(?:force|place|effect)(?=\s+(?:on|against)\s)"
)
_AS_WELL_AS = re.compile(
    r",?\s+(?:as\s+well\s+as|and\s+also|and)\s+(?:(?:on|against)\s+)?(?:(?:its|their|the)\s+"
    r"(?:[a-z][\w\-]*\s+){1,3}"
    # "..., and a Chinese national, A", "and one Turkish businessman, B": the person set off
    r"|(?:an?|one|its|their|the)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*,\s+)?"
)
# a legal instrument or register, never a party: "the Specially Designated Nationals and
# Blocked Persons List", "the Export Administration Regulations"
_INSTRUMENT_NAME = re.compile(
    r"[A-Z][\w.’']*(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w.’']*)*?\s+"
    r"(?:List|Act|Order|Regulations|Program(?:me)?)\b"
)
# the law a measure is taken under, between the measure and its object: " under the Special
# Economic Measures (X) Regulations"
_UNDER_INSTRUMENT = re.compile(
    r"\s+under\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:and|of|the|\([^()]{1,40}\)|[A-Z][\w.’'\-]*))"
    r"{0,8}?\s+(?:List|Act|Order|Regulations|Program(?:me)?|Law|Decree)\b"
)
# a participle of ownership or command before "by": "owned, controlled, or directed by A"
_OWNED_BY = re.compile(
    r"\b(?:owned|controlled|directed|led|operated|run|managed|headed|founded|backed)\b[^.;]{0,40}$"
)
_OWNER_BEFORE = re.compile(
    r"\b(?:owned|controlled|directed|led|operated|run|managed|headed|founded|backed)\b[^;]{0,40}?"
    r"\bby\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)
_TRIP_NOUN_END = re.compile(r"\b(?:visit|trip|travel|journey|tour)\s+$", re.I)
_WITH_US = re.compile(r"[^.;]{0,40}?\bwith\s+(?:us|our\s+(?:country|government))\b")
_ON_COUNTRY = re.compile(
    r"\s+(?:on|against)\s+(?:the\s+)?(?P<c>[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2})\b"
)
_CLAUSE_BREAK = re.compile(r";|,\s+and\b|\band\s+(?:why|how|he|she|they|we|it)\b")
# the party a listing verb names: "listed the Prisons Organisation of X province", "to list
# the cargo carrier A"
_LISTED_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}(?P<org>[A-Z][\w\-&’']*(?:\s+(?:of\s+|for\s+)?"
    r"[A-Z][\w\-&’'.]*){0,6}(?:\s+(?:province|state|region|district|oblast|governorate))?)"
)
# the publisher's own body as the subject: "The Council today adopted ..."
_HOME_BODY_SUBJECT = re.compile(
    # ("In April 2025 the Government sanctioned": a time before the subject; "Since X was
    # issued in 2021, OFAC has designated": a clause before it)
    r"(?:^|[.;:]\s+|,\s+(?=[Tt]he\s|OFAC\b|Treasury\b)|\s[—–-]\s+)(?:(?:[Tt]oday|(?:In|On|Last|Earlier)\s+"
    r"[^,.;]{1,30}?),?\s+)?(?:[Tt]he\s+)?(?:Council|Commission|"
    r"(?:[A-Z][a-z]+\s+)?Government|Treasury|"  # ("the Albanese Government": its leader's)
    r"(?:State\s+)?Department|Ministry|Foreign\s+Office|Office\s+of\s+Foreign\s+Assets\s+Control|OFAC|"
    r"Bureau\s+of\s+[A-Z][\w\s]{2,40}?|Secretariat)"
    r"\b[^.;]*$"
)

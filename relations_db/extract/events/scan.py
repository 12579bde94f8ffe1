"""Scan: one sentence's triggers into filled, split candidates.

_sentence_events matches the trigger patterns the sentence's words can match
(patterns.TRIGGERS), skips a match that overlaps or continues one before it, and tests
the words around it against the guards (guards.py), rule by rule in a fixed order. A kept
trigger becomes a Candidate whose participants, status, date and place fill.py finds and
which splitting.py splits (coordinated participants, destinations, groups, counterparts,
places; guests and joint imposers). One who "will join him for those sessions" joins the
sentence's meeting. The order of the tests is the order of this function: a new rule goes
where it must be tried, its pattern in guards.py.

Imports patterns, candidate, places, status, fill, splitting, guards and context.
"""

from __future__ import annotations

import re

from .candidate import Candidate, _patterns_in, keys_in, patterns_in_body, sentence_subject
from .context import _JOINS_FOR, _SIGNED_BY
from .fill import _fill
from .guards import (
    _A_TOTAL_OF,
    _AS_POLICY,
    _CLASS_HELD_AFTER,
    _CLASS_HELD_BEFORE,
    _CONDEMNED,
    _DATE_NEAR,
    _DEFINITE_PASSIVE,
    _DISCUSSED,
    _DOCUMENT_OF,
    _ENCOUNTER,
    _EVADE,
    _FOR_A_MEAL,
    _FOR_GROUND,
    _GUARDED,
    _HOSTED_FOR,
    _HOSTS_BEFORE,
    _IN_CONSULTATION,
    _IN_THE_AIRSPACE,
    _IN_TOUCH,
    _KNOWN_AS_TIME,
    _MET_AT_THE,
    _NEGATED,
    _NEXT_ACT,
    _NO_COMPLEMENT,
    _NO_MEASURE,
    _OF_COUNTRY_AFTER,
    _OF_PHRASE,
    _OF_WHICH,
    _OPENING_REFERENCE,
    _ORDINAL_SUCH,
    _PAIR_SUBJECT,
    _POLICY_NOUN,
    _PROTESTED_THE,
    _READY_TO_ENGAGE,
    _SANCTION_TOPIC,
    _SIGNED_TOGETHER,
    _SINCE_WAR,
    _STOPPED,
    _SUBJECT_TO,
    _TEAMS_BEFORE,
    _TEAMS_KEEP_UP,
    _THEIR_ASSETS,
    _THESE,
    _TITLES_ONLY,
    _UN_MEASURE,
    _VENUE_VISITED,
    _VERB_THE,
    _WHEN_IT,
    _WITH_CONFLICT,
    _WORK_OF_BODY,
    _YEARS_FROM_WAR,
    _names_again,
    _on_goods,
)
from .patterns import _KIND_OF, _MARGINS_OF, _UPHELD, TRIGGERS
from .places import _longest_country
from .splitting import (
    _guest_visits,
    _joint_imposers,
    _per_destination,
    _split_coordinated,
    _split_counterparts,
    _split_destinations,
    _split_groups,
    _split_places,
)
from .status import not_as_planned

# between a meeting's name and its short name in brackets: ' ("', " (", ' Meeting ("' (the
# name's last words first)
_ALIAS_OPEN = re.compile(r"(?:\s+(?-i:[A-Z])[\w\-]*){0,3}\s*\(\s*[\"“'‘]?")


def _sentence_events(body, sentence, mentions, recent, published, home, context=None):
    text = sentence.text
    found: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    acts: list[tuple[int, int]] = []  # (the spans of incidents of an encounter)
    regexes = (  # (text is body's: the text's key index tells the patterns)
        patterns_in_body(body, sentence.start, sentence.start + len(text))
        if body.startswith(text, sentence.start)
        else _patterns_in(text, 0, len(text), keys_in(body))
    )
    for regex in regexes:
        kind, subtype = _KIND_OF[id(regex)]  # (TRIGGERS keeps each pattern: ids stay)
        for m in regex.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in spans):
                continue
            if kind in ("meeting", "incident") and any(
                0 <= a - y <= 1 and text[y:a].isspace() or (0 <= x - b <= 1 and text[b:x].isspace())
                for x, y in spans
            ):
                continue  # "Summit Meeting", "water cannon attacks": one noun phrase, one mention
            if (
                kind == "meeting"
                and m.group(0).lower().startswith("witnessed")
                and any(c.kind == "meeting" for c in found)
            ):
                continue  # "held a summit meeting and witnessed the signing of X": the
                # witnesses' own meeting, told already
            if kind == "meeting" and any(
                0 <= a - y <= 40 and _ALIAS_OPEN.fullmatch(text, y, a) for x, y in spans
            ):
                continue  # "the X-Y Ministerial Meeting ("2+2")": the short name of the same
            if kind == "meeting" and any(
                0 < x - b <= 80 and _OF_PHRASE.fullmatch(text, b, x) for x, y in spans
            ):
                continue  # "the next meeting of the X Working Group": the group's session
            if (
                kind == "meeting"
                and m.group(0).endswith(" ")
                and m.group(0).rstrip().endswith("see")
                and not m.group(0).lower().startswith("to")
                and not any(
                    _TITLES_ONLY.fullmatch(text, b, x.start - sentence.start)
                    for x in mentions
                    if b <= x.start - sentence.start <= b + 60
                )
            ):
                continue  # "will see President A", "will see A": not "we will see Europe's"
            if (
                _NEGATED.search(text[max(0, a - 30) : a])
                and kind != "sanction"
                and not (kind in ("meeting", "visit") and not_as_planned(text, a, b))
            ):
                continue  # (not "will not travel to X as planned": a plan called off)
            if (
                kind == "meeting"
                and m.group(0)[:1] == "s"
                and m.group(0).endswith("down")
                and not _PAIR_SUBJECT.search(text, max(0, a - 60), a)
            ):
                continue  # "He sat down in the chair": a meeting only of two ("they sat down")
            if subtype == "working-group" and _WORK_OF_BODY.search(text, max(0, a - 120), a):
                continue  # "welcomed the work of the X Working Group": a body, no session
            if kind == "meeting" and _IN_CONSULTATION.match(text, max(0, a - 12), b + 6):
                continue  # "We acted in consultation with the Canadian government": how the
                # act was done, no meeting of its own
            if kind == "meeting" and (
                _TEAMS_KEEP_UP.match(text, a)
                or _IN_TOUCH.match(text, a)
                and _TEAMS_BEFORE.search(text, max(0, a - 40), a)
            ):
                continue  # "tasked their teams to continue following up", "our teams agreed
                # to stay in touch": staff work between the sides, no meeting
            if (
                kind == "meeting"
                and any(mm.start() <= a and b <= mm.end() for mm in _MARGINS_OF.finditer(text))
                and any(
                    r.search(text, 0, mm.start()) or r.search(text, mm.end())
                    for mm in _MARGINS_OF.finditer(text)
                    for k, s, r in TRIGGERS
                    if k == "meeting"
                )
            ):
                continue  # "their meeting on the margins of the G7 Summit", "On the margins
                # of the summit, A will hold a bilateral with B": where, not what
            if subtype == "summit" and _MET_AT_THE.search(text, max(0, a - 80), a):
                continue  # "whom he first met in X at the Summit of Y in June": where they
                # met, the meeting the verb tells (dated and placed by its clause)
            if (
                subtype == "dinner"
                and _FOR_A_MEAL.search(text, max(0, a - 30), a)
                and _HOSTS_BEFORE.search(text, max(0, a - 100), a)
            ):
                continue  # "will host Minister A for a working lunch": the hosting's meal
            if subtype == "summit" and _HOSTED_FOR.search(text, max(0, a - 200), a):
                continue  # "hosted President A for the 3rd X-Y Leaders' Retreat": the hosting's
            if kind == "incident" and re.search(
                r"\banniversary\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,6}$", text[max(0, a - 80) : a]
            ):
                continue  # "ahead of the one-year anniversary of Russia's invasion": a date
                # to mark, the war named as background (annotation.md), no new occurrence
            if kind == "incident" and _GUARDED.search(text, max(0, a - 50), a):
                continue  # "to ensure the security of its territorial airspace": a duty
            if (
                kind == "meeting"
                and _POLICY_NOUN.fullmatch(m.group(0))
                and _AS_POLICY.search(text, max(0, a - 30), a)
                and not re.match(r"\s+(?:with|between|among)\b", text[b:])
            ):
                continue  # "remains committed to dialogue": a policy, no meeting
            if (
                kind == "meeting"
                and _POLICY_NOUN.fullmatch(m.group(0))
                and _READY_TO_ENGAGE.search(text, max(0, a - 80), a)
            ):
                continue  # "readiness to engage in dialogue with X": a stance, no meeting
            if (
                kind == "meeting"
                and text[a:b][:1].isupper()
                and _DOCUMENT_OF.search(text, max(0, a - 60), a)
            ):
                continue  # "the Joint Statement of the X Talks": a document's name
            if (
                kind == "meeting"
                and re.search(r"\b(?:that|this|those|these)\s+$", text[max(0, a - 7) : a], re.I)
                and any(r.search(text, 0, a) for k, _, r in TRIGGERS if k == "meeting")
            ):
                continue  # "A will host B and C, and we are hopeful about that meeting", "they
                # met in X and in Y, and those meetings helped ...": the ones just told
            if (
                kind == "meeting"
                and re.search(r"\b(?:before|after|when|as|until|once)\s+the\s+$", text[:a], re.I)
                and re.match(
                    r"\s+(?:opens|begins|starts|ends|closes|concludes|convenes)\b", text[b:]
                )
            ):
                continue  # "before the summit opens": a time named by a known event
            if (
                kind in ("meeting", "visit")
                and _OPENING_REFERENCE.match(text[:a])
                and re.match(r"[\w\-]*\s*,", text[b:])
            ):
                continue  # "Ahead of the summit, ...": a known event, named as a time"
            if (
                subtype == "summit"
                and text[a:b].islower()  # (not "ahead of the Conference of ...", a name)
                and _KNOWN_AS_TIME.search(text, max(0, a - 60), a)
                and not re.match(r"[’']s\b|\s+of\b", text[b:])  # "after the summit's session"
            ):
                continue  # "on Friday, the final day of the summit", "a call after the
                # summit": the known summit names a time, no new meeting
            if (
                kind == "visit"
                and re.search(r"\b(?:the|this|that)\s+$", text[max(0, a - 6) : a])
                and re.match(r"\s*(?:[.?!;]|$)", text[b:])
            ):
                continue  # "details before the visit.": the known visit, named as a time
            if (
                kind == "visit"
                and _VERB_THE.search(text, max(0, a - 30), a)
                and _NO_COMPLEMENT.match(text, b)
            ):
                continue  # "in which they prepared the visit and exchanged views": the known
                # visit as a verb's object (the clause's date is not its own)
            if (
                subtype == "summit"
                and re.search(r"\bthe\s+$", text[max(0, a - 5) : a], re.I)
                and re.match(r"\s*(?:[.;]|$)", text[b:])
                and any(regex.search(x) for x in ((context or {}).get("before") or [])[-8:])
            ):
                continue  # "..., which reviewed progress and prepared the Summit.": the known one
            if kind == "visit" and _VENUE_VISITED.match(text, b):
                continue  # "visited the National Slavery Museum": a site, no country visited
            if (
                kind == "visit"
                and re.search(r"\bthe\s+$", text[max(0, a - 5) : a], re.I)
                and re.match(r"visiting\s+(?:[A-Z][\w\-]*\s*)+(?:[.,;]|$)", text[a:])
            ):
                continue  # "in honour of the visiting Prime Minister": the guest, named before
            when = _WHEN_IT.search(text, max(0, a - 30), a) if kind == "incident" else None
            if when and any(
                k == "incident" and r.search(text, max(0, when.start() - 120), when.start())
                for k, _, r in TRIGGERS
            ):
                continue  # "Iran's attack on Israel ..., when it launched 300 drones": the same
            if subtype in ("invasion", "operation") and (
                _SINCE_WAR.search(text, max(0, a - 60), a)
                or _YEARS_FROM_WAR.search(text, max(0, a - 80), a)
            ):
                continue  # "Since Russia launched its full-scale invasion, ...", "Three years
                # ago today, X launched its invasion": a war's start counted to the text's
                # time, the anniversary it marks (background), no news of the war
            if (
                subtype == "invasion"
                and _CONDEMNED.search(text, max(0, a - 60), a)
                and not _DATE_NEAR.search(text, b, min(len(text), b + 40))
            ):
                continue  # "They condemned Russia's full-scale invasion of Ukraine": a stance
                # on a war named as a topic (annotation.md), not news of it
            if (
                subtype == "air-intercept"
                and text[a:b].endswith("in response")
                and any(
                    k == "incident" and r.search(((context or {}).get("before") or [""])[-1])
                    for k, _, r in TRIGGERS
                )
            ):
                continue  # "A violated Japan's airspace. Fighters scrambled in response": the
                # reply within the incident just told
            if kind == "incident" and re.match(r"\s+(?:issues?|question|problem|file)\b", text[b:]):
                continue  # "the abductions issue": a topic between the two, no occurrence
            if subtype == "airspace" and re.search(
                r"\b(?:in|over|through|within)\s+international\s+$", text[max(0, a - 30) : a]
            ):
                continue  # "a patrol in international airspace": where, not what
            if subtype == "airspace" and (
                (
                    _IN_THE_AIRSPACE.search(text, max(0, a - 30), a)
                    and re.match(r"\s+(?:around|surrounding|near)\b", text[b:])
                )
                or (
                    re.search(r"\b(?:measures|action)\s+against\s+$", text[max(0, a - 30) : a])
                    and re.match(r"\s+violations\b", text[b:])
                )
            ):
                continue  # "surveillance in the waters and airspace around Japan", "measures
                # against airspace violations": a place and a kind of act, no occurrence
            these = kind == "incident" and _THESE.search(text, max(0, a - 8), a)
            if (
                kind == "incident"
                and (
                    re.search(r"\b(?:the|this|that|such)\s+$", text[max(0, a - 8) : a], re.I)
                    # ("the third such intercept this year": a count, the latest of it)
                    and not _ORDINAL_SUCH.search(text, max(0, a - 20), a)
                    or _DEFINITE_PASSIVE.search(text, max(0, a - 50), a)
                    or these
                )
                and not _DATE_NEAR.search(text, b, min(len(text), b + 40))
                and (
                    any(regex.search(x) for x in ((context or {}).get("before") or [])[-8:])
                    # "were intercepted 38 times; 12 of those intercepts were unsafe": the
                    # occurrences this sentence told already
                    or these
                    and any(y <= a for x, y in spans)
                )
                and not (
                    subtype == "airspace"
                    and (of := _OF_COUNTRY_AFTER.match(text, b))
                    and _longest_country(of.group("c"))
                )  # "drones entered the airspace of the Republic of Poland": another's
            ):
                continue  # "raise the incursion with his counterparts": the one reported above
            if (
                kind == "incident"
                and _PROTESTED_THE.search(text, max(0, a - 40), a)
                and not _DATE_NEAR.search(text, b, min(len(text), b + 40))
                and any(
                    r.search(x) and _names_again(text[b : b + 60], x)
                    for x in ((context or {}).get("before") or [])[-12:]
                    for k, _, r in TRIGGERS
                    if k == "incident"
                )
            ):
                continue  # "lodged a protest against the attack on vessel A": one told above
                # that named A
            if subtype in ("detention", "execution") and (
                _CLASS_HELD_AFTER.match(text, b)
                or (
                    (held := _CLASS_HELD_BEFORE.search(text, max(0, a - 40), a))
                    and not (held.group("mod") or " ")[0].isupper()
                )
            ):
                continue  # "the detention of more than 400 demonstrators", "protesters
                # detained since 2022", "the execution of four pro-democracy activists": a
                # government's own citizens, no foreign party (annotation.md: domestic), not
                # "Indonesian fishing crews", "American citizens"
            part = _OF_WHICH.search(text, max(0, a - 80), a) if kind == "incident" else None
            if part and any(x < part.start() for x, y in spans):
                continue  # "more than twenty drones entered Polish airspace, several of which
                # were shot down": what became of some of them, the incident before the clause
            if (
                kind == "incident"
                and _FOR_GROUND.search(text, max(0, a - 30), a)
                and re.match(r"\w+ing\b", m.group(0))
            ):
                continue  # "arrested them for allegedly entering X's waters": the charge of
                # another act, no incident of its own
            if kind == "incident" and _WITH_CONFLICT.search(text, max(0, a - 30), a):
                continue  # "does not have to lead to conflict, confrontation, or a new Cold
                # War", "veering into conflict or confrontation": an outcome to avoid (or
                # one possible: "the potential for military confrontation")
            if (
                subtype == "air-intercept"
                and re.match(r"\s+(?:the|them|these|those)\b", text[b:])
                and not text.endswith(" of", a, b)  # ("within 15 metres of the jet": the
                # craft approached, no reply's object)
                and not _DATE_NEAR.search(text, b, min(len(text), b + 40))
                and any(
                    r.search(x)
                    for x in ((context or {}).get("before") or [])[-2:]
                    for k, _, r in TRIGGERS
                    if k == "incident"
                )
            ):
                continue  # "F-35s scrambled to intercept the jets and escorted them out": the
                # response within the incursion just told (not "to identify two bombers")
            if kind == "incident" and _STOPPED.search(text[max(0, a - 40) : a]):
                continue  # "agreed to ban strikes against energy facilities": none happened
            if (
                kind == "sanction"
                and _EVADE.search(text[max(0, a - 40) : a])
                and not re.search(r"\b(?:existing|current|standing)\s+$", text[:a], re.I)
            ):  # ("that help Russia evade our existing sanctions": measures named in force)
                continue  # "helping X avoid the sanctions": evasion, not a measure taken
            if (
                kind == "sanction"
                and m.group(0).lower().startswith(("designat", "sanctioned"))
                and re.search(r"\b(?:the|of|otherwise|any|all|these|those)\s+$", text[:a], re.I)
            ):
                continue  # "property of the designated persons", "the list of sanctioned
                # persons is available": an adjective, no new measure
            if (
                kind == "sanction"
                and m.group(0).lower().startswith("added")
                and not re.search(r"(?i)\b(?:list|register)\b", text)
            ):
                continue  # "added 200 officials to the delegation": no listing named
            if kind == "sanction" and (
                _NO_MEASURE.search(text[max(0, a - 80) : a])
                or (un := _UN_MEASURE.search(text, max(0, a - 40), a))
                and not _UPHELD.search(text, max(0, un.start() - 60), un.start())
            ):
                continue  # "has not joined the sanctions", "urges the EU to adopt sanctions"
            if (
                kind == "sanction"
                and (told := _SUBJECT_TO.search(text, max(0, a - 80), a))
                and not _A_TOTAL_OF.search(text, max(0, a - 120), a)
                # (not a named one added: "X's director, A B, is subject to sanctions as well")
                and not _named_addition(text, sentence.start, mentions, told.start(), b)
                and any(  # (after the measure is told)
                    re.search(r"(?i)sanction|restrictive\s+measures|designat", x)
                    for x in (context or {}).get("before", [])
                )
            ):
                continue  # "The listed persons are subject to an asset freeze": the measure told
            if (
                kind == "sanction"
                and _THEIR_ASSETS.search(text, max(0, a - 80), a)
                and any(
                    re.search(r"(?i)sanction|countermeasure|restrictive\s+measures|designat", x)
                    for x in ((context or {}).get("before") or [])[-2:] + [text[:a]]
                )
            ):
                continue  # "Their property in China will be frozen": what the measure just
                # told does to its targets, no new one
            if kind == "sanction" and _DISCUSSED.search(text, max(0, a - 40), a):
                continue  # "discussed further sanctions against X with A": a topic of talks
            if kind == "sanction" and _on_goods(text, m.group(0), b):
                continue  # "restrictions on imports of X seafood": a trade measure on goods,
                # aimed at no named party (annotation.md)
            if kind == "sanction" and _SANCTION_TOPIC.match(text, b):
                continue  # "sanctions evasion", "the sanctions the Security Council imposed"
            if subtype in _ENCOUNTER and any(
                0 <= a - y <= 60 and _NEXT_ACT.fullmatch(text, y, a) for x, y in acts
            ):
                continue  # "personnel boarded Philippine boats, seized weapons, and injured a
                # sailor": a second predicate of the same subject, one encounter (not
                # "detained two nationals, expelled a diplomat": two acts of their own kinds)
            spans.append((a, b))
            if kind == "incident" and subtype in _ENCOUNTER:
                acts.append((a, b))
            cand = Candidate(kind, subtype, sentence, (sentence.start + a, sentence.start + b))
            own = sentence_subject(text[:a], mentions, sentence.start)
            cand.subject = (
                own
                if own is not None and re.search(r"\b(?:he|she|his|her)\b", text[:a])
                else (context or {}).get("subject")
            )
            if (
                _fill(cand, text, a, b, mentions, recent, published, home, context or {})
                and not (  # "A and B signed an agreement": two signatories of two countries
                    kind == "meeting"
                    and _SIGNED_TOGETHER.match(text, a)
                    and len({p.country for p in cand.persons if p.country}) < 2
                )
            ):
                signers = [
                    m.person for m in mentions if b <= m.start - sentence.start
                ]
                if kind == "meeting" and _SIGNED_BY.match(text, a) and len(signers) >= 2:
                    # "The leaders witnessed the signing by A and B of ...": the signatories
                    # meet; the witnesses are at their own meeting
                    keep = signers
                    cand.persons = [p for p in cand.persons if p in keep] or keep
                    cand.described = []
                for x in _split_coordinated(cand, text, mentions):
                    for y in _split_destinations(x, text):
                        for z in _split_groups(y, text):
                            for w in _split_counterparts(z, text, mentions):
                                for v in _split_places(w, text, published):
                                    found.extend(_per_destination(v))
                found.extend(_guest_visits(cand, text, mentions))
                found.extend(_joint_imposers(cand, text, recent))
    joins = _JOINS_FOR.search(text) if found else None
    joiner = (
        [m.person for m in mentions if m.end - sentence.start <= joins.start()][-1:]
        if joins
        else []
    )
    for c in found if joiner else ():
        # "A will hold talks with B, and our Ambassador, C, will join him for those
        # sessions": C takes part in the talks the clause before told
        if (
            c.kind == "meeting"
            and c.trigger[1] - sentence.start <= joins.start()
            and joiner[0] not in c.persons
            and c.persons
        ):
            c.persons.append(joiner[0])
    found.sort(key=lambda c: c.trigger)
    return found


# what marks a party as one more target: "as well", "too", "also"
_ADDED = re.compile(r"\s+(?:as\s+well|too)\b|^\s*(?:is|are)\s+also\b")


def _named_addition(text: str, base: int, mentions, at: int, b: int) -> bool:
    """Is the subject of "is subject to sanctions" at `at` a named person, right before it
    (or before its apposition's comma), and the measure told as one more ("as well", "also")?"""
    named = any(
        re.fullmatch(r"\s*,?\s*", text[m.end - base : at]) for m in mentions if m.end - base <= at
    )
    return named and bool(_ADDED.match(text, b) or _ADDED.match(text, at))

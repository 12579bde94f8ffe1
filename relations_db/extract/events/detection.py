"""Detection: each sentence is searched for trigger words; every match becomes a filled,
split candidate. Also the article's author, profiled sanction targets and the order of an
itinerary.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ...countries import country_of_word
from ..people import (
    _COUNTED_DESIGNATION,
    _FIRMS_THEN_PEOPLE,
    _PROFILE,
    LEADS_SIDE,
    SIDE_LED_BY,
    People,
    Person,
    _based_country,
)
from ..sentences import Sentence
from ..speakers import _LABEL
from ..temporal import find_dates
from .candidate import Candidate, _patterns_in, keys_in, patterns_in_body, sentence_subject
from .dating import _previous_date
from .fill import _fill
from .patterns import (
    _COORD,
    _COPY,
    _DATE_WORD,
    _KIND_OF,
    _MARGINS_OF,
    _OPENING,
    _ORDINAL,
    _UPHELD,
    TRIGGERS,
)
from .places import _longest_country
from .sanctions import _ONE_FIRM, AND_ANOTHER_IMPOSER
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

# "On the margins, ..." (opening the sentence), "on the sidelines of the visit", "Before the
# meeting, ...", "During his stay, ...": of (at the time of) an event told before (not "of
# the G20 summit", which names its own); "met on the sidelines" with no "of": the last one
_MARGINS = re.compile(
    r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|this|his|her)\s+"
    r"(?P<n>visit|trip|meeting|summit|talks)\b(?!\s+of\b)|^(?:\d+\.\s+)?(?:(?:On|At)\s+the\s+"
    r"(?:margins|sidelines)|(?:Ahead\s+of|Before|During)\s+(?:the|his|her|their)\s+"
    r"(?P<n2>visit|stay|trip|meeting|summit|talks)|(?:After|Following)\s+the\s+"
    r"(?P<n3>meeting|summit|talks)),"
    # "The two leaders met on the sidelines to discuss X": of the gathering told last
    r"|(?<=\smet\s)on\s+the\s+(?:margins|sidelines)\b(?!\s+of\b)"
)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.\-’'+]+\s+){0,6}?")
_HOSTING_THESE = re.compile(
    r"\b(?:host(?:ing|ed)?|facilitat(?:ing|ed|e)|mediat(?:ing|ed))\s+"
    r"(?:(?:once\s+again|again)\s+)?(?:these|those|the|their)\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:talks|discussions|meetings|negotiations|consultations)\b"
)
_VENUE_OF_THIS = re.compile(
    r"\b(?:venue|host|hosts)\s+(?:for|of)\s+(?:this|that|the)\s+"
    r"(?:[\w\-]+\s+)?(?:gathering|summit|conference)\b",
    re.I,
)
_INVITATION_OF = re.compile(r"\bat\s+the\s+invitation\s+of\s+", re.I)
_EACH_PAIR = re.compile(
    r"\bbilateral\s+(?:meetings|talks|discussions)\s+(?:between|among)\s+"
    r"(?:each\s+of\s+)?the\s+(?:three\s+|four\s+)?(?:countries|delegations|participants|"
    r"leaders|sides)\b",
    re.I,
)
# a war named as the time since which something holds ("Since Russia's full-scale invasion
# of Ukraine in February 2022, ..."): background by annotation.md, not news
_OF_COUNTRY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})"
)
_CONDEMNED = re.compile(
    r"\b(?:condemn|denounc)\w*\s+(?:the\s+)?(?:[A-Z][\w\-]*[’']s\s+)?(?:[\w\-]+\s+){0,3}$"
)
_SINCE_WAR = re.compile(r"\b[Ss]ince\s+(?:[\w’'\-]+\s+){0,5}$")
_YEARS_FROM_WAR = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+"
    r"years?\s+(?:ago|after|since)\b[^.;:]{0,60}$"
)
_OPENING_REFERENCE = re.compile(
    r"\s*(?:Ahead\s+of|After|Before|Following|During|On\s+the\s+(?:margins|sidelines)\s+of|In\s+the\s+"
    r"run-up\s+to)\s+(?:the|this|that|their|his|her)\s+(?:[\w\-]+\s+){0,3}$"
)
# "the summit" as the object of a time word: the known summit, named as a time
_KNOWN_AS_TIME = re.compile(
    r"\b(?:after|before|until|following|ahead\s+of|(?:days?|end|eve|close|start|opening)\s+of)"
    r"\s+the\s+(?-i:[A-Z][\w\-]*\s+){0,3}$",  # ("the second day of the APEC summit")
    re.I,
)
# "X was summoned to the Ministry, where Vice-Minister A handed over a note of protest",
# "The Ministry summoned X. Secretary General A handed him a note": who met the envoy;
# "A conveyed to him Poland's firm protest": the envoy as indirect object, a possessed protest
# (a sentence without one of these verbs skips the pattern: speed only)
_HANDED_VERBS = ("handed", "delivered", "presented", "conveyed")
_HANDED_NOTE = re.compile(
    r"\b(?:" + "|".join(_HANDED_VERBS) + r")\s+(?:(?:to\s+)?(?:him|her|them)\s+|over\s+)?"
    r"(?:a|the|[A-Z][\w\-]*(?:’s|'s))\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:note|protest|démarche|demarche)\b"
)
# a side the next sentence says a group (no named person) will represent
_SIDE_BY_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<dem>[A-Z][\w\-]*)\s+(?:side|delegation|team)\s+(?:will\s+be|is|was|would\s+be)"
    r"\s+(?:represented|headed|led)\s+by\s+(?P<who>(?:senior\s+|other\s+)?(?:officers|officials"
    r"|representatives|experts|diplomats|members)\b[^.;,]{0,60})"
)
_WILL_NOT_TRAVEL = re.compile(
    r"\b(?:will|would|shall)\s+not\s+(?:travel|go|fly)\s+to\s+"
    r"(?P<p>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
)
_ACCOMPANIED_BY = re.compile(
    r"\s*(?:The\s+[^.;]{0,60}?|He|She)\s+(?:was|were|is|will\s+be)\s+accompanied\s+by\s+"
)
# one who goes with a traveler, told after that traveler's trip: "A is accompanied by B, C
# and D", "B, who is accompanying A, met E", "B accompanied A"
_NAMED_ACCOMPANIED_BY = re.compile(
    r"\s+(?:is|are|was|were|will\s+be|has\s+been|had\s+been)\s+(?:also\s+)?accompanied\s+"
    r"(?:on\s+(?:the|this|his|her|the)\s+(?:[\w\-]+\s+)?(?:visit|trip)\s+)?by\s+"
)
# where a list of companions ends: "; ...", "... on his visit", "... to the summit"
_END_OF_COMPANIONS = re.compile(r";|\s+(?:to|on|during|for|in|at)\s+(?:the|his|her|their)\b")
_ACCOMPANYING = re.compile(
    r"\s*(?:,\s+(?:who\s+)?(?:(?:is|was|will\s+be|has\s+been)\s+)?(?:also\s+)?accompanying|"
    r",?\s+(?:also\s+)?(?:accompanied|accompanies|will\s+accompany))\s+(?:the\s+)?"
    r"(?:[A-Z][\w.\-’']*\s+){0,3}?$"
)
# "The meeting took place on Monday", "The talks were held in X on 12 May": the event of the
# sentence before, named again by its noun, with the verb of its taking place
_THE_EVENT_HELD = re.compile(
    r"\s*(?:The|This|Their|That|These)\s+(?:[\w\-]+\s+){0,2}?(?P<n>meeting|talks|visit|trip|"
    r"call|conversation|discussions|consultations|stay|incident|attack|collision|intrusion|"
    r"violation|seizure)\s+(?:took\s+place|was\s+held|were\s+held|was\s+conducted|were\s+"
    r"conducted|happened|occurred)\b"
)
_INCIDENT_NOUNS = ("incident", "attack", "collision", "intrusion", "violation", "seizure")
_JOINED = re.compile(
    r"\s*(?:They|The\s+(?:two\s+)?(?:leaders|presidents|ministers|heads\s+of\s+"
    r"\w+))\s+(?P<v>were\s+(?:also\s+)?(?:joined|accompanied)\s+by)\s+"
)
_JOINT_PRESS = re.compile(r"(?i)joint\s+(?:press|news|media)\s")
# a sentence whose subjects join the meeting told before: "C and D later joined the talks",
# "C also took part in the meeting", "C joined the meeting by video link", "C attended as
# a guest"
_JOIN_WORDS = re.compile(r"\b(?:joined|took\s+part|participated|attended|sat\s+in)\b")
_JOINS_THE_MEETING = re.compile(
    r"[^;:]{3,200}?\s(?:also\s+|later\s+|subsequently\s+|briefly\s+)?(?P<v>"
    r"(?:joined|took\s+part\s+in|participated\s+in|attended|sat\s+in\s+on)\s+(?:the|their|"
    r"these|those|that)\s+(?P<name>(?:[\w\-]+\s+){0,2}?)(?:meeting|talks|discussions?|session|"
    r"consultations|summit|dialogue)s?\b"
    r"|attended\s+(?:as\s+(?:an?\s+)?(?:guest|observer)s?|too|as\s+well))"
)
# "The session was also attended by C": those at the meeting told before
_IT_WAS_ATTENDED = re.compile(
    r"\s*(?:The|This|That|Their)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session|talks|summit|"
    r"dialogue|consultations|discussions?|dinner|lunch|forum)\s+(?:was|were)\s+(?:also\s+)?"
    r"attended\s+by\s+"
)
# ", which was also attended by C", "and attended by C": those at the meeting just named
_ATTENDED_BY = re.compile(
    r"(?:,\s+which\s+(?:was|were|had\s+been)|,?\s+and\s+(?:was\s+)?)\s+(?:also\s+)?"
    r"attended\s+by\s+"
)
_NOUN_TRIGGER = re.compile(
    r"(?:meeting|talks|call|bilat|summit|dinner|conversation|discussion|"
    r"dialogue)s?\b",
    re.I,
)
_STOPPED = re.compile(
    r"\b(?:ban|banning|halt|halting|stop|stopping|pause|cease|end|ending|prevent|"
    r"preventing|deter|deterring|moratorium\s+on|refrain\s+from|no\s+more)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_EVADE = re.compile(
    r"\b(?:avoid|evade|evading|evasion\s+of|circumvent\w*|skirt|get\s+around|"
    r"dodge)\s+(?:[\w\-]+\s+){0,5}$",
    re.I,
)
# before a sanction word: a measure not taken by a state here: refused ("has not imposed"),
# only urged or expected ("expects the EU to adopt"), a legal power ("which authorizes"), or
# the United Nations' ("UN Security Council sanctions")
_NO_MEASURE = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n[’']t)\s+(?:yet\s+|been\s+)?(?:impos|join|appl|adopt"
    r"|introduc|align)\w*\s+(?:[\w\-]+\s+){0,3}$"
    r"|\b(?:expects?|urges?|urged|calls?\s+(?:on|upon)|hopes?|asks?|asked|wants?)\s+"
    r"(?:[\w\-’']+\s+){1,6}?to\s+(?:swiftly\s+|quickly\s+)?(?:adopt|impose|introduce|agree)\s+"
    r"(?:[\w\-]+\s+){0,4}$"
    r"|\bauthoriz\w*\s+(?:[\w\-]+\s+){0,2}$"
    # "China firmly opposes the U.S. abuse of illegal unilateral sanctions": a stance on
    # sanctions as a tool, no measure
    r"|\b(?:oppos\w*|reject\w*|against)\s+(?:[\w\-.’']+\s+){0,5}?(?:illegal|illegitimate|"
    r"unilateral)\s+(?:(?:unilateral|illegal)\s+)?$"
    # "a decision under the framework for restrictive measures in view of ...": the regime a
    # measure is taken under, named
    r"|\b(?:framework|regime)\s+(?:for|of)\s+$",
    re.I,
)
# the UN's measure ("backed UN sanctions on X"): none the text's governments take, unless an
# act upholds it as in force ("enforcing UN Security Council sanctions on X": _UPHELD, a
# standing measure, annotation.md)
_UN_MEASURE = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations|Security\s+Council)(?:\s+Security\s+Council)?(?:[’']s)?\s+"
    r"(?:[\w\-]+\s+){0,1}$",
    re.I,
)
# after it: a topic ("sanctions evasion", "sanctions relief") or the UN's ("the sanctions
# the Security Council has imposed")
_SANCTION_TOPIC = re.compile(
    r"\s+(?:evasion|circumvention|relief|compliance|enforcement|regimes?|polic(?:y|ies)|experts?"
    # ("used its cyber sanctions framework against X": the instrument, no measure taken)
    r"|lawyers?|resolutions?|committee|frameworks?|legislation|laws?|tools?|toolkit)\b"
    r"|\s+(?:that\s+|which\s+)?(?:the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?"
    r"Security\s+Council\b",
    re.I,
)
# a trade measure's object that is a flow of goods, no party: "on imports of Japanese
# seafood" (not "on imports from Russia", "on six firms", "on exports of chips to China")
_TRADE_MEASURE = re.compile(r"(?i)\b(?:restrictions|controls?|bans?)(?:\s+(?:on|against))?$")
_ON_GOODS = re.compile(
    r"(?:\s+(?:on|against))?\s+(?:(?:all|its|their|the|new|further)\s+)*"
    r"(?:imports|exports|sales|shipments|purchases)\s+of\b"
    r"(?![^.;,]{0,60}?\b(?:to|from)\s+(?:the\s+)?(?-i:[A-Z]))"
)


def _on_goods(text: str, trigger: str, b: int) -> bool:
    """Is the trigger a trade measure whose object ("on" in it or after it) is goods?"""
    measure = _TRADE_MEASURE.search(trigger)
    if measure is None or not (measure.group(0).endswith(("on", "against")) or _ON.match(text, b)):
        return False
    return bool(_ON_GOODS.match(text, b))


_ON = re.compile(r"\s+(?:on|against)\b")
# the sanctions talked about: "discussed further sanctions", "to discuss new sanctions"
_DISCUSSED = re.compile(
    r"\bdiscuss(?:es|ed|ing)?\s+(?:the\s+)?(?:possible\s+|further\s+|new\s+|additional\s+"
    r"|more\s+|tougher\s+)?$",
    re.I,
)
_SUBJECT_TO = re.compile(
    r"\b(?:are|is|be|remain|remains|become|becomes)\s+(?:also\s+)?subject\s+to\b[^.;]{0,60}$",
    re.I,
)
_SIGNED_TOGETHER = re.compile(r"(?:signed|exchanged|initial{1,2}ed)\s", re.I)
_HOSTS_BEFORE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\s+[^,;.]{0,80}$", re.I
)
_HOSTED_FOR = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?!of\b)(?:(?!\b(?:visit|trip|travel|and\s+his|and\s+her)\b)[^;.])"
    r"{0,120}?\bfor\s+the\s+(?:[\w\-’']+\s+){0,6}$",
    re.I,
)
_FOR_A_MEAL = re.compile(
    r"\bfor\s+(?:(?:a|an|the)\s+)?(?:(?:working|state|private|official|informal)\s+)?$", re.I
)
# a bare noun of talks after words that make it a means or a value ("committed to dialogue",
# "through negotiations", "the importance of dialogue"): no event
_POLICY_NOUN = re.compile(r"dialogue|talks|negotiations?|diplomacy|consultations?", re.I)
# what a government guards, not an occurrence: "ensure the security of its territorial
# airspace", "the protection of our waters"
_GUARDED = re.compile(
    r"\b(?:security|safety|protection|defen[cs]e|integrity|inviolability)\s+of\s+(?:its|their|"
    r"our|the|[A-Z][\w\-]*[’']s?)\s+(?:own\s+)?(?:territorial\s+|national\s+|sovereign\s+)?$",
    re.I,
)
_AS_POLICY = re.compile(
    r"\b(?:committed\s+to|commitment\s+to|dedicated\s+to|support\s+for|importance\s+of|value\s+of|"
    r"through|via|by\s+means\s+of|in\s+favou?r\s+of|belief\s+in|path\s+of|spirit\s+of)\s+$",
    re.I,
)
# a working group named as the owner of its work ("welcomed the work of the X Working Group
# and the Y Working Group", "the ongoing work of the bilateral Z Working Group"): the body
# and what it does over time, not a session of it
_WORK_OF_BODY = re.compile(
    r"\bwork\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:(?:working\s+groups?|commission|committee)\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?)?$",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|not|never|nothing|without|n[’']t)\b(?:\s+\w+){0,3}\s*$", re.I)


# a heading for the linked pages a release closes with, and the list of titles under it
_LINKS_HEADING = re.compile(
    r"^(?:Associated|Related|Useful|Further)\s+(?:links|resources|pages)\s*:?\s*\n(?:[ \t]*\n)*"
    r"(?P<items>(?:[ \t]*[-–•*][ \t]+[^\n]*(?:\n|$))+)",
    re.M | re.I,
)


def _link_title_spans(body: str) -> list[tuple[int, int]]:
    """Where the titles listed under a links heading stand ("Associated links" "- Canadian
    sanctions related to X"): names of other pages, nothing the text reports."""
    if "links" not in body and "Links" not in body and "resources" not in body:
        return []
    return [m.span("items") for m in _LINKS_HEADING.finditer(body)]


_OPENS_HE = re.compile(_OPENING + r"(?:[Hh]e|[Ss]he)\b")  # ("On Monday, he ...") (compiled once)


# "A and B represented Norway": the heads of a side of the meeting told before
_REPRESENTED = re.compile(
    r"(?:,?\s+and\s+(?:(?:[A-Z]|(?:al|el|bin|bint|ibn|de|la|da|van|von)\b)[\w.\-’']*\s+){1,6}?)?"
    r"\s*represented\s+(?:the\s+)?[A-Z]"
)


def detect(
    body: str, sentences: list[Sentence], people: People, published: dt.date, home: str | None
) -> list[Candidate]:
    """Candidate events of every sentence, in text order, before merging."""
    out: list[Candidate] = []
    recent: list[Person] = []  # people mentioned so far, latest last
    # the last date the text gave (for "that same month"), and everyone it names
    context: dict = {"persons": people.persons, "author": _author(body, people)}
    turns = [
        (m.start(), bool(_QUESTIONER.match(m.group("label") or "Q")))
        for m in _LABEL.finditer(body)
    ]
    # the mentions of each sentence, found once (each is read again as the next sentence's
    # and as a later one's of the six sentences before it)
    in_sentence = [people.in_span(s.start, s.end) for s in sentences]
    with_mentions = list(zip(sentences, in_sentence, strict=True))
    link_titles = _link_title_spans(body)
    for i, sentence in enumerate(sentences):
        mentions = in_sentence[i]
        text = sentence.text
        if link_titles and any(x <= sentence.start < y for x, y in link_titles):
            context.setdefault("before", []).append(text)
            continue  # "Associated links" "- Canadian sanctions related to X": a page's title
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        context["next_subjects"] = (
            _coordinated_subjects(nxt.text, in_sentence[i + 1], nxt.start)
            if nxt is not None
            and any(map(nxt.text.__contains__, _NEXT_TALKED_WORDS))
            and _NEXT_TALKED.search(nxt.text)
            else []
        )
        context["next_leaders"] = [
            m.person
            for later, later_mentions in with_mentions[i + 1 : i + 4]
            for m in later_mentions
            if LEADS_SIDE.match(later.text, m.end - later.start)
            # "A, Director-General of X, headed the Chinese delegation": after an apposition
            or _APPOSED_LEADS.match(later.text, m.end - later.start)
            # "The X delegation will be headed by A; the Y side by B": who the meeting has
            or (later is nxt and SIDE_LED_BY.search(later.text, 0, m.start - later.start))
            # "The August round was led on the U.S. side by A"
            or (later is nxt and _LED_ON_SIDE.search(later.text, 0, m.start - later.start))
            # "A and B represented Norway, and C and D the Philippines"
            or (later is nxt and _REPRESENTED.match(later.text, m.end - later.start))
        ]  # "A led our delegation" (soon after, as in an answer): who the meeting had
        context["next_leaders"] += [
            m.person
            for later, later_mentions in with_mentions[i + 1 : i + 7]
            if _DELEGATION_LED_BY.match(later.text)
            for m in later_mentions
            if _DELEGATION_LED_BY.fullmatch(later.text, 0, m.start - later.start)
            and not re.search(r"\bto\s+(?:the\s+)?$", later.text[: m.start - later.start])
            and m.person not in context["next_leaders"]
        ]  # a readout's closing line: "The delegation was led by A and included ..." (not the
        # President of "Deputy Assistant to the President A": a title)
        context["next_sides"] = [
            {"description": m.group("who").strip(), "country": country_of_word(m.group("dem"))}
            for m in _SIDE_BY_GROUP.finditer(nxt.text if nxt is not None else "")
            if country_of_word(m.group("dem"))
        ]  # "...; the Russian side will be represented by officers of the Northern Fleet"
        context["next_conveyer"] = (
            sentence_subject(  # ("The Ministry's Under-Secretary, A, ...": a possessive title)
                re.sub(r"[’']s\b", "  ", nxt.text), in_sentence[i + 1], nxt.start
            )
            if nxt is not None
            and any(map(nxt.text.__contains__, _CONVEYED_WORDS))
            and _CONVEYED.search(nxt.text)
            else None
        )
        if context.get("group") and i - context["group"][0] > 3:
            del context["group"]  # (a group named long ago is not "them")
        question = text.rstrip().endswith("?") or re.match(r"Q[:.\s]", text)
        found = _sentence_events(body, sentence, mentions, recent, published, home, context)
        asked = _ASKED.match(text)
        if asked and not question:  # "Asked whether A would travel to X, the PMOS said ...":
            # the reporter's question, as a question sentence (what it names is not reported)
            end = sentence.start + asked.end()
            found = [
                c
                for c in found
                if c.trigger[0] >= end or (c.definite and c.status == "held")
            ]
        answering = _answering(body, sentence.start, turns)
        if not answering and _PRESS_REPORTS.search(text):
            # "Q ... The Wall Street Journal is reporting that officials are making plans for
            # A to travel to X": a rumour the reporter relays, no plan the source tells
            found = [c for c in found if c.status == "held"]
        posed = _POSED.search(text) if question and answering else None
        if posed:  # "I was recently in Seoul for a meeting ... the question posed earlier: How
            # do we ...?": a speaker's statement that ends in the question it answers
            stated_part = [c for c in found if c.trigger[1] <= sentence.start + posed.start()]
            found = [c for c in found if c not in stated_part]
        else:
            stated_part = []
        if question:  # a question presupposes only what it names as known: "the Turkey bilat"
            # (a reporter's statement before the question, "Q: The coast guard fired water
            # cannon at a boat on Sunday. Will ...?", reports an incident or a sanction)
            stated = not text.rstrip().endswith("?")
            found = [
                c
                for c in found
                if c.status == "held"
                and (
                    c.definite
                    and (
                        c.kind == "meeting"
                        and (c.persons or len(c.described) >= 2)  # "the Secretary's meeting
                        and _NOUN_TRIGGER.match(body, c.trigger[0])  # with the Chinese ..."
                        or c.kind == "incident"
                        # "is Brazil joining the sanctions on Russia?": measures in force
                        or c.kind == "sanction"
                        and (c.target or {}).get("country") is not None
                    )
                    or stated
                    and c.kind in ("incident", "sanction")
                )
            ]
        found = stated_part + found
        if not any(x.kind == "sanction" for x in out):
            # "These include A and B" lists the measure just told: none told, no measure
            found = [
                c
                for c in found
                if not (c.kind == "sanction" and _THESE_INCLUDE.match(body, c.trigger[0]))
            ]
        for c in found:
            if c.kind != "sanction" or c.date is not None:
                continue
            # "is today imposing sanctions on A, and sanctions on B": the sentence's date;
            # "Those listed include A": the measure the text just reported
            dated = [
                x
                for x in found
                if x.kind == "sanction"
                and x.date
                and x.status == c.status
                and x.trigger[1] <= c.trigger[0]
                and (
                    body[c.trigger[0] : c.trigger[1]].startswith("sanction")
                    and re.search(r"\band\b", body[x.trigger[1] : c.trigger[0]])
                    # "A today announced sanctions ..., and the EU adopted its ninth package of
                    # restrictive measures": a clause joined to the dated one, of its day
                    or _another_imposer_before(body, x.trigger[1], c.trigger[0])
                )
            ]
            if not dated and re.search(
                r"(?:include|\b(?:listed|designated|sanctioned)(?:\s+today)?\s+(?:are|is|were|was)"
                r"|\b(?:action|sanction|measure|listing|designation)s?\s+(?:also\s+)?"
                r"(?:target|concern)(?:s|ed)?)$",
                body[c.trigger[0] : c.trigger[1]],
            ):  # ("The individuals listed are A, ...", "Among those sanctioned are B": the
                # measure just reported)
                dated = [x for x in out if x.kind == "sanction" and x.date]
                # (the release's own listing, not another body's it adopts)
                dated = ([x for x in dated if x.imposer in (home, None)] or dated)[-1:]
            if not dated and _ALSO_DESIGNATED.search(body[sentence.start : c.trigger[1]]):
                # "Today, OFAC sanctioned ... . OFAC also designated A": the same day's action
                dated = [
                    x
                    for x in out
                    if x.kind == "sanction" and x.date == published.isoformat()
                ][-1:]
            if dated:
                c.date, c.date_text = dated[0].date, dated[0].date_text
        for c in found:
            if c.kind == "sanction" and not c.imposer and _ALSO_DESIGNATED.search(
                body[sentence.start : c.trigger[1]]
            ):
                # "A and B are also designated": by the one who imposed the measure before
                lead = [x for x in out + found if x.kind == "sanction" and x.imposer and x is not c]
                if lead:
                    c.imposer = lead[-1].imposer
        # (the question may stand two sentences back: "Q: ...? MS. A: Sure. The ...")
        prev = next(
            (x for x in reversed((context.get("before") or [])[-2:]) if x.rstrip().endswith("?")),
            "",
        )
        asked_about = None if question else _ASKED_ABOUT_MEASURES.search(prev)
        for c in found if asked_about else ():
            if c.kind != "sanction" or c.date or c.status != "held":
                continue
            # "Q: ... the sanctions announced Wednesday? A: The Treasury Department sanctioned
            # A and B": the answer tells the measures the question dated
            when = [
                t
                for t in find_dates(prev, published, forward=False)
                if t.edtf and t.start >= asked_about.start("rest")
            ][:1]
            if when:
                c.date, c.date_text = when[0].edtf, when[0].text.strip()
        effect = _TAKES_EFFECT.match(nxt.text) if nxt is not None else None
        for c in found if effect else ():
            if c.kind != "sanction" or c.date:
                continue
            # "exports to A will be prohibited. This measure takes effect on the 24th": the
            # next sentence dates the measure
            when = [
                t
                for t in find_dates(nxt.text, published, forward=c.status == "planned")
                if t.start >= effect.end() - 3 and t.edtf
            ][:1]
            if when:
                c.date, c.date_text = when[0].edtf, when[0].text.strip()
                c.evidence.append((nxt.start + when[0].start, nxt.start + when[0].end))
        denied = _DENIED_REPORT.search(text) if found else None
        if denied:
            # "A denied reports that he would visit X", "dismissed speculation of a meeting
            # with B": what the reports say is no event of the text's
            found = [
                c
                for c in found
                if c.kind not in ("meeting", "visit")
                or c.trigger[0] - sentence.start < denied.end()
            ]
        if found and _COUNTERFACTUAL.search(text) and "would" in text:
            # "If A were to visit X, he would meet B", "Should A travel to X, a meeting with
            # B would be possible": a condition and what would follow it, no plan told
            found = [
                c
                for c in found
                if c.kind not in ("meeting", "visit") or c.status not in ("planned", "tentative")
            ]
        for c in found:
            if (
                c.kind in ("meeting", "visit")
                and c.status == "planned"
                and (
                    _WHETHER.search(text, 0, c.trigger[0] - sentence.start)
                    or _HEARSAY.search(text)
                    or "would" in text
                    and _CONDITION.search(text)
                    and _WOULD_BEFORE.search(text, 0, c.trigger[0] - sentence.start)
                )
            ):
                # "declined to say whether she would meet B", "it is unclear whether A will
                # travel to X", "A would visit X only if B apologised": possible, not planned
                c.status = "tentative"
            if (
                c.kind == "visit"
                and c.status in ("planned", "tentative")
                and _REFUSED_INVITATION.search(
                    body, max(sentence.start, c.trigger[0] - 160), c.trigger[0]
                )
            ):
                # "A declined an invitation from B to visit X", "turned down B's invitation
                # to visit": the visit one side refused (annotation.md: declined)
                c.status = "declined"
            if (
                c.kind == "visit"
                and c.status == "planned"
                and _INVITED_TO.search(body, max(sentence.start, c.trigger[0] - 90), c.trigger[0])
                and not _ACCEPTED.search(text)
                and not (nxt is not None and _ACCEPTED.search(nxt.text))
                and not _PLAN_CUE.search(text)
            ):
                # "A invited B to visit X in the autumn": an invitation not (yet) accepted is a
                # possible visit (annotation.md: tentative), one accepted is planned
                c.status = "tentative"
        for c in found:
            if (
                c.kind == "sanction"
                and c.date
                and "/" in c.date
                and re.match(r"(?i)since\b", c.date_text or "")
                and not _COUNTED.search(str((c.target or {}).get("description", "")))
                and not _COUNTED.search(body, max(sentence.start, c.trigger[0] - 40), c.trigger[0])
            ):
                # "has prohibited all exports to X since June 2009": one measure, taken then
                # (a count, "has sanctioned 1,700 persons since ...", "has adopted fourteen
                # packages of sanctions since ...", keeps the span)
                c.date = c.date.split("/")[0]
        for c in found:
            if c.kind == "incident" and c.date and "/" in c.date and c.date_text:
                _detained_since(c, body, sentence, published)
        # (each scan below needs a word of its pattern: a sentence without it skips the scan,
        # speed only)
        on_margins = "margins" in text or "sidelines" in text
        margins = _SIDELINES_OF_THE.search(text) if on_margins else None
        for c in found if margins else ():
            if c.kind != "meeting" or c.date or c.status != "held":
                continue
            # "On the sidelines of the Retreat, A held a meeting with B": on the day of the
            # event of that name the text dated first (not a later "call about the Retreat")
            noun = margins.group("n").split()[-1]
            earlier = next(
                (
                    x
                    for x in out
                    if x.date
                    and x.status == "held"
                    and re.search(rf"\b{re.escape(noun)}\b", x.sentence.text)
                ),
                None,
            )
            if earlier is not None:
                c.date, c.date_text = earlier.date, margins.group(0)
        witnessed = "witnessed" in text and _LEADERS_WITNESSED.search(text)
        for c in found if witnessed else ():
            if c.kind != "meeting" or c.date or c.status != "held":
                continue
            if not _SIGNED_BY.match(body, c.trigger[0]):
                continue
            # "The Leaders witnessed the exchange of the Agreement, which was signed by A and
            # B": signed at the leaders' meeting the text told first, on its day
            talks = next(
                (
                    x
                    for x in out
                    if x.kind == "meeting"
                    and x.date
                    and x.status == "held"
                    and x.subtype not in ("call", "video-call")
                ),
                None,
            )
            if talks is not None:
                c.date, c.date_text = talks.date, witnessed.group(0)
        _itinerary_order(found, context)
        each = _EACH_PAIR.search(text)
        group = next(
            (
                c
                for c in (reversed(out) if each else ())
                if c.kind == "meeting"
                and len(
                    {p.country for p in c.persons if p.country}
                    | {d["country"] for d in c.described if d.get("country")}
                )
                >= 3
            ),
            None,
        )
        if (
            each
            and group is not None
            and not any(
                c.kind == "meeting" and c.trigger[0] - sentence.start < each.start() for c in found
            )
        ):
            # "bilateral meetings between each of the countries": one per pair of the group
            found = [
                c
                for c in found
                if not (
                    c.kind == "meeting"
                    and each.start() <= c.trigger[0] - sentence.start < each.end()
                )
            ]
            codes = list(
                dict.fromkeys(
                    [p.country for p in group.persons if p.country]
                    + [d["country"] for d in group.described if d.get("country")]
                )
            )
            for i, x in enumerate(codes):
                for y in codes[i + 1 :]:
                    pair = Candidate(
                        "meeting",
                        "talks",
                        sentence,
                        (sentence.start + each.start(), sentence.start + each.end()),
                    )
                    for k in ("date", "date_text", "status", "tense", "place", "place_country"):
                        setattr(pair, k, getattr(group, k))
                    pair.described = [
                        {"description": f"{x} delegation", "country": x},
                        {"description": f"{y} delegation", "country": y},
                    ]
                    pair.evidence = [pair.trigger]
                    found.append(pair)
        hosting = (
            any(map(text.__contains__, ("host", "facilitat", "mediat")))
            and _HOSTING_THESE.search(text)
        )
        if hosting and not found:  # "... to Crown Prince A for hosting these discussions"
            agent = [m for m in mentions if m.start - sentence.start < hosting.start()]
            last = next(
                (
                    c
                    for c in reversed(out)
                    if c.kind == "meeting" and c.status == "held" and c.sentence is not sentence
                ),
                None,
            )
            if agent and last is not None and agent[-1].person not in last.persons:
                last.persons.append(agent[-1].person)
                last.roles[agent[-1].person.key] = "host"
                last.evidence.append(
                    (sentence.start + hosting.start(), sentence.start + hosting.end())
                )
        venue = _VENUE_OF_THIS.search(text)
        invited = _INVITATION_OF.search(text) if venue else None
        if venue and invited:
            # "travel to Jeddah, ... the venue for this gathering of nine leaders, at the
            # invitation of King A": the last summit's place and host
            last = next(
                (c for c in reversed(out) if c.kind == "meeting" and c.subtype == "summit"), None
            )
            host = next(
                (m.person for m in mentions if m.start - sentence.start >= invited.end()), None
            )
            if last is not None and host is not None:
                if host not in last.persons:
                    last.persons.append(host)
                last.roles[host.key] = "host"
                trip = next((c for c in found if c.kind == "visit" and c.place_country), None)
                if trip is not None and not last.place_country:
                    last.place, last.place_country = trip.place, trip.place_country
                last.evidence.append(
                    (sentence.start + venue.start(), sentence.start + invited.end())
                )
        handed = any(map(text.__contains__, _HANDED_VERBS)) and _HANDED_NOTE.search(text)
        giver = [m for m in mentions if handed and m.end - sentence.start <= handed.start()]
        summons = next(
            (
                c
                # the summons of this sentence, else of the last (an incident of this one,
                # "protest against the seizure", does not hide it)
                for c in reversed([*out[-1:], *found])
                if c.kind == "meeting"
                and any(re.fullmatch(r"[Tt]he\s+(?:Foreign\s+)?Ministry", d["description"])
                        for d in c.described)
            ),
            None,
        )
        if giver and summons is not None and giver[-1].person not in summons.persons:
            summons.described = [
                d
                for d in summons.described
                if not re.fullmatch(r"[Tt]he\s+(?:Foreign\s+)?Ministry", d["description"])
            ]
            summons.persons.append(giver[-1].person)
            summons.evidence.append(
                (sentence.start + handed.start(), sentence.start + handed.end())
            )
        told_before = context["before"][-1] if i and context.get("before") else ""
        not_going = "not" in told_before and _WILL_NOT_TRAVEL.search(told_before)
        for c in found if not_going else ():
            if (
                c.kind == "visit"
                and c.status in ("cancelled", "postponed")
                and not c.place_country
                and _longest_country(not_going.group("p"))
            ):
                # "A will not travel to X next week. His visit has been cancelled": that trip
                prev = context["before"][-1]
                c.place = not_going.group("p")
                c.place_country = _longest_country(not_going.group("p"))
                when = [
                    t
                    for t in find_dates(prev, published, forward=True)
                    if t.start >= not_going.end() and t.edtf
                ][:1]
                if when and not c.date:
                    c.date, c.date_text = when[0].edtf, when[0].text.strip()
        found.extend(_companions_trips(text, sentence, mentions, out, found))
        acc = _ACCOMPANIED_BY.match(text)
        trip = (
            next((c for c in reversed(out) if c.kind == "visit"), None)
            if acc and i and not any(c.kind == "visit" for c in found)
            else None
        )
        if trip is not None and trip.sentence is sentences[i - 1]:
            # "A paid a state visit to X from 10 to 12 May. The Head of State was accompanied
            # by a delegation that included Minister B and Minister C": they travel too
            for m in mentions:
                if (
                    m.start - sentence.start < acc.end()
                    or m.person in trip.persons
                    or (m.person.country and m.person.country == trip.place_country)
                ):
                    continue
                twin = Candidate(**{k: getattr(trip, k) for k in _COPY})
                twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
                twin.evidence = [(sentence.start + acc.start(), m.end)]
                twin.date_text = trip.date_text
                found.append(twin)
        joiners = _JOINS_THE_MEETING.match(text) if _JOIN_WORDS.search(text) else None
        passive = _IT_WAS_ATTENDED.match(text) if "attended by" in text else None
        last = next((c for c in reversed(out) if c.kind == "meeting"), None)
        if (joiners or passive) and last is not None and last.sentence is not sentence and i:
            # "C and D later joined the talks.", "C also took part in the meeting.", "C
            # attended as a guest.", "The session was also attended by C.": they join the
            # meeting told just before
            subj = [
                m for m in mentions
                if (m.start - sentence.start < joiners.start("v") if joiners
                    else m.start - sentence.start >= passive.end())
            ]
            told = bool(joiners and joiners.group("name")) and any(
                # ("also joined the library meeting": a meeting of theirs found here, which
                # merging joins to the one its name tells)
                c.kind == "meeting" and all(any(m.person is p for p in c.persons) for m in subj)
                for c in found
            )
            if subj and last.sentence is sentences[i - 1] and not told:
                for m in subj:
                    if m.person not in last.persons:
                        last.persons.append(m.person)
                last.evidence.append(
                    (sentence.start, subj[-1].end) if passive else
                    (subj[0].start, sentence.start + joiners.end("v"))
                )
                found = [
                    c for c in found
                    if not (
                        c.kind == "meeting"
                        and all(any(p is m.person for m in subj) for p in c.persons)
                    )
                ]
        attended = _ATTENDED_BY.search(text) if "attended by" in text else None
        host = next(
            (c for c in reversed(found) if c.kind == "meeting"
             and attended and c.trigger[1] - sentence.start <= attended.start()),
            None,
        )
        if host is not None:
            # "A and B co-chaired the Forum, which was also attended by C": C was at it
            stop = re.search(r"[;:]", text[attended.end() :])
            hi = attended.end() + stop.start() if stop else len(text)
            for m in mentions:
                if attended.end() <= m.start - sentence.start < hi and m.person not in host.persons:
                    host.persons.append(m.person)
        joined = _JOINED.match(text)
        if joined and not found:  # "They were joined by Foreign Ministers A and B."
            last = next((c for c in reversed(out) if c.kind == "meeting"), None)
            if last is not None and last.sentence is not sentence:
                for m in mentions:
                    if m.start - sentence.start >= joined.end() and m.person not in last.persons:
                        last.persons.append(m.person)
                last.evidence.append(
                    (sentence.start + joined.start("v"), sentence.start + len(text.rstrip(". \n")))
                )
        held = _THE_EVENT_HELD.match(text) if not found and i else None
        if held:
            # "A met B in X. The meeting took place on Monday at the ministry": the event told
            # just before, at the time this sentence gives it (when it has none)
            noun = held.group("n").lower()
            kind = (
                "visit"
                if noun in ("visit", "trip", "stay")
                else "incident"
                if noun in _INCIDENT_NOUNS
                else "meeting"
            )
            last = next((c for c in reversed(out) if c.kind == kind), None)
            stop = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\s").search(text, held.end())
            when = [
                t
                for t in find_dates(text, published, forward=False)
                if t.edtf and held.end() <= t.start < (stop.start() if stop else len(text))
            ][:1]
            if (
                last is not None
                and not last.date
                and last.sentence is sentences[i - 1]
                and last.status == "held"
                and when
                and when[0].edtf <= published.isoformat()
            ):
                last.date, last.date_text = when[0].edtf, when[0].text.strip()
                last.evidence.append(
                    (sentence.start + when[0].start, sentence.start + when[0].end)
                )
        # (without those words only the opening phrase can match: tried at the start alone)
        margins = _MARGINS.search(text) if on_margins else _MARGINS.match(text)
        if margins:  # "B met C on the margins of the visit": at the time of that visit (the
            # text's first; the one just told for a bare "On the margins")
            noun = (margins.group("n") or margins.group("n2") or margins.group("n3") or "").lower()
            kinds = ("visit",) if noun in ("visit", "trip", "stay") else ("meeting",)
            kinds = kinds if noun else ("meeting", "visit")
            pool = [c for c in out if c.date and c.kind in kinds][:: 1 if noun else -1]
            summits = [c for c in pool if c.subtype == "summit"]
            if noun == "summit" and summits:
                pool = summits[::-1]  # "the summit": the last one told (not the first meeting)
            for c in (c for c in found if c.kind == "meeting" and not c.date and pool):
                c.date, c.date_text = pool[0].date, margins.group(0).rstrip(",")
            if not pool and margins.group(0).startswith("on "):
                # "A and B attended the UN General Assembly on 9 May. The two leaders met on
                # the sidelines": a gathering that is no event of its own, at the time told
                # just before
                when = _previous_date(context, published, day=True)
                for c in (c for c in found if c.kind == "meeting" and not c.date and when):
                    if c.status == "held" and when <= published.isoformat():
                        c.date, c.date_text = when, margins.group(0)
        press = [c for c in found if c.kind == "meeting" and _JOINT_PRESS.match(
            body, c.trigger[0])]
        if press:
            # "A and B held a joint press conference after their talks", "At a joint press
            # conference afterwards, the two ...": the talks the two held, no event of its own
            # when a meeting of theirs is told in the sentence or just before
            weak = {id(c) for c in press}
            near = [c for c in found if id(c) not in weak] + [
                c for c in out[-8:] if c.sentence in (sentence, sentences[i - 1] if i else None)
            ]
            found = [
                c for c in found
                if id(c) not in weak or not any(
                    x.kind == "meeting" and all(any(p is q for q in x.persons) for p in c.persons)
                    for x in near
                )
            ]
        out.extend(found)
        for c in found:  # the latest meeting of three countries' named people
            if c.kind == "meeting" and len({p.country for p in c.persons if p.country}) >= 3:
                context["trio"] = list(c.persons)
        pairs = [  # the pair of the latest meeting of two countries' named people
            c.persons
            for c in found
            if c.kind == "meeting"
            and len(c.persons) == 2
            and len({p.country for p in c.persons if p.country}) == 2
        ]
        context["pair"] = list(pairs[-1]) if pairs else []
        # whom "they" of the next sentence continues: the two sides of the sentence's first
        # meeting of two countries' named people (its main clause; a later clause's meeting,
        # "... helped lay the ground for A's summit with B", is not the subject going on)
        first = next(
            (
                c.persons
                for c in found
                if c.kind == "meeting" and len({p.country for p in c.persons if p.country}) == 2
            ),
            None,
        )
        if first:
            context["they"] = [
                p
                for k, p in enumerate(first)
                if p.country and p.country not in {q.country for q in first[:k]}
            ]
        elif mentions or any(c.kind == "meeting" for c in found):
            context["they"] = []  # (a sentence that names no one keeps them: "This is a
            # channel that has been productive. They met in X")
        bodies = [  # the sides of the latest session of two unnamed delegations
            c.described
            for c in found
            if c.kind == "meeting"
            and not c.persons
            and len({d.get("country") for d in c.described} - {None}) == 2
        ]
        if found:
            context["body_sides"] = list(bodies[-1]) if bodies else []
        for c in found:  # the latest trip of the home government's unnamed office
            d = next((d for d in c.described if d.get("role") == "traveler"), None)
            if c.kind == "visit" and d and d.get("country") == home and c.place_country:
                context["home_visit"] = (c.place_country, d.get("description"))
        context.setdefault("before", []).append(text)
        if not _OPENS_HE.match(text):
            context["subject"] = sentence_subject(text, mentions, sentence.start)
        context["subjects"] = _coordinated_subjects(text, mentions, sentence.start)
        group = context["subjects"] or _group_subject(text, mentions, sentence.start)
        if group:  # "From June 4 to 6, A and B are visiting X": whom "them", "the two
            # officials" of the next sentences stand for
            context["group"] = (i, group)
        seen = context.setdefault("seen", {})
        reported = context.setdefault("reported", set())
        for m in mentions:
            if _REPORTED_WITH.search(text, 0, m.start - sentence.start):
                reported.add(id(m.person))
            else:
                reported.discard(id(m.person))
            if m.person in recent:
                recent.remove(m.person)
            recent.append(m.person)
            seen[id(m.person)] = seen.get(id(m.person), 0) + 1
    out.extend(_profiled_targets(body, sentences, people, out))
    out.extend(_listed_entities(body, sentences, out, home))
    bulleted = _bulleted_targets(sentences, people, out, home)
    if bulleted:
        # a lead with no object of its own ("imposed travel bans on the following
        # individuals:"): its listed targets are the measures, the lead no record of its own
        items = {id(x.sentence) for x in bulleted}
        out = [
            c
            for c in out
            if not (
                c.kind == "sanction"
                and not c.target
                and not c.each
                and c.sentence.text.rstrip().endswith(":")
                and any(
                    id(x) in items
                    for x in sentences
                    if c.sentence.end <= x.start <= c.sentence.end + 4
                )
            )
        ]
    out.extend(bulleted)
    # a measure announced with no object, whose targets the next sentence gives ("X today
    # announced new sanctions. The new sanctions target A, B and C"): the targets are the
    # measures, the announcement no record of its own
    told = {
        id(c.sentence)
        for c in out
        if c.kind == "sanction"
        and c.target
        and _TARGETS_TOLD.match(body, c.trigger[0], c.trigger[1])
    }
    out = [
        c
        for c in out
        if not (
            c.kind == "sanction"
            and not c.target
            and not c.each
            and any(
                id(x) in told
                for x in sentences
                if c.sentence.end <= x.start <= c.sentence.end + 4
            )
        )
    ]
    out = _without_headline_measures(body, out)
    return [c for c in out if not _home_coming(c)]


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


# "The two entities are X JSC, a Minsk-based maker of ..., and Y LLC, which procures ...":
# the firms a listing just reported names, one target each
_ENTITIES_ARE = re.compile(
    r"\b[Tt]he\s+(?:\w+\s+)?(?:entities|companies|firms)\s+(?:listed\s+|designated\s+)?(?:are|include)"
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


def _bulleted_targets(sentences, people: People, out: list[Candidate], home) -> list[Candidate]:
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
            # announcement sentences above it), or a dated measure with no object before its
            # colon ("The UK has today sanctioned:"): its items are the measure's targets
            lead.date
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
        numbered, style = False, None
        for sentence in after:
            if _NUMBER_ONLY.fullmatch(sentence.text):
                if style == "marked":
                    break  # ("3. Prohibition of exports" after "- A" items: the next section)
                numbered = True  # "1." split off its line: the next sentence is the item
                continue
            m = _WHOLE_ITEM.match(sentence.text) if numbered else _BULLET.match(sentence.text)
            if m and not _LIST_HEADING.fullmatch(m.group("item")):
                style = style or ("numbered" if numbered else "marked")
            numbered = False
            if not m:
                break
            item = m.group("item")
            if _LIST_HEADING.fullmatch(item):
                persons_here = bool(re.match(r"(?i)individuals|persons|people", item))
                continue  # "(1) Individuals"
            name = re.match(r"[^,;(–—]+", item).group(0).rstrip()
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
_APPOSED_LEADS = re.compile(
    r",\s+[^,;.]{1,100},\s+(?:led|headed)\s+(?:our|the|his|her|its|their)\s+(?:[\w\-]+\s+)?"
    r"(?:delegation|side|team)\b"
)
# the text's one delegation, unqualified, as a readout of a session closes: "The delegation
# was led by Deputy Assistant to the President A and included representatives from ..."
_DELEGATION_LED_BY = re.compile(
    r"\s*[Tt]he\s+delegation\s+(?:was|will\s+be|is)\s+(?:led|headed)\s+by\b(?:\s+[^.;:]{0,100})?"
)
_LED_ON_SIDE = re.compile(
    r"\b(?:was|were|will\s+be)\s+(?:led|headed)\s+on\s+the\s+[\w.\-]+\s+side\s+by\s+[^.;:]{0,100}$"
)
_LEADERS_WITNESSED = re.compile(
    r"\b(?:[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Hh]eads\s+of\s+[Ss]tate)\s+"
    r"(?:also\s+)?witnessed\b"
)
_SIGNED_BY = re.compile(r"(?:(?:was|were|had\s+been|been)\s+signed|signing)\s+by\b")
# "On the sidelines of the Retreat": an event the text named before (capitalised, no date)
_SIDELINES_OF_THE = re.compile(
    r"\b(?:sidelines|margins)\s+of\s+the\s+(?P<n>(?:[\w\-’']+\s+){0,5}?(?-i:[A-Z])[\w\-’']+)"
    r"(?=\s*,)"
)
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+|for\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.I,
)


def _companions_trips(text, sentence, mentions, out, found) -> list[Candidate]:
    """The trips of those who go with a traveler whose visit was told before: "PM A is
    accompanied by Mrs A, Minister B and Ms C", "Minister B, who is accompanying PM A, met
    D": each companion an official who travels to the visit's country (annotation.md), with
    the visit's days and place. Not the host country's people, nor the traveler again."""
    if "ccompan" not in text or not mentions:
        return []
    base = sentence.start

    def trip_of(person):
        trips = [
            c
            for c in out
            if c.kind == "visit"
            and c.place_country
            and c.status in ("held", "planned")
            and c.roles.get(person.key) == "traveler"
        ]
        # the trip to the country of the latest one, by the span of its days (the trip's
        # announcement, not one day's programme: "from 16 to 17 June", not "this morning")
        trips = [c for c in trips if c.place_country == trips[-1].place_country]
        return next(
            (c for c in trips if c.date and "/" in c.date),
            next((c for c in trips if c.date), trips[-1] if trips else None),
        )

    pairs = []  # (companion mention, the traveler's trip, evidence start, named as going)
    for k, m in enumerate(mentions):
        by = _NAMED_ACCOMPANIED_BY.match(text, m.end - base)
        if by:  # "A is accompanied by B, C and D": the ones listed after "by"
            trip = trip_of(m.person)
            end = _END_OF_COMPANIONS.search(text, by.end())
            end = end.start() if end else len(text)
            if trip is not None:
                pairs += [
                    (x, trip, m.start, False) for x in mentions[k + 1 :] if x.start - base < end
                ]
            break
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and _ACCOMPANYING.fullmatch(text, m.end - base, nxt.start - base):
            trip = trip_of(nxt.person)  # "B, who is accompanying A": B goes with A
            if trip is not None:
                pairs.append((m, trip, m.start, True))
    twins = []
    for m, trip, start, going in pairs:
        if (
            m.person in trip.persons
            # (a host may escort the guest: "A was accompanied by the host's Minister B";
            # not one who "is accompanying A", of A's party whatever the country guessed)
            or (not going and m.person.country and m.person.country == trip.place_country)
            or any(c.kind == "visit" and m.person in c.persons for c in found)
            or any(t.persons == [m.person] for t in twins)
        ):
            continue
        twin = Candidate(**{k: getattr(trip, k) for k in _COPY})
        twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
        twin.evidence = [(start, m.end)]
        twin.date_text = trip.date_text
        twins.append(twin)
    return twins


def _itinerary_order(found: list[Candidate], context: dict) -> None:
    """A trip's program goes forward: a planned stop or meeting dated by a bare weekday
    that falls before the day of a stop told before it is the next week's ("will arrive in
    X on Sunday ... On Wednesday, she travels to Y" in a text of a Wednesday)."""
    for c in sorted(found, key=lambda x: x.trigger[0]):
        week = _week_of(c) if c.kind == "visit" and c.status == "planned" else None
        if week is not None:
            # "will travel to X and Y next week": the trip's week, and who makes it
            context["leg_week"] = (week, {p.key for p in c.persons})
        if (
            c.kind not in ("meeting", "visit")
            or c.status != "planned"
            or not c.date
            or len(c.date) != 10
            or not _BARE_WEEKDAY.fullmatch((c.date_text or "").strip())
        ):
            continue
        day = dt.date.fromisoformat(c.date)
        monday, keys = context.get("leg_week") or (None, set())
        if (
            monday is not None
            and day < monday
            and (monday - day).days <= 7
            and keys & {p.key for p in c.persons}
        ):
            # "A will travel to X and Y next week. ... Thursday she travels to Y": a weekday
            # of the trip told after its week is a day of that week
            day += dt.timedelta(days=7)
            c.date = day.isoformat()
        last = context.get("leg_day")
        before = c.sentence.text[: c.trigger[0] - c.sentence.start]
        if re.search(r"\balso\b", before):
            continue  # "He will also meet A on Thursday": an addition, not the next step
        # (a stop or meeting on the leg's own weekday, told after the leg, is on its day:
        # "On Wednesday, he travels to X, where he convenes a summit")
        if last is not None and day < last and (last - day).days <= 7:
            day += dt.timedelta(days=7)
            c.date = day.isoformat()
        if c.kind == "visit" and (last is None or day > last):
            context["leg_day"] = day  # the traveller is there from that day


def _week_of(c: Candidate) -> dt.date | None:
    """The Monday of a Monday-to-Sunday span a candidate is dated by ("next week")."""
    if not c.date or len(c.date) != 21 or c.date[10] != "/":
        return None
    first, last = dt.date.fromisoformat(c.date[:10]), dt.date.fromisoformat(c.date[11:])
    return first if first.weekday() == 0 and (last - first).days == 6 else None


def _home_coming(c: Candidate) -> bool:
    """ "A, a Swedish official released by Iran, landed in Stockholm": travel to one's own
    country is no visit."""
    travelers = [p for p in c.persons if c.roles.get(p.key) == "traveler"]
    return (
        c.kind == "visit"
        and bool(c.place_country)
        and bool(travelers)
        and not c.described
        and all(p.country == c.place_country for p in travelers)
    )


# teams (staffs) told to go on following up, or to stay in touch: ongoing staff work, no
# meeting ("tasked their teams to follow up on today's conversation", a new tasking, stays
# a planned contact of the teams, as in the dev gold)
_TEAMS_KEEP_UP = re.compile(
    r"(?:instructed|directed|tasked)\s+their\s+(?:[\w\-]+\s+){0,3}?(?:teams|staffs)\s+to\s+"
    r"(?:continue\s+(?:to\s+follow|following)\s+up|(?:stay|keep|remain)\s+in\s+(?:close\s+)?"
    r"(?:touch|contact))\b",
    re.I,
)
_TEAMS_BEFORE = re.compile(
    r"\b(?:teams|staffs)\s+(?:(?:have\s+|had\s+)?agreed\s+to|will|would|to|shall)\s+$", re.I
)
# a person named only as the other party of an event one of the two reports on ("A briefed B
# on his conversation with President C"): no party to what "they" or "the two leaders" do next
_REPORTED_WITH = re.compile(
    r"\b(?:on|about)\s+(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:conversations?|calls?|"
    r"meetings?|talks|discussions?)\s+with\s+(?:(?-i:[A-Z])[\w.\-’']*\s+){0,3}$",
    re.I,
)
# a manner adverbial: "(acted, were taken) in close consultation with"
_IN_CONSULTATION = re.compile(r".*\bin\s+(?:close\s+|full\s+)?consultation\s+with\b", re.I)
_IN_TOUCH = re.compile(r"(?:stay|keep|remain)\s+in\s+(?:close\s+)?(?:touch|contact)\b", re.I)


# a subject of two or more before "sat down": "They", "the two of them", "both", "the pair"
_PAIR_SUBJECT = re.compile(
    r"\b(?:[Tt]hey|[Tt]he\s+two|[Bb]oth|[Tt]he\s+pair|[Tt]ogether)\b(?:\s+[\w\-’']+){0,4}\s+$"
)
# a summit as the venue of a past meeting the text recalls: "(whom he) first met in Los
# Angeles at the Summit of the Americas": the verb's meeting, not the summit's own record
_MET_AT_THE = re.compile(
    r"\b(?:first|last|previously|once)\s+met\s+(?:in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)"
    r"{0,2}\s+)?at\s+the\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)


# the kinds of incident that are one physical encounter of forces when told by coordinated
# verbs of one subject
_ENCOUNTER = frozenset(("seizure", "maritime", "air-intercept", "attack", "flares", "clash"))
# the words between two incident verbs of one subject: the first one's object, then a comma
# (", and"): "boarded the boats, seized weapons"
_NEXT_ACT = re.compile(
    r"(?:\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w\-’']+\s+){0,4}?[\w\-’']+)?,\s+(?:and\s+)?"
)


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
                # War", "veering into conflict or confrontation": an outcome to avoid
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
                and _SUBJECT_TO.search(text, max(0, a - 80), a)
                and not _A_TOTAL_OF.search(text, max(0, a - 120), a)
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


# one who joins the people of a meeting told before in the sentence: "C will join him for
# those sessions", "C also joined them for the talks"
_JOINS_FOR = re.compile(
    r"\b(?:will\s+|would\s+|also\s+|is\s+to\s+)*(?:join|joins|joined)\s+(?:him|her|them)\s+"
    r"(?:for|in|at|during)\s+(?:those|these|the|their|his|her)\s+(?:[\w\-]+\s+)?"
    r"(?:sessions?|talks|meetings?|discussions?|consultations)\b"
)


# "A and B discussed ...": a sentence that tells what the people of a meeting did
# what the official who receives a summoned envoy does: "A conveyed Finland's concern"
# (the words of these two, tested first: a sentence without one skips the scan, speed only)
_CONVEYED_WORDS = (
    "conveyed",
    "delivered",
    "handed",
    "expressed",
    "lodged",
    "protested",
    "demanded",
    "informed",
    "told",
)
_CONVEYED = re.compile(r"\b(?:" + "|".join(_CONVEYED_WORDS) + r")\b")
_NEXT_TALKED_WORDS = (
    "discussed",
    "reviewed",
    "exchanged",
    "agreed",
    "signed",
    "addressed",
    "focused",
    "underlined",
    "stressed",
    "reaffirmed",
    "welcomed",
)
_NEXT_TALKED = re.compile(r"\b(?:" + "|".join(_NEXT_TALKED_WORDS) + r")\b")


# a sentence's opening phrase of time or place before its subject: "From June 4 to 6, "
_OPENING_PHRASE = re.compile(
    r"(?:[^,;.:]{2,40},\s+)?(?:(?:the\s+|of\s+)?[A-Z][\w.\-]*\s+){0,6}"
)
_SPEAKER_LABEL = re.compile(r"[A-Z][^:\n.,]{1,40}:\s+")
# between two people of one subject: "A of Jordan and Ambassador B", "A, B and C"
_GROUP_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,5}"
)
_GROUP_VERB = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?(?:,[^;]{0,120}?,)?\s+"
    r"(?:are|were|will|have|had|arrived|visited|traveled|travelled|came|met|held)\b"
)


def _group_subject(text: str, mentions, base: int) -> list[Person]:
    """The people joined by "and" who are a sentence's subject after an opening phrase ("From
    June 4 to 6, Deputy Minister A of X and Adviser B, ..., are visiting Y"): whom "them" or
    "the two officials" of the sentences after stand for."""
    label = _SPEAKER_LABEL.match(text)  # "Wang Wenbin: From June 4 to 6, ..."
    start = label.end() if label else 0
    mentions = [m for m in mentions if m.start - base >= start]
    if len(mentions) < 2:
        return []
    if not _OPENING_PHRASE.fullmatch(text, start, mentions[0].start - base):
        return []
    out = [mentions[0].person]
    pos = mentions[0].end - base
    for m in mentions[1:]:
        if not _GROUP_GAP.fullmatch(text, pos, m.start - base):
            break
        out.append(m.person)
        pos = m.end - base
    return out if len(out) >= 2 and _GROUP_VERB.match(text, pos) else []
_OPENING_PREPOSITION = re.compile(
    r"\s*(?:With|In|During|For|At|After|Before|On|From|To|Like|Unlike|Besides)\s", re.I
)


def _coordinated_subjects(text: str, mentions, base: int) -> list[Person]:
    """The people a sentence opens with, joined by "and" ("Secretary A and Ambassador B are
    ..."): what a "They" of the next sentence continues."""
    out: list[Person] = []
    pos = 0
    for m in mentions:
        gap = text[pos : m.start - base]
        if not out and (
            not re.fullmatch(r"\s*(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,5}", gap)
            or _OPENING_PREPOSITION.match(gap)  # "With A, B discussed ...": B alone
        ):
            break
        if out and not _COORD.fullmatch(gap):
            break
        if m.person not in out:
            out.append(m.person)
        pos = m.end - base
    return out if len(out) >= 2 and re.match(r"\s+(?:[a-z]+\s+){0,2}", text[pos:]) else []


# a byline: "Senator the Hon A B, Minister for Foreign Affairs", "The Rt Hon A B MP"
_BYLINE = re.compile(r"\b(?:Minister|Secretary|Senator|Hon|MP|Ambassador|Spokesperson|President)\b")


def _author(body: str, people: People) -> Person | None:
    """The official a first-person release is by: named on a line of its own (a byline, no
    sentence) among the first lines of the text."""
    pos = 0
    for line in body[:600].split("\n")[:6]:
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or len(line) > 150 or line.rstrip().endswith((".", ":", "?")):
            continue
        if not _BYLINE.search(line):
            continue
        for m in people.in_span(start, start + len(line)):
            return m.person
    return None


# a briefing's reported question: "Asked whether the Prime Minister would travel to
# Washington, the spokesperson said ..." (up to the answer's speaker)
# a question a statement ends in, after a colon: "the question we pose is: How do we ...?"
_POSED = re.compile(
    r":\s+(?:How|What|Why|Where|When|Who|Which|Will|Would|Can|Could|Do|Does|Did|Is|Are|"
    r"Should)\b[^:]*\?\s*$"
)
_PRESS_REPORTS = re.compile(
    r"\b(?:is|are|was|were)\s+reporting\s+that\b|\b(?:reports|reported)\s+that\b|"
    r"\baccording\s+to\s+(?:press\s+|media\s+|news\s+)?reports\b",
    re.I,
)
# who asks in a transcript: the reporter ("Q", "AUDIENCE MEMBER:", "REPORTER:")
_QUESTIONER = re.compile(r"^(?:Q|(?:[A-Z]+\s+)*(?:MEMBER|REPORTER|QUESTION|PARTICIPANT))$")


def _answering(body: str, start: int, turns: list[tuple[int, bool]]) -> bool:
    """Is the text at `start` a speaker's own words: no transcript turn label before it, or
    the last one is not a reporter's? (`turns`: each label's start and whether a reporter's)"""
    at = bisect.bisect_right(turns, (start, True)) - 1
    return at < 0 or not turns[at][1]


_ASKED = re.compile(
    r"\s*Asked\s+(?:whether|if|when)\b[^.;]*?,\s+(?=(?:the|he|she|they|a|an|[A-Z]{2,})\b"
    r"[^,.;]{0,40}?\b(?:said|replied|told|confirmed|declined|noted|pointed|added|stressed)\b)"
)
# a further designation of the day's action: "OFAC also designated", "Separately, OFAC
# designated", "In addition, the Department sanctioned"
_THESE_INCLUDE = re.compile(r"(?:These|They|Those)\s+include\b")
# the measure told before as the subject of its targets' verb: "The new sanctions target",
# "These measures target", "Today's action targets"
_TARGETS_TOLD = re.compile(
    r"(?i)(?:action|sanction|measure|listing|designation)s?\s+(?:also\s+)?(?:target|concern)"
)
_ALSO_DESIGNATED = re.compile(
    r"(?:\b(?:also|additionally|further|concurrently|simultaneously|separately|likewise)\s+"
    r"|^\s*(?:Separately|In\s+addition|Additionally),\s+"
    # ("OFAC is also identifying the X (IMO ...) as blocked property": the same action)
    r"(?:[\w.’'\-]+\s+){1,6}?)(?:designat|sanction|identif)\w*\s*$"
    # (a release's present passive: "A is being designated pursuant to E.O. 13224")
    r"|\b(?:is|are)\s+(?:being\s+)?(?:designated|sanctioned)\s*$"
)
# a date right after an incident noun ("the incursion on Friday"): a new occurrence
_DATE_NEAR = re.compile(
    r"\b(?:on|in|last|this|earlier|since)\s+(?:\d|" + _DATE_WORD + r")|\b(?:yesterday|today)\b",
    re.I,
)
# a verb and "the" before a trigger, nothing of its own after it: an event named as known
_VERB_THE = re.compile(
    r"\b(?:prepar|discuss|review|plann|organis|organiz)(?:e|es|ed|ing)\s+the\s+$"
)
_NO_COMPLEMENT = re.compile(r"\s*(?:[.;,]|and\s)")
_VENUE_VISITED = re.compile(
    r"\s+the\s+(?:[A-Z][\w\-’']*\s+){0,4}(?:Museum|Memorial|Monument|Cemetery|Mausoleum|"
    r"Cathedral|Mosque|Temple|Shrine|Port|Factory|Plant|University|School|Hospital|Market|"
    # (a research or industrial site: "visit the VTT Technical Research Centre of Finland")
    r"Cent(?:re|er)|Institute|Academy|Laboratory|Shipyard|Facility)\b"
)
_OF_WHICH = re.compile(
    r",\s+(?:several|some|many|most|all|one|two|three|four|five|none)\s+of\s+which\b[^,;.]*$",
    re.I,
)
# a plural demonstrative right before an incident noun: "those intercepts", "these incidents"
_THESE = re.compile(r"\b(?:these|those)\s+$", re.I)
# an incident noun listed with "conflict": what a rivalry may turn into, no occurrence
_WITH_CONFLICT = re.compile(r"\bconflicts?,?\s+(?:or\s+|and\s+)?$", re.I)
# an ordinal before "such": "the third such intercept this year" counts, no reference back
_ORDINAL_SUCH = re.compile(rf"\b{_ORDINAL}\s+such\s+$", re.I)
# the one an incident befell, named as known, as the subject of a passive: "The person was
# detained on suspicion of smuggling" after "border guards detained a Polish citizen"
# ("We believe he is wrongfully detained": the detention told before, as it stands)
_DEFINITE_PASSIVE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){1,2}|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+)"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:still\s+|[a-z]+ly\s+)?$"
)
# the words between another imposer's verb and the measure: "adopted its ninth package of "
_FEW_WORDS = re.compile(r"\s+(?:[\w\-]+\s+){0,4}")
# "a total of 261 individuals and 40 entities are subject to sanctions": a running total of a
# regime, a record of its own (annotation.md: a count is one record)
_A_TOTAL_OF = re.compile(r"\ba\s+total\s+of\s+[^.;]{3,80}?\bsubject\s+to\s+(?:[\w\-]+\s+){0,2}$")
_THEIR_ASSETS = re.compile(
    r"\b(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){0,4}?(?:property|assets|funds)\b"
    r"[^.;]{0,40}?\b(?:will\s+be|are|is|shall\s+be)\s+$"
)
# a question about measures it dates: "can you say more about the sanctions announced
# Wednesday?"
_ASKED_ABOUT_MEASURES = re.compile(
    r"\b(?:sanctions|countermeasures|designations|export\s+controls|restrictions)\s+"
    r"(?:that\s+\w+\s+)?(?:announced|imposed|adopted|unveiled)(?P<rest>[^?.;]{0,40})\?\s*$"
)
# an invitation right before a visit's trigger ("invited A to pay an official visit to",
# "an invitation to the Secretary to visit"), its acceptance, and a plan told besides it
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ation)\b[^.;]{0,80}?\bto\s+(?:[a-z]+\s+){0,3}$")
_ACCEPTED = re.compile(r"\baccept(?:ed|s|ing)?\b", re.I)
# only title words between a verb and the name its object starts with
_TITLES_ONLY = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w.\-’']*|of|for|and|the)\s+){0,9}")
# an open question or a condition over a plan: "whether she would meet", "only if"
_WHETHER = re.compile(
    r"\b(?:whether|if)\s+[^,;.?]{0,80}?\b(?:would|will|could|might)\s+(?:\w+\s+){0,4}$"
)
# a plan only others report: "is reportedly planning", "media reports say", "according to
# people familiar with", "sources said" (annotation.md: possible, tentative)
_HEARSAY = re.compile(
    r"\breportedly\b|\b(?:media|press|news)\s+reports?\b|\baccording\s+to\s+(?:(?:media|press|"
    r"news|local)\s+)?reports\b|\b(?:people|sources|persons)\s+familiar\s+with\b|"
    r"\b(?:diplomatic\s+|unnamed\s+|anonymous\s+)?sources\s+(?:said|say|says|told)\b",
    re.I,
)
_CONDITION = re.compile(r"\b(?:only\s+if|unless|provided\s+that|on\s+condition\s+that)\b")
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:\w+\s+){0,4}$")
# a denial of what others report: "denied reports that", "dismissed speculation about"
_DENIED_REPORT = re.compile(
    r"\b(?:den(?:ied|ies|y|ying)|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|reject(?:ed|s|ing)|"
    r"play(?:ed|s|ing)\s+down)\s+(?:the\s+|media\s+|press\s+|recent\s+)*(?:reports?|rumou?rs?|"
    r"speculation|claims?|suggestions?)\s+(?:that|of|about|on)\b",
    re.I,
)
# a condition contrary to fact or to plan: "if A were to visit", "were A to travel", "Should
# A travel to X, ..." (an inverted "should" opening the sentence or a clause after a comma)
_COUNTERFACTUAL = re.compile(
    r"\b[Ii]f\s+[^,;.?]{1,140}?\s+were\s+to\b|(?:^|[,;:]\s+|\bthat\s+)(?:[Ww]ere|[Ss]hould)\s+"
    r"(?:the\s+)?[A-Z][^,;.?]{0,80}?\s+(?:to\s+)?(?:visit|travel|go|come|meet|attend)\b"
)
# a refusal whose object is the invitation a visit's trigger ends: "declined an invitation
# from A to visit", "turned down B's invitation to"
_REFUSED_INVITATION = re.compile(
    r"\b(?:declin(?:ed|es|ing)|turn(?:ed|s|ing)\s+down|reject(?:ed|s|ing)|refus(?:ed|es|ing)|"
    r"rebuff(?:ed|s|ing))\s+(?:an?|the|(?:his|her|their|its)|[A-Z][\w\-]*[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}?invitation\b[^.;]{0,100}?\bto\s+(?:[a-z]+\s+){0,3}$"
)
_PLAN_CUE = re.compile(
    r"\b(?:will|agreed|scheduled|planned|plans|expected|set\s+to|is\s+to)\b(?!\s+that\b)"
    r"(?![^.;]{0,40}\binvit)",
    re.I,
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
# a class of people a government holds at home, named bare (no demonym before it)
# (also the suspects of a police action: "arrested thousands of suspected gang members")
_CLASS_NOUN = (
    r"(?:protesters|demonstrators|activists|dissidents|journalists|students|suspects|"
    r"gang\s+members|criminals|(?:drug\s+)?traffickers)"
)
# "in the waters and airspace around Japan": the airspace as a place
_IN_THE_AIRSPACE = re.compile(r"\b(?:in|over|within)\s+the\s+(?:waters\s+and\s+)?$")
_CLASS_HELD_AFTER = re.compile(
    r"(?:(?:\s+and\s+[\w\-]+)?\s+of)?\s+(?:(?:more\s+than|over|some|about|at\s+least|hundreds\s+of|"
    r"thousands\s+of|dozens\s+of)\s+)?(?:(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+)?(?:[a-z][\w\-]*\s+)?" + _CLASS_NOUN + r"\b"
)
_CLASS_HELD_BEFORE = re.compile(r"(?:(?P<mod>\S+)\s+)?" + _CLASS_NOUN + r"\s+(?:\w+ly\s+)?$")
# what a protest or a condemnation is about, named with "the": an incident already reported
# (whatever word told it: "used water cannon against A" ... "a protest against the attack")
_PROTESTED_THE = re.compile(
    r"\b(?:protests?|protested|condemn(?:s|ed|ing)?|deplor(?:es|ed|ing)?)\s+"
    r"(?:(?:against|over|at)\s+)?the\s+(?:[a-z][\w\-]*\s+){0,2}$",  # ("the water cannon attack")
    re.I,
)
# the ground of an act, before a gerund: "arrested for allegedly ", "detained for "
_FOR_GROUND = re.compile(r"\bfor\s+(?:allegedly\s+|illegally\s+|reportedly\s+)?$", re.I)
# an ongoing detention in the present perfect: "A has been detained in X since last
# November", "five citizens, who have been held since the spring"
_HAS_BEEN_HELD = re.compile(
    r"\b(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:detained|held|imprisoned|jailed)\b[^.;]*?"
    r"\bsince\s+$"
)


def _detained_since(c: Candidate, body: str, sentence, published) -> None:
    """ "A has been detained since last November": the detention began then (the date of the
    words after "since", not the span up to the text's day; a detention that "had been"
    ended keeps its span)."""
    if c.subtype not in ("detention", "hostage-taking") or not c.date_text.lower().startswith(
        "since "
    ):
        return
    at = body.find(c.date_text, sentence.start, sentence.end)
    if at < 0 or not _HAS_BEEN_HELD.search(body, sentence.start, at + 6):
        return
    then = [t for t in find_dates(c.date_text[6:], published, forward=False) if t.edtf]
    # (a bare year is read only after a preposition: "since 2012" is 2012)
    c.date = then[0].edtf if then else c.date.split("/")[0]


def _another_imposer_before(body: str, lo: int, hi: int) -> bool:
    """Does the trigger at `hi` stand in a clause of another imposer joined with ", and"
    after `lo` ("..., and the EU adopted its ninth package of restrictive measures")?"""
    clauses = list(AND_ANOTHER_IMPOSER.finditer(body, lo, hi))
    # (the last one: the clause the trigger is in)
    return bool(clauses) and bool(_FEW_WORDS.fullmatch(body, clauses[-1].end(), hi))


def _names_again(after: str, before: str) -> bool:
    """Does the complement of an incident noun ("on fishing vessel QNg 90617 TS") name again
    something (a name or a number) the earlier sentence named?"""
    words = re.findall(r"\b(?:[A-Z][\w\-]+|\d[\d\-]*)\b", re.split(r"[,;.]", after)[0])
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words)


_WHEN_IT = re.compile(r",\s+when\s+(?:it|they|its\s+forces|their\s+forces)\s+$")

"""An event's status (held, planned, proposed, cancelled, ...) from the tense, modality and
cue words of the clause around its trigger.
"""

from __future__ import annotations

import re

from .candidate import _distance
from .patterns import _HELD_RELATIVE, _PAST, and_before

_STATUS_CUES = [
    (
        "cancelled",
        r"\bscrapped\b|\bcalled\s+off\b|\bcancell?ed\b|\bcancell?ing\b|\bscuttled\b|"
        # "had hoped to meet A in Budapest, but ...": a plan that is off; "terminated all trade
        # negotiations with X"
        r"\bhad\s+(?:hoped|planned|intended|wanted)\s+to\b|\b(?:terminat|halt|suspend)(?:ed|s|ing)"
        r"\s+(?:all\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:negotiations|talks)\b|"
        r"\b(?:broke|broken|breaks|ended|ends)\s+off\s+(?:all\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:negotiations|talks)\b|"
        # "pulled out of the summit with B": one side withdrew, the event is off; "the
        # planned meeting fell through", "the trip was shelved"
        r"\bpull(?:ed|s|ing)\s+out\s+of\b|\bf(?:ell|alls?|alling)\s+through\b|\bshelved\b",
    ),
    (
        "postponed",
        r"\bpostpon(?:ed|es|e|ing)\b|\bdelayed\b|\bput\s+off\b|\brescheduled\b|"
        r"\bpush(?:ed|es|ing)\s+back\b|\bput\s+on\s+(?:hold|ice)\b|"
        r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))on\s+hold\b",
    ),
    (
        "declined",
        r"\brejected\b|\brefused\b|\bdeclined\b|\brebuffed\b|\bsnubbed\b|\bturn(?:ed|ing)\s+down"
        r"\b|\brul(?:ed|es|ing)\s+out\b",
    ),
    (
        "tentative",
        r"(?-i:\bmay\b)|\bmight\b|\bcould\b|\bpossibl[ey]\b|\bpotential(?:ly)?\b|"
        r"\bexpects?\s+to\b|\bhop(?:e|es|ing)\s+(?:to|that)\b|\bconsidering\b|\bproposed\b|"
        # the noun of possibility over the event noun: "discussed the possibility of a
        # meeting", "the prospect of talks"
        r"\bpossibilit(?:y|ies)\s+of\b|\bprospects?\s+(?:of|for)\b|"
        # "are likely to meet on the sidelines of": a forecast, not a plan (not "unlikely")
        r"\blikely\s+to\b|"
        # a wish of one side: "would like to meet B", "is keen to visit X" (as "hopes to")
        r"\b(?:would|[’']d)\s+like\s+to\b|\b(?:keen|eager)\s+to\b|"
        # "officials are working to arrange a meeting": an attempt, nothing agreed yet
        r"\b(?:working|seeking|trying|looking|striving|aiming|attempting)\s+to\s+(?:arrange|"
        r"set\s+up|organi[sz]e|schedule|secure|broker)\b|"
        # a hedged expectation of others' next contact: "we would expect them to talk again"
        r"(?:\bwould\s+|[’']d\s+)expect\s+(?:them|him|her|the\s+two\s+\w+|both\s+\w+)\s+to\b",
    ),
    (
        "planned",
        r"\bwill\b|\bwon[’']t\b|\b(?:she|he|they|we|I)[’']ll\b|\bplans?\s+(?:to|for)\b|"
        r"\bplanned\b"
        # "is planning a visit to X" (the plan's object is the event noun)
        r"|\bplanning\s+(?:to|an?|the|(?:his|her|their)\s+(?:first|next|own))\b|"
        # "is due to meet B" (not "is due to the weather": a cause)
        r"\b(?:is|are)\s+(?:also\s+|now\s+)?due\s+(?:to\s+(?!the\b|an?\b|its\b|their\b|his\b|her\b)"
        r"|in\b|on\b|back\b)|\bagreed(?:,?\s+in\s+principle,?)?\s+to\b|\bscheduled\b|\bset\s+(?:to|for)\b|\bupcoming\b|\bgoing\s+to\b"
        r"|\bslated\s+(?:to|for)\b|\bis\s+to\b|\bto\s+be\s+held\b|\bshould\b|\bcommitted\s+to\b|\bnext\s+steps"
        r"\b|\bwould\s+(?:(?:then|also|jointly|first)\s+)?(?:meet|visit|travel|hold|speak|host|chair|"
        # reported speech: "the spokesperson said A would host B", "would be in Scotland"
        r"co-chair|attend|receive|fly|be\s+in)\b|\bahead\b(?!\s+of\b)|\bintends?\s+to\b|"
        r"\b(?:is|are|am)\s+(?:\w+ly\s+|also\s+)?(?:holding|meeting|hosting|travell?ing|visiting|"
        r"welcoming|convening|heading|leaving|departing|arranging)\b|\blook(?:s|ed|ing)?\s+forward\s+to\b|"
        r"\bexpected\s+(?:to|in)\b|\binvited\b|\binvitations?\s+(?:from\s+[^,;.]{1,60}?\s+)?to\b|"
        # (not "directed a military-grade laser at a ship": an act, no instruction)
        r"\b(?:instructed|directed(?!\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}lasers?\b)|tasked)\b|"
        r"\b(?:arrives|departs)\b|"
        # a schedule in the present: "on Thursday we head to Helsinki", "she flies to Rome"
        r"\b(?-i:[Ww])e\s+(?:head|fly|land|leave|depart|travel|go|arrive|return)\b"
        r"|\b(?:heads|flies|lands|leaves|returns)\s+(?:on\s+)?(?:to|for|in|home)\b|"
        # "on Saturday he goes on to Canberra", "she continues to Lima": the schedule's next leg
        r"\b(?:goes|continues|moves|proceeds)\s+(?:on\s+)?to\s+(?-i:[A-Z])|"
        r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\btravels\b|\b(?:pledged|promised|vowed|decided|resolved)\s+to\s+"
        r"(?:create|establish|launch|set\s+up|hold|convene|resume|form|open|begin|start)\b|"
        # "We also expect the two militaries to resume their consultations"
        r"\bexpect(?:s|ed)?\s+(?:the\s+|their\s+|our\s+)?(?:[\w\-]+\s+){1,6}?to\s+"
        # ("We expect the Secretary to have an opportunity to meet with A")
        r"(?:have\s+(?:an?|the)\s+(?:\w+\s+)?(?:opportunity|chance)\s+to\s+)?(?:resume|hold|"
        r"meet|convene|begin|start|visit)\b|"
        # "We expect them to talk again": the infinitive is the trigger itself
        r"\bexpect(?:s|ed)?\s+(?:them|him|her|the\s+two\s+\w+|both\s+\w+)\s+to\b",
    ),
]
# every alternative of a cue starts a word: the \b in front lets the engine skip the other
# positions at once, not try each of the thirty alternatives of "planned" at every character
# (speed only; the matches are the same)
# and the first letter of each cue's alternatives, tested before them (most word boundaries,
# the end of every word, fail there at once)
_CUE_FIRST = {
    "cancelled": "bcefhpst",
    "postponed": "dopr",
    "declined": "drst",
    "tentative": "acehklmpstw’'",
    "planned": "acdefghilnprstuvw",
}
_STATUS = [
    (s, re.compile(rf"\b(?=[{_CUE_FIRST[s]}])(?:{p})", re.I)) for s, p in _STATUS_CUES
]
_CUE_OF = dict(_STATUS)  # the cue pattern of one status
# a second predicate of the same subject right before a cue: "... and agreed to", ", and will"
_NEXT_PREDICATE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|have|has|had)\s+)?$")
_AFTER_EVENT = re.compile(
    r"\b(?:follow(?:ing|ed|s)?\s+up\s+on|following|after|since)\s+"
    r"(?:[\w’'\-]+\s+){0,3}$",
    re.I,
)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|his|her|their|this|that)\s+$", re.I)


# the event noun's own predicate, negated: "A meeting scheduled with A did not take place",
# "A meeting with A, which ... was planned for Wednesday, was not held": the meeting was
# called off (annotation.md: cancelled), whatever planned it in the words between. Between the
# noun and its predicate: a participle of plan ("scheduled"), the noun's "with"/"between"
# phrase, a relative clause set off by commas.
_NOT_TAKEN_PLACE = re.compile(
    r"(?:\s+(?:scheduled|planned|slated|expected|set|due)(?:\s+(?:for|to))?)?"
    r"(?:\s+(?:with|between|among|of|in|at)\s[^,;:()]{1,100}?)??"
    r"(?:,\s+(?:which|that)\b[^;:()]{1,120}?,)?"
    r"\s+(?:(?:did\s+not|didn[’']t|never)\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e)"
    r"|(?:was|were)\s+(?:not|never)\s+held|(?:has|have|had)\s+not\s+(?:taken\s+place|been\s+held)"
    r")\b"
)


def not_taken_place(text: str, b: int) -> bool:
    """The event noun ending at b is the subject of a negated 'take place' / 'be held'."""
    rest = text[b : b + 260]
    if " not " not in rest and "never" not in rest and "n't" not in rest and "n’t" not in rest:
        return False  # (cheap guard: most sentences have no negation at all)
    return _NOT_TAKEN_PLACE.match(text, b) is not None


# a negated verb of the event, and the plan it breaks: "will not travel to X next week as
# planned", "did not visit X as scheduled" (annotation.md: called off, cancelled)
_NOT_BEFORE = re.compile(
    r"\b(?:will\s+not|won[’']t|(?:is|are|was|were)\s+not\s+going\s+to|did\s+not|didn[’']t|"
    r"(?:is|are)\s+no\s+longer|will\s+no\s+longer)\s+(?:(?:now|be|after\s+all)\s+)?$"
)
_AS_PLANNED = re.compile(
    r"[^.;]{0,80}?\bas\s+(?:had\s+been\s+|was\s+|originally\s+|previously\s+)*(?:planned|"
    r"scheduled|expected|announced|intended)\b"
)


def not_as_planned(text: str, a: int, b: int) -> bool:
    """The event verb at a..b is negated and followed by the plan it breaks."""
    return (
        " as " in text
        and _NOT_BEFORE.search(text, max(0, a - 40), a) is not None
        and _AS_PLANNED.match(text, b) is not None
    )


# a second bare verb of the subject's, after "and": "then co-chair", "also meet"
_BARE_SECOND = re.compile(
    r"\s*(?:also|then|later)\s+(?:call\s+on|meet|hold|host|co-?chair|chair|sit\s+down)\b", re.I
)
_MODAL_BEFORE = re.compile(r"\b(?:will|shall|may|might|could)\b|[’']ll\b", re.I)


# an invitation or offer refused, whose infinitive is the event: "declined an invitation
# from B to", "turned down Y's offer to"
_DECLINED_INVITATION = re.compile(
    r"\b(?:(?:declin|refus|reject|rebuff)\w*|turn(?:ed|s|ing)?\s+down)\s+"
    r"(?:an?\s+|the\s+|[A-Z][\w\-’']*[’']s\s+)?(?:[\w\-]+\s+)?"
    r"(?:invitations?|offers?|proposals?)\b[^.;]{0,120}?\bto\s+$",
    re.I,
)


def _status(text: str, a: int, b: int, lo: int = 0, hi: int | None = None) -> str:
    hi = len(text) if hi is None else hi
    if not_taken_place(text, b) or not_as_planned(text, a, b):
        return "cancelled"
    if _SCHEDULED_TO.search(text, max(lo, a - 60), b):
        off = _BUT_CALLED_OFF.match(text, b)
        if off:
            # "was scheduled to accompany the minister but cancelled her participation", "was
            # due to visit X on Monday but postponed": the plan, then its calling off
            return "postponed" if off.group("v")[:4] in ("post", "dela", "put ") else "cancelled"
    off = _CALLS_OFF_OBJECT.search(text, max(lo, a - 80), a)
    if off:
        # "postponed a planned trip to X", "has cancelled her scheduled visit", "called off
        # the talks": the event noun is the object of the verb that calls it off, whatever
        # plan its adjective tells
        return "postponed" if off.group("v")[:3].lower() in ("pos", "del", "put", "def") else (
            "cancelled"
        )
    if lo and _BARE_SECOND.match(text, lo) and and_before(text, lo):
        # "he will call on A and then co-chair the X with B": the second bare verb has the
        # modal of the first
        modal = _MODAL_BEFORE.search(text, max(0, lo - 200), lo)
        if modal:
            return "tentative" if modal.group(0).lower() in ("may", "might", "could") else "planned"
    if _DECLINED_INVITATION.search(text, max(0, a - 200), a):
        return "declined"  # "A declined an invitation from B to meet in X": one side refused
    if _AFTER_EVENT.search(text[max(lo, a - 30) : a]):
        return "held"  # "follow up on today's conversation": the event came first
    if _STAYING_NOW.search(text[max(0, a - 40) : a]) and not _AHEAD.search(text, b, hi):
        return "held"  # "A, who is visiting Y, told reporters": a stay under way (a relative
        # clause in the present progressive), not the schedule "A is visiting Y next week"
    if _HELD_RELATIVE.match(text, b) or _HELD_RELATIVE.match(text, a + len(text[a:b].split()[0])):
        return "held"  # "will discuss the talks he held with ...": a past event
    for status in ("cancelled", "postponed"):
        # "the upcoming trip to Japan was postponed", "the X Dialogue, which was scheduled
        # for March, had been postponed": the predicate of the event noun wins over an
        # adjective before it (looked for past `hi`: an aside's comma ends the clause)
        m = _CUE_OF[status].search(text, b, b + 220)
        if m and _predicate_of_noun(text, b, m.start()):
            return status
        if (
            m
            and m.group(0)[:1].lower() == "f"  # "the planned meeting with B fell through":
            and not _FINITE.search(text, b, m.start())  # an intransitive predicate of the noun
        ):
            return status
    best, best_d = "held", 10**9
    for status, regex in _STATUS:
        for m in regex.finditer(text, lo, hi):
            if (
                m.end() <= a
                and status in ("planned", "tentative")
                and _PAST.search(text, m.end(), b)
            ):
                continue  # "I will say that Russia launched an attack": the cue is another verb's
            if status in ("planned", "tentative") and _RECALL.match(text, m.end()):
                continue  # "You will recall the strike on 16 January": a past event
            if (
                status in ("planned", "tentative")
                and m.start() >= b
                and _PAST.match(text, a)
                and _NEXT_PREDICATE.search(text, b, m.start())
            ):
                continue  # "spoke by phone on 31 May and agreed to meet": the plan is the
                # next verb's; the call the past verb tells was held
            if (
                status in ("postponed", "cancelled")
                and not text[m.end() : a].strip()
                and _DETERMINER_END.search(text[: m.start()])
            ):
                continue  # "the delayed trip": its history; the trip itself is on again
            if _ADJECTIVE_CUE.fullmatch(m.group(0)) and (
                m.start() >= b
                or re.search(_NOUN_ENDS, text[m.end() : a])
            ):
                continue  # "a possible meeting during their recent call": the meeting's only
            d = _distance(m.start(), m.end(), a, b)
            if m.start() >= b:
                d = (m.start() - b) * 2 + 10
            limit = 60 if status == "planned" else 90
            if d < limit and d < best_d:
                best, best_d = status, d
    if best == "planned" and (
        _IT_IS_POSSIBLE.search(text, lo, a)
        or _IN_PRINCIPLE.search(text, max(lo, a - 120), a)
        or _NOT_SETTLED.search(text)
    ):
        return "tentative"  # "It's possible the President will have a pull-aside with A",
        # "accepted in principle an invitation to visit X": the main clause's modality (a
        # hedged agreement) over the plan of the clause it governs
    if best == "held" and _EVENT_NOUN.fullmatch(text[a:b]):
        # "A visit by X's Minister of Mining, A, to Y is planned for the autumn": the noun's
        # own passive predicate of plan, past its modifiers and asides
        m = _CUE_OF["planned"].search(text, b, b + 220)
        if m and _predicate_of_noun(text, b, m.start()):
            return "planned"
    if best == "held" and _EVENT_NOUN.fullmatch(_ORDINAL_FIRST.sub("", text[a:b], count=1)):
        # the event noun is the subject of a future predicate further on: "the ninth meeting
        # of the X Mechanism is expected to take place in Manila", "agreed that talks between
        # the two ministries will continue in the spring"
        later = _NOUN_PREDICATE.match(text, b, hi)
        apposition = None if later else re.match(r",\s+(?:a|an|the)\s+[^,;.]{1,80},", text[b:hi])
        if apposition:
            # "the X Talks, a working-level channel between the two, will resume after that"
            later = _NOUN_PREDICATE.match(text, b + apposition.end(), hi)
        if later:
            return "tentative" if later.group("tentative", "maybe") != (None, None) else "planned"
    if best == "held" and _HOLDING_RELATIVE.match(text, b):
        # "the 2+2 ministerial that Secretary A and Secretary B are holding today": the
        # noun's relative clause in the progressive, however long its subject (as "are
        # holding" after the noun is a plan), not "the talks they held" (_HELD_RELATIVE)
        return "planned"
    if best == "held" and _EVENT_NOUN.fullmatch(text[a:b]):
        # the noun's own relative clause, past the clause's end: "announced a new dialogue on
        # X, which will start in the spring", "the Forum, which will be held in May"
        which = _WHICH_WILL.match(text, b)
        if which:
            return "tentative" if which.group("tentative") else "planned"
    if best == "held" and _HEADLINE_TO.fullmatch(text, lo, a):
        return "planned"  # a headline's "A to visit X", "A, B to hold talks": "is to"
    if best == "held":
        adjunct = _GERUND_ADJUNCT.search(text, max(0, a - 120), a)
        if adjunct:
            # "A will hold talks with B on Monday, before flying to X on Tuesday to meet C":
            # a gerund adjunct has no tense of its own; its time is the main clause's
            for status in ("tentative", "planned"):
                cues = list(_CUE_OF[status].finditer(text, max(0, adjunct.start() - 160),
                                                     adjunct.start()))
                if cues and not _PAST.search(text, cues[-1].end(), adjunct.start()):
                    return status
    if best == "held":
        # the modality of the clause's verb, further back: "The President looked forward to
        # visiting her home town in May for the G7 Summit" (no past verb in between)
        for status in ("planned", "tentative"):
            cues = [
                m
                for m in _CUE_OF[status].finditer(text, lo, a)
                if not (_ADJECTIVE_CUE.fullmatch(m.group(0)) and text[m.end() : a].strip())
                and not _RECALL.match(text, m.end())  # "You will recall the strike ..."
            ]
            if cues and not any(
                not _PASSIVE_AUX.search(text, max(0, x.start() - 8), x.start())
                for x in _PAST.finditer(text, cues[-1].end(), b)
            ):  # ("will be joined by B for talks": a passive's participle, no past verb)
                return status
    return best


# a relative clause of a stay under way, up to its verb: "A, who is visiting Y,", "who are
# currently touring"
_STAYING_NOW = re.compile(
    r"\b(?:who|which)\s+(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?$", re.I
)
# a time ahead after the trigger: "who is visiting Japan next week"
_AHEAD = re.compile(
    r"\b(?:next|tomorrow|later\s+(?:this|in\s+the)|from\s+(?:next|tomorrow)|in\s+the\s+coming)\b",
    re.I,
)
# a past plan for the event ("was scheduled to visit", "were due to meet") and its calling off
# in a second predicate of the same subject ("... but cancelled", "but was postponed")
_SCHEDULED_TO = re.compile(
    r"\b(?:was|were)\s+(?:originally\s+|initially\s+)?(?:scheduled|due|set|expected|planned"
    r"|supposed|meant)\s+to\b"
)
_BUT_CALLED_OFF = re.compile(
    r"[^.;]{0,120}?\bbut\s+(?:(?:was|were|had\s+been|has\s+been|later|then|eventually)\s+)*"
    r"(?P<v>cancell?ed|called\s+off|withdrew|pulled\s+out|postponed|delayed|put\s+off)\b"
)
# a finite verb of calling off with the event noun as its object, up to the noun: "postponed a
# planned trip", "has cancelled his scheduled visit", "called off the annual talks" (not "the
# delayed trip", a participle before the noun: its history, the trip is on again)
_CALLS_OFF_OBJECT = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?P<v>postponed|postpones|cancell?ed|cancels|scrapped|"
    r"scraps|delayed|deferred|called\s+off|calls\s+off|put\s+off|shelved)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that|next\s+week[’']s|[A-Z][\w\-]*[’']s)\s+)"
    r"(?:[\w\-]+\s+){0,3}$",
    re.I,
)
# a meeting as the object of a demand ("insists on an urgent meeting", "called for talks",
# "requested consultations"): one side asks for it, nothing is agreed (annotation.md:
# tentative); not "will request consultations", the request itself still to come (meetings
# only: "called for further restrictive measures" is no measure at all)
_DEMANDED = re.compile(
    r"\b(?:insist(?:s|ed)?\s+on|demand(?:s|ed)|call(?:s|ed)\s+for|request(?:s|ed)|urg(?:es|ed)|"
    # "has asked to hold a video call with B", "asked for talks"
    r"ask(?:s|ed)\s+(?:for|to\s+(?:hold|have|arrange|set\s+up|schedule)))"
    r"\s+(?:(?:an?|the|further|new|immediate)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)


def _predicate_of_noun(text: str, b: int, at: int) -> bool:
    """Is the cue at `at` the passive predicate of the event noun ending at `b`? Between
    them only the rest of the noun phrase: its modifiers ("by the Coast Guard's Deputy
    Director, Admiral A, to X"), its asides set off by commas ("which had been planned for
    May", "originally planned for April"), and no finite verb of another clause."""
    if at - b > 200:
        return False
    aux = _AUX_BEFORE.search(text, b, at)
    if aux is None:
        return False
    phrase = _NOUN_ASIDE.sub(",", text[b : aux.start()])
    return not _FINITE.search(_FIRST_PLAN.sub("", phrase, count=1))


# the passive auxiliary right before the cue: "was ", "has been indefinitely "
_AUX_BEFORE = re.compile(
    r"\s(?:was|were|(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been|is|are|will\s+be)\s+"
    r"(?:\w+ly\s+)?(?:being\s+)?$"
)
# the noun's first predicate, its plan, before the one that calls it off: "The consultations
# were originally planned to start in April but were postponed"
_FIRST_PLAN = re.compile(
    r"^\s+(?:was|were|had\s+(?:(?:originally|initially|first)\s+)?been)\s+"
    r"(?:(?:originally|initially|first)\s+)?(?:planned|scheduled"
    r"|set|due)\s+(?:to|for)\b[^,;:.]{0,60}?,?\s+but$"
)
# a relative or participle aside of the noun: ", which had been planned for May,"; or its
# plan told in a relative clause ("the talks that were scheduled for this week have been
# postponed")
_NOUN_ASIDE = re.compile(
    r",\s+(?:which|that|(?:originally|initially|previously)\s+[a-z]+ed)\b[^,;.]*,|"
    r"\s+(?:that|which)\s+(?:was|were|had\s+been)\s+(?:scheduled|planned|set|supposed|due|"
    r"expected)\b[^,;.]{0,60}?(?=\s+(?:was|were|has|have|had|is|are|will)\b|$)"
)
# a finite verb (or a clause break): the cue is another clause's
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|did|does|said|says|which|who|whom)\b|[;:.]"
    r"|,\s+(?:and|but)\s"
)
# "the 6th Session", "the first session" of a body: the noun after its number
_ORDINAL_FIRST = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|next)\s+",
    re.I,
)
_EVENT_NOUN = re.compile(
    r"(?:rounds?\s+of\s+)?"  # "the first round of consultations ... will be held in X"
    r"(?:meetings?|talks|calls?|summits?|dialogues?|consultations?|negotiations?|visits?|trips?|"
    r"sessions?|conversations?|discussions?|ministerials?|2\s*\+\s*2)",
    re.I,
)
_NOUN_PREDICATE = re.compile(
    # ("the trip would focus on trade", "the talks will cover X": what the event will be
    # about, told of it before it happens)
    r"\s+(?:will|would)\s+(?:also\s+|mainly\s+|largely\s+)?(?:focus|include|cover|feature|"
    r"cent(?:er|re)|concentrate|address|last|coincide|mark|aim|seek)\b|"
    r"[^,;:()]{0,100}?\b(?:(?:is|are)\s+(?:(?P<tentative>likely|possible)|expected|scheduled|set|"
    r"due|slated|planned)\s+(?:to|for)|will\s+(?:(?:also|then|now|again)\s+)?(?:take\s+place|"
    r"be\s+held|be\s+convened|be\s+hosted|convene|continue|resume|begin|start|open)|(?:is|are)\s+"
    r"to\s+(?:take\s+place|be\s+held)|(?:is|are|remains?|seems?|looks?)\s+(?:still\s+)?"
    # "A summit between A and B on Friday remains possible": the noun's predicate adjective
    r"(?P<maybe>possible|likely)(?!\s+(?:to|for|that)\b))\b",
    re.I,
)
# a relative clause in the progressive right after the event noun: "that A and B are holding"
_HOLDING_RELATIVE = re.compile(
    r"(?:\s+(?!that\b|which\b)[a-z][\w\-]*)?"  # the rest of the noun ("2+2 ministerial")
    r"\s+(?:that|which)\s+(?:[\w.\-’']+\s+){1,8}?(?:is|are)\s+(?:(?:also|now)\s+)?"
    r"(?:holding|hosting|convening|co-chairing|chairing)\b"
)
# a relative clause in the future right after the event noun (and the words that qualify it)
_WHICH_WILL = re.compile(
    r"(?:\s+(?:on|of|for|to|with|between|aimed\s+at|in)\b[^,;:.()]{0,80}?)?,\s+which\s+"
    r"(?:(?P<tentative>may|might|could)|will|is\s+(?:expected|scheduled|set|due)\s+to|is\s+to)\s+"
    r"(?:(?:also|then|now|first)\s+)?(?:take\s+place|be\s+held|start|begin|convene|open|meet|"
    r"resume|be\s+(?:launched|convened))\b",
    re.I,
)
# a preposition or comma between a modality adjective and the trigger: the adjective is of
# another noun; a hyphenated compound is not one ("a possible in-person meeting")
_NOUN_ENDS = re.compile(r"(?<![\w\-])(?:during|in|at|on|after|before|of)(?![\w\-])|[,;]")
# modality adjectives: they qualify the noun they stand before, not the clause
_ADJECTIVE_CUE = re.compile(r"possibl[ey]|potential(?:ly)?|proposed|upcoming", re.I)
# a main clause of possibility over a clause of "will": "It's possible (that) A will ..."
_IT_IS_POSSIBLE = re.compile(
    r"\bit(?:[’']s|\s+is)\s+(?:\w+ly\s+|also\s+)?(?:possible|likely|conceivable)\s+(?:that\s+)?"
    r"[^,;.]{0,60}?\b(?:will|[’']ll)\b",
    re.I,
)
# an agreement hedged as one "in principle": nothing fixed yet
_IN_PRINCIPLE = re.compile(r"\bin\s+principle\b", re.I)
# the sentence says the plan is not fixed: "intends to visit X, but nothing is locked in
# yet", "although no meeting had been set" (not "no date has been set": the event is)
_NOT_SETTLED = re.compile(
    r"\bnothing\s+(?:is|has\s+been|had\s+been|was)\s+(?:\w+\s+)?(?:locked\s+in|finali[sz]ed|"
    r"confirmed|decided|set|fixed)\b|\bno\s+(?:meeting|visit|trip|talks)s?\s+(?:is|has\s+been|"
    r"had\s+been|was)\s+(?:yet\s+)?(?:set|scheduled|confirmed|fixed|arranged)\b",
    re.I,
)
_RECALL = re.compile(r"\s+(?:recall|remember)\b")
_PASSIVE_AUX = re.compile(r"\b(?:be|being)\s+$")
# a headline's subject (names and titles only) and its "to": "Minister A to visit X", "A, B
# to hold talks in Y", "Chinese Premier A to pay an official visit to"
_HEADLINE_TO = re.compile(
    r"\s*(?:(?:[A-Z][\w.\-’']*|of|and|the|for|&),?\s+){1,12}to\s+"
    r"(?:(?:hold|pay|make|have|attend|co-chair|chair)\s+(?:[\w\-]+\s+){0,3})?"
)
# a gerund adjunct the trigger stands in, up to it: ", before flying to X on Tuesday to",
# "after visiting X, where"
_GERUND_ADJUNCT = re.compile(
    r"(?:,\s*|\s)(?:before|after|prior\s+to|ahead\s+of|then)\s+(?:[a-z]+ing\b[^,;.]*)?$"
)

"""Finishing a candidate whose participants are known: its status, visibility, date,
place and the parts of its own kind (a visit's traveler and destination, a sanction's
imposer and targets).
"""

from __future__ import annotations

import datetime as dt
import re

from ...countries import country_of_word
from ...dates import parse_date
from ..people import Person
from ..temporal import _NUMBERS, Temporal, looks_forward
from .candidate import (
    Candidate,
    _distance,
    _in_scope,
    _other_trigger,
    _patterns_in,
    _trigger_between,
    body_before,
    clause_of,
    label_end,
    sentence_subject,
)
from .dating import (
    _EVE,
    _FEW_DAYS,
    _RELATIVE,
    _attributive_of_other,
    _dates,
    _dates_a_later_clause,
    _dates_a_later_noun,
    _dates_a_since_noun,
    _dates_an_attribute,
    _dates_an_earlier_took_place,
    _earlier_conjunct,
    _earlier_place,
    _eve_date,
    _following,
    _in_last_relative,
    _in_other_relative,
    _opening,
    _opens,
    _phrase_end,
    _possessive_before_other,
    _possessive_of_other,
    _previous_date,
    _right_after_trigger,
    _same_as,
    since_clause,
)
from .patterns import (
    _CRAFT,
    _DEPARTURE_ADJUNCT,
    _ELIDED_VERB,
    _FIRST_PERSON,
    _HELD_RELATIVE,
    _OFFICE,
    _PAST,
    _PLACE,
    _POSSESSIVE,
    _PRONOUN,
    _SEQUENCED,
    _TOOK_PLACE,
    _UPHELD,
    and_before,
    search_tail,
)
from .places import (
    _countries_in,
    _is_country_name,
    _known_places,
    _longest_country,
    _place_after,
    _place_before,
    _place_of_where,
)
from .sanctions import _sanction_parts, _short_names_of_people, register_decision
from .sides import _held_person, _title_pair, _two_leaders
from .status import (
    _AFTER_EVENT,
    _CALLS_OFF_OBJECT,
    _DEMANDED,
    _EVENT_NOUN,
    _status,
    not_as_planned,
)
from .travelers import (
    _described_traveler,
    _office_subject,
    _traveler,
    office_holder,
    title_reference,
    visiting_adjective,
)

_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its|our|my|your|"
    r"today[’']s|yesterday[’']s)\s+(?:[\w\-’']+\s+){0,2}$",  # "the Secretary's meeting"
    re.I,
)
# a visit noun that points at the visit the text reports: "the present visit", "this trip"
_THE_PRESENT = re.compile(r"\b(?:[Tt]his|[Tt]he\s+(?:present|current))\s+(?:[a-z][\w\-]*\s+)?$")
_VERB_TRIGGER = re.compile(r"(?:spoke|speaks|talked|phoned|rang|called)\s+(?:with|to)?\b", re.I)
_SAME = re.compile(
    r"\b(?:in\s+|on\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>month|year|day)\b"
    r"(?!\s+(?:before|after|of|when))"
    # "That evening, the President will host a state dinner": the day of the last date
    r"|(?:^|(?<=[.;,]\s))(?P<eve>(?:[Tt]hat|[Tt]he\s+same)\s+(?:morning|afternoon|evening|night))\b"
    # "In the evening, A will host a state banquet": the day of the last date
    r"|^(?P<eve2>In\s+the\s+(?:morning|afternoon|evening))(?=,)"
    # "Later in the day, A will host a working lunch": the day of the last date
    r"|\b(?P<later>[Ll]ater\s+in\s+the\s+(?:day|morning|afternoon|evening))\b"
    # "The Department of State is concurrently designating ...": the day of the last date
    r"|\b(?P<day>[Cc]oncurrently|[Ss]imultaneously)\b"
    # "Prime Minister A then hosted an official luncheon": later on the day of the last date
    r"|(?<=\s)(?P<then>then)\s+(?=(?:hosted|held|gave|offered|met|attended|joined)\b)"
    # "Today, OFAC sanctioned A ... OFAC also designated B": the same action, the same day
    # (not "The EU has also imposed measures on B": a standing measure, undated)
    r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?P<also>also)\s+"
    r"(?=(?:is\s+|are\s+)?(?:designat|sanction|impos)\w*\b)",
    re.I,
)
# "over the following weeks", "in the days that followed", "the following day": after the
# last date the text gave
# ("the day before", "a few days later": a day's distance from the last day the text gave;
# "the day before yesterday", "the day before the talks" are times of their own)
_FOLLOWING = re.compile(
    r"\b(?:(?:over|in|during|within|on)\s+)?the\s+(?:following|subsequent|ensuing)\s+"
    r"(?:few\s+|several\s+|two\s+|three\s+)?(?P<unit>days?|weeks|morning)\b"
    # ("The next day, A met B": not "in the next days", a span ahead of the text's day)
    r"|\b(?:on\s+)?the\s+next\s+(?P<unit4>day|morning)\b(?!\s+(?:of|after|before)\b)"
    r"|\b(?:in|over|during)\s+the\s+"
    r"(?P<unit2>days|weeks)\s+that\s+followed\b"
    r"|\b(?P<before>the\s+(?:day\s+before|previous\s+day|day\s+prior))\b"
    r"(?!\s+(?:yesterday|the|his|her|their|its|this|that|to)\b)"
    # ("The day after, A met B": the day after the last day told; not "the day after the talks")
    r"|\bthe\s+(?P<unit3>day)\s+after(?=\s*,)"
    rf"|\b(?P<later>(?:{_FEW_DAYS}|a|one)\s+days?\s+later)\b",
    re.I,
)
# a second predicate of the trigger's subject: "led the delegation ... and met with A"
_NEXT_VERB = re.compile(rf"\band\s+(?:also\s+|then\s+)?(?:[a-z]+ed\b|{_PAST.pattern})", re.I)
# an incident that is the topic of another act ("to raise the detention of", "about the strike")
_TOPIC_OF = re.compile(
    r"\b(?:to\s+(?:raise|discuss|address|condemn|review|protest|press\s+on)|"
    r"about|regarding|concerning)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
    # ("..., and about the situation in the Taiwan Strait and North Korea's continued ...":
    # a clause of its own after ", and")
    r"|^\s*about\s+(?:[\w\-’'.]+\s+){0,12}$"
    # "will talk about the situation in X and North Korea's continued missile launches"
    # ("will probably review some of the recent missile provocations", "statements
    # condemning the killings of civilians", "how to deal with unidentified aerial objects")
    r"|\b(?:(?:talk|speak|discuss|raise|review|address|condemn)\w*|deal\w*\s+with)\s+"
    r"(?:about\s+)?(?:[\w\-’'.,]+\s+){0,24}$"
    # "The President will be clear that the PRC-linked intrusions into our networks are
    # unacceptable": what a statement will say of an incident
    r"|\b(?:be|make\s+it|make)\s+clear\s+that\s+(?:[\w\-’'.,]+\s+){0,8}$",
    re.I,
)
_INVITATION = re.compile(
    r"\b(?:at\s+the\s+invitation\s+of|invited\s+by|hosted\s+by|welcomed\s+by|"
    r"received\s+by|greeted\s+by|as\s+the\s+"
    r"guest\s+of)\s+",
    re.I,
)
# "The session, co-chaired by A and B, will be held ...": a meeting noun as the subject,
# an aside with the trigger, then the subject's predicate
_APPOSITIVE_SUBJECT = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[\w\-–]+\s+){0,3}?(?:session|meeting|commission|talks|dialogue|"
    r"round|conference|summit|consultations),\s+"
)
_APPOSITIVE_PREDICATE = re.compile(
    r"[^.;]*?,\s+(?P<v>will|would|is|are|was|were|has|have|had)\b[^.;]*"
)
_IN_WHICH = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:incident|attack|clash|seizure|confrontation|case|boarding)"
    r"\s+(?P<d>(?:of|on)\s+[^,;]{3,40}?)(?:\s+(?:off|in|near|at)\s+[^,;]{1,40})?,\s+(?:in|during)"
    r"\s+which\b[^.;]*$",
    re.I,
)
# an adjective that puts the meetings after it still to come: "in further meetings", "a
# further round of talks", "future consultations"
_STILL_TO_COME = re.compile(
    r"\b(?i:further|future|subsequent|follow-on)\s+(?:(?:round|rounds|series)\s+of\s+)?$"
)
# a when-clause after a comma, or its second verb ("..., when I travelled to Kenya and we held")
_WHEN_CONJUNCT = re.compile(r",\s+(?P<w>when)(?:\s[^,;.]*?\sand)?\s*$", re.I)
# a named event's topic with a place in it: "the Conference on Prosperity and Security in
# Central America" (the place of the topic, not where the event is held)
_IN_THE_NAME = re.compile(
    r"\s+(?:on|for)\s+(?:(?:[A-Z][\w\-]*|and|of|the)\s+)+in\s+(?:the\s+)?[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)*"
)
_WHICH_TAKES_PLACE = re.compile(
    r"[^,;.]{0,40}?,\s+(?P<rel>which\s+(?:will\s+(?:take\s+place|be\s+held)|takes\s+place|took\s+place|"
    r"was\s+held|is\s+(?:being\s+)?held|is\s+scheduled))\b[^;]*?(?=,\s|[.;]|$)"
)
# an event noun opening the sentence, and its predicate after an aside set off by commas
# (or of a clause after "that": "The leaders agreed that the next session of X, ...")
_SUBJECT_NOUN = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[\w\-]+\s+){0,3}|.*\bthat\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}"
)
_ASIDE_PREDICATE = re.compile(
    r"[^.;]*?,\s+(?:is|are|will\s+be)\s+(?:(?:scheduled|expected|set|due|planned)\s+to\s+"
    r"(?:take\s+place|be\s+held)|to\s+(?:take\s+place|be\s+held)|held)\b"
)
# "designated A as special envoy", "designated B as the venue": an appointment, not a
# measure ("as a Specially Designated Global Terrorist", "as a terrorist organisation" are)
_APPOINTED_AS = re.compile(
    # (the "as" of the verb's own object, before any comma: not "A, who arranged shipments
    # disguised as dog food")
    r"[^.;,]{1,100}?\bas\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?!(?:an?|the|its|their|his|her)\s)"
    # ("as subjects of financial sanctions": the measure's own words after "as")
    r"(?![^.;,]{0,40}\b(?:sanction|terror|restrictive|asset\s+freez|designat))"
    r"(?!(?:terrorist|terror|specially|global|foreign\s+terrorist|state\s+sponsor|sponsor|"
    r"entit|person|individual|organi[sz]ation|member|part|owner)\w*)(?-i:[a-z])[\w\-]*"
)
# a negated measure's verb: "has not sanctioned A", "did not designate B", "never listed C"
_NOT_TAKEN = re.compile(r"\b(?:not|never|n[’']t)\s+(?:yet\s+|been\s+|be\s+)*$")
# where a firm is based, before its name: "Mersin-based ", "St. Petersburg-based "
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w’'.]*[ \t]){0,2}[A-Z][\w’'.]*-based[ \t]+(?=[A-Z])")
# before a measure's word, in its clause: a call for it ("urged the government to sanction",
# "called for sanctions against", "want the Council to list") or its end ("removed A from
# the sanctions list"): no measure taken
_NOT_IMPOSED = re.compile(
    r"\b(?:(?:urged?|urging|press(?:ed|ing)?|want(?:s|ed)?|ask(?:s|ed)?|appeal(?:s|ed)?\s+to)"
    r"\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+|[a-z]+\s+){1,3}to\s+(?:impose\s+)?"
    r"|call(?:s|ed|ing)?\s+(?:on\s+[^.;]{1,60}?\s+to\s+(?:impose\s+)?|for\s+(?:new\s+|further\s+)?)"
    r"|(?:remov|delist|de-list|lift|revok)(?:e|es|ed|ing|s)?\s+[^.;]{1,80}?\s+from\s+"
    r"(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}"
    # a threat: "will not hesitate to impose further sanctions", "threatened new sanctions"
    r"|(?:not|never)\s+hesitate\s+to\s+(?:impose|take|adopt)\s+(?:[\w\-]+\s+){0,2}"
    r"|threaten(?:s|ed|ing)?\s+(?:to\s+impose\s+)?(?:[\w\-]+\s+){0,2})$"
)


# a noun, then "for" and the date: "the agenda for next year", "plans for 2026" (not a plan's
# participle: "scheduled for May", "set for Friday")
_NOUN_FOR = re.compile(
    r"\b(?!(?:scheduled|planned|set|slated|due|rescheduled|postponed|moved|delayed|ready|"
    r"time|date|days?|weeks?|hours?)\b)(?-i:[a-z]+)\s+for\s+$"
)


# a reporting verb with its subject, whose complement follows ("A said", "she added that")
_REPORTED_AFTER = re.compile(
    r"(?:[A-Z][\w\-]*|he|she|they|it)\s+(?:also\s+)?(?:said|says|added|noted|stressed|stated|told)"
    r"\b"
)


# a past verb of an event just before a date: "spoke by phone in", "met in"
_PAST_BEFORE_DATE = re.compile(r"\b(?:spoke|met|talked|visited|held|had)\b[^,;.]{0,40}$")


def _dates_a_noun_for(text: str, t, b_np: int) -> bool:
    """ "exchanged views on preparations for the cooperation agenda for next year": a date
    after a noun and "for" is the noun's, not the time of the trigger before it."""
    before = text[max(b_np, t.start - 40) : t.start]
    if t.text[:4].lower() == "for ":
        before += "for "
    return bool(_NOUN_FOR.search(before))


def _noun_with_aside(c: Candidate, text: str, a: int, b: int) -> bool:
    """Is the meeting an event noun heading its clause's subject, its predicate after an
    aside? ("The next meeting of X, chaired by A and B, is scheduled to take place in Y")"""
    return (
        c.kind == "meeting"
        and bool(_EVENT_NOUN.fullmatch(text[a:b].split()[-1]))  # ("second session")
        and bool(_SUBJECT_NOUN.fullmatch(text, 0, a))
        and bool(_ASIDE_PREDICATE.match(text, b))
    )


_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:the|this|their)\s+"
    r"(?:[\w\-–()]+\s+){0,6}$"
)
# a phrase relating the event after it to the time before it: "two days after C's visit
# to", "a week before the summit", "a day before A travels to", "ahead of A's visit to"
_RELATIONAL = re.compile(
    r"\b(?:(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+)?(?:days?|"
    r"hours?|weeks?|months?|years?)\s+(?:after|before)|ahead\s+of)\s+"
    # (a noun phrase or a named subject's clause, not the subject's own gerund: "a day after
    # arriving for a three-day visit" is the subject's own trip)
    r"(?=(?:the|a|an|his|her|their|its)\s|[A-Z])(?:[^\s,;.]+\s+){0,8}|"
    r"(?:after|before|following|ahead\s+of)\s+(?:(?:[A-Z][\w\-]*\s+){1,4}?[A-Z][\w\-]*[’']s\s+"
    r"(?:[\w\-]+\s+){0,2}))$"
)
# date words that look ahead whatever span they resolve to ("later this month": the month)
_LOOKS_AHEAD = re.compile(r"(?i)(?:later\s+this|(?:in\s+)?the\s+coming)\s+(?:week|month|year)\b")
_WAS_SCHEDULED = re.compile(
    r"\b(?:was|were|had\s+(?:\w+ly\s+)?been)\s+(?:\w+ly\s+)?(?:scheduled|planned|set|due|slated)\b"
)
# the time of a past postponement, not of the event put off: "Her visit was postponed in April"
# (not "postponed to/until October", the new time)
_WAS_POSTPONED_AT = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:postponed|put\s+off|deferred)\s+"
    r"(?:in|on|last|earlier)\b"
)
_NOW_CALLED_OFF = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+)?been\s+(?:\w+ly\s+)?(?:cancell?ed|postponed|"
    r"called\s+off|put\s+off|scrapped|shelved|deferred)\b"
)


def _put_off_in_past(text: str, a: int, lo: int) -> bool:
    """ "A postponed a planned trip to X in February": a past verb with the event noun as its
    object; its month is of the past (the plan or the postponement), not the next one."""
    off = _CALLS_OFF_OBJECT.search(text, max(lo, a - 80), a)
    return off is not None and off.group("v").lower().endswith(("ed", "off")) and not (
        off.group("v").lower().startswith(("calls", "puts"))
    )


# a later clause of the sentence that calls off the event by a noun pointing back to it:
# "A was scheduled to travel to X in October, and he decided to postpone that trip"
_CALLS_OFF_IT = re.compile(
    r"[^;.]{0,80}?,\s+(?:and|but)\s+[^;.,]{0,60}?\b(?P<v>postpon|cancel|call(?:ed|ing)?\s+off|"
    r"put(?:ting)?\s+off|scrap)\w*\s+(?:that|the|this)\s+(?:trip|visit|meeting|travel|summit)\b",
    re.I,
)
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_SECRET = re.compile(r"\bsecret(?:ly)?\b|\bclandestine\b|\bcovert\b", re.I)
_LOW_KEY = re.compile(
    r"\blow[\s\-]key\b|\bout\s+of\s+the\s+(?:lime)?light\b|\bquiet(?:ly)?\b|\bunannounced\b|"
    r"\bbehind\s+closed\s+doors\b|\bundisclosed\b",
    re.I,
)
_WILL = re.compile(r"\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|is\s+scheduled\s+to)\b")
_AT_THE_END_OF = re.compile(
    r"^\s*(?:At\s+the\s+(?:end|close|conclusion|start|beginning)\s+of|During|After|Following|"
    r"In\s+the\s+course\s+of)\s+(?:the|their|this|today's)\s+(?:[\w\-]+\s+)?$"
)
_AIRSPACE_OF = re.compile(
    r"\b(?P<c>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)(?:[’']s)?\s+(?:national\s+|sovereign\s+)?"
    r"airspace\b|\bairspace\s+of\s+(?:the\s+)?(?P<c2>(?-i:[A-Z])[\w\-]*(?:\s+(?:of\s+)?(?-i:[A-Z])"
    r"[\w\-]*){0,3})"
)
_KEEPS_IN_FORCE = re.compile(
    r"\b(?:maintain|keep|uphold|retain)\s+(?:in\s+place\s+)?(?:the|its|our|their|all)\s+"
    r"(?:[\w\-.’']+\s+){0,3}$",
    re.I,
)
_IMPOSED_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:imposed|adopted|introduced|placed)\s+(?:new\s+|further\s+|"
    r"additional\s+|tough\s+|sweeping\s+)?$"
)
_WILL_BE_BANNED = re.compile(
    r"[^.;]{0,150}?\b(?:will|shall)\s+be\s+(?:\w+ly\s+)?(?:prohibited|banned)\b"
)
_EFFECT_TODAY = re.compile(
    r"\b(?:with\s+effect\s+from|(?:takes?|took)\s+effect|enters?\s+into\s+force)\s+"
    r"(?:[\w:.]+\s+){0,3}?today\b",
    re.I,
)
# "designation of X, also known as Y, as a Foreign Terrorist Organization": X is the target
_DESIGNATION_OF_AS = re.compile(
    r"(?:\s+(?:in|on|last)\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?)?\s*(?:of\s+)?(?:the\s+)?"
    r"(?P<t>(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){0,4})"
    # "of A and B as Foreign Terrorist Organizations": one measure each
    r"(?:\s+and\s+(?:the\s+)?(?P<t2>(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){0,4}))?"
    r"(?:,\s+[^,;]{1,60},)?\s+as\s+(?:an?\s+|the\s+)?(?-i:[A-Z])"
)


# "A today concluded three days of talks with B": the talks end on the day the clause names
# and began the days before it (a verb of ending and a count of days before the noun)
_CONCLUDED_DAYS = re.compile(
    r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|completed|completes|ended|ends|finished)"
    r"\s+(?:(?:a|the|his|her|their)\s+)?(?P<n>two|three|four|five|six|seven|[2-7])[\s\-]days?\s+of\s+$",
    re.I,
)


# a clause that opens with "he"/"she" once its connective is cut off ("..., and he returns")
_OPENS_WITH_PRONOUN = re.compile(r"\s*(?:he|she)\b")


def _days_ending(date: str | None, text: str, lo: int, a: int, rest: str = "") -> str | None:
    """The span of 'concluded N days of talks' dated by its last day, and of "two-day talks"
    or "two days of talks" dated by their first day, or by their last when the clause says
    they ended ("The two-day talks ... ended on Tuesday"); other dates as they are."""
    if not date or not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return date
    m = _CONCLUDED_DAYS.search(text, lo, a)
    ending = m is not None
    if not m:
        m = _N_DAYS.search(text, lo, a)
        ending = bool(m and _ENDED.search(rest))
    if not m:
        return date
    n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    day = dt.date.fromisoformat(date)
    if ending:
        return f"{day - dt.timedelta(days=n - 1)}/{day}"
    return f"{day}/{day + dt.timedelta(days=n - 1)}"


# a span of days that qualifies the trigger's noun: "two-day talks", "three days of talks"
_N_DAYS = re.compile(
    r"\b(?P<n>(?i:two|three|four|five|six|seven)|[2-7])[\s\-]days?(?:\s+of)?\s+"
    r"(?:[A-Z][\w\-]*\s+|[a-z]+al\s+){0,2}$"
)
# the verb that tells the event ended, after its noun: "... ended on Tuesday"
_ENDED = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up|finished|ends|concludes)\b")


def _apposed(best: Temporal, every: list[Temporal], text: str) -> Temporal:
    """A rough time and the exact date set beside it after a comma ("just about a year ago,
    on November 30th of last year"): the exact one, when it falls within the rough one."""
    nxt = next((t for t in every if t.start > best.start), None)
    if (
        nxt is None
        or not nxt.edtf
        or not best.edtf
        or not re.fullmatch(r",\s*", text[best.end : nxt.start])
        or not re.match(r"(?i)(?:on|in)\s", nxt.text)
    ):
        return best
    rough, exact = parse_date(best.edtf), parse_date(nxt.edtf)
    if rough.start <= exact.start and exact.end <= rough.end and exact != rough:
        return nxt
    return best


def _held_by_a_side(d: dict, persons) -> bool:
    """Is the unnamed office ("the Crown Prince") held by a named side of its country? ("the
    meeting between the Crown Prince and the President", both named before: one side each)"""
    office = _OFFICE.fullmatch(d.get("description", ""))
    if not office or not d.get("country"):
        return False
    words = office.group("title").lower()
    return any(
        p.country == d["country"] and any(t.lower().startswith(words) for t in p.titles)
        for p in persons
    )


def _finish_meeting(c, text, a, b, lo, hi, mentions, published, context, home=None, recent=()):
    """Status, visibility, date, place and the kind's own parts of a candidate whose
    participants are known."""
    base = c.sentence.start
    if c.kind == "meeting":
        c.described = [d for d in c.described if not _held_by_a_side(d, c.persons)]
    # status, visibility, date, place
    c.status = _status(text, a, b, lo, hi)
    demanded = _DEMANDED.search(text, max(lo, a - 60), a) if c.kind == "meeting" else None
    if demanded:
        c.status = "tentative"  # "Latvia insists on an urgent meeting of ...": asked for only
        sides = {d.get("country") for d in c.described} - {None}
        askers = {p.country for p in c.persons if p.country} - sides
        if (
            len(sides) >= 2
            and askers
            and re.match(r"\s+between\b", text[b:])
            and not any(p.country in sides for p in c.persons)
        ):
            return False  # "A called for dialogue between X and Y": a third party's hope
    off = _CALLS_OFF_IT.match(text, b) if c.kind in ("visit", "meeting") else None
    if off and c.status in ("planned", "tentative"):
        put_off = off.group("v").lower().startswith(("postpon", "put"))
        c.status = "postponed" if put_off else "cancelled"
    if (
        c.status == "held"
        and lo > 0
        and (
            (re.search(r",\s+and\s*$", text[:lo]) and _ELIDED_VERB.match(text, lo))
            or (re.search(r",\s+then\s*$", text[:lo]) and re.match(r"\s*to\s", text[lo:a]))
            or (and_before(text, lo) and re.match(r"\s*to\s", text[lo:a]))
        )
    ):
        # "he will co-chair X with A, and hold talks with B": the modal of the clause before
        prev = clause_of(text, max(0, lo - 8), max(0, lo - 7))
        if _WILL.search(text, prev[0], lo):
            c.status = "planned"
    if (
        c.status == "held"
        and re.search(r"\bwhen\s*$", text[:lo])
        and _WILL.search(text, clause_of(text, max(0, lo - 6), max(0, lo - 5))[0], lo)
        and not _PAST.search(text, lo, hi)
    ):
        c.status = "planned"  # "A will raise it with B when the two ministers meet": ahead
    if c.status == "held" and re.match(r"(?:wraps|ends|finishes|concludes)\s", text[a:b]):
        c.status = "planned"  # "he wraps up in X with President A on Thursday": a schedule
    if _AT_THE_END_OF.search(text[:a]) and re.match(r"\s*,", text[b:]):
        # "At the end of the conversation, A invited B to visit": the event just told, named
        # as a time; the invitation's modal is not its status
        c.status = "held"
    c.definite = bool(_DEFINITE.search(text[max(0, a - 40) : a])) and not _VERB_TRIGGER.match(
        text, a
    )  # "The Vice President spoke with him": the subject's article, no event named before
    c.indefinite = bool(_INDEFINITE.search(text[max(lo, a - 40) : a]))
    if re.search(r"\b(?i:the|its|their)\s+next\s+(?:[\w\-]+\s+){0,3}$", text[max(lo, a - 50) : a]):
        c.indefinite = True  # "the next meeting of the Working Group": a new, later event
        if c.status == "held":
            c.status = "planned"
    elif c.kind == "meeting" and _STILL_TO_COME.search(text, max(lo, a - 40), a):
        c.indefinite = True  # "in further meetings, the teams can agree": later, new ones
        if c.status == "held":
            c.status = "planned"
    elif re.search(
        r"\b(?i:the|its|their|his|her)\s+(?:previous|last|most\s+recent)\s+$",
        text[max(lo, a - 40) : a],
    ):
        c.status = "held"  # "as agreed at their previous meeting in X on 28 December": past
    if c.status in ("planned", "tentative") and (
        re.search(
            r"\b(?:hold|holding|convene|convening|launch|establish)\s+the\s+first\s+"
            r"(?:[\w\-]+\s+){0,6}$",
            text[max(lo, a - 80) : a],
        )
        or re.search(r"\bthe\s+first\s+$", text[max(lo, a - 20) : a])
        and re.match(r"\w+\s+of\s+which\b", text[a:])
    ):
        # "decided to hold the first X Dialogue", "a Joint Study, the first meeting of which
        # will be held in July": a new event (not "That will be the first meeting between")
        c.indefinite = True
    if c.status in ("planned", "tentative"):
        c.tense = "future"
    elif c.status == "held" and (
        _PAST.search(text[max(lo, a - 60) : min(hi, b + 40)])
        or (search_tail(_SEQUENCED, text, lo, a, 8) and _PAST.search(text, lo, a))
    ):
        c.tense = "past"  # (or "A co-chaired X ..., following their meeting": before X, past)
    cues = [
        (_distance(m.start(), m.end(), a, b), name)
        for name, regex in (("secret", _SECRET), ("low-key", _LOW_KEY))
        for m in regex.finditer(text)
    ]
    near = [cue for cue in cues if cue[0] < 80]
    if near:
        c.visibility = min(near)[1]
    if (
        c.kind == "incident"
        and c.status in ("planned", "tentative")
        and _TOPIC_OF.search(text[max(lo, a - 200) : a])
    ):
        c.status, c.tense = "held", None  # "will travel ... to raise the detention of ..."
    if (
        c.kind == "sanction"
        and re.fullmatch(r"(?i)exports|imports", text[a:b])
        and _WILL_BE_BANNED.match(text, b)
    ):
        c.status, c.tense = "planned", "future"  # "exports to A, a firm ..., will be prohibited"
    if (
        c.kind == "sanction"
        and c.status == "planned"
        and _KEEPS_IN_FORCE.search(text, max(lo, a - 60), a)
    ):
        c.status, c.tense, c.subtype = "held", None, "standing"  # "Sweden will maintain the
        # EU sanctions on X": measures in force (annotation.md), whatever the modal
    if (
        c.kind == "sanction"
        and c.status == "planned"
        and _IMPOSED_BEFORE.search(text, max(lo, a - 40), a)
    ):
        c.status, c.tense = "held", "past"  # "He will explain why we imposed sanctions on X
        # and why they will stay in place": the verb of the measure is past
    if c.kind == "sanction" and c.status == "planned" and _EFFECT_TODAY.search(text, lo, hi):
        c.status, c.tense = "held", None  # "will subject A to an asset freeze, with effect
        # from today": in force on the text's day, taken
    pred = (
        _APPOSITIVE_PREDICATE.search(text, b)
        if c.kind == "meeting" and _APPOSITIVE_SUBJECT.fullmatch(text, 0, a)
        else None
    )
    if pred:
        # "The session, co-chaired by A and B, will now be held in Riga in October": the
        # subject's own predicate after the aside gives the status and the time
        lo, hi = pred.start("v"), pred.end()
        c.status = _status(text, lo, lo + len(pred.group("v")), lo, hi)
        if c.status in ("planned", "tentative"):
            c.tense = "future"
    verb = _APPOSITIVE_PREDICATE.match(text, b) if _noun_with_aside(c, text, a, b) else None
    if verb:
        # "The fourth meeting of the Council, chaired by A and B, will be held in May": the
        # noun's own predicate after the aside gives the status ("chaired" is the aside's)
        v = verb.start("v")
        c.status = _status(text, v, v + len(verb.group("v")), v, verb.end())
        if c.status in ("planned", "tentative"):
            c.tense = "future"
    forward = c.status in ("planned", "tentative") or (
        # ("which was scheduled to be held in March, had been postponed": the past schedule)
        c.status == "postponed"
        and not _WAS_SCHEDULED.search(text)
        and not _WAS_POSTPONED_AT.search(text)
        and not _put_off_in_past(text, a, lo)
    ) or (
        # "A visit by A, which had been planned for November, has been cancelled": called off
        # now (the present perfect), so the time it was planned for is still ahead
        c.status in ("cancelled", "postponed")
        and _NOW_CALLED_OFF.search(text, b) is not None
    ) or (
        # "will not meet B on Friday as planned": the day of the plan is still ahead
        c.status == "cancelled"
        and not_as_planned(text, a, b)
    )
    every = _dates(text, published, forward)
    b_np = _phrase_end(text, a, b)  # "missile attack on": the same event's words
    dates = [
        t
        for t in every
        if _in_scope(t, text, lo, hi)
        and not (
            t.start > b
            and _other_trigger(text, t, a, b_np)  # a later event's date is its own
            and not (c.kind == "visit" and _TO_ATTEND.search(text, b, t.start))
            # (not the day of a telling that closes the sentence: "A has imposed sanctions on
            # B under its new sanctions regime, the minister announced today")
            and not _told_after_present(text, t, lo, a)
        )
        and not (t.start > b and _possessive_of_other(text, t))
        and not (t.start > b and _attributive_of_other(text, t))
        and not _possessive_before_other(text, t, a)
        and not _told_at(c, text, t, a)
        and not (t.start > b and _dates_a_later_noun(text, t))
        and not _dates_a_since_noun(text, t, a)
        and not _dates_an_earlier_took_place(text, t, a)
        and not _in_other_relative(text, t, a)
        and not _in_last_relative(text, t, a)
        and not _dates_an_attribute(text, t)
        and not (t.start > b_np + 12 and _dates_a_noun_for(text, t, b_np))
        and not _dates_a_noun_of(text, t, b_np)
        # "Speaking at a joint news conference, A said trade had grown last year": what is
        # said after a reporting verb has its own time
        and not (t.start > b and _REPORTED_AFTER.search(text, b, t.start))
        and not (t.end <= a and not _opens(t, text) and _right_after_trigger(text, t, a))
        and not _earlier_conjunct(c, text, t, a, lo)
        and not _dates_a_later_clause(text, t, b)
        # "scheduled to meet A tomorrow, ahead of the second X Summit": the meeting's time
        and not (t.end <= a and _AHEAD_OF.search(text, t.end, a))
        # "met B on Monday, two days after C's visit to X": the main clause's time, not the
        # time of the event the relational phrase names
        and not (t.end <= a and _RELATIONAL.search(text, t.end, a))
        # "In a statement issued on Monday, the ministry said A had met B": the telling's
        and not _told_in_frame(c, text, t, a)
        and not _in_target_modifier(c, text, t, a)
        and not _since_of_first(text, t, a, b)
        # "spoke for the third time this year on Monday": the span a count is over
        and not re.search(r"\b(?:time|times)\s+$", text[: t.start])
        and not (  # "prolonged the restrictive measures until 27 July 2025": their end
            c.kind == "sanction"
            and (
                re.match(r"(?:until|till)\b", t.text, re.I)
                or re.search(r"\b(?:until|till|through)\s+$", text[: t.start])
            )
        )
    ]
    which = _WHICH_TAKES_PLACE.match(text, b_np) if c.kind == "meeting" else None
    if which:
        # "the G20 Leaders' Summit, which will take place on November 18 and 19": its date
        own = [t for t in every if which.start("rel") <= t.start < which.end()]
        dates = own or dates
    held_rel = _HELD_RELATIVE.match(text, b_np) if c.kind == "meeting" and not which else None
    if held_rel:
        # "the Leaders Summit that the President hosted here in Washington in December": the
        # relative clause dates the summit itself
        stop = re.compile(r"[,;.]").search(text, held_rel.end())
        own = [
            t for t in every if held_rel.end() <= t.start < (stop.start() if stop else len(text))
        ]
        dates = own[:1] or dates
    if not dates and c.kind == "visit":
        # "will continue on to Manila, where they will meet A on July 30": the stay's time
        where = re.match(r",\s+where\b", text[hi:])
        if where:
            rest = clause_of(text, hi + where.end(), hi + where.end() + 1)
            dates = [t for t in every if hi <= t.start < rest[1]][:1]
    aside = _RELATIVE.match(text, hi) if not dates else None
    if aside:
        # "agreed to convene the Group, which brings together officials of both ministries,
        # in Cairo before the end of the year": the main clause goes on after the aside
        rest = clause_of(text, aside.end(), aside.end() + 1)
        dates = [
            t
            for t in every
            if aside.end() <= t.start < rest[1] and not _other_trigger(text, t, a, b)
        ][:1]
    if not dates and re.match(r"(?:when|where)\b", text[lo:hi], re.I):
        # "the trip in February was scrapped when the balloon appeared": at that time;
        # "travelled to Tunis on Sunday ..., where they met A": the same time
        main = clause_of(text, max(0, lo - 2), max(0, lo - 1))
        dates = [t for t in every if main[0] <= t.start < lo][-1:]
        main_time = bool(dates)
    else:
        main_time = False
    when_and = (
        _WHEN_CONJUNCT.search(text, max(0, lo - 120), lo)
        if not dates and c.kind == "meeting" and c.status == "held" and c.tense != "future"
        else None
    )
    if when_and:
        # "the hospitality you showed me in Nairobi in May last year, when I travelled to
        # Kenya and we held our first talks": a second verb of the when-clause is at the
        # time the main clause before "when" gives (a past occasion, not today's)
        w = when_and.start("w")
        main = clause_of(text, max(0, w - 2), max(0, w - 1))
        dates = [t for t in every if main[0] <= t.start < w][-1:]
        main_time = bool(dates)
    if (
        not dates
        and and_before(text, lo)
        # ("will call on A and then co-chair the X with B": a second bare verb, the same time)
        and re.match(r"\s*(?:to|also|then)\s", text[lo:a])
    ):
        # "where on Wednesday he is scheduled to call on A and to meet B": a second
        # infinitive of the same verb shares the time set before that verb
        prev = clause_of(text, max(0, lo - 6), max(0, lo - 5))
        first = min(
            (
                m.start()
                for regex in _patterns_in(text, prev[0], lo)
                for m in regex.finditer(text, prev[0], lo)
            ),
            default=lo,
        )
        dates = [t for t in every if prev[0] <= t.start and t.end <= first][-1:]
        main_time = bool(dates)
    when = re.match(r",?\s+when\s", text[hi:]) if not dates and c.kind == "meeting" else None
    if when:
        # "A raised the matter with B when they held the Leaders' Meeting in June", "will
        # raise it with B when the two ministers meet later this month": at that time
        rest = clause_of(text, hi + when.end(), hi + when.end() + 1)
        dates = [t for t in every if hi <= t.start < rest[1]][:1]
        main_time = bool(dates)
    predicate = _ASIDE_PREDICATE.match(text, b) if _noun_with_aside(c, text, a, b) else None
    if predicate:
        # "The next meeting of the X, A and B, is scheduled to take place in Y on the 25th":
        # the noun's own predicate, after the aside, dates it
        rest = clause_of(text, predicate.end(), predicate.end() + 1)
        own = [t for t in every if predicate.end() <= t.start < rest[1]][:1]
        if own:
            dates, main_time = own, True
    in_which = _IN_WHICH.search(text, 0, a) if c.kind == "incident" else None
    if in_which:
        # "discussed the incident of 14 March off X, in which a boat was boarded and its crew
        # detained": the date of the noun the relative clause tells
        own = [t for t in every if in_which.start("d") <= t.start < in_which.end("d")]
        if own:
            dates, main_time = own[:1], True
    if not dates:  # none in the clause: a date right beside it ("— from Canada on Saturday")
        dates = [
            t
            for t in every
            if _distance(t.start, t.end, lo, hi) < 30
            and not _other_trigger(text, t, a, b)
            and not (  # "A called B yesterday, and will discuss it with C": not C's date
                t.end <= lo and c.status == "planned" and parse_date(t.edtf).end < published
            )
            # ("they spoke by phone in May, and this will be their first meeting": the date of
            # the past verb before, not of the plan)
            and not (
                t.end <= lo
                and c.status == "planned"
                and _PAST_BEFORE_DATE.search(text, max(0, t.start - 50), t.start)
                and _right_after_trigger(text, t, a)
            )
            and not _possessive_of_other(text, t)
            and not (t.start > b and _attributive_of_other(text, t))
            and not _possessive_before_other(text, t, a)
            and not (t.start > b_np + 12 and _dates_a_noun_for(text, t, b_np))
            and not _dates_a_noun_of(text, t, b_np)
            and not (t.start > b and _REPORTED_AFTER.search(text, b, t.start))
            and not (t.start > b and _dates_a_later_noun(text, t))
            and not _dates_a_since_noun(text, t, a)
            and not _dates_an_earlier_took_place(text, t, a)
            and not _in_last_relative(text, t, a)
            and not _earlier_conjunct(c, text, t, a, lo)
            and not _dates_a_later_clause(text, t, b)
            and not (t.end <= a and _AHEAD_OF.search(text, t.end, a))
            and not (t.end <= a and _RELATIONAL.search(text, t.end, a))
            and not _told_at(c, text, t, a)
            and not _told_in_frame(c, text, t, a)
            and not _in_target_modifier(c, text, t, a)
            and not _since_of_first(text, t, a, b)
        ]
    now = _NOW_DOING.search(text, max(0, a - 30), b) if c.kind == "sanction" else None
    if (
        # (a date far from the trigger is another verb's: "A is imposing sanctions on B ...
        # for their role in X, the Minister announced today")
        not any(_distance(t.start, t.end, a, b) < 90 or _opens(t, text) for t in dates)
        and c.status == "held"
        and now
        and (now.end() >= a or _ITS_OBJECT.fullmatch(text, now.end(), a))
    ):
        # "OFAC is also designating A", "Concurrently, B and C are being designated": a
        # release's measure told in the present progressive is taken that day (not at the
        # last date the sentence before gave)
        dates = [Temporal(now.start(), now.end(), "today", published.isoformat(), "anaphor")]
        main_time = True
    for regex, resolve in ((_SAME, _same_as), (_FOLLOWING, _following)):
        same = None if now and main_time else regex.search(text, lo, hi) or _opening(regex, text)
        if (
            regex is _FOLLOWING
            and same
            and (same.group("before") or same.group("later"))
            and _NEXT_VERB.search(text, b, same.start())
        ):
            same = None  # "led the delegation to X and met A the day before": the time of the
            # second verb ("met"), not of the trigger
        part = same and any(same.groupdict().get(k) for k in ("eve", "eve2", "later", "before"))
        unit = next((v for k, v in same.groupdict().items() if v), None) if same else None
        # ("Later that day" after "... in April and in May": the last day told, not a month)
        part = part or (regex is _SAME and (unit or "").lower() == "day")
        previous = _previous_date(context or {}, published, day=bool(part)) if same else None
        edtf = resolve(previous, unit) if previous else None
        if edtf:
            # (the anaphor, not the time the resolver reads in the same words: "Later in the
            # day" is the day of the last date, not today)
            dates = [t for t in dates if not (t.start < same.end() and same.start() < t.end)]
            dates.append(Temporal(same.start(), same.end(), same.group(0).strip(), edtf, "anaphor"))
    also = (
        _ALSO_DID.search(text, max(lo, a - 30), b)
        if not dates and c.kind == "meeting" and c.status == "held" and c.tense != "future"
        else None
    )
    if also and "," not in text[: also.start()] and not _OF_A_STAY.search(text):
        # "On Monday, A held talks with B. ... A also met C": one more meeting of the same
        # occasion, on the day the two sentences before last gave (not one framed by a trip:
        # "During his stay, A also met C", "In Hanoi, A also met C" have the trip's days; nor
        # after "... and invited him to visit later this year", whose last time is no day)
        before = (context or {}).get("before", [])[-2:]
        previous = _previous_date({"before": before}, published)
        if previous and parse_date(previous).precision == "day":
            dates = [Temporal(also.start(), also.end(), "also", previous, "anaphor")]
            main_time = True
    if not dates and c.status == "held" and _MEANWHILE.match(text):
        # "Meanwhile, A received B": at the time of the story the text leads with
        lead = _lead_day((context or {}).get("before", []), published)
        if lead:
            dates, main_time = [Temporal(0, 9, "Meanwhile", lead, "anaphor")], True
    eve = _EVE.search(text, lo, hi) or _opening(_EVE, text) if not dates else None
    edtf = eve and _eve_date(eve, (context or {}).get("before", []), published)
    if edtf:
        dates = [Temporal(eve.start(), eve.end(), eve.group(0).strip(), edtf, "anaphor")]
    if not dates and c.kind == "meeting" and _IT_WAS.match(text) and lo == 0:
        # "The fifth meeting of X was held in Athens on 7 December. It was co-chaired by A
        # and B": the meeting of the sentence before, at its time
        for prev in reversed((context or {}).get("before", [])[-2:]):
            dated = (
                [
                    t
                    for t in _dates(prev, published, looks_forward(prev))
                    if t.edtf and not t.text.strip().lower().startswith("since")
                ]
                if _MEETING_NOUN.search(prev)
                else []
            )
            if dated:
                dates = [Temporal(0, 0, dated[-1].text, dated[-1].edtf, "anaphor")]
                main_time = True
                break
    if not dates and (
        (c.subtype == "air-intercept" and text[a:b].endswith("in response"))
        or (c.kind == "incident" and re.search(r"\balso\s+$", text[max(0, a - 6) : a]))
        or (c.kind == "incident" and _craft_again(text, (context or {}).get("before")))
    ):
        # "On 17 September two bombers flew ... . Fighters were scrambled in response", "On
        # the 15th, a corvette crossed the bow of A. A helicopter also hovered over it": at
        # the time of the act the sentence before told
        prev = ((context or {}).get("before") or [""])[-1]
        dated = [t for t in _dates(prev, published, False) if t.edtf]
        if dated:
            dates = [Temporal(0, 0, dated[0].text, dated[0].edtf, "anaphor")]
            main_time = True
    if not dates and c.status == "held" and lo == 0:
        # "The Council today imposed measures on four people. ... The Council also listed X",
        # "A held bilateral meetings today. A met B, C and D in separate sessions": the same
        # subject tells more of the day's action, on that day
        dates = _same_subject_today(text, a, b, (context or {}).get("before", []), published)
        main_time = main_time or bool(dates)
    if not dates and c.kind == "meeting" and c.status == "held" and _GREETING.match(text, a):
        # "a warm welcome to the Chancellery", "welcome to Accra": a greeting is said at the
        # meeting it opens, on the day of the remarks
        words = _GREETING.match(text, a).group(0).strip()
        dates, main_time = [Temporal(a, b, words, published.isoformat(), "anaphor")], True
    if (
        not dates
        and lo == 0
        and c.status == "held"
        and (
            c.kind == "meeting"
            and c.tense == "past"
            # (not a headline, with no stop: the body's lead tells the measure again)
            or c.kind == "sanction"
            and text.rstrip().endswith((".", ":"))
        )
    ):
        # (a release's lead measure under its dateline: "12 May 2026" / "The President has
        # enacted the decision to apply sanctions against ...")
        line = ((context or {}).get("before") or [""])[-1]
        dates = _dateline_day(line, published, numeric=c.kind == "sanction")
        main_time = main_time or bool(dates)
    if dates:
        best = _apposed(min(dates, key=lambda t: _distance(t.start, t.end, a, b)), every, text)
        took_place = (  # "a call between A, <title>, and B, <title>, took place in December"
            best.start > b
            and _TOOK_PLACE.search(text, max(0, best.start - 25), best.start)
            and not _trigger_between(text, b, best.start)
        )
        if (
            _distance(best.start, best.end, a, b) < 90
            or _opens(best, text)
            or main_time
            or took_place
            or _told_after_present(text, best, lo, a)
        ) and not (
            # "A will visit X next week, B told reporters after the meeting": the event named
            # as the time of the telling came first; a later date is the other clause's
            _AFTER_EVENT.search(text[max(lo, a - 30) : a])
            and parse_date(best.edtf).start > published
        ):
            c.date, c.date_text = best.edtf, best.text.strip()
            c.evidence.append((base + best.start, base + best.end))
            since = since_clause(text, best, a) if c.status == "held" else None
            if since is not None and best.edtf:  # "Since X was issued in June 2021, ... has"
                c.date = f"{best.edtf.split('/')[0]}/{published.isoformat()}"
                c.date_text = text[since : best.end]
            if c.kind == "meeting":
                c.date = _days_ending(c.date, text, max(lo, a - 40), a, text[b:hi])
            if c.status == "held" and best.edtf and (
                parse_date(best.edtf).start > published
                or _LOOKS_AHEAD.match(best.text.strip())  # "his visit later this month"
            ):
                c.status, c.tense = "planned", "future"  # "his visit next week"
            elif c.status == "planned" and best.edtf and parse_date(best.edtf).end < published:
                # "would host A, the first summit since the one held in March 2023": a
                # sentence's modal does not make a dated past event planned
                c.status, c.tense = "held", "past"
    span = _opens_and_closes(text, b, c.status in ("planned", "tentative"), published)
    if c.kind in ("meeting", "visit") and span:
        c.date, c.date_text = span  # "the NATO Summit, which opens Tuesday afternoon and
        # wraps up on Wednesday": the gathering's own days, not the arrival's
    visiting = c.kind == "visit" and visiting_adjective(text, a)
    place = _place_after(
        # (a meeting in a "where" clause: up to the clause's end, not the next leg's town:
        # "..., where he'll see B, and then on Saturday he goes on to Canberra")
        text[:hi] if c.kind == "meeting" and re.match(r"\s*where\b", text[lo:a]) else text,
        {"incident": lo, "visit": a}.get(c.kind, b),
        c.kind,
    )
    named = (
        _IN_THE_NAME.match(text, b)
        if c.kind == "meeting" and text[a:b].split()[-1][:1].isupper()
        else None
    )
    if named:  # "the Conference on Trade in Central America": a place in the event's name
        place = _place_after(text, named.end(), c.kind)
    if c.kind == "incident" and _earlier_place(text, lo, a):
        # "the coup in Niger and the abduction of two engineers in Kaduna State": its own place
        place = _place_after(text, b, c.kind)
    annexed = (
        re.match(r"(?:the\s+)?([A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)?)", text[b:].lstrip())
        if c.subtype == "annexation"
        else None
    )
    code = annexed and (_known_places().get(annexed.group(1)) or country_of_word(annexed.group(1)))
    if code:  # "took action to annex Crimea": the land annexed is where it happened
        place = (None if _is_country_name(annexed.group(1)) else annexed.group(1), code)
    if c.kind == "meeting" and _AT_THE_END_OF.search(text[:a]) and re.match(r"\s*,", text[b:]):
        place = None  # "At the end of the call, A invited B to visit X": the visit's place
    if visiting:  # "held talks in Beijing with visiting Foreign Minister A": A came there
        place = None
        for m in _PLACE.finditer(text, lo, a):
            name = m.group("place")
            code = _known_places().get(name) or country_of_word(name)
            if code:
                place = (None if _is_country_name(name) else name, code)
    if not place and c.kind == "meeting":
        place = _place_before(text, a) or _place_of_where(text, lo, a)
        if not place and re.search(r",\s+then\s*$", text[:lo]) and re.match(r"\s*to\s", text[lo:a]):
            place = _place_after(text, lo, c.kind)  # "..., then to Bogota to see B"
    if not place and c.kind == "visit" and _DURING_NOUN.search(text, max(0, a - 40), a):
        # "held talks in Caracas on Monday during a one-day trip": the trip is where the act it
        # is the time of took place (the last place before it in the sentence)
        for m in _PLACE.finditer(text, 0, a):
            name = m.group("place")
            code = _known_places().get(name) or country_of_word(name)
            if code and m.group(0)[:2] == "in":
                place = (None if _is_country_name(name) else name, code)
    if place:
        c.place, c.place_country = place
    if c.kind == "visit":
        crowd = _CROWD_SUBJECT.search(text, lo if lo > 0 else 0, a)
        if crowd and not any(crowd.start() <= m.start - base < a for m in mentions):
            return False  # "that the eleven crew members ... would return to India": no official
        traveler = _traveler(c, mentions, base, a, recent, (context or {}).get("persons", []), home)
        author = (context or {}).get("author")
        if traveler is None and author is not None and _FIRST_PERSON.match(text[lo:a]):
            traveler = author  # "I will travel to Fiji next week" in a minister's release
        if (
            traveler is not None
            and _PRESENT_IN.match(text, a, b)
            and any(_RESIDENT_TITLE.search(t) for t in traveler.titles)
        ):
            return False  # "Ambassador A is in Madrid": an envoy at the post, no visit
        if _PRESENT_IN.match(text, a, b) and not (
            any(
                _SUBJECT_GAP.fullmatch(text, m.end - base, a)
                for m in mentions
                if m.end <= a + base
            )
            or _PERSON_BEFORE.search(text, max(0, a - 30), a)
        ):
            return False  # "Australia is in Asia", "the future is in Manila's hands": the
            # subject of a present stay is a person (a name, with its aside, or a pronoun)
        if (
            traveler is not None
            and home
            and (
                _PRONOUN.search(text, lo, a)
                # ("..., and he returns to X": a clause after its connective opens with "he")
                or _OPENS_WITH_PRONOUN.match(text, lo)
                or _POSSESSIVE.search(text[max(lo, a - 30) : b])
            )
            and not any(lo <= m.start - base < a for m in mentions)
            and _office_subject(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
        ):
            traveler = None  # "The President arrives ... On Saturday he travels on to ..."
        elif (
            traveler is not None
            and home
            and c.subject is None
            and _PRONOUN.search(text, lo, a)
            and not any(lo <= m.start - base < a for m in mentions)
        ):
            # "he'll lead the delegation to X" after "The Secretary departs ...": the named
            # holder of the office the "he" continues, not the last person named
            traveler = office_holder(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            ) or traveler
        departs = bool(_DEPARTURE_ADJUNCT.search(text[:a]))  # "... before departing for X"
        titled = (
            _title_pair(text, lo, a, recent)
            if not any(lo <= m.start - base < a for m in mentions) and not departs
            else []
        )
        if titled and all(p.country != c.place_country for p in titled):
            traveler, c.each = titled[0], titled  # one visit each (_split_coordinated)
        both = _BOTH_TRAVELERS.search(text, lo, a) if traveler is None else None
        pair = _two_leaders(recent, "sides") if both else []
        if both and pair:
            # "both ambassadors will be in Geneva": one visit for each side's
            noun = both.group("noun").rstrip("s")
            c.persons = []
            c.described = [
                {"description": f"{p.country} {noun}", "country": p.country, "role": "traveler"}
                for p in pair
                if p.country and p.country != c.place_country
            ]
            return bool(c.described) and _finish_evidence(c, text, a, b, mentions, base)
        if traveler is None:
            described = _described_traveler(
                text, a, home, body_before(c, context), (context or {}).get("persons", [])
            )
            guest = (
                [p for p in reversed(recent) if p.country and p.country != c.place_country][:1]
                if re.search(r"\binvit\w*\s+(?:him|her)\s+to\b", text[lo:a])
                and described is not None
                and described.get("country") == c.place_country
                else []
            )
            if guest:
                # "The President has invited him to make a state visit to Washington": the
                # last person of another country named travels, the unnamed office hosts
                c.persons, c.roles = [guest[0]], {guest[0].key: "traveler"}
                c.described = [{**described, "role": "host"}]
                return _finish_evidence(c, text, a, b, mentions, base)
            if described is None or described.get("country") == c.place_country:
                return False
            c.persons, c.described = [], [{**described, "role": "traveler"}]
            invited = [x.end() for x in _INVITATION.finditer(text)]
            for m in mentions:  # "... where he'll be welcomed by Crown Prince A": the host
                if (
                    c.place_country
                    and m.person.country == c.place_country
                    and (
                        any(0 <= m.start - base - e < 40 for e in invited)
                        or _WILL_HOST.match(text, m.end - base)
                    )
                    and m.person not in c.persons
                ):
                    c.persons.append(m.person)
                    c.roles[m.person.key] = "host"
            return _finish_evidence(c, text, a, b, mentions, base)
        if departs and c.place_country and traveler.country == c.place_country:
            return False  # the subject leaves for home
        post = next(filter(None, (_ENVOY_POST.search(t) for t in traveler.titles)), None)
        if post and c.place_country in (None, _longest_country(post.group("c"))):
            return False  # "the Ambassador to Haiti will travel to Cap-Haitien": at the post
        if c.place_country and traveler.country == c.place_country:
            # "accepted Prime Minister M's invitation to visit Italy": M is the host
            others = [
                m.person
                for m in mentions
                if lo <= m.start - base < hi
                and m.person.country
                and m.person.country != c.place_country
            ]
            if others:
                traveler = others[0]
            elif re.search(r"\binvit\w*\s+(?:him|her)\s+to\b", text[lo:a]):
                # "The President invited him to make a state visit to Washington": the last
                # person of another country named, not the host who invites
                guest = [p for p in reversed(recent) if p.country and p.country != c.place_country]
                traveler = guest[0] if guest else traveler
        c.persons = [traveler]
        c.roles[traveler.key] = "traveler"
        if c.place_country and traveler.country == c.place_country and not c.place:
            return False
        if c.status == "declined" and not c.place and not c.place_country:
            return False  # "ruled out a visit to the region": a refusal with no one refused
        invited = [x.end() for x in _INVITATION.finditer(text)]
        for m in mentions:  # the host the clause names: someone of the country visited
            p = m.person
            inviter = any(0 <= m.start - base - e < 40 for e in invited) or bool(
                _WILL_HOST.match(text, m.end - base)  # "..., which Prime Minister A will host"
            )
            if (
                (lo <= m.start - base < hi or inviter)
                and c.place_country
                and p.country == c.place_country
                and p not in c.persons
                and m.end - base > label_end(text)  # (not the speaker: "Spokesperson A: ...")
            ):
                c.persons.append(p)
                c.roles[p.key] = "host"
        host = _office_of_visited(c, text, lo, a, [*recent, *(context or {}).get("persons", [])])
        if host is not None and host not in c.persons:
            c.persons.append(host)  # "A thanked the President of Chile for the hospitality
            c.roles[host.key] = "host"  # during his visit to Chile": the office hosts
        own = sentence_subject(text, mentions, base)
        if (
            own is not None
            and c.place_country
            and own.country == c.place_country
            and own not in c.persons
            and re.search(
                r"\binvit(?:ed|es)\s+(?:[A-Z][\w.\-’']*\s+){1,5}to\s+(?:(?:pay|make|undertake)\s+"
                r"(?:a|an)\s+(?:[\w\-]+\s+){0,2})?$",
                text[:a],
            )
        ):
            # "A expressed his thanks ..., and invited Prime Minister B to pay an official visit
            # to Cambodia": the subject who invites hosts
            c.persons.append(own)
            c.roles[own.key] = "host"
        if not c.place and not c.place_country and re.match(
            r"(?:was|were|will|had)\b|(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?in\b", text[a:b]
        ):
            return False  # "was in <a room>": not a place abroad
        if re.match(
            r"(?:was|were|will|would|had)\b|(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?in\b",
            text[a:b],
        ) and _EVENT_SUBJECT.search(
            text, max(0, a - 40), a
        ):
            return False  # "The last round was in Honolulu": an event's place, no one's stay
        if (
            not c.place
            and not c.place_country
            and (not c.date or _THE_PRESENT.search(text, max(0, a - 30), a))
            and c.status == "held"
        ):
            # "the trip" with nothing else: kept only to merge into a fuller mention ("on
            # preparations for the present visit": the text's visit, whatever date the
            # clause before gives)
            c.subtype = "bare"
    elif c.kind == "incident":
        c.persons = []
        c.parties = sorted({code for code in _countries_in(text) if code})
        if (
            _GENERIC_ACT.search(text, lo, a)
            or _ANY_CRAFT.match(text, b)
            or _AVERTED.search(text, max(lo, a - 60), a)
        ):
            return False  # "it would shoot down any drone that entered its airspace": a
            # class of acts a warning or a rule names (a quantified subject), none that happened
        if len(c.parties) <= 1 and _NO_STATE_OBJECT.match(text, b):
            return False  # "Police fired rubber bullets at protesters", "the coast guard seized
            # two tonnes of cocaine": an act on people or goods of no other state (domestic)
        if c.subtype == "military-drill" and _partners_only(c, text, lo, a, b, home):
            return False  # "X and Y navies held joint drills": a drill of two partners
        owner = _AIRSPACE_OF.search(text, lo, hi) if c.subtype == "airspace" else None
        code = owner and _longest_country(owner.group("c") or owner.group("c2"))
        if code and not c.place:
            # "a Russian aircraft ... violated Finnish airspace near X": where it happened is
            # the country whose airspace it was, not one a modifier names ("Russian Ministry")
            c.place_country = code
        if c.subtype in ("detention", "hostage-taking"):
            target = _held_person(text, a, b, lo, mentions, base)
            if target is not None:
                c.persons, c.roles = [target], {target.key: "target"}
    elif c.kind == "sanction":
        if _NOT_IMPOSED.search(text, max(0, lo, a - 160), a) or _NOT_TAKEN.search(
            text, max(0, lo, a - 30), a
        ):
            return False  # a call for sanctions, a delisting, a negated one: no measure taken
        if re.match(r"(?i)designat", text[a:b]) and _APPOINTED_AS.match(text, b):
            return False  # "designated Minister A and Minister B as special envoys": a post
        _sanction_parts(c, text, a, b, mentions, base, home)
        for target in [c.target or {}, *c.each]:
            if target.get("organization"):
                # "listed Mersin-based A Ltd.": the firm's name without where it is based
                target["organization"] = _BASED_PREFIX.sub("", target["organization"])
        decision = None if c.date else register_decision(text, a, b)
        when = [
            t
            for t in (_dates(text, published, False) if decision else ())
            if t.edtf and decision[0] <= t.start < decision[1]
        ]
        if when:  # "the decision of the Treasury of 9 April to include A in its list": its day
            c.date, c.date_text = when[0].edtf, when[0].text.strip()
            c.evidence.append((base + when[0].start, base + when[0].end))
        if _short_names_of_people(c, (context or {}).get("before") or []):
            c.target, c.each = None, []  # (people the extractor does not know as persons)
        named = _DESIGNATION_OF_AS.match(text, b) if c.target is None else None
        if named and re.match(r"(?i)designation", text[a:b]):
            # "the Department of State's designation of X as a Specially Designated Global
            # Terrorist": X is the target, the department's government the imposer
            c.target = {"organization": named.group("t")}
            if named.group("t2"):
                c.each = [{"organization": named.group("t2")}]
            body = r"\b(?:Department|Ministry|Treasury|Office|Government)\b[^,;.]{0,40}[’']s\s+$"
            if c.imposer is None and re.search(body, text[lo:a]):
                c.imposer = home  # "the Department of State's designation": its government's
            # "..., which took effect on February 16": the day of the measure
            took = r",\s+which\s+(?:took|takes|will\s+take)\s+effect\s+(?=on\b)"
            effect = re.compile(took).search(text, named.end(), named.end() + 120)
            when = [
                t
                for t in (_dates(text, published, False) if effect and not c.date else ())
                if t.edtf and t.start == effect.end()
            ]
            if when:  # "..., which took effect on February 16, 2024": the measure's day
                c.date, c.date_text = when[0].edtf, when[0].text.strip()
                c.evidence.append((base + when[0].start, base + when[0].end))
        if re.search(
            r"\b(?:existing|current|standing|remaining|ongoing|longstanding|long-standing)"
            r"\s+(?:[\w.\-]+\s+){0,2}$",
            text[max(lo, a - 40) : a],
            re.I,
        ) or (
            (upheld := _UPHELD.search(text, max(lo, a - 60), a))
            # ("approved the implementation of measures including an asset freeze": a
            # government decides its own new measure, none upheld)
            and not _DECIDES.search(text, max(lo, upheld.start() - 40), upheld.start())
        ):
            c.subtype = "standing"  # a measure in force, not the one just taken
            if c.date_text and text.find(c.date_text, max(0, a - 40), b + 60) < 0:
                # ("On Friday, the US will announce ... that help Russia evade our existing
                # sanctions": the sentence's day is the announcement's, not the measure's)
                c.date = c.date_text = None
        if c.imposer is None and c.target is None:
            return False
    if c.kind == "meeting" and c.subtype == "talks" and c.place_country is None:
        pass
    return _finish_evidence(c, text, a, b, mentions, base)


def _dates_a_noun_of(text: str, t, b_np: int) -> bool:
    """ "highlighted the achievements of the last year": a date after "<plural noun> of (the)"
    past the trigger's phrase is that noun's, not the trigger's time (not a time's own noun:
    "in the early hours of Thursday")."""
    end = t.start + 3 if t.text[:3].lower() == "of " else t.start
    m = _NOUN_OF.search(text, max(b_np, end - 40), end)
    return bool(m) and m.start() >= b_np


_NOUN_OF = re.compile(
    r"\b(?!(?:hour|day|night|morning|evening|afternoon|week|month|year|weekend)s\b)"
    r"[a-z][a-z\-]{2,}s\s+of\s+(?:the\s+)?$"
)


def _craft_again(text: str, before) -> bool:
    """ "Two fishing boats were harassed by a coast guard vessel on 3 May. The vessel then
    doused them with water cannon": a sentence whose subject is the craft the sentence before
    brought in (by an article or a count) goes on with the same act."""
    m = _THE_CRAFT.match(text)
    if not m or not before:
        return False
    return re.search(
        rf"\b(?:an?|one|two|three|four|\d+)\s+(?:[\w\-()’']+\s+){{0,5}}{m.group('n')}",
        before[-1],
    ) is not None


_THE_CRAFT = re.compile(
    r"(?:The|That|This)\s+(?:[\w\-()]+\s+){0,3}?(?P<n>vessel|ship|boat|aircraft|plane|jet|"
    r"fighter|bomber|drone|helicopter|frigate|destroyer|corvette|cutter|submarine|warship)s?\s"
)


def _finish_evidence(c: Candidate, text, a, b, mentions, base) -> bool:
    """One evidence span: from the first participant mention, date, place or trigger to the
    last."""
    points = [(base + a, base + b)]
    for m in mentions:
        if m.person in c.persons:
            points.append((m.start, m.end))
    if c.place:
        idx = text.find(c.place, b if c.kind != "incident" else 0)
        if idx >= 0:
            points.append((base + idx, base + idx + len(c.place)))
    points += c.evidence
    c.evidence = [(min(p[0] for p in points), max(p[1] for p in points))]
    return True


# "travel to X to attend the Summit on 31 August": the trip is dated by what it is for
def _told_at(c: Candidate, text: str, t, a: int) -> bool:
    """ "Officials said on Monday that the trip would focus on X": the day of the telling,
    not of the meeting, trip or incident the reported clause tells ("The ministry said on
    Monday that forces had seized a tanker": the seizure is undated)."""
    return (
        c.kind in ("meeting", "visit", "incident")
        and t.end <= a
        and _REPORTED_AT.search(text, max(0, t.start - 40), t.start) is not None
        and re.search(r"\bthat\b", text[t.end : a]) is not None
    )


def _in_target_modifier(c: Candidate, text: str, t, a: int) -> bool:
    """ "On Monday, X sanctioned four officials involved in the seizure of a tanker": an
    incident named in a phrase that says who the targets are is their background; the date
    of the clause that holds the phrase is not its date (one inside the phrase is). So is an
    incident a verb of reaction or talk takes as its object ("On Monday, A condemned the
    detention of B", "summoned the envoy over the seizure of C"): the date is the
    reaction's."""
    if c.kind != "incident" or t.end > a:
        return False
    m = _TARGET_MODIFIER.search(text, max(0, a - 60), a) or _REACTED_TO.search(
        text, max(0, a - 60), a
    )
    return m is not None and t.end <= m.start()


# a verb of reaction or talk (or "over", "about") whose object is the incident's noun
_REACTED_TO = re.compile(
    r"\b(?:condemn(?:ed|s)?|protest(?:ed|s)?|denounc(?:ed|es)|deplor(?:ed|es)|decried|"
    r"criticis(?:ed|es)|criticiz(?:ed|es)|discuss(?:ed|es)?|rais(?:ed|es)|over|about)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|last\s+week[’']s\s+)?(?:[\w\-]+\s+){0,3}$"
)
# a participle that tells what a target did, right before an incident's noun
_TARGET_MODIFIER = re.compile(
    r"\b(?:involved\s+in|responsible\s+for|complicit\s+in|linked\s+to|accused\s+of|"
    r"implicated\s+in|connected\s+(?:to|with)|behind)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w\-]+\s+){0,3}$"
)


def _told_after_present(text: str, t, lo: int, a: int) -> bool:
    """ "X is imposing sanctions on A ... , the minister announced today.": a telling that
    closes the sentence, with the date as its last words, frames the whole sentence; a
    reported act in the present (progressive or perfect) is the act announced, of that day,
    however long the clause between."""
    return (
        t.start > a
        # (possessive: the same strings, not every split of a run of spaces tried)
        and re.fullmatch(r"\s*+[.”\"’']*+\s*+", text[t.end :]) is not None
        and _TRAILING_TELLING.search(text, max(0, t.start - 80), t.start) is not None
        and re.search(r"\b(?:is|are|has|have)\s+(?:\w+ly\s+|also\s+|now\s+)?\w+(?:ing|ed)\b",
                      text[lo:a]) is not None
    )


# the telling a sentence ends with: ", the Foreign Minister announced " (its date follows)
_TRAILING_TELLING = re.compile(
    r",\s+(?:[\w\-’'.]+\s+){1,7}?(?:announced|said|stated|confirmed|declared)\s+(?:on\s+)?$"
)


def _told_in_frame(c: Candidate, text: str, t, a: int) -> bool:
    """ "In a statement issued on Monday, the ministry said A had met B", "Speaking to
    reporters on Thursday, the spokesperson said ...", "At a press conference on Monday, A
    said he had met B": a date in a fronted frame, set off by a comma, before a main clause
    whose verb is one of telling, is the telling's; the event the reported clause tells has
    its own. ("A protested on Monday the seizure of X": the reaction's, not the seizure's.)"""
    if c.kind not in ("meeting", "visit", "incident") or t.end > a:
        return False
    if c.kind == "incident" and _REACTION.match(text, t.end, a):
        return True
    if _TOLD_CLAUSE.match(text, t.end) and _REPORTED_AT.search(
        text, max(0, t.start - 40), t.start
    ):
        return True  # "A told reporters on Monday he had held talks with B" (no "that")
    comma = text.find(",", t.end, a)
    if comma < 0:
        return False
    said = _SAID.search(text, comma, a)
    return said is not None and (
        _TELLING_FRAME.search(text, max(0, t.start - 50), t.start) is not None
        # "On Monday, A said that he had spoken with B": the opening date of a sentence whose
        # main verb tells (its subject before it: no event's word)
        or (_opens(t, text) and not _trigger_between(text, comma, said.start()))
    )


# a verb of reaction the incident after it is the object of: "protested on Monday the firing
# of water cannon", "The Philippines on Monday condemned the ramming of"
_REACTION = re.compile(
    r"[^,;.]{0,40}?\b(?:protest(?:ed|s)?|condemn(?:ed|s)?|denounc(?:ed|es)|critici[sz](?:ed|es)|"
    r"deplor(?:ed|es)|decried|rejected|summoned\s+[^,;.]{0,60}?\s+over)\s+"
    r"(?:against\s+|over\s+)?(?:[\w\-’']+\s+){0,4}$"
)
# a reported clause right after the telling's date: "(told reporters on Monday) he had held"
_TOLD_CLAUSE = re.compile(
    r"\s+(?:he|she|they|it|we|I|(?:[A-Z][\w\-’']*\s+){1,3}?)\s*(?:had|has|have|would|was|were)\b"
)


def _since_of_first(text: str, t, a: int, b: int) -> bool:
    """ "their first meeting since March", "the first visit since 2019": the span since a
    time, right after the noun, counts the events before this one; it does not date it."""
    return (
        0 <= t.start - b <= 2  # (right after the noun)
        and t.text.lstrip().lower().startswith("since")
        and _FIRST_OF.search(text, max(0, a - 40), a) is not None
    )


_FIRST_OF = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|latest)\s+(?:[\w\-’']+\s+){0,3}$", re.I
)


_TELLING_FRAME = re.compile(
    r"\b(?:statement|remarks|briefing|interview|communiqu[eé]|release|speaking|conference|"
    r"said|told|announced|confirmed)\b[^,;.]*$",
    re.I,
)
_SAID = re.compile(r"\b(?:said|says|stated|announced|confirmed|noted|told\s+\w+)\b")


# a verb of telling right before a date: "said on Monday", "told reporters on Monday"
_REPORTED_AT = re.compile(
    r"\b(?:said|says|announced|stated|confirmed|added|noted|told\s+(?:reporters|journalists|"
    r"the\s+press|lawmakers|parliament))\s+$"
)
_TO_ATTEND = re.compile(
    r"\bto\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+|"
    r"\bfor\s+the\s+(?:[A-Z][\w\-’']*\s+){1,5}(?:Summit|Meeting|Conference|Forum)\b"
)
_MEANWHILE = re.compile(r"Meanwhile\s*,")
# a past meeting verb after "also": "also met", "also held talks", "also paid a courtesy call"
_OF_A_STAY = re.compile(r"\b(?:margins?|sidelines?|during|stay|visit|trip|tour)\b", re.I)
_ALSO_DID = re.compile(  # (not "has also held talks": a present perfect of its own time)
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\balso\s+(?:met|held|paid|called|hosted|received|spoke|talked|had)\b"
    r"(?!\s+(?:been|to|a\s+(?:press|news)))"
)


def _lead_day(before: list[str], published) -> str | None:
    """The day the text's lead gives its news (the first past day of its first two
    sentences, a dateline line skipped): the time a "Meanwhile" goes back to."""
    for prev in [x for x in before if len(x) > 40][:2]:
        days = [
            t
            for t in _dates(prev, published, False)
            if t.edtf and len(t.edtf) == 10 and t.edtf <= published.isoformat()
        ]
        if days:
            return days[0].edtf
    return None


def _same_subject_today(text: str, a: int, b: int, before: list[str], published) -> list:
    """The publication day, as an anaphor, when the sentence opens with a short subject
    ("Anwar", "The Council also"), or has a trigger noun ("countermeasures"), that the last
    of the three sentences before naming it dates to the day of the text ("today", "this
    morning"): the same action told again."""
    head = _SHORT_SUBJECT.fullmatch(text, 0, a)
    words = [w for w in re.findall(r"[A-Z][\w\-]+", head.group(0)) if w != "The"] if head else []
    noun = (text[a:b].split() or [""])[0]
    if not words and _TRIGGER_NOUN.fullmatch(noun):
        words = [noun]
    if not words:
        return []
    for prev in reversed(before[-3:]):
        if not all(re.search(rf"\b{re.escape(w)}\b", prev) for w in words):
            continue
        today = [
            t
            for t in _dates(prev, published, looks_forward(prev))
            if t.edtf == published.isoformat() and t.kind == "today"
        ]
        if today and not looks_forward(prev):
            return [Temporal(0, 0, today[-1].text, today[-1].edtf, "anaphor")]
        return []
    return []


# a sanctions verb in the present progressive: "is also designating", "are being listed",
# with a manner adverb ("is publicly designating") or a progressive step towards the measure
# ("is taking steps to impose", "is moving to sanction")
_NOW_DOING = re.compile(
    r"\b(?:is|are)\s+(?:(?:also|now|today|(?-i:[a-z]+ly))\s+){0,2}"
    r"(?:being\s+(?:designated|sanctioned|listed)|(?:designating|sanctioning|listing|imposing)"
    r"|(?:taking\s+(?:steps|action|measures)|moving|acting)\s+to\s+"
    r"(?:designate|sanction|list|impose))\b"
)
# a decision on what follows: "approved the", "decided on the"
_DECIDES = re.compile(
    r"\b(?:approved|approves|decided|decides|adopted|adopts|agreed)\s+(?:on\s+|at\s+[^,;]{1,40}?\s+)?"
    r"(?:the\s+)?$"
)


# the words between a progressive verb and the measure that is its object: "is imposing
# (new) visa restrictions"
_ITS_OBJECT = re.compile(r"\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}")


def _office_of_visited(c: Candidate, text: str, lo: int, a: int, persons) -> Person | None:
    """The holder of an office of the visited country the clause names without a name
    before the visit ("thanked the President of Chile for ... his visit to Chile")."""
    if not c.place_country or any(r == "host" for r in c.roles.values()):
        return None
    for office in reversed(list(_OFFICE.finditer(text, lo, a))):
        own = office.group("c") or office.group("dem")
        if own and country_of_word(own) == c.place_country:
            return title_reference(
                office.group("title"), [p for p in persons if p.country == c.place_country]
            )
    return None


# a relative clause that tells when an event opens and when it closes
_OPENS_AND_CLOSES = re.compile(
    r"(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"  # ("the G20 Summit in Rome, which ...")
    # ("The visit of A to X, which began on Monday, ends on Thursday": its of/by/to phrase)
    r"(?:\s+(?:of|by|to)\s+[^,;.]{1,70}?)?"
    # (",?" between two runs of spaces: taken possessively, the same matches, but a run of
    # thousands of spaces is not split every way between them, the square of its length)
    r"(?:\s*+,\s++|\s++)which\s+(?:will\s+)?(?P<vx>opens?|opened|begins?|began|starts?|started|"
    r"runs?\s+from|ran\s+from)\s+(?P<x>[^,;.]{3,40}?)"
    r"(?:(?:\s+and\s+|,\s+(?:and\s+)?)(?:will\s+)?(?P<vy>wraps?\s+up|wrapped\s+up|ends?|ended|"
    r"closes?|closed|concludes?|concluded)|\s+(?:to|until|through))\s+"
    r"(?P<y>[^,;.]{3,30})"
)
_PAST_VERB = re.compile(r"(?:opened|began|started|ran|wrapped|ended|closed|concluded)\b")


def _opens_and_closes(text: str, b: int, forward: bool, published) -> tuple | None:
    """The span (EDTF, words) of "..., which opens Tuesday afternoon and wraps up on
    Wednesday" right after the trigger ("which began on Monday, ends on Thursday": each end
    read in its own verb's tense)."""
    m = _OPENS_AND_CLOSES.match(text, b)
    if not m:
        return None
    fx = forward if not _PAST_VERB.match(m.group("vx")) else False
    vy = m.group("vy")
    fy = fx if vy is None else not _PAST_VERB.match(vy)
    x = [t for t in _dates(m.group("x"), published, fx) if t.edtf and len(t.edtf) == 10]
    y = [t for t in _dates(m.group("y"), published, fy) if t.edtf and len(t.edtf) == 10]
    if not (x and y) or y[0].edtf <= x[0].edtf:
        return None
    return f"{x[0].edtf}/{y[0].edtf}", m.group(0).strip(" ,")


# what a dateline line holds besides its day: a time ("12 February 2026, 15:40")
_DATELINE_REST = re.compile(r"[\s,\-–|]*(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?[\s,\-–|]*")


# a dateline of numbers alone: "11/24/2026", "24.11.2026"
_NUMERIC_DAY = re.compile(r"\s*(?P<x>\d{1,2})[./](?P<y>\d{1,2})[./](?P<year>\d{4})\s*")


def _dateline_day(line: str, published, numeric: bool = False) -> list:
    """The day a dateline line ("12 February 2026, 15:40") gives the paragraph under it: a
    lead "A held talks with B", told in the past with no time of its own, is of that day."""
    if len(line) > 40:
        return []
    numeric = numeric and _NUMERIC_DAY.fullmatch(line)
    if numeric:
        # "11/24/2026", "24.11.2026": read either way round, the day only when one reading
        # is the text's day or up to a week before it (a release's measure only: a
        # headline's meeting is told again below it)
        x, y, year = (int(numeric.group(k)) for k in ("x", "y", "year"))
        for month, day in ((x, y), (y, x)):
            try:
                when = dt.date(year, month, day)
            except ValueError:
                continue
            if dt.timedelta(0) <= published - when <= dt.timedelta(days=7):
                return [Temporal(0, 0, numeric.group(0).strip(), when.isoformat(), "anaphor")]
        return []
    days = [t for t in _dates(line, published, False) if t.edtf and len(t.edtf) == 10]
    if len(days) != 1 or not _DATELINE_REST.fullmatch(
        line[: days[0].start] + line[days[0].end :]
    ):
        return []
    return [Temporal(0, 0, days[0].text, days[0].edtf, "anaphor")]


# the greeting "welcome (you) to <place>" (not "welcomed", nor "we welcome the meeting"):
# the host speaking at the meeting
_GREETING = re.compile(r"[Ww]elcome\s+(?:you\s+|back\s+)?to\s")
# a plural action noun a trigger may be: "countermeasures", "designations"
_TRIGGER_NOUN = re.compile(r"[a-z][a-z\-]{5,}(?:ures|ions|ments)")
# a sentence's subject before its verb: "Anwar ", "The Council also ", "Prime Minister A "
_SHORT_SUBJECT = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?:also\s+|then\s+|later\s+)?"
)
_IT_WAS = re.compile(
    r"\s*It\s+(?:was|is|will\s+be)\s+(?:also\s+)?(?:co-?chaired|chaired|"
    r"attended|hosted|opened|led)\s+by\b"
)
_MEETING_NOUN = re.compile(
    r"\b(?:meeting|summit|session|talks|dialogue|council|commission|"
    r"conference|consultations)\b",
    re.I,
)
_BOTH_TRAVELERS = re.compile(
    r"\b(?:both|the\s+two)\s+(?P<noun>ambassadors|envoys|delegations|"
    r"negotiators|foreign\s+ministers)\b",
    re.I,
)

_ENVOY_POST = re.compile(
    r"\b(?:Ambassador|High\s+Commissioner|Charg[eé]\s+d[’']Affaires)\s+(?:to|in)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
)
# a subject of people who hold no office ("the eleven crew members of the fishing vessel")
_CROWD_SUBJECT = re.compile(
    r"\b(?:that|and)\s+(?:the\s+|all\s+|some\s+)?(?:[\w\-]+\s+){0,3}?(?:crew\s+members|crews?|"
    r"fishermen|nationals|citizens|sailors|passengers|students|workers|detainees|prisoners|"
    r"migrants|tourists|pilgrims|hostages)\b"
)

# the words between a person's name and its verb: "of Kenya", an aside set off by commas
_SUBJECT_GAP = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?(?:\s*,[^,;]{1,80},)?\s+"
    r"(?:(?:now|currently|also)\s+)?"
)
# the present stay's trigger: "is in", "are currently in"
_PRESENT_IN = re.compile(r"(?:is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?in\b")
# a person as the subject right before "is in": a pronoun, a relative pronoun, a title
_PERSON_BEFORE = re.compile(
    r"\b(?:he|she|they|who|[Pp]resident|[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Pp]remier|"
    r"[Kk]ing|[Qq]ueen|[Ee]nvoy|[Dd]elegation|[Ll]eader|[Ss]peaker)\s+(?:(?:now|currently|also)\s+)?$"
)
_RESIDENT_TITLE = re.compile(r"\b(?:Ambassador|Charg|High\s+Commissioner|Consul)")
# a trip named as the time of the act before it: "during a one-day trip", "on her visit"
_DURING_NOUN = re.compile(
    r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$"
)
# a quantified or conditional subject before an incident's word: "any drone that entered its
# airspace", "if a ship intrudes into its waters"
_GENERIC_ACT = re.compile(
    r"\b(?:any|every|all)\s+(?:[\w\-]+\s+){0,2}?" + _CRAFT + r"\s+(?:that|which|who)\s+"
    r"(?:[\w\-]+\s+){0,2}$|\b[Ii]f\s+(?:an?|any|the)\s+(?:[\w\-]+\s+){0,3}?" + _CRAFT
    + r"\s+(?:[\w\-]+\s+){0,3}$"
)
# a quantified object right after the incident's verb: "ready to intercept any aircraft"
_ANY_CRAFT = re.compile(r"\s+(?:any|every|all)\s+(?:[\w\-]+\s+){0,2}?" + _CRAFT)
# an incident named as what is to be avoided: "to reduce the risk of collisions", "ways to
# prevent unsafe encounters", "to avoid a clash"
_AVERTED = re.compile(
    r"\b(?:risks?|danger|dangers|chances?|possibility|prevention|avoidance)\s+of\s+(?:an?\s+|"
    r"any\s+)?(?:[\w\-]+\s+){0,2}$|\b(?:avoid|prevent|avert|reduce|minimi[sz]e|deconflict)"
    r"(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:risk|number)\s+of\s+)?(?:an?\s+|any\s+|future\s+|"
    r"further\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)
# the object of an incident's verb that is no other state's: crowds, suspects, contraband
_NO_STATE_OBJECT = re.compile(
    r"(?:\s+(?:at|on|upon|against))?\s+(?:the\s+|some\s+|about\s+|more\s+than\s+)?(?:[\w\-,.]+\s+)"
    r"{0,3}?(?:protesters|demonstrators|rioters|crowds?|students|suspects|smugglers|criminals|"
    r"gangs?|gang\s+members|poachers|pirates|cocaine|heroin|drugs|narcotics|contraband|"
    r"cigarettes|counterfeit|fuel\s+smuggled)\b",
    re.I,
)
# the partners of a joint drill as its subject: "Kenyan and Korean navies held joint drills",
# "The Indonesian navy conducted a joint exercise with the Indian navy", "joint drills between
# Egypt and Greece"
_JOINT = re.compile(r"\bjoint\b|\bcombined\b|\btogether\b|\bwith\b|\bbetween\b", re.I)


def _partners_only(c, text: str, lo: int, a: int, b: int, home: str | None) -> bool:
    """A drill held together by the countries the sentence names, none of them a third party
    it is aimed at: cooperation, no incident (annotation.md: a drill aimed at another party).
    A text of a third government (its home not among the partners) keeps it: it reports the
    partners' drill because it concerns it ("Chinese and Russian bombers conducted joint
    flights")."""
    if not _JOINT.search(text, max(lo, a - 120), min(len(text), b + 60)):
        return False
    partners = [code for code in _countries_in(text[lo:b]) if code]
    if len(set(partners)) < 2 or set(c.parties) - set(partners):
        return False
    return home is None or home in partners


_EVENT_SUBJECT = re.compile(
    r"\b(?:round|meeting|talks|summit|session|dialogue|consultations?|conference|exercises?|"
    r"drills?|negotiations|ceremony|signing|forum)\s+$",
    re.I,
)
_WILL_HOST = re.compile(r"\s+(?:will\s+|is\s+|also\s+)*host(?:s|ing)?\b")

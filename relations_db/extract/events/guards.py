"""Guards: the words that make a trigger no event, or no firm plan.

A trigger word is not always an event the text reports. scan reads the words around each
trigger and drops it when they make it a negation ("no meeting"), one mention with another
("the next meeting of the X Working Group"), a policy or a duty ("committed to dialogue",
"the security of its airspace"), a time named by a known event ("ahead of the summit"), an
event told before ("the incursion", "those intercepts"), a war as background ("since
Russia's full-scale invasion"), staff work ("tasked their teams to follow up"), a domestic
detention, or a measure refused, urged, evaded or the UN's ("has not joined the
sanctions", "sanctions evasion"). detection reads the sentence and the text: a linked
page's title (_link_title_spans), a reporter's question and the reports it relays
(_QUESTIONER, _answering, _ASKED, _PRESS_REPORTS), a denial of reports (_DENIED_REPORT), a
condition contrary to fact (_COUNTERFACTUAL); "whether", hearsay and an invitation not
accepted make a plan tentative, a refused one declined; a trip home is no visit
(_home_coming). Every reason to drop a trigger has its home here, apart from the scan that
applies them, so that a rule and its exceptions read together.

Imports patterns and candidate.
"""

from __future__ import annotations

import bisect
import re

from .candidate import Candidate
from .patterns import _DATE_WORD, _ORDINAL

# the sentence or the text a trigger stands in (read by detection): a page's title, a
# question or what a reporter relays, a denial, a condition, an open question, hearsay, an
# invitation not accepted or refused

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


# who asks in a transcript: the reporter ("Q", "AUDIENCE MEMBER:", "REPORTER:")
_QUESTIONER = re.compile(r"^(?:Q|(?:[A-Z]+\s+)*(?:MEMBER|REPORTER|QUESTION|PARTICIPANT))$")


def _answering(body: str, start: int, turns: list[tuple[int, bool]]) -> bool:
    """Is the text at `start` a speaker's own words: no transcript turn label before it, or
    the last one is not a reporter's? (`turns`: each label's start and whether a reporter's)"""
    at = bisect.bisect_right(turns, (start, True)) - 1
    return at < 0 or not turns[at][1]


# a briefing's reported question: "Asked whether the Prime Minister would travel to
# Washington, the spokesperson said ..." (up to the answer's speaker)
_ASKED = re.compile(
    r"\s*Asked\s+(?:whether|if|when)\b[^.;]*?,\s+(?=(?:the|he|she|they|a|an|[A-Z]{2,})\b"
    r"[^,.;]{0,40}?\b(?:said|replied|told|confirmed|declined|noted|pointed|added|stressed)\b)"
)
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
_NOUN_TRIGGER = re.compile(
    r"(?:meeting|talks|call|bilat|summit|dinner|conversation|discussion|"
    r"dialogue)s?\b",
    re.I,
)
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
# a refusal whose object is the invitation a visit's trigger ends: "declined an invitation
# from A to visit", "turned down B's invitation to"
_REFUSED_INVITATION = re.compile(
    r"\b(?:declin(?:ed|es|ing)|turn(?:ed|s|ing)\s+down|reject(?:ed|s|ing)|refus(?:ed|es|ing)|"
    r"rebuff(?:ed|s|ing))\s+(?:an?|the|(?:his|her|their|its)|[A-Z][\w\-]*[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}?invitation\b[^.;]{0,100}?\bto\s+(?:[a-z]+\s+){0,3}$"
)
# an invitation right before a visit's trigger ("invited A to pay an official visit to",
# "an invitation to the Secretary to visit"), its acceptance, and a plan told besides it
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ation)\b[^.;]{0,80}?\bto\s+(?:[a-z]+\s+){0,3}$")
_ACCEPTED = re.compile(r"\baccept(?:ed|s|ing)?\b", re.I)
_PLAN_CUE = re.compile(
    r"\b(?:will|agreed|scheduled|planned|plans|expected|set\s+to|is\s+to)\b(?!\s+that\b)"
    r"(?![^.;]{0,40}\binvit)",
    re.I,
)
_JOINT_PRESS = re.compile(r"(?i)joint\s+(?:press|news|media)\s")


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


# the words around one trigger (read by scan, in this order): negations, a phrase that is
# one mention with another, an event named as known or as a time

_NEGATED = re.compile(r"\b(?:no|not|never|nothing|without|n[’']t)\b(?:\s+\w+){0,3}\s*$", re.I)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.\-’'+]+\s+){0,6}?")
# only title words between a verb and the name its object starts with
_TITLES_ONLY = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w.\-’']*|of|for|and|the)\s+){0,9}")
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
# a verb and "the" before a trigger, nothing of its own after it: an event named as known
_VERB_THE = re.compile(
    r"\b(?:prepar|discuss|review|plann|organis|organiz)(?:e|es|ed|ing)\s+the\s+$"
)
_NO_COMPLEMENT = re.compile(r"\s*(?:[.;,]|and\s)")


# meetings: staff work, manners, policies, hostings, signings

# a subject of two or more before "sat down": "They", "the two of them", "both", "the pair"
_PAIR_SUBJECT = re.compile(
    r"\b(?:[Tt]hey|[Tt]he\s+two|[Bb]oth|[Tt]he\s+pair|[Tt]ogether)\b(?:\s+[\w\-’']+){0,4}\s+$"
)
# a working group named as the owner of its work ("welcomed the work of the X Working Group
# and the Y Working Group", "the ongoing work of the bilateral Z Working Group"): the body
# and what it does over time, not a session of it
_WORK_OF_BODY = re.compile(
    r"\bwork\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:(?:working\s+groups?|commission|committee)\s+and\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?)?$",
    re.I,
)
# a manner adverbial: "(acted, were taken) in close consultation with"
_IN_CONSULTATION = re.compile(r".*\bin\s+(?:close\s+|full\s+)?consultation\s+with\b", re.I)
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
_IN_TOUCH = re.compile(r"(?:stay|keep|remain)\s+in\s+(?:close\s+)?(?:touch|contact)\b", re.I)
# a summit as the venue of a past meeting the text recalls: "(whom he) first met in Los
# Angeles at the Summit of the Americas": the verb's meeting, not the summit's own record
_MET_AT_THE = re.compile(
    r"\b(?:first|last|previously|once)\s+met\s+(?:in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)"
    r"{0,2}\s+)?at\s+the\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)
_FOR_A_MEAL = re.compile(
    r"\bfor\s+(?:(?:a|an|the)\s+)?(?:(?:working|state|private|official|informal)\s+)?$", re.I
)
_HOSTS_BEFORE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\s+[^,;.]{0,80}$", re.I
)
_HOSTED_FOR = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?!of\b)(?:(?!\b(?:visit|trip|travel|and\s+his|and\s+her)\b)[^;.])"
    r"{0,120}?\bfor\s+the\s+(?:[\w\-’']+\s+){0,6}$",
    re.I,
)
# a bare noun of talks after words that make it a means or a value ("committed to dialogue",
# "through negotiations", "the importance of dialogue"): no event
_POLICY_NOUN = re.compile(r"dialogue|talks|negotiations?|diplomacy|consultations?", re.I)
_AS_POLICY = re.compile(
    r"\b(?:committed\s+to|commitment\s+to|dedicated\s+to|support\s+for|importance\s+of|value\s+of|"
    r"through|via|by\s+means\s+of|in\s+favou?r\s+of|belief\s+in|path\s+of|spirit\s+of)\s+$",
    re.I,
)
_SIGNED_TOGETHER = re.compile(r"(?:signed|exchanged|initial{1,2}ed)\s", re.I)
# a stance toward talks, not talks: "continued readiness to engage in dialogue with X",
# "remains willing to enter into negotiations with Y" (annotation.md: policy statements)
# ("the readiness of the United States to engage in dialogue")
_READY_TO_ENGAGE = re.compile(
    r"\b(?:readiness|willingness|openness|ready|willing|open|prepared)\s+"
    r"(?:of\s+(?:the\s+)?(?-i:[A-Z][\w.\-]*\s+){1,3})?to\s+"
    r"(?:engage|enter)\s+(?:in|into)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# the talks that name a document: "the spirit of the Joint Statement of the X Talks", "the
# Final Communiqué of the Y Conference": the document is cited, no session is told
_DOCUMENT_OF = re.compile(
    r"\b(?:Statement|Declaration|Communiqu[eé]|Agreement|Accords?|Charter|Principles)"
    r"\s+of\s+the\s+(?:[A-Z][\w\-–]*\s+){0,3}$"
)


# visits: a site visited

_VENUE_VISITED = re.compile(
    r"\s+the\s+(?:[A-Z][\w\-’']*\s+){0,4}(?:Museum|Memorial|Monument|Cemetery|Mausoleum|"
    r"Cathedral|Mosque|Temple|Shrine|Port|Factory|Plant|University|School|Hospital|Market|"
    # (a research or industrial site: "visit the VTT Technical Research Centre of Finland")
    r"Cent(?:re|er)|Institute|Academy|Laboratory|Shipyard|Facility)\b"
)


# incidents: duties, wars as background, stances, incidents told before, domestic
# detentions, outcomes to avoid, acts of one encounter

# what a government guards, not an occurrence: "ensure the security of its territorial
# airspace", "the protection of our waters"
_GUARDED = re.compile(
    r"\b(?:security|safety|protection|defen[cs]e|integrity|inviolability)\s+of\s+(?:its|their|"
    r"our|the|[A-Z][\w\-]*[’']s?)\s+(?:own\s+)?(?:territorial\s+|national\s+|sovereign\s+)?$",
    re.I,
)
_WHEN_IT = re.compile(r",\s+when\s+(?:it|they|its\s+forces|their\s+forces)\s+$")
# a war named as the time since which something holds ("Since Russia's full-scale invasion
# of Ukraine in February 2022, ..."): background by annotation.md, not news
_SINCE_WAR = re.compile(r"\b[Ss]ince\s+(?:[\w’'\-]+\s+){0,5}$")
_YEARS_FROM_WAR = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+"
    r"years?\s+(?:ago|after|since)\b[^.;:]{0,60}$"
)
_CONDEMNED = re.compile(
    r"\b(?:condemn|denounc)\w*\s+(?:the\s+)?(?:[A-Z][\w\-]*[’']s\s+)?(?:[\w\-]+\s+){0,3}$"
)
# a date right after an incident noun ("the incursion on Friday"): a new occurrence
_DATE_NEAR = re.compile(
    r"\b(?:on|in|last|this|earlier|since)\s+(?:\d|" + _DATE_WORD + r")|\b(?:yesterday|today)\b",
    re.I,
)
# "in the waters and airspace around Japan": the airspace as a place
_IN_THE_AIRSPACE = re.compile(r"\b(?:in|over|within)\s+the\s+(?:waters\s+and\s+)?$")
# a plural demonstrative right before an incident noun: "those intercepts", "these incidents"
_THESE = re.compile(r"\b(?:these|those)\s+$", re.I)
# an ordinal before "such": "the third such intercept this year" counts, no reference back
_ORDINAL_SUCH = re.compile(rf"\b{_ORDINAL}\s+such\s+$", re.I)
# the one an incident befell, named as known, as the subject of a passive: "The person was
# detained on suspicion of smuggling" after "border guards detained a Polish citizen"
# ("We believe he is wrongfully detained": the detention told before, as it stands)
_DEFINITE_PASSIVE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){1,2}|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+)"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:still\s+|[a-z]+ly\s+)?$"
)
# a country named after an airspace: "entered the airspace of the Republic of Poland"
_OF_COUNTRY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})"
)
# what a protest or a condemnation is about, named with "the": an incident already reported
# (whatever word told it: "used water cannon against A" ... "a protest against the attack")
_PROTESTED_THE = re.compile(
    r"\b(?:protests?|protested|condemn(?:s|ed|ing)?|deplor(?:es|ed|ing)?)\s+"
    r"(?:(?:against|over|at)\s+)?the\s+(?:[a-z][\w\-]*\s+){0,2}$",  # ("the water cannon attack")
    re.I,
)


def _names_again(after: str, before: str) -> bool:
    """Does the complement of an incident noun ("on fishing vessel QNg 90617 TS") name again
    something (a name or a number) the earlier sentence named?"""
    words = re.findall(r"\b(?:[A-Z][\w\-]+|\d[\d\-]*)\b", re.split(r"[,;.]", after)[0])
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words)


# a class of people a government holds at home, named bare (no demonym before it)
# (also the suspects of a police action: "arrested thousands of suspected gang members")
_CLASS_NOUN = (
    r"(?:protesters|demonstrators|activists|dissidents|journalists|students|suspects|"
    r"gang\s+members|criminals|(?:drug\s+)?traffickers)"
)
_CLASS_HELD_AFTER = re.compile(
    r"(?:(?:\s+and\s+[\w\-]+)?\s+of)?\s+(?:(?:more\s+than|over|some|about|at\s+least|hundreds\s+of|"
    r"thousands\s+of|dozens\s+of)\s+)?(?:(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+)?(?:[a-z][\w\-]*\s+)?" + _CLASS_NOUN + r"\b"
)
_CLASS_HELD_BEFORE = re.compile(r"(?:(?P<mod>\S+)\s+)?" + _CLASS_NOUN + r"\s+(?:\w+ly\s+)?$")
_OF_WHICH = re.compile(
    r",\s+(?:several|some|many|most|all|one|two|three|four|five|none)\s+of\s+which\b[^,;.]*$",
    re.I,
)
# the ground of an act, before a gerund: "arrested for allegedly ", "detained for "
_FOR_GROUND = re.compile(r"\bfor\s+(?:allegedly\s+|illegally\s+|reportedly\s+)?$", re.I)
# an incident noun listed with "conflict": what a rivalry may turn into, no occurrence
_WITH_CONFLICT = re.compile(
    r"\bconflicts?,?\s+(?:or\s+|and\s+)?$"
    # "with the potential for military confrontation", "the risk of a collision": a
    # possibility, no act that happened
    r"|\b(?:potential|risk|danger|possibility|prospect)\s+(?:of|for)\s+(?:an?\s+)?"
    r"(?:military\s+|armed\s+|direct\s+)?$",
    re.I,
)
_STOPPED = re.compile(
    r"\b(?:ban|banning|halt|halting|stop|stopping|pause|cease|end|ending|prevent|"
    r"preventing|deter|deterring|moratorium\s+on|refrain\s+from|no\s+more)\s+"
    r"(?:[\w\-]+\s+){0,2}$",
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


# sanctions: evasion, measures refused, urged or the UN's, measures told before, topics,
# trade measures on goods

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
    # ("calls on X and Y to include the companies in their next sanctions packages": what
    # the one called on is asked to do, with the measure as its object)
    r"|\b(?:urges?|urged|calls?\s+(?:on|upon)|called\s+(?:on|upon)|asks?|asked)\s+"
    r"(?:[\w\-’']+\s+){1,6}?to\s+(?-i:[a-z]+)\s+(?:[\w\-’']+\s+){0,6}?(?:in|into|to)\s+"
    r"(?:their|its|the)\s+(?:[\w\-]+\s+){0,2}$"
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
_SUBJECT_TO = re.compile(
    r"\b(?:are|is|be|remain|remains|become|becomes)\s+(?:also\s+)?subject\s+to\b[^.;]{0,60}$",
    re.I,
)
# "a total of 261 individuals and 40 entities are subject to sanctions": a running total of a
# regime, a record of its own (annotation.md: a count is one record)
_A_TOTAL_OF = re.compile(r"\ba\s+total\s+of\s+[^.;]{3,80}?\bsubject\s+to\s+(?:[\w\-]+\s+){0,2}$")
_THEIR_ASSETS = re.compile(
    r"\b(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){0,4}?(?:property|assets|funds)\b"
    r"[^.;]{0,40}?\b(?:will\s+be|are|is|shall\s+be)\s+$"
)
# the sanctions talked about: "discussed further sanctions", "to discuss new sanctions"
_DISCUSSED = re.compile(
    r"\bdiscuss(?:es|ed|ing)?\s+(?:the\s+)?(?:possible\s+|further\s+|new\s+|additional\s+"
    r"|more\s+|tougher\s+)?$",
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

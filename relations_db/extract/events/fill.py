"""Filling a candidate: the participants of the clause around its trigger (named persons,
pronouns, "the two leaders", "his counterpart", countries as sides), then finishing it.
"""

from __future__ import annotations

import re

from ...countries import country_of_word
from ..people import Person, _main_foreign
from .candidate import (
    Candidate,
    _distance,
    _trigger_between,
    body_before,
    clause_of,
    sentence_subject,
)
from .finish import _finish_meeting
from .patterns import (
    _COUNTERPART,
    _DEMONYM_PAIR,
    _DESCRIBED,
    _ELIDED_VERB,
    _FIRST_PERSON,
    _OFFICE,
    _OFFICE_OF_PAIR,
    _POSSESSIVE,
    _PRONOUN,
    _SIDE_PEOPLE,
    _WE,
    and_before,
    listed_sides,
)
from .places import _countries_in, _is_country_name, _longest_country, _pair_countries
from .sides import (
    _coordinated_run,
    _described_sides,
    _group_meeting,
    _is_leader_title,
    _last_titled,
    _pair_organization,
    _principals,
    _subject_country,
    _title_pair,
    _two_leaders,
    _unnamed_sides,
    named_counterpart,
)
from .status import not_taken_place
from .travelers import _office_subject, _recent_home_office, office_holder, title_reference

# a meeting others are to hold: "the plan for senior officials of both governments to hold"
_FOR_OTHERS = re.compile(r"\bfor\s+(?:[\w\-]+\s+){1,8}?to\s+(?:hold|meet|convene|resume|host)\b")
_TEAMS = re.compile(
    r"\b(?:[Tt]he\s+two\s+|[Bb]oth\s+)?(?:[Tt]echnical\s+|[Nn]egotiating\s+|[Ee]xpert\s+)?"
    r"(?:[Tt]eams|[Dd]elegations)\b(?!\s+of\b)"
    r"|\bofficials\s+of\s+both\s+(?:governments|sides|countries)\b"
)
_SET_UP = re.compile(
    r"\b(?:agreed|decided|pledged|resolved|committed|vowed|agree|decide)\s+to\s+"
    r"(?:(?:jointly|formally|also)\s+)?(?:open|launch|establish|set\s+up|create|"
    r"resume|form|restart|reopen|(?:hold|convene)\s+(?:the\s+)?(?:first|inaugural))\b",
    re.I,
)
_MECHANISM = re.compile(
    r"\b(?:consultations?|dialogues?|working\s+groups?|commissions?|"
    r"mechanisms?|channels?|councils?|task\s+forces?)\b",
    re.I,
)
_COUNTRY_PAIR_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w ]{0,30}:\s+)?(?:(?:Both|Together),?\s+)?(?:the\s+)?"
    r"(?P<x>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3})\s+and\s+"
    r"(?:the\s+)?(?P<y>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3})\s+(?:will|shall|have|"
    r"had|agreed|decided|held|hold|holds|are|were|plan|intend|look|"
    # "the United States and the People's Republic of China launched their bilateral X
    # Working Group": its first session, of the two governments
    r"launch(?:ed|es)?|inaugurat(?:ed|es?)|convened?|convenes|resumed?|resumes)\b"
)
# the officials of the two sides: "officials from both countries", "the senior officials of
# the two governments", "teams from both nations", "ministers of both governments held ten
# meetings"; as the sides of a meeting, or pointing back to the pair named before
_OFFICIALS_OF_BOTH = re.compile(
    r"\b(?P<noun>officials|teams|delegations|representatives|experts|negotiators|ministers)\s+"
    r"(?:of|from)\s+(?:both|the\s+two)\s+(?:countries|sides|nations|governments)\b",
    re.I,
)
# the event as the outcome of something else: what follows is its origin
_ORIGIN = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:(?:a|an|the|one)\s+)?(?:(?:of\s+the\s+)?[\w\-]+\s+)?"
    r"(?:outcomes?|results?|deliverables?|products?)\s+of\b",
    re.I,
)
_BOTH_SIDES = re.compile(r"\bbetween\s+(?:both|the\s+two)\s+(?:sides|parties|countries)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:confirm|say|said|says|note|noted|notes|think|believe|know|"
    r"tell\s+you|stress|stressed|announce|announced|can\s+report)\s+that\s+",
    re.I,
)
_THEIR_TEAMS = re.compile(
    r"\btheir\s+(?:[\w\-]+\s+){0,2}?(?P<what>teams|staffs|delegations|"
    r"advis[eo]rs|representatives|negotiators|envoys|ministers(?:\s+of\s+\w+)?|ministries|militaries)\b"
    # "talks between the two defense ministries": the institutions of the two sides
    r"|\b(?:the\s+two|both)\s+(?:[\w\-]+\s+){0,2}?(?P<body>ministries|militaries|armed\s+forces|"
    r"navies|coast\s+guards|departments)\b",
    re.I,
)
_BETWEEN_BODIES = re.compile(
    r"\s*between\s+(?:the\s+)?(?P<x>(?:[A-Z][\w\-’']*\s+){0,5}[A-Z][\w\-’']*)\s+and\s+(?:the\s+)?"
    r"(?P<y>(?:[A-Z][\w\-’']*\s+){0,5}[A-Z][\w\-’']*)"
)
# a meeting noun's list of countries: " among Turkey, Azerbaijan and Pakistan"
_AMONG_COUNTRIES = re.compile(
    r"\s+(?:among|of|between)\s+(?:the\s+)?(?P<list>(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)?"
    r"(?:,\s+(?:the\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)?)*,?\s+and\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)?)\b"
)
_TOOK_PART = re.compile(
    r"[^,;.]{0,40}?,\s+in\s+which\s+(?P<who>[^;.]{3,200}?)\s+(?:took|take|will\s+take)\s+"
    r"part\b"
)
_QUALIFIED_PLURAL = re.compile(
    r"\s*(?:\([a-z\d]+\)\s*)?(?:(?:[Tt]he\s+)?[A-Z][\w ]{0,40},\s+)?"
    r"(?:(?:under|during|at|in|after)\s+which\s+)?"
    # ("Senior officials of the Department of State and the PRC Ministry ... met")
    r"(?:[Tt]he\s+(?=[A-Z])|(?=(?:[Ss]enior\s+)?(?-i:[Oo])fficials\s+of\s+(?:the\s+)?[A-Z]))"
    r"(?P<what>(?:[A-Z][\w\-]*\s+){1,3}(?:Ministers|Secretaries|"
    r"Ambassadors|Directors|Directors-General|Envoys|Chiefs\s+of\s+[A-Z]\w+)|(?:[Ss]enior\s+)?"
    r"officials)\b"
)
_OF_TWO = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<x>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+and\s+(?:the\s+)?"
    r"(?P<y>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\b"
)
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+(?:of|for|responsible\s+for)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?)?\s+(?:will\s+|would\s+|"
    r"shall\s+|should\s+|to\s+|also\s+|then\s+)*"
)
_TRIP_FOR = re.compile(
    r"\bto\s+(?:the\s+)?(?P<dest>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*"
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'\-]*)*)*)\s+for\s+(?:[\w\-“”\"]+\s+){0,4}$"
)
_TWO_LEADERS = re.compile(
    # ("a telephone call between the ministers": two, as "between" says)
    r"\b(?:the\s+two|both|(?<=\bbetween\s)the)\s+(?P<noun>leaders|presidents|heads\s+of\s+state|men|women|"
    r"(?:foreign\s+|defen[cs]e\s+|prime\s+|finance\s+|trade\s+)?ministers"
    r"(?:\s+of\s+foreign\s+affairs)?|secretaries|"
    r"diplomats|envoys|officials|counterparts|sides|countries|governments|nations|"
    r"delegations|heads\s+of\s+delegation)\b|"  # ("the two delegations": their heads)
    r"\bthe\s+leaders\b",
    re.I,
)
# a meeting a trip is for: "his visit next month to Europe for the G7 and NATO Summits"
_TRAVEL_FOR = re.compile(
    r"\b(?:visit|trip|travel\w*|journey|tour)\b[^.;]{0,60}?\bfor\s+the\s+"
    r"(?:[\w\-–’']+\s+){0,6}$",
    re.I,
)
_CHAIRED_BY = re.compile(r"\b(?:(?:co-?)?chaired|led|headed)\s+by\s+", re.I)
_JOINS_THEM = re.compile(
    r"\b(?:he|she)\s+(?:(?:will|would|also|then|is\s+to|is\s+going\s+to)\s+)*"
    # ("he will sit down with A and B for a trilateral meeting": the meeting comes after them)
    r"(?:join|joins|joined|joining|attend|attends|attended|(?:sit|sits|sat)\s+down\s+with"
    # ("he extended an invitation to A to attend the next summit": the inviter takes part)
    r"|invit(?:e|es|ed)|extend(?:s|ed)?\s+(?:an|his|her)\s+invitation\s+to)"
    r"\s+(?:[A-Z][\w.\-]*\s+){0,4}$",
    re.I,
)
_ELIDED_PASSIVE = re.compile(
    r"\s*(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:received|"
    r"welcomed|hosted)\s+by\b"
)
_THE_VISITING = re.compile(
    r"\bthe\s+visiting\s+(?P<t>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)"
)

_HOLD_OBJECT = re.compile(
    r"\b(?:hold|held|holding|convene|convened|resume|resumed|have|had|host|"
    r"hosted)\s+(?:(?:the|a|an|their)\s+)?(?:[\w\"“”'’+\-]+\s+){0,3}[\"“‘']?$",
    re.I,
)
# "The Presidents recalled the results of the meeting they held in X": a meeting the
# relative clause says the subject held, although the main verb is not a meeting verb
_THEY_HELD = re.compile(r"\s+(?:that\s+|which\s+)?they\s+(?:had\s+)?(?:held|had)\b")
_NUMBERED_SESSION = re.compile(r"(?:\d+(?:st|nd|rd|th)|\w+)\s+sessions?", re.I)
_DIRECTS_OTHERS = re.compile(
    r"\b(?:direct|instruct|task|ask|mandat|order|charg)\w*\s+"
    r"(?:their|its)\s"
)
_MEET_VERB = re.compile(r"(?:met|meet|meets|spoke|speak|talked|talk|called|call)\b", re.I)
# a relative clause on its object whose subject is a pronoun: "(C,) whom he first met in X"
_WHOM_PRONOUN = re.compile(r"\s*whom\s+(?:he|she|they)\b")
# "they" as the subject of a clause of time with no name in it: "It was their first meeting
# since they met in X last November", "... when they last spoke": the pair told before
_THEY_SINCE = re.compile(
    r"\b(?:since|when|after|before|until|as)\s+they\s+(?:(?:first|last|had|have|previously)\s+)?$"
)
# the sides of an event noun named right after it: "(talks) between Kenyan and Ugandan officials"
_BETWEEN_DESCRIBED = re.compile(
    r"\s+between\s+(?:the\s+)?(?P<x>[A-Z][\w\-]*)\s+and\s+(?:the\s+)?(?P<y>[A-Z][\w\-]*)\s+"
    r"(?:[a-z]+\s+){0,2}?"
    rf"(?:{_SIDE_PEOPLE})\b"
)
# (the same, found from its word "between", which a space must come before: a scan does not
# start again at each space of a run of spaces, which cost the square of the run's length)
_BETWEEN_DESCRIBED_WORD = re.compile(r"(?<=\s)" + _BETWEEN_DESCRIBED.pattern.removeprefix(r"\s+"))
# a trip's program as the subject of what it holds: "Her program includes", "The programme
# of the visit included"
_PROGRAM_OWNER = re.compile(
    r"\b(?:(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:program(?:me)?|itinerary|schedule|agenda)|"
    r"(?:program(?:me)?|itinerary|schedule|agenda)\s+of\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+)?"
    r"(?:visit|trip|tour|stay))\s+(?:also\s+)?(?:includes?|included|foresees|foresaw|"
    r"provides\s+for|provided\s+for)\b",
    re.I,
)
# a relative clause's subject, up to its verb: " that Türkiye "
_THAT_SUBJECT = re.compile(r"\s+(?:that|which)\s+(?:[A-Z][\w\-’']*\s+){1,3}")
# an event noun's relative clause with "they" as its subject: "the talks (that) they held"
_THEY_HAD = re.compile(r"\s+(?:that\s+|which\s+)?they\s+(?:had|held)\b")
# "They ...", "The Ministers decided ..." ("the two leaders" has its own rule below)
_PLURAL_SUBJECT = re.compile(
    # (after a speaker's label: "SENIOR ADMINISTRATION OFFICIAL: They spoke on Monday")
    r"\s*(?:(?:[A-Z][A-Z.’'\-]*[ \t]+){0,5}[A-Z][A-Z.’'\-]+(?:[ \t]+\d)?[ \t]*:[ \t]*)?"
    # ("Their next meeting will take place in X": the pair's series goes on)
    r"(?:They|(?<=,\sand\s)they|Their(?=\s+(?:next|upcoming|following)\s)"
    r"|The\s+(?P<noun>(?i:leaders|ministers|sides|parties|"
    r"presidents|delegations|heads\s+of\s+state))"
    # "The two of them met in X", "Both of them spoke", "The pair last sat down", "The two
    # met": "they" said by a number
    # (matched up to the trigger: the adverbs between it and "The two", or a verb)
    r"|(?:The\s+two|Both)\s+of\s+them|The\s+pair|The\s+two(?=(?:\s+(?:[a-z]+ly|have|had|also|"
    r"again|last|first|later))*\s*$|\s+(?:met|meet|spoke|talked|sat|held|will|have|had)\b))\b"
)


_THREE_SUBJECT = re.compile(
    r"\s*The\s+three\s+(?:[A-Za-z\-]+\s+)?(?i:sides|parties|envoys|ministers|leaders|"
    r"delegations|heads\s+of\s+delegation|representatives|countries|governments)\b"
)


# the object of a meeting that stands for a group named before: "with them", "met the two
# officials", "received both of them", "with the three visiting envoys"
_THE_GROUP = re.compile(
    r"(?:\s+with)?\s+(?:them|both\s+of\s+them|(?:the|both)\s+(?:two|three|four)?\s*"
    r"(?:visiting\s+|American\s+|foreign\s+|senior\s+)?(?:officials|visitors|guests|envoys|"
    r"diplomats|delegates|ministers|lawmakers|senators|representatives|negotiators))\b"
)
_OBJECT_PRONOUN = re.compile(
    r"\s*(?:with\s+)?(?:him|her)\b(?!\s+(?:[\w\-]+\s+){0,2}(?:counterpart|colleague))"
)


# a body of two governments: "the Bilateral Consultation Mechanism", "the Joint Commission"
_BODY_OF = re.compile(
    r"\s+of\s+the\s+(?P<body>(?:[A-Z][\w\-–’']*\s+|of\s+|on\s+|for\s+){0,6}?"
    r"(?P<head>Commission|Committee|Council|Mechanism|Working\s+Group|Dialogue|Forum))\b"
)
_TWO_GOVERNMENTS = re.compile(r"\b(?:Bilateral|Joint)\s|\b[A-Z][a-z]+-[A-Z][a-z]+\s")


# a body as the subject of its meeting: "The Financial Working Group held its second
# meeting", "the counternarcotics working group met here last week"
_BODY_SUBJECT = re.compile(
    r"(?:[Tt]he\s+|[Bb]oth\s+|[Ii]ts\s+|[Tt]heir\s+)(?P<body>(?:[\w\-–’']+\s+){0,6}?"
    r"(?P<head>[Ww]orking\s+[Gg]roups?|[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Mm]echanism"
    r"|[Dd]ialogue|Consultations?))\s+(?:(?:will|would|also|again|then|last|has|have|is\s+to)\s+)*"
    r"(?:held\s+its\s+(?:[\w\-]+\s+){0,2})?$"
)
_BODY_MET = re.compile(
    r"\s+(?:(?:will|would|also|again|then|last|has|have)\s+)*(?:met|meets?|(?:re)?conven(?:ed|es?)"
    r"|resum(?:e|es|ed)\s+(?:its|their)\s+(?:[\w\-]+\s+)?work|held\s+its"
    r"|(?:be\s+|was\s+|is\s+to\s+be\s+)held|took\s+place|(?:will\s+)?take\s+place)\b"
)
# a session a body numbers: "the 14th Annual Consultation", "the third Strategic Dialogue"
_NUMBERED = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|next)\s",
    re.I,
)
# bodies of many governments or of one: not the two sides'
_OTHER_BODY = re.compile(
    r"\b(?:Security|Human\s+Rights|European|Permanent|General|Atlantic|Arctic|National|State"
    r"|Federal|UN|U\.N\.|United\s+Nations|NATO|EU|ASEAN|African|G7|G20|OAS|OSCE|IAEA|WTO|"
    r"Ministerial|Central|Military|Cabinet|Parliamentary|Senate)\b"
)


# talks owned by the speaking government, as the subject: "Our military maritime consultative
# talks", "Our annual strategic dialogue" (after an opening phrase: "In April, our ...")
_OUR_TALKS = re.compile(r"\s*(?:[A-Z][^,;]{0,40},\s+)?[Oo]ur\s+(?:[\w\-]+\s+){0,5}")
_WERE_HELD = re.compile(
    r"\s+(?:(?:also|last|first|again)\s+)?(?:took\s+place|(?:was|were)\s+held|convened|met)\b"
)
_SESSION_TOLD = re.compile(r"(?i)the\s+(?:\w+\s+round|consultations|session)")


# a government a convening side works with: "in partnership with the Government of X"
_PARTNER_GOVERNMENT = re.compile(
    r"\bin\s+(?:partnership|cooperation|conjunction)\s+with\s+(?P<g>the\s+Government\s+of\s+"
    r"(?P<c>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}))"
)


def _bilateral_body(text: str, b: int, context, lo: int | None = None, a: int = 0) -> bool:
    """Is the meeting at `b` ("meeting of the ...") one of a body of two governments, named
    here or (as "the Mechanism") in one of the sentences before? With `lo` and `a`, also
    a body that is the subject of the clause up to the trigger ("The Working Group met")."""
    if lo is not None and _SESSION_TOLD.fullmatch(text, a, b):
        return True  # "The last round was in Honolulu", "The consultations were postponed":
        # of the talks of the two sides told before
    if (
        lo is not None
        and re.match(r"(?i)rounds?\s+of\b", text[a:b])
        and _NUMBERED.search(text, max(lo, a - 12), a)
    ):
        return True  # "The first round of consultations will take place in Accra"
    if lo is not None and _OUR_TALKS.fullmatch(text, lo, a) and _WERE_HELD.match(text, b):
        return True  # "Our military maritime talks took place in X in April": the speaking
        # government's talks with the side the text is about
    m = _BODY_OF.match(text, b)
    if m is None and lo is not None:
        m = (
            _BODY_SUBJECT.fullmatch(text + " ", lo, b + 1)  # the trigger is the body's name
            if _BODY_MET.match(text, b)
            else _BODY_SUBJECT.fullmatch(text, lo, a)
        )
        if m is not None and _OTHER_BODY.search(m.group("body")):
            return False
        if m is not None and re.match(r"(?i)working\s+groups?$", m.group("head")):
            return True  # (working groups of a readout are the two governments')
        if m is not None and _NUMBERED.match(m.group("body")):
            return True  # "The 14th Annual Consultation will be held": a series of the two
    if m is None:
        return False
    if _TWO_GOVERNMENTS.search(m.group("body")):
        return True
    if m.group("body") != m.group("head"):
        return False
    head = re.compile(
        r"\b(?:Bilateral|Joint)\s+(?:[A-Z][\w\-]*\s+|of\s+|on\s+|for\s+){0,5}?"
        + m.group("head").replace(" ", r"\s+")
        + r"\b"
    )
    return any(head.search(t) for t in ((context or {}).get("before") or [])[-4:])


def _parties(recent: list[Person], context) -> list[Person]:
    """The people "they" or "the two leaders" may be: not one named only as the other party
    of an event reported on ("A briefed B on his conversation with C. They agreed ...")."""
    reported = (context or {}).get("reported") or set()
    return [p for p in recent if id(p) not in reported]


def _titles_a_name(text: str, start: int, mentions, base: int) -> bool:
    """ "met A, British Prime Minister B and Swedish Prime Minister C": the country word after
    the comma opens the title of the next name of a list (only capitalised words up to a
    named person), not the subject of a new clause ("..., the United States hosted")."""
    return any(
        m.start - base > start
        and re.fullmatch(r"(?:[A-Z][\w.\-’']*\s+|of\s+|the\s+)+", text[start : m.start - base])
        for m in mentions
    )

# an event noun that opens its clause with an article only: "A meeting", "The planned talks"
_GERUND_AFTER = re.compile(r"(?:,\s*|\s)(?:before|after|prior\s+to|ahead\s+of)\s*$")
_ARTICLE_ONLY = re.compile(r"\s*(?:A|An|The)\s+(?:planned\s+|scheduled\s+)?")


def _most_named(people: list[Person], context) -> Person | None:
    """Of these people, the one the text has named most often so far (ties: the latest)."""
    seen = (context or {}).get("seen") or {}
    best = max(reversed(people), key=lambda p: seen.get(id(p), 0), default=None)
    return best if best is not None and seen.get(id(best), 0) >= 2 else None


# a verb whose object is the subject of the event after it: "urged B to ...", "asked B to
# ...", "criticised B for refusing to ...", "praised B for agreeing to ..."
_URGES = re.compile(
    r"\b(?:urg|ask|press|encourag|push|call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?\s+to|"
    r"criticis|criticiz|prais|thank|blam|accus|condemn|commend|chid|rebuk)\w*\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w\-’'.]*\s+){0,6}"
    # ("called on President A and Prime Minister B to hold talks": a list of objects)
    r"(?:(?:,\s*|and\s+)(?:(?:the|his|her|their)\s+)?(?:(?:[A-Z][\w\-’'.]*|bin|al-\w+)\s+)"
    r"{0,7})*$"
)
_OTHERS_HOPED = re.compile(
    r"\b(?:hope[sd]?|wish(?:es|ed)?|would\s+like|suggest(?:s|ed)?|propos(?:es|ed))\s+"
    r"(?:that\s+)?(?!(?:he|she|they|we|I|it)\b)(?:the|both|(?-i:[A-Z]))[^;,]*?\s"
    r"(?:would|should|could|might|will|can)\s+(?:(?:soon|one\s+day|eventually|also)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)
_URGING = re.compile(
    r"\b(?:urg|ask|press|encourag|push|call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?\s+to)\w*\s+"
    r"[^;]*$"
)
_ITS_EVENT = re.compile(
    r"\s*,?\s*(?:to|(?:for|of)\s+(?:not\s+)?[a-z]+ing(?:\s+to)?)\s+(?:[\w\-]+\s+){0,3}$"
)


# a minister named by portfolio and country, no name: "the Minister of Defence of Ukraine",
# "the Minister for Foreign Affairs of the Philippines"
_MINISTER_OF_COUNTRY = re.compile(
    r"\b[Tt]he\s+(?:(?:Deputy|Vice)\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’']*\s+(?:and\s+)?){0,3}?[A-Z][\w’']*\s+of\s+"
    r"(?P<c>(?:the\s+)?[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2})(?![\w’'])(?!\s+[A-Z])"
)


def _urged_object(text: str, lo: int, a: int, inside, base: int) -> tuple[list, int] | None:
    """The people before the verb when the trigger is the event of that verb's object ("A
    urged B to open a dialogue with C": A), and where the verb ends; None when the clause is
    not so."""
    before = [m for m in inside if m.start - base < a]
    if len(before) < 2:
        return None
    obj = before[-1]
    if not _ITS_EVENT.fullmatch(text, obj.end - base, a):
        return None
    verb = _URGES.search(text, lo, obj.start - base)
    if verb is None:
        return None
    ahead = [m.person for m in before if m.end - base <= verb.start()]
    return (ahead, verb.end()) if ahead else None


# a person's possessive before a topic, not an event of theirs: "C's peace plan", "C's
# proposal" (not "C's invitation", "C's delegation", "C's visit")
_TOPIC_OWNER = re.compile(
    r"[’']s?\s+(?!(?:[\w\-]+\s+)?(?:invitation|delegation|team|office|behalf|meeting|visit|"
    r"call|talks|trip|counterparts?|side|government)\b)(?:[\w\-]+\s+){0,2}[a-z]"
)
# a message and its sender right before a name: "a letter from (President) C", "the
# greetings of C", "a message from C"
_SENDER = re.compile(
    r"\b(?:letter|message|greetings|note|regards|condolences|best\s+wishes)\s+(?:of|from)\s+"
    r"(?:[\w\-’'.]+\s+){0,5}$"
)
_CALLED_ON_TOO = re.compile(
    r"\s*(?:(?:also\s+|later\s+|then\s+)?(?:called\s+on|paid\s+a\s+courtesy\s+call\s+on)|"
    # ("will call on A and then co-chair the X with B": the modal's second bare verb)
    r"(?:also|then|later)\s+(?:call\s+on|meet|hold|host|co-?chair|chair|sit\s+down))\s"
)
_MESSAGE_WORD = re.compile(r"\b(?:letter|message|greetings|note|regards|condolences|wishes)\b")
# the preposition of a topic before the owner's name (and its title)
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|regarding|concerning|over|on|of|discussed|welcomed|praised|supported|"
    r"endorsed)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,5}$"
)


def _fill(c: Candidate, text, a, b, mentions, recent, published, home, context=None) -> bool:
    base = c.sentence.start
    recent = _parties(recent, context)
    persons: list[Person] = []
    lo, hi = clause_of(text, a, b)
    agent = _subject_country(text, lo, a) if c.kind == "meeting" else None
    if agent and text[: agent[2]].rstrip().endswith(","):
        lo = agent[2]  # "In line with talks between A and B, the United States hosted ..."
    later = _subject_country(text, b, hi) if c.kind == "meeting" else None
    if (
        later
        and text[: later[2]].rstrip().endswith(",")
        and not _titles_a_name(text, later[2], mentions, base)
        and not any(
            m.start() < later[2] < m.end()
            for regex in (_OFFICE_OF_PAIR, _DEMONYM_PAIR)
            for m in regex.finditer(text, b, hi)
        )  # ("met his counterparts from Chile, Peru and Ghana": a list, not a new subject)
    ):
        hi = text.rindex(",", 0, later[2])  # the trigger is in that opening phrase
    report = next(iter(reversed(list(_REPORTING.finditer(text, lo, a)))), None)
    if report is not None:
        lo = report.end()  # "I can confirm that the two leaders ...": the reporter is no side
    origin = _ORIGIN.match(text, b) if c.kind == "meeting" else None
    if origin:
        # "The X Working Group is a key outcome of A's and B's decision, announced at the
        # summit in November": those who decided on it, then, are not its sides
        hi = origin.start()
        mentions = [m for m in mentions if m.start - base < hi]
    inside = [m for m in mentions if lo <= m.start - base < hi]
    if c.kind == "meeting" and inside and _MESSAGE_WORD.search(text, b, hi):
        # "met B and handed over a letter from C", "delivered a message from C": the one who
        # sent it is no side
        inside = [
            m for m in inside
            if not (m.start - base >= b
                    and _SENDER.search(text, max(b, m.start - base - 60), m.start - base))
        ]
    if c.kind == "meeting" and any(_TOPIC_OWNER.match(text, m.end - base) for m in inside):
        # "spoke by videoconference about C's peace plan": the owner of a topic after the
        # trigger is no side (not "on C's invitation", "C's delegation")
        inside = [
            m for m in inside
            if not (
                m.start - base >= b
                and _TOPIC_OWNER.match(text, m.end - base)
                and _TOPIC_BEFORE.search(text, max(0, m.start - base - 80), m.start - base)
            )
        ]
    if re.match(r"\s*(?:who|whom)\b", text[lo:hi]):
        ante = [m for m in mentions if m.end - base <= lo]
        inside = ante[-1:] + inside  # "Wang Yi, who came for talks with ..."
        if ante and _WHOM_PRONOUN.match(text, lo):
            # "He'll meet B and then hold talks with C, whom he first met in X": C, and "he",
            # the main clause's subject (none of the people it names after its subject: B)
            named = {id(m.person) for m in ante}
            own = sentence_subject(text[:lo], mentions, base) or (
                c.subject
                if c.subject is not None and id(c.subject) not in named
                else _last_titled([p for p in recent if id(p) not in named])
            )
            if own is not None and own is not ante[-1].person:
                persons.append(own)
    for m in inside:
        if m.person not in persons:
            persons.append(m.person)
    if (
        c.kind == "meeting"
        and _PROGRAM_OWNER.search(text, lo, a)
        and not any(m.start - base < a for m in inside)
    ):
        # "Her program includes a meeting with B", "The program of the visit included an
        # audience with B": the traveler whose program it is meets B
        own = c.subject if c.subject is not None else _last_titled(list(recent))
        if own is not None and own not in persons:
            persons.insert(0, own)
    if c.kind in ("meeting", "visit") and _OTHERS_HOPED.search(text, lo, a):
        # "A hoped the leaders of X and Y would meet one day": a hope for others, no event
        # (not "A hoped he would meet B": a side's own wish, tentative)
        return False
    urger = _urged_object(text, lo, a, inside, base) if c.kind == "meeting" else None
    if urger is not None:
        # "A urged B to open a dialogue with C", "A criticised B for refusing to meet C": the
        # event is B's (with C); A, who urges or judges it, is no side of it
        persons = [p for p in persons if p not in urger[0]]
        inside = [m for m in inside if m.person not in urger[0]]
        lo = urger[1]
        if _URGING.search(text, 0, lo) and not re.search(r"\bwith\b", text[lo:a]):
            # "A called on B and C to hold talks", "A urged B and C to meet": what one asks of
            # others is a hope, no event (annotation.md); "urged B to open a dialogue with C"
            # keeps B's own event below (a side that is not the one asked)
            if all(any(m.person is p for m in inside if m.start - base < a) for p in persons):
                return False
    if (
        c.kind == "meeting"
        and re.search(r"\b(?:his|her)\s+(?:[\w\-]+\s+){0,2}$", text[lo:a])
        and re.match(r"\s+with\b", text[b:])
    ):
        # "A briefed B on his conversation with C": A (the owner) and C
        owner = [m for m in inside if m.start - base < a][:1]
        persons = [m.person for m in owner] + [
            m.person
            for m in inside
            if m.start - base >= b and m.person not in [o.person for o in owner]
        ]
    before = [m for m in inside if m.start - base < a]
    # "he will join A, B and the other leaders for a summit": the pronoun is a side too
    joiner = bool(before) and bool(
        _JOINS_THEM.search(text, lo, before[0].start - base) and c.kind == "meeting"
    )
    pronoun = (
        _PRONOUN.search(text, lo, a)
        or re.match(r"\s*(?:he|she)\b", text[lo:a], re.I)
        or (_ELIDED_PASSIVE.match(text, lo))
        or (  # "... and was received by B": the same subject
            re.search(r",\s+and\s*$", text[:lo]) and _ELIDED_VERB.match(text, lo)
        )
        # "he goes to X, where ..., then to Y on Wednesday to see B": the traveller's leg
        or (re.search(r",\s+then\s*$", text[:lo]) and re.match(r"\s*to\s", text[lo:a]))
        # "he is to call on A and to meet B": the infinitive's subject is the one before
        or (and_before(text, lo) and re.match(r"\s*to\s", text[lo:a]))
        # "A held talks with B and called on C": the same subject, a second past predicate
        or (and_before(text, lo) and _CALLED_ON_TOO.match(text, lo))
    )  # ", and hold"
    # "A will hold talks with B, before flying to X on Tuesday to meet C": a gerund adjunct
    # has the main clause's subject
    gerund = bool(
        _GERUND_AFTER.search(text, max(0, lo - 16), lo) and re.match(r"\s*[a-z]+ing\b", text[lo:a])
    )
    pronoun = pronoun or gerund
    if (
        c.kind == "meeting"
        and not before
        and not pronoun
        and _ARTICLE_ONLY.fullmatch(text, lo, a)
        and not_taken_place(text, b)
    ):
        # "A meeting scheduled with B did not take place": no subject of its own; the one
        # whose meeting it was to be is the one the text is about, named most so far (not
        # the last one named: "With C, A discussed X. A meeting with B did not take place")
        lead = _most_named([p for p in recent if p not in persons], context)
        if lead is not None:
            persons.insert(0, lead)
    told = (context or {}).get("group")
    if (
        c.kind == "meeting"
        and told
        and c.sentence is not None
        and _THE_GROUP.match(text, b)
        and persons
    ):
        # "A and B are visiting X. Yesterday, C held consultations with them. This morning, D
        # met with the two officials": each time the group named together before (as the
        # subject of a sentence no more than three back; the subject is not one of them)
        group = [p for p in told[1] if p not in persons]
        if len(group) == len(told[1]) and all(p in recent for p in group):
            persons.extend(group)
    pair_before = (context or {}).get("subjects") or []
    if not before and len(pair_before) >= 2 and re.match(r"\s*They\b", text[lo:a]):
        # "A and B are meeting X this weekend. They had a call with C last Friday": A and B
        persons[:0] = [p for p in pair_before if p not in persons]
    conveyer = (context or {}).get("next_conveyer")
    if (
        c.kind == "meeting"
        and not before
        and conveyer is not None
        and conveyer.country == home
        and re.match(r"(?i)summon|call(?:ed|s)?\s+in\b", text[a:b])
        and conveyer not in persons
    ):
        # "The Ministry summoned Russia's chargé d'affaires today. The Under-Secretary of
        # State, A, conveyed Finland's concern": A received the envoy for the ministry
        persons.append(conveyer)
    pair_after = (context or {}).get("next_subjects") or []
    if (
        c.kind == "meeting"
        and not inside
        and not pronoun
        and len({p.country for p in pair_after}) >= 2
        and not _OFFICE.search(text, lo, a)
        and not _TWO_LEADERS.search(text, lo, a)  # "The two leaders had spoken ...": theirs
        and re.match(r"\s*(?:(?:A|An|The|This|That)\s+)", text[lo:a])
    ):
        # "A meeting of the finance ministers was held on Monday. A and B discussed ...":
        # the people the next sentence opens with
        persons.extend(pair_after)
    author = (context or {}).get("author")
    if (
        not before
        and author is not None
        and author not in persons
        and _FIRST_PERSON.match(text[lo:a])
    ):
        persons.insert(0, author)  # "I discussed X with Foreign Minister A": the release's author
    went = (
        [m for m in mentions if m.end - base <= lo and _WENT.match(text, m.end - base)]
        if not before and re.match(r"\s*where\s+(?:he|she)\b", text[lo:a])
        else []
    )
    if went and went[-1].person not in persons:
        # "..., and A traveled to Kenya in September, where he signed ...": the traveler
        persons.insert(0, went[-1].person)
        pronoun = None
    office = None
    if (not before or joiner) and pronoun and home and c.kind == "meeting":
        office = _office_subject(
            body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
        )
    if office is not None:  # "The Secretary will arrive ... he will meet with A": unnamed
        if not any(d.get("country") == home for d in c.described):
            c.described.append({"description": office.group(0).strip(), "country": home})
    elif (
        (not before or joiner)
        and (pronoun or _POSSESSIVE.search(text[max(lo, a - 30) : b]))
        and not _FOR_OTHERS.search(text, lo, a)  # "He welcomed the plan for X to hold ..."
        and not re.match(r"\s+between\s", text[b:])  # "She noted the call between A and B"
    ):
        own = (
            sentence_subject(text[:lo], mentions, base)
            if re.search(r",\s+and\s*$", text[:lo]) and _ELIDED_VERB.match(text, lo) or gerund
            or (and_before(text, lo) and _CALLED_ON_TOO.match(text, lo))
            else None
        )  # "A discussed X with B yesterday, and will discuss it with C": A
        # ("..., when she met B": the clause starts after its "when")
        when = re.search(r",\s+when\s*$", text[:lo])
        trips = (
            list(_OWNERS_TRIP.finditer(text, 0, when.start() + 1 if when else lo))
            if when
            or re.match(r"\s*(?:where|during\s+which|in\s+the\s+course\s+of\s+which)\b", text[lo:a])
            else []
        )
        trip = trips[-1] if trips else None
        if own is None and trip:
            # "Secretary A's trip to Luanda in January, where he met B": the trip's owner
            owner = [m for m in mentions if m.end - base <= trip.start() + 1]
            own = owner[-1].person if owner else None
            if re.match(r"(?i)his|her", trip.group(0)):
                # "A briefed the Secretary on her visit to X, where she ...": "her" is the
                # subject's; the person named last only when the clause has none ("the
                # sanctions announced by Minister A during her visit to X, when she ...")
                own = sentence_subject(text[: trip.start()], mentions, base) or own
        subject = (
            own
            if own is not None and own not in persons
            else c.subject
            if c.subject is not None and c.subject not in persons
            else _pronoun_office_holder(c, context, text[:lo], home, persons) if pronoun else None
        ) or _last_titled([p for p in recent if p not in persons])  # not the object
        if subject and subject not in persons:
            persons.insert(0, subject)
    if c.kind == "meeting" and before and _OBJECT_PRONOUN.match(text, b):
        # "he goes to Quito, where President A will host him": "him" is the traveller, the
        # unnamed office or the person named last before the clause
        office = (
            _office_subject(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
            if home
            else None
        )
        if office is not None:
            if not any(d.get("country") == home for d in c.described):
                c.described.append({"description": office.group(0).strip(), "country": home})
        else:
            # (one named earlier in the sentence first: "He noted that President A would be in
            # Scotland, and that the Prime Minister expected to meet him there")
            earlier = [m.person for m in mentions if m.end - base <= lo]
            earlier = [p for p in earlier if p not in persons]
            # (of another side than the subject's: "Premier A will meet with her", after
            # "Foreign Minister B of Portugal will visit China" and other Chinese officials)
            ours = {p.country for p in persons if p.country}
            others = [p for p in recent if p not in persons and p.country not in ours]
            guest = (
                earlier[-1]
                if earlier
                else _last_titled(others) or _last_titled([p for p in recent if p not in persons])
            )
            if guest is not None:
                persons.append(guest)
    elif (
        c.kind == "meeting"
        and not inside
        and _OBJECT_PRONOUN.match(text, b)
        and _OFFICE.search(text, lo, a)
    ):
        # "The Vice President spoke with him by phone": the unnamed office and the person
        # of another government named last
        guest = _last_titled([p for p in recent if p.country and p.country != home])
        if guest is not None:
            persons.append(guest)
    sides = {p.country for p in persons} | _described_sides(text, lo, hi)
    visiting = _THE_VISITING.search(text, lo, hi) if c.kind == "meeting" else None
    if visiting:
        # "A then hosted an official luncheon in honour of the visiting President": the guest
        # the text named before with that title, of another country than the host
        guest = title_reference(
            visiting.group("t"),
            [p for p in recent if p not in persons and p.country and p.country not in sides],
        )
        if guest is not None:
            persons.append(guest)
            sides.add(guest.country)
    # "... and on Wednesday he will meet with President B": the office "he" continues
    sides |= {d["country"] for d in c.described if d.get("country")}
    if agent:
        sides.add(agent[1])
    titled_pair: list[Person] = []
    if c.kind == "meeting" and not before and re.search(r"\bwhere\s+they\b", text[lo:a]):
        # "A travelled to Tunis with B and C, where they met D": everyone before the clause
        group = []
        for m in mentions:
            if m.start - base < lo and m.person not in persons:
                persons.append(m.person)
                group.append(m)
        titled_pair = [] if group else _title_pair(text, 0, lo, recent)
        if titled_pair:  # "The two Secretaries will ... , where they will meet D"
            for p in titled_pair:
                if p not in persons:
                    persons.append(p)
        sides |= {p.country for p in persons}
        visitors = _coordinated_run(group, text, base)
        if len(visitors) >= 2 and len({p.country for p in visitors}) == 1:
            # "the visit of A and B to X, where they will meet C": each visitor meets C
            c.each = visitors
    plural = _PLURAL_SUBJECT.match(text, lo, a) if c.kind == "meeting" and not before else None
    if c.kind == "meeting" and not plural and not before and _THEY_HELD.match(text, b):
        # "The Presidents recalled A's visit to X, and the results of the meeting they held
        # in Y": "they" of a later clause are the sentence's plural subject
        plural = _PLURAL_SUBJECT.match(text)
    if plural and plural.group(0).strip() == "they" and not _PLURAL_SUBJECT.match(text):
        plural = None  # "They met in X in May, and they spoke by phone": the same "they";
        # not "Senior officials ... met in X, and they will hold the next round": theirs
    between = text[plural.end() : a] if plural else ""
    if plural and (
        _DIRECTS_OTHERS.search(between)
        or plural.group("noun")
        and not (
            _HOLD_OBJECT.search(between)
            or _MEET_VERB.match(text[a:b])
            or _THEY_HELD.match(text, b)
        )
    ):
        # "The Presidents directed their ministers to convene ...", "The Presidents discussed
        # progress of the Dialogue": the meeting is not theirs; "They met", "The Ministers
        # decided to hold the next 2+2": it is
        plural = None
    if plural:  # "They ...", "The Ministers decided to hold the next 2+2": the last two sides
        noun = plural.group("noun")
        last = ((context or {}).get("before") or [""])[-1]
        named = _TWO_LEADERS.search(last) if not noun else None
        if named and (named.group("noun") or "leaders").lower() in ("leaders", "presidents"):
            noun = "leaders"  # "... the two leaders know each other well. They spoke in April"
        pair = _two_leaders(recent, noun or "sides", home, (context or {}).get("seen"))
        went_on = (context or {}).get("they") or []
        if not noun and len(went_on) == 2 and all(p in recent for p in went_on):
            pair = list(went_on)  # "A held talks with B ... . They met in X in May": the
            # two sides of the sentence before, not two people it names later
        office = (
            _recent_home_office(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
            if home and not plural.group("noun") and home not in {p.country for p in pair}
            else None
        )
        asked = [
            q for q in ((context or {}).get("before") or [])[-2:] if q.rstrip().endswith("?")
        ]
        if home and not plural.group("noun") and asked and office is None:
            # "Q: Has the President spoken with President A since May? - They've spoken twice":
            # the two the question pairs, not the last two people named
            office = _recent_home_office(" ".join(asked), (context or {}).get("persons", []), home)
            named = [
                p
                for p in reversed(recent)
                if p.country
                and p.country != home
                and any(re.search(rf"\b{re.escape(p.surname)}\b", q) for q in asked)
            ][:1]
            office = office if named else None
        else:
            named = []
        if office is not None:
            # "Did the President speak with President A? - He did. They spoke yesterday": the
            # unnamed home office and the latest foreign one
            foreign = [p for p in reversed(recent) if p.country and p.country != home][:1]
            pair = named or foreign
            c.described.append({"description": office.group(0).strip(), "country": home})
            sides.add(home)
        for p in pair:
            if p not in persons:
                persons.append(p)
                sides.add(p.country)
    three = _THREE_SUBJECT.match(text, lo, a) if c.kind == "meeting" and not before else None
    trio = (context or {}).get("trio") or []
    if three and trio and not _DIRECTS_OTHERS.search(text[three.end() : a]):
        # "The three sides will convene a trilateral meeting of their heads of delegation":
        # the three who met last (a trilateral call or meeting of three countries)
        for p in trio:
            if p not in persons:
                persons.append(p)
                sides.add(p.country)
    qualified = _QUALIFIED_PLURAL.match(text, lo, a) if c.kind == "meeting" and not before else None
    if qualified and len(sides) < 2:
        # "The Deputy Ministers responsible for economic affairs met in Ankara": unnamed
        # officials of the two sides the text is about; "The Foreign Ministers of Norway and
        # Iceland met": of those two
        of = _OF_TWO.match(text, qualified.end())
        named = [_longest_country(of.group("x")), _longest_country(of.group("y"))] if of else []
        codes = (
            named
            if len(set(named)) == 2 and None not in named
            else [p.country for p in _two_leaders(recent, "sides", home)]
        )
        for code in codes:
            if code and code not in sides:
                what = qualified.group("what").strip()
                c.described.append({"description": f"{code} {what}", "country": code})
                sides.add(code)
    trip = _TRIP_FOR.search(text, lo, a) if c.kind == "meeting" and len(sides) < 2 else None
    if trip and _trigger_between(text, lo, trip.start() + 3):
        # "the trips of A and B to Japan and Korea for two-plus-two meetings": the travelers
        # meet their counterparts in each country
        codes = [
            x
            for x in (
                _longest_country(w)
                for w in re.split(r",\s*|\s+and\s+(?:the\s+)?", trip.group("dest"))
            )
            if x
        ]
        codes = [x for x in dict.fromkeys(codes) if x not in sides]
        if codes:
            c.destinations = codes
            c.described.append({"description": f"{codes[0]} counterparts", "country": codes[0]})
            sides.add(codes[0])
    if (
        c.kind == "meeting"
        and len(sides) < 2
        and _TEAMS.search(text, lo, hi)
        and not _DEMONYM_PAIR.search(text, lo, hi)
    ):
        # "Technical teams will meet ...": the teams of the two sides the text is about
        for p in _two_leaders(recent, "sides"):
            if p.country and p.country not in sides:
                c.described.append({"description": f"{p.country} team", "country": p.country})
                sides.add(p.country)
    if (
        c.kind == "meeting"
        and len(sides) < 2
        and _NUMBERED_SESSION.fullmatch(text, a, b)
    ):
        # "the 6th Session of the Joint Commission will take place in X": a session to come of
        # a body of the two sides the text is about (their delegations; who leads them is not
        # said)
        when = re.search(r",\s+when\s+(?:the\s+)?$", text[:a])
        subject = [m.person for m in mentions if m.end - base <= a] if when else []
        if subject and subject[0] not in persons:
            # "A accepted an invitation to visit X in May, when the 3rd Session of the Joint
            # Commission will be held": the main clause's subject attends it
            persons.append(subject[0])
            sides.add(subject[0].country)
        for p in _two_leaders(recent, "sides"):
            if p.country and p.country not in sides:
                c.described.append({"description": f"{p.country} delegation", "country": p.country})
                sides.add(p.country)
    purpose = _TRAVEL_FOR.search(text, lo, a) if c.kind == "meeting" and not persons else None
    if purpose:
        # "his visit next month to Europe for the G7 and NATO Summits": the traveler attends
        owner = [m.person for m in mentions if m.end - base <= purpose.start()]
        traveler = (owner or [None])[-1] or c.subject or _last_titled(recent)
        if traveler is not None:
            persons.append(traveler)
            sides.add(traveler.country)
    if c.kind == "meeting" and not mentions and not persons:
        # "The working group met here last week. A led our delegation": the heads of the
        # delegations the next sentence names
        for p in (context or {}).get("next_leaders") or []:
            if p not in persons:
                persons.append(p)
                sides.add(p.country)
        for d in (context or {}).get("next_sides") or [] if persons else []:
            # "The X delegation will be led by A; the Y side by officers of the Fleet"
            if d["country"] not in sides:
                c.described.append(dict(d))
                sides.add(d["country"])
    if (
        c.kind == "meeting"
        and len(sides) < 2
        and not mentions
        and not _TWO_LEADERS.search(text, lo, a)  # "The two Presidents co-chaired ..."
        and not _PLURAL_SUBJECT.match(text, lo, a)  # "They held the meeting of ..."
        and not _pair_countries(text)  # "the Chile-Peru Joint Commission": those two, below
        and _bilateral_body(text, b, context, lo, a)
    ):
        # "the next meeting of the Bilateral Consultation Mechanism", "The last meeting of the
        # Mechanism was held in X": the body of the two sides the text is about (when the
        # sentence names no one who could be its sides)
        foreign = _main_foreign(body_before(c, context) + "\n" + text, home) if home else None
        codes = (
            [home, foreign]
            if foreign
            else [p.country for p in _two_leaders(recent, "sides", home) if p.country]
        )  # (the home country and the one the text names most, else the last two named)
        if len(set(codes)) < 2:
            named = [home] + [
                x
                for t in [text, *reversed(((context or {}).get("before") or [])[-3:])]
                for x in _countries_in(t)
            ]
            codes = list(dict.fromkeys(x for x in named if x))[:2]
        if len(set(codes)) == 2:
            for code in codes:
                # (a side the clause only names, "The Philippine Department ... said that the
                # meeting of the Mechanism", is still a delegation of the body's)
                if code not in {p.country for p in persons} | {
                    d.get("country") for d in c.described
                }:
                    c.described.append({"description": f"{code} delegation", "country": code})
                    sides.add(code)
    bodies = (
        _BETWEEN_BODIES.match(text, b - 7 if text[a:b].endswith("between") else b)
        if c.kind == "meeting" and len(sides) < 2 and not persons
        else None
    )
    if bodies:
        # "The DG-level border conference between the Border Guard Bangladesh and the Border
        # Security Force, ..., postponed at the request of the Indian side": two bodies, each
        # of the country its name gives, else of the other country the sentence names
        x, y = (
            next(filter(None, map(country_of_word, bodies.group(g).split())), None)
            for g in ("x", "y")
        )  # ("Border Guard Bangladesh": its last word)
        named = [code for code in _countries_in(text) if code not in (x, y)]
        if (x or y) and not (x and y) and named:
            x, y = x or named[0], y or named[0]
        if x and y and x != y:
            for g, code in (("x", x), ("y", y)):
                c.described.append({"description": bodies.group(g), "country": code})
                sides.add(code)
    listed = (
        _AMONG_COUNTRIES.match(text, b)
        if c.kind == "meeting" and len(sides) < 2 and not persons
        else None
    )
    if listed:
        # "A trilateral summit among X, Y and Z, planned for July, has been postponed": one
        # side per country the list names (each a country's name or demonym)
        items = re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("list"))
        codes = [country_of_word(w.strip()) for w in items]
        if len(codes) >= 2 and all(codes) and len(set(codes)) == len(codes):
            for w, code in zip(items, codes, strict=True):
                if code not in sides:
                    c.described.append({"description": w.strip(), "country": code})
                    sides.add(code)
    if c.kind == "meeting" and len(sides) < 2:
        # an office the text does not name: "The President will host President Z", "The
        # Minister of Defence of X met the Prime Minister of Y"
        portfolios = (
            list(_MINISTER_OF_COUNTRY.finditer(text, lo, hi))
            if "Minister of " in text or "Minister for " in text
            else []
        )
        offices = sorted([*_OFFICE.finditer(text, lo, hi), *portfolios], key=lambda m: m.start())
        for m in offices:
            if m.re is _OFFICE and any(p.start() <= m.start() < p.end() for p in portfolios):
                continue  # ("the Minister of Defence of X": the whole office, below)
            own = m.groupdict().get("dem")
            dem = own if country_of_word(own or "") else None
            # "the President of the Senate" in another government's text: its own chamber
            chamber = bool(_CHAMBER.fullmatch(m.group("c") or ""))
            code = (
                country_of_word(dem or "")
                or (home if chamber else country_of_word(m.group("c") or ""))
                or (home if not dem and not m.group("c") else None)
            )
            if (
                code
                and code not in sides
                and not any(
                    mm.start - base <= m.end() + 2 and mm.end - base >= m.start() for mm in inside
                )
            ):
                c.described.append({"description": m.group(0), "country": code})
                sides.add(code)
        for m in _POSS_ENVOY.finditer(text, lo, hi):
            # "summoned Russia's chargé d'affaires in Helsinki": an envoy of that country
            code = _longest_country(m.group("c"))
            if code and code not in sides and not any(lo <= mm.start - base < hi for mm in inside):
                c.described.append({"description": m.group(0), "country": code})
                sides.add(code)
    partner = _PARTNER_GOVERNMENT.search(text, a, b) if c.kind == "meeting" else None
    code = partner and _longest_country(partner.group("c"))
    if code and code not in sides:
        # "to convene, in partnership with the Government of X, the conference": X's side
        c.described.append({"description": partner.group("g"), "country": code})
        sides.add(code)
    state = (
        re.search(r"(?P<c>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})\s+(?:has\s+|had\s+|also\s+)*$",
                  text[lo:a])
        if c.kind == "meeting" and len(sides) < 2 and re.match(r"(?i)summon", text[a:b])
        else None
    )
    code = state and _is_country_name(state.group("c")) and country_of_word(state.group("c"))
    if code and code not in sides:
        # "Moldova summoned the Russian ambassador": the state summons through its ministry
        c.described.append({"description": state.group("c"), "country": code})
        sides.add(code)
    if c.kind == "meeting" and len(sides) < 2 and home and home not in sides:
        ministry = _MINISTRY_SUBJECT.match(text, lo)
        subject = ministry and ministry.end() == a  # "The Ministry has summoned ..."
        if subject and ministry.group("officials"):
            c.described.append({"description": ministry.group("officials"), "country": home})
            sides.add(home)
            ministry = None
        elif not subject:
            # "The Russian Ambassador was summoned to the Foreign Office"
            ministry = re.match(
                r"summoned\s+to\s+(?P<m>the\s+(?:Foreign\s+Office|(?:Foreign\s+)?Ministry|Department"
                # "was summoned to the MAE headquarters": a ministry's acronym
                r"|[A-Z]{2,5}(?:\s+headquarters)?\b))",
                text[a:],
            ) or re.match(  # "was summoned by the Ministry": a passive with its agent
                r"(?:was|were|been)\s+(?:summoned|called\s+in)\s+by\s+"
                r"(?P<m>the\s+(?:Foreign\s+Office|(?:Foreign\s+)?Ministry(?:\s+of\s+Foreign\s+"
                r"Affairs)?|Department|Foreign\s+Minister|Secretary\s+of\s+State))",
                text[a:],
            )
        if ministry:
            c.described.append({"description": ministry.group("m"), "country": home})
            sides.add(home)
    visit = (context or {}).get("home_visit")
    if (
        c.kind == "meeting"
        and home
        and visit
        and sides == {visit[0]}
        and _HOSTED_HERE.search(text, lo, hi)
    ):
        # "The President will arrive in Seoul ... President A will host an official welcome
        # ceremony, followed by a bilateral meeting", "A and his wife will host a state
        # banquet": the visiting office is the guest
        c.described.append({"description": f"the {visit[1]}", "country": home})
        sides.add(home)
    if c.kind == "meeting" and len(sides) < 2:
        # "where they will meet their Philippine counterparts": a side, described below
        sides |= {
            code
            for m in _COUNTERPART.finditer(text, lo, hi)
            if (code := country_of_word(m.group("dem") or ""))
        }
    nearest: list[Person] = []
    if c.kind == "meeting" and len(sides) < 2:
        # too few sides in the clause: the nearest people of the sentence
        rest = sorted(
            (m for m in mentions if m not in inside),
            key=lambda m: _distance(m.start - base, m.end - base, a, b),
        )
        for m in rest:
            if len({p.country for p in persons}) >= 2:
                break
            if m.person not in persons:
                persons.append(m.person)
                nearest.append(m.person)
    two = _TWO_LEADERS.search(text, lo, hi) or (None if inside else _TWO_LEADERS.search(text))
    if two and qualified and 0 <= two.start() - qualified.end() <= 12:
        two = None  # "The Foreign Ministers of the two countries met": the ministers, above
    if two and titled_pair and two.start() < lo:
        two = None  # "The two Secretaries ..., where they will meet D": resolved above
    if two and re.search(r"\bofficials\s+of\s+$", text[max(0, two.start() - 15) : two.start()]):
        two = None  # "senior officials of both governments": their officials, not the leaders
    if (
        two
        and two.end() <= a
        and re.search(r"\bthat\s", text[two.end() : a])
        and any(two.end() <= m.start - base < a for m in mentions)
    ):
        two = None  # "The leaders agreed that A and B would meet": A and B, not the leaders
    earlier_pair: list[str] = []
    if (
        c.kind == "meeting"
        and not _pair_countries(text)
        and (_BOTH_SIDES.search(text, a, hi) or _OFFICIALS_OF_BOTH.search(text, lo, a))
    ):
        # "facilitating negotiations between both sides": the pair the text named last
        for sentence_before in reversed((context or {}).get("before", [])[-3:]):
            named = list(dict.fromkeys(_countries_in(sentence_before)))
            earlier_pair = _pair_countries(sentence_before) or (named if len(named) == 2 else [])
            if earlier_pair:
                if not (two and lo <= two.start() < a):
                    two = None  # the sides are those countries, not the last two leaders
                # else "The two Presidents co-chaired the council between the two countries":
                # the two leaders, its subject
                break
    their = _THEIR_TEAMS.search(text, a, min(hi, b + 40)) if c.kind == "meeting" else None
    if (
        their
        and their.start() >= b
        and not re.search(r"\b(?:between|among)\s+(?:[\w\-]+\s+){0,2}$", text[b : their.start()])
    ):
        their = None  # "a meeting during their call, and agreed to have their teams follow up"
    if c.kind == "meeting" and their is None:
        # "agreed that their ministries of the interior will meet": the subject of the verb
        subject = [
            m
            for m in _THEIR_TEAMS.finditer(text, lo, a)
            if m.group(0).startswith("their")
            or (m.group("body") and re.fullmatch(r"\s+to\s+", text[m.end() : a]))
        ]  # ("expect the two navies to resume their consultations": the subject of the verb)
        if subject and _SUBJECT_TO_VERB.fullmatch(text, subject[-1].end(), a):
            their = subject[-1]
    if (
        c.kind == "meeting"
        # ("agreed to hold the first round of a new dialogue": the set-up in the trigger)
        and (_SET_UP.search(text, lo, b) or re.match(r"open\s+a\s+process", text[a:b], re.I))
        and _MECHANISM.search(text, a, b + 60)
    ):
        # "The two leaders decided to open a process of consultations": their officials meet
        sides = list(
            dict.fromkeys(
                [p.country for p in persons if p.country]
                + [d["country"] for d in c.described if d.get("country")]
            )
        )
        if len(sides) < 2 and two:
            sides += [
                p.country
                for p in _two_leaders(recent + persons, "leaders", home)
                if p.country and p.country not in sides
            ]
        if len(sides) >= 2:
            c.persons = []
            c.described = [
                {"description": f"{code} officials", "country": code} for code in sides[:2]
            ]
            return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
    if their and not any(lo <= m.start - base and m.start - base >= a for m in inside):
        # "The leaders agreed to continue the consultation between their teams": the teams
        # of the two sides meet, not the leaders
        pair = _two_leaders(recent + persons, "leaders", home) or _two_leaders(
            recent + persons, "sides", home
        )
        codes = [p.country for p in pair]
        if len(pair) < 2 and home and any(d.get("country") == home for d in c.described):
            # "The Prime Minister spoke to President A ... They agreed that their trade
            # ministers would meet": the unnamed home office's side and A's
            codes = [home] + [p.country for p in reversed(recent) if p.country != home][:1]
        if len(codes) == 2:
            what = their.group("what") or their.group("body")
            c.persons = []
            c.described = [{"description": f"{code} {what}", "country": code} for code in codes]
            return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
    chairs = _CHAIRED_BY.search(text, a, hi) if c.kind == "meeting" else None
    chairs = _TWO_LEADERS.match(text, chairs.end()) if chairs else None
    if chairs and chairs.group("noun"):
        # "agreed to convene the Joint Commission, to be co-chaired by the two Foreign
        # Ministers": its chairs meet, not the sides that agreed
        two = chairs
    body_sides = (context or {}).get("body_sides") or []
    if (
        two
        and body_sides
        and (two.group("noun") or "").lower() == "sides"
        and not inside
        and re.search(r"\bthe\s+$", text[max(0, a - 5) : a], re.I)
    ):
        # "Q: ... the meeting of the Bilateral Consultation Mechanism has been postponed? A:
        # The two sides have agreed to postpone the meeting": that session's two sides
        persons = []
        c.described = [dict(d) for d in body_sides]
        two = None
    if two:
        pair = _principals(
            _two_leaders(
                recent + persons, two.group("noun") or "leaders", home, (context or {}).get("seen")
            ),
            recent,
            (context or {}).get("seen", {}),
        )
        if two is chairs and re.search(r"(?i)ministers\b", two.group("noun")):
            # (the chairs may be named only after it: "..., to be co-chaired by the two Foreign
            # Ministers. The Foreign Minister of X, A, and B held a preparatory meeting")
            everyone = [p for p in (context or {}).get("persons", []) if p.titles]
            ministers = _two_leaders(everyone, two.group("noun"), home)
            if ministers and not any(_is_leader_title(t) for p in ministers for t in p.titles[:1]):
                pair = ministers
        if len(pair) < 2 and home and two.group("noun") in (None, "leaders", "presidents"):
            # "The President will host President A ... The two leaders met in May": the one
            # foreign leader named and the unnamed home office (below), when it is recent
            foreign = next(
                (
                    p
                    for p in reversed(recent + persons)
                    if p.country and p.country != home
                    and any(_is_leader_title(t) for t in p.titles)
                ),
                None,
            )
            if foreign is not None:
                pair = [foreign]
        office = (
            _recent_home_office(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
            if pair and home and home not in {p.country for p in pair}
            else None
        )
        spoke_with_both = (
            len(pair) == 2
            and two.start() >= a
            and re.fullmatch(r"[^,.;]{0,20}?\bwith\s+", text[a : two.start()])
        )
        if office is not None and spoke_with_both:
            # "the President spoke with both leaders": a conversation with each
            c.each = list(pair)
            if not any(d.get("country") == home for d in c.described):
                c.described.append({"description": office.group(0).strip(), "country": home})
        elif office is not None:
            # "The President will meet President A ... The two leaders last spoke in April":
            # the home side is the unnamed office, the other the latest foreign leader
            pair = pair[:1]
            if not any(d.get("country") == home for d in c.described):
                c.described.append({"description": office.group(0).strip(), "country": home})
        when = re.search(r"\bwhen\s*$", text[:lo]) or re.match(r"\s*when\b", text[lo:])
        if when and len({p.country for p in persons}) >= 2:
            pair = []  # "raise it with his counterpart B, when the two ministers meet": A, B
        for p in pair:
            if p not in persons:
                persons.append(p)
        if (
            len(pair) == 2
            and c.kind == "meeting"
            and two.end() <= a
            and _PEOPLE_NOUN.fullmatch(two.group("noun") or "")
            and _CLAUSE_OPENS.search(text, max(0, two.start() - 8), two.start())
            and _WORDS_TO_TRIGGER.fullmatch(text, two.end(), a)
        ):
            # "A and B agreed that the two leaders will speak by phone": the leaders are the
            # subject of the event's own clause, the ones who agree on it are not in it
            persons = list(pair)
    if (
        c.kind == "meeting"
        and re.search(r"\btheir\s+(?:[\w\-]+\s+){0,2}$", text[max(0, a - 30) : a])
        and _PLURAL_SUBJECT.match(text)
        and not (_PLURAL_SUBJECT.match(text).group("noun") or "").lower().endswith("ministers")
    ):
        # "The leaders recalled their talks in Tehran, held on the sidelines of the summit
        # ... with President C": the two leaders, not the one the summit was held with
        pair = _two_leaders(recent, "leaders", home, (context or {}).get("seen"))
        if len(pair) == 2 and all(p in recent for p in pair):
            persons = list(pair)
    elif (
        c.kind == "meeting"
        # (people of another clause, taken only as the nearest, are not "their": "The call
        # followed up on their meeting in X, as President A and President B agreed ...")
        and (
            (not persons and not mentions)
            or (not inside and all(p in nearest for p in persons))
            # "a follow-up to the conversations they had when the Secretary was in X": the
            # relative clause's "they", whoever the clause names after it
            or _THEY_HAD.match(text, b)
        )
        and not c.described
        and (
            re.search(r"\btheir\s+(?:[\w\-]+\s+){0,2}$", text[max(0, a - 30) : a])
            or (_MEET_VERB.match(text[a:b]) and _THEY_SINCE.search(text, max(0, a - 40), a))
            or _THEY_HAD.match(text, b)
        )
        and (context or {}).get("pair")
    ):
        # "A spoke by phone with B on Tuesday. The call followed their meeting in Rio last
        # month": the pair of the meeting of the sentence before
        pair = [p for p in (context or {}).get("pair", []) if p.country]
        if len({p.country for p in pair}) == 2:
            persons = list(pair)
    took_part = _TOOK_PART.match(text, b) if c.kind == "meeting" else None
    if took_part:
        # "joined by their delegations for expanded talks, in which the Minister A, and the
        # Minister of Uruguay, B, took part": those named in the clause take part too
        for m in mentions:
            if took_part.start("who") <= m.start - base < took_part.end("who"):
                if m.person not in persons:
                    persons.append(m.person)
    both = _OFFICIALS_OF_BOTH.search(text, lo, hi) if c.kind == "meeting" else None
    if both and not any(both.end() <= m.start - base < hi for m in mentions):
        # "officials from both countries will meet in X", "the meeting of the senior
        # officials from both nations": the officials of the two sides, not the leaders the
        # sentence before names (when no one heads them by name)
        codes = [p.country for p in persons if p.country]
        if len(set(codes)) < 2:
            codes = [p.country for p in _two_leaders(recent, "sides", home) if p.country]
        codes = list(dict.fromkeys(codes))
        if len(codes) == 2:
            persons = []
            noun = both.group("noun").lower()
            c.described = [d for d in c.described if d.get("country") not in codes] + [
                {"description": f"{code} {noun}", "country": code} for code in codes
            ]
    if c.kind == "meeting" and persons:
        persons = _between_sides(text, b, mentions, base) or persons
    c.persons = persons
    for m in _COUNTERPART.finditer(text):
        code = country_of_word(m.group("dem")) if m.group("dem") else None
        named_here = any(
            mm.start - base >= m.end()
            and re.fullmatch(r",?\s+(?:[A-Z][\w.]*\s+){0,3}", text[m.end() : mm.start - base])
            for mm in mentions
        )  # "her Saudi counterpart, Prince A": named
        listed = _OFFICE_OF_PAIR.match(text, text.rfind("counterpart", m.start(), m.end()))
        if not named_here and not listed:  # ("his counterparts from A, B and C": each, below)
            label = f"{m.group('dem')} counterpart" if m.group("dem") else "counterpart"
            if c.kind == "meeting" and code and not m.group(0).endswith("s"):
                # "A of X arrived in Y. B met his X counterpart": A, named before
                owner = next((p for p in persons if p.country and p.country != code), None)
                named = named_counterpart(owner, code, recent, persons)
                if named is not None and code not in {p.country for p in persons}:
                    persons.append(named)
                    continue
            if m.group("dem") and not code and m.group(0).endswith("s"):
                # "her Nordic-Baltic counterparts": a group of other governments' ministers
                c.described.append({"description": label + "s", "group": True})
                continue
            c.described.append({"description": label, **({"country": code} if code else {})})
    countries = _pair_countries(text) or earlier_pair
    org = _pair_organization(text, lo, hi)
    if c.kind == "meeting" and org and (persons or countries or _WE.search(text, lo, a)):
        c.described.append({"description": org})
    if c.kind == "meeting":
        named_countries = {p.country for p in persons}
        for code in countries:
            if code not in named_countries and not any(
                d.get("country") == code for d in c.described
            ):
                c.described.append({"description": f"{code} delegation", "country": code})
        for m in [*_DEMONYM_PAIR.finditer(text, lo, hi), *_OFFICE_OF_PAIR.finditer(text, lo, hi)]:
            # "Kenyan and Ethiopian trade ministers met ...", "talks with the leaders of Kenya
            # and Ethiopia", "his counterparts from Chile, Peru and Ghana": one side each
            if m.start() > b and _trigger_between(text, b, m.start()):
                continue  # "meet with A and will convene the ministerial with the ministers
                # of B, C and D": the later event's sides
            for dem in listed_sides(m):
                code = country_of_word(dem)
                if (
                    code
                    and code not in named_countries
                    and not any(d.get("country") == code for d in c.described)
                ):
                    c.described.append(
                        {"description": f"{dem} {m.group('what')}", "country": code, "pair": True}
                    )
        pair = _COUNTRY_PAIR_SUBJECT.match(text, lo, a)
        for name in (pair.group("x"), pair.group("y")) if pair else ():
            # "Germany and Poland will hold the next round of consultations": the two
            # governments
            code = country_of_word(name)
            if (
                code
                and _is_country_name(name)
                and code not in named_countries
                and not any(d.get("country") == code for d in c.described)
            ):
                c.described.append({"description": f"{name} government", "country": code})
        between = _BETWEEN_DESCRIBED.match(text, b) or next(
            # "the talks between X and Y delegations that Türkiye hosted": the hosting verb
            # tells those talks, with those sides
            (
                m
                for m in _BETWEEN_DESCRIBED_WORD.finditer(text, lo + 1, a)
                if _THAT_SUBJECT.fullmatch(text, m.end(), a)
            ),
            None,
        )
        sides = {country_of_word(between.group(g)) for g in "xy"} - {None} if between else ()
        if len(sides) == 2 and c.persons:
            # "A briefed B on the direct talks between Russian and Ukrainian delegations":
            # the two sides the phrase names, not the people of the clause who tell of them
            c.persons = [
                m.person
                for m in mentions
                if between.start() <= m.start - base < between.end() and m.person in c.persons
            ]
        for m in _DESCRIBED.finditer(text, lo, hi):
            code = country_of_word(m.group("dem") or m.group("dem2"))
            if (
                code
                and code not in named_countries
                and not any(d.get("country") == code for d in c.described)
            ):
                c.described.append({"description": m.group(0), "country": code})
        _unnamed_sides(c, text, a, b, lo, hi, home)
        _name_the_office_subject(c, recent)
        if org and {p.country for p in c.persons} | {d.get("country") for d in c.described} - {
            None
        }:
            return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
        group = _group_meeting(text, a, b, lo, hi)
        if group and (c.persons or c.described):  # "the G7 Summit", "with ASEAN leaders"
            c.described.append({"description": group})
            return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
        if c.persons and any(d.pop("group", False) for d in c.described):
            return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
        if (
            home
            and len(c.persons) == 1
            and not c.described
            and c.persons[0].country not in (None, home)
            and re.fullmatch(r"\s*(?:(?:A|An|The|Her|His|Their)\s+)?(?:[\w\-]+\s+){0,2}", text[:a])
        ):
            # "The Vice President will then travel to Lusaka. Talks with President A are
            # scheduled for Saturday": the unnamed home office the text is following
            office = _recent_home_office(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
            if office is not None:
                c.described.append({"description": office.group(0).strip(), "country": home})
                return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context)
        codes = {p.country for p in c.persons} | {d.get("country") for d in c.described}
        if (
            len(c.persons) + len(c.described) < 2
            or len(codes - {None}) < 2
            and not (len(c.persons) >= 2 and None in codes)
        ):
            return False
    return _finish_meeting(c, text, a, b, lo, hi, mentions, published, context, home, recent)


# "(a call) between A, title, and B": the noun's own sides; the phrase ends at the first
# adjunct after its "and" ("in the near future", "on the margins of", "later this year")
_BETWEEN = re.compile(r"\s+between\s+(?!(?:both|the\s+two|them|the\s+sides)\b)")
_BETWEEN_END = re.compile(
    r"\s(?:in|on|at|during|later|next|this|last|to|when|where|which|who|after|before|as|"
    r"by|within|early|soon)\s|[;:.(]"
)


# "the two leaders" as the subject of a clause of "that" (what others agreed or said), only
# lower-case words (a modal, "hold a video") between it and the trigger
_PEOPLE_NOUN = re.compile(
    r"(?i:leaders|presidents|heads\s+of\s+state|men|women|(?:[a-z]+\s+)?ministers"
    r"(?:\s+of\s+foreign\s+affairs)?|secretaries|counterparts)"
)
_CLAUSE_OPENS = re.compile(r"\bthat\s+(?:the\s+)?$")
_WORDS_TO_TRIGGER = re.compile(r"\s+(?:(?-i:[a-z][a-z\-]*)\s+){1,5}")


def _between_sides(text: str, b: int, mentions, base: int) -> list[Person]:
    """The persons an event noun's "between A and B" names (its sides, not the subject of the
    clause that plans it: "They agreed to hold a call between A and B")."""
    m = _BETWEEN.match(text, b)
    if m is None:
        return []
    # (past the clause's end: ", and B" after A's appositive title is the second side)
    limit = min(len(text), m.end() + 240)
    conj = text.find(" and ", m.end(), limit)
    if conj < 0:
        return []
    end = _BETWEEN_END.search(text, conj + 5, limit)
    stop = end.start() if end else limit
    sides: list[Person] = []
    for x in mentions:
        if m.end() <= x.start - base < stop and x.person not in sides:
            sides.append(x.person)
    # (both sides named, of two countries: else the clause's others stay, as before)
    return sides if len({p.country for p in sides} - {None}) >= 2 else []


# a person's own movement right after the name: "A traveled to Kenya", "A was in Rome"
_WENT = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:travell?ed|visited|went|arrived|flew|stopped|was\s+in)\b"
)
_CHAMBER = re.compile(
    r"(?:the\s+)?(?:Senate|Congress|House|Parliament|National\s+Assembly|Assembly|Chamber)"
)
_POSS_ENVOY = re.compile(
    r"\b(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+(?:[Aa]mbassador|[Ee]nvoy|"
    r"[Cc]harg[eé]\s+d[’']\s?[Aa]ffaires|[Hh]igh\s+[Cc]ommissioner)\b"
)
_HOSTED_HERE = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:ceremony|banquet|dinner|lunch|"
    r"luncheon|breakfast|reception)\b|\bfollowed\s+by\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}"
    r"(?:bilateral\s+)?meeting\b",
    re.I,
)
_MINISTRY_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w ]{0,30},\s+)?(?:(?P<m>[Tt]he\s+(?:Foreign\s+)?(?:Ministry|Department|"
    r"Foreign\s+Office|Government))\b(?:\s+(?:of|for)\s+[A-Z][\w ]+?)?"
    # "Ministry officials called in the Ambassador": the ministry's people as the subject
    r"|(?P<officials>(?:[Tt]he\s+)?(?:Foreign\s+)?(?:Ministry|Department|Foreign\s+Office)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w ]+?)?\s+officials))\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+|today\s+)*"
    r"(?=summon|call|receiv|host|welcom|met\b|held\b)"
)
# the trip a clause after it is about, and its owner before it: "A's trip to X in January, ",
# "announced by A during her visit to X last June, "
_OWNERS_TRIP = re.compile(
    r"(?:[’']s|\b(?:his|her))\s+(?:[\w\-]+\s+)?(?:trip|visit|travel)\s+to\b[^.;’']*?,\s*$"
)


# an office with its demonym as a side ("During his stay, the Nigerian Minister also met B")
_DEMONYM_OFFICE = re.compile(
    r"(?i:the)\s+[A-Z][\w\-]*\s+(?:[A-Z][\w\-]*\s+)?(?:Minister|President|Secretary|Premier"
    r"|Chancellor|Ambassador|Envoy)"
)


_LOWER_OFFICE = (
    r"\s+((?:foreign\s+|defen[cs]e\s+|prime\s+|trade\s+|finance\s+)?(?:minister|president|"
    r"secretary|premier|chancellor|ambassador|envoy))\b"
)


def _name_the_office_subject(c: Candidate, recent: list[Person]) -> None:
    """The office a meeting's subject names by its demonym ("the Nigerian Minister") is the
    person of that country and title named before, when there is one: a person, not a
    description."""
    for d in list(c.described):
        said = d.get("description", "")
        if not _DEMONYM_OFFICE.fullmatch(said):
            # ("the Iranian foreign minister held a telephone conversation": the office in
            # lower case after the demonym the description kept)
            low = re.match(r"the\s+(?-i:[A-Z])[\w\-]*$", said, re.I) and re.search(
                re.escape(said) + _LOWER_OFFICE, c.sentence.text
            )
            if not low:
                continue
            said = f"{said} {low.group(1)}"
        holder = title_reference(said, recent)
        if holder is not None and holder.country == d.get("country") and holder not in c.persons:
            c.described.remove(d)
            c.persons.insert(0, holder)


def _pronoun_office_holder(c, context, before: str, home, persons) -> Person | None:
    """The named holder of the home office a subject "he" continues ("The Secretary departs
    ... He'll hold a meeting with A"), unless already a side of the meeting."""
    if not home:
        return None
    holder = office_holder(
        body_before(c, context) + "\n" + before, (context or {}).get("persons", []), home
    )
    return holder if holder is not None and holder not in persons else None

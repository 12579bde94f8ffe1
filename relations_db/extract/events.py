"""Events in a text: meetings, visits, incidents and sanctions, by trigger words and rules.

Each sentence is searched for trigger words ("met", "call", "visit", "balloon",
"sanctions", ...). A trigger makes a candidate event whose participants are the people
the sentence names (pronouns, "the two leaders" and "his Chinese counterpart" resolved),
whose date is the temporal expression nearest to the trigger (its direction taken from the
event's status), whose status and visibility come from the cue words nearest to it, and
whose place is the place named after it. Candidates that denote the same event (same kind,
same named participants, compatible date and place) become one record with all their
evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..countries import country_of_word, subdivision_country
from ..dates import parse_date
from .people import _COUNTED_DESIGNATION, _PROFILE, People, Person, _based_country
from .sentences import Sentence
from .temporal import Temporal, find_dates, looks_forward

# Number words from two to ten, for counts ("three meetings", "ten times").
_SMALL_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten"

_MEETING = [
    (
        "video-call",
        r"\b(?:met|meet(?:s|ing)?)\s+virtually\b|\bvirtual(?:ly)?\s+(?:meeting|summit|"
        r"conversation|call|talks)\b|\bvideo\s*(?:call|conference|link)s?\b|\bvideoconference\b",
    ),
    (
        "call",
        r"\b(?:phone|telephone)\s+(?:call|conversation|talk|meeting)s?\b|"
        r"(?<=[a-z.]\s)spoke(?=\s+(?:on|today|yesterday|this|last|earlier|again|(?-i:[A-Z])\w+day)\b)|\b(?:spoke|speak|speaking|spoken"
        r"|talked)\b(?:\s+\w+){0,3}?\s+(?:with|to\s+(?:President|Prime|Chancellor|Xi|his|her|"
        # "spoke to Commerce Secretary A", "spoke to Foreign Minister B"
        r"(?-i:(?:[A-Z][\w\-]+\s+){0,3}(?:Secretary|Minister|Premier|Ambassador)(?=\s+[A-Z])))|by\s+"
        r"(?:phone|telephone))\b|(?<=[\w,]\s)by\s+(?:phone|telephone)\b|\b(?:a|the|this|their|that|our)\s+(?:recent\s+|last\s+|next\s+)?"
        r"call\b(?!\s+(?:on|for)\b)|\bcall\s+(?:with|between)\b|\b(?:call(?:ed|s)?|phoned|rang)\s+"
        r"(?=(?:me|him|her|us|them)\b|(?:President|Prime|Chancellor|Premier|Secretary|Minister)\b)",
    ),
    # a named leaders' retreat ("the 12th Chile-Peru Leaders' Retreat") is a summit
    ("summit", r"\bsummits?\b|(?-i:\bRetreats?\b)|\bleaders[’']?\s+retreats?\b"),
    ("dinner", r"\b(?:dinner|luncheon|banquet|lunch|breakfast)\b"),
    ("working-group", r"\bworking\s+groups?\b"),
    (
        "talks",
        r"\bmet\b|\bmeets\b|\bmeet\b(?!\s+(?:the|our|its|their)\s+(?:needs?|goals?|"
        r"commitments?|demands?|challenges?))|\bmeetings?\b|\btalks\b|\bsat\s+down\s+with\b|"
        r"\bdialogue\b|\bconversations?\b|\bpull[\s\-]asides?\b|\bdiscussions?\s+(?:[\w’'\-]+\s+){0,4}?(?:with|between)\b|\bdiplomacy\s+(?:[\w’'\-,]+\s+){0,8}?between\b|\bnegotiations?\b|\bministerials?\b|"
        r"\btwo[\s\-]plus[\s\-]two\b|\b(?:remain|stay|keep)\s+in\s+(?:close\s+)?(?:touch|contact)\b|"
        # an itinerary's leg: "then to Guatemala City on Wednesday to see President A"
        r"\bto\s+see\s+(?=(?-i:(?:President|Prime\s+Minister|King|Queen|Chancellor|Emir|Premier|"
        r"Foreign\s+Minister|Crown\s+Prince)\s+[A-Z]))|"
        # the itinerary's last leg: "and he wraps up in Santo Domingo with President A"
        r"\b(?:wrap(?:s|ped)?\s+up|end(?:s|ed)?|finish(?:es|ed)?|conclude(?:s|d)?)\s+"
        r"(?:(?:his|her|the)\s+(?:trip|tour|journey)\s+)?(?=in\s+(?-i:[A-Z])[\w\-]+(?:\s+"
        r"(?-i:[A-Z])[\w\-]+)*\s+with\s+(?-i:(?:President|Prime\s+Minister|King|Queen|Chancellor|"
        r"Emir|Premier|Foreign\s+Minister|Crown\s+Prince)\s+[A-Z]))|"
        r"\b(?:open\s+a\s+process\s+of\s+|(?:launch|begin|start|hold|holds|held|holding|continue)\s+(?:a\s+process\s+of\s+)?)"
        r"(?:[\w\-]+\s+){0,6}?consultations?\b|"
        # "agreed to hold the next round in Brasilia": a session of the talks named before
        r"\b(?:hold|held|holding|convene|convened)\s+(?:the|a|its|their)\s+(?:next|first|second|third|"
        r"fourth|fifth|sixth|new|\w+th)\s+round\b|\bconven(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:[\w\-–’']+\s+){0,5}?(?:commission|council|cabinet|committee|forum|mechanism|dialogue|"
        r"meeting|session|summit)\b|\bcourtesy\s+call\s+on\b|\bco-?chair(?:s|ed|ing)?\b|\bconsultations?\s+between\b|\bnegotiate\b|\b2\s*\+\s*2\b|\bbilats?\b|"
        r"\bconsult(?:ations?|ed|ing)?\b(?=(?:\s+[\w’'\-]+){0,5}?\s+with\b)|"
        # "will discuss them with Foreign Minister A": talks with a titled or named person
        r"\bdiscuss(?:es|ed|ing)?\s+(?:[\w’'\-]+\s+){1,4}?with\s+(?=(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}"
        r"(?:President|Prime|Foreign|Minister|Secretary|Chancellor|Premier|Ambassador|"
        r"Defen[cs]e|Vice|Deputy|King|Emir|Crown|Mr\.?|Ms\.?)\b)|"
        # "discussed the Houthi threat to regional shipping with Omani officials": talks with
        # officials a demonym names
        r"\bdiscuss(?:es|ed|ing)?\s+(?:[\w’'\-]+\s+){1,8}?with\s+(?=(?-i:[A-Z])[\w\-]+\s+"
        r"(?:government\s+)?(?:officials|counterparts|authorities)\b)|"
        # "called on President A": a visit of courtesy, not "called on A to release B"
        r"\bcall(?:ed|s|ing)?\s+on\s+(?=(?:the\s+)?(?:President|Prime|King|Queen|Crown|Emir|"
        r"Amir|Chancellor|Premier|Minister|Foreign|Secretary|Governor|Speaker|Vice|Deputy|"
        r"Sultan|Sheikh|H\.E\.)\b)(?![^.;]{0,80}?\bto\s+(?!the\b|his\b|her\b)[a-z]+\b)|"
        r"\bsummoned\s+to\s+the\s+(?:Foreign\s+Office|(?:Foreign\s+)?Ministry|Department"
        r"|(?-i:[A-Z]{2,5})\s+headquarters)\b|"  # "the MAE headquarters"
        # a foreign envoy summoned to the ministry: the two talk ("summoned the Russian
        # Ambassador to protest ...")
        r"\b(?:summon(?:s|ed|ing)?|call(?:ed|s|ing)?\s+in)\s+(?=(?:the\s+)?(?:[\w.\-’']+\s+){0,3}?"
        r"(?:[Aa]mbassadors?|"
        r"[Cc]harg[eé]|[Ee]nvoys?|[Dd]iplomats?|[Hh]igh\s+[Cc]ommissioner|[Cc]onsul|"
        r"[Dd]eputy\s+[Cc]hief)\b)|"
        # "refused to attend the New START talks in Cairo", "turning down a Finnish invitation
        # to talks": talks one side declined
        r"\b(?:refus|declin|reject)(?:ed|es|e|ing)\s+to\s+(?:attend|join|take\s+part\s+in|"
        r"participate\s+in)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:talks|meeting|negotiations"
        r"|summit)\b|\b(?:turn(?:ed|ing|s)?\s+down|declin(?:ed|es|ing)|reject(?:ed|s|ing)?)\s+(?:an?\s+|"
        r"the\s+)?(?:[\w\-]+\s+){0,2}?invitations?\s+to\s+(?:the\s+)?(?:talks|a\s+meeting|"
        r"negotiations|consultations)\b|"
        # "has refused every proposal since 2022 to hold talks"
        r"\b(?:refus|reject|declin)(?:ed|es|e|ing)\s+(?:every|all|the|an?|any)\s+(?:proposals?|"
        r"offers?|invitations?)\s+(?:[\w\-]+\s+){0,3}?to\s+hold\s+(?:talks|a\s+meeting|"
        r"negotiations|consultations)\b|"
        # "will also hold a separate session with Vice Premier A"
        r"\b(?:hold|holds|held|holding|have|has|had|having)\s+(?:a|an|their|its)\s+"
        r"(?:[\w\-]+\s+){0,2}?sessions?\s+with\b|"
        # "will have an audience with His Majesty King A"
        # "was granted a royal audience by King B", "received in audience by the Emir"
        r"\b(?:ha(?:ve|s|d|ving)|hold|held|granted|given|received\s+in)\s+(?:an?\s+)?"
        r"(?:(?-i:[a-z])[\w\-]+\s+)?audiences?\s+(?:with|by)\b|"
        # "will sign a Defense Cooperation Agreement with Minister of Defence A": the two meet
        r"\bsign(?:s|ed|ing)?\s+(?:[\w\-]+\s+){0,5}?(?:agreement|accord|memorandum|framework|"
        r"treaty|declaration|arrangement|deal|MoU|MOU)s?\s+with\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
        # "the Agreement ..., which was signed by X's Minister of Economy A and Y's Minister
        # of Trade B", "witnessed the signing by Minister A and Minister B of an Arrangement":
        # the signatories meet
        r"\b(?:(?:was|were|had\s+been|been)\s+signed|signing)\s+by\s+(?=(?:the\s+)?(?:[\w’'\-]+\s+)"
        r"{0,3}(?-i:Minister|Secretary|President|Prime|Ambassador|Deputy|Vice|Foreign|Chancellor)"
        r"\b)|"
        # "the Agreement ..., which Ambassador A and Defence Secretary B signed in X on <day>",
        # "A ... and, together with Foreign Minister B, signed the Exchange of Notes"
        r"\b(?:which|that)\s+(?-i:[A-Z])[^,;.]{3,80}?\s+and\s+(?-i:[A-Z])[^,;.]{3,80}?\s+"
        r"signed\b|\btogether\s+with\s+(?-i:[A-Z])[^,;.]{3,60}?,\s+signed\b|"
        # "summoned Mr. A, Ambassador of X", "lodged a strong protest with Ms. B": the person
        # summoned or protested to, named first and titled after
        r"\b(?:summon(?:s|ed|ing)?|lodg(?:e|es|ed|ing)\s+(?:a\s+)?(?:\w+\s+)?protests?\s+with)"
        r"\s+(?=(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+(?-i:[A-Z]))|"
        r"\b(?:instructed|directed|tasked)\s+their\s+(?:[\w\-]+\s+){0,3}?(?:teams|ministers|"
        r"advis[eo]rs|representatives|negotiators|officials|staffs|envoys)\b|"
        r"\b(?:share|exchange)\s+(?:[\w\-]+\s+){0,3}?between\s+their\b|"
        r"(?<!\bas\s)(?<!\bthe\s)(?<!\ba\s)\b(?:welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing))"
        r"(?!\s+of\b)(?:\s+(?=(?:him|her)\b)|"  # "where President A will host him"
        r"\s+(?=(?:the\s+|his\s+|"  # not "welcomed the decision of Greece"
        r"her\s+|their\s+)?(?:(?!of\b)[\w\-]+\s+){0,2}?(?-i:[A-Z])[\w.’'\-]+))|\bspen[dt]\s+(?:\w+\s+){0,3}?"
        r"(?:days?|hours?|time|evening|afternoon|morning|weekend)\s+(?:together\s+)?with\b",
    ),
]
# a weekday, month or day word: "departs Sunday for Nairobi" leaves no town
_WHEN_WORD = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day\b|Tomorrow\b|Tonight\b|January\b|"
    r"February\b|March\b|April\b|May\b|June\b|July\b|August\b|September\b|October\b|"
    r"November\b|December\b"
)
_VISIT = (
    r"\bvisit(?:s|ed|ing)?\b|\btrips?\b|\btravel(?:l)?(?:ed|s|ing)?\s+(?:on\s+)?to\b|"
    r"\b(?:continu(?:e|es|ed|ing)|go(?:es)?|went|fl(?:y|ies|ew))\s+on\s+to\b|"
    r"\bfl(?:y|ies|ew|ying)\s+(?:on\s+)?to\s+(?=(?-i:[A-Z]))|\bland(?:s|ed|ing)?\s+in\s+(?=(?-i:[A-Z]))|"
    r"\bhead(?:s|ed|ing)?\s+(?:on\s+)?to\b(?=\s+(?-i:[A-Z]))|\bdepart(?:s|ed|ing)?\s+for\b|"
    # "will depart Washington on Monday for Warsaw": the town left, then the destination
    r"\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+(?!" + _WHEN_WORD + r")(?-i:[A-Z])[\w\-]*"
    r"(?:\s+(?-i:[A-Z])[\w\-]*)?"
    r"(?:\s+(?:on|this|next|early|late)\s+\w+)?\s+for\s+(?=(?-i:[A-Z]))|\barriv(?:e|es|ed|ing)"
    r"\s+in\b|\b(?:led|lead|leads|leading)\s+(?:a\s+|the\s+)?(?:[\w.\-]+\s+){0,2}(?:delegation|mission)\s+to\b|\bcame\s+to\b|"
    r"\breturn(?:s|ed|ing)?\s+to\s+(?=[A-Z])|"
    r"(?<=[’']s\s)(?:[\w\-]+\s+)?travel\b|\b(?:his|her|their)\s+(?:[\w\-]+\s+)?travel\b|"
    r"\b(?:was|were|will\s+be|would\s+be|had\s+been)\s+(?:just\s+|recently\s+|already\s+){0,2}in\s+"
    r"(?=[A-Z])|"
    # "He is expected in Georgetown later this month": a planned stay there
    r"\b(?:is|are)\s+(?:also\s+)?expected\s+in\s+(?=(?-i:[A-Z]))|"
    # "A, B and C will be with the President in Beijing", "will accompany the President to X"
    r"\b(?:will\s+be|would\s+be|was|were)\s+with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-’']*\s+){1,3}"
    r"in\s+(?=(?-i:[A-Z]))|\baccompan(?:y|ies|ied|ying)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-’']*\s+)"
    r"{1,3}to\s+(?=(?-i:[A-Z]))"
)
_INCIDENT = [
    (
        "airspace",
        r"\bballoons?\b|\bunidentified\s+(?:aerial\s+)?objects?\b|\bairspace\b|"
        r"\bincursions?\b",
    ),
    (
        "air-intercept",
        r"\bintercept(?:s|ed|ion|ions)?\b|\bconfrontations?\b|\bcollisions?\b|"
        r"\bunsafe\s+maneuvers?\b",
    ),
    (
        "military-drill",
        r"\b(?:military\s+)?drills\b|\bmilitary\s+exercises?\b|\bwar\s*games\b|"
        r"\bjoint\s+(?:[\w\-]+\s+){0,2}exercises?\b|"
        # "two H-6 bombers conducted a joint flight with Russian Tu-95 bombers"
        r"\bjoint\s+(?:air\s+|naval\s+|bomber\s+|strategic\s+)?(?:flights?|patrols?)\b",
    ),
    (
        "missile-launch",
        r"\b(?:launched|fired)\s+(?:\w+\s+){0,5}missiles?\b|\bmissile\s+(?:launch"
        r"|test|provocation|firing)(?:es|s)?\b|\blaunch(?:es)?\s+of\s+(?:an?\s+)?(?:[\w\-]+\s+){0,6}"
        r"(?:missiles?|rockets?|satellites?)\b|"
        # "the launch of a Hwasong-18 on April 13": a missile named by its designation
        r"\blaunch(?:es)?\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?-i:[A-Z][A-Za-z]*-\d+[A-Z]?)\b|"
        r"\b(?:missiles?|rockets?|drones?|shells?)\s+(?:that\s+|"
        r"which\s+)?(?:crashed|struck|hit|landed|fell)\b|"
        # "the ICBM it fired on April 13", "the two ballistic missiles they launched"
        r"\b(?:ICBMs?|SLBMs?|(?:ballistic\s+|cruise\s+)?missiles?|rockets?)\s+(?:that\s+|which\s+)?"
        r"(?:it|they|Pyongyang|(?-i:[A-Z])\w+)\s+(?:fired|launched|tested)\b",
    ),
    # "fired water cannons at a resupply boat", "rammed a fishing vessel", "operated its
    # hull-mounted sonar while divers were in the water", "vessels intruded into Japan's
    # territorial sea"
    (
        "maritime",
        r"\bwater\s+cannons?\b|\brammed\b|\bramming\b|\b(?:operated|used|activated|emitted)\s+"
        r"(?:its\s+|their\s+)?(?:[\w\-]+\s+){0,2}sonar\b|\bintrud(?:ed|es|ing)\s+into\s+"
        r"(?:[\w’'\-]+\s+){0,3}(?:territorial\s+(?:sea|waters)|contiguous\s+zone|waters)\b"
        # "vessels entered Japan's territorial sea", "a survey ship conducted activities in
        # Japan's territorial waters"
        r"|\b(?:enter(?:ed|s|ing)?|sailed\s+into|conducted\s+(?:[\w\-]+\s+){0,2}?in)\s+"
        r"(?:[\w’'\-]+\s+){0,2}territorial\s+(?:sea|waters)\b"
        # "a research vessel had conducted a survey without Japan's consent"
        r"|\bsurveys?\s+without\s+(?:[\w’'\-]+\s+){0,2}(?:consent|permission|authori[sz]ation)\b"
        # "HMS A had shadowed the Russian corvette B through the Channel"
        r"|\bshadow(?:ed|s|ing)\s+(?:the\s+|an?\s+|two\s+|three\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?:warships?|vessels?|corvettes?|frigates?|destroyers?|submarines?|ships?|tankers?)\b",
    ),
    # "a J-16 fighter released flares in close proximity to a P-8A", "dropped flares in the path"
    ("flares", r"\b(?:released|dropped|fired|deployed|launched)\s+flares\b"),
    # "the clash with Chinese troops in the Galwan Valley"
    ("clash", r"\bclash(?:es|ed)?\s+(?:with|between|along)\b"),
    # "the detention centre in X" is a place, not a detention
    (
        "detention",
        # "the cases of detained Americans": an attribute of a group, no one detention
        r"\bdetain(?:ed|s|ing)?\b(?!\s+(?:Americans|Canadians|Britons|Australians|citizens|"
        r"nationals|foreigners|persons|people|individuals|journalists)\b)"
        r"|\bdetention\b(?!\s+(?:centres?|centers?|facilit(?:y|ies)|"
        r"camps?))|\barrested\b|\bexit\s+bans?\b|"
        # "authorities have been holding more than 1,000 Lithuanian trucks and their drivers"
        r"\bholding\s+(?:(?:more\s+than|over|some|about)\s+)?(?:[\w,\-]+\s+){0,5}?"
        r"(?:drivers|crews?|nationals|citizens|sailors|fishermen)\b",
    ),
    (
        "cyber",
        r"\bcyber[\s\-]?(?:attacks?|intrusions?)\b|\bhack(?:ed|ing|s)\b|"
        r"\bintrusions?\s+into\b",
    ),
    # a war named as a topic ("the war in X", "in its invasion of X") is not an incident
    ("invasion", r"(?<!\bin\sits\s)(?<!\bin\stheir\s)\binvasion\b|\binvaded\b"),
    # one attack, or attacks counted ("27 attacks"); "as it conducts attacks against cities"
    # describes a war, not an occurrence
    (
        "attack",
        r"\b(?:deadly|drone|missile|rocket|terrorist|terror)\s+attacks?\b|\battacks?\s+"
        r"(?:that\s+)?(?:killed|cost\s+the\s+lives)\b|\battack(?:ed)?\s+(?:on|against)\b|"
        r"\battacks?\s+by\s+(?=(?:the\s+)?(?:[a-z]+\s+)?(?-i:[A-Z])|al-)|"
        rf"\b(?:\d+|{_SMALL_NUMBERS}|dozens\s+of|hundreds\s+of)\s+"
        r"(?:[\w\-]+\s+)?attacks\b|"
        r"\b(?:air|drone|missile|rocket|military)\s*strikes?\b|\bstrikes?\s+(?:on|against|inside|into)\b|"
        r"\bstrikes?\s+in\s+(?=[A-Z])|\bkillings?\s+of\b|\bshot\s+down\b|"
        # "opened fire on border posts", "the shelling of", "the sabotage of a pipeline"
        r"\bopen(?:ed|s|ing)?\s+fire\b|\bfired\s+(?:on|at|upon)\s+(?!(?:the\s+)?(?:idea|notion)|"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)|"
        r"\bshelling\b|\bsabotag(?:e|ed|ing)\b|\bbombings?\b|\bborder\s+clash(?:es)?\b|"
        # "their patrol came under fire from gunmen", "the shooting incident near X"
        r"\bcame\s+under\s+(?:[\w\-]+\s+){0,2}?fire\b|\bshooting\s+incidents?\b|"
        # "a Houthi uncrewed surface vessel struck the Greek-owned bulk carrier X": a craft
        # that strikes a ship
        r"\b(?:vessels?|boats?|craft)\s+(?:that\s+|which\s+)?(?:struck|attacked|hit)\s+"
        r"(?=(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:carriers?|ships?|vessels?|tankers?|"
        r"freighters?|boats?)\b)",
    ),
    ("seizure", r"\bseiz(?:ed|ure|ures|ing)\b|\bhijack(?:ed|ing)\b"),
    # "carried out intelligence-based anti-terrorist operations inside Afghanistan",
    # "conducted a military operation in Lebanon": armed action on another country's soil
    # (not "its support to counter-terrorism operations in the Sahel", an ongoing policy)
    (
        "operation",
        r"\b(?:carried\s+out|conducted|launched|undert(?:ook|aken)|mounted)\s+(?:an?\s+|the\s+|"
        r"its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?operations?\s+(?:in\s+the\s+[\w\-]+\s+(?:regions?|"
        r"areas?|provinces?|districts?)\s+)?(?:inside|in|into|against|on)\s+(?:the\s+)?"
        r"(?=(?-i:[A-Z]))",
    ),
    (
        "deployment",
        r"\bdeploy(?:ment|ed|s|ing)?\s+(?:of\s+)?(?:[\w\-,]+\s+){0,4}?"
        r"(?:troops|soldiers)\b|\bsent\s+(?:[\w\-,]+\s+){0,4}?(?:troops|soldiers)\s+to\b",
    ),
    ("execution", r"\bexecution\s+of\b|\bexecuted\b"),
    # "the expulsion of Colombian diplomats", "expelled two diplomats", "persona non grata"
    (
        "expulsion",
        r"\bexpulsions?\s+of\b|\bexpel(?:s|led|ling)?\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|officials?|staff|journalists?)\b|"
        r"\bpersona\s+non\s+grata\b",
    ),
    (
        "prisoner-exchange",
        r"\bprisoner\s+(?:exchange|swap)s?\b|\bexchange\s+of\s+prisoners\b|"
        r"\bswapped\s+prisoners\b",
    ),
    (
        "hostage-taking",
        r"\bhostages?\b|\bhostage[\s\-]taking\b|\babduct(?:ed|ion|ions)\b|"
        r"\bkidnapp(?:ed|ing)\b",
    ),
]
_SANCTION = (
    r"\bsanction(?:s|ed|ing)?\b|\bexport\s+controls?\b|\brestrictions\s+(?:on|imposed)\b"
    r"|\bentity\s+list\b"
    r"|\brestrictive\s+measures\b|\btravel\s+bans?\b|\basset\s+freezes?\b"
    # "the designation of Ansarallah, commonly known as the Houthis, as a ..."
    r"|\bdesignation\s+of\s+(?=(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?\bas\s+(?:an?\s+|the\s+)?(?-i:[A-Z]))"
    r"|\bblacklist(?:s|ed)?\b|\bvisa\s+(?:restrictions|bans?)\b|\bdesignat(?:es|ed|ing|ion|ions)\s+"
    r"(?=(?:[\w\-]+\s+){0,4}?(?:entit|compan|individual|person|firm|bank|group|organi[sz]ation|"
    r"official|network|vessel|leader|commander|member|facilitator|financier|broker|supplier|"
    r"manufacturer|procure|shipp|as\b)"
    # "designated former President of Paraguay A", "designated Cartes under Section ..."
    r"|(?:the\s+)?(?:(?:former|current|then|sitting)[\s\-]+)?(?-i:[A-Z])(?!(?i:as)\b))|\bimpos(?:e|ed|es|ing)\s+costs\b|\bsuspend(?:ed|s)?\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:talks|cooperation|dialogue|exchanges)\b|\bcut\s+off\s+(?:[\w\-]+\s+){0,3}"
    r"channels\b|\b(?:froze|frozen)\b"
    # "Those listed include the Commander-in-Chief, A, and ...": each named is a target
    # "has added 14 Belarusian citizens ... to the list of foreigners whose entry is
    # prohibited", "added 13 entities to its Entity List"
    r"|\badded\s+(?=(?:more\s+than\s+|over\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?(?:individuals|"
    r"persons|citizens|nationals|entities|companies|officials)\b[^.;]{0,120}?\bto\s+(?:the|its|"
    r"their)\s+(?:[\w\-]+\s+){0,3}?(?:list|register)\b)"
    # "Among those designated today is A", "The first individual listed, in 2023, was B"
    r"|\b(?:those|persons|individuals?|people)\s+(?:listed|designated|sanctioned)\b(?:\s+today)?"
    r"(?:,[^;.]{1,40}?,)?\s+(?:include\b|(?:is|are|was|were)\b(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])))"
)
# every alternative of the "talks" pattern starts with one of these characters: a lookahead
# on them lets the engine skip other positions at once (speed only; the matches are the same)
_TALKS_FIRST = r"(?=[2bcdeghiklmnoprstw])"
TRIGGERS = [
    *(
        ("meeting", f, re.compile(f"{_TALKS_FIRST}(?:{p})" if f == "talks" else p, re.I))
        for f, p in _MEETING
    ),
    ("visit", None, re.compile(_VISIT, re.I)),
    *(("incident", c, re.compile(p, re.I)) for c, p in _INCIDENT),
    ("sanction", None, re.compile(_SANCTION, re.I)),
]
# Words one of which every match of a trigger pattern contains (lower case): a sentence
# without any is not searched with the (slower) pattern. Speed only; tested to agree.
_KEYS = {
    ("meeting", "call"): ("phone", "spoke", "speak", "talked", "call", "rang"),
    ("meeting", "talks"): (
        "met",
        "meet",
        "to see",
        "wrap",
        "end",
        "finish",
        "conclude",
        "talks",
        "sat",
        "dialogue",
        "conversation",
        "discussion",
        "diplomacy",
        "negotiat",
        "ministerial",
        "plus",
        "+",
        "touch",
        "contact",
        "consult",
        "bilat",
        "welcom",
        "host",
        "receiv",
        "instruct",
        "direct",
        "task",
        "share",
        "exchange",
        "conven",
        "courtesy",
        "chair",
        "spen",
        "summon",
        "protest",
        "sign",
        "audience",
        "session",
        "refus",
        "declin",
        "reject",
        "turn",
        "pull",
        "discuss",
        "call",
        "round",
    ),
    ("meeting", "video-call"): ("virtual", "video"),
    ("meeting", "summit"): ("summit", "retreat"),
    ("meeting", "dinner"): ("dinner", "luncheon", "banquet", "lunch", "breakfast"),
    ("meeting", "working-group"): ("working",),
    ("incident", "airspace"): ("balloon", "unidentified", "airspace", "incursion"),
    ("incident", "air-intercept"): ("intercept", "confrontation", "collision", "unsafe"),
    ("incident", "military-drill"): ("drill", "exercise", "war", "flight", "patrol"),
    ("incident", "missile-launch"): (
        "missile",
        "rocket",
        "drone",
        "shell",
        "launch",
        "icbm",
        "slbm",
    ),
    ("incident", "maritime"): (
        "water",
        "ramm",
        "sonar",
        "intrud",
        "survey",
        "territorial",
        "shadow",
    ),
    ("incident", "flares"): ("flares",),
    ("incident", "clash"): ("clash",),
    ("incident", "detention"): ("detain", "detention", "arrested", "exit", "holding"),
    ("incident", "cyber"): ("cyber", "hack", "intrusion"),
    ("incident", "operation"): ("operation",),
    ("incident", "invasion"): ("invasion", "invaded"),
    ("incident", "attack"): (
        "attack",
        "strike",
        "struck",
        " hit",  # (not "white", "within")
        "killing",
        "shot",
        "fire",
        "fired",
        "shelling",
        "shooting",
        "sabotag",
        "bombing",
        "clash",
    ),
    ("incident", "seizure"): ("seiz", "hijack"),
    ("incident", "deployment"): ("deploy", "sent"),
    ("incident", "execution"): ("execut",),
    ("incident", "expulsion"): ("expul", "expel", "persona"),
    ("incident", "prisoner-exchange"): ("prisoner", "swapped"),
    ("incident", "hostage-taking"): ("hostage", "abduct", "kidnap"),
    ("sanction", None): (
        "sanction",
        "export",
        "restrictions",
        "restrictive",
        "travel",
        "asset",
        "entity",
        "blacklist",
        "visa",
        "designat",
        "impos",
        "suspend",
        "cut",
        "froze",
        "include",
        "added",
        "listed",
    ),
    ("visit", None): (
        "visit",
        "trip",
        "travel",
        "arriv",
        "lead",
        "fl",
        "land",
        " on to",
        "head",
        "depart",
        "leav",
        "left",
        "delegation",
        "came",
        "return",
        "expected",
        "accompan",
        "was",
        "were",
        "be",
    ),
}

_STATUS_CUES = [
    (
        "cancelled",
        r"\bscrapped\b|\bcalled\s+off\b|\bcancell?ed\b|\bcancell?ing\b|\bscuttled\b|"
        # "had hoped to meet A in Budapest, but ...": a plan that is off; "terminated all trade
        # negotiations with X"
        r"\bhad\s+(?:hoped|planned|intended|wanted)\s+to\b|\b(?:terminat|halt|suspend)(?:ed|s|ing)"
        r"\s+(?:all\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:negotiations|talks)\b|"
        r"\b(?:broke|broken|breaks|ended|ends)\s+off\s+(?:all\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
        r"(?:negotiations|talks)\b",
    ),
    ("postponed", r"\bpostpon(?:ed|es|e|ing)\b|\bdelayed\b|\bput\s+off\b|\brescheduled\b"),
    (
        "declined",
        r"\brejected\b|\brefused\b|\bdeclined\b|\brebuffed\b|\bsnubbed\b|\bturn(?:ed|ing)\s+down"
        r"\b",
    ),
    (
        "tentative",
        r"(?-i:\bmay\b)|\bmight\b|\bcould\b|\bpossibl[ey]\b|\bpotential(?:ly)?\b|"
        r"\bexpects?\s+to\b|\bhop(?:es|ing)\s+(?:to|that)\b|\bconsidering\b|\bproposed\b",
    ),
    (
        "planned",
        r"\bwill\b|\bwon[’']t\b|\b(?:she|he|they|we|I)[’']ll\b|\bplans?\s+(?:to|for)\b|"
        r"\bplanned\b"
        r"|\bplanning\s+to\b|\bagreed\s+to\b|\bscheduled\b|\bset\s+(?:to|for)\b|\bupcoming\b|\bgoing\s+to\b"
        r"|\bis\s+to\b|\bto\s+be\s+held\b|\bshould\b|\bcommitted\s+to\b|\bnext\s+steps"
        r"\b|\bwould\s+(?:(?:then|also|jointly|first)\s+)?(?:meet|visit|travel|hold|speak|host|chair|"
        # reported speech: "the spokesperson said A would host B", "would be in Scotland"
        r"co-chair|attend|receive|fly|be\s+in)\b|\bahead\b(?!\s+of\b)|\bintends?\s+to\b|"
        r"\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:holding|meeting|hosting|travell?ing|visiting|welcoming|"
        r"convening|heading|leaving|departing)\b|\blook(?:s|ed|ing)?\s+forward\s+to\b|"
        r"\bexpected\s+(?:to|in)\b|\binvited\b|\binvitations?\s+to\b|\b(?:instructed|directed|tasked)\b|\b(?:arrives|departs)\b|"
        # a schedule in the present: "on Thursday we head to Helsinki", "she flies to Rome"
        r"\b(?-i:[Ww])e\s+(?:head|fly|land|leave|depart|travel|go|arrive|return)\b"
        r"|\b(?:heads|flies|lands|leaves|returns)\s+(?:to|for|in|home)\b|"
        r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\btravels\b|\b(?:pledged|promised|vowed|decided|resolved)\s+to\s+"
        r"(?:create|establish|launch|set\s+up|hold|convene|resume|form|open|begin|start)\b",
    ),
]
_STATUS = [(s, re.compile(p, re.I)) for s, p in _STATUS_CUES]
# clause boundaries; "follow up on <event>" (the event came first); a determiner that refers
# back ("the meeting"); past-tense verbs that make a mention a past event
# ", and with B" continues a list of the clause before (a conjunct phrase, not a clause)
_CLAUSE = re.compile(
    r";|\s[—–]\s|\s--\s|,\s+(?:and(?!\s+with\b)|but|while|whereas|although|though|"
    r"yet|after|before|when|because|since|until|then\s+(?=to\s|on\s|in\s|he\s|she\s)|"
    # "meet with senior PRC officials, including Foreign Minister A": A is one of them
    r"including(?!\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:President|Minister|Secretary|"
    r"Ambassador|Chancellor|Premier|Envoy|Advis[eo]r|General|Admiral|Governor|Director)\b))\b"
    # "met with A ... and was received by B": a second predicate, its own event
    r"|\s+and\s+(?=(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:received|"
    r"welcomed|hosted)\s+by\b)"
    r"|,\s+(?P<rest>(?:who|whom|which|where)\b)"
    r"|\s(?=(?:when|because)\s)",
    re.I,
)
_AFTER_EVENT = re.compile(
    r"\b(?:follow(?:ing|ed|s)?\s+up\s+on|following|after|since)\s+"
    r"(?:[\w’'\-]+\s+){0,3}$",
    re.I,
)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its|our|my|your|"
    r"today[’']s|yesterday[’']s)\s+(?:[\w\-’']+\s+){0,2}$",  # "the Secretary's meeting"
    re.I,
)
_VERB_TRIGGER = re.compile(r"(?:spoke|speaks|talked|phoned|rang|called)\s+(?:with|to)?\b", re.I)
_PAST = re.compile(
    r"\b(?:met|spoke|talked|held|hosted|visited|travell?ed|had|was|were|came|"
    r"went|discussed|launched|sat|joined|attended|arrived|called|convened|"
    r"concluded|took\s+place)\b",
    re.I,
)
# "On the margins, ..." (opening the sentence), "on the sidelines of the visit", "Before the
# meeting, ...", "During his stay, ...": of (at the time of) an event told before (not "of
# the G20 summit", which names its own)
_MARGINS = re.compile(
    r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|this|his|her)\s+"
    r"(?P<n>visit|trip|meeting|summit|talks)\b(?!\s+of\b)|^(?:\d+\.\s+)?(?:(?:On|At)\s+the\s+"
    r"(?:margins|sidelines)|(?:Ahead\s+of|Before|During)\s+(?:the|his|her|their)\s+"
    r"(?P<n2>visit|stay|trip|meeting|summit|talks)|(?:After|Following)\s+the\s+"
    r"(?P<n3>meeting|summit|talks)),"
)
_SAME = re.compile(
    r"\b(?:in\s+|on\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>month|year|day)\b"
    r"(?!\s+(?:before|after|of|when))"
    # "That evening, the President will host a state dinner": the day of the last date
    r"|(?:^|(?<=[.;,]\s))(?P<eve>(?:[Tt]hat|[Tt]he\s+same)\s+(?:morning|afternoon|evening|night))\b"
    # "The Department of State is concurrently designating ...": the day of the last date
    r"|\b(?P<day>[Cc]oncurrently|[Ss]imultaneously)\b"
    # "Prime Minister A then hosted an official luncheon": later on the day of the last date
    r"|(?<=\s)(?P<then>then)\s+(?=(?:hosted|held|gave|offered|met|attended)\b)"
    # "Today, OFAC sanctioned A ... OFAC also designated B": the same action, the same day
    # (not "The EU has also imposed measures on B": a standing measure, undated)
    r"|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\b(?P<also>also)\s+"
    r"(?=(?:is\s+|are\s+)?(?:designat|sanction|impos)\w*\b)",
    re.I,
)
# "over the following weeks", "in the days that followed", "the following day": after the
# last date the text gave
_FOLLOWING = re.compile(
    r"\b(?:(?:over|in|during|within)\s+)?the\s+(?:following|subsequent|ensuing)\s+(?:few\s+|"
    r"several\s+|two\s+|three\s+)?(?P<unit>days?|weeks)\b|\b(?:in|over|during)\s+the\s+"
    r"(?P<unit2>days|weeks)\s+that\s+followed\b",
    re.I,
)
_COORD = re.compile(r"(?:,?\s+and|,)\s+(?:(?:the\s+|of\s+)?[A-Z][\w.\-]*\s+){0,5}")
_VISIT_OF = re.compile(
    r"s?\s+(?:of|by)\s+(?:a|an|the)\s+(?P<t>(?:[A-Z][\w.’'\-]*\s+){0,4}"
    r"[A-Z][\w.’'\-]*(?:\s+of\s+the\s+[A-Z]\w+)?)"
)
_TITLE_POSSESSIVE = re.compile(
    r"\b[Tt]he\s+(?P<t>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)[’']s\s+"
    r"(?:[\w\-]+\s+){0,2}$"
)
_OFFICE = re.compile(
    r"\b(?:[Tt]he\s+)(?:(?P<dem>(?!(?:Vice|Deputy)\b)[A-Z][\w.’']*(?:\s+[A-Z][a-z][\w’']*)??)\s+)?"
    r"(?P<title>(?:[Vv]ice\s+|[Dd]eputy\s+)?(?:Foreign\s+(?=Secretary))?"
    r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Ff]oreign\s+[Mm]inister|[Cc]hancellor|"
    r"[Dd]efen[cs]e\s+[Mm]inister|[Kk]ing|[Qq]ueen|[Ee]mir|[Cc]rown\s+[Pp]rince|[Aa]mbassador|"
    r"[Ee]nvoy|[Cc]harg[eé]\s+d[’']\s?[Aa]ffaires|[Hh]igh\s+[Cc]ommissioner|Secretary\s+of\s+(?:State|Defense)|"
    r"(?<=[Tt]he\s)Minister(?=\s+(?:received|welcomed|hosted|met|spoke|will|also|held))|Secretary(?![\-\s]+(?:General|of)\b)|"
    r"National\s+Security\s+Advis[eo]r))\b"
    # "the Chargé d'Affaires a.i. of the Republic of Belarus": an envoy's country after "of"
    r"(?:\s+(?:a\.\s?i\.|ad\s+interim))?"
    r"(?:\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’']*(?:\s+(?:of\s+)?[A-Z][\w’']*){0,2}))?"
)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.\-’'+]+\s+){0,6}?")
# a meeting others are to hold: "the plan for senior officials of both governments to hold"
_FOR_OTHERS = re.compile(r"\bfor\s+(?:[\w\-]+\s+){1,8}?to\s+(?:hold|meet|convene|resume|host)\b")
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.\-’'+]+\s+){0,6}?")
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
    r"resume|form|restart|reopen)\b",
    re.I,
)
_MECHANISM = re.compile(
    r"\b(?:consultations?|dialogues?|working\s+groups?|commissions?|"
    r"mechanisms?|channels?|councils?|task\s+forces?)\b",
    re.I,
)
_COUNTRY_PAIR_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w ]{0,30}:\s+)?(?:(?:Both|Together),?\s+)?(?:the\s+)?"
    r"(?P<x>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+and\s+"
    r"(?:the\s+)?(?P<y>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s+(?:will|shall|have|had|agreed|"
    r"decided|held|hold|holds|are|were|plan|intend|look)\b"
)
_DEMONYM_PAIR = re.compile(
    r"\b(?P<x>[A-Z][\w\-]*)\s+and\s+(?P<y>[A-Z][\w\-]*)\s+"
    r"(?P<what>(?:[a-z]+\s+){0,2}"
    r"(?:officials|ministers|delegations|teams|negotiators|diplomats|experts|"
    r"representatives|officers|envoys))\b"
)
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
# "ministers of both governments held ten meetings": the sides are the pair named before
_OF_BOTH = re.compile(
    r"\b(?:ministers|officials|delegations|representatives|experts)\s+of\s+(?:both|the\s+two)\s+"
    r"(?:governments|countries|sides)\b",
    re.I,
)
_BOTH_SIDES = re.compile(r"\bbetween\s+(?:both|the\s+two)\s+(?:sides|parties|countries)\b", re.I)
# a war named as the time since which something holds ("Since Russia's full-scale invasion
# of Ukraine in February 2022, ..."): background by annotation.md, not news
_OF_COUNTRY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})"
)
_SINCE_WAR = re.compile(r"\b[Ss]ince\s+(?:[\w’'\-]+\s+){0,5}$")
# an incident that is the topic of another act ("to raise the detention of", "about the strike")
_TOPIC_OF = re.compile(
    r"\b(?:to\s+(?:raise|discuss|address|condemn|review|protest|press\s+on)|"
    r"about|regarding|concerning)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$"
    # "will talk about the situation in X and North Korea's continued missile launches"
    r"|\b(?:talk|speak|discuss|raise)\w*\s+(?:about\s+)?(?:[\w\-’',]+\s+){0,12}$",
    re.I,
)
_OPENING_REFERENCE = re.compile(
    r"\s*(?:Ahead\s+of|After|Before|Following|During|On\s+the\s+(?:margins|sidelines)\s+of|In\s+the\s+"
    r"run-up\s+to)\s+(?:the|this|that|their|his|her)\s+(?:[\w\-]+\s+){0,3}$"
)
# "X was summoned to the Ministry, where Vice-Minister A handed over a note of protest",
# "The Ministry summoned X. Secretary General A handed him a note": who met the envoy
_HANDED_NOTE = re.compile(
    r"\b(?:handed|delivered|presented)\s+(?:(?:him|her|them|over)\s+)?(?:a|the)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:note|protest|démarche|demarche)\b"
)
_JOINED = re.compile(
    r"\s*(?:They|The\s+(?:two\s+)?(?:leaders|presidents|ministers|heads\s+of\s+"
    r"\w+))\s+(?P<v>were\s+(?:also\s+)?(?:joined|accompanied)\s+by)\s+"
)
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
_QUALIFIED_PLURAL = re.compile(
    r"\s*(?:\([a-z\d]+\)\s*)?(?:(?:[Tt]he\s+)?[A-Z][\w ]{0,40},\s+)?"
    r"(?:(?:under|during|at|in|after)\s+which\s+)?"
    r"[Tt]he\s+(?P<what>(?:[A-Z][\w\-]*\s+){1,3}(?:Ministers|Secretaries|"
    r"Ambassadors|Directors|Directors-General|Envoys|Chiefs\s+of\s+[A-Z]\w+))\b"
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
_VISITING = re.compile(r"[Vv]isiting\s+(?:[A-Z][\w.\-’']*\s+){1,5}")
_NOUN_TRIGGER = re.compile(
    r"(?:meeting|talks|call|bilat|summit|dinner|conversation|discussion|"
    r"dialogue)s?\b",
    re.I,
)
_INVITATION = re.compile(
    r"\b(?:at\s+the\s+invitation\s+of|invited\s+by|hosted\s+by|welcomed\s+by|"
    r"received\s+by|greeted\s+by|as\s+the\s+"
    r"guest\s+of)\s+",
    re.I,
)
_WHICH_TAKES_PLACE = re.compile(
    r"[^,;.]{0,40}?,\s+(?P<rel>which\s+(?:will\s+(?:take\s+place|be\s+held)|takes\s+place|took\s+place|"
    r"was\s+held|is\s+(?:being\s+)?held|is\s+scheduled))\b[^;]*?(?=,\s|[.;]|$)"
)
_HELD_RELATIVE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:he|she|they|we|I|you|(?:the\s+)?\w+\s+"
    r"leaders|both|(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){1,3})\s*(?:had\s+|"
    r"have\s+)?(?:held|had|hosted|attended|conducted|joined)\b",
    re.I,
)
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:[\w\-]+\s+){0,3}$", re.I)
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
    r"|\b(?:UN|U\.N\.|United\s+Nations|Security\s+Council)(?:\s+Security\s+Council)?(?:[’']s)?\s+"
    r"(?:[\w\-]+\s+){0,1}$",
    re.I,
)
# after it: a topic ("sanctions evasion", "sanctions relief") or the UN's ("the sanctions
# the Security Council has imposed")
_SANCTION_TOPIC = re.compile(
    r"\s+(?:evasion|circumvention|relief|compliance|enforcement|regimes?|polic(?:y|ies)|experts?"
    r"|lawyers?|resolutions?|committee)\b"
    r"|\s+(?:that\s+|which\s+)?(?:the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?"
    r"Security\s+Council\b",
    re.I,
)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|his|her|their|this|that)\s+$", re.I)
_SECRET = re.compile(r"\bsecret(?:ly)?\b|\bclandestine\b|\bcovert\b", re.I)
_LOW_KEY = re.compile(
    r"\blow[\s\-]key\b|\bout\s+of\s+the\s+(?:lime)?light\b|\bquiet(?:ly)?\b|\bunannounced\b|"
    r"\bbehind\s+closed\s+doors\b|\bundisclosed\b",
    re.I,
)
_HOSTS_BEFORE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))\s+[^,;.]{0,80}$", re.I
)
_HOSTED_FOR = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?!of\b)(?:(?!\b(?:visit|trip|travel|and\s+his|and\s+her)\b)[^;.])"
    r"{0,120}?\bfor\s+the\s+(?:[\w\-’']+\s+){0,6}$",
    re.I,
)
_FOR_A_MEAL = re.compile(
    r"\bfor\s+(?:a|an|the)\s+(?:(?:working|state|private|official|informal)\s+)?$", re.I
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
_NEGATED = re.compile(r"\b(?:no|not|never|nothing|without|n[’']t)\b(?:\s+\w+){0,3}\s*$", re.I)
_TWO_LEADERS = re.compile(
    r"\b(?:the\s+two|both)\s+(?P<noun>leaders|presidents|heads\s+of\s+state|men|women|"
    r"(?:foreign\s+|defen[cs]e\s+|prime\s+|finance\s+|trade\s+)?ministers|secretaries|"
    r"diplomats|envoys|officials|counterparts|sides|countries|governments|nations)\b|"
    r"\bthe\s+leaders\b",
    re.I,
)
_JOINS_THEM = re.compile(
    r"\b(?:he|she)\s+(?:(?:will|would|also|then|is\s+to|is\s+going\s+to)\s+)*"
    r"(?:join|joins|joined|joining|attend|attends|attended)\s+(?:[A-Z][\w.\-]*\s+){0,4}$",
    re.I,
)
_PRONOUN = re.compile(
    r"^(?:He|She)\b|(?<=[,;:]\s)(?:he|she)\b|(?<=:\s)(?:He|She)\b|"
    r"\b(?:[Oo]n|[Ii]n|[Tt]hen|[Ll]ater|There|Here|Afterwards|Subsequently|"
    r"Meanwhile|Earlier|"
    r"[Tt]omorrow|[Tt]oday|[Tt]onight|(?:[Tt]his|[Tt]hat|[Yy]esterday|[Tt]omorrow)\s+"
    r"(?:morning|afternoon|evening))(?:\s+(?:[A-Z]\w+|the\s+\w+|\d+)"
    r"(?:\s+(?:and|or)\s+[A-Z]\w+)?)?,?\s+"  # "In Shanghai and Beijing he will meet"
    r"(?:he|she)\b|\b(?:and|but|before|after|when|where|"
    r"as|during\s+which)\s+(?:he|she)\b"
)
_ELIDED_PASSIVE = re.compile(
    r"\s*(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:received|"
    r"welcomed|hosted)\s+by\b"
)
# ", and hold talks with B": a verb with no subject of its own continues the clause before
_ELIDED_VERB = re.compile(
    r"\s*(?:(?:will|would|also|then|later)\s+)*(?!(?:the|a|an|this|that|"
    r"these|those|their|his|her|its|our|we|they|he|she|it|i|you|in|on|at|"
    r"for|to|with|by|of|from|as|so|not|other|others|all|both)\b)"
    r"[a-z]+(?:s|ed)?\b(?=\s+(?:talks|meetings?|consultations|discussions|"
    r"with|a\s|an\s|the\s|(?:it|them|this|these|those)\s+with\b))"
    # ", and will travel to Y for consultations with B": the same subject goes
    r"|\s*(?:(?:will|would|also|then|later)\s+)+(?:travel|go|head|fly|proceed)\w*\s+(?:on\s+)?to\b"
)
_WILL = re.compile(r"\b(?:will|shall|plans?\s+to|is\s+to|are\s+to|is\s+scheduled\s+to)\b")
_POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:[\w\-]+\s+){0,2}(?:trip|visit)\b", re.I)
_COUNTERPART = re.compile(
    r"\b(?:his|her|their|its)\s+(?:(?P<dem>[A-Z][\w.\-’']*)\s+)?counterparts?\b"
)
_DESCRIBED = re.compile(
    r"\b(?:senior\s+)?(?P<dem>[A-Z][\w.\-’']*(?:\s+[A-Z][\w’']*)?)\s+(?P<what>officials|"
    r"delegation|leaders(?:hip)?|military\s+officials|counterparts?|team)\b"
    # "met representatives of the French private sector": business people of that country
    r"|\brepresentatives\s+of\s+(?:the\s+)?(?P<dem2>[A-Z][\w\-]*)\s+(?:private\s+sector|"
    r"business(?:\s+community)?|companies|industry|employers)\b"
)
_PAIR = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})|(?<![\w\-])(?P<c>[A-Z][\w.]*?\.?)[\-–]"
    r"(?P<d>[A-Z][\w]*(?:\.[A-Z]\.)?)(?![\w\-])"
)
_PLACE = re.compile(
    r"\b(?:in|to|at|over|near|around|visit(?:ed|s|ing)?|arrive\s+in|(?:margins|sidelines)\s+of|"
    r"depart(?:s|ed|ing)?\s+for|(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+(?!" + _WHEN_WORD
    + r")[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)?(?:\s+(?:on|this|next|early|late)\s+\w+)?\s+for(?=\s+[A-Z]))"
    r"\s+(?:the\s+)?"
    r"(?P<place>(?:St\.\s+)?[A-Z][\w\-’']*(?:\s+(?:(?:of|de|do|da|del|di)(?:\s+la)?\s+)?[A-Z][\w\-’']*){0,3})"
    r"(?:,\s+(?P<region>[A-Z]"
    r"[\w\-’']*(?:\s+[A-Z][\w\-’']*)?))?"
)
_LEADER_TITLES = re.compile(r"President|Prime Minister|Premier|Chancellor|Leader|King|Emir", re.I)


@dataclass
class Candidate:
    kind: str
    subtype: str | None  # a meeting's format, an incident's category
    sentence: Sentence
    trigger: tuple[int, int]
    persons: list[Person] = field(default_factory=list)
    described: list[dict] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    status: str = "held"
    visibility: str = "public"
    place: str | None = None
    place_country: str | None = None
    parties: list[str] = field(default_factory=list)
    imposer: str | None = None
    target: dict | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    tense: str | None = None  # "past" (a past-tense verb governs it), "future", or None
    definite: bool = False  # "the meeting", "their call": may refer back to a known event
    indefinite: bool = False  # "a Strategic Dialogue": a new event, not one named before
    members: list = field(default_factory=list)  # the candidates merged into this one
    destinations: list = field(default_factory=list)  # "trips to A and B for talks"
    subject: Person | None = None  # whom a "he"/"she" of its sentence continues
    each: list = field(default_factory=list)  # "the visit of A and B, where they will meet C"
    co_imposers: list = field(default_factory=list)  # "X, Y and Z announced sanctions"

    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.persons)


def detect(
    body: str, sentences: list[Sentence], people: People, published: dt.date, home: str | None
) -> list[Candidate]:
    """Candidate events of every sentence, in text order, before merging."""
    out: list[Candidate] = []
    recent: list[Person] = []  # people mentioned so far, latest last
    # the last date the text gave (for "that same month"), and everyone it names
    context: dict = {"persons": people.persons, "author": _author(body, people)}
    for i, sentence in enumerate(sentences):
        mentions = people.in_span(sentence.start, sentence.end)
        text = sentence.text
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        context["next_subjects"] = (
            _coordinated_subjects(nxt.text, people.in_span(nxt.start, nxt.end), nxt.start)
            if nxt is not None and _NEXT_TALKED.search(nxt.text)
            else []
        )
        context["next_conveyer"] = (
            sentence_subject(  # ("The Ministry's Under-Secretary, A, ...": a possessive title)
                re.sub(r"[’']s\b", "  ", nxt.text), people.in_span(nxt.start, nxt.end), nxt.start
            )
            if nxt is not None and _CONVEYED.search(nxt.text)
            else None
        )
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
                    )
                    or stated
                    and c.kind in ("incident", "sanction")
                )
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
                and body[c.trigger[0] : c.trigger[1]].startswith("sanction")
                and re.search(r"\band\b", body[x.trigger[1] : c.trigger[0]])
            ]
            if not dated and body[c.trigger[1] - 7 : c.trigger[1]].lower() == "include":
                dated = [x for x in out if x.kind == "sanction" and x.date][-1:]
            if not dated and _ALSO_DESIGNATED.search(body[sentence.start : c.trigger[1]]):
                # "Today, OFAC sanctioned ... . OFAC also designated A": the same day's action
                dated = [
                    x
                    for x in out
                    if x.kind == "sanction" and x.date == published.isoformat()
                ][-1:]
            if dated:
                c.date, c.date_text = dated[0].date, dated[0].date_text
        margins = _SIDELINES_OF_THE.search(text)
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
        witnessed = _LEADERS_WITNESSED.search(text)
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
        hosting = _HOSTING_THESE.search(text)
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
        handed = _HANDED_NOTE.search(text)
        giver = [m for m in mentions if handed and m.end - sentence.start <= handed.start()]
        summons = next(
            (
                c
                for c in reversed(found or out[-1:])
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
        margins = _MARGINS.search(text)
        if margins:  # "B met C on the margins of the visit": at the time of that visit (the
            # text's first; the one just told for a bare "On the margins")
            noun = (margins.group("n") or margins.group("n2") or margins.group("n3") or "").lower()
            kinds = ("visit",) if noun in ("visit", "trip", "stay") else ("meeting",)
            kinds = kinds if noun else ("meeting", "visit")
            pool = [c for c in out if c.date and c.kind in kinds][:: 1 if noun else -1]
            for c in (c for c in found if c.kind == "meeting" and not c.date and pool):
                c.date, c.date_text = pool[0].date, margins.group(0).rstrip(",")
        out.extend(found)
        for c in found:  # the latest meeting of three countries' named people
            if c.kind == "meeting" and len({p.country for p in c.persons if p.country}) >= 3:
                context["trio"] = list(c.persons)
        for c in found:  # the latest trip of the home government's unnamed office
            d = next((d for d in c.described if d.get("role") == "traveler"), None)
            if c.kind == "visit" and d and d.get("country") == home and c.place_country:
                context["home_visit"] = (c.place_country, d.get("description"))
        context.setdefault("before", []).append(text)
        if not re.match(_OPENING + r"(?:He|She)\b", text):
            context["subject"] = sentence_subject(text, mentions, sentence.start)
        context["subjects"] = _coordinated_subjects(text, mentions, sentence.start)
        seen = context.setdefault("seen", {})
        for m in mentions:
            if m.person in recent:
                recent.remove(m.person)
            recent.append(m.person)
            seen[id(m.person)] = seen.get(id(m.person), 0) + 1
    out.extend(_profiled_targets(body, sentences, people, out))
    return [c for c in out if not _home_coming(c)]


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
            and _COUNTED_DESIGNATION.search(body, max(0, c.trigger[0] - 5), c.trigger[1] + 80)
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
            key = "name" if n.group("name") else "name2"
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
    return found


_LEADERS_WITNESSED = re.compile(
    r"\b(?:[Ll]eaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|[Hh]eads\s+of\s+[Ss]tate)\s+"
    r"(?:also\s+)?witnessed\b"
)
_AT_THE_END_OF = re.compile(
    r"^\s*(?:At\s+the\s+(?:end|close|conclusion|start|beginning)\s+of|During|After|Following|"
    r"In\s+the\s+course\s+of)\s+(?:the|their|this|today's)\s+(?:[\w\-]+\s+)?$"
)
_THE_VISITING = re.compile(
    r"\bthe\s+visiting\s+(?P<t>(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*)"
)
_SIGNED_BY = re.compile(r"(?:(?:was|were|had\s+been|been)\s+signed|signing)\s+by\b")
# "designation of X, also known as Y, as a Foreign Terrorist Organization": X is the target
_DESIGNATION_OF_AS = re.compile(
    r"(?:of\s+)?(?:the\s+)?(?P<t>(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){0,4})"
    r"(?:,\s+[^,;]{1,60},)?\s+as\s+(?:an?\s+|the\s+)?(?-i:[A-Z])"
)
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


def _itinerary_order(found: list[Candidate], context: dict) -> None:
    """A trip's program goes forward: a planned stop or meeting dated by a bare weekday
    that falls before the day of a stop told before it is the next week's ("will arrive in
    X on Sunday ... On Wednesday, she travels to Y" in a text of a Wednesday)."""
    for c in sorted(found, key=lambda x: x.trigger[0]):
        if (
            c.kind not in ("meeting", "visit")
            or c.status != "planned"
            or not c.date
            or len(c.date) != 10
            or not _BARE_WEEKDAY.fullmatch((c.date_text or "").strip())
        ):
            continue
        day = dt.date.fromisoformat(c.date)
        last = context.get("leg_day")
        before = c.sentence.text[: c.trigger[0] - c.sentence.start]
        if re.search(r"\balso\b", before):
            continue  # "He will also meet A on Thursday": an addition, not the next step
        if last is not None and day < last and (last - day).days < 7:
            day += dt.timedelta(days=7)
            c.date = day.isoformat()
        if c.kind == "visit" and (last is None or day > last):
            context["leg_day"] = day  # the traveller is there from that day


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


# a speaker's label and an opening phrase before a sentence's subject
_OPENING = (
    r"\s*(?:[A-Z][A-Z .’'\-]*:\s*)?(?:(?:So|And|But|Then|Now|Also|Yes),?\s+)?"
    # "As many of you know, Secretary A was in ...": a speaker's aside before the subject
    r"(?:As\s+(?:many\s+of\s+)?(?:you|we|I)(?:[’']ll)?\s+(?:(?:may|might|will)\s+)?"
    r"(?:know|saw|heard|recall|remember|said)\s*,\s+)?"
    r"(?:(?:On|In|At|After|Following|Later|Then|Today|Yesterday|Tomorrow|Earlier|During"
    r"|Before|Ahead\s+of)\b[^,.]{0,40},?\s+)?"
)
_SUBJECT_WORDS = {"the", "of", "and", "for", "de", "del", "la", "van", "von", "bin", "al", "da"}


def sentence_subject(text: str, mentions, base: int) -> Person | None:
    """The person who is the subject of a sentence: its first mention, with only title
    words, a possessive country or an opening phrase before it ("Chile's Minister of
    Foreign Affairs, A, held ...", "On Monday, Minister A met ...")."""
    first = next((m for m in mentions if m.start - base >= 0), None)
    if first is None or first.start - base > len(text):
        return None
    opening = re.match(_OPENING, text)
    lead = text[opening.end() if opening else 0 : first.start - base]
    words = re.findall(r"\b[a-z][\w’'\-]*", lead)
    return first.person if all(w in _SUBJECT_WORDS for w in words) else None


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


def _sentence_events(body, sentence, mentions, recent, published, home, context=None):
    text = sentence.text
    found: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for regex in _patterns_in(text, 0, len(text)):
        kind, subtype = _KIND_OF[regex]
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
            if _NEGATED.search(text[max(0, a - 30) : a]) and kind != "sanction":
                continue
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
                    r.search(text, 0, mm.start())
                    for mm in _MARGINS_OF.finditer(text)
                    for k, s, r in TRIGGERS
                    if k == "meeting"
                )
            ):
                continue  # "their meeting on the margins of the G7 Summit": where, not what
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
                and re.search(r"\b(?:that|this)\s+$", text[max(0, a - 6) : a], re.I)
                and any(r.search(text, 0, a) for k, _, r in TRIGGERS if k == "meeting")
            ):
                continue  # "A will host B and C, and we are hopeful about that meeting"
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
                kind == "visit"
                and re.search(r"\b(?:the|this|that)\s+$", text[max(0, a - 6) : a])
                and re.match(r"\s*(?:[.?!;]|$)", text[b:])
            ):
                continue  # "details before the visit.": the known visit, named as a time
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
            if subtype in ("invasion", "operation") and _SINCE_WAR.search(text, max(0, a - 60), a):
                continue  # "Since Russia launched its full-scale invasion, ...": background
            if kind == "incident" and re.match(r"\s+(?:issues?|question|problem|file)\b", text[b:]):
                continue  # "the abductions issue": a topic between the two, no occurrence
            if subtype == "airspace" and re.search(
                r"\b(?:in|over|through|within)\s+international\s+$", text[max(0, a - 30) : a]
            ):
                continue  # "a patrol in international airspace": where, not what
            if (
                kind == "incident"
                and re.search(r"\b(?:the|this|that|such)\s+$", text[max(0, a - 8) : a], re.I)
                and not _DATE_NEAR.search(text, b, min(len(text), b + 40))
                and any(regex.search(x) for x in ((context or {}).get("before") or [])[-8:])
                and not (
                    subtype == "airspace"
                    and (of := _OF_COUNTRY_AFTER.match(text, b))
                    and _longest_country(of.group("c"))
                )  # "drones entered the airspace of the Republic of Poland": another's
            ):
                continue  # "raise the incursion with his counterparts": the one reported above
            if kind == "incident" and _STOPPED.search(text[max(0, a - 40) : a]):
                continue  # "agreed to ban strikes against energy facilities": none happened
            if kind == "sanction" and _EVADE.search(text[max(0, a - 40) : a]):
                continue  # "helping X avoid the sanctions": evasion, not a measure taken
            if (
                kind == "sanction"
                and m.group(0).lower().startswith("designat")
                and re.search(r"\b(?:the|of|otherwise|any|all|these|those)\s+$", text[:a], re.I)
            ):
                continue  # "property of the designated persons": an adjective, no new measure
            if kind == "sanction" and _NO_MEASURE.search(text[max(0, a - 80) : a]):
                continue  # "has not joined the sanctions", "urges the EU to adopt sanctions"
            if kind == "sanction" and _SANCTION_TOPIC.match(text, b):
                continue  # "sanctions evasion", "the sanctions the Security Council imposed"
            spans.append((a, b))
            cand = Candidate(kind, subtype, sentence, (sentence.start + a, sentence.start + b))
            own = sentence_subject(text[:a], mentions, sentence.start)
            cand.subject = (
                own
                if own is not None and re.search(r"\b(?:he|she|his|her)\b", text[:a])
                else (context or {}).get("subject")
            )
            if _fill(cand, text, a, b, mentions, recent, published, home, context or {}):
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
                                found.extend(_per_destination(w))
                found.extend(_guest_visits(cand, text, mentions))
                found.extend(_joint_imposers(cand, text, recent))
    found.sort(key=lambda c: c.trigger)
    return found


_HOLD_OBJECT = re.compile(
    r"\b(?:hold|held|holding|convene|convened|resume|resumed|have|had|host|"
    r"hosted)\s+(?:(?:the|a|an|their)\s+)?(?:[\w\"“”'’+\-]+\s+){0,3}[\"“‘']?$",
    re.I,
)
_DIRECTS_OTHERS = re.compile(
    r"\b(?:direct|instruct|task|ask|mandat|order|charg)\w*\s+"
    r"(?:their|its)\s"
)
_MEET_VERB = re.compile(r"(?:met|meet|meets|spoke|speak|talked|talk|called|call)\b", re.I)
# "They ...", "The Ministers decided ..." ("the two leaders" has its own rule below)
_PLURAL_SUBJECT = re.compile(
    # (after a speaker's label: "SENIOR ADMINISTRATION OFFICIAL: They spoke on Monday")
    r"\s*(?:(?:[A-Z][A-Z.’'\-]*[ \t]+){0,5}[A-Z][A-Z.’'\-]+(?:[ \t]+\d)?[ \t]*:[ \t]*)?"
    r"(?:They|The\s+(?P<noun>(?i:leaders|ministers|sides|parties|"
    r"presidents|delegations|heads\s+of\s+state)))\b"
)


_THREE_SUBJECT = re.compile(
    r"\s*The\s+three\s+(?:[A-Za-z\-]+\s+)?(?i:sides|parties|envoys|ministers|leaders|"
    r"delegations|heads\s+of\s+delegation|representatives|countries|governments)\b"
)


_OBJECT_PRONOUN = re.compile(r"\s*(?:him|her)\b(?!\s+(?:[\w\-]+\s+){0,2}(?:counterpart|colleague))")


def _fill(c: Candidate, text, a, b, mentions, recent, published, home, context=None) -> bool:
    base = c.sentence.start
    persons: list[Person] = []
    lo, hi = clause_of(text, a, b)
    agent = _subject_country(text, lo, a) if c.kind == "meeting" else None
    if agent and text[: agent[2]].rstrip().endswith(","):
        lo = agent[2]  # "In line with talks between A and B, the United States hosted ..."
    later = _subject_country(text, b, hi) if c.kind == "meeting" else None
    if later and text[: later[2]].rstrip().endswith(","):
        hi = text.rindex(",", 0, later[2])  # the trigger is in that opening phrase
    report = next(iter(reversed(list(_REPORTING.finditer(text, lo, a)))), None)
    if report is not None:
        lo = report.end()  # "I can confirm that the two leaders ...": the reporter is no side
    inside = [m for m in mentions if lo <= m.start - base < hi]
    if re.match(r"\s*(?:who|whom)\b", text[lo:hi]):
        ante = [m for m in mentions if m.end - base <= lo]
        inside = ante[-1:] + inside  # "Wang Yi, who came for talks with ..."
    for m in inside:
        if m.person not in persons:
            persons.append(m.person)
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
    )  # ", and hold"
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
            if re.search(r",\s+and\s*$", text[:lo]) and _ELIDED_VERB.match(text, lo)
            else None
        )  # "A discussed X with B yesterday, and will discuss it with C": A
        trips = (
            list(_OWNERS_TRIP.finditer(text, 0, lo))
            if re.match(r"\s*(?:where|during\s+which|in\s+the\s+course\s+of\s+which)\b", text[lo:a])
            else []
        )
        trip = trips[-1] if trips else None
        if own is None and trip:
            # "Secretary A's trip to Luanda in January, where he met B": the trip's owner
            owner = [m for m in mentions if m.end - base <= trip.start() + 1]
            own = owner[-1].person if owner else None
        subject = (
            own
            if own is not None and own not in persons
            else c.subject
            if c.subject is not None and c.subject not in persons
            else _last_titled([p for p in recent if p not in persons])
        )  # not the object
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
            guest = (
                earlier[-1] if earlier else _last_titled([p for p in recent if p not in persons])
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
    between = text[plural.end() : a] if plural else ""
    if plural and (
        _DIRECTS_OTHERS.search(between)
        or plural.group("noun")
        and not (_HOLD_OBJECT.search(between) or _MEET_VERB.match(text[a:b]))
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
        # officials of the two sides the text is about
        for p in _two_leaders(recent, "sides", home):
            if p.country and p.country not in sides:
                what = qualified.group("what").strip()
                c.described.append({"description": f"{p.country} {what}", "country": p.country})
                sides.add(p.country)
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
    if c.kind == "meeting" and len(sides) < 2:
        # an office the text does not name: "The President will host President Z"
        for m in _OFFICE.finditer(text, lo, hi):
            dem = m.group("dem") if country_of_word(m.group("dem") or "") else None
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
        if not (ministry and ministry.end() == a):  # "The Ministry has summoned ..."
            # "The Russian Ambassador was summoned to the Foreign Office"
            ministry = re.match(
                r"summoned\s+to\s+(?P<m>the\s+(?:Foreign\s+Office|(?:Foreign\s+)?Ministry|Department"
                # "was summoned to the MAE headquarters": a ministry's acronym
                r"|[A-Z]{2,5}(?:\s+headquarters)?\b))",
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
        and (_BOTH_SIDES.search(text, a, hi) or _OF_BOTH.search(text, lo, a))
    ):
        # "facilitating negotiations between both sides": the pair the text named last
        for sentence_before in reversed((context or {}).get("before", [])[-3:]):
            named = list(dict.fromkeys(_countries_in(sentence_before)))
            earlier_pair = _pair_countries(sentence_before) or (named if len(named) == 2 else [])
            if earlier_pair:
                two = None  # the sides are those countries, not the last two leaders
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
        subject = [m for m in _THEIR_TEAMS.finditer(text, lo, a) if m.group(0).startswith("their")]
        if subject and _SUBJECT_TO_VERB.fullmatch(text, subject[-1].end(), a):
            their = subject[-1]
    if (
        c.kind == "meeting"
        and (_SET_UP.search(text, lo, a) or re.match(r"open\s+a\s+process", text[a:b], re.I))
        and _MECHANISM.search(text, a, b + 40)
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
    if two:
        pair = _principals(
            _two_leaders(
                recent + persons, two.group("noun") or "leaders", home, (context or {}).get("seen")
            ),
            recent,
            (context or {}).get("seen", {}),
        )
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
        for p in pair:
            if p not in persons:
                persons.append(p)
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
    c.persons = persons
    for m in _COUNTERPART.finditer(text):
        code = country_of_word(m.group("dem")) if m.group("dem") else None
        named_here = any(
            mm.start - base >= m.end()
            and re.fullmatch(r",?\s+(?:[A-Z][\w.]*\s+){0,3}", text[m.end() : mm.start - base])
            for mm in mentions
        )  # "her Saudi counterpart, Prince A": named
        if not named_here:
            label = f"{m.group('dem')} counterpart" if m.group("dem") else "counterpart"
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
        for m in _DEMONYM_PAIR.finditer(text, lo, hi):
            # "Kenyan and Ethiopian trade ministers met ...": one side each
            for dem in (m.group("x"), m.group("y")):
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
        for m in _DESCRIBED.finditer(text, lo, hi):
            code = country_of_word(m.group("dem") or m.group("dem2"))
            if (
                code
                and code not in named_countries
                and not any(d.get("country") == code for d in c.described)
            ):
                c.described.append({"description": m.group(0), "country": code})
        _unnamed_sides(c, text, a, b, lo, hi, home)
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


def _finish_meeting(c, text, a, b, lo, hi, mentions, published, context, home=None, recent=()):
    """Status, visibility, date, place and the kind's own parts of a candidate whose
    participants are known."""
    base = c.sentence.start
    # status, visibility, date, place
    c.status = _status(text, a, b, lo, hi)
    if (
        c.status == "held"
        and lo > 0
        and (
            (re.search(r",\s+and\s*$", text[:lo]) and _ELIDED_VERB.match(text, lo))
            or (re.search(r",\s+then\s*$", text[:lo]) and re.match(r"\s*to\s", text[lo:a]))
        )
    ):
        # "he will co-chair X with A, and hold talks with B": the modal of the clause before
        prev = clause_of(text, max(0, lo - 8), max(0, lo - 7))
        if _WILL.search(text, prev[0], lo):
            c.status = "planned"
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
    if re.search(r"\b(?:the|its|their)\s+next\s+(?:[\w\-]+\s+){0,3}$", text[max(lo, a - 50) : a]):
        c.indefinite = True  # "the next meeting of the Working Group": a new, later event
        if c.status == "held":
            c.status = "planned"
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
    elif c.status == "held" and _PAST.search(text[max(lo, a - 60) : min(hi, b + 40)]):
        c.tense = "past"
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
        and _TOPIC_OF.search(text[max(lo, a - 120) : a])
    ):
        c.status, c.tense = "held", None  # "will travel ... to raise the detention of ..."
    forward = c.status in ("planned", "tentative", "postponed")
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
        )
        and not (t.start > b and _possessive_of_other(text, t))
        and not _possessive_before_other(text, t, a)
        and not (t.start > b and _dates_a_later_noun(text, t))
        and not _dates_a_since_noun(text, t, a)
        and not _dates_an_earlier_took_place(text, t, a)
        and not _in_other_relative(text, t, a)
        and not (t.end <= a and not _opens(t, text) and _right_after_trigger(text, t, a))
        and not _earlier_conjunct(c, text, t, a, lo)
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
    if not dates and re.match(r"(?:when|where)\b", text[lo:hi], re.I):
        # "the trip in February was scrapped when the balloon appeared": at that time;
        # "travelled to Tunis on Sunday ..., where they met A": the same time
        main = clause_of(text, max(0, lo - 2), max(0, lo - 1))
        dates = [t for t in every if main[0] <= t.start < lo][-1:]
        main_time = bool(dates)
    else:
        main_time = False
    if not dates:  # none in the clause: a date right beside it ("— from Canada on Saturday")
        dates = [
            t
            for t in every
            if _distance(t.start, t.end, lo, hi) < 30
            and not _other_trigger(text, t, a, b)
            and not (  # "A called B yesterday, and will discuss it with C": not C's date
                t.end <= lo and c.status == "planned" and parse_date(t.edtf).end < published
            )
            and not _possessive_of_other(text, t)
            and not _possessive_before_other(text, t, a)
            and not (t.start > b and _dates_a_later_noun(text, t))
            and not _dates_a_since_noun(text, t, a)
            and not _dates_an_earlier_took_place(text, t, a)
            and not _earlier_conjunct(c, text, t, a, lo)
        ]
    for regex, resolve in ((_SAME, _same_as), (_FOLLOWING, _following)):
        same = regex.search(text, lo, hi) or _opening(regex, text)
        previous = _previous_date(context or {}, published) if same else None
        unit = next((v for k, v in same.groupdict().items() if v), None) if same else None
        edtf = resolve(previous, unit) if previous else None
        if edtf:
            dates.append(Temporal(same.start(), same.end(), same.group(0).strip(), edtf, "anaphor"))
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
    if dates:
        best = min(dates, key=lambda t: _distance(t.start, t.end, a, b))
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
        ):
            c.date, c.date_text = best.edtf, best.text.strip()
            c.evidence.append((base + best.start, base + best.end))
            if c.status == "held" and best.edtf and parse_date(best.edtf).start > published:
                c.status, c.tense = "planned", "future"  # "his visit next week"
            elif c.status == "planned" and best.edtf and parse_date(best.edtf).end < published:
                # "would host A, the first summit since the one held in March 2023": a
                # sentence's modal does not make a dated past event planned
                c.status, c.tense = "held", "past"
    visiting = c.kind == "visit" and _VISITING.match(text, a)
    place = _place_after(text, {"incident": lo, "visit": a}.get(c.kind, b), c.kind)
    if c.kind == "incident" and _earlier_place(text, lo, a):
        # "the coup in Niger and the abduction of two engineers in Kaduna State": its own place
        place = _place_after(text, b, c.kind)
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
            and home
            and (_PRONOUN.search(text, lo, a) or _POSSESSIVE.search(text[max(lo, a - 30) : b]))
            and not any(lo <= m.start - base < a for m in mentions)
            and _office_subject(
                body_before(c, context) + "\n" + text[:lo], (context or {}).get("persons", []), home
            )
        ):
            traveler = None  # "The President arrives ... On Saturday he travels on to ..."
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
            ):
                c.persons.append(p)
                c.roles[p.key] = "host"
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
        if not c.place and not c.place_country and re.match(r"(?:was|were|will|had)\b", text[a:b]):
            return False  # "was in <a room>": not a place abroad
        if re.match(r"(?:was|were|will|would|had)\b", text[a:b]) and _EVENT_SUBJECT.search(
            text, max(0, a - 40), a
        ):
            return False  # "The last round was in Honolulu": an event's place, no one's stay
        if not c.place and not c.place_country and not c.date and c.status == "held":
            # "the trip" with nothing else: kept only to merge into a fuller mention
            c.subtype = "bare"
    elif c.kind == "incident":
        c.persons = []
        c.parties = sorted({code for code in _countries_in(text) if code})
        if c.subtype in ("detention", "hostage-taking"):
            target = _held_person(text, a, b, lo, mentions, base)
            if target is not None:
                c.persons, c.roles = [target], {target.key: "target"}
    elif c.kind == "sanction":
        _sanction_parts(c, text, a, b, mentions, base, home)
        named = _DESIGNATION_OF_AS.match(text, b) if c.target is None else None
        if named and re.match(r"(?i)designation", text[a:b]):
            # "the Department of State's designation of X as a Specially Designated Global
            # Terrorist": X is the target, the department's government the imposer
            c.target = {"organization": named.group("t")}
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
        ):
            c.subtype = "standing"  # a measure in force, not the one just taken
        if c.imposer is None and c.target is None:
            return False
    if c.kind == "meeting" and c.subtype == "talks" and c.place_country is None:
        pass
    return _finish_evidence(c, text, a, b, mentions, base)


def _held_person(text: str, a: int, b: int, lo: int, mentions, base: int) -> Person | None:
    """Who was detained or taken: the subject of a passive ("A had been detained", "A, who
    was arrested"), or the object ("the detention of A", "detained A")."""
    before = [m for m in mentions if m.end - base <= a]
    if re.search(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", text[max(0, a - 30) : a]):
        if re.match(r"\s*(?:who|whom)\b", text[lo:a]):  # "A, who had been detained"
            ante = [m for m in before if m.end - base <= lo]
            return ante[-1].person if ante else None
        inside = [m for m in before if m.start - base >= lo]
        return inside[-1].person if inside else None
    after = next((m for m in mentions if m.start - base >= b), None)
    if after is not None and re.fullmatch(
        r"\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,4}", text[b : after.start - base]
    ):
        return after.person  # "the detention of Swedish EU official A", "detained A"
    return None


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


@lru_cache(maxsize=256)
def _dates(text: str, published: dt.date, forward: bool):
    return find_dates(text, published, forward=forward)


def _distance(s, e, a, b) -> int:
    if e <= a:
        return a - e
    if s >= b:
        return (s - b) // 2  # dates follow their verb more often than they precede it
    return 0


def _in_scope(t, text: str, lo: int, hi: int) -> bool:
    """A date applies to the clause it is in, and a date that opens the sentence ("In May,
    ...") to every clause of it."""
    if lo <= t.start < hi:
        return True
    return t.start <= 3 and text[t.end : t.end + 2].startswith(",")


def _phrase_end(text: str, a: int, b: int) -> int:
    """The end of the trigger's phrase: other trigger matches that overlap it belong to it
    ("launched a massive missile" + "missile attack on")."""
    end = b
    for regex in _patterns_in(text, a, min(len(text), b + 40)):
        for m in regex.finditer(text, a, min(len(text), b + 40)):
            if (
                m.start() < end or (m.start() - end <= 1 and text[end : m.start()].isspace())
            ) and m.end() > end:  # overlapping or adjacent ("2+2 ministerial")
                end = m.end()
    return end


def _opens(t, text: str) -> bool:
    """Does the date open the sentence ("In May, ...", "On the afternoon of March 5, ...")
    and so date all of it?"""
    return (t.start <= 3 or bool(_PART_OF_DAY.fullmatch(text, 0, t.start))) and text[
        t.end : t.end + 2
    ].startswith(",")


_PART_OF_DAY = re.compile(
    r"\s*(?:On|In)\s+the\s+(?:morning|afternoon|evening|night)\s+(?:of\s+)?", re.I
)


def _right_after_trigger(text: str, t, a: int) -> bool:
    """Does the date follow another event's trigger, with a trigger-free stretch to this one
    ("the attack in X on April 22 and the strikes on Y on May 7": April 22 is the attack's)?"""
    before = text[max(0, t.start - 60) : t.start]
    if re.search(r"(?:,\s+(?:and|but|then)\s+|;\s+)$", before):
        return False  # "met A, and on Wednesday he will meet B": the date opens B's clause
    return _trigger_between(before, 0, len(before)) and not _trigger_between(text, t.end, a)


def _possessive_of_other(text: str, t) -> bool:
    """ "about tomorrow's summit": a date in the possessive dates the noun after it."""
    m = re.match(r"[’']s\s+(?:[\w\-]+\s+){0,2}", text[t.end :])
    return bool(m) and _trigger_between(text, t.end, t.end + m.end() + 20)


def _possessive_before_other(text: str, t, a: int) -> bool:
    """ "Today's call builds on the meeting between A and B in X on July 9": a date in the
    possessive dates the noun after it, not a trigger further on ("Yesterday's talks between
    A and B": the trigger is the noun, and the date is its)."""
    m = re.match(r"[’']s\s+(?:[\w\-]+\s+){0,2}", text[t.end :])
    if not m or t.end > a:
        return False
    # the noun the possessive dates is among its next two words ("call", "in-person meeting")
    return t.end + m.end() <= a


def _in_other_relative(text: str, t, a: int) -> bool:
    """ "A, who had been detained since April 2022, landed after a prisoner exchange": a date
    in a relative clause set off by commas is that clause's, not a trigger's outside it."""
    for m in _RELATIVE.finditer(text):
        if m.start() <= t.start and t.end <= m.end() and not m.start() <= a < m.end():
            return True
    return False


_RELATIVE = re.compile(r",\s+(?:who|whom|which)\b[^,;.]*,")


def _dates_a_later_noun(text: str, t) -> bool:
    """ "A's visit comes a month after the January 8 attack": a date between "after/before
    the" and a noun is that noun's, not the date of a trigger before it."""
    return bool(
        re.search(
            r"\b(?:after|before|following|since|ahead\s+of)\s+(?:the|this|"
            r"last)\s+$",
            text[max(0, t.start - 30) : t.start],
        )
        and re.match(r"\s+(?:[a-z\-]+\s+)?[a-z]", text[t.end :])
    )


def _dates_a_since_noun(text: str, t, a: int) -> bool:
    """ "his first visit to Australia since his inauguration in October": a date after "since
    <his/the> <noun> in/on" is that noun's, not the trigger's before it."""
    lo = max(0, t.start - 90)
    m = re.search(
        r"\bsince\s+(?:(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){1,2}?|(?:taking|assuming|"
        r"entering)\s+(?:office|power)\s+|"  # "since taking office in March"
        # "the first call since Admiral A assumed his post in December"
        r"(?:[A-Z][\w.\-’']*\s+){1,4}(?:assumed|took|became|entered|was\s+(?:appointed|"
        r"elected|sworn\s+in))\s+(?:[\w\-]+\s+){0,3}?)(?:(?:in|on)\s+)?$",
        text[lo : t.start],
    )
    return bool(m) and not (lo + m.start() <= a < t.start)


_TOOK_PLACE = re.compile(
    r"\b(?:took\s+place|was\s+held|were\s+held|happened|occurred)\s+(?:(?:in|on)\s+)?$"
)


def _dates_an_earlier_took_place(text: str, t, a: int) -> bool:
    """ "a call between A and B took place in December, and the two sides intend to hold
    talks": a date right after "took place" is the earlier event's, not a later trigger's."""
    return (
        t.end <= a
        and bool(_TOOK_PLACE.search(text, max(0, t.start - 25), t.start))
        and _trigger_between(text, 0, max(0, t.start - 25))
    )


def _trigger_between(text: str, lo: int, hi: int) -> bool:
    return any(regex.search(text, lo, hi) for regex in _patterns_in(text, lo, hi))


def _patterns_in(text: str, lo: int, hi: int) -> list[re.Pattern]:
    """The trigger patterns that may match within text[lo:hi], in TRIGGERS order: those with
    a key word there (every match holds one of its pattern's keys) or without keys."""
    low = text[lo:hi].lower()
    present = {k for k in _ALL_KEYS if k in low}
    return [regex for regex, keys in _PATTERN_KEYS if keys is None or not present.isdisjoint(keys)]


_PATTERN_KEYS = [(regex, _KEYS.get((kind, subtype))) for kind, subtype, regex in TRIGGERS]
_ALL_KEYS = frozenset(k for keys in _KEYS.values() for k in keys)
_KIND_OF = {regex: (kind, subtype) for kind, subtype, regex in TRIGGERS}


def _earlier_place(text: str, lo: int, a: int) -> bool:
    """Is there a conjunct with a place of its own before the trigger ("in Niger ... and the")?"""
    return bool(
        re.search(r"\bin\s+[A-Z][^,;]*?\band\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}$", text[lo:a])
    )


def _earlier_conjunct(c: Candidate, text: str, t, a: int, lo: int) -> bool:
    """ "the coup in Niger last month and the abduction of ...", "travel to Caracas in October
    to raise the detention of ...": a date before the trigger that another conjunct or the
    verb the trigger is the object of owns."""
    if t.end > a or _opens(t, text):
        return False
    if not re.search(
        r"\band\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}$|"
        r"\bto\s+(?:[a-z]+\s+){1,3}$",
        text[t.end : a],
    ):
        return False
    return c.kind == "incident" or _trigger_between(text, lo, t.start)


def _other_trigger(text: str, t, a: int, b: int) -> bool:
    """Is there another event's trigger between a date and this trigger?"""
    lo, hi = (t.end, a) if t.end <= a else (b, t.start)
    between = re.sub(r"\bby\s+(?:phone|telephone|video(?:\s*link)?)\b", "", text[lo:hi])
    # "discussed X with A in a call on Monday": the call is the same conversation
    between = re.sub(
        r"\b(?:in|during|over)\s+a\s+(?:(?:phone|telephone|video)\s+)?call\b", "", between
    )
    # "met A on the margins of the G20 summit today": the summit names where, not what
    between = _MARGINS_OF.sub("", between)
    # "by phone": the same call; "host A for a working lunch": the same meeting
    between = re.sub(
        r"\bfor\s+(?:a|an|the)\s+(?:(?:working|state|private|official|informal)\s+)?"
        r"(?:dinner|luncheon|banquet|lunch|breakfast)\b",
        "",
        between,
    )
    if re.match(r"(?i)host", text[a:b]):
        # "hosted A for the 3rd X-Y Leaders' Retreat in Z on 7 January": the same meeting
        between = re.sub(
            r"\bfor\s+the\s+(?:[\w\-’']+\s+){0,6}?(?:Retreat|Summit)s?\b", "", between
        )
    return any(regex.search(between) for regex in _patterns_in(between, 0, len(between)))


# "travel to X to attend the Summit on 31 August": the trip is dated by what it is for
_TO_ATTEND = re.compile(
    r"\bto\s+(?:attend|join|take\s+part\s+in|participate\s+in)\s+|"
    r"\bfor\s+the\s+(?:[A-Z][\w\-’']*\s+){1,5}(?:Summit|Meeting|Conference|Forum)\b"
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


def _previous_date(context: dict, published: dt.date) -> str | None:
    """The last date of the sentences before this one (looked for only when needed)."""
    for text in reversed(context.get("before", [])[-5:]):
        dated = [
            t
            for t in _dates(text, published, looks_forward(text))
            if t.edtf and not t.text.strip().lower().startswith("since")
        ]  # a span, not a time
        if dated:
            return dated[-1].edtf
    return None


def _same_as(previous: str, unit: str) -> str:
    """ "that same month" after a date: the month (or day, year) of that date."""
    span = parse_date(previous)
    unit = (
        "day"
        if unit.lower() in ("concurrently", "simultaneously", "also", "then")
        else unit.lower()
    )
    if unit == "year" or span.precision == "year":
        return str(span.start.year)
    if unit == "month" or span.precision in ("month", "season"):
        return span.start.isoformat()[:7] if span.start.month == span.end.month else previous
    return previous


def _opening(regex: re.Pattern, text: str) -> re.Match | None:
    """A match that opens the sentence and is set off by a comma ("Over the following weeks,
    ...") and so dates every clause of it."""
    m = regex.match(text)
    return m if m and text[m.end() : m.end() + 1] == "," else None


def _following(previous: str, unit: str | None) -> str | None:
    """ "the following day/days/weeks" after a date: the day after it; the week after it;
    from its month to two months after its end (month precision: "weeks" gives no more)."""
    span = parse_date(previous)
    unit = (unit or "weeks").lower()
    if unit == "day":
        return (span.end + dt.timedelta(days=1)).isoformat() if span.precision == "day" else None
    if unit == "days":
        if span.precision not in ("day", "range"):
            return None
        return f"{span.start + dt.timedelta(days=1)}/{span.end + dt.timedelta(days=7)}"
    last = span.end + relativedelta(months=2)
    return f"{span.start.isoformat()[:7]}/{last.isoformat()[:7]}"


def _coordinated_run(group: list, text: str, base: int) -> list[Person]:
    """The last people of `group` (mentions in order) joined by "and" or commas: "the visit
    of A and B" gives A and B."""
    run = group[-1:]
    for m in reversed(group[:-1]):
        if not _COORD.fullmatch(text[m.end - base : run[0].start - base]):
            break
        run.insert(0, m)
    return [m.person for m in run]


def _split_coordinated(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "visits by Secretary Yellen and Secretary Blinken": one visit per traveler."""
    others = [p for p in c.persons if p not in c.each]
    if (
        c.kind == "meeting"
        and c.each
        and all(p in c.persons for p in c.each)
        and (len(others) == 1 or (not others and c.described))
    ):
        # (with two counterparts or more, "they will hold the 2+2 with A and B": together)
        out = []
        for p in c.each:  # "..., where they will meet C": one meeting per visitor
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons = [p, *others]
            twin.roles = {k: v for k, v in c.roles.items() if k in {x.key for x in twin.persons}}
            twin.evidence, twin.date_text = list(c.evidence), c.date_text
            twin.described, twin.visibility = list(c.described), c.visibility
            out.append(twin)
        return out
    if c.kind == "visit" and not c.persons and len(c.described) > 1:
        out = []
        for d in c.described:  # "both ambassadors will be in Geneva"
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.described, twin.evidence, twin.date_text = [d], list(c.evidence), c.date_text
            out.append(twin)
        return out
    if c.kind == "sanction" and c.co_imposers:
        out = [c]
        for code in c.co_imposers:
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.imposer, twin.evidence, twin.date_text = code, list(c.evidence), c.date_text
            out.append(twin)
        return out
    if c.kind == "sanction" and c.each:
        out = [c]
        for each in c.each:  # one measure per further target
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.target, twin.evidence, twin.date_text = each, list(c.evidence), c.date_text
            key = each.get("official")
            if key:
                twin.persons = [m.person for m in mentions if m.person.key == key][:1]
                twin.roles = {key: "target"}
            out.append(twin)
        return out
    if c.kind == "visit" and len(c.each) == 2 and c.persons[:1] == c.each[:1]:
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles = [c.each[1]], {c.each[1].key: "traveler"}
        twin.evidence, twin.date_text = list(c.evidence), c.date_text
        return [c, twin]  # "The two Secretaries will continue on to Manila": a visit each
    if c.kind != "visit" or not c.persons:
        return [c]
    base = c.sentence.start
    own = [m for m in mentions if m.person is c.persons[0]]
    if not own:
        return [c]
    out = [c]
    last = own[0]
    for m in mentions:
        if m.start <= last.start or m.person in [x.persons[0] for x in out]:
            continue
        gap = text[last.end - base : m.start - base]
        if not _COORD.fullmatch(gap):
            break
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
        twin.evidence = [(min(c.evidence[0][0], m.start), max(c.evidence[0][1], m.end))]
        out.append(twin)
        last = m
    first = own[0]
    if first.start < c.trigger[0] and _SUBJECT_GAP.fullmatch(
        text[first.end - base : c.trigger[0] - base]
    ):
        # "Secretary A and Secretary B will travel to X": the subject's earlier conjuncts too
        for m in reversed([m for m in mentions if m.end <= first.start]):
            if m.person in [x.persons[0] for x in out] or m.person.country == c.place_country:
                break
            if not _COORD.fullmatch(text[m.end - base : first.start - base]):
                break
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
            twin.evidence = [(min(c.evidence[0][0], m.start), max(c.evidence[0][1], m.end))]
            twin.date_text = c.date_text
            out.append(twin)
            first = m
    lo, hi = clause_of(text, c.trigger[0] - base, c.trigger[1] - base)
    along = _ALONG_WITH.search(text, c.trigger[1] - base, hi)
    if along and len(out) == 1:
        # "A travelled to Tunis together with B and C": B and C travel too
        for m in mentions:
            if (
                m.start - base < along.end()
                or m.start - base >= hi
                or m.person in [x.persons[0] for x in out]
                or m.person.country == c.place_country
            ):
                continue
            gap = (
                text[along.end() : m.start - base]
                if len(out) == 1
                else text[last.end - base : m.start - base]
            )
            if not (len(out) == 1 and _TITLE_WORDS_ONLY.fullmatch(gap) or _COORD.fullmatch(gap)):
                break
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
            twin.evidence = [(c.evidence[0][0], max(c.evidence[0][1], m.end))]
            twin.date_text = c.date_text
            out.append(twin)
            last = m
    return out


# between a subject and its verb: "A and B will then travel to", "A and B visited"
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:will|would|shall|also|then|both|jointly|together|are|were|"
    r"is|was|have|has|had|to|due|set|scheduled|expected)\s+)*"
)
_BOTH_TRAVELERS = re.compile(
    r"\b(?:both|the\s+two)\s+(?P<noun>ambassadors|envoys|delegations|"
    r"negotiators|foreign\s+ministers)\b",
    re.I,
)
_TITLE_WORDS_ONLY = re.compile(r"(?:(?:the\s+)?[A-Z][\w.\-’']*\s+|of\s+|the\s+)*")
_ALONG_WITH = re.compile(r"\b(?:together\s+with|along\s+with|accompanied\s+by|joined\s+by)\s+")


_AND_COUNTRY = re.compile(
    r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'\-]*){0,3})"
)


def _split_destinations(c: Candidate, text: str) -> list[Candidate]:
    """ "trips to Japan and the Republic of Korea": one visit per destination country."""
    if c.kind != "visit" or not c.place_country:
        return [c]
    base = c.sentence.start
    out = [c]
    m = _PLACE.search(text, c.trigger[0] - base)
    pos = m.end("place") if m else None
    if c.place and (not m or m.group("place") != c.place):
        return [c]
    while pos is not None:
        nxt = _AND_COUNTRY.match(text, pos)
        if not nxt:
            break
        place = None
        code = None if c.place else _longest_country(nxt.group("c"))
        if c.place:  # "travel to Abu Dhabi and Hong Kong": towns, one visit per country
            words = nxt.group("c").split()
            place = next(
                (
                    " ".join(words[:n])
                    for n in range(len(words), 0, -1)
                    if " ".join(words[:n]) in _known_places()
                ),
                None,
            )
            code = _known_places().get(place) if place else None
        if not code or code in [x.place_country for x in out]:
            break
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.described = list(c.described)
        twin.place, twin.place_country = place, code
        out.append(twin)
        pos = nxt.end()
    return out


def _longest_country(words: str) -> str | None:
    parts = words.rstrip(".,;:").split()
    for n in range(len(parts), 0, -1):
        code = country_of_word(" ".join(parts[:n]))
        if code:
            return code
    return None


_HOSTS = re.compile(r"^(?:welcom|host|receiv)", re.I)


_JOINT_SUBJECT = re.compile(
    r"\s*(?:They|The\s+two\s+(?:leaders|sides|countries|governments)|"
    r"Both\s+(?:leaders|sides|countries|governments))\b"
)


def _joint_imposers(c: Candidate, text: str, recent) -> list[Candidate]:
    """ "They (the two leaders) resolved to impose costs on X": each one's country imposes."""
    if c.kind != "sanction" or not _JOINT_SUBJECT.match(text):
        return []
    pair = _two_leaders(recent)
    codes = [p.country for p in pair if p.country]
    if len(codes) < 2:
        return []
    target = (c.target or {}).get("country")
    if c.imposer not in codes:
        c.imposer = codes[-1]
    out = []
    for code in codes:
        if code in (c.imposer, target):
            continue
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.target, twin.imposer, twin.evidence = c.target, code, list(c.evidence)
        twin.persons, twin.roles = list(c.persons), dict(c.roles)
        out.append(twin)
    return out


def _guest_visits(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "X welcomed / hosted / received Y": Y, from another country, visits X's country (or
    the place named), at the meeting's date and status."""
    word = text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
    if (
        c.kind != "meeting"
        or not _HOSTS.match(word)
        or not c.persons
        or re.match(r"\s*by\b", text[c.trigger[1] - c.sentence.start :])
    ):
        return []  # "he'll be welcomed by A": A is the host, the subject the guest
    host = next(
        (m.person for m in reversed(mentions) if m.end <= c.trigger[0] and m.person in c.persons),
        None,
    )
    home = (
        host.country
        if host
        else next(  # "The President will host President Z": unnamed
            (
                d["country"]
                for d in c.described
                if d.get("country") and _OFFICE.fullmatch(d.get("description", ""))
            ),
            None,
        )
    )
    if not home:
        return []
    out = []
    for m in mentions:
        p = m.person
        if m.start < c.trigger[1] or p not in c.persons or not p.country or p.country == home:
            continue
        if any(re.search(r"\b(?:Ambassador|Charg|Envoy|High\s+Commissioner)", t) for t in p.titles):
            continue  # "received the Ambassador of Japan": resident, no visit
        if any(x.persons[0] is p for x in out):
            continue
        v = Candidate("visit", None, c.sentence, c.trigger)
        for k in ("date", "date_text", "status", "tense", "visibility"):
            setattr(v, k, getattr(c, k))
        v.persons, v.roles = [p], {p.key: "traveler"}
        if host is not None and host.country == home:  # the one who hosts is the visit's host
            v.persons.append(host)
            v.roles[host.key] = "host"
        v.place_country = c.place_country or home
        v.place = c.place if c.place_country in (None, home) else None
        v.evidence = [(min(c.trigger[0], m.start), max(c.trigger[1], m.end))]
        out.append(v)
    return out


def clause_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause around text[a:b]: bounded by semicolons, dashes, and ", and/but/while/
    which/who" (a relative clause starts at its pronoun)."""
    lo, hi = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if _LIST_END.match(text, m.start()) and _TITLED_ITEM.search(text, 0, m.start()):
            continue  # "A of Angola, President B of Zambia, and Vice President C": one list
        if m.end() <= a:
            lo = max(lo, m.start("rest") if m.group("rest") else m.end())
        elif m.start() >= b:
            hi = min(hi, m.start())
            break
    return lo, hi


def _status(text: str, a: int, b: int, lo: int = 0, hi: int | None = None) -> str:
    hi = len(text) if hi is None else hi
    if _AFTER_EVENT.search(text[max(lo, a - 30) : a]):
        return "held"  # "follow up on today's conversation": the event came first
    if _HELD_RELATIVE.match(text, b) or _HELD_RELATIVE.match(text, a + len(text[a:b].split()[0])):
        return "held"  # "will discuss the talks he held with ...": a past event
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
                status in ("postponed", "cancelled")
                and not text[m.end() : a].strip()
                and _DETERMINER_END.search(text[: m.start()])
            ):
                continue  # "the delayed trip": its history; the trip itself is on again
            if _ADJECTIVE_CUE.fullmatch(m.group(0)) and (
                m.start() >= b
                or re.search(r"\b(?:during|in|at|on|after|before|of)\b|[,;]", text[m.end() : a])
            ):
                continue  # "a possible meeting during their recent call": the meeting's only
            d = _distance(m.start(), m.end(), a, b)
            if m.start() >= b:
                d = (m.start() - b) * 2 + 10
            limit = 60 if status == "planned" else 90
            if d < limit and d < best_d:
                best, best_d = status, d
    if best == "held" and _EVENT_NOUN.fullmatch(text[a:b]):
        # the event noun is the subject of a future predicate further on: "the ninth meeting
        # of the X Mechanism is expected to take place in Manila", "agreed that talks between
        # the two ministries will continue in the spring"
        later = _NOUN_PREDICATE.match(text, b, hi)
        if later:
            return "tentative" if later.group("tentative") else "planned"
    if best == "held":
        # the modality of the clause's verb, further back: "The President looked forward to
        # visiting her home town in May for the G7 Summit" (no past verb in between)
        for status in ("planned", "tentative"):
            cues = [
                m
                for m in dict(_STATUS)[status].finditer(text, lo, a)
                if not (_ADJECTIVE_CUE.fullmatch(m.group(0)) and text[m.end() : a].strip())
                and not _RECALL.match(text, m.end())  # "You will recall the strike ..."
            ]
            if cues and not _PAST.search(text, cues[-1].end(), b):
                return status
    return best


_EVENT_NOUN = re.compile(
    r"(?:meetings?|talks|calls?|summits?|dialogues?|consultations?|negotiations?|visits?|trips?|"
    r"sessions?|conversations?|discussions?|ministerials?|2\s*\+\s*2)",
    re.I,
)
_NOUN_PREDICATE = re.compile(
    r"[^,;:()]{0,100}?\b(?:(?:is|are)\s+(?:(?P<tentative>likely|possible)|expected|scheduled|set|"
    r"due|slated|planned)\s+(?:to|for)|will\s+(?:(?:also|then|now|again)\s+)?(?:take\s+place|"
    r"be\s+held|be\s+convened|be\s+hosted|convene|continue|resume|begin|start|open)|(?:is|are)\s+"
    r"to\s+(?:take\s+place|be\s+held))\b",
    re.I,
)
# modality adjectives: they qualify the noun they stand before, not the clause
_ADJECTIVE_CUE = re.compile(r"possibl[ey]|potential(?:ly)?|proposed|upcoming", re.I)
_WITH_SIDE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<c>[A-Z][\w.’']*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’']*){0,3})"
)
_WE = re.compile(r"\b(?:we|our|us)(?:[’']\w+)?(?:\s+\w+){0,4}\s*$", re.I)


_GROUP = re.compile(
    r"(?P<a>(?:[A-Z][\w+\-]*\s+){1,4})(?:Leaders[’']\s+)?(?:[Ss]ummits?|(?<=Leaders[’']\s)Meeting)\b|"
    r"[Ss]ummits?\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})|(?P<c>\b[A-Z][A-Z0-9+]+|Quad|"
    # "ASEAN foreign ministers", "the Pacific Islands Forum leaders", "her ASEAN counterparts"
    r"(?:[A-Z][a-z]+\s+){1,2}(?:Forum|Islands?|Group))\s+(?:(?:foreign|defen[cs]e|trade|finance|"
    r"economic|energy)\s+)?(?:leaders|partners|allies|members|ministers|counterparts)\b"
)


_GROUPS_AND = re.compile(r"(?P<x>[A-Z][\w+\-]*)\s+and\s+(?P<y>[A-Z][\w+\-]*)\s+[Ss]ummits\b")


def _per_destination(c: Candidate) -> list[Candidate]:
    """A meeting "in each country" of a trip: one per destination, with its counterparts."""
    if len(c.destinations) < 2:
        if c.destinations and not c.place_country:
            c.place_country = c.destinations[0]
        return [c]
    out = []
    for code in c.destinations:
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.date_text = c.date_text
        twin.described = [
            d for d in c.described if not d.get("description", "").endswith(" counterparts")
        ] + [{"description": f"{code} counterparts", "country": code}]
        twin.place_country = code
        out.append(twin)
    return out


def _split_groups(c: Candidate, text: str) -> list[Candidate]:
    """ "the G7 and NATO Summits": one summit per group."""
    base = c.sentence.start
    m = _GROUPS_AND.search(text, max(0, c.trigger[0] - base - 40), c.trigger[1] - base)
    if c.kind != "meeting" or not m:
        return [c]
    out = []
    for name in (m.group("x"), m.group("y")):
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons, twin.roles, twin.evidence = list(c.persons), dict(c.roles), list(c.evidence)
        twin.described = [
            d for d in c.described if "leaders" not in d.get("description", "") or d.get("country")
        ] + [{"description": f"{name} leaders"}]
        twin.date_text = c.date_text
        out.append(twin)
    return out


_AND_DESCRIBED = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*)?"
    r"(?:,\s*|,?\s+and\s+)(?P<d>(?:the\s+|other\s+)?(?:[\w\-]+\s+){0,4}?"
    r"(?:officials|leaders|counterparts|ministers|delegation|team))\b"
)
_TOGETHER = re.compile(
    r"\b(?:together|jointly|trilateral|trilaterally|multilateral|joint|all\s+"
    r"(?:three|four|of\s+them)|each\s+other)\b",
    re.I,
)


# meetings whose form gathers everyone listed after "with" at once
_GROUP_FORMAT = re.compile(
    r"video|virtual|conference|2\s*\+\s*2|two[\s\-]plus[\s\-]two|summit|"
    r"ministerial|trilateral",
    re.I,
)


def _split_counterparts(c: Candidate, text: str, mentions) -> list[Candidate]:
    """ "He will meet with Prime Minister A and Foreign Minister B": one meeting per
    counterpart of a list after "with" (annotation.md), unless the text says they met
    together."""
    if c.kind != "meeting":
        return [c]
    base = c.sentence.start
    b = c.trigger[1] - base
    lo, hi = clause_of(text, c.trigger[0] - base, b)
    own = {p.country for p in c.persons}
    pair = [d for d in c.described if d.get("pair") and d.get("country") not in own]
    if c.persons and len(pair) == 2 and not _TOGETHER.search(text, lo, hi):
        # "A spoke with Brazilian and Colombian officials": one meeting per counterpart
        out = []
        for d in pair:
            twin = Candidate(**{k: getattr(c, k) for k in _COPY})
            twin.persons, twin.roles = list(c.persons), dict(c.roles)
            twin.described = [x for x in c.described if x not in pair] + [d]
            twin.evidence, twin.date_text = list(c.evidence), c.date_text
            out.append(twin)
        return out
    if len(c.persons) < 2:
        return [c]
    with_ = re.match(
        r"(?:\s+(?:yesterday|today|again|separately|also|earlier|later|by\s+(?:tele)?phone"
        r"|(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night)|on\s+[A-Z]\w+day))*"
        r"\s+with\s+",
        text[b:],
    )  # "spoke yesterday with A and with B", "spoke by phone this evening with A and B"
    if not with_ and re.fullmatch(r"(?i:meet|meets|met)", text[c.trigger[0] - base : b]):
        with_ = re.match(r"\s+", text[b:])  # "he will meet Prime Minister A and Minister B"
    if (
        not with_
        or _TOGETHER.search(text, lo, hi)
        or _GROUP_FORMAT.search(text[c.trigger[0] - base : b])
    ):
        return [c]  # "a video call with A and B", "hold the 2+2 with A and B": one meeting
    start = b + with_.end()
    listed, pos = [], start
    for m in mentions:
        if m.start - base < pos:
            continue
        gap = text[pos : m.start - base]
        if listed and not re.fullmatch(
            r"(?:,\s*|,?\s+and\s+)(?:with\s+)?"
            r"(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+)*"  # "and with Hungary's Minister, A"
            r"|(?:\s+of\s+[A-Z][\w\s]*?|,\s+of\s+[A-Z][\w\s]*?)"
            # "... of Barbados, and with the Secretary of State of the United States, B"
            r"(?:,\s*|,?\s+and\s+)(?:with\s+)?(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+)*",
            gap,
        ):
            break
        if not listed and not re.fullmatch(
            r"(?:(?:his|her|their)\s+(?:[A-Z][\w\-]*\s+)?"
            r"counterparts?,?\s+)?"
            # "with the Minister of Foreign Affairs of Poland, A, and with B": a title before
            # the name, set off by a comma
            # ("the Chair of the Caribbean Community, Prime Minister A": a title each side)
            r"(?:the\s+)?(?:[A-Z][\w.\-’']*\s+|of\s+|the\s+)*(?:(?<=[a-z]\s)(?-i:[A-Z])[\w\-’']*,\s+"
            r"(?:(?-i:[A-Z])[\w.\-’']*\s+)*)?",
            gap,
        ):
            break
        if m.person in c.persons and m.person not in listed:
            listed.append(m.person)
        pos = m.end - base
    subjects = [p for p in c.persons if p not in listed]
    extra = _AND_DESCRIBED.match(text, pos) if listed else None
    if extra and len(listed) == 1 and subjects:
        # "met with President A and senior foreign policy officials": A, and the officials
        # (of A's country) in a meeting of their own
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons = list(subjects)
        twin.roles = {k: v for k, v in c.roles.items() if k in {q.key for q in subjects}}
        twin.described = [
            {
                "description": extra.group("d"),
                **({"country": listed[0].country} if listed[0].country else {}),
            }
        ]
        c.described = [d for d in c.described if d.get("description") != extra.group("d")]
        twin.evidence, twin.date_text = list(c.evidence), c.date_text
        return [c, twin]
    if len(listed) < 2 or (not subjects and not c.described):
        return [c]
    out = []
    for p in listed:
        twin = Candidate(**{k: getattr(c, k) for k in _COPY})
        twin.persons = subjects + [p]
        twin.roles = {k: v for k, v in c.roles.items() if k in {q.key for q in twin.persons}}
        twin.described, twin.evidence = list(c.described), list(c.evidence)
        twin.date_text = c.date_text
        out.append(twin)
    return out


def _group_meeting(text: str, a: int, b: int, lo: int, hi: int) -> str | None:
    """The group a named summit or a meeting with a group's leaders brings together ("the
    Quad Summit", "the Summit of the Americas", "ASEAN leaders")."""
    for m in _GROUP.finditer(text, max(lo, a - 40), min(hi, b + 60)):
        span = Temporal(m.start(), m.end(), m.group(0), None, "group")
        if m.group("c") and (m.end() < a - 1 or _other_trigger(text, span, a, b)):
            continue  # "X leaders" after this trigger, with no other event between
        if not m.group("c") and not (m.start() <= a and b <= m.end()):
            continue  # the summit whose name holds this trigger
        name = (m.group("a") or m.group("b") or m.group("c")).strip()
        words = [w for w in name.split() if w not in ("The", "the", "A", "Leaders’", "Leaders'")]
        if not words or country_of_word(" ".join(words)) or _pair_countries(words[0]):
            continue  # "the Japan-ROK Summit": the two countries, not a group
        return f"{' '.join(words)} leaders"
    return None


_DECLINED_TALKS = re.compile(r"(?:refus|declin|reject|turn)", re.I)


def _unnamed_sides(c: Candidate, text, a, b, lo, hi, home) -> None:
    """Sides a meeting's clause names without people: "consultations with Korean friends",
    "talks with India" (the country after "with") and "we" (the government that speaks)."""
    codes = {p.country for p in c.persons} | {d.get("country") for d in c.described}
    if not c.persons and _DECLINED_TALKS.match(text[a:b]):
        # "Russia refused to attend the talks", "turning down a Finnish invitation to talks":
        # the refusing side (the clause's country) and the inviting one (else the publisher)
        refusing = [x for x in _countries_in(text[lo:a]) if x][:1]
        inviting = [x for x in map(country_of_word, text[a:b].split()) if x][:1] or [home]
        for code in refusing + inviting:
            if code and code not in codes:
                c.described.append({"description": f"{code} officials", "country": code})
                codes.add(code)
    m = _WITH_SIDE.search(text, b, hi)
    if m and m.start() - b < 40:
        code = _longest_country(m.group("c"))
        if code and code not in codes:
            c.described.append({"description": f"{m.group('c')} officials", "country": code})
            codes.add(code)
    if home and home not in codes and not c.persons and _WE.search(text, lo, a):
        c.described.insert(0, {"description": "officials", "country": home})
        codes.add(home)
    subject = _subject_country(text, lo, a)
    if subject and subject[1] not in codes and not any(p.country == subject[1] for p in c.persons):
        c.described.insert(0, {"description": subject[0], "country": subject[1]})


_PREPOSITION_END = re.compile(
    r"\b(?:in|with|to|of|for|on|from|against|about|by|between|"
    r"and|at|into|over|toward|towards|across)\s+(?:the\s+)?$",
    re.I,
)


def _subject_country(text: str, lo: int, a: int) -> tuple[str, str, int] | None:
    """A country as the subject of the clause ("the United States facilitated talks with
    ..."): the first country in the clause before the trigger that no preposition governs."""
    for m in re.finditer(r"\b(?:[Tt]he\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3}", text[lo:a]):
        code = _longest_country(m.group(0))
        if code is None:
            continue
        start = lo + m.start()
        if _PREPOSITION_END.search(text[max(0, start - 30) : start]) or text[
            lo + m.end() : lo + m.end() + 2
        ].startswith(("’s", "'s", "-")):
            continue
        return m.group(0), code, start
    return None


def _described_sides(text: str, lo: int, hi: int) -> set:
    """Countries of the unnamed sides of a clause ("their Indian counterparts", "Japanese
    officials")."""
    out = set()
    for regex in (_COUNTERPART, _DESCRIBED):
        for m in regex.finditer(text, lo, hi):
            dem = m.group("dem") or m.groupdict().get("dem2")
            code = country_of_word(dem) if dem else None
            if code:
                out.add(code)
    for m in _DEMONYM_PAIR.finditer(text, lo, hi):  # "Russian and Ukrainian delegations"
        out |= {code for code in map(country_of_word, (m.group("x"), m.group("y"))) if code}
    return out


def _last_titled(recent: list[Person]) -> Person | None:
    for p in reversed(recent):
        if p.titled or p.titles:
            return p
    return recent[-1] if recent else None


def _is_leader_title(title: str) -> bool:
    """ "President", "Prime Minister of Japan"; not "Deputy Assistant to the President"."""
    if re.match(r"Head\s+of\s+State\b", title):
        return True  # "Head of State A" (Kazakh style), as "the two heads of state" says
    head = re.split(r"\s+(?:to|of|for)\s+", title)[0]
    return bool(_LEADER_TITLES.search(head)) and not re.search(
        r"\b(?:Deputy|Assistant|Vice)\b", head
    )


_TWO_TITLED = re.compile(
    r"\s*(?:(?:[A-Z][\w ]{0,30}|\w+),\s+)?(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?"
    r"(?P<t>(?:Secretar|Ambassador|Envoy|Minister|Chancellor|Governor|Senator)(?:ies|s))\b"
)


def _title_pair(text: str, lo: int, a: int, recent: list[Person]) -> list[Person]:
    """ "The two Secretaries will then continue on to Manila": the last two people whose
    titles have that head, of one country or two (a plural title names a pair)."""
    m = _TWO_TITLED.match(text, lo, a)
    if not m:
        return []
    head = re.sub(r"(?:ies|s)$", "", m.group("t")).lower()
    pair = [p for p in recent if any(head in t.lower() for t in p.titles)][-2:]
    return pair if len(pair) == 2 else []


_FULL_MINISTER = re.compile(
    r"^(?!.*\b(?:Deputy|Vice|Under|Assistant|Acting|Junior|Parliamentary|Permanent)\b)"
    r".*\b(?:Minister|Secretary)\b(?!\s+General)"
)


def _two_leaders(
    persons: list[Person], noun: str = "leaders", home: str | None = None, seen=None
) -> list[Person]:
    """The last two people of different countries who fit "the two <noun>": leaders for
    leaders and presidents (people with a leader's title first, then people without a
    title), anyone with a title for ministers, envoys, sides ..."""
    leaders = noun.lower() in ("leaders", "presidents", "heads of state")
    if re.fullmatch(r"(?:foreign\s+)?(?:ministers|secretaries)", noun.lower()):
        # "the two ministers": ministers (and secretaries) in full, not deputies or presidents
        full = [p for p in persons if any(_FULL_MINISTER.search(t) for t in p.titles)]
        if seen:  # each side's minister the text has named most (the latest of equals)
            full = sorted(full, key=lambda p: seen.get(id(p), 0))
        full = _two_of(full, lambda p: True, home)
        if len(full) == 2:
            return full
    if re.fullmatch(r"prime\s+ministers|presidents", noun.lower()):
        # "the two Prime Ministers": holders of that office, not a Deputy Prime Minister
        head = re.compile(r"(?<!Deputy\s)(?<!Vice\s)\b" + noun[:-1].replace(" ", r"\s+"), re.I)
        full = _two_of(persons, lambda p: any(head.search(t) for t in p.titles), home)
        if len(full) == 2:
            return full
    if not leaders:
        return _two_of(persons, lambda p: True, home)
    titled = _two_of(persons, lambda p: any(_is_leader_title(t) for t in p.titles), home)
    return titled or _two_of(
        persons, lambda p: any(_is_leader_title(t) for t in p.titles) or not p.titles, home
    )


def _principals(pair: list[Person], recent: list[Person], seen: dict) -> list[Person]:
    """ "The two leaders" of a text that names several leaders of one country (a Prime
    Minister who hosts, a President who receives): each side's leader the text has named
    most so far, the latest of equals."""
    out = []
    for p in pair:
        best = p
        for q in recent:
            if (
                q.country == p.country
                and any(_is_leader_title(t) for t in q.titles)
                and seen.get(id(q), 0) > seen.get(id(best), 0)
            ):
                best = q
        out.append(best)
    return out


def _two_of(persons: list[Person], fits, home: str | None) -> list[Person]:
    out: list[Person] = []
    # the press secretary or spokesperson who speaks is no side of what they report
    persons = [p for p in persons if not any(_SPOKES.search(t) for t in p.titles)]
    for p in reversed(persons):
        if fits(p) and all(q.country != p.country for q in out):
            out.append(p)
        if len(out) == 2:
            break
    if home and len(out) == 2 and home not in {p.country for p in out}:
        # a text of one government speaks of its own leader and another
        own = next((p for p in reversed(persons) if p.country == home and fits(p)), None)
        if own:
            out = [out[0], own]
    return out if len(out) == 2 else []


def _countries_in(text: str) -> list[str]:
    codes = []
    for m in re.finditer(r"\b[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3}", text):
        words = re.sub(r"[’']s\b", "", m.group(0)).split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            code = country_of_word(phrase) or country_of_word(phrase.rstrip("."))  # "Somalia."
            if code:
                codes.append(code)
                break
    return codes


_MODIFIED = re.compile(
    r"\s*(?:[’']s\b|policy|policies|relations|ties|issues?|question|"
    r"strategy|problem)",
    re.I,
)


_BODY_OF = re.compile(
    r"\b(?:Departments?|Ministry|Ministries|Government|Office)\s+of\s+(?:the\s+)?$"
)


def _imposers_before(text: str) -> list[str]:
    """Countries before a sanction word that may impose it: not the object of a preposition
    ("pressure on Iran") nor a noun's modifier ("the North Korea policy")."""
    codes = []
    for m in re.finditer(r"\b(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}", text):
        words = m.group(0).split()
        # "Existing U.S. sanctions": the country may follow another capitalised word
        code = next(
            (x for x in (_longest_country(" ".join(words[i:])) for i in range(len(words))) if x),
            None,
        )
        before = text[max(0, m.start() - 30) : m.start()]
        if not code or (_PREPOSITION_END.search(before) and not _BODY_OF.search(before)):
            continue  # "the Departments of the Treasury and Commerce imposed": the body's
        rest = text[m.end() :]
        if (
            rest.strip()
            and _MODIFIED.match(rest)
            and not rest.lstrip().startswith(("sanction", "export"))
        ):
            continue
        codes.append(code)
    return codes


def _pair_organization(text: str, lo: int, hi: int) -> str | None:
    """An organisation that is one side of "between the United States and NATO"."""
    for m in _PAIR.finditer(text, lo, hi):
        for g in ("a", "b"):
            word = m.group(g)
            if word and re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", word) and not country_of_word(word):
                other = m.group("b" if g == "a" else "a")
                if other and _longest_country(other):
                    return word
    return None


def _pair_countries(text: str) -> list[str]:
    out = []
    for m in _PAIR.finditer(text):
        for g in ("a", "b", "c", "d"):
            if m.group(g):
                word = m.group(g).rstrip("’'s")
                code = country_of_word(word) or country_of_word(word.rstrip("."))
                if code and code not in out:
                    out.append(code)
    return out if len(out) >= 2 else []


def _place_after(text: str, start: int, kind: str) -> tuple[str | None, str | None] | None:
    for m in _PLACE.finditer(text, start):
        if m.start() - start > 120:
            break
        if m.start() > start + 1 and _trigger_between(text, start + 1, m.start()):
            break  # "the Summit ... and his visit next week to Europe": another event's place
        if re.search(r",\s+and\s+(?:he|she|they|it)\b|;|,\s+then\s", text[start : m.start()]):
            break  # "met A in X last month, and he will travel to Y": another clause's place
        if kind != "visit" and m.group(0)[:6].lower() == "depart":
            break  # "will meet A before departing for Lima": not where they meet
        if re.search(r"\b(?:that|which)\s+(?:they|he|she|we|it|I)\s", text[start : m.start()]):
            break  # "to review the arrangement that they reached in X": that act's place
        words = m.group("place").split()
        region = m.group("region")
        state = subdivision_country(region) if region and not country_of_word(region) else None
        if state and not country_of_word(m.group("place")):
            # "Annapolis, Maryland", "Los Angeles, California": a town of a state
            return f"{m.group('place')}, {region}", state
        if (
            region
            and len([w for w in words if w[:1].isupper()]) <= 3  # "Santa Cruz de la Sierra"
            and _is_country_name(region)
            and not country_of_word(m.group("place"))
            and m.group("place") not in _known_places()
        ):
            # "travel to Tianjin, China": a town the tables do not know, in the country named
            return m.group("place"), country_of_word(region)
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            is_place = name in _known_places()
            code = country_of_word(name) or (_known_places().get(name) if is_place else None)
            if code and not is_place and n < len(words) and m.group(0)[:4] in ("marg", "side"):
                # "on the sidelines of the Indian Ocean Conference in X": a demonym in an
                # event's name (a town's is its place: "the Munich Security Conference")
                break
            if code or is_place:
                region = m.group("region")
                if region and code and country_of_word(region) not in (None, code):
                    region = None  # "to Brussels, Warsaw and Vilnius": a list of towns
                if region and country_of_word(region) and not code:
                    code = country_of_word(region)
                if region and country_of_word(region) and region in _known_places():
                    name = f"{name}, {region}"
                elif region and country_of_word(region):
                    code = code or country_of_word(region)
                if _is_country_name(name):
                    return None, code
                return name, code
    return None


def _place_of_where(text: str, lo: int, a: int) -> tuple[str | None, str | None] | None:
    """ "he goes to San José, where President A will host him": the place "where" stands
    for, the one the clause before went to."""
    if not re.match(r"[\s,]*where\b", text[lo:a]):
        return None
    m = re.search(
        r"\b(?:to|in|at|for)\s+(?P<p>[A-Z][\w\-é]*(?:\s+[A-Z][\w\-é]*){0,2}),?\s*$", text[:lo]
    )
    if not m:
        return None
    name = m.group("p")
    code = _known_places().get(name) or country_of_word(name)
    if not code:
        return None
    return (None if _is_country_name(name) else name), code


def _place_before(text: str, a: int) -> tuple[str | None, str | None] | None:
    """A place that modifies the trigger's noun: "the Bali summit", "the Geneva talks"."""
    m = re.search(
        r"\b(?:the|a|an|this|that|their|his|her)\s+(?P<p>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
        r"\s+(?:[a-z\-]+\s+)?$",
        text[max(0, a - 50) : a],
    )
    if m and m.group("p") in _known_places():
        return m.group("p"), _known_places()[m.group("p")]
    return None


@lru_cache(maxsize=1)
def _known_places() -> dict:
    """Places that are not countries: the hand table and every capital."""
    from ..countries import PLACES, _capitals_only, country_of_word

    return {**{c: country_of_word(c) for c in _capitals_only()}, **_REGIONS, **PLACES}


# places news text travels to that are not one country
_REGIONS = {
    "West Bank": "PS",
    "Gaza": "PS",
    "Gaza Strip": "PS",
    "Europe": None,
    "Middle East": None,
    "Middle East region": None,
    "Asia": None,
    "Africa": None,
    "Latin America": None,
    "Central America": None,
    "Gulf": None,
    "Balkans": None,
    "Caribbean": None,
    "Sahel": None,
    "Southeast Asia": None,
    "Central Asia": None,
}


def _is_country_name(name: str) -> bool:
    return name not in _known_places() and (
        name.startswith("the ") or country_of_word(name) is not None
    )


def _own_office_unnamed(subject: re.Match | None, home: str, everyone) -> bool:
    """ "The President has decided to postpone his trip": the home government's office, held
    by no person the text names (so "his" is the office's, a described traveler)."""
    if subject is None or not _HOME_OFFICE.fullmatch(subject.group("t")):
        return False
    t = subject.group("t").lower()
    return not any(
        p.country == home and any(x.split(" of ")[0].lower().endswith(t) for x in p.titles)
        for p in everyone
    )


# a time before a clause's subject: "On Sunday the President ...", "Tomorrow, the Secretary ..."
_LEADING_WHEN = re.compile(
    r"\s*(?:As\s+(?:you|we)\s+(?:know|saw|heard)|(?:On|By|Early|Late)\s+(?:[A-Z]\w+|the\s+\w+)(?:\s+(?:morning|afternoon|evening|"
    r"night))?|Tomorrow|Tonight|Today|Later|Next\s+\w+|This\s+\w+)(?:\s+(?:morning|"
    r"afternoon|evening|night))?,?\s+(?=[Tt]he\s)"
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
# a trip told in a participle after the main verb ("... before departing for Lima")
_DEPARTURE_ADJUNCT = re.compile(r"\b(?:before|after|upon|prior\s+to)\s+$", re.I)


_EVENT_SUBJECT = re.compile(
    r"\b(?:round|meeting|talks|summit|session|dialogue|consultations?|conference|exercises?|"
    r"drills?|negotiations|ceremony|signing|forum)\s+$",
    re.I,
)


def _traveler(c: Candidate, mentions, base, a, recent, everyone=(), home=None) -> Person | None:
    text = c.sentence.text
    b = c.trigger[1] - base
    poss = re.match(r"\s+(?:of|by)\s+", text[b:])
    office = _POSS_OFFICE.match(text, b + poss.end()) if poss else None
    if office and country_of_word(office.group("c")):
        return None  # "the visit of Uruguay's Foreign Minister": unnamed (described)
    of = _VISIT_OF.match(text, b) or _TITLE_POSSESSIVE.search(text[max(0, a - 60) : a])
    if of:  # "the visit of a U.S. Speaker of the House", "the Speaker's travel"
        persons = [*recent, *everyone]
        if (
            home
            and _HOME_OFFICE.fullmatch(of.group("t"))
            and of.group(0).lstrip()[:3].lower() == "the"
        ):
            # "the President's travel" in a government's text: its own office, named or not
            persons = [p for p in persons if p.country == home]
        person = title_reference(of.group("t"), persons)
        if person:
            return person
        if persons is not recent and home and _HOME_OFFICE.fullmatch(of.group("t")):
            return None
    lo, hi = clause_of(text, a, b)
    if _VISITING.match(text, a):
        guest = next((m for m in mentions if 0 <= m.start - base - b < 60), None)
        if guest:
            return guest.person
    if (
        c.subject is not None
        and re.match(r"\s*(?:and\s+|but\s+|then\s+)?(?:he|she)\b", text[lo:a], re.I)
        and not any(lo <= m.start - base < a for m in mentions)
    ):
        return c.subject  # "A met B in X, and he will travel to Y": the subject travels
    if (
        not any(lo <= m.start - base < a for m in mentions)
        and re.search(r",\s+and\s*$", text[:lo])
        and re.fullmatch(r"\s*(?:(?:will|would|also|then|later|is\s+to)\s+)*", text[lo:a])
    ):
        # "She will meet A in X on Tuesday, and will travel to Y next week": the subject of
        # the clause before travels, not its object
        own = sentence_subject(text[:lo], mentions, base)
        if own is not None:
            return own
        if c.subject is not None and re.match(r"\s*(?:He|She)\b", text):
            return c.subject
    if not any(lo <= m.start - base < a for m in mentions) and _GROUP_SUBJECT.search(
        text[max(0, a - 80) : a]
    ):
        return None  # ", and Treasury officials will travel to X": the group, described
    before = [m for m in mentions if lo <= m.start - base < a] or [
        m for m in mentions if m.start - base < a
    ]
    if _DEPARTURE_ADJUNCT.search(text[:a]):
        # "A will meet B before departing for X": the one who departs is the subject
        return sentence_subject(text[:a], mentions, base)
    office = next(iter(reversed(list(_OFFICE.finditer(text, 0, a)))), None)
    if (
        before
        and office
        and office.start() >= before[-1].end - base
        and not any(m.start - base >= office.start() for m in mentions if m.start - base < a)
    ):
        return None  # "A has decided that the French Ambassador will return to ...": unnamed
    if (
        len(before) > 1
        and _BRIEFED_ON_OWN.search(text, max(lo, before[0].end - base), a)
        and re.match(r"\s*(?:[A-Z][\w.\-’']*\s+){0,4}$", text[lo : before[0].start - base])
    ):
        return before[0].person  # "A briefed B on her visit to X": the subject's own trip
    later = [m for m in mentions if m.start - base >= b]
    if (
        later
        and re.fullmatch(
            r"[^.;]{0,60}?\s(?:that|which)\s+(?:[A-Z][\w.\-’']*\s+){0,4}",
            text[b : later[0].start - base],
        )
        and re.match(
            r"[\w\s]{0,30}?\b(?:pay|pays|paid|make|makes|made|undertake|undertook)\b",
            text[later[0].end - base :],
        )
    ):
        return later[0].person  # "the state visit to Japan that President A will pay"
    if before:
        return before[-1].person
    after = [m for m in mentions if m.start - base >= a]
    by = re.search(r"\bby\s+$", text[:a]) or re.search(r"^\s*(?:s\s+)?by\b", text[a:])
    of = re.match(
        # "the visit of the then Minister of Foreign Affairs of Greece, Mr. A, to X"
        r"s?\s+of\s+(?:[A-Z][\w.’'\-]*,?\s+|of\s+|the\s+|then\s+|former\s+){0,9}$",
        text[b : after[0].start - base] if after else "",
    )
    if after and (by or of or re.search(r"\bvisits?\s+by\b", text[a : a + 20])):
        return after[0].person  # "visits by Secretary A", "the trips of Secretary A"
    subject = _TITLE_SUBJECT.match(text, lo)
    adverbial = _LEADING_WHEN.match(text, lo)
    if (_POSSESSIVE.search(text[max(0, a - 30) : a + 12]) or _PRONOUN.search(text[:a])) and not (
        home
        and (subject or adverbial)
        and _own_office_unnamed(
            (subject or _TITLE_SUBJECT.match(text, adverbial.end())), home, everyone
        )
    ):
        return c.subject or _last_titled(recent)
    if subject is None and adverbial:  # "On Sunday the President will travel to X"
        subject = _TITLE_SUBJECT.match(text, adverbial.end())
    if subject and subject.end() <= a:  # "The President looked forward to visiting ..."
        own = home and _HOME_OFFICE.fullmatch(subject.group("t"))
        person = title_reference(
            subject.group("t"),
            [
                p
                for p in [*recent, *everyone]
                if (not c.place_country or p.country != c.place_country)
                and (not own or p.country == home)  # "The President" in its government's text
            ],
        )  # the traveler is not from the country visited
        if person:
            return person
        if own:
            return None  # an unnamed office of the home government: a described traveler
    if re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}$", text[:a], re.I):
        return _last_titled(recent)
    return None


# "briefed the Secretary on her visit": a report on one's own trip
_BRIEFED_ON_OWN = re.compile(
    r"\b(?:briefed|informed|updated|debriefed|told)\s+[^,;.]{0,60}?\b(?:on|about|of)\s+"
    r"(?:his|her)\s+(?:[\w\-]+\s+){0,2}$"
)
_TITLE_SUBJECT = re.compile(
    r"\s*(?:The|the)\s+(?P<t>(?:[A-Z][\w.\-]*\s+){0,3}?(?:President|Prime\s+"
    r"Minister|Premier|Chancellor|Secretary|Minister|King|Emir|Crown\s+"
    r"Prince|Ambassador|Envoy|Speaker))\b(?![’'])"
)


def title_reference(words: str, persons: list[Person]) -> Person | None:
    """The person a title without a name refers to ("a U.S. Speaker of the House", "the
    Chinese leader"): the latest one whose title has the same head word and whose country,
    when the words give one, agrees."""
    code = next(
        (country_of_word(w) for w in re.findall(r"[A-Z][\w.’'\-]*", words) if country_of_word(w)),
        None,
    )
    heads = {w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", words)}
    whole = " ".join(
        w.lower() for w in re.findall(r"[A-Za-z][\w\-]*", words) if not country_of_word(w)
    )
    for p in reversed(persons):
        # "the Prime Minister's visit": a holder of that whole title first, not the latest
        # "External Affairs Minister"
        if code and p.country and p.country != code:
            continue
        if whole and any(
            " ".join(re.findall(r"[a-z][\w\-]*", t.split(" of ")[0].lower())).endswith(whole)
            for t in p.titles
        ):
            return p
    for p in reversed(persons):
        if code and p.country and p.country != code:
            continue
        for t in p.titles:
            head = re.findall(r"[A-Za-z][\w\-]*", t.split(" of ")[0])
            if head and head[-1].lower() in heads:
                return p
    return None


def _described_traveler(
    text: str, a: int, home: str | None = None, before: str = "", everyone=()
) -> dict | None:
    """ "the Prime Minister of Japan will be here for a state visit", "the Japanese foreign
    minister arrived in ...": a traveler the text does not name; "The President arrives in
    Manila" (or "he", after "the President" in the text before): the home government's."""
    poss = re.match(r"\s*\S+\s+(?:of|by)\s+", text[a:])
    office = _POSS_OFFICE.match(text, a + poss.end()) if poss else None
    if office and country_of_word(office.group("c")):
        title = office.group("title")
        return {
            "description": f"{office.group('c')}'s {title}",
            "country": country_of_word(office.group("c")),
        }
    m = next(iter(reversed(list(_OFFICE.finditer(text, 0, a)))), None)
    if m is None and home and _PRONOUN.search(text[:a]):
        m = _office_subject(before, everyone, home)
    if m is None and home and _WE_TRAVEL.search(text[:a]):
        # "Tonight we land in Vilnius" in a press pool's transcript: the office it travels with
        m = _office_subject(before, everyone, home) or _recent_home_office(before, everyone, home)
    if m is None:
        group = _GROUP_SUBJECT.search(text[max(0, a - 80) : a])
        code = country_of_word(group.group("w")) if group else None
        if code:  # "Treasury officials will travel to ...", "A Japanese delegation arrived"
            return {"description": group.group("d"), "country": code}
    if m is None or (a - m.end() > 60 and m.string is text):
        return None
    code = country_of_word(m.group("dem") or "") or country_of_word(m.group("c") or "")
    if (
        not code
        and home
        and not m.group("dem")
        and not m.group("c")
        and _HOME_OFFICE.fullmatch(m.group("title"))
        and (
            m.string is not text
            or (
                a - m.end() <= 40
                and re.match(r"\s*$|\s+(?:will|is|was|has|had|did|would|\w+s)\b", text[m.end() : a])
            )
        )
    ):
        code = home  # the office is the subject: "The President arrives in Manila"
    if not code:
        return None
    return {"description": m.group(0).removeprefix("the ").removeprefix("The "), "country": code}


_WE_TRAVEL = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:[Tt]hen|[Tt]onight|[Tt]omorrow)\s+)(?:(?:on|this|next)"
    r"\s+\w+\s+)?[Ww]e(?:[’']ll)?\s+(?:(?:will|then|also)\s+)?$"  # "We land in X Sunday"
)
# a group of a country's or an institution's people as the subject of a trip
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:]\s)|\b[Aa]n?\s+|\b[Tt]he\s+|,\s+(?:and|but|while)\s+)(?P<d>(?P<w>(?!(?:A|An|The)\s)[A-Z][\w.’'\-]*(?:\s+[A-Z][\w’'\-]*)?)"
    r"\s+(?:officials|delegation|delegations|team|teams|officers|negotiators))\s+"
    r"(?:(?:will|would|also|then|are|were|is|was|have|has|had|to)\s+){0,3}$"
)


# offices that a bare "the <office>" names in its own government's texts
_HOME_OFFICE = re.compile(
    r"(?:Vice\s+)?President|Prime\s+Minister|Chancellor|Premier|"
    r"Secretary(?:\s+of\s+(?:State|Defense))?|National\s+Security\s+Advis[eo]r|"
    r"Foreign\s+(?:Minister|Secretary)|Defen[cs]e\s+Minister",
    re.I,
)


# "A and B discussed ...": a sentence that tells what the people of a meeting did
# what the official who receives a summoned envoy does: "A conveyed Finland's concern"
_CONVEYED = re.compile(
    r"\b(?:conveyed|delivered|handed|expressed|lodged|protested|demanded|informed|told)\b"
)
_NEXT_TALKED = re.compile(
    r"\b(?:discussed|reviewed|exchanged|agreed|signed|addressed|focused|underlined|stressed"
    r"|reaffirmed|welcomed)\b"
)


def _coordinated_subjects(text: str, mentions, base: int) -> list[Person]:
    """The people a sentence opens with, joined by "and" ("Secretary A and Ambassador B are
    ..."): what a "They" of the next sentence continues."""
    out: list[Person] = []
    pos = 0
    for m in mentions:
        gap = text[pos : m.start - base]
        if not out and not re.fullmatch(r"\s*(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,5}", gap):
            break
        if out and not _COORD.fullmatch(gap):
            break
        if m.person not in out:
            out.append(m.person)
        pos = m.end - base
    return out if len(out) >= 2 and re.match(r"\s+(?:[a-z]+\s+){0,2}", text[pos:]) else []


# a person's own movement right after the name: "A traveled to Kenya", "A was in Rome"
_WENT = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:travell?ed|visited|went|arrived|flew|stopped|was\s+in)\b"
)
# a clause in the first person: "I discussed ...", "On Monday, I spoke ..."
_FIRST_PERSON = re.compile(
    r"\s*(?:(?:On|In|Last|This|Yesterday|Today|Earlier)\b[^,]{0,30},\s+)?I\b(?!\.)"
)
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


def body_before(c: Candidate, context: dict | None) -> str:
    """The text of the sentences before the candidate's, the latest last (a few)."""
    return " ".join(((context or {}).get("before") or [])[-6:])


def _office_subject(before: str, everyone=(), home: str | None = None) -> re.Match | None:
    """The unnamed office ("the President", "the Secretary") that a "he" continues: the
    subject of the latest sentence before whose subject is not "he"/"she", when that subject
    is an office without a name (a named subject or any other one ends the chain)."""
    last = None
    for sent in re.split(r"(?<=[.?!])\s+|\n+", before):
        sent = re.sub(r"^\s*(?:[A-Z][A-Z .’'\-]*:|Q:)\s*", "", sent)  # a speaker's label
        sent = re.sub(
            r"^(?:(?:So|And|Now|Well|Yes|Thanks|Okay|But|Then|[A-Z][a-z]+"
            r"|As\s+(?:you|we|I)(?:[’']ll)?\s+(?:know|saw|heard|recall|remember|may\s+know)),\s+)+",
            "",
            sent,
        )
        sent = re.sub(
            r"^(?:(?:On|In|At|Later|Then|Next|Tomorrow|Today|Yesterday|Last|This|Earlier|"
            r"Afterwards|Subsequently|Meanwhile|While|There|During|After|Following)\b[^,]{0,30},\s+|(?:On|In|"
            r"By)\s+(?:[A-Z]\w+|the\s+\w+|\d+)\s+(?=[Hh]e\b|[Ss]he\b)|From\s+there\s+(?=[Hh]e\b|[Ss]he\b))",
            "",
            sent,
        )
        # "Tomorrow, before the summit opens, the President ...": a second adverbial clause
        sent = re.sub(r"^(?:before|after|when|while|once|as|until)\s+[^,]{0,40},\s+", "", sent)
        if re.match(r"(?:[Hh]e|[Ss]he)\b", sent) or not sent.strip():
            continue
        m = re.match(
            r"(?:(?:Then|And|So|But|Now|Later|Next)\s+)?"  # "Then the President traveled ..."
            r"(?:(?i:did|does|do|will|has|had|is|was|can|could|would)\s+)?(?=[Tt]he\s)",
            sent,
        )
        o = _OFFICE.match(sent, m.end()) if m else None
        if (
            o
            and not o.group("dem")
            and not o.group("c")
            and _HOME_OFFICE.fullmatch(o.group("title"))
        ):
            last = o
        elif re.match(
            r"(?:(?:But|And|So|Then)\s+)?(?:[A-Z][\w.’'\-]*\s+){1,6}[a-z]", sent
        ) or re.match(r"(?:We|I|They)\b", sent):
            last = None  # a named (or other) subject
    if last is not None and any(
        p.country == home
        and any(t.split(" of ")[0].lower().endswith(last.group("title").lower()) for t in p.titles)
        for p in everyone
    ):
        return None  # "the President" is a named person of the text
    return last


def _recent_home_office(before: str, everyone=(), home: str | None = None) -> re.Match | None:
    """The unnamed home office ("the President") of the last two sentences, when no person
    of the home country named in the text holds it."""
    before = re.sub(
        r"(?:^|(?<=\s))(?:[A-Z][A-Z.’'\-]*[ \t]+){0,4}[A-Z][A-Z.’'\-]+:[ \t]*", "", before
    )
    sents = re.split(r"(?<=[.?!])\s+|\n+", before.strip())  # (speaker labels set aside)
    tail = " ".join(sents[-2:])
    last = None
    for o in _OFFICE.finditer(tail):
        if not o.group("dem") and not o.group("c") and _HOME_OFFICE.fullmatch(o.group("title")):
            last = o
    if last is None or any(
        p.country == home
        and any(t.split(" of ")[0].lower().endswith(last.group("title").lower()) for t in p.titles)
        for p in everyone
    ):
        return None
    return last


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
    r"also\s+|already\s+)?under\s+(?:(?:the|new|existing|(?-i:[A-Z])[\w\-]*)\s+){0,3}$",
    re.I,
)


def _sanction_parts(c: Candidate, text, a, b, mentions, base, home) -> None:
    after = text[b : b + 100]
    before = text[max(0, a - 100) : a]
    by = re.search(r"\bby\s+(?:the\s+)?(?P<who>[A-Z][\w.’']*(?:\s+[A-Z]?[\w’']*){0,2})", after)
    on_after = bool(by) and bool(
        re.match(r"(?:[A-Z][\w.’']*\s+){1,4}(?:on|against)\s", after[by.start("who") :])
    )
    targets = (
        [m for m in mentions if m.start - base < a]
        if by and not on_after
        else [m for m in mentions if m.start - base >= b + (by.start("who") if by else 0)]
    )
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
                country_of_word(" ".join(words[:n]))
                for n in range(len(words), 0, -1)
                if country_of_word(" ".join(words[:n]))
            ),
            None,
        )
        if c.imposer and len(words) > 1:
            c.target = None
        if on_after:  # "the restrictions imposed by the United States on Russian banks"
            by = None
    else:
        codes = _imposers_before(before)
        if codes:
            c.imposer = codes[-1]
        joint = _JOINT_IMPOSERS.search(before)
        if joint and codes:
            # "the United States, the United Kingdom and Canada announced sanctions": one
            # measure per imposer
            items = re.split(r",\s+|\s+and\s+", joint.group("list"))
            listed = [_longest_country(re.sub(r"^the\s+", "", x)) for x in items]
            if all(listed):
                c.imposer = listed[0]
                c.co_imposers = [x for x in dict.fromkeys(listed) if x != listed[0]]
        elif re.search(r"\b(?:we|our)\b", before, re.I):
            c.imposer = home
        added = _BODY_ADDED_TO.search(before)
        if added:  # "the Department of Commerce added five PRC-based entities to the Entity
            # List": the department's government lists them, not the targets' country
            c.imposer = _longest_country(added.group("who")) or home or c.imposer
    under = None if by else _UNDER_SANCTIONS.search(before)
    subject = [m for m in mentions if m.start - base < a - len(under.group(0))] if under else []
    if subject:
        # "Secretary A is still under Chinese sanctions": the one under them is the target
        person = subject[-1].person
        c.target, c.persons = {"official": person.key}, [person]
        c.roles[person.key] = "target"
        return
    counted = _COUNTED_TARGETS.search(after[:120])
    # (not in a name: "the Specially Designated Nationals and Blocked Persons List")
    orgs = None if by or text[a : a + 1].isupper() else _NAMED_ORGS.match(text[b : b + 240])
    if orgs and not re.search(r"\b(?:List|Act|Order|Regulations|Program(?:me)?)$", orgs.group(0)):
        names = [
            n
            for n in re.findall(_ORG_NAME, re.sub(r"\([A-Z]{2,6}\)", "", orgs.group("list")))
            if not country_of_word(n) and not re.match(_DATE_WORD, n)
        ]
        span = (b + orgs.start("list"), b + orgs.end())
        if len(names) >= 2 and not any(span[0] <= m.start - base < span[1] for m in mentions):
            # "sanctioned Rosneft and Lukoil, Russia's two largest oil companies", "sanctions
            # on two conglomerates, A Holdings (AH) and B Corporation (BC)": a measure each
            c.persons, c.roles = [], {}
            c.target = {"organization": names[0]}
            c.each = [{"organization": n} for n in names[1:]]
            return
    if not by:  # "sixteen officials aligned with A, including B": B is a target, A is not
        targets = [
            m
            for m in targets
            if not _ALIGNED_WITH.search(text, max(0, m.start - base - 30), m.start - base)
        ]
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
                if ";" not in between and not re.fullmatch(r",?\s+and\s+", between):
                    break
                rest.append(m.person)
                prev = m
            c.each = [{"official": p.key} for p in rest]
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
    elif (firm := _ONE_FIRM.match(text, b)) and re.search(r"(?i)designat|sanction", text[a:b]):
        # "OFAC designated Vancouver-based Northern Maple Logistics Ltd., which ..., and its
        # sales agent A": the company, and the person named as its own
        c.persons = []
        c.target = {"organization": firm.group("org").rstrip(",")}
        agent = _ITS_PERSON.match(text, firm.end())
        if agent:
            own = next(
                (m for m in mentions if m.start - base >= firm.end() + agent.start("who")), None
            )
            if own is not None and own.start - base <= firm.end() + agent.end():
                c.each = [{"official": own.person.key}]
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
        elif not on:
            on = re.search(r"\bto\s+(?:the\s+)?(?P<t>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})", after)
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
    if c.imposer is None and home and re.search(r"\b(?:include|is|are)$", text[a:b], re.I):
        c.imposer = home  # "Those listed include A": the release's own listing
    if c.imposer is None and home and _HOME_BODY_SUBJECT.search(before):
        c.imposer = home  # "The Council today adopted restrictive measures": the publisher's


# a list of countries as the subject of the sanctions word: "the United States, the United
# Kingdom and Canada announced additional"
_JOINT_IMPOSERS = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\b(?:[Yy]esterday|[Tt]oday|[Oo]n\s+\w+day),?\s+)(?!(?:Yesterday|Today|On|In|Last|This)\b)(?P<list>(?:the\s+)?"
    r"[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}(?:,\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)"
    r"{0,3})*,?\s+and\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})\s+(?:\w+\s+){0,3}$"
)


# a briefing's reported question: "Asked whether the Prime Minister would travel to
# Washington, the spokesperson said ..." (up to the answer's speaker)
_ASKED = re.compile(
    r"\s*Asked\s+(?:whether|if|when)\b[^.;]*?,\s+(?=(?:the|he|she|they|a|an|[A-Z]{2,})\b"
    r"[^,.;]{0,40}?\b(?:said|replied|told|confirmed|declined|noted|pointed|added|stressed)\b)"
)
# a further designation of the day's action: "OFAC also designated", "Separately, OFAC
# designated", "In addition, the Department sanctioned"
_ALSO_DESIGNATED = re.compile(
    r"(?:\b(?:also|additionally|further)\s+|^\s*(?:Separately|In\s+addition|Additionally),\s+"
    r"(?:[\w.’'\-]+\s+){1,6}?)(?:designat|sanction)\w*\s*$"
)
# one company right after "designated" ("Among those designated today is A Co., Ltd."): a
# name that ends in a legal form
_ONE_FIRM = re.compile(
    r"\s*(?:(?:today|yesterday)\s+)?(?:(?:is|are|was|were|includes?|included)\s+)?"
    r"(?:(?-i:[A-Z])[\w\-]*-based\s+)?(?P<org>(?-i:[A-Z])[\w\-&’']*(?:\s+(?-i:[A-Z])[\w\-&’'.]*){0,6}?"
    r",?\s+(?:Co\.,?\s+Ltd\.|Co\.|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|"
    r"Company|GmbH|S\.A\.(?:\s+de\s+C\.V\.)?|PLC|JSC|LLP|FZE|FZCO|Pte\.\s+Ltd\.))(?=[\s,.;:]|$)"
)
# "..., which supplies pill presses, and its sales agent A"
_ITS_PERSON = re.compile(
    r"(?:,\s+(?:which|that|a|an)\b[^;]{0,160}?)?,?\s+and\s+its\s+(?:[a-z][\w\-]*\s+){1,3}"
    r"(?P<who>(?-i:[A-Z]))"
)
# named organisations right after a sanctions verb or noun, two or more, "and" before the last
_ORG_NAME = r"[A-Z][\w\-&’']*(?:[ \t]+[A-Z][\w\-&’'.]*){0,6}"
_NAMED_ORGS = re.compile(
    r"^\s*(?:(?:on|against|targeting)\s+)?(?:(?:\w+)\s+(?:[\w\-]+\s+){0,3}?(?:companies|"
    r"conglomerates|entities|firms|banks|groups|organi[sz]ations|enterprises|producers),\s+)?"
    rf"(?P<list>{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?(?:,\s+{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?)*"
    rf",?\s+and\s+{_ORG_NAME}(?:\s+\([A-Z]{{2,6}}\))?)(?=[\s,.;:]|$)"
)


# between two sanctioned people: "A and current Paraguayan Vice President B"
_AND_TITLED = re.compile(
    r",?\s+and\s+(?:the\s+)?(?:(?:former|current|then|sitting)[\s\-]+)?"
    r"(?:[A-Z][\w.\-’']*,?\s+|of\s+|the\s+){0,6}"  # "and the Deputy Commander, General B"
)
_TARGET_NOUN = (
    r"(?:[\w\-]+\s+){0,2}?(?:individuals?|entities|entity|persons?|companies|company|officials|"
    r"people|vessels|banks|organi[sz]ations|networks?|firms|leaders|commanders|members|suppliers"
    r"|manufacturers|citizens|nationals)"
)
_COUNTED_TARGETS = re.compile(
    r"^\s*(?:(?:on|against|targeting)\s+)?(?:a\s+further\s+|an\s+additional\s+|another\s+)?"
    r"(?P<t>(?:(?:more\s+than|over|at\s+least|nearly|some|about)\s+)?"
    rf"(?:\d[\d,]*|one|{_SMALL_NUMBERS}|\w+teen|\w+ty)\s+"
    + _TARGET_NOUN
    + rf"(?:\s+and\s+(?:\d+|one|{_SMALL_NUMBERS}|\w+teen|\w+ty)\s+"
    + _TARGET_NOUN
    + r")?)\b"
)
# the publisher's own body as the subject: "The Council today adopted ..."
_HOME_BODY_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\s[—–-]\s+)(?:[Tt]oday,?\s+)?(?:[Tt]he\s+)?(?:Council|Commission|Government|Treasury|"
    r"(?:State\s+)?Department|Ministry|Foreign\s+Office|Office\s+of\s+Foreign\s+Assets\s+Control)"
    r"\b[^.;]*$"
)


# "sanctioned ... on Monday": a day or month is no target
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
# a date right after an incident noun ("the incursion on Friday"): a new occurrence
_DATE_NEAR = re.compile(
    r"\b(?:on|in|last|this|earlier|since)\s+(?:\d|" + _DATE_WORD + r")|\b(?:yesterday|today)\b",
    re.I,
)


def compatible(x: Candidate, y: Candidate) -> bool:
    """Do two candidates denote the same event? (kind, named people, date, place)."""
    if x.kind != y.kind:
        return False
    if x.kind in ("incident", "sanction") and x.subtype != y.subtype:
        return False
    if (
        x.kind == "incident"
        and None not in (_plural(x), _plural(y))
        and _plural(x) != _plural(y)
        and ((x.date and not _plural(x)) or (y.date and not _plural(y)))
    ):
        return False  # "missile tests, including the launch on October 3": two records
    if x.kind == "incident" and any(
        _counted(u) and not _counted(v) and v.date for u, v in ((x, y), (y, x))
    ):
        return False  # "violated its airspace four times since January ... On 3 June, ..."
    if x.kind == "incident" and any(
        u.date_text
        and re.match(r"(?i)(?:ever\s+)?since\b|so\s+far\b|to\s+date\b", u.date_text)
        and v.date
        and v.date != u.date
        for u, v in ((x, y), (y, x))
    ):
        return False  # "more than 60 incursions since the beginning of October" and "on the
        # nights of 24 to 26 October": a count over a span and an occurrence of its own
    if x.kind == "meeting" and _counted(x) != _counted(y):
        return False  # "the ministers held more than ten bilateral meetings": not the summit
    if (
        x.kind in ("meeting", "visit")
        and x.trigger == y.trigger
        and (
            x.keys() != y.keys()
            or [d.get("description") for d in x.described]
            != [d.get("description") for d in y.described]
        )
    ):
        return False  # one mention split into several events (per counterpart, pair, group)
    if x.kind == "meeting":
        if (
            x.subtype != y.subtype
            and x.sentence == y.sentence
            and not {x.subtype, y.subtype} <= {"talks", "call", "video-call"}
            and not (
                {x.subtype, y.subtype} == {"working-group", "talks"}
                and any(
                    _TO_MEET.search(z.sentence.text, 0, z.trigger[0] - z.sentence.start)
                    for z in (x, y)
                    if z.subtype == "talks"
                )
            )  # "set up a working group on X, to meet in Rome in July": its meeting
        ):
            return False
        if {x.subtype, y.subtype} & {"call", "video-call"} and {x.subtype, y.subtype} & {
            "summit",
            "dinner",
        }:
            return False
        if x.sentence is not y.sentence and any(
            u.subtype in ("call", "video-call") and v.subtype == "talks" and v.place
            for u, v in ((x, y), (y, x))
        ):
            return False  # a phone call and talks held in a town are two events
        if (
            x.sentence is not y.sentence
            and {x.subtype, y.subtype} == {"dinner", "talks"}
            and x.persons
            and y.persons
        ):
            return False  # "... a bilateral meeting. A then hosted a luncheon in honour of B":
            # a meal told in a sentence of its own is an event of its own
        xd = {_side(d) for d in x.described} - {None}
        yd = {_side(d) for d in y.described} - {None}
        xg = {d["description"] for d in x.described if not d.get("country")}
        yg = {d["description"] for d in y.described if not d.get("country")}
        if xg != yg:
            return False  # "with the NATO leaders" is not the meeting with one president
        if xd and yd and not xd & yd:
            return False  # "meet with Israeli leaders" and "with Saudi counterparts"
        if (
            "working-group" in {x.subtype, y.subtype}
            and x.subtype != y.subtype
            and (x.status != y.status)
        ):
            return False  # talks held and a working group pledged are two events
    if x.kind == "visit" and x.persons and y.persons and x.persons[0] is not y.persons[0]:
        return False  # one traveler per visit (hosts may differ between mentions)
    if x.kind in ("meeting", "sanction") or (x.kind == "visit" and not (x.persons and y.persons)):
        if x.keys() != y.keys():
            if not (x.keys() and y.keys() and (x.keys() <= y.keys() or y.keys() <= x.keys())):
                return False
            if x.kind != "meeting":
                return False
        if not x.keys() and x.sentence != y.sentence:
            if {d.get("country") for d in x.described} != {d.get("country") for d in y.described}:
                return False
        xc = {d.get("country") for d in x.described} - {None}
        yc = {d.get("country") for d in y.described} - {None}
        if not x.keys() and not y.keys() and len(xc) == len(yc) == 2 and xc != yc:
            return False  # the bilateral meetings of each pair of a group
    if x.kind == "sanction" and x.imposer and y.imposer and x.imposer != y.imposer:
        return False
    if (
        x.kind == "sanction"
        and x.sentence is not y.sentence
        and (x.target or {}).get("description")
        and (y.target or {}).get("description")
        and x.target["description"] != y.target["description"]
    ):
        return False  # "sanctioned seven individuals ... designating two vessels": two measures
    if (
        x.kind == "sanction"
        and x.target
        and y.target
        and (x.target.get("country") or x.target.get("organization"))
        != (y.target.get("country") or y.target.get("organization"))
    ):
        return False
    if x.date and y.date and not overlap(x.date, y.date):
        return False
    if x.place_country and y.place_country and x.place_country != y.place_country:
        return False
    if x.place and y.place and not (x.place in y.place or y.place in x.place):
        return False
    if x.kind == "visit" and any(
        v.place in _REGIONS
        and _REGIONS[v.place] is None
        and w.place_country
        and w.place not in _REGIONS
        for v, w in ((x, y), (y, x))
    ):
        return False  # a trip to a region and a stop in one country of it
    bad = {"cancelled", "declined", "postponed"}
    if (x.status in bad) != (y.status in bad):
        return False
    if {x.tense, y.tense} == {"past", "future"}:
        return False  # "they met" and "they will meet" are two events
    if any(u.status == "held" and u.date and v.tense == "future" for u, v in ((x, y), (y, x))):
        return False  # "A received a call from B on Wednesday. Both agreed to meet again"
    return True


def _side(d: dict) -> str | None:
    """What makes an unnamed side itself: an office ("the Vice President") or its country."""
    if _OFFICE.fullmatch(d.get("description", "")):
        return d["description"].lower()
    return d.get("country") or d.get("description")


def _counted(c: Candidate) -> bool:
    """ "violated Estonian airspace four times", "held more than ten bilateral meetings": a
    count of occurrences."""
    a, b = (t - c.sentence.start for t in c.trigger)
    if c.kind == "meeting":
        return c.sentence.text[a:b].lower().endswith("meetings") and bool(
            _COUNT_BEFORE.search(c.sentence.text, max(0, a - 40), a)
        )
    return bool(_TIMES.match(c.sentence.text, b))


def _plural(c: Candidate) -> bool | None:
    """Is the trigger a plural count noun ("tests")? None for words that do not count
    occurrences ("airspace")."""
    word = c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
    last = word.split()[-1].lower() if word.split() else ""
    if _counted(c):
        return True  # "violated Estonian airspace four times": a count
    if last in ("airspace",):
        return None
    return bool(re.search(r"[^s]s$", last))


def _joins(group: Candidate, c: Candidate) -> bool:
    """May `c` join the event `group` stands for? Compatible with every mention of it; a
    mention with other people than the event's refers back to it only when definite
    ("the meeting") or in the same sentence."""
    for x in group.members or [group]:
        if not compatible(x, c):
            return False
    first = (group.members or [group])[0]
    if c.kind == "meeting" and c.indefinite and c.sentence != first.sentence:
        return False  # "They committed to establishing a Strategic Dialogue": another event
    if (
        c.kind == "incident"
        and c.sentence is not first.sentence
        and not group.definite
        and _ACTS.match(c.sentence.text, c.trigger[0] - c.sentence.start)
        and _ACTS.match(first.sentence.text, first.trigger[0] - first.sentence.start)
    ):
        return False  # "Pakistan carried out strikes ... Afghan forces opened fire": two acts
    if c.kind == "meeting" and c.keys() != group.keys():
        if not (c.definite or c.sentence == first.sentence or not c.keys()):
            return False
    return True


_MARGINS_OF = re.compile(
    r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[\w\-’'.]+\s+){0,5}?"
    r"(?:summit|meeting|forum|assembly|conference|ministerial)s?\b",
    re.I,
)
# "the upcoming visit of Uruguay's Foreign Minister": an office of a country, unnamed
_POSS_OFFICE = re.compile(
    r"\b(?P<c>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s\s+(?P<title>(?:Vice\s+|Deputy\s+)?(?:President|"
    r"Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Chancellor|Premier|King|Emir|"
    r"Crown\s+Prince|Minister\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?))\b"
)
_WILL_HOST = re.compile(r"\s+(?:will\s+|is\s+|also\s+)*host(?:s|ing)?\b")
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
    r"\s*(?:[A-Z][\w ]{0,30},\s+)?(?P<m>[Tt]he\s+(?:Foreign\s+)?(?:Ministry|Department|"
    r"Foreign\s+Office|Government))\b(?:\s+(?:of|for)\s+[A-Z][\w ]+?)?\s+"
    r"(?:has\s+|had\s+|also\s+|today\s+)*"
    r"(?=summon|call|receiv|host|welcom|met\b|held\b)"
)
_COUNT_BEFORE = re.compile(
    r"\b(?:(?:more|fewer)\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|a\s+)?"
    rf"(?:\d+|{_SMALL_NUMBERS}|eleven|twelve|\w+teen|\w+ty|dozen|dozens\s+of|"
    r"several|numerous)\s+(?:[\w\-]+\s+)?$",
    re.I,
)
_TIMES = re.compile(
    rf"[^.;,]{{0,30}}?\b(?:\d+|{_SMALL_NUMBERS}|\w+teen|\w+ty|"
    r"several|many|multiple|dozens\s+of)\s+times\b",
    re.I,
)
_SPOKES = re.compile(r"\b(?:Spokes(?:person|man|woman)|Press\s+Secretary)\b", re.I)
_TO_MEET = re.compile(r",\s+to\s+$|\bwhich\s+will\s+$")
# the last item of a list of titled people after an Oxford comma, and an item before it
_LIST_END = re.compile(
    r",\s+and\s+(?:[A-Z][\w.\-]*\s+){0,2}(?:President|Vice|Prime|King|Queen|Crown|Chancellor|"
    r"Premier|Minister|Secretary|Ambassador)\b"
)
_TITLED_ITEM = re.compile(
    r",\s+(?:President|Vice\s+President|Prime\s+Minister|King|Chancellor|Premier|Minister|"
    r"Secretary|Ambassador)\s+[A-Z][^,;]*$"
)
_VENUE_VISITED = re.compile(
    r"\s+the\s+(?:[A-Z][\w\-’']*\s+){0,4}(?:Museum|Memorial|Monument|Cemetery|Mausoleum|"
    r"Cathedral|Mosque|Temple|Shrine|Port|Factory|Plant|University|School|Hospital|Market)\b"
)
_RECALL = re.compile(r"\s+(?:recall|remember)\b")
_OWNERS_TRIP = re.compile(r"[’']s\s+(?:[\w\-]+\s+)?(?:trip|visit|travel)\s+to\b[^.;’']*?,\s*$")
_WHEN_IT = re.compile(r",\s+when\s+(?:it|they|its\s+forces|their\s+forces)\s+$")
# an incident told by its own verb, not named by a noun that may refer back
_ACTS = re.compile(
    r"(?:open(?:ed|s)?\s+fire|fired|launched|seized|rammed|detained|arrested|shot|struck|"
    r"attacked|expelled|invaded|hacked|abducted|kidnapped|executed|sent)\b|"
    r"strikes?\s+(?:inside|into)\b",
    re.I,
)

_COPY = (
    "kind",
    "subtype",
    "sentence",
    "trigger",
    "date",
    "status",
    "place",
    "place_country",
    "tense",
    "definite",
    "imposer",
    "target",
)


def _snapshot(c: Candidate) -> Candidate:
    """The mention as detected, before later mentions are folded into it."""
    copy = Candidate(**{k: getattr(c, k) for k in _COPY})
    copy.persons, copy.described = list(c.persons), list(c.described)
    return copy


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One record per event: candidates that denote the same one are folded together."""
    out: list[Candidate] = []
    for c in candidates:
        same = next((e for e in reversed(out) if _joins(e, c)), None)
        if same is None:
            c.members = [_snapshot(c)]
            out.append(c)
            continue
        same.members.append(c)
        for p in c.persons:
            if p not in same.persons:
                same.persons.append(p)
        for d in c.described:
            if d not in same.described:
                same.described.append(d)
        if c.date and (not same.date or _narrower(c.date, same.date)):
            if not (same.kind == "visit" and same.date and _day_range(same.date)):
                # (a visit "from 6 to 8 February" keeps its days: a mention "On 7 February"
                # is one of them, not the visit's date)
                same.date, same.date_text = c.date, c.date_text
        same.place = same.place or c.place
        same.place_country = same.place_country or c.place_country
        if same.status == "held" and c.status != "held":
            same.status = c.status
        if same.visibility == "public":
            same.visibility = c.visibility
        if same.subtype in (None, "talks", "bare") and c.subtype not in (None, "bare"):
            same.subtype = c.subtype
        for ev in c.evidence:
            if ev not in same.evidence:
                same.evidence.append(ev)
        for k, v in c.roles.items():
            same.roles.setdefault(k, v)
        same.target = same.target or c.target
        same.imposer = same.imposer or c.imposer
    return [c for c in out if c.subtype != "bare"]


_DURING = re.compile(
    r"\bbefore\s+(?:he|she|they)\s+(?:departs?|leaves?|left|heads?\s+home|returns?)\b|\bduring"
    r"\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|stay|tour)\b|\bwhile\s+(?:he|"
    r"she|they)\s+(?:is|are|was|were|will\s+be)\s+in\b|\bon\s+the\s+(?:same\s+)?(?:trip|visit)\b|"
    r"\bon\s+the\s+(?:margins|sidelines)\s+of\s+(?:the|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip)\b",
    re.I,
)


def during_visit(c: Candidate) -> bool:
    """Is a meeting said to take place during a trip ("before he departs", "during his
    visit", "while she is in ...")?"""
    for x in c.members or [c]:
        text = x.sentence.text
        a = x.trigger[0] - x.sentence.start
        lo, hi = clause_of(text, a, a + 1)
        if _DURING.search(text, lo, hi) or _DURING.search(text, a, min(len(text), a + 120)):
            return True
        if _THERE.match(text):  # "... traveled to Beijing. There he met with A": on that trip
            return True
        if _IN_PLACE.match(text) and re.search(r"\b(?:he|she|they)\b", text[:a]):
            return True  # "... will visit Russia. In Moscow, he will meet A": on that trip
        if re.match(r"\s*While\s+in\s+(?:the\s+)?[A-Z]", text):
            return True  # "While in Tokyo, Wang Yi will also co-chair ...": on that trip
    return False


# "In Moscow, he", "In Shanghai and Beijing he"
_IN_PLACE = re.compile(
    r"\s*In\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+|"
    r"\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,?\s+(?=(?:he|she|they)\b))"
)
_THERE = re.compile(
    r"\s*There,?\s+(?!(?:is|are|was|were|will|would|has|have|had|may|might|"
    r"seems?|remains?)\b)"
)


_N = r"(?:two|three|four|five|six|seven|[2-9])"
_DURATION = re.compile(
    rf"\b(?P<n>{_N})[\s\-]day\s+(?:[\w\-]+\s+){{0,2}}?(?:visit|trip|tour|stay|swing|journey)\b|"
    rf"\b(?:for|over|during)\s+(?:the\s+)?(?P<n2>{_N})\s+days\b(?!\s+(?:of|before|after|ago))",
    re.I,
)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def visit_spans(candidates: list[Candidate], sentences: list[Sentence]) -> None:
    """A visit dated by its first day ("will arrive on Sunday") that the text says lasts N
    days ("a two-day visit", "over the two days that he is on the ground", in a sentence of
    the visit or the next one when it is about the traveler) covers those N days."""
    following = {s.start: n for s, n in zip(sentences, sentences[1:], strict=False)}
    for c in candidates:
        if c.kind != "visit" or not c.date or parse_date(c.date).precision != "day":
            continue
        texts = [x.sentence.text for x in c.members or [c]]
        nxt = following.get(c.sentence.start)
        if (
            nxt is not None
            and c.persons
            and (re.search(r"\b(?:he|she|his|her)\b", nxt.text) or c.persons[0].surname in nxt.text)
        ):
            texts.append(nxt.text)
        for text in texts:
            m = _DURATION.search(text)
            if m:
                n = m.group("n") or m.group("n2")
                days = _NUMBER.get(n.lower()) or int(n)
                first = parse_date(c.date).start
                c.date = f"{first.isoformat()}/{(first + dt.timedelta(days=days - 1)).isoformat()}"
                break


def trip_legs(candidates: list[Candidate]) -> list[Candidate]:
    """Undated planned stops of a trip ("will begin his travel in Israel", "will then travel
    to Jeddah") take the dates of the traveler's dated trip to a region or several places
    announced before them ("will visit the Middle East region from July 13-16")."""
    trips: dict[str, Candidate] = {}
    with_legs: set[int] = set()
    for c in candidates:
        if c.kind != "visit" or not c.persons:
            continue
        key = c.persons[0].key
        if c.date and c.status == "planned" and not c.place_country:
            trips[key] = c
        elif not c.date and c.status == "planned" and key in trips:
            c.date, c.date_text = trips[key].date, trips[key].date_text
            with_legs.add(id(trips[key]))
    for c in candidates:
        text = c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
        if c.kind == "visit" and not c.date and re.match(r"(?:will|would|was|were|accompan)", text):
            # "A will be with the President in Beijing": the dates of the President's visit
            led = next(
                (
                    v
                    for v in candidates
                    if v.kind == "visit"
                    and v.date
                    and v is not c
                    and v.status == c.status
                    and v.place_country == c.place_country
                ),
                None,
            )
            if led is not None:
                c.date, c.date_text = led.date, led.date_text
    # the stops are the visits (annotation.md: an official travels to another country)
    return [c for c in candidates if id(c) not in with_legs]


# the way an itinerary reaches a stop: "goes to Quito", ", then to Santiago", "wraps up in X"
_LEG_TO = re.compile(
    r"(?:\b(?:goes|travels|continues|heads|moves\s+on)\s+(?:on\s+)?to|,\s+then\s+(?:on\s+)?to"
    r"|\b(?:wraps\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+\w+\s+)?in)\s+$"
)


def leg_visits(candidates: list[Candidate], home: str | None) -> list[Candidate]:
    """A planned meeting at a stop of an itinerary ("goes to Quito, where President A will
    host him on Tuesday", "then to Santiago on Wednesday to see President B") is also a
    visit there of the home side, when no visit to that country is told."""
    if not home:
        return candidates
    visited = {c.place_country for c in candidates if c.kind == "visit"}
    out: list[Candidate] = []
    for c in candidates:
        out.append(c)
        if (
            c.kind != "meeting"
            or c.status != "planned"
            or not c.place
            or c.place_country in (None, home)
            or c.place_country in visited
        ):
            continue
        text, base = c.sentence.text, c.sentence.start
        at = text.find(c.place)
        if at < 0 or not _LEG_TO.search(text[max(0, at - 40) : at]):
            continue
        mine = [p for p in c.persons if p.country == home]
        described = [
            {**d, "role": "traveler"} for d in c.described if d.get("country") == home
        ]
        if len(mine) + len(described) != 1:
            continue
        v = Candidate("visit", None, c.sentence, (base + at, base + at + len(c.place)))
        v.persons, v.described = mine, described
        v.roles = {p.key: "traveler" for p in mine}
        v.date, v.date_text, v.status, v.tense = c.date, c.date_text, "planned", "future"
        v.place, v.place_country = c.place, c.place_country
        v.evidence = [v.trigger]
        visited.add(c.place_country)
        out.append(v)
    return out


def overlap(a: str, b: str) -> bool:
    """Do two EDTF dates share a day? (spans from relations_db.dates)"""
    x, y = parse_date(a), parse_date(b)
    return x.start <= y.end and y.start <= x.end


def _day_range(date: str) -> bool:
    """A span of named days ("from 6 to 8 February 2024"), not a month or a year."""
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", date))


def _narrower(a: str, b: str) -> bool:
    """Is date `a` a strictly shorter span inside date `b`?"""
    x, y = parse_date(a), parse_date(b)
    return (x.end - x.start) < (y.end - y.start) and y.start <= x.start and x.end <= y.end

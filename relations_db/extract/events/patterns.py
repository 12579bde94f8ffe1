"""The trigger words of each kind of event and the cue patterns shared by several stages.

TRIGGERS lists (kind, subtype, compiled regex) for meetings, visits, incidents and sanctions;
_KEYS names the cheap substrings that must occur in a sentence before its regexes are tried.
The patterns below them are the ones more than one stage reads (a pattern one stage reads
lives in that stage's module).
"""

from __future__ import annotations

import re

# Number words from two to ten, for counts ("three meetings", "ten times").
_SMALL_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten"
# the rank of one of a count: "the third such intercept this year"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"

_MEETING = [
    (
        "video-call",
        r"\b(?:met|meet(?:s|ing)?)\s+virtually\b|\bvirtual(?:ly)?\s+(?:meeting|summit|"
        r"conversation|call|talks)\b|\bvideo\s*(?:call|conference|link)s?\b|\bvideoconference\b",
    ),
    (
        "call",
        r"\b(?:phone|telephone)\s+(?:call|conversation|talk|meeting)s?\b|"
        # ("The two leaders spoke in April": a call, dated as "spoke on Monday" is)
        r"(?<=[a-z.]\s)spoke(?=\s+(?:on|today|yesterday|this|last|earlier|again|(?-i:[A-Z])\w+day|"
        r"in\s+(?:(?:early|mid|late)[\s\-]+)?(?-i:January|February|March|April|May|June|July|"
        r"August|September|October|November|December))\b)|\b(?:spoke|speak|speaking|spoken"
        r"|talked)\b(?:\s+\w+){0,3}?\s+(?:with|to\s+(?:President|Prime|Chancellor|Xi|his|her|"
        # "spoke to Commerce Secretary A", "spoke to Foreign Minister B"
        r"(?-i:(?:[A-Z][\w\-]+\s+){0,3}(?:Secretary|Minister|Premier|Ambassador)(?=\s+[A-Z])))|by\s+"
        r"(?:phone|telephone))\b|(?<=[\w,]\s)by\s+(?:phone|telephone)\b|\b(?:a|the|this|their|that|our)\s+(?:recent\s+|last\s+|next\s+)?"
        r"call\b(?!\s+(?:on|for)\b)|\bcall\s+(?:with|between)\b|\b(?:call(?:ed|s)?|phoned|rang)\s+"
        r"(?=(?:me|him|her|us|them)\b|(?:President|Prime|Chancellor|Premier|Secretary|Minister)\b)",
    ),
    # a named leaders' retreat ("the 12th Chile-Peru Leaders' Retreat") is a summit
    # (and "the Conference of Heads of State and Government of X": a group's summit)
    (
        "summit",
        r"\bsummits?\b|(?-i:\bRetreats?\b)|\bleaders[’']?\s+retreats?\b|"
        r"(?-i:\bConference\s+of\s+(?:the\s+)?Heads\s+of\s+State)\b",
    ),
    ("dinner", r"\b(?:dinner|luncheon|banquet|lunch|breakfast)\b"),
    ("working-group", r"\bworking\s+groups?\b"),
    (
        "talks",
        # "expect them to talk again": the next contact of the pair, in whatever form
        r"\b(?:talk|speak)\s+again\b|"
        r"\bmet\b|\bmeets\b|\bmeet\b(?!\s+(?:the|our|its|their)\s+(?:needs?|goals?|"
        r"commitments?|demands?|challenges?))|\bmeetings?\b|\btalks\b|\b(?:sat|sits?|sitting)\s+down\s+"
        r"(?:together\s+|one[\s\-]on[\s\-]one\s+|privately\s+)?with\b|"
        # "They last sat down in X in January": the plural subject's meeting (scan
        # keeps it only after "they", "the two", "both")
        r"\b(?:sat|sits?|sitting)\s+down(?=\s+(?:together|again|in|at|on|for|last|this|"
        r"earlier|yesterday|today)\b)|"
        # "will hold a bilateral with Prime Minister A": the noun, as "a bilat"
        r"\bbilaterals?(?=\s+with\b)|"
        r"\bdialogue\b|\bconversations?\b|\bt[eê]te[\s\-]+[aà][\s\-]+t[eê]tes?\b(?!\s+meeting)|\bpull[\s\-]asides?\b|\bdiscussions?\s+(?:[\w’'\-]+\s+){0,7}?(?:with|between)\b|"
        # "Today we had a very substantive discussion on energy": the talks of the subject
        r"\b(?:had|held|have|hold|having)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,4}?discussion\b|\bdiplomacy\s+(?:[\w’'\-,]+\s+){0,8}?between\b|\bnegotiations?\b|\bministerials?\b(?!\s+level\b)|"
        r"\btwo[\s\-]plus[\s\-]two\b|\b(?:remain|stay|keep)\s+in\s+(?:close\s+)?(?:touch|contact)\b|"
        # "A had a contact with Ms. B, Deputy Director-General of X": a brief exchange with a
        # titled or addressed person
        r"\b(?:had|has|have|having|made)\s+(?:an?\s+)?(?:brief\s+|short\s+|direct\s+)?"
        r"contacts?\s+with\s+(?=(?-i:(?:the\s+)?(?:[A-Z][\w.\-]*(?:[’']s)?\s+){0,3}"
        r"(?:President|Prime|Foreign|Minister|Secretary|Chancellor|Premier|Ambassador|Deputy|"
        r"Director|Vice|King|Emir|Crown|Mr\.?|Ms\.?|Mrs\.?)\b))|"
        # an itinerary's leg: "then to Guatemala City on Wednesday to see President A"
        # (and the plan of one: "will see President A on Thursday", "would also see B": a
        # person's name must follow, see scan)
        r"\b(?:will|would)\s+(?:also\s+)?see\s+(?=(?-i:[A-Z]))|(?<=[’']ll\s)see\s+(?=(?-i:[A-Z]))|"
        # ("where he may see President A": a possible leg, only before an office)
        r"\b(?:to|may|might|could)\s+(?:also\s+)?see\s+(?=(?-i:(?:President|Prime\s+Minister|King|Queen|Chancellor|Emir|Premier|"
        r"Foreign\s+Minister|Crown\s+Prince)\s+[A-Z]))|"
        # the itinerary's last leg: "and he wraps up in Santo Domingo with President A"
        r"\b(?:wrap(?:s|ped)?\s+up|end(?:s|ed)?|finish(?:es|ed)?|conclude(?:s|d)?)\s+"
        r"(?:(?:his|her|the)\s+(?:trip|tour|journey)\s+)?(?=in\s+(?-i:[A-Z])[\w\-]+(?:\s+"
        r"(?-i:[A-Z])[\w\-]+)*\s+with\s+(?-i:(?:President|Prime\s+Minister|King|Queen|Chancellor|"
        r"Emir|Premier|Foreign\s+Minister|Crown\s+Prince)\s+[A-Z]))|"
        # ("A and B opened the annual consultations in X": each verb in any tense)
        r"\b(?:open\s+a\s+process\s+of\s+|(?:launch(?:es|ed|ing)?|begin(?:s|ning)?|began|"
        r"open(?:s|ed|ing)?|start(?:s|ed|ing)?|hold|holds|held|holding|continu(?:e|es|ed|ing))\s+"
        r"(?:a\s+process\s+of\s+)?)"
        # ("held the annual X-Y Foreign Ministers' Consultations": a possessive among the words)
        r"(?:[\w\-’']+\s+){0,6}?consultations?\b|"
        # "agreed to hold the next round in Brasilia": a session of the talks named before
        r"\b(?:hold|held|holding|convene|convened)\s+(?:the|a|its|their)\s+(?:next|first|second|third|"
        r"fourth|fifth|sixth|new|\w+th)\s+round\b|\bconven(?:e|es|ed|ing)"
        # ("to convene, in partnership with the Government of X, the Conference on Y")
        r"(?:,\s+in\s+(?:partnership|cooperation|conjunction)\s+with\s+[^,;]{1,60},)?\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        r"(?:[\w\-–’']+\s+){0,5}?(?:commission|council|cabinet|committee|forum|mechanism|dialogue|group|"
        r"meeting|session|summit|conference)\b|\bcourtesy\s+call\s+on\b|\bco-?chair(?:s|ed|ing)?\b|"
        # "A and B chaired the X-Y Joint Commission": a body of two governments in session
        r"\bchair(?:s|ed|ing)?\s+(?:the|a|its|their)\s+(?:[\w\-–’']+\s+){0,5}?(?-i:Joint\s+)?"
        r"(?-i:Commission|Committee|Dialogue|Mechanism|Consultations)\b|\bconsultations?\s+between\b|\bconferences?\s+between\b|"
        # "A and B held a joint press conference", "at a joint news conference with B": the
        # two were together (one meeting with their talks)
        r"\bjoint\s+(?:press|news|media)\s+(?:conference|briefing|availability|"
        r"appearance)s?\b|\bnegotiate\b|\b2\s*\+\s*2\b|\bbilats?\b|"
        r"\bconsult(?:ations?|ed|ing)?\b(?=(?:\s+[\w’'\-]+){0,5}?\s+with\b)|"
        # "will discuss them with Foreign Minister A": talks with a titled or named person
        # ("discussed further sanctions against Y with X's Foreign Minister A"; "raised the
        # matter with Foreign Minister A", "will raise it with his Tajik counterpart")
        # (not "raise trade in the meeting with President A": the meeting is the trigger)
        r"\b(?:discuss(?:es|ed|ing)?|rais(?:e|es|ed|ing))\s+(?:(?!(?:meeting|talks|call)\b)"
        r"[\w’'\-]+\s+){1,6}?with\s+"
        r"(?=(?:the\s+)?(?:[A-Z][\w.\-]*(?:[’']s)?\s+){0,3}"
        r"(?:President|Prime|Foreign|Minister|Secretary|Chancellor|Premier|Ambassador|"
        r"Defen[cs]e|Vice|Deputy|King|Emir|Crown|Mr\.?|Ms\.?)\b|(?:his|her)\s+(?-i:[A-Z])\w+"
        r"\s+counterpart\b)|"
        # "where President A and I will discuss a migration agreement": a speaker's talks with
        # the person named with "I" (the pair as the subject; "my colleagues and I" is no
        # foreign party)
        r"(?<=[a-z]\s)and\s+(?-i:I)\s+(?:will\s+|would\s+|also\s+)?"
        r"discuss(?:ed)?(?=\s)|"
        # "discussed the Houthi threat to regional shipping with Omani officials": talks with
        # officials a demonym names
        r"\bdiscuss(?:es|ed|ing)?\s+(?:[\w’'\-]+\s+){1,8}?with\s+(?=(?-i:[A-Z])[\w\-]+\s+"
        r"(?:government\s+)?(?:officials|counterparts|authorities)\b)|"
        # "called on President A": a visit of courtesy, not "called on A to release B" (a
        # form of address may come first: "called on His Highness Sheikh A")
        # ("called on Samoan Foreign Minister A": a demonym before the title)
        r"\bcall(?:ed|s|ing)?\s+on\s+(?=(?:the\s+|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|"
        r"Excellency)\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w\-]*\s+){0,2}?"
        r"(?:President|Prime|King|Queen|Crown|Emir|"
        r"Amir|Chancellor|Premier|Minister|Foreign|Secretary|Governor|Speaker|Vice|Deputy|"
        r"Sultan|Sheikh|H\.E\.)\b)(?![^.;]{0,80}?(?<!\band\s)\bto\s+(?!the\b|his\b|her\b)[a-z]+\b)"
        # ("called on President A and Prime Minister B to hold talks": a longer list of
        # objects, no comma before the infinitive)
        r"(?![^.;,]{80,160}?(?<!\band\s)\bto\s+(?!the\b|his\b|her\b)(?-i:[a-z]+)\b)|"
        # "The Russian Ambassador, A, was summoned by the Ministry on Tuesday", "was called in
        # by State Secretary B": a passive summons (the envoy before it)
        r"\b(?:was|were|been)\s+(?:summoned|called\s+in)\s+(?=by\b)|"
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
        # "Treasury and PRC officials also held a technical exchange on X on October 2": talks
        # described by their kind and topic or partner (not "an exchange of fire", "had just had
        # a successful exchange", of prisoners)
        r"\b(?:hold|holds|held|holding|have|has|had|having)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?"
        r"exchanges?\s+(?:on|with|about)\b|"
        # "A exchanged views with B on X", "A and B exchanged views", "held an exchange of
        # views": talks reported as done (not "ready to have an exchange of views with you",
        # said at the meeting itself, nor "will exchange views": its own mention)
        r"\bexchanged\s+(?:(?:their|frank|candid|in-depth|detailed)\s+){0,2}"
        r"(?:views|opinions)\b|\b(?:held|had)\s+(?:an?\s+)?(?:[\w\-]+\s+)?exchanges?\s+of\s+"
        r"(?:views|opinions)\b|"
        # "will have an audience with His Majesty King A"
        # "was granted a royal audience by King B", "received in audience by the Emir"
        # ("granted an audience to Minister B", "gave a private audience to A": the host's)
        r"\b(?:ha(?:ve|s|d|ving)|hold|held|grant(?:s|ed)?|give[sn]?|gave|received\s+in)\s+"
        r"(?:an?\s+)?(?:(?-i:[a-z])[\w\-]+\s+)?audiences?\s+(?:with|by|to)\b|"
        # "the program included an audience with President A": the noun and its person
        r"\ban\s+(?:(?-i:[a-z])[\w\-]+\s+)?audience\s+with\s+(?=(?:the\s+|His\s+|Her\s+)?(?-i:[A-Z]))|"
        # "B was welcomed at the airport by Vice President A": the two meet on arrival
        r"\b(?:welcomed|greeted|received|met)\s+at\s+the\s+airport\s+by\b|"
        # "received a courtesy call from Vice Minister B": the host's side of the call on him
        r"\breceiv(?:ed|es|ing)?\s+(?:a\s+)?courtesy\s+calls?\s+from\b|"
        # "received in his office in Riyadh today the Ambassador of X, A": the host, a place
        # or time, then the guest's office
        r"\breceiv(?:ed|es|ing)\s+(?:(?:in|at)\s+(?:his|her|the)\s+office(?:\s+in\s+(?-i:[A-Z])[\w\-]*)?"
        r"\s+(?:today\s+|yesterday\s+)?|(?:today|yesterday)\s+)(?=(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?-i:Ambassador|Minister|President|Prime|Secretary|Deputy|Vice|Foreign|King|Crown|Envoy)\b)|"
        # "A conferred with B": talks told by their verb
        r"\bconfer(?:s|red|ring)?\s+with\b|"
        # "the session between A and B was postponed": a sitting of two named sides
        r"\bsessions?\s+between\b|"
        # "A and B witnessed the signing of three agreements": the witnesses are together
        r"\bwitnessed\s+the\s+(?:[\w\-]+\s+)?(?:signing|exchange)\b(?!\s+by\b)|"
        # "sat with his Peruvian counterpart on the sidelines": a sitting together (a person
        # or a capitalised office must follow)
        r"\b(?:sat|sits?|sitting)\s+with\s+(?=(?:his\s+|her\s+|the\s+)?(?-i:[A-Z]))|"
        # "A and B signed an agreement on visas", "during which they signed a Joint
        # Declaration", "exchanged notes on a loan": the signatories meet (kept only with two
        # people of two countries, see scan)
        r"\b(?:signed|exchanged|initial{1,2}ed)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?"
        r"(?:[\w\-]+\s+){0,4}?(?:agreements?|accords?|memorand(?:um|a)|declarations?|"
        r"treat(?:y|ies)|notes|MoUs?|MOUs?|protocols?|arrangements?)\b|"
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
        # "the presidents will task out further work to their teams": the same, told by the work
        r"\b(?:task|assign|hand|give)(?:s|ed)?\s+(?:out\s+)?(?:[\w\-]+\s+){0,3}?to\s+their\s+"
        r"(?:teams|ministers|advis[eo]rs|representatives|negotiators|officials|staffs|envoys)\b|"
        r"\b(?:share|exchange)\s+(?:[\w\-]+\s+){0,3}?between\s+their\b|"
        r"(?<!\bas\s)(?<!\bthe\s)(?<!\ba\s)\b(?:welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing))"
        r"(?!\s+of\b)(?:\s+(?=(?:him|her)\b(?!\s+(?:[\w\-]+\s+){0,2}?counterparts?[’']s?\s))|"
        # "where President A will host him" (not "her X counterpart's statement")
        # (not "welcomed the State Department's designation", "Mongolia's efforts", "Fijian
        # Prime Minister A's decision": a thing)
        r"\s+(?!(?:the\s+)?(?-i:(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*[’']s\s+(?!(?:visit|"
        r"trip|arrival|delegation|counterpart|foreign|prime|defen[cs]e|minister|president)\b)"
        r"[a-z]))"
        # (nor "welcomed his Thai counterpart's statement": the counterpart's thing)
        r"(?!(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?counterparts?[’']s?\s+(?!(?:visit|trip|"
        r"arrival|delegation)\b)[a-z])"
        # (nor "welcomed the 17th India-Japan Foreign Ministers' Strategic Dialogue": an event)
        r"(?!(?:the\s+)?(?:(?!(?:for|to|at|in|on|with)\b)[\w\-’']+\s+){0,6}?(?-i:Dialogue|Summit|"
        r"Forum|Commission|Council|"
        r"Meeting|Conference|Consultations|Mechanism|Agreement|Partnership|Declaration|"
        # ("when Yokohama hosts the International Horticultural Expo": an event, no guest)
        r"Expo|Exhibition|Games|Olympics|Cup|Championships?|Festival|Fair|Congress|Assembly)\b)"
        r"(?=(?:the\s+|his\s+|"  # not "welcomed the decision of Greece"
        r"her\s+|their\s+)?(?:(?!of\b)[\w\-]+\s+){0,2}?(?-i:[A-Z])[\w.’'\-]+"
        # "will host foreign ministers from A, B and C": office holders of named countries
        r"|(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:ministers|leaders|counterparts|envoys|delegations"
        r"|heads\s+of\s+(?:state|government))\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z])))|\bspen[dt]\s+(?:\w+\s+){0,3}?"
        # ("spent Monday in Lima with B": a day and its place before the company)
        r"(?:days?|hours?|time|evening|afternoon|morning|weekend|(?-i:[A-Z])[a-z]*day)\s+"
        r"(?:in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?\s+)?(?:together\s+)?with\b|"
        # "joined A and B for a trilateral session": a sitting of several sides by its kind
        r"\b(?:trilateral|bilateral|quadrilateral|tripartite|four-way|three-way)\s+sessions?\b",
    ),
    # "will attend the ASEAN Regional Forum in Vientiane", "took part in the OSCE Ministerial
    # Council": a named gathering of a group the person attends
    (
        "talks",
        r"\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+"
        r"part\s+in)\s+(?:the\s+)?(?=(?-i:[A-Z])[\w\-]*\s+(?:(?-i:[A-Z])[\w\-’']*\s+){0,3}?"
        r"(?:Regional\s+Forum|Ministerial\s+Council|Ministerial|Conference|Forum))|"
        # "the X-Y joint commission on trade will convene in Nairobi next year": a body of two
        # governments as the subject of its future sitting
        # (the body as the subject, not "the meeting of the X Commission, which is to convene")
        r"(?<!\bof\s)\bthe\s+(?:(?!of\b)[\w\-–]+\s+){0,6}?(?:commission|committee|mechanism)"
        r"(?=,?\s+(?:[\w\-,]+\s+){0,8}?(?:will|shall|is\s+to|are\s+to|is\s+expected\s+to|"
        r"is\s+scheduled\s+to)\s+(?:next\s+|again\s+|also\s+)?(?:convene|meet|sit)\b)|"
        # "to review the arrangement that they reached in Kuala Lumpur last fall": the meeting
        # where it was reached
        r"\b(?:arrangements?|understandings?|consensus|agreements?|deal)\s+(?:that\s+|which\s+)?"
        r"(?:they|the\s+two\s+(?:leaders|sides|presidents|ministers)|both\s+sides)\s+(?:had\s+)?"
        r"reached\b|"
        # "The first round of consultations will take place in Accra": talks of the two sides
        r"\brounds?\s+of\s+(?:[\w\-]+\s+){0,2}?consultations\b|"
        # "to resume their maritime consultations": talks of the two sides
        r"\b(?:resume|hold|continue|launch)\s+(?:their|the|its)\s+(?:[\w\-]+\s+){0,2}?"
        r"consultations\b|"
        # "the EU-Iran consultations at the level of deputy ministers": of the pair named
        r"(?<=[\-–])(?-i:[A-Z])[\w.]*\s+(?:[a-z][\w\-]*\s+){0,2}?consultations\b|"
        # "The consultations were originally planned to start in April but were postponed",
        # "The session, which had been planned for May, was postponed": a session of the
        # talks told before, as the subject of its plan or its calling off
        r"(?-i:\b[Tt]he\s+(?:consultations|session))(?=(?:,[^,;.]{1,80},)?\s+(?:was|were|"
        r"ha(?:d|s|ve)\s+been)\s+(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|"
        r"postponed|cancelled|canceled|called\s+off|delayed)\b)|"
        # "The last round was in Honolulu in November": a round of the talks told before
        r"(?-i:\b[Tt]he\s+(?:last|previous|latest|next)\s+round\b)(?=\s+(?:was|took\s+place|"
        r"will\s+be|is\s+(?:to\s+be|expected|scheduled)))|"
        # "The 14th Annual Consultation will be held in Indonesia in 2020": a numbered session
        r"(?-i:\b(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|"
        r"[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Nn]ext)\s+(?:[A-Z][\w\-]*\s+){0,3}"
        r"Consultations?\b)|"
        # "the 6th Session of the Joint Permanent Commission will take place in X in 2026",
        # "the first session of the new Mechanism ... will be held in Y": a numbered session to
        # come of a body of the two (not one only named: "discussed the fourth session of X,
        # which had been scheduled ... but was postponed")
        r"(?-i:\b(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|"
        r"[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Nn]ext)\s+(?:[Ss]essions?|[Rr]ounds?|[Ee]ditions?))"
        r"(?=\s+of\s+(?:the\s+)?"
        r"(?:[\w\-–]+\s+){0,6}?(?-i:[A-Z])[^.;]{0,100}?\b(?:will|shall|is\s+to|are\s+to)\s+"
        r"(?:\w+\s+)?(?:take\s+place|be\s+held|convene|meet)\b)",
    ),
]
# a weekday, month or day word: "departs Sunday for Nairobi" leaves no town
_WHEN_WORD = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day\b|Tomorrow\b|Tonight\b|January\b|"
    r"February\b|March\b|April\b|May\b|June\b|July\b|August\b|September\b|October\b|"
    r"November\b|December\b"
)
_VISIT = (
    r"\bvisit(?:s|ed|ing)?\b|\btrips?\b|\btours?\s+of\b|\btravel(?:l)?(?:ed|s|ing)?\s+"
    # (the means between the verb and the place: "travelled by train to Kyiv")
    r"(?:(?:by\s+(?:train|car|road|air|plane|helicopter|boat|ship|sea|land|rail)|overnight)\s+)?"
    r"(?:on\s+)?to\b|"
    # "his arrival in Tokyo", "upon her arrival in X": the arrival told by its noun; "during
    # his stay in Riyadh": a stay of one's own
    r"\barrival\s+in\b(?=\s+(?-i:[A-Z]))|"
    # "While in Astana on Monday, A held talks with B": a stay the opening phrase tells;
    # "A greeted B at the airport in X": B arrives
    r"\bwhile\s+in\b(?=\s+(?-i:[A-Z]))|"
    # "a stop in Accra", "a swing through West Africa", "a stopover in Doha": legs of a trip
    # (an indefinite or owned stop: "The stop in Muscat" is a stop told already)
    r"\b(?:a|an|his|her|their|one)\s+(?:[a-z\-]+\s+)?(?:stop(?:over)?|swing)\s+(?:in|through)\b"
    r"(?=\s+(?-i:[A-Z]))|"
    # "on his way to Vientiane, where he is to attend X": the next destination
    r"\b(?:on|en)\s+(?:his|her|their|the)\s+way\s+to\b(?=\s+(?-i:[A-Z]))|"

    r"(?<!\boff\s)\bat\s+the\s+airport\b|(?<=\bhis\s)stay\s+in\b(?=\s+(?-i:[A-Z]))|"
    r"(?<=\bher\s)stay\s+in\b(?=\s+(?-i:[A-Z]))|(?<=\btheir\s)stay\s+in\b(?=\s+(?-i:[A-Z]))|"
    # "touched down in Tokyo", "flew into Warsaw", "spent two days in Japan"
    r"\breach(?:ed|es)\s+(?=(?-i:[A-Z])[\w\-’']+(?:\s+(?-i:[A-Z])[\w\-’']+)?(?:\s+(?:on|late|early|"
    r"this|last|yesterday|today)\b|[,.;]))|"
    r"\btouch(?:ed|es)?\s+down\s+in\b(?=\s+(?-i:[A-Z]))|\bfl(?:ew|ies|y)\s+into\b(?=\s+(?-i:[A-Z]))|"
    r"\bspen[dt]\s+(?:two|three|four|five|six|several|a\s+few|\d)\s+(?:days|nights)\s+in\b(?=\s+(?-i:[A-Z]))|"
    # "will travel from Port Moresby to New Zealand": the town left, then the destination
    r"\b(?:travel(?:l)?(?:ed|s|ing)?|fl(?:y|ies|ew|ying))\s+from\s+(?-i:[A-Z])[\w\-]*"
    r"(?:\s+(?-i:[A-Z])[\w\-]*)?\s+to\b(?=\s+(?-i:[A-Z]))|"
    r"\b(?:continu(?:e|es|ed|ing)|go(?:es)?|went|fl(?:y|ies|ew))\s+on\s+to\b|"
    r"\bfl(?:y|ies|ew|ying)\s+(?:on\s+)?to\s+(?=(?-i:[A-Z]))|\bland(?:s|ed|ing)?\s+(?:in|at)\s+(?=(?-i:[A-Z]))|"
    r"\bhead(?:s|ed|ing)?\s+(?:on\s+)?to\b(?=\s+(?-i:[A-Z]))|\bdepart(?:s|ed|ing)?\s+for\b|"
    # "departs tomorrow for Hanoi", "departs on Sunday for X": the time, then the destination
    r"\bdepart(?:s|ed|ing)?\s+(?:today|tonight|tomorrow|(?:on|this|next|early|late)\s+\w+)\s+"
    r"for\b(?=\s+(?-i:[A-Z]))|"
    # "will depart Washington on Monday for Warsaw": the town left, then the destination
    r"\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+(?!" + _WHEN_WORD + r")(?-i:[A-Z])[\w\-]*"
    r"(?:\s+(?-i:[A-Z])[\w\-]*)?"
    r"(?:\s+(?:on|this|next|early|late)\s+\w+)?\s+for\s+(?=(?-i:[A-Z]))|\barriv(?:e|es|ed|ing)"
    r"(?:\s+(?:by\s+(?:train|car|road|air|plane|helicopter|boat|ship|sea|land|rail)|overnight|"
    r"safely))?\s+in\b|\b(?:led|lead|leads|leading)\s+(?:a\s+|the\s+)?(?:[\w.\-]+\s+){0,2}(?:delegation|mission)\s+to\b|\bcame\s+to\b|"
    r"\breturn(?:s|ed|ing)?\s+to\s+(?=[A-Z])|"
    r"(?<=[’']s\s)(?:[\w\-]+\s+)?travel\b|\b(?:his|her|their)\s+(?:[\w\-]+\s+)?travel\b|"
    r"\b(?:was|were|will\s+be|would\s+be|had\s+been)\s+(?:just\s+|recently\s+|already\s+){0,2}in\s+"
    r"(?=[A-Z])|"
    # the present stay: "A is in Jakarta on an official visit", "who are in Seoul this week"
    # (a place foreign to the traveler, as for "was in")
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?in\s+(?=(?-i:[A-Z]))|"
    # an aside of a stay with its purpose: "A, in Kyiv for talks on energy, said ...", "B, in
    # Lima to attend the summit, ..." (not a month: ", in March for the first time")
    r",\s+in\s+(?!" + _WHEN_WORD + r")(?=(?-i:[A-Z])[\w\-’']+(?:\s+(?-i:[A-Z])[\w\-’']+){0,2}\s+"
    r"(?:for\s+(?:talks|a\s+|an\s+|the\s+|his\s+|her\s+|meetings|consultations)|to\s+(?:attend|"
    r"meet|sign|discuss|take\s+part|join)\b|on\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:visit|trip|tour)\b))|"
    # "He is expected in Georgetown later this month": a planned stay there
    r"\b(?:is|are)\s+(?:also\s+)?expected\s+in\s+(?=(?-i:[A-Z]))|"
    # "A, B and C will be with the President in Beijing", "will accompany the President to X"
    r"\b(?:will\s+be|would\s+be|was|were)\s+with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-’']*\s+){1,3}"
    r"in\s+(?=(?-i:[A-Z]))|\baccompan(?:y|ies|ied|ying)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.\-’']*\s+)"
    r"{1,3}to\s+(?=(?-i:[A-Z]))|"
    # "President A will come to Warsaw later this month", "Is the President coming to X?"
    r"\bcom(?:e|es|ing)\s+to\s+(?=(?-i:[A-Z]))|"
    # "B was scheduled to accompany the foreign minister but cancelled": a companion's trip,
    # to where the one accompanied goes (trips)
    r"\b(?:scheduled|due|set|expected)\s+to\s+accompany\b"
)
# a sea zone after an incursion noun: " into Indonesia's EEZ", " in the North Natuna Sea"
_INTO_SEA = (
    r"\s+(?:into|in)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:waters|sea|EEZ|exclusive\s+"
    r"economic\s+zone|territorial)\b"
)
# A military platform, the actor or the object of an encounter between two countries' forces:
# aircraft and ships by their class, a type designation ("J-16", "Su-35", "Z-9"), or a ship
# by its prefix ("USS A", "HMCS B", "BRP C")
_CRAFT = (
    r"(?:aircraft|jets?|fighters?|bombers?|helicopters?|planes?|drones?|UAVs?|(?:uncrewed|"
    r"unmanned)\s+aerial\s+vehicles?|warships?|vessels?|ships?|destroyers?|frigates?|"
    r"corvettes?|cruisers?|submarines?|boats?|cutters?|carriers?|tankers?)\b"
)
_CRAFT_OBJECT = (
    r"(?:(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w\-’'.]+\s+){0,4}?" + _CRAFT
    + r"|(?:the\s+)?(?-i:[A-Z]{2,5}\s+[A-Z][a-z]|[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?\b))"
)
# how near one came: "within an estimated 15 metres of", "to within 100 yards of"
_WITHIN = (
    r"(?:to\s+)?within\s+(?:an?\s+)?(?:estimated\s+|about\s+|roughly\s+|approximately\s+|"
    r"some\s+|just\s+|only\s+|less\s+than\s+|as\s+little\s+as\s+)?[\d.,]+\s*(?:nautical\s+"
    r"miles|metres|meters|m|yards|feet|ft|kilometres|kilometers|km)\s+of\b"
)
# One force's craft acting on another's (annotation.md: an air or naval intercept): flying
# across its path, circling or buzzing it, closing to a stated distance of it, or, in the
# passive, a craft shadowed or circled by another. The other side is a craft, or the verb
# says it is one ("within 15 metres of", "across the bow of"). Each has keys of its own
# (_OWN_KEYS), not its category's: speed only.
_ENCOUNTER_AIR = (
    r"\b(?:flew|flown|flying|passed|manoeuvred|maneuvered)\s+(?:directly\s+|dangerously\s+|"
    r"closely\s+|aggressively\s+|just\s+|right\s+)?(?:in\s+front\s+of|ahead\s+of|across"
    r"\s+the\s+(?:nose|path)\s+of|under(?:neath)?|over|beneath)\s+" + _CRAFT_OBJECT + r"|"
    r"\b(?:flew|flown|flying|closed|closing)\s+" + _WITHIN + r"|"
    # "fighter jets flew dangerously close to a surveillance plane"
    r"\b(?:flew|flown|flying|sailed|came|passed)\s+(?:dangerously\s+|very\s+|too\s+|extremely\s+|"
    r"unsafely\s+|perilously\s+)?(?:close\s+to|near(?:\s+to)?)\s+" + _CRAFT_OBJECT + r"|"
    r"\b(?:circled|circling|buzzed|buzzing|orbited|tailgated)\s+" + _CRAFT_OBJECT + r"|"
    r"\b(?:close|unsafe|dangerous|unprofessional)\s+encounters?\b"
)
_ENCOUNTER_SEA = (
    r"\b(?:cut|cuts|cutting|crossed|crosses|crossing|sailed|steamed|passed|manoeuvred|"
    r"maneuvered)\s+(?:directly\s+|dangerously\s+|closely\s+|sharply\s+|just\s+)?(?:across\s+|"
    r"in\s+front\s+of\s+|ahead\s+of\s+)?(?:the\s+)?bows?\s+of\b|"
    r"\b(?:cut|cuts|cutting|crossed|crosses|crossing|sailed|steamed)\s+(?:directly\s+|"
    r"dangerously\s+|closely\s+|sharply\s+|just\s+)?(?:in\s+front\s+of|ahead\s+of|across"
    r"\s+the\s+path\s+of)\s+" + _CRAFT_OBJECT + r"|"
    r"\b(?:was|were|been|being)\s+(?:closely\s+|repeatedly\s+|continuously\s+|"
    r"constantly\s+)?(?:shadowed|circled|buzzed|tailed|trailed|tailgated|harassed)\s+"
    r"(?:[\w\-’'.,]+\s+){0,3}?by\s+(?:the\s+|an?\s+|two\s+|three\s+|four\s+|\d+\s+)?"
    r"(?:[\w\-’'.]+\s+){0,4}?" + _CRAFT
)
_INCIDENT = [
    (
        "airspace",
        # ("operating in international airspace": no one's)
        r"\bballoons?\b|\bunidentified\s+(?:aerial\s+)?objects?\b|(?<!international\s)\bairspace\b|"
        # (not a ship's: "Coast Guard incursions in the X Sea", "incursions into its EEZ")
        r"(?<!guard\s)(?<!naval\s)(?<!maritime\s)\bincursions?\b(?!" + _INTO_SEA + r")|"
        # "aircraft entered Japan's air defence identification zone 23 times"
        r"\b(?:enter(?:ed|s|ing)?|flew\s+into|violated)\s+(?:[\w’'\-]+\s+){0,2}(?:air\s+"
        r"defen[cs]e\s+identification\s+zone|ADIZ)\b|"
        # "sent 20 aircraft into Taiwan's air defence zone"
        r"\b(?:sent|flew|dispatched)\s+(?:[\w\-]+\s+){0,3}?into\s+(?:[\w’'\-]+\s+){0,2}?air\s+"
        r"defen[cs]e\s+(?:identification\s+)?zone\b|"
        # "a Tajik unmanned aerial vehicle was detected over the territory of the X district":
        # a craft seen over another's land
        r"\b(?:unmanned\s+aerial\s+vehicles?|UAVs?|drones?|helicopters?|aircraft)\s+(?:was\s+|"
        r"were\s+)?(?:detected|spotted|sighted|observed|flew|hovered)\s+over(?=\s+(?:the\s+)?"
        r"(?:territory\s+of\s+(?:the\s+)?)?(?-i:[A-Z]))|"
        # "the number of violations of the state border", "three violations of its airspace"
        r"\bviolations(?=\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:state\s+)?(?:border|"
        r"frontier|airspace)\b)",
    ),
    (
        "air-intercept",
        # (not one avoided: "forcing the vessel to stop its engines to avoid a collision")
        r"\bintercept(?:s|ed|ion|ions)?\b|\bconfrontations?\b|"
        r"(?<!avoid\sa\s)(?<!avoiding\sa\s)(?<!prevent\sa\s)\bcollisions?\b|"
        # "a coast guard vessel collided with a supply boat": the collision told by its verb
        r"\bcollid(?:ed|es|ing)\s+with\b|"
        r"\bunsafe\s+maneuvers?\b|"
        # one manoeuvre told as done: "carried out an unsafe manoeuvre near a frigate", "made
        # a dangerous and unprofessional maneuver" (either spelling; not a characterisation,
        # "concern over the dangerous maneuvers and use of water cannons", one incident)
        r"\b(?:carried\s+out|conducted|made|performed|executed|in)\s+(?:an?|one|two|three|several|"
        r"repeated)\s+(?:[a-z]+\s+){0,1}(?:unsafe|dangerous|unprofessional|aggressive|reckless|"
        r"provocative)\s+(?:and\s+[a-z]+\s+)?(?:manoeu?vr(?:es?|ing)|maneuver(?:s|ing)?)\b|"
        # "fighters were scrambled to identify two bombers": an intercept by its purpose
        r"\bscrambled\s+to\s+(?:identify|escort|shadow|track|monitor)\b|"
        # "fighters were scrambled in response": the reply to a flight the sentence before told
        r"\bscrambled\s+(?:[\w\-]+\s+){0,2}?in\s+response\b|"
        # "fighters scrambled 159 times in April to June": a count of intercepts
        rf"\bscrambled\s+(?:\d[\d,]*|{_SMALL_NUMBERS})\s+times\b",
    ),
    (
        "military-drill",
        r"\b(?:military\s+)?drills\b|\b(?:military|live[\s\-]fire)\s+exercises?\b|"
        r"\bwar\s*games\b|"
        r"\bjoint\s+(?:[\w\-]+\s+){0,2}exercises?\b|"
        # "two H-6 bombers conducted a joint flight with Russian Tu-95 bombers"
        r"\bjoint\s+(?:air\s+|naval\s+|bomber\s+|strategic\s+)?(?:flights?|patrols?)\b",
    ),
    (
        "missile-launch",
        r"\b(?:launched|fired)\s+(?:[\w\-]+\s+){0,5}missiles?\b|\bmissile\s+(?:launch"
        r"|test|provocation|firing)(?:es|s)?\b|\blaunch(?:es)?\s+of\s+(?:an?\s+)?(?:[\w\-]+\s+){0,6}"
        r"(?:missiles?|rockets?|satellites?)\b|"
        # "the launch of a Hwasong-18 on April 13": a missile named by its designation
        r"\blaunch(?:es)?\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?-i:[A-Z][A-Za-z]*-\d+[A-Z]?)\b|"
        r"\b(?:missiles?|rockets?|drones?|shells?)\s+(?:that\s+|"
        r"which\s+)?(?:crashed|struck|hit|landed|fell)\b|"
        # "a drone launched from Russian territory crashed near the village"
        r"\b(?:missiles?|rockets?|drones?)\s+(?:launched|fired|flying)\s+(?:from|by|over)\s+"
        r"(?:[\w’'\-]+\s+){1,4}?(?:crashed|struck|hit|landed|fell)\b|"
        # "launched more than 30 ballistic missiles since January, including an ICBM on 12 July":
        # the one the count includes, an occurrence of its own
        r"\bincluding\s+(?:an?|one)\s+(?:[\w\-]+\s+){0,2}(?:ICBM|SLBM|missile|rocket)\b"
        r"(?=\s+(?:on|in)\s+(?:\d|(?-i:[A-Z])))|"
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
        r"|\b(?:enter(?:ed|s|ing)?|sailed\s+into|violat(?:ed|es|ing)|breach(?:ed|es|ing)|"
        r"conducted\s+(?:[\w\-]+\s+){0,2}?in)\s+"
        r"(?:[\w’'\-]+\s+){0,2}(?:territorial\s+(?:sea|waters)|exclusive\s+economic\s+zone|"
        r"EEZ)\b"
        # "six separate entries by X Coast Guard vessels into Y's EEZ", "Coast Guard
        # incursions in the X Sea": entries of ships, counted or not
        r"|\b(?:entr(?:y|ies)|incursions?|intrusions?)\s+by\s+(?:[\w\-()’']+\s+){0,5}?"
        r"(?:vessels?|ships?|boats?|warships?)\s+into\b"
        r"|\b(?:guard|naval|maritime)\s+incursions?\b|\bincursions?(?=" + _INTO_SEA + r")"
        # "vessels operating in the Indonesian EEZ": foreign ships in another's zone
        r"|\b(?:vessels|ships|boats|trawlers)\s+(?:were\s+)?(?:operating|fishing)\s+"
        r"(?:illegally\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:EEZ|"
        r"exclusive\s+economic\s+zone|territorial\s+(?:sea|waters))\b"
        # "a submarine was detected in Norway's territorial waters": a craft found there
        r"|\b(?:was|were)\s+(?:detected|spotted|sighted|found|seen|tracked)\s+(?:in|inside|"
        r"within)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?(?:territorial\s+(?:sea|waters)|EEZ|"
        r"exclusive\s+economic\s+zone)\b"
        # "approached to within 0.4 nautical miles of the survey vessel"
        r"|\b(?:approached|came|sailed)\s+(?:to\s+)?within\s+[\d.,]+\s+(?:nautical\s+miles|"
        r"metres|meters|yards|feet|kilometres|km)\s+of\b"
        # "a research vessel had conducted a survey without Japan's consent"
        r"|\bsurveys?\s+without\s+(?:[\w’'\-]+\s+){0,2}(?:consent|permission|authori[sz]ation)\b"
        # "a helicopter hovered at low altitude over the PCG vessel for about 20 minutes"
        r"|\bhovered\s+(?:at\s+(?:a\s+)?low\s+altitude\s+)?(?:over|above)\s+(?:the\s+|an?\s+)?"
        r"(?:[\w\-]+\s+){0,3}?(?:vessel|ship|boat)s?\b"
        # "a PRC vessel directed a military-grade laser at a Philippine Coast Guard ship"
        r"|\b(?:directed|pointed|aimed|shone|flashed)\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,2}"
        r"lasers?\s+(?:at|toward|towards)\s+(?:[\w\-’']+\s+){0,5}?(?:crews?\b|pilots?\b|"
        + _CRAFT + ")"  # (a ship's crew, a plane's pilot, any craft)
        # "coast guard vessels blocked two Philippine supply boats"
        # (a ship named by its service: "obstructed Viet Nam Coast Guard ship A")
        r"|\b(?:blocked|obstructed|harassed|chased\s+away|encircled)\s+(?:the\s+|an?\s+|two\s+|"
        r"three\s+|\d+\s+)?(?:[\w\-]+\s+){0,4}?(?:trawlers?\b|" + _CRAFT + ")"
        # "two fishing boats encountered harassment by a Coast Guard (CG) vessel": the noun of
        # the act with the craft that did it
        r"|\bharassment\s+by\s+(?:the\s+|an?\s+)?(?:[\w\-()]+\s+){0,5}?(?:" + _CRAFT + ")"
        # a ship named by its prefix ("blocked the path of BRP A", "attempted to block HMS B"),
        # or its bow crossed ("a corvette crossed the bow of BRP A at 90 yards")
        r"|\b(?:(?:attempted|tried)\s+to\s+block|blocked|obstructed|crossed\s+the\s+bow\s+of)\s+"
        r"(?:the\s+path\s+of\s+)?(?-i:[A-Z]{2,5}\s+[A-Z][a-z])"
        # "recorded 17 instances of X Coast Guard vessels operating in Y's exclusive economic
        # zone": occurrences counted (one record, annotation.md)
        rf"|\b(?:\d+|{_SMALL_NUMBERS})\s+(?:instances|cases|incidents)(?=\s+of\s+"
        r"(?:[\w\-’']+\s+){0,5}?(?:vessels|ships|boats|aircraft|drones)\s+(?:operating|entering|"
        r"intruding|sailing|flying)\b)"
        # "recorded six separate instances in which Chinese vessels blocked ... PCG vessels"
        rf"|\b(?:\d+|{_SMALL_NUMBERS})\s+(?:separate\s+)?(?:instances|cases|incidents)(?=\s+"
        r"(?:in\s+which|where)\s+(?:[\w\-’']+\s+){0,3}?(?:vessels|ships|boats|aircraft)\s)"
        # "HMS A had shadowed the Russian corvette B through the Channel"
        r"|\bshadow(?:ed|s|ing)\s+(?:the\s+|an?\s+|two\s+|three\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?:warships?|vessels?|corvettes?|frigates?|destroyers?|submarines?|ships?|tankers?)\b"
        # "It surrounded Taiwan with more than a dozen warships": a naval encirclement
        r"|\b(?:surround|encircl)(?:ed|es|s|ing)?\s+(?:[\w’'\-]+\s+){1,5}?with\s+"
        r"(?:[\w\-]+\s+){0,4}?(?:warships|naval\s+vessels|vessels|ships|frigates|destroyers)\b",
    ),
    # an encounter of craft (above)
    ("air-intercept", _ENCOUNTER_AIR),
    ("maritime", _ENCOUNTER_SEA),
    # "a J-16 fighter released flares in close proximity to a P-8A", "dropped flares in the path"
    ("flares", r"\b(?:released|dropped|fired|deployed|launched)\s+flares\b"),
    # "the clash with Chinese troops in the Galwan Valley"
    # ("the exchange of fire between X and Y troops", "a firefight with border guards",
    # "troops exchanged gunfire": a clash told by its noun or verb)
    (
        "clash",
        r"\bclash(?:es|ed)?\s+(?:with|between|along)\b|"
        # "Indian and Chinese soldiers clashed in the Galwan Valley"
        r"\b(?:troops|soldiers|forces|guards|navies|patrols|units)\s+(?:[a-z]+\s+)?clashed\b|\bexchanges?\s+of\s+(?:gun)?fire\b|"
        r"\bexchang(?:ed|ing)\s+(?:heavy\s+|small[\s\-]arms\s+)?(?:gun)?fire\b|"
        r"\b(?:firefights?|gunfights?|gun\s+battles?|skirmish(?:es)?)\b",
    ),
    # "the detention centre in X" is a place, not a detention
    (
        "detention",
        # "the cases of detained Americans": an attribute of a group, no one detention
        r"\bdetain(?:ed|s|ing)?\b(?!\s+(?:Americans|Canadians|Britons|Australians|citizens|"
        r"nationals|foreigners|persons|people|individuals|journalists)\b)"
        # ("his conditions of detention", "two years of detention": a bare complement of
        # another noun, no detention of its own)
        r"|(?<!\bof\s)\bdetention\b(?!\s+(?:centres?|centers?|facilit(?:y|ies)|"
        r"camps?))|\barrested\b|"
        # "the arrest in April of 11 nationals", "the arrests by X police of two Y citizens":
        # the noun with the ones arrested after "of" (not "an arrest warrant")
        r"\barrests?\s+(?:(?:in|on|last|earlier|this)\s+(?:[\w,]+\s+){1,2}?)?(?:by\s+"
        r"(?:[\w\-’']+\s+){1,4}?)?of\b|\bexit\s+bans?\b|"
        # "were taken into custody", "was apprehended": a detention in other words
        r"\b(?:taken|placed)\s+into\s+custody\b|\bapprehended\b|"
        # "authorities have been holding more than 1,000 Lithuanian trucks and their drivers"
        r"\bholding\s+(?:(?:more\s+than|over|some|about)\s+)?(?:[\w,\-]+\s+){0,5}?"
        r"(?:drivers|crews?|nationals|citizens|sailors|fishermen)\b",
    ),
    (
        "cyber",
        r"\bcyber[\s\-]?(?:attacks?|intrusions?)\b|\bhack(?:ed|ing|s)\b|"
        # ("linked at least 14 intrusions against X firms to Y")
        r"\bintrusions?\s+(?:into|against)\b|"
        # "malicious cyber actors compromised the exchange's systems"
        r"\b(?:compromised|breached|infiltrated)\s+(?:[\w’'\-]+\s+){0,3}?(?:computer\s+)?"
        r"(?:systems|networks|servers|databases|email\s+accounts)\b",
    ),
    # a war named as a topic ("the war in X", "in its invasion of X") is not an incident
    ("invasion", r"(?<!\bin\sits\s)(?<!\bin\stheir\s)\binvasion\b|\binvaded\b"),
    # "took action to annex Crimea", "annexed the region": a state takes another's land
    ("annexation", r"\bannex(?:ed|es|ing)?\s+(?=(?:the\s+)?(?-i:[A-Z]))|\bannexation\s+of\b"),
    # one attack, or attacks counted ("27 attacks"); "as it conducts attacks against cities"
    # describes a war, not an occurrence
    (
        "attack",
        r"\b(?:deadly|drone|missile|rocket|terrorist|terror)\s+attacks?\b|\battacks?\s+"
        r"(?:that\s+)?(?:killed|cost\s+the\s+lives)\b|\battack(?:ed)?\s+(?:on|against)\b|"
        # "Houthi forces attacked the merchant vessel A": an attack on a ship or a post
        r"\battacked\s+(?:the\s+|an?\s+|two\s+|three\s+)?(?:[\w\-]+\s+){0,3}?(?:vessels?|ships?|"
        r"tankers?|carriers?|convoys?|bases?|embass(?:y|ies)|consulates?|border\s+posts?)\b|"
        # "the attack carried out on 31 July in X": one attack
        r"\battack\s+(?:was\s+)?(?:carried\s+out|perpetrated|committed)\s+(?=(?:on|in|at|last|"
        r"yesterday|overnight|earlier)\b)|"
        r"\battacks?\s+by\s+(?=(?:the\s+)?(?:[a-z]+\s+)?(?-i:[A-Z])|al-)|"
        rf"\b(?:\d+|{_SMALL_NUMBERS}|dozens\s+of|hundreds\s+of)\s+"
        r"(?:[\w\-]+\s+)?attacks\b|"
        r"\b(?:air|drone|missile|rocket|military)\s*strikes?\b|\bstrikes?\s+(?:on|against|inside|into)\b|"
        r"\bstrikes?\s+in\s+(?=[A-Z])|\bkillings?\s+of\b|\bshot\s+down\b|"
        # "a national was shot dead by members of X's Border Security Force": a passive
        # killing by another state's armed men
        r"\b(?:was|were)\s+(?:shot(?:\s+dead)?|killed|shot\s+and\s+killed)\s+by\s+(?=(?:[\w\-’']+"
        r"\s+){0,4}?(?:forces?|guards?|police|troops|soldiers|security|army|navy|coast\s+guard|"
        r"border)\b)|"
        # "opened fire on border posts", "the shelling of", "the sabotage of a pipeline"
        r"\bopen(?:ed|s|ing)?\s+fire\b|\bfired\s+(?:on|at|upon)\s+(?!(?:the\s+)?(?:idea|notion)|"
        r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)|"
        r"\bshelling\b|\bsabotag(?:e|ed|ing)\b|"
        # "the regime's use of chemical weapons on 4 May", "a chemical attack": one use told
        # by its owner or its time or place (not "any use of chemical weapons is a crime")
        r"(?<=[’']s\s)use\s+of\s+chemical\s+weapons\b|\buse\s+of\s+chemical\s+weapons\s+"
        r"(?=(?:on|in|at|against|last|by)\b)|\bchemical(?:\s+weapons?)?\s+attacks?\b|"
        # "fired warning shots at a fishing vessel", "fired rockets at border posts"
        r"\bfired\s+(?:[\w\-]+\s+){0,3}?(?:shots|rounds|rockets|shells|mortars?|artillery|"
        r"grenades|bullets)\s+(?:at|on|toward|towards|into|near|across|over)\b|"
        # "artillery shelled border villages", "bombarded the town": the verb of the fire
        r"\b(?:shelled|bombarded)\s+(?=(?:the\s+|an?\s+)?(?:[\w\-’']+\s+){0,3}?(?:villages?|"
        r"towns?|cit(?:y|ies)|positions?|posts?|outposts?|areas?|settlements?|bases?|"
        r"territory|border|region)\b)|\bbombings?\b|\bborder\s+clash(?:es)?\b|"
        # "the fighting along their border killed dozens": border clashes told by the noun
        r"\bfighting\s+(?:along|on|at|across)\s+(?:the|their|its)\s+(?:common\s+|shared\s+)?"
        r"(?:border|frontier)\b|"
        # "their patrol came under fire from gunmen", "the shooting incident near X"
        r"\bcame\s+under\s+(?:[\w\-]+\s+){0,2}?fire\b|\bshooting\s+incidents?\b|"
        # "a Houthi uncrewed surface vessel struck the Greek-owned bulk carrier X": a craft
        # that strikes a ship
        r"\b(?:vessels?|boats?|craft)\s+(?:that\s+|which\s+)?(?:struck|attacked|hit)\s+"
        r"(?=(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:carriers?|ships?|vessels?|tankers?|"
        r"freighters?|boats?)\b)",
    ),
    # "jamming GPS signals over its territory": interference with another's navigation
    (
        "jamming",
        r"\bjamm(?:ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:GPS|GNSS|satellite|"
        r"navigation|radio|radar)\b(?:\s+signals)?",
    ),
    (
        "seizure",
        r"\bseiz(?:ed|ure|ures|ing)\b|\bhijack(?:ed|ing)\b|"
        # "commandos boarded a Liberian-flagged tanker": armed men take a ship
        r"\b(?:commandos|forces|troops|marines|navy|sailors|soldiers|guards?|personnel|"
        r"militants|gunmen)\s+(?:[a-z]+\s+)?boarded\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?:vessel|ship|tanker|boat|freighter|trawler|carrier|dhow)s?\b",
    ),
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
    # "troops crossed into Indian territory", "soldiers crossed the border into X": forces on
    # another's land
    (
        "incursion",
        r"\b(?:troops|soldiers|forces|units|patrols?|guards|militias?|fighters)\s+(?:[a-z]+\s+)?"
        r"crossed\s+(?:the\s+(?:[\w\-]+\s+)?(?:border|frontier|line)\s+)?into\b|"
        # "troops entered Guyanese territory"
        r"\b(?:troops|soldiers|forces|units|patrols?|guards|militias?|fighters)\s+(?:[a-z]+\s+)?"
        r"(?:entered|intruded\s+into|penetrated)\s+(?:[\w’'\-]+\s+){0,2}?(?:territory|soil)\b",
    ),
    ("execution", r"\bexecution\s+of\b|\bexecuted\b"),
    # "the expulsion of Colombian diplomats", "expelled two diplomats", "persona non grata"
    (
        "expulsion",
        r"\bexpulsions?\s+of\b|\bexpel(?:s|led|ling)?\s+(?:[\w\-]+\s+){0,3}?"
        r"(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|officials?|staff|journalists?)\b|"
        r"\bpersona\s+non\s+grata\b|"
        # "Two Russian diplomats were expelled by Poland"
        r"\b(?:diplomats?|ambassadors?|envoys?|attach[eé]s?)\s+(?:was|were|has\s+been|have\s+been|"
        r"had\s+been)\s+expelled\b",
    ),
    (
        "prisoner-exchange",
        r"\bprisoner\s+(?:exchange|swap)s?\b|\bexchange\s+of\s+prisoners\b|"
        r"\bswapped\s+prisoners\b|"
        # "Russia and Ukraine exchanged 95 prisoners of war"
        r"\b(?:exchanged|swapped)\s+(?:\d[\d,]*|more\s+than\s+\d[\d,]*|" + _SMALL_NUMBERS + r")\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:prisoners|captives|detainees|soldiers|servicemen)\b",
    ),
    (
        "hostage-taking",
        # (not a noun's modifier: "a ceasefire and a hostage deal", "hostage negotiations")
        # ("the release of all hostages": every hostage, a demand that names no one taking)
        r"(?<!\ball\s)\bhostages?\b(?!\s+(?:deals?|negotiations?|talks|agreements?|release|envoy|"
        r"families)\b)"
        r"|\bhostage[\s\-]taking\b|\babduct(?:ed|ion|ions)\b|"
        # "two nationals were recently taken captive in X": the hostage told by the adjective
        r"\bkidnapp(?:ed|ing)\b|\b(?:taken|held)\s+captive\b",
    ),
]
_SANCTION = (
    # "The new sanctions target A, B and C", "These measures also target X": the measure's
    # own verb, its object the targets (before the bare noun, which would match first)
    # (an action only the release's own: "Today's action targets", not "Russia's actions
    # target the grid")
    # ("The sanctions, which target A and B, were announced": a relative clause's verb)
    r"(?:\b(?:sanctions|measures|designations|listings)|(?<=\b(?i:today)[’']s\s)actions?|"
    r"(?<=\b(?i:this)\s)action|(?<=\b(?i:these)\s)actions|(?<=\b(?i:the)\s)actions?)"
    # (a name, a count or a list's lead after the verb: not "Our measures target inflation")
    r"(?:,\s+which)?\s+(?:also\s+)?(?:target(?:s|ed)?|concern(?:s|ed)?)\b"
    r"(?=\s+(?:a\s+further\s+|an\s+additional\s+|the\s+following\s+|the\s+|two\s+|three\s+|"
    r"four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|\d|(?:[a-z][\w\-]*\s+){0,3}"
    r"(?:individuals|persons|people|officials|entities|companies|firms|vessels|members|"
    r"officers|commanders|leaders|propagandists)\b|(?-i:[A-Z])))|"
    r"\bsanction(?:s|ed|ing)?\b|\bexport\s+controls?\b|\brestrictions\s+(?:on|imposed)\b"
    # "will impose export bans on 22 Russian entities", "announced countermeasures against
    # three U.S. defense companies"
    r"|\b(?:export|import)\s+bans?\b|\bcounter-?measures\s+(?:against|on)\b"
    # "has prohibited all exports to X since June 2009 and all imports from X since ...",
    # "exports to X LLC, a company ..., will be prohibited": a trade ban on a named party
    # ("ban oil and LNG and coal imports from Russia": the goods between)
    r"|\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?)\s+(?:all\s+|the\s+)?(?:[\w\-]+\s+){0,6}?"
    r"(?:exports|imports)(?=\s+(?:to|from)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|(?<=\band\s)all\s+(?:exports|imports)(?=\s+(?:to|from)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:exports|imports)(?=\s+(?:to|from)\s+(?-i:[A-Z])[^.;]{0,150}?\b(?:will\s+be|are|is|"
    r"were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:prohibited|banned)\b)"
    # "the Council agreed to list the cargo carrier A", "The Council also listed the B",
    # "Canada is also listing X S.A.": a listing of a named party
    r"|\b(?:(?:agreed|decided)\s+to\s+list|(?<=\balso\s)list(?:ed|ing)|(?<=\bhas\s)listed|"
    # ("The Council today listed A (also known as B), a ... national")
    r"(?<=\btoday\s)listed|(?<=\byesterday\s)listed|"
    r"(?<=\bhave\s)listed|(?<=\bis\s)listing)(?=\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}(?-i:[A-Z]))"
    # "The Council today listed nine individuals and three entities", "decided to list a
    # further 12 persons": a listing of counted targets
    r"|\b(?:(?:agreed|decided)\s+to\s+list|list(?:ed|s|ing))(?=\s+(?:a\s+further\s+|an\s+"
    r"additional\s+|another\s+)?(?:\d[\d,]*|"
    + _SMALL_NUMBERS
    # (not "companies": "Nasdaq listed nine companies" is a stock exchange's listing)
    + r"|\w+teen|\w+ty)\s+(?:[\w\-]+\s+){0,2}?(?:individuals?|persons?|entit(?:y|ies)|"
    r"officials|people)\b)"
    # "will subject 3 individuals and 2 entities to measures including the freezing of assets"
    r"|\bsubject(?:s|ed|ing)?(?=\s+(?:a\s+further\s+|an\s+additional\s+)?(?:\d[\d,]*|one|"
    + _SMALL_NUMBERS
    + r"|\w+teen|\w+ty)\s+(?:[\w\-]+\s+){0,2}?(?:individuals?|persons?|entit(?:y|ies)|"
    r"companies|officials)\b[^.;:]{0,80}?\bto\s+(?:[\w\-]+\s+){0,3}?(?:measures|sanctions|"
    r"asset\s+freezes?|(?:the\s+)?freezing|travel\s+bans?)\b)"
    r"|\bentity\s+list\b"
    # "adopts the listings made by the European Union on 29 June": the other body's measure
    r"|\blistings?\s+(?:made|adopted|decided)(?=\s+by\b)"
    r"|\brestrictive\s+measures\b|\btravel\s+bans?\b|\basset\s+freezes?\b"
    # "measures to freeze the assets of the following 5 individuals": the verb's form
    r"|\bfreez(?:e|es|ing)\s+(?:the\s+)?assets\s+of\b"
    # ("measures including the freezing of assets against 3 individuals": the noun's form,
    # with its object after it)
    r"|\b(?:freezing|freeze)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?assets\b(?=\s+(?:against|of|on)\s)"
    # "the designation of Ansarallah, commonly known as the Houthis, as a ..."
    # ("the designation in March of A and B as Foreign Terrorist Organizations": its time first)
    r"|\bdesignation(?=(?:\s+(?:in|on|last)\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?)?\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^.;]{0,80}?\bas\s+(?:an?\s+|the\s+)?(?-i:[A-Z]))"
    # "OFAC's June 2023 designation of A": a body's dated designation of a party
    r"|(?<=[’']s\s)(?:(?:(?-i:[A-Z])[a-z]+\s+)?\d{4}\s+)designations?(?=\s+of\s)"
    r"|\bblacklist(?:s|ed)?\b|\bvisa\s+(?:restrictions|bans?)\b"
    # an entry ban on named or counted people: "entry bans on A and B", "to close entry to X
    # indefinitely for 23 citizens of Y", "barred from entering X"
    r"|\bentry\s+bans?\b(?=\s+(?:on|against|for)\s)"
    r"|\b(?:close|closed|closing|deny|denied|denying|bar|barred|barring)\s+entry\b"
    r"(?=[^.;]{0,80}?\b(?:for|to|on)\s+(?:\d[\d,]*|" + _SMALL_NUMBERS + r"|\w+teen|\w+ty|"
    r"(?-i:[A-Z])))"
    # ("might designate A", "will designate B"; not "Ambassador-designate A")
    r"|(?<!-)\bdesignat(?:e|es|ed|ing|ion|ions)\s+"
    # ("designated more than a dozen PRC-based entities": a count before the noun)
    r"(?=(?:(?:more\s+than|over|nearly|about|some)\s+)?(?:[\w\-]+\s+){0,4}?(?:entit|compan|"
    r"individual|person|firm|bank|group|organi[sz]ation|"
    r"official|network|vessel|leader|commander|member|facilitator|financier|broker|supplier|"
    r"manufacturer|procure|shipp|as\b)"
    # "designated former President of Paraguay A", "designated Cartes under Section ..."
    r"|(?:the\s+)?(?:(?:former|current|then|sitting)[\s\-]+)?(?-i:[A-Z])(?!(?i:as)\b)"
    # "designating former mayor of X, Y, A B", "designating his spouse, C D": a role in lower
    # case and the name set off after it
    r"|(?:(?:his|her|their|its)\s+)?(?-i:[a-z])[\w\-]*(?:\s+(?-i:[a-z])[\w\-]*){0,3}?"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z])[^,;.()\n]{1,50}?(?:,\s+(?-i:[A-Z])[\w\-]*"
    r"(?:\s+(?-i:[A-Z])[\w\-]*)?)?)?,\s+(?-i:[A-Z])[\w\-’']+\s+(?-i:[A-Z]))"
    # (on a named party: "impose costs on those responsible" names no one)
    # ("impose further costs on Russia": more of them)
    r"|\bimpos(?:e|ed|es|ing)\s+(?:further\s+|additional\s+|new\s+|more\s+)?costs\b"
    r"(?=\s+(?:on|against)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\bsuspend(?:ed|s)?\s+(?:[\w\-]+\s+)"
    r"{0,2}(?:talks|cooperation|dialogue|exchanges)\b|\bcut\s+off\s+(?:[\w\-]+\s+){0,3}"
    r"channels\b|\b(?:froze|frozen)\b"
    # "the PRC suspended a range of military-to-military channels with us in August": as
    # "cut off ... channels"
    r"|\bsuspend(?:ed|s)?\s+(?:[\w\-]+\s+){0,4}?channels\b"
    # "Those listed include the Commander-in-Chief, A, and ...": each named is a target
    # "has added 14 Belarusian citizens ... to the list of foreigners whose entry is
    # prohibited", "added 13 entities to its Entity List"
    # ("the last amendment of the list took effect on 18 March, when X added twelve
    # individuals": a list the sentence names, scan checks)
    r"|\badded\s+(?=(?:more\s+than\s+|over\s+)?(?:\d[\d,]*|" + _SMALL_NUMBERS + r"|eleven|twelve|"
    r"\w+teen|\w+ty)\s+(?:[\w\-]+\s+){0,2}?(?:individuals|persons|citizens|nationals|entities|"
    r"companies|officials)\b)"
    # "decided to add A Inc., B Systems and C Corporation to the unreliable entity list": named
    # parties added to a list (not "the list of countries eligible for ..."; "added A and B to
    # the sanctions list" is read as a listing's past, above)
    r"|\badd(?:s|ing)?\b(?=\s+(?-i:[A-Z])(?:[^.;]|\.(?!\s+(?-i:[A-Z])))"
    r"{0,200}?\bto\s+(?:the|its|their)\s+"
    r"(?:[\w\-’']+\s+){0,4}?(?-i:list|List)\b(?!\s+of\s+(?!(?:sanctioned|designated|foreign|"
    r"persons|individuals|entities)\b)))"
    # "Two officers of the unit, A and B, are also designated.": a passive with its targets
    # before it (not "was designated ambassador": an appointment)
    r"|\b(?:is|are|was|were|been)\s+(?:also\s+|being\s+)?designated\b(?=\s*(?:[.,;]|today\b|"
    r"yesterday\b|under\b|for\b|pursuant\b|by\b))"
    # ("B, a businessman, is also targeted.": one more of the measure's targets, "also" told)
    r"|\b(?:is|are)\s+also\s+(?:targeted|sanctioned|listed)\b(?=\s*(?:[.,;]|today\b|under\b|"
    r"for\b|pursuant\b))"
    # "Los X, the group that OFAC designated in June": a relative clause on its target
    r"|\b(?:which|that)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'\-]*(?:\s+(?-i:[A-Z])[\w.’'\-]*){0,3}\s+"
    r"(?:(?:has|had|also|previously)\s+)*(?:designated|sanctioned|listed)\b(?=\s+(?:in|on|last|"
    r"earlier|this|previously|together)\b)"
    # "Among those designated today is A", "The first individual listed, in 2023, was B"
    r"|\b(?:those|persons|individuals?|people|entit(?:y|ies)|compan(?:y|ies)|firms?)\s+"
    r"(?:listed|designated|sanctioned|targeted)\b(?:\s+today)?"
    # ("The individuals sanctioned today are:" and a list set out line by line)
    r"(?:,[^;.]{1,40}?,)?\s+(?:include\b|(?:is|are|was|were)\b(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])|"
    r"\s*:(?:[ \t]*\n|\s*$)))"
    # ("The designated individuals include A", "the sanctioned entities are X and Y")
    r"|\bthe\s+(?:listed|designated|sanctioned)\s+(?:individuals|persons|people|entities|"
    r"companies)(?:\s+and\s+(?:individuals|persons|people|entities|companies))?\s+"
    # ("The designated individuals and entities are as follows:" and the list in lines)
    r"(?:include\b|(?:are|were)\b(?=\s+(?-i:[A-ZÀ-ÖØ-Þ])|(?:\s+as\s+follows)?\s*:))"
    # ("These include A, the administrator of X, and B, a developer": the measure just told,
    # its targets; detection keeps it only after a measure)
    r"|(?<![\w’'])(?-i:These|They)\s+include\b(?=\s+(?-i:[A-Z]))"
    # ("Today's listings include A", "The new designations include B")
    r"|(?:\btoday[’']s|\bthe(?:\s+(?:new|latest))?)\s+(?:listings|designations)\s+include\b"
    # ("The following individuals have been added to the X List:" and a register's entries)
    r"|\b(?-i:The)\s+following\s+(?:individuals?|persons?|entit(?:y|ies)|vessels?)\s+(?:has|have)\s+"
    r"been\s+(?:added\s+to|designated|listed|sanctioned)\b(?=[^:\n]{0,80}:)"
    # ("The remaining 14 individuals are officials of X": the rest of the measure's count)
    r"|\b(?-i:The)\s+(?:remaining|other)\s+(?:\d[\d,]*|" + _SMALL_NUMBERS + r"|eleven|twelve|"
    r"\w+teen|\w+ty)\s+(?:individuals|persons|people|entities|companies|targets)\b"
    r"(?=\s+(?:listed\s+|designated\s+|sanctioned\s+)?(?:are|were)\s+(?-i:[a-z]))"
    # ("The list includes:" and its lines: the measure's list set out after a colon)
    r"|\b(?-i:The)\s+list\s+(?:includes|comprises|contains)\b(?=\s*:)"

    # "A, an Iranian financier designated today, moved funds", "B, who was also sanctioned
    # today, ...": a participle of the day's measure on the name before it
    r"|\b(?:designated|sanctioned)(?=\s+(?:today|yesterday)\b)"
    # "OFAC is also identifying the X (IMO 9123456) as blocked property": named vessels
    r"|\bidentif(?:y|ies|ied|ying)\b(?=[^.;]{0,240}?\bas\s+blocked\s+property\b)"
)
# every alternative of the "talks" pattern starts a word (a \b, or a lookbehind for a space or
# a hyphen before a letter) with one of these characters: testing that first lets the engine
# skip other positions at once, not try each of the fifty alternatives at every character
# (speed only; the matches are the same)
_TALKS_FIRST = r"\b(?=[0-9abcdefghijklmnoprstw])"
# the same for the visit and sanction patterns: each alternative starts a word with one of
# these characters, or (one alternative of each) follows "'s " (speed only; the same matches)
_VISIT_FIRST = r"(?=\b[acdefghilrstvw]|(?<=[’']s\s)|,\s+in\s)"
_SANCTION_FIRST = r"(?=\b[abcdefilmprstvw]|(?<=[’']s\s))"
TRIGGERS = [
    *(
        ("meeting", f, re.compile(f"{_TALKS_FIRST}(?:{p})" if f == "talks" else p, re.I))
        for f, p in _MEETING
    ),
    ("visit", None, re.compile(f"{_VISIT_FIRST}(?:{_VISIT})", re.I)),
    *(("incident", c, re.compile(p, re.I)) for c, p in _INCIDENT),
    ("sanction", None, re.compile(f"{_SANCTION_FIRST}(?:{_SANCTION})", re.I)),
]
# Words one of which every match of a trigger pattern contains (lower case): a sentence
# without any is not searched with the (slower) pattern. Speed only; tested to agree.
_KEYS = {
    ("meeting", "call"): ("phone", "spoke", "speak", "talked", "call", "rang"),
    ("meeting", "talks"): (
        " again",
        "met",
        "meet",
        "see ",
        "also see",
        "wrap",
        "end",
        "finish",
        "conclude",
        "talks",
        "sat",
        "down",
        "dialogue",
        "conversation",
        "tête",
        "tete",
        "discussion",
        "diplomacy",
        "negotiat",
        "ministerial",
        "plus",
        "+",
        "touch",
        "contact",
        "consult",
        "conference",
        "joint",  # "a joint press appearance", "a joint news briefing"
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
        "attend",
        "reached",
        "round",
        "participat",
        "part in",
        "audience",
        "commission",
        "committee",
        "mechanism",
        "confer",
        "witness",
        "session",
        "refus",
        "declin",
        "reject",
        "turn",
        "pull",
        "discuss",
        "rais",
        "call",
        "round",
    ),
    ("meeting", "video-call"): ("virtual", "video"),
    ("meeting", "summit"): ("summit", "retreat", "conference"),
    ("meeting", "dinner"): ("dinner", "luncheon", "banquet", "lunch", "breakfast"),
    ("meeting", "working-group"): ("working",),
    ("incident", "airspace"): (
        "violations",
        "aerial",
        "uav",
        "drone",
        "helicopter",
        "aircraft",
        "balloon",
        "unidentified",
        "airspace",
        "incursion",
        "identification",
        "adiz",
        "zone",
    ),
    ("incident", "air-intercept"): (
        "intercept",
        "confrontation",
        "collision",
        "collid",
        "unsafe",
        "dangerous",
        "unprofessional",
        "aggressive",
        "reckless",
        "provocative",
        "scrambled",
    ),
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
        "blocked",
        "obstructed",
        "harassed",
        "harassment",
        "chased",
        "encircled",
        "surround",
        "block",
        "bow",
        "laser",
        "hovered",
        "instances",
        "cases",
        "incidents",
        "exclusive",
        "eez",
        "entr",
        "incursion",
        "intrusion",
        "operating",
        "fishing",
        "within",
    ),
    ("incident", "flares"): ("flares",),
    ("incident", "clash"): ("clash", "exchang", "firefight", "gunfight", "gun battle", "skirmish"),
    ("incident", "detention"): (
        "detain",
        "detention",
        "arrest",
        "exit",
        "holding",
        "custody",
        "apprehended",
    ),
    ("incident", "cyber"): ("cyber", "hack", "intrusion", "compromised", "breached", "infiltrated"),
    ("incident", "operation"): ("operation",),
    ("incident", "invasion"): ("invasion", "invaded"),
    ("incident", "annexation"): ("annex",),
    ("incident", "attack"): (
        "attack",
        "strike",
        "struck",
        " hit",  # (not "white", "within")
        "killing",
        "killed",
        "shot",
        "fire",
        "fired",
        "shelling",
        "shelled",
        "chemical",
        "bombarded",
        "shooting",
        "sabotag",
        "bombing",
        "clash",
        "fighting",
    ),
    ("incident", "seizure"): ("seiz", "hijack", "boarded"),
    ("incident", "jamming"): ("jamm",),
    ("incident", "deployment"): ("deploy", "sent"),
    ("incident", "execution"): ("execut",),
    ("incident", "incursion"): ("crossed", "entered", "intruded", "penetrated"),
    ("incident", "expulsion"): ("expul", "expel", "persona"),
    ("incident", "prisoner-exchange"): ("prisoner", "swapped", "exchanged"),
    ("incident", "hostage-taking"): ("hostage", "abduct", "kidnap", "captive"),
    ("sanction", None): (
        "sanction",
        "listing",
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
        "add",  # (added, adds, adding)
        "listed",
        "import",
        "countermeasure",
        "counter-measure",
        "subject",
        "prohibit",
        "ban",
        "exports",
        "imports",
        "list",
        "target",
        "concern",
        "identif",
        "entry",
        "remaining",
    ),
    ("visit", None): (
        "visit",
        "trip",
        "tour",
        "travel",
        "arriv",
        "touch",
        "reach",
        "stay",
        "stop",
        "swing",
        "way to",
        "into",
        "spen",
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
        "come",
        "coming",
        "return",
        "expected",
        "accompan",
        "was",
        "were",
        "be",
        "is ",
        "are ",
        ", in ",
        "while in",
        "airport",
    ),
}
# an event named as the time of another in its sentence: "following their tete-a-tete meeting"
_SEQUENCED = re.compile(
    r"\b(?:following|after|before|ahead\s+of|prior\s+to|preceded\s+by)\s+(?:their|his|her)\s+"
    r"(?:[\w\-’']+\s+){0,3}$",
    re.I,
)


def search_tail(regex: re.Pattern, text: str, lo: int, end: int, words: int):
    """`regex.search(text, lo, end)` for a pattern anchored at `end` (by `$`) that spans at
    most `words` whitespace-separated words: tried only from the start of the last `words`
    words before `end`, so a check made for every event of a sentence does not read the
    whole sentence each time (a text without full stops would cost the square of its
    length). The same match: one cannot start earlier."""
    i = end
    for _ in range(words):
        while i > lo and text[i - 1].isspace():
            i -= 1
        while i > lo and not text[i - 1].isspace():
            i -= 1
    return regex.search(text, i, end)


# (from the first space of a run only: if the run's first space starts no match, none of its
# others does)
_AND_END = re.compile(r"(?<!\s)\s+and\s*$")


def and_before(text: str, at: int) -> bool:
    """Does the text before `at` end with " and"? (`search_tail`: not tried from every space
    of the text before, which on a run of spaces cost the square of its length)"""
    return search_tail(_AND_END, text, 0, at, 2) is not None


_PAST = re.compile(
    r"\b(?:met|spoke|talked|held|hosted|(?:co-)?chaired|visited|travell?ed|had|was|were|came|"
    r"went|discussed|launched|sat|joined|attended|arrived|called|convened|"
    r"concluded|took\s+place|reached)\b",
    re.I,
)
_COORD = re.compile(r"(?:,?\s+and|,)\s+(?:(?:the\s+|of\s+)?[A-Z][\w.\-]*\s+){0,5}")
_OFFICE = re.compile(
    r"\b(?:[Tt]he\s+)(?:(?P<dem>(?!(?:Vice|Deputy)\b)[A-Z][\w.’']*(?:\s+[A-Z][a-z][\w’']*)??)\s+)?"
    r"(?P<title>(?:[Vv]ice\s+|[Dd]eputy\s+)?(?:Foreign\s+(?=Secretary))?"
    r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Ff]oreign\s+[Mm]inister|[Cc]hancellor|"
    # ("the Sultan of Oman", "the Amir of Kuwait": a monarch's office with its state)
    r"[Dd]efen[cs]e\s+[Mm]inister|[Kk]ing|[Qq]ueen|[Ee]mir|[Aa]mir|[Ss]ultan|[Cc]rown\s+[Pp]rince|"
    r"[Aa]mbassador|"
    r"[Ee]nvoy|[Cc]harg[eé]\s+d[’']\s?[Aa]ffaires|[Hh]igh\s+[Cc]ommissioner|Secretary\s+of\s+(?:State|Defense)|"
    r"(?<=[Tt]he\s)Minister(?=\s+(?:received|welcomed|hosted|met|spoke|will|also|held))|Secretary(?![\-\s]+(?:General|of)\b)|"
    r"National\s+Security\s+Advis[eo]r))\b"
    # "the Chargé d'Affaires a.i. of the Republic of Belarus": an envoy's country after "of"
    r"(?:\s+(?:a\.\s?i\.|ad\s+interim))?"
    r"(?:\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’']*(?:\s+(?:of\s+)?[A-Z][\w’']*){0,2}))?"
)
# the people who make up a side: "(Kenyan and Ugandan) officials", "(between X and Y) delegations"
_SIDE_PEOPLE = (
    r"officials|ministers|delegations|teams|negotiators|diplomats|experts|representatives|"
    r"officers|envoys"
)
# a list of two or more sides: "Kenyan and Ethiopian", "Hungary, Oman and Malaysia"
_SIDE_WORD = r"(?:the\s+)?[A-Z][\w\-]*"
_SIDE_LIST = rf"(?P<list>{_SIDE_WORD}(?:,\s+{_SIDE_WORD})*,?\s+and\s+{_SIDE_WORD})"
_DEMONYM_PAIR = re.compile(
    rf"\b{_SIDE_LIST}\s+"
    r"(?P<what>(?:[a-z]+\s+){0,2}"
    rf"(?:{_SIDE_PEOPLE}|leaders|presidents|premiers|counterparts))\b"
)
# the same sides named after their office: "(talks with) the leaders of Canada and Mexico",
# "his counterparts from Chile, Peru and Ghana", "the Foreign Ministers of X and Y",
# "government officials of X, the Y and Z"
_OFFICE_OF_PAIR = re.compile(
    r"\b(?P<what>(?i:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|"
    r"government)|(?:[a-z]+\s+)?(?:ministers|officials)|delegations|counterparts|ambassadors|"
    r"envoys))\s+"
    r"(?:of|from)\s+"
    r"(?:the\s+)?(?P<list>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+(?:the\s+)?[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)?)*,?\s+and\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\b"
)


def listed_sides(m: re.Match) -> list[str]:
    """The names of a side list ("Hungary, Oman and Malaysia" -> three)."""
    return [_THE.sub("", w) for w in _LIST_SEPARATOR.split(m.group("list")) if w]


_THE = re.compile(r"^the\s+")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


# "visiting Foreign Minister A" (an adjective), not "is visiting Norway" (a verb)
_VISITING = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"[Vv]isiting\s+(?:[A-Z][\w.\-’']*\s+){1,5}"
)
# (the spaces after the subject's words are taken possessively: a verb follows, so the same
# matches; a run of thousands of spaces is not split every way between "\s+" and "\s*")
_HELD_RELATIVE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:he|she|they|we|I|you|(?:the\s+)?\w+\s+"
    r"leaders|both|(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s++){1,3})\s*+(?:had\s+|"
    r"have\s+)?(?:held|had|hosted|attended|conducted|joined)\b",
    re.I,
)
_PRONOUN = re.compile(
    r"^(?:He|She)\b|(?<=[,;:]\s)(?:he|she)\b|(?<=:\s)(?:He|She)\b|"
    r"\b(?:[Oo]n|[Ii]n|[Tt]hen|[Ll]ater|There|Here|Afterwards|Subsequently|"
    # ("Friday he travels to X": a briefing's bare weekday)
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"Meanwhile|Earlier|[Tt]he\s+(?:same|next|following)\s+day|[Tt]hat\s+day|"
    r"[Tt]omorrow|[Tt]oday|[Tt]onight|(?:[Tt]his|[Tt]hat|[Yy]esterday|[Tt]omorrow)\s+"
    # ("On 11 April 2026 he met ...": a date of up to three words)
    r"(?:morning|afternoon|evening))(?:\s+(?:[A-Z]\w+|the\s+\w+|\d+(?:st|nd|rd|th)?,?)){0,3}"
    r"(?:\s+(?:and|or)\s+[A-Z]\w+)?,?\s+"  # "In Shanghai and Beijing he will meet"
    r"(?:he|she)\b|\b(?:and|but|before|after|when|where|"
    r"as|during\s+which)\s+(?:he|she)\b|"
    # the subject of a reported clause: "Media reports say she may travel to X", "officials
    # said he would visit" (the speaker is not the traveller)
    r"\b(?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated)\s+"
    r"(?:that\s+)?(?:he|she)\s+(?:may|might|could|will|would|is|was|plans|planned|intends)\b"
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
_POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:[\w\-]+\s+){0,2}(?:trip|visit)\b", re.I)
_COUNTERPART = re.compile(
    # ("her New Zealand counterpart", "his South Korean counterpart": two words)
    r"\b(?:his|her|their|its)\s+(?:(?P<dem>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)?)\s+)?"
    r"counterparts?\b"
)
_DESCRIBED = re.compile(
    r"\b(?:senior\s+)?(?P<dem>[A-Z][\w.\-’']*(?:\s+[A-Z][\w’']*)?)\s+"
    # ("Chinese intelligence officials", "Japanese defence officials": one word of their field)
    r"(?:(?!(?:and|or|of|the|to|in|on|at|for|with)\s)(?-i:[a-z])[\w\-]*\s+(?=officials|delegation))?"
    r"(?P<what>officials|delegation|leaders(?:hip)?|military\s+officials|counterparts?|team|side)\b"
    # "met representatives of the French private sector": business people of that country
    r"|\brepresentatives\s+of\s+(?:the\s+)?(?P<dem2>[A-Z][\w\-]*)\s+(?:private\s+sector|"
    r"business(?:\s+community)?|companies|industry|employers)\b"
)
_PAIR = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3})|(?<![\w\-])(?P<c>[A-Z][\w.]*?\.?)[\-–]"
    r"(?P<d>[A-Z][\w]*(?:\.[A-Z]\.)?)(?![\w\-])"
)
# a town named as one by the words before its name: "the port city of", "the northern town of"
_TOWN_OF = r"(?:[a-z]+\s+){0,2}?(?:city|town|village|port)\s+of"
_PLACE = re.compile(
    r"\b(?:in|to|at|over|near|around|[Vv]isit(?:ed|s|ing)?|[Tt]our(?:ed|ing)|arrive\s+in|"
    # ("a swing through Central Asia": a trip's legs)
    r"(?:margins|sidelines)\s+of|tours?\s+of|swing\s+through|reach(?:ed|es)|fl(?:ew|ies|y)\s+into|"
    r"depart(?:s|ed|ing)?\s+(?:(?:today|tonight|tomorrow|(?:on|this|next|early|late)\s+\w+)\s+)?"
    r"for|(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+(?!" + _WHEN_WORD
    + r")[A-Z][\w\-]*"
    r"(?:\s+[A-Z][\w\-]*)?(?:\s+(?:on|this|next|early|late)\s+\w+)?\s+for(?=\s+[A-Z]))"
    r"\s+(?:the\s+)?"
    # "to the port city of Lobito", "in the northern town of X": a town by the words before it
    rf"(?:(?P<town>{_TOWN_OF})\s+)?"
    r"(?P<place>(?:St\.\s+)?[A-Z][\w\-’']*(?:\s+(?:(?:of|de|do|da|del|di)(?:\s+la)?\s+)?[A-Z][\w\-’']*){0,3})"
    # "in Lobito, the port city of Angola": the town's country in apposition
    r"(?:,\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:capital|city|town|port)\s+of\s+)?(?P<region>[A-Z]"
    r"[\w\-’']*(?:\s+[A-Z][\w\-’']*)?))?"
)

# a speaker's label and an opening phrase before a sentence's subject
_OPENING = (
    r"\s*(?:[A-Z][A-Z .’'\-]*:\s*)?(?:(?:So|And|But|Then|Now|Also|Yes),?\s+)?"
    # "Finally, yesterday the Secretary ...": a briefing's connective, then a time
    r"(?:(?:Finally|Lastly|Meanwhile|Separately|Additionally|First|Second|Third|Next),\s+"
    r"(?:(?:yesterday|today|tomorrow|earlier|later)\b[^,.]{0,20},?\s+)?)?"
    # "As many of you know, Secretary A was in ...": a speaker's aside before the subject
    r"(?:As\s+(?:many\s+of\s+)?(?:you|we|I)(?:[’']ll)?\s+(?:(?:may|might|will)\s+)?"
    r"(?:know|saw|heard|recall|remember|said)\s*,\s+)?"
    r"(?:(?:On|In|At|After|Following|Later|Then|Today|Yesterday|Tomorrow|Earlier|During"
    r"|Before|Ahead\s+of)\b[^,.]{0,40},?\s+)?"
)

_TOOK_PLACE = re.compile(
    r"\b(?:took\s+place|was\s+held|were\s+held|happened|occurred)\s+(?:(?:in|on)\s+)?$"
)

# the keys of a pattern that has its own, not its category's
_OWN_KEYS = {
    _ENCOUNTER_AIR: (
        "flew",
        "flown",
        "flying",
        "passed",
        "manoeuvred",
        "maneuvered",
        "closed",
        "closing",
        "circl",
        "buzz",
        "orbited",
        "tailgated",
        "encounter",
        "sailed",
        "came",
    ),
    _ENCOUNTER_SEA: (
        "cut",
        "cross",
        "sailed",
        "steamed",
        "passed",
        "manoeuvred",
        "maneuvered",
        "shadowed",
        "circled",
        "buzzed",
        "tailed",
        "trailed",
        "tailgated",
        "harassed",
    ),
}
_PATTERN_KEYS = [
    (regex, _OWN_KEYS.get(regex.pattern) or _KEYS.get((kind, subtype)))
    for kind, subtype, regex in TRIGGERS
]
_ALL_KEYS = frozenset(k for _, keys in _PATTERN_KEYS if keys for k in keys)
# (keyed by the pattern's id: a compiled pattern hashes all its code at each look-up, some
# microseconds for these long ones, asked for every pattern of every sentence)
_KIND_OF = {id(regex): (kind, subtype) for kind, subtype, regex in TRIGGERS}

_AND_COUNTRY = re.compile(
    r"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'\-]*){0,3})"
)
_WE = re.compile(r"\b(?:we|our|us)(?:[’']\w+)?(?:\s+\w+){0,4}\s*$", re.I)

# a measure named as the one an act upholds: "enforcing UN sanctions on X", "in support of
# the sanctions against Y", "the full implementation of EU sanctions": a standing measure
# (annotation.md), not one taken on the sentence's day
_UPHELD = re.compile(
    r"\b(?:enforc(?:e|es|ed|ing|ement\s+of)|implementation\s+of|in\s+support\s+of|"
    r"monitor(?:s|ed|ing)?|compl(?:y|ies|ied|iance)\s+with|"
    r"evad(?:e|es|ed|ing)|evasion\s+of|violat(?:e|es|ed|ing|ions?\s+of)|breach(?:es|ed|ing)?)"
    r"\s+(?:the\s+|all\s+)?(?!(?:new|additional|further|fresh)\b)(?:[\w.’'\-]+\s+){0,4}$",
    re.I,
)
_PREPOSITION_END = re.compile(
    r"\b(?:in|with|to|of|for|on|from|against|about|by|between|"
    r"and|at|into|over|toward|towards|across)\s+(?:the\s+)?$",
    re.I,
)

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
# a trip told in a participle after the main verb ("... before departing for Lima")
_DEPARTURE_ADJUNCT = re.compile(r"\b(?:before|after|upon|prior\s+to)\s+$", re.I)
# a clause in the first person: "I discussed ...", "On Monday, I spoke ..."
_FIRST_PERSON = re.compile(
    r"\s*(?:(?:On|In|Last|This|Yesterday|Today|Earlier)\b[^,]{0,30},\s+)?I\b(?!\.)"
)

# "sanctioned ... on Monday": a day or month is no target
_DATE_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)

_MARGINS_OF = re.compile(
    # (to the compound's last noun: "the X Dialogue ministerial meeting" is one gathering)
    r"\b(?:on|at|in)\s+the\s+(?:margins|sidelines|side-lines|fringes?)\s+of\s+(?:the\s+)?"
    r"(?:[\w\-’'.]+\s+){0,5}"
    r"(?:summit|meeting|forum|assembly|conference|ministerial|dialogue|council|session|week)s?"
    r"\b",
    re.I,
)

_COPY = (
    "kind",
    "subtype",
    "sentence",
    "trigger",
    "date",
    "date_text",  # (a count "since January 1" is no day's occurrence: compatible reads it)
    "status",
    "place",
    "place_country",
    "tense",
    "definite",
    "imposer",
    "target",
)

"""Titles and offices: the words a title is made of and the patterns that find one.

The word lists: HEADS (the head words of offices, "Minister", "Ambassador"), TITLE_WORDS
(every word a title may have) and HONORIFICS (words of address, "Mr.", "H.E.", "Dato'").
The patterns: a title before a name ("Chinese Foreign Minister A", "Chargé d'affaires A",
"Minister for X A": _PORTFOLIO_TITLE, _LOWER_POST, _ITS_ROLE), a title and a comma before
it ("The Federal Chancellor of Germany, A": _COMMA_TITLE), a title after it (", the national
security adviser", ", President of X": _POST_TITLE and its kin), "A is the X" (_TITLE_IS),
and a release's contact lines. Then how titles compare: a title's head (_title_head,
_state_head), its style (_without_style) and the distinct positions a person holds
(distinct_positions).

The bottom layer: it imports nothing from the package (the name tokens of names.py need
the title words to tell where a name stops).
"""

from __future__ import annotations

import re

from ...countries import country_of_word

# Words of address before a name ("Mr", "Dr" British style, "Shri" Indian style).
HONORIFICS = {
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Eng.",  # an engineer's address in Arab styles ("Minister of Energy Eng. A B"); with its
    # dot only ("Eng" is a name word: "Ng Eng Hen")
    "Honourable",
    "Honorable",
    "Hon.",
    "Hon",  # "the Rt Hon Christopher Luxon" (Westminster style)
    "Rt",
    "Rt.",
    "Excellency",
    "H.E.",  # "the Prime Minister of the Hellenic Republic, H.E. Mr. A"
    "Shri",
    "Smt.",
    "Smt",
    "Shrimati",
    "Highness",
    "Majesty",
    "Professor",  # "the release of Professor A B": an academic's address, no office
    "Prof.",
    # Malay and Indonesian style: "Tun Dr. A", "Dato' A", "Datuk A", "Ibu A", "Bapak A"
    "Tun",  # only before "Dr.": "General Tun Win" is a Burmese name (_names_like_other_words)
    "Dato'",
    "Dato’",
    "Dato",
    "Datuk",
    "Ibu",
    "Bapak",
    # compounds of them: "Dato' Seri A", "Datuk Sri A", "Tan Sri A" ("Seri"/"Sri" only after
    # one of them, "Tan" only before "Sri": "Sri Mulyani", "Tan Kin Lian" are names); Khmer
    # "Samdech A"
    "Seri",
    "Sri",
    "Tan",
    "Samdech",
    # "Dato' Seri Utama Haji A bin Haji B": "Utama" only after "Seri", "Haji" (who made the
    # pilgrimage) only before a name, not after "bin" (his father's)
    "Utama",
    "Haji",
    "Hajjah",
}

HEADS = {
    "President",
    "Premier",
    "Minister",
    "Secretary",
    "Director",
    "Advisor",
    "Adviser",
    "Chairman",
    "Chair",
    "Chairwoman",
    "Chairperson",
    "Speaker",
    "Leader",
    "Ambassador",
    "Envoy",
    "Coordinator",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Chancellor",
    "General",
    "Gen.",
    "Admiral",
    "Adm.",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Member",
    "Governor",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Prince",
    "Princess",  # "Crown Princess A of X"
    "Emir",
    "Amir",
    "Sultan",
    "Mayor",
    "Commissioner",
    "Counselor",
    "Mantri",  # Hindi for minister, in Indian texts in English: "Raksha Mantri Shri A"
    "Councilor",
    "Chief",
    "Commander",
    "Congressman",
    "Congresswoman",
    "Secretary-General",
    "Director-General",
    "Administrator",
    # a company's officers: "its Chief Financial Officer, A B" (a post, never a name)
    "Officer",
    "Vice-President",
    "Vice-Minister",  # "Vice-Minister for Foreign Affairs A" (Japanese, Korean style)
    "Vice-Premier",
    "Vice-Chairman",
    "Councillor",
    "Attorney",
    "Lieutenant",
    "Colonel",
    "Major",  # "Major A B": a rank ("Major General" is one title)
    "Brigadier",  # "the Chief of Defence Staff, Brigadier A B": a rank, no name
    "Commodore",
    "Marshal",
    "Head",
    "Justice",
    "Judge",
    "Prosecutor",
    "Undersecretary",
    "Under-Secretary",
    # plural titles before a pair of names: "Foreign Ministers A and B"
    "Ministers",
    "Presidents",
    "Secretaries",
    "Ambassadors",
    "Envoys",
    "Leaders",
} | (HONORIFICS - {"Highness", "Majesty"})  # "His Highness" is read as a whole
TITLE_WORDS = HEADS | {
    "Rear",  # "Rear Admiral A": a rank's first word, no name
    "High",  # "High Representative for Foreign Affairs ... A", "High Commissioner"
    "Lady",  # "the President and the First Lady will host": a title, no name
    # an institution's noun that ends the "of" of a title right before the name: "Chairman
    # of the National Assembly A", "Director of the Space Agency B" (stop words elsewhere)
    "Assembly",
    "Agency",
    "Authority",
    "Bank",
    "Embassy",
    # a ministry's units, as "Department": "Director of the Bureau of A Affairs of the
    # Ministry B C"
    "Bureau",
    "Directorate",
    "Division",
    "Service",  # "Minister for the Public Service A B", "Head of the Civil Service"
    # portfolios of foreign ministries: "Undersecretary for Bilateral Relations A B"
    "Bilateral",
    "Multilateral",
    "Relations",
    "Cooperation",
    "Consular",
    "Integration",
    "Action",  # "Federal Minister for Economic Affairs and Climate Action A"
    "Infrastructure",
    "Labour",
    "Employment",
    "Science",
    "Technology",
    "Research",
    "Innovation",
    "Protection",
    "Vice",
    "Prime",
    "Deputy",
    "Assistant",
    "Under",
    "Undersecretary",
    "National",
    "Security",
    "Homeland",
    "Foreign",
    "Defense",
    "Defence",
    "Raksha",  # Hindi for defence: "Raksha Mantri", the Defence Minister
    "Commerce",
    "Trade",
    "Finance",
    "State",
    "Treasury",
    "Affairs",
    "House",
    "Majority",
    "Minority",
    "Special",
    "Senior",
    "Principal",
    "Crown",
    "Staff",
    "Joint",
    "Chiefs",
    "Politburo",
    "Communist",
    "Party",
    "Office",
    "Commission",
    "Committee",
    "Central",
    "Military",
    "Department",
    "Ministry",
    "Council",
    "Climate",
    "Indo-Pacific",
    "Pacific",
    "East",
    "Asian",
    "Intelligence",
    "Energy",
    "Justice",
    "Supreme",
    "Official",
    "White",
    "Executive",
    "Financial",  # "Chief Financial Officer", "Chief Operating Officer"
    "Operating",
    "Economic",
    "Federal",
    "Reserve",
    "Army",
    "Navy",
    "Air",
    "Force",
    "Cabinet",
    "Standing",
    "Acting",
    "Former",
    "First",
    "Top",
    "Chief",
    "Cyber",
    "International",
    "Development",
    "Public",
    "Information",
    "Policy",
    "Global",
    "Health",
    "Education",
    "Interior",
    "Human",
    "Services",
    "Veterans",
    "Housing",
    "Urban",
    "Environment",
    "Industry",
    "Economy",
    "Investment",
    "Natural",
    "Resources",
    "Culture",
    "Digital",
    "Solicitor",
    "Internal",
    "External",
    "Overseas",
    "Presidential",
    "Royal",
    "Highness",
    "Majesty",
    "His",
    "Her",
    "Agriculture",
    "Labor",
    "Transport",
    "Transportation",
    "Emergency",
    "Operations",
    "Legislative",
    "Ministerial",
    "Permanent",
    "People’s",
    "People's",
    "Congress",
    "Senate",
    "Parliament",
    "Armed",
    "Forces",
    "Headquarters",  # "the Commander of the Joint Headquarters, General A"
    "Command",
    # regions of a portfolio: "Additional Secretary for Central Asia and Europe A",
    # "Director-General for South Asia A", "Special Envoy for the Horn of Africa A"
    "Asia",
    "Europe",
    "Africa",
    "America",
    "Americas",
    "Latin",
    "Caribbean",
    "Middle",
    "West",
    "Western",
    "North",
    "Northern",
    "South",
    "Southern",
    "Eastern",
    "Gulf",
    "Horn",
    "Arctic",
    "Atlantic",
    "Oceania",
    "Eurasia",
    "Mediterranean",
    "Balkans",
    "Sahel",
    "Hemisphere",
    # their adjectives: "Director-General for Asian and Oceanian Affairs A"
    "Oceanian",
    "Eurasian",
    "African",  # "Minister for Foreign Affairs and East African Cooperation, A"
    # the nouns of portfolios that a title's "for" or "of" runs on to right before the name
    # ("Special Envoy for Climate Change A B", "Minister Responsible for Fisheries A B C",
    # "High Commissioner for Human Rights"): words of the office, never the holder's first
    *(
        "Change Fisheries Tourism Planning Water Youth Sports Women Issues Rights Matters"
        " Mines Forestry Works Welfare Communications Heritage Immigration Migration Social"
        " Maritime Oceans Budget Gender Equality Diaspora Lands Livestock Aviation"
        " Telecommunications Broadcasting Refugees Disarmament Nonproliferation Reconstruction"
        " Responsible"
        # (an office's participles: "Indonesian Coordinating Minister for ... A")
        " Coordinating Presiding Managing"
    ).split(),
}

# capital letters of Latin scripts ("Á", "Ł", "Ş"): names of any language
_UP = "A-Z" + "".join(chr(i) for i in range(0xC0, 0x250) if chr(i).isupper())
_LOW = "a-z" + "".join(chr(i) for i in range(0xC0, 0x250) if chr(i).islower())

# a title's words after its "of"/"for" to the end of its clause; an initialism's full
# stops do not end it when a body's name follows ("Senior Director for Asia at the U.S.
# National Security Council", "a counsellor at the P.R.C. Embassy"): the body says whose
_TITLE_RUN = (
    r"(?:[^,.;\n]*(?<=\b[A-Z])\.(?:[A-Z]\.)+(?=[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}(?:Bank"
    r"|Ministry|Council|Assembly|Parliament|Senate|Government|Embassy|Consulate|Mission|Agency"
    r"|Committee|Commission|Office|Department|Army|Navy|Air\s+Force|Forces|Command|Corps|Guard"
    r"|Authority|Court|Cabinet|Administration|Bureau|Service)\b))*[^,.;\n]*"
)
_POST_TITLE = re.compile(
    r"^,\s+(?!(?:during|in|on|at|after|before|when|while|with|for|to|and|but|which|where|as"
    r"|from|by|under|including|following|ahead|who(?!\s+is\s+the\b)|whom|whose|that)\b)"
    r"(?:the|a|who\s+is\s+the|now\s+the|then\s+the)?\s*"
    r"(?P<title>(?:(?!(?:a|an|the)\s)[\w\-’']+\s+){0,6}?(?:secretary|minister|adviser|advisor|director|president"
    r"|ambassador|spokesperson|spokesman|spokeswoman|envoy|chief|leader|chairman|speaker|"
    r"representative|"
    # ("A B, Lithuania's top diplomat,": a diplomat of the country named)
    r"general|premier|senator|governor|commander(?:-in-chief)?|coordinator|official|councilor"
    r"|counselor|head"
    r"|diplomat"
    # "A B, a judge of the Regional Court, who ..." (not "a retired judge, chairs ...")
    r"|judge(?=\s+(?:of|at)\s)|prosecutor(?=\s+(?:of|at)\s)"
    r"|(?:Official\s+)?Spokes(?:person|man|woman))"  # "Shri A B, Official Spokesperson:"
    # (one holder's title, not a plural: "at the A B Hospital, officials said")
    r"\b(?:\s+(?:of|for|to)\s+" + _TITLE_RUN + ")?)",
)
# ", Deputy Commander of the Land Forces of X": any capitalised office of an institution
_HOLDER_TITLE_OF = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,3}?(?:Commander|Chief|Head|Minister"
    r"|Secretary|President|Director|Chairman|Chair|Governor|Ambassador|Advis[eo]r|Premier)"
    r"\s+(?:of|for)\s+" + _TITLE_RUN + ")"
)
# ", State Secretary and Director of the Directorate.": a capitalised office after a name,
# to the end of the sentence or clause
_POST_TITLE_CAP = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,3}(?:(?:Secretary|Prosecutor)(?:[\s\-]General)?"
    r"|Minister|Director|Adviser|Advisor|Ambassador|Spokesperson|Envoy|Commissioner"
    r"|Chair(?:man|person|woman)?|Head|Commander)(?:\s+(?:and|of|for)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w\-]*)*)?)(?=\s*[.;](?:\s|$)|,\s+(?:who|said|"
    # (or an adjunct after the closing comma: ", the NATO Secretary General, on Monday")
    r"added|on|in|at|over|for|during|next|this|last)\b)"
)
# ", Portugal's Minister of Foreign Affairs,": a country's possessive and a capitalised title
_POST_TITLE_POSS = re.compile(
    r"^,\s+(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?[’']s\s+)(?P<title>(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:Minister|Secretary|President|Ambassador|Envoy|Advis[eo]r|Chancellor|Premier|Governor|"
    r"Commissioner|Director|Representative|Spokes(?:person|man|woman))"
    r"(?:\s+(?:of|for|to)\s+" + _TITLE_RUN + r")?)(?=,|\.(?:\s|$)|\s+(?:met|said|and|in|on)\b)"
)
# ", President of the Republic of Korea": a capitalised title after a name, with its country
_POST_TITLE_OF = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,4}?"
    # "Special Assistant to the President and Senior Director for ...": a double title
    r"(?:(?:Special\s+)?Assistant\s+to\s+the\s+President\s+and\s+(?:[A-Z][\w\-]*\s+){0,3}?)?"
    # "Vice-Minister for ...", "Director-General of ...", "Chargé d'Affaires ad interim of ..."
    r"(?:(?:Vice|Deputy)-)?(?:President|Minister|Chancellor|Secretary(?:[\s\-]General)?"
    r"|Advis[eo]r|Ambassador|Coordinator|Speaker|Governor|Chair(?:man|person|woman)?"
    r"|(?:Chief\s+)?Justice"
    r"|King|Queen|Emir|Amir|Sultan|Emperor|Prince|Princess|Premier|Chairman|Director(?:[\s\-]General)?"
    r"|Member(?=\s+of\s+the\s+(?:Political|Politburo|Standing|State|Central))"
    r"|Councill?or|Chief|Speaker|Governor|Envoy|Commissioner|Representative"
    r"|Charg[eé]\s+d[’']Affaires"
    r"(?:\s+a\.?\s*i\.|\s+ad\s+interim)?)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?=[A-Z])" + _TITLE_RUN + ")"
)
# "The Federal Chancellor of Germany, Olaf Scholz", "Kenya's Cabinet Secretary for Interior,
# Kipchumba Murkomen", "the head of the Special Tasks Department, Zviad Kharazishvili": a
# title (with its country or institution) and a comma before the name
# military ranks, which a comma title may come before
_RANK_WORDS = frozenset(
    {"General", "Gen.", "Admiral", "Adm.", "Senior", "Lieutenant", "Lt.", "Major", "Maj.",
     "Colonel", "Col.", "Vice", "Rear", "Air", "Chief", "Marshal", "Brigadier"}
)
# the head words of a title as one alternation (honorifics are no office)
_HEAD_WORDS = "|".join(sorted(HEADS - HONORIFICS))
# a title and its service or branch in brackets right before a name ("Colonel (Navy) A")
_TITLE_BRACKETED = re.compile(
    r"\b(?P<t>(?:[A-Z][\w.\-]*[ \t]+){0,2}(?:" + _HEAD_WORDS
    + r")[ \t]+\([A-Z][^()\n]{0,30}\))[ \t]+$"
)
_RANK_ALT = "|".join(
    re.escape(w) for w in sorted(_RANK_WORDS | {"Captain", "Commodore", "Commander"}, key=len)[::-1]
)
_AFTER_A_NAME = re.compile(r"[\w.’'\-],\s+(?:the\s+)?$")


def _after_a_name(text: str, at: int) -> bool:
    """Does a title at `at` follow a name and its comma ("H.E. A, Prime Minister of X")?"""
    return bool(_AFTER_A_NAME.search(text, max(0, at - 40), at))


def _from_part(pattern: re.Pattern, part: str, lead: str = "") -> re.Pattern:
    """The pattern from `part` on, `lead` before it (a character every match has just before
    that part, or "(?:" to open again the group the part starts in): wherever the whole
    matches, this matches there too, so a text it does not match skips the slower scan of
    the whole (speed only: the same matches). A part that refers back to an earlier group
    would not do."""
    return re.compile(lead + pattern.pattern[pattern.pattern.index(part) :], pattern.flags)


# the same two after a name with more offices ("A, the UAE's State Councillor,", "A, Jordan's
# Speaker of the National Assembly,"), the Commonwealth's "Minister Responsible for X", and
# closed by a comma and the clause's lowercase words ("A, Minister Responsible for Fisheries,
# met B")
_POST_OFFICE_CAP = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,3}(?:Secretary|Minister|Director|Adviser"
    r"|Advisor|Ambassador|Spokesperson|Envoy|Commissioner|Councill?or|Speaker|Governor"
    # (the Commonwealth's "Minister Responsible for Fisheries")
    r")(?:\s+Responsible)?(?:\s+(?:and|of|for)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w\-]*)*)?)"
    # (closed by the sentence's end, or by a comma and the clause's lowercase words: "A,
    # Minister Responsible for Fisheries, met B")
    r"(?=\s*[.;](?:\s|$)|,\s+[a-z])"
)
_POST_OFFICE_POSS = re.compile(
    r"^,\s+(?:the\s+)?(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?[’']s\s+)"
    r"(?P<title>(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:Minister|Secretary|President|Ambassador|Envoy|Advis[eo]r|Chancellor|Premier|Governor|"
    r"Commissioner|Director|Representative|Spokes(?:person|man|woman)|Councill?or|Chief|Speaker"
    r"|Commander|Chair(?:man|woman)?)(?:\s+Responsible)?"
    r"(?:\s+(?:of|for|to)\s+" + _TITLE_RUN + r")?)(?=,|\.(?:\s|$)|\s+(?:met|said|and|in|on)\b)"
)

# how every title before a name and its comma ends (", A", ", the A", ", His A")
# (", retired General A": a rank's status word between the comma and the rank)
_COMMA_TAIL = r",\s*(?:the\s+|(?:His|Her)\s+|retired\s+)?$"
_COMMA_TITLE = re.compile(
    # ("Our Minister of State, Dr. A": the speaker's, speakers.py; not a word of the title)
    r"(?:\b(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+|\b[Tt]he\s+|\b(?P<our>[Oo]ur)\s+"
    # ("The vessel's captain, Mr. A": a thing's possessive)
    r"|\b[Tt]he\s+[a-z]+[’']s\s+(?=captain|master))?"
    r"(?P<t>(?:[A-Z][\w\-]*\s+){0,5}(?:"
    + _HEAD_WORDS
    + r"|head|chief|commander|director|governor|captain|master"
    + r"|[Cc]harg[eé]\s+d[’'][Aa]ffaires"
    # "the Chargé d'Affaires a.i. of X in Y, A": the interim holder's abbreviation
    + r"(?:\s+a\.\s?i\.|\s+ad\s+interim)?"
    # "The foreign minister of Ghana, A B": a lowercase office
    + r"|(?:(?:deputy|vice|first)\s+)?(?:foreign|prime|defen[cs]e|finance|trade|interior|economy"
    + r"|energy|health|justice)\s+minister"
    # ("Uganda's internal affairs minister, A", "Ghana's central bank governor, B": any
    # lower-case office right after a country's possessive)
    + r"|(?<=[’']s\s)(?:[a-z][\w\-]*\s+){1,3}(?:minister|governor|ambassador|envoy|chief"
    + r"|commander|secretary|advis[eo]r|director|head)"
    + r"|(?<=[’']s\s)minister(?=\s+(?:of|for)\s)"
    # ("The Kenyan defence chief, General A": a service's chief after its demonym)
    + r"|(?:defen[cs]e|army|navy|military|police|intelligence|security)\s+chief"
    # "The Chinese foreign ministry spokesperson, A B": a body's spokesperson, lowercase
    + r"|(?:[a-z]+\s+){0,2}spokes(?:person|man|woman)"
    # ("a spokesperson for the Kenyan foreign ministry, A B": a body written in lowercase)
    + r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,2}(?:[a-z]+\s+)?(?:ministry"
    + r"|government|embassy|presidency|military|army|navy|armed\s+forces|cabinet))?"
    + r"|foreign\s+secretary|ambassador|envoy"
    # "the president of Chile, A B" (a newswire's lowercase head of state, of a state named)
    # (or of a state whose demonym is before it: "The German chancellor, A B")
    + r"|(?:vice\s+)?(?:president|premier|chancellor)(?=\s+of\s+(?:the\s+)?[A-Z]|,))"
    # ("The Minister Responsible for Fisheries of X, A": the Commonwealth's form)
    r"(?:\s+Responsible)?"
    # "the Russian Ambassador to Finland, A": an envoy's post is "to" the country
    # ("Minister of Industry, Energy and Mining, A": a portfolio list with commas)
    # ("Sri Lanka's High Commissioner in New Delhi, A": the post's place after "in")
    # ("the Deputy Head of Mission at the X Embassy in Y, A": where the post is)
    r"(?:\s+(?:of|for|in|at|(?<=[Aa]mbassador\s)to|(?<=[Ee]nvoy\s)to|(?<=[Cc]ommissioner\s)to)"
    r"\s+(?:the\s+)?[A-Z][\w\-]*"
    # ("The head of Kenya's delegation, A": the possessive's lower-case body)
    r"(?:[’']s(?:\s+(?=[a-z]+,)[a-z]+)?)?"
    # ("Deputy Chief of Mission of the Embassy of the People's Republic of China in X, A": a
    # post's unit, its institution and its state, each with its "of"; but "and the Speaker"
    # opens another's title: "Minister for Trade A B and the Speaker of Parliament, C D")
    # (nor "and the Jordanian Ambassador": a demonym before the other's office)
    r"(?:(?:\s+(?:(?:of|for|in|at|to)\s+|and\s+(?!(?:the\s+)?(?:[A-Z][\w\-]*\s+)?(?:"
    + _HEAD_WORDS
    + r")\b))?(?:the\s+)?|,\s+(?=[A-Z][\w\-]*\s+and\s))"
    r"[A-Z][\w\-]*(?:[’']s)?){0,9})?"
    # "the Director General (South Asia), A B": the post's division in brackets
    r"(?:\s+\([A-Z][^()]{0,40}\))?)" + _COMMA_TAIL
)
# "Ambassador in Washington": where a post is held, not whose it is
_POSTED_IN = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*$")
# how every _COMMA_TITLE match ends: most names have no comma before them, and this cheap
# search (for a comma) spares them the slower pattern, tried at each of 80 characters
_COMMA_BEFORE = re.compile(_COMMA_TAIL)

# "Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence A B. C":
# the portfolio runs on (commas, "and", "the") to the name, its last two or three words
_PORTFOLIO_TITLE = re.compile(
    r"\b(?P<title>(?:(?:Acting|Deputy|Under|Assistant|Principal|Special|Senior|Cabinet|Permanent"
    r"|Coordinating|First|Second)"
    r"[ \t]+)*"
    r"(?:Secretary|Minister|Director|Envoy|Coordinator|Advis[eo]r|Commissioner|Representative)"
    # (the Commonwealth's "Minister Responsible for Housing A B": "Responsible" is the office's)
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*)?(?:[ \t]+Responsible)?"
    r"[ \t]+(?P<prep>for|of)[ \t]+(?:the[ \t]+)?)"
    r"(?P<port>[A-Z][\w\-]*(?:(?:,?[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+|[ \t]+)[A-Z][\w\-]*"
    r"(?:[’']s)?)*?)"
    # (names of two-letter words: "Grace Fu", "Ng Eng Hen"; a family name of descent after
    # them, "A B Al-C": the portfolio is the shortest that leaves a name to the run's end)
    r"[ \t]+(?P<name>[A-Z][a-z][\w\-’']*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z][\w\-’']*"
    r"(?:[ \t]+(?:Al|El)-[A-Z][\w\-’']*)?)"
    r"(?![\w\-’']|[ \t]+[A-Z])"
)
# (from the office word on, inside the title's group: "(?:" opens it again)
_PORTFOLIO_TITLE_TAIL = _from_part(_PORTFOLIO_TITLE, "(?:Secretary|Minister", "(?:")

# "Secretary of the provincial Party Committee A B", "Chairman of the X regional government
# C D": an office of a body whose name has lower-case words (so no run of capitals holds the
# title), the body's noun last, then the holder's name
_OFFICE_OF_LOWER_BODY = re.compile(
    r"\b(?P<t>(?:(?:Deputy|Vice|First|Acting|Executive)[ \t]+)?(?:Secretary|Chairman|Chairwoman"
    r"|Chairperson|Chair|Head|Director|Governor|Mayor|President|Commander|Chief|Leader)"
    r"[ \t]+of[ \t]+the[ \t]+(?P<body>(?:[\w\-’']+[ \t]+){0,5}?"
    r"(?i:committee|council|commission|government|administration|assembly|congress|bureau"
    r"|department|authority|province|region|district|city|municipality)))"
    r"[ \t]+(?P<name>[A-Z][\w\-’']+(?:[ \t]+[A-Z][\w\-’']+){1,2})(?![\w\-’']|[ \t]+[A-Z])"
)

_INSTITUTION = (
    r"(?:Bank|Ministry|Council|Assembly|Parliament|Senate|Government|Embassy|Agency|Committee|"
    r"Commission|Office|Department|Army|Navy|Forces|Authority|Court|Cabinet)"
)

_LOWER_POST = re.compile(
    r"\b(?P<by>(?:(?!(?:A|An|The|This|That|Its|Their)\s)[A-Z][\w\-]*(?:[’']s)?\s+){1,2}"
    r"(?:(?!(?:A|An|The|This|That|Its|Their)\s)[A-Z][\w\-]*\s+(?=spokes))?"
    # "the Intelligence Organization (MIT) chief A B": a body's acronym after its name
    r"(?:\([A-Z]{2,6}\)\s+(?=chief|spokes))?)"
    # ("Chinese foreign ministry spokesperson A B", "Kenyan government spokesperson C D": a
    # body in lowercase between the demonym and the spokesperson, a word of the title)
    r"(?P<body>(?:(?:foreign|defen[cs]e)\s+ministry|government|military|army|navy|embassy"
    r"|presidential|coast\s+guard)\s+(?=spokes))?"
    # ("Ghana's foreign minister A B": a country's possessive and a lowercase office; "the
    # Philippine Coast Guard spokesperson A B": a body's)
    r"(?P<post>official|diplomat|national|citizen|resident|spokes(?:person|man|woman)|"
    r"(?<=\)\s)chief|"
    # ("Malaysian police chief A B": a service's chief)
    r"(?:police|army|navy|military|intelligence|security)\s+chief|"
    # ("Chile's deputy prime minister A B", "Peru's special envoy C D")
    r"(?:(?:deputy|vice|first)\s+)?(?:foreign|prime|defen[cs]e|finance|trade|interior|economy"
    r"|energy|health|justice)\s+minister|foreign\s+secretary|(?:special\s+)?envoy|ambassador"
    # ("Chilean senator A B", "Peru's consul general C D": a legislator's or consul's post)
    r"|lawmaker|legislator|senator|parliamentarian|consul(?:\s+general)?)"
    # ("a Greek citizen, A B, has been detained": the name in apposition)
    r"(?:\s+|(?:(?<=national)|(?<=citizen)),\s+(?=[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){1,2},))"
    # ("the Navy spokesperson Rear Admiral A B C": the holder's rank before the name)
    r"(?P<rank>(?:(?:" + _RANK_ALT + r")\s+)*)"
    r"(?P<name>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){1,2})\b"
)
# (the post and what follows it; every "by" part ends in a space)
_LOWER_POST_TAIL = _from_part(_LOWER_POST, "(?P<post>", r"\s")

_ITS_ROLE = re.compile(
    r"\b[Ii]ts\s+(?P<t>(?:[a-z]+\s+){0,2}(?:director|manager|officer|owner|founder|chairman|"
    r"president|executive|representative|agent|leader))(?:,\s+|\s+(?=[A-Z]\w+\s+[A-Z]\w+[.;]))"
    r"(?:(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:resident|national|citizen)\s+)?"
    # ("and its sales agent A B.": no comma when the name ends the sentence)
    r"(?P<name>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){1,2})(?=[,.;])"
)
# (one of these is in every match)
_ITS_ROLES = (
    "director",
    "manager",
    "officer",
    "owner",
    "founder",
    "chairman",
    "president",
    "executive",
    "representative",
    "agent",
    "leader",
)

# "Chinese Chargé d'affaires A B", "the Russian chargé d’affaires a.i. C D": the envoy's title
# right before the name (the title's country in its demonym or possessive, or after "of")
_CHARGE_NAMED = re.compile(
    r"(?P<by>\b(?:[A-Z][\w\-]*(?:[’']s)?[ \t]+){1,2})?"
    r"(?P<t>[Cc]harg[eé]\s+d[’']\s?[Aa]ffaires(?:\s+a\.\s?i\.|\s+ad\s+interim)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3}?(?=\s+[A-Z]))?)"
    rf"[ \t]+(?P<name>[{_UP}][\w\-’']+(?:[ \t]+[{_UP}][\w\-’']+){{1,3}})"
)

# rulers' titles that are given names too, and the words that make an office of another
_RULER_GIVEN_NAMES = frozenset({"Sultan", "Amir", "Emir"})
_TITLE_MODIFIERS = frozenset(
    {"Deputy", "Vice", "Acting", "Former", "First", "Crown", "Interim", "Late", "Then",
     "Majesty", "Highness", "Excellency", "Royal", "His", "Her"}
)

_TITLE_HEAD = re.compile(
    r"\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Envoy|Governor|Speaker"
    r"|Councill?or|Chief|Commander|Advis[eo]r|Commissioner|Director|Spokes(?:person|man|woman))\b"
)

# "the Commander-in-Chief of the Myanmar armed forces, " right before a title and a name
_OWNER_BEFORE = re.compile(
    r"\b(?P<t>(?i:commander|chief|head|minister|president|director|secretary|ambassador"
    r"|chair\w*|governor|leader|general|envoy)[\w\-]*\s+of\s+(?:the\s+)?[A-Z][\w\-’']*"
    r"(?:\s+[A-Z][\w\-’']*){0,3})(?:\s+[a-z][\w\-]*){0,3},\s+$"
)


def _other_office(entry, titles: list[str]) -> bool:
    """Does the text give a gazetteer's official of an organisation ("Kaja Kallas", the EU's
    High Representative) a state's office instead ("Prime Minister Kaja Kallas" in 2022)?"""
    own = re.compile(r"European|Commission|Council|High\s+Representative|EU\b")
    state = re.compile(r"\b(?:Prime\s+Minister|Minister|President|Chancellor)\b")
    return (
        entry[1] == "EU"
        and not any(own.search(t) for t in titles)
        and any(state.search(t) for t in titles)
    )


def _titled_after(text: str, end: int) -> bool:
    """A name (its rest from `end`) followed by a title of its own (", Prime Minister of X")."""
    end = re.match(r"(?:[ \t]+[A-Z][\w\-’']+)*", text[end : end + 60]).end() + end
    return bool(
        _POST_TITLE_OF.match(text[end : end + 160])
        or _POST_TITLE.match(text[end : end + 160])
        or _BARE_OFFICE_AND_NEXT.match(text, end)
    )


# ", President and Mr. B, Prime Minister of X": a bare office of one listed name, the next
# name after "and" and its address
_BARE_OFFICE_AND_NEXT = re.compile(
    r",[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,2}(?:President|Minister|Premier|Chancellor|King|Queen)"
    r"[ \t]+and[ \t]+(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?[ \t]+[A-Z]"
)


# "His Majesty", "Her Royal Highness", "H.E.": a style of address before a title, no part of
# the office ("His Majesty King A" holds the position "King")
_STYLE = re.compile(
    r"(?:(?:His|Her|Their)\s+(?:Royal\s+|Imperial\s+)?(?:Majesty|Majesties|Highness|"
    r"Excellency)|H\.\s?[EM]\.)\s+"
)


# "Senator the Hon A", "Minister the Rt Hon B" (Westminster style): the style after the title;
# "President and Mrs A": the spouse's address after it
_STYLE_AFTER = re.compile(
    r"\s+(?:the\s+(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable|orable)?|and\s+(?:Mrs|Mr|Ms|Madame|Lady)\.?)$"
)


def _without_style(title: str) -> str:
    """The title without a style of address before it ("His Majesty King" is "King") or
    after it ("Senator the Hon" is "Senator", "President and Mrs" is "President")."""
    if title[:1] == "H":
        m = _STYLE.match(title)
        title = title[m.end() :] if m else title
    if " the " in title or " and " in title:
        title = _STYLE_AFTER.sub("", title)
    return title


# words that make another office of the same words ("Vice President" is not "President")
_OTHER_OFFICE_WORDS = {"Vice", "Deputy", "Under", "Assistant", "Former", "Acting", "Associate"}


def distinct_positions(titles: list[str]) -> list[str]:
    """The person's titles less those that only shorten another: a later "Secretary Rubio"
    or "Minister Joly" names the "Secretary of State" or "Minister of Foreign Affairs" the
    text gave in full, not a second position (each word of the short title is in the long
    one, and the long one adds no word that makes another office: "Vice", "Deputy" ...). Two
    offices joined by "and" are read one by one: "Foreign Minister" is one of "Member of
    the Central Committee and Foreign Minister", not a shortening of it."""
    kept = []
    for t in titles:
        short = set(t.replace(",", " ").split())
        if not any(
            short < (long := set(part.replace(",", " ").split()))
            and not (long - short) & _OTHER_OFFICE_WORDS
            for u in titles
            if u != t
            for part in u.split(" and ")
        ):
            kept.append(t)
    return kept


# "Finland's Ambassador to Chile is A B.", "The current Head of Mission is Ms. A B,": a
# capitalised title (with its owner's possessive) as the subject, the name its complement
_TITLE_IS = re.compile(
    r"(?:\b(?P<poss>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[’']s\s+|\b[Tt]he\s+(?:current\s+|new\s+)?)"
    r"(?P<t>(?:[A-Z][\w\-]*\s+){0,3}(?:" + _HEAD_WORDS + r")"
    r"(?:\s+(?:of|for|to|in)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3})?)"
    r"\s+(?:is|was)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?P<name>[{_UP}][a-z][\w\-’']+(?:\s+[{_UP}][a-z][\w\-’']+){{1,2}})(?=\s*[.,;]|\s*$)"
)
# ("is"/"was", the name, and what follows it)
_TITLE_IS_TAIL = _from_part(_TITLE_IS, r"(?:is|was)\s+(?:(?:Mr", r"\s")
# "Xi met A's predecessor, B C,": one who held (or will hold) A's office, of A's country
_PREDECESSOR = re.compile(
    rf"\b(?P<of>[{_UP}][\w\-]*)[’']s\s+(?:immediate\s+)?(?:predecessor|successor),?\s+"
    rf"(?P<name>[{_UP}][a-z][\w\-’']+(?:\s+[{_UP}][a-z][\w\-’']+){{1,2}})(?=\s*[,.;]|\s+[a-z])"
)
# a contact line of a release: "A B, Director, Unit for X, tel. +1 ...", "A B, Press
# Officer, e-mail ...": a name opening its line, a title with a head word, then how to reach
# them (not a signature's "A B, Prime Minister", which may be a foreign signatory's)
_CONTACT_LINE = re.compile(
    # ("Media contact: A B, Press Secretary, 021 555 0100": a label before, a number after)
    r"^[ \t]*(?:(?:[A-Z][a-z]+[ \t]+)?(?i:contacts?|inquiries|enquiries)[ \t]*:[ \t]*)?"
    rf"(?P<name>[{_UP}][a-z][\w\-’']+(?:[ \t]+[{_UP}][a-z][\w\-’']+){{1,2}}),[ \t]+"
    r"(?P<t>(?:[A-Z][\w\-]*[ \t]+){0,3}(?:" + _HEAD_WORDS + r")"
    r"(?:,[ \t]+[A-Z][^,\n]{0,60}?)?)"
    r"(?=,[ \t]+(?:(?i:tel|phone|mobile|e-?mail)\b|\+?\d))",
    re.M,
)
# the same in lines: "A B\nPress Secretary\nOffice of the Minister of X\n613-555-0100": a
# name alone on its line, its title (with an office word) on the next, up to two more lines
# (the office), then a telephone number or an e-mail address
_CONTACT_BLOCK = re.compile(
    rf"^[ \t]*(?P<name>[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']+"
    rf"(?:[ \t]+[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']+){{1,3}})"
    r"[ \t]*\n[ \t]*(?P<t>(?:[A-Z][\w\-]*[ \t]+){0,3}(?:" + _HEAD_WORDS + r")"
    r"(?:[ \t]+(?:of|for|to|and|the|[A-Z][\w\-’']*))*)[ \t]*\n"
    r"(?:[ \t]*[A-Z][^\n@]{0,100}\n){0,2}"
    r"[ \t]*(?:(?i:tel|phone|mobile|e-?mail)\b|\+?\(?\d[\d \t().\-]{6,}\d[ \t]*$|\S+@\S+)",
    re.M,
)
_LABEL_LINE = re.compile(
    r"^[ \t]*(?P<t>(?:Official[ \t]+)?Spokes(?:person|man|woman))[ \t]*:[ \t]*"
    rf"(?P<name>(?:(?:Md|Mohd|Dr|Mr|Ms|Mrs)\.?[ \t]+)?[{_UP}][a-z][\w\-’']+"
    rf"(?:[ \t]+[{_UP}][a-z][\w\-’']+){{1,3}})[ \t]*$",
    re.M,
)

# "President of the Senate", "President of the National Assembly": a body's head, not the
# state's (its "of" names a body, not a state)
_OF_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:House|Congress|Chamber|Party|"
    + _INSTITUTION
    + r")\b"
)


def _singular(office: str) -> str:
    """A plural office in the singular, word by word: "Foreign Ministers" -> "Foreign
    Minister", "Secretaries" -> "Secretary" (a list's office is each one's)."""
    return re.sub(r"ies\b", "y", re.sub(r"(?<![ie])s\b", "", office))


def _title_head(title: str) -> str:
    """ "Israeli Prime Minister" and "Prime Minister of Israel" -> "prime minister"."""
    words = [w for w in title.split(" of ")[0].split() if not country_of_word(w)]
    return " ".join(words).lower()


def _state_head(title: str) -> str:
    """The head of a state's office ("president"), none for a body's ("President of the
    Senate" is not the state's one president)."""
    return "" if " of " in title and _OF_BODY.search(title) else _title_head(title)

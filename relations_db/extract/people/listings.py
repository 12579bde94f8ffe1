"""Listings: the people of sanctions and designation releases.

Lists of targets ("the following individuals: A, B and C", _TARGETS_ARE, _DESIGNATED,
_LISTED_ARE), bulleted items, target names with the bracketed particulars after them
("(born 1970; nationality: X)", _PARTICULARS, _particulars_country), profiles and counted
designations ("sanctioned three individuals and two entities": _PROFILE,
_COUNTED_DESIGNATION), firms told apart from people (legal forms, short names in
brackets), detainees and releases, and the country of a listed or sanctioned person
(_based_country, _sanctioned_country).

Imports titles and names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...countries import country_of_word
from .names import _COUNTRY_WORD, _SENTENCE_END
from .titles import _UP, _from_part

# a measure's verb earlier in the sentence, its object still open: "sanctioned two
# companies, X Co., Ltd. and Y Co., Ltd., and a Chinese national," (no sentence end between)
_MEASURE_ON = re.compile(
    r"\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|indict(?:ed|s)"
    r"|arrest(?:ed|s)|detain(?:ed|s)|sentenc(?:ed|es)|expel(?:led|s))\s"
    r"(?:(?![.?!][”\"]?\s+[A-Z])[^;:])*$"
)

# "sanctioned three individuals and two entities", "designated 12 individuals"
_COUNTED_DESIGNATION = re.compile(
    r"\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing))\s+(?:\w+\s+){1,2}"
    r"(?:individuals?|persons?|people)\b"
)
# the firms counted first: "is sanctioning four entities and two individuals"
_FIRMS_THEN_PEOPLE = re.compile(
    r"\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing))\s+(?:\w+\s+){1,2}"
    r"(?:entit(?:y|ies)|companies|firms)\s+and\s+\w+\s+(?:individuals?|persons?|people)\b"
)
# a target's profile opening a sentence: "[Yemen-based] A B, a Houthi procurement official,
# coordinates ...", "X Co., Ltd., a China-based supplier ..., has sold ...", "Its general
# manager, A B, is also designated today"
_PROFILE_NAME = (
    # (words of two letters too: "Li Jianguo", "Ri Song-hyok")
    rf"(?P<name>(?:al-)?[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']*(?:[ \t]+(?:al-|bin[ \t]+|ibn[ \t]+)?"
    rf"[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']*){{1,4}})"
)
_PROFILE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:"
    rf"(?:(?P<based>[{_UP}][\w\-]*)-based[ \t]+)?{_PROFILE_NAME},[ \t]+(?:a|an|the)[ \t]+"
    r"(?P<descr>[^,;.]{3,60}?),[ \t]+(?:has[ \t]+|also[ \t]+)?(?:[a-z]+ly[ \t]+)?"
    # (what a profile says the target does, not what a speaker says: "A, a spokeswoman, noted")
    r"(?!(?:noted|added|stated|explained|warned|argued|welcomed|stressed|emphasi[sz]ed|urged|"
    r"called|asked|agreed|expressed|reiterated|recalled|announced|condemned)\b)[a-z]+(?:s|ed)\b"
    r"|(?P<firm>[A-Z][\w\-&’']*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\-&’'.]*){0,6}?,?[ \t]+"
    r"(?:Co\.,?[ \t]+Ltd\."
    r"|Ltd\.?|Inc\.?|LLC|Corp\.?|Corporation|Company|GmbH|S\.A\.|PLC|JSC|FZE))"
    r"(?:[ \t]+\([^()]{2,40}\))?,[ \t]+(?:a|an)"  # (a short name: "X Co., Ltd. (X), a ...")
    r"[ \t]+(?P<fdescr>[^,;.]{3,80}?),"
    r"|(?:Its|Their)[ \t]+(?P<role>[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){0,2}),[ \t]+"
    # ("Its sole director, Hong Kong resident A B, also opened the accounts": the firm's
    # officer, profiled by what the officer did)
    r"(?:(?P<res>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)[ \t]+(?:resident|national|citizen)[ \t]+)?"
    rf"{_PROFILE_NAME.replace('?P<name>', '?P<name2>')},[ \t]+(?:(?:is|was|are|were)[ \t]+"
    r"(?:also[ \t]+)?(?:being[ \t]+)?(?:designated|sanctioned)\b|(?:also[ \t]+|has[ \t]+)?"
    r"(?:[a-z]+ly[ \t]+)?(?!(?:said|stated|noted|added|announced|welcomed)\b)[a-z]+ed\b)"
    # "A B is the owner of X Ltd.", "A B is being designated pursuant to E.O. 13224": a
    # target's paragraph opened by the name alone, what the person is or that the person
    # is designated
    rf"|{_PROFILE_NAME.replace('?P<name>', '?P<name3>')}[ \t]+(?:is|was|serves[ \t]+as)[ \t]+"
    # ("is the cartel's chief financial officer.": the body's possessive before the post)
    r"(?:(?:the|a|an)[ \t]+(?P<descr3>(?:(?-i:[a-z])[\w\-]*[’']s[ \t]+)?(?-i:[a-z])[\w\-]*"
    r"(?:[ \t]+(?-i:[a-z])[\w\-]*){0,3})(?:[ \t]+of[ \t]+(?-i:[A-Z])|[ \t]*\.|"
    r"[ \t]+(?:who|that|which|since)\b)"
    r"|(?:also[ \t]+)?(?:being[ \t]+)?(?:designated|sanctioned)\b))"
)


_SHORT_NAMED = re.compile(
    rf"{_PROFILE_NAME}[ \t]+\((?P<short>[{_UP}][\w\-’']+)\)"
    # what follows: "is the X of Y." / ", a X based in Z," / ", B's wife, is the X"
    r"(?:,[ \t]+(?:(?:a|an|the)[ \t]+(?P<appo>[^,;.]{3,60}?)(?=,|[ \t]+based\b)"
    r"|[^,;.]{1,40},[ \t]+(?=is\b)))?"
    # ("has served as the X since 2022": the post held, without its dates)
    r"(?:[ \t]*(?:is|serves[ \t]+as|has[ \t]+(?:served[ \t]+as|been))[ \t]+(?:a|an|the)[ \t]+"
    r"(?P<is>[^,;]{3,90}?)"
    r"(?=[ \t]+(?:who|that|which|since|from|until)\b|[,;]|\.(?:\s|$)))?"
)
# a name and its particulars in brackets (a listing's style): "(born 1970, Minsk)", "(b.
# 12.03.1970 in Grodno)", "(date of birth 4 March 1971; nationality: Belarusian)"
_PARTICULARS = re.compile(
    rf"(?P<name>[{_UP}][\w\-’']+(?:[ \t]+(?:(?:bin|bint|ibn|al|el|de|la|del|van|von|da|dos)"
    rf"[ \t]+)?[{_UP}][\w\-’']+){{0,4}})[ \t]+"
    # (a field's label in any case: "(Date of birth: 4 March 1971; Nationality: X)")
    r"\((?P<p>(?i:born\b|b\.|date\s+of\s+birth\b|DOB\b|nationality\b)[^()\n]{1,240})\)"
)
_PARTICULARS_OPEN = re.compile(r"(?i)\((?:born\b|b\.|date\s+of\s+birth\b|DOB\b|nationality\b)")
_NATIONALITY = re.compile(r"\b(?i:nationality):?\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")
_BORN = re.compile(r"\b(?i:born\b|b\.|birth\b)[^;]*")
_PLACE_WORDS = re.compile(r"(?:,|\bin)\s+(?P<c>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)")


def _particulars_country(words: str) -> str | None:
    """The country a listing's particulars give: the nationality, else the birthplace's
    ("born 1970, Minsk", "b. 1970 in Vitebsk, Belarus": the first place that names one)."""
    nationality = _NATIONALITY.search(words)
    born = _BORN.search(words)
    places = [nationality] if nationality else []
    places += list(_PLACE_WORDS.finditer(words, born.start(), born.end())) if born else []
    for m in places:
        place = m.group("c")
        code = (
            country_of_word(place)
            or _unquoted_place(place)
            or country_of_word(place.split()[0])
            or _unquoted_place(place.split()[0])
        )
        if code:
            return code
    return None


# (words of two letters too: "Li Wei", "Ri Song Il")
# "the foreign ministers of X, Y and Z, A, B and C respectively": two lists in one order
_RESPECTIVELY = re.compile(
    r"\b(?P<role>(?:[a-z]+\s+){0,2}(?:ministers|presidents|leaders|ambassadors|envoys|"
    r"secretaries|premiers|chancellors))\s+of\s+(?P<cs>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z]"
    r"[\w’'\-]*)*(?:,\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)*,?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*),\s+(?P<ns>[^;.()]{3,200}?),?\s+respectively\b"
)
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME_PARTICLE = r"(?:(?:de|la|del|da|dos|van|von|der|bin|bint|ibn|al|el)[ \t]+){0,2}"
# ("Saeed bin Rashid", "Luis Alberto de la Torre": particles inside a listed name)
_LIST_NAME = (
    rf"[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']*(?:[ \t]+{_NAME_PARTICLE}[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']*)"
    r"{1,3}"
)
# a name's word, "al-" joined to it ("al-Mansouri"), and the particles between its words
# ("Ahmad bin Khalid al-Mansouri", "Jorge Luis de la Vega", "Siti Aminah binti Yusof")
_NAME_WORD = rf"(?:al-)?[{_UP}][a-zà-öø-ÿĀ-ſ][\w\-’']*"
_PARTICLE = r"(?:bin|binti|bint|ibn|de[ \t]+la|de|del|da|das|do|dos|van|von|van[ \t]+der|ter)"

_PERSON_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}}"
# the legal form a firm's name ends in ("X Petrochemical Private Limited", "Y DMCC")
_LEGAL_END = re.compile(
    r"\b(?:Limited|Ltd|LLC|LLP|Inc|Corp|GmbH|PLC|JSC|OJSC|PJSC|CJSC|OOO|FZE|FZCO|DMCC|Bhd|"
    r"S\.A|AG|SRL|Pte|Co)\.?$"
)
# a legal form right after a name: "Douro Fine Chemicals Co., Ltd.", "X Trading, Inc."
_LEGAL_FORMS_AFTER = (
    r"(?:Co\.|Ltd\b|Limited\b|LLC\b|LLP\b|Inc\b|Corp\b|GmbH\b|PLC\b|JSC\b|OJSC\b|PJSC\b|"
    r"OOO\b|FZE\b|FZCO\b|DMCC\b|Sdn\b|Pte\b|Pvt\b|S\.A\.|A\.Ş\.|SRL\b|S\.r\.l\.|B\.V\.|"
    r"Private[ \t]+Limited\b)"
)
# (up to three more words of the firm's name first: "Anatolia Motor Parts A.Ş.")
_LEGAL_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w\-&’']*){0,3},?[ \t]+" + _LEGAL_FORMS_AFTER
)
_FIRM_SHORT_NAME = re.compile(
    _LEGAL_FORMS_AFTER.replace("\\b", "") + r"[ \t]*\((?P<short>[A-Z][^()\n]{1,40})\)"
)
# a firm's short name in brackets after its full name: "Anatolia Motor Parts A.Ş. (Anatolia"
_FIRM_THEN_BRACKET = re.compile(_LEGAL_FORMS_AFTER.replace("\\b", "") + r"[ \t]*\($")
# words of a firm's or a body's name, never of a person's: a list of such names is no list
# of people ("sanctioned Golden Crest Trading and Blue Lotus Marine")
_FIRM_WORDS = frozenset(
    "Trading Logistics Shipping Marine Maritime Electronics Petrochemical Industrial Industries "
    "Aviation Technology Technologies Energy Holding Holdings Supply Group Bank Company "
    "Corporation Enterprise Enterprises Services Partners Capital Investment Investments "
    "Resources Mining Gold Oil Gas Petroleum Airlines Air Cargo Lines Fleet Navigation Systems "
    "Solutions Engineering Construction Development International Global Foundation Institute "
    "Ministry Directorate Bureau Agency Office Council Committee Command Forces Army Navy Guard "
    "Corps Police Service Cartel Network Brigade Battalion Militia Organisation "
    "Organization Plant Factory Works Port Exchange Fund Trust Media News Press Television "
    "Radio University Academy Center Centre Prison Banco Banque Limited Ltd LLC Inc".split()
)
# "A B, a Chinese national", "C D, an Iranian financier designated today", "E F, a former
# Russian general": a person's name, a nationality and a person's noun in apposition
_DEMONYM_APPOSITION = re.compile(
    # (an alias in brackets may stand between: "A B (also known as C D), a Chinese national";
    # a family name in capitals first: "RI Song Hwan, a North Korean IT worker")
    rf"(?P<name>[A-Z]{{2,8}}(?:[ \t]+{_NAME_WORD}){{1,3}}|{_PERSON_NAME})"
    r"(?:[ \t]+\([^()\n]{1,60}\))?,[ \t]+(?:a|an)[ \t]+"
    r"(?:(?:former|senior|retired|prominent|"
    r"wealthy|well-known|sanctioned|dual)[ \t]+)?(?P<dem>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)"
    r"(?:-born)?[ \t]+(?P<noun>(?:[A-Za-z][\w\-]*[ \t]+){0,2}?(?:national|citizen|resident|"
    r"business(?:man|woman|person)|financier|banker|broker|agent|dealer|trader|executive|"
    r"oligarch|general|colonel|officer|official|judge|prosecutor|commander|leader|politician|"
    r"lawmaker|diplomat|hacker|spy|smuggler|facilitator|investor|magnate|tycoon|entrepreneur|"
    r"engineer|scientist|operative|militant|propagandist|journalist|blogger|activist|worker|"
    r"employee|representative|developer|programmer|technician|pilot|captain|administrator|"
    r"manager|director|owner|shareholder|associate|intermediary|middleman))\b"
)

_A_DEMONYM = re.compile(r",[ \t]+an?[ \t]+(?:[a-z\-]+[ \t]+)?[A-Z]")
_DEMONYM_NOUN_NAME = re.compile(
    r"\b(?P<dem>[A-Z][\w\-]*)[ \t]+(?P<noun>(?:[a-z][\w\-]*[ \t]+){0,2}?(?:business(?:man|woman)|"
    r"financier|banker|broker|dealer|trader|executive|oligarch|general|colonel|officer|official|"
    r"judge|prosecutor|commander|politician|lawmaker|diplomat|hacker|smuggler|facilitator|"
    r"magnate|tycoon|entrepreneur|militant|propagandist|national|citizen))"
    rf"[ \t]+(?P<name>{_PERSON_NAME})(?![\w\-’']|[ \t]+[A-Z])"
)
# "A B and C D have been designated for", "A B, C D and E F were sanctioned today"
_PASSIVE_SUBJECTS = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<names>{_PERSON_NAME}(?:,[ \t]+{_PERSON_NAME})*,?[ \t]+"
    rf"and[ \t]+{_PERSON_NAME})[ \t]+(?:have|has|were|are|was|is)[ \t]+(?:also[ \t]+)?"
    r"(?:been[ \t]+|being[ \t]+)?(?:designated|sanctioned|listed)\b"
)
# "A B, who was also designated today", "C D, who is being sanctioned for ..."
_WHO_WAS_DESIGNATED = re.compile(
    rf"(?P<name>{_PERSON_NAME}),[ \t]+who[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:also|being|likewise)[ \t]+)*(?:designated|sanctioned|listed)\b"
)
# a measure's object told by a role in lower case, then the name set off by commas:
# "designating former governor of X Province, Y, A B, due to ...", "is also designating his
# spouse, C D, and his son, E F": each item one target, the role its title (a possessive
# role, a relative's, is none), the country one the role names or else its possessor's
_ROLE_ITEM = re.compile(
    r"(?P<role>(?P<own>(?:his|her|their|its)[ \t]+)?(?-i:[a-z])[\w\-]*(?:[ \t]+(?-i:[a-z])[\w\-]*)"
    r"{0,3}?(?:[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][^,;.()\n]{1,50}?)"
    r"(?:,[ \t]+(?P<c>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?))?)?),[ \t]+"
    rf"(?P<name>{_PERSON_NAME})"
    r"(?=,|[ \t]*[.;]|[ \t]+(?:for|due|over|because|under|pursuant|as)\b)"
)
_ROLE_ITEMS_AFTER = re.compile(
    r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing))[ \t]+(?:also[ \t]+)?(?=(?-i:[a-z]))"
)
_ROLE_ITEM_SEP = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
# a role's words that make it no person's: a count, a list's lead, a body or a firm
_NO_ROLE = re.compile(
    r"\b(?:following|individuals|persons|people|entities|companies|firms|vessels|company|"
    r"firm|entity|bank|group|organi[sz]ation|network|vessel|ship|its\s+(?:ships|vessels))\b"
    r"|^(?:also|today|two|three|four|five|six|seven|eight|nine|ten|several|\d)\b"
)

# a register's entry for a person, on a line of its own: the family name in capitals, a
# comma, the given names, and the person's particulars up to "(individual)" ("DOE, John
# Paul (a.k.a. ...), Town, Country; DOB 1970; nationality X (individual) [PROGRAM]")
_REGISTER_ENTRY = re.compile(
    r"^[ \t]*(?P<family>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,2}),[ \t]+"
    r"(?P<given>[A-Z][a-z][\w’'\-]*(?:[ \t]+[A-Z][a-z][\w’'\-]*){0,3})"
    r"(?=[ \t]*[,(;])(?P<rest>[^\n]*\((?i:individual)\)[^\n]*)$",
    re.M,
)
# a list's line with no mark, after a colon: a name, a dash and the role ("A B – member of
# the X;"), in a text about a measure
_DASHED_TARGET = re.compile(
    rf"(?:(?<=:\n)|(?<=:\n\n)|(?<=;\n))[ \t]*(?P<name>{_PERSON_NAME})[ \t]+[–—][ \t]+"
    r"(?P<t>[^,;\n]{3,100})[^;\n]*[;.]?[ \t]*$",
    re.M,
)

_PLURAL_TARGETS = re.compile(
    r"(?:(?:^|(?<=[.!?][ \t])|(?<=\n))(?:(?:Two|Three|Four|Five|Six|Several|Its|Their|The)"
    r"[ \t]+)?|\b(?:sanctions[ \t]+on|sanctioned|designated|include|and)[ \t]+(?:two|three|four|"
    r"five|six|several|its|their|the)[ \t]+)"
    # ("two Chinese nationals, A B and C D": a demonym before the noun)
    r"(?:(?P<dem>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)[ \t]+(?=[a-z]))?"
    r"(?P<role>[a-z][\w\-]*s(?:[ \t]+of[ \t]+(?:the|its|their)[ \t]+(?:[A-Za-z][\w\-]*[ \t]+){0,3}"
    r"[A-Za-z][\w\-]*)?),[ \t]+"
    rf"(?P<names>{_LIST_NAME}(?:,[ \t]+{_LIST_NAME})*,?[ \t]+and[ \t]+{_LIST_NAME})"
    r"(?:,[ \t]+(?:are|were)[ \t]+(?:also[ \t]+)?(?:being[ \t]+)?(?:designated|sanctioned)\b"
    # ("..., A B and C D, for supplying parts": the measure's reason after the list)
    r"|(?=[ \t]*[.;])|(?=,?[ \t]+(?:for|over|because)\b))"
)
# (the names, their comma and what follows them)
_PLURAL_TARGETS_TAIL = _from_part(_PLURAL_TARGETS, r",[ \t]+(?P<names>")


def _based_country(words: str) -> str | None:
    """The country of "Yemen", or of the "Sanaa-based" word in "a Sanaa-based businessman"
    (a capital written without its apostrophe: "Sanaa", "Sana'a")."""
    if words and "-" not in words and " " not in words:
        return _unquoted_place(words)
    # ("a St. Petersburg-based maker": an abbreviated first word)
    based = re.search(r"\b([A-Z][\w’']*(?:(?<=St)\.)?(?:[ \t][A-Z][\w’']*)?)-based\b", words)
    return _unquoted_place(based.group(1)) if based else None


@lru_cache(maxsize=1)
def _unquoted_places() -> dict[str, str]:
    from ...countries import _word_table

    return {re.sub(r"[’']", "", word): code for word, code in _word_table().items()}


def _unquoted_place(word: str) -> str | None:
    return country_of_word(word) or _unquoted_places().get(re.sub(r"[’']", "", word))


# "The individuals sanctioned today are", "Among those designated today is", "The first
# individual listed, in 2023, was": a list of the sanction's targets follows
_LISTED = (
    # (any case: "Those listed include A" opens a sentence)
    r"(?:\b(?i:those|persons|individuals?|people)\s+(?:listed|designated|sanctioned|targeted)\b"
    r"(?:\s+today)?"
    # ("The designated individuals include A")
    r"|\b(?i:the)\s+(?:listed|designated|sanctioned)\s+(?:individuals|persons|people)\b"
    # ("... sanctions on three officials over X. The officials are A, ...": the counted
    # object named again)
    r"|\b(?i:the)\s+(?:individuals|persons|officials)(?=\s+(?:are|include)\s+[A-Z])"
    # ("Today's listings include A", "The new designations include B")
    r"|\b(?:(?i:today)[’']s|(?i:the)(?:\s+(?:new|latest))?)\s+(?:listings|designations))"
)
# (the list may follow a colon as bulleted lines: "The individuals listed are:\n- A, ...;")
# (bullets are marks or numbers: "- A", "• A", "1. A", "(2) A")
_MARK = r"(?:[-–•*]|\(?\d{1,2}[.)])"
_BULLET = r"(?:" + _MARK + r"[ \t]+)?"
_TARGETS_ARE = re.compile(
    r"(?:" + _LISTED + r"(?:,[^;.]{1,40}?,)?\s+(?:include|includes|is|are|was|were)"
    # ("sanctioned the following persons:", "designated the following:": a lead to a list)
    r"|\b(?:sanction(?:ed|s)|designat(?:ed|es)|list(?:ed|s))\s+the\s+following"
    r"(?:\s+[a-z]+){0,3}(?=:)"
    # ("The UK has today sanctioned:" and the list in lines)
    r"|\b(?:sanctioned|designated|listed)(?:\s+today)?(?=:)"
    # a measure's counted object, then its names: "sanctions against 3 individuals, including
    # A, B and C", "travel bans on three Russian individuals: A, B and C"
    r"|\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|list(?:ed|ing)|(?:sanctions|measures|"
    # ("under the Special Economic Measures (Iran) Regulations on four Iranian individuals")
    r"bans?|restrictions|Regulations|freezes?)\s+(?:on|against))\s+(?:a\s+)?"
    r"(?:(?:further|additional|new)\s+)?"
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+"
    r"(?:[A-Za-z][\w\-]*\s+){0,2}?(?:individuals|persons|people|officials|members|officers|"
    r"commanders|leaders|executives|businessmen|oligarchs|judges|prosecutors|generals|hackers|"
    r"nationals|citizens)"
    r"\b[^.;:]{0,80}?(?:,\s+(?:including|among\s+them)|\s+including|(?=:))"
    # ("The listings concern officers and propagandists, including A, B and C")
    r"|\b(?:actions?|listings|designations|sanctions|measures)\s+(?:also\s+)?(?:target|concern)s?"
    r"\b[^.;:]{0,80}?"
    r"(?:,\s+(?:including|among\s+them)|\s+including|(?=:))"
    # a measure's verb right before a name a person's apposition or relative clause follows:
    # "sanctioned A B, a Russian businessman, and ...", "sanctions on A B, who runs ..."
    r"|\b(?:sanctioned|designated|sanctioning|designating|(?:actions?|listings|sanctions|"
    r"measures)\s+(?:also\s+)?target(?:s|ed)?|freez(?:e|es|ing)\s+(?:the\s+)?assets\s+of|"
    r"(?:sanctions|measures|restrictions)"
    # (the apposition's noun, not a word of its relative clause: "an Iranian agent who ran the
    # network" is a person's)
    rf"\s+(?:on|against))(?=\s+{_PERSON_NAME},\s+(?:(?:a|an)\s+(?!(?:[\w\-’']+\s+){{0,3}}(?:company|firm|"
    r"entity|bank|group|manufacturer|supplier|distributor|producer|operator|organi[sz]ation|"
    r"network|vessel|tanker|ship|carrier|airline|exchange|fund)s?\b)|who\b))"
    # a measure's object that is a list of names alone: "sanctioned A B and C D for their
    # role in ...", "travel bans on A B, C D and E F, three Burmese officials", "added A B
    # and C D, two businessmen, to the sanctions list" (people by the shape of their names;
    # a list with a firm's word is checked item by item below)
    r"|\b(?P<bare>sanctioned|designated|sanctioning|designating|listed|listing|added|adding|"
    r"(?:actions?|listings|sanctions|measures)\s+(?:also\s+)?target(?:s|ed)?|"
    r"(?:sanctions|measures|bans?|freezes|restrictions)\s+(?:on|against))"
    # (the last item may be a body's: "A B, C D and the X Foundation for their role")
    rf"(?=\s+{_PERSON_NAME}(?:,\s+{_PERSON_NAME})*,?\s+and\s+(?:{_PERSON_NAME}|the\s+[A-Z]"
    r"[^,.;]{2,60}?)"
    r"(?:\s+(?:for|over|to|under)\b|\s*[.;]|,\s+(?:two|three|four|five|six|both|all)\b))"
    # ("These include A, the administrator of X, and B" after the measure)
    r"|\b(?:These|They)\s+include(?=\s+[A-Z])"
    # ("measures on the following individuals:" and the list)
    r"|\b(?:sanctions|measures|bans?|freezes|restrictions)\s+(?:on|against)\s+the\s+"
    r"following(?:\s+[a-z]+){0,3}(?=:))"
    r"(?:\s+|(?P<colon>:)\s*" + _BULLET + r")(?=[A-ZÀ-ÖØ-Þ])"
)
_NEXT_ITEM_SEMI = re.compile(r";\s*(?:and\s+)?" + _BULLET)
# the next line of a bulleted list, and the end of the list (the first line with no bullet)
_NEXT_BULLET = re.compile(r"\n[ \t]*" + _MARK + r"[ \t]+")
_ITEM_HEAD_END = re.compile(r"[ \t]*(?:[,;(]|$)", re.M)
_BULLETED_END = re.compile(r"\n(?![ \t]*" + _MARK + r"[ \t])|$")
# (a bare comma before the next name too: "including A, B and C")
# a listed relative's kinship before the name: "A, his son B and C"
_KIN = (
    r"(?:his|her|their)[ \t]+(?:son|daughter|wife|husband|brother|sister|father|mother"
    r"|nephew|niece|son-in-law)[ \t]+(?=[A-Z])"
)
_NEXT_ITEM = re.compile(
    rf";\s*(?:and\s+)?|,?\s+and\s+(?=[A-Z]|{_KIN})|,\s+(?=[{_UP}]|{_KIN})"
)
_DESIGNATED = re.compile(
    r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing)|imposed\s+sanctions\s+on"
    # "will freeze the assets of A", "restrictive measures on B"
    r"|freez(?:e|es|ing)\s+(?:the\s+)?assets\s+of|restrictive\s+measures\s+(?:on|against)"
    # "sanctions on A", "countermeasures against companies X and Y, as well as against A":
    # the last of the list the measures are against
    r"|(?:sanctions|countermeasures)\s+(?:on|against)\s+(?:[^;]{0,120}?,?\s+(?:and|as\s+"
    r"well\s+as)\s+(?:on|against)?)?)\s+"
    r"(?:(?-i:[a-z])[\w\-]+\s+){0,2}$",
    re.I,
)

# the same, before any first word: "Those listed include the head of the X Department, A"
_LISTED_ARE = re.compile(_LISTED + r"\s+(?:include|includes|are|is|was|were)\b", re.I)
_TARGET_NAME = re.compile(
    # ("his son A B": a listed relative, named after the kinship)
    rf"(?:{_KIN})?"
    # ("Brigadier General A B": a rank before a listed name)
    r"(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Brigadier|Major|Lieutenant|Colonel|"
    r"General|Admiral|Rear|Vice|Captain)[ \t]+)*"
    # ("Ri Song Hyok", "Vu Duc An": words of two letters; "Ahmad bin Khalid al-Mansouri",
    # "Jorge Luis de la Vega": particles between the words)
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+[A-Z]\.)?"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{1,3}})"
    rf"(?![\w\-’']|[ \t]+[{_UP}])"
)
# what follows a target's name: ", also known as "X", the leader of the Y gang", ", a
# businessman based in Z": the noun of the apposition is the title
_TARGET_POST = re.compile(
    r",\s+(?:also\s+known\s+as\s+[“\"][^”\"]{1,40}[”\"],\s+)?(?:(?:a|an|the)\s+"
    r"(?P<t>[^;,\n]+?)(?=\s+(?:who|that|which|based|whose)\b|[;,\n]|$))?"
)
# the rest of a target's apposition up to the comma and "and" of the next item
_APPOSITION_THEN_AND = re.compile(
    # (or the next item right after the comma: "A, a Syrian businessman, B, a senior ...")
    r"(?:\s+(?:who|that|which|whose)\b[^;,\n]{1,100})?,\s+(?:and\s+)?(?=[A-Z])"
)
_BODY_AFTER = re.compile(
    r"[ \t]+(?:Committee|Commission|Council|Community|Forces|Authority|Parliament|Bureau|"
    r"Department|Directorate|Agency|Corporation|Company|"
    # a command, a meeting, a firm: "the Southern Theater Command", "the Ministers Responsible
    # for Trade Meeting" ("for" and the portfolio between), "General Logistics Ltd"
    r"Command|Fleet|Headquarters|Meeting|Summit|Conference|Forum|Group|Holdings?|Ltd|LLC|Inc)"
    r"\b"
)
# a place or a thing named after a person ("King Abdulaziz International Airport", "Sultan
# Qaboos Grand Mosque", "Crown Prince Mohammed bin Salman Road"): the words after the name, or
# its own last word (not the surname-like "Park", "Hall", "Temple", "Church" there)
_FACILITY = (
    r"Airport|Mosque|Road|Avenue|Boulevard|Highway|Expressway|Stadium|University|Hospital"
    r"|Museum|Library|Airbase|Cathedral|Pagoda|Mausoleum|Academy|Institute|Terminal|Award"
    r"|Prize|Scholarship|Centre|Center|Medal|Trophy|Corridor|Causeway|Hotel"
    # (a doctrine or a plan named after its author: "Xi Jinping Thought")
    r"|Thought|Doctrine"
)
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:(?:International|Grand|National|Royal|Memorial|Friendship|Peace|Sports|City"
    r"|Specialist|General|Military|Naval|Air|Convention|Exhibition|Conference|Cultural"
    r"|Heritage|Trade|Business)[ \t]+){0,2}(?:" + _FACILITY
    + r"|Street|Bridge|Park|Hall|Square|Palace|School|College|Canal|Dam|Station|Tower|Temple"
    r"|Church|Port)\b"
)
_FACILITY_LAST = re.compile(r"(?:" + _FACILITY + r")")
# a one-word "name" shaped like an English derived noun or adjective, a word of a body's or
# an event's name in Title Case ("General Election", "General Trading", "Ministers
# Responsible"): a name is rarely built so (a long stem before the suffix; "Jinping" is
# pinyin, "Clement" and "Vance" have short stems)
_ENGLISH_DERIVED = re.compile(
    r"[A-Z][a-z]{3,}(?:tion|sion|ment|ness|ity|ism|ships?|ible|able|ive|ing|ings|ics)"
)
# "call for the release of A", "welcomed the release in November of B"
_RELEASE_OF = re.compile(r"\b(?:release|freeing)\s+(?:(?:in|on)\s+\w+\s+)?of\s+")
_DETAINEE = re.compile(
    r"(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?"
    r"(?P<name>[A-Z][a-z][\w\-’']+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][\w\-’']+){1,2})"
    r"(?![\w\-’']|[ \t]+[A-Z])"
)


# "COMMODORE JAY A\nPCG Spokesperson for the X Sea": a name in capitals on a line of its
# own (a rank before it), the next line its title; the way a statement is signed off
_SIGNATURE = re.compile(
    r"^(?:(?:COMMODORE|GENERAL|ADMIRAL|COLONEL|CAPTAIN|MAJOR|AMBASSADOR|DR\.?)[ \t]+)?"
    r"(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Z’'\-]+)){1,3})[ \t]*\n"
    r"(?P<title>[A-Z][^\n]{3,100})$",
    re.M,
)
_DETAINED_WHO = re.compile(
    rf"(?P<name>[{_UP}][a-z][\w\-’']+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[{_UP}][a-z][\w\-’']+){{1,2}})"
    # ("a Greek citizen, A B, has been detained": the name in apposition is the subject;
    # "A B has been wrongfully detained in X since 2018": the name is the clause's subject)
    r"(?:,\s+(?:who\s+)?|[ \t]+)(?:has\s+been|had\s+been|have\s+been|was|were|is|are|remains?)\s+"
    r"(?:\w+ly\s+)?"
    r"(?:detained|held|imprisoned|jailed|arrested)\b"
)

# "Those sanctioned include:\n\n- Colonel A, ...;\n- B, ...": after the colon, only bulleted
# lines up to the one the name opens (blank lines between items allowed)
_BULLETED_ITEMS = re.compile(
    r":[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*[-–•*][ \t][^\n]*\n(?:[ \t]*\n)*)*[ \t]*[-–•*][ \t]"
    r"(?:[A-Z][\w.]*[ \t]+){0,2}$"
)


def _in_bulleted_list(text: str, start: int, at: int) -> bool:
    """Is the name at `at` an item of a bulleted list that a colon opens at `start`? (the
    items of "Those listed include:" are the targets, as in a sentence)"""
    return bool(_BULLETED_ITEMS.match(text, start, at))


# the object of a measure: "imposing sanctions on 21 individuals linked to Russia's war",
# "sanctions Belarusian judges"
_MEASURE_OBJECT = re.compile(
    r"\b(?:sanctions|measures|restrictions)\s+(?:on|against)\s+|\bsanction(?:s|ed)\s+(?=[a-zA-Z])"
)


def _sanctioned_country(text: str, before: int, home: str) -> str | None:
    """The foreign country the last measure before `before` is aimed at: the first country
    its object names in its sentence ("sanctions on 21 individuals linked to Russia's war
    against Ukraine": Russia, not Ukraine, though a text may name Ukraine more)."""
    measures = list(_MEASURE_OBJECT.finditer(text, max(0, before - 1500), before))
    if not measures:
        return None
    last = measures[-1]
    stop = _SENTENCE_END.search(text, last.end(), before)
    for m in _COUNTRY_WORD.finditer(text, last.end(), stop.start() if stop else before):
        first = re.sub(r"[’']s$", "", m.group(0).split()[0])
        code = country_of_word(first) or country_of_word(re.sub(r"[’']s$", "", m.group(0)))
        if code and code not in (home, "EU"):
            return code
    return None

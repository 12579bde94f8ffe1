"""Names: the records of who is named, and what a name is made of.

Person, Mention and People are the records every other module passes around. A name is
read from runs of capitalised tokens (_RUN, _tokens), with particles ("bin", "van der",
PARTICLES), honorific styles ("Dato' Seri", "Samdech") and family names in capitals
("ISHIBA Shigeru"); surname_of gives the short form later mentions use (family name first
for Chinese and Korean names). _names_like_other_words, _is_name_token and _portfolio_word
tell a name's words from title, portfolio and country words that look like them. The
gazetteer of known officials (GAZETTEER, _gazetteer, _gaz_lookup) is looked up by a
name's folded key (_key, PLAIN_LETTERS). Two text patterns the layers above share live here
too: where a sentence ends (_SENTENCE_END) and a run of capitalised words that may name a
country (_COUNTRY_WORD).

Imports titles only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...countries import _capitals_only, country_of_word
from .titles import _UP, HEADS, TITLE_WORDS

STOP = {
    # headline prepositions after a name: "... Jake Sullivan Aboard Air Force One En Route"
    "Aboard",
    "En",
    "Route",
    "Via",
    "During",
    "Upon",
    "Ahead",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "And",
    "But",
    "Or",
    "So",
    "If",
    "In",
    "On",
    "At",
    "As",
    "For",
    "With",
    "By",
    "From",
    "To",
    "Of",
    "A",
    "An",
    "Our",
    "His",
    "Her",
    "Their",
    "My",
    "Your",
    "Its",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "Despite",
    "Although",
    "Both",
    "Some",
    "Many",
    "Other",
    "All",
    "Q",
    "Thank",
    "Thanks",
    "Yes",
    "No",
    "Well",
    "Now",
    "Then",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Which",
    "Where",
    "Okay",
    "OK",
    "Again",
    "Also",
    "Just",
    "Let",
    "Today",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Summit",
    "Group",
    "Working",
    "Act",
    "Relations",
    "Strait",
    "Sea",
    "Island",
    "Islands",
    "Ocean",
    "Administration",
    "Government",
    "Embassy",
    "Readout",
    "Statement",
    "Remarks",
    "Lunar",
    "New",
    "Year",
    "COVID",
    "AI",
    "Oval",
    "SENIOR",
    "ADMINISTRATION",
    "OFFICIAL",
    "MODERATOR",
    "Jr.",
    "Jr",
    "Sr.",
    "Camp",
    "Leaders’",
    "Leaders",
    "Chinese",
    "American",
    "Union",
    "Nations",
    "United",
    "Republic",
    "Assembly",
    "Forum",
    "Conference",
    "Agency",
    # a ministry's units: "Director-General of the European Affairs Bureau" names no person
    "Bureau",
    "Department",
    "Directorate",
    "Division",
    "Institute",
    "University",
    "Center",
    "Centre",
    "Foundation",
    "Association",
    "Organization",
    "Organisation",
    # (an international body's word: "Secretary-General of the Commonwealth A B")
    "Commonwealth",
    "Secretariat",
    "Bank",
    "Fund",
    "Treaty",
    "Agreement",
    "Initiative",
    "Program",
    "Programme",
    "Dialogue",
    "Partnership",
    "Framework",
    "Room",
    # bodies: "the Chair of the Caribbean Community, Prime Minister A", "the Regional Border
    # Committee" name no person
    "Community",
    "Committee",
    "Commission",
    "Council",
    "Forces",
    "Authority",
    "Parliament",
}
# words of a state's or body's name that are never a person's name on their own
_STATE_WORDS = frozenset(
    {"Federation", "Republic", "Kingdom", "Union", "Emirates", "States", "Confederation"}
)
CHINESE_SURNAMES = set(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo "
    "Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng "
    "Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao "
    "Tan Liao Zou Xiong Jin Qin Xi Hao Kong Bai Cui Kang Mao Qiu Qian Gu Hou Meng Long Wan "
    "Duan Lei Qian Yin Yi Chang Wen Lai Zhan Dou".split()
)
# A few officials every reader of international news knows: name, country, title, and the
# bare words that name them alone. Officials in the database are added to these.
GAZETTEER = [
    ("Joe Biden", "US", "President", ["Biden", "Joseph R. Biden", "Joseph R. Biden, Jr."]),
    ("Donald Trump", "US", "President", ["Trump"]),
    ("Barack Obama", "US", "President", ["Obama"]),
    ("Kamala Harris", "US", "Vice President", ["Harris"]),
    ("Antony Blinken", "US", "Secretary of State", ["Blinken", "Tony Blinken"]),
    ("Lloyd Austin", "US", "Secretary of Defense", []),
    ("Janet Yellen", "US", "Treasury Secretary", ["Yellen"]),
    ("Jake Sullivan", "US", "National Security Advisor", []),
    ("Xi Jinping", "CN", "President", ["Xi"]),
    ("Li Qiang", "CN", "Premier", []),
    ("Li Keqiang", "CN", "Premier", []),
    ("Wang Yi", "CN", "Foreign Minister", []),
    ("Qin Gang", "CN", "Foreign Minister", []),
    ("Yang Jiechi", "CN", "Director", []),
    ("Liu He", "CN", "Vice Premier", []),
    ("He Lifeng", "CN", "Vice Premier", []),
    ("Li Shangfu", "CN", "Defense Minister", []),
    ("Dong Jun", "CN", "Defense Minister", []),
    ("Wang Wentao", "CN", "Commerce Minister", []),
    ("Vladimir Putin", "RU", "President", ["Putin"]),
    ("Sergei Lavrov", "RU", "Foreign Minister", ["Lavrov"]),
    ("Volodymyr Zelensky", "UA", "President", ["Zelensky", "Zelenskyy"]),
    ("Fumio Kishida", "JP", "Prime Minister", ["Kishida"]),
    ("Yoon Suk Yeol", "KR", "President", ["Yoon"]),
    ("Kim Jong Un", "KP", "Leader", []),
    ("Narendra Modi", "IN", "Prime Minister", ["Modi"]),
    ("Emmanuel Macron", "FR", "President", ["Macron"]),
    ("Olaf Scholz", "DE", "Chancellor", ["Scholz"]),
    ("Rishi Sunak", "GB", "Prime Minister", ["Sunak"]),
    ("Justin Trudeau", "CA", "Prime Minister", ["Trudeau"]),
    ("Anthony Albanese", "AU", "Prime Minister", ["Albanese"]),
    ("Benjamin Netanyahu", "IL", "Prime Minister", ["Netanyahu"]),
    ("Recep Tayyip Erdogan", "TR", "President", ["Erdogan"]),
    ("Tsai Ing-wen", "TW", "President", []),
    ("Lai Ching-te", "TW", "President", []),
    ("Nancy Pelosi", "US", "Speaker of the House", ["Pelosi"]),
    # heads of state and government and foreign ministers of the larger countries,
    # 2020-2026, whose texts name them without a demonym ("Prime Minister Suga",
    # "President Duda"); a bare surname only where it is no common word or name
    ("Mike Pompeo", "US", "Secretary of State", ["Pompeo"]),
    ("Marco Rubio", "US", "Secretary of State", ["Rubio"]),
    ("JD Vance", "US", "Vice President", ["Vance", "J.D. Vance"]),
    ("Scott Bessent", "US", "Treasury Secretary", ["Bessent"]),
    ("Pete Hegseth", "US", "Secretary of Defense", ["Hegseth"]),
    ("Mikhail Mishustin", "RU", "Prime Minister", ["Mishustin"]),
    ("Sergei Shoigu", "RU", "Minister of Defence", ["Shoigu"]),
    ("Andrei Belousov", "RU", "Minister of Defence", ["Belousov"]),
    ("Dmitry Peskov", "RU", "Press Secretary", ["Peskov"]),
    ("Maria Zakharova", "RU", "Spokeswoman", ["Zakharova"]),
    ("Alexander Lukashenko", "BY", "President", ["Lukashenko"]),
    ("Dmytro Kuleba", "UA", "Foreign Minister", ["Kuleba"]),
    ("Andrii Sybiha", "UA", "Foreign Minister", ["Sybiha"]),
    ("Denys Shmyhal", "UA", "Prime Minister", ["Shmyhal"]),
    ("Shinzo Abe", "JP", "Prime Minister", []),
    ("Yoshihide Suga", "JP", "Prime Minister", ["Suga", "SUGA Yoshihide"]),
    ("Shigeru Ishiba", "JP", "Prime Minister", ["Ishiba", "ISHIBA Shigeru"]),
    ("Sanae Takaichi", "JP", "Prime Minister", ["Takaichi", "TAKAICHI Sanae"]),
    ("Toshimitsu Motegi", "JP", "Foreign Minister", ["Motegi", "MOTEGI Toshimitsu"]),
    ("Yoshimasa Hayashi", "JP", "Foreign Minister", ["HAYASHI Yoshimasa"]),
    ("Yoko Kamikawa", "JP", "Foreign Minister", ["Kamikawa", "KAMIKAWA Yoko"]),
    ("Takeshi Iwaya", "JP", "Foreign Minister", ["Iwaya", "IWAYA Takeshi"]),
    ("Moon Jae-in", "KR", "President", []),
    ("Lee Jae-myung", "KR", "President", []),
    ("Park Jin", "KR", "Foreign Minister", []),
    ("Cho Tae-yul", "KR", "Foreign Minister", []),
    ("Subrahmanyam Jaishankar", "IN", "External Affairs Minister", ["Jaishankar"]),
    ("Droupadi Murmu", "IN", "President", ["Murmu"]),
    ("Ajit Doval", "IN", "National Security Adviser", ["Doval"]),
    ("Boris Johnson", "GB", "Prime Minister", []),
    ("Liz Truss", "GB", "Prime Minister", []),
    ("Keir Starmer", "GB", "Prime Minister", ["Starmer"]),
    ("David Lammy", "GB", "Foreign Secretary", ["Lammy"]),
    ("James Cleverly", "GB", "Foreign Secretary", ["Cleverly"]),
    ("Catherine Colonna", "FR", "Foreign Minister", ["Colonna"]),
    ("Jean-Noël Barrot", "FR", "Foreign Minister", ["Barrot"]),
    ("Angela Merkel", "DE", "Chancellor", ["Merkel"]),
    ("Friedrich Merz", "DE", "Chancellor", ["Merz"]),
    ("Frank-Walter Steinmeier", "DE", "President", ["Steinmeier"]),
    ("Annalena Baerbock", "DE", "Foreign Minister", ["Baerbock"]),
    ("Johann Wadephul", "DE", "Foreign Minister", ["Wadephul"]),
    ("Giorgia Meloni", "IT", "Prime Minister", ["Meloni"]),
    ("Mario Draghi", "IT", "Prime Minister", ["Draghi"]),
    ("Sergio Mattarella", "IT", "President", ["Mattarella"]),
    ("Antonio Tajani", "IT", "Foreign Minister", ["Tajani"]),
    ("Mark Carney", "CA", "Prime Minister", ["Carney"]),
    ("Mélanie Joly", "CA", "Foreign Minister", ["Joly"]),
    ("Scott Morrison", "AU", "Prime Minister", []),
    ("Penny Wong", "AU", "Foreign Minister", []),
    ("Richard Marles", "AU", "Deputy Prime Minister", ["Marles"]),
    ("Marise Payne", "AU", "Foreign Minister", []),
    ("Jacinda Ardern", "NZ", "Prime Minister", ["Ardern"]),
    ("Christopher Luxon", "NZ", "Prime Minister", ["Luxon"]),
    ("Luiz Inácio Lula da Silva", "BR", "President", ["Lula", "Lula da Silva"]),
    ("Jair Bolsonaro", "BR", "President", ["Bolsonaro"]),
    ("Mauro Vieira", "BR", "Foreign Minister", []),
    ("Javier Milei", "AR", "President", ["Milei"]),
    ("Andrés Manuel López Obrador", "MX", "President", ["López Obrador", "AMLO"]),
    ("Claudia Sheinbaum", "MX", "President", ["Sheinbaum"]),
    ("Gustavo Petro", "CO", "President", ["Petro"]),
    ("Nicolás Maduro", "VE", "President", ["Maduro"]),
    ("Gabriel Boric", "CL", "President", ["Boric"]),
    ("Dina Boluarte", "PE", "President", ["Boluarte"]),
    ("Mario Abdo Benítez", "PY", "President", ["Abdo Benítez"]),
    ("Santiago Peña", "PY", "President", []),
    ("Cyril Ramaphosa", "ZA", "President", ["Ramaphosa"]),
    ("Naledi Pandor", "ZA", "Minister of International Relations and Cooperation", ["Pandor"]),
    ("Ronald Lamola", "ZA", "Minister of International Relations and Cooperation", ["Lamola"]),
    ("Bola Tinubu", "NG", "President", ["Tinubu"]),
    ("Muhammadu Buhari", "NG", "President", ["Buhari"]),
    ("William Ruto", "KE", "President", ["Ruto"]),
    ("Abiy Ahmed", "ET", "Prime Minister", ["Abiy"]),
    ("Nana Akufo-Addo", "GH", "President", ["Akufo-Addo"]),
    ("John Dramani Mahama", "GH", "President", ["Mahama"]),
    ("João Lourenço", "AO", "President", ["Lourenço"]),
    ("Abdel Fattah el-Sisi", "EG", "President", ["el-Sisi", "Sisi", "Abdel Fattah Al-Sisi"]),
    ("Sameh Shoukry", "EG", "Foreign Minister", ["Shoukry"]),
    ("Kais Saied", "TN", "President", []),
    ("Aziz Akhannouch", "MA", "Head of Government", ["Akhannouch"]),
    ("Mohammed bin Salman", "SA", "Crown Prince", []),
    ("Faisal bin Farhan", "SA", "Foreign Minister", []),
    ("Tamim bin Hamad Al Thani", "QA", "Amir", []),
    ("Mohamed bin Zayed Al Nahyan", "AE", "President", ["Mohamed bin Zayed"]),
    ("Ebrahim Raisi", "IR", "President", ["Raisi"]),
    ("Masoud Pezeshkian", "IR", "President", ["Pezeshkian"]),
    ("Ali Khamenei", "IR", "Supreme Leader", ["Khamenei"]),
    ("Hossein Amir-Abdollahian", "IR", "Foreign Minister", ["Amir-Abdollahian"]),
    ("Abbas Araghchi", "IR", "Foreign Minister", ["Araghchi"]),
    ("Isaac Herzog", "IL", "President", ["Herzog"]),
    ("Yair Lapid", "IL", "Prime Minister", ["Lapid"]),
    ("Mevlüt Çavuşoğlu", "TR", "Foreign Minister", ["Çavuşoğlu"]),
    ("Hakan Fidan", "TR", "Foreign Minister", ["Fidan"]),
    ("Hulusi Akar", "TR", "Minister of National Defence", ["Akar"]),
    ("Shehbaz Sharif", "PK", "Prime Minister", []),
    ("Ishaq Dar", "PK", "Foreign Minister", []),
    ("Kassym-Jomart Tokayev", "KZ", "President", ["Tokayev"]),
    ("Shavkat Mirziyoyev", "UZ", "President", ["Mirziyoyev"]),
    ("Joko Widodo", "ID", "President", ["Widodo", "Jokowi"]),
    ("Prabowo Subianto", "ID", "President", ["Prabowo"]),
    ("Retno Marsudi", "ID", "Foreign Minister", ["Marsudi"]),
    ("Ferdinand Marcos Jr.", "PH", "President", ["Ferdinand R. Marcos Jr."]),
    ("Rodrigo Duterte", "PH", "President", ["Duterte"]),
    ("Anwar Ibrahim", "MY", "Prime Minister", []),
    ("Lee Hsien Loong", "SG", "Prime Minister", []),
    ("Lawrence Wong", "SG", "Prime Minister", []),
    ("Pham Minh Chinh", "VN", "Prime Minister", []),
    ("Andrzej Duda", "PL", "President", ["Duda"]),
    ("Karol Nawrocki", "PL", "President", ["Nawrocki"]),
    ("Mateusz Morawiecki", "PL", "Prime Minister", ["Morawiecki"]),
    ("Donald Tusk", "PL", "Prime Minister", ["Tusk"]),
    ("Radosław Sikorski", "PL", "Foreign Minister", ["Sikorski"]),
    ("Klaus Iohannis", "RO", "President", ["Iohannis"]),
    ("Viktor Orbán", "HU", "Prime Minister", ["Orbán"]),
    ("Kyriakos Mitsotakis", "GR", "Prime Minister", ["Mitsotakis"]),
    ("Ulf Kristersson", "SE", "Prime Minister", ["Kristersson"]),
    ("Alexander Stubb", "FI", "President", ["Stubb"]),
    ("Sauli Niinistö", "FI", "President", ["Niinistö"]),
    ("Jonas Gahr Støre", "NO", "Prime Minister", ["Støre"]),
    ("Mette Frederiksen", "DK", "Prime Minister", ["Frederiksen"]),
    ("Ursula von der Leyen", "EU", "President of the European Commission", ["von der Leyen"]),
    ("Josep Borrell", "EU", "High Representative", ["Borrell"]),
    ("Kaja Kallas", "EU", "High Representative", ["Kallas"]),
]

# lowercase particles inside names: "Mohammed bin Salman", "López de la Rosa", "al-Sudani"
PARTICLES = {
    "bin",
    "bint",
    "ibn",
    "al",
    "el",
    "de",
    "del",
    "della",
    "der",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "van",
    "von",
    "den",
    "ter",
    "y",
    "e",
    # Turkic patronymic words between the father's name and the family name ("A B oglu C")
    "oglu",
    "oğlu",
    "ogly",
    "qizi",
    "kyzy",
    "uulu",
}
_PART = (
    r"(?:bin|bint|ibn|al|el|de(?:[ \t]+(?:la|los|las))?|del|della|der|di|da|do|dos|das|du|"
    r"(?:van|von)(?:[ \t]+(?:der|den|de))?|den|ter|"
    # "Ulisses Correia e Silva", "José Ortega y Gasset": the Portuguese and Spanish "and"
    # that joins two family names (only between two capitalised words, as every particle)
    r"e|y|"
    r"oglu|oğlu|ogly|qizi|kyzy|uulu)"
)
# "Dato' A" (Malay honorific): the apostrophe belongs to the word
_TOKEN = (
    rf"(?:Dato[’'](?=[ \t])|People[’']s(?=[ \t]+Republic)|[A-Z]\.(?:[A-Z]\.)+|"
    # ("O'Brien", "D'Souza": a one-letter prefix and an apostrophe before a capital)
    rf"[OD][’'][{_UP}][\w\-]*|(?:(?:al|el|Al|El)-)?[{_UP}][\w\-]*(?:[’'][a-rt-z]\w*)?\.?)"
)
# (the spaces before a particle and before a token are taken whole, possessively: both start
# with a letter, so the same matches; a run of thousands of spaces after a name is not tried
# again at each length, which cost the square of the run)
_RUN = re.compile(
    rf"{_TOKEN}(?:(?:[ \t]++(?:(?:of|for|to|and)(?:[ \t]+the)?|the|{_PART}(?=[ \t]+[{_UP}]))?"
    rf"[ \t]*+){_TOKEN})*"
)
_TOK = re.compile(rf"{_TOKEN}|\b(?:of|for|to|and|the)\b|\b{_PART}\b")

# a capitalised word shaped like an English noun of a portfolio, not like a name
_NOUN_SHAPED = re.compile(r"(?:ing|tion|sion|ment|ism|ity|ance|ence|ics|ure|ness|ships?)$")

# after a title: ", the Rt Hon A B", ", His Excellency A B", ", Mr. A B": the next name
_NEXT_NAME = re.compile(
    r",\s*(?:the\s+)?(?:(?:His|Her)\s+)?(?:(?:Excellency|H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rt\.?"
    r"|Hon\.?|Honourable|Honorable|Smt\.?|Shri|Shrimati)\s+)*[A-Z][\w\-’']+\s+[A-Z][\w\-’']+"
)

# ("Ma.": the Filipino abbreviation of Maria, "Ma. Theresa Lazaro")
_ABBREV = re.compile(
    r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Eng\.|Smt\.|Sen\.|Rep\.|Gen\.|Adm\.|Jr\.|Sr\.|St\.|Ma\."
    r"|Md\.|Mohd\.|Muhd\."  # "Md. A B": the South Asian abbreviation of Muhammad
)


@dataclass
class Person:
    key: str
    name: str
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    organization: str | None = None
    aliases: list[str] = field(default_factory=list)
    first: tuple[int, int] = (0, 0)  # the first mention with its title: the evidence
    titled: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)
    counterpart: bool = False  # named as someone's counterpart, with no country of its own
    short: str = ""  # the short name the text gives in brackets: "A B C D (C)"

    @property
    def surname(self) -> str:
        return self.short or surname_of(self.name, self.country)


# particles written with a family name ("van Klaveren"), not a father's name ("bin Salman")
# nor the "and" between two family names ("Correia e Silva")
_SURNAME_PARTICLES = frozenset(PARTICLES - {"bin", "bint", "ibn", "al", "el", "y", "e"})


@lru_cache(maxsize=4096)
def surname_of(name: str, country: str | None = None) -> str:
    words = [w for w in re.split(r"[\s,]+", name) if w and w.rstrip(".") not in ("Jr", "Sr")]
    words = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
    if len(words) >= 3 and _REGNAL.fullmatch(words[-1]):
        words.pop()  # "Lloyd J. Austin III": a generation's numeral is no surname
    if not words:
        return name
    caps = [w for w in words if w.isupper() and len(w) >= 3 and w.isalpha()]
    if len(words) >= 2 and len(caps) == 1:
        return caps[0].capitalize()  # "ISHIBA Shigeru": the family name is in capitals
    if len(words) >= 2 and country in ("KR", "KP"):
        return words[0]  # Korean names put the family name first: "Lee Jae-myung"
    if len(words) >= 2 and words[0] in CHINESE_SURNAMES and country in (None, "CN", "TW"):
        if re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", words[1]) and _pinyin(words[1]):
            return words[0]
    k = len(words) - 1
    while k > 1 and words[k - 1] in _SURNAME_PARTICLES:
        k -= 1  # "Alberto van Klaveren", "Ursula von der Leyen": the particle is the surname's
    return " ".join(words[k:])


def _surname_he(toks: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """Whether the capitalised "He" at toks[i] is the Chinese surname, not the pronoun: it
    follows a title word with nothing but a space between ("Vice Premier He Lifeng", and
    later "Vice Premier He reviewed ...", "Vice Premier He and Secretary A"; a pronoun
    never follows a title directly, "the Premier. He said" has the full stop between); after
    an office's place ("Ambassador to Vietnam He Wenzhong") only before a pinyin word."""
    if toks[i][0] != "He" or i == 0:
        return False
    if not text[toks[i - 1][2] : toks[i][1]].isspace():
        return False
    k = i - 1
    while k > 0 and k > i - 5 and toks[k][0] not in HEADS and (
        toks[k][0] in ("of", "to", "for", "the") or toks[k][0][:1].isupper()
    ):
        k -= 1  # "Ambassador to Vietnam He Wenzhong": the office's place before the name
    if toks[k][0] not in HEADS:
        return False
    if i == len(toks) - 1:
        return k == i - 1
    after = toks[i + 1][0]
    return _pinyin(after.split("-")[0]) or (k == i - 1 and not after[:1].isupper())


_PINYIN = re.compile(
    r"(?:(?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh)?(?:i?a(?:n|ng|o|i)?|ei|en|eng|e|ou|o|ong"
    r"|i(?:e|u|n|ng|ong|ao)?|u(?:a|ai|an|ang|n|o|i|e)?|v|er))+"
)


def _pinyin(word: str) -> bool:
    return bool(_PINYIN.fullmatch(word.lower()))


@dataclass
class Mention:
    start: int
    end: int
    person: Person


class People:
    """The people of one text and where each is mentioned."""

    def __init__(self, home: str | None):
        self.home = home
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]


# initialisms that are no one's initials
_INITIALISMS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "H.E.", "P.R.C.", "R.O.K."})


def _tokens(run: re.Match) -> list[tuple[str, int, int]]:
    out = []
    for t in _TOK.finditer(run.group(0)):
        word = t.group(0)
        a = run.start() + t.start()
        if word.endswith("’s") or word.endswith("'s"):
            word = word[:-2]
        elif (
            word == "Sen."
            and out
            and out[-1][0][:1].isupper()
            and out[-1][0] not in TITLE_WORDS
            and out[-1][0] not in STOP
        ):
            # "the President of the Senate Hun Sen." a name's last word ("Sen") and the end of
            # its sentence, not "Sen." (Senator) before the next name
            out.append(("Sen", a, a + 3))
            out.append((".", a + 3, a + 4))
            continue
        elif word.endswith(".") and word not in HEADS and not re.fullmatch(r"[A-Z]\.", word):
            if not re.fullmatch(r"(?:[A-Z]\.)+", word):
                word = word[:-1]
        # (British "Counsellor")
        parts = word.replace("sellor", "selor").split("-") if "-" in word else ()
        if len(parts) == 2 and word not in HEADS and all(w in HEADS for w in parts):
            # "Minister-Counsellor A": a compound of two titles, read as its first
            out.append((parts[0], a, a + len(word)))
            continue
        if re.fullmatch(r"(?:[A-Z]\.){2,3}", word) and word not in _INITIALISMS:
            # "Retno L.P. Marsudi": initials written together, each one as in "L. P."
            out.extend((word[i : i + 2], a + i, a + i + 2) for i in range(0, len(word), 2))
            continue
        out.append((word, a, a + len(word)))
        raw = t.group(0)
        if raw.endswith(".") and not _ABBREV.fullmatch(raw):
            out.append((".", a + len(raw) - 1, a + len(raw)))  # a sentence ends here
    return out


_LIST_ENTRY = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*]|\(?\d{1,2}[.)])[ \t]*$")


def _family_caps(toks: list, text: str) -> None:
    """ "Mr. ISHIBA Shigeru", "Prime Minister KISHIDA Fumio": a family name in capitals after
    an honorific or a title, before a given name, is written as a name ("Ishiba"); so is
    one that opens an entry of a list ("- JONG A B, representative of ...")."""
    for k in range(0, len(toks) - 1):
        word = toks[k][0]
        if (
            word.isupper()
            and (len(word) >= 3 or word.capitalize() in CHINESE_SURNAMES)  # "Mr. LI Wei"
            and word.isalpha()
            and (
                toks[k - 1][0] in HEADS
                # "Minister of Defense NAKATANI Gen": after the title's portfolio too
                or any(
                    toks[m][0] in HEADS and toks[m + 1][0] in ("of", "for")
                    for m in range(max(0, k - 4), k - 1)
                )
                if k
                else bool(_LIST_ENTRY.search(text, max(0, toks[0][1] - 8), toks[0][1]))
            )
            and _is_name_token(toks[k + 1][0])
            and not country_of_word(word)
        ):
            toks[k] = (word.capitalize(), toks[k][1], toks[k][2])


# verbs of meeting in the third person, capitalised in a headline ("A Meets B")
_HEADLINE_VERB = re.compile(
    r"(?:Meet|Welcome|Host|Receive|Hold|Visit|Call|Speak|Thank|Congratulate|Announce|Discuss"
    r"|Sign|Attend|Arrive|Urge|Say|Pay|Lead|Tour|Reaffirm|Pledge)s"
)


def _names_like_other_words(toks: list) -> None:
    """Words that are names only by position: "General Secretary To Lam" (a function word
    between a title and a name), "General Tun Win" ("Tun" is the Malay honorific only in
    "Tun Dr. A"), "Prime Minister Luis Montenegro" (a country's name after a
    given name that follows a title). They are marked as name words ("Tō", "Xmontenegro");
    the name itself is read from the text."""
    for k in range(1, len(toks) - 2):
        if toks[k][0] not in ("for", "of") or (
            toks[k - 1][0] not in TITLE_WORDS
            and toks[k - 1][0] != "Affairs"
            # ("of the communist party of Viet Nam": a state-like body lower-cased above)
            and not _title_state_word(toks[k - 1][0])
        ):
            continue
        j = k + 2 if toks[k + 1][0] == "the" else k + 1
        for e in range(min(len(toks), j + 6), j + 1, -1):
            words = " ".join(t[0] for t in toks[j:e]).replace("People Rep", "People's Rep")
            if country_of_word(words):
                # "Special Representative for the Democratic People's Republic of Korea A":
                # the state's name is the title's, no part of a name
                for x in range(j, e):
                    toks[x] = (toks[x][0].lower(), toks[x][1], toks[x][2])
                break
    for k in range(1, len(toks)):
        if toks[k][0] != "Affairs":
            continue
        # "Department of Near Eastern and North African Affairs A B": the capitalised words
        # of a portfolio's region before "Affairs" are the portfolio's, no name
        m = k - 1
        while m >= 0 and k - m <= 6 and (
            toks[m][0] == "and" or (toks[m][0][:1].isupper() and toks[m][0] not in HEADS)
        ):
            if toks[m][0] != "and" and _is_name_token(toks[m][0]):
                toks[m] = (toks[m][0].lower(), toks[m][1], toks[m][2])
            m -= 1
    for k in range(1, len(toks) - 1):
        word = toks[k][0]
        if (
            word == "To"
            and (
                toks[k - 1][0] in HEADS
                or _title_state_word(toks[k - 1][0])
                or (k >= 2 and toks[k - 2][0] == "of" and bool(country_of_word(toks[k - 1][0])))
            )
            and _is_name_token(toks[k + 1][0])
        ):
            # "Prime Minister To A", "General Secretary of the Party of Viet Nam To A": a
            # given name right after a title or the title's state (lower-cased above)
            toks[k] = ("Tō", toks[k][1], toks[k][2])
    for k in range(1, len(toks)):
        if _HEADLINE_VERB.fullmatch(toks[k][0]) and (
            _is_name_token(toks[k - 1][0]) or toks[k - 1][0] in HEADS
        ):
            # "President A B Welcomes Prime Minister C": a headline's verb after a name ends
            # the clause, as a full stop would (no name, no title of the name after it; nor
            # is the verb after a title a name: "Foreign Minister Meets Japanese Delegation")
            toks[k] = (".", toks[k][1], toks[k][2])
    for k in range(len(toks)):
        if toks[k][0] == "Tun" and (k + 1 == len(toks) or toks[k + 1][0] not in ("Dr.", "Dr")):
            toks[k] = ("Tūn", toks[k][1], toks[k][2])  # a name ("General Tun Win"), not "Tun Dr."
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if toks[k][0] == "Tan" and nxt not in _SERI:
            toks[k] = ("Tān", toks[k][1], toks[k][2])  # "Tan Kin Lian": a surname
        if toks[k][0] in _SERI and (k == 0 or toks[k - 1][0] not in _SERI_AFTER):
            toks[k] = ("Sērī", toks[k][1], toks[k][2])  # "Sri Mulyani": a given name
        if toks[k][0] == "Utama" and (k == 0 or toks[k - 1][0] not in _SERI):
            toks[k] = ("Ūtama", toks[k][1], toks[k][2])  # a name, not "Dato' Seri Utama"
        if toks[k][0] in ("Haji", "Hajjah") and k > 0 and toks[k - 1][0] in _BIN:
            toks[k] = ("Hājī", toks[k][1], toks[k][2])  # "bin Haji B": the father's name
        if toks[k][0] == "Samdech":
            # "Samdech Moha Borvor Thipadei Hun Manet": a run of address words (later used
            # alone, _address_mentions) before a Khmer name of two words; with four or more
            # words after "Samdech", all but the last two are read as it is ("Samdech Sok
            # Chenda Sophea" is a name of three)
            n = 0
            while k + 1 + n < len(toks) and toks[k + 1 + n][0][:1].isupper():
                n += 1
            if n > 3:
                for x in range(k + 1, k + n - 1):
                    toks[x] = ("Samdech", toks[x][1], toks[x][2])
            # ("Samdech Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo A B": the words of
            # a style, however many follow, are no name's)
            x = k + 1
            while x < len(toks) - 2 and toks[x][0] in _KHMER_STYLE:
                toks[x] = ("Samdech", toks[x][1], toks[x][2])
                x += 1
    for k in range(2, len(toks)):
        word = toks[k][0]
        if (
            toks[k - 2][0] in HEADS
            and _is_name_token(toks[k - 1][0])
            and word[:1].isupper()
            and country_of_word(word)
            and not _DEMONYM_END.search(word)
            and (k + 1 == len(toks) or not _is_name_token(toks[k + 1][0]))
        ):
            toks[k] = ("X" + word.lower(), toks[k][1], toks[k][2])
    for k in range(len(toks) - 2):
        if toks[k][0] == "Pol" and toks[k + 1][0] in _POLICE_RANKS:
            # "Deputy Prime Minister Pol Gen A B", "Pol Lt Gen C D": a Thai police rank
            # abbreviated without full stops is a title's words, no name's
            x = k + 1
            while x < len(toks) - 1 and toks[x][0] in _POLICE_RANKS:
                toks[x] = (_POLICE_RANKS[toks[x][0]], toks[x][1], toks[x][2])
                x += 1
            toks[k] = ("Lieutenant", toks[k][1], toks[k][2])  # (a rank word: a title's)
    for k in range(1, len(toks) - 1):
        word = toks[k][0]
        if (
            toks[k - 1][0] in HEADS
            and word in _capitals_only()
            and _is_name_token(toks[k + 1][0])
            and not country_of_word(toks[k + 1][0])
        ):
            # "Paraguayan President Santiago Peña": a capital's name right after a title and
            # before a name is the holder's given name
            toks[k] = ("X" + word.lower(), toks[k][1], toks[k][2])


_POLICE_RANKS = {
    "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Capt": "Major",
}

_SERI = ("Seri", "Sri")
# the words of Khmer styles after "Samdech" (the highest address of Cambodia's leaders): a
# closed set, as Malay "Dato' Seri" is; no Khmer name begins with them after "Samdech"
_KHMER_STYLE = frozenset(
    {"Akka", "Moha", "Sena", "Padei", "Techo", "Borvor", "Bovor", "Thipadei", "Thipadey",
     "Krolahom", "Kralahom", "Vibol", "Panha", "Pichey", "Decho", "Kittiprittbandit"}
)
_BIN = ("bin", "binti", "bint", "ibn")
_SERI_AFTER = ("Dato'", "Dato’", "Dato", "Datuk", "Tan", "Tun")
_DEMONYM_END = re.compile(r"(?:an|ese|ish|i|ic|ch|s)$")


_REGNAL = re.compile(r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}")


def _is_particle(toks, j: int) -> bool:
    """A lowercase particle between two words of a name ("bin", "de la")."""
    return (
        toks[j][0].split()[0] in PARTICLES and j + 1 < len(toks) and _is_name_token(toks[j + 1][0])
    )


def _n_particles(toks, i: int, j: int) -> int:
    """Particles in toks[i:j]; inside a name, capitalised ones count too ("Mohamed Ould
    Cheikh El A": Arabic name words of descent that lengthen a name beyond four words)."""
    return sum(1 for t in toks[i:j] if t[0].split()[0] in PARTICLES) + sum(
        1 for t in toks[i + 1 : j] if t[0] in _CAPITAL_PARTICLES or _DESCENT.match(t[0])
    )


# "Al-Sabah", "El-Sisi": a name word of descent joined to its particle by a hyphen ("Sheikh A
# Al-B Al-C Al-Sabah": Gulf names of five words and more)
_DESCENT = re.compile(r"(?:Al|El|al|el)-")


_CAPITAL_PARTICLES = {"El", "Al", "Ould", "Ben", "Bin", "Ibn", "Abu", "Ag", "Bint", "Mint"}

_BARE_INITIAL = re.compile(r"[A-Z]")
# a body's nouns whose adjective opens a title ("Sovereign Council Chairman", "Transitional
# Assembly Speaker")
_BODY_NOUNS = frozenset(
    {"Council", "Assembly", "Committee", "Commission", "Court", "Guard", "Party", "Front",
     "Authority", "Congress", "Parliament", "Senate", "Cabinet"}
)
_PORTFOLIO_HEADS = frozenset({"Minister", "Secretary", "Commissioner", "Director"})


def _portfolio_word(toks, k: int, title_toks) -> bool:
    """Is toks[k], a capitalised word right before an office and its holder, the office's
    portfolio ("Nepal's Tourism Minister A", "the Fisheries Minister B") and not a name: it
    opens its run (after a possessive or a lowercase word), follows a demonym, or is shaped
    like an English noun?"""
    if (
        title_toks
        and _is_name_token(toks[k][0])
        and title_toks[0] is toks[k + 1]
        and toks[k + 1][0] in _BODY_NOUNS
        and any(t[0] in HEADS for t in title_toks)
        and (k == 0 or toks[k - 1][0] in ("the", "The") or bool(country_of_word(toks[k - 1][0])))
    ):
        return True  # "Sudan's Sovereign Council Chairman A": the body's first word
    return (
        bool(title_toks)
        and _is_name_token(toks[k][0])
        and title_toks[0] is toks[k + 1]
        and toks[k + 1][0] in _PORTFOLIO_HEADS
        # (not "the Home Secretary and Interior Minister A": another holder's office)
        and not any(t[0] == "and" for t in title_toks)
        and (
            k == 0
            or toks[k - 1][0] in ("the", "The")
            or bool(country_of_word(toks[k - 1][0]))
            or bool(_NOUN_SHAPED.search(toks[k][0]))
        )
    )


def _and_inside_portfolio(before, k: int, title_toks) -> bool:
    """Is the "and" at before[k] inside one title's portfolio: only portfolio and
    institution words (no office, no name) after it up to the name, and an office before
    it ("Director-General of the Department of A and B Affairs of the Ministry C D")?"""
    if not title_toks or any(t[0] in HEADS or t[0] == "." for t in title_toks):
        return False
    for m in range(k - 1, max(-1, k - 12), -1):
        if before[m][0] in HEADS:
            return True
        if before[m][0] == ".":
            return False
    return False


def _title_state_word(word: str) -> bool:
    """A word of a title's state, lower-cased when the title was read ("of viet nam")."""
    return word.islower() and word not in ("of", "for", "to", "and", "the") and word.isalpha()


# (compiled once: the function runs for every capitalised word)
_NAME_TOKEN = re.compile(
    rf"(?:(?:al|el|Al|El)-)?[{_UP}][^\W\d_][\w\-’']*|[OD][’'][{_UP}][\w\-’']*|[A-Z]\.|"
    # ("Ivonne A-Baki": a one-letter prefix and a hyphen before a capital)
    rf"[{_UP}]-[{_UP}][a-z][\w\-’']*|Jr\.?|Sr\.?"
)


def _is_name_token(word: str) -> bool:
    if word == ".":
        return False
    if word in TITLE_WORDS or word in STOP or word.lower() in ("of", "for", "to", "and", "the"):
        return False
    if word in _STATE_WORDS:
        return False  # "President of the Republic of Finland A": the title's state
    if country_of_word(word):
        return False
    if word.isupper() and len(word) > 1 and not re.fullmatch(r"[A-Z]\.", word):
        return False  # acronyms are institutions, not names
    return (
        bool(_NAME_TOKEN.fullmatch(word))
        and not word[1:].isupper()
    )


# a single name word's shape ("Sugiarto", "Prabowo"): not an adverb or a common word that
# opens a sentence ("Meanwhile, China's Foreign Minister ...")
_NOT_A_LONE_NAME = re.compile(
    r"[A-Z][a-z]*ly|Meanwhile|However|Moreover|Furthermore|Also|Earlier|Later|Today|Yesterday"
    r"|Tomorrow|Still|Instead|Thus|Therefore|Besides|Nevertheless|Nonetheless|Here|There|Then"
    r"|Now|Yet|Indeed|Again|Afterwards|Elsewhere|Otherwise|Overall|Initially|Last|Next|Since"
    r"|Following|Speaking|According|Asked|Addressing|Responding|Welcoming|Separately|Together"
)


def _lone_name(text: str, name_toks, end: int) -> bool:
    """Can one capitalised word be a name by itself here: shaped as a name, not a common
    sentence opener, and followed by a comma, the sentence's end or a lowercase word?"""
    if len(name_toks) != 1:
        return False
    word = name_toks[0][0]
    return (
        len(word) >= 3
        and word[1:].islower()
        and word.isalpha()
        and not _NOT_A_LONE_NAME.fullmatch(word)
        and bool(re.match(r"\s*[,.;]|\s+[a-z]", text[end : end + 3]))
    )


def _is_particle_word(word: str) -> bool:
    return word in PARTICLES


_PARTICLE_WORDS = frozenset("bin binti bint ibn de la del da das do dos van von der ter".split())


def _name_word(word: str) -> bool:
    """A word of a person's name: a name token, a particle ("bin", "de"), or a nisba joined
    with "al-" ("al-Kuwaiti", "al-Masri": a family name, not the country)."""
    return (
        _is_name_token(word.removeprefix("al-"))
        or word in _PARTICLE_WORDS
        or bool(re.fullmatch(r"al-[A-Z][a-z]{2,}", word))
    )


def _family_in_capitals(word: str) -> bool:
    """"RI", "KIM", "ISHIBA": a family name written in capitals before the given names."""
    return word.isupper() and 2 <= len(word) <= 8 and _is_name_token(word.capitalize())


def _key(name: str) -> str:
    words = re.sub(r"[^\w\s\-]", " ", name).split()
    words = [w for w in words if w.lower() not in ("jr", "sr")]
    return "-".join(w.lower() for w in words)


def _gazetteer(extra) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [*extra, *GAZETTEER] if extra else GAZETTEER


_GAZ_INDEX: dict[int, tuple[list, dict, dict, dict]] = {}


def _gaz_index(gaz) -> tuple[dict, dict, dict]:
    """Entries by name or alias, by alias alone, and by folded name or alias (the first
    entry in the gazetteer's order wins), built once per gazetteer list."""
    cached = _GAZ_INDEX.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1:]
    exact: dict = {}
    alias: dict = {}
    folded: dict = {}
    for entry in gaz:
        for key in (entry[0], *entry[3], *(a.replace(",", "") for a in entry[3])):
            exact.setdefault(key, entry)
        for key in entry[3]:
            alias.setdefault(key, []).append(entry)
        for key in (entry[0], *entry[3]):
            folded.setdefault(_fold(key), entry)
    if len(_GAZ_INDEX) > 64:
        _GAZ_INDEX.clear()
    _GAZ_INDEX[id(gaz)] = (gaz, exact, alias, folded)
    return exact, alias, folded


def _gaz_lookup(gaz, name: str):
    """The gazetteer entry of a name or alias, accents aside ("Erdoğan" is "Erdogan")."""
    exact, alias, folded_index = _gaz_index(gaz)
    entry = exact.get(name) or exact.get(name.replace(",", ""))
    if entry:
        return entry
    words = name.split()
    if len(words) >= 2:  # "Volodymyr Zelenskyy": the first name and a known spelling
        for entry in alias.get(words[-1], ()):
            if entry[0].split()[0] == words[0]:
                return entry
    return folded_index.get(_fold(name))  # "Nicolas Maduro" is "Nicolás Maduro"


# letters that do not decompose into a base letter and an accent ("Błaszczak", "Đặng",
# "Søreide", "Straße"): "Blaszczak" is the name without its accents
PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th",
     "ð": "d", "Ð": "D"}
)


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", re.sub(r"\b[A-Z]\.\s+", "", text))
    return "".join(c for c in text if not unicodedata.combining(c)).translate(PLAIN_LETTERS)


def _in_word(char: str) -> bool:
    """Is `char` one of regex's [\\w\\-] (a word character: alphanumeric or "_"; or "-")?"""
    return char.isalnum() or char in "_-"


@lru_cache(maxsize=8)
def _words_at(words: tuple[str, ...]) -> re.Pattern | None:
    """At each place, the longest of the words that starts there as a whole word."""
    if not words:
        return None
    # the words' first letters, tested before the alternation: most places (spaces, words
    # with other first letters) fail at once instead of being compared with every word
    # (speed only; the matches are the same; an empty word, which fits anywhere, has none)
    firsts = "".join(sorted({re.escape(w[0]) for w in words})) if all(words) else ""
    return re.compile(
        r"(?<![\w\-])"
        + (f"(?=[{firsts}])" if firsts else "")
        + r"(?=("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?![\w\-]))"
    )


def _chinese_name(p: Person, home: str | None) -> bool:
    """Is p's name Chinese by its shape (a Chinese surname, a pinyin given name)?"""
    words = p.name.split()
    if len(words) == 1:
        return words[0] in CHINESE_SURNAMES
    return (
        words[0] in CHINESE_SURNAMES
        and _pinyin(words[1].split("-")[0])
        # (a hyphenated given name is Korean, "Chang Ho-jin", or Cantonese: pinyin writes a
        # given name as one word, "Xiaoping")
        and not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1])
    )


# ("U.S.", "U.K.": initials with their full stops)
_COUNTRY_WORD = re.compile(
    r"\b(?:the\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'\-]*)(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}"
)


# (a list's item ends where the next begins: "... in the coming months.\n- The leaders")
_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+(?=[A-Z“\"])|\n\s*\n|\n(?=[ \t]*[-–•*][ \t])")

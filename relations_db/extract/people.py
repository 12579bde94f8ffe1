"""People in a text: officials named with their titles, later mentions, and their countries.

A person is found where a name follows a title ("Chinese Foreign Minister Qin Gang",
"Secretary Blinken"), where a title follows a name ("Jake Sullivan, the national security
adviser"), after "counterpart" ("his US counterpart Lloyd Austin"), or where the name is in
the gazetteer (officials already in the database, and a few heads of state and ministers
shipped with the tool). Later mentions by surname or title-and-surname are tied back to
the person. Countries come from demonyms, institutions and places in the title, "of
<country>" after the name, the gazetteer, and last the home country of the publisher.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from ..countries import (
    INSTITUTIONS,
    _capitals_only,
    country_of_word,
    normalize_country,
    subdivision_country,
)

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
PUBLISHER_COUNTRY = {
    "white house": "US",
    "the white house": "US",
    "state department": "US",
    "u.s. department of state": "US",
    "department of defense": "US",
    "pentagon": "US",
    "cnn": "US",
    "nbc": "US",
    "abc": "US",
    "cbs": "US",
    "fox news": "US",
    "npr": "US",
    "new york times": "US",
    "the new york times": "US",
    "washington post": "US",
    "the washington post": "US",
    "wall street journal": "US",
    "politico": "US",
    "axios": "US",
    "xinhua": "CN",
    "global times": "CN",
    "china daily": "CN",
    "cgtn": "CN",
    "people's daily": "CN",
    "chinese foreign ministry": "CN",
    "tass": "RU",
    "rt": "RU",
    "kyodo": "JP",
    "nhk": "JP",
    "yonhap": "KR",
    "anadolu": "TR",
    "bernama": "MY",
    "the hindu": "IN",
    "foreign, commonwealth & development office": "GB",
    "fcdo": "GB",
    "gov.uk": "GB",
    "prime minister's office, 10 downing street": "GB",
    "10 downing street": "GB",
    "downing street": "GB",
    "kremlin": "RU",
    "élysée": "FR",
    "elysee": "FR",
}

# capital letters of Latin scripts ("Á", "Ł", "Ş"): names of any language
_UP = "A-Z" + "".join(chr(i) for i in range(0xC0, 0x250) if chr(i).isupper())
_LOW = "a-z" + "".join(chr(i) for i in range(0xC0, 0x250) if chr(i).islower())
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
}
_PART = (
    r"(?:bin|bint|ibn|al|el|de(?:[ \t]+(?:la|los|las))?|del|della|der|di|da|do|dos|das|du|"
    r"(?:van|von)(?:[ \t]+(?:der|den|de))?|den|ter|"
    # "Ulisses Correia e Silva", "José Ortega y Gasset": the Portuguese and Spanish "and"
    # that joins two family names (only between two capitalised words, as every particle)
    r"e|y)"
)
# "Dato' A" (Malay honorific): the apostrophe belongs to the word
_TOKEN = (
    rf"(?:Dato[’'](?=[ \t])|People[’']s(?=[ \t]+Republic)|[A-Z]\.(?:[A-Z]\.)+|"
    # ("O'Brien", "D'Souza": a one-letter prefix and an apostrophe before a capital)
    rf"[OD][’'][{_UP}][\w\-]*|(?:(?:al|el|Al|El)-)?[{_UP}][\w\-]*(?:[’'][a-rt-z]\w*)?\.?)"
)
_RUN = re.compile(
    rf"{_TOKEN}(?:(?:[ \t]+(?:(?:of|for|to|and)(?:[ \t]+the)?|the|{_PART}(?=[ \t]+[{_UP}]))?"
    rf"[ \t]*){_TOKEN})*"
)
_TOK = re.compile(rf"{_TOKEN}|\b(?:of|for|to|and|the)\b|\b{_PART}\b")
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
    r"general|premier|senator|governor|commander|coordinator|official|councilor|counselor|head"
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
_COMMA_TAIL = r",\s*(?:the\s+|(?:His|Her)\s+)?$"
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
    + r"|(?:foreign|prime|defen[cs]e|finance|trade|deputy\s+foreign)\s+minister"
    # "The Chinese foreign ministry spokesperson, A B": a body's spokesperson, lowercase
    + r"|(?:[a-z]+\s+){0,2}spokes(?:person|man|woman)"
    # ("a spokesperson for the Kenyan foreign ministry, A B": a body written in lowercase)
    + r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,2}(?:[a-z]+\s+)?(?:ministry"
    + r"|government|embassy|presidency|military|army|navy|armed\s+forces|cabinet))?"
    + r"|foreign\s+secretary|ambassador|envoy"
    # "the president of Chile, A B" (a newswire's lowercase head of state, of a state named)
    + r"|(?:vice\s+)?(?:president|premier|chancellor)(?=\s+of\s+(?:the\s+)?[A-Z]))"
    # ("The Minister Responsible for Fisheries of X, A": the Commonwealth's form)
    r"(?:\s+Responsible)?"
    # "the Russian Ambassador to Finland, A": an envoy's post is "to" the country
    # ("Minister of Industry, Energy and Mining, A": a portfolio list with commas)
    # ("Sri Lanka's High Commissioner in New Delhi, A": the post's place after "in")
    r"(?:\s+(?:of|for|in|(?<=[Aa]mbassador\s)to|(?<=[Ee]nvoy\s)to)\s+(?:the\s+)?[A-Z][\w\-]*"
    r"(?:[’']s)?"
    # ("Deputy Chief of Mission of the Embassy of the People's Republic of China in X, A": a
    # post's unit, its institution and its state, each with its "of"; but "and the Speaker"
    # opens another's title: "Minister for Trade A B and the Speaker of Parliament, C D")
    r"(?:(?:\s+(?:(?:of|for|in|to)\s+|and\s+(?!(?:the\s+)?(?:"
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
# "five senior Georgian officials, including the head of ...": the group's country
# "Acting Under Secretary of the Treasury for Terrorism and Financial Intelligence A B. C":
# the portfolio runs on (commas, "and", "the") to the name, its last two or three words
# a capitalised word shaped like an English noun of a portfolio, not like a name
_NOUN_SHAPED = re.compile(r"(?:ing|tion|sion|ment|ism|ity|ance|ence|ics|ure|ness|ships?)$")
_DEMONYM_BEFORE = re.compile(r"\b([A-Z][\w\-]*)(?:[’']s)?[ \t]+$")
_PORTFOLIO_TITLE = re.compile(
    r"\b(?P<title>(?:(?:Acting|Deputy|Under|Assistant|Principal|Special|Senior|Cabinet|Permanent"
    r"|Coordinating|First|Second)"
    r"[ \t]+)*"
    r"(?:Secretary|Minister|Director|Envoy|Coordinator|Advis[eo]r|Commissioner|Representative)"
    # (the Commonwealth's "Minister Responsible for Housing A B": "Responsible" is the office's)
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*)?(?:[ \t]+Responsible)?"
    r"[ \t]+(?P<prep>for|of)[ \t]+(?:the[ \t]+)?)"
    r"(?P<port>[A-Z][\w\-]*(?:(?:,?[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+|[ \t]+)[A-Z][\w\-]*"
    r"(?:[’']s)?)*)"
    # (names of two-letter words: "Grace Fu", "Ng Eng Hen")
    r"[ \t]+(?P<name>[A-Z][a-z][\w\-’']*(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z][\w\-’']*)"
    r"(?![\w\-’']|[ \t]+[A-Z])"
)
# (from the office word on, inside the title's group: "(?:" opens it again)
_PORTFOLIO_TITLE_TAIL = _from_part(_PORTFOLIO_TITLE, "(?:Secretary|Minister", "(?:")
# "Sudan's Rapid Support Forces (RSF)", "the Sudanese Armed Forces (SAF)": an acronym the
# text defines for a body of a country
_ACRONYM_DEF = re.compile(
    r"\b(?P<c>[A-Z][\w\-]*)(?:[’']s)?[ \t]+(?:(?:[A-Z][\w\-]*[ \t]+){0,4}[A-Z][\w\-]*[ \t]+)?"
    r"\((?P<a>[A-Z]{2,6})\)"
)
_ACRONYM_BEFORE = re.compile(r"\b(?P<a>[A-Z]{2,6})(?:[’']s)?[ \t]+(?:[a-z]+[ \t]+){0,2}$")


def _acronym_countries(text: str) -> dict[str, str]:
    out = {}
    for m in _ACRONYM_DEF.finditer(text):
        # (or a state's entity, province or region: "the Republika Srpska (RS)" is Bosnia's)
        words = text[m.start() : m.start("a")].split()[:-1]
        code = country_of_word(m.group("c")) or next(
            (c for n in range(len(words)) if (c := subdivision_country(" ".join(words[n:])))),
            None,
        )
        if code and m.group("a") not in out and not country_of_word(m.group("a")):
            out[m.group("a")] = code
    return out


def _acronym_in(title: str, acronyms: dict[str, str]) -> str | None:
    return next((acronyms[w] for w in re.findall(r"\b[A-Z]{2,6}\b", title) if w in acronyms), None)


# "Finland's Foreign Minister A", "the Philippines' Secretary A": the owner of a title
_POSSESSIVE = re.compile(r"\b(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:[’']s|s[’'])\s+$")
# after a title: ", the Rt Hon A B", ", His Excellency A B", ", Mr. A B": the next name
_NEXT_NAME = re.compile(
    r",\s*(?:the\s+)?(?:(?:His|Her)\s+)?(?:(?:Excellency|H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Rt\.?"
    r"|Hon\.?|Honourable|Honorable|Smt\.?|Shri|Shrimati)\s+)*[A-Z][\w\-’']+\s+[A-Z][\w\-’']+"
)
_AMONG = re.compile(
    r"\b(?P<dem>[A-Z][\w\-]*)\s+(?:[a-z]+\s+){0,3}(?:officials|individuals|ministers|leaders|nationals|"
    r"citizens|officers|commanders|judges)\s*(?:,?\s+(?:including|among\s+them|such\s+as)\s+"
    r"(?:the\s+)?"
    # "three Myanmar military officials: General A, Colonel B and Major C": a listed one
    r"|:\s+(?:[^.;:]{0,120}?(?:,|\band)\s+)?)$"
)
# "the Kenyan side will be represented by Deputy Minister A": the one who leads a side
SIDE_LED_BY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:high-level|senior|visiting|large|official)\s+)?"
    r"(?P<dem>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:side|delegation|team|party)"
    r"(?:\s+(?:(?:will\s+be|is|was|would\s+be|has\s+been|had\s+been)\s+)?"
    r"(?:represented|headed|led)\s+by\s+(?:(?!\b(?:side|delegation|team)\b)[^.;:]){0,100}$"
    # "The Uzbek delegation, led by Minister A, was received by B": the participle's own
    # agent only (titles' words between "by" and the name, no clause after)
    r"|,\s+(?:represented|headed|led)\s+by\s+(?:(?:the\s+)?[A-Z][\w\-]*,?\s+|(?:of|for|and)\s+)"
    r"{0,10}$)"
    # ("The X delegation was led by A, and the Y delegation by B": the verb left out)
    r"|,\s+and\s+the\s+(?P<dem2>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+(?:side|delegation|team)"
    r"\s+by\s+"
    r"(?:[A-Z][\w\-.]*\s+){0,6}$"
)
_COUNTERPART = re.compile(
    r"\b(?P<det>his|her|their|its)\s+(?:(?P<dem>[A-Z][\w.\-’']*(?:\s+(?=[A-Z][\w.\-’']*\s+"
    r"counterpart)[A-Z][\w.\-’']*)?)\s+)?counterparts?\b"  # ("his New Zealand counterpart")
    r"(?:,?\s+(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Minister|President|Secretary|Premier|"
    r"Chancellor|Ambassador|Prince|Sheikh|King|Emir|Amir|Sultan|Crown|H\.E\.|Mr\.?|Ms\.?|Dr\.?)\s+)*"
    # (a name's letters may be accented: "Eduardo Año", "José Núñez")
    rf"(?P<name>(?:[{_UP}][{_LOW}\-’']+\s+)?[{_UP}][{_LOW}\-’']+))?"
)
# "her Kenyan counterpart, Cabinet Secretary for Foreign Affairs A B": any title with its
# portfolio between the comma and the name
_COUNTERPART_TITLED = re.compile(
    r"\b(?P<det>his|her|their|its)\s+(?:(?P<dem>[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)?)\s+)?"
    r"counterpart,\s+"
    r"(?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,9}?"
    rf"(?P<name>[{_UP}][{_LOW}\-’']+\s+[{_UP}][{_LOW}\-’']+)(?=\s*[,.;]|\s+(?:to|in|on|at|and|for)\b)"
)
_INSTITUTION = (
    r"(?:Bank|Ministry|Council|Assembly|Parliament|Senate|Government|Embassy|Agency|Committee|"
    r"Commission|Office|Department|Army|Navy|Forces|Authority|Court|Cabinet)"
)
_INSTITUTION_OF = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}" + _INSTITUTION + r"\s+of\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})"
    # "the European Commission", "the Indian Navy": a demonym before the institution
    r"|(?:the\s+)?(?P<d>[A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+){0,2}" + _INSTITUTION
)
_OF_COUNTRY = re.compile(
    # ("of the Democratic Republic of the Congo": "of the" inside the name)
    r"^,?\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*)*)"
)


# ("Ma.": the Filipino abbreviation of Maria, "Ma. Theresa Lazaro")
_ABBREV = re.compile(
    r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Smt\.|Sen\.|Rep\.|Gen\.|Adm\.|Jr\.|Sr\.|St\.|Ma\."
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
    never follows a title directly, "the Premier. He said" has the full stop between)."""
    if toks[i][0] != "He" or i == 0 or toks[i - 1][0] not in HEADS:
        return False
    if not text[toks[i - 1][2] : toks[i][1]].isspace():
        return False
    if i == len(toks) - 1:
        return True
    after = toks[i + 1][0]
    return _pinyin(after.split("-")[0]) or not after[:1].isupper()


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
    r"(?:foreign|prime|defen[cs]e|finance|trade)"
    r"\s+minister|foreign\s+secretary)"
    # ("a Greek citizen, A B, has been detained": the name in apposition)
    r"(?:\s+|(?:(?<=national)|(?<=citizen)),\s+(?=[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){1,2},))"
    # ("the Navy spokesperson Rear Admiral A B C": the holder's rank before the name)
    r"(?P<rank>(?:(?:" + _RANK_ALT + r")\s+)*)"
    r"(?P<name>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){1,2})\b"
)
# (the post and what follows it; every "by" part ends in a space)
_LOWER_POST_TAIL = _from_part(_LOWER_POST, "(?P<post>", r"\s")


# a measure's verb earlier in the sentence, its object still open: "sanctioned two
# companies, X Co., Ltd. and Y Co., Ltd., and a Chinese national," (no sentence end between)
_MEASURE_ON = re.compile(
    r"\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|indict(?:ed|s)"
    r"|arrest(?:ed|s)|detain(?:ed|s)|sentenc(?:ed|es)|expel(?:led|s))\s"
    r"(?:(?![.?!][”\"]?\s+[A-Z])[^;:])*$"
)


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


# a plural office set off by a comma before a list of untitled names: "The leaders of X, Y
# and Z, A, B and C, met", "their French counterparts, A and B,", "the foreign ministers
# of X and Y, A and B"
_PLURAL_OFFICE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:two\s+|three\s+|four\s+)?"
    r"(?P<dem>(?:[A-Z][\w\-]*\s+){0,2})"
    r"(?P<office>(?:(?-i:[a-zA-Z]+)\s+(?:and\s+[a-z]+\s+)?)?(?i:ministers|leaders|presidents|"
    r"counterparts|heads\s+of\s+(?:state|government)|secretaries)"
    r"(?:\s+of\s+(?:[Ff]oreign\s+[Aa]ffairs|[Dd]efen[cs]e))?)"
    r"(?:\s+of\s+(?P<cs>[^,;.]{2,80}?(?:,\s+[^,;.]{2,40}?)*))?,\s+$"
)
_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _plural_apposition(found: list, text: str) -> list:
    """Untitled names listed after a plural office and a comma take its title (singular)
    and, in order, the countries it names ("The foreign ministers of X and Y, A and B"); the
    counterparts of titled people named before take their titles, in order, and the
    demonym's country ("A and B hosted their French counterparts, C and D")."""
    if ", " not in text:
        return found
    items = sorted(found, key=lambda x: x[0])
    by_start = {x[0]: x for x in items}
    done: set[int] = set()
    for k, item in enumerate(items):
        if item[6] or item[0] in done:
            continue
        m = _PLURAL_OFFICE.search(text, max(0, item[0] - 160), item[0])
        if not m:
            continue
        run = [item]
        for nxt in items[k + 1 :]:
            gap = text[run[-1][1] : nxt[0]]
            if nxt[6] or not _LIST_GAP.fullmatch(gap):
                break
            run.append(nxt)
            if gap.strip(", ").startswith("and"):
                break
        if len(run) < 2 or not re.match(r"\s*(?:,|\s(?-i:[a-z]))", text[run[-1][1] :]):
            continue
        office = m.group("office")
        codes: list = [None] * len(run)
        titles: list = [[] for _ in run]
        if m.group("cs"):
            named = [country_of_word(w.strip()) for w in re.split(r",\s+(?:and\s+)?|\s+and\s+",
                                                                  m.group("cs"))]
            if len(named) == len(run) and all(named):
                codes = named
        dem = country_of_word(m.group("dem").strip()) if m.group("dem").strip() else None
        if dem:
            codes = [dem] * len(run)
        if re.match(r"(?i)counterparts", office):
            owners = [x for x in items if x[6] and x[3] and x[1] <= m.start()
                      and not re.search(r"[.;]", text[x[1] : m.start()])]
            if len(owners) >= len(run):
                titles = [list(x[3][-1:]) for x in owners[-len(run) :]]
        else:
            word = re.sub(r"(?i)\b(?:leaders|heads\s+of\s+(?:state|government))$", "Leader",
                          office)
            word = re.sub(r"ies\b", "y", re.sub(r"(?<![ie])s\b", "", word))
            titles = [[" ".join(w[:1].upper() + w[1:] for w in word.split())]] * len(run)
        if not any(codes) and not any(titles):
            continue
        for x, code, title in zip(run, codes, titles, strict=True):
            new = (x[0], x[1], x[2], title, code or x[4], x[5], True, x[0], *x[8:])
            found[found.index(by_start[x[0]])] = new
            done.add(x[0])
    return found


_REPRESENTS = re.compile(
    r"(?:,?\s+and\s+(?:(?:[A-Z]|(?:al|el|bin|bint|ibn|de|la|da|van|von)\b)[\w.\-’']*\s+){1,6}?)?"
    r"\s*represented\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})"
)


def _represented(found: list, text: str) -> list:
    """ "A and B represented Norway": the untitled names before the verb are of the country
    they represent."""
    items = sorted(found, key=lambda x: x[0])
    for k, item in enumerate(items):
        if item[4] or item[6]:
            continue
        m = _REPRESENTS.match(text, item[1])
        code = country_of_word(m.group("c")) if m else None
        if not code:
            continue
        if m.group(0).lstrip(", ").startswith("and"):
            nxt = items[k + 1] if k + 1 < len(items) else None
            if nxt is None or nxt[0] > m.start("c") or nxt[6]:
                continue
        # (a person by the side they represent, though untitled: one of that side's heads)
        found[found.index(item)] = (*item[:4], code, item[5], True, *item[7:])
    return found


def _last_two_countries(found: list, before: int, text: str) -> list[str]:
    """The countries of the last two people named before `before` with different countries
    (from their title or an "of <country>" after the name), in the order the text first
    named them ("The Ministers, Mr. A and Mr. B" list the two sides as the text introduced
    them)."""
    out: list[str] = []
    first: dict[str, int] = {}
    for item in sorted((x for x in found if x[0] < before), key=lambda x: -x[0]):
        of = _OF_COUNTRY.match(text[item[1] : item[1] + 80])
        code = item[4] or (country_of_word(of.group("c")) if of else None)
        if code:
            first[code] = item[0]
        if code and code not in out and len(out) < 2:
            out.insert(0, code)
    return sorted(out, key=first.get) if len(out) == 2 else []


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


# "Chinese Chargé d'affaires A B", "the Russian chargé d’affaires a.i. C D": the envoy's title
# right before the name (the title's country in its demonym or possessive, or after "of")
_CHARGE_NAMED = re.compile(
    r"(?P<by>\b(?:[A-Z][\w\-]*(?:[’']s)?[ \t]+){1,2})?"
    r"(?P<t>[Cc]harg[eé]\s+d[’']\s?[Aa]ffaires(?:\s+a\.\s?i\.|\s+ad\s+interim)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*){0,3}?(?=\s+[A-Z]))?)"
    rf"[ \t]+(?P<name>[{_UP}][\w\-’']+(?:[ \t]+[{_UP}][\w\-’']+){{1,3}})"
)
_POLICE_RANKS = {
    "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Capt": "Major",
}


def _join_country_words(toks: list, text: str) -> None:
    """ "New Zealand Prime Minister A", "South Korean President B": a country or demonym of
    two or three words is one word of the title (its words are no name, and the title's
    country is read from the whole: "South Korean" is not "Korean")."""
    k = 0
    while k + 2 < len(toks):  # (a title and a name after the country)
        if toks[k][0][:1].isupper():
            for n in (3, 2):
                words = toks[k : k + n]
                # (read as written: "Sri" taken for a given name above is the country's word)
                if all(text[words[x][2] : words[x + 1][1]] == " " for x in range(n - 1)):
                    joined = text[words[0][1] : words[-1][2]]
                    if country_of_word(joined):
                        toks[k : k + n] = [(joined, words[0][1], words[-1][2])]
                        break
        k += 1


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


# rulers' titles that are given names too, and the words that make an office of another
_RULER_GIVEN_NAMES = frozenset({"Sultan", "Amir", "Emir"})
_TITLE_MODIFIERS = frozenset(
    {"Deputy", "Vice", "Acting", "Former", "First", "Crown", "Interim", "Late", "Then",
     "Majesty", "Highness", "Excellency", "Royal", "His", "Her"}
)


def _portfolio_country(toks, k: int) -> bool:
    """Is toks[k] a country in a portfolio, right after "for" and a head word ("Additional
    Secretary for Afghanistan and West Asia A")?"""
    return (
        k >= 2
        and bool(country_of_word(toks[k][0]))
        and toks[k - 1][0] == "for"
        and toks[k - 2][0] in HEADS
    )


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


def _ends_with_national_institution(words: list[str]) -> bool:
    """Does a title end with a country's institution, "... of the Czech Armed Forces",
    "... of the Austrian Senate": the country word right after the last "of (the)", and only
    title words (no name) after it?"""
    for k in range(len(words) - 2, 0, -1):
        if not (words[k - 1] == "of" or (words[k - 1] == "the" and k > 1 and words[k - 2] == "of")):
            continue
        rest = words[k + 1 :]
        return (
            bool(country_of_word(words[k]))
            and 0 < len(rest) <= 3
            and all(w in TITLE_WORDS or w in STOP for w in rest)
        )
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


def _international_word(toks, k: int) -> bool:
    """Is toks[k] (with the word before it) an international body's name, part of its
    officer's title: "African Union Commission Chairperson A", "Secretary-General of the
    Commonwealth B"?"""
    word = toks[k][0]
    pairs = [word]
    if k > 0:
        pairs.append(f"{toks[k - 1][0]} {word}")
    if k + 1 < len(toks):
        pairs.append(f"{word} {toks[k + 1][0]}")
    return any(_INTERNATIONAL.fullmatch(w) for w in pairs)


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


def find_people(text: str, *, home: str | None, gazetteer=(), home_offices=()) -> People:
    """Every person `text` names, with mentions in order of appearance."""
    people = People(home)
    acronyms = _acronym_countries(text)
    found: list[tuple[int, int, str, list[str], str | None, str | None, bool]] = []
    # (start, end of the name; name; titles; country; organization; titled)

    for run in _RUN.finditer(text):
        toks = _tokens(run)
        _family_caps(toks, text)
        _names_like_other_words(toks)
        _join_country_words(toks, text)
        i = 0
        while i < len(toks):
            if _surname_he(toks, i, text):
                toks[i] = ("Hé", toks[i][1], toks[i][2])  # "Vice Premier He Lifeng": a surname
            if not _is_name_token(toks[i][0]):
                i += 1
                continue
            j = i
            while (
                j < len(toks)
                # (a word of descent counts from itself on: "A B C D Al-E", five words)
                and j - i < 4 + 2 * _n_particles(toks, i, min(j + 1, len(toks)))
                and (
                    _is_name_token(toks[j][0])
                    or (j > i and toks[j][0] == "He" and toks[j - 1][0] in CHINESE_SURNAMES)
                    or (j > i and _REGNAL.fullmatch(toks[j][0]))  # "King Charles III"
                    or (j > i and _is_particle(toks, j))
                )
            ):
                j += 1
            while j > i + 1 and _is_particle(toks, j - 1):
                j -= 1
            if (
                i >= 2
                and toks[i - 1][0] in PARTICLES
                and toks[i - 1][0].islower()
                and toks[i - 2][0] in TITLE_WORDS
            ):
                i -= 1  # "Minister van Klaveren": the particle is the name's
            if (
                i >= 1
                and toks[i - 1][0] == "Amir"
                and j - i >= 2
                and (
                    re.search(
                        r"\b(?:Minister|Secretary|President|Envoy|Ambassador|Advis[eo]r|Governor|"
                        r"Commander|Chief|Spokesperson)\s*,\s*$",
                        text[max(0, toks[i - 1][1] - 40) : toks[i - 1][1]],
                    )
                    # "Brigadier General Amir Ali A": a military rank is followed by a name,
                    # never by a ruler's title
                    or (i >= 2 and toks[i - 2][0] in _RANK_WORDS)
                )
            ):
                i -= 1  # "the Afghan Foreign Minister, Amir Khan Muttaqi": a given name
            elif (
                i >= 2
                and toks[i - 1][0] in _RULER_GIVEN_NAMES
                and toks[i - 2][0] in TITLE_WORDS
                and toks[i - 2][0] not in _RULER_GIVEN_NAMES
                and toks[i - 2][0] not in _TITLE_MODIFIERS
                and toks[i - 2][0] not in HONORIFICS
            ):
                i -= 1  # "Crown Prince Sultan bin A", "Minister of Industry Sultan B": a
                # ruler's word right after a full office is the holder's given name (not
                # after "His Majesty", "Deputy")
            while (
                i >= 1
                and _BARE_INITIAL.fullmatch(toks[i - 1][0])
                and (toks[i - 1][0] not in "AI" or (i >= 2 and toks[i - 2][0] in TITLE_WORDS))
            ):
                i -= 1  # "Minister S Jaishankar", "Chief Minister M K Stalin": initials, no dots
            name_toks = toks[i:j]
            # a name is directly after its title: no connector between them
            before = toks[:i]
            title_toks = []
            k = len(before) - 1
            while k >= 0 and (
                (not _is_name_token(before[k][0]) and before[k][0] != ".")
                or _portfolio_word(before, k, title_toks)
                or (title_toks and _international_word(before, k))
            ):
                if (
                    before[k][0] == "and"
                    and k > 0
                    and before[k - 1][0] not in TITLE_WORDS
                    and not _portfolio_country(before, k - 1)
                    # ("of the Department of North American and Oceanian Affairs of the
                    # Ministry A": with no office between "and" and the name, the "and" joins
                    # two words of one portfolio, and the title goes on before it)
                    and not _and_inside_portfolio(before, k, title_toks)
                ):
                    break  # "of Japan and National Security Advisor Hoon": a new title
                if (
                    before[k][0] in STOP
                    and before[k][0] not in TITLE_WORDS
                    and not country_of_word(before[k][0])
                    and not (before[k][0] in _STATE_WORDS and k > 0 and before[k - 1][0] == "the")
                    and not _international_word(before, k)
                ):
                    break  # "Readout of President ...": not part of the title
                title_toks.insert(0, before[k])
                k -= 1
            while title_toks and title_toks[0][0].lower() in ("of", "for", "to", "and", "the"):
                title_toks.pop(0)
            honorific_at = title_toks[-1][1] if title_toks else name_toks[0][1]
            while (
                len(title_toks) > 1
                and title_toks[-1][0] in HONORIFICS
                and title_toks[-2][0] not in ("of", "for", "to", "and", "the")
            ):
                # "Foreign Minister of Iran Mr. Abbas Araghchi": the honorific is no title
                title_toks.pop()
            # "..., H.E. Mr. A", "..., His Excellency A": the comma is before them all
            courtesy = bool(title_toks) and all(
                t[0] in HONORIFICS or t[0] in ("His", "Her") for t in title_toks
            )
            if courtesy:
                honorific_at = title_toks[0][1]
            if (
                title_toks
                and title_toks[-1][0] in ("of", "for")
                and j - i >= 3
                and any(t[0] in HEADS for t in title_toks)
            ):
                # "Minister of Enterprises Adolfo Urso": the portfolio is the title's; a run
                # longer than a name gives the portfolio all words before the name's last
                # four ("Secretary of Migrant Workers A B C. D")
                while j < len(toks) and j - i < 8 and _is_name_token(toks[j][0]):
                    j += 1
                while True:
                    title_toks.append(toks[i])
                    i += 1
                    if j - i <= 4:
                        break
                name_toks = toks[i:j]
            heads = [t for t in title_toks if t[0] in HEADS]
            adjacent = bool(title_toks) and title_toks[-1][0].lower() not in (
                "of",
                "for",
                "to",
                "and",
                "the",
            )
            start, end = name_toks[0][1], name_toks[-1][2]
            tail = re.match(r",?\s+Jr\.?", text[end:])
            if tail and name_toks[-1][0] == name_toks[-1][0]:
                end += tail.end()
            name = text[start:end]
            honorific_only = bool(heads) and adjacent and all(t[0] in HONORIFICS for t in heads)
            # "Viet Nam's Minister of National Defence, General A": a rank alone after the
            # comma; the office before it is A's too (and says whose)
            # (so is "Ambassador", the envoy's form of address: "The Permanent Representative
            # of X to the United Nations, Ambassador A")
            rank_only = (
                bool(heads)
                and adjacent
                and all(t[0] in _RANK_WORDS or t[0] == "Ambassador" for t in title_toks)
            )
            # "the President of the Hellenic Republic, Ms. Katerina Sakellaropoulou": the
            # title before the comma is the name's, the honorific between them is not
            title_end = honorific_at if honorific_only or courtesy else start
            if rank_only:
                title_end = title_toks[0][1]
            base = max(0, title_end - 160)
            comma_title = (
                _COMMA_TITLE.search(text, base, title_end)
                if _COMMA_BEFORE.search(text, base, title_end)
                else None
            )
            if (
                comma_title
                and _titled_after(text, end)
                and _NEXT_NAME.match(text, comma_title.end() - 2)
                # (not "At the invitation of the President of X, A, the President of Y, B,":
                # there the title opens the pair, after no name)
                and _after_a_name(text, comma_title.start())
            ):
                comma_title = None  # "H.E. A, Prime Minister of X, H.E. B, Premier of Y"
            if (
                (not heads or honorific_only or rank_only)
                and comma_title
                and (len(name_toks) >= 2 or _lone_name(text, name_toks, end))
            ):
                t = re.sub(r"^An?\s+", "", comma_title.group("t"))  # ("A spokesperson for")
                poss = comma_title.group("poss") or ""
                code = (
                    country_of_word(poss)
                    or acronyms.get(poss)
                    or _country_words(_POSTED_IN.sub("", t))
                )
                if len(name_toks) < 2 and not (code and _TITLE_HEAD.search(t)):
                    # "The Minister of Trade of Indonesia, Sugiarto, said": one name word
                    # only after a state's office
                    found.append((start, end, name, [], None, None, False, start))
                    i = j
                    continue
                among = _AMONG.search(text, max(0, comma_title.start() - 120), comma_title.start())
                code = code or (country_of_word(among.group("dem")) if among else None)
                if code is None and comma_title.group("our"):
                    code = home  # "our Ambassador in X, A": the publisher's (speakers.py
                    # gives a speaker's "our" to the speaker's country)
                ranks = [text[title_toks[0][1] : title_toks[-1][2]]] if rank_only else []
                found.append(
                    (start, end, name, [t, *ranks], code, None, True, comma_title.start())
                )
            elif heads and adjacent and all(t[0] in HONORIFICS for t in heads):
                found.append((start, end, name, [], None, None, False, start))
            elif heads and adjacent:
                country, org, titles = _title_parts(text, title_toks)
                owner = _OWNER_BEFORE.search(text, max(0, title_toks[0][1] - 120), title_toks[0][1])
                if country is None and owner:
                    # "the Commander-in-Chief of the Myanmar armed forces, Senior General A"
                    country = _country_after_of(owner.group("t"))
                poss = _POSSESSIVE.search(text, max(0, title_toks[0][1] - 40), title_toks[0][1])
                if country is None and poss:
                    # "Finland's Foreign Minister A": the country is the title's owner
                    country = country_of_word(poss.group("c"))
                at = title_toks[0][1]
                owner = _ACRONYM_BEFORE.search(text, max(0, at - 40), at)
                if country is None and owner:
                    # "SAF commander General A": a force or body the text tied to a country
                    country = acronyms.get(owner.group("a"))
                found.append((start, end, name, titles, country, org, True, title_toks[0][1]))
            elif text.endswith(") ", 0, start) and (
                bracketed := _TITLE_BRACKETED.search(text, max(0, start - 60), start)
            ):
                # "Lieutenant Colonel (Navy) A B": the rank's service in brackets between them
                title = bracketed.group("t")
                found.append((start, end, name, [title], None, None, True, bracketed.start()))
            else:
                found.append((start, end, name, [], None, None, False, start))
            i = j

    # "Foreign Ministers A and B": the plural title is each one's
    by_start = {item[0]: item for item in found}
    for item in sorted(found, key=lambda x: x[0]):
        start, end, name, titles, country, org, titled, first = item[:8]
        plural = (
            titled
            and titles
            and re.search(
                r"(?:Ministers|Presidents|Secretaries|Ambassadors|"
                r"Envoys|Leaders)(?:\s+(?:of|for)\s+[^,]*)?$",
                titles[-1],
            )
        )
        # "Foreign Ministers A and B", "The Ministers of Foreign Affairs, Mr. A and Mr. B"
        nxt = re.match(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", text[end:]) if plural else None
        other = by_start.get(end + nxt.end()) if nxt else None
        if plural and other is not None and not other[6]:
            head = plural.group(0).split()[0]
            single = titles[-1].replace(
                head, re.sub(r"ies$", "y", re.sub(r"(?<!ie)s$", "", head)), 1
            )
            other_country = other[4]
            if country is None and other_country is None:
                # "President A of X and President B of Y ... Foreign Ministers C and D": in the
                # order of the last two countries named with their people
                pair = _last_two_countries(found, start, text)
                if pair:
                    country, other_country = pair
            found[found.index(item)] = (
                start,
                end,
                name,
                [single],
                country,
                org,
                True,
                first,
                *item[8:],
            )
            found[found.index(other)] = (
                other[0],
                other[1],
                other[2],
                [single],
                other_country,
                other[5],
                True,
                other[0],
            )

    found = _plural_apposition(found, text)
    found = _represented(found, text) if "represented " in text else found

    # "Swedish EU official Johan Floderus": a lower-case post after a demonym or institution
    measured: set[int] = set()
    nationals: set[int] = set()  # (the names of "a Chinese national, A B": people, untitled)
    for m in _LOWER_POST.finditer(text) if _LOWER_POST_TAIL.search(text) else ():
        start = m.start("name")
        if any(item[0] <= start < item[1] for item in found):
            found = [item for item in found if not item[0] <= start < item[1]]
        words = [re.sub(r"[’']s$", "", w) for w in m.group("by").split()]
        # (a two-word country or demonym: "Sri Lankan Navy spokesperson A B")
        pairs = [" ".join(words[n : n + 2]) for n in range(len(words) - 1)]
        codes = [c for c in (country_of_word(w) for w in [*pairs, *words]) if c]
        country = next((c for c in codes if c != "EU"), codes[0] if codes else None)
        if m.group("post") in ("national", "citizen", "resident"):
            # "Sudanese national A B", "Hong Kong resident A B": a nationality, no post; a
            # title may follow the name. Named as the object of a measure in the same
            # sentence ("sanctioned two firms and a Chinese national, A B"), the person takes
            # part in it (annotation: named participants are officials)
            if _MEASURE_ON.search(text, max(0, m.start() - 300), m.start()):
                measured.add(start)  # (titled below, after a title that follows the name)
            found.append((start, m.end("name"), m.group("name"), [], country, None, False, start))
            nationals.add(start)
            continue
        paired = {w for pair in pairs if country_of_word(pair) == country for w in pair.split()}
        title = " ".join(
            [
                w
                for w in words
                if not country or (country_of_word(w) != country and w not in paired) or w.isupper()
            ]
            + ([m.group("body").strip()] if m.group("body") else [])
            + [m.group("post")]
            + m.group("rank").split()
        )
        found.append(
            (start, m.end("name"), m.group("name"), [title], country, None, True, m.start("by"))
        )

    # "Chinese Chargé d'affaires A B was summoned": the envoy's title (its French words
    # lowercase or not) right before the name, with no comma
    for m in _CHARGE_NAMED.finditer(text) if "ffaires" in text else ():
        words = m.group("name").split()
        while words and not _is_name_token(words[-1]):
            words.pop()
        if len(words) < 2 or not all(map(_is_name_token, words)):
            continue
        start = m.start("name")
        end = start + len(" ".join(words))
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue  # (read with its title already)
        found = [item for item in found if not (item[0] < end and start < item[1])]
        title = m.group("t")
        by = m.group("by") or ""
        code = _country_words(title) or next(
            (c for w in by.split() if (c := country_of_word(re.sub(r"[’']s$", "", w)))), None
        )
        found.append((start, end, text[start:end], [title], code, None, True, m.start()))

    # "Under Secretary of State for Economic Growth, Energy, and the Environment A B": a
    # portfolio of capitalised nouns (with commas and "and") between the title and the name
    portfolio = _PORTFOLIO_TITLE_TAIL.search(text)
    for m in _PORTFOLIO_TITLE.finditer(text) if portfolio else ():
        if m.group("prep") == "of" and "," not in m.group("port"):
            # "Minister of Trade, Industry and Energy A" (a list), not "of Defence A"; but
            # "Minister of Foreign Affairs and Emigration A B": two portfolios, one minister
            # (not "of Defence and Prime Minister A B": two people)
            if not re.search(r"[ \t]and[ \t]", m.group("port")) or re.search(
                r"\b(?:Minister|Secretary|President|Premier|Chancellor)\b", m.group("port")
            ):
                continue
        start, end = m.span("name")
        if any(
            item[6]
            and item[0] < end
            and start < item[1]
            and not (
                m.start("port") <= item[0] < start
                and all(_NOUN_SHAPED.search(w) for w in text[item[0] : start].split())
            )
            for item in found
        ):
            continue  # the name was read with its title already (not when that reading
            # took a word of the portfolio: "Secretary for Terrorist Financing A B")
        if any(w in _STATE_WORDS for w in m.group("name").split()):
            continue  # "for the Democratic People's Republic of Korea A": a state's name
        if not all(map(_is_name_token, m.group("name").split())):
            continue  # "Minister for Foreign Affairs and East African Cooperation": the
            # portfolio's last words, no name
        found = [item for item in found if not (item[0] < end and m.start() < item[1])]
        title = text[m.start("title") : m.end("port")]
        code = _country_words(title)
        dem = _DEMONYM_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if not code and dem and country_of_word(dem.group(1)):
            code = country_of_word(dem.group(1))  # "Kenyan Cabinet Secretary for Foreign ... A"
        found.append((start, end, m.group("name"), [title], code, None, True, m.start("title")))

    # "the release of A, who was detained in X in March, and B": named detainees take part
    # in an incident, so they are recorded without a title
    # (a text without the pattern's words skips it, here and in the scans below: speed only)
    releases = "release" in text or "freeing" in text
    for m in _RELEASE_OF.finditer(text) if releases else ():
        stop = re.search(r"[.;?!](?:\s|$)", text[m.end() : m.end() + 300])
        span_end = m.end() + (stop.start() if stop else 300)
        for n in _DETAINEE.finditer(text, m.end(), span_end):
            between = text[m.end() : n.start()]
            if n.start() != m.end() and not re.search(r"(?:,|\band)\s+$", between):
                continue
            words = n.group("name").split()
            if not all(_is_name_token(w) and not country_of_word(w) for w in words):
                continue
            start, end = n.span("name")
            if not any(item[6] and item[0] < end and start < item[1] for item in found):
                found = [x for x in found if not (x[0] < end and start < x[1])]
                found.append((start, end, n.group("name"), [], None, None, True, start))
    # "the case of A, who has been detained in China since 2012": a detainee named with the
    # relative clause that says so takes part in the detention, with no title
    detained = any(w in text for w in ("detained", "held", "imprisoned", "jailed", "arrested"))
    for n in _DETAINED_WHO.finditer(text) if detained else ():
        words = n.group("name").split()
        if not all(_is_name_token(w) and not country_of_word(w) for w in words):
            continue
        lead = text[max(0, n.start() - 30) : n.start()]
        if re.search(r"(?:[A-Z][\w\-’']*|\bto|\bwith)[ \t]+$", lead):
            continue  # "adviser to Aung San Suu Kyi, who was detained": the clause is his
        if text[n.end("name")] != "," and re.search(r"\b(?:of|for|from|at|in|by)[ \t]+$", lead):
            # "a national who works for A B was arrested", "fishermen from A B were
            # arrested": a name after a preposition is not the clause's subject
            continue
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            # ("a Greek citizen, A B": the nationality found before stays)
            code = next((x[4] for x in found if x[0] < end and start < x[1]), None)
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, n.group("name"), [], code, None, True, start))
    # a statement's signature: "COMMODORE A B" on a line of its own, its title on the next
    for n in _SIGNATURE.finditer(text):
        title = n.group("title").strip()
        if not any(w in HEADS for w in re.findall(r"[\w.]+", title)):
            continue
        start, end = n.span("name")
        if not any(x[0] < end and start < x[1] for x in found):
            name = " ".join(w.capitalize() for w in n.group("name").split())
            found.append((start, end, name, [title], None, None, True, start))
    # "The individuals sanctioned today are A, a former senator; B, who ...; and C, a
    # businessman": people a sanction names as its targets take part in it, titled or not,
    # and a target with no country of its own is of the foreign country named nearest
    # (a text without the pattern's participles skips it: speed only)
    listing = any(
        w in text
        for w in (
            "listed", "listing", "designat", "sanction", "measures", "assets", "bans", "freez"
        )
    )
    for m in _TARGETS_ARE.finditer(text) if listing else ():
        stop = re.search(r"[.?!](?=\s+[A-Z“\"]|\s*$)", text[m.end() : m.end() + 600])
        span_end, pos = m.end() + (stop.start() if stop else 600), m.end()
        # (a list set apart by semicolons has "and" inside its items: "in X and Y")
        next_item = _NEXT_ITEM_SEMI if ";" in text[m.end() : span_end] else _NEXT_ITEM
        # (a list in lines after a colon is the lead's: a country in an item is the item's
        # business, "the attack on Ukraine's railway", and the lead's sentence names the
        # targets' own, "officers of Russia's military intelligence")
        lead = m.start() if m.group("colon") else None
        # (a list of bulleted lines: each line an item, a person's or a body's; the list
        # ends where the lines stop opening with a bullet)
        bullets = lead is not None and _LIST_ENTRY.search(text, max(0, m.end() - 8), m.end())
        if bullets:
            span_end = _BULLETED_END.search(text, m.end()).start()
        while pos < span_end:
            n = _TARGET_NAME.match(text, pos)
            words = n.group("name").split() if n else []
            if (
                not n
                or not all(
                    _name_word(w)
                    for w in words
                )
                or any(country_of_word(w) or w in _FIRM_WORDS for w in words)
                # (a line's name is its whole head: "- A B, a broker", not "- A Logistics and
                # B Trading, which ...")
                or (bullets and not _ITEM_HEAD_END.match(text, n.end("name")))
            ):
                if bullets and (nxt := _NEXT_BULLET.search(text, pos, span_end)):
                    pos = nxt.end()  # "- X Gold Mining Company, owned by A": a body's line
                    continue
                break
            start, end = n.span("name")
            post = _TARGET_POST.match(text, end, span_end)
            title = post.group("t").strip() if post and post.group("t") else None
            old = [x for x in found if x[0] < end and start < x[1]]
            titles = [t for x in old for t in x[3]] or ([title] if title else [])
            code = next((x[4] for x in old if x[4]), None) or (
                # ("a New Delhi-based businessman": the place the residence word names)
                title
                and (
                    _country_words(title) or _acronym_in(title, acronyms) or _based_country(title)
                )
            )
            if not code and home:
                at = start if lead is None else lead
                code = _nearest_foreign(text, at, home) or _main_foreign(text, home)
                imposers = _subject_countries(text, m.start())
                if code in imposers:
                    # ("The United Kingdom and Canada sanctioned A and B for gang violence in
                    # Haiti": the lead's subject imposes; the targets' country is another)
                    code = next(
                        (
                            c
                            for c in _countries_between(text, end, span_end)
                            if c not in imposers and c != home
                        ),
                        None,
                    )
            found = [x for x in found if x not in old]
            found.append((start, end, n.group("name"), titles, code, None, True, start))
            nxt = (_NEXT_BULLET if bullets else next_item).search(text, end, span_end)
            if not nxt or (
                not bullets
                and ";" not in text[end : nxt.end()]
                and post
                and post.group("t")
                # (an apposition closed by its comma before "and": "A, a businessman who
                # financed X, and B, a former deputy": the next item)
                and not _APPOSITION_THEN_AND.match(text, post.end(), span_end)
            ):
                break
            pos = nxt.end()

    # a name with a nationality's apposition in a text about a measure: "A B, a Chinese
    # national who directs its sales", "C D, a Russian general, and E F, ...": a person of
    # the demonym's country, titled by the noun unless it is the nationality alone
    # (a text without ", a Capitalised" skips the pattern: speed only)
    appositions = listing and _A_DEMONYM.search(text) is not None
    for n in _DEMONYM_APPOSITION.finditer(text) if appositions else ():
        words = n.group("name").split()
        while words and not (
            _is_name_token(words[0].removeprefix("al-")) or _family_in_capitals(words[0])
        ):
            words = words[1:]  # ("Today A B, a ...": the name's own words only)
        # ("a Russian IT worker": the demonym's first word when the two are no country)
        code = country_of_word(n.group("dem")) or country_of_word(n.group("dem").split()[0])
        if len(words) < 2 or not code or any(w in _FIRM_WORDS for w in words):
            continue
        if not _family_in_capitals(words[0]) and not _is_name_token(words[0].removeprefix("al-")):
            continue
        if not all(
            _name_word(w) for w in words[1:]
        ):
            continue
        end = n.end("name")
        start = end - len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue  # (a line break inside: not one name)
        titled_here = [x for x in found if x[6] and x[0] < end and start < x[1]]
        if titled_here:
            # (found already with a title; an untitled find gives way; a titled one of no
            # country, or of the home one by default, takes the nationality: "its director,
            # A B, an Emirati national")
            found = [
                (*x[:4], code, *x[5:]) if x in titled_here and x[4] in (None, home) else x
                for x in found
            ]
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        noun = n.group("noun")
        titles = [] if noun in ("national", "citizen", "resident") else [f"{n.group('dem')} {noun}"]
        found.append((start, end, " ".join(words), titles, code, None, True, start))

    # "A B and C D have been designated for their roles in ...": the subject list of a
    # passive measure, people by the shape of their names (a list with a firm's word is not)
    for n in _PASSIVE_SUBJECTS.finditer(text) if listing else ():
        names = re.split(r",\s+(?:and\s+)?|\s+and\s+", n.group("names"))
        if any(
            w in _FIRM_WORDS or (country_of_word(w) and not w.startswith("al-"))
            for x in names
            for w in x.split()
        ):  # ("al-Kuwaiti": a name's nisba, not a country)
            continue
        pos = n.start("names")
        for name in names:
            start = text.index(name, pos)
            end = pos = start + len(name)
            words = name.split()
            if len(words) < 2 or not all(
                _name_word(w) for w in words
            ):
                continue
            if any(x[6] and x[0] < end and start < x[1] for x in found):
                continue
            found = [x for x in found if not (x[0] < end and start < x[1])]
            code = _nearest_foreign(text, start, home) if home else None
            found.append((start, end, name, [], code, None, True, start))

    # "Russian businessman A B", "Sudanese general C D", "Belarusian judge E F": a name after
    # a nationality and a person's noun, in a text about a measure: a person of that country
    for n in _DEMONYM_NOUN_NAME.finditer(text) if listing else ():
        code = country_of_word(n.group("dem"))
        words = n.group("name").split()
        start, end = n.span("name")
        if (
            not code
            or len(words) < 2
            or not all(_name_word(w) for w in words)
            or any(w in _FIRM_WORDS for w in words)
            or _LEGAL_AFTER.match(text, end)
            or any(x[6] and x[0] < end and start < x[1] for x in found)
        ):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), [n.group("noun")], code, None, True, start))

    # "A B, who was also designated today, laundered ...": the one a relative clause of the
    # measure is on, a person by the shape of the name, of the foreign country named nearest
    # (a text without ", who " skips the pattern: speed only)
    for n in _WHO_WAS_DESIGNATED.finditer(text) if listing and ", who " in text else ():
        words = n.group("name").split()
        while words and not _is_name_token(words[0].removeprefix("al-")):
            words = words[1:]
        end = n.end("name")
        start = end - len(" ".join(words))
        if (
            len(words) < 2
            or text[start:end] != " ".join(words)
            or any(w in _FIRM_WORDS or country_of_word(w) for w in words)
            or not all(
                _name_word(w)
                for w in words
            )
            or any(x[6] and x[0] < end and start < x[1] for x in found)
        ):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        code = _nearest_foreign(text, start, home) if home else None
        found.append((start, end, " ".join(words), [], code, None, True, start))

    # profiles of a designation's targets after its counted lead ("OFAC sanctioned three
    # individuals and two entities ... . Lima-based A B, a logistics broker, arranges ...";
    # "Its general manager, C D, is also designated today"): untitled people, titled by the
    # noun of the apposition, of the country of the "X-based" word before them or in it
    counted = ("sanction" in text or "designat" in text) and (
        _COUNTED_DESIGNATION.search(text) is not None
    )
    # (the firms counted first, "is sanctioning four entities and two individuals", leads
    # profiles too)
    if counted or (
        ("sanction" in text or "designat" in text) and _FIRMS_THEN_PEOPLE.search(text)
    ):
        firm_country = None
        for n in _PROFILE.finditer(text):
            if n.group("firm"):
                firm_country = _based_country(n.group("fdescr"))
                continue
            key = "name" if n.group("name") else "name2" if n.group("name2") else "name3"
            words = n.group(key).split()
            if not all(_is_name_token(w.removeprefix("al-")) for w in words) or any(
                country_of_word(w) for w in words
            ):
                continue
            start, end = n.span(key)
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            descr = (n.group("descr") or n.group("role") or n.group("descr3") or "").strip()
            officer = bool(n.group("role") or n.group("descr3")) or " of " in descr
            code = (
                _based_country(n.group("based") or "")
                or (_unquoted_place(n.group("res")) if n.group("res") else None)
                or _based_country(descr)
                # ("the general manager of X": the officer of the firm profiled before)
                or (firm_country if officer else None)
            )
            descr = re.sub(r"^[A-Z][\w’']*(?:[ \t][A-Z][\w’']*)?-based\s+", "", descr)
            # (an officer "of" a body, of no country said here: left to the body's country
            # below, not the nearest)
            if not code and home and not officer:
                code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
            found = [x for x in found if not (x[0] < end and start < x[1])]
            titles = [descr] if descr else []
            found.append((start, end, n.group(key), titles, code, None, True, start))

    # "A B C D (C) is the principal money launderer for X", "E F G H (G), a Colombian
    # national based in Y, buys ...": a person given a short name in brackets, one of the
    # name's own words (a designation's style for its targets), titled by what they are
    # (a text without brackets skips the pattern, here and below: speed only)
    short_named = list(_SHORT_NAMED.finditer(text)) if "(" in text else []
    for n in short_named:
        words = n.group("name").split()
        if n.group("short") not in words or not all(_is_name_token(w) for w in words):
            continue
        start, end = n.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        descr = (n.group("is") or n.group("appo") or "").strip()
        nat = re.fullmatch(r"(?P<dem>[A-Z][\w\-]*)\s+(?:national|citizen)\b.*", descr)
        code = country_of_word(nat.group("dem")) if nat else _acronym_in(descr, acronyms)
        titles = [descr] if descr and not nat else []
        if not code and home:
            code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), titles, code, None, True, start))

    # a listing's particulars in brackets: "A B (born 1970, Minsk)", "A B (date of birth 4
    # March 1971; nationality: Belarusian)": the nationality, else the birthplace's country,
    # is the person's (explicit cues, ahead of any guess from the text around)
    particulars = "(" in text and _PARTICULARS_OPEN.search(text)
    for n in _PARTICULARS.finditer(text) if particulars else ():
        words = n.group("name").split()
        start, end = n.span("name")
        while words and not _is_name_token(words[0]):
            # "Deputy Minister A B (born ...)": the title's words before the name
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if len(words) < 1 or not all(_is_name_token(w) or _is_particle_word(w) for w in words):
            continue
        code = _particulars_country(n.group("p"))
        if code is None and any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        old = [x for x in found if x[0] < end and start < x[1]]
        titles = [t for x in old for t in x[3]]
        found = [x for x in found if x not in old]
        found.append((start, end, text[start:end], titles, code, None, True, start))

    # a briefing's label line: "Spokesperson: Md. A B" (the home government's)
    for n in _LABEL_LINE.finditer(text):
        start, end = n.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, n.group("name"), [n.group("t")], home, None, True, start))

    # a release's contact lines: its publisher's staff, of the home country
    contacts = (
        [*_CONTACT_LINE.finditer(text), *_CONTACT_BLOCK.finditer(text)] if "\n" in text else []
    )
    for n in contacts:
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            found = [x for x in found if not (x[0] < end and start < x[1])]
            item = (start, end, n.group("name"), [n.group("t")], home, None, True, start)
            found.append((*item, n.end("t")))  # (the evidence runs to the title's end)

    # "Finland's Ambassador to Chile is A B": a title the clause says a name holds
    title_is = (" is " in text or " was " in text) and _TITLE_IS_TAIL.search(text)
    for n in _TITLE_IS.finditer(text) if title_is else ():
        start, end = n.span("name")
        if not any(item[6] and item[0] < end and start < item[1] for item in found):
            code = country_of_word(n.group("poss") or "") or _country_words(n.group("t"))
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, n.group("name"), [n.group("t")], code, None, True, n.start()))

    # "A's predecessor, B C": A's office and country, as the text gave them for A
    for n in _PREDECESSOR.finditer(text) if "cessor" in text else ():
        start, end = n.span("name")
        holder = next(
            (x for x in found if x[6] and x[4] and x[2].split()[-1] == n.group("of")), None
        )
        if holder and not any(item[6] and item[0] < end and start < item[1] for item in found):
            found = [x for x in found if not (x[0] < end and start < x[1])]
            item = (start, end, n.group("name"), holder[3][:1], holder[4], None, True)
            found.append((*item, n.start()))

    # untitled targets in apposition to a plural noun: "Two officers of the unit, A B and
    # C D, are also designated", "imposed sanctions on two officials of the regime, A B and
    # C D": each titled by the noun, of the foreign country named nearest
    for n in _PLURAL_TARGETS.finditer(text) if _PLURAL_TARGETS_TAIL.search(text) else ():
        role = re.sub(r"^(\w+?)s\b", r"\1", n.group("role").strip())
        dem = country_of_word(n.group("dem")) if n.group("dem") else None
        if n.group("dem") and not dem:
            continue  # ("the Treasury officials, A and B": a body's word, not a demonym)
        roles = [] if role in ("national", "citizen", "resident") else [role]
        for w in re.finditer(rf"{_LIST_NAME}", n.group("names")):
            start, end = n.start("names") + w.start(), n.start("names") + w.end()
            words = w.group(0).split()
            if not all(_is_name_token(x) and not country_of_word(x) for x in words):
                continue
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            code = dem or (
                _nearest_foreign(text, start, home) or _main_foreign(text, home) if home else None
            )
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, w.group(0), roles, code, None, True, start))

    # "the foreign ministers of Fiji and Egypt, A B and C D respectively": each name of the
    # list is of the country in the same place of the other list
    for m in _RESPECTIVELY.finditer(text) if "respectively" in text else ():
        codes = [country_of_word(re.sub(r"^the\s+", "", c)) for c in _LIST_SEP.split(m.group("cs"))]
        names = [n for n in _LIST_SEP.split(m.group("ns")) if n]
        if len(codes) != len(names) or not all(codes):
            continue
        role = re.sub(r"(?<=[a-z])s$", "", m.group("role"))  # "foreign ministers"
        at = m.start("ns")
        for name, code in zip(names, codes, strict=True):
            start = text.index(name, at)
            at = end = start + len(name)
            if not all(_is_name_token(w) or _is_particle_word(w) for w in name.split()):
                continue
            if any(item[6] and item[0] < end and start < item[1] for item in found):
                continue
            found = [x for x in found if not (x[0] < end and start < x[1])]
            found.append((start, end, name, [role], code, None, True, start))

    # a title after the name: "Jake Sullivan, the national security adviser"
    for item in list(found):
        start, end, name, titles, country, org, titled, first = item[:8]
        if titled and not country and len(name.split()) >= 2:
            # "Major General A B, Deputy Commander of the Air Force of X", "The Ministers of
            # Trade, Mr. A and Mr. B, Minister of Commerce of X": a rank or a shared title
            # before the name gives no country; the holder's own title after it does
            post = _POST_TITLE_OF.match(text[end : end + 160]) or _HOLDER_TITLE_OF.match(
                text[end : end + 160]
            )
            nxt = post and _NEXT_NAME.match(text, end + post.end("title"))
            words = post.group("title").split() if post else []
            code = (
                post
                and not nxt
                and re.match(r"\s*[,;.]", text[end + post.end("title") :])
                and (
                    any(country_of_word(" ".join(words[-n:])) for n in range(1, 5))
                    or _ends_with_national_institution(words)
                )
                and _country_after_of(post.group("title"))
            )  # the title ends with its country: "... of the Arab Republic of Egypt A B" no
            if code:
                title = post.group("title").strip()
                found.remove(item)
                found.append((start, end, name, [*titles, title], code, org, True, first))
            continue
        if titled:
            continue
        if len(name.split()) < 2:
            # "Sugiarto, Indonesia's Trade Minister, met ...": one name word, at the head of
            # its clause, with a state's office after it
            post = None
            if _lone_name(text, [(name, start, end)], end) and _CLAUSE_HEAD.search(
                text, max(0, start - 3), start
            ):
                post = _POST_OFFICE_POSS.match(text[end : end + 160]) or _POST_TITLE_OF.match(
                    text[end : end + 160]
                )
            if not post or not (
                post.groupdict().get("poss") or _country_after_of(post.group("title"))
            ):
                continue
        else:
            post = (
                _POST_TITLE.match(text[end : end + 160])
                or _POST_TITLE_OF.match(text[end : end + 160])
                or _POST_TITLE_POSS.match(text[end : end + 160])
                or _POST_TITLE_CAP.match(text[end : end + 160])
                or _POST_OFFICE_POSS.match(text[end : end + 160])
                or _POST_OFFICE_CAP.match(text[end : end + 160])
            )
        nxt = post and _NEXT_NAME.match(text, end + post.end("title"))
        if nxt and not all(_is_name_token(w) for w in nxt.group(0).split()[-2:]):
            nxt = None  # "B, Minister of Foreign Affairs, Foreign Trade and Tourism": a portfolio
        if nxt and not _titled_after(text, nxt.end()):
            # "A, the President of Chile, H.E. B": the title is B's, before B (but in "H.E.
            # A, Prime Minister of X, H.E. B, Prime Minister of Y" each has the one after)
            post = None
        if post:
            title = post.group("title").strip()
            found.remove(item)
            poss = re.sub(r"[’']s\s+$", "", post.groupdict().get("poss") or "")
            dem = (
                (None if _by_body_only(title) else _country_words(title))
                or (country_of_word(poss) if poss else None)
                or country
                or _acronym_in(title, acronyms)
            )
            found.append(
                (start, end, name, [title], dem, None, True, start, end + post.end("title"))
            )

    # a national named as a measure's object, with no title after the name, takes part in
    # the measure all the same
    for item in [x for x in found if x[0] in measured and not x[6]]:
        found[found.index(item)] = (*item[:6], True, *item[7:])

    # "Its sole director, Hong Kong resident A B,", "its sales manager, A B, who ...": a
    # company's officer in apposition (v03, y04), of the place its residence names (a
    # profile found above, "Its owner, A, is also designated", is kept)
    its_role = ("its" in text or "Its" in text) and any(map(text.__contains__, _ITS_ROLES))
    for m in _ITS_ROLE.finditer(text) if its_role else ():
        start, end = m.span("name")
        if any(item[6] and item[0] < end and start < item[1] for item in found):
            continue
        code = country_of_word(m.group("dem")) if m.group("dem") else None
        code = code or next((x[4] for x in found if x[0] < end and start < x[1]), None)
        if not code and home and counted:
            # "Los Choneros, which OFAC designated ... together with its leader, A": a
            # designated body's officer, of the foreign country near (as profiles above)
            code = _nearest_foreign(text, start, home) or _main_foreign(text, home)
        found = [x for x in found if not (x[0] < end and start < x[1])]
        found.append((start, end, m.group("name"), [m.group("t")], code, None, True, m.start("t")))

    # "his US counterpart Lloyd Austin"
    counterpart_names = {}
    matches = (
        [*_COUNTERPART.finditer(text), *_COUNTERPART_TITLED.finditer(text)]
        if "counterpart" in text  # (both need the word: a text without it skips them)
        else []
    )
    for m in matches:
        if m.group("name") and all(_is_name_token(w) for w in m.group("name").split()):
            code = country_of_word(m.group("dem") or "") if m.group("dem") else None
            counterpart_names.setdefault(m.start("name"), (code, m.start()))

    gaz = _gazetteer(gazetteer)
    # titled names' spans from title to name, by where they open, with the furthest name start
    # so far: "inside another's title" is a bisect, not a scan of all found (an item's own span
    # ends at its start, before its end, so it never covers itself)
    title_spans = sorted((y[7], y[0]) for y in found if y[6])
    title_opens = [x for x, _ in title_spans]
    title_reach = list(accumulate((y for _, y in title_spans), max))
    # a firm's short name, given in brackets after its legal form ("Anatolia Motor Parts A.Ş.
    # (Anatolia Motor) is ... . Anatolia Motor is being designated"): the firm's, no person's
    firm_short_names = (
        {m.group("short") for m in _FIRM_SHORT_NAME.finditer(text)} if "(" in text else set()
    )
    for item in sorted(found, key=lambda x: x[0]):
        start, end, name, titles, country, org, titled, first = item[:8]
        n_open = bisect_right(title_opens, start)
        if n_open and title_reach[n_open - 1] >= end:
            continue  # "the Minister for Trade and Development Aid, A B": a word of A's title
        if set(name.split()) <= _STATE_WORDS or country_of_word(name):
            # "the Armed Forces of the Russian Federation": a state, no person (nor is the
            # place in "Its sole director, Hong Kong resident A B")
            continue
        if (
            _FACILITY_AFTER.match(text, end)
            or _FACILITY_LAST.fullmatch(name.split()[-1])
        ):
            continue  # "King Abdulaziz International Airport": a place named after a person
        if _BODY_AFTER.match(text, end) or _BODY_AFTER.match(" " + name.split()[-1]):
            # "the General Border Committee": a body's name, no "General Border" (nor is
            # "General Trading Corporation" a person)
            continue
        if re.search(r"[’']s\s", name) and any(w in HEADS for w in name.split()):
            continue  # "Viet Nam's Minister of ...": a country's possessive and a title
        if (
            _LEGAL_END.search(name)
            or name.split()[-1] in _FIRM_WORDS
            or _LEGAL_AFTER.match(text, end)
            or _FIRM_THEN_BRACKET.search(text, max(0, start - 16), start)
            or name in firm_short_names
        ):
            continue  # "X Aviation Limited is a Sharjah-based company": a firm, no person

        k = _institution_words(text, name, start) if titled and titles else 0
        if k:
            # "Director of the China Coast Guard A B": "Coast Guard" ends the title
            words = name.split()
            start = text.index(words[k], start + len(" ".join(words[:k])))
            titles = [*titles[:-1], f"{titles[-1]} {' '.join(words[:k])}"]
            name = text[start:end]
        ev_end = item[8] if len(item) > 8 else end
        name_country = country
        of = _OF_COUNTRY.match(text[end : end + 80])
        if of and _by_body_only(of.group("c")):
            # "Speaker A of the Senate": the body says whose only with another cue
            titles = [f"{titles[-1]} of the {_GENERIC_BODY.search(of.group('c')).group(0)}"] if (
                titles
            ) else titles
            of = None
        if of and country_of_word(of.group("c")):
            name_country = name_country or country_of_word(of.group("c"))
            if titled:
                ev_end = end + of.end()
        elif of and titled and not name_country:
            # "Governor A of the Central Bank of Egypt", "Commissioner A of the European
            # Commission": the country of the institution
            inst = _INSTITUTION_OF.fullmatch(of.group("c"))
            name_country = (
                country_of_word(inst.group("c") or inst.group("d")) if inst else None
            )
            if name_country is None and re.search(rf"\b{_INSTITUTION}\b", of.group("c")):
                # "Permanent Secretary A of the Ministry of Foreign Affairs of India",
                # "Director-General B of the Ghanaian Ministry of Trade": the institution's
                # country, after its last "of" or by a demonym among its words
                name_country = _country_words(of.group("c"))
        if start in counterpart_names:
            code, cstart = counterpart_names[start]
            name_country = name_country or code
            titled = True
            first = cstart
            titles = titles or _counterparts_title(text, people, cstart)
        if name_country == "US" and titles and _unnamed_body_of_us(text, titles):
            name_country = None  # "President of the Senate A" in a text on Cambodia
        if name_country is None and titled and titles:
            name_country = _body_country(text, titles)
        person = _attach(people, name, start, end, gaz)
        if person is None:
            if (
                not titled
                and not _gaz_lookup(gaz, name)
                and start not in counterpart_names
                and start not in nationals
            ):
                continue  # (a person named with a nationality is one, to be a target or a
                # detainee, though no official)
            if (
                " " not in name
                and _ENGLISH_DERIVED.fullmatch(name)
                and not _pinyin(name)
                and not _gaz_lookup(gaz, name)
            ):
                continue  # "the General Election": a common noun after a title word
            entry = _gaz_lookup(gaz, name)
            person = Person(
                key=_key(name),
                name=name,
                country=name_country
                or (entry[1] if entry and not _other_office(entry, titles) else None),
                first=(first, ev_end),
                titled=titled,
            )
            if entry:
                person.aliases.extend(a for a in entry[3] if a != name)
                if entry[0] != name:
                    person.aliases.append(entry[0])
            people.persons.append(person)
        elif titled and not person.titled:
            person.titled, person.first = True, (first, ev_end)
        if name_country and not person.country:
            person.country = name_country
        if start in counterpart_names and not name_country:
            person.counterpart = True
        for t in map(_without_style, titles):
            if t and t not in person.titles and t not in HONORIFICS:
                person.titles.append(t)
        if org and not person.organization:
            person.organization = org
        if titles and titles[0] and titled:
            alias = f"{titles[-1]} {name}" if titles[-1] else None
            if alias and alias not in person.aliases and len(alias) < 80:
                person.aliases.append(alias)
        people.mentions.append(Mention(start, end, person))

    # "Jhon Fredy Ospina Restrepo (Ospina)": the text's own short name is the surname (the
    # first of two Spanish family names, not the last word)
    for n in short_named:
        for p in people.persons:
            if p.name == n.group("name") and n.group("short") in p.name.split():
                p.short = n.group("short")
    # bare gazetteer words ("Biden and Xi"), and surnames of people found above
    _bare_mentions(text, people, gaz)
    for p in people.persons:
        host_in = _HOST_IN.search(text, max(0, p.first[0] - 120), p.first[0])
        if p.country is None and host_in and country_of_word(host_in.group("c")):
            # "In Tallinn he is to be received by President A": the host in his own place
            # (and so the holder of the office at home, before others are placed)
            p.country = country_of_word(host_in.group("c"))
    placed = {id(p) for p in people.persons if p.country}
    for p in people.persons:
        p.country = _decide_country(text, p, people.persons, home, home_offices, gaz)
        s = p.surname
        if s != p.name and s not in p.aliases:
            p.aliases.insert(0, s)
    for p in people.persons:
        if id(p) in placed or not home or p.country == home:
            continue
        taken = _held_elsewhere(p, people.persons)
        if p.country in taken:
            # "The President called Prime Minister B" after "Prime Minister Kishida": a
            # guess that gave B a foreign country whose office another holds; the foreign
            # country the text names most among those left (at home, a holder may be a
            # former one: "the late Prime Minister ABE Shinzo" beside "KISHIDA Fumio")
            p.country = _main_foreign(text, home, avoid=taken) or p.country
    _address_mentions(text, people)
    people.mentions.sort(key=lambda m: m.start)
    return people


def _decide_country(
    text: str, p: Person, persons: list[Person], home: str | None, home_offices, gaz
) -> str | None:
    """The country of p, in evidence order. The explicit cues found with the name (a demonym
    or country in the title, "of X" after the name, a nationality, a listing's particulars)
    are already p.country and stand; then, for a person they leave unplaced:
    1. institution: the country closing a group of titles ("A of X and B of Y").
    2. host-visitor logic: the place the clause sets the meeting in; an office the home
       country already fills (its second holder is foreign); two holders of one office
       holding a meeting; the counterpart of the home side.
    3. context: the text around (`_guess_country`: international bodies' officers none,
       a sanction's targets, a side's leader, the one met abroad, the host of a visit ...).
    4. nothing: a second holder of a home office whom nothing places has no country (the
       home's is never a default for them).
    Then two corrections of a guess: a North Korean read as Korean, a visitor read as a
    national of the country visited."""
    code = p.country
    # 1. institution
    if code is None and p.titled:
        code = _of_country_of_next_group(text, p)
    # 2. host-visitor logic
    if code is None:
        code = _host_of_meeting(text, p)
    if code is None and home:
        code = _clause_place(text, p, home)
    if (
        code is None
        and home
        and home_offices
        and _office_held_at_home(p, persons, home, home_offices)
    ):
        # "Office of the President of Korea": another president is foreign
        code = _nearest_foreign(text, p.first[0], home) or None
    second_holder = bool(
        code is None
        and home
        and _one_holder_at_home(p, persons, home, True)
        # (not the one a foreign visitor meets at home: a second holder there is an
        # earlier or acting one, n05's caretaker foreign minister)
        and not (_met_object(text, p) and _host_of_visitor(text, p, home, persons))
    )
    near_text = _without_venues(text, p) if second_holder else text
    if second_holder:
        # "Prime Minister A (home) and Prime Minister and Minister of Foreign Affairs B": a
        # country has one prime minister, so B is of the foreign country named nearest
        # (else the foreign country the text names most: the other side of a bilateral);
        # first, that of a foreign subject of the same sentence ("Minister K of X shared
        # his view of the summit, which President B attended")
        # (not the venue of a multilateral meeting: "met Foreign Minister B on the sidelines
        # of the summit in Nairobi" does not say B is Kenyan)
        code = (
            _sentence_foreigner(text, p, persons, home)
            or _nearest_foreign(near_text, p.first[0], home, pairs=True)
            or _main_foreign(near_text, home)
            or None
        )
    if code is None and home:
        # "Minister for Foreign Affairs A and Minister of Foreign Affairs B will co-chair
        # the Foreign Ministers' Meeting": two holders of one office who hold a meeting
        # together serve two governments, the first named the home one
        code = _same_office_pair(text, p, persons, home)
    if code is None and p.counterpart and home and not _chinese_name(p, home):
        # "Foreign Minister Wong met her counterpart, Minister Sugiono": the other side
        # (a Chinese name says which before a country named near: "A and his
        # counterpart, Minister Wei B, will meet in Siem Reap, Cambodia")
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
    # 3. context
    if code is None:
        # (a second holder's context without the venue of a multilateral meeting, which says
        # nothing of B: "A met Foreign Minister B on the sidelines of the summit in Nairobi")
        code = _guess_country(p, home, near_text if second_holder else text, persons)
        # 4. nothing: "Foreign Minister A met Foreign Minister B", the home's holder A, and
        # B's country named nowhere
        if second_holder and code == home:
            code = None
    # corrections of a guess
    if code == "KR" and home != "KR" and _north_korean(text, p, home):
        code = "KP"
    if (
        code
        and code != home
        and not any(_country_words(t) for t in p.titles)
        and not _gaz_lookup(gaz, p.name)
        and code == _destination_of(text, p)
    ):
        # "the state visit to Japan that President A will pay": a guess that made A a
        # national of the country A visits; the other side the text names most instead
        # (in a bilateral text whose other side A visits, A is of the home side: "the visit
        # of Prime Minister A to Bangladesh" in Japan's joint statement with Bangladesh)
        code = (
            home
            if code == _main_foreign(text, home) and _one_holder_at_home(p, persons, home)
            else _main_foreign(text, home, avoid=code) or home
        )
    return code


# a legislature's generic name, which names the US (countries.INSTITUTIONS) only where the
# text is about it; other states have a Senate, a House and a Congress too
_GENERIC_BODY = re.compile(r"\b(?:Senate|House|Congress)\b")
_NAMES_US = re.compile(
    r"\b(?:U\.S\.|US|USA|United\s+States|Americans?|Washington|White\s+House|Pentagon)\b"
)


def _us_only_by_body(text: str, words: str) -> bool:
    """Do words name the US by a generic legislature alone, in a text that names it in no
    other way?"""
    return _GENERIC_BODY.search(words) is not None and not _has(_NAMES_US, text)


# a single name word's shape ("Sugiarto", "Prabowo"): not an adverb or a common word that
# opens a sentence ("Meanwhile, China's Foreign Minister ...")
_NOT_A_LONE_NAME = re.compile(
    r"[A-Z][a-z]*ly|Meanwhile|However|Moreover|Furthermore|Also|Earlier|Later|Today|Yesterday"
    r"|Tomorrow|Still|Instead|Thus|Therefore|Besides|Nevertheless|Nonetheless|Here|There|Then"
    r"|Now|Yet|Indeed|Again|Afterwards|Elsewhere|Otherwise|Overall|Initially|Last|Next|Since"
    r"|Following|Speaking|According|Asked|Addressing|Responding|Welcoming|Separately|Together"
)
_TITLE_HEAD = re.compile(
    r"\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Envoy|Governor|Speaker"
    r"|Councill?or|Chief|Commander|Advis[eo]r|Commissioner|Director|Spokes(?:person|man|woman))\b"
)
_CLAUSE_HEAD = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)$")


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


def _by_body_only(title: str) -> bool:
    """Does a title name the US only by a generic legislature ("President of the Senate",
    "Speaker of the House"), no other country?"""
    return _GENERIC_BODY.search(title) is not None and not _country_words(
        _GENERIC_BODY.sub("", title)
    )


def _body_country(text: str, titles: list[str]) -> str | None:
    """The US for a title of its generic legislature ("Senate President", "Speaker of the
    House") when nothing else gave the holder a country and the text names the US."""
    if any(_GENERIC_BODY.search(t) for t in titles) and _has(_NAMES_US, text):
        return "US"
    return None


def _unnamed_body_of_us(text: str, titles: list[str]) -> bool:
    """Is the US, a title's country, only its generic legislature's ("President of the
    Senate", "Speaker of the House") in a text that names the US in no other way?"""
    return (
        not _has(_NAMES_US, text)
        and any(_GENERIC_BODY.search(t) for t in titles)
        and not any(_country_words(_GENERIC_BODY.sub("", t)) for t in titles)
    )


def _address_mentions(text: str, people: People) -> None:
    """Words of address written before a name at its first mention and used alone later
    ("..., Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of ..." then "Samdech
    Thipadei was accompanied by ..."): a run of two or more of them is a mention of that
    person."""
    taken = [(m.start, m.end) for m in people.mentions]
    for p in people.persons:
        first = min((m.start for m in people.mentions if m.person is p), default=None)
        if first is None:
            continue
        lead = text[max(0, first - 80) : first]
        run = re.search(r"(?:^|[,;:.]\s+|\n)((?:[A-Z][\w’'\-]*[ \t]+){2,5})$", lead)
        if not run:
            continue
        words = run.group(1).split()
        if any(
            (w in TITLE_WORDS and w != "Samdech")
            or w in STOP
            or (w in HONORIFICS and w != "Samdech")
            or country_of_word(w)
            for w in words
        ):
            continue
        address, own = set(words), first - len(run.group(1))
        for m in re.finditer(r"\b[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)+", text):
            ws = m.group(0).split()
            if m.start() == own or not set(ws) <= address:
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            people.mentions.append(Mention(m.start(), m.end(), p))
            taken.append((m.start(), m.end()))


def _title_parts(text, title_toks):
    """The title words before a name: (country, organization, [title])."""
    country = None
    org_words, title_words = [], []
    for word, _a, _b in title_toks:
        code = country_of_word(word)
        if code and _GENERIC_BODY.fullmatch(word):
            # "Senate President A", "House Speaker B": a body that other states have too is
            # a word of the title; it makes the US the country only as a last resort
            # (_body_country), after a possessive, an "of" or a demonym
            title_words.append(word)
            continue
        if code and not title_words:
            country = country or code
            if word.isupper() and word not in ("US", "U.S.", "PRC", "UK", "EU"):
                org_words.append(word)
            continue
        title_words.append(word)
    if title_toks:
        raw = text[title_toks[0][1] : title_toks[-1][2]]
        for inst in ("White House", "State Department", "Pentagon", "Communist Party"):
            if inst in raw:
                # "General Secretary of the Communist Party of Viet Nam A": the country
                # after the institution's "of" is its own, not the one its name suggests
                own = _country_of_institution(raw, inst)
                country = country or own or country_of_word(inst)
                org_words = org_words or [inst]
                if not own:
                    raw = raw.replace(inst, "").strip()
        for dem in sorted(
            {w for w, _, _ in title_toks if country_of_word(w) and not _GENERIC_BODY.fullmatch(w)},
            key=len,
        ):
            if raw.startswith(dem + " "):
                raw = raw[len(dem) + 1 :]
        title = re.sub(r"^(?:the|of)\s+", "", raw).strip()
        if not country and _TITLE_OF.search(title) and not _by_body_only(title):
            # "Foreign Minister of Iran", "Minister of Infrastructure of Ukraine" (not "President
            # of the Senate": many states have one)
            country = _country_after_of(title)
    else:
        title = ""
    return country, (" ".join(org_words) or None), [title] if title else []


def _country_of_institution(raw: str, inst: str) -> str | None:
    """The country named right after an institution's "of" ("Communist Party of Laos")."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][^,;]*)$", raw[raw.index(inst) + len(inst) :])
    return country_of_word(after.group(1).strip()) if after else None


_TITLE_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*)$")


def _country_after_of(title: str) -> str | None:
    """The country named after an "of" of a title: "President of the Republic of Korea",
    "Minister of Infrastructure of Ukraine" (a portfolio's "of" first, the country's last)."""
    for of in re.finditer(
        r"\bof\s+(?=(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*))", title
    ):
        words = of.group("c").split()
        inner = [i for i, w in enumerate(words[:-1]) if w == "of" and i > 0]
        if inner and not country_of_word(" ".join(words)):
            # "President of the Senate of Chile": the country after the institution's "of",
            # not the country an institution's word names alone ("Senate")
            code = country_of_word(" ".join(words[inner[-1] + 1 :]))
            if code:
                return code
        for n in range(len(words), 0, -1):
            code = country_of_word(" ".join(words[:n]))
            if code:
                return code
    return None


# "the Commander-in-Chief of the Myanmar armed forces, " right before a title and a name
_OWNER_BEFORE = re.compile(
    r"\b(?P<t>(?i:commander|chief|head|minister|president|director|secretary|ambassador"
    r"|chair\w*|governor|leader|general|envoy)[\w\-]*\s+of\s+(?:the\s+)?[A-Z][\w\-’']*"
    r"(?:\s+[A-Z][\w\-’']*){0,3})(?:\s+[a-z][\w\-]*){0,3},\s+$"
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
    r"\((?P<p>(?:born\b|b\.|date\s+of\s+birth\b|DOB\b|nationality\b)[^()]{1,120})\)"
)
_PARTICULARS_OPEN = re.compile(r"\((?:born\b|b\.|date\s+of\s+birth\b|DOB\b|nationality\b)")
_NATIONALITY = re.compile(r"\bnationality:?\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")
_BORN = re.compile(r"\b(?:born\b|b\.|birth\b)[^;]*")
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


def _is_particle_word(word: str) -> bool:
    return word in PARTICLES


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
_PARTICLE_WORDS = frozenset("bin binti bint ibn de la del da das do dos van von der ter".split())
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
def _subject_countries(text: str, at: int) -> set[str]:
    """The countries named in the sentence before `at` (the lead verb's subject, as in "The
    United Kingdom and Canada sanctioned ...")."""
    ends = [x.end() for x in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    lo = ends[-1] if ends else max(0, at - 400)
    return set(_countries_between(text, lo, at, subjects=True))


def _countries_between(text: str, lo: int, hi: int, subjects: bool = False) -> list[str]:
    out = []
    for x in _COUNTRY_WORD.finditer(text, lo, hi):
        if text[max(0, x.start() - 3) : x.start()].lower() == "al-":
            continue
        before = text[max(0, x.start() - 12) : x.start()]
        if subjects and re.search(
            r"(?:\(|\b(?:of|in|on|against|to|from|with|under|for|by)\s+(?:the\s+)?)$", before
        ):
            continue  # ("under the X (Iran) Regulations", "sanctions on Iran": no subject)
        code = _country_in_words(x.group(0).split())
        if code:
            out.append(code)
    return out


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
    from ..countries import _word_table

    return {re.sub(r"[’']", "", word): code for word, code in _word_table().items()}


def _unquoted_place(word: str) -> str | None:
    return country_of_word(word) or _unquoted_places().get(re.sub(r"[’']", "", word))


# "The individuals sanctioned today are", "Among those designated today is", "The first
# individual listed, in 2023, was": a list of the sanction's targets follows
_LISTED = (
    # (any case: "Those listed include A" opens a sentence)
    r"(?:\b(?i:those|persons|individuals?|people)\s+(?:listed|designated|sanctioned)\b"
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
    r"bans?|restrictions|Regulations)\s+(?:on|against))\s+(?:a\s+)?(?:(?:further|additional|new)\s+)?"
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
_NEXT_ITEM = re.compile(rf";\s*(?:and\s+)?|,?\s+and\s+(?=[A-Z])|,\s+(?=[{_UP}])")
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
# "sanctioned sixteen officials aligned with A, including Justice B": one of a group the
# sanction's object counts, named after "including" in the same clause (capitalised words,
# a title, may stand between)
_DESIGNATED_INCLUDING = re.compile(
    r"\b(?:designat(?:ed|es|ing)|sanction(?:ed|s|ing))\s+[^.;:]{1,100}?,?\s+including\s+"
    r"(?:[A-Z][\w\-]*\s+){0,4}$"
)
# the same, before any first word: "Those listed include the head of the X Department, A"
_LISTED_ARE = re.compile(_LISTED + r"\s+(?:include|includes|are|is|was|were)\b", re.I)
_TARGET_NAME = re.compile(
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
        _POST_TITLE_OF.match(text[end : end + 160]) or _POST_TITLE.match(text[end : end + 160])
    )


# "Director for Japan at the U.S. National Security Council", "a counsellor on Korea at the
# Chinese Embassy": the body the holder serves, after the portfolio
_AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?(?=[A-Z])")
# "Ambassador to China", "Consul General in Shanghai", "defence attaché in Hanoi": an
# envoy's post, where the envoy serves; the country is the host's, never the envoy's own
_POSTING = re.compile(
    r"\b(?i:ambassador|envoy|charg[eé]\s+d[’']\s?affaires|high\s+commissioner|consul"
    r"|attach[eé]|head\s+of\s+mission|chief\s+of\s+mission)(?:[\s\-](?i:general|designate))?"
    r"(?:\s+(?:a\.\s?i\.|ad\s+interim))?"
    r"\s+(?:in|to)\s+(?:the\s+)?(?P<c>[A-Z][\w\-’']*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-’']*)*)"
)


def _posted_countries(p: Person) -> set[str]:
    """The countries p's titles post p to as an envoy ("Ambassador in Beijing": CN)."""
    out = set()
    for t in p.titles:
        if "to " in t or "in " in t:
            for m in _POSTING.finditer(t):
                words = m.group("c").split()
                for n in range(len(words), 0, -1):
                    code = country_of_word(" ".join(words[:n]))
                    if code:
                        out.add(code)
                        break
    return out


_BODY_OF_STATES = re.compile(r"\bOrgani[sz]ation\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*)+")


def _country_words(title: str) -> str | None:
    # "Director-General of the European Affairs Bureau", "Asian and Oceanian Affairs": a
    # portfolio's region, no country
    title = re.sub(r"\b[A-Z][\w\-]*(?:\s+and\s+[A-Z][\w\-]*)?\s+Affairs\b", "Affairs", title)
    if "Organi" in title:
        # "Secretary General of the Organization of American States": a body of states, no
        # state ("the Organisation of Islamic Cooperation")
        title = _BODY_OF_STATES.sub("Organization", title)
    if "to " in title or "in " in title:
        title = _POSTING.sub(lambda m: m.group(0)[: m.start("c") - m.start()], title)
    body = _AT_BODY.search(title) if " at " in title else None
    if body:
        # the body's country (named or by demonym) is the holder's, before any country the
        # portfolio deals with ("for China", "on Taiwan", "Korea desk")
        code = _country_words(title[body.end() :])
        if code:
            return code
    code = _country_after_of(title)
    if code:
        return code
    for word in re.findall(r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w\-’']*)?", title):
        word = re.sub(r"[’']s\b", "", word)  # "commander of Sudan's Rapid Support Forces"
        code = country_of_word(word) or country_of_word(word.split()[0])
        if code:
            return code
    return None


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


def _counterparts_title(text: str, people: People, at: int) -> list[str]:
    """ "Foreign Minister A held talks with his Moroccan counterpart, B": B, whose title the
    text does not give, holds the office of the one whose counterpart B is, the person last
    named before "counterpart" in its sentence (of two offices joined by "and", the last, the
    portfolio: "Prime Cabinet Secretary and Foreign Minister A ... his counterpart, B")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    sentence = ends[-1] if ends else max(0, at - 400)
    before = [m for m in people.mentions if sentence <= m.start and m.end <= at]
    if not before or not before[-1].person.titles:
        return []
    title = before[-1].person.titles[0].split(" and ")[-1]
    of = re.search(r"\s+of\s+(?:the\s+)?(?P<c>(?:(?!\s+of\s)[^,])+)$", title)
    if of and country_of_word(of.group("c")):
        title = title[: of.start()]  # "Prime Minister of Kazakhstan": the office, not the state
    return [title] if title[:1].isupper() else []


def _fuller_name(name: str, p: Person) -> bool:
    """Whether `name`, met in the text, is p's name in full: longer, with p's name as one
    of its words ("Recep Tayyip Erdogan" after a headline's "Erdogan")."""
    if len(name) <= len(p.name):
        return False
    words, own = name.split(), p.name.split()
    # ("Alberto van Klaveren" after "van Klaveren": a name of two words with its particle)
    return any(words[k : k + len(own)] == own for k in range(len(words) - len(own) + 1))


def _take_fuller_name(p: Person, name: str) -> None:
    """A person first named by surname (a headline's "A meets B", a known leader's bare
    name) is named in full once the text gives the full name; the surname stays an alias."""
    if name in p.aliases:
        p.aliases.remove(name)
    p.aliases.append(p.name)
    p.name = name
    p.key = _key(name)


def _child_of(a: str, b: str) -> bool:
    """Does one name end with the other after a patronymic ("Faisal bin Khalid bin Sultan"
    and "Khalid bin Sultan"): the child named by the parent, two people?"""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return long[: -len(short)].split()[-1:] in (["bin"], ["ibn"], ["bint"], ["binti"])


def _attach(people: People, name: str, start: int, end: int, gaz) -> Person | None:
    """The person already found whom `name` denotes: same name, surname, or full name."""
    candidates = []
    for p in reversed(people.persons):
        if name == p.name:
            return p
        if name in p.aliases:
            if _fuller_name(name, p):
                _take_fuller_name(p, name)
            return p
        if name == p.surname or (
            (p.name.endswith(" " + name) or name.endswith(" " + p.name))
            and not _child_of(name, p.name)
        ):
            candidates.append(p)
        elif surname_of(name) == p.surname and surname_of(name) == p.name:
            candidates.append(p)
        elif (
            " " not in name
            and len(p.name.split()) >= 2
            and p.name.split()[0].lower() == name.lower()
            and (
                len(p.name.split()) == 2
                or any(w in PARTICLES for w in p.name.split())
                or all(len(w.rstrip(".")) > 1 for w in p.name.split())
            )
        ):
            candidates.append(p)  # "Kishida" after "Kishida Fumio"; "King Salman" after
            # "Salman bin Abdulaziz"; "President Samia" after "Samia Suluhu Hassan" (not
            # "Charles" after "Charles Q. Brown")
        elif (
            " " not in name
            and len(p.name.split()) >= 3
            and name in p.name.split()[1:-1]
            and name not in PARTICLES
            and name[:1].isupper()
        ):
            candidates.append(p)  # "Lula" after "Luiz Inácio Lula da Silva"
        elif surname_of(name) == p.surname and len(name.split()) > 1:
            entry = _gaz_lookup(gaz, name)
            if entry and (p.name in entry[3] or p.name == entry[0]):
                candidates.append(p)
    if candidates:
        p = candidates[0]
        if _fuller_name(name, p):
            _take_fuller_name(p, name)
        elif name not in p.aliases and name != p.name:
            p.aliases.append(name)
        return p
    return None


def _bare_mentions(text: str, people: People, gaz) -> None:
    taken = [(m.start, m.end) for m in people.mentions]
    words: dict[str, Person | tuple] = {}
    for p in people.persons:
        words[p.surname] = p
        words[p.surname[:1].upper() + p.surname[1:]] = p  # "Van Klaveren said" opens a sentence
        words[p.name] = p
    for entry in gaz:
        for alias in entry[3]:
            words.setdefault(alias, entry)
    if not words:
        return
    for start, end in _leftmost_longest(text, words, gaz):
        found = text[start:end]
        if any(a <= start < b for a, b in taken):
            continue
        if found in STOP:
            continue  # "He will", "He'll": the pronoun, not He Lifeng's surname alone
        target = words[found]
        if isinstance(target, tuple):
            person = _attach(people, found, start, end, gaz)
            if person is None:
                person = Person(
                    key=_key(target[0]),
                    name=found,
                    country=target[1],
                    first=(start, end),
                    aliases=[a for a in [target[0], *target[3]] if a != found],
                )
                people.persons.append(person)
            for w in (person.surname, person.name):
                words[w] = person
        else:
            person = target
        people.mentions.append(Mention(start, end, person))


def _leftmost_longest(text: str, words, gaz) -> list[tuple[int, int]]:
    """Where the words stand as whole words, leftmost first and the longest at a place, not
    overlapping: what one alternation of them all finds. The gazetteer's aliases (the same
    in every text) are one pattern compiled once; the text's own names, new in each text,
    are looked for one by one with str.find (compiling an alternation of them cost more than
    the whole search)."""
    longest: dict[int, int] = {}
    pattern = _words_at(tuple(sorted({a for e in gaz for a in e[3]})))
    for m in pattern.finditer(text) if pattern is not None else ():
        longest[m.start()] = max(longest.get(m.start(), 0), m.end(1))
    for word in words:
        if isinstance(words[word], tuple):
            continue  # a gazetteer alias: in the pattern above
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # a whole word: no word character or hyphen either side (as _words_at's pattern)
            if not (at and _in_word(text[at - 1])) and not (
                end < len(text) and _in_word(text[end])
            ):
                longest[at] = max(longest.get(at, 0), end)
            at = text.find(word, at + 1)
    spans, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            spans.append((start, longest[start]))
            reached = longest[start]
    return spans


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


# Offices a government does not have: a "Prime Minister X" in a White House text is
# foreign. (The home country's own president is in the gazetteer: another president is
# foreign too.)
_NOT_AT_HOME = {
    "US": re.compile(
        r"\b(?:Minister|Premier|Chancellor|King|Queen|Emperor|Empress|Prince|Emir|Sultan|Sheikh|"
        r"(?<!Vice\s)(?<!Vice-)President)\b"  # the United States has a Vice President
    ),
}


# the form of the home state: a monarchy has no President as head of state ("President A"
# in an Australian text is foreign, not "the President of the Senate"); a republic has no
# King, Emir or Sultan
_MONARCHIES = frozenset(
    "GB CA AU NZ PG SB TV JM BS BZ AG KN LC VC GD JP TH MY KH BN BT NL BE LU SE NO DK ES MC LI "
    "AD SA AE QA KW BH OM JO MA SZ LS TO".split()
)
_NOT_IN_MONARCHY = re.compile(
    r"^(?:(?:Former|Outgoing|Incoming)\s+)?President(?:\s+of\s+(?!the\s+(?:Senate|Council|"
    r"Board|Court|Chamber|Assembly|National\s+Assembly|Legislative|House|European|Republic\s+of"
    r"\s+(?-i:[A-Z])\w+\s+(?:Senate|Assembly)))[^,;]*)?$"
)
# the monarch's title of each monarchy (a king or queen unless listed)
_KING = re.compile(r"(?:King|Queen)\b")
_MONARCH = {
    "JP": re.compile(r"(?:Emperor|Empress)\b"),
    "QA": re.compile(r"(?:Emir|Amir)\b"),
    "KW": re.compile(r"(?:Emir|Amir)\b"),
    "OM": re.compile(r"Sultan\b"),
    "BN": re.compile(r"Sultan\b"),
    "MY": re.compile(r"(?:King|Queen|Yang\s+di-Pertuan\s+Agong|Sultan)\b"),
    "AE": re.compile(r"(?:President|Emir|Sheikh)\b"),
    "LI": re.compile(r"Prince\b"),
    "MC": re.compile(r"Prince\b"),
}
_ANY_MONARCH = re.compile(r"(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan)\b")
_NOT_IN_REPUBLIC = re.compile(
    r"\b(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan|Crown\s+Prince)\b"
)


_GROUP_CLOSED = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+and\s+$")
_OF_IN_GROUP = re.compile(r"\bof\s+(?P<c>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)")


def _of_country_of_next_group(text: str, p: Person) -> str | None:
    """ "A and B of Japan and C and D of the Philippines": after a group that "of Japan"
    closed, C belongs to the next group, whose "of <country>" comes after D."""
    start, end = p.first
    if not _GROUP_CLOSED.search(text[max(0, start - 60) : start]):
        return None
    rest = text[end : end + 200]
    if not re.match(r"\s+and\s", rest):
        return None
    rest = re.split(r"(?<!\bJr)(?<!\bSr)[.;:!?]\s|,\s+(?!Jr)", rest)[0]
    for m in _OF_IN_GROUP.finditer(rest):
        code = country_of_word(re.sub(r"^the\s+", "", m.group("c"))) or country_of_word(
            m.group("c").split()[-1]
        )
        if code:
            return code
    return None


# intergovernmental organisations named in a title (their officers serve no one state)
_INTERNATIONAL = re.compile(
    r"\b(?:NATO|OSCE|ASEAN|IAEA|OPCW|OECD|WTO|IMF|African\s+Union|Arab\s+League|Alliance"
    # "UN Secretary-General A", "the United Nations High Commissioner for Refugees"
    r"|UN|U\.N\.|United\s+Nations|World\s+Bank|WHO|UNICEF|UNHCR|ICRC|Red\s+Cross"
    # "Secretary-General of the Commonwealth" (not "the Commonwealth of Australia"), "of the
    # Organisation of Islamic Cooperation", "of the Organization of American States"
    r"|Commonwealth(?!\s+of\b)|Organi[sz]ation\s+(?:of|for)\s+(?!the\s+Government))\b"
)


# "A led the Philippine delegation", "B, who heads the Chinese side", "C led our delegation":
# the side's head (and its country, when a demonym names it)
LEADS_SIDE = re.compile(
    r",?\s+(?:who\s+)?(?:led|leads|headed|heads|will\s+(?:lead|head))\s+(?:our|the|his|her|its|"
    r"their)\s+(?:(?P<dem>[A-Z][\w\-]*)\s+)?(?:[\w\-]+\s+)?(?:delegation|side|team)\b"
)


_PLURAL_OFFICE_PAIR = re.compile(
    r"\bthe\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Envoys|Ministers|Secretaries|Ambassadors|Negotiators|"
    r"Representatives|Coordinators|Chief\s+Negotiators),\s+(?P<a>[^,;:()]{3,60}?)\s+and\s+"
    r"(?:(?:[A-Z][\w.’']*)\s+){0,3}$"
)


_SOUTH_KOREA = re.compile(r"\b(?:Republic\s+of\s+Korea|South\s+Korean?|ROK|Seoul)\b")


def _north_korean(text: str, p: Person, home: str | None) -> bool:
    """Is a "Korea" that made p South Korean the North ("Deputy Director of the Munitions
    Industry Department of the Workers' Party of Korea" in a text on North Korea)? "Korea"
    alone is either; with nothing near p that names the South, it is the Korea the text is
    about, the foreign country it names most."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
    lo = ends[-2] if len(ends) > 1 else 0
    after = _SENTENCE_END.search(text, p.first[1])
    near = text[lo : after.start() if after else len(text)]
    return (
        not any(_SOUTH_KOREA.search(t) for t in p.titles)
        and not _SOUTH_KOREA.search(near)
        and _main_foreign(text, home) == "KP"
    )


_COMMON_WORD_OR_STOP = re.compile(r"\s+[a-z]|\s*[,.;:)]")


def _words_then(text: str, words: str, after: re.Pattern):
    """Where `words` stand between word boundaries with `after` matching right after them,
    left to right, not overlapping: what the pattern \\bWORDS\\b(?=AFTER) finds, found with
    str.find (a pattern for each name of each text cost more to compile than the search)."""
    reached = 0
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (
            at >= reached
            and _at_boundary(text, at)
            and _at_boundary(text, end)
            and after.match(text, end)
        ):
            yield at
            reached = end
        at = text.find(words, at + 1)


def _at_boundary(text: str, i: int) -> bool:
    """Is there a word boundary (regex's \\b) before text[i]?"""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    return before != (i < len(text) and (text[i].isalnum() or text[i] == "_"))


def _institution_words(text: str, name: str, start: int) -> int:
    """How many first words of a name (of three or more) the text also writes after a
    country's name and not before the rest of the name ("China Coast Guard vessels", "the
    Viet Nam Coast Guard"): an institution's words that close the title before the name."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        head = " ".join(words[:k])
        # (followed by a common word or a stop: "China Coast Guard vessels", not a name)
        for at in _words_then(text, head, _COMMON_WORD_OR_STOP):
            if at == start:
                continue
            before = re.search(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+$", text[:at][-40:])
            if before and (
                country_of_word(before.group(1)) or country_of_word(before.group(1).split()[-1])
            ):
                return k
    return 0


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


def _guess_country(p: Person, home: str | None, text: str = "", persons=()) -> str | None:
    """A person's country when nothing names it (`_context_country`), never the country an
    envoy is posted to: "our Ambassador in Beijing, A, will join the talks with Director B"
    is not met in China but sent there, so of the home side (of the other side the text
    names when the post is in the home country: "the Ambassador to Japan" in Japan's text)."""
    code = _context_country(p, home, text, persons)
    if code is None or not p.titles:
        return code
    posted = _posted_countries(p)
    if code not in posted:
        return code
    if home and home not in posted:
        return home
    near = _nearest_foreign(text, p.first[0], home) if text else None
    if near and near not in posted:
        return near
    return (_main_foreign(text, home, avoid=posted) if text else None) or code


def _context_country(p: Person, home: str | None, text: str = "", persons=()) -> str | None:
    """A person's country when nothing names it: Chinese names are Chinese; an office the
    home country does not have points to the foreign country named nearest (the first
    mention's sentence, else the one before); else the home country."""
    # ("Undersecretary for Bilateral Relations and ASEAN Affairs": the portfolio after "for"
    # is what a state's officer deals with, not whom they serve)
    if any(_INTERNATIONAL.search(re.sub(r"\s+for\s+.*", "", t)) for t in p.titles) or (
        p.titles and all(re.fullmatch(r"Secretary[\s\-]General", t) for t in p.titles)
    ):
        # "NATO Secretary General A", a bare "Secretary General A": an organisation's
        # officer, no state's ("Secretary General of the Ministry" is a state's); the United
        # Nations' have the code UN (as the EU's have EU)
        if any(re.search(r"\b(?:UN|U\.N\.|United\s+Nations)\b", t) for t in p.titles):
            return "UN"
        return None
    pair = _PLURAL_OFFICE_PAIR.search(text, max(0, p.first[0] - 120), p.first[0]) if text else None
    if pair and home:
        # "instructed the Special Envoys, Tan Sri A and Dr. B, to hold their next meeting":
        # the second of two holders of one office, one a side, is of the other side
        first = [q for q in persons if q is not p and q.name and q.name in pair.group("a")]
        if first and first[0].country in (None, home):
            code = _main_foreign(text, home) or _nearest_foreign(text, p.first[0], home)
            if code:
                return code
    listed = _LISTED_ARE.search(text, max(0, p.first[0] - 700), p.first[0]) if text else None
    if listed and home and (
        not re.search(r"(?<=[a-z]{3})\.\s+[A-Z]|:\s", text[listed.end() : p.first[0]])
        or _in_bulleted_list(text, listed.end(), p.first[0])
    ):  # (in the sentence: not after "No. 15")
        # "Those listed include the head of the X Department, A, and two judges, B and C":
        # the targets of a sanction, of the foreign country the text names most (the items
        # of a long list may be set apart by semicolons: "are A, a judge ...; B, ...; and C")
        code = (
            _sanctioned_country(text, listed.start(), home)
            or _main_foreign(text, home)
            or _nearest_foreign(text, p.first[0], home)
        )
        if code:
            return code
    led = LEADS_SIDE.match(text, p.first[1]) if text else None
    if led and led.group("dem") and country_of_word(led.group("dem")):
        return country_of_word(led.group("dem"))  # "A led the Philippine delegation"
    if _chinese_name(p, home):
        return "CN"
    target = _DESIGNATED.search(text, max(0, p.first[0] - 200), p.first[0]) if text else None
    near = text[max(0, p.first[0] - 80) : p.first[0]] if text else ""
    if target is None and home and "including" in near:
        group = _DESIGNATED_INCLUDING.search(text, max(0, p.first[0] - 200), p.first[0])
        if group:
            # ("officials aligned with Maduro, including B": the group's description names
            # its side through a foreign person placed already)
            code = _country_of_person_in(persons, p, group.start(), group.end(), home)
            if code:
                return code
            target = group
    if target and home:
        # "the Department of State designated former Vice President A for corruption": a
        # government's sanction targets another country's people (a foreign government's,
        # "China announced sanctions on Speaker A", the home country's)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, target.start())]
        words = text[ends[-1] if ends else 0 : target.start()].split()
        imposer = _country_in_words([re.sub(r"[’']s$", "", w) for w in words])  # "China's"
        if imposer and imposer != home:
            return home
        # (the target of the home government's own measure: of the foreign country named
        # near or most, else of none the text says; never the imposer's by default)
        return _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
    side = SIDE_LED_BY.search(text, max(0, p.first[0] - 160), p.first[0]) if text else None
    if side and country_of_word(side.group("dem") or side.group("dem2")):
        # "the Kenyan side will be led by Minister A"
        return country_of_word(side.group("dem") or side.group("dem2"))
    among = _AMONG.search(text, max(0, p.first[0] - 120), p.first[0]) if text else None
    if among and country_of_word(among.group("dem")):
        return country_of_word(among.group("dem"))  # "18 Russian officers, including A"
    company = (
        _ACCOMPANIED.search(text, max(0, p.first[0] - 160), p.first[0])
        or _DELEGATION_OF.search(text, max(0, p.first[0] - 400), p.first[0])
        if text and "accompanied" in text  # (both patterns need the word: most texts skip)
        else None
    )
    if company:
        # "President A of Chile ... She was accompanied by the Minister of Foreign Affairs, B":
        # B travels in A's party, of A's country (the last person mentioned before: "At the
        # invitation of host C, President A paid a visit. The President was accompanied by")
        lead = [q for q in persons if q is not p and q.country and q.first[0] < company.start()]
        named = _subject_named(text, company.start(), lead)
        if named is not None:
            return named.country  # "Special Envoy A was accompanied by B": the subject's
        if lead:
            return max(lead, key=lambda q: _last_mention(text, q, company.start())).country
    party = _ACCOMPANIES.match(text, p.first[1]) if text else None
    if party:
        # "A, B and chief C accompanied Erdogan in the meeting": the active form of "was
        # accompanied by" above; those who accompany a leader are of the leader's party
        lead = [
            q for q in persons
            if q is not p and q.country and party.group("n") in (q.name, q.surname, *q.aliases)
        ]
        if lead:
            return lead[0].country
    if text and not _gaz_lookup(GAZETTEER, p.name):
        office = _office_named_before(text, p, home)
        if office:
            return office
    foreign = _NOT_AT_HOME.get(home or "") or (
        _NOT_IN_MONARCHY if home in _MONARCHIES else _NOT_IN_REPUBLIC if home else None
    )
    if foreign and text and any(foreign.search(t) for t in p.titles):
        code = _nearest_foreign(text, p.first[0], home)
        if code:
            return code
    monarch = _MONARCH.get(home or "", _KING) if home in _MONARCHIES else None
    if monarch and text and any(_ANY_MONARCH.match(t) and not monarch.match(t) for t in p.titles):
        # "Emperor A" in a Norwegian text, "King B" in a Japanese one: another monarchy's
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
        if code:
            return code
    if text and home:
        code = _met_abroad(text, p, home, persons)
        if code:
            return code
    if text:
        code = _host_of_visit(text, p)
        if code:
            return code
    if text and _visits_home(text, p, home):
        code = _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home)
        if code:
            return code
    if text and home and _second_of_a_meeting_pair(text, p, persons, home):
        # "Deputy Prime Minister A (home) and Minister of Energy B will hold a meeting of the
        # Intergovernmental Commission": the pair holds it for two governments, so B, whom
        # nothing else places, is of the other side the text names most
        code = _main_foreign(text, home)
        if code:
            return code
    if foreign and text and any(_own_office(foreign, t) for t in p.titles):
        # an office the home country lacks, with no foreign country near, held (not served:
        # "Assistant to the President"): of the other side the text names most, as for a
        # monarch above ("Minister of Defense A" in a US fact sheet on Japan)
        return _main_foreign(text, home) or home
    return home


def _country_of_person_in(persons, p: Person, start: int, end: int, home: str) -> str | None:
    """The foreign country of a placed person other than p mentioned between start and end."""
    for q in persons:
        if q is not p and q.country and q.country != home:
            if any(start <= a < end for a, _ in (q.first, *q.mentions)):
                return q.country
    return None


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


def _last_mention(text: str, q: Person, before: int) -> int:
    """Where the text last names q (full name or surname, as whole words: "Saud" is not
    named in "Saudi Arabia") before `before`."""
    last = -1
    for n in (q.name, q.surname):
        at = text.rfind(n, 0, before) if n else -1
        while at >= 0 and not (
            (not n[0].isalnum() or _at_boundary(text, at))
            and (not n[-1].isalnum() or _at_boundary(text, at + len(n)))
        ):
            at = text.rfind(n, 0, at)
        last = max(last, at)
    return last


def _subject_named(text: str, at: int, persons: list[Person]) -> Person | None:
    """The person whose name (or surname) ends the words right before `at`, the subject of
    the verb there ("Special Envoy A was ...")."""
    before = text[max(0, at - 60) : at].rstrip()
    for q in persons:
        if re.search(rf"\b(?:{re.escape(q.name)}|{re.escape(q.surname)})$", before):
            return q
    return None


def _own_office(office: re.Pattern, title: str) -> bool:
    """Does the title name the office as its holder's own ("Minister of Defense"), not as
    one served ("Special Assistant to the President")?"""
    m = office.search(title)
    # ("President A", the home's own head in a headline the gazetteer does not know, stays)
    return bool(m) and m.group(0) != "President" and not re.search(r"\bthe\s+$", title[: m.start()])


_ACCOMPANIED = re.compile(
    r"\b(?:was|were|is|are|will\s+be)\s+accompanied\s+by\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w\-’']*\s+|of\s+|for\s+|and\s+|the\s+)*(?:[A-Z][\w\-’']*,?\s+)?$"
)


# "The President was accompanied by a delegation that included Secretary A, Secretary B and
# C": the members of a leader's party, listed up to the name (initials' dots inside)
_DELEGATION_OF = re.compile(
    r"\b(?:was|were|is|are|will\s+be)\s+accompanied\s+by\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:delegation|party|entourage|team)\b"
    r"(?:\s+(?:that|which|who)\s+(?:included|includes|include|comprised|was\s+made\s+up\s+of)"
    r"|,?\s+(?:including|comprising|made\s+up\s+of))\s+"
    r"(?:[^.;:!?]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)*$"
)
# after a name: the rest of a list of titled names, then "accompanied B"
_ACCOMPANIES = re.compile(
    # (one word at a time, so that no text is read two ways)
    r"(?:,?\s+(?:(?:[A-Z][\w\-]*|and|of|for|the|chief)\b|\([A-Z]{2,6}\)))*"
    r"\s+accompanied\s+(?:[A-Z][\w\-]*\s+){0,3}?(?P<n>[A-Z][\w\-]+)\b"
    r"(?!\s+[A-Z])"
)
_PAIR_MEETS = re.compile(
    r"\s+(?:will\s+|would\s+|are\s+to\s+)?(?:hold|held|co-chair\w*|chair(?:ed)?)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:meeting|session|talks|"
    r"consultations|round)\b"
    # "which Ambassador A and Defence Secretary B signed in New Delhi": the two signatories
    r"|\s+(?:will\s+)?sign(?:ed)?\b"
    # "A and Foreign Minister B would meet on the sidelines of ...": each other, no object
    r"|\s+(?:will\s+|would\s+|are\s+to\s+|should\s+)?(?:meet|met)(?=\s+(?:on|in|at|later|"
    r"next|today|tomorrow|this|during|before|after|soon|again)\b|\s*[.,;])"
    # "He and Minister B agreed to deepen cooperation", "A and B discussed ...": two sides
    # that settle or talk something over together (d-texts: "Putin and Erdogan agreed to
    # meet", "The President and Prime Minister discussed")
    r"|(?P<together>\s+(?:also\s+)?(?:agreed|discussed|reaffirmed|exchanged)\b)"
)


def _second_of_a_meeting_pair(text: str, p: Person, persons, home: str) -> bool:
    """Is p the second of "A and B will hold a meeting ...", A of the home country by a
    title or name that says so (not by default)?"""
    end = p.first[1]
    pair = _PAIR_MEETS.match(text, end)
    if not pair:
        return False
    if pair.group("together"):
        clause = re.match(r"[^.;]*", text[pair.end() :]).group(0)
        if re.search(r"\bwith\b", clause):
            return False  # "A and B discussed the visit with C": one side, C the other
    before = text[max(0, p.first[0] - 160) : p.first[0]]
    if not re.search(r"\s+and\s+(?:the\s+)?$", before):
        return False
    if re.search(r"(?:^|[.!?]\s+)(?:He|She)\s+and\s+$", before):
        # "Defence Minister A held talks ... He and Minister B agreed": "he" is the one
        # named last before, a home official by title or name
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
        lo = ends[-2] if len(ends) > 1 else 0
        named = [q for q in persons if q is not p and lo <= q.first[0] < p.first[0] and q.titled]
        return bool(named) and max(named, key=lambda q: q.first[0]).country == home
    return any(
        q is not p
        and q.country == home
        and q.first[1] <= p.first[0]
        and p.first[0] - q.first[1] < 160
        and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[q.first[1] : p.first[0]])
        for q in persons
    )


_TITLE_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w\-']*\s+|(?:of|for|and)\s+)*")
_OFFICE_FILLER = frozenset({"minister", "of", "for", "the", "and", "ministry"})
_PAIR_HOLDS = re.compile(
    # (", who held separate talks": the pair, in a relative clause)
    r"(?:,\s+who)?\s+(?:will\s+|would\s+|are\s+to\s+|also\s+)?"
    r"(?:hold|held|co-chair\w*|chair(?:ed)?|meet|met)\b"
)


def _office_words(p: Person) -> set[str]:
    words: set[str] = set()
    for t in p.titles:
        words |= {w.lower() for w in t.split() if not country_of_word(w)}
    return words - _OFFICE_FILLER


def _same_office_pair(text: str, p: Person, persons, home: str) -> str | None:
    """p's country when p is one of "A and B will hold/co-chair ... meeting" and A and B
    hold the same office (a minister "of"/"for Foreign Affairs"): the first is the home
    government's, the second the other side's (or home, when the first is foreign)."""
    mine = _office_words(p)
    if not mine:
        return None
    for q in persons:
        if q is p:
            continue
        first, second = (p, q) if p.first[1] <= q.first[0] else (q, p)
        if not (
            0 < second.first[0] - first.first[1] < 120
            and _TITLE_BETWEEN.fullmatch(text, first.first[1], second.first[0])
            and _PAIR_HOLDS.match(text, second.first[1])
        ):
            continue
        theirs = _office_words(q)
        if not theirs or not (mine <= theirs or theirs <= mine):
            return None
        if p is first:
            return home
        if q.country and q.country != home:
            return home
        return _nearest_foreign(text, p.first[0], home) or _main_foreign(text, home) or None
    return None


# "In Tallinn he is to be received by President ": the place the host receives in
_HOST_IN = re.compile(
    r"(?:^|[.;]\s+)In\s+(?P<c>[A-Z][\w\-]*)\b[^.;]{0,60}?\b(?:received|welcomed|hosted)\s+by"
    r"\s+(?:the\s+)?(?:[A-Z][\w\-.]*\s+){0,4}$"
)


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


# cabinet portfolios a government has one minister of, in the words titles give them: the
# whole title (not "Deputy Foreign Minister", "Minister of State for Foreign Affairs")
_PORTFOLIO_OF = [
    (
        "foreign affairs",
        re.compile(
            r"(?:[A-Z][\w\-]*\s+)?(?:Foreign|External\s+Affairs)\s+Minister|Minister\s+(?:of|for)"
            r"\s+(?:Foreign|External)\s+Affairs(?:\s+of\s+[A-Z][\w\s\-]*)?"
        ),
    ),
    (
        "defence",
        re.compile(
            r"(?:[A-Z][\w\-]*\s+)?Defen[cs]e\s+Minister|Minister\s+(?:of|for)\s+(?:National\s+)?"
            r"Defen[cs]e(?:\s+of\s+[A-Z][\w\s\-]*)?|Raksha\s+Mantri"  # (Hindi)
        ),
    ),
]
# a cabinet minister's portfolio ("Minister for Agriculture", "Energy Minister"), not a
# deputy's, a junior minister's or a head of government's
_CABINET_PORTFOLIO = re.compile(
    r"(?!(?:Prime|Deputy|Vice|State|Chief|Senior|First|Junior|Assistant|Acting|Former)\b)"
    r"(?P<a>[A-Z][a-z]+)\s+Minister"
    r"|Minister\s+(?:of|for)\s+(?:the\s+)?(?!State\b)"
    r"(?P<b>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})"
)
# offices a government has one holder of at a time
_ONE_HOLDER = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "crown prince",
    }
)


def _sentence_foreigner(text: str, p: Person, persons: list[Person], home: str) -> str | None:
    """The country of the foreign person who opens p's sentence, its subject ("Minister K
    shared his view of the summit, which President B attended"), if any."""
    start = max(text.rfind(". ", 0, p.first[0]), text.rfind("\n", 0, p.first[0])) + 1
    head = re.match(r"\s*(?:(?:[A-Z][\w\-’'.]*)\s+){0,5}", text[start : p.first[0]])
    words = head.group(0) if head else ""
    for q in persons:
        if q is p or not q.country or q.country == home or not q.titled:
            continue
        if re.search(rf"\b{re.escape(q.surname)}\b", words):
            return q.country
    return None


def _one_holder_at_home(
    p: Person, persons: list[Person], home: str, portfolios: bool = False
) -> bool:
    """Does a person of the home country already hold an office of p's that a government
    has one holder of ("Prime Minister and Minister of Foreign Affairs" is a prime minister)?
    With `portfolios`, a cabinet portfolio a government has one minister of, however the
    title words it ("External Affairs Minister" and "Minister for Foreign Affairs")."""

    def heads(q: Person) -> set[str]:
        out = {_state_head(t.split(" and ")[0]) for t in q.titles if t} & _ONE_HOLDER
        if portfolios:
            for t in q.titles:
                for key, regex in _PORTFOLIO_OF:
                    if t and regex.fullmatch(t.strip()):
                        out.add(key)
                cabinet = _CABINET_PORTFOLIO.fullmatch(t.strip()) if t else None
                if cabinet:
                    # any other cabinet portfolio, by its words: "Interior Minister" and
                    # "Minister of the Interior", "Minister of Trade and Industry"
                    out.add((cabinet.group("a") or cabinet.group("b")).lower())
        return out

    mine = heads(p)
    return bool(mine) and any(q is not p and q.country == home and mine & heads(q) for q in persons)


def _office_held_at_home(p: Person, persons: list[Person], home: str, offices) -> bool:
    """Does a person of the home country (named as such) hold the office p's title names,
    one the publisher shows the home government has?"""
    heads = {_title_head(t) for t in p.titles if t} & set(offices)
    return bool(heads) and any(
        q is not p and q.country == home and heads & {_title_head(t) for t in q.titles if t}
        for q in persons
    )


def _office_named_before(text: str, p: Person, home: str | None) -> str | None:
    """ "Did X speak with the Vietnamese foreign minister?" ... "Foreign Minister Bui Thanh
    Son": an office named earlier with a demonym and no name is the named holder's."""
    heads = {_title_head(t) for t in p.titles if t}
    heads.discard("")
    if not heads:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 600), p.first[0])]
    own = ends[-1] if ends else 0
    met = _met_object(text, p)
    for m in re.finditer(
        r"\b(?:the|his|her|their)\s+(?P<dem>(?-i:[A-Z])[\w\-]*)\s+"
        r"(?P<t>(?:[a-z]+\s+){0,2}"
        r"(?:minister|president|prime\s+minister|secretary|chancellor|"
        # (not "the Afghan Foreign Minister, A B": that office's holder is named)
        r"ambassador|envoy|adviser|advisor|premier))\b(?!,?\s+(?-i:[A-Z]))",
        text[: p.first[0]],
        re.I,
    ):
        if met and m.start() >= own:
            # "the Nigerian Minister also met with the Minister of Agriculture, A": the office
            # named in A's own sentence is the one who meets A, not A
            continue
        code = country_of_word(m.group("dem"))
        if code and code != home and m.group("t").lower() in heads:
            return code
    return None


_MET_OBJECT = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|call|called|calls|spoke|speak|speaks|"
    r"receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|"
    # ("seen off at the airport by B", "greeted on arrival by B": a visitor's host)
    r"(?:seen|saw|sees?|seeing)\s+off|greet(?:s|ed|ing)?)"
    # ("met separately with", "spoke personally with": a manner between verb and object)
    r"(?:\s+[a-z]+ly)?(?:\s+(?:at|on|upon|by|over|via)\s+(?:the\s+)?[a-z]+)?"
    r"(?:\s+(?:with|on|by|to))?\s+(?:the\s+)?"
    # "met the host, B", "met their hosts, B and C": the one met named after the role
    r"(?:(?:his|her|their)\s+)?(?:hosts?,?\s+)?"
    # "meet Prime Minister A of Norway and Prime Minister B", "met with A, and with B": B is
    # met too
    r"(?:(?-i:[A-Z])[^.;:]{0,70}?,?\s+and\s+(?:with\s+)?(?:the\s+)?)?$"
    # "the talks between the Home Secretary and Interior Minister B": an office named with
    # "the" is one side, B the other ("between Deputy Prime Minister and Minister of
    # Foreign Affairs B" is one person's two titles; a title read as "Secretary and Interior
    # Minister" leaves "the Home" before it)
    r"|\b(?:talks|meeting|call|conversation|discussions?)\s+between\s+the\s+"
    r"(?-i:[A-Z])[^.;:,]{0,50}?(?:\s+and\s+(?:the\s+)?|\s+)$"
)
# the one met in a clause that holds talks or co-chairs something "with" them
_WITH_OBJECT = re.compile(
    r"\b(?:co-chair\w*|hold|holds|held|ha(?:ve|s|d)|sign(?:s|ed|ing)?|conclud\w*)\b"
    r"[^.;:!?]{0,150}?"
    r"\bwith\s+(?:the\s+)?$"
)
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:visit|trip|travel\w*|arriv\w*|land\w*|fl[eo]w\w*|went|"
    r"came)\s+(?:[a-z]+\s+){0,2}?(?:to|in|at)\s+(?:the\s+)?|"
    # "plan to visit the Philippines and hold talks with Secretary A": the verb's own object
    r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?|"
    r"(?:^|(?<=[.!?]\s))(?:(?:Today|Tonight|Yesterday|Earlier|Later)\s+)?"
    r"[Ii]n\s+|^(?![^\n]{0,40}\n))"
    # "Dar es Salaam", "Rio de Janeiro": a lowercase particle inside a place's name; a
    # line that is only a heading ("Russia" over a briefing's section) places no one
    r"(?P<c>[A-Z][\w\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w\-]*)?)",
    re.M,
)


# "A invited B to visit Singapore", "B accepted an invitation to visit X": a visit asked
# for, someone else's and still to come, takes no one there (not "at the invitation of
# President B, A is to visit X", the visit the text is about)
_INVITED_TO = re.compile(r"\binvit(?:e|es|ed|ing|ations?(?!\s+of\b))\b[^.;]{0,80}?\bto\s+$")


_VISITOR_IN = re.compile(
    # ("will lead a delegation to Ha Noi": as _visits_home reads it)
    r"\b(?:(?:be|is|are|arrive[sd]?|arriving)\s+in|visit(?:ed|s|ing)?(?:\s+to)?|delegation\s+to|"
    r"visit\s+of\s+[^.;]{0,80}?\s+to)\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
)


def _met_object(text: str, p: Person) -> bool:
    """Is p the one met: the object of met, spoke to, hosts ..., or of "held talks with"?"""
    start = p.first[0]
    return bool(
        _MET_OBJECT.search(text[max(0, start - 120) : start])
        or _WITH_OBJECT.search(text[max(0, start - 200) : start])
    )


def _host_of_visitor(text: str, p: Person, home: str, persons) -> bool:
    """ "Japan's Prime Minister A will be in Oslo for talks with Prime Minister B", "the
    visit of A to Oslo, during which he held talks with B": is p (B) met by a foreign
    visitor in a home place (or a place the text does not place)? The visitor is the one
    named last before the place ("President C informed D that A will lead a delegation to
    X ... with B": A)."""
    start = p.first[0]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence = ends[-1] if ends else 0
    visited = _VISITOR_IN.search(text, sentence, start)
    if not visited:
        return False
    visitor = max(
        (q for q in persons if q is not p and sentence <= q.first[0] < visited.start("c")),
        key=lambda q: q.first[0],
        default=None,
    )
    place = visited.group("c")
    return bool(
        visitor
        and visitor.country
        and visitor.country != home
        and (_unquoted_place(place) or country_of_word(place.split()[0])) in (home, None)
    )


# a line's first words that are no dateline (whose place ends at a comma or a dash: "NAIROBI,
# May 3 -"): "The Uzbek delegation", "Kenyan officials said"
_NO_DATELINE = re.compile(r"(?:The|the)\s|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]+[a-z]")


def _met_abroad(text: str, p: Person, home: str, persons=()) -> str | None:
    """ "A travelled to Tunis ..., where they met President B", "during a visit to Lima ...
    paid a courtesy call on President B": the one met, whom nothing else places, is of the
    foreign country the text last took the traveller to (a place after "visit to",
    "travelled to", "arrived in" ..., or a dateline); with no such place, of the foreign
    country named nearest ("... of Brazil. A will host Foreign Minister B"). The one met is
    the object of the verb (met, spoke to, hosts, welcomed, received ...). None when the one
    met is a foreign visitor at a home place, or the place is the subject's own country."""
    start = p.first[0]
    if not _met_object(text, p):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    subject = next(
        (q for q in persons if q is not p and (ends[-1] if ends else 0) <= q.first[0] < start), None
    )
    if _host_of_visitor(text, p, home, persons):
        return None
    lo = max(0, start - 1500)
    best = None
    for m in _PLACE_BEFORE.finditer(text, lo, start):
        if _acronym_title(m.group("c").split()):
            continue
        if m.start("c") == m.start() and _NO_DATELINE.match(text, m.start()):
            continue  # "The Uzbek delegation, led by ...": a text's first words, no dateline
        code = country_of_word(m.group("c")) or country_of_word(m.group("c").split()[0])
        if (
            code
            and code != "EU"
            and not _INVITED_TO.search(text, max(lo, m.start() - 100), m.start())
        ):
            best = code
    if best and best == _subject_country(text, start, ends[-1] if ends else 0, subject):
        # "During his stay, the Nigerian Minister also met with the Minister of Agriculture,
        # B", after a visit to Abuja recalled: the one a foreigner meets is not of the
        # foreigner's own country, so the place read is not where they met
        return None
    if best:
        return best if best != home else None
    # "A spoke with Foreign Minister B" after "Peru"; with no foreign country near, and a
    # home subject, the one the text is about ("Minister A will meet Foreign Minister B");
    # but a foreign subject's own country, near as it is, is not the one met's ("Ghana's
    # Minister A held talks with Deputy Secretary B": B is left to the home)
    near = _nearest_foreign(text, start, home)
    if near and subject is not None and near == subject.country and not _met_object(text, subject):
        return None
    if near:
        return near
    # "This afternoon, PM Wong will call on President of the Senate B and President C": the
    # subject may be one named again by surname, before the first mention of another
    sentence = ends[-1] if ends else 0
    again = _named_again(text, persons, p, sentence, subject.first[0] if subject else start)
    subject = again or subject
    return _main_foreign(text, home) if subject is not None and subject.country == home else None


# the place a clause sets its meeting in: "In Tashkent he met A; in Oslo he met B", "travelled
# to Athens, where he met A, and then to Wellington, where he met B", "During the visit to
# Kenya, A met the host, B" (the place's word is a capital or a country, "the" allowed)
_CLAUSE_PLACE = re.compile(
    r"(?:(?:^|(?<=[.;!?]\s)|(?<=[.;!?]\s\s))[Ii]n|\b(?:visit|trip|tour|travel\w*|went|flew|then"
    r"|on)\s+to|\bvisit(?:ing|ed|s)?|\b(?:arrived|arriving|arrives|stop\w*)\s+in)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w’'\-]*)?)"
)
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s+(?:and\s+)?then\b|,\s+where\b")
# the one a clause's subject deals with, besides the one met (`_MET_OBJECT`): "greeted by B",
# "thanked B", "presented his credentials to B", "called on B"
_DEALT_WITH = re.compile(
    r"\b(?:(?:received|welcomed|hosted|greeted)\s+by|thank(?:s|ed|ing)?|called\s+on"
    r"|presented\s+(?:[a-z]+\s+){0,5}?to)\s+(?:the\s+)?$"
)
# a place after the one met, in the same sentence: "met B in Addis Ababa", "thanked B for the
# hospitality during the visit to Tonga" (not the venue of a multilateral meeting: the
# sentence names none)
_PLACE_AFTER = re.compile(
    r"[^.;:!?]{0,120}?\b(?:in|(?:visit|trip)\s+to)\s+(?:the\s+)?"
    r"(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?[A-Z][\w’'\-]*)?)"
)
_MULTILATERAL = re.compile(
    r"\b(?:sidelines?|margins?|summit|conference|forum|General\s+Assembly|ministerial|"
    r"multilateral|trilateral|session|plenary)\b",
    re.I,
)


_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?")


def _without_venues(text: str, p: Person) -> str:
    """The text with the places of p's sentence blanked when the sentence is about a
    multilateral meeting (its venue is no participant's country)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, p.first[0] - 400), p.first[0])]
    lo = ends[-1] if ends else 0
    end = _SENTENCE_END.search(text, p.first[1])
    hi = end.start() if end else len(text)
    if not _MULTILATERAL.search(text, lo, hi):
        return text
    blank = _VENUE.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    return text[:lo] + blank + text[hi:]


_HOST_APPOSITION = re.compile(r"\b(?:the|our|their|his|her)\s+hosts?,\s+$", re.I)
_PLACE_WORD = re.compile(
    r"\b(?:in|to)\s+(?:the\s+)?(?P<c>[A-Z][\w’'\-]*(?:\s+(?:(?:es|de|do|da|el|al)\s+)?"
    r"[A-Z][\w’'\-]*)?)"
)


def _host_of_meeting(text: str, p: Person) -> str | None:
    """ "Ministers of X, Y and Z met in Tokyo. ... the host, Foreign Minister C, welcomed
    it": the one a text calls the host is of the place named last before (the home's too)."""
    start = p.first[0]
    if not _HOST_APPOSITION.search(text, max(0, start - 20), start):
        return None
    code = None
    for m in _PLACE_WORD.finditer(text, max(0, start - 600), start):
        code = _place_code(m.group("c")) or code
    return code if code != "EU" else None


def _place_code(place: str) -> str | None:
    return _unquoted_place(place) or country_of_word(place) or country_of_word(place.split()[0])


def _clause_place(text: str, p: Person, home: str) -> str | None:
    """Host-visitor logic by clause: the one met (the object of met, received, held talks
    with, thanked ...) whom nothing else places is of the foreign country the clause sets
    the meeting in: the last place before p in its clause, or else in the clause before it
    when that clause only leads to this one ("travelled to X, where he met A"), or else the
    first place after p in its sentence ("met A in X"), unless the sentence is about a
    multilateral meeting (whose venue is no one's country)."""
    start = p.first[0]
    if not _met_object(text, p) and not _DEALT_WITH.search(text, max(0, start - 120), start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    sentence = ends[-1] if ends else 0
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, sentence, start)]
    clause = breaks[-1] if breaks else sentence
    lead = breaks[-2] if len(breaks) > 1 else sentence
    for lo in (clause, lead) if text[clause : clause + 7].startswith(", where") else (clause,):
        places = [
            m
            for m in _CLAUSE_PLACE.finditer(text, lo, start)
            if not _INVITED_TO.search(text, max(0, m.start() - 100), m.start())
        ]
        if places:
            code = _place_code(places[-1].group("c"))
            return code if code and code not in (home, "EU") else None
    after = _PLACE_AFTER.match(text, p.first[1])
    end = _SENTENCE_END.search(text, p.first[1])
    if after and not _MULTILATERAL.search(text, sentence, end.start() if end else len(text)):
        code = _place_code(after.group("c"))
        return code if code and code not in (home, "EU") else None
    return None


def _named_again(text: str, persons, p: Person, lo: int, hi: int) -> Person | None:
    """The placed person other than p whose surname stands first between lo and hi."""
    best = None
    for q in persons:
        s = q.surname if q is not p and q.country else ""
        at = text.find(s, lo, hi) if len(s) > 1 else -1
        while at >= 0 and not (
            _at_boundary(text, at) and not _in_word(text[at + len(s) : at + len(s) + 1])
        ):
            at = text.find(s, at + 1, hi)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, q)
    return best[1] if best else None


# Words a per-person pattern needs before it can match: a text without them skips the
# pattern, whose names make it new to the re cache each time (compiling them was a quarter
# of extraction's time).
_VISIT_OF_NAME = re.compile(r"[’']s\s+(?:[a-z]+\s+)?visit|\s+to\s+visit")
_GOES_TO = re.compile(
    r"\b(?:lead|leads|led|travel|travels|travelled|traveled|come|comes|came)\s+"
    r"(?:a\s+(?:[\w\-]+\s+)?delegation\s+)?to\s"
)
_WELCOMED = re.compile(r"\bwelcom(?:e|es|ed|ing)\s")
_INVITATION = re.compile(r"\b[Aa]t\s+the\s+invitation\s+of\s")
_HOSTED_THERE = re.compile(r",\s+which\s|\bhosted\s+by\s|,\s+where\s|\bto\s+see\s")
_LAST_LEG = re.compile(r"\b(?:wraps?\s+up|ends|finishes|concludes)\s")


def _said(p: Person) -> set[str]:
    """The names a person is mentioned by, which per-person patterns look for."""
    return {n for n in {p.name, p.surname, *p.aliases} if n}


def _alternation(names: set[str]) -> str:
    """The names as one alternation, the longest first (in a fixed order)."""
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


def _matches(pattern: str, text: str, gate: bool):
    """The matches of a per-person pattern (slow to compile), looked for only when its gate,
    cheap tests of the text and of the words next to the names, holds."""
    return re.finditer(pattern, text) if gate else ()


@lru_cache(maxsize=64)
def _has(needed: re.Pattern, text: str) -> bool:
    """Does the text have it? (Asked once a text, not once a person.)"""
    return needed.search(text) is not None
def _subject_country(text: str, at: int, sentence: int, subject) -> str | None:
    """The country of the one who meets, named in the sentence before `at` by an office with
    a demonym ("the Nigerian Minister"), no person named there first."""
    if subject is not None:
        return None
    dem = re.search(
        r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<dem>[A-Z][\w\-]*)\s+(?:[A-Z][\w\-]*\s+){0,3}?"
        r"(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Dd]elegation|[Ee]nvoy|[Pp]remier)\b",
        text[sentence:at],
    )
    return country_of_word(dem.group("dem")) if dem else None


# what follows the names in two of _visits_home's patterns: "A will lead", "A travelled",
# and "[welcomed] A to X"
_GOES_AFTER_NAME = re.compile(
    r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:lead|leads|led|travel|travels|travelled|"
    r"traveled|come|comes|came)\s"
)
_TO_AFTER_NAME = re.compile(r"\s+to\s+[A-Z]")


def _name_followed_by(regex: re.Pattern, text: str, names: set[str]) -> bool:
    """Does `regex` match right after a place where one of the names stands? A per-person
    pattern with it after the names can match nowhere else: a cheap test before the slow
    compiling of one."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            if regex.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False


def _visits_home(text: str, p: Person, home: str | None) -> bool:
    """ "President Widodo's state visit to Australia", "invited President Duda to visit
    Germany": a person who visits the home country is foreign to it."""
    if not home:
        return False
    said = _said(p)
    names = _alternation(said)
    # (each per-person pattern is compiled only when what follows the names in it follows
    # one of them in the text)
    for m in _matches(
        rf"\b(?:{names})(?:[’']s\s+(?:[a-z]+\s+)?visit|\s+to\s+visit)\s+(?:to\s+)?"
        r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _name_followed_by(_VISIT_OF_NAME, text, said),
    ):
        if country_of_word(m.group("c")) == home:
            return True
    # "A will lead a delegation to Hanoi", "A will travel to Hanoi": a visitor of the home
    for m in _matches(
        rf"\b(?:{names})\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:lead|leads|led|"
        r"travel|travels|travelled|traveled|come|comes|came)\s+(?:a\s+(?:[\w\-]+\s+)?"
        r"delegation\s+)?to\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _has(_GOES_TO, text) and _name_followed_by(_GOES_AFTER_NAME, text, said),
    ):
        if any(country_of_word(w) == home for w in (m.group("c"), m.group("c").split()[0])):
            return True
    # "A welcomed President B to Canberra": the one welcomed to a home place is a visitor
    for m in _matches(
        rf"\bwelcom(?:e|es|ed|ing)\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\s+"
        r"to\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
        _has(_WELCOMED, text) and _name_followed_by(_TO_AFTER_NAME, text, said),
    ):
        if (
            country_of_word(m.group("c")) == home
            or country_of_word(m.group("c").split()[0]) == home
        ):
            return True
    return False


# The beginnings of _destination_of's pattern: "the visit to X that ...", "the visit of ..."
# (a text without them skips those parts), and what follows the name in "A's visit to X",
# "A will visit X" (looked for right after each place a name stands): when neither is there,
# the per-person pattern, slow to compile, cannot match.
_VISIT_TO_THAT = re.compile(
    r"\b(?:visit|trip)\s+to\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:that|which)\s"
    r"|\b(?:visit|trip)\s+of\s"
)
_VISIT_AFTER_NAME = re.compile(
    r"[’']s\s+(?:[a-z]+\s+)?(?:visit|trip)\s+to|\s+(?:will\s+|to\s+)?(?:visit(?:s|ed)?|"
    r"travel(?:s|led|ed)?\s+to)"
)


def _may_travel(text: str, names: set[str]) -> bool:
    """Can _destination_of's pattern match: is a part of it that names no one in the text?"""
    return _has(_VISIT_TO_THAT, text) or _name_followed_by(_VISIT_AFTER_NAME, text, names)


# what stands right before the host's name in _host_of_visit's hosting pattern: ", which",
# "hosted by", ", where" or "to see", and title words
_BEFORE_HOST = re.compile(
    r"(?:,\s+which\s+|\bhosted\s+by\s+|,\s+where\s+|\bto\s+see\s+)"
    r"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)


# what stands right before the inviter's name in _host_of_visit's two invitation patterns
# ("at the invitation of Prime Minister A"), and before the host's in its last leg's ("wraps
# up in Santo Domingo with President A")
_BEFORE_INVITER = re.compile(
    r"\b[Aa]t\s+the\s+invitation\s+of\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)
_BEFORE_LAST_HOST = re.compile(
    r"\b(?:wraps?\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+(?:trip|tour|journey)"
    r"\s+)?in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+with\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}$"
)


def _ends_before_name(regex: re.Pattern, text: str, names: set[str]) -> bool:
    """Does `regex` (ending in $) match up to a place where one of the names stands? A
    per-person pattern with it before the names can match nowhere else: a cheap test before
    the slow compiling of one."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            if regex.search(text, 0, at):
                return True
            at = text.find(name, at + 1)
    return False


def _destination_of(text: str, p: Person) -> str | None:
    """The country a person travels to: "the visit to X that A will pay", "A will visit X",
    "A's visit to X", "A travelled to X"."""
    said = _said(p)
    if not _may_travel(text, said):
        return None
    names = _alternation(said)
    for m in re.finditer(
        r"\b(?:visit|trip)\s+to\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+"
        rf"(?:that|which)\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\b"
        rf"|\b(?:{names})(?:[’']s\s+(?:[a-z]+\s+)?(?:visit|trip)\s+to|\s+(?:will\s+|to\s+)?"
        r"(?:visit(?:s|ed)?|travel(?:s|led|ed)?\s+to))\s+(?:the\s+)?"
        r"(?P<d>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
        # "the visit of Prime Minister A to X"
        rf"|\b(?:visit|trip)\s+of\s+(?:[A-Z][\w\-’'.]*\s+){{0,4}}?(?:{names})\s+to\s+(?:the\s+)?"
        r"(?P<e>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
        text,
    ):
        if m.group("d") and _INVITATION_FROM.search(text, max(0, m.start() - 100), m.start()):
            continue  # "accepted an invitation from A to visit X": the one asked goes, not A
        words = m.group("c") or m.group("d") or m.group("e")
        code = country_of_word(words) or country_of_word(words.split()[0])
        if code:
            return code
    return None


# the source of an invitation right before a name: "an invitation from (Finance Minister) A"
_INVITATION_FROM = re.compile(
    r"\binvitations?\s+(?:(?:extended|issued|sent)\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w.\-’']+\s+){0,6}$"
)


def _host_of_visit(text: str, p: Person) -> str | None:
    """ "At the invitation of Prime Minister A, B will visit Japan": the one who invites a
    visit is of the country visited (the first place after the verb in that sentence)."""
    said = _said(p)
    names = _alternation(said)
    # (each pattern compiled only when a name stands right after what precedes it there;
    # the text-wide test first, the search up to each name is slower)
    invited = _has(_INVITATION, text) and _ends_before_name(_BEFORE_INVITER, text, said)
    for m in _matches(
        r"\b[Aa]t\s+the\s+invitation\s+of\s+(?:(?:the\s+)?[A-Z][\w\-’']*\s+)"
        rf"{{0,5}}?(?:{names})\b",
        text,
        invited,
    ):
        end = _SENTENCE_END.search(text, m.end())
        clause = text[m.end() : end.start() if end else len(text)]
        place = re.search(
            r"\b(?:visit|travel\w*\s+to|arriv\w*\s+in)\s+(?:the\s+)?"
            r"(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)",
            clause,
        )
        if place:
            code = country_of_word(place.group("c")) or country_of_word(place.group("c").split()[0])
            if code:
                return code
    # "A will pay a state visit to Ghana from 12 to 14 May at the invitation of President B"
    for m in _matches(
        r"\b(?:visit(?:\s+to)?|travel\w*\s+to|arriv\w*\s+in)\s+(?:the\s+)?(?P<c>[A-Z][\w\-]*"
        r"(?:\s+[A-Z][\w\-]*)?)[^.;]{0,80}?\bat\s+the\s+invitation\s+of\s+"
        rf"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){{0,5}}?(?:{names})\b",
        text,
        invited,
    ):
        code = country_of_word(m.group("c")) or country_of_word(m.group("c").split()[0])
        if code:
            return code
    # "travel to Reykjavik for the meeting of X, which Prime Minister A will host", "the
    # summit in Lima hosted by President A", "goes to Lima, where President A will host
    # him": the host is of the meeting's country
    title = r"(?:(?:the\s+)?[A-Z][\w\-’']*\s+){0,5}?"
    for m in _matches(
        rf"\b(?:in|to)\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\b[^.;]{{0,80}}?"
        rf"(?:,\s+which\s+{title}(?:{names})\s+(?:will\s+)?host|\bhosted\s+by\s+{title}(?:{names})"
        # "he goes to San José, where President A will host him"
        rf"|,\s+where\s+{title}(?:{names})\s+(?:will\s+|would\s+)?(?:host|welcome|receive)s?"
        # "then to Kigali on Thursday to see President A"
        rf"|\bto\s+see\s+{title}(?:{names}))\b",
        text,
        _has(_HOSTED_THERE, text) and _ends_before_name(_BEFORE_HOST, text, said),
    ):
        code = country_of_word(m.group("c"))
        if code:
            return code
    # the itinerary's last leg: "and he wraps up in Santo Domingo with President A"
    for m in _matches(
        r"\b(?:wraps?\s+up|ends|finishes|concludes)\s+(?:(?:his|her|the)\s+(?:trip|tour|journey)"
        rf"\s+)?in\s+(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+with\s+{title}(?:{names})\b",
        text,
        _has(_LAST_LEG, text) and _ends_before_name(_BEFORE_LAST_HOST, text, said),
    ):
        code = country_of_word(m.group("c"))
        if code:
            return code
    return None


def _set(avoid) -> set:
    """Codes to avoid, given as one code or several."""
    return {avoid} if isinstance(avoid, str) else set(avoid or ())


def _held_elsewhere(p: Person, persons: list[Person]) -> set[str]:
    """The countries whose holder of p's one-holder office (a president, a prime minister)
    is another person of the text."""
    def heads(q: Person) -> set[str]:
        return {_state_head(t.split(" and ")[0]) for t in q.titles if t} & _ONE_HOLDER

    mine = heads(p)
    return {
        q.country for q in persons if q is not p and q.country and mine and mine & heads(q)
    }


def _main_foreign(text: str, home: str | None, avoid=None) -> str | None:
    """The country other than home that the text names most."""
    counts: dict[str, int] = {}
    for m in _COUNTRY_WORD.finditer(text):
        first = re.sub(r"[’']s$", "", m.group(0).split()[0])  # "Poland's presidency"
        code = (
            country_of_word(first)
            or country_of_word(re.sub(r"[’']s$", "", m.group(0)))  # "North Korea's"
            or (country_of_word(first.split("-")[0]) if "-" in first else None)
        )  # "Hungary-New"
        if code == "US" and _us_only_by_body(text, m.group(0)):
            continue  # "the Senate" in a text on Cambodia
        if code and code not in (home, "EU") and code not in _set(avoid):
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else None


# ("U.S.", "U.K.": initials with their full stops)
_COUNTRY_WORD = re.compile(
    r"\b(?:the\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'\-]*)(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}"
)


# (a list's item ends where the next begins: "... in the coming months.\n- The leaders")
_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+(?=[A-Z“\"])|\n\s*\n|\n(?=[ \t]*[-–•*][ \t])")


def _country_in_words(words: list[str]) -> str | None:
    """The country a run of capitalised words names, at its start or after a name
    ("Silva of Brazil", "President of Peru"): the longest run from the first place that
    names one; a country after the last "of" comes first ("the Communist Party of Vietnam")."""
    if "of" in words[1:]:
        k = len(words) - 1 - words[::-1].index("of")
        code = country_of_word(" ".join(words[k + 1 :]))
        if code:
            return code
    for i in range(len(words)):
        if words[i] == "of":
            continue
        for n in range(len(words) - i, 0, -1):
            code = country_of_word(" ".join(words[i : i + n]))
            if code:
                return code
    return None


def _acronym_title(words: list[str]) -> bool:
    """ "NSA Doval": an institution's acronym before a name is a title, not a country."""
    return (
        len(words) > 1
        and words[0].isupper()
        and words[0] in INSTITUTIONS
        and _is_name_token(words[1])
    )


def _nearest_foreign(text: str, at: int, home: str | None, pairs: bool = False) -> str | None:
    """The country other than `home` named nearest to `at` in its sentence or the one before
    (with `pairs`, also the other side of a hyphenated pair of demonyms)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    own = ends[-1] if ends else 0
    lo = ends[-2] if len(ends) > 1 else 0
    after = _SENTENCE_END.search(text, at)
    hi = after.start() if after else len(text)
    best = None
    for m in _COUNTRY_WORD.finditer(text, lo, hi):
        words = m.group(0).split()
        if _acronym_title(words):
            continue
        if text[max(0, m.start() - 3) : m.start()].lower() == "al-":
            continue  # "Ahmed Said al-Kuwaiti": a name's nisba, no country named
        if home and len(words) > 1 and country_of_word(re.sub(r"[’']s$", "", words[0])) == home:
            continue  # "China's Taiwan region", in China's text: a place the home claims
        code = _country_in_words(words)
        if code == "US" and _us_only_by_body(text, m.group(0)):
            continue  # "President of the Senate A" in a text on Cambodia
        if pairs and (not code or code == home):
            # "the Jordanian-Kuwaiti Joint Committee": the pair's other side
            code = next(
                (
                    c
                    for w in words
                    if "-" in w
                    for c in map(country_of_word, w.split("-"))
                    if c and c != home
                ),
                code,
            )
        if code and code != home and code != "EU":
            d = abs(m.start() - at) + (0 if m.start() >= own else 400)
            if best is None or d < best[0]:
                best = (d, code)
    return best[1] if best else None


# "Kyodo News", "Xinhua News Agency": a known publisher's name and what kind of outlet it is
_OUTLET_WORDS = re.compile(r"\s+(?:news(?:\s+agency)?|agency|wire|service)$")
# "www.outlet.com.tr", "outlet.fi": a country's domain (not one sold as a generic word)
_COUNTRY_DOMAIN = re.compile(r"^[a-z]+://[^/:]+\.(?P<cc>[a-z]{2})(?=[/:]|$)")
_GENERIC_DOMAINS = frozenset({"io", "tv", "co", "me", "ai", "ly", "fm", "cc", "eu", "int"})


def _domain_country(url: str | None) -> str | None:
    m = _COUNTRY_DOMAIN.match(url or "")
    if not m or m.group("cc") in _GENERIC_DOMAINS:
        return None
    code = "GB" if m.group("cc") == "uk" else m.group("cc").upper()
    try:
        return normalize_country(code)
    except ValueError:
        return None


def home_country(
    publisher: str | None, text: str, title: str | None = None, url: str | None = None
) -> str | None:
    """The country whose officials a text names without a demonym: the publisher's (by its
    name, or the country domain of an unknown publisher's address: a foreign agency's text
    on the US or China is not theirs), or the country the text names most (of the US and
    China), or the first its title names ("Italy and Tunisia Launch ..."), or that of the
    first official the text gives one."""
    known = _OUTLET_WORDS.sub("", (publisher or "").strip().lower())
    if publisher and known in PUBLISHER_COUNTRY:
        return PUBLISHER_COUNTRY[known]
    if publisher:  # "Ministry of Foreign Affairs of Japan", "Élysée", "Kremlin"
        for m in re.finditer(r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*", publisher):
            words = m.group(0).split()
            for i in range(len(words)):
                code = country_of_word(" ".join(words[i:]))
                if code:
                    return code
            code = _country_in_words(words)  # "Australian Government Defence"
            if code:
                return code
    code = _domain_country(url)
    if code:
        return code
    counts: dict[str, int] = {}
    # ("US$18 billion" is a currency, not the country)
    for m in re.finditer(r"\b(?:U\.S\.|US|United States|American|China|Chinese|PRC)\b(?!\$)", text):
        code = country_of_word(m.group(0))
        if code:
            counts[code] = counts.get(code, 0) + 1
    if counts and max(counts.values()) > 1:
        # (one passing mention, "the impact of United States tariffs", is not the publisher)
        return max(counts, key=counts.get)
    label = re.match(r"\s*(?P<c>[^:]{1,40}):\s", title or "")
    if label and country_of_word(label.group("c").strip()):
        # "Belarus: Switzerland adopts further sanctions": the topic before the colon is the
        # other country; the one the headline's sentence is about publishes
        title = title[label.end() :] + " " + title[: label.end()]
    for m in _COUNTRY_WORD.finditer(title or ""):
        code = country_of_word(m.group(0).split()[0]) or country_of_word(m.group(0))
        if code and code != "EU":
            return code
    first = next(
        (
            p
            for p in find_people(text, home=None).persons
            if p.titled and p.country and p.country != "EU"
        ),
        None,
    )
    return first.country if first else None


_THE_TITLE = re.compile(
    r"\b[Tt]he\s+(?P<t>(?:Vice\s+|Deputy\s+|Crown\s+|Prime\s+|Foreign\s+|Defen[cs]e\s+|"
    r"National\s+Security\s+)?(?:President|Minister|Premier|Chancellor|Secretary|King|Queen|"
    r"Prince|Emir|Amir|Sultan|Advisor|Adviser|Speaker|Head\s+of\s+State))\b(?![’']s\s+(?:[a-z]+\s+)?(?:office|team)"
    r")(?!\s+(?:of|for)\b)(?!\s+[A-Z][a-z])"
)


# the head of a full minister's title ("foreign minister", "minister of defence" has "minister"
# as its head; not a prime, deputy or vice minister's)
_FULL_MINISTRY = re.compile(
    r"(?!(?:prime|deputy|vice|assistant|under|junior|state|chief|first|press|permanent|"
    r"principal|parliamentary|executive|general)\b)(?:[a-z\-]+\s+){0,3}"
    r"(?:minister|secretary)"
)


_AND_TITLE = re.compile(
    r"\s+and\s+(?P<t>(?:Vice\s+|Deputy\s+|Crown\s+|Prime\s+|Foreign\s+)?(?:President|Minister|"
    r"Premier|Chancellor|Secretary|King|Queen|Prince|Emir|Amir|Sultan))\b(?!\s+(?:of|for)\b)"
    r"(?!\s+[A-Z][a-z])"
)


def publisher_offices(publisher: str | None) -> set[str]:
    """Offices a publisher's name shows the home government has: "Prime Minister's Office,
    10 Downing Street", "Office of the President of the Republic of Korea", "Presidency"."""
    name = (publisher or "").lower()
    found = {
        o
        for o in ("prime minister", "president", "chancellor", "premier")
        if re.search(rf"\b{o}", name)
    }
    if re.search(r"\bpresidency\b", name):
        found.add("president")
    if re.search(r"\bchancellery\b", name):
        found.add("chancellor")
    return found


def add_title_mentions(
    body: str, people: People, title: str | None, publisher: str | None = None
) -> None:
    """ "The President", "the Prime Minister" without a name are mentions of the one person
    of the text (or of its title: "Readout of President A's Call with Prime Minister B")
    who holds that office, when exactly one does."""
    if title:
        for p in find_people(title, home=people.home).persons:
            if not (p.titled and p.titles):
                continue
            if any(_same(p, q) for q in people.persons):
                continue
            first = _THE_TITLE.search(body)
            own = _title_head(p.titles[-1])
            holders = [
                m
                for m in _THE_TITLE.finditer(body)
                if _title_head(m.group("t")) == own
                # "Foreign Minister A visits X" over "The Minister arrived in ...": a bare
                # head word of a full ministry the title gives (the bare-title rule below)
                or (
                    _title_head(m.group("t")) in ("minister", "secretary")
                    and _FULL_MINISTRY.fullmatch(own)
                    and own.endswith(_title_head(m.group("t")))
                )
            ]
            if not holders:
                continue
            first = holders[0]
            p.first = (first.start(), first.end())
            p.mentions = []
            people.persons.append(p)
    offices: dict[str, list[Person]] = {}
    for p in people.persons:
        for t in {_title_head(t) for t in p.titles if t}:
            offices.setdefault(t, []).append(p)
    home_offices = publisher_offices(publisher) | _HOME_OFFICES.get(people.home or "", set())
    for p in people.persons:
        # "the PMOS said Keir Starmer had a call ...": a known holder of a home office the
        # text names without a title holds it when no one of home the text names does
        known = None if p.titles else _gaz_lookup(GAZETTEER, p.name)
        head = _title_head(known[2] or "") if known and known[1] == people.home else ""
        if head in home_offices and not any(q.country == p.country for q in offices.get(head, [])):
            offices.setdefault(head, []).append(p)  # (the home one of its holders)
    taken = [(m.start, m.end) for m in people.mentions]
    added = False
    found = list(_THE_TITLE.finditer(body))
    for m in list(found):  # "the President and Prime Minister": one article, two offices
        second = _AND_TITLE.match(body, m.end())
        if second:
            found.append(second)
    for m in found:
        head = _title_head(m.group("t"))
        holders = offices.get(head, [])
        if head in ("minister", "secretary"):
            # "Foreign Minister A visited X. The Minister held talks with B": the holder of
            # a full ministry the text names (of the home country when several do, also
            # beside a "Minister of Trade C" of another country)
            full = [
                p for p in people.persons
                if any(_FULL_MINISTRY.fullmatch(h) and h.endswith(head)
                       for h in {_title_head(t) for t in p.titles if t})
            ]
            if holders and full and people.home:
                both = holders + [p for p in full if all(p is not q for q in holders)]
                own = [p for p in both if p.country == people.home]
                holders = own if len(own) == 1 else holders
            elif not holders:
                holders = full
            if len(holders) > 1:
                holders = [p for p in holders if p.country and p.country == people.home]
        if (
            len(holders) > 1
            or head in _HOME_OFFICES.get(people.home or "", ())
            or head in publisher_offices(publisher)
        ):
            # in a White House text "the President" is the US one
            holders = [p for p in holders if p.country and p.country == people.home]
        if len(holders) > 1 and (
            head in publisher_offices(publisher) | _HOME_OFFICES.get(people.home or "", set())
            or all(p.country == people.home for p in holders)
        ):
            # "the Secretary" in a text naming two secretaries, "the Foreign Minister" in one
            # naming the home's present and earlier one: the one the text names first
            holders = [min(holders, key=lambda p: p.first[0])]
        if len(holders) != 1 or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        people.mentions.append(Mention(m.start(), m.end(), holders[0]))
        taken.append((m.start(), m.end()))
        added = True
    # ("met Deputy Prime Minister and Minister of X B": a title the text gave another, in
    # B's own title before B's name, is B's)
    taken.extend(p.first for p in people.persons if p.titled and p.first[0] < p.first[1])
    added = _bare_title_mentions(body, people, taken) or added
    added = _envoy_anaphors(body, people, taken) or added
    if added:
        people.mentions.sort(key=lambda m: m.start)


# "the Belarusian diplomat", "the Russian envoy" with no name after it: a definite envoy noun
# with a demonym (`_envoy_anaphors`)
_ENVOY_WORDS = re.compile(r"diplomat|[Ee]nvoy|[Aa]mbassador|[Cc]harg[eé]")
_THE_DEMONYM_ENVOY = re.compile(
    r"\b[Tt]he\s+(?P<dem>[A-Z][\w\-]+)\s+(?:diplomat|envoy|[Aa]mbassador|[Cc]harg[eé]\s+"
    r"d[’']\s?[Aa]ffaires(?:\s+a\.i\.)?)\b(?!\s*,?\s+(?:to\s+|in\s+|of\s+)?[A-Z])"
)
_ENVOY_TITLE = re.compile(r"\b(?:Ambassador|Charg[eé]|Envoy|[Dd]iplomat|High\s+Commissioner)")


def _envoy_anaphors(body: str, people: People, taken: list) -> bool:
    """ "The Chargé d'Affaires of Belarus, A, was summoned ... The Belarusian diplomat had
    previously been summoned in February": a definite envoy noun with a demonym and no name
    refers back to the envoy of that country the text named last before it."""
    if not _ENVOY_WORDS.search(body):
        return False
    added = False
    for m in _THE_DEMONYM_ENVOY.finditer(body):
        code = country_of_word(m.group("dem"))
        if not code or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        before = [
            x
            for x in people.mentions
            if x.end <= m.start()
            and x.person.country == code
            and any(_ENVOY_TITLE.search(t) for t in x.person.titles)
        ]
        if not before:
            continue  # "the French Ambassador will return": no envoy named, none to refer to
        people.mentions.append(Mention(m.start(), m.end(), before[-1].person))
        taken.append((m.start(), m.end()))
        added = True
    return added


def _bare_title_mentions(body: str, people: People, taken: list) -> bool:
    """ "External Affairs Minister will pay a visit", "EAM spoke with ...": a title the text
    gave one person, written again without a name (or as its initials), is a mention of that
    person."""
    forms: dict[str, list[Person]] = {}
    for p in people.persons:
        for title in p.titles:
            words = title.split()
            if len(words) < 2 or " of " in title or not all(w[:1].isupper() for w in words):
                continue
            for form in {title, "".join(w[0] for w in words)}:
                forms.setdefault(form, []).append(p)
    for p in people.persons:
        for title in p.titles:
            # "High Representative for Foreign Affairs and Security Policy A", later "The
            # High Representative briefed ...": the office's head words, with "the"
            head = title.split(" for ")[0].split()
            if (
                " for " in title
                and len(head) >= 2
                and all(w[:1].isupper() for w in head)
                and not country_of_word(head[0])
            ):
                forms.setdefault("the " + " ".join(head), []).append(p)
    added = False
    for form, holders in forms.items():
        if len({id(p) for p in holders}) != 1 or (len(form) < 3 and form.isupper()):
            continue
        the = form.startswith("the ")
        for start, end in _bare_title_spans(body, form.removeprefix("the "), the):
            if any(a < end and start < b for a, b in taken) or re.search(
                r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Ii]ts)|[A-Z][\w\-]*)\s+$"
                if not the
                else r"[A-Za-z][\w\-]*\s+$",
                body[max(0, start - 16) : start],
            ) and not (the and re.search(r"(?:^|[.;:,]\s+|\n|\b(?:and|with|that|by)\s+)$",
                                         body[max(0, start - 16) : start])):
                continue  # "the Prime Minister" is another rule's; "Deputy Prime Minister" another
            people.mentions.append(Mention(start, end, holders[0]))
            taken.append((start, end))
            added = True
    return added


# what may not follow a bare title: more of its last word, or a name, "of" or "for" (the
# title of someone named after it: "Defence Secretary A", "Secretary of X")
_TITLE_GOES_ON = re.compile(r"[\w’'-]|\s+(?:[A-Z]|of\b|for\b)")


def _bare_title_spans(body: str, words: str, the: bool):
    """Where `words` (after "the " or "The " when `the`) stand as a title of their own, left
    to right, not overlapping: not after a word character, a hyphen, a full stop or an
    apostrophe, and not followed by what _TITLE_GOES_ON matches. Found with str.find: a
    pattern for each title of each text cost more to compile than the search."""
    reached = 0
    at = body.find(words)
    while at >= 0:
        start, end = (at - 4 if the else at), at + len(words)
        if (
            start >= reached
            and (not the or body[start:at] in ("the ", "The "))
            and not (start and (_in_word(body[start - 1]) or body[start - 1] in ".’'"))
            and not _TITLE_GOES_ON.match(body, end)
        ):
            yield start, end
            reached = end
        at = body.find(words, at + 1)


# Offices of the home government that a bare "the <office>" names in its own texts
_HOME_OFFICES = {
    "US": {
        "president",
        "vice president",
        "secretary",
        "national security advisor",
        "national security adviser",
        "speaker",
    }
}


# "President of the Senate", "President of the National Assembly": a body's head, not the
# state's (its "of" names a body, not a state)
_OF_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:House|Congress|Chamber|Party|"
    + _INSTITUTION
    + r")\b"
)


def _title_head(title: str) -> str:
    """ "Israeli Prime Minister" and "Prime Minister of Israel" -> "prime minister"."""
    words = [w for w in title.split(" of ")[0].split() if not country_of_word(w)]
    return " ".join(words).lower()


def _state_head(title: str) -> str:
    """The head of a state's office ("president"), none for a body's ("President of the
    Senate" is not the state's one president)."""
    return "" if " of " in title and _OF_BODY.search(title) else _title_head(title)


def _same(p: Person, q: Person) -> bool:
    names = {q.name, *q.aliases}
    return (
        p.name in names
        or q.name in {p.name, *p.aliases}
        or (p.surname == q.surname and p.country == q.country)
    )

"""Probe grid (round 29): officials found from titles and appositions.

Invented sentences and short articles: title forms (before the name, "A, Y's Z", "A, the Z of
Y", "the Z of Y, A", "Y's Z A", "Z A of Y", name at a sentence end, name before a verb, a
surname-only later mention) x name shapes (Korean, Arabic with bin/al-, Spanish with two
surnames and "de la", Hindi, Ukrainian, Vietnamese, Indonesian single names, Thai, Tongan,
Swahili, Turkish, Khmer, Chinese, European) x titles x countries, and negative cases
(capitalised non-names, persons with no official role). Each case states the officials
a reader records (annotation.md): name as first written in full, and country.

    python bench/probes/titles.py [-v]
"""

from __future__ import annotations

PUBLISHED = "2024-05-10"

# country code: (name, possessive subject, demonym, capital)
C = {
    "KR": ("South Korea", "South Korea", "South Korean", "Seoul"),
    "SA": ("Saudi Arabia", "Saudi Arabia", "Saudi", "Riyadh"),
    "AE": ("the United Arab Emirates", "the UAE", "Emirati", "Abu Dhabi"),
    "QA": ("Qatar", "Qatar", "Qatari", "Doha"),
    "OM": ("Oman", "Oman", "Omani", "Muscat"),
    "JO": ("Jordan", "Jordan", "Jordanian", "Amman"),
    "ES": ("Spain", "Spain", "Spanish", "Madrid"),
    "MX": ("Mexico", "Mexico", "Mexican", "Mexico City"),
    "CO": ("Colombia", "Colombia", "Colombian", "Bogotá"),
    "PE": ("Peru", "Peru", "Peruvian", "Lima"),
    "IN": ("India", "India", "Indian", "New Delhi"),
    "UA": ("Ukraine", "Ukraine", "Ukrainian", "Kyiv"),
    "VN": ("Vietnam", "Vietnam", "Vietnamese", "Hanoi"),
    "ID": ("Indonesia", "Indonesia", "Indonesian", "Jakarta"),
    "TH": ("Thailand", "Thailand", "Thai", "Bangkok"),
    "TO": ("Tonga", "Tonga", "Tongan", "Nuku'alofa"),
    "KE": ("Kenya", "Kenya", "Kenyan", "Nairobi"),
    "TZ": ("Tanzania", "Tanzania", "Tanzanian", "Dodoma"),
    "TR": ("Türkiye", "Türkiye", "Turkish", "Ankara"),
    "KH": ("Cambodia", "Cambodia", "Cambodian", "Phnom Penh"),
    "CN": ("China", "China", "Chinese", "Beijing"),
    "DE": ("Germany", "Germany", "German", "Berlin"),
    "PL": ("Poland", "Poland", "Polish", "Warsaw"),
    "BR": ("Brazil", "Brazil", "Brazilian", "Brasília"),
    "NG": ("Nigeria", "Nigeria", "Nigerian", "Abuja"),
    "JP": ("Japan", "Japan", "Japanese", "Tokyo"),
    "FJ": ("Fiji", "Fiji", "Fijian", "Suva"),
    "NZ": ("New Zealand", "New Zealand", "New Zealand", "Wellington"),
    "EG": ("Egypt", "Egypt", "Egyptian", "Cairo"),
    "PH": ("the Philippines", "the Philippines", "Philippine", "Manila"),
    "MY": ("Malaysia", "Malaysia", "Malaysian", "Kuala Lumpur"),
    "FR": ("France", "France", "French", "Paris"),
}

# (name, surname used later, country, shape)
PEOPLE = [
    ("Kang Ho-sung", "Kang", "KR", "korean"),
    ("Yoon Seo-jin", "Yoon", "KR", "korean"),
    ("Park Jae-min", "Park", "KR", "korean"),
    ("Khalid bin Saud Al Harbi", None, "SA", "arabic"),
    ("Saif bin Hamad Al Thani", None, "QA", "arabic"),
    ("Mariam bint Ali al-Mansouri", None, "AE", "arabic"),
    ("Badr bin Hamad al-Busaidi", None, "OM", "arabic"),
    ("Ayman al-Khasawneh", "al-Khasawneh", "JO", "arabic"),
    ("María Elena de la Fuente", "de la Fuente", "ES", "spanish"),
    ("Juan Carlos Ramírez Ortega", "Ramírez", "MX", "spanish"),
    ("Luis Alberto Gómez de la Torre", None, "PE", "spanish"),
    ("Ana Lucía Restrepo Vargas", "Restrepo", "CO", "spanish"),
    ("Rajesh Kumar Sharma", "Sharma", "IN", "hindi"),
    ("Priya Venkataraman", "Venkataraman", "IN", "hindi"),
    ("Oleksandr Kovalenko", "Kovalenko", "UA", "ukrainian"),
    ("Iryna Melnychuk", "Melnychuk", "UA", "ukrainian"),
    ("Nguyen Van Thanh", None, "VN", "vietnamese"),
    ("Tran Thi Hoa", None, "VN", "vietnamese"),
    ("Sugiarto", "Sugiarto", "ID", "indonesian"),
    ("Hartono", "Hartono", "ID", "indonesian"),
    ("Retno Wulandari", "Wulandari", "ID", "indonesian"),
    ("Kittipong Srisawat", "Kittipong", "TH", "thai"),
    ("Prasert Thongchai", "Prasert", "TH", "thai"),
    ("Tevita Lavemaau", "Lavemaau", "TO", "tongan"),
    ("Sione Vaipulu", "Vaipulu", "TO", "tongan"),
    ("Amina Mwakyusa", "Mwakyusa", "TZ", "swahili"),
    ("Juma Hamisi Kiprono", "Kiprono", "KE", "swahili"),
    ("Wanjiru Kamau", "Kamau", "KE", "swahili"),
    ("İsmail Öztürk", "Öztürk", "TR", "turkish"),
    ("Şükrü Yıldırım", "Yıldırım", "TR", "turkish"),
    ("Sok Vannara", None, "KH", "khmer"),
    ("Zhao Lijun", "Zhao", "CN", "chinese"),
    ("Katarzyna Nowicka", "Nowicka", "PL", "european"),
    ("Matthias Krüger", "Krüger", "DE", "european"),
]

# counterparts in the other clause: always a demonym and a plain title
OTHERS = [
    ("Carla Mendes", "BR", "Foreign Minister"),
    ("Hiroshi Tanabe", "JP", "Foreign Minister"),
    ("Emeka Okafor", "NG", "Minister of Foreign Affairs"),
    ("Laila Haddad", "EG", "Foreign Minister"),
    ("Sitiveni Naiqama", "FJ", "Prime Minister"),
    ("Claire Dubois", "FR", "Minister for Europe and Foreign Affairs"),
    ("Rosa Villanueva", "PH", "Secretary of Foreign Affairs"),
    ("Aziz Rahman", "MY", "Foreign Minister"),
]

# titles that take a portfolio or an institution ("of"/"for"), and plain heads
TITLES = [
    "Minister for Foreign Affairs",
    "Minister of Defence",
    "Minister Responsible for Fisheries",
    "Cabinet Secretary for Trade",
    "State Secretary",
    "Secretary of State for Foreign Affairs",
    "Deputy Foreign Minister",
    "Vice Foreign Minister",
    "First Deputy Prime Minister",
    "State Councillor",
    "Chief of Defence Staff",
    "Chief of the General Staff",
    "National Security Adviser",
    "Special Envoy for Climate Change",
    "Speaker of the National Assembly",
    "Senate President",
    "President of the Senate",
    "Central Bank Governor",
    "Prime Minister",
    "President",
    "Finance Minister",
    "Trade Minister",
    "Minister of Finance",
    "Minister of Foreign Affairs and International Cooperation",
]
# titles a reader writes only with "Minister" later ("Minister A")
SHORT = {
    "Minister for Foreign Affairs": "Minister",
    "Minister of Defence": "Minister",
    "Minister Responsible for Fisheries": "Minister",
    "Deputy Foreign Minister": "Deputy Minister",
    "Finance Minister": "Minister",
    "Prime Minister": "Prime Minister",
    "President": "President",
    "Trade Minister": "Minister",
    "Minister of Finance": "Minister",
    "Cabinet Secretary for Trade": "Cabinet Secretary",
}
ROYAL = [  # (title, name, country)
    ("Crown Prince", "Sultan bin Khalid Al Saud", "SA"),
    ("Emir", "Sheikh Hamad bin Nasser Al Thani", "QA"),
    ("Sultan", "Haitham bin Faisal", "OM"),
    ("King", "Tupou VII", "TO"),
    ("Crown Prince", "Hussein bin Faisal", "JO"),
]
VERBS = ["met", "held talks with", "received", "spoke by phone with", "hosted"]
DAYS = ["on Monday", "on Tuesday", "on May 8", "last week", "on Wednesday"]

Case = tuple  # (shape, form, text, expected [(name, country)])


def _ok_title(form: str, title: str) -> bool:
    """The forms a reader meets with this title ("the Senate President of X" is not one)."""
    if form in ("C", "D", "F") and title in ("Senate President", "Central Bank Governor"):
        return False
    if form in ("C", "D", "F") and title.endswith(("Minister", "Adviser")) and " " in title:
        # "the Finance Minister of Kenya" is met; keep only the head titles
        return title in ("Prime Minister", "Finance Minister", "Trade Minister")
    return True


def _sentence(form, name, title, code, other, verb, day, city):
    cname, poss, dem, _cap = C[code]
    oname, ocode, otitle = other
    odem = C[ocode][2]
    o = f"{odem} {otitle} {oname}"
    if form == "A":  # demonym and title before the name
        return f"{dem} {title} {name} {verb} {o} in {city} {day}."
    if form == "B":  # "A, Y's Z,"
        return f"{name}, {poss}'s {title}, {verb} {o} in {city} {day}."
    if form == "C":  # "A, the Z of Y,"
        return f"{name}, the {title} of {cname}, {verb} {o} in {city} {day}."
    if form == "D":  # "The Z of Y, A,"
        return f"The {title} of {cname}, {name}, {verb} {o} in {city} {day}."
    if form == "E":  # "Y's Z A"
        return f"{poss[0].upper() + poss[1:]}'s {title} {name} {verb} {o} in {city} {day}."
    if form == "F":  # "Z A of Y"
        return f"{title} {name} of {cname} {verb} {o} in {city} {day}."
    if form == "G":  # the name ends the sentence
        return f"{o} {verb} {poss}'s {title} {name}."
    if form == "H":  # the name and a verb, no event
        return f"{dem} {title} {name} said {day} that the two countries would deepen ties."
    raise ValueError(form)


def cases() -> list[Case]:
    out: list[Case] = []
    forms = "ABCDEFGH"
    k = 0
    for i, (name, surname, code, shape) in enumerate(PEOPLE):
        for j, form in enumerate(forms):
            title = TITLES[(i * 5 + j * 3) % len(TITLES)]
            n = 0
            while not _ok_title(form, title):
                n += 1
                title = TITLES[(i * 5 + j * 3 + n) % len(TITLES)]
            other = OTHERS[(i + j) % len(OTHERS)]
            if other[1] == code:
                other = OTHERS[(i + j + 1) % len(OTHERS)]
            verb = VERBS[k % len(VERBS)]
            day = DAYS[k % len(DAYS)]
            city = C[code][3] if k % 2 else C[other[1]][3]
            k += 1
            text = _sentence(form, name, title, code, other, verb, day, city)
            want = [(name, code)]
            if form != "H":
                want.append((other[0], other[1]))
            out.append((shape, form, text, want))
        # "Minister A" after a first full mention: one official, the full name
        if surname:
            title = next(t for t in TITLES[i % len(TITLES):] + TITLES if t in SHORT)
            other = OTHERS[i % len(OTHERS)]
            if other[1] == code:
                other = OTHERS[(i + 1) % len(OTHERS)]
            cname, poss, dem, cap = C[code]
            odem = C[other[1]][2]
            text = (
                f"{dem} {title} {name} arrived in {C[other[1]][3]} on Monday for a two-day "
                f"visit. {SHORT[title]} {surname} met {odem} {other[2]} {other[0]} on Tuesday, "
                f"and {surname} also laid a wreath."
            )
            out.append((shape, "I", text, [(name, code), (other[0], other[1])]))
    # kings, emirs, sultans, crown princes
    for i, (title, name, code) in enumerate(ROYAL):
        other = OTHERS[i % len(OTHERS)]
        cname, poss, dem, cap = C[code]
        odem = C[other[1]][2]
        for form, text in (
            ("A", f"{dem} {title} {name} received {odem} {other[2]} {other[0]} in {cap} "
                  "on Sunday."),
            ("E", f"{poss}'s {title} {name} met {odem} {other[2]} {other[0]} on Sunday."),
            ("G", f"{odem} {other[2]} {other[0]} was received by {title} {name} of {cname}."),
        ):
            out.append(("royal", form, text, [(name, code), (other[0], other[1])]))
    out += _specials()
    out += _negatives()
    out += _second_round()
    out += _third_round()
    return out


def _third_round() -> list[Case]:
    """Forms met while probing after the second part (written with their fixes: they flatter;
    reported apart as form "v3-*")."""
    c = [
        ("chinese", "v3-lower", "Chinese foreign ministry spokesperson Liu Jianguo said the "
         "talks were candid.", [("Liu Jianguo", "CN")]),
        ("swahili", "v3-lower", "Kenyan government spokesperson Baraka Mwinyi Juma said the "
         "visit was postponed.", [("Baraka Mwinyi Juma", "KE")]),
        ("swahili", "v3-lower", "A spokesperson for the Tanzanian foreign ministry, Amina "
         "Mwakyusa, said the talks would continue.", [("Amina Mwakyusa", "TZ")]),
        ("chinese", "v3-charge", "Chinese Chargé d'affaires Zhao Lijun was summoned by Polish "
         "Deputy Foreign Minister Katarzyna Nowicka.",
         [("Zhao Lijun", "CN"), ("Katarzyna Nowicka", "PL")]),
        ("ukrainian", "v3-charge", "Ukraine's chargé d'affaires a.i. Andriy Sybchenko was "
         "received by Hungarian State Secretary Tamás Kovács.",
         [("Andriy Sybchenko", "UA"), ("Tamás Kovács", "HU")]),
        ("spanish", "v3-capital", "Paraguayan President Santiago Peña Ortiz met Brazilian "
         "Foreign Minister Carla Mendes in Asunción.",
         [("Santiago Peña Ortiz", "PY"), ("Carla Mendes", "BR")]),
        ("thai", "v3-pol", "Thai Deputy Prime Minister Pol Gen Kittipong Srisawat met "
         "Cambodian Defence Minister Sok Vannara.",
         [("Kittipong Srisawat", "TH"), ("Sok Vannara", "KH")]),
        ("arabic", "v3-body", "Sudan's Sovereign Council Chairman Khalid bin Saud Al Harbi met "
         "Egyptian Foreign Minister Laila Haddad.",
         [("Khalid bin Saud Al Harbi", "SD"), ("Laila Haddad", "EG")]),
        ("indonesian", "v3-coord", "Indonesian Coordinating Minister for Economic Affairs "
         "Bambang Susilo met Japanese Finance Minister Kenji Morita.",
         [("Bambang Susilo", "ID"), ("Kenji Morita", "JP")]),
        ("negative", "v3-N", "Foreign Minister Meets Japanese Delegation", []),
        ("negative", "v3-N", "Ambassador Hotel in Nairobi hosted the reception.", []),
        ("negative", "v3-N", "President Xi Jinping Thought on Diplomacy was discussed at the "
         "forum.", []),
    ]
    return c


# written after the first measure, with names, countries and clause shapes the first part
# does not have (a check that the rules generalise beyond the first part's phrases)
PEOPLE2 = [
    ("Kim Dong Hyun", "KR", "korean"),
    ("Sheikh Mohammed bin Abdulrahman Al Khalifa", "BH", "arabic"),
    ("Faisal bin Ahmed al-Rashid", "KW", "arabic"),
    ("José Antonio Pérez de la Cruz", "AR", "spanish"),
    ("Valentina Quispe Huamán", "BO", "spanish"),
    ("Kavita Raghunathan", "IN", "hindi"),
    ("Andriy Sybchenko", "UA", "ukrainian"),
    ("Le Minh Khai", "VN", "vietnamese"),
    ("Bambang Susilo", "ID", "indonesian"),
    ("Siriporn Chantharasap", "TH", "thai"),
    ("Losaline Ma'asi", "TO", "tongan"),
    ("Baraka Mwinyi Juma", "TZ", "swahili"),
    ("Çağrı Erdoğan", "TR", "turkish"),
    ("Chea Sophara", "KH", "khmer"),
    ("Liu Jianguo", "CN", "chinese"),
    ("Ingrid Halvorsen", "NO", "european"),
]
C2 = {
    "BH": ("Bahrain", "Bahraini", "Manama"),
    "KW": ("Kuwait", "Kuwaiti", "Kuwait City"),
    "AR": ("Argentina", "Argentine", "Buenos Aires"),
    "BO": ("Bolivia", "Bolivian", "La Paz"),
    "NO": ("Norway", "Norwegian", "Oslo"),
}
TITLES2 = [
    "Foreign Minister", "Minister of Foreign Affairs", "Defence Minister", "Prime Minister",
    "Deputy Prime Minister", "Minister of Trade and Industry", "Minister for Home Affairs",
    "Vice Foreign Minister", "Minister of State for Foreign Affairs", "Chief of Army Staff",
    "Minister Responsible for Climate Change", "Secretary of State for Defence",
]


def _c2(code):
    if code in C2:
        name, dem, cap = C2[code]
        return name, name, dem, cap
    return C[code]


def _second_round() -> list[Case]:
    out: list[Case] = []
    for i, (name, code, shape) in enumerate(PEOPLE2):
        cname, poss, dem, cap = _c2(code)
        other = OTHERS[(i + 3) % len(OTHERS)]
        oname, ocode, otitle = other
        o = f"{C[ocode][2]} {otitle} {oname}"
        title = TITLES2[i % len(TITLES2)]
        title_b = TITLES2[(i + 5) % len(TITLES2)]
        want2 = [(name, code), (oname, ocode)]
        third = next(x for x in OTHERS[i % len(OTHERS):] + OTHERS if x[1] not in (code, ocode))
        out += [
            # the name ends the sentence after "by"
            (shape, "v2-by", f"The talks were chaired by {dem} {title} {name}.", [(name, code)]),
            # an honorific and a title with its country after the name
            (shape, "v2-he", f"H.E. {name}, {title_b} of {cname}, met {o} in {cap} on "
             "Thursday.", want2),
            # the possessive and a comma before the name
            (shape, "v2-poss,", f"{poss[0].upper() + poss[1:]}'s {title}, {name}, held talks "
             f"with {o} on the sidelines of the summit.", want2),
            # a demonym, a title, commas around the name
            (shape, "v2-dem,", f"The {dem} {title_b}, {name}, said on Friday that {cname} "
             f"would sign the agreement with {C[ocode][0]}.", [(name, code)]),
            # a quote's attribution
            (shape, "v2-quote", f'"We agreed to deepen cooperation," said {dem} {title} '
             f"{name}, who met {o} in {C[ocode][3]} on Monday.", want2),
            # the one met is listed with another
            (shape, "v2-list", f"{o} met {dem} {title} {name} and {C[third[1]][2]} "
             f"{third[2]} {third[0]} in {cap} on Monday.", [*want2, third[:2]]),
        ]
    # negatives of the second part: people with no office, unnamed offices, honorifics only
    neg = [
        "Mr. Ravi Menon, a businessman from Kochi, said the delegation was welcome.",
        "The Kenyan Foreign Minister met her Tanzanian counterpart in Arusha on Monday.",
        "Dr. Amina Yusuf, a researcher at the University of Nairobi, said talks would resume.",
        "Prime Minister's Questions was cancelled because of the State Opening of Parliament.",
        "Defence Ministry officials from Indonesia and Malaysia met in Kuching last week.",
        "The Minister of State for Foreign Affairs will visit Oslo in June.",
        "Farmers in Bolivia and Peru blocked the Desaguadero border crossing on Monday.",
        "President Kennedy Avenue in Nicosia was closed for the parade.",
        "The Vice Foreign Minister's schedule for the week was published on Monday.",
        "Queen Sirikit National Convention Center hosted the ASEAN Economic Forum.",
    ]
    out += [("negative", "v2-N", t, []) for t in neg]
    return out


def _specials() -> list[Case]:
    s = [
        # Commonwealth "Minister Responsible for X" after the name
        ("tongan", "B2", "Tevita Lavemaau, Minister Responsible for Fisheries, met Fijian "
         "Prime Minister Sitiveni Naiqama in Suva on Monday. Tonga and Fiji signed a fisheries "
         "agreement.",
         [("Tevita Lavemaau", "TO"), ("Sitiveni Naiqama", "FJ")]),
        ("swahili", "B2", "Amina Mwakyusa, Minister for Foreign Affairs and East African "
         "Cooperation, held talks with Japanese Foreign Minister Hiroshi Tanabe on Tuesday. "
         "Tanzania and Japan agreed to expand trade.",
         [("Amina Mwakyusa", "TZ"), ("Hiroshi Tanabe", "JP")]),
        ("tongan", "B2", "Sione Vaipulu, Minister Responsible for Trade and Economic "
         "Development, met New Zealand Trade Minister Anna Pritchard. Tonga and New Zealand "
         "signed an agreement.",
         [("Sione Vaipulu", "TO"), ("Anna Pritchard", "NZ")]),
        # Senate presidents and speakers: no US in the text
        ("khmer", "A2", "Senate President Hun Sen met Thai Prime Minister Kittipong Srisawat "
         "in Bangkok on Monday. Cambodia and Thailand agreed to reopen the border.",
         [("Hun Sen", "!US"), ("Kittipong Srisawat", "TH")]),
        ("khmer", "G2", "Thai Prime Minister Kittipong Srisawat met the President of the "
         "Senate Hun Sen. Cambodia and Thailand agreed to reopen the border.",
         [("Kittipong Srisawat", "TH"), ("Hun Sen", "!US")]),
        ("korean", "F2", "Speaker Yang Lee of the Senate met Cambodian Prime Minister Sok "
         "Vannara in Phnom Penh on Friday.",
         [("Yang Lee", "!US"), ("Sok Vannara", "KH")]),
        ("khmer", "B2", "Hun Sen, President of the Senate of Cambodia, received Vietnamese "
         "Prime Minister Tran Thi Hoa in Phnom Penh.",
         [("Hun Sen", "KH"), ("Tran Thi Hoa", "VN")]),
        ("khmer", "A2", "Cambodian Senate President Hun Sen met Lao Prime Minister Sonexay "
         "Siphandone in Vientiane on Friday.",
         [("Hun Sen", "KH"), ("Sonexay Siphandone", "LA")]),
        # ambassadors and chargés d'affaires: the sending state
        ("european", "J", "The Ambassador of Poland to Kenya, Katarzyna Nowicka, met Kenyan "
         "Cabinet Secretary for Trade Wanjiru Kamau in Nairobi on Monday.",
         [("Katarzyna Nowicka", "PL"), ("Wanjiru Kamau", "KE")]),
        ("hindi", "J", "Indian Ambassador to Vietnam Rajesh Kumar Sharma called on "
         "Vietnamese Deputy Foreign Minister Nguyen Van Thanh in Hanoi.",
         [("Rajesh Kumar Sharma", "IN"), ("Nguyen Van Thanh", "VN")]),
        ("turkish", "J", "Türkiye's Ambassador to Japan İsmail Öztürk met Japanese Foreign "
         "Minister Hiroshi Tanabe on Thursday.",
         [("İsmail Öztürk", "TR"), ("Hiroshi Tanabe", "JP")]),
        ("chinese", "J", "The Chinese Chargé d'affaires in Manila, Zhao Lijun, was summoned "
         "by Philippine Secretary of Foreign Affairs Rosa Villanueva on Monday.",
         [("Zhao Lijun", "CN"), ("Rosa Villanueva", "PH")]),
        ("arabic", "J", "Ayman al-Khasawneh, Jordan's Ambassador to Egypt, met Egyptian "
         "Foreign Minister Laila Haddad in Cairo.",
         [("Ayman al-Khasawneh", "JO"), ("Laila Haddad", "EG")]),
        # international offices
        ("european", "K", "EU High Representative Kaisa Lindqvist met Ukrainian Foreign "
         "Minister Oleksandr Kovalenko in Kyiv on Monday.",
         [("Kaisa Lindqvist", "EU"), ("Oleksandr Kovalenko", "UA")]),
        ("european", "K", "European Commissioner for Trade Pieter van der Berg met Indonesian "
         "Trade Minister Hartono in Jakarta.",
         [("Pieter van der Berg", "EU"), ("Hartono", "ID")]),
        # spokespersons
        ("chinese", "L", "Chinese Foreign Ministry Spokesperson Zhao Lijun said on Monday "
         "that Beijing opposed the sanctions.", [("Zhao Lijun", "CN")]),
        ("vietnamese", "L", "Vietnam's Foreign Ministry spokesperson Pham Thu Hang said the "
         "vessels had violated Vietnam's sovereignty.", [("Pham Thu Hang", "VN")]),
        ("turkish", "L", "Şükrü Yıldırım, spokesperson for the Turkish Foreign Ministry, said "
         "Ankara would respond.", [("Şükrü Yıldırım", "TR")]),
        # Indonesian single names in several positions
        ("indonesian", "A2", "Indonesian Defence Minister Sjafrie met Malaysian Defence "
         "Minister Aziz Rahman in Kuala Lumpur on Monday.",
         [("Sjafrie", "ID"), ("Aziz Rahman", "MY")]),
        ("indonesian", "G2", "Japanese Foreign Minister Hiroshi Tanabe met Indonesia's "
         "Foreign Minister Sugiarto.", [("Hiroshi Tanabe", "JP"), ("Sugiarto", "ID")]),
        ("indonesian", "H2", "President Prabowo of Indonesia said on Monday that Jakarta "
         "would join the group.", [("Prabowo", "ID")]),
        # Vietnamese offices
        ("vietnamese", "A2", "Vietnamese General Secretary Nguyen Van Thanh held talks with "
         "Chinese President Zhao Lijun in Beijing.",
         [("Nguyen Van Thanh", "VN"), ("Zhao Lijun", "CN")]),
        ("chinese", "A2", "Chinese State Councillor Zhao Lijun met Thai Deputy Prime Minister "
         "Prasert Thongchai in Bangkok.",
         [("Zhao Lijun", "CN"), ("Prasert Thongchai", "TH")]),
        # Ukrainian first deputy prime minister, national security adviser
        ("ukrainian", "A2", "Ukraine's First Deputy Prime Minister Iryna Melnychuk met "
         "Polish Deputy Prime Minister Katarzyna Nowicka in Warsaw.",
         [("Iryna Melnychuk", "UA"), ("Katarzyna Nowicka", "PL")]),
        ("korean", "A2", "South Korean National Security Adviser Park Jae-min spoke by phone "
         "with Japanese National Security Adviser Kenji Morita on Tuesday.",
         [("Park Jae-min", "KR"), ("Kenji Morita", "JP")]),
        # Spanish two surnames with the chief of the general staff
        ("spanish", "A2", "Colombian Chief of the General Staff Ana Lucía Restrepo Vargas met "
         "Peruvian Defence Minister Luis Alberto Gómez de la Torre in Lima.",
         [("Ana Lucía Restrepo Vargas", "CO"), ("Luis Alberto Gómez de la Torre", "PE")]),
        ("spanish", "C2", "María Elena de la Fuente, Secretary of State for Foreign Affairs "
         "of Spain, met Moroccan Foreign Minister Youssef Bennani in Rabat.",
         [("María Elena de la Fuente", "ES"), ("Youssef Bennani", "MA")]),
        # governor of the central bank
        ("thai", "C2", "Prasert Thongchai, Governor of the Bank of Thailand, met Japanese "
         "Finance Minister Kenji Morita in Tokyo.",
         [("Prasert Thongchai", "TH"), ("Kenji Morita", "JP")]),
        ("swahili", "D2", "The Governor of the Central Bank of Kenya, Juma Hamisi Kiprono, "
         "met Chinese Vice Premier Zhao Lijun in Beijing.",
         [("Juma Hamisi Kiprono", "KE"), ("Zhao Lijun", "CN")]),
        # secretaries-general
        ("european", "K", "UN Secretary-General Matthias Krüger met Ukrainian President "
         "Oleksandr Kovalenko in Kyiv on Monday.",
         [("Matthias Krüger", "UN"), ("Oleksandr Kovalenko", "UA")]),
    ]
    return s


def _negatives() -> list[Case]:
    n = [
        "The Foreign Ministry Spokesperson said on Monday that the talks would continue.",
        "The Ministry of Foreign Affairs of Viet Nam issued a statement on Monday.",
        "The National Assembly of Korea approved the trade agreement on Tuesday.",
        "The Senate Foreign Relations Committee will hold a hearing in June.",
        "The Chinese vessel Haixun 06 shadowed the Philippine ship BRP Teresa Magbanua near "
        "Second Thomas Shoal.",
        "In March, Kenya and Tanzania signed a trade agreement in Dar es Salaam.",
        "The Prime Minister's Office said the visit had been postponed until September.",
        "Foreign Ministry Spokesperson's Remarks on the Situation in the Red Sea",
        "Local fisherman Juan Dela Cruz said the coast guard ship came within 50 metres.",
        "Analyst Kim Soo-jin of the Asan Institute said Seoul would respond cautiously.",
        "The Central Bank of Nigeria raised its policy rate on Tuesday.",
        "The Royal Thai Navy frigate HTMS Bhumibol Adulyadej docked in Sihanoukville.",
        "King Abdulaziz International Airport reopened on Sunday after the storm.",
        "The Sultan Qaboos Grand Mosque hosted a reception for the delegation.",
        "The Office of the High Commissioner for Human Rights published a report in April.",
        "The Chief of Defence Staff's office declined to comment.",
        "Crown Prince Mohammed bin Salman Road was closed for the motorcade.",
        "The President of the Republic of Korea's Office said the call was productive.",
        "Tanzania Ports Authority and Kenya Ports Authority signed a memorandum.",
        "The Special Envoy's Office for Climate Change will open in Jakarta in July.",
        "Students at Universitas Gadjah Mada protested outside the Ministry of Defence.",
        "Residents of Nuku'alofa said the cyclone damaged the Royal Palace.",
        "The State Secretariat for Migration of Switzerland processed 2,000 applications.",
        "Villagers in Long An Province said the fire began on Friday.",
        "The Istanbul Chamber of Commerce hosted business leaders from Türkiye and Egypt.",
        "Ukrzaliznytsia, Ukraine's state railway, resumed service to Odesa on Monday.",
        "The Speaker's Office of the National Assembly announced the schedule.",
        "A spokesperson for the Ministry of Foreign Affairs and Trade said talks continued.",
        "Tourists from Korea and Japan crowded Hoan Kiem Lake during the Lunar New Year.",
        "The Governor's Cup regatta was held in Muscat in February.",
        "Amnesty International and Human Rights Watch criticised the law on Tuesday.",
        "The Kenyan High Commission in London issued new visa guidance on Monday.",
        "The Embassy of Mexico in Bogotá will be closed on Independence Day.",
        "The Joint Chiefs of Staff said North Korea fired a ballistic missile on Sunday.",
        "Protesters gathered outside the Presidential Palace in Jakarta on Friday.",
    ]
    out = [("negative", "N", t, []) for t in n]
    # an office the text does not fill with a name, and bodies, in every country
    unnamed = [
        "The {dem} {title} said {day} that the talks had been constructive.",
        "The {title} of {cname} did not attend the summit in {cap} {day}.",
        "A spokesperson for the {dem} Ministry of Foreign Affairs declined to comment.",
        "{Poss}'s Ministry of Defence said {day} that the drills would end in June.",
        "The {dem} Embassy in {cap} issued a travel advisory {day}.",
        "Officials of the {dem} National Assembly met in {cap} {day}.",
        "{Poss}'s {title} will visit {cap2} in June, the {dem} Foreign Ministry said.",
    ]
    codes = [c for c in C if c not in ("PH", "AE")]
    for i, code in enumerate(codes):
        cname, poss, dem, cap = C[code]
        for j in (i % len(unnamed), (i + 3) % len(unnamed)):
            title = TITLES[(i * 7 + j) % len(TITLES)]
            text = unnamed[j].format(
                dem=dem, title=title, cname=cname, cap=cap, Poss=poss[0].upper() + poss[1:],
                day=DAYS[(i + j) % len(DAYS)], cap2=C[codes[(i + 1) % len(codes)]][3],
            )
            out.append(("negative", "NU", text, []))
    # mixed: one official and capitalised non-names around him
    out += [
        ("negative", "NM", "Kenyan President Juma Hamisi Kiprono toured the Port of Mombasa "
         "aboard the MV Harambee Star on Monday.", [("Juma Hamisi Kiprono", "KE")]),
        ("negative", "NM", "Thai Foreign Minister Prasert Thongchai spoke at Chulalongkorn "
         "University in Bangkok on Tuesday.", [("Prasert Thongchai", "TH")]),
        ("negative", "NM", "Local businessman Ravi Menon, who attended the forum, said Indian "
         "Trade Minister Rajesh Kumar Sharma spoke for an hour.",
         [("Rajesh Kumar Sharma", "IN")]),
        ("negative", "NM", "Turkish Foreign Minister İsmail Öztürk said in Ankara on Monday "
         "that the Black Sea Grain Initiative should resume.", [("İsmail Öztürk", "TR")]),
        ("negative", "NM", "Ukrainian Foreign Minister Oleksandr Kovalenko visited the Saint "
         "Sophia Cathedral with his wife Olena on Sunday.", [("Oleksandr Kovalenko", "UA")]),
        ("negative", "NM", "Indonesian Foreign Minister Sugiarto said in March that the "
         "ASEAN Regional Forum would meet in July.", [("Sugiarto", "ID")]),
    ]
    return out


def _key(s: str) -> str:
    from relations_db.extract.evaluate import name_key

    return name_key(s)


def check(case: Case) -> tuple[bool, list]:
    from relations_db.extract import extract

    _shape, _form, text, want = case
    doc = extract(text, published=PUBLISHED)
    got = [(o["name"], o.get("country")) for o in doc.get("officials") or []]
    if len(got) != len(want):
        return False, got
    left = list(got)
    for name, code in want:
        hit = None
        for g in left:
            if _key(g[0]) != _key(name):
                continue
            if code.startswith("!") and g[1] != code[1:] or g[1] == code:
                hit = g
                break
        if hit is None:
            return False, got
        left.remove(hit)
    return True, got


def problems(case: Case) -> list:
    ok, got = check(case)
    return [] if ok else [f"want {case[3]}", f"got {got}"]


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(),
        problems,
        shapes=lambda c: [c[0], "form:" + c[1]],
        describe=lambda c: f"[{c[0]}/{c[1]}] {c[2]}",
    )


if __name__ == "__main__":
    main()

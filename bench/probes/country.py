"""Probe grid (round 29): a person's country when no country word sits next to the name.

Invented texts, invented names (many name shapes), many country pairs. Each case gives the
publisher (whose country is the text's home), the body, and the expected officials as
name -> country (None: the text gives no country, so the record has none); `absent` lists
names that must not become officials. Shapes:

- host_side / visitor_side: a visit or meeting told by the host's or the visitor's ministry
  ("welcomed his Kenyan counterpart A", "A, who is on a visit to Nairobi", "the visiting
  minister A", "Host B received A").
- sanction: persons in a listing by EU/UK/US/Canada/Australia/Japan ("A, a Belarusian
  national", "A (born 1970, Minsk)", "head of the Belarusian X agency", "based in the UAE").
- institution: an official named only with an institution of a country.
- multi: officials of three or more countries in one text (a tour, a multilateral meeting).
- no_country: officials of international bodies, whom no state claims (negative for
  countries), and named people who are no officials (negative for records).

    python bench/probes/country.py      # hit rate, per shape; -v lists the misses
"""

from __future__ import annotations

import random

# code, short name, demonym, capital (a city no other country shares)
COUNTRIES = [
    ("KE", "Kenya", "Kenyan", "Nairobi"),
    ("NG", "Nigeria", "Nigerian", "Abuja"),
    ("GH", "Ghana", "Ghanaian", "Accra"),
    ("EG", "Egypt", "Egyptian", "Cairo"),
    ("ET", "Ethiopia", "Ethiopian", "Addis Ababa"),
    ("TZ", "Tanzania", "Tanzanian", "Dodoma"),
    ("UG", "Uganda", "Ugandan", "Kampala"),
    ("MA", "Morocco", "Moroccan", "Rabat"),
    ("SA", "Saudi Arabia", "Saudi", "Riyadh"),
    ("QA", "Qatar", "Qatari", "Doha"),
    ("JO", "Jordan", "Jordanian", "Amman"),
    ("IN", "India", "Indian", "New Delhi"),
    ("PK", "Pakistan", "Pakistani", "Islamabad"),
    ("BD", "Bangladesh", "Bangladeshi", "Dhaka"),
    ("VN", "Viet Nam", "Vietnamese", "Hanoi"),
    ("ID", "Indonesia", "Indonesian", "Jakarta"),
    ("TH", "Thailand", "Thai", "Bangkok"),
    ("KR", "South Korea", "South Korean", "Seoul"),
    ("JP", "Japan", "Japanese", "Tokyo"),
    ("KZ", "Kazakhstan", "Kazakh", "Astana"),
    ("UZ", "Uzbekistan", "Uzbek", "Tashkent"),
    ("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("TJ", "Tajikistan", "Tajik", "Dushanbe"),
    ("UA", "Ukraine", "Ukrainian", "Kyiv"),
    ("PL", "Poland", "Polish", "Warsaw"),
    ("NO", "Norway", "Norwegian", "Oslo"),
    ("BR", "Brazil", "Brazilian", "Brasília"),
    ("CL", "Chile", "Chilean", "Santiago"),
    ("CO", "Colombia", "Colombian", "Bogotá"),
    ("PE", "Peru", "Peruvian", "Lima"),
    ("TO", "Tonga", "Tongan", "Nuku'alofa"),
    ("FJ", "Fiji", "Fijian", "Suva"),
    ("NZ", "New Zealand", "New Zealand", "Wellington"),
    ("GR", "Greece", "Greek", "Athens"),
]
BY_CODE = {c[0]: c for c in COUNTRIES}

# invented names of many shapes (none Chinese-shaped: a Chinese name is a cue of its own)
NAMES = [
    "Park Min-seo", "Kang Tae-hoon", "Khalid bin Hamad Al-Nuaimi", "Fahd al-Rashidi",
    "Abdullah bin Nasser Al-Harbi", "María José de la Vega", "Luis Alberto de la Torre",
    "Rajesh Kumar Verma", "Anjali Deshmukh", "Oleksandr Hrytsenko", "Iryna Kovalchuk",
    "Nguyen Van Thanh", "Pham Thi Lan", "Sutrisno", "Wahyuningsih", "Siaosi Fifita",
    "Sione Vailahi", "Amina Wanjiru Mwangi", "Juma Omari Mwinyi", "Krzysztof Wróblewski",
    "Mehmet Yıldırım", "Jean-Pierre Moreau", "Sigrid Haugland", "João Pedro Carvalho",
    "Yerlan Abdykarimov", "Bakhodir Sultanov", "Nurlan Tokonov", "Farrukh Rahimzoda",
    "Somchai Wongsuwan", "Kwame Asante-Boateng", "Chukwuemeka Okafor", "Tadesse Bekele",
    "Fatima Zahra El Idrissi", "Saeed bin Rashid", "Dimitrios Karalis", "Ana Paula Ferreira",
    "Tevita Lolohea", "Ratu Josefa Vunivalu", "Haruto Kinoshita", "Aroha Te Whare",
]
TITLES = [
    "Foreign Minister", "Minister of Foreign Affairs", "Minister of Trade and Industry",
    "Defence Minister", "Minister of Energy", "Deputy Prime Minister",
    "Minister for Agriculture", "Interior Minister",
]
SANCTIONERS = [
    ("EU", "Council of the European Union", "The EU today imposed restrictive measures on"),
    ("GB", "GOV.UK", "The UK government has today sanctioned"),
    ("US", "U.S. Department of the Treasury", "The Department of the Treasury today designated"),
    ("CA", "Global Affairs Canada", "Canada today imposed sanctions on"),
    ("AU", "Australian Government Department of Foreign Affairs and Trade",
     "The Australian Government has imposed targeted financial sanctions on"),
    ("JP", "Ministry of Foreign Affairs of Japan", "Japan will freeze the assets of"),
]
TENSES = [
    ("met", "held talks with", "on Monday"),
    ("will meet", "will hold talks with", "on Friday"),
    ("is expected to meet", "is due to hold talks with", "next week"),
]


def ministry(code: str) -> str:
    return f"Ministry of Foreign Affairs of {BY_CODE[code][1].removeprefix('the ')}"


def _pick(rng, seq, n):
    return rng.sample(seq, n)


def _host_side(rng):
    """The host's ministry tells of a visitor (home = host)."""
    (h, hn, hd, hc), (v, vn, vd, vc) = _pick(rng, COUNTRIES, 2)
    a, b = _pick(rng, NAMES, 2)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    past, talks, when = rng.choice(TENSES)
    forms = [
        f"{t1} {a} welcomed his {vd} counterpart {b} to {hc} {when}. The two ministers "
        f"discussed trade and investment.",
        f"{t1} {a} {past} {t2} {b}, who is on a visit to {hc}, {when}. They reviewed the "
        f"relations between {hn} and {vn}.",
        f"{t1} {a} received the visiting {t2} of {vn}, {b}, at the ministry in {hc} {when}.",
        f"The visiting minister {b} {past} {t1} {a} in {hc} {when}. {b} arrived from {vc} "
        f"on Sunday for a three-day visit to {hn}.",
        f"{vn}'s {t2} {b} arrived in {hc} {when}. Host {t1} {a} received {b} at the ministry, "
        f"and the two sides signed a memorandum on energy.",
        f"At the invitation of {t1} {a}, {t2} {b} of {vn} paid an official visit to {hn} "
        f"{when}.",
    ]
    return ministry(h), rng.choice(forms), {a: h, b: v}


def _visitor_side(rng):
    """The visitor's ministry tells of the trip (home = visitor)."""
    (v, vn, vd, vc), (h, hn, hd, hc) = _pick(rng, COUNTRIES, 2)
    a, b = _pick(rng, NAMES, 2)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    past, talks, when = rng.choice(TENSES)
    forms = [
        f"{t1} {a}, who is on a visit to {hc}, {past} {t2} {b} {when}.",
        f"{t1} {a} {talks} his {hd} counterpart {b} in {hc} {when}.",
        f"During the visit to {hn}, {t1} {a} {past} the host, {t2} {b}, {when}.",
        f"In {hc}, {t1} {a} {past} Prime Minister {b} {when}. The sides discussed a road project.",
        f"{t1} {a} arrived in {hc} {when} for a working visit. {hn}'s {t2} {b} welcomed him "
        f"at the airport.",
        f"{t1} {a} {past} {t2} {b} in {hc} {when}, during his official visit to {hn}.",
    ]
    return ministry(v), rng.choice(forms), {a: v, b: h}


def _third_side(rng):
    """A third country's outlet (a US department) tells of two others meeting."""
    (x, xn, xd, xc), (y, yn, yd, yc) = _pick(rng, COUNTRIES, 2)
    a, b = _pick(rng, NAMES, 2)
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    past, talks, when = rng.choice(TENSES)
    forms = [
        f"{xd} {t1} {a} {past} {yd} {t2} {b} in {yc} {when}.",
        f"{t1} {a} of {xn} {past} his {yd} counterpart, {b}, {when}.",
        f"{xn}'s {t1} {a} {past} {t2} {b} of {yn} in {xc} {when}.",
    ]
    return "U.S. Department of State", rng.choice(forms), {a: x, b: y}


def _sanction(rng):
    """Persons in a listing: the sanctioning body's country is never theirs; a person the
    text gives no country has none."""
    s, pub, lead = rng.choice(SANCTIONERS)
    choices = [c for c in COUNTRIES if c[0] != s]
    (t, tn, td, tc), (o, on, od, oc) = _pick(rng, choices, 2)
    a, b = _pick(rng, NAMES[:20], 2)  # (names of two or three words)
    a = rng.choice([n for n in NAMES if len(n.split()) == 2 and n != b])
    year = rng.randint(1955, 1985)
    title = rng.choice(["Deputy Minister of Internal Affairs", "Prosecutor General",
                        "Chairman of the State Security Committee", "Deputy Head of the "
                        "Investigative Committee", "Commander of the Internal Troops"])
    forms = [
        (f"{lead} {a}, a {td} national, for his role in the repression in {tn}.", {a: t}),
        (f"{lead} {a} (born {year}, {tc}) for supporting the government of {tn}.", {a: t}),
        (f"{lead} {a}, head of the {td} State Security Agency, for serious human rights "
         f"abuses.", {a: t}),
        (f"{lead} {a}, a {td} national who is based in {on}, for helping {tn} evade "
         f"sanctions.", {a: t}),
        (f"{lead} {a}, who is based in {on}, for facilitating payments to the military.",
         {a: o}),
        (f"{lead} {title} {a} in response to the situation in {tn}.", {a: t}),
        (f"{lead} {a}, {title}, over the crackdown on protesters in {tn}.", {a: t}),
        (f"{lead} {a}, {title}, for his role in the crackdown on peaceful protesters.",
         {a: None}),
        (f"{lead} {a}, a judge who sentenced opposition activists to long prison terms.",
         {a: None}),
        (f"{lead} nine individuals responsible for human rights violations in {tn}. Among "
         f"those listed is {a}, head of the {td} Border Service.", {a: t}),
        (f"{lead} {a} (date of birth {rng.randint(1, 28)} March {year}; nationality: {td}) "
         f"for procuring weapons.", {a: t}),
    ]
    text, expect = rng.choice(forms)
    return pub, text, expect


def _institution(rng):
    """An official named only with an institution of a country (home = another country)."""
    (h, hn, hd, hc), (x, xn, xd, xc) = _pick(rng, COUNTRIES, 2)
    a = rng.choice(NAMES)
    b = rng.choice([n for n in NAMES if n != a])
    past, talks, when = rng.choice(TENSES)
    forms = [
        f"The Ministry of Foreign Affairs of {xn}'s Permanent Secretary {a} {past} "
        f"Ambassador {b} {when}.",
        f"Permanent Secretary of the {xd} Ministry of Foreign Affairs {a} {past} "
        f"Ambassador {b} {when}.",
        f"{a}, Governor of the Central Bank of {xn}, {past} Minister of Finance {b} {when}.",
        f"{a}, Speaker of the {xd} Parliament, {past} Foreign Minister {b} in {hc} {when}.",
        f"The Chief of Defence Staff of the {xd} Armed Forces, General {a}, {past} "
        f"Defence Minister {b} {when}.",
    ]
    return ministry(h), rng.choice(forms), {a: x, b: h}


def _multi(rng):
    """Officials of three or more countries in one text."""
    home = rng.choice(COUNTRIES)
    others = _pick(rng, [c for c in COUNTRIES if c != home], 3)
    a, b, c, d = _pick(rng, NAMES, 4)
    (x, xn, xd, xc), (y, yn, yd, yc), (z, zn, zd, zc) = others
    t = rng.choice(TITLES)
    forms = [
        (f"{t} {a} began a tour of the region {rng.choice(['on Monday', 'this week'])}. In "
         f"{xc} he met Prime Minister {b}; in {yc} he held talks with Prime Minister {c}; in {zc} "
         f"he was received by Foreign Minister {d}.", {a: home[0], b: x, c: y, d: z}),
        (f"The meeting in {xc} was attended by {t} {a}, Foreign Minister {b} of {xn}, "
         f"Foreign Minister {c} of {yn} and Foreign Minister {d} of {zn}.",
         {a: home[0], b: x, c: y, d: z}),
        (f"{t} {a} met the foreign ministers of {xn}, {yn} and {zn} on the margins of the "
         f"summit. He thanked his {xd} counterpart {b}, his {yd} counterpart {c} and his "
         f"{zd} counterpart {d}.", {a: home[0], b: x, c: y, d: z}),
        (f"{t} {a} travelled to {xc}, where he met Prime Minister {b}, and then to {yc}, where "
         f"he met Prime Minister {c}.", {a: home[0], b: x, c: y}),
    ]
    text, expect = rng.choice(forms)
    return ministry(home[0]), text, expect


def _publisher(rng):
    """The publisher's own official meets a foreign one named with a title only; the text
    names the foreign country elsewhere (or, with two holders of one office, not at all)."""
    (h, hn, hd, hc), (x, xn, xd, xc) = _pick(rng, COUNTRIES, 2)
    a, b = _pick(rng, NAMES, 2)
    t1 = rng.choice(TITLES)
    t2 = rng.choice([t for t in TITLES if t != t1])
    t3 = rng.choice([t for t in TITLES if "Deputy" not in t])  # (one holder a government)
    forms = [
        (f"{t1} {a} will travel to {xn} on Tuesday. In {xc}, he will meet {t2} {b} to "
         f"discuss trade.", {a: h, b: x}),
        (f"{t1} {a} spoke by telephone with {t2} {b} today. They discussed {xn}'s "
         f"reform agenda and the next session of the joint commission.", {a: h, b: x}),
        (f"{t1} {a} welcomed {t2} {b} to {hc} today for talks on relations between {hn} "
         f"and {xn}.", {a: h, b: x}),
        (f"{t1} {a} met {t2} {b} on the margins of the summit. {a} thanked {b} for {xn}'s "
         f"support.", {a: h, b: x}),
        (f"{t3} {a} met {t3} {b} on Monday to discuss regional security.", {a: h, b: None}),
        (f"{t1} {a} met {t2} {b} in {xc} on Monday. The ministers agreed to expand flights "
         f"between the two countries.", {a: h, b: x}),
    ]
    text, expect = rng.choice(forms)
    return ministry(h), text, expect


def _later(rng):
    """Phrasings written after the rules above (a check that they generalise): each of the
    kinds above, said another way."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b, c = _pick(rng, NAMES, 3)
    t1 = rng.choice(TITLES)
    t2 = rng.choice([t for t in TITLES if t != t1])
    s, pub, lead = rng.choice(SANCTIONERS)
    forms = [
        (ministry(v), f"{t1} {a} paid a courtesy call on {t2} {b} during his visit to {hn}.",
         {a: v, b: h}),
        (ministry(v), f"{t1} {a} concluded a two-day visit to {hn} on Tuesday. In {hc} he "
         f"held talks with {t2} {b} and signed two agreements.", {a: v, b: h}),
        (ministry(v), f"On the sidelines of his visit to {hc}, {t1} {a} also met {t2} {b}.",
         {a: v, b: h}),
        (ministry(h), f"The {vd} delegation, led by {t2} {b}, was received by {t1} {a} in "
         f"{hc}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} will visit {vn} and {wn} next week. In {vc} he will meet "
         f"Prime Minister {b}; in {wc} he will hold talks with Foreign Minister {c}.",
         {a: h, b: v, c: w}),
        (pub, f"Among those designated today is {a}, a senior official of the {vd} Ministry "
         f"of Defence.", {a: v} if s != v else {}),
        (pub, f"{lead} {a}, the director of a {vd} state-owned arms exporter.",
         {a: v} if s != v else {}),
        (ministry(h), f"{a}, Chief Justice of {vn}, called on {t1} {b} in {hc} on Monday.",
         {a: v, b: h}),
        (ministry(h), f"{t1} {a} received {vn}'s Minister of Health, {b}, and the Director "
         f"General of the {wd} Red Crescent, {c}.", {a: h, b: v, c: w}),
        (ministry(h), f"{t1} {a} met {t1} {b} and {t1} {c} on the margins of the meeting.",
         {a: h, b: None, c: None} if "Deputy" not in t1 else {a: h}),
    ]
    return rng.choice(forms)


def _later2(rng):
    """A second batch written after the rules: news agencies' texts, readouts, multilateral
    meetings."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b, c = _pick(rng, NAMES, 3)
    t1 = rng.choice(TITLES)
    t2 = rng.choice([t for t in TITLES if t != t1])
    agency = rng.choice([("Kyodo News", "JP"), ("Anadolu Agency", "TR"), ("Bernama", "MY"),
                         ("Xinhua", "CN"), ("Yonhap", "KR")])
    forms = [
        (agency[0], f"{hd} {t1} {a} met his counterpart {b} in {vc} on Monday, the {hd} "
         f"ministry said.", {a: h, b: v}),
        (agency[0], f"{t1} {a} of {hn} and {t2} {b} of {vn} signed a memorandum on energy "
         f"cooperation in {wc}.", {a: h, b: v}),
        (agency[0], f"{vn} and {wn} held talks in {hc} on Tuesday. {vd} {t1} {a} and {wd} "
         f"{t2} {b} agreed to meet again next month.", {a: v, b: w}),
        (ministry(h), f"Readout: {t1} {a} held a telephone call with {t2} {b} of {vn}. The "
         f"two ministers also discussed the situation in {wn}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} attended the ministerial meeting in {vc}, where he held "
         f"bilateral talks with {t2} {b}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} will host {t2} {b} of {vn} and {t2} {c} of {wn} for "
         f"trilateral talks in {hc}.", {a: h, b: v, c: w}),
        (ministry(h), f"On arrival at {vc} airport, {t1} {a} was greeted by {t2} {b}.",
         {a: h, b: v}),
        (ministry(h), f"{t1} {a} thanked {t2} {b} for the warm hospitality extended to the "
         f"delegation during the visit to {vn}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} met {b}, Executive Secretary of the United Nations "
         f"Economic Commission for Africa, on Monday.", {a: h, b: "UN"}),
        (ministry(h), f"Ambassador {a} presented a copy of his credentials to {t2} {b} in "
         f"{vc} on Monday.", {a: h, b: v}),
    ]
    return rng.choice(forms)


def _guard(rng):
    """Negatives for the host-visitor logic: a multilateral venue is no one's country; people
    who are no officials stay out; the visit's country is not the home official's."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b = _pick(rng, NAMES, 2)
    t1 = rng.choice(TITLES)
    t3 = rng.choice([t for t in TITLES if "Deputy" not in t])
    body = rng.choice(_BODIES)
    forms = [
        (f"{t3} {a} met {t3} {b} on the sidelines of the summit in {wc}.",
         {a: h, b: None}, []),
        (f"{t1} {a} will travel to {vc} next week to attend a conference chaired by {body} "
         f"{b}.", {a: h, b: None}, []),
        (f"The journalist {b} asked {t1} {a} about the visit to {vn}.", {a: h}, [b]),
        (f"{t1} {a} thanked the people of {vn} for their hospitality during his visit.",
         {a: h}, []),
        (f"{t1} {a} returned to {hc} on Friday after a visit to {vn}.", {a: h}, []),
        (f"{t1} {a} quoted the writer {b} in a speech in {vc}.", {a: h}, [b]),
    ]
    text, expect, absent = rng.choice(forms)
    return ministry(h), text, expect, absent


def _article(rng):
    """Short articles of several sentences (written after the rules): several people, the
    cues spread over the text as a readout spreads them."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b, c, d = _pick(rng, NAMES, 4)
    t1 = rng.choice(TITLES)
    t2 = rng.choice([t for t in TITLES if t != t1])
    s, pub, lead = rng.choice(SANCTIONERS)
    forms = [
        (ministry(h),
         f"{t1} {a} held talks with {t2} {b} in {hc} on Monday. The visit is the first by a "
         f"{vd} minister in five years. {a} and {b} signed an agreement on visas. Later in "
         f"the day, {b} met Speaker of Parliament {c}.", {a: h, b: v, c: h}),
        (ministry(v),
         f"{t1} {a} arrived in {hc} on Sunday for a three-day official visit. On Monday he "
         f"met Prime Minister {b}, and on Tuesday he held talks with {t2} {c}. {a} also "
         f"addressed the {hd} Chamber of Commerce.", {a: v, b: h, c: h}),
        (pub,
         f"{lead} three officials over the crackdown in {vn}. The officials are {a}, the "
         f"Deputy Minister of Internal Affairs, {b}, a senior judge, and {c}, the head of "
         f"the prison service.", {a: v, b: v, c: v} if s != v else {}),
        (ministry(h),
         f"The {hd} side was led by {t1} {a}. The {vd} side was led by {t2} {b}. The two "
         f"delegations agreed to meet again in {vc} next year.", {a: h, b: v}),
        (ministry(h),
         f"Foreign ministers of {hn}, {vn} and {wn} met in {wc} on Friday. {t1} {a} said the "
         f"meeting was productive. Foreign Minister {b} of {vn} proposed a joint task force, "
         f"and the host, Foreign Minister {c}, welcomed the proposal.", {a: h, b: v, c: w}),
    ]
    return rng.choice(forms)


def _later3(rng):
    """A third batch written after the rules: institutions said other ways, "respectively",
    a host named as such, listings' descriptions."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b, c = _pick(rng, NAMES, 3)
    t1 = rng.choice(TITLES)
    s, pub, lead = rng.choice(SANCTIONERS)
    vn_ = vn.removeprefix("the ")
    forms = [
        (ministry(h), f"Permanent Secretary {a} of the Ministry of Foreign Affairs of {vn_} "
         f"met {t1} {b} on Monday.", {a: v, b: h}),
        (ministry(h), f"{a}, spokesperson for the Ministry of Foreign Affairs of {vn_}, said "
         f"the talks with {t1} {b} were constructive.", {a: v, b: h}),
        (ministry(h), f"Director-General {a} of the {vd} Ministry of Trade held "
         f"consultations with {t1} {b}.", {a: v, b: h}),
        (ministry(h), f"The foreign ministers of {vn} and {wn}, {a} and {b} respectively, "
         f"will visit {hc} next month.", {a: v, b: w}),
        (ministry(h), f"Host {t1} {a} received {vd} Minister of Finance {b} and {wd} "
         f"Minister of Finance {c} at the opening session.", {a: h, b: v, c: w}),
        (pub, f"{lead} {a}, a {vc}-based businessman who supplies the military.",
         {a: v} if s != v else {}),
        (pub, f"{lead} {a}, a {vd} judge who sentenced protesters.", {a: v} if s != v else {}),
        (ministry(h), f"{t1} {a} met the Ambassador of {vn}, {b}, on Tuesday.",
         {a: h, b: v}),
        (ministry(h), f"{t1} {a} received a phone call from {vn}'s {t1}, {b}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} and his {vd} counterpart agreed to meet again. {b}, who "
         f"chairs the {vd} Senate foreign affairs committee, also attended.", {a: h, b: v}),
    ]
    return rng.choice(forms)


def _final(rng):
    """The last batch, written after every rule and left unfixed: the grid's honest figure
    for phrasings no rule was written against."""
    (h, hn, hd, hc), (v, vn, vd, vc), (w, wn, wd, wc) = _pick(rng, COUNTRIES, 3)
    a, b, c = _pick(rng, NAMES, 3)
    t1 = rng.choice(TITLES)
    t2 = rng.choice([t for t in TITLES if t != t1])
    s, pub, lead = rng.choice(SANCTIONERS)
    forms = [
        (ministry(h), f"{t1} {a} bid farewell to {t2} {b} at the end of his visit to {hn}. "
         f"{b} left for {vc} on Thursday.", {a: h, b: v}),
        (ministry(v), f"Upon arrival in {hc}, {t1} {a} was welcomed by {t2} {b}.",
         {a: v, b: h}),
        (ministry(h), f"{t1} {a} briefed {t2} {b}, who is in {hc} for the joint commission, "
         f"on the reform programme. {b} conveyed the greetings of the President of {vn}.",
         {a: h, b: v}),
        (pub, f"{lead} {a}, the former head of the {vd} Central Election Commission, for "
         f"undermining democracy.", {a: v} if s != v else {}),
        (pub, f"{lead} {a}, an official of the Ministry of Defence of {vn}, and {b}, his "
         f"deputy.", {a: v} if s != v else {}),
        (ministry(h), f"{t1} {a} co-chaired the meeting with {t2} {b} of {vn}. Also present "
         f"was {wd} Ambassador {c}.", {a: h, b: v, c: w}),
        (ministry(h), f"{b}, Secretary General of the {vd} Ministry of Foreign Affairs, "
         f"visited {hc} on Monday and met {t1} {a}.", {a: h, b: v}),
        (ministry(h), f"{t1} {a} spoke with {b}, the President of the International "
         f"Committee of the Red Cross.", {a: h, b: None}),
    ]
    return rng.choice(forms)


_BODIES = [
    "NATO Secretary General", "OSCE Secretary General", "African Union Commission Chairperson",
    "Secretary-General of the Commonwealth", "ASEAN Secretary-General",
    "Secretary General of the Organisation of Islamic Cooperation",
]


def _no_country(rng):
    """Negatives: no state's official, or no official at all."""
    (h, hn, hd, hc) = rng.choice(COUNTRIES)
    a, b = _pick(rng, NAMES, 2)
    t = rng.choice(TITLES)
    past, talks, when = rng.choice(TENSES)
    body = rng.choice(_BODIES)
    forms = [
        (f"{t} {a} {past} {body} {b} in {hc} {when}.", {a: h, b: None}, []),
        (f"{body} {b} {past} {t} {a} {when}, the ministry said.", {a: h, b: None}, []),
        (f"{t} {a} {past} {b}, the {body}, {when}.", {a: h, b: None}, []),
        (f"{t} {a} thanked the journalist {b} for her question.", {a: h}, [b]),
        (f"{t} {a} quoted the poet {b} in his speech.", {a: h}, [b]),
    ]
    text, expect, absent = rng.choice(forms)
    return ministry(h), text, expect, absent


SHAPES = {
    "host_side": (_host_side, 70),
    "visitor_side": (_visitor_side, 70),
    "third_side": (_third_side, 30),
    "sanction": (_sanction, 70),
    "institution": (_institution, 40),
    "multi": (_multi, 40),
    "publisher": (_publisher, 50),
    "no_country": (_no_country, 80),
    "later": (_later, 60),
    "later2": (_later2, 60),
    "guard": (_guard, 60),
    "article": (_article, 50),
    "later3": (_later3, 60),
    "final": (_final, 50),
}


def cases() -> list[dict]:
    """The grid: deterministic (a seed per shape and index), ids `shape-NNN`."""
    out = []
    for shape, (make, n) in SHAPES.items():
        for i in range(n):
            rng = random.Random(f"r29-country:{shape}:{i}")
            got = make(rng)
            pub, text, expect = got[:3]
            absent = got[3] if len(got) > 3 else []
            out.append(
                {"id": f"{shape}-{i:03d}", "shape": shape, "publisher": pub, "text": text,
                 "expect": expect, "absent": absent}
            )
    return out


def check(case: dict) -> list[str]:
    """The problems of one case (empty: fully right)."""
    from relations_db.extract import extract

    doc = extract(case["text"], published="2024-05-14", publisher=case["publisher"])
    offs = doc.get("officials") or []
    problems = []
    for name, country in case["expect"].items():
        found = [o for o in offs if o["name"] == name or name in (o.get("aliases") or [])]
        if not found:
            problems.append(f"{name}: missing")
        elif found[0].get("country") != country:
            problems.append(f"{name}: {found[0].get('country')} != {country}")
    for name in case["absent"]:
        if any(o["name"] == name for o in offs):
            problems.append(f"{name}: should be no official")
    return problems


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(),
        check,
        shapes=lambda c: [c["shape"]],
        describe=lambda c: f"{c['id']} | {c['publisher']} | {c['text']}",
    )


if __name__ == "__main__":
    main()

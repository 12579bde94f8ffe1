"""Probe grid (round 29): meetings whose sides are not two full names in one clause.

Invented sentences and short articles (invented names, many countries and name shapes) in
which a meeting's sides are counterparts, pronouns, "the two ministers", delegations, a
visiting guest, a list of hosted guests, leaders met on the sidelines, an office named by
its title only, or the publisher's own principal named once in the headline. Each case
states the meetings a reader records in the annotation.md sense: the named participants
with their countries, the described (unnamed) sides' countries, the status and the date
when the case gives one. About a quarter are negative: opinions, letters, urgings,
topics, meetings with the press or at home, which give no meeting.

    python bench/probes/sides.py          # hit rate, per shape
    python bench/probes/sides.py -v       # and the cases that miss
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PUBLISHED = "2024-05-10"  # a Friday: Monday 6 May ... Thursday 9 May, next Tuesday 14 May

# code, demonym, short name, capital, name style, "the X" article needed
COUNTRIES = [
    ("ID", "Indonesian", "Indonesia", "Jakarta", "indo"),
    ("VN", "Vietnamese", "Vietnam", "Hanoi", "viet"),
    ("KR", "South Korean", "South Korea", "Seoul", "korean"),
    ("JP", "Japanese", "Japan", "Tokyo", "japanese"),
    ("SA", "Saudi", "Saudi Arabia", "Riyadh", "arabic"),
    ("EG", "Egyptian", "Egypt", "Cairo", "arabic"),
    ("JO", "Jordanian", "Jordan", "Amman", "arabic"),
    ("QA", "Qatari", "Qatar", "Doha", "arabic"),
    ("MX", "Mexican", "Mexico", "Mexico City", "spanish"),
    ("CL", "Chilean", "Chile", "Santiago", "spanish"),
    ("PE", "Peruvian", "Peru", "Lima", "spanish"),
    ("CO", "Colombian", "Colombia", "Bogotá", "spanish"),
    ("ES", "Spanish", "Spain", "Madrid", "spanish"),
    ("IN", "Indian", "India", "New Delhi", "hindi"),
    ("UA", "Ukrainian", "Ukraine", "Kyiv", "ukrainian"),
    ("PL", "Polish", "Poland", "Warsaw", "polish"),
    ("KE", "Kenyan", "Kenya", "Nairobi", "swahili"),
    ("TZ", "Tanzanian", "Tanzania", "Dodoma", "swahili"),
    ("TO", "Tongan", "Tonga", "Nuku'alofa", "tongan"),
    ("FJ", "Fijian", "Fiji", "Suva", "fijian"),
    ("WS", "Samoan", "Samoa", "Apia", "tongan"),
    ("AU", "Australian", "Australia", "Canberra", "english"),
    ("NZ", "New Zealand", "New Zealand", "Wellington", "english"),
    ("DE", "German", "Germany", "Berlin", "german"),
    ("FR", "French", "France", "Paris", "french"),
    ("TR", "Turkish", "Turkey", "Ankara", "turkish"),
    ("BR", "Brazilian", "Brazil", "Brasília", "portuguese"),
    ("NG", "Nigerian", "Nigeria", "Abuja", "nigerian"),
    ("KZ", "Kazakh", "Kazakhstan", "Astana", "kazakh"),
    ("TH", "Thai", "Thailand", "Bangkok", "thai"),
    ("PH", "Philippine", "the Philippines", "Manila", "filipino"),
    ("GH", "Ghanaian", "Ghana", "Accra", "nigerian"),
]

# (given, family) pools; "first" says whether the family name comes first
NAMES = {
    "indo": [("Suparno", ""), ("Retnowati", ""), ("Budi", "Santoso"), ("Dewi", "Kartika")],
    "viet": [("Nguyen Van", "Thanh"), ("Tran Thi", "Mai"), ("Le Minh", "Quang")],
    "korean": [("Ji-hoon", "Park"), ("Min-seo", "Kim"), ("Sang-woo", "Lee"), ("Hye-jin", "Choi")],
    "japanese": [("Hiroshi", "Tanabe"), ("Yoko", "Kamiyama"), ("Kenji", "Morioka")],
    "arabic": [
        ("Faisal bin Abdullah", "al-Rashidi"),
        ("Tariq", "al-Harbawi"),
        ("Ahmed", "Mansour"),
        ("Khalid bin Saleh", "Al Thamiri"),
        ("Rania", "Haddadin"),
    ],
    "spanish": [
        ("Rosa María", "de la Cruz"),
        ("Javier", "Ortega Ruiz"),
        ("Lucía", "Fernández Soto"),
        ("Andrés", "Villalobos"),
    ],
    "hindi": [("Rajesh", "Kumar Sharma"), ("Priya", "Venkataraman"), ("Anil", "Deshpande")],
    "ukrainian": [("Oleksandr", "Kovalenko"), ("Iryna", "Shevchuk"), ("Taras", "Bondarenko")],
    "polish": [("Anna", "Wiśniewska"), ("Tomasz", "Zieliński"), ("Marek", "Kowalczyk")],
    "swahili": [("Amina", "Wanjiru"), ("Joseph", "Mwakasege"), ("Baraka", "Odhiambo")],
    "tongan": [("Sitiveni", "Talakai"), ("Losana", "Fifita"), ("Fiame", "Tuilagi")],
    "fijian": [("Josefa", "Vunivalu"), ("Litia", "Nawaqa"), ("Inoke", "Rabuka")],
    "english": [("Sarah", "Whitfield"), ("Daniel", "Carrow"), ("Megan", "Ashby")],
    "german": [("Friedrich", "von Albrecht"), ("Katrin", "Hofstetter"), ("Jonas", "Weidmann")],
    "french": [("Jean-Luc", "Moreau"), ("Claire", "Dufresne"), ("Étienne", "Marchal")],
    "turkish": [("Mehmet", "Yıldırımlı"), ("Ayşe", "Kocabaş"), ("Emre", "Aksoylu")],
    "portuguese": [("João Carlos", "Pereira"), ("Ana Paula", "Ribeiro"), ("Marcos", "Teixeira")],
    "nigerian": [("Oluwaseun", "Adeyemi"), ("Chinedu", "Okafor"), ("Kwame", "Asante")],
    "kazakh": [("Nurlan", "Akhmetov"), ("Aigerim", "Seitkali"), ("Yerlan", "Bekov")],
    "thai": [("Somchai", "Wongsakul"), ("Kanya", "Srisuk"), ("Anuwat", "Chaiyaporn")],
    "filipino": [("Maria Teresa", "Santos"), ("Ramon", "Dizon"), ("Carmela", "Villanueva")],
}
FAMILY_FIRST = {"korean", "viet"}
FEMALE = {
    "Retnowati", "Dewi", "Tran Thi", "Min-seo", "Hye-jin", "Yoko", "Rania", "Rosa María",
    "Lucía", "Priya", "Iryna", "Anna", "Amina", "Losana", "Fiame", "Litia", "Sarah", "Megan",
    "Katrin", "Claire", "Ayşe", "Ana Paula", "Aigerim", "Kanya", "Maria Teresa", "Carmela",
}
# (title before the name, office word for "his X counterpart", is a leader)
TITLES = [
    ("Foreign Minister", "counterpart", False),
    ("Minister of Foreign Affairs", "counterpart", False),
    ("Defence Minister", "counterpart", False),
    ("Trade Minister", "counterpart", False),
    ("President", "counterpart", True),
    ("Prime Minister", "counterpart", True),
]


@dataclass
class P:
    name: str
    short: str
    cc: str
    dem: str
    country: str
    capital: str
    title: str
    he: str
    his: str

    def full(self, form: int = 0) -> str:
        """The first mention, title and country in one of several forms."""
        if form == 0:
            return f"{self.dem} {self.title} {self.name}"
        if form == 1:
            return f"{self.title} {self.name} of {self.country}"
        if form == 2:
            return f"{self.name}, {self.country}'s {self.title.lower()},"
        return f"the {self.dem} {self.title.lower()}, {self.name},"


@dataclass
class Case:
    shape: str
    text: str
    meetings: list = field(default_factory=list)  # [{named, desc, status, date}]
    optional: int = 0  # extra meetings (a summit attended) neither needed nor penalised
    negative: bool = False
    publisher: str | None = None
    title: str | None = None

    @property
    def cid(self) -> str:
        import hashlib

        return self.shape + "-" + hashlib.sha1(self.text.encode()).hexdigest()[:8]


def meeting(named, desc=(), status="held", date=None):
    return {
        "named": sorted((p.name, p.cc) for p in named),
        "desc": sorted(desc),
        "status": status,
        "date": date,
    }


class Gen:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def reset(self, block: str, i: int) -> None:
        """Each block of each round draws from its own seed: a case's text does not change
        when blocks are added or reordered (the tests name cases by a hash of their text)."""
        self.rng.seed(f"{self.seed}-{block}-{i}")
        self.used.clear()

    def person(self, exclude=(), title=None, cc=None) -> P:
        rng = self.rng
        while True:
            row = next(c for c in COUNTRIES if c[0] == cc) if cc else rng.choice(COUNTRIES)
            if row[0] in exclude:
                continue
            code, dem, country, capital, style = row
            given, family = rng.choice(NAMES[style])
            if not family:
                name, short = given, given
            elif style in FAMILY_FIRST:
                name, short = f"{family} {given}", family
            else:
                name, short = f"{given} {family}", family
            if name in self.used:
                continue
            self.used.add(name)
            t = title or rng.choice(TITLES)[0]
            fem = given in FEMALE
            return P(
                name, short, code, dem, country, capital, t,
                "she" if fem else "he", "her" if fem else "his",
            )

    def pair(self, same_title=True, titles=None):
        t = titles or self.rng.choice(["Foreign Minister", "Defence Minister", "Trade Minister"])
        a = self.person(title=t)
        b = self.person(exclude={a.cc}, title=t if same_title else None)
        return a, b


DAYS = [("Monday", "2024-05-06"), ("Tuesday", "2024-05-07"), ("Wednesday", "2024-05-08"),
        ("Thursday", "2024-05-09")]
DATES = [("on 6 May", "2024-05-06"), ("on May 7", "2024-05-07"), ("on 8 May", "2024-05-08"),
         ("on May 9", "2024-05-09"), ("on Monday", "2024-05-06"), ("on Wednesday", "2024-05-08")]
TOPICS = ["trade and investment", "maritime security", "energy cooperation",
          "the situation in the region", "climate finance", "labour mobility"]


def ministers_word(t: str) -> str:
    if t in ("President", "Prime Minister"):
        return "leaders"
    return "ministers"


def build(per_shape: int = 16, seed: int = 29) -> list[Case]:
    cases: list[Case] = []
    g = Gen(seed)
    rng = g.rng
    for i in range(per_shape):
        g.reset("s1", i)
        # 1. counterpart never named
        a = g.person(title=rng.choice(["Foreign Minister", "Defence Minister", "Trade Minister"]))
        y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["met", "met with", "held talks with", "spoke by phone with"])
        text = (f"{a.full(rng.choice([0, 1]))} {verb} {a.his} {y[1]} counterpart {dt}. "
                f"They discussed {rng.choice(TOPICS)}.")
        cases.append(Case("counterpart-unnamed", text, [meeting([a], [y[0]], date=iso)]))

        g.reset("s2", i)
        # 2. counterpart named in an earlier sentence
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        text = (f"{b.full(rng.choice([0, 1, 2]))} arrived in {a.capital} {dt} for a two-day visit. "
                f"{a.full(0)} met {a.his} {b.dem} counterpart at the ministry the same day "
                f"to discuss {rng.choice(TOPICS)}.")
        cases.append(Case("counterpart-named-before", text, [meeting([a, b], date=iso)],
                          optional=0))

        g.reset("s3", i)
        # 3. "the two ministers held talks" after a sentence naming both
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        w = ministers_word(a.title)
        opener = rng.choice([
            f"{a.full(0)} welcomed {b.full(0)} to {a.capital} {dt}.",
            f"{b.full(rng.choice([0, 1]))} was received by {a.full(0)} in {a.capital} {dt}.",
            f"{a.full(0)} and {b.full(0)} opened the annual consultations in {a.capital} {dt}.",
        ])
        text = f"{opener} The two {w} held talks on {rng.choice(TOPICS)}."
        cases.append(Case("two-ministers", text, [meeting([a, b], date=iso)]))

        g.reset("s4", i)
        # 4. "They discussed ..." after a call or meeting: one meeting
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        kind = rng.choice(["spoke by phone with", "held a video call with", "met"])
        text = (f"{a.full(rng.choice([0, 1]))} {kind} {b.full(0)} {dt}. They discussed "
                f"{rng.choice(TOPICS)} and agreed to deepen cooperation. {a.he.capitalize()} "
                f"thanked {b.short} for {b.his} support.")
        cases.append(Case("they-discussed", text, [meeting([a, b], date=iso)]))

        g.reset("s5", i)
        # 5. "He also met with B" after a visit sentence (pronoun subject, named object)
        a = g.person(title=rng.choice(["Foreign Minister", "Prime Minister", "President"]))
        b = g.person(exclude={a.cc}, title="President")
        c = g.person(cc=b.cc, title=rng.choice(["Foreign Minister", "Defence Minister"]))
        dt, iso = rng.choice(DATES[:4])
        text = (f"{a.full(rng.choice([0, 1]))} arrived in {b.capital} {dt} for an official visit "
                f"and held talks with {b.full(0)}. {a.he.capitalize()} also met with "
                f"{c.title} {c.name}.")
        cases.append(Case("also-met", text, [meeting([a, b], date=iso), meeting([a, c])]))

        g.reset("s6", i)
        # 6. a delegation led by B
        a, b = g.pair(titles=rng.choice(["Foreign Minister", "Trade Minister"]))
        b.title = "Deputy " + b.title
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["received", "met", "held talks with"])
        text = (f"{a.full(0)} {verb} a {b.dem} delegation led by {b.title} {b.name} "
                f"in {a.capital} {dt}.")
        cases.append(Case("delegation-led-by", text, [meeting([a, b], date=iso)]))

        g.reset("s7", i)
        # 7. "A held talks with the visiting B"
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["held talks with", "met", "received"])
        text = (f"{a.full(0)} {verb} the visiting {b.dem} {b.title} {b.name} in "
                f"{a.capital} {dt}.")
        cases.append(Case("visiting", text, [meeting([a, b], date=iso)]))

        g.reset("s8", i)
        # 8. the leaders met on the sidelines (named in the sentence before)
        a = g.person(title=rng.choice(["President", "Prime Minister"]))
        b = g.person(exclude={a.cc}, title=rng.choice(["President", "Prime Minister"]))
        dt, iso = rng.choice(DATES)
        summit = rng.choice(["the G20 summit", "the ASEAN Summit", "the UN General Assembly",
                             "the Pacific Islands Forum"])
        text = (f"{a.full(rng.choice([0, 1]))} and {b.full(rng.choice([0, 1]))} attended "
                f"{summit} {dt}. The two leaders met on the sidelines to discuss "
                f"{rng.choice(TOPICS)}.")
        cases.append(Case("sidelines-leaders", text, [meeting([a, b], date=iso)], optional=1))

        g.reset("s9", i)
        # 9. a call with an office named by its title only
        a = g.person(title=rng.choice(["Prime Minister", "President"]))
        y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
        office = rng.choice(["Prime Minister", "President", "Foreign Minister"])
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["spoke by phone with", "held a telephone conversation with",
                           "received a call from"])
        text = f"{a.full(0)} {verb} the {office} of {y[2]} {dt}."
        cases.append(Case("office-only", text, [meeting([a], [y[0]], date=iso)]))

        g.reset("s10", i)
        # 10. co-chaired a dialogue / commission
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        body = rng.choice(["Joint Commission", "Strategic Dialogue", "Joint Committee"])
        if rng.random() < 0.5:
            text = (f"{a.full(0)} and {b.full(0)} co-chaired the third {a.country}-{b.country} "
                    f"{body} in {a.capital} {dt}.")
        else:
            text = (f"{a.full(0)} co-chaired the {body} with {b.full(0)} in {a.capital} {dt}.")
        cases.append(Case("co-chaired", text, [meeting([a, b], date=iso)]))

        g.reset("s11", i)
        # 11. one host, several guests: one meeting each
        a = g.person(title="Foreign Minister")
        gs = [g.person(exclude={a.cc}, title="Foreign Minister")]
        gs.append(g.person(exclude={a.cc, gs[0].cc}, title="Foreign Minister"))
        gs.append(g.person(exclude={a.cc, gs[0].cc, gs[1].cc}, title="Foreign Minister"))
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["hosted", "held separate meetings with", "received"])
        text = (f"{a.full(0)} {verb} {gs[0].full(0)}, {gs[1].full(0)} and {gs[2].full(0)} "
                f"in {a.capital} {dt}.")
        if verb == "hosted":  # a host's guests met together (gold p05: "will host A and B")
            cases.append(Case("hosted-list", text, [meeting([a, *gs], date=iso)]))
        else:
            cases.append(Case("hosted-list", text, [meeting([a, x], date=iso) for x in gs]))

        g.reset("s12", i)
        # 12. bilaterals after a summit, counterparts by country
        a = g.person(title=rng.choice(["Prime Minister", "President"]))
        ys = rng.sample([c for c in COUNTRIES if c[0] != a.cc], 3)
        dt, iso = rng.choice(DATES)
        who = rng.choice(["the leaders of", "the prime ministers of", "his counterparts from"])
        who = who.replace("his", a.his)
        text = (f"{a.full(0)} attended the Pacific Islands Forum in {ys[0][3]} {dt}. On the "
                f"sidelines, {a.he} met {who} {ys[0][2]}, {ys[1][2]} and {ys[2][2]}.")
        cases.append(Case("sidelines-list", text,
                          [meeting([a], [y[0]], date=iso) for y in ys], optional=1))

        g.reset("s13", i)
        # 13. readout of the publisher's principal, named once in the headline
        a = g.person(title="Foreign Minister")
        b = g.person(exclude={a.cc}, title=rng.choice(["Foreign Minister", "President"]))
        dt, iso = rng.choice(DATES)
        title = f"Foreign Minister {a.name}'s visit to {b.country.removeprefix('the ')}"
        body = (f"Foreign Minister {a.name} visited {b.capital} {dt}. The Minister held talks "
                f"with {b.full(0)} on {rng.choice(TOPICS)}. ")
        c = g.person(cc=b.cc, title=rng.choice(["Prime Minister", "Speaker of Parliament"]))
        body += f"The Minister also called on {c.title} {c.name}."
        cases.append(Case("readout-principal", body,
                          [meeting([a, b], date=iso), meeting([a, c], date=iso)],
                          publisher=f"Ministry of Foreign Affairs of {a.country}", title=title))

        g.reset("s14", i)
        # 14. delegations of two countries, no person named
        x, y = rng.sample(COUNTRIES, 2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"Delegations of {x[2]} and {y[2]} held the fourth round of consultations in "
            f"{x[3]} {dt}.",
            f"{x[1]} and {y[1]} officials held talks on {rng.choice(TOPICS)} in {y[3]} {dt}.",
        ])
        cases.append(Case("delegations", text, [meeting([], [x[0], y[0]], date=iso)]))

        g.reset("s15", i)
        # 15. planned / tentative with a counterpart or title only
        a = g.person(title=rng.choice(["Foreign Minister", "Defence Minister"]))
        y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
        if rng.random() < 0.5:
            text = (f"{a.full(0)} will meet {a.his} {y[1]} counterpart in {y[3]} next "
                    f"Tuesday, the ministry said.")
            cases.append(Case("planned-counterpart", text,
                              [meeting([a], [y[0]], status="planned", date="2024-05-14")]))
        else:
            text = (f"{a.full(0)} may meet {a.his} {y[1]} counterpart on the margins of the "
                    f"conference, officials said.")
            cases.append(Case("planned-counterpart", text,
                              [meeting([a], [y[0]], status="tentative")]))

        g.reset("s16", i)
        # 16. "A met B" then "the two sides" / "both sides" / "the talks"
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        text = (f"{a.full(rng.choice([0, 3]))} held talks with {b.full(rng.choice([0, 1]))} "
                f"{dt}. The two sides agreed to expand {rng.choice(TOPICS)}. During the "
                f"talks, {a.short} also raised {rng.choice(TOPICS)}.")
        text = text[0].upper() + text[1:]
        cases.append(Case("two-sides", text, [meeting([a, b], date=iso)]))

        g.reset("s17", i)
        # 17. pronoun subject continuing a named traveler, counterpart named
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        text = (f"{a.full(rng.choice([0, 1]))} travelled to {b.capital} {dt}. There "
                f"{a.he} held talks with {b.full(0)} on {rng.choice(TOPICS)}.")
        cases.append(Case("pronoun-traveler", text, [meeting([a, b], date=iso)]))

        # 18. a counterpart named in apposition, or as a coordinated subject
        g.reset("n0", i)
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        if rng.random() < 0.5:
            text = (f"{a.full(0)} met {a.his} {b.dem} counterpart, {b.name}, in {b.capital} "
                    f"{dt}.")
            cases.append(Case("counterpart-apposed", text, [meeting([a, b], date=iso)]))
        else:
            y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
            text = (f"{a.full(0)} and {a.his} {y[1]} counterpart held talks in {a.capital} "
                    f"{dt}.")
            cases.append(Case("counterpart-apposed", text, [meeting([a], [y[0]], date=iso)]))

        # 19. a delegation as the subject, led by a named official
        g.reset("n1", i)
        a, b = g.pair(titles=rng.choice(["Foreign Minister", "Defence Minister"]))
        b.title = "Deputy " + b.title
        dt, iso = rng.choice(DATES)
        verb = rng.choice(["called on", "met", "held talks with"])
        text = (f"A {b.dem} delegation led by {b.title} {b.name} {verb} {a.full(0)} in "
                f"{a.capital} {dt}.")
        cases.append(Case("delegation-subject", text, [meeting([a, b], date=iso)]))

        # 20. separately / together with two named counterparts
        g.reset("n2", i)
        a = g.person(title=rng.choice(["Foreign Minister", "Prime Minister"]))
        b = g.person(exclude={a.cc}, title="Foreign Minister")
        c = g.person(exclude={a.cc, b.cc}, title="Foreign Minister")
        dt, iso = rng.choice(DATES)
        if rng.random() < 0.5:
            text = f"{a.full(0)} met separately with {b.full(0)} and {c.full(0)} {dt}."
            cases.append(Case("separately-together", text,
                              [meeting([a, b], date=iso), meeting([a, c], date=iso)]))
        else:
            text = (f"{a.full(0)}, {b.full(0)} and {c.full(0)} met together in "
                    f"{a.capital} {dt}.")
            cases.append(Case("separately-together", text, [meeting([a, b, c], date=iso)]))

        # 21. a headline-only principal of the publisher
        g.reset("n3", i)
        a = g.person(title="Prime Minister")
        b = g.person(exclude={a.cc}, title=rng.choice(["President", "Prime Minister"]))
        dt, iso = rng.choice(DATES)
        title = f"Prime Minister {a.name} speaks with {b.title} {b.name}"
        body = (f"{dt[0].upper() + dt[1:]}, the Prime Minister spoke by phone with {b.full(0)}. "
                f"The leaders discussed {rng.choice(TOPICS)}.")
        cases.append(Case("headline-principal", body, [meeting([a, b], date=iso)],
                          publisher=f"Office of the Prime Minister of {a.country}",
                          title=title))

        # 22. a nominal meeting with its owner ("During A's meeting with B ...")
        g.reset("n4", i)
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES)
        text = (f"During {a.full(0)}'s meeting with {b.full(0)} {dt}, the two sides agreed "
                f"to expand {rng.choice(TOPICS)}.")
        cases.append(Case("nominal-owner", text, [meeting([a, b], date=iso)]))

        # 23. pronoun subject after a time adverbial or in the passive
        g.reset("n5", i)
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES[:4])
        second = rng.choice([
            f"Later that day, {a.he} met with {b.full(0)}.",
            f"In the afternoon, {a.he} was received by {b.full(0)}.",
            f"{a.he.capitalize()} then paid a courtesy call on {b.full(0)}.",
        ])
        text = f"{a.full(rng.choice([0, 1]))} arrived in {b.capital} {dt}. {second}"
        cases.append(Case("pronoun-later", text, [meeting([a, b], date=iso)]))

        # 24. heads of delegations named apart, then "the two delegations held talks"
        g.reset("n6", i)
        a, b = g.pair(titles=rng.choice(["Deputy Foreign Minister", "Trade Minister"]))
        dt, iso = rng.choice(DATES)
        text = (f"The {a.dem} delegation was led by {a.title} {a.name}, and the {b.dem} "
                f"delegation by {b.title} {b.name}. The two delegations held talks in "
                f"{b.capital} {dt}.")
        cases.append(Case("delegation-heads", text, [meeting([a, b], date=iso)]))

        # 25. a guest in a relative clause
        g.reset("n7", i)
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES)
        text = (f"{a.full(0)} received {b.full(0)}, who is on a three-day visit to "
                f"{a.country}, {dt}.")
        cases.append(Case("guest-relative", text, [meeting([a, b], date=iso)]))

        # 26. named bilaterals listed after a summit
        g.reset("n8", i)
        a = g.person(title=rng.choice(["Prime Minister", "President"]))
        b = g.person(exclude={a.cc}, title="Prime Minister")
        c = g.person(exclude={a.cc, b.cc}, title="Prime Minister")
        dt, iso = rng.choice(DATES)
        text = (f"{a.full(0)} attended the Commonwealth summit in {b.capital} {dt}. On the "
                f"sidelines, {a.he} held bilateral meetings with {b.full(1)} and "
                f"{c.full(1)}.")
        cases.append(Case("sidelines-named", text,
                          [meeting([a, b], date=iso), meeting([a, c], date=iso)], optional=1))

        # negative: a counterpart written to or spoken of, not met
        g.reset("n9", i)
        a = g.person(title=rng.choice(["Foreign Minister", "Defence Minister"]))
        y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
        neg = rng.choice([
            f"{a.full(0)} wrote to {a.his} {y[1]} counterpart about the fishing dispute.",
            f"{a.full(0)} welcomed {a.his} {y[1]} counterpart's statement on the ceasefire.",
            f"{a.full(0)} and {a.his} {y[1]} counterpart have both condemned the attack.",
            f"{a.full(0)} said {a.his} {y[1]} counterpart had been invited to the summit.",
        ])
        cases.append(Case("neg-counterpart", neg, negative=True))

        # negatives (about a quarter)
        g.reset("n10", i)
        a, b = g.pair(same_title=False)
        neg = rng.choice([
            f"{a.full(0)} welcomed {b.full(0)}'s decision to reopen the embassy.",
            f"{a.full(0)} received a letter from {b.full(0)} on the border dispute.",
            f"{a.full(0)} urged {b.full(0)} to open a dialogue with the opposition.",
            f"{a.full(0)} called on {b.full(0)} to release the detained fishermen.",
            f"{a.full(0)} congratulated {b.full(0)} on {b.his} re-election in a statement.",
            f"{a.full(0)} said {a.he} hoped to meet {b.full(0)} one day.",
        ])
        cases.append(Case("neg-opinion", neg, negative=True))
        g.reset("n11", i)
        a, b = g.pair(same_title=False)
        neg = rng.choice([
            f"Talks between {a.dem} and {b.dem} negotiators are expected to resume.",
            f"{a.full(0)} said the war in the region had cost {a.country} dearly.",
            f"{a.full(0)} met reporters in {a.capital} {rng.choice(DATES)[0]}.",
            f"{a.full(0)} met with members of {a.his} cabinet {rng.choice(DATES)[0]}.",
            f"{a.full(0)} met students at the University of {a.capital} "
            f"{rng.choice(DATES)[0]}.",
            f"{a.full(0)} criticised {b.full(0)} for refusing to meet the envoy.",
        ])
        cases.append(Case("neg-topic-domestic", neg, negative=True))
        g.reset("n12", i)
        a, b = g.pair(same_title=False)
        dt = rng.choice(DATES)[0]
        neg = rng.choice([
            f"{a.full(0)} thanked {b.full(0)} for {b.his} support {dt}.",
            f"{a.full(0)} did not meet {b.full(0)} during the conference.",
            f"{a.full(0)} said {b.full(0)} had made a mistake.",
            f"{a.full(0)} rejected {b.full(0)}'s proposal for a ceasefire {dt}.",
            f"{a.full(0)} accused {b.full(0)} of interfering in the election.",
            f"{a.full(0)} sent a message of condolence to {b.full(0)} {dt}.",
        ])
        cases.append(Case("neg-message", neg, negative=True))
        g.reset("n13", i)
        a, b = g.pair(same_title=False)
        neg = rng.choice([
            f"{a.full(0)} and {b.full(0)} have both called for restraint.",
            f"{a.full(0)} welcomed the talks between {b.country} and its neighbours.",
            f"{a.full(0)} discussed the budget with {a.his} cabinet {rng.choice(DATES)[0]}.",
            f"{a.full(0)} told parliament that {b.full(0)} had not replied to "
            f"{a.his} letter.",
            f"In a statement, {a.full(0)} urged {b.country} to return to the negotiating "
            f"table.",
        ])
        cases.append(Case("neg-urge", neg, negative=True))
        g.reset("n14", i)
        a, b = g.pair(same_title=False)
        neg = rng.choice([
            f"{a.full(0)} said {a.he} was ready to hold talks with {b.full(0)} "
            f"if the shelling stopped.",
            f"{a.full(0)}'s spokesperson said no meeting with {b.full(0)} was planned.",
            f"{a.full(0)} praised {b.full(0)}'s leadership of the regional bloc.",
            f"{a.full(0)} chaired a meeting of the National Security Council {rng.choice(DATES)[0]}.",
        ])
        cases.append(Case("neg-conditional", neg, negative=True))
        # 27. other verbs and nouns of talking, the sides named in one clause
        g.reset("s27", i)
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES)
        phr = rng.choice([
            f"{a.full(0)} exchanged views with {b.full(0)} on {rng.choice(TOPICS)} {dt}.",
            f"{a.full(0)} had a telephone conversation with {b.full(0)} {dt}.",
            f"{a.full(0)} sat down with {b.full(0)} in {b.capital} {dt}.",
            f"{a.full(0)} held a working lunch with {b.full(0)} in {a.capital} {dt}.",
            f"{a.full(0)}'s talks with {b.full(0)} in {a.capital} {dt} focused on "
            f"{rng.choice(TOPICS)}.",
            f"{a.full(0)} paid a courtesy call on {b.full(0)} in {b.capital} {dt}.",
        ])
        cases.append(Case("other-verbs", phr, [meeting([a, b], date=iso)]))

        # 28. two offices named by title only
        g.reset("s28", i)
        x, y = rng.sample(COUNTRIES, 2)
        dt, iso = rng.choice(DATES)
        ox = rng.choice(["Foreign Minister", "Minister of Defence", "Vice President"])
        oy = rng.choice(["Foreign Minister", "Prime Minister", "Minister of Trade"])
        text = f"The {ox} of {x[2]} met the {oy} of {y[2]} in {y[3]} {dt}."
        cases.append(Case("two-offices", text, [meeting([], [x[0], y[0]], date=iso)]))

        # 29. "the two sides exchanged views" after a sentence naming both
        g.reset("s29", i)
        a, b = g.pair()
        dt, iso = rng.choice(DATES)
        text = (f"{b.full(0)} paid an official visit to {a.country} {dt}. {a.full(0)} and "
                f"{b.short} exchanged views on {rng.choice(TOPICS)}.")
        cases.append(Case("exchanged-views", text, [meeting([a, b], date=iso)]))

        # more negatives: no meeting between two countries' officials
        g.reset("n-extra-1", i)
        a, b = g.pair(same_title=False)
        dt = rng.choice(DATES)[0]
        neg = rng.choice([
            f"{a.full(0)} met with {a.dem} business leaders in {a.capital} {dt}.",
            f"{a.full(0)} told reporters {a.he} had no plans to meet {b.full(0)}.",
            f"{a.full(0)} called on {b.full(0)} to withdraw the troops.",
            f"{a.full(0)} congratulated {b.full(0)} by letter {dt}.",
        ])
        cases.append(Case("neg-extra", neg, negative=True))
        g.reset("n-extra-2", i)
        a, b = g.pair(same_title=False)
        dt = rng.choice(DATES)[0]
        neg = rng.choice([
            f"{a.full(0)} discussed the report with {a.his} advisers {dt}.",
            f"{a.full(0)}'s office said a meeting with {b.full(0)} was not on the agenda.",
            f"{a.full(0)} accused {b.full(0)} of blocking the talks.",
            f"{a.full(0)} spoke about {b.full(0)} at a rally in {a.capital} {dt}.",
        ])
        cases.append(Case("neg-extra", neg, negative=True))
        g.reset("n-extra-3", i)
        a = g.person(title=rng.choice(["Foreign Minister", "Defence Minister", "President"]))
        y = rng.choice([c for c in COUNTRIES if c[0] != a.cc])
        dt = rng.choice(DATES)[0]
        neg = rng.choice([
            f"{a.full(0)} said {a.his} {y[1]} counterpart had made a serious mistake.",
            f"{a.full(0)} praised {a.his} {y[1]} counterpart's handling of the crisis {dt}.",
            f"{a.full(0)} met {a.his} {y[1]}-born chief of staff {dt}.",
            f"{a.full(0)} addressed the {y[1]} parliament's resolution in a statement {dt}.",
        ])
        cases.append(Case("neg-extra", neg, negative=True))
        g.reset("n-extra-4", i)
        a, b = g.pair(same_title=False)
        c = g.person(exclude={a.cc, b.cc})
        neg = rng.choice([
            f"{a.full(0)} urged {b.full(0)} and {c.full(0)} to resume talks.",
            f"{a.full(0)} welcomed the decision of {b.full(0)} to meet {c.full(0)}.",
            f"{a.full(0)} hoped that {b.full(0)} and {c.full(0)} would meet soon.",
            f"{a.full(0)} thanked {b.full(0)} for {b.his} letter about {c.full(0)}'s visit.",
        ])
        cases.append(Case("neg-extra", neg, negative=True))

        # 30. an unnamed office with its demonym, a guest with "his delegation", a host
        g.reset("s30", i)
        a, b = g.pair(same_title=False)
        y = rng.choice([c for c in COUNTRIES if c[0] not in (a.cc, b.cc)])
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        if k == 0:
            text = f"{a.full(0)} met the {y[1]} Prime Minister in {y[3]} {dt}."
            want = [meeting([a], [y[0]], date=iso)]
        elif k == 1:
            text = (f"{a.full(0)} held talks with {b.full(0)} and {b.his} delegation in "
                    f"{a.capital} {dt}.")
            want = [meeting([a, b], date=iso)]
        elif k == 2:
            text = f"{a.full(0)} will host {b.full(0)} in {a.capital} next Tuesday."
            want = [meeting([a, b], status="planned", date="2024-05-14")]
        else:
            text = (f"{a.full(0)} met the ambassadors of {y[2]} and {b.country} in "
                    f"{a.capital} {dt}.")
            want = [meeting([a], [y[0]], date=iso), meeting([a], [b.cc], date=iso)]
        cases.append(Case("office-demonym", text, want))

        # 31. commissions and sessions chaired, passive and active; one-on-ones; titles with
        # "of <country>" before the name
        g.reset("s31", i)
        a, b = g.pair(same_title=False)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(5)
        if k == 0:
            text = (f"The fifth session of the {a.country}-{b.country} Joint Commission was "
                    f"co-chaired by {a.full(0)} and {b.full(0)} in {a.capital} {dt}.")
        elif k == 1:
            text = (f"{a.full(0)} and {b.full(0)} chaired the {a.country}-{b.country} Joint "
                    f"Commission in {b.capital} {dt}.")
        elif k == 2:
            text = (f"{a.full(0)} and {b.full(0)} held a one-on-one meeting in {a.capital} "
                    f"{dt}.")
        elif k == 3:
            text = (f"{a.full(0)} held a phone conversation with {b.title} of {b.country} "
                    f"{b.name} {dt}.")
        else:
            text = (f"{a.full(0)} was received in audience by {b.full(0)} in {b.capital} "
                    f"{dt}.")
        cases.append(Case("commission-session", text, [meeting([a, b], date=iso)]))

        # 32. three countries' ministers together
        g.reset("s32", i)
        a, b = g.pair()
        c = g.person(exclude={a.cc, b.cc}, title=a.title)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(2)
        if k == 0:
            text = (f"{a.full(0)} hosted {b.full(0)} and {c.full(0)} for trilateral talks in "
                    f"{a.capital} {dt}.")
        else:
            text = (f"{a.full(0)}, {b.full(0)} and {c.full(0)} met in {a.capital} {dt}. The "
                    f"three ministers discussed {rng.choice(TOPICS)}.")
        cases.append(Case("trilateral", text, [meeting([a, b, c], date=iso)]))

        # negatives: bodies chaired at home, counterparts only mentioned
        g.reset("n-extra-5", i)
        a, b = g.pair(same_title=False)
        dt = rng.choice(DATES)[0]
        neg = rng.choice([
            f"{a.full(0)} chaired the cabinet's economic committee {dt}.",
            f"{a.full(0)} was named chair of the {a.country}-{b.country} Joint Commission.",
            f"{a.full(0)} said {b.full(0)}'s remarks had been misunderstood.",
            f"{a.full(0)} rejected claims that {a.he} had secretly met {b.full(0)}.",
        ])
        cases.append(Case("neg-extra", neg, negative=True))

    return cases


def _named(d: dict, officials: dict) -> list:
    out = []
    for p in d.get("participants") or []:
        if "official" in p:
            name, cc = officials[p["official"]]
            out.append((name, cc))
    return sorted(out)


def run_case(case: Case):
    from relations_db.extract import extract

    doc = extract(case.text, published=PUBLISHED, publisher=case.publisher, title=case.title)
    officials = {o["id"]: (o["name"], o.get("country")) for o in doc.get("officials") or []}
    got = []
    for m in doc.get("meetings") or []:
        got.append({
            "named": _named(m, officials),
            "desc": sorted(p.get("country") or "" for p in m.get("participants") or []
                           if "description" in p),
            "status": m.get("status"),
            "date": m.get("date"),
        })
    return got


def fits(want: dict, have: dict) -> bool:
    if want["named"] != have["named"] or want["status"] != have["status"]:
        return False
    if want["date"] and want["date"] != have["date"]:
        return False
    return all(d in have["desc"] for d in want["desc"])


def judge(case: Case, got: list) -> bool:
    left = list(got)
    for want in case.meetings:
        hit = next((h for h in left if fits(want, h)), None)
        if hit is None:
            return False
        left.remove(hit)
    return len(left) <= case.optional


def problems(case: Case) -> list[str]:
    got = run_case(case)
    return [] if judge(case, got) else [f"want {case.meetings}", f"got {got}"]


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        build(), problems, shapes=lambda c: [c.shape], describe=lambda c: f"{c.cid}: {c.text}"
    )


if __name__ == "__main__":
    main()

"""Probe grid (round 30): who is in a meeting of three or more, and who travels on a visit.

Invented sentences and short articles (invented names of many shapes, many country pairs).
Meetings: "2+2" ministerials (two ministers of each of two countries, one meeting of all
four), trilateral and quadrilateral meetings (one meeting of all, annotation.md "unless the
text says they met together"), participants named across a sentence and the next ("They
were joined by C and D"), "co-chaired by A and B ... attended by C", joint press
conferences; and as negatives people named beside a meeting who are not at it (a third
party discussed, thanked in absentia, a head of state whose message was delivered).
Visits: who travels in "A welcomed B to X", "B arrived in X, where A received him", "B, on a
visit to X, met A", "A's counterpart B, who is visiting X", "during B's visit", "who is on a
working visit", a visit told by the host's ministry or the visitor's, a traveller named in
the headline or first sentence and later called "the Minister", companions ("accompanied
by": a visit each, docs/extraction-history.md "A visitor's companions"); the host never
travels.
About a quarter of the cases are negative (no event, or a person who must not be a side).

Meeting cases are checked on the meetings (named sides exact, with countries; status; date),
visit cases on the visits (traveller and country, status, date; no visit of anyone else).

    python bench/probes/parties.py          # hit rate (cases fully right / all), per shape
    python bench/probes/parties.py -v       # and every miss with what came out
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

PUB = "2025-05-14"  # a Wednesday: Monday 12 May, Tuesday 13 May, Friday 9 May

# code, demonym, short name, capital, name style
COUNTRIES = [
    ("ID", "Indonesian", "Indonesia", "Jakarta", "indo"),
    ("VN", "Vietnamese", "Vietnam", "Hanoi", "viet"),
    ("KR", "South Korean", "South Korea", "Seoul", "korean"),
    ("JP", "Japanese", "Japan", "Tokyo", "japanese"),
    ("SA", "Saudi", "Saudi Arabia", "Riyadh", "arabic"),
    ("OM", "Omani", "Oman", "Muscat", "arabic"),
    ("JO", "Jordanian", "Jordan", "Amman", "arabic"),
    ("MX", "Mexican", "Mexico", "Mexico City", "spanish"),
    ("AR", "Argentine", "Argentina", "Buenos Aires", "spanish"),
    ("PE", "Peruvian", "Peru", "Lima", "spanish"),
    ("IN", "Indian", "India", "New Delhi", "hindi"),
    ("UA", "Ukrainian", "Ukraine", "Kyiv", "ukrainian"),
    ("KE", "Kenyan", "Kenya", "Nairobi", "swahili"),
    ("TZ", "Tanzanian", "Tanzania", "Dodoma", "swahili"),
    ("TO", "Tongan", "Tonga", "Nuku'alofa", "tongan"),
    ("AU", "Australian", "Australia", "Canberra", "english"),
    ("NO", "Norwegian", "Norway", "Oslo", "nordic"),
    ("FI", "Finnish", "Finland", "Helsinki", "nordic"),
    ("DE", "German", "Germany", "Berlin", "german"),
    ("FR", "French", "France", "Paris", "french"),
    ("TR", "Turkish", "Turkey", "Ankara", "turkish"),
    ("BR", "Brazilian", "Brazil", "Brasília", "portuguese"),
    ("NG", "Nigerian", "Nigeria", "Abuja", "nigerian"),
    ("GH", "Ghanaian", "Ghana", "Accra", "nigerian"),
    ("KZ", "Kazakh", "Kazakhstan", "Astana", "kazakh"),
    ("TH", "Thai", "Thailand", "Bangkok", "thai"),
    ("PH", "Philippine", "the Philippines", "Manila", "filipino"),
    ("PL", "Polish", "Poland", "Warsaw", "polish"),
]

# (given, family); a family name empty: a single name
NAMES = {
    "indo": [("Sutrisno", ""), ("Retnowati", ""), ("Agus", "Wibowo"), ("Sri", "Mulyaningsih")],
    "viet": [("Van Hieu", "Nguyen"), ("Thi Lan", "Tran"), ("Minh Tuan", "Pham")],
    "korean": [("Ji-ho", "Han"), ("Soo-jin", "Yoon"), ("Dong-hyun", "Kang")],
    "japanese": [("Takeshi", "Nakagawa"), ("Emiko", "Sakurai"), ("Ryo", "Fujimoto")],
    "arabic": [
        ("Hamad bin Nasser", "al-Busaidi"), ("Saud", "al-Qahtani"),
        ("Layla", "Haddad"), ("Yousef bin Ali", "Al Mahrouqi"), ("Omar", "Khasawneh"),
    ],
    "spanish": [("Ana Lucía", "de la Vega"), ("Martín", "Echeverría Paz"), ("Pilar", "Quiroga"),
                ("Diego", "Santillán")],
    "hindi": [("Suresh", "Chandra Iyer"), ("Meera", "Bhattacharya"), ("Vikram", "Rathore")],
    "ukrainian": [("Dmytro", "Hnatiuk"), ("Olena", "Marchenko"), ("Bohdan", "Lysenko")],
    "swahili": [("Zawadi", "Mutua"), ("Hamisi", "Mwinyimkuu"), ("Neema", "Kariuki")],
    "tongan": [("Sione", "Vaipulu"), ("Mele", "Taufa"), ("Viliami", "Latu")],
    "english": [("Rebecca", "Hollings"), ("Callum", "Fraser"), ("Joanne", "Pike")],
    "nordic": [("Henrik", "Aaltonen"), ("Sigrid", "Lindholm"), ("Eero", "Virtanen")],
    "german": [("Matthias", "von Steinberg"), ("Ulrike", "Brandauer"), ("Lukas", "Eberle")],
    "french": [("Anne-Sophie", "Leclerc"), ("Thibault", "Garnier"), ("Hélène", "Rousseau")],
    "turkish": [("Kemal", "Arslanoğlu"), ("Zeynep", "Karaca"), ("Burak", "Öztürkmen")],
    "portuguese": [("Luiz Fernando", "Cardoso"), ("Beatriz", "Almeida"), ("Rafael", "Monteiro")],
    "nigerian": [("Adebola", "Ogunleye"), ("Ifeoma", "Nwosu"), ("Yaw", "Boakye")],
    "kazakh": [("Daulet", "Zhanibekov"), ("Aliya", "Nurlanova"), ("Serik", "Omarov")],
    "thai": [("Prasert", "Thongchai"), ("Nattaya", "Boonmee"), ("Wirat", "Sukprasert")],
    "filipino": [("Jose Miguel", "Bautista"), ("Cristina", "Dela Rosa"), ("Arnel", "Mendoza")],
    "polish": [("Krzysztof", "Jabłoński"), ("Magdalena", "Wróbel"), ("Paweł", "Sikora")],
}
FAMILY_FIRST = {"korean", "viet"}
FEMALE = {
    "Retnowati", "Sri", "Thi Lan", "Soo-jin", "Emiko", "Layla", "Ana Lucía", "Pilar", "Meera",
    "Olena", "Zawadi", "Neema", "Mele", "Rebecca", "Joanne", "Sigrid", "Ulrike", "Anne-Sophie",
    "Hélène", "Zeynep", "Beatriz", "Ifeoma", "Aliya", "Nattaya", "Cristina", "Magdalena",
}
LEADERS = ["President", "Prime Minister"]
MINISTERS = ["Foreign Minister", "Minister of Foreign Affairs", "Defence Minister",
             "Trade Minister", "Minister of Finance"]
DATES = [("on Monday", "2025-05-12"), ("on 12 May", "2025-05-12"), ("on May 13", "2025-05-13"),
         ("on Tuesday", "2025-05-13"), ("on 9 May", "2025-05-09"), ("on Friday", "2025-05-09")]
TOPICS = ["maritime security", "trade and investment", "energy transition", "regional security",
          "fisheries", "the situation in the region", "supply chains"]


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
    him: str

    def full(self, form: int = 0) -> str:
        if form == 0:
            return f"{self.dem} {self.title} {self.name}"
        if form == 1:
            return f"{self.title} {self.name} of {self.country}"
        if form == 2 and not self.country.startswith("the "):
            return f"{self.country}'s {self.title} {self.name}"
        return f"{self.dem} {self.title} {self.name}"

    @property
    def key(self):
        return (self.name, self.cc)

    @property
    def land(self) -> str:
        return self.country.removeprefix("the ")


@dataclass
class M:  # a meeting: the named sides exactly, described sides' countries
    named: list
    desc: tuple = ()
    status: str = "held"
    date: str | None = None


@dataclass
class V:  # a visit: its traveller
    traveler: tuple
    status: str = "held"
    date: str | None = None
    country: str | None = None  # the country visited


@dataclass
class Case:
    shape: str
    text: str
    meetings: list = field(default_factory=list)
    visits: list = field(default_factory=list)
    check_meetings: bool = True
    check_visits: bool = False
    extra_meetings: int = 0  # meetings neither needed nor penalised (a summit attended)
    negative: bool = False
    publisher: str | None = "Ministry of Foreign Affairs"
    title: str | None = None

    @property
    def id(self) -> str:
        return self.shape + "-" + hashlib.md5(self.text.encode()).hexdigest()[:8]


class Gen:
    def __init__(self, seed: int = 30):
        self.seed = seed
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def reset(self, block: str, i: int) -> None:
        self.rng.seed(f"{self.seed}-{block}-{i}")
        self.used.clear()

    def person(self, exclude=(), title=None, cc=None) -> P:
        rng = self.rng
        while True:
            row = next(c for c in COUNTRIES if c[0] == cc) if cc else rng.choice(COUNTRIES)
            if row[0] in exclude and not cc:
                continue
            code, dem, country, capital, style = row
            given, family = rng.choice(NAMES[style])
            if not family:
                name, short = given, given
            elif style == "viet":  # a later mention by the given name's last word
                name, short = f"{family} {given}", given.split()[-1]
            elif style in FAMILY_FIRST:
                name, short = f"{family} {given}", family
            else:
                name, short = f"{given} {family}", family
            if name in self.used or any(name.split()[-1] in u for u in self.used):
                continue
            self.used.add(name)
            fem = given in FEMALE
            return P(name, short, code, dem, country, capital,
                     title or rng.choice(MINISTERS + LEADERS),
                     "she" if fem else "he", "her" if fem else "his", "her" if fem else "him")

    def people(self, n: int, title=None, titles=None) -> list[P]:
        out: list[P] = []
        for k in range(n):
            t = titles[k] if titles else title
            out.append(self.person(exclude={p.cc for p in out}, title=t))
        return out


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def build(per_shape: int = 14) -> list[Case]:  # noqa: C901 (one block per shape)
    g = Gen()
    rng = g.rng
    cases: list[Case] = []
    for i in range(per_shape):
        # ---- 1. 2+2: two ministers of each country, one meeting of all four -------------
        g.reset("2plus2", i)
        fa = g.person(title="Foreign Minister")
        da = g.person(title="Defence Minister", cc=fa.cc)
        fb = g.person(exclude={fa.cc}, title="Foreign Minister")
        db = g.person(title="Defence Minister", cc=fb.cc)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        if k == 0:
            text = (f"Foreign Minister {fa.name} and Defence Minister {da.name} of {fa.country} "
                    f"and Foreign Minister {fb.name} and Defence Minister {db.name} of "
                    f"{fb.country} held the second {fa.land}-{fb.land} \"2+2\" ministerial "
                    f"meeting in {fa.capital} {dt}.")
        elif k == 1:
            text = (f"{fa.dem} Foreign Minister {fa.name} and Defence Minister {da.name} hosted "
                    f"their {fb.dem} counterparts, {fb.name} and {db.name}, for the 2+2 "
                    f"dialogue in {fa.capital} {dt}.")
        elif k == 2:
            text = (f"The foreign and defence ministers of {fa.country} and {fb.country} met in "
                    f"{fb.capital} {dt} for their third 2+2 meeting. {fa.name} and {da.name} "
                    f"represented {fa.country}, and {fb.name} and {db.name} represented "
                    f"{fb.country}.")
        else:
            text = (f"{fa.dem} Foreign Minister {fa.name} and Defence Minister {da.name} held "
                    f"2+2 talks with {fb.dem} Foreign Minister {fb.name} and Defence Minister "
                    f"{db.name} in {fb.capital} {dt}.")
        cases.append(Case("2plus2", text, [M([fa.key, da.key, fb.key, db.key], date=iso)]))

        # ---- 2. trilateral: the leaders of X, Y and Z met (named) ----------------------
        g.reset("tri", i)
        t = rng.choice(["President", "Prime Minister", "Foreign Minister"])
        a, b, c = g.people(3, title=t)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        word = "leaders" if t in LEADERS else "foreign ministers"
        if k == 0:
            text = (f"{a.full(0)}, {b.full(0)} and {c.full(0)} held a trilateral meeting in "
                    f"{a.capital} {dt}.")
        elif k == 1:
            text = (f"A trilateral summit between {a.full(1)}, {b.full(1)} and {c.full(1)} took "
                    f"place in {b.capital} {dt}.")
        elif k == 2:
            text = (f"The {word} of {a.country}, {b.country} and {c.country}, {a.name}, "
                    f"{b.name} and {c.name}, met in {c.capital} {dt} to discuss "
                    f"{rng.choice(TOPICS)}.")
        else:
            text = (f"{a.full(0)} hosted {b.full(0)} and {c.full(0)} in {a.capital} {dt} for "
                    f"the first trilateral summit of the three countries.")
        cases.append(Case("trilateral", text, [M([a.key, b.key, c.key], date=iso)]))

        # ---- 3. quadrilateral ----------------------------------------------------------
        g.reset("quad", i)
        t = rng.choice(["Foreign Minister", "Minister of Foreign Affairs", "Prime Minister"])
        ps = g.people(4, title=t)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(3)
        lst = ", ".join(p.full(0) for p in ps[:3]) + f" and {ps[3].full(0)}"
        if k == 0:
            text = f"{lst} held a quadrilateral meeting in {ps[0].capital} {dt}."
        elif k == 1:
            text = (f"{ps[0].full(0)} hosted a quadrilateral meeting with {ps[1].full(0)}, "
                    f"{ps[2].full(0)} and {ps[3].full(0)} in {ps[0].capital} {dt}.")
        else:
            text = (f"The four ministers, {', '.join(p.full(1) for p in ps[:3])} and "
                    f"{ps[3].full(1)}, met together in {ps[1].capital} {dt}.")
        cases.append(Case("quadrilateral", text, [M([p.key for p in ps], date=iso)]))

        # ---- 4. participants across two sentences -------------------------------------
        g.reset("joined", i)
        a, b, c, d = g.people(4)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        first = f"{a.full(0)} met {b.full(0)} in {a.capital} {dt}."
        if k == 0:
            text = f"{first} They were joined by {c.full(0)} and {d.full(0)}."
            want = [a, b, c, d]
        elif k == 1:
            text = f"{first} {c.full(0)} and {d.full(0)} later joined the talks."
            want = [a, b, c, d]
        elif k == 2:
            text = f"{first} {c.full(0)} also took part in the meeting."
            want = [a, b, c]
        else:
            text = f"{first} {c.full(0)} joined the meeting by video link."
            want = [a, b, c]
        cases.append(Case("joined-next", text, [M([p.key for p in want], date=iso)]))

        # ---- 5. co-chaired, attended by ------------------------------------------------
        g.reset("cochair", i)
        a, b, c = g.people(3, titles=[rng.choice(MINISTERS)] * 2 + [rng.choice(MINISTERS)])
        dt, iso = rng.choice(DATES)
        forum = rng.choice(["Joint Commission", "Business Forum", "Ministerial Conference",
                            "Strategic Dialogue"])
        k = rng.randrange(3)
        if k == 0:
            text = (f"{a.full(0)} and {b.full(0)} co-chaired the {a.land}-{b.land} {forum} in "
                    f"{a.capital} {dt}, which was also attended by {c.full(0)}.")
        elif k == 1:
            text = (f"The {forum}, co-chaired by {a.full(0)} and {b.full(0)}, was held in "
                    f"{b.capital} {dt} and attended by {c.full(0)}.")
        else:
            text = (f"{a.full(0)} and {b.full(0)} co-chaired the {forum} in {a.capital} {dt}. "
                    f"{c.full(0)} attended as a guest.")
        cases.append(Case("cochair-attended", text, [M([a.key, b.key, c.key], date=iso)]))

        # ---- 6. joint press conference --------------------------------------------------
        g.reset("press", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        if k == 0:
            text = (f"{a.full(0)} and {b.full(0)} held a joint press conference in {a.capital} "
                    f"{dt} after their talks.")
            want = [M([a.key, b.key], date=iso)]
        elif k == 1:
            text = (f"Speaking at a joint press conference with {b.full(0)} in {a.capital} "
                    f"{dt}, {a.full(0)} said the two countries would deepen ties in "
                    f"{rng.choice(TOPICS)}.")
            want = [M([a.key, b.key], date=iso)]
        elif k == 2:
            c = g.person(exclude={a.cc, b.cc}, title=a.title)
            text = (f"{a.full(0)}, {b.full(0)} and {c.full(0)} addressed a joint press "
                    f"conference in {c.capital} {dt} after their trilateral talks.")
            want = [M([a.key, b.key, c.key], date=iso)]
        else:
            text = (f"{a.full(0)} met {b.full(0)} in {b.capital} {dt}. At a joint press "
                    f"conference afterwards, the two {'leaders' if a.title in LEADERS else 'ministers'} "
                    f"announced a new partnership.")
            want = [M([a.key, b.key], date=iso)]
        cases.append(Case("joint-press", text, want))

        # ---- 7. negatives: people named beside a meeting who are not at it ---------------
        g.reset("third", i)
        a, b = g.people(2, title=rng.choice(MINISTERS))
        c = g.person(exclude={a.cc, b.cc}, title=rng.choice(LEADERS))
        dt, iso = rng.choice(DATES)
        k = rng.randrange(6)
        if k == 0:
            text = (f"{a.full(0)} met {b.full(0)} in {a.capital} {dt}. They discussed "
                    f"{c.full(0)}'s proposal for a ceasefire.")
        elif k == 1:
            text = (f"{a.full(0)} held talks with {b.full(0)} in {a.capital} {dt} and thanked "
                    f"{c.full(0)} for {c.his} support.")
        elif k == 2:
            text = (f"{a.full(0)} received {b.full(0)}, who delivered a message from "
                    f"{c.full(0)}, in {a.capital} {dt}.")
        elif k == 3:
            text = (f"{a.full(0)} met {b.full(0)} in {a.capital} {dt} and conveyed the "
                    f"greetings of {c.full(0)}.")
        elif k == 4:
            text = (f"{a.full(0)} and {b.full(0)} met in {b.capital} {dt}. The two ministers "
                    f"welcomed the election of {c.full(0)} as chair of the regional bloc.")
        else:
            text = (f"{a.full(0)} met {b.full(0)} in {b.capital} {dt}, and the two praised "
                    f"{c.full(0)} for {c.his} mediation.")
        cases.append(Case("neg-third-party", text, [M([a.key, b.key], date=iso)],
                          negative=True))

        # ---- 8. negatives: no meeting at all ---------------------------------------------
        g.reset("nomeet", i)
        a, b, c = g.people(3, title=rng.choice(LEADERS + MINISTERS))
        dt = rng.choice(DATES)[0]
        text = rng.choice([
            f"{a.full(0)}, {b.full(0)} and {c.full(0)} issued a joint statement on the crisis "
            f"{dt}.",
            f"{a.full(0)} hoped the leaders of {b.country} and {c.country} would meet one day.",
            f"{a.full(0)} called on {b.full(0)} and {c.full(0)} to hold talks.",
            f"{a.full(0)} sent letters to {b.full(0)} and {c.full(0)} {dt}.",
            f"{a.full(0)} congratulated {b.full(0)} and {c.full(0)} on the trilateral "
            f"agreement in a statement {dt}.",
            f"{a.full(0)} thanked {b.full(0)} and {c.full(0)} for their messages of "
            f"condolence.",
        ])
        cases.append(Case("neg-no-meeting", text, negative=True))

        # ---- visits ------------------------------------------------------------------
        # 9. A welcomed B to X
        g.reset("welcomed", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{a.full(0)} welcomed {b.full(0)} to {a.capital} {dt}.",
            f"{a.full(0)} welcomed {b.full(1)} to {a.country} {dt} for talks on "
            f"{rng.choice(TOPICS)}.",
            f"{cap(a.full(2))} warmly welcomed {b.full(0)} to {a.capital} {dt}, the first "
            f"visit by a {b.dem} {b.title.lower()} in a decade.",
        ])
        cases.append(Case("v-welcomed", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 10. B arrived in X, where A received him
        g.reset("arrived", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{b.full(0)} arrived in {a.capital} {dt}, where {a.full(0)} received {b.him}.",
            f"{b.full(1)} arrived in {a.capital} {dt} and was received by {a.full(0)}.",
            f"{b.full(0)} arrived in {a.capital} {dt}. {a.full(0)} received {b.him} at the "
            f"presidential palace.",
        ])
        cases.append(Case("v-arrived-received", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 11. B, on a visit to X, met A
        g.reset("onvisit", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{b.full(0)}, on a visit to {a.country}, met {a.full(0)} {dt}.",
            f"{b.full(0)}, who is on an official visit to {a.country}, held talks with "
            f"{a.full(0)} in {a.capital} {dt}.",
            f"On an official visit to {a.capital}, {b.full(0)} met {a.full(0)} {dt}.",
        ])
        # (the visit's date is the meeting's day or none: left unchecked)
        cases.append(Case("v-on-a-visit", text, visits=[V(b.key, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 12. A's counterpart B, who is visiting X
        g.reset("cpvisiting", i)
        t = rng.choice(MINISTERS)
        a, b = g.people(2, title=t)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{a.full(0)} met {a.his} {b.dem} counterpart {b.name}, who is visiting "
            f"{a.country}, {dt}.",
            f"{a.full(0)} held talks {dt} with {a.his} {b.dem} counterpart, {b.name}, who is "
            f"visiting {a.capital}.",
            f"{a.full(0)} and {a.his} {b.dem} counterpart {b.name}, who is visiting "
            f"{a.capital}, signed a memorandum on {rng.choice(TOPICS)} {dt}.",
        ])
        cases.append(Case("v-counterpart-visiting", text,
                          visits=[V(b.key, date=None, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 13. during B's visit, A ...
        g.reset("during", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"During {b.full(0)}'s visit to {a.capital} {dt}, {a.full(0)} hosted a state "
            f"banquet in {b.his} honour.",
            f"{a.full(0)} held talks with {b.full(0)} during {b.his} visit to {a.capital} "
            f"{dt}.",
            f"During {b.full(0)}'s visit to {a.country} {dt}, {a.full(0)} and {b.short} "
            f"signed three agreements.",
        ])
        cases.append(Case("v-during-visit", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 14. A received B, who is on a working visit
        g.reset("working", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{a.full(0)} received {b.full(0)}, who is in {a.capital} on a working visit, "
            f"{dt}.",
            f"{a.full(0)} {dt} received {b.full(1)}, who is paying a working visit to "
            f"{a.country}.",
            cap(dt) + f", {a.full(0)} received {b.full(0)}, who is on a working visit to {a.country}.",
        ])
        cases.append(Case("v-working-visit", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 15. told by the host's ministry or by the visitor's
        g.reset("ministry", i)
        a, b = g.people(2, title=rng.choice(["Foreign Minister", "Minister of Foreign Affairs"]))
        dt, iso = rng.choice(DATES)
        if rng.random() < 0.5:
            pub = f"Ministry of Foreign Affairs of {a.country}"
            text = (f"{a.title} {a.name} received {b.full(1)} in {a.capital} {dt}. The "
                    f"ministers discussed {rng.choice(TOPICS)}. {b.title} {b.short} is on "
                    f"{b.his} first visit to {a.country}.")
        else:
            pub = f"Ministry of Foreign Affairs of {b.country}"
            text = (f"{b.title} {b.name} paid an official visit to {a.country} {dt}. In "
                    f"{a.capital}, {b.he} held talks with {a.full(0)} on "
                    f"{rng.choice(TOPICS)}.")
        cases.append(Case("v-host-or-visitor-ministry", text,
                          visits=[V(b.key, date=iso, country=a.cc)], publisher=pub,
                          check_meetings=False, check_visits=True))

        # 16. traveller in the headline or first sentence, later "the Minister"
        g.reset("headline", i)
        b = g.person(title="Foreign Minister")
        a = g.person(exclude={b.cc}, title=rng.choice(LEADERS + ["Foreign Minister"]))
        c = g.person(cc=a.cc, title=rng.choice(["Speaker of Parliament", "Minister of Trade"]))
        dt, iso = rng.choice(DATES)
        pub = f"Ministry of Foreign Affairs of {b.country}"
        if rng.random() < 0.5:
            title = f"Foreign Minister {b.name} visits {a.land}"
            text = (f"The Minister arrived in {a.capital} {dt}. The Minister held talks with "
                    f"{a.full(0)} and called on {c.title} {c.name}.")
        else:
            title = None
            text = (f"Foreign Minister {b.name} paid an official visit to {a.country} {dt}. "
                    f"During the visit, the Minister met {a.full(0)} and {c.title} "
                    f"{c.name}.")
        cases.append(Case("v-headline-traveler", text, visits=[V(b.key, date=iso,
                                                                  country=a.cc)],
                          publisher=pub, title=title, check_meetings=False, check_visits=True))

        # 17. companions: a visit each (docs/extraction-history.md), the host none
        g.reset("companions", i)
        a = g.person(title=rng.choice(LEADERS))
        b = g.person(exclude={a.cc}, title=rng.choice(LEADERS))
        c = g.person(cc=b.cc, title=rng.choice(["Foreign Minister", "Trade Minister"]))
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{b.full(0)}, accompanied by {c.title} {c.name}, arrived in {a.capital} {dt} "
            f"and was welcomed by {a.full(0)}.",
            f"{b.full(0)} arrived in {a.capital} {dt} for a state visit, accompanied by "
            f"{c.title} {c.name}. {a.full(0)} received the delegation.",
        ])
        cases.append(Case("v-companions", text,
                          visits=[V(b.key, date=iso, country=a.cc),
                                  V(c.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 18. negatives: a host who does not travel, a resident envoy, a call
        g.reset("novisit", i)
        a, b = g.people(2)
        dt = rng.choice(DATES)[0]
        text = rng.choice([
            f"{a.full(0)} received {b.dem} Ambassador {b.name} in {a.capital} {dt}.",
            f"{a.full(0)} spoke by phone with {b.full(0)} {dt}.",
            f"{a.full(0)} hosted a reception in {a.capital} {dt} for the diplomatic corps.",
            f"{a.full(0)} held a video call with {b.full(0)} from {a.capital} {dt}.",
            f"{a.full(0)} thanked {b.full(0)} for the warm hospitality {b.he} had shown "
            f"in a letter {dt}.",
        ])
        cases.append(Case("neg-no-visit", text, check_meetings=False, check_visits=True,
                          negative=True))

        # 19. negatives: three or more named, no meeting and no visit
        g.reset("nomeet2", i)
        a, b, c = g.people(3, title=rng.choice(LEADERS + MINISTERS))
        dt = rng.choice(DATES)[0]
        text = rng.choice([
            f"{a.full(0)}, {b.full(0)} and {c.full(0)} signed a joint letter to the UN "
            f"Secretary-General {dt}.",
            f"{a.full(0)} said {a.he} had no plans to meet {b.full(0)} or {c.full(0)}.",
            f"{a.full(0)} urged {b.full(0)} and {c.full(0)} to settle their dispute through "
            f"dialogue.",
            f"{a.full(0)} expressed condolences to {b.full(0)} and {c.full(0)} after the "
            f"floods.",
            f"{a.full(0)} and {b.full(0)} spoke by videoconference {dt} about "
            f"{c.full(0)}'s peace plan.",
        ])
        want = [M([a.key, b.key])] if "videoconference" in text else []
        cases.append(Case("neg-no-meeting-2", text, want, check_visits=True, negative=True))
        # ---- second batch: other phrasings of the same structures -----------------------
        # 20. 2+2 and three-or-more, other clause shapes
        g.reset("many2", i)
        k = rng.randrange(5)
        dt, iso = rng.choice(DATES)
        if k == 0:
            fa = g.person(title="Foreign Minister")
            da = g.person(title="Defence Minister", cc=fa.cc)
            fb = g.person(exclude={fa.cc}, title="Foreign Minister")
            db = g.person(title="Defence Minister", cc=fb.cc)
            text = (f"{fa.dem} Foreign Minister {fa.name} and Defence Minister {da.name} met "
                    f"{fb.dem} Foreign Minister {fb.name} and Defence Minister {db.name} in "
                    f"{fb.capital} {dt} for the inaugural {fa.land}-{fb.land} 2+2 dialogue.")
            want = [fa, da, fb, db]
        elif k == 1:
            a, b, c = g.people(3, title=rng.choice(MINISTERS))
            text = (f"{a.full(0)}, {b.full(0)} and {c.full(0)} met in {b.capital} {dt} for "
                    f"trilateral talks on {rng.choice(TOPICS)}.")
            want = [a, b, c]
        elif k == 2:
            a, b, c = g.people(3, title=rng.choice(LEADERS))
            text = (f"{a.full(0)} received {b.full(0)} and {c.full(0)} for a three-way "
                    f"meeting in {a.capital} {dt}.")
            want = [a, b, c]
        elif k == 3:
            a, b, c = g.people(3, title=rng.choice(MINISTERS))
            text = (f"{a.full(0)} met {b.full(0)} and {c.full(0)} together in {a.capital} "
                    f"{dt}.")
            want = [a, b, c]
        else:
            ps = g.people(4, title="Foreign Minister")
            text = (f"The quadrilateral meeting of {ps[0].full(0)}, {ps[1].full(0)}, "
                    f"{ps[2].full(0)} and {ps[3].full(0)} took place in {ps[2].capital} {dt}.")
            want = ps
        cases.append(Case("many-parties-2", text, [M([p.key for p in want], date=iso)]))

        # 21. joined / attended, other phrasings
        g.reset("joined2", i)
        a, b, c, d = g.people(4, title=rng.choice(MINISTERS))
        dt, iso = rng.choice(DATES)
        forum = rng.choice(["Joint Commission", "Strategic Dialogue", "Business Council"])
        k = rng.randrange(4)
        if k == 0:
            text = (f"{a.full(0)} and {b.full(0)} held talks in {a.capital} {dt}. "
                    f"{c.full(0)} and {d.full(0)} also attended the meeting.")
            want = [a, b, c, d]
        elif k == 1:
            text = (f"{a.full(0)} and {b.full(0)} co-chaired the {forum} in {b.capital} {dt}. "
                    f"The session was also attended by {c.full(0)}.")
            want = [a, b, c]
        elif k == 2:
            text = (f"{a.full(0)} met {b.full(0)} in {a.capital} {dt}. {c.full(0)} "
                    f"participated in the talks as well.")
            want = [a, b, c]
        else:
            text = (f"{a.full(0)} and {b.full(0)} gave a joint news conference in {a.capital} "
                    f"{dt}.")
            want = [a, b]
        cases.append(Case("joined-attended-2", text, [M([p.key for p in want], date=iso)]))

        # 22. people named beside a meeting who are not at it, other phrasings
        g.reset("third2", i)
        a, b = g.people(2, title=rng.choice(MINISTERS))
        c = g.person(exclude={a.cc, b.cc}, title=rng.choice(LEADERS))
        dt, iso = rng.choice(DATES)
        text = rng.choice([
            f"{a.full(0)} met {b.full(0)} in {a.capital} {dt} and handed over a letter from "
            f"{c.full(0)}.",
            f"{a.full(0)} held talks with {b.full(0)} in {b.capital} {dt} on {c.full(0)}'s "
            f"proposal for a regional summit.",
            f"{a.full(0)} met {b.full(0)} in {a.capital} {dt}; the two ministers condemned "
            f"the arrest of {c.full(0)}'s envoy.",
            f"{a.full(0)} and {b.full(0)} met in {b.capital} {dt} and paid tribute to the "
            f"late {c.full(0)}.",
        ])
        cases.append(Case("neg-third-party-2", text, [M([a.key, b.key], date=iso)],
                          negative=True))

        # 23. who travels, other phrasings
        g.reset("visit2", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES)
        k = rng.randrange(4)
        if k == 0:
            text = (f"Upon arrival in {a.capital} {dt}, {b.full(0)} was greeted by "
                    f"{a.full(0)}.")
        elif k == 1:
            text = (f"While in {a.capital} {dt}, {b.full(0)} held talks with {a.full(0)}.")
        elif k == 2:
            text = (f"{a.full(0)} hosted {b.full(0)}, who was visiting {a.capital}, for "
                    f"talks {dt}.")
            iso = None
        else:
            text = (f"{a.full(0)} greeted {b.full(1)} at the airport in {a.capital} {dt}.")
        cases.append(Case("v-traveler-2", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 24. companions told in the next sentence
        g.reset("companions2", i)
        a = g.person(title=rng.choice(LEADERS))
        b = g.person(exclude={a.cc}, title=rng.choice(LEADERS))
        c = g.person(cc=b.cc, title="Foreign Minister")
        d = g.person(cc=b.cc, title="Trade Minister")
        dt, iso = rng.choice(DATES)
        text = (f"{b.full(0)} paid a state visit to {a.country} {dt} at the invitation of "
                f"{a.full(0)}. {b.title} {b.short} was accompanied by {c.title} {c.name} and "
                f"{d.title} {d.name}.")
        cases.append(Case("v-companions-2", text,
                          visits=[V(b.key, date=iso, country=a.cc),
                                  V(c.key, date=iso, country=a.cc),
                                  V(d.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))
        # ---- third batch: who travels, more structures ----------------------------------
        # 25. the guest told by a relative clause, an invitation or a second sentence
        g.reset("visit3", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES[:4])
        k = rng.randrange(5)
        if k == 0:
            text = (f"At the invitation of {a.full(0)}, {b.full(1)} paid an official visit "
                    f"to {a.country} {dt}.")
        elif k == 1:
            text = (f"{a.full(0)} hosted {b.full(0)}, who arrived in {a.capital} {dt}.")
        elif k == 2:
            text = (f"{b.full(0)} began a state visit to {a.country} {dt}. {a.full(0)} "
                    f"welcomed {b.him} at the presidential palace.")
        elif k == 3:
            text = (f"{b.full(0)} was in {a.capital} {dt}, where {a.full(0)} hosted {b.him} "
                    f"for talks.")
        else:
            text = (f"{a.full(0)} and {b.full(0)}, who is on a visit to {a.country}, "
                    f"inaugurated a trade fair in {a.capital} {dt}.")
            iso = None
        cases.append(Case("v-traveler-3", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True))

        # 26. a host who goes along with the guest at home does not travel
        g.reset("hostalong", i)
        a, b = g.people(2)
        dt, iso = rng.choice(DATES[:4])
        text = rng.choice([
            f"{b.full(0)} arrived in {a.capital} {dt}. {a.full(0)} accompanied {b.him} on a "
            f"tour of the old city.",
            f"{b.full(0)} visited {a.capital} {dt}, and {a.full(0)} took {b.him} to the "
            f"national museum.",
            f"{b.full(0)} travelled to {a.capital} {dt}. {a.full(0)} hosted a dinner in "
            f"{b.his} honour and accompanied {b.him} to the airport.",
        ])
        cases.append(Case("neg-host-travels", text, visits=[V(b.key, date=iso, country=a.cc)],
                          check_meetings=False, check_visits=True, negative=True))
    return cases


def cases() -> list[Case]:
    return build()


# ---- scoring -------------------------------------------------------------------------
def _run(case: Case) -> dict:
    from relations_db.extract import extract

    return extract(case.text, published=PUB, publisher=case.publisher, title=case.title)


def _got(doc: dict):
    offs = {o["id"]: (o["name"], o.get("country")) for o in doc.get("officials") or []}
    meetings, visits = [], []
    for m in doc.get("meetings") or []:
        named = sorted(offs[p["official"]] for p in m.get("participants") or []
                       if p.get("official") in offs)
        desc = sorted(p.get("country") or "" for p in m.get("participants") or []
                      if "description" in p)
        meetings.append((named, desc, m.get("status"), m.get("date")))
    for v in doc.get("visits") or []:
        t = v.get("traveler")
        who = offs.get(t) if t else None
        if who is None:
            who = next((offs[p["official"]] for p in v.get("participants") or []
                        if p.get("role") == "traveler" and p.get("official") in offs), None)
        if who is None:
            who = next(((p.get("description"), p.get("country"))
                        for p in v.get("participants") or [] if p.get("role") == "traveler"),
                       ("?", None))
        visits.append((who, v.get("status"), v.get("date"),
                       (v.get("location") or {}).get("country")))
    return meetings, visits


def check(case: Case, doc: dict | None = None) -> list[str]:
    """What is wrong with the extraction of a case (empty: fully right)."""
    doc = doc if doc is not None else _run(case)
    meetings, visits = _got(doc)
    errs: list[str] = []
    if case.check_meetings:
        left = list(meetings)
        for w in case.meetings:
            want = sorted(w.named)
            hit = next((h for h in left if h[0] == want and h[2] == w.status
                        and (not w.date or h[3] == w.date)
                        and all(d in h[1] for d in w.desc)), None)
            if hit is None:
                near = [h for h in left if set(want) & set(h[0])]
                errs.append(f"meeting {[n for n, _ in want]} missing (near: {near})")
                continue
            left.remove(hit)
        if len(left) > case.extra_meetings:
            errs.append(f"extra meetings {left}")
    if case.check_visits:
        left = list(visits)
        for w in case.visits:
            hit = next((h for h in left if tuple(h[0]) == tuple(w.traveler)
                        and h[1] == w.status and (not w.date or h[2] == w.date)
                        and (not w.country or not h[3] or h[3] == w.country)), None)
            if hit is None:
                errs.append(f"visit of {w.traveler} missing")
                continue
            left.remove(hit)
        if left:
            errs.append(f"extra visits {left}")
    return errs


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(),
        check,
        shapes=lambda c: [c.shape],
        describe=lambda c: f"{c.id} {c.title or ''} {c.text!r}",
    )


if __name__ == "__main__":
    main()

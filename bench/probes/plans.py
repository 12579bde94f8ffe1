"""Probe grid (round 29): planned, tentative, cancelled and postponed meetings
and visits, in the sense of annotation.md (status and date span of future events).

Every sentence is invented (invented names of many shapes, many country pairs). Each case
states the records a careful reader would draw: meetings and visits with their named
participants and countries, status, and the date span the text gives resolved against the
publication date; negative cases (hypotheticals, generic hopes, an attendance refused
without an event) must give no meeting or visit.

    python bench/probes/plans.py          # hit rate (cases fully right / all), per shape
    python bench/probes/plans.py -v       # and every miss with what came out
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field

# country: (name, demonym, capital, second city)
COUNTRIES = {
    "KR": ("South Korea", "South Korean", "Seoul", "Busan"),
    "SA": ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah"),
    "OM": ("Oman", "Omani", "Muscat", "Salalah"),
    "AE": ("the United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai"),
    "EG": ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    "MX": ("Mexico", "Mexican", "Mexico City", "Monterrey"),
    "ES": ("Spain", "Spanish", "Madrid", "Barcelona"),
    "CO": ("Colombia", "Colombian", "Bogotá", "Cartagena"),
    "AR": ("Argentina", "Argentine", "Buenos Aires", "Córdoba"),
    "IN": ("India", "Indian", "New Delhi", "Mumbai"),
    "UA": ("Ukraine", "Ukrainian", "Kyiv", "Odesa"),
    "VN": ("Vietnam", "Vietnamese", "Hanoi", "Da Nang"),
    "ID": ("Indonesia", "Indonesian", "Jakarta", "Bali"),
    "TO": ("Tonga", "Tongan", "Nuku'alofa", "Nuku'alofa"),
    "TZ": ("Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"),
    "KE": ("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    "SE": ("Sweden", "Swedish", "Stockholm", "Gothenburg"),
    "NO": ("Norway", "Norwegian", "Oslo", "Bergen"),
    "JP": ("Japan", "Japanese", "Tokyo", "Osaka"),
    "TR": ("Turkey", "Turkish", "Ankara", "Istanbul"),
    "PL": ("Poland", "Polish", "Warsaw", "Krakow"),
    "BR": ("Brazil", "Brazilian", "Brasília", "Rio de Janeiro"),
    "NG": ("Nigeria", "Nigerian", "Abuja", "Lagos"),
    "ZA": ("South Africa", "South African", "Pretoria", "Cape Town"),
    "FR": ("France", "French", "Paris", "Marseille"),
    "CN": ("China", "Chinese", "Beijing", "Shanghai"),
    "TH": ("Thailand", "Thai", "Bangkok", "Chiang Mai"),
    "PH": ("the Philippines", "Philippine", "Manila", "Cebu"),
    "KZ": ("Kazakhstan", "Kazakh", "Astana", "Almaty"),
    "DE": ("Germany", "German", "Berlin", "Munich"),
    "CL": ("Chile", "Chilean", "Santiago", "Valparaíso"),
}

# (full name, the name a later mention uses, gender, country)
PEOPLE = [
    ("Kim Min-jun", "Kim", "m", "KR"),
    ("Park Ji-young", "Park", "f", "KR"),
    ("Khalid bin Salman al-Rashidi", "al-Rashidi", "m", "SA"),
    ("Faisal bin Hamad al-Harthy", "al-Harthy", "m", "OM"),
    ("Aisha bint Ahmed al-Suwaidi", "al-Suwaidi", "f", "AE"),
    ("Omar Abdel-Rahman Fathy", "Fathy", "m", "EG"),
    ("María de la Cruz Herrera", "Herrera", "f", "MX"),
    ("José Luis de la Fuente", "de la Fuente", "m", "ES"),
    ("Carlos Alberto Restrepo", "Restrepo", "m", "CO"),
    ("Lucía Fernández de Castro", "Fernández de Castro", "f", "AR"),
    ("Rajesh Kumar Verma", "Verma", "m", "IN"),
    ("Priya Raghavan", "Raghavan", "f", "IN"),
    ("Oleksandr Hrytsenko", "Hrytsenko", "m", "UA"),
    ("Kateryna Melnychuk", "Melnychuk", "f", "UA"),
    ("Nguyen Van Thanh", "Thanh", "m", "VN"),
    ("Tran Thi Mai", "Mai", "f", "VN"),
    ("Sutrisno", "Sutrisno", "m", "ID"),
    ("Retnowati", "Retnowati", "f", "ID"),
    ("Siaosi Tupou Fifita", "Fifita", "m", "TO"),
    ("Losaline Mahe", "Mahe", "f", "TO"),
    ("Juma Mwinyi Mwakyusa", "Mwakyusa", "m", "TZ"),
    ("Amina Wanjiru", "Wanjiru", "f", "KE"),
    ("Baraka Otieno", "Otieno", "m", "KE"),
    ("Anders Lindqvist", "Lindqvist", "m", "SE"),
    ("Ingrid Solberg", "Solberg", "f", "NO"),
    ("Kenji Watanabe", "Watanabe", "m", "JP"),
    ("Yuki Morita", "Morita", "f", "JP"),
    ("Mehmet Yildirim", "Yildirim", "m", "TR"),
    ("Aleksandra Nowicka", "Nowicka", "f", "PL"),
    ("João Pereira Santos", "Santos", "m", "BR"),
    ("Olumide Adebayo", "Adebayo", "m", "NG"),
    ("Nomvula Dlamini", "Dlamini", "f", "ZA"),
    ("Pierre-Henri Laurent", "Laurent", "m", "FR"),
    ("Zhang Wenbo", "Zhang", "m", "CN"),
    ("Somchai Rattanakul", "Somchai", "m", "TH"),
    ("Maria Teresa Villanueva", "Villanueva", "f", "PH"),
    ("Yerlan Abenov", "Abenov", "m", "KZ"),
    ("Katrin Vogelsang", "Vogelsang", "f", "DE"),
    ("Andrés Ignacio Valdivia", "Valdivia", "m", "CL"),
]

TITLES = [
    "Foreign Minister", "Prime Minister", "President", "Defence Minister", "Trade Minister",
    "Minister of Foreign Affairs", "Vice President", "Finance Minister",
]

# publication days: a Wednesday in May, a Tuesday in September, a Thursday in February
PUBS = [dt.date(2025, 5, 14), dt.date(2024, 9, 10), dt.date(2026, 2, 5)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Ev:
    kind: str  # meeting | visit
    names: list  # (name, country) of the named participants
    status: str
    date: str | None  # the gold span; None: undated
    countries: tuple = ()  # countries of described participants
    place_country: str | None = None  # a visit's destination country
    optional: bool = False  # a record a reader may or may not draw (not required, no extra)
    absent: tuple = ()  # names that must not be participants (a speaker, an onlooker)


@dataclass
class Case:
    id: str
    shape: str
    text: str
    pub: dt.date
    events: list = field(default_factory=list)
    officials: list = field(default_factory=list)
    negative: bool = False
    publisher: str = "Ministry of Foreign Affairs"


def _iso(d: dt.date) -> str:
    return d.isoformat()


def forward_dates(pub: dt.date, rnd: random.Random) -> list[tuple[str, str | None]]:
    """(phrase, gold span) pairs that look forward from pub."""
    y, m = pub.year, pub.month
    out = []
    wd = rnd.choice([w for i, w in enumerate(WEEKDAYS) if i != pub.weekday()])
    k = (WEEKDAYS.index(wd) - pub.weekday()) % 7
    out.append((f"on {wd}", _iso(pub + dt.timedelta(days=k))))
    mon = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
    out.append(("next week", f"{_iso(mon)}/{_iso(mon + dt.timedelta(days=6))}"))
    nm = dt.date(y + (m == 12), m % 12 + 1, 1)
    out.append(("next month", f"{nm.year}-{nm.month:02d}"))
    out.append(("later this month", f"{y}-{m:02d}"))
    later = rnd.randint(m + 1, 12) if m < 12 else 12
    out.append((f"in {calendar.month_name[later]}", f"{y}-{later:02d}"))
    day = rnd.randint(3, 25)
    out.append((f"on {calendar.month_name[later]} {day}", f"{y}-{later:02d}-{day:02d}"))
    out.append(("later this year", f"{y}"))  # as the developed golds date it (7 of 10)
    out.append(("early next year", f"{y + 1}-01/{y + 1}-04"))
    out.append(("next year", f"{y + 1}"))
    out.append(("tomorrow", _iso(pub + dt.timedelta(days=1))))
    if m < 9:
        out.append(("in the autumn", f"{y}-09/{y}-11"))
    if m < 7:
        out.append(("in the second half of the year", f"{y}-07/{y}-12"))
    out.append(("in the coming weeks", None))
    return out


class Gen:
    def __init__(self, seed: int = 29):
        self.rnd = random.Random(seed)
        self.cases: list[Case] = []
        self.n = 0

    def pair(self):
        a, b = self.rnd.sample(PEOPLE, 2)
        while a[3] == b[3]:
            a, b = self.rnd.sample(PEOPLE, 2)
        return a, b

    def mention(self, p, title=None, form=None):
        """A first mention of p with a title and its country, in one of several forms."""
        name, _, _, c = p
        cname, dem, _, _ = COUNTRIES[c]
        t = title or self.rnd.choice(TITLES)
        form = form if form is not None else self.rnd.randrange(4)
        if form == 2 and cname.startswith("the "):
            form = 1
        if form == 0:
            return f"{dem} {t} {name}"
        if form == 1:
            return f"{t} {name} of {cname}"
        if form == 2:
            return f"{cname}'s {t} {name}"
        return f"{dem} {t} {name}"

    def pron(self, p):
        return "she" if p[2] == "f" else "he"

    def poss(self, p):
        return "her" if p[2] == "f" else "his"

    def add(self, shape, text, pub, events=(), officials=(), negative=False):
        self.n += 1
        self.cases.append(
            Case(f"{shape}-{self.n:03d}", shape, text, pub, list(events), list(officials),
                 negative)
        )

    def date(self, pub, allow_none=True, only=None):
        ds = forward_dates(pub, self.rnd)
        if only:
            ds = [d for d in ds if d[0].split()[0] in only or d[0] in only]
        if not allow_none:
            ds = [d for d in ds if d[1]]
        return self.rnd.choice(ds)

    # ---- shapes ---------------------------------------------------------------------
    def will_meet(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub)
        ta, tb = self.rnd.choice(TITLES), self.rnd.choice(TITLES)
        verb = self.rnd.choice(["will meet", "will hold talks with", "will meet with",
                                "is to meet", "will sit down with"])
        tail = self.rnd.choice([".", ", the ministry said.", ", officials said."])
        s = f"{self.mention(a, ta)} {verb} {self.mention(b, tb)} {ph}{tail}"
        s = s[0].upper() + s[1:]
        self.add("will_meet", s, pub, [Ev("meeting", [a[::3], b[::3]], "planned", span)],
                 [a[::3], b[::3]])

    def scheduled(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub, allow_none=False)
        verb = self.rnd.choice([
            "is scheduled to hold talks with", "is due to meet", "is set to meet",
            "is slated to meet", "is scheduled to meet",
        ])
        s = f"{self.mention(a)} {verb} {self.mention(b)} {ph}."
        self.add("scheduled", s, pub, [Ev("meeting", [a[::3], b[::3]], "planned", span)],
                 [a[::3], b[::3]])

    def expected(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub)
        if self.rnd.random() < 0.5:
            s = f"{self.mention(a)} is expected to meet {self.mention(b)} {ph}."
        else:
            s = (f"{self.mention(a)} and {self.mention(b)} are expected to hold talks {ph}, "
                 "diplomats said.")
        self.add("expected", s, pub, [Ev("meeting", [a[::3], b[::3]], "planned", span)],
                 [a[::3], b[::3]])

    def plans_visit(self, pub):
        a, _ = self.pair()
        dest = self.rnd.choice([c for c in COUNTRIES if c != a[3]])
        cname, _, cap, _ = COUNTRIES[dest]
        ph, span = self.date(pub)
        where = self.rnd.choice([cap, cname])
        verb = self.rnd.choice(["plans to visit", "will visit", "is to visit",
                                "will pay an official visit to", "will travel to",
                                "is planning a visit to", "will make a state visit to"])
        s = f"{self.mention(a)} {verb} {where} {ph}."
        s = s[0].upper() + s[1:]
        self.add("plans_visit", s, pub,
                 [Ev("visit", [a[::3]], "planned", span, place_country=dest)], [a[::3]])

    def travel_where(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        ph, span = self.date(pub, allow_none=False)
        verb = self.rnd.choice(["will meet", "is due to meet", "will hold talks with"])
        s = (f"{self.mention(a)} will travel to {cap} {ph}, where {self.pron(a)} {verb} "
             f"{self.mention(b)}.")
        self.add("travel_where", s, pub, [
            Ev("visit", [a[::3]], "planned", span, place_country=b[3]),
            Ev("meeting", [a[::3], b[::3]], "planned", span),
        ], [a[::3], b[::3]])

    def agreed_again(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub, only=("in", "later", "early", "next"))
        fmt = self.rnd.choice(["phone call", "telephone conversation", "video call"])
        wd = WEEKDAYS[(pub.weekday() - 2) % 7]
        held = _iso(pub - dt.timedelta(days=2))
        again = self.rnd.choice(["agreed to meet again", "agreed to meet in person",
                                 "agreed to hold their next meeting"])
        s = (f"During a {fmt} on {wd}, {self.mention(a)} and {self.mention(b)} discussed "
             f"trade and energy. The two ministers {again} {ph}.")
        self.add("agreed_again", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "held", held),
            Ev("meeting", [a[::3], b[::3]], "planned", span),
        ], [a[::3], b[::3]])

    def invitation(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        accepted = self.rnd.random() < 0.5
        when = self.rnd.choice(["", " at a mutually convenient time", " later this year"])
        span = None
        if when == " later this year":
            span = f"{pub.year}"
        where = self.rnd.choice([cname, cap])
        s = f"{self.mention(b)} invited {self.mention(a)} to visit {where}{when}"
        if accepted:
            s += self.rnd.choice([", and the invitation was accepted.",
                                  f", and {a[1]} accepted the invitation."])
        else:
            s += "."
        s = s[0].upper() + s[1:]
        self.add("invitation", s, pub, [
            Ev("visit", [a[::3]], "planned" if accepted else "tentative", span,
               place_country=b[3])], [a[::3], b[::3]])

    def accepted_inv(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        ph, span = self.date(pub, only=("in", "later", "early", "next"))
        s = (f"{self.mention(a)} has accepted an invitation from {self.mention(b)} to visit "
             f"{cname} {ph}.")
        self.add("accepted_inv", s, pub, [
            Ev("visit", [a[::3]], "planned", span, place_country=b[3])], [a[::3], b[::3]])

    def being_planned(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub, only=("in", "later", "early", "next"))
        noun = self.rnd.choice(["A meeting", "A summit", "Talks", "A bilateral meeting"])
        verb = "are" if noun == "Talks" else "is"
        when = "for " + (ph[3:] if ph.startswith("in ") else ph)
        s = f"{noun} between {self.mention(a)} and {self.mention(b)} {verb} being planned {when}."
        self.add("being_planned", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", span)], [a[::3], b[::3]])

    def likely(self, pub):
        a, b = self.pair()
        host = self.rnd.choice([c for c in COUNTRIES if c not in (a[3], b[3])])
        city = COUNTRIES[host][3]
        forum = self.rnd.choice(["G20 summit", "UN General Assembly", "ASEAN Regional Forum",
                                 "BRICS summit", "climate conference"])
        ph, span = self.date(pub, allow_none=False, only=("next", "later", "in"))
        modal = self.rnd.choice(["are likely to meet", "could meet", "may meet",
                                 "might hold talks", "are possibly meeting"])
        if modal == "are possibly meeting":
            modal = "could hold talks"
        s = (f"{self.mention(a)} and {self.mention(b)} {modal} on the sidelines of the {forum} "
             f"in {city} {ph}.")
        self.add("likely", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "tentative", span)], [a[::3], b[::3]])

    def may_visit(self, pub):
        a, _ = self.pair()
        dest = self.rnd.choice([c for c in COUNTRIES if c != a[3]])
        cname, _, cap, _ = COUNTRIES[dest]
        ph, span = self.date(pub)
        form = self.rnd.randrange(3)
        if form == 0:
            s = f"{self.mention(a)} may visit {cap} {ph}."
        elif form == 1:
            s = f"Media reports say {self.mention(a)} could travel to {cname} {ph}."
        else:
            s = f"{self.mention(a)} might visit {cap} {ph}, according to local media."
        s = s[0].upper() + s[1:]
        self.add("may_visit", s, pub, [
            Ev("visit", [a[::3]], "tentative", span, place_country=dest)], [a[::3]])

    def postponed(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        form = self.rnd.randrange(4)
        mname = calendar.month_name[self.rnd.randint(1, 12)]
        if form == 0:
            s = (f"The visit of {self.mention(a)} to {cap}, originally planned for {mname}, "
                 "has been postponed.")
            ev = [Ev("visit", [a[::3]], "postponed", "*", place_country=b[3])]
        elif form == 1:
            s = f"{self.mention(a)} postponed {self.poss(a)} trip to {cname}, the ministry said."
            ev = [Ev("visit", [a[::3]], "postponed", "*", place_country=b[3])]
        elif form == 2:
            s = (f"Talks between {self.mention(a)} and {self.mention(b)} that had been "
                 f"scheduled for {mname} were postponed.")
            ev = [Ev("meeting", [a[::3], b[::3]], "postponed", "*")]
        else:
            s = (f"The meeting between {self.mention(a)} and {self.mention(b)} has been "
                 "postponed until further notice.")
            ev = [Ev("meeting", [a[::3], b[::3]], "postponed", "*")]
        s = s[0].upper() + s[1:]
        self.add("postponed", s, pub, ev, list(ev[0].names))

    def called_off(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        form = self.rnd.randrange(4)
        if form == 0:
            s = f"{self.mention(a, form=0)}'s trip to {cap} was called off at the last minute."
            ev = [Ev("visit", [a[::3]], "cancelled", "*", place_country=b[3])]
        elif form == 1:
            s = (f"{self.mention(a)} cancelled {self.poss(a)} planned visit to {cname} after "
                 "the protests.")
            ev = [Ev("visit", [a[::3]], "cancelled", "*", place_country=b[3])]
        elif form == 2:
            s = (f"A meeting between {self.mention(a)} and {self.mention(b)} was cancelled "
                 "on Monday.")
            ev = [Ev("meeting", [a[::3], b[::3]], "cancelled", "*")]
        else:
            s = (f"{self.mention(b)} called off talks with {self.mention(a)} that were due "
                 "to take place next week.")
            ev = [Ev("meeting", [a[::3], b[::3]], "cancelled", "*")]
        s = s[0].upper() + s[1:]
        self.add("called_off", s, pub, ev, [x for e in ev for x in e.names])

    def declined(self, pub):
        a, b = self.pair()
        cname, _, cap, _ = COUNTRIES[b[3]]
        form = self.rnd.randrange(2)
        if form == 0:
            s = (f"{self.mention(a)} declined an invitation from {self.mention(b)} to visit "
                 f"{cname}.")
            ev = [Ev("visit", [a[::3]], "declined", None, place_country=b[3])]
        else:
            s = (f"{self.mention(a)} refused to meet {self.mention(b)}, "
                 "the foreign ministry said.")
            ev = [Ev("meeting", [a[::3], b[::3]], "declined", None)]
        s = s[0].upper() + s[1:]
        self.add("declined", s, pub, ev, [a[::3], b[::3]])

    def next_round(self, pub):
        a, b = self.rnd.sample(list(COUNTRIES), 2)
        da, db = COUNTRIES[a][1], COUNTRIES[b][1]
        host = self.rnd.choice([a, b])
        city = COUNTRIES[host][2]
        ph, span = self.date(pub, allow_none=False, only=("in", "later", "next", "early"))
        body = self.rnd.choice(["Strategic Dialogue", "Joint Commission", "Policy Consultations",
                                "Joint Working Group on Trade"])
        name = f"{da}-{db} {body}"
        form = self.rnd.randrange(2)
        if form == 0:
            s = f"The next round of the {name} will be held in {city} {ph}."
        else:
            s = f"The two sides agreed that the next meeting of the {name} will take place in {city} {ph}."
        self.add("next_round", s, pub, [
            Ev("meeting", [], "planned", span, countries=(a, b))], [])

    def preview(self, pub):
        """A background call previewing a trip day by day."""
        a, b = self.pair()
        c = self.rnd.choice([p for p in PEOPLE if p[3] not in (a[3], b[3])])
        d1, d2 = sorted(self.rnd.sample(range(1, 7), 2))  # days after the text's own
        w1 = WEEKDAYS[(pub.weekday() + d1) % 7]
        w2 = WEEKDAYS[(pub.weekday() + d2) % 7]
        day1, day2 = pub + dt.timedelta(days=d1), pub + dt.timedelta(days=d2)
        cap_b, cap_c = COUNTRIES[b[3]][2], COUNTRIES[c[3]][2]
        t = self.rnd.choice(["Foreign Minister", "Minister of Foreign Affairs",
                             "Defence Minister"])
        s = (f"{self.mention(a, t, 0)} will travel to {cap_b} and {cap_c} in the coming days. "
             f"On {w1}, {self.rnd.choice(['the Minister', self.pron(a)])} will meet "
             f"{self.mention(b)} in {cap_b}. "
             f"On {w2}, {self.pron(a)} travels to {cap_c}, where {self.pron(a)} will meet "
             f"{self.mention(c)}.")
        self.add("preview", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", _iso(day1)),
            Ev("meeting", [a[::3], c[::3]], "planned", _iso(day2)),
            Ev("visit", [a[::3]], "planned", "*", place_country=b[3]),
            Ev("visit", [a[::3]], "planned", "*", place_country=c[3]),
        ], [a[::3], b[::3], c[::3]])

    def reported(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, span = self.date(pub, allow_none=False)
        s = (f"The ministry said {self.mention(a)} would visit {cap} {ph} at the invitation of "
             f"{self.mention(b)}.")
        self.add("reported", s, pub, [
            Ev("visit", [a[::3]], "planned", span, place_country=b[3])], [a[::3], b[::3]])

    def presser(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub, allow_none=False, only=("on", "next", "tomorrow"))
        verb = self.rnd.choice(["will hold a bilateral meeting with", "will see",
                                "is going to meet", "will sit down with"])
        s = (f"Question: Will the minister see {self.mention(b)}?\n\nSpokesperson: Yes. "
             f"{self.mention(a)} {verb} {b[1]} {ph}.")
        self.add("presser", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", span)], [a[::3], b[::3]])

    def call_planned(self, pub):
        a, b = self.pair()
        ph, span = self.date(pub, only=("on", "next", "tomorrow", "later"))
        s = self.rnd.choice([
            f"{self.mention(a)} and {self.mention(b)} will speak by phone {ph}.",
            f"{self.mention(a)} and {self.mention(b)} are set to hold a video call {ph}.",
            f"{self.mention(a)} is scheduled to speak with {self.mention(b)} by telephone {ph}.",
        ])
        self.add("call_planned", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", span)], [a[::3], b[::3]])

    def travel_for_talks(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, span = self.date(pub, allow_none=False)
        verb = self.rnd.choice(["is expected to travel", "will travel", "plans to travel"])
        s = f"{self.mention(a)} {verb} to {cap} {ph} for talks with {self.mention(b)}."
        self.add("travel_for_talks", s, pub, [
            Ev("visit", [a[::3]], "planned", span, place_country=b[3]),
            Ev("meeting", [a[::3], b[::3]], "planned", span),
        ], [a[::3], b[::3]])

    def called_off_dated(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, span = self.date(pub, allow_none=False, only=("next", "later", "on", "in"))
        form = self.rnd.randrange(3)
        if form == 0:
            s = f"{self.mention(a, form=0)}'s planned visit to {cap} {ph} has been called off."
            ev = Ev("visit", [a[::3]], "cancelled", span, place_country=b[3])
        elif form == 1:
            s = f"{self.mention(a)} will not travel to {cap} {ph} as planned, officials said."
            ev = Ev("visit", [a[::3]], "cancelled", span, place_country=b[3])
        else:
            s = (f"{self.mention(a)} will not meet {self.mention(b)} {ph} as had been "
                 "planned.")
            ev = Ev("meeting", [a[::3], b[::3]], "cancelled", span)
        s = s[0].upper() + s[1:]
        self.add("called_off_dated", s, pub, [ev], list(ev.names))

    def attempt(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        form = self.rnd.randrange(3)
        if form == 0:
            s = (f"Officials are working to arrange a meeting between {self.mention(a)} and "
                 f"{self.mention(b)}.")
            ev = Ev("meeting", [a[::3], b[::3]], "tentative", None)
        elif form == 1:
            ph, span = self.date(pub, allow_none=False, only=("in", "next", "later"))
            s = f"{self.mention(a)} is considering a visit to {cap} {ph}."
            ev = Ev("visit", [a[::3]], "tentative", span, place_country=b[3])
        else:
            s = (f"{self.mention(a)} could hold talks with {self.mention(b)} in {cap} as early "
                 "as next week.")
            mon = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
            ev = Ev("meeting", [a[::3], b[::3]], "tentative",
                    f"{_iso(mon)}/{_iso(mon + dt.timedelta(days=6))}")
        self.add("attempt", s, pub, [ev], list(ev.names))

    def off_meeting(self, pub):
        a, b = self.pair()
        form = self.rnd.randrange(3)
        if form == 0:
            s = f"{self.mention(a)} ruled out a meeting with {self.mention(b)}."
            st = "declined"
        elif form == 1:
            s = f"{self.mention(a)} pulled out of talks with {self.mention(b)}."
            st = "cancelled"
        else:
            s = (f"The summit between {self.mention(a)} and {self.mention(b)} has been pushed "
                 "back.")
            st = "postponed"
        s = s[0].upper() + s[1:]
        self.add("off_meeting", s, pub, [Ev("meeting", [a[::3], b[::3]], st, "*")],
                 [a[::3], b[::3]])

    def span_visit(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        mo = self.rnd.randint(pub.month + 1, 12) if pub.month < 12 else 12
        d = self.rnd.randint(2, 24)
        mname = calendar.month_name[mo]
        form = self.rnd.randrange(2)
        if form == 0:
            s = f"{self.mention(a)} will pay a state visit to {cap} from {mname} {d} to {d + 2}."
        else:
            s = (f"{self.mention(a)} will visit {cap} on {d}-{d + 2} {mname} at the invitation "
                 f"of {self.mention(b)}.")
        self.add("span_visit", s, pub, [
            Ev("visit", [a[::3]], "planned",
               f"{pub.year}-{mo:02d}-{d:02d}/{pub.year}-{mo:02d}-{d + 2:02d}",
               place_country=b[3])], [a[::3]] + ([b[::3]] if form else []))

    def resume(self, pub):
        a, b = self.rnd.sample(list(COUNTRIES), 2)
        da, db = COUNTRIES[a][1], COUNTRIES[b][1]
        ph, span = self.date(pub, allow_none=False, only=("in", "later", "next", "early"))
        body = self.rnd.choice(["strategic dialogue", "defence consultations",
                                "trade talks", "political consultations"])
        s = f"The two sides agreed to resume the {da}-{db} {body} {ph}."
        self.add("resume", s, pub, [Ev("meeting", [], "planned", span, countries=(a, b))], [])

    def at_gathering(self, pub):
        """A bilateral meeting told by the gathering it happens at."""
        a, b = self.pair()
        host = self.rnd.choice([c for c in COUNTRIES if c not in (a[3], b[3])])
        city = COUNTRIES[host][2]
        forum = self.rnd.choice(["G20 Summit", "ASEAN Summit", "UN General Assembly",
                                 "Shangri-La Dialogue", "NATO Summit", "World Economic Forum"])
        mo = self.rnd.randint(pub.month + 1, 12) if pub.month < 12 else 12
        mname = calendar.month_name[mo]
        form = self.rnd.randrange(4)
        if form == 0:
            s = f"{self.mention(a)} and {self.mention(b)} will meet at the {forum} in {mname}."
        elif form == 1:
            s = (f"{self.mention(a)} said {self.pron(a)} looked forward to meeting "
                 f"{self.mention(b)} at the {forum} in {city} in {mname}.")
        elif form == 2:
            s = (f"{self.mention(a)} and {self.mention(b)} look forward to meeting again on the "
                 f"margins of the {forum} in {city} in {mname}.")
        else:
            s = (f"{self.mention(a)} and {self.mention(b)} agreed to meet on the sidelines of "
                 f"the {forum} in {mname}.")
        self.add("at_gathering", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", f"{pub.year}-{mo:02d}"),
            Ev("meeting", [a[::3], b[::3]], "planned", "*", optional=True),  # the gathering
            Ev("visit", [a[::3]], "planned", "*", optional=True),
            Ev("visit", [b[::3]], "planned", "*", optional=True),
        ], [a[::3], b[::3]])

    def welcome(self, pub):
        a, b = self.pair()
        cname = COUNTRIES[a[3]][0]
        ph, span = self.date(pub, allow_none=False, only=("in", "next", "later", "early"))
        s = f"{self.mention(a)} said {self.pron(a)} looked forward to welcoming {self.mention(b)} "
        s += f"to {cname} {ph}."
        self.add("welcome", s, pub, [
            Ev("visit", [b[::3]], "planned", span, place_country=a[3]),
            Ev("meeting", [a[::3], b[::3]], "planned", span, optional=True),
        ], [a[::3], b[::3]])

    def wish(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        form = self.rnd.randrange(3)
        if form == 0:
            s = (f"{self.mention(a)} said {self.pron(a)} would like to meet {self.mention(b)} "
                 "soon.")
            ev = Ev("meeting", [a[::3], b[::3]], "tentative", None)
        elif form == 1:
            ph, span = self.date(pub, allow_none=False, only=("next", "later", "in", "early"))
            s = f"{self.mention(a)} is keen to visit {cap} {ph}."
            ev = Ev("visit", [a[::3]], "tentative", span, place_country=b[3])
        else:
            mo = self.rnd.randint(pub.month + 1, 12) if pub.month < 12 else 12
            s = (f"{self.mention(a)} could visit {cap} as early as "
                 f"{calendar.month_name[mo]}, officials said.")
            ev = Ev("visit", [a[::3]], "tentative", f"{pub.year}-{mo:02d}", place_country=b[3])
        self.add("wish", s, pub, [ev], list(ev.names))

    def adjunct(self, pub):
        """A next leg told in a gerund adjunct of the main clause."""
        a, b = self.pair()
        c = self.rnd.choice([p for p in PEOPLE if p[3] not in (a[3], b[3])])
        d1, d2 = sorted(self.rnd.sample(range(1, 7), 2))
        w1, w2 = WEEKDAYS[(pub.weekday() + d1) % 7], WEEKDAYS[(pub.weekday() + d2) % 7]
        day1, day2 = _iso(pub + dt.timedelta(days=d1)), _iso(pub + dt.timedelta(days=d2))
        cap_c = COUNTRIES[c[3]][2]
        verb = self.rnd.choice(["flying", "travelling", "heading"])
        s = (f"{self.mention(a)} will hold talks with {self.mention(b)} on {w1}, before "
             f"{verb} to {cap_c} on {w2} to meet {self.mention(c)}.")
        self.add("adjunct", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", day1),
            Ev("visit", [a[::3]], "planned", day2, place_country=c[3]),
            Ev("meeting", [a[::3], c[::3]], "planned", day2),
            Ev("visit", [a[::3]], "planned", "*", place_country=b[3], optional=True),
        ], [a[::3], b[::3], c[::3]])

    def week_itinerary(self, pub):
        """A trip announced for next week, then one of its days by a bare weekday."""
        a, b = self.pair()
        c = self.rnd.choice([p for p in PEOPLE if p[3] not in (a[3], b[3])])
        cap_b, cap_c = COUNTRIES[b[3]][2], COUNTRIES[c[3]][2]
        mon = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7)
        k = self.rnd.randint(1, 4)
        wd = WEEKDAYS[k]
        opener = self.rnd.choice([f"{wd}", f"On {wd},"])
        s = (f"{self.mention(a)} will travel to {cap_b} and {cap_c} next week. In {cap_b}, "
             f"{self.pron(a)} will meet {self.mention(b)}. {opener} {self.pron(a)} travels "
             f"to {cap_c}, where {self.pron(a)} will meet {self.mention(c)}.")
        week = f"{_iso(mon)}/{_iso(mon + dt.timedelta(days=6))}"
        day = _iso(mon + dt.timedelta(days=k))
        self.add("week_itinerary", s, pub, [
            Ev("visit", [a[::3]], "planned", week, place_country=b[3]),
            Ev("meeting", [a[::3], b[::3]], "planned", week),
            Ev("visit", [a[::3]], "planned", day, place_country=c[3]),
            Ev("meeting", [a[::3], c[::3]], "planned", day),
        ], [a[::3], b[::3], c[::3]])

    def meeting_nouns(self, pub):
        """A planned meeting told by its noun or a host's act."""
        a, b = self.pair()
        ph, span = self.date(pub, allow_none=False, only=("on", "next", "tomorrow"))
        form = self.rnd.choice([
            "will have a tête-à-tête with {B} {ph}",
            "will be joined by {B} for talks {ph}",
            "will hold consultations with {B} {ph}",
            "will host a working lunch for {B} {ph}",
            "will pay a courtesy call on {B} {ph}",
            "is expected to hold a bilateral with {B} {ph}",
            "will raise the matter with {B} when they meet {ph}",
        ])
        s = f"{self.mention(a)} " + form.format(B=self.mention(b), ph=ph) + "."
        self.add("meeting_nouns", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "planned", span),
            Ev("visit", [b[::3]], "planned", span, optional=True),  # (a host's guest)
        ], [a[::3], b[::3]])

    def series(self, pub):
        """A held meeting, then the pair's next one."""
        a, b = self.pair()
        city = COUNTRIES[a[3]][2]
        ph, span = self.date(pub, allow_none=False, only=("in", "next", "later", "early"))
        wd = WEEKDAYS[(pub.weekday() - 1) % 7]
        held = _iso(pub - dt.timedelta(days=1))
        nxt = self.rnd.choice([
            f"Their next meeting will take place in {city} {ph}.",
            f"They agreed to meet again in {city} {ph}.",
            f"The two ministers will meet again in {city} {ph}.",
        ])
        s = (f"{self.mention(a)} met {self.mention(b)} in {COUNTRIES[b[3]][2]} on {wd}. "
             + nxt)
        self.add("series", s, pub, [
            Ev("meeting", [a[::3], b[::3]], "held", held),
            Ev("meeting", [a[::3], b[::3]], "planned", span),
            Ev("visit", [a[::3]], "held", "*", place_country=b[3], optional=True),
            Ev("visit", [b[::3]], "planned", "*", place_country=a[3], optional=True),
        ], [a[::3], b[::3]])

    def off_idioms(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        form = self.rnd.randrange(4)
        if form == 0:
            s = f"{self.mention(a, form=0)}'s visit to {cap} has been put on hold."
            ev = Ev("visit", [a[::3]], "postponed", "*", place_country=b[3])
        elif form == 1:
            s = f"{self.mention(a, form=0)}'s trip to {cap} was shelved after the election."
            ev = Ev("visit", [a[::3]], "cancelled", "*", place_country=b[3])
        elif form == 2:
            s = (f"The planned meeting between {self.mention(a)} and {self.mention(b)} fell "
                 "through.")
            ev = Ev("meeting", [a[::3], b[::3]], "cancelled", "*")
        else:
            s = (f"Talks between {self.mention(a)} and {self.mention(b)} are on hold, "
                 "diplomats said.")
            ev = Ev("meeting", [a[::3], b[::3]], "postponed", "*")
        self.add("off_idioms", s, pub, [ev], list(ev.names))

    def headline(self, pub):
        """A headline's 'A to visit X' (no date), then the body's sentence of the event."""
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, span = self.date(pub, allow_none=False, only=("on", "next", "later", "in"))
        ta, tb = self.rnd.choice(TITLES), self.rnd.choice(TITLES)
        if self.rnd.random() < 0.5:
            s = (f"{self.mention(a, ta)} to visit {cap}\n\n"
                 f"{self.rnd.choice(['Officials', 'Diplomats'])} said on Monday that the trip "
                 f"would focus on trade. {self.mention(a, ta)} will be in {cap} {ph}.")
            ev = [Ev("visit", [a[::3]], "planned", span, place_country=b[3])]
        else:
            s = (f"{self.mention(a, ta)} to hold talks with {self.mention(b, tb)}\n\nThe two "
                 f"sides will discuss trade and energy. {self.mention(a, ta)} will meet "
                 f"{self.mention(b, tb)} in {cap} {ph}, the ministry said.")
            ev = [Ev("meeting", [a[::3], b[::3]], "planned", span),
                  Ev("visit", [a[::3]], "planned", "*", place_country=b[3], optional=True)]
        self.add("headline", s, pub, ev, [x for e in ev[:1] for x in e.names])

    def briefing(self, pub):
        """A background call previewing the home office's trip day by day."""
        b, c = self.pair()
        while "US" in (b[3], c[3]):
            b, c = self.pair()
        cap_b, cap_c = COUNTRIES[b[3]][2], COUNTRIES[c[3]][2]
        d = [pub + dt.timedelta(days=k) for k in (1, 2, 3, 4)]
        wd = [WEEKDAYS[x.weekday()] for x in d]
        he = self.rnd.choice(["he", "she"])
        s = (f"SENIOR STATE DEPARTMENT OFFICIAL: Thanks, everyone. So the Secretary departs "
             f"tomorrow for {cap_b}. On {wd[1]} {he}'ll meet with {self.mention(b)}. "
             f"{wd[2]} {he} travels to {cap_c}, where {he}'ll see {self.mention(c)}, and then "
             f"on {wd[3]} {he} goes on to Canberra.")
        self.n += 1
        self.cases.append(Case(f"briefing-{self.n:03d}", "briefing", s, pub, [
            Ev("visit", [], "planned", "*", countries=("US",), place_country=b[3]),
            Ev("meeting", [b[::3]], "planned", _iso(d[1]), countries=("US",)),
            Ev("visit", [], "planned", _iso(d[2]), countries=("US",), place_country=c[3]),
            Ev("meeting", [c[::3]], "planned", _iso(d[2]), countries=("US",)),
            Ev("visit", [], "planned", _iso(d[3]), countries=("US",), place_country="AU"),
        ], [b[::3], c[::3]], publisher="U.S. Department of State"))

    def open_question(self, pub):
        """A plan told as an open question or under a condition: possible (tentative)."""
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        form = self.rnd.randrange(3)
        if form == 0:
            s = (f"{self.mention(a)} declined to say whether {self.pron(a)} would meet "
                 f"{self.mention(b)}.")
            ev = Ev("meeting", [a[::3], b[::3]], "tentative", None)
        elif form == 1:
            s = f"It is unclear whether {self.mention(a)} will travel to {cap}."
            ev = Ev("visit", [a[::3]], "tentative", None, place_country=b[3])
        else:
            s = (f"{self.mention(a)} would visit {cap} only if {self.mention(b)} guaranteed "
                 "the lifting of the new tariffs.")
            ev = Ev("visit", [a[::3]], "tentative", None, place_country=b[3])
        self.add("open_question", s, pub, [ev], list(ev.names))

    def spokesperson(self, pub):
        """A press conference's announcement: the speaker is no side."""
        a, b = self.pair()
        sp = self.rnd.choice([p for p in PEOPLE if p[3] == b[3] and p != b] or [None])
        if sp is None:
            return self.spokesperson(pub)
        cname = COUNTRIES[b[3]][0]
        mo = self.rnd.randint(pub.month + 1, 12) if pub.month < 12 else 12
        d = self.rnd.randint(2, 24)
        mname = calendar.month_name[mo]
        s = (f"Spokesperson {sp[0]}: At the invitation of {self.mention(b)}, {self.mention(a)} "
             f"will pay an official visit to {cname} from {mname} {d} to {d + 2}.")
        self.add("spokesperson", s, pub, [
            Ev("visit", [a[::3]], "planned",
               f"{pub.year}-{mo:02d}-{d:02d}/{pub.year}-{mo:02d}-{d + 2:02d}",
               place_country=b[3], absent=(sp[0],)),
            Ev("meeting", [a[::3], b[::3]], "planned", "*", optional=True, absent=(sp[0],)),
        ], [a[::3], b[::3]])

    def hearsay(self, pub):
        """A plan only others report: possible (tentative)."""
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, span = self.date(pub, allow_none=False, only=("next", "later", "in"))
        form = self.rnd.randrange(3)
        if form == 0:
            s = f"{self.mention(a)} is reportedly planning to visit {cap} {ph}."
            ev = Ev("visit", [a[::3]], "tentative", span, place_country=b[3])
        elif form == 1:
            s = f"Local media reports say {self.mention(a)} will meet {self.mention(b)} {ph}."
            ev = Ev("meeting", [a[::3], b[::3]], "tentative", span)
        else:
            s = (f"{self.mention(a)} will travel to {cap} {ph}, according to people familiar "
                 "with the plans.")
            ev = Ev("visit", [a[::3]], "tentative", span, place_country=b[3])
        self.add("hearsay", s, pub, [ev], list(ev.names))

    # ---- negatives --------------------------------------------------------------------
    def neg_hypothetical(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        s = self.rnd.choice([
            f"If {self.mention(a)} were to visit {cap}, {self.pron(a)} would meet "
            f"{self.mention(b)}.",
            f"Asked whether {self.mention(a)} would meet {self.mention(b)}, the spokesperson "
            "said no such meeting was under consideration.",
            f"Should {self.mention(a)} travel to {cap}, a meeting with {self.mention(b)} "
            "would be possible, analysts said.",
        ])
        self.add("neg_hypothetical", s, pub, [], [], negative=True)

    def neg_hope(self, pub):
        a, b = self.pair()
        s = self.rnd.choice([
            f"{self.mention(a)} said {self.pron(a)} hoped the two countries would meet "
            "regularly at all levels.",
            f"{self.mention(a)} and {self.mention(b)} expressed the hope that high-level "
            "exchanges would continue.",
            f"{self.mention(a)} called for more regular dialogue between the two governments.",
            f"We hope to meet regularly, {self.mention(a)} told reporters.",
        ])
        s = s[0].upper() + s[1:]
        self.add("neg_hope", s, pub, [], [], negative=True)

    def neg_no_attend(self, pub):
        a, _ = self.pair()
        forum = self.rnd.choice(["the G20 summit", "the climate conference",
                                 "the UN General Assembly"])
        s = self.rnd.choice([
            f"{self.mention(a)} will not attend {forum}, {self.poss(a)} office said.",
            f"{self.mention(a)} has no plans to travel abroad this month, "
            f"{self.poss(a)} spokesperson said.",
            f"{self.mention(a)} ruled out a visit to the region before the elections.",
        ])
        s = s[0].upper() + s[1:]
        self.add("neg_no_attend", s, pub, [], [], negative=True)

    def neg_denied(self, pub):
        a, b = self.pair()
        cap = COUNTRIES[b[3]][2]
        ph, _ = self.date(pub, allow_none=False)
        s = self.rnd.choice([
            f"{self.mention(a)} denied reports that {self.pron(a)} would visit {cap} {ph}.",
            f"{self.mention(a)} dismissed speculation about a meeting with {self.mention(b)}.",
            f"There are no plans for a meeting between {self.mention(a)} and {self.mention(b)}, "
            "the spokesperson said.",
            f"{self.mention(a)} has no plans to meet {self.mention(b)}.",
        ])
        s = s[0].upper() + s[1:]
        self.add("neg_denied", s, pub, [], [], negative=True)

    def neg_generic(self, pub):
        """Policy, hopes and absences: no event."""
        a, b = self.pair()
        na, nb = COUNTRIES[a[3]][0], COUNTRIES[b[3]][0]
        x, y = self.rnd.sample([c for c in COUNTRIES if c not in (a[3], b[3])], 2)
        s = self.rnd.choice([
            f"{self.mention(a)} stressed the importance of regular high-level visits between "
            f"{na} and {nb}.",
            f"{self.mention(a)} and {self.mention(b)} agreed to further strengthen exchanges "
            "at all levels.",
            f"{self.mention(a)} has never visited {nb}.",
            f"{self.mention(a)} called for dialogue between {COUNTRIES[x][0]} and "
            f"{COUNTRIES[y][0]}.",
            f"{self.mention(a)} was not invited to the summit in {COUNTRIES[b[3]][2]}.",
        ])
        s = s[0].upper() + s[1:]
        self.add("neg_generic", s, pub, [], [], negative=True)

    def build(self):
        shapes = [
            (self.will_meet, 30), (self.scheduled, 20), (self.expected, 20),
            (self.plans_visit, 30), (self.travel_where, 20), (self.agreed_again, 15),
            (self.invitation, 16), (self.accepted_inv, 12), (self.being_planned, 12),
            (self.likely, 16), (self.may_visit, 18), (self.postponed, 16),
            (self.called_off, 16), (self.declined, 8), (self.next_round, 14),
            (self.preview, 12), (self.reported, 12), (self.presser, 10),
            (self.call_planned, 14), (self.travel_for_talks, 14), (self.called_off_dated, 15),
            (self.attempt, 15), (self.off_meeting, 12), (self.span_visit, 12), (self.resume, 10),
            (self.at_gathering, 16), (self.welcome, 12), (self.wish, 12),
            (self.adjunct, 12), (self.week_itinerary, 12), (self.meeting_nouns, 14),
            (self.series, 12), (self.off_idioms, 12),
            (self.headline, 12), (self.briefing, 12),
            (self.open_question, 12), (self.spokesperson, 12),
            (self.hearsay, 12),
            (self.neg_hypothetical, 44), (self.neg_hope, 50), (self.neg_no_attend, 34),
            (self.neg_denied, 36), (self.neg_generic, 30),
        ]
        for fn, k in shapes:
            for i in range(k):
                fn(PUBS[i % len(PUBS)])
        return self.cases


def cases() -> list[Case]:
    return Gen().build()


# ---- scoring -------------------------------------------------------------------------
def _run(case: Case) -> dict:
    from relations_db.extract import extract

    return extract(case.text, published=case.pub.isoformat(), publisher=case.publisher)


def _got(doc: dict):
    offs = {o["id"]: (o["name"], o.get("country")) for o in doc.get("officials", [])}
    out = []
    for kind in ("meeting", "visit"):
        for e in doc.get(kind + "s", []):
            names = {offs[p["official"]][0] for p in e.get("participants", [])
                     if p.get("official") in offs}
            cs = {offs[p["official"]][1] if p.get("official") in offs else p.get("country")
                  for p in e.get("participants", [])}
            loc = (e.get("location") or {}).get("country")
            out.append((kind, names, cs, e.get("status"), e.get("date"), loc))
    return offs, out


def check(case: Case, doc: dict | None = None) -> list[str]:
    """What is wrong with the extraction of a case (empty: fully right)."""
    doc = doc if doc is not None else _run(case)
    offs, got = _got(doc)
    errs = []
    have = set(offs.values())
    for o in case.officials:
        if tuple(o) not in have:
            errs.append(f"official {o} missing")
    used = set()
    for ev in case.events:
        want = {n for n, _ in ev.names}
        ok = None
        for i, g in enumerate(got):
            if i in used or g[0] != ev.kind or not want <= g[1]:
                continue
            if ev.countries and not set(ev.countries) <= g[2]:
                continue
            if ev.place_country and g[5] and g[5] != ev.place_country:
                continue
            ok = i if ok is None else ok
            if g[3] == ev.status and (ev.date == "*" or g[4] == ev.date):
                ok = i
                break
        if ok is None:
            if not ev.optional:
                errs.append(f"{ev.kind} {sorted(want)} missing")
            continue
        used.add(ok)
        g = got[ok]
        if set(ev.absent) & g[1]:
            errs.append(f"{ev.kind} has {sorted(set(ev.absent) & g[1])}")
        if g[3] != ev.status:
            errs.append(f"{ev.kind} status {g[3]} != {ev.status}")
        if ev.date != "*" and g[4] != ev.date:
            errs.append(f"{ev.kind} date {g[4]} != {ev.date}")
    extra = [g for i, g in enumerate(got) if i not in used]
    if extra:
        errs.append(f"extra {[(g[0], sorted(g[1]), g[3], g[4]) for g in extra]}")
    return errs


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(), check, shapes=lambda c: [c.shape], describe=lambda c: f"{c.id} [{c.pub}] {c.text!r}"
    )


if __name__ == "__main__":
    main()

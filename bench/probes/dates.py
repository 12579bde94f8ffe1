"""Probe grid (round 30): the date span of an event, in the sense of annotation.md "Dates"
(resolved against the publication date, the most precise form the text supports and never
more; no date in the text, no date; weeks run Monday to Sunday; "recently" is undated).

The mechanism measured is ATTACHMENT: which date expression belongs to which event. The
date of the event's own clause against one of a neighbouring clause or sentence, fronted
dates, the days of a trip as a range, dates inside a reported-speech frame ("said on
Tuesday that A had met B last week"), the publication day against "today", measures taken
"today" against standing ones, incidents dated by a year or a day, planned events, and
events with no date words at all (which must stay undated: ~25% of the cases).

Every sentence is invented (invented names of many shapes, many country pairs, many
publication days: weekday boundaries, month and year ends).

    python bench/probes/dates.py          # hit rate (cases fully right / all), per shape
    python bench/probes/dates.py -v       # and every miss with what came out
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

# country: (name, demonym, capital)
COUNTRIES = {
    "KR": ("South Korea", "South Korean", "Seoul"),
    "SA": ("Saudi Arabia", "Saudi", "Riyadh"),
    "OM": ("Oman", "Omani", "Muscat"),
    "EG": ("Egypt", "Egyptian", "Cairo"),
    "MX": ("Mexico", "Mexican", "Mexico City"),
    "ES": ("Spain", "Spanish", "Madrid"),
    "CO": ("Colombia", "Colombian", "Bogotá"),
    "AR": ("Argentina", "Argentine", "Buenos Aires"),
    "IN": ("India", "Indian", "New Delhi"),
    "UA": ("Ukraine", "Ukrainian", "Kyiv"),
    "VN": ("Vietnam", "Vietnamese", "Hanoi"),
    "ID": ("Indonesia", "Indonesian", "Jakarta"),
    "TO": ("Tonga", "Tongan", "Nuku'alofa"),
    "TZ": ("Tanzania", "Tanzanian", "Dodoma"),
    "KE": ("Kenya", "Kenyan", "Nairobi"),
    "SE": ("Sweden", "Swedish", "Stockholm"),
    "NO": ("Norway", "Norwegian", "Oslo"),
    "JP": ("Japan", "Japanese", "Tokyo"),
    "TR": ("Turkey", "Turkish", "Ankara"),
    "PL": ("Poland", "Polish", "Warsaw"),
    "BR": ("Brazil", "Brazilian", "Brasília"),
    "NG": ("Nigeria", "Nigerian", "Abuja"),
    "ZA": ("South Africa", "South African", "Pretoria"),
    "FR": ("France", "French", "Paris"),
    "TH": ("Thailand", "Thai", "Bangkok"),
    "KZ": ("Kazakhstan", "Kazakh", "Astana"),
    "DE": ("Germany", "German", "Berlin"),
    "CL": ("Chile", "Chilean", "Santiago"),
    "GH": ("Ghana", "Ghanaian", "Accra"),
    "MA": ("Morocco", "Moroccan", "Rabat"),
}

# (full name, the name a later mention uses, gender, country)
PEOPLE = [
    ("Kim Min-jun", "Kim", "m", "KR"),
    ("Park Ji-young", "Park", "f", "KR"),
    ("Khalid bin Salman al-Rashidi", "al-Rashidi", "m", "SA"),
    ("Faisal bin Hamad al-Harthy", "al-Harthy", "m", "OM"),
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
    ("Sutrisno", "Sutrisno", "m", "ID"),
    ("Retnowati", "Retnowati", "f", "ID"),
    ("Siaosi Tupou Fifita", "Fifita", "m", "TO"),
    ("Juma Mwinyi Mwakyusa", "Mwakyusa", "m", "TZ"),
    ("Amina Wanjiru", "Wanjiru", "f", "KE"),
    ("Anders Lindqvist", "Lindqvist", "m", "SE"),
    ("Ingrid Solberg", "Solberg", "f", "NO"),
    ("Kenji Watanabe", "Watanabe", "m", "JP"),
    ("Mehmet Yildirim", "Yildirim", "m", "TR"),
    ("Aleksandra Nowicka", "Nowicka", "f", "PL"),
    ("João Pereira Santos", "Santos", "m", "BR"),
    ("Olumide Adebayo", "Adebayo", "m", "NG"),
    ("Nomvula Dlamini", "Dlamini", "f", "ZA"),
    ("Pierre-Henri Laurent", "Laurent", "m", "FR"),
    ("Somchai Rattanakul", "Somchai", "m", "TH"),
    ("Yerlan Abenov", "Abenov", "m", "KZ"),
    ("Katrin Vogelsang", "Vogelsang", "f", "DE"),
    ("Andrés Ignacio Valdivia", "Valdivia", "m", "CL"),
    ("Kwame Asante Boateng", "Boateng", "m", "GH"),
    ("Nadia El Idrissi", "El Idrissi", "f", "MA"),
]

TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister",
          "Trade Minister", "Minister of Foreign Affairs", "Vice President", "Finance Minister"]

# publication days: weekday boundaries (Mondays, Sundays, Fridays), month and year ends
PUBS = [
    dt.date(2025, 5, 14),  # Wednesday
    dt.date(2024, 9, 30),  # Monday, month end
    dt.date(2025, 12, 31),  # Wednesday, year end
    dt.date(2026, 1, 2),  # Friday, year start
    dt.date(2024, 3, 1),  # Friday, month start (leap year)
    dt.date(2025, 6, 15),  # Sunday
    dt.date(2023, 11, 6),  # Monday
    dt.date(2024, 7, 19),  # Friday
    dt.date(2026, 3, 31),  # Tuesday, month end
    dt.date(2025, 2, 1),  # Saturday, month start
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# sanction targets: firms (name, country)
FIRMS = [
    ("Northwind Maritime LLC", "RU"), ("Golden Crane Trading Company", "CN"),
    ("Sahand Petrochemical Company", "IR"), ("Baltic Horizon Shipping Limited", "RU"),
    ("Pyongsong Technology Corporation", "KP"), ("Azure Meridian FZE", "AE"),
    ("Altai Precision Machining JSC", "RU"), ("Crescent Falcon General Trading LLC", "AE"),
]
IMPOSERS = [
    ("The United States Treasury", "US"), ("The Council of the European Union", "EU"),
    ("The United Kingdom", "GB"), ("Canada", "CA"), ("Australia", "AU"), ("Japan", "JP"),
]
# incidents: (the first party's forces, its country, the second's, its country, verb, place)
INCIDENTS = [
    ("Chinese coast guard vessels", "CN", "a Philippine supply boat", "PH",
     "fired water cannon at", "near Second Thomas Shoal"),
    ("Russian military aircraft", "RU", "Japanese", "JP", "violated the airspace of", None),
    ("A Chinese navy ship", "CN", "a Vietnamese fishing boat", "VN", "rammed",
     "near the Paracel Islands"),
    ("Russian drones", "RU", "Poland", "PL", "crashed into the territory of", None),
    ("A North Korean ballistic missile", "KP", "Japan", "JP",
     "fell inside the exclusive economic zone of", None),
    ("Iranian forces", "IR", "a Greek-flagged tanker", "GR", "seized", "in the Gulf of Oman"),
]


@dataclass
class Ev:
    kind: str  # meeting | visit | incident | sanction
    keys: frozenset  # official names (meeting, visit), party codes (incident), target (sanction)
    status: str
    date: object  # the gold span: str, None (undated), or a tuple of the acceptable spans
    optional: bool = False  # may be drawn or not; if drawn, its date is checked


@dataclass
class Case:
    id: str
    shape: str
    text: str
    pub: dt.date
    events: list = field(default_factory=list)
    negative: bool = False  # an undated event: a date must not be attached
    publisher: str = "Ministry of Foreign Affairs"


# ---- date arithmetic (annotation.md) --------------------------------------------------
def iso(d: dt.date) -> str:
    return d.isoformat()


def back_day(pub: dt.date, wd: int) -> dt.date:
    """ "on <weekday>" looking back: the last such day before the publication day."""
    k = (pub.weekday() - wd) % 7 or 7
    return pub - dt.timedelta(days=k)


def fwd_day(pub: dt.date, wd: int) -> dt.date:
    k = (wd - pub.weekday()) % 7 or 7
    return pub + dt.timedelta(days=k)


def week(monday: dt.date, end: dt.date | None = None) -> str:
    return f"{iso(monday)}/{iso(end or monday + dt.timedelta(days=6))}"


def monday_of(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def month(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


def prev_month(d: dt.date) -> dt.date:
    return (d.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=5)).replace(day=1)


def day_words(d: dt.date, rnd: random.Random) -> str:
    return rnd.choice([f"{d.day} {MONTHS[d.month - 1]}", f"{MONTHS[d.month - 1]} {d.day}"])


def _low(words: str) -> str:
    """ "A Chinese navy ship" inside a sentence: "a Chinese navy ship"."""
    return "a" + words[1:] if words.startswith("A ") else words


class Gen:
    def __init__(self, seed: int = 30):
        self.rnd = random.Random(seed)
        self.cases: list[Case] = []
        self.n = 0

    # ---- helpers --------------------------------------------------------------------
    def people(self, k: int = 2):
        while True:
            ps = self.rnd.sample(PEOPLE, k)
            if len({p[3] for p in ps}) == k:
                return ps

    def mention(self, p):
        name, _, _, c = p
        cname, dem, _ = COUNTRIES[c]
        t = self.rnd.choice(TITLES)
        form = self.rnd.randrange(3)
        if form == 0:
            return f"{dem} {t} {name}"
        if form == 1:
            return f"{t} {name} of {cname}"
        return f"{t} {name} of {cname}" if cname.startswith("the ") else f"{cname}'s {t} {name}"

    def pron(self, p):
        return "She" if p[2] == "f" else "He"

    def pub(self):
        return self.rnd.choice(PUBS)

    def past_wd(self, pub):
        wd = self.rnd.choice([i for i in range(7) if i != pub.weekday()])
        return WEEKDAYS[wd], back_day(pub, wd)

    def fwd_wd(self, pub):
        wd = self.rnd.choice([i for i in range(7) if i != pub.weekday()])
        return WEEKDAYS[wd], fwd_day(pub, wd)

    def other_city(self, *ps):
        cs = [c for c in COUNTRIES if c not in {p[3] for p in ps}]
        c = self.rnd.choice(cs)
        return c, COUNTRIES[c][2]

    def add(self, shape, text, pub, events, negative=False, publisher=None):
        self.n += 1
        text = text[0].upper() + text[1:]
        self.cases.append(Case(f"{shape}-{self.n:03d}", shape, text, pub, list(events),
                               negative, publisher or "Ministry of Foreign Affairs"))

    def meet(self, a, b, status, date, optional=False):
        return Ev("meeting", frozenset({a[0], b[0]}), status, date, optional)

    def visit(self, a, status, date, optional=False):
        return Ev("visit", frozenset({a[0]}), status, date, optional)

    def _on_weekday(self, pub):
        name, d = self.past_wd(pub)
        return f"on {name}", iso(d)

    def past_span(self, pub, allow_week=True):
        """(phrase, span) of a past time, fronted or not."""
        opts = []
        name, d = self.past_wd(pub)
        opts.append((f"on {name}", iso(d)))
        opts.append(("yesterday", iso(pub - dt.timedelta(days=1))))
        d2 = pub - dt.timedelta(days=self.rnd.randint(3, 40))
        opts.append((f"on {day_words(d2, self.rnd)}", iso(d2)))
        pm = prev_month(pub)
        opts.append(("last month", month(pm)))
        opts.append((f"in {MONTHS[pm.month - 1]}" + (f" {pm.year}" if pm.year != pub.year
                                                      else ""), month(pm)))
        opts.append(("last year", str(pub.year - 1)))
        if allow_week:
            m = monday_of(pub) - dt.timedelta(days=7)
            opts.append(("last week", week(m)))
        if pub.day > 7:
            opts.append(("earlier this month", month(pub)))
        return self.rnd.choice(opts)

    # ---- shapes: held events with a date in their own clause -------------------------
    def fronted(self):
        pub = self.pub()
        a, b = self.people()
        ph, span = self.past_span(pub)
        c, city = self.other_city(a, b)
        verb = self.rnd.choice(["met", "held talks with", "met with", "received"])
        s = f"{ph[0].upper() + ph[1:]}, {self.mention(a)} {verb} {self.mention(b)} in {city}."
        self.add("fronted", s, pub, [self.meet(a, b, "held", span)])

    def trailing(self):
        pub = self.pub()
        a, b = self.people()
        ph, span = self.past_span(pub)
        verb = self.rnd.choice(["met", "held talks with", "spoke by phone with", "met with"])
        tail = self.rnd.choice(["", " to discuss trade and investment",
                                " on the sidelines of the summit"])
        s = f"{self.mention(a)} {verb} {self.mention(b)} {ph}{tail}."
        if self.rnd.random() < 0.5:
            s = f"{self.mention(a)} {verb} {self.mention(b)}{tail} {ph}."
        self.add("trailing", s, pub, [self.meet(a, b, "held", span)])

    def visit_fronted(self):
        pub = self.pub()
        a = self.people(1)[0]
        ph, span = self.past_span(pub)
        c, city = self.other_city(a)
        s = (f"{ph[0].upper() + ph[1:]}, {self.mention(a)} "
             f"{self.rnd.choice(['visited', 'paid a visit to', 'travelled to'])} "
             f"{self.rnd.choice([city, COUNTRIES[c][0]])}.")
        self.add("visit_fronted", s, pub, [self.visit(a, "held", span)])

    # ---- the next sentence goes on about the same event (no date of its own) -----------
    def same_event_next(self):
        pub = self.pub()
        a, b = self.people()
        ph, span = self.past_span(pub, allow_week=False)
        verb = self.rnd.choice(["met", "held talks with"])
        more = self.rnd.choice([
            "The two also discussed regional security and energy cooperation.",
            "The ministers also exchanged views on the situation in the region.",
            f"{self.pron(a)} also raised maritime cooperation with {b[1]}.",
            "They agreed to deepen cooperation in agriculture and digital trade.",
        ])
        s = f"{ph[0].upper() + ph[1:]}, {self.mention(a)} {verb} {self.mention(b)}. {more}"
        self.add("same_event_next", s, pub, [self.meet(a, b, "held", span)])

    # ---- another event's date nearby -------------------------------------------------
    def other_event_after(self):
        pub = self.pub()
        a, b, c = self.people(3)
        name, d = self.past_wd(pub)
        k = self.rnd.choice(["two days", "a week", "three days"])
        cc, city = self.other_city(a, b, c)
        tail = self.rnd.choice([
            f", {k} after the visit of {self.mention(c)} to {city}",
            f", {k} after a visit by {self.mention(c)} to {city}",
            f", {k} before {self.mention(c)} travels to {city}",
        ])
        s = f"{self.mention(a)} met {self.mention(b)} on {name}{tail}."
        evs = [self.meet(a, b, "held", iso(d)), self.visit(c, "*", "*", optional=True)]
        self.add("other_event_after", s, pub, evs)

    def two_clauses(self):
        pub = self.pub()
        a, b, c = self.people(3)
        ph, span = self.past_span(pub, allow_week=False)
        cc, city = self.other_city(a, b, c)
        nm = next_month(pub)
        fph, fspan = self.rnd.choice([
            ("next month", month(nm)),
            (f"in {MONTHS[nm.month - 1]}", month(nm)),
            ("next week", week(monday_of(pub) + dt.timedelta(days=7))),
        ])
        s = (f"{self.mention(a)} met {self.mention(b)} {ph}, and {self.mention(c)} "
             f"will travel to {city} {fph}.")
        self.add("two_clauses", s, pub, [self.meet(a, b, "held", span),
                                         self.visit(c, "planned", fspan)])

    def other_sentence_dated(self):
        """Negative: a date in the sentence before, for another event; this one has none."""
        pub = self.pub()
        a, b, c, d = self.people(4)
        ph, span = self.past_span(pub, allow_week=False)
        second = self.rnd.choice([
            f"Separately, {self.mention(c)} held talks with {self.mention(d)} on energy.",
            f"In a separate meeting, {self.mention(c)} met {self.mention(d)}.",
        ])
        s = f"{ph[0].upper() + ph[1:]}, {self.mention(a)} met {self.mention(b)}. {second}"
        self.add("other_sentence_dated", s, pub,
                 [self.meet(a, b, "held", span), self.meet(c, d, "held", None)], negative=True)

    # ---- trips as ranges ---------------------------------------------------------------
    def trip_range(self):
        pub = self.pub()
        a = self.people(1)[0]
        c, city = self.other_city(a)
        ahead = self.rnd.random() < 0.5
        start = pub + dt.timedelta(days=self.rnd.randint(3, 30)) if ahead else \
            pub - dt.timedelta(days=self.rnd.randint(8, 40))
        n = self.rnd.choice([1, 2, 3])
        end = start + dt.timedelta(days=n)
        if start.month == end.month:
            words = f"from {start.day} to {end.day} {MONTHS[end.month - 1]}"
        else:
            words = self.rnd.choice([
                f"from {start.day} {MONTHS[start.month - 1]} to {end.day} {MONTHS[end.month - 1]}",
                f"from {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} {end.day}",
            ])
        if ahead:
            verb = self.rnd.choice(["will visit", "will pay an official visit to",
                                    "is due to visit"])
        else:
            verb = self.rnd.choice(["visited", "paid an official visit to", "was in"])
        if ahead and start.year != pub.year or not ahead and start.year != pub.year:
            words += f" {end.year}"
        s = f"{self.mention(a)} {verb} {city} {words}."
        self.add("trip_range", s, pub,
                 [self.visit(a, "planned" if ahead else "held", f"{iso(start)}/{iso(end)}")])

    def trip_days(self):
        pub = self.pub()
        a = self.people(1)[0]
        c, city = self.other_city(a)
        n = self.rnd.choice([2, 3, 4])
        nw = {2: "two", 3: "three", 4: "four"}[n]
        if self.rnd.random() < 0.5:
            name, d = self.fwd_wd(pub)
            s = f"{self.mention(a)} will pay a {nw}-day visit to {city} starting {name}."
            st = "planned"
        else:
            name, d = self.past_wd(pub)
            s = f"{self.mention(a)} arrived in {city} on {name} for a {nw}-day official visit."
            st = "held"
        end = d + dt.timedelta(days=n - 1)
        self.add("trip_days", s, pub, [self.visit(a, st, f"{iso(d)}/{iso(end)}")])

    def trip_this_week(self):
        pub = self.pub()
        if pub.weekday() == 0:
            pub = pub + dt.timedelta(days=2)
        a = self.people(1)[0]
        c, city = self.other_city(a)
        m = monday_of(pub)
        s = self.rnd.choice([
            f"{self.mention(a)} visited {city} earlier this week.",
            f"{self.mention(a)} travelled to {city} earlier this week for talks.",
        ])
        spans = week(m, pub)  # (a past event this week: up to the publication day)
        self.add("trip_this_week", s, pub, [self.visit(a, "held", spans)])

    # ---- reported speech ---------------------------------------------------------------
    def reported(self):
        pub = self.pub()
        a, b = self.people()
        name, said = self.past_wd(pub)
        ph, span = self.rnd.choice([
            ("last week", week(monday_of(pub) - dt.timedelta(days=7))),
            ("last month", month(prev_month(pub))),
            ("last year", str(pub.year - 1)),
            (f"in {MONTHS[prev_month(pub).month - 1]}", month(prev_month(pub)))
            if prev_month(pub).year == pub.year else ("last month", month(prev_month(pub))),
        ])
        who = self.rnd.choice(["The ministry", "A spokesperson", "The foreign ministry"])
        verb = self.rnd.choice(["had met", "met", "had held talks with"])
        s = f"{who} said on {name} that {self.mention(a)} {verb} {self.mention(b)} {ph}."
        self.add("reported", s, pub, [self.meet(a, b, "held", span)])

    def reported_no_date(self):
        """Negative: the telling is dated, the meeting is not."""
        pub = self.pub()
        a, b = self.people()
        name, said = self.past_wd(pub)
        s = self.rnd.choice([
            f"The ministry said on {name} that {self.mention(a)} had met {self.mention(b)} "
            f"to discuss trade.",
            f"A spokesperson confirmed on {name} that {self.mention(a)} has held talks with "
            f"{self.mention(b)}.",
        ])
        self.add("reported_no_date", s, pub, [self.meet(a, b, "held", None)], negative=True)

    # ---- today ---------------------------------------------------------------------------
    def today(self):
        pub = self.pub()
        a, b = self.people()
        ph = self.rnd.choice(["today", "Today", "this morning", "earlier today"])
        if ph[0].isupper():
            s = f"{ph}, {self.mention(a)} met {self.mention(b)} in {COUNTRIES[a[3]][2]}."
        else:
            s = f"{self.mention(a)} met {self.mention(b)} in {COUNTRIES[a[3]][2]} {ph}."
        self.add("today", s, pub, [self.meet(a, b, "held", iso(pub))])

    # ---- sanctions -----------------------------------------------------------------------
    def sanction_dated(self):
        pub = self.pub()
        imp, code = self.rnd.choice(IMPOSERS)
        firm, fc = self.rnd.choice(FIRMS)
        if self.rnd.random() < 0.5:
            s = f"{imp} today imposed sanctions on {firm} for supplying military equipment."
            span = iso(pub)
        else:
            name, d = self.past_wd(pub)
            who = "t" + imp[1:] if imp.startswith("The ") else imp
            s = f"On {name}, {who} sanctioned {firm} for supplying military equipment."
            span = iso(d)
        self.add("sanction_dated", s, pub,
                 [Ev("sanction", frozenset({firm}), "held", span)], publisher="Newsroom")

    def sanction_past(self):
        pub = self.pub()
        imp, code = self.rnd.choice(IMPOSERS)
        firm, fc = self.rnd.choice(FIRMS)
        ph, span = self.rnd.choice([
            ("in 2022", "2022"), ("last year", str(pub.year - 1)),
            (f"in {MONTHS[prev_month(pub).month - 1]} {prev_month(pub).year}",
             month(prev_month(pub))),
        ])
        s = f"{imp} sanctioned {firm} {ph} for its role in evading export controls."
        self.add("sanction_past", s, pub, [Ev("sanction", frozenset({firm}), "held", span)],
                 publisher="Newsroom")

    def sanction_standing(self):
        """Negative: a standing measure told in passing is undated."""
        pub = self.pub()
        imp, code = self.rnd.choice(IMPOSERS)
        firm, fc = self.rnd.choice(FIRMS)
        name, d = self.past_wd(pub)
        s = self.rnd.choice([
            f"{firm}, which is subject to sanctions imposed by {imp[0].lower() + imp[1:]}, "
            f"continued to operate, the report said.",
            f"{firm} remains under sanctions. The ministry said on {name} that trade "
            f"had fallen.",
        ]).replace("by the United", "by the United")
        for c in ("Canada", "Australia", "Japan", "United"):
            s = s.replace(f"by {c.lower()}", f"by {c}")
        self.add("sanction_standing", s, pub,
                 [Ev("sanction", frozenset(), "*", None, optional=True)], negative=True,
                 publisher="Newsroom")

    # ---- incidents -----------------------------------------------------------------------
    def incident(self):
        pub = self.pub()
        f1, c1, f2, c2, verb, place = self.rnd.choice(INCIDENTS)
        ph, span = self.rnd.choice([
            ("in 2023", "2023"), ("last year", str(pub.year - 1)),
            (f"on {day_words(pub - dt.timedelta(days=9), self.rnd)}",
             iso(pub - dt.timedelta(days=9))),
            self._on_weekday(pub),
        ])
        obj, verb = ("Japanese airspace", "violated") if f2 == "Japanese" else (f2, verb)
        where = f" {place}" if place else ""
        if self.rnd.random() < 0.5:
            s = f"{ph[0].upper() + ph[1:]}, {_low(f1)} {verb} {obj}{where}."
        else:
            s = f"{f1} {verb} {obj}{where} {ph}."
        self.add("incident", s, pub, [Ev("incident", frozenset({c1, c2}), "held", span)])

    def incident_said(self):
        """The incident's own day inside a telling dated on another day."""
        pub = self.pub()
        f1, c1, f2, c2, verb, place = self.rnd.choice(INCIDENTS)
        n1, d1 = self.past_wd(pub)
        ph, span = self.rnd.choice([("last week", week(monday_of(pub) - dt.timedelta(days=7))),
                                    ("last month", month(prev_month(pub))),
                                    (None, None)])
        obj, verb = ("Japanese airspace", "violated") if f2 == "Japanese" else (f2, verb)
        where = f" {place}" if place else ""
        tail = f" {ph}" if ph else ""
        s = f"The ministry said on {n1} that {_low(f1)} had {verb} {obj}{where}{tail}."
        s = s.replace("had fell", "had fallen")
        self.add("incident_said", s, pub, [Ev("incident", frozenset({c1, c2}), "held", span)],
                 negative=ph is None)

    # ---- planned -------------------------------------------------------------------------
    def planned(self):
        pub = self.pub()
        a, b = self.people()
        nm = next_month(pub)
        ph, span = self.rnd.choice([
            ("next week", week(monday_of(pub) + dt.timedelta(days=7))),
            ("next month", month(nm)),
            ("in the coming weeks", None),
            ("in the coming days", None),
            ("soon", None),
        ] + ([("later this month", month(pub))] if pub.day < 25 else []))
        c, city = self.other_city(a, b)
        if self.rnd.random() < 0.5:
            s = f"{self.mention(a)} will meet {self.mention(b)} {ph}."
            ev = self.meet(a, b, "planned", span)
        else:
            s = f"{self.mention(a)} will travel to {city} {ph}."
            ev = self.visit(a, "planned", span)
        self.add("planned", s, pub, [ev], negative=span is None)

    def planned_fronted(self):
        pub = self.pub()
        a, b = self.people()
        name, d = self.fwd_wd(pub)
        nm = next_month(pub)
        ph, span = self.rnd.choice([
            (f"On {name}", iso(d)), ("Next week", week(monday_of(pub) + dt.timedelta(days=7))),
            ("Next month", month(nm)), (f"In {MONTHS[nm.month - 1]}", month(nm)),
        ])
        s = f"{ph}, {self.mention(a)} is scheduled to hold talks with {self.mention(b)}."
        self.add("planned_fronted", s, pub, [self.meet(a, b, "planned", span)])

    # ---- no date words -------------------------------------------------------------------
    def no_date(self):
        """Negative: an event with no date words stays undated."""
        pub = self.pub()
        a, b = self.people()
        c, city = self.other_city(a, b)
        s = self.rnd.choice([
            f"{self.mention(a)} met {self.mention(b)} in {city} to discuss trade.",
            f"{self.mention(a)} held talks with {self.mention(b)} on energy security.",
            f"{self.mention(a)} recently met {self.mention(b)}.",
            f"{self.mention(a)} recently visited {city}.",
            f"During the visit, {self.mention(a)} met {self.mention(b)}.",
        ])
        evs = [self.meet(a, b, "held", None)]
        if "visited" in s:
            evs = [self.visit(a, "held", None)]
        elif "During the visit" in s:
            evs.append(self.visit(a, "*", None, optional=True))
        self.add("no_date", s, pub, evs, negative=True)

    # ---- harder readout shapes -----------------------------------------------------------
    def readout_para(self):
        """A meeting dated in its sentence, a guest's stay as a range in the next one, and a
        third sentence with no date (the same meeting)."""
        pub = self.pub()
        a, b = self.people()
        start, end = pub - dt.timedelta(days=2), pub + dt.timedelta(days=1)
        d = pub - dt.timedelta(days=self.rnd.choice([1, 2]))
        name = WEEKDAYS[d.weekday()]
        rng = (f"from {start.day} {MONTHS[start.month - 1]} to {end.day} "
               f"{MONTHS[end.month - 1]}")
        city = COUNTRIES[a[3]][2]
        s = (f"{self.mention(a)} received {self.mention(b)} at the ministry in {city} on "
             f"{name}. {b[1]} is on an official visit to {COUNTRIES[a[3]][0]} {rng}. "
             f"During the meeting, the two sides discussed trade and regional security.")
        self.add("readout_para", s, pub, [self.meet(a, b, "held", iso(d)),
                                          self.visit(b, "*", f"{iso(start)}/{iso(end)}")])

    def last_met(self):
        pub = self.pub()
        a, b = self.people()
        pm = prev_month(prev_month(pub))
        ph, span = self.rnd.choice([
            (f"in {MONTHS[pm.month - 1]} {pm.year}", month(pm)),
            ("in 2019", "2019"),
            ("last year", str(pub.year - 1)),
        ])
        s = self.rnd.choice([
            f"{self.mention(a)} and {self.mention(b)} last met {ph} on the sidelines of the "
            f"G20 summit.",
            f"{self.mention(a)} had met {self.mention(b)} in Geneva {ph}.",
        ])
        self.add("last_met", s, pub, [self.meet(a, b, "held", span)])

    def ahead_of_visit(self):
        pub = self.pub()
        a, b, c = self.people(3)
        nm = next_month(pub)
        ph, span = self.rnd.choice([
            ("next week", week(monday_of(pub) + dt.timedelta(days=7))),
            ("next month", month(nm)),
        ] + ([("later this month", month(pub))] if pub.day < 25 else []))
        name, d = self.past_wd(pub)
        cc, city = self.other_city(a, b, c)
        s = self.rnd.choice([
            f"{self.mention(a)} met {self.mention(b)} on {name} ahead of the visit of "
            f"{self.mention(c)} to {city} {ph}.",
            f"{self.mention(a)} met {self.mention(b)} on {name} ahead of a visit by "
            f"{self.mention(c)} to {city} {ph}.",
        ])
        self.add("ahead_of_visit", s, pub, [self.meet(a, b, "held", iso(d)),
                                            self.visit(c, "planned", span)])

    def expected_travel(self):
        pub = self.pub()
        a, b = self.people()
        nm = next_month(pub)
        ph, span = self.rnd.choice([
            ("next week", week(monday_of(pub) + dt.timedelta(days=7))),
            ("next month", month(nm)),
            (f"in {MONTHS[nm.month - 1]}", month(nm)),
        ] + ([("later this month", month(pub))] if pub.day < 25 else []))
        city = COUNTRIES[b[3]][2]
        verb = self.rnd.choice(["is expected to travel to", "will travel to", "plans to visit"])
        s = f"{self.mention(a)} {verb} {city} {ph} for talks with {self.mention(b)}."
        self.add("expected_travel", s, pub, [self.visit(a, "planned", span),
                                             self.meet(a, b, "planned", span, optional=True)])

    def today_leak(self):
        """Negative: the day of the text (or of a telling) is given, the meeting has none."""
        pub = self.pub()
        a, b = self.people()
        name, d = self.past_wd(pub)
        s = self.rnd.choice([
            f"The ministry today published its annual report. {self.mention(a)} met "
            f"{self.mention(b)} to discuss trade.",
            f"Speaking to reporters on {name}, the spokesperson said {self.mention(a)} had met "
            f"{self.mention(b)} to discuss the crisis.",
            f"In a statement issued on {name}, the ministry said {self.mention(a)} has held "
            f"talks with {self.mention(b)}.",
        ])
        self.add("today_leak", s, pub, [self.meet(a, b, "held", None)], negative=True)

    def relative_date(self):
        """A date inside a relative clause or apposition dates no meeting."""
        pub = self.pub()
        a, b = self.people()
        name, d = self.past_wd(pub)
        s = self.rnd.choice([
            f"{self.mention(a)}, who took office in 2021, met {self.mention(b)} on {name}.",
            f"{self.mention(a)} met {self.mention(b)}, who was appointed in 2022, on {name}.",
            f"On {name}, {self.mention(a)}, who visited Geneva in 2019, met {self.mention(b)}.",
        ])
        self.add("relative_date", s, pub, [self.meet(a, b, "held", iso(d))])

    def two_days(self):
        pub = self.pub()
        a, b = self.people()
        (n1, d1), (n2, d2) = sorted([self.past_wd(pub), self.past_wd(pub)], key=lambda x: x[1])
        while d1 == d2:
            n2, d2 = self.past_wd(pub)
            (n1, d1), (n2, d2) = sorted([(n1, d1), (n2, d2)], key=lambda x: x[1])
        c, city = self.other_city(a, b)
        s = (f"On {n1}, {self.mention(a)} met {self.mention(b)}. On {n2}, {a[1]} travelled "
             f"to {city}.")
        self.add("two_days", s, pub, [self.meet(a, b, "held", iso(d1)),
                                      self.visit(a, "held", iso(d2))])

    def year_visit(self):
        pub = self.pub()
        a = self.people(1)[0]
        c, city = self.other_city(a)
        y = self.rnd.choice([2015, 2018, 2019, 2021])
        s = self.rnd.choice([
            f"{self.mention(a)} visited {COUNTRIES[c][0]} in {y}, the first such visit in a "
            f"decade.",
            f"In {y}, {self.mention(a)} paid a state visit to {COUNTRIES[c][0]}.",
        ])
        self.add("year_visit", s, pub, [self.visit(a, "held", str(y))])

    # ---- round 30, second batch: the misses' structures ------------------------------------
    def agreed_again(self):
        pub = self.pub()
        a, b = self.people()
        nm = next_month(pub)
        ph, span = self.rnd.choice([
            ("next month", month(nm)), ("next week", week(monday_of(pub) + dt.timedelta(days=7))),
            (f"in {MONTHS[nm.month - 1]}", month(nm)), ("in the near future", None),
        ] + ([("later this month", month(pub))] if pub.day < 25 else []))
        c, city = self.other_city(a, b)
        s = self.rnd.choice([
            f"{self.mention(a)} and {self.mention(b)} agreed to meet again in {city} {ph}.",
            f"{self.mention(a)} will host {self.mention(b)} in {COUNTRIES[a[3]][2]} {ph}.",
            f"{self.mention(a)} and {self.mention(b)} will hold talks in {city} {ph}.",
        ])
        evs = [self.meet(a, b, "planned", span)]
        if "will host" in s:
            evs.append(self.visit(b, "planned", span, optional=True))
        self.add("agreed_again", s, pub, evs, negative=span is None)

    def month_during(self):
        pub = self.pub()
        a, b = self.people()
        pm = prev_month(pub)
        ph, span = self.rnd.choice([
            (f"in {MONTHS[pm.month - 1]}" + (f" {pm.year}" if pm.year != pub.year else ""),
             month(pm)),
            (f"in {MONTHS[pm.month - 1]} last year", f"{pub.year - 1}-{pm.month:02d}")
            if pm.year == pub.year else ("last month", month(pm)),
            ("last month", month(pm)),
        ])
        c, city = self.other_city(a, b)
        s = self.rnd.choice([
            f"{self.mention(a)} met {self.mention(b)} in {city} {ph} on the sidelines of the "
            f"regional summit.",
            f"{ph[0].upper() + ph[1:]}, {self.mention(a)} held talks with {self.mention(b)} on "
            f"the margins of the forum in {city}.",
            f"{self.mention(a)} and {self.mention(b)} met {ph} in {city}.",
        ])
        self.add("month_during", s, pub, [self.meet(a, b, "held", span)])

    def stay_then_meet(self):
        """A stay as a range in one sentence, then a meeting on one of its days."""
        pub = self.pub()
        a, b = self.people()
        start = pub - dt.timedelta(days=self.rnd.randint(9, 20))
        n = self.rnd.choice([2, 3])
        end = start + dt.timedelta(days=n)
        d = start + dt.timedelta(days=1)
        words = (f"from {start.day} {MONTHS[start.month - 1]} to {end.day} "
                 f"{MONTHS[end.month - 1]}") if self.rnd.random() < 0.5 else \
            (f"from {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} "
             f"{end.day}")
        s = (f"{self.mention(a)} paid an official visit to {COUNTRIES[b[3]][0]} {words}. On "
             f"{day_words(d, self.rnd)}, {self.pron(a).lower()} held talks with "
             f"{self.mention(b)}.")
        s = s.replace(". On", ". On")
        self.add("stay_then_meet", s, pub, [self.visit(a, "held", f"{iso(start)}/{iso(end)}"),
                                            self.meet(a, b, "held", iso(d))])

    def incident_nominal(self):
        pub = self.pub()
        a = self.people(1)[0]
        d = pub - dt.timedelta(days=self.rnd.randint(2, 25))
        ph, span = self.rnd.choice([
            (f"on {day_words(d, self.rnd)}", iso(d)), ("in 2023", "2023"),
            ("last year", str(pub.year - 1)),
        ])
        act, c1, c2 = self.rnd.choice([
            ("the ramming of a Vietnamese fishing boat by a Chinese vessel near the Paracel "
             "Islands", "CN", "VN"),
            ("the seizure of a Greek-flagged tanker by Iranian forces in the Gulf of Oman",
             "IR", "GR"),
            ("the violation of Polish airspace by a Russian drone", "RU", "PL"),
        ])
        verb = self.rnd.choice(["condemned", "protested", "raised"])
        s = f"{self.mention(a)} {verb} {act} {ph}."
        self.add("incident_nominal", s, pub, [Ev("incident", frozenset({c1, c2}), "held", span)])

    def pub_day_leak(self):
        """Negative: a text of the day ("today") whose next sentence tells another, undated
        meeting by other people."""
        pub = self.pub()
        a, b, c, d = self.people(4)
        s = (f"Today, {self.mention(a)} received {self.mention(b)} at the ministry. "
             f"{self.mention(c)} has also held talks with {self.mention(d)} on the crisis.")
        self.add("pub_day_leak", s, pub, [self.meet(a, b, "held", iso(pub)),
                                          self.meet(c, d, "held", None)], negative=True)

    def sanction_day(self):
        pub = self.pub()
        imp, code = self.rnd.choice(IMPOSERS)
        firm, fc = self.rnd.choice(FIRMS)
        d = pub - dt.timedelta(days=self.rnd.randint(3, 60))
        ph = self.rnd.choice([f"On {day_words(d, self.rnd)}", f"On {day_words(d, self.rnd)} "
                                                                f"{d.year}"])
        who = "t" + imp[1:] if imp.startswith("The ") else imp
        s = self.rnd.choice([
            f"{ph}, {who} designated {firm} for its role in supplying drones.",
            f"{ph}, {who} imposed sanctions on {firm}. The measures freeze its assets.",
        ])
        self.add("sanction_day", s, pub, [Ev("sanction", frozenset({firm}), "held", iso(d))],
                 publisher="Newsroom")

    def anaphor_held(self):
        """The event named again by its noun in the next sentence, with its time."""
        pub = self.pub()
        a, b = self.people()
        c, city = self.other_city(a, b)
        ph, span = self.past_span(pub, allow_week=False)
        noun, verb = self.rnd.choice([("meeting", "took place"), ("talks", "were held"),
                                      ("meeting", "was held"), ("talks", "took place")])
        where = self.rnd.choice(["", f" at the foreign ministry in {city}",
                                 " on the sidelines of the summit"])
        s = (f"{self.mention(a)} held talks with {self.mention(b)}. The {noun} {verb}{where} "
             f"{ph}.")
        if self.rnd.random() < 0.5:
            s = (f"{self.mention(a)} held talks with {self.mention(b)}. The {noun} {verb} {ph}"
                 f"{where}.")
        self.add("anaphor_held", s, pub, [self.meet(a, b, "held", span)])

    def first_since(self):
        """ "their first meeting since March": the span since a time dates no meeting."""
        pub = self.pub()
        a, b = self.people()
        name, d = self.past_wd(pub)
        y = self.rnd.choice([2016, 2019, 2021])
        pm = prev_month(prev_month(pub))
        since = self.rnd.choice([str(y), f"{MONTHS[pm.month - 1]} {pm.year}"])
        dated = self.rnd.random() < 0.5
        when = f" on {name}" if dated else ""
        s = self.rnd.choice([
            f"{self.mention(a)} met {self.mention(b)}{when}, their first meeting since {since}.",
            f"{self.mention(a)} met {self.mention(b)}{when}. It was their first meeting since "
            f"{since}.",
        ])
        self.add("first_since", s, pub, [self.meet(a, b, "held", iso(d) if dated else None)],
                 negative=not dated)

    def began_ends(self):
        """A stay or gathering told by its start and its end in a relative clause."""
        pub = self.pub()
        a = self.people(1)[0]
        c, city = self.other_city(a)
        start = pub - dt.timedelta(days=self.rnd.randint(1, 2))
        end = pub + dt.timedelta(days=self.rnd.randint(1, 3))
        ws = f"on {WEEKDAYS[start.weekday()]}" if (pub - start).days < 7 else \
            f"on {day_words(start, self.rnd)}"
        we = f"on {WEEKDAYS[end.weekday()]}"
        verb1, verb2 = self.rnd.choice([("began", "ends"), ("started", "will end"),
                                        ("began", "concludes")])
        join = self.rnd.choice([", ", " and "])
        s = self.rnd.choice([
            f"The visit of {self.mention(a)} to {COUNTRIES[c][0]}, which {verb1} {ws}{join}"
            f"{verb2} {we}.",
            f"{self.mention(a)} is on an official visit to {COUNTRIES[c][0]}, which {verb1} "
            f"{ws}{join}{verb2} {we}.",
        ])
        self.add("began_ends", s, pub, [self.visit(a, "*", f"{iso(start)}/{iso(end)}")])

    def arrival_stay(self):
        """An arrival (or a welcome) on a day for an N-day visit, and a meeting on its day."""
        pub = self.pub()
        a, b = self.people()
        name, d = self.past_wd(pub)
        while (pub - d).days > 4:
            name, d = self.past_wd(pub)
        n = self.rnd.choice([2, 3, 4])
        nw = {2: "two", 3: "three", 4: "four"}[n]
        city = COUNTRIES[b[3]][2]
        s = self.rnd.choice([
            f"{self.mention(b)} welcomed {self.mention(a)} to {city} on {name} for a {nw}-day "
            f"official visit.",
            f"{self.mention(a)} arrived in {city} on {name} for a {nw}-day visit and met "
            f"{self.mention(b)}.",
        ])
        self.add("arrival_stay", s, pub, [
            self.visit(a, "*", f"{iso(d)}/{iso(d + dt.timedelta(days=n - 1))}"),
            self.meet(a, b, "held", iso(d)),
        ])

    def told_frames(self):
        """Negative: the date of a telling (a fronted frame, a telling verb without "that"),
        not of the meeting or visit the reported clause tells."""
        pub = self.pub()
        a, b = self.people()
        name, d = self.past_wd(pub)
        c, city = self.other_city(a, b)
        pr = self.pron(a).lower()
        s, ev = self.rnd.choice([
            (f"At a press conference on {name}, {self.mention(a)} said {pr} had met "
             f"{self.mention(b)}.", "m"),
            (f"{self.mention(a)} told reporters on {name} {pr} had held talks with "
             f"{self.mention(b)}.", "m"),
            (f"On {name}, {self.mention(a)} said that {pr} had met {self.mention(b)}.", "m"),
            (f"In remarks on {name}, {self.mention(a)} said {pr} had visited {city}.", "v"),
        ])
        evs = [self.meet(a, b, "held", None)] if ev == "m" else [self.visit(a, "held", None)]
        self.add("told_frames", s, pub, evs, negative=True)

    def reaction_incident(self):
        """An incident named as the object of a reaction (a protest, a condemnation) dated
        before the reaction verb: that day is the reaction's; the incident has its own."""
        pub = self.pub()
        name, d = self.past_wd(pub)
        d2 = d - dt.timedelta(days=self.rnd.randint(1, 3))
        n2 = day_words(d2, self.rnd)
        act, c1, c2 = self.rnd.choice([
            ("the ramming of a Vietnamese fishing boat by a Chinese vessel near the Paracel "
             "Islands", "CN", "VN"),
            ("the seizure of a Greek-flagged tanker by Iranian forces in the Gulf of Oman",
             "IR", "GR"),
            ("the firing of water cannon by Chinese vessels at a Philippine supply boat near "
             "Second Thomas Shoal", "CN", "PH"),
        ])
        who = self.rnd.choice(["The foreign ministry", "The government", "The ministry"])
        verb = self.rnd.choice(["protested", "condemned", "strongly condemned"])
        own = self.rnd.random() < 0.5
        s = f"{who} on {name} {verb} {act}" + (f" on {n2}." if own else ".")
        self.add("reaction_incident", s, pub,
                 [Ev("incident", frozenset({c1, c2}), "held", iso(d2) if own else None)],
                 negative=not own)

    def incident_anaphor(self):
        """An incident told without a date, then named again with its time."""
        pub = self.pub()
        f1, c1, f2, c2, verb, place = self.rnd.choice(INCIDENTS)
        obj, verb = ("Japanese airspace", "violated") if f2 == "Japanese" else (f2, verb)
        where = f" {place}" if place else ""
        d = pub - dt.timedelta(days=self.rnd.randint(2, 20))
        noun, v2 = self.rnd.choice([("incident", "occurred"), ("incident", "took place"),
                                    ("incident", "happened")])
        s = (f"{f1} {verb} {obj}{where}. The {noun} {v2} on {day_words(d, self.rnd)}"
             f"{self.rnd.choice(['', ' in the early morning', ', the ministry said'])}.")
        self.add("incident_anaphor", s, pub,
                 [Ev("incident", frozenset({c1, c2}), "held", iso(d))])

    def build(self):
        plan = [
            (self.fronted, 30), (self.trailing, 30), (self.visit_fronted, 20),
            (self.same_event_next, 20), (self.other_event_after, 20), (self.two_clauses, 20),
            (self.other_sentence_dated, 20), (self.trip_range, 20), (self.trip_days, 20),
            (self.trip_this_week, 10), (self.reported, 24), (self.reported_no_date, 16),
            (self.today, 16), (self.sanction_dated, 20), (self.sanction_past, 16),
            (self.sanction_standing, 12), (self.incident, 24), (self.incident_said, 18),
            (self.planned, 30), (self.planned_fronted, 20), (self.no_date, 30),
            (self.readout_para, 16), (self.last_met, 16), (self.ahead_of_visit, 16),
            (self.expected_travel, 16), (self.today_leak, 18), (self.relative_date, 16),
            (self.two_days, 14), (self.year_visit, 12),
            (self.agreed_again, 20), (self.month_during, 18), (self.stay_then_meet, 16),
            (self.incident_nominal, 16), (self.pub_day_leak, 12), (self.sanction_day, 14),
            (self.anaphor_held, 18), (self.first_since, 16), (self.began_ends, 14),
            (self.arrival_stay, 14), (self.told_frames, 16), (self.reaction_incident, 14),
            (self.incident_anaphor, 12),
        ]
        for fn, k in plan:
            for _ in range(k):
                fn()
        return self.cases


def cases() -> list[Case]:
    return Gen().build()


# ---- scoring -------------------------------------------------------------------------
def _run(case: Case) -> dict:
    from relations_db.extract import extract

    return extract(case.text, published=case.pub.isoformat(), publisher=case.publisher)


def _got(doc: dict) -> list[tuple]:
    offs = {o["id"]: o["name"] for o in doc.get("officials", [])}
    out = []
    for kind in ("meeting", "visit", "incident", "sanction"):
        for e in doc.get(kind + "s", []):
            if kind == "incident":
                keys = set(e.get("parties") or [])
            elif kind == "sanction":
                t = e.get("target") or {}
                keys = {offs.get(t.get("official")) or t.get("organization")
                        or t.get("description")}
            else:
                keys = {offs[p["official"]] for p in e.get("participants", [])
                        if p.get("official") in offs}
            out.append((kind, keys, e.get("status"), e.get("date")))
    return out


def _date_ok(want, got) -> bool:
    if want == "*":
        return True
    if isinstance(want, tuple):
        return got in want
    return got == want


def check(case: Case, doc: dict | None = None) -> list[str]:
    """What is wrong with the extraction of a case (empty: fully right)."""
    doc = doc if doc is not None else _run(case)
    got = _got(doc)
    errs = []
    used = set()
    kinds = {ev.kind for ev in case.events}
    for ev in case.events:
        ok = None
        for i, g in enumerate(got):
            if i in used or g[0] != ev.kind or not ev.keys <= g[1]:
                continue
            ok = i if ok is None else ok
            if _date_ok(ev.date, g[3]):
                ok = i
                break
        if ok is None:
            if not ev.optional:
                errs.append(f"{ev.kind} {sorted(ev.keys)} missing")
            continue
        used.add(ok)
        g = got[ok]
        if ev.status != "*" and g[2] != ev.status:
            errs.append(f"{ev.kind} status {g[2]} != {ev.status}")
        if not _date_ok(ev.date, g[3]):
            errs.append(f"{ev.kind} date {g[3]} != {ev.date}")
    extra = [g for i, g in enumerate(got) if i not in used and g[0] in kinds]
    if extra:
        errs.append(f"extra {[(g[0], sorted(g[1]), g[2], g[3]) for g in extra]}")
    return errs


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(),
        check,
        shapes=lambda c: [c.shape],
        describe=lambda c: f"{c.id} [{c.pub} {c.pub:%a}] {c.text!r}",
    )


if __name__ == "__main__":
    main()

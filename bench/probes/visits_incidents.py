"""Probe grid (round 29): visits and incidents as readouts, statements and
briefings phrase them, held and present only (planned trips are another grid's).

Every case is an invented sentence or short text (invented people of many countries and
name shapes) with the records it must give in the annotation.md sense:
- visits: (traveler's name, traveler's country, country visited, date or None), held;
- incidents: (set of party countries, date or None), held;
- negative cases must give no visit and no incident.

`main()` prints the hit rate (cases fully right / all) and the rate per shape.
668 cases (174 negative); untouched tree (a0c92b7) 436/668 = 0.653, after round 29's
round 29 rules 654/668 = 0.979 (weak still: "visit-noun", an untitled name's visit;
"neg-home-town", an arrival in a home town no table knows; "received-in-bare", a host whose
country no word gives).
Run: `python bench/probes/visits_incidents.py [-v]` (-v lists the failing cases).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PUB = "2024-03-06"  # a Wednesday
MON, TUE, SUN, SAT, FRI, THU = (
    "2024-03-04",
    "2024-03-05",
    "2024-03-03",
    "2024-03-02",
    "2024-03-01",
    "2024-02-29",
)
THIS_WEEK = "2024-03-04/2024-03-06"
LAST_WEEK = "2024-02-26/2024-03-03"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    demonym: str
    capital: str
    city: str  # another town of the country
    region: str  # a region, island or province
    people: tuple[tuple[str, str], ...]  # (name, pronoun)


COUNTRIES = (
    Country(
        "KE",
        "Kenya",
        "Kenyan",
        "Nairobi",
        "Mombasa",
        "Rift Valley",
        (("Joseph Kiprono Langat", "he"), ("Grace Wambui Njoroge", "she")),
    ),
    Country(
        "ID",
        "Indonesia",
        "Indonesian",
        "Jakarta",
        "Surabaya",
        "Bali",
        (("Sudarmono", "he"), ("Retno Wahyuningsih", "she")),
    ),
    Country(
        "VN",
        "Vietnam",
        "Vietnamese",
        "Hanoi",
        "Da Nang",
        "Quang Ninh",
        (("Nguyen Van Thanh", "he"), ("Tran Thi Mai", "she")),
    ),
    Country(
        "KR",
        "South Korea",
        "South Korean",
        "Seoul",
        "Busan",
        "Jeju",
        (("Park Ji-hoon", "he"), ("Kim Seo-yeon", "she")),
    ),
    Country(
        "SA",
        "Saudi Arabia",
        "Saudi",
        "Riyadh",
        "Jeddah",
        "Eastern Province",
        (("Khalid bin Saad al-Harbi", "he"), ("Abdulaziz bin Fahd al-Otaibi", "he")),
    ),
    Country(
        "ES",
        "Spain",
        "Spanish",
        "Madrid",
        "Barcelona",
        "Andalusia",
        (("María José de la Fuente", "she"), ("Javier Ruiz de Castro", "he")),
    ),
    Country(
        "IN",
        "India",
        "Indian",
        "New Delhi",
        "Mumbai",
        "Gujarat",
        (("Rajesh Kumar Varma", "he"), ("Sunita Devi Sharma", "she")),
    ),
    Country(
        "UA",
        "Ukraine",
        "Ukrainian",
        "Kyiv",
        "Odesa",
        "Lviv",
        (("Oleksandr Hnatenko", "he"), ("Iryna Kovalchuk", "she")),
    ),
    Country(
        "TO",
        "Tonga",
        "Tongan",
        "Nuku'alofa",
        "Neiafu",
        "Vava'u",
        (("Sione Tupou Vaipulu", "he"), ("Losaline Fifita", "she")),
    ),
    Country(
        "TZ",
        "Tanzania",
        "Tanzanian",
        "Dodoma",
        "Dar es Salaam",
        "Zanzibar",
        (("Asha Mwakyusa", "she"), ("Baraka Salim Mfinanga", "he")),
    ),
    Country(
        "BR",
        "Brazil",
        "Brazilian",
        "Brasília",
        "São Paulo",
        "Bahia",
        (("João Carlos Pereira", "he"), ("Ana Luísa Moreira", "she")),
    ),
    Country(
        "DE",
        "Germany",
        "German",
        "Berlin",
        "Hamburg",
        "Bavaria",
        (("Katrin Vogelsang", "she"), ("Matthias Brenner", "he")),
    ),
    Country(
        "JP",
        "Japan",
        "Japanese",
        "Tokyo",
        "Osaka",
        "Okinawa",
        (("Takeshi Morimoto", "he"), ("Yuko Hasegawa", "she")),
    ),
    Country(
        "NG",
        "Nigeria",
        "Nigerian",
        "Abuja",
        "Lagos",
        "Kano",
        (("Chukwuemeka Okafor", "he"), ("Aisha Bello", "she")),
    ),
    Country(
        "PL",
        "Poland",
        "Polish",
        "Warsaw",
        "Gdańsk",
        "Silesia",
        (("Krzysztof Wiśniewski", "he"), ("Agnieszka Zielińska", "she")),
    ),
    Country(
        "MX",
        "Mexico",
        "Mexican",
        "Mexico City",
        "Monterrey",
        "Yucatán",
        (("Alejandro Ramírez de la Garza", "he"), ("Lucía Hernández Ortega", "she")),
    ),
    Country(
        "PH",
        "Philippines",
        "Philippine",
        "Manila",
        "Cebu",
        "Mindanao",
        (("Ramon Villanueva", "he"), ("Maria Teresa Bautista", "she")),
    ),
    Country(
        "AU",
        "Australia",
        "Australian",
        "Canberra",
        "Sydney",
        "Queensland",
        (("Fiona McAllister", "she"), ("Daniel Whitford", "he")),
    ),
    Country(
        "CA",
        "Canada",
        "Canadian",
        "Ottawa",
        "Vancouver",
        "Quebec",
        (("Geneviève Tremblay", "she"), ("Harjit Dhillon", "he")),
    ),
    Country(
        "EG",
        "Egypt",
        "Egyptian",
        "Cairo",
        "Alexandria",
        "Sinai",
        (("Mahmoud Abdel Rahman", "he"), ("Hala El-Sayed", "she")),
    ),
    Country(
        "GH",
        "Ghana",
        "Ghanaian",
        "Accra",
        "Kumasi",
        "Ashanti",
        (("Kwame Asante Boateng", "he"), ("Efua Mensah", "she")),
    ),
    Country(
        "KZ",
        "Kazakhstan",
        "Kazakh",
        "Astana",
        "Almaty",
        "Mangystau",
        (("Yerlan Abenov", "he"), ("Aigerim Seitkali", "she")),
    ),
    Country(
        "CL",
        "Chile",
        "Chilean",
        "Santiago",
        "Valparaíso",
        "Patagonia",
        (("Camila Fuentes Araya", "she"), ("Tomás Errázuriz", "he")),
    ),
    Country(
        "MA",
        "Morocco",
        "Moroccan",
        "Rabat",
        "Casablanca",
        "Tangier",
        (("Youssef El Amrani", "he"), ("Nadia Bennani", "she")),
    ),
)
TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Minister of Trade",
    "Vice President",
    "Minister of Foreign Affairs",
    "Trade Minister",
)
SEAS = (
    "South China Sea",
    "Baltic Sea",
    "Red Sea",
    "East China Sea",
    "Sea of Japan",
    "Black Sea",
    "Arabian Sea",
    "Mediterranean",
)


@dataclass
class Case:
    shape: str
    text: str
    visits: list[tuple] = field(default_factory=list)  # (name, cc, host cc, date)
    incidents: list[tuple] = field(default_factory=list)  # (frozenset(ccs), date)
    publisher: str = "Reuters"

    @property
    def id(self) -> str:
        return f"{self.shape}-{abs(hash_text(self.text)) % 100000:05d}"


def hash_text(text: str) -> int:
    h = 7
    for ch in text:
        h = (h * 31 + ord(ch)) % 2_147_483_647
    return h


def _pair(i: int, step: int = 5) -> tuple[Country, Country]:
    a = COUNTRIES[i % len(COUNTRIES)]
    b = COUNTRIES[(i + step) % len(COUNTRIES)]
    return a, b


def _who(c: Country, i: int) -> tuple[str, str]:
    return c.people[i % 2]


def _a(word: str, lower: bool = False) -> str:
    art = "An" if word[0] in "AEIOU" else "A"
    return f"{art.lower() if lower else art} {word}"


def _poss(p: str) -> str:
    return {"he": "his", "she": "her"}[p]


def _obj(p: str) -> str:
    return {"he": "him", "she": "her"}[p]


def visit_cases() -> list[Case]:
    out: list[Case] = []
    N = 7
    for i in range(N):
        a, b = _pair(i, 3 + i % 7)
        name, p = _who(a, i)
        title = TITLES[i % len(TITLES)]
        dem = a.demonym
        # arrived ... for a two-day visit
        out.append(
            Case(
                "arrived-for",
                (
                    f"{dem} {title} {name} arrived in {b.capital} on Monday for a two-day "
                    f"{'official ' if i % 2 else ''}visit, {_poss(p)} office said."
                ),
                visits=[(name, a.code, b.code, "2024-03-04/2024-03-05")],
            )
        )
        # is in X on an official visit
        out.append(
            Case(
                "is-in",
                (
                    f"{title} {name} of {a.name} is in {b.capital if i % 2 else b.name} on an official "
                    f"visit, the {'first' if i % 3 else 'second'} by {_a(dem, True)} leader in a decade."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
        # wrapped up / concluded a three-nation tour
        c = COUNTRIES[(i + 11) % len(COUNTRIES)]
        d = COUNTRIES[(i + 17) % len(COUNTRIES)]
        verb = ("wrapped up", "concluded", "ended", "completed")[i % 4]
        out.append(
            Case(
                "tour",
                (
                    f"{dem} {title} {name} {verb} a three-nation tour of {b.name}, {c.name} and "
                    f"{d.name} on Sunday."
                ),
                visits=[(name, a.code, x.code, None) for x in (b, c, d)],
            )
        )
        # during A's stay in X
        out.append(
            Case(
                "stay",
                (
                    f"{dem} {title} {name} visited {b.name} last week. During {_poss(p)} stay in "
                    f"{b.city}, {p} toured a new container terminal."
                ),
                visits=[(name, a.code, b.code, LAST_WEEK)],
            )
        )
        # landed in
        out.append(
            Case(
                "landed",
                (
                    f"{title} {name} of {a.name} landed in {b.capital} on Tuesday, beginning a "
                    f"visit focused on trade and energy."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        # paid a state visit
        when, date = (
            ("from 3 to 5 March", "2024-03-03/2024-03-05"),
            ("this week", THIS_WEEK),
            ("on Friday", FRI),
        )[i % 3]
        kind = ("a state visit", "an official visit", "a working visit")[i % 3]
        out.append(
            Case(
                "paid-visit",
                (f"{dem} {title} {name} paid {kind} to {b.name} {when}."),
                visits=[(name, a.code, b.code, date)],
            )
        )
        # travelled to X, where ...
        out.append(
            Case(
                "travelled-where",
                (
                    f"{title} {name} of {a.name} travelled to {b.capital} on Monday, where {p} "
                    f"opened a trade fair and addressed students."
                ),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        # first trip abroad took him to
        out.append(
            Case(
                "first-trip",
                (
                    f"{dem} {title} {name}'s first trip abroad since taking office took {_obj(p)} "
                    f"to {b.name} this week."
                ),
                visits=[(name, a.code, b.code, THIS_WEEK)],
            )
        )
        # welcomed A to
        h_name, _hp = _who(b, i + 1)
        out.append(
            Case(
                "welcomed-to",
                (
                    f"{b.demonym} President {h_name} welcomed {dem} {title} {name} to {b.capital} "
                    f"on Tuesday."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        # visited the port/region of X (a place inside the host country)
        place = (f"the port of {b.city}", b.region, b.city)[i % 3]
        out.append(
            Case(
                "visited-place",
                (f"{dem} {title} {name} visited {place} on Monday during a visit to {b.name}."),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        # on the second leg of her trip
        out.append(
            Case(
                "second-leg",
                (
                    f"{dem} {title} {name} arrived in {b.capital} on Saturday on the second leg of "
                    f"{_poss(p)} trip to the region."
                ),
                visits=[(name, a.code, b.code, SAT)],
            )
        )
        # A, who is visiting Y,
        out.append(
            Case(
                "who-visiting",
                (
                    f"{title} {name} of {a.name}, who is visiting {b.name}, told reporters that "
                    f"the talks had been useful."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
        # arrived in a region (place inside the host)
        out.append(
            Case(
                "arrived-region",
                (
                    f"{dem} {title} {name} arrived in {b.region} on Sunday, the first stop of "
                    f"a visit to {b.name}."
                ),
                visits=[(name, a.code, b.code, SUN)],
            )
        )
        # apposition title, purpose clause
        out.append(
            Case(
                "apposition",
                (
                    f"{name}, {a.name}'s {title.lower()}, arrived in {b.capital} on Tuesday for talks "
                    f"on energy and fisheries."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        # the traveler as a pronoun in the next sentence
        out.append(
            Case(
                "pronoun",
                (
                    f"{dem} {title} {name} left {a.capital} on Sunday. {p.capitalize()} arrived in "
                    f"{b.capital} on Monday for a three-day visit."
                ),
                visits=[(name, a.code, b.code, "2024-03-04/2024-03-06")],
            )
        )
        # the visit as a noun, past
        out.append(
            Case(
                "visit-noun",
                (
                    f"{name}'s visit to {b.name} this week was the first by {_a(dem, True)} "
                    f"{title.lower()} since 2015."
                ),
                visits=[(name, a.code, b.code, THIS_WEEK)],
            )
        )
        # on a tour, arrived
        out.append(
            Case(
                "on-tour",
                (
                    f"{dem} {title} {name}, who is on a tour of the region, arrived in {b.capital} "
                    f"on Tuesday."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
    return out


def visit_negatives() -> list[Case]:
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i, 4 + i % 5)
        name, p = _who(a, i)
        title = TITLES[i % len(TITLES)]
        # domestic travel (to a town the country tables do not know)
        out.append(
            Case(
                "neg-home-town",
                (
                    f"{a.demonym} {title} {name} arrived in {a.city} on Monday to open a new "
                    f"hospital."
                ),
            )
        )
        # visitors / tourism
        out.append(
            Case(
                "neg-visit",
                (
                    f"The number of {b.demonym} tourists visiting {a.name} rose by a fifth last "
                    f"year, the ministry said."
                ),
            )
        )
        # returning home
        out.append(
            Case("neg-visit", (f"{a.demonym} {title} {name} returned to {a.capital} on Monday."))
        )
        # called off
        out.append(
            Case(
                "neg-visit",
                (f"{a.demonym} {title} {name} called off a planned visit to {b.name} on Monday."),
            )
        )
        # an embassy, no traveler
        out.append(
            Case(
                "neg-visit",
                (
                    f"The {a.demonym} embassy in {b.capital} said on Monday that its consular "
                    f"section would reopen."
                ),
            )
        )
    return out


def incident_cases() -> list[Case]:
    out: list[Case] = []
    for i in range(7):
        a, b = _pair(i, 2 + i % 9)
        sea = SEAS[i % len(SEAS)]
        ab = frozenset((a.code, b.code))
        day, date = (
            ("on Sunday", SUN),
            ("on Friday", FRI),
            ("on Tuesday", TUE),
            ("last week", LAST_WEEK),
        )[i % 4]
        craft = ("J-16 fighter", "Su-35 jet", "patrol aircraft", "fighter jet")[i % 4]
        out.append(
            Case(
                "intercept",
                (
                    f"{_a(a.demonym)} {craft} intercepted {_a(b.demonym, True)} surveillance aircraft over "
                    f"the {sea} {day}, the defence ministry said."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "unsafe",
                (
                    f"{_a(a.demonym)} warship carried out an unsafe manoeuvre near {_a(b.demonym, True)} "
                    f"frigate in the {sea} {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "collision",
                (
                    f"{_a(a.demonym)} coast guard vessel collided with {_a(b.demonym, True)} supply boat "
                    f"in the {sea} {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "water-cannon",
                (
                    f"{a.name}'s coast guard fired water cannon at {_a(b.demonym, True)} fishing boat "
                    f"{day}, injuring two crew members."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "laser",
                (
                    f"{_a(a.demonym)} navy ship directed a laser at {_a(b.demonym, True)} patrol plane {day}, "
                    f"{b.name}'s military said."
                ),
                incidents=[(ab, date)],
            )
        )
        what = ("surveillance balloon", "drone", "military drone", "balloon")[i % 4]
        out.append(
            Case(
                "airspace",
                (
                    f"{_a(a.demonym)} {what} entered {b.name}'s airspace {day}, prompting "
                    f"{b.demonym} jets to scramble."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "waters",
                (f"{a.demonym} coast guard ships violated {b.demonym} territorial waters {day}."),
                incidents=[(ab, date)],
            )
        )
        n = ("two", "a", "three", "several")[i % 4]
        out.append(
            Case(
                "missile",
                (
                    f"{a.name} fired {n} ballistic missile{'' if n == 'a' else 's'} into waters off "
                    f"{b.name}'s coast {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "shelling",
                (
                    f"{a.demonym} artillery shelled {b.demonym} border villages {day}, killing "
                    f"three civilians."
                ),
                incidents=[(ab, date)],
            )
        )
        host = COUNTRIES[(i + 13) % len(COUNTRIES)]  # the embassy's town is a party too
        out.append(
            Case(
                "embassy",
                (
                    f"{_a(a.demonym)} missile strike hit the {b.demonym} embassy in "
                    f"{host.capital} {day}."
                ),
                incidents=[(frozenset((a.code, b.code, host.code)), date)],
            )
        )
        out.append(
            Case(
                "clash",
                (f"{a.demonym} and {b.demonym} troops clashed along their border {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "detention",
                (
                    f"{a.demonym} authorities detained {('12', 'nine', '31', 'six')[i % 4]} "
                    f"{b.demonym} fishermen {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "arrest",
                (f"{a.name} arrested {_a(b.demonym, True)} national on spying charges {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "seizure",
                (
                    f"{a.name}'s navy seized {_a(b.demonym, True)}-flagged tanker in the {sea} {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "expulsion",
                (
                    f"{a.name} expelled {('two', 'four', 'three', 'five')[i % 4]} {b.demonym} "
                    f"diplomats {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "cyber",
                (f"{a.name} blamed {b.name} for a cyberattack on its foreign ministry {day}."),
                incidents=[(ab, date)],
            )
        )
        # passive intercept
        out.append(
            Case(
                "intercept-passive",
                (
                    f"{_a(b.demonym)} patrol aircraft was intercepted by {a.demonym} fighter jets over "
                    f"the {sea} {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        # reported by the target's coast guard: rammed
        out.append(
            Case(
                "rammed",
                (
                    f"{b.name}'s coast guard said a {a.demonym} vessel rammed one of its ships "
                    f"{day}."
                ),
                incidents=[(ab, date)],
            )
        )
        # reported drones violating airspace
        out.append(
            Case(
                "drone-airspace",
                (f"{b.name} said {a.demonym} drones violated its airspace {day}."),
                incidents=[(ab, date)],
            )
        )
    return out


def incident_negatives() -> list[Case]:
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i, 3 + i % 7)
        sea = SEAS[i % len(SEAS)]
        out.append(
            Case(
                "neg-incident",
                (f"{a.demonym} and {b.demonym} navies held joint drills in the {sea} on Monday."),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (
                    f"Relations have been strained since the 2019 border war between {a.name} and "
                    f"{b.name}."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (f"{a.name} warned it would shoot down any drone that entered its airspace."),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (f"{a.name} condemned {b.name}'s fishing policy in a statement on Monday."),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (
                    f"The {a.demonym} air force conducted routine training flights over the "
                    f"{sea} this week."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (
                    f"The {a.demonym} coast guard rescued 14 {b.demonym} fishermen on Monday after "
                    f"their boat sank."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident",
                ("The two ministers discussed the war in Sudan and the crisis in Haiti on Monday."),
            )
        )
        out.append(
            Case(
                "neg-incident",
                (f"{a.name} has detained dozens of opposition activists since 2019."),
            )
        )
    return out


def visit_cases_2() -> list[Case]:
    """A second batch of shapes: present progressives, appositions of the stay, a trip begun
    or ended, receptions on arrival, participles."""
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i + 3, 4 + i % 6)
        name, p = _who(a, i + 1)
        title = TITLES[(i + 3) % len(TITLES)]
        dem = a.demonym
        n = ("two", "three", "four")[i % 3]
        out.append(
            Case(
                "on-a-visit",
                (
                    f"{dem} {title} {name}, on {_a(n, True)}-day visit to {b.name}, met business "
                    f"leaders on Monday."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
        out.append(
            Case(
                "is-on-visit",
                (f"{title} {name} of {a.name} is on {_a(n, True)}-day visit to {b.name}."),
                visits=[(name, a.code, b.code, None)],
            )
        )
        out.append(
            Case(
                "is-paying",
                (
                    f"{dem} {title} {name} is paying {('a state', 'an official', 'a working')[i % 3]} "
                    f"visit to {b.name}, {_poss(p)} first since taking office."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
        verb = ("began", "started", "kicked off")[i % 3]
        out.append(
            Case(
                "began-visit",
                (f"{dem} {title} {name} {verb} {_a(n, True)}-day visit to {b.name} on Monday."),
                visits=[
                    (
                        name,
                        a.code,
                        b.code,
                        {
                            "two": "2024-03-04/2024-03-05",
                            "three": "2024-03-04/2024-03-06",
                            "four": "2024-03-04/2024-03-07",
                        }[n],
                    )
                ],
            )
        )
        out.append(
            Case(
                "visit-ended",
                (f"{dem} {title} {name}'s visit to {b.name} ended on Tuesday."),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        out.append(
            Case(
                "who-arrived",
                (
                    f"{dem} {title} {name}, who arrived in {b.capital} on Sunday, met "
                    f"{b.demonym} officials on Monday."
                ),
                visits=[(name, a.code, b.code, "2024-03-03/2024-03-04")],
            )
        )
        h_name, _ = _who(b, i)
        out.append(
            Case(
                "received-in" if i % 2 else "received-in-bare",
                (
                    f"{dem} {title} {name} was received by {b.demonym + ' ' if i % 2 else ''}President {h_name} in {b.capital} on "
                    f"Tuesday."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        out.append(
            Case(
                "visiting-participle",
                (
                    f"Visiting {b.name} on Monday, {dem} {title} {name} called for closer trade "
                    f"ties."
                ),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        out.append(
            Case(
                "returned-from",
                (f"{dem} {title} {name} returned on Monday from a visit to {b.name}."),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        out.append(
            Case(
                "in-city-for",
                (
                    f"{dem} {title} {name}, in {b.capital} for talks on energy, said on Tuesday that "
                    f"a deal was close."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
        out.append(
            Case(
                "toured",
                (
                    f"{dem} {title} {name} toured {b.region} on Monday during {_poss(p)} visit to "
                    f"{b.name}."
                ),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        nxt = next(x for k, x in enumerate(COUNTRIES) if k >= (i + 9) % 24 and x not in (a, b))
        out.append(
            Case(
                "after-visiting",
                (
                    f"After visiting {b.name}, {dem} {title} {name} flew to "
                    f"{nxt.capital} on Tuesday."
                ),
                visits=[
                    (name, a.code, b.code, None),
                    (name, a.code, nxt.code, TUE),
                ],
            )
        )
    return out


def visit_negatives_2() -> list[Case]:
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i + 2, 3 + i % 5)
        name, p = _who(a, i)
        title = TITLES[i % len(TITLES)]
        out.append(
            Case(
                "neg-visit-2",
                (
                    f"{a.demonym} Ambassador {name}, who has served in {b.capital} since 2021, is in "
                    f"{b.capital} to present a report."
                ),
            )
        )
        out.append(
            Case(
                "neg-visit-2",
                (
                    f"{a.demonym} {title} {name} visited the ministry's crisis centre in "
                    f"{a.capital} on Monday."
                ),
            )
        )
        out.append(
            Case(
                "neg-visit-2",
                (
                    f"{a.demonym} {title} {name} received the credentials of the new "
                    f"{b.demonym} ambassador on Monday."
                ),
            )
        )
        out.append(
            Case(
                "neg-visit-2",
                (
                    f"{a.demonym} {title} {name} did not travel to {b.name} last week, "
                    f"{_poss(p)} office said."
                ),
            )
        )
    return out


def incident_cases_2() -> list[Case]:
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i + 4, 2 + i % 8)
        ab = frozenset((a.code, b.code))
        day, date = (
            ("on Sunday", SUN),
            ("on Friday", FRI),
            ("on Tuesday", TUE),
            ("last week", LAST_WEEK),
        )[i % 4]
        out.append(
            Case(
                "accused-violating",
                (
                    f"{a.name} accused {b.name} of violating its airspace with two fighter jets "
                    f"{day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "shot-down",
                (
                    f"{a.name} said it shot down {_a(b.demonym, True)} drone over its territory "
                    f"{day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "arrested-passive",
                (
                    f"Two {b.demonym} nationals were arrested in {a.name} {day} on suspicion of "
                    f"espionage."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "boarded",
                (
                    f"{a.demonym} commandos boarded {_a(b.demonym, True)}-flagged cargo ship in "
                    f"the {SEAS[i % len(SEAS)]} {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "seized-passive",
                (f"{_a(b.demonym)} fishing boat was seized by {a.name}'s coast guard {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "persona",
                (f"{a.name} declared {_a(b.demonym, True)} diplomat persona non grata {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "drone-struck",
                (f"{_a(a.demonym)} drone struck an oil depot in {b.name} {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "submarine",
                (f"{_a(a.demonym)} submarine was detected in {b.name}'s territorial waters {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "harassed",
                (
                    f"{a.demonym} vessels harassed {b.demonym} fishing boats near the disputed "
                    f"islands {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "hacked",
                (
                    f"{b.name} said hackers working for {a.name}'s military intelligence breached "
                    f"the networks of its parliament {day}."
                ),
                incidents=[(ab, date)],
            )
        )
    return out


def incident_negatives_2() -> list[Case]:
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i + 1, 2 + i % 7)
        out.append(
            Case(
                "neg-incident-2",
                (
                    f"{a.name} and {b.name} agreed on Monday to set up a hotline to reduce the risk "
                    f"of collisions at sea."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident-2",
                (
                    f"{a.name} said it was ready to intercept any aircraft that violated its "
                    f"airspace."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident-2",
                (
                    f"The {a.demonym} coast guard will step up patrols near the border with "
                    f"{b.name}."
                ),
            )
        )
        out.append(
            Case(
                "neg-incident-2",
                (
                    f"{a.demonym} and {b.demonym} officials discussed ways to prevent unsafe "
                    f"encounters between their navies on Monday."
                ),
            )
        )
    return out


def visit_cases_3() -> list[Case]:
    """A third batch: the means of travel between the verb and the place, arrivals as nouns,
    stays counted in days, other verbs of reaching a place."""
    out: list[Case] = []
    for i in range(5):
        a, b = _pair(i + 7, 5 + i % 4)
        name, p = _who(a, i)
        title = TITLES[(i + 5) % len(TITLES)]
        dem = a.demonym
        means = ("by train", "by car", "by helicopter", "overnight")[i % 4]
        out.append(
            Case(
                "arrived-by",
                (f"{dem} {title} {name} arrived {means} in {b.capital} on Monday."),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        out.append(
            Case(
                "travelled-by",
                (f"{dem} {title} {name} travelled {means} to {b.capital} on Tuesday."),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        out.append(
            Case(
                "arrival-noun",
                (
                    f"Upon {_poss(p)} arrival in {b.capital} on Sunday, {dem} {title} {name} was "
                    f"greeted by {b.demonym} officials."
                ),
                visits=[(name, a.code, b.code, SUN)],
            )
        )
        out.append(
            Case(
                "spent-days",
                (f"{dem} {title} {name} spent two days in {b.name} last week."),
                visits=[(name, a.code, b.code, LAST_WEEK)],
            )
        )
        verb = ("touched down in", "flew into", "reached")[i % 3]
        out.append(
            Case(
                "reached",
                (f"{dem} {title} {name} {verb} {b.capital} on Monday."),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        out.append(
            Case(
                "undertook",
                (
                    f"{dem} {title} {name} undertook an official visit to {b.name} from 3 to 5 "
                    f"March."
                ),
                visits=[(name, a.code, b.code, "2024-03-03/2024-03-05")],
            )
        )
        out.append(
            Case(
                "currently-visiting",
                (
                    f"{dem} {title} {name}, currently visiting {b.name}, said on Tuesday that the "
                    f"talks had been useful."
                ),
                visits=[(name, a.code, b.code, TUE)],
            )
        )
        out.append(
            Case(
                "during-trip-place",
                (
                    f"{dem} {title} {name} held talks in {b.capital} on Monday during a one-day "
                    f"trip."
                ),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        c = COUNTRIES[(i + 13) % len(COUNTRIES)]
        out.append(
            Case(
                "visited-troops",
                (f"{dem} {title} {name} visited {c.demonym} troops in {b.name} on Monday."),
                visits=[(name, a.code, b.code, MON)],
            )
        )
        h_name, _ = _who(b, i + 1)
        out.append(
            Case(
                "stay-fronted",
                (
                    f"During {_poss(p)} stay in {b.capital}, {dem} {title} {name} met {b.demonym} "
                    f"President {h_name}."
                ),
                visits=[(name, a.code, b.code, None)],
            )
        )
    return out


def incident_cases_3() -> list[Case]:
    out: list[Case] = []
    for i in range(5):
        a, b = _pair(i + 6, 3 + i % 8)
        ab = frozenset((a.code, b.code))
        day, date = (
            ("on Sunday", SUN),
            ("on Friday", FRI),
            ("on Tuesday", TUE),
            ("last week", LAST_WEEK),
        )[i % 4]
        out.append(
            Case(
                "warning-shots",
                (
                    f"{_a(a.demonym)} patrol boat fired warning shots at {_a(b.demonym, True)} "
                    f"fishing vessel {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "rockets",
                (f"{a.demonym} forces fired rockets at {b.demonym} border posts {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "crossed-border",
                (
                    f"{a.demonym} troops crossed into {b.demonym} territory {day}, {b.name}'s army "
                    f"said."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "chased-away",
                (f"{a.demonym} jets chased away {_a(b.demonym, True)} surveillance drone {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "crew-arrested",
                (
                    f"{a.name}'s coast guard arrested the crew of {_a(b.demonym, True)} fishing "
                    f"vessel {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "rounds-near",
                (
                    f"{b.name} said {a.name} fired several artillery rounds near their maritime "
                    f"border {day}."
                ),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "zone-sent",
                (f"{a.name}'s military sent 20 aircraft into {b.name}'s air defence zone {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "jamming",
                (f"{b.name} accused {a.name} of jamming GPS signals over its territory {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "expelled-passive",
                (f"Two {b.demonym} diplomats were expelled by {a.name} {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "entered-territory",
                (f"{a.demonym} troops entered {b.demonym} territory {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "soldiers-clashed",
                (f"{a.demonym} and {b.demonym} soldiers clashed in a disputed border area {day}."),
                incidents=[(ab, date)],
            )
        )
        out.append(
            Case(
                "flew-close",
                (
                    f"{a.demonym} fighter jets flew dangerously close to {_a(b.demonym, True)} "
                    f"surveillance plane {day}."
                ),
                incidents=[(ab, date)],
            )
        )
    return out


def negatives_3() -> list[Case]:
    """Negative cases for the words of this round's new rules: a present 'is in' that is no
    stay, a 'reached' or 'spent' of no place, domestic fire and detentions, a flight boarded."""
    out: list[Case] = []
    for i in range(6):
        a, b = _pair(i + 5, 2 + i % 9)
        name, p = _who(a, i)
        title = TITLES[(i + 2) % len(TITLES)]
        dem = a.demonym
        out.append(
            Case(
                "neg-3-visit",
                (f"The decision is in {b.capital}'s hands, {dem} {title} {name} said on Monday."),
            )
        )
        out.append(
            Case(
                "neg-3-visit",
                (
                    f"{dem} {title} {name} said {a.name} is in {b.region}'s debt and "
                    f"{b.name} is in a strong position."
                ),
            )
        )
        out.append(
            Case(
                "neg-3-visit",
                (
                    f"{dem} {title} {name} reached an agreement with {b.demonym} negotiators on "
                    f"Monday."
                ),
            )
        )
        out.append(
            Case(
                "neg-3-visit",
                (
                    f"{dem} {title} {name} spent two days in talks with {b.demonym} officials in "
                    f"{a.capital} last week."
                ),
            )
        )
        out.append(
            Case(
                "neg-3-visit",
                (
                    f"{dem} {title} {name}, in {a.capital} for a party congress, said relations with "
                    f"{b.name} were good."
                ),
            )
        )
        out.append(
            Case(
                "neg-3-incident",
                (f"Police fired rubber bullets at protesters in {a.capital} on Monday."),
            )
        )
        out.append(
            Case(
                "neg-3-incident",
                (f"The {dem} coast guard seized two tonnes of cocaine off {a.city} on Monday."),
            )
        )
        out.append(
            Case(
                "neg-3-incident",
                (
                    f"{b.demonym} and {dem} officials discussed the risk of an accidental clash on "
                    f"Monday."
                ),
            )
        )
    return out


def cases() -> list[Case]:
    return (
        visit_cases()
        + visit_negatives()
        + incident_cases()
        + incident_negatives()
        + visit_cases_2()
        + visit_negatives_2()
        + incident_cases_2()
        + incident_negatives_2()
        + visit_cases_3()
        + incident_cases_3()
        + negatives_3()
    )


def _extract(case: Case) -> dict:
    from relations_db.extract import extract

    return extract(case.text, published=PUB, publisher=case.publisher)


def check(case: Case, doc: dict | None = None) -> list[str]:
    """The problems of a case's extraction ([] when fully right)."""
    doc = doc if doc is not None else _extract(case)
    offs = {o["id"]: o for o in doc.get("officials", [])}
    problems: list[str] = []
    got_v = []
    for v in doc.get("visits", []):
        if v.get("status") not in ("held", None):
            continue
        o = offs.get(v.get("traveler") or "")
        got_v.append(
            (
                o["name"] if o else None,
                o.get("country") if o else None,
                (v.get("location") or {}).get("country"),
                v.get("date"),
            )
        )
    want_v = list(case.visits)
    for w in want_v:
        if w in got_v:
            got_v.remove(w)
        else:
            problems.append(f"missing visit {w}")
    for g in got_v:
        problems.append(f"extra visit {g}")
    got_i = [
        (frozenset(x.get("parties") or ()), x.get("date"))
        for x in doc.get("incidents", [])
        if x.get("status") in ("held", None)
    ]
    for w in case.incidents:
        if w in got_i:
            got_i.remove(w)
        else:
            problems.append(f"missing incident {sorted(w[0])} {w[1]}")
    for g in got_i:
        problems.append(f"extra incident {sorted(g[0])} {g[1]}")
    return problems


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(cases(), check, shapes=lambda c: [c.shape], describe=lambda c: f"{c.id}: {c.text}")


if __name__ == "__main__":
    main()

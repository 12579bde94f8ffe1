"""Probe grid of round 29: sanctions releases, one record per listed target.

Invented releases in the styles real ones use (a Treasury/OFAC release with a paragraph per
target, an EU Council release with "Those listed include" / "The listings concern", UK
FCDO, Global Affairs Canada, Australian DFAT (a minister's first person), Japanese MOF/MOFA,
Swiss SECO, New Zealand MFAT), each with the records annotation.md asks for:

- one `sanctions` record per named target (a person: an official record of the target's
  country; a firm, body or named vessel: an organisation), imposed by the publisher's
  government (EU for the Council);
- a record for the package when the text names it as a whole with a count ("four
  individuals and one entity") and lists its targets apart (a colon list, bullets, "Those
  listed include" in a sentence of its own, a paragraph per target) -- the convention of
  c02, u03, x03, z03, fc06 and a04 (the majority; fa04 records the targets only); a count
  with "including A and B" in the same sentence names a sample: the named ones only, as
  g08, h03 and i03 record it;
- no record for a stock-exchange listing, "listed" or "designated" in other senses, calls
  for sanctions not imposed, evasion, and a delisting (sanctions lifted: no measure taken).

Every name is invented. `main()` prints the hit rate (cases fully right / all) and per shape.
Run: `python bench/probes/sanctions.py`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# --- imposers: (publisher, code, how the body is named as a subject, date) ---------------
PUB_DATE = "2025-06-12"  # a Thursday
IMPOSERS = {
    "US": ("U.S. Department of the Treasury", "US"),
    "EU": ("Council of the EU", "EU"),
    "GB": ("Foreign, Commonwealth & Development Office", "GB"),
    "CA": ("Global Affairs Canada", "CA"),
    "AU": ("Australian Minister for Foreign Affairs", "AU"),
    "JP": ("Ministry of Foreign Affairs of Japan", "JP"),
    "CH": ("State Secretariat for Economic Affairs (Switzerland)", "CH"),
    "NZ": ("New Zealand Government", "NZ"),
}

# --- targets' countries: code, demonym, the country's name, cities, people's names ------
TARGETS = {
    "IR": ("Iranian", "Iran", ["Tehran", "Isfahan", "Shiraz"],
           ["Mohammad-Reza Sadeghi", "Ali Asghar Tavakkoli", "Hossein Mirzaei Farahani",
            "Mahmoud Rezaeinejad", "Gholam-Hossein Karimabadi", "Fatemeh Nourbakhsh"]),
    "RU": ("Russian", "Russia", ["Moscow", "Kazan", "Yekaterinburg"],
           ["Sergei Ivanovich Lyubimov", "Anatoly Petrovich Korzhakin", "Yelena Viktorovna Shustova",
            "Dmitry Olegovich Varlamov", "Oleg Borisovich Tiunov", "Natalia Andreyevna Golovkina"]),
    "CN": ("Chinese", "China", ["Shenzhen", "Ningbo", "Xiamen"],
           ["Zhang Xiaoming", "Li Jianguo", "Wang Haoran", "Chen Meiling", "Liu Zhiqiang",
            "Zhou Yifan"]),
    "AE": ("Emirati", "the United Arab Emirates", ["Dubai", "Sharjah", "Abu Dhabi"],
           ["Ahmad bin Khalid al-Mansouri", "Saeed Rashid al-Ketbi", "Hamad bin Saif al-Nuaimi",
            "Khalifa Obaid al-Shamsi"]),
    "KP": ("North Korean", "North Korea", ["Pyongyang", "Nampo"],
           ["Kim Chol-ung", "Ri Song-hyok", "Pak Kwang-nam", "Jon Myong-guk", "Choe Un-jong"]),
    "VE": ("Venezuelan", "Venezuela", ["Caracas", "Maracaibo"],
           ["Jorge Luis de la Vega", "María Fernanda Castillo Rojas", "Alejandro José Pérez Ugueto",
            "Rafael Ignacio Barrios del Valle"]),
    "MM": ("Burmese", "Burma", ["Yangon", "Naypyidaw"],
           ["Aung Min Thein", "Kyaw Zaw Htet", "Thida Win Maung", "Zaw Lin Oo"]),
    "SD": ("Sudanese", "Sudan", ["Khartoum", "Port Sudan"],
           ["Abdelrahim Hamdan Osman", "Mubarak Idris al-Tayeb", "Hassan Yousif Babiker", "Awad Karama Adam"]),
    "TR": ("Turkish", "Türkiye", ["Istanbul", "Mersin"],
           ["Mehmet Yıldırım Aksoy", "Serkan Doğan Kaplan", "Ayşe Nur Demirtaş", "Burak Emre Güler"]),
    "IN": ("Indian", "India", ["Mumbai", "Chennai"],
           ["Rajesh Kumar Iyer", "Sunil Prakash Menon", "Anjali Deshpande", "Vikram Singh Rathore"]),
    "BY": ("Belarusian", "Belarus", ["Minsk", "Hrodna"],
           ["Aliaksandr Mikalaevich Zhuk", "Viktar Ivanavich Kaspiarovich", "Volha Siarheeuna Marchuk",
            "Dzmitry Uladzimiravich Lukashou"]),
    "HT": ("Haitian", "Haiti", ["Port-au-Prince", "Cap-Haïtien"],
           ["Jean-Baptiste Pierre-Louis", "Marie-Claude Dorsainvil", "Wilkenson Théodore", "Lionel Saint-Fleur"]),
    "SY": ("Syrian", "Syria", ["Damascus", "Latakia"],
           ["Abdul Karim al-Hallaq", "Samer Fawzi Haddad", "Rami Mahmoud Qatirji", "Bassam Adel Shalish"]),
    "MY": ("Malaysian", "Malaysia", ["Kuala Lumpur", "Johor Bahru"],
           ["Tan Wei Ming", "Muhammad Hafiz bin Abdullah", "Lim Siew Ling", "Siti Aminah binti Yusof"]),
}
FIRM_WORDS = ["Trading", "Logistics", "Shipping", "Electronics", "Petrochemical", "Industrial",
              "Aviation", "Technology", "Marine", "Energy", "Holding", "Supply"]
FIRM_STEMS = ["Arvand", "Golden Crest", "Zagros", "Northern Pearl", "Blue Lotus", "Sahand",
              "Crimson Delta", "Evergreen Bridge", "Taiga", "Volna", "Orchid Star", "Kestrel",
              "Silver Dune", "Jade River", "Obsidian Gulf", "Amber Fjord", "Coral Summit"]
FORMS = {"AE": ["FZE", "LLC", "DMCC", "FZCO"], "CN": ["Co., Ltd.", "Limited", "Co., Ltd."],
         "RU": ["LLC", "JSC", "OOO"], "TR": ["A.Ş.", "Ltd."], "IN": ["Private Limited", "Ltd."],
         "MY": ["Sdn. Bhd."], "BY": ["OJSC", "LLC"]}
BODIES = {"IR": ["Basij Cooperative Foundation", "Prisons Organisation of Kerman Province",
                 "Sepehr Aerospace Industries Group"],
          "RU": ["Main Directorate of the General Staff", "Central Research Institute Kometa"],
          "KP": ["Korea Ryonbong General Corporation", "Reconnaissance General Bureau"],
          "MM": ["Myanma Oil and Gas Enterprise", "Directorate of Defence Industries"],
          "SD": ["Al-Junaid Gold Company", "Defence Industries System"],
          "SY": ["General Intelligence Directorate", "Military Housing Establishment"],
          "BY": ["Belaruskali", "Minsk Wheeled Tractor Plant"],
          "VE": ["Banco Agrícola de Venezuela", "Dirección General de Contrainteligencia Militar"],
          "HT": ["Gran Grif Gang", "Village de Dieu Gang"]}
VESSELS = ["SEA ORCHID", "AURORA BLUE", "KESTREL STAR", "MARIGOLD", "OCEAN TALON", "LUNA VIII",
           "NORDIC DAWN", "PACIFIC LYRE"]
NUMS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]


@dataclass
class Case:
    shape: str
    text: str
    publisher: str
    expected: list[dict] = field(default_factory=list)  # one per sanctions record
    published: str = PUB_DATE

    def __post_init__(self):
        # (a firm's name ending in a full stop closes its sentence with it: "Sdn. Bhd.")
        self.text = _a(self.text).replace("..", ".")


def _firm(rng, cc):
    forms = FORMS.get(cc, ["LLC", "Ltd.", "Company Limited"])
    return f"{rng.choice(FIRM_STEMS)} {rng.choice(FIRM_WORDS)} {rng.choice(forms)}"


def _people(rng, cc, n):
    return rng.sample(TARGETS[cc][3], n)


def _short(name: str, cc: str) -> str:
    """The name a release uses after the first mention: the family name (first for Chinese,
    Korean and Malaysian Chinese names), "Al-" capitalised when it opens a sentence."""
    words = name.split()
    if cc in ("CN", "KP") or (cc == "MY" and words[0] in ("Tan", "Lim")):
        return words[0]
    if "bin" in words or "binti" in words:
        return words[0]  # (a Malay name: the given name)
    last = words[-1]
    return last[0].upper() + last[1:]


def _person(name, cc, imp, status="held", date=PUB_DATE):
    return {"kind": "person", "name": name, "country": cc, "imposer": imp, "status": status,
            "date": date}


def _org(name, imp, status="held", date=PUB_DATE):
    return {"kind": "org", "name": name, "imposer": imp, "status": status, "date": date}


def _pkg(words, imp, status="held", date=PUB_DATE):
    return {"kind": "pkg", "name": words, "imposer": imp, "status": status, "date": date}


def _distinct_firms(rng, cc, n):
    out = []
    while len(out) < n:
        f = _firm(rng, cc)
        if all(f.split()[0] != o.split()[0] for o in out):
            out.append(f)
    return out


# --- positive shapes ---------------------------------------------------------------------

def treasury_paragraphs(rng):
    """Per-target paragraphs after a counted lead: "X is a UAE-based company that ... X is
    being designated pursuant to E.O. 13846 for ..." (plus the package)."""
    cc = rng.choice(["IR", "RU", "KP", "VE", "SY"])
    hub = rng.choice(["AE", "CN", "TR", "IN", "MY"])
    firm1, firm2 = _distinct_firms(rng, hub, 2)
    (p1,) = _people(rng, hub, 1)
    eo = rng.choice(["E.O. 13846", "E.O. 13224, as amended", "E.O. 14024", "E.O. 13382"])
    dem, name = TARGETS[cc][0], TARGETS[cc][1]
    hdem, hcity = TARGETS[hub][0], rng.choice(TARGETS[hub][2])
    text = (
        f"WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control "
        f"(OFAC) is sanctioning one individual and two entities based in {TARGETS[hub][1]} that "
        f"have facilitated the sale of {dem} oil on behalf of {name}'s military.\n\n"
        f"{firm1} is a {hcity}-based company that has arranged shipments of {dem} crude "
        f"oil to buyers in Asia. {firm1} is being designated pursuant to {eo} for having "
        f"knowingly engaged in a significant transaction for the purchase of petroleum from "
        f"{name}.\n\n"
        f"{p1}, a {hdem} national, is the managing director of {firm1}. {_short(p1, hub)} is "
        f"being designated pursuant to {eo} for having acted for or on behalf of {firm1}.\n\n"
        f"{firm2}, also based in {hcity}, provided ship management services to tankers "
        f"carrying the oil. {firm2} is being designated pursuant to {eo} for having "
        f"materially assisted {firm1}."
    )
    exp = [_pkg("one individual and two entities", "US"), _org(firm1, "US"),
           _person(p1, hub, "US"), _org(firm2, "US")]
    return Case("treasury_paragraphs", text, IMPOSERS["US"][0], exp)


def treasury_also(rng):
    """"OFAC is also designating A, a PRC-based firm that ..., and B, its director" after a
    first designation sentence."""
    cc = rng.choice(["IR", "RU", "KP"])
    hub = rng.choice(["CN", "AE", "TR", "MY"])
    f1, f2 = _distinct_firms(rng, hub, 2)
    (p1,) = _people(rng, hub, 1)
    verb = rng.choice(["is also designating", "also designated", "is concurrently designating"])
    hdem = TARGETS[hub][0]
    text = (
        f"Today, OFAC sanctioned {f1}, which supplied components for {TARGETS[cc][0]} "
        f"drones. OFAC {verb} {f2}, a {rng.choice(TARGETS[hub][2])}-based firm that shipped "
        f"the components, and {p1}, a {hdem} national who directs its sales."
    )
    exp = [_org(f1, "US"), _org(f2, "US"), _person(p1, hub, "US")]
    return Case("treasury_also", text, IMPOSERS["US"][0], exp)


def action_targets(rng):
    """"Today's action targets A, B and C, ..." (firms, or people with appositions)."""
    cc = rng.choice(["RU", "IR", "BY", "SY"])
    people = rng.random() < 0.5
    imp = rng.choice(["US", "GB", "CA"])
    if people:
        a, b, c = _people(rng, cc, 3)
        dem = TARGETS[cc][0]
        text = (
            f"Today's action targets {a}, a {dem} businessman, {b}, a senior official of "
            f"the {dem} Ministry of Energy, and {c}, who finances the network. The three "
            f"were sanctioned for their role in evading the oil price cap."
        )
        exp = [_person(x, cc, imp) for x in (a, b, c)]
    else:
        a, b, c = _distinct_firms(rng, cc, 3)
        text = (
            f"Today's action targets {a}, {b} and {c}, which procure machine tools for the "
            f"{TARGETS[cc][0]} defence industry."
        )
        exp = [_org(x, imp) for x in (a, b, c)]
    return Case("action_targets", text, IMPOSERS[imp][0], exp)


def vessels(rng):
    """Vessels named with their IMO numbers, identified as blocked property."""
    cc = rng.choice(["IR", "RU", "KP"])
    f1 = _firm(rng, rng.choice(["AE", "CN", "MY"]))
    v1, v2 = rng.sample(VESSELS, 2)
    imo1, imo2 = rng.randrange(9100000, 9899999), rng.randrange(9100000, 9899999)
    text = (
        f"Today, OFAC designated {f1}, which manages tankers carrying {TARGETS[cc][0]} oil. "
        f"OFAC is also identifying the {v1} (IMO {imo1}) and the {v2} (IMO {imo2}) as blocked "
        f"property in which {f1} has an interest."
    )
    exp = [_org(f1, "US"), _org(v1, "US"), _org(v2, "US")]
    return Case("vessels", text, IMPOSERS["US"][0], exp)


def eu_those_listed(rng):
    """EU Council: a counted lead, then "Those listed include A, title; B, title; and C"."""
    cc = rng.choice(["IR", "BY", "RU", "SY", "MM"])
    n = rng.choice([3, 4])
    people = _people(rng, cc, n)
    dem = TARGETS[cc][0]
    titles = [f"Director of the {rng.choice(TARGETS[cc][2])} Central Prison",
              f"a judge of the {dem} Supreme Court", f"Deputy Minister of the Interior of "
              f"{TARGETS[cc][1]}", f"commander of the {dem} riot police"]
    lead = rng.choice(["Those listed include", "Among those listed are",
                       "The listings include", "Those sanctioned today include"])
    items = [f"{p}, {t}" for p, t in zip(people, titles, strict=False)]
    listing = "; ".join(items[:-1]) + "; and " + items[-1]
    text = (
        f"The Council today imposed restrictive measures on {NUMS[n - 2]} individuals "
        f"responsible for serious human rights violations in {TARGETS[cc][1]}.\n\n"
        f"{lead} {listing}."
    )
    exp = [_pkg(f"{NUMS[n - 2]} individuals", "EU")] + [_person(p, cc, "EU") for p in people]
    return Case("eu_those_listed", text, IMPOSERS["EU"][0], exp)


def eu_concern(rng):
    """"The listings concern N individuals and M entities, including ..." (package, then
    the named among them)."""
    cc = rng.choice(["RU", "IR", "BY"])
    a, b = _people(rng, cc, 2)
    body = rng.choice(BODIES.get(cc, ["State Security Committee"]))
    dem = TARGETS[cc][0]
    text = (
        f"The Council today imposed restrictive measures on an additional five individuals "
        f"and two entities responsible for {TARGETS[cc][1]}'s destabilising actions abroad. "
        f"The listings concern military intelligence officers and propagandists, including "
        f"{a}, a {dem} military intelligence officer, {b}, who runs disinformation websites, "
        f"and {'the ' if ' ' in body else ''}{body}."
    )
    exp = [_pkg("five individuals and two entities", "EU"), _person(a, cc, "EU"),
           _person(b, cc, "EU"), _org(body, "EU")]
    return Case("eu_concern", text, IMPOSERS["EU"][0], exp)


def following_bullets(rng):
    """"... on the following individuals:" and a bulleted list."""
    imp = rng.choice(["EU", "GB", "CA", "NZ", "AU"])
    cc = rng.choice(["RU", "IR", "MM", "SD", "HT"])
    people = _people(rng, cc, 3)
    dem = TARGETS[cc][0]
    subj = {"EU": "The Council today decided to impose restrictive measures on",
            "GB": "The UK has today imposed asset freezes and travel bans on",
            "CA": "Canada is today imposing sanctions on",
            "NZ": "New Zealand has today imposed travel bans and asset freezes on",
            "AU": "Today I have imposed targeted financial sanctions and travel bans on"}[imp]
    roles = [f"a commander of the {dem} army", f"a {dem} arms dealer",
             f"a senior official of the {dem} security services"]
    bullets = "\n".join(f"- {p}, {r};" for p, r in zip(people, roles, strict=True))
    text = f"{subj} the following individuals:\n\n{bullets[:-1]}."
    exp = [_person(p, cc, imp) for p in people]
    return Case("following_bullets", text, IMPOSERS[imp][0], exp)


def role_sanctioned(rng):
    """"A and B were sanctioned for their role in ..." / "The UK has today sanctioned A and
    B for their role in ..." (active or passive)."""
    imp = rng.choice(["GB", "US", "CA", "AU", "NZ"])
    cc = rng.choice(["SD", "RU", "IR", "MM", "HT", "VE"])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    sub = {"GB": "The UK", "US": "The United States", "CA": "Canada", "AU": "Australia",
           "NZ": "New Zealand"}[imp]
    if rng.random() < 0.5:
        text = (f"{sub} has today sanctioned {a} and {b} for their role in attacks on "
                f"civilians in {TARGETS[cc][1]}. Both are senior {dem} commanders.")
    else:
        text = (f"{a}, a {dem} general, and {b}, a {dem} militia leader, were sanctioned "
                f"today for their role in attacks on civilians.")
    exp = [_person(a, cc, imp), _person(b, cc, imp)]
    return Case("role_sanctioned", text, IMPOSERS[imp][0], exp)


def subordinate_today(rng):
    """"designated today" in a subordinate clause: "A, designated today under ..., runs X";
    "the network of B, who was designated today"."""
    imp = rng.choice(["US", "GB", "CA"])
    cc = rng.choice(["IR", "RU", "KP", "VE", "SY"])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    if rng.random() < 0.5:
        text = (f"{a}, a {dem} financier designated today under the counter-terrorism "
                f"authority, moved funds for the network. {b}, who was also designated "
                f"today, laundered the proceeds through {rng.choice(TARGETS[cc][2])}.")
    else:
        text = (f"The scheme was run by {a}, a {dem} banker who was designated today, and "
                f"{b}, a {dem} businessman also designated today.")
    exp = [_person(a, cc, imp), _person(b, cc, imp)]
    return Case("subordinate_today", text, IMPOSERS[imp][0], exp)


def counted_including(rng):
    """Canada / Australia / NZ: "sanctions on N individuals, including A and B": one record
    per named target, no package of its own (a count with "including" names a sample: the
    convention of g08, h03 and i03; a count before a colon list is a package, see japan_mof)."""
    imp = rng.choice(["CA", "AU", "NZ", "GB"])
    cc = rng.choice(["RU", "IR", "BY", "HT", "MM"])
    n = rng.choice([4, 5, 6, 7])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    lead = {"CA": f"Canada is imposing sanctions under the Special Economic Measures "
                  f"({TARGETS[cc][1]}) Regulations on",
            "AU": "The Australian Government has today imposed targeted financial sanctions "
                  "and travel bans on",
            "NZ": "New Zealand is imposing sanctions on a further",
            "GB": "The Foreign Secretary today announced sanctions against"}[imp]
    text = (f"{lead} {NUMS[n - 2]} {dem} individuals, including {a}, a senior prosecutor, "
            f"and {b}, a deputy minister.")
    day = None if imp in ("CA", "NZ") else PUB_DATE  # ("is imposing": no date said)
    exp = [_person(a, cc, imp, date=day), _person(b, cc, imp, date=day)]
    return Case("counted_including", text, IMPOSERS[imp][0], exp)


def aliases(rng):
    """Parenthesised aliases: "A (also known as B)", "X Co., Ltd. (X Co.)"."""
    imp = rng.choice(["US", "GB", "EU"])
    cc = rng.choice(["KP", "IR", "RU", "CN"])
    (a,) = _people(rng, cc, 1)
    f1 = _firm(rng, cc)
    short = f1.split()[0]
    subj = {"US": "OFAC today designated", "GB": "The UK today sanctioned",
            "EU": "The Council today listed"}[imp]
    alias = rng.choice(["also known as", "a.k.a.", "alias"])
    text = (f"{subj} {a} ({alias} {a.split()[0]} {rng.choice(['Ryu', 'Hamidi', 'Orlov'])}), "
            f"a {TARGETS[cc][0]} national who runs the procurement network, and {f1} "
            f"({short}), the front company he controls.")
    exp = [_person(a, cc, imp), _org(f1, imp)]
    return Case("aliases", text, IMPOSERS[imp][0], exp)


def japan_mof(rng):
    """Japan: asset freeze measures on counted targets, with the named ones."""
    cc = rng.choice(["RU", "KP"])
    a, b = _people(rng, cc, 2)
    body = rng.choice(BODIES[cc])
    text = (f"In view of the current international situation, the Government of Japan has "
            f"decided today to implement asset freeze measures against two individuals and "
            f"one entity related to {TARGETS[cc][1]}: {a}, {b} and the {body}.")
    exp = [_pkg("two individuals and one entity", "JP"), _person(a, cc, "JP"),
           _person(b, cc, "JP"), _org(body, "JP")]
    return Case("japan_mof", text, IMPOSERS["JP"][0], exp)


def seco_added(rng):
    """Switzerland: the department added named targets to the sanctions list."""
    cc = rng.choice(["RU", "BY", "IR"])
    a, b = _people(rng, cc, 2)
    text = (f"The Federal Department of Economic Affairs, Education and Research today added "
            f"{a} and {b}, two {TARGETS[cc][0]} businessmen, to the sanctions list in "
            f"connection with the situation in Ukraine.")
    exp = [_person(a, cc, "CH"), _person(b, cc, "CH")]
    return Case("seco_added", text, IMPOSERS["CH"][0], exp)


def ministers_first_person(rng):
    """Australia: a minister's first person, named targets with their roles."""
    cc = rng.choice(["IR", "MM", "RU", "KP"])
    a, b, c = _people(rng, cc, 3)
    dem = TARGETS[cc][0]
    text = (f"Today I am announcing targeted financial sanctions and travel bans on {a}, "
            f"{b} and {c}, three {dem} officials responsible for the crackdown on peaceful "
            f"protesters.")
    exp = [_person(x, cc, "AU") for x in (a, b, c)]
    return Case("ministers_first_person", text, IMPOSERS["AU"][0], exp)


def firm_country_based(rng):
    """One firm, "X-based", and its officer, in separate sentences."""
    imp = rng.choice(["US", "GB", "EU", "CA"])
    hub = rng.choice(["CN", "AE", "TR", "IN", "MY"])
    f1 = _firm(rng, hub)
    (p1,) = _people(rng, hub, 1)
    subj = {"US": "OFAC also designated", "GB": "The UK also sanctioned",
            "EU": "The Council also listed", "CA": "Canada also sanctioned"}[imp]
    text = (f"{subj} {rng.choice(TARGETS[hub][2])}-based {f1}, which exported "
            f"microelectronics to Russian arms makers. Its owner, {p1}, a "
            f"{TARGETS[hub][0]} national, was also sanctioned.")
    # (no date in the text: none in the records)
    exp = [_org(f1, imp, date=None), _person(p1, hub, imp, date=None)]
    return Case("firm_country_based", text, IMPOSERS[imp][0], exp)


def measures_target(rng):
    """"The new sanctions target A, B and C" after the announcement (NZ, Australia, UK)."""
    imp = rng.choice(["NZ", "AU", "GB", "CA"])
    cc = rng.choice(["RU", "IR", "BY", "MM", "KP"])
    dem = TARGETS[cc][0]
    subj = {"NZ": "New Zealand", "AU": "Australia", "GB": "The UK", "CA": "Canada"}[imp]
    noun = rng.choice(["The new sanctions", "These measures", "The sanctions"])
    if rng.random() < 0.5:
        a, b, c = _people(rng, cc, 3)
        exp = [_person(x, cc, imp) for x in (a, b, c)]
        tail = f"{a}, {b} and {c}, three {dem} commanders"
    else:
        a, b = _distinct_firms(rng, cc, 2)
        exp = [_org(x, imp) for x in (a, b)]
        tail = f"{a} and {b}, which supply drones to the {dem} military"
    text = (f"{subj} today announced new sanctions in response to {TARGETS[cc][1]}'s "
            f"attacks. {noun} target {tail}.")
    return Case("measures_target", text, IMPOSERS[imp][0], exp)


def eu_mixed_items(rng):
    """"Those listed today include A, title; B, title; the political party X; and Y, an
    organisation ...": people and bodies in one list set apart by semicolons."""
    cc = rng.choice(["RU", "BY", "IR", "SY"])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    party = f"{rng.choice(['Victoria', 'Renewal', 'Unity', 'Dawn'])} {rng.choice(['Bloc', 'Front', 'Alliance'])}"
    ngo = rng.choice(["Evrazia", "Rodina Fund", "Sputnik Partners", "Nahda Foundation"])
    text = (
        f"The Council today adopted restrictive measures against an additional four "
        f"individuals and two entities responsible for destabilising actions abroad.\n\n"
        f"Those listed today include {a}, a {dem} businessman who finances a political bloc; "
        f"{b}, a member of parliament; the political party {party}; and {ngo}, an "
        f"organisation used to channel {dem} funds."
    )
    exp = [_pkg("four individuals and two entities", "EU"), _person(a, cc, "EU"),
           _person(b, cc, "EU"), _org(party, "EU"), _org(ngo, "EU")]
    return Case("eu_mixed_items", text, IMPOSERS["EU"][0], exp)


def numbered_lines(rng):
    """Japan style: "the following 2 individuals and 1 entity" and numbered lines under
    headings, family names in capitals."""
    cc = rng.choice(["KP", "RU"])
    a, b = _people(rng, cc, 2)
    caps = [f"{x.split()[0].upper()} {' '.join(x.split()[1:])}" if cc == "KP" else x
            for x in (a, b)]
    body = rng.choice(BODIES[cc])
    text = (
        f"The Government of Japan has today decided to implement measures to freeze the "
        f"assets of the following 2 individuals and 1 entity in relation to "
        f"{TARGETS[cc][1]}.\n\n(1) Individuals\n1. {caps[0]}, a {TARGETS[cc][0]} "
        f"procurement agent\n2. {caps[1]}, a {TARGETS[cc][0]} IT worker\n\n(2) Entity\n"
        f"1. {body}"
    )
    exp = [_pkg("2 individuals and 1 entity", "JP"), _person(caps[0], cc, "JP"),
           _person(caps[1], cc, "JP"), _org(body, "JP")]
    return Case("numbered_lines", text, IMPOSERS["JP"][0], exp)


def these_include(rng):
    """Australia style: a counted lead, then "These include A, the administrator of X, and
    B, a ... developer" (a sample: the package and the named)."""
    cc = rng.choice(["RU", "IR", "KP"])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    text = (
        f"The Albanese Government is today imposing targeted financial sanctions and travel "
        f"bans on five individuals responsible for cyber attacks on Australian hospitals.\n\n"
        f"These include {a}, the administrator of a ransomware group, and {b}, a {dem} "
        f"developer of its malware."
    )
    exp = [_pkg("five individuals", "AU"), _person(a, cc, "AU"), _person(b, cc, "AU")]
    return Case("these_include", text, IMPOSERS["AU"][0], exp)


def demonym_noun_name(rng):
    """News style: "sanctioned Russian businessman A, Russian general B and Chinese firm C
    Co., Ltd." (the nationality and the noun before each name)."""
    imp = rng.choice(["US", "GB", "EU", "CA", "AU"])
    cc = rng.choice(["RU", "IR", "SD", "BY", "VE"])
    hub = rng.choice(["CN", "AE", "TR"])
    a, b = _people(rng, cc, 2)
    f1 = _firm(rng, hub)
    dem, hdem = TARGETS[cc][0], TARGETS[hub][0]
    subj = {"US": "The Treasury", "GB": "The UK", "EU": "The Council", "CA": "Canada",
            "AU": "Australia"}[imp]
    verb = rng.choice(["today sanctioned", "today imposed sanctions on"])
    text = (f"{subj} {verb} {dem} businessman {a}, {dem} general {b} and {hdem} firm {f1} "
            f"over the supply of drones.")
    exp = [_person(a, cc, imp), _person(b, cc, imp), _org(f1, imp)]
    return Case("demonym_noun_name", text, IMPOSERS[imp][0], exp)


def future_listing(rng):
    """A measure announced for a later day: planned, dated by the day given."""
    imp = rng.choice(["EU", "GB", "CA", "US", "AU"])
    cc = rng.choice(["RU", "IR", "BY", "MM"])
    a, b = _people(rng, cc, 2)
    dem = TARGETS[cc][0]
    day, when = rng.choice([("2025-06-16", "on Monday"), ("2025-06-25", "on 25 June"),
                            ("2025-07", "in July")])
    subj = {"EU": "The Council", "GB": "The UK", "CA": "Canada", "US": "The United States",
            "AU": "Australia"}[imp]
    verb = rng.choice(["will impose sanctions on", "will sanction", "is to sanction"])
    text = (f"{subj} {verb} {a}, a {dem} general, and {b}, a {dem} arms dealer, {when}, "
            f"officials said.")
    exp = [_person(a, cc, imp, "planned", day), _person(b, cc, imp, "planned", day)]
    return Case("future_listing", text, IMPOSERS[imp][0], exp)


def modal_possible(rng):
    """A measure a government may take: tentative."""
    imp = rng.choice(["EU", "GB", "CA", "US"])
    cc = rng.choice(["RU", "IR", "VE", "SD"])
    (a,) = _people(rng, cc, 1)
    dem = TARGETS[cc][0]
    subj = {"EU": "The Council", "GB": "The UK", "CA": "Canada", "US": "The United States"}[imp]
    verb = rng.choice(["could sanction", "may impose sanctions on", "might designate"])
    text = f"{subj} {verb} {a}, a {dem} businessman, if the attacks continue."
    exp = [_person(a, cc, imp, "tentative", None)]
    return Case("modal_possible", text, IMPOSERS[imp][0], exp)


# --- negative shapes ---------------------------------------------------------------------

def neg_not_imposed(rng):
    """A measure the text says was not taken."""
    imp = rng.choice(["EU", "GB", "US"])
    cc = rng.choice(list(TARGETS))
    (a,) = _people(rng, cc, 1)
    subj = {"EU": "The Council", "GB": "The UK", "US": "The Treasury"}[imp]
    verb = rng.choice(["has not sanctioned", "did not designate", "declined to sanction"])
    text = (f"{subj} {verb} {a}, a {TARGETS[cc][0]} businessman named in the report, "
            f"officials said.")
    # ("declined to": a measure one side refused, the status the project gives a refusal)
    exp = [_person(a, cc, imp, "declined", None)] if verb.startswith("declined") else []
    return Case("neg_not_imposed", text, IMPOSERS[imp][0], exp)



def neg_stock_exchange(rng):
    hub = rng.choice(["CN", "IN", "MY", "AE"])
    f1 = _firm(rng, hub)
    (a,) = _people(rng, hub, 1)
    text = (f"{f1}, which {a} founded in 2009, was listed on the "
            f"{rng.choice(['Hong Kong', 'Bombay', 'Bursa Malaysia', 'Nasdaq Dubai'])} stock "
            f"exchange last year, and its shares have since doubled.")
    return Case("neg_stock_exchange", text, "Reuters")


def neg_listed_other(rng):
    imp = rng.choice(list(IMPOSERS))
    text = rng.choice([
        "The minister listed three priorities for the partnership: trade, climate and "
        "education.",
        "The old town was listed as a World Heritage site in 1998.",
        "The report listed the projects the two countries will fund next year.",
        "Ambassador Lena Varga was designated as head of the delegation to the talks.",
    ])
    return Case("neg_listed_other", text, IMPOSERS[imp][0])


def neg_calls(rng):
    cc = rng.choice(list(TARGETS))
    (a,) = _people(rng, cc, 1)
    text = rng.choice([
        f"Human rights groups urged the government to sanction {a}, a "
        f"{TARGETS[cc][0]} general accused of abuses.",
        f"Several lawmakers called for sanctions against {a}, but no decision has been "
        f"taken.",
        f"Activists want the Council to list {a} and his companies.",
    ])
    return Case("neg_calls", text, rng.choice([IMPOSERS["GB"][0], IMPOSERS["EU"][0], "Reuters"]))


def neg_evasion(rng):
    cc = rng.choice(["IR", "RU", "KP"])
    hub = rng.choice(["AE", "CN", "TR"])
    f1 = _firm(rng, hub)
    text = (f"Investigators say {f1} helped {TARGETS[cc][1]} evade international sanctions "
            f"by disguising the origin of its cargo.")
    return Case("neg_evasion", text, "Reuters")


def neg_delisted(rng):
    imp = rng.choice(["US", "EU", "GB"])
    cc = rng.choice(list(TARGETS))
    (a,) = _people(rng, cc, 1)
    subj = {"US": "OFAC today removed", "EU": "The Council today removed",
            "GB": "The UK today delisted"}[imp]
    tail = " from the sanctions list after his death." if imp != "GB" else " after his death."
    return Case("neg_delisted", f"{subj} {a}{tail}", IMPOSERS[imp][0])


def neg_designated_role(rng):
    cc = rng.choice(list(TARGETS))
    (a,) = _people(rng, cc, 1)
    text = rng.choice([
        f"{a} has been designated as the {TARGETS[cc][0]} special envoy for the talks.",
        f"The government designated {rng.choice(TARGETS[cc][2])} as the venue of the "
        f"summit.",
    ])
    return Case("neg_designated_role", text, "Reuters")


SHAPES = [
    (treasury_paragraphs, 22), (treasury_also, 18), (action_targets, 22), (vessels, 12),
    (eu_those_listed, 22), (eu_concern, 18), (following_bullets, 22), (role_sanctioned, 22),
    (subordinate_today, 18), (counted_including, 22), (aliases, 16), (japan_mof, 12),
    (seco_added, 12), (ministers_first_person, 14), (firm_country_based, 18),
    (neg_stock_exchange, 16), (neg_listed_other, 16), (neg_calls, 18), (neg_evasion, 14),
    (neg_delisted, 14), (neg_designated_role, 14),
    (future_listing, 16), (modal_possible, 12), (neg_not_imposed, 14), (measures_target, 16),
    (eu_mixed_items, 14), (numbered_lines, 12), (these_include, 12), (demonym_noun_name, 16),
]


def cases(seed: int = 29) -> list[Case]:
    out = []
    for fn, n in SHAPES:
        rng = random.Random(f"{seed}-{fn.__name__}")
        for _ in range(n):
            out.append(fn(rng))
    return out


# --- scoring -----------------------------------------------------------------------------

def _a(text: str) -> str:
    """"a Iranian" -> "an Iranian" (the article before a vowel)."""
    return re.sub(r"\b([Aa]) (?=[AEIOUÖÜ])", r"\1n ", text)


def _norm(s: str) -> str:
    s = re.sub(r"^the\s+", "", s.strip(), flags=re.I)
    return re.sub(r"[\s.,;:]+$", "", s).lower()


def records(doc: dict) -> list[dict]:
    offs = {o["id"]: o for o in doc.get("officials", [])}
    out = []
    for s in doc.get("sanctions", []):
        t = s.get("target") or {}
        if t.get("official"):
            o = offs.get(t["official"], {})
            rec = {"kind": "person", "name": o.get("name"), "country": o.get("country")}
        elif t.get("organization"):
            rec = {"kind": "org", "name": t["organization"]}
        else:
            rec = {"kind": "pkg", "name": t.get("description") or ""}
        rec.update(imposer=s.get("imposer"), status=s.get("status", "held"), date=s.get("date"))
        out.append(rec)
    return out


def _fits(e: dict, r: dict) -> bool:
    if e["kind"] != r["kind"] or e["imposer"] != r["imposer"] or e["status"] != r["status"]:
        return False
    if e.get("date") and r.get("date") != e["date"]:
        return False
    if e["kind"] == "person":
        return r["name"] == e["name"] and r.get("country") == e["country"]
    if e["kind"] == "org":
        return _norm(r["name"] or "") == _norm(e["name"])
    return e["name"].lower() in (r["name"] or "").lower()


def judge(case: Case, doc: dict) -> tuple[bool, str]:
    got = records(doc)
    left = list(got)
    missing = []
    for e in case.expected:
        hit = next((r for r in left if _fits(e, r)), None)
        if hit is None:
            missing.append(e)
        else:
            left.remove(hit)
    ok = not missing and not left
    why = ""
    if not ok:
        why = f"missing={[(m['kind'], m['name'], m['imposer']) for m in missing]} extra={left}"
    return ok, why


def problems(case: Case) -> list[str]:
    from relations_db.extract import extract

    ok, why = judge(case, extract(case.text, published=case.published, publisher=case.publisher))
    return [] if ok else [why]


def main() -> float:
    from runner import measure, use_this_tree

    use_this_tree(__file__)
    return measure(
        cases(), problems, shapes=lambda c: [c.shape], describe=lambda c: f"{c.shape}: {c.text}"
    )


if __name__ == "__main__":
    main()

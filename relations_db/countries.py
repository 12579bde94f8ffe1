"""The one country table: ISO 3166-1 alpha-2 codes, from pycountry, plus the names people use."""

from __future__ import annotations

from functools import lru_cache

# Names that pycountry's lookup does not know but reporting uses every day, and the two
# codes outside ISO 3166-1 proper that international reporting needs (EU, Kosovo).
_EXTRA_NAMES = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "russia": "RU",
    "turkey": "TR",
    "palestine": "PS",
    "kosovo": "XK",
    "xk": "XK",
    "eu": "EU",
    "european union": "EU",
    "united nations": "UN",
    "vatican": "VA",
    "dar es salaam": "TZ",
    "ha noi": "VN",  # the Vietnamese government's spelling of Hanoi
    "holy see": "VA",
    "ivory coast": "CI",
    "the netherlands": "NL",
    "burma": "MM",
    "prc": "CN",
    "roc": "TW",
    "rok": "KR",
    "republic of korea": "KR",
    "dprk": "KP",
    "democratic people's republic of korea": "KP",
    "people's republic of china": "CN",
    "mainland china": "CN",
    "republic of china": "TW",
    "america": "US",
    "united states": "US",
    "uae": "AE",
    "emirates": "AE",
    "macedonia": "MK",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "czechia": "CZ",
    "vatican city": "VA",
    "drc": "CD",
    "dr congo": "CD",
}
# ISO 3166 reserves EU and UN for the European Union and the United Nations; XK is in use
_EXTRA_CODES = {"EU": "European Union", "UN": "United Nations", "XK": "Kosovo"}


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str:
    """The alpha-2 code for a code or a name ("China", "USA", "cn"); ValueError if unknown."""
    text = " ".join(value.replace("’", "'").split())
    if not text:
        raise ValueError("empty country")
    if text.lower().startswith("the "):
        text = text[4:]
    if "." in text and len(text.replace(".", "")) <= 3:
        text = text.replace(".", "")  # U.S., U.K., U.S.A.
    if text.upper() in _EXTRA_CODES:
        return text.upper()
    extra = _EXTRA_NAMES.get(text.lower()) or _official_name_codes().get(text.lower())
    if extra:
        return extra
    import pycountry  # deferred: its database loads lazily and read paths rarely need it

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        raise ValueError(
            f"unknown country {value!r}{_did_you_mean(text)}: "
            "use an ISO 3166-1 code such as CN or US, or a country's name"
        ) from None


def _did_you_mean(text: str) -> str:
    """" (did you mean China?)" from the country names and common forms we know."""
    import difflib

    import pycountry

    names = {c.name: c.name for c in pycountry.countries}
    names.update({getattr(c, "common_name", c.name): c.common_name for c in pycountry.countries
                  if getattr(c, "common_name", None)})
    names.update({k.title(): k.title() for k in _EXTRA_NAMES if len(k) > 3})
    folded = {name.lower(): name for name in names}
    close = difflib.get_close_matches(text.lower(), list(folded), n=2, cutoff=0.75)
    return f" (did you mean {' or '.join(folded[c] for c in close)}?)" if close else ""


def country_name(code: str) -> str:
    if code in _EXTRA_CODES:
        return _EXTRA_CODES[code]
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)


# --- words that point to a country in running text (extraction) ------------------------
# Demonyms and the short forms news text uses; capitals and other places; institutions
# whose country is unambiguous. Keys are as written (case-sensitive), values ISO codes.
DEMONYMS = {
    "American": "US", "U.S.": "US", "US": "US", "U.S": "US", "USA": "US", "United States": "US",
    "Chinese": "CN", "PRC": "CN", "China": "CN", "People’s Republic of China": "CN",
    "People's Republic of China": "CN", "Beijing": "CN",
    "Russian": "RU", "Russia": "RU", "Ukrainian": "UA", "Ukraine": "UA",
    "Japanese": "JP", "Japan": "JP", "Korean": "KR", "South Korean": "KR", "ROK": "KR",
    "Korea": "KR",  # as "Korean": the Republic of Korea ("North Korea" is its own entry)
    "Republic of Korea": "KR", "South Korea": "KR", "North Korean": "KP", "DPRK": "KP",
    "North Korea": "KP", "Taiwanese": "TW", "Taiwan": "TW", "Indian": "IN", "India": "IN",
    "British": "GB", "UK": "GB", "U.K.": "GB", "Britain": "GB", "French": "FR", "France": "FR",
    "German": "DE", "Germany": "DE", "Italian": "IT", "Italy": "IT", "Spanish": "ES",
    "Canadian": "CA", "Canada": "CA", "Mexican": "MX", "Mexico": "MX", "Brazilian": "BR",
    "Australian": "AU", "Australia": "AU", "Indonesian": "ID", "Indonesia": "ID",
    "Thai": "TH", "Thailand": "TH", "Vietnamese": "VN", "Vietnam": "VN", "Philippine": "PH",
    "Filipino": "PH", "Philippines": "PH", "Malaysian": "MY", "Singaporean": "SG",
    "Pakistani": "PK", "Pakistan": "PK", "Afghan": "AF", "Iranian": "IR", "Iran": "IR",
    "Iraqi": "IQ", "Israeli": "IL", "Israel": "IL", "Palestinian": "PS", "Saudi": "SA",
    "Saudi Arabia": "SA", "Turkish": "TR", "Egyptian": "EG", "Syrian": "SY", "Qatari": "QA",
    "Emirati": "AE", "Polish": "PL", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH",
    "Austrian": "AT", "Swedish": "SE", "Norwegian": "NO", "Finnish": "FI", "Danish": "DK",
    "Greek": "GR", "Hungarian": "HU", "Czech": "CZ", "Belarusian": "BY", "Georgian": "GE",
    "Cuban": "CU", "Venezuelan": "VE", "Colombian": "CO", "Argentine": "AR", "Chilean": "CL",
    "South African": "ZA", "Nigerian": "NG", "Kenyan": "KE", "Ethiopian": "ET",
    "New Zealand": "NZ", "Mongolian": "MN", "Cambodian": "KH", "Burmese": "MM", "Burma": "MM",
    "European": "EU", "EU": "EU", "Irish": "IE", "Portuguese": "PT", "Lithuanian": "LT",
    "Estonian": "EE", "Latvian": "LV", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS",
    "Kazakh": "KZ", "Uzbek": "UZ", "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepalese": "NP",
    "Laotian": "LA", "Bruneian": "BN", "Fijian": "FJ", "Solomon Islands": "SB",
    "Lebanese": "LB", "Jordanian": "JO", "Yemeni": "YE", "Omani": "OM", "Kuwaiti": "KW",
    "Moroccan": "MA", "Algerian": "DZ", "Tunisian": "TN", "Libyan": "LY", "Sudanese": "SD",
    # the Democratic Republic of the Congo's short forms (not the Republic of the Congo, CG)
    "DRC": "CD", "DR Congo": "CD", "Democratic Republic of Congo": "CD", "Congolese": "CD",
    "UAE": "AE", "U.A.E.": "AE",  # ("the UAE's Minister of State A": as "PRC", "DPRK")
    "Brunei": "BN",  # (pycountry's "Brunei Darussalam")
}
PLACES = {
    "Beijing": "CN", "Shanghai": "CN", "Hong Kong": "HK", "Macau": "MO", "Xinjiang": "CN",
    "Tibet": "CN", "Washington": "US", "New York": "US", "San Francisco": "US",
    "Woodside": "US", "Camp David": "US", "Alaska": "US", "Hawaii": "US", "Honolulu": "US",
    "California": "US", "Guam": "US", "Anchorage": "US", "Lake Huron": "US", "Montana": "US",
    "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Tokyo": "JP", "Hiroshima": "JP", "Osaka": "JP",
    "Okinawa": "JP", "Seoul": "KR", "Pyongyang": "KP", "Taipei": "TW", "Bangkok": "TH",
    "Vienna": "AT", "Valletta": "MT", "Malta": "MT", "Singapore": "SG", "Bali": "ID",
    "Jakarta": "ID", "New Delhi": "IN", "Delhi": "IN", "London": "GB", "Paris": "FR",
    "Berlin": "DE", "Munich": "DE", "Brussels": "BE", "Geneva": "CH", "Davos": "CH",
    "Luxembourg": "LU", "Rome": "IT", "Madrid": "ES", "Warsaw": "PL", "Stockholm": "SE",
    "Oslo": "NO", "Helsinki": "FI", "Copenhagen": "DK", "Amsterdam": "NL", "The Hague": "NL",
    "Ottawa": "CA", "Mexico City": "MX", "Brasilia": "BR", "Canberra": "AU", "Sydney": "AU",
    "Wellington": "NZ", "Hanoi": "VN", "Manila": "PH", "Kuala Lumpur": "MY",
    "Phnom Penh": "KH", "Vientiane": "LA", "Naypyidaw": "MM", "Ulaanbaatar": "MN",
    "Islamabad": "PK", "Kabul": "AF", "Tehran": "IR", "Baghdad": "IQ", "Damascus": "SY",
    "Beirut": "LB", "Amman": "JO", "Riyadh": "SA", "Jeddah": "SA", "Doha": "QA",
    "Abu Dhabi": "AE", "Dubai": "AE", "Ankara": "TR", "Istanbul": "TR", "Cairo": "EG",
    "Jerusalem": "IL", "Tel Aviv": "IL", "Minsk": "BY", "Tbilisi": "GE", "Yerevan": "AM",
    "Baku": "AZ", "Astana": "KZ", "Tashkent": "UZ", "Dhaka": "BD", "Colombo": "LK",
    "Kathmandu": "NP", "Havana": "CU", "Caracas": "VE", "Bogota": "CO", "Lima": "PE",
    "Buenos Aires": "AR", "Santiago": "CL", "Nairobi": "KE", "Addis Ababa": "ET",
    "Pretoria": "ZA", "Johannesburg": "ZA", "Lagos": "NG", "Abuja": "NG", "Dublin": "IE",
    "Lisbon": "PT", "Athens": "GR", "Budapest": "HU", "Prague": "CZ", "Bucharest": "RO",
    "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Belgrade": "RS", "Sochi": "RU",
    "Vladivostok": "RU", "St. Petersburg": "RU", "Crimea": "UA", "Donbas": "UA",
    "South China Sea": None, "East China Sea": None, "Taiwan Strait": None, "Pacific": None,
    "Indo-Pacific": None, "Black Sea": None, "Red Sea": None, "Persian Gulf": None,
}
INSTITUTIONS = {
    "White House": "US", "State Department": "US", "Department of State": "US",
    "Pentagon": "US", "CIA": "US", "FBI": "US", "NSA": "US", "Treasury": "US",
    "Congress": "US", "Senate": "US", "House": "US", "Commerce Department": "US",
    "Department of Defense": "US", "Defense Department": "US", "Biden administration": "US",
    "Kremlin": "RU", "Zhongnanhai": "CN", "Communist Party": "CN", "Chinese Communist Party": "CN",
    "CCP": "CN", "CPC": "CN", "Politburo": "CN", "PLA": "CN", "People’s Liberation Army": "CN",
    "People's Liberation Army": "CN", "Downing Street": "GB", "Élysée": "FR", "Elysee": "FR",
    "Bundestag": "DE", "Knesset": "IL",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names as written in text ("Indonesia", "Viet Nam") -> code, from pycountry."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names[value] = c.alpha_2
    names.update({k: v for k, v in DEMONYMS.items()})
    return names


def country_in_text(word: str) -> str | None:
    """The country a word or phrase of running text names or implies, if one clearly does:
    a demonym ("Chinese"), a country ("Indonesia"), a place ("Vienna"), an institution
    ("Pentagon"). Case-sensitive: "us" is not the US."""
    word = word.strip()
    for table in (DEMONYMS, INSTITUTIONS):
        if word in table:
            return table[word]
    if word in PLACES:
        return PLACES[word]
    if word.startswith("the ") or word.startswith("The "):
        return country_in_text(word[4:])
    return _country_names().get(word)


# --- every country's demonym and capital (extraction) ----------------------------------
# relations_db/data/demonyms.csv and capitals.csv: one row per word, from countryinfo's data
# (MIT), territories that share a sovereign's demonym left out, a few everyday variants added
# ("Saudi", "Argentine", "Kazakh"). The hand tables above win where both name a word.


@lru_cache(maxsize=1)
def _word_table() -> dict[str, str]:
    import csv
    from importlib import resources

    words: dict[str, str] = {}
    for name in ("capitals.csv", "demonyms.csv"):
        with resources.files("relations_db.data").joinpath(name).open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                if row and row[1] != "country":
                    words[row[0]] = row[1]
    for code, name in _official_names():
        words.setdefault(name, code)
    import unicodedata

    for word, code in list(words.items()):  # texts often drop accents: "Asuncion", "Bogota"
        plain = "".join(c for c in unicodedata.normalize("NFKD", word)
                        if not unicodedata.combining(c))
        words.setdefault(plain, code)
    return words


@lru_cache(maxsize=1)
def _official_name_codes() -> dict[str, str]:
    """Official names, lower case, to codes: pycountry's lookup knows "Korea, Republic of"
    but not "Republic of Korea" or "Democratic Republic of the Congo"."""
    return {name.lower(): code for code, name in _official_names()}


def _official_names():
    """pycountry's official names ("Republic of Korea", "Kingdom of Saudi Arabia") and the
    names before a comma turned round ("Korea, Republic of" -> "Republic of Korea")."""
    import pycountry

    for c in pycountry.countries:
        for attr in ("official_name", "name"):
            value = getattr(c, attr, None)
            if value and ", " in value:
                head, tail = value.split(", ", 1)
                value = f"{tail} {head}"
                if value.startswith("The "):  # "Congo, The Democratic Republic of the"
                    value = value[4:]
            if value:
                yield c.alpha_2, value
    yield "SA", "Kingdom of Saudi Arabia"


def country_phrase_limit(words: list[str]) -> int:
    """The most of `words` (a phrase's words, in order) that `country_of_word` can name a
    country by: no name in the tables has more than a few words, after the leading "the"s
    that `country_in_text` takes off. Callers that try every prefix of a run of words stay
    linear on a run of thousands of capitalised words (a pasted list, a table)."""
    leading = 0
    while leading < len(words) and words[leading] in ("the", "The"):
        leading += 1
    return leading + _longest_name()


@lru_cache(maxsize=1)
def _longest_name() -> int:
    tables = (DEMONYMS, INSTITUTIONS, PLACES, _country_names(), _word_table(), _EXTRA_NAMES)
    return max(len(name.split()) for table in tables for name in table)


@lru_cache(maxsize=8192)
def country_of_word(word: str) -> str | None:
    """Like `country_in_text`, for every country: also any demonym ("Emirati", "Saudis"),
    capital ("Riyadh") or official name ("Republic of Korea")."""
    code = country_in_text(word)
    if code or not word:
        return code
    word = word.strip()
    if word.startswith(("the ", "The ")):
        word = word[4:]
    table = _word_table()
    if word in table:
        return table[word]
    if word[:1].isupper() and not word.isupper() and word.lower() in _EXTRA_NAMES:
        return _EXTRA_NAMES[word.lower()]  # "Turkey", "Britain", "Burma"
    if (
        word.endswith("s")
        and word[:-1] in table
        and word[:-1] not in _capitals_only()
        and word[:-1] not in _pycountry_names()
    ):
        return table[word[:-1]]  # "Saudis", "Emiratis"; not "Frances" (a given name)
    return None


@lru_cache(maxsize=1)
def _pycountry_names() -> frozenset[str]:
    """Countries' own names ("France"), which take no plural "s" as demonyms do."""
    import pycountry

    return frozenset(
        v for c in pycountry.countries for v in (c.name, getattr(c, "common_name", None)) if v
    )


@lru_cache(maxsize=1)
def _capitals_only() -> frozenset[str]:
    from importlib import resources

    text = resources.files("relations_db.data").joinpath("capitals.csv").read_text("utf-8")
    return frozenset(line.split(",")[0] for line in text.splitlines()[1:])


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Subdivision names (states, provinces, regions) -> country code, from pycountry; a
    name several countries use goes to the one where it is a state or province, else none."""
    import pycountry

    seen: dict[str, dict[str, str]] = {}
    for s in pycountry.subdivisions:
        seen.setdefault(s.name, {})[s.country_code] = s.type
    out = {}
    for name, codes in seen.items():
        if len(codes) == 1:
            out[name] = next(iter(codes))
            continue
        main = [c for c, kind in codes.items() if kind in ("State", "Province")]
        if len(main) == 1:
            out[name] = main[0]
    return out


def subdivision_country(name: str) -> str | None:
    """The country of a state, province or region named in text ("Maryland", "Bavaria")."""
    return _subdivisions().get(name.strip())

"""Places and countries: the known place names, the country a run of words names, and
the place named after (or before) a trigger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...countries import country_of_word, subdivision_country
from .candidate import _trigger_between
from .patterns import _MARGINS_OF, _PAIR, _PLACE, _REGIONS, _TOWN_OF


def _longest_country(words: str) -> str | None:
    parts = words.rstrip(".,;:").split()
    for n in range(len(parts), 0, -1):
        code = country_of_word(" ".join(parts[:n]))
        if code:
            return code
    return None


# a count opening a sentence before a demonym ("Two Indian nationals", "Several Thai boats")
_COUNT_WORDS = frozenset(
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Dozens Many Some "
    "Both Hundreds Scores".split()
)
# people or things a place word modifies ("US troops", "Kenyan exporters"): no destination
_MODIFIED_NOUN = re.compile(
    r"\s+(?:troops|soldiers|forces|sailors|peacekeepers|officials|officers|diplomats|companies|"
    r"firms|factories|businesses|investors|students|workers|nationals|citizens|communit(?:y|ies)|"
    r"warships?|vessels|exporters|producers|farmers|refugees|residents|veterans|personnel)\b"
)
_WATER_OF = re.compile(r"\b(?:Sea|Gulf|Straits?|Bay)\s+of\s+$")


def _countries_in(text: str) -> list[str]:
    codes = []
    for m in re.finditer(r"\b[A-Z][\w.’']*(?:\s+[A-Z][\w’']*){0,3}", text):
        if _WATER_OF.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the Sea of Japan", "the Gulf of Guinea": a sea's name, no country's
        words = re.sub(r"[’']s\b", "", m.group(0)).split()
        if len(words) > 1 and words[0] in _COUNT_WORDS:
            words = words[1:]  # "Two Indian nationals were arrested": Indian
        if len(words) > 1 and words[0] in ("The", "A", "An"):
            words = words[1:]  # "The Philippine Department of Foreign Affairs": Philippine
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            code = country_of_word(phrase) or country_of_word(phrase.rstrip("."))  # "Somalia."
            if code:
                codes.append(code)
                break
    return codes


_POSSESSIVE_END = re.compile(r"[’']s?$")
_WORD_AFTER = re.compile(r"\s+(?P<w>[A-Z][\w]*)")
_WORD_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[A-Z][\w]*)\s+$")


def _pair_countries(text: str) -> list[str]:
    return list(_pair_countries_of(text))  # (a list of its own: a caller may extend it)


@lru_cache(maxsize=256)  # (one sentence is asked several times, once a stage of a candidate)
def _pair_countries_of(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _PAIR.finditer(text):
        for g in ("a", "b", "c", "d"):
            if m.group(g):
                word = _POSSESSIVE_END.sub("", m.group(g))  # ("Maldives" keeps its s)
                code = country_of_word(word) or country_of_word(word.rstrip("."))
                if code is None and g in ("c", "d"):
                    # "the India-Sri Lanka Joint Working Group", "the Sri Lanka-India JWG": a
                    # country of two words on one side of the hyphen
                    two = (
                        _WORD_AFTER.match(text, m.end("d"))
                        if g == "d"
                        else _WORD_BEFORE.search(text, 0, m.start("c"))
                    )
                    if two:
                        words = (word, two.group("w")) if g == "d" else (two.group("w"), word)
                        code = country_of_word(" ".join(words))
                if code and code not in out:
                    out.append(code)
    return tuple(out) if len(out) >= 2 else ()


# the traveler's way home after an event: "before returning to X", "then flies back to X"
_RETURNING_TO = re.compile(r"\b(?:return(?:s|ing)?|back)\s+to\s*$")  # ("flies back to")
# "before flying to", "before returning to": a move after the event ends its clause
_BEFORE_MOVING = re.compile(r"\bbefore\s+[a-z]+ing\s*$")
_HEAD_NOUN = re.compile(r"\s*(?:meetings?|talks|session|conversation|call|dinner)\s*")


# a place that a topic names, not where the event is: "exchanged views on the situation in
# the Middle East"
_TOPIC_IN = re.compile(
    r"\b(?:situation|developments?|crisis|war|conflict|tensions?|peace|stability)\s+$", re.I
)


# the rest of a gathering's name after its first words: " Cooperation Dialogue", " summit"
_GATHERING_AFTER = re.compile(
    r"(?:\s+(?:(?-i:[A-Z])[\w\-]*|summit|meeting|ministerial|forum|conference|dialogue|session|"
    r"assembly)\b)+",
    re.I,
)


# the venue right after a gathering's name: " in Bangkok"
_VENUE_IN = re.compile(r"(?:\s+(?:[a-z]+\s+){0,2}?)?\s*in\s+(?-i:[A-Z])")


def _only_a_gathering_between(text: str, lo: int, hi: int) -> bool:
    """Are the only triggers between a meeting and a place the words of the gathering it was
    on the sidelines of? ("met on the sidelines of the X ministerial meeting in Riga")"""
    if not _MARGINS_OF.search(text, lo, hi):
        return False
    rest = _MARGINS_OF.sub(" ", text[lo + 1 : hi])
    return not _trigger_between(rest, 0, len(rest))


def _place_after(text: str, start: int, kind: str) -> tuple[str | None, str | None] | None:
    for m in _PLACE.finditer(text, start):
        if m.start() - start > 120:
            break
        if (
            m.start() > start + 1
            and _trigger_between(text, start + 1, m.start())
            and not _HEAD_NOUN.fullmatch(text, start, m.start())
            # ("met on the sidelines of the X ministerial meeting in Riga": where they met)
            and not _only_a_gathering_between(text, start, m.start())
        ):
            break  # "the Summit ... and his visit next week to Europe": another event's place
            # (not "a summit meeting in Hanoi": the compound's head noun)
        if re.search(r",\s+and\s+(?:he|she|they|it)\b|;|,\s+then\s", text[start : m.start()]):
            break  # "met A in X last month, and he will travel to Y": another clause's place
        if kind != "visit" and (
            m.group(0)[:6].lower() == "depart" or _BEFORE_MOVING.search(text, start, m.start())
        ):
            break  # "will meet A before departing for Lima", "... before flying to Doha",
            # "before returning to X": where the traveler goes next, not where they meet
        if kind != "visit" and _RETURNING_TO.search(text, start, m.start() + 3):
            break  # "a summit ..., before returning to Washington": the way home
        if re.search(r"\b(?:that|which)\s+(?:they|he|she|we|it|I)\s", text[start : m.start()]):
            break  # "to review the arrangement that they reached in X": that act's place
        if kind in ("meeting", "visit") and _TOPIC_IN.search(text, start, m.start()):
            continue
        if (
            m.group(0)[:5].lower() in ("margi", "sidel")
            and _GATHERING_AFTER.match(text, m.end())
            and _VENUE_IN.match(text, _GATHERING_AFTER.match(text, m.end()).end())
        ):
            continue  # "on the sidelines of the Asia Cooperation Dialogue ministerial meeting
            # in Bangkok": a gathering's name, the venue after it
        if kind == "visit" and _MODIFIED_NOUN.match(text, m.end()):
            continue  # "visited US troops in Germany": a word that modifies the noun after it,
            # not where the traveler went
        words = m.group("place").split()
        if (
            kind == "visit"
            and _REGIONS.get(m.group("place"), "") is None
            and re.search(r"\bstops?\s+in\b", text[m.end() : m.end() + 60])
        ):
            continue  # "a tour of Southeast Asia, with stops in X, Y and Z": the stops
        region = m.group("region")
        state = subdivision_country(region) if region and not country_of_word(region) else None
        if state and not country_of_word(m.group("place")):
            # "Annapolis, Maryland", "Los Angeles, California": a town of a state
            return f"{m.group('place')}, {region}", state
        if (
            region
            and len([w for w in words if w[:1].isupper()]) <= 3  # "Santa Cruz de la Sierra"
            and _is_country_name(region)
            and not country_of_word(m.group("place"))
            and m.group("place") not in _known_places()
        ):
            # "travel to Tianjin, China": a town the tables do not know, in the country named
            return m.group("place"), country_of_word(region)
        if (
            m.group("town")
            and not country_of_word(m.group("place"))
            and m.group("place") not in _known_places()
        ):
            return m.group("place"), None  # "to the port city of Lobito": a town all the same
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            is_place = name in _known_places()
            code = country_of_word(name) or (_known_places().get(name) if is_place else None)
            if code and not is_place and n < len(words) and m.group(0)[:4] in ("marg", "side"):
                # "on the sidelines of the Indian Ocean Conference in X": a demonym in an
                # event's name (a town's is its place: "the Munich Security Conference")
                break
            if code or is_place:
                region = m.group("region")
                if region and code and country_of_word(region) not in (None, code):
                    region = None  # "to Brussels, Warsaw and Vilnius": a list of towns
                if region and country_of_word(region) and not code:
                    code = country_of_word(region)
                if region and country_of_word(region) and region in _known_places():
                    name = f"{name}, {region}"
                elif region and country_of_word(region):
                    code = code or country_of_word(region)
                if _is_country_name(name):
                    return None, code
                return name, code
    return None


# the place a "where" clause stands for: "to San José, where", "to the port city of X, where"
_BEFORE_WHERE = re.compile(
    rf"\b(?:to|in|at|for)\s+(?:the\s+(?P<town>{_TOWN_OF})"
    r"\s+)?(?P<p>[A-Z][\w\-é]*(?:\s+[A-Z][\w\-é]*){0,2}),?\s*$"
)


def _place_of_where(text: str, lo: int, a: int) -> tuple[str | None, str | None] | None:
    """ "he goes to San José, where President A will host him": the place "where" stands
    for, the one the clause before went to."""
    if not re.match(r"[\s,]*where\b", text[lo:a]):
        return None
    m = _BEFORE_WHERE.search(text, 0, lo)
    if not m:
        return None
    name = m.group("p")
    code = _known_places().get(name) or country_of_word(name)
    if not code and m.group("town"):
        return name, None  # "to the port city of Lobito, where ...": a town all the same
    if not code:
        return None
    return (None if _is_country_name(name) else name), code


def _place_before(text: str, a: int) -> tuple[str | None, str | None] | None:
    """A place that modifies the trigger's noun: "the Bali summit", "the Geneva talks"."""
    m = re.search(
        r"\b(?:the|a|an|this|that|their|his|her)\s+(?P<p>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)"
        r"\s+(?:[a-z\-]+\s+)?$",
        text[max(0, a - 50) : a],
    )
    if m and m.group("p") in _known_places():
        return m.group("p"), _known_places()[m.group("p")]
    return None


@lru_cache(maxsize=1)
def _known_places() -> dict:
    """Places that are not countries: the hand table and every capital."""
    from ...countries import PLACES, _capitals_only, country_of_word

    return {**{c: country_of_word(c) for c in _capitals_only()}, **_REGIONS, **PLACES}


def _is_country_name(name: str) -> bool:
    return name not in _known_places() and (
        name.startswith("the ") or country_of_word(name) is not None
    )

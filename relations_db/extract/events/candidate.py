"""A candidate event (one trigger in one sentence) and the clause around its trigger.

Candidate is what every stage fills in. clause_of bounds the clause a trigger stands in;
sentence_subject finds the person a sentence opens with; _trigger_between and
_other_trigger tell whether another event's trigger stands in a span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..people import Person
from ..sentences import Sentence
from .patterns import _ALL_KEYS, _MARGINS_OF, _OPENING, _PATTERN_KEYS

# ", and" after a word: not tried again from each later space of a run of spaces (a PDF's
# columns, a pasted page: the square of the run's length), where it cannot match unless the
# run's first space did, but after a dash's match, which can end inside a run
_AND = r"(?:(?<!\s)|(?<=[—–\-]\s))\s+and\s+"
# clause boundaries; "follow up on <event>" (the event came first); a determiner that refers
# back ("the meeting"); past-tense verbs that make a mention a past event
# ", and with B" continues a list of the clause before (a conjunct phrase, not a clause)
_CLAUSE = re.compile(
    # (every alternative starts with a semicolon, a comma or a space: tested first, so that
    # the engine skips other characters at once; speed only, the same matches)
    r"(?=[;,\s])(?:"
    # (not the dash after a plural group that opens its list: "the three Baltic presidents --
    # President A of X, President B of Y and President C of Z")
    r";|(?<!leaders)(?<!presidents)(?<!ministers)(?<!counterparts)(?:\s[—–]\s|\s--\s)|"
    r",\s+(?:and(?!\s+with\b)|but|while|whereas|although|though|"
    r"yet|after|before|when|because|since|until|then\s+(?=to\s|on\s|in\s|he\s|she\s)|"
    # "..., as President A and President B agreed when ...": a clause of its own subject
    r"as\s+(?=(?-i:[A-Z])[\w.\-]+\s+(?-i:[A-Z])[^,;]*?\s(?:agreed|said|noted|stressed|"
    r"announced|discussed|decided)\b)|"
    # "meet with senior PRC officials, including Foreign Minister A": A is one of them
    r"including(?!\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:President|Minister|Secretary|"
    r"Ambassador|Chancellor|Premier|Envoy|Advis[eo]r|General|Admiral|Governor|Director)\b))\b"
    # "met with A ... and was received by B": a second predicate, its own event
    r"|" + _AND + r"(?=(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:received|"
    r"welcomed|hosted)\s+by\b)"
    # "A met B and thanked C for his support", "... and conveyed the greetings of C": a
    # second predicate of the subject's, whose object is no side of the meeting
    r"|" + _AND + r"(?=(?:also\s+)?(?:thanked|conveyed|praised|congratulated|commended|"
    r"condemned|expressed|paid\s+tribute|reaffirmed|stressed|urged|recalled|noted|"
    r"paid\s+homage|offered\s+condolences)\b)"
    # "held talks with B and called on C": a second predicate in the past, its own meeting
    r"|" + _AND + r"(?=(?:also\s+|later\s+|then\s+)?(?:called\s+on|paid\s+a\s+courtesy\s+call\s+on)"
    r"\s+(?-i:[A-Z]))"
    # "A also met with B and will call on C on Friday": a second predicate, its own event
    r"|" + _AND + r"(?=will\s+(?:also\s+)?(?:call\s+on|meet|hold|host)\b)"
    # "he will call on A and then co-chair the X with B": a second bare verb after the modal,
    # its own event (its own object)
    r"|" + _AND + r"(?=(?:also\s+|then\s+|later\s+)(?:call\s+on|meet|hold|host|co-?chair|chair|"
    r"sit\s+down)\b)"
    # "he is to call on A and to meet B": a second infinitive, its own event
    r"|" + _AND + r"(?=to\s+(?:call\s+on|meet|hold\s+talks|host)\b)"
    r"|,\s+(?P<rest>(?:who|whom|which|where)\b)"
    r"|\s(?=(?:when|because)\s))",
    re.I,
)


@dataclass
class Candidate:
    kind: str
    subtype: str | None  # a meeting's format, an incident's category
    sentence: Sentence
    trigger: tuple[int, int]
    persons: list[Person] = field(default_factory=list)
    described: list[dict] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    status: str = "held"
    visibility: str = "public"
    place: str | None = None
    place_country: str | None = None
    parties: list[str] = field(default_factory=list)
    imposer: str | None = None
    target: dict | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    tense: str | None = None  # "past" (a past-tense verb governs it), "future", or None
    definite: bool = False  # "the meeting", "their call": may refer back to a known event
    indefinite: bool = False  # "a Strategic Dialogue": a new event, not one named before
    members: list = field(default_factory=list)  # the candidates merged into this one
    destinations: list = field(default_factory=list)  # "trips to A and B for talks"
    subject: Person | None = None  # whom a "he"/"she" of its sentence continues
    each: list = field(default_factory=list)  # "the visit of A and B, where they will meet C"
    co_imposers: list = field(default_factory=list)  # "X, Y and Z announced sanctions"

    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.persons)


_SUBJECT_WORDS = {"the", "of", "and", "for", "de", "del", "la", "van", "von", "bin", "al", "da"}


# (compiled once, as re.purge() in a long run would otherwise have them compiled again)
_OPENING_RE = re.compile(_OPENING)
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][\w’'\-]*")


def sentence_subject(text: str, mentions, base: int) -> Person | None:
    """The person who is the subject of a sentence: its first mention, with only title
    words, a possessive country or an opening phrase before it ("Chile's Minister of
    Foreign Affairs, A, held ...", "On Monday, Minister A met ...")."""
    first = next((m for m in mentions if m.start - base >= 0), None)
    if first is None or first.start - base > len(text):
        return None
    opening = _OPENING_RE.match(text)
    lead = text[opening.end() if opening else 0 : first.start - base]
    # (a word, not the end of one after an apostrophe: "the Hon'ble Foreign Adviser, A")
    words = _LOWER_WORD.findall(lead)
    return first.person if all(w in _SUBJECT_WORDS for w in words) else None


def _distance(s, e, a, b) -> int:
    if e <= a:
        return a - e
    if s >= b:
        return (s - b) // 2  # dates follow their verb more often than they precede it
    return 0


def _in_scope(t, text: str, lo: int, hi: int) -> bool:
    """A date applies to the clause it is in, and a date that opens the sentence ("In May,
    ...", "Spokesperson: On Monday, ...") to every clause of it."""
    if lo <= t.start < hi:
        return True
    return t.start <= label_end(text) + 3 and text[t.end : t.end + 2].startswith(",")


# a speaker's label opening a transcript turn ("Mao Ning: ", "Question: "): the sentence
# after it opens as a sentence would without it
_LABEL = re.compile(r"[A-Z][\w.’'\- ]{0,40}:\s+(?=[A-Z])")


def label_end(text: str) -> int:
    """Where a sentence opens after a speaker's label (0 when it has none)."""
    m = _LABEL.match(text)
    return m.end() if m else 0


def _trigger_between(text: str, lo: int, hi: int) -> bool:
    return any(regex.search(text, lo, hi) for regex in _patterns_in(text, lo, hi))


def _patterns_in(
    text: str, lo: int, hi: int, among: frozenset[str] = _ALL_KEYS
) -> list[re.Pattern]:
    """The trigger patterns that may match within text[lo:hi], in TRIGGERS order: those with
    a key word there (every match holds one of its pattern's keys) or without keys. `among`:
    the keys to look for, when the text around is known to lack the others (keys_in)."""
    if among is _ALL_KEYS and text is _indexed_body and lo >= 0 and hi >= 0:  # (same list)
        return patterns_in_body(text, lo, hi)
    low = text[lo:hi].lower()
    if among is _ALL_KEYS:  # (only the keys whose first two letters are in the span)
        pairs = {low[i : i + 2] for i in range(len(low) - 1)}
        among = [k for pair in pairs.intersection(_KEYS_BY_PAIR) for k in _KEYS_BY_PAIR[pair]]
        among += _SHORT_KEYS
    present = set(filter(low.__contains__, among))  # (a loop in C: the same set)
    return [regex for regex, keys in _PATTERN_KEYS if keys is None or not present.isdisjoint(keys)]


# the keys by their first two letters: a short span (a clause, the words between two
# triggers) holds only keys whose first two letters it holds, so it tests those alone
# (speed only: the same keys)
_KEYS_BY_PAIR: dict[str, list[str]] = {}
for _k in sorted(_ALL_KEYS):
    if len(_k) >= 2:
        _KEYS_BY_PAIR.setdefault(_k[:2], []).append(_k)
_SHORT_KEYS = [k for k in _ALL_KEYS if len(k) < 2]


@lru_cache(maxsize=4)
def _key_hits(body: str) -> tuple[list[int], list[tuple[int, int, str]]] | None:
    """Every occurrence of a trigger key in a text, (start, end, key) in order, and the
    starts alone (to bisect): a span's keys are read off here, not searched for key by key
    (speed only). None when lower-casing moves characters ("İ"): spans would not line up."""
    low = body.lower()
    if len(low) != len(body):
        return None
    hits = []
    for k in _keys_of(low):
        n = len(k)
        i = low.find(k)
        while i >= 0:
            hits.append((i, i + n, k))
            i = low.find(k, i + 1)
    hits.sort()
    return [h[0] for h in hits], hits


# the text patterns_in_body read last (its key index stays in _key_hits's cache): other
# spans of that same text read their patterns off the index too
_indexed_body: str | None = None
_KEY_BITS = {
    k: sum(1 << i for i, (_, keys) in enumerate(_PATTERN_KEYS) if keys and k in keys)
    for k in _ALL_KEYS
}
_FREE_BITS = sum(1 << i for i, (_, keys) in enumerate(_PATTERN_KEYS) if keys is None)


@cache
def _patterns_of(bits: int) -> list[re.Pattern]:
    return [regex for i, (regex, _) in enumerate(_PATTERN_KEYS) if bits >> i & 1]


def patterns_in_body(body: str, lo: int, hi: int) -> list[re.Pattern]:
    """_patterns_in(body, lo, hi), read off the text's key index (the same list)."""
    global _indexed_body
    index = _key_hits(body)
    _indexed_body = body
    if index is None:
        return _patterns_in(body, lo, hi, keys_in(body))
    starts, hits = index
    bits = _FREE_BITS
    for j in range(bisect_left(starts, lo), len(starts)):
        a, b, k = hits[j]
        if a >= hi:
            break
        if b <= hi:
            bits |= _KEY_BITS[k]
    return _patterns_of(bits)


@lru_cache(maxsize=4)
def keys_in(body: str) -> frozenset[str]:
    """The trigger keys a whole text holds: none of the others can be in one of its sentences,
    so each sentence looks for these only (the text has about half of them). Each sentence
    asks; the text is scanned once (memoised on it)."""
    return frozenset(_keys_of(body.lower()))


# the keys with a space in them, and the others: a key of the others is in a text just when it
# is in one of its words, and testing each word once (" ".join of the distinct words: about
# half the text) is the same test on less text (speed only)
_SPACED_KEYS = tuple(sorted(k for k in _ALL_KEYS if any(c.isspace() for c in k)))
_WORD_KEYS = _ALL_KEYS.difference(_SPACED_KEYS)


def _keys_of(low: str) -> list[str]:
    """The trigger keys a lower-cased text holds (absent keys skipped in C)."""
    words = " ".join(set(low.split()))
    return [*filter(words.__contains__, _WORD_KEYS), *filter(low.__contains__, _SPACED_KEYS)]


_DURING_TRIP = re.compile(
    r"\bduring\s+(?:his|her|their|its|the|a)\s+(?:[\w\-]+\s+)?(?:visit|trip|stay|tour)\b"
)


_AT_THE_SUMMIT = re.compile(
    r"\bat\s+the\s+(?:[\w\-’']+\s+){0,5}?(?:Summit|Forum|General\s+Assembly)s?\b"
)


_BY_PHONE = re.compile(r"\bby\s+(?:phone|telephone|video(?:\s*link)?)\b")
_IN_A_CALL = re.compile(r"\b(?:in|during|over)\s+a\s+(?:(?:phone|telephone|video)\s+)?call\b")


# "visiting" as the adjective of a guest's title, right after the meeting's verb or "with"
_VISITING_GUEST = re.compile(
    r"^\s*(?:with\s+)?(?:the\s+|a\s+)?visiting(?=\s+(?:[A-Z][\w.\-’']*\s+){1,5})"
)


# a relative clause about the object set off by commas, whole
_WHO_CLAUSE = re.compile(r",\s+who(?:\s+(?:is|was|are|were|has|had))?\b[^,;.]*,\s*$")


def _other_trigger(text: str, t, a: int, b: int) -> bool:
    """Is there another event's trigger between a date and this trigger?"""
    lo, hi = (t.end, a) if t.end <= a else (b, t.start)
    between = _BY_PHONE.sub("", text[lo:hi])
    # "discussed X with A in a call on Monday": the call is the same conversation
    between = _IN_A_CALL.sub("", between)
    # "met A on the margins of the G20 summit today": the summit names where, not what
    between = _MARGINS_OF.sub("", between)
    # "the sanctions announced by A during her visit to X last June": what happened during a
    # trip happened at its time
    between = _DURING_TRIP.sub("", between)
    # "met the visiting Ghanaian President A in Berlin on 8 May": the guest's stay is the
    # time of the meeting, not another event
    if "isiting" in between:
        between = _VISITING_GUEST.sub("", between)
    if t.start >= b and ", who" in between:
        # "received A, who is on a three-day visit to X, on 6 May": the date after the
        # relative clause is the main clause's
        between = _WHO_CLAUSE.sub("", between)
    # "by phone": the same call; "host A for a working lunch": the same meeting
    between = re.sub(
        r"\bfor\s+(?:(?:a|an|the)\s+)?(?:(?:working|state|private|official|informal)\s+)?"
        r"(?:dinner|luncheon|banquet|lunch|breakfast)\b",
        "",
        between,
    )
    if re.fullmatch(r"(?i)me(?:t|ets?|eting)", text[a:b]):
        # "whom he first met in Los Angeles at the Summit of the Americas in June": the
        # summit names where they met, held in its time (and "will meet at the X Summit in
        # October", "look forward to meeting again at the G20 Summit in November": where
        # and when they will)
        between = _AT_THE_SUMMIT.sub("", between)
    if re.match(r"(?i)host", text[a:b]):
        # "hosted A for the 3rd X-Y Leaders' Retreat in Z on 7 January": the same meeting
        between = re.sub(
            r"\bfor\s+the\s+(?:[\w\-’']+\s+){0,6}?(?:Retreat|Summit)s?\b", "", between
        )
    return any(regex.search(between) for regex in _patterns_in(between, 0, len(between)))


def clause_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The clause around text[a:b]: bounded by semicolons, dashes, and ", and/but/while/
    which/who" (a relative clause starts at its pronoun)."""
    lo, hi = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if _LIST_END.match(text, m.start()) and _TITLED_ITEM.search(text, 0, m.start()):
            continue  # "A of Angola, President B of Zambia, and Vice President C": one list
        if m.end() <= a:
            lo = max(lo, m.start("rest") if m.group("rest") else m.end())
        elif m.start() >= b:
            hi = min(hi, m.start())
            break
    return lo, hi


def body_before(c: Candidate, context: dict | None) -> str:
    """The text of the sentences before the candidate's, the latest last (a few)."""
    return " ".join(((context or {}).get("before") or [])[-6:])


# the last item of a list of titled people after an Oxford comma, and an item before it
_LIST_END = re.compile(
    # ("..., and Republic of Korea Foreign Minister C": a country's name before the title)
    r",\s+and\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+(?:of\s+)?){0,3}(?:President|Vice|Prime|King|"
    r"Queen|Crown|Chancellor|Premier|Minister|Secretary|Ambassador|Speaker|Governor|Chairman)\b"
)
_TITLED_ITEM = re.compile(
    # ("A, Foreign Minister B, and C": a modifier or two before the title too)
    r",\s+(?:[A-Z][\w.\-]*\s+){0,2}?(?:President|Vice\s+President|Prime\s+Minister|King|"
    r"Chancellor|Premier|Minister|Secretary|Ambassador)\s+[A-Z][^,;]*$"
    # "met with the Speaker of the Chamber, A B, and the Minister of Defence, C D": a title
    # and a comma before each name
    r"|\bthe\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Speaker|President|Prime\s+Minister|King|Chancellor|"
    r"Premier|Minister|Secretary|Ambassador|Governor|Chairman)\b(?:\s+(?:of|for)\s+[^,;]*)?,\s+"
    r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*){1,3}$"
)

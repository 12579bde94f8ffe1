"""Links between the events of one text: caused, rescheduled-as, response-to, follow-up-of.

(`part-of`, a meeting during a visit, is decided in `__init__`.) Two events mentioned one
after the other in a sentence are linked when the words between them say how:

- "X in response to / in retaliation for Y": X `response-to` Y;
- "X follows / builds on / was held to follow up on Y": X `follow-up-of` Y;
- "X was scrapped / postponed after / because of / in the wake of / when Y" (X called off,
  put off or refused): Y `caused` X; "Y prompted / led to / triggered / derailed X": Y
  `caused` X.

A visit or meeting that was cancelled or postponed and a later one of the same kind with the
same named people are `rescheduled-as` when the text speaks of rescheduling ("the delayed
trip", "postponed ... now set for", "a previous attempt"). Both events must be extracted.
"""

from __future__ import annotations

import re

from ..dates import parse_date


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


_RESPONSE = _words(
    r"in\s+(?:direct\s+)?response\s+to",
    r"in\s+retaliation\s+for",
    r"in\s+reprisal\s+for",
    r"to\s+retaliate\s+(?:for|against)",
    r"as\s+(?:a\s+)?punishment\s+for",
    r"to\s+punish\b.*\bfor",
    r"in\s+reaction\s+to",
    r"responding\s+to",
)
_FOLLOW = _words(
    r"follow(?:s|ed|ing)?\s+up\s+on",
    r"as\s+a\s+follow[\s\-]up\s+to",
    "follows",
    "followed",
    r"builds?\s+on",
    r"built\s+on",
    r"building\s+on",
)
_BECAUSE = _words(
    "after",
    r"because\s+of",
    r"in\s+the\s+wake\s+of",
    "following",
    r"due\s+to",
    "over",
    "when",
    "amid",
    r"as\s+a\s+result\s+of",
    r"in\s+protest\s+(?:at|of|against)",
)
_CAUSES = _words(
    "prompted",
    "prompting",
    r"led\s+to",
    r"leading\s+to",
    "triggered",
    "caused",
    "forced",
    "derailed",
    "derailing",
    r"resulted\s+in",
    "sparked",
    "scuttled",
    "upended",
)
_RESCHEDULE = _words(
    "rescheduled",
    "re-scheduled",
    "delayed",
    "postponed",
    r"put\s+off",
    r"previous\s+attempt",
    r"earlier\s+attempt",
    r"new\s+date",
    r"now\s+(?:set|scheduled|planned)\s+for",
    "rearranged",
)
_OFF = ("cancelled", "postponed", "declined")


def relate(candidates) -> list[tuple]:
    """(from, to, relation) triples of candidates (events after merging)."""
    out: list[tuple] = []
    mentions = sorted(
        (
            (x.sentence.start, x.trigger, event)
            for event in candidates
            for x in (event.members or [event])
        ),
        key=lambda m: m[1],
    )
    texts = {x.sentence.start: x.sentence for e in candidates for x in (e.members or [e])}
    for (s1, t1, x), (s2, t2, y) in zip(mentions, mentions[1:], strict=False):
        if s1 != s2 or x is y:
            continue
        sentence = texts[s1]
        between = sentence.text[t1[1] - sentence.start : t2[0] - sentence.start]
        if len(between) > 160 or re.search(r";|\s[—–]\s|\s--\s", between):
            continue  # one clause to the next at most, not across a dash or semicolon
        if _RESPONSE.search(between):
            out.append((x, y, "response-to"))
        elif _FOLLOW.search(between):
            out.append((x, y, "follow-up-of"))
        elif _CAUSES.search(between):
            out.append((x, y, "caused"))
        elif x.status in _OFF and y.status not in _OFF and _BECAUSE.search(between):
            out.append((y, x, "caused"))
    out += _rescheduled(candidates)
    seen: set = set()
    unique = []
    for a, b, relation in out:
        key = (id(a), id(b), relation)
        if key not in seen and a is not b:
            seen.add(key)
            unique.append((a, b, relation))
    return unique


def _rescheduled(candidates) -> list[tuple]:
    out = []
    for old in candidates:
        if old.kind not in ("visit", "meeting") or old.status not in ("cancelled", "postponed"):
            continue
        if not old.keys():
            continue
        for new in candidates:
            if new is old or new.kind != old.kind or new.status in _OFF:
                continue
            if new.keys() != old.keys() and not (old.kind == "visit" and new.keys() >= old.keys()):
                continue
            if old.date and new.date and parse_date(new.date).start <= parse_date(old.date).end:
                continue
            words = [x.sentence.text for x in (*(old.members or [old]), *(new.members or [new]))]
            if any(_RESCHEDULE.search(t) for t in words):
                out.append((old, new, "rescheduled-as"))
                break
    return out

"""Merging candidates that denote the same event (same kind, same named participants,
compatible date and place) into one record with all their evidence.
"""

from __future__ import annotations

import copy
import re

from ...countries import country_of_word
from ...dates import parse_date
from .candidate import Candidate
from .patterns import (
    _COPY,
    _OFFICE,
    _ORDINAL,
    _REGIONS,
    _SEQUENCED,
    _SMALL_NUMBERS,
    search_tail,
)


def _bodys_own(x: Candidate, y: Candidate) -> bool:
    """Is one mention a working group and the other its meeting, the verb of which it is
    the subject? ("The Working Group held its second meeting", "will meet again")"""
    if {x.subtype, y.subtype} != {"working-group", "talks"} or x.sentence is not y.sentence:
        return False
    group, talks = (x, y) if x.subtype == "working-group" else (y, x)
    between = group.sentence.text[
        group.trigger[1] - group.sentence.start : talks.trigger[0] - talks.sentence.start
    ]
    return bool(
        re.fullmatch(
            # ("The X Working Group on repatriation will meet": its subject's qualifier)
            r"s?(?:\s+(?:on|for)(?:\s+[\w\-]+){1,4}?)?\s+(?:(?:will|would|also|again|then|has|have"
            r"|is\s+to)\s+)*"
            r"(?:held\s+its\s+(?:[\w\-]+\s+){0,2})?",
            between,
        )
    )


def _chairs_of(x: Candidate, y: Candidate) -> bool:
    """Is one mention a passive "(co-)chaired by A and B" set after the session the other
    names in the same sentence? ("The X Working Group held its fifth meeting in Y last
    month, co-chaired by A and B": who chaired that session, not a second meeting)"""
    if x.sentence is not y.sentence:
        return False
    for chair, session in ((x, y), (y, x)):
        if session.trigger[1] <= chair.trigger[0] and _CO_CHAIRED_BY.fullmatch(
            chair.sentence.text,
            chair.trigger[0] - chair.sentence.start,
            min(len(chair.sentence.text), chair.trigger[1] - chair.sentence.start + 3),
        ):
            return True
    return False


_CO_CHAIRED_BY = re.compile(r"(?:co-?)?chaired\s+by", re.I)

# the name of a format of talks below the leaders': not a summit's
_OTHER_FORMAT = re.compile(
    r"\b2\s*\+\s*2\b|\btwo-plus-two\b|\bdialogue\b|\bconsultations?\b|\bministerials?\b", re.I
)

# a process the sides go on with ("continue the close consultations", "continuing their
# dialogue"), the trigger its last word
_CONTINUED = re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w\-]+\s+){0,2}"
    r"(?:consultations?|dialogues?|talks|contacts|discussions|engagement)$",
    re.I,
)
# talks that go on over a meal: "continued their discussions over a working lunch", the
# trigger the meal (the meal is the talks' last part, not an event of its own)
_OVER_A_MEAL = re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+(?:their|the|our|his|her|its)\s+(?:[\w\-]+\s+)?"
    r"(?:discussions?|talks|conversations?|meeting|exchanges?|dialogue)\s+(?:over|at|during)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)


# the mention is told as an earlier contact than the one the text reports: "last spoke",
# "had previously met", "had spoken" (the adverb or pluperfect just before the trigger)
_EARLIER = re.compile(
    # (not "had a phone call", "we've had candid conversations": "had" with its object is no
    # pluperfect; after "had" only an adverb or a participle)
    r"\b(?:(?:last|previously)\s+(?:\w+\s+)?|had\s+(?:(?:last|previously|already|also|just|"
    r"\w+ly)\s+)?(?:(?:\w+ed|\w+en|held|met|had|sat)\s+)?)$",
    re.I,
)


def _earlier_contact(c: Candidate) -> bool:
    start = c.trigger[0] - c.sentence.start
    return bool(_EARLIER.search(c.sentence.text, max(0, start - 30), start))


# an occasion told as one before another: "their previous meetings", "an earlier call"
_PREVIOUS = re.compile(r"\b(?:previous|prior|earlier|past)\s+(?:[\w\-]+\s+)?$", re.I)


def _told_previous(c: Candidate) -> bool:
    start = c.trigger[0] - c.sentence.start
    return bool(_PREVIOUS.search(c.sentence.text, max(0, start - 25), start))


# "the two leaders first met in X on 1 March", "the last time we met was in Kyiv": an
# earlier occasion the text recalls (the adverb before the verb; not "their first meeting",
# which may be today's)
_FIRST_OR_LAST_TIME = re.compile(
    r"\b(?:first|(?:the\s+)?last\s+time\s+(?:(?:we|they|I|you|he|she)|the\s+\w+|[A-Z]\w+)"
    r"(?:\s+(?:have|had))?)\s+$"
)
_MET_OR_SPOKE = re.compile(r"(?:met|spoke|talked)\b")
_BACK_IN = re.compile(r"back\s+in\b", re.I)  # a date recalled: "back in November"


def _recalled(c: Candidate) -> bool:
    """Is the event (any of its mentions) told as an earlier occasion the text recalls ("back
    in November", "last spoke on", "first met in X on 1 March")?"""
    for m in c.members or [c]:
        if not m.date:
            continue
        start = m.trigger[0] - m.sentence.start
        if (
            _earlier_contact(m)
            or _BACK_IN.match(m.date_text or "")
            or (
                _MET_OR_SPOKE.match(m.sentence.text, start)
                and _FIRST_OR_LAST_TIME.search(m.sentence.text, max(0, start - 40), start)
            )
        ):
            return True
    return False


def _talks_over_a_meal(c: Candidate) -> bool:
    """Is the meal c the talks of its clause going on? ("continued their talks over lunch")"""
    start = c.trigger[0] - c.sentence.start
    return c.subtype == "dinner" and bool(
        _OVER_A_MEAL.search(c.sentence.text, max(0, start - 80), start)
    )


# the two sides' bodies keep sharing what they learn: a channel, told once
_SHARING = re.compile(r"(?:share|exchange)\b[^.;]*\bbetween\s+their\b", re.I)


# the words of a meeting held in person ("held a private meeting", "met"), not of talks that
# may be a call's ("conversation", "talks", "discussed")
_MEETING_WORD = re.compile(r"(?i:meeting|met)")


_IN_PERSON = re.compile(r"\bin[\s\-]person\b|\bface[\s\-]to[\s\-]face\b", re.I)


# a clause that puts its event after another one: "Later, ...", "Afterwards they ...",
# "A then held talks", "the next day"
_AFTERWARDS = re.compile(
    r"\b(?:later|afterwards?|then|after\s+(?:the|that|this)|following\s+(?:the|that|this)|"
    r"the\s+(?:next|following)\s+(?:day|morning)|subsequently|before)\b",
    re.I,
)


# a trigger that is itself a verb in the past: "exchanged views", "conferred with"
_PAST_VERB = re.compile(r"(?:[a-z]+ed|met|held|had|spoke|sat|took|gave|paid)\b")


def _over_the_meal(meal: Candidate, talk: Candidate) -> bool:
    """Is `talk` an undated report of what was said at the dated, held `meal` told before it
    ("A held a working dinner with B on May 3. ... The two Ministers exchanged views on X")?
    Not talks placed after the meal ("Later, they held talks"), dated, or to come, nor talks
    told by their noun (the talks named before the meal)."""
    start = talk.trigger[0] - talk.sentence.start
    return (
        meal.subtype == "dinner"
        and talk.subtype == "talks"
        and meal.trigger[0] < talk.trigger[0]
        and meal.status == talk.status == "held"
        and bool(meal.date)
        and not talk.date
        and _PAST_VERB.match(_trigger_text(talk))  # (not "The talks between the delegations")
        and talk.tense != "future"
        and not _AFTERWARDS.search(talk.sentence.text, 0, start)
    )


# a joint appearance before the press, the trigger of talks told by it
_JOINT_APPEARANCE = re.compile(r"joint\s+(?:press|news|media)\b", re.I)


def _trigger_text(c: Candidate) -> str:
    return c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]


def _part_of_day(c: Candidate) -> str | None:
    """The part of the day the clause before the trigger places its event in."""
    m = _DAY_PART_OPENING.search(c.sentence.text, 0, c.trigger[0] - c.sentence.start)
    return m.group(1).lower() if m else None


# "In the afternoon, ...", "On the morning of the 10th, ...", "That evening, ..."
_DAY_PART_OPENING = re.compile(
    r"^\s*(?:(?:In|On)\s+the|That|This|Later\s+in\s+the)\s+(morning|afternoon|evening|night)\b",
    re.I,
)


# between a detention's verb and a seizure's joined to it: " 18 fishermen ... and "
_AND_THEN = re.compile(r"[^.;]{0,80}?\band\s+(?:also\s+)?")


def _seized_too(x: Candidate, y: Candidate) -> bool:
    """ "arrested 18 fishermen and seized three of their boats": one incident told by two
    verbs of one subject, the detention first."""
    if {x.subtype, y.subtype} != {"detention", "seizure"} or x.sentence != y.sentence:
        return False
    first, second = sorted((x, y), key=lambda c: c.trigger[0])
    base = first.sentence.start
    return first.subtype == "detention" and bool(
        _AND_THEN.fullmatch(first.sentence.text, first.trigger[1] - base, second.trigger[0] - base)
    )


# the country right after an incident's trigger: "held hostage in X", "taken captive in Y"
_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)?)")


def _country_after(c: Candidate) -> str | None:
    m = _IN_COUNTRY.match(c.sentence.text, c.trigger[1] - c.sentence.start)
    return country_of_word(m.group(1)) if m else None


def _intercepted_intruder(x: Candidate, y: Candidate) -> bool:
    """ "The aircraft left Finnish airspace after it was intercepted by two jets": the
    interception of the intruder its own sentence tells is part of the violation."""
    if {x.subtype, y.subtype} != {"airspace", "air-intercept"}:
        return False
    caught = x if x.subtype == "air-intercept" else y
    return "airspace" in caught.sentence.text.lower()


def compatible(x: Candidate, y: Candidate) -> bool:
    """Do two candidates denote the same event? (kind, named people, date, place)."""
    if x.kind != y.kind:
        return False
    if (
        x.kind == "incident"
        and x.sentence is y.sentence
        and x.trigger != y.trigger
        and None not in (_country_after(x), _country_after(y))
        and _country_after(x) != _country_after(y)
    ):
        return False  # "the nationals held hostage in X and those taken captive in Y": two
    if (
        x.kind in ("incident", "sanction")
        and x.subtype != y.subtype
        and not _seized_too(x, y)
        and not _intercepted_intruder(x, y)
    ):
        return False
    if (
        x.kind == "incident"
        and None not in (_plural(x), _plural(y))
        and _plural(x) != _plural(y)
        and ((x.date and not _plural(x)) or (y.date and not _plural(y)))
    ):
        return False  # "missile tests, including the launch on October 3": two records
    if x.kind == "incident" and any(
        _counted(u) and not _counted(v) and v.date for u, v in ((x, y), (y, x))
    ):
        return False  # "violated its airspace four times since January ... On 3 June, ..."
    if x.kind == "incident" and any(
        _ordinal_count(u) and v.date and u.date != v.date for u, v in ((x, y), (y, x))
    ):
        return False  # "On 22 September A violated its airspace on three occasions. This is
        # the second violation this year": the day's incident and the year's count
    if x.kind == "incident" and any(
        u.date_text
        and re.match(r"(?i)(?:ever\s+)?since\b|so\s+far\b|to\s+date\b", u.date_text)
        and v.date
        and v.date != u.date
        for u, v in ((x, y), (y, x))
    ):
        return False  # "more than 60 incursions since the beginning of October" and "on the
        # nights of 24 to 26 October": a count over a span and an occurrence of its own
    if x.kind == "meeting" and _counted(x) != _counted(y):
        return False  # "the ministers held more than ten bilateral meetings": not the summit
    if (
        x.kind in ("meeting", "visit")
        and x.trigger == y.trigger
        and (
            x.keys() != y.keys()
            or [d.get("description") for d in x.described]
            != [d.get("description") for d in y.described]
        )
    ):
        return False  # one mention split into several events (per counterpart, pair, group)
    if x.kind == "meeting":
        continued = {x.subtype, y.subtype} == {"dinner", "talks"} and any(
            _talks_over_a_meal(u) and v.trigger[0] < u.trigger[0] for u, v in ((x, y), (y, x))
        )  # (the talks told before the meal: those it continues)
        if (
            x.subtype != y.subtype
            and x.sentence == y.sentence
            and not continued
            and not {x.subtype, y.subtype} <= {"talks", "call", "video-call"}
            and not (
                {x.subtype, y.subtype} == {"working-group", "talks"}
                and any(
                    _TO_MEET.search(z.sentence.text, 0, z.trigger[0] - z.sentence.start)
                    for z in (x, y)
                    if z.subtype == "talks"
                )
            )  # "set up a working group on X, to meet in Rome in July": its meeting
            and not _bodys_own(x, y)  # "The Working Group held its second meeting"
            and not _chairs_of(x, y)  # "... held its fifth meeting, co-chaired by A and B"
        ):
            return False
        if x.sentence is y.sentence and x.trigger != y.trigger and any(
            search_tail(_SEQUENCED, z.sentence.text, 0, z.trigger[0] - z.sentence.start, 8)
            for z in (x, y)
        ):
            return False  # "co-chaired the council, following their tete-a-tete meeting": two
        if x.sentence is not y.sentence and any(
            _CONTINUED.search(
                u.sentence.text,
                max(0, u.trigger[0] - u.sentence.start - 40),
                u.trigger[1] - u.sentence.start,
            )
            and not u.date
            and v.date
            for u, v in ((x, y), (y, x))
        ):
            return False  # "continue the close consultations we've been having with India"
            # and "welcomed Prime Minister A to the White House last September": a standing
            # process is not the one dated meeting told elsewhere
        if x.sentence is not y.sentence and any(
            _earlier_contact(u) and not _earlier_contact(v) and (u.date or v.date)
            # ("A sat down with B on Tuesday. The two had previously met in Bangkok earlier
            # this month": the earlier contact, dated or not, is not the one reported)
            for u, v in ((x, y), (y, x))
        ):
            return False  # "A held a telephone conversation with B. The two leaders last
            # spoke on 2 January": the earlier contact is not the one reported
        if x.sentence is not y.sentence and any(
            _told_previous(u)
            and not _told_previous(v)
            and not (u.place_country and u.place_country == v.place_country)
            for u, v in ((x, y), (y, x))
        ):
            return False  # "A held talks with B. They built on their previous meetings in X,
            # Y and Z": the occasions before are not the talks that build on them
        if x.sentence is not y.sentence and any(
            _SHARING.match(_trigger_text(z)) for z in (x, y)
        ):
            return False  # "share information between their defense staffs" and "Technical
            # teams will meet in X": a standing channel is not a meeting told elsewhere
        if any(
            u.subtype == "summit" and _OTHER_FORMAT.search(_trigger_text(v))
            for u, v in ((x, y), (y, x))
        ):
            return False  # "a summit meeting in Hanoi" and "the 2+2 dialogue": two formats
        if {x.subtype, y.subtype} & {"call", "video-call"} and {x.subtype, y.subtype} & {
            "summit",
            "dinner",
        }:
            return False
        if any(
            u.subtype in ("call", "video-call")
            and v.subtype not in ("call", "video-call")
            and _IN_PERSON.search(
                v.sentence.text,
                max(0, v.trigger[0] - v.sentence.start - 25),
                v.trigger[1] - v.sentence.start,
            )
            for u, v in ((x, y), (y, x))
        ):
            return False  # "will speak by phone in the coming weeks, and discussed an
            # in-person meeting later this year": a call and a meeting face to face are two
        if x.sentence is not y.sentence and any(
            u.subtype in ("call", "video-call") and v.subtype == "working-group" and v.date
            for u, v in ((x, y), (y, x))
        ):
            return False  # "A and B spoke by phone on 2 January ... the meeting of the joint
            # working group, to be held in Aktau in January": the leaders' call is not the
            # group's session
        if x.sentence is not y.sentence and any(
            u.subtype == "call"
            and v.subtype == "talks"
            and _MEETING_WORD.fullmatch(_trigger_text(v))
            and u.date
            and not v.date
            for u, v in ((x, y), (y, x))
        ):
            return False  # "A and B spoke by telephone last Thursday" and "the two Presidents
            # held a private meeting": a phone call is no meeting held face to face
        if x.sentence is not y.sentence and any(
            u.subtype in ("call", "video-call") and v.subtype == "talks" and v.place
            for u, v in ((x, y), (y, x))
        ):
            return False  # a phone call and talks held in a town are two events
        if (
            x.sentence is not y.sentence
            and not continued
            and {x.subtype, y.subtype} == {"dinner", "talks"}
            and x.persons
            and y.persons
            and not any(_over_the_meal(u, v) for u, v in ((x, y), (y, x)))
        ):
            return False  # "... a bilateral meeting. A then hosted a luncheon in honour of B":
            # a meal told in a sentence of its own is an event of its own
        if x.sentence is not y.sentence and len({_part_of_day(z) for z in (x, y)} - {None}) == 2:
            return False  # "On the morning of the 10th, A and B held a working meeting. ... In
            # the afternoon, they co-chaired the Joint Commission": two events of one day
        xd = {_side(d) for d in x.described} - {None}
        yd = {_side(d) for d in y.described} - {None}
        xg = {d["description"] for d in x.described if not d.get("country")}
        yg = {d["description"] for d in y.described if not d.get("country")}
        if xg != yg:
            return False  # "with the NATO leaders" is not the meeting with one president
        if xd and yd and not xd & yd:
            return False  # "meet with Israeli leaders" and "with Saudi counterparts"
        if (
            "working-group" in {x.subtype, y.subtype}
            and x.subtype != y.subtype
            and (x.status != y.status)
        ):
            return False  # talks held and a working group pledged are two events
    if x.kind == "visit" and x.persons and y.persons and x.persons[0] is not y.persons[0]:
        return False  # one traveler per visit (hosts may differ between mentions)
    if x.kind in ("meeting", "sanction") or (x.kind == "visit" and not (x.persons and y.persons)):
        if x.keys() != y.keys():
            if not (x.keys() and y.keys() and (x.keys() <= y.keys() or y.keys() <= x.keys())):
                return False
            if x.kind != "meeting":
                return False
        if not x.keys() and x.sentence != y.sentence:
            if {d.get("country") for d in x.described} != {d.get("country") for d in y.described}:
                return False
        xc = {d.get("country") for d in x.described} - {None}
        yc = {d.get("country") for d in y.described} - {None}
        if not x.keys() and not y.keys() and len(xc) == len(yc) == 2 and xc != yc:
            return False  # the bilateral meetings of each pair of a group
    if x.kind == "sanction" and x.imposer and y.imposer and x.imposer != y.imposer:
        return False
    if (
        x.kind == "sanction"
        and x.sentence is not y.sentence
        and (x.target or {}).get("description")
        and (y.target or {}).get("description")
        and x.target["description"] != y.target["description"]
    ):
        return False  # "sanctioned seven individuals ... designating two vessels": two measures
    if (
        x.kind == "sanction"
        and x.target
        and y.target
        and (x.target.get("country") or x.target.get("organization"))
        != (y.target.get("country") or y.target.get("organization"))
    ):
        return False
    if x.date and y.date and not overlap(x.date, y.date):
        return False
    if (
        x.kind == "sanction"
        and x.sentence is not y.sentence
        and x.date
        and y.date
        and ("/" in x.date) != ("/" in y.date)
    ):
        return False  # "has sanctioned more than 3,000 ... since 2014" and "the sanctions
        # announced during her visit last June": a count over a span and one measure in it
    if x.place_country and y.place_country and x.place_country != y.place_country:
        return False
    if x.place and y.place and not (x.place in y.place or y.place in x.place):
        return False
    if x.kind == "visit" and any(
        v.place in _REGIONS
        and _REGIONS[v.place] is None
        and w.place_country
        and w.place not in _REGIONS
        for v, w in ((x, y), (y, x))
    ):
        return False  # a trip to a region and a stop in one country of it
    bad = {"cancelled", "declined", "postponed"}
    if (x.status in bad) != (y.status in bad):
        return False
    if {x.tense, y.tense} == {"past", "future"}:
        return False  # "they met" and "they will meet" are two events
    if x.sentence is not y.sentence and any(
        u.status == "held"
        and u.tense != "future"
        and not u.date
        and _PAST_VERB.match(_trigger_text(u))
        and v.status in ("planned", "tentative")
        and v.date
        for u, v in ((x, y), (y, x))
    ):
        return False  # "confirmed that the 2+2 will be held in X in June. The two Ministers
        # exchanged views on Y": the talks held are not the session planned
    if any(u.status == "held" and u.date and v.tense == "future" for u, v in ((x, y), (y, x))):
        return False  # "A received a call from B on Wednesday. Both agreed to meet again"
    return True


def _side(d: dict) -> str | None:
    """What makes an unnamed side itself: an office ("the Vice President") or its country."""
    if _OFFICE.fullmatch(d.get("description", "")):
        return d["description"].lower()
    return d.get("country") or d.get("description")


def _counted(c: Candidate) -> bool:
    """ "violated Estonian airspace four times", "held more than ten bilateral meetings": a
    count of occurrences."""
    a, b = (t - c.sentence.start for t in c.trigger)
    if c.kind == "meeting":
        return c.sentence.text[a:b].lower().endswith("meetings") and bool(
            _COUNT_BEFORE.search(c.sentence.text, max(0, a - 40), a)
            or _SERIES_BEFORE.search(c.sentence.text, max(0, a - 20), a)
        )
    return (
        bool(_TIMES.match(c.sentence.text, b))
        or _ordinal_count(c)
        or bool(_INSTANCES.match(c.sentence.text[a:b]))
    )


def _ordinal_count(c: Candidate) -> bool:
    """ "the second violation of its airspace this year": the count over a span an ordinal
    gives."""
    a, b = (t - c.sentence.start for t in c.trigger)
    return bool(
        _ORDINAL_OF_KIND.search(c.sentence.text, max(0, a - 60), a)
        and _OF_A_SPAN.match(c.sentence.text, b)
    )


# "It was the fourth intercept of this kind against our aircraft this year", "the second
# violation of Japan's territorial airspace ... this year": the latest of a count over a
# span, which the ordinal gives
_ORDINAL_OF_KIND = re.compile(
    rf"\bthe\s+{_ORDINAL}\s+(?:[\w\-]+\s+)?(?:of\s+(?:[\w’'\-]+\s+){{0,2}})?$",
    re.I,
)
_OF_A_SPAN = re.compile(
    r"[^.;]{0,80}?\b(?:this\s+(?:year|month|week)|in\s+\d{4}|since|so\s+far|to\s+date"
    # a span by its length: "in just over a week", "within three months", "in the past year"
    r"|(?:in|within|over)\s+(?:(?:just|little|slightly)\s+)?(?:(?:over|under|more\s+than|"
    rf"less\s+than)\s+)?(?:a|one|{_SMALL_NUMBERS}|\d+|the\s+(?:past|last)(?:\s+\w+)?)"
    r"\s+(?:days?|weeks?|months?|years?)"
    r")\b",
    re.I,
)


def _plural(c: Candidate) -> bool | None:
    """Is the trigger a plural count noun ("tests")? None for words that do not count
    occurrences ("airspace")."""
    word = c.sentence.text[c.trigger[0] - c.sentence.start : c.trigger[1] - c.sentence.start]
    last = word.split()[-1].lower() if word.split() else ""
    if _counted(c):
        return True  # "violated Estonian airspace four times": a count
    if last in ("airspace",):
        return None
    if re.fullmatch(r"[a-z]+ed", word.split()[0].lower()) and len(word.split()) > 1:
        # a verb and its object: a count only when the object is counted ("launched more
        # than 30 ballistic missiles"), else one act ("intruded into the waters")
        return bool(_COUNT_BEFORE.search(word, 0, len(word) - len(last)))
    return bool(re.search(r"[^s]s$", last))


def _joins(group: Candidate, c: Candidate) -> bool:
    """May `c` join the event `group` stands for? Compatible with every mention of it; a
    mention with other people than the event's refers back to it only when definite
    ("the meeting") or in the same sentence."""
    for x in group.members or [group]:
        if not compatible(x, c) and not _day_of_the_stay(group, x, c):
            return False
    first = (group.members or [group])[0]
    if (
        c.kind == "meeting"
        and c.indefinite
        and c.sentence != first.sentence
        and not _names_described(group, c)
        and not _talks_over_a_meal(c)  # "continued their talks over a working lunch"
        and not _tells_how_held(group, c)
        and not (_JOINT_APPEARANCE.match(_trigger_text(c)) and c.keys() == group.keys())
    ):
        return False  # "They committed to establishing a Strategic Dialogue": another event
        # (not "Speaking at a joint news conference after the signing, A said": the two who
        # appear together are at the talks told before)
    if (
        c.kind == "incident"
        and c.sentence is not first.sentence
        and not group.definite
        and _ACTS.match(c.sentence.text, c.trigger[0] - c.sentence.start)
        and _ACTS.match(first.sentence.text, first.trigger[0] - first.sentence.start)
    ):
        return False  # "Pakistan carried out strikes ... Afghan forces opened fire": two acts
    if c.kind == "meeting" and c.keys() != group.keys():
        if not (
            c.definite or c.sentence == first.sentence or not c.keys() or _names_described(group, c)
        ):
            return False
    return True


def _day_of_the_stay(group: Candidate, x: Candidate, c: Candidate) -> bool:
    """Is `c` a day of the stay `group` spans, told on another day than its mention `x`?
    ("On arrival in X yesterday, the Prime Minister ..." and "The visit concluded this
    afternoon": two days of one visit from 21 to 22 December)"""
    if not (
        c.kind == "visit" and group.date and "/" in group.date and x.date and c.date
        and x.date != group.date and overlap(group.date, c.date)
    ):
        return False
    twin = copy.copy(x)
    twin.date = group.date
    return compatible(twin, c)


def _tells_how_held(group: Candidate, c: Candidate) -> bool:
    """Is `c` an undated "held a meeting" of the same people as the dated, held, in-person
    `group`? ("A welcomed B to the White House on Friday. ... The two leaders held a
    bilateral meeting in the Oval Office": how that visit's talks went, not another meeting)"""
    return (
        c.status == group.status == "held"
        and c.tense == "past"
        and not c.date
        and bool(group.date)
        and len(c.keys()) >= 2
        and c.keys() == group.keys()
        and not c.described
        and group.subtype == c.subtype == "talks"
        and _HELD_A_MEETING.search(c.sentence.text, 0, c.trigger[1] - c.sentence.start) is not None
    )


# "held a bilateral meeting", "held a private meeting": the verb and its object
_HELD_A_MEETING = re.compile(r"\bheld\s+an?\s+(?:[\w\-]+\s+){0,2}meeting$")


def _names_described(group: Candidate, c: Candidate) -> bool:
    """Does `c` name the unnamed side of `group`, on the same day? ("A spoke with the
    Egyptian Foreign Minister yesterday" and "On April 28, A had a phone call with Egyptian
    Foreign Minister B": one call, though "a"; the office and its holder are one side. Or
    undated, held as it was: "A held talks with the leaders of X and Y on Thursday. In a
    30-minute meeting, A and X's Prime Minister B agreed ..." tells that talk.)"""
    extra = [p for p in c.persons if p not in group.persons]
    countries = {d.get("country") for d in group.described} - {None}
    return (
        bool(extra)
        and bool(group.date)
        and (
            group.date == c.date
            or c.date is None
            and c.status == group.status == "held"
            and any(p in group.persons for p in c.persons)  # (one named side shared)
            and not any(_OFFICE.fullmatch(d.get("description", "")) for d in group.described)
        )
        and all(p.country in countries for p in extra)
    )


_COUNT_BEFORE = re.compile(
    r"\b(?:(?:more|fewer)\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|a\s+)?"
    rf"(?:\d+|{_SMALL_NUMBERS}|eleven|twelve|\w+teen|\w+ty|dozen|dozens\s+of|"
    r"several|numerous)\s+(?:[\w\-]+\s+)?$",
    re.I,
)
# "in further meetings, the teams can agree ...": a series yet to come, no one meeting
_SERIES_BEFORE = re.compile(r"\b(?:further|future|subsequent|follow-on)\s+$", re.I)
# the trigger is itself a count: "six separate instances in which vessels blocked ..."
_INSTANCES = re.compile(
    rf"(?:\d+|{_SMALL_NUMBERS})\s+(?:separate\s+)?(?:instances|cases|incidents)$", re.I
)
_TIMES = re.compile(
    rf"[^.;,]{{0,30}}?\b(?:\d+|{_SMALL_NUMBERS}|\w+teen|\w+ty|"
    r"several|many|multiple|dozens\s+of)\s+times\b"
    # "had already been violated by debris and drones on several previous occasions"
    rf"|[^.;,]{{0,60}}?\bon\s+(?:\d+|{_SMALL_NUMBERS}|several|many|multiple|numerous)\s+"
    r"(?:previous\s+|other\s+|separate\s+)?occasions\b",
    re.I,
)
_TO_MEET = re.compile(r",\s+to\s+$|\bwhich\s+will\s+$")
# an incident told by its own verb, not named by a noun that may refer back
_ACTS = re.compile(
    r"(?:open(?:ed|s)?\s+fire|fired|launched|seized|rammed|detained|arrested|shot|struck|"
    r"attacked|expelled|invaded|hacked|abducted|kidnapped|executed|sent|crossed|hovered)\b|"
    r"strikes?\s+(?:inside|into)\b",
    re.I,
)


# "A and B also joined the Oval Office meeting": people who join a meeting told before, the
# trigger its noun (the words between, what names it)
_JOINED_THE = re.compile(
    r"\bjoin(?:s|ed|ing)?\s+(?:the|their|that)\s+(?P<name>(?:[\w\-’']+\s+){0,3})$", re.I
)


def _joined_meeting(out: list[Candidate], c: Candidate) -> Candidate | None:
    """The meeting told before that the people of c join ("also joined the Oval Office
    meeting"): one in the same state and on a day c allows, the one whose sentences hold
    the words that name it, else the last told."""
    start = c.trigger[0] - c.sentence.start
    joined = _JOINED_THE.search(c.sentence.text, max(0, start - 60), start)
    if c.kind != "meeting" or joined is None:
        return None
    held = [
        e
        for e in reversed(out)
        if e.kind == "meeting"
        and e.status == c.status
        and not (e.date and c.date and not overlap(e.date, c.date))
        and {e.tense, c.tense} != {"past", "future"}
    ]
    name = joined.group("name").strip()
    named = [e for e in held if name and any(_phrase_holds(m, name) for m in e.members or [e])]
    return (named or held or [None])[0]


def _phrase_holds(c: Candidate, words: str) -> bool:
    """Does the phrase of c's trigger (up to commas) hold the words? ("met in the Oval
    Office", not "..., building on their talks in Prague")"""
    text = c.sentence.text
    start, end = c.trigger[0] - c.sentence.start, c.trigger[1] - c.sentence.start
    lo = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
    hi = _PHRASE_END.search(text, end)
    return words in text[lo : hi.start() if hi else len(text)]


_PHRASE_END = re.compile(r"[,;:]|\.(?:\s|$)")


def _snapshot(c: Candidate) -> Candidate:
    """The mention as detected, before later mentions are folded into it."""
    copy = Candidate(**{k: getattr(c, k) for k in _COPY})
    copy.persons, copy.described = list(c.persons), list(c.described)
    return copy


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One record per event: candidates that denote the same one are folded together."""
    out: list[Candidate] = []
    for c in candidates:
        same = next((e for e in reversed(out) if _joins(e, c)), None)
        if same is not None and not c.date and _recalled(same) and not _recalled(c):
            # "the conversation the two leaders had back in November" told last: an undated
            # mention of today's talks joins the reported event, not the one recalled
            same = next(
                (e for e in reversed(out) if e is not same and not _recalled(e) and _joins(e, c)),
                same,
            )
        same = same or _joined_meeting(out, c)
        if same is None:
            c.members = [_snapshot(c)]
            out.append(c)
            continue
        if c.kind == "meeting" and c.keys() != same.keys() and _names_described(same, c):
            # the office and its holder are one side: the holder stands for it
            named = {p.country for p in c.persons if p not in same.persons}
            same.described = [d for d in same.described if d.get("country") not in named]
        if c.subtype == same.subtype or c.kind != "incident":
            same.members.append(c)  # (a seizure told with the arrest is no mention to match)
        for p in c.persons:
            if p not in same.persons:
                same.persons.append(p)
        for d in c.described:
            if d not in same.described:
                same.described.append(d)
        if c.date and (not same.date or _narrower(c.date, same.date)):
            if not (
                same.kind == "visit"
                and same.date
                and _day_range(same.date)
                # ("next week" is no span of named days: "He will be in X on Monday and
                # Tuesday" dates the stay within it)
                and not re.search(r"\bweek(?:end)?\b", same.date_text or "", re.I)
            ):
                # (a visit "from 6 to 8 February" keeps its days: a mention "On 7 February"
                # is one of them, not the visit's date)
                same.date, same.date_text = c.date, c.date_text
        elif c.date and same.kind == "visit" and _span_of_its_day(c, same):
            # ("welcomed A for a visit" today, then "A's visit, from 3 to 6 March": the day
            # is one of the visit's, the named days are the whole visit)
            same.date, same.date_text = c.date, c.date_text
        same.place = same.place or c.place
        same.place_country = same.place_country or c.place_country
        if same.status == "held" and c.status != "held":
            same.status = c.status
        if same.visibility == "public":
            same.visibility = c.visibility
        if (
            same.subtype in (None, "talks", "bare")
            and c.subtype not in (None, "bare")
            and not _talks_over_a_meal(c)
        ):
            same.subtype = c.subtype
        for ev in c.evidence:
            if ev not in same.evidence:
                same.evidence.append(ev)
        for k, v in c.roles.items():
            same.roles.setdefault(k, v)
        same.target = same.target or c.target
        same.imposer = same.imposer or c.imposer
    return [c for c in out if c.subtype != "bare"]


def overlap(a: str, b: str) -> bool:
    """Do two EDTF dates share a day? (spans from relations_db.dates)"""
    x, y = parse_date(a), parse_date(b)
    return x.start <= y.end and y.start <= x.end


def _day_range(date: str) -> bool:
    """A span of named days ("from 6 to 8 February 2024"), not a month or a year."""
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", date))


def _span_of_its_day(c: Candidate, same: Candidate) -> bool:
    """Is `c` dated by a span of named days (two weeks at most) around the one day of
    `same`?"""
    if not (same.date and len(same.date) == 10 and _day_range(c.date)):
        return False
    if re.search(r"\bweek(?:end)?\b", c.date_text or "", re.I):
        return False  # "this week": no span of named days
    span = parse_date(c.date)
    return span.start <= parse_date(same.date).start <= span.end and (
        (span.end - span.start).days <= 14
    )


def _narrower(a: str, b: str) -> bool:
    """Is date `a` a strictly shorter span inside date `b`?"""
    x, y = parse_date(a), parse_date(b)
    return (x.end - x.start) < (y.end - y.start) and y.start <= x.start and x.end <= y.end

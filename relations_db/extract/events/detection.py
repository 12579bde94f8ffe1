"""Detection: every sentence of a text into candidate events, before merging.

detect is this stage's entry (events/__init__ re-exports it). It runs scan on each sentence
in order and keeps a context for the sentences after it (context.py); drops or qualifies
what a question, a relayed report, a denial or a condition tells (guards.py); dates a
measure from the sentences around it (listings.py); and adds to an event told before the
people and the time a later sentence gives. After the last sentence come the text-level
passes: the targets a release lists (listings.py), a headline's measure, a trip home. A
detention "since" a time began then (_detained_since). The patterns detect reads live with
their concepts in those modules, so that this one holds the order of the steps.

Imports guards, context, listings and scan (and the stages above them).
"""

from __future__ import annotations

import datetime as dt
import re

from ...countries import country_of_word
from ..people import LEADS_SIDE, SIDE_LED_BY, People, Person
from ..sentences import Sentence
from ..speakers import _LABEL, _bracketed_holder, _turn_labels
from ..temporal import find_dates
from .candidate import Candidate, sentence_subject
from .context import (
    _ACCOMPANIED_BY,
    _APPOSED_LEADS,
    _ATTENDED_BY,
    _CONVEYED,
    _CONVEYED_WORDS,
    _DELEGATION_LED_BY,
    _EACH_PAIR,
    _HANDED_NOTE,
    _HANDED_VERBS,
    _HOSTING_THESE,
    _INCIDENT_NOUNS,
    _INVITATION_OF,
    _IT_WAS_ATTENDED,
    _JOIN_WORDS,
    _JOINED,
    _JOINS_THE_MEETING,
    _LEADERS_WITNESSED,
    _LED_ON_SIDE,
    _MARGINS,
    _NEXT_TALKED,
    _NEXT_TALKED_WORDS,
    _OPENS_HE,
    _REPORTED_WITH,
    _REPRESENTED,
    _SIDE_BY_GROUP,
    _SIDELINES_OF_THE,
    _SIGNED_BY,
    _THE_EVENT_HELD,
    _VENUE_OF_THIS,
    _WILL_NOT_TRAVEL,
    _author,
    _companions_trips,
    _coordinated_subjects,
    _group_subject,
    _itinerary_order,
)
from .dating import _previous_date
from .guards import (
    _ACCEPTED,
    _ASKED,
    _CONDITION,
    _COUNTERFACTUAL,
    _DENIED_REPORT,
    _HEARSAY,
    _INVITED_TO,
    _JOINT_PRESS,
    _NOUN_TRIGGER,
    _PLAN_CUE,
    _POSED,
    _PRESS_REPORTS,
    _QUESTIONER,
    _REFUSED_INVITATION,
    _WHETHER,
    _WOULD_BEFORE,
    _answering,
    _home_coming,
    _link_title_spans,
)
from .listings import (
    _ALSO_DESIGNATED,
    _ASKED_ABOUT_MEASURES,
    _COUNTED,
    _TAKES_EFFECT,
    _TARGETS_TOLD,
    _THESE_INCLUDE,
    _another_imposer_before,
    _bulleted_targets,
    _listed_entities,
    _profiled_targets,
    _targets_not_of_imposer,
    _without_headline_measures,
)
from .patterns import _COPY
from .places import _longest_country
from .scan import _sentence_events


def detect(
    body: str, sentences: list[Sentence], people: People, published: dt.date, home: str | None
) -> list[Candidate]:
    """Candidate events of every sentence, in text order, before merging."""
    out: list[Candidate] = []
    recent: list[Person] = []  # people mentioned so far, latest last
    # the last date the text gave (for "that same month"), and everyone it names
    context: dict = {"persons": people.persons, "author": _author(body, people)}
    turns = [
        (m.start(), bool(_QUESTIONER.match(m.group("label") or "Q")))
        for m in _LABEL.finditer(body)
    ]
    # the mentions of each sentence, found once (each is read again as the next sentence's
    # and as a later one's of the six sentences before it)
    # (not a briefer's label: "Official Spokesperson (Shri A B): The Prime Minister met C"
    # names who speaks, no side of the meeting)
    labels = [
        (m.start("label"), m.end())
        for m in (_turn_labels(body) if "(" in body else ())
        if m.group("label") and _bracketed_holder(body, m)
    ]
    in_sentence = [
        [x for x in people.in_span(s.start, s.end) if not any(a <= x.start < b for a, b in labels)]
        for s in sentences
    ]
    with_mentions = list(zip(sentences, in_sentence, strict=True))
    link_titles = _link_title_spans(body)
    for i, sentence in enumerate(sentences):
        mentions = in_sentence[i]
        text = sentence.text
        if link_titles and any(x <= sentence.start < y for x, y in link_titles):
            context.setdefault("before", []).append(text)
            continue  # "Associated links" "- Canadian sanctions related to X": a page's title
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        context["next_subjects"] = (
            _coordinated_subjects(nxt.text, in_sentence[i + 1], nxt.start)
            if nxt is not None
            and any(map(nxt.text.__contains__, _NEXT_TALKED_WORDS))
            and _NEXT_TALKED.search(nxt.text)
            else []
        )
        context["next_leaders"] = [
            m.person
            for later, later_mentions in with_mentions[i + 1 : i + 4]
            for m in later_mentions
            if LEADS_SIDE.match(later.text, m.end - later.start)
            # "A, Director-General of X, headed the Chinese delegation": after an apposition
            or _APPOSED_LEADS.match(later.text, m.end - later.start)
            # "The X delegation will be headed by A; the Y side by B": who the meeting has
            or (later is nxt and SIDE_LED_BY.search(later.text, 0, m.start - later.start))
            # "The August round was led on the U.S. side by A"
            or (later is nxt and _LED_ON_SIDE.search(later.text, 0, m.start - later.start))
            # "A and B represented Norway, and C and D the Philippines"
            or (later is nxt and _REPRESENTED.match(later.text, m.end - later.start))
        ]  # "A led our delegation" (soon after, as in an answer): who the meeting had
        context["next_leaders"] += [
            m.person
            for later, later_mentions in with_mentions[i + 1 : i + 7]
            if _DELEGATION_LED_BY.match(later.text)
            for m in later_mentions
            if _DELEGATION_LED_BY.fullmatch(later.text, 0, m.start - later.start)
            and not re.search(r"\bto\s+(?:the\s+)?$", later.text[: m.start - later.start])
            and m.person not in context["next_leaders"]
        ]  # a readout's closing line: "The delegation was led by A and included ..." (not the
        # President of "Deputy Assistant to the President A": a title)
        context["next_sides"] = [
            {"description": m.group("who").strip(), "country": country_of_word(m.group("dem"))}
            for m in _SIDE_BY_GROUP.finditer(nxt.text if nxt is not None else "")
            if country_of_word(m.group("dem"))
        ]  # "...; the Russian side will be represented by officers of the Northern Fleet"
        context["next_conveyer"] = (
            sentence_subject(  # ("The Ministry's Under-Secretary, A, ...": a possessive title)
                re.sub(r"[’']s\b", "  ", nxt.text), in_sentence[i + 1], nxt.start
            )
            if nxt is not None
            and any(map(nxt.text.__contains__, _CONVEYED_WORDS))
            and _CONVEYED.search(nxt.text)
            else None
        )
        if context.get("group") and i - context["group"][0] > 3:
            del context["group"]  # (a group named long ago is not "them")
        question = text.rstrip().endswith("?") or re.match(r"Q[:.\s]", text)
        found = _sentence_events(body, sentence, mentions, recent, published, home, context)
        asked = _ASKED.match(text)
        if asked and not question:  # "Asked whether A would travel to X, the PMOS said ...":
            # the reporter's question, as a question sentence (what it names is not reported)
            end = sentence.start + asked.end()
            found = [
                c
                for c in found
                if c.trigger[0] >= end or (c.definite and c.status == "held")
            ]
        answering = _answering(body, sentence.start, turns)
        if not answering and _PRESS_REPORTS.search(text):
            # "Q ... The Wall Street Journal is reporting that officials are making plans for
            # A to travel to X": a rumour the reporter relays, no plan the source tells
            found = [c for c in found if c.status == "held"]
        posed = _POSED.search(text) if question and answering else None
        if posed:  # "I was recently in Seoul for a meeting ... the question posed earlier: How
            # do we ...?": a speaker's statement that ends in the question it answers
            stated_part = [c for c in found if c.trigger[1] <= sentence.start + posed.start()]
            found = [c for c in found if c not in stated_part]
        else:
            stated_part = []
        if question:  # a question presupposes only what it names as known: "the Turkey bilat"
            # (a reporter's statement before the question, "Q: The coast guard fired water
            # cannon at a boat on Sunday. Will ...?", reports an incident or a sanction)
            stated = not text.rstrip().endswith("?")
            found = [
                c
                for c in found
                if c.status == "held"
                and (
                    c.definite
                    and (
                        c.kind == "meeting"
                        and (c.persons or len(c.described) >= 2)  # "the Secretary's meeting
                        and _NOUN_TRIGGER.match(body, c.trigger[0])  # with the Chinese ..."
                        or c.kind == "incident"
                        # "is Brazil joining the sanctions on Russia?": measures in force
                        or c.kind == "sanction"
                        and (c.target or {}).get("country") is not None
                    )
                    or stated
                    and c.kind in ("incident", "sanction")
                )
            ]
        found = stated_part + found
        if not any(x.kind == "sanction" for x in out):
            # "These include A and B" lists the measure just told: none told, no measure
            found = [
                c
                for c in found
                if not (c.kind == "sanction" and _THESE_INCLUDE.match(body, c.trigger[0]))
            ]
        for c in found:
            if c.kind != "sanction" or c.date is not None:
                continue
            # "is today imposing sanctions on A, and sanctions on B": the sentence's date;
            # "Those listed include A": the measure the text just reported
            dated = [
                x
                for x in found
                if x.kind == "sanction"
                and x.date
                and x.status == c.status
                and x.trigger[1] <= c.trigger[0]
                and (
                    body[c.trigger[0] : c.trigger[1]].startswith("sanction")
                    and re.search(r"\band\b", body[x.trigger[1] : c.trigger[0]])
                    # "A today announced sanctions ..., and the EU adopted its ninth package of
                    # restrictive measures": a clause joined to the dated one, of its day
                    or _another_imposer_before(body, x.trigger[1], c.trigger[0])
                )
            ]
            if not dated and re.search(
                r"(?:includes?|\b(?:listed|designated|sanctioned)(?:\s+today)?\s+(?:are|is|were|was)"
                # ("The designated individuals and entities are": the participle first)
                r"|\b(?i:the)\s+(?:listed|designated|sanctioned)\s+[a-z]+(?:\s+and\s+[a-z]+)?\s+"
                r"(?:are|were)"
                # ("The following individuals have been added to", "The remaining 14
                # individuals are ...")
                r"|\b(?i:the)\s+following\s+\w+\s+(?:has|have)\s+been\s+(?:added\s+to|\w+)"
                r"|^(?i:the)\s+(?:remaining|other)\s+\S+\s+\w+"
                r"|\b(?:action|sanction|measure|listing|designation)s?\s+(?:also\s+)?"
                r"(?:target|concern)(?:s|ed)?)$",
                body[c.trigger[0] : c.trigger[1]],
            ):  # ("The individuals listed are A, ...", "Among those sanctioned are B": the
                # measure just reported)
                told = [x for x in out if x.kind == "sanction"]
                # (the release's own listing, not another body's it adopts; none when its
                # own measures have no day: "On 14 October X froze ... . Y has decided to
                # close entry for 23 citizens. The list includes:")
                own = [x for x in told if x.imposer in (home, None)]
                dated = [x for x in (own or told) if x.date][-1:]
            if not dated and (
                _ALSO_DESIGNATED.search(body[sentence.start : c.trigger[1]])
                # ("Sanctions are also applied to A and B": more of the day's targets)
                or _ALSO_APPLIED.match(body, c.trigger[1])
            ):
                # "Today, OFAC sanctioned ... . OFAC also designated A": the same day's action
                dated = [
                    x
                    for x in out
                    if x.kind == "sanction" and x.date == published.isoformat()
                ][-1:]
            if dated:
                c.date, c.date_text = dated[0].date, dated[0].date_text
        for c in found:
            if c.kind == "sanction" and not c.imposer and _ALSO_DESIGNATED.search(
                body[sentence.start : c.trigger[1]]
            ):
                # "A and B are also designated": by the one who imposed the measure before
                lead = [x for x in out + found if x.kind == "sanction" and x.imposer and x is not c]
                if lead:
                    c.imposer = lead[-1].imposer
        # (the question may stand two sentences back: "Q: ...? MS. A: Sure. The ...")
        prev = next(
            (x for x in reversed((context.get("before") or [])[-2:]) if x.rstrip().endswith("?")),
            "",
        )
        asked_about = None if question else _ASKED_ABOUT_MEASURES.search(prev)
        for c in found if asked_about else ():
            if c.kind != "sanction" or c.date or c.status != "held":
                continue
            # "Q: ... the sanctions announced Wednesday? A: The Treasury Department sanctioned
            # A and B": the answer tells the measures the question dated
            when = [
                t
                for t in find_dates(prev, published, forward=False)
                if t.edtf and t.start >= asked_about.start("rest")
            ][:1]
            if when:
                c.date, c.date_text = when[0].edtf, when[0].text.strip()
        effect = _TAKES_EFFECT.match(nxt.text) if nxt is not None else None
        for c in found if effect else ():
            if c.kind != "sanction" or c.date:
                continue
            # "exports to A will be prohibited. This measure takes effect on the 24th": the
            # next sentence dates the measure
            when = [
                t
                for t in find_dates(nxt.text, published, forward=c.status == "planned")
                if t.start >= effect.end() - 3 and t.edtf
            ][:1]
            if when:
                c.date, c.date_text = when[0].edtf, when[0].text.strip()
                c.evidence.append((nxt.start + when[0].start, nxt.start + when[0].end))
        denied = _DENIED_REPORT.search(text) if found else None
        if denied:
            # "A denied reports that he would visit X", "dismissed speculation of a meeting
            # with B": what the reports say is no event of the text's
            found = [
                c
                for c in found
                if c.kind not in ("meeting", "visit")
                or c.trigger[0] - sentence.start < denied.end()
            ]
        if found and _COUNTERFACTUAL.search(text) and "would" in text:
            # "If A were to visit X, he would meet B", "Should A travel to X, a meeting with
            # B would be possible": a condition and what would follow it, no plan told
            found = [
                c
                for c in found
                if c.kind not in ("meeting", "visit") or c.status not in ("planned", "tentative")
            ]
        for c in found:
            if (
                c.kind in ("meeting", "visit")
                and c.status == "planned"
                and (
                    _WHETHER.search(text, 0, c.trigger[0] - sentence.start)
                    or _HEARSAY.search(text)
                    or "would" in text
                    and _CONDITION.search(text)
                    and _WOULD_BEFORE.search(text, 0, c.trigger[0] - sentence.start)
                )
            ):
                # "declined to say whether she would meet B", "it is unclear whether A will
                # travel to X", "A would visit X only if B apologised": possible, not planned
                c.status = "tentative"
            if (
                c.kind == "visit"
                and c.status in ("planned", "tentative")
                and _REFUSED_INVITATION.search(
                    body, max(sentence.start, c.trigger[0] - 160), c.trigger[0]
                )
            ):
                # "A declined an invitation from B to visit X", "turned down B's invitation
                # to visit": the visit one side refused (annotation.md: declined)
                c.status = "declined"
            if (
                c.kind == "visit"
                and c.status == "planned"
                and _INVITED_TO.search(body, max(sentence.start, c.trigger[0] - 90), c.trigger[0])
                and not _ACCEPTED.search(text)
                and not (nxt is not None and _ACCEPTED.search(nxt.text))
                and not _PLAN_CUE.search(text)
            ):
                # "A invited B to visit X in the autumn": an invitation not (yet) accepted is a
                # possible visit (annotation.md: tentative), one accepted is planned
                c.status = "tentative"
        for c in found:
            if (
                c.kind == "sanction"
                and c.date
                and "/" in c.date
                and re.match(r"(?i)since\b", c.date_text or "")
                and not _COUNTED.search(str((c.target or {}).get("description", "")))
                and not _COUNTED.search(body, max(sentence.start, c.trigger[0] - 40), c.trigger[0])
            ):
                # "has prohibited all exports to X since June 2009": one measure, taken then
                # (a count, "has sanctioned 1,700 persons since ...", "has adopted fourteen
                # packages of sanctions since ...", keeps the span)
                c.date = c.date.split("/")[0]
        for c in found:
            if c.kind == "incident" and c.date and "/" in c.date and c.date_text:
                _detained_since(c, body, sentence, published)
        # (each scan below needs a word of its pattern: a sentence without it skips the scan,
        # speed only)
        on_margins = "margins" in text or "sidelines" in text
        margins = _SIDELINES_OF_THE.search(text) if on_margins else None
        for c in found if margins else ():
            if c.kind != "meeting" or c.date or c.status != "held":
                continue
            # "On the sidelines of the Retreat, A held a meeting with B": on the day of the
            # event of that name the text dated first (not a later "call about the Retreat")
            noun = margins.group("n").split()[-1]
            earlier = next(
                (
                    x
                    for x in out
                    if x.date
                    and x.status == "held"
                    and re.search(rf"\b{re.escape(noun)}\b", x.sentence.text)
                ),
                None,
            )
            if earlier is not None:
                c.date, c.date_text = earlier.date, margins.group(0)
        witnessed = "witnessed" in text and _LEADERS_WITNESSED.search(text)
        for c in found if witnessed else ():
            if c.kind != "meeting" or c.date or c.status != "held":
                continue
            if not _SIGNED_BY.match(body, c.trigger[0]):
                continue
            # "The Leaders witnessed the exchange of the Agreement, which was signed by A and
            # B": signed at the leaders' meeting the text told first, on its day
            talks = next(
                (
                    x
                    for x in out
                    if x.kind == "meeting"
                    and x.date
                    and x.status == "held"
                    and x.subtype not in ("call", "video-call")
                ),
                None,
            )
            if talks is not None:
                c.date, c.date_text = talks.date, witnessed.group(0)
        _itinerary_order(found, context)
        each = _EACH_PAIR.search(text)
        group = next(
            (
                c
                for c in (reversed(out) if each else ())
                if c.kind == "meeting"
                and len(
                    {p.country for p in c.persons if p.country}
                    | {d["country"] for d in c.described if d.get("country")}
                )
                >= 3
            ),
            None,
        )
        if (
            each
            and group is not None
            and not any(
                c.kind == "meeting" and c.trigger[0] - sentence.start < each.start() for c in found
            )
        ):
            # "bilateral meetings between each of the countries": one per pair of the group
            found = [
                c
                for c in found
                if not (
                    c.kind == "meeting"
                    and each.start() <= c.trigger[0] - sentence.start < each.end()
                )
            ]
            codes = list(
                dict.fromkeys(
                    [p.country for p in group.persons if p.country]
                    + [d["country"] for d in group.described if d.get("country")]
                )
            )
            for i, x in enumerate(codes):
                for y in codes[i + 1 :]:
                    pair = Candidate(
                        "meeting",
                        "talks",
                        sentence,
                        (sentence.start + each.start(), sentence.start + each.end()),
                    )
                    for k in ("date", "date_text", "status", "tense", "place", "place_country"):
                        setattr(pair, k, getattr(group, k))
                    pair.described = [
                        {"description": f"{x} delegation", "country": x},
                        {"description": f"{y} delegation", "country": y},
                    ]
                    pair.evidence = [pair.trigger]
                    found.append(pair)
        hosting = (
            any(map(text.__contains__, ("host", "facilitat", "mediat")))
            and _HOSTING_THESE.search(text)
        )
        if hosting and not found:  # "... to Crown Prince A for hosting these discussions"
            agent = [m for m in mentions if m.start - sentence.start < hosting.start()]
            last = next(
                (
                    c
                    for c in reversed(out)
                    if c.kind == "meeting" and c.status == "held" and c.sentence is not sentence
                ),
                None,
            )
            if agent and last is not None and agent[-1].person not in last.persons:
                last.persons.append(agent[-1].person)
                last.roles[agent[-1].person.key] = "host"
                last.evidence.append(
                    (sentence.start + hosting.start(), sentence.start + hosting.end())
                )
        venue = _VENUE_OF_THIS.search(text)
        invited = _INVITATION_OF.search(text) if venue else None
        if venue and invited:
            # "travel to Jeddah, ... the venue for this gathering of nine leaders, at the
            # invitation of King A": the last summit's place and host
            last = next(
                (c for c in reversed(out) if c.kind == "meeting" and c.subtype == "summit"), None
            )
            host = next(
                (m.person for m in mentions if m.start - sentence.start >= invited.end()), None
            )
            if last is not None and host is not None:
                if host not in last.persons:
                    last.persons.append(host)
                last.roles[host.key] = "host"
                trip = next((c for c in found if c.kind == "visit" and c.place_country), None)
                if trip is not None and not last.place_country:
                    last.place, last.place_country = trip.place, trip.place_country
                last.evidence.append(
                    (sentence.start + venue.start(), sentence.start + invited.end())
                )
        handed = any(map(text.__contains__, _HANDED_VERBS)) and _HANDED_NOTE.search(text)
        giver = [m for m in mentions if handed and m.end - sentence.start <= handed.start()]
        summons = next(
            (
                c
                # the summons of this sentence, else of the last (an incident of this one,
                # "protest against the seizure", does not hide it)
                for c in reversed([*out[-1:], *found])
                if c.kind == "meeting"
                and any(re.fullmatch(r"[Tt]he\s+(?:Foreign\s+)?Ministry", d["description"])
                        for d in c.described)
            ),
            None,
        )
        if giver and summons is not None and giver[-1].person not in summons.persons:
            summons.described = [
                d
                for d in summons.described
                if not re.fullmatch(r"[Tt]he\s+(?:Foreign\s+)?Ministry", d["description"])
            ]
            summons.persons.append(giver[-1].person)
            summons.evidence.append(
                (sentence.start + handed.start(), sentence.start + handed.end())
            )
        told_before = context["before"][-1] if i and context.get("before") else ""
        not_going = "not" in told_before and _WILL_NOT_TRAVEL.search(told_before)
        for c in found if not_going else ():
            if (
                c.kind == "visit"
                and c.status in ("cancelled", "postponed")
                and not c.place_country
                and _longest_country(not_going.group("p"))
            ):
                # "A will not travel to X next week. His visit has been cancelled": that trip
                prev = context["before"][-1]
                c.place = not_going.group("p")
                c.place_country = _longest_country(not_going.group("p"))
                when = [
                    t
                    for t in find_dates(prev, published, forward=True)
                    if t.start >= not_going.end() and t.edtf
                ][:1]
                if when and not c.date:
                    c.date, c.date_text = when[0].edtf, when[0].text.strip()
        found.extend(_companions_trips(text, sentence, mentions, out, found))
        acc = _ACCOMPANIED_BY.match(text)
        trip = (
            next((c for c in reversed(out) if c.kind == "visit"), None)
            if acc and i and not any(c.kind == "visit" for c in found)
            else None
        )
        if trip is not None and trip.sentence is sentences[i - 1]:
            # "A paid a state visit to X from 10 to 12 May. The Head of State was accompanied
            # by a delegation that included Minister B and Minister C": they travel too
            for m in mentions:
                if (
                    m.start - sentence.start < acc.end()
                    or m.person in trip.persons
                    or (m.person.country and m.person.country == trip.place_country)
                ):
                    continue
                twin = Candidate(**{k: getattr(trip, k) for k in _COPY})
                twin.persons, twin.roles = [m.person], {m.person.key: "traveler"}
                twin.evidence = [(sentence.start + acc.start(), m.end)]
                twin.date_text = trip.date_text
                found.append(twin)
        joiners = _JOINS_THE_MEETING.match(text) if _JOIN_WORDS.search(text) else None
        passive = _IT_WAS_ATTENDED.match(text) if "attended by" in text else None
        last = next((c for c in reversed(out) if c.kind == "meeting"), None)
        if (joiners or passive) and last is not None and last.sentence is not sentence and i:
            # "C and D later joined the talks.", "C also took part in the meeting.", "C
            # attended as a guest.", "The session was also attended by C.": they join the
            # meeting told just before
            subj = [
                m for m in mentions
                if (m.start - sentence.start < joiners.start("v") if joiners
                    else m.start - sentence.start >= passive.end())
            ]
            told = bool(joiners and joiners.group("name")) and any(
                # ("also joined the library meeting": a meeting of theirs found here, which
                # merging joins to the one its name tells)
                c.kind == "meeting" and all(any(m.person is p for p in c.persons) for m in subj)
                for c in found
            )
            if subj and last.sentence is sentences[i - 1] and not told:
                for m in subj:
                    if m.person not in last.persons:
                        last.persons.append(m.person)
                last.evidence.append(
                    (sentence.start, subj[-1].end) if passive else
                    (subj[0].start, sentence.start + joiners.end("v"))
                )
                found = [
                    c for c in found
                    if not (
                        c.kind == "meeting"
                        and all(any(p is m.person for m in subj) for p in c.persons)
                    )
                ]
        attended = _ATTENDED_BY.search(text) if "attended by" in text else None
        host = next(
            (c for c in reversed(found) if c.kind == "meeting"
             and attended and c.trigger[1] - sentence.start <= attended.start()),
            None,
        )
        if host is not None:
            # "A and B co-chaired the Forum, which was also attended by C": C was at it
            stop = re.search(r"[;:]", text[attended.end() :])
            hi = attended.end() + stop.start() if stop else len(text)
            for m in mentions:
                if attended.end() <= m.start - sentence.start < hi and m.person not in host.persons:
                    host.persons.append(m.person)
        joined = _JOINED.match(text)
        if joined and not found:  # "They were joined by Foreign Ministers A and B."
            last = next((c for c in reversed(out) if c.kind == "meeting"), None)
            if last is not None and last.sentence is not sentence:
                for m in mentions:
                    if m.start - sentence.start >= joined.end() and m.person not in last.persons:
                        last.persons.append(m.person)
                last.evidence.append(
                    (sentence.start + joined.start("v"), sentence.start + len(text.rstrip(". \n")))
                )
        held = _THE_EVENT_HELD.match(text) if not found and i else None
        if held:
            # "A met B in X. The meeting took place on Monday at the ministry": the event told
            # just before, at the time this sentence gives it (when it has none)
            noun = held.group("n").lower()
            kind = (
                "visit"
                if noun in ("visit", "trip", "stay")
                else "incident"
                if noun in _INCIDENT_NOUNS
                else "meeting"
            )
            last = next((c for c in reversed(out) if c.kind == kind), None)
            stop = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\s").search(text, held.end())
            when = [
                t
                for t in find_dates(text, published, forward=False)
                if t.edtf and held.end() <= t.start < (stop.start() if stop else len(text))
            ][:1]
            if (
                last is not None
                and not last.date
                and last.sentence is sentences[i - 1]
                and last.status == "held"
                and when
                and when[0].edtf <= published.isoformat()
            ):
                last.date, last.date_text = when[0].edtf, when[0].text.strip()
                last.evidence.append(
                    (sentence.start + when[0].start, sentence.start + when[0].end)
                )
        # (without those words only the opening phrase can match: tried at the start alone)
        margins = _MARGINS.search(text) if on_margins else _MARGINS.match(text)
        if margins:  # "B met C on the margins of the visit": at the time of that visit (the
            # text's first; the one just told for a bare "On the margins")
            noun = (margins.group("n") or margins.group("n2") or margins.group("n3") or "").lower()
            kinds = ("visit",) if noun in ("visit", "trip", "stay") else ("meeting",)
            kinds = kinds if noun else ("meeting", "visit")
            pool = [c for c in out if c.date and c.kind in kinds][:: 1 if noun else -1]
            summits = [c for c in pool if c.subtype == "summit"]
            if noun == "summit" and summits:
                pool = summits[::-1]  # "the summit": the last one told (not the first meeting)
            for c in (c for c in found if c.kind == "meeting" and not c.date and pool):
                c.date, c.date_text = pool[0].date, margins.group(0).rstrip(",")
            if not pool and margins.group(0).startswith("on "):
                # "A and B attended the UN General Assembly on 9 May. The two leaders met on
                # the sidelines": a gathering that is no event of its own, at the time told
                # just before
                when = _previous_date(context, published, day=True)
                for c in (c for c in found if c.kind == "meeting" and not c.date and when):
                    if c.status == "held" and when <= published.isoformat():
                        c.date, c.date_text = when, margins.group(0)
        press = [c for c in found if c.kind == "meeting" and _JOINT_PRESS.match(
            body, c.trigger[0])]
        if press:
            # "A and B held a joint press conference after their talks", "At a joint press
            # conference afterwards, the two ...": the talks the two held, no event of its own
            # when a meeting of theirs is told in the sentence or just before
            weak = {id(c) for c in press}
            near = [c for c in found if id(c) not in weak] + [
                c for c in out[-8:] if c.sentence in (sentence, sentences[i - 1] if i else None)
            ]
            found = [
                c for c in found
                if id(c) not in weak or not any(
                    x.kind == "meeting" and all(any(p is q for q in x.persons) for p in c.persons)
                    for x in near
                )
            ]
        out.extend(found)
        for c in found:  # the latest meeting of three countries' named people
            if c.kind == "meeting" and len({p.country for p in c.persons if p.country}) >= 3:
                context["trio"] = list(c.persons)
        pairs = [  # the pair of the latest meeting of two countries' named people
            c.persons
            for c in found
            if c.kind == "meeting"
            and len(c.persons) == 2
            and len({p.country for p in c.persons if p.country}) == 2
        ]
        context["pair"] = list(pairs[-1]) if pairs else []
        # whom "they" of the next sentence continues: the two sides of the sentence's first
        # meeting of two countries' named people (its main clause; a later clause's meeting,
        # "... helped lay the ground for A's summit with B", is not the subject going on)
        first = next(
            (
                c.persons
                for c in found
                if c.kind == "meeting" and len({p.country for p in c.persons if p.country}) == 2
            ),
            None,
        )
        if first:
            context["they"] = [
                p
                for k, p in enumerate(first)
                if p.country and p.country not in {q.country for q in first[:k]}
            ]
        elif mentions or any(c.kind == "meeting" for c in found):
            context["they"] = []  # (a sentence that names no one keeps them: "This is a
            # channel that has been productive. They met in X")
        bodies = [  # the sides of the latest session of two unnamed delegations
            c.described
            for c in found
            if c.kind == "meeting"
            and not c.persons
            and len({d.get("country") for d in c.described} - {None}) == 2
        ]
        if found:
            context["body_sides"] = list(bodies[-1]) if bodies else []
        for c in found:  # the latest trip of the home government's unnamed office
            d = next((d for d in c.described if d.get("role") == "traveler"), None)
            if c.kind == "visit" and d and d.get("country") == home and c.place_country:
                context["home_visit"] = (c.place_country, d.get("description"))
        context.setdefault("before", []).append(text)
        if not _OPENS_HE.match(text):
            context["subject"] = sentence_subject(text, mentions, sentence.start)
        context["subjects"] = _coordinated_subjects(text, mentions, sentence.start)
        group = context["subjects"] or _group_subject(text, mentions, sentence.start)
        if group:  # "From June 4 to 6, A and B are visiting X": whom "them", "the two
            # officials" of the next sentences stand for
            context["group"] = (i, group)
        seen = context.setdefault("seen", {})
        reported = context.setdefault("reported", set())
        for m in mentions:
            if _REPORTED_WITH.search(text, 0, m.start - sentence.start):
                reported.add(id(m.person))
            else:
                reported.discard(id(m.person))
            if m.person in recent:
                recent.remove(m.person)
            recent.append(m.person)
            seen[id(m.person)] = seen.get(id(m.person), 0) + 1
    out.extend(_profiled_targets(body, sentences, people, out))
    out.extend(_listed_entities(body, sentences, out, home))
    bulleted = _bulleted_targets(sentences, people, out, home, body)
    if bulleted:
        # a lead with no object of its own ("imposed travel bans on the following
        # individuals:"): its listed targets are the measures, the lead no record of its own
        out = _without_bare_leads(
            out, sentences, {id(x.sentence) for x in bulleted}, colon_only=True
        )
    out.extend(bulleted)
    # a measure announced with no object, whose targets the next sentence gives ("X today
    # announced new sanctions. The new sanctions target A, B and C"): the targets are the
    # measures, the announcement no record of its own
    told = {
        id(c.sentence)
        for c in out
        if c.kind == "sanction"
        and c.target
        and _TARGETS_TOLD.match(body, c.trigger[0], c.trigger[1])
    }
    out = _without_bare_leads(out, sentences, told)
    out = _without_headline_measures(body, out)
    _targets_not_of_imposer(body, out, home)
    return [c for c in out if not _home_coming(c)]


# a measure's noun, then the passive that applies it to more targets
_ALSO_APPLIED = re.compile(r"\s+(?:are|is)\s+also\s+(?:applied|imposed)\s+(?:to|on|against)\s")


def _without_bare_leads(out: list, sentences, carriers: set[int], colon_only=False) -> list:
    """Leave out each measure with no object of its own whose next sentence (its id in
    `carriers`) gives its targets: the targets are the records (with `colon_only`, only a
    lead that ends in a colon)."""
    return [
        c
        for c in out
        if not (
            c.kind == "sanction"
            and not c.target
            and not c.each
            and (not colon_only or c.sentence.text.rstrip().endswith(":"))
            and any(
                id(x) in carriers
                for x in sentences
                if c.sentence.end <= x.start <= c.sentence.end + 4
            )
        )
    ]


# an ongoing detention in the present perfect: "A has been detained in X since last
# November", "five citizens, who have been held since the spring"
_HAS_BEEN_HELD = re.compile(
    r"\b(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:detained|held|imprisoned|jailed)\b[^.;]*?"
    r"\bsince\s+$"
)


def _detained_since(c: Candidate, body: str, sentence, published) -> None:
    """ "A has been detained since last November": the detention began then (the date of the
    words after "since", not the span up to the text's day; a detention that "had been"
    ended keeps its span)."""
    if c.subtype not in ("detention", "hostage-taking") or not c.date_text.lower().startswith(
        "since "
    ):
        return
    at = body.find(c.date_text, sentence.start, sentence.end)
    if at < 0 or not _HAS_BEEN_HELD.search(body, sentence.start, at + 6):
        return
    then = [t for t in find_dates(c.date_text[6:], published, forward=False) if t.edtf]
    # (a bare year is read only after a preposition: "since 2012" is 2012)
    c.date = then[0].edtf if then else c.date.split("/")[0]

"""Events in a text: meetings, visits, incidents and sanctions, by trigger words and rules.

Each sentence is searched for trigger words ("met", "call", "visit", "balloon",
"sanctions", ...). A trigger makes a candidate event whose participants are the people
the sentence names (pronouns, "the two leaders" and "his Chinese counterpart" resolved),
whose date is the temporal expression nearest to the trigger (its direction taken from the
event's status), whose status and visibility come from the cue words nearest to it, and
whose place is the place named after it. Candidates that denote the same event (same kind,
same named participants, compatible date and place) become one record with all their
evidence.

The stages, in the order a text meets them (each module imports only the ones above it):

- patterns: the trigger words of each kind and the patterns several stages share
- candidate: the Candidate record and the clause around a trigger
- places, status, dating: where, in what state (held, planned, ...) and when
- sides, travelers, sanctions: who meets whom, who travels, who sanctions whom
- finish: a candidate whose participants are known gets its status, date, place and parts
- fill: the participants of the clause around a trigger, then finish
- splitting: one candidate into several events (coordinated participants, destinations, ...)
- guards: the words that make a trigger no event, or no firm plan (negations, topics,
  policies, events told before, questions, denials, conditions, ...)
- context: what the sentences around a trigger tell of its people and its time
- listings: sanction measures across sentences, and the targets a release lists
- scan: one sentence's triggers into filled, split candidates
- detection: every sentence in order, then the text-level passes
- merging: candidates that denote the same event become one
- trips: meetings during a visit, a visit's days, the legs of a trip
"""

from __future__ import annotations

from .candidate import Candidate
from .detection import detect
from .merging import compatible, merge, overlap
from .patterns import _KEYS, _MEETING, TRIGGERS
from .trips import (
    dateline_visit,
    during_visit,
    greeting_visits,
    leg_visits,
    stay_spans,
    trip_legs,
    visit_day_meetings,
    visit_spans,
)

__all__ = [
    "TRIGGERS",
    "_KEYS",
    "_MEETING",
    "Candidate",
    "compatible",
    "dateline_visit",
    "detect",
    "during_visit",
    "greeting_visits",
    "leg_visits",
    "merge",
    "overlap",
    "stay_spans",
    "trip_legs",
    "visit_day_meetings",
    "visit_spans",
]

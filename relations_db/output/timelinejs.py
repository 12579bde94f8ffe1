"""The timeline as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each dated event becomes a slide: `start_date` (and `end_date` when the date covers more
than its own precision says) carry only the precision the record has, so a month is
`{year, month}` with no day; `display_date` is the EDTF date in words; `group` is the kind
or the country pair; the text holds the summary, the evidence quotes and the sources, with
every text from the data escaped (TimelineJS renders it as HTML). TimelineJS cannot place an
undated event, so those are listed on the title slide instead.
"""

from __future__ import annotations

import json
from typing import TextIO

from .drawing import EventView, TimelineView
from .svg import esc

SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


def date_object(part: str, *, end: bool = False) -> dict:
    """One EDTF part as a TimelineJS date: only the fields the part gives."""
    core = part.rstrip("~")
    out = {"year": int(core[:4])}
    if len(core) >= 7:
        month = int(core[5:7])
        if month > 12:
            first, last = SEASON_MONTHS[month]
            month = last if end else first
            if end and last < first:
                out["year"] += 1
        out["month"] = month
    if len(core) == 10:
        out["day"] = int(core[8:10])
    return out


def dates_of(edtf: str) -> dict:
    parts = edtf.split("/")
    start = date_object(parts[0])
    end = date_object(parts[-1], end=True)
    out = {"start_date": start}
    if end != start:
        out["end_date"] = end
    return out


def slide(event: EventView, view: TimelineView) -> dict:
    text = []
    if event.summary:
        text.append(f"<p>{esc(event.summary)}</p>")
    facts = [event.kind, event.status, event.visibility]
    if event.location:
        facts.append(event.location)
    text.append(f"<p><small>{esc(' · '.join(facts))}</small></p>")
    if event.participants:
        text.append(f"<p>{esc('; '.join(event.participants))}</p>")
    for quote, _source_id in event.evidence:
        text.append(f"<blockquote>“{esc(quote)}”</blockquote>")
    for source_id in event.sources:
        source = view.sources.get(source_id)
        name = esc((source.title if source else None) or source_id)
        if source is not None and source.link:
            name = f'<a href="{esc(source.link)}" target="_blank" rel="noopener">{name}</a>'
        text.append(f"<p>Source: {name}</p>")
    display = event.display_date
    if event.date_text:
        display += f" ({event.date_text})"
    return {
        "unique_id": event.id,
        **dates_of(event.date),
        "display_date": esc(display),
        "text": {"headline": esc(event.title), "text": "".join(text)},
        "group": esc(view.lane_of(event)),
    }


def timelinejs(view: TimelineView) -> dict:
    dated = [e for e in view.events if e.date]
    undated = [e for e in view.events if not e.date]
    intro = f"<p>{len(dated)} dated events.</p>"
    if undated:
        items = "".join(f"<li>{esc(e.title)}</li>" for e in undated)
        intro += f"<p>Undated, not placed on the timeline:</p><ul>{items}</ul>"
    return {
        "title": {"text": {"headline": esc(view.title), "text": intro}},
        "events": [slide(e, view) for e in dated],
    }


def write_timelinejs(view: TimelineView, out: TextIO) -> None:
    json.dump(timelinejs(view), out, ensure_ascii=False, indent=1)
    out.write("\n")

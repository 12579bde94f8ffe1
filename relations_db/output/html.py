"""The timeline as one self-contained HTML page: it opens from a file, offline.

The page carries its CSS, script and data inline and fetches nothing: its Content Security
Policy allows no network at all (`default-src 'none'`) and admits only its own style and
script, by hash. The script (assets/timeline.js) draws on a canvas what fits the zoom level
and counts the rest per lane and period, so ten thousand events open in a fraction of a
second and a hundred thousand in about one; filters, search and the view live in the URL
fragment. (vis-timeline, the usual library for this, keeps a DOM element per item and
needs moment, hammerjs and vis-data besides: too slow and too big for 100,000 events, and
it has no soft-edged uncertain dates, status strokes or link arrows.)

The events travel as one JSON block in columns with string tables (kinds, statuses,
countries, people, places, sources), a few bytes an event besides its own texts. The block
is a non-executed `application/json` script whose `<`, `>` and `&` are `\\u` escapes, so no
text from the data can end it or become markup; past COMPRESS_ABOVE events the same JSON
is gzip-compressed and base64-encoded (the browser's DecompressionStream unpacks it), which
makes 100,000 events 4 MB instead of 16. The script only ever sets text from the data as
text (`textContent`, canvas `fillText`), never as HTML.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from functools import cache
from importlib.resources import files
from typing import TextIO

from ..model.enums import Kind, Relation, Visibility
from .drawing import STATUS_ORDER, TimelineView
from .svg import LINK_COLOUR, RELATION_COLOUR, STATUS_STYLE, esc, status_style, xml_safe

COMPRESS_ABOVE = 2000  # events; a larger page carries its data gzip-compressed (5x smaller)


@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


class _Table:
    """A string table: each distinct text once, events refer to it by index."""

    def __init__(self, initial=()):
        self.items: list[str] = []
        self.index: dict[str, int] = {}
        for item in initial:
            self(item)

    def __call__(self, text: str) -> int:
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.items)
            self.items.append(xml_safe(text))
        return found


def timeline_data(view: TimelineView) -> dict:
    """The view in columns: one list per field, texts shared through string tables.

    `start` holds day numbers (days since 1970-01-01) as differences from the previous dated
    event, `null` for an undated one; `span` the days after the start that the date covers;
    `date` the date in words (from a table: many events share a date).
    Flags: 1 soft start, 2 soft end (month, season, year or `~`), 4 a known day (a point).
    """
    kinds = _Table(k.value for k in Kind)
    statuses = _Table(STATUS_ORDER)
    visibilities = _Table(v.value for v in Visibility)
    relations = _Table(r.value for r in Relation)
    countries, pairs, people, places, dates = _Table(), _Table(), _Table(), _Table(), _Table()
    source_ids = _Table(view.sources)
    cols: dict[str, list] = {
        k: []
        for k in (
            "id", "title", "date", "start", "span", "flags", "kind", "status", "visibility",
            "pair", "countries", "people", "place", "evidence", "sources",
        )
    }  # fmt: skip
    summaries, date_texts = {}, {}
    previous = 0
    epoch = 719163  # date(1970, 1, 1).toordinal()
    for i, event in enumerate(view.events):
        cols["id"].append(xml_safe(event.id))
        cols["title"].append(xml_safe(event.title))
        cols["date"].append(dates(event.display_date))
        if event.start is None:
            cols["start"].append(None)
            cols["span"].append(0)
        else:
            day = event.start.toordinal() - epoch
            cols["start"].append(day - previous)
            previous = day
            cols["span"].append((event.end - event.start).days)
        point = event.start is not None and not event.uncertain and event.precision == "day"
        cols["flags"].append(event.soft_start | event.soft_end << 1 | point << 2)
        cols["kind"].append(kinds(event.kind))
        cols["status"].append(statuses(event.status))
        cols["visibility"].append(visibilities(event.visibility))
        cols["pair"].append(pairs(event.pair))
        cols["countries"].append([countries(c) for c in event.countries])
        cols["people"].append([people(p) for p in event.participants])
        cols["place"].append(places(event.location) if event.location else -1)
        cols["evidence"].append([[xml_safe(q), source_ids(s)] for q, s in event.evidence])
        cols["sources"].append([source_ids(s) for s in event.sources])
        if event.summary:
            summaries[i] = xml_safe(event.summary)
        if event.date_text:
            date_texts[i] = xml_safe(event.date_text)
    index = {event.id: i for i, event in enumerate(view.events)}
    links = []
    for link in view.links:
        links += [index[link.source], index[link.target], relations(link.relation)]
    sources = []
    for source_id in source_ids.items:
        source = view.sources.get(source_id)
        fields = (source.title, source.link, source.publisher, source.published) if source else ()
        sources.append([source_id, *(xml_safe(f) if f else None for f in fields)])
    return {
        "title": xml_safe(view.title),
        "group": view.group,
        "tables": {
            "kind": kinds.items,
            "status": statuses.items,
            "visibility": visibilities.items,
            "relation": relations.items,
            "country": countries.items,
            "pair": pairs.items,
            "people": people.items,
            "place": places.items,
            "date": dates.items,
            "source": sources,
        },
        "events": cols,
        "links": links,
        "summary": summaries,
        "dateText": date_texts,
        "style": {"status": STATUS_STYLE, "relation": RELATION_COLOUR, "link": LINK_COLOUR},
    }


def _json_block(data: dict) -> str:
    """JSON that cannot end its script element or read as markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_html(view: TimelineView, out: TextIO) -> None:
    style, script = _asset("timeline.css"), _asset("timeline.js")
    policy = (
        f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    dated = sum(1 for e in view.events if e.start is not None)
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(view.title)}</title><style>{style}</style></head><body>"
        f'<header><h1>{esc(view.title)}</h1><div class="meta">{len(view.events):,} events'
        f" ({len(view.events) - dated:,} undated), {_count(len(view.links), 'link')}, "
        f"{_count(len(view.sources), 'source')}. Wheel or +/− to zoom, drag or arrow keys "
        "to move; hover or click an event for its evidence, a count to zoom into it.</div>"
        "</header>"
    )
    out.write(CONTROLS)
    out.write(_legend())
    out.write(
        '<div class="main"><div class="plot" id="plot">'
        '<canvas id="timeline" tabindex="0" role="img" aria-describedby="status" '
        'aria-label="Timeline: the list below the drawing holds the same events"></canvas>'
        '</div><aside id="details" aria-live="polite"><h2>Evidence</h2>'
        "<p>Hover over or click an event to see its evidence quotes and sources.</p>"
        "</aside></div>"
        '<p id="status" aria-live="polite"></p>'
        '<section class="list"><h2 id="list-title">Events in view</h2>'
        '<table id="events"><thead><tr><th>date</th><th>kind</th><th>title</th>'
        "<th>status</th><th>visibility</th><th>participants</th><th>sources</th></tr></thead>"
        '<tbody></tbody></table><button type="button" id="more" hidden>Show more</button>'
        "</section>"
    )
    data = _json_block(timeline_data(view))
    if len(view.events) > COMPRESS_ABOVE:
        packed = base64.b64encode(gzip.compress(data.encode(), compresslevel=6, mtime=0))
        out.write('<script type="application/octet-stream" id="timeline-data" ')
        out.write(f'data-encoding="gzip+base64">{packed.decode()}')
    else:
        out.write(f'<script type="application/json" id="timeline-data">{data}')
    out.write(f"</script><script>{script}</script></body></html>\n")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


CONTROLS = (
    '<div class="bar" id="controls">'
    '<span>Lanes: <button type="button" data-group="kind">by kind</button>'
    '<button type="button" data-group="pair">by country pair</button></span>'
    '<span class="zoom"><button type="button" id="zoom-out" title="Zoom out (−)">−</button>'
    '<button type="button" id="zoom-in" title="Zoom in (+)">+</button>'
    '<button type="button" id="pan-left" title="Earlier (←)">◀</button>'
    '<button type="button" id="pan-right" title="Later (→)">▶</button>'
    '<button type="button" id="fit" title="Everything that matches (0)">Fit</button>'
    '<label>Go to <input id="goto" size="10" placeholder="2023-06"></label></span>'
    '<label>Search <input type="search" id="search" size="18" '
    'placeholder="titles, people, evidence"></label>'
    '<label>Official <input id="official" size="16" list="officials"></label>'
    '<datalist id="officials"></datalist>'
    '<details class="filter" data-filter="kind"><summary>Kind</summary><div></div></details>'
    '<details class="filter" data-filter="status"><summary>Status</summary><div></div></details>'
    '<details class="filter" data-filter="visibility"><summary>Visibility</summary><div></div>'
    "</details>"
    '<details class="filter" data-filter="country"><summary>Country</summary><div></div>'
    "</details>"
    '<label><input type="checkbox" id="show-links" checked> links</label>'
    '<button type="button" id="reset">Reset</button>'
    "</div>"
)


def _legend() -> str:
    swatches = []
    for status in STATUS_ORDER:
        colour, opacity, dash = status_style(status)
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        strike = (
            f'<line x1="0" x2="22" y1="7" y2="7" stroke="{colour}" stroke-width="2"/>'
            if status == "cancelled"
            else ""
        )
        swatches.append(
            f'<span><svg width="22" height="14"><rect x="3" y="2" width="16" height="10" rx="3" '
            f'fill="{colour}" fill-opacity="{opacity}" stroke="{colour}"{dashed}/>{strike}'
            f"</svg>{status}</span>"
        )
    swatches.append(
        '<span><svg width="34" height="14"><defs><linearGradient id="legend-soft">'
        '<stop offset="0" stop-color="#1d4ed8" stop-opacity="0"/>'
        '<stop offset="0.3" stop-color="#1d4ed8"/><stop offset="0.7" stop-color="#1d4ed8"/>'
        '<stop offset="1" stop-color="#1d4ed8" stop-opacity="0"/></linearGradient></defs>'
        '<rect x="1" y="4" width="32" height="6" rx="3" fill="url(#legend-soft)"/></svg>'
        "uncertain date (month, season, year, ~)</span>"
        '<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#1d4ed8"/></svg>'
        "known day</span>"
        '<span><span class="tag secret">SECRET</span><span class="tag low-key">LOW-KEY</span>'
        "contacts</span>"
        '<span><svg width="30" height="14"><path d="M2,7 L26,7" stroke="#b91c1c" '
        'stroke-width="1.6"/><path d="M22,3 L28,7 L22,11 z" fill="#b91c1c"/></svg>'
        "link (caused, rescheduled as, part of ...)</span>"
        '<span><svg width="26" height="14"><rect x="2" y="6" width="10" height="8" '
        'fill="#64748b" fill-opacity="0.35"/><rect x="14" y="2" width="10" height="12" '
        'fill="#64748b" fill-opacity="0.35"/></svg>events not drawn at this zoom, counted '
        "per period (click to zoom in)</span>"
    )
    return f'<div class="bar legend">{"".join(swatches)}</div>'

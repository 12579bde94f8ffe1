"""The timeline as one self-contained HTML page: it opens from a file, offline.

The page carries its CSS, script and drawings inline and fetches nothing: its Content
Security Policy allows no network at all (`default-src 'none'`) and admits only its own
style and script, by hash. Both drawings (lanes by kind and by country pair) are in the page
and a button switches between them; hovering, focusing or clicking an event shows its
evidence quotes and sources; a table lists every event for reading without the drawing.
Every text from the data is escaped.
"""

from __future__ import annotations

import base64
import hashlib
from typing import TextIO

from .drawing import STATUS_ORDER, EventView, TimelineView
from .svg import esc, render_svg, status_style

STYLE = """
body{font-family:DejaVu Sans,Liberation Sans,Arial,Helvetica,sans-serif;margin:0;color:#0f172a;
background:#fff}
header{padding:14px 20px 6px}h1{font-size:20px;margin:0 0 4px}
.meta{color:#475569;font-size:13px}
.bar{display:flex;flex-wrap:wrap;gap:18px;align-items:center;padding:6px 20px;font-size:12px}
.bar button{font:inherit;padding:3px 10px;border:1px solid #94a3b8;background:#f8fafc;
border-radius:4px;cursor:pointer}
.bar button[aria-pressed=true]{background:#1d4ed8;color:#fff;border-color:#1d4ed8}
.legend{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.legend span{display:inline-flex;align-items:center;gap:4px}
.main{display:flex;gap:0;align-items:flex-start}
.drawings{overflow:auto;flex:1 1 auto;padding:0 0 0 8px}
.ev{cursor:pointer}.ev:focus{outline:none}.ev:focus text,.ev.on text{font-weight:bold}
aside{flex:0 0 300px;max-height:90vh;overflow:auto;border-left:1px solid #e2e8f0;padding:10px 16px;
font-size:13px;position:sticky;top:0}
aside h2{font-size:15px;margin:0 0 6px}aside blockquote{margin:6px 0;padding:4px 8px;
border-left:3px solid #1d4ed8;background:#f1f5f9}
.tag{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;background:#e2e8f0;
margin-right:4px}.tag.secret,.tag.low-key{background:#111827;color:#fff}
table{border-collapse:collapse;margin:12px 20px 24px;font-size:12px}
th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
"""

SCRIPT = """
(function(){
  var panel=document.getElementById('details');
  var current=null;
  function show(i){
    var d=document.getElementById('detail-'+i);
    if(!d){return;}
    panel.innerHTML=d.innerHTML;
    if(current){current.forEach(function(e){e.classList.remove('on');});}
    current=document.querySelectorAll('.ev[data-i="'+i+'"]');
    current.forEach(function(e){e.classList.add('on');});
  }
  document.querySelectorAll('.ev').forEach(function(e){
    var i=e.getAttribute('data-i');
    e.addEventListener('mouseenter',function(){show(i);});
    e.addEventListener('focus',function(){show(i);});
    e.addEventListener('click',function(){show(i);});
  });
  document.querySelectorAll('button[data-group]').forEach(function(b){
    b.addEventListener('click',function(){
      var g=b.getAttribute('data-group');
      document.querySelectorAll('.drawing').forEach(function(d){
        d.hidden=d.getAttribute('data-group')!==g;});
      document.querySelectorAll('button[data-group]').forEach(function(o){
        o.setAttribute('aria-pressed',String(o===b));});
    });
  });
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def write_html(view: TimelineView, out: TextIO) -> None:
    policy = (
        f"default-src 'none'; style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    dated = sum(1 for e in view.events if e.start is not None)
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(view.title)}</title><style>{STYLE}</style></head><body>"
        f'<header><h1>{esc(view.title)}</h1><div class="meta">{len(view.events)} events'
        f" ({len(view.events) - dated} undated), {_count(len(view.links), 'link')}, "
        f"{_count(len(view.sources), 'source')}. Hover or click an event for its evidence."
        "</div></header>"
    )
    out.write(_bar(view))
    out.write('<div class="main"><div class="drawings">')
    for group, label in (("kind", "kind"), ("pair", "country pair")):
        hidden = "" if group == view.group else " hidden"
        out.write(
            f'<div class="drawing" data-group="{group}"{hidden} aria-label="lanes by {label}">'
        )
        out.write(render_svg(view, group, standalone=False))
        out.write("</div>")
    out.write(
        '</div><aside id="details" aria-live="polite"><h2>Evidence</h2>'
        "<p>Hover over, focus or click an event to see its evidence quotes and sources.</p>"
        "</aside></div>"
    )
    for i, event in enumerate(view.events):
        # The same index as the drawings' data-i: events are laid out in timeline order.
        out.write(f'<div hidden id="detail-{i}">{_details(event, view)}</div>')
    out.write(_table(view))
    out.write(f"<script>{SCRIPT}</script></body></html>\n")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _bar(view: TimelineView) -> str:
    buttons = "".join(
        f'<button type="button" data-group="{g}" aria-pressed="{str(g == view.group).lower()}">'
        f"{label}</button>"
        for g, label in (("kind", "by kind"), ("pair", "by country pair"))
    )
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
        '<rect x="1" y="2" width="32" height="10" rx="3" fill="url(#legend-soft)"/></svg>'
        "uncertain date (month, season, year, ~)</span>"
        '<span><svg width="14" height="14"><circle cx="7" cy="7" r="5" fill="#1d4ed8"/></svg>'
        "known day</span>"
        '<span><span class="tag secret">SECRET</span><span class="tag low-key">LOW-KEY</span>'
        "contacts</span>"
        '<span><svg width="30" height="14"><path d="M2,7 L26,7" stroke="#b91c1c" '
        'stroke-width="1.6"/><path d="M22,3 L28,7 L22,11 z" fill="#b91c1c"/></svg>'
        "link (caused, rescheduled as, part of ...)</span>"
    )
    return (
        f'<div class="bar"><span>Lanes: {buttons}</span>'
        f'<div class="legend">{"".join(swatches)}</div></div>'
    )


def _details(event: EventView, view: TimelineView) -> str:
    parts = [
        f"<h2>{esc(event.title)}</h2>",
        f'<p><span class="tag">{esc(event.kind)}</span>'
        f'<span class="tag">{esc(event.status)}</span>'
        f'<span class="tag {esc(event.visibility)}">{esc(event.visibility)}</span></p>',
        f"<p><b>Date:</b> {esc(event.display_date)}"
        + (f" (“{esc(event.date_text)}”)" if event.date_text else "")
        + "</p>",
    ]
    if event.location:
        parts.append(f"<p><b>Where:</b> {esc(event.location)}</p>")
    if event.participants:
        parts.append(f"<p><b>Who:</b> {esc('; '.join(event.participants))}</p>")
    if event.summary:
        parts.append(f"<p>{esc(event.summary)}</p>")
    related = [
        (link.relation, other)
        for link in view.links
        for other in view.events
        if (link.source == event.id and other.id == link.target)
        or (link.target == event.id and other.id == link.source)
    ]
    if related:
        items = "".join(
            f"<li>{'→' if other.id != event.id else ''} {esc(relation)}: {esc(other.title)}</li>"
            for relation, other in related
        )
        parts.append(f"<p><b>Links:</b></p><ul>{items}</ul>")
    for quote, source_id in event.evidence:
        parts.append(f"<blockquote>{esc(quote)}<br><small>— {esc(source_id)}</small></blockquote>")
    for source_id in event.sources:
        parts.append(f"<p><b>Source:</b> {_source(view, source_id)}</p>")
    return "".join(parts)


def _source(view: TimelineView, source_id: str) -> str:
    source = view.sources.get(source_id)
    if source is None:
        return esc(source_id)
    name = esc(source.title or source.id)
    if source.link:
        name = f'<a href="{esc(source.link)}" rel="noopener noreferrer">{name}</a>'
    extra = ", ".join(esc(v) for v in (source.publisher, source.published) if v)
    return name + (f" ({extra})" if extra else "")


def _table(view: TimelineView) -> str:
    rows = "".join(
        f"<tr><td>{esc(e.display_date)}</td><td>{esc(e.kind)}</td><td>{esc(e.title)}</td>"
        f"<td>{esc(e.status)}</td><td>{esc(e.visibility)}</td>"
        f"<td>{esc('; '.join(e.participants))}</td><td>{esc(', '.join(e.sources))}</td></tr>"
        for e in view.events
    )
    return (
        '<table id="events"><thead><tr><th>date</th><th>kind</th><th>title</th><th>status</th>'
        "<th>visibility</th><th>participants</th><th>sources</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )

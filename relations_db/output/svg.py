"""The timeline drawn as SVG: a standalone image for a report, and the picture in the page.

Lanes by kind or country pair; a known day is a point, an uncertain date (month, season,
year, approximate) a span whose soft edges fade out; the status sets colour and stroke
(held solid, planned outlined, tentative dotted, cancelled struck through, postponed and
declined with their own colours); secret and low-key contacts carry a badge and a ring;
links are arrows from cause to effect, drawn beneath the labels. Every text from the data is
escaped, and characters XML 1.0 forbids (control characters such as ESC) become U+FFFD.

The picture stays static: past SVG_MAX_EVENTS events one mark per event would make a drawing
thousands of pixels tall, so a large export draws counts per lane and period instead and
says so in the picture.
"""

from __future__ import annotations

import re
from html import escape
from typing import TextIO

from .drawing import CHAR, Layout, Mark, Summary, TimelineView, layout, summarise

SVG_MAX_EVENTS = 300
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
STATUS_STYLE = {
    # status: (colour, fill opacity, dash pattern of the outline)
    "held": ("#1d4ed8", 1.0, None),
    "planned": ("#0891b2", 0.25, None),
    "tentative": ("#0891b2", 0.12, "2 3"),
    "cancelled": ("#dc2626", 0.45, None),
    "postponed": ("#d97706", 0.45, "6 3"),
    "declined": ("#7c3aed", 0.45, None),
}
RELATION_COLOUR = {"caused": "#b91c1c", "response-to": "#b91c1c", "rescheduled-as": "#d97706"}
LINK_COLOUR = "#64748b"


def xml_safe(text: str) -> str:
    """The text with each character XML 1.0 forbids replaced by U+FFFD, so the file parses."""
    return NOT_XML.sub("\ufffd", text)


def esc(text) -> str:
    return escape(xml_safe(str(text)), quote=True)


def status_style(status: str) -> tuple[str, float, str | None]:
    return STATUS_STYLE.get(status, ("#475569", 0.5, None))


def render_svg(view: TimelineView, group: str | None = None, *, standalone: bool = True) -> str:
    drawn = layout(view, group)
    # Ids are unique per drawing, as a page holds two; data-i is the event's timeline index.
    ids = f"{group or view.group}-"
    index = {event.id: i for i, event in enumerate(view.events)}
    parts = [_open(drawn, view, standalone)]
    parts.append(_defs(drawn, ids))
    parts.append(_lanes_and_axis(drawn))
    parts.extend(_arrow(a, b, relation, ids) for a, b, relation in drawn.arrows)
    # Each label sits on a box of its lane's shade: an arrow passing behind it is hidden
    # there instead of running through the text.
    parts.extend(_mark(m, index[m.event.id], ids, _shade(m.lane)) for m in drawn.marks)
    parts.append("</svg>\n")
    return "".join(parts)


def write_svg(view: TimelineView, out: TextIO) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if len(view.events) > SVG_MAX_EVENTS:
        out.write(render_summary_svg(view, summarise(view)))
    else:
        out.write(render_svg(view))


SUMMARY_LEFT = 150
SUMMARY_CELL = 26
SUMMARY_ROW = 34


def render_summary_svg(view: TimelineView, summary: Summary) -> str:
    """Counts per lane and period as bars with their numbers, and a note saying why."""
    n = len(summary.periods)
    cell = max(SUMMARY_CELL, min(60, 900 / max(n, 1)))
    undated = any(u for _, _, u in summary.lanes)
    width = SUMMARY_LEFT + n * cell + (90 if undated else 20)
    top = 92
    height = top + len(summary.lanes) * SUMMARY_ROW + 20
    peak = max([c for _, counts, _ in summary.lanes for c in counts] + [1])
    note = (
        f"{summary.total:,} events: too many to draw one by one, so this picture counts "
        f"them per lane and {summary.unit}."
    )
    hint = (
        f"Export at most {SVG_MAX_EVENTS} events (--since, --until, --country, --kind ...) "
        "to draw each, or open the HTML export to zoom."
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline summary" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" '
        f'font-size="12" role="img" aria-label="{esc(view.title)}: {esc(note)}">'
        f"<title>{esc(view.title)}</title>"
        '<rect width="100%" height="100%" fill="#ffffff"/>'
        f'<text x="10" y="20" font-weight="bold" font-size="14">{esc(view.title)}</text>'
        f'<text class="note" x="10" y="40" fill="#0f172a">{esc(note)}</text>'
        f'<text x="10" y="56" fill="#475569" font-size="11">{esc(hint)}</text>'
    ]
    label_every = max(1, int(-(-(len(summary.periods[0]) * 7 + 6) // cell)))
    for i, period in enumerate(summary.periods):
        if i % label_every == 0:
            x = SUMMARY_LEFT + i * cell
            out.append(
                f'<text x="{x + 2:.1f}" y="{top - 8}" fill="#334155" font-size="11">'
                f"{esc(period)}</text>"
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 20}" y2="{height - 14}" '
                'stroke="#e2e8f0"/>'
            )
    if undated:
        out.append(
            f'<text x="{SUMMARY_LEFT + n * cell + 10:.1f}" y="{top - 8}" fill="#334155" '
            'font-size="11" font-style="italic">undated</text>'
        )
    for row, (lane, counts, lane_undated) in enumerate(summary.lanes):
        y = top + row * SUMMARY_ROW
        shade = _shade(row)
        out.append(
            f'<g class="lane-summary" data-lane="{esc(lane)}" data-total="{sum(counts)}">'
            f'<rect x="0" y="{y}" width="{width:.0f}" height="{SUMMARY_ROW}" fill="{shade}"/>'
            f'<text class="lane" x="10" y="{y + 21}" font-weight="bold">{esc(lane)}</text>'
        )
        for i, count in enumerate(counts):
            if not count:
                continue
            bar = max(2.0, (SUMMARY_ROW - 16) * count / peak)
            x = SUMMARY_LEFT + i * cell
            out.append(
                f'<rect class="count" x="{x + 2:.1f}" y="{y + SUMMARY_ROW - 3 - bar:.1f}" '
                f'width="{cell - 4:.1f}" height="{bar:.1f}" fill="#1d4ed8" fill-opacity="0.55">'
                f"<title>{esc(lane)}, {esc(summary.periods[i])}: {count}</title></rect>"
            )
            if len(str(count)) * 6 + 2 <= cell:
                out.append(
                    f'<text x="{x + cell / 2:.1f}" y="{y + 11}" font-size="10" '
                    f'text-anchor="middle" fill="#0f172a">{count}</text>'
                )
        if lane_undated:
            out.append(
                f'<text x="{SUMMARY_LEFT + n * cell + 10:.1f}" y="{y + 21}" font-size="11">'
                f"{lane_undated}</text>"
            )
        out.append("</g>")
    out.append("</svg>\n")
    return "".join(out)


def _open(drawn: Layout, view: TimelineView, standalone: bool) -> str:
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    return (
        f'<svg{ns} class="timeline" width="{drawn.width:.0f}" height="{drawn.height:.0f}" '
        f'viewBox="0 0 {drawn.width:.0f} {drawn.height:.0f}" font-family="{FONT}" '
        f'font-size="12" role="img" aria-label="{esc(view.title)}">'
        f"<title>{esc(view.title)}</title>"
        f'<rect width="100%" height="100%" fill="#ffffff"/>'
    )


def _gradient_id(m: Mark, ids: str) -> str:
    return f"{ids}soft-{m.event.status}-{int(m.event.soft_start)}{int(m.event.soft_end)}"


def _defs(drawn: Layout, ids: str) -> str:
    out = ["<defs>"]
    for colour in sorted({LINK_COLOUR, *RELATION_COLOUR.values()}):
        out.append(
            f'<marker id="{ids}arrow-{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    done = set()
    for m in drawn.marks:
        if m.point or m.event.start is None or not m.event.uncertain:
            continue
        gid = _gradient_id(m, ids)
        if gid in done:
            continue
        done.add(gid)
        colour, opacity, _ = status_style(m.event.status)
        opacity = max(opacity, 0.35)
        stops = [(0, 0 if m.event.soft_start else opacity), (0.22, opacity), (0.78, opacity)]
        stops.append((1, 0 if m.event.soft_end else opacity))
        out.append(f'<linearGradient id="{gid}" x1="0" x2="1" y1="0" y2="0">')
        out.extend(
            f'<stop offset="{o}" stop-color="{colour}" stop-opacity="{a}"/>' for o, a in stops
        )
        out.append("</linearGradient>")
    out.append("</defs>")
    return "".join(out)


def _lanes_and_axis(drawn: Layout) -> str:
    out = []
    for i, lane in enumerate(drawn.lanes):
        shade = _shade(i)
        out.append(
            f'<rect x="0" y="{lane.y0 - 6:.1f}" width="{drawn.width:.0f}" '
            f'height="{lane.y1 - lane.y0 + 12:.1f}" fill="{shade}"/>'
            f'<text class="lane" x="10" y="{lane.y0 + 16:.1f}" font-weight="bold" '
            f'fill="#0f172a">{esc(lane.name)}</text>'
        )
    for x, text in drawn.ticks:
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="30" y2="{drawn.height - 6:.1f}" '
            f'stroke="#cbd5e1" stroke-width="1"/>'
            f'<text x="{x + 3:.1f}" y="26" fill="#334155" font-size="11">{esc(text)}</text>'
        )
    if drawn.undated_x is not None:
        x = drawn.undated_x
        out.append(
            f'<line x1="{x - 14:.1f}" x2="{x - 14:.1f}" y1="14" y2="{drawn.height - 6:.1f}" '
            f'stroke="#94a3b8" stroke-dasharray="4 4"/>'
            f'<text x="{x:.1f}" y="26" fill="#334155" font-size="11" font-style="italic">'
            "undated</text>"
        )
    return "".join(out)


def _arrow(a: Mark, b: Mark, relation: str, ids: str) -> str:
    colour = RELATION_COLOUR.get(relation, LINK_COLOUR)
    x1, y1, x2, y2 = a.cx, a.y, b.cx, b.y
    bend = max(30.0, abs(y2 - y1) * 0.4)
    # Leave the mark up or down (its label is on its right), reach the target from its left.
    rise = max(20.0, abs(y2 - y1) * 0.5) * (1 if y2 > y1 else -1)
    path = (
        f"M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 + rise:.1f} {x2 - bend:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
    )
    dash = ' stroke-dasharray="5 3"' if relation in ("part-of", "same-as") else ""
    return (
        f'<g class="link"><path d="{path}" fill="none" stroke="{colour}" stroke-width="1.6"'
        f'{dash} opacity="0.8" marker-end="url(#{ids}arrow-{colour[1:]})"/>'
        f"<title>{esc(a.event.title)} {esc(relation)} {esc(b.event.title)}</title></g>"
    )


def _shade(lane: int) -> str:
    return "#f8fafc" if lane % 2 == 0 else "#f1f5f9"


def _mark(m: Mark, index: int, ids: str, shade: str) -> str:
    event = m.event
    colour, opacity, dash = status_style(event.status)
    stroke = f' stroke="{colour}" stroke-width="1.6"' + (
        f' stroke-dasharray="{dash}"' if dash else ""
    )
    out = [
        f'<g class="ev status-{esc(event.status)} visibility-{esc(event.visibility)}" '
        f'data-i="{index}" data-id="{esc(event.id)}" tabindex="0">'
        f"<title>{esc(event.title)} — {esc(event.display_date)} — {esc(event.status)}</title>"
    ]
    y = m.y
    if event.start is None:
        out.append(
            f'<rect x="{m.x0 - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" rx="2" '
            f'fill="{colour}" fill-opacity="{opacity}"{stroke} stroke-dasharray="2 2"/>'
        )
    elif m.point:
        out.append(
            f'<circle cx="{m.x0:.1f}" cy="{y:.1f}" r="6" fill="{colour}" '
            f'fill-opacity="{opacity}"{stroke}/>'
        )
    else:
        width = max(m.x1 - m.x0, 8)
        fill = f"url(#{_gradient_id(m, ids)})" if event.uncertain else colour
        fill_opacity = "" if event.uncertain else f' fill-opacity="{opacity}"'
        edge = "" if event.uncertain else stroke
        out.append(
            f'<rect x="{m.x0:.1f}" y="{y - 6:.1f}" width="{width:.1f}" height="12" rx="3" '
            f'fill="{fill}"{fill_opacity}{edge}/>'
        )
    if event.status == "cancelled":
        out.append(
            f'<line x1="{m.x0 - 8:.1f}" x2="{max(m.x1, m.x0) + 8:.1f}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="{colour}" stroke-width="2"/>'
        )
    if event.visibility != "public":
        ring = "3 2" if event.visibility == "secret" else "1 2"
        left, right = (m.x0 - 6, m.x1 + 6) if event.start is not None else (m.x0 - 9, m.x0 + 9)
        out.append(
            f'<rect x="{left - 3:.1f}" y="{y - 10:.1f}" width="{right - left + 6:.1f}" '
            f'height="20" rx="9" fill="none" stroke="#111827" stroke-width="1.2" '
            f'stroke-dasharray="{ring}"/>'
        )
    x = max(m.x1, m.x0) + 14
    decoration = ' text-decoration="line-through"' if event.status == "cancelled" else ""
    out.append(
        f'<rect x="{x - 3:.1f}" y="{y - 9:.1f}" width="{CHAR * len(m.label) + 6:.1f}" height="17" '
        f'fill="{shade}"/><text x="{x:.1f}" y="{y + 4:.1f}" fill="#0f172a" stroke="{shade}" '
        f'stroke-width="3" stroke-linejoin="round" paint-order="stroke"{decoration}>'
        f"{esc(m.label)}</text>"
    )
    if event.visibility != "public":
        bx = x + len(m.label) * CHAR + 8
        badge = event.visibility.upper()
        out.append(
            f'<rect x="{bx:.1f}" y="{y - 8:.1f}" width="{len(badge) * 7 + 8}" height="16" '
            f'rx="3" fill="#111827"/><text x="{bx + 4:.1f}" y="{y + 4:.1f}" fill="#ffffff" '
            f'font-size="10" font-weight="bold">{badge}</text>'
        )
    out.append("</g>")
    return "".join(out)

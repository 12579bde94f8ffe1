"""What the drawings share: the selected events with their evidence, and their layout.

`load_view` reads the events a timeline filter selects, with their summary, evidence quotes,
sources and the links between them. Unlike the record exports it holds the selection in
memory: a drawing is for the few hundred events a person can look at, not for bulk data.

`layout` places them: one lane per kind or per country pair, a row within the lane for each
event that would overlap the one before, x from the date span (an uncertain date is a span
with soft edges, a known day a point), undated events in a column of their own.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from ..model import Event, Evidence, Link, Source
from ..model.enums import Kind
from ..query.timeline import TimelineFilter, timeline

MONTHS = (
    "January February March April May June July August September October November December"
).split()
SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
STATUS_ORDER = ("held", "planned", "tentative", "cancelled", "postponed", "declined")
CHUNK = 500


@dataclass
class SourceView:
    id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None

    @property
    def link(self) -> str | None:
        """The URL when it is a web address (never `javascript:` and the like)."""
        url = (self.url or "").strip()
        return url if url.lower().startswith(("http://", "https://")) else None


@dataclass
class EventView:
    id: str
    kind: str
    title: str
    date: str | None
    start: dt.date | None
    end: dt.date | None
    precision: str
    date_text: str | None
    status: str
    visibility: str
    participants: list[str]
    countries: list[str]
    location: str | None
    pair: str
    summary: str | None = None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (quote, source id)
    sources: list[str] = field(default_factory=list)

    @property
    def display_date(self) -> str:
        return display_date(self.date)

    @property
    def uncertain(self) -> bool:
        """A date known only to the month, season or year, or marked approximate."""
        return self.start is not None and (self.soft_start or self.soft_end)

    @property
    def soft_start(self) -> bool:
        return self.date is not None and _vague(self.date.split("/")[0])

    @property
    def soft_end(self) -> bool:
        return self.date is not None and _vague(self.date.split("/")[-1])


@dataclass
class LinkView:
    source: str  # event ids
    target: str
    relation: str


@dataclass
class TimelineView:
    title: str
    group: str
    events: list[EventView]
    links: list[LinkView]
    sources: dict[str, SourceView]

    def lane_of(self, event: EventView, group: str | None = None) -> str:
        return event.kind if (group or self.group) == "kind" else event.pair


def load_view(
    connection: Connection,
    flt: TimelineFilter | None = None,
    *,
    group: str = "kind",
    title: str | None = None,
) -> TimelineView:
    events = [_event_view(row) for row in timeline(connection, flt or TimelineFilter())]
    by_id = {e.id: e for e in events}
    ids = list(by_id)
    source_ids: set[str] = set()
    for chunk in _chunks(ids):
        for row in connection.execute(select(Event.id, Event.summary).where(Event.id.in_(chunk))):
            by_id[row.id].summary = row.summary
        for row in connection.execute(
            select(Evidence.event_id, Evidence.source_id, Evidence.quote)
            .where(Evidence.event_id.in_(chunk))
            .order_by(Evidence.event_id, Evidence.source_id, Evidence.seq)
        ):
            by_id[row.event_id].evidence.append((row.quote, row.source_id))
    for event in events:
        source_ids.update(event.sources)
    sources = {}
    for chunk in _chunks(sorted(source_ids)):
        for row in connection.execute(
            select(Source.id, Source.title, Source.url, Source.publisher, Source.published).where(
                Source.id.in_(chunk)
            )
        ):
            sources[row.id] = SourceView(
                row.id,
                row.title,
                row.url,
                row.publisher,
                row.published.isoformat() if row.published else None,
            )
    links = []
    wanted = set(ids)
    for chunk in _chunks(ids):
        for row in connection.execute(
            select(Link.from_event_id, Link.to_event_id, Link.relation).distinct()
            .where(Link.from_event_id.in_(chunk))
            .order_by(Link.from_event_id, Link.to_event_id, Link.relation)
        ):
            if row.to_event_id in wanted:
                links.append(LinkView(row.from_event_id, row.to_event_id, row.relation))
    return TimelineView(
        title=title or "relations-db timeline",
        group=group,
        events=events,
        links=links,
        sources=dict(sorted(sources.items())),
    )


def _chunks(items: list) -> list[list]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _event_view(row: dict) -> EventView:
    participants = [
        f"{p['name']} ({p['country']})" if p["country"] else p["name"] for p in row["participants"]
    ]
    own = sorted({p["country"] for p in row["participants"] if p["country"]})
    pair_countries = own if len(own) >= 2 else row["countries"]
    return EventView(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        date=row["date"],
        start=dt.date.fromisoformat(row["start"]) if row["start"] else None,
        end=dt.date.fromisoformat(row["end"]) if row["end"] else None,
        precision=row["precision"],
        date_text=row["date_text"],
        status=row["status"],
        visibility=row["visibility"],
        participants=participants,
        countries=row["countries"],
        location=row["location"],
        pair="–".join(pair_countries) if pair_countries else "no country",
        sources=row["sources"],
    )


# --- dates in words ---------------------------------------------------------------------


def _vague(part: str) -> bool:
    return part.endswith("~") or len(part.rstrip("~")) < 10


def _part_in_words(part: str) -> str:
    core = part.rstrip("~")
    about = "about " if part.endswith("~") else ""
    if len(core) == 4:
        return about + core
    month = int(core[5:7])
    if len(core) == 7:
        name = SEASONS[month] if month > 12 else MONTHS[month - 1]
        return f"{about}{name} {core[:4]}"
    return f"{about}{int(core[8:10])} {MONTHS[month - 1]} {core[:4]}"


def display_date(edtf: str | None) -> str:
    """An EDTF date in words: `2023-06` June 2023, `2022-09/2022-12` September 2022 –
    December 2022, `2023-22` Summer 2023, `2023-06~` about June 2023."""
    if not edtf:
        return "undated"
    return " – ".join(_part_in_words(part) for part in edtf.split("/"))


# --- layout -----------------------------------------------------------------------------

LEFT = 110  # lane names
PLOT = 720  # the dated part
UNDATED = 200  # the column of undated events
TOP = 56  # axis
ROW = 30
LANE_GAP = 14
CHAR = 6.4  # average width of a label character at the drawing's font size
LABEL_CHARS = 48


@dataclass
class Mark:
    event: EventView
    x0: float
    x1: float
    y: float
    label: str
    point: bool
    lane: int = 0  # index in Layout.lanes

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Lane:
    name: str
    y0: float
    y1: float


@dataclass
class Layout:
    width: float
    height: float
    lanes: list[Lane]
    marks: list[Mark]
    ticks: list[tuple[float, str]]
    undated_x: float | None
    arrows: list[tuple[Mark, Mark, str]]


def label_of(event: EventView) -> str:
    title = event.title.replace("\n", " ")
    return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1] + "…"


def layout(view: TimelineView, group: str | None = None) -> Layout:
    group = group or view.group
    dated = [e for e in view.events if e.start is not None]
    first = min((e.start for e in dated), default=dt.date.today())
    last = max((e.end for e in dated), default=first) + dt.timedelta(days=1)
    pad = max((last - first).days * 0.03, 3)
    first -= dt.timedelta(days=pad)
    last += dt.timedelta(days=pad)
    scale = PLOT / max((last - first).days, 1)
    has_undated = len(dated) < len(view.events)
    undated_x = LEFT + PLOT + 40 if has_undated else None

    def x(day: dt.date) -> float:
        return LEFT + (day - first).days * scale

    lanes_of = defaultdict(list)
    for event in view.events:
        lanes_of[view.lane_of(event, group)].append(event)
    order = [k.value for k in Kind] if group == "kind" else sorted(lanes_of)
    lanes, marks = [], []
    y = TOP
    for name in [n for n in order if n in lanes_of]:
        rows: list[float] = []  # where each row is free again
        placed = []
        for event in lanes_of[name]:
            label = label_of(event)
            if event.start is None:
                x0 = x1 = undated_x + 8
            else:
                x0, x1 = x(event.start), x(event.end + dt.timedelta(days=1))
                if not event.uncertain and event.precision == "day":
                    x0 = x1 = (x0 + x1) / 2
            right = x1 + 14 + CHAR * len(label) + (60 if event.visibility != "public" else 0)
            row = next((i for i, free in enumerate(rows) if free <= x0 - 4), None)
            if row is None or event.start is None:
                rows.append(right)
                row = len(rows) - 1
            else:
                rows[row] = right
            placed.append((event, x0, x1, row, label))
        height = max(len(rows), 1) * ROW
        for event, x0, x1, row, label in placed:
            point = x0 == x1 and event.start is not None
            marks.append(Mark(event, x0, x1, y + row * ROW + ROW / 2, label, point, len(lanes)))
        lanes.append(Lane(name, y, y + height))
        y += height + LANE_GAP
    by_id = {m.event.id: m for m in marks}
    arrows = [
        (by_id[link.source], by_id[link.target], link.relation)
        for link in view.links
        if link.source in by_id and link.target in by_id
    ]
    width = LEFT + PLOT + (UNDATED + 40 if has_undated else 20)
    width = max([width] + [m.x1 + 14 + CHAR * len(m.label) + 70 for m in marks])
    ticks = _ticks(first, last, x)
    if undated_x is not None:
        # A tick label stops short of the undated column's heading.
        ticks = [(tx, text) for tx, text in ticks if tx + 3 + CHAR * len(text) < undated_x - 18]
    return Layout(width, y + 10, lanes, marks, ticks, undated_x, arrows)


def _ticks(first: dt.date, last: dt.date, x) -> list[tuple[float, str]]:
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120, 1200) if months / s <= 12)
    out = []
    year, month = first.year, first.month
    while dt.date(year, month, 1) <= last:
        day = dt.date(year, month, 1)
        index = year * 12 + month - 1
        if day >= first and index % step == 0:
            text = str(year) if step >= 12 else f"{MONTHS[month - 1][:3]} {year}"
            out.append((x(day), text))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


# --- summary of a large selection -------------------------------------------------------

SUMMARY_PERIODS = 40  # at most this many columns


@dataclass
class Summary:
    """Counts of events per lane and period: what a static drawing shows when there are too
    many events to draw one by one."""

    periods: list[str]  # column headings
    unit: str  # "year" or "month" (or "decade")
    lanes: list[tuple[str, list[int], int]]  # lane name, counts per period, undated count
    total: int


def summarise(view: TimelineView, group: str | None = None) -> Summary:
    group = group or view.group
    dated = [e for e in view.events if e.start is not None]
    first = min((e.start for e in dated), default=dt.date.today())
    last = max((e.start for e in dated), default=first)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= SUMMARY_PERIODS:
        unit, keys = "month", _month_keys(first, last)
    elif last.year - first.year + 1 <= SUMMARY_PERIODS:
        unit, keys = "year", [str(y) for y in range(first.year, last.year + 1)]
    else:
        unit = "decade"
        keys = [f"{d}s" for d in range(first.year // 10 * 10, last.year + 1, 10)]
    column = {k: i for i, k in enumerate(keys)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(keys))
    undated: dict[str, int] = defaultdict(int)
    for event in view.events:
        lane = view.lane_of(event, group)
        if event.start is None:
            undated[lane] += 1
            continue
        day = event.start
        key = (
            f"{MONTHS[day.month - 1][:3]} {day.year}"
            if unit == "month"
            else str(day.year)
            if unit == "year"
            else f"{day.year // 10 * 10}s"
        )
        counts[lane][column[key]] += 1
    names = set(counts) | set(undated)
    order = [k.value for k in Kind] if group == "kind" else sorted(names)
    lanes = [(n, counts[n], undated[n]) for n in order if n in names]
    return Summary(keys, unit, lanes, len(view.events))


def _month_keys(first: dt.date, last: dt.date) -> list[str]:
    keys = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        keys.append(f"{MONTHS[month - 1][:3]} {year}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys

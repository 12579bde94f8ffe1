"""`export`: CSV, record documents and streams, TimelineJS, the HTML page and the SVG."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import SEEDS

from relations_db.model.enums import TIMELINE_COLUMNS

SEED_DOC = yaml.safe_load((SEEDS / "blinken-beijing-2023-06-17.yaml").read_text())
SEED_EVENTS = [
    e for section in ("meetings", "visits", "incidents", "sanctions") for e in SEED_DOC[section]
]


def test_csv_has_the_timeline_columns_and_matches_the_timeline(seeded):
    exported = seeded("export", "--format", "csv")
    assert exported.exit_code == 0, exported.output
    lines = exported.stdout.splitlines()
    assert lines[0] == ",".join(TIMELINE_COLUMNS)
    assert len(lines) == 1 + len(SEED_EVENTS)
    assert exported.stdout == seeded("timeline", "--format", "csv").stdout


def test_csv_cells_that_look_like_formulas_are_inert(run, tmp_path):
    doc = {"meetings": [{"id": "m", "title": '=HYPERLINK("http://x")', "date": "2023"}]}
    (tmp_path / "m.yaml").write_text(yaml.safe_dump(doc))
    assert run("ingest", str(tmp_path / "m.yaml")).exit_code == 0
    out = run("export", "--format", "csv").stdout
    assert "'=HYPERLINK" in out


def test_yaml_export_of_the_seeds_loads_into_an_empty_database(seeded, tmp_path, sqlite_url):
    target = tmp_path / "all.yaml"
    assert seeded("export", "-o", str(target)).exit_code == 0  # format from the suffix
    doc = yaml.safe_load(target.read_text())
    assert doc["source"]["text"] == (SEEDS / "blinken-beijing-2023-06-17.txt").read_text()
    assert {o["id"] for o in doc["officials"]} == {o["id"] for o in SEED_DOC["officials"]}
    assert len(doc["links"]) == len(SEED_DOC["links"])
    loaded = seeded("ingest", str(target), db=sqlite_url)
    assert loaded.exit_code == 0, loaded.output
    timeline = ("timeline", "--format", "json")
    assert seeded(*timeline, db=sqlite_url).stdout == seeded(*timeline).stdout


def test_reingesting_the_yaml_export_changes_nothing(seeded, tmp_path):
    target = tmp_path / "all.yaml"
    seeded("export", "--format", "yaml", "-o", str(target))
    again = seeded("ingest", str(target))
    assert " 0 new, 0 updated" in again.stdout
    assert "updated" not in again.stdout.replace("0 updated", "")


def test_filters_select_events_and_what_they_refer_to(seeded):
    out = seeded("export", "--format", "jsonl", "--kind", "visit", "--since", "2023-06")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    types = [r["type"] for r in records]
    assert types == ["source", "official", "visit"]
    assert [r["id"] for r in records[1:]] == ["antony-blinken", "2023-06-18-blinken-beijing-visit"]
    # The link to the cancelled February trip leaves with its other end.
    assert not [r for r in records if r["type"] == "link"]


def test_json_document_is_a_record_document(seeded, tmp_path, sqlite_url):
    out = seeded("export", "--format", "json", "--country", "SG")
    doc = json.loads(out.stdout)
    assert set(doc) == {"source", "officials", "meetings"}
    assert [m["id"] for m in doc["meetings"]] == ["2023-06-li-shangfu-declines-austin-meeting"]
    assert "source" not in doc["meetings"][0]  # the document's source is every record's
    (tmp_path / "sg.json").write_text(out.stdout)
    assert seeded("ingest", str(tmp_path / "sg.json"), db=sqlite_url).exit_code == 0


def test_a_document_of_several_sources_lists_them_and_reads_back(seeded, tmp_path, sqlite_url):
    second = {
        "source": {"id": "second-article", "title": "Another article", "text": "They met in January."},
        "meetings": [
            {
                "id": "other-meeting",
                "title": "Another meeting",
                "date": "2024-01",
                "evidence": [{"quote": "They met", "start": 0, "end": 8}],
            }
        ],
    }
    (tmp_path / "second.yaml").write_text(yaml.safe_dump(second))
    assert seeded("ingest", str(tmp_path / "second.yaml")).exit_code == 0
    out = seeded("export", "--format", "yaml", "-o", str(tmp_path / "out.yaml"))
    assert out.exit_code == 0, out.stderr
    doc = yaml.safe_load((tmp_path / "out.yaml").read_text())
    assert "source" not in doc
    assert [s["id"] for s in doc["sources"]] == ["cnn-2023-06-17-blinken-beijing", "second-article"]
    by_id = {m["id"]: m for m in doc["meetings"]}
    assert by_id["other-meeting"]["source"] == "second-article"
    assert by_id["2023-06-18-blinken-qin-gang-talks"]["source"] == "cnn-2023-06-17-blinken-beijing"
    # Into an empty database and out again: the same document.
    assert seeded("ingest", str(tmp_path / "out.yaml"), db=sqlite_url).exit_code == 0
    again = seeded("export", "--format", "yaml", db=sqlite_url)
    assert again.stdout == (tmp_path / "out.yaml").read_text()
    one = seeded("export", "--format", "yaml", "--since", "2024")
    assert one.exit_code == 0 and yaml.safe_load(one.stdout)["source"]["id"] == "second-article"


def test_a_second_source_is_written_as_its_own_statement_and_reads_back(seeded, tmp_path, sqlite_url):
    text = "Biden and Xi met in Bali last November."
    [summit] = [m for m in SEED_DOC["meetings"] if m["id"] == "2022-biden-xi-bali-summit"]
    summit = dict(summit)
    summit["evidence"] = [{"quote": "Biden and Xi met in Bali", "start": 0, "end": 24}]
    again = {
        "source": {"id": "second-article", "title": "Another article", "text": text},
        "meetings": [summit],
    }
    (tmp_path / "again.yaml").write_text(yaml.safe_dump(again))
    assert seeded("ingest", str(tmp_path / "again.yaml")).exit_code == 0
    out = seeded("export", "--format", "json", "--official", "Biden")
    assert out.exit_code == 0, out.stderr
    assert "warning" not in out.stderr
    statements = json.loads(out.stdout)["meetings"]
    assert [(m["id"], m["source"]) for m in statements] == [
        ("2022-biden-xi-bali-summit", "cnn-2023-06-17-blinken-beijing"),
        ("2022-biden-xi-bali-summit", "second-article"),
    ]
    assert statements[1]["evidence"] == [{"quote": "Biden and Xi met in Bali", "start": 0, "end": 24}]
    (tmp_path / "out.json").write_text(out.stdout)
    assert seeded("ingest", str(tmp_path / "out.json"), db=sqlite_url).exit_code == 0
    assert seeded("export", "--format", "json", "--official", "Biden", db=sqlite_url).stdout == out.stdout
    sources = seeded("sql", "SELECT source_id FROM event_sources WHERE event_id = '2022-biden-xi-bali-summit' ORDER BY 1", "--format", "csv", db=sqlite_url)
    assert sources.stdout.split() == ["source_id", "cnn-2023-06-17-blinken-beijing", "second-article"]


def test_a_second_source_with_fewer_fields_leaves_the_first_sources_fields(seeded, tmp_path):
    again = {
        "source": {"id": "second-article", "title": "Another article"},
        "meetings": [{"id": "2022-biden-xi-bali-summit", "title": "Biden and Xi meet in Bali"}],
    }
    (tmp_path / "again.yaml").write_text(yaml.safe_dump(again))
    assert seeded("ingest", str(tmp_path / "again.yaml")).exit_code == 0
    out = seeded("export", "--format", "jsonl")
    assert out.exit_code == 0 and out.stderr == ""
    summit = [json.loads(line) for line in out.stdout.splitlines() if "2022-biden-xi-bali-summit" in line and '"meeting"' in line]
    assert [s.get("source") for s in summit] == ["cnn-2023-06-17-blinken-beijing", "second-article"]
    row = seeded("timeline", "--official", "Biden", "--format", "json")
    [event] = json.loads(row.stdout)
    assert event["title"] == "Biden and Xi meet in Bali, Indonesia"  # the dated source's
    assert {p["name"] for p in event["participants"]} == {"Biden", "Xi Jinping"}
    assert event["sources"] == ["cnn-2023-06-17-blinken-beijing", "second-article"]


def test_bad_filter_or_format_is_a_usage_error_and_writes_nothing(seeded, tmp_path):
    target = tmp_path / "x.yaml"
    bad = seeded("export", "--format", "yaml", "--since", "2023-13", "-o", str(target))
    assert bad.exit_code == 2 and bad.stderr.startswith("error: ")
    assert not target.exists()
    unknown = seeded("export", "-o", str(tmp_path / "x.txt"))
    assert unknown.exit_code == 2 and "--format" in unknown.stderr
    assert seeded("export", "--format", "pdf").exit_code == 2


def test_export_from_a_missing_database_says_what_to_run(tmp_path):
    from click.testing import CliRunner

    from relations_db.cli import cli

    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "none.db"), "export", "--format", "csv"]
    )
    assert result.exit_code == 1 and "relations-db" in result.stderr
    assert not Path(tmp_path / "none.db").exists()


XSS = {
    "meetings": [
        {
            "id": "xss",
            "title": "<script>alert(1)</script>",
            "summary": "a & b </div>",
            "date": "2023-03~",
            "status": "postponed",
            "location": {"place": '"><img src=x onerror=alert(2)>', "country": "US"},
        }
    ],
}


@pytest.fixture
def with_xss(sqlite_url, tmp_path):
    """The seeds and an event with markup in its texts (the drawings need one backend only)."""
    from click.testing import CliRunner

    from relations_db.cli import cli

    def run(*args):
        return CliRunner().invoke(cli, ["--db", sqlite_url, *args], catch_exceptions=False)

    (tmp_path / "xss.yaml").write_text(yaml.safe_dump(XSS))
    assert run("ingest", str(SEEDS), str(tmp_path / "xss.yaml")).exit_code == 0
    return run


def page_data(page: str) -> dict:
    """The events a page carries: its JSON block (gzip and base64 in a large page), as the
    page's script reads it."""
    import base64
    import gzip

    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S)
    if block:
        return json.loads(block.group(1))
    packed = re.search(r'id="timeline-data" data-encoding="gzip\+base64">(.*?)</script>', page, re.S)
    return json.loads(gzip.decompress(base64.b64decode(packed.group(1))))


def test_a_large_page_carries_the_same_data_compressed(seeded_readonly, monkeypatch):
    from relations_db.output import html

    plain = seeded_readonly("export", "--format", "html").stdout
    monkeypatch.setattr(html, "COMPRESS_ABOVE", 3)  # the seeds count as large
    packed = seeded_readonly("export", "--format", "html").stdout
    assert 'data-encoding="gzip+base64"' in packed and "application/json" not in packed
    assert page_data(packed) == page_data(plain)
    block = packed.split('id="timeline-data"')[1].split("</script>")[0]
    assert "Blinken" not in block  # no text left in the clear


def test_html_is_self_contained_and_escapes_the_data(with_xss, tmp_path):
    page = with_xss("export", "--format", "html").stdout
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts == ['<script type="application/json" id="timeline-data">', "<script>"]
    assert "<script>alert(1)" not in page and "\\u003cscript\\u003ealert(1)" in page
    assert "<img" not in page and "onerror" not in page.split("timeline-data")[0]
    assert "default-src &#x27;none&#x27;" in page  # the Content Security Policy
    # No fetch of anything: no src/href to another resource, no remote URL but source links.
    assert not re.search(r"<[^>]*\ssrc=", page) and "@import" not in page
    assert "url(http" not in page
    data = page_data(page)
    titles = data["events"]["title"]
    assert "<script>alert(1)</script>" in titles  # the data itself intact, as text
    assert sorted(titles) == sorted([e["title"] for e in SEED_EVENTS] + [XSS["meetings"][0]["title"]])
    xss = titles.index("<script>alert(1)</script>")
    assert data["tables"]["place"][data["events"]["place"][xss]] == '"><img src=x onerror=alert(2)>, US'
    assert data["summary"][str(xss)] == "a & b </div>"


def test_the_page_data_is_columnar_with_string_tables(seeded_readonly):
    """Compact at scale: one list per field, repeated texts (kinds, people, sources) once."""
    data = page_data(seeded_readonly("export", "--format", "html").stdout)
    events = data["events"]
    assert len(events["id"]) == len(SEED_EVENTS)
    assert all(len(column) == len(SEED_EVENTS) for column in events.values())
    assert data["tables"]["kind"][:4] == ["meeting", "visit", "incident", "sanction"]
    assert len(data["tables"]["source"]) == 1 and data["tables"]["source"][0][3] == "CNN"
    dinner = events["id"].index("2023-06-18-blinken-qin-gang-dinner")
    assert data["tables"]["date"][events["date"][dinner]] == "18 June 2023"
    assert events["flags"][dinner] == 4  # a point
    people = {data["tables"]["people"][p] for p in events["people"][dinner]}
    assert people == {"Antony Blinken (US)", "Qin Gang (CN)"}
    balloon = events["id"].index("2023-02-chinese-spy-balloon")
    assert events["flags"][balloon] == 3 and events["span"][balloon] == 27  # soft, all February
    starts, day = [], 0
    for delta in events["start"]:
        if delta is not None:
            day += delta
            starts.append(day)
    assert starts == sorted(starts)  # differences from the previous dated event
    assert len(data["links"]) == 3 * len(SEED_DOC["links"])


def test_control_characters_leave_the_svg_and_page_valid(run, tmp_path):
    """ESC, BEL and the like are not allowed in XML 1.0: they become U+FFFD, the rest stays."""
    from xml.etree import ElementTree

    doc = {
        "meetings": [
            {
                "id": "esc",
                "title": "Talks \x1b[31mred\x1b[0m and a \x07 bell",
                "summary": "form\x0cfeed",
                "date": "2023-06-01",
                "location": {"place": "Vertical\x0btab", "country": "US"},
            }
        ]
    }
    (tmp_path / "esc.yaml").write_text(yaml.safe_dump(doc))
    assert run("ingest", str(tmp_path / "esc.yaml")).exit_code == 0
    svg = run("export", "--format", "svg").stdout
    root = ElementTree.fromstring(svg.encode())  # the bug: "not well-formed (invalid token)"
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Talks \ufffd[31mred\ufffd[0m and a \ufffd bell" in texts
    page = run("export", "--format", "html").stdout
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
    assert not forbidden.search(page)
    data = page_data(page)
    assert data["events"]["title"] == ["Talks \ufffd[31mred\ufffd[0m and a \ufffd bell"]
    assert data["summary"]["0"] == "form\ufffdfeed"
    assert data["tables"]["place"] == ["Vertical\ufffdtab, US"]


def test_a_large_svg_export_draws_counts_and_says_so(run, tmp_path):
    from xml.etree import ElementTree

    from conftest import synthetic_records, write_records

    from relations_db.output.svg import SVG_MAX_EVENTS

    n = SVG_MAX_EVENTS + 60
    records = synthetic_records(n, seed=4)
    assert run("ingest", str(write_records(tmp_path / "load.jsonl", records))).exit_code == 0
    ns = "{http://www.w3.org/2000/svg}"
    root = ElementTree.fromstring(run("export", "--format", "svg").stdout.encode())
    notes = [t.text for t in root.iter(f"{ns}text") if t.get("class") == "note"]
    assert notes and notes[0].startswith(f"{n} events: too many to draw one by one")
    assert not [g for g in root.iter(f"{ns}g") if g.get("data-id")]  # no mark per event
    lanes = {g.get("data-lane"): int(g.get("data-total")) for g in root.iter(f"{ns}g") if g.get("data-lane")}
    kinds = [r["type"] for r in records if r["type"] in ("meeting", "visit", "incident", "sanction")]
    assert lanes == {k: kinds.count(k) for k in set(kinds)}
    assert int(root.get("height")) < 400  # a picture, not a scroll
    # A selection small enough is drawn event by event, as before.
    small = ElementTree.fromstring(run("export", "--format", "svg", "--kind", "sanction").stdout.encode())
    marks = [g.get("data-id") for g in small.iter(f"{ns}g") if g.get("data-id")]
    assert len(marks) == kinds.count("sanction") <= SVG_MAX_EVENTS


def test_record_export_work_grows_with_the_events_not_their_pairs(tmp_path):
    # SQLite answered "from IN (selected) AND to IN (selected)" by probing the links index
    # for every pair of selected events: 8,000 events took about a minute, 20,000 two.
    # The work is counted in SQLite's virtual machine steps, not timed: twice the events
    # must cost about twice the steps (the pairs cost four times).
    from click.testing import CliRunner
    from sqlalchemy import Engine, event

    from relations_db.cli import cli
    from relations_db.synthetic import write_jsonl

    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0  # go on

    def count(dbapi_connection, _record):
        dbapi_connection.set_progress_handler(step, 100)  # every 100 VM instructions

    runner = CliRunner()
    work = {}
    for n in (1500, 3000):
        url = f"sqlite:///{tmp_path / f'{n}.db'}"
        load = tmp_path / f"{n}.jsonl"
        write_jsonl(load, n, seed=5)
        assert runner.invoke(cli, ["--db", url, "ingest", str(load)]).exit_code == 0
        out = tmp_path / f"{n}.out.jsonl"
        event.listen(Engine, "connect", count)
        try:
            steps[0] = 0
            result = runner.invoke(cli, ["--db", url, "export", "-o", str(out)])
        finally:
            event.remove(Engine, "connect", count)
        assert result.exit_code == 0, result.output
        work[n] = steps[0]
        links = [line for line in out.read_text().splitlines() if '"type": "link"' in line]
        assert links and len(links) == sum('"type": "link"' in line for line in load.open())
    assert work[3000] < 2.6 * work[1500], work


def test_svg_is_a_standalone_image_with_the_same_events(with_xss):
    from xml.etree import ElementTree

    svg = with_xss("export", "--format", "svg", "--group", "pair").stdout
    root = ElementTree.fromstring(svg.encode())  # well-formed XML, text escaped
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    ns = "{http://www.w3.org/2000/svg}"
    ids = [g.get("data-id") for g in root.iter(f"{ns}g") if g.get("data-id")]
    assert sorted(ids) == sorted([e["id"] for e in SEED_EVENTS] + ["xss"])
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "<script>alert(1)</script>" in texts  # drawn as text
    assert "CN–US" in texts and "SECRET" in texts and "LOW-KEY" in texts
    # The uncertain balloon date is a span with soft edges; a known day is a point.
    balloon = next(
        g for g in root.iter(f"{ns}g") if g.get("data-id") == "2023-02-chinese-spy-balloon"
    )
    assert balloon.find(f"{ns}rect").get("fill").startswith("url(#pair-soft-")
    dinner = next(
        g for g in root.iter(f"{ns}g") if g.get("data-id") == "2023-06-18-blinken-qin-gang-dinner"
    )
    assert dinner.find(f"{ns}circle") is not None
    assert len([g for g in root.iter(f"{ns}g") if g.get("class") == "link"]) == len(
        SEED_DOC["links"]
    )


def test_svg_axis_labels_stay_clear_of_the_undated_column(seeded_readonly):
    """On the seeds a "Jan 2025"-style tick ran into the "undated" heading."""
    from xml.etree import ElementTree

    from relations_db.output.drawing import CHAR

    ns = "{http://www.w3.org/2000/svg}"
    root = ElementTree.fromstring(seeded_readonly("export", "--format", "svg").stdout.encode())
    axis = [t for t in root.iter(f"{ns}text") if t.get("y") == "26"]
    undated = next(t for t in axis if t.text == "undated")
    ticks = [t for t in axis if t is not undated]
    assert ticks
    for tick in ticks:
        # A gap of 12 px at least (the old drawing left 6 px after "Jul 2023", and none
        # when the range ended in December).
        assert float(tick.get("x")) + CHAR * len(tick.text) < float(undated.get("x")) - 12, tick.text


def test_svg_labels_are_painted_over_the_arrows(seeded_readonly):
    """Part-of arrows ran through the seed labels: now every label lies on an opaque box of
    its lane's colour, painted after all arrows, so an arrow is hidden where a label is."""
    from xml.etree import ElementTree

    from relations_db.output.drawing import CHAR

    ns = "{http://www.w3.org/2000/svg}"
    root = ElementTree.fromstring(seeded_readonly("export", "--format", "svg").stdout.encode())
    groups = [g for g in root if g.tag == f"{ns}g"]
    links = [n for n, g in enumerate(groups) if g.get("class") == "link"]
    events = [n for n, g in enumerate(groups) if g.get("data-id")]
    assert len(links) == len(SEED_DOC["links"]) and max(links) < min(events)
    lane_colours = {"#f8fafc", "#f1f5f9"}
    for group in (groups[n] for n in events):
        children = list(group)
        label = next(c for c in children if c.tag == f"{ns}text")
        box = children[children.index(label) - 1]
        assert box.tag == f"{ns}rect" and box.get("fill") in lane_colours
        assert float(box.get("x")) < float(label.get("x"))
        assert float(box.get("width")) >= CHAR * len(label.text)


def check_timelinejs_date(date: dict) -> None:
    """TimelineJS3 date object: year a number; month 1-12 and day 1-31 optional, a day only
    with a month (https://timeline.knightlab.com/docs/json-format.html)."""
    assert set(date) <= {
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "millisecond",
        "display_date",
    }
    assert isinstance(date["year"], int)
    if "day" in date:
        assert "month" in date and isinstance(date["day"], int) and 1 <= date["day"] <= 31
    if "month" in date:
        assert isinstance(date["month"], int) and 1 <= date["month"] <= 12


def test_timelinejs_follows_the_documented_format(with_xss):
    data = json.loads(with_xss("export", "--format", "timelinejs").stdout)
    assert set(data) <= {"events", "title", "eras", "scale"}
    assert isinstance(data["events"], list) and data["events"]
    assert set(data["title"]) <= {"text", "media", "background", "unique_id"}
    slides = {e["unique_id"]: e for e in data["events"]}
    assert len(slides) == len(data["events"])  # unique ids
    allowed = {
        "start_date",
        "end_date",
        "text",
        "media",
        "group",
        "display_date",
        "background",
        "autolink",
        "unique_id",
    }
    for slide in data["events"]:
        assert set(slide) <= allowed
        check_timelinejs_date(slide["start_date"])
        if "end_date" in slide:
            check_timelinejs_date(slide["end_date"])
            key = lambda d: (d["year"], d.get("month", 0), d.get("day", 0))  # noqa: E731
            assert key(slide["end_date"]) >= key(slide["start_date"])
        assert set(slide["text"]) <= {"headline", "text"}
        assert isinstance(slide["group"], str) and isinstance(slide["display_date"], str)
    # Only the precision the record has: a month has no day, a season spans its months.
    assert slides["2023-02-chinese-spy-balloon"]["start_date"] == {"year": 2023, "month": 2}
    assert "end_date" not in slides["2023-02-chinese-spy-balloon"]
    assert slides["2023-02-chinese-spy-balloon"]["display_date"].startswith("February 2023")
    assert slides["2023-02-chinese-spy-balloon"]["group"] == "incident"
    bali = slides["2022-biden-xi-bali-summit"]
    assert (bali["start_date"], bali["end_date"]) == (
        {"year": 2022, "month": 9},
        {"year": 2022, "month": 12},
    )
    assert slides["2023-06-18-blinken-qin-gang-dinner"]["start_date"] == {
        "year": 2023,
        "month": 6,
        "day": 18,
    }
    assert slides["xss"]["display_date"] == "about March 2023"
    # Evidence quote and source in the text; the data escaped.
    text = slides["2023-02-chinese-spy-balloon"]["text"]["text"]
    assert "an alleged Chinese spy balloon was floating over American territory" in text
    assert "Blinken set to land in China on delayed trip to stabilize ties" in text
    assert slides["xss"]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    # Undated events cannot be placed: they are named on the title slide.
    assert "Jake Sullivan meets his Chinese counterpart in Vienna" in data["title"]["text"]["text"]
    paired = json.loads(with_xss("export", "--format", "timelinejs", "--group", "pair").stdout)
    assert {e["group"] for e in paired["events"]} >= {"CN–US"}

"""Browser figures of the HTML export: how big the page of N generated events is, how soon
headless Chromium draws it, and how long a zoom step, a search and a filter take there.

    python bench/browser.py                       # 10k and 100k events, docs/benchmarks-browser.md
    python bench/browser.py --sizes 10000 --out -  # one size, the table on stdout

Events come from relations_db.synthetic (the same generator as bench/run.py), are ingested
into a temporary SQLite file with the CLI and exported with `export -o timeline.html` (and
`.svg`). Each page is opened three times from a blank tab; the figures are medians. Needs
the test extras (websockets) and Chromium (`apt-get install chromium`); the DevTools client
is the browser tests' own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_export_browser import chromium_devtools  # noqa: E402

from relations_db.synthetic import write_jsonl  # noqa: E402

RUNS = 3


def cli(url: str, *args: str) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "relations_db", "--db", url, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def measure_page(browser, page: Path) -> dict:
    first_draws, loads = [], []
    for _ in range(RUNS):
        browser.open(page)
        first_draws.append(browser.js("window.relationsTimeline.firstDraw"))
        loads.append(browser.js("performance.getEntriesByType('navigation')[0].loadEventEnd"))
    frame = browser.frame()
    out = {
        "first_draw_ms": statistics.median(first_draws),
        "load_ms": statistics.median(loads),
        "drawn_at_open": len(frame["drawn"]),
        "counted_at_open": frame["counted"],
    }
    # Zoom in step by step from the whole range to days, then out again, with the wheel.
    middle = (frame["plotLeft"] + frame["width"]) / 2
    draws = []
    for delta in [-300] * 14 + [300] * 14:
        browser.mouse("mouseWheel", middle, 200, deltaX=0, deltaY=delta)
        browser.settle()
        draws.append(browser.js("window.relationsTimeline.drawMs"))
    out["zoom_draw_ms_median"] = statistics.median(draws)
    out["zoom_draw_ms_max"] = max(draws)
    began = time.perf_counter()
    browser.type_into("search", '"Official CN 007"')
    out["search_ms"] = browser.js("window.relationsTimeline.filterMs") + browser.js("window.relationsTimeline.drawMs")
    out["search_round_trip_s"] = time.perf_counter() - began  # includes the 150 ms typing pause
    out["search_matches"] = browser.frame()["matching"]
    browser.type_into("search", "")
    browser.js("document.querySelectorAll('details[data-filter=\"kind\"] input')[1].click()")
    browser.settle()
    out["filter_ms"] = browser.js("window.relationsTimeline.filterMs") + browser.js("window.relationsTimeline.drawMs")
    return out


def run(sizes: list[int]) -> list[dict]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        sys.exit("Chromium is not installed (Debian: apt-get install chromium)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with chromium_devtools(folder / "profile", executable) as browser:
            version = browser.call("Browser.getVersion")["product"]
            for n in sizes:
                print(f"{n:,} events: generating and ingesting", file=sys.stderr)
                url = f"sqlite:///{folder / f'{n}.db'}"
                jsonl = folder / f"{n}.jsonl"
                write_jsonl(jsonl, n)
                cli(url, "ingest", str(jsonl))
                page, svg = folder / f"{n}.html", folder / f"{n}.svg"
                row = {"events": n, "chromium": version}
                row["export_html_s"] = cli(url, "export", "-o", str(page))
                row["export_svg_s"] = cli(url, "export", "-o", str(svg))
                row["html_mb"] = page.stat().st_size / 2**20
                row["html_bytes_per_event"] = page.stat().st_size / n
                row["svg_kb"] = svg.stat().st_size / 2**10
                print(f"{n:,} events: in Chromium", file=sys.stderr)
                row.update(measure_page(browser, page))
                results.append(row)
                print(json.dumps(row), file=sys.stderr)
    return results


def markdown(results: list[dict]) -> str:
    def col(key: str, fmt: str) -> str:
        return " | ".join(format(r[key], fmt) for r in results)

    heads = " | ".join(f"{r['events']:,} events" for r in results)
    rows = [
        ("HTML page size (MB)", col("html_mb", ".1f")),
        ("bytes per event", col("html_bytes_per_event", ".0f")),
        ("export to HTML (s, CLI start included)", col("export_html_s", ".1f")),
        ("SVG export size (KB; counts per lane and period)", col("svg_kb", ".0f")),
        ("**time to first draw (ms from navigation start)**", col("first_draw_ms", ".0f")),
        ("load event end (ms; a compressed page draws after it)", col("load_ms", ".0f")),
        ("events drawn / counted at open", " | ".join(f"{r['drawn_at_open']} / {r['counted_at_open']:,}" for r in results)),
        ("one wheel zoom step, draw (ms, median)", col("zoom_draw_ms_median", ".1f")),
        ("one wheel zoom step, draw (ms, slowest of 28)", col("zoom_draw_ms_max", ".1f")),
        ('search `"Official CN 007"`: filter + draw (ms)', col("search_ms", ".0f")),
        ("kind filter (untick one): filter + draw (ms)", col("filter_ms", ".0f")),
    ]
    table = [f"| | {heads} |", "|---|" + "---|" * len(results)]
    table += [f"| {name} | {values} |" for name, values in rows]
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {results[0]['chromium']}"
    return "\n".join(
        [
            "# Browser figures of the HTML export",
            "",
            "Generated by `python bench/browser.py` (relations_db.synthetic events, ingested into",
            "SQLite, `relations-db export -o timeline.html`), opened in headless Chromium over the",
            f"DevTools protocol at 1500 x 900 px, {RUNS} opens per page, medians. Machine: {machine},",
            "shared with other work while it ran, so read the figures as an order of magnitude.",
            "",
            *table,
            "",
            "- *Time to first draw* is `performance.now()` when the page's first canvas frame is",
            "  drawn: reading the HTML, unpacking the data (base64 and gzip past 2,000 events),",
            "  parsing the JSON, decoding the columns, filtering, laying out and painting. The page",
            "  is usable from then on.",
            "- A *zoom step* is one wheel event (a factor of about 1.8) from the whole range down",
            "  to days and back; the figure is the page's own layout and paint of the frame.",
            "- The page draws what fits (at most 6 rows per kind lane, 3 per country-pair lane) and",
            "  counts the rest per lane and axis period, so the work per frame grows with the",
            "  events in view, and the paint with what is drawn: a few hundred marks at most.",
            "- The search builds its lower-case index of titles, participants, evidence and",
            "  summaries at the first search; later searches only scan it.",
            "- Size: events travel as JSON columns with string tables (kinds, statuses, dates in",
            "  words, countries, people, places, sources); what remains per event is mostly its own",
            "  text: id, title and evidence quotes. Past 2,000 events that JSON is gzip-compressed",
            "  and base64-encoded in the page (about a quarter of its size).",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks-browser.md"), help="'-' for stdout")
    args = parser.parse_args()
    text = markdown(run([int(s) for s in args.sizes.split(",")]))
    if args.out == "-":
        print(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

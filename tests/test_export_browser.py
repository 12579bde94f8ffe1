"""The HTML export in a real browser: headless Chromium, driven over the DevTools protocol.

Two pages: the seed data, and 10,000 generated events (relations_db.synthetic). The tests
drive them as a person would (mouse wheel, drag, keys, buttons, typing, clicks on the
canvas) and check what the page then shows against the `timeline` command's answer for the
same question. Screenshots go to test-artifacts/ and must show drawn marks. Without
Chromium the tests are skipped, unless CI is set (`.ci/run` installs Chromium), where they
fail.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import ROOT, SEEDS, synthetic_records, write_records

from relations_db.cli import cli

ARTIFACTS = ROOT / "test-artifacts"
SEED_DOC = yaml.safe_load((SEEDS / "blinken-beijing-2023-06-17.yaml").read_text())
SEED_EVENTS = {
    e["id"]: e
    for section in ("meetings", "visits", "incidents", "sanctions")
    for e in SEED_DOC[section]
}
BIG = 10_000


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        message = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


class DevTools:
    """A minimal Chrome DevTools Protocol client over one page's websocket."""

    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no {method} within {timeout}s"
            try:
                self.events.append(json.loads(self.ws.recv(timeout=remaining)))
            except TimeoutError:
                continue

    def drain(self, seconds: float) -> None:
        """Collect what the page does for a while (late requests, timers)."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=remaining)))
            except TimeoutError:
                break

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def until(self, expression: str, timeout: float = 10):
        """Wait for the page's timers (debounced typing, the next frame) to settle."""
        deadline = time.monotonic() + timeout
        while not (value := self.js(expression)):
            assert time.monotonic() < deadline, f"never true: {expression}"
            self.drain(0.05)
        return value

    # --- a person's input ---------------------------------------------------------------

    def open(self, page: Path, fragment: str = "") -> None:
        """A fresh load of the page (from a blank page, so a new fragment is a new load)."""
        self.events.clear()
        self.call("Page.navigate", url="about:blank")
        self.wait_for("Page.loadEventFired")
        self.events.clear()
        self.call("Page.navigate", url=page.as_uri() + fragment)
        self.wait_for("Page.loadEventFired", timeout=60)
        self.until("document.documentElement.dataset.drawn === 'yes'")
        self.settle()

    def settle(self) -> None:
        """Until the page has nothing waiting (typing pause, frame, list, fragment), then two
        animation frames: the page shows the last input."""
        self.drain(0.05)
        self.until("window.relationsTimeline.idle()")
        self.call(
            "Runtime.evaluate",
            expression="new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))",
            awaitPromise=True,
        )

    def frame(self) -> dict:
        return self.js("window.relationsTimeline.frame")

    def view(self) -> dict:
        return self.js("window.relationsTimeline.view()")

    def canvas_point(self, x: float, y: float) -> tuple[float, float]:
        box = self.js("(r => [r.left, r.top])(document.getElementById('timeline').getBoundingClientRect())")
        return box[0] + x, box[1] + y

    def mouse(self, kind: str, x: float, y: float, **extra) -> None:
        px, py = self.canvas_point(x, y)
        self.call("Input.dispatchMouseEvent", type=kind, x=px, y=py, **extra)

    def click_canvas(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", buttons=1, clickCount=1)
        self.mouse("mouseReleased", x, y, button="left", buttons=0, clickCount=1)
        self.settle()

    def key(self, key: str, code: int) -> None:
        self.js("document.getElementById('timeline').focus()")
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent", type=kind, key=key, windowsVirtualKeyCode=code, nativeVirtualKeyCode=code
            )
        self.settle()

    def type_into(self, element_id: str, text: str) -> None:
        self.js(f"(e => {{ e.focus(); e.select(); }})(document.getElementById({json.dumps(element_id)}))")
        self.call("Input.insertText", text=text)
        self.settle()

    def click(self, selector: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).click()")
        self.settle()

    def listed(self) -> list[str]:
        return self.js("Array.from(document.querySelectorAll('#events tbody tr')).map(r => r.dataset.id)")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        shot = self.call("Page.captureScreenshot", format="png")
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


@contextmanager
def chromium_devtools(profile: Path, executable: str, width: int = 1500, height: int = 900):
    """Headless Chromium with one page, driven over DevTools (bench/browser.py uses it too)."""
    process = subprocess.Popen(
        [
            executable,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            assert process.poll() is None, "Chromium exited"
            assert time.monotonic() < deadline, "Chromium did not open its DevTools port"
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            pages = [t for t in json.load(answer) if t["type"] == "page"]
        from websockets.sync.client import connect

        with connect(pages[0]["webSocketDebuggerUrl"], max_size=None, open_timeout=20) as ws:
            tools = DevTools(ws)
            for domain in ("Network", "Page", "Runtime", "Log"):
                tools.call(f"{domain}.enable")
            tools.call(
                "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False
            )
            yield tools
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium_devtools(tmp_path_factory.mktemp("chromium") / "profile", chromium()) as tools:
        yield tools


def _cli(url: str, *args: str):
    result = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seed-page")
    url = f"sqlite:///{folder / 'relations.db'}"
    _cli(url, "ingest", str(SEEDS))
    _cli(url, "export", "-o", str(folder / "timeline.html"))
    return folder / "timeline.html"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """10,000 generated events in SQLite, exported as a page: (page, database url, records)."""
    folder = tmp_path_factory.mktemp("big-page")
    url = f"sqlite:///{folder / 'relations.db'}"
    records = synthetic_records(BIG, seed=1)
    _cli(url, "ingest", str(write_records(folder / "events.jsonl", records)))
    _cli(url, "export", "-o", str(folder / "timeline.html"))
    return folder / "timeline.html", url, records


def timeline_ids(url: str, *args: str) -> list[str]:
    return [e["id"] for e in json.loads(_cli(url, "timeline", "--format", "json", *args).stdout)]


# --- what every frame must satisfy --------------------------------------------------------


def _crosses(box, points) -> bool:
    x0, y0, x1, y1 = box
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if max(ax, bx) < x0 or min(ax, bx) > x1 or max(ay, by) < y0 or min(ay, by) > y1:
            continue
        # Sample the segment: a crossing of a 14 px high box shows within a pixel.
        steps = int(max(abs(bx - ax), abs(by - ay))) + 1
        for s in range(steps + 1):
            x, y = ax + (bx - ax) * s / steps, ay + (by - ay) * s / steps
            if x0 <= x <= x1 and y0 <= y <= y1:
                return True
    return False


def assert_labels_clear(frame: dict) -> None:
    """No label overlaps another label, an arrow or the axis; axis labels do not collide."""
    boxes = [(lab["id"], lab["box"]) for lab in frame["labels"] if lab["box"]]
    assert boxes, "no label drawn"
    for n, (a_id, a) in enumerate(boxes):
        assert a[1] >= frame["axis"], f"the label of {a_id} reaches into the axis"
        for b_id, b in boxes[n + 1 :]:
            overlap = a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5
            assert not overlap, f"labels of {a_id} and {b_id} overlap"
        for arrow in frame["arrows"]:
            assert not _crosses(a, arrow), f"an arrow runs through the label of {a_id}"
    for row in (0, 1):
        ticks = sorted((t["x"], t["x"] + t["w"]) for t in frame["ticks"] if t["row"] == row)
        for (_, right), (left, _) in zip(ticks, ticks[1:], strict=False):
            assert right <= left, f"axis labels collide: {frame['ticks']}"
        assert all(t["x"] >= frame["plotLeft"] for t in frame["ticks"])


def drawn_pixels(png: Path, browser: DevTools) -> tuple[int, int]:
    """Pixels of the canvas in a screenshot that are marks (saturated colour) or dark text."""
    from PIL import Image

    x, y, w, h = browser.js(
        "(r => [r.left, r.top, r.width, r.height])(document.getElementById('timeline').getBoundingClientRect())"
    )
    image = Image.open(io.BytesIO(png.read_bytes())).convert("RGB")
    area = image.crop((int(x), int(y), int(x + w), int(min(y + h, image.height))))
    marks = text = 0
    for r, g, b in area.get_flattened_data():
        if max(r, g, b) - min(r, g, b) > 60:
            marks += 1
        elif max(r, g, b) < 90:
            text += 1
    return marks, text


def assert_offline_and_clean(browser: DevTools, page: Path) -> None:
    requested = [
        e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requested == [page.as_uri()]  # the page itself, from the file, and nothing else
    assert not [e for e in browser.events if e.get("method") == "Network.loadingFailed"]
    errors = [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
    assert not errors, errors
    logged = [
        e["params"]["entry"]["text"]
        for e in browser.events
        if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"
    ]
    assert not logged, logged  # a Content Security Policy violation would be logged here


# --- the seed page --------------------------------------------------------------------------


def test_the_seed_page_draws_every_event_offline(browser, seed_page):
    browser.open(seed_page)
    frame = browser.frame()
    dated = {i for i, e in SEED_EVENTS.items() if e.get("date")}
    assert set(frame["drawn"]) == dated  # every dated event drawn, on the time axis
    assert set(frame["undated"]) == set(SEED_EVENTS) - dated  # the rest in their own strip
    assert frame["counted"] == 0
    assert sorted(browser.listed()) == sorted(SEED_EVENTS)  # and listed for reading
    text = browser.js("document.body.innerText")
    for event in SEED_EVENTS.values():
        assert event["title"] in text
    assert_labels_clear(frame)
    assert any(t["text"] == "Jun" for t in frame["ticks"])

    # Hovering over the balloon shows its evidence quote and its source.
    balloon = next(lab for lab in frame["labels"] if lab["id"] == "2023-02-chinese-spy-balloon")
    browser.mouse("mouseMoved", balloon["box"][0] + 20, (balloon["box"][1] + balloon["box"][3]) / 2)
    browser.settle()
    details = browser.js("document.getElementById('details').innerText")
    assert "an alleged Chinese spy balloon was floating over American territory" in details
    assert "Blinken set to land in China" in details  # the source's title

    shot = browser.screenshot("timeline.png")
    marks, text = drawn_pixels(shot, browser)
    assert marks > 300 and text > 2000, (marks, text)

    # The lanes switch to country pairs.
    browser.click('button[data-group="pair"]')
    assert "CN–US" in [lane["name"] for lane in browser.frame()["lanes"]]
    assert "g=pair" in browser.js("location.hash")
    assert_offline_and_clean(browser, seed_page)


def test_the_evidence_panel_shows_quotes_sources_and_follows_links(browser, seed_page):
    browser.open(seed_page)
    frame = browser.frame()
    cancelled = "2023-02-blinken-china-visit"
    assert cancelled in frame["drawn"], frame["drawn"]
    label = next(lab for lab in frame["labels"] if lab["id"] == cancelled)
    browser.click_canvas(label["box"][0] + 10, (label["box"][1] + label["box"][3]) / 2)
    assert browser.view()["selected"] == cancelled
    panel = browser.js("document.getElementById('details').innerText")
    assert SEED_EVENTS[cancelled]["title"] in panel
    quote = SEED_EVENTS[cancelled]["evidence"][0]["quote"]
    assert " ".join(quote.split()) in " ".join(panel.split())
    assert "Source: Blinken set to land in China on delayed trip to stabilize ties (CNN, 2023-06-17)" in panel
    related = browser.js(
        "Array.from(document.querySelectorAll('#details button.related')).map(b => [b.dataset.id, b.textContent])"
    )
    target = next(i for i, text in related if "rescheduled-as" in text)
    browser.click(f'#details button.related[data-id="{target}"]')
    assert browser.view()["selected"] == target
    assert SEED_EVENTS[target]["title"] in browser.js("document.getElementById('details').innerText")
    assert target in browser.frame()["drawn"]
    assert f"event={target}" in browser.js("location.hash")


# --- ten thousand events ---------------------------------------------------------------------


def test_the_10k_page_opens_drawing_what_fits_and_counting_the_rest(browser, big):
    page, _, _ = big
    assert 'data-encoding="gzip+base64"' in page.read_text()  # the compressed form of the data
    assert page.stat().st_size < 600_000
    browser.open(page)
    assert browser.js("window.relationsTimeline.firstDraw") > 0
    frame = browser.frame()
    assert frame["matching"] == frame["inView"] == BIG
    assert 50 < len(frame["drawn"]) < 1000
    assert len(frame["drawn"]) + frame["counted"] == BIG
    for lane in frame["lanes"]:  # every event not drawn is in its lane's counts
        shown = sum(b["count"] for b in frame["bins"] if b["lane"] == lane["name"])
        assert shown == lane["counted"], lane
    assert_labels_clear(frame)
    view = browser.view()
    assert view["t1"] - view["t0"] > 10 * 365  # decades
    shot = browser.screenshot("timeline-10k.png")
    marks, text = drawn_pixels(shot, browser)
    assert marks > 1500 and text > 10000, (marks, text)
    assert_offline_and_clean(browser, page)


def test_zoom_by_wheel_keys_buttons_and_drag_goes_from_decades_to_days(browser, big):
    page, _, records = big
    browser.open(page)
    frame, view = browser.frame(), browser.view()
    span = view["t1"] - view["t0"]
    middle = (frame["plotLeft"] + frame["width"]) / 2

    browser.mouse("mouseWheel", middle, 200, deltaX=0, deltaY=-300)
    browser.settle()
    wheeled = browser.view()
    assert wheeled["t1"] - wheeled["t0"] < span * 0.75
    assert browser.frame()["inView"] < BIG

    for _ in range(12):  # "+" halves the span each time, down to a few days
        browser.key("+", 187)
    days = browser.view()
    assert days["t1"] - days["t0"] <= 3
    frame = browser.frame()
    # At day level every event known to the day is drawn (long spans may be counted).
    epoch = dt.date(1970, 1, 1)
    on_days = {
        r["id"]
        for r in records
        if len(r.get("date", "")) == 10
        and days["t0"] <= (dt.date.fromisoformat(r["date"]) - epoch).days
        and (dt.date.fromisoformat(r["date"]) - epoch).days + 1 <= days["t1"]
    }
    assert on_days and on_days <= set(frame["drawn"]), (on_days, frame["drawn"])
    assert [t for t in frame["ticks"] if t["row"] == 1 and t["text"].isdigit() and int(t["text"]) <= 31]
    assert_labels_clear(frame)

    browser.key("ArrowRight", 39)
    moved = browser.view()
    assert moved["t0"] > days["t0"]

    x0 = browser.view()["t0"]
    browser.mouse("mousePressed", middle, 200, button="left", buttons=1, clickCount=1)
    browser.mouse("mouseMoved", middle - 200, 200, buttons=1)
    browser.mouse("mouseReleased", middle - 200, 200, button="left", buttons=0, clickCount=1)
    browser.settle()
    dragged = browser.view()
    assert dragged["t0"] > x0  # dragging to the left shows later days

    browser.key("-", 189)
    assert browser.view()["t1"] - browser.view()["t0"] > dragged["t1"] - dragged["t0"]
    browser.click("#zoom-out")
    browser.click("#zoom-in")
    browser.click("#fit")
    assert browser.view()["t1"] - browser.view()["t0"] > 10 * 365
    assert_labels_clear(browser.frame())


FILTER_CASES = [
    ("kind", ["visit"], ["--kind", "visit"]),
    ("status", ["cancelled"], ["--status", "cancelled"]),
    ("visibility", ["secret"], ["--visibility", "secret"]),
    ("country", ["CN", "US"], ["--country", "CN", "--country", "US"]),
]


@pytest.mark.parametrize(("name", "values", "option"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_each_filter_shows_what_the_timeline_command_selects(browser, big, name, values, option):
    page, url, _ = big
    browser.open(page)
    choices = browser.js(
        f"Array.from(document.querySelectorAll('details[data-filter=\"{name}\"] label')).map(l => l.textContent.trim())"
    )
    if name == "country":
        clicks = values  # tick the countries an event must involve
    else:
        clicks = [c for c in choices if c not in values]  # untick all but the wanted ones
    for choice in clicks:
        index = choices.index(choice)
        browser.js(f"document.querySelectorAll('details[data-filter=\"{name}\"] input')[{index}].click()")
    browser.settle()
    truth = timeline_ids(url, *option)
    frame = browser.frame()
    assert frame["matching"] == len(truth) and 0 < len(truth) < BIG
    assert set(frame["drawn"]) <= set(truth)
    assert f"{name}=" in browser.js("location.hash")
    browser.click("#reset")
    assert browser.frame()["matching"] == BIG


def test_search_looks_in_titles_participants_and_evidence(browser, big):
    page, _, records = big
    browser.open(page)
    events = [r for r in records if r["type"] in ("meeting", "visit", "incident", "sanction")]
    names = {r["id"]: r["name"] for r in records if r["type"] == "official"}

    def people(event):
        ids = [p.get("official") for p in event.get("participants", ())] + [event.get("traveler")]
        target = event.get("target")
        ids.append(target.get("official") if isinstance(target, dict) else None)
        return {names[i] for i in ids if i}

    title = events[4321]["title"]
    browser.type_into("search", title)
    assert browser.listed() == [events[4321]["id"]]

    official = "Official CN 007"
    browser.type_into("search", f'"{official}"')
    truth = {e["id"] for e in events if official in people(e)}
    assert browser.frame()["matching"] == len(truth) > 0

    quote = events[777]["evidence"][0]["quote"]
    browser.type_into("search", f'"{quote}"')
    assert browser.listed() == [e["id"] for e in events if e["evidence"][0]["quote"] == quote]
    assert "q=%22" in browser.js("location.hash")


def test_an_analyst_finds_one_officials_meetings_in_one_year(browser, big):
    """The issue's bar: the meetings of one official in one year, by filtering and zooming,
    and the view kept in the URL so it can be shared."""
    page, url, _ = big
    browser.open(page)
    browser.type_into("official", "Official CN 007")
    choices = browser.js("Array.from(document.querySelectorAll('details[data-filter=\"kind\"] input')).length")
    for index in range(1, choices):  # the first is meeting
        browser.js(f"document.querySelectorAll('details[data-filter=\"kind\"] input')[{index}].click()")
    browser.type_into("goto", "2015")
    browser.js("document.getElementById('goto').dispatchEvent(new Event('change'))")
    browser.settle()
    truth = timeline_ids(
        url, "--official", "Official CN 007", "--kind", "meeting", "--since", "2015", "--until", "2015"
    )
    assert truth
    assert browser.listed() == truth
    assert set(browser.frame()["drawn"]) == set(truth)  # few enough to draw each one
    assert browser.view()["from"] == "1 Jan 2015"

    shared = browser.js("location.hash")
    assert "official=Official+CN+007" in shared and "kind=meeting" in shared and "from=2015-01-01" in shared
    browser.open(page, shared)  # a fresh load of the shared link
    assert browser.listed() == truth
    assert browser.js("document.getElementById('official').value") == "Official CN 007"
    # A fragment pasted into the open page applies too.
    browser.js("location.hash = 'g=pair&from=2016-01-01&to=2017-01-01&kind=meeting&official=Official+CN+007'")
    browser.settle()
    assert browser.view()["group"] == "pair" and browser.view()["from"] == "1 Jan 2016"
    assert browser.listed() == timeline_ids(
        url, "--official", "Official CN 007", "--kind", "meeting", "--since", "2016", "--until", "2016"
    )

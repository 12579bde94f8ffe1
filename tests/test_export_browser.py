"""The HTML export in a real browser: headless Chromium, driven over the DevTools protocol.

It opens the page of the seed data from a file, checks that every seed event is drawn and
listed, that hovering shows an event's evidence and the lanes switch, and that the page made
no network request; it saves a screenshot to test-artifacts/timeline.png. Without Chromium
the test is skipped, unless CI is set (`.ci/run` installs Chromium), where it fails.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from relations_db.cli import cli

ARTIFACTS = ROOT / "test-artifacts"
SEED_DOC = yaml.safe_load((SEEDS / "blinken-beijing-2023-06-17.yaml").read_text())
SEED_EVENTS = {
    e["id"]: e["title"]
    for section in ("meetings", "visits", "incidents", "sanctions")
    for e in SEED_DOC[section]
}


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
            message = json.loads(self.ws.recv(timeout=30))
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


@pytest.fixture
def browser(tmp_path):
    profile = tmp_path / "profile"
    process = subprocess.Popen(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
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
            yield DevTools(ws)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_the_html_page_of_the_seeds_draws_every_event_offline(browser, sqlite_url, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", sqlite_url, "ingest", str(SEEDS)]).exit_code == 0
    page = tmp_path / "timeline.html"
    exported = runner.invoke(cli, ["--db", sqlite_url, "export", "-o", str(page)])
    assert exported.exit_code == 0, exported.output

    browser.call("Network.enable")
    browser.call("Page.enable")
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        width=1500,
        height=900,
        deviceScaleFactor=1,
        mobile=False,
    )
    browser.call("Page.navigate", url=page.as_uri())
    browser.wait_for("Page.loadEventFired")
    browser.drain(0.5)

    drawn = browser.js(
        "Array.from(document.querySelectorAll('.drawing:not([hidden]) .ev'))"
        ".map(e => e.getAttribute('data-id'))"
    )
    assert sorted(drawn) == sorted(SEED_EVENTS)
    text = browser.js("document.body.innerText")
    for title in SEED_EVENTS.values():
        assert title in text

    # Hovering over the balloon shows its evidence quote and its source.
    browser.js(
        "document.querySelector('.drawing:not([hidden]) "
        '.ev[data-id="2023-02-chinese-spy-balloon"]\')'
        ".dispatchEvent(new MouseEvent('mouseenter'))"
    )
    details = browser.js("document.getElementById('details').innerText")
    assert "an alleged Chinese spy balloon was floating over American territory" in details
    assert "Blinken set to land in China" in details  # the source's title

    (ARTIFACTS).mkdir(exist_ok=True)
    shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    (ARTIFACTS / "timeline.png").write_bytes(base64.b64decode(shot["data"]))

    # The lanes switch to country pairs.
    browser.js("document.querySelector('button[data-group=\"pair\"]').click()")
    lanes = browser.js(
        "Array.from(document.querySelectorAll('.drawing:not([hidden]) text.lane'))"
        ".map(e => e.textContent)"
    )
    assert "CN–US" in lanes
    browser.drain(0.3)

    requested = [
        e["params"]["request"]["url"]
        for e in browser.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requested == [page.as_uri()]  # the page itself, from the file, and nothing else
    failed = [e for e in browser.events if e.get("method") == "Network.loadingFailed"]
    assert failed == []
    assert Path(ARTIFACTS / "timeline.png").stat().st_size > 10_000

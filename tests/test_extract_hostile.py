"""`extract` on hostile and unusual text: runs of one character or word that pasted web
pages, PDFs turned into text and tables are made of, sentences without full stops, dates at
the ends of the calendar. Each ends in a document or a one-line error, in time that grows
with the text, not with its square.

The inputs that used to take the square (or the cube) of their length are run in a
subprocess with a generous timeout: before the fixes each took minutes; after them, well
under a second. No assertion is on a measured time."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from relations_db.cli import cli
from relations_db.extract import extract
from relations_db.extract.events import candidate, fill, finish, patterns
from relations_db.extract.events.candidate import clause_of
from relations_db.extract.events.patterns import _SEQUENCED, search_tail
from relations_db.extract.people import names
from relations_db.extract.sentences import LONGEST_SENTENCE, split_sentences

HEADER = "title: Hostile\npublished: 2024-03-05\n---\n"


def _extract_in_time(tmp_path, body: str) -> dict:
    """`relations-db extract FILE --format json` in a subprocess that must end in 60 s."""
    article = tmp_path / "article.txt"
    article.write_text(HEADER + body, encoding="utf-8")
    code = "from relations_db.cli import cli; cli()"
    result = subprocess.run(
        [sys.executable, "-c", code, "extract", str(article), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def test_a_run_of_full_stops_is_read_once(tmp_path):
    # a table of contents' leaders, a PDF's rules: a line of 200,000 dots (the sentence
    # splitter tried every dot of the run as the start of a sentence end: minutes)
    body = "President Joe Biden met President Xi Jinping on Monday.\n\n" + "." * 200_000 + "\n"
    document = _extract_in_time(tmp_path, body)
    assert document["meetings"][0]["evidence"][0]["quote"].startswith("Joe Biden met")


def test_a_long_run_of_titles_is_read_in_time(tmp_path):
    # 5,600 capitalised title words in a row (a pasted list of offices): every prefix of the
    # words after each "of" was looked up as a country name (the cube of the run's length)
    titles = ["President", "Foreign Minister", "Secretary of State", "Deputy Prime Minister"]
    body = " ".join(titles[i % 4] for i in range(2500)) + " John Smith met Wang Yi."
    document = _extract_in_time(tmp_path, body)
    assert document["source"]["published"] == "2024-03-05"


def test_a_title_still_names_its_country_after_of():
    document = extract(
        HEADER + "The Minister of Foreign Affairs of the Republic of Korea Cho Tae-yul met "
        "Secretary of State Antony Blinken in Washington on Monday."
    )
    countries = {o["name"]: o.get("country") for o in document["officials"]}
    assert countries["Cho Tae-yul"] == "KR"


class _Recorder:
    """A stand-in for a compiled pattern that notes the span each search is given."""

    def __init__(self):
        self.spans: list[int] = []

    def search(self, text, pos, endpos):
        self.spans.append(endpos - pos)
        return _SEQUENCED.search(text, pos, endpos)


@pytest.mark.parametrize("words", [1_000, 8_000])
def test_a_check_anchored_at_an_event_reads_only_the_words_before_it(words):
    # Every event of a sentence is checked for "following their ... <event>"; in a text
    # without full stops the sentence is the whole text: the check must not read all of it.
    recorder = _Recorder()
    text = "the talks went on " * (words // 4) + "after their long bilateral meeting"
    at = text.rindex("meeting")
    assert search_tail(recorder, text, 0, at, 8)
    assert recorder.spans[-1] < 80


@pytest.mark.parametrize(
    "before",
    [
        "following their ",
        "after his tete-a-tete ",
        "ahead  of\ttheir first two ",
        "x-before her ",
        "Prior to their three long bilateral ",
        "after their one two three four ",
        "following\n\ntheir ",
        "",
    ],
)
def test_search_tail_finds_what_a_search_of_the_whole_text_finds(before):
    text = "A met B in Rome on Monday, and " + before
    whole = _SEQUENCED.search(text, 0, len(text))
    tail = search_tail(_SEQUENCED, text, 0, len(text), 8)
    assert (whole and whole.span()) == (tail and tail.span())
    assert patterns.search_tail is search_tail


def _cli_extract(tmp_path, text: str, *options: str):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--format", "json", *options])
    assert "Traceback" not in result.output
    return article, result


_EDGE_TEXT = (
    "President Joe Biden met President Xi Jinping on Monday. They will meet again next year, "
    "a year after they met last year, in January and in the week after next."
)


@pytest.mark.parametrize("published", ["1100-01-01", "9899-12-31"])
def test_a_text_published_at_an_end_of_the_years_it_can_date_is_extracted(tmp_path, published):
    _, result = _cli_extract(tmp_path, f"published: {published}\n---\n{_EDGE_TEXT}\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["meetings"]


@pytest.mark.parametrize("published", ["0001-01-01", "1000-01-01", "9999-12-31"])
def test_a_publication_year_whose_dates_cannot_be_worked_out_is_one_line(tmp_path, published):
    # (it was a crash, exit 1, or a message blaming the text: "'0' is not a date",
    # "'10000-04' is not a date", OverflowError)
    article, result = _cli_extract(tmp_path, f"published: {published}\n---\n{_EDGE_TEXT}\n")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {article}: published: {published} is outside the years 1100 to 9899, in "
        "which the dates a text gives can be worked out\n"
    )
    article, result = _cli_extract(tmp_path, _EDGE_TEXT, "--published", published)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: --published: {published} is outside the years")


@pytest.mark.parametrize("value", ["garbage", "2024-01-01T10:00:00Z", "2024-02-30"])
def test_a_bad_published_header_names_the_field(tmp_path, value):
    article, result = _cli_extract(tmp_path, f"published: {value}\n---\n{_EDGE_TEXT}\n")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {article}: published: '{value}' is not a")
    assert result.stderr.count("\n") == 1


def test_a_long_run_of_spaces_is_read_in_time(tmp_path):
    # a PDF's columns, a pasted page's indentation: runs of 60,000 spaces between words (name
    # runs, clause boundaries, "between X and Y officials", "X held" were each tried again
    # from every space of a run, or split a run every way between two of their parts: the
    # square of its length, minutes)
    gap = " " * 60_000
    body = (
        f"President Joe Biden met President Xi Jinping{gap}and thanked him. The talks{gap}"
        f"between Kenyan and Ugandan officials{gap}ended."
    )
    document = _extract_in_time(tmp_path, body)
    assert {o["name"] for o in document["officials"]} >= {"Joe Biden", "Xi Jinping"}


# The old patterns, to check that the new ones find the same matches.
_OLD_RUN = names._RUN.pattern.replace("[ \\t]++(?:(?:of", "[ \\t]+(?:(?:of").replace(
    "[ \\t]*+)", "[ \\t]*)"
)
_OLD_CLAUSE = candidate._CLAUSE.pattern.replace(candidate._AND, r"\s+and\s+")
_PIECES = [
    " ", "  ", "\t", "\n", " and ", "and", " thanked ", " will meet ", " — ", " -- ", "-", ",",
    ";", " when ", "Kenyan", " of the ", " bin ", "de ", "Joe", "Biden", "A.", " between ",
    " officials", "x", " held", " which began ", " on Monday", " ends ", " had ", "President",
    "Xi ", ", ",
]
_OLD_HELD = patterns._HELD_RELATIVE.pattern.replace(
    r"[\w.]*\s++){1,3})\s*+(?:had", r"[\w.]*\s+){1,3})\s*(?:had"
)
_OLD_OPENS = finish._OPENS_AND_CLOSES.pattern.replace(
    r"(?:\s*+,\s++|\s++)which", r"\s*,?\s+which"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_the_linear_patterns_find_what_the_old_ones_found(text):
    def spans(pattern, found):
        return [(m.span(), m.groupdict()) for m in found]

    old_run = re.compile(_OLD_RUN)
    assert spans(old_run, old_run.finditer(text)) == spans(names._RUN, names._RUN.finditer(text))
    old_clause = re.compile(_OLD_CLAUSE, re.I)
    new = candidate._CLAUSE
    assert spans(old_clause, old_clause.finditer(text)) == spans(new, new.finditer(text))
    old_held, old_opens = re.compile(_OLD_HELD, re.I), re.compile(_OLD_OPENS)
    for at in range(len(text) + 1):  # anchored patterns, from every place
        for old, now in ((old_held, patterns._HELD_RELATIVE), (old_opens, finish._OPENS_AND_CLOSES)):
            a, b = old.match(text, at), now.match(text, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
        assert bool(re.search(r"\s+and\s*$", text[:at])) == patterns.and_before(text, at)
        whole = re.fullmatch(r"\s*[.”\"’']*\s*", text[at:])
        assert bool(whole) == bool(re.fullmatch(r"\s*+[.”\"’']*+\s*+", text[at:]))
    for lo in range(len(text)):  # the scan for "between" in fill, from each place it may start
        old = [(m.end(), m.groupdict()) for m in fill._BETWEEN_DESCRIBED.finditer(text, lo)]
        now = [(m.end(), m.groupdict()) for m in fill._BETWEEN_DESCRIBED_WORD.finditer(text, lo + 1)]
        assert old == now


def test_a_sentence_too_long_to_keep_whole_is_cut_at_a_comma():
    clause = "The minister met his counterpart in Rome on Monday and they discussed trade, "
    text = "Talks went on. " + clause * 200 + "and so on. The end."
    pieces = split_sentences(text)
    assert all(len(p.text) <= LONGEST_SENTENCE for p in pieces)
    assert all(p.text == text[p.start : p.end] for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")
    assert [p.text[-1] for p in pieces[1:-2]] == [","] * (len(pieces) - 3)
    assert pieces[0].text == "Talks went on." and pieces[-1].text == "The end."


def test_a_text_without_full_stops_costs_its_length(monkeypatch):
    # Each event's clause is found in its sentence; without full stops the sentence is the
    # whole text, read again for every event (the square of its length). The work: the
    # characters of sentence handed to clause_of, at two sizes.
    read = []

    def counting(text, a, b):
        read.append(len(text))
        return clause_of(text, a, b)

    monkeypatch.setattr(fill, "clause_of", counting)
    clause = (
        "President Joe Biden met President Xi Jinping in Rome on Monday, and the two sides "
        "discussed a wide range of regional and global questions of common interest, among "
        "them trade, climate, health, energy, shipping, fisheries, tourism and culture, "
    )
    work = []
    for n in (25, 50):
        read.clear()
        extract(HEADER + clause * n)
        work.append(sum(read))
    assert work[1] < 2.6 * work[0], work  # (before: 4 times)

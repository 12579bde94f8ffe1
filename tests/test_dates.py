"""relations_db.dates: which date forms a record or a filter may use, and the span each means."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relations_db.dates import parse_bound, parse_date, parse_day

D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("2023-06", D(2023, 6, 1), D(2023, 6, 30), "month"),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2023-12", D(2023, 12, 1), D(2023, 12, 31), "month"),
        ("2023-06-18", D(2023, 6, 18), D(2023, 6, 18), "day"),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29), "day"),
        ("2022-09/2022-12", D(2022, 9, 1), D(2022, 12, 31), "range"),
        ("2023-06-18/2023-06-19", D(2023, 6, 18), D(2023, 6, 19), "range"),
        ("2023/2024", D(2023, 1, 1), D(2024, 12, 31), "range"),
        ("2023-06-18/2023-06-18", D(2023, 6, 18), D(2023, 6, 18), "range"),
    ],
)
def test_date_string_covers_its_whole_span_with_its_precision(value, start, end, precision):
    span = parse_date(value)
    assert (span.edtf, span.start, span.end, span.precision, span.approximate) == (
        value,
        start,
        end,
        precision,
        False,
    )


def test_year_is_the_whole_year_never_a_silent_first_of_january():
    span = parse_date("2023")
    assert span.start == D(2023, 1, 1)
    assert span.end == D(2023, 12, 31)
    assert span.end != span.start
    assert span.precision == "year"


def test_season_has_season_precision_and_spans_months_within_its_year():
    span = parse_date("2023-21")
    assert span.precision == "season"
    assert span.edtf == "2023-21"
    assert not span.approximate
    # Spring 2023: the edtf library's meteorological season, neither a day nor the year.
    assert (span.start, span.end) == (D(2023, 3, 1), D(2023, 5, 31))


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2023-06~", D(2023, 6, 1), D(2023, 6, 30), "month"),
        ("2023~", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("2023-06-18~", D(2023, 6, 18), D(2023, 6, 18), "day"),
    ],
)
def test_trailing_tilde_marks_approximate_and_keeps_precision_and_span(
    value, start, end, precision
):
    span = parse_date(value)
    assert span.approximate is True
    assert (span.edtf, span.start, span.end, span.precision) == (value, start, end, precision)


@pytest.mark.parametrize(
    ("value", "edtf", "start", "end", "precision"),
    [
        (2023, "2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        (D(2023, 6, 18), "2023-06-18", D(2023, 6, 18), D(2023, 6, 18), "day"),
        (dt.datetime(2023, 6, 18, 10, 30), "2023-06-18", D(2023, 6, 18), D(2023, 6, 18), "day"),
    ],
)
def test_ints_and_date_objects_are_accepted(value, edtf, start, end, precision):
    # YAML loads `2023` as an int and `2023-06-18` as a date: both must be read as dates.
    span = parse_date(value)
    assert (span.edtf, span.start, span.end, span.precision) == (edtf, start, end, precision)


def test_surrounding_whitespace_is_ignored():
    span = parse_date(" 2023-06 ")
    assert (span.edtf, span.start, span.end, span.precision) == (
        "2023-06",
        D(2023, 6, 1),
        D(2023, 6, 30),
        "month",
    )


@pytest.mark.parametrize(
    "value",
    [
        "2023-02-30",  # no such day
        "2023-02-29",  # not a leap year
        "2023-06-31",
        "2023-06-00",
        "2023-13",  # no such month
        "2023-00",
        "2023-25",  # no such season
        "2023-06-20/2023-06-18",  # ends before it starts
        "2023/2022",
        "June 2023",
        "2023-06-18T10:00",
        "",
        "   ",
        "23",
        "2023-6",
        "2023-06-18/",
        "/2023-06-18",
        "2023-06~~",
    ],
)
def test_invalid_date_string_raises_value_error(value):
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize("value", [None, True, 2023.5, ["2023"]])
def test_non_date_values_raise_value_error(value):
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("2023-06", D(2023, 6, 1), D(2023, 6, 30), "month"),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
        ("2023-06-18", D(2023, 6, 18), D(2023, 6, 18), "day"),
    ],
)
def test_bound_accepts_year_month_and_day(value, start, end, precision):
    span = parse_bound(value)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "value",
    [
        "2022-09/2022-12",  # an interval is a record's date, not a bound
        "2023-06-18/2023-06-19",
        "2023-06~",  # approximate
        "2023~",
        "2023-21",  # a season is not YYYY-MM
        "2023-13",
        "2023-02-30",
        "June 2023",
        "2023-06-18T10:00",
        "",
    ],
)
def test_bound_rejects_anything_but_year_month_or_day(value):
    with pytest.raises(ValueError):
        parse_bound(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-18", D(2023, 6, 18)),
        ("2024-02-29", D(2024, 2, 29)),
        (D(2023, 6, 17), D(2023, 6, 17)),
        (dt.datetime(2023, 6, 17, 23, 59), D(2023, 6, 17)),
    ],
)
def test_day_returns_the_calendar_day(value, expected):
    assert parse_day(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2023",
        "2023-06",
        "2023-21",
        "2023-06-18~",  # approximate is not one day
        "2023-06-18/2023-06-19",
        "2023-06-18/2023-06-18",
        "2023-02-30",
        "2023-06-18T10:00",
        "",
        2023,
    ],
)
def test_day_rejects_anything_but_one_exact_day(value):
    with pytest.raises(ValueError):
        parse_day(value)


@st.composite
def edtf_level0(draw):
    """Dates of the accepted forms except seasons, where we differ from edtf on purpose."""

    def part():
        year = draw(st.integers(1, 9999))
        shape = draw(st.sampled_from(["year", "month", "day"]))
        if shape == "year":
            return f"{year:04d}"
        month = draw(st.integers(1, 12))
        if shape == "month":
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{draw(st.integers(1, 31)):02d}"

    text = part()
    if draw(st.booleans()):
        text = f"{text}/{part()}"
    return text + ("~" if draw(st.booleans()) and "/" not in text else "")


@settings(max_examples=150, deadline=None)
@given(edtf_level0())
def test_spans_agree_with_the_edtf_library(text):
    from edtf import parse_edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        parsed = parse_edtf(text)
        expected = (dt.date(*parsed.lower_strict()[:3]), dt.date(*parsed.upper_strict()[:3]))
    except (EDTFParseException, ValueError):
        expected = None
    try:
        span = parse_date(text)
        ours = (span.start, span.end)
    except ValueError:
        ours = None
    if expected is not None and expected[1] < expected[0]:
        expected = None  # an interval that ends before it starts: we refuse it
    assert ours == expected

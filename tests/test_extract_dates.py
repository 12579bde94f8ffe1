"""Dates of events (annotation.md, Dates): general rules of the language, each on an
invented text, none taken from the development corpus or the invented sets."""

from __future__ import annotations

import datetime as dt

import pytest

from relations_db.extract import extract
from relations_db.extract.temporal import find_dates

WED = dt.date(2024, 3, 6)  # a Wednesday


def _resolved(text: str, published: dt.date = WED) -> list[str | None]:
    return [t.edtf for t in find_dates(text, published)]


def _meetings_with(doc: dict, name: str) -> list[dict]:
    ids = {o["id"] for o in doc.get("officials", []) if o["name"] == name}
    return [
        e
        for e in doc.get("meetings", [])
        if ids & {p.get("official") for p in e.get("participants", [])}
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "President Ana Ruiz of Chile paid a state visit to Peru on 4-5 March 2024 at the "
            "invitation of President Jose Duarte. The two presidents signed a trade accord. "
            "Chilean Foreign Minister Marta Soto also met Peruvian Foreign Minister Luis Paz "
            "on the margins of the visit.",
            "2024-03-04/2024-03-05",
        ),
        (
            "Prime Minister Ana Ruiz will travel to Lima on Friday for the Pacific Alliance "
            "summit, which President Jose Duarte will host. On the margins, she will meet "
            "President Luis Paz of Ecuador.",
            "2024-03-08",
        ),
        (  # "the meeting" is the text's first, not the last one told
            "Foreign Minister Ana Ruiz of Chile held talks with Foreign Minister Jose Duarte of "
            "Peru in Santiago on Monday. The two ministers recalled their meeting in Lima in May "
            "last year. Before the meeting, Minister Duarte met President Luis Paz of Chile.",
            "2024-03-04",
        ),
        (
            "President Ana Ruiz of Chile paid a state visit to Peru from 4 to 6 March 2024 at "
            "the invitation of President Jose Duarte.\n\nThe two presidents signed a trade accord "
            "in Lima.\n\nDuring her stay, President Ruiz called on the Speaker of Congress, Marta "
            "Soto, and met the Leader of the Opposition, Luis Paz.",
            "2024-03-04/2024-03-06",
        ),
    ],
)
def test_a_meeting_on_the_margins_of_an_event_told_before_takes_its_date(text, expected):
    doc = extract(text, published=WED.isoformat(), publisher="Government of Chile")
    (meeting,) = _meetings_with(doc, "Luis Paz")
    assert meeting.get("date") == expected


def test_a_meeting_on_the_margins_of_a_named_event_keeps_its_own_date():
    doc = extract(
        "President Ana Ruiz of Chile paid a state visit to Peru on 4-5 March 2024. Chilean "
        "Foreign Minister Marta Soto met Peruvian Foreign Minister Luis Paz on the margins of "
        "the Pacific Alliance summit in Bogota in January.",
        published=WED.isoformat(),
        publisher="Government of Chile",
    )
    (meeting,) = _meetings_with(doc, "Luis Paz")
    assert meeting.get("date") == "2024-01"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the day before yesterday", "the day after tomorrow": two days off the text's day
        ("The two envoys met in Quito the day before yesterday.", ["2024-03-04"]),
        ("The ministers will sign the accord the day after tomorrow.", ["2024-03-08"]),
        ("The ministers met yesterday and will meet again tomorrow.", ["2024-03-05", "2024-03-07"]),
        # "between" two days: the span from one to the other
        ("The joint patrols took place between 1 and 3 March.", ["2024-03-01/2024-03-03"]),
        ("The envoys will meet between May 12 and 15.", ["2024-05-12/2024-05-15"]),
        ("Talks were held between 27 February and 2 March.", ["2024-02-27/2024-03-02"]),
        # without "between", "and" still joins consecutive days only
        ("The envoys met on 27 and 28 February.", ["2024-02-27/2024-02-28"]),
        # a span of weekdays is one span
        ("The President will be in Tokyo from Thursday to Saturday.", ["2024-03-07/2024-03-09"]),
        ("The minister will visit Hanoi Sunday through Tuesday.", ["2024-03-10/2024-03-12"]),
        ("The talks were held on Monday and Tuesday.", ["2024-03-04/2024-03-05"]),
        ("The envoys will meet between Friday and Sunday.", ["2024-03-08/2024-03-10"]),
        # a past span ends by the text's day (a Wednesday): the week before
        ("The ministers met in Lima from Tuesday to Thursday.", ["2024-02-27/2024-02-29"]),
        # "and" joins consecutive weekdays only: two dates
        ("The envoys met on Monday and again on Thursday.", ["2024-03-04", "2024-02-29"]),
        # a season or a part of a month "(of) last year": in that year, one expression
        ("The navies held drills in the summer of last year.", ["2023-06/2023-08"]),
        ("The ministers will meet again in the autumn of next year.", ["2025-09/2025-11"]),
        ("The two leaders met in early December last year.", ["2023-12-01/2023-12-10"]),
        ("The accord was signed in mid-May of last year.", ["2023-05-11/2023-05-20"]),
        # "the end of the year (month)": the text's year (month); "until" it: from the text's day
        ("The ministers will meet again at the end of the year.", ["2024-09/2024-12"]),
        ("The envoys met at the beginning of the year in Oslo.", ["2024-01/2024-04"]),
        ("The leaders will meet at the end of the month.", ["2024-03-21/2024-03-31"]),
        ("The embargo will stay in force until the end of the year.", ["2024-03-06/2024-12-31"]),
        # "over the past N days (weeks)": from N days (weeks) back to the text's day
        ("Drones crossed the border over the past three days.", ["2024-03-03/2024-03-06"]),
        ("The envoys have met twice in the last two weeks.", ["2024-02-21/2024-03-06"]),
        ("The envoys have met twice in the past week.", ["2024-02-28/2024-03-06"]),
        ("The envoys have met several times over the past days.", []),
    ],
)
def test_temporal_expressions_resolve(text, expected):
    assert _resolved(text) == expected


def test_later_in_the_day_is_the_day_of_the_last_date():
    text = (
        "Tomorrow, Prime Minister Jonas Vik will welcome President Karim Bennani of Morocco to "
        "Oslo. The two leaders will hold talks at the Government Building. Later in the day, "
        "Foreign Minister Kari Lund will host a working lunch for President Bennani."
    )
    doc = extract(text, published=WED, publisher="Office of the Prime Minister of Norway")
    (lunch,) = _meetings_with(doc, "Kari Lund")
    assert lunch["date"] == "2024-03-07"


def test_a_date_opening_a_later_coordinated_clause_is_that_clauses_event():
    text = (
        "Prime Minister Jonas Vik will have an audience with King Carl Gustaf of Sweden at the "
        "Royal Palace, and on Tuesday he will hold talks with Prime Minister Ulf Berg."
    )
    doc = extract(text, published=WED, publisher="Office of the Prime Minister of Norway")
    (audience,) = _meetings_with(doc, "Carl Gustaf")
    (talks,) = _meetings_with(doc, "Ulf Berg")
    assert audience.get("date") != "2024-03-12" and talks["date"] == "2024-03-12"


def test_a_full_date_in_apposition_to_an_opening_weekday_dates_the_whole_sentence():
    text = (
        "On Saturday, 2 March 2024, Russian vessels fired flares at two Norwegian boats. On "
        "Sunday, 3 March 2024, during a rotation and resupply mission to the outpost at Hopen "
        "Reef, a Russian vessel again fired water cannons at the boat Polar 1."
    )
    doc = extract(text, published=WED, publisher="Ministry of Foreign Affairs of Norway")
    assert sorted(i["date"] for i in doc["incidents"]) == ["2024-03-02", "2024-03-03"]


def test_a_visit_lasts_from_the_arrival_to_the_day_the_traveler_left():
    text = (
        "President Ana Duarte of Portugal arrived in Rabat on Monday for talks with King Hassan "
        "Idrissi of Morocco and departed on Wednesday. Prime Minister Jonas Vik of Norway "
        "arrived in Tokyo on 3 March. He left Japan on 5 March after talks with Prime Minister "
        "Kenji Sato."
    )
    doc = extract(text, published=dt.date(2024, 3, 8), publisher="Ministry of Foreign Affairs")
    got = sorted((v["location"]["place"], v["date"]) for v in doc["visits"])
    assert got == [("Rabat", "2024-03-04/2024-03-06"), ("Tokyo", "2024-03-03/2024-03-05")]
    (talks,) = _meetings_with(doc, "Hassan Idrissi")
    assert talks["date"] == "2024-03-04"


def test_the_span_a_count_of_times_is_over_is_not_the_events_date():
    text = (
        "Prime Minister Jonas Vik spoke with President Luis Mora of Peru for the third time this "
        "year on Monday."
    )
    doc = extract(text, published=WED, publisher="Office of the Prime Minister of Norway")
    assert [m["date"] for m in doc["meetings"]] == ["2024-03-04"]


def test_a_meeting_told_right_after_a_one_day_visit_is_on_its_day():
    text = (
        "At the invitation of President Ana Duarte, President Karim Bennani of Morocco paid an "
        "official visit to Portugal on 4 March 2024. The two Presidents co-chaired the first "
        "meeting of the Strategic Council in Lisbon."
    )
    doc = extract(text, published=WED, publisher="Presidency of the Portuguese Republic")
    assert [m.get("date") for m in doc["meetings"]] == ["2024-03-04"]


def test_dates_right_after_a_country_name_are_dates():
    assert _resolved("will travel to Egypt, Israel, Jordan, and Qatar June 10-12.") == [
        "2024-06-10/2024-06-12"
    ]
    assert _resolved("the resupply boat Unaizah May 1 was hit") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys will meet again in Accra on the 21st.", ["2024-03-21"]),
        ("They agreed that the talks will resume on the 2nd.", ["2024-04-02"]),
        ("Early on the 4th, the navy detained a fishing vessel.", ["2024-03-04"]),
        ("Late on the 28th, a drone crossed the border.", ["2024-02-28"]),
        ("The 20th century left deep scars, and the 5th round opens soon.", []),
    ],
)
def test_a_bare_ordinal_day_is_a_day_of_the_texts_month_or_the_next_one_the_verb_points_to(
    text, expected
):
    assert _resolved(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The commission will meet in the week of 20 March.", ["2024-03-18/2024-03-24"]),
        ("The talks were held in the week of February 7, 2024.", ["2024-02-05/2024-02-11"]),
    ],
)
def test_the_week_of_a_day_is_the_monday_to_sunday_week_holding_it(text, expected):
    assert _resolved(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She will visit Ghana in the first half of April.", ["2024-04-01/2024-04-15"]),
        ("The talks took place in the second half of February.", ["2024-02-16/2024-02-29"]),
    ],
)
def test_the_first_or_second_half_of_a_month_is_its_first_fifteen_days_or_the_rest(
    text, expected
):
    assert _resolved(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The forum, which Peru is hosting this year as APEC chair, will open on Friday.",
            ["2024-03-08"],
        ),
        ("She opened the forum, which she led as this year's Pacific Islands Forum chair.", []),
        ("The two sides will meet again this year.", ["2024"]),
    ],
)
def test_this_year_of_a_rotating_role_dates_no_event(text, expected):
    assert _resolved(text) == expected


def test_the_morning_of_a_day_of_the_month_is_that_day():
    # "On the morning of the 4th, the two ministers held talks": a part of the day, that day
    doc = extract(
        "Foreign Minister Ines Haugland of Norway ended a visit to Santiago today. On the "
        "morning of the 4th, Haugland held talks with Foreign Minister Tomas Vidal of Chile.",
        published=WED.isoformat(),
        publisher="Reuters",
    )
    assert [m.get("date") for m in _meetings_with(doc, "Tomas Vidal")] == ["2024-03-04"]


def test_parts_of_one_day_are_two_events_of_that_day_not_of_an_earlier_month():
    # "In the afternoon, ..." after "had last met in January": the afternoon of the day told
    # before (a part of a day is on a day), and an event apart from the morning's talks
    doc = extract(
        "Foreign Minister Ines Haugland of Norway ended a visit to Santiago today. On the "
        "morning of the 4th, Haugland held talks with Foreign Minister Tomas Vidal of Chile. "
        "The two ministers had last met in Geneva in January. In the afternoon, Haugland and "
        "Vidal co-chaired the 3rd Session of the Norway-Chile Joint Commission.",
        published=WED.isoformat(),
        publisher="Reuters",
    )
    dates = sorted(m.get("date") or "" for m in _meetings_with(doc, "Tomas Vidal"))
    assert dates == ["2024-01", "2024-03-04", "2024-03-04"]


def test_a_date_of_a_past_call_is_not_the_date_of_the_meeting_agreed_after_it():
    # "spoke by phone on February 28 and agreed to meet": the date is the call's
    doc = extract(
        "Foreign Minister Ines Haugland of Norway and Foreign Minister Tomas Vidal of Chile "
        "spoke by phone on February 28 and agreed to meet in person.",
        published=WED.isoformat(),
        publisher="Reuters",
    )
    planned = [m for m in _meetings_with(doc, "Tomas Vidal") if m.get("status") == "planned"]
    assert len(planned) == 1
    assert not planned[0].get("date")


def test_a_day_and_month_with_a_relative_year_is_that_years_day():
    # "November 30th of last year", "6 December last year": the year the words name
    assert _resolved("on November 30th of last year and on 6 December last year") == [
        "2023-11-30",
        "2023-12-06",
    ]


def test_earlier_this_year_runs_from_january_to_the_texts_month():
    """ "earlier this year" in a text of March 2024: 2024-01/2024-03, not the whole year (no
    span past the publication)."""
    doc = extract(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Jose Soto of Peru earlier "
        "this year.",
        published=WED,
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert [m["date"] for m in _meetings_with(doc, "Jose Soto")] == ["2024-01/2024-03"]


def test_a_visit_welcomed_today_spans_the_named_days_told_of_it_later():
    """ "welcomed A for a state visit" today, then "A's visit to X, from 4 to 7 March": the
    day of the welcome is one of the visit's days, the named days are the whole visit."""
    text = (
        "Today, Prime Minister Jonas Vik welcomed President Luis Mora of Peru to Oslo for a "
        "state visit. The two leaders held talks at the Government Quarter. President Mora's "
        "visit to Oslo, from 4 to 7 March, marks sixty years of relations."
    )
    doc = extract(text, published=WED, publisher="Office of the Prime Minister of Norway")
    assert [v["date"] for v in doc["visits"]] == ["2024-03-04/2024-03-07"]
    assert [m["date"] for m in _meetings_with(doc, "Luis Mora")] == ["2024-03-06"]


def test_a_visit_ends_on_the_day_a_later_sentence_says_the_traveler_returns_home():
    """The traveler's return told at the end of a report ("A is scheduled to return to X on
    Saturday") is the visit's last day, in the direction its verb looks."""
    text = (
        "Prime Minister Jonas Vik of Norway arrived in Lima on Monday for talks with President "
        "Luis Mora of Peru. The two leaders signed an agreement on fisheries.\n\n"
        "Officials said the talks were cordial.\n\n"
        "Vik is scheduled to return to Oslo on Saturday."
    )
    doc = extract(text, published=WED, publisher="Office of the Prime Minister of Norway")
    assert [v["date"] for v in doc["visits"]] == ["2024-03-04/2024-03-09"]


def test_a_list_of_days_is_a_span_only_when_the_days_follow_each_other():
    assert _resolved("on 3, 4 and 5 March") == ["2024-03-03/2024-03-05"]
    assert _resolved("on 3, 5 and 9 March") == ["2024-03-09"]  # three dates, no span


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("the day before", "2024-02-19"),
        ("the previous day", "2024-02-19"),
        ("three days later", "2024-02-23"),
        ("a few days later", "2024-02"),  # within a week of the 20th: the month, no day
    ],
)
def test_a_day_counted_from_the_last_day_the_text_gave(when, date):
    text = (
        "This is the first ministerial visit since President Luis Mora took office on "
        "February 20. Foreign Minister Ana Ruiz of Chile spoke with Foreign Minister Jose Soto "
        f"of Peru by phone {when}."
    )
    doc = extract(text, published=WED, publisher="Ministry of Foreign Affairs of Chile")
    assert [m["date"] for m in _meetings_with(doc, "Jose Soto")] == [date]


@pytest.mark.parametrize(
    ("when", "date"),
    [("the day before the summit", "2024-03-11"), ("the day after the summit", "2024-03-13")],
)
def test_a_day_before_or_after_a_noun_is_counted_from_that_nouns_day(when, date):
    text = (
        "The Andean summit will be held in Lima on 12 March. Foreign Minister Ana Ruiz of Chile "
        f"will meet Foreign Minister Jose Soto of Peru {when}."
    )
    doc = extract(text, published=WED, publisher="Ministry of Foreign Affairs of Chile")
    assert [m["date"] for m in _meetings_with(doc, "Jose Soto")] == [date]


def test_the_week_before_last_is_the_week_before_the_previous_one():
    assert _resolved("they met the week before last") == ["2024-02-19/2024-02-25"]

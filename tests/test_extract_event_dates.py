"""Extraction tests of the dates and statuses of the events an extraction finds: the day or
span each meeting, visit, incident or sanction takes from the text around it, and
whether it is held or planned (the temporal parser itself is tested in
tests/test_extract_dates.py). Every test runs on an invented sentence, none taken from
the development corpus."""

from __future__ import annotations

import pytest
from extract_helpers import _LOBBY, PUB, _doc, _events, _meeting_of, _names, _sanctions, _surnames


def test_just_held_is_the_day_of_the_text():
    doc = _doc("President Biden just held a meeting with President Akufo of Ghana.")
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == PUB and meeting["status"] == "held"


def test_ministerials_and_two_plus_twos_are_meetings_and_is_holding_is_planned():
    doc = _doc(
        "The Secretary of State, Antony Blinken, is holding a 2+2 ministerial today "
        "with his Brazilian counterparts."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["status"] == "planned"
    assert {"country": "BR"}.items() <= next(
        p for p in meeting["participants"] if p.get("description")
    ).items()


def test_both_countries_pledging_to_create_working_groups_is_a_planned_working_group():
    doc = _doc(
        "President Biden met President Ortiz of Uruguay today. Both countries pledged "
        "to create working groups on fisheries."
    )
    groups = [m for m in _events(doc, "meeting") if m.get("format") == "working-group"]
    assert len(groups) == 1 and groups[0]["status"] == "planned"


def test_agreeing_to_remain_in_touch_is_a_planned_contact():
    doc = _doc(
        "President Biden spoke with President Ortiz of Uruguay today. The leaders agreed "
        "to remain in touch in the days ahead."
    )
    statuses = sorted(m["status"] for m in _events(doc, "meeting"))
    assert statuses == ["held", "planned"]


def test_stops_of_a_trip_take_its_dates_and_replace_the_trip_to_the_region():
    doc = _doc(
        "President Biden will visit Southeast Asia from March 20-24. The President will "
        "begin his travel in Vietnam. He will then travel to Manila, Philippines."
    )
    visits = {v["location"].get("country"): v.get("date") for v in _events(doc, "visit")}
    assert visits == {"VN": "2024-03-20/2024-03-24", "PH": "2024-03-20/2024-03-24"}


def test_an_event_dated_after_the_text_is_planned():
    doc = _doc(
        "President Biden recalled his visit to Kenya last year and his visit next week to Brazil."
    )
    by_country = {v["location"]["country"]: v["status"] for v in _events(doc, "visit")}
    assert by_country == {"KE": "held", "BR": "planned"}


def test_a_date_in_the_possessive_dates_the_noun_after_it():
    doc = _doc(
        "President Biden took questions.\n\nQ Could you say more about the discussions "
        "the President had with the OSCE leaders about tomorrow’s summit?"
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["status"] == "held" and "date" not in meeting


def test_each_of_two_dated_incidents_keeps_its_own_date():
    doc = _doc(
        "They discussed the terrorist attack in Lahore on April 22 and Pakistan’s strikes "
        "on militant camps in Afghanistan on May 7."
    )
    assert sorted(i["date"] for i in _events(doc, "incident")) == ["2023-04-22", "2023-05-07"]


def test_a_reporting_verb_does_not_lend_its_tense_to_the_event():
    doc = _doc(
        "But I will say that Russia launched a massive missile attack on Odesa on Monday "
        "that killed civilians."
    )
    (incident,) = _events(doc, "incident")
    assert incident["status"] == "held" and incident["date"] == "2024-03-04"


@pytest.mark.parametrize(
    ("words", "span"),
    [
        ("during a state visit from 4 to 6 March", "2024-03-04/2024-03-06"),
        ("during an official visit on 4 and 5 March", "2024-03-04/2024-03-05"),
        ("during a state visit, March 4 through 6", "2024-03-04/2024-03-06"),
        # a weekday before each end; a list of consecutive days
        ("during a visit from Monday, 4 March to Tuesday, 5 March", "2024-03-04/2024-03-05"),
        ("during a visit between Sunday, March 3 and Tuesday, March 5", "2024-03-03/2024-03-05"),
        ("during a state visit on 3, 4 and 5 March", "2024-03-03/2024-03-05"),
        ("during a state visit on March 3, 4, and 5", "2024-03-03/2024-03-05"),
    ],
)
def test_day_ranges_written_with_words(words, span):
    doc = _doc(
        f"President Mario Benitez of Paraguay met President Ana Ruiz in Montevideo {words}.",
        publisher="Presidency of Uruguay",
    )
    assert [v.get("date") for v in _events(doc, "visit")] == [span]


def test_halves_and_deadlines_of_a_year_are_spans():
    import datetime as dt

    from relations_db.extract.temporal import find_dates

    found = {
        t.text: t.edtf
        for t in find_dates(
            "talks in the first half of 2025 and a review before the end of the year, not on "
            "May 3 and 10",
            dt.date(2024, 8, 21),
            forward=True,
        )
    }
    assert found["in the first half of 2025"] == "2025-01/2025-06"
    assert found["before the end of the year"] == "2024-08-21/2024-12-31"
    assert "on May 3" in found and not any("and 10" in k for k in found)


def test_a_date_of_an_earlier_conjunct_is_not_the_incidents():
    doc = _doc(
        "They condemned the coup attempt in Niger last month and the abduction of two "
        "Ghanaian engineers in Kaduna State on 2 February.",
        publisher="State House Ghana",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-02-02" and incident.get("location", {}).get("country") != "NE"


def test_an_incident_raised_on_a_planned_trip_is_not_planned():
    doc = _doc(
        "Special Envoy Ana Ruiz will travel to Caracas in April to raise the detention of "
        "five Uruguayan citizens.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    (incident,) = _events(doc, "incident")
    assert incident["status"] == "held" and "date" not in incident


def test_ahead_of_a_meeting_is_not_a_plan():
    doc = _doc(
        "Ahead of the summit, Foreign Minister Ana Ruiz of Uruguay held talks with her "
        "Paraguayan counterpart, Jose Duarte, on Monday.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    assert [
        m["status"]
        for m in _events(doc, "meeting")
        if _names(doc, m) == {"Ana Ruiz", "Jose Duarte"}
    ] == ["held"]


def test_since_a_past_date_spans_up_to_the_publication():
    """A detention told without the present perfect ("detained ... since"): the span up to
    the text's day (the gold of "the citizens detained in X since Sunday")."""
    doc = _doc(
        "Ana Ruiz, a Chilean aid worker detained in Bolivia since October 2023, spoke to "
        "her family.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2023-10/2024-03"


def test_an_ongoing_detention_since_a_weekday_began_that_day():
    """ "have been detained since Sunday": the present perfect of an ongoing detention is
    dated where it began (the gold of "has been detained in X since February")."""
    doc = _doc(
        "Two Peruvian fishermen have been detained by Chilean authorities since Sunday.",
        publisher="Ministry of Foreign Affairs of Peru",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-03-03"


def test_a_date_between_after_the_and_a_noun_is_not_the_earlier_triggers():
    doc = _doc(
        "President Mario Benitez's visit comes a month after the February 4 attack on "
        "Paraguay's parliament in Asuncion."
    )
    assert all(v.get("date") != "2024-02-04" for v in _events(doc, "visit"))
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-02-04"


def test_a_where_clause_meeting_takes_the_time_of_its_main_clause():
    doc = _doc(
        "Prime Minister Ana Ruiz travelled to Asuncion on Sunday together with European "
        "Commission President Maria Vidal and Dutch Prime Minister Jan de Boer, where they "
        "met President Mario Benitez. It was Ms Ruiz's second visit to Paraguay in less than a "
        "week, after her meeting with President Benitez on 28 February.",
        publisher="Office of the Prime Minister of Chile",
    )
    dates = sorted(m.get("date") for m in _events(doc, "meeting"))
    assert dates == ["2024-02-28", "2024-03-03"]


def test_a_prisoner_exchange_is_an_incident_dated_by_its_own_clause():
    doc = _doc(
        "Today, Chilean aid worker Ana Ruiz, who had been detained in Bolivia since April "
        "2022, landed in Santiago after her release in a prisoner exchange mediated by "
        "Peru.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    by_category = {i["category"]: i for i in _events(doc, "incident")}
    assert by_category["prisoner-exchange"]["date"] == "2024-03-06"
    assert by_category["detention"]["date"] == "2022-04/2024-03"


def test_a_date_after_since_his_noun_is_that_nouns():
    doc = _doc(
        "Prime Minister Ewan Clarke today welcomed President Tomas Varga to Wellington "
        "for his first visit to New Zealand since his inauguration in May. The leaders "
        "agreed to hold the next Hungary-New Zealand consultations in 2025.",
        publisher="Prime Minister of New Zealand",
    )
    visits = [v for v in _events(doc, "visit") if "Varga" in " ".join(_names(doc, v))]
    assert [v.get("date") for v in visits] == [PUB]


def test_a_meeting_named_in_one_sentence_and_chaired_in_the_next_takes_its_date():
    doc = _doc(
        "The third meeting of the Joint Council between Chile and Peru was held in Lima "
        "on 4 March 2024. It was the first meeting of the Council since 2019. It was "
        "co-chaired by President Ana Ruiz of Chile and President Jose Soto of Peru.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    (meeting,) = [m for m in _events(doc, "meeting") if _surnames(doc, m) == {"Ruiz", "Soto"}]
    assert meeting["date"] == "2024-03-04"


def test_the_same_day_is_the_day_of_the_last_date_not_a_since_span():
    doc = _doc(
        "President Ana Ruiz of Chile arrived in Lima on 4 March 2024, the first such "
        "visit since 2019. On the same day, she was received by President Jose Soto of "
        "Peru.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-03-04"


def test_a_trip_to_a_town_and_its_country_to_attend_a_summit_takes_the_summits_dates():
    doc = _doc(
        "The Prime Minister will travel to Kazan, Russia, to attend the BRICS Summit on "
        "31 October and 1 November.",
        publisher="Ministry of External Affairs, Government of India",
    )
    (visit,) = _events(doc, "visit")
    assert visit["location"] == {"place": "Kazan", "country": "RU"}
    assert visit["date"] == "2024-10-31/2024-11-01"


def test_earlier_in_the_day_is_the_day_of_the_text():
    doc = _doc(
        "Earlier in the day, Secretary Ann Lowe met with Icelandic Foreign Minister Sif Arna.",
        publisher="U.S. Department of State",
    )
    assert [m["date"] for m in _events(doc, "meeting")] == [PUB]


def test_the_next_meeting_of_a_working_group_others_will_hold_is_one_planned_session_of_officials():
    doc = _doc(
        "Secretary Ann Lowe met Foreign Minister Karl Berg of Norway today. She noted the video "
        "call between Secretary of Energy Tom Hale and Minister Ola Lie of Norway in April. She "
        "welcomed the plan for senior officials of both governments to hold the next meeting of "
        "the U.S.-Norway Energy Working Group in Oslo next month.",
        publisher="U.S. Department of State",
    )
    meetings = sorted(
        (m.get("format", ""), m["status"], sorted(_surnames(doc, m)))
        for m in _events(doc, "meeting")
    )
    assert meetings == [
        ("talks", "held", ["Berg", "Lowe"]),
        ("video-call", "held", ["Hale", "Lie"]),
        ("working-group", "planned", []),
    ]


def test_a_month_inside_a_vessel_name_is_no_date():
    doc = _doc(
        "On Sunday, a Chinese Coast Guard vessel rammed the Philippine supply boat Unity May 3 "
        "near the shoal.",
        published="2023-12-11",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2023-12-10"]


def test_dialogue_as_a_policy_is_no_meeting_and_a_meeting_expected_to_take_place_is_ahead():
    doc = _doc(
        "Chile remains committed to dialogue, and the third meeting of the Chile-Peru Border "
        "Committee is expected to take place in Lima in March.",
        published="2023-12-11",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    meetings = _events(doc, "meeting")
    assert [(m["status"], m["date"]) for m in meetings] == [("planned", "2024-03")]
    assert [e["quote"] for e in meetings[0]["evidence"]][0].startswith("meeting")


def test_an_accepted_invitation_to_visit_is_a_planned_visit_dated_ahead():
    doc = _doc(
        "Prime Minister Tom Reid spoke today with President Ana Ruiz of Uruguay. Prime Minister "
        "Reid accepted President Ruiz's invitation to visit Uruguay in the fall.",
        published="2025-06-20",
        publisher="Prime Minister of New Zealand",
    )
    assert [(v["status"], v["date"]) for v in _events(doc, "visit")] == [
        ("planned", "2025-09/2025-11")
    ]


def test_a_summit_an_unnamed_office_attends_takes_the_date_of_its_which_clause():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: The President will depart for Lima tomorrow. On "
        "Sunday, the President travels on to Santiago for the G20 Leaders' Summit, which will "
        "take place on November 18 and 19.",
        published="2024-11-13",
    )
    summits = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert [(m["status"], m["date"]) for m in summits] == [("planned", "2024-11-18/2024-11-19")]
    assert {p.get("country") for p in summits[0]["participants"]} >= {"US"}


def test_a_working_group_two_countries_set_up_to_meet_in_july_is_one_planned_session():
    doc = _doc(
        "Prime Minister Ana Ruiz met President Jose Vidal of Chile today. Migration: Uruguay "
        "and Chile will set up a joint working group on legal migration pathways, to meet in "
        "Montevideo in July.",
        published="2023-06-12",
        publisher="Presidency of Uruguay",
    )
    groups = [m for m in _events(doc, "meeting") if not _names(doc, m)]
    assert [(m.get("format"), m["status"], m["date"]) for m in groups] == [
        ("working-group", "planned", "2023-07")
    ]
    assert {p["country"] for p in groups[0]["participants"]} == {"UY", "CL"}


def test_a_date_in_an_opening_part_of_the_day_dates_the_sentence():
    doc = _doc(
        "On the afternoon of March 5, Member of the Political Bureau of the CPC Central "
        "Committee and Foreign Minister Wang Yi held talks in Beijing with visiting Foreign "
        "Minister Mauricio Lopez of Chile.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of the People's Republic of China",
    )
    assert [m["date"] for m in _events(doc, "meeting")] == ["2024-03-05"]


def test_a_meeting_on_the_margins_of_a_summit_takes_the_date_and_the_summit_is_only_where():
    doc = _doc(
        "Prime Minister Tom Reid met President Ana Ruiz of Uruguay on the margins of the G20 "
        "summit in Rio de Janeiro today. The leaders welcomed the upcoming visit of Uruguay's "
        "Foreign Minister to Wellington in March.",
        published="2024-11-18",
        publisher="Prime Minister of New Zealand",
    )
    assert [(m.get("format"), m["date"]) for m in _events(doc, "meeting")] == [
        ("talks", "2024-11-18")
    ]
    visits = _events(doc, "visit")
    assert [
        [(p.get("description"), p.get("country")) for p in v["participants"]] for v in visits
    ] == [[("Uruguay's Foreign Minister", "UY")]]


def test_a_trip_for_a_leaders_meeting_is_dated_by_it_and_the_meeting_is_the_groups():
    doc = _doc(
        "Prime Minister Ana Costa welcomed President Jose Vidal of Chile to Lisbon today. "
        "President Vidal will travel on to Lima for the APEC Leaders' Meeting on Friday.",
        published="2024-11-12",
        publisher="Government of Portugal",
    )
    lima = [v for v in _events(doc, "visit") if v["location"].get("place") == "Lima"]
    assert [v["date"] for v in lima] == ["2024-11-15"]
    apec = [m for m in _events(doc, "meeting") if "APEC" in str(m["participants"])]
    assert [(m["status"], m["date"]) for m in apec] == [("planned", "2024-11-15")]


def test_a_date_since_taking_office_is_not_the_trips():
    doc = _doc(
        "Premier Li Ming of China is paying an official visit to Chile from 18 to 21 June 2023. "
        "It is his first trip abroad since taking office in March.",
        published="2023-06-20",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert [v["date"] for v in _events(doc, "visit")] == ["2023-06-18/2023-06-21"]


def test_a_detention_centre_is_a_place_and_the_strike_on_it_keeps_its_date():
    doc = _doc(
        "The minister informed his counterpart about the missile strike on the detention "
        "centre in Dolinsk on July 29, which killed forty prisoners.",
        published="2022-08-01",
        publisher="Ministry of Foreign Affairs of Belarus",
    )
    assert [(i["category"], i.get("date")) for i in _events(doc, "incident")] == [
        ("attack", "2022-07-29")
    ]


def test_an_invasion_named_as_the_time_since_which_something_holds_is_background():
    doc = _doc(
        "Since Russia launched its full-scale invasion of Georgia in August 2008, the two "
        "countries have deepened their cooperation. Russia invaded Ukraine on 24 February 2022.",
        published="2022-03-10",
        publisher="Ministry of Foreign Affairs of Poland",
    )
    assert [i.get("date") for i in _events(doc, "incident")] == ["2022-02-24"]


def test_that_evening_is_the_day_of_the_date_before():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: On Thursday, the President will welcome President "
        "Amara Diallo of Senegal to the White House. That evening, the President and the First "
        "Lady will host a state dinner in honor of President Diallo.",
        published="2024-05-21",
    )
    [dinner] = [m for m in _events(doc, "meeting") if m.get("format") == "dinner"]
    assert dinner["date"] == "2024-05-23"


def test_also_designated_after_a_dated_designation_is_the_same_day():
    doc = _doc(
        "Today, OFAC sanctioned Karl Brenner, commander of Mali's Northern Guard. OFAC also "
        "designated seven companies based in the United Arab Emirates.",
        published="2025-01-07",
        publisher="U.S. Department of the Treasury",
    )
    assert {s.get("date") for s in _events(doc, "sanction")} == {"2025-01-07"}


def test_he_will_meet_b_on_wednesday_after_the_president_will_meet_a_tomorrow():
    doc = _doc(
        "MS. LANE: Tonight we land in Oslo. Tomorrow, before the summit opens, the President "
        "will meet with President Jonas Petraitis of Lithuania, and on Wednesday he will meet "
        "with President Ivan Koval of Ukraine on the margins of the summit.",
        published="2023-07-10",
    )
    meetings = sorted((sorted(_surnames(doc, m)), m["date"]) for m in _events(doc, "meeting"))
    assert meetings == [(["Koval"], "2023-07-12"), (["Petraitis"], "2023-07-11")]


def test_discussed_x_with_a_in_a_call_on_monday_is_dated_monday():
    doc = _doc(
        "Secretary Ana Cole discussed the situation in Mali with Senegalese Foreign Minister "
        "Awa Diop in a call on Monday and urged restraint.",
        published="2025-01-07",
        publisher="U.S. Department of State",
    )
    [meeting] = _events(doc, "meeting")
    assert meeting["date"] == "2025-01-06"


def test_a_second_sanctions_clause_and_those_listed_take_the_reported_measure_s_date():
    doc = _doc(
        "Norway is today imposing travel bans on 12 members of the junta, and sanctions on "
        "two conglomerates, North Holdings Limited (NHL) and East Trading Corporation (ETC). "
        "Those listed include the Commander-in-Chief of the Myanmar armed forces, Senior "
        "General Aung Kyaw.",
        published="2023-02-01",
        publisher="Government of Norway",
    )
    sanctions = _events(doc, "sanction")
    assert len(sanctions) == 4
    assert {s.get("date") for s in sanctions} == {"2023-02-01"}


def test_over_the_weekend_is_the_weekend_the_verb_points_to():
    doc = _doc(
        "Prime Minister Tom Hale had a call with Chancellor Eva Roth of Germany over the weekend. "
        "He will meet President Ana Silva of Brazil at the weekend.",
        **_LOBBY,
    )
    assert _meeting_of(doc, "Roth").get("date") == "2025-07-05/2025-07-06"
    assert _meeting_of(doc, "Silva").get("date") == "2025-07-12/2025-07-13"


def test_reported_would_host_is_planned_and_a_dated_past_summit_in_it_is_held():
    doc = _doc(
        "The spokesperson said Prime Minister Tom Hale would host President Ana Silva of Brazil "
        "for the 12th UK-Brazil Summit in London on Thursday, the first such summit since the one "
        "held in Brasilia in March 2023.",
        **_LOBBY,
    )
    dated = {m.get("date"): m.get("status") for m in _events(doc, "meeting")}
    assert dated.get("2025-07-10") == "planned"
    assert dated.get("2023-03") == "held"


def test_took_place_dates_its_own_call_and_not_a_later_trigger_or_a_since_clause():
    doc = _doc(
        "Secretary Ana Cole spoke today with Minister Li Ming. The call was the first "
        "conversation between the two chiefs since Admiral Li Ming assumed his post in December. "
        "He noted that a telephone conversation between Chairman of the Joint Chiefs of Staff "
        "General Tom Hale, Jr. and General Wu Gang, Chief of the Joint Staff Department of the "
        "PRC Central Military Commission, took place in December, and that the two sides intend "
        "to hold talks between theater commanders in the coming months.",
        published="2024-04-16",
        publisher="U.S. Department of Defense",
    )
    dates = sorted((m.get("date") or "", m.get("status")) for m in _events(doc, "meeting"))
    assert ("2023-12", "held") in dates
    assert "2024-12" not in {d for d, _ in dates}
    assert _meeting_of(doc, "Cole").get("date") == "2024-04-16"
    assert [m.get("date") for m in _events(doc, "meeting") if "Cole" in _surnames(doc, m)] == [
        "2024-04-16"
    ]


def test_separately_designated_is_the_same_days_action():
    doc = _doc(
        "Today, OFAC sanctioned five entities based in Portugal. Separately, OFAC designated "
        "Lisbon-based Atlantic Blue Logistics Ltd., which shipped chemicals to cartels.",
        published="2023-10-03",
        publisher="U.S. Department of the Treasury",
    )
    dates = {
        (s.get("target") or {}).get("organization"): s.get("date")
        for s in _events(doc, "sanction")
    }
    assert dates.get("Atlantic Blue Logistics Ltd.") == "2023-10-03"


def test_a_relative_clause_that_someone_hosted_dates_the_summit_it_follows():
    doc = _doc(
        "This trip builds on the U.S.-Pacific Leaders Summit that the President hosted here in "
        "Washington in December, where he welcomed 14 Pacific leaders.",
        published="2023-03-22",
    )
    summits = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert [m.get("date") for m in summits] == ["2022-12"]


def test_a_meeting_while_in_the_visited_city_takes_the_visits_dates():
    doc = _doc(
        "Foreign Minister Chen Hao will travel to Korea from March 21 to 22. While in Seoul, "
        "Chen Hao will also co-chair the fourth Economic Dialogue with Foreign Minister Kim "
        "Dong-su. In Seoul and Busan he will meet business leaders.",
        publisher="Ministry of Foreign Affairs of the People's Republic of China",
    )
    meeting = _meeting_of(doc, "Dong-su")
    assert meeting["date"] == "2024-03-21/2024-03-22"


@pytest.mark.parametrize(
    "leg",
    [
        "From there she goes to Kampala, where President Joseph Okello will host her on "
        "Tuesday, then to Kigali on Thursday to see President Eric Mugabo.",
        # the last leg, with no meeting verb
        "On Tuesday she goes to Kampala, and she wraps up in Kigali with President Eric Mugabo "
        "on Thursday.",
    ],
)
def test_an_itinerary_leg_with_a_president_is_a_planned_meeting_there(leg):
    doc = _doc(
        "Minister Petra Lind departs Sunday for Nairobi. " + leg,
        publisher="Government Offices of Sweden",
    )
    meeting = _meeting_of(doc, "Mugabo")
    assert _surnames(doc, meeting) == {"Lind", "Mugabo"} and meeting["status"] == "planned"
    assert meeting["location"]["place"] == "Kigali" and meeting["date"] == "2024-03-07"


def test_a_weekday_of_the_texts_own_day_after_a_later_leg_is_the_next_week():
    from datetime import date

    from relations_db.extract.temporal import find_dates

    text = (
        "He will be in Oslo on Monday, then in Bergen on Tuesday, and he ends the tour in "
        "Trondheim on Wednesday."
    )
    days = [t.edtf for t in find_dates(text, date(2024, 3, 6), forward=True)]
    assert days == ["2024-03-11", "2024-03-12", "2024-03-13"]
    # alone, the text's own weekday stays the text's day
    alone = find_dates("He arrives on Wednesday.", date(2024, 3, 6), forward=True)
    assert [t.edtf for t in alone] == ["2024-03-06"]


def test_a_trips_later_stop_on_an_earlier_weekday_is_the_next_weeks():
    doc = _doc(
        "The Secretary will arrive in Nairobi on Sunday evening. On Tuesday, the Secretary "
        "travels to Kampala. The Secretary will then travel to Kigali on Thursday."
    )
    days = {v["location"].get("place"): v["date"] for v in _events(doc, "visit")}
    assert days == {"Nairobi": "2024-03-10", "Kampala": "2024-03-12", "Kigali": "2024-03-14"}


def test_a_possessive_date_before_another_noun_does_not_date_a_later_meeting():
    doc = _doc(
        "Today's call builds on the in-person meeting between Secretary of State Ana Costa and "
        "Japanese Foreign Minister Ken Sato in Bali, Indonesia, on July 9, on the margins of "
        "the G20 Foreign Ministers' Meeting.",
        published="2022-07-28",
    )
    assert _meeting_of(doc, "Sato")["date"] == "2022-07-09"


def test_teams_tasked_to_follow_up_stay_a_planned_contact():
    doc = _doc(
        "Prime Minister Arvo Saar of Estonia spoke by phone with President Ana Ruiz of Chile "
        "today. The two leaders tasked their teams to follow up on the call in the weeks ahead."
    )
    assert sorted(m["status"] for m in _events(doc, "meeting")) == ["held", "planned"]


@pytest.mark.parametrize(
    "after",
    [
        "Secretary of State Ana Cole, Treasury Secretary Tom Hale and Trade Representative Jim "
        "Lutz will be with the President in Seoul.",
        "Secretary of State Ana Cole, Treasury Secretary Tom Hale and Trade Representative Jim "
        "Lutz will accompany the President to Seoul.",
    ],
)
def test_those_who_will_be_with_the_president_on_a_trip_visit_too_on_its_dates(after):
    doc = _doc("The President will arrive in Seoul on Tuesday. " + after, published="2026-03-27")
    named = sorted(
        (sorted(_surnames(doc, v)), v.get("date")) for v in _events(doc, "visit") if _names(doc, v)
    )
    assert named == [(["Cole"], "2026-03-31"), (["Hale"], "2026-03-31"), (["Lutz"], "2026-03-31")]


@pytest.mark.parametrize(
    "day",
    [
        "On 7 February 2024, Prime Minister Dahl hosted an official welcoming ceremony for "
        "President Ruiz in Oslo.",
        "On 8 February 2024, Prime Minister Dahl received President Ruiz at the palace.",
    ],
)
def test_a_visit_of_named_days_keeps_them_when_a_day_of_it_is_told(day):
    text = (
        "At the invitation of Prime Minister Erik Dahl of Norway, President Ana Ruiz of Chile "
        "paid an official visit to Norway from 6 to 8 February 2024. " + day
    )
    visits = _events(_doc(text, published="2024-02-08", publisher="Government of Norway"), "visit")
    assert [v["date"] for v in visits] == ["2024-02-06/2024-02-08"]


def test_a_meeting_on_the_sidelines_of_an_event_named_before_takes_its_day():
    doc = _doc(
        "President Ana Ruiz hosted President Luis Mora of Peru for the Andean Forum in Santiago "
        "on 9 May 2025. They last spoke by phone on 2 April 2025 about the Forum. On the "
        "sidelines of the Forum, Foreign Minister Pablo Soto held a meeting with Peruvian "
        "Foreign Minister Elena Vargas.",
        published="2025-05-09",
        publisher="Government of Chile",
    )
    assert _meeting_of(doc, "Vargas")["date"] == "2025-05-09"


def test_a_departments_designation_of_a_group_as_terrorist_is_a_measure_of_its_day():
    doc = _doc(
        "Today's action builds on the Department of State's designation of the Sahel Brigade, "
        "also known as Katiba Sahel, as a Foreign Terrorist Organization, which took effect on "
        "March 2, 2023.",
        published="2024-06-17",
        publisher="U.S. Department of the Treasury",
    )
    got = [(x["date"], x["imposer"], x["target"]) for x in _events(doc, "sanction")]
    assert got == [("2023-03-02", "US", {"organization": "Sahel Brigade"})]


def test_a_meal_the_host_then_hosted_is_on_the_day_of_the_last_date():
    text = (
        "On 7 May, President Luis Mora held talks with President Ana Ruiz of Chile at the "
        "Government Palace. President Mora then hosted a state banquet for President Ruiz."
    )
    meetings = _events(_doc(text, "2025-05-09", "Ministry of Foreign Affairs of Peru"), "meeting")
    assert sorted((m.get("format") == "dinner", m["date"]) for m in meetings) == [
        (False, "2025-05-07"),
        (True, "2025-05-07"),
    ]


def test_the_event_named_as_the_time_of_an_invitation_stays_held():
    text = (
        "President Ana Ruiz spoke by telephone with President Luis Mora of Peru today. At the "
        "end of the conversation, President Mora invited President Ruiz to pay a state visit to "
        "Peru next year."
    )
    calls = _events(_doc(text, "2024-09-10", "Government of Chile"), "meeting")
    assert [(m["status"], m["date"]) for m in calls] == [("held", "2024-09-10")]


def test_a_signing_the_leaders_witnessed_is_on_the_day_of_their_talks():
    text = (
        "President Ana Ruiz received President Luis Mora of Peru in Santiago on 9 May 2025 for "
        "talks. They last spoke by phone on 2 April 2025. The Presidents witnessed the exchange "
        "of the Lithium Protocol, which was signed by Chile's Minister of Mining Jorge Vial and "
        "Peru's Minister of Energy Rosa Quispe."
    )
    doc = _doc(text, "2025-05-09", "Government of Chile")
    assert _meeting_of(doc, "Quispe")["date"] == "2025-05-09"


def test_fighters_scrambled_in_response_to_a_flight_are_an_intercept_at_its_time():
    """A defence ministry's account: "two bombers flew along the coast. Fighters were
    scrambled in response" is an intercept on the day of the flight; after a sentence that
    already tells an incident ("violated Finnish airspace"), the reply is part of that one."""
    doc = _doc(
        "On 3 March, two Russian Su-24 aircraft flew along the coast of Norway from the Barents "
        "Sea. Norwegian F-35 fighters were scrambled in response. On 4 March, a Russian drone "
        "violated Finnish airspace near Imatra. Finnish Hornets were scrambled in response.",
        publisher="Norwegian Armed Forces",
    )
    assert sorted((i["date"], i.get("category")) for i in _events(doc, "incident")) == [
        ("2024-03-03", "air-intercept"),
        ("2024-03-04", "airspace"),
    ]


def test_a_numbered_items_opening_date_with_its_weekday_dates_the_item():
    """ "(1) On March 4 (Mon), between around ..., a Russian aircraft violated ...": the
    list mark and the bracketed weekday do not keep the opening date from the sentence."""
    doc = _doc(
        "(1) On March 4 (Mon), between around 9:10 a.m. and 9:40 a.m., a Russian Be-12 patrol "
        "aircraft violated Norway's territorial airspace over the sea north of Vardo, "
        "Finnmark.",
        publisher="Norwegian Armed Forces",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2024-03-04"]


def test_fighting_along_a_border_is_an_incident_dated_by_its_when_clause():
    doc = _doc(
        "The Secretary spoke with both foreign ministers back in March, when the fighting along "
        "their border killed dozens of soldiers.",
        published="2024-06-20",
        publisher="U.S. Department of State",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-03"


def test_incidents_a_future_statement_or_a_talk_about_several_topics_names_are_held():
    doc = _doc(
        "The two leaders will talk about the trade agenda, about the alliance, and about the "
        "situation in the Yellow Sea and North Korea's continued missile launches. The "
        "President will be clear that the Russia-linked cyber intrusions into our power grid "
        "are unacceptable.",
        published="2024-03-06",
    )
    assert sorted(i["status"] for i in _events(doc, "incident")) == ["held", "held"]


def test_one_sides_account_by_its_verb_is_the_same_days_incident_as_the_others_noun():
    doc = _doc(
        "Reporter: The Philippine side said that on Saturday, China Coast Guard vessels fired "
        "water cannon at the supply boat Unaizah near Second Thomas Shoal. What is your "
        "response?\n\nSpokesperson: On the 2nd, two Philippine vessels intruded into the waters "
        "adjacent to Ren'ai Jiao without permission.",
        published="2024-03-04",
        publisher="Ministry of Foreign Affairs of the People's Republic of China",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2024-03-02"]


def test_trade_bans_planned_dated_by_the_next_sentence_and_standing_since_a_month():
    doc = _doc(
        "In addition, exports to Kama Trading LLC, a firm based in Kazakhstan that re-exports "
        "machine tools to Russia, will be prohibited. This measure takes effect on the 20th, "
        "after the required notice. Canada has prohibited all exports to Belarus since March "
        "2022 and all imports from Belarus since April 2022.",
        published="2024-05-10",
        publisher="Global Affairs Canada",
    )
    assert _sanctions(doc) == [
        ("Belarus", "2022-03", "held", "CA"),
        ("Belarus", "2022-04", "held", "CA"),
        ("Kama Trading LLC", "2024-05-20", "planned", "CA"),
    ]


def test_the_answer_tells_the_measures_the_question_dated():
    doc = _doc(
        "Q: On Iran, can you say more about the sanctions announced Monday?\n\n"
        "MS. REYES: Sure. The Treasury Department sanctioned Tabriz Shipping and Caspian "
        "Freight, Iran's two largest carriers, for moving drones to Russia.",
        published="2024-03-06",
    )
    assert sorted((s["target"].get("organization"), s["date"]) for s in _events(doc, "sanction")) == [
        ("Caspian Freight", "2024-03-04"),
        ("Tabriz Shipping", "2024-03-04"),
    ]


def test_existing_sanctions_others_evade_are_in_force_and_undated():
    doc = _doc(
        "On Friday, the United Kingdom will announce a new package of sanctions against Iran, "
        "including third-country firms that help Iran evade our existing sanctions.",
        published="2024-03-06",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    got = sorted((str(s.get("date")), s["status"]) for s in _events(doc, "sanction"))
    assert got == [("2024-03-08", "planned"), ("None", "held")]


def test_measures_kept_in_force_or_explained_as_imposed_are_held_with_their_country_target():
    doc = _doc(
        "Norway will maintain the EU sanctions on Belarus. He will explain why we and our "
        "partners imposed sanctions on Iran and why they will stay in place, and he will "
        "listen to President Amir Saberi's concerns about trade.",
        published="2024-03-06",
        publisher="Government of Norway",
    )
    got = sorted((s["target"].get("country"), s["status"]) for s in _events(doc, "sanction"))
    assert got == [("BY", "held"), ("IR", "held")]


def test_a_date_opening_a_transcript_turn_dates_the_sentence():
    # "Spokesperson: On the evening of May 3, <a long subject> had a call with B": the label
    # does not move the date from the opening of the sentence
    doc = _doc(
        "Spokesperson: On the evening of May 3, Deputy Head of the Presidential Council for "
        "International Cooperation and Foreign Minister Lucas Ferreira Amaral had a phone "
        "call with Kenyan Foreign "
        "Minister Grace Wanjiru at the latter's request.",
        published="2024-05-06",
        publisher="Ministry of Foreign Affairs of Brazil",
    )
    call = _meeting_of(doc, "Wanjiru")
    assert call["date"] == "2024-05-03"


def test_the_week_after_next_is_the_monday_to_sunday_week_after_next_week():
    # "will travel to X the week after next" in a text of Wednesday 6 March 2024
    doc = _doc(
        "Deputy Foreign Minister Tomas Lindqvist will travel to Accra the week after next, "
        "where he will meet with Ghanaian Foreign Minister Kwame Asante.",
        publisher="Ministry for Foreign Affairs of Sweden",
    )
    assert _meeting_of(doc, "Asante")["date"] == "2024-03-18/2024-03-24"


def test_a_date_right_before_an_event_noun_is_that_nouns():
    # "The meeting built on A's February 20 call with B": the call's date (also after a
    # possessive name), not the meeting's
    doc = _doc(
        "Foreign Minister Tomas Lindqvist met today with Ghanaian Foreign Minister Kwame "
        "Asante in Stockholm.\n\nThe meeting built on Lindqvist's February 20 call with "
        "Minister Asante, in which the two discussed trade.",
        publisher="Ministry for Foreign Affairs of Sweden",
    )
    dates = sorted(m["date"] for m in _events(doc, "meeting") if "Asante" in _surnames(doc, m))
    assert dates == ["2024-02-20", "2024-03-06"]


def test_an_event_named_as_the_time_of_the_telling_takes_no_later_date():
    # "B will visit X next week, A told reporters after the meeting": the meeting came first
    doc = _doc(
        "Prime Minister Lena Holm met Estonian Prime Minister Kaja Tamm on the sidelines of "
        "the forum today.\n\nThe Estonian leader will make an official visit to Sweden next "
        "week, Holm told reporters after the meeting.",
        publisher="Government Offices of Sweden",
    )
    assert not any(
        m.get("status") == "planned" or (m.get("date") or "") > PUB
        for m in _events(doc, "meeting")
    )


def test_an_undated_meeting_of_the_two_delegations_after_a_visit_is_within_its_days():
    # "A paid an official visit to X on 4-5 June. ... The Minister of Y, B, held talks with
    # his X counterpart C": a meeting of the visit, within its dates
    doc = _doc(
        "At the invitation of President Joao Silva of Portugal, the Prime Minister of Finland, "
        "Aino Virtanen, paid an official visit to Portugal on 4-5 June 2024.\n\n"
        "The visit was accompanied by ministerial meetings. The Minister of Economic Affairs "
        "of Finland, Mikko Laine, held talks with his Portuguese counterpart, Minister of "
        "Economy Rui Costa, on energy cooperation.",
        published="2024-06-05",
        publisher="Finnish Government",
    )
    assert _meeting_of(doc, "Costa")["date"] == "2024-06-04/2024-06-05"


def test_the_second_half_of_the_year_is_this_years():
    import datetime as dt

    from relations_db.extract.temporal import find_dates

    found = find_dates(
        "The next round will take place in Helsinki in the second half of the year.",
        dt.date(2024, 3, 6),
        forward=True,
    )
    assert [t.edtf for t in found] == ["2024-07/2024-12"]


def test_the_next_session_after_a_long_aside_takes_its_predicates_day_and_the_previous_is_held():
    # "The next meeting of X, A and B, is scheduled to take place in Y on the 25th, as
    # agreed at their previous meeting in Z on 28 December"
    doc = _doc(
        "The next meeting of the heads of the government delegations on the border, Armenian "
        "Deputy Prime Minister Tigran Avagyan and Georgian Deputy Prime Minister Levan "
        "Kapanadze, is scheduled to take place in Gyumri on the 25th, as agreed at their "
        "previous meeting in Tbilisi on 28 January.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Armenia",
    )
    dated = sorted(
        (m["date"], m.get("status"))
        for m in _events(doc, "meeting")
        if "Avagyan" in _surnames(doc, m)
    )
    assert dated == [("2024-01-28", "held"), ("2024-03-25", "planned")]


def test_a_dialogue_which_was_scheduled_for_a_past_month_and_had_been_postponed():
    # "the X Dialogue, which was scheduled to be held in Y in January, had been postponed":
    # the noun's predicate after the aside; the past schedule's month
    doc = _doc(
        "The Prime Ministers noted that the Norway-Chile Fisheries Dialogue, which was "
        "scheduled to be held in Bergen in January, had been postponed.",
        publisher="Government of Norway",
    )
    (dialogue,) = _events(doc, "meeting")
    assert dialogue["status"] == "postponed" and dialogue["date"] == "2024-01"


def test_a_second_infinitive_shares_the_time_set_before_its_verb():
    # "where on Thursday he is scheduled to call on A and to meet B": both on Thursday
    doc = _doc(
        "Foreign Minister Tomas Lindqvist will travel to Singapore next week, where on "
        "Thursday he is scheduled to call on Prime Minister Lawrence Tan and to meet the "
        "Minister for Foreign Affairs, Dr Mei Ling Goh.",
        publisher="Government Offices of Sweden",
    )
    day = _meeting_of(doc, "Tan")["date"]
    assert len(day) == 10 and _meeting_of(doc, "Goh").get("date") == day  # Thursday's


def test_pair_consultations_which_had_been_scheduled_and_have_been_postponed():
    # "the Norway-Chile consultations at the level of deputy ministers, which had been
    # scheduled for the end of the month in Oslo, have been postponed"
    doc = _doc(
        "Following the decision, the Norway-Chile consultations at the level of deputy "
        "foreign ministers, which had been scheduled for the end of the month in Oslo, have "
        "been postponed.",
        publisher="Government of Norway",
    )
    (talks,) = _events(doc, "meeting")
    assert talks["status"] == "postponed" and talks["date"] == "2024-03-21/2024-03-31"
    assert {p.get("country") for p in talks["participants"]} == {"NO", "CL"}


def test_a_visit_whose_noun_phrase_holds_an_apposition_and_an_aside_then_was_postponed():
    # the predicate of the visit noun past its modifiers, a name in apposition and a
    # "which" clause: "A visit by X's Y, Admiral Z, to W, which had been planned for this
    # month, has been postponed"
    doc = _doc(
        "A visit by Peru's Deputy Foreign Minister, Luis Mora, to Montevideo, "
        "which had been planned for this month, has been postponed at the request of Peru.",
        publisher="Presidency of Uruguay",
    )
    (visit,) = _events(doc, "visit")
    assert visit["status"] == "postponed" and visit["date"] == "2024-03"


def test_a_visit_whose_noun_phrase_holds_an_apposition_then_is_planned_for_a_season():
    # the visit's own passive predicate of plan past a name in apposition: planned, and the
    # season ahead, not the one before
    doc = _doc(
        "A visit by Peru's Deputy Foreign Minister, Luis Mora, to Montevideo is planned for "
        "the autumn.",
        publisher="Presidency of Uruguay",
    )
    (visit,) = _events(doc, "visit")
    assert visit["status"] == "planned" and visit["date"] == "2024-09/2024-11"


def test_a_visit_which_began_on_a_past_day_runs_to_the_day_of_the_text():
    doc = _doc(
        "President Ana Lopes welcomed President Jonas Berg of Norway on his state visit to "
        "Portugal, which began on Monday.",
        published="2024-03-06",
        publisher="Presidency of the Portuguese Republic",
    )
    visits = [v for v in _events(doc, "visit") if "Berg" in _surnames(doc, v)]
    assert visits and visits[0]["date"] == "2024-03-04/2024-03-06"


def test_talks_in_which_named_ministers_took_part_have_them_and_the_days_time():
    # "..., the two Presidents held a private meeting. They were then joined by their
    # delegations for expanded talks, in which A, and B, took part."
    doc = _doc(
        "President Ana Lopes this morning received President Jonas Berg of Norway at the "
        "Belem Palace.\n\nAfter the welcome ceremony, the two Presidents held a private "
        "meeting. They were then joined by their delegations for expanded talks, in which the "
        "Minister of Foreign Affairs, Rui Costa, and the Minister of Foreign Affairs of Norway, "
        "Espen Lie, took part.",
        published="2024-03-06",
        publisher="Presidency of the Portuguese Republic",
    )
    expanded = [m for m in _events(doc, "meeting") if "Lie" in _surnames(doc, m)]
    assert expanded and {"Lopes", "Berg", "Costa", "Lie"} <= _surnames(doc, expanded[0])
    assert expanded[0]["date"] == "2024-03-06"


def test_a_meeting_told_right_after_a_planned_stop_of_a_day_is_on_that_day():
    # "On Monday, the President flies on to Lima. The President will have an audience with
    # A": on Monday
    doc = _doc(
        "On Monday, the President flies on to Lima. The President will have an audience with "
        "President Dina Rojas at the Government Palace.",
        published="2024-03-06",
    )
    assert _meeting_of(doc, "Rojas")["date"] == "2024-03-11"


def test_a_meeting_told_right_after_a_planned_stop_of_several_days_is_within_them():
    # "will travel to A from May 13 to 15 for the forum. He will also meet B": during that stay
    doc = _doc(
        "Foreign Minister Tomas Lind of Sweden will travel to Nairobi from May 13 to 15 for the "
        "Lake Victoria Forum. He will also meet his Kenyan counterpart, Foreign Minister Grace "
        "Wanjiru, to discuss trade."
    )
    meeting = _meeting_of(doc, "Wanjiru")
    assert (meeting["date"], meeting["status"]) == ("2024-05-13/2024-05-15", "planned")


def test_a_dialogue_whose_relative_clause_is_in_the_future_is_planned_and_dated_ahead():
    # "announced a new dialogue on X, which will start in the spring": not yet held, and the
    # spring is the coming one
    doc = _doc(
        "President Ana Ruiz of Chile and President Luis Vega of Peru announced a new dialogue "
        "on fisheries, which will start in the spring.",
        published="2024-01-30",
    )
    (meeting,) = _events(doc, "meeting")
    assert (meeting["status"], meeting["date"]) == ("planned", "2024-03/2024-05")


def test_a_ministerial_whose_relative_clause_says_they_are_holding_it_today_is_planned():
    # "ahead of the 2+2 ministerial that Secretary A and Secretary B are holding today": the
    # progressive of the noun's own clause is the plan, however long its subject
    doc = _doc(
        "He met virtually with Prime Minister Ana Ruiz of Chile, and this is ahead of the 2+2 "
        "ministerial that Secretary Tom Hale and Secretary Jo Park are holding today with their "
        "Chilean counterparts."
    )
    meeting = _meeting_of(doc, "Park")
    assert (meeting["status"], meeting["date"]) == ("planned", PUB)


def test_further_meetings_of_the_teams_are_still_to_come():
    # "in further meetings, the teams can agree": no modal cue, but not held
    doc = _doc(
        "President Ana Ruiz of Chile and President Luis Vega of Peru spoke by phone today. The "
        "Presidents stressed that in further meetings, their teams can settle the border "
        "question."
    )
    statuses = sorted((m.get("format") or "", m["status"]) for m in _events(doc, "meeting"))
    assert statuses == [("call", "held"), ("talks", "planned")]


def test_a_meeting_told_right_after_a_trip_to_a_region_is_within_its_days():
    # the trip to the region gives way to its stops, and the meeting keeps its days
    doc = _doc(
        "Prime Minister Ana Costa of Portugal will visit Southeast Asia from March 20-24. She "
        "will also meet with counterparts from across the region. She will begin her travel "
        "in Vietnam. She will then travel to Manila, Philippines."
    )
    (meeting,) = _events(doc, "meeting")
    assert (meeting["date"], meeting["status"]) == ("2024-03-20/2024-03-24", "planned")


def test_an_event_named_ahead_of_another_does_not_take_the_others_time():
    # "scheduled to meet A tomorrow, ahead of the second X Summit": tomorrow is the meeting's
    doc = _doc(
        "Prime Minister Lena Holm is also scheduled to meet the Emir of Qatar, Sheikh Hamad "
        "bin Ali Al Thani, tomorrow, ahead of the second Nordic-Gulf Summit.",
        publisher="Government Offices of Sweden",
    )
    summits = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert summits and all(s.get("date") != "2024-03-07" for s in summits)
    assert _meeting_of(doc, "Thani")["date"] == "2024-03-07"


def test_an_event_noun_with_an_apposition_takes_the_status_of_its_predicate():
    # "the X Talks, a working-level channel between the two, will resume after that": planned
    doc = _doc(
        "Both sides have also agreed that the Sweden-Kenya Fisheries Talks, a working-level "
        "channel between the two fisheries agencies, will resume after the summer.",
        publisher="Government Offices of Sweden",
    )
    (talks,) = _events(doc, "meeting")
    assert talks["status"] == "planned"


def test_an_event_the_agreements_were_reached_during_is_past():
    text = (
        "President Ana Duarte spoke by phone with President Luis Mora of Peru on Tuesday. The two "
        "leaders agreed to implement the agreements reached during President Mora's state visit "
        "to Portugal in May."
    )
    doc = _doc(text, "2024-12-11", "Presidency of the Portuguese Republic")
    assert [(v["status"], v["date"]) for v in _events(doc, "visit")] == [("held", "2024-05")]


def test_export_bans_countermeasures_and_a_prolongation_until_a_date_are_measures_of_today():
    text = (
        "Japan imposed export bans on 22 Russian entities on Tuesday. China announced "
        "countermeasures against three U.S. defense companies on Wednesday. The Council today "
        "decided to prolong the restrictive measures against Iran until 27 July 2025."
    )
    doc = _doc(text, "2024-06-13", "Council of the European Union")
    got = sorted((s["status"], s.get("date")) for s in _events(doc, "sanction"))
    assert got == [("held", "2024-06-11"), ("held", "2024-06-12"), ("held", "2024-06-13")]


def test_in_the_evening_is_the_day_of_the_last_date():
    text = (
        "Prime Minister Jonas Vik will visit Beijing on Tuesday. In the evening, President Xi "
        "Jinping will host a state banquet for Prime Minister Vik."
    )
    doc = _doc(text, "2026-03-27", "Office of the Prime Minister of Norway")
    assert [m.get("date") for m in _events(doc, "meeting")] == ["2026-03-31"]


def test_the_eve_of_the_talks_is_the_day_before_their_date_and_a_same_day_after_it_too():
    doc = _doc(
        "On 4 March 2024, President Hichilema and President Kristersson held talks in Lusaka. "
        "They recalled the visit of President Hichilema to Stockholm on 9 May 2023. "
        "On the eve of the talks, Swedish Foreign Minister Anna Berg held a working session "
        "with Zambian Foreign Minister Joseph Banda. Swedish Trade Minister Lars Olsson and "
        "Zambian Trade Minister Peter Mwale met the same day.",
        publisher="Government Offices of Sweden",
    )
    assert _meeting_of(doc, "Berg")["date"] == "2024-03-03"
    assert _meeting_of(doc, "Olsson")["date"] == "2024-03-03"


def test_an_incident_told_in_an_in_which_clause_takes_the_date_of_its_antecedent():
    doc = _doc(
        "The two Presidents discussed the incident of 14 March 2024 off Banjul, in which a "
        "Gambian fishing boat was boarded by the Senegalese Navy and its crew members were "
        "detained.",
        published="2024-04-06",
        publisher="State House Gambia",
    )
    assert _events(doc, "incident")[0].get("date") == "2024-03-14"


def test_the_listings_made_by_another_body_are_its_sanction_on_its_day():
    doc = _doc(
        "With this decision, Norway adopts the listings made by the European Union on 29 June "
        "2024 in response to the continued repression in Belarus.",
        published="2024-08-06",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    listing = _events(doc, "sanction")[0]
    assert (listing["imposer"], listing["date"]) == ("EU", "2024-06-29")


def test_a_stay_on_named_days_dates_a_visit_announced_for_next_week():
    doc = _doc(
        "First, the Foreign Adviser, Karim Uddin, will undertake a tour of Chile and Peru next "
        "week. He will be in Santiago on Monday and Tuesday, and on Monday he will hold talks "
        "with the Minister of Foreign Affairs of Chile, Ana Soto.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs, People's Republic of Bangladesh",
    )
    chile = next(v for v in _events(doc, "visit") if v["location"]["country"] == "CL")
    assert chile["date"] == "2025-11-17/2025-11-18"


def test_a_session_co_chaired_by_two_ministers_takes_the_time_of_its_own_predicate():
    doc = _doc(
        "The ministers also discussed the fourth session of the Commission. The session, "
        "co-chaired by Estonia's Minister of Economics, Tiit Riisalo, and Egypt's Minister of "
        "Trade, Ahmed Samir, will now be held in Tallinn in October.",
        published="2025-04-16",
        publisher="Ministry of Foreign Affairs of the Republic of Estonia",
    )
    session = _meeting_of(doc, "Riisalo")
    assert (session["status"], session["date"]) == ("planned", "2025-10")


def test_a_conference_of_heads_of_state_that_both_will_attend_is_a_planned_summit():
    doc = _doc(
        "President Adama Barrow of The Gambia met President Bassirou Faye of Senegal in Dakar "
        "on 3 March 2024. The two Heads of State agreed to coordinate their positions ahead of "
        "the Conference of Heads of State and Government of the Niger Basin Authority, which "
        "both will attend in Niamey in March 2025.",
        publisher="State House Gambia",
    )
    summit = next(m for m in _events(doc, "meeting") if m.get("format") == "summit")
    assert _names(doc, summit) == {"Adama Barrow", "Bassirou Faye"}
    assert (summit["status"], summit["date"]) == ("planned", "2025-03")


def test_a_cancelled_visit_takes_the_place_and_time_of_the_trip_that_will_not_happen():
    doc = _doc(
        "Foreign Secretary Ram Thapa will not travel to New Delhi next week. His visit has been "
        "cancelled.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs of Nepal",
    )
    visit = _events(doc, "visit")[0]
    assert visit["status"] == "cancelled"
    assert (visit["location"]["country"], visit["date"]) == ("IN", "2025-11-17/2025-11-23")


def test_each_stop_of_a_tour_next_week_keeps_its_words_and_takes_the_day_of_its_stay():
    doc = _doc(
        "First, the Foreign Adviser, Karim Uddin, will undertake a tour of Chile and Peru next "
        "week. He will then travel to Lima, where on Wednesday he is scheduled to call on "
        "President Luis Paredes.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs, People's Republic of Bangladesh",
    )
    visits = {v["location"]["country"]: v for v in _events(doc, "visit")}
    assert visits["CL"]["date_text"] == "next week"
    assert visits["PE"]["date"] == "2025-11-19"


def test_a_sentence_telling_more_of_the_days_action_takes_its_day():
    # "A held bilateral meetings ... today. A met B and C in separate sessions": the same
    # subject tells the same action again, undated, on the day the sentence before gave
    doc = _doc(
        "SANTIAGO, June 3 -- President Marta Lagos held bilateral meetings with two "
        "neighbouring leaders on the sidelines of the Andean Forum here today.\n\n"
        "Lagos met Peruvian President Julio Ramos and Bolivian President Luis Arce Catacora in "
        "separate sessions at the convention centre after the plenary.",
        published="2024-06-03",
        publisher="Agencia Nacional",
    )
    met = [m for m in _events(doc, "meeting") if "Julio Ramos" in _names(doc, m)]
    assert met and met[0]["date"] == "2024-06-03"


def test_a_repeated_action_noun_takes_the_day_the_question_gave_it():
    # "Q: This morning the ministry announced countermeasures ... A: X has decided to take
    # countermeasures against Y": the answer retells the morning's action
    doc = _doc(
        "Reporter: This morning the ministry announced countermeasures against a Canadian "
        "defense firm. Can you give us more details?\n\n"
        "Spokesperson: In line with the relevant law, Russia has decided to take "
        "countermeasures against Maple Arms Corporation Inc. and Birch Rotor Systems LLC.",
        published="2024-06-03",
        publisher="Ministry of Foreign Affairs of the Russian Federation",
    )
    dated = [s for s in _events(doc, "sanction") if "Maple" in str(s.get("target"))]
    assert dated and dated[0]["date"] == "2024-06-03"


def test_a_designation_in_the_present_progressive_is_of_the_day_of_the_release():
    """ "Concurrently, the Department of State is designating A": today, not the month a
    relative clause of the sentence before gave."""
    doc = _doc(
        "Today, the U.S. Department of the Treasury sanctioned three individuals who finance "
        "the Red Ring, a cartel that the U.S. designated in May. Concurrently, the Department "
        "of State is designating former Governor Tomas Varga of Bolivia for corruption.",
        publisher="U.S. Department of the Treasury",
    )
    (varga,) = [s for s in _events(doc, "sanction") if s["target"].get("official")]
    assert varga["date"] == PUB


def test_a_date_after_a_semicolon_dates_the_later_clause_not_the_event():
    """ "It surrounded X with a dozen warships; even today, several warships remain around
    it": today is when they remain, not when the encirclement took place."""
    doc = _doc(
        f"title: Statement\npublished: {PUB}\n---\nEstonia condemned Russia's actions. Russia "
        "surrounded Saaremaa with more than a dozen warships; even today, several warships "
        "remain around the island."
    )
    assert [(i.get("category"), i.get("date")) for i in _events(doc, "incident")] == [
        ("maritime", None)
    ]


def test_a_hosts_greeting_welcome_to_a_place_dates_the_meeting_to_the_day_of_the_remarks():
    # "a warm welcome to Accra": the greeting is said at the meeting it opens
    doc = _doc(
        "Press conference by President Mensah and the Prime Minister of Norway, Eva "
        "Lindqvist, in Accra\n\nPresident Mensah: Ladies and gentlemen, dear Eva, a warm "
        "welcome to the Jubilee House. We discussed trade.\n\nPrime Minister Lindqvist: "
        "Thank you, Kofi.\n",
        publisher="Reuters",
    )
    meeting = _meeting_of(doc, "Lindqvist")
    assert "Mensah" in _surnames(doc, meeting)
    assert meeting.get("date") == PUB


def test_a_past_call_followed_by_and_agreed_to_meet_stays_held():
    # "spoke by phone on 28 February and agreed to meet": the plan is the next verb's
    doc = _doc(
        "Foreign Minister Ines Haugland of Norway and Foreign Minister Tomas Vidal of Chile "
        "spoke by phone on February 28 and agreed to meet in person in the coming months.",
        publisher="Reuters",
    )
    calls = [m for m in _events(doc, "meeting") if m.get("date") == "2024-02-28"]
    assert [m.get("status", "held") for m in calls] == ["held"]
    assert _surnames(doc, calls[0]) == {"Haugland", "Vidal"}


def test_a_stop_of_a_trip_dated_by_its_week_takes_the_days_of_its_meetings_there():
    """ "will travel to X and Y next week. ... in X on Tuesday she will meet A. On Wednesday,
    in Y, she will meet B": each stop is on the days of its meetings, not the whole week."""
    doc = _doc(
        "Foreign Minister Anna Lindqvist will travel to Chile and Peru next week. She departs "
        "Monday for Santiago, where on Tuesday she will meet with President Carlos Mendez. On "
        "Wednesday, in Lima, she will meet with President Rosa Quispe.",
        published="2024-05-10",
        publisher="Government Offices of Sweden",
    )
    stops = {v["location"]["country"]: v.get("date") for v in _events(doc, "visit")}
    assert stops == {"CL": "2024-05-14", "PE": "2024-05-15"}


def test_a_stop_of_a_trip_of_named_days_keeps_them():
    # the days the text gives the visit are its days, whatever day a meeting is on
    doc = _doc(
        "Foreign Minister Anna Lindqvist paid an official visit to Chile on 13-14 May. On "
        "14 May, in Santiago, she met with President Carlos Mendez.",
        published="2024-05-15",
        publisher="Government Offices of Sweden",
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2024-05-13/2024-05-14"


def test_just_now_is_the_day_of_the_text():
    # "Just now, A and B signed the agreement": at the press conference, on its day
    doc = _doc(
        "Chancellor Lena Vogt: Just now, German Interior Minister Paul Kern and Senegalese "
        "Foreign Minister Amina Diallo signed the agreement on a migration partnership.",
        publisher="Reuters",
    )
    meeting = _meeting_of(doc, "Diallo")
    assert meeting.get("date") == PUB


def test_a_visit_that_concludes_today_began_with_its_first_meeting_there():
    """ "A concludes today an official visit to X" and "On the morning of the 10th, A and B
    held a working meeting": the visit ran from that day to today."""
    doc = _doc(
        "The Foreign Minister of Ghana, Kwame Asante, concludes today an official visit to "
        "Lisbon, at the invitation of the Foreign Minister of Portugal, Rui Tavares.\n\n"
        "On the morning of the 4th, the two Ministers held a working meeting at the Necessidades "
        "Palace.",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2024-03-04/2024-03-06"


def test_a_date_after_since_a_possessed_noun_is_that_nouns():
    """ "an official working visit, the first by an Asian leader since the President's
    inauguration on January 20": the inauguration's day, not the visit's."""
    doc = _doc(
        "Today, President Ana Ruiz of Argentina welcomed Prime Minister Kenji Sato of Japan to "
        "the Casa Rosada for an official working visit, the first by an Asian leader since the "
        "President's inauguration on January 20.",
        publisher="Reuters",
    )
    assert [v.get("date") for v in _events(doc, "visit")] == [PUB]


def test_the_present_visit_is_the_texts_visit_not_a_new_one_dated_by_the_clause_before():
    """ "B paid a visit to X earlier this month during which he held talks with A on
    preparations for the present visit": "the present visit" is the one the text reports,
    not another trip of A's dated "earlier this month"."""
    doc = _doc(
        "President Joko Santoso paid an official visit to Chile on 19-20 May 2024.\n\n"
        "The leaders noted recent exchanges. Foreign Affairs Minister Dr. Tomas Brenner "
        "visited Chile in March this year, and the Foreign Minister of Chile, H.E. Ana Ruiz, "
        "paid a visit to Jakarta earlier this month during which he held talks with FAM "
        "Brenner on preparations for the present visit.",
        published="2024-05-20",
        publisher="Ministry of Foreign Affairs of Indonesia",
    )
    assert sorted(
        (str(v.get("location", {}).get("place") or v.get("location", {}).get("country")), v["date"])
        for v in _events(doc, "visit")
    ) == [("CL", "2024-03"), ("CL", "2024-05-19/2024-05-20"), ("Jakarta", "2024-05")]


_ITINERARY = (
    "Chancellor Greta Vogel of Germany will depart Berlin on Sunday. She will arrive in Accra "
    "on Monday evening. On Tuesday, President Kofi Mensah will welcome the Chancellor to the "
    "palace for a bilateral meeting. On Wednesday, the Chancellor will travel to the port city "
    "of Takoradi, where she'll tour the harbour and then convene a summit with President "
    "Mensah and President Jean Kabore of Burkina Faso."
)


def test_a_meeting_on_the_weekday_of_the_leg_it_belongs_to_is_that_legs_day():
    # the text is of a Wednesday: "On Wednesday" after Monday's and Tuesday's legs is the
    # next Wednesday, for the leg and for the summit held during it alike
    doc = _doc(_ITINERARY)
    summit = _meeting_of(doc, "Kabore")
    assert summit["date"] == "2024-03-13" and summit["status"] == "planned"


def test_a_stop_lasts_to_the_day_of_the_meeting_told_with_the_travelers_departure():
    doc = _doc(
        "Minister Petra Lind of Sweden will arrive in Lima on Monday. On Tuesday, she will meet "
        "President Ana Torres of Peru at the palace before departing for Quito.",
        publisher="Government Offices of Sweden",
    )
    days = {v.get("location", {}).get("place"): v["date"] for v in _events(doc, "visit")}
    assert days["Lima"] == "2024-03-11/2024-03-12"


def test_a_later_visit_to_the_same_country_on_the_same_trip_is_the_one_visit():
    # Monday's arrival and Tuesday's welcome by the host are one visit, with the host in it,
    # from the arrival to the last day the text tells there (Tuesday's meeting)
    doc = _doc(_ITINERARY)
    visits = [
        v
        for v in _events(doc, "visit")
        if "Vogel" in _surnames(doc, v) and v.get("location", {}).get("country") == "GH"
    ]
    assert len(visits) == 1
    assert visits[0]["date"] == "2024-03-11/2024-03-12" and "Mensah" in _surnames(doc, visits[0])


def test_an_unnamed_travelers_stop_lasts_to_the_meeting_before_the_next_stop_that_day():
    # the host named with the stop is no traveler; the meeting on the day of the next stop,
    # told before leaving, is still at this one
    doc = _doc(
        "The President will arrive in Accra on Monday evening for a state visit at the "
        "invitation of President Kofi Mensah. On Tuesday, the President will meet with Vice "
        "President Ama Owusu before departing for Lome."
    )
    accra = next(v for v in _events(doc, "visit") if v.get("location", {}).get("place") == "Accra")
    assert accra["date"] == "2024-03-11/2024-03-12"


def test_a_trip_called_off_by_a_later_clause_pointing_back_is_one_postponed_visit_then():
    # "was originally scheduled ... in February" (a past schedule) and "postpone that trip"
    # (the same trip): one postponed visit, in the February before the text
    doc = _doc(
        "President Kofi Mensah of Ghana was originally scheduled to travel to Japan in "
        "February, and he made the decision to postpone that trip because of the floods."
    )
    visits = _events(doc, "visit")
    assert [(v["status"], v["date"], v["location"]["country"]) for v in visits] == [
        ("postponed", "2024-02", "JP")
    ]


def test_an_exact_date_set_beside_a_rough_one_after_a_comma_dates_the_event():
    doc = _doc(
        "You'll remember that President Kofi Mensah of Ghana visited Berlin just about a year "
        "ago, on 30 November last year.",
        published="2024-11-27",
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2023-11-30"


@pytest.mark.parametrize(
    "text, span",
    [
        (  # a planned stay told day by day, up to the next leg of the trip
            "MS. OKAFOR: The President will land in Lusaka tonight. Tomorrow, he will meet "
            "President Peter Tembo at the State House. On Friday, he will meet Vice President "
            "Grace Banda. On Saturday, we head to Maputo.",
            "2024-03-06/2024-03-08",
        ),
        (  # a held stay: arrived on one day, met hosts on the next
            "Prime Minister Jonas Berg of Norway arrived in Santiago on Monday. On Tuesday, he "
            "met President Rosa Fuentes of Chile at La Moneda.",
            "2024-03-04/2024-03-05",
        ),
    ],
)
def test_a_visit_runs_from_the_arrival_to_the_travelers_last_meeting_there(text, span):
    """ "Tonight we land in X. Tomorrow, the President will meet A. On Friday, he will meet
    B": the stay the text tells day by day lasts from the arrival to the last of the
    traveler's meetings told after it, before the trip moves on."""
    doc = _doc(text)
    visits = [v for v in _events(doc, "visit") if v["location"].get("country") in ("ZM", "CL")]
    assert [v.get("date") for v in visits] == [span]


def test_a_second_mention_of_the_stay_in_the_same_country_does_not_end_it():
    """ "arrived in X on Monday. On Tuesday, during his visit to <X's country>, he met A":
    the visit named again on a later day is the same stay, not the trip's next leg."""
    doc = _doc(
        "President Kofi Mensah of Ghana arrived in Lisbon on Monday. On Tuesday, during his "
        "visit to Portugal, he met President Rui Costa.",
        publisher="Reuters",
    )
    [lisbon] = [v for v in _events(doc, "visit") if v["location"].get("place") == "Lisbon"]
    assert lisbon["date"] == "2024-03-04/2024-03-05"


def test_a_month_a_changed_plan_was_originally_scheduled_for_is_the_nearest_one():
    """ "talks which were originally scheduled for February but which they postponed", in a
    text of March: the first schedule has no tense of its own (the "scheduled" is no future),
    so the month without a year is the nearest February, the one just past."""
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile will meet Foreign Minister Luis Paredes of Peru in "
        "Lima on Friday, at talks which were originally scheduled for February but which they "
        "postponed.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    dates = sorted(m.get("date") for m in _events(doc, "meeting"))
    assert "2024-02" in dates and not any(d.startswith("2025") for d in dates if d)


def test_a_visit_with_an_aside_of_its_first_schedule_then_postponed_is_postponed():
    """ "Her visit, originally planned for January, was postponed": the visit noun's own
    predicate after a participle's aside set off by commas gives the status."""
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile arrived in Lima on Monday. Her visit, originally "
        "planned for January, was postponed after the floods.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert ("2024-01", "postponed") in {(v.get("date"), v["status"]) for v in _events(doc, "visit")}


def test_each_stop_of_a_multi_country_trip_is_on_the_days_of_its_meetings():
    """ "departs tomorrow on a three-day trip to X, Y and Z ... where on Tuesday she'll meet
    A ... On Wednesday she travels to Q, where she'll meet B": each stop on its own days, not
    all on the whole trip's, and the leg to Q is that stop's visit."""
    doc = _doc(
        "Foreign Minister Anna Berger departs tomorrow on a three-day trip to Kenya, Tanzania "
        "and Uganda. She'll begin in Nairobi, where on Tuesday she'll meet with President "
        "Daniel Kiprono. On Wednesday the Minister travels to Dodoma, where she'll meet with "
        "President Amina Salum.",
        publisher="Federal Foreign Office of Germany",
        published="2024-03-04",
    )
    visits = {v["location"]["country"]: v.get("date") for v in _events(doc, "visit")}
    assert visits.get("KE") == "2024-03-05" and visits.get("TZ") == "2024-03-06"
    assert len([v for v in _events(doc, "visit") if v["location"]["country"] == "TZ"]) == 1


def test_concluded_n_days_of_talks_spans_the_days_up_to_its_date():
    # "A today concluded three days of talks with B": the talks end on the day named and began
    # two days before it
    doc = _doc(
        "Special Envoy for Oceans Mara Quint today concluded three days of talks in Nairobi "
        "with Kenya's Special Envoy for Oceans, Daniel Otieno.",
        published="2023-07-19",
        publisher="U.S. Department of State",
    )
    (talks,) = _events(doc, "meeting")
    assert talks["date"] == "2023-07-17/2023-07-19"


def test_a_visit_dated_by_its_arrival_lasts_to_the_end_of_talks_told_before_it():
    # "A today concluded three days of talks in X with B. ... A arrived in X on Sunday": the
    # stay runs from the arrival to the talks' last day, whichever the text tells first
    doc = _doc(
        "Special Envoy for Oceans Mara Quint today concluded three days of talks in Nairobi "
        "with Kenya's Special Envoy for Oceans, Daniel Otieno. The two envoys met for more "
        "than ten hours at the State House.\n\n"
        "Special Envoy Quint arrived in Nairobi on Sunday.",
        published="2023-07-19",
        publisher="U.S. Department of State",
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2023-07-16/2023-07-19"


def test_a_leg_flown_to_a_place_where_the_traveler_acts_lasts_to_his_meeting_there():
    """ "On Friday, we fly to Peru, where the Prime Minister will open a trade fair in Cusco.
    And then, on Saturday, the Prime Minister will meet with President A in Lima": the day of
    travel is a day there too (its "where" clause tells what he does there), so the stop
    spans to his meeting of the next day, as a stop dated by its arrival does."""
    doc = _doc(
        "MS. ARDEN: On Thursday, we land in Santiago. The Prime Minister will meet President "
        "Tomas Fuentes that evening. On Friday, we fly to Peru, where the Prime Minister will "
        "open a trade fair in Cusco and hold a bilateral meeting with President Rosa Quispe. "
        "And then, on Saturday, the Prime Minister will meet with Mayor Diego Salas in Lima.",
        publisher="Prime Minister of New Zealand",
        published="2024-03-05",
    )
    peru = [v for v in _events(doc, "visit") if (v.get("location") or {}).get("country") == "PE"]
    assert [v.get("date") for v in peru] == ["2024-03-08/2024-03-09"]


def test_the_last_stop_of_a_trip_keeps_the_days_its_earlier_stops_left():
    """ "departs tomorrow on a four-day trip to X, Y and Z ... X on Tuesday ... Y on
    Wednesday ... She'll finish in Z, where she'll lead the delegation to the assembly" (its
    meetings undated): Z is on the trip's days after Y's, Thursday and Friday, not the whole
    trip's four days."""
    doc = _doc(
        "Foreign Minister Anna Berger departs tomorrow on a four-day trip to Kenya, Tanzania "
        "and Uganda. She'll begin in Nairobi, where on Tuesday she'll meet with President "
        "Daniel Kiprono. On Wednesday the Minister travels to Dodoma, where she'll meet with "
        "President Amina Salum. She'll finish in Kampala, where she'll lead the German "
        "delegation to the annual assembly of the East African Community.",
        publisher="Federal Foreign Office of Germany",
        published="2024-03-04",
    )
    visits = {
        (v.get("location") or {}).get("country"): v.get("date") for v in _events(doc, "visit")
    }
    assert visits.get("UG") == "2024-03-07/2024-03-08"


def test_a_stop_merged_from_its_departure_and_arrival_spans_the_days_told_after_arrival():
    """ "... will meet Premier A before departing for Oslo. The President arrives in Oslo
    Thursday night. On Friday he will hold a summit meeting with Prime Minister B": the
    departure and the arrival are one visit, and its stay, told after the arrival, spans to
    the Friday meeting."""
    doc = _doc(
        "The President arrives in Ottawa on Tuesday evening. On Thursday, the President will "
        "meet with Premier Lena Roy before departing for Oslo.\n\nThe President arrives in "
        "Oslo Thursday night. On Friday he will hold a summit meeting with Prime Minister "
        "Erik Dahl at his office.",
        published="2024-03-04",
    )
    oslo = [v for v in _events(doc, "visit") if (v.get("location") or {}).get("country") == "NO"]
    assert [v.get("date") for v in oslo] == ["2024-03-07/2024-03-08"]


def test_a_past_postponement_dates_back_and_the_new_time_forward():
    """ "Her visit was postponed in April" in a July text: the postponement happened in the
    April before; "postponed until October" gives the time still to come."""
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile visited Lima on Monday. Her visit to Peru was "
        "postponed in April because of the floods. Her visit to Bolivia was postponed until "
        "October.",
        published="2023-07-12",
        publisher="Reuters",
    )
    postponed = {
        v["location"]["country"]: v["date"]
        for v in _events(doc, "visit")
        if v.get("status") == "postponed"
    }
    assert postponed == {"PE": "2023-04", "BO": "2023-10"}


def test_a_stay_told_day_by_day_ends_on_the_day_the_traveler_goes_back():
    # "... and he returns to Washington on Friday": the stop in Nairobi lasts to that day
    # (and "he", after the comma, goes on from "The President": the host named before
    # makes no visit to Washington)
    text = (
        "The President arrives in Nairobi on Tuesday night. On Wednesday he will hold talks "
        "with President David Otieno of Kenya at State House, and he returns to Washington on "
        "Friday."
    )
    visits = _events(_doc(text, "2024-03-04"), "visit")
    assert [(v["location"].get("place"), v["date"]) for v in visits] == [
        ("Nairobi", "2024-03-05/2024-03-08")
    ]


def test_a_meeting_dated_by_its_planned_visit_after_the_text_is_planned_too():
    # a meeting that takes the day of the visit it is part of, a day after the text, is yet
    # to come as the visit is
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile will visit Lima on 20 March to attend the reception "
        "marking the 150th anniversary of relations between Chile and Peru, hosted by the "
        "Embassy of Chile. During her stay, Minister Ruiz is scheduled to hold a meeting with "
        "the Minister of Foreign Affairs of Peru.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    # (the meeting with the unnamed Peruvian minister, a side of its own since round 29; the
    # reception's, with the pair whose relations it marks, stays as it was)
    assert {(m["date"], m["status"]) for m in _events(doc, "meeting")} == {
        ("2024-03-20", "planned")
    }
    assert any(
        p.get("description") == "the Minister of Foreign Affairs of Peru"
        for m in _events(doc, "meeting")
        for p in m["participants"]
    )


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "On Thursday, President Lena Vogt of Austria met with Prime Minister Kofi Mensah "
            "of Ghana. They recalled the talks of their ministers in April and their meeting "
            "in Accra in May. Later that day, President Vogt met with Foreign Minister Ama "
            "Owusu of Ghana.",
            "2024-02-29",
        ),
        (
            "On 12 February, Defence Minister Raúl Ortega of Chile held talks with Defence "
            "Minister Kenji Sato of Japan. Their navies exercised together in 2023. The same "
            "day, Mr. Ortega met with Foreign Minister Yoko Mori of Japan.",
            "2024-02-12",
        ),
        (
            "On Monday, Trade Minister Ines Duarte of Brazil spoke with Trade Minister Omar "
            "Haddad of Jordan. Trade between the two reached a record in January. On that "
            "day, Ms. Duarte also met with Foreign Minister Layla Nasser of Jordan.",
            "2024-03-04",
        ),
    ],
)
def test_that_day_is_the_last_day_told_not_a_month_told_after_it(text, day):
    doc = _doc(text)
    third = next(
        m for m in _events(doc, "meeting") if _surnames(doc, m) & {"Owusu", "Mori", "Nasser"}
    )
    assert third["date"] == day


def test_a_closing_telling_dates_a_present_act_however_long_the_clause():
    doc = _doc(
        "Norway is imposing sanctions on 12 individuals and two entities involved in the "
        "forced transfer of Sudanese children and teenagers to camps in Chad and Libya and "
        "elsewhere in the region, Foreign Minister Lars Holm announced today.\n\n"
        "Among those sanctioned is Pedro Alvarez, a Venezuelan broker."
    )
    sanctions = _events(doc, "sanction")
    assert len(sanctions) == 2 and {s.get("date") for s in sanctions} == {PUB}


def test_a_closing_telling_does_not_date_a_past_act():
    doc = _doc(
        "Foreign Minister Ana Soto of Chile held talks with Foreign Minister Luis Paredes of "
        "Peru in Lima last month on fishing rights, the ministry said today."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-02"


@pytest.mark.parametrize("line", ["4 March 2024", "March 4, 2024", "03/04/2024", "4.3.2024"])
def test_a_release_lead_measure_takes_its_dateline_day(line):
    doc = _doc(
        f"Press release\n\n{line}\n\nThe Finance Ministry of Estonia has designated five "
        "individuals and two entities that supply drones to the army of Myanmar."
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["date"] == "2024-03-04"


def test_a_numeric_line_far_from_the_text_day_is_no_dateline():
    doc = _doc(
        "Press release\n\n03/04/2021\n\nThe Finance Ministry of Estonia has designated five "
        "individuals and two entities that supply drones to the army of Myanmar."
    )
    (sanction,) = _events(doc, "sanction")
    assert not sanction.get("date")


def test_the_same_day_is_the_last_day_told_however_far_back():
    doc = _doc(
        "On March 4, Foreign Minister Ines Duarte of Brazil held talks with Foreign Minister "
        "Omar Haddad of Jordan in Amman.\n\nThe two ministers welcomed the growth of trade. "
        "They agreed to expand cooperation in water management. They exchanged views on the "
        "situation in the region. They confirmed that a business forum will be held in Sao "
        "Paulo in the second half of this year. They agreed to keep in close contact.\n\n"
        "Earlier on the same day, Ms. Duarte paid a courtesy call on King Faisal Rami of Jordan."
    )
    assert _meeting_of(doc, "Rami")["date"] == "2024-03-04"


def test_a_visit_lasts_to_the_return_its_traveler_is_told_by_title():
    doc = _doc(
        "Chilean Foreign Minister Ana Soto, who travelled to Lima on Monday at the head of a "
        "delegation, held talks with her Peruvian counterpart Luis Paredes.\n\nThe two sides "
        "discussed fishing rights and border trade.\n\nSoto thanked Peru for its hospitality."
        "\n\nThe foreign minister will return to Santiago on Wednesday."
    )
    visit = next(v for v in _events(doc, "visit") if v["location"].get("place") == "Lima")
    assert visit["date"] == "2024-03-04/2024-03-06"


def test_the_same_day_does_not_reach_past_a_day_of_the_trip():
    doc = _doc(
        "President Lena Vogt of Austria paid a state visit to Ghana from 4 to 6 March. On 5 "
        "March, she addressed the parliament in Accra.\n\nThe Joint Commission of the two "
        "countries met in Accra on the first day of the visit. It adopted a plan on cocoa. It "
        "agreed on student exchanges. It reviewed energy projects. It set up a health panel. "
        "It approved a customs pact.\n\nOn the same day, President Vogt met with Vice "
        "President Kofi Mensah of Ghana."
    )
    assert _meeting_of(doc, "Mensah").get("date") != "2024-03-05"


@pytest.mark.parametrize(
    "opening, day",
    [
        ("The next day,", "2024-03-06"),
        ("On the following day,", "2024-03-06"),
        ("The next morning,", "2024-03-06"),
        ("A day later,", "2024-03-06"),
        ("The day after,", "2024-03-06"),
        ("Later that day,", "2024-03-05"),
        ("Earlier that day,", "2024-03-05"),
    ],
)
def test_an_opening_phrase_dates_from_the_day_told_before(opening, day):
    doc = _doc(
        "On Tuesday, President Rosa Quispe of Peru met with President Lena Vogt of Austria. "
        f"{opening} Chilean Foreign Minister Ana Soto spoke by phone with Peruvian Foreign "
        "Minister Luis Paredes."
    )
    assert _meeting_of(doc, "Paredes")["date"] == day


def test_meanwhile_is_the_day_of_the_lead():
    doc = _doc(
        "On Monday, President Lena Vogt of Austria met with President Kofi Mensah of Ghana in "
        "Accra. Vogt had arrived late on Sunday. The two presidents discussed trade and "
        "cocoa.\n\nMeanwhile, Austrian Foreign Minister Karl Huber held talks with Ghanaian "
        "Foreign Minister Ama Owusu."
    )
    assert _meeting_of(doc, "Owusu")["date"] == "2024-03-04"


@pytest.mark.parametrize(
    "second",
    [
        "Soto also held talks with President Rosa Quispe of Peru.",
        "The Chilean minister also paid a courtesy call on President Rosa Quispe of Peru.",
    ],
)
def test_also_met_is_on_the_occasion_told_before(second):
    doc = _doc(
        "On Monday, Foreign Minister Ana Soto of Chile held talks with Foreign Minister Luis "
        f"Paredes of Peru in Lima. The two ministers discussed trade and fisheries. {second}"
    )
    assert _meeting_of(doc, "Quispe")["date"] == "2024-03-04"


def test_also_met_keeps_its_own_date():
    doc = _doc(
        "On Monday, Foreign Minister Ana Soto of Chile held talks with Foreign Minister Luis "
        "Paredes of Peru in Lima. Soto also met President Rosa Quispe of Peru in 2019."
    )
    assert _meeting_of(doc, "Quispe")["date"] == "2019"


def test_also_met_after_a_sentence_ending_on_no_day_stays_undated():
    doc = _doc(
        "President Lena Vogt of Austria spoke with President Kofi Mensah of Ghana on Monday, "
        "and invited him for a state visit to Vienna later this year. She also called "
        "President Amara Diallo of Guinea."
    )
    assert not _meeting_of(doc, "Diallo").get("date")


def test_also_met_during_a_stay_takes_the_stay():
    doc = _doc(
        "Foreign Minister Ana Soto of Chile paid an official visit to Peru from 2 to 4 March. "
        "On 3 March she held talks with Foreign Minister Luis Paredes of Peru in Lima. During "
        "her stay, Soto also met President Rosa Quispe of Peru."
    )
    assert _meeting_of(doc, "Quispe")["date"] == "2024-03-02/2024-03-04"


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "On Monday, Norway imposed sanctions on four officials involved in the seizure of "
            "a Norwegian tanker.",
            None,
        ),
        (
            "Norway today imposed sanctions on four officials responsible for the detention "
            "of Norwegian journalists.",
            None,
        ),
        (
            "On Monday, Norway imposed sanctions on four officials involved in the seizure of "
            "a Norwegian tanker in May.",
            "2023-05",
        ),
    ],
)
def test_an_incident_that_tells_what_targets_did_takes_no_date_of_the_measure(text, date):
    (incident,) = _events(_doc(text), "incident")
    assert incident.get("date") == date


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "On Monday, Foreign Minister Ana Soto of Chile condemned the detention of two "
            "Chilean journalists in Peru.",
            None,
        ),
        (
            "On Monday, Foreign Minister Ana Soto of Chile summoned the Peruvian ambassador, "
            "Jorge Salas, over the seizure of a Chilean trawler.",
            None,
        ),
        (
            "Foreign Minister Ana Soto of Chile met Foreign Minister Luis Paredes of Peru on "
            "Monday, days after a Peruvian patrol boat seized a Chilean trawler.",
            None,
        ),
        (
            "On Monday, Foreign Minister Ana Soto of Chile condemned the detention of two "
            "Chilean journalists in Peru on Saturday.",
            "2024-03-02",
        ),
    ],
)
def test_an_incident_a_reaction_takes_as_object_has_no_date_of_the_reaction(text, date):
    (incident,) = _events(_doc(text), "incident")
    assert incident.get("date") == date


def test_a_visit_with_no_time_of_its_own_spans_the_days_of_its_meetings():
    doc = _doc(
        "Foreign Minister Ana Soto of Chile is paying an official visit to Peru. During her "
        "stay, Soto held talks with Foreign Minister Luis Paredes of Peru on Monday. During "
        "the visit, Soto also met President Rosa Quispe of Peru on Tuesday."
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2024-03-04/2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "The two-day talks between Foreign Minister Ana Soto of Chile and Foreign Minister "
        "Luis Paredes of Peru ended on Tuesday.",
        "Foreign Minister Ana Soto of Chile and Foreign Minister Luis Paredes of Peru began two "
        "days of talks in Lima on Monday.",
    ],
)
def test_talks_of_n_days_span_them_from_the_day_they_began_or_ended(text):
    (meeting,) = _events(_doc(text), "meeting")
    assert meeting["date"] == "2024-03-04/2024-03-05"


def test_a_measure_the_text_is_taking_steps_to_impose_is_of_its_day():
    doc = _doc(
        "Separately, the Ministry of Foreign Affairs of Estonia is taking steps to impose visa "
        "restrictions on nine Belarusian officials responsible for the repression of protesters."
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["date"] == PUB


def test_a_dated_stay_opening_the_sentence_dates_a_meeting_after_a_long_title():
    doc = _doc(
        "During his March 3-5 visit to Lima, Deputy Secretary of State and Special Envoy "
        "for Andean Affairs Mark Hollis met with Peruvian Foreign Minister Ana Cortez."
    )
    meeting = _meeting_of(doc, "Cortez")
    assert meeting["date"] == "2024-03-03/2024-03-05" and meeting["status"] == "held"


def test_a_passive_which_clause_ending_the_sentence_keeps_its_date():
    doc = _doc(
        "Ruritania has imposed sanctions on Carl Brenner, the Interior Minister of Freedonia, "
        "the Foreign Minister announced today. Carl Brenner is the first minister to have "
        "been sanctioned under the new regime, which was introduced in January.",
        publisher="Foreign Office of Ruritania",
    )
    assert [(s[0], s[1]) for s in _sanctions(doc)] == [("Carl Brenner", PUB)]


def test_a_telling_that_closes_the_sentence_dates_the_measure_past_a_second_sanctions_word():
    doc = _doc(
        "Ruritania has imposed sweeping sanctions on Carl Brenner, his brother and senior "
        "figures in the Freedonian government under Ruritania's new anti-corruption "
        "sanctions regime, the Foreign Minister announced today.",
        publisher="Foreign Office of Ruritania",
    )
    assert [s[1] for s in _sanctions(doc)] == [PUB]


def test_a_purpose_the_next_day_extends_the_stay_but_not_the_first_days_meeting():
    doc = _doc(
        "The President will arrive in Lima on Thursday, March 7th to hold talks with "
        "President Vargas of Peru and to attend the next day the annual Independence "
        "parade at the invitation of President Vargas."
    )
    (visit,) = _events(doc, "visit")
    assert visit["date"] == "2024-03-07/2024-03-08"
    assert _meeting_of(doc, "Vargas")["date"] == "2024-03-07"


def test_the_craft_the_sentence_before_brought_in_goes_on_with_the_same_dated_act():
    doc = _doc(
        "The ministry received reports that three Ruritanian fishing boats were harassed by "
        "a Freedonian Coast Guard (FCG) vessel on 2 March 2024 near Pearl Reef. The FCG "
        "vessel repeatedly sounded its horn and then doused the fishing boats with water "
        "cannon for several minutes.",
        publisher="Ministry of Foreign Affairs of Ruritania",
    )
    assert [i.get("date") for i in _events(doc, "incident")] == ["2024-03-02"]


def test_a_date_of_a_plural_noun_after_the_trigger_is_not_the_meetings_time():
    doc = _doc(
        "Prime Minister Ram Singh of Nepal spoke with Prime Minister Tshering Dorji of Bhutan "
        "today. In his conversation with Prime Minister Dorji, Prime Minister Singh "
        "highlighted important achievements of the last year.",
        published="2024-01-01",
        publisher="Prime Minister's Office of Nepal",
    )
    assert [m.get("date") for m in _events(doc, "meeting")] == ["2024-01-01"]


def test_an_opening_date_after_a_datelines_place_dates_a_long_sentence():
    doc = _doc(
        "Washington – Today, Deputy Secretary of State and Special Envoy for Andean Affairs "
        "Mark Hollis, accompanied by a large delegation of senior officials from several "
        "agencies, met with Peruvian Foreign Minister Ana Cortez."
    )
    assert _meeting_of(doc, "Cortez")["date"] == PUB

"""Extraction tests of the meetings and visits an extraction finds: whether one is found at
all, who takes part, where it is, what kind it is and how meetings and visits link to
each other. Every test runs on an invented sentence, none taken from the development
corpus."""

from __future__ import annotations

import pytest
from extract_helpers import (
    _LOBBY,
    _TWO_HOME_FOREIGN_MINISTERS,
    PUB,
    _doc,
    _events,
    _meeting_of,
    _names,
    _officials,
    _surnames,
)

from relations_db.extract import extract


def test_he_is_the_subject_not_the_object():
    doc = _doc(
        "President Biden spoke about Chancellor Weber of Austria. He met virtually with "
        "Chancellor Weber, and the aides were pleased."
    )
    (meeting,) = _events(doc, "meeting")
    # (names as the text writes them: annotation.md)
    assert _names(doc, meeting) == {"Biden", "Weber"}


def test_a_welcomed_guest_from_abroad_also_visits_the_hosts_country():
    doc = _doc("Tomorrow, President Biden will welcome Prime Minister Lindqvist of Sweden.")
    (meeting,) = _events(doc, "meeting")
    (visit,) = _events(doc, "visit")
    assert meeting["status"] == visit["status"] == "planned"
    assert visit["date"] == meeting["date"] == "2024-03-07"
    assert visit["location"]["country"] == "US" and _names(doc, visit) == {"Lindqvist", "Biden"}
    roles = {p["official"]: p["role"] for p in visit["participants"] if p.get("official")}
    assert sorted(roles.values()) == ["host", "traveler"]  # the one who welcomes hosts


def test_welcoming_an_opportunity_is_not_a_meeting():
    doc = _doc("President Biden welcomed the opportunity to work with President Moyo of Zambia.")
    assert _events(doc, "visit") == []


def test_trips_of_two_travelers_to_two_countries_are_four_visits():
    doc = _doc(
        "It follows the trips of Secretary of Energy Granholm and Secretary of Commerce "
        "Raimondo to Kenya and the Republic of Ghana last year."
    )
    visits = {(next(iter(_names(doc, v))), v["location"]["country"]) for v in _events(doc, "visit")}
    assert visits == {
        ("Granholm", "KE"),
        ("Granholm", "GH"),
        ("Raimondo", "KE"),
        ("Raimondo", "GH"),
    }


def test_a_hyphenated_pair_of_any_two_countries_makes_both_sides():
    doc = _doc("The Chile-Peru Joint Commission met in Lima last week.")
    (meeting,) = _events(doc, "meeting")
    assert {p["country"] for p in meeting["participants"]} == {"CL", "PE"}


def test_consultations_with_a_demonym_and_we_are_a_meeting_of_two_governments():
    doc = _doc("We have had close consultations with Estonian friends on cyber defense.")
    (meeting,) = _events(doc, "meeting")
    assert {p["country"] for p in meeting["participants"]} == {"US", "EE"}


def test_the_title_as_subject_is_the_traveler():
    doc = _doc(
        "President Biden met President Kagame of Rwanda today. The President looked "
        "forward to visiting Kigali in June."
    )
    (visit,) = _events(doc, "visit")
    assert _names(doc, visit) == {"Biden"}
    assert visit["status"] == "planned" and visit["date"] == "2024-06"


def test_consultations_need_a_partner():
    doc = _doc(
        "President Biden met President Ortiz of Uruguay today and they agreed on "
        "consultations in the weeks and months ahead."
    )
    assert len(_events(doc, "meeting")) == 1


def test_a_country_as_subject_is_a_side_and_an_opening_phrase_is_not_the_clause():
    doc = _doc(
        "In line with discussions between President Biden and President Boric of "
        "Chile, the United States held expert talks with the Peruvian delegation "
        "March 3-4 in Lima."
    )
    talks = [m for m in _events(doc, "meeting") if m.get("date") == "2024-03-03/2024-03-04"]
    assert len(talks) == 1
    assert {p.get("country") for p in talks[0]["participants"]} == {"US", "PE"}
    first = [m for m in _events(doc, "meeting") if _names(doc, m) >= {"Boric"}]
    assert first and "date" not in first[0]  # the later talks' dates are not its own
    assert "PE" not in {p.get("country") for p in first[0]["participants"]}


def test_talks_held_and_working_groups_pledged_are_two_meetings():
    doc = _doc(
        "President Biden met President Ortiz of Uruguay today. The Presidents discussed "
        "progress since the May relaunch of the U.S.-Uruguay Economic Dialogue. Both "
        "countries pledged to create working groups on fisheries."
    )
    formats = sorted(m.get("format", "") for m in _events(doc, "meeting"))
    assert "working-group" in formats and len(formats) == 3


def test_the_office_in_a_readout_is_the_person_the_title_names():
    text = (
        "title: Readout of President Joseph R. Biden, Jr. Call with Prime Minister Ana "
        "Costa of Portugal\npublisher: The White House\npublished: 2024-03-06\n---\n"
        "The President spoke today with Portuguese Prime Minister Costa. The President "
        "thanked the Prime Minister for her support.\n"
    )
    doc = extract(text)
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Biden", "Costa"}
    biden = next(o for o in doc["officials"] if o["name"].startswith("Joseph"))
    assert biden["evidence"][0]["quote"] == "The President"


def test_two_people_who_spoke_on_a_day_had_a_call():
    doc = _doc(
        "President Ana Costa of Portugal and President Joe Biden of the United States "
        "spoke on March 4 about trade."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["format"] == "call" and meeting["date"] == "2024-03-04"


def test_they_will_meet_is_the_two_leaders_meeting_again():
    doc = _doc(
        "President Biden met President Ortiz of Uruguay today. They will meet again in "
        "Montevideo next month."
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1 and _surnames(doc, planned[0]) == {"Biden", "Ortiz"}
    assert planned[0]["date"] == "2024-04"


def test_an_unnamed_ambassador_returning_is_a_visit_of_a_described_traveler():
    doc = _doc(
        "President Ana Costa of Portugal has decided that the Portuguese Ambassador "
        "will return to Washington next week."
    )
    (visit,) = _events(doc, "visit")
    assert "traveler" not in visit and visit["participants"][0]["country"] == "PT"
    assert visit["date"] == "2024-03-11/2024-03-17" and visit["status"] == "planned"


def test_territories_and_regions_are_places():
    doc = _doc("The Secretary of State, Antony Blinken, will visit the West Bank next week.")
    (visit,) = _events(doc, "visit")
    assert visit["location"] == {"place": "West Bank", "country": "PS"}


def test_named_summits_and_meetings_with_a_groups_leaders_are_meetings():
    doc = _doc(
        "President Biden attended the Pacific Islands Summit in May. He also held a "
        "meeting with ASEAN leaders at the White House in June."
    )
    groups = sorted(
        p["description"]
        for m in _events(doc, "meeting")
        for p in m["participants"]
        if p.get("description")
    )
    assert groups == ["ASEAN leaders", "Pacific Islands leaders"]


def test_meetings_with_sides_of_different_countries_stay_apart():
    doc = _doc(
        "President Biden will meet with Israeli leaders. He will later meet with "
        "Jordanian officials."
    )
    assert len(_events(doc, "meeting")) == 2


def test_each_named_summit_in_a_list_is_its_own_meeting():
    doc = _doc(
        "President Biden recalled the Quad Summit, his hosting of the Summit of the "
        "Americas last week, and his meeting with ASEAN leaders."
    )
    groups = sorted(
        tuple(sorted(p["description"] for p in m["participants"] if p.get("description")))
        for m in _events(doc, "meeting")
    )
    assert groups == [("ASEAN leaders",), ("Americas leaders",), ("Quad leaders",)]


def test_an_indefinite_new_dialogue_is_not_the_meeting_named_before():
    doc = _doc(
        "President Biden met Prime Minister Rao of Nepal today. They announced their "
        "intent to negotiate a trade agreement in 2025. They committed to establishing "
        "a Strategic Dialogue on climate."
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert len(planned) == 2


def test_his_conversation_with_someone_is_between_the_owner_and_that_person():
    doc = _doc(
        "President Biden briefed Prime Minister Rao of Nepal on his conversation with "
        "President Lula of Brazil."
    )
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Biden", "Lula"}


def test_an_organisation_can_be_the_other_side_of_a_discussion():
    doc = _doc(
        "We had an intensive discussion this week between the United States and NATO "
        "about air defense."
    )
    (meeting,) = _events(doc, "meeting")
    assert {p["description"] for p in meeting["participants"]} >= {"NATO"}
    assert meeting["date"] == "2024-03-04/2024-03-06"


def test_the_host_who_invites_is_a_participant_of_the_visit_not_the_traveler():
    doc = _doc(
        "President Biden accepted Prime Minister Rao's invitation to pay an official "
        "visit to Nepal in the very near future. Rao is the Prime Minister of Nepal."
    )
    (visit,) = _events(doc, "visit")
    roles = {p["official"]: p["role"] for p in visit["participants"]}
    assert visit["traveler"] == next(k for k, v in roles.items() if v == "traveler")
    assert sorted(roles.values()) == ["host", "traveler"]


def test_a_place_before_the_meeting_noun_is_its_place():
    doc = _doc("They recalled the Geneva summit between President Biden and President Putin.")
    (meeting,) = _events(doc, "meeting")
    assert meeting["location"] == {"place": "Geneva", "country": "CH"}


def test_a_meeting_before_a_trip_in_a_list_is_not_part_of_it():
    doc = _doc(
        "It follows President Biden's meeting with ASEAN leaders at the White House and "
        "his visit next week to Europe."
    )
    (meeting,) = _events(doc, "meeting")
    assert "date" not in meeting and "links" not in doc


def test_a_question_keeps_only_a_meeting_it_presupposes():
    doc = _doc(
        "President Biden took questions.\n\nQ Did the President raise trade in the "
        "meeting with President Lula of Brazil this morning? Will he impose sanctions on "
        "Venezuela?"
    )
    assert len(_events(doc, "meeting")) == 1
    assert _events(doc, "sanction") == []


def test_the_president_of_a_white_house_text_is_the_us_one_among_several():
    doc = _doc(
        "President Biden greeted President Lula of Brazil. The President then met "
        "Prime Minister Rao of Nepal."
    )
    meetings = [m for m in _events(doc, "meeting") if _surnames(doc, m) >= {"Rao"}]
    assert meetings and _surnames(doc, meetings[0]) == {"Biden", "Rao"}


@pytest.mark.parametrize(
    "text",
    [
        "President Biden, as you may have seen from the photo, was in the Oval Office "
        "with his team.",
        # an event noun that was (will be) in a town: no one's stay there
        "President Joe Biden met President Kim Min-su of Korea on March 2. The last round was "
        "in Honolulu in November. The next session will be in Seoul in May.",
    ],
)
def test_being_in_a_room_or_an_event_being_in_a_town_is_not_a_visit(text):
    assert _events(_doc(text, published="2026-03-27"), "visit") == []


def test_two_groups_summits_are_two_meetings():
    doc = _doc("President Biden will travel next week to Europe for the G20 and OSCE Summits.")
    groups = sorted(
        p["description"]
        for m in _events(doc, "meeting")
        for p in m["participants"]
        if p.get("description")
    )
    assert groups == ["G20 leaders", "OSCE leaders"]


def test_technical_teams_are_the_teams_of_the_two_sides_of_the_text():
    doc = _doc(
        "President Biden spoke with President Lula of Brazil today. Technical teams "
        "will meet in Brasilia in the coming days."
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert {p.get("country") for p in planned[0]["participants"]} == {"US", "BR"}


def test_we_with_a_contraction_is_the_speaking_government():
    doc = _doc("We’ve had very close consultations with Chilean friends.")
    (meeting,) = _events(doc, "meeting")
    assert {p.get("country") for p in meeting["participants"]} == {"US", "CL"}


def test_diplomacy_between_two_countries_is_a_meeting_of_their_officials():
    doc = _doc(
        "We will review some of the diplomacy of late that we have seen, particularly "
        "between Laos and Cambodia."
    )
    (meeting,) = _events(doc, "meeting")
    assert {p.get("country") for p in meeting["participants"]} >= {"LA", "KH"}


def test_the_two_presidents_of_a_white_house_text_include_the_us_one():
    doc = _doc(
        "President Biden is in Geneva. Reporters asked about President Kaya of Turkey. "
        "President Sorin of Moldova will arrive later. The two presidents will meet in "
        "June."
    )
    june = [m for m in _events(doc, "meeting") if m.get("date") == "2024-06"]
    assert june and _surnames(doc, june[0]) == {"Biden", "Sorin"}


def test_a_place_after_another_events_trigger_is_that_events_place():
    doc = _doc(
        "President Biden recalled the Summit of the Americas last week and his visit "
        "next week to Peru."
    )
    (meeting,) = _events(doc, "meeting")
    (visit,) = _events(doc, "visit")
    assert "location" not in meeting and visit["location"]["country"] == "PE"


def test_the_place_a_traveler_leaves_for_after_a_meeting_is_not_its_place():
    """ "will meet A before returning to X", "... before flying to X": X is where the
    traveler goes once the meeting is over, not where it is held."""
    doc = _doc(
        "On Thursday, President Ana Silva of Brazil will meet Chancellor Peter Graf of Austria "
        "before returning to Brasília.",
        publisher="Reuters",
    )
    (meeting,) = _events(doc, "meeting")
    assert "location" not in meeting


def test_the_clause_verb_modality_reaches_a_far_trigger():
    doc = _doc(
        "President Biden looked forward to visiting the Prime Minister's home town of "
        "Kyoto in May for the Pacific Islands Summit."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["status"] == "planned" and meeting["date"] == "2024-05"


def test_a_past_verb_between_keeps_an_event_held():
    doc = _doc(
        "President Biden will discuss the talks he held with President Lula of Brazil in Brasilia."
    )
    held = [m for m in _events(doc, "meeting") if m["status"] == "held"]
    assert held


def test_a_meeting_with_a_group_is_not_the_meeting_with_one_leader():
    doc = _doc(
        "President Biden will meet President Lula of Brazil tomorrow. The President "
        "also met with the ASEAN leaders."
    )
    assert len(_events(doc, "meeting")) == 2


def test_travel_to_countries_for_talks_is_a_meeting_in_each_with_its_counterparts():
    doc = _doc(
        "Last month Secretary of the Treasury Yellen traveled to Kenya and Ghana for "
        "economic talks."
    )
    meetings = _events(doc, "meeting")
    assert sorted(m["location"]["country"] for m in meetings) == ["GH", "KE"]
    assert all(m["date"] == "2024-02" and _surnames(doc, m) == {"Yellen"} for m in meetings)


def test_the_president_and_prime_minister_are_two_mentions():
    doc = _doc(
        "President Biden met Prime Minister Rao of Nepal today. Looking forward to the "
        "Summit for Climate, the President and Prime Minister affirmed their commitment."
    )
    summit = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert summit and _surnames(doc, summit[0]) == {"Biden", "Rao"}
    assert summit[0]["status"] == "planned"


def test_host_as_a_noun_is_not_a_meeting():
    doc = _doc(
        "President Biden assured Prime Minister Rao of Nepal of support for Nepal as host "
        "of the Himalaya Forum in 2025."
    )
    assert _events(doc, "meeting") == []


def test_a_town_of_a_state_is_a_place_of_that_country():
    doc = _doc(
        "Tomorrow President Biden will host President Lula of Brazil in Annapolis, Maryland."
    )
    (visit,) = _events(doc, "visit")
    assert visit["location"] == {"place": "Annapolis, Maryland", "country": "US"}


def test_the_one_who_invites_is_the_host_of_the_visit():
    doc = _doc(
        "President Biden spoke today. The President will then travel to Muscat, Oman, "
        "which hosts the forum, at the invitation of Sultan Haitham bin Tarik of Oman."
    )
    (visit,) = _events(doc, "visit")
    roles = {p["official"]: p["role"] for p in visit["participants"]}
    assert roles == {"biden": "traveler", "haitham-bin-tarik": "host"}


def test_on_the_margins_of_a_conference_names_its_place():
    doc = _doc(
        "Secretary of State Antony Blinken met with Foreign Minister Sikorski of Poland "
        "today on the margins of the Munich Security Conference."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["location"] == {"place": "Munich", "country": "DE"}


def test_with_a_country_of_several_words_is_a_side():
    doc = _doc("We have had close consultations with the Republic of Korea on energy.")
    (meeting,) = _events(doc, "meeting")
    assert {p.get("country") for p in meeting["participants"]} == {"US", "KR"}


def test_the_visiting_minister_is_the_traveler_to_the_place_of_the_talks():
    doc = extract(
        "On March 3, Foreign Minister Ana Ruiz of Chile held talks in Santiago with "
        "visiting Peruvian Foreign Minister Elmer Schialer.",
        published="2025-03-10",
        publisher="Reuters",
    )
    (visit,) = _events(doc, "visit")
    assert visit["traveler"] == "elmer-schialer"
    assert visit["location"] == {"place": "Santiago", "country": "CL"}


def test_unnamed_offices_of_the_home_government_are_sides_and_hosts():
    text = (
        "title: Background Press Call on the Visit of President Ortiz\npublisher: The White "
        "House\npublished: 2024-09-26\n---\nToday the President will host President Ortiz "
        "of Uruguay. The Vice President will also meet separately with President Ortiz this "
        "afternoon. Yesterday, the Secretary of State met with Uruguayan Foreign Minister "
        "Ana Paz in New York.\n"
    )
    doc = extract(text)
    sides = sorted(
        p["description"]
        for m in _events(doc, "meeting")
        for p in m["participants"]
        if p.get("description")
    )
    assert sides == ["The Vice President", "the President", "the Secretary of State"]
    (visit,) = _events(doc, "visit")
    assert visit["traveler"] == "ortiz" and visit["location"]["country"] == "US"


def test_a_question_about_someone_preparing_to_meet_is_no_meeting():
    doc = _doc(
        "President Biden took questions.\n\nQ Are you preparing for the President to meet "
        "with President Lula of Brazil?"
    )
    assert _events(doc, "meeting") == []


def test_a_foreign_ministry_text_with_family_names_in_capitals():
    text = (
        "title: Japan-Chile Summit Meeting\npublisher: Ministry of Foreign Affairs of Japan\n"
        "published: 2025-08-24\n---\nOn August 23, commencing at 4:30 p.m., Mr. TANAKA "
        "Hiroshi, Prime Minister of Japan, held a Japan-Chile Summit Meeting with H.E. Mr. "
        "Gabriel Boric, President of the Republic of Chile, who was visiting Japan. "
        "Prime Minister Tanaka welcomed President Boric.\n"
    )
    doc = extract(text)
    assert _officials(doc) == {"TANAKA Hiroshi": "JP", "Gabriel Boric": "CL"}
    meetings = _events(doc, "meeting")
    assert len(meetings) == 1 and meetings[0]["date"] == "2025-08-23"
    assert meetings[0]["format"] == "summit"
    (visit,) = _events(doc, "visit")
    assert visit["location"]["country"] == "JP" and visit["date"] == "2025-08-23"


def test_a_preview_of_an_unnamed_presidents_travel():
    text = (
        "SENIOR ADMINISTRATION OFFICIAL: So, the President arrives in Lisbon on Thursday, and "
        "on Friday he will hold a bilateral meeting with Prime Minister Luis Moreira."
    )
    doc = _doc(text)
    visit = _events(doc, "visit")[0]
    # (the stay runs from the arrival to the meeting there on Friday: the days the text
    # gives it, as in test_a_visit_runs_from_the_arrival_to_the_travelers_last_meeting_there)
    assert visit["status"] == "planned" and visit["date"] == "2024-03-07/2024-03-08"
    assert visit["participants"][0]["country"] == "US"
    meeting = _events(doc, "meeting")[0]
    assert meeting["date"] == "2024-03-08" and _names(doc, meeting) == {"Luis Moreira"}
    assert any(p.get("country") == "US" for p in meeting["participants"])


def test_he_continues_the_subject_not_the_object():
    text = (
        "Foreign Minister Ana Lopes of Portugal paid a courtesy call on President Karim "
        "Benali of Algeria on Monday. On Thursday she will continue on to Tunis."
    )
    doc = _doc(text, publisher="Ministry of Foreign Affairs of Portugal")
    visits = [v for v in _events(doc, "visit") if v.get("location", {}).get("place") == "Tunis"]
    assert visits and _names(doc, visits[0]) == {"Ana Lopes"}


_CALL = (
    "Prime Minister Ana Silva of Portugal spoke today with Prime Minister Jan Novak of "
    "the Czech Republic. "
)


def _described_only(doc: dict) -> list[dict]:
    return [
        m for m in _events(doc, "meeting") if not any(p.get("official") for p in m["participants"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to continue the close consultation between their teams.",
        "The Prime Ministers instructed their negotiating teams to finish the treaty text.",
        "They agreed to share information closely between their defense staffs.",
    ],
)
def test_teams_of_the_two_sides_meet_not_the_leaders(sentence):
    doc = _doc(_CALL + sentence, publisher="Government of Portugal")
    teams = _described_only(doc)
    assert teams and {p["country"] for p in teams[0]["participants"]} == {"PT", "CZ"}
    assert teams[0]["status"] == "planned"


def test_a_mechanism_the_leaders_set_up_is_a_meeting_of_officials():
    doc = _doc(
        _CALL + "The two leaders decided to open a process of in-depth consultations on energy.",
        publisher="Government of Portugal",
    )
    officials = _described_only(doc)
    assert officials and {p["description"] for p in officials[0]["participants"]} == {
        "PT officials",
        "CZ officials",
    }


def test_their_teams_after_another_meeting_do_not_replace_its_participants():
    doc = _doc(
        _CALL + "They discussed a possible meeting during their call and agreed to have "
        "their teams follow up.",
        publisher="Government of Portugal",
    )
    assert all(_names(doc, m) for m in _events(doc, "meeting"))


def test_two_demonyms_before_a_plural_office_are_two_sides():
    doc = _doc(
        "Senegalese and Gambian trade ministers met in Banjul on Monday.",
        publisher="Government of Senegal",
    )
    meeting = _events(doc, "meeting")[0]
    assert {p.get("country") for p in meeting["participants"]} == {"SN", "GM"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The ministers agreed to convene the Uruguay-Paraguay Joint Commission in Asuncion "
            "in the first half of 2025.",
            "planned",
        ),
        (
            "Minister Ana Ruiz of Uruguay paid a courtesy call on President Mario Benitez of "
            "Paraguay on Monday.",
            "held",
        ),
        (
            "Foreign Minister Ana Ruiz of Uruguay and Foreign Minister Jose Duarte of Paraguay "
            "will co-chair the new commission.",
            "planned",
        ),
    ],
)
def test_convening_courtesy_calls_and_co_chairs_are_meetings(text, status):
    meetings = _events(_doc(text, publisher="Ministry of Foreign Affairs of Uruguay"), "meeting")
    assert meetings and meetings[0]["status"] == status


def test_one_meeting_per_counterpart_in_a_list():
    doc = _doc(
        "Foreign Minister Ana Ruiz of Uruguay will meet with President Mario Benitez and "
        "Foreign Minister Jose Duarte of Paraguay on Friday.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    assert sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting")) == [
        ["Benitez", "Ruiz"],
        ["Duarte", "Ruiz"],
    ]


def test_a_list_of_counterparts_whose_titles_hold_for_and_and_is_one_meeting_each():
    # "Minister for Trade and Industry B": "for" and "and" inside a title do not end the list
    # (the place names the host: "Congress" alone names no country in a text not on the US)
    doc = _doc(
        "Foreign Minister Ana Ruiz of Uruguay also met President Mario Benitez, Minister for "
        "Trade and Industry Jose Duarte and Speaker of Congress Luis Gaona in Asunción on "
        "Friday.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    assert sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting")) == [
        ["Benitez", "Ruiz"],
        ["Duarte", "Ruiz"],
        ["Gaona", "Ruiz"],
    ]


def test_a_list_that_opens_with_counterparts_not_known_as_persons_is_still_split():
    # "Mr. A, The Chief of X and Mr. B (Dr.) C, Vice President of Y, ...": counterparts with
    # a title only after the name come first; the known ones after them still get a call each
    doc = _doc(
        "Foreign Minister Ana Ruiz of Uruguay today held telephone conversations with Mr. "
        "Tomas Ferreyra Lugo, The Intendente of Department of Salto and Mr. Pablo (Dr.) "
        "Acosta, Governor of Misiones, President Mario Benitez of Paraguay and Foreign "
        "Minister Jose Duarte of Paraguay.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    assert sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting")) == [
        ["Benitez", "Ruiz"],
        ["Duarte", "Ruiz"],
    ]


def test_bilateral_meetings_with_leaders_of_two_countries_are_one_meeting_each():
    # the side that met them is not named in the sentence ("the Minister's last engagements");
    # the plural noun and the two countries still make two meetings, not one of the two
    doc = _doc(
        "Spokesperson: the Minister's last two engagements in Geneva before she leaves for Lima "
        "were bilateral meetings with His Excellency Tomas Halvorsen, the President of Norway, "
        "and His Excellency Mr. Kofi Mensah, the President of Ghana.",
        publisher="Ministry of Foreign Affairs of Peru",
    )
    assert sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting")) == [
        ["Halvorsen"],
        ["Mensah"],
    ]


def test_talks_with_officials_of_a_list_of_countries_are_one_meeting_each():
    # "with government officials of X, Y and Z": one side per country, each its own talks
    doc = _doc(
        "Director-General Taro Sato held talks separately with government officials of the "
        "United States, China and Russia on Monday.",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    got = sorted(
        next(p["country"] for p in m["participants"] if not p.get("official"))
        for m in _events(doc, "meeting")
    )
    assert got == ["CN", "RU", "US"]


def test_counterparts_who_meet_together_are_one_meeting():
    doc = _doc(
        "Foreign Minister Ana Ruiz of Uruguay will meet jointly with President Mario "
        "Benitez and Foreign Minister Jose Duarte of Paraguay on Friday.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    assert len(_events(doc, "meeting")) == 1


def test_a_possible_meeting_does_not_make_the_call_it_was_discussed_in_tentative():
    doc = _doc(
        "President Ana Ruiz of Uruguay spoke with President Mario Benitez of Paraguay on "
        "Monday. The two leaders discussed a possible visit to Asuncion during their call.",
        publisher="Presidency of Uruguay",
    )
    assert [m["status"] for m in _events(doc, "meeting")] == ["held"]


def test_the_two_leaders_are_not_an_aide_whose_title_names_the_president():
    doc = _doc(
        "Deputy Assistant to the President Maria Lopez briefed reporters. President Ana "
        "Ruiz of Uruguay and President Mario Benitez of Paraguay met in March. I can "
        "confirm that the two leaders will meet again in May.",
        publisher="Presidency of Uruguay",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert planned and _surnames(doc, planned[0]) == {"Ruiz", "Benitez"}


def test_a_plural_title_before_two_names_is_each_ones_and_joined_by_adds_them():
    doc = _doc(
        "President Ana Ruiz of Uruguay and President Mario Benitez of Paraguay held talks "
        "in Montevideo on Monday. They were joined by Foreign Ministers Jose Duarte and "
        "Rosa Vega.",
        publisher="Presidency of Uruguay",
    )
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Ruiz", "Benitez", "Duarte", "Vega"}
    titles = {o["name"]: o["positions"][0]["title"] for o in doc["officials"]}
    assert titles["Jose Duarte"] == titles["Rosa Vega"] == "Foreign Minister"


def test_hosting_these_discussions_makes_the_host_a_participant():
    doc = _doc(
        "The United States held talks with the Russian delegation on Monday in Doha. "
        "The United States thanks Emir Tamim bin Hamad of Qatar for hosting these "
        "important discussions.",
        publisher="The White House",
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Tamim bin Hamad"}


def test_negotiations_between_both_sides_are_between_the_pair_named_before():
    doc = _doc(
        "President Ana Ruiz of Uruguay spoke with President Mario Benitez of Paraguay "
        "about the Armenia-Azerbaijan conflict. Uruguay will continue facilitating "
        "negotiations between both sides.",
        publisher="Presidency of Uruguay",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert planned and {"AM", "AZ"} <= {p.get("country") for p in planned[0]["participants"]}
    assert not _names(doc, planned[0])


def test_bilateral_meetings_between_each_of_the_countries_of_a_trilateral():
    doc = _doc(
        "On Friday, Foreign Minister Ana Ruiz of Uruguay will host Foreign Minister Jose "
        "Duarte of Paraguay and Foreign Minister Rosa Vega of Bolivia for a trilateral "
        "meeting. There will also be bilateral meetings between each of the countries.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    pairs = [
        frozenset(p["country"] for p in m["participants"])
        for m in _events(doc, "meeting")
        if not _names(doc, m)
    ]
    assert sorted(map(sorted, pairs)) == [["BO", "PY"], ["BO", "UY"], ["PY", "UY"]]
    assert all(m["date"] == "2024-03-08" for m in _events(doc, "meeting"))


def test_a_named_counterpart_and_described_officials_are_two_meetings():
    doc = _doc(
        "In May, Foreign Minister Ana Ruiz of Uruguay traveled to Asuncion and met with "
        "President Mario Benitez of Paraguay and senior trade officials.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    meetings = _events(doc, "meeting")
    assert len(meetings) == 2
    described = [m for m in meetings if _names(doc, m) == {"Ana Ruiz"}]
    assert described and any(
        p.get("description") == "senior trade officials" for p in described[0]["participants"]
    )


def test_plans_for_someone_to_travel_are_a_planned_visit():
    doc = _doc(
        "Officials are making plans for President Mario Benitez of Paraguay to travel to "
        "Brasilia in November.",
        publisher="Presidency of Uruguay",
    )
    (visit,) = _events(doc, "visit")
    assert visit["status"] == "planned" and visit["date"] == "2024-11"


def test_one_meeting_per_described_counterpart_of_a_named_official():
    doc = _doc("Deputy Secretary Ana Ruiz spoke yesterday with Brazilian and Colombian officials.")
    meetings = _events(doc, "meeting")
    assert (
        sorted(p["country"] for m in meetings for p in m["participants"] if p.get("country"))
        == ["BR", "CO"]
        and len(meetings) == 2
    )
    assert all("pair" not in p for m in meetings for p in m["participants"])


def test_leading_a_delegation_to_a_place_is_a_visit():
    doc = _doc(
        "Minister of Enterprises Adolfo Rossi of Italy will lead a business delegation to "
        "Tunis in September.",
        publisher="Government of Italy",
    )
    (visit,) = _events(doc, "visit")
    assert visit["status"] == "planned" and visit["date"] == "2024-09"


def test_travelers_together_with_others_each_visit_and_where_they_met_is_all_of_them():
    doc = _doc(
        "Prime Minister Carla Bruni of Italy travelled to Tunis on Monday together with "
        "Prime Minister Jan de Vries of the Netherlands, where they met President Karim "
        "Benali of Tunisia.",
        publisher="Government of Italy",
    )
    assert sorted(n for v in _events(doc, "visit") for n in _names(doc, v)) == [
        "Carla Bruni",
        "Jan de Vries",
    ]
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Carla Bruni", "Jan de Vries", "Karim Benali"}


def test_both_ambassadors_will_be_in_a_place_is_a_visit_each():
    doc = _doc(
        "President Ana Ruiz of Uruguay will meet President Mario Benitez of Paraguay in "
        "Geneva on Friday. Both ambassadors will be in Geneva on Friday.",
        publisher="Presidency of Uruguay",
    )
    travelers = sorted(
        p["description"]
        for v in _events(doc, "visit")
        for p in v["participants"]
        if p.get("description")
    )
    assert travelers == ["PY ambassador", "UY ambassador"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Minister Ana Ruiz of Uruguay discussed trade with Minister Jose Duarte of Paraguay by "
            "phone on Monday.",
            "meeting",
        ),
        ("The President will land in Asuncion on Monday.", "visit"),
        (
            "Minister Ana Ruiz of Uruguay will meet the leaders on Monday before flying to Lima.",
            "visit",
        ),
        (
            "The ministers condemned the deployment of troops to the border by Venezuela.",
            "incident",
        ),
        (
            "The ministers condemned the execution of a Uruguayan national by Iranian "
            "authorities on Monday.",
            "incident",
        ),
    ],
)
def test_more_event_forms(text, kind):
    assert _events(_doc(text, publisher="Ministry of Foreign Affairs of Uruguay"), kind)


def test_he_after_a_meeting_continues_its_subject_and_its_place_stays_in_its_clause():
    doc = _doc(
        "But Special Envoy Ana Ruiz of Uruguay met with President Mario Benitez of "
        "Paraguay in St. Petersburg last month, and she will travel to Lima this week.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    (visit,) = [v for v in _events(doc, "visit") if v.get("location", {}).get("place") == "Lima"]
    assert _names(doc, visit) == {"Ana Ruiz"}
    meeting = _events(doc, "meeting")[0]
    assert meeting.get("location", {}).get("place") in (None, "St. Petersburg")


def test_welcomed_by_makes_the_welcomer_the_host_of_the_subjects_visit():
    doc = _doc(
        "MS. X: So, the President will land in Lima tomorrow morning, where he'll be "
        "welcomed by President Mario Benitez of Peru."
    )
    visits = _events(doc, "visit")
    assert len(visits) == 1 and "traveler" not in visits[0]  # an unnamed traveler
    roles = {p.get("official") or p.get("country"): p["role"] for p in visits[0]["participants"]}
    assert roles == {"mario-benitez": "host", "US": "traveler"}


def test_a_speakers_he_continues_the_office_a_question_asked_about():
    doc = _doc(
        "Q: Did the Secretary talk to Foreign Minister Duarte of Paraguay before the trip?"
        "\n\nMR. X: He spoke with Foreign Minister Jose Duarte by phone on Tuesday.",
        publisher="U.S. Department of State",
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-03-05" and _names(doc, meeting) == {"Jose Duarte"}
    assert any(p.get("country") == "US" for p in meeting["participants"])


def test_talks_with_two_demonyms_delegations_are_not_with_the_last_named_person():
    doc = _doc(
        "Special Envoy Ana Ruiz met with President Mario Benitez of Paraguay last month, "
        "and she will travel to Lima this week for talks with Chilean and Peruvian "
        "delegations.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert planned and _names(doc, planned[0]) == {"Ana Ruiz"}


def test_the_ministers_as_subject_of_a_planned_meeting_are_the_last_two_sides():
    doc = _doc(
        "Foreign Minister Ana Ruiz met Foreign Minister Jose Duarte of Peru in Lima. The "
        "Ministers agreed to hold the next meeting in Santiago in 2025.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1 and planned[0]["date"] == "2025"
    assert _names(doc, planned[0]) == {"Ana Ruiz", "Jose Duarte"}


def test_leaders_who_direct_their_ministers_to_meet_are_not_the_meeting():
    doc = _doc(
        "President Ana Ruiz met President Jose Duarte of Peru in Lima. The Presidents "
        "directed their Ministers of Trade to convene the Joint Commission in 2025.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert planned and all(not _names(doc, m) for m in planned)


def test_the_venue_of_this_summit_at_the_invitation_of_a_king_is_its_place_and_host():
    doc = _doc(
        "President Ana Ruiz will attend a Summit of the African Union in July. She will "
        "meet Prime Minister Jose Duarte of Peru in Lima. President Ruiz will then travel "
        "to Quito, Ecuador, which is the venue for this gathering of six leaders, at the "
        "invitation of President Mario Benitez.",
        publisher="Office of the President of Chile",
    )
    summit = next(
        m
        for m in _events(doc, "meeting")
        if any("African" in p.get("description", "") for p in m["participants"])
    )
    assert summit["location"]["country"] == "EC"
    roles = {p.get("official"): p["role"] for p in summit["participants"] if p.get("official")}
    assert roles.get("mario-benitez") == "host"


def test_a_telephone_talk_is_a_call():
    doc = _doc(
        "On March 4, Prime Minister Aiko Mori held a telephone talk with President Juan "
        "Reyes of Chile.",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert [(m.get("format"), m.get("date")) for m in _events(doc, "meeting")] == [
        ("call", "2024-03-04")
    ]


def test_the_secretary_in_a_text_of_two_secretaries_is_the_one_named_first():
    doc = _doc(
        "Secretary of State Ann Lowe met Foreign Minister Karl Berg of Norway today. She "
        "noted the call between Secretary of Energy Tom Hale and his counterpart. "
        "Earlier in the day, the Secretary met with Icelandic Foreign Minister Sif Arna.",
        publisher="U.S. Department of State",
    )
    met = [_surnames(doc, m) for m in _events(doc, "meeting")]
    assert {"Lowe", "Arna"} in met


def test_a_title_written_again_without_a_name_or_as_initials_is_its_holder():
    doc = _doc(
        "External Affairs Minister Anil Menon met Foreign Minister Ola Berg of Norway. "
        "EAM had a telephone conversation with Foreign Minister Ana Cruz of Peru on "
        "Tuesday. External Affairs Minister will visit Lima on Friday.",
        publisher="Ministry of External Affairs, Government of India",
    )
    calls = [_surnames(doc, m) for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert calls == [{"Menon", "Cruz"}]
    assert [_surnames(doc, v) for v in _events(doc, "visit")] == [{"Menon"}]


def test_coordinated_subjects_of_a_trip_each_make_a_visit_but_objects_before_it_do_not():
    doc = _doc(
        "President Ana Ruiz and Foreign Minister Jose Soto will travel to Madrid on Monday.",
        publisher="Presidency of Chile",
    )
    assert sorted(_surnames(doc, v).pop() for v in _events(doc, "visit")) == ["Ruiz", "Soto"]
    doc = _doc(
        "On Monday, the President will meet President Lo Van Hai and Prime Minister Tran "
        "Duc Long in Hanoi before departing for Manila."
    )
    travelers = [_surnames(doc, v) for v in _events(doc, "visit")]
    assert {"Hai"} not in travelers


def test_a_video_call_or_a_2_plus_2_with_a_list_is_one_meeting_with_everyone():
    doc = _doc(
        "President Ana Ruiz will hold a video call with President Jose Soto of Peru and "
        "President Mario Duarte of Paraguay on Saturday.",
        publisher="Presidency of Chile",
    )
    assert [_surnames(doc, m) for m in _events(doc, "meeting")] == [{"Ruiz", "Soto", "Duarte"}]


def test_spoke_with_a_and_with_b_is_one_call_each():
    doc = _doc(
        "Foreign Minister Ana Ruiz spoke yesterday with her Peruvian counterpart, Jose Soto, "
        "and with Bolivian Foreign Minister Mario Duarte about the floods.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert sorted(map(sorted, (_surnames(doc, m) for m in _events(doc, "meeting")))) == [
        ["Duarte", "Ruiz"],
        ["Ruiz", "Soto"],
    ]


def test_there_he_met_continues_the_trip_and_a_second_passive_predicate_is_its_own_meeting():
    doc = _doc(
        "Secretary of State Ann Lowe traveled to Oslo in May. There she met with Foreign "
        "Minister Karl Berg for two days of talks and was received by Prime Minister Ola "
        "Lie of Norway.",
        publisher="U.S. Department of State",
    )
    meetings = sorted((sorted(_surnames(doc, m)), m.get("date")) for m in _events(doc, "meeting"))
    assert meetings == [(["Berg", "Lowe"], "2023-05"), (["Lie", "Lowe"], "2023-05")]


def test_the_two_leaders_after_an_unnamed_home_office_meets_a_foreign_one_are_those_two():
    doc = _doc(
        "On Friday, the President will meet Prime Minister Aiko Mori of Japan. On "
        "Saturday, the President will meet with President Juan Reyes of Chile. The two "
        "leaders last spoke by phone in April."
    )
    call = next(m for m in _events(doc, "meeting") if m.get("format") == "call")
    assert _surnames(doc, call) == {"Reyes"}
    assert [d.get("country") for d in call["participants"] if not d.get("official")] == ["US"]


def test_welcoming_a_decision_of_a_country_is_no_meeting():
    doc = _doc(
        "President Ana Ruiz and President Jose Soto of Peru welcomed the decision of "
        "Bolivia to reopen the border.",
        publisher="Presidency of Chile",
    )
    assert _events(doc, "meeting") == []


def test_the_two_leaders_are_the_principals_not_the_last_leader_named():
    doc = _doc(
        "Prime Minister Ana Ruiz hosted President Jose Soto of Peru in Santiago on "
        "Monday. Prime Minister Ruiz and President Soto signed four agreements. President "
        "Soto was also received by President Carla Diaz. The two leaders recalled their "
        "meeting in Lima on 12 July 2023.",
        publisher="Government of Chile",
    )
    recalled = next(m for m in _events(doc, "meeting") if m.get("date") == "2023-07-12")
    assert _surnames(doc, recalled) == {"Ruiz", "Soto"}


def test_a_verb_with_no_subject_after_and_continues_the_clause_and_the_trip_before():
    doc = _doc(
        "External Affairs Minister Anil Menon will pay an official visit to Brazil on 20 and "
        "21 March. In Brasilia, he will co-chair the joint commission with Foreign Minister "
        "Paulo Lima, and hold talks with Vice President Rita Gomes.",
        publisher="Ministry of External Affairs, Government of India",
    )
    talks = _meeting_of(doc, "Gomes")
    assert (_surnames(doc, talks), talks["status"], talks["date"]) == (
        {"Menon", "Gomes"},
        "planned",
        "2024-03-20/2024-03-21",
    )


def test_offices_with_two_word_demonyms_are_described_sides():
    doc = _doc(
        "The Foreign Secretary met the Sri Lankan Foreign Secretary in Colombo last week.",
        publisher="Ministry of External Affairs, Government of India",
    )
    (meeting,) = _events(doc, "meeting")
    assert sorted(p["country"] for p in meeting["participants"]) == ["IN", "LK"]


def test_he_after_a_sentence_opened_by_during_continues_its_first_subject():
    doc = _doc(
        "Foreign Minister Paulo Lima of Brazil will visit India from 18 to 20 March. During "
        "the visit, Mr. Paulo Lima and Adviser Vikram Rao will hold the strategic dialogue. He "
        "will also hold talks with External Affairs Minister Anil Menon on 18 March.",
        publisher="Ministry of External Affairs, Government of India",
    )
    assert _surnames(doc, _meeting_of(doc, "Menon")) == {"Lima", "Menon"}


def test_the_presidents_travel_in_a_government_text_is_its_unnamed_presidents():
    doc = _doc(
        "On Friday, the President will meet President Rosa Vidal of Chile in Lima. The "
        "President will depart for Lima tomorrow."
    )
    (visit,) = _events(doc, "visit")
    assert [(p.get("official"), p.get("country")) for p in visit["participants"]] == [(None, "US")]
    assert visit["location"] == {"place": "Lima", "country": "PE"}


def test_the_visit_of_a_then_minister_named_after_a_comma_is_that_ministers():
    doc = _doc(
        "On the same day, President Ana Costa was received by the President of the Republic, "
        "Ms. Rita Lopes. The two leaders recalled the visit of the then Minister of Foreign "
        "Affairs of Portugal, Mr. Rui Sousa, to the province of Huila on 12 February 2023.",
        publisher="Presidency of the Republic of Angola",
    )
    visit = next(v for v in _events(doc, "visit") if v.get("date") == "2023-02-12")
    assert _surnames(doc, visit) == {"Sousa"}


def test_officials_of_an_institution_travelling_to_two_towns_make_a_visit_each():
    doc = _doc(
        "Secretary Ann Lowe met Minister Omar Haddad of Jordan in Washington on March 4, and "
        "Treasury officials will travel to Amman and Riyadh next month.",
        publisher="U.S. Department of the Treasury",
    )
    visits = sorted(
        (v["location"]["place"], [(p.get("official"), p.get("country")) for p in v["participants"]])
        for v in _events(doc, "visit")
    )
    assert visits == [("Amman", [(None, "US")]), ("Riyadh", [(None, "US")])]


def test_a_foreign_envoy_summoned_to_the_ministry_is_a_meeting_named_or_not():
    doc = _doc(
        "This morning, Undersecretary for Bilateral Relations Lucia Maria Santos summoned "
        "Vietnamese Ambassador Tran Van Minh to convey a protest. On Tuesday, State Secretary "
        "Jan Kowal summoned the Belarusian Charge d'Affaires over the border incident.",
        published="2023-12-07",
        publisher="Department of Foreign Affairs, Republic of the Philippines",
    )
    assert _officials(doc)["Lucia Maria Santos"] == "PH"
    meetings = [
        (m["date"], sorted(_surnames(doc, m)), [p.get("country") for p in m["participants"]])
        for m in _events(doc, "meeting")
    ]
    assert meetings[0][:2] == ("2023-12-07", ["Minh", "Santos"])
    assert meetings[1][0] == "2023-12-05" and "BY" in meetings[1][2]


def test_talks_between_the_two_ministries_that_will_continue_are_planned_talks_of_the_sides():
    doc = _doc(
        "Deputy Secretary Kurt Lind met Vice Foreign Minister Zhao Lei of China in Washington "
        "yesterday. The two sides discussed trade, and agreed that talks between the two defense "
        "ministries will continue in the spring.",
        published="2024-02-09",
        publisher="U.S. Department of State",
    )
    later = [m for m in _events(doc, "meeting") if m.get("date_text") == "in the spring"]
    assert [(m["status"], m["date"]) for m in later] == [("planned", "2024-03/2024-05")]
    assert not _names(doc, later[0])
    assert {p.get("country") for p in later[0]["participants"]} == {"US", "CN"}


def test_two_visitors_where_they_will_meet_one_host_is_a_meeting_per_visitor():
    doc = _doc(
        "The leaders welcomed the visit of Foreign Minister Kate Hale and Trade Minister Sam "
        "Ward to Santiago next week, where they will meet with Foreign Minister Luis Vega of "
        "Chile.",
        published="2025-06-20",
        publisher="Prime Minister of New Zealand",
    )
    meetings = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting"))
    assert meetings == [["Hale", "Vega"], ["Vega", "Ward"]]


def test_will_discuss_it_with_a_minister_is_a_planned_meeting_of_the_sentences_subject():
    doc = _doc(
        "Secretary for Foreign Affairs Ana Cruz discussed the incidents with Foreign Minister "
        "Luis Vega of Peru by telephone yesterday, and will discuss them with Japanese Foreign "
        "Minister Sato Ken.",
        published="2023-12-11",
        publisher="Department of Foreign Affairs, Republic of the Philippines",
    )
    meetings = sorted(
        (sorted(_surnames(doc, m)), m["status"], m.get("date")) for m in _events(doc, "meeting")
    )
    assert meetings == [
        (["Cruz", "Ken"], "planned", None),
        (["Cruz", "Vega"], "held", "2023-12-10"),
    ]


def test_two_countries_as_subject_of_holding_talks_are_their_governments():
    doc = _doc(
        "President Ana Ruiz of Uruguay met President Jose Vidal of Chile in Santiago today. "
        "Uruguay and Chile will hold the next round of consultations in Montevideo in 2024.",
        published="2023-07-08",
        publisher="Presidency of Uruguay",
    )
    later = [m for m in _events(doc, "meeting") if m.get("date") == "2024"]
    assert [sorted(p["country"] for p in m["participants"]) for m in later] == [["CL", "UY"]]
    assert later[0]["status"] == "planned"


def test_their_ministries_and_unnamed_deputy_ministers_are_the_two_sides_officials():
    doc = _doc(
        "President Ana Ruiz of Uruguay met President Jose Vidal of Chile in Santiago today. "
        "The two leaders agreed that their ministries of the interior will meet to work out "
        "the details.\n\n(b) The Trade Agenda, under which the Deputy Ministers responsible for "
        "economic affairs met in Montevideo on 22 November 2023, will continue.",
        published="2023-12-08",
        publisher="Presidency of Uruguay",
    )
    described = sorted(
        (m["status"], m.get("date"), sorted(p["country"] for p in m["participants"]))
        for m in _events(doc, "meeting")
        if not _names(doc, m)
    )
    assert described == [("held", "2023-11-22", ["CL", "UY"]), ("planned", None, ["CL", "UY"])]


def test_a_town_with_a_particle_in_its_name_before_its_country_is_the_place():
    doc = _doc(
        "Prime Minister Tom Reid will travel to Santa Cruz de la Sierra, Bolivia, on Friday.",
        published="2024-11-13",
        publisher="Prime Minister of New Zealand",
    )
    assert [
        (v["location"].get("place"), v["location"].get("country")) for v in _events(doc, "visit")
    ] == [("Santa Cruz de la Sierra", "BO")]


def test_the_two_secretaries_of_one_country_travel_each_and_meet_where_they_go():
    doc = _doc(
        "Secretary Ann Lowe and Secretary Tom Hale will travel to Seoul on Sunday, July 28, "
        "where they will hold the 2+2 with Foreign Minister Park Min and Defense Minister Kim "
        "Joon. The two Secretaries will then continue on to Jakarta, where they will meet "
        "their Indonesian counterparts on July 30.",
        published="2024-07-24",
        publisher="U.S. Department of State",
    )
    jakarta = sorted(
        (sorted(_surnames(doc, v)), v["date"])
        for v in _events(doc, "visit")
        if v["location"].get("country") == "ID"
    )
    assert jakarta == [(["Hale"], "2024-07-30"), (["Lowe"], "2024-07-30")]
    meeting = [m for m in _events(doc, "meeting") if m.get("date") == "2024-07-30"]
    assert [sorted(_surnames(doc, m)) for m in meeting] == [["Hale", "Lowe"]]


def test_calling_on_a_head_of_state_is_a_meeting_but_calling_on_one_to_act_is_not():
    doc = _doc(
        "Earlier in the day, Secretary Ann Lowe called on President Jose Vidal of Chile at the "
        "palace. She also called on President Vidal to release the journalists.",
        published="2024-07-24",
        publisher="U.S. Department of State",
    )
    assert [(sorted(_surnames(doc, m)), m["date"]) for m in _events(doc, "meeting")] == [
        (["Lowe", "Vidal"], "2024-07-24")
    ]


def test_a_working_lunch_is_a_meeting_and_hosting_one_for_a_guest_is_one_meeting():
    doc = _doc(
        "Vice President Kate Hale will host a working lunch for President Jose Vidal of Chile "
        "on Friday. Secretary Ann Lowe will host Foreign Minister Luis Vega of Chile for a "
        "working lunch tomorrow.",
        published="2024-07-24",
        publisher="U.S. Department of State",
    )
    meetings = sorted((sorted(_surnames(doc, m)), m.get("date")) for m in _events(doc, "meeting"))
    assert meetings == [(["Hale", "Vidal"], "2024-07-26"), (["Lowe", "Vega"], "2024-07-25")]


def test_the_one_who_will_host_a_meeting_in_a_town_is_of_its_country_and_hosts_the_visit():
    doc = _doc(
        "SENIOR OFFICIAL: The Prime Minister will travel to Oslo on Wednesday for the meeting "
        "of the Nordic prime ministers, which Prime Minister Kari Dahl will host.",
        published="2026-03-02",
        publisher="Prime Minister's Office of Finland",
    )
    assert _officials(doc)["Kari Dahl"] == "NO"
    visits = _events(doc, "visit")
    assert [sorted(_surnames(doc, v)) for v in visits] == [["Dahl"]]
    assert [p["role"] for p in visits[0]["participants"] if p.get("official")] == ["host"]


def test_a_dated_call_received_and_an_agreement_to_meet_again_are_two_meetings():
    doc = _doc(
        "President Luis Vega received a phone call from Prime Minister Tom Reid of New Zealand "
        "on Wednesday. Both leaders agreed to meet again at the G20 summit in November.",
        published="2024-03-08",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    calls = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert [(m["status"], m["date"]) for m in calls] == [("held", "2024-03-06")]


def test_officials_from_both_countries_are_the_sides_not_the_leaders_who_agreed():
    # "They agreed that officials from both countries will meet in X": the officials of the
    # two sides meet, not the two presidents of the sentence before
    doc = _doc(
        "President Ana Ruiz of Chile spoke with President Luis Vega of Peru today. They agreed "
        "that officials from both countries will meet in Lima in July."
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    sides = [(_names(doc, m), sorted(p.get("country") for p in m["participants"])) for m in planned]
    assert sides == [(set(), ["CL", "PE"])]


def test_ministers_from_both_countries_are_the_sides_as_officials_are():
    # one pattern for "the <people> of/from both <countries>": ministers as well as officials
    doc = _doc(
        "President Ana Ruiz of Chile spoke with President Luis Vega of Peru today. They agreed "
        "that ministers from both countries will meet in Lima in July."
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    sides = [(_names(doc, m), sorted(p.get("country") for p in m["participants"])) for m in planned]
    assert sides == [(set(), ["CL", "PE"])]


def test_a_trip_to_a_list_of_capitals_is_one_visit_per_country():
    doc = _doc(
        "Foreign Minister Ana Costa will travel to Brussels, Warsaw and Vilnius next week.",
        published="2024-03-08",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    assert [v["location"]["country"] for v in _events(doc, "visit")] == ["BE", "PL", "LT"]


def test_they_in_an_answer_about_the_unnamed_president_are_that_office_and_the_foreign_leader():
    doc = extract(
        "MS. PARK: Good morning. Today the President will host Chancellor Karl Vogel of "
        "Austria.\n\nQ: Did the President speak with President Okafor of Nigeria?\n\nMS. "
        "PARK: He did. They spoke yesterday for about an hour.\n\nQ: And the sanctions?\n\n"
        "MS. PARK: Treasury designated four militia commanders on Monday.",
        published="2024-05-16",
        publisher="The White House",
        title="Press Briefing by Press Secretary Jane Park",
    )
    call = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert [
        (_names(doc, m), [p.get("country") for p in m["participants"] if not p.get("official")])
        for m in call
    ] == [({"Okafor"}, ["US"])]
    assert [(s["imposer"], s["target"], s["date"]) for s in _events(doc, "sanction")] == [
        ("US", {"description": "four militia commanders"}, "2024-05-13")
    ]


def test_consultations_held_and_the_next_round_agreed_and_the_host_chamber_are_found():
    doc = _doc(
        "President Ahmed Karim of Egypt paid a state visit to Brazil from 4 to 6 June 2024. "
        "The two Presidents welcomed the holding of the first Brazil-Egypt Political "
        "Consultations in Cairo in February 2024 and agreed to hold the next round in Brasília "
        "in 2025. President Karim also met with the President of the Senate.",
        published="2024-06-06",
        publisher="Ministry of Foreign Affairs of Brazil",
    )
    meetings = [(m["status"], m.get("date")) for m in _events(doc, "meeting")]
    assert ("held", "2024-02") in meetings and ("planned", "2025") in meetings
    senate = [m for m in _events(doc, "meeting") if "Senate" in str(m["participants"])]
    assert [[p["country"] for p in m["participants"] if not p.get("official")] for m in senate] == [
        ["BR"]
    ]


def test_a_counterpart_named_after_a_comma_and_a_princely_title_and_a_second_with_list():
    doc = _doc(
        "Foreign Minister Ana Costa spoke with her Saudi counterpart, Prince Khalid bin Saud "
        "Al Faisal, on Monday. Costa will also hold talks with Turkish Foreign Minister Mehmet "
        "Kaya and with Hungary's Foreign Minister, Peter Szabo.",
        published="2024-03-08",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    assert _officials(doc)["Khalid bin Saud Al Faisal"] == "SA"
    call = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert [len(m["participants"]) for m in call] == [2]
    talks = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting") if m not in call)
    assert talks == [["Costa", "Kaya"], ["Costa", "Szabo"]]


def test_the_minister_receiving_a_resident_ambassador_is_a_meeting_and_no_visit():
    doc = _doc(
        "The Minister received the Ambassador of Japan, Kenji Sato, on Thursday.",
        published="2024-03-08",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    meetings = _events(doc, "meeting")
    assert [
        [p.get("country") for p in m["participants"] if not p.get("official")] for m in meetings
    ] == [["PT"]]
    assert _events(doc, "visit") == []


def test_an_unnamed_secretary_who_travelled_is_the_he_of_the_where_clause_and_a_pull_aside():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: On Thursday, the President will attend the summit in "
        "Vilnius. On the sidelines, he will have a pull-aside with President Zoran Petrov of "
        "Serbia. Last month, the Secretary of State traveled to Ankara, where he held talks "
        "with Foreign Minister Hakan Yilmaz.",
        published="2023-07-10",
    )
    ankara = [m for m in _events(doc, "meeting") if "Yilmaz" in _surnames(doc, m)]
    assert [
        (_names(doc, m), [p["country"] for p in m["participants"] if not p.get("official")])
        for m in ankara
    ] == [({"Hakan Yilmaz"}, ["US"])]
    assert [v["location"]["place"] for v in _events(doc, "visit")] == ["Ankara"]
    assert any("Petrov" in _surnames(doc, m) for m in _events(doc, "meeting"))


def test_leading_a_trade_mission_to_a_town_is_a_visit():
    doc = _doc(
        "Secretary of Commerce Gina Raimondo will lead a trade mission to Nairobi in September.",
        published="2024-05-23",
    )
    assert [(v["location"]["place"], v["status"], v["date"]) for v in _events(doc, "visit")] == [
        ("Nairobi", "planned", "2024-09")
    ]


def test_their_trade_ministers_after_a_call_of_the_unnamed_prime_minister_are_both_sides():
    doc = _doc(
        "The Prime Minister spoke to President Aziz Rahman of Bangladesh this afternoon. They "
        "agreed that their trade ministers would meet in Dhaka next month.",
        published="2024-06-12",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    later = [m for m in _events(doc, "meeting") if m.get("date") == "2024-07"]
    assert [(_names(doc, m), sorted(p["country"] for p in m["participants"])) for m in later] == [
        (set(), ["BD", "GB"])
    ]


def test_one_named_among_counted_officers_takes_their_demonym_and_a_passive_summons():
    doc = _doc(
        "The UK has today sanctioned 18 Russian military intelligence officers, including "
        "Colonel Ivan Petrov, for their role in cyber attacks against the UK. The Russian "
        "Ambassador was summoned to the Foreign Office this morning.",
        published="2024-07-18",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert _officials(doc)["Ivan Petrov"] == "RU"
    summons = _events(doc, "meeting")
    assert [sorted(p["country"] for p in m["participants"]) for m in summons] == [["GB", "RU"]]


def test_the_vice_president_unnamed_leads_a_delegation_and_is_the_she_that_follows():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: Next week, the Vice President will lead the U.S. "
        "delegation to the inauguration of President-elect Carlos Mendez in Guatemala City. "
        "While there, she will meet with President Mendez. Following that, she will travel to "
        "Tegucigalpa, Honduras.",
        published="2024-01-08",
    )
    visits = [
        (v["location"]["place"], [p.get("description") for p in v["participants"]])
        for v in _events(doc, "visit")
    ]
    assert visits == [
        ("Guatemala City", ["Vice President"]),
        ("Tegucigalpa", ["Vice President"]),
    ]


def test_a_question_about_the_secretarys_meeting_with_an_unnamed_minister_presupposes_it():
    doc = _doc(
        "Q: Thank you. On the Secretary's meeting with the Chinese foreign minister in Munich "
        "on Friday, what did they discuss?",
        published="2024-02-19",
        publisher="U.S. Department of State",
    )
    assert [
        (m["status"], m["date"], sorted(p["country"] for p in m["participants"]))
        for m in _events(doc, "meeting")
    ] == [("held", "2024-02-16", ["CN", "US"])]


def test_where_he_after_a_possessed_trip_is_the_trips_owner():
    doc = _doc(
        "President Joe Biden met President Ana Costa of Angola today. The visit builds on "
        "President Costa's visit to the White House in 2023, and Secretary of State Antony "
        "Blinken's trip to Luanda in January, where he met with Foreign Minister Rui Mendes.",
        published="2024-12-03",
    )
    january = [m for m in _events(doc, "meeting") if m.get("date") == "2024-01"]
    assert [sorted(_surnames(doc, m)) for m in january] == [["Blinken", "Mendes"]]


def test_when_she_after_a_trip_her_own_is_the_one_named_before_her():
    """ "the sanctions announced by Minister A during her visit to X last June, when she met
    with B": "she" is A, the owner of the visit, not a person named earlier in the text."""
    doc = _doc(
        "Today, Clara Dubois, Minister of Foreign Affairs, announced new sanctions. Among "
        "those listed is the Chief Financial Officer of Marisol Shipping LLC, Lucia Andrea "
        "Ferreyra. It also follows the sanctions announced by Minister Dubois during her visit "
        "to Quito last June, when she met with Ecuador's Minister of Foreign Affairs, Rafael "
        "Ortega.",
        publisher="Global Affairs Canada",
    )
    june = [m for m in _events(doc, "meeting") if m.get("date") == "2023-06"]
    assert [sorted(_surnames(doc, m)) for m in june] == [["Dubois", "Ortega"]]


def test_where_she_after_her_trip_is_the_subject_not_the_object_before_her():
    """ "A briefed the Secretary on her visit to X, where she held talks with B": "her" is
    A's, the sentence's subject, not the object named right before it."""
    doc = _doc(
        "Secretary Blinken spoke with Foreign Minister Sara Lindqvist of Finland today. Foreign "
        "Minister Lindqvist briefed the Secretary on her visit to Ankara on March 1, where she "
        "held talks with Turkish Foreign Minister Kemal Aydin.",
    )
    march = [m for m in _events(doc, "meeting") if m.get("date") == "2024-03-01"]
    assert [sorted(_surnames(doc, m)) for m in march] == [["Aydin", "Lindqvist"]]


def test_an_oxford_comma_before_the_last_titled_person_of_a_list_is_no_clause_break():
    doc = _doc(
        "Tomorrow, the leaders of the region will meet President Ana Costa of Angola, President "
        "Luis Vega of Zambia, and Vice President Rui Mendes of Tanzania for the Corridor Summit "
        "in Lobito.",
        published="2024-12-03",
    )
    summits = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert [sorted(_surnames(doc, m)) for m in summits] == [["Costa", "Mendes", "Vega"]]


def test_they_after_a_sentence_about_the_two_leaders_are_the_leaders_not_the_last_two_named():
    doc = _doc(
        "Tomorrow, President Joe Biden will welcome President Cyril Ramaphosa of South Africa. "
        "Later in the day, Vice President Kamala Harris will host a working lunch for President "
        "Ramaphosa. This is his first visit, but the two leaders know each other well. They "
        "spoke by phone in April.",
        published="2022-09-15",
    )
    calls = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert [sorted(_surnames(doc, m)) for m in calls] == [["Biden", "Ramaphosa"]]


def test_a_count_of_meetings_of_both_governments_is_a_record_of_its_own():
    doc = _doc(
        "On 14 May, Spain and Morocco held their high-level meeting in Rabat. Ministers of "
        "both governments held more than ten bilateral meetings on 14 May.",
        published="2025-05-15",
        publisher="Government of Spain",
    )
    meetings = _events(doc, "meeting")
    assert len(meetings) == 2
    assert all(m["date"] == "2025-05-14" and m["status"] == "held" for m in meetings)


def test_during_which_she_met_is_the_trips_owner_from_the_sentence_before():
    doc = _doc(
        "High Representative for Foreign Affairs Maria Lind chaired the Council. The High "
        "Representative briefed ministers on her visit to Chisinau, during which she met "
        "President Ana Popescu of Moldova.",
        publisher="Council of the European Union",
    )
    assert [sorted(_surnames(doc, m)) for m in _events(doc, "meeting")] == [["Lind", "Popescu"]]


def test_the_foreign_minister_unnamed_in_a_foreign_ministrys_text_is_the_home_traveller():
    doc = _doc(
        "The Foreign Minister will travel to Nairobi on Friday for talks on trade.",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    visits = _events(doc, "visit")
    assert [(v["location"].get("country"), v["status"]) for v in visits] == [("KE", "planned")]
    assert [p.get("country") for p in visits[0]["participants"]] == ["NO"]


def test_he_will_join_a_list_of_leaders_for_a_summit_makes_him_a_side():
    doc = _doc(
        "This evening, the President lands in Lisbon. On Wednesday, he will join President Ana "
        "Costa of Angola, President Luis Vega of Zambia and the other leaders of the Corridor "
        "for a summit on trade.",
        published="2024-12-03",
    )
    summits = [m for m in _events(doc, "meeting") if m.get("format") == "summit"]
    assert len(summits) == 1
    assert _surnames(doc, summits[0]) == {"Costa", "Vega"}
    assert "US" in {p.get("country") for p in summits[0]["participants"]}


def test_he_after_then_the_president_and_a_where_clause_is_the_unnamed_president():
    doc = _doc(
        "MS. LANE: Hi, everyone. As you know, the President arrived in Oslo last night, and this "
        "morning he sat down with Prime Minister Lars Berg. Then the President traveled to "
        "Bergen, where he met Crown Prince Olav Strand.",
        published="2023-07-10",
    )
    for surname in ("Berg", "Strand"):
        meeting = _meeting_of(doc, surname)
        assert {"description": "the President", "country": "US"} in [
            {k: p.get(k) for k in ("description", "country")}
            for p in meeting["participants"]
            if p.get("description")
        ]
        assert _surnames(doc, meeting) == {surname}


def test_a_schedule_in_the_present_looks_forward():
    doc = _doc(
        "MS. LANE: Tonight we land in Oslo. Then on Thursday we head to Helsinki for the "
        "Nordic Leaders' Summit, hosted by President Aino Virtanen.",
        published="2023-07-10",
    )
    [summit] = [m for m in _events(doc, "meeting") if "Virtanen" in _surnames(doc, m)]
    assert (summit["date"], summit["status"]) == ("2023-07-13", "planned")


def test_a_call_this_evening_with_a_and_with_b_is_one_call_per_counterpart():
    doc = _doc(
        "Minister Kask spoke by phone this evening with Latvian Foreign Minister Ilze Berzina "
        "and with Lithuania's Foreign Minister Jonas Petraitis.",
        published="2025-09-19",
        publisher="Ministry of Foreign Affairs of Estonia",
    )
    calls = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting"))
    assert calls == [["Berzina", "Kask"], ["Kask", "Petraitis"]]


def test_briefed_b_on_her_visit_is_the_subjects_own_trip():
    doc = _doc(
        "Secretary Ana Cole spoke by phone today with Nepalese Foreign Minister Sita Rai. "
        "Foreign Minister Rai briefed the Secretary on her visit to Tokyo on March 12.",
        published="2024-03-21",
        publisher="U.S. Department of State",
    )
    [visit] = _events(doc, "visit")
    assert _surnames(doc, visit) == {"Rai"}


def test_the_two_ministers_are_each_sides_minister_named_most_not_the_last_named():
    doc = _doc(
        "Secretary of State Ana Cole spoke by phone today with Nepalese Minister for Foreign "
        "Affairs Sita Rai. Minister Rai told Secretary Cole about her talks with Indian Foreign "
        "Minister Ravi Menon on March 12. Secretary Cole noted that Deputy Secretary Tom Hale "
        "will travel to Kathmandu in April. The two ministers also looked forward to meeting "
        "on the margins of the ASEAN Regional Forum in Vientiane in July.",
        published="2024-03-21",
        publisher="U.S. Department of State",
    )
    [july] = [m for m in _events(doc, "meeting") if m.get("date") == "2024-07"]
    assert _surnames(doc, july) == {"Cole", "Rai"}


def test_called_in_the_ambassador_of_a_country_is_a_meeting_with_the_ambassador():
    doc = _doc(
        "On Wednesday, the Secretary of the Ministry of Foreign Affairs, Ola Lunde, called in "
        "the Ambassador of the People's Republic of China, Wei Ming, to register concerns.",
        published="2025-02-13",
        publisher="Government of Norway",
    )
    assert _officials(doc).get("Wei Ming") == "CN"
    [meeting] = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Lunde", "Ming"}
    assert meeting["date"] == "2025-02-12"


def test_the_visit_to_x_that_a_will_pay_is_as_visit_and_a_is_not_of_x():
    doc = _doc(
        "Secretary of State Ana Cole spoke by phone today with Nepalese Minister for Foreign "
        "Affairs Sita Rai. They discussed Nepal's economy and Nepal's elections. Minister Rai "
        "briefed the Secretary on preparations for the state visit to Japan that President "
        "Ram Thapa is expected to pay later this year.",
        published="2024-03-21",
        publisher="U.S. Department of State",
    )
    assert _officials(doc).get("Ram Thapa") == "NP"
    [visit] = _events(doc, "visit")
    assert _surnames(doc, visit) == {"Thapa"}
    assert visit["location"]["country"] == "JP"


def test_we_land_in_a_gaggle_is_the_presidents_trip():
    doc = _doc(
        "MS. LANE: As you know, the President arrived in Oslo last night, and this morning he "
        "sat down with Prime Minister Lars Berg. Tonight we land in Vilnius. Tomorrow, the "
        "President will meet with President Jonas Petraitis of Lithuania.",
        published="2023-07-10",
    )
    [vilnius] = [v for v in _events(doc, "visit") if v["location"].get("country") == "LT"]
    # (landing tonight, meeting there tomorrow: the stay's two days)
    assert (vilnius["date"], vilnius["status"]) == ("2023-07-10/2023-07-11", "planned")
    assert [p.get("description") for p in vilnius["participants"]] == ["President"]


def test_that_meeting_after_a_meeting_in_the_same_sentence_is_the_same_one():
    doc = _doc(
        "Tonight, Secretary General Jonas Stoltz will host President Ali Demir of Türkiye and "
        "Prime Minister Eva Lind of Sweden in Vilnius, and we are hopeful about that meeting.",
        published="2023-07-10",
    )
    [meeting] = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Stoltz", "Demir", "Lind"}
    assert meeting["status"] == "planned"


def test_summoned_or_protested_to_a_person_titled_after_the_name_is_a_meeting():
    doc = _doc(
        "Vice-Minister Hana Mori summoned Mr. Ivo Petrov, Ambassador of Bulgaria, on Monday. "
        "In Sofia, Ambassador Ken Abe lodged a strong protest with Ms. Vera Ilieva, "
        "Director of the Asia Department of the Ministry of Foreign Affairs of Bulgaria.",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    pairs = [_surnames(doc, m) for m in _events(doc, "meeting")]
    assert {"Mori", "Petrov"} in pairs
    assert {"Abe", "Ilieva"} in pairs


def test_sentence_initial_he_is_a_pronoun_not_he_lifeng():
    doc = _doc(
        "Secretary Ana Cole met Vice Premier He Lifeng in Madrid last month. The President "
        "will land in Hanoi on Sunday. He'll then meet President Luong Cuong.",
        published="2025-10-24",
    )
    meeting = next(m for m in _events(doc, "meeting") if "Cuong" in _surnames(doc, m))
    assert "He Lifeng" not in _names(doc, meeting)


def test_on_sunday_the_president_will_travel_is_the_unnamed_office_not_the_last_name():
    doc = _doc(
        "Secretary Ana Cole met Vice Premier Wang Lifeng in Madrid last month. On Sunday the "
        "President will travel to Hanoi.",
        published="2025-10-24",
    )
    [visit] = [v for v in _events(doc, "visit") if v.get("location", {}).get("country") == "VN"]
    assert not _names(doc, visit)


def test_sentence_initial_we_land_in_a_pool_transcript_is_the_followed_office_s_trip():
    doc = _doc(
        "MS. REED: The President will meet the Emir in Doha. We land in Hanoi Sunday "
        "morning local time.",
        published="2025-10-24",
    )
    [visit] = [v for v in _events(doc, "visit") if v.get("location", {}).get("country") == "VN"]
    assert visit["date"] == "2025-10-26" and visit["status"] == "planned"


def test_signing_an_agreement_with_a_named_minister_is_a_meeting():
    doc = _doc(
        "Secretary Ana Cole will travel to Port Moresby on Monday, and she will sign a new "
        "Defense Cooperation Agreement with Minister of Defence Ben Kali.",
        published="2024-05-17",
    )
    meeting = _meeting_of(doc, "Kali")
    assert _surnames(doc, meeting) == {"Cole", "Kali"}
    assert meeting["status"] == "planned"


def test_where_he_after_a_second_traveler_is_that_traveler():
    doc = _doc(
        "The Vice President visited Lima in April, where she met with President Ana Rojas, "
        "and Secretary of Defense Tom Hale traveled to Chile in September, where he signed a "
        "defense framework with Defense Minister Luis Vera.",
        published="2024-05-21",
    )
    assert _surnames(doc, _meeting_of(doc, "Vera")) == {"Hale", "Vera"}


def test_had_hoped_to_meet_and_terminated_negotiations_are_cancelled():
    doc = _doc(
        "The President had hoped to meet President Ivan Volkov in Vienna, but he decided it "
        "would be a waste of time. Last night the President terminated all trade "
        "negotiations with Canada.",
        published="2025-10-24",
    )
    statuses = [m["status"] for m in _events(doc, "meeting")]
    assert statuses and set(statuses) == {"cancelled"}


def test_the_president_postponing_his_trip_is_the_unnamed_office_s_trip():
    doc = _doc(
        "For your awareness, our speaker is Ann Lee, Senior Director for Asia at the "
        "National Security Council.\nSENIOR ADMINISTRATION OFFICIAL: Thanks. As you know, the "
        "President has decided to postpone his trip to Fiji.",
        published="2023-05-18",
    )
    [visit] = _events(doc, "visit")
    assert visit["status"] == "postponed" and not _names(doc, visit)


def test_an_audience_with_a_king_is_a_meeting():
    doc = _doc(
        "On Monday, we head to Oslo. The President will have an audience with His Majesty "
        "King Harald at the Royal Palace.",
        published="2025-10-24",
    )
    meeting = _meeting_of(doc, "Harald")
    assert meeting["status"] == "planned"
    assert any(p.get("description") for p in meeting["participants"])
    assert _officials(doc).get("Harald") == "NO"


def test_refused_to_attend_talks_and_turning_down_an_invitation_are_declined_meetings():
    doc = _doc(
        "Russia refused to attend the arms control talks in Cairo in November. Norway has "
        "declined an invitation to the talks in Geneva.",
        published="2023-02-21",
    )
    meetings = _events(doc, "meeting")
    assert len(meetings) == 2 and {m["status"] for m in meetings} == {"declined"}
    sides = {p.get("country") for m in meetings for p in m["participants"]}
    assert {"RU", "NO", "US"} <= sides


def test_meeting_a_group_s_ministers_or_islands_leaders_is_a_meeting_with_the_group():
    doc = _doc(
        "Secretary Ana Cole will meet ASEAN foreign ministers in Jakarta in July, and Deputy "
        "Secretary Tom Hale will meet Pacific Island leaders in Suva in August.",
        published="2023-02-01",
        publisher="U.S. Department of State",
    )
    described = {
        d.get("description")
        for m in _events(doc, "meeting")
        for d in m["participants"]
        if d.get("description")
    }
    assert {"ASEAN leaders", "Pacific Island leaders"} <= described


def test_first_person_release_i_will_travel_is_the_byline_official_s_visit():
    doc = _doc(
        "Media release\nSenator the Hon Kate Moss, Minister for Foreign Affairs\n\n"
        "Australia is today imposing sanctions on three Ruritanian banks. I will travel to "
        "Fiji next week.",
        published="2023-02-01",
        publisher="Minister for Foreign Affairs of Australia",
    )
    [visit] = _events(doc, "visit")
    assert _surnames(doc, visit) == {"Moss"} and visit["location"]["country"] == "FJ"


def test_the_president_spoke_with_both_leaders_is_a_call_with_each():
    doc = _doc(
        "Then the President will witness the signing, alongside Prime Minister Ana Silva of "
        "Portugal and Prime Minister Jonas Berg of Norway. As you'll remember, the President "
        "spoke with both leaders back in July.",
        published="2025-10-24",
    )
    july = [m for m in _events(doc, "meeting") if m.get("date") == "2025-07"]
    assert sorted(sorted(_surnames(doc, m)) for m in july) == [["Berg"], ["Silva"]]


def test_will_meet_a_and_b_without_with_is_a_meeting_per_counterpart():
    doc = _doc(
        "Secretary Ana Cole will meet Prime Minister Chris Hale and Foreign Minister Nina Toa "
        "in Wellington on Tuesday.",
        published="2023-05-18",
        publisher="U.S. Department of State",
    )
    pairs = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting"))
    assert pairs == [["Cole", "Hale"], ["Cole", "Toa"]]


def test_they_after_a_coordinated_subject_is_both_people():
    doc = _doc(
        "Secretary Ana Cole and Ambassador Tom Hale are meeting their Chinese counterparts in "
        "Kuala Lumpur this weekend. They had a very productive call with Vice Premier Wang "
        "Lifeng last Friday.",
        published="2025-10-24",
    )
    call = next(m for m in _events(doc, "meeting") if m.get("date") == "2025-10-17")
    assert _surnames(doc, call) == {"Cole", "Hale", "Lifeng"}


def test_as_you_ll_remember_keeps_the_office_subject_and_korea_is_the_republic():
    doc = _doc(
        "As you'll remember, the President spoke with President Ana Silva of Portugal in July. On "
        "Monday, we head to Tokyo. On Wednesday, we fly to Korea.",
        published="2025-10-24",
    )
    countries = {v.get("location", {}).get("country") for v in _events(doc, "visit")}
    assert {"JP", "KR"} <= countries


def test_separate_calls_with_a_titled_then_named_counterpart_and_with_another():
    doc = _doc(
        "Minister Ana Kalnina yesterday held separate telephone conversations with the Minister "
        "of Foreign Affairs of Estonia, Jaan Tamm, and with Finnish Foreign Minister Elina Virta.",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    pairs = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting"))
    assert pairs == [["Kalnina", "Tamm"], ["Kalnina", "Virta"]]


def test_would_be_in_a_place_is_a_planned_visit():
    doc = _doc(
        "He noted that President Ana Silva of Brazil would be in Lisbon later this month.",
        **_LOBBY,
    )
    visits = _events(doc, "visit")
    assert [(v.get("status"), v.get("date")) for v in visits] == [("planned", "2025-07")]


def test_spoke_to_a_titled_minister_or_secretary_is_a_call():
    doc = _doc(
        "Trade Secretary Tom Hale spoke to Commerce Secretary Bill Lane of the United States last "
        "week.",
        **_LOBBY,
    )
    assert _meeting_of(doc, "Lane").get("date") == "2025-06-30/2025-07-06"


def test_the_official_who_handed_the_summoned_envoy_a_note_met_the_envoy():
    passive = _doc(
        "Today, the Chargé d'Affaires a.i. of the Republic of Moldova was summoned to the Ministry "
        "of Foreign Affairs, where Vice-Minister of Foreign Affairs Ana Popa handed over a note "
        "of protest.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Romania",
    )
    summons = _meeting_of(passive, "Popa")
    assert [(d.get("country")) for d in summons["participants"] if d.get("description")] == ["MD"]
    active = _doc(
        "The Ministry of Foreign Affairs summoned the chargé d'affaires of the Republic of "
        "Moldova, Ion Rusu, this afternoon. Secretary General of the Ministry Ana Popa handed "
        "him a note of protest.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Romania",
    )
    assert _surnames(active, _meeting_of(active, "Rusu")) == {"Rusu", "Popa"}


def test_the_official_who_conveyed_to_the_summoned_envoy_a_protest_met_the_envoy():
    # "A conveyed to him X's firm protest": the summoning official, by a verb of
    # transmission with the envoy as its indirect object and a possessed protest
    doc = _doc(
        "In the afternoon, the Chargé d'Affaires a.i. of the Republic of Peru in Lisbon, Hugo "
        "Salas, was summoned to the Ministry of Foreign Affairs. Deputy Minister of Foreign "
        "Affairs Rita Fonseca conveyed to him Portugal's strong protest against the seizure.",
        published="2024-03-05",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    assert _surnames(doc, _meeting_of(doc, "Salas")) == {"Salas", "Fonseca"}


def test_as_many_of_you_know_keeps_the_named_subject_for_a_later_she():
    doc = _doc(
        "For your awareness, our speaker today is Tom Reed, Senior Director for African Affairs."
        "\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks. As many of you know, Secretary Cole was in "
        "Kenya, Uganda and Rwanda in January, and during her visit to Kampala she met President "
        "Joseph Okello to discuss debt relief.",
        published="2023-03-22",
    )
    assert _surnames(doc, _meeting_of(doc, "Okello")) == {"Cole", "Okello"}


def test_a_briefings_asked_whether_clause_reports_no_event_but_its_answer_does():
    doc = _doc(
        "Asked whether the Prime Minister would travel to Washington this summer, the PMOS said "
        "he had no travel to announce. Asked whether Prime Minister Tom Hale had spoken to other "
        "leaders, the PMOS said Tom Hale had a call with Chancellor Eva Roth of Germany on Friday.",
        **_LOBBY,
    )
    assert _events(doc, "visit") == []
    assert _meeting_of(doc, "Roth").get("date") == "2025-07-04"


def test_a_meeting_with_a_regional_groups_counterparts_is_a_meeting():
    doc = _doc(
        "Minister Ana Kalnina will also raise the matter with her Nordic-Baltic counterparts at "
        "their meeting in Tallinn on Thursday.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    meeting = _meeting_of(doc, "Kalnina")
    assert (meeting.get("date"), meeting.get("status")) == ("2025-10-30", "planned")
    assert "Nordic-Baltic counterparts" in {p.get("description") for p in meeting["participants"]}


def test_subjectless_talks_with_a_foreign_leader_are_the_followed_home_office_s():
    doc = _doc(
        "The Vice President will then travel to Lusaka on Friday. Talks with President Hakim "
        "Mwale are scheduled for Saturday.",
        published="2023-03-22",
    )
    talks = _meeting_of(doc, "Mwale")
    assert {(p.get("description"), p.get("country")) for p in talks["participants"]} >= {
        ("The Vice President", "US")
    }
    assert (talks.get("date"), talks.get("status")) == ("2023-03-25", "planned")


def test_representatives_of_a_countrys_private_sector_are_a_side_of_a_meeting():
    doc = _doc(
        "President Tinubu met representatives of the French private sector.",
        published="2024-11-29",
        publisher="Élysée - Présidence de la République",
    )
    meeting = _meeting_of(doc, "Tinubu")
    assert ("representatives of the French private sector", "FR") in {
        (p.get("description"), p.get("country")) for p in meeting["participants"]
    }


def test_two_holders_of_one_office_holding_a_meeting_serve_two_governments():
    doc = _doc(
        "Prime Minister Ola Brandt welcomed the Prime Minister of Malaysia, Aziz Rahman, to "
        "Oslo today. Minister for Foreign Affairs Kari Lund and Minister of Foreign Affairs "
        "Hamid Yusof will co-chair the third Foreign Ministers' Dialogue in Kuala Lumpur "
        "later this year.",
        publisher="Office of the Prime Minister of Norway",
    )
    officials = _officials(doc)
    assert officials["Kari Lund"] == "NO" and officials["Hamid Yusof"] == "MY"
    meeting = _meeting_of(doc, "Yusof")
    assert _surnames(doc, meeting) == {"Lund", "Yusof"} and meeting["status"] == "planned"


def test_a_named_official_among_a_group_met_is_a_participant():
    doc = _doc(
        "The Secretary of State met with senior Kenyan officials, including Foreign Minister "
        "Grace Wanjiru, in Nairobi on Monday."
    )
    meeting = _meeting_of(doc, "Wanjiru")
    assert meeting["date"] == "2024-03-04"


def test_a_pronoun_after_two_places_is_the_traveller():
    doc = _doc(
        "Secretary Tom Reyes will travel to Japan next week. In Tokyo and Osaka she will meet "
        "Foreign Minister Kenji Sato.",
        publisher="U.S. Department of State",
    )
    assert _surnames(doc, _meeting_of(doc, "Sato")) == {"Reyes", "Sato"}


def test_the_guest_of_will_host_him_is_the_traveller_and_where_is_the_place():
    doc = _doc(
        "Minister Petra Lind departs Sunday for Nairobi. From there she goes to Kampala, where "
        "President Joseph Okello will host her on Tuesday, then to Kigali on Wednesday.",
        publisher="Government Offices of Sweden",
    )
    meeting = _meeting_of(doc, "Okello")
    assert _surnames(doc, meeting) == {"Lind", "Okello"}
    assert meeting["location"]["place"] == "Kampala" and meeting["date"] == "2024-03-12"


def test_the_guest_of_will_host_him_may_be_an_unnamed_office():
    doc = _doc(
        "The Secretary departs Saturday for Santiago. From there he goes to Lima, where "
        "President Rosa Quispe will host him on Monday, then to Quito on Tuesday."
    )
    meeting = _meeting_of(doc, "Quispe")
    assert any(d.get("country") == "US" for d in meeting["participants"] if "description" in d)
    assert meeting["location"]["place"] == "Lima"


def test_an_envoy_titled_of_a_country_in_a_capital_summoned_to_the_ministry_acronym():
    doc = _doc(
        "The Ambassador of the Republic of Belarus in Vilnius, Pavel Orlov, was summoned to "
        "the URM headquarters on Monday.",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    assert _officials(doc)["Pavel Orlov"] == "BY"
    meeting = _meeting_of(doc, "Orlov")
    assert meeting["date"] == "2024-03-04"
    assert any(d.get("country") == "LT" for d in meeting["participants"] if "description" in d)


def test_and_will_travel_after_a_meeting_keeps_the_subject_as_traveller():
    doc = _doc(
        "Minister Eva Berg spoke with Foreign Minister Paul Weber yesterday. She will meet the "
        "Foreign Minister of Austria, Karl Huber, in Oslo on Friday, and will travel to Berlin "
        "next week for consultations with Minister Weber.",
        publisher="Government of Norway",
    )
    visit = _events(doc, "visit")[0]
    by_id = {o["id"]: o["name"] for o in doc["officials"]}
    assert by_id[visit["traveler"]] == "Eva Berg"
    assert any(_surnames(doc, m) == {"Berg", "Weber"} and m["status"] == "planned"
               for m in _events(doc, "meeting"))


def test_an_unnamed_office_that_spoke_with_him_met_the_person_named_last():
    doc = _doc(
        "Prime Minister Rui Costa of Portugal will visit Washington on Friday. The Secretary "
        "spoke with him by phone on Tuesday about the summit."
    )
    meeting = _meeting_of(doc, "Costa")
    assert meeting.get("format") == "call" and meeting["date"] == "2024-03-05"
    assert any(d.get("country") == "US" for d in meeting["participants"] if "description" in d)


def test_participants_of_an_impersonal_meeting_named_in_the_next_sentence():
    doc = _doc(
        "A meeting of the finance ministers was held in Riga on Monday. Finance Minister Erik "
        "Sund and Finance Minister Janis Ozols of Latvia discussed budget support for Ukraine.",
        publisher="Government Offices of Sweden",
    )
    meeting = _meeting_of(doc, "Ozols")
    assert _surnames(doc, meeting) == {"Sund", "Ozols"}
    assert meeting["date"] == "2024-03-04" and meeting["location"]["place"] == "Riga"


def test_an_itinerary_stop_with_a_meeting_is_also_a_visit_there():
    doc = _doc(
        "The Secretary will depart on Sunday for Lima. From there he goes to Quito, where "
        "President Ana Vela will host him on Tuesday, then to Santiago on Wednesday to see "
        "President Rosa Pinto."
    )
    places = {v["location"].get("place") for v in _events(doc, "visit") if v.get("location")}
    assert {"Quito", "Santiago"} <= places
    stop = next(v for v in _events(doc, "visit") if v["location"].get("place") == "Santiago")
    assert stop["date"] == "2024-03-13" and stop["status"] == "planned"


def test_the_subjects_article_before_spoke_with_refers_back_to_no_meeting():
    doc = _doc(
        "Secretary Ana Ruiz was in Chile in January, and during her visit to Santiago she met "
        "President Rosa Pinto. The Vice President spoke with her by phone last week."
    )
    pinto = [m for m in _events(doc, "meeting") if "Pinto" in _surnames(doc, m)]
    assert len(pinto) == 2
    call = next(m for m in pinto if m.get("format") == "call")
    assert _surnames(doc, call) == {"Pinto"} and call["date"] == "2024-02-26/2024-03-03"


@pytest.mark.parametrize(
    "after",
    [
        "The two leaders tasked their teams to continue following up on the conversation.",
        "The leaders agreed that their teams would stay in touch.",
        "Our teams agreed to stay in touch.",
    ],
)
def test_teams_following_up_or_staying_in_touch_is_no_meeting(after):
    doc = _doc(
        "Prime Minister Arvo Saar of Estonia spoke by phone with President Ana Ruiz of Chile "
        "today. " + after
    )
    assert [m["status"] for m in _events(doc, "meeting")] == ["held"]


@pytest.mark.parametrize(
    ("text", "publisher", "place", "traveler"),
    [
        (
            "The President arrives in Santiago on Tuesday. On Thursday, the President will meet "
            "with President Ana Ruiz of Chile before departing for Lima.",
            "The White House",
            "Lima",
            None,
        ),
        (
            "Secretary Alan Park will meet with President Ana Ruiz of Chile on Monday before "
            "departing for Lima.",
            "U.S. Department of State",
            "Lima",
            "Alan Park",
        ),
        (
            "Today in Santiago, President Joe Biden met President Ana Ruiz of Chile. On Monday, "
            "the President will meet President Luis Soto and Prime Minister Eva Mora of Peru "
            "before departing for San Francisco.",
            "The White House",
            "San Francisco",
            None,
        ),
    ],
)
def test_the_one_departing_after_a_meeting_is_its_subject_and_leaves_its_place(
    text, publisher, place, traveler
):
    doc = _doc(text, published="2026-03-27", publisher=publisher)
    assert all((m.get("location") or {}).get("place") != place for m in _events(doc, "meeting"))
    there = [v for v in _events(doc, "visit") if v["location"].get("place") == place]
    assert [n for v in there for n in _names(doc, v)] == ([traveler] if traveler else [])


def test_a_call_with_a_comma_titled_a_and_with_a_comma_titled_b_is_one_call_each():
    doc = _doc(
        "President Ana Ruiz of Chile spoke by telephone yesterday with the Chair of the Andean "
        "Community, Prime Minister Eva Mora of Peru, and with the Secretary of State of the "
        "United States of America, Alan Park.",
        published="2025-03-03",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    calls = [_surnames(doc, m) for m in _events(doc, "meeting")]
    assert sorted(map(sorted, calls)) == [["Mora", "Ruiz"], ["Park", "Ruiz"]]


def test_the_two_prime_ministers_are_the_holders_and_a_first_session_is_a_new_event():
    # "the two Prime Ministers": not a Deputy Prime Minister named since; "hold the first X
    # Dialogue" and "the first meeting of which" are two new events, not one named before
    doc = _doc(
        "Prime Minister Ana Ruiz of Chile paid a visit to Norway on 4 May 2025, at the "
        "invitation of Prime Minister Erik Dahl. Chile's Deputy Prime Minister Luis Soto and "
        "Norway's Minister of Trade Jon Lie met the same day. The two Prime Ministers recalled "
        "their meeting in Rome in May 2023. The two Prime Ministers decided to hold the first "
        "Chile-Norway Energy Dialogue in Santiago within this year. They also welcomed the "
        "launch of a Joint Study on trade, the first meeting of which will be held in Santiago "
        "in July.",
        published="2025-05-06",
        publisher="Government of Norway",
    )
    meetings = _events(doc, "meeting")
    rome = [m for m in meetings if m.get("date") == "2023-05"]
    assert [_surnames(doc, m) for m in rome] == [{"Ruiz", "Dahl"}]
    assert len([m for m in meetings if m["status"] == "planned"]) == 2


def test_a_session_held_with_someone_is_a_meeting_not_at_the_place_of_a_relative_clause():
    doc = _doc(
        "Secretary Ana Cole and Ambassador Tom Hale will also hold a separate session with Vice "
        "Premier Zhao Lei of China on Wednesday afternoon to review the arrangement that they "
        "reached in Kuala Lumpur last fall.",
        published="2026-03-27",
    )
    # (the arrangement they reached in Kuala Lumpur is a meeting of its own, held last fall)
    meeting = next(m for m in _events(doc, "meeting") if m["status"] == "planned")
    assert _surnames(doc, meeting) == {"Cole", "Hale", "Lei"} and meeting["date"] == "2026-04-01"
    assert "location" not in meeting


@pytest.mark.parametrize(
    "after",
    [
        "The two leaders met in Tokyo on October 3 of last year.",
        "It is the President's first trip to Korea since 2019, and it follows the two leaders' "
        "meeting in Tokyo on October 3 of last year.",
    ],
)
def test_the_two_leaders_are_the_unnamed_home_office_and_the_one_foreign_leader(after):
    doc = _doc(
        "The President will travel to Seoul on Monday at the invitation of President Kim Min-su "
        "of Korea. " + after,
        published="2026-03-27",
    )
    (tokyo,) = [m for m in _events(doc, "meeting") if m.get("date") == "2025-10-03"]
    assert _names(doc, tokyo) == {"Kim Min-su"}
    assert [p.get("country") for p in tokyo["participants"] if "description" in p] == ["US"]


def test_they_after_a_speakers_label_answer_the_question_about_the_unnamed_office():
    # "They" are the two the question pairs, not the last two people of two countries
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: The President will travel to Seoul on Monday. "
        "Secretary Ana Cole will see Foreign Minister Lee Joon of Korea there.\n\n"
        "Q: Has the President spoken with President Kim Min-su of Korea since Tokyo? And "
        "what about trade?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL 2: They've spoken twice by phone, most recently on "
        "February 4.",
        published="2026-03-27",
    )
    (call,) = [m for m in _events(doc, "meeting") if m.get("date") == "2026-02-04"]
    assert _names(doc, call) == {"Kim Min-su"}


def test_two_ministers_who_would_meet_each_other_are_two_sides_at_the_conferences_town():
    # not the leaders who agreed on it; not the country of a demonym in the conference's name
    doc = _doc(
        "Prime Minister Ravi Nair spoke with President Ali Shareef of Maldives today and "
        "conveyed his best wishes to the people of Maldives. The leaders agreed that External "
        "Affairs Minister Dr. Anil Menon and Foreign Minister Dr. Hassan Latheef would meet on "
        "the sidelines of the Indian Ocean Conference in Colombo later this month.",
        published="2025-12-03",
        publisher="Prime Minister's Office, Government of India",
    )
    assert _officials(doc)["Hassan Latheef"] == "MV"
    (later,) = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert _surnames(doc, later) == {"Menon", "Latheef"}
    assert later["location"] == {"place": "Colombo", "country": "LK"}


def test_an_envoy_travelling_within_the_country_of_the_post_makes_no_visit():
    doc = _doc(
        "Canada's Ambassador to Haiti, André Giroux, will travel to Cap-Haïtien next week to "
        "meet with local authorities. Canada's Ambassador to Chile, Anne Roy, will travel to "
        "Lima on Monday.",
        published="2024-07-05",
        publisher="Global Affairs Canada",
    )
    assert [_names(doc, v) for v in _events(doc, "visit")] == [{"Anne Roy"}]


def test_the_official_who_conveys_the_protest_to_a_summoned_envoy_receives_the_envoy():
    doc = _doc(
        "The Ministry for Foreign Affairs summoned Belarus's chargé d'affaires in Vilnius to the "
        "Ministry today. The Ministry's Vice-Minister, Ona Petraitė, conveyed Lithuania's "
        "strong protest over the incident.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    (summons,) = _events(doc, "meeting")
    assert _names(doc, summons) == {"Ona Petraitė"}
    assert {p.get("country") for p in summons["participants"] if "description" in p} == {"BY"}


@pytest.mark.parametrize(
    "text",
    [
        "President Kim Min-su of Korea spoke with President Joe Biden today. President Biden "
        "invited him to make a state visit to Washington later this year.",
        "SENIOR ADMINISTRATION OFFICIAL: The President will travel to Seoul on Monday.\n\nQ: "
        "Will President Kim Min-su come to the United States this year?\n\nSENIOR "
        "ADMINISTRATION OFFICIAL: The President has invited him to make a state visit to "
        "Washington later this year.",
    ],
)
def test_the_one_invited_to_visit_as_him_is_the_last_foreign_person_named(text):
    doc = _doc(text, published="2026-03-27")
    (washington,) = [v for v in _events(doc, "visit") if v["location"]["country"] == "US"]
    traveler = [p for p in washington["participants"] if p.get("role") == "traveler"]
    assert [p.get("official") for p in traveler] == ["kim-min-su"]


@pytest.mark.parametrize(
    ("text", "publisher", "traveler"),
    [
        (
            "Prime Minister Shri Ravi Nair received a telephone call today from President Ali "
            "Shareef of Maldives. External Affairs Minister Dr. Anil Menon joined the call. The "
            "two leaders recalled the Prime Minister's visit to Male on 25-26 July 2025.",
            "Prime Minister's Office, Government of India",
            "Ravi Nair",
        ),
        (
            "Chancellor Eva Roth spoke with President Ali Shareef of Maldives today. Minister of "
            "State Jan Berg joined the call. The two leaders recalled the Chancellor's visit to "
            "Male on 25-26 July 2025.",
            "Federal Government of Germany",
            "Eva Roth",
        ),
    ],
)
def test_an_offices_visit_is_its_holders_not_the_latest_minister(text, publisher, traveler):
    (visit,) = _events(_doc(text, published="2025-12-03", publisher=publisher), "visit")
    assert {p.get("official") for p in visit["participants"]} == {traveler.lower().replace(" ", "-")}


def test_people_with_no_office_returning_home_make_no_visit_of_the_speaker():
    doc = _doc(
        "Prime Minister Ravi Nair received a call today from President Ali Shareef of Maldives. "
        "President Shareef informed Prime Minister Nair that the eleven crew members of the "
        "Indian fishing vessel detained near Addu on 24 November had been released and would "
        "return to India this week.",
        published="2025-12-03",
        publisher="Prime Minister's Office, Government of India",
    )
    assert _events(doc, "visit") == []


def test_the_visiting_guest_is_no_new_visit_and_the_one_who_invites_hosts_the_next():
    doc = _doc(
        "President Ana Ruiz of Chile paid a state visit to Norway from 6 to 8 February 2024. "
        "Prime Minister Erik Dahl recalled his visit to Santiago on 28 September 2023, and "
        "hosted a luncheon in honour of the visiting President. President Ruiz thanked Prime "
        "Minister Dahl for his hospitality, and invited Prime Minister Dahl to pay an official "
        "visit to Chile at a mutually convenient time.",
        published="2024-02-08",
        publisher="Government of Norway",
    )
    got = sorted(
        (v.get("date", ""), v["status"], sorted(f"{p['official']}:{p['role']}" for p in parts))
        for v in _events(doc, "visit")
        for parts in [v["participants"]]
    )
    assert got == [
        # (invited, not yet accepted: a possible visit, annotation.md)
        ("", "tentative", ["ana-ruiz:host", "erik-dahl:traveler"]),
        ("2023-09-28", "held", ["erik-dahl:traveler"]),
        ("2024-02-06/2024-02-08", "held", ["ana-ruiz:traveler"]),
    ]


def test_what_the_host_of_the_unnamed_offices_visit_hosts_has_that_office_as_guest():
    doc = _doc(
        "The President will arrive in Seoul on Tuesday for a state visit. On Wednesday, "
        "President Kim Min-su will host an official welcome ceremony, followed by a bilateral "
        "meeting.",
        published="2026-03-27",
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Kim Min-su"} and meeting["date"] == "2026-04-01"
    assert [p["country"] for p in meeting["participants"] if "description" in p] == ["US"]


def test_their_talks_held_with_another_at_a_summit_are_the_two_leaders_and_no_call():
    doc = _doc(
        "President Ana Ruiz had a telephone conversation with President Luis Mora of Peru. The "
        "leaders recalled the results of their talks in Quito on July 19, held on the sidelines "
        "of the summit of the Andean states with President of Ecuador Jorge Vera.",
        published="2022-08-03",
        publisher="President of Chile",
    )
    got = sorted((m.get("date", ""), sorted(_surnames(doc, m))) for m in _events(doc, "meeting"))
    assert got == [("", ["Mora", "Ruiz"]), ("2022-07-19", ["Mora", "Ruiz"])]


def test_him_after_another_clause_of_the_sentence_is_the_one_named_there():
    doc = _doc(
        "Prime Minister Keir Starmer spoke to Commerce Secretary Ana Cole last week. He noted "
        "that President Tom Hale of the United States would be in Scotland later this month, "
        "and that Prime Minister Starmer expected to meet him there.",
        published="2025-07-07",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    later = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert [_surnames(doc, m) for m in later] == [{"Starmer", "Hale"}]


def test_your_meeting_in_a_question_is_the_answering_officials():
    text = (
        "title: Press Gaggle by National Security Advisor Alan Park Aboard Air Force One\n"
        "---\nMR. PARK: Thanks. The President spoke with President Luis Mora of Peru "
        "yesterday.\n\nQ: On Chile - has there been any follow-up since your meeting with "
        "Foreign Minister Ana Ruiz of Chile in Vienna in May?\n\nMR. PARK: Not yet.\n"
    )
    doc = extract(text, published="2023-07-10", publisher="The White House")
    vienna = [m for m in _events(doc, "meeting") if m.get("date") == "2023-05"]
    assert [_names(doc, m) for m in vienna] == [{"Alan Park", "Ana Ruiz"}]


def test_leaving_a_home_town_for_a_foreign_one_is_a_trip_there():
    text = (
        "The Prime Minister will leave Canberra on Sunday for Jakarta. On Monday, he will meet "
        "with President Budi Santoso."
    )
    doc = _doc(text, "2024-03-06", "Prime Minister of Australia")
    got = [(v["status"], v["date"], v["location"].get("place")) for v in _events(doc, "visit")]
    assert got == [("planned", "2024-03-10", "Jakarta")]


def test_a_state_that_summons_an_envoy_is_a_side_of_the_summons():
    text = (
        "Q: Is there anything on the drone? MR. LEE: Yes. A Belarusian drone fell in a field "
        "near Daugavpils, and Latvia summoned the Belarusian charge d'affaires over it."
    )
    doc = _doc(text, "2024-03-06", "The White House")
    (summons,) = _events(doc, "meeting")
    assert sorted(d["country"] for d in summons["participants"]) == ["BY", "LV"]


def test_the_three_sides_are_the_three_who_met_last():
    text = (
        "Deputy Minister Ana Ruiz held a video call with Brazilian Deputy Minister Pedro Alves "
        "and Argentine Vice Minister Luis Soto on Tuesday. The three deputies reviewed the "
        "border plan. The three sides will convene a trilateral meeting of their negotiators in "
        "Asuncion next month."
    )
    doc = _doc(text, "2024-03-06", "Ministry of Foreign Affairs of Chile")
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert [(_names(doc, m), m["date"]) for m in planned] == [
        ({"Ana Ruiz", "Pedro Alves", "Luis Soto"}, "2024-04")
    ]


def test_a_named_leaders_retreat_is_a_summit_and_one_with_its_hosting():
    text = (
        "The Prime Minister of Chile, Ana Ruiz, hosted the President of Peru, Luis Mora, for "
        "the 3rd Chile-Peru Leaders' Retreat in Santiago on 7 January 2025. The Leaders agreed "
        "to hold the 4th Chile-Peru Leaders' Retreat in Lima later this year."
    )
    doc = _doc(text, "2025-01-07", "Government of Chile")
    got = sorted((m["status"], m["date"]) for m in _events(doc, "meeting"))
    assert got == [("held", "2025-01-07"), ("planned", "2025")]
    assert all(_names(doc, m) == {"Ana Ruiz", "Luis Mora"} for m in _events(doc, "meeting"))


def test_the_signatories_of_an_agreement_signed_by_two_ministers_meet():
    text = (
        "The Presidents welcomed the Protocol on Fisheries, which was signed by Ghana's Minister "
        "of Fisheries Kofi Asante and Togo's Minister of Trade Yao Kpodar on Tuesday."
    )
    doc = _doc(text, "2024-03-06", "Office of the President of Ghana")
    assert [(_names(doc, m), m["date"]) for m in _events(doc, "meeting")] == [
        ({"Kofi Asante", "Yao Kpodar"}, "2024-03-05")
    ]


def test_discussing_a_long_topic_with_a_foreign_governments_officials_is_talks():
    talks = _meeting_of(
        _doc(
            "Deputy Secretary of the Treasury Ana Cole, who traveled to Doha last week, "
            "discussed the militias' threat to regional shipping lanes with Qatari officials.",
            published="2024-06-17",
            publisher="U.S. Department of the Treasury",
        ),
        "Cole",
    )
    sides = [d["country"] for d in talks["participants"] if "description" in d]
    assert (talks["date"], sides) == ("2024-06-10/2024-06-16", ["QA"])


def test_letters_that_do_not_decompose_keep_their_base_letter_in_ids():
    doc = _doc(
        "Foreign Minister Radosław Nowak met Norwegian State Secretary Eivind Søreide in Oslo "
        "on Monday.",
        publisher="Ministry of Foreign Affairs of Poland",
    )
    assert {o["id"] for o in doc["officials"]} == {"radoslaw-nowak", "eivind-soreide"}
    assert [m["id"] for m in _events(doc, "meeting")] == ["2024-03-04-nowak-soreide-talks"]


def test_witnesses_of_a_signing_are_not_its_signatories():
    doc = _doc(
        "President Ana Ruiz and President Luis Mora of Peru held talks in Santiago on Monday. "
        "The two Presidents witnessed the signing by Chile's Minister of Mining, Jorge Vial, "
        "and Peru's Minister of Energy, Rosa Quispe, of a Memorandum on Lithium.",
        publisher="Government of Chile",
    )
    got = sorted(sorted(_surnames(doc, m)) for m in _events(doc, "meeting"))
    assert got == [["Mora", "Ruiz"], ["Quispe", "Vial"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministers welcomed the Fisheries Agreement, which Ghanaian Minister Kofi Asante and "
        "Togolese Minister Yao Kpodar signed in Lome on Monday.",
        "Ghanaian Minister Kofi Asante travelled with the President and, together with Togolese "
        "Minister Yao Kpodar, signed the Fisheries Agreement in Lome on Monday.",
    ],
)
def test_two_ministers_who_sign_an_agreement_meet(sentence):
    doc = _doc(sentence, "2024-03-06", "Office of the President of Ghana")
    assert [(_names(doc, m), m["date"]) for m in _events(doc, "meeting")] == [
        ({"Kofi Asante", "Yao Kpodar"}, "2024-03-04")
    ]


def test_the_head_of_a_title_with_a_portfolio_is_its_one_holder():
    doc = _doc(
        "Special Envoy for the Great Lakes Region Marie Dupont said the talks went well. The "
        "Special Envoy briefed ministers on her visit to Kigali on 1 December, during which she "
        "met President Eric Mugabo. On 17 December, the Special Envoy will hold talks with the "
        "Foreign Minister of Burundi, Jean Ndayishimiye, in Brussels.",
        published="2024-12-16",
        publisher="French Ministry for Europe and Foreign Affairs",
    )
    got = sorted((m["date"], sorted(_surnames(doc, m))) for m in _events(doc, "meeting"))
    assert got == [("2024-12-01", ["Dupont", "Mugabo"]), ("2024-12-17", ["Dupont", "Ndayishimiye"])]


def test_a_luncheon_in_honour_of_the_visiting_guest_is_a_meal_of_its_own():
    text = (
        "President Ana Ruiz of Chile paid an official visit to Peru from 6 to 8 May. On 7 May, "
        "President Luis Mora hosted an official welcoming ceremony for President Ruiz at the "
        "Government Palace, followed by a bilateral meeting. President Mora then hosted an "
        "official luncheon in honour of the visiting President."
    )
    meetings = _events(_doc(text, "2025-05-08", "Ministry of Foreign Affairs of Peru"), "meeting")
    assert sorted(m.get("format") == "dinner" for m in meetings) == [False, True]
    assert all(len(m["participants"]) == 2 for m in meetings)


def test_talks_continued_over_a_meal_are_one_meeting_with_the_talks():
    # "continued their discussions over a working breakfast": the talks going on, not a meal
    # of its own (as "then hosted a luncheon in honour of B" above is)
    text = (
        "Chancellor Karl Vogel welcomed President Amina Diallo of Senegal to the Federal "
        "Chancellery today for an official visit. The two leaders met in the Red Salon and "
        "continued their discussions over a working breakfast in the library."
    )
    meetings = _events(_doc(text, publisher="Federal Chancellery of Austria"), "meeting")
    assert [(m["date"], m.get("format")) for m in meetings] == [("2024-03-06", "talks")]


def test_people_who_also_joined_the_named_meeting_are_its_participants():
    # "A and B also joined the library meeting": they take part in the meeting told before
    # whose phrase names it ("met in the Rosenbad library"), not in a meeting of their own
    # (nor in the talks of last May, whose phrase is another)
    text = (
        "Prime Minister Lena Berg of Sweden received President Tomas Novak of Slovakia today. "
        "The two leaders met in the Rosenbad library, building on their talks in Prague last "
        "May. Slovakia's Ambassador to Sweden, Peter Hlina, and the Swedish Ambassador to "
        "Slovakia, Eva Lind, also joined the library meeting."
    )
    doc = _doc(text, publisher="Government Offices of Sweden")
    got = sorted((m["date"], sorted(_surnames(doc, m))) for m in _events(doc, "meeting"))
    assert got == [
        ("2023-05", ["Berg", "Novak"]),
        ("2024-03-06", ["Berg", "Hlina", "Lind", "Novak"]),
    ]


def test_the_visit_a_call_prepared_is_no_visit_on_the_call_day():
    # "in which they prepared the visit": the known visit as a verb's object, not a trip on
    # the day of the call (nor to the Sahel, which is the topic of their views)
    text = (
        "Minister Ana Costa of Portugal met Minister Kari Lund of Norway in Oslo on Tuesday. "
        "The ministers held a telephone call last Thursday, in which they prepared the visit "
        "and exchanged views on the situation in the Sahel."
    )
    assert _events(_doc(text, publisher="Ministry of Foreign Affairs of Norway"), "visit") == []


def test_a_place_named_by_a_topic_is_not_where_a_visit_goes():
    text = (
        "Foreign Minister Ana Costa of Portugal will pay a visit focused on the situation in "
        "the Sahel on Friday."
    )
    visits = _events(_doc(text, publisher="Ministry of Foreign Affairs of Norway"), "visit")
    assert [v.get("location") for v in visits] == [None]


def test_visiting_a_research_institute_during_a_stay_is_no_visit_of_its_own():
    text = (
        "Minister Ana Costa of Portugal is on an official visit to Norway from 4 to 6 March. On "
        "Wednesday, she will visit the Nordic Institute of Marine Research in Bergen."
    )
    doc = _doc(text, "2024-03-05", "Ministry of Foreign Affairs of Norway")
    assert [v["date"] for v in _events(doc, "visit")] == ["2024-03-04/2024-03-06"]


def test_an_office_in_an_earlier_clause_does_not_hide_the_named_traveler():
    # "... to accompany the foreign minister but cancelled; a separate visit by Minister B to
    # X": the office is another clause's object; B, named after "by", travels
    text = (
        "Portugal's Minister of Economy, Rui Lopes, was scheduled to accompany the foreign "
        "minister but cancelled his participation; a separate visit by Minister Lopes to Norway "
        "is planned for the autumn."
    )
    doc = _doc(text, publisher="Ministry of Foreign Affairs of Norway")
    got = [(_names(doc, v), v["date"], v["status"]) for v in _events(doc, "visit")]
    assert got == [({"Rui Lopes"}, "2024-09/2024-11", "planned")]


def test_the_session_told_before_postponed_is_a_postponed_meeting_of_the_two_sides():
    # "The session, which had been planned for March 2024, was postponed": the session of the
    # commission named before, a record of its own (the next one is planned)
    text = (
        "Foreign Minister Ana Costa of Portugal met Foreign Minister Kari Lund of Norway in Oslo "
        "on Thursday. The two governments agreed to convene the next session of the "
        "Portugal-Norway Joint Commission later this year. The session, which had been planned "
        "for March 2024, was postponed at Norway's request."
    )
    doc = _doc(text, "2024-05-17", "Ministry of Foreign Affairs of Norway")
    off = [m for m in _events(doc, "meeting") if m["status"] == "postponed"]
    assert [(m["date"], sorted(p["country"] for p in m["participants"])) for m in off] == [
        ("2024-03", ["NO", "PT"])
    ]


def test_consultations_planned_for_a_month_but_postponed_are_postponed_from_that_month():
    # "were originally planned to start in February but were postponed": the plan is the
    # noun's first predicate, the postponement its second; and "the first round of
    # consultations at the level of deputy ministers will be held in X in the autumn" is
    # planned, dated forward (the noun's own future predicate, past its long qualifier)
    text = (
        "Foreign Minister Ana Costa of Portugal met Foreign Minister Kari Lund of Norway in Oslo "
        "on Thursday. The ministers signed a memorandum on political consultations. The first "
        "round of consultations at the level of deputy ministers will be held in Lisbon in the "
        "autumn. The consultations were originally planned to start in February but were "
        "postponed because of the ministers' schedules."
    )
    doc = _doc(text, "2024-05-17", "Ministry of Foreign Affairs of Norway")
    rounds = [m for m in _events(doc, "meeting") if not _names(doc, m)]
    assert sorted((m["status"], m["date"]) for m in rounds) == [
        ("planned", "2024-09/2024-11"),
        ("postponed", "2024-02"),
    ]


def test_the_one_a_foreign_minister_holds_talks_with_is_not_of_the_ministers_country():
    # "Kenya's Foreign Minister A held talks with Deputy Secretary of State B" in a U.S. text:
    # B is not placed by the country named nearest (A's own), so the two meet
    text = (
        "The Deputy Secretary welcomed the delegation. Kenya's Foreign Minister Peter Otieno "
        "held talks with Deputy Secretary of State Mark Ellis on March 4."
    )
    doc = _doc(text, "2026-03-05")
    assert _officials(doc) == {"Peter Otieno": "KE", "Mark Ellis": "US"}
    assert [sorted(_surnames(doc, m)) for m in _events(doc, "meeting")] == [["Ellis", "Otieno"]]


def test_the_demonym_office_met_during_a_stay_is_the_visitor_and_the_stay_dates_it():
    # "During his stay, the Ghanaian Minister also met B": the Ghanaian minister named before
    # (not a description), on the days of the stay as the text gives them at last
    text = (
        "The Minister of Foreign Affairs of Ghana, Kwame Mensah, concludes today an official "
        "visit to Santiago, at the invitation of the Minister of Foreign Affairs, Elena Rojas. "
        "During his stay, the Ghanaian Minister also met with the Minister of Mining, Pablo "
        "Soto. Minister Mensah's visit to Santiago, from 4 to 5 March, marks sixty years of "
        "relations."
    )
    doc = _doc(text, "2024-03-05", "Ministry of Foreign Affairs of Chile")
    got = [(sorted(_surnames(doc, m)), m["date"]) for m in _events(doc, "meeting")]
    assert got == [(["Mensah", "Soto"], "2024-03-04/2024-03-05")]


def test_a_trip_scheduled_but_cancelled_is_one_cancelled_visit():
    # "was scheduled to visit X on Monday but cancelled his trip": the plan, then its calling
    # off (one visit, cancelled, on the Monday before)
    text = (
        "Portugal's Minister of Economy, Rui Lopes, was scheduled to visit Oslo on Monday but "
        "cancelled his trip."
    )
    doc = _doc(text, publisher="Ministry of Foreign Affairs of Norway")
    got = [(v["location"].get("place"), v["date"], v["status"]) for v in _events(doc, "visit")]
    assert got == [("Oslo", "2024-03-04", "cancelled")]


def test_a_companion_who_cancelled_has_a_cancelled_visit_where_the_lead_goes():
    # "B was scheduled to accompany the foreign minister but cancelled his participation": a
    # visit of B to where (and when) the minister of B's country goes, cancelled
    text = (
        "Minister Ana Costa of Portugal is on an official visit to Norway from 4 to 6 March. "
        "Portugal's Minister of Economy, Rui Lopes, was scheduled to accompany the foreign "
        "minister but cancelled his participation."
    )
    doc = _doc(text, publisher="Ministry of Foreign Affairs of Norway")
    got = [(_names(doc, v), v["date"], v["status"]) for v in _events(doc, "visit")]
    assert got == [
        ({"Ana Costa"}, "2024-03-04/2024-03-06", "held"),
        ({"Rui Lopes"}, "2024-03-04/2024-03-06", "cancelled"),
    ]


def test_a_head_of_state_is_one_of_the_two_leaders():
    text = (
        "Head of State Aidos Sarym held a telephone conversation with President of Kyrgyzstan "
        "Adylbek Kasymaliev today. In June, the two heads of state held talks in Bishkek."
    )
    doc = _doc(text, "2024-09-10", "Press Service of the President of the Republic of Kazakhstan")
    got = sorted((m["date"], sorted(_surnames(doc, m))) for m in _events(doc, "meeting"))
    assert got == [("2024-06", ["Kasymaliev", "Sarym"]), ("2024-09-10", ["Kasymaliev", "Sarym"])]


def test_a_question_naming_an_office_and_an_answer_naming_its_holder_are_one_call():
    # "Q: A spoke with the Kenyan Foreign Minister yesterday ... A: On May 3, A had a phone
    # call with Kenyan Foreign Minister B": one call, with B
    doc = _doc(
        "Reporter: Foreign Minister Lucas Amaral spoke with the Kenyan Foreign Minister over "
        "the phone yesterday. Can you share more?\n\n"
        "Spokesperson: On May 3, Foreign Minister Lucas Amaral had a phone call with Kenyan "
        "Foreign Minister Grace Wanjiru.",
        published="2024-05-04",
        publisher="Ministry of Foreign Affairs of Brazil",
    )
    calls = [m for m in _events(doc, "meeting") if "Amaral" in _surnames(doc, m)]
    assert len(calls) == 1
    assert _surnames(doc, calls[0]) == {"Amaral", "Wanjiru"}
    assert not any(p.get("description") for p in calls[0]["participants"])


def test_a_working_group_that_will_convene_again_is_a_planned_session_of_the_two_sides():
    doc = _doc(
        "The two ministers welcomed the first session of the Sweden-Ghana Working Group on "
        "Trade, held in Accra on March 1. The working group will convene again in Stockholm "
        "in June to review progress.",
        publisher="Ministry for Foreign Affairs of Sweden",
    )
    planned = [m for m in _events(doc, "meeting") if m.get("status") == "planned"]
    assert planned and planned[0]["date"] == "2024-06"
    assert {p.get("country") for p in planned[0]["participants"]} >= {"SE", "GH"}


def test_welcoming_a_governments_act_is_no_meeting():
    # "welcomed the Treasury Department's designation of X": a thing welcomed, not a guest
    doc = _doc(
        "Foreign Minister Tomas Lindqvist and Ghanaian Foreign Minister Kwame Asante spoke "
        "by phone on Monday and welcomed the Finance Ministry's designation in January of "
        "two cartels as terrorist organisations.",
        publisher="Ministry for Foreign Affairs of Sweden",
    )
    assert [m["date"] for m in _events(doc, "meeting")] == ["2024-03-04"]


def test_we_had_a_discussion_in_a_dialogue_of_two_leaders_is_their_talks():
    # a transcript of two speakers of two countries: "Today we had a very open discussion"
    doc = extract(
        "title: Remarks by President Ana Lopes and Prime Minister Jonas Berg After Their "
        "Meeting\npublished: 2024-03-06\n---\n"
        "PRESIDENT LOPES: Welcome to Lisbon, Prime Minister. Today we had a very open "
        "discussion on trade and fisheries.\n\n"
        "PRIME MINISTER BERG: Thank you, President, for your hospitality.\n",
        gazetteer=[
            ("Ana Lopes", "PT", "President", ["Lopes"]),
            ("Jonas Berg", "NO", "Prime Minister", ["Berg"]),
        ],
    )
    talks = [m for m in _events(doc, "meeting") if _surnames(doc, m) == {"Lopes", "Berg"}]
    assert talks and talks[0]["date"] == "2024-03-06"


def test_raising_a_matter_with_a_titled_person_or_a_counterpart_is_a_meeting():
    doc = _doc(
        "Our Minister of State, Omar Haddad, was in Oslo last week and raised the matter with "
        "Norwegian Foreign Minister Ingrid Dahl.\n\n"
        "Minister of Foreign Affairs Karim Nasser will also raise the issue with his Danish "
        "counterpart, Lars Holm, when the two ministers meet later this month.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Jordan",
    )
    assert _meeting_of(doc, "Dahl")["date"] == "2024-02-26/2024-03-03"
    holm = [m for m in _events(doc, "meeting") if "Holm" in _surnames(doc, m)]
    assert len(holm) == 1 and holm[0]["date"] == "2024-03" and holm[0]["status"] == "planned"


def test_a_body_that_will_resume_its_work_is_a_planned_session_of_the_two_sides():
    doc = _doc(
        "The Ministry of Foreign Affairs of Armenia notes the talks held with Georgia on the "
        "border this week. The joint demarcation working groups will resume their field work "
        "next week.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Armenia",
    )
    planned = [m for m in _events(doc, "meeting") if m.get("status") == "planned"]
    assert planned and planned[0]["date"] == "2024-03-11/2024-03-17"


def test_their_meeting_is_the_pair_of_the_sentence_before_not_of_a_later_as_clause():
    # "A spoke with B. The call followed up on their meeting in Rome in May, as President C
    # and President D agreed when the two leaders met in Lima": A and B met in Rome
    doc = _doc(
        "National Security Adviser Tomas Lindqvist spoke today by phone with Kenyan Foreign "
        "Minister Grace Wanjiru. The call followed up on their meeting in Rome in January and "
        "was part of efforts to keep channels open, as President Anna Berg and President "
        "William Otieno agreed when the two leaders met in Lima last November.",
        publisher="Government Offices of Sweden",
    )
    rome = [m for m in _events(doc, "meeting") if m.get("date") == "2024-01"]
    assert rome and _surnames(doc, rome[0]) == {"Lindqvist", "Wanjiru"}


def test_a_meeting_on_the_margins_of_a_named_dialogue_is_no_meeting_of_the_dialogue():
    # "declined the proposal for A to meet B on the margins of the X Dialogue in Y in June"
    doc = _doc(
        "The Minister regretted that Kenya declined the Swedish proposal for Defence Minister "
        "Pal Jonsson to meet Defence Minister Aden Duale on the margins of the Nairobi "
        "Security Dialogue in Mombasa in February.",
        publisher="Government Offices of Sweden",
    )
    meetings = _events(doc, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["date"] == "2024-02" and meetings[0]["status"] == "declined"


def test_senior_officials_of_two_ministries_met_with_the_heads_named_after():
    # "Senior officials of X and Y last met in Z on <day>. The round was led on the Swedish
    # side by A. B, <title>, headed the Kenyan delegation."
    doc = _doc(
        "Foreign Minister Tomas Lindqvist spoke today with Kenyan Foreign Minister Grace "
        "Wanjiru. Senior officials of the Swedish Ministry for Foreign Affairs and the Kenyan "
        "Ministry of Foreign Affairs last met in this format in Nairobi on February 20. The "
        "February round was led on the Swedish side by Director Karin Ek. Peter Kamau, "
        "Director-General of the Department of Trade, headed the Kenyan delegation.",
        publisher="Government Offices of Sweden",
    )
    met = [m for m in _events(doc, "meeting") if m.get("date") == "2024-02-20"]
    assert met and {"Ek", "Kamau"} <= _surnames(doc, met[0])


def test_a_weekday_opening_keeps_the_unnamed_office_the_subject_of_he():
    # "Sunday evening, the President flies on to X, ... On Monday, he will meet with B":
    # the unnamed home office travels and meets, not the foreign president named before
    doc = _doc(
        "The President arrives in Lima on Saturday. On Sunday morning, he will sit down with "
        "President Dina Rojas of Peru.\n\n"
        "Sunday evening, the President flies on to Santiago, where he will remain through "
        "Wednesday. On Monday, he will meet with President Pablo Mena of Chile.",
        published="2024-03-06",
    )
    mena = _meeting_of(doc, "Mena")
    assert _surnames(doc, mena) == {"Mena"}
    assert any(p.get("country") == "US" for p in mena["participants"])
    assert mena["date"] == "2024-03-11" and mena["status"] == "planned"
    chile = [v for v in _events(doc, "visit") if v["location"].get("country") == "CL"]
    assert chile and chile[0]["status"] == "planned" and chile[0]["date"] == "2024-03-10"


def test_a_three_party_named_call_with_two_counterparts_is_one_meeting():
    # "held a Norway-Chile-Kenya Foreign Ministers' telephone talk with A and B": one call
    doc = _doc(
        "On the 4th, Foreign Minister Ingrid Dahl held a Norway-Chile-Kenya Foreign "
        "Ministers' telephone talk with Chilean Foreign Minister Rosa Mena and Kenyan Foreign "
        "Minister Peter Kamau.",
        publisher="Government of Norway",
    )
    calls = _events(doc, "meeting")
    assert len(calls) == 1 and _surnames(doc, calls[0]) == {"Dahl", "Mena", "Kamau"}


def test_the_two_foreign_ministers_are_not_a_minister_for_foreign_trade():
    # "the Joint Commission, to be co-chaired by the two Foreign Ministers": of foreign
    # affairs, not the Minister for Foreign Trade named after them
    doc = _doc(
        "The Minister of Foreign Affairs of Norway, Ingrid Dahl, held talks with her Chilean "
        "counterpart, Foreign Minister Rosa Mena. The Minister for Foreign Trade and "
        "Development, Erik Berg, met the Chilean Minister of Economy, Pablo Soto.\n\n"
        "The two leaders welcomed the convening of the Joint Commission, to be co-chaired by "
        "the two Foreign Ministers, in Oslo next month.",
        publisher="Government of Norway",
    )
    planned = [m for m in _events(doc, "meeting") if m.get("status") == "planned"]
    assert planned and _surnames(doc, planned[0]) == {"Dahl", "Mena"}


def test_a_bilateral_mechanism_a_foreign_ministry_reports_postponed_has_the_two_sides():
    # "Q: The Philippine Department of Foreign Affairs said that the meeting of the
    # Bilateral Consultation Mechanism ..., which was to be held in Manila this week, has
    # been postponed": the home side and the one whose ministry spoke
    doc = _doc(
        "Spokesperson: Foreign Minister Espen Lie spoke by phone with Kenyan Foreign "
        "Minister Grace Wanjiru yesterday.\n\n"
        "Reporter: The Kenyan Ministry of Foreign Affairs said that the meeting of the "
        "Bilateral Consultation Mechanism on Fisheries, which was to be held in Nairobi this "
        "week, has been postponed. Can you confirm?\n\n"
        "Spokesperson: After consultation, the two sides have agreed to postpone the meeting.",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    (talks,) = [m for m in _events(doc, "meeting") if m["status"] == "postponed"]
    # (the answer's "the two sides" are the session's, not the two ministers named before)
    assert not _names(doc, talks)
    assert {p.get("country") for p in talks["participants"]} == {"NO", "KE"}


def test_a_list_of_counterparts_splits_past_a_name_part_not_taken_in():
    # "A met B, Cambodian Prime Minister Samdech X Y Z and C in separate sessions": one
    # meeting each, though the middle name runs on past the part taken as the person
    doc = _doc(
        "Prime Minister Lena Holm met Vietnamese Prime Minister Pham Van Dong, Cambodian "
        "Prime Minister Samdech Akka Moha Sena Padei Techo Hun Sen and Timor-Leste Prime "
        "Minister Jose Ramos in separate sessions at the convention centre.",
        publisher="Government Offices of Sweden",
    )
    ramos = [m for m in _events(doc, "meeting") if "Ramos" in _surnames(doc, m)]
    assert ramos and all(_surnames(doc, m) == {"Holm", "Ramos"} for m in ramos)


def test_a_conference_between_two_bodies_has_their_countries_as_sides():
    # "the border conference between the Border Police Estonia and the Frontier Service,
    # ..., postponed at the request of the Latvian side": a body each, the one its name
    # gives no country of is of the other country the sentence names
    doc = _doc(
        "Spokesperson: The annual border conference between the Border Police Estonia and the "
        "State Frontier Service, which was to be held in Riga from 11 to 13 March, has been "
        "postponed at the request of the Latvian side.",
        publisher="Ministry of Foreign Affairs of Estonia",
    )
    (conference,) = _events(doc, "meeting")
    assert {p.get("country") for p in conference["participants"]} == {"EE", "LV"}
    assert conference["status"] == "postponed"
    assert conference["date"] == "2024-03-11/2024-03-13"


def test_the_summit_closing_a_sentence_after_a_summit_was_told_is_that_summit():
    # "The Ministers' Dialogue, held yesterday between A and B, prepared the Summit.": the
    # summit already told, not a summit of A and B
    doc = _doc(
        "Prime Minister Lena Holm and Prime Minister Jonas Berg held the 5th Sweden-Norway "
        "Annual Summit in Stockholm today. The leaders welcomed the Foreign Ministers' "
        "Dialogue, held yesterday in Stockholm between Foreign Minister Tomas Lindqvist and "
        "Foreign Minister Espen Lie, which prepared the Summit.",
        publisher="Government Offices of Sweden",
    )
    assert not [m for m in _events(doc, "meeting") if m.get("format") == "summit"
                and "Lie" in _surnames(doc, m)]


def test_discussing_a_topic_with_a_possessive_titled_person_is_a_meeting_not_a_sanction():
    text = (
        "Foreign Minister Lars Tveit of Norway discussed further sanctions against Belarus with "
        "Lithuania's Foreign Minister Egle Vaitkute in Oslo on Tuesday."
    )
    doc = _doc(text, "2024-03-07", "Government of Norway")
    meeting = _meeting_of(doc, "Vaitkute")
    assert _surnames(doc, meeting) == {"Tveit", "Vaitkute"} and meeting["date"] == "2024-03-05"
    assert _events(doc, "sanction") == []


def test_the_two_leaders_chairing_a_body_between_the_two_countries_are_its_sides():
    text = (
        "At the invitation of President Ana Duarte, President of the Kingdom of Morocco Karim "
        "Bennani paid an official visit to Portugal on 4 March 2024. The two Presidents co-chaired "
        "the second meeting of the Joint Council between the two countries in Lisbon."
    )
    doc = _doc(text, "2024-03-04", "Presidency of the Portuguese Republic")
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Duarte", "Bennani"}
    assert not any(p.get("description") for p in meeting["participants"])


def test_a_meeting_named_as_the_time_of_another_is_its_own_event():
    text = (
        "President Ana Duarte received President Karim Bennani of Morocco in Lisbon. The two "
        "Presidents co-chaired the Joint Council, following their tete-a-tete meeting at the "
        "palace. The two Presidents will meet again in Rabat in 2025."
    )
    doc = _doc(text, "2024-03-04", "Presidency of the Portuguese Republic")
    got = sorted((m["status"], m.get("date", "")) for m in _events(doc, "meeting"))
    assert got == [("held", ""), ("held", ""), ("planned", "2025")]


def test_a_meeting_of_a_bilateral_body_has_the_two_sides_of_the_text():
    text = (
        "Estonia protests the violation of its airspace by a Russian aircraft. Estonia will "
        "raise the matter at the next meeting of the Joint Border Commission, which is to "
        "convene in Tallinn in March. The last meeting of the Commission was held in Pskov in "
        "October."
    )
    doc = _doc(text, "2024-01-15", "Ministry of Foreign Affairs of Estonia")
    got = sorted(
        (m["date"], m["status"], sorted(p["country"] for p in m["participants"]))
        for m in _events(doc, "meeting")
    )
    assert got == [("2023-10", "held", ["EE", "RU"]), ("2024-03", "planned", ["EE", "RU"])]


def test_a_body_to_be_co_chaired_by_the_two_foreign_ministers_is_their_meeting():
    text = (
        "Prime Minister Rui Lopes of Portugal received Prime Minister Karim Bennani of Morocco "
        "in Lisbon on 4 March 2024. The two sides agreed to convene the 5th Meeting of the "
        "Portugal-Morocco Joint Commission, to be co-chaired by the two Foreign Ministers, in "
        "Rabat in the second half of 2024. The Minister of Foreign Affairs of Portugal, Rui "
        "Costa, and the Minister of Foreign Affairs of Morocco, Samir Alami, signed a programme. "
        "The Minister of Defence of Portugal, Ana Mota, and the Minister of Defence of Morocco, "
        "Driss Tazi, signed a protocol."
    )
    doc = _doc(text, "2024-03-04", "Government of Portugal")
    commission = next(m for m in _events(doc, "meeting") if m.get("date") == "2024-07/2024-12")
    assert _surnames(doc, commission) == {"Costa", "Alami"}


def test_a_working_group_as_the_subject_of_its_meeting_is_a_meeting_of_the_two_sides():
    text = (
        "Minister Ola Berg of Norway met Minister Jon Olafsson of Iceland in Bergen on Monday. "
        "The Fisheries Working Group held its third meeting by video conference on February 12. "
        "The Arctic Council met on Friday."
    )
    doc = _doc(text, "2024-03-06", "Norwegian Ministry of Foreign Affairs")
    meetings = _events(doc, "meeting")
    assert sorted(m["date"] for m in meetings) == ["2024-02-12", "2024-03-04"]
    group = next(m for m in meetings if m["date"] == "2024-02-12")
    assert sorted(p["country"] for p in group["participants"]) == ["IS", "NO"]


def test_the_heads_of_delegation_named_just_after_a_meeting_are_its_participants():
    text = (
        "Iceland's Foreign Minister Jon Olafsson visited Oslo in January. The joint fisheries "
        "working group met in Bergen last week. Was anything agreed? It was a useful session. "
        "State Secretary Kari Lund led our delegation, and officials of the Icelandic ministry "
        "took part."
    )
    doc = _doc(text, "2024-03-06", "Norwegian Ministry of Foreign Affairs")
    meeting = next(m for m in _events(doc, "meeting") if m.get("date") == "2024-02-26/2024-03-03")
    assert "Lund" in _surnames(doc, meeting)


def test_a_minister_of_two_portfolios_and_a_pair_who_held_talks_are_of_the_two_sides():
    text = (
        "Prime Minister Karim Bennani of Morocco paid an official visit to Norway on 4 March. "
        "The meeting was attended by Minister of Foreign Affairs Jonas Vik and Minister of "
        "Foreign Affairs and Tourism Samir Alami, who held separate talks at the Ministry on "
        "3 March."
    )
    doc = _doc(text, "2024-03-06", "Government of Norway")
    officials = _officials(doc)
    assert officials["Jonas Vik"] == "NO" and officials["Samir Alami"] == "MA"
    talks = _meeting_of(doc, "Alami")
    assert _surnames(doc, talks) == {"Vik", "Alami"} and talks["date"] == "2024-03-03"


def test_the_summits_a_trip_is_for_are_meetings_of_the_traveler_with_the_groups():
    text = (
        "Prime Minister Jonas Vik will visit Brazil next week. The visit follows his travel to "
        "Japan and precedes his visit next month to Europe for the G7 and NATO Summits. Foreign "
        "Minister Kari Lund will travel on to Vientiane for the ASEAN-related Foreign Ministers' "
        "Meetings later this month."
    )
    doc = _doc(text, "2024-03-06", "Office of the Prime Minister of Norway")
    got = sorted(
        (sorted(_surnames(doc, m)), [p["description"] for p in m["participants"] if "description" in p])
        for m in _events(doc, "meeting")
    )
    assert got == [
        (["Lund"], ["ASEAN-related leaders"]),
        (["Vik"], ["G7 leaders"]),
        (["Vik"], ["NATO leaders"]),
    ]


def test_two_people_of_two_countries_who_sign_a_document_meet():
    text = (
        "Foreign Minister Rui Costa and Foreign Minister Samir Alami of Morocco signed an "
        "agreement on visas in Lisbon on Monday. Portugal and Morocco signed a treaty in 1994. "
        "President Ana Duarte signed the decree on Tuesday."
    )
    doc = _doc(text, "2024-03-06", "Government of Portugal")
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Costa", "Alami"} and meeting["date"] == "2024-03-04"


@pytest.mark.parametrize("title", ["Amir of the State of Kuwait", "Sultan of Oman", "Emperor of Japan"])
def test_an_amir_a_sultan_and_an_emperor_are_leaders(title):
    text = (
        f"At the invitation of President Ana Duarte, His Highness Karim Salem, {title}, paid a "
        "state visit to Lisbon on 4 March 2024. The two leaders held talks at the palace on "
        "4 March."
    )
    doc = _doc(text, "2024-03-05", "Presidency of the Portuguese Republic")
    assert _surnames(doc, _meeting_of(doc, "Salem")) == {"Duarte", "Salem"}


def test_convening_a_group_is_a_planned_meeting():
    text = (
        "Foreign Minister Rui Costa and Foreign Minister Samir Alami of Morocco met in Lisbon on "
        "3 March. The two Ministers agreed to convene the Joint Planning Group, which brings "
        "together senior officials of both foreign ministries, in Rabat before the end of the year."
    )
    doc = _doc(text, "2024-03-06", "Government of Portugal")
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert [(m.get("date"), m["location"]["place"]) for m in planned] == [
        ("2024-03-06/2024-12-31", "Rabat")
    ]


@pytest.mark.parametrize("verb", ["was summoned by the Ministry", "was called in by State Secretary Kari Lund"])
def test_a_passive_summons_with_its_agent_is_a_meeting(verb):
    text = f"The Russian Ambassador, Mikhail Ulyanov, {verb} on Tuesday."
    doc = _doc(text, "2024-03-06", "Ministry of Foreign Affairs of Norway")
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-03-05" and "Ulyanov" in _surnames(doc, meeting)
    assert {p.get("country") for p in meeting["participants"] if "description" in p} <= {"NO"}


def test_the_ministers_of_two_named_countries_are_the_two_sides():
    text = "The Trade Ministers of Kenya and Ghana met in Accra on 2 May to review bilateral trade."
    doc = _doc(text, "2024-05-06", "Ministry of Foreign Affairs of Norway")
    (meeting,) = _events(doc, "meeting")
    assert sorted(p["country"] for p in meeting["participants"]) == ["GH", "KE"]


def test_hosting_a_guest_for_a_meal_without_article_is_one_meeting():
    text = (
        "Prime Minister Jonas Vik hosted President Emmanuel Ortiz of Chile for dinner at his "
        "residence on Monday."
    )
    doc = _doc(text, "2024-05-08", "Office of the Prime Minister of Norway")
    assert [m.get("date") for m in _events(doc, "meeting")] == ["2024-05-06"]


def test_counterparts_each_with_a_title_and_a_comma_are_one_meeting_each():
    text = (
        "Foreign Minister Jonas Vik of Norway visited Chile on Monday. In Santiago, Minister Vik "
        "also met with the Speaker of the Chamber of Deputies, Karla Rubio, and the Minister of "
        "Defence, Maya Fernandez."
    )
    doc = _doc(text, "2024-05-08", "Ministry of Foreign Affairs of Norway")
    met = sorted(sorted(_surnames(doc, m) - {"Vik"}) for m in _events(doc, "meeting"))
    assert met == [["Fernandez"], ["Rubio"]]


def test_travelling_from_one_town_to_a_country_is_a_visit_there():
    text = "Foreign Minister Jonas Vik will travel from Lima to Chile on Tuesday."
    doc = _doc(text, "2024-05-08", "Ministry of Foreign Affairs of Norway")
    assert [(v["location"]["country"], v["date"]) for v in _events(doc, "visit")] == [
        ("CL", "2024-05-14")
    ]


def test_their_meeting_after_a_call_is_the_meeting_of_the_calls_pair():
    text = (
        "President Ana Duarte spoke by phone with President Luis Mora of Peru on Tuesday. The "
        "call followed their meeting on the margins of the G20 summit in Rio de Janeiro last "
        "month."
    )
    doc = _doc(text, "2024-12-11", "Presidency of the Portuguese Republic")
    got = sorted((m["date"], sorted(_surnames(doc, m))) for m in _events(doc, "meeting"))
    assert got == [("2024-11", ["Duarte", "Mora"]), ("2024-12-10", ["Duarte", "Mora"])]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Foreign Minister Jonas Vik will also attend the ASEAN Regional Forum in Vientiane on "
         "27 July.", "ASEAN leaders"),
        ("Foreign Minister Jonas Vik took part in the OSCE Ministerial Council in Malta on "
         "5 December.", "OSCE leaders"),
    ],
)
def test_attending_a_named_gathering_of_a_group_is_a_meeting_with_it(text, group):
    doc = _doc(text, "2024-07-08", "Ministry of Foreign Affairs of Norway")
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Vik"}
    assert [p["description"] for p in meeting["participants"] if "description" in p] == [group]


def test_a_numbered_session_of_a_series_is_a_meeting_of_the_two_sides():
    text = (
        "President Ana Duarte received Prime Minister Karim Bennani of Morocco in Lisbon on 4 "
        "March 2024. The 14th Annual Consultation will be held in Morocco in 2025. The third "
        "Strategic Dialogue took place in Rabat in May 2023."
    )
    doc = _doc(text, "2024-03-06", "Presidency of the Portuguese Republic")
    got = sorted(
        (m["date"], m["status"], sorted(p.get("country", "") for p in m["participants"]))
        for m in _events(doc, "meeting")
        if m["date"] != "2024-03-04"
    )
    assert got == [("2023-05", "held", ["MA", "PT"]), ("2025", "planned", ["MA", "PT"])]


def test_the_arrangement_they_reached_somewhere_is_their_past_meeting():
    text = (
        "Minister Kari Lund and Ambassador Ola Berg will also hold a separate session with Vice "
        "Premier Liu Wei on Wednesday afternoon to review the implementation of the arrangement "
        "that they reached in Singapore last fall."
    )
    doc = _doc(text, "2026-03-27", "Office of the Prime Minister of Norway")
    got = sorted((m["status"], m["date"]) for m in _events(doc, "meeting"))
    assert got == [("held", "2025-09/2025-11"), ("planned", "2026-04-01")]


def test_talks_to_resume_and_their_last_round_are_meetings_of_the_two_sides():
    text = (
        "Prime Minister Jonas Vik spoke with Prime Minister Ulf Berg of Sweden on Monday. We also "
        "expect the two navies to resume their maritime consultations in the coming months. The "
        "last round was in Bergen in November."
    )
    doc = _doc(text, "2024-03-06", "Office of the Prime Minister of Norway")
    got = sorted((m["status"], m.get("date", "")) for m in _events(doc, "meeting"))
    assert ("held", "2023-11") in got and any(s == "planned" for s, _ in got)


def test_the_predicate_of_an_event_noun_wins_over_an_adjective_before_it():
    text = "Prime Minister Jonas Vik's upcoming trip to Japan was postponed."
    doc = _doc(text, "2024-05-08", "Office of the Prime Minister of Norway")
    assert [v["status"] for v in _events(doc, "visit")] == ["postponed"]


def test_is_visiting_a_place_is_a_verb_with_its_place():
    text = "Prime Minister Kenji Sato of Japan is visiting Oslo this week."
    doc = _doc(text, "2024-05-08", "Office of the Prime Minister of Norway")
    assert [v["location"] for v in _events(doc, "visit")] == [{"place": "Oslo", "country": "NO"}]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jonas Vik began a tour of Peru, Chile and Argentina on Monday.",
        "Prime Minister Jonas Vik embarked on a tour of South America on Monday, with stops in "
        "Peru, Chile and Argentina.",
    ],
)
def test_a_tour_of_countries_or_with_stops_is_a_visit_to_each(text):
    doc = _doc(text, "2024-05-08", "Office of the Prime Minister of Norway")
    got = sorted(v["location"]["country"] for v in _events(doc, "visit"))
    assert got == ["AR", "CL", "PE"]


def test_an_invitation_from_someone_to_visit_is_a_visit_planned_once_accepted():
    text = (
        "Prime Minister Kenji Sato of Japan conveyed an invitation from Emperor Akihito to King "
        "Harald to pay a state visit to Japan."
    )
    doc = _doc(text, "2024-05-06", "Office of the Prime Minister of Norway")
    assert [v["status"] for v in _events(doc, "visit")] == ["tentative"]
    doc = _doc(f"{text} The King accepted.", "2024-05-06", "Office of the Prime Minister of Norway")
    assert [v["status"] for v in _events(doc, "visit")] == ["planned"]


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("accepted in principle an invitation from President Reyes to visit Chile", "tentative"),
        ("agreed in principle to visit Chile next year", "tentative"),
        ("agreed, in principle, to visit Chile", "tentative"),
        ("accepted an invitation from President Reyes to visit Chile", "planned"),
    ],
)
def test_an_agreement_in_principle_to_visit_is_a_possible_visit(clause, status):
    """annotation.md: tentative is possible, planned is agreed; an agreement hedged "in
    principle" (the timing open) is no fixed plan."""
    doc = _doc(f"President Irena Volk of Slovenia {clause}, with the timing to be determined.")
    assert [v["status"] for v in _events(doc, "visit")] == [status]


@pytest.mark.parametrize(
    ("where", "location"),
    [
        # a town the tables do not know, recognised by the words around it
        ("in Iquitos, the largest city of Peru,", {"place": "Iquitos", "country": "PE"}),
        ("in the river port of Iquitos", {"place": "Iquitos"}),
        ("in the northern town of Tumbes", {"place": "Tumbes"}),
    ],
)
def test_a_town_is_a_place_by_the_words_that_name_it_one(where, location):
    doc = _doc(f"Prime Minister Jonas Vik of Norway met President Luis Mora of Peru {where} today.")
    assert [m.get("location") for m in _events(doc, "meeting")] == [location]


def test_a_where_clause_after_a_town_named_as_one_is_at_that_town():
    doc = _doc(
        "On Thursday, Prime Minister Jonas Vik of Norway will travel to the coastal city of "
        "Puerto Aysen, where he will meet President Luis Mora of Chile."
    )
    assert [m["location"]["place"] for m in _events(doc, "meeting")] == ["Puerto Aysen"]


@pytest.mark.parametrize(
    ("end", "status"),
    [
        (".", "tentative"),  # an invitation only: a possible visit
        (". President Reyes accepted the invitation with thanks.", "planned"),
        (", and President Reyes accepted.", "planned"),
    ],
)
def test_an_invitation_to_visit_is_planned_once_accepted(end, status):
    doc = _doc(
        "At the end of the talks, President Irena Volk of Slovenia invited President Tomas "
        f"Reyes of Chile to pay a state visit to Slovenia in the autumn{end}"
    )
    visits = [v for v in _events(doc, "visit") if v["location"].get("country") == "SI"]
    assert [v["status"] for v in visits] == [status]


@pytest.mark.parametrize(
    ("rest", "status"),
    [
        (", and we are looking at May for that, but nothing is locked in yet.", "tentative"),
        (", although no visit has been scheduled so far.", "tentative"),
        (" in May, although no date has been set.", "planned"),  # the visit is; its day not
    ],
)
def test_a_plan_the_sentence_says_is_not_fixed_is_possible(rest, status):
    doc = _doc(f"President Irena Volk of Slovenia intends to visit Chile{rest}")
    assert [v["status"] for v in _events(doc, "visit")] == [status]


def test_meet_with_her_is_the_visitor_of_another_side():
    text = (
        "Foreign Minister Ana Silva of Portugal will pay an official visit to China from June 10 "
        "to 12. Vice President Han Zheng met with Foreign Minister Ana Silva on Wednesday. During "
        "the visit, Premier Li Qiang will also meet with her."
    )
    doc = _doc(text, "2024-06-07", "Ministry of Foreign Affairs of the People's Republic of China")
    assert _surnames(doc, _meeting_of(doc, "Qiang")) == {"Qiang", "Silva"}


def test_the_first_round_of_consultations_is_a_meeting_of_the_two_sides():
    text = (
        "President Ana Duarte received President Kofi Mensah of Ghana in Lisbon on 9 October. "
        "The first round of consultations will take place in Accra in the first half of 2025."
    )
    doc = _doc(text, "2024-10-10", "Presidency of the Portuguese Republic")
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert [(m["date"], m["location"]["place"]) for m in planned] == [("2025-01/2025-06", "Accra")]


def test_a_summit_meeting_in_a_town_is_there():
    text = (
        "Prime Minister Jonas Vik spoke by telephone with Prime Minister Kenji Sato of Japan. The "
        "two leaders agreed to hold a summit meeting in Tokyo on April 28."
    )
    doc = _doc(text, "2025-04-22", "Office of the Prime Minister of Norway")
    summit = next(m for m in _events(doc, "meeting") if m["status"] == "planned")
    assert summit["location"] == {"place": "Tokyo", "country": "JP"}


def test_a_summit_and_a_two_plus_two_told_later_are_two_meetings():
    text = (
        "Prime Minister Jonas Vik spoke by telephone with Prime Minister Kenji Sato of Japan. The "
        "two leaders agreed to hold a summit meeting in Tokyo on April 28. They confirmed that "
        "the 2+2 dialogue will be launched within this year."
    )
    doc = _doc(text, "2025-04-22", "Office of the Prime Minister of Norway")
    planned = sorted(m.get("date", "") for m in _events(doc, "meeting") if m["status"] == "planned")
    assert planned == ["2025", "2025-04-28"]


def test_received_in_audience_by_a_king_is_no_visit_of_the_king():
    text = "Prime Minister Jonas Vik was received in audience by King Carl Gustaf of Sweden on Tuesday."
    doc = _doc(text, "2024-05-08", "Office of the Prime Minister of Norway")
    assert not any(
        "Carl Gustaf" in _names(doc, v) and v["location"].get("country") == "NO"
        for v in _events(doc, "visit")
    )
    assert len(_events(doc, "meeting")) == 1


def test_the_two_ministers_of_foreign_affairs_who_co_chair_are_the_two_foreign_ministers():
    doc = _doc(
        "Swedish Minister of Foreign Affairs Anna Berg held talks with Zambian Minister of "
        "Foreign Affairs Joseph Banda on Monday. Swedish Minister of Trade Lars Olsson and "
        "Zambian Minister of Trade Peter Mwale met the same day. The two sides agreed to hold "
        "the next session of the Joint Commission, co-chaired by the two Ministers of Foreign "
        "Affairs, in Lusaka in the second half of 2024.",
        publisher="Government Offices of Sweden",
    )
    commission = next(m for m in _events(doc, "meeting") if m.get("status") == "planned")
    assert _names(doc, commission) == {"Anna Berg", "Joseph Banda"}


def test_the_heads_of_the_sides_named_in_the_next_sentence_are_the_meetings_participants():
    doc = _doc(
        "The two ministers agreed that consultations between the ministries will take place "
        "in Nairobi on 20 March. The Norwegian delegation will be headed by State Secretary "
        "Ola Nordmann; the Kenyan side will be represented by Deputy Minister of Foreign "
        "Affairs Peter Kamau.",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    meeting = _events(doc, "meeting")[0]
    assert _names(doc, meeting) == {"Ola Nordmann", "Peter Kamau"}
    assert meeting["status"] == "planned"


def test_a_side_the_next_sentence_says_a_group_will_represent_is_a_described_side():
    doc = _doc(
        "Denmark will raise the incidents at the annual meeting under the naval agreement, "
        "which will be held in Murmansk on 24 November. The Danish delegation will be led by "
        "the Chief of the Navy, Rear Admiral Jens Lund; the Russian side will be represented "
        "by officers of the Baltic Fleet.",
        published="2025-10-17",
        publisher="Danish Defence",
    )
    meeting = _events(doc, "meeting")[0]
    assert _names(doc, meeting) == {"Jens Lund"}
    assert {"description": "officers of the Baltic Fleet", "country": "RU"}.items() <= next(
        p for p in meeting["participants"] if p.get("description")
    ).items()


def test_in_a_place_he_without_a_comma_is_a_meeting_on_the_trip_just_told():
    doc = _doc(
        "Ahmed Kamal, the Minister of Foreign Affairs of Egypt, confirmed that he will pay an "
        "official visit to Estonia in the first half of June. In Tallinn he is to be received "
        "by President Alar Karis.",
        publisher="Ministry of Foreign Affairs of the Republic of Estonia",
    )
    assert _meeting_of(doc, "Karis").get("date") == "2024-06-01/2024-06-15"


def test_a_working_group_on_a_topic_that_will_meet_is_one_meeting():
    doc = _doc(
        "The Nepal-China Joint Working Group on trade will meet in Kathmandu next month.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs of Nepal",
    )
    meetings = _events(doc, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["date"] == "2025-12"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The ninth meeting of the Sri Lanka-Maldives Joint Commission, which was to have "
            "been held in Male last month, has been put off.",
            {"LK", "MV"},
        ),
        (
            "The Bangladesh-South Korea Joint Working Group on trade will meet in Dhaka next "
            "month.",
            {"BD", "KR"},
        ),
    ],
)
def test_a_hyphened_pair_with_a_two_word_country_gives_the_bodys_two_sides(text, sides):
    """ "the Sri Lanka-Maldives Joint Commission", "the Bangladesh-South Korea JWG": a country
    of two words on either side of the hyphen, and a name that ends in s, are the sides."""
    doc = _doc(text, published="2024-03-06", publisher="Press Trust of India")
    (meeting,) = _events(doc, "meeting")
    assert {p.get("country") for p in meeting["participants"]} == sides


def test_a_conference_between_two_countries_is_a_meeting_of_their_sides():
    doc = _doc(
        "The border conference between Nepal and India, which was to be held in New Delhi "
        "from 24 to 27 November, has been postponed at the request of the Indian side.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs of Nepal",
    )
    meeting = _events(doc, "meeting")[0]
    assert {p.get("country") for p in meeting["participants"]} == {"NP", "IN"}
    assert meeting["date"] == "2025-11-24/2025-11-27"


def test_the_members_of_the_delegation_who_accompany_a_traveler_visit_too():
    doc = _doc(
        "At the invitation of President Macky Sall of Senegal, President Adama Barrow of The "
        "Gambia paid a state visit to Senegal from 3 to 5 March 2024. The Gambian Head of State "
        "was accompanied by a delegation that included Ms. Fatou Jallow, Minister of Foreign "
        "Affairs, and Mr. Lamin Ceesay, Minister of Trade.",
        published="2024-04-06",
        publisher="State House Gambia",
    )
    travelers = {
        n for v in _events(doc, "visit") for n in _names(doc, v) if n != "Macky Sall"
    }
    assert travelers == {"Adama Barrow", "Fatou Jallow", "Lamin Ceesay"}
    assert {v["date"] for v in _events(doc, "visit")} == {"2024-03-03/2024-03-05"}


def test_an_honorific_with_an_apostrophe_before_the_subjects_title_keeps_him_the_subject():
    doc = _doc(
        "First, the Hon'ble Foreign Adviser, Karim Uddin, will visit Malaysia next week. He "
        "will be in Kuala Lumpur on Monday, and on Monday he will hold talks with the Minister "
        "of Foreign Affairs of Malaysia, Ahmad Yusof. He will then travel to Singapore, where "
        "on Wednesday he is scheduled to call on Prime Minister Lawrence Wong.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs, People's Republic of Bangladesh",
    )
    travelers = {n for v in _events(doc, "visit") for n in _names(doc, v)}
    assert travelers == {"Karim Uddin"}
    assert _names(doc, _meeting_of(doc, "Wong")) == {"Karim Uddin", "Lawrence Wong"}


def test_to_call_on_one_and_to_meet_another_are_two_meetings_of_the_subject():
    doc = _doc(
        "The Foreign Adviser, Karim Uddin, will visit Chile next week. He will then travel to "
        "Peru, where on Wednesday he is scheduled to call on President Luis Paredes and to "
        "meet the Minister of Foreign Affairs, Dr Jose Quispe. Ms. Ana Berg called on "
        "President Luis Paredes to release the detainees.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs, People's Republic of Bangladesh",
    )
    meetings = _events(doc, "meeting")
    assert sorted(sorted(_names(doc, m)) for m in meetings) == [
        ["Jose Quispe", "Karim Uddin"],
        ["Karim Uddin", "Luis Paredes"],
    ]
    assert {m["status"] for m in meetings} == {"planned"}


def test_at_the_end_of_the_call_an_invitation_to_visit_gives_the_call_no_place():
    doc = _doc(
        "On 16 April, Estonia's Minister of Foreign Affairs, Mari Tamm, held a telephone "
        "conversation with Ahmed Kamal, the Minister of Foreign Affairs of Egypt. At the end of "
        "the conversation, Minister Kamal invited Minister Tamm to visit Egypt.",
        published="2025-04-16",
        publisher="Ministry of Foreign Affairs of the Republic of Estonia",
    )
    call = next(m for m in _events(doc, "meeting") if m.get("format") == "call")
    assert "location" not in call


@pytest.mark.parametrize(
    "text, traveler, country",
    [
        (
            "President Ivan Petrov of Finland will come to Oslo later this month.",
            "Ivan Petrov",
            "NO",
        ),
        (
            "Prime Minister Lena Varga of Hungary comes to Vienna on Friday for her first "
            "bilateral meeting abroad.",
            "Lena Varga",
            "AT",
        ),
    ],
)
def test_coming_to_a_place_is_a_visit_of_the_subject(text, traveler, country):
    doc = _doc(text, publisher="Ministry of Foreign Affairs of Sweden")
    visits = _events(doc, "visit")
    assert visits and visits[0]["location"]["country"] == country
    assert _names(doc, visits[0]) == {traveler}


def test_he_and_an_unplaced_minister_who_agree_are_two_sides():
    # "Minister A (home) held talks ... He and Minister B agreed to ...": B is the other side
    # of the visit, not the home's
    doc = _doc(
        "Prime Minister Mette Lund paid an official visit to Ghana on 3-4 May 2025. Minister "
        "of Agriculture Lars Holm held talks at the Ministry of Food the same day. He and "
        "Minister Kofi Boateng agreed to expand cooperation on cocoa processing.",
        published="2025-05-05",
        publisher="Government of Denmark",
    )
    countries = _officials(doc)
    assert countries["Lars Holm"] == "DK"
    assert countries["Kofi Boateng"] == "GH"


def test_the_office_of_two_home_holders_is_the_one_named_first():
    # "the Foreign Minister will travel to X" after two home foreign ministers: the first
    doc = _doc(_TWO_HOME_FOREIGN_MINISTERS, "2024-03-06", "Norwegian Ministry of Foreign Affairs")
    travelers = {
        v["location"].get("place"): _names(doc, v) for v in _events(doc, "visit")
    }
    assert travelers.get("Ankara") == {"Lars Berg"}


@pytest.mark.parametrize(
    ("phrase", "status"),
    [
        ("discussed a possible in-person meeting", "tentative"),
        ("discussed a potential face-to-face meeting", "tentative"),
        ("discussed an upcoming in-person meeting", "planned"),
    ],
)
def test_a_modality_adjective_before_a_hyphenated_compound_qualifies_the_meeting(phrase, status):
    """ "a possible in-person meeting": the "in" of a compound is no preposition that would
    make "possible" qualify another noun."""
    doc = _doc(
        "President Irena Volk of Slovenia spoke today with Chilean President Tomas Reyes. "
        f"The two leaders {phrase}."
    )
    later = [m for m in _events(doc, "meeting") if m.get("date") != PUB]
    assert [m["status"] for m in later] == [status]
    assert _surnames(doc, later[0]) == {"Volk", "Reyes"}


_REPORTED_CALL = (
    "Today, President Anna Kovac and Chile's President Tomas Reyes had a productive phone "
    "conversation. President Kovac briefed President Reyes on her conversation with Peruvian "
    "President Luis Mora and the key issues discussed. "
)


def _sides(meeting: dict) -> set[str]:
    return {p.get("country") for p in meeting.get("participants", []) if not p.get("official")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed that their trade ministers would meet in April.",
        "They agreed to share intelligence regularly between their coast guard staffs.",
    ],
)
def test_the_other_party_of_a_reported_conversation_is_not_one_of_they(sentence):
    """ "A briefed B on her conversation with C. They agreed ...": they are A and B; C is
    named only as the other party of the event reported on."""
    doc = _doc(_REPORTED_CALL + sentence)
    sides = [_sides(m) for m in _events(doc, "meeting") if _sides(m)]
    assert sides == [{"US", "CL"}]


def test_a_sharing_channel_and_a_series_of_further_meetings_are_not_the_meeting_told_elsewhere():
    """ "share intelligence between their staffs" is a standing channel and "in further
    meetings" a series yet to come: neither is the one meeting of the teams in Lima."""
    doc = _doc(
        _REPORTED_CALL
        + "They agreed to share intelligence regularly between their coast guard staffs. "
        "Technical teams will meet in Lima next week to discuss fishing quotas. The Presidents "
        "stressed that in further meetings, the teams can settle the remaining issues."
    )
    teams = [m for m in _events(doc, "meeting") if _sides(m) == {"US", "CL"}]
    assert len(teams) == 3
    assert [(m.get("location") or {}).get("place") for m in teams].count("Lima") == 1


@pytest.mark.parametrize(
    ("phrase", "group"),
    [
        ("counterparts from across the region", "counterparts from across the region"),
        ("leaders from across Africa", "leaders from across Africa"),
    ],
)
def test_meeting_with_officials_from_across_a_region_is_a_meeting_with_that_group(phrase, group):
    """ "He will also meet with counterparts from across the region": an unnamed group of
    several governments' officials, the other side of a planned meeting."""
    doc = _doc(
        "President Maria Lindqvist of Finland will visit the Andean region from May 3-6. "
        f"She will also meet with {phrase}, to advance trade."
    )
    (meeting,) = _events(doc, "meeting")
    assert _surnames(doc, meeting) == {"Lindqvist"}
    assert [p.get("description") for p in meeting["participants"] if not p.get("official")] == [
        group
    ]
    assert meeting["status"] == "planned"


@pytest.mark.parametrize(
    ("label", "visits"),
    [("MS. COSTA", ["Lima"]), ("AUDIENCE MEMBER", [])],
)
def test_a_statement_that_ends_in_the_question_it_answers_still_reports(label, visits):
    """ "I was recently in Lima for a meeting ..., to answer the question posed earlier: How
    do we ...?": the speaker's statement before the colon reports a trip; a reporter's
    preface before a question does not."""
    doc = _doc(
        "title: Remarks by National Security Advisor Ana Costa of Brazil\npublished: "
        f"{PUB}\n---\nMS. COSTA: Thank you.\n\n{label}: I was just recently in Lima for a "
        "meeting of national security advisors, and also to answer the question that was "
        "posed earlier: How do we offer a better proposition to the region?\n"
    )
    assert [(v.get("location") or {}).get("place") for v in _events(doc, "visit")] == visits


def test_continued_consultations_are_not_the_dated_meeting_told_before():
    """ "continue the close consultations we have been having with X": a standing process
    the sides go on with, not the one visit to the White House last October."""
    doc = _doc(
        "President Anna Kovac of the United States held a virtual meeting with Prime Minister "
        "Ravi Menon of Malaysia today. As you all remember, President Kovac welcomed Prime "
        "Minister Menon to the White House last October. President Kovac also took the "
        "opportunity to continue the close consultations we have been having with Malaysia on "
        "the crisis in the region."
    )
    meetings = {(m.get("date"), tuple(sorted(_sides(m)))) for m in _events(doc, "meeting")}
    assert ("2023-10", ()) in meetings
    assert (None, ("MY",)) in meetings


_LAUNCH_READOUT = (
    "title: Readout of the Inaugural Fisheries Working Group Meeting\n"
    f"publisher: The White House\npublished: {PUB}\n---\n"
    "On March 2, the United States and the Republic of Peru launched their bilateral Fisheries "
    "Working Group, a critical mechanism going forward for coordinating efforts against "
    "illegal fishing. The U.S.-Peru Fisheries Working Group is a key outcome of U.S. "
    "President Anna Kovac’s and Peruvian President Luis Mora’s decision, announced at their summit in Lima in November "
    "2023, to resume bilateral cooperation on fisheries. By working to disrupt illegal "
    "catches this effort aims to protect the ocean.\n\nThe two sides emphasized the need to "
    "coordinate on enforcement actions. The delegations further discussed the importance of "
    "regular sharing of information.\n\nThe delegation was led by Deputy Assistant to the "
    "President Laura Quint and included representatives from the Department of State."
)


def test_two_countries_launching_their_working_group_hold_its_first_session():
    """ "On March 2, A and B launched their bilateral X Working Group": its first session, of
    the two governments, that day; "The delegation was led by C", the readout's closing line,
    names the head of the delegation; the group "is a key
    outcome of D's and E's decision": D and E decided on it, they are not its sides."""
    doc = _doc(_LAUNCH_READOUT)
    groups = [m for m in _events(doc, "meeting") if m.get("format") == "working-group"]
    assert [(m.get("date"), m["status"]) for m in groups] == [("2024-03-02", "held")]
    assert _surnames(doc, groups[0]) == {"Quint"}
    assert _sides(groups[0]) == {"PE"}


@pytest.mark.parametrize(
    "clause",
    [
        "the presidents will task out further work to their teams",
        "the presidents will assign the follow-up to their negotiators",
    ],
)
def test_work_tasked_out_to_their_teams_is_the_teams_meeting(clause):
    """ "the presidents will task out further work to their teams": as "tasked their teams
    to", the teams of the two sides take it up."""
    doc = _doc(
        "President Irena Volk of Slovenia will meet Chilean President Tomas Reyes in Oslo "
        f"tomorrow. We expect that there will be areas where {clause}."
    )
    assert {"SI", "CL"} in [_sides(m) for m in _events(doc, "meeting")]


def test_acting_in_consultation_with_a_government_is_no_meeting():
    """ "We acted in consultation with the X government": how the act was done; the call
    told next is the meeting."""
    doc = _doc(
        "title: Remarks by President Ana Silva on the Border Incident\n"
        f"published: {PUB}\n---\nWe acted in consultation with the Peruvian government. I "
        "spoke personally with President Luis Mora of Peru on Saturday."
    )
    assert [_surnames(doc, m) for m in _events(doc, "meeting")] == [{"Silva", "Mora"}]


@pytest.mark.parametrize(
    ("label", "visits"),
    [("Q", []), ("MS. COSTA", ["Lima"])],
)
def test_a_press_report_a_reporter_relays_is_no_plan(label, visits):
    """ "Q Hi. The Gazette is reporting that officials are making plans for A to travel to
    X": a rumour the reporter relays; the source's own words report it."""
    doc = _doc(
        "title: On-the-Record Press Call by Ana Costa\n"
        f"published: {PUB}\n---\nMS. COSTA: Thank you all.\n\n{label}: Thanks. The Daily "
        "Gazette is reporting that Peruvian officials are making plans for President Luis Mora "
        "to travel to Lima in November. Will you be there?\n"
    )
    assert [(v.get("location") or {}).get("place") for v in _events(doc, "visit")] == visits


def test_a_list_item_ends_its_sentence_and_a_foreign_office_is_the_main_sides():
    text = (
        "The President welcomed Prime Minister Lars Holm of Denmark to the White House.\n\n"
        "- The leaders tasked their ministers to meet soon.\n"
        "- Secretary of Defense Ray Colt and Minister of Defense Ole Dahl spoke by phone.\n"
        "- The leaders opposed any attempts by Russia to change borders by force.\n"
    )
    names = _officials(_doc(text))
    assert names["Ole Dahl"] == "DK"
    assert names["Ray Colt"] == "US"


def test_a_list_of_titled_counterparts_each_with_a_demonym_gives_one_meeting_each():
    # ", Chilean President B": a country word after the comma opens the next item's title,
    # not a new clause; each counterpart of the list has a meeting of its own
    doc = _doc(
        "Ghanaian President Kwame Osei spoke on Tuesday.\n\n"
        "Osei met with Peruvian President Lucia Ramos, Chilean President Tomas Vidal and "
        "Uruguayan President Ana Correa in Accra.",
        publisher="Reuters",
    )
    pairs = {frozenset(_surnames(doc, m)) for m in _events(doc, "meeting")}
    assert pairs == {
        frozenset({"Osei", "Ramos"}),
        frozenset({"Osei", "Vidal"}),
        frozenset({"Osei", "Correa"}),
    }


def test_spoke_separately_with_two_leaders_gives_one_call_each():
    # "spoke separately with A of X and B of Y": "with" is part of the trigger; one call per
    # counterpart of the list
    doc = _doc(
        "Yesterday Foreign Minister Ines Haugland of Norway spoke separately with "
        "President Tomas Vidal of Chile and Prime Minister Ana Correa of Uruguay.",
        publisher="Reuters",
    )
    pairs = {frozenset(_surnames(doc, m)) for m in _events(doc, "meeting")}
    assert pairs == {frozenset({"Haugland", "Vidal"}), frozenset({"Haugland", "Correa"})}


def test_a_briefings_connective_and_time_before_the_subject_keep_it_the_subject():
    # "Finally, yesterday the Foreign Minister spoke with A and B. He followed up on the
    # meeting he hosted ...": "Finally, yesterday" opens the sentence; "He" is its subject,
    # the Foreign Minister, not the last person named
    doc = _doc(
        "Foreign Minister Ines Haugland of Norway will travel to Geneva next week.\n\n"
        "Finally, yesterday the Foreign Minister spoke with President Tomas Vidal of Chile and "
        "Prime Minister Ana Correa of Uruguay. He followed up on the meeting he hosted with "
        "both leaders in Oslo last Saturday.",
        publisher="Reuters",
    )
    oslo = next(m for m in _events(doc, "meeting") if m.get("date") == "2024-03-02")
    assert _surnames(doc, oslo) == {"Haugland", "Vidal", "Correa"}


def test_three_titled_subjects_with_an_oxford_comma_meet_together():
    # "A, Foreign Minister B, and Republic of Ghana Foreign Minister C will meet": one list
    # of subjects (modifiers before each title), one meeting of the three
    doc = _doc(
        "Foreign Minister Ines Haugland of Norway met Foreign Minister Tomas Vidal of Chile "
        "on Monday.\n\nMinister Haugland, Foreign Minister Vidal, and Republic of Ghana "
        "Foreign Minister Kwame Osei will meet on the margins of the Geneva conference next "
        "week.",
        publisher="Reuters",
    )
    planned = [m for m in _events(doc, "meeting") if m.get("status") == "planned"]
    assert [_surnames(doc, m) for m in planned] == [{"Haugland", "Vidal", "Osei"}]


def test_a_meeting_the_plural_subject_held_in_a_later_clause_is_theirs_and_dated_by_it():
    doc = _doc(
        "President Tomas Varga of Hungary received President Ilse Moreau of Belgium today. "
        "The Presidents recalled President Varga's visit to Antwerp in May 2022, and the "
        "results of the meeting they held on the margins of the UN General Assembly in "
        "New York in September 2023."
    )
    recalled = [m for m in _events(doc, "meeting") if m.get("date") == "2023-09"]
    assert [_surnames(doc, m) for m in recalled] == [{"Varga", "Moreau"}]


def test_a_meeting_one_side_insists_on_or_calls_for_is_tentative():
    doc = _doc(
        "State Secretary Anna Virtanen of Finland summoned the Ambassador of Belarus today. "
        "Virtanen told the Belarusian diplomat that Finland insists on an urgent meeting of "
        "the border commissioners of Finland and Belarus."
    )
    statuses = sorted(m["status"] for m in _events(doc, "meeting"))
    assert statuses == ["held", "tentative"]


def test_who_co_chaired_a_working_groups_session_is_of_that_session_not_a_second_meeting():
    doc = _doc(
        "The Trade Working Group held its third meeting in Oslo last month, co-chaired by "
        "State Secretary Erik Lund of Norway and Deputy Minister Ana Pires of Portugal."
    )
    (session,) = _events(doc, "meeting")
    assert _surnames(doc, session) == {"Lund", "Pires"} and session["date"] == "2024-02"


def test_the_work_of_working_groups_is_no_session_of_them():
    doc = _doc(
        "Minister Erik Lund of Norway held a call today with Minister Ana Pires of Portugal. "
        "The ministers welcomed the work of the Energy Working Group and the Fisheries "
        "Working Group, which the two sides launched last year."
    )
    assert [m["date"] for m in _events(doc, "meeting")] == ["2024-03-06"]


def test_officials_of_two_sides_holding_an_exchange_on_a_topic_meet_but_a_swap_is_no_meeting():
    doc = _doc(
        "Norwegian and Portuguese officials also held a technical exchange on fisheries data "
        "on March 2. Both sides had earlier had a successful exchange and freed ten prisoners."
    )
    (talks,) = _events(doc, "meeting")
    assert talks["date"] == "2024-03-02"
    assert {d["country"] for d in talks["participants"]} == {"NO", "PT"}


def test_a_numbered_session_to_come_of_a_joint_body_is_planned_between_the_two_sides():
    doc = _doc(
        "President Tomas Varga of Hungary received President Ilse Moreau of Belgium today. "
        "The Presidents agreed that the 4th Session of the Joint Economic Commission will "
        "take place in Budapest in 2025. Minister Lena Vos of Belgium accepted an invitation "
        "to visit Hungary in May, when the first session of the new Energy Council will be "
        "held in Budapest. The ministers discussed the fourth session of the Hungarian-Belgian "
        "Trade Committee, which had been scheduled for March."
    )
    planned = sorted(
        (m["date"], {d.get("country") for d in m["participants"]}, frozenset(_surnames(doc, m)))
        for m in _events(doc, "meeting")
        if m["status"] == "planned"
    )
    assert planned == [
        ("2024-05", {"HU", None}, frozenset({"Vos"})),  # (Vos: an official, no description)
        ("2025", {"HU", "BE"}, frozenset()),
    ]


def test_a_welcome_given_to_the_subject_makes_no_visit_of_the_one_named_after_it():
    """ "A was given a ceremonial welcome at X Palace, following which he held talks with B":
    the noun "welcome" is not "A welcomed B"; A is the guest, and B, the host, travels
    nowhere."""
    doc = _doc(
        "President Tomas Brenner of Indonesia paid an official visit to Qatar on 9-10 May "
        "2024 at the invitation of Sheikh Faris Al-Nuaimi, Amir of the State of Qatar. This "
        "morning, President Brenner was given a ceremonial welcome at Wajbah Palace, "
        "following which he held talks with Sheikh Faris Al-Nuaimi.",
        published="2024-05-10",
        publisher="Ministry of Foreign Affairs of the Republic of Indonesia",
    )
    assert [v["location"]["country"] for v in _events(doc, "visit")] == ["QA"]
    meeting = _meeting_of(doc, "Al-Nuaimi")
    assert _surnames(doc, meeting) == {"Brenner", "Al-Nuaimi"}


def test_calling_on_his_highness_a_named_host_is_a_meeting():
    # "called on His Highness Sheikh A, Crown Prince of X": a courtesy call, the form of
    # address before the name
    doc = _doc(
        "President Tomas Brenner of Indonesia paid an official visit to Bahrain on 9-10 May "
        "2024. Later in the day, President Brenner called on His Highness Sheikh Rashid "
        "Al-Mannai, Crown Prince of the Kingdom of Bahrain.",
        published="2024-05-10",
        publisher="Ministry of Foreign Affairs of the Republic of Indonesia",
    )
    meeting = _meeting_of(doc, "Al-Mannai")
    assert _surnames(doc, meeting) == {"Brenner", "Al-Mannai"}


def test_the_town_a_traveler_returns_to_after_a_summit_is_not_the_summits_place():
    doc = _doc(
        "On Thursday, Chancellor Greta Vogel of Germany will join President Kofi Mensah of "
        "Ghana and President Jean Kabore of Burkina Faso for a summit on trade, before "
        "returning to Berlin."
    )
    summit = _meeting_of(doc, "Kabore")
    assert summit.get("location", {}).get("place") != "Berlin"


_PULL_ASIDE = (
    "On Monday, the Chancellor will meet with President Ama Owusu of Ghana in Accra. On "
    "Thursday, she will convene a summit with President Kofi Mensah of Ghana and President "
    "Jean Kabore of Burkina Faso. It's possible the Chancellor will have a brief pull-aside "
    "with President Kabore on the margins of the summit."
)


def _pull_aside(doc):
    return next(
        m
        for m in _events(doc, "meeting")
        if _surnames(doc, m) & {"Kabore"} and "Mensah" not in _surnames(doc, m)
    )


def test_a_meeting_on_the_margins_of_the_summit_is_on_the_day_of_the_last_summit_told():
    assert _pull_aside(_doc(_PULL_ASIDE))["date"] == "2024-03-07"


def test_a_meeting_a_main_clause_says_is_possible_is_tentative():
    assert _pull_aside(_doc(_PULL_ASIDE))["status"] == "tentative"


def test_on_our_way_to_a_place_under_an_en_route_dateline_is_the_principals_visit():
    """A transcript headed "En Route X" whose speaker says "we are on our way to X": the
    press travels with the principal the text speaks of ("the Prime Minister"), who is
    bound for X today."""
    doc = _doc(
        "Aboard the Prime Minister's Plane\nEn Route Nairobi, Kenya\n\nMS. HALE: Hi, everyone. "
        "As you know, we are on our way to Nairobi for the climate summit, and the Foreign "
        "Secretary is with us to preview the Prime Minister's programme.",
        publisher="Prime Minister's Office, 10 Downing Street",
    )
    [visit] = [v for v in _events(doc, "visit") if v.get("location", {}).get("country") == "KE"]
    assert (visit["date"], visit["status"]) == (PUB, "planned")
    assert [(p.get("description"), p.get("country")) for p in visit["participants"]] == [
        ("Prime Minister", "GB")
    ]


def test_the_one_named_after_by_in_a_visit_to_a_place_by_a_is_the_traveler():
    """ "the official visit to Chile by Prime Minister A in January": A travels (not the
    official titled last in the sentence before)."""
    doc = _doc(
        "President Ana Rojas met Prime Minister Kwame Boateng and Speaker of the Parliament "
        "Efua Mensah in Accra on 4 March 2024. The two sides recalled with satisfaction the "
        "official visit to Chile by Prime Minister Kwame Boateng in January 2024, during "
        "which he held talks in Santiago.",
        publisher="Government of Chile",
    )
    visit = next(v for v in _events(doc, "visit") if v.get("date") == "2024-01")
    by_id = {o["id"]: o["name"] for o in doc["officials"]}
    assert by_id[visit["traveler"]] == "Kwame Boateng"


def test_received_by_a_and_by_b_is_a_meeting_with_each_not_of_the_two_hosts():
    # the agent's "by" said again before the second host: two receptions of the guest,
    # not one meeting of the three (nor of the two hosts)
    doc = _doc(
        "Foreign Minister Lena Dahl of Norway arrived in Zagreb on Monday. On Tuesday she was "
        "received by Croatian President Ana Horvat and by Croatian Prime Minister Ivo Babic.",
        published="2024-05-08",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    pairs = sorted(
        tuple(sorted(_surnames(doc, m))) for m in _events(doc, "meeting")
    )
    assert pairs == [("Babic", "Dahl"), ("Dahl", "Horvat")]


def test_ministry_officials_who_called_in_an_ambassador_met_the_ambassador():
    # "Ministry officials called in the Ambassador of X, A": a group of the home ministry as
    # the subject of a summons, the home side of the meeting with the envoy
    doc = _doc(
        "Last month, Ministry officials called in the Peruvian Ambassador to Portugal, Hugo "
        "Salas, to convey the Government's concern about the seizure of the trawler.",
        published="2024-03-05",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    summons = _meeting_of(doc, "Salas")
    assert summons.get("date") == "2024-02"
    assert [d.get("country") for d in summons["participants"] if d.get("description")] == ["PT"]


def test_a_visit_to_a_country_by_a_titled_official_is_that_officials_visit():
    """ "the official visit to X by Prime Minister A in January": the agent after the
    destination travels, not the official the text named last."""
    doc = _doc(
        "President Olaf Brenner also met with Foreign Minister Arif Hakim and Chairman of the "
        "Senate Dewi Santoso.\n\nThe two sides recalled the official visit to the Republic of "
        "Austria by Prime Minister Budi Varo of Indonesia in January 2024, during which he held "
        "talks with Chancellor Karl Wendt in Vienna.",
        publisher="Federal President of Austria",
    )
    visits = [v for v in _events(doc, "visit") if v.get("date") == "2024-01"]
    assert visits and {v["traveler"] for v in visits} == {
        next(o["id"] for o in doc["officials"] if o["name"] == "Budi Varo")
    }


def test_meet_with_a_and_then_hold_talks_with_b_is_a_meeting_per_counterpart():
    """ "She'll meet with President A and then hold talks with Foreign Minister B": a
    second verb of the same subject after "and then" adds a counterpart to the list; one
    meeting each (annotation.md)."""
    doc = _doc(
        "Foreign Minister Anna Berger departs tomorrow on a trip to Kenya. On Wednesday the "
        "Minister travels to Nairobi. She'll meet with President Daniel Kiprono and then hold "
        "talks with Foreign Minister Grace Wanjiru.",
        publisher="Federal Foreign Office of Germany",
        published="2024-03-04",
    )
    met = [_surnames(doc, m) for m in _events(doc, "meeting")]
    assert {"Berger", "Kiprono"} in met and {"Berger", "Wanjiru"} in met


def test_a_meeting_whose_predicate_says_it_did_not_take_place_is_cancelled():
    # "A meeting scheduled with X did not take place", "A meeting with X, which ... was
    # planned for Wednesday, was not held": the event noun's own predicate, negated, calls
    # the meeting off (annotation.md: cancelled), whatever planned it in between
    doc = _doc(
        "Chancellor Ilse Varga of Austria held talks with Prime Minister Tomas Oyelaran of "
        "Nigeria on Tuesday. With Oyelaran, Varga discussed trade and migration. "
        "A meeting scheduled with Chilean President Rosa Elqui did not "
        "take place. A meeting with Peruvian Prime Minister Hugo Barranca, which officials had "
        "said was planned for Wednesday, was not held because of the leaders' schedules."
    )
    for surname in ("Elqui", "Barranca"):
        called_off = _meeting_of(doc, surname)
        assert called_off["status"] == "cancelled", surname
        # (the side whose meeting it was to be: the one the text is about, not the last named)
        assert _surnames(doc, called_off) == {"Varga", surname}
    assert _meeting_of(doc, "Oyelaran")["status"] == "held"
    # (", which officials had said": a relative clause's subject, no party of its own)
    assert len([m for m in _events(doc, "meeting") if m["status"] == "cancelled"]) == 2


def test_they_of_a_clause_of_time_with_no_name_are_the_pair_told_before():
    # "It was their first in-person meeting since they met on the margins of X in Y, Z, last
    # November": "they" of the clause are the two of the meeting just told; the clause dates
    # and places their earlier meeting
    doc = _doc(
        "Special Envoy for Oceans Mara Quint today concluded talks in Nairobi with Kenya's "
        "Special Envoy for Oceans, Daniel Otieno. The two envoys met for more than ten hours "
        "at the State House. It was their first in-person meeting since they met on the "
        "margins of COP27 in Sharm el-Sheikh, Egypt, last November.",
        published="2023-07-19",
        publisher="U.S. Department of State",
    )
    (earlier,) = [m for m in _events(doc, "meeting") if m.get("date") == "2022-11"]
    assert _surnames(doc, earlier) == {"Quint", "Otieno"}
    assert earlier["status"] == "held"


def test_whom_he_first_met_at_a_summit_is_the_subjects_meeting_with_the_object():
    # "He'll meet B and then hold talks with C, whom he first met in X at the Summit of Y in
    # June": "he" (the main clause's subject) and C (the person before "whom") met, dated by
    # the clause; the summit is where they met, no meeting of B's and C's
    doc = _doc(
        "Secretary of State Ellen Marsh travels to Nairobi on Monday. On Wednesday the "
        "Secretary travels to Accra. She'll meet with President Kwame Asante and then hold "
        "talks with Foreign Minister Ama Owusu, whom she first met in Lagos at the Summit of "
        "the Africas in June.",
        published="2022-10-03",
        publisher="U.S. Department of State",
    )
    recalled = [m for m in _events(doc, "meeting") if m["status"] == "held"]
    assert [(_surnames(doc, m), m.get("date")) for m in recalled] == [
        ({"Marsh", "Owusu"}, "2022-06")
    ]


def test_he_after_the_office_is_its_named_holder_not_the_last_person_named():
    """ "The Secretary departs tomorrow ... He'll hold talks with Foreign Minister B, whom he
    first met in May. Kenya is a key partner. He'll finish in Accra, where he'll lead the
    delegation to X ... he'll hold a bilateral meeting with C": "he" continues the office
    (Secretary A, named earlier), not B, the object named last; a sentence about a country
    does not end that chain."""
    doc = _doc(
        "MODERATOR: Thank you for joining this call previewing Secretary Halvorsen's travel to "
        "Kenya and Ghana.\n\nSENIOR OFFICIAL: The Secretary departs tomorrow on a three-day "
        "trip to Kenya and Ghana. On Thursday the Secretary travels to Nairobi. He'll meet "
        "with President Daniel Moi and then hold talks with Foreign Minister Ruth Otieno, whom "
        "he first met in Paris in May. Kenya is a key partner on trade.\n\nHe'll finish in "
        "Accra, where he'll lead the U.S. delegation to the annual assembly of the African "
        "Union. On the margins, he'll hold a bilateral meeting with Ghana's foreign minister, "
        "Kofi Mensah, our host.",
        publisher="U.S. Department of State",
    )
    ids = {o["name"]: o["id"] for o in doc["officials"]}
    assert {v.get("traveler") for v in _events(doc, "visit")} == {ids["Halvorsen"]}
    assert {"Halvorsen", "Mensah"} in [_surnames(doc, m) for m in _events(doc, "meeting")]


def test_a_place_after_a_pronoun_and_its_verb_is_no_side_of_the_meeting():
    """ "before he leaves Hanoi, he will sit down with A and B for a trilateral meeting":
    the city is the object of "leaves", not a country as the clause's subject."""
    doc = _doc(
        "The President arrives in Hanoi on Saturday to attend the summit, which Vietnam is "
        "hosting this year. On Sunday morning, before he leaves Hanoi, he will sit down with "
        "Prime Minister Aiko Tanabe of Japan and President Min-ho Park of the Republic of "
        "Korea for a trilateral meeting on the threat."
    )
    tri = _meeting_of(doc, "Tanabe")
    assert "VN" not in {p.get("country") for p in tri["participants"] if not p.get("official")}


def test_he_sits_down_with_a_and_b_for_a_meeting_is_a_side_of_it():
    """ "he will sit down with A and B for a trilateral meeting": the people come before the
    meeting word, and the subject is still a side (as "he will join A and B for ..."); the
    stop he leaves after it then spans to that day."""
    doc = _doc(
        "The President arrives in Hanoi on Saturday to attend the summit. On Sunday morning, "
        "before he leaves Hanoi, he will sit down with Prime Minister Aiko Tanabe of Japan and "
        "President Min-ho Park of the Republic of Korea for a trilateral meeting on the threat."
    )
    tri = _meeting_of(doc, "Tanabe")
    assert "US" in {p.get("country") for p in tri["participants"] if not p.get("official")}
    hanoi = [v for v in _events(doc, "visit") if (v.get("location") or {}).get("country") == "VN"]
    assert [v.get("date") for v in hanoi] == ["2024-03-09/2024-03-10"]


def test_who_leads_a_countrys_delegation_is_of_that_country():
    """ "She'll finish in Kampala, where she'll lead the German delegation to the assembly",
    after "... where she'll meet with President B" (B of Tanzania): "she" leads the German
    delegation, so she is the German minister, not B, the last person named."""
    doc = _doc(
        "Foreign Minister Anna Berger departs tomorrow on a four-day trip to Kenya, Tanzania "
        "and Uganda. She'll begin in Nairobi, where on Tuesday she'll meet with President "
        "Daniel Kiprono. On Wednesday the Minister travels to Dodoma, where she'll meet with "
        "President Amina Salum. She'll finish in Kampala, where she'll lead the German "
        "delegation to the annual assembly of the East African Community.",
        publisher="Federal Foreign Office of Germany",
        published="2024-03-04",
    )
    ids = {o["name"]: o["id"] for o in doc["officials"]}
    assert {v.get("traveler") for v in _events(doc, "visit")} == {ids["Anna Berger"]}


def test_a_wire_service_named_with_news_is_its_countrys_home_for_the_two_leaders():
    # "Kyodo News": the agency the publisher table knows as "Kyodo", so the text's home is
    # Japan, not China (named most): "the two leaders" are the last two, not China's
    text = (
        "NAIROBI, Kenya (Kyodo) -- Japanese Prime Minister Kenji Mori met Kenyan President "
        "Joseph Otieno on Tuesday on the sidelines of a forum on China's lending to Africa. "
        "Mori is also seeking talks with Chinese President Li Wei, whose loans from China "
        "dominate the forum. Earlier in the day, Mori met Brazilian President Carlos Souza "
        "for about 20 minutes. The two leaders, who last met in May in Rome, discussed trade."
    )
    doc = _doc(text, "2026-11-19", "Kyodo News")
    rome = [m for m in _events(doc, "meeting") if m.get("date") == "2026-05"]
    assert [_surnames(doc, m) for m in rome] == [{"Mori", "Souza"}]


def test_a_summit_whose_predicate_is_possible_is_tentative_and_looks_forward():
    # "A summit between A and B on Friday remains possible": the noun's predicate adjective
    # (not "a possible meeting", the adjective before its noun) makes it tentative
    text = (
        "Prime Minister Lena Holm of Sweden arrived in Lima on Tuesday. A meeting between Holm "
        "and Peruvian President Jorge Quispe on Saturday still looks possible, officials said."
    )
    doc = _doc(text, "2026-11-18", "Government Offices of Sweden")
    got = [(m["status"], m.get("date")) for m in _events(doc, "meeting")]
    assert got == [("tentative", "2026-11-21")]


def test_talks_a_government_is_arranging_are_planned():
    text = (
        "Foreign Minister Nils Berg met Chilean Foreign Minister Ana Rojas in Oslo on Monday. "
        "The two governments are also arranging a video call between their leaders."
    )
    doc = _doc(text, "2026-11-18", "Government Offices of Sweden")
    call = next(m for m in _events(doc, "meeting") if m.get("format") == "video-call")
    assert call["status"] == "planned"


def _met(doc: dict) -> list[tuple]:
    """Each meeting's date, status, named surnames and described sides."""
    return [
        (
            m.get("date"),
            m["status"],
            sorted(_surnames(doc, m)),
            [p["description"] for p in m.get("participants", []) if p.get("description")],
        )
        for m in _events(doc, "meeting")
    ]


_SWEDEN = "Government Offices of Sweden"


def test_talks_with_the_leaders_of_two_countries_are_one_meeting_each():
    text = (
        "Prime Minister Sofia Lind of Sweden held separate talks with the leaders of Kenya and "
        "Peru on Tuesday in Lima."
    )
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert _met(doc) == [
        ("2026-11-17", "held", ["Lind"], ["Kenya leaders"]),
        ("2026-11-17", "held", ["Lind"], ["Peru leaders"]),
    ]


def test_an_undated_meeting_that_names_a_described_leader_is_the_talks_told_before():
    # "In a brief meeting, A and B agreed ...": the talks with the leaders of B's country
    # the sentence before dated, though "a"
    text = (
        "Prime Minister Sofia Lind of Sweden held talks with the leaders of Kenya and Peru on "
        "Tuesday in Lima. In a brief meeting at her hotel, Lind and Kenyan President Samuel "
        "Kiprono agreed to expand trade."
    )
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert ("2026-11-17", "held", ["Kiprono", "Lind"], []) in _met(doc)
    assert not any(m[0] is None for m in _met(doc))


def test_the_first_session_of_a_new_dialogue_the_leaders_agree_is_their_officials():
    # (and "at the deputy-ministerial level" is a level, no ministerial meeting)
    text = (
        "President Omar Haddad of Tunisia met President Elena Varga of Hungary in Budapest on "
        "Monday. The two presidents agreed to hold the first session of a new strategic "
        "dialogue at the deputy-ministerial level in Tunis next spring."
    )
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert _met(doc) == [
        ("2026-11-16", "held", ["Haddad", "Varga"], []),
        ("2027-03/2027-05", "planned", [], ["HU officials", "TN officials"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Haddad of Tunisia will meet Prime Minister Elena Varga of Hungary on "
        "Saturday, the last day of the summit, officials said.",
        # a named summit too
        "President Omar Haddad of Tunisia is set to meet Prime Minister Elena Varga of Hungary "
        "on Saturday, the second day of the EU-Africa summit.",
    ],
)
def test_the_summit_named_as_a_day_is_no_meeting_of_its_own(text):
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert _met(doc) == [("2026-11-21", "planned", ["Haddad", "Varga"], [])]


def test_a_summit_on_whose_fringes_two_leaders_met_is_where_not_a_meeting():
    text = (
        "President Omar Haddad of Tunisia met Prime Minister Elena Varga of Hungary on the "
        "fringes of the Union for the Mediterranean summit in Marseille in March."
    )
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert _met(doc) == [("2026-03", "held", ["Haddad", "Varga"], [])]


def test_a_city_that_hosts_an_expo_receives_no_guest():
    text = (
        "President Omar Haddad of Tunisia arrived in Budapest on Sunday. On Monday, Haddad met "
        "Hungarian Prime Minister Elena Varga for about 25 minutes. Varga told Haddad that she "
        "plans to visit Tunisia next year, when Sousse hosts the International Olive Expo, the "
        "official said."
    )
    doc = _doc(text, "2026-11-19", "Tunis Afrique Presse")
    assert _met(doc) == [("2026-11-16", "held", ["Haddad", "Varga"], [])]


def test_the_two_leaders_spoke_in_a_month_is_a_call_then():
    text = (
        "QUESTION: Will the Prime Minister speak with Costa Rican President Laura Mora again "
        "soon?\n\nMR DAVIES: I have nothing to announce. The two leaders spoke in March, and "
        "they agreed to stay in touch.\n"
    )
    doc = extract(text, published="2024-05-14", publisher=_LOBBY["publisher"])
    assert _met(doc) == [("2024-03", "held", ["Mora"], ["the Prime Minister"])]


def test_the_talks_they_held_are_the_pair_of_the_meeting_before():
    # "the talks they held when the Foreign Secretary was in X": "they" of the relative
    # clause, though the when-clause names one of them again
    text = (
        "Foreign Secretary Helen Ward spoke on Monday with Foreign Minister Ana Rojas of Chile. "
        "The call was a follow-up to the talks they held when the Foreign Secretary was in "
        "Santiago in March."
    )
    doc = _doc(text, "2024-05-14", "Foreign, Commonwealth & Development Office")
    assert [m[:3] for m in _met(doc)] == [
        ("2024-05-13", "held", ["Rojas", "Ward"]),
        ("2024-03", "held", ["Rojas", "Ward"]),
    ]


def test_talks_put_off_at_the_request_of_the_other_side_are_the_governments_own():
    # a government's briefing: talks with "the Italian side" are its own; "that were
    # scheduled for this week have been postponed" (the plan in a relative clause) and its
    # whole week
    text = (
        "MS. KOVAC: No. The fisheries commission talks that were scheduled for this week in "
        "Split have been postponed at the request of the Italian side.\n"
    )
    doc = extract(
        text, published="2024-05-15", publisher="Ministry of Foreign and European Affairs of Croatia"
    )
    got = [
        (m.get("date"), m["status"], [(p.get("description"), p.get("country")) for p in m["participants"]])
        for m in _events(doc, "meeting")
    ]
    assert got == [
        ("2024-05-13/2024-05-19", "postponed", [("officials", "HR"), ("Italian side", "IT")])
    ]


def test_talks_between_two_delegations_a_leader_briefs_on_are_those_delegations():
    # "A briefed B on the direct talks between X and Y delegations that Z hosted ...":
    # the two sides the phrase names (and the host), not the two who speak of them
    text = (
        "President Omar Haddad of Tunisia met President Elena Varga of Hungary on Monday in "
        "Budapest. Haddad briefed Varga on the direct talks between Libyan and Egyptian "
        "delegations that Tunisia hosted in Djerba on May 3."
    )
    doc = _doc(text, "2025-06-25", "Tunis Afrique Presse")
    assert _met(doc) == [
        ("2025-06-23", "held", ["Haddad", "Varga"], []),
        ("2025-05-03", "held", [], ["LY delegation", "EG delegation", "Tunisia"]),
    ]


def test_the_two_leaders_are_not_the_people_the_next_sentence_opens_with():
    # "With B, A discussed ...": a prepositional phrase and its subject, no pair of subjects
    # that "the two leaders" of the sentence before would be
    text = (
        "Prime Minister Lars Berg of Norway met Chilean President Ana Rojas and Peruvian "
        "President Luis Mora on Tuesday. In his meeting with Rojas, Berg discussed trade. The "
        "two leaders had spoken by telephone on the 3rd. With Mora, Berg discussed fisheries."
    )
    doc = _doc(text, "2026-11-19", "Government of Norway")
    calls = [m for m in _met(doc) if m[0] == "2026-11-03"]
    assert calls == [("2026-11-03", "held", ["Berg", "Rojas"], [])]


def test_a_call_between_the_ministers_is_the_last_two_ministers():
    text = (
        "Minister for Foreign Affairs Kari Lund met Minister of Foreign Affairs of Peru Luis Mora "
        "in Oslo on Thursday. The meeting was preceded by a video call between the ministers on "
        "Monday."
    )
    doc = _doc(text, "2024-05-17", "Government of Norway")
    assert [m[:3] for m in _met(doc)] == [
        ("2024-05-16", "held", ["Lund", "Mora"]),
        ("2024-05-13", "held", ["Lund", "Mora"]),
    ]


def test_a_named_summit_named_as_a_day_is_no_meeting_of_its_own():
    text = (
        "President Omar Haddad of Tunisia is set to meet Prime Minister Elena Varga of Hungary "
        "on Saturday, the second day of the EU-Africa summit."
    )
    doc = _doc(text, "2026-11-19", _SWEDEN)
    assert _met(doc) == [("2026-11-21", "planned", ["Haddad", "Varga"], [])]


@pytest.mark.parametrize(
    "later",
    [
        "The two leaders last spoke by phone on 2 January, when they exchanged greetings.",
        "The two Presidents last met in Santiago on 14 November.",
        "Rojas had previously met Berg in Lima on 14 November.",
    ],
)
def test_an_earlier_contact_is_not_the_call_reported(later):
    """("last spoke", "had previously spoken": a contact before the one the text reports,
    not a second mention of it; the dateline line dates the lead)"""
    text = (
        "10 February 2026, 09:15\n\n"
        "Prime Minister Lars Berg held a telephone conversation with President of the Republic "
        "of Chile Ana Rojas. The conversation took place at the initiative of the Chilean side. "
        + later
    )
    met = _met(_doc(text, "2026-02-10", "Government of Norway"))
    assert met[0] == ("2026-02-10", "held", ["Berg", "Rojas"], [])
    assert len(met) == 2 and met[1][0] != "2026-02-10"


def test_a_dateline_dates_no_lead_of_the_future():
    text = (
        "3 March 2026, 10:00\n\n"
        "Foreign Minister Kari Lund will hold talks with Foreign Minister of Peru Luis Mora."
    )
    assert _met(_doc(text, "2026-03-03", "Government of Norway")) == [
        (None, "planned", ["Lund", "Mora"], [])
    ]


@pytest.mark.parametrize(
    "office",
    ["the President of Peru", "the Peruvian President", "the President of the Republic of Peru"],
)
def test_his_visit_in_thanks_to_the_host_office_is_the_subjects(office):
    """("A thanked <the host's office> for the hospitality during his visit to <its
    country>": the one from abroad travels, the office hosts)"""
    text = (
        "Prime Minister Lars Berg held a telephone conversation with President of Peru Luis "
        f"Mora. Berg once again thanked {office} for the warm hospitality extended to the "
        "Norwegian delegation during his official visit to Peru on 6-7 October."
    )
    doc = _doc(text, "2026-02-12", "Government of Norway")
    (visit,) = _events(doc, "visit")
    roles = {
        o["name"].split()[-1]: p["role"]
        for p in visit["participants"]
        for o in doc["officials"]
        if o["id"] == p.get("official")
    }
    assert roles == {"Berg": "traveler", "Mora": "host"}
    assert visit["date"] == "2025-10-06/2025-10-07"


def test_the_head_of_state_refers_to_its_holder():
    text = (
        "Head of State Nurlan Abenov held talks with President of Ghana Kofi Mensah. "
        "The Head of State recalled that the agreements reached during his meeting with Kofi "
        "Mensah in Accra on 3 May are being implemented."
    )
    doc = _doc(text, "2026-06-10", "Official website of the President of Kazakhstan")
    dated = [m for m in _met(doc) if m[0] == "2026-05-03"]
    assert dated == [("2026-05-03", "held", ["Abenov", "Mensah"], [])]


@pytest.mark.parametrize(
    "counterparts",
    [
        "met with his counterparts from Chile, Peru and Ghana",
        "met his Chilean, Peruvian and Ghanaian counterparts",
        "held talks with the Foreign Ministers of Chile, Peru and Ghana",
    ],
)
def test_a_list_of_counterparts_is_one_meeting_each(counterparts):
    """(three countries after "counterparts from", "ministers of" or as demonyms: one
    bilateral each, annotation.md)"""
    text = (
        "Last week Foreign Minister Nurlan Abenov attended a forum in Doha. On the sidelines, "
        f"on 11 April, he {counterparts} to discuss direct flights."
    )
    doc = _doc(text, "2026-04-15", "Ministry of Foreign Affairs of the Republic of Kazakhstan")
    sides = sorted(
        tuple(p.get("country") for p in m["participants"] if p.get("description"))
        for m in _events(doc, "meeting")
    )
    assert sides == [("CL",), ("GH",), ("PE",)]


def test_a_trilateral_with_the_ministers_of_two_countries_is_one_meeting():
    text = (
        "On 11 April Foreign Minister Nurlan Abenov held a trilateral meeting with the Foreign "
        "Ministers of Chile and Peru."
    )
    doc = _doc(text, "2026-04-15", "Ministry of Foreign Affairs of the Republic of Kazakhstan")
    (meeting,) = _events(doc, "meeting")
    assert sorted(p.get("country") for p in meeting["participants"] if p.get("description")) == [
        "CL",
        "PE",
    ]


def test_a_side_list_after_a_later_trigger_is_that_events():
    text = (
        "Secretary Lars Berg will travel to Chile. On Tuesday he will meet with President Nurlan "
        "Abenov and will convene the Andean Ministerial with the foreign ministers of Chile, "
        "Peru, Ghana and Kenya."
    )
    doc = _doc(text, "2026-04-15", "U.S. Department of State")
    assert [m[2:] for m in _met(doc) if "Berg" in m[2]] == [(["Abenov", "Berg"], [])]


def test_an_office_its_named_holder_holds_is_no_side_of_its_own():
    """("the meeting between the Crown Prince and the President", both named before: the
    two of them, not a third unnamed side)"""
    text = (
        "Crown Prince and Prime Minister Ali Hamad received President Luis Mora of Peru in Doha "
        "on 22 April 2026. The two sides recalled the meeting between the Crown Prince and the "
        "President on the sidelines of the summit in October 2023."
    )
    doc = _doc(text, "2026-04-23", "Qatar News Agency")
    assert [m for m in _met(doc) if m[0] == "2023-10"] == [
        ("2023-10", "held", ["Hamad", "Mora"], [])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, on the margins of the summit, the Chancellor will hold a bilateral with "
        "Prime Minister Lars Berg of Norway.",
        "On the sidelines of the forum on Friday, Chancellor Anna Weber will sit down with "
        "Prime Minister Lars Berg of Norway.",
        "Chancellor Anna Weber held a bilateral with Prime Minister Lars Berg of Norway on "
        "Friday on the margins of the summit.",
    ],
)
def test_a_bilateral_on_the_margins_is_the_meeting_not_the_summit(sentence):
    text = "Chancellor Anna Weber will travel to Rome for the EU summit. " + sentence
    doc = _doc(text, "2026-07-06", "Federal Government of Germany")
    with_berg = [m for m in _events(doc, "meeting") if "Berg" in _surnames(doc, m)]
    assert len(with_berg) == 1 and with_berg[0].get("format") != "summit"


@pytest.mark.parametrize("dash", [" -- ", " — ", " – "])
def test_a_dash_after_a_plural_group_opens_its_members(dash):
    text = (
        "On Wednesday President Joe Biden will hold a bilateral with Prime Minister Lars Berg "
        "of Norway, and he'll also sit down together with the three Nordic leaders"
        f"{dash}Prime Minister Kari Lund of Denmark, President Ola Niemi of Finland, and Prime "
        "Minister Eva Moe of Sweden."
    )
    doc = _doc(text, "2026-07-06")
    assert ["Biden", "Lund", "Moe", "Niemi"] in [m[2] for m in _met(doc)]


@pytest.mark.parametrize(
    "relative, span",
    [
        ("which opens Tuesday afternoon and wraps up on Wednesday", "2026-07-07/2026-07-08"),
        ("which runs from 8 July to 10 July", "2026-07-08/2026-07-10"),
        ("which will open on Monday and close on Tuesday", "2026-07-06/2026-07-07"),
    ],
)
def test_a_summit_that_opens_and_closes_spans_its_days(relative, span):
    text = f"Chancellor Anna Weber will attend the G20 Summit in Rome, {relative}."
    doc = _doc(text, "2026-07-02", "Federal Government of Germany")
    assert [m[0] for m in _met(doc)] == [span]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The second session of the Joint Council, chaired by the two Presidents, will be "
            "held in Lima in May.",
            ("2026-05", "planned"),
        ),
        (
            "The leaders agreed that the next meeting of the Joint Council, chaired by the "
            "two foreign ministers, will take place in Lima in June.",
            ("2026-06", "planned"),
        ),
        (
            "The Presidents agreed that the third session of the Joint Council, chaired by the "
            "two foreign ministers, will be held in Lima in July.",
            ("2026-07", "planned"),
        ),
    ],
)
def test_a_participle_aside_does_not_set_the_nouns_tense(sentence, expected):
    """("The second session of X, chaired by A and B, will be held in May": the status is
    the predicate's, not the participle's)"""
    text = (
        "Prime Minister Lars Berg held a telephone conversation with President of Peru Luis "
        f"Mora. {sentence}"
    )
    doc = _doc(text, "2026-02-12", "Government of Norway")
    assert [m[:2] for m in _met(doc)][1:] == [expected]


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Prime Minister – Minister of Trade and Integration of Norway",
        "Minister of Foreign Affairs and Trade of Norway",
    ],
)
def test_the_visit_of_a_compound_title_is_its_holders(title):
    text = (
        "President Luis Mora held a telephone conversation with Prime Minister Lars Berg. The "
        "leaders welcomed the outcome of the Joint Commission, which met in Lima earlier this "
        f"week during the working visit of {title} Kari Lund."
    )
    doc = _doc(text, "2026-02-12", "Government of Peru")
    travelers = {n for v in _events(doc, "visit") for n in _names(doc, v)}
    assert travelers == {"Kari Lund"}


@pytest.mark.parametrize(
    "stop",
    [
        "The President flies to Lima on Wednesday night. On Thursday, President Luis Mora will "
        "welcome him for talks and a working lunch.",
        "On Friday morning, the President travels to Lima, where President Luis Mora will "
        "receive him.",
        "The President arrives in Lima on Friday. President Luis Mora will host him for talks "
        "at the palace on Saturday.",
    ],
)
def test_who_welcomes_the_traveler_at_a_stop_hosts_the_visit(stop):
    text = "President Joe Biden will travel to Peru next week. " + stop
    doc = _doc(text, "2026-07-02")
    visits = [v for v in _events(doc, "visit") if "Luis Mora" in _names(doc, v)]
    assert visits
    roles = {p.get("official"): p["role"] for p in visits[0]["participants"]}
    assert roles.get("luis-mora") == "host"


@pytest.mark.parametrize(
    "opening, date",
    [
        ("On 11 April he", "2026-04-11"),
        ("On 11 April 2026, he", "2026-04-11"),
        ("On April 11 she", "2026-04-11"),
        ("The same day he", "2026-04-10"),
    ],
)
def test_a_date_before_the_pronoun_subject_keeps_it(opening, date):
    text = (
        "Foreign Minister Nurlan Abenov held talks in Doha on 10 April. "
        f"{opening} met with Foreign Minister Ana Rojas of Chile."
    )
    if "she" in opening:
        text = text.replace("Nurlan", "Aigerim")
    doc = _doc(text, "2026-04-15", "Ministry of Foreign Affairs of the Republic of Kazakhstan")
    assert [m[:3] for m in _met(doc) if "Rojas" in m[2]] == [
        (date, "held", ["Abenov", "Rojas"])
    ]


@pytest.mark.parametrize(
    "text, earlier",
    [
        (
            "Chancellor Olaf Scholz welcomed President William Ruto of Kenya to Berlin today. "
            "Scholz thanked him for the hospitality in Nairobi in May last year, when Scholz "
            "travelled to Kenya and the two leaders held their first talks.",
            "2023-05",
        ),
        (
            "President Ana Rojas received Prime Minister Luis Mora in Lima today. Rojas "
            "recalled her trip to Spain in March 2023, when she flew to Madrid and held talks "
            "with Mora.",
            "2023-03",
        ),
        (
            "President Ana Rojas received Prime Minister Luis Mora in Lima today. Rojas "
            "recalled her trip to Spain in March 2023, when she held talks with Mora.",
            "2023-03",
        ),
    ],
)
def test_a_when_clause_after_a_past_date_is_an_earlier_meeting(text, earlier):
    """ "..., in May last year, when I travelled to Kenya and we held our first talks": the
    talks are at the time before "when", another meeting than today's."""
    doc = _doc(text, "2024-09-13", "Press and Information Office")
    assert sorted(m[0] for m in _met(doc)) == sorted(["2024-09-13", earlier])


def test_a_when_clause_of_the_same_day_stays_one_meeting():
    doc = _doc(
        "President Ana Rojas met Prime Minister Luis Mora in Lima on Tuesday, when the two "
        "leaders held talks on trade.",
        "2024-09-13",
        "Press and Information Office",
    )
    assert [m[0] for m in _met(doc)] == ["2024-09-10"]


@pytest.mark.parametrize(
    "text, day, month",
    [
        (
            "President Ana Rojas and President Luis Mora spoke by phone on 2 January. Rojas and "
            "Mora discussed the working group on the digitalisation of the transport corridor, "
            "which was to be held in Cusco in January.",
            "2024-01-02",
            "2024-01",
        ),
        (
            "President Ana Rojas spoke by phone with President Luis Mora on 12 June. Rojas and "
            "Mora noted the results of the working group on trade held in June.",
            "2024-06-12",
            "2024-06",
        ),
        (
            "President Ana Rojas and President Luis Mora held a video call on 10 May. Rojas and "
            "Mora noted the results of the working group on trade held in May.",
            "2024-05-10",
            "2024-05",
        ),
    ],
)
def test_a_leaders_call_is_not_the_working_groups_session(text, day, month):
    """The leaders' call and a session of a working group told in another sentence, dated in
    the same month: two events, not one."""
    doc = _doc(text, "2024-09-13", "Press and Information Office")
    assert sorted(m[0] for m in _met(doc)) == [month, day]


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Rojas held a phone call with President Luis Mora on 2 May. The two "
        "leaders agreed to keep in touch. Rojas and Mora met at the airport.",
        "President Ana Rojas spoke by telephone with President Luis Mora on 2 May. Rojas and "
        "Mora met at the airport.",
        "President Ana Rojas held a telephone conversation with President Luis Mora on 2 May. "
        "Rojas and Mora also held a meeting at the airport.",
    ],
)
def test_a_dated_phone_call_is_not_an_undated_meeting_told_after(text):
    """A phone call is no meeting held in person: "met", "held a meeting" told in another
    sentence without a date of its own is not folded into the dated call."""
    doc = _doc(text, "2024-09-13", "Press and Information Office")
    calls = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert len(calls) == 1
    assert all("met" not in e["quote"] and "meeting" not in e["quote"] for e in calls[0]["evidence"])


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Prime Minister Luis Mora welcomed Prime Minister Ana Rojas to Lima on Friday. Mora "
            "and Rojas spoke by telephone in November. Mora and Rojas held a bilateral meeting "
            "at the palace.",
            "2024-09-13",
        ),
        (
            "Mora and Rojas spoke by telephone last Thursday. Today President Luis Mora received "
            "President Ana Rojas in Lima. Following the welcome ceremony, Mora and Rojas held a "
            "private meeting.",
            "2024-09-13",
        ),
        (
            "President Luis Mora hosted President Ana Rojas in Lima on 3 June. Mora and Rojas had "
            "spoken by phone on 20 May. Mora and Rojas held a restricted meeting before the "
            "plenary talks.",
            "2024-06-03",
        ),
    ],
)
def test_held_a_meeting_tells_the_dated_meeting_of_the_same_leaders(text, day):
    """ "A welcomed B on Friday. ... A and B held a bilateral meeting at the palace": the
    undated meeting is the welcome's talks, not a meeting of its own or the earlier call."""
    doc = _doc(text, "2024-09-13", "Press and Information Office")
    talks = [m for m in _events(doc, "meeting") if m.get("format") != "call"]
    assert [m.get("date") for m in talks] == [day]


@pytest.mark.parametrize(
    "text, today, recalled",
    [
        (
            "President Ana Rojas spoke today with President Luis Mora. Rojas recalled the "
            "conversation that Rojas and Mora had back in November. Rojas and Mora had an "
            "in-depth discussion of trade.",
            "2024-09-13",
            "2023-11",
        ),
        (
            "President Ana Rojas met President Luis Mora in Lima on Tuesday. Rojas and Mora "
            "first met in Quito on 1 March. Rojas and Mora held talks on trade and energy.",
            "2024-09-10",
            "2024-03-01",
        ),
        (
            "President Ana Rojas spoke by phone with President Luis Mora on Monday. Rojas and "
            "Mora last spoke on 2 January. Rojas and Mora held a candid discussion on migration.",
            "2024-09-09",
            "2024-01-02",
        ),
    ],
)
def test_an_undated_mention_joins_the_reported_meeting_not_the_recalled_one(
    text, today, recalled
):
    """ "..., back in November", "first met in Quito on 1 March", "last spoke on": an earlier
    occasion the text recalls; the undated talks told after it are the day's."""
    doc = _doc(text, "2024-09-13", "Press and Information Office")
    by_date = {m["date"]: m for m in _events(doc, "meeting")}
    assert set(by_date) == {today, recalled}
    assert len(by_date[recalled]["evidence"]) == 1


# round 27 (r27-past): meetings reported in passing, participants by reference


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "Foreign Minister Anna Berg of Sweden held talks in Oslo on Monday with Foreign "
            "Minister Pedro Alves of Portugal. The talks built on their previous meetings in "
            "Lisbon, Rome, and Tokyo.",
            {"Lisbon", "Rome", "Tokyo"},
        ),
        (
            "Prime Minister Kofi Mensah of Ghana spoke on Monday with President Lena Vogt of "
            "Austria. The call followed their earlier meetings in Accra and Geneva.",
            {"Accra", "Geneva"},
        ),
        (
            "Defence Minister Raúl Ortega of Chile held talks on Friday with Defence Minister "
            "Kenji Sato of Japan. The talks built on their previous meetings in Santiago, "
            "Osaka and Nairobi.",
            {"Santiago", "Osaka", "Nairobi"},
        ),
    ],
)
def test_previous_meetings_in_a_list_of_places_are_one_meeting_each(text, places):
    doc = _doc(text)
    got = {(m.get("location") or {}).get("place") for m in _events(doc, "meeting")}
    assert places <= got
    recalled = [m for m in _events(doc, "meeting") if (m.get("location") or {}).get("place")
                in places]
    assert len(recalled) == len(places)
    assert all(len(_names(doc, m)) == 2 and m["status"] == "held" for m in recalled)


@pytest.mark.parametrize(
    "text, dated",
    [
        (
            "Foreign Minister Anna Berg of Sweden held talks in Oslo on Monday with Foreign "
            "Minister Pedro Alves of Portugal. The two of them met in Geneva in May of last "
            "year and in Cairo last September.",
            {"Geneva": "2023-05", "Cairo": "2023-09"},
        ),
        (
            "Trade Minister Ines Duarte of Brazil met Trade Minister Omar Haddad of Jordan on "
            "Tuesday. Both of them met in Amman in March of last year and in Brasília last October.",
            {"Amman": "2023-03", "Brasília": "2023-10"},
        ),
        (
            "President Lena Vogt of Austria received President Kofi Mensah of Ghana on "
            "Monday. The pair met in Accra last June, and in Vienna in January.",
            {"Accra": "2023-06", "Vienna": "2024-01"},
        ),
    ],
)
def test_a_pair_told_by_number_met_in_each_place_on_its_own_date(text, dated):
    doc = _doc(text)
    got = {
        (m.get("location") or {}).get("place"): m.get("date") for m in _events(doc, "meeting")
    }
    for place, date in dated.items():
        assert got.get(place) == date
    for m in _events(doc, "meeting"):
        assert len(_names(doc, m)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg of Sweden held talks on Monday with Foreign Minister "
        "Pedro Alves of Portugal. They most recently sat down in Seoul in January.",
        "Defence Minister Raúl Ortega of Chile met Defence Minister Kenji Sato of Japan on "
        "Friday. The two last sat down together in Seoul in January.",
        "Prime Minister Kofi Mensah of Ghana spoke with President Lena Vogt of Austria on "
        "Monday. Both of them sat down in Seoul in January.",
    ],
)
def test_a_pair_sat_down_is_a_meeting(text):
    doc = _doc(text)
    seoul = [m for m in _events(doc, "meeting") if (m.get("location") or {}).get("place") == "Seoul"]
    assert len(seoul) == 1 and seoul[0]["date"] == "2024-01" and len(_names(doc, seoul[0])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Vogt of Austria sat down in the garden on Monday.",
        "Prime Minister Kofi Mensah of Ghana sat down at the table at noon.",
        "Chancellor Anna Berg sat down again after the anthem.",
        # (another person in the sentence: without the plural-subject check these would be
        # a meeting of the two)
        "President Lena Vogt of Austria sat down at the table as Prime Minister Kofi Mensah "
        "of Ghana began his speech in Vienna on Monday.",
        "As Chancellor Anna Berg of Germany sat down in the hall, President Pedro Alves of "
        "Portugal arrived in Berlin.",
    ],
)
def test_one_person_sitting_down_is_no_meeting(text):
    assert _events(_doc(text), "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg of Sweden held talks on Monday with Foreign Minister "
        "Pedro Alves of Portugal. This channel has proved useful. The two of them met in "
        "Geneva in May, and those meetings helped prepare President Lena Vogt's summit with "
        "President Kofi Mensah of Ghana. They most recently sat down in Seoul in January.",
        "Defence Minister Raúl Ortega of Chile met Defence Minister Kenji Sato of Japan on "
        "Friday. The two of them met in Geneva in May, which paved the way for President "
        "Lena Vogt's talks with President Kofi Mensah of Ghana. They most recently sat down "
        "in Seoul in January.",
        "Trade Minister Ines Duarte of Brazil met Trade Minister Omar Haddad of Jordan on "
        "Tuesday. Both of them met in Geneva in May, before President Lena Vogt's meeting "
        "with President Kofi Mensah of Ghana. They most recently sat down in Seoul in "
        "January.",
    ],
)
def test_they_continues_the_pair_not_the_leaders_named_later(text):
    doc = _doc(text)
    for place in ("Geneva", "Seoul"):
        (m,) = [x for x in _events(doc, "meeting") if (x.get("location") or {}).get("place")
                == place]
        assert not _surnames(doc, m) & {"Vogt", "Mensah"}
        assert len(_names(doc, m)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Mr. Ortega held several rounds of frank discussions at the lakeside "
        "retreat near Santiago with Kenji Sato, Minister of Defence of Japan.",
        "On Monday, Mr. Ortega held long discussions at the old presidential palace in "
        "Valparaíso with Kenji Sato, Minister of Defence of Japan.",
        "On Monday, Mr. Ortega had two days of discussions at a hotel outside the capital "
        "with Kenji Sato, Minister of Defence of Japan.",
    ],
)
def test_discussions_with_a_counterpart_after_a_long_place_phrase(text):
    doc = _doc("Defence Minister Raúl Ortega of Chile hosted a dinner on Sunday. " + text)
    assert any(_surnames(doc, m) == {"Ortega", "Sato"} for m in _events(doc, "meeting"))


@pytest.mark.parametrize(
    "text, host",
    [
        (
            "From June 4 to 6, Deputy Foreign Minister Omar Haddad of Jordan and Ambassador "
            "Nadia Karim, Senior Adviser at the Jordanian Royal Court, are visiting Chile. "
            "Yesterday, Vice Foreign Minister Ana Pérez of Chile held consultations with them.",
            "Pérez",
        ),
        (
            "Spokesperson: This week, Trade Minister Ines Duarte of Brazil and Senator Paulo "
            "Reis of Brazil, who chairs the trade committee, are visiting Kenya. On Tuesday, "
            "Foreign Minister Joseph Kamau of Kenya met with the two officials.",
            "Kamau",
        ),
        (
            "Defence Minister Raúl Ortega of Chile and Admiral Luis Vera of Chile arrived in "
            "Tokyo on Monday. The talks covered maritime security. On Tuesday, Defence "
            "Minister Kenji Sato of Japan held talks with both of them.",
            "Sato",
        ),
    ],
)
def test_them_and_the_two_officials_are_the_group_named_before(text, host):
    doc = _doc(text)
    (m,) = [x for x in _events(doc, "meeting") if host in _surnames(doc, x)]
    assert len(_names(doc, m)) == 3


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "Last month, Trade Minister Ines Duarte of Brazil visited Jordan, where she met "
            "with Foreign Minister Layla Nasser in Amman and with Trade Minister Omar Haddad "
            "of Jordan on the sidelines of the Arab Business Forum in Aqaba.",
            {"Nasser": "Amman", "Haddad": "Aqaba"},
        ),
        (
            "In May, Defence Minister Raúl Ortega of Chile travelled to Europe, where he met "
            "with Defence Minister Hans Berger of Germany in Berlin and with Defence Minister "
            "Marie Dubois of France in Paris.",
            {"Berger": "Berlin", "Dubois": "Paris"},
        ),
        (
            "Foreign Minister Joseph Kamau of Kenya met with Foreign Minister Yoko Mori of "
            "Japan in Tokyo and with Foreign Minister Lee Min-ho of South Korea at the margins "
            "of the Pacific Forum in Seoul last week.",
            {"Mori": "Tokyo", "Min-ho": "Seoul"},
        ),
    ],
)
def test_each_counterpart_of_a_list_keeps_its_own_place(text, places):
    doc = _doc(text)
    for surname, place in places.items():
        (m,) = [x for x in _events(doc, "meeting") if surname in _surnames(doc, x)]
        assert (m.get("location") or {}).get("place") == place


@pytest.mark.parametrize(
    "text, described",
    [
        (
            "CIA Director William Burns made a secret trip to Beijing last month and met "
            "Chinese intelligence officials.",
            "Chinese intelligence officials",
        ),
        (
            "Defence Minister Raúl Ortega of Chile travelled to Tokyo last month and met "
            "Japanese defence officials.",
            "Japanese defence officials",
        ),
        (
            "Trade Minister Ines Duarte of Brazil flew to Nairobi on Monday and met Kenyan "
            "customs officials.",
            "Kenyan customs officials",
        ),
    ],
)
def test_officials_a_demonym_and_their_field_describe_are_a_side(text, described):
    doc = _doc(text)
    (m,) = _events(doc, "meeting")
    assert described in {p.get("description") for p in m["participants"]}
    assert len(_events(doc, "visit")) == 1


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Our military maritime consultative talks took place in Lima in April.", "2024-04"),
        ("Our annual strategic dialogue was held in Lima in March.", "2024-03"),
        ("In May, our defence policy talks took place in Lima.", "2024-05"),
    ],
)
def test_our_talks_held_are_talks_of_the_two_sides_the_text_is_about(sentence, date):
    doc = extract(
        "Foreign Minister Anna Berg of Sweden will travel to Peru next week to meet Foreign "
        "Minister Pedro Alves of Peru. " + sentence,
        published="2024-08-24",
        publisher="Government Offices of Sweden",
    )
    (m,) = [x for x in _events(doc, "meeting") if x.get("date") == date]
    assert {p.get("country") for p in m["participants"]} >= {"SE", "PE"}
    assert m["status"] == "held"


@pytest.mark.parametrize(
    "text, joiner",
    [
        (
            "During the trip, Foreign Minister Anna Berg of Sweden will hold several rounds of "
            "talks with Foreign Minister Pedro Alves of Peru, and our Ambassador, Karl Holm, "
            "will join her for those sessions.",
            "Holm",
        ),
        (
            "On Monday, Defence Minister Raúl Ortega of Chile held talks with Defence Minister "
            "Kenji Sato of Japan, and Admiral Luis Vera joined them for the afternoon session.",
            "Vera",
        ),
        (
            "Trade Minister Ines Duarte of Brazil will meet Trade Minister Omar Haddad of "
            "Jordan on Friday, and Senator Paulo Reis will also join her for the talks.",
            "Reis",
        ),
    ],
)
def test_one_who_joins_them_for_those_sessions_takes_part(text, joiner):
    doc = _doc(text)
    (m,) = _events(doc, "meeting")
    assert joiner in _surnames(doc, m)


@pytest.mark.parametrize(
    "second",
    [
        "They met in Seoul in January, and they spoke by phone yesterday.",
        "They last sat down in Seoul in January, and they spoke by phone yesterday.",
        "The two of them met in Seoul in January, and they spoke by phone yesterday.",
    ],
)
def test_they_of_a_second_clause_continues_the_first_clauses_they(second):
    doc = _doc(
        "Foreign Minister Anna Berg of Sweden held talks on Monday with Foreign Minister "
        "Pedro Alves of Peru. " + second
    )
    calls = [m for m in _events(doc, "meeting") if m.get("format") == "call"]
    assert [(c["date"], _surnames(doc, c)) for c in calls] == [("2024-03-05", {"Berg", "Alves"})]


def test_they_of_a_second_clause_after_described_officials_is_not_the_pair_before():
    doc = _doc(
        "Foreign Minister Anna Berg of Sweden will meet Foreign Minister Pedro Alves of Peru "
        "next week. Senior officials of the two foreign ministries last met in Lima on 9 "
        "February, and they will hold the next round in Stockholm in October."
    )
    october = [m for m in _events(doc, "meeting") if m.get("date") == "2024-10"]
    assert all(not _names(doc, m) for m in october)


@pytest.mark.parametrize(
    ("text", "publisher", "other"),
    [
        ("Foreign Minister Winston Peters met Deputy Prime Minister and Minister of Foreign "
         "Affairs Bui Thanh Son in Hanoi on Monday. In Prime Minister Luxon's absence, Deputy "
         "Prime Minister David Seymour is Acting Prime Minister.",
         "New Zealand Ministry of Foreign Affairs and Trade", "Seymour"),
        ("Foreign Secretary Lammy met Deputy Prime Minister and Foreign Minister Simon Harris "
         "in Dublin on Monday. Deputy Prime Minister Angela Rayner chaired Cabinet in London.",
         "Foreign, Commonwealth & Development Office", "Rayner"),
        ("Minister Joly held talks with Deputy Prime Minister and Minister for Foreign Affairs "
         "Winston Peters in Wellington. Earlier this week Deputy Prime Minister Chrystia "
         "Freeland met students in Ottawa.", "Global Affairs Canada", "Freeland"),
    ],
)
def test_a_title_inside_the_met_ones_own_title_is_no_mention_of_another(
    text, publisher, other
):
    doc = _doc(text, publisher=publisher)
    assert all(other not in _surnames(doc, m) for m in _events(doc, "meeting"))


@pytest.mark.parametrize(
    ("sentence", "status", "date"),
    [
        (
            "Foreign Minister Tomas Varga of Hungary postponed a planned trip to Warsaw in "
            "January because of the floods.",
            "postponed",
            "2024-01",
        ),
        (
            "President Elena Moreau of France cancelled her scheduled visit to Rabat in "
            "February.",
            "cancelled",
            "2024-02",
        ),
        (
            "Chancellor Dirk Albers of Austria has called off the long-awaited visit to Ankara.",
            "cancelled",
            None,
        ),
        (
            "Prime Minister Ines Pardo of Portugal delayed the planned trip to Luanda in "
            "January.",
            "postponed",
            "2024-01",
        ),
    ],
)
def test_a_trip_as_the_object_of_a_verb_of_calling_off_is_called_off(sentence, status, date):
    # "postponed a planned trip": the verb that calls it off, not the plan its adjective
    # tells; a past verb's bare month is of the past
    doc = _doc(sentence, publisher="Reuters")
    (visit,) = _events(doc, "visit")
    assert visit["status"] == status and visit.get("date") == date


@pytest.mark.parametrize(
    "second",
    [
        "Media reports say she may travel to Cairo later this month.",
        "Officials said she would visit Cairo in May.",
        "Aides indicated she could travel to Egypt next week.",
    ],
)
def test_the_pronoun_subject_of_a_reported_clause_is_the_traveller(second):
    doc = _doc(
        "Foreign Minister Lena Kovac of Croatia spoke to reporters in Zagreb on Monday. " + second,
        publisher="Reuters",
    )
    (visit,) = _events(doc, "visit")
    assert _names(doc, visit) == {"Lena Kovac"}
    assert visit["status"] in ("planned", "tentative")


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        (
            "A visit to Tokyo by the Spanish Minister of Defence, Marta Gil, has been cancelled.",
            "Marta Gil",
            "Tokyo",
        ),
        (
            "The trip to Nairobi by the Norwegian Minister of International Development, Ole "
            "Strand, was postponed.",
            "Ole Strand",
            "Nairobi",
        ),
        (
            "A working visit to Hanoi by the Czech Deputy Foreign Minister, Jana Novak, is "
            "planned for the autumn.",
            "Jana Novak",
            "Hanoi",
        ),
    ],
)
def test_a_visit_by_a_title_with_the_name_in_apposition_is_the_named_one(sentence, name, place):
    # "a visit to X by the Minister of Y, A,": the name after the title's comma travels
    doc = _doc(sentence, publisher="Reuters")
    (visit,) = _events(doc, "visit")
    assert _names(doc, visit) == {name} and visit["location"]["place"] == place


@pytest.mark.parametrize(
    ("sentence", "status", "date"),
    [
        (
            "A visit to Lima by Foreign Minister Paolo Neri of Italy, which had been planned "
            "for January, has been cancelled.",
            "cancelled",
            "2025-01",
        ),
        (
            "The trip to Seoul by Trade Minister Karen Holm of Denmark, which had been "
            "scheduled for February, has been postponed.",
            "postponed",
            "2025-02",
        ),
        (
            "President Elena Moreau of France's visit to Rabat, which had been set for "
            "January, has now been called off.",
            "cancelled",
            "2025-01",
        ),
    ],
)
def test_a_plan_called_off_now_is_dated_ahead(sentence, status, date):
    # "which had been planned for January, has been cancelled" (present perfect): the month it
    # was planned for is still to come, the next one after publication
    doc = _doc(sentence, publisher="Reuters")
    (visit,) = _events(doc, "visit")
    assert visit["status"] == status and visit.get("date") == date


@pytest.mark.parametrize(
    "second",
    [
        "They agreed to hold talks between Defence Minister Luis Moreno of Chile and Defence "
        "Minister Taro Ito of Japan next month.",
        "They agreed to hold a video call between General Pedro Alba, Chief of the "
        "Chilean Defence Staff, and General Hiro Tanaka, Chief of Staff of the Japan Joint "
        "Staff, in the near future.",
        "They also discussed a possible summit between President Luis Moreno of Chile and Prime "
        "Minister Taro Ito of Japan later this year.",
    ],
)
def test_the_sides_a_planned_event_noun_names_after_between_are_its_participants(second):
    # "They agreed to hold a call between A and B": A and B, not the subject that plans it
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Kenji Sato of Japan in Santiago "
        "on Tuesday. " + second,
        publisher="Reuters",
    )
    later = [m for m in _events(doc, "meeting") if m["status"] != "held"]
    assert len(later) == 1 and _surnames(doc, later[0]) in ({"Moreno", "Ito"}, {"Alba", "Tanaka"})


@pytest.mark.parametrize(
    "sentence",
    [
        "They discussed the possibility of an in-person meeting between President Luis Moreno "
        "of Chile and Prime Minister Taro Ito of Japan later this year.",
        "Foreign Minister Ana Ruiz of Chile raised the prospect of talks with Foreign Minister "
        "Kenji Sato of Japan in the spring.",
        "The ministers explored the possibility of a summit between President Luis Moreno of "
        "Chile and Prime Minister Taro Ito of Japan in the autumn.",
    ],
)
def test_an_event_noun_under_a_noun_of_possibility_is_tentative(sentence):
    doc = _doc(sentence, publisher="Reuters")
    (meeting,) = _events(doc, "meeting")
    assert meeting["status"] == "tentative"


@pytest.mark.parametrize(
    "sentence",
    [
        "General Pedro Alba of Chile has asked to hold a video call with General Hiro Tanaka of "
        "Japan.",
        "Minister Olga Petrova of Bulgaria asked to have a phone call with Minister Jan Kral of "
        "Czechia next week.",
        "Minister Olga Petrova of Bulgaria has asked to arrange a meeting with Minister Jan Kral "
        "of Czechia.",
    ],
)
def test_a_meeting_one_side_asked_to_hold_is_tentative(sentence):
    # asked for by one side, nothing agreed (annotation.md: tentative)
    doc = _doc(sentence, publisher="Reuters")
    (meeting,) = _events(doc, "meeting")
    assert meeting["status"] == "tentative"


@pytest.mark.parametrize(
    "sentence",
    [
        "This afternoon, Foreign Minister Ana Ruiz of Chile will call on Speaker Akira Noda of "
        "Japan and President of the Senate Yumi Kato of Japan.",
        "Foreign Minister Ana Ruiz of Chile called on President Akira Noda of Peru and Prime "
        "Minister Yumi Kato of Peru on Tuesday.",
        "On Friday Foreign Minister Ana Ruiz of Chile calls on King Akira Noda of Tonga and "
        "Prime Minister Yumi Kato of Tonga.",
    ],
)
def test_calling_on_two_counterparts_is_one_meeting_each(sentence):
    # annotation.md: one meeting per counterpart of a list, unless they met together
    doc = _doc(sentence, publisher="Reuters")
    meetings = _events(doc, "meeting")
    assert sorted(sorted(_surnames(doc, m)) for m in meetings) == [
        ["Kato", "Ruiz"],
        ["Noda", "Ruiz"],
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Next month, Foreign Minister Ana Ruiz of Chile will host foreign ministers from Peru "
         "and Bolivia in Santiago.", "planned"),
        ("Foreign Minister Ana Ruiz of Chile hosted the defence ministers of Peru and Bolivia "
         "in Santiago last week.", "held"),
        ("President Ana Ruiz of Chile hosted trade ministers from Peru and Bolivia in "
         "Valparaiso on Monday.", "held"),
    ],
)
def test_hosting_office_holders_of_named_countries_is_a_meeting(sentence, status):
    doc = _doc(sentence, publisher="Reuters")
    meetings = _events(doc, "meeting")
    assert meetings and all(m["status"] == status for m in meetings)
    assert {p.get("country") for m in meetings for p in m["participants"]} >= {"PE", "BO"}


_TWO_PRESIDENTS = (
    "President Luis Moreno of Chile and Prime Minister Taro Ito of Japan spoke by phone in "
    "May. National Security Adviser Ana Ruiz of Chile met Foreign Minister Kenji Sato of Japan "
    "in Tokyo on Tuesday. "
)


@pytest.mark.parametrize(
    "third",
    [
        "Ruiz and Sato agreed that the two leaders will speak by phone in the coming weeks.",
        "They agreed that the two leaders would meet in the autumn.",
        "Ruiz told reporters that the two leaders are expected to hold a video call next month.",
    ],
)
def test_the_two_leaders_of_a_that_clause_are_the_ones_who_meet(third):
    # "A and B agreed that the two leaders will speak": the leaders, not those who agreed
    doc = _doc(_TWO_PRESIDENTS + third, publisher="Reuters")
    later = [m for m in _events(doc, "meeting") if m["status"] != "held"]
    assert len(later) == 1 and _surnames(doc, later[0]) == {"Moreno", "Ito"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Ruiz of Chile and Foreign Minister Kenji Sato of Japan agreed that "
        "they will speak by phone next week, and discussed the possibility of an in-person "
        "meeting later this year.",
        "Foreign Minister Ana Ruiz of Chile and Foreign Minister Kenji Sato of Japan will talk by "
        "telephone on Friday and hope for a face-to-face meeting before the end of the year.",
        "Foreign Minister Ana Ruiz of Chile and Foreign Minister Kenji Sato of Japan will hold a "
        "phone call this week and aim to hold an in-person meeting in the summer.",
    ],
)
def test_a_call_and_an_in_person_meeting_of_one_sentence_are_two_events(sentence):
    doc = _doc(sentence, publisher="Reuters")
    assert len(_events(doc, "meeting")) == 2


@pytest.mark.parametrize(
    "second",
    [
        "The two ministers hope to hold a face-to-face meeting in Tokyo in the autumn.",
        "Both sides hope to meet again in Tokyo in the autumn.",
        "They hope to hold talks in Tokyo in the autumn.",
    ],
)
def test_plural_subjects_that_hope_to_meet_make_a_tentative_meeting(second):
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile spoke by phone with Foreign Minister Kenji Sato of "
        "Japan on Monday. " + second,
        publisher="Reuters",
    )
    later = [m for m in _events(doc, "meeting") if m.get("date") != "2024-03-04"]
    assert len(later) == 1 and later[0]["status"] == "tentative"
    assert later[0]["date"] == "2024-09/2024-11"


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("they last spoke by phone in January, and we would expect them to talk again in the "
         "coming months, possibly in person in November.", "tentative"),
        ("they spoke in January, and I'd expect them to speak again in November.", "tentative"),
        ("they met in January, and we expect them to talk again in November.", "planned"),
    ],
)
def test_an_expected_next_contact_of_a_pair_is_a_later_meeting(second, status):
    # "we would expect them to talk again": a new contact of the pair, not the one before
    doc = _doc(
        "On President Luis Moreno of Chile and Prime Minister Taro Ito of Japan: " + second,
        publisher="Reuters",
    )
    later = [m for m in _events(doc, "meeting") if m.get("date") == "2024-11"]
    assert len(later) == 1 and later[0]["status"] == status
    assert _surnames(doc, later[0]) == {"Moreno", "Ito"}


@pytest.mark.parametrize(
    "second",
    [
        "Her visit had originally been set for January, but was postponed because of the storm.",
        "Her trip had initially been planned for January, but was postponed.",
        "Her visit had originally been scheduled for January, but had been postponed after the "
        "floods.",
    ],
)
def test_a_plan_told_with_an_adverb_inside_had_been_then_put_off_is_postponed(second):
    # "had originally been scheduled for January, but was postponed": the plan's month, past
    doc = _doc(
        "Foreign Minister Ana Ruiz of Chile arrived in Lima on Tuesday. " + second,
        publisher="Reuters",
    )
    off = [v for v in _events(doc, "visit") if v["status"] != "held"]
    assert len(off) == 1 and off[0]["status"] == "postponed" and off[0]["date"] == "2024-01"


@pytest.mark.parametrize(
    "second",
    [
        "A planned visit by the Minister for Trade to Osaka has been postponed.",
        "The Minister for Trade's visit to Osaka has been postponed because of the typhoon.",
        "A visit by the Minister for Trade and Industry to Osaka has been postponed.",
    ],
)
def test_a_visit_by_a_title_with_its_portfolio_is_its_holders(second):
    # "the Minister for Development and Africa": the portfolio after "for" is the title's
    first = (
        "The Minister for Trade and Industry, Marta Gil, met Japanese officials on Monday. "
        if "Industry" in second
        else "The Minister for Trade, Marta Gil, met Japanese officials on Monday. "
    )
    doc = _doc(first + second, publisher="Government of Spain")
    (visit,) = _events(doc, "visit")
    assert _names(doc, visit) == {"Marta Gil"} and visit["status"] == "postponed"


@pytest.mark.parametrize(
    "text, companions, publisher",
    [
        (
            "Prime Minister Mark Carney is on an Official Visit to Japan from 4 to 6 March 2024. "
            "This morning he laid a wreath at a memorial. Prime Minister Carney is accompanied by "
            "Ms Joly, Minister of Trade Mary Ng and officials from the Privy Council Office. "
            "Minister of Foreign Affairs Mélanie Joly met Foreign Minister Yoko Kamikawa.",
            {"Mélanie Joly", "Mary Ng"},
            "Prime Minister of Canada",
        ),
        (
            "President Ruth Kamau of Kenya paid a state visit to Ghana from 4 to 6 March 2024. "
            "She opened a trade fair in Accra. Foreign Minister Peter Otieno, who is "
            "accompanying President Kamau, met Foreign Minister Ama Boateng of Ghana.",
            {"Peter Otieno"},
            "The Presidency, Republic of Kenya",
        ),
        (
            "Chancellor Anna Berger of Austria is on a working visit to Slovenia from 4 to 6 "
            "March 2024. The two sides discussed energy. Chancellor Berger was accompanied on "
            "the visit by Minister of Economy Lukas Gruber and Minister of the Interior Eva "
            "Hofer.",
            {"Lukas Gruber", "Eva Hofer"},
            "Federal Chancellery of Austria",
        ),
    ],
)
def test_those_who_go_with_a_traveler_told_before_visit_too(text, companions, publisher):
    """ "A is accompanied by B, C and officials", "B, who is accompanying A, met D": each
    companion travels with A (annotation.md: an official who travels to another country is a
    visit), with A's days, however far back A's trip was told."""
    doc = _doc(text, publisher=publisher)
    trips = {
        n: v["date"] for v in _events(doc, "visit") for n in _names(doc, v) if v.get("date")
    }
    assert companions <= set(trips)
    assert {trips[n] for n in companions} == {"2024-03-04/2024-03-06"}
    hosts = ({"Yoko Kamikawa"}, {"Ama Boateng"})
    assert all(_names(doc, v) not in hosts for v in _events(doc, "visit"))  # (no host's trip)


# Round 31: meetings and visits told without the stock verbs (structure, not phrases)


@pytest.mark.parametrize(
    "sentence",
    [
        # an audience granted to the guest: the host's verb, the guest after "to"
        "King Harald Olsen of Norway granted an audience to Estonian Foreign Minister Tiit "
        "Kask in Oslo on Monday.",
        # talks told by "conferred with"
        "Estonian Foreign Minister Tiit Kask conferred with Norwegian Foreign Minister Ola "
        "Berge in Oslo on Monday.",
        # a sitting together: "sat with" and a titled person
        "Estonian Foreign Minister Tiit Kask sat with Norwegian Foreign Minister Ola Berge "
        "in Oslo on Monday.",
        # two named people who witness a signing are together
        "Estonian Foreign Minister Tiit Kask and Norwegian Foreign Minister Ola Berge "
        "witnessed the signing of two fisheries accords in Oslo on Monday.",
    ],
)
def test_talks_told_by_a_verb_of_their_own(sentence):
    doc = _doc(sentence, publisher="Reuters")
    ((names, date),) = [(_surnames(doc, m), m.get("date")) for m in _events(doc, "meeting")]
    assert names >= {"Kask"} and len(names) == 2 and date == "2024-03-04"


def test_a_session_between_two_named_people_called_off():
    doc = _doc(
        "The session between Trade Minister Ilse Vos of Belgium and Trade Minister Arjun "
        "Mehta of India, planned for Friday, was postponed.",
        publisher="Reuters",
    )
    ((names, status),) = [(_surnames(doc, m), m["status"]) for m in _events(doc, "meeting")]
    assert names == {"Vos", "Mehta"} and status == "postponed"


def test_a_possible_leg_with_an_office_holder_is_tentative():
    doc = _doc(
        "Irish Foreign Minister Sean Dolan is in Lima this week and may see President Ana "
        "Quispe of Peru on Thursday.",
        publisher="Reuters",
    )
    ((names, status),) = [(_surnames(doc, m), m["status"]) for m in _events(doc, "meeting")]
    assert names == {"Dolan", "Quispe"} and status == "tentative"


def test_witnesses_told_with_their_talks_are_one_meeting():
    doc = _doc(
        "Prime Minister Eva Lund of Sweden and Prime Minister Tomas Novak of Slovakia held a "
        "summit in Stockholm on Monday and witnessed the signing of three accords.",
        publisher="Reuters",
    )
    assert [_surnames(doc, m) for m in _events(doc, "meeting")] == [{"Lund", "Novak"}]


@pytest.mark.parametrize(
    "lead",
    [
        "a stop in Accra",
        "a stopover in Accra",
    ],
)
def test_a_stop_on_a_tour_is_a_visit(lead):
    doc = _doc(
        f"Finnish Foreign Minister Aino Virtanen will make {lead} next week.", publisher="Reuters"
    )
    ((traveler, country, status),) = [
        (_names(doc, v), v.get("location", {}).get("country"), v["status"])
        for v in _events(doc, "visit")
    ]
    assert traveler == {"Aino Virtanen"} and country == "GH" and status == "planned"


def test_a_swing_through_a_region_is_a_visit():
    doc = _doc(
        "Finnish Foreign Minister Aino Virtanen begins a swing through Ghana on Monday.",
        publisher="Reuters",
    )
    assert [_names(doc, v) for v in _events(doc, "visit")] == [{"Aino Virtanen"}]


def test_a_readouts_bare_leader_who_calls_a_titled_one_is_a_side():
    """A government's readout names its own leader bare ("A B had a telephone conversation
    with President C"): the sentence's subject, of the publisher's country."""
    doc = extract(
        "Pavel Orlik had a telephone conversation with President of the Republic of Armenia "
        "Davit Sargsyan.\n\nThe conversation was constructive.",
        published="2025-10-03",
        publisher="President of Belarus",
    )
    officials = _officials(doc)
    assert officials["Pavel Orlik"] == "BY"
    ((names, fmt),) = [(_names(doc, m), m["format"]) for m in _events(doc, "meeting")]
    assert names == {"Pavel Orlik", "Davit Sargsyan"} and fmt == "call"


def test_a_readouts_bare_leader_who_spoke_to_a_titled_one_is_a_side():
    """ "A B spoke to President C on <date>": "to" after a verb of speaking joins the two
    as "with" does, so the bare subject of the readout is the call's other side."""
    doc = extract(
        "Marta Lindqvist spoke to President Oskar Hallgren of Iceland on 2 October 2025 on "
        "the fisheries dispute.",
        published="2025-10-03",
        publisher="Prime Minister's Office of Sweden",
    )
    assert _officials(doc)["Marta Lindqvist"] == "SE"
    ((names, fmt),) = [(_names(doc, m), m["format"]) for m in _events(doc, "meeting")]
    assert names == {"Marta Lindqvist", "Oskar Hallgren"} and fmt == "call"


def test_a_contact_had_with_an_addressed_official_is_a_meeting():
    # "had a contact with Ms. B": a brief exchange with a titled or addressed person
    doc = _doc(
        "Director-General Taro Sato had a contact with Ms. Ines Varga, Deputy Foreign Minister "
        "of Hungary, and conveyed Japan's position.",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert [_names(doc, m) for m in _events(doc, "meeting")] == [{"Taro Sato", "Ines Varga"}]


def test_talks_that_name_a_cited_document_are_no_meeting():
    # "the Joint Statement of the X Talks": the document is cited, no session is told
    doc = _doc(
        "The launches violate the Japan-DPRK Osaka Declaration and are also against the spirit "
        "of the Joint Statement of the Four-Party Talks.",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert _events(doc, "meeting") == []


def test_a_conference_convened_in_partnership_with_a_government_is_a_meeting_with_it():
    # "to convene, in partnership with the Government of X, the Conference on Y": the
    # convening side and the partner government meet at the conference
    doc = _doc(
        "Secretary of State Anna Brook and Secretary of Commerce Leo Hart will travel to "
        "Houston, Texas to convene, in partnership with the Government of Canada, the "
        "Conference on Energy and Trade in the Caribbean, to be held on June 15-16.",
        publisher="U.S. Department of State",
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Anna Brook", "Leo Hart"}
    assert [p.get("country") for p in meeting["participants"] if not p.get("official")] == ["CA"]
    assert meeting["status"] == "planned" and meeting["date"] == "2024-06-15/2024-06-16"


def test_a_place_in_the_name_of_a_dialogue_is_not_where_it_is_held():
    doc = _doc(
        "Foreign Minister Ana Ruiz of Uruguay co-chaired the Dialogue on Water and Energy in "
        "Central Asia with Foreign Minister Dauren Abenov of Kazakhstan on Monday.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ana Ruiz", "Dauren Abenov"}
    assert not meeting.get("location")


def test_the_pronoun_that_invites_a_leader_to_a_summit_takes_part_in_it():
    # "he extended an invitation to B to attend the next summit": the inviter is a side too
    doc = _doc(
        "Secretary Smith spoke about the forum. In this context, he extended an invitation to "
        "Prime Minister Lindqvist of Sweden to attend the next G-20 Summit to be held in the "
        "United States.",
    )
    (summit,) = _events(doc, "meeting")
    assert _surnames(doc, summit) == {"Smith", "Lindqvist"} and summit["status"] == "planned"


def test_readiness_to_engage_in_dialogue_is_a_stance_not_a_meeting():
    doc = _doc(
        "Deputy Secretary Smith reaffirmed the strength of the alliance and the continued "
        "readiness of the United States to engage in dialogue with Iran.",
        publisher="U.S. Department of State",
    )
    assert _events(doc, "meeting") == []


def test_what_the_ministers_said_at_a_working_dinner_is_the_dinner():
    """A readout that opens with a dated meal: the undated views exchanged after it are told
    of the meal (one meeting), and a session the two confirm for later is another event."""
    doc = extract(
        "On 3 March, Foreign Minister Lena Holm of Denmark held a working dinner with Foreign "
        "Minister Rui Matos of Portugal.\n\nMinister Holm welcomed Minister Matos on his first "
        "visit to Denmark.\n\nThe two Ministers confirmed that the Denmark-Portugal Strategic "
        'Dialogue ("SD") will be held in Lisbon in June.\n\nThe two Ministers exchanged views '
        "on the situation in the Baltic Sea.",
        published="2024-03-04",
        publisher="Ministry of Foreign Affairs of Denmark",
    )
    got = sorted(
        (m["status"], m.get("date"), m["format"], any("views" in e["quote"] for e in m["evidence"]))
        for m in _events(doc, "meeting")
    )
    assert got == [("held", "2024-03-03", "dinner", True), ("planned", "2024-06", "talks", False)]


def test_a_call_had_is_no_earlier_contact():
    """ "A had a phone call with B. The two sides exchanged views": "had" with an object is
    no pluperfect, so the views are the call's."""
    doc = _doc(
        "On Monday, Foreign Minister Ana Costa of Brazil had a phone call with Foreign Minister "
        "Kenji Mori of Japan. The two sides exchanged views on trade. The two foreign ministers "
        "agreed to meet in person in late May.",
        publisher="Reuters",
    )
    got = sorted(
        (m["status"], m["format"], any("views" in e["quote"] for e in m["evidence"]))
        for m in _events(doc, "meeting")
    )
    assert got == [("held", "call", True), ("planned", "talks", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The official visit to Lisbon of the Minister of Foreign Affairs of the Republic of "
        "Ecuador, Maria Ortega, originally scheduled for 10 March, has been postponed.",
        "The official visit to Portugal of Ecuadorian Foreign Minister Maria Ortega, originally "
        "scheduled for 10 March, has been postponed.",
        "The official visit of the Minister of Foreign Affairs of the Republic of Ecuador, Maria "
        "Ortega, originally scheduled for 10 March, has been postponed.",
    ],
)
def test_a_visits_traveler_in_its_of_phrase(sentence):
    """The of-phrase names who travels, after the place or with the title in apposition;
    the place governed by "to" is no part of the traveler's title."""
    doc = _doc(
        sentence + " Minister of Foreign Affairs Joao Reis regretted it.",
        publisher="Ministry of Foreign Affairs of Portugal",
    )
    assert _officials(doc)["Maria Ortega"] == "EC"
    ((traveler, status),) = [(_names(doc, v), v["status"]) for v in _events(doc, "visit")]
    assert traveler == {"Maria Ortega"} and status == "postponed"


def test_the_program_of_a_postponed_visit_is_postponed_with_it():
    """The meetings the program of a called-off visit held share its fate and its days."""
    doc = _doc(
        "The official visit to Lisbon of Foreign Minister Maria Ortega of Ecuador, originally "
        "scheduled for 10 and 11 March, has been postponed. The program of the visit included "
        "an audience with President Rui Sousa of Portugal.",
        publisher="Reuters",
    )
    ((names, status, date),) = [
        (_surnames(doc, m), m["status"], m.get("date")) for m in _events(doc, "meeting")
    ]
    assert names == {"Ortega", "Sousa"}
    assert (status, date) == ("postponed", "2024-03-10/2024-03-11")


def test_a_planned_trips_program_is_its_travelers_planned_meeting():
    doc = _doc(
        "Foreign Minister Maria Ortega of Ecuador will visit Lisbon next week. Her program "
        "includes a meeting with President Rui Sousa of Portugal.",
        publisher="Reuters",
    )
    ((names, status, date),) = [
        (_surnames(doc, m), m["status"], m.get("date")) for m in _events(doc, "meeting")
    ]
    assert names == {"Ortega", "Sousa"}
    assert (status, date) == ("planned", "2024-03-11/2024-03-17")


def test_sitting_down_one_on_one_is_a_meeting():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland will sit down one on one with Foreign "
        "Minister Rui Matos of Portugal on Friday.",
        publisher="Reuters",
    )
    ((names, status),) = [(_surnames(doc, m), m["status"]) for m in _events(doc, "meeting")]
    assert names == {"Virtanen", "Matos"} and status == "planned"


def test_a_swing_through_a_region_goes_there():
    doc = _doc(
        "Finnish Foreign Minister Aino Virtanen departs tomorrow on a swing through Central "
        "Asia.",
        publisher="Reuters",
    )
    assert [v.get("location", {}).get("place") for v in _events(doc, "visit")] == ["Central Asia"]


def test_a_leg_after_an_opening_phrase_is_the_subjects():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland will be in Lima on Monday. From there she "
        "travels to Santiago on Wednesday.",
        publisher="Reuters",
    )
    got = sorted((v.get("location", {}).get("country"), v["date"]) for v in _events(doc, "visit"))
    assert got == [("CL", "2024-03-13"), ("PE", "2024-03-11")]


def test_a_year_after_a_noun_and_for_is_the_nouns():
    """ "met B to discuss the quota for next year": the year is the quota's; the meeting was
    held (undated), not planned for next year."""
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland met Foreign Minister Rui Matos of Portugal "
        "to discuss the fisheries quota for next year.",
        publisher="Reuters",
    )
    assert [(m["status"], m.get("date")) for m in _events(doc, "meeting")] == [("held", None)]


def test_a_joint_commission_that_will_convene_is_a_planned_session():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland held talks with Foreign Minister Rui Matos "
        "of Portugal on Monday. The two sides agreed that the Finland-Portugal joint commission "
        "on trade will convene in Helsinki next year.",
        publisher="Reuters",
    )
    got = sorted((m["status"], m.get("date")) for m in _events(doc, "meeting"))
    assert got == [("held", "2024-03-04"), ("planned", "2025")]


def test_a_lower_case_office_with_its_demonym_is_its_named_holder():
    doc = _doc(
        "Foreign Minister Ali Karimi of Iran met Foreign Minister Salim Habsi of Oman on "
        "Tuesday. On Sunday, the Iranian foreign minister held a telephone conversation with his "
        "Saudi counterpart.",
        publisher="Reuters",
    )
    call = next(m for m in _events(doc, "meeting") if m["format"] == "call")
    assert _names(doc, call) == {"Ali Karimi"}
    assert [p.get("description") for p in call["participants"] if not p.get("official")] == [
        "Saudi counterpart"
    ]


def test_a_counterpart_named_after_a_form_of_address():
    doc = _doc(
        "Foreign Minister Ali Karimi of Iran sat down with his Omani counterpart Sheikh Salim bin "
        "Hamad Al Habsi on Tuesday.",
        publisher="Reuters",
    )
    assert _officials(doc)["Sheikh Salim bin Hamad Al Habsi"] == "OM"
    assert len(_events(doc, "meeting")) == 1


def test_landing_at_an_airport_is_an_arrival():
    doc = _doc(
        "Foreign Minister Ali Karimi of Iran landed at Muscat International Airport on Monday.",
        publisher="Reuters",
    )
    assert [(_names(doc, v), v["date"]) for v in _events(doc, "visit")] == [
        ({"Ali Karimi"}, "2024-03-04")
    ]


def test_received_by_a_monarch_of_a_named_state():
    doc = _doc(
        "Foreign Minister Ali Karimi of Iran will be received by the Sultan of Oman on Friday.",
        publisher="Reuters",
    )
    ((meeting),) = _events(doc, "meeting")
    assert [p.get("description") for p in meeting["participants"] if not p.get("official")] == [
        "the Sultan of Oman"
    ]


def test_an_earlier_meeting_on_the_sidelines_is_its_own_and_where_it_was():
    """ "The two had previously met on the sidelines of the X ministerial meeting in Riga last
    month": an earlier contact, in Riga, not the meeting the text reports."""
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland, who landed in Lisbon on Monday night, sat "
        "down with Foreign Minister Rui Matos of Portugal on Tuesday morning. The two foreign "
        "ministers had previously met on the sidelines of the Baltic Sea Council ministerial "
        "meeting in Riga earlier this month.",
        publisher="Reuters",
    )
    got = sorted(
        (m.get("date"), m.get("location", {}).get("place", "")) for m in _events(doc, "meeting")
    )
    assert got == [("2024-03", "Riga"), ("2024-03-05", "")]


def test_a_stop_told_before_is_no_new_visit():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland landed in Lima on Monday. The stop in Lima is "
        "the first leg of a regional tour, said spokesman Juha Korpela.",
        publisher="Reuters",
    )
    assert [_names(doc, v) for v in _events(doc, "visit")] == [{"Aino Virtanen"}]


def test_what_a_speaker_says_after_a_joint_news_conference_has_its_own_time():
    """ "Speaking at a joint news conference after the signing, A said trade grew last year":
    the appearance is the talks told before (same two people), not an event of last year."""
    doc = _doc(
        "President Ana Lopes of Portugal and President Omar Diallo of Senegal on Monday signed "
        "four agreements in a ceremony in Lisbon.\n\nDiallo arrived in Lisbon on Sunday for a "
        "two-day working visit.\n\nSpeaking at a joint news conference with Diallo after the "
        "signing, Lopes said that bilateral trade had doubled last year.",
        publisher="Reuters",
    )
    assert [(_surnames(doc, m), m.get("date")) for m in _events(doc, "meeting")] == [
        ({"Lopes", "Diallo"}, "2024-03-04")
    ]


def test_welcomed_at_the_airport_by_an_official_is_a_meeting_on_arrival():
    doc = _doc(
        "President Omar Diallo of Senegal arrived in Lisbon on Monday and was welcomed at the "
        "airport by Vice President Rui Sousa of Portugal.",
        publisher="Reuters",
    )
    assert [(_surnames(doc, m), m.get("date")) for m in _events(doc, "meeting")] == [
        ({"Diallo", "Sousa"}, "2024-03-04")
    ]


def test_a_summit_among_listed_countries_has_one_side_each():
    doc = _doc(
        "A trilateral summit among Portugal, Senegal and Ghana, earlier planned to be held in "
        "Dakar in May, has been postponed.",
        publisher="Reuters",
    )
    ((summit),) = _events(doc, "meeting")
    assert summit["status"] == "postponed"
    assert sorted(p["country"] for p in summit["participants"]) == ["GH", "PT", "SN"]


def test_a_one_day_stop_is_a_visit_and_its_meetings_are_on_that_day():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland made a one-day stop in Lima on Monday. She "
        "also paid a courtesy call on President Rosa Quispe of Peru.",
        publisher="Reuters",
    )
    assert [(v.get("location", {}).get("country"), v["date"]) for v in _events(doc, "visit")] == [
        ("PE", "2024-03-04")
    ]
    assert [m.get("date") for m in _events(doc, "meeting")] == ["2024-03-04"]


def test_a_second_bare_verb_after_and_then_is_its_own_meeting_with_the_modal_and_time():
    """ "where on Friday he will call on A and then co-chair the X with B": two meetings of the
    subject's, each with its own object, both planned on Friday."""
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland departs tomorrow for Lima, where on Friday "
        "she will call on President Rosa Quispe of Peru and then co-chair the Joint Commission "
        "with Foreign Minister Luis Rojas of Peru.",
        publisher="Reuters",
    )
    got = sorted(
        (sorted(_surnames(doc, m)), m["status"], m.get("date")) for m in _events(doc, "meeting")
    )
    assert got == [
        (["Quispe", "Virtanen"], "planned", "2024-03-08"),
        (["Rojas", "Virtanen"], "planned", "2024-03-08"),
    ]


def test_a_month_after_a_past_call_is_not_the_planned_meetings():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland will also sit down with Foreign Minister Luis "
        "Rojas of Peru; they spoke by phone in January, and this will be their first in-person "
        "meeting.",
        publisher="Reuters",
    )
    got = sorted((m["format"], m["status"], m.get("date", "")) for m in _events(doc, "meeting"))
    assert got == [("call", "held", "2024-01"), ("talks", "planned", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Aino Virtanen of Finland declined an invitation from Foreign Minister "
        "Luis Rojas of Peru to meet in Lima in May.",
        "Foreign Minister Aino Virtanen of Finland turned down an invitation from Foreign "
        "Minister Luis Rojas of Peru to meet in Lima in May.",
    ],
)
def test_a_meeting_an_invitation_to_which_was_refused_is_declined(sentence):
    doc = _doc(sentence, publisher="Reuters")
    assert [(_surnames(doc, m), m["status"]) for m in _events(doc, "meeting")] == [
        ({"Virtanen", "Rojas"}, "declined")
    ]


def test_a_day_spent_in_a_town_with_a_counterpart_is_a_meeting():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland spent Monday in Lima with Foreign Minister Luis "
        "Rojas of Peru.",
        publisher="Reuters",
    )
    assert [(_surnames(doc, m), m.get("date")) for m in _events(doc, "meeting")] == [
        ({"Virtanen", "Rojas"}, "2024-03-04")
    ]


def test_a_trilateral_session_joined_is_one_meeting_of_all():
    doc = _doc(
        "Foreign Minister Aino Virtanen of Finland joined Foreign Minister Luis Rojas of Peru and "
        "Foreign Minister Eva Berg of Norway for a trilateral session in Oslo on Monday.",
        publisher="Reuters",
    )
    assert [_surnames(doc, m) for m in _events(doc, "meeting")] == [{"Virtanen", "Rojas", "Berg"}]


def test_a_pairs_foreign_and_defense_ministerial_has_no_group_side():
    """ "the X-Y Foreign and Defense Ministerial Meeting": the pair's portfolios, no group of
    'Defense leaders'; the instruction to prepare it is the same session."""
    doc = _doc(
        "Foreign Minister Lena Holm of Denmark met Foreign Minister Rui Matos of Portugal on "
        "Monday. The two Ministers confirmed that the Denmark-Portugal Foreign and Defense "
        "Ministerial Meeting will be held in Lisbon in June, and instructed their officials to "
        "proceed with the preparations.",
        publisher="Reuters",
    )
    planned = [m for m in _events(doc, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert not any(p.get("description") for p in planned[0]["participants"])


@pytest.mark.parametrize(
    "sentence",
    [
        # the host's side of a courtesy call
        "Vice Minister Jonas Lind of Sweden received a courtesy call from Deputy Foreign "
        "Minister Marta Silva of Brazil on Monday.",
        # a place or a time between the host's verb and the guest's office
        "Foreign Minister Jonas Lind of Sweden received in his office in Stockholm today the "
        "Minister of Trade of Brazil, Marta Silva.",
        "Foreign Minister Jonas Lind of Sweden received at his office today the Minister of "
        "Trade of Brazil, Marta Silva.",
        # a possessive among the words of the consultations held
        "Foreign Minister Jonas Lind of Sweden and Brazilian Foreign Minister Marta Silva held "
        "the annual Sweden-Brazil Foreign Ministers' Consultations in Stockholm on Monday.",
    ],
)
def test_a_host_receiving_or_holding_consultations_meets_the_guest(sentence):
    doc = _doc(sentence, publisher="Reuters")
    assert [_surnames(doc, m) for m in _events(doc, "meeting")] == [{"Lind", "Silva"}]

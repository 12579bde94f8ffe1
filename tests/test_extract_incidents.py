"""Extraction tests of the incidents an extraction finds: which words make one and which do
not, their kinds, parties, places, counts and the mentions that are the same occurrence.
Every test runs on an invented sentence, none taken from the development corpus."""

from __future__ import annotations

import pytest
from extract_helpers import _LOBBY, PUB, _doc, _events, _names, _officials


def test_a_war_named_as_background_is_not_an_incident():
    doc = _doc(
        "President Biden met President Novak of Slovenia today and they discussed the "
        "war in the region and Russia's support to Belarus in its invasion of Ukraine."
    )
    assert _events(doc, "incident") == []


def test_a_count_of_incidents_and_one_dated_instance_are_two_records():
    doc = _doc(
        "The ministers condemned the recent missile tests by Iran, including the "
        "missile launch over the Gulf on February 2."
    )
    incidents = _events(doc, "incident")
    assert len(incidents) == 2
    assert sorted(str(i.get("date")) for i in incidents) == ["2024-02-02", "None"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They reviewed the recent missile provocations by North Korea.",
        "The ministers condemned the killings of civilians in the border town.",
        "Pirates seized a cargo ship off the coast of Yemen on Tuesday.",
        "The group is still holding two hostages taken in March.",
    ],
)
def test_launches_killings_seizures_and_hostage_taking_are_incidents(sentence):
    assert len(_events(_doc(sentence), "incident")) == 1


def test_attacks_described_as_the_conduct_of_a_war_are_not_incidents():
    doc = _doc(
        "He warned of consequences if Belarus supports Russia as it conducts attacks "
        "against Ukrainian cities."
    )
    assert _events(doc, "incident") == []


def test_airspace_is_not_a_count_that_splits_an_incident():
    doc = _doc(
        "When one of these surveillance balloons entered our airspace earlier in the "
        "month, I gave the order to shoot it down."
    )
    dated = [i for i in _events(doc, "incident") if i.get("category") == "airspace"]
    assert len(dated) == 1 and dated[0]["date"] == "2024-03"


def test_a_possessive_country_is_a_party_of_an_incident():
    doc = _doc("The ministers condemned North Korea’s ballistic missile launches.")
    (incident,) = _events(doc, "incident")
    assert incident["parties"] == ["KP"]


def test_strikes_that_are_banned_did_not_happen():
    doc = _doc("The two sides agreed to ban strikes against energy facilities of both countries.")
    assert _events(doc, "incident") == []


def test_drones_and_missiles_launched_at_a_country_are_a_launch():
    doc = _doc("Iran launched more than 300 drones and missiles at Israel on April 13.")
    (incident,) = _events(doc, "incident")
    assert incident["category"] == "missile-launch" and incident["date"] == "2023-04-13"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers condemned Iran's launch of a ballistic missile on Sunday.",
        "Both sides condemned the Syrian rocket that struck a village near Kilis on Sunday.",
        "Chinese coast guard ships fired water cannons at a Philippine supply boat on Sunday.",
        "The leaders condemned the March 3 attack by Boko Haram on a Cameroonian border post.",
    ],
)
def test_incidents_as_texts_report_them(text):
    assert _events(_doc(text, publisher="Ministry of Foreign Affairs of Norway"), "incident")


def test_a_question_keeps_the_incident_it_presupposes():
    text = (
        "Q: And the Russian drone that Romanian jets intercepted last week -- was that "
        "raised?\n\nMR. X: I won't read out private conversations."
    )
    incidents = _events(_doc(text), "incident")
    assert incidents and incidents[0]["date"] == "2024-02-26/2024-03-03"


def test_the_object_of_a_detention_is_its_target():
    doc = _doc(
        "The Minister raised the detention of Swedish diplomat Lars Berg in Tehran.",
        publisher="Government Offices of Sweden",
    )
    (detention,) = _events(doc, "incident")
    assert _names(doc, detention) == {"Lars Berg"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "He raised the cyber intrusions into Danish power grids by hackers linked to Iran.",
            "cyber",
        ),
        (
            "She condemned the deployment of some 2,000 Belarusian soldiers to the border.",
            "deployment",
        ),
    ],
)
def test_intrusions_and_deployed_soldiers_are_incidents(text, category):
    (incident,) = _events(_doc(text), "incident")
    assert incident["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "Chile rejects the expulsion of Chilean diplomats from La Paz announced on Monday.",
        "Lithuania expelled two Belarusian diplomats on Monday.",
        "Ghana declared the Nigerian attache persona non grata on Monday.",
    ],
)
def test_expulsions_of_diplomats_are_incidents(text):
    (incident,) = _events(_doc(text, publisher="Presidency of Uruguay"), "incident")
    assert incident["category"] == "expulsion" and incident["date"] == "2024-03-04"


def test_adjacent_incident_words_are_one_occurrence():
    doc = _doc(
        "She raised the water cannon attacks by Chinese Coast Guard vessels on Philippine "
        "supply boats in December.",
        published="2024-02-09",
    )
    assert len(_events(doc, "incident")) == 1


def test_strikes_inside_a_country_and_fire_opened_the_same_day_are_two_incidents():
    doc = _doc(
        "Early on Monday, Chile carried out strikes inside Bolivia, near the border. The same "
        "day, Bolivian forces opened fire on Chilean border posts in Arica.",
        published="2024-03-22",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    incidents = [(i["date"], sorted(i["parties"])) for i in _events(doc, "incident")]
    assert incidents == [("2024-03-18", ["BO", "CL"]), ("2024-03-18", ["BO", "CL"])]


def test_a_when_clause_that_tells_how_an_attack_was_made_is_the_same_incident():
    doc = _doc(
        "The drones were used in Syria's attack on Jordan of April 13, 2024, when it launched "
        "more than 30 drones and missiles at Jordanian territory.",
        published="2025-04-01",
        publisher="U.S. Department of the Treasury",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2024-04-13"]


def test_a_ministry_summons_a_telephone_meeting_and_counted_violations_with_one_dated():
    doc = _doc(
        "On 14 May, Minister Ana Tamm held a telephone meeting with Minister of Foreign Affairs "
        "of Spain Maria Lopez. The Ministry has summoned the Russian Charge d'Affaires. Since "
        "January, Russian aircraft have violated Estonian airspace four times. On 3 June, a "
        "Russian fighter jet entered Estonian airspace near Vaindloo island.",
        published="2024-06-10",
        publisher="Ministry of Foreign Affairs of Estonia",
    )
    formats = sorted(m.get("format", "") for m in _events(doc, "meeting"))
    assert formats == ["call", "talks"]
    summons = [m for m in _events(doc, "meeting") if m.get("format") == "talks"]
    assert sorted(p["country"] for p in summons[0]["participants"]) == ["EE", "RU"]
    assert sorted(i["date"] for i in _events(doc, "incident")) == ["2024-01/2024-06", "2024-06-03"]


def test_operations_carried_out_on_another_countrys_soil_are_an_incident():
    doc = _doc(
        "On Monday, Kenya conducted counter-terrorism operations in the border areas inside "
        "Somalia. Kenya will continue its support to counter-terrorism operations in the Sahel.",
        published="2024-03-20",
        publisher="Ministry of Foreign Affairs of Kenya",
    )
    incidents = _events(doc, "incident")
    assert [(i.get("date"), sorted(i["parties"])) for i in incidents] == [
        ("2024-03-18", ["KE", "SO"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, a Russian Su-30 fighter released flares in close proximity to a Norwegian "
        "P-8A patrol aircraft.",
        "In November, a Russian Navy frigate operated its hull-mounted sonar while Norwegian "
        "divers were in the water.",
        "On Tuesday, Russian government vessels intruded into Norway's territorial sea near "
        "Svalbard.",
        "On Tuesday, a Russian research vessel conducted a survey without Norway's consent "
        "near Svalbard.",
        "The minister recalled the clash with Russian troops on the border on Tuesday.",
    ],
)
def test_flares_sonar_intrusions_unauthorised_surveys_and_clashes_are_incidents(sentence):
    doc = _doc(sentence, published="2025-02-13", publisher="Government of Norway")
    assert len(_events(doc, "incident")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers also exchanged views on the abductions issue.",
        "The aircraft was conducting a routine patrol in international airspace on Tuesday.",
    ],
)
def test_a_topic_and_a_place_are_no_incident(sentence):
    doc = _doc(sentence, published="2025-02-13", publisher="Government of Norway")
    assert _events(doc, "incident") == []


def test_the_incursion_named_again_later_is_no_second_incident():
    doc = _doc(
        "On Friday, three Russian fighter jets made an incursion into Latvian airspace. The "
        "Prime Minister will raise the incursion with his European counterparts in Brussels.",
        published="2025-09-19",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    assert len(_events(doc, "incident")) == 1


def test_launch_of_a_long_missile_name_and_vessels_entering_territorial_sea_are_incidents():
    doc = _doc(
        "The ministers condemned the launch of a new type of solid-fuel intercontinental "
        "ballistic missile on 13 April. Coast guard vessels of Ruritania have entered "
        "Norway's territorial sea 12 times this year, and in July a Ruritanian research ship "
        "conducted activities in Norway's territorial waters off Svalbard.",
        published="2024-08-27",
        publisher="Government of Norway",
    )
    dates = sorted(i.get("date", "") for i in _events(doc, "incident"))
    assert dates == ["2024", "2024-04-13", "2024-07"]


def test_bombers_conducting_a_joint_flight_is_an_incident():
    doc = _doc(
        "On July 24, two Ruritanian bombers conducted a joint flight with Russian bombers "
        "over the Sea of Japan.",
        published="2024-08-27",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    [incident] = _events(doc, "incident")
    assert incident["date"] == "2024-07-24"


def test_ensuring_the_security_of_its_airspace_is_no_incident():
    doc = _doc(
        "Norway will continue to make every effort to ensure the security of its territorial "
        "airspace, in close cooperation with its allies.",
        published="2024-08-27",
        publisher="Government of Norway",
    )
    assert not _events(doc, "incident")


def test_a_count_of_incursions_since_a_date_and_one_episode_are_two_incidents():
    doc = _doc(
        "On the nights of 24 to 26 October, dozens of balloons were launched from Belarus into "
        "Latvian airspace. Since the beginning of October, the border guard has recorded more "
        "than 60 such balloon incursions from Belarus.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    dates = sorted(i.get("date") for i in _events(doc, "incident"))
    assert dates == ["2025-10", "2025-10-24/2025-10-26"]


def test_a_navy_shadowing_a_warship_and_a_state_holding_drivers_are_incidents():
    doc = _doc(
        "The spokesperson confirmed that HMS Iron Duke had shadowed the Russian corvette Boikiy "
        "through the Channel on Saturday. Belarusian authorities have been holding more than "
        "1,000 British trucks and their drivers on Belarusian territory.",
        **_LOBBY,
    )
    incidents = {(i.get("category"), i.get("date")) for i in _events(doc, "incident")}
    assert ("maritime", "2025-07-05") in incidents
    assert "detention" in {c for c, _ in incidents}


def test_detained_as_an_attribute_of_a_group_is_no_incident():
    doc = _doc(
        "QUESTION: Will the Minister raise the cases of detained Canadians? MR. LEE: She "
        "always presses for the release of wrongfully detained citizens.",
        publisher="Global Affairs Canada",
    )
    assert _events(doc, "incident") == []


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "On 3 May 2025, four Kenyan police officers were injured when their patrol came "
            "under fire from gunmen operating from the Somali side of the border.",
            "incident",
            "held",
        ),
        ("Both sides regretted the shooting incident near Mandera on 9 April 2025.", "incident",
         "held"),
        (
            "The Secretary of State of Norway, Ola Berg, spoke with President Ana Ruiz of Chile "
            "yesterday. He is expected in Santiago later this month.",
            "visit",
            "planned",
        ),
        (
            "During the visit, President Ana Ruiz of Chile was granted a royal audience by His "
            "Majesty King Harald of Norway on 5 May.",
            "meeting",
            "held",
        ),
    ],
)
def test_fire_on_a_patrol_a_stay_expected_in_a_town_and_an_audience_by_a_king(text, kind, status):
    doc = _doc(text, published="2025-05-06", publisher="Ministry of Foreign Affairs of Chile")
    assert [e["status"] for e in _events(doc, kind)] == [status]


def test_a_reporters_statement_before_a_question_reports_incidents_and_sanctions():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: The Secretary travels to Seoul on Tuesday.\n\n"
        "Q: North Korea launched two ballistic missiles toward the East Sea on Sunday. Will "
        "she raise that?\n\nSENIOR ADMINISTRATION OFFICIAL: Yes.\n\nQ: Ambassador Ana Cole is "
        "still under North Korean sanctions. Will she travel too?",
        published="2026-03-27",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2026-03-22"]
    (sanction,) = _events(doc, "sanction")
    assert sanction["imposer"] == "KP" and _names(doc, sanction) == {"Ana Cole"}


def test_the_airspace_of_another_country_is_no_reference_to_the_incursion_told_before():
    doc = _doc(
        "On Saturday, a Russian drone violated Latvian airspace near Daugavpils. It comes only "
        "days after more than twenty Russian drones entered the airspace of the Republic of "
        "Lithuania on the night of 9 to 10 September.",
        published="2025-09-14",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    dates = sorted(i["date"] for i in _events(doc, "incident"))
    assert dates == ["2025-09-09/2025-09-10", "2025-09-13"]


@pytest.mark.parametrize(
    ("text", "detainee"),
    [
        (
            "I'd point you in particular to the case of Mark Sloan, who has been detained in "
            "China since 2012.",
            "Mark Sloan",
        ),
        # the clause after an apposition's object is the head's: Alan Ward was detained
        (
            "We welcomed the release of Professor Alan Ward, an economist and former adviser "
            "to Ana Kyi Win, who was detained in Myanmar for 650 days.",
            "Alan Ward",
        ),
    ],
)
def test_a_person_who_has_been_detained_takes_part_in_the_detention(text, detainee):
    doc = _doc(text, published="2024-04-24", publisher="U.S. Department of State")
    (detention,) = _events(doc, "incident")
    assert _names(doc, detention) == {detainee} and _officials(doc) == {detainee: "US"}


def test_launches_talked_about_are_held_and_the_one_fired_on_a_day_is_a_launch():
    doc = _doc(
        "The two leaders will talk about trade and North Korea's continued missile launches, "
        "including the ICBM it fired on April 13.",
        published="2023-05-18",
    )
    got = sorted((i["category"], i["status"], i.get("date", "")) for i in _events(doc, "incident"))
    assert got == [("missile-launch", "held", ""), ("missile-launch", "held", "2023-04-13")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March, a Russian patrol boat hit the Estonian-flagged cargo ship Nova near Narva.",
        "On 3 March, an Eritrean naval vessel struck a Yemeni fishing boat near the Hanish Islands.",
    ],
)
def test_a_craft_that_strikes_a_ship_is_an_attack(sentence):
    doc = _doc(sentence, "2024-03-06", "Ministry of Foreign Affairs of Kenya")
    assert [(i["category"], i["date"]) for i in _events(doc, "incident")] == [
        ("attack", "2024-03-03")
    ]


def test_an_anniversary_of_a_war_is_no_new_incident():
    text = (
        "On Tuesday, the President will deliver remarks in Riga ahead of the second anniversary "
        "of Russia's full-scale invasion of Ukraine."
    )
    doc = _doc(text, "2024-02-16", "The White House")
    assert _events(doc, "incident") == []


def test_the_launch_of_a_missile_named_by_its_designation_is_a_launch():
    text = (
        "It was the North's third launch this year, after the launch of a Pukguksong-6 on "
        "March 2."
    )
    doc = _doc(text, "2024-05-10", "Ministry of Foreign Affairs, Republic of Korea")
    dated = [i for i in _events(doc, "incident") if i.get("date") == "2024-03-02"]
    assert [i["category"] for i in dated] == ["missile-launch"]


def test_a_ship_named_by_its_service_obstructed_and_a_count_of_vessels_are_two_incidents():
    # "recorded N instances of X vessels operating in Y's zone": one record with the count;
    # "obstructed <service> ship A" on a day of that span: an occurrence of its own
    doc = _doc(
        "From 2 to 20 May, the Navy recorded 11 instances of Malaysian Maritime Enforcement "
        "vessels operating in Indonesia's exclusive economic zone. On the 7th, Malaysian "
        "patrol ship Perkasa 3 obstructed Indonesian Navy survey ship KRI Dewa for four hours.",
        published="2024-05-22",
        publisher="Indonesian Navy",
    )
    got = sorted((i["category"], i["date"]) for i in _events(doc, "incident"))
    assert got == [("maritime", "2024-05-02/2024-05-20"), ("maritime", "2024-05-07")]


def test_live_fire_exercises_are_a_military_drill():
    doc = _doc(
        "On 3 April, the Eritrean navy conducted live-fire exercises in a sea area off "
        "Djibouti without notice.",
        published="2024-04-10",
        publisher="Ministry of Foreign Affairs of Djibouti",
    )
    (drill,) = _events(doc, "incident")
    assert drill["category"] == "military-drill" and drill["date"] == "2024-04-03"


def test_a_drone_seen_over_anothers_territory_and_a_count_of_border_violations_are_incidents():
    doc = _doc(
        "On Monday, an Armenian drone was detected over the territory of the Tovuz district "
        "for twenty minutes. This brings to seven the number of violations of the state border "
        "recorded since the beginning of the year.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Azerbaijan",
    )
    got = sorted((i["category"], str(i.get("date"))) for i in _events(doc, "incident"))
    assert got == [("airspace", "2024-01/2024-03"), ("airspace", "2024-03-04")]


def test_a_protest_against_the_attack_names_the_incident_told_before():
    # "used water cannon against boat A ... lodged a protest against the attack on boat A":
    # one incident, whatever word the protest names it by
    doc = _doc(
        "On Friday, a Thai patrol boat fired water cannon at the Cambodian fishing boat KP 41. "
        "On Monday, the Ministry lodged a protest against the attack on the KP 41 with the "
        "Thai ambassador.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Cambodia",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-03-01"


def test_the_detained_one_named_as_known_is_the_detention_told_before():
    doc = _doc(
        "Last Tuesday, Moldovan customs officers detained a Romanian lorry driver at the "
        "Leuseni crossing. The driver was detained on suspicion of fraud, and the consul has "
        "seen him.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Romania",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-03-05"


def test_a_condemned_invasion_is_a_stance_on_a_war_not_an_incident():
    doc = _doc(
        "The two prime ministers condemned Russia's brutal invasion of Ukraine and discussed "
        "energy security.",
        published="2024-03-06",
        publisher="Government of Ireland",
    )
    assert _events(doc, "incident") == []


def test_a_governments_own_protesters_held_or_executed_are_no_incident_between_countries():
    doc = _doc(
        "The measures follow the detention of more than 300 protesters since March and the "
        "execution of two pro-reform activists in May. On 2 June, the police detained two "
        "Japanese journalists in Minsk.",
        published="2024-06-20",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    (incident,) = _events(doc, "incident")
    assert incident["date"] == "2024-06-02"


def test_the_nth_violation_of_a_countrys_airspace_this_year_is_a_count_apart():
    """ "This is the third violation of Norway's territorial airspace ... this year" after the
    day's violation: the year's count is a record of its own (annotation.md)."""
    doc = _doc(
        "(1) On March 4 (Mon), between around 9:10 a.m. and 9:40 a.m., a Russian Be-12 patrol "
        "aircraft violated Norway's territorial airspace over the sea north of Vardo, "
        "Finnmark, on two occasions.\n\n(2) This is the third violation of Norway's "
        "territorial airspace by a Russian military aircraft this year.",
        publisher="Norwegian Armed Forces",
    )
    assert sorted(i["date"] for i in _events(doc, "incident")) == ["2024", "2024-03-04"]


def test_a_coast_guards_count_and_each_manoeuvre_against_a_named_ship_are_records():
    """A coast guard's statement: "four separate instances in which ... vessels blocked" is
    the count; a bow crossed and an attempt to block a ship named by its prefix are each an
    incident (maritime; a collision avoided is none); "a protest over the water cannon
    attack against A" is the attack told before."""
    doc = _doc(
        "From 2 to 5 March, the coast guard recorded four separate instances in which Chinese "
        "vessels blocked or shadowed Indonesian patrol boats near Natuna. On Saturday, a "
        "Chinese frigate crossed the bow of KRI Bontang at 80 yards, forcing the patrol boat "
        "to turn hard to avoid a collision. On Monday, two Chinese coast guard ships fired "
        "water cannons at KRI Tarakan. Yesterday, Chinese coast guard ship 5402 attempted to "
        "block KAL Sabang near the reef. The ministry lodged a protest over the water cannon "
        "attack against KRI Tarakan.",
        publisher="Indonesian Maritime Security Agency",
    )
    assert sorted((i["date"], i.get("category")) for i in _events(doc, "incident")) == [
        ("2024-03-02", "maritime"),
        ("2024-03-02/2024-03-05", "maritime"),
        ("2024-03-04", "maritime"),
        ("2024-03-05", "maritime"),
    ]


@pytest.mark.parametrize("verb", ["pointed", "directed"])
def test_a_laser_aimed_at_a_ship_is_a_maritime_incident_held(verb):
    """ "a destroyer directed a laser at a ship": an act (not "directed" as an instruction,
    which would make it planned)."""
    doc = _doc(
        f"On 14 February, a Chinese navy destroyer {verb} a military-grade laser at an "
        "Australian navy ship in the Arafura Sea.",
        publisher="Australian Government Defence",
    )
    assert [(i["date"], i.get("category"), i["status"]) for i in _events(doc, "incident")] == [
        ("2024-02-14", "maritime", "held")
    ]


def test_a_craft_that_also_hovered_over_a_ship_is_an_incident_of_its_own_at_that_time():
    """ "On Monday, a frigate crossed the bow of A. A helicopter also hovered at low altitude
    over the vessel": a second act (not merged into an earlier one), on Monday."""
    doc = _doc(
        "On Sunday, two Chinese coast guard ships fired water cannons at KRI Tarakan. On "
        "Monday, a Chinese frigate crossed the bow of KRI Bontang at 80 yards. A Chinese navy "
        "helicopter also hovered at low altitude over the Indonesian vessel for ten minutes.",
        publisher="Indonesian Maritime Security Agency",
    )
    assert sorted(i["date"] for i in _events(doc, "incident")) == [
        "2024-03-03",
        "2024-03-04",
        "2024-03-04",
    ]


def test_fighters_scrambled_a_number_of_times_are_one_counted_intercept_record():
    """ "fighters scrambled 42 times in February": a count of intercepts, one record."""
    doc = _doc(
        "In February, Japanese fighters scrambled 42 times, mostly against Chinese and Russian "
        "aircraft.",
        publisher="Ministry of Defense of Japan",
    )
    assert [(i["date"], i.get("category")) for i in _events(doc, "incident")] == [
        ("2024-02", "air-intercept")
    ]


def test_airspace_as_a_place_or_violations_as_a_kind_are_no_incident():
    """ "surveillance in the waters and airspace around X", "measures against airspace
    violations": a place and a kind of act; the dated violation stays."""
    doc = _doc(
        "The navy will continue to conduct surveillance in the waters and airspace around "
        "Norway. The ministry will take all possible measures against airspace violations. "
        "On 4 March, a Russian drone violated Norwegian airspace.",
        publisher="Norwegian Armed Forces",
    )
    assert [(i["date"], i["status"]) for i in _events(doc, "incident")] == [
        ("2024-03-04", "held")
    ]


def test_a_police_round_up_of_suspects_is_no_incident_between_countries():
    """ "police have arrested hundreds of suspected drug traffickers": law enforcement at
    home, no foreign party (annotation.md); the detention of foreign citizens stays."""
    doc = _doc(
        "Since the President declared a state of emergency in March, Peruvian police have "
        "arrested hundreds of suspected drug traffickers. Border guards detained two Bolivian "
        "citizens on Friday.",
        publisher="Government of Peru",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2024-03-01"]


def test_violations_on_several_previous_occasions_are_a_count_apart_from_the_dated_one():
    doc = _doc(
        "The Ministry condemns the violation of Latvia's airspace by a Belarusian drone on 3 "
        "May. Latvian airspace had already been violated by balloons and drones on several "
        "previous occasions.",
        published="2024-05-06",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    assert sorted(str(i.get("date")) for i in _events(doc, "incident")) == ["2024-05-03", "None"]


def test_confrontation_listed_with_conflict_is_an_outcome_to_avoid_not_an_incident():
    doc = _doc(
        "Rivalry between Brazil and Argentina does not have to lead to conflict, confrontation, "
        "or a trade war. Both sides must keep it from veering into conflict or confrontation.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Brazil",
    )
    assert _events(doc, "incident") == []


def test_scrambling_to_intercept_the_intruders_is_the_incursion_just_told():
    doc = _doc(
        "On 2 March, two Belarusian Su-30 jets entered Lithuanian airspace near Druskininkai "
        "without a flight plan. Polish F-16 fighters scrambled to intercept the jets and "
        "escorted them out of Lithuanian airspace.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Lithuania",
    )
    assert [i["date"] for i in _events(doc, "incident")] == ["2024-03-02"]


def test_an_airspace_violation_is_placed_in_the_country_whose_airspace_it_was():
    doc = _doc(
        "On 4 June, a Belarusian helicopter belonging to the Belarusian State Border Committee "
        "is suspected of having violated Latvian airspace near Kraslava.",
        published="2024-06-07",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    (incident,) = _events(doc, "incident")
    assert incident["location"]["country"] == "LV" and incident["date"] == "2024-06-04"


def test_what_became_of_some_of_the_intruders_is_the_same_incident():
    doc = _doc(
        "Earlier this month, more than a dozen Russian drones entered Moldovan airspace, several "
        "of which were shot down.",
        published="2024-06-20",
        publisher="Ministry of Foreign Affairs of Moldova",
    )
    assert [i["category"] for i in _events(doc, "incident")] == ["airspace"]


def test_incidents_a_future_talk_will_review_or_that_statements_condemned_happened():
    doc = _doc(
        "We will probably review some of the recent missile provocations we have seen. You "
        "will have seen that Chile made strong statements in Geneva condemning the killings "
        "of civilians.",
        published="2024-03-06",
    )
    assert sorted(i["status"] for i in _events(doc, "incident")) == ["held", "held"]


def test_an_attack_carried_out_at_a_time_or_place_is_an_incident():
    text = (
        "The two Presidents condemned the attack carried out on 2 August in Kabul, which killed "
        "a senior official. The Ministry condemns the hybrid attack carried out by the regime "
        "against Poland."
    )
    doc = _doc(text, "2024-09-04", "Government of Portugal")
    assert [i.get("date") for i in _events(doc, "incident")] == ["2024-08-02"]


def test_missiles_with_a_hyphenated_range_are_a_launch():
    text = "North Korea launched two short-range ballistic missiles into the East Sea on Monday."
    doc = _doc(text, "2024-03-06", "Ministry of Foreign Affairs of Japan")
    assert [i.get("date") for i in _events(doc, "incident")] == ["2024-03-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian military aircraft entered Norway's air defence identification zone 14 times "
        "last month.",
        "On Tuesday, Russian border guard vessels blocked two Estonian patrol boats near the "
        "island.",
    ],
)
def test_an_adiz_entry_and_blocked_vessels_are_incidents(text):
    doc = _doc(text, "2024-09-06", "Ministry of Foreign Affairs of Estonia")
    assert len(_events(doc, "incident")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan exchanged 32 prisoners of war on Friday.",
        "On 2 May, a drone launched from Russian territory crashed near the village of Ceatalchioi.",
        "Houthi forces attacked the merchant vessel MV Blue Star in the Red Sea on Tuesday.",
    ],
)
def test_a_prisoner_exchange_a_drone_that_crashed_and_an_attacked_ship_are_incidents(text):
    doc = _doc(text, "2024-05-08", "Ministry of Foreign Affairs of Romania")
    assert len(_events(doc, "incident")) == 1


def test_a_dated_launch_a_count_includes_is_an_incident_of_its_own():
    text = (
        "North Korea has launched more than 30 ballistic missiles since January, including an "
        "ICBM on 12 July."
    )
    doc = _doc(text, "2024-07-20", "Ministry of Foreign Affairs of Japan")
    assert sorted(i["date"] for i in _events(doc, "incident")) == ["2024-01/2024-07", "2024-07-12"]


def test_fighters_scrambled_to_identify_foreign_aircraft_are_an_air_intercept():
    doc = _doc(
        "On Monday, F-16 fighters on quick reaction alert at Skrydstrup were scrambled to "
        "identify two Russian Il-20 aircraft flying along the Danish coast.",
        published="2025-10-17",
        publisher="Danish Defence",
    )
    incident = _events(doc, "incident")[0]
    assert incident["category"] == "air-intercept"
    assert incident["date"] == "2025-10-13"


def test_the_fourth_incident_of_its_kind_this_year_is_a_count_apart_from_the_instance():
    doc = _doc(
        "A Russian fighter carried out an unsafe intercept of a Danish aircraft on Tuesday. "
        "It was the fourth intercept of this kind against Danish aircraft this year.",
        published="2025-10-17",
        publisher="Danish Defence",
    )
    assert sorted(i.get("date") for i in _events(doc, "incident")) == ["2025", "2025-10-14"]


def test_a_national_shot_dead_by_another_states_border_force_is_an_attack():
    doc = _doc(
        "Third, on Monday night a 30-year-old Nepali national was shot dead by members of "
        "India's border police along the border in Darchula.",
        published="2025-11-13",
        publisher="Ministry of Foreign Affairs of Nepal",
    )
    incident = _events(doc, "incident")[0]
    assert incident["category"] == "attack"
    assert incident["date"] == "2025-11-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia surrounded the Estonian island of Saaremaa with more than a dozen warships.",
        "It encircled Saaremaa with six naval vessels.",
    ],
)
def test_surrounding_a_place_with_warships_is_a_maritime_incident(sentence):
    """ "It surrounded Taiwan with more than a dozen warships": a naval encirclement, as
    "encircled the boats" is."""
    doc = _doc(
        f"title: Statement\npublished: {PUB}\n---\nEstonia condemned Russia's actions. {sentence}"
    )
    assert [i.get("category") for i in _events(doc, "incident")] == ["maritime"]


def test_a_war_start_counted_in_years_to_the_text_is_an_anniversary_not_news():
    """ "Two years ago today, X launched its full-scale invasion of Y", "Two years after X
    launched its invasion, ...": the anniversary the text marks, the war as background
    (annotation.md)."""
    doc = _doc(
        "Two years ago today, Armenia launched its full-scale invasion of Georgia. Two years "
        "after Armenia launched its invasion, Georgians continue to resist.",
        published="2025-03-10",
        publisher="Global Affairs Canada",
    )
    assert [i for i in _events(doc, "incident") if i.get("category") == "invasion"] == []


def test_an_ongoing_detention_since_a_date_began_then():
    """ "A has been detained in X since last October": the detention is dated where it
    began (annotation.md's gold), not the span up to the text's day; the present "he is
    unjustly detained" after it is the same detention, no second one."""
    doc = _doc(
        "Secretary Blinken raised the case of Lena Marsh, a U.S. citizen who has been detained "
        "in Minsk since last October. We believe she is unjustly detained and should be "
        "released."
    )
    (incident,) = _events(doc, "incident")
    assert incident["category"] == "detention" and incident["date"] == "2023-10"


def test_a_detention_that_had_lasted_since_a_date_keeps_its_span():
    """ "who had been detained since May 2022, landed at home": it ended, and lasted from May
    2022 (the span up to the text's day)."""
    doc = _doc(
        "Today, aid worker Pavel Novak, who had been detained in Iran since May 2022, "
        "landed in Prague after his release."
    )
    detentions = [i for i in _events(doc, "incident") if i["category"] == "detention"]
    assert [i["date"] for i in detentions] == ["2022-05/2024-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 3 and 5 January 2024, state-backed hackers compromised the exchange's "
        "servers and stole customer data.",
        "The Cyber Centre has linked at least nine intrusions against Canadian ports to "
        "actors backed by Iran since 2022.",
    ],
)
def test_systems_compromised_and_intrusions_against_targets_are_cyber_incidents(sentence):
    doc = _doc(sentence)
    assert [i["category"] for i in _events(doc, "incident")] == ["cyber"]


def test_a_hostage_deal_is_no_hostage_taking():
    """ "a ceasefire and a hostage deal is the best way": the noun modifies a goal of talks,
    no occurrence."""
    doc = _doc(
        "We continue to believe that a truce and a hostage deal is the best way to end the "
        "fighting, and we are working toward it with our partners in Oman."
    )
    assert _events(doc, "incident") == []


def test_international_airspace_is_no_incursion_and_the_intercept_keeps_its_day():
    """ "an unsafe intercept of X operating in international airspace over Y on March 2nd":
    the airspace is no one's (no incursion, nothing between the intercept and its day)."""
    doc = _doc(
        "A PLA J-11 fighter conducted an unsafe intercept of a Royal Canadian Air Force "
        "CP-140 operating in international airspace over the East China Sea on March 2nd."
    )
    assert [(i["category"], i.get("date")) for i in _events(doc, "incident")] == [
        ("air-intercept", "2024-03-02")
    ]


def test_the_third_such_intercept_this_year_is_a_count_of_its_own():
    """ "it is the third such intercept this year": an ordinal before "such" counts, no
    reference back to the intercept just told."""
    doc = _doc(
        "A PLA J-11 fighter conducted an unsafe intercept of a Canadian CP-140 over the East "
        "China Sea on March 2nd. It is the third such intercept this year."
    )
    dates = sorted(i.get("date") for i in _events(doc, "incident"))
    assert dates == ["2024", "2024-03-02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Patrol units recorded four separate entries by Vietnamese Coast Guard (VCG) vessels "
        "into Malaysia's exclusive economic zone last week.",
        "The navy reports Russian Coast Guard incursions in the Barents Sea.",
        "Two Russian survey ships entered Norway's EEZ on Monday.",
        "Officers detected 40 Chinese-flagged trawlers operating in the Argentine EEZ on "
        "Monday.",
        "On Monday the cutter approached to within 300 metres of the Japanese research "
        "vessel Hakurei.",
    ],
)
def test_ships_entering_or_operating_in_anothers_zone_are_maritime_incidents(sentence):
    """Entries and incursions of ships into a sea zone, ships operating in another's EEZ and a
    close approach to a vessel: maritime, never airspace."""
    doc = _doc(sentence)
    assert [i["category"] for i in _events(doc, "incident")] == ["maritime"]


def test_a_count_of_detentions_since_a_date_keeps_apart_from_a_later_dated_one():
    """ "64 sailors have been arrested since March 1" then "On April 3, nine sailors were
    taken into custody": a count over a span and a day's detention, two records, though the
    day's comes after the count has already folded in another mention ("taken into custody"
    is a detention too)."""
    doc = _doc(
        "The Maldivian Coast Guard on Monday arrested 12 sailors from Kerala. The sailors were "
        "apprehended near Male early on Monday. With these arrests, 64 Indian sailors have been "
        "arrested by the Maldivian Coast Guard since March 1. On April 3, nine sailors from "
        "Kochi were taken into custody in a separate incident.",
        published="2024-04-16",
        publisher="Press Trust of India",
    )
    dates = sorted(i.get("date") or "" for i in _events(doc, "incident"))
    assert dates == ["2024-03-01/2024-04-16", "2024-04-03", "2024-04-15"]



@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, a German citizen, Lena Fischer, born in 1987, was arrested by Iranian "
        "security forces in Tehran.",
        "Iranian security forces arrested Lena Fischer, a German aid worker born in 1987, in "
        "Tehran on 3 May.",
    ],
)
def test_a_date_of_birth_dates_no_detention(text):
    """ "A, born in 1987, was arrested": the year of birth describes the person."""
    doc = _doc(text, published="2024-05-10", publisher="Federal Foreign Office")
    assert [i.get("date") for i in _events(doc, "incident")] == ["2024-05-03"]


def test_conditions_of_detention_name_no_detention_of_their_own():
    """ "... visited him on Thursday; he has no complaints about his conditions of
    detention": the bare noun after "of" qualifies another noun, no second detention."""
    doc = _doc(
        "On Monday, a Georgian citizen was detained by Turkish police in Trabzon. Our consul "
        "visited him on Thursday, and he has no complaints about his conditions of detention.",
        published="2024-05-10",
        publisher="Ministry of Foreign Affairs of Georgia",
    )
    assert [i.get("date") for i in _events(doc, "incident")] == ["2024-05-06"]


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian Navy on Saturday arrested 11 Vietnamese fishermen and seized two of "
        "their trawlers off Natuna. The fishermen were apprehended near Ranai early on Saturday.",
        "Coast guard officers detained nine Thai crew members on Saturday and also seized "
        "their fishing boat near Kawthaung.",
    ],
)
def test_an_arrest_and_a_seizure_told_by_one_subject_are_one_incident(text):
    """ "arrested 11 fishermen and seized two of their trawlers": one incident, two verbs of
    one subject (a later mention of the detention still joins it)."""
    doc = _doc(text, published="2024-05-13", publisher="Press Trust of India")
    assert [(i.get("category"), i.get("date")) for i in _events(doc, "incident")] == [
        ("detention", "2024-05-11")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian navy detained the crew of a Bahraini dhow on Sunday for allegedly "
        "entering Iranian territorial waters.",
        "Malaysian maritime officers arrested 14 Vietnamese fishermen on Sunday for illegally "
        "operating in Malaysian waters.",
    ],
)
def test_the_charge_of_an_arrest_is_no_incident_of_its_own(text):
    """ "detained the crew ... for allegedly entering X's territorial waters": the gerund after
    "for" is the ground of the detention, which is the one incident."""
    doc = _doc(text, published="2024-05-13", publisher="Reuters")
    assert [i.get("category") for i in _events(doc, "incident")] == ["detention"]


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "On Monday a Russian Su-35 fighter flew dangerously in front of a British RC-135 "
            "surveillance aircraft over the Black Sea.",
            "2024-03-04",
        ),
        (
            "A Chinese coast guard cutter cut across the bow of the BRP Sierra Madre at a "
            "distance of 50 yards on Tuesday.",
            "2024-03-05",
        ),
        (
            "On Tuesday an Iranian drone circled the USS Nimitz for two hours in the Gulf of Oman.",
            "2024-03-05",
        ),
        (
            "Last Friday the Dutch frigate HNLMS Tromp was buzzed by two Russian attack "
            "helicopters.",
            "2024-03-01",
        ),
        (
            "Two Russian Su-27 jets closed to within 10 metres of the Polish surveillance plane "
            "on Sunday.",
            "2024-03-03",
        ),
        (
            "The British patrol ship was shadowed by two Russian warships in the North Sea on "
            "Sunday.",
            "2024-03-03",
        ),
    ],
)
def test_one_forces_craft_acting_on_anothers_is_an_incident(text, date):
    """A ship, aircraft or drone of one country crossing another's bow, flying in front of
    it, circling, buzzing or shadowing it, or closing to a stated distance of it: an
    intercept (annotation.md), whatever the verb."""
    assert [i.get("date") for i in _events(_doc(text), "incident")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The minister flew over the region on Monday before the talks.",
        "The President passed the bill on Monday and crossed the border into Canada.",
        "The delegation sailed to the island on Sunday and circled the old harbour on foot.",
    ],
)
def test_a_flight_or_a_crossing_without_another_craft_is_no_incident(text):
    assert _events(_doc(text), "incident") == []


def test_an_intercept_distance_names_the_craft_approached_not_a_reply():
    """ "closed to within 15 metres of the patrol aircraft" after an incident told before: the
    craft approached follows "of", no reply within the incident before."""
    doc = _doc(
        "Between 2 and 9 February, Swedish patrol aircraft were intercepted by Russian fighters "
        "four times. On 7 February, two Russian MiG-31 jets closed to within 20 metres of the "
        "Swedish aircraft."
    )
    assert sorted(str(i.get("date")) for i in _events(doc, "incident")) == [
        "2024-02-02/2024-02-09",
        "2024-02-07",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since January, Estonian aircraft have been intercepted 21 times by Russian jets; the "
        "ministry called 6 of those intercepts unsafe.",
        "Russian fighters intercepted Finnish patrol planes 17 times in 2023, and the air force "
        "rated four of those intercepts as unsafe.",
        "Since June, Latvian helicopters have been intercepted nine times by Belarusian jets; "
        "three of these intercepts were judged dangerous.",
        "Since March, Philippine vessels have been blocked by coast guard vessels 14 times; "
        "five of those incidents took place near Second Thomas Shoal.",
    ],
)
def test_those_intercepts_refer_to_the_count_of_their_own_sentence(text):
    """ "intercepted 21 times; 6 of those intercepts were unsafe": one count record, not a
    second one from the noun that refers back."""
    assert len(_events(_doc(text), "incident")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A Russian jet intercepted a Norwegian patrol plane on Monday. It was the third close "
        "encounter between the two air forces in just over a month.",
        "An Iranian boat harassed a US destroyer on Monday. It was the second unsafe encounter "
        "between the two navies in less than two weeks.",
        "A Chinese fighter intercepted an Australian P-8 on Monday. It was the fourth "
        "dangerous encounter in the past three months.",
    ],
)
def test_the_nth_encounter_in_a_span_is_a_count_apart_from_the_days_incident(text):
    """ "It was the second close encounter ... in just over a week": a count over a span
    (annotation.md: one record), apart from the dated incident it includes."""
    doc = _doc(text)
    assert sorted(str(i.get("date")) for i in _events(doc, "incident")) == ["2024-03-04", "None"]


@pytest.mark.parametrize(
    "text, category, date",
    [
        (
            "The two ministers discussed the arrest in March of nine Malaysians in a raid on a "
            "casino in Bavet.",
            "detention",
            "2024-03",
        ),
        (
            "Officials condemned the arrest of two Japanese nationals by Chinese state security "
            "in Beijing last week.",
            "detention",
            "2024-02-26/2024-03-03",
        ),
        (
            "The exchange of fire between Indian and Chinese troops in the Tawang sector on 9 "
            "December left several soldiers injured.",
            "clash",
            "2023-12-09",
        ),
        (
            "Afghan and Pakistani border guards exchanged gunfire at the Torkham crossing on "
            "Sunday.",
            "clash",
            "2024-03-03",
        ),
        (
            "A firefight between Armenian and Azerbaijani forces on the border on Tuesday killed "
            "two soldiers.",
            "clash",
            "2024-03-05",
        ),
    ],
)
def test_an_arrest_or_an_exchange_of_fire_named_by_its_noun_is_an_incident(text, category, date):
    """ "the arrest in April of 11 nationals", "the exchange of fire between X and Y troops":
    the occurrence told by a noun phrase, as by its verb ("arrested", "clashed with")."""
    assert [(i.get("category"), i.get("date")) for i in _events(_doc(text), "incident")] == [
        (category, date)
    ]


def test_an_arrest_warrant_is_no_arrest():
    assert _events(_doc("A judge issued an arrest warrant for the former minister."), "incident") == []

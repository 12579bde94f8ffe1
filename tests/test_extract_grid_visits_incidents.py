"""Round 29: a sample of the probe grid `bench/probes/visits_incidents.py` (held and
present visits, incidents, and negative cases), plus unit tests of each rule the round added,
all on invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import _doc, _events, load_probe

grid = load_probe("visits_incidents")


# the shapes this round's rules are for: two cases each; the others
# one (a guard)
_TARGETED = {
    "is-in",
    "tour",
    "who-visiting",
    "visiting-participle",
    "after-visiting",
    "received-in",
    "in-city-for",
    "unsafe",
    "collision",
    "laser",
    "waters",
    "shelling",
    "intercept-passive",
    "arrested-passive",
    "arrived-by",
    "arrival-noun",
    "reached",
    "warning-shots",
    "crossed-border",
    "neg-3-incident",
    "stay-fronted",
    "jamming",
    "expelled-passive",
    "entered-territory",
    "soldiers-clashed",
    "flew-close",
    "neg-3-visit",
    "boarded",
    "submarine",
    "neg-incident",
    "neg-incident-2",
    "neg-visit-2",
}
# weak still: an untitled name's visit, an arrival in a home town no table knows, a host
# whose country no word gives
_LEFT_OUT = {"visit-noun", "neg-home-town", "received-in-bare"}


def _targeted_n(shape: str) -> int:
    return 2


def _sample() -> list:
    """The first cases of each shape in the grid's order (two of a targeted shape, one of the
    others), each keyed by its own text (ids do not depend on the sample's order)."""
    seen: dict[str, int] = {}
    out = []
    for case in grid.cases():
        if case.shape in _LEFT_OUT:
            continue
        n = seen.get(case.shape, 0)
        if n < (_targeted_n(case.shape) if case.shape in _TARGETED else 1):
            seen[case.shape] = n + 1
            out.append(case)
    return out


_SAMPLE = _sample()


@pytest.mark.parametrize("case", _SAMPLE, ids=[c.id for c in _SAMPLE])
def test_grid_case(case):
    assert grid.check(case, grid._extract(case)) == []


def test_the_sample_is_small():
    assert len(_SAMPLE) <= 120


# unit tests of each rule, on sentences of their own


def _visits(text):
    doc = _doc(text, publisher="Reuters")
    offs = {o["id"]: o for o in doc.get("officials", [])}
    return [
        (
            offs[v["traveler"]]["name"],
            (v.get("location") or {}).get("country"),
            v.get("date"),
            v["status"],
        )
        for v in _events(doc, "visit")
    ]


def _incidents(text, publisher="Reuters"):
    doc = _doc(text, publisher=publisher)
    return [(sorted(i.get("parties") or []), i.get("date")) for i in _events(doc, "incident")]


def test_a_present_stay_abroad_is_a_held_visit():
    assert _visits("Foreign Minister Amara Diallo of Senegal is in Lima on a working visit.") == [
        ("Amara Diallo", "PE", None, "held")
    ]


def test_a_stay_at_home_is_no_visit():
    assert _visits("Foreign Minister Amara Diallo of Senegal is in Dakar today.") == []


def test_a_relative_clause_of_a_stay_under_way_is_held():
    assert _visits(
        "Prime Minister Olga Petrenko of Moldova, who is visiting Chile, said the talks went well."
    ) == [("Olga Petrenko", "CL", None, "held")]


def test_a_relative_clause_with_a_time_ahead_stays_planned():
    visits = _visits(
        "Prime Minister Olga Petrenko of Moldova, who is visiting Chile next week, "
        "spoke to reporters."
    )
    assert [v[3] for v in visits] == ["planned"]


def test_the_stops_of_a_tour_dated_by_its_end_are_undated():
    visits = _visits(
        "Thai Foreign Minister Somchai Wongsakul concluded a four-nation tour of "
        "Peru, Chile, Ghana and Kenya on Tuesday."
    )
    assert sorted((v[1], v[2]) for v in visits) == [
        ("CL", None),
        ("GH", None),
        ("KE", None),
        ("PE", None),
    ]


def test_one_visit_concluded_keeps_its_day():
    visits = _visits(
        "Thai Foreign Minister Somchai Wongsakul concluded a visit to Peru on Tuesday."
    )
    assert [(v[1], v[2]) for v in visits] == [("PE", "2024-03-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Greek frigate collided with a Turkish cargo ship in the Aegean on Monday.",
        "A Greek frigate carried out an unsafe manoeuvre near a Turkish corvette on Monday.",
        "A Greek frigate made a dangerous and unprofessional maneuver near a Turkish ship on "
        "Monday.",
        "A Greek frigate pointed a laser at a Turkish helicopter on Monday.",
        "Greek patrol boats violated Turkish territorial waters on Monday.",
        "Greek artillery shelled Turkish border posts on Monday.",
    ],
)
def test_an_encounter_told_by_its_verb_is_an_incident(sentence):
    assert _incidents(sentence) == [(["GR", "TR"], "2024-03-04")]


def test_a_characterisation_of_manoeuvres_is_no_second_incident():
    assert (
        len(
            _incidents(
                "The ministers voiced concern over the Greek navy's dangerous maneuvers and use of "
                "water cannons against Turkish boats on Monday."
            )
        )
        <= 1
    )


def test_a_quantified_craft_in_a_warning_is_no_incident():
    assert _incidents("Peru warned it would shoot down any drone that entered its airspace.") == []


def test_a_joint_drill_of_two_partners_is_no_incident():
    assert _incidents("Peruvian and Chilean navies held joint drills on Monday.") == []


def test_a_joint_drill_a_third_government_reports_stays_one():
    assert (
        len(
            _incidents(
                "Chinese and Russian bombers conducted joint flights on Monday.",
                publisher="Ministry of Defense of Japan",
            )
        )
        == 1
    )


def test_a_sea_named_after_a_country_is_no_party():
    assert _incidents(
        "A Peruvian jet intercepted a Chilean patrol plane over the Sea of Japan on Monday."
    ) == [(["CL", "PE"], "2024-03-04")]


def test_a_participle_opening_the_sentence_is_its_subjects_visit():
    assert _visits(
        "Visiting Peru on Monday, Thai Foreign Minister Somchai Wongsakul called for more trade."
    ) == [("Somchai Wongsakul", "PE", "2024-03-04", "held")]


def test_visiting_before_a_person_stays_an_adjective():
    visits = _visits(
        "Peruvian President Rosa Quispe held talks in Lima on Monday with visiting Thai "
        "Foreign Minister Somchai Wongsakul."
    )
    assert [(v[0], v[1]) for v in visits] == [("Somchai Wongsakul", "PE")]


def test_a_guest_received_in_the_passive_visits_the_hosts_country():
    visits = _visits(
        "Thai Foreign Minister Somchai Wongsakul was received by Peruvian President Rosa "
        "Quispe in Lima on Tuesday."
    )
    assert [(v[0], v[1], v[2]) for v in visits] == [("Somchai Wongsakul", "PE", "2024-03-05")]


def test_an_aside_of_a_stay_with_its_purpose_is_a_visit():
    assert _visits(
        "Thai Foreign Minister Somchai Wongsakul, in Lima for talks on fisheries, said a deal "
        "was close."
    ) == [("Somchai Wongsakul", "PE", None, "held")]


def test_an_aside_with_a_month_is_no_visit():
    assert (
        _visits(
            "Thai Foreign Minister Somchai Wongsakul, in March for the first time, said a deal "
            "was close."
        )
        == []
    )


def test_an_ambassador_at_the_post_makes_no_visit():
    assert _visits("Thai Ambassador Somchai Wongsakul is in Lima to present a report.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Peruvian nationals were arrested in Chile on Monday on suspicion of spying.",
        "Chilean commandos boarded a Peruvian-flagged tanker on Monday.",
        "A Chilean submarine was detected in Peru's territorial waters on Monday.",
    ],
)
def test_more_incidents_told_by_their_verbs(sentence):
    assert _incidents(sentence) == [(["CL", "PE"], "2024-03-04")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile agreed on Monday to set up a hotline to reduce the risk of collisions.",
        "Officials discussed ways to prevent unsafe encounters between the navies on Monday.",
        "Peru said it was ready to intercept any aircraft that violated its airspace.",
    ],
)
def test_incidents_to_be_averted_or_of_any_craft_are_none(sentence):
    assert _incidents(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Thai Foreign Minister Somchai Wongsakul arrived by train in Lima on Monday.",
        "Thai Foreign Minister Somchai Wongsakul travelled by car to Lima on Monday.",
        "Thai Foreign Minister Somchai Wongsakul touched down in Lima on Monday.",
        "Thai Foreign Minister Somchai Wongsakul reached Lima on Monday.",
        "Upon his arrival in Lima on Monday, Thai Foreign Minister Somchai Wongsakul was "
        "greeted by Peruvian officials.",
    ],
)
def test_arrivals_with_their_means_nouns_and_other_verbs(sentence):
    assert _visits(sentence) == [("Somchai Wongsakul", "PE", "2024-03-04", "held")]


def test_reached_an_agreement_is_no_visit():
    assert _visits("Thai Foreign Minister Somchai Wongsakul reached an agreement on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A Chilean patrol boat fired warning shots at a Peruvian trawler on Monday.",
        "Chilean forces fired rockets at Peruvian border posts on Monday.",
        "Chilean troops crossed into Peruvian territory on Monday.",
    ],
)
def test_fire_at_and_crossings_are_incidents(sentence):
    assert _incidents(sentence) == [(["CL", "PE"], "2024-03-04")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police fired rubber bullets at protesters in Lima on Monday.",
        "The Peruvian coast guard seized two tonnes of cocaine off Callao on Monday.",
    ],
)
def test_an_act_on_crowds_or_goods_of_one_country_is_no_incident(sentence):
    assert _incidents(sentence) == []


def test_the_same_act_on_another_states_boat_stays_an_incident():
    assert len(_incidents("The Peruvian coast guard seized a Chilean trawler on Monday.")) == 1


def test_a_fronted_stay_is_the_main_subjects_visit():
    assert _visits(
        "During his stay in Lima, Thai Foreign Minister Somchai Wongsakul met Peruvian "
        "President Rosa Quispe."
    ) == [("Somchai Wongsakul", "PE", None, "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru accused Chile of jamming GPS signals over its territory on Monday.",
        "Two Peruvian diplomats were expelled by Chile on Monday.",
        "Chilean troops entered Peruvian territory on Monday.",
        "Chilean and Peruvian soldiers clashed near the border on Monday.",
        "Chilean fighter jets flew dangerously close to a Peruvian patrol plane on Monday.",
    ],
)
def test_jamming_passive_expulsions_incursions_clashes_close_passes(sentence):
    assert _incidents(sentence) == [(["CL", "PE"], "2024-03-04")]


def test_coming_close_to_a_deal_is_no_encounter():
    assert _incidents("Chilean and Peruvian negotiators came close to a deal on Monday.") == []


def test_a_trip_named_as_the_time_of_talks_is_where_the_talks_were():
    assert _visits(
        "Thai Foreign Minister Somchai Wongsakul held talks in Lima on Monday during a one-day "
        "trip."
    ) == [("Somchai Wongsakul", "PE", "2024-03-04", "held")]


def test_a_place_word_that_modifies_a_noun_is_no_destination():
    assert _visits(
        "Thai Foreign Minister Somchai Wongsakul visited Chilean troops in Peru on Monday."
    ) == [("Somchai Wongsakul", "PE", "2024-03-04", "held")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru said Chile fired several artillery rounds near their border on Monday.",
        "Chile's military sent 20 aircraft into Peru's air defence zone on Monday.",
    ],
)
def test_rounds_fired_near_a_border_and_aircraft_sent_into_a_zone(sentence):
    assert _incidents(sentence) == [(["CL", "PE"], "2024-03-04")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thai Foreign Minister Somchai Wongsakul said Thailand is in Asia and its future lies "
        "there.",
        "The decision is in Lima's hands, Thai Foreign Minister Somchai Wongsakul said.",
    ],
)
def test_a_present_is_in_whose_subject_is_no_person_is_no_visit(sentence):
    assert _visits(sentence) == []


# round 32: visits, incidents and sanctions on real texts (invented sentences)


def test_a_title_in_apposition_leaves_the_named_traveler():
    assert _visits(
        "Mr. Tomas Lind, the Deputy Secretary of State of Sweden, made an official visit to "
        "Peru from March 4 to 5, 2024."
    ) == [("Tomas Lind", "PE", "2024-03-04/2024-03-05", "held")]


def test_nationals_taken_captive_are_a_hostage_taking():
    doc = _doc("Two Danish engineers were taken captive in Niger on Monday.", publisher="Reuters")
    assert [(i["category"], sorted(i["parties"]), i["date"]) for i in _events(doc, "incident")] == [
        ("hostage-taking", ["DK", "NE"], "2024-03-04")
    ]


def test_captives_held_in_two_countries_are_two_incidents():
    doc = _doc(
        "The Chancellor asked for help in locating the 12 Germans who have been held hostage in "
        "Syria and the two Germans who were recently taken captive in Mali.",
        publisher="Reuters",
    )
    assert [[q["quote"] for q in i["evidence"]] for i in _events(doc, "incident")] == [
        ["hostage"],
        ["taken captive"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru condemned the Chilean army's use of chemical weapons on Monday.",
        "Peru condemned the use of chemical weapons by Chilean forces on Monday.",
    ],
)
def test_a_use_of_chemical_weapons_with_its_owner_or_time_is_an_attack(sentence):
    assert _incidents(sentence) == [(["CL", "PE"], "2024-03-04")]


def test_a_use_of_chemical_weapons_in_general_is_no_incident():
    assert _incidents("Any use of chemical weapons is a crime, the Peruvian minister said.") == []


def test_a_call_to_release_all_hostages_is_no_incident():
    assert (
        _incidents(
            "Both ministers agreed that Peru still needed to take steps, including support for "
            "a truce and the release of all hostages."
        )
        == []
    )


def test_harassment_by_a_craft_is_a_maritime_incident():
    assert _incidents(
        "Two Peruvian fishing boats encountered harassment by a Chilean Navy (CN) vessel on "
        "Monday near Isla Blanca."
    ) == [(["CL", "PE"], "2024-03-04")]


def test_the_interception_of_the_intruder_is_part_of_the_violation():
    doc = _doc(
        "A Peruvian military aircraft violated Chilean airspace on Monday. The Peruvian aircraft "
        "left Chilean airspace after it was intercepted by two Chilean jets.",
        publisher="Reuters",
    )
    assert [i["category"] for i in _events(doc, "incident")] == ["airspace"]


def test_the_potential_for_a_confrontation_is_no_incident():
    assert _incidents("The border remains tense, with the potential for military confrontation.") == []


def test_a_state_annexing_anothers_land_is_an_incident():
    doc = _doc("Chile annexed the Tacna region of Peru on Monday.", publisher="Reuters")
    assert [(i["category"], sorted(i["parties"])) for i in _events(doc, "incident")] == [
        ("annexation", ["CL", "PE"])
    ]


def test_the_land_annexed_is_where_the_annexation_happened():
    doc = _doc("Overnight, Chile took action to annex Okinawa.", publisher="Reuters")
    assert [i.get("location") for i in _events(doc, "incident")] == [
        {"place": "Okinawa", "country": "JP"}
    ]

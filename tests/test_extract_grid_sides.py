"""A sample of the probe grid bench/probes/sides.py (meetings whose sides are not two
full names in one clause: counterparts, pronouns, delegations, visiting guests, lists of
guests, sidelines, offices, a readout's principal), by the grid's own ids (shape and a hash
of the case's text, so the sample does not depend on the grid's order), plus one test on an
invented sentence for each rule of the round."""

from __future__ import annotations

import pytest
from extract_helpers import _doc, _events, _names, _officials, load_probe


def _probe():
    return load_probe("sides")


SAMPLE = [
    "also-met-0bf96eb2",
    "also-met-1198b770",
    "also-met-1f92deeb",
    "co-chaired-2a408325",
    "co-chaired-382618f6",
    "co-chaired-3ebf31e1",
    "counterpart-apposed-1b1bd7bd",
    "counterpart-apposed-4a0c4480",
    "counterpart-apposed-4a95bad5",
    "counterpart-named-before-339925a6",
    "counterpart-named-before-358666bd",
    "counterpart-named-before-419c05e5",
    "counterpart-named-before-50daaeec",
    "counterpart-named-before-64d29cae",
    "counterpart-named-before-6ad7f528",
    "counterpart-named-before-751bf6b9",
    "counterpart-named-before-77afc5ad",
    "counterpart-named-before-79dcdaa5",
    "counterpart-named-before-8eeed94a",
    "counterpart-named-before-a3489c36",
    "counterpart-named-before-b7b1c305",
    "counterpart-named-before-bab3359c",
    "counterpart-named-before-bae1d99a",
    "counterpart-named-before-cb237a25",
    "counterpart-unnamed-0b379242",
    "counterpart-unnamed-18139e5d",
    "counterpart-unnamed-1adffeae",
    "delegation-heads-0774778f",
    "delegation-heads-117c364a",
    "delegation-heads-123b8764",
    "delegation-led-by-0f15dc73",
    "delegation-led-by-4da51049",
    "delegation-led-by-5dcda7b2",
    "delegation-subject-1634a1da",
    "delegation-subject-5b3491ca",
    "delegation-subject-77d3b029",
    "delegations-049c8e12",
    "delegations-0d6d95a0",
    "delegations-345c368d",
    "exchanged-views-12972fca",
    "exchanged-views-2bca0aa7",
    "exchanged-views-40766eb9",
    "guest-relative-120bc7a7",
    "guest-relative-13172d0f",
    "guest-relative-44df0c25",
    "headline-principal-05165818",
    "headline-principal-0da9c9f2",
    "headline-principal-2177fa5a",
    "hosted-list-1c121d13",
    "hosted-list-353b9a5e",
    "hosted-list-8b67d68e",
    "neg-conditional-01d52236",
    "neg-conditional-123003a4",
    "neg-conditional-1db87151",
    "neg-counterpart-3123f191",
    "neg-counterpart-78ecba6c",
    "neg-counterpart-9d00b359",
    "neg-extra-018c3f44",
    "neg-extra-40902d7f",
    "neg-extra-7367fcb4",
    "neg-message-00f15404",
    "neg-message-191168e5",
    "neg-message-1a6facf9",
    "neg-opinion-0b708ad3",
    "neg-opinion-4d3e1748",
    "neg-opinion-83c637ed",
    "neg-topic-domestic-14300b82",
    "neg-topic-domestic-38d76397",
    "neg-topic-domestic-4fafb647",
    "neg-urge-1922d4fc",
    "neg-urge-22abc60a",
    "neg-urge-297fef47",
    "nominal-owner-0a18dd97",
    "nominal-owner-471bb1d2",
    "nominal-owner-5e74f809",
    "office-only-052d08d2",
    "office-only-06aa8bcd",
    "office-only-1ff4d303",
    "other-verbs-10575c1a",
    "other-verbs-303c19e4",
    "other-verbs-5678ccd6",
    "planned-counterpart-03652b34",
    "planned-counterpart-3a6576b5",
    "planned-counterpart-3c3c9738",
    "pronoun-later-21dbf5c2",
    "pronoun-later-35e110e7",
    "pronoun-later-3b1e095c",
    "pronoun-traveler-070ebf5d",
    "pronoun-traveler-0d6ed9f5",
    "pronoun-traveler-12a818fa",
    "readout-principal-30a00d61",
    "readout-principal-3eb21987",
    "readout-principal-50bf3445",
    "separately-together-18826ed9",
    "separately-together-32136edd",
    "separately-together-34c510c5",
    "sidelines-leaders-07ea1a6b",
    "sidelines-leaders-3d16cc01",
    "sidelines-leaders-460b3b19",
    "sidelines-list-17f34df0",
    "sidelines-list-238e34c6",
    "sidelines-list-4b32b3ce",
    "sidelines-named-0520f11f",
    "sidelines-named-14799152",
    "sidelines-named-8782332b",
    "they-discussed-303034a9",
    "they-discussed-33e2505c",
    "they-discussed-49a594c9",
    "two-ministers-0d9cf493",
    "two-ministers-1b31b628",
    "two-ministers-58f9a307",
    "two-offices-3c64645f",
    "two-offices-5416ba33",
    "two-offices-7f18e1e8",
    "two-sides-3fc5a4f1",
    "two-sides-59becf6b",
    "two-sides-5bc99455",
    "visiting-137c22f4",
    "visiting-15a9cf4c",
    "visiting-24b850eb",
]


@pytest.fixture(scope="module")
def grid():
    return {c.cid: c for c in _probe().build()}


@pytest.mark.parametrize("cid", SAMPLE)
def test_grid_case(grid, cid):
    probe = _probe()
    case = grid[cid]
    got = probe.run_case(case)
    assert probe.judge(case, got), (case.text, case.meetings, got)


def test_a_counterpart_named_before_is_that_official():
    doc = _doc(
        "Foreign Minister Talia Moengangongo of Tonga arrived in Lima on Monday. Peruvian "
        "Foreign Minister Elvira Quispe Huamán met her Tongan counterpart the same day."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Talia Moengangongo", "Elvira Quispe Huamán"}


def test_a_counterpart_is_not_an_official_of_another_office():
    doc = _doc(
        "President Teodoro Mbasogo of Gabon arrived in Accra on Monday. Ghanaian Foreign "
        "Minister Efua Mensah met her Gabonese counterpart on Tuesday."
    )
    meeting = next(m for m in _events(doc, "meeting") if "Efua Mensah" in _names(doc, m))
    assert _names(doc, meeting) == {"Efua Mensah"}
    assert [p.get("country") for p in meeting["participants"] if "description" in p] == ["GA"]


def test_received_a_list_is_a_meeting_each_unless_for_a_joint_one():
    doc = _doc(
        "Kazakh Foreign Minister Serik Abenov received Uzbek Foreign Minister Dilshod Karimov, "
        "Kyrgyz Foreign Minister Aibek Toktogulov and Turkmen Foreign Minister Merdan "
        "Ataýew in Astana on Monday."
    )
    assert len(_events(doc, "meeting")) == 3
    doc = _doc(
        "Kazakh Foreign Minister Serik Abenov received Uzbek Foreign Minister Dilshod Karimov, "
        "Kyrgyz Foreign Minister Aibek Toktogulov and Turkmen Foreign Minister Merdan "
        "Ataýew for a meeting of the four foreign ministers in Astana on Monday."
    )
    assert len(_events(doc, "meeting")) == 1


def test_the_minister_of_a_ministry_readout_is_its_minister():
    doc = extract_doc(
        "Foreign Minister Ana Lupe Taufa visited Suva on 6 May. The Minister held talks with "
        "Fijian Foreign Minister Jone Naivalu on fisheries.",
        publisher="Ministry of Foreign Affairs of Tonga",
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ana Lupe Taufa", "Jone Naivalu"}


def extract_doc(text, publisher):
    from relations_db.extract import extract

    return extract(text, published="2024-05-10", publisher=publisher)


def test_a_delegation_led_by_gives_the_leader_its_country():
    doc = extract_doc(
        "Rwandan Trade Minister Claudine Uwase received a Malaysian delegation led by Deputy "
        "Trade Minister Hafiz Rahman in Kigali on Monday.",
        publisher=None,
    )
    assert _officials(doc)["Hafiz Rahman"] == "MY"
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Claudine Uwase", "Hafiz Rahman"}


def test_opened_the_consultations_is_a_meeting():
    doc = _doc(
        "Estonian Foreign Minister Kadri Tamm and Georgian Foreign Minister Levan Beridze "
        "opened the annual consultations in Tallinn on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Kadri Tamm", "Levan Beridze"}
    assert meeting["date"] == "2024-03-04"


def test_met_on_the_sidelines_takes_the_time_of_the_gathering():
    doc = _doc(
        "President Ana Rojas of Bolivia and Prime Minister Tevita Lolo of Tonga attended the "
        "Pacific Islands Forum on Monday. The two leaders met on the sidelines to discuss "
        "fisheries."
    )
    (meeting,) = [
        m for m in _events(doc, "meeting") if not any("description" in p for p in m["participants"])
    ]  # (the bilateral, not the Forum)
    assert _names(doc, meeting) == {"Ana Rojas", "Tevita Lolo"}
    assert meeting["date"] == "2024-03-04"


def test_a_visiting_guest_does_not_take_the_meetings_date():
    doc = _doc(
        "Bolivian Trade Minister Ana Rojas met the visiting Tongan Prime Minister Tevita Lolo "
        "in La Paz on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-03-04"


def test_a_counterpart_of_a_two_word_country_named_after_it():
    doc = _doc(
        "Chilean Foreign Minister Ana Rojas met her New Zealand counterpart, Tama Whaanga, in "
        "Wellington on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ana Rojas", "Tama Whaanga"}


def test_called_on_a_title_with_its_demonym():
    doc = extract_doc(
        "A Latvian delegation led by Deputy Foreign Minister Ilze Ozola called on Samoan "
        "Foreign Minister Tala Mauala in Apia on Monday.",
        publisher=None,
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ilze Ozola", "Tala Mauala"}


def test_welcoming_a_counterparts_statement_is_no_meeting():
    doc = _doc(
        "Samoan Defence Minister Tala Mauala welcomed her Latvian counterpart's statement on "
        "the ceasefire."
    )
    assert _events(doc, "meeting") == []


def test_the_one_who_urges_an_event_is_no_side_of_it():
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola urged Fijian Trade Minister Jone Naivalu to open "
        "a dialogue with the opposition."
    )
    assert _events(doc, "meeting") == []
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola criticised Fijian Prime Minister Jone Naivalu for "
        "refusing to meet the envoy."
    )
    assert _events(doc, "meeting") == []


def test_a_date_after_a_who_clause_about_the_guest_dates_the_meeting():
    doc = _doc(
        "Bolivian Trade Minister Ana Rojas received Tongan Prime Minister Tevita Lolo, who is "
        "on a three-day visit to Bolivia, on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert meeting["date"] == "2024-03-04"


def test_welcoming_a_titled_persons_decision_is_no_meeting():
    doc = extract_doc(
        "Latvian Foreign Minister Ilze Ozola welcomed Fijian Prime Minister Jone Naivalu's "
        "decision to reopen the embassy.",
        publisher=None,
    )
    assert _events(doc, "meeting") == []


def test_the_two_delegations_are_their_heads_of_each_country():
    doc = extract_doc(
        "The Saudi delegation was led by Trade Minister Khalid Al Omari, and the Kenyan "
        "delegation by Trade Minister Wanjiku Kamau. The two delegations held talks in "
        "Nairobi on Monday.",
        publisher=None,
    )
    assert _officials(doc)["Wanjiku Kamau"] == "KE"
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Khalid Al Omari", "Wanjiku Kamau"}


def test_a_list_after_with_of_office_holders_of_the_named_countries():
    doc = _doc(
        "On the sidelines, President Ana Rojas of Bolivia held bilateral meetings with Prime "
        "Minister Maria Santos of the Philippines and Prime Minister Tevita Lolo of Tonga on "
        "Monday."
    )
    pairs = sorted(sorted(_names(doc, m)) for m in _events(doc, "meeting"))
    assert ["Ana Rojas", "Maria Santos"] in pairs and ["Ana Rojas", "Tevita Lolo"] in pairs
    assert ["Ana Rojas", "Maria Santos", "Tevita Lolo"] not in pairs


def test_two_offices_named_by_portfolio_and_country_are_two_sides():
    doc = extract_doc(
        "The Minister of Defence of Latvia met the Prime Minister of the Philippines in "
        "Manila on Monday.",
        publisher=None,
    )
    (meeting,) = _events(doc, "meeting")
    assert sorted(p.get("country") for p in meeting["participants"]) == ["LV", "PH"]


def test_exchanged_views_is_talks_but_not_an_exchange_still_to_come():
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola exchanged views with Fijian Foreign Minister Jone "
        "Naivalu on fisheries on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ilze Ozola", "Jone Naivalu"}
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola said she was ready to have an exchange of views "
        "with Fijian Foreign Minister Jone Naivalu."
    )
    assert _events(doc, "meeting") == []


def test_a_guest_and_his_delegation_are_one_meeting():
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola held talks with Fijian Foreign Minister Jone "
        "Naivalu and his delegation in Riga on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ilze Ozola", "Jone Naivalu"}


def test_the_ambassadors_of_two_countries_are_a_meeting_each():
    doc = extract_doc(
        "Latvian Foreign Minister Ilze Ozola met the ambassadors of Fiji and Peru in Riga on "
        "Monday.",
        publisher=None,
    )
    countries = sorted(
        p["country"] for m in _events(doc, "meeting") for p in m["participants"] if "description" in p
    )
    assert countries == ["FJ", "PE"] and len(_events(doc, "meeting")) == 2


def test_met_on_the_sidelines_of_a_gathering_that_is_no_event_takes_the_day_before():
    doc = _doc(
        "President Ana Rojas of Bolivia and Prime Minister Tevita Lolo of Tonga attended the "
        "UN General Assembly on Monday. The two leaders met on the sidelines to discuss "
        "fisheries."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ana Rojas", "Tevita Lolo"}
    assert meeting["date"] == "2024-03-04"


def test_two_ministers_who_chaired_a_joint_commission_met():
    doc = _doc(
        "Latvian Foreign Minister Ilze Ozola and Fijian Foreign Minister Jone Naivalu chaired "
        "the Latvia-Fiji Joint Commission in Suva on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ilze Ozola", "Jone Naivalu"}
    doc = _doc("Latvian Foreign Minister Ilze Ozola chaired the cabinet's economic committee.")
    assert _events(doc, "meeting") == []

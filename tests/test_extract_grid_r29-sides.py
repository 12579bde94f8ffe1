"""A sample of the probe grid bench/probes/r29_sides.py (meetings whose sides are not two
full names in one clause: counterparts, pronouns, delegations, visiting guests, lists of
guests, sidelines, offices, a readout's principal), by the grid's own ids (shape and a hash
of the case's text, so the sample does not depend on the grid's order), plus one test on an
invented sentence for each rule of the round."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from extract_helpers import _doc, _events, _names, _officials

_PROBE = Path(__file__).resolve().parents[1] / "bench" / "probes" / "r29_sides.py"


def _probe():
    if "r29_sides_probe" not in sys.modules:
        spec = importlib.util.spec_from_file_location("r29_sides_probe", _PROBE)
        module = importlib.util.module_from_spec(spec)
        sys.modules["r29_sides_probe"] = module
        spec.loader.exec_module(module)
    return sys.modules["r29_sides_probe"]


SAMPLE = [
    "also-met-196686dd",
    "also-met-1e75ba89",
    "also-met-42295b1a",
    "also-met-68870987",
    "co-chaired-0414cc55",
    "co-chaired-0f6363ba",
    "co-chaired-143dc929",
    "co-chaired-3d170711",
    "counterpart-apposed-06b21552",
    "counterpart-apposed-06e8e3a9",
    "counterpart-apposed-153f8502",
    "counterpart-apposed-1920f625",
    "counterpart-named-before-025ec096",
    "counterpart-named-before-15e31229",
    "counterpart-named-before-2e49bdff",
    "counterpart-named-before-3f2de309",
    "counterpart-unnamed-0b3212e5",
    "counterpart-unnamed-3941bf78",
    "counterpart-unnamed-3dc6cefa",
    "counterpart-unnamed-40d614cc",
    "delegation-led-by-35da2ee5",
    "delegation-led-by-4f9cd133",
    "delegation-led-by-5666d2a9",
    "delegation-led-by-61cb0c7e",
    "delegation-subject-0d050625",
    "delegation-subject-0ee8a172",
    "delegation-subject-48795dad",
    "delegation-subject-892a806b",
    "delegations-091301ca",
    "delegations-0d4f182a",
    "delegations-0dca4822",
    "delegations-4c83bf00",
    "headline-principal-01c43525",
    "headline-principal-02889700",
    "headline-principal-16eff4ff",
    "headline-principal-1fafa4f1",
    "hosted-list-1547df8c",
    "hosted-list-32db43cf",
    "hosted-list-f0c596df",
    "hosted-list-fa34c6bb",
    "neg-conditional-084da01e",
    "neg-conditional-392ef9ab",
    "neg-conditional-4597d94d",
    "neg-conditional-604987b5",
    "neg-counterpart-41cad84f",
    "neg-counterpart-6181e2b5",
    "neg-counterpart-757be58b",
    "neg-counterpart-7b5acd31",
    "neg-message-01f62a8b",
    "neg-message-05bb7c10",
    "neg-message-0e19d710",
    "neg-message-2333aa60",
    "neg-opinion-19de549d",
    "neg-opinion-353d9afb",
    "neg-opinion-447f4a2a",
    "neg-opinion-56176cbe",
    "neg-topic-domestic-4b268468",
    "neg-topic-domestic-5d60d77b",
    "neg-topic-domestic-73e8a9d5",
    "neg-topic-domestic-7b7e0159",
    "neg-urge-347731e7",
    "neg-urge-4b5e6416",
    "neg-urge-695bf965",
    "neg-urge-722fe183",
    "nominal-owner-1b9d01b1",
    "nominal-owner-28c20376",
    "nominal-owner-3e12a5f6",
    "nominal-owner-47224f65",
    "office-only-44cc20f3",
    "office-only-4c548b1d",
    "office-only-56e341a5",
    "office-only-7ff4c7e0",
    "planned-counterpart-019ac33e",
    "planned-counterpart-01eac472",
    "planned-counterpart-09b6c15b",
    "planned-counterpart-34b5f3bb",
    "pronoun-traveler-03e6fa51",
    "pronoun-traveler-09c08566",
    "pronoun-traveler-0abbcb7b",
    "pronoun-traveler-0ae836ca",
    "readout-principal-19a65a24",
    "readout-principal-24c70a6b",
    "readout-principal-2bc76f41",
    "readout-principal-4619968a",
    "separately-together-0aa8bc54",
    "separately-together-0c4b2084",
    "separately-together-1aa6de4a",
    "separately-together-3ec79564",
    "sidelines-leaders-0bef09e8",
    "sidelines-leaders-25cd5f8c",
    "sidelines-leaders-27b3d037",
    "sidelines-leaders-2a22fd79",
    "sidelines-list-00c62e11",
    "sidelines-list-247c6e01",
    "sidelines-list-37b6f5c0",
    "sidelines-list-430f1b07",
    "they-discussed-099ad595",
    "they-discussed-2ba10c14",
    "they-discussed-2c9d3fd5",
    "they-discussed-3bce587f",
    "two-ministers-042a93f3",
    "two-ministers-1f527524",
    "two-ministers-94e0c116",
    "two-ministers-d1ce9932",
    "two-sides-1341a713",
    "two-sides-17cc27f1",
    "two-sides-1e0cce3a",
    "two-sides-1f36e913",
    "visiting-024493bb",
    "visiting-047fd972",
    "visiting-06b9553e",
    "visiting-35c74aae",
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
    doc = _doc(
        "A Latvian delegation led by Deputy Foreign Minister Ilze Ozola called on Samoan "
        "Foreign Minister Tala Mauala in Apia on Monday."
    )
    (meeting,) = _events(doc, "meeting")
    assert _names(doc, meeting) == {"Ilze Ozola", "Tala Mauala"}


def test_welcoming_a_counterparts_statement_is_no_meeting():
    doc = _doc(
        "Samoan Defence Minister Tala Mauala welcomed her Latvian counterpart's statement on "
        "the ceasefire."
    )
    assert _events(doc, "meeting") == []

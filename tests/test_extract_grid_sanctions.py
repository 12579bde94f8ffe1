"""Round 29's sanctions grid (bench/probes/sanctions.py) sampled as tests, and a test on
an invented sentence for each rule the round added: one record per listed target, the
package where a count leads a list apart, no record for calls, delistings and negated
measures. Every name is invented."""

from __future__ import annotations

import hashlib

import pytest
from extract_helpers import _doc, _events, _officials, _sanctions, load_probe

from relations_db.extract import extract


def _grid():
    return load_probe("sanctions")


_G = _grid()
_CASES = {
    f"{c.shape}-{hashlib.sha1(c.text.encode()).hexdigest()[:8]}": c for c in _G.cases()
}
# five cases per shape (the smallest ids that pass), by id: the sample does not depend on
# the grid's order
SAMPLE = [
    "treasury_paragraphs-0a3e17f8",
    "treasury_paragraphs-189f034a",
    "treasury_paragraphs-251e97c8",
    "treasury_paragraphs-2b96a7ef",
    "treasury_paragraphs-408fe452",
    "treasury_also-2381686a",
    "treasury_also-29cca518",
    "treasury_also-2ebfd872",
    "treasury_also-3dedc2da",
    "treasury_also-43511a18",
    "action_targets-04e39643",
    "action_targets-0bc7cd7f",
    "action_targets-2b715a12",
    "action_targets-30bc4d84",
    "action_targets-36f4d5f8",
    "vessels-12fe14dd",
    "vessels-45f07046",
    "vessels-57b46131",
    "vessels-709c1aee",
    "vessels-75e70f34",
    "eu_those_listed-022a0ae6",
    "eu_those_listed-27116561",
    "eu_those_listed-29848585",
    "eu_those_listed-2b48f445",
    "eu_those_listed-387585f4",
    "eu_concern-00901c9e",
    "eu_concern-0c8f5070",
    "eu_concern-141d452d",
    "eu_concern-1ebb73f0",
    "eu_concern-2c981331",
    "following_bullets-06d1bdd4",
    "following_bullets-1ea57611",
    "following_bullets-1ef62843",
    "following_bullets-2dc3b481",
    "following_bullets-4108cc4b",
    "role_sanctioned-07e65c10",
    "role_sanctioned-21eca8cc",
    "role_sanctioned-3a5ad368",
    "role_sanctioned-4aac0eb1",
    "role_sanctioned-4e75f80d",
    "subordinate_today-04171aa9",
    "subordinate_today-09a4a452",
    "subordinate_today-15691568",
    "subordinate_today-357dc874",
    "subordinate_today-590a3f07",
    "counted_including-028191ec",
    "counted_including-0440a7ad",
    "counted_including-0b680e63",
    "counted_including-0ff4aed9",
    "counted_including-22bfe232",
    "aliases-066501b3",
    "aliases-16b38ce1",
    "aliases-1d9e06dd",
    "aliases-25ee6273",
    "aliases-42ebea85",
    "japan_mof-20ab5a28",
    "japan_mof-2c4ce464",
    "japan_mof-363ffcc7",
    "japan_mof-53cdce55",
    "japan_mof-5c6c2707",
    "seco_added-0133d736",
    "seco_added-1a0927db",
    "seco_added-1bfb5107",
    "seco_added-77649939",
    "seco_added-9a899422",
    "ministers_first_person-09e0f3ae",
    "ministers_first_person-258e91f5",
    "ministers_first_person-4048a45e",
    "ministers_first_person-66f651d3",
    "ministers_first_person-6791b503",
    "firm_country_based-14c0cf51",
    "firm_country_based-28947cf3",
    "firm_country_based-444bfa1c",
    "firm_country_based-4c0da51a",
    "firm_country_based-4c422300",
    "neg_stock_exchange-1426adc6",
    "neg_stock_exchange-2001ec6f",
    "neg_stock_exchange-208a90e0",
    "neg_stock_exchange-37cb3d3b",
    "neg_stock_exchange-3db54504",
    "neg_listed_other-76e3d7cc",
    "neg_listed_other-ce174bd4",
    "neg_listed_other-de180866",
    "neg_listed_other-e5a6a500",
    "neg_calls-0621d274",
    "neg_calls-2e96306f",
    "neg_calls-3d173ea5",
    "neg_calls-420a0479",
    "neg_calls-4537ee40",
    "neg_evasion-1d090556",
    "neg_evasion-1d467efd",
    "neg_evasion-271c210f",
    "neg_evasion-49333160",
    "neg_evasion-65cbeb8a",
    "neg_delisted-0025d45b",
    "neg_delisted-0ba9ad3c",
    "neg_delisted-0c114434",
    "neg_delisted-20fe6da9",
    "neg_delisted-22263cbc",
    "neg_designated_role-03b80c1d",
    "neg_designated_role-0c0e30ee",
    "neg_designated_role-11d25cd6",
    "neg_designated_role-4193287b",
    "neg_designated_role-4f5fcf6d",
    "future_listing-0022a204",
    "future_listing-153df0ae",
    "future_listing-166de23f",
    "future_listing-201ab3e7",
    "future_listing-2226d206",
    "modal_possible-11227b0a",
    "modal_possible-146f3ead",
    "modal_possible-2fcd41b5",
    "modal_possible-36cfb2e3",
    "modal_possible-3df5bf41",
    "neg_not_imposed-111b7600",
    "neg_not_imposed-13752010",
    "neg_not_imposed-225560ce",
    "neg_not_imposed-37906327",
    "neg_not_imposed-4a880b71",
]


@pytest.mark.parametrize("case_id", SAMPLE)
def test_grid_case(case_id):
    case = _CASES[case_id]
    doc = extract(case.text, published=case.published, publisher=case.publisher)
    ok, why = _G.judge(case, doc)
    assert ok, why


_TREASURY = {"published": "2025-06-12", "publisher": "U.S. Department of the Treasury"}
_COUNCIL = {"published": "2025-06-12", "publisher": "Council of the EU"}


def _targets(doc) -> list[tuple]:
    return [(who, imposer) for who, _, _, imposer in _sanctions(doc)]


def test_a_bare_list_of_names_after_a_measure_is_a_list_of_people():
    doc = _doc(
        "The UK has today sanctioned Tomas Ilyich Brezhko and Ruslan Olegovich Varga for "
        "their role in attacks on civilians in Russia.",
        published="2025-06-12",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert _officials(doc) == {"Tomas Ilyich Brezhko": "RU", "Ruslan Olegovich Varga": "RU"}
    assert _targets(doc) == [("Ruslan Olegovich Varga", "GB"), ("Tomas Ilyich Brezhko", "GB")]


def test_a_list_of_firms_is_no_list_of_people():
    doc = _doc(
        "Canada is imposing sanctions on Banco Peral and Peral Air for their role in the "
        "scheme.",
        publisher="Global Affairs Canada",
    )
    assert _officials(doc) == {}


def test_names_with_particles_are_one_person_each():
    doc = _doc(
        "OFAC today sanctioned Yusuf bin Rashid al-Dhaheri and Carlos Andrés de la Peña for "
        "moving funds for Iran's military.",
        **_TREASURY,
    )
    assert {"Yusuf bin Rashid al-Dhaheri", "Carlos Andrés de la Peña"} <= set(_officials(doc))


def test_a_nationality_apposition_makes_a_person_of_that_country():
    doc = _doc(
        "OFAC also designated Lotus Vale Co., Ltd., a Ningbo-based firm that shipped the "
        "parts, and Qiu Lanfang, a Chinese national who directs its sales.",
        **_TREASURY,
    )
    assert _officials(doc)["Qiu Lanfang"] == "CN"
    assert _targets(doc) == [("Lotus Vale Co., Ltd.", "US"), ("Qiu Lanfang", "US")]


def test_the_lead_of_a_bulleted_list_is_no_record_of_its_own():
    doc = _doc(
        "The Council today decided to impose restrictive measures on the following "
        "individuals:\n\n- Pavel Ivanovich Sorokov, a commander of the Russian army;\n"
        "- Irina Petrovna Lazhina, a Russian arms dealer.",
        **_COUNCIL,
    )
    assert _targets(doc) == [("Irina Petrovna Lazhina", "EU"), ("Pavel Ivanovich Sorokov", "EU")]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups urged the government to sanction Karim Haddadi, a Syrian general.",
        "Several lawmakers called for sanctions against Omar Baydun Saleh.",
        "OFAC today removed Omar Baydun Saleh from the sanctions list after his death.",
        "The Treasury has not sanctioned Omar Baydun Saleh, a Syrian businessman.",
    ],
)
def test_calls_delistings_and_negated_measures_are_no_sanction(text):
    assert _events(_doc(text, **_TREASURY), "sanction") == []


def test_a_body_of_no_country_named_that_adds_to_the_list_is_the_publishers():
    doc = _doc(
        "The Federal Department of Economic Affairs today added Yury Ivanovich Dronov and "
        "Oleg Sergeyevich Pankin, two Russian businessmen, to the sanctions list.",
        published="2025-06-12",
        publisher="State Secretariat for Economic Affairs (Switzerland)",
    )
    assert {imposer for _, imposer in _targets(doc)} == {"CH"}
    assert _officials(doc) == {"Yury Ivanovich Dronov": "RU", "Oleg Sergeyevich Pankin": "RU"}


def test_a_minister_in_the_first_person_imposes_for_the_home_government():
    doc = _doc(
        "Today I am announcing targeted financial sanctions on Min Aung Soe and Khin Mar "
        "Thet, two Burmese officials.",
        published="2025-06-12",
        publisher="Australian Minister for Foreign Affairs",
    )
    assert {imposer for _, imposer in _targets(doc)} == {"AU"}
    other = _doc("I won't speak for Brazil on sanctions.", published="2025-06-12")
    assert _events(other, "sanction") == []


def test_a_passive_subject_list_is_the_target_and_the_publisher_imposes():
    doc = _doc(
        "Ilya Borisovich Tarkov, a Russian general, and Vera Nikolaevna Osina, a Russian "
        "militia leader, were sanctioned today for their role in attacks on civilians.",
        published="2025-06-12",
        publisher="New Zealand Government",
    )
    assert _targets(doc) == [("Ilya Borisovich Tarkov", "NZ"), ("Vera Nikolaevna Osina", "NZ")]


def test_the_action_as_subject_targets_its_objects():
    doc = _doc(
        "Today's action targets Halvard Shipping OOO, Merrow Marine JSC and Tessel Lines OOO, "
        "which procure machine tools.",
        **_TREASURY,
    )
    assert {imposer for _, imposer in _targets(doc)} == {"US"}
    assert len(_targets(doc)) == 3


def test_the_listings_concern_takes_the_day_of_the_lead():
    doc = _doc(
        "The Council today imposed restrictive measures on an additional four individuals "
        "and one entity. The listings concern officers and propagandists, including Gleb "
        "Andreyevich Zorin, a Russian military intelligence officer, and the Main Directorate "
        "of Border Control.",
        **_COUNCIL,
    )
    found = _sanctions(doc)
    assert ("Gleb Andreyevich Zorin", "2025-06-12", "held", "EU") in found
    assert ("Main Directorate of Border Control", "2025-06-12", "held", "EU") in found


def test_vessels_named_with_imo_numbers_are_a_measure_each():
    doc = _doc(
        "Today, OFAC designated Corvale Tankers LLC. OFAC is also identifying the NORTHERN "
        "WREN (IMO 9412345) and the SILVER HERON (IMO 9523456) as blocked property in which "
        "Corvale Tankers LLC has an interest.",
        **_TREASURY,
    )
    assert _sanctions(doc) == [
        ("Corvale Tankers LLC", "2025-06-12", "held", "US"),
        ("NORTHERN WREN", "2025-06-12", "held", "US"),
        ("SILVER HERON", "2025-06-12", "held", "US"),
    ]


def test_a_count_before_a_colon_list_is_a_package_and_including_names_a_sample():
    colon = _doc(
        "Japan has decided today to implement asset freeze measures against two individuals "
        "and one entity related to North Korea: Ri Kwang-sok, Kang Myong-chol and the Korea "
        "Taesong Bureau.",
        published="2025-06-12",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert [who for who, _ in _targets(colon)] == [
        "Kang Myong-chol",
        "Korea Taesong Bureau",
        "Ri Kwang-sok",
        "two individuals and one entity",
    ]
    including = _doc(
        "The Australian Government has today imposed sanctions on five Iranian individuals, "
        "including Reza Tavallaei, a senior prosecutor, and Parviz Sohrabi, a deputy minister.",
        published="2025-06-12",
        publisher="Australian Minister for Foreign Affairs",
    )
    assert [who for who, _ in _targets(including)] == ["Parviz Sohrabi", "Reza Tavallaei"]


def test_an_unnamed_home_office_that_announces_sanctions_imposes_them():
    doc = _doc(
        "The Foreign Secretary today announced sanctions against six Iranian individuals, "
        "including Reza Tavallaei, a senior prosecutor.",
        published="2025-06-12",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert _targets(doc) == [("Reza Tavallaei", "GB")]


def test_designated_today_in_a_subordinate_clause_targets_the_name_before_it():
    doc = _doc(
        "Mehdi Hossein Jafarzadeh, an Iranian financier designated today under the "
        "counter-terrorism authority, moved funds for the network. Leila Ghasemlou, who was "
        "also designated today, laundered the proceeds through Shiraz.",
        **_TREASURY,
    )
    assert _targets(doc) == [("Leila Ghasemlou", "US"), ("Mehdi Hossein Jafarzadeh", "US")]
    assert _officials(doc) == {"Mehdi Hossein Jafarzadeh": "IR", "Leila Ghasemlou": "IR"}


def test_an_alias_in_brackets_keeps_the_list_whole():
    doc = _doc(
        "OFAC today designated Ri Myong-su (a.k.a. Ri Sokhan), a North Korean national who "
        "runs the network, and Pine Harbor Trading Co., Ltd. (Pine), the front company he "
        "controls.",
        **_TREASURY,
    )
    assert _targets(doc) == [("Pine Harbor Trading Co., Ltd.", "US"), ("Ri Myong-su", "US")]


def test_where_a_firm_is_based_is_not_part_of_its_name():
    doc = _doc("The Council also listed Mersin-based Tarsus Optics Ltd. today.", **_COUNCIL)
    assert [who for who, _ in _targets(doc)] == ["Tarsus Optics Ltd."]


def test_a_measure_a_government_might_take_is_tentative():
    doc = _doc(
        "The United States might designate Osman Idris Kabbashi, a Sudanese businessman, if "
        "the attacks continue.",
        **_TREASURY,
    )
    assert _sanctions(doc) == [("Osman Idris Kabbashi", None, "tentative", "US")]


def test_two_imposers_and_two_targets_are_four_measures():
    doc = _doc(
        "The United Kingdom and Canada sanctioned Pierre Duvalon and Jean Estime for their "
        "role in gang violence in Haiti.",
        published="2025-06-12",
        publisher="Global Affairs Canada",
    )
    assert _officials(doc) == {"Pierre Duvalon": "HT", "Jean Estime": "HT"}  # (not the UK)
    assert sorted(_targets(doc)) == [
        ("Jean Estime", "CA"),
        ("Jean Estime", "GB"),
        ("Pierre Duvalon", "CA"),
        ("Pierre Duvalon", "GB"),
    ]


def test_a_bank_opening_a_list_before_its_president_is_a_target_too():
    doc = _doc(
        "Canada is also imposing sanctions on Banco Peral and its president, Ramón Ortiz "
        "Lugo.",
        publisher="Global Affairs Canada",
    )
    assert sorted(who for who, _ in _targets(doc)) == ["Banco Peral", "Ramón Ortiz Lugo"]


def test_a_firm_with_its_legal_form_is_no_person():
    doc = _doc(
        "Kestrel Aviation Private Limited is a Mumbai-based company that sold parts to Iran. "
        "OFAC today sanctioned two individuals and one entity. Among those designated today "
        "is Douro Fine Chemicals Co., Ltd., a Porto-based supplier.",
        **_TREASURY,
    )
    assert "Kestrel Aviation Private Limited" not in _officials(doc)
    assert not any("Douro" in name for name in _officials(doc))


def test_the_sanctions_as_subject_target_the_names_after_them():
    doc = _doc(
        "New Zealand today announced new sanctions in response to Russia's attacks. The new "
        "sanctions target Ivan Petrovich Rusakov, Sergei Olegovich Zorin and Pavel Ilyich "
        "Kurgan, three Russian commanders.",
        published="2025-06-12",
        publisher="New Zealand Government",
    )
    # (the announcement with no object is no record of its own; "in response to" is its
    # reason, no target)
    assert _sanctions(doc) == [
        ("Ivan Petrovich Rusakov", "2025-06-12", "held", "NZ"),
        ("Pavel Ilyich Kurgan", "2025-06-12", "held", "NZ"),
        ("Sergei Olegovich Zorin", "2025-06-12", "held", "NZ"),
    ]


def test_another_states_actions_that_target_something_are_no_measure():
    doc = _doc("Russia's actions target Ukraine's energy grid.", **_TREASURY)
    assert _events(doc, "sanction") == []


def test_a_firms_short_name_in_brackets_is_no_person():
    doc = _doc(
        "Today, OFAC sanctioned one individual and one entity. Anatolia Motor Parts A.Ş. "
        "(Anatolia Motor) is an Istanbul-based company. Anatolia Motor is being designated "
        "pursuant to E.O. 13382.",
        **_TREASURY,
    )
    assert not any("Anatolia" in name for name in _officials(doc))


def test_a_nationality_gives_its_country_to_a_titled_officer():
    doc = _doc(
        "OFAC today designated Gulf Horizon General Trading LLC, a Dubai-based firm, and its "
        "director, Saeed Obaid al-Falasi, an Emirati national.",
        **_TREASURY,
    )
    assert _officials(doc)["Saeed Obaid al-Falasi"] == "AE"


def test_an_apposition_whose_relative_clause_names_a_network_is_still_a_persons():
    doc = _doc(
        "OFAC is also designating Hamid Reza Tabatabaei, an Iranian procurement agent who "
        "coordinated the network, and Parisa Kahnamouei, who managed its accounts.",
        **_TREASURY,
    )
    assert _officials(doc) == {"Hamid Reza Tabatabaei": "IR", "Parisa Kahnamouei": "IR"}


def test_bodies_among_semicolon_items_are_a_measure_each():
    doc = _doc(
        "Those listed today include Ilan Mironovich Shorev, a Russian businessman who "
        "finances a bloc; Marina Vasilievna Tauber, a member of parliament; the political "
        "party Dawn Front; and Evrazia, an organisation used to channel Russian funds.",
        **_COUNCIL,
    )
    assert {who for who, _ in _targets(doc)} >= {"Dawn Front", "Evrazia"}


def test_a_threat_of_sanctions_is_no_measure():
    doc = _doc(
        "The UK will not hesitate to impose further sanctions on those responsible.",
        published="2025-06-12",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert _events(doc, "sanction") == []


def test_the_regime_a_measure_is_in_relation_to_is_its_target_country():
    doc = _doc(
        "The EU first imposed restrictive measures in relation to Moldova in April 2023.",
        **_COUNCIL,
    )
    assert [s["target"].get("country") for s in _events(doc, "sanction")] == ["MD"]


def test_numbered_lines_under_headings_are_the_following_targets():
    doc = _doc(
        "The Government of Japan has today decided to implement measures to freeze the assets "
        "of the following 2 individuals and 1 entity in relation to North Korea.\n\n"
        "(1) Individuals\n1. KIM Chol-jun, a North Korean procurement agent\n"
        "2. RI Hyon-su, a North Korean IT worker\n\n(2) Entity\n1. Chosun Expo Joint Venture",
        published="2025-06-12",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    assert _officials(doc) == {"KIM Chol-jun": "KP", "RI Hyon-su": "KP"}
    assert [who for who, _ in _targets(doc)] == [
        "2 individuals and 1 entity",
        "Chosun Expo Joint Venture",
        "KIM Chol-jun",
        "RI Hyon-su",
    ]


def test_these_include_names_targets_only_after_a_measure():
    doc = _doc(
        "The Albanese Government is today imposing targeted financial sanctions on five "
        "individuals. These include Dmitri Sergeyevich Volkov, the administrator of a "
        "ransomware group, and Artem Pavlovich Chernykh, a Russian developer.",
        published="2025-06-12",
        publisher="Australian Minister for Foreign Affairs",
    )
    assert {"Dmitri Sergeyevich Volkov", "Artem Pavlovich Chernykh"} <= {
        who for who, _ in _targets(doc)
    }
    alone = _doc("These include Dmitri Sergeyevich Volkov and Artem Pavlovich Chernykh.")
    assert _events(alone, "sanction") == []


def test_a_passive_subject_list_of_bare_names_is_a_list_of_people():
    doc = _doc(
        "Ahmed Said al-Kuwaiti and Yusuf Ali Bashir have been designated for their roles in "
        "financing the network.",
        **_TREASURY,
    )
    assert [who for who, _ in _targets(doc)] == ["Ahmed Said al-Kuwaiti", "Yusuf Ali Bashir"]
    assert "KW" not in _officials(doc).values()  # ("al-Kuwaiti": a nisba, no country)


def test_a_firm_after_a_possessive_apposition_closes_the_list():
    doc = _doc(
        "OFAC designated Nguyen Thi Lan, a Vietnamese broker, Tran Van Minh, her business "
        "partner, and Hanoi Star Trading Co., Ltd.",
        **_TREASURY,
    )
    assert "Hanoi Star Trading Co., Ltd." in {who for who, _ in _targets(doc)}


def test_a_nationality_and_a_noun_before_each_name_list_people_and_a_firm():
    doc = _doc(
        "The UK today imposed sanctions on Sudanese businessman Awad Karim Adam, Sudanese "
        "general Idris Babiker Osman and Turkish firm Kestrel Optics A.Ş. over drones.",
        published="2025-06-12",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert _officials(doc) == {"Awad Karim Adam": "SD", "Idris Babiker Osman": "SD"}
    assert sorted(who for who, _ in _targets(doc)) == [
        "Awad Karim Adam",
        "Idris Babiker Osman",
        "Kestrel Optics A.Ş.",
    ]


def test_an_appointment_as_an_envoy_is_no_designation():
    doc = _doc(
        "Prime Minister Lena Varga designated Foreign Minister Pal Kiss and Defence Minister "
        "Ede Toth as special envoys.",
        publisher="Ministry of Foreign Affairs of Hungary",
    )
    assert _events(doc, "sanction") == []
    kept = _doc(
        "OFAC is also designating Chen Yuping, the general manager of the firm, who arranged "
        "shipments disguised as dog food.",
        **_TREASURY,
    )
    assert [who for who, _ in _targets(kept)] == ["Chen Yuping"]


def test_measures_that_target_a_policy_aim_are_no_sanction():
    doc = _doc("Our measures target inflation and unemployment.", **_TREASURY)
    assert _events(doc, "sanction") == []


def test_a_list_of_people_may_close_with_a_body():
    doc = _doc(
        "Australia has today sanctioned Rostam Ghasemi-Nejad, Majid Farahani and the Basij "
        "Cooperative Foundation for their role in the crackdown in Iran.",
        published="2025-06-12",
        publisher="Australian Minister for Foreign Affairs",
    )
    assert _officials(doc) == {"Rostam Ghasemi-Nejad": "IR", "Majid Farahani": "IR"}
    assert "Basij Cooperative Foundation" in {who for who, _ in _targets(doc)}


def test_designations_as_subjects_of_sanctions_and_by_other_bodies():
    korea = _doc(
        "The Government of the Republic of Korea today designated 11 individuals and 4 "
        "entities as subjects of financial sanctions.",
        published="2025-06-12",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert _targets(korea) == [("11 individuals and 4 entities", "KR")]
    un = _doc(
        "The Security Council Committee added Abu Bakr Hamid al-Tayyib, a Sudanese militia "
        "commander, to its sanctions list on Friday.",
        published="2025-06-12",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert _targets(un) == [("Abu Bakr Hamid al-Tayyib", "UN")]
    ofac = _doc(
        "Today, OFAC designated six individuals, including Venezuelan Minister of Defense "
        "Vladimir Padrino, for corruption.",
        published="2025-06-12",
        publisher="Ministry of Foreign Affairs of the Republic of Korea",
    )
    assert {imposer for _, imposer in _targets(ofac)} == {"US"}

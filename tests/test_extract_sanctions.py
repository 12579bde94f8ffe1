"""Extraction tests of the sanctions an extraction finds: which words make a measure and
which do not, who imposes it and who or what each measure targets. Every test runs on an
invented sentence, none taken from the development corpus."""

from __future__ import annotations

import pytest
from extract_helpers import PUB, _doc, _events, _names, _officials, _sanctions, _surnames


def test_sanctions_the_two_leaders_resolve_on_are_imposed_by_each_country():
    doc = _doc(
        "President Biden met President Ortiz of Uruguay today. They resolved to continue "
        "to impose costs on Russia."
    )
    assert {s["imposer"] for s in _events(doc, "sanction")} == {"US", "UY"}


def test_a_country_that_modifies_a_noun_does_not_impose_sanctions():
    doc = _doc(
        "Reporters asked whether the new Venezuela policy will rely on engagement or "
        "sanctions or other pressure options."
    )
    assert _events(doc, "sanction") == []


def test_a_country_before_its_sanctions_imposes_them():
    doc = _doc("Canada imposed sanctions on Myanmar's military leaders last month.")
    (sanction,) = _events(doc, "sanction")
    assert sanction["imposer"] == "CA" and sanction["date"] == "2024-02"


def test_helping_a_country_evade_sanctions_is_not_a_sanction():
    doc = _doc("Analysts say Minsk is helping Tehran avoid some of the oil sanctions.")
    assert _events(doc, "sanction") == []


def test_designations_and_visa_restrictions_are_sanctions_on_their_own_targets():
    doc = _doc(
        "The Treasury Department designated five entities in Iran last week. The State "
        "Department imposed visa restrictions on officials of Nicaragua."
    )
    targets = sorted(s["target"]["country"] for s in _events(doc, "sanction"))
    assert targets == ["IR", "NI"]
    assert {s["imposer"] for s in _events(doc, "sanction")} == {"US"}


def test_the_sanctioned_entities_are_the_target_not_whom_they_supplied():
    doc = _doc(
        "The Treasury Department today imposed sanctions on six entities in Malaysia that "
        "supplied drone parts to Iran."
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["imposer"] == "US" and sanction["target"]["country"] == "MY"


def test_new_and_standing_sanctions_are_two_records():
    doc = _doc(
        "The United States imposed new sanctions on Cuba’s military conglomerate GAESA "
        "last week. Existing U.S. sanctions on Cuba remain in force."
    )
    sanctions = _events(doc, "sanction")
    assert len(sanctions) == 2 and {s["imposer"] for s in sanctions} == {"US"}
    assert {s["target"]["country"] for s in sanctions} == {"CU"}
    assert sorted(str(s.get("date")) for s in sanctions) == ["2024-02-26/2024-03-03", "None"]


def test_a_weekday_after_sanctioned_is_no_target():
    doc = _doc("The European Union sanctioned two Belarusian officials on Monday.")
    assert all(
        (s.get("target") or {}).get("organization") != "Monday" for s in _events(doc, "sanction")
    )


def test_restrictions_a_named_institution_imposed_have_its_country():
    doc = _doc(
        "This builds on the visa restrictions the Foreign Ministry imposed on Monday on "
        "some 200 individuals.",
        publisher="Ministry of Foreign Affairs of Uruguay",
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["imposer"] == "UY" and sanction["date"] == "2024-03-04"


def test_departments_of_a_government_impose_its_sanctions():
    doc = _doc(
        "He noted that the Departments of the Treasury and Commerce in May imposed sanctions on "
        "more than 20 PRC-based entities.",
        publisher="U.S. Department of State",
    )
    assert [(s["imposer"], s["date"]) for s in _events(doc, "sanction")] == [("US", "2023-05")]


def test_restrictive_measures_the_publishing_council_adopts_against_counted_targets():
    doc = _doc(
        "The Council today adopted restrictive measures against 12 individuals and 2 entities "
        "responsible for undermining the sovereignty of Armenia. The EU has also imposed "
        "restrictive measures on Belarus for its support to the war.",
        published="2024-12-16",
        publisher="Council of the European Union",
    )
    sanctions = [
        (s["imposer"], s["target"].get("description"), s.get("date"))
        for s in _events(doc, "sanction")
    ]
    assert sanctions == [
        ("EU", "12 individuals and 2 entities", "2024-12-16"),
        ("EU", "Belarus", None),
    ]


def test_a_treasury_release_counts_its_targets_and_keeps_concurrent_measures_apart():
    doc = _doc(
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control "
        "sanctioned seven individuals and five entities based in Turkey for facilitating "
        "Iran's oil trade. The Department of State is concurrently designating two vessels. "
        "Since May 2018, the United States has sanctioned more than 600 persons involved in "
        "Iran's petroleum trade.",
        published="2024-05-09",
        publisher="U.S. Department of the Treasury",
    )
    sanctions = [
        (s.get("imposer"), s["target"]["description"], s.get("date"))
        for s in _events(doc, "sanction")
    ]
    assert sanctions == [
        ("US", "seven individuals and five entities", "2024-05-09"),
        ("US", "two vessels", "2024-05-09"),
        ("US", "more than 600 persons", "2018-05/2024-05"),
    ]


def test_measures_on_two_countries_are_one_each_and_strikes_recalled_are_past():
    doc = _doc(
        "The EU has also imposed restrictive measures on Belarus and Iran for their military "
        "support to Russia. You will recall the Iranian strike in Panjgur on 16 January.",
        published="2024-03-22",
        publisher="Council of the European Union",
    )
    assert [s["target"]["country"] for s in _events(doc, "sanction")] == ["BY", "IR"]
    assert [(i["status"], i["date"]) for i in _events(doc, "incident")] == [("held", "2024-01-16")]


def test_officials_aligned_with_a_leader_are_the_target_not_the_leader():
    doc = _doc(
        "Today, the Treasury sanctioned twelve officials aligned with Nicolas Maduro, including "
        "Supreme Court Justice Ana Ruiz, for obstructing the election.",
        publisher="U.S. Department of the Treasury",
    )
    by_id = {o["id"]: o for o in doc.get("officials", [])}
    targets = [by_id[s["target"]["official"]]["name"] for s in _events(doc, "sanction")]
    assert targets == ["Ana Ruiz"]
    assert _officials(doc).get("Nicolas Maduro", "VE") == "VE"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said Chile has not imposed sanctions on Belarus and will keep trading.",
        "Norway has not joined the sanctions against Venezuela.",
        "Ghana urges the African Union to adopt sanctions against the junta without delay.",
        "The order authorizes sanctions against persons who threaten the stability of Mali.",
        "We discussed sanctions evasion with our Turkish counterparts.",
        "They called for full implementation of the sanctions the Security Council has imposed "
        "on the DPRK.",
        "Both sides backed UN sanctions on Haiti's gangs.",
    ],
)
def test_sanctions_refused_urged_authorised_or_imposed_by_the_un_are_no_measure(sentence):
    doc = _doc(sentence, published="2025-01-07", publisher="Ministry of Foreign Affairs of Peru")
    assert _events(doc, "sanction") == []


def test_restrictions_imposed_by_a_country_on_a_target_are_that_countrys_on_that_target():
    doc = _doc(
        "Minister Sergei Orlov said that the restrictions imposed by Japan on Russian insurers "
        "hamper trade.",
        published="2022-08-01",
        publisher="Ministry of Foreign Affairs of the Russian Federation",
    )
    [sanction] = _events(doc, "sanction")
    assert sanction["imposer"] == "JP"
    assert sanction["target"].get("country") == "RU"
    assert "official" not in sanction["target"]


def test_designated_a_former_president_and_a_current_vice_president_is_a_measure_each():
    doc = _doc(
        "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "designated former President of Bolivia Carlos Mendez Rojas and current Bolivian Vice "
        "President Luis Arce Pinto for their involvement in corruption.",
        published="2023-01-26",
        publisher="U.S. Department of the Treasury",
    )
    targets = sorted(s["target"].get("official", "") for s in _events(doc, "sanction"))
    assert targets == ["carlos-mendez-rojas", "luis-arce-pinto"]
    assert {s["date"] for s in _events(doc, "sanction")} == {"2023-01-26"}


def test_designated_as_an_adjective_and_designating_suppliers():
    doc = _doc(
        "Concurrently, the Department of State is designating two PRC-based electronics "
        "suppliers. All property of the designated persons described above is blocked.",
        published="2025-04-01",
        publisher="U.S. Department of the Treasury",
    )
    [sanction] = _events(doc, "sanction")
    assert sanction["target"]["description"] == "two PRC-based electronics suppliers"


def test_designated_counted_companies_and_one_individual_is_a_measure_each():
    doc = _doc(
        "Today, OFAC designated seven companies based in the United Arab Emirates and one "
        "individual, Malian national Sekou Traore, the network's head of logistics.",
        published="2025-01-07",
        publisher="U.S. Department of the Treasury",
    )
    targets = [
        s["target"].get("official") or s["target"].get("description")
        for s in _events(doc, "sanction")
    ]
    assert sorted(targets) == ["sekou-traore", "seven companies"]


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        # a measure on each named company, not on a person named later in the sentence
        (
            "The Treasury sanctioned Novaneft and Baltgaz, Ruritania's two largest energy "
            "companies, because President Ivan Volkov has refused to negotiate.",
            "U.S. Department of the Treasury",
            ["Baltgaz", "Novaneft"],
        ),
        # counted conglomerates named with acronyms: a measure each
        (
            "The Government is today imposing sanctions on two military-owned conglomerates, "
            "Northern Economic Holdings Limited (NEHL) and Eastern Trading Corporation (ETC).",
            "Minister for Foreign Affairs of Australia",
            ["Eastern Trading Corporation", "Northern Economic Holdings Limited"],
        ),
    ],
)
def test_sanctions_on_named_organisations_are_a_measure_on_each(text, publisher, expected):
    doc = _doc(text, published="2025-01-07", publisher=publisher)
    targets = sorted(s["target"].get("organization", "") for s in _events(doc, "sanction"))
    assert targets == expected


def test_sanctions_announced_by_a_list_of_countries_are_one_measure_per_imposer():
    doc = _doc(
        "On Monday, Norway, Iceland and Switzerland imposed sanctions on three Ruritanian "
        "banks.",
        published="2023-02-01",
        publisher="Minister for Foreign Affairs of Australia",
    )
    assert sorted(s["imposer"] for s in _events(doc, "sanction")) == ["CH", "IS", "NO"]


def test_those_listed_include_a_and_b_is_a_measure_on_each():
    doc = _doc(
        "Norway is today imposing sanctions on 12 members of the junta. Those listed include "
        "the Commander-in-Chief of the Myanmar armed forces, Senior General Aung Kyaw, and the "
        "Deputy Commander-in-Chief, General Tun Win.",
        published="2023-02-01",
        publisher="Government of Norway",
    )
    targets = {s["target"].get("official") for s in _events(doc, "sanction")}
    assert {"aung-kyaw", "tun-win"} <= targets


def test_a_company_named_with_its_legal_form_after_designated_is_a_target():
    doc = _doc(
        "Today, OFAC sanctioned five entities based in Portugal. Among those designated today is "
        "Douro Fine Chemicals Co., Ltd., a Porto-based supplier. Separately, OFAC designated "
        "Lisbon-based Atlantic Blue Logistics Ltd., which shipped chemicals to cartels.",
        published="2023-10-03",
        publisher="U.S. Department of the Treasury",
    )
    targets = {(s.get("target") or {}).get("organization") for s in _events(doc, "sanction")}
    assert {"Douro Fine Chemicals Co., Ltd.", "Atlantic Blue Logistics Ltd."} <= targets


def test_added_a_count_of_people_to_an_entry_ban_list_is_a_sanction():
    doc = _doc(
        "The Minister of the Interior has added 14 Belarusian citizens involved in organising "
        "the flights to the list of foreigners whose entry into the Republic of Latvia is "
        "prohibited.",
        published="2025-10-27",
        publisher="Ministry of Foreign Affairs of Latvia",
    )
    targets = [(s.get("target") or {}).get("description") for s in _events(doc, "sanction")]
    assert targets == ["14 Belarusian citizens"]


def test_sanctions_imposed_by_a_countrys_agency_have_that_imposer():
    doc = _doc(
        "The designations follow the sanctions imposed by Mexico's Financial Intelligence Unit on "
        "several of the same suppliers last month.",
        published="2023-10-03",
        publisher="U.S. Department of the Treasury",
    )
    assert [(s.get("imposer"), s.get("date")) for s in _events(doc, "sanction")] == [
        ("MX", "2023-09")
    ]


def test_opposing_unilateral_sanctions_as_a_tool_is_no_sanction():
    doc = _doc(
        "The spokesperson said Brazil firmly opposes the abuse of illegal unilateral sanctions "
        "and rejects unilateral sanctions against developing countries.",
        publisher="Ministry of Foreign Affairs of Brazil",
    )
    assert _events(doc, "sanction") == []


def test_a_department_adding_entities_to_a_list_is_the_imposer_not_their_country():
    doc = _doc(
        "She said the Department of Commerce added seven PRC-based firms to the Entity List "
        "last week for supplying drones to Russia."
    )
    sanctions = _events(doc, "sanction")
    assert sanctions and {s["imposer"] for s in sanctions} == {"US"}


def test_people_named_without_a_title_in_a_list_of_sanction_targets_are_targets():
    doc = _doc(
        "Today, the Minister of Foreign Affairs announced sanctions against three individuals "
        "who finance armed groups in Bolivia. The individuals sanctioned today are Tomas "
        "Quispe Mamani, a former senator; Lidia Arce Vaca, who owns a mining "
        "company in Oruro; and Rufino Choque, a businessman based in Potosi. The first "
        "individual listed, on November 4, 2022, was Éloy Ticona, a former mayor of El Alto.",
        publisher="Global Affairs Canada",
    )
    got = _officials(doc)
    for name in ("Tomas Quispe Mamani", "Lidia Arce Vaca", "Rufino Choque", "Éloy Ticona"):
        assert got.get(name) == "BO", got
    targets = {s["target"].get("official") for s in _events(doc, "sanction")}
    by_id = {o["id"]: o["name"] for o in doc["officials"]}
    assert {by_id.get(t) for t in targets} >= {"Tomas Quispe Mamani", "Rufino Choque"}


def test_targets_profiled_after_a_counted_designation_are_each_a_measure():
    doc = _doc(
        "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control "
        "(OFAC) sanctioned two individuals and two entities based in Panama and Türkiye for "
        "supplying drone engines to the juntas of the Sahel. Panama-based Jorge Alvarado Ruiz, a "
        "logistics broker, arranges shipments of engines from suppliers in Asia. Ayse Demir, an "
        "Ankara-based accountant, moves the proceeds through shell companies. Kuzey Motor and "
        "Parts Ltd., an Ankara-based engine maker, has sold engines to Alvarado since 2021. Its "
        "owner, Mehmet Kaya, is also designated today.",
        published="2024-06-17",
        publisher="U.S. Department of the Treasury",
    )
    assert _officials(doc) == {"Jorge Alvarado Ruiz": "PA", "Ayse Demir": "TR", "Mehmet Kaya": "TR"}
    by_id = {o["id"]: o["name"] for o in doc["officials"]}
    got = sorted(
        (s["date"], s.get("imposer"), by_id.get(s["target"].get("official"))
         or s["target"].get("organization") or s["target"].get("description"))
        for s in _events(doc, "sanction")
    )
    assert got == sorted(
        ("2024-06-17", "US", t)
        for t in (
            "two individuals and two entities",
            "Jorge Alvarado Ruiz",
            "Ayse Demir",
            "Kuzey Motor and Parts Ltd.",
            "Mehmet Kaya",
        )
    )


def test_a_profile_without_a_counted_designation_is_no_target():
    doc = _doc(
        "Maria Lopez Vega, a retired judge, chairs the commission. The commission met the "
        "Peruvian delegation on Monday.",
        publisher="Ministry of Foreign Affairs of Chile",
    )
    assert _events(doc, "sanction") == [] and "Maria Lopez Vega" not in _officials(doc)


def test_a_speaker_with_an_apposition_after_a_counted_designation_is_no_target():
    doc = _doc(
        "Today, the Council sanctioned four individuals and one entity for attacks on the "
        "mission. Maria Lopez Vega, a spokeswoman for the mission, welcomed the decision. "
        "Arif Khan, a Karachi-based broker, finances the group.",
        published="2024-06-17",
        publisher="Council of the European Union",
    )
    targets = [s["target"] for s in _events(doc, "sanction")]
    assert {"official": "maria-lopez-vega"} not in targets and len(targets) == 2


def test_a_counted_measure_announced_with_a_colon_has_one_measure_per_listed_line():
    # "will subject N individuals and M entities to ..., with effect from today:" and the
    # targets one per line under headings: the count, and each target, taken today
    doc = _doc(
        "The Government of Canada will subject 2 individuals and 2 entities to an asset "
        "freeze and a dealings prohibition, with effect from today:\n\n(1) Individuals\n"
        "- Pavel Orlov, Director of the Baltic Arms Export Bureau\n- Igor Semenov, Deputy "
        "Minister of Industry of Belarus\n\n(2) Entities\n- Minsk Precision Optics Company, "
        "which supplies targeting systems to the Russian army\n- Volga Freight Holding, which "
        "ships drones from Iran to Russia",
        published="2024-05-10",
        publisher="Global Affairs Canada",
    )
    day = ("2024-05-10", "held", "CA")
    assert _sanctions(doc) == sorted(
        [
            ("2 individuals and 2 entities", *day),
            ("Igor Semenov", *day),
            ("Minsk Precision Optics Company", *day),
            ("Pavel Orlov", *day),
            ("Volga Freight Holding", *day),
        ],
        key=str,
    )


def test_a_body_listed_or_to_be_listed_and_a_running_total_are_measures():
    doc = _doc(
        "The Council today imposed restrictive measures on three individuals and one entity "
        "responsible for the repression of protesters in Venezuela. The Council also listed the "
        "Port Authority of Zulia state, which runs the facilities in the port. In a separate "
        "decision, the Council agreed to list the airline Caribe Air Transport, which has "
        "carried weapons to Nicaragua. This listing will take effect on 3 July, once the legal "
        "acts have been published. Altogether, EU restrictive measures in view of the situation "
        "in Venezuela now apply to 90 individuals and 7 entities.",
        published="2024-06-12",
        publisher="Council of the European Union",
    )
    assert _sanctions(doc) == [
        ("90 individuals and 7 entities", None, "held", "EU"),
        ("Caribe Air Transport", "2024-07-03", "planned", "EU"),
        ("Port Authority of Zulia state", "2024-06-12", "held", "EU"),
        ("three individuals and one entity", "2024-06-12", "held", "EU"),
    ]


def test_an_earlier_round_added_to_the_list_and_a_total_subject_to_sanctions():
    doc = _doc(
        "The previous amendment of the list took effect on 4 May 2023, when the Department "
        "added eleven individuals and two entities responsible for the coup. With today's "
        "additions, a total of 120 individuals and 9 entities are subject to sanctions under the "
        "Ordinance. The updated list of sanctioned persons is available online.",
        published="2024-06-12",
        publisher="Government of Norway",
    )
    got = [(w, d) for w, d, _, _ in _sanctions(doc)]
    assert got == [
        ("120 individuals and 9 entities", None),
        ("eleven individuals and two entities", "2023-05-04"),
    ]


def test_a_designation_dated_before_its_of_phrase_names_each_coordinated_group():
    doc = _doc(
        "Secretary Rubio and Minister Vela welcomed the State Department's designation in May "
        "of Grupo Norte and Clan Sur as Foreign Terrorist Organizations.",
        published="2025-07-10",
        publisher="U.S. Department of State",
    )
    assert _sanctions(doc) == [
        ("Clan Sur", "2025-05", "held", "US"),
        ("Grupo Norte", "2025-05", "held", "US"),
    ]


def test_a_person_after_the_firms_is_a_target_and_their_frozen_property_no_new_measure():
    doc = _doc(
        "Reporter: This morning the ministry announced countermeasures against two Canadian "
        "defense companies and a senior executive. Can you give us more details?\n\n"
        "Spokesperson: Russia has decided to take countermeasures against Maple Arms "
        "Corporation Inc. and Birch Rotor Systems LLC, as well as against John K. Miller, chief "
        "executive officer of Maple Arms. Their movable property in Russia will be frozen, and "
        "Miller will not be granted a visa.",
        published="2024-06-03",
        publisher="Ministry of Foreign Affairs of the Russian Federation",
    )
    assert [w for w, d, s, _ in _sanctions(doc) if d == "2024-06-03" and s == "held"] == [
        "Birch Rotor Systems LLC",
        "John K. Miller",
        "Maple Arms Corporation Inc.",
        "two Canadian defense companies and a senior executive",
    ]
    assert len(_events(doc, "sanction")) == 4


def test_targets_profiled_after_a_counted_designation_firm_with_short_name_and_manager():
    # the profiles of a designation notice: "X Co., Ltd. (X), a ... distributor, has
    # shipped", "A B, the general manager of X, personally negotiated", "Y-based Z Limited
    # served as the front company": one measure each, of the lead's day
    doc = _doc(
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control "
        "(OFAC) sanctioned two entities and two individuals based in Malaysia and Singapore for "
        "supplying drone engines to Iranian manufacturers.\n\nPenang Rotor Works Co., Ltd. "
        "(Penang Rotor), a Penang-based parts distributor, has shipped engines worth $2 million "
        "since 2022. Tan Wei Ming, the general manager and owner of Penang Rotor, personally "
        "negotiated the contracts.\n\nSingapore-based Harbourline Trading Limited served as the "
        "front company for the payments.",
        published="2024-02-14",
        publisher="U.S. Department of the Treasury",
    )
    assert _sanctions(doc) == [
        ("Harbourline Trading Limited", "2024-02-14", "held", "US"),
        ("Penang Rotor Works Co., Ltd.", "2024-02-14", "held", "US"),
        ("Tan Wei Ming", "2024-02-14", "held", "US"),
        ("two entities and two individuals", "2024-02-14", "held", "US"),
    ]


def test_suspending_channels_with_us_is_a_measure_against_the_speaking_government():
    doc = _doc(
        "SENIOR ADMINISTRATION OFFICIAL: Look, Russia suspended a range of military-to-military "
        "channels with us in March, including the deconfliction line, and we think that was a "
        "mistake.",
        published="2024-06-05",
    )
    (sanction,) = _events(doc, "sanction")
    assert (sanction["imposer"], sanction["target"].get("country"), sanction["date"]) == (
        "RU",
        "US",
        "2024-03",
    )


def test_a_ban_on_named_goods_from_a_country_and_a_party_also_being_listed():
    doc = _doc(
        "We have been able to ban timber and gold and potash imports from Belarus. Norway is "
        "also listing Minsk Potash Trading S.A., a company owned by the state.",
        published="2024-03-06",
        publisher="Government of Norway",
    )
    got = sorted(
        (s["target"].get("country") or s["target"].get("organization")) for s in _events(doc, "sanction")
    )
    assert got == ["BY", "Minsk Potash Trading S.A."]


def test_a_question_presupposes_the_sanctions_on_a_country_not_more_sanctions():
    doc = _doc(
        "Q: Will they discuss Gaza? And is Chile joining the sanctions on Iran? And should we "
        "expect more sanctions?",
        published="2024-03-06",
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["target"].get("country") == "IR" and sanction["status"] == "held"


def test_the_country_whose_designation_it_is_imposes_it():
    doc = _doc(
        "These measures follow Korea's designation of 9 entities and 3 individuals related to "
        "Myanmar on 4 March.",
        published="2024-03-06",
        publisher="Ministry of Foreign Affairs of Korea",
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["imposer"] == "KR" and sanction["date"] == "2024-03-04"


def test_untitled_names_in_apposition_to_a_plural_noun_are_targets_of_a_passive_designation():
    text = (
        "Canada has today sanctioned four individuals linked to Belarus's security services. "
        "Two deputies of the service, Pavel Hrynko and Ales Dubovik, are also designated."
    )
    doc = _doc(text, "2024-03-06", "Global Affairs Canada")
    officials = _officials(doc)
    assert officials["Pavel Hrynko"] == "BY" and officials["Ales Dubovik"] == "BY"
    targeted = {
        n for s in _events(doc, "sanction") for n in _names(doc, s)
    }
    assert targeted == {"Pavel Hrynko", "Ales Dubovik"}


def test_a_colon_list_of_ranked_targets_is_a_measure_on_each_of_the_demonyms_country():
    text = (
        "New Zealand has today imposed travel bans on three Myanmar military officials: General "
        "Soe Naing, Colonel Thura Aung and Major Zaw Lin."
    )
    doc = _doc(text, "2024-06-13", "Ministry of Foreign Affairs and Trade of New Zealand")
    officials = _officials(doc)
    assert {officials[n] for n in ("Soe Naing", "Thura Aung", "Zaw Lin")} == {"MM"}
    targeted = sorted(n for s in _events(doc, "sanction") for n in _names(doc, s))
    assert targeted == ["Soe Naing", "Thura Aung", "Zaw Lin"]


def test_titled_targets_of_a_listing_are_of_the_foreign_country_and_each_a_measure():
    text = (
        "The Council today decided to impose restrictive measures on 12 individuals responsible "
        "for human rights violations in Belarus. Those listed include the head of the Penal "
        "Correction Department, Ivan Sidorov, and two judges of the Minsk City Court, Olga "
        "Petrova and Pavel Kozlov."
    )
    doc = _doc(text, "2024-08-05", "Council of the European Union")
    officials = _officials(doc)
    assert {officials[n] for n in ("Ivan Sidorov", "Olga Petrova", "Pavel Kozlov")} == {"BY"}
    targeted = sorted(n for s in _events(doc, "sanction") for n in _names(doc, s))
    assert targeted == ["Ivan Sidorov", "Olga Petrova", "Pavel Kozlov"]


def test_being_subject_to_the_measures_just_told_is_no_new_measure():
    text = (
        "The Council today imposed restrictive measures on nine individuals in Belarus. The "
        "listed persons are subject to an asset freeze and a travel ban to the EU."
    )
    doc = _doc(text, "2024-08-05", "Council of the European Union")
    assert len(_events(doc, "sanction")) == 1


def test_the_antecedent_of_which_announced_sanctions_imposes_them():
    text = (
        "The UK has today sanctioned Colonel Pavel Orlov. Today's designations are coordinated "
        "with Canada, which also announced sanctions on Orlov today."
    )
    doc = _doc(text, "2024-05-09", "Foreign, Commonwealth and Development Office")
    assert sorted(s["imposer"] for s in _events(doc, "sanction")) == ["CA", "GB"]


def test_the_individuals_listed_are_targets_of_the_listing_just_reported_on_its_day():
    doc = _doc(
        "The Ministry decided today to add two individuals to the list of persons subject to "
        "sanctions under the Ordinance on Belarus. The individuals listed are Ivan Sokol, "
        "Deputy Commander of the Land Forces of Belarus, and Pavel Orlov, First Deputy "
        "Chairman of the State Committee for Industry of Belarus.",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    listed = [s for s in _events(doc, "sanction") if s.get("target", {}).get("official")]
    assert listed
    assert all(s.get("date") == PUB for s in listed)


def test_the_entities_a_sentence_lists_after_a_listing_are_targets_of_it():
    doc = _doc(
        "The Department decided today to add two individuals and two entities to the list of "
        "sanctions against Belarus. The two entities are JSC Minsk-Trakt, a Minsk-based maker "
        "of trucks supplied to the Russian army, and Belpromtorg LLC, which procures dual-use "
        "parts.",
        published="2024-08-06",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    firms = {
        s["target"]["organization"]: s.get("date")
        for s in _events(doc, "sanction")
        if s["target"].get("organization")
    }
    assert firms == {"JSC Minsk-Trakt": "2024-08-06", "Belpromtorg LLC": "2024-08-06"}


def test_the_individuals_listed_belong_to_the_releases_own_listing_not_one_it_adopts():
    doc = _doc(
        "The Ministry decided today to add two individuals to the list of persons subject to "
        "sanctions under the Ordinance on Belarus. With this decision, Norway adopts the "
        "listings made by the European Union on 29 June 2024. The individuals listed are Ivan "
        "Sokol, Deputy Commander of the Land Forces of Belarus, and Pavel Orlov, First Deputy "
        "Chairman of the State Committee for Industry of Belarus.",
        published="2024-08-06",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    listed = [s for s in _events(doc, "sanction") if s.get("target", {}).get("official")]
    assert listed
    assert all(s.get("date") == "2024-08-06" for s in listed)


def test_a_register_or_legal_instrument_after_to_is_no_sanctions_target():
    """ "add persons to the ... Persons List", "designated pursuant to Regulation ...": a
    register or a legal basis, not a party the measure is on."""
    doc = _doc(
        "Today the Ministry sanctioned nine individuals. The strength of Canadian sanctions "
        "comes from the ability to designate and add persons to the Special Economic Measures "
        "Designated Persons List. Those entities were designated pursuant to Regulation "
        "2019-04 of the Special Economic Measures Act.",
        publisher="Global Affairs Canada",
    )
    assert [s["target"] for s in _events(doc, "sanction")] == [
        {"description": "nine individuals"}
    ]


def test_firms_listed_as_the_subject_of_a_passive_designation_are_a_measure_each():
    """ "A S.A., B Cía. Ltda. and C S.A.S. are being designated": each firm (names with
    particles and Spanish legal forms, "Cía." not ending the sentence), by the publisher's
    government, on the day of the release (present progressive)."""
    doc = _doc(
        "Today, the U.S. Department of the Treasury sanctioned two individuals and three "
        "entities in Chile. Minera Cóndor del Norte S.A., Pacífico Frío Cía. Ltda. and "
        "Transportes Sur S.A.S. are being designated for supplying drone parts. Their "
        "property in the U.S. is blocked.",
        publisher="U.S. Department of the Treasury",
    )
    firms = [s for s in _events(doc, "sanction") if "organization" in s["target"]]
    assert [(s["target"]["organization"], s["imposer"], s["date"]) for s in firms] == [
        ("Minera Cóndor del Norte S.A.", "US", PUB),
        ("Pacífico Frío Cía. Ltda.", "US", PUB),
        ("Transportes Sur S.A.S.", "US", PUB),
    ]


def test_short_names_the_text_gave_people_are_not_designated_firms():
    """ "A B C D (C) is a money launderer ... OFAC is designating C and E": C and E are the
    people named before, not two organisations (each is a target as a person)."""
    doc = _doc(
        "Today, the U.S. Department of the Treasury sanctioned two individuals. Pedro Alvaro "
        "Ruiz Tello (Ruiz) is a money launderer for the Red Ring. Marta Lucia Gomez Paz "
        "(Gomez) is his accountant. OFAC is designating Ruiz and Gomez pursuant to E.O. 14059.",
        publisher="U.S. Department of the Treasury",
    )
    targets = [s["target"] for s in _events(doc, "sanction")]
    assert not [t for t in targets if "organization" in t]
    assert {"description": "two individuals"} in targets
    assert {"official": "pedro-alvaro-ruiz-tello"} in targets


def test_a_relative_clause_on_one_listed_name_does_not_end_the_list():
    """ "include A, whose units pushed ..., and B, a judge": B is sanctioned too."""
    doc = _doc(
        "The Government is today imposing sanctions on four Belarusian officials. Those "
        "sanctioned today include the Commander of the Belarusian Border Guard, Major General "
        "Pavel Sokal, whose units pushed migrants across the border, and Olga Mironova, a "
        "judge of the Grodno Regional Court.",
        publisher="Minister for Foreign Affairs of Australia",
    )
    named = [s for s in _events(doc, "sanction") if s["target"].get("official")]
    assert sorted(_surnames(doc, s).pop() for s in named) == ["Mironova", "Sokal"]


def test_a_leader_named_government_imposes_and_a_counted_objects_demonym_does_not():
    """ "The A Government is imposing ... on five Nicaraguan officials, and sanctions on B and
    C": the publisher's government imposes all of them; "Nicaraguan" is the targets'."""
    doc = _doc(
        "The Carney Government is today imposing travel bans on five Nicaraguan officials, "
        "and sanctions on Banco Lago and Lago Air.",
        publisher="Global Affairs Canada",
    )
    assert sorted(
        (s["imposer"], s["target"].get("organization") or s["target"].get("description"))
        for s in _events(doc, "sanction")
    ) == [("CA", "Banco Lago"), ("CA", "Lago Air"), ("CA", "five Nicaraguan officials")]


def test_sanctions_in_force_on_a_count_are_a_standing_undated_measure():
    """ "the sanctions already in place against more than 300 Syrian individuals": the
    standing measure (annotation.md), undated, on the targets' country."""
    doc = _doc(
        "Canada today listed four Syrian officials. This adds to the sanctions already in "
        "place against more than 300 Syrian individuals and entities.",
        publisher="Global Affairs Canada",
    )
    (standing,) = [s for s in _events(doc, "sanction") if "300" in str(s["target"])]
    assert (standing["imposer"], standing["target"].get("country"), standing.get("date")) == (
        "CA",
        "SY",
        None,
    )


def test_a_designation_of_a_count_in_words_of_entities_is_a_dated_sanction_on_them():
    doc = _doc(
        "Minister Rui Costa of Portugal spoke with Minister Li Wei of China. She noted that the "
        "Office of Financial Sanctions designated more than a dozen Laos-based entities on "
        "February 10 for supplying drone parts."
    )
    assert [(s["target"], s["date"]) for s in _events(doc, "sanction")] == [
        ({"description": "more than a dozen Laos-based entities"}, "2024-02-10")
    ]


def test_a_designated_firm_bearing_a_named_persons_surname_is_still_a_firm():
    """ "... Pacífico Frío Cía. Ltda. and Transportes Ruiz Sur S.A.S. are being designated":
    the surname of Ruiz, named before, inside a firm's name is no mention of him; the three
    firms are each a target."""
    doc = _doc(
        "Today, the U.S. Department of the Treasury sanctioned one individual and three "
        "entities in Chile. Pedro Alvaro Ruiz Tello (Ruiz) is a money launderer for the Red "
        "Ring. Minera Cóndor del Norte S.A., Pacífico Frío Cía. Ltda. and Transportes Ruiz "
        "Sur S.A.S. are being designated for being owned or controlled by Ruiz.",
        publisher="U.S. Department of the Treasury",
    )
    firms = [
        s["target"]["organization"]
        for s in _events(doc, "sanction")
        if "organization" in s["target"]
    ]
    assert firms == [
        "Minera Cóndor del Norte S.A.",
        "Pacífico Frío Cía. Ltda.",
        "Transportes Ruiz Sur S.A.S.",
    ]


def test_a_counted_object_after_the_instrument_the_measure_is_taken_under():
    """ "announced sanctions under the X (Y) Regulations against 40 individuals": the
    instrument stands between the measure and its object; the count is still the target."""
    doc = _doc(
        "Today, the Honourable Ana Pereira, Minister of Foreign Affairs, announced sanctions "
        "under the Special Economic Measures (Chile) Regulations against 40 individuals and "
        "entities.",
        publisher="Global Affairs Canada",
    )
    (sanction,) = _events(doc, "sanction")
    assert sanction["target"]["description"].startswith("40 individuals")
    assert sanction["date"] == PUB


def test_the_targets_listed_after_a_colon_sentence_that_follows_a_counted_measure():
    """ "... sanctions against 30 individuals and entities." "Among those listed are:" "- A
    LLC, a ..., and its Director General, B;" "- C Limited, a ...; and": one measure each on
    the firms and the person a firm's item names as its own, of the counted measure's day."""
    doc = _doc(
        "Today, the Minister of Foreign Affairs, Ana Pereira, announced sanctions against 30 "
        "individuals and entities.\n\n"
        "Among those listed are:\n\n"
        "- Veltrona Systems LLC, a Lima-based maker of radar parts, and its Director General, "
        "Tomas Aurelio Quispe;\n"
        "- Marisol Shipping Limited, a Panama-registered company that has carried arms; and\n"
        "- 12 vessels of the grey fleet.\n\n"
        "The measures follow earlier steps.",
        publisher="Global Affairs Canada",
    )
    listed = [s for s in _sanctions(doc) if not str(s[0]).startswith("30")]
    assert listed == [
        ("Marisol Shipping Limited", PUB, "held", "CA"),
        ("Tomas Aurelio Quispe", PUB, "held", "CA"),
        ("Veltrona Systems LLC", PUB, "held", "CA"),
    ]


def test_a_country_that_opens_a_clause_after_a_comma_and_imposes_its_measure():
    """ "A announced sanctions against X, and the European Union adopted its ninth package of
    restrictive measures": "and" coordinates two clauses, the second with its own imposer (not
    the object of a preposition)."""
    doc = _doc(
        "Norway today announced new sanctions against Syria, and the European Union adopted "
        "its ninth package of restrictive measures.",
        publisher="Global Affairs Canada",
    )
    assert sorted(s["imposer"] for s in _events(doc, "sanction")) == ["EU", "NO"]
    assert {s.get("date") for s in _events(doc, "sanction")} == {PUB}



def test_sanctions_announced_during_a_trip_are_of_its_time_and_of_the_announcers_government():
    """ "the sanctions announced by Minister A during her visit to X last June": taken then,
    by A's government; X is where she went, not a target; not the same measure as a count
    over years ("has sanctioned more than 300 individuals since 2019")."""
    doc = _doc(
        "Today, Minister of Foreign Affairs Ana Pereira announced sanctions against 40 "
        "individuals. The announcement follows the sanctions announced by Minister Pereira "
        "during her visit to Lima last June. Since 2019, Canada has imposed sanctions on more "
        "than 300 individuals and entities.",
        publisher="Global Affairs Canada",
    )
    june = [s for s in _events(doc, "sanction") if s.get("date") == "2023-06"]
    assert [(s["imposer"], s.get("target")) for s in june] == [("CA", None)]


def test_the_titles_under_a_links_heading_are_no_measures():
    """ "Associated links" "- Canadian sanctions related to X": the titles of linked pages
    the release closes with, not measures it reports."""
    doc = _doc(
        "Today, Canada imposed sanctions on 12 individuals in Peru.\n\n"
        "Associated links\n\n"
        "- Canadian sanctions related to Bolivia\n"
        "- Special Economic Measures (Peru) Regulations\n\n"
        "Contacts\n\nMedia Relations Office",
        publisher="Global Affairs Canada",
    )
    assert [s["target"].get("description") for s in _events(doc, "sanction")] == [
        "12 individuals"
    ]


def test_the_owner_after_owned_by_is_not_the_agent_of_a_passive_designation():
    """ "A S.A. and B Ltda. are being designated ... for being owned, controlled, or directed
    by C": C owns the firms; the firms, the subject of the passive, are the targets (also
    when a firm's name holds C's surname)."""
    doc = _doc(
        "OFAC today designated Marta Lucia Herrera Pardo (Herrera). Minera Herrera Norte S.A. "
        "and Agrícola Los Pinos Ltda. are being designated pursuant to E.O. 14059 for being "
        "owned, controlled, or directed by Herrera.",
        publisher="U.S. Department of the Treasury",
    )
    orgs = sorted(
        s["target"]["organization"]
        for s in _events(doc, "sanction")
        if s["target"].get("organization")
    )
    assert orgs == ["Agrícola Los Pinos Ltda.", "Minera Herrera Norte S.A."]


def test_the_owner_after_owned_by_is_not_a_target_of_the_counted_firms():
    """ "designating four entities owned or controlled by A": the entities are the target,
    not their owner."""
    doc = _doc(
        "Today, OFAC designated former Senator Marta Lucia Herrera Pardo of Peru. OFAC is also "
        "designating three entities owned or controlled by Herrera.",
        publisher="U.S. Department of the Treasury",
    )
    (entities,) = [s for s in _sanctions(doc) if s[0] == "three entities"]
    assert entities[1] == PUB and entities[3] != "PE"  # (the owner's country imposes nothing)


def test_the_antecedent_of_a_relative_clause_of_designation_is_its_target():
    """ "Los X, the armed group that OFAC designated in June", "Los Y, which OFAC designated
    earlier this year together with its leader, A": the antecedent (and the leader named
    with it) is the target, the publisher's body's government the imposer, at the clause's
    time."""
    doc = _doc(
        "OFAC today sanctioned three individuals who launder money for Los Halcones, the "
        "Peruvian armed group that OFAC designated in January. Los Halcones now competes with "
        "Los Cuervos, which OFAC designated last year together with its leader, Ernesto "
        "Paredes Luna.",
        publisher="U.S. Department of the Treasury",
    )
    assert [s for s in _sanctions(doc) if s[1] != PUB] == [
        ("Ernesto Paredes Luna", "2023", "held", "US"),
        ("Los Cuervos", "2023", "held", "US"),
        ("Los Halcones", "2024-01", "held", "US"),
    ]


def test_each_firm_of_a_list_whose_last_has_an_article_and_an_of_phrase():
    """ "sanctions on A Air, B Airlines and the C Lines of D (CLD)": a measure each, the last
    name read whole (its article dropped, its "of" phrase kept)."""
    doc = _doc(
        "The Albanese Government is today imposing targeted financial sanctions on Alto Air, "
        "Kestrel Airlines and the Maritime Lines of Arbor Bay (MLAB), for their role in "
        "shipping drones to Sudan.",
        publisher="Minister for Foreign Affairs of Australia",
    )
    assert sorted(s["target"].get("organization") for s in _events(doc, "sanction")) == [
        "Alto Air",
        "Kestrel Airlines",
        "Maritime Lines of Arbor Bay",
    ]


def test_a_designated_firm_and_its_officer_named_after_a_relative_clause_are_two_measures():
    """ "designating X Co., Ltd., which supplied ..., and its sales manager, A": the firm and
    its own person, one measure each (the person alone is not the whole of it)."""
    doc = _doc(
        "OFAC is also designating Tarn Valley Machine Parts Co., Ltd., which supplied rotor "
        "blades for the drones, and its sales manager, Wu Haoran, who handled the orders.",
        publisher="U.S. Department of the Treasury",
    )
    assert sorted(str(s[0]) for s in _sanctions(doc)) == [
        "Tarn Valley Machine Parts Co., Ltd.",
        "Wu Haoran",
    ]


def test_a_bulleted_list_after_its_own_lead_in_is_one_measure_per_target():
    """ "Those sanctioned include:" then "- Colonel A, ...;" "- X LLC, ...": each item is a
    measure of its own, however far the announcement is above the lead-in."""
    doc = _doc(
        "Ottawa, 6 March 2024\n\n"
        "Canada is imposing sanctions on 12 individuals and entities linked to the Belarusian "
        "regime's repression, Foreign Minister Anne Tremblay announced today.\n\n"
        '"The repression must end," Ms Tremblay said.\n\n'
        '"We will keep raising the cost of it."\n\n'
        "The measures announced today target officers of the State Security Committee.\n\n"
        "Those sanctioned include:\n\n"
        "- Colonel Igor Petrovich Salnikov, the commander of a riot police unit in Minsk;\n"
        "- Polesie Freight LLC, a Minsk-based company that moves the regime's cargo.\n",
        publisher="Global Affairs Canada",
    )
    targets = {s[0] for s in _sanctions(doc)}
    assert "Igor Petrovich Salnikov" in targets
    assert "Polesie Freight LLC" in targets


def test_the_one_who_announces_a_measure_after_a_comma_is_not_its_target():
    """ "X is imposing sanctions on 14 individuals ..., Foreign Minister A announced today":
    A reports the measure; the target is the counted group."""
    doc = _doc(
        "Canberra, 6 March 2024\n\n"
        "Australia is imposing sanctions on 14 individuals and entities linked to Iran's "
        "drone programme, Foreign Minister Kate Dalton announced today.",
        publisher="Department of Foreign Affairs and Trade",
    )
    targets = {s[0] for s in _sanctions(doc)}
    assert "Kate Dalton" not in targets
    assert targets


def test_untitled_people_listed_line_by_line_after_a_colon_are_one_measure_each():
    """ "The persons sanctioned today are:" then "- A, a ...;" "- B, who ...; and" "- C, ...":
    each listed name is a person targeted (a name word may have two letters), of the country
    the measure is aimed at, and "The entity sanctioned today is X Company" a firm targeted,
    both by the publisher's government."""
    doc = _doc(
        "Ottawa, 6 March 2024\n\n"
        "Canada today imposed travel bans and asset freezes on Russian operators behind the "
        "ransomware campaign against Pacific ports.\n\n"
        "The persons sanctioned today are:\n\n"
        "- Yon Ha Sok, a programmer at the Lazurite Bureau who wrote the encryption tool;\n"
        "- Tomasz Wierzba, who rented the servers in Poland; and\n"
        "- Anouk Daalder, who moved the ransom payments through exchanges.\n\n"
        "The entity sanctioned today is Northgate Hosting Company, a firm that provided the "
        "servers.",
        publisher="Global Affairs Canada",
    )
    listed = _sanctions(doc)
    assert ("Yon Ha Sok", PUB, "held", "CA") in listed
    assert ("Tomasz Wierzba", PUB, "held", "CA") in listed
    assert ("Anouk Daalder", PUB, "held", "CA") in listed
    assert ("Northgate Hosting Company", PUB, "held", "CA") in listed
    # (of the country the measure is aimed at, not of one an item names)
    assert _officials(doc)["Tomasz Wierzba"] == "RU"


def test_a_sanctions_framework_used_against_a_country_is_no_measure():
    """ "has used its cyber sanctions framework against X actors": the instrument, no measure
    the sentence reports."""
    doc = _doc(
        "This is the third time the Government has used Canada's cyber sanctions framework "
        "against Iranian actors.",
        publisher="Global Affairs Canada",
    )
    assert _events(doc, "sanction") == []


def test_costs_pledged_on_those_responsible_are_no_measure():
    """ "We will keep working with partners to impose costs on those responsible": a pledge
    on no named party, no measure (costs imposed on a country are: "impose costs on X")."""
    doc = _doc(
        '"We will keep working with our allies to impose costs on those responsible," '
        "Minister Claire Dubois said.",
        publisher="Global Affairs Canada",
    )
    assert _events(doc, "sanction") == []


def test_two_measure_nouns_joined_by_and_share_their_object():
    """ "imposed asset freezes and travel bans on four officials responsible for the raid on
    X Port": one measure on the officials, not a second one on the port the first noun
    would reach after "on"."""
    doc = _doc(
        "Today the Government of Canada imposed targeted asset freezes and travel bans on four "
        "officials responsible for the raid on Harbourview Shipping Terminal.",
        publisher="Global Affairs Canada",
    )
    assert _sanctions(doc) == [("four officials", PUB, "held", "CA")]


def test_the_owner_of_standing_sanctions_named_after_a_preposition_imposes_them():
    """ "build on Canada's existing autonomous sanctions against X, which complement the
    sanctions imposed by the UN Security Council": the owner imposes the standing measure
    (the preposition governs the measure), and the "by" of the relative clause is another
    noun's agent."""
    doc = _doc(
        "These listings build on Canada's existing autonomous sanctions against Belarus, which "
        "complement the sanctions imposed by the UN Security Council.",
        publisher="Global Affairs Canada",
    )
    standing = [s for s in _events(doc, "sanction") if s["target"].get("country") == "BY"]
    assert [s.get("imposer") for s in standing] == ["CA"]


def test_restrictions_on_imports_of_a_countrys_goods_are_no_sanction():
    """ "urged X to lift its remaining restrictions on imports of Y beef": a trade measure on
    goods, aimed at no named party (annotation.md: sanctions restrict a person, an
    organisation or a country)."""
    doc = _doc(
        "Minister Helen Strand urged Seoul to lift its remaining restrictions on imports of "
        "Norwegian salmon and called for the release of two detained fishermen.",
        publisher="Norwegian Ministry of Foreign Affairs",
    )
    assert _events(doc, "sanction") == []


def test_a_headline_measure_is_the_one_the_body_reports():
    """ "Canada imposes sanctions on Iranian drone makers" as a line of its own, then "Today
    Canada imposed sanctions on six entities ...": one measure, told twice."""
    doc = _doc(
        "Canada imposes sanctions on Iranian drone makers\n\n"
        "Today the Government of Canada imposed sanctions on six entities that build attack "
        "drones for export.",
        publisher="Global Affairs Canada",
    )
    assert _sanctions(doc) == [("six entities", PUB, "held", "CA")]


def test_the_name_right_after_sanctioned_is_the_target_not_one_after_a_later_on():
    """ "In May 2023 the Government sanctioned Ostrava Logic Bureau over a campaign of attacks
    on Canadian hospitals": the verb's object is the target, and the publisher's government
    (a time before the subject) imposes it."""
    doc = _doc(
        "In May 2023 the Government sanctioned Ostrava Logic Bureau over a campaign of "
        "ransomware attacks on Canadian hospitals.",
        publisher="Global Affairs Canada",
    )
    assert _sanctions(doc) == [("Ostrava Logic Bureau", "2023-05", "held", "CA")]


def test_the_council_of_a_union_named_as_subject_imposes_its_measure():
    """ "On Tuesday the Council of the European Union imposed sanctions on ...", told by
    another government: the union's council imposes it, not the publisher's."""
    doc = _doc(
        "On Tuesday the Council of the European Union imposed sanctions on three individuals "
        "involved in vote-buying in Georgia.",
        publisher="Ministry of Foreign Affairs of Georgia",
    )
    assert [s[3] for s in _sanctions(doc)] == ["EU"]


def test_restrictions_on_exports_of_goods_to_a_country_are_aimed_at_it():
    """ "restrictions on exports of advanced chips to China": the goods' destination is the
    party the measure is aimed at (unlike "restrictions on imports of X salmon")."""
    doc = _doc(
        "Last year the Netherlands imposed restrictions on exports of lithography machines to "
        "China.",
        publisher="Government of the Netherlands",
    )
    assert [s["imposer"] for s in _events(doc, "sanction")] == ["NL"]


def test_firms_with_dotted_legal_forms_and_their_seats_are_a_measure_each():
    """ "A d.o.o. Rijeka, B s.r.o. Košice and C AG are being designated": the full stops of a
    lower-case legal form end no sentence, the seat after it is part of the registered name,
    and legal forms of every language mark a firm."""
    doc = _doc(
        "Today, OFAC designated one individual and three entities in Croatia, Slovakia and "
        "Switzerland. Jadran Shipping d.o.o. Rijeka, Tatra Components s.r.o. Košice and Alpen "
        "Handel AG are being designated for being owned or controlled by Viktor Horvat.",
        publisher="U.S. Department of the Treasury",
    )
    firms = [s for s in _events(doc, "sanction") if "organization" in s["target"]]
    assert [(s["target"]["organization"], s["imposer"], s["date"]) for s in firms] == [
        ("Jadran Shipping d.o.o. Rijeka", "US", PUB),
        ("Tatra Components s.r.o. Košice", "US", PUB),
        ("Alpen Handel AG", "US", PUB),
    ]


def test_firms_with_post_soviet_legal_forms_listed_as_the_subject_are_a_measure_each():
    """ "A OOO, B PJSC and C LLP were also designated": Russian and Kazakh legal forms."""
    doc = _doc(
        "On Tuesday the Treasury sanctioned three entities in Russia and Kazakhstan. Volga "
        "Electronics OOO, Baltic Marine PJSC and Altai Supply LLP were also designated for "
        "supplying drone components.",
        publisher="U.S. Department of the Treasury",
    )
    firms = {
        s["target"]["organization"] for s in _events(doc, "sanction") if "organization" in s["target"]
    }
    assert firms == {"Volga Electronics OOO", "Baltic Marine PJSC", "Altai Supply LLP"}


def test_a_sentence_ending_in_a_dotted_legal_form_still_ends():
    """ "... Jadran d.o.o. The company ...": a sentence opener after the form starts a new one."""
    from relations_db.extract.sentences import split_sentences

    text = "OFAC designated Jadran Shipping d.o.o. The company ships fuel. It is based in Rijeka."
    assert len(split_sentences(text)) == 3
    assert len(split_sentences("Sanctions hit Jadran d.o.o. Rijeka last week.")) == 1


@pytest.mark.parametrize(
    ("text", "date", "imposer"),
    [
        (
            "We have taken note of the decision of the European Commission of 12 March to "
            "include two firms registered in Armenia, Ararat Logistics LLC and Sevan Trade "
            "CJSC, in its sanctions list for supplying machine tools to Russia.",
            "2024-03-12",
            "EU",
        ),
        (
            "On 5 June the Ministry of Finance of Japan added Ararat Logistics LLC and Sevan "
            "Trade CJSC to its sanctions list.",
            "2024-06-05",
            "JP",
        ),
    ],
)
def test_firms_entered_in_a_sanctions_list_are_a_measure_each(text, date, imposer):
    """ "the decision of X of <day> to include two firms, A LLC and B CJSC, in its sanctions
    list", "X added A and B to its sanctions list": the verb's object, between it and the
    list, is the target (a measure per firm), the body before the verb imposes, and the
    decision's date is the measure's."""
    doc = _doc(text, published="2024-06-12", publisher="Ministry of Foreign Affairs of Armenia")
    assert _sanctions(doc) == [
        ("Ararat Logistics LLC", date, "held", imposer),
        ("Sevan Trade CJSC", date, "held", imposer),
    ]


@pytest.mark.parametrize(
    ("text", "publisher", "date"),
    [
        (
            "Since the regulation entered into force in February 2022, the Council has imposed "
            "restrictive measures on more than 70 individuals and entities.",
            "Council of the European Union",
            "2022-02/2024-03-06",
        ),
        (
            "Since the law was adopted on 3 March 2023, the Treasury has sanctioned 45 persons "
            "in the region.",
            "U.S. Department of the Treasury",
            "2023-03-03/2024-03-06",
        ),
        # (an initialism before a number ends no sentence: "E.O. 14024")
        (
            "Since E.O. 14024 was issued in April 2021, OFAC has designated more than 300 "
            "individuals and entities.",
            "U.S. Department of the Treasury",
            "2021-04/2024-03-06",
        ),
    ],
)
def test_a_count_since_a_dated_clause_spans_to_the_texts_day(text, publisher, date):
    """ "Since X was issued in April 2021, OFAC has designated more than 300 ...": the date
    ends a since-clause, so it starts the span the count runs over, up to the text's day; the
    publisher's body named after the clause imposes."""
    doc = _doc(text, publisher=publisher)
    (measure,) = _events(doc, "sanction")
    imposer = "EU" if publisher.startswith("Council") else "US"
    assert measure["date"] == date and measure["imposer"] == imposer


def test_a_bodys_dated_designation_of_a_partners_company_is_a_measure_on_the_firm():
    """ "builds on the Treasury's March 2022 designation of A's associate, B, and his company C
    LLC": the possessive body's dated designation noun is a measure of that month, on the firm
    named as his own, by the publisher's government; A, who owns the noun "associate", is no
    target."""
    doc = _doc(
        "Today's action builds on the Treasury's March 2022 designation of Oleg Kaspar's "
        "longtime associate, Ivan Petrenko, and his company Dnipro Stal LLC, for their role in "
        "the same scheme.",
        publisher="U.S. Department of the Treasury",
    )
    dated = [s for s in _sanctions(doc) if s[1] == "2022-03"]
    assert ("Dnipro Stal LLC", "2022-03", "held", "US") in dated
    assert "Oleg Kaspar" not in {who for who, *_ in dated}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The EU today sanctioned two officials of Belarus. The listings were coordinated with "
         "Canada, which sanctioned Viktor Sheiman in May.", "CA"),
        ("The UK today sanctioned three Iranian officials. It acted with Australia, which "
         "designated Reza Karimi last week.", "AU"),
        ("Japan froze the assets of two firms. The measures follow those of the United States, "
         "which sanctioned Li Wenhua in March.", "US"),
    ],
)
def test_a_country_the_measures_own_verb_follows_after_which_imposes_it(text, code):
    """ "coordinated with Canada, which sanctioned A in May": the relative clause's antecedent
    imposes the measure it reports."""
    doc = _doc(text, publisher="Reuters")
    assert code in {s[3] for s in _sanctions(doc)}, _sanctions(doc)


@pytest.mark.parametrize(
    "text, targets",
    [
        (
            "On Monday the Treasury Department sanctioned three Chinese companies, Shenzhen "
            "Tianlong Electronics Co., Ltd., Ningbo Haixing Technology Co., Ltd. and Xiamen Ruida "
            "Trading Co., Ltd., for supplying drone parts to Russia.",
            [
                "Ningbo Haixing Technology Co., Ltd.",
                "Shenzhen Tianlong Electronics Co., Ltd.",
                "Xiamen Ruida Trading Co., Ltd.",
            ],
        ),
        (
            "On Monday the British government sanctioned two Turkish firms, Anka Marine Services "
            "Ltd. and Bosphorus Trading A.Ş., and a Turkish national, Mehmet Yilmaz, for "
            "shipping drone parts to Russia.",
            ["Anka Marine Services Ltd.", "Bosphorus Trading A.Ş.", "Mehmet Yilmaz"],
        ),
        (
            "Last week the State Department sanctioned two Emirati companies, Gulf Star "
            "Holdings, Inc. and Desert Falcon Logistics, LLC, and an Iranian citizen, Reza "
            "Karimi Nasab, for selling oil to Syria.",
            ["Desert Falcon Logistics, LLC", "Gulf Star Holdings, Inc.", "Reza Karimi Nasab"],
        ),
    ],
)
def test_firms_whose_names_hold_a_comma_and_a_national_after_them_are_a_target_each(
    text, targets
):
    """ "sanctioned two companies, A Co., Ltd. and B Co., Ltd., and a Chinese national, C":
    the legal form after a comma is the firm's own name, and the person set off after the
    firms is a target too (annotation.md: one record per target)."""
    doc = _doc(text)
    assert [t[0] for t in _sanctions(doc)] == targets
    named = _officials(doc)
    assert all(named.get(t) for t in targets if "," not in t and "." not in t)


@pytest.mark.parametrize(
    "text, imposer, country",
    [
        (
            "On Monday the Australian frigate was enforcing United Nations Security Council "
            "sanctions on North Korea in the Yellow Sea.",
            "UN",
            "KP",
        ),
        ("On Monday the patrol aircraft helped monitor UN sanctions against Iran.", "UN", "IR"),
        (
            "On Monday the ministers called for the full implementation of European Union "
            "sanctions on Belarus.",
            "EU",
            "BY",
        ),
    ],
)
def test_a_bodys_sanctions_that_an_act_upholds_are_a_standing_measure_it_imposes(
    text, imposer, country
):
    """ "enforcing UN Security Council sanctions on X", "in support of ...": the body named
    before the measure imposes it, and the measure stands (annotation.md: a standing measure,
    undated), not one taken on the sentence's day."""
    measures = _events(_doc(text), "sanction")
    assert [(s.get("imposer"), (s.get("target") or {}).get("country"), s.get("date")) for s in measures] == [
        (imposer, country, None)
    ]


def test_a_un_designated_group_is_no_measure_of_the_text():
    doc = _doc("The group is a proxy of Lashkar-e-Taiba, a UN-designated terrorist organisation.")
    assert _events(doc, "sanction") == []


@pytest.mark.parametrize(
    "later",
    [
        "The designations were coordinated with the United States, which sanctioned Okello in "
        "January.",
        "Canada sanctioned Okello in November 2023.",
        "The European Union listed Okello in December 2023 for the same abuses.",
    ],
)
def test_a_listed_target_another_measure_of_another_day_names_keeps_this_ones_record(later):
    """A person in this day's bulleted list whom another government's measure of another day
    also names (told after the list) is a target of both: the other measure takes nothing
    from this one."""
    doc = _doc(
        "The UK has today (Wednesday 6 March) sanctioned three individuals responsible for "
        "abuses in the conflict.\n\nThose sanctioned today include:\n\n"
        "- Major General Samuel Okello, a militia commander who directed attacks on camps\n"
        "- Brigadier John Lado, a field commander whose forces burned villages\n"
        "- Colonel Peter Wani, commander of air operations in the north\n\n" + later,
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert ("Samuel Okello", "2024-03-06", "held", "GB") in _sanctions(doc)


# ---- designation releases: every named target of today's listing is a record of its own,
# in the list forms publishers use (OFAC, EU Council, UK, Canada, Australia, New Zealand)

_TODAY = "2024-03-06"


def _targets(doc: dict) -> set[tuple]:
    """(target, imposer) of the sanctions dated today."""
    return {(who, imposer) for who, date, _, imposer in _sanctions(doc) if date == _TODAY}


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "The Council today listed four individuals. Those listed include Marko Ilic, a "
            "businessman who funded the militia, and Dana Petrova, a former judge of the "
            "regional court.",
            "Council of the EU",
            "EU",
        ),
        (
            "Norway has today sanctioned five persons. Those sanctioned include Marko Ilic, a "
            "banker, and Dana Petrova, who ran the smuggling route.",
            "Government of Norway",
            "NO",
        ),
        (
            "The UK has today sanctioned two individuals. The individuals sanctioned today are "
            "Marko Ilic, the owner of a shipping line, and Dana Petrova, a lawyer.",
            "Foreign, Commonwealth & Development Office",
            "GB",
        ),
    ],
)
def test_listed_targets_each_with_an_apposition_are_a_measure_each(text, publisher, imposer):
    """A name's apposition, closed by its comma before "and", does not end the list: the next
    name is listed too."""
    doc = _doc(text, publisher=publisher)
    assert {("Marko Ilic", imposer), ("Dana Petrova", imposer)} <= _targets(doc)


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "Today, Minister Claire Dubois announced sanctions against 3 individuals, including "
            "Jean-Luc Morel, Henri Baptiste and Louis Étienne, who financed armed gangs.",
            "Global Affairs Canada",
            "CA",
        ),
        (
            "The Australian Government has today imposed targeted financial sanctions and travel "
            "bans on three Russian individuals: Jean-Luc Morel, Henri Baptiste and Louis "
            "Étienne.",
            "Minister for Foreign Affairs of Australia",
            "AU",
        ),
        (
            "Foreign Minister Tom Harris today announced sanctions on a further 10 individuals, "
            "including Jean-Luc Morel, Henri Baptiste and Louis Étienne.",
            "New Zealand Ministry of Foreign Affairs and Trade",
            "NZ",
        ),
    ],
)
def test_names_after_a_counted_object_are_a_measure_each(text, publisher, imposer):
    """"sanctions against 3 individuals, including A, B and C", "on three individuals: A, B
    and C": each name of the count, of the government that takes the measure."""
    doc = _doc(text, publisher=publisher)
    assert {
        ("Jean-Luc Morel", imposer),
        ("Henri Baptiste", imposer),
        ("Louis Étienne", imposer),
    } <= _targets(doc)


@pytest.mark.parametrize(
    "profile",
    [
        "Lim Boon Seng is the owner of Kuala Marine Trading Sdn. Bhd.",
        "Lim Boon Seng is being designated pursuant to E.O. 13224 for supplying the militia.",
        "Lim Boon Seng serves as the director of Harbour Light Pte. Ltd.",
    ],
)
def test_a_target_paragraph_opened_by_the_name_alone_is_a_measure(profile):
    """After a designation counting firms first ("four entities and two individuals"), a
    paragraph opened by a person's name and what the person is, or that the person is
    designated, profiles one more target."""
    doc = _doc(
        "Today, OFAC is sanctioning four entities and two individuals based in Malaysia for "
        "procuring engine parts for the militia.\n\n" + profile,
        publisher="U.S. Department of the Treasury",
    )
    assert ("Lim Boon Seng", "US") in _targets(doc)


@pytest.mark.parametrize(
    ("profile", "firm"),
    [
        (
            "Kuala Marine Trading Sdn. Bhd., a Malaysia-based company, purchased turbine blades.",
            "Kuala Marine Trading Sdn. Bhd.",
        ),
        (
            "Harbour Light Pte. Ltd. is being designated pursuant to E.O. 13224.",
            "Harbour Light Pte. Ltd.",
        ),
        (
            "Sunrise Horizon Shipping Co., Ltd. is identified as blocked property.",
            "Sunrise Horizon Shipping Co., Ltd.",
        ),
    ],
)
def test_a_firm_profiled_or_designated_after_the_count_is_a_measure(profile, firm):
    """A paragraph opened by a firm's name, with its apposition and what it did, or with its
    designation ("is being designated", "is identified as blocked property"); a two-word
    legal form ("Sdn. Bhd.", "Pte. Ltd.") ends no sentence."""
    doc = _doc(
        "Today, OFAC sanctioned three entities and one individual for procuring engine parts "
        "for the militia.\n\n" + profile,
        publisher="U.S. Department of the Treasury",
    )
    assert (firm, "US") in _targets(doc)


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "The Council today listed four entities. The Council also listed Baltic Media "
            "Holding, a company that ran propaganda outlets, and Nordstrom Logistics LLC, which "
            "transported funds.",
            "Council of the EU",
            "EU",
        ),
        (
            "Switzerland today listed four entities, including Baltic Media Holding, a "
            "broadcaster, and Nordstrom Logistics LLC, which transported funds.",
            "State Secretariat for Economic Affairs SECO",
            "CH",
        ),
        (
            "Today, OFAC sanctioned three companies: Baltic Media Holding, which shipped drones, "
            "Alpine Parts GmbH, a supplier of engines, and Nordstrom Logistics LLC.",
            "U.S. Department of the Treasury",
            "US",
        ),
    ],
)
def test_named_firms_each_with_an_apposition_are_a_measure_each(text, publisher, imposer):
    """A firm's apposition or relative clause inside the list of firms a measure names does
    not end the list, and none of its words is a firm."""
    doc = _doc(text, publisher=publisher)
    got = _targets(doc)
    assert {("Baltic Media Holding", imposer), ("Nordstrom Logistics LLC", imposer)} <= got
    assert not any(who and "propaganda" in who for who, _ in got)


@pytest.mark.parametrize(
    "lead",
    [
        "The Government of Japan today decided to implement measures to freeze the assets of "
        "the following 2 individuals and 1 entity in relation to North Korea:",
        "The Government today decided to impose an asset freeze on the following 2 individuals "
        "and 1 entity:",
        "Today the Ministry is freezing the assets of the following 2 individuals and 1 entity:",
    ],
)
def test_the_following_counted_targets_then_a_numbered_list_is_a_measure_each(lead):
    """"freeze the assets of the following 2 individuals and 1 entity:" and the names in
    numbered lines: the count and each name, of the publishing government."""
    doc = _doc(
        lead + "\n(1) Kim Chol Su\n(2) Pak Song Il\n(3) Chongchon Shipping Company\n",
        publisher="Ministry of Foreign Affairs of Japan",
    )
    got = {who for who, _ in _targets(doc)}
    assert {"Kim Chol Su", "Pak Song Il", "Chongchon Shipping Company"} <= got


@pytest.mark.parametrize(
    "listing",
    [
        "Today the UK sanctioned eight individuals. Among those sanctioned are Ivan Petrov, the "
        "chief executive of a shipping firm, and Sergei Malkov.",
        "Today the UK sanctioned eight individuals. The designated individuals include Ivan "
        "Petrov and Sergei Malkov.",
        "The UK has today sanctioned eight individuals, among them Ivan Petrov and Sergei "
        "Malkov.",
    ],
)
def test_names_a_listing_lead_in_gives_are_of_the_measure_just_reported(listing):
    """"Among those sanctioned are A", "The designated individuals include A", "eight
    individuals, among them A and B": each one named is a target, dated as the listing."""
    doc = _doc(listing, publisher="Foreign, Commonwealth & Development Office")
    assert {("Ivan Petrov", "GB"), ("Sergei Malkov", "GB")} <= _targets(doc)


@pytest.mark.parametrize(
    ("text", "publisher", "imposer", "firm"),
    [
        (
            "Foreign Minister Tom Harris today announced sanctions on a further 10 individuals "
            "and entities, including Oleg Grigoryev, Andrei Sokolov and the Moscow Exchange Bank.",
            "New Zealand Ministry of Foreign Affairs and Trade",
            "NZ",
            "Moscow Exchange Bank",
        ),
        (
            "Those sanctioned today include Oleg Grigoryev, a banker, and Volga Tanker Ltd.",
            "Foreign, Commonwealth & Development Office",
            "GB",
            "Volga Tanker Ltd.",
        ),
        (
            "The Council today listed six individuals and entities. Those listed include Oleg "
            "Grigoryev, who financed the campaign, and Baltic Freight Group.",
            "Council of the EU",
            "EU",
            "Baltic Freight Group",
        ),
    ],
)
def test_a_firm_closing_a_list_of_named_people_is_a_measure_too(text, publisher, imposer, firm):
    """People and firms mixed in one list: the firm named last (its name ending in a legal
    form or a body's noun) is a target of its own."""
    doc = _doc(text, publisher=publisher)
    assert {("Oleg Grigoryev", imposer), (firm, imposer)} <= _targets(doc)


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "The UK has today sanctioned Ivan Petrov, a Russian businessman, and Sergei Malkov, "
            "a banker.",
            "Foreign, Commonwealth & Development Office",
            "GB",
        ),
        (
            "Canada is today imposing sanctions on Ivan Petrov, who runs the network, and Sergei "
            "Malkov.",
            "Global Affairs Canada",
            "CA",
        ),
        (
            "Australia has today imposed sanctions on Ivan Petrov, a Cyprus-based financier, and "
            "Sergei Malkov, who owns the tankers.",
            "Minister for Foreign Affairs of Australia",
            "AU",
        ),
    ],
)
def test_untitled_people_with_an_apposition_after_the_measure_are_targets_each(
    text, publisher, imposer
):
    """Names right after a measure's verb or noun that a person's apposition or relative
    clause follows are people, and the list goes past the apposition: a measure each."""
    doc = _doc(text, publisher=publisher)
    people = {o["name"] for o in doc.get("officials", [])}
    assert {"Ivan Petrov", "Sergei Malkov"} <= people
    assert {("Ivan Petrov", imposer), ("Sergei Malkov", imposer)} <= _targets(doc)


def test_a_firm_after_a_sanctioned_company_apposition_stays_a_firm():
    doc = _doc(
        "The UK has today sanctioned Rosneft Holding, a state-owned oil company, and Volga "
        "Trading.",
        publisher="Foreign, Commonwealth & Development Office",
    )
    assert "Rosneft Holding" not in {o["name"] for o in doc.get("officials", [])}


@pytest.mark.parametrize(
    "profile",
    [
        "Jorge Ibarra Soto is the cartel's chief financial officer.",
        "Jorge Ibarra Soto is a lawyer who set up the shell companies.",
        "Jorge Ibarra Soto is an accountant.",
    ],
)
def test_a_target_paragraph_saying_what_the_person_is_is_a_measure(profile):
    """"A B is the cartel's chief financial officer.", "is a lawyer who ...": after a counted
    designation, a paragraph opened by the name and the person's post profiles a target."""
    doc = _doc(
        "Today, the Department of State is designating two individuals and one entity for "
        "laundering the cartel's proceeds.\n\n" + profile,
        publisher="U.S. Department of State",
    )
    assert ("Jorge Ibarra Soto", "US") in _targets(doc)


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "The Council today decided to impose restrictive measures on an additional 5 "
            "individuals. Today's listings include Pavel Zorin, head of the security service, "
            "and Irina Kovaleva, a judge.",
            "Council of the EU",
            "EU",
        ),
        (
            "The Council today decided to impose restrictive measures on an additional 5 "
            "individuals. The new listings include Pavel Zorin and Irina Kovaleva.",
            "Council of the EU",
            "EU",
        ),
        (
            "The UK has today sanctioned:\n\n- Pavel Zorin, head of the security service\n"
            "- Irina Kovaleva, a judge\n- Volga Tanker Ltd., a shipping company\n",
            "Foreign, Commonwealth & Development Office",
            "GB",
        ),
    ],
)
def test_todays_listings_and_a_bare_colon_lead_name_the_targets(text, publisher, imposer):
    """"Today's listings include A, head of X, and B", "The new listings include A and B",
    "The UK has today sanctioned:" and lines: each one named, of today's measure."""
    doc = _doc(text, publisher=publisher)
    assert {("Pavel Zorin", imposer), ("Irina Kovaleva", imposer)} <= _targets(doc)


@pytest.mark.parametrize(
    ("officer", "name", "country"),
    [
        (
            "Its general manager, Singapore resident Tan Wei Ming, also signed the contracts.",
            "Tan Wei Ming",
            "SG",
        ),
        (
            "Its owner, Turkish national Emre Yilmaz, personally arranged the shipments.",
            "Emre Yilmaz",
            "TR",
        ),
        ("Its director, Aziz Karimov, opened the bank accounts.", "Aziz Karimov", None),
    ],
)
def test_a_profiled_firms_officer_profiled_by_what_they_did_is_a_target(officer, name, country):
    """After a counted designation, "Its sole director, [X resident] A B, also opened the
    accounts": the firm's officer profiled in the target paragraphs is designated too, of the
    place the residence or nationality names."""
    doc = _doc(
        "Today, OFAC sanctioned two entities and two individuals for supplying drone parts to "
        "Iran.\n\nHarbour Light Pte. Ltd., a Singapore-based distributor, shipped the parts. "
        + officer,
        publisher="U.S. Department of the Treasury",
    )
    assert (name, "US") in _targets(doc)
    if country:
        assert _officials(doc)[name] == country


@pytest.mark.parametrize(
    ("text", "publisher", "imposer"),
    [
        (
            "New Zealand today sanctioned 12 individuals including Oleg Grigoryev and Andrei "
            "Sokolov.",
            "New Zealand Ministry of Foreign Affairs and Trade",
            "NZ",
        ),
        (
            "Canada today imposed sanctions on 5 officials including Oleg Grigoryev and Andrei "
            "Sokolov.",
            "Global Affairs Canada",
            "CA",
        ),
        (
            "Japan today designated 4 persons including Oleg Grigoryev and Andrei Sokolov for "
            "asset freezes.",
            "Ministry of Foreign Affairs of Japan",
            "JP",
        ),
    ],
)
def test_including_without_a_comma_after_a_counted_object_names_targets(text, publisher, imposer):
    doc = _doc(text, publisher=publisher)
    assert {("Oleg Grigoryev", imposer), ("Andrei Sokolov", imposer)} <= _targets(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Nasdaq listed nine companies from Kazakhstan last year, and Finance Minister Aibek "
        "Nurov met SEC Chair Gary Gensler in Washington on Monday.",
        "The Warsaw exchange listed 12 companies in 2023; Deputy Minister Ewa Nowak met "
        "Ambassador Paul Grant of Canada on Tuesday.",
        "Bursa Malaysia listed three companies this month, Minister Tengku Zafrul told "
        "Japan's Ambassador Takahiko Katsumata on Friday.",
    ],
)
def test_a_stock_exchange_listing_companies_is_no_sanction(text):
    """A listing of counted individuals or entities by a government is a measure ("The
    Council today listed nine individuals"); an exchange listing companies is not."""
    assert not _sanctions(_doc(text, publisher="Reuters"))


# Round 31: designation releases, by structure (each test on an invented release)

_STATE = "U.S. Department of State"


def test_a_release_measure_in_the_present_progressive_with_an_adverb_is_of_the_release_day():
    doc = _doc(
        "The Department is formally designating Tomasz Wierzba, a Slovak businessman, for "
        "bribery. Separately, the Department is taking steps to impose visa restrictions on "
        "nine Paraguayan officials.",
        publisher=_STATE,
    )
    assert {(s[0], s[1]) for s in _sanctions(doc)} == {
        ("Tomasz Wierzba", PUB),
        ("nine Paraguayan officials", PUB),
    }


def test_a_lower_case_role_with_its_place_then_the_name_is_a_titled_target_of_that_country():
    doc = _doc(
        "The Department is designating former police chief of Lamu County, Kenya, Otieno "
        "Baraka Wafula, due to his involvement in gross violations of human rights.",
        publisher=_STATE,
    )
    assert _officials(doc) == {"Otieno Baraka Wafula": "KE"}
    assert [s[0] for s in _sanctions(doc)] == ["Otieno Baraka Wafula"]
    (official,) = doc["officials"]
    assert official["positions"][0]["title"] == "former police chief of Lamu County"


def test_relatives_named_after_possessive_roles_are_targets_of_the_principals_country():
    doc = _doc(
        "Today the Department designated ex-minister of transport of Malawi, Chikondi "
        "Banda Phiri, for corruption. The Department is also designating his brother, "
        "Yamikani Banda Phiri, and her daughter-in-law, Tiyamike Zulu Phiri.",
        publisher=_STATE,
    )
    officials = _officials(doc)
    assert officials["Yamikani Banda Phiri"] == "MW"
    assert officials["Tiyamike Zulu Phiri"] == "MW"
    assert [s[0] for s in _sanctions(doc)] == [
        "Chikondi Banda Phiri",
        "Tiyamike Zulu Phiri",
        "Yamikani Banda Phiri",
    ]
    relatives = [o for o in doc["officials"] if o["name"] != "Chikondi Banda Phiri"]
    assert all("positions" not in o for o in relatives)  # (a relative's role is no title)


def test_a_profiled_target_is_not_of_the_imposing_government_by_default():
    doc = _doc(
        "March 6, 2024 - Ottawa - Global Affairs Canada\n\n"
        "Today, Canada announced sanctions against 4 individuals who have financed militias "
        "in Mali.\n\nOumar Traore Keita, a dealer of farm machinery, is also listed. He has moved cash "
        "through his exchange offices.\n",
        publisher="Global Affairs Canada",
    )
    assert _officials(doc)["Oumar Traore Keita"] == "ML"


def test_an_annex_of_numbered_lines_under_bare_headings_is_one_measure_per_line():
    doc = _doc(
        "Press Releases\n\nMay 15, 2026\n\n1. Today, the Government of Norway approved the "
        "implementation of measures including the freezing of assets against 2 individuals "
        "and 1 entity, based on the Act.\n\n2. The designated individuals and entities are as "
        "follows:\n\nIndividuals\n1. KANG Myong Chol (Date of birth: 1 May 1970; Nationality: "
        "North Korea; Position: Director)\n2. IVANOV Pyotr Sergeyevich (Date of birth: 2 June "
        "1971; Nationality: Russia)\n\nEntities\n1. Korea Pongsu Trading Corporation "
        "(Location: Pyongyang, North Korea)\n\n3. Norway will continue to work with its "
        "partners.\n",
        published="2026-05-15",
        publisher="Ministry of Foreign Affairs of Norway",
    )
    assert _officials(doc) == {"KANG Myong Chol": "KP", "IVANOV Pyotr Sergeyevich": "RU"}
    assert _sanctions(doc) == [
        ("2 individuals and 1 entity", "2026-05-15", "held", "NO"),
        ("IVANOV Pyotr Sergeyevich", "2026-05-15", "held", "NO"),
        ("KANG Myong Chol", "2026-05-15", "held", "NO"),
        ("Korea Pongsu Trading Corporation", "2026-05-15", "held", "NO"),
    ]


def test_a_progressive_measure_reported_by_a_minister_today_is_of_the_release_day():
    doc = _doc(
        "Hon Ana Moana\nForeign Affairs\n\nNew Zealand is imposing sanctions on 9 individuals "
        "and three entities involved in the forced labour of detained fishermen in the "
        "waters off Guinea-Bissau, Foreign Minister Ana Moana announced today.",
        published="2026-04-09",
        publisher="New Zealand Government",
    )
    assert _sanctions(doc) == [("9 individuals and three entities", "2026-04-09", "held", "NZ")]


def test_a_decree_lead_under_its_dateline_is_the_release_governments_measure_of_that_day():
    doc = _doc(
        "3 February 2026\n\nThe President of Moldova has signed the decision of the Supreme "
        "Security Council to apply sanctions against 12 individuals and 4 legal entities "
        "involved in smuggling fuel across the eastern border.",
        published="2026-02-03",
        publisher="Presidency of the Republic of Moldova",
    )
    assert _sanctions(doc) == [
        ("12 individuals and 4 legal entities", "2026-02-03", "held", "MD")
    ]


def test_those_targeted_include_names_the_targets_of_the_measure_told_before():
    doc = _doc(
        "Today, the Department imposed sanctions on 6 individuals who ran forced-labour "
        "camps in Eritrea. Those targeted include Tesfay Gebre Haile, a camp commander.",
        publisher=_STATE,
    )
    assert ("Tesfay Gebre Haile", PUB, "held", "US") in _sanctions(doc)


def test_a_call_on_partners_to_add_targets_to_their_packages_is_no_measure():
    doc = _doc(
        "Moldova calls on Romania and Poland to add the smugglers to their next sanctions "
        "lists.",
        published="2026-02-03",
        publisher="Presidency of the Republic of Moldova",
    )
    assert _events(doc, "sanction") == []


_MID = {"published": "2026-11-05", "publisher": "Ministry of Foreign Affairs of the Russian Federation"}


def test_an_entry_ban_for_counted_citizens_decided_in_the_passive_is_the_publishers():
    doc = _doc(
        "In response, a decision has been taken to close entry to the Russian Federation "
        "indefinitely for 17 Norwegian citizens, including journalists.",
        **_MID,
    )
    assert _sanctions(doc) == [("17 Norwegian citizens", None, "held", "RU")]


def test_a_list_of_dashed_lines_after_the_list_includes_is_one_undated_measure_per_name():
    doc = _doc(
        "On 2 October, Oslo froze the assets of 12 Russian companies. In response, a decision "
        "has been taken to close entry to the Russian Federation indefinitely for 17 "
        "Norwegian citizens.\n\nThe list includes:\n\nIngrid Solheim Bakke – State Secretary "
        "of Defence;\nOla Nordvik – member of the Storting;\nKari Haugen – journalist, "
        "Bergen Daily.\n\nThe remaining persons are researchers.",
        **_MID,
    )
    officials = _officials(doc)
    assert {officials[n] for n in ("Ingrid Solheim Bakke", "Ola Nordvik", "Kari Haugen")} == {
        "NO"
    }
    listed = [s for s in _sanctions(doc) if s[0] in officials]
    assert listed == [
        ("Ingrid Solheim Bakke", None, "held", "RU"),
        ("Kari Haugen", None, "held", "RU"),
        ("Ola Nordvik", None, "held", "RU"),
    ]


def test_register_entries_under_the_following_have_been_added_are_one_measure_each():
    doc = _doc(
        "Recent Actions\n\n03/05/2024\n\nThe Office of Foreign Assets Control (OFAC) has "
        "designated two individuals and one entity that smuggle gold for armed groups in "
        "Chad.\n\nThe following individuals have been added to OFAC's SDN List:\n\nMAHAMAT, "
        "Idriss Saleh, N'Djamena, Chad; DOB 02 Feb 1979; nationality Chad; Gender Male "
        "(individual) [GLOMAG].\n\nOKOYE, Ngozi Adaeze, Lagos, Nigeria; DOB 1985; nationality "
        "Nigeria (individual) [GLOMAG].\n\nThe following entity has been added to OFAC's SDN "
        "List:\n\nSAHEL BRIGHT METALS SARL, N'Djamena, Chad; Organization Type: Mining "
        "[GLOMAG].\n\nThe following individual has been removed from OFAC's SDN List:\n\n"
        "VOLKOV, Pyotr, Moscow, Russia; DOB 1960; nationality Russia (individual) [UKRAINE].\n",
        published="2024-03-05",
        publisher="U.S. Department of the Treasury",
    )
    officials = _officials(doc)
    assert officials["Idriss Saleh Mahamat"] == "TD"
    assert officials["Ngozi Adaeze Okoye"] == "NG"
    listed = [s for s in _sanctions(doc) if not s[0].startswith("two")]
    assert listed == [
        ("Idriss Saleh Mahamat", "2024-03-05", "held", "US"),
        ("Ngozi Adaeze Okoye", "2024-03-05", "held", "US"),
        ("SAHEL BRIGHT METALS SARL", "2024-03-05", "held", "US"),
    ]  # (the removed one is no measure)


def test_one_more_target_told_by_also_targeted_is_a_measure_of_the_release_day():
    doc = _doc(
        "9 April 2026\n\nNew Zealand is imposing sanctions on 4 individuals involved in "
        "smuggling migrants through Serbia, the Minister announced today.\n\nMontenegrin "
        "businessman Darko Vuksan Ilic is also targeted. His firm paid the couriers.",
        published="2026-04-09",
        publisher="New Zealand Government",
    )
    assert ("Darko Vuksan Ilic", "2026-04-09", "held", "NZ") in _sanctions(doc)
    assert _officials(doc)["Darko Vuksan Ilic"] == "ME"


def test_a_named_person_subject_to_sanctions_as_well_is_one_more_target_not_a_told_one():
    doc = _doc(
        "12 November 2026\n\nThe President of Ukraine has enacted the decision to apply "
        "sanctions against 3 individuals and 2 legal entities in Russia.\n\nThose targeted "
        "include the firm Ostrov Systems LLC. Ostrov's sole director, Pavel Ignatov Sorokin, "
        "is subject to sanctions as well. Natural persons are subject to a travel ban.",
        published="2026-11-12",
        publisher="National Security and Defense Council of Ukraine",
    )
    assert ("Pavel Ignatov Sorokin", "2026-11-12", "held", "UA") in _sanctions(doc)
    assert _officials(doc)["Pavel Ignatov Sorokin"] == "RU"
    assert len(_sanctions(doc)) == 2  # (the travel ban on those listed is the measure told)


def test_bulleted_firms_whose_line_a_stop_splits_are_each_a_target_of_the_publisher():
    doc = _doc(
        "March 6, 2024\n\nToday, the Bureau of Industry and Security (BIS) added 3 entities "
        "to the Entity List for diverting controlled items. The entities are:\n\n- Thar "
        "Valve Engineering (Pvt.) Ltd., Multan;\n- Sindh Rotor Works, Hyderabad;\n- Kabir "
        "Avionics Traders, Quetta.\n",
        publisher="U.S. Department of Commerce",
    )
    firms = [s for s in _sanctions(doc) if not s[0].startswith("3 ")]
    assert [s[0] for s in firms] == [
        "Kabir Avionics Traders",
        "Sindh Rotor Works",
        "Thar Valve Engineering",
    ]
    assert {s[3] for s in firms} == {"US"}


def test_named_firms_added_to_a_list_are_one_measure_each():
    doc = _doc(
        "The Ministry of Commerce today decided to add Granite Peak Avionics Inc., Silver "
        "Fjord Marine Systems and Coastline Radar Corporation to the unreliable entity list.",
        publisher="Ministry of Commerce of the People's Republic of China",
    )
    assert _sanctions(doc) == [
        ("Coastline Radar Corporation", PUB, "held", "CN"),
        ("Granite Peak Avionics Inc.", PUB, "held", "CN"),
        ("Silver Fjord Marine Systems", PUB, "held", "CN"),
    ]
    assert _events(_doc("Pakistan added Sri Lanka to the list of countries eligible for "
                        "visas on arrival."), "sanction") == []


def test_the_remaining_count_of_a_measure_is_one_record_described_by_what_they_are():
    doc = _doc(
        "9 April 2026\n\nNew Zealand is imposing sanctions on 6 individuals involved in "
        "smuggling migrants, the Minister announced today. Among those sanctioned is Darko "
        "Vuksan Ilic, a boat owner. The remaining 5 individuals are members of a smuggling "
        "network in the Adriatic ports.",
        published="2026-04-09",
        publisher="New Zealand Government",
    )
    assert (
        "5 members of a smuggling network in the Adriatic ports", "2026-04-09", "held", "NZ"
    ) in _sanctions(doc)


def test_sanctions_also_applied_to_named_firms_are_one_measure_each_of_the_release():
    doc = _doc(
        "12 November 2026\n\nThe President of Ukraine has enacted the decision to apply "
        "sanctions against 5 individuals and 4 legal entities.\n\nSanctions are also applied "
        "to Dongguan Brightway Optics Co., Ltd. and Macau-based Lotus Gate Trading Limited, "
        "which shipped lenses to Russian buyers.",
        published="2026-11-12",
        publisher="National Security and Defense Council of Ukraine",
    )
    assert _sanctions(doc) == [
        ("5 individuals and 4 legal entities", "2026-11-12", "held", "UA"),
        ("Dongguan Brightway Optics Co., Ltd.", "2026-11-12", "held", "UA"),
        ("Lotus Gate Trading Limited", "2026-11-12", "held", "UA"),
    ]


def test_a_ministry_as_the_subject_of_a_listing_imposes_for_the_home_government():
    doc = _doc(
        "March 6, 2024\n\nThe Ministry of Commerce decided to include the following 2 "
        "entities in the unreliable entity list:\n\n1. Granite Peak Avionics Inc.\n2. Silver "
        "Fjord Marine Systems\n",
        publisher="Ministry of Commerce of the People's Republic of China",
    )
    assert _sanctions(doc) == [
        ("Granite Peak Avionics Inc.", PUB, "held", "CN"),
        ("Silver Fjord Marine Systems", PUB, "held", "CN"),
    ]


def test_the_newly_listed_entities_are_each_a_target_of_the_listing_told_before():
    doc = _doc(
        "2024-03-06\n\nThe Ministry of Economic Affairs announced today that it has added 2 "
        "entities from Belarus to the Strategic Commodities Entity List. The newly listed "
        "entities are Pripyat Optronics JSC, a lens maker, and Neman Drive Systems LLC, "
        "which builds servo motors.",
        publisher="Ministry of Economic Affairs, R.O.C. (Taiwan)",
    )
    firms = {s[0] for s in _sanctions(doc)}
    assert {"Pripyat Optronics JSC", "Neman Drive Systems LLC"} <= firms


def test_the_individuals_an_asset_freeze_lists_a_relative_among_them_are_its_targets():
    text = (
        "The UK has imposed sanctions on Ion Rusu, his son and senior figures in the Moldovan "
        "government. The new sanctions include a travel ban and asset freeze on six individuals "
        "from the Moldovan regime, including Ion Rusu, his son Petru Rusu and Vasile Ciobanu, "
        "Head of the Presidential Administration."
    )
    officials = _officials(_doc(text, publisher="Foreign, Commonwealth & Development Office"))
    assert {officials.get(n) for n in ("Ion Rusu", "Petru Rusu", "Vasile Ciobanu")} == {"MD"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Similar sanctions were imposed by Norway.",
        "Sanctions on Iker Zubia were announced by Norway.",
    ],
)
def test_the_agent_that_closes_a_passive_sentence_imposes_the_measure(sentence):
    # (the sentence's full stop right after the agent's name)
    assert [s[3] for s in _sanctions(_doc(sentence, publisher="Reuters"))] == ["NO"]


def test_a_list_of_governments_whose_relative_clause_tells_their_measures_imposes_each():
    doc = _doc(
        "Norway's response is aligned with the action taken by the EU, Japan and Canada, who "
        "have also implemented a number of targeted sanctions.",
        publisher="Reuters",
    )
    assert sorted(s[3] for s in _sanctions(doc)) == ["CA", "EU", "JP"]


def test_costs_a_government_imposes_on_a_state_are_a_measure():
    assert [s[3] for s in _sanctions(_doc("Norway imposed further costs on Peru on Monday.",
                                          publisher="Reuters"))] == ["NO"]

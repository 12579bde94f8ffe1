"""Round 29, a person's country when no country word sits next to the name: a sample of
the probe grid (bench/probes/country.py; ids are the grid's own, shape and index, fixed
by a seed per case), and unit tests of each rule on other invented sentences."""

import pytest
from extract_helpers import load_probe

from relations_db.extract import extract

cases, check = load_probe("country").cases, load_probe("country").check

GRID = {c["id"]: c for c in cases()}
SAMPLE = [
    "guard-001", "guard-002", "guard-004", "guard-006", "guard-008", "guard-016", "guard-019",
    "guard-022", "guard-024", "guard-027", "guard-030", "guard-032", "guard-054",
    "host_side-001", "host_side-012", "host_side-022", "host_side-038", "host_side-053",
    "host_side-056", "host_side-067", "institution-000", "institution-001", "institution-006",
    "institution-008", "institution-009", "institution-012", "institution-015",
    "institution-018", "institution-020", "institution-028", "institution-033",
    "institution-035", "institution-036", "later-004", "later-013", "later-018", "later-024",
    "later-030", "later-033", "later-035", "later-037", "later-041", "later-048", "later-055",
    "later-056", "later-059", "later2-004", "later2-005", "later2-006", "later2-007",
    "later2-010", "later2-014", "later2-034", "later2-035", "later2-038", "later2-039",
    "later2-040", "later2-047", "later2-054", "multi-002", "multi-008", "multi-009",
    "multi-015", "multi-019", "multi-022", "multi-024", "multi-027", "multi-030", "multi-033",
    "multi-035", "multi-036", "no_country-009", "no_country-010", "no_country-014",
    "no_country-017", "no_country-020", "no_country-027", "no_country-035", "no_country-057",
    "no_country-063", "no_country-078", "no_country-079", "publisher-000", "publisher-001",
    "publisher-004", "publisher-006", "publisher-013", "publisher-018", "publisher-031",
    "publisher-038", "publisher-039", "publisher-040", "publisher-044", "sanction-008",
    "sanction-010", "sanction-013", "sanction-016", "sanction-035", "sanction-036",
    "sanction-041", "sanction-044", "sanction-047", "sanction-054", "sanction-069",
    "third_side-002", "third_side-003", "third_side-015", "third_side-023", "third_side-029",
    "visitor_side-002", "visitor_side-010", "visitor_side-014", "visitor_side-017",
    "visitor_side-018", "visitor_side-028", "visitor_side-041", "visitor_side-048",
    "visitor_side-052", "visitor_side-059", "visitor_side-065",
]


@pytest.mark.parametrize("case_id", SAMPLE)
def test_grid(case_id):
    assert check(GRID[case_id]) == []


def _countries(text, publisher):
    doc = extract(text, published="2025-03-12", publisher=publisher)
    return {o["name"]: o.get("country") for o in doc.get("officials") or []}


MFA_LAOS = "Ministry of Foreign Affairs of Laos"


def test_clause_place_tour_legs():
    got = _countries(
        "Minister Bounthong Chitmany began a regional tour on Sunday. In Phnom Penh he met "
        "Prime Minister Hem Sokha; in Kuala Lumpur he held talks with Prime Minister Ismail "
        "Rahman; in Manila he was received by Secretary Jose Manalo.",
        MFA_LAOS,
    )
    assert got["Hem Sokha"] == "KH"
    assert got["Ismail Rahman"] == "MY"
    assert got["Jose Manalo"] == "PH"


def test_clause_place_where_then():
    got = _countries(
        "Minister Bounthong Chitmany travelled to Hanoi, where he met Prime Minister Le Minh "
        "Tuan, and then to Bangkok, where he met Prime Minister Anan Srisuk.",
        MFA_LAOS,
    )
    assert got["Le Minh Tuan"] == "VN"
    assert got["Anan Srisuk"] == "TH"


def test_the_host_is_of_the_country_visited():
    got = _countries(
        "During the visit to Mongolia, Minister Bounthong Chitmany met the host, Minister of "
        "Energy Batbayar Ganbold, on Tuesday.",
        MFA_LAOS,
    )
    assert got["Batbayar Ganbold"] == "MN"


@pytest.mark.parametrize(
    "title, code",
    [
        ("Speaker of the Mongolian Parliament", "MN"),
        ("Governor of the Central Bank of Nepal", "NP"),
        ("Chairman of the Senate of Paraguay", "PY"),
    ],
)
def test_title_after_name_with_institution(title, code):
    got = _countries(f"Batbayar Ganbold, {title}, met Minister Bounthong Chitmany.", MFA_LAOS)
    assert got["Batbayar Ganbold"] == code
    assert got["Bounthong Chitmany"] == "LA"


def test_hyphenated_given_name_is_not_pinyin():
    got = _countries(
        "In Seoul, Minister Bounthong Chitmany met Prime Minister Song Ji-hoon on Monday.",
        MFA_LAOS,
    )
    assert got["Song Ji-hoon"] == "KR"


@pytest.mark.parametrize(
    "text, name",
    [
        ("African Union Commission Chairperson Aminata Diallo met Minister Bounthong "
         "Chitmany.", "Aminata Diallo"),
        ("Secretary-General of the Commonwealth Aminata Diallo met Minister Bounthong "
         "Chitmany.", "Aminata Diallo"),
        ("Minister Bounthong Chitmany met Aminata Diallo, Secretary-General of the "
         "Organization of American States, on Monday.", "Aminata Diallo"),
    ],
)
def test_international_officer_has_no_country(text, name):
    got = _countries(text, MFA_LAOS)
    assert name in got and got[name] is None


@pytest.mark.parametrize(
    "lead",
    ["The EU today imposed restrictive measures on", "Canada will freeze the assets of",
     "Canada today imposed sanctions on"],
)
def test_target_of_the_homes_measure(lead):
    pub = "Global Affairs Canada" if "Canada" in lead else "Council of the European Union"
    got = _countries(f"{lead} Prosecutor General Ion Rusu over the crackdown in Moldova.", pub)
    assert got["Ion Rusu"] == "MD"
    got = _countries(f"{lead} Ion Rusu, a judge who jailed opposition activists.", pub)
    assert "Ion Rusu" in got and got["Ion Rusu"] is None


@pytest.mark.parametrize(
    "particulars, code",
    [
        ("born 1968, Chisinau", "MD"),
        ("b. 03.02.1968 in Balti, Moldova", "MD"),
        ("date of birth 3 February 1968; nationality: Armenian", "AM"),
    ],
)
def test_listing_particulars(particulars, code):
    got = _countries(
        f"The UK government has today sanctioned Ion Rusu ({particulars}) for his role.",
        "GOV.UK",
    )
    assert got["Ion Rusu"] == code


def test_second_holder_of_a_cabinet_portfolio_has_no_country():
    got = _countries(
        "Minister of Health Bounthong Chitmany met Minister of Health Ana Costa on Monday.",
        MFA_LAOS,
    )
    assert got["Bounthong Chitmany"] == "LA"
    assert "Ana Costa" in got and got["Ana Costa"] is None


def test_spoke_by_telephone_with_is_the_one_met():
    got = _countries(
        "Minister Bounthong Chitmany spoke by telephone with Minister of Energy Ana Costa "
        "today. They discussed Portugal's support for the dam project.",
        MFA_LAOS,
    )
    assert got["Ana Costa"] == "PT"


def test_delegation_led_by_and_its_host():
    got = _countries(
        "The Chilean delegation, led by Minister of Mining Rosa Palma, was received by "
        "Minister Bounthong Chitmany in Vientiane.",
        MFA_LAOS,
    )
    assert got["Rosa Palma"] == "CL"
    assert got["Bounthong Chitmany"] == "LA"


def test_chief_justice_of_a_country_after_the_name():
    got = _countries(
        "Rosa Palma, Chief Justice of Chile, called on Minister Bounthong Chitmany.", MFA_LAOS
    )
    assert got["Rosa Palma"] == "CL"
    assert got["Bounthong Chitmany"] == "LA"


@pytest.mark.parametrize(
    "text",
    [
        "Minister Bounthong Chitmany thanked Minister of Mining Rosa Palma for the hospitality "
        "extended during the visit to Chile.",
        "Ambassador Bounthong Chitmany presented a copy of his credentials to Minister of "
        "Mining Rosa Palma in Santiago.",
        "Minister Bounthong Chitmany called on Minister of Mining Rosa Palma in Santiago.",
    ],
)
def test_the_one_dealt_with_by_the_place_after(text):
    assert _countries(text, MFA_LAOS)["Rosa Palma"] == "CL"


def test_multilateral_venue_is_no_ones_country():
    got = _countries(
        "Minister of Health Bounthong Chitmany met Minister of Health Rosa Palma on the "
        "sidelines of the summit in Santiago.",
        MFA_LAOS,
    )
    assert "Rosa Palma" in got and got["Rosa Palma"] is None


def test_two_word_demonym_counterpart():
    got = _countries(
        "Minister Bounthong Chitmany will meet his Sri Lankan counterpart Rosa Palma on Friday.",
        MFA_LAOS,
    )
    assert got["Rosa Palma"] == "LK"


def test_title_closed_by_comma_and_adjunct():
    got = _countries(
        "Minister Bounthong Chitmany met Rosa Palma, the OSCE Secretary General, on Monday.",
        MFA_LAOS,
    )
    assert "Rosa Palma" in got and got["Rosa Palma"] is None


def test_counted_officials_named_again_are_the_targets():
    got = _countries(
        "Canada today imposed sanctions on two officials over the crackdown in Moldova. The "
        "officials are Ion Rusu, a senior judge, and Vasile Ceban, the head of the prison "
        "service.",
        "Global Affairs Canada",
    )
    assert got["Ion Rusu"] == "MD"
    assert got["Vasile Ceban"] == "MD"


def test_the_host_of_a_meeting_is_of_its_place():
    got = _countries(
        "Foreign ministers of Laos, Chile and Nepal met in Kathmandu on Friday. Minister "
        "Bounthong Chitmany said the meeting was productive. The host, Foreign Minister Rosa "
        "Palma, closed it.",
        MFA_LAOS,
    )
    assert got["Rosa Palma"] == "NP"
    assert got["Bounthong Chitmany"] == "LA"


@pytest.mark.parametrize(
    "text",
    [
        "Permanent Secretary Rosa Palma of the Ministry of Foreign Affairs of Chile met "
        "Minister Bounthong Chitmany.",
        "Director-General Rosa Palma of the Chilean Ministry of Mining held consultations "
        "with Minister Bounthong Chitmany.",
    ],
)
def test_institution_of_a_country_after_the_name(text):
    got = _countries(text, MFA_LAOS)
    assert got["Rosa Palma"] == "CL"
    assert got["Bounthong Chitmany"] == "LA"


@pytest.mark.parametrize(
    "target, code",
    [
        ("Saeed bin Rashid, a Yemeni judge who jailed protesters", "YE"),
        ("Luis Alberto de la Torre, a Caracas-based businessman", "VE"),
    ],
)
def test_listed_names_with_particles(target, code):
    got = _countries(f"Canada today imposed sanctions on {target}.", "Global Affairs Canada")
    assert got[target.split(",")[0]] == code


def test_respectively_pairs_names_with_countries():
    got = _countries(
        "The foreign ministers of the Philippines, Chile and Nepal, Rosa Palma, Ana Costa and "
        "Ram Thapa respectively, arrived in Vientiane.",
        MFA_LAOS,
    )
    assert (got["Rosa Palma"], got["Ana Costa"], got["Ram Thapa"]) == ("PH", "CL", "NP")

"""Speakers of transcripts (speakers.py): turn labels in capitals and in mixed case, and
headings that are no turns. Each rule on an invented text, none taken from the corpus."""

from __future__ import annotations

from extract_helpers import _events, _names, _officials

from relations_db.extract import extract


def _travelers(doc: dict, place: str) -> set[str]:
    """The surnames of everyone the text has visiting `place`."""
    return {
        n.split()[-1]
        for v in _events(doc, "visit")
        if place in str(v.get("location", "")) or place in str(v.get("title", ""))
        for n in _names(doc, v)
    }


_GAZ = [
    ("Petra Lindqvist", "SE", "Prime Minister", ["Lindqvist"]),
    ("Amadou Keita", "ML", "President", ["Keita"]),
]
_TITLE = (
    "Press conference by Prime Minister Lindqvist and the President of the Republic of Mali, "
    "Amadou Keita, in Stockholm on 4 March 2024"
)


def _transcript(text: str, publisher="Government of Sweden", title=_TITLE, gazetteer=_GAZ):
    """A transcript of 4 March 2024 (a Monday) with its header."""
    return extract(
        text, published="2024-03-04", publisher=publisher, title=title, gazetteer=gazetteer
    )


def test_a_mixed_case_title_and_name_label_opens_that_speakers_turn():
    # "President A: ... I will travel to X": the label's person travels, not the host the
    # title names first
    doc = _transcript(
        "Prime Minister Lindqvist: Welcome to Stockholm, dear Amadou. We spoke about trade "
        "and about the Sahel.\n\n"
        "President Keita: Thank you, Prime Minister. Next week I will travel to Dakar to meet "
        "the Senegalese government.\n",
    )
    travelers = _travelers(doc, "Dakar")
    assert travelers == {"Keita"}


def test_a_bare_name_label_that_recurs_opens_turns():
    # a transcript names its speakers at every turn ("Keita:", "Keita:"): a label without a
    # title that recurs is a turn label too
    doc = _transcript(
        "Lindqvist: Welcome to Stockholm. We spoke about trade.\n\n"
        "Keita: Thank you. Next week I will travel to Dakar.\n\n"
        "Lindqvist: Thank you both.\n\n"
        "Keita: Thank you.\n",
    )
    travelers = _travelers(doc, "Dakar")
    assert travelers == {"Keita"}


def test_a_heading_with_a_colon_is_no_turn_of_a_speaker():
    # "Background: ..." said once, without a title: a heading, so the speaker the title
    # names still says the "I" after it
    doc = _transcript(
        "Background: The two countries set up their dialogue in 2019.\n\n"
        "Good morning. Next week I will travel to Dakar to meet the Senegalese government.\n",
        publisher="Government of Mali",
        title="Remarks by President Amadou Keita on Relations with Senegal",
    )
    assert _travelers(doc, "Dakar") == {"Keita"}


def test_a_question_label_with_its_outlet_opens_a_turn_of_nobody():
    # "Question (Outlet):", said once, after a speaker's turn: the reporter's "I" is not the
    # speaker's
    doc = _transcript(
        "Prime Minister Lindqvist: Welcome to Stockholm, dear Amadou.\n\n"
        "President Keita: Thank you, Prime Minister. We spoke about the Sahel.\n\n"
        "Question (Radio Nord): I was in Dakar on Monday, and officials there hope for a "
        "visit. Will you go?\n\n"
        "Prime Minister Lindqvist: We will see.\n",
    )
    assert _travelers(doc, "Dakar") == set()


def test_a_name_and_its_office_before_the_colon_is_a_turn_label():
    # "A B, Official Spokesperson: ... I will travel to X": the name before the office speaks
    doc = _transcript(
        "Marta Solberg, Official Spokesperson: Good afternoon. Next week I will travel to "
        "Dakar for consultations with the Senegalese foreign ministry.\n",
        publisher="Ministry of Foreign Affairs of Norway",
        title="Weekly Press Briefing by Prime Minister Lindqvist",
        gazetteer=[*_GAZ, ("Marta Solberg", "NO", "Spokesperson", ["Solberg"])],
    )
    assert _travelers(doc, "Dakar") == {"Solberg"}


def test_a_label_said_once_before_a_question_in_a_transcript_is_who_asks():
    # "Outlet: ...?" between a spokesperson's recurring turns: the reporter's "I" is not
    # the spokesperson's
    doc = _transcript(
        "Marta Solberg: Good afternoon. I have one announcement.\n\n"
        "Radio Nord: I was in Dakar on Monday, and officials there hope for a visit by the "
        "minister. Will she go?\n\n"
        "Marta Solberg: I have nothing to announce on that.\n",
        publisher="Ministry of Foreign Affairs of Norway",
        title="Regular Press Conference of the Ministry of Foreign Affairs",
        gazetteer=[*_GAZ, ("Marta Solberg", "NO", "Spokesperson", ["Solberg"])],
    )
    assert _travelers(doc, "Dakar") == set()


def test_a_named_person_and_i_who_will_discuss_are_a_planned_meeting_of_the_speaker():
    doc = _transcript(
        "Prime Minister Lindqvist: Welcome to Stockholm, dear Amadou. We spoke about trade.\n\n"
        "President Keita: Thank you, Prime Minister. On Sunday I will travel to Dakar, where "
        "President Macky Sall and I will discuss a fisheries agreement with Senegal.\n"
    )
    talks = [m for m in _events(doc, "meeting") if "Macky Sall" in _names(doc, m)]
    assert len(talks) == 1 and talks[0]["status"] == "planned"
    assert {n.split()[-1] for n in _names(doc, talks[0])} == {"Sall", "Keita"}


def test_a_capitals_label_with_accented_letters_opens_that_speakers_turn():
    # "MINISTER ŠIMKŮ:", "PRESIDENT ÖZTÜRK:": a name in capitals keeps its diacritics; the
    # label is a turn label like any other, and its "I" is that speaker
    gaz = [
        ("Jana Šimků", "CZ", "Minister of Foreign Affairs", ["Šimků"]),
        ("Emre Öztürk", "TR", "Minister of Foreign Affairs", ["Öztürk"]),
    ]
    doc = _transcript(
        "MODERATOR: Welcome to the press conference of Minister Jana Šimků and Minister Emre "
        "Öztürk.\n\n"
        "MINISTER ŠIMKŮ: Welcome to Prague, dear Emre.\n\n"
        "MINISTER ÖZTÜRK: Thank you, Jana. Tomorrow I will travel to Bratislava.\n",
        publisher="Ministry of Foreign Affairs of the Czech Republic",
        title="Press conference of Minister Šimků and Minister Öztürk in Prague",
        gazetteer=gaz,
    )
    assert _travelers(doc, "Bratislava") == {"Öztürk"}


def test_a_host_who_welcomes_the_other_speaker_to_a_place_tells_that_guests_visit():
    # "Dear A, welcome to X", "It is a pleasure to welcome President A to X": said by one
    # speaker of a two-country press conference to the other, the guest's visit to X, held
    # on the day of the remarks
    title = "Joint press conference of Prime Minister Lindqvist and President Keita"
    for greeting in (
        "Dear Amadou, welcome to Stockholm.",
        "It is a great pleasure to welcome President Amadou Keita to Stockholm.",
    ):
        doc = _transcript(
            f"Prime Minister Lindqvist: {greeting} We spoke about trade.\n\n"
            "President Keita: Thank you, Prime Minister. We spoke about the Sahel.\n",
            title=title,
        )
        visits = [v for v in _events(doc, "visit") if "Stockholm" in str(v.get("location"))]
        assert len(visits) == 1, greeting
        roles = {d["official"].split("-")[-1]: d["role"] for d in visits[0]["participants"]}
        assert roles == {"keita": "traveler", "lindqvist": "host"}
        assert (visits[0]["date"], visits[0]["status"]) == ("2024-03-04", "held")


def test_a_hosts_greeting_places_the_guests_visit_told_without_a_place():
    # "welcome to X. ... to host you on your state visit, which began yesterday": the visit
    # the greeting is said during is in X (one visit, not a second one)
    doc = _transcript(
        "Prime Minister Lindqvist: Dear Amadou, welcome to Stockholm. It is an honour to host "
        "you on your state visit, which began yesterday.\n\n"
        "President Keita: Thank you, Prime Minister. We spoke about the Sahel.\n",
        title="Joint press conference of Prime Minister Lindqvist and President Keita",
    )
    visits = _events(doc, "visit")
    assert len(visits) == 1
    assert visits[0]["location"] == {"place": "Stockholm", "country": "SE"}


def test_a_guest_ministers_subjects_are_of_the_guests_side_and_hosts_of_the_home_one():
    # a press conference of two sides' ministers, published by the home side: in the guest's
    # turns, a titled subject ("President A chose Lima ...") is of the guest's country, and
    # the one who receives the guest ("received by President B") of the home one, not of a
    # third country named nearby for something else
    doc = extract(_GUEST_CONFERENCE)
    officials = _officials(doc)
    assert officials["Ignacio Valdivieso"] == "CL"
    assert officials["Sofía Larraín"] == "CL"
    assert officials["Hernán Colque"] == "PE"


_GUEST_CONFERENCE = """title: Joint press conference of Minister of Foreign Affairs Rosa Quispe and Minister of Foreign Affairs of Chile Tomás Errázuriz
publisher: Ministry of Foreign Affairs of the Republic of Peru
published: 2025-03-12
---
Lima, 12 March 2025

MODERATOR: Good afternoon and welcome to the joint press conference of Minister of Foreign Affairs Rosa Quispe and the Minister of Foreign Affairs of Chile, Tomás Errázuriz. Minister Quispe, please.

MINISTER QUISPE: Thank you. Dear Tomás, welcome to Lima. Bolivian trucks blocked the border crossing at Desaguadero again last week.

MINISTER ERRÁZURIZ: Thank you, Rosa. President Ignacio Valdivieso chose Lima for his first trip abroad, and this Government will follow the same line.

Later today I will be received by President Hernán Colque. Bolivian authorities have not yet answered our note.

Q: (Radio) Minister Errázuriz, when will the new road open?

MINISTER ERRÁZURIZ: Prime Minister Sofía Larraín will discuss the timetable with Prime Minister Mendoza at the joint Government meeting in Arica.
"""


def test_a_reporters_label_with_an_outlet_in_brackets_is_a_question_turn():
    # "QUESTION (Outlet): the press is reporting that ...": a rumour the reporter relays, no
    # plan the source tells (the label grammar of speakers.py, read by events/detection.py)
    text = (
        "MS. OKAFOR: Good afternoon.\n\n"
        "QUESTION (Daily Ledger): The Lusaka press is reporting that President Daniel Mwale "
        "will travel to Harare next week to meet President Tendai Moyo. Can you confirm?\n\n"
        "MS. OKAFOR: I have nothing on that.\n"
    )
    doc = extract(text, published="2024-03-04", publisher="U.S. Department of State")
    assert _events(doc, "visit") == [] and _events(doc, "meeting") == []


def test_transcript_turn_labels_with_outlets_accents_and_numbers_are_read():
    from relations_db.extract import speakers

    labels = "QUESTION (Outlet): Yes?\nMINISTER ÖZTÜRK: No.\nSENIOR OFFICIAL 2: Right.\n"
    got = [m.group("label") for m in speakers._LABEL.finditer(labels)]
    assert got == ["QUESTION", "MINISTER ÖZTÜRK", "SENIOR OFFICIAL 2"]


def test_an_office_with_its_holder_named_in_brackets_is_a_speaker_and_no_side():
    text = (
        "Official Spokesperson (Shri Arun Mehta): The Prime Minister's last engagement in Lima "
        "was a bilateral meeting with His Excellency Luis Rojas, the President of Peru. They "
        "discussed trade."
    )
    doc = extract(text, published="2024-03-06", publisher="Ministry of External Affairs, India")
    assert _officials(doc).get("Arun Mehta") == "IN"
    assert all("Arun Mehta" not in _names(doc, m) for m in _events(doc, "meeting"))


def test_a_members_label_with_seat_office_and_time_in_brackets_names_the_minister():
    text = (
        "Ms ANNE CAREY (Hollis–Minister for Foreign Affairs) (14:45): I thank the member for his "
        "question. Today I announce the Australian government will impose targeted financial "
        "sanctions against those responsible."
    )
    doc = extract(text, published="2024-03-06", publisher="Australian Minister for Foreign Affairs")
    carey = next(o for o in doc["officials"] if o["name"] == "Anne Carey")
    assert carey["country"] == "AU"
    assert carey["positions"] == [{"title": "Minister for Foreign Affairs"}]
